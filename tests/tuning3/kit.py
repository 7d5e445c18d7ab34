"""The page builder: a template writes its page through a ``Page``, which records the truth
(blocks, body ends, furniture) as the markup is written, so the two cannot drift apart.

Conventions (the same as ``tests/blind`` and ``tests/tuning``):

- ``first_words`` of a note are the first words of its text after the marker; a note whose
  marker is part of its first sentence keeps the marker. A live entry's ``first_words`` run from
  its headline into its text; ``alt_words`` are the first words of the text under the headline.
- ``body_first`` / ``body_last``: the first words of the first and last body paragraph (on live
  pages the intro). Standfirsts, credit lines, key-event lists and key-point summaries are not body.
- ``furniture``: visible lines that must appear in no paragraph or block.
"""

from __future__ import annotations

import hashlib
import html
import string
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

ET = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))
LISBON = timezone(timedelta(0))
IST = timezone(timedelta(hours=5, minutes=30))
AEDT = timezone(timedelta(hours=11))
ART = timezone(timedelta(hours=-3))
BRT = ART

Template = Callable[["Page", Any, bool], str]
REGISTRY: dict[str, tuple[Template, str, str, str]] = {}


def template(slug: str, publisher: str, lang: str, kind: str) -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        assert slug not in REGISTRY, slug
        REGISTRY[slug] = (fn, publisher, lang, kind)
        return fn

    return register


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def at(zone: timezone, hour: int, minute: int, day: int = 6) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=zone)


def words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def key(*parts: str) -> str:
    """A short stable id (entries, ad slots): derived from content, never from a position."""
    return hashlib.sha1(":".join(parts).encode()).hexdigest()[:10]


# ---------------------------------------------------------------------------------------------
# Hashed class names


_ALNUM = string.ascii_letters + string.digits
_B36 = string.ascii_lowercase + string.digits


def _code(seed: str, n: int, alphabet: str) -> str:
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


class Classes:
    """Class names in one of the styles build tools write:

    - ``modules``: CSS modules, ``LiveBlog_post__k3Fq9``
    - ``styled``: styled-components, ``sc-3f9a1c-0 kQzPwe``
    - ``emotion``: ``css-1q8x0zk``
    - ``short``: minified, ``_3fTq9``
    - ``bem``: BEM with a build hash, ``c-article__body--a91f``
    """

    def __init__(self, salt: str, style: str) -> None:
        self.salt, self.style = salt, style

    def __call__(self, name: str) -> str:
        seed = f"{self.salt}:{name}"
        if self.style == "modules":
            comp, _, part = name.partition(".")
            return f"{comp}_{part or 'root'}__{_code(seed, 5, _ALNUM)}"
        if self.style == "styled":
            return f"sc-{_code(seed, 6, '0123456789abcdef')}-0 {_code(seed + '!', 6, string.ascii_letters)}"
        if self.style == "emotion":
            return f"css-{_code(seed, 7, _B36)}"
        if self.style == "short":
            return "_" + _code(seed, 5, _ALNUM)
        if self.style == "bem":
            comp, _, part = name.partition(".")
            base = f"{comp.lower()}__{part}" if part else comp
            return f"{base}--{_code(seed, 4, '0123456789abcdef')}"
        raise ValueError(self.style)


# ---------------------------------------------------------------------------------------------
# The page and its truth


class Page:
    def __init__(self, slug: str, publisher: str, lang: str, kind: str) -> None:
        self.slug, self.publisher, self.lang, self.kind = slug, publisher, lang, kind
        self.blocks: list[dict[str, Any]] = []
        self.genuine: dict[str, Any] | None = None
        self.body_first = ""
        self.body_last = ""
        self.furniture: list[str] = []
        self.headlines: list[str] = []
        self.content: list[str] = []  # every text the truth counts as article content

    # text --------------------------------------------------------------------------------

    def f(self, line: str) -> str:
        """A furniture line, escaped for the markup."""
        if line not in self.furniture:
            self.furniture.append(line)
        return esc(line)

    def t(self, text: str) -> str:
        """Article text (body, note or entry), escaped."""
        self.content.append(text)
        return esc(text)

    def headline(self, text: str) -> str:
        self.headlines.append(text)
        return esc(text)

    def body(self, paragraphs: list[str]) -> list[str]:
        """The story's body paragraphs (in order): sets the body ends, returns them escaped."""
        self.body_first = words(paragraphs[0], 6)
        self.body_last = words(paragraphs[-1], 6)
        return [self.t(p) for p in paragraphs]

    def intro(self, paragraphs: list[str]) -> list[str]:
        return self.body(paragraphs)

    # blocks ------------------------------------------------------------------------------

    def _add(self, block: dict[str, Any], genuine: bool) -> None:
        if genuine:
            assert self.genuine is None, self.slug
            self.genuine = block
        else:
            self.blocks.append(block)

    def note(
        self,
        kind: str,
        label: str | None,
        when: datetime | str | None,
        text: str,
        genuine: bool = False,
        first_words: str | None = None,
    ) -> str:
        """An update, correction, clarification or editor's note; ``text`` is what follows the
        marker. Returns ``text`` escaped."""
        assert kind in {"update", "correction", "clarification", "editors_note"}, kind
        stamp = when.isoformat() if isinstance(when, datetime) else when
        self._add(
            {
                "kind": kind,
                "label": label,
                "timestamp": stamp,
                "first_words": first_words or words(text, 8),
            },
            genuine,
        )
        return self.t(text)

    def entry(
        self,
        label: str,
        when: datetime,
        headline: str | None,
        text: str,
        genuine: bool = False,
    ) -> None:
        """A live entry: ``text`` is the first paragraph under its headline. The template writes
        the markup (``self.t`` for each paragraph)."""
        block: dict[str, Any] = {
            "kind": "live_entry",
            "label": label,
            "timestamp": when.isoformat(),
        }
        if headline:
            block["first_words"] = words(f"{headline} {text}", max(8, len(headline.split()) + 2))
            block["alt_words"] = words(text, 6)
        else:
            block["first_words"] = words(text, 8)
        self._add(block, genuine)

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


# ---------------------------------------------------------------------------------------------
# Markup helpers shared by the templates


def head(
    title: str,
    lang: str,
    site: str,
    url: str,
    description: str,
    ld: dict[str, Any],
    css: list[str],
    extra: str = "",
) -> str:
    """``<head>``: meta, Open Graph, JSON-LD, a stylesheet built from the hashed classes."""
    import json

    rules = "".join(f".{c.split()[-1]}{{display:block}}" for c in css[:12])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(site)}</title>
<meta name="description" content="{attr(description)}">
<link rel="canonical" href="{attr(url)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="{attr(site)}">
<meta property="og:url" content="{attr(url)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="preconnect" href="https://cdn.{site.lower().replace(" ", "")}.invalid">
<link rel="stylesheet" href="/static/app.{key(site, "css")}.css">
<style>{rules}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer=window.dataLayer||[];window.__CONSENT__={{"v":2}};</script>
<script async src="/static/vendor.{key(site, "js")}.js"></script>
{extra}</head>
"""


def news_ld(
    kind: str,
    headline: str,
    published: datetime,
    modified: datetime,
    author: str,
    publisher: str,
) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "author": [{"@type": "Person", "name": author}],
        "publisher": {"@type": "Organization", "name": publisher},
    }


def svg_icon(name: str) -> str:
    return (
        f'<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">'
        f'<use href="#icon-{name}"></use></svg>'
    )
