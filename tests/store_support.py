"""Builders for store tests and the store benchmark: articles, pages and plans.

Everything is derived from a seeded ``random.Random`` and an explicit clock value, so a test (or
the crash-test subprocess, or the benchmark) can rebuild exactly the same sequence of plans.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from monitor import _jsonio
from monitor.model import (
    Article,
    BlockKind,
    BlockRef,
    Change,
    ChangeKind,
    FailureInfo,
    Plan,
    PollOutcome,
    Retraction,
    RetractionReason,
    Revision,
    Snapshot,
    StruckSpan,
    UpdateBlock,
    Validators,
)
from monitor.store import codec

URL = "https://news.example/2020/01/03/strike-details"
T0 = datetime(2020, 1, 3, 18, 5, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")

_VOCABULARY = (
    "the officials said strike commander Baghdad airport Pentagon statement reports Iraq Iran "
    "militia convoy drone embassy evacuation Americans citizens flee region forces base "
    "according to sources familiar with the matter killed wounded confirmed denied conflicting "
    "early later Friday night morning Secretary State Defense told reporters that there were "
    "several vehicles near cargo terminal of and in a an on at for with from by it was were had "
    "has been would could may not no new further details emerged about attack response"
)
_WORDS = _VOCABULARY.split()


def sentence(rng: random.Random, words: int = 18) -> str:
    body = " ".join(rng.choice(_WORDS) for _ in range(words))
    return body[0].upper() + body[1:] + "."


def paragraph(rng: random.Random, sentences: int = 4) -> str:
    return " ".join(sentence(rng, rng.randint(12, 24)) for _ in range(sentences))


def update_block(rng: random.Random, at: datetime, *, paragraphs: int = 1) -> UpdateBlock:
    local = at.astimezone(NEW_YORK)
    stamp = f"{local:%-I:%M%p} EST".lower().replace("est", "EST")
    return UpdateBlock(
        id=f"update-{local:%Y%m%dT%H%M}",
        kind=BlockKind.UPDATE,
        label=f"UPDATE: {stamp}—",
        paragraphs=tuple(paragraph(rng) for _ in range(paragraphs)),
        timestamp=local.replace(second=0, microsecond=0),
        timestamp_raw=stamp,
    )


def make_article(rng: random.Random, *, paragraphs: int = 24) -> Article:
    """About 12 KB of extracted text: what a 30 KB news page carries."""
    return Article(
        title="New Details About Strike On Top Iranian Commander Emerge",
        paragraphs=tuple(paragraph(rng) for _ in range(paragraphs)),
        published=datetime(2020, 1, 3, 12, 32, tzinfo=NEW_YORK),
        modified=T0,
        canonical_url=URL,
        language="en",
    )


def with_new_update(article: Article, rng: random.Random, at: datetime) -> Article:
    """The typical change: one new one-paragraph UPDATE block, headline marked (Updated)."""
    title = article.title if article.title.endswith("(Updated)") else article.title + " (Updated)"
    return replace(
        article,
        title=title,
        blocks=(*article.blocks, update_block(rng, at)),
        modified=at,
        is_live=True,
    )


def random_edit(article: Article, rng: random.Random, at: datetime) -> Article:
    """One random edit of the kinds real pages make, for the round-trip property test."""
    paragraphs = list(article.paragraphs)
    choice = rng.randrange(7)
    if choice == 0 and paragraphs:
        i = rng.randrange(len(paragraphs))
        words = paragraphs[i].split(" ")
        words[rng.randrange(len(words))] = rng.choice(_WORDS)
        paragraphs[i] = " ".join(words)
    elif choice == 1:
        paragraphs.insert(rng.randint(0, len(paragraphs)), paragraph(rng))
    elif choice == 2 and paragraphs:
        del paragraphs[rng.randrange(len(paragraphs))]
    elif choice == 3:
        return with_new_update(article, rng, at)
    elif choice == 4 and article.blocks:
        struck = StruckSpan(text=sentence(rng, 6), block_id=article.blocks[0].id, paragraph=0)
        return replace(article, struck=(*article.struck, struck), modified=at)
    elif choice == 5:
        return replace(article, title=sentence(rng, 8).replace('"', "“") + ' "quoted" \\ é')
    else:
        paragraphs.append("Line one\nline two\twith tab and \u2028separator and 🛰️")
    return replace(article, paragraphs=tuple(paragraphs), modified=at)


def render_page(article: Article) -> str:
    """A ~30 KB page around the article: the markup a news site wraps its text in."""
    nav = "".join(
        f'<li class="menu-item"><a href="/section/{i}" class="menu-link">Section {i}</a></li>\n'
        for i in range(40)
    )
    body = "".join(f"<p>{p}</p>\n" for p in article.paragraphs)
    blocks = "".join(
        f"<p><strong>{b.label}</strong></p>\n" + "".join(f"<p>{p}</p>\n" for p in b.paragraphs)
        for b in article.blocks
    )
    related = "".join(
        f'<li class="related"><a href="/story/{i}"><img src="/img/{i}.jpg" alt="">'
        f"<span>Related story number {i} about the region</span></a></li>\n"
        for i in range(24)
    )
    script = "".join(
        f"window.dataLayer.push({{'event':'slot{i}','size':[300,250],'targeting':{{'pos':{i}}}}});\n"
        for i in range(50)
    )
    modified = article.modified.isoformat() if article.modified else ""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{article.title} | '
        f'The War Zone</title><meta property="article:modified_time" content="{modified}">'
        f'<link rel="stylesheet" href="/static/site.css"></head><body><header class="site-header">'
        f"<nav><ul>{nav}</ul></nav></header><main><article class='article'>"
        f'<h1 class="article-title">{article.title}</h1><div class="article-body">{body}{blocks}'
        f'</div></article><aside class="sidebar"><ul>{related}</ul></aside></main>'
        f"<footer>© The War Zone</footer><script>{script}</script></body></html>"
    )


def snapshot_for(
    article: Article, at: datetime, *, etag: str | None = None, url: str = URL
) -> Snapshot:
    html = render_page(article)
    return Snapshot(
        url=url,
        final_url=url,
        fetched_at=at,
        status=200,
        body=html.encode("utf-8"),
        html=html,
        encoding="utf-8",
        content_type="text/html; charset=utf-8",
        validators=Validators(etag=etag, last_modified=None),
        elapsed_ms=12.5,
    )


def sample_changes(article: Article) -> tuple[Change, ...]:
    """Changes and a retraction shaped like the classifier's, to check every column round-trips."""
    if not article.blocks:
        return ()
    block = article.blocks[-1]
    ref = BlockRef(id=block.id, kind=block.kind, label=block.label, timestamp=block.timestamp)
    return (
        Change(kind=ChangeKind.UPDATE_ADDED, block=ref, text=block.text, paragraph=0),
        Change(
            kind=ChangeKind.PARAGRAPH_EDITED,
            text="Three people were killed.",
            previous_text="Two people were killed.",
            paragraph=3,
            previous_paragraph=3,
            silent=True,
            labels=("number",),
        ),
    )


