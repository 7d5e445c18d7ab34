"""The same AEB pages through other extractors, timed on this machine, for the comparison in
bench/RESULTS.md. Run it with a Python that has them (they are not monitor's dependencies):

python3 -m venv /tmp/peers && /tmp/peers/bin/pip install trafilatura readability-lxml
/tmp/peers/bin/python bench/extract_peers.py --out /tmp/peers-out

Writes ``<name>.json`` in the benchmark's output format per extractor and prints the median and
p95 CPU milliseconds per page; score them with ``bench/extract_public.py --with DIR``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_AEB = Path(__file__).resolve().parent.parent.parent / "shared" / "aeb"


def extractors() -> dict[str, Callable[[str, str], str]]:
    found: dict[str, Callable[[str, str], str]] = {}
    try:
        import trafilatura

        def run_trafilatura(html: str, url: str) -> str:
            return trafilatura.extract(html, url=url) or ""

        found[f"trafilatura-{trafilatura.__version__}"] = run_trafilatura
    except ImportError:
        print("trafilatura is not installed here: skipped")
    try:
        import lxml.html
        from readability import Document

        def run_readability(html: str, url: str) -> str:
            summary = Document(html, url=url).summary(html_partial=True)
            return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""

        found["readability-lxml"] = run_readability
    except ImportError:
        print("readability-lxml is not installed here: skipped")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    truth = json.loads((args.aeb / "ground-truth.json").read_text("utf-8"))
    pages = {
        key: gzip.decompress((args.aeb / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", errors="replace"
        )
        for key in sorted(truth)
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, extract in extractors().items():
        output, times = {}, []
        for key, html in pages.items():
            started = time.process_time()
            try:
                text = extract(html, truth[key].get("url") or "")
            except Exception as exc:  # a peer's failure on a page is its empty answer
                print(f"{name}: {key[:12]}: {type(exc).__name__}")
                text = ""
            times.append((time.process_time() - started) * 1000)
            output[key] = {"articleBody": text}
        document = {"version": name, "output": output}
        (args.out / f"{name}.json").write_text(json.dumps(document, sort_keys=True), "utf-8")
        times.sort()
        p95 = times[round(0.95 * (len(times) - 1))]
        print(f"{name:<22} median {statistics.median(times):6.1f} ms   p95 {p95:6.1f} ms")


if __name__ == "__main__":
    main()
