"""Render the benchmark's measurements (bench/run.py) as Markdown tables and a targets verdict."""

from __future__ import annotations

import math
from typing import Any

# The targets of issue 4; ratios are monitor / urlwatch, CPU per URL-check, at N=2000.
RATIO_TARGETS = {"no change": 0.15, "changed": 0.2, "first": 0.5}
STEADY_304_MS = 0.35
GROWTH_LIMIT = 1.05
BYTES_PER_REVISION = 2048
DB_RATIO = 0.25
RSS_LIMIT_MB = 150.0


def _fmt(value: float | None, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:,.{digits}f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _by_pass(size: Any) -> dict[str, dict[str, Any]]:
    passes: dict[str, dict[str, Any]] = {}
    for row in size.rows:
        passes.setdefault(row.label, {})[row.tool] = row
    return passes


def _ratio(ours: Any, theirs: Any) -> float | None:
    if ours is None or theirs is None or theirs.cpu_ms == 0:
        return None
    return float(ours.cpu_ms / theirs.cpu_ms)


def _size_section(size: Any) -> list[str]:
    lines = [f"### N = {size.n}", ""]
    rows = []
    for label, tools in _by_pass(size).items():
        ours, theirs = tools.get("monitor"), tools.get("urlwatch")
        rows.append(
            [
                label,
                _fmt(ours.wall_ms, 0) if ours else "–",
                _fmt(ours.cpu_ms, 0) if ours else "–",
                _fmt(ours.cpu_per_url) if ours else "–",
                _fmt(ours.maxrss_mb, 0) if ours else "–",
                _fmt(theirs.wall_ms, 0) if theirs else "–",
                _fmt(theirs.cpu_ms, 0) if theirs else "–",
                _fmt(theirs.cpu_per_url) if theirs else "–",
                _fmt(theirs.maxrss_mb, 0) if theirs else "–",
                _fmt(_ratio(ours, theirs)),
                (ours.note if ours else "")[:70],
            ]
        )
    lines += _table(
        ["pass", "monitor wall ms", "CPU ms", "CPU ms/URL", "RSS MB",
         "urlwatch wall ms", "CPU ms", "CPU ms/URL", "RSS MB", "CPU ratio", "monitor says"],
        rows,
    )  # fmt: skip
    changed = [f"{r['updated']}+{r['edited']}" for r in size.rounds]
    lines.append(
        f"Rounds (pages given an UPDATE block + pages silently edited): {', '.join(changed)}."
    )
    lines.append("")
    last = size.rows[-2:] if size.rows else []
    db = {row.tool: row.db_bytes for row in last}
    if "monitor" in db:
        text = f"Database after the last pass: monitor {db['monitor'] / 1e6:.2f} MB"
        if "urlwatch" in db:
            text += f", urlwatch cache {db['urlwatch'] / 1e6:.2f} MB (ratio {db['monitor'] / db['urlwatch']:.3f})"
        lines.append(text + ".")
    storage = size.storage
    if storage:
        lines.append(
            f"Per changed revision ({storage['changed_revisions']} stored): extracted text "
            f"{_fmt(storage['text_bytes_per_changed'], 0)} B, raw HTML (compressed) "
            f"{_fmt(storage['raw_bytes_per_changed'], 0)} B; storage kinds {storage['storage_kinds']}."
        )
    if size.history_ok:
        lines.append(f"History check: {size.history_ok}.")
    lines.append("")
    return lines


def _growth(size: Any, tool: str, kind: str) -> float | None:
    passes = _by_pass(size)
    ks = sorted(int(label.split()[-1]) for label in passes if label.startswith(kind))
    if len(ks) < 2:
        return None
    first, last = passes[f"{kind} {ks[0]}"].get(tool), passes[f"{kind} {ks[-1]}"].get(tool)
    if first is None or last is None:
        return None
    return float(last.cpu_ms / first.cpu_ms)


def _micro_section(micro: dict[str, Any]) -> list[str]:
    if "error" in micro:
        return ["Micro-benchmarks failed:", "", "```", micro["error"], "```", ""]
    lines = [
        f"On a {micro['page_bytes'] / 1000:.1f} KB newsim page ({micro['paragraphs']} body paragraphs, "
        f"{micro['blocks']} update blocks) with one UPDATE block appended; changes found: "
        f"{', '.join(micro['changes']) or 'none'}.",
        "",
    ]
    rows = [
        [name, _fmt(v["median_ms"], 3), _fmt(v["p95_ms"], 3), str(v["calls"])]
        for name, v in micro.items()
        if isinstance(v, dict) and "median_ms" in v
    ]
    return lines + _table(["stage", "median ms", "p95 ms", "calls"], rows)


def _targets(results: dict[str, Any]) -> list[list[str]]:
    rows: list[list[str]] = []

    def verdict(ok: bool | None) -> str:
        return "–" if ok is None else ("met" if ok else "**missed**")

    sizes = results.get("sizes", [])
    big = max(sizes, key=lambda s: s.n) if sizes else None
    if big is not None:
        passes = _by_pass(big)
        for kind, limit in RATIO_TARGETS.items():
            labels = [label for label in passes if label.startswith(kind)]
            ratios = [
                r
                for label in labels
                if (r := _ratio(passes[label].get("monitor"), passes[label].get("urlwatch")))
            ]
            worst = max(ratios) if ratios else None
            rows.append([f"CPU/URL ratio, {kind} pass, N={big.n} (worst of {len(ratios)})", f"≤ {limit}",
                         _fmt(worst, 3), verdict(None if worst is None else worst <= limit)])  # fmt: skip
        for kind in ("changed", "no change"):
            growth = _growth(big, "monitor", kind)
            peer = _growth(big, "urlwatch", kind)
            rows.append([f"history growth, {kind} pass last/first, N={big.n}", f"≤ {GROWTH_LIMIT}",
                         f"{_fmt(growth, 3)} (urlwatch {_fmt(peer, 3)})",
                         verdict(None if growth is None else growth <= GROWTH_LIMIT)])  # fmt: skip
        per_rev = big.storage.get("text_bytes_per_changed") if big.storage else None
        rows.append([f"extracted text per changed revision, N={big.n}", f"≤ {BYTES_PER_REVISION} B",
                     _fmt(per_rev, 0), verdict(None if per_rev is None else per_rev <= BYTES_PER_REVISION)])  # fmt: skip
        last = {row.tool: row.db_bytes for row in big.rows[-2:]}
        if "monitor" in last and "urlwatch" in last:
            ratio = last["monitor"] / last["urlwatch"]
            rows.append([f"database / urlwatch cache after the rounds, N={big.n}", f"≤ {DB_RATIO}",
                         _fmt(ratio, 3), verdict(ratio <= DB_RATIO)])  # fmt: skip
    real = results.get("daemon_304")
    if real:
        per_poll = real["cpu_ms_per_check"] if real["alive"] else None
        rows.append([f"daemon 304 check CPU, real `monitor run`, N={real['n']} (median of {len(real.get('runs', [0]))})", f"≤ {STEADY_304_MS} ms",
                     _fmt(per_poll, 3), verdict(None if per_poll is None else per_poll <= STEADY_304_MS)])  # fmt: skip
    steady = results.get("steady", {})
    per_check = steady.get("cpu_ms_per_check")
    rows.append([f"304 poll CPU without scheduling (in-process `poll_all`), N={steady.get('n', '?')}", f"≤ {STEADY_304_MS} ms",
                 _fmt(per_check, 3), verdict(None if per_check is None else per_check <= STEADY_304_MS)])  # fmt: skip
    rss = results.get("rss")
    if rss:
        peak = max(rss["first"]["maxrss_mb"], rss["no change"]["maxrss_mb"])
        rows.append([f"peak RSS, `monitor check` over {rss['n']} articles", f"≤ {RSS_LIMIT_MB:.0f} MB",
                     _fmt(peak, 0), verdict(peak <= RSS_LIMIT_MB and rss["first"]["ok"])])  # fmt: skip
    sustained = results.get("sustained")
    if sustained:
        rows.append([f"sustained `monitor run`, {sustained['n']} articles / 60 s", "headroom",
                     f"{_fmt(sustained['cpu_percent_of_core'], 1)}% of one core", verdict(_kept_up(sustained))])  # fmt: skip
    return rows


def _kept_up(sustained: dict[str, Any]) -> bool:
    """Alive, under one core, and it really polled (a stalled daemon also uses no CPU)."""
    polled_enough = sustained["requests"] >= 0.8 * sustained.get("expected_requests", 0)
    return bool(sustained["alive"] and sustained["cpu_percent_of_core"] < 100 and polled_enough)


def render(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        "## Figures",
        "",
        f"Machine: {m['cpus']} CPUs, {m['cpu_model']}; Python {m['python']}; {m['platform']}; {m['date']}.",
        f"Command: `{results['command']}`. Peer: {results['peer']}. Both tools run from "
        f"byte-compiled code, as installed: {results.get('bytecode', 'not recorded')}.",
        "CPU is user+system of the tool's process from `os.wait4` (start-up included); the simulator "
        "runs in its own process and is not counted. Ratios are monitor / urlwatch CPU. "
        f"Each pass is run {results.get('runs_per_pass', 3)} times per tool, the two tools' runs "
        "interleaved, and each tool's median run is shown (the VM varies ±15 % run to run and "
        "drifts within the hour; interleaving puts both tools under the same moments); every run "
        "starts from a copy of the tool's state taken before the pass, so every run does the "
        "same work and the pass leaves one run's state.",
        "",
        "### Targets",
        "",
    ]
    lines += _table(["target", "limit", "measured", "verdict"], _targets(results))
    lines += ["### Interpreter start-up (CPU ms, median of 5)", ""]
    lines += _table(["command", "CPU ms"], [[k, _fmt(v, 0)] for k, v in results["startup"].items()])
    for size in results.get("sizes", []):
        lines += _size_section(size)
    lines += ["### Pure stages", ""]
    lines += _micro_section(results.get("micro", {"error": "not run"}))
    steady = results.get("steady", {})
    lines += ["### Daemon steady state (in-process `poll_all`, every answer 304)", ""]
    if "error" in steady:
        lines += ["```", steady["error"], "```", ""]
    else:
        lines += [
            f"N={steady['n']}: {_fmt(steady['cpu_ms_per_check'], 3)} ms CPU per check "
            f"(passes: {', '.join(_fmt(v, 0) for v in steady['pass_cpu_ms'])} ms; outcomes "
            f"{', '.join(steady['outcomes'])}; process peak RSS {_fmt(steady['maxrss_mb'], 0)} MB).",
            "",
        ]
    real = results.get("daemon_304")
    if real:
        lines += ["### Daemon 304 polls (real `monitor run`, every answer 304)", ""]
        runs = real.get("runs", [real["cpu_ms_per_check"]])
        lines += [
            f"N={real['n']}, 60 s interval, measured for {real['seconds']:.0f} s after the first "
            f"pass, {len(runs)} run(s), each with its own simulator and daemon: "
            f"{', '.join(_fmt(run, 3) for run in runs)} ms per poll. The median run: "
            f"{real['requests']} polls, {_fmt(real['cpu_ms'], 0)} ms CPU of the daemon "
            f"process (scheduling, event loop and system time included) = "
            f"{_fmt(real['cpu_ms_per_check'], 3)} ms per poll"
            f"{'' if real['alive'] else ' (a daemon EXITED early)'}.",
            "",
        ]
    rss = results.get("rss")
    if rss:
        lines += [f"### Peak RSS with {rss['n']} articles (`monitor check`)", ""]
        lines += _table(
            ["pass", "peak RSS MB", "CPU ms/URL", "wall ms", "monitor says"],
            [[k, _fmt(v["maxrss_mb"], 0), _fmt(v["cpu_ms_per_url"]), _fmt(v["wall_ms"], 0), v["note"][:80]]
             for k, v in rss.items() if isinstance(v, dict)],
        )  # fmt: skip
    sustained = results.get("sustained")
    if sustained:
        lines += [
            "### Sustained `monitor run`",
            "",
            f"{sustained['n']} articles, 60 s interval, a round every minute (10% of pages updated, 5% edited), measured after the first pass for "
            f"{sustained['seconds']:.0f} s: {_fmt(sustained['cpu_percent_of_core'], 1)}% of one core, "
            f"peak RSS {_fmt(sustained['peak_rss_mb'], 0)} MB, {sustained['requests']} requests served "
            f"while measuring ({sustained.get('expected_requests', '?')} expected)"
            f"{'' if sustained['alive'] else ' (the daemon EXITED early)'}.",
            "",
        ]
    return "\n".join(lines)
