"""The SQLite store: exact round trips, one transaction per poll, crash safety, compact storage."""

from __future__ import annotations

import itertools
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database
from store_support import (
    CRASH_WRITER,
    T0,
    URL,
    make_article,
    quiet_plan,
    random_edit,
    render_page,
    revision_plan,
    with_new_update,
    write_m003_history,
)

from monitor import _jsonio
from monitor.errors import DatabaseLocked, NotFound, SchemaTooNew, StoreError
from monitor.model import (
    FailureInfo,
    Plan,
    PollOutcome,
    Validators,
)
from monitor.store import Store, codec, schema
from monitor.store import store as store_module
from monitor.store.chains import RAW_KEYFRAME_EVERY, TEXT_KEYFRAME_EVERY
from monitor.store.schema import KNOWN_MIGRATIONS

OTHER = "https://other.example/live"


@pytest.fixture
def store(db_path: Path) -> Store:
    with Store.open(db_path) as opened:
        yield opened  # type: ignore[misc]


def fill(store: Store, revisions: int, *, seed: int = 1, url: str = URL) -> list:
    """Apply ``revisions`` one-update revisions; returns the Articles applied, in order."""
    rng = random.Random(seed)
    article = make_article(rng)
    applied = []
    for number in range(1, revisions + 1):
        at = T0 + timedelta(minutes=30 * number)
        if number > 1:
            article = with_new_update(article, rng, at)
        store.apply(revision_plan(number, article, at, url=url))
        applied.append(article)
    return applied


