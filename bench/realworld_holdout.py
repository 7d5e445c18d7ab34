"""Update blocks on pages written to imitate real publishers (tests/holdout/realworld/).

.venv/bin/python bench/realworld_holdout.py [--misses]

Seventeen pages, each imitating one publisher's current markup (full page chrome: consent banner,
header with a breaking ticker, browser-support banner, share bars, in-body promos and teasers,
related rails, newsletter box, comments, footer) in English, German, French and Italian, with
invented story text. Each page's JSON says what a reader sees: the update / correction / live
blocks (kind, label as printed, timestamp with the page's offset or null, first words), the body's
first and last paragraph (one or more accepted openings) and furniture that must not reach the
article.

The set was fixed and committed before this script was first run; it is a judge, not a training
set. Counted per page and in total:

* found: an extracted block whose text (or label and text) opens with the expected first words,
  allowing a marker before them;
  an expected block with no text of its own ("") is found by its timestamp or label;
* right timestamps: same minute and same UTC offset (only where the truth has a timestamp);
* right labels: the label as printed, compared without case, punctuation or spaces;
* right kinds: the kind, or one of the accepted kinds;
* extra: extracted blocks that answer no expected block;
* body first / last: the body's first / last paragraph opens with an accepted opening;
* furniture leaked: furniture strings found in the body or block paragraphs;
* not scored: found blocks whose text itself opens with the first words (no marker, clock or
  label left before them).

Score: (found + right timestamps + right labels + body ends right + furniture kept out − extra)
over (expected + timestamps expected + labels expected + body ends + furniture strings).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.errors import ExtractError  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.model import Article, UpdateBlock  # noqa: E402

SET = ROOT / "tests" / "holdout" / "realworld"
_MARKER_SLACK = 80  # folded characters a marker left in the text (or a label) may take first
_SHORT = 20  # furniture strings shorter than this must match a whole paragraph's opening


def fold(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


@dataclass(slots=True)
class Score:
    pages: int = 0
    errors: int = 0
    expected: int = 0
    found: int = 0
    timestamps_expected: int = 0
    timestamps_right: int = 0
    labels_expected: int = 0
    labels_right: int = 0
    kinds_right: int = 0
    clean_text: int = 0  # found, and the text itself opens with the first words (no marker left)
    extra: int = 0
    body_checks: int = 0
    body_right: int = 0
    furniture: int = 0
    leaked: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for item in fields(self):
            if item.name != "notes":
                setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    @property
    def total(self) -> float:
        good = (
            self.found
            + self.timestamps_right
            + self.labels_right
            + self.body_right
            + (self.furniture - self.leaked)
            - self.extra
        )
        denom = (
            self.expected
            + self.timestamps_expected
            + self.labels_expected
            + self.body_checks
            + self.furniture
        )
        return max(good, 0) / denom if denom else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name:30s} found {self.found:2d}/{self.expected:<2d} ts {self.timestamps_right:2d}/"
            f"{self.timestamps_expected:<2d} label {self.labels_right:2d}/{self.labels_expected:<2d} "
            f"kind {self.kinds_right:2d}/{self.expected:<2d} extra {self.extra:2d}  body "
            f"{self.body_right}/{self.body_checks}  leaked {self.leaked:2d}/{self.furniture:<2d}"
            f"{'  ERROR' if self.errors else ''}"
        )


def _stamp_ok(block: UpdateBlock, wanted: str | None) -> bool:
    if wanted is None or block.timestamp is None:
        return False
    expected = datetime.fromisoformat(wanted)
    got = block.timestamp.replace(second=0, microsecond=0)  # the truth is to the printed minute
    return got == expected and got.utcoffset() == expected.utcoffset()


def _label_ok(block: UpdateBlock, wanted: str | None) -> bool:
    return wanted is not None and fold(block.label) == fold(wanted)


def _text_ok(block: UpdateBlock, words: str) -> bool:
    want = fold(words)
    reach = len(want) + _MARKER_SLACK
    return want in fold(block.text)[:reach] or want in fold(f"{block.label} {block.text}")[:reach]


def _answers(block: UpdateBlock, wanted: dict[str, Any]) -> bool:
    if wanted["first_words"] == "":
        return _stamp_ok(block, wanted["timestamp"]) or _label_ok(block, wanted["label"])
    return _text_ok(block, wanted["first_words"])


def _kinds(wanted: Any) -> set[str]:
    return set(wanted) if isinstance(wanted, list) else {wanted}


def _opens(paragraph: str, accepted: list[str]) -> bool:
    return any(fold(paragraph).startswith(fold(opening)) for opening in accepted)


def _leaks(article: Article, needle: str) -> bool:
    texts = list(article.paragraphs)
    for block in article.blocks:
        texts.extend(block.paragraphs)
    folded = fold(needle)
    if len(needle) < _SHORT:
        return any(fold(text).startswith(folded) for text in texts)
    return any(folded in fold(text) for text in texts)


def score_page(article: Article | None, truth: dict[str, Any]) -> Score:
    score = Score(pages=1, errors=article is None)
    left = list(article.blocks) if article else []
    for wanted in truth["blocks"]:
        score.expected += 1
        score.timestamps_expected += wanted["timestamp"] is not None
        score.labels_expected += wanted["label"] is not None
        got = next((block for block in left if _answers(block, wanted)), None)
        if got is None:
            score.notes.append(
                f"missed {wanted['kind']} {wanted['label']!r} {wanted['first_words'][:40]!r}"
            )
            continue
        left.remove(got)
        score.found += 1
        stamp_ok = _stamp_ok(got, wanted["timestamp"])
        label_ok = _label_ok(got, wanted["label"])
        score.timestamps_right += stamp_ok
        score.labels_right += label_ok
        score.kinds_right += str(got.kind) in _kinds(wanted["kind"])
        clean = not wanted["first_words"] or fold(got.text).startswith(fold(wanted["first_words"]))
        score.clean_text += clean
        if not clean:
            score.notes.append(f"text keeps more before the first words: {got.text[:50]!r}")
        if wanted["timestamp"] is not None and not stamp_ok:
            got_ts = got.timestamp.isoformat() if got.timestamp else None
            score.notes.append(f"timestamp {got_ts} != {wanted['timestamp']} ({got.label!r})")
        if wanted["label"] is not None and not label_ok:
            score.notes.append(f"label {got.label!r} != {wanted['label']!r}")
        if str(got.kind) not in _kinds(wanted["kind"]):
            score.notes.append(f"kind {got.kind} != {wanted['kind']} ({got.label!r})")
    score.extra = len(left)
    for block in left:
        score.notes.append(f"extra {block.kind} {block.label!r}: {block.text[:60]!r}")
    score.body_checks = 2
    paragraphs = article.paragraphs if article else ()
    if paragraphs and _opens(paragraphs[0], truth["body_first"]):
        score.body_right += 1
    else:
        score.notes.append(f"body first: {paragraphs[0][:60] if paragraphs else None!r}")
    if paragraphs and _opens(paragraphs[-1], truth["body_last"]):
        score.body_right += 1
    else:
        score.notes.append(f"body last: {paragraphs[-1][:60] if paragraphs else None!r}")
    for needle in truth["furniture"]:
        score.furniture += 1
        if article is None or _leaks(article, needle):
            score.leaked += article is not None
            if article is not None:
                score.notes.append(f"leaked: {needle[:50]!r}")
    if article is None:
        score.leaked = 0
    return score


def load(name: str) -> tuple[str, dict[str, Any]]:
    truth = json.loads((SET / f"{name}.json").read_text(encoding="utf-8"))
    return (SET / truth["file"]).read_text(encoding="utf-8"), truth


def names() -> list[str]:
    return sorted(path.stem for path in SET.glob("*.json"))


def run_page(name: str) -> tuple[Article | None, Score]:
    html, truth = load(name)
    try:
        article = extract_article(
            html, url=truth["url"], fetched_at=datetime.fromisoformat(truth["fetched_at"])
        )
    except ExtractError as exc:
        score = score_page(None, truth)
        score.notes.append(f"ExtractError: {exc}")
        return None, score
    return article, score_page(article, truth)


def measure() -> tuple[Score, dict[str, Score]]:
    total, per_page = Score(), {}
    for name in names():
        _, score = run_page(name)
        per_page[name] = score
        total.add(score)
    return total, per_page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="print what each page missed")
    args = parser.parse_args()
    total, per_page = measure()
    for name, score in per_page.items():
        print(score.line(name))
        if args.misses:
            for note in score.notes:
                print(f"    {note}")
    print("-" * 100)
    print(total.line(f"TOTAL ({total.pages} pages)"))
    print(
        f"errors {total.errors}  score {total.total:.3f}  (not scored: block text clean "
        f"{total.clean_text}/{total.found})"
    )


if __name__ == "__main__":
    main()
