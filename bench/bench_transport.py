"""CPU cost per GET: httpx's default transport (httpcore) vs httpx-aiohttp's AiohttpTransport.

Runs the fault server (tests/faultserver.py, route /ok, keep-alive) in a separate process so its
CPU is not counted, then drives ``monitor.fetch.fetch`` (streaming, caps, decoding: the real
path) at concurrency 10 and 50 and reports this process's CPU time (time.process_time) per GET.

    .venv/bin/python bench/bench_transport.py [--requests 2000] [--rounds 3]

Prints a table; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx

from monitor.config import FetchSettings
from monitor.fetch import build_client, fetch
from monitor.model import Snapshot, Validators

ROOT = Path(__file__).resolve().parent.parent
TransportFactory = Callable[[int], httpx.AsyncBaseTransport | None]


def _httpx_default(concurrency: int) -> httpx.AsyncBaseTransport | None:
    return None  # build_client's own httpx.AsyncHTTPTransport


def _aiohttp(concurrency: int) -> httpx.AsyncBaseTransport | None:
    from httpx_aiohttp import AiohttpTransport

    return AiohttpTransport(limits=httpx.Limits(max_connections=concurrency))


TRANSPORTS: dict[str, TransportFactory] = {
    "httpx (httpcore)": _httpx_default,
    "httpx-aiohttp": _aiohttp,
}


async def _run(
    url: str, factory: TransportFactory, concurrency: int, requests: int
) -> tuple[float, float]:
    """(CPU ms per GET, wall ms per GET) for ``requests`` GETs after a warm-up."""
    settings = replace(FetchSettings(), concurrency=concurrency, retries=0)
    async with build_client(settings, transport=factory(concurrency)) as client:
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                result = await fetch(
                    client, url, Validators(), settings=settings, now=lambda: datetime.now(UTC)
                )
                assert isinstance(result, Snapshot)

        await asyncio.gather(*(one() for _ in range(concurrency * 2)))  # warm the pool
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.gather(*(one() for _ in range(requests)))
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return cpu * 1000 / requests, wall * 1000 / requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="best-of rounds per cell")
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "faultserver.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip() + "/ok"
        print(
            f"{'transport':<18} {'conc':>4} {'CPU ms/GET':>11} {'wall ms/GET':>12}   ({args.requests} GETs, best of {args.rounds})"
        )
        for name, factory in TRANSPORTS.items():
            for concurrency in (10, 50):
                runs = [
                    asyncio.run(_run(url, factory, concurrency, args.requests))
                    for _ in range(args.rounds)
                ]
                cpu, wall = min(runs)
                print(f"{name:<18} {concurrency:>4} {cpu:>11.3f} {wall:>12.3f}")
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
