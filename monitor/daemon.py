"""The long-running process behind ``monitor run``.

Lifecycle: take the database lock, open the store, build one shared httpx client, put every
article's next poll on the agenda (resuming the persisted next-poll times; first polls spread over
one interval so a cold start is no thundering herd), then let apscheduler drive. Each poll puts its
own article back on the agenda at the plan's next poll time, so the cadence adapts after every poll.

apscheduler runs three jobs: the dispatch tick, the notify cycle and housekeeping. The tick (a
tenth of the shortest ``min_interval``, between ``DISPATCH_TICK_MIN_S`` and ``DISPATCH_TICK_MAX_S``)
starts a poll for every article that is due, so a poll starts at most one tick late: never more
than the ±10 % jitter the schedule already adds to every interval. One apscheduler date job per
article, rescheduled after every poll, was the first design; measured with 2,000 articles on a
60 s interval it cost about 1.4 ms of CPU per 304 poll: ~0.4 ms the poll itself, about a quarter
apscheduler's job bookkeeping (a new Job with a signature check per poll) and the rest event-loop
and socket wake-ups paid by each lone poll. Polls started together in a tick share those
wake-ups, so the batch size matters: in one A/B run the same daemon measured 0.41 ms per 304 poll
with a 1 s tick, 0.34 ms with 3 s and 0.33-0.35 ms with 5 s (the VM's drift moves all of them by
up to 15 % from one run to the next; bench/RESULTS.md).

Finished polls are queued in the store and written together (``pipeline.polls_grouped``) when
the polls in flight have all finished, which a tick's batch does within milliseconds of each
other, or after half a second: one transaction per batch instead of one per poll, and SQLite's
write lock held only while a batch is written.

Signals: SIGHUP reloads config.yaml (added, removed and changed articles take effect; a broken
file is reported and the old config kept); SIGTERM/SIGINT stop taking new polls, let in-flight
polls finish, write every queued poll, flush notifications and exit 0.
"""

from __future__ import annotations

import asyncio
import logging
import random
import signal
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from monitor._clock import utcnow
from monitor._text import one_line
from monitor.config import ArticleConfig, Config, load_config
from monitor.errors import MonitorError, StoreError
from monitor.fetch import HostLimiter, build_client
from monitor.model import Plan
from monitor.notify import FlushStatus, Notifier, alerts_from_revisions
from monitor.pipeline import PollContext, load_detector, poll_article, polls_grouped
from monitor.schedule import Agenda, initial_poll_at
from monitor.store import Store

log = logging.getLogger("monitor.daemon")

SHUTDOWN_GRACE_S = 30.0
DISPATCH_TICK_MAX_S = 5.0
DISPATCH_TICK_MIN_S = 0.05
DISPATCH_TICK_SHARE = 0.1  # of the shortest min_interval: a poll is never later than that share
HOUSEKEEPING_EVERY_S = 6 * 3600.0
ROUTINE_POLLS_KEPT_S = 7 * 86400.0  # 304s and unchanged polls older than this are forgotten


