"""One Article, reconstructed for reading (``monitor show``): as plain text or as an HTML page.

Struck-through text is not part of ``Article.paragraphs`` (extract keeps it apart), so it is
shown after the paragraph it was struck from, marked as struck: the reader sees what the outlet
withdrew without mistaking it for current text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from monitor._text import for_html, one_line
from monitor.digest import wording as w
from monitor.model import Article, StruckSpan, UpdateBlock


def render_article(article: Article, *, fmt: Literal["text", "html"]) -> str:
    if fmt == "html":
        return "\n".join(_html(article)) + "\n"
    return "\n".join(_text(article)).rstrip() + "\n"


def _struck_in(article: Article, block_id: str | None, paragraph: int) -> list[str]:
    return [
        span.text
        for span in article.struck
        if span.block_id == block_id and span.paragraph == paragraph
    ]


def _dangling_struck(article: Article) -> list[StruckSpan]:
    """Strikes whose paragraph no longer exists: shown at the end rather than dropped."""
    sizes: dict[str | None, int] = {None: len(article.paragraphs)}
    sizes.update({block.id: len(block.paragraphs) for block in article.blocks})
    return [s for s in article.struck if s.paragraph >= sizes.get(s.block_id, 0)]


# ---------------------------------------------------------------------------------------------
# Text


def _text(article: Article) -> Iterator[str]:
    title = one_line(article.title)
    yield title
    yield "=" * min(len(title), 100)
    if dates := _dates(article):
        yield dates
    yield ""
    yield from _text_paragraphs(article, None, article.paragraphs)
    for block in article.blocks:
        yield f"── {_block_heading(block)} ──"
        yield ""
        yield from _text_paragraphs(article, block.id, block.paragraphs)
    for span in _dangling_struck(article):
        yield f"[struck: “{one_line(span.text)}”]"


def _text_paragraphs(
    article: Article, block_id: str | None, paragraphs: tuple[str, ...]
) -> Iterator[str]:
    for index, paragraph in enumerate(paragraphs):
        struck = "".join(
            f" [struck: “{one_line(text)}”]" for text in _struck_in(article, block_id, index)
        )
        yield one_line(paragraph) + struck
        yield ""


def _block_heading(block: UpdateBlock) -> str:
    heading = one_line(block.label) or block.kind.value
    if block.timestamp is not None:
        heading += f" ({block.timestamp:%Y-%m-%d} {w.resolved(block.timestamp)})"
    return heading


def _dates(article: Article) -> str:
    parts = []
    if article.published is not None:
        parts.append(f"published {w.utc_short(article.published)}")
    if article.modified is not None:
        parts.append(f"modified {w.utc_short(article.modified)}")
    return " · ".join(parts)


# ---------------------------------------------------------------------------------------------
# HTML


def _html(article: Article) -> Iterator[str]:
    lang = f' lang="{for_html(article.language)}"' if article.language else ""
    yield "<!DOCTYPE html>"
    yield f"<html{lang}>"
    yield '<head><meta charset="utf-8">'
    yield f"<title>{for_html(article.title)}</title></head>"
    yield "<body><article>"
    yield f"<h1>{for_html(article.title)}</h1>"
    if dates := _dates(article):
        yield f'<p class="dates">{for_html(dates)}</p>'
    yield from _html_paragraphs(article, None, article.paragraphs)
    for block in article.blocks:
        kind = block.kind.value
        yield f'<section class="block {kind}" id="block-{_html_id(block.id)}">'
        stamp = ""
        if block.timestamp is not None:
            iso = block.timestamp.isoformat()
            stamp = f' <time datetime="{iso}">{for_html(w.resolved(block.timestamp))}</time>'
        yield f"<h2>{for_html(block.label)}{stamp}</h2>"
        yield from _html_paragraphs(article, block.id, block.paragraphs)
        yield "</section>"
    for span in _dangling_struck(article):
        yield f'<p class="struck"><del>{for_html(span.text)}</del></p>'
    yield "</article></body>"
    yield "</html>"


def _html_paragraphs(
    article: Article, block_id: str | None, paragraphs: tuple[str, ...]
) -> Iterator[str]:
    for index, paragraph in enumerate(paragraphs):
        struck = "".join(
            f' <del title="struck by the publisher">{for_html(text)}</del>'
            for text in _struck_in(article, block_id, index)
        )
        yield f"<p>{for_html(paragraph)}{struck}</p>"


def _html_id(block_id: str) -> str:
    """A fragment id from a block id: letters, digits, '-' and '_' only."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", block_id).strip("-") or "block"
