"""What one poll writes to the ``articles`` and ``polls`` rows, and how status reads back.

Pure functions from a Plan to SQL and its parameters; ``Store.apply`` runs them inside its
transaction.
"""

from __future__ import annotations

import functools
from datetime import datetime

from monitor.model import Plan, PollOutcome
from monitor.store import rows
from monitor.store.records import ArticleStatus, LastError, short_id

_POLL_FIELDS = (
    "polled_at",
    "outcome",
    "elapsed_ms",
    "http_status",
    "revision_number",
    "reverted_to",
    "error_kind",
    "error_message",
    "error_transient",
    "retry_after_s",
)
# A polls row, its article named by id (a revision was just written) or by URL (a quiet poll,
# which never reads the article row first).
INSERT_POLL_BY_ID = (
    f"INSERT INTO polls (article_id, {', '.join(_POLL_FIELDS)})"
    f" VALUES (:article_id, {', '.join(':' + f for f in _POLL_FIELDS)})"
)
INSERT_POLL_BY_URL = (
    f"INSERT INTO polls (article_id, {', '.join(_POLL_FIELDS)})"
    f" SELECT id, {', '.join(':' + f for f in _POLL_FIELDS)} FROM articles WHERE url = :url"
)


def poll_row(plan: Plan, revision_number: int | None) -> rows.Row:
    """The polls row's values, with the article's ``url`` (``INSERT_POLL_BY_URL`` finds the id
    from it; a caller that knows the id adds ``article_id`` for ``INSERT_POLL_BY_ID``)."""
    status = plan.snapshot.status if plan.snapshot is not None else None
    if plan.outcome is PollOutcome.NOT_MODIFIED:
        status = 304
    failure = plan.failure
    return {
        "polled_at": rows.instant(plan.polled_at),
        "outcome": plan.outcome.value,
        "elapsed_ms": plan.elapsed_ms,
        "http_status": status,
        "revision_number": revision_number,
        "reverted_to": plan.reverted_to,
        "error_kind": failure.kind if failure else None,
        "error_message": failure.message if failure else None,
        "error_transient": int(failure.transient) if failure else None,
        "retry_after_s": failure.retry_after_s if failure else None,
        "url": plan.url,
    }


@functools.cache
def _assignments(outcome: PollOutcome, with_failure: bool) -> str:
    # What a poll of this outcome does to the article row. Old values are read by SQL itself, so
    # a poll needs no SELECT of the row first.
    failed = outcome is PollOutcome.ERROR
    sets = [
        "first_seen_at = COALESCE(first_seen_at, :polled_at)",
        "last_poll_at = :polled_at",
        "last_outcome = :outcome",
        # NULL marks an article the schedule stopped (it went quiet for longer than stop_after).
        "next_poll_at = :next_poll_at",
        "interval_s = :interval_s",
        "error_streak = error_streak + 1" if failed else "error_streak = 0",
    ]
    if outcome is PollOutcome.NOT_MODIFIED:
        # A 304 need not repeat the validators: keep the ones it omits.
        sets.append("etag = COALESCE(NULLIF(:etag, ''), etag)")
        sets.append("last_modified = COALESCE(NULLIF(:last_modified, ''), last_modified)")
    elif not failed:  # a failed poll keeps the validators it had
        sets.append("etag = :etag")
        sets.append("last_modified = :last_modified")
    if failed:
        sets.append("last_error_at = :polled_at")
        if with_failure:  # the most recent error is kept after recovery: only a failure sets it
            sets.append("last_error_kind = :error_kind")
            sets.append("last_error_message = :error_message")
            sets.append("last_error_transient = :error_transient")
    return ", ".join(sets)


def after_poll(plan: Plan, poll: rows.Row) -> tuple[str, rows.Row]:
    """The SET clause and its parameters for the article row's poll columns after ``plan``.

    ``poll`` is ``poll_row(plan, ...)``: the failure's columns are shared with it.
    """
    params = {
        **poll,
        "next_poll_at": None if plan.stopped else rows.instant(plan.next_poll_at),
        "interval_s": plan.interval_s,
        "etag": plan.validators.etag,
        "last_modified": plan.validators.last_modified,
    }
    return _assignments(plan.outcome, plan.failure is not None), params


def status(row: rows.Row) -> ArticleStatus:
    last_error = None
    if row["last_error_at"] is not None:
        last_error = LastError(
            kind=row["last_error_kind"] or "Error",
            message=row["last_error_message"] or "",
            at=rows.parse_time(row["last_error_at"]) or datetime.min,
            transient=bool(row["last_error_transient"]),
        )
    return ArticleStatus(
        url=row["url"],
        short_id=short_id(row["id"]),
        title=row["title"],
        last_poll_at=rows.parse_time(row["last_poll_at"]),
        last_outcome=PollOutcome(row["last_outcome"]) if row["last_outcome"] else None,
        next_poll_at=rows.parse_time(row["next_poll_at"]),
        last_change_at=rows.parse_time(row["last_change_at"]),
        error_streak=row["error_streak"],
        last_error=last_error,
        interval_s=row["interval_s"],
        revisions=row["latest_number"],
        stopped=row["last_poll_at"] is not None and row["next_poll_at"] is None,
    )
