"""What the furniture filters cost and catch on real pages: the public benchmark's own text.

.venv/bin/python bench/topic_public.py [--aeb PATH]

``drop_rotations`` (labels, questions, widget readings, rotating teasers) and
``drop_off_topic`` (paragraphs about something else) judge a change by its text. Here they
judge text nobody on the team wrote: the 177 real pages of ``../shared/aeb/``.

* **Story text lost**: each page's article paragraphs (the extracted paragraphs found in the
  benchmark's ground truth) are replayed as a story that grows by one paragraph a step, from
  the headline and the first paragraph on; then the same story loses its last paragraph.
  Every step whose genuine change the filters drop is counted: a real addition or removal a
  reader would not see. Sentences are counted apart: most of a page's paragraphs that are not
  sentences are its subheadings, list items, table figures and questions, which the filters
  drop by design when they come alone.
* **Furniture caught**: each page's own non-article lines (the text of ``p``, ``li``,
  headings, captions and cells that is not in the ground truth, 25 to 400 characters) are
  added one at a time in the middle of the full story, and the filters' catches counted.
  These are real sites' teasers, promos, navigation and notices: most never reach the body
  (the extractor drops them), so this is what the filters would do with the ones that did.
* **Walk-backs lost**: each story sentence (a paragraph of six words or more that ends as a
  sentence) is removed alone from the full story, and the step goes through diff, classify and
  ``find_retractions`` as a poll's does. Counted: the removals that yield no "removed" walk-back
  because a topic rule (``topic.about_something_else``) calls the sentence about something
  else. A story's sentence that goes takes back what it said, so each is a walk-back lost.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.classify import (  # noqa: E402
    classify_changes,
    drop_off_topic,
    drop_rotations,
    find_retractions,
)
from monitor.diff import diff_articles  # noqa: E402
from monitor.diff.units import fold  # noqa: E402
from monitor.errors import ExtractError  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.model import Article, RetractionReason  # noqa: E402

FETCHED_AT = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
_SENTENCE_WORDS = 6
_CLOSERS = " \"'”’»)]"
_LINE_TAGS = "p, li, h2, h3, h4, figcaption, blockquote, dd, td"


@dataclass
class Tally:
    steps: int = 0
    dropped: int = 0

    def line(self, what: str) -> str:
        share = self.dropped / self.steps if self.steps else 0.0
        return f"{what:<44} {self.dropped:>5} / {self.steps:<5} ({share:.1%})"


def _kept(old: Article, new: Article) -> bool:
    """Whether any change survives the furniture filters, as a poll would apply them."""
    changes = diff_articles(old, new)
    return bool(drop_off_topic(old, new, drop_rotations(old, new, changes)))


def _story(html: str, url: str, truth: str) -> tuple[str, list[str]] | None:
    try:
        article = extract_article(html, url=url, fetched_at=FETCHED_AT)
    except ExtractError:
        return None
    folded = fold(truth)
    return article.title, [p for p in article.paragraphs if fold(p)[:60] in folded]


def _other_lines(html: str, truth: str) -> Iterator[str]:
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript"):
        node.decompose()
    folded, seen = fold(truth), set()
    for node in tree.css(_LINE_TAGS):
        text = " ".join(node.text(deep=True).split())
        key = fold(text)
        if 25 <= len(text) <= 400 and key[:60] not in folded and key not in seen:
            seen.add(key)
            yield text


def measure(aeb: Path) -> dict[str, Tally]:
    truth = json.loads((aeb / "ground-truth.json").read_text("utf-8"))
    added, sentences, removed, furniture = Tally(), Tally(), Tally(), Tally()
    walk_backs = Tally()
    for key, entry in truth.items():
        html = gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        story = _story(html, entry["url"], entry["articleBody"])
        if story is None or len(story[1]) < 2:
            continue
        title, paragraphs = story
        for k in range(1, len(paragraphs)):
            shorter = Article(title, tuple(paragraphs[:k]))
            longer = Article(title, tuple(paragraphs[: k + 1]))
            lost = not _kept(shorter, longer)
            added.steps += 1
            added.dropped += lost
            if _is_sentence(paragraphs[k]):
                sentences.steps += 1
                sentences.dropped += lost
        full = Article(title, tuple(paragraphs))
        removed.steps += 1
        removed.dropped += not _kept(full, Article(title, tuple(paragraphs[:-1])))
        for index, paragraph in enumerate(paragraphs):
            if _is_sentence(paragraph):
                walk_backs.steps += 1
                walk_backs.dropped += not _walked_back(full, index)
        middle = len(paragraphs) // 2
        for line in _other_lines(html, entry["articleBody"]):
            noisy = Article(title, (*paragraphs[:middle], line, *paragraphs[middle:]))
            furniture.steps += 1
            furniture.dropped += not _kept(full, noisy)
    return {
        "added": added,
        "sentences": sentences,
        "removed": removed,
        "furniture": furniture,
        "walk-backs": walk_backs,
    }


def _walked_back(full: Article, index: int) -> bool:
    """Whether removing paragraph ``index`` alone reads as a walk-back of it."""
    shorter = Article(full.title, full.paragraphs[:index] + full.paragraphs[index + 1 :])
    changes = classify_changes(full, shorter, diff_articles(full, shorter))
    retractions = find_retractions(full, shorter, changes)
    return any(r.reason is RetractionReason.REMOVED for r in retractions)


def _is_sentence(text: str) -> bool:
    """Prose, not a label, a list item, a figure or a question: what a story's news is made of."""
    return len(text.split()) >= _SENTENCE_WORDS and text.rstrip(_CLOSERS).endswith((".", "!", "…"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aeb", type=Path, default=ROOT.parent / "shared" / "aeb")
    args = parser.parse_args()
    if not (args.aeb / "ground-truth.json").is_file():
        sys.exit(f"no benchmark at {args.aeb}: pass --aeb PATH")
    tallies = measure(args.aeb)
    print(tallies["added"].line("story paragraphs added, change dropped"))
    print(tallies["sentences"].line("  of which sentences (6+ words)"))
    print(tallies["removed"].line("last story paragraph removed, change dropped"))
    print(tallies["furniture"].line("page's own furniture added, change dropped"))
    print(tallies["walk-backs"].line("story sentence removed, no walk-back"))


if __name__ == "__main__":
    main()
