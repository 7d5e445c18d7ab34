"""The statements behind ``Store.apply``: one poll, inside the caller's transaction.

A quiet poll (304, unchanged, reverted, error) is two statements and never reads the article row.
A poll that found a new revision reads the article's newest text (from the ``RecentWrites`` cache
when this connection wrote or just read it, else from the row), writes the revision as a delta against it, the
raw page against the previous page, the block rows when they changed, the poll, and the article
row's poll and revision columns in one UPDATE.
"""

from __future__ import annotations

import functools
import sqlite3

from monitor.errors import StoreError
from monitor.model import Plan, Revision
from monitor.store import chains, latest, polls, rows, templates
from monitor.store.dictionaries import SiteDictionaries
from monitor.store.recent import Recent, RecentWrites
from monitor.urls import normalize_url

__all__ = ["REVISION_SETS", "quiet_poll", "revision_columns", "revision_poll"]

# The article row's columns a new revision sets (its poll columns come from polls.after_poll).
REVISION_SETS = (
    "title = :title, latest_number = :number, latest_hash = :hash, latest_base = :latest_base,"
    " latest_delta = :latest_delta, last_change_at = :polled_at, is_live = :live,"
    " canonical_url = :canonical"
)


def quiet_poll(conn: sqlite3.Connection, plan: Plan) -> None:
    """A poll without a new revision (304s above all): two statements, no read first."""
    poll = polls.poll_row(plan, None)
    sets, params = polls.after_poll(plan, poll)
    update = f"UPDATE articles SET {sets} WHERE url = :url"
    if conn.execute(update, params).rowcount == 0:
        conn.execute("INSERT INTO articles (url) VALUES (?)", (plan.url,))
        conn.execute(update, params)
    conn.execute(polls.INSERT_POLL_BY_URL, poll)


def revision_poll(
    conn: sqlite3.Connection,
    plan: Plan,
    recent_writes: RecentWrites,
    dictionaries: SiteDictionaries,
    site_rows: list[templates.Row] | None = None,
) -> tuple[int, Recent]:
    """A poll that found a new revision; returns (article id, what to cache once committed).

    With ``site_rows`` its ``site_paragraphs`` rows are added there for the caller to write,
    else written here."""
    found = conn.execute(
        "SELECT id, latest_number, latest_base, latest_delta FROM articles WHERE url = ?",
        (plan.url,),
    ).fetchone()
    if found is None:
        cursor = conn.execute("INSERT INTO articles (url) VALUES (?)", (plan.url,))
        found = (cursor.lastrowid, 0, None, None)
    article_id, latest_number, latest_base, latest_delta = found
    recent = recent_writes.get(article_id, latest_number, latest_base)
    if recent is not None:
        previous: latest.LatestText | None = recent.latest
    else:
        previous = recent_writes.take_read(article_id, latest_number, latest_base)
        if previous is None:
            previous = latest.read(conn, article_id, latest_base, latest_delta)
    written, columns = _write_revision(
        conn, dictionaries, article_id, latest_number, previous, recent, plan
    )
    found = templates.rows_of(article_id, plan.url, plan.revision) if plan.revision else []
    if site_rows is None:
        templates.insert(conn, found)
    else:
        site_rows.extend(found)
    poll = {**polls.poll_row(plan, written.number), "article_id": article_id}
    conn.execute(polls.INSERT_POLL_BY_ID, poll)
    sets, params = polls.after_poll(plan, poll)
    conn.execute(
        f"UPDATE articles SET {sets}, {REVISION_SETS} WHERE id = :article_id",
        {**params, **columns},
    )
    return article_id, written


def _write_revision(
    conn: sqlite3.Connection,
    dictionaries: SiteDictionaries,
    article_id: int,
    latest_number: int,
    previous: latest.LatestText | None,
    recent: Recent | None,
    plan: Plan,
) -> tuple[Recent, rows.Row]:
    """Insert the revision, its page and its blocks; returns it as cached, and the values
    of the article row's revision columns (``REVISION_SETS``)."""
    revision = plan.revision
    if revision is None:
        raise StoreError(f"a {plan.outcome} plan carries no revision", subject=plan.url)
    number = revision.number
    if number != latest_number + 1:
        raise StoreError(
            f"revision {number} cannot be stored after revision "
            f"{latest_number}; numbers are contiguous (is another writer running?)",
            subject=plan.url,
        )
    revision_id, text, storage, payload = chains.write_revision(
        conn, article_id, revision, previous.text if previous else None
    )
    chains.write_lost(conn, revision_id, plan.furniture_lost)
    body = None
    page = recent.page if recent is not None else chains.last_page(conn, article_id)
    if plan.snapshot is not None:
        page += 1
        if chains.starts_raw_chain(page):
            before = None
        elif recent is not None:
            before = recent.body  # None when the newest page is not the one it wrote
        else:
            before = chains.read_page(conn, dictionaries, article_id, page - 1)
        chains.write_snapshot(
            conn, dictionaries, article_id, revision_id, page, plan.snapshot, before
        )
        body = plan.snapshot.body
    blocks = latest.block_rows(revision.article)
    if recent is None or recent.blocks != blocks:
        latest.replace_blocks(conn, article_id, blocks, had_blocks=latest_number > 0)
    newest, latest_columns = latest.after_revision(previous, number, storage, text, payload)
    return Recent(number, newest, page, body, blocks), revision_columns(revision, latest_columns)


def revision_columns(revision: Revision, latest_columns: rows.Row) -> rows.Row:
    """The parameters of ``REVISION_SETS`` (but ``polled_at``) once ``revision`` is the newest."""
    return {
        "title": revision.article.title,
        "number": revision.number,
        "hash": revision.content_hash,
        "live": int(revision.article.is_live),
        "canonical": _canonical(revision.article.canonical_url),
        **latest_columns,
    }


@functools.lru_cache(maxsize=4096)  # pure, and the same few URLs come back at every revision
def _canonical(url: str | None) -> str | None:
    return normalize_url(url) if url else None
