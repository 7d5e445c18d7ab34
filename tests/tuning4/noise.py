"""Widgets that change on every request, for the tuning4 set.

``Noise(pg, prefix, site)`` binds a page, a CSS class prefix and a few publisher texts
(``site``: promos, newsletter, membership, consent, author). Every method returns an HTML
fragment and records its furniture lines on the page; what it prints depends on the fetch's
random source or on the fetch clock, so it differs from one fetch to the next.
``menu(*names)`` returns the bound methods, for ``kit.mix``.
"""

from __future__ import annotations

from kit import Page, dec, esc, group
from pools import (
    AGO,
    ALSO,
    ALSO_HEAD,
    COMMENTS,
    FOLLOWERS,
    FOLLOWING,
    GALLERY,
    GALLERY_HEAD,
    LIVE_UPDATED,
    METER,
    MOST_READ,
    POLLS,
    QUOTE_HEAD,
    QUOTES,
    READERS,
    RELATED_LABELS,
    SHARES,
    SPONSOR_LABEL,
    SPONSORED,
    TEASERS,
    TICKERS,
    VIDEOS,
    WATCHING,
)


def ago(lang: str, minutes: int) -> str:
    short, long = AGO[lang]
    if minutes < 60:
        return short.format(m=max(1, minutes))
    h = minutes // 60
    text = long.format(h=h)
    if lang == "it" and h == 1:
        text = "1 ora fa"
    return text


