"""How fast and how small the store is, for a 30 KB page with a one-paragraph update per revision.

Prints figures; asserts nothing about time. Run: ``.venv/bin/python bench/bench_store.py``
(``--passes`` for the `monitor check` passes alone, ``--profile FILE`` to cProfile them).

Passes over many articles, as `monitor check` makes them (``passes``): 300 newsim pages extracted
and decided as the pipeline does (plans built before timing), then

* FIRST: every article's first revision into a new database;
* CHANGED fresh: each round (an UPDATE block appended to every page) in a NEW Store on the same
  file, as a new `monitor check` process sees it (empty caches), including the reads the pipeline
  makes before deciding a changed page (``latest_article``, ``known_hashes``);
* CHANGED warm: one more round in the same Store, right after it wrote the previous one;
* database bytes after the first pass and per changed revision.

One article's history (``history``), 50 revisions of a 30 KB page:

* ms per apply for a changed poll (new revision + raw page) and an unchanged poll;
* bytes per changed revision: extracted text (deltas and keyframes), changes rows, raw HTML, and
  the file's growth, set against urlwatch, which keeps each changed page whole and uncompressed;
* time to rebuild every revision one by one (``revision(url, n)``) and all at once (``history``).
"""

from __future__ import annotations

import argparse
import cProfile
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsim
from store_support import (
    T0,
    URL,
    make_article,
    paragraph,
    quiet_plan,
    render_page,
    revision_plan,
    with_new_update,
)

from monitor.model import Article, Change, ChangeKind, Plan, PollOutcome, Snapshot, Validators
from monitor.store import Store

REVISIONS = 50


