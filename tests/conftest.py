"""Shared fixtures. Area-specific fixtures live in tests/*_support.py modules."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest


@pytest.fixture
def anyio_backend() -> str:
    # apscheduler's AsyncIOScheduler is asyncio-only, so every async test runs on asyncio.
    return "asyncio"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "monitor.db"


@pytest.fixture
def now() -> datetime:
    """A frozen clock value: tests never read the real clock."""
    return datetime(2020, 1, 3, 20, 30, tzinfo=UTC)
