-- The schema a new database file gets: what the migrations in monitor/store/schema.py make
-- of an empty file, as SQLite records it. Generated; do not edit. After adding a migration,
-- run `UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_store_create.py` and review the diff.

CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

CREATE TABLE "articles" (
   "id" INTEGER PRIMARY KEY,
   "url" TEXT NOT NULL,
   "title" TEXT,
   "first_seen_at" TEXT,
   "latest_number" INTEGER NOT NULL DEFAULT 0,
   "latest_hash" TEXT,
   "etag" TEXT,
   "last_modified" TEXT,
   "last_poll_at" TEXT,
   "last_outcome" TEXT,
   "next_poll_at" TEXT,
   "interval_s" REAL,
   "last_change_at" TEXT,
   "error_streak" INTEGER NOT NULL DEFAULT 0,
   "last_error_kind" TEXT,
   "last_error_message" TEXT,
   "last_error_at" TEXT,
   "last_error_transient" INTEGER
, "is_live" INTEGER NOT NULL DEFAULT 0, latest_base INTEGER, latest_delta BLOB, "canonical_url" TEXT);

CREATE UNIQUE INDEX "idx_articles_url"
    ON "articles" ("url");

CREATE TABLE "revisions" (
   "id" INTEGER PRIMARY KEY,
   "article_id" INTEGER NOT NULL REFERENCES "articles"("id"),
   "number" INTEGER NOT NULL,
   "fetched_at" TEXT NOT NULL,
   "content_hash" TEXT NOT NULL,
   "title" TEXT,
   "storage" TEXT NOT NULL,
   "article_data" BLOB NOT NULL
);

CREATE UNIQUE INDEX "idx_revisions_article_id_number"
    ON "revisions" ("article_id", "number");

CREATE INDEX "idx_revisions_article_id_fetched_at"
    ON "revisions" ("article_id", "fetched_at");

CREATE TABLE "changes" (
   "id" INTEGER PRIMARY KEY,
   "revision_id" INTEGER NOT NULL REFERENCES "revisions"("id"),
   "position" INTEGER NOT NULL,
   "kind" TEXT NOT NULL,
   "block_id" TEXT,
   "block_kind" TEXT,
   "block_label" TEXT,
   "block_timestamp" TEXT,
   "text" TEXT,
   "previous_text" TEXT,
   "paragraph" INTEGER,
   "previous_paragraph" INTEGER,
   "substantive" INTEGER NOT NULL,
   "silent" INTEGER NOT NULL,
   "labels" TEXT
);

CREATE UNIQUE INDEX "idx_changes_revision_id_position"
    ON "changes" ("revision_id", "position");

CREATE TABLE "retractions" (
   "id" INTEGER PRIMARY KEY,
   "revision_id" INTEGER NOT NULL REFERENCES "revisions"("id"),
   "position" INTEGER NOT NULL,
   "reason" TEXT NOT NULL,
   "update_block_id" TEXT,
   "update_block_kind" TEXT,
   "update_block_label" TEXT,
   "update_block_timestamp" TEXT,
   "target_block_id" TEXT,
   "target_block_kind" TEXT,
   "target_block_label" TEXT,
   "target_block_timestamp" TEXT,
   "claim" TEXT,
   "evidence" TEXT,
   "cue" TEXT,
   "score" REAL,
   "entities" TEXT
);

CREATE UNIQUE INDEX "idx_retractions_revision_id_position"
    ON "retractions" ("revision_id", "position");

CREATE TABLE "polls" (
   "id" INTEGER PRIMARY KEY,
   "article_id" INTEGER NOT NULL REFERENCES "articles"("id"),
   "polled_at" TEXT NOT NULL,
   "outcome" TEXT NOT NULL,
   "elapsed_ms" REAL,
   "http_status" INTEGER,
   "revision_number" INTEGER,
   "reverted_to" INTEGER,
   "error_kind" TEXT,
   "error_message" TEXT,
   "error_transient" INTEGER,
   "retry_after_s" REAL
);

CREATE INDEX "idx_polls_article_id_polled_at"
    ON "polls" ("article_id", "polled_at");

CREATE TABLE "read_markers" (
   "name" TEXT PRIMARY KEY,
   "read_until" TEXT
);

CREATE TABLE "notifications" (
   "channel" TEXT PRIMARY KEY,
   "last_sent_at" TEXT
);

CREATE VIEW "retractions_view" AS 
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
JOIN articles a ON a.id = v.article_id;

CREATE VIEW "article_timeline" AS 
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
GROUP BY v.id;

CREATE TABLE raw_dictionaries (id INTEGER PRIMARY KEY, site TEXT NOT NULL, created_at TEXT NOT NULL, digest TEXT NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL);

CREATE INDEX idx_raw_dictionaries_site ON raw_dictionaries (site, id);

CREATE TABLE latest_blocks (article_id INTEGER NOT NULL REFERENCES articles(id), position INTEGER NOT NULL, block_id TEXT, kind TEXT, label TEXT, timestamp TEXT, timestamp_raw TEXT, paragraphs INTEGER, PRIMARY KEY (article_id, position)) WITHOUT ROWID;

CREATE VIEW "latest_updates" AS 
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
FROM latest_blocks b JOIN articles a ON a.id = b.article_id;

CREATE INDEX "idx_articles_canonical_url"
    ON "articles" ("canonical_url");

CREATE TABLE "snapshots" (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id), page INTEGER NOT NULL, fetched_at TEXT NOT NULL, revision_id INTEGER REFERENCES revisions(id), final_url TEXT, status INTEGER, encoding TEXT, content_type TEXT, etag TEXT, last_modified TEXT, body_size INTEGER, compression TEXT, body BLOB, dictionary_id INTEGER REFERENCES raw_dictionaries(id));

CREATE UNIQUE INDEX idx_snapshots_article_id_page ON snapshots (article_id, page);

CREATE UNIQUE INDEX idx_snapshots_revision_id ON snapshots (revision_id);

CREATE INDEX idx_snapshots_dictionary_id ON snapshots (dictionary_id);

CREATE TABLE site_paragraphs (fingerprint INTEGER NOT NULL, article_id INTEGER NOT NULL, first_at INTEGER NOT NULL, PRIMARY KEY (fingerprint, article_id)) WITHOUT ROWID;

CREATE TABLE furniture_lost (revision_id INTEGER NOT NULL REFERENCES revisions(id), text TEXT NOT NULL, replaced INTEGER NOT NULL);

CREATE INDEX idx_furniture_lost_revision_id ON furniture_lost (revision_id);
