"""History growth measured side by side: a pass with one round of history against the same pass
with five, run alternately, so the VM's drift cannot pass for growth.

    .venv/bin/python bench/growth_ab.py [--n 2000] [--runs 5] [--no-peer]

`run.py` reads growth as pass 5 over pass 1 of one sequence of rounds. Those passes run ~15
minutes apart, and over such a stretch this VM drifts by about as much as the 5 % target
(session 10: urlwatch's own passes grew 1.18 in one run and 1.48 in the next). Here two
simulators with the same seed evolve the same pages: one is one round in, the other five. Each
tool gets a working directory per simulator, built up by running every pass before the measured
one; then the measured changed pass (and after it the no-change pass) runs `--runs` times per
history, the two histories alternating, each run from the state saved before the pass. The
ratio of the medians is the growth.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from peer_urlwatch import Installed, UrlwatchWorkdir, install
from run import (
    MonitorWorkdir,
    NewsimProcess,
    _restore_state,
    _save_state,
    compile_bytecode,
    measure,
)

ROUNDS_BEFORE = {"1 round": 1, "5 rounds": 5}


class History:
    """One tool's working directory on one simulator, and how to run a pass there."""

    def __init__(self, tool: str, site: NewsimProcess, root: Path, peer: Installed | None) -> None:
        env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
        if tool == "monitor":
            workdir = MonitorWorkdir(root)
            workdir.write(site.urls())
            self.argv, self.env = workdir.command("check"), env
            self.state = (root, "monitor.db*")
        elif peer is not None:
            peer_workdir = UrlwatchWorkdir(root)
            peer_workdir.write(site.urls())
            self.argv, self.env = peer_workdir.command(peer), peer_workdir.env()
            self.state = (root, "cache.db*")
        else:
            raise ValueError(f"no way to run {tool}")

    def run(self) -> float:
        result = measure(self.argv, env=self.env)
        if result.returncode != 0:
            raise SystemExit(f"{self.argv[0]} failed: {result.stderr.strip()[-400:]}")
        return result.cpu_ms


def alternate(histories: dict[str, History], runs: int) -> dict[str, float]:
    """The median CPU ms of one pass per history, the histories' runs alternating."""
    saved = {label: _save_state(*history.state) for label, history in histories.items()}
    cpu: dict[str, list[float]] = {label: [] for label in histories}
    for attempt in range(runs):
        for label, history in histories.items():
            if attempt:
                _restore_state(saved[label], *history.state)
            cpu[label].append(history.run())
    return {label: statistics.median(values) for label, values in cpu.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args(argv)
    print(compile_bytecode(), flush=True)
    installed = None if args.no_peer else install()
    if isinstance(installed, str):
        print(f"peer skipped: {installed}")
    peer = installed if isinstance(installed, Installed) else None
    tools = ["monitor"] + (["urlwatch"] if peer is not None else [])
    sites = {label: NewsimProcess(args.n, gzip=False) for label in ROUNDS_BEFORE}
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="monitor-growth-") as tmp:
            histories = {
                tool: {
                    label: History(tool, sites[label], Path(tmp) / f"{tool}-{label}", peer)
                    for label in ROUNDS_BEFORE
                }
                for tool in tools
            }
            for by_label in histories.values():
                for history in by_label.values():
                    history.run()  # the first pass
            for _ in range(ROUNDS_BEFORE["5 rounds"] - 1):  # the earlier rounds: one pass each
                sites["5 rounds"].advance()
                for by_label in histories.values():
                    by_label["5 rounds"].run()  # changed
                    by_label["5 rounds"].run()  # no change
            for site in sites.values():
                site.advance()  # the measured round: round 1 on one site, round 5 on the other
            for tool, by_label in histories.items():
                changed = alternate(by_label, args.runs)  # leaves one run's state
                quiet = alternate(by_label, args.runs)
                for name, medians in (("changed", changed), ("no change", quiet)):
                    first, last = medians["1 round"], medians["5 rounds"]
                    rows.append((tool, name, first, last, last / first))
                    print(f"{tool:9} {name:10} {first:8.0f} {last:8.0f} ms  {last / first:.3f}",
                          flush=True)  # fmt: skip
    finally:
        for site in sites.values():
            site.stop()
    print("\n| tool | pass | CPU ms, 1 round of history | CPU ms, 5 rounds | growth |")
    print("|---|---|---|---|---|")
    for tool, name, first, last, ratio in rows:
        print(f"| {tool} | {name} | {first:,.0f} | {last:,.0f} | {ratio:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
