"""Truth recorder, furniture widgets, page shell and visible-text helpers for blind6."""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from pools import POOLS

WORDS = {
    "en": {
        "ad": "Advertisement",
        "sponsored": "Sponsored content",
        "most_read": "Most read",
        "readers": "{n} readers are following this page right now",
        "ago": "Updated {n} minutes ago",
        "ago_h": "Updated {h} hr {m} min ago",
        "comments": "{n} comments",
        "photo": "Photo {i} of {n}",
        "followers": "{n} followers",
        "votes": "{n} votes so far",
        "news": "Newsletter",
        "sub": "Subscribe",
        "don": "Support us",
        "app": "Get the app",
        "video": "Latest videos",
        "playing": "Now playing",
        "gallery": "In pictures",
        "weather": "Weather",
        "traffic": "Travel",
        "cards": "More stories",
        "accept": "Accept all",
    },
    "de": {
        "ad": "Anzeige",
        "sponsored": "Gesponserte Inhalte",
        "most_read": "Meistgelesen",
        "readers": "Gerade verfolgen {n} Menschen diese Seite",
        "ago": "Aktualisiert vor {n} Min.",
        "ago_h": "Aktualisiert vor {h} Std. {m} Min.",
        "comments": "{n} Kommentare",
        "photo": "Bild {i} von {n}",
        "followers": "{n} Follower",
        "votes": "Bisher {n} Stimmen",
        "news": "Newsletter",
        "sub": "Abo",
        "don": "Unterstützen",
        "app": "Unsere App",
        "video": "Aktuelle Videos",
        "playing": "Läuft gerade",
        "gallery": "Bildergalerie",
        "weather": "Wetter",
        "traffic": "Verkehrslage",
        "cards": "Weitere Artikel",
        "accept": "Alle akzeptieren",
    },
    "fr": {
        "ad": "Publicité",
        "sponsored": "Contenus sponsorisés",
        "most_read": "Les plus lus",
        "readers": "{n} internautes consultent cette page en ce moment",
        "ago": "Mis à jour il y a {n} minutes",
        "ago_h": "Mis à jour il y a {h} h {m} min",
        "comments": "{n} commentaires",
        "photo": "Photo {i} sur {n}",
        "followers": "{n} abonnés",
        "votes": "{n} votes pour l'instant",
        "news": "Newsletter",
        "sub": "S'abonner",
        "don": "Nous soutenir",
        "app": "Notre application",
        "video": "Nos vidéos",
        "playing": "En cours de lecture",
        "gallery": "Diaporama",
        "weather": "Météo",
        "traffic": "Info trafic",
        "cards": "À lire aussi",
        "accept": "Tout accepter",
    },
    "it": {
        "ad": "Pubblicità",
        "sponsored": "Contenuti sponsorizzati",
        "most_read": "I più letti",
        "readers": "Stanno seguendo questa pagina {n} utenti",
        "ago": "Aggiornato {n} min fa",
        "ago_h": "Aggiornato {h} ore e {m} min fa",
        "comments": "{n} commenti",
        "photo": "Foto {i} di {n}",
        "followers": "{n} follower",
        "votes": "Finora {n} voti",
        "news": "Newsletter",
        "sub": "Abbonati",
        "don": "Sostienici",
        "app": "La nostra app",
        "video": "Ultimi video",
        "playing": "In riproduzione",
        "gallery": "Fotogallery",
        "weather": "Meteo",
        "traffic": "Viabilità",
        "cards": "Potrebbe interessarti anche",
        "accept": "Accetta tutto",
    },
}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def num(lang: str, n: int) -> str:
    s = f"{n:,}"
    if lang in ("de", "it"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    return s


def dec(lang: str, x: float, places: int = 2) -> str:
    s = f"{x:,.{places}f}"
    if lang == "en":
        return s
    sep = "." if lang in ("de", "it") else "\u202f"
    return s.replace(",", "#").replace(".", ",").replace("#", sep)


def words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def plain(markup: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html.unescape(markup)).split())


