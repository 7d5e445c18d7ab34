"""The machinery of the eleventh blind set: fetch context, truth records, placement, page shell,
JSON-LD and a reader for the visible text of a page."""

from __future__ import annotations

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
GENUINE_FETCH = FETCHES - 1


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def at(offset: float, hour: int, minute: int, day: int = 6) -> datetime:
    """A local time on the story day (or ``day`` of December 2026) at ``offset`` hours."""
    return datetime(2026, 12, day, hour, minute, tzinfo=zone(offset))


# ---------------------------------------------------------------------------------------------
# The fetch context


@dataclass
class Ctx:
    """One fetch of one page: its clock, its random source and the furniture lines it printed."""

    slug: str
    fetch: int
    offset: float
    rng: random.Random = field(init=False)
    lines: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(f"blind11:{self.slug}:{self.fetch}")

    @property
    def utc(self) -> datetime:
        return FIRST_FETCH + POLL * self.fetch

    @property
    def now(self) -> datetime:
        return self.utc.astimezone(zone(self.offset))

    @property
    def genuine(self) -> bool:
        return self.fetch == GENUINE_FETCH

    def furn(self, text: str) -> str:
        """Record ``text`` as a furniture line of this fetch and return it escaped."""
        self.lines.append(text)
        return esc(text)

    def kind(self, name: str) -> None:
        self.kinds.add(name)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items: Sequence[str], k: int) -> list[str]:
        return self.rng.sample(list(items), k)


# ---------------------------------------------------------------------------------------------
# Truth records


@dataclass(frozen=True)
class Block:
    """An update note, correction or live entry as the truth sees it."""

    kind: str
    label: str | None
    when: datetime | None
    text: tuple[str, ...]
    headline: str | None = None
    author: str | None = None
    date_only: bool = False

    @property
    def timestamp(self) -> str | None:
        if self.when is None:
            return None
        return self.when.date().isoformat() if self.date_only else self.when.isoformat()

    @property
    def first_words(self) -> str:
        lead = f"{self.headline} {self.text[0]}" if self.headline else self.text[0]
        return " ".join(lead.split()[:8])

    @property
    def alt_words(self) -> str | None:
        return " ".join(self.text[0].split()[:6]) if self.headline else None

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

    def whole(self) -> str:
        """Label, headline and text as one string (for the self-checks)."""
        parts = [self.label or "", self.headline or "", *self.text]
        return " ".join(p for p in parts if p)


def live(
    when: datetime,
    label: str,
    headline: str | None,
    *text: str,
    author: str | None = None,
) -> Block:
    return Block("live_entry", label, when, tuple(text), headline, author)


def note(kind: str, label: str | None, when: datetime | None, *text: str, date_only: bool = False):
    return Block(kind, label, when, tuple(text), date_only=date_only)


@dataclass
class Site:
    """A publisher's page: its story, its blocks and the function that draws one fetch."""

    slug: str
    publisher: str
    lang: str
    kind: str
    offset: float
    body: list[str]
    blocks: list[Block]
    genuine: Block
    render: Callable[[Ctx], tuple[str, str]]
    summary: str = ""

    def blocks_at(self, fetch: int) -> list[Block]:
        return [*self.blocks, self.genuine] if fetch == GENUINE_FETCH else list(self.blocks)


# ---------------------------------------------------------------------------------------------
# Placement


def weave(
    rng: random.Random,
    segments: Sequence[str],
    inserts: Sequence[str],
    gaps: Sequence[int] | None = None,
) -> str:
    """``segments`` with each insert dropped into a random gap (gap i sits before segment i,
    gap len(segments) after the last one)."""
    allowed = list(range(len(segments) + 1)) if gaps is None else list(gaps)
    slots: dict[int, list[str]] = {}
    for insert in inserts:
        if insert:
            slots.setdefault(rng.choice(allowed), []).append(insert)
    out: list[str] = []
    for i in range(len(segments) + 1):
        out.extend(slots.get(i, []))
        if i < len(segments):
            out.append(segments[i])
    return "\n".join(out)


def shuffled(rng: random.Random, items: Sequence[str]) -> list[str]:
    out = [i for i in items if i]
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------------------------------------
# Page shell: padding fixed per page, request values fixed per fetch

_EDGES = ["fra", "ams", "lhr", "cdg", "zrh", "vie", "mxp", "den", "yyz", "iad", "dub", "bru"]
_PROPS = [
    "display:flex",
    "display:grid",
    "align-items:center",
    "justify-content:space-between",
    "position:relative",
    "overflow:hidden",
    "font-weight:700",
    "text-transform:uppercase",
    "letter-spacing:.02em",
    "border-radius:4px",
    "line-height:1.4",
    "white-space:nowrap",
    "gap:{n}px",
    "margin:0 0 {n}px",
    "padding:{n}px {m}px",
    "font-size:{n}px",
    "max-width:{n}0px",
    "border-bottom:1px solid #{c}",
    "color:#{c}",
    "background:#{c}",
    "z-index:{n}",
    "transition:opacity .{n}s ease",
]


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _rule(rng: random.Random, prefix: str) -> str:
    props = []
    for prop in rng.sample(_PROPS, rng.randint(2, 5)):
        props.append(
            prop.format(n=rng.randint(1, 48), m=rng.randint(2, 32), c=_hex(rng, 6)),
        )
    media = rng.random() < 0.15
    rule = f".{prefix}-{_hex(rng, 5)}{{{';'.join(props)}}}"
    return f"@media (min-width:{rng.choice([600, 768, 1024, 1280])}px){{{rule}}}" if media else rule


