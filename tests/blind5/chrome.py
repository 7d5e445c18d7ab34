"""Shared machinery for the fifth blind set: the truth recorder, furniture widgets and padding.

Every widget takes the recorder ``Rec`` (which owns the per-fetch ``random.Random``), records the
furniture lines it prints, and returns HTML. Only furniture depends on the random generator; body
paragraphs and blocks are fixed per page (the genuine block appears on fetch 6 only).
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

FIRST_FETCH = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
POLL = timedelta(minutes=10)
GENUINE_FETCH = 6
FETCHES = 7

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})
_LINK = re.compile(r"\[\[(.+?)\]\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def plain(text: str) -> str:
    """Mini markup removed: ``[[link]]`` and ``**bold**``."""
    return _BOLD.sub(r"\1", _LINK.sub(r"\1", text))


def inline(text: str, href: str = "/") -> str:
    """Mini markup to HTML: ``[[link]]`` becomes an anchor, ``**bold**`` a strong."""
    out = esc(text)
    out = _LINK.sub(lambda m: f'<a href="{href}{slugify(m.group(1))}">{m.group(1)}</a>', out)
    return _BOLD.sub(r"<strong>\1</strong>", out)


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60]


def words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def fetch_time(fetch: int) -> datetime:
    return FIRST_FETCH + POLL * fetch


def num(n: int, lang: str) -> str:
    s = f"{n:,}"
    if lang in ("de", "it"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", " ")
    return s


def pct(n: int, lang: str) -> str:
    return f"{n}%" if lang in ("en", "it") else f"{n} %"


# ---------------------------------------------------------------------------------------------
# The recorder


@dataclass
class Rec:
    """What one fetch of one page printed: body paragraphs, blocks, furniture lines."""

    slug: str
    fetch: int
    lang: str
    rng: random.Random = field(init=False)
    paras: list[str] = field(default_factory=list)
    block_texts: list[str] = field(default_factory=list)
    truth_blocks: list[dict[str, str | None]] = field(default_factory=list)
    genuine: dict[str, str | None] | None = None
    genuine_text: str = ""
    furniture: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(f"blind5:{self.slug}:{self.fetch}")

    @property
    def now(self) -> datetime:
        return fetch_time(self.fetch)

    @property
    def last(self) -> bool:
        return self.fetch == GENUINE_FETCH

    def p(self, text: str, attrs: str = "", href: str = "/") -> str:
        """A body paragraph."""
        self.paras.append(plain(text))
        return f"<p{attrs}>{inline(text, href)}</p>"

    def f(self, line: str, kind: str) -> str:
        """A furniture line (escaped for HTML)."""
        if line not in self.furniture:
            self.furniture.append(line)
        self.kinds.add(kind)
        return esc(line)

    def k(self, kind: str) -> None:
        """A furniture kind with no listed line (a short badge, say)."""
        self.kinds.add(kind)

    def block(
        self,
        kind: str,
        label: str | None,
        timestamp: str | None,
        text: str,
        *,
        headline: str | None = None,
        genuine: bool = False,
        drop: int = 0,
    ) -> None:
        """Record one truth block. ``text`` is the block's text after its label (mini markup
        allowed); ``drop`` leading tokens (bare punctuation) are not part of the first words."""
        body = plain(text)
        if headline:
            seen = f"{plain(headline)} {body}"
            first = words(" ".join(seen.split()[drop:]), 8)
            alt: str | None = words(body, 6)
        else:
            first = words(" ".join(body.split()[drop:]), 8)
            alt = None
        entry: dict[str, str | None] = {
            "first_words": first,
            "kind": kind,
            "label": label,
            "timestamp": timestamp,
        }
        if alt:
            entry["alt_words"] = alt
        full = " ".join(x for x in (plain(headline or ""), body) if x)
        self.block_texts.append(full)
        if genuine:
            self.genuine = entry
            self.genuine_text = full
        else:
            self.truth_blocks.append(entry)

    def pick(self, pool: Sequence[str], n: int = 1) -> list[str]:
        return self.rng.sample(list(pool), n)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


Cls = Callable[[str], str]


def scatter(rec: Rec, paragraphs: list[str], inserts: list[str], *, skip_first: int = 1) -> str:
    """Body paragraphs with furniture ``inserts`` placed in random gaps (never before the first
    ``skip_first`` paragraphs, never two in the same gap)."""
    gaps = list(range(skip_first, len(paragraphs)))
    chosen = sorted(rec.rng.sample(gaps, min(len(inserts), len(gaps))))
    out: list[str] = []
    extra = iter(inserts)
    for i, para in enumerate(paragraphs):
        if i in chosen:
            out.append(next(extra))
        out.append(para)
    out.extend(extra)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Widgets


def teaser_box(rec: Rec, c: Cls, label: str, pool: Sequence[str], n: int = 1) -> str:
    items = "".join(
        f'<li class="{c("teaser__item")}"><a href="/{slugify(h)}" class="{c("teaser__link")}">'
        f"{rec.f(h, 'inline teaser')}</a></li>"
        for h in rec.pick(pool, n)
    )
    return (
        f'<aside class="{c("teaser")}" data-component="related-inline">'
        f'<span class="{c("teaser__kicker")}">{esc(label)}</span><ul>{items}</ul></aside>'
    )


def teaser_para(rec: Rec, c: Cls, label: str, pool: Sequence[str], sep: str = ": ") -> str:
    (h,) = rec.pick(pool)
    return (
        f'<p class="{c("readmore")}"><strong>{esc(label)}{esc(sep)}</strong>'
        f'<a href="/{slugify(h)}">{rec.f(h, "inline teaser")}</a></p>'
    )


def list_box(
    rec: Rec,
    c: Cls,
    title: str,
    pool: Sequence[str],
    n: int,
    kind: str,
    *,
    ordered: bool = True,
    shuffle_only: bool = False,
) -> str:
    """A most-read / top-stories carousel or a 'you may also like' list. ``shuffle_only`` keeps
    the same items and changes their order."""
    items = rec.pick(pool, len(pool) if shuffle_only else n)
    tag = "ol" if ordered else "ul"
    lis = "".join(
        f'<li class="{c("list__item")}"><a href="/{slugify(h)}">{rec.f(h, kind)}</a></li>'
        for h in items
    )
    return (
        f'<section class="{c("list")}" data-widget="{slugify(kind)}">'
        f'<h2 class="{c("list__title")}">{esc(title)}</h2><{tag}>{lis}</{tag}></section>'
    )


def native_ads(
    rec: Rec, c: Cls, title: str, pool: Sequence[tuple[str, str]], n: int, sponsor: str = ""
) -> str:
    cards = []
    for headline, brand in rec.pick(pool, n):  # type: ignore[arg-type]
        cards.append(
            f'<a class="{c("nat__card")}" href="https://ads.invalid/{slugify(brand)}" rel="sponsored">'
            f'<span class="{c("nat__headline")}">{rec.f(headline, "sponsored native ad")}</span>'
            f'<span class="{c("nat__brand")}">{esc(brand)}</span></a>'
        )
    tag = f'<span class="{c("nat__by")}">{esc(sponsor)}</span>' if sponsor else ""
    return (
        f'<div class="{c("nat")}" data-ad-slot="native-{rec.rng.randint(1000, 9999)}">'
        f'<span class="{c("nat__title")}">{esc(title)}</span>{"".join(cards)}{tag}</div>'
    )


def line(rec: Rec, c: Cls, name: str, text: str, kind: str, tag: str = "div") -> str:
    return f'<{tag} class="{c(name)}">{rec.f(text, kind)}</{tag}>'


def poll(
    rec: Rec, c: Cls, question: str, options: Sequence[str], votes_tpl: str, kind: str = "poll"
) -> str:
    raw = [rec.rng.randint(10, 60) for _ in options]
    total = sum(raw)
    shares = [round(100 * r / total) for r in raw]
    shares[0] += 100 - sum(shares)
    lis = "".join(
        f'<li class="{c("poll__opt")}"><span class="{c("poll__bar")}" style="width:{s}%"></span>'
        f"{rec.f(f'{o}: {pct(s, rec.lang)}', kind)}</li>"
        for o, s in zip(options, shares, strict=True)
    )
    votes = votes_tpl.format(n=num(rec.rng.randint(800, 9000), rec.lang))
    return (
        f'<form class="{c("poll")}" data-poll-id="{rec.rng.randint(10000, 99999)}">'
        f'<p class="{c("poll__q")}">{rec.f(question, kind)}</p><ul>{lis}</ul>'
        f'<span class="{c("poll__votes")}">{rec.f(votes, kind)}</span></form>'
    )


def widget_rows(rec: Rec, c: Cls, name: str, title: str, rows: Sequence[str], kind: str) -> str:
    lis = "".join(f'<li class="{c(name + "__row")}">{rec.f(r, kind)}</li>' for r in rows)
    return (
        f'<div class="{c(name)}" data-widget="{name}">'
        f'<span class="{c(name + "__title")}">{esc(title)}</span><ul>{lis}</ul></div>'
    )


def stocks(rec: Rec, c: Cls, title: str, base: Sequence[tuple[str, float]]) -> str:
    rows = []
    for name, level in base:
        move = rec.rng.uniform(-1.6, 1.6)
        value = level * (1 + move / 100)
        if rec.lang == "en":
            s = f"{name} {value:,.2f} {move:+.2f}%"
        else:
            txt = f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
            mv = f"{move:+.2f}".replace(".", ",")
            s = f"{name} {txt} {mv} %" if rec.lang != "it" else f"{name} {txt} {mv}%"
        rows.append(s)
    return widget_rows(rec, c, "ticker", title, rows, "stock ticker")


def gallery(rec: Rec, c: Cls, count_tpl: str, captions: Sequence[str]) -> str:
    i = rec.rng.randrange(len(captions))
    counter = count_tpl.format(i=i + 1, n=len(captions))
    return (
        f'<div class="{c("gallery")}" data-slide="{i}"><img src="/img/g{i}.jpg" alt="">'
        f'<div class="{c("gallery__meta")}"><span>{rec.f(counter, "gallery caption")}</span>'
        f'<p class="{c("gallery__caption")}">{rec.f(captions[i], "gallery caption")}</p></div></div>'
    )


def video_playlist(rec: Rec, c: Cls, title: str, pool: Sequence[str], n: int = 3) -> str:
    items = "".join(
        f'<li class="{c("vplay__item")}"><span class="{c("vplay__dur")}">'
        f"{rec.rng.randint(0, 4)}:{rec.rng.randint(0, 59):02d}</span>"
        f"<span>{rec.f(t, 'video playlist')}</span></li>"
        for t in rec.pick(pool, n)
    )
    return (
        f'<div class="{c("vplay")}" data-player="jw-{rec.rng.randint(100000, 999999)}">'
        f'<div class="{c("vplay__screen")}"></div><h3 class="{c("vplay__title")}">{esc(title)}</h3>'
        f"<ol>{items}</ol></div>"
    )


def maybe(rec: Rec, p: float, html_text: Callable[[], str], kind: str) -> str:
    """A box that comes and goes. The kind counts even when it is absent on this fetch."""
    rec.k(kind)
    return html_text() if rec.chance(p) else ""


def quote_box(rec: Rec, c: Cls, title: str, pool: Sequence[str]) -> str:
    (q,) = rec.pick(pool)
    return (
        f'<blockquote class="{c("qotd")}" data-widget="quote-of-the-day">'
        f'<span class="{c("qotd__title")}">{esc(title)}</span>'
        f"<p>{rec.f(q, 'quote of the day')}</p></blockquote>"
    )


def author_bio(rec: Rec, c: Cls, name: str, bio: str, follow_tpl: str, lo: int, hi: int) -> str:
    follows = follow_tpl.format(n=num(rec.rng.randint(lo, hi), rec.lang))
    return (
        f'<div class="{c("bio")}"><img src="/authors/{slugify(name)}.jpg" alt="">'
        f'<strong class="{c("bio__name")}">{esc(name)}</strong>'
        f'<p class="{c("bio__text")}">{rec.f(bio, "author bio")}</p>'
        f'<button class="{c("bio__follow")}">{rec.f(follows, "author bio")}</button></div>'
    )


# ---------------------------------------------------------------------------------------------
# Padding: hashed CSS, an SVG sprite, a per-request nonce


def padding_css(slug: str, prefix: str, n: int = 260) -> str:
    rng = random.Random(f"blind5:{slug}:0")
    props = [
        "display:flex",
        "margin:0 auto",
        "padding:0 16px",
        "font-size:1.0625rem",
        "line-height:1.55",
        "color:#121212",
        "border-bottom:1px solid #dcdcdc",
        "grid-template-columns:repeat(12,1fr)",
        "max-width:1280px",
        "letter-spacing:.01em",
        "background:#f6f6f4",
        "position:relative",
        "z-index:3",
        "text-transform:uppercase",
    ]
    rules = []
    for _ in range(n):
        h = hashlib.sha1(str(rng.random()).encode()).hexdigest()[:6]
        body = ";".join(rng.sample(props, rng.randint(2, 5)))
        rules.append(f".{prefix}{h}{{{body}}}")
        if rng.random() < 0.2:
            rules.append(
                f"@media (min-width:{rng.choice([600, 740, 980, 1140])}px){{.{prefix}{h}{{{body}}}}}"
            )
    return "\n".join(rules)


def sprite(slug: str, n: int = 24) -> str:
    rng = random.Random(f"blind5:{slug}:0")
    symbols = []
    for i in range(n):
        pts = " ".join(f"{rng.randint(0, 24)} {rng.randint(0, 24)}" for _ in range(14))
        symbols.append(f'<symbol id="i{i}" viewBox="0 0 24 24"><path d="M{pts}Z"/></symbol>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{"".join(symbols)}</svg>'


def nonce(rec: Rec) -> str:
    return hashlib.sha1(f"{rec.slug}{rec.rng.random()}".encode()).hexdigest()[:22]


# ---------------------------------------------------------------------------------------------
# Page helpers


def tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def minutes_since(rec: Rec, hhmm: str, offset: int) -> int:
    """Minutes from a clock on 6 December (local time at ``offset`` hours) to this fetch."""
    h, m = (int(x) for x in hhmm.replace(".", ":").split(":"))
    entry = datetime(2026, 12, 6, h, m, tzinfo=tz(offset))
    return int((rec.now - entry).total_seconds() // 60)


def iso(hhmm: str, offset: int) -> str:
    h, m = (int(x) for x in hhmm.replace(".", ":").split(":"))
    return datetime(2026, 12, 6, h, m, tzinfo=tz(offset)).isoformat()


def modified(rec: Rec, before: str, genuine_hhmm: str, offset: int) -> str:
    """dateModified: ``before`` until fetch 6, then the genuine block's clock."""
    return iso(genuine_hhmm, offset) if rec.last else iso(before, offset)


