"""The Store: one SQLite file holding every article's full revision history.

Writes go through ``apply(plan)``, one ``BEGIN IMMEDIATE`` transaction per poll, so a crash leaves
either all of a poll or none of it. Inside ``grouping_polls`` (``monitor check``, the daemon)
``apply`` queues the poll, and queued polls are written together, each one a savepoint in one
transaction: a commit is most of a 304's cost. SQLite's write lock is held only while a queue is
written (milliseconds), never between polls, so other writers are not starved. A kill loses the
polls queued since the last write, as if it had come that much earlier; nothing committed is ever
lost.

Reads never scan history: the newest revision's Article is two decodes away from its
``articles`` row (``latest``), and every per-article lookup uses an index on ``(article_id,
number)`` or ``(article_id, polled_at)``. sqlite3 errors become ``StoreError`` in one place
(``_translated``), which also writes queued polls before any read that is not a poll's own.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from monitor.errors import MonitorError, NotFound, StoreError
from monitor.model import (
    REMOVALS,
    SHIFTS,
    Article,
    ArticleHistory,
    LostLine,
    Plan,
    PollOutcome,
    Revision,
)
from monitor.sitewide import LONGEST
from monitor.store import (
    chains,
    codec,
    create,
    latest,
    polls,
    rebuild,
    rows,
    templates,
    version,
    writes,
)
from monitor.store.dictionaries import SiteDictionaries
from monitor.store.lock import DaemonLock
from monitor.store.recent import RecentWrites
from monitor.store.records import ArticleRow, ArticleStatus, PollState, short_id
from monitor.store.states import (
    NO_ROW,
    POLL_STATE_QUERY,
    PassPollStates,
    PollStates,
    state_from_row,
)

P = ParamSpec("P")
R = TypeVar("R")

_SHORT_ID = re.compile(r"a(\d+)")
_WRITES_REVISION = (PollOutcome.FIRST, PollOutcome.CHANGED)
# The fetched bytes a queue of polls may keep alive before it is written (each page's decoded
# text and Article come on top): bounds memory in a first pass, where every poll brings a page.
# 1, 4 and 16 MB cost the same CPU in a first pass over 2,000 pages (bench/RESULTS.md).
_QUEUED_BYTES_MAX = 1024 * 1024
_REMOVALS = tuple(sorted(kind.value for kind in REMOVALS))
_SHIFTS = tuple(sorted(kind.value for kind in SHIFTS))


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _translated(
    method: Callable[Concatenate[Store, P], R],
) -> Callable[Concatenate[Store, P], R]:
    """The one place sqlite3 (and corrupt-data) errors become a StoreError naming the file.

    It also writes any queued polls first (``grouping_polls``), so every read sees them."""
    return _translating(method, writes_queue_first=True)


def _translated_keeping_queue(
    method: Callable[Concatenate[Store, P], R],
) -> Callable[Concatenate[Store, P], R]:
    """``_translated`` for the calls that handle the queue themselves: apply and the three
    per-article reads a poll makes, which write the queue first only when it holds that
    article's poll."""
    return _translating(method, writes_queue_first=False)


