"""Widgets whose text changes on every request, for the tuning5 set.

``Fx(sheet, prefix, site)`` binds a sheet, a CSS prefix and the publisher's own texts (``site``
in ``site_*.py``). Each method returns HTML and records every line it prints as furniture.
What it prints depends on the fetch's random source or the fetch clock.
"""

from __future__ import annotations

from kit import Sheet, decimal, esc, num
from pools import (
    AGO,
    BADGE_AGO,
    BADGES,
    BREAKING,
    BREAKING_LABEL,
    COMMENTS,
    COOKIES,
    DONATE_HEAD,
    FOLLOWERS,
    GALLERY,
    HORO_HEAD,
    HOROSCOPE,
    METERS,
    NATIVE,
    NATIVE_LABELS,
    POLL_OPTIONS,
    POLLS,
    READERS,
    SEE_ALSO,
    SEE_ALSO_LABELS,
    SHARES,
    TOP,
    TOP_HEAD,
    VIDEO_HEAD,
    VIDEOS,
    VIEWERS,
)


def ago(lang: str, minutes: int) -> str:
    short, long = AGO[lang]
    if minutes < 60:
        return short.format(m=max(1, minutes))
    return long.format(h=minutes // 60)


class Fx:
    def __init__(self, sh: Sheet, prefix: str, site: dict) -> None:
        self.sh = sh
        self.p = prefix
        self.site = site
        self.lang = sh.lang
        self.r = sh.rnd

    def pick(self, *names: str) -> list:
        return [getattr(self, n) for n in names]

    def _n(self, lo: int, hi: int) -> str:
        return num(self.r.randint(lo, hi), self.lang)

    def _box(self, kind: str, inner: str, tag: str = "div") -> str:
        return f'<{tag} class="{self.p}{kind}" data-slot="{kind}-{self.r.randint(1, 99)}">{inner}</{tag}>'

    # own products ---------------------------------------------------------------------------
    def promo(self) -> str:
        return self._box("promo", f"<p>{self.sh.fur(self.r.choice(self.site['promos']))}</p>")

    def app(self) -> str:
        text = self.r.choice(self.site["apps"])
        return self._box(
            "app-banner",
            f'<p>{self.sh.fur(text)}</p><a class="{self.p}store" href="#">App Store</a>'
            f'<a class="{self.p}store" href="#">Google Play</a>',
        )

    def newsletter(self) -> str:
        text = self.r.choice(self.site["newsletters"])
        return self._box(
            "newsletter",
            f'<p>{self.sh.fur(text)}</p><form><input type="email" name="e"><button>OK</button></form>',
            "section",
        )

    def donate(self) -> str:
        text = self.r.choice(self.site["donations"])
        return self._box(
            "donate",
            f"<h4>{esc(DONATE_HEAD[self.lang])}</h4><p>{self.sh.fur(text)}</p>",
            "aside",
        )

    def native(self) -> str:
        label = self.r.choice(NATIVE_LABELS[self.lang])
        return self._box(
            "native",
            f"<small>{esc(label)}</small><p>{self.sh.fur(self.r.choice(NATIVE[self.lang]))}</p>",
        )

    # teasers ----------------------------------------------------------------------------------
    def also(self) -> str:
        label = self.r.choice(SEE_ALSO_LABELS[self.lang])
        shape = self.r.randint(0, 2)
        if shape == 0:  # one inline "Label: headline" paragraph, or a bare arrow link
            head = self.r.choice(SEE_ALSO[self.lang])
            lead = f"<b>{esc(label)}:</b> " if label else "→ "
            return f'<p class="{self.p}inline-link">{lead}<a href="#">{self.sh.fur(head)}</a></p>'
        heads = self.r.sample(SEE_ALSO[self.lang], self.r.randint(2, 3))
        lab = f"<h4>{esc(label)}</h4>" if label else ""
        if shape == 1:
            lis = "".join(f'<li><a href="#">{self.sh.fur(h)}</a></li>' for h in heads)
            return self._box("related", f"{lab}<ul>{lis}</ul>", "aside")
        cards = "".join(
            f'<a class="{self.p}card" href="#"><img alt="" src="/i/{i}.jpg"><span>{self.sh.fur(h)}</span></a>'
            for i, h in enumerate(heads)
        )
        return self._box("cards", lab + cards)

    def top(self) -> str:
        head = self.r.choice(TOP_HEAD[self.lang])
        picks = self.r.sample(TOP[self.lang], 3)
        slides = "".join(
            f'<li class="{self.p}slide"><a href="#">{self.sh.fur(t)}</a></li>' for t in picks
        )
        return self._box("carousel", f"<h4>{esc(head)}</h4><ol>{slides}</ol>", "section")

    def breaking(self) -> str:
        label = self.r.choice(BREAKING_LABEL[self.lang])
        headline = self.r.choice(BREAKING[self.lang])
        return self._box(
            "breaking", f"<strong>{esc(label)}</strong> <a href='#'>{self.sh.fur(headline)}</a>"
        )

    def tags(self) -> str:
        picks = self.r.sample(self.site["tags"], 4)
        shown = [
            t if t.startswith("#") else "#" + "".join(w[:1].upper() + w[1:] for w in t.split())
            for t in picks
        ]
        return self._box("tags", "".join(f'<a href="#">{self.sh.fur(t)}</a>' for t in shown), "nav")

    def videos(self) -> str:
        head = self.r.choice(VIDEO_HEAD[self.lang])
        picks = self.r.sample(VIDEOS[self.lang], 3)
        items = "".join(
            f"<li><span class='{self.p}dur'>{self.r.randint(0, 4)}:{self.r.randint(0, 59):02d}</span>"
            f" {self.sh.fur(v)}</li>"
            for v in picks
        )
        return self._box("playlist", f"<h4>{esc(head)}</h4><ul>{items}</ul>", "section")

    def gallery(self) -> str:
        total = self.site["gallery"][0]
        i = self.r.randint(1, total)
        caption = self.site["gallery"][1][(i - 1) % len(self.site["gallery"][1])]
        counter = GALLERY[self.lang].format(i=i, n=total)
        return self._box(
            "gallery",
            f'<img alt="" src="/g/{i}.jpg"><p>{self.sh.fur(counter)}</p><p>{self.sh.fur(caption)}</p>',
            "figure",
        )

    # counters ---------------------------------------------------------------------------------
    def readers(self) -> str:
        text = self.r.choice(READERS[self.lang]).format(n=self._n(180, 9800))
        return self._box("readers", f"<span>{self.sh.fur(text)}</span>")

    def comments(self) -> str:
        text = self.r.choice(COMMENTS[self.lang]).format(n=self._n(12, 2400))
        return self._box("comments", f'<a href="#comments">{self.sh.fur(text)}</a>')

    def share(self) -> str:
        text = self.r.choice(SHARES[self.lang]).format(n=self._n(40, 6000))
        buttons = "".join(f'<button aria-label="{s}"></button>' for s in ("fb", "x", "wa", "mail"))
        return self._box("sharebar", f"{buttons}<span>{self.sh.fur(text)}</span>")

    def viewers(self) -> str:
        text = self.r.choice(VIEWERS[self.lang]).format(n=self._n(300, 25000))
        return self._box("viewers", f"<span>{self.sh.fur(text)}</span>")

    def author(self) -> str:
        name, bio = self.site["author"]
        followers = FOLLOWERS[self.lang].format(n=self._n(800, 48000))
        return self._box(
            "author",
            f"<b>{esc(name)}</b><p>{self.sh.fur(bio)}</p><span>{self.sh.fur(followers)}</span>"
            f"<button>+</button>",
            "aside",
        )

    def badge(self, since_iso: str) -> str:
        label = self.r.choice(BADGES[self.lang])
        rel = self.r.choice(BADGE_AGO[self.lang]).format(a=ago(self.lang, self.sh.since(since_iso)))
        return (
            f'<div class="{self.p}live-badge" data-pulse="{self.r.randint(0, 1)}">'
            f"<span>{esc(label)}</span> <span>{self.sh.fur(rel)}</span></div>"
        )

    def rel(self, iso_when: str) -> str:
        return self.sh.fur(ago(self.lang, self.sh.since(iso_when)))

    # widgets ------------------------------------------------------------------------------------
    def score(self) -> str:
        lines = []
        for league, home, away, start, goals in self.site["scores"]:
            minute = start + 10 * self.sh.fetch + self.r.randint(0, 3)
            h = sum(1 for m, side in goals if m <= minute and side == 0)
            a = sum(1 for m, side in goals if m <= minute and side == 1)
            lines.append(self.sh.fur(self._score_line(league, home, away, h, a, minute)))
        return self._box("scores", "".join(f"<p>{x}</p>" for x in lines))

    def _score_line(self, league: str, home: str, away: str, h: int, a: int, m: int) -> str:
        if self.lang == "en":
            q = min(4, 1 + m // 15)
            return f"{league}: {home} {h * 7}, {away} {a * 7} ({q}Q {14 - m % 15}:00)"
        if self.lang == "de":
            return f"{league}: {home} – {away} {h}:{a} ({m}.)"
        if self.lang == "fr":
            return f"{league} : {home} {h}-{a} {away}, {m}e minute"
        return f"{league}: {home}-{away} {h}-{a} ({m}')"

    def weather(self) -> str:
        place, base, skies = self.site["weather"]
        t = base + self.r.randint(-1, 1)
        sky = self.r.choice(skies)
        if self.lang == "en":
            line = f"{place}: {t}°F, {sky}"
        else:
            line = f"{place} : {t} °C, {sky}" if self.lang == "fr" else f"{place}: {t} °C, {sky}"
        return self._box("weather", f"<p>{self.sh.fur(line)}</p>")

    def traffic(self) -> str:
        picks = self.r.sample(self.site["traffic"], 2)
        lines = "".join(f"<li>{self.sh.fur(t.format(n=self.r.randint(4, 45)))}</li>" for t in picks)
        return self._box("traffic", f"<ul>{lines}</ul>")

    def ticker(self) -> str:
        out = []
        for name, base in self.site["tickers"]:
            value = base * (1 + self.r.uniform(-0.006, 0.006))
            change = self.r.uniform(-1.4, 1.4)
            sign = "+" if change >= 0 else "−"
            out.append(
                self.sh.fur(
                    f"{name} {decimal(value, self.lang)} {sign}{decimal(abs(change), self.lang)} %"
                )
            )
        return self._box("ticker", " · ".join(f"<span>{x}</span>" for x in out))

    def poll(self) -> str:
        question, votes = self.r.choice(POLLS[self.lang])
        opts = POLL_OPTIONS[self.lang]
        a = self.r.randint(30, 60)
        b = self.r.randint(10, 100 - a)
        shares = [a, b, 100 - a - b]
        lis = "".join(f"<li>{esc(o)} <i>{s} %</i></li>" for o, s in zip(opts, shares, strict=True))
        total = votes.format(n=self._n(900, 21000))
        return self._box(
            "poll",
            f"<p>{self.sh.fur(question)}</p><ul>{lis}</ul><small>{self.sh.fur(total)}</small>",
            "section",
        )

    def meter(self) -> str:
        left = self.r.randint(1, 4)
        text = self.r.choice(METERS[self.lang]).format(n=left, r=5 - left)
        return self._box("meter", f"<p>{self.sh.fur(text)}</p>")

    def cookie(self) -> str:
        text = self.r.choice(COOKIES[self.lang])
        return (
            f'<div class="{self.p}cmp" role="dialog"><p>{self.sh.fur(text)}</p>'
            "<button>OK</button><button>Settings</button></div>"
        )

    def jobs(self) -> str:
        picks = self.r.sample(self.site["jobs"], 2)
        return self._box("market", "".join(f"<p>{self.sh.fur(j)}</p>" for j in picks), "section")

    def horoscope(self) -> str:
        return self._box(
            "horo",
            f"<h4>{esc(HORO_HEAD[self.lang])}</h4><p>{self.sh.fur(self.r.choice(HOROSCOPE[self.lang]))}</p>",
        )

    def lotto(self) -> str:
        line, jackpot = self.site["lotto"]
        pot = jackpot.format(n=self.r.randint(3, 90))
        return self._box("lotto", f"<p>{self.sh.fur(line)}</p><p>{self.sh.fur(pot)}</p>")
