"""Shared machinery for the blind7 generator: the per-fetch context (seeded random source,
truth recorder for furniture lines), HTML helpers, padding and the visible-text reader used by
the self-checks."""

from __future__ import annotations

import html as _html
import json
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser

FIRST_POLL = datetime(2026, 12, 7, 22, 0, tzinfo=UTC)  # fetch n is at FIRST_POLL + 10 min * n
STORY_DAY = "2026-12-07"


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def attr(text: str) -> str:
    return _html.escape(text, quote=True)


# ---------------------------------------------------------------------------------------------
# Per-fetch context


@dataclass
class Ctx:
    """One fetch of one page: the seeded random source and what the furniture printed."""

    slug: str
    lang: str
    fetch: int
    offset_min: int  # the page's UTC offset in minutes
    rng: random.Random = field(init=False)
    furniture: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(f"blind7:{self.slug}:{self.fetch}")

    # furniture line: recorded as printed, returned escaped
    def f(self, text: str) -> str:
        text = " ".join(text.split())
        if text not in self.furniture:
            self.furniture.append(text)
        return esc(text)

    def kind(self, name: str) -> None:
        self.kinds.add(name)

    @property
    def utc(self) -> datetime:
        return FIRST_POLL + timedelta(minutes=10 * self.fetch)

    @property
    def local(self) -> datetime:
        return self.utc.astimezone(timezone(timedelta(minutes=self.offset_min)))

    def pick(self, seq, n: int | None = None):
        if n is None:
            return self.rng.choice(list(seq))
        return self.rng.sample(list(seq), n)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def token(self, n: int = 16) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))


def thousands(n: int, lang: str) -> str:
    s = f"{n:,}"
    if lang in ("de", "it"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    return s


def dec(x: float, digits: int, lang: str) -> str:
    s = f"{x:,.{digits}f}"
    if lang == "en":
        return s
    s = s.replace(",", "X").replace(".", ",")
    return s.replace("X", "\u202f" if lang == "fr" else ".")


# ---------------------------------------------------------------------------------------------
# Placement of inline furniture


def scatter(c: Ctx, gaps: int, menu: list, lo: int, hi: int) -> dict[int, list[str]]:
    """Draw lo..hi widgets from ``menu`` (callables taking the context) and drop each into a
    random gap 0..gaps-1. Returns gap -> html list. The choice, the order and the gaps change
    from fetch to fetch."""
    hi = min(hi, len(menu))
    lo = min(lo, hi)
    chosen = c.rng.sample(menu, c.rng.randint(lo, hi))
    out: dict[int, list[str]] = {}
    for widget in chosen:
        gap = c.rng.randrange(gaps)
        out.setdefault(gap, []).append(widget(c))
    return out


# ---------------------------------------------------------------------------------------------
# Padding: hashed CSS, an icon sprite and a bundle manifest, fixed per page


def padding_css(slug: str, prefix: str, rules: int = 210) -> str:
    r = random.Random(f"blind7:{slug}:css")
    props = [
        ("display", ["block", "flex", "grid", "inline-flex", "none", "inline-block"]),
        ("margin", ["0", "0 auto", "8px 0", "1rem 0 .5rem", "0 0 24px", "-1px"]),
        ("padding", ["0", "4px 8px", ".75rem 1rem", "12px", "0 16px", "2px 6px 3px"]),
        ("color", ["#121212", "#fff", "#5a5a5a", "#c70000", "#005689", "#333", "#767676"]),
        ("background", ["#fff", "#f6f6f6", "transparent", "#000", "#eef2f7", "#fff8e1"]),
        ("font-size", ["12px", "14px", ".875rem", "1.0625rem", "20px", "clamp(1rem,2vw,1.5rem)"]),
        ("line-height", ["1.2", "1.35", "1.5", "24px", "normal"]),
        ("border", ["0", "1px solid #dcdcdc", "1px solid rgba(0,0,0,.12)", "2px solid #c70000"]),
        ("gap", ["4px", "8px", "12px", "1rem", "24px"]),
        ("font-weight", ["400", "500", "700", "bold"]),
        (
            "grid-template-columns",
            ["repeat(12,1fr)", "1fr 300px", "repeat(auto-fill,minmax(160px,1fr))"],
        ),
        ("transition", ["opacity .2s ease", "transform .3s cubic-bezier(.2,.8,.2,1)", "none"]),
    ]
    out = []
    for _ in range(rules):
        name = f".{prefix}" + "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)
        )
        if r.random() < 0.3:
            name += r.choice(
                [":hover", "::before", ">a", " svg", ":focus-visible", "[aria-expanded=true]"]
            )
        decl = ";".join(f"{p}:{r.choice(v)}" for p, v in r.sample(props, r.randint(2, 6)))
        out.append(f"{name}{{{decl}}}")
    for bp in (600, 980, 1300):
        inner = "".join(
            f".{prefix}{''.join(r.choice('abcdefghijklmnop') for _ in range(5))}{{width:{r.randint(20, 100)}%;order:{r.randint(0, 9)}}}"
            for _ in range(12)
        )
        out.append(f"@media (min-width:{bp}px){{{inner}}}")
    return "\n".join(out)


