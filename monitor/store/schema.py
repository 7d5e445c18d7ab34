"""The database schema, as named sqlite-utils migrations, and the connection settings.

Every table, column and view is described in docs/schema.md; change both together. A migration is
never edited once released: add a new function instead, then regenerate ``current_schema.sql``
(what a new file gets; ``monitor.store.create``) with ``UPDATE_GOLDENS=1`` on
tests/test_store_create.py. ``check_not_newer`` refuses a database that a newer monitor has
migrated further than this one knows.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from monitor.store import chains, codec, latest, templates
from monitor.store.version import KNOWN_MIGRATIONS, MIGRATION_SET

__all__ = ["KNOWN_MIGRATIONS", "migrate", "migrations"]

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_tables(db: Database) -> None:
    db.table("articles").create(
        {
            "id": int,
            "url": str,
            "title": str,
            "first_seen_at": str,
            "latest_number": int,
            "latest_hash": str,
            "latest_article": str,
            "etag": str,
            "last_modified": str,
            "last_poll_at": str,
            "last_outcome": str,
            "next_poll_at": str,
            "interval_s": float,
            "last_change_at": str,
            "error_streak": int,
            "last_error_kind": str,
            "last_error_message": str,
            "last_error_at": str,
            "last_error_transient": int,
        },
        pk="id",
        not_null={"url", "latest_number", "error_streak"},
        defaults={"latest_number": 0, "error_streak": 0},
    )
    db.table("articles").create_index(["url"], unique=True)

    db.table("revisions").create(
        {
            "id": int,
            "article_id": int,
            "number": int,
            "fetched_at": str,
            "content_hash": str,
            "title": str,
            "storage": str,
            "article_data": bytes,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "number", "fetched_at", "content_hash", "storage", "article_data"},
    )
    db.table("revisions").create_index(["article_id", "number"], unique=True)
    db.table("revisions").create_index(["article_id", "content_hash"])
    db.table("revisions").create_index(["article_id", "fetched_at"])

    db.table("snapshots").create(
        {
            "revision_id": int,
            "final_url": str,
            "status": int,
            "encoding": str,
            "content_type": str,
            "etag": str,
            "last_modified": str,
            "body_size": int,
            "compression": str,
            "body": bytes,
        },
        pk="revision_id",
        foreign_keys=[("revision_id", "revisions", "id")],
    )

    _block_columns = {
        "block_id": str,
        "block_kind": str,
        "block_label": str,
        "block_timestamp": str,
    }
    db.table("changes").create(
        {
            "id": int,
            "revision_id": int,
            "position": int,
            "kind": str,
            **_block_columns,
            "text": str,
            "previous_text": str,
            "paragraph": int,
            "previous_paragraph": int,
            "substantive": int,
            "silent": int,
            "labels": str,
        },
        pk="id",
        foreign_keys=[("revision_id", "revisions", "id")],
        not_null={"revision_id", "position", "kind", "substantive", "silent"},
    )
    db.table("changes").create_index(["revision_id", "position"], unique=True)

    db.table("retractions").create(
        {
            "id": int,
            "revision_id": int,
            "position": int,
            "reason": str,
            **{f"update_{k}": v for k, v in _block_columns.items()},
            **{f"target_{k}": v for k, v in _block_columns.items()},
            "claim": str,
            "evidence": str,
            "cue": str,
            "score": float,
            "entities": str,
        },
        pk="id",
        foreign_keys=[("revision_id", "revisions", "id")],
        not_null={"revision_id", "position", "reason"},
    )
    db.table("retractions").create_index(["revision_id", "position"], unique=True)

    db.table("polls").create(
        {
            "id": int,
            "article_id": int,
            "polled_at": str,
            "outcome": str,
            "elapsed_ms": float,
            "http_status": int,
            "revision_number": int,
            "reverted_to": int,
            "error_kind": str,
            "error_message": str,
            "error_transient": int,
            "retry_after_s": float,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "polled_at", "outcome"},
    )
    db.table("polls").create_index(["article_id", "polled_at"])

    db.table("read_markers").create({"name": str, "read_until": str}, pk="name")
    db.table("notifications").create({"channel": str, "last_sent_at": str}, pk="channel")


# The block ids an article shows now, with what history did to them. A block's status is the
# strongest thing that happened to it: a retraction aimed at it, else an edit, else active.
_LATEST_UPDATES = """
SELECT
  a.id AS article_id,
  a.url,
  a.title AS headline,
  CAST(block.key AS INTEGER) AS position,
  json_extract(block.value, '$.id') AS block_id,
  json_extract(block.value, '$.kind') AS kind,
  json_extract(block.value, '$.label') AS label,
  json_extract(block.value, '$.timestamp') AS timestamp,
  json_array_length(block.value, '$.paragraphs') AS paragraphs,
  COALESCE(
    (SELECT CASE r.reason
              WHEN 'contradiction' THEN 'disputed'
              WHEN 'correction' THEN 'corrected'
              ELSE r.reason END
       FROM retractions r JOIN revisions v ON v.id = r.revision_id
      WHERE v.article_id = a.id AND r.target_block_id = json_extract(block.value, '$.id')
      ORDER BY v.number DESC, r.position DESC LIMIT 1),
    (SELECT 'edited'
       FROM changes c JOIN revisions v ON v.id = c.revision_id
      WHERE v.article_id = a.id AND c.kind = 'update_edited'
        AND c.block_id = json_extract(block.value, '$.id')
      LIMIT 1),
    'active'
  ) AS status
