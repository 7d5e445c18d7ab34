"""decide() replays the seed history with no server, database or clock; poll_article end to end."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import faultserver
import httpx
import pytest
from faultserver import FaultServer

from monitor import pipeline
from monitor._jsonio import stable_hash
from monitor.config import ArticleConfig, Cadence, Config, FetchSettings
from monitor.extract import extract_article
from monitor.fetch import HostLimiter, build_client
from monitor.model import (
    Article,
    ChangeKind,
    PollOutcome,
    RetractionReason,
    Revision,
    Snapshot,
    Validators,
)
from monitor.pipeline import PollContext, PollInputs, decide, poll_all, poll_article, run_check
from monitor.seedserver import SeedServer, load_seed
from monitor.store import PollState, Store

URL = "http://127.0.0.1:8631/story"
ARTICLE = ArticleConfig(url=URL, cadence=Cadence(interval_s=60, min_interval_s=10))
SEED = load_seed()

fault_server = faultserver.fault_server
fault_server_session = faultserver.fault_server_session


def _snapshot(html: str, fetched_at: datetime) -> Snapshot:
    return Snapshot(
        url=URL, final_url=URL, fetched_at=fetched_at, status=200, body=html.encode(), html=html,
        encoding="utf-8", content_type="text/html", validators=Validators(etag='"x"'),
    )  # fmt: skip


def _state(latest: Revision | None) -> PollState | None:
    if latest is None:
        return None
    return PollState(
        next_poll_at=None, interval_s=None, last_change_at=None, first_seen_at=None,
        error_streak=0, latest_number=latest.number, latest_hash=latest.content_hash,
    )  # fmt: skip


def _inputs(latest: Revision | None, known: dict[str, int]) -> PollInputs:
    return PollInputs(_state(latest), latest.article if latest else None, known)


def _replay() -> list[Revision]:
    """Run the five seed versions through extract + decide, as the daemon would, in memory."""
    revisions: list[Revision] = []
    known: dict[str, int] = {}
    for version in SEED.versions:
        html = version.body.decode("utf-8")
        when = version.fetched_at.astimezone(UTC)
        article = extract_article(html, url=URL, fetched_at=when)
        inputs = _inputs(revisions[-1] if revisions else None, dict(known))
        plan = decide(inputs, ARTICLE, _snapshot(html, when), article, now=when, jitter=0.5)
        assert plan.revision is not None, f"{version.file.name} produced no revision"
        revisions.append(plan.revision)
        known[plan.revision.content_hash] = plan.revision.number
    return revisions


def test_seed_replay_names_every_change() -> None:
    revisions = _replay()
    assert [r.number for r in revisions] == [1, 2, 3, 4, 5]
    assert revisions[0].changes == ()
    added = [c for r in revisions for c in r.changes if c.kind is ChangeKind.UPDATE_ADDED]
    stamps = [c.block.timestamp.isoformat() for c in added if c.block and c.block.timestamp]
    assert stamps == [
        "2020-01-03T15:30:00-05:00",
        "2020-01-03T18:15:00-05:00",
        "2020-01-03T18:35:00-05:00",
        "2020-01-03T19:10:00-05:00",
    ]
    title_changes = [c for c in revisions[1].changes if c.kind is ChangeKind.TITLE_CHANGED]
    assert len(title_changes) == 1
    assert title_changes[0].text is not None and title_changes[0].text.endswith("(Updated)")
    # Nothing else changed: the body is untouched by the updates.
    kinds = {c.kind for r in revisions for c in r.changes}
    assert kinds == {ChangeKind.UPDATE_ADDED, ChangeKind.TITLE_CHANGED}


def test_seed_replay_links_710_to_635() -> None:
    last = _replay()[-1]
    links = [r for r in last.retractions if r.reason is RetractionReason.CONTRADICTION]
    assert len(links) == 1
    link = links[0]
    assert link.update is not None and link.update.timestamp is not None
    assert link.target is not None and link.target.timestamp is not None
    assert link.update.timestamp.strftime("%H:%M") == "19:10"
    assert link.target.timestamp.strftime("%H:%M") == "18:35"
    joined = " ".join(link.entities)
    assert "al-Zaidi" in joined and "al-Jazaeri" in joined


def _previous(article: Article, number: int = 1) -> Revision:
    return Revision(number, datetime(2020, 1, 3, tzinfo=UTC), stable_hash(article), article)


def test_same_content_is_unchanged_and_an_old_copy_is_a_revert(now: datetime) -> None:
    a = Article(title="T", paragraphs=("one", "two"))
    b = Article(title="T", paragraphs=("one", "two", "three"))
    snap = _snapshot("<html></html>", now)
    same = decide(_inputs(_previous(a), {stable_hash(a): 1}), ARTICLE, snap, a, now=now, jitter=0.5)
    assert same.outcome is PollOutcome.UNCHANGED and same.revision is None
    known = {stable_hash(a): 1, stable_hash(b): 2}
    back = decide(_inputs(_previous(b, 2), known), ARTICLE, snap, a, now=now, jitter=0.5)
    assert back.outcome is PollOutcome.REVERTED and back.reverted_to == 1 and back.revision is None
    assert back.snapshot is None  # nothing new to keep


def test_next_poll_is_in_the_future_and_bounded(now: datetime) -> None:
    a = Article(title="T", paragraphs=("one",))
    plan = decide(PollInputs(None), ARTICLE, _snapshot("", now), a, now=now, jitter=0.5)
    assert plan.outcome is PollOutcome.FIRST
    assert now < plan.next_poll_at <= now + timedelta(seconds=ARTICLE.cadence.max_interval_s * 1.1)


@pytest.mark.anyio
async def test_poll_article_over_http_with_a_real_store(tmp_path: Path) -> None:
    clock_value = [SEED.versions[0].fetched_at.astimezone(UTC)]
    with SeedServer(SEED) as server, Store.open(tmp_path / "m.db") as store:
        article = ArticleConfig(url=server.url)
        fetch_settings = FetchSettings(per_host_delay_s=0.0, retries=0)
        config = Config(
            path=None, database=tmp_path / "m.db", articles=(article,), fetch=fetch_settings
        )
        async with build_client(fetch_settings) as client:
            ctx = PollContext(
                config, store, client, HostLimiter(per_host=1, min_delay_s=0, global_limit=1),
                clock=lambda: clock_value[0], rng=lambda: 0.5,
            )  # fmt: skip
            first = await poll_article(ctx, article)
            again = await poll_article(ctx, article)
            server.advance()
            clock_value[0] += timedelta(hours=2)
            changed = await poll_article(ctx, article)
        assert first.outcome is PollOutcome.FIRST
        assert again.outcome is PollOutcome.NOT_MODIFIED  # conditional GET answered 304
        assert changed.outcome is PollOutcome.CHANGED
        assert store.revision_count(server.url) == 2
        assert server.not_modified_count == 1


@pytest.mark.anyio
async def test_one_failing_article_does_not_stop_the_others(tmp_path: Path, now: datetime) -> None:
    good_html = SEED.versions[0].body

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/broken":
            return httpx.Response(500)
        if request.url.path == "/empty":
            return httpx.Response(
                200, headers={"content-type": "text/html"}, content=b"<html></html>"
            )
        return httpx.Response(
            200, headers={"content-type": "text/html; charset=utf-8"}, content=good_html
        )

    articles = tuple(ArticleConfig(url=f"http://site.test/{p}") for p in ("ok", "broken", "empty"))
    settings = FetchSettings(per_host_delay_s=0.0, retries=0)
    config = Config(path=None, database=tmp_path / "m.db", articles=articles, fetch=settings)
    with Store.open(config.database) as store:
        async with build_client(settings, transport=httpx.MockTransport(handler)) as client:
            ctx = PollContext(
                config, store, client, HostLimiter(per_host=3, min_delay_s=0, global_limit=3),
                clock=lambda: now, rng=lambda: 0.5,
            )  # fmt: skip
            plans = await poll_all(ctx, articles)
        outcomes = {p.url.rsplit("/", 1)[1]: p.outcome for p in plans}
        assert outcomes == {
            "ok": PollOutcome.FIRST,
            "broken": PollOutcome.ERROR,
            "empty": PollOutcome.ERROR,
        }
        failures = {p.url.rsplit("/", 1)[1]: p.failure for p in plans if p.failure}
        assert "HTTP 500" in str(failures["broken"])
        assert "no article text" in str(failures["empty"])
        statuses = {s.url.rsplit("/", 1)[1]: s for s in store.statuses()}
        assert statuses["broken"].error_streak == 1 and statuses["ok"].error_streak == 0
        assert statuses["broken"].last_error is not None
        assert statuses["broken"].last_error.kind == "HTTPStatusFailure"
        assert statuses["empty"].last_error is not None
        assert statuses["empty"].last_error.kind == "ExtractError"


class _SlowSite(httpx.AsyncBaseTransport):
    """Serves the seed page after a short wait, recording the most requests in flight at once."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.peak = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(0.01)
        finally:
            self.in_flight -= 1
        return httpx.Response(
            200,
            headers={"content-type": "text/html; charset=utf-8"},
            content=SEED.versions[0].body,
        )


