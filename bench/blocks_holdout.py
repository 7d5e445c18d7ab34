"""Update blocks on the held-out pages (tests/holdout/blocks/): found, right timestamps, extra.

The pages are a judge, not a training set: this prints totals only, never which page failed,
so that nobody tunes the extractor to one of them.

.venv/bin/python bench/blocks_holdout.py
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.errors import ExtractError  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.model import UpdateBlock  # noqa: E402

HOLDOUT = ROOT / "tests" / "holdout" / "blocks"
URL = "https://news.example.com/holdout"


@dataclass(slots=True)
class HoldoutScore:
    expected: int = 0
    found: int = 0  # an extracted block of an accepted kind whose text opens as stated
    timestamps_expected: int = 0
    timestamps_right: int = 0  # same instant and same UTC offset
    labels_expected: int = 0
    labels_right: int = 0
    paragraphs_expected: int = 0
    paragraphs_right: int = 0
    extra: int = 0  # extracted blocks that match no expected block
    errors: int = 0  # pages that raised ExtractError

    @property
    def ratio(self) -> float:
        """Found and right timestamps together: the figure the test pins a floor on."""
        total = self.expected + self.timestamps_expected
        return (self.found + self.timestamps_right) / total if total else 1.0


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _text_ok(block: UpdateBlock, wanted: str | None) -> bool:
    if wanted is None:
        return True
    if wanted == "":
        return not block.paragraphs
    return bool(block.paragraphs) and _fold(block.paragraphs[0]).startswith(_fold(wanted))


def _stamp_ok(block: UpdateBlock, wanted: str | None) -> bool:
    if wanted is None or block.timestamp is None:
        return False
    expected = datetime.fromisoformat(wanted)
    return block.timestamp == expected and block.timestamp.utcoffset() == expected.utcoffset()


def _kinds(wanted: Any) -> set[str]:
    return set(wanted) if isinstance(wanted, list) else {wanted}


def _match(blocks: list[UpdateBlock], wanted: dict[str, Any]) -> UpdateBlock | None:
    """The block that answers ``wanted``: an accepted kind, the text as stated, and, when the
    text is not stated, the timestamp."""
    for block in blocks:
        if str(block.kind) not in _kinds(wanted["kind"]) or not _text_ok(block, wanted["text"]):
            continue
        if wanted["text"] is None and not _stamp_ok(block, wanted["timestamp"]):
            continue
        return block
    return None


def score_page(
    blocks: list[UpdateBlock], expected: list[dict[str, Any]], score: HoldoutScore
) -> None:
    left = list(blocks)
    for wanted in expected:
        score.expected += 1
        score.timestamps_expected += wanted["timestamp"] is not None
        score.labels_expected += wanted["label"] is not None
        score.paragraphs_expected += wanted["paragraphs"] is not None
        got = _match(left, wanted)
        if got is None:
            continue
        left.remove(got)
        score.found += 1
        score.timestamps_right += _stamp_ok(got, wanted["timestamp"])
        if wanted["label"] is not None:
            score.labels_right += _fold(got.label) == _fold(wanted["label"])
        if wanted["paragraphs"] is not None:
            score.paragraphs_right += len(got.paragraphs) == wanted["paragraphs"]
    score.extra += len(left)


def score_holdout() -> HoldoutScore:
    spec = json.loads((HOLDOUT / "expect.json").read_text(encoding="utf-8"))
    score = HoldoutScore()
    for page in spec["pages"]:
        html = (HOLDOUT / page["file"]).read_text(encoding="utf-8")
        fetched_at = datetime.fromisoformat(page["fetched_at"])
        try:
            article = extract_article(html, url=URL, fetched_at=fetched_at)
        except ExtractError:
            score.errors += 1
            blocks: list[UpdateBlock] = []
        else:
            blocks = list(article.blocks)
        score_page(blocks, page["blocks"], score)
    return score


def main() -> None:
    score = score_holdout()
    print(f"held-out pages: {len(list(HOLDOUT.glob('*.html')))}, errors: {score.errors}")
    print(f"blocks found:      {score.found}/{score.expected}")
    print(f"right timestamps:  {score.timestamps_right}/{score.timestamps_expected}")
    print(f"right labels:      {score.labels_right}/{score.labels_expected}")
    print(f"right paragraphs:  {score.paragraphs_right}/{score.paragraphs_expected}")
    print(f"extra blocks:      {score.extra}")
    print(f"score (found + timestamps): {score.ratio:.3f}")


if __name__ == "__main__":
    main()