class Noise:
    def __init__(self, pg: Page, prefix: str, site: dict) -> None:
        self.pg = pg
        self.p = prefix
        self.site = site
        self.lang = pg.lang
        self.r = pg.rnd

    def menu(self, *names: str) -> list:
        return [getattr(self, n) for n in names]

    def n(self, lo: int, hi: int) -> str:
        return group(self.r.randint(lo, hi), self.lang)

    # teasers ------------------------------------------------------------------------------
    def related(self) -> str:
        label = self.r.choice(RELATED_LABELS[self.lang])
        heads = self.r.sample(TEASERS[self.lang], self.r.randint(1, 3))
        items = "".join(
            f'<li><a href="/r/{i}">{self.pg.F(h)}</a></li>' for i, h in enumerate(heads)
        )
        return (
            f'<aside class="{self.p}-inline-related" data-tracking="related-{self.r.randint(1, 9)}">'
            f'<p class="{self.p}-kicker">{esc(label)}</p><ul>{items}</ul></aside>'
        )

    def related_line(self) -> str:
        """A single "Read more: headline" paragraph, like an interstitial link."""
        label = self.r.choice(RELATED_LABELS[self.lang]).rstrip(":")
        head = self.r.choice(TEASERS[self.lang])
        return f'<p class="{self.p}-interstitial"><strong>{esc(label)}:</strong> <a href="/x">{self.pg.F(head)}</a></p>'

    def also_like(self) -> str:
        picks = self.r.sample(ALSO[self.lang], 3)
        items = "".join(f"<li><a>{self.pg.F(t)}</a></li>" for t in picks)
        return f'<section class="{self.p}-recirc"><h3>{esc(ALSO_HEAD[self.lang])}</h3><ul>{items}</ul></section>'

    def most_read(self) -> str:
        head = self.r.choice(MOST_READ[self.lang])
        picks = self.r.sample(TEASERS[self.lang], 5)
        items = "".join(
            f"<li><span>{i}</span> <a>{self.pg.F(t)}</a></li>" for i, t in enumerate(picks, 1)
        )
        return f'<section class="{self.p}-mostread"><h3>{esc(head)}</h3><ol>{items}</ol></section>'

    # promotions ---------------------------------------------------------------------------
    def promo(self) -> str:
        return f'<p class="{self.p}-promo">{self.pg.F(self.r.choice(self.site["promos"]))}</p>'

    def sponsored(self) -> str:
        label = self.r.choice(SPONSOR_LABEL[self.lang])
        copy = self.r.choice(SPONSORED[self.lang])
        return (
            f'<div class="{self.p}-native" data-ad-slot="inread-{self.r.randint(1, 3)}">'
            f'<span class="{self.p}-adlabel">{esc(label)}</span><p>{self.pg.F(copy)}</p></div>'
        )

    def newsletter(self) -> str:
        text = self.r.choice(self.site["newsletter"])
        return (
            f'<div class="{self.p}-nl-signup"><p>{self.pg.F(text)}</p>'
            '<form><input type="email" placeholder="E-mail"><button>OK</button></form></div>'
        )

    def membership(self) -> str:
        return f'<div class="{self.p}-membership"><p>{self.pg.F(self.r.choice(self.site["membership"]))}</p></div>'

    def meter(self) -> str:
        left = self.r.randint(0, 4)
        return f'<div class="{self.p}-meter" role="status"><p>{self.pg.F(METER[self.lang].format(n=left))}</p></div>'

    def consent(self) -> str:
        return (
            f'<div class="{self.p}-consent" role="dialog"><p>{self.pg.F(self.site["consent"])}</p>'
            "<button>OK</button><button>Settings</button></div>"
        )

    # counters -----------------------------------------------------------------------------
    def readers(self) -> str:
        return f'<p class="{self.p}-readers">{self.pg.F(READERS[self.lang].format(n=self.n(140, 4800)))}</p>'

    def following(self) -> str:
        return f'<p class="{self.p}-following">{self.pg.F(FOLLOWING[self.lang].format(n=self.n(2100, 48000)))}</p>'

    def social(self) -> str:
        c = self.pg.F(COMMENTS[self.lang].format(n=self.n(12, 2400)))
        s = self.pg.F(SHARES[self.lang].format(n=self.n(40, 9000)))
        return f'<div class="{self.p}-social-counts"><span>{c}</span> · <span>{s}</span></div>'

    def comments(self) -> str:
        return f'<a class="{self.p}-comments" href="#comments">{self.pg.F(COMMENTS[self.lang].format(n=self.n(12, 2400)))}</a>'

    def author_box(self) -> str:
        name, bio = self.site["author"]
        followers = self.pg.F(FOLLOWERS[self.lang].format(n=self.n(1200, 86000)))
        return (
            f'<div class="{self.p}-authorbox"><p class="{self.p}-authorname">{esc(name)}</p>'
            f"<p>{self.pg.F(bio)}</p><p>{followers}</p></div>"
        )

    # widgets ------------------------------------------------------------------------------
    def poll(self) -> str:
        question, options, word = self.r.choice(POLLS[self.lang])
        shares = [self.r.randint(5, 60) for _ in options]
        total = sum(shares)
        rows = "".join(
            f"<li><span>{esc(o)}</span> <b>{round(100 * s / total)} %</b></li>"
            for o, s in zip(options, shares, strict=True)
        )
        votes = self.pg.F(f"{self.n(300, 12000)} {word}")
        return (
            f'<div class="{self.p}-poll" data-widget="poll"><p>{self.pg.F(question)}</p>'
            f"<ul>{rows}</ul><p>{votes}</p></div>"
        )

    def ticker(self) -> str:
        rows = []
        for name, base in self.r.sample(TICKERS[self.lang], 4):
            value = base * (1 + self.r.uniform(-0.012, 0.012))
            change = self.r.uniform(-1.8, 1.8)
            places = 4 if base < 10 else 2
            sign = "+" if change >= 0 else "−"
            line = f"{name} {dec(value, self.lang, places)} {sign}{dec(abs(change), self.lang)} %"
            rows.append(f"<li>{self.pg.F(line)}</li>")
        return f'<div class="{self.p}-markets" data-widget="ticker"><ul>{"".join(rows)}</ul></div>'

    def weather(self) -> str:
        city, words = self.site["weather"]
        line = f"{city} {self.r.randint(-6, 5)} °C, {self.r.choice(words)}"
        return f'<div class="{self.p}-weather" data-widget="weather"><p>{self.pg.F(line)}</p></div>'

    def traffic(self) -> str:
        tmpl = self.site["traffic"]
        line = tmpl.format(a=self.r.randint(3, 61), b=self.r.randint(4, 140))
        return f'<div class="{self.p}-traffic" data-widget="traffic"><p>{self.pg.F(line)}</p></div>'

    def score(self) -> str:
        home, away, start, goals = self.r.choice(self.site["scores"])
        minute = start + 10 * self.pg.fetch + self.r.randint(0, 3)
        h = sum(1 for side, m in goals if side == 0 and m <= minute)
        a = sum(1 for side, m in goals if side == 1 and m <= minute)
        line = f"{home} {h}–{a} {away}"
        clock = f"{minute}'"
        return (
            f'<div class="{self.p}-scorebug" data-widget="live-score"><p>{self.pg.F(line)}</p>'
            f"<span>{esc(clock)}</span></div>"
        )

    def video(self) -> str:
        picks = self.r.sample(VIDEOS[self.lang], 3)
        items = "".join(
            f"<li><a>{self.pg.F(t)}</a> <span>{self.r.randint(0, 4)}:{self.r.randint(0, 59):02d}</span></li>"
            for t in picks
        )
        return f'<section class="{self.p}-playlist"><h3>{esc(self.site["video_head"])}</h3><ol>{items}</ol></section>'

    def gallery(self) -> str:
        counter, captions = GALLERY[self.lang]
        i = self.r.randint(1, len(captions))
        line = counter.format(i=i, n=len(captions) + 7)
        return (
            f'<figure class="{self.p}-gallery"><p>{self.pg.F(GALLERY_HEAD[self.lang])}</p>'
            f'<img src="/g/{i}.jpg" alt=""><span>{self.pg.F(line)}</span>'
            f"<figcaption>{self.pg.F(captions[i - 1])}</figcaption></figure>"
        )

    def quote(self) -> str:
        return (
            f'<blockquote class="{self.p}-qotd"><p>{esc(QUOTE_HEAD[self.lang])}</p>'
            f"<p>{self.pg.F(self.r.choice(QUOTES[self.lang]))}</p></blockquote>"
        )

    def live_badge(self, latest: tuple[str, str]) -> str:
        """A blinking "LIVE" badge with "updated N minutes ago" since the newest entry."""
        minutes = self.pg.minutes_since(*latest)
        short, long = LIVE_UPDATED[self.lang]
        line = (
            short.format(m=max(1, minutes))
            if minutes < 60
            else long.format(h=minutes // 60, m=minutes % 60)
        )
        blink = "on" if self.pg.fetch % 2 == 0 else "off"
        return (
            f'<div class="{self.p}-livebadge" data-blink="{blink}"><span>LIVE</span> '
            f"<span>{self.pg.F(line)}</span></div>"
        )

    def watching(self) -> str:
        return f'<span class="{self.p}-viewers">{self.pg.F(WATCHING[self.lang].format(n=self.n(900, 31000)))}</span>'

    def ago(self, hhmm: str, offset: str) -> str:
        return f'<span class="{self.p}-ago">{self.pg.F(ago(self.lang, self.pg.minutes_since(hhmm, offset)))}</span>'
