"""The SQLite edge: every article's full revision history, compact and exactly reconstructable.

``Store.open(path)`` creates and migrates the database; ``apply(plan)`` writes one poll in one
transaction; the read methods serve the pipeline, the CLI and the digest. The schema is described
table by table in docs/schema.md.
"""

from __future__ import annotations

from monitor.store.records import ArticleRow, ArticleStatus, LastError, PollState, short_id
from monitor.store.store import Store

__all__ = ["ArticleRow", "ArticleStatus", "LastError", "PollState", "Store", "short_id"]