class Daemon:
    def __init__(
        self,
        config: Config,
        *,
        config_path: Path | None = None,
        clock: Callable[[], datetime] = utcnow,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.config = config
        self.config_path = config_path
        self.clock = clock
        self.rng = rng
        self.articles: dict[str, ArticleConfig] = {a.url: a for a in config.articles}
        self.agenda = Agenda()
        self.polling: set[str] = set()  # URLs with a poll in flight
        self.in_flight: set[asyncio.Task[Any]] = set()
        self.stopping = asyncio.Event()
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self.notifier: Notifier | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    async def run(self) -> int:
        store = Store.open(self.config.database)
        try:
            store.acquire_daemon_lock()
            client = build_client(self.config.fetch)
            limiter = HostLimiter(
                per_host=self.config.fetch.per_host_concurrency,
                min_delay_s=self.config.fetch.per_host_delay_s,
                global_limit=self.config.fetch.concurrency,
            )
            self.ctx = PollContext(
                config=self.config,
                store=store,
                client=client,
                limiter=limiter,
                clock=self.clock,
                rng=self.rng,
                detector=load_detector(self.config),
            )
            self.notifier = self._build_notifier(client, store)
            self._install_signal_handlers()
            for article in self.config.articles:
                self._schedule_first(article)
            self._schedule_dispatch()
            self._schedule_housekeeping()
            async with polls_grouped(store, on_written=self._alert_on_stored):
                self.scheduler.start()
                count = len(self.articles)
                log.info(
                    "monitoring %d article%s; database %s",
                    count,
                    "" if count == 1 else "s",
                    self.config.database,
                )
                await self.stopping.wait()
                await self._shutdown()
            await client.aclose()
        finally:
            store.close()
        log.info("stopped cleanly")
        return 0

    def stop(self) -> None:
        if not self.stopping.is_set():
            log.info("stopping: finishing in-flight polls")
            self.stopping.set()

    async def _shutdown(self) -> None:
        self.scheduler.shutdown(wait=False)
        if self.in_flight:
            _, pending = await asyncio.wait(self.in_flight, timeout=SHUTDOWN_GRACE_S)
            for task in pending:
                task.cancel()
        self._write_queued_polls()  # so their alerts go out with this last flush
        await self._flush_notifications()

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stop)
        loop.add_signal_handler(signal.SIGHUP, self.reload)

    # -- scheduling -----------------------------------------------------------------------------

    def _schedule_first(self, article: ArticleConfig) -> None:
        state = self.ctx.store.poll_state(article.url)
        now = self.clock()
        if state is not None and state.stopped:
            log.info("not polling %s: it went quiet (see `monitor status`)", article.url)
            return
        if state is not None and state.next_poll_at is not None:
            # Resume where we stopped; overdue articles are spread over a minute (or their own
            # interval, when that is shorter) rather than fired all at once.
            spread_s = min(60.0, article.cadence.interval_s)
            when = max(state.next_poll_at, now + timedelta(seconds=spread_s * self.rng()))
        else:
            when = initial_poll_at(now=now, cadence=article.cadence, spread=self.rng())
        self._schedule(article.url, when)

    def _schedule(self, url: str, when: datetime) -> None:
        self.agenda.put(url, when)

    def _dispatch_tick_s(self) -> float:
        shortest = min((a.cadence.min_interval_s for a in self.articles.values()), default=60.0)
        tick = min(DISPATCH_TICK_MAX_S, shortest * DISPATCH_TICK_SHARE)
        return max(DISPATCH_TICK_MIN_S, tick)

    def _schedule_dispatch(self) -> None:
        self.scheduler.add_job(
            self._dispatch,
            "interval",
            seconds=self._dispatch_tick_s(),
            id="~dispatch",
            replace_existing=True,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
        )

    async def _dispatch(self) -> None:
        """Start a poll for every article that is due (each runs as its own task)."""
        if self.stopping.is_set():
            return
        for url in self.agenda.pop_due(self.clock()):
            if url in self.polling or url not in self.articles:
                continue  # in flight already (a reload re-added it), or removed since
            self.polling.add(url)
            task = asyncio.create_task(self._poll(url), name=f"poll {url}")
            self.in_flight.add(task)
            task.add_done_callback(self.in_flight.discard)

    def _schedule_housekeeping(self) -> None:
        if self.notifier is not None:
            # One notify cycle per rate-limit period: everything new in it goes out as one message.
            cycle = max(1.0, self.config.notify.min_interval_s)
            self.scheduler.add_job(
                self._flush_notifications, "interval", seconds=cycle, id="~notify"
            )
        self.scheduler.add_job(
            self._housekeeping, "interval", seconds=HOUSEKEEPING_EVERY_S, id="~housekeeping"
        )

    async def _poll(self, url: str) -> None:
        article = self.articles.get(url)
        if article is None or self.stopping.is_set():
            self.polling.discard(url)
            return
        try:
            plan = await poll_article(self.ctx, article)
        except StoreError as error:  # the disk or another writer, not this article: say so
            log.error("%s", one_line(str(error)))
            self._retry_later(article)
            return
        except Exception:  # a bug, not a fetch problem: log it loudly, keep the others going
            log.exception("internal error while polling %s; will retry", url)
            self._retry_later(article)
            return
        finally:
            self.polling.discard(url)
            if not self.polling:
                self._write_queued_polls()
        if self.stopping.is_set() or url not in self.articles:
            return
        if plan.stopped:
            log.info("%s went quiet; no more polls until it is re-added", url)
            return
        self._schedule(url, plan.next_poll_at)

    def _retry_later(self, article: ArticleConfig) -> None:
        if not self.stopping.is_set():
            self._schedule(
                article.url, self.clock() + timedelta(seconds=article.cadence.interval_s)
            )

    def _write_queued_polls(self) -> None:
        """The polls of a tick finish together: writing them then holds SQLite's write lock for
        one short transaction, not one per poll (the timer in ``polls_grouped`` covers a tick
        whose last poll hangs)."""
        try:
            self.ctx.store.commit_grouped_polls()
        except MonitorError as error:
            log.error("%s", one_line(str(error)))

    # -- config reload --------------------------------------------------------------------------

    def reload(self) -> None:
        if self.config_path is None:
            log.warning("SIGHUP ignored: the daemon was not started from a config file")
            return
        try:
            new = load_config(self.config_path)
        except MonitorError as exc:
            log.error("reload failed, keeping the running configuration: %s", exc)
            return
        if new.database.resolve() != self.config.database.resolve():
            log.warning("reload: a new 'database:' takes effect only after a restart")
        old_articles = self.articles
        self.articles = {a.url: a for a in new.articles}
        added = [a for url, a in self.articles.items() if url not in old_articles]
        removed = [url for url in old_articles if url not in self.articles]
        changed = [
            a for url, a in self.articles.items() if url in old_articles and old_articles[url] != a
        ]
        for url in removed:
            self.agenda.discard(url)
        for article in added:
            self._schedule_first(article)
        for article in changed:
            if article.cadence != old_articles[article.url].cadence:
                when = initial_poll_at(now=self.clock(), cadence=article.cadence, spread=self.rng())
                self._schedule(article.url, when)
        self.config = new
        self.ctx.config = new
        self._schedule_dispatch()  # the shortest min_interval may have changed
        log.info(
            "reloaded %s: %d added, %d removed, %d changed",
            self.config_path,
            len(added),
            len(removed),
            len(changed),
        )

    # -- notifications and housekeeping ---------------------------------------------------------

    def _build_notifier(self, client: httpx.AsyncClient, store: Store) -> Notifier | None:
        settings = self.config.notify
        if not settings.urls and settings.webhook is None:
            return None
        # The rate limit survives a restart: a daemon restarted in a loop must not page anyone
        # more often than notify.min_interval allows.
        return Notifier(
            settings,
            client=client,
            clock=self.clock,
            last_attempt_at=store.notification_state(),
        )

    def _alert_on_stored(self, plans: list[Plan]) -> None:
        """Alerts for the revisions just committed: a revision whose write failed alerts nobody
        (its next poll finds the change again and alerts then, once)."""
        if self.notifier is None:
            return
        for plan in plans:
            if plan.revision is None or plan.revision.number == 1:
                continue  # a first sighting is not news
            title = plan.revision.article.title
            revisions = [plan.revision]
            self.notifier.add(
                alerts_from_revisions(plan.url, title, revisions, self.config.notify.kinds)
            )

    async def _flush_notifications(self) -> None:
        if self.notifier is None:
            return
        result = await self.notifier.flush()
        log.debug("notify: %s", result)
        attempted = self.notifier.last_attempt_at
        if result.status in (FlushStatus.SENT, FlushStatus.FAILED) and attempted is not None:
            self.ctx.store.record_notification(attempted)

    async def _housekeeping(self) -> None:
        """Keep a database that runs for weeks bounded: routine polls, then old raw pages."""
        cutoff = self.clock() - timedelta(seconds=ROUTINE_POLLS_KEPT_S)
        pruned = self.ctx.store.prune_polls(cutoff)
        log.info("housekeeping: forgot %d routine polls older than %s", pruned, cutoff.date())
        keep = self.config.retention_revisions
        if keep is not None:
            dropped = self.ctx.store.apply_retention(keep)
            log.info("retention: dropped raw HTML of %d old revisions", dropped)


def run_daemon(config: Config, config_path: Path | None) -> int:
    daemon = Daemon(config, config_path=config_path)
    return asyncio.run(daemon.run())
