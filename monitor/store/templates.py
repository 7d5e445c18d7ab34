"""The ``site_paragraphs`` rows: which short body paragraphs each article of a site has shown.

Written with every stored revision (``record``), rewritten with an article's history by `monitor
reextract` and deleted with the article, so the rows are always a function of the stored
revisions: a rebuilt history leaves the same rows a fresh run would. ``first_at`` is when the
article first showed the paragraph, so a replay asks what the site looked like at that page's
fetch (``others``), not what it looks like now. Functions here never commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from datetime import datetime

from monitor import sitewide
from monitor.model import Revision
from monitor.store import rows

__all__ = ["forget", "others", "record"]

# Fewer other articles than this are never enough for drop_site_templates: not worth returning.
_FEWEST = 2


def record(conn: sqlite3.Connection, article_id: int, url: str, revision: Revision) -> None:
    """Remember the revision's short body paragraphs for the article's site."""
    found = sitewide.recorded(revision.article)
    if not found:
        return
    site, at = sitewide.site_of(url), rows.instant(revision.fetched_at)
    conn.executemany(
        "INSERT OR IGNORE INTO site_paragraphs (site, fingerprint, article_id, first_at)"
        " VALUES (?, ?, ?, ?)",
        [(site, fingerprint, article_id, at) for fingerprint in found],
    )


def forget(conn: sqlite3.Connection, article_id: int) -> None:
    conn.execute("DELETE FROM site_paragraphs WHERE article_id = ?", (article_id,))


def others(
    conn: sqlite3.Connection, url: str, fingerprints: Collection[int], before: datetime
) -> dict[int, int]:
    """For each of ``fingerprints`` that at least two other articles of ``url``'s site showed
    before ``before``: how many did."""
    if not fingerprints:
        return {}
    marks = ",".join("?" * len(fingerprints))
    found = conn.execute(
        "SELECT fingerprint, count(*) FROM site_paragraphs"
        f" WHERE site = ? AND fingerprint IN ({marks}) AND first_at < ?"
        " AND article_id IS NOT (SELECT id FROM articles WHERE url = ?)"
        " GROUP BY fingerprint HAVING count(*) >= ?",
        (sitewide.site_of(url), *fingerprints, rows.instant(before), url, _FEWEST),
    ).fetchall()
    return dict(found)