def sample_retractions(article: Article) -> tuple[Retraction, ...]:
    if len(article.blocks) < 2:
        return ()
    first, last = article.blocks[0], article.blocks[-1]
    return (
        Retraction(
            reason=RetractionReason.CONTRADICTION,
            update=BlockRef(last.id, last.kind, last.label, last.timestamp),
            target=BlockRef(first.id, first.kind, first.label, first.timestamp),
            claim="Five people were killed.",
            evidence="There are conflicting reports about the number killed.",
            cue="conflicting reports",
            score=0.75,
            entities=("Baghdad",),
        ),
    )


def revision_plan(
    number: int,
    article: Article,
    at: datetime,
    *,
    url: str = URL,
    with_snapshot: bool = True,
    rich: bool = True,
    changes: tuple[Change, ...] | None = None,
) -> Plan:
    if changes is None:
        changes = sample_changes(article) if rich and number > 1 else ()
    revision = Revision(
        number=number,
        fetched_at=at,
        content_hash=_jsonio.stable_hash(article),
        article=article,
        changes=changes,
        retractions=sample_retractions(article) if rich and number > 1 else (),
    )
    etag = f'"v{number}"'
    return Plan(
        url=url,
        outcome=PollOutcome.FIRST if number == 1 else PollOutcome.CHANGED,
        polled_at=at,
        next_poll_at=at + timedelta(minutes=10),
        interval_s=600.0,
        revision=revision,
        snapshot=snapshot_for(article, at, etag=etag, url=url) if with_snapshot else None,
        validators=Validators(etag=etag),
        elapsed_ms=12.5,
    )


