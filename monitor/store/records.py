"""What the store hands back besides the model types: per-article rows for lists and status."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from monitor.model import PollOutcome, Validators


def short_id(article_id: int) -> str:
    """The id people type: stable for the life of the article ("a1", "a2", ...)."""
    return f"a{article_id}"


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    short_id: str
    url: str
    title: str | None
    first_seen: datetime | None
    revisions: int
    last_change: datetime | None


@dataclass(frozen=True, slots=True)
class LastError:
    """The most recent failed poll. Kept after recovery; ``error_streak`` says if it is current."""

    kind: str
    message: str
    at: datetime
    transient: bool

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


@dataclass(frozen=True, slots=True)
class ArticleStatus:
    url: str
    short_id: str
    title: str | None
    last_poll_at: datetime | None
    last_outcome: PollOutcome | None
    next_poll_at: datetime | None
    last_change_at: datetime | None
    error_streak: int
    last_error: LastError | None
    interval_s: float | None
    revisions: int
    stopped: bool = False  # the schedule stopped polling it (quiet longer than stop_after)


@dataclass(frozen=True, slots=True)
class PollState:
    next_poll_at: datetime | None
    interval_s: float | None
    last_change_at: datetime | None
    first_seen_at: datetime | None
    error_streak: int
    stopped: bool = False
    is_live: bool = False  # the latest revision is a live blog or flagged "(Updated)"
    validators: Validators = field(default_factory=Validators)
    latest_number: int = 0
    latest_hash: str | None = None
