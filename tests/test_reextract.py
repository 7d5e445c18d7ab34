"""`monitor reextract`: histories derived again from their raw pages, as a user runs it.

Pages are served over real HTTP on 127.0.0.1 and polled by `monitor check` subprocesses into real
database files. A history is "recorded with an older extraction" by polling without a site rule
and re-extracting with one (the rule drops a paragraph that changes at every fetch): the test
sets up the difference itself, so it holds whatever the generic extractor does with the rest.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import random
import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from served_support import PageServer, serving
from sqlite_utils import Database
from store_support import (
    T0,
    URL,
    make_article,
    random_edit,
    render_page,
    revision_plan,
    write_m003_history,
)
from test_cli import monitor

from monitor import pipeline, reextract
from monitor._jsonio import stable_hash
from monitor.config import SiteRules, load_config
from monitor.errors import ExtractError
from monitor.model import Article, Snapshot
from monitor.seedserver import SeedServer, load_seed
from monitor.store import Store, schema
from monitor.store.lock import DaemonLock
from monitor.store.version import KNOWN_MIGRATIONS

_BODY_A = (
    "Firefighters worked through the night to contain a blaze at a warehouse on the river.",
    "The fire started shortly after nine in the evening, according to the city's fire service.",
    "Residents of three nearby streets were asked to keep their windows closed until morning.",
)
_BODY_B = (
    "The city council voted on Tuesday to extend the northern tram line by four stations.",
    "Construction is expected to begin next spring and to take about three years to finish.",
    "Opponents of the plan said the money would be better spent on the existing bus network.",
)
_ADDED_A = "Investigators said on Wednesday that the cause of the fire was still unknown."
_EDITED_B = "Construction is now expected to begin next autumn and to take four years to finish."


def _page(title: str, paragraphs: tuple[str, ...], tally: int) -> bytes:
    """An article page with a paragraph (``p.tally``) whose figure moves at every fetch: a
    line about the story (it names it), so that nothing but the site's rule makes it furniture."""
    body = "\n".join(f"      <p>{text}</p>" for text in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <main>
    <article>
      <h1>{title}</h1>
{body}
      <p class="tally">{title}: the service said {tally} crews and {tally * 3} had helped.</p>
    </article>
  </main>
  <footer><p>Copyright The Daily Example</p></footer>
</body></html>
""".encode()


# Four fetches of each story. Under the rule (the tally dropped) A changes at fetch 3 only and
# B at fetch 3 only; without it, every fetch of A differs (the tally's first change is news, its
# next ones a meter ticking) and B's last fetch repeats its third.
VERSIONS: dict[str, list[bytes]] = {
    "/a": [
        _page("Warehouse fire on the river", _BODY_A, 12),
        _page("Warehouse fire on the river", _BODY_A, 14),
        _page("Warehouse fire on the river", (*_BODY_A, _ADDED_A), 15),
        _page("Warehouse fire on the river", (*_BODY_A, _ADDED_A), 17),
    ],
    "/b": [
        _page("Tram line to be extended", _BODY_B, 3),
        _page("Tram line to be extended", _BODY_B, 4),
        _page("Tram line to be extended", (_BODY_B[0], _EDITED_B, _BODY_B[2]), 5),
        _page("Tram line to be extended", (_BODY_B[0], _EDITED_B, _BODY_B[2]), 5),
    ],
}


class _Pages(PageServer):
    version = 0

    def render(self, path: str) -> bytes | None:
        versions = VERSIONS.get(path)
        return versions[self.version] if versions is not None else None


@pytest.fixture
def pages() -> Iterator[_Pages]:
    with serving(_Pages()) as server:
        yield server


def _config(path: Path, server: _Pages, database: Path, *, rule: bool) -> Path:
    origin = server.url("")
    sites = '\nsites:\n  127.0.0.1:\n    remove: ["p.tally"]\n' if rule else ""
    path.write_text(
        f"database: {database}\narticles:\n  - {origin}/a\n  - {origin}/b\n{sites}",
        encoding="utf-8",
    )
    return path


def _poll_every_version(server: _Pages, config: Path) -> None:
    for version in range(len(VERSIONS["/a"])):
        server.version = version
        monitor("check", "--config", str(config))


def _rows(db: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _raw(db: Path) -> list[list[tuple[Any, ...]]]:
    """The raw pages (every column but the revision each makes), dictionaries and poll log."""
    return [
        _rows(
            db,
            "SELECT id, article_id, page, fetched_at, final_url, status, encoding, content_type,"
            " etag, last_modified, body_size, compression, body, dictionary_id FROM snapshots"
            " ORDER BY id",
        ),
        _rows(db, "SELECT * FROM raw_dictionaries ORDER BY id"),
        _rows(db, "SELECT * FROM polls ORDER BY id"),
    ]


def _derived(db: Path, article_id: int) -> list[list[tuple[Any, ...]]]:
    """Everything stored about one article that is derived from its pages."""
    of_article = "SELECT id FROM revisions WHERE article_id = ?"
    return [
        _rows(db, "SELECT * FROM articles WHERE id = ?", article_id),
        _rows(db, "SELECT * FROM revisions WHERE article_id = ? ORDER BY id", article_id),
        _rows(db, f"SELECT * FROM changes WHERE revision_id IN ({of_article})", article_id),
        _rows(db, f"SELECT * FROM retractions WHERE revision_id IN ({of_article})", article_id),
        _rows(db, "SELECT * FROM latest_blocks WHERE article_id = ?", article_id),
        _rows(db, "SELECT * FROM snapshots WHERE article_id = ? ORDER BY id", article_id),
    ]


def _digest(db: Path) -> Any:
    """The JSON digest of the whole history, without the times a fresh run cannot share."""
    document = json.loads(monitor("digest", "--db", str(db), "--all", "--format", "json").stdout)
    return _without_times(document)


def _without_times(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _without_times(v)
            for k, v in value.items()
            if k not in ("fetched_at", "generated_at", "since")
        }
    if isinstance(value, list):
        return [_without_times(v) for v in value]
    return value


def _revision_counts(db: Path) -> list[int]:
    return [n for (n,) in _rows(db, "SELECT latest_number FROM articles ORDER BY id")]


@pytest.fixture
def recorded(tmp_path: Path, pages: _Pages) -> tuple[Path, Path]:
    """A database polled without the rule, and a config with the rule naming it."""
    db = tmp_path / "old.db"
    _poll_every_version(pages, _config(tmp_path / "plain.yaml", pages, db, rule=False))
    return db, _config(tmp_path / "ruled.yaml", pages, db, rule=True)


def test_reextract_keeps_raw_pages_and_equals_a_fresh_run(
    tmp_path: Path, pages: _Pages, recorded: tuple[Path, Path]
) -> None:
    db, ruled = recorded
    before = _revision_counts(db)
    raw_before = _raw(db)

    result = monitor("reextract", "--config", str(ruled))

    fresh = tmp_path / "fresh.db"
    _poll_every_version(pages, _config(tmp_path / "fresh.yaml", pages, fresh, rule=True))
    after = _revision_counts(db)
    assert after == _revision_counts(fresh)
    assert after[0] < before[0], "the tally's edits were revisions without the rule"
    # (a) nothing raw is lost: every page and poll as it was, byte for byte
    assert _raw(db) == raw_before
    # (b) the history is the one polling the same pages with today's code records
    assert _digest(db) == _digest(fresh)
    # (c) the report says what changed, in words
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"a1: {before[0]} revisions → {after[0]}; ")
    # (the tally's first change, and any at the rule's fetch; its later ticks are a meter's)
    assert re.search(r"\b\d+ edits? gone\b", lines[0]) is not None
    assert lines[-1] == "Re-extracted 2 articles: 2 changed, 0 unchanged."
    # the raw pages still read, and a second run finds nothing more to do
    shown = monitor("show", "a1", "--db", str(db)).stdout
    assert _ADDED_A in shown and "crews" not in shown
    again = monitor("reextract", "--config", str(ruled)).stdout
    assert again.splitlines()[0] == f"a1: unchanged ({after[0]} revisions)"


def test_dry_run_reports_and_writes_nothing(recorded: tuple[Path, Path]) -> None:
    db, ruled = recorded
    everything = [_derived(db, 1), _derived(db, 2), _raw(db)]

    result = monitor("reextract", "--config", str(ruled), "--article", "a2", "--dry-run")

    lines = result.stdout.splitlines()
    assert lines[0].startswith("a2: 3 revisions → 2")
    assert lines[-1].endswith("Dry run: nothing was written.")
    assert [_derived(db, 1), _derived(db, 2), _raw(db)] == everything


def test_one_article_failing_leaves_it_untouched_and_others_go_on(
    recorded: tuple[Path, Path],
) -> None:
    db, ruled = recorded
    conn = sqlite3.connect(db)
    with conn:  # a1's second page can no longer be read
        conn.execute(
            "UPDATE snapshots SET compression = 'unknown' WHERE article_id = 1 AND page = 2"
        )
    conn.close()
    a1_before, a2_before = _derived(db, 1), _derived(db, 2)

    result = monitor("reextract", "--config", str(ruled), check=False)

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("a1: left as it was: ") and "Traceback" not in result.stderr
    assert lines[1].startswith("a2: 3 revisions → 2")
    assert lines[-1] == "Re-extracted 2 articles: 1 changed, 0 unchanged, 1 left as they were."
    assert _derived(db, 1) == a1_before
    assert _derived(db, 2) != a2_before


def test_a_running_daemon_is_left_alone(recorded: tuple[Path, Path]) -> None:
    db, ruled = recorded
    copy = db.with_name("copy.db")
    shutil.copy(db, copy)
    lock = DaemonLock.acquire(db)
    try:
        result = monitor("reextract", "--config", str(ruled), check=False)
        dry = monitor("reextract", "--config", str(ruled), "--dry-run")
    finally:
        lock.release()
    assert result.returncode == 1
    assert "stop it first" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _derived(db, 1) == _derived(copy, 1)
    assert dry.stdout.splitlines()[0].startswith("a1: 3 revisions → 2")  # reads beside it


def test_updates_an_older_extractor_missed_are_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A history written in-process by an "older extractor" that saw no update blocks."""
    current = pipeline.extract_snapshot

    def older(snapshot: Snapshot, rules: SiteRules | None) -> tuple[Article, str]:
        article, _ = current(snapshot, rules)
        blind = dataclasses.replace(article, blocks=(), struck=())
        return blind, stable_hash(blind)

    db = tmp_path / "seed.db"
    with SeedServer(load_seed()) as server:
        config = tmp_path / "config.yaml"
        config.write_text(f"database: {db}\narticles:\n  - {server.url}\n", encoding="utf-8")
        with monkeypatch.context() as patch:
            patch.setattr(pipeline, "extract_snapshot", older)
            for version in range(len(server.seed.versions)):
                server.set_version(version)
                asyncio.run(pipeline.run_check(load_config(config)))
    assert _digest(db)["articles"][0]["updates"] == []
    raw_before = _raw(db)

    result = monitor("reextract", "--db", str(db))

    assert "1 update found" in result.stdout.splitlines()[0]
    assert _raw(db) == raw_before
    (article,) = _digest(db)["articles"]
    assert [u["timestamp"] for u in article["updates"]] == ["2020-01-03T15:30:00-05:00"]


def test_an_article_whose_pages_retention_dropped_is_left_as_it_was(
    recorded: tuple[Path, Path],
) -> None:
    db, ruled = recorded
    with Store.open(db) as store:
        store.apply_retention(1)
    a1_before = _derived(db, 1)

    result = monitor("reextract", "--config", str(ruled), "--article", "a1", check=False)

    assert result.returncode == 1
    line = result.stdout.splitlines()[0]
    assert line.startswith("a1: left as it was: 2 raw pages of its history no longer kept")
    assert _derived(db, 1) == a1_before


def test_raw_pages_read_back_and_polls_go_on_after_revisions_are_merged(db_path: Path) -> None:
    """The store's side, in-process: pages of an older layout (m003) and of today's decode one
    chain step at a time; after a history keeps only some pages as revisions, the next poll's
    page chains to the newest page, and every page and revision still reads back exactly."""
    conn = sqlite3.connect(db_path)
    schema.migrations.apply(Database(conn), stop_before=KNOWN_MIGRATIONS[3])
    conn.close()
    rng = random.Random(5)
    applied = [make_article(rng, paragraphs=6)]
    for number in range(2, 36):  # past the old layout's keyframe at 33
        applied.append(random_edit(applied[-1], rng, T0 + timedelta(minutes=30 * number)))
    write_m003_history(db_path, applied)
    with Store.open(db_path) as store:
        at = T0 + timedelta(days=2)
        for number in range(36, 40):  # and today's layout after it
            applied.append(random_edit(applied[-1], rng, at))
            store.apply(revision_plan(number, applied[-1], at + timedelta(minutes=number)))
        pages = [render_page(article).encode() for article in applied]
        stored = store.stored_history(URL)
        assert [body for _, body in store.raw_pages(stored)] == pages

        # Every third page stays a revision, as if the others now extracted as their previous.
        kept = stored.revisions[::3]
        renumbered = [dataclasses.replace(r, number=i, changes=(), retractions=()) for i, r in
                      enumerate(kept, start=1)]  # fmt: skip
        store.replace_history(stored, renumbered, [r.number for r in kept], [() for _ in kept])
        assert store.revision_count(URL) == len(kept)
        following = random_edit(applied[-1], rng, at + timedelta(days=1))
        store.apply(revision_plan(len(kept) + 1, following, at + timedelta(days=1)))

        after = store.stored_history(URL)
        assert [body for _, body in store.raw_pages(after)] == [
            *pages,
            render_page(following).encode(),
        ]
        for number, revision in enumerate(renumbered, start=1):
            assert store.revision(URL, number) == revision
            assert store.raw_body(URL, number) == pages[kept[number - 1].number - 1]
        assert store.latest_article(URL) == following
        assert store.raw_body(URL, len(kept) + 1) == render_page(following).encode()


def test_an_article_whose_pages_no_longer_extract_is_named_and_kept(
    recorded: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, ruled = recorded
    current = pipeline.extract_snapshot

    def failing_on_a(snapshot: Snapshot, rules: SiteRules | None) -> tuple[Article, str]:
        if snapshot.url.endswith("/a"):
            raise ExtractError("no article text was found on the page", subject=snapshot.url)
        return current(snapshot, rules)

    monkeypatch.setattr(reextract, "extract_snapshot", failing_on_a)
    a1_before = _derived(db, 1)
    with Store.open(db) as store:
        outcomes = reextract.reextract(store, load_config(ruled))
    report = reextract.summarize(outcomes, dry_run=False).splitlines()

    assert report[0] == (
        "a1: left as it was: its pages no longer extract (no article text was found on the page)"
    )
    assert report[1].startswith("a2: 3 revisions → 2")
    assert _derived(db, 1) == a1_before
