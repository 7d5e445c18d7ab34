"""What site templates cost a poll: the rows each revision writes, the question a changed poll asks.

.venv/bin/python bench/site_templates_cost.py [--aeb PATH | --newsim] [--articles 2000] [--runs 5]

Articles are the public benchmark's pages (``../shared/aeb/``) as ``extract_article`` makes them,
so each carries as many short body paragraphs as real pages do (``--newsim``: the simulator's
pages that ``run.py`` serves instead); ``--articles`` of them, cycled, are filed under one site. Prints, as medians of ``--runs`` alternated runs (CPU time):

* first pass: ``Store.apply`` of every article's first revision inside ``grouping_polls`` (as
  `monitor check` writes), with the ``site_paragraphs`` rows and with them left out;
* changed poll: what ``pipeline.site_counts`` adds to a poll whose page changed: comparing the
  short paragraphs with the previous revision's, and the store's answer when one differs
  (a paragraph edited) or none does (an update block added);
* a changed revision's rows, all already known (``INSERT OR IGNORE``);
* the rows and bytes the table holds.

Compare with urlwatch's CPU per URL in RESULTS.md (~3.5-4 ms). Asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor._jsonio import stable_hash  # noqa: E402
from monitor.errors import ExtractError  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.model import Article, Plan, PollOutcome, Revision  # noqa: E402
from monitor.pipeline import site_counts  # noqa: E402
from monitor.sitewide import recorded  # noqa: E402
from monitor.store import Store, templates  # noqa: E402

T0 = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def load(aeb: Path) -> list[Article]:
    truth = json.loads((aeb / "ground-truth.json").read_text("utf-8"))
    found = []
    for key in sorted(truth):
        html = gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", errors="replace"
        )
        try:
            found.append(extract_article(html, url="https://site.example/x", fetched_at=T0))
        except ExtractError:
            continue
    return found


def load_newsim(articles: int) -> list[Article]:
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests"))
    from bench_store import _sim_plans

    return [plan.revision.article for plan in _sim_plans(articles, 0)[0] if plan.revision]


def plans(articles: list[Article], n: int) -> list[Plan]:
    out = []
    for i in range(n):
        article = articles[i % len(articles)]
        at = T0 + timedelta(seconds=i)
        revision = Revision(1, at, stable_hash(article), article)
        out.append(Plan(f"https://site.example/{i}", PollOutcome.FIRST, at, at, 60.0, revision))
    return out


def first_pass(path: Path, batch: list[Plan], *, rows: bool) -> float:
    real = templates.rows_of
    if not rows:
        templates.rows_of = lambda *args: []
    try:
        with Store.open(path) as store:
            started = time.process_time()
            with store.grouping_polls():
                for plan in batch:
                    store.apply(plan)
            return time.process_time() - started
    finally:
        templates.rows_of = real


def changed_polls(path: Path, batch: list[Plan], edit: bool) -> float:
    with Store.open(path) as store:
        started = time.process_time()
        for plan in batch:
            assert plan.revision is not None
            old = plan.revision.article
            if edit and old.paragraphs:
                new = replace(old, paragraphs=(*old.paragraphs[:-1], old.paragraphs[-1] + " x"))
            else:
                new = replace(old, blocks=())  # same body: nothing differs to ask about
            site_counts(store, plan.url, old, new, plan.polled_at + timedelta(hours=1))
        return (time.process_time() - started) / len(batch)


def rewritten(path: Path, batch: list[Plan]) -> float:
    """CPU per revision to record a changed revision whose short paragraphs are all known."""
    conn = sqlite3.connect(path)
    try:
        started = time.process_time()
        with conn:
            for article_id, plan in enumerate(batch, start=1):
                assert plan.revision is not None
                templates.record(conn, article_id, plan.url, plan.revision)
        return (time.process_time() - started) / len(batch)
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aeb", type=Path, default=ROOT.parent / "shared" / "aeb")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--newsim", action="store_true", help="the simulator's pages")
    args = parser.parse_args()
    articles = load_newsim(args.articles) if args.newsim else load(args.aeb)
    shorts = [len(recorded("site.example", a)) for a in articles]
    print(
        f"{len(articles)} {'simulated' if args.newsim else 'benchmark'} articles; short body paragraphs per article: median "
        f"{statistics.median(shorts):.0f}, max {max(shorts)}"
    )
    batch = plans(articles, args.articles)
    with_rows: list[float] = []
    without: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            for rows, into in ((True, with_rows), (False, without)):
                path = Path(tmp) / f"{run}-{rows}.db"
                into.append(first_pass(path, batch, rows=rows))
        a, b = statistics.median(with_rows), statistics.median(without)
        n = args.articles
        print(
            f"first pass, {n} articles: {a * 1000:.0f} ms with the rows, {b * 1000:.0f} ms"
            f" without: +{(a - b) / n * 1000:.3f} ms per article"
        )
        path = Path(tmp) / "0-True.db"
        edited = statistics.median(changed_polls(path, batch, True) for _ in range(args.runs))
        same = statistics.median(changed_polls(path, batch, False) for _ in range(args.runs))
        again = statistics.median(rewritten(path, batch) for _ in range(args.runs))
        print(
            f"changed poll: +{again * 1000:.3f} ms to record a new revision's rows (all known);"
            f" +{edited * 1000:.3f} ms when a short paragraph differs (one query),"
            f" +{same * 1000:.3f} ms when none does (no query)"
        )
        conn = sqlite3.connect(path)
        count = conn.execute("SELECT count(*) FROM site_paragraphs").fetchone()[0]
        try:
            size = conn.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE '%site_paragraphs%'"
            ).fetchone()[0]
        except sqlite3.Error:
            size = None
        conn.close()
        total = path.stat().st_size
        print(
            f"table: {count} rows ({count / n:.1f} per article), {size} bytes with its index,"
            f" of a {total}-byte database (text and changes only, no raw pages)"
        )


if __name__ == "__main__":
    main()