def table_count(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


# ---------------------------------------------------------------------------------------------
# Opening, migrations, locking


def test_open_creates_schema_in_wal_mode_with_views(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert {"articles", "revisions", "changes", "retractions", "snapshots", "polls"} <= names
    assert {"latest_updates", "retractions_view", "article_timeline"} <= names
    assert mode == "wal"


def test_readonly_on_a_missing_file_says_what_to_run(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    with pytest.raises(StoreError, match=r"no database at .*nope\.db; run `monitor check` first"):
        Store.open(missing, readonly=True)
    assert not missing.exists()


def test_a_reader_never_migrates_a_file_a_writer_is_still_creating(db_path: Path) -> None:
    """A reader racing a starting daemon must not take the write lock to create the schema."""
    sqlite3.connect(db_path).close()  # the daemon's connect has made the file, nothing more yet
    with pytest.raises(StoreError, match="no tables yet"):
        Store.open(db_path, readonly=True)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
    conn.close()
    Store.open(db_path).close()  # the writer then creates it as usual
    Store.open(db_path, readonly=True).close()


def test_readonly_store_reads_but_refuses_writes(store: Store, db_path: Path) -> None:
    fill(store, 2)
    with Store.open(db_path, readonly=True) as reader:
        assert reader.revision_count(URL) == 2
        with pytest.raises(StoreError, match=str(db_path)):
            reader.set_read_marker(T0)
    assert store.read_marker() is None


def test_a_database_from_a_newer_monitor_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('monitor', 'm999_from_the_future', '2030-01-01')"
        )
    with pytest.raises(SchemaTooNew, match="m999_from_the_future"):
        Store.open(db_path)


def test_reopening_does_not_migrate_twice(db_path: Path) -> None:
    Store.open(db_path).close()
    Store.open(db_path).close()
    assert table_count(db_path, "_sqlite_migrations") == len(KNOWN_MIGRATIONS)


def test_known_migrations_are_exactly_the_registered_ones(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    pending = [m.name for m in schema.migrations.pending(Database(conn))]
    conn.close()
    assert pending == list(KNOWN_MIGRATIONS)


def test_opening_a_current_database_does_not_import_sqlite_utils(db_path: Path) -> None:
    """sqlite-utils is for migrations only: `monitor check` on a current file never loads it."""
    Store.open(db_path).close()  # creates and migrates
    probe = (
        "import sys; from pathlib import Path; from monitor.store import Store\n"
        f"Store.open(Path({str(db_path)!r})).close()\n"
        f"Store.open(Path({str(db_path)!r}), readonly=True).close()\n"
        "print('sqlite_utils' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr


def test_m006_drops_the_unused_hash_index_and_hashes_still_read(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    schema.migrations.apply(Database(conn), stop_before="m006_drop_unused_hash_index")
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(revisions)")}
    conn.close()
    assert "idx_revisions_article_id_content_hash" in indexes  # what m001 made
    rng = random.Random(3)
    article = make_article(rng, paragraphs=3)
    with Store.open(db_path) as store:
        store.apply(revision_plan(1, article, T0))
        assert store.known_hashes(URL) == {_jsonio.stable_hash(article): 1}
    with sqlite3.connect(db_path) as conn:
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(revisions)")}
    assert "idx_revisions_article_id_content_hash" not in indexes
    assert "idx_revisions_article_id_number" in indexes


def test_a_database_written_at_m003_migrates_and_every_revision_reads_back(
    db_path: Path,
) -> None:
    conn = sqlite3.connect(db_path)
    schema.migrations.apply(Database(conn), stop_before=KNOWN_MIGRATIONS[3])
    conn.close()
    rng = random.Random(11)
    article = with_new_update(make_article(rng, paragraphs=8), rng, T0)
    applied = [article]
    for number in range(2, 2 * RAW_KEYFRAME_EVERY + 6):  # spans old and new keyframe intervals
        article = random_edit(applied[-1], rng, T0 + timedelta(minutes=30 * number))
        applied.append(article)
    write_m003_history(db_path, applied)

    with Store.open(db_path) as store:
        assert store.latest_article(URL) == applied[-1]
        for number, expected in enumerate(applied, start=1):
            assert store.revision(URL, number).article == expected
            assert store.raw_body(URL, number) == render_page(expected).encode()
        with sqlite3.connect(db_path) as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
            updates = conn.execute(
                "SELECT block_id, label, paragraphs FROM latest_updates ORDER BY position"
            ).fetchall()
        assert "latest_article" not in columns
        assert updates == [(b.id, b.label, len(b.paragraphs)) for b in applied[-1].blocks]

        following = with_new_update(applied[-1], rng, T0 + timedelta(days=3))
        store.apply(revision_plan(len(applied) + 1, following, T0 + timedelta(days=3)))
        assert store.latest_article(URL) == following
        assert store.revision(URL, len(applied) + 1).article == following
        assert store.raw_body(URL, len(applied) + 1) == render_page(following).encode()
        assert store.revision(URL, len(applied)).article == applied[-1]


def test_a_reader_upgrades_an_older_database_it_can_write(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    schema.migrations.apply(Database(conn), stop_before=KNOWN_MIGRATIONS[3])
    conn.close()
    rng = random.Random(5)
    applied = [with_new_update(make_article(rng, paragraphs=4), rng, T0)]
    write_m003_history(db_path, applied)
    with Store.open(db_path, readonly=True) as reader:  # e.g. `monitor digest` after an upgrade
        assert reader.revision(URL, 1).article == applied[0]
        with pytest.raises(StoreError):
            reader.set_read_marker(T0)  # still a reader


def test_daemon_lock_is_exclusive_until_close(db_path: Path) -> None:
    first = Store.open(db_path)
    first.acquire_daemon_lock()
    with Store.open(db_path) as second, pytest.raises(DatabaseLocked) as caught:
        second.acquire_daemon_lock()
    assert f"(pid {__import__('os').getpid()})" in str(caught.value)
    assert "stop it first" in str(caught.value)
    first.close()
    with Store.open(db_path) as third:
        third.acquire_daemon_lock()  # released by close()


# ---------------------------------------------------------------------------------------------
# Round trips


def test_revisions_changes_retractions_and_raw_page_round_trip(store: Store) -> None:
    applied = fill(store, TEXT_KEYFRAME_EVERY + 3)
    for number, article in enumerate(applied, start=1):
        plan = revision_plan(number, article, T0 + timedelta(minutes=30 * number))
        assert plan.revision is not None and plan.snapshot is not None
        stored = store.revision(URL, number)
        assert stored == plan.revision
        assert stored.content_hash == _jsonio.stable_hash(stored.article)
        assert store.raw_body(URL, number) == plan.snapshot.body
    assert store.latest_revision(URL) == store.revision(URL, len(applied))
    assert store.revision_count(URL) == len(applied)
    assert store.known_hashes(URL) == {
        _jsonio.stable_hash(article): n for n, article in enumerate(applied, start=1)
    }
    assert _validators(store) == Validators(etag=f'"v{len(applied)}"')


@st.composite
def edit_sequences(draw: st.DrawFn) -> tuple[int, int]:
    return draw(st.integers(0, 2**32)), draw(st.integers(1, 2 * TEXT_KEYFRAME_EVERY + 2))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_sequences())
def test_every_revision_of_a_random_edit_sequence_reconstructs_exactly(
    case: tuple[int, int],
) -> None:
    seed, length = case
    rng = random.Random(seed)
    article = make_article(rng, paragraphs=rng.randint(0, 6))
    applied = []
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "m.db") as store:
        for number in range(1, length + 1):
            at = T0 + timedelta(minutes=number)
            if number > 1:
                article = random_edit(article, rng, at)
            store.apply(revision_plan(number, article, at, with_snapshot=rng.random() < 0.8))
            applied.append(article)
        history = store.history(URL)
        assert [revision.article for revision in history.revisions] == applied
        for number in rng.sample(range(1, length + 1), min(length, 5)):
            stored = store.revision(URL, number)
            assert stored.article == applied[number - 1]
            assert stored.content_hash == _jsonio.stable_hash(applied[number - 1])


def _validators(store: Store) -> Validators:
    state = store.poll_state(URL)
    assert state is not None
    return state.validators


def test_latest_revision_is_none_for_an_unknown_article(store: Store) -> None:
    assert store.latest_revision(URL) is None
    assert store.known_hashes(URL) == {}
    assert store.articles() == []
    assert store.poll_state(URL) is None


# ---------------------------------------------------------------------------------------------
# Polls without a revision


def test_quiet_polls_update_the_article_row_and_log_a_poll(store: Store) -> None:
    fill(store, 2)
    at = T0 + timedelta(hours=3)
    store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, at, validators=Validators()))
    assert _validators(store) == Validators(etag='"v2"')  # a 304 keeps what it omits
    store.apply(quiet_plan(PollOutcome.ERROR, at + timedelta(minutes=5)))
    store.apply(quiet_plan(PollOutcome.ERROR, at + timedelta(minutes=10)))
    [status] = store.statuses()
    assert (status.error_streak, status.last_outcome) == (2, PollOutcome.ERROR)
    assert status.last_error is not None
    assert (status.last_error.kind, status.last_error.at) == (
        "FetchTimeout",
        at + timedelta(minutes=10),
    )
    assert _validators(store) == Validators(etag='"v2"')  # an error keeps them too
    store.apply(quiet_plan(PollOutcome.REVERTED, at + timedelta(minutes=15), reverted_to=1))
    [status] = store.statuses()
    assert status.error_streak == 0 and status.last_error is not None  # kept, no longer current
    assert status.last_change_at == T0 + timedelta(minutes=60)
    assert store.revision_count(URL) == 2
    with sqlite3.connect(store.path) as conn:
        outcomes = conn.execute(
            "SELECT outcome, http_status, reverted_to FROM polls ORDER BY polled_at"
        ).fetchall()
    assert outcomes[-4:] == [
        ("not_modified", 304, None),
        ("error", None, None),
        ("error", None, None),
        ("reverted", None, 1),
    ]


def test_a_revision_number_out_of_sequence_writes_nothing(store: Store) -> None:
    fill(store, 2)
    polls = table_count(store.path, "polls")
    bad = revision_plan(5, make_article(random.Random(3)), T0 + timedelta(days=1))
    with pytest.raises(StoreError, match="revision 5 cannot be stored after revision 2"):
        store.apply(bad)
    assert table_count(store.path, "polls") == polls
    assert store.revision_count(URL) == 2


# ---------------------------------------------------------------------------------------------
# Grouped polls (``monitor check``, the daemon): queued, then written together, each poll still
# all or nothing


def test_grouped_polls_are_queued_and_written_together_without_holding_the_lock(
    store: Store,
) -> None:
    rng = random.Random(5)
    article = make_article(rng, paragraphs=6)
    following = with_new_update(article, rng, T0 + timedelta(minutes=3))
    with store.grouping_polls(limit=3):
        store.apply(revision_plan(1, article, T0))
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(minutes=1)))
        assert table_count(store.path, "polls") == 0  # queued, not written
        # Queued polls hold no lock: another process can write meanwhile, without waiting.
        with sqlite3.connect(store.path, timeout=0) as other:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
        assert store.poll_state(OTHER) is None  # another article's poll reads, writing nothing
        assert table_count(store.path, "polls") == 0
        state = store.poll_state(URL)  # this article's next poll must see its queued one
        assert state is not None and state.latest_number == 1
        assert table_count(store.path, "polls") == 2
        store.apply(quiet_plan(PollOutcome.ERROR, T0 + timedelta(minutes=2), url=OTHER))
        store.apply(revision_plan(2, following, T0 + timedelta(minutes=3)))
        assert table_count(store.path, "polls") == 2
        store.apply(quiet_plan(PollOutcome.UNCHANGED, T0 + timedelta(minutes=4)))
        assert table_count(store.path, "polls") == 5  # the limit wrote the queue
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(minutes=5)))
        store.commit_grouped_polls()  # what the pipeline's timer calls
        assert table_count(store.path, "polls") == 6
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(minutes=6)))
        assert store.revision_count(URL) == 2  # any other read writes the queue first
        assert table_count(store.path, "polls") == 7
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(minutes=7)))
    assert table_count(store.path, "polls") == 8  # leaving the block writes the rest
    assert store.revision(URL, 2).article == following
    store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(minutes=8)))
    assert table_count(store.path, "polls") == 9  # ungrouped again: every poll commits


