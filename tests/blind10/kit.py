"""Shared pieces of the blind10 generator: the per-fetch context, the truth record of a block,
the page shell and padding, JSON-LD, and the visible-text reader used by the self-checks."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html import escape
from html.parser import HTMLParser

FIRST_FETCH = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
FETCHES = 7


@dataclass
class Ins:
    """A piece of furniture: its HTML and the lines the truth lists for it."""

    html: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Block:
    kind: str
    label: str | None
    paras: list[str]
    ts: str | None
    head: str | None = None
    author: str | None = None

    @property
    def text(self) -> str:
        return " ".join(([self.head] if self.head else []) + self.paras)

    def truth(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {
            "first_words": " ".join(self.text.split()[:8]),
            "kind": self.kind,
            "label": self.label,
            "timestamp": self.ts,
        }
        if self.head:
            out["alt_words"] = " ".join(self.paras[0].split()[:6])
        return out


@dataclass
class Ctx:
    slug: str
    lang: str
    i: int
    offset: int  # hours from UTC
    rng: random.Random
    pc: str  # the body's own paragraph class
    entry: object = None  # callable(head, text) -> html in the live entry's markup, or None

    @property
    def utc(self) -> datetime:
        return FIRST_FETCH + timedelta(minutes=10 * self.i)

    @property
    def now(self) -> datetime:
        return (self.utc + timedelta(hours=self.offset)).replace(tzinfo=None)


def ctx(slug: str, lang: str, i: int, offset: int, pc: str, entry: object = None) -> Ctx:
    return Ctx(slug, lang, i, offset, random.Random(f"blind10:{slug}:{i}"), pc, entry)


def stamp(hhmm: str, offset: int, day: int = 6) -> str:
    sign = "-" if offset < 0 else "+"
    return f"2026-12-{day:02d}T{hhmm}:00{sign}{abs(offset):02d}:00"


def e(text: str) -> str:
    return escape(text, quote=False)


# ---------------------------------------------------------------------------------------------
# Placement


def place(items: list[str], inserts: list[Ins], rng: random.Random, lo: int, hi: int) -> list[str]:
    """Put each insert into a gap between items[k-1] and items[k], lo <= k <= hi."""
    slots: dict[int, list[str]] = {}
    for ins in inserts:
        slots.setdefault(rng.randint(lo, hi), []).append(ins.html)
    out: list[str] = []
    for k in range(len(items) + 1):
        out.extend(slots.get(k, []))
        if k < len(items):
            out.append(items[k])
    return out


def pick(rng: random.Random, makers: list, c: Ctx, p: float = 0.6) -> list[Ins]:
    out = []
    for make in makers:
        if rng.random() < p:
            ins = make(c)
            if ins is not None:
                out.append(ins)
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------------------------------------
# Padding (fixed per page) and per-request values


def css_padding(slug: str, n: int = 260) -> str:
    rng = random.Random(f"blind10-css:{slug}")
    props = [
        "margin:0 auto",
        "padding:.75rem 1rem",
        "display:flex",
        "display:grid",
        "grid-template-columns:repeat(12,1fr)",
        "font:400 1.0625rem/1.6 var(--font-body)",
        "color:var(--c-ink)",
        "background:var(--c-paper)",
        "border-bottom:1px solid var(--c-rule)",
        "text-transform:uppercase",
        "letter-spacing:.04em",
        "max-width:var(--w-content)",
        "position:sticky",
        "top:0",
        "z-index:30",
        "gap:1.25rem",
        "align-items:center",
        "overflow:hidden",
        "transition:opacity .2s ease-in",
        "aspect-ratio:16/9",
    ]
    rules = []
    for _ in range(n):
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 7)))
        suffix = "".join(rng.choice("0123456789abcdef") for _ in range(5))
        body = ";".join(rng.sample(props, rng.randint(2, 5)))
        rules.append(f".{name}_{suffix}{{{body}}}")
        if rng.random() < 0.15:
            rules.append(
                f"@media (min-width:{rng.choice([600, 768, 1024, 1280])}px){{.{name}_{suffix}{{{rng.choice(props)}}}}}"
            )
    return "\n".join(rules)


def sprite(slug: str) -> str:
    rng = random.Random(f"blind10-svg:{slug}")
    syms = []
    for name in [
        "search",
        "menu",
        "close",
        "share",
        "mail",
        "play",
        "arrow",
        "user",
        "bell",
        "gift",
    ]:
        pts = " ".join(f"{rng.randint(0, 24)} {rng.randint(0, 24)}" for _ in range(8))
        syms.append(f'<symbol id="i-{name}" viewBox="0 0 24 24"><path d="M{pts}Z"/></symbol>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{"".join(syms)}</svg>'


def request_script(c: Ctx, extra: str = "") -> str:
    rng = random.Random(f"blind10-req:{c.slug}:{c.i}")
    nonce = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in range(22)
    )
    pv = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    edge = rng.choice(["fra2", "ams1", "cdg3", "lhr4", "mxp1", "zrh2", "sea1", "dub2"])
    bucket = rng.choice(["A", "B", "C", "control"])
    ms = rng.randint(38, 240)
    ts = int(c.utc.timestamp()) + rng.randint(0, 9)
    return (
        f'<script nonce="{nonce}">window.__REQ__={{"pv":"{pv}","edge":"{edge}","ab":"{bucket}",'
        f'"renderMs":{ms},"ts":{ts}}};{extra}</script>',
        nonce,
    )


def tag_manager(slug: str) -> str:
    rng = random.Random(f"blind10-gtm:{slug}")
    cid = "GTM-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    chunks = {
        f"chunk-{k}": "".join(rng.choice("0123456789abcdef") for _ in range(10)) for k in range(24)
    }
    return (
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
        "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
        f"j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})"
        f"(window,document,'script','dataLayer','{cid}');</script>\n"
        f'<script type="application/json" id="__manifest">{json.dumps(chunks)}</script>'
    )


def jsonld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def shell(
    c: Ctx,
    *,
    title: str,
    html_lang: str,
    head_extra: str,
    header: str,
    main: str,
    aside: str,
    footer: str,
    ld: dict,
    extra_script: str = "",
) -> str:
    script, nonce = request_script(c, extra_script)
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{head_extra}\n"
        f'<link rel="preload" href="/static/fonts/{c.slug[:6]}-text.woff2" as="font" crossorigin>\n'
        f'<style nonce="{nonce}">{css_padding(c.slug)}</style>\n'
        f"{jsonld(ld)}\n{tag_manager(c.slug)}\n</head>\n<body>\n{sprite(c.slug)}\n"
        f"{header}\n<main>\n{main}\n{aside}\n</main>\n{footer}\n{script}\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------------------------
# Visible text

_BLOCK = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "aside", "nav", "main", "figure", "figcaption", "blockquote", "br", "tr",
    "table", "dd", "dt", "dl", "form", "button", "hr", "body", "html",
}  # fmt: skip
_SKIP = {"script", "style", "svg", "noscript", "template", "head"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        line = " ".join("".join(self.cur).split())
        if line:
            self.lines.append(line)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def visible_lines(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.lines
