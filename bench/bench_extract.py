"""Median / p95 milliseconds per extract_article call: the seed v5 page, a ~30 KB corpus page
padded with short paragraphs, and a page of the benchmark site (bench/newsim.py) with an update.

.venv/bin/python bench/bench_extract.py [rounds]
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import newsim  # noqa: E402

from monitor.extract import extract_article  # noqa: E402

FETCHED = datetime(2020, 1, 3, 20, 0, tzinfo=UTC)


def thirty_kb_corpus_page() -> str:
    """The wordpress corpus page padded with more story paragraphs to ~30 KB."""
    html = (ROOT / "tests/corpus/wordpress_bold_lead/v3.html").read_text("utf-8")
    paragraph = (
        "<p>Officials in the provincial capital said the evacuation of the eastern districts "
        "began shortly after dawn, with buses lined up along the river road.</p>\n"
    )
    padding = paragraph * ((30_000 - len(html)) // len(paragraph))
    return html.replace('<div class="story-body">', '<div class="story-body">' + padding, 1)


def newsim_page() -> str:
    """Article 0 of the benchmark site after one round that appended an UPDATE block to it."""
    with newsim.NewsSite(1, seed=1) as site:
        site.advance_round()
        return httpx.get(site.url(0)).text


def measure(html: str, rounds: int) -> tuple[float, float]:
    for _ in range(20):
        extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    pages = {
        "seed v5 (05-update-4.html)": (ROOT / "seeds/soleimani-strike/05-update-4.html").read_text(
            "utf-8"
        ),
        "corpus wordpress, padded": thirty_kb_corpus_page(),
        "newsim page, one update": newsim_page(),
    }
    print(f"{'page':<30} {'KB':>6} {'median ms':>10} {'p95 ms':>8}")
    for name, html in pages.items():
        median, p95 = measure(html, rounds)
        print(f"{name:<30} {len(html.encode()) / 1000:>6.1f} {median:>10.2f} {p95:>8.2f}")


if __name__ == "__main__":
    main()
