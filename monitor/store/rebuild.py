"""Reading an article's raw pages and replacing the history derived from them (`monitor reextract`).

What the pages make now is decided elsewhere (``monitor.reextract``, from the pages and the
current extractor); ``replace`` only applies that, inside the caller's transaction, with the
statements a poll writes a revision with (``chains.write_revision``, ``latest``,
``writes.revision_columns``), so a rebuilt history is stored exactly as a fresh run's would be.
The pages themselves and the poll log are never rewritten: only each page's ``revision_id``
moves to the revision it makes now (NULL when it makes none: its content equals an earlier
page's under the current extractor). Functions here never commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor.errors import StoreError
from monitor.model import LostLine, Revision, Validators
from monitor.store import chains, codec, latest, rows, templates, writes
from monitor.store.dictionaries import SiteDictionaries

__all__ = ["StoredHistory", "StoredPage", "bodies", "delete_revisions", "read", "replace"]


@dataclass(frozen=True, slots=True)
class StoredPage:
    """One kept fetch of an article, as it came off the network (its body: ``pages``)."""

    page: int  # fetch order among the article's kept pages: 1, 2, 3, ...
    fetched_at: datetime
    final_url: str | None
    status: int | None
    encoding: str | None
    content_type: str | None
    validators: Validators
    kept: bool  # False once retention dropped its body
    revision: int | None  # the revision it makes in the stored history


@dataclass(frozen=True, slots=True)
class StoredHistory:
    """An article's stored history and the raw pages under it (without their bodies)."""

    article_id: int
    url: str
    latest_hash: str | None
    revisions: tuple[Revision, ...]
    pages: tuple[StoredPage, ...]


def read(conn: sqlite3.Connection, article: rows.Row) -> StoredHistory:
    """The article's revisions and its kept pages, oldest first (call inside one transaction,
    so both describe the same moment)."""
    found = chains.fetch_all(
        conn,
        "SELECT s.page, s.fetched_at, s.final_url, s.status, s.encoding, s.content_type,"
        " s.etag, s.last_modified, s.body IS NOT NULL AS kept, v.number FROM snapshots s"
        " LEFT JOIN revisions v ON v.id = s.revision_id WHERE s.article_id = ? ORDER BY s.page",
        (article["id"],),
    )
    pages = tuple(
        StoredPage(
            page=row["page"],
            fetched_at=rows.parse_time(row["fetched_at"]) or _missing(row["page"]),
            final_url=row["final_url"],
            status=row["status"],
            encoding=row["encoding"],
            content_type=row["content_type"],
            validators=Validators(etag=row["etag"], last_modified=row["last_modified"]),
            kept=bool(row["kept"]),
            revision=row["number"],
        )
        for row in found
    )
    history = chains.read_history(conn, article, None)
    return StoredHistory(
        article["id"], article["url"], article["latest_hash"], history.revisions, pages
    )


def _missing(page: int) -> datetime:
    raise ValueError(f"raw page {page} has no fetch time")


def bodies(
    conn: sqlite3.Connection, dictionaries: SiteDictionaries, article_id: int
) -> Iterator[tuple[int, bytes | None]]:
    """Every kept page's number and exact bytes (None once dropped), in fetch order.

    One step of its chain at a time: a long live blog's pages are never all in memory, and no
    page is decoded twice. The compressed rows are read in one query (a few KB a page)."""
    found = conn.execute(
        "SELECT page, compression, body, dictionary_id FROM snapshots WHERE article_id = ?"
        " ORDER BY page",
        (article_id,),
    ).fetchall()
    previous: tuple[int, bytes] | None = None  # the page before, to decode a chained one
    for page, compression, payload, dictionary_id in found:
        body: bytes | None
        if payload is None:
            body = None
        elif compression == codec.RAW_ZSTD_SITE:
            body = dictionaries.decode(conn, dictionary_id, payload)
        elif compression == codec.RAW_ZSTD:
            body = codec.decode_alone(payload)
        elif compression == codec.RAW_ZSTD_CHAINED and previous and previous[0] == page - 1:
            body = codec.decode_chain(previous[1], [payload])
        else:
            raise ValueError(f"article {article_id}: raw page {page} cannot be decoded")
        previous = (page, body) if body is not None else None
        yield page, body


def delete_revisions(conn: sqlite3.Connection, article_id: int) -> None:
    """Delete the article's revisions with their changes and retractions; its pages stay, tied
    to no revision (the caller deletes them too, or ties them to new ones)."""
    in_article = "SELECT id FROM revisions WHERE article_id = ?"
    conn.execute("UPDATE snapshots SET revision_id = NULL WHERE article_id = ?", (article_id,))
    for table in ("changes", "retractions", "furniture_lost"):
        conn.execute(f"DELETE FROM {table} WHERE revision_id IN ({in_article})", (article_id,))
    conn.execute("DELETE FROM revisions WHERE article_id = ?", (article_id,))


def replace(
    conn: sqlite3.Connection,
    stored: StoredHistory,
    revisions: Sequence[Revision],
    pages: Sequence[int],
    lost: Sequence[Sequence[LostLine]],
) -> None:
    """Replace ``stored``'s revisions with ``revisions``, the i-th made by page ``pages[i]``
    and losing the furniture ``lost[i]``.

    Raises StoreError if the article changed since ``stored`` was read (a poll or a removal in
    between): the rebuild was planned from pages that are no longer all there is.
    """
    article_id = stored.article_id
    now = conn.execute(
        "SELECT latest_hash, (SELECT MAX(page) FROM snapshots WHERE article_id = a.id)"
        " FROM articles a WHERE id = ?",
        (article_id,),
    ).fetchone()
    last = stored.pages[-1].page if stored.pages else None
    if now is None or now[0] != stored.latest_hash or now[1] != last or not revisions:
        raise StoreError(
            "the article changed while it was being re-extracted; run `monitor reextract` again",
            subject=stored.url,
        )
    delete_revisions(conn, article_id)
    templates.forget(conn, article_id, stored.url, (r.article for r in stored.revisions))
    newest: latest.LatestText | None = None
    latest_columns: rows.Row = {}
    for revision, page, lines in zip(revisions, pages, lost, strict=True):
        revision_id, text, storage, payload = chains.write_revision(
            conn, article_id, revision, newest.text if newest else None
        )
        chains.write_lost(conn, revision_id, lines)
        conn.execute(
            "UPDATE snapshots SET revision_id = ? WHERE article_id = ? AND page = ?",
            (revision_id, article_id, page),
        )
        templates.record(conn, article_id, stored.url, revision)
        newest, latest_columns = latest.after_revision(
            newest, revision.number, storage, text, payload
        )
    last_revision = revisions[-1]
    latest.write_blocks(conn, article_id, last_revision.article)
    conn.execute(
        f"UPDATE articles SET {writes.REVISION_SETS} WHERE id = :article_id",
        {
            **writes.revision_columns(last_revision, latest_columns),
            "polled_at": rows.instant(last_revision.fetched_at),  # when it last changed
            "article_id": article_id,
        },
    )
