"""The newest revision, kept cheap to read without a second copy of its text.

The next poll needs the latest Article (to diff against, and as the base of the next line
delta), and Datasette users want its update blocks. Up to m003 the whole Article JSON sat on the
``articles`` row: 7 KB per article, 40% of the database, duplicating the revision chain. Now
the row names the newest whole revision at or before the latest (``latest_base``) and holds a
line delta from that revision's text to the latest text (``latest_delta``; NULL when the latest
revision is itself whole). Reading the latest text is two decodes whatever the history's length,
and right after a keyframe it costs no bytes at all. The update blocks go to ``latest_blocks``,
one small row each, for the ``latest_updates`` view. Functions here never commit.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from monitor.model import Article
from monitor.store import codec, rows

LATEST_COLUMNS = "latest_base, latest_delta"


@dataclass(frozen=True, slots=True)
class LatestText:
    base_number: int  # the whole revision the latest is rebuilt from
    base_text: str
    text: str  # the latest revision's text


def read(
    conn: sqlite3.Connection, article_id: int, base: int | None, delta: bytes | None
) -> LatestText | None:
    """The latest revision's text from an article row's ``latest_base``/``latest_delta``."""
    if base is None:
        return None
    row = conn.execute(
        "SELECT storage, article_data FROM revisions WHERE article_id = ? AND number = ?",
        (article_id, base),
    ).fetchone()
    if row is None or row[0] != codec.FULL:
        raise ValueError(f"the latest revision's base {base} is not a whole revision")
    base_text = codec.decode_text(codec.FULL, row[1], None)
    text = base_text if delta is None else codec.decode_text(codec.DELTA, delta, base_text)
    return LatestText(base, base_text, text)


def after_revision(
    previous: LatestText | None, number: int, storage: str, text: str, payload: bytes | None = None
) -> tuple[LatestText, rows.Row]:
    """The latest text once revision ``number`` is stored, and the article row's columns for it.

    ``payload`` is the revision's stored delta (``storage`` DELTA, against ``previous.text``).
    """
    if storage == codec.FULL or previous is None:
        return LatestText(number, text, text), {"latest_base": number, "latest_delta": None}
    if payload is not None and previous.text == previous.base_text:
        delta = payload  # the revision's own delta is already against the base: reuse it
    else:
        delta = codec.encode_delta(text, previous.base_text)
    return (
        LatestText(previous.base_number, previous.base_text, text),
        {"latest_base": previous.base_number, "latest_delta": delta},
    )


BlockRow = tuple[int, str, str, str, str | None, str | None, int]


def block_rows(article: Article) -> list[BlockRow]:
    """The ``latest_blocks`` rows (without the article id) for the blocks ``article`` shows."""
    return [
        (
            position,
            block.id,
            block.kind.value,
            block.label,
            block.timestamp.isoformat() if block.timestamp else None,
            block.timestamp_raw,
            len(block.paragraphs),
        )
        for position, block in enumerate(article.blocks)
    ]


def replace_blocks(
    conn: sqlite3.Connection, article_id: int, blocks: list[BlockRow], *, had_blocks: bool = True
) -> None:
    """Replace the article's ``latest_blocks`` rows; ``had_blocks=False`` skips the delete."""
    if had_blocks:
        conn.execute("DELETE FROM latest_blocks WHERE article_id = ?", (article_id,))
    if blocks:
        conn.executemany(
            "INSERT INTO latest_blocks (article_id, position, block_id, kind, label, timestamp,"
            " timestamp_raw, paragraphs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, *row) for row in blocks],
        )


def write_blocks(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    """Replace the article's ``latest_blocks`` rows with the blocks it shows now."""
    replace_blocks(conn, article_id, block_rows(article))