def _translating(
    method: Callable[Concatenate[Store, P], R], *, writes_queue_first: bool
) -> Callable[Concatenate[Store, P], R]:
    @functools.wraps(method)
    def wrapper(self: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            if writes_queue_first and self._queued:
                self._write_queued()
            return method(self, *args, **kwargs)
        except MonitorError:
            raise
        except (sqlite3.Error, ValueError, KeyError, OSError) as error:
            action = method.__name__.strip("_").replace("_", " ")
            raise StoreError(f"{action} failed", subject=str(self.path)) from error

    return wrapper


class Store:
    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, readonly: bool, keep_poll_states: bool
    ) -> None:
        self.path = path
        self.readonly = readonly
        self._conn = conn
        self._lock: DaemonLock | None = None
        self._dictionaries = SiteDictionaries()
        self._recent = RecentWrites()
        self._states = PollStates() if keep_poll_states else PassPollStates()
        self._group_limit = 0  # > 0 inside grouping_polls: the polls a group commits at most
        self._queued: list[Plan] = []  # grouping_polls: applied, not yet written
        self._queued_urls: set[str] = set()
        self._queued_bytes = 0  # of the queued pages, which the queue keeps alive
        self._on_written: Callable[[list[Plan]], None] | None = None
        # While a queue is written: the site_paragraphs rows of its polls, written last.
        self._site_rows: list[templates.Row] | None = None

    # -----------------------------------------------------------------------------------------
    # Lifecycle

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False, keep_poll_states: bool = True) -> Store:
        """The database at ``path``, created and migrated unless ``readonly``.

        ``keep_poll_states=False`` suits a caller that polls each article once (``monitor
        check``): every article's poll state is read in one query at the first poll, each
        handed out once, and nothing is kept for later (``states.PassPollStates``).
        """
        path = Path(path)
        if readonly and not path.exists():
            raise StoreError(
                f"no database at {path}; run `monitor check` first to fetch the articles"
            )
        try:
            if not readonly:
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=5.0)
        except (sqlite3.Error, OSError) as error:
            raise StoreError("could not open the database", subject=str(path)) from error
        store = cls(path, conn, readonly=readonly, keep_poll_states=keep_poll_states)
        try:
            store._prepare()
        except BaseException:
            store.close()
            raise
        return store

    @_translated
    def _prepare(self) -> None:
        for pragma in version.CONNECTION_PRAGMAS:
            self._conn.execute(pragma)
        applied = version.applied_migrations(self._conn)
        version.check_not_newer(applied, str(self.path))
        if self.readonly:
            if not applied:
                # A file no monitor has migrated yet: most likely a writer is creating it this
                # very moment, and a reader migrating too would race it for the write lock.
                raise StoreError(
                    "the database has no tables yet; run `monitor check` first (or retry: "
                    "a daemon may be creating it)",
                    subject=str(self.path),
                )
            if not version.is_current(applied):
                self._upgrade_for_reading()
            self._conn.execute("PRAGMA query_only = ON")
            return
        if not version.is_current(applied) or self._journal_mode() != "wal":
            self._migrate()

    def _upgrade_for_reading(self) -> None:
        """A reader that finds a database from an older monitor migrates it first.

        Migrations are transactional and take SQLite's write lock, so this is safe beside a
        running daemon; it spares a user who upgraded monitor a confusing "run a writer first".
        """
        if not os.access(self.path, os.W_OK):
            raise StoreError(
                "the database was written by an older monitor and needs an upgrade, but the "
                "file is read-only; run `monitor check` once as a user who can write it",
                subject=str(self.path),
            )
        self._migrate()

    def _journal_mode(self) -> str:
        return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()

    def _migrate(self) -> None:
        if create.create_current_schema(self._conn):  # a new file: the whole schema at once
            return
        # Imported here: sqlite-utils is needed only when the schema changes (see ``version``).
        from sqlite_utils import Database

        from monitor.store import schema

        schema.migrate(Database(self._conn, execute_plugins=False))

    def close(self) -> None:
        self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def acquire_daemon_lock(self) -> None:
        """One ``monitor run`` per database; held until ``close()``. Readers never take it."""
        if self._lock is None:
            self._lock = DaemonLock.acquire(self.path)

    @contextlib.contextmanager
    def _write(self, *, commit: bool = True) -> Iterator[sqlite3.Connection]:
        """One write, all or nothing. Inside an open transaction (queued polls being written)
        it is a savepoint, so a failed write undoes only itself; ``commit=False`` leaves the
        transaction open."""
        if not self._conn.in_transaction:
            # IMMEDIATE takes the write lock up front, so a reader-turned-writer cannot deadlock
            # against another writer halfway through a poll; busy_timeout covers the wait.
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._states.before_write(self._conn)
                yield self._conn
            except BaseException:
                self._conn.rollback()
                raise
        else:
            self._conn.execute("SAVEPOINT one_write")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK TO one_write")
                self._conn.execute("RELEASE one_write")
                raise
            self._conn.execute("RELEASE one_write")
        if commit:
            self._commit()

    def _commit(self, polls: int = 0) -> None:
        """Commit the open transaction, which holds ``polls`` queued polls (named if lost)."""
        try:
            self._conn.commit()
        except sqlite3.Error as error:
            self._conn.rollback()
            self._forget_cached_writes()
            if not polls:
                raise
            raise self._lost_polls("commit failed", polls) from error

    def _lost_polls(self, what: str, polls: int) -> StoreError:
        return StoreError(
            f"{what}, losing the last {polls} poll(s); their articles are polled again at the"
            " next pass, and history committed before is intact",
            subject=str(self.path),
        )

    def _forget_cached_writes(self) -> None:
        # Both caches mirror what this connection reads, which now lacks the lost polls. (A lost
        # revision's RecentWrites entry could not be used anyway, being numbered past the row's;
        # it goes too, so nothing in the cache was never stored.)
        self._states.clear()
        self._recent.clear()

    @contextlib.contextmanager
    def grouping_polls(
        self, limit: int = 256, *, on_written: Callable[[list[Plan]], None] | None = None
    ) -> Iterator[None]:
        """Until the block ends, ``apply`` queues polls and they are written together: one
        transaction, each poll a savepoint and so still all or nothing.

        The queue is written after ``limit`` polls (or ~1 MB of pages), at
        ``commit_grouped_polls()`` (call it on a timer: queued polls are not yet stored), before
        any read that needs them, and when the block ends. SQLite's write lock is held only while
        a queue is written, so other writers (a `monitor digest` marking what was read) wait
        milliseconds, not until the pass ends. ``on_written`` is called with the plans of each
        committed write (the daemon alerts on those only: never on a revision that was lost).
        """
        if limit < 1:
            raise ValueError("limit must be 1 or more")
        self._group_limit = limit
        self._on_written = on_written
        try:
            yield
        finally:
            self._group_limit = 0
            try:
                self.commit_grouped_polls()
            finally:
                self._on_written = None

    @_translated_keeping_queue
    def commit_grouped_polls(self) -> None:
        """Write and commit the polls ``grouping_polls`` has queued, if any."""
        if self._queued:
            self._write_queued()

    def _write_queued(self) -> None:
        """Write every queued poll in one transaction; a poll that fails undoes only itself.

        Raises StoreError when the commit fails (naming how many polls were lost) or, after
        committing the others, when some poll could not be written (naming the first)."""
        plans = self._queued
        self._queued, self._queued_urls, self._queued_bytes = [], set(), 0
        failures: list[tuple[str, Exception]] = []
        written: list[Plan] = []
        # Written after the polls, outside their savepoints: a savepoint copies every page it
        # first touches, and these rows land on random pages of their table.
        self._site_rows = []
        try:
            with self._write(commit=False) as conn:
                for plan in plans:
                    try:
                        self._write_plan(plan, commit=False)  # a savepoint in the transaction
                    except (MonitorError, sqlite3.Error, ValueError, KeyError, OSError) as error:
                        failures.append((plan.url, error))
                    else:
                        written.append(plan)
                templates.insert(conn, self._site_rows)
        except BaseException as error:  # rolled back: the lock was not had, or worse
            self._site_rows = None
            self._forget_cached_writes()
            if not isinstance(error, sqlite3.Error):
                raise
            raise self._lost_polls("could not write", len(plans)) from error
        self._site_rows = None
        self._commit(len(written))
        if self._on_written is not None and written:
            self._on_written(written)
        if failures:
            url, failure = failures[0]
            if isinstance(failure, MonitorError):
                reason = failure.message
            else:
                reason = f"{type(failure).__name__}: {failure}"
            more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
            raise StoreError(
                f"the poll of {url}{more} could not be stored: {reason}; it is polled again"
                f" next time, and the other {len(written)} poll(s) are stored",
                subject=str(self.path),
            ) from None  # the reason is in the message; the traceback would repeat it

    def _one(self, sql: str, *params: Any) -> rows.Row | None:
        found = chains.fetch_all(self._conn, sql, params)
        return found[0] if found else None

    # -----------------------------------------------------------------------------------------
    # Articles

    def _article(self, url: str) -> rows.Row:
        row = self._one("SELECT * FROM articles WHERE url = ?", url)
        if row is None:
            raise NotFound(
                "this article is not tracked; `monitor list` shows the tracked ones", subject=url
            )
        return row

    @_translated
    def resolve_article(self, ref: str) -> str:
        """A URL or a short id ("a3") -> the article's URL."""
        ref = ref.strip()
        match = _SHORT_ID.fullmatch(ref)
        row = self._one("SELECT url FROM articles WHERE id = ?", int(match[1])) if match else None
        if row is None:
            row = self._one("SELECT url FROM articles WHERE url = ?", ref)
        if row is None:
            raise NotFound(
                "no tracked article has this URL or id; `monitor list` shows the ids (a1, a2, …)",
                subject=ref,
            )
        return str(row["url"])

    @_translated
    def articles(self) -> list[ArticleRow]:
        return [
            ArticleRow(
                id=row["id"],
                short_id=short_id(row["id"]),
                url=row["url"],
                title=row["title"],
                first_seen=rows.parse_time(row["first_seen_at"]),
                revisions=row["latest_number"],
                last_change=rows.parse_time(row["last_change_at"]),
            )
            for row in chains.fetch_all(self._conn, "SELECT * FROM articles ORDER BY id")
        ]

    @_translated
    def statuses(self) -> list[ArticleStatus]:
        return [
            polls.status(row)
            for row in chains.fetch_all(self._conn, "SELECT * FROM articles ORDER BY id")
        ]

    @_translated
    def remove_article(self, url: str) -> None:
        """Forget an article and its whole history (revisions, raw pages, polls).

        Tracking itself is the config's business: an article still listed there comes back,
        with a fresh history, at its next poll.
        """
        row = self._article(url)
        article_id = row["id"]
        self._recent.discard(article_id)  # its id may be handed to a new article
        self._states.clear()
        with self._write() as conn:
            shown = (r.article for r in chains.read_history(conn, row, None).revisions)
            templates.forget(conn, article_id, url, shown)
            rebuild.delete_revisions(conn, article_id)
            conn.execute("DELETE FROM snapshots WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM latest_blocks WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM polls WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    @_translated
    def stored_history(self, url: str) -> rebuild.StoredHistory:
        """The article's revisions and its raw pages' details, for ``monitor reextract``."""
        with self._reading() as conn:
            return rebuild.read(conn, self._article(url))

    def raw_pages(
        self, stored: rebuild.StoredHistory
    ) -> Iterator[tuple[rebuild.StoredPage, bytes]]:
        """Each of ``stored``'s pages with its exact bytes, decoded one at a time (a generator:
        a long history's pages are never all in memory). Raises StoreError for a page that
        cannot be read or is no longer kept."""
        details = {page.page: page for page in stored.pages}
        try:
            for number, body in rebuild.bodies(self._conn, self._dictionaries, stored.article_id):
                page = details.get(number)
                if page is None or body is None:
                    raise ValueError(f"raw page {number} is no longer kept")
                yield page, body
        except (sqlite3.Error, ValueError, KeyError, OSError) as error:
            raise StoreError(
                f"a raw page of {stored.url} could not be read", subject=str(self.path)
            ) from error

    @_translated
    def replace_history(
        self,
        stored: rebuild.StoredHistory,
        revisions: Sequence[Revision],
        pages: Sequence[int],
        lost: Sequence[Sequence[LostLine]],
    ) -> None:
        """Replace the history ``stored`` was read with by ``revisions`` (the i-th made by page
        ``pages[i]``, losing the furniture ``lost[i]``), in one transaction; raw pages and polls
        stay (``rebuild.replace``)."""
        self._recent.clear()  # what it caches of this article's newest revision goes stale
        self._states.clear()
        with self._write() as conn:
            rebuild.replace(conn, stored, revisions, pages, lost)

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """Several reads that see one moment of the database (one read transaction)."""
        self._conn.execute("BEGIN")
        try:
            yield self._conn
        finally:
            self._conn.rollback()

    # -----------------------------------------------------------------------------------------
    # What the pipeline reads before deciding

    @_translated
    def latest_revision(self, url: str) -> Revision | None:
        row = self._one("SELECT id, latest_number FROM articles WHERE url = ?", url)
        if row is None or not row["latest_number"]:
            return None
        number = row["latest_number"]
        return chains.read_revisions(self._conn, row["id"], number, number)[0]

    @_translated_keeping_queue
    def known_hashes(self, url: str) -> dict[str, int]:
        self._write_queued_poll_of(url)
        found = chains.fetch_all(
            self._conn,
            "SELECT v.content_hash, v.number FROM revisions v JOIN articles a"
            " ON a.id = v.article_id WHERE a.url = ? ORDER BY v.number",
            (url,),
        )
        return {row["content_hash"]: row["number"] for row in found}

    @_translated_keeping_queue
    def lost_lines(self, url: str, *, edited_since: datetime) -> frozenset[str]:
        """The short paragraphs and update blocks (``monitor.sitewide.is_short``) that a stored
        revision of ``url`` reported removed or lost as furniture, and those an edit replaced or
        a move shifted in a revision fetched at or after ``edited_since`` (``monitor.flicker``)."""
        self._write_queued_poll_of(url)
        since = rows.instant(edited_since)
        found = self._conn.execute(
            "SELECT c.previous_text FROM changes c JOIN revisions v"
            " ON v.id = c.revision_id JOIN articles a ON a.id = v.article_id"
            " WHERE a.url = ? AND length(c.previous_text) BETWEEN 1 AND ?"
            f" AND (c.kind IN ({_marks(_REMOVALS)})"
            f" OR (c.kind IN ({_marks(_SHIFTS)}) AND v.fetched_at >= ?))"
            " UNION SELECT f.text FROM furniture_lost f JOIN revisions v"
            " ON v.id = f.revision_id JOIN articles a ON a.id = v.article_id"
            " WHERE a.url = ? AND (f.replaced = 0 OR v.fetched_at >= ?)",
            (
                url,
                LONGEST,
                *_REMOVALS,
                *_SHIFTS,
                since,
                url,
                since,
            ),
        )
        return frozenset(text for (text,) in found)

    @_translated_keeping_queue
    def site_paragraph_counts(
        self, url: str, texts: Collection[str], *, before: datetime
    ) -> dict[str, int]:
        """For each of ``texts`` (short body paragraphs, ``monitor.sitewide``) that at least two
        other articles of ``url``'s site showed in a revision fetched before ``before``: how
        many did.

        Queued polls of other articles are not written first: a template is learnt a moment
        later rather than every changed poll costing a commit."""
        self._write_queued_poll_of(url)
        return templates.others(self._conn, url, texts, before)

    # -----------------------------------------------------------------------------------------
    # Writing one poll

    @_translated_keeping_queue
    def apply(self, plan: Plan) -> None:
        """Everything one poll writes, all or nothing (the statements are in ``writes``).

        Inside ``grouping_polls`` the poll is queued, and written with the others later."""
        if not self._group_limit:
            self._write_plan(plan, commit=True)
            return
        self._queued.append(plan)
        self._queued_urls.add(plan.url)
        if plan.snapshot is not None:
            self._queued_bytes += len(plan.snapshot.body)
        if len(self._queued) >= self._group_limit or self._queued_bytes >= _QUEUED_BYTES_MAX:
            self._write_queued()

    def _write_plan(self, plan: Plan, *, commit: bool) -> None:
        if plan.outcome not in _WRITES_REVISION:
            with self._write(commit=commit) as conn:
                writes.quiet_poll(conn, plan)
        else:
            mine: list[templates.Row] | None = None if self._site_rows is None else []
            with self._write(commit=commit) as conn:
                self._recent.check(conn)
                article_id, written = writes.revision_poll(
                    conn, plan, self._recent, self._dictionaries, mine
                )
            if mine and self._site_rows is not None:  # the poll's savepoint held
                self._site_rows += mine
            # Only once written: a rolled-back poll caches nothing (and a failed group commit
            # clears the cache).
            self._recent.put(article_id, written)
        self._states.after_commit(plan)

    def _write_queued_poll_of(self, url: str) -> None:
        """A poll of ``url`` reads what the queued poll of the same article would write."""
        if url in self._queued_urls:
            self._write_queued()

    @_translated
    def apply_retention(self, keep_raw: int) -> int:
        """Drop the raw HTML of all but each article's newest ``keep_raw`` revisions.

        Extracted text, changes and retractions are never dropped. Returns the number of raw
        bodies removed; SQLite reuses their pages for later writes (no VACUUM needed).
        """
        if keep_raw < 0:
            raise ValueError("keep_raw must be 0 or more")
        self._recent.clear()  # the newest pages may go, and the next ones must not chain to them
        with self._write() as conn:
            return chains.drop_old_bodies(conn, self._dictionaries, keep_raw)

    @_translated
    def same_articles(self) -> list[tuple[str, tuple[str, ...]]]:
        """Groups of tracked URLs whose pages name the same canonical URL: one story, polled twice."""
        found = chains.fetch_all(
            self._conn,
            "SELECT canonical_url, group_concat(url, char(10)) AS urls FROM articles"
            " WHERE canonical_url IS NOT NULL GROUP BY canonical_url HAVING count(*) > 1"
            " ORDER BY canonical_url",
            (),
        )
        return [(row["canonical_url"], tuple(sorted(row["urls"].split("\n")))) for row in found]

    @_translated
    def prune_polls(self, before: datetime) -> int:
        """Forget routine polls (304s and unchanged fetches) made before ``before``.

        A daemon polling 2,000 articles a minute records ~2.9 million polls a day; the ones that
        found nothing new say nothing after a while. Polls that stored a revision, saw a revert
        or failed are kept: they are the history `monitor status` and a post-mortem need.
        """
        with self._write() as conn:
            cursor = conn.execute(
                "DELETE FROM polls WHERE polled_at < ? AND outcome IN ('not_modified', 'unchanged')",
                (rows.instant(before),),
            )
            return cursor.rowcount

    # -----------------------------------------------------------------------------------------
    # History

    @_translated
    def revision(self, url: str, number: int) -> Revision:
        article = self._article(url)
        if not 1 <= number <= article["latest_number"]:
            raise NotFound(
                f"there is no revision {number}; this article has revisions "
                f"1..{article['latest_number']}",
                subject=url,
            )
        return chains.read_revisions(self._conn, article["id"], number, number)[0]

    @_translated
    def revision_count(self, url: str) -> int:
        row = self._one("SELECT latest_number FROM articles WHERE url = ?", url)
        return 0 if row is None else int(row["latest_number"])

    @_translated
    def raw_body(self, url: str, number: int) -> bytes | None:
        """The exact bytes fetched for a revision, or None if not kept (or dropped by retention)."""
        return chains.read_body(self._conn, self._dictionaries, self._article(url)["id"], number)

    @_translated
    def history(self, url: str, *, since: datetime | None = None) -> ArticleHistory:
        """Revisions oldest first; with ``since``, only those fetched after it."""
        return chains.read_history(self._conn, self._article(url), since)

    @_translated
    def histories(
        self, *, since: datetime | None = None, article: str | None = None
    ) -> list[ArticleHistory]:
        """Every article with revisions (fetched after ``since``), or just ``article``."""
        if article is not None:
            found = [self._article(self.resolve_article(article))]
        else:
            found = chains.fetch_all(
                self._conn, "SELECT * FROM articles WHERE latest_number > 0 ORDER BY id"
            )
        histories = [chains.read_history(self._conn, row, since) for row in found]
        return [history for history in histories if history.revisions]

    # -----------------------------------------------------------------------------------------
    # Scheduling, read markers and notifications

    @_translated_keeping_queue
    def poll_state(self, url: str) -> PollState | None:
        """Everything a poll needs before fetching, in one small query (no article text).

        A daemon polled this article an interval ago, usually to a 304: ``states`` keeps what
        that poll left in the row, so most polls skip the query.
        """
        self._write_queued_poll_of(url)
        self._states.check(self._conn)
        known = self._states.get(url)
        if isinstance(known, PollState):
            return known
        if known is NO_ROW:
            return None
        # A plain tuple, no dict of the row (fetch_all) built first.
        row = self._conn.execute(POLL_STATE_QUERY, (url,)).fetchone()
        if row is None:
            return None
        state = state_from_row(row)
        self._states.put(url, state)
        return state

    @_translated_keeping_queue
    def latest_article(self, url: str) -> Article | None:
        """The latest revision's Article: its whole base revision and one delta, no history walk."""
        self._write_queued_poll_of(url)
        self._recent.check(self._conn)  # before the read: a later outside write drops it
        row = self._conn.execute(
            "SELECT id, latest_number, latest_base, latest_delta FROM articles WHERE url = ?",
            (url,),
        ).fetchone()
        if row is None:
            return None
        article_id, number, base, delta = row
        found = latest.read(self._conn, article_id, base, delta)
        if found is None:
            return None
        # The pipeline reads this when the page changed, and stores a revision next: keep the
        # text for that write (in a fresh process nothing else has it).
        self._recent.remember_read(article_id, number, found)
        return codec.article_from_text(found.text)

    @_translated
    def read_marker(self, name: str = "default") -> datetime | None:
        row = self._one("SELECT read_until FROM read_markers WHERE name = ?", name)
        return rows.parse_time(row["read_until"]) if row else None

    @_translated
    def set_read_marker(self, when: datetime, name: str = "default") -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO read_markers (name, read_until) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET read_until = excluded.read_until",
                (name, rows.instant(when)),
            )

    @_translated
    def notification_state(self, channel: str = "default") -> datetime | None:
        """When ``channel`` last sent a notification (for rate limiting), or None."""
        row = self._one("SELECT last_sent_at FROM notifications WHERE channel = ?", channel)
        return rows.parse_time(row["last_sent_at"]) if row else None

    @_translated
    def record_notification(self, when: datetime, channel: str = "default") -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO notifications (channel, last_sent_at) VALUES (?, ?)"
                " ON CONFLICT (channel) DO UPDATE SET last_sent_at = excluded.last_sent_at",
                (channel, rows.instant(when)),
            )
