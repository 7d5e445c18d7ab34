"""Shared machinery for the blind31 generator: fetch context, truth records, placement, the page
shell with its per-request noise, JSON-LD and a small visible-text reader used by the
self-checks."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from html import escape
from html.parser import HTMLParser

FIRST_FETCH = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
POLL = timedelta(minutes=10)
FETCHES = 7


def e(text: str) -> str:
    return escape(text, quote=False)


def a(text: str) -> str:
    return escape(text, quote=True)


@dataclass
class W:
    """A furniture widget as drawn on one fetch: its markup, the lines it prints that are clearly
    not the story (for the truth file), its kind (for the stats) and the lines it prints on their
    own that the truth leaves out (a clock, a heading in the note markup), which the self-checks
    need to tell furniture from story."""

    html: str
    lines: list[str]
    kind: str
    marks: list[str] = field(default_factory=list)


@dataclass
class Ctx:
    slug: str
    n: int
    tz: timezone
    rng: random.Random
    used: list[W] = field(default_factory=list)

    @property
    def utc(self) -> datetime:
        return FIRST_FETCH + POLL * self.n

    @property
    def local(self) -> datetime:
        return self.utc.astimezone(self.tz)

    def ago(self, lo: int, hi: int) -> datetime:
        """A widget stamp a few minutes before this fetch."""
        return self.local - timedelta(minutes=self.rng.randint(lo, hi))

    def put(self, w: W) -> str:
        self.used.append(w)
        return w.html

    def chance(self, p: float) -> bool:
        """True with probability p; fetch 0 (the page that is also scored on its own) draws
        every insert, so the page carries all of its furniture."""
        return self.rng.random() < (1.0 if self.n == 0 else p)

    def maybe(self, w: W, p: float) -> str:
        return self.put(w) if self.chance(p) else ""


@dataclass
class Block:
    kind: str
    label: str | None
    ts: datetime | None
    head: str | None
    paras: list[str]
    html: str = ""

    @property
    def text(self) -> str:
        return " ".join(([self.head] if self.head else []) + self.paras)

    def truth(self) -> dict[str, str | None]:
        words = self.text.split()
        out: dict[str, str | None] = {
            "first_words": " ".join(words[:8]),
            "kind": self.kind,
            "label": self.label,
            "timestamp": self.ts.isoformat() if self.ts else None,
        }
        if self.head:
            out["alt_words"] = " ".join(" ".join(self.paras).split()[:6])
        return out

    def pieces(self) -> list[str]:
        return [p for p in [self.label, self.head, *self.paras] if p]


@dataclass
class Render:
    html: str
    body: list[str]
    blocks: list[Block]
    genuine: Block
    modified: datetime


@dataclass
class Site:
    slug: str
    publisher: str
    lang: str
    kind: str
    offset: int
    build: Callable[[Ctx], Render]
    summary: str = ""

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(hours=self.offset))


def at(site_offset: int, day: int, hh: int, mm: int) -> datetime:
    return datetime(2026, 12, day, hh, mm, tzinfo=timezone(timedelta(hours=site_offset)))


# ---------------------------------------------------------------------------------------------
# Placement


def weave(ctx: Ctx, units: list[str], inserts: list[tuple[W, list[int], float]]) -> str:
    """``units`` joined, with each insert dropped into one of its allowed gaps (gap i is before
    unit i; gap len(units) is after the last) with probability p (see ``Ctx.chance``), chosen
    afresh per fetch."""
    gaps: dict[int, list[str]] = {}
    for w, allowed, p in inserts:
        if ctx.chance(p):
            gaps.setdefault(ctx.rng.choice(allowed), []).append(ctx.put(w))
    out: list[str] = []
    for i, unit in enumerate(units):
        out.extend(gaps.get(i, []))
        out.append(unit)
    out.extend(gaps.get(len(units), []))
    return "\n".join(out)


def pick(ctx: Ctx, pool: list, k: int) -> list:
    return ctx.rng.sample(pool, k)


def ul(cls: str, title: str, lines: list[str], *, tag: str = "aside", title_tag: str = "h3") -> str:
    items = "".join(f'<li class="{cls}__item">{e(line)}</li>' for line in lines)
    head = f'<{title_tag} class="{cls}__title">{e(title)}</{title_tag}>' if title else ""
    return f'<{tag} class="{cls}">{head}<ul class="{cls}__list">{items}</ul></{tag}>'


def ps(cls: str, title: str, lines: list[str], *, tag: str = "aside", title_tag: str = "h3") -> str:
    items = "".join(f'<p class="{cls}__text">{e(line)}</p>' for line in lines)
    head = f'<{title_tag} class="{cls}__title">{e(title)}</{title_tag}>' if title else ""
    return f'<{tag} class="{cls}">{head}{items}</{tag}>'


def ad_slot(cls: str, label: str, slot: str) -> str:
    return (
        f'<div class="{cls}" data-slot="{a(slot)}" data-refresh="30"><span class="{cls}__label">'
        f'{e(label)}</span><div id="{a(slot)}" class="{cls}__frame" style="min-height:250px">'
        "</div></div>"
    )


# ---------------------------------------------------------------------------------------------
# Page shell


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def padding(slug: str, prefix: str) -> tuple[str, str]:
    """Fixed per page: hashed CSS, a font preload, a bundle manifest (head) and an SVG sprite
    (body)."""
    rng = random.Random(f"blind31:pad:{slug}")
    links = "\n".join(
        f'<link rel="stylesheet" href="/static/{prefix}/{name}.{_hex(rng, 10)}.css">'
        for name in ("base", "article", "widgets", "ads")
    )
    font = f'<link rel="preload" as="font" type="font/woff2" crossorigin href="/fonts/{prefix}-text.{_hex(rng, 8)}.woff2">'
    manifest = {
        f"{name}.js": f"/static/{prefix}/js/{name}.{_hex(rng, 12)}.js"
        for name in ("runtime", "vendor", "article", "player", "consent", "paywall", "widgets")
    }
    head = (
        f"{links}\n{font}\n"
        f'<script type="application/json" id="__manifest">{json.dumps(manifest)}</script>\n'
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
        "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
        f"j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})"
        f"(window,document,'script','dataLayer','GTM-{_hex(rng, 7).upper()}');</script>"
    )
    symbols = "".join(
        f'<symbol id="i-{name}" viewBox="0 0 24 24"><path d="M{rng.randint(1, 9)} '
        f"{rng.randint(1, 9)}h{rng.randint(4, 14)}v{rng.randint(4, 14)}H{rng.randint(1, 9)}z m"
        f'{rng.randint(1, 5)} {rng.randint(1, 5)}l{rng.randint(2, 8)} {rng.randint(2, 8)}"/></symbol>'
        for name in (
            "share",
            "mail",
            "print",
            "bookmark",
            "play",
            "pause",
            "close",
            "search",
            "user",
            "menu",
            "arrow",
            "clock",
        )
    )
    sprite = f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{symbols}</svg>'
    return head, sprite


_PROPS = [
    "margin:0 auto",
    "padding:0 16px",
    "font-size:1.0625rem",
    "line-height:1.6",
    "color:#1a1a1a",
    "display:flex",
    "gap:12px",
    "border-bottom:1px solid #e3e3e3",
    "max-width:680px",
    "font-weight:700",
    "letter-spacing:.02em",
    "text-transform:uppercase",
    "background:#f6f6f4",
    "grid-template-columns:1fr 300px",
    "position:sticky",
    "top:0",
    "z-index:20",
    "overflow:hidden",
    "white-space:nowrap",
    "text-overflow:ellipsis",
]
_PARTS = [
    "header",
    "nav",
    "body",
    "title",
    "meta",
    "figure",
    "caption",
    "teaser",
    "footer",
    "share",
    "byline",
    "tag",
    "list",
    "item",
    "link",
    "button",
    "kicker",
    "intro",
    "time",
    "note",
]


def critical_css(slug: str, prefix: str, rules: int = 110) -> str:
    """Fixed per page: an inline critical stylesheet as CMS themes print it."""
    rng = random.Random(f"blind31:css:{slug}")
    out = []
    for _ in range(rules):
        sel = f".{prefix}-{rng.choice(_PARTS)}__{rng.choice(_PARTS)}"
        if rng.random() < 0.3:
            sel += f" .{prefix}-{rng.choice(_PARTS)}"
        props = ";".join(rng.sample(_PROPS, rng.randint(2, 5)))
        out.append(f"{sel}{{{props}}}")
    media = "".join(out[:12])
    return "".join(out) + f"@media (max-width:767px){{{media}}}"


def mega_nav(prefix: str, brand: str, home: str, sections: list[str], extra: list[str]) -> str:
    """A site header with a mega menu: sections, each with a few sub-links (fixed per page)."""
    rng = random.Random(f"blind31:nav:{prefix}")
    cols = []
    for sec in sections:
        subs = rng.sample(extra, min(5, len(extra)))
        links = "".join(
            f'<li class="{prefix}-menu__item"><a class="{prefix}-menu__link" href="/{_slugify(sec)}/{_slugify(x)}/">{e(x)}</a></li>'
            for x in subs
        )
        cols.append(
            f'<li class="{prefix}-menu__section"><a class="{prefix}-menu__head" href="/{_slugify(sec)}/">{e(sec)}</a>'
            f'<ul class="{prefix}-menu__sub">{links}</ul></li>'
        )
    return (
        f'<header class="{prefix}-header"><a class="{prefix}-header__logo" href="{a(home)}" aria-label="{a(brand)}">'
        f'<svg class="{prefix}-logo"><use href="#i-menu"/></svg><span class="{prefix}-sr">{e(brand)}</span></a>'
        f'<button class="{prefix}-header__burger" aria-expanded="false" aria-controls="{prefix}-menu">'
        f'<svg><use href="#i-menu"/></svg></button><button class="{prefix}-header__search"><svg><use href="#i-search"/></svg></button>'
        f'<nav id="{prefix}-menu" class="{prefix}-menu" aria-label="Navigation"><ul class="{prefix}-menu__list">{"".join(cols)}</ul></nav></header>'
    )


def big_footer(prefix: str, groups: dict[str, list[str]], legal: str) -> str:
    cols = "".join(
        f'<div class="{prefix}-footer__col"><p class="{prefix}-footer__head">{e(title)}</p><ul>'
        + "".join(f'<li><a href="/{_slugify(x)}/">{e(x)}</a></li>' for x in links)
        + "</ul></div>"
        for title, links in groups.items()
    )
    return f'<footer class="{prefix}-footer"><div class="{prefix}-footer__cols">{cols}</div><p class="{prefix}-footer__legal">{e(legal)}</p></footer>'


def _slugify(text: str) -> str:
    keep = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(x for x in keep.split("-") if x)


def shell(
    ctx: Ctx,
    *,
    lang: str,
    title: str,
    canonical: str,
    prefix: str,
    body_cls: str,
    jsonld: list[dict],
    nav: str,
    main: str,
    footer: str,
    extra_head: str = "",
    cms: str = "custom",
) -> str:
    req = random.Random(f"blind31:req:{ctx.slug}:{ctx.n}")
    nonce = _hex(req, 22)
    pad_head, sprite = padding(ctx.slug, prefix)
    state = {
        "requestId": f"{_hex(req, 8)}-{_hex(req, 4)}-{_hex(req, 4)}-{_hex(req, 12)}",
        "bucket": req.choice(["A", "B", "C", "control"]),
        "edge": req.choice(
            ["fra53-c1", "ams16-c2", "cdg50-p3", "mxp63-c1", "sjc10-c4", "iad89-c2"]
        ),
        "renderMs": req.randint(41, 380),
        "ts": ctx.utc.isoformat().replace("+00:00", "Z"),
    }
    cms_head, cms_body = _cms_noise(ctx, cms, prefix, req)
    csrf = _hex(req, 32)
    trailer = (
        f"<!-- generated in {req.randint(18, 240)} ms by web-{req.randint(1, 12):02d} at "
        f"{ctx.utc.strftime('%Y-%m-%dT%H:%M:%S')}.{req.randint(0, 999):03d}Z; "
        f"cache {req.choice(['MISS', 'EXPIRED', 'STALE', 'BYPASS'])} -->"
    )
    ld = "\n".join(
        f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'
        for obj in jsonld
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{csrf}">
<title>{e(title)}</title>
<link rel="canonical" href="{a(canonical)}">
<meta property="og:title" content="{a(title)}">
<meta property="og:url" content="{a(canonical)}">
<meta property="og:type" content="article">
{pad_head}
{extra_head}
{cms_head}
<style>{critical_css(ctx.slug, prefix)}</style>
<style nonce="{nonce}">.{prefix}-hidden{{display:none}}.{prefix}-sr{{position:absolute;left:-9999px}}</style>
{ld}
</head>
<body class="{body_cls}">
{sprite}
<script nonce="{nonce}">window.__REQ__={json.dumps(state)};</script>
{nav}
{main}
{footer}
{cms_body}
<script nonce="{nonce}" src="/static/{prefix}/js/runtime.js" defer></script>
</body>
</html>
{trailer}
"""


