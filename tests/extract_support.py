"""The extraction corpus and its score, shared by tests/test_extract.py and bench/extract_score.py.

Each style folder under tests/corpus/ holds v1.html … and ``expect.json`` (hand-stated truth per
version: body-paragraph count, blocks as kind/timestamp/paragraph count, struck text, is_live)
plus golden ``vN.json`` files (the full extracted Article; rewrite with UPDATE_GOLDENS=1).
``noise_history/`` holds versions that differ only in page furniture: they must all hash equal.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from monitor._jsonio import stable_hash
from monitor.extract import extract_article
from monitor.model import Article

CORPUS = Path(__file__).parent / "corpus"
SEEDS = Path(__file__).parent.parent / "seeds" / "soleimani-strike"
CORPUS_URL = "https://news.example.com/2020/01/03/story"
NOISE_FETCHED_AT = datetime.fromisoformat("2020-01-03T19:00:00-05:00")


@dataclass(frozen=True, slots=True)
class CorpusPage:
    style: str
    path: Path
    html: str
    fetched_at: datetime
    expect: dict[str, Any]

    @property
    def golden(self) -> Path:
        return self.path.with_suffix(".json")

    def extract(self) -> Article:
        return extract_article(self.html, url=CORPUS_URL, fetched_at=self.fetched_at)


def corpus_pages() -> list[CorpusPage]:
    pages = []
    for folder in sorted(p for p in CORPUS.iterdir() if (p / "expect.json").is_file()):
        for entry in json.loads((folder / "expect.json").read_text(encoding="utf-8")):
            path = folder / entry["file"]
            html = path.read_bytes().decode(entry.get("encoding", "utf-8"))
            fetched_at = datetime.fromisoformat(entry["fetched_at"])
            pages.append(CorpusPage(folder.name, path, html, fetched_at, entry))
    return pages


def noise_pages() -> list[str]:
    folder = CORPUS / "noise_history"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("v*.html"))]


@dataclass(slots=True)
class Score:
    """Counts over the corpus; ``ratio`` is the single number the test pins a floor on."""

    blocks_expected: int = 0
    blocks_found: int = 0  # right kind, in the right order
    timestamps_expected: int = 0
    timestamps_right: int = 0
    block_paragraphs_right: int = 0
    pages: int = 0
    paragraphs_right: int = 0  # body paragraph count matches
    struck_right: int = 0
    live_right: int = 0
    no_extra_blocks: int = 0  # pages with exactly the expected number of blocks
    noise_versions: int = 0
    noise_false_changes: int = 0
    per_style: dict[str, list[int]] = field(default_factory=dict)  # style -> [right, total]

    @property
    def ratio(self) -> float:
        right = (
            self.blocks_found + self.timestamps_right + self.block_paragraphs_right
            + self.paragraphs_right + self.struck_right + self.live_right + self.no_extra_blocks
            + (self.noise_versions - self.noise_false_changes)
        )  # fmt: skip
        total = (
            2 * self.blocks_expected + self.timestamps_expected + 4 * self.pages
            + self.noise_versions
        )  # fmt: skip
        return right / total if total else 1.0


def score_page(page: CorpusPage, article: Article, score: Score) -> None:
    expect = page.expect
    right = total = 0
    score.pages += 1
    checks = [
        len(article.paragraphs) == expect["paragraphs"],
        sorted(s.text for s in article.struck) == sorted(expect.get("struck", [])),
        article.is_live == expect["is_live"],
    ]
    score.paragraphs_right += checks[0]
    score.struck_right += checks[1]
    score.live_right += checks[2]
    right, total = right + sum(checks), total + 3
    for index, wanted in enumerate(expect["blocks"]):
        score.blocks_expected += 1
        got = article.blocks[index] if index < len(article.blocks) else None
        found = got is not None and got.kind.value == wanted["kind"]
        paragraphs = found and got is not None and len(got.paragraphs) == wanted["paragraphs"]
        score.blocks_found += found
        score.block_paragraphs_right += paragraphs
        right, total = right + found + paragraphs, total + 2
        if wanted["timestamp"] is not None:
            score.timestamps_expected += 1
            stamp_ok = (
                got is not None
                and got.timestamp is not None
                and got.timestamp == datetime.fromisoformat(wanted["timestamp"])
                and got.timestamp.utcoffset()
                == datetime.fromisoformat(wanted["timestamp"]).utcoffset()
            )
            score.timestamps_right += stamp_ok
            right, total = right + stamp_ok, total + 1
    no_extra = len(article.blocks) == len(expect["blocks"])
    score.no_extra_blocks += no_extra
    right, total = right + no_extra, total + 1
    score.per_style.setdefault(page.style, [0, 0])
    score.per_style[page.style][0] += right
    score.per_style[page.style][1] += total


def score_corpus() -> Score:
    score = Score()
    for page in corpus_pages():
        score_page(page, page.extract(), score)
    hashes = [
        stable_hash(extract_article(html, url=CORPUS_URL, fetched_at=NOISE_FETCHED_AT))
        for html in noise_pages()
    ]
    score.noise_versions = len(hashes)
    score.noise_false_changes = sum(a != b for a, b in itertools.pairwise(hashes))
    return score
