"""A new, empty database file goes straight to the current schema, without sqlite-utils.

The migrations in ``schema`` are the definition of the schema, and they still upgrade every
existing file. For a file with no tables at all, though, their end result is known in advance:
``current_schema.sql`` holds it, statement for statement as SQLite itself records it in
``sqlite_master`` after the migrations ran. ``tests/test_store_create.py`` regenerates that text
from the migrations and fails when the file differs (``UPDATE_GOLDENS=1`` rewrites it), so the
file is a cache of the migrations, never a second definition edited by hand.

Why: creating a file by the migrations costs ~55 ms of CPU (importing sqlite-utils, then six
migrations, some rebuilding a table), about a quarter of a first `monitor check`'s start-up;
running the recorded statements costs a few. The migrations are recorded as applied, exactly as
sqlite-utils records them.
"""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

from monitor.store.version import KNOWN_MIGRATIONS, MIGRATION_SET, MIGRATIONS_TABLE

__all__ = ["CURRENT_SCHEMA", "create_current_schema", "schema_statements"]

CURRENT_SCHEMA = Path(__file__).with_name("current_schema.sql")


def create_current_schema(conn: sqlite3.Connection) -> bool:
    """Create every table, index and view of the current schema in ``conn``'s database, if it
    has none yet; False (and nothing done) when it has any, or another connection is creating
    them: the migrations then take over as for any existing file."""
    if _has_tables(conn):
        return False
    statements = schema_statements(CURRENT_SCHEMA.read_text(encoding="utf-8"))
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("BEGIN IMMEDIATE")  # the write lock first: then no one else can be creating it
    try:
        if _has_tables(conn):
            conn.rollback()
            return False
        for statement in statements:
            conn.execute(statement)
        # sqlite-utils' own record of an applied migration, timestamp format included.
        applied_at = str(datetime.datetime.now(datetime.UTC))
        conn.executemany(
            f"INSERT INTO [{MIGRATIONS_TABLE}] (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [(MIGRATION_SET, name, applied_at) for name in KNOWN_MIGRATIONS],
        )
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return True


def schema_statements(script: str) -> list[str]:
    """The statements of ``script`` (comment lines dropped), split where SQLite says one ends."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"{CURRENT_SCHEMA.name} ends inside a statement: {pending[:80]!r}")
    return statements


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None
