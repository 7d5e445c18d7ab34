"""CPU cost of ``monitor.fetch.fetch`` per call: full GETs per transport, and the daemon's 304 check.

Servers run in a separate process so their CPU is not counted; the figure is this process's CPU
time (time.process_time) per ``fetch()`` call after a warm-up, best of ``--rounds``.

``get``  the fault server (tests/faultserver.py, route /ok, keep-alive): a 200 with a small body
         through the real path (streaming, caps, decoding), httpcore vs monitor's aiohttp
         transport (and httpx-aiohttp, if installed), at concurrency 10 and 50.
``304``  the news simulator (bench/newsim.py, validators on): every article fetched once for its
         validators, then conditional GETs that all answer 304, at concurrency 20 through a
         HostLimiter as the daemon uses it (issue 4: the fetch part of a 304 poll).

    .venv/bin/python bench/bench_transport.py [get|304 ...] [--requests 2000] [--rounds 3]
    .venv/bin/python bench/bench_transport.py 304 --profile /tmp/fetch304.prof   # + top frames

Prints tables; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import importlib.util
import pstats
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx

from monitor.config import FetchSettings
from monitor.fetch import HostLimiter, build_client, fetch
from monitor.model import NotModified, Snapshot, Validators

ROOT = Path(__file__).resolve().parent.parent
TransportFactory = Callable[[int], httpx.AsyncBaseTransport | None]
CONCURRENCY_304 = 20


def _httpx_default(concurrency: int) -> httpx.AsyncBaseTransport | None:
    return httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=concurrency))


def _ours(concurrency: int) -> httpx.AsyncBaseTransport | None:
    from monitor.fetch._aiohttp import AiohttpTransport

    return AiohttpTransport(limits=httpx.Limits(max_connections=concurrency))


def _httpx_aiohttp(concurrency: int) -> httpx.AsyncBaseTransport | None:
    """The PyPI package monitor used before its own transport (a peer, when installed)."""
    from httpx_aiohttp import AiohttpTransport

    return AiohttpTransport(limits=httpx.Limits(max_connections=concurrency))


TRANSPORTS: dict[str, TransportFactory] = {
    "httpx (httpcore)": _httpx_default,
    "monitor (aiohttp)": _ours,
    "httpx-aiohttp": _httpx_aiohttp,
}


def _available() -> dict[str, TransportFactory]:
    """The transports to compare; httpx-aiohttp only when installed (it is not a dependency)."""
    peer_installed = importlib.util.find_spec("httpx_aiohttp") is not None
    return {name: f for name, f in TRANSPORTS.items() if name != "httpx-aiohttp" or peer_installed}


def _now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def _server(argv: list[str], *, stop_by_stdin: bool) -> Iterator[str]:
    """Run a server process; yield the base URL it prints first."""
    server = subprocess.Popen(
        [sys.executable, *argv], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        yield server.stdout.readline().strip()
    finally:
        if stop_by_stdin and server.stdin is not None:
            server.stdin.close()
        else:
            server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


# -- get: a full 200 per call -------------------------------------------------------------------


async def _run_get(
    url: str, factory: TransportFactory, concurrency: int, requests: int
) -> tuple[float, float]:
    """(CPU ms per GET, wall ms per GET) for ``requests`` GETs after a warm-up."""
    settings = replace(FetchSettings(), concurrency=concurrency, retries=0)
    async with build_client(settings, transport=factory(concurrency)) as client:
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                result = await fetch(client, url, Validators(), settings=settings, now=_now)
                assert isinstance(result, Snapshot)

        await asyncio.gather(*(one() for _ in range(concurrency * 2)))  # warm the pool
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.gather(*(one() for _ in range(requests)))
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return cpu * 1000 / requests, wall * 1000 / requests


def bench_get(requests: int, rounds: int) -> None:
    with _server([str(ROOT / "tests" / "faultserver.py")], stop_by_stdin=True) as base:
        url = base + "/ok"
        print(f"\nget: a 200 per call ({requests} GETs, best of {rounds})")
        print(f"{'transport':<18} {'conc':>4} {'CPU ms/GET':>11} {'wall ms/GET':>12}")
        for name, factory in _available().items():
            for concurrency in (10, 50):
                runs = [
                    asyncio.run(_run_get(url, factory, concurrency, requests))
                    for _ in range(rounds)
                ]
                cpu, wall = min(runs)
                print(f"{name:<18} {concurrency:>4} {cpu:>11.3f} {wall:>12.3f}")


# -- 304: the daemon's steady state --------------------------------------------------------------


async def _run_304(
    urls: list[str], factory: TransportFactory, requests: int, profiler: cProfile.Profile | None
) -> tuple[float, float]:
    """(CPU ms per 304 fetch, wall ms per fetch) for ``requests`` conditional GETs."""
    settings = replace(FetchSettings(), concurrency=CONCURRENCY_304, retries=0)
    limiter = HostLimiter(per_host=CONCURRENCY_304, min_delay_s=0.0, global_limit=CONCURRENCY_304)
    async with build_client(settings, transport=factory(CONCURRENCY_304)) as client:
        validators: dict[str, Validators] = {}
        for url in urls:  # the first pass: 200s that hand out the validators
            first = await fetch(client, url, Validators(), settings=settings, now=_now)
            assert isinstance(first, Snapshot) and first.validators.etag
            validators[url] = first.validators

        async def worker(queue: Iterator[str]) -> None:
            for url in queue:
                result = await fetch(
                    client, url, validators[url], settings=settings, limiter=limiter, now=_now
                )
                assert isinstance(result, NotModified)

        async def pass_over(batch: list[str]) -> None:
            # A fixed pool of workers sharing one iterator, as the daemon's poll_all does (one
            # task per call behind a semaphore would charge the semaphore's waiter scans to fetch).
            queue = iter(batch)
            await asyncio.gather(*(worker(queue) for _ in range(CONCURRENCY_304)))

        await pass_over(urls)  # warm the pool
        batch = [urls[k % len(urls)] for k in range(requests)]
        cpu0, wall0 = time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        await pass_over(batch)
        if profiler:
            profiler.disable()
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return cpu * 1000 / requests, wall * 1000 / requests


def bench_304(requests: int, rounds: int, profile: Path | None) -> None:
    with _server([str(ROOT / "bench" / "newsim.py"), "--n", "200"], stop_by_stdin=False) as base:
        with urllib.request.urlopen(f"{base}/_control/urls") as response:
            urls = response.read().decode().split()
        print(f"\n304: conditional GETs at concurrency {CONCURRENCY_304} through a HostLimiter")
        print(f"({requests} fetch() calls over {len(urls)} articles, best of {rounds})")
        print(f"{'transport':<18} {'CPU ms/304':>11} {'wall ms/304':>12}")
        for name, factory in _available().items():
            runs = [asyncio.run(_run_304(urls, factory, requests, None)) for _ in range(rounds)]
            cpu, wall = min(runs)
            print(f"{name:<18} {cpu:>11.3f} {wall:>12.3f}")
        if profile is not None:
            profiler = cProfile.Profile()
            asyncio.run(_run_304(urls, TRANSPORTS["monitor (aiohttp)"], requests, profiler))
            profiler.dump_stats(str(profile))
            print(f"\ncProfile of monitor's 304s written to {profile}; top frames by own time:")
            pstats.Stats(str(profile)).sort_stats("tottime").print_stats(20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Checked by hand: argparse (3.11) rejects an empty nargs="*" list when choices are given.
    parser.add_argument("what", nargs="*", help="get, 304 or both (the default)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="best-of rounds per cell")
    parser.add_argument("--profile", type=Path, default=None, help="cProfile of the 304 run")
    args = parser.parse_args()
    what = args.what or ["get", "304"]
    if unknown := set(what) - {"get", "304"}:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}; choose get or 304")
    if "get" in what:
        bench_get(args.requests, args.rounds)
    if "304" in what:
        bench_304(args.requests, args.rounds, args.profile)


if __name__ == "__main__":
    main()