@pytest.mark.anyio
async def test_a_pass_runs_one_poll_more_than_its_fetch_slots_and_never_more_requests(
    tmp_path: Path, now: datetime
) -> None:
    articles = tuple(ArticleConfig(url=f"http://site.test/{k}") for k in range(12))
    settings = FetchSettings(concurrency=3, per_host_concurrency=3, per_host_delay_s=0.0)
    config = Config(path=None, database=tmp_path / "m.db", articles=articles, fetch=settings)
    site = _SlowSite()
    started = finished = most_in_progress = 0
    with Store.open(config.database, keep_poll_states=False) as store:
        read_state = store.poll_state

        def poll_state(url: str) -> PollState | None:  # the first thing a poll does
            nonlocal started, most_in_progress
            started += 1
            most_in_progress = max(most_in_progress, started - finished)
            return read_state(url)

        def done(_plan: object) -> None:
            nonlocal finished
            finished += 1

        store.poll_state = poll_state  # type: ignore[method-assign]
        async with build_client(settings, transport=site) as client:
            limiter = HostLimiter(per_host=3, min_delay_s=0, global_limit=3)
            ctx = PollContext(config, store, client, limiter, clock=lambda: now, rng=lambda: 0.5)
            summaries = await poll_all(ctx, articles, on_done=done)
    assert [s.outcome for s in summaries] == [PollOutcome.FIRST] * 12
    assert site.peak == 3  # every slot used, the limit kept
    assert most_in_progress == 4  # one poll more than the slots: the spare worker


