"""In-process measurements, each run by ``bench/run.py`` in a fresh interpreter; prints JSON.

``micro``   the pure stages on one ~30 KB newsim page with one appended UPDATE block:
            extract_article, diff_articles, classify_changes + find_retractions, stable_hash, and
            Store.apply of a changed, an unchanged, a not-modified and a first Plan (one new
            article of the same site after another); ms per call, median and p95.
``steady``  the daemon's cost of a 304 check without process start-up: poll_all over every
            article of a running newsim (validators on) after a first pass; process CPU ms per
            check from time.process_time. ``--profile FILE`` also writes a cProfile of one pass.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import random
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsim

MICRO_REPEAT = 200
NOW = datetime(2024, 1, 15, 14, 0, tzinfo=UTC)


def _timings(func: Callable[[], object], repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {
        "median_ms": statistics.median(samples),
        "p95_ms": samples[int(len(samples) * 0.95) - 1],
        "calls": repeat,
    }


def _thirty_kb_pages() -> tuple[str, str, str]:
    """(url, before, after): a ~30 KB page, then the same page with one UPDATE block appended."""
    base = "http://127.0.0.1:1"
    story = max((newsim._new_story(i, seed=1) for i in range(40)), key=lambda s: len(s.paragraphs))
    story.updates.append(("1:07pm EST", newsim._paragraph(random.Random(2))))
    before = newsim._render_page(story, base, with_gzip=False).body.decode()
    story.updates.append(("1:14pm EST", newsim._paragraph(random.Random(3))))
    story.version += 1
    after = newsim._render_page(story, base, with_gzip=False).body.decode()
    return f"{base}/news/{story.index}/{story.slug}", before, after


def micro(repeat: int) -> dict[str, Any]:
    from monitor._jsonio import stable_hash
    from monitor.classify import classify_changes, find_retractions
    from monitor.config import ArticleConfig
    from monitor.diff import diff_articles
    from monitor.extract import extract_article
    from monitor.model import NotModified, Plan, Snapshot, Validators
    from monitor.pipeline import PollInputs, decide, decide_not_modified
    from monitor.store import Store

    url, before_html, after_html = _thirty_kb_pages()
    old = extract_article(before_html, url=url, fetched_at=NOW, rules=None)
    new = extract_article(after_html, url=url, fetched_at=NOW, rules=None)
    raw = diff_articles(old, new)
    changes = classify_changes(old, new, raw)
    results: dict[str, Any] = {
        "page_bytes": len(after_html.encode()),
        "paragraphs": len(new.paragraphs),
        "blocks": len(new.blocks),
        "changes": [c.kind.value for c in changes],
        "extract_article": _timings(
            lambda: extract_article(after_html, url=url, fetched_at=NOW, rules=None), repeat
        ),
        "diff_articles": _timings(lambda: diff_articles(old, new), repeat),
        "classify_changes+find_retractions": _timings(
            lambda: find_retractions(old, new, classify_changes(old, new, raw)), repeat
        ),
        "stable_hash(article)": _timings(lambda: stable_hash(new), repeat),
    }
    cfg = ArticleConfig(url=url)

    def snapshot(html: str, k: int) -> Snapshot:
        body = html.encode()
        return Snapshot(url, url, NOW + timedelta(seconds=k), 200, body, html, "utf-8",
                        "text/html", Validators(f'"v{k}"', None))  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "micro.db") as store:

        def inputs() -> PollInputs:
            # What poll_article gathers when a page came back different (the expensive case).
            return PollInputs(
                store.poll_state(url),
                previous=store.latest_article(url),
                known_hashes={},  # never a revert: every plan below is a real change
            )

        def plan_for(k: int) -> Plan:
            article, html = (new, after_html) if k % 2 else (old, before_html)
            when = NOW + timedelta(seconds=k)
            return decide(inputs(), cfg, snapshot(html, k), article, now=when, jitter=0.5)

        store.apply(plan_for(0))
        changed_plans = []
        for k in range(1, repeat + 1):  # alternate contents so every plan is a real change
            plan = plan_for(k)
            store.apply(plan)
            changed_plans.append(plan)
        # Time the writes alone: re-apply each plan to a fresh database, in order.
        with Store.open(Path(tmp) / "apply.db") as fresh:
            fresh.apply(decide(PollInputs(None), cfg, snapshot(before_html, 0), old, now=NOW,
                               jitter=0.5))  # fmt: skip
            plans = iter(changed_plans)
            results["store.apply(changed)"] = _timings(lambda: fresh.apply(next(plans)), repeat)
            unchanged = plan_for(repeat)  # same content as the latest revision
            results["unchanged_outcome"] = unchanged.outcome.value
            results["store.apply(unchanged)"] = _timings(lambda: fresh.apply(unchanged), repeat)
            not_modified = decide_not_modified(
                PollInputs(fresh.poll_state(url)), cfg, NotModified(url, NOW), now=NOW, jitter=0.5
            )
            results["store.apply(not_modified)"] = _timings(
                lambda: fresh.apply(not_modified), repeat
            )

        # The first pass of `monitor check`: a first revision of one article after another, all
        # of one site (so after the first they share the site's stored dictionary).
        def first_plan(k: int) -> Plan:
            plan = decide(PollInputs(None), cfg, snapshot(after_html, k), new, now=NOW, jitter=0.5)
            return replace(plan, url=f"{url}/{k}")

        with Store.open(Path(tmp) / "first.db") as first:
            firsts = iter([first_plan(k) for k in range(repeat)])
            results["store.apply(first)"] = _timings(lambda: first.apply(next(firsts)), repeat)
    return results


def steady(base_url: str, passes: int, profile: Path | None) -> dict[str, Any]:
    from monitor.config import parse_config
    from monitor.fetch import HostLimiter, build_client
    from monitor.pipeline import PollContext, poll_all
    from monitor.store import Store

    with urllib.request.urlopen(f"{base_url}/_control/urls") as response:
        urls = response.read().decode().split()

    async def run(db: Path) -> dict[str, Any]:
        config = parse_config(
            {
                "database": str(db),
                "fetch": {"concurrency": 20, "per_host_concurrency": 20, "per_host_delay": "0s"},
                "articles": urls,
            }
        )
        with Store.open(config.database) as store:
            async with build_client(config.fetch) as client:
                limiter = HostLimiter(per_host=20, min_delay_s=0.0, global_limit=20)
                ctx = PollContext(config, store, client, limiter, clock=lambda: datetime.now(UTC))
                await poll_all(ctx, config.articles)  # first pass: every article stored once
                cpu_ms, outcomes = [], set()
                for k in range(passes):
                    profiler = cProfile.Profile() if profile and k == passes - 1 else None
                    start = time.process_time()
                    if profiler:
                        profiler.enable()
                    plans = await poll_all(ctx, config.articles)
                    if profiler:
                        profiler.disable()
                        profiler.dump_stats(str(profile))
                    cpu_ms.append((time.process_time() - start) * 1000)
                    outcomes |= {p.outcome.value for p in plans}
        return {
            "n": len(urls),
            "outcomes": sorted(outcomes),
            "pass_cpu_ms": cpu_ms,
            # the profiled pass is slower; leave it out of the figure
            "cpu_ms_per_check": statistics.median(cpu_ms[: -1 if profile else None]) / len(urls),
        }

    with tempfile.TemporaryDirectory() as tmp:
        return asyncio.run(run(Path(tmp) / "steady.db"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    micro_args = sub.add_parser("micro")
    micro_args.add_argument("--repeat", type=int, default=MICRO_REPEAT)
    steady_args = sub.add_parser("steady")
    steady_args.add_argument("--base-url", required=True)
    steady_args.add_argument("--passes", type=int, default=3)
    steady_args.add_argument("--profile", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.what == "micro":
        result = micro(args.repeat)
    else:
        result = steady(args.base_url, args.passes, args.profile)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
