"""The polling policy, as tables: (situation) → expected interval before jitter.

``jitter=0.5`` is the neutral draw (×1.0), so ``next_poll_at - now`` equals the interval.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import Cadence
from monitor.model import PollOutcome
from monitor.schedule import (
    DAY,
    HOUR,
    Agenda,
    PollTiming,
    base_interval,
    initial_poll_at,
    ladder_floor,
    next_poll_at,
)

MIN = 60.0
DEFAULT = Cadence()  # 5 min base, 1 min min, 1 day max, ×2 backoff, stop after 30 days
NEUTRAL = 0.5

FIRST = PollOutcome.FIRST
CHANGED = PollOutcome.CHANGED
UNCHANGED = PollOutcome.UNCHANGED
NOT_MODIFIED = PollOutcome.NOT_MODIFIED
REVERTED = PollOutcome.REVERTED
ERROR = PollOutcome.ERROR


@dataclass(frozen=True)
class Case:
    name: str
    outcome: PollOutcome
    expected_s: float | None  # None: polling stops
    since_change_s: float | None = 10 * 60  # None: the article never changed (see first_seen)
    first_seen_s: float | None = None  # seconds before now
    previous_s: float | None = 300.0
    is_live: bool = False
    error_streak: int = 0
    retry_after_s: float | None = None
    cadence: Cadence = DEFAULT


def poll(case: Case, now: datetime, *, jitter: float = NEUTRAL) -> PollTiming:
    def ago(seconds: float | None) -> datetime | None:
        return None if seconds is None else now - timedelta(seconds=seconds)

    return next_poll_at(
        now=now,
        outcome=case.outcome,
        cadence=case.cadence,
        previous_interval_s=case.previous_s,
        last_change_at=ago(case.since_change_s),
        first_seen_at=ago(case.first_seen_s),
        is_live=case.is_live,
        error_streak=case.error_streak,
        retry_after_s=case.retry_after_s,
        jitter=jitter,
    )


CASES = [
    # Changes: always the base interval, however slow polling had become.
    Case("first poll", FIRST, 300, since_change_s=None, previous_s=None),
    Case("change snaps back to base", CHANGED, 300, previous_s=DAY, since_change_s=20 * DAY),
    Case("change on a live article", CHANGED, 300, previous_s=4 * HOUR, is_live=True),
    # Live articles keep the base pace for three hours after their last change.
    Case("live, quiet for 1 h", UNCHANGED, 300, since_change_s=HOUR, is_live=True),
    Case("live, 304 for 2 h", NOT_MODIFIED, 300, since_change_s=2 * HOUR, is_live=True),
    Case("live but quiet 4 h: ladder", UNCHANGED, HOUR, since_change_s=4 * HOUR, is_live=True),
    # Quiet articles back off geometrically.
    Case("quiet: 5m → 10m", UNCHANGED, 600),
    Case("quiet: 10m → 20m", NOT_MODIFIED, 1200, previous_s=600),
    Case("CDN flip-flop is quiet", REVERTED, 1200, previous_s=600),
    Case("no previous interval: from base", UNCHANGED, 600, previous_s=None),
    Case("backoff ×3", UNCHANGED, 900, cadence=replace(DEFAULT, backoff=3)),
    Case("backoff ×1 keeps the pace", UNCHANGED, 300, cadence=replace(DEFAULT, backoff=1)),
    Case(
        "backoff capped at max",
        UNCHANGED,
        2 * HOUR,
        previous_s=1.5 * HOUR,
        cadence=replace(DEFAULT, max_interval_s=2 * HOUR),
    ),
    # The age ladder is a floor under the backoff.
    Case("ladder: ≤1 d since change", UNCHANGED, HOUR, since_change_s=12 * HOUR, previous_s=MIN),
    Case("ladder: ≤7 d since change", UNCHANGED, 3 * HOUR, since_change_s=2 * DAY),
    Case("ladder: older", UNCHANGED, DAY, since_change_s=10 * DAY),
    Case(
        "ladder: never changed, first seen 2 d ago",
        UNCHANGED,
        3 * HOUR,
        since_change_s=None,
        first_seen_s=2 * DAY,
    ),
    Case("ladder below backoff", UNCHANGED, 8 * HOUR, since_change_s=2 * DAY, previous_s=4 * HOUR),
    Case(
        "ladder rung clamped to max",
        UNCHANGED,
        1800,
        since_change_s=10 * DAY,
        cadence=replace(DEFAULT, max_interval_s=1800),
    ),
    Case(
        "base clamped to min",
        CHANGED,
        120,
        cadence=replace(DEFAULT, interval_s=30, min_interval_s=120),
    ),
    # Stop once quiet for longer than stop_after.
    Case("stop after 30 d quiet", UNCHANGED, None, since_change_s=31 * DAY, previous_s=DAY),
    Case("stop: never changed", NOT_MODIFIED, None, since_change_s=None, first_seen_s=31 * DAY),
    Case("stop: erroring too", ERROR, None, since_change_s=31 * DAY, error_streak=1),
    Case("no stop on the change itself", CHANGED, 300, since_change_s=40 * DAY),
    Case(
        "stop_after never",
        UNCHANGED,
        DAY,
        since_change_s=400 * DAY,
        previous_s=DAY,
        cadence=replace(DEFAULT, stop_after_s=None),
    ),
    # Errors: base × 2^streak, never faster than before.
    Case("error streak 1", ERROR, 600, error_streak=1),
    Case("error streak 2", ERROR, 1200, previous_s=600, error_streak=2),
    Case("error streak 3", ERROR, 2400, previous_s=1200, error_streak=3),
    Case("error streak 0 counts as 1", ERROR, 600, error_streak=0),
    Case("long error streak capped", ERROR, DAY, previous_s=DAY, error_streak=500),
    Case("errors never speed polling", ERROR, 4 * HOUR, previous_s=4 * HOUR, error_streak=1),
    Case("error on a live article", ERROR, 600, is_live=True, error_streak=1),
    Case("error on an old article: ladder", ERROR, DAY, since_change_s=10 * DAY, error_streak=1),
    # Retry-After is a lower bound, capped at max(max_interval, 1 day).
    Case("retry-after 1 h", ERROR, HOUR, error_streak=1, retry_after_s=HOUR),
    Case("retry-after below backoff", ERROR, 1200, error_streak=2, retry_after_s=30),
    Case("retry-after on a 200", UNCHANGED, 2 * HOUR, retry_after_s=2 * HOUR, is_live=True),
    Case("retry-after capped at 1 d", ERROR, DAY, error_streak=1, retry_after_s=10 * DAY),
    Case(
        "retry-after above a short max",
        ERROR,
        2 * HOUR,
        error_streak=1,
        retry_after_s=2 * HOUR,
        cadence=replace(DEFAULT, max_interval_s=HOUR),
    ),
    Case(
        "retry-after capped at a long max",
        ERROR,
        7 * DAY,
        error_streak=1,
        retry_after_s=10 * DAY,
        cadence=replace(DEFAULT, max_interval_s=7 * DAY),
    ),
    # Non-adaptive: the fixed interval, though errors and Retry-After still slow it.
    Case("fixed: quiet", UNCHANGED, 300, previous_s=300, cadence=replace(DEFAULT, adaptive=False)),
    Case(
        "fixed: old article",
        NOT_MODIFIED,
        300,
        since_change_s=10 * DAY,
        cadence=replace(DEFAULT, adaptive=False),
    ),
    Case(
        "fixed: error streak 2",
        ERROR,
        1200,
        error_streak=2,
        cadence=replace(DEFAULT, adaptive=False),
    ),
    Case(
        "fixed: retry-after",
        ERROR,
        HOUR,
        error_streak=1,
        retry_after_s=HOUR,
        cadence=replace(DEFAULT, adaptive=False),
    ),
    Case(
        "fixed: still stops",
        UNCHANGED,
        None,
        since_change_s=31 * DAY,
        cadence=replace(DEFAULT, adaptive=False),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_policy_table(case: Case, now: datetime) -> None:
    timing = poll(case, now)
    if case.expected_s is None:
        assert timing.next_poll_at is None
        return
    assert timing.interval_s == pytest.approx(case.expected_s)
    assert timing.next_poll_at == now + timedelta(seconds=timing.interval_s)


def test_quiet_article_backs_off_to_max_then_stays(now: datetime) -> None:
    cadence = replace(DEFAULT, max_interval_s=2 * HOUR, stop_after_s=None)
    last_change = now
    clock, interval = now, base_interval(cadence)
    seen: list[float] = []
    for _ in range(12):
        clock += timedelta(seconds=interval)
        timing = next_poll_at(
            now=clock, outcome=UNCHANGED, cadence=cadence, previous_interval_s=interval,
            last_change_at=last_change, first_seen_at=last_change, is_live=False,
            error_streak=0, retry_after_s=None, jitter=NEUTRAL,
        )  # fmt: skip
        interval = timing.interval_s
        seen.append(interval)
    assert seen[:4] == [600, 1200, 2400, 4800]
    assert seen[4:] == [2 * HOUR] * 8
    assert all(later >= earlier for earlier, later in pairwise(seen))

    # A change after all that quiet snaps straight back to the base interval.
    timing = next_poll_at(
        now=clock, outcome=CHANGED, cadence=cadence, previous_interval_s=interval,
        last_change_at=last_change, first_seen_at=last_change, is_live=False,
        error_streak=0, retry_after_s=None, jitter=NEUTRAL,
    )  # fmt: skip
    assert timing.interval_s == base_interval(cadence)


def test_ladder_rungs_match_newsdiffs() -> None:
    rungs = [(HOUR, 300), (3 * HOUR, 300), (3 * HOUR + 1, HOUR), (DAY, HOUR)]
    rungs += [(DAY + 1, 3 * HOUR), (7 * DAY, 3 * HOUR), (7 * DAY + 1, DAY), (300 * DAY, DAY)]
    assert [ladder_floor(since, DEFAULT) for since, _ in rungs] == [floor for _, floor in rungs]


def test_clock_skew_counts_as_just_changed(now: datetime) -> None:
    case = Case("future change", UNCHANGED, None, since_change_s=-HOUR, is_live=True)
    assert poll(case, now).interval_s == base_interval(DEFAULT)


@pytest.mark.parametrize(("jitter", "factor"), [(0.0, 0.9), (0.25, 0.95), (0.5, 1.0), (1.0, 1.1)])
def test_jitter_is_plus_minus_ten_percent(now: datetime, jitter: float, factor: float) -> None:
    case = Case("quiet", UNCHANGED, None, previous_s=1200)
    timing = poll(case, now, jitter=jitter)
    assert timing.interval_s == 2400  # jitter never feeds back into the interval
    assert timing.next_poll_at is not None
    delay = (timing.next_poll_at - now).total_seconds()
    assert delay == pytest.approx(timing.interval_s * factor)


def test_jitter_never_brings_a_poll_under_retry_after(now: datetime) -> None:
    case = Case("retry", ERROR, None, error_streak=1, retry_after_s=HOUR)
    timing = poll(case, now, jitter=0.0)
    assert timing.next_poll_at is not None
    assert timing.next_poll_at >= now + timedelta(seconds=HOUR)


@pytest.mark.parametrize("jitter", [-0.01, 1.01, float("nan")])
def test_jitter_out_of_range_is_a_programming_error(now: datetime, jitter: float) -> None:
    with pytest.raises(ValueError, match="jitter"):
        poll(Case("quiet", UNCHANGED, None), now, jitter=jitter)


def test_initial_polls_spread_over_one_interval(now: datetime) -> None:
    cadence = replace(DEFAULT, interval_s=600)
    count = 50
    starts = [initial_poll_at(now=now, cadence=cadence, spread=i / count) for i in range(count)]
    end = now + timedelta(seconds=600)
    assert all(now <= start < end for start in starts)
    assert len(set(starts)) == count
    assert starts[0] == now
    assert max(starts) - min(starts) == timedelta(seconds=600 * (count - 1) / count)
    assert initial_poll_at(now=now, cadence=cadence, spread=0.999999) < end
    with pytest.raises(ValueError, match="spread"):
        initial_poll_at(now=now, cadence=cadence, spread=1.0)


durations = st.floats(min_value=1, max_value=60 * DAY, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(
    outcome=st.sampled_from(list(PollOutcome)),
    interval=durations,
    bounds=st.tuples(durations, durations).map(sorted),
    backoff=st.floats(min_value=1, max_value=10),
    adaptive=st.booleans(),
    previous=st.none() | durations,
    since_change=st.none() | st.floats(min_value=0, max_value=400 * DAY),
    is_live=st.booleans(),
    streak=st.integers(min_value=0, max_value=10_000),
    retry_after=st.none() | st.floats(min_value=0, max_value=365 * DAY),
    jitter=st.floats(min_value=0, max_value=1),
)
def test_policy_invariants(
    outcome: PollOutcome,
    interval: float,
    bounds: list[float],
    backoff: float,
    adaptive: bool,
    previous: float | None,
    since_change: float | None,
    is_live: bool,
    streak: int,
    retry_after: float | None,
    jitter: float,
) -> None:
    now = datetime.fromisoformat("2020-01-03T20:30:00+00:00")
    low, high = bounds
    cadence = Cadence(
        interval_s=interval, min_interval_s=low, max_interval_s=high, backoff=backoff,
        stop_after_s=30 * DAY, adaptive=adaptive,
    )  # fmt: skip
    case = Case("any", outcome, None, since_change, None, previous, is_live, streak, retry_after,
                cadence)  # fmt: skip
    timing = poll(case, now, jitter=jitter)
    retry_cap = max(high, DAY)
    assert low <= timing.interval_s <= max(high, min(retry_after or 0, retry_cap)) * (1 + 1e-9)
    if timing.next_poll_at is None:
        assert outcome not in (FIRST, CHANGED)
        assert since_change is not None and since_change > 30 * DAY
        return
    delay = (timing.next_poll_at - now).total_seconds()
    assert delay >= 0.9 * low
    assert delay <= timing.interval_s * 1.1 + 1e-6  # whole microseconds, rounded up
    if retry_after:
        assert delay >= min(retry_after, retry_cap)
    if outcome in (FIRST, CHANGED) and not retry_after:
        assert timing.interval_s == base_interval(cadence)


# -- Agenda: the daemon's due queue ------------------------------------------------------------


def test_agenda_pops_what_is_due_earliest_first_and_keeps_the_rest() -> None:
    agenda = Agenda()
    t0 = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)
    for url, minutes in [("c", 3), ("a", 1), ("late", 90), ("b", 2)]:
        agenda.put(url, t0 + timedelta(minutes=minutes))
    assert agenda.next_at() == t0 + timedelta(minutes=1)
    assert agenda.pop_due(t0) == []
    assert agenda.pop_due(t0 + timedelta(minutes=3)) == ["a", "b", "c"]
    assert len(agenda) == 1 and "late" in agenda and "a" not in agenda
    assert agenda.next_at() == t0 + timedelta(minutes=90)


def test_agenda_put_replaces_and_discard_forgets() -> None:
    agenda = Agenda()
    t0 = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)
    agenda.put("a", t0 + timedelta(minutes=1))
    agenda.put("a", t0 + timedelta(minutes=10))  # rescheduled: the old time no longer fires
    agenda.put("b", t0 + timedelta(minutes=2))
    agenda.discard("b")
    agenda.discard("never-added")
    assert agenda.pop_due(t0 + timedelta(minutes=5)) == []
    assert agenda.next_at() == t0 + timedelta(minutes=10)
    assert agenda.pop_due(t0 + timedelta(minutes=10)) == ["a"]
    assert agenda.next_at() is None and len(agenda) == 0


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["put", "discard", "pop"]),
            st.sampled_from("abcdefgh"),
            st.integers(min_value=0, max_value=50),
        ),
        max_size=300,
    )
)
def test_agenda_matches_a_plain_dict_model(operations: list[tuple[str, str, int]]) -> None:
    """Any sequence of puts, discards and pops behaves like a dict of url -> time."""
    agenda = Agenda()
    model: dict[str, datetime] = {}
    t0 = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)
    for op, url, minutes in operations:
        when = t0 + timedelta(minutes=minutes)
        if op == "put":
            agenda.put(url, when)
            model[url] = when
        elif op == "discard":
            agenda.discard(url)
            model.pop(url, None)
        else:
            due = agenda.pop_due(when)
            expected = sorted((t, u) for u, t in model.items() if t <= when)
            assert sorted(due) == sorted(u for _, u in expected)
            assert [model[u] for u in due] == sorted(model[u] for u in due)  # earliest first
            for u in due:
                del model[u]
        assert len(agenda) == len(model)
        assert agenda.next_at() == min(model.values(), default=None)
    assert len(agenda._heap) <= 2 * len(model) + 64 + 1  # stale entries are compacted away
