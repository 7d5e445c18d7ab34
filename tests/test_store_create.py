"""A new file gets the current schema from ``current_schema.sql``, which must be exactly what the
migrations make (``monitor.store.create``)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlite_utils import Database

from monitor.store import Store, schema
from monitor.store.create import CURRENT_SCHEMA, create_current_schema, schema_statements
from monitor.store.version import KNOWN_MIGRATIONS, applied_migrations

_HEADER = (
    "-- The schema a new database file gets: what the migrations in monitor/store/schema.py make\n"
    "-- of an empty file, as SQLite records it. Generated; do not edit. After adding a migration,\n"
    "-- run `UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_store_create.py` and review the diff.\n"
)


def _layout(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """Every table, index and view as SQLite records it (automatic indexes have no SQL)."""
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()


def _migrated(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    schema.migrate(Database(conn, execute_plugins=False))
    return conn


def test_the_current_schema_file_is_what_the_migrations_make(tmp_path: Path) -> None:
    conn = _migrated(tmp_path / "migrated.db")
    text = _HEADER + "".join(f"\n{sql};\n" for _, _, _, sql in _layout(conn))
    conn.close()
    if os.environ.get("UPDATE_GOLDENS") == "1":
        CURRENT_SCHEMA.write_text(text, encoding="utf-8")
    assert CURRENT_SCHEMA.read_text(encoding="utf-8") == text, (
        "current_schema.sql is stale: run with UPDATE_GOLDENS=1 and review the diff"
    )


def test_a_new_file_gets_the_migrated_layout_and_records_without_sqlite_utils(
    tmp_path: Path,
) -> None:
    new, migrated = tmp_path / "new.db", tmp_path / "migrated.db"
    probe = (
        "import sys; from pathlib import Path; from monitor.store import Store\n"
        f"Store.open(Path({str(new)!r})).close()\n"
        "print('sqlite_utils' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr
    with sqlite3.connect(new) as created, _migrated(migrated) as reference:
        assert _layout(created) == _layout(reference)
        assert (
            applied_migrations(created) == applied_migrations(reference) == list(KNOWN_MIGRATIONS)
        )
        applied_at = created.execute("SELECT applied_at FROM _sqlite_migrations").fetchone()[0]
        assert applied_at.endswith("+00:00")  # sqlite-utils' own format
        assert created.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_has_any_table_is_left_to_the_migrations(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE something_else (x)")
        assert not create_current_schema(conn)
        assert [row[1] for row in _layout(conn)] == ["something_else"]
    with Store.open(path):  # the migrations add the schema beside it
        pass
    with sqlite3.connect(path) as conn:
        assert applied_migrations(conn) == list(KNOWN_MIGRATIONS)


def test_the_schema_file_splits_into_whole_statements() -> None:
    script = "-- a comment\n\nCREATE TABLE a (x TEXT DEFAULT ';');\nCREATE VIEW v AS\nSELECT x\nFROM a;\n"
    assert schema_statements(script) == [
        "CREATE TABLE a (x TEXT DEFAULT ';');",
        "CREATE VIEW v AS\nSELECT x\nFROM a;",
    ]