def test_queued_pages_are_written_before_they_take_much_memory(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = revision_plan(1, make_article(random.Random(3), paragraphs=4), T0)
    assert plan.snapshot is not None
    monkeypatch.setattr(store_module, "_QUEUED_BYTES_MAX", 2 * len(plan.snapshot.body))
    with store.grouping_polls(limit=100):
        store.apply(quiet_plan(PollOutcome.ERROR, T0, url=OTHER))
        store.apply(plan)
        assert table_count(store.path, "polls") == 0
        store.apply(replace(plan, url="https://x.example/b"))  # two pages reach the budget
        assert table_count(store.path, "polls") == 3


def test_a_failed_poll_in_a_group_undoes_itself_and_keeps_the_others(store: Store) -> None:
    bad_url = "https://x.example/a"
    written: list[tuple[str, PollOutcome]] = []

    def on_written(plans: list[Plan]) -> None:
        written.extend((plan.url, plan.outcome) for plan in plans)

    with pytest.raises(StoreError) as raised, store.grouping_polls(on_written=on_written):
        store.apply(quiet_plan(PollOutcome.ERROR, T0, url=OTHER))
        store.apply(revision_plan(1, make_article(random.Random(1), paragraphs=4), T0))
        bad = revision_plan(3, make_article(random.Random(2), paragraphs=4), T0, url=bad_url)
        store.apply(bad)  # queued: its failure shows when the queue is written
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(minutes=1)))
    assert str(raised.value) == (
        f"{store.path}: the poll of {bad_url} could not be stored: revision 3 cannot be stored"
        " after revision 0; numbers are contiguous (is another writer running?); it is polled"
        " again next time, and the other 3 poll(s) are stored"
    )
    with sqlite3.connect(store.path) as conn:
        urls = [u for (u,) in conn.execute("SELECT url FROM articles ORDER BY url")]
        polls = conn.execute("SELECT count(*) FROM polls").fetchone()[0]
    assert urls == sorted([URL, OTHER])  # the failed poll's new article row was undone too
    assert polls == 3
    assert store.revision_count(URL) == 1
    # What the daemon alerts on: the polls that were stored, never the one that was not.
    assert written == [
        (OTHER, PollOutcome.ERROR),
        (URL, PollOutcome.FIRST),
        (URL, PollOutcome.NOT_MODIFIED),
    ]


def test_queued_polls_that_cannot_get_the_write_lock_are_named_as_lost(store: Store) -> None:
    fill(store, 1)
    store._conn.execute("PRAGMA busy_timeout = 0")  # fail at once instead of after 5 s
    with store.grouping_polls():
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(hours=1)))
        store.apply(quiet_plan(PollOutcome.ERROR, T0 + timedelta(hours=1), url=OTHER))
        with sqlite3.connect(store.path, isolation_level=None) as other:
            other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
            with pytest.raises(StoreError, match="could not write, losing the last 2 poll"):
                store.commit_grouped_polls()
            other.execute("ROLLBACK")
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(hours=2)))
    assert table_count(store.path, "polls") == 2  # the first revision's and the last poll


