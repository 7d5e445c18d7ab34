"""Site templates: a short line other articles of the same site show too is furniture, not news.

Three stories of one site (127.0.0.1) carry a promo line in their body whose wording the site
changes between fetches, as a CMS's A/B test does. The line is not a teaser, a link, a widget or
a rotation in place (an edit that keeps most of its words), so only what the store learnt about
the site can tell it from news. Pages are served over real HTTP and polled in-process into real
database files, one poll at a time on a frozen clock; `monitor reextract` runs as a subprocess.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from served_support import PageServer, serving
from test_cli import monitor

from monitor import pipeline
from monitor._jsonio import stable_hash
from monitor.config import ArticleConfig, Config, FetchSettings
from monitor.fetch import HostLimiter, build_client
from monitor.model import Article, Change, ChangeKind, Plan, PollOutcome, Revision, Snapshot
from monitor.pipeline import PollContext, poll_article
from monitor.store import PollState, Store

# Wordings no word list knows: what is tested here is what the store learns of the site.
PROMOS = (
    "Everything we publish stays free thanks to people like you — thank you today",
    "Everything we publish stays free thanks to people like you — thank you this week",
    "Everything we publish stays free thanks to generous people like you — thank you today",
)
STORIES = {
    "/a": (
        "Firefighters worked through the night to contain a blaze at a warehouse on the river.",
        "The fire started shortly after nine in the evening, according to the fire service.",
        "Residents of three nearby streets were asked to keep their windows closed until morning.",
    ),
    "/b": (
        "The city council voted on Tuesday to extend the northern tram line by four stations.",
        "Construction is expected to begin next spring and to take about three years to finish.",
        "Opponents of the plan said the money would be better spent on the existing bus network.",
    ),
    "/c": (
        "A storm brought down trees and power lines across the north of the county overnight.",
        "Around four thousand homes were still without electricity on Wednesday morning.",
        "The utility said crews from neighbouring regions had been called in to help.",
    ),
}
GENUINE = "Investigators said on Wednesday that the cause of the fire was still unknown."
SHARED_SHORT = "Police said two more people had been detained overnight."
SHARED_LONG = (
    "The regional government said on Wednesday that it would set up an emergency fund for the "
    "families affected by the week's fire, storm and transport disruption, with payments of up "
    "to two thousand euros per household, and that applications could be made online or at any "
    "town hall from Monday onwards, with the first payments expected before the end of the month."
)
assert len(SHARED_LONG) > 320  # longer than any template line

# Per round: the promo's wording (None: no promo) and what each story adds to its body.
ROUNDS: list[tuple[dict[str, int | None], dict[str, tuple[str, ...]]]] = [
    ({"/a": 0, "/b": 0, "/c": 0}, {}),
    ({"/a": 1, "/b": 1, "/c": 1}, {}),
    ({"/a": 2, "/b": 2, "/c": 2}, {"/a": (GENUINE,)}),
    (
        {"/a": 0, "/b": 0, "/c": 0},
        {"/a": (GENUINE, SHARED_SHORT, SHARED_LONG), "/b": (SHARED_SHORT, SHARED_LONG)},
    ),
    (
        {"/a": 1, "/b": 1, "/c": 1},
        {
            "/a": (GENUINE, SHARED_SHORT, SHARED_LONG),
            "/b": (SHARED_SHORT, SHARED_LONG),
            "/c": (SHARED_SHORT, SHARED_LONG),
        },
    ),
    (
        {"/a": None, "/b": 2, "/c": 2},
        {
            "/a": (GENUINE, SHARED_SHORT, SHARED_LONG),
            "/b": (SHARED_SHORT, SHARED_LONG),
            "/c": (SHARED_SHORT, SHARED_LONG),
        },
    ),
]
T0 = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def _page(path: str, round_: int) -> bytes:
    promos, added = ROUNDS[round_]
    promo = promos[path]
    story = STORIES[path]
    lines = [story[0], story[1]]
    if promo is not None:
        lines.append(PROMOS[promo])
    lines += [story[2], *added.get(path, ())]
    body = "\n".join(f"      <p>{line}</p>" for line in lines)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Story {path}</title></head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <main>
    <article>
      <h1>Story {path}</h1>
{body}
    </article>
  </main>
  <footer><p>Copyright The Daily Example</p></footer>
</body></html>
""".encode()


class _Site(PageServer):
    round = 0

    def render(self, path: str) -> bytes | None:
        return _page(path, self.round) if path in STORIES else None


@pytest.fixture
def site() -> Iterator[_Site]:
    with serving(_Site()) as server:
        yield server


