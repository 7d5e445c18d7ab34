"""Shared machinery for the eighth blind set: the per-fetch context, the truth record, placement
of inserts, padding, JSON-LD and the visible-text reader used by the self-checks."""

from __future__ import annotations

import hashlib
import html
import json
import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser

FIRST_FETCH = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
POLL = timedelta(minutes=10)
FETCHES = 7


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def at(hours: int, hh: int, mm: int, day: int = 6) -> datetime:
    """A local time on the story day (or another December day) in the page's offset."""
    return datetime(2026, 12, day, hh, mm, tzinfo=tz(hours))


# ---------------------------------------------------------------------------------------------
# Truth


@dataclass(frozen=True, slots=True)
class Block:
    """One truth block: a note or a live entry, as printed."""

    kind: str
    label: str | None
    paras: tuple[str, ...]
    when: datetime | str | None
    headline: str | None = None

    @property
    def text(self) -> str:
        parts = ([self.headline] if self.headline else []) + list(self.paras)
        return " ".join(parts)

    @property
    def first_words(self) -> str:
        return words(self.text, 8)

    @property
    def alt_words(self) -> str | None:
        return words(self.paras[0], 6) if self.headline else None

    @property
    def timestamp(self) -> str | None:
        if self.when is None or isinstance(self.when, str):
            return self.when
        return self.when.isoformat()

    def truth(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {
            "first_words": self.first_words,
            "kind": self.kind,
            "label": self.label,
            "timestamp": self.timestamp,
        }
        if self.alt_words:
            out["alt_words"] = self.alt_words
        return out


class Ctx:
    """One fetch of one page: its clock, its random source and what it printed."""

    def __init__(self, slug: str, fetch: int, offset: int) -> None:
        self.slug = slug
        self.fetch = fetch
        self.offset = offset
        self.rng = random.Random(f"blind8:{slug}:{fetch}")
        self.now = FIRST_FETCH + POLL * fetch
        self.local = self.now.astimezone(tz(offset))
        self.body: list[str] = []
        self.blocks: list[Block] = []
        self.furn: list[str] = []
        self.modified: str = ""

    # recording -------------------------------------------------------------------------------
    def p(self, text: str) -> str:
        """A body paragraph's text, recorded and escaped."""
        self.body.append(text)
        return esc(text)

    def f(self, text: str) -> str:
        """A furniture line, recorded and escaped."""
        self.furn.append(text)
        return esc(text)

    def add(self, block: Block) -> Block:
        self.blocks.append(block)
        return block

    # chance ------------------------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, pool: Sequence[str]) -> str:
        return pool[self.rng.randrange(len(pool))]

    def some(self, pool: Sequence[str], k: int) -> list[str]:
        return self.rng.sample(list(pool), k)

    def count(self, base: int, step: tuple[int, int]) -> int:
        """A counter that grows from fetch to fetch."""
        return base + sum(self.rng.randint(*step) for _ in range(self.fetch + 1))

    def daily(self, base: int, step: tuple[int, int]) -> int:
        """A "today" counter: it grows through the evening and starts again at local midnight."""
        if self.local.day != FIRST_FETCH.day:
            return self.rng.randint(3, 40)
        return self.count(base, step)

    def minutes_ago(self, lo: int, hi: int) -> datetime:
        return self.local - timedelta(minutes=self.rng.randint(lo, hi))

    def nonce(self, n: int = 16) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


Insert = Callable[[], str]


def scatter(ctx: Ctx, parts: Sequence[str], inserts: Sequence[Insert], gaps: Sequence[int]) -> str:
    """``parts`` joined, with each insert placed in a different gap; gap ``g`` sits before
    ``parts[g]`` (``len(parts)`` is after the last one). Inserts are built only when placed,
    so a widget that finds no gap records no furniture."""
    order = list(inserts)
    ctx.rng.shuffle(order)
    slots = ctx.rng.sample(list(gaps), min(len(order), len(gaps)))
    placed: dict[int, str] = {}
    for build, gap in sorted(zip(order, slots, strict=False), key=lambda pair: pair[1]):
        placed[gap] = build()
    out: list[str] = []
    for i in range(len(parts) + 1):
        if i in placed:
            out.append(placed[i])
        if i < len(parts):
            out.append(parts[i])
    return "\n".join(out)


def maybe(ctx: Ctx, p: float, build: Insert) -> list[Insert]:
    return [build] if ctx.chance(p) else []


# ---------------------------------------------------------------------------------------------
# Padding and per-request values


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


_PROPS = [
    "margin:0 0 {a}px",
    "padding:{a}px {b}px",
    "font-size:{c}rem",
    "line-height:{d}",
    "color:#{h}",
    "background:#{h}",
    "border-bottom:1px solid #{h}",
    "display:flex",
    "gap:{a}px",
    "align-items:center",
    "grid-template-columns:repeat({e},minmax(0,1fr))",
    "letter-spacing:.0{e}em",
    "max-width:{w}px",
    "border-radius:{e}px",
    "transition:opacity .{e}s ease",
    "font-weight:{fw}",
    "text-transform:uppercase",
    "position:relative",
    "overflow:hidden",
    "z-index:{e}",
]


def css(seed: str, rules: int, named: Sequence[str] = ()) -> str:
    """Hashed utility CSS (fixed per page) plus rules for the page's own class names."""
    rng = random.Random(f"blind8:pad:{seed}")
    brand, ink = _hex(rng, 6), _hex(rng, 6)
    out: list[str] = [f":root{{--brand:#{brand};--ink:#{ink};--paper:#fff}}"]
    selectors = [f".{name}" for name in named] + [f".c-{_hex(rng, 6)}" for _ in range(rules)]
    for sel in selectors:
        props = rng.sample(_PROPS, rng.randint(2, 5))
        body = ";".join(
            p.format(
                a=rng.randint(0, 32),
                b=rng.randint(0, 24),
                c=round(rng.uniform(0.7, 2.2), 3),
                d=round(rng.uniform(1.1, 1.7), 2),
                h=_hex(rng, 6),
                e=rng.randint(1, 9),
                w=rng.choice([640, 680, 720, 960, 1140, 1280]),
                fw=rng.choice([400, 500, 600, 700, 800]),
            )
            for p in props
        )
        out.append(f"{sel}{{{body}}}")
        if rng.random() < 0.18:
            out.append(
                f"@media (min-width:{rng.choice([600, 768, 1024, 1280])}px){{{sel}{{"
                f"padding:{rng.randint(0, 40)}px;font-size:{round(rng.uniform(0.8, 2), 2)}rem}}}}"
            )
    return "".join(out)


def sprite(seed: str, icons: Sequence[str]) -> str:
    rng = random.Random(f"blind8:sprite:{seed}")
    symbols = []
    for name in icons:
        d = "M" + " ".join(
            f"{rng.randint(0, 24)}.{rng.randint(0, 99)} {rng.randint(0, 24)}.{rng.randint(0, 99)}"
            + rng.choice(["L", "C", "Q", "l", "c", "h", "v"])
            for _ in range(rng.randint(8, 22))
        )
        d = d.rstrip("LCQlchv") + "z"
        symbols.append(f'<symbol id="i-{name}" viewBox="0 0 24 24"><path d="{d}"/></symbol>')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">'
        + "".join(symbols)
        + "</svg>"
    )


