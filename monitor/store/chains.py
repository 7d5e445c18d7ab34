"""Writing and reading the two keyframed chains: revision text and raw page bodies.

A revision whose number is 1 modulo ``TEXT_KEYFRAME_EVERY`` is always stored whole, so reading
revision n decodes at most that many rows, however long the history. Raw bodies follow the same
rule with ``RAW_KEYFRAME_EVERY`` over each article's pages in fetch order (``snapshots.page``,
which is not the revision number once `monitor reextract` has merged revisions), and also start
afresh when the page before is not at hand; a raw keyframe is packed with a same-site
dictionary (``dictionaries``). Readers look for the newest
chain start at or before a revision rather than computing it, so a database written with other
intervals (m003 used 32 for raw pages) reads the same.
Functions here run inside the caller's transaction and never commit.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from monitor.model import ArticleHistory, LostLine, Revision, Snapshot
from monitor.store import codec, rows
from monitor.store.dictionaries import SiteDictionaries

TEXT_KEYFRAME_EVERY = 16
# Writing a changed page decodes its chain from the keyframe (one zstd context for the whole
# chain, ~2 µs a step on a 30 KB page after ~10 µs for the keyframe), and a site-dictionary
# keyframe (~1.7 KB) costs ~100 bytes per revision amortised.
RAW_KEYFRAME_EVERY = 16


def _keyframe_at_or_before(number: int, every: int) -> int:
    return number - ((number - 1) % every)


def fetch_all(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> list[rows.Row]:
    cursor = conn.execute(sql, tuple(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def insert(conn: sqlite3.Connection, table: str, row: rows.Row) -> int:
    columns = ", ".join(row)
    marks = ", ".join(f":{name}" for name in row)
    cursor = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)
    assert cursor.lastrowid is not None
    return cursor.lastrowid


# ---------------------------------------------------------------------------------------------
# Revision text


def write_revision(
    conn: sqlite3.Connection, article_id: int, revision: Revision, previous_text: str | None
) -> tuple[int, str, str, bytes]:
    """Insert the revision with its changes and retractions.

    Returns (row id, text, storage, payload): the Article's text and how it was stored.
    """
    text = codec.article_text(revision.article)
    keyframe = _keyframe_at_or_before(revision.number, TEXT_KEYFRAME_EVERY) == revision.number
    storage, payload = codec.encode_text(text, None if keyframe else previous_text)
    revision_id = insert(
        conn,
        "revisions",
        {
            "article_id": article_id,
            "number": revision.number,
            "fetched_at": rows.instant(revision.fetched_at),
            "content_hash": revision.content_hash,
            "title": revision.article.title,
            "storage": storage,
            "article_data": payload,
        },
    )
    _insert_many(
        conn,
        "changes",
        [rows.change_row(revision_id, i, change) for i, change in enumerate(revision.changes)],
    )
    _insert_many(
        conn,
        "retractions",
        [rows.retraction_row(revision_id, i, r) for i, r in enumerate(revision.retractions)],
    )
    return revision_id, text, storage, payload


def write_lost(conn: sqlite3.Connection, revision_id: int, lost: Sequence[LostLine]) -> None:
    """Insert the furniture a revision lost without a change saying so (``furniture_lost``)."""
    _insert_many(
        conn,
        "furniture_lost",
        [
            {"revision_id": revision_id, "text": line.text, "replaced": int(line.replaced)}
            for line in lost
        ],
    )


def _insert_many(conn: sqlite3.Connection, table: str, found: list[rows.Row]) -> None:
    if found:
        columns = ", ".join(found[0])
        marks = ", ".join(f":{name}" for name in found[0])
        conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", found)


def read_revisions(
    conn: sqlite3.Connection, article_id: int, first: int, last: int
) -> list[Revision]:
    """Revisions ``first..last`` (inclusive) of one article, oldest first, rebuilt exactly."""
    if last < first:
        return []
    start = _keyframe_at_or_before(first, TEXT_KEYFRAME_EVERY)
    stored = fetch_all(
        conn,
        "SELECT id, number, fetched_at, content_hash, storage, article_data FROM revisions"
        " WHERE article_id = ? AND number BETWEEN ? AND ? ORDER BY number",
        (article_id, start, last),
    )
    # Begin at the newest whole copy at or before `first` (a delta that came out larger than
    # the full text was stored whole too, which saves decoding).
    begin = max(
        (
            i
            for i, row in enumerate(stored)
            if row["storage"] == codec.FULL and row["number"] <= first
        ),
        default=0,
    )
    extras = _changes_and_retractions(conn, article_id, first, last)
    text: str | None = None
    out: list[Revision] = []
    for row in stored[begin:]:
        text = codec.decode_text(row["storage"], row["article_data"], text)
        if row["number"] < first:
            continue
        changes, retractions = extras.get(row["id"], ((), ()))
        out.append(
            Revision(
                number=row["number"],
                fetched_at=rows.parse_time(row["fetched_at"]) or _missing("fetched_at"),
                content_hash=row["content_hash"],
                article=codec.article_from_text(text),
                changes=changes,
                retractions=retractions,
            )
        )
    return out


def _missing(column: str) -> Any:
    raise ValueError(f"revision row without {column}")


def _changes_and_retractions(
    conn: sqlite3.Connection, article_id: int, first: int, last: int
) -> dict[int, tuple[tuple[Any, ...], tuple[Any, ...]]]:
    in_range = "SELECT id FROM revisions WHERE article_id = ? AND number BETWEEN ? AND ?"  # indexed
    params = (article_id, first, last)
    changes: defaultdict[int, list[Any]] = defaultdict(list)
    for row in fetch_all(
        conn,
        f"SELECT * FROM changes WHERE revision_id IN ({in_range}) ORDER BY revision_id, position",
        params,
    ):
        changes[row["revision_id"]].append(rows.change_from_row(row))
    retractions: defaultdict[int, list[Any]] = defaultdict(list)
    for row in fetch_all(
        conn,
        f"SELECT * FROM retractions WHERE revision_id IN ({in_range})"
        " ORDER BY revision_id, position",
        params,
    ):
        retractions[row["revision_id"]].append(rows.retraction_from_row(row))
    return {
        revision_id: (tuple(changes[revision_id]), tuple(retractions[revision_id]))
        for revision_id in changes.keys() | retractions.keys()
    }


# ---------------------------------------------------------------------------------------------
# Raw page bodies


_STANDALONE = ", ".join(f"'{c}'" for c in codec.RAW_STANDALONE)
_CHAIN_START = (
    "SELECT page FROM snapshots WHERE article_id = ? AND page <= ?"
    f" AND compression IN ({_STANDALONE}) ORDER BY page DESC LIMIT 1"
)


def read_body(
    conn: sqlite3.Connection, dictionaries: SiteDictionaries, article_id: int, number: int
) -> bytes | None:
    """The exact bytes fetched for revision ``number``; None if never kept or dropped."""
    found = conn.execute(
        "SELECT s.page FROM snapshots s JOIN revisions v ON v.id = s.revision_id"
        " WHERE v.article_id = ? AND v.number = ?",
        (article_id, number),
    ).fetchone()
    return None if found is None else read_page(conn, dictionaries, article_id, found[0])


def read_page(
    conn: sqlite3.Connection, dictionaries: SiteDictionaries, article_id: int, page: int
) -> bytes | None:
    """The exact bytes of the article's ``page``-th kept fetch; None if never kept or dropped."""
    start = conn.execute(_CHAIN_START, (article_id, page)).fetchone()
    if start is None:
        return None
    stored = fetch_all(
        conn,
        "SELECT page, compression, body, dictionary_id FROM snapshots"
        " WHERE article_id = ? AND page BETWEEN ? AND ? ORDER BY page",
        (article_id, start[0], page),
    )
    if not stored or stored[-1]["page"] != page or stored[-1]["body"] is None:
        return None
    start_row, chained = stored[0], stored[1:]
    if start_row["compression"] == codec.RAW_ZSTD_SITE:
        body = dictionaries.decode(conn, start_row["dictionary_id"], start_row["body"])
    else:
        body = codec.decode_alone(start_row["body"])
    if any(row["compression"] != codec.RAW_ZSTD_CHAINED for row in chained):
        raise ValueError(f"article {article_id}: a raw chain ending at page {page} is broken")
    return codec.decode_chain(body, [row["body"] for row in chained])


