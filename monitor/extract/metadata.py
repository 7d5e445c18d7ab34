"""Page metadata: JSON-LD first, then <meta>/<link> tags, then visible markup.

* headline: site rule selector → the page's <h1> (the one matching og:title/JSON-LD when there
  are several) → og:title → JSON-LD headline → <title> without its " | Site" suffix.
* published: JSON-LD datePublished → <meta property="article:published_time"> (and itemprop /
  name variants) → the first <time datetime> in the article.
* modified: JSON-LD dateModified → article:modified_time → og:updated_time.
* canonical: <link rel="canonical">, resolved against the page URL and normalised.
* language: <html lang> → <meta http-equiv="content-language"> → og:locale.

JSON-LD is parsed with bounded size and nesting; a malformed script is ignored, never fatal.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any
from urllib.parse import urljoin

from monitor.extract.dom import Node, select, select_first
from monitor.extract.normalize import normalize_for_compare, normalize_text
from monitor.urls import is_normal_http_url, normalize_url

MAX_JSONLD_CHARS = 1_000_000
MAX_JSONLD_OBJECTS = 2_000
_ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
        "LiveBlogPosting", "BackgroundNewsArticle", "OpinionNewsArticle", "Report",
        "TechArticle", "ScholarlyArticle", "WebPage",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LiveUpdate:
    """One liveBlogUpdate from JSON-LD."""

    published: str | None
    headline: str
    body: str


@dataclass(slots=True)
class PageMeta:
    headline: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    canonical: str | None = None
    language: str | None = None
    live_blog: bool = False
    live_updates: list[LiveUpdate] = field(default_factory=list)


_PLAUSIBLE_YEARS = (1900, 2200)


def parse_datetime(text: str | None, zone: tzinfo | None = None) -> datetime | None:
    """An ISO-8601 string as an aware datetime; a naive one only when ``zone`` is given."""
    if not text:
        return None
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if not _PLAUSIBLE_YEARS[0] <= parsed.year <= _PLAUSIBLE_YEARS[1]:
        return None  # a CMS's zero value ("0001-01-01T00:00:00Z") is no date at all
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=zone) if zone is not None else None
    return parsed


def read_meta(tree: Node, *, url: str, zone: tzinfo | None) -> PageMeta:
    meta = PageMeta()
    article, live = _jsonld_article(tree)
    tags = _meta_tags(tree)
    if article is not None:
        headline = article.get("headline") or article.get("name")
        meta.headline = normalize_text(headline) if isinstance(headline, str) else None
        meta.published = parse_datetime(_str(article.get("datePublished")), zone)
        meta.modified = parse_datetime(_str(article.get("dateModified")), zone)
    if live is not None:
        meta.live_blog = True
        meta.live_updates = _live_updates(live.get("liveBlogUpdate"))
    meta.published = meta.published or _first_datetime(
        tags, ("article:published_time", "datepublished", "pubdate", "publishdate"), zone
    )
    if meta.published is None:
        time_node = select_first(
            tree, "article time[datetime], main time[datetime], time[datetime]"
        )
        if time_node is not None:
            meta.published = parse_datetime(time_node.attributes.get("datetime"), zone)
    meta.modified = meta.modified or _first_datetime(
        tags, ("article:modified_time", "og:updated_time", "datemodified", "lastmod"), zone
    )
    meta.canonical = _canonical(tree, url)
    meta.language = _language(tree, tags)
    meta.headline = _headline(tree, meta.headline or tags.get("og:title"), tags)
    return meta


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _jsonld_scripts(tree: Node) -> list[Node]:
    """``tree.css('script[type="application/ld+json"]')``, which matches the type's value
    ASCII-case-insensitively, as a tag lookup and a filter: a third cheaper. (Element lookups
    by tag, ``tags()``, give the same nodes in the same order as a type selector; the
    meta/link/h1 reads below use them for the same reason.)"""
    scripts = []
    for script in tree.tags("script"):
        kind = script.attributes.get("type")
        if kind and kind.isascii() and kind.lower() == "application/ld+json":
            scripts.append(script)
            if len(scripts) == 20:
                break
    return scripts


def _jsonld_objects(tree: Node) -> Iterator[dict[str, Any]]:
    for script in _jsonld_scripts(tree):
        text = script.text(deep=True)
        if not text or len(text) > MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        pending: list[tuple[Any, int]] = [(data, 0)]
        seen = 0
        while pending and seen < MAX_JSONLD_OBJECTS:
            value, depth = pending.pop(0)
            seen += 1
            if isinstance(value, list) and depth < 6:
                pending.extend((v, depth + 1) for v in value)
            elif isinstance(value, dict):
                yield value
                if depth < 6:
                    for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                        if key in value:
                            pending.append((value[key], depth + 1))


def _jsonld_article(tree: Node) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The page's article object and its LiveBlogPosting object (often the same one; a page
    may also give a NewsArticle first and the LiveBlogPosting after it, in one ``@graph`` or
    in scripts of their own)."""
    article = fallback = live = None
    for obj in _jsonld_objects(tree):
        types = _types(obj)
        if live is None and "LiveBlogPosting" in types:
            live = obj
        if article is None and types & (_ARTICLE_TYPES - {"WebPage"}):
            article = obj
        elif "WebPage" in types and fallback is None and "datePublished" in obj:
            fallback = obj
        if article is not None and live is not None:
            break
    return article or fallback, live