def _cms_noise(ctx: Ctx, cms: str, prefix: str, req: random.Random) -> tuple[str, str]:
    """What each CMS family prints per request besides the shared state: a REST nonce and ad
    variables (WordPress), the Fusion globals (Arc), a preloaded session (custom)."""
    ms = int(ctx.utc.timestamp() * 1000) + req.randint(20, 900)
    if cms == "wp":
        head = (
            '<meta name="generator" content="WordPress 6.7.1">\n'
            '<link rel="https://api.w.org/" href="/wp-json/">\n'
            f"<link rel='shortlink' href='/?p={len(ctx.slug) * 4099}'>"
        )
        body = (
            f'<script id="wp-api-fetch-js-after">wp.apiFetch.use(wp.apiFetch.createNonceMiddleware("{_hex(req, 10)}"));'
            f'wp.apiFetch.nonceEndpoint="/wp-admin/admin-ajax.php?action=rest-nonce";</script>\n'
            f"<script>var {prefix}_ad_vars={json.dumps({'pv': _hex(req, 16), 'seg': req.randint(1, 40), 'ts': ms})};</script>"
        )
        return head, body
    if cms == "arc":
        fusion = (
            f'window.Fusion=window.Fusion||{{}};Fusion.arcSite="{prefix}";Fusion.contextPath="/pf";'
            f'Fusion.mxId="{_hex(req, 8)}";Fusion.deployment="{req.randint(800, 980)}";'
            f'Fusion.outputType="default";Fusion.lastModified={ms};Fusion.requestId="{_hex(req, 24)}";'
            f"Fusion.spa=false;"
        )
        return "", f'<script id="fusion-metadata" type="application/javascript">{fusion}</script>'
    session = {"sid": _hex(req, 20), "ab": req.choice(["x", "y"]), "t": ms}
    return "", f"<script>window.__PRELOADED_STATE__={json.dumps(session)};</script>"