def sprite(slug: str, names: list[str]) -> str:
    r = random.Random(f"blind7:{slug}:svg")
    syms = []
    for n in names:
        d = (
            "M"
            + " ".join(f"{r.randint(0, 24)} {r.randint(0, 24)}" for _ in range(r.randint(6, 14)))
            + "z"
        )
        syms.append(f'<symbol id="i-{n}" viewBox="0 0 24 24"><path d="{d}"/></symbol>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">{"".join(syms)}</svg>'


def manifest(slug: str, app: str, chunks: int = 40) -> str:
    r = random.Random(f"blind7:{slug}:js")
    files = {
        f"{app}/{r.choice(['vendor', 'article', 'live', 'consent', 'ads', 'player', 'comments'])}-{i}": "".join(
            r.choice("0123456789abcdef") for _ in range(20)
        )
        + ".js"
        for i in range(chunks)
    }
    flags = {
        f"ff_{r.choice(['nav', 'ad', 'rec', 'paywall', 'share', 'audio'])}_{i}": r.random() < 0.5
        for i in range(30)
    }
    return json.dumps({"chunks": files, "flags": flags}, separators=(",", ":"))


def request_script(c: Ctx, app: str) -> str:
    """Per-request churn: nonce, A/B bucket, page-view id, render time."""
    nonce = c.token(22)
    data = {
        "pv": c.token(32),
        "bucket": c.pick("ABCD"),
        "ts": int(c.utc.timestamp() * 1000) + c.num(0, 900),
        "edge": c.pick(["dub2", "lhr61", "fra56", "zrh50", "cdg52", "mxp64", "ord52", "msp50"]),
        "render_ms": c.num(38, 412),
    }
    return (
        f'<script nonce="{nonce}">window.{app}=window.{app}||{{}};window.{app}.req={json.dumps(data)};</script>\n'
        f'<style nonce="{nonce}">.ab-{data["bucket"].lower()}{{--ab:{c.num(1, 9)}}}</style>'
    )


def ld(obj: dict) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
        + "</script>"
    )


# ---------------------------------------------------------------------------------------------
# Visible text and normalisation (the scorer's)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def head(words: str, n: int = 5) -> str:
    return norm(" ".join(words.split()[:n]))


def words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe"}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "figcaption",
    "blockquote",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "main",
    "form",
    "button",
    "dl",
    "dt",
    "dd",
}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible_text(page: str) -> str:
    p = _Text()
    p.feed(page)
    p.close()
    return "".join(p.out)


def visible_lines(page: str) -> list[str]:
    return [" ".join(x.split()) for x in visible_text(page).split("\n") if x.strip()]


# ---------------------------------------------------------------------------------------------
# Truth records


@dataclass
class Block:
    """A truth block: an update/correction note or a live entry."""

    label: str
    paras: list[str]  # the text after the label, one string per paragraph
    kind: str
    ts: str | None
    headline: str | None = None

    @property
    def body(self) -> str:
        return " ".join(self.paras)

    @property
    def text(self) -> str:
        return f"{self.headline} {self.body}" if self.headline else self.body

    def truth(self) -> dict:
        out = {
            "first_words": words(self.text, 8),
            "kind": self.kind,
            "label": self.label,
            "timestamp": self.ts,
        }
        if self.headline:
            out["alt_words"] = words(self.body, 6)
        return out


@dataclass
class Built:
    html: str
    body: list[str]
    blocks: list[Block]
    ctx: Ctx


def document(
    *,
    lang: str,
    title: str,
    head_extra: str,
    body: str,
    c: Ctx,
    slug: str,
    prefix: str,
    app: str,
    html_attrs: str = "",
    body_attrs: str = "",
) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" {html_attrs}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title)}</title>\n'
        f"{head_extra}\n<style>{padding_css(slug, prefix)}</style>\n"
        f'<script id="__manifest" type="application/json">{manifest(slug, app)}</script>\n'
        f"{request_script(c, app)}\n</head>\n<body {body_attrs}>\n{sprite(slug, ['play', 'share', 'menu', 'search', 'close', 'arrow', 'user', 'bell'])}\n"
        f"{body}\n</body>\n</html>\n"
    )


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def local_dt(h: int, m: int, offset_min: int, day: int = 7) -> datetime:
    return datetime(2026, 12, day, h, m, tzinfo=timezone(timedelta(minutes=offset_min)))


def weave(items: list[str], placed: dict[int, list[str]], shift: int = 1) -> str:
    """Join ``items`` with the widgets of ``placed``; gap g lands before item g + shift
    (g + shift == len(items) puts it after the last item)."""
    out: list[str] = []
    moved = {g + shift: w for g, w in placed.items()}
    for i, item in enumerate(items):
        out.extend(moved.get(i, []))
        out.append(item)
    out.extend(moved.get(len(items), []))
    return "\n".join(out)
