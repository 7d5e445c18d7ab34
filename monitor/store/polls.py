"""What one poll writes to the ``articles`` and ``polls`` rows, and how status reads back.

Pure functions from a Plan (and the article's current row) to column values; ``Store.apply``
runs them inside its transaction.
"""

from __future__ import annotations

from datetime import datetime

from monitor.model import Plan, PollOutcome
from monitor.store import rows
from monitor.store.records import ArticleStatus, LastError, short_id

POLL_COLUMNS = (
    "first_seen_at",
    "etag",
    "last_modified",
    "last_poll_at",
    "last_outcome",
    "next_poll_at",
    "interval_s",
    "error_streak",
    "last_error_kind",
    "last_error_message",
    "last_error_at",
    "last_error_transient",
)
UPDATE_AFTER_POLL = "UPDATE articles SET {columns} WHERE id = :id"


def poll_row(article_id: int, plan: Plan, revision_number: int | None) -> rows.Row:
    status = plan.snapshot.status if plan.snapshot is not None else None
    if plan.outcome is PollOutcome.NOT_MODIFIED:
        status = 304
    failure = plan.failure
    return {
        "article_id": article_id,
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
    }


def after_poll(article: rows.Row, plan: Plan) -> rows.Row:
    """The article row's new poll columns (the revision columns are set by _write_revision)."""
    polled_at = rows.instant(plan.polled_at)
    etag, last_modified = article["etag"], article["last_modified"]
    if plan.outcome is PollOutcome.NOT_MODIFIED:
        # A 304 need not repeat the validators: keep the ones it omits.
        etag = plan.validators.etag or etag
        last_modified = plan.validators.last_modified or last_modified
    elif plan.outcome is not PollOutcome.ERROR:
        etag, last_modified = plan.validators.etag, plan.validators.last_modified
    failed = plan.outcome is PollOutcome.ERROR
    failure = plan.failure
    return {
        "id": article["id"],
        "first_seen_at": article["first_seen_at"] or polled_at,
        "etag": etag,
        "last_modified": last_modified,
        "last_poll_at": polled_at,
        "last_outcome": plan.outcome.value,
        # NULL marks an article the schedule stopped (it went quiet for longer than stop_after).
        "next_poll_at": None if plan.stopped else rows.instant(plan.next_poll_at),
        "interval_s": plan.interval_s,
        "error_streak": article["error_streak"] + 1 if failed else 0,
        "last_error_kind": failure.kind if failed and failure else article["last_error_kind"],
        "last_error_message": (
            failure.message if failed and failure else article["last_error_message"]
        ),
        "last_error_at": polled_at if failed else article["last_error_at"],
        "last_error_transient": (
            int(failure.transient) if failed and failure else article["last_error_transient"]
        ),
    }


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