FROM articles a, json_each(a.latest_article, '$.blocks') AS block
WHERE a.latest_article IS NOT NULL
"""

_RETRACTIONS_VIEW = """
SELECT
  r.id,
  a.id AS article_id,
  a.url,
  a.title AS headline,
  v.number AS revision,
  v.fetched_at,
  r.reason,
  r.target_block_label AS earlier_block,
  r.target_block_timestamp AS earlier_block_at,
  r.claim,
  r.update_block_label AS later_block,
  r.update_block_timestamp AS later_block_at,
  r.evidence,
  r.cue,
  r.score,
  r.entities
FROM retractions r
JOIN revisions v ON v.id = r.revision_id
JOIN articles a ON a.id = v.article_id
"""

_ARTICLE_TIMELINE = """
SELECT
  v.article_id,
  a.url,
  v.number AS revision,
  v.fetched_at,
  v.title AS headline,
  COUNT(c.id) AS changes,
  COALESCE(SUM(c.substantive), 0) AS substantive,
  COALESCE(SUM(c.silent), 0) AS silent,
  COALESCE(SUM(c.kind = 'title_changed'), 0) AS title_changed,
  COALESCE(SUM(c.kind = 'update_added'), 0) AS updates_added,
  COALESCE(SUM(c.kind = 'update_edited'), 0) AS updates_edited,
  COALESCE(SUM(c.kind = 'update_removed'), 0) AS updates_removed,
  COALESCE(SUM(c.kind IN ('paragraph_added', 'paragraph_edited', 'paragraph_removed',
                          'paragraph_moved', 'update_moved')), 0) AS paragraph_changes,
  COALESCE(SUM(c.kind = 'text_struck'), 0) AS text_struck,
  (SELECT COUNT(*) FROM retractions r WHERE r.revision_id = v.id) AS retractions