@dataclass
class Fx:
    """One fetch of one page: its random source and the truth recorded while it is built."""

    slug: str
    lang: str
    fetch: int
    rng: random.Random
    paras: list[str] = field(default_factory=list)
    blocks: list[dict[str, str | None]] = field(default_factory=list)
    block_texts: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    genuine: dict[str, str | None] | None = None

    @property
    def final(self) -> bool:
        return self.fetch == 6

    @property
    def w(self) -> dict[str, str]:
        return WORDS[self.lang]

    @property
    def pool(self) -> dict[str, list[str]]:
        return POOLS[self.lang]

    def p(self, markup: str, attrs: str = "", tag: str = "p") -> str:
        """A body paragraph (markup may hold inline tags)."""
        self.paras.append(plain(markup))
        return f"<{tag}{attrs}>{markup}</{tag}>"

    def f(self, line: str) -> str:
        """A furniture line: recorded, returned escaped."""
        if line not in self.furniture:
            self.furniture.append(line)
        return esc(line)

    def block(
        self,
        kind: str,
        label: str | None,
        timestamp: str | None,
        text: str,
        headline: str | None = None,
        first: str | None = None,
        alt: str | None = None,
        genuine: bool = False,
    ) -> None:
        full = f"{headline} {text}" if headline else text
        entry: dict[str, str | None] = {
            "first_words": first or words(full, 8),
            "kind": kind,
            "label": label,
            "timestamp": timestamp,
        }
        if headline and alt is None:
            alt = words(text, 6)
        if alt:
            entry["alt_words"] = alt
        self.blocks.append(entry)
        self.block_texts.append(plain(full))
        if genuine:
            self.genuine = entry

    def pick(self, key: str, n: int) -> list[str]:
        return self.rng.sample(self.pool[key], n)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


# ---------------------------------------------------------------------------------------------
# Placement


def scatter(
    fx: Fx, units: list[str], inserts: list[str], lo: int = 1, hi: int | None = None
) -> str:
    """``units`` in order with ``inserts`` dropped into random gaps between them (gap i is
    before unit i); the inserts come in a shuffled order."""
    hi = len(units) - 1 if hi is None else hi
    inserts = list(inserts)
    fx.rng.shuffle(inserts)
    slots: dict[int, list[str]] = {}
    for item in inserts:
        slots.setdefault(fx.rng.randint(lo, max(lo, hi)), []).append(item)
    out: list[str] = []
    for i, unit in enumerate(units):
        out.extend(slots.get(i, []))
        out.append(unit)
    out.extend(slots.get(len(units), []))
    return "\n".join(out)


def some(fx: Fx, makers: list, k_lo: int, k_hi: int) -> list[str]:
    """A random subset of widget makers, built."""
    k = fx.rng.randint(k_lo, min(k_hi, len(makers)))
    return [maker(fx) for maker in fx.rng.sample(makers, k)]


# ---------------------------------------------------------------------------------------------
# Widgets


def related(fx: Fx, title: str, cls: str = "related", n: int | None = None) -> str:
    n = n or fx.rng.randint(2, 4)
    items = "".join(
        f'<li><a href="/{fx.rng.randint(10000, 99999)}">{fx.f(h)}</a></li>'
        for h in fx.pick("related", n)
    )
    return f'<aside class="{cls}"><h4>{esc(title)}</h4><ul>{items}</ul></aside>'


def readmore(fx: Fx, prefix: str, cls: str = "read-more") -> str:
    h = fx.pick("related", 1)[0]
    return f'<p class="{cls}"><strong>{esc(prefix)}</strong> <a href="/r/{fx.rng.randint(100, 999)}">{fx.f(h)}</a></p>'


def cards(fx: Fx, title: str | None = None, cls: str = "cards") -> str:
    out = []
    for h in fx.pick("related", fx.rng.randint(2, 3)):
        hours = fx.rng.randint(1, 9)
        out.append(
            f'<div class="{cls}__card"><img src="/i/{fx.rng.randint(1000, 9999)}.jpg" alt="">'
            f'<a class="{cls}__title" href="#">{fx.f(h)}</a><span class="{cls}__age">{hours}h</span></div>'
        )
    head = f"<h3>{esc(title or fx.w['cards'])}</h3>" if fx.chance(0.7) else ""
    return f'<section class="{cls}">{head}{"".join(out)}</section>'


def ad(fx: Fx, cls: str = "ad-slot") -> str:
    copy = fx.pick("ads", 1)[0]
    sponsor = fx.rng.choice(
        ["Kestrel Home", "NordTherm", "Vivalux", "Brightwell Finance", "Sanatek"]
    )
    shape = fx.rng.randint(0, 2)
    if shape == 0:
        return f'<div class="{cls}" data-slot="mid{fx.rng.randint(1, 9)}"><span class="{cls}__label">{esc(fx.w["ad"])}</span><a href="#">{fx.f(copy)}</a><small>{esc(sponsor)}</small></div>'
    if shape == 1:
        return f'<div class="{cls} {cls}--native"><p class="{cls}__label">{esc(fx.w["sponsored"])}</p><h4>{fx.f(copy)}</h4></div>'
    return f'<div class="{cls}"><div id="gpt-{fx.rng.randint(1000, 9999)}"></div><p class="{cls}__label">{esc(fx.w["ad"])}</p></div>'