def quiet_plan(outcome: PollOutcome, at: datetime, *, url: str = URL, **extra: object) -> Plan:
    """A poll that writes no revision: UNCHANGED, NOT_MODIFIED, REVERTED or ERROR."""
    failure = None
    if outcome is PollOutcome.ERROR:
        failure = FailureInfo(kind="FetchTimeout", message="timed out", transient=True)
    return Plan(
        url=url,
        outcome=outcome,
        polled_at=at,
        next_poll_at=at + timedelta(minutes=5),
        interval_s=300.0,
        failure=failure,
        elapsed_ms=3.0,
        **extra,  # type: ignore[arg-type]
    )


# The crash test's writer: applies one new revision after another until it is killed, printing
# each committed number so the parent knows when it is mid-stream; "grouped", it commits every
# third revision (with a 304 of another article after each), as `monitor check` groups polls.
# Bounded, in case nobody kills it.
CRASH_WRITER = """
import random, sys
from datetime import timedelta
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from store_support import T0, URL, make_article, quiet_plan, revision_plan, with_new_update
from monitor.model import PollOutcome
from monitor.store import Store

store = Store.open(Path(sys.argv[1]))
grouped = sys.argv[3] == "grouped"  # as `monitor check` writes: many polls to a commit
if grouped:
    store.grouping_polls(limit=1000).__enter__()
rng = random.Random(7)
latest = store.latest_revision(URL)
article = latest.article if latest else make_article(rng, paragraphs=8)
number = latest.number if latest else 0
for _ in range(5000):
    number += 1
    at = T0 + timedelta(minutes=number)
    if number > 1:
        article = with_new_update(article, rng, at)
    store.apply(revision_plan(number, article, at))
    if grouped:
        store.apply(quiet_plan(PollOutcome.NOT_MODIFIED, at, url="https://other.example/x"))
        if number % 3:
            continue  # written, not committed: the kill may come now
        store.commit_grouped_polls()
    print(number, flush=True)
"""


def write_m003_history(db_path: Path, articles: list[Article], *, url: str = URL) -> None:
    """Store ``articles`` as revisions 1..n the way monitor wrote them up to m003.

    Whole Article JSON on ``articles.latest_article``, raw keyframes every 32nd revision packed
    alone, text deltas against the previous revision: what an existing database holds.
    """
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "INSERT INTO articles (url, title, latest_number, latest_hash, latest_article)"
            " VALUES (?, ?, ?, ?, ?)",
            (url, articles[-1].title, len(articles), _jsonio.stable_hash(articles[-1]),
             _jsonio.dumps(articles[-1], indent=0)),
        )  # fmt: skip
        article_id = conn.execute("SELECT id FROM articles WHERE url = ?", (url,)).fetchone()[0]
        previous_text: str | None = None
        previous_page: bytes | None = None
        for number, article in enumerate(articles, start=1):
            text = _jsonio.dumps(article, indent=0)
            keyframe = (number - 1) % 16 == 0
            storage, payload = codec.encode_text(text, None if keyframe else previous_text)
            at = T0 + timedelta(minutes=30 * number)
            revision_id = conn.execute(
                "INSERT INTO revisions (article_id, number, fetched_at, content_hash, title,"
                " storage, article_data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article_id, number, at.isoformat(), _jsonio.stable_hash(article),
                 article.title, storage, payload),
            ).lastrowid  # fmt: skip
            page = render_page(article).encode()
            if (number - 1) % 32 == 0 or previous_page is None:
                compression, body = codec.RAW_ZSTD, codec.encode_alone(page)
            else:
                compression, body = codec.encode_raw(page, previous_page)
            conn.execute(
                "INSERT INTO snapshots (revision_id, final_url, status, body_size, compression,"
                " body) VALUES (?, ?, 200, ?, ?, ?)",
                (revision_id, url, len(page), compression, body),
            )
            previous_text, previous_page = text, page
    conn.close()
