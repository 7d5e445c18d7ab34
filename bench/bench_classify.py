"""classify_changes + find_retractions per changed article, on newsim rounds; and their one-time cost.

A `monitor check` process is fresh on every pass, so its caches start cold and then fill over
the pass's changed articles, each of which it classifies once. This harness does the same: it
renders N newsim articles, applies rounds, extracts every changed page before and after with
``extract_article``, diffs it, then times ``classify_changes`` and ``find_retractions`` (the
call sequence of ``monitor.pipeline.decide``) once per changed article, all caches of
``monitor.classify`` and ``monitor.diff`` cleared at the start of each pass. ``diff_articles``
is timed the same way, for comparison.

The one-time cost (``import monitor.classify`` plus the first classify of one changed article,
less a warm call) is measured in a fresh interpreter, as a `check` process pays it.

    .venv/bin/python bench/bench_classify.py                      # N=300, 2 rounds, 5 passes
    .venv/bin/python bench/bench_classify.py --profile /tmp/c.prof
    .venv/bin/python bench/bench_classify.py --dump /tmp/out.txt  # outputs, to compare versions

``--dump`` writes the exact outputs (reprs) for the newsim pairs, the seed's versions (as
extracted from seeds/ and as built by tests/diff_support.py), the extraction corpus's version
pairs, and the detector's judgement of every labelled pair: equal files mean identical results.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import newsim  # noqa: E402

from monitor.classify import classify_changes, find_retractions  # noqa: E402
from monitor.diff import diff_articles  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.model import Article, Change, Retraction  # noqa: E402

NOW = datetime(2024, 1, 15, 14, 0, tzinfo=UTC)
BASE_URL = "http://127.0.0.1:1"  # never contacted: pages are rendered in-process
CACHED_MODULES = (
    "monitor.classify.detector",
    "monitor.classify.edits",
    "monitor.classify.retractions",
    "monitor.classify.signals",
    "monitor.classify.status",
    "monitor.diff.align",
    "monitor.diff.articles",
    "monitor.diff.units",
)


@dataclass(frozen=True, slots=True)
class Pair:
    name: str
    old: Article
    new: Article


def newsim_pairs(n: int, rounds: int, seed: int) -> list[Pair]:
    """(before, after) of every article a round changed, extracted from the rendered pages."""
    site = newsim.NewsSite(n, seed=seed)
    # The server is not started: render the pages as start() would, so advance_round works.
    site.base_url = BASE_URL
    site._pages = [newsim._render_page(s, BASE_URL, with_gzip=False) for s in site._stories]
    pairs = []
    for _ in range(rounds):
        before = list(site._pages)
        summary = site.advance_round()
        for i in sorted(summary["updated"] + summary["edited"]):
            kind = "update" if i in summary["updated"] else "edit"
            old, new = (
                _extract(page.body.decode(), site.url(i)) for page in (before[i], site._pages[i])
            )
            pairs.append(Pair(f"newsim r{site.round} #{i} {kind}", old, new))
    return pairs


def _extract(html: str, url: str) -> Article:
    return extract_article(html, url=url, fetched_at=NOW, rules=None)


def classify(pair: Pair) -> tuple[tuple[Change, ...], tuple[Retraction, ...]]:
    """diff → classify_changes → find_retractions, as monitor.pipeline.decide chains them."""
    changes = classify_changes(pair.old, pair.new, diff_articles(pair.old, pair.new))
    return changes, find_retractions(pair.old, pair.new, changes)


def clear_caches() -> None:
    """Every lru_cache of classify and diff: each pass starts as a fresh `check` process."""
    for name in CACHED_MODULES:
        module: ModuleType = importlib.import_module(name)
        for value in vars(module).values():
            clear: Callable[[], None] | None = getattr(value, "cache_clear", None)
            if clear is not None:
                clear()


def time_passes(pairs: list[Pair], passes: int) -> dict[str, dict[str, float]]:
    """Median / p95 ms per changed article: classify+retractions, and diff alone."""
    diffs = [diff_articles(p.old, p.new) for p in pairs]
    classify_ms: list[float] = []
    diff_ms: list[float] = []
    for _ in range(passes):
        clear_caches()
        for pair, raw in zip(pairs, diffs, strict=True):
            start = time.perf_counter()
            changes = classify_changes(pair.old, pair.new, raw)
            find_retractions(pair.old, pair.new, changes)
            classify_ms.append((time.perf_counter() - start) * 1000)
        clear_caches()
        for pair in pairs:
            start = time.perf_counter()
            diff_articles(pair.old, pair.new)
            diff_ms.append((time.perf_counter() - start) * 1000)
    return {"classify+retractions": _summary(classify_ms), "diff_articles": _summary(diff_ms)}


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered), 4),
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 4),
        "mean_ms": round(statistics.fmean(ordered), 4),
        "samples": len(ordered),
    }


_ONE_TIME = """
import sys, time
sys.path[:0] = {paths!r}
import bench_classify as b
pairs = b.newsim_pairs(40, 1, {seed})
pair = next(p for p in pairs if "update" in p.name)
raw = b.diff_articles(pair.old, pair.new)
import monitor.classify.edits, monitor.classify.retractions  # noqa: the lazy import of decide
for module in (*b.CACHED_MODULES[:5], "monitor.classify"):
    sys.modules.pop(module, None)
