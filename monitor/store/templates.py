"""The ``site_paragraphs`` rows: which short body paragraphs each article of a site has shown.

Written with every stored revision (``record``), rewritten with an article's history by `monitor
reextract` and deleted with the article, so the rows are always a function of the stored
revisions: a rebuilt history leaves the same rows a fresh run would. ``first_at`` is when the
article first showed the paragraph, so a replay asks what the site looked like at that page's
fetch (``others``), not what it looks like now. One small key per row, the site folded into the
fingerprint, keeps the table a single B-tree that stays in SQLite's page cache: the rows go in
at random places, and a second index would double that. Functions here never commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable
from datetime import datetime

from monitor import sitewide
from monitor.model import Article, Revision

__all__ = ["Row", "forget", "insert", "others", "record", "rows_of"]

Row = tuple[int, int, int]  # fingerprint, article id, first_at

# Fewer other articles than this are never enough for drop_site_templates: not worth returning.
_FEWEST = 2


def record(conn: sqlite3.Connection, article_id: int, url: str, revision: Revision) -> None:
    """Remember the revision's short body paragraphs for the article's site."""
    insert(conn, rows_of(article_id, url, revision))


def rows_of(article_id: int, url: str, revision: Revision) -> list[Row]:
    """The rows ``record`` writes, for a caller that writes several revisions' rows at once."""
    at = _millis(revision.fetched_at)
    found = sitewide.recorded(sitewide.site_of(url), revision.article)
    return [(fingerprint, article_id, at) for fingerprint in found]


def insert(conn: sqlite3.Connection, rows: list[Row]) -> None:
    """Write ``rows``, keeping the earliest ``first_at`` of a paragraph the article showed before.

    Sorted, so a group of polls visits each page of the table once (the fingerprints are random).
    """
    if rows:
        rows.sort()
        conn.executemany(
            "INSERT OR IGNORE INTO site_paragraphs (fingerprint, article_id, first_at)"
            " VALUES (?, ?, ?)",
            rows,
        )


def forget(conn: sqlite3.Connection, article_id: int, url: str, shown: Iterable[Article]) -> None:
    """Delete the article's rows: the fingerprints of what its stored revisions (``shown``) show."""
    site = sitewide.site_of(url)
    found = set().union(*(sitewide.recorded(site, article) for article in shown))
    conn.executemany(
        "DELETE FROM site_paragraphs WHERE fingerprint = ? AND article_id = ?",
        [(fingerprint, article_id) for fingerprint in found],
    )


def others(
    conn: sqlite3.Connection, url: str, texts: Collection[str], before: datetime
) -> dict[str, int]:
    """For each of ``texts`` that at least two other articles of ``url``'s site showed before
    ``before``: how many did."""
    if not texts:
        return {}
    site = sitewide.site_of(url)
    by_fingerprint: dict[int, list[str]] = {}
    for text in texts:
        by_fingerprint.setdefault(sitewide.fingerprint(site, text), []).append(text)
    marks = ",".join("?" * len(by_fingerprint))
    found = conn.execute(
        f"SELECT fingerprint, count(*) FROM site_paragraphs WHERE fingerprint IN ({marks})"
        " AND first_at < ? AND article_id IS NOT (SELECT id FROM articles WHERE url = ?)"
        " GROUP BY fingerprint HAVING count(*) >= ?",
        (*by_fingerprint, _millis(before), url, _FEWEST),
    ).fetchall()
    return {text: count for fingerprint, count in found for text in by_fingerprint[fingerprint]}


def _millis(when: datetime) -> int:
    """An instant as Unix milliseconds: a third of the ISO text's bytes in every row."""
    return round(when.timestamp() * 1000)
