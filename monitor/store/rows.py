"""Domain values <-> table rows: times, block references, changes and retractions.

Instants are stored as UTC ISO 8601 text (``2020-01-03T20:30:00+00:00``): readable in Datasette
and ordered correctly as text, so ``WHERE fetched_at > ?`` works on the index. Block timestamps
keep the publisher's offset, as the page printed them. Lists (labels, entities) are JSON arrays.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from monitor.model import (
    BlockKind,
    BlockRef,
    Change,
    ChangeKind,
    Retraction,
    RetractionReason,
)

Row = dict[str, Any]


def instant(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: the store keeps aware UTC instants only")
    return value.astimezone(UTC).isoformat()


def maybe_instant(value: datetime | None) -> str | None:
    return None if value is None else instant(value)


def parse_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _json_list(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _tuple_of_str(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def block_columns(prefix: str, ref: BlockRef | None) -> Row:
    return {
        f"{prefix}block_id": ref.id if ref else None,
        f"{prefix}block_kind": ref.kind.value if ref else None,
        f"{prefix}block_label": ref.label if ref else None,
        f"{prefix}block_timestamp": ref.timestamp.isoformat() if ref and ref.timestamp else None,
    }


def block_ref(row: Row, prefix: str = "") -> BlockRef | None:
    if row[f"{prefix}block_id"] is None:
        return None
    return BlockRef(
        id=row[f"{prefix}block_id"],
        kind=BlockKind(row[f"{prefix}block_kind"]),
        label=row[f"{prefix}block_label"],
        timestamp=parse_time(row[f"{prefix}block_timestamp"]),
    )


def change_row(revision_id: int, position: int, change: Change) -> Row:
    return {
        "revision_id": revision_id,
        "position": position,
        "kind": change.kind.value,
        **block_columns("", change.block),
        "text": change.text,
        "previous_text": change.previous_text,
        "paragraph": change.paragraph,
        "previous_paragraph": change.previous_paragraph,
        "substantive": int(change.substantive),
        "silent": int(change.silent),
        "labels": _json_list(change.labels),
    }


def change_from_row(row: Row) -> Change:
    return Change(
        kind=ChangeKind(row["kind"]),
        block=block_ref(row),
        text=row["text"],
        previous_text=row["previous_text"],
        paragraph=row["paragraph"],
        previous_paragraph=row["previous_paragraph"],
        substantive=bool(row["substantive"]),
        silent=bool(row["silent"]),
        labels=_tuple_of_str(row["labels"]),
    )


def retraction_row(revision_id: int, position: int, retraction: Retraction) -> Row:
    return {
        "revision_id": revision_id,
        "position": position,
        "reason": retraction.reason.value,
        **block_columns("update_", retraction.update),
        **block_columns("target_", retraction.target),
        "claim": retraction.claim,
        "evidence": retraction.evidence,
        "cue": retraction.cue,
        "score": retraction.score,
        "entities": _json_list(retraction.entities),
    }


def retraction_from_row(row: Row) -> Retraction:
    return Retraction(
        reason=RetractionReason(row["reason"]),
        update=block_ref(row, "update_"),
        target=block_ref(row, "target_"),
        claim=row["claim"],
        evidence=row["evidence"],
        cue=row["cue"],
        score=row["score"],
        entities=_tuple_of_str(row["entities"]),
    )