def _urls(server: _Site, paths: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(server.url(path) for path in paths)


def _config(database: Path, urls: tuple[str, ...]) -> Config:
    settings = FetchSettings(per_host_delay_s=0.0, retries=0)
    articles = tuple(ArticleConfig(url=url) for url in urls)
    return Config(path=None, database=database, articles=articles, fetch=settings)


async def _poll_rounds(
    server: _Site, database: Path, paths: tuple[str, ...] = ("/a", "/b", "/c")
) -> list[dict[str, Plan]]:
    """Every round, each story polled once in turn, a minute apart; the plans by path."""
    config = _config(database, _urls(server, paths))
    polls = iter(range(1000))
    rounds: list[dict[str, Plan]] = []
    with Store.open(database) as store:
        async with build_client(config.fetch) as client:
            ctx = PollContext(
                config, store, client, HostLimiter(per_host=1, min_delay_s=0, global_limit=1),
                clock=lambda: T0 + timedelta(minutes=next(polls)), rng=lambda: 0.5,
            )  # fmt: skip
            for number in range(len(ROUNDS)):
                server.round = number
                plans = [await poll_article(ctx, article) for article in config.articles]
                rounds.append(dict(zip(paths, plans, strict=True)))
    return rounds


def _reported(plan: Plan) -> list[tuple[ChangeKind, str | None]]:
    changes: tuple[Change, ...] = plan.revision.changes if plan.revision else ()
    return [(c.kind, c.text or c.previous_text) for c in changes]


def _rows(database: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(database)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.anyio
async def test_a_promo_the_site_shows_on_its_other_stories_is_not_news(
    site: _Site, tmp_path: Path
) -> None:
    rounds = await _poll_rounds(site, tmp_path / "m.db")

    assert [plan.outcome for plan in rounds[0].values()] == [PollOutcome.FIRST] * 3
    # the promo's next wording, on every story at once: nothing to report
    assert [plan.outcome for plan in rounds[1].values()] == [PollOutcome.UNCHANGED] * 3
    # a genuine paragraph beside the promo's third wording is reported, alone
    assert _reported(rounds[2]["/a"]) == [(ChangeKind.PARAGRAPH_ADDED, GENUINE)]
    assert rounds[2]["/b"].outcome is rounds[2]["/c"].outcome is PollOutcome.UNCHANGED
    # two stories take up the same news, short and long: each is news on each
    for path in ("/a", "/b"):
        assert _reported(rounds[3][path]) == [
            (ChangeKind.PARAGRAPH_ADDED, SHARED_SHORT),
            (ChangeKind.PARAGRAPH_ADDED, SHARED_LONG),
        ]
    # a third story quoting both is still news: a sentence on two others, and a long paragraph
    assert _reported(rounds[4]["/c"]) == [
        (ChangeKind.PARAGRAPH_ADDED, SHARED_SHORT),
        (ChangeKind.PARAGRAPH_ADDED, SHARED_LONG),
    ]
    assert rounds[4]["/a"].outcome is rounds[4]["/b"].outcome is PollOutcome.UNCHANGED
    # the promo taken off a story is no change, and so no walk-back either
    assert rounds[5]["/a"].outcome is PollOutcome.UNCHANGED
    assert not any(
        plan.revision and plan.revision.retractions for r in rounds for plan in r.values()
    )


@pytest.mark.anyio
async def test_the_same_promo_on_a_story_alone_on_its_site_is_reported(
    site: _Site, tmp_path: Path
) -> None:
    # Nothing else catches the line: without other stories of the site to learn from, its
    # rewording is an edit like any other.
    rounds = await _poll_rounds(site, tmp_path / "alone.db", paths=("/a",))

    assert _reported(rounds[1]["/a"]) == [(ChangeKind.PARAGRAPH_EDITED, PROMOS[1])]


_TABLE = "SELECT fingerprint, article_id, first_at FROM site_paragraphs ORDER BY 1, 2"


@pytest.mark.anyio
async def test_reextract_leaves_the_table_a_fresh_run_makes(
    site: _Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old.db"
    # Recorded by a monitor that knew no site templates, nor the lines an article lost: it kept
    # a page for every wording of the promo, so today's code can be run over all of them.
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "site_counts", lambda *args: {})
        patch.setattr(pipeline, "gone_before", lambda *args: frozenset())
        await _poll_rounds(site, old)
    fresh = tmp_path / "fresh.db"
    await _poll_rounds(site, fresh)
    assert _rows(old, _TABLE) != _rows(fresh, _TABLE)  # the promo's wordings were revisions
    config = tmp_path / "config.yaml"
    urls = _urls(site, ("/a", "/b", "/c"))
    config.write_text(
        f"database: {old}\narticles:\n" + "".join(f"  - {url}\n" for url in urls),
        encoding="utf-8",
    )

    report = monitor("reextract", "--config", str(config)).stdout

    assert report.splitlines()[-1] == "Re-extracted 3 articles: 3 changed, 0 unchanged."
    assert _rows(old, _TABLE) == _rows(fresh, _TABLE)
    counts = "SELECT latest_number FROM articles ORDER BY id"
    assert _rows(old, counts) == _rows(fresh, counts)
    changes = "SELECT kind, text, previous_text FROM changes ORDER BY revision_id, position"
    assert _rows(old, changes) == _rows(fresh, changes)
    # forgetting an article takes its rows with it
    with Store.open(old) as store:
        store.remove_article(urls[0])
    assert {row[1] for row in _rows(old, _TABLE)} == {2, 3}


@pytest.mark.anyio
async def test_a_database_from_before_the_table_gets_it_from_its_histories(
    site: _Site, tmp_path: Path
) -> None:
    database = tmp_path / "m.db"
    await _poll_rounds(site, database)
    made = _rows(database, _TABLE)
    conn = sqlite3.connect(database)
    with conn:  # the file as the monitor before m008 left it
        conn.execute("DROP TABLE site_paragraphs")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_site_paragraphs'")
    conn.close()

    Store.open(database).close()

    assert made and _rows(database, _TABLE) == made


# decide alone, with what the store would say about the differing paragraphs.

_STORY = STORIES["/a"]


def _decided(before: tuple[str, ...], after: tuple[str, ...], counts: dict[str, int]) -> Plan:
    old, new = Article("Fire", before), Article("Fire", after)
    previous = Revision(1, T0, stable_hash(old), old)
    state = PollState(None, None, None, None, 0, latest_number=1, latest_hash=previous.content_hash)
    snapshot = Snapshot("https://s.example/a", "https://s.example/a", T0, 200, b"", "", "utf-8")
    inputs = pipeline.PollInputs(state, old, {previous.content_hash: 1}, counts)
    config = ArticleConfig(url="https://s.example/a")
    return pipeline.decide(inputs, config, snapshot, new, now=T0, jitter=0.5)


def test_a_shared_sentence_edited_is_news_even_where_every_story_shows_it() -> None:
    # "The death toll stands at 12." on four stories of the site: its new figure is news.
    toll, new_toll = "The death toll stands at 12.", "The death toll stands at 15."
    plan = _decided((*_STORY, toll), (*_STORY, new_toll), {toll: 3})
    assert _reported(plan) == [(ChangeKind.PARAGRAPH_EDITED, new_toll)]


def test_a_sentence_is_a_template_only_on_three_other_stories() -> None:
    credit = "Additional reporting by our correspondents."
    assert _decided(_STORY, (*_STORY, credit), {credit: 3}).outcome is PollOutcome.UNCHANGED
    quoted = _decided(_STORY, (*_STORY, credit), {credit: 2})
    assert _reported(quoted) == [(ChangeKind.PARAGRAPH_ADDED, credit)]


def test_a_line_on_two_other_stories_coming_and_going_is_no_change() -> None:
    # A site line that shares a word with the story ("river"), so it is not off-topic: only the
    # store's count of the other stories showing it can tell it from news.
    ask = "More stories from the river district on our Riverside page, every evening"
    assert _decided((*_STORY, ask), _STORY, {ask: 2}).outcome is PollOutcome.UNCHANGED
    assert _decided(_STORY, (*_STORY, ask), {ask: 1}).outcome is PollOutcome.CHANGED


def test_monitor_check_learns_the_site_from_its_first_pass(site: _Site, tmp_path: Path) -> None:
    # `monitor check` writes its polls in groups; the rows of a group are written with it.
    config = tmp_path / "config.yaml"
    urls = _urls(site, ("/a", "/b", "/c"))
    config.write_text(
        f"database: {tmp_path / 'm.db'}\nfetch:\n  per_host_delay: 0s\narticles:\n"
        + "".join(f"  - {url}\n" for url in urls),
        encoding="utf-8",
    )
    assert monitor("check", "--config", str(config)).stdout.startswith(
        "Polled 3 article(s): 3 first."
    )
    site.round = 1

    second = monitor("check", "--config", str(config)).stdout

    assert second.startswith("Polled 3 article(s): 3 unchanged.")
