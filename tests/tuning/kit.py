"""What the tuning set's page templates share: the ``Page`` that keeps a page's truth while the
template writes it (blocks, body ends, furniture), escaping, hashed class names and ``<head>``.

A template is a function ``(page, noise, genuine) -> html`` registered with ``@template``. It takes
every piece of furniture through ``page.fur`` (which records it for the truth file), declares each
update block or live entry through ``page.note`` / ``page.entry`` and the body through
``page.body``. With ``genuine=True`` it adds the history's one genuine block, declared with
``genuine=True``.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from noise import Noise

Template = Callable[["Page", Noise, bool], str]
REGISTRY: dict[str, tuple[Template, str, str, str]] = {}

_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def template(slug: str, publisher: str, lang: str, kind: str) -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        assert slug not in REGISTRY, slug
        assert kind in {"live", "updates", "plain"}, kind
        REGISTRY[slug] = (fn, publisher, lang, kind)
        return fn

    return register


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def digest(*parts: str, n: int = 6) -> str:
    number = int(hashlib.sha1("|".join(parts).encode()).hexdigest(), 16)
    out = []
    for _ in range(n):
        number, rest = divmod(number, len(_ALPHABET))
        out.append(_ALPHABET[rest])
    return "".join(out)


def first_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


@dataclass
class Page:
    slug: str
    publisher: str
    lang: str
    kind: str
    blocks: list[dict[str, Any]] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    body_first: str = ""
    body_last: str = ""
    genuine: dict[str, Any] | None = None
    headlines: list[str] = field(default_factory=list)  # for generate.py's checks only

    # -- hashed class names, stable per page and name ------------------------------------------
    def css(self, name: str) -> str:
        """emotion-style: ``css-1k9x2qa``."""
        return f"css-{digest(self.slug, name, n=7).lower()}"

    def mod(self, component: str, name: str) -> str:
        """CSS-modules style: ``ArticleBody_root__x7Yq2``."""
        return f"{component}_{name}__{digest(self.slug, component, name, n=5)}"

    def sc(self, name: str) -> str:
        """styled-components style: ``sc-3f9a1b-0 kXqPzw``."""
        return f"sc-{digest(self.slug, name, n=6).lower()}-0 {digest(self.slug, name, 'x', n=6)}"

    def obf(self, name: str) -> str:
        """Two short obfuscated atoms: ``VZTD mLASH``."""
        return f"{digest(self.slug, name, n=4)} {digest(self.slug, name, 'y', n=5)}"

    # -- truth -------------------------------------------------------------------------------
    def fur(self, text: str) -> str:
        """Furniture: a line that must not end up in any paragraph or block."""
        if text not in self.furniture:
            self.furniture.append(text)
        return esc(text)

    def body(self, paragraphs: list[str]) -> list[str]:
        """The article's own paragraphs in page order (a live page: its intro)."""
        self.body_first = first_words(paragraphs[0], 6)
        self.body_last = first_words(paragraphs[-1], 6)
        return paragraphs

    def note(
        self,
        kind: str,
        label: str | None,
        timestamp: str | None,
        text: str,
        *,
        words: str | None = None,
        genuine: bool = False,
    ) -> str:
        """An update, correction, clarification or editor's note; returns ``text`` escaped."""
        assert kind in {"update", "correction", "clarification", "editors_note"}, kind
        entry = {
            "first_words": words or first_words(text, 8),
            "kind": kind,
            "label": label,
            "timestamp": timestamp,
        }
        self._add(entry, genuine)
        return esc(text)

    def entry(
        self,
        label: str,
        timestamp: str | None,
        headline: str | None,
        text: str,
        *,
        genuine: bool = False,
    ) -> None:
        """A live entry: ``headline`` (or None) and the first paragraph of its text."""
        entry: dict[str, Any] = {
            "first_words": first_words(f"{headline} {text}" if headline else text, 8),
            "kind": "live_entry",
            "label": label,
            "timestamp": timestamp,
        }
        if headline:
            entry["alt_words"] = first_words(text, 6)
            self.headlines.append(headline)
        self._add(entry, genuine)

    def _add(self, entry: dict[str, Any], genuine: bool) -> None:
        if genuine:
            assert self.genuine is None, "one genuine block per history"
            self.genuine = entry
        else:
            self.blocks.append(entry)

    def truth(self) -> dict[str, Any]:
        return {
            "blocks": self.blocks,
            "body_first": self.body_first,
            "body_last": self.body_last,
            "furniture": sorted(self.furniture),
            "kind": self.kind,
            "lang": self.lang,
            "publisher": self.publisher,
        }


def ps(paragraphs: list[str], cls: str = "") -> str:
    """Paragraphs as ``<p>`` elements (text escaped)."""
    open_tag = f'<p class="{cls}">' if cls else "<p>"
    return "\n".join(f"{open_tag}{esc(text)}</p>" for text in paragraphs)


def ld_json(data: dict[str, Any]) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        + "</script>"
    )


def head(
    title: str,
    description: str,
    url: str,
    *,
    site: str,
    lang_meta: str,
    published: str | None = None,
    modified: str | None = None,
    extra: str = "",
) -> str:
    """A publisher's ``<head>``: title, description, Open Graph, canonical, dates, scripts."""
    dates = ""
    if published:
        dates += f'<meta property="article:published_time" content="{published}">\n'
    if modified:
        dates += f'<meta property="article:modified_time" content="{modified}">\n'
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(site)}</title>
<meta name="description" content="{attr(description)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(description)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{attr(site)}">
<meta property="og:locale" content="{lang_meta}">
{dates}<link rel="preconnect" href="https://cdn.example-static.invalid">
<link rel="stylesheet" href="https://cdn.example-static.invalid/{digest(url, n=8)}.css">
<script async src="https://tags.example-ads.invalid/gpt.js"></script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"pageType":"article"}});</script>
{extra}
</head>"""
