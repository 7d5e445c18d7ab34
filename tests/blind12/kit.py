"""Shared machinery of the twelfth blind set.

The per-fetch context ``Ctx`` (clock, random source, the furniture lines and kinds drawn into a
fetch), the truth record ``Block``, the publisher record ``Site``, placement of inserts into the
gaps of a sequence, the fixed padding, the page shell, JSON-LD and a small visible-text reader.
Nothing here knows about a particular publisher.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser

SET = "blind12"
FIRST_FETCH = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
POLL = timedelta(minutes=10)
FETCHES = 7


def esc(text: str) -> str:
    """Text for an element's content."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """Text for an attribute value."""
    return html.escape(text, quote=True)


def stamp(offset_hours: float, hour: int, minute: int, day: int = 6) -> str:
    """An ISO timestamp on December ``day`` 2026 in the zone ``offset_hours`` from UTC."""
    zone = timezone(timedelta(hours=offset_hours))
    return datetime(2026, 12, day, hour, minute, tzinfo=zone).isoformat()


# ---------------------------------------------------------------------------------------------
# Truth records


@dataclass(frozen=True)
class Block:
    """One update note or live entry, as the truth records it and the page prints it."""

    kind: str
    label: str | None
    timestamp: str | None
    paras: tuple[str, ...]
    headline: str | None = None
    zone: str = "main"
    author: str | None = None

    def first_words(self) -> str:
        words = f"{self.headline} {self.paras[0]}" if self.headline else self.paras[0]
        return " ".join(words.split()[:8])

    def alt_words(self) -> str | None:
        if not self.headline:
            return None
        return " ".join(self.paras[0].split()[:6])

    def truth(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {
            "first_words": self.first_words(),
            "kind": self.kind,
            "label": self.label,
            "timestamp": self.timestamp,
        }
        alt = self.alt_words()
        if alt:
            out["alt_words"] = alt
        return out

    def texts(self) -> list[str]:
        """Everything the block prints: label, headline and paragraphs."""
        return [t for t in (self.label, self.headline, *self.paras) if t]

    def moment(self) -> datetime | None:
        if self.timestamp is None or len(self.timestamp) == 10:
            return None
        return datetime.fromisoformat(self.timestamp)


@dataclass
class Site:
    """A publisher's page: its truth and the function that renders one fetch of it."""

    slug: str
    publisher: str
    lang: str
    kind: str  # "updates" or "live"
    offset: float  # hours from UTC
    body: list[str]
    blocks: list[Block]
    genuine: Block
    genuine_at: int  # index in ``blocks`` (page order) where the genuine block goes
    render: Callable[[Ctx], str]
    summary: str = ""  # the "blocks on fetch 0" column of the README
    genuine_note: str = ""  # the "genuine block on fetch 6" column

    def shown(self, fetch: int) -> list[Block]:
        """The blocks on fetch ``fetch``, in page order."""
        blocks = list(self.blocks)
        if fetch == FETCHES - 1:
            blocks.insert(self.genuine_at, self.genuine)
        return blocks

    def zone(self, fetch: int, name: str) -> list[Block]:
        return [b for b in self.shown(fetch) if b.zone == name]


# ---------------------------------------------------------------------------------------------
# The per-fetch context


@dataclass
class Ctx:
    site: Site
    fetch: int
    rng: random.Random
    lines: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)

    @classmethod
    def make(cls, site: Site, fetch: int) -> Ctx:
        return cls(site, fetch, random.Random(f"{SET}:{site.slug}:{fetch}"))

    @property
    def utc(self) -> datetime:
        return FIRST_FETCH + POLL * self.fetch

    @property
    def now(self) -> datetime:
        """The fetch time on the publisher's wall clock."""
        return self.utc.astimezone(timezone(timedelta(hours=self.site.offset)))

    @property
    def final(self) -> bool:
        return self.fetch == FETCHES - 1

    def ago(self, low: int, high: int) -> datetime:
        """A wall-clock moment ``low`` to ``high`` minutes before the fetch."""
        return self.now - timedelta(minutes=self.rng.randint(low, high))

    def furn(self, kind: str, *lines: str) -> None:
        """Record a furniture kind and the lines it printed (only lines that go in the truth)."""
        self.kinds.add(kind)
        for line in lines:
            if line not in self.lines:
                self.lines.append(line)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def some(self, pool: Sequence[str], low: int, high: int | None = None) -> list[str]:
        """A random subset of ``pool`` in pool order, ``low`` to ``high`` long."""
        k = self.rng.randint(low, high if high is not None else low)
        picked = set(self.rng.sample(range(len(pool)), min(k, len(pool))))
        return [item for i, item in enumerate(pool) if i in picked]

    def shuffled(self, pool: Sequence[str], k: int) -> list[str]:
        return self.rng.sample(list(pool), min(k, len(pool)))

    def one(self, pool: Sequence[str]) -> str:
        return self.rng.choice(list(pool))


# ---------------------------------------------------------------------------------------------
# Placement


def place(
    ctx: Ctx, chunks: Sequence[str], inserts: Sequence[str], gaps: Sequence[int] | None = None
) -> str:
    """``chunks`` joined, with each insert dropped into a random allowed gap.

    Gap ``i`` is the place before ``chunks[i]``; gap ``len(chunks)`` is after the last one.
    """
    allowed = list(gaps) if gaps is not None else list(range(len(chunks) + 1))
    slots: dict[int, list[str]] = {}
    for insert in inserts:
        if insert:
            slots.setdefault(ctx.rng.choice(allowed), []).append(insert)
    out: list[str] = []
    for i, chunk in enumerate(chunks):
        out.extend(slots.get(i, []))
        out.append(chunk)
    out.extend(slots.get(len(chunks), []))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Padding and the page shell


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _ident(rng: random.Random, n: int) -> str:
    return rng.choice(string.ascii_lowercase) + "".join(
        rng.choice(string.ascii_lowercase + string.digits) for _ in range(n - 1)
    )