def padding(slug: str, prefix: str, rules: int = 230) -> dict[str, str]:
    """Hashed CSS, an SVG sprite, a tag-manager snippet and a bundle manifest, fixed per page."""
    rng = random.Random(f"blind11:pad:{slug}")
    css = "\n".join(_rule(rng, prefix) for _ in range(rules))
    symbols = []
    for name in ["search", "menu", "close", "share", "mail", "play", "user", "chevron", "clock"]:
        d = " ".join(
            f"{rng.choice('MLCQ')}{rng.randint(0, 24)} {rng.randint(0, 24)}" for _ in range(14)
        )
        symbols.append(f'<symbol id="i-{name}" viewBox="0 0 24 24"><path d="{d}Z"/></symbol>')
    sprite = (
        f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{"".join(symbols)}</svg>'
    )
    gtm = _hex(rng, 7).upper()
    tag = (
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
        "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),"
        "dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/"
        f"gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-{gtm}');"
    )
    chunks = {f"chunk-{_hex(rng, 4)}": f"/static/js/{_hex(rng, 12)}.js" for _ in range(24)}
    manifest = json.dumps({"build": _hex(rng, 10), "chunks": chunks}, separators=(",", ":"))
    css_file = f"/assets/{prefix}.{_hex(rng, 10)}.css"
    font = f"/fonts/{prefix}-text.{_hex(rng, 8)}.woff2"
    return {
        "css": css,
        "sprite": sprite,
        "tag": tag,
        "manifest": manifest,
        "css_file": css_file,
        "font": font,
    }


def request_values(ctx: Ctx, edge_prefix: str) -> dict[str, str | int]:
    rng = random.Random(f"blind11:req:{ctx.slug}:{ctx.fetch}")
    stamp = ctx.utc + timedelta(seconds=rng.randint(1, 9), milliseconds=rng.randint(0, 999))
    return {
        "nonce": _hex(rng, 24),
        "pv": f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}",
        "ab": rng.choice(["A", "B", "C", "control"]),
        "edge": f"{edge_prefix or rng.choice(_EDGES)}-edge-{rng.randint(1, 40):02d}",
        "render": rng.randint(38, 410),
        "ts": stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z",
    }


def shell(
    ctx: Ctx,
    *,
    lang: str,
    title: str,
    description: str,
    canonical: str,
    prefix: str,
    jsonld: Sequence[dict[str, object]],
    body: str,
    edge: str = "",
    body_class: str = "",
) -> str:
    pad = padding(ctx.slug, prefix)
    req = request_values(ctx, edge)
    ld = "\n".join(
        f'<script type="application/ld+json">{json.dumps(item, ensure_ascii=False)}</script>'
        for item in jsonld
    )
    state = json.dumps(
        {
            "requestId": req["pv"],
            "bucket": req["ab"],
            "edge": req["edge"],
            "renderMs": req["render"],
            "ts": req["ts"],
        },
        separators=(",", ":"),
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{attr(description)}">
<link rel="canonical" href="{canonical}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{canonical}">
<meta property="og:type" content="article">
<link rel="preload" href="{pad["font"]}" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="{pad["css_file"]}">
<style nonce="{req["nonce"]}">
{pad["css"]}
</style>
{ld}
<script nonce="{req["nonce"]}">{pad["tag"]}</script>
<script nonce="{req["nonce"]}">window.__REQUEST__={state};</script>
</head>
<body class="{body_class}">
{pad["sprite"]}
{body}
<script type="application/json" id="__bundle">{pad["manifest"]}</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# JSON-LD


def ld_org(name: str, url: str) -> dict[str, object]:
    return {"@type": "NewsMediaOrganization", "name": name, "url": url}


def ld_article(
    *,
    kind: str,
    headline: str,
    description: str,
    url: str,
    published: datetime,
    modified: datetime,
    authors: Sequence[str],
    publisher: str,
    home: str,
    lang: str,
) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "description": description,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": lang,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": ld_org(publisher, home),
        "isAccessibleForFree": True,
    }


def ld_updates(blocks: Sequence[Block], url: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i, block in enumerate(blocks):
        item: dict[str, object] = {
            "@type": "BlogPosting",
            "url": f"{url}#post-{i + 1}",
            "datePublished": block.when.isoformat() if block.when else None,
            "articleBody": " ".join(block.text),
        }
        if block.headline:
            item["headline"] = block.headline
        if block.author:
            item["author"] = {"@type": "Person", "name": block.author}
        out.append(item)
    return out


# ---------------------------------------------------------------------------------------------
# Visible text

_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
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
}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "title"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buffer: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        line = " ".join("".join(self.buffer).split())
        if line:
            self.lines.append(line)
        self.buffer = []

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
            self.buffer.append(data)


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


def head(words: str, n: int = 5) -> str:
    return norm(" ".join(words.split()[:n]))
