"""When to try again within one poll: full-jitter backoff and the server's Retry-After."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from monitor.errors import FetchError, HTTPStatusFailure

__all__ = ["BACKOFF_BASE_S", "BACKOFF_CAP_S", "RETRY_AFTER_IN_POLL_CAP_S", "parse_retry_after", "retry_delay"]  # fmt: skip

BACKOFF_BASE_S = 0.5
BACKOFF_CAP_S = 8.0
# A Retry-After longer than this is not slept through inside a poll: the error carries it and
# the scheduler defers the next poll instead, so one article never pins a worker for minutes.
RETRY_AFTER_IN_POLL_CAP_S = 10.0
_MAX_DELTA_DIGITS = 10  # ~300 years; longer is noise, not a request


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """``Retry-After`` as seconds from ``now``: delta-seconds or an HTTP-date; None if invalid."""
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value) if len(value) <= _MAX_DELTA_DIGITS else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" parses naive; HTTP-dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def retry_delay(
    error: FetchError, attempt: int, attempts: int, rng: Callable[[], float]
) -> float | None:
    """Seconds to wait before attempt ``attempt + 1`` (0-based), or None to give up now.

    Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): uniform in
    [0, min(cap, base·2^attempt)], which spreads synchronized retries best.
    """
    if not error.transient:
        return None
    retry_after = error.retry_after if isinstance(error, HTTPStatusFailure) else None
    if retry_after is not None and retry_after > RETRY_AFTER_IN_POLL_CAP_S:
        return None
    if attempt + 1 >= attempts:
        return None
    if retry_after is not None:
        return retry_after
    return rng() * min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2.0**attempt)