def _live_updates(value: Any) -> list[LiveUpdate]:
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    updates = []
    for item in items[:2_000]:
        if not isinstance(item, dict):
            continue
        body = _str(item.get("articleBody")) or _str(item.get("text")) or ""
        headline = _str(item.get("headline")) or ""
        if body or headline:
            updates.append(LiveUpdate(_str(item.get("datePublished")), headline, body))
    return updates


def _meta_tags(tree: Node) -> dict[str, str]:
    tags: dict[str, str] = {}
    for node in tree.tags("meta")[:500]:
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        key = key or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content and key.lower() not in tags:
            tags[key.lower()] = content
    return tags


def _first_datetime(
    tags: dict[str, str], keys: tuple[str, ...], zone: tzinfo | None
) -> datetime | None:
    for key in keys:
        parsed = parse_datetime(tags.get(key), zone)
        if parsed is not None:
            return parsed
    return None


def _canonical(tree: Node, url: str) -> str | None:
    with_rel = (link.attributes for link in tree.tags("link") if "rel" in link.attributes)
    for attrs in itertools.islice(with_rel, 200):
        if "canonical" in (attrs.get("rel") or "").lower().split() and attrs.get("href"):
            return _resolved(url, attrs["href"].strip())
    return None


def _resolved(page_url: str, href: str) -> str:
    # Nearly every canonical link is absolute and already normal: urljoin then gives it back
    # unchanged (it resolves no dot segments in a URL with a host), and so does normalize_url.
    if is_normal_http_url(href):
        return href
    return normalize_url(urljoin(page_url, href))


_MAX_ANCESTOR_WALK = 64


def _in_article_texts(tree: Node, h1s: list[Node], texts: list[str]) -> list[str]:
    """The normalised texts of the first ten <h1> inside an <article> or <main>: what
    ``tree.css("article h1, main h1")[:10]`` gives, from the <h1>s already read (``texts``
    holds the first ten's). Climbing a few parents is ~4x cheaper than the selector; a page
    with many <h1>s or deep ones is left to it."""
    if len(h1s) > 20:
        return [normalize_text(h.text(deep=True)) for h in select(tree, "article h1, main h1")[:10]]
    found: list[str] = []
    for index, h1 in enumerate(h1s):
        node = h1.parent
        for _ in range(_MAX_ANCESTOR_WALK):
            if node is None or node.tag in ("article", "main"):
                break
            node = node.parent
        else:
            return [
                normalize_text(h.text(deep=True)) for h in select(tree, "article h1, main h1")[:10]
            ]
        if node is not None:
            found.append(texts[index] if index < len(texts) else normalize_text(h1.text(deep=True)))
            if len(found) == 10:
                break
    return found


def _language(tree: Node, tags: dict[str, str]) -> str | None:
    html = tree.root  # the <html> element, always the document's first
    lang = html.attributes.get("lang") if html is not None else None
    lang = lang or tags.get("content-language") or tags.get("og:locale")
    if not lang:
        return None
    cleaned = lang.strip().replace("_", "-").split(",")[0].strip()
    return cleaned[:35] or None


def _headline(tree: Node, hint: str | None, tags: dict[str, str]) -> str | None:
    h1s = tree.tags("h1")
    texts = [normalize_text(h.text(deep=True)) for h in h1s[:10]]
    if hint:
        wanted = None  # compare-normalised only when an exact comparison fails
        for text in texts:
            if not text:
                continue
            if text == hint:
                return text
            if wanted is None:
                wanted = normalize_for_compare(hint)
            if normalize_for_compare(text) == wanted:
                return text
    in_article = [t for t in _in_article_texts(tree, h1s, texts) if t]
    if in_article:
        return max(in_article, key=len)
    if hint:
        return hint
    texts = [t for t in texts if t]
    if texts:
        return max(texts, key=len)
    title = select_first(tree, "title")
    if title is None:
        return None
    text = normalize_text(title.text(deep=True))
    for separator in (" | ", " - ", " — ", " – "):
        if separator in text:
            text = text.rsplit(separator, 1)[0]
    return text or None