def last_page(conn: sqlite3.Connection, article_id: int) -> int:
    """The number of the article's newest kept page (0: none yet)."""
    found = conn.execute(
        "SELECT MAX(page) FROM snapshots WHERE article_id = ?", (article_id,)
    ).fetchone()
    return int(found[0] or 0)


def starts_raw_chain(page: int) -> bool:
    """Whether the article's ``page``-th page is packed without the page before it."""
    return _keyframe_at_or_before(page, RAW_KEYFRAME_EVERY) == page


def write_snapshot(
    conn: sqlite3.Connection,
    dictionaries: SiteDictionaries,
    article_id: int,
    revision_id: int,
    page: int,
    snapshot: Snapshot,
    previous: bytes | None,
) -> None:
    """Insert the article's ``page``-th page, packed against ``previous`` (the page before
    it), else as a keyframe.

    ``previous`` is None when the page ``starts_raw_chain``, or when the page before it is
    not at hand (``read_page`` gives that None too).
    """
    dictionary_id: int | None = None
    if previous:
        compression, payload = codec.encode_raw(snapshot.body, previous)
    else:
        compression, payload, dictionary_id = dictionaries.compress_keyframe(
            conn,
            snapshot.final_url or snapshot.url,
            snapshot.body,
            rows.instant(snapshot.fetched_at),
        )
    insert(
        conn,
        "snapshots",
        {
            "article_id": article_id,
            "page": page,
            "fetched_at": rows.instant(snapshot.fetched_at),
            "revision_id": revision_id,
            "final_url": snapshot.final_url,
            "status": snapshot.status,
            "encoding": snapshot.encoding,
            "content_type": snapshot.content_type,
            "etag": snapshot.validators.etag,
            "last_modified": snapshot.validators.last_modified,
            "body_size": len(snapshot.body),
            "compression": compression,
            "body": payload,
            "dictionary_id": dictionary_id,
        },
    )