def manifest(seed: str, base: str, chunks: int) -> str:
    rng = random.Random(f"blind8:manifest:{seed}")
    names = ["runtime", "vendor", "app", "article", "consent", "ads", "video", "comments", "live"]
    data = {
        f"{rng.choice(names)}-{i}.js": f"{base}/{rng.choice(names)}.{_hex(rng, 10)}.js"
        for i in range(chunks)
    }
    return '<script type="application/json" id="asset-manifest">' + json.dumps(data) + "</script>"


def request_script(ctx: Ctx, var: str, extra: dict[str, object] | None = None) -> str:
    """Per-request values a CDN and the CMS print on every response."""
    data: dict[str, object] = {
        "nonce": ctx.nonce(22),
        "pv": f"{ctx.nonce(8)}-{ctx.nonce(4)}-{ctx.nonce(12)}",
        "ab": ctx.rng.choice(["A", "B", "C", "ctrl"]),
        "edge": ctx.rng.choice(["fra1", "ams2", "cdg3", "lhr1", "mxp1", "sea1", "vie1", "dub2"]),
        "render_ms": ctx.rng.randint(38, 412),
        "ts": int(ctx.now.timestamp()) + ctx.rng.randint(0, 40),
    }
    if extra:
        data.update(extra)
    return f'<script nonce="{data["nonce"]}">window.{var}=' + json.dumps(data) + ";</script>"


