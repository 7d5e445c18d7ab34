"""Which schema a database file has, read with plain sqlite3: no sqlite-utils on the hot path.

Opening an up-to-date database (every `monitor check`, every reader) needs only the names of the
applied migrations. sqlite-utils, which runs the migrations themselves (``schema``), costs about
50 ms of CPU to import, a sixth of a `monitor check` start-up, so it is imported only when a
migration is actually pending.
"""

from __future__ import annotations

import sqlite3

from monitor.errors import SchemaTooNew

MIGRATION_SET = "monitor"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' own bookkeeping table

# Every migration this version knows, in order. ``schema`` registers exactly these (a test holds
# the two lists equal); a new migration is appended in both places.
KNOWN_MIGRATIONS = (
    "m001_tables",
    "m002_views",
    "m003_article_is_live",
    "m004_compact_latest_and_site_dictionaries",
    "m005_article_canonical_url",
    "m006_drop_unused_hash_index",
    "m007_raw_pages_in_fetch_order",
    "m008_site_paragraphs",
    "m009_furniture_lost",
)

# Readers (CLI, digest, Datasette) and the daemon share the file: WAL lets them read while it
# writes; NORMAL sync is durable across application crashes and only risks the last commits on
# power loss, which the next poll re-fetches anyway.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA synchronous = NORMAL",
)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of this set's applied migrations, in the order they ran ([] for a new file)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if exists is None:
        return []
    rows = conn.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    )
    return [name for (name,) in rows]


def check_not_newer(applied: list[str], subject: str) -> None:
    unknown = sorted(set(applied) - set(KNOWN_MIGRATIONS))
    if unknown:
        raise SchemaTooNew(
            f"the database was upgraded by a newer monitor (migration {unknown[-1]}); "
            "upgrade monitor to read it",
            subject=subject,
        )


def is_current(applied: list[str]) -> bool:
    return set(KNOWN_MIGRATIONS) <= set(applied)