def test_a_group_commit_that_fails_names_what_it_lost_and_earlier_history_stays(
    store: Store,
) -> None:
    fill(store, 1)
    assert _validators(store) == Validators(etag='"v1"')  # and the store keeps that state
    other = make_article(random.Random(8), paragraphs=4)
    # Make the commit itself fail, as a full disk would: a foreign key checked only then.
    store._conn.execute("PRAGMA defer_foreign_keys = ON")
    store._conn.execute("INSERT INTO latest_blocks (article_id, position) VALUES (999, 0)")
    written: list[Plan] = []
    with store.grouping_polls(on_written=written.extend):
        at = T0 + timedelta(hours=1)
        store.apply(revision_plan(1, other, at, url=OTHER))
        # A 304 carries the kept state forward to "v9" as it is written; the failed commit
        # must take that back, or the next poll would send a validator that was never stored.
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, at, validators=Validators(etag='"v9"')))
        with pytest.raises(StoreError, match="losing the last 2 poll"):
            store.commit_grouped_polls()
    assert table_count(store.path, "polls") == 1  # the revision written before the group
    assert written == []  # nothing committed, so nothing to alert on
    assert store.revision_count(OTHER) == 0 and store.revision_count(URL) == 1
    assert _validators(store) == Validators(etag='"v1"')
    store.apply(revision_plan(1, other, T0 + timedelta(hours=2), url=OTHER))  # written afresh
    assert store.revision(OTHER, 1).article == other


# ---------------------------------------------------------------------------------------------
# Reading history


def test_history_since_keeps_only_later_revisions_with_their_changes(store: Store) -> None:
    applied = fill(store, 5)
    since = T0 + timedelta(minutes=30 * 3)
    history = store.history(URL, since=since)
    assert [r.number for r in history.revisions] == [4, 5]
    assert [r.article for r in history.revisions] == applied[3:]
    assert all(r.changes for r in history.revisions)
    assert history.title == applied[-1].title


def test_histories_skip_articles_without_new_revisions_and_filter_by_short_id(
    store: Store,
) -> None:
    fill(store, 3)
    fill(store, 1, url=OTHER, seed=2)
    late = T0 + timedelta(minutes=30 * 2)
    assert [h.url for h in store.histories()] == [URL, OTHER]
    assert [h.url for h in store.histories(since=late)] == [URL]
    other_id = next(row.short_id for row in store.articles() if row.url == OTHER)
    assert [h.url for h in store.histories(article=other_id)] == [OTHER]


def test_resolve_article_accepts_url_or_short_id_and_explains_a_miss(store: Store) -> None:
    fill(store, 1)
    assert store.resolve_article("a1") == URL
    assert store.resolve_article(URL) == URL
    with pytest.raises(NotFound, match=r"a9: .*`monitor list` shows the ids"):
        store.resolve_article("a9")
    with pytest.raises(
        NotFound, match=r"there is no revision 4; this article has revisions 1\.\.1"
    ):
        store.revision(URL, 4)


def test_articles_list_counts_revisions(store: Store) -> None:
    fill(store, 3)
    [row] = store.articles()
    assert (row.short_id, row.url, row.revisions) == ("a1", URL, 3)
    assert row.first_seen == T0 + timedelta(minutes=30)
    assert row.last_change == T0 + timedelta(minutes=90)


def test_views_read_as_a_person_would_in_datasette(store: Store) -> None:
    fill(store, 4)
    with sqlite3.connect(store.path) as conn:
        updates = conn.execute(
            "SELECT label, status FROM latest_updates ORDER BY position"
        ).fetchall()
        timeline = conn.execute(
            "SELECT revision, updates_added, retractions FROM article_timeline ORDER BY revision"
        ).fetchall()
        retractions = conn.execute("SELECT revision, reason, cue FROM retractions_view").fetchall()
    assert len(updates) == 3 and updates[0][1] == "disputed" and updates[-1][1] == "active"
    assert timeline == [(1, 0, 0), (2, 1, 0), (3, 1, 1), (4, 1, 1)]
    assert retractions == [(n, "contradiction", "conflicting reports") for n in (3, 4)]


# ---------------------------------------------------------------------------------------------
# Schedule, markers, notifications, removal, retention


def test_schedule_markers_and_notifications_persist(store: Store, db_path: Path) -> None:
    fill(store, 1)
    quiet = replace(
        revision_plan(1, make_article(random.Random(1), paragraphs=2), T0),
        outcome=PollOutcome.NOT_MODIFIED,
        revision=None,
        snapshot=None,
        next_poll_at=T0 + timedelta(minutes=7),
        interval_s=420.0,
    )
    store.apply(quiet)
    store.set_read_marker(T0)
    store.set_read_marker(T0 + timedelta(hours=1), name="digest")
    store.record_notification(T0 + timedelta(minutes=2), channel="mail")
    store.close()
    with Store.open(db_path, readonly=True) as reader:
        state = reader.poll_state(URL)
        assert state is not None
        assert (state.next_poll_at, state.interval_s, state.error_streak) == (
            T0 + timedelta(minutes=7),
            420.0,
            0,
        )
        assert reader.read_marker() == T0
        assert reader.read_marker("digest") == T0 + timedelta(hours=1)
        assert reader.notification_state("mail") == T0 + timedelta(minutes=2)
        assert reader.notification_state("other") is None


