"""The JSON renderer: THE public contract of a digest (documented in docs/json-schema.md).

One document, ``schema_version`` 1. Field names and shapes only ever grow within a version.
Page text is sanitised with ``_text.for_terminal`` (escape sequences, C0/C1 controls, bidi and
zero-width characters removed; newlines kept) because consumers print it; markup characters are
kept verbatim — a consumer that renders HTML or Markdown must escape for its own medium.
Fetch times are UTC (``+00:00``); block stamps keep the offset they were resolved with.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from monitor import _jsonio
from monitor._text import for_terminal
from monitor.digest.build import ArticleDigest, BlockState, Digest
from monitor.model import BlockRef, Change, Retraction, Revision

SCHEMA_VERSION = 1

JSON = dict[str, Any]


def render_json(digest: Digest) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": _utc(digest.generated_at),
        "since": _utc(digest.since) if digest.since is not None else None,
        "articles": [_article(article) for article in digest.articles],
    }
    return _jsonio.dumps(document, indent=2) + "\n"


def _article(article: ArticleDigest) -> JSON:
    return {
        "id": article.article_id,
        "url": _safe(article.url),
        "title": _safe(article.title),
        "revisions": [_revision(revision) for revision in article.revisions],
        "updates": [_update(state) for state in article.blocks],
        "retractions": [
            retraction_json(retraction, revision.number)
            for revision in article.revisions
            for retraction in revision.retractions
        ],
    }


def _revision(revision: Revision) -> JSON:
    return {
        "number": revision.number,
        "fetched_at": _utc(revision.fetched_at),
        "changes": [_change(change) for change in revision.changes],
    }


def _change(change: Change) -> JSON:
    return {
        "kind": change.kind.value,
        "block": _block_ref(change.block),
        "text": _safe_or_none(change.text),
        "previous_text": _safe_or_none(change.previous_text),
        "substantive": change.substantive,
        "silent": change.silent,
        "labels": [_safe(label) for label in change.labels],
    }


def _update(state: BlockState) -> JSON:
    block = state.block
    return {
        "id": _safe(block.id),
        "label": _safe(block.label),
        "timestamp": _stamp(block.timestamp),
        "kind": block.kind.value,
        "text": _safe(block.text),
        "status": state.status.value,
    }


def retraction_json(retraction: Retraction, revision: int) -> JSON:
    return {
        "update": _block_ref(retraction.update),
        "target": _block_ref(retraction.target),
        "reason": retraction.reason.value,
        "cue": _safe(retraction.cue),
        "evidence": _safe(retraction.evidence),
        "claim": _safe(retraction.claim),
        "entities": [_safe(entity) for entity in retraction.entities],
        "revision": revision,
    }


def _block_ref(ref: BlockRef | None) -> JSON | None:
    if ref is None:
        return None
    return {
        "id": _safe(ref.id),
        "label": _safe(ref.label),
        "timestamp": _stamp(ref.timestamp),
        "kind": ref.kind.value,
    }


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _stamp(moment: datetime | None) -> str | None:
    """A block stamp keeps its own offset (``-05:00``): it is what the page said, resolved."""
    return moment.isoformat() if moment is not None else None


def _safe(text: str) -> str:
    return for_terminal(text)


def _safe_or_none(text: str | None) -> str | None:
    return for_terminal(text) if text is not None else None
