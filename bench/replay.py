"""A page history run as polls would run it, for the noise benchmarks.

The pages go through ``monitor.reextract.plan_rebuild``: the same decoding, extraction and
``decide`` that `monitor reextract` and a poll use, so the benchmarks count what monitor stores.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.config import ArticleConfig
from monitor.model import Revision, Validators
from monitor.reextract import plan_rebuild
from monitor.store.rebuild import StoredPage

POLL_EVERY = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class Step:
    """A fetch that made a revision: its index among the pages, the revision, and the one
    before it (None for the first)."""

    fetch: int
    revision: Revision
    previous: Revision | None


def replay(url: str, pages: Sequence[str], first_fetch: datetime) -> list[Step]:
    """The revisions ``pages`` make when fetched in order, ``POLL_EVERY`` apart; raises
    ExtractError when a page holds no article."""
    stored = [
        (_stored(number, first_fetch + POLL_EVERY * number, url), html.encode("utf-8"))
        for number, html in enumerate(pages)
    ]
    rebuild = plan_rebuild(ArticleConfig(url=url), None, stored)
    steps: list[Step] = []
    previous: Revision | None = None
    for revision, page in zip(rebuild.revisions, rebuild.pages, strict=True):
        steps.append(Step(page - 1, revision, previous))
        previous = revision
    return steps


def _stored(number: int, when: datetime, url: str) -> StoredPage:
    return StoredPage(
        page=number + 1,
        fetched_at=when,
        final_url=url,
        status=200,
        encoding="utf-8",
        content_type="text/html; charset=utf-8",
        validators=Validators(),
        kept=True,
        revision=None,
    )