import re
re.purge()  # else re's own cache would hand back the patterns compiled by the first import
start = time.perf_counter()
import monitor.classify as c
first = time.perf_counter()
c.find_retractions(pair.old, pair.new, c.classify_changes(pair.old, pair.new, raw))
cold = time.perf_counter()
b.clear_caches()
c.find_retractions(pair.old, pair.new, c.classify_changes(pair.old, pair.new, raw))
warm = time.perf_counter()
print((first - start) * 1000, (cold - first) * 1000, (warm - cold) * 1000)
"""


def one_time_cost(seed: int, repeat: int = 5) -> dict[str, float]:
    """In a fresh interpreter: re-import classify (its regexes compile), then a first call."""
    code = _ONE_TIME.format(paths=[str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")], seed=seed)
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
        ).stdout.split()
        runs.append([float(x) for x in out])
    imports, first, warm = (statistics.median(r[k] for r in runs) for k in range(3))
    return {
        "import_classify_ms": round(imports, 2),
        "first_call_extra_ms": round(first - warm, 2),
        "total_one_time_ms": round(imports + first - warm, 2),
    }


# ---------------------------------------------------------------------------------------------
# Outputs, for comparing two versions of the code


def seed_pairs() -> Iterator[Pair]:
    from diff_support import seed_version

    for k in range(4):
        yield Pair(f"seed built {k}->{k + 1}", seed_version(k), seed_version(k + 1))
    seed_dir = ROOT / "seeds" / "soleimani-strike"
    manifest = json.loads((seed_dir / "manifest.json").read_text())
    articles = [
        extract_article(
            (seed_dir / v["file"]).read_text(encoding="utf-8"),
            url="https://example.test" + manifest["url_path"],
            fetched_at=datetime.fromisoformat(v["fetched_at"]),
        )
        for v in manifest["versions"]
    ]
    for k in range(len(articles)):
        for j in range(k + 1, len(articles)):  # every earlier → later, not just neighbours
            yield Pair(f"seed extracted {k}->{j}", articles[k], articles[j])


def corpus_pairs() -> Iterator[Pair]:
    for site in sorted((ROOT / "tests" / "corpus").iterdir()):
        expect = site / "expect.json"
        if not expect.is_file():
            continue
        versions = []
        for entry in json.loads(expect.read_text()):
            html = (site / entry["file"]).read_bytes().decode(entry.get("encoding") or "utf-8")
            try:
                versions.append(
                    extract_article(
                        html,
                        url=f"https://{site.name}.test/a",
                        fetched_at=datetime.fromisoformat(entry["fetched_at"]),
                    )
                )
            except Exception:  # an extraction-failure case of the corpus: nothing to diff
                continue
        for k in range(len(versions) - 1):
            for j in (k + 1, len(versions) - 1):
                yield Pair(f"corpus {site.name} {k}->{j}", versions[k], versions[j])


def labelled_pairs() -> Iterator[Pair]:
    """The labelled walk-back set as articles: one block walking back another, the body edited
    into the later text, and all of it at once (every earlier text, then one block of all the
    later ones: the many-paragraph pair loop)."""
    from diff_support import load_pairs, update

    labelled = load_pairs()
    for item in labelled:
        earlier, later = str(item["earlier"]), str(item["later"])
        first, second = update(10, 0, (earlier,)), update(11, 0, (later,))
        old = Article(title="Live", paragraphs=(earlier,), blocks=(first,))
        yield Pair(f"labelled {item['id']} block", old, replace(old, blocks=(first, second)))
        yield Pair(f"labelled {item['id']} edit", old, replace(old, paragraphs=(later,)))
    blocks = tuple(
        update(1 + k // 60, k % 60, (str(i["earlier"]),)) for k, i in enumerate(labelled)
    )
    old = Article(
        title="Live", paragraphs=tuple(str(i["earlier"]) for i in labelled), blocks=blocks
    )
    later = update(23, 0, tuple(str(i["later"]) for i in labelled))
    yield Pair("labelled all", old, replace(old, blocks=(*blocks, later)))


def dump(path: Path, pairs: list[Pair]) -> int:
    from diff_support import load_pairs

    from monitor.classify import ClaimDetector

    lines = []
    for pair in [*pairs, *seed_pairs(), *corpus_pairs(), *labelled_pairs()]:
        for old, new, direction in ((pair.old, pair.new, ">"), (pair.new, pair.old, "<")):
            changes = classify_changes(old, new, diff_articles(old, new))
            lines.append(f"{pair.name} {direction} changes {changes!r}")
            lines.append(
                f"{pair.name} {direction} retractions {find_retractions(old, new, changes)!r}"
            )
    detector = ClaimDetector()
    for labelled in load_pairs():
        earlier, later = str(labelled["earlier"]), str(labelled["later"])
        lines.append(f"pair {labelled['id']} {detector.score(earlier, later)!r}")
        lines.append(f"pair {labelled['id']} may {detector.may_contradict(later)!r}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="write a cProfile of one pass here")
    parser.add_argument("--dump", type=Path, help="write every output here and stop")
    args = parser.parse_args(argv)
    pairs = newsim_pairs(args.n, args.rounds, args.seed)
    if args.dump:
        print(f"{dump(args.dump, pairs)} lines written to {args.dump}")
        return 0
    if args.profile:
        clear_caches()
        profiler = cProfile.Profile()
        profiler.enable()
        for pair in pairs:
            classify(pair)
        profiler.disable()
        profiler.dump_stats(str(args.profile))
        pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(25)
        return 0
    result = {
        "changed_articles": len(pairs),
        "updates": sum("update" in p.name for p in pairs),
        "edits": sum("edit" in p.name for p in pairs),
        **time_passes(pairs, args.passes),
        "one_time": one_time_cost(args.seed),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
