"""``monitor demo``: the seed article's five versions through the real pipeline, over real HTTP.

A SeedServer on 127.0.0.1 serves version 1; we poll it, advance the server, poll again, and so on
to version 5, polling each version twice so the second poll shows conditional GET at work (304).
The clock is the manifest's fetch time of each version, so the history reads as it happened on
2020-01-03 in Washington, not as whenever the demo ran.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from monitor.config import ArticleConfig, Cadence, Config, FetchSettings
from monitor.fetch import HostLimiter, build_client
from monitor.model import Plan, PollOutcome
from monitor.pipeline import PollContext, poll_article
from monitor.seedserver import SeedServer, load_seed
from monitor.store import Store


@dataclass(frozen=True, slots=True)
class DemoStep:
    version: int
    fetched_at: datetime
    plan: Plan


class _ManualClock:
    def __init__(self, start: datetime) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value


async def run_demo(
    db_path: Path, *, on_step: Callable[[DemoStep], None] | None = None
) -> list[DemoStep]:
    seed = load_seed()
    steps: list[DemoStep] = []
    with SeedServer(seed) as server:
        article = ArticleConfig(url=server.url, cadence=Cadence(interval_s=60, min_interval_s=10))
        # Loopback needs no politeness delay; everything else is the real configuration.
        fetch = replace(FetchSettings(), per_host_delay_s=0.0, retries=0, timeout_s=10.0)
        config = Config(path=None, database=db_path, articles=(article,), fetch=fetch)
        clock = _ManualClock(seed.versions[0].fetched_at.astimezone(UTC))
        with Store.open(db_path) as store:
            store.acquire_daemon_lock()
            async with build_client(fetch) as client:
                limiter = HostLimiter(per_host=1, min_delay_s=0.0, global_limit=1)
                ctx = PollContext(config, store, client, limiter, clock=clock, rng=lambda: 0.5)
                for index, version in enumerate(seed.versions):
                    server.set_version(index)
                    for offset in (timedelta(0), timedelta(minutes=2)):
                        clock.value = version.fetched_at.astimezone(UTC) + offset
                        plan = await poll_article(ctx, article)
                        step = DemoStep(index + 1, clock.value, plan)
                        steps.append(step)
                        if on_step is not None:
                            on_step(step)
    return steps


def describe_step(step: DemoStep, zone: str = "America/New_York") -> str:
    """One line per poll, with the time as a reader in the newsroom's zone saw it."""
    plan = step.plan
    local = step.fetched_at.astimezone(ZoneInfo(zone))
    when = f"{local.hour % 12 or 12}:{local:%M}{'am' if local.hour < 12 else 'pm'} {local:%Z}"
    if plan.outcome in (PollOutcome.FIRST, PollOutcome.CHANGED) and plan.revision is not None:
        kinds: dict[str, int] = {}
        for change in plan.revision.changes:
            kinds[change.kind.value] = kinds.get(change.kind.value, 0) + 1
        detail = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(kinds.items()))
        detail = detail or "first version"
        found = len(plan.revision.retractions)
        extra = f"; {found} walk-back{'s' if found != 1 else ''} found" if found else ""
        return f"v{step.version} {when}: revision {plan.revision.number} ({detail}{extra})"
    if plan.failure is not None:
        return f"v{step.version} {when}: error: {plan.failure.message}"
    return f"v{step.version} {when}: {plan.outcome.value.replace('_', ' ')}"


def run_demo_sync(
    db_path: Path, on_step: Callable[[DemoStep], None] | None = None
) -> list[DemoStep]:
    return asyncio.run(run_demo(db_path, on_step=on_step))