# ---------------------------------------------------------------------------------------------
# `monitor check` groups its polls' commits (Store.grouping_polls)


def _committed_polls(database: Path) -> int:
    """Polls another connection can read: what a crash would keep."""
    if not database.exists():
        return 0
    with contextlib.closing(sqlite3.connect(database)) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM polls").fetchone()[0])
        except sqlite3.OperationalError:  # the tables are still being created
            return 0


def _check_config(tmp_path: Path, server: FaultServer) -> Config:
    articles = tuple(ArticleConfig(url=server.url(path)) for path in ("/ok", "/timeout"))
    settings = FetchSettings(per_host_delay_s=0.0, retries=0, timeout_s=120.0)
    return Config(path=None, database=tmp_path / "m.db", articles=articles, fetch=settings)


@pytest.mark.anyio
async def test_check_commits_finished_polls_on_a_timer_while_others_are_in_flight(
    tmp_path: Path, fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_COMMIT_EVERY_S", 0.05)
    config = _check_config(tmp_path, fault_server)
    check = asyncio.create_task(run_check(config))
    try:
        for _ in range(400):  # bounded: 20 s
            if _committed_polls(config.database):
                break
            await asyncio.sleep(0.05)
        # /timeout has not answered, so the pass has not ended: the timer committed /ok's poll.
        assert not check.done()
        assert _committed_polls(config.database) == 1
    finally:
        check.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await check
    with Store.open(config.database, readonly=True) as store:
        assert store.revision_count(fault_server.url("/ok")) == 1


@pytest.mark.anyio
async def test_a_cancelled_check_commits_the_polls_it_finished(
    tmp_path: Path,
    fault_server: FaultServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(pipeline, "_COMMIT_EVERY_S", 3600.0)  # no timer commit in this test
    config = _check_config(tmp_path, fault_server)
    ok_url = fault_server.url("/ok")
    with caplog.at_level(logging.INFO, logger="monitor.poll"):
        check = asyncio.create_task(run_check(config))
        for _ in range(400):  # bounded: 20 s; the outcome is logged once stored
            if any(ok_url in record.getMessage() for record in caplog.records):
                break
            await asyncio.sleep(0.05)
    assert _committed_polls(config.database) == 0  # queued, not yet written
    check.cancel()  # what Ctrl-C does to `monitor check`
    with pytest.raises(asyncio.CancelledError):
        await check
    assert _committed_polls(config.database) == 1
    with Store.open(config.database, readonly=True) as store:
        assert store.revision_count(ok_url) == 1