def style_nonce(ctx: Ctx) -> str:
    return (
        f'<style nonce="{ctx.nonce(18)}">.js-hydrated .skeleton{{display:none}}'
        f".ab-{ctx.rng.randint(1, 9)} .teaser{{order:{ctx.rng.randint(1, 4)}}}</style>"
    )


def inline_js(seed: str, lines: int) -> str:
    """A fixed lump of minified-looking inline JS (tag manager, consent stub)."""
    rng = random.Random(f"blind8:js:{seed}")
    out = []
    for i in range(lines):
        fn = _hex(rng, 4)
        out.append(
            f"function _{fn}(e,t){{var n=e&&e[{rng.randint(0, 9)}]||{{}};"
            f"return t=t||'{_hex(rng, 8)}',n[t]?n[t]:(n[t]={i}*{rng.randint(2, 97)})}}"
        )
    return "<script>" + ";".join(out) + "</script>"


def ld(obj: dict[str, object]) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


# ---------------------------------------------------------------------------------------------
# Visible text

_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "button",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "br",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.lines.append(text)
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK and not self.skip:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK and not self.skip:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK and not self.skip:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)


def visible_lines(page: str) -> list[str]:
    reader = _Reader()
    reader.feed(page)
    reader.close()
    reader._flush()
    return reader.lines


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


@dataclass(slots=True)
class Rendered:
    """A fetch as written, and what it recorded."""

    html: str
    body: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    furn: list[str] = field(default_factory=list)
    modified: str = ""


def document(
    ctx: Ctx,
    *,
    lang: str,
    title: str,
    canonical: str,
    seed: str,
    classes: Sequence[str],
    body_class: str,
    body: str,
    jsonld: Sequence[dict[str, object]] = (),
    meta: Sequence[tuple[str, str]] = (),
    cdn: str = "https://static.example",
    var: str = "__PAGE__",
    icons: Sequence[str] = ("search", "menu", "close", "share", "mail", "play", "user", "arrow"),
) -> str:
    """The whole page: head with padding CSS, JSON-LD and scripts; body with a sprite, the
    content, an asset manifest and the per-request values."""
    metas = "\n".join(
        f'<meta {"property" if k.startswith("og:") else "name"}="{k}" content="{attr(v)}">'
        for k, v in meta
    )
    lds = "\n".join(ld(obj) for obj in jsonld)
    rng = random.Random(f"blind8:head:{seed}")
    preload = "\n".join(
        f'<link rel="preload" as="{kind}" href="{cdn}/{name}.{_hex(rng, 8)}.{ext}"{cross}>'
        for kind, name, ext, cross in [
            ("style", "main", "css", ""),
            ("font", "serif-text", "woff2", " crossorigin"),
            ("font", "sans-ui", "woff2", " crossorigin"),
            ("script", "runtime", "js", ""),
        ]
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n"
        f'<link rel="canonical" href="{attr(canonical)}">\n{metas}\n{preload}\n'
        f"<style>{css(seed, 240, classes)}</style>\n{style_nonce(ctx)}\n{lds}\n"
        f"{inline_js(seed, 22)}\n</head>\n"
        f'<body class="{body_class}">\n{sprite(seed, icons)}\n{body}\n'
        f"{manifest(seed, cdn, 14)}\n{request_script(ctx, var)}\n"
        f'<script src="{cdn}/app.{digest(seed)}.js" defer></script>\n</body>\n</html>\n'
    )
