"""How fast and how small the store is, for a 30 KB page with a one-paragraph update per revision.

Prints figures; asserts nothing about time. Run: ``.venv/bin/python bench/bench_store.py``.

* ms per apply for a changed poll (new revision + raw page) and an unchanged poll;
* bytes per changed revision: extracted text (deltas and keyframes), changes rows, raw HTML, and
  the file's growth, set against urlwatch, which keeps each changed page whole and uncompressed;
* time to rebuild every revision one by one (``revision(url, n)``) and all at once (``history``).
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

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

from monitor.model import Article, Change, ChangeKind, PollOutcome
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


def main() -> None:
    for name, (paragraphs, edit) in SCENARIOS.items():
        print(f"== {name}")
        run(paragraphs, edit)


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