def _file_bytes(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.stat().st_size


def edit_one_paragraph(article: Article, rng: random.Random, at: datetime) -> Article:
    """A one-paragraph update that keeps the page at its size: one paragraph rewritten."""
    paragraphs = list(article.paragraphs)
    paragraphs[rng.randrange(len(paragraphs))] = paragraph(rng)
    return replace(article, paragraphs=tuple(paragraphs), modified=at)


def changes_between(old: Article, new: Article) -> tuple[Change, ...] | None:
    """What the differ would record for a rewritten paragraph; None: the support default."""
    if old.blocks != new.blocks:
        return None
    return tuple(
        Change(
            ChangeKind.PARAGRAPH_EDITED,
            text=b,
            previous_text=a,
            paragraph=i,
            previous_paragraph=i,
            labels=("sentence_added",),
        )
        for i, (a, b) in enumerate(zip(old.paragraphs, new.paragraphs, strict=True))
        if a != b
    )


SCENARIOS: dict[str, tuple[int, Callable[[Article, random.Random, datetime], Article]]] = {
    # (body paragraphs of the first version, how each later version differs)
    "a paragraph rewritten (page stays ~30 KB)": (40, edit_one_paragraph),
    "an UPDATE block added (page grows 30 -> 53 KB)": (40, with_new_update),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", action="store_true", help="only the many-article passes")
    parser.add_argument("--articles", type=int, default=PASS_ARTICLES)
    parser.add_argument("--rounds", type=int, default=PASS_ROUNDS)
    parser.add_argument("--noise", action="store_true", help="per-request boilerplate noise")
    parser.add_argument("--profile", type=Path, help="cProfile the CHANGED fresh rounds to FILE")
    args = parser.parse_args(argv)
    if not args.passes:
        for name, (paragraphs, edit) in SCENARIOS.items():
            print(f"== {name}")
            run(paragraphs, edit)
    print(f"== `monitor check` passes: {args.articles} newsim articles, {args.rounds} rounds")
    passes(args.articles, args.rounds, args.profile, noise=args.noise)


# ---------------------------------------------------------------------------------------------
# Passes over many articles, as `monitor check` makes them

PASS_ARTICLES = 300
PASS_ROUNDS = 3
_SIM_BASE = "http://127.0.0.1:1"


def _noise(rng: random.Random) -> dict[str, str]:
    """Per-request boilerplate values (view counts, tokens), as newsim serves with ``--noise``."""
    return {
        "views": f"{rng.randint(1000, 999999):,}",
        "ago": f"{rng.randint(1, 59)} minutes ago",
        "csrf": f"{rng.getrandbits(128):032x}",
        "bust": str(rng.getrandbits(32)),
        "cls1": f"css-{rng.getrandbits(24):06x}",
        "cls2": f"css-{rng.getrandbits(24):06x}",
        "cls3": f"css-{rng.getrandbits(24):06x}",
    }


def _sim_plans(articles: int, rounds: int, *, noise: bool = False) -> list[list[Plan]]:
    """Plans for a first pass and ``rounds`` rounds, each appending an UPDATE block everywhere.

    Built as the pipeline builds them (extract, then decide against the previous Article), so
    the Articles, changes and pages are what a real pass stores.
    """
    from monitor.config import ArticleConfig
    from monitor.extract import extract_article
    from monitor.pipeline import PollInputs, decide
    from monitor.store import PollState

    stories = [newsim._new_story(i, seed=1) for i in range(articles)]
    rng = random.Random(2024)
    previous: list[tuple[Article, str, int] | None] = [None] * articles
    out: list[list[Plan]] = []
    for round_ in range(rounds + 1):
        at = newsim.SIM_EPOCH + round_ * newsim.ROUND_STEP
        plans = []
        for i, story in enumerate(stories):
            if round_:
                story.updates.append((newsim._stamp(at), newsim._paragraph(rng)))
                story.marked_updated = True
                story.version += 1
            page = newsim._render_page(story, _SIM_BASE, with_gzip=False)
            url = f"{_SIM_BASE}/news/{story.index}/{story.slug}"
            body = newsim._fill(page.parts, _noise(rng)) if noise else page.body
            html = body.decode()
            snapshot = Snapshot(url, url, at, 200, body, html, "utf-8", "text/html",
                                Validators(page.etag, page.last_modified))  # fmt: skip
            article = extract_article(html, url=url, fetched_at=at, rules=None)
            before = previous[i]
            state = None
            if before is not None:
                state = PollState(None, 600.0, None, None, 0, latest_number=before[2],
                                  latest_hash=before[1])  # fmt: skip
            inputs = PollInputs(state, previous=before[0] if before else None)
            plan = decide(inputs, ArticleConfig(url=url), snapshot, article, now=at, jitter=0.5)
            assert plan.revision is not None, plan.outcome
            previous[i] = (article, plan.revision.content_hash, plan.revision.number)
            plans.append(plan)
        out.append(plans)
    return out


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"median {statistics.median(ordered):5.3f} ms  p95 {p95:5.3f} ms"


def _timed_apply(
    store: Store, plans: list[Plan], *, reads: bool
) -> tuple[list[float], list[float]]:
    """(ms per apply, ms per apply with the pipeline's reads before it) for each plan."""
    applies, with_reads = [], []
    for plan in plans:
        started = time.perf_counter()
        if reads:
            store.latest_article(plan.url)
            store.known_hashes(plan.url)
        before_apply = time.perf_counter()
        store.apply(plan)
        done = time.perf_counter()
        applies.append((done - before_apply) * 1000)
        with_reads.append((done - started) * 1000)
    return applies, with_reads


def passes(articles: int, rounds: int, profile: Path | None, *, noise: bool = False) -> None:
    plans = _sim_plans(articles, rounds + 1, noise=noise)
    page_kb = statistics.mean(len(p.snapshot.body) for p in plans[0] if p.snapshot) / 1024
    print(f"pages: {page_kb:.1f} KB of HTML on average; each round appends one UPDATE block")
    profiler = cProfile.Profile() if profile else None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "passes.db"
        with Store.open(path) as store:
            first, _ = _timed_apply(store, plans[0], reads=False)
        first_bytes = _file_bytes(path)
        print(f"FIRST                      apply {_ms(first)}")
        fresh, fresh_reads = [], []
        for round_ in range(1, rounds + 1):
            with Store.open(path) as store:  # a new `monitor check` process: empty caches
                if profiler:
                    profiler.enable()
                applied, with_reads = _timed_apply(store, plans[round_], reads=True)
                if profiler:
                    profiler.disable()
                fresh += applied
                fresh_reads += with_reads
                if round_ == rounds:
                    warm, _ = _timed_apply(store, plans[round_ + 1], reads=False)
        changed_bytes = (_file_bytes(path) - first_bytes) / (articles * (rounds + 1))
    print(f"CHANGED fresh              apply {_ms(fresh)}")
    print(f"CHANGED fresh, with reads  total {_ms(fresh_reads)}  (latest_article, known_hashes)")
    print(f"CHANGED warm               apply {_ms(warm)}")
    print(f"database after the first pass: {first_bytes / articles:7.0f} bytes per article")
    print(f"database growth per changed revision: {changed_bytes:7.0f} bytes")
    if profiler and profile:
        profiler.dump_stats(str(profile))
        print(f"profile of the CHANGED fresh rounds: {profile}")


def run(paragraphs: int, edit: Callable[[Article, random.Random, datetime], Article]) -> None:
    rng = random.Random(2020)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        store = Store.open(path)
        article = make_article(rng, paragraphs=paragraphs)
        applied = []
        changed_ms: list[float] = []
        unchanged_ms: list[float] = []
        size_after_first = 0
        for number in range(1, REVISIONS + 1):
            at = T0 + timedelta(minutes=30 * number)
            previous = article
            if number > 1:
                article = edit(article, rng, at)
            plan = revision_plan(number, article, at, changes=changes_between(previous, article))
            started = time.perf_counter()
            store.apply(plan)
            changed_ms.append((time.perf_counter() - started) * 1000)
            quiet = quiet_plan(PollOutcome.UNCHANGED, at + timedelta(minutes=5))
            started = time.perf_counter()
            store.apply(quiet)
            unchanged_ms.append((time.perf_counter() - started) * 1000)
            applied.append(article)
            if number == 1:
                size_after_first = _file_bytes(path)

        started = time.perf_counter()
        for number in range(1, REVISIONS + 1):
            assert store.revision(URL, number).article == applied[number - 1]
        one_by_one_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        history = store.history(URL)
        history_ms = (time.perf_counter() - started) * 1000
        assert [r.article for r in history.revisions] == applied
        store.close()

        changed = REVISIONS - 1
        with sqlite3.connect(path) as conn:
            text, changes, raw = conn.execute(
                "SELECT (SELECT SUM(LENGTH(article_data)) FROM revisions WHERE number > 1),"
                " (SELECT TOTAL(LENGTH(text) + LENGTH(COALESCE(previous_text, ''))) FROM changes),"
                " (SELECT SUM(LENGTH(body)) FROM snapshots s"
                "  JOIN revisions v ON v.id = s.revision_id WHERE v.number > 1)"
            ).fetchone()
        growth = _file_bytes(path) - size_after_first
        pages = [len(render_page(a).encode()) for a in applied]
        urlwatch = sum(len(render_page(a).encode()) for a in applied[1:])

    print(
        f"page: {min(pages) / 1024:.0f}..{max(pages) / 1024:.0f} KB of HTML, {REVISIONS} revisions"
    )
    print(f"apply, changed poll:    {sorted(changed_ms)[len(changed_ms) // 2]:6.2f} ms (median)")
    print(
        f"apply, unchanged poll:  {sorted(unchanged_ms)[len(unchanged_ms) // 2]:6.2f} ms (median)"
    )
    print("bytes per changed revision:")
    print(f"  extracted text        {text / changed:7.0f}  (line deltas + a keyframe every 16)")
    print(f"  changes rows' text    {changes / changed:7.0f}")
    print(f"  raw HTML              {raw / changed:7.0f}  (zstd, previous page as dictionary)")
    print(f"  database file growth  {growth / changed:7.0f}  (pages, indexes, polls included)")
    print(f"  urlwatch cache.db     {urlwatch / changed:7.0f}  (whole page, uncompressed)")
    print(f"  ratio to urlwatch     {growth / urlwatch:7.3f}")
    print(f"rebuild revisions 1..{REVISIONS} one by one: {one_by_one_ms:6.1f} ms")
    print(f"rebuild the whole history at once:    {history_ms:6.1f} ms")


if __name__ == "__main__":
    main()