FROM revisions v
JOIN articles a ON a.id = v.article_id
LEFT JOIN changes c ON c.revision_id = v.id
GROUP BY v.id
"""


@migrations()
def m002_views(db: Database) -> None:
    db.create_view("latest_updates", _LATEST_UPDATES)
    db.create_view("retractions_view", _RETRACTIONS_VIEW)
    db.create_view("article_timeline", _ARTICLE_TIMELINE)


@migrations()
def m003_article_is_live(db: Database) -> None:
    # Lets a 304 poll know whether the article is live (adaptive cadence) without decoding the
    # cached article text: the hot path of a daemon over thousands of quiet articles.
    db.table("articles").add_column("is_live", int, not_null_default=0)


# m004: the same view, fed by latest_blocks instead of the Article JSON on the articles row.
_LATEST_UPDATES_FROM_BLOCKS = """
SELECT
  a.id AS article_id,
  a.url,
  a.title AS headline,
  b.position,
  b.block_id,
  b.kind,
  b.label,
  b.timestamp,
  b.paragraphs,
  COALESCE(
    (SELECT CASE r.reason
              WHEN 'contradiction' THEN 'disputed'
              WHEN 'correction' THEN 'corrected'
              ELSE r.reason END
       FROM retractions r JOIN revisions v ON v.id = r.revision_id
      WHERE v.article_id = a.id AND r.target_block_id = b.block_id
      ORDER BY v.number DESC, r.position DESC LIMIT 1),
    (SELECT 'edited'
       FROM changes c JOIN revisions v ON v.id = c.revision_id
      WHERE v.article_id = a.id AND c.kind = 'update_edited' AND c.block_id = b.block_id
      LIMIT 1),
    'active'
  ) AS status,
  b.timestamp_raw
