"""A line that came back after it went is furniture: reported when it first goes, then never.

One story is served over real HTTP; a line in its body is shown on some fetches and not on
others, as a CMS shows a box on some page views only. The line reads like story text, shares the
story's words and is alone on its site, so no rule on its wording, its topic or the site's other
articles can tell it from news: only the article's own history can. Polls run in-process into
real database files on a frozen clock; `monitor check` and `monitor reextract` run as
subprocesses.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from served_support import PageServer, serving
from test_cli import monitor

from monitor import pipeline
from monitor.config import ArticleConfig, Config, FetchSettings
from monitor.fetch import HostLimiter, build_client
from monitor.model import ChangeKind, Plan, PollOutcome
from monitor.pipeline import PollContext, poll_article
from monitor.store import Store

STORY = (
    "Firefighters worked through the night to contain a blaze at a warehouse on the river.",
    "The fire started shortly after nine in the evening, according to the fire service.",
    "Residents of three nearby streets were asked to keep their windows closed until morning.",
)
FLICKER = "Crews from the river station were also seen at the warehouse gates overnight."
GENUINE = "The fire service said on Wednesday morning that the blaze was under control."
# Per round: whether the flickering line is shown, and whether the genuine news has come.
ROUNDS = [(True, False), (False, False), (True, True), (False, True)]
T0 = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def _page(round_: int, extra: tuple[str, ...] = ()) -> bytes:
    shown, news = ROUNDS[round_]
    lines = [STORY[0], *([FLICKER] if shown else []), *STORY[1:], *([GENUINE] if news else [])]
    return _story_page([*lines, *extra])


def _story_page(lines: list[str]) -> bytes:
    body = "\n".join(f"      <p>{line}</p>" for line in lines)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Warehouse fire</title></head>
<body><main><article><h1>Warehouse fire</h1>
{body}
</article></main></body></html>
""".encode()


class _Site(PageServer):
    round = 0
    extra: tuple[str, ...] = ()

    def render(self, path: str) -> bytes | None:
        return _page(self.round, self.extra)


@pytest.fixture
def site() -> Iterator[_Site]:
    with serving(_Site()) as server:
        yield server


def _url(server: _Site) -> str:
    return server.url("/story")


async def _poll_rounds(server: _Site, database: Path, extra: int = 0) -> list[Plan]:
    settings = FetchSettings(per_host_delay_s=0.0, retries=0)
    config = Config(None, database, (ArticleConfig(url=_url(server)),), fetch=settings)
    polls = iter(range(1000))
    plans: list[Plan] = []
    with Store.open(database) as store:
        async with build_client(config.fetch) as client:
            ctx = PollContext(
                config, store, client, HostLimiter(per_host=1, min_delay_s=0, global_limit=1),
                clock=lambda: T0 + timedelta(minutes=next(polls)), rng=lambda: 0.5,
            )  # fmt: skip
            for number in range(len(ROUNDS)):
                server.round = number
                # from the third round on, ``extra`` more short lines (reader comments, say)
                server.extra = tuple(f"Reader comment {n} on the fire" for n in range(extra))
                server.extra = server.extra if number >= 2 else ()
                plans.append(await poll_article(ctx, config.articles[0]))
    return plans


def _reported(plan: Plan) -> list[tuple[ChangeKind, str | None]]:
    changes = plan.revision.changes if plan.revision else ()
    return [(c.kind, c.text or c.previous_text) for c in changes]