def drop_old_bodies(conn: sqlite3.Connection, dictionaries: SiteDictionaries, keep: int) -> int:
    """Keep the bodies of each article's newest ``keep`` pages; returns bodies dropped.

    Dictionaries that no kept body uses any more go too, except each site's newest.
    """
    kept_bodies = fetch_all(
        conn,
        "SELECT id, article_id, page, fetched_at, compression, final_url FROM snapshots"
        " WHERE body IS NOT NULL ORDER BY article_id, page DESC",
    )
    by_article: defaultdict[int, list[rows.Row]] = defaultdict(list)
    for row in kept_bodies:
        by_article[row["article_id"]].append(row)
    dropped = 0
    for article_id, newest_first in by_article.items():
        keep_rows, drop_rows = newest_first[:keep], newest_first[keep:]
        if not drop_rows:
            continue
        if keep_rows and keep_rows[-1]["compression"] not in codec.RAW_STANDALONE:
            _make_standalone(conn, dictionaries, article_id, keep_rows[-1])
        conn.executemany(
            "UPDATE snapshots SET body = NULL, compression = NULL, dictionary_id = NULL"
            " WHERE id = ?",
            [(row["id"],) for row in drop_rows],
        )
        dropped += len(drop_rows)
    dictionaries.drop_unused(conn)
    return dropped


def _make_standalone(
    conn: sqlite3.Connection, dictionaries: SiteDictionaries, article_id: int, row: rows.Row
) -> None:
    # The oldest body we keep may be chained to one we are about to drop: re-encode it as a
    # keyframe (with its site's dictionary).
    body = read_page(conn, dictionaries, article_id, row["page"])
    assert body is not None
    compression, payload, dictionary_id = dictionaries.compress_keyframe(
        conn, row["final_url"] or "", body, row["fetched_at"]
    )
    conn.execute(
        "UPDATE snapshots SET compression = ?, body = ?, dictionary_id = ? WHERE id = ?",
        (compression, payload, dictionary_id, row["id"]),
    )


def read_history(
    conn: sqlite3.Connection, article: rows.Row, since: datetime | None
) -> ArticleHistory:
    """An article's revisions oldest first; with ``since``, only those fetched after it."""
    first: int | None = 1
    if since is not None:
        found = fetch_all(
            conn,
            "SELECT MIN(number) AS first FROM revisions WHERE article_id = ? AND fetched_at > ?",
            (article["id"], rows.instant(since)),
        )
        first = found[0]["first"]
    revisions = (
        read_revisions(conn, article["id"], first, article["latest_number"])
        if first is not None
        else []
    )
    if since is not None:
        revisions = [r for r in revisions if r.fetched_at > since]
    return ArticleHistory(
        article_id=article["id"],
        url=article["url"],
        title=article["title"] or "",
        revisions=tuple(revisions),
    )