FROM latest_blocks b JOIN articles a ON a.id = b.article_id
"""


@migrations()
def m004_compact_latest_and_site_dictionaries(db: Database) -> None:
    # The newest Article no longer sits whole on the articles row (40% of the file): see
    # monitor/store/latest.py. Raw keyframes get same-site dictionaries: see dictionaries.py.
    db.execute(
        "CREATE TABLE raw_dictionaries (id INTEGER PRIMARY KEY, site TEXT NOT NULL,"
        " created_at TEXT NOT NULL, digest TEXT NOT NULL, size INTEGER NOT NULL,"
        " content BLOB NOT NULL)"
    )
    db.execute("CREATE INDEX idx_raw_dictionaries_site ON raw_dictionaries (site, id)")
    db.execute(
        "ALTER TABLE snapshots ADD COLUMN dictionary_id INTEGER REFERENCES raw_dictionaries(id)"
    )
    db.execute("CREATE INDEX idx_snapshots_dictionary_id ON snapshots (dictionary_id)")
    db.execute(
        "CREATE TABLE latest_blocks (article_id INTEGER NOT NULL REFERENCES articles(id),"
        " position INTEGER NOT NULL, block_id TEXT, kind TEXT, label TEXT, timestamp TEXT,"
        " timestamp_raw TEXT, paragraphs INTEGER, PRIMARY KEY (article_id, position))"
        " WITHOUT ROWID"
    )
    db.execute("ALTER TABLE articles ADD COLUMN latest_base INTEGER")
    db.execute("ALTER TABLE articles ADD COLUMN latest_delta BLOB")
    _move_latest_articles(db)
    db.execute("DROP VIEW latest_updates")
    db.execute("ALTER TABLE articles DROP COLUMN latest_article")
    db.create_view("latest_updates", _LATEST_UPDATES_FROM_BLOCKS)


def _move_latest_articles(db: Database) -> None:
    conn = db.conn
    found = conn.execute(
        "SELECT id, latest_number, latest_article FROM articles WHERE latest_article IS NOT NULL"
    ).fetchall()
    for article_id, number, text in found:
        base = conn.execute(
            "SELECT number, article_data FROM revisions WHERE article_id = ? AND number <= ?"
            " AND storage = ? ORDER BY number DESC LIMIT 1",
            (article_id, number, codec.FULL),
        ).fetchone()
        if base is None:
            raise ValueError(f"article {article_id} has no whole revision to rebuild from")
        base_text = codec.decode_text(codec.FULL, base[1], None)
        delta = None if base[0] == number else codec.encode_delta(text, base_text)
        conn.execute(
            "UPDATE articles SET latest_base = ?, latest_delta = ? WHERE id = ?",
            (base[0], delta, article_id),
        )
        latest.write_blocks(conn, article_id, codec.article_from_text(text))


@migrations()
def m005_article_canonical_url(db: Database) -> None:
    # The page's <link rel=canonical>, normalised: two configured URLs that are the same article
    # (a tracking parameter, a mobile or AMP address) show up as one canonical URL.
    db.table("articles").add_column("canonical_url", str)
    db.table("articles").create_index(["canonical_url"])


@migrations()
def m006_drop_unused_hash_index(db: Database) -> None:
    # No query looks a revision up by its hash: ``known_hashes`` reads an article's hashes
    # through its (article_id, number) index. Each revision paid one more B-tree insert for it,
    # and ~60 bytes.
    db.execute("DROP INDEX IF EXISTS idx_revisions_article_id_content_hash")


@migrations()
def m007_raw_pages_in_fetch_order(db: Database) -> None:
    # A raw page is a fetch, not a revision: each article's pages get their own order (``page``)
    # and their fetch time, and ``revision_id`` says which revision a page made, if any. So
    # `monitor reextract` can derive fewer revisions from the same pages and keep every page, and
    # the raw chains (each page packed against the page before it) never depend on how the
    # pages were grouped into revisions.
    db.execute(
        "CREATE TABLE snapshots_paged (id INTEGER PRIMARY KEY,"
        " article_id INTEGER NOT NULL REFERENCES articles(id), page INTEGER NOT NULL,"
        " fetched_at TEXT NOT NULL, revision_id INTEGER REFERENCES revisions(id),"
        " final_url TEXT, status INTEGER, encoding TEXT, content_type TEXT, etag TEXT,"
        " last_modified TEXT, body_size INTEGER, compression TEXT, body BLOB,"
        " dictionary_id INTEGER REFERENCES raw_dictionaries(id))"
    )
    db.execute(
        "INSERT INTO snapshots_paged (article_id, page, fetched_at, revision_id, final_url,"
        " status, encoding, content_type, etag, last_modified, body_size, compression, body,"
        " dictionary_id)"
        " SELECT v.article_id, v.number, v.fetched_at, s.revision_id, s.final_url, s.status,"
        " s.encoding, s.content_type, s.etag, s.last_modified, s.body_size, s.compression,"
        " s.body, s.dictionary_id FROM snapshots s JOIN revisions v ON v.id = s.revision_id"
        " ORDER BY v.article_id, v.number"
    )
    db.execute("DROP TABLE snapshots")
    db.execute("ALTER TABLE snapshots_paged RENAME TO snapshots")
    db.execute("CREATE UNIQUE INDEX idx_snapshots_article_id_page ON snapshots (article_id, page)")
    db.execute("CREATE UNIQUE INDEX idx_snapshots_revision_id ON snapshots (revision_id)")
    db.execute("CREATE INDEX idx_snapshots_dictionary_id ON snapshots (dictionary_id)")


@migrations()
def m008_site_paragraphs(db: Database) -> None:
    # A short paragraph that other articles of the same site show too is a site template, never
    # news (monitor/classify/templates.py): the store remembers each article's short paragraphs,
    # per site, with when it first showed them. Existing histories are read once to fill it. No
    # foreign key: deleting an article would scan the table for rows the article deletes itself.
    db.execute(
        "CREATE TABLE site_paragraphs (fingerprint INTEGER NOT NULL,"
        " article_id INTEGER NOT NULL, first_at INTEGER NOT NULL,"
        " PRIMARY KEY (fingerprint, article_id)) WITHOUT ROWID"
    )
    conn = db.conn
    for article in chains.fetch_all(conn, "SELECT * FROM articles WHERE latest_number > 0"):
        for revision in chains.read_history(conn, article, None).revisions:
            templates.record(conn, article["id"], article["url"], revision)


@migrations()
def m009_furniture_lost(db: Database) -> None:
    # The short lines a revision lost without a change reporting it (rotating furniture), for
    # Store.lost_lines. Older revisions have none; `monitor reextract` fills them in.
    db.execute(
        "CREATE TABLE furniture_lost (revision_id INTEGER NOT NULL REFERENCES revisions(id),"
        " text TEXT NOT NULL, replaced INTEGER NOT NULL)"
    )
    db.execute("CREATE INDEX idx_furniture_lost_revision_id ON furniture_lost (revision_id)")


def migrate(db: Database) -> None:
    """Put the file in WAL mode and apply every pending migration (each in its transaction)."""
    if db.journal_mode != "wal":
        db.enable_wal()
    migrations.apply(db)
