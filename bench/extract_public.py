"""Main-text extraction on a public benchmark: ``extract_article`` over the Article Extraction
Benchmark pages in ``../shared/aeb/``, scored by the benchmark's own ``evaluate.py`` beside the
published outputs of other extractors.

.venv/bin/python bench/extract_public.py [--aeb PATH] [--worst 20] [--keep DIR]

Article text is what a reader of monitor sees: the body paragraphs and the update blocks'
paragraphs, in page order (blocks above the body first when the page prepends them). Prints the
scorer's table, the pages with no text or an error, the worst pages, and the extraction time per
page (median, p95; CPU of the extraction alone, parse included, in this process).
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_AEB = ROOT.parent / "shared" / "aeb"
sys.path.insert(0, str(ROOT))

from monitor.errors import ExtractError  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.model import Article  # noqa: E402

FETCHED_AT = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class PageResult:
    key: str
    text: str
    error: str | None
    seconds: float


def article_text(article: Article) -> str:
    """The text a reader sees, in page order: blocks above the body when they lead it."""
    body = list(article.paragraphs)
    blocks = [p for block in article.blocks for p in block.paragraphs]
    return "\n".join(blocks + body if _blocks_lead(article) else body + blocks)


def _blocks_lead(article: Article) -> bool:
    stamps = [b.timestamp for b in article.blocks if b.timestamp is not None]
    return len(stamps) > 1 and stamps == sorted(stamps, reverse=True)


def read_page(path: Path) -> str:
    data = gzip.decompress(path.read_bytes())
    return data.decode("utf-8", errors="replace")


def run_page(key: str, html: str, url: str) -> PageResult:
    started = time.process_time()
    try:
        article = extract_article(html, url=url, fetched_at=FETCHED_AT)
    except ExtractError as exc:
        return PageResult(key, "", str(exc), time.process_time() - started)
    seconds = time.process_time() - started
    return PageResult(key, article_text(article), None, seconds)


def run_all(aeb: Path) -> list[PageResult]:
    truth = json.loads((aeb / "ground-truth.json").read_text("utf-8"))
    results = []
    for key in sorted(truth):
        html = read_page(aeb / "html" / f"{key}.html.gz")
        results.append(run_page(key, html, truth[key].get("url") or f"https://aeb.invalid/{key}"))
    return results


def score(aeb: Path, results: list[PageResult], keep: Path | None, extra: list[Path]) -> str:
    """The scorer's printed table, monitor beside the peers."""
    work = Path(tempfile.mkdtemp(prefix="aeb-"))
    try:
        (work / "output").mkdir()
        shutil.copy(aeb / "ground-truth.json", work)
        shutil.copy(aeb / "evaluate.py", work)
        for peer in [*sorted((aeb / "peers").glob("*.json")), *extra]:
            shutil.copy(peer, work / "output")
        output = {r.key: {"articleBody": r.text} for r in results}
        document = json.dumps({"version": "monitor", "output": output}, sort_keys=True)
        (work / "output" / "monitor.json").write_text(document, "utf-8")
        run = subprocess.run(
            [sys.executable, "evaluate.py", "--n-bootstrap", "200", "--output", "metrics.json"],
            cwd=work,
            capture_output=True,
            text=True,
            check=True,
        )
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(work / "output" / "monitor.json", keep / "monitor.json")
        return run.stdout
    finally:
        shutil.rmtree(work, ignore_errors=True)


def page_f1(truth: str, predicted: str) -> float:
    """The benchmark's per-page F1 (its own function, imported from its scorer)."""
    from evaluate import precision_score, recall_score, string_shingle_matching

    tp, fp, fn = string_shingle_matching(true=truth, pred=predicted)
    precision, recall = precision_score(tp, fp, fn), recall_score(tp, fp, fn)
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def halves(truth: dict[str, dict[str, str]]) -> dict[str, set[str]]:
    """A fixed split by key: tuning reads pages of the first half only."""
    tuning = {k for k in truth if k[0] in "01234567"}
    return {"tuning (keys 0-7)": tuning, "held out (keys 8-f)": set(truth) - tuning}


def half_score(
    truth: dict[str, dict[str, str]], results: list[PageResult], keys: set[str]
) -> tuple[float, float, float]:
    """F1, precision and recall over ``keys``, as the benchmark's scorer computes them."""
    from evaluate import metrics_from_tp_fp_fns, string_shingle_matching

    counts = [
        string_shingle_matching(true=truth[r.key]["articleBody"], pred=r.text)
        for r in results
        if r.key in keys
    ]
    metrics = metrics_from_tp_fp_fns(counts)
    return metrics["f1"], metrics["precision"], metrics["recall"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--worst", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="keep monitor's output JSON in this folder")
    parser.add_argument(
        "--with",
        dest="extra",
        type=Path,
        help="a folder of more outputs to score beside (bench/extract_peers.py writes one)",
    )
    args = parser.parse_args()
    if not (args.aeb / "ground-truth.json").exists():
        sys.exit(f"no benchmark at {args.aeb}: pass --aeb PATH")
    results = run_all(args.aeb)
    extra = sorted(args.extra.glob("*.json")) if args.extra else []
    print(score(args.aeb, results, args.keep, extra))
    sys.path.insert(0, str(args.aeb))
    truth = json.loads((args.aeb / "ground-truth.json").read_text("utf-8"))
    failed = [r for r in results if r.error]
    empty_truth = {k for k, v in truth.items() if not v["articleBody"].strip()}
    print(f"pages: {len(results)}; errors: {len(failed)}")
    for r in failed:
        where = " (ground truth empty too)" if r.key in empty_truth else ""
        print(f"  {r.key[:12]}  {r.error}{where}")
    tuning = halves(truth)["tuning (keys 0-7)"]
    scored = sorted(
        (page_f1(truth[r.key]["articleBody"], r.text), r.key) for r in results if r.key in tuning
    )
    print(f"\n{args.worst} worst pages of the tuning half (F1, key, url):")
    for f1, key in scored[: args.worst]:
        print(f"  {f1:.3f}  {key[:12]}  {truth[key].get('url', '')[:90]}")
    print("\nhalves (tuning looks only at the first; the second is held out):")
    for name, keys in halves(truth).items():
        f1, precision, recall = half_score(truth, results, keys)
        print(f"  {name:<26} pages {len(keys):>3}  F1 {f1:.3f}  P {precision:.3f}  R {recall:.3f}")
        for path in extra:
            texts = json.loads(path.read_text("utf-8"))["output"]
            peer = [PageResult(k, v["articleBody"], None, 0.0) for k, v in texts.items()]
            f1, precision, recall = half_score(truth, peer, keys)
            print(f"    {path.stem:<24} F1 {f1:.3f}  P {precision:.3f}  R {recall:.3f}")
    times = sorted(r.seconds * 1000 for r in results)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"\nextraction per page: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