def test_remove_article_forgets_its_whole_history(store: Store) -> None:
    fill(store, 3)
    fill(store, 2, url=OTHER, seed=2)
    store.remove_article(URL)
    assert [row.url for row in store.articles()] == [OTHER]
    with pytest.raises(NotFound):
        store.history(URL)
    assert table_count(store.path, "revisions") == 2
    assert table_count(store.path, "snapshots") == 2
    assert store.history(OTHER).revisions[-1].number == 2


def test_retention_keeps_newest_raw_pages_exact_and_chaining_continues(store: Store) -> None:
    total = RAW_KEYFRAME_EVERY + 4
    applied = fill(store, total)
    assert store.apply_retention(3) == total - 3
    assert store.raw_body(URL, total - 3) is None
    for number in range(total - 2, total + 1):
        assert store.raw_body(URL, number) == render_page(applied[number - 1]).encode()
    article = with_new_update(applied[-1], random.Random(9), T0 + timedelta(days=2))
    store.apply(revision_plan(total + 1, article, T0 + timedelta(days=2)))
    assert store.raw_body(URL, total + 1) == render_page(article).encode()
    assert store.revision(URL, 1).article == applied[0]  # extracted text is never dropped
    assert store.apply_retention(3) == 1


def test_what_a_store_remembers_of_its_writes_yields_to_another_writer(db_path: Path) -> None:
    # The store keeps each article's newest text and page to write the next revision against.
    # Here another connection rewrites the history under it with the same ids and numbers, and
    # a revision 3 that differs from ours only in its title.
    with Store.open(db_path) as ours, Store.open(db_path) as theirs:
        fill(ours, 3)
        theirs.remove_article(URL)
        replaced = fill(theirs, 2)
        third = replace(with_new_update(replaced[-1], random.Random(5), T0), title="Retitled")
        theirs.apply(revision_plan(3, third, T0 + timedelta(hours=2)))
        following = with_new_update(third, random.Random(3), T0 + timedelta(days=1))
        ours.apply(revision_plan(4, following, T0 + timedelta(days=1)))
        assert ours.raw_body(URL, 4) == render_page(following).encode()
        ours.apply_retention(0)  # drops every page, the newest too: nothing may chain to it
        last = with_new_update(following, random.Random(4), T0 + timedelta(days=2))
        ours.apply(revision_plan(5, last, T0 + timedelta(days=2)))
    with Store.open(db_path, readonly=True) as reader:
        expected = [*replaced, third, following, last]
        assert [r.article for r in reader.history(URL).revisions] == expected
        assert reader.latest_article(URL) == last
        assert reader.raw_body(URL, 4) is None
        assert reader.raw_body(URL, 5) == render_page(last).encode()


def _base_text_reads(statements: list[str]) -> int:
    """How many of ``statements`` read a whole revision's text (``latest.read``)."""
    return sum("SELECT storage, article_data FROM revisions" in sql for sql in statements)


def test_a_fresh_store_writes_against_the_text_the_pipeline_just_read(db_path: Path) -> None:
    # A new `monitor check`: nothing cached, so the pipeline's latest_article read is the only
    # decode of the latest text; the write that follows uses it.
    with Store.open(db_path) as first:
        applied = fill(first, 2)
    with Store.open(db_path) as store:
        statements: list[str] = []
        store._conn.set_trace_callback(statements.append)
        previous = store.latest_article(URL)
        assert previous == applied[-1]
        following = with_new_update(previous, random.Random(9), T0 + timedelta(days=1))
        store.apply(revision_plan(3, following, T0 + timedelta(days=1)))
        store._conn.set_trace_callback(None)
        assert _base_text_reads(statements) == 1
        assert [r.article for r in store.history(URL).revisions] == [*applied, following]
        assert store.raw_body(URL, 3) == render_page(following).encode()


def test_a_text_read_before_another_writer_rewrote_the_article_is_not_written_against(
    db_path: Path,
) -> None:
    # Same ids and numbers, different texts: only the other connection's commit tells them apart.
    with Store.open(db_path) as ours, Store.open(db_path) as theirs:
        fill(ours, 2)
        assert ours.latest_article(URL) is not None  # kept for the next write...
        theirs.remove_article(URL)
        replaced = fill(theirs, 2, seed=8)  # ...which must not use it
        following = with_new_update(replaced[-1], random.Random(3), T0 + timedelta(days=1))
        ours.apply(revision_plan(3, following, T0 + timedelta(days=1)))
    with Store.open(db_path, readonly=True) as reader:
        assert [r.article for r in reader.history(URL).revisions] == [*replaced, following]
        assert reader.raw_body(URL, 3) == render_page(following).encode()


def test_a_text_read_is_used_once_and_only_for_the_revision_it_was_read_at(store: Store) -> None:
    applied = fill(store, 2)
    store.latest_article(URL)
    third = with_new_update(applied[-1], random.Random(4), T0 + timedelta(days=1))
    store.apply(revision_plan(3, third, T0 + timedelta(days=1)))
    store._recent.clear()  # as in a new process, but the old read must not come back either
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    fourth = with_new_update(third, random.Random(5), T0 + timedelta(days=2))
    store.apply(revision_plan(4, fourth, T0 + timedelta(days=2)))
    store._conn.set_trace_callback(None)
    assert _base_text_reads(statements) == 1  # read from the row: nothing kept
    assert [r.article for r in store.history(URL).revisions] == [*applied, third, fourth]


@pytest.mark.parametrize("paragraphs", [2, 40, 400])  # ~12 KB, ~30 KB and ~200 KB pages
def test_a_chained_page_decodes_exactly_with_the_page_before_it(paragraphs: int) -> None:
    # The chained compressor's match tables grow with the page; the frame must not depend on it.
    rng = random.Random(paragraphs)
    before = make_article(rng, paragraphs=paragraphs)
    after = with_new_update(before, rng, T0)
    previous, body = render_page(before).encode(), render_page(after).encode()
    compression, payload = codec.encode_raw(body, previous)
    assert compression == codec.RAW_ZSTD_CHAINED
    assert codec.decode_chain(previous, [payload]) == body
    assert len(payload) < len(body) // 40