def native(fx: Fx, cls: str = "ob-widget") -> str:
    items = "".join(
        f'<li><a href="#">{fx.f(c)}</a></li>' for c in fx.pick("ads", fx.rng.randint(2, 4))
    )
    return f'<div class="{cls}"><span>{esc(fx.w["sponsored"])}</span><ul>{items}</ul></div>'


def promo(fx: Fx, cls: str) -> str:
    return f'<p class="{cls}">{fx.f(fx.pick("promo", 1)[0])}</p>'


def appeal(fx: Fx, kind: str, cls: str = "appeal") -> str:
    title = {"newsletter": "news", "subscribe": "sub", "donate": "don", "app": "app"}[kind]
    text = fx.pick(kind, 1)[0]
    return (
        f'<div class="{cls} {cls}--{kind}"><h4>{esc(fx.w[title])}</h4><p>{fx.f(text)}</p>'
        f'<button type="button">{esc(fx.w[title])}</button></div>'
    )


def video(fx: Fx, cls: str = "playlist") -> str:
    titles = fx.pick("video", fx.rng.randint(3, 5))
    rows = []
    for t in titles:
        dur = f"{fx.rng.randint(0, 4)}:{fx.rng.randint(0, 59):02d}"
        rows.append(f'<li><a href="#">{fx.f(t)}</a> <span class="dur">{dur}</span></li>')
    now = f'<p class="{cls}__now">{esc(fx.w["playing"])}: {fx.f(titles[0])}</p>'
    return f'<div class="{cls}"><h4>{esc(fx.w["video"])}</h4>{now}<ol>{"".join(rows)}</ol></div>'


def gallery(fx: Fx, cls: str = "gallery") -> str:
    total = fx.rng.choice([12, 14, 18])
    i = fx.rng.randint(1, total)
    cap = fx.pick("gallery", 1)[0]
    counter = fx.w["photo"].format(i=i, n=total)
    return (
        f'<figure class="{cls}"><span class="{cls}__label">{esc(fx.w["gallery"])}</span>'
        f'<img src="/g/{i}.jpg" alt=""><figcaption>{fx.f(cap)}</figcaption>'
        f'<span class="{cls}__count">{fx.f(counter)}</span></figure>'
    )


def consent(fx: Fx, cls: str = "cmp") -> str:
    if not fx.chance(0.55):
        return ""
    text = fx.pick("consent", 1)[0]
    return f'<div class="{cls}" role="dialog"><p>{fx.f(text)}</p><button>{esc(fx.w["accept"])}</button></div>'


