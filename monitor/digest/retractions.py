"""``monitor retractions``: only the walk-backs, over each article's whole history.

The text and Markdown forms are the digest with every other section left out, so a walk-back
reads the same in both commands. The JSON form is a flat array of the digest's retraction
objects, each with the article it belongs to (see docs/json-schema.md).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime

from monitor import _jsonio
from monitor._text import for_terminal
from monitor.digest.build import Digest, build_digest
from monitor.digest.jsondoc import retraction_json
from monitor.digest.markdown import render_markdown
from monitor.digest.text import render_text
from monitor.model import ArticleHistory

NO_RETRACTIONS = "No retractions found."


def render_retractions(
    histories: Sequence[ArticleHistory],
    *,
    fmt: str,  # "text" | "markdown" | "json"
    color: bool = False,
    width: int = 100,
) -> str:
    digest = _retractions_only(histories)
    if fmt == "json":
        return _jsonio.dumps(_flat(digest), indent=2) + "\n"
    if not digest.articles:
        return NO_RETRACTIONS + "\n"
    if fmt == "markdown":
        return render_markdown(digest)
    return render_text(digest, color=color, width=width)


def _retractions_only(histories: Sequence[ArticleHistory]) -> Digest:
    # generated_at is not shown by any of these forms; the newest fetch keeps the value pure.
    fetched = [r.fetched_at for h in histories for r in h.revisions]
    digest = build_digest(
        histories, since=None, generated_at=max(fetched, default=datetime.min.replace(tzinfo=UTC))
    )
    articles = tuple(
        dataclasses.replace(
            article,
            silent_edits=(),
            new_updates=(),
            headline_changes=(),
            edits=(),
            cosmetic_edits=(),
        )
        for article in digest.articles
        if article.retractions
    )
    return dataclasses.replace(digest, articles=articles)


def _flat(digest: Digest) -> list[dict[str, object]]:
    return [
        {
            **retraction_json(item.retraction, item.revision.number),
            "article": {
                "id": article.article_id,
                "url": for_terminal(article.url),
                "title": for_terminal(article.title),
            },
        }
        for article in digest.articles
        for item in article.retractions
    ]