def test_a_raw_chain_with_a_row_that_is_not_chained_reads_as_a_store_error(store: Store) -> None:
    fill(store, 3)
    with sqlite3.connect(store.path) as conn:
        conn.execute(
            "UPDATE snapshots SET compression = 'unknown' WHERE revision_id ="
            " (SELECT id FROM revisions WHERE number = 2)"
        )
    store._recent.clear()
    with pytest.raises(StoreError):
        store.raw_body(URL, 3)
    assert store.raw_body(URL, 1) is not None  # the chain's start still reads


@pytest.mark.parametrize("size", [0, 1, 128 * 1024 - 1, 128 * 1024, 128 * 1024 + 1, 300_000])
def test_a_stored_frame_is_a_zstd_frame_any_decoder_reads(size: int) -> None:
    data = random.Random(size).randbytes(size)
    frame = codec.stored_frame(data)
    assert zstandard.ZstdDecompressor().decompress(frame) == data
    # Streaming decoders do not use the content size: the blocks alone must add up.
    assert zstandard.ZstdDecompressor().stream_reader(frame).read() == data
    assert len(frame) == len(data) + 13 + 3 * max(1, -(-size // (128 * 1024)))


@pytest.mark.parametrize("paragraphs", [2, 400])
def test_a_raw_chain_decodes_to_what_decoding_it_step_by_step_gives(paragraphs: int) -> None:
    rng = random.Random(paragraphs)
    article = make_article(rng, paragraphs=paragraphs)
    pages = [render_page(article).encode()]
    for _ in range(4):
        article = with_new_update(article, rng, T0)
        pages.append(render_page(article).encode())
    chained = [codec.encode_raw(page, before)[1] for before, page in itertools.pairwise(pages)]
    for steps in range(len(chained) + 1):
        stepwise = pages[0]
        for payload in chained[:steps]:
            dictionary = codec.raw_dictionary(stepwise)
            stepwise = codec.decompressor_for(dictionary).decompress(payload)
        assert codec.decode_chain(pages[0], chained[:steps]) == stepwise == pages[steps]


def test_raw_keyframes_share_a_site_dictionary_kept_while_any_body_uses_it(store: Store) -> None:
    same_site = URL.replace("strike-details", "another-story")
    fill(store, 2)
    applied = fill(store, 2, url=same_site, seed=5)
    with sqlite3.connect(store.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        dictionaries = conn.execute("SELECT id, site FROM raw_dictionaries").fetchall()
        keyframe = conn.execute(
            "SELECT s.compression, LENGTH(s.body) FROM snapshots s JOIN revisions v"
            " ON v.id = s.revision_id JOIN articles a ON a.id = v.article_id"
            " WHERE a.url = ? AND v.number = 1",
            (same_site,),
        ).fetchone()
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("DELETE FROM raw_dictionaries")
    assert dictionaries == [(1, "news.example")]
    page = render_page(applied[0]).encode()
    assert keyframe[0] == "zstd+site" and keyframe[1] < 0.15 * len(page)
    assert store.raw_body(same_site, 1) == page
    assert store.apply_retention(1) == 2
    assert store.raw_body(same_site, 2) == render_page(applied[1]).encode()
    assert table_count(store.path, "raw_dictionaries") == 1


def test_keyframes_of_two_sites_decode_with_their_own_dictionaries_from_a_warm_cache(
    store: Store,
) -> None:
    # Decompressors are cached per dictionary: reading one site's pages must never hand the
    # other site's dictionary to them, in whatever order the reads come.
    other_site = URL.replace("news.example", "other.example")
    ours, theirs = fill(store, 2), fill(store, 2, url=other_site, seed=6)
    assert table_count(store.path, "raw_dictionaries") == 2
    for _ in range(2):
        for url, applied in ((URL, ours), (other_site, theirs), (URL, ours)):
            for number, article in enumerate(applied, start=1):
                assert store.raw_body(url, number) == render_page(article).encode()


# ---------------------------------------------------------------------------------------------
# Cost: storage and query plans


def test_a_one_paragraph_update_costs_little(store: Store) -> None:
    fill(store, 2 * TEXT_KEYFRAME_EVERY + 1)
    with sqlite3.connect(store.path) as conn:
        text, changes, raw = conn.execute(
            "SELECT (SELECT SUM(LENGTH(article_data)) FROM revisions WHERE number > 1),"
            " (SELECT SUM(LENGTH(text) + LENGTH(COALESCE(previous_text, ''))) FROM changes),"
            " (SELECT SUM(LENGTH(body)) FROM snapshots s JOIN revisions v ON v.id = s.revision_id"
            "  WHERE v.number > 1)"
        ).fetchone()
    changed = 2 * TEXT_KEYFRAME_EVERY
    assert (text + changes) / changed <= 2048  # extracted text, keyframes included
    page = len(render_page(store.revision(URL, changed).article).encode())
    assert (text + changes + raw) / changed <= 0.25 * page


def test_hot_reads_and_apply_use_indexes_not_history_scans(store: Store) -> None:
    fill(store, 3)
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    # What a poll reads: before the fetch, then (only when the page changed) the latest article
    # and the hashes seen before.
    store.poll_state(URL)
    store.latest_article(URL)
    store.known_hashes(URL)
    store.latest_revision(URL)
    quiet = replace(
        revision_plan(3, store.revision(URL, 3).article, T0),
        outcome=PollOutcome.NOT_MODIFIED,
        revision=None,
        snapshot=None,
    )
    store.apply(quiet)
    article = with_new_update(store.revision(URL, 3).article, random.Random(4), T0 + timedelta(1))
    store.apply(revision_plan(4, article, T0 + timedelta(days=1)))
    store._conn.set_trace_callback(None)
    queries = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "UPDATE"))]
    assert len(queries) >= 8
    for sql in queries:
        steps = [row[3] for row in store._conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        # SEARCH is an index lookup; SCAN would read a whole table (or a whole index).
        assert not [step for step in steps if step.startswith("SCAN")], (sql, steps)


# ---------------------------------------------------------------------------------------------
# Crash safety


@pytest.mark.parametrize("mode", ["one commit a poll", "grouped"])
def test_a_writer_killed_mid_stream_leaves_a_consistent_database(db_path: Path, mode: str) -> None:
    Store.open(db_path).close()
    support = str(Path(__file__).parent)
    writer = subprocess.Popen(
        [sys.executable, "-c", CRASH_WRITER, str(db_path), support, mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    committed = 0
    try:
        for line in writer.stdout:  # bounded: the writer stops after 5000 revisions
            committed = int(line)
            if committed >= 12:
                break
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL, writer.stderr.read() if writer.stderr else ""
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        numbers = [n for (n,) in conn.execute("SELECT number FROM revisions ORDER BY number")]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) >= committed
    with Store.open(db_path) as store:
        for revision in store.history(URL).revisions:
            assert revision.content_hash == _jsonio.stable_hash(revision.article)
        latest = store.latest_revision(URL)
        assert latest is not None and latest.number == len(numbers)
        at = latest.fetched_at + timedelta(minutes=1)
        following = replace(latest.article, title=latest.article.title + " again")
        store.apply(revision_plan(latest.number + 1, following, at))
        assert store.revision(URL, latest.number + 1).article == following


def test_routine_polls_are_pruned_but_revisions_and_errors_kept(store: Store) -> None:
    article = make_article(random.Random(3), paragraphs=3)
    store.apply(revision_plan(1, article, T0))
    for minutes in range(1, 6):
        store.apply(
            replace(
                revision_plan(1, article, T0),
                outcome=PollOutcome.NOT_MODIFIED,
                revision=None,
                snapshot=None,
                polled_at=T0 + timedelta(minutes=minutes),
            )
        )
    failure = FailureInfo(kind="FetchTimeout", message="x: timed out", transient=True)
    store.apply(
        replace(
            revision_plan(1, article, T0),
            outcome=PollOutcome.ERROR,
            revision=None,
            snapshot=None,
            failure=failure,
            polled_at=T0 + timedelta(minutes=7),
        )
    )
    assert store.prune_polls(T0 + timedelta(minutes=3)) == 2
    assert store.prune_polls(T0 + timedelta(days=1)) == 3
    with sqlite3.connect(store.path) as conn:
        left = [row[0] for row in conn.execute("SELECT outcome FROM polls ORDER BY polled_at")]
    assert left == ["first", "error"]
    assert store.revision(URL, 1).article == article


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=20,
    )
)
def test_the_fast_line_encoder_matches_the_standard_one(value: object) -> None:
    from monitor._jsonio import dumps, dumps_lines

    assert dumps_lines(value) == dumps(value, indent=0)


