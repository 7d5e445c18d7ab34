"""When to poll an article next: a pure policy, no scheduler, no clock.

The daemon owns apscheduler; this module only answers "given what this poll found, when is the
next one?" Time (``now``) and randomness (``jitter``, ``spread``) come in as arguments, so every
rule below is a table-driven test.

The policy for one article (``base`` = ``cadence.interval_s`` clamped to [min, max]; "since
change" = time since the last change, or since first seen if it never changed)::

    situation                               interval before jitter
    ─────────────────────────────────────   ───────────────────────────────────────────────────
    cadence.adaptive = False                base (errors and Retry-After still apply, below)
    outcome FIRST or CHANGED                base: a change snaps polling back at once
    quiet¹, is_live, since change ≤ 3 h     base: a live story keeps its pace between updates
    quiet¹ otherwise                        previous interval × backoff, capped at max
    ... but never below the age ladder²     ≤ 3 h: base │ ≤ 1 d: 1 h │ ≤ 7 d: 3 h │ older: 1 d
    outcome ERROR, streak n ≥ 1             max(previous, ladder, base × 2ⁿ), capped at max
    Retry-After given                       at least Retry-After (capped at max(max, 1 d))
    since change > cadence.stop_after_s     stop: next_poll_at is None (not after a change)

    ¹ quiet = UNCHANGED, NOT_MODIFIED or REVERTED (a CDN flip-flop is not news).
    ² NewsDiffs' ladder (time since the last change), as a floor; every rung is clamped to
      [min, max] so a user's max_interval always wins.

Then jitter multiplies the interval by 1 ± 10 % so articles added together drift apart, and the
result is never sooner than ``0.9 × min_interval`` nor sooner than a (capped) Retry-After.

Errors never speed polling up (the error interval is at least the previous one), and the error
backoff grows from ``base`` rather than from the previous interval, so a streak does not compound
on itself. ``PollTiming.interval_s`` is the interval before jitter: feed it back as
``previous_interval_s`` and jitter never accumulates into the backoff.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.config import Cadence
from monitor.model import PollOutcome

HOUR = 3600.0
DAY = 24 * HOUR

# A live story ("(Updated)" headline, live blog) keeps the base pace this long after its last
# change; past that even a live blog has gone quiet.
LIVE_WINDOW_S = 3 * HOUR

# NewsDiffs' get_update_delay ladder, read as a floor: (since last change up to, poll at least
# this far apart). None = no floor beyond the base interval. Past the last rung: one day.
AGE_LADDER: tuple[tuple[float, float | None], ...] = (
    (3 * HOUR, None),
    (DAY, HOUR),
    (7 * DAY, 3 * HOUR),
)
OLD_ARTICLE_FLOOR_S = DAY

# A server may ask us to wait (Retry-After); we honour it up to this long, or up to max_interval
# if that is longer, so a broken header cannot silence an article for a year.
RETRY_AFTER_CAP_S = DAY

JITTER_FRACTION = 0.1  # ±10 %
MIN_INTERVAL_SLACK = 0.9  # jitter may bring a poll this close to min_interval, no closer

# 2**32 × any sane base is far past any max_interval; the cap only keeps the float finite.
_MAX_ERROR_EXPONENT = 32

_CHANGED = frozenset({PollOutcome.FIRST, PollOutcome.CHANGED})


@dataclass(frozen=True, slots=True)
class PollTiming:
    """The decision: when to poll next (None = stop) and the interval it came from."""

    next_poll_at: datetime | None  # None = stop polling: quiet for longer than stop_after_s
    interval_s: float  # the interval before jitter (shown by `monitor status`, fed back next time)


def next_poll_at(
    *,
    now: datetime,
    outcome: PollOutcome,
    cadence: Cadence,
    previous_interval_s: float | None,
    last_change_at: datetime | None,
    first_seen_at: datetime | None,
    is_live: bool,
    error_streak: int,
    retry_after_s: float | None,
    jitter: float,
) -> PollTiming:
    """Apply the policy in the module docstring to one poll's outcome.

    ``error_streak`` counts consecutive failed polls including this one (read only when
    ``outcome`` is ERROR); ``jitter`` is a uniform random number in [0, 1] from the caller.
    """
    _check_unit(jitter, "jitter", closed=True)
    since_change = _since_last_change(now, outcome, last_change_at, first_seen_at)
    interval = _interval(
        outcome=outcome,
        cadence=cadence,
        previous_interval_s=previous_interval_s,
        since_change_s=since_change,
        is_live=is_live,
        error_streak=error_streak,
    )
    if _should_stop(cadence, outcome, since_change):
        return PollTiming(next_poll_at=None, interval_s=interval)

    retry_floor = _capped_retry_after(retry_after_s, cadence)
    if retry_floor is not None:
        interval = max(interval, retry_floor)
    delay = interval * (1 + JITTER_FRACTION * (2 * jitter - 1))
    delay = max(delay, cadence.min_interval_s * MIN_INTERVAL_SLACK, retry_floor or 0.0)
    return PollTiming(next_poll_at=now + _whole_microseconds(delay), interval_s=interval)


def initial_poll_at(*, now: datetime, cadence: Cadence, spread: float) -> datetime:
    """The first poll of an article, spread over one base interval: no thundering herd at start.

    ``spread`` is a uniform random number in [0, 1) (or i/n for n articles, for an even spread).
    """
    _check_unit(spread, "spread", closed=False)
    return now + timedelta(seconds=spread * base_interval(cadence))


def base_interval(cadence: Cadence) -> float:
    """``cadence.interval_s`` clamped to [min_interval_s, max_interval_s]."""
    return _clamp(cadence.interval_s, cadence)


def ladder_floor(since_change_s: float, cadence: Cadence) -> float:
    """The least interval for an article this long since its last change (NewsDiffs' ladder)."""
    for up_to, floor in AGE_LADDER:
        if since_change_s <= up_to:
            return base_interval(cadence) if floor is None else _clamp(floor, cadence)
    return _clamp(OLD_ARTICLE_FLOOR_S, cadence)


# ---------------------------------------------------------------------------------------------


def _interval(
    *,
    outcome: PollOutcome,
    cadence: Cadence,
    previous_interval_s: float | None,
    since_change_s: float,
    is_live: bool,
    error_streak: int,
) -> float:
    base = base_interval(cadence)
    previous = _clamp(previous_interval_s, cadence) if previous_interval_s else base
    if outcome is PollOutcome.ERROR:
        return _error_interval(cadence, base, previous, since_change_s, error_streak)
    if not cadence.adaptive or outcome in _CHANGED:
        return base
    if is_live and since_change_s <= LIVE_WINDOW_S:
        return base
    backed_off = _clamp(previous * cadence.backoff, cadence)
    return max(backed_off, ladder_floor(since_change_s, cadence))


def _error_interval(
    cadence: Cadence, base: float, previous: float, since_change_s: float, error_streak: int
) -> float:
    exponent = min(max(error_streak, 1), _MAX_ERROR_EXPONENT)
    backed_off = _clamp(base * 2**exponent, cadence)
    if not cadence.adaptive:
        return backed_off
    # Errors never speed polling up: a quiet article stays at least as slow as it was.
    return max(backed_off, previous, ladder_floor(since_change_s, cadence))


def _since_last_change(
    now: datetime,
    outcome: PollOutcome,
    last_change_at: datetime | None,
    first_seen_at: datetime | None,
) -> float:
    if outcome in _CHANGED:
        return 0.0  # this very poll is the change, whatever the caller's bookkeeping says
    reference = last_change_at or first_seen_at
    if reference is None:
        return 0.0
    return max(0.0, (now - reference).total_seconds())  # clock skew never gives a negative age


def _should_stop(cadence: Cadence, outcome: PollOutcome, since_change_s: float) -> bool:
    if cadence.stop_after_s is None or outcome in _CHANGED:
        return False
    return since_change_s > cadence.stop_after_s


def _capped_retry_after(retry_after_s: float | None, cadence: Cadence) -> float | None:
    if retry_after_s is None or retry_after_s <= 0:
        return None
    return min(retry_after_s, max(cadence.max_interval_s, RETRY_AFTER_CAP_S))


def _whole_microseconds(seconds: float) -> timedelta:
    # Round up, not to nearest as timedelta(seconds=...) does: a floor (Retry-After, the minimum
    # interval) must hold to the microsecond.
    return timedelta(microseconds=math.ceil(seconds * 1_000_000))


def _clamp(seconds: float, cadence: Cadence) -> float:
    return min(max(seconds, cadence.min_interval_s), cadence.max_interval_s)


def _check_unit(value: float, name: str, *, closed: bool) -> None:
    in_range = 0.0 <= value <= 1.0 if closed else 0.0 <= value < 1.0
    if not in_range:
        upper = "1]" if closed else "1)"
        raise ValueError(f"{name} must be in [0, {upper}, got {value!r}")


class Agenda:
    """The daemon's next poll time per article: a heap, so taking what is due costs O(log n).

    One entry per article: ``put`` replaces an article's time, ``discard`` forgets it. Replaced
    and discarded entries stay in the heap until they surface (lazy deletion), so both are
    O(log n) too; ``_seq`` breaks ties so equal times come out in the order they were put.
    """

    def __init__(self) -> None:
        self._heap: list[tuple[datetime, int, str]] = []
        self._when: dict[str, datetime] = {}
        self._seq = 0

    def __len__(self) -> int:
        return len(self._when)

    def __contains__(self, url: object) -> bool:
        return url in self._when

    def put(self, url: str, when: datetime) -> None:
        self._when[url] = when
        self._seq += 1
        heapq.heappush(self._heap, (when, self._seq, url))
        if len(self._heap) > 2 * len(self._when) + 64:
            self._compact()  # many replacements: drop the stale entries in one pass

    def discard(self, url: str) -> None:
        self._when.pop(url, None)

    def next_at(self) -> datetime | None:
        """The earliest scheduled time, or None when nothing is scheduled."""
        self._drop_stale_top()
        return self._heap[0][0] if self._heap else None

    def pop_due(self, now: datetime) -> list[str]:
        """Every article whose time is ``now`` or earlier, earliest first; they leave the agenda."""
        due = []
        while self._drop_stale_top() and self._heap[0][0] <= now:
            _, _, url = heapq.heappop(self._heap)
            del self._when[url]
            due.append(url)
        return due

    def _drop_stale_top(self) -> bool:
        """Pop replaced or discarded entries off the top; True if a live entry remains."""
        heap = self._heap
        while heap and self._when.get(heap[0][2]) != heap[0][0]:
            heapq.heappop(heap)
        return bool(heap)

    def _compact(self) -> None:
        self._heap = [entry for entry in self._heap if self._when.get(entry[2]) == entry[0]]
        heapq.heapify(self._heap)