def jsonld(obj: object) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )


def doc(rec: Rec, title: str, head: str, body_attrs: str, body: str, css_prefix: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{rec.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}\n"
        f'<style nonce="{nonce(rec)}">\n{padding_css(rec.slug, css_prefix)}\n</style>\n'
        f'<script nonce="{nonce(rec)}">window.__REQ__={{"id":"{nonce(rec)}","ab":"{rec.rng.choice("ABCD")}"}};</script>\n'
        f"</head>\n<body{body_attrs}>\n{sprite(rec.slug)}\n{body}\n</body>\n</html>\n"
    )


def ab_teaser(rec: Rec, c: Cls, label: str, pairs: Sequence[tuple[str, str]], n: int = 1) -> str:
    """Related links whose headline is A/B tested: the same link, headline A or B per request."""
    items = []
    for a, b in rec.rng.sample(list(pairs), n):
        variant = rec.rng.choice("ab")
        hed = a if variant == "a" else b
        items.append(
            f'<li data-ab-variant="{variant}"><a href="/{slugify(a)}">{rec.f(hed, "A/B related headline")}</a></li>'
        )
    return (
        f'<aside class="{c("related")}" data-component="ab-related">'
        f'<span class="{c("related__label")}">{esc(label)}</span><ul>{"".join(items)}</ul></aside>'
    )
