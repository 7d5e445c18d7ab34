"""History → change digest, and its renderers. Pure: no clock, no I/O.

``build_digest`` decides what a reader should see and in what order (see ``build``); each
renderer turns that into one format. ``RENDERERS`` maps ``--format`` names to renderers that
need nothing but the digest; the text renderer takes colour and width from the CLI.
"""

from __future__ import annotations

from collections.abc import Callable

from monitor.digest.article import render_article
from monitor.digest.build import (
    ArticleDigest,
    BlockState,
    Digest,
    Edit,
    NewUpdate,
    RetractionItem,
    RevisionStamp,
    build_digest,
)
from monitor.digest.jsondoc import SCHEMA_VERSION, render_json
from monitor.digest.markdown import render_markdown
from monitor.digest.retractions import render_retractions
from monitor.digest.text import render_diff, render_history, render_text


def _plain_text(digest: Digest) -> str:
    return render_text(digest, color=False)


RENDERERS: dict[str, Callable[[Digest], str]] = {
    "text": _plain_text,
    "markdown": render_markdown,
    "json": render_json,
}

__all__ = [
    "RENDERERS",
    "SCHEMA_VERSION",
    "ArticleDigest",
    "BlockState",
    "Digest",
    "Edit",
    "NewUpdate",
    "RetractionItem",
    "RevisionStamp",
    "build_digest",
    "render_article",
    "render_diff",
    "render_history",
    "render_json",
    "render_markdown",
    "render_retractions",
    "render_text",
]