def ago(fx: Fx, base: int, cls: str = "updated-ago") -> str:
    n = base + 10 * fx.fetch
    line = fx.w["ago"].format(n=n) if n < 60 else fx.w["ago_h"].format(h=n // 60, m=n % 60)
    return f'<p class="{cls}">{fx.f(line)}</p>'


def most_read(fx: Fx, cls: str = "most-read", n: int = 5) -> str:
    items = "".join(f'<li><a href="#">{fx.f(h)}</a></li>' for h in fx.pick("most_read", n))
    return f'<section class="{cls}"><h3>{esc(fx.w["most_read"])}</h3><ol>{items}</ol></section>'


def author(fx: Fx, name: str, bio: str, base: int, cls: str = "author-box") -> str:
    count = fx.w["followers"].format(n=num(fx.lang, base + fx.rng.randint(0, 400)))
    return (
        f'<div class="{cls}"><img src="/a/{name.split()[-1].lower()}.jpg" alt=""><strong>{esc(name)}</strong>'
        f'<p class="{cls}__bio">{fx.f(bio)}</p><span class="{cls}__followers">{fx.f(count)}</span></div>'
    )


def weather(fx: Fx, place: str, base: int, cls: str = "wx") -> str:
    t = base + fx.rng.randint(-2, 2)
    cond = fx.rng.choice(fx.pool["weather"])
    line = f"{place} {t}°C {cond}"
    fx.f(line)
    return f'<div class="{cls}"><span>{esc(fx.w["weather"])}</span><div class="{cls}__row"><span>{esc(place)}</span> <b>{t}°C</b> <span>{esc(cond)}</span></div></div>'


def traffic(fx: Fx, roads: list[str], cls: str = "traffic") -> str:
    rows = []
    for road in fx.rng.sample(roads, fx.rng.randint(2, len(roads))):
        line = f"{road}: {fx.rng.choice(fx.pool['traffic'])}"
        rows.append(f"<li>{fx.f(line)}</li>")
    return f'<div class="{cls}"><h4>{esc(fx.w["traffic"])}</h4><ul>{"".join(rows)}</ul></div>'


def poll(fx: Fx, question: str, options: list[str], cls: str = "poll") -> str:
    cuts = sorted(fx.rng.sample(range(1, 100), len(options) - 1))
    shares = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    sep = " : " if fx.lang == "fr" else ": "
    pct = " %" if fx.lang in ("fr", "de") else "%"
    rows = "".join(
        f"<li>{fx.f(f'{o}{sep}{s}{pct}')}</li>" for o, s in zip(options, shares, strict=True)
    )
    votes = fx.w["votes"].format(n=num(fx.lang, 800 + 137 * fx.fetch + fx.rng.randint(0, 90)))
    return f'<div class="{cls}"><p class="{cls}__q">{fx.f(question)}</p><ul>{rows}</ul><small>{fx.f(votes)}</small></div>'


def score(fx: Fx, home: str, away: str, league: str, cls: str = "score") -> str:
    minute = min(90, 20 + 10 * fx.fetch + fx.rng.randint(0, 6))
    line = f"{home} {fx.rng.randint(0, 2) + fx.fetch // 3} – {fx.rng.randint(0, 2)} {away}"
    return f'<div class="{cls}"><span>{esc(league)}</span><p>{fx.f(line)}</p><span>{minute}\'</span></div>'


def stocks(fx: Fx, rows: list[tuple[str, float]], cls: str = "markets") -> str:
    out = []
    for name, level in rows:
        move = fx.rng.uniform(-1.2, 1.2)
        sign = "+" if move >= 0 else "−"
        line = f"{name} {dec(fx.lang, level * (1 + move / 100))} {sign}{dec(fx.lang, abs(move))}%"
        out.append(f"<li>{fx.f(line)}</li>")
    return f'<ul class="{cls}">{"".join(out)}</ul>'


def readers(fx: Fx, base: int, cls: str = "readers") -> str:
    line = fx.w["readers"].format(n=num(fx.lang, base + fx.rng.randint(-300, 600)))
    return f'<p class="{cls}">{fx.f(line)}</p>'


def comments(fx: Fx, base: int, cls: str = "comments-count") -> str:
    line = fx.w["comments"].format(n=base + 7 * fx.fetch + fx.rng.randint(0, 5))
    return f'<a class="{cls}" href="#comments">{fx.f(line)}</a>'


# ---------------------------------------------------------------------------------------------
# Page shell


def nonce(fx: Fx) -> str:
    return hashlib.sha1(f"{fx.slug}:{fx.fetch}:{fx.rng.random()}".encode()).hexdigest()[:22]


def padding(slug: str, prefix: str) -> str:
    rng = random.Random(f"blind6:{slug}:0:pad")
    rules = []
    for _ in range(90):
        h = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
        rules.append(
            f".{prefix}-{h}{{margin:{rng.randint(0, 24)}px {rng.randint(0, 24)}px;"
            f"color:#{rng.randint(0, 0xFFFFFF):06x};font-size:{rng.randint(11, 22)}px}}"
        )
    return "".join(rules)


def shell(
    fx: Fx,
    *,
    title: str,
    description: str,
    url: str,
    ld: dict[str, object],
    modified: tuple[str, str],
    body: str,
    prefix: str,
    head_extra: str = "",
) -> str:
    n = nonce(fx)
    ld = dict(ld)
    ld["dateModified"] = modified[1] if fx.final else modified[0]
    bucket = fx.rng.choice(["a", "b", "c", "control"])
    return f"""<!DOCTYPE html>
<html lang="{fx.lang}">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{html.escape(description)}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:type" content="article">
<link rel="canonical" href="{url}">
<style nonce="{n}">{padding(fx.slug, prefix)}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script nonce="{n}">window.__REQ__={{"id":"{n}","bucket":"{bucket}","ts":{1796594400 + 600 * fx.fetch + fx.rng.randint(0, 59)}}};</script>
{head_extra}
</head>
{body}
</html>
"""


# ---------------------------------------------------------------------------------------------
# Visible text


class _Text(HTMLParser):
    SKIP = frozenset({"script", "style", "template", "noscript", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


def visible(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return " ".join(" ".join(parser.parts).split())
