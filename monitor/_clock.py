"""The one place the edge reads the wall clock. The pure core takes time as an argument."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
