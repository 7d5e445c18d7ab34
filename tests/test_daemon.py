"""`monitor run` as a real subprocess: signals, reload, the lock, and kill -9 in mid-poll."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from monitor import daemon as monitor_daemon  # `Daemon` below is the subprocess wrapper
from monitor.config import parse_config
from monitor.model import Plan
from monitor.seedserver import SeedServer, load_seed
from monitor.store import Store
from monitor.store import store as store_module

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from newsim import NewsSite  # noqa: E402

FAST = "    interval: 1s\n    min_interval: 1s\n    adaptive: false\n"


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def write_config(path: Path, urls: list[str]) -> None:
    lines = [
        "database: m.db",
        "fetch:\n  per_host_delay: 0s\n  per_host_concurrency: 8\n  retries: 0\n  timeout: 5s",
        "defaults:\n" + FAST.replace("    ", "  "),
        "articles:",
    ]
    lines += [f"  - url: {url}" for url in urls]
    path.write_text("\n".join(lines) + "\n")


class Daemon:
    def __init__(self, config: Path) -> None:
        self.config = config
        self.log = config.parent / "daemon.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Daemon:
        handle = self.log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "monitor", "--log-format", "json", "run", "--config", str(self.config)],
            stdout=handle, stderr=handle, stdin=subprocess.DEVNULL, cwd=self.config.parent,
        )  # fmt: skip
        return self

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def wait(self, timeout: float = 20.0) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout=timeout)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def daemons() -> Iterator[list[Daemon]]:
    started: list[Daemon] = []
    yield started
    for daemon in started:
        daemon.stop()


def polled_urls(db: Path) -> set[str]:
    if not db.exists():
        return set()
    try:
        with Store.open(db, readonly=True) as store:
            return {s.url for s in store.statuses() if s.last_poll_at is not None}
    except Exception:
        return set()


def revision_count(db: Path, url: str) -> int:
    with Store.open(db, readonly=True) as store:
        return store.revision_count(url)


def test_sigterm_exits_0_and_a_second_daemon_is_refused(
    tmp_path: Path, daemons: list[Daemon]
) -> None:
    with SeedServer(load_seed()) as server:
        config = tmp_path / "config.yaml"
        write_config(config, [server.url])
        daemon = Daemon(config).start()
        daemons.append(daemon)
        db = tmp_path / "m.db"
        wait_for(lambda: server.url in polled_urls(db), "the first poll")

        second = subprocess.run(
            [sys.executable, "-m", "monitor", "run", "--config", str(config)],
            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert second.returncode == 1
        assert "another `monitor run`" in second.stderr

        # Read-only commands work while the daemon holds the lock.
        status = subprocess.run(
            [sys.executable, "-m", "monitor", "status", "--config", str(config)],
            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert status.returncode == 0 and "a1" in status.stdout

        daemon.signal(signal.SIGTERM)
        assert daemon.wait() == 0
        assert b"stopped cleanly" in daemon.log.read_bytes()


def test_sighup_reload_adds_and_removes_articles(tmp_path: Path, daemons: list[Daemon]) -> None:
    with NewsSite(3, seed=7) as site:
        config = tmp_path / "config.yaml"
        write_config(config, [site.url(0)])
        daemon = Daemon(config).start()
        daemons.append(daemon)
        db = tmp_path / "m.db"
        wait_for(lambda: site.url(0) in polled_urls(db), "the first article")

        write_config(config, [site.url(1), site.url(2)])
        daemon.signal(signal.SIGHUP)
        wait_for(lambda: {site.url(1), site.url(2)} <= polled_urls(db), "the added articles")
        requests_to_removed = len(site.served(0))
        time.sleep(2.5)  # more than two intervals: the removed article must not be fetched again
        assert len(site.served(0)) == requests_to_removed

        config.write_text("articles: [oops\n")  # a broken file must not kill the daemon
        daemon.signal(signal.SIGHUP)
        time.sleep(1.5)
        assert daemon.proc is not None and daemon.proc.poll() is None
        assert b"reload failed" in daemon.log.read_bytes()
        daemon.signal(signal.SIGTERM)
        assert daemon.wait() == 0


def test_kill_9_mid_poll_loses_nothing(tmp_path: Path, daemons: list[Daemon]) -> None:
    with NewsSite(40, seed=11) as site:
        urls = site.urls()
        config = tmp_path / "config.yaml"
        write_config(config, urls)
        db = tmp_path / "m.db"
        daemon = Daemon(config).start()
        daemons.append(daemon)
        wait_for(lambda: polled_urls(db) >= set(urls), "every article's first poll")
        for _ in range(2):
            site.advance_round()
            time.sleep(0.3)  # let some polls of the new round start
        daemon.signal(signal.SIGKILL)  # in the middle of polling
        daemon.wait()

        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

        restarted = Daemon(config).start()
        daemons.append(restarted)

        def caught_up() -> bool:
            return all(
                site.served(i) and site.served(i)[-1] == site.version(i) for i in range(len(urls))
            ) and all(
                revision_count(db, urls[i]) == len(set(site.served(i))) for i in range(len(urls))
            )

        # A page fetched in the instant before the kill is fetched again after the restart (the
        # server still serves it), so nothing it served is lost ...
        wait_for(caught_up, "the restarted daemon to store what was served before the kill")
        # ... and the restarted daemon goes on following new versions.
        site.advance_round()
        wait_for(caught_up, "the restarted daemon to store every served version", timeout=60)
        restarted.signal(signal.SIGTERM)
        assert restarted.wait() == 0
        for i, url in enumerate(urls):
            # Every version the server served is in the history exactly once.
            assert revision_count(db, url) == len(set(site.served(i))), url
        with Store.open(db, readonly=True) as store:
            for url in urls:
                count = store.revision_count(url)
                assert [store.revision(url, n).number for n in range(1, count + 1)] == list(
                    range(1, count + 1)
                )


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only")
def test_other_writers_get_the_database_while_the_daemon_polls(
    tmp_path: Path, daemons: list[Daemon]
) -> None:
    """The daemon writes a tick's polls together, holding SQLite's write lock only for that
    write: a `monitor digest` marking what was read (or any writer) must never time out."""
    with NewsSite(40, seed=5) as site:
        config = tmp_path / "config.yaml"
        write_config(config, site.urls())
        db = tmp_path / "m.db"
        daemon = Daemon(config).start()
        daemons.append(daemon)
        wait_for(lambda: polled_urls(db) >= set(site.urls()), "every article's first poll")
        with sqlite3.connect(db) as conn:
            polls_before = conn.execute("SELECT count(*) FROM polls").fetchone()[0]
        for _ in range(30):  # about three seconds of 1 s polls, 40 articles
            writer = sqlite3.connect(db, timeout=2.0, isolation_level=None)
            try:
                writer.execute("BEGIN IMMEDIATE")  # raises "database is locked" on a timeout
                writer.execute("ROLLBACK")
            finally:
                writer.close()
            time.sleep(0.1)
        with sqlite3.connect(db) as conn:
            polls_after = conn.execute("SELECT count(*) FROM polls").fetchone()[0]
        assert polls_after > polls_before  # the daemon went on polling and storing meanwhile
        daemon.signal(signal.SIGTERM)
        assert daemon.wait() == 0


def test_status_shows_failures_and_keeps_polling_the_others(
    tmp_path: Path, daemons: list[Daemon]
) -> None:
    with NewsSite(2, seed=3) as site:
        broken = site.base_url + "/does-not-exist"
        config = tmp_path / "config.yaml"
        write_config(config, [site.url(0), broken, site.url(1)])
        daemon = Daemon(config).start()
        daemons.append(daemon)
        db = tmp_path / "m.db"
        wait_for(lambda: polled_urls(db) >= {site.url(0), broken, site.url(1)}, "all three polled")
        wait_for(
            lambda: len(site.served(0)) >= 1 and len(site.served(1)) >= 1, "the good ones served"
        )
        with Store.open(db, readonly=True) as store:
            rows = {s.url: s for s in store.statuses()}
        assert rows[broken].error_streak >= 1
        assert "404" in str(rows[broken].last_error)
        assert rows[site.url(0)].error_streak == 0
        daemon.signal(signal.SIGTERM)
        assert daemon.wait() == 0


FAULTS = {
    "/timeout": "FetchTimeout",
    "/slow": "FetchTimeout",
    "/reset": "ConnectionFailed",
    "/500": "HTTPStatusFailure",
    "/503": "HTTPStatusFailure",
    "/429": "HTTPStatusFailure",
    "/big": "ResponseTooLarge",
    "/gzip-bomb": "ResponseTooLarge",
    "/redirect-loop/a": "TooManyRedirects",
    "/redirect-ftp": "UnsupportedContent",
    "/image": "UnsupportedContent",
}
HEALTHY = ("/wrong-charset", "/no-charset", "/etag", "/alternate", "/brotli")


def test_every_fault_kind_is_survived_and_visible(tmp_path: Path, daemons: list[Daemon]) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from faultserver import running_fault_server

    with running_fault_server() as faults, NewsSite(2, seed=5) as site:
        urls = [faults.url(p) for p in (*FAULTS, *HEALTHY)] + site.urls()
        config = tmp_path / "config.yaml"
        write_config(config, urls)
        text = config.read_text().replace(
            "timeout: 5s", "timeout: 1s\n  max_bytes: 200KB\n  max_decompressed_bytes: 2MB"
        )
        config.write_text(
            text.replace("  adaptive: false", "  adaptive: false\n  max_interval: 3s")
        )
        db = tmp_path / "m.db"
        daemon = Daemon(config).start()
        daemons.append(daemon)
        wait_for(lambda: polled_urls(db) >= set(urls), "every URL's first poll")
        with Store.open(db, readonly=True) as store:
            first_good_poll = {s.url: s.last_poll_at for s in store.statuses()}
        # The good articles keep being polled while the faulty ones keep failing.
        wait_for(lambda: _polled_again(db, site.urls(), first_good_poll), "the good articles again")
        wait_for(
            lambda: faults.hits["/etag"] >= 3 and faults.hits["/alternate"] >= 4, "repeat polls"
        )
        daemon.signal(signal.SIGTERM)
        assert daemon.wait() == 0

        with Store.open(db, readonly=True) as store:
            rows = {s.url: s for s in store.statuses()}
            for path, kind in FAULTS.items():
                row = rows[faults.url(path)]
                assert row.error_streak >= 1, path
                assert row.last_error is not None and row.last_error.kind == kind, (
                    path,
                    row.last_error,
                )
            for path in HEALTHY:
                assert rows[faults.url(path)].error_streak == 0, path
            legacy = store.latest_revision(faults.url("/wrong-charset"))
            assert legacy is not None and "café de l’élève" in " ".join(legacy.article.paragraphs)
            # A/B/A/B from out-of-sync CDN nodes: two revisions, the rest recorded as reverts.
            assert store.revision_count(faults.url("/alternate")) == 2
            assert rows[faults.url("/etag")].last_outcome is not None
            assert rows[faults.url("/etag")].last_outcome.value == "not_modified"
            assert all(rows[u].error_streak == 0 for u in site.urls())


def _polled_again(db: Path, urls: list[str], before: dict[str, object]) -> bool:
    with Store.open(db, readonly=True) as store:
        now = {s.url: s.last_poll_at for s in store.statuses()}
    return all(now[u] != before[u] for u in urls)


def test_alerts_reach_a_webhook_once_per_cycle(tmp_path: Path, daemons: list[Daemon]) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from notify_support import WebhookReceiver, _handler_for

    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    receiver = WebhookReceiver(server)
    server.RequestHandlerClass = _handler_for(receiver)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    try:
        with NewsSite(20, seed=9) as site:
            config = tmp_path / "config.yaml"
            write_config(config, site.urls())
            config.write_text(
                config.read_text()
                + f"notify:\n  webhook: {receiver.url}\n  kinds: [update_added, edit, silent_edit]\n  min_interval: 2s\n"
            )
            db = tmp_path / "m.db"
            daemon = Daemon(config).start()
            daemons.append(daemon)
            wait_for(lambda: polled_urls(db) >= set(site.urls()), "every first poll")
            assert receiver.bodies() == []  # first sightings are not news
            changed: set[int] = set()
            for _ in range(3):
                result = site.advance_round()
                changed |= set(result["updated"]) | set(result["edited"])
            assert len(changed) >= 3
            changed_urls = {site.url(i) for i in changed}

            def alerted() -> set[str]:
                return {a["article_url"] for body in receiver.bodies() for a in body["alerts"]}

            wait_for(lambda: alerted() >= changed_urls, "alerts for every changed article")
            daemon.signal(signal.SIGTERM)
            assert daemon.wait() == 0
            with Store.open(db, readonly=True) as store:
                # The rate-limit window is stored, so a restarted daemon respects it.
                assert store.notification_state() is not None
        posts = receiver.bodies()
        assert len(posts) < len(changed_urls), "one message per cycle, not one per article"
        assert any(len({a["article_url"] for a in body["alerts"]}) >= 2 for body in posts)
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("min_intervals", "tick"),
    [
        (["1s"], 0.1),  # a tenth of the shortest min_interval ...
        (["30s", "10m"], 3.0),
        (["60s"], 5.0),  # ... capped, so polls started together share their wake-ups
        (["1h", "1d"], 5.0),
        (["0.1s"], 0.05),  # and floored, so the tick itself stays cheap
    ],
)
def test_dispatch_tick_is_a_tenth_of_the_shortest_min_interval_within_bounds(
    tmp_path: Path, min_intervals: list[str], tick: float
) -> None:
    config = parse_config(
        {
            "database": "m.db",
            "articles": [
                {"url": f"http://127.0.0.1:9/{k}", "interval": m, "min_interval": m}
                for k, m in enumerate(min_intervals)
            ],
        },
        base_dir=tmp_path,
    )
    assert monitor_daemon.Daemon(config)._dispatch_tick_s() == pytest.approx(tick)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "queue_bytes", [1 << 20, 1], ids=["written when a tick's polls finish", "written in the poll"]
)
async def test_a_poll_that_cannot_be_stored_is_one_sentence_and_the_others_go_on(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    queue_bytes: int,
) -> None:
    # With a one-byte budget every fetched page writes the queue inside `apply`, so the failure
    # surfaces in the poll itself rather than in the daemon's write after the tick.
    monkeypatch.setattr(store_module, "_QUEUED_BYTES_MAX", queue_bytes)
    with NewsSite(3, seed=3) as site:
        config = parse_config(
            {
                "database": "m.db",
                "fetch": {"per_host_delay": "0s", "per_host_concurrency": 8, "retries": 0},
                "defaults": {"interval": "1s", "min_interval": "1s", "adaptive": False},
                "articles": site.urls(),
            },
            base_dir=tmp_path,
        )
        bad = site.url(0)
        write_plan = Store._write_plan

        def failing_for_bad(store: Store, plan: Plan, *, commit: bool) -> None:
            if plan.url == bad:  # as a failing disk would, for this article's writes only
                raise sqlite3.OperationalError("disk I/O error")
            write_plan(store, plan, commit=commit)

        monkeypatch.setattr(Store, "_write_plan", failing_for_bad)
        daemon = monitor_daemon.Daemon(config)
        running = asyncio.create_task(daemon.run())

        def polls_of(url: str) -> int:
            with sqlite3.connect(config.database) as conn:
                found = conn.execute(
                    "SELECT count(*) FROM polls p JOIN articles a ON a.id = p.article_id"
                    " WHERE a.url = ?",
                    (url,),
                ).fetchone()
            return int(found[0])

        with caplog.at_level(logging.ERROR, logger="monitor.daemon"):
            for _ in range(300):  # bounded: 30 s
                if config.database.exists() and all(polls_of(u) >= 2 for u in site.urls()[1:]):
                    break
                await asyncio.sleep(0.1)
            daemon.stop()
            assert await running == 0
    assert all(polls_of(url) >= 2 for url in site.urls()[1:])  # the others went on
    assert polls_of(bad) == 0  # nothing half-written for the failing article
    failures = [r.getMessage() for r in caplog.records if "could not be stored" in r.getMessage()]
    assert failures, "the failing writes were not reported"
    assert all("\n" not in message for message in failures)
    assert f"the poll of {bad} could not be stored: OperationalError: disk I/O error" in failures[0]