@dataclass(frozen=True)
class Padding:
    css: str
    sprite: str
    tags: str
    manifest: str
    stylesheet: str
    font: str


def padding(slug: str, size: int = 190) -> Padding:
    """Hashed CSS, an SVG sprite, tag-manager JS and a bundle manifest, fixed per page."""
    rng = random.Random(f"{SET}:{slug}:padding")
    props = [
        "margin:0 auto",
        "padding:.5rem 1rem",
        "display:flex",
        "gap:.75rem",
        "font-size:1.0625rem",
        "line-height:1.55",
        "color:#1a1a1a",
        "border-top:1px solid #d9d9d9",
        "grid-template-columns:repeat(12,1fr)",
        "letter-spacing:.01em",
        "max-width:42rem",
        "text-transform:uppercase",
        "font-weight:700",
        "background:#f4f2ee",
        "position:relative",
        "overflow:hidden",
    ]
    rules = []
    for _ in range(size):
        sel = f".{_ident(rng, 2)}-{_hex(rng, 5)}"
        if rng.random() < 0.3:
            sel += f">{rng.choice(['p', 'a', 'span', 'li', 'h2', 'svg'])}"
        rules.append(sel + "{" + ";".join(rng.sample(props, rng.randint(2, 5))) + "}")
    css = "".join(rules)
    symbols = []
    for name in ("close", "menu", "search", "share", "mail", "play", "clock", "user", "arrow"):
        pts = " ".join(
            f"{rng.randint(0, 24)} {rng.randint(0, 24)}" for _ in range(rng.randint(8, 16))
        )
        symbols.append(f'<symbol id="i-{name}" viewBox="0 0 24 24"><path d="M{pts}z"/></symbol>')
    sprite = (
        '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">'
        + "".join(symbols)
        + "</svg>"
    )
    gtm = f"GTM-{_ident(rng, 7).upper()}"
    tags = (
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
        "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),"
        "dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/"
        f"gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script',"
        f"'dataLayer','{gtm}');"
        + "".join(
            f"window.__cfg_{_ident(rng, 4)}={{k:'{_hex(rng, 16)}',v:{rng.randint(1, 99)}}};"
            for _ in range(12)
        )
    )
    chunks = {f"chunk-{_ident(rng, 6)}": f"/assets/{_hex(rng, 12)}.js" for _ in range(28)}
    manifest = json.dumps({"build": _hex(rng, 10), "chunks": chunks}, separators=(",", ":"))
    return Padding(
        css=css,
        sprite=sprite,
        tags=tags,
        manifest=manifest,
        stylesheet=f"/static/css/main.{_hex(rng, 8)}.css",
        font=f"/static/fonts/{_ident(rng, 6)}.{_hex(rng, 6)}.woff2",
    )


def jsonld(obj: object) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=None, separators=(",", ":"))
    return '<script type="application/ld+json">' + text.replace("</", "<\\/") + "</script>"


def request_script(ctx: Ctx) -> tuple[str, str]:
    """A nonce and an inline script with per-request values; both change on every fetch."""
    rng = random.Random(f"{SET}:{ctx.site.slug}:{ctx.fetch}:request")
    nonce = hashlib.sha256(_hex(rng, 32).encode()).hexdigest()[:24]
    values = {
        "requestId": f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}",
        "bucket": rng.choice(["A", "B", "C", "control"]),
        "edge": rng.choice(["fra53", "ams12", "lhr61", "ord17", "yul4", "zrh2", "mxp3", "jnb1"]),
        "renderMs": rng.randint(38, 410),
        "ts": int(ctx.utc.timestamp() * 1000) + rng.randint(0, 900),
    }
    script = f"window.__REQUEST__={json.dumps(values, separators=(',', ':'))};"
    return nonce, script


def shell(
    ctx: Ctx,
    *,
    lang: str,
    title: str,
    canonical: str,
    body_class: str,
    ld: Sequence[object],
    body: str,
    extra_head: str = "",
) -> str:
    """The whole document around ``body``."""
    pad = padding(ctx.site.slug)
    nonce, script = request_script(ctx)
    scripts = "\n".join(jsonld(obj) for obj in ld)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="canonical" href="{attr(canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{attr(canonical)}">
<link rel="preload" href="{pad.font}" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="{pad.stylesheet}">
{extra_head}
<style nonce="{nonce}">{pad.css}</style>
{scripts}
<script nonce="{nonce}">{script}</script>
<script nonce="{nonce}">{pad.tags}</script>
</head>
<body class="{body_class}">
{pad.sprite}
{body}
<script id="__manifest" type="application/json">{pad.manifest}</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Visible text

_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
_BLOCK = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "main",
    "figure",
    "figcaption",
    "blockquote",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "br",
    "hr",
    "form",
    "body",
    "html",
}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._parts: list[str] = []
        self._skip = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            self.lines.append(text)
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK and not self._skip:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK and not self._skip:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def visible_lines(page: str) -> list[str]:
    """The page's visible text, one entry per block-level line, whitespace collapsed."""
    reader = _Reader()
    reader.feed(page)
    reader.close()
    return reader.lines
