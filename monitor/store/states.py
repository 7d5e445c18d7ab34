"""The poll state of each article, kept between polls instead of read back before every one.

Every poll starts with ``Store.poll_state`` (validators, interval, streaks). In a daemon the
same connection wrote that row one interval ago, and most polls since were 304s, whose effect on
the row is simple: ``carried_forward`` computes it from the previous state and the Plan, exactly
as the SQL in ``polls`` sets the columns. Any other outcome drops the article's entry, so its
next poll reads the row. Like ``RecentWrites``, the cache holds only while no other connection
commits: ``PRAGMA data_version`` changes then, and ``check`` forgets everything.

``tests/test_store.py`` applies random sequences of plans of every outcome and compares each
cached state with the row read back, so this file and ``polls._assignments`` cannot drift apart.

``monitor check`` polls each article once, so nothing is carried from poll to poll there;
``PassPollStates`` reads every article's state in one query when the pass starts instead.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from monitor.model import Plan, PollOutcome, Validators
from monitor.store import rows
from monitor.store.records import PollState

__all__ = [
    "NO_ROW",
    "POLL_STATE_QUERY",
    "PassPollStates",
    "PollStates",
    "carried_forward",
    "state_from_row",
]

# Bounded: a state is ~1 KB with its datetimes; 50,000 articles is far past any configured list.
_MAX_STATES = 50_000

_COLUMNS = (
    "next_poll_at, interval_s, last_change_at, first_seen_at, error_streak, last_poll_at,"
    " is_live, etag, last_modified, latest_number, latest_hash"
)
POLL_STATE_QUERY = f"SELECT {_COLUMNS} FROM articles WHERE url = ?"
_ALL_POLL_STATES = f"SELECT url, {_COLUMNS} FROM articles"


def state_from_row(row: tuple[Any, ...]) -> PollState:
    """A ``POLL_STATE_QUERY`` row as a PollState."""
    (next_poll_at, interval_s, last_change_at, first_seen_at, error_streak, last_poll_at,
     is_live, etag, last_modified, latest_number, latest_hash) = row  # fmt: skip
    return PollState(
        next_poll_at=rows.parse_time(next_poll_at),
        interval_s=interval_s,
        last_change_at=rows.parse_time(last_change_at),
        first_seen_at=rows.parse_time(first_seen_at),
        error_streak=error_streak,
        stopped=last_poll_at is not None and next_poll_at is None,
        is_live=bool(is_live),
        validators=Validators(etag=etag, last_modified=last_modified),
        latest_number=latest_number,
        latest_hash=latest_hash,
    )


class _NoRow:
    """The article has no row yet, so there is no state to read (see ``PassPollStates``)."""


NO_ROW = _NoRow()


class PollStates:
    def __init__(self) -> None:
        self._states: dict[str, PollState] = {}
        self._data_version: int | None = None

    def check(self, conn: sqlite3.Connection) -> None:
        """Forget everything if another connection committed since we last looked."""
        (version,) = conn.execute("PRAGMA data_version").fetchone()
        if version != self._data_version:
            self._states.clear()
            self._data_version = version

    def get(self, url: str) -> PollState | _NoRow | None:
        """The kept state; ``NO_ROW`` when the article is known to have no row; None: read it."""
        return self._states.get(url)

    def put(self, url: str, state: PollState) -> None:
        if len(self._states) >= _MAX_STATES and url not in self._states:
            self._states.clear()  # crude but rare; a miss only costs a read
        self._states[url] = state

    def before_write(self, conn: sqlite3.Connection) -> None:
        """At the start of each of this connection's write transactions (``Store._write``)."""

    def after_commit(self, plan: Plan) -> None:
        """Our own commit of ``plan``: carry a 304 forward, forget anything else."""
        known = self._states.get(plan.url)
        if known is not None and plan.outcome is PollOutcome.NOT_MODIFIED:
            self._states[plan.url] = carried_forward(known, plan)
        else:
            self._states.pop(plan.url, None)

    def clear(self) -> None:
        self._states.clear()


class PassPollStates(PollStates):
    """For a pass that polls each article once (``monitor check``): every article's state is
    read in one query at the pass's first poll, and each is handed out once.

    A read per poll cost ~25 µs in a first pass over 1,000 articles (the same query repeated in
    a tight loop: ~3 µs): each autocommit read takes and drops SQLite's read lock, and between two
    polls a page's parse and extraction push SQLite's code and pages out of the CPU caches. A
    ``PRAGMA data_version`` per poll, to notice other writers, costs nearly as much, so that is
    asked once at the start of each of this connection's own write transactions instead
    (``before_write``), where it is cheap: queued polls are written at least every 0.5 s in a
    pass (``Store.grouping_polls``), one transaction for the queue. Once
    another connection has committed, nothing read before is handed out; every later poll reads
    its row. Until then a poll may start from a state up to one write old, which matters only if
    another process changed that very article meanwhile: ``check`` holds the daemon lock, so no
    other poller can; ``monitor remove`` can, and the poll then fails to store with a message
    and is repeated at the next pass.

    An article handed out once is read from its row if it is polled again (after its queued
    poll is written), as are articles that were not in the table when it was read. The rows are
    kept as read (tuples, ~0.3 KB each; 10,000 articles ≈ 3 MB) and become states one by one.
    """

    def __init__(self) -> None:
        super().__init__()  # its ``_data_version``: None until the pass's rows are read
        self._rows: dict[str, tuple[Any, ...] | None] | None = None  # None: not read (or stale)

    def check(self, conn: sqlite3.Connection) -> None:
        if self._data_version is None:  # the pass's first poll
            (self._data_version,) = conn.execute("PRAGMA data_version").fetchone()
            self._rows = {row[0]: row[1:] for row in conn.execute(_ALL_POLL_STATES)}

    def before_write(self, conn: sqlite3.Connection) -> None:
        if self._rows is None:
            return
        (version,) = conn.execute("PRAGMA data_version").fetchone()
        if version != self._data_version:
            self._rows = None

    def get(self, url: str) -> PollState | _NoRow | None:
        if self._rows is None:
            return None
        if url not in self._rows:
            return NO_ROW
        row = self._rows[url]
        if row is None:
            return None  # handed out before: its row may have been written since
        self._rows[url] = None
        return state_from_row(row)

    def put(self, url: str, state: PollState) -> None:
        pass  # a state read from its row is never asked for again in the pass

    def after_commit(self, plan: Plan) -> None:
        pass

    def clear(self) -> None:
        self._rows = None  # and not read again: every later poll reads its row


def carried_forward(state: PollState, plan: Plan) -> PollState:
    """The article row's poll state after a 304 ``plan``, as ``polls._assignments`` writes it."""
    # Built directly, not with dataclasses.replace (which inspects the fields on every call):
    # this runs after every 304 poll. A 304 that omits a validator keeps the one the article had.
    validators = Validators(
        etag=plan.validators.etag or state.validators.etag,
        last_modified=plan.validators.last_modified or state.validators.last_modified,
    )
    return PollState(
        next_poll_at=None if plan.stopped else _as_stored(plan.next_poll_at),
        interval_s=plan.interval_s,
        last_change_at=state.last_change_at,
        first_seen_at=state.first_seen_at or _as_stored(plan.polled_at),
        error_streak=0,
        stopped=plan.stopped,
        is_live=state.is_live,
        validators=validators,
        latest_number=state.latest_number,
        latest_hash=state.latest_hash,
    )


def _as_stored(value: datetime) -> datetime:
    # What reading the row gives back: the instant written as UTC text, then parsed.
    return datetime.fromisoformat(rows.instant(value))
