"""How long another writer waits for the database while `monitor check` runs.

`monitor check` writes its polls in groups (``Store.grouping_polls``). A group must not keep
SQLite's write lock between polls, or a `monitor digest` marking what was read (any writer, with
the 5 s ``busy_timeout`` every monitor connection sets) waits until the pass ends, and fails on
a longer pass. This runs a real `check` over N newsim articles (a first pass, a pass after one
round, a pass with no change) while a second process opens ``BEGIN IMMEDIATE`` transactions on
the same file every 50 ms, and prints how long each waited.

    .venv/bin/python bench/bench_writer_wait.py [--n 2000]

Prints a table; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import MonitorWorkdir, NewsimProcess

START_AFTER_S = 0.3  # past start-up: the pass is polling by then
BETWEEN_WRITES_S = 0.05
MAX_WRITES = 2_000  # bounded, whatever the pass length
WRITER_TIMEOUT_S = 5.0  # monitor's own busy_timeout


def writer_waits(database: Path, check: subprocess.Popen[bytes]) -> tuple[list[float], int]:
    """Milliseconds each write waited for the lock while ``check`` ran, and how many failed."""
    time.sleep(START_AFTER_S)
    waits: list[float] = []
    failed = 0
    for _ in range(MAX_WRITES):
        if check.poll() is not None:
            break
        conn = sqlite3.connect(database, timeout=WRITER_TIMEOUT_S, isolation_level=None)
        started = time.perf_counter()
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            waits.append((time.perf_counter() - started) * 1000)
        except sqlite3.OperationalError:  # "database is locked" after the whole timeout
            failed += 1
        finally:
            conn.close()
        time.sleep(BETWEEN_WRITES_S)
    return waits, failed


def measure_pass(workdir: MonitorWorkdir, label: str) -> str:
    started = time.perf_counter()
    check = subprocess.Popen(
        workdir.command("check"), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    waits, failed = writer_waits(workdir.database, check)
    _, err = check.communicate(timeout=600)
    wall_ms = (time.perf_counter() - started) * 1000
    if check.returncode != 0:
        raise SystemExit(f"monitor check failed: {err.decode(errors='replace').strip()}")
    if not waits:
        return f"| {label} | {wall_ms:,.0f} | 0 | {failed} | – | – |"
    return (
        f"| {label} | {wall_ms:,.0f} | {len(waits)} | {failed} "
        f"| {statistics.median(waits):.1f} | {max(waits):.1f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    args = parser.parse_args()
    site = NewsimProcess(args.n, gzip=False)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            workdir = MonitorWorkdir(Path(tmp))
            workdir.write(site.urls())
            print(f"Writer waits beside `monitor check`, N={args.n}")
            print("| pass | check wall ms | writes | failed | median wait ms | max wait ms |")
            print("|---|---|---|---|---|---|")
            print(measure_pass(workdir, "first"), flush=True)
            site.advance()
            print(measure_pass(workdir, "changed"), flush=True)
            print(measure_pass(workdir, "no change"), flush=True)
    finally:
        site.stop()


if __name__ == "__main__":
    main()