@pytest.mark.parametrize("size", [0, 1, 255, 256, 257, 512, 513, 4096, 32768, 32769, 100_000])
def test_a_delta_compressed_with_a_fitted_window_decodes_with_plain_zlib(size: int) -> None:
    import zlib

    rng = random.Random(size)
    words = [f"w{rng.randrange(50)}" for _ in range(size)]  # repeats near and far
    data = " ".join(words).encode()[:size]
    packed = codec._compress_delta(data)
    assert zlib.decompress(packed) == data
    assert len(packed) <= len(zlib.compress(data, 9)) + 16


def test_whole_texts_written_with_zlib_by_older_versions_still_decode() -> None:
    import zlib

    text = '{\n"title":"old row"\n}'
    assert codec.decode_text(codec.FULL, zlib.compress(text.encode(), 9), None) == text
    storage, payload = codec.encode_text(text, None)
    assert storage == codec.FULL and payload[:4] == b"\x28\xb5\x2f\xfd"
    assert codec.decode_text(storage, payload, None) == text


# ---------------------------------------------------------------------------------------------
# The poll states the store keeps between polls


def _read_back(path: Path, url: str) -> object:
    """The article's poll state as a connection with nothing cached reads it."""
    with Store.open(path, readonly=True) as fresh:
        return fresh.poll_state(url)


_PLAN_KINDS = st.sampled_from(
    ["changed", "304", "304 new etag", "304 no validators", "304 stopped", "unchanged", "error"]
)


