"""The seed snapshots are immutable, reproducible and say what seedspec.md promises."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE_DIR = SEEDS / "soleimani-strike"
# shared/ sits beside the project checkout (on developers' machines and in CI).
SHARED_SOURCE = SEEDS.parent.parent / "shared" / "seed" / "soleimani-strike-updated.txt"

# Pinned on purpose: editing a snapshot, the manifest or the source must be a deliberate act that
# also updates these lines (and then every golden file derived from the seeds).
MANIFEST_SHA256 = "4c5c98d9ee55da202e30c3f969ed9e73e3c48cff6fcea36e46b1c40e9574a191"
SOURCE_SHA256 = "ee6f2f1a922fdbe0e993cd28ee40127eb0cdd25caa420f37fd5178c27ba85738"

TITLE = (
    "New Details About Strike On Top Iranian Commander Emerge As Americans Are Told To Flee Iraq"
)
MARKERS = (
    "UPDATE: 3:30pm EST—",
    "UPDATE: 6:15pm EST—",
    "UPDATE: 6:35pm EST—",
    "UPDATE: 7:10pm EST—",
)
FETCHED_AT = ("13:05", "15:41", "18:22", "18:41", "19:16")
UPDATE_RE = re.compile(r"^UPDATE: \d{1,2}:\d{2}[ap]m EST—$")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ARTICLE_DIR / "manifest.json").read_text(encoding="utf-8"))
    return data


def page(index: int) -> HTMLParser:
    entry = manifest()["versions"][index]
    return HTMLParser((ARTICLE_DIR / entry["file"]).read_bytes().decode("utf-8"))


def body_paragraphs(tree: HTMLParser) -> list[str]:
    body = tree.css_first("article .article-body")
    assert body is not None
    return [p.text(deep=True) for p in body.css("p")]


def split_updates(paragraphs: list[str]) -> tuple[list[str], list[list[str]]]:
    """(story paragraphs, [[marker, paragraph, ...], ...])"""
    story: list[str] = []
    blocks: list[list[str]] = []
    for text in paragraphs:
        if UPDATE_RE.match(text):
            blocks.append([text])
        elif blocks:
            blocks[-1].append(text)
        else:
            story.append(text)
    return story, blocks


def json_ld(tree: HTMLParser) -> dict[str, Any]:
    node = tree.css_first('script[type="application/ld+json"]')
    assert node is not None
    data: dict[str, Any] = json.loads(node.text())
    return data


def meta(tree: HTMLParser, prop: str) -> str:
    node: Node | None = tree.css_first(f'meta[property="{prop}"]')
    assert node is not None
    return str(node.attributes["content"])


# -- integrity --------------------------------------------------------------------------------


def test_manifest_is_pinned() -> None:
    assert sha256(ARTICLE_DIR / "manifest.json") == MANIFEST_SHA256


def test_source_is_pinned_and_matches_the_shared_copy() -> None:
    assert sha256(ARTICLE_DIR / "source.txt") == SOURCE_SHA256
    if SHARED_SOURCE.exists():  # the repo's copy must stay the founding text, byte for byte
        assert (ARTICLE_DIR / "source.txt").read_bytes() == SHARED_SOURCE.read_bytes()


def test_every_snapshot_matches_its_manifest_hash_and_etag() -> None:
    versions = manifest()["versions"]
    assert [v["file"] for v in versions] == sorted(p.name for p in ARTICLE_DIR.glob("*.html"))
    for number, entry in enumerate(versions, start=1):
        digest = sha256(ARTICLE_DIR / entry["file"])
        assert entry["sha256"] == digest
        assert entry["etag"] == f'"soleimani-v{number}-{digest[:12]}"'


def test_regenerating_reproduces_every_file_byte_for_byte(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(SEEDS / "generate.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    produced = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in ARTICLE_DIR.iterdir() if p.name != "source.txt")
    assert produced == committed
    for name in produced:
        assert (tmp_path / name).read_bytes() == (ARTICLE_DIR / name).read_bytes(), name


# -- manifest facts ---------------------------------------------------------------------------


def test_manifest_describes_the_article_and_its_fetch_times() -> None:
    data = manifest()
    assert data["url_path"] == (
        "/the-war-zone/31680/new-details-about-strike-on-top-iranian-commander-emerge"
    )
    assert data["timezone"] == "America/New_York"
    for entry, clock in zip(data["versions"], FETCHED_AT, strict=True):
        fetched_at = datetime.fromisoformat(entry["fetched_at"])
        assert entry["fetched_at"] == f"2020-01-03T{clock}:00-05:00"
        assert entry["last_modified"] == format_datetime(fetched_at.astimezone(UTC), usegmt=True)


# -- page structure ---------------------------------------------------------------------------


@pytest.mark.parametrize("index", range(5))
def test_headline_gains_updated_after_the_first_version(index: int) -> None:
    tree = page(index)
    h1 = tree.css_first("article h1.article-title")
    assert h1 is not None
    expected = TITLE if index == 0 else f"{TITLE} (Updated)"
    assert h1.text() == expected
    title = tree.css_first("title")
    assert title is not None and title.text() == f"{expected} | The War Zone"
    assert json_ld(tree)["headline"] == expected
    assert meta(tree, "og:title") == expected


@pytest.mark.parametrize("index", range(5))
def test_each_version_adds_exactly_one_update_block(index: int) -> None:
    tree = page(index)
    _, blocks = split_updates(body_paragraphs(tree))
    assert tuple(block[0] for block in blocks) == MARKERS[:index]
    assert all(len(block) > 1 for block in blocks), "every marker is followed by its paragraphs"
    markers = [s.text() for s in tree.css("article .article-body p > strong")]
    assert len(markers) == index


def test_the_story_before_the_updates_is_the_same_in_every_version() -> None:
    stories = [split_updates(body_paragraphs(page(i)))[0] for i in range(5)]
    assert all(story == stories[0] for story in stories)
    assert stories[0][0].startswith("U.S. Secretary of State Mike Pompeo has said")
    assert stories[0][-1].startswith("In the meantime, Iran and its proxies in Iraq seem to be")


def test_final_version_carries_every_source_paragraph_in_order() -> None:
    lines = [ln.strip() for ln in (ARTICLE_DIR / "source.txt").read_text("utf-8").splitlines()]
    first = next(i for i, ln in enumerate(lines) if ln.startswith("U.S. Secretary of State"))
    expected = [
        ln
        for ln in lines[first:]
        if ln and ln != "Contact the author:" and not ln.startswith("Qasem Soleimani, at right")
    ]
    assert body_paragraphs(page(4)) == expected


def test_the_710pm_block_names_both_militia_figures() -> None:
    _, blocks = split_updates(body_paragraphs(page(4)))
    last = " ".join(blocks[-1])
    assert blocks[-1][0] == "UPDATE: 7:10pm EST—"
    assert "Shubl al-Zaidi" in last
    assert "Hamid al-Jazaeri" in last


def test_captions_dek_and_contact_are_outside_the_body_paragraphs() -> None:
    tree = page(4)
    body = tree.css_first("article .article-body")
    assert body is not None
    caption = body.css_first("figure > figcaption")
    assert caption is not None and caption.text().startswith("Qasem Soleimani, at right, speaks")
    lead = tree.css_first("article figure.lead-image > figcaption")
    assert lead is not None and lead.text() == "Iran photo"
    dek = tree.css_first("article p.dek")
    assert dek is not None and dek.text().startswith("Thousands of American troops")
    contact = tree.css_first("article div.author-contact")
    assert contact is not None and contact.text().startswith("Contact the author:")
    assert not any("Contact the author" in p or "Thousands of" in p for p in body_paragraphs(tree))


def test_dates_in_metadata_follow_the_versions() -> None:
    modified = []
    for index in range(5):
        tree = page(index)
        ld = json_ld(tree)
        assert ld["@type"] == "NewsArticle"
        assert ld["datePublished"] == meta(tree, "article:published_time")
        assert ld["datePublished"] == "2020-01-03T12:32:00-05:00"
        assert ld["dateModified"] == meta(tree, "article:modified_time")
        modified.append(datetime.fromisoformat(ld["dateModified"]))
        fetched = datetime.fromisoformat(manifest()["versions"][index]["fetched_at"])
        assert modified[-1] <= fetched, "a page cannot be modified after it was fetched"
    assert modified == sorted(set(modified)), "dateModified strictly increases"


def test_pages_are_realistic_in_size_and_chrome() -> None:
    for index, entry in enumerate(manifest()["versions"]):
        size = (ARTICLE_DIR / entry["file"]).stat().st_size
        assert 20_000 <= size <= 35_000, (entry["file"], size)
        tree = page(index)
        for selector in (
            "header.site-header nav a",
            "aside.sidebar .related a",
            "footer",
            "script[src]",
        ):
            assert tree.css(selector), (entry["file"], selector)


def test_volatile_widgets_change_between_versions() -> None:
    """Share counts and relative ages differ per version, as on a live site (never in the body)."""
    shares = [page(i).css_first(".share-bar .share-count") for i in range(5)]
    share_texts = [node.text() for node in shares if node is not None]
    assert len(set(share_texts)) == 5
    ages = [[t.text() for t in page(i).css("aside.sidebar time.relative-time")] for i in range(5)]
    assert all(re.fullmatch(r"\d+ (minute|hour|day)s? ago", age) for row in ages for age in row)
    assert "5 minutes ago" in ages[0]
    assert len({tuple(row) for row in ages}) == 5