def org(name: str, url: str) -> dict:
    return {"@type": "NewsMediaOrganization", "name": name, "url": url}


def news_article(
    *,
    headline: str,
    url: str,
    published: datetime,
    modified: datetime,
    author: str,
    publisher: dict,
    lang: str,
    section: str,
) -> dict:
    return {
        "@type": "NewsArticle",
        "@id": url + "#article",
        "headline": headline,
        "url": url,
        "inLanguage": lang,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "author": [{"@type": "Person", "name": author}],
        "publisher": publisher,
        "articleSection": section,
        "isAccessibleForFree": True,
    }


def live_posting(
    *,
    headline: str,
    url: str,
    published: datetime,
    modified: datetime,
    start: datetime,
    publisher: dict,
    entries: list[Block],
    lang: str,
) -> dict:
    updates = [
        {
            "@type": "BlogPosting",
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "datePublished": b.ts.isoformat() if b.ts else None,
            "articleBody": " ".join(b.paras),
        }
        for b in entries
    ]
    return {
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "headline": headline,
        "url": url,
        "inLanguage": lang,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": start.isoformat(),
        "publisher": publisher,
        "liveBlogUpdate": updates,
    }


# ---------------------------------------------------------------------------------------------
# Visible text

_SKIP = {"script", "style", "noscript", "template", "svg", "title", "head"}
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
    "figure",
    "figcaption",
    "header",
    "footer",
    "nav",
    "main",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "blockquote",
    "form",
    "button",
    "dl",
    "dt",
    "dd",
    "body",
}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.lines.append(text)
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)


def visible_lines(html: str) -> list[str]:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader.flush()
    return reader.lines