@pytest.mark.parametrize("keep", [True, False], ids=["kept", "not-kept"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kinds=st.lists(_PLAN_KINDS, min_size=1, max_size=12), seed=st.integers(0, 1000))
def test_kept_poll_state_is_what_the_row_holds_after_any_sequence_of_polls(
    keep: bool, kinds: list[str], seed: int
) -> None:
    rng = random.Random(seed)
    article = make_article(rng, paragraphs=4)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "monitor.db"
        with Store.open(path, keep_poll_states=keep) as store:
            store.apply(revision_plan(1, article, T0))
            number = 1
            for step, kind in enumerate(kinds, start=1):
                at = T0 + timedelta(minutes=7 * step, microseconds=rng.randrange(10**6))
                assert store.poll_state(URL) == _read_back(path, URL)  # what the poll starts from
                if kind == "changed":
                    number += 1
                    article = with_new_update(article, rng, at)
                    store.apply(revision_plan(number, article, at))
                elif kind.startswith("304"):
                    etag = {"304 new etag": f'"e{step}"', "304 no validators": None}.get(
                        kind, '"v1"'
                    )
                    plan = quiet_plan(
                        PollOutcome.NOT_MODIFIED,
                        at,
                        validators=Validators(etag=etag, last_modified=None),
                        stopped=kind == "304 stopped",
                    )
                    store.apply(plan)
                else:
                    outcome = PollOutcome.ERROR if kind == "error" else PollOutcome.UNCHANGED
                    store.apply(quiet_plan(outcome, at))
            assert store.poll_state(URL) == _read_back(path, URL)


def _stored_articles(db_path: Path, count: int) -> list[str]:
    urls = [f"{URL}-{k}" for k in range(count)]
    with Store.open(db_path) as store:
        for k, url in enumerate(urls):
            article = make_article(random.Random(k), paragraphs=3)
            store.apply(revision_plan(1, article, T0 + timedelta(minutes=k), url=url))
    return urls


def test_a_pass_reads_every_poll_state_in_one_query_and_hands_each_out_once(
    db_path: Path,
) -> None:
    urls = _stored_articles(db_path, 5)
    expected = {url: _read_back(db_path, url) for url in urls}
    with Store.open(db_path, keep_poll_states=False) as store:
        statements: list[str] = []
        store._conn.set_trace_callback(statements.append)
        for url in urls:
            assert store.poll_state(url) == expected[url]
        assert store.poll_state(URL + "-new") is None  # no row: nothing to read
        store._conn.set_trace_callback(None)
    reads = [s for s in statements if "next_poll_at" in s]
    assert len(reads) == 1 and "WHERE" not in reads[0]


def test_an_article_polled_again_in_a_pass_reads_its_row(db_path: Path) -> None:
    (url,) = _stored_articles(db_path, 1)
    with Store.open(db_path, keep_poll_states=False) as store:
        first = store.poll_state(url)
        assert first is not None
        with store.grouping_polls():
            store.apply(
                quiet_plan(
                    PollOutcome.NOT_MODIFIED,
                    T0 + timedelta(minutes=5),
                    url=url,
                    validators=Validators(etag='"e2"', last_modified=None),
                )
            )
            again = store.poll_state(url)  # writes the queued poll first
        assert again == _read_back(db_path, url)
        assert again is not None and again.validators.etag == '"e2"' != first.validators.etag


def test_a_pass_reads_rows_once_it_writes_after_another_connection_has(db_path: Path) -> None:
    first, second = _stored_articles(db_path, 2)
    with Store.open(db_path, keep_poll_states=False) as store:
        assert store.poll_state(first) is not None  # the pass's states are read here
        with sqlite3.connect(db_path) as other:
            other.execute("UPDATE articles SET interval_s = 42.0 WHERE url = ?", (second,))
            other.execute("INSERT INTO articles (url) VALUES (?)", (URL + "-added",))
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(minutes=5), url=first))
        state = store.poll_state(second)  # the write above noticed the other connection's
        assert state is not None and state.interval_s == 42.0
        assert store.poll_state(URL + "-added") is not None  # not in the table when read


def test_a_pass_asks_for_other_writers_once_per_write_transaction_not_per_poll(
    db_path: Path,
) -> None:
    urls = _stored_articles(db_path, 3)
    with Store.open(db_path, keep_poll_states=False) as store:
        statements: list[str] = []
        store._conn.set_trace_callback(statements.append)
        with store.grouping_polls():
            for url in urls:
                assert store.poll_state(url) is not None
                store.apply(
                    quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(minutes=5), url=url)
                )
        store._conn.set_trace_callback(None)
    # One when the pass reads its states, one for the transaction that writes the three polls.
    assert sum("data_version" in s for s in statements) == 2


def test_a_pass_that_removes_an_article_reads_rows_from_then_on(db_path: Path) -> None:
    first, second = _stored_articles(db_path, 2)
    with Store.open(db_path, keep_poll_states=False) as store:
        assert store.poll_state(first) is not None
        store.remove_article(second)
        assert store.poll_state(second) is None


def test_a_read_that_sees_another_connections_write_drops_every_kept_poll_state(
    store: Store, db_path: Path
) -> None:
    # The write is noticed while polling a *different*, uncached article: the kept state of the
    # article written must go too, not only the state being read.
    other_url = URL + "-other"
    store.apply(revision_plan(1, make_article(random.Random(3), paragraphs=3), T0))
    store.apply(revision_plan(1, make_article(random.Random(4), paragraphs=3), T0, url=other_url))
    kept = store.poll_state(URL)
    assert kept is not None and kept.interval_s != 42.0
    with sqlite3.connect(db_path) as other:
        other.execute("UPDATE articles SET interval_s = 42.0 WHERE url = ?", (URL,))
    assert store.poll_state(other_url) is not None  # not cached: read with the data version
    state = store.poll_state(URL)
    assert state is not None and state.interval_s == 42.0


def test_a_write_by_another_connection_drops_the_kept_poll_states(
    store: Store, db_path: Path
) -> None:
    store.apply(revision_plan(1, make_article(random.Random(3), paragraphs=3), T0))
    store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, T0 + timedelta(minutes=5)))
    kept = store.poll_state(URL)
    assert kept is not None and kept.interval_s == 300.0
    with sqlite3.connect(db_path) as other:
        other.execute("UPDATE articles SET interval_s = 42.0 WHERE url = ?", (URL,))
    state = store.poll_state(URL)
    assert state is not None and state.interval_s == 42.0