def _rows(database: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(database)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.anyio
async def test_a_line_that_came_back_after_it_went_is_no_longer_news(
    site: _Site, tmp_path: Path
) -> None:
    plans = await _poll_rounds(site, tmp_path / "m.db")

    assert plans[0].outcome is PollOutcome.FIRST
    # its first going is all a reader can know: reported, with its walk-back
    assert _reported(plans[1]) == [(ChangeKind.PARAGRAPH_REMOVED, FLICKER)]
    assert plans[1].revision is not None
    assert [r.claim for r in plans[1].revision.retractions] == [FLICKER]
    # back beside genuine news: the news is reported, alone
    assert _reported(plans[2]) == [(ChangeKind.PARAGRAPH_ADDED, GENUINE)]
    # gone again: the line flickers, and that is no news
    assert plans[3].outcome is PollOutcome.UNCHANGED


def _config(tmp_path: Path, url: str) -> Path:
    config = tmp_path / "config.yaml"
    config.write_text(
        f"database: {tmp_path / 'm.db'}\nfetch:\n  per_host_delay: 0s\narticles:\n  - {url}\n",
        encoding="utf-8",
    )
    return config


def _check_each_round(server: _Site | _SlotSite, config: Path, rounds: int) -> list[str]:
    """What `monitor check` says of each round the server serves, in turn."""
    said = []
    for number in range(rounds):
        server.round = number
        said.append(monitor("check", "--config", str(config)).stdout.splitlines()[0])
    return said


def test_monitor_check_remembers_what_went(site: _Site, tmp_path: Path) -> None:
    outcomes = _check_each_round(site, _config(tmp_path, _url(site)), len(ROUNDS))

    assert outcomes == [
        "Polled 1 article(s): 1 first.",
        "Polled 1 article(s): 1 changed.",
        "Polled 1 article(s): 1 changed.",
        "Polled 1 article(s): 1 unchanged.",
    ]


@pytest.mark.anyio
async def test_reextract_leaves_the_history_a_fresh_run_makes(
    site: _Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old.db"
    with monkeypatch.context() as patch:  # recorded by a monitor that remembered nothing
        patch.setattr(pipeline, "gone_before", lambda *args: frozenset())
        await _poll_rounds(site, old)
    fresh = tmp_path / "fresh.db"
    await _poll_rounds(site, fresh)
    changes = "SELECT kind, text, previous_text FROM changes ORDER BY revision_id, position"
    assert _rows(old, changes) != _rows(fresh, changes)
    config = tmp_path / "config.yaml"
    config.write_text(f"database: {old}\narticles:\n  - {_url(site)}\n", encoding="utf-8")

    report = monitor("reextract", "--config", str(config)).stdout

    assert report.splitlines()[-1] == "Re-extracted 1 article: 1 changed, 0 unchanged."
    assert _rows(old, changes) == _rows(fresh, changes)
    numbers = "SELECT latest_number FROM articles"
    assert _rows(old, numbers) == _rows(fresh, numbers)


@pytest.mark.anyio
async def test_a_page_bringing_thousands_of_new_lines_still_knows_what_went(
    site: _Site, tmp_path: Path
) -> None:
    # The store is asked about every short line that came or went: a hostile page can bring
    # thousands at once, more than an older SQLite takes in one statement.
    plans = await _poll_rounds(site, tmp_path / "m.db", extra=2000)

    reported = _reported(plans[2])
    assert (ChangeKind.PARAGRAPH_ADDED, GENUINE) in reported
    assert (ChangeKind.PARAGRAPH_ADDED, FLICKER) not in reported


# ---------------------------------------------------------------------------------------------
# A labelled slot that rotates its wording, and a notice whose clock is re-stamped.

NOTICE = "Info: Bins on the river streets will be collected a day late, the council said at {}."
OTHER = "Info: The library beside the warehouse closes early on Wednesday for a staff meeting."
THIRD = "Info: Night buses avoid the river road until the warehouse site is cleared by crews."
LATER = "Investigators from the fire service began work at the site on Wednesday afternoon."
# Per round: the labelled line shown, if any, and how much of the genuine news has come.
SLOT_ROUNDS = [
    (NOTICE.format("9.41"), 0),
    (None, 0),  # the slot's item went: it claims nothing by going
    (NOTICE.format("9.52"), 0),  # the same notice, re-stamped: it came back
    (None, 1),  # it went again, beside genuine news
    (OTHER, 1),  # another item under the name of a slot that lost one
    (None, 2),  # its going, beside more news
    (THIRD, 2),
]


class _SlotSite(PageServer):
    round = 0

    def render(self, path: str) -> bytes | None:
        line, news = SLOT_ROUNDS[self.round]
        lines = [STORY[0], *([line] if line else []), *STORY[1:], *(GENUINE, LATER)[:news]]
        return _story_page(lines)


def test_a_slot_s_items_are_no_news_while_the_news_beside_them_is(tmp_path: Path) -> None:
    with serving(_SlotSite()) as server:
        config = _config(tmp_path, server.url("/story"))
        outcomes = _check_each_round(server, config, len(SLOT_ROUNDS))
        rebuilt = monitor("reextract", "--config", str(config)).stdout.splitlines()[-1]

    assert outcomes == [
        "Polled 1 article(s): 1 first.",
        "Polled 1 article(s): 1 unchanged.",
        "Polled 1 article(s): 1 unchanged.",
        "Polled 1 article(s): 1 changed.",
        "Polled 1 article(s): 1 unchanged.",
        "Polled 1 article(s): 1 changed.",
        "Polled 1 article(s): 1 unchanged.",
    ]
    changes = _rows(
        tmp_path / "m.db",
        "SELECT v.number, c.kind, coalesce(c.text, c.previous_text) FROM changes c"
        " JOIN revisions v ON v.id = c.revision_id WHERE v.number > 1 ORDER BY v.number, c.position",
    )
    assert changes == [(2, "paragraph_added", GENUINE), (3, "paragraph_added", LATER)]
    # A poll asks the store what went; a rebuild counts it as it goes: the two agree.
    assert rebuilt == "Re-extracted 1 article: 0 changed, 1 unchanged."


# ---------------------------------------------------------------------------------------------
# A meter: a line whose figures change on every poll.

METER = "The hospital treating residents near the warehouse reported a wait of {} minutes."
# Per round: minutes after the first poll, and the wait the line shows.
METER_ROUNDS = [(0, 41), (10, 47), (20, 52), (30, 38), (200, 45)]


class _MeterSite(PageServer):
    wait = 0

    def render(self, path: str) -> bytes | None:
        return _story_page([STORY[0], METER.format(self.wait), *STORY[1:]])


async def _polls_over_time(
    server: PageServer, database: Path, steps: list[tuple[int, dict[str, Any]]]
) -> list[Plan]:
    """One poll per step, ``minutes`` after the first, with the server's attributes set to
    what the step gives first (what the page shows then)."""
    plans: list[Plan] = []
    now = [T0]
    with Store.open(database) as store:
        article = ArticleConfig(url=server.url("/story"))
        settings = FetchSettings(per_host_delay_s=0.0, retries=0)
        config = Config(None, database, (article,), fetch=settings)
        async with build_client(config.fetch) as client:
            ctx = PollContext(
                config, store, client, HostLimiter(per_host=1, min_delay_s=0, global_limit=1),
                clock=lambda: now[0], rng=lambda: 0.5,
            )  # fmt: skip
            for minutes, shown in steps:
                now[0] = T0 + timedelta(minutes=minutes)
                for name, value in shown.items():
                    setattr(server, name, value)
                plans.append(await poll_article(ctx, article))
    return plans


@pytest.mark.anyio
async def test_a_meter_is_news_once_an_hour_at_most(tmp_path: Path) -> None:
    with serving(_MeterSite()) as server:
        steps = [(minutes, {"wait": wait}) for minutes, wait in METER_ROUNDS]
        plans = await _polls_over_time(server, tmp_path / "m.db", steps)

    assert [plan.outcome for plan in plans] == [
        PollOutcome.FIRST,
        PollOutcome.CHANGED,  # its first change: a reader cannot tell a meter from a revision
        PollOutcome.UNCHANGED,  # it ticks again: a meter
        PollOutcome.UNCHANGED,
        PollOutcome.CHANGED,  # hours later: a figure revised again is news again
    ]
    assert _reported(plans[1]) == [(ChangeKind.PARAGRAPH_EDITED, METER.format(47))]
    assert _reported(plans[4]) == [(ChangeKind.PARAGRAPH_EDITED, METER.format(45))]


# ---------------------------------------------------------------------------------------------
# A reading re-stamped beside genuine news, then gone: furniture the article lost unreported.

READING = "Charge points at {}: {} of 4 free at the river station, beside the warehouse gates."
# Per round: the reading shown, if any, and how much of the genuine news has come.
READING_ROUNDS = [
    (READING.format("9.41pm", 2), 0),
    (READING.format("9.52pm", 3), 1),  # re-stamped (no change) beside genuine news (a revision)
    (None, 1),  # gone: a line the article already lost unreported, so no news either
    (READING.format("10.14pm", 1), 2),  # back, beside more news
]


class _ReadingSite(PageServer):
    round = 0

    def render(self, path: str) -> bytes | None:
        line, news = READING_ROUNDS[self.round]
        lines = [STORY[0], *([line] if line else []), *STORY[1:], *(GENUINE, LATER)[:news]]
        return _story_page(lines)


def test_furniture_lost_beside_news_is_remembered_like_a_reported_loss(tmp_path: Path) -> None:
    with serving(_ReadingSite()) as server:
        config = _config(tmp_path, server.url("/story"))
        outcomes = _check_each_round(server, config, len(READING_ROUNDS))
        rebuilt = monitor("reextract", "--config", str(config)).stdout.splitlines()[-1]

    assert outcomes == [
        "Polled 1 article(s): 1 first.",
        "Polled 1 article(s): 1 changed.",
        "Polled 1 article(s): 1 unchanged.",
        "Polled 1 article(s): 1 changed.",
    ]
    changes = _rows(
        tmp_path / "m.db",
        "SELECT v.number, c.kind, coalesce(c.text, c.previous_text) FROM changes c"
        " JOIN revisions v ON v.id = c.revision_id WHERE v.number > 1 ORDER BY v.number, c.position",
    )
    assert changes == [(2, "paragraph_added", GENUINE), (3, "paragraph_added", LATER)]
    # The history rebuilt from the stored pages remembers the same: nothing to change.
    assert rebuilt == "Re-extracted 1 article: 0 changed, 1 unchanged."


# ---------------------------------------------------------------------------------------------
# A notice the CMS sets between other paragraphs, somewhere else on every page view.

NOTICE = "Story hour for children under five at the town library, every Saturday at ten."
# Per round: minutes after the first poll, and the index the notice is shown at.
NOTICE_ROUNDS = [(0, 0), (10, 4), (20, 1), (30, 2), (200, 3)]


class _NoticeSite(PageServer):
    at = 0

    def render(self, path: str) -> bytes | None:
        lines = [*STORY, LATER]
        lines.insert(self.at, NOTICE)
        return _story_page(lines)


@pytest.mark.anyio
async def test_a_line_that_hops_between_paragraphs_is_news_once_an_hour_at_most(
    tmp_path: Path,
) -> None:
    with serving(_NoticeSite()) as server:
        steps = [(minutes, {"at": at}) for minutes, at in NOTICE_ROUNDS]
        plans = await _polls_over_time(server, tmp_path / "m.db", steps)

    assert [plan.outcome for plan in plans] == [
        PollOutcome.FIRST,
        PollOutcome.CHANGED,  # its first move: a reader cannot tell it from an editor's
        PollOutcome.UNCHANGED,  # it moves again: the CMS places it anew on every view
        PollOutcome.UNCHANGED,
        PollOutcome.CHANGED,  # hours later: a paragraph moved again is news again
    ]
    assert _reported(plans[1]) == [(ChangeKind.PARAGRAPH_MOVED, NOTICE)]
    assert _reported(plans[4]) == [(ChangeKind.PARAGRAPH_MOVED, NOTICE)]
