"""Measure extraction and noise handling on the blind set (``tests/blind``), which nobody tunes on.

``--set PATH`` measures another set in the same layout (``pages/``, ``histories/``), e.g.
``tests/blind2``.

Pages: per page and in total, blocks found / right timestamps / right labels / extra blocks /
body first+last paragraph right (and whether a block swallowed one) / furniture lines leaked
into a paragraph or block, via
``monitor.extract.extract_article``.

Histories: each of 7 fetches goes through ``extract_article`` and ``monitor.pipeline.decide`` as a
poll would; fetches 1-5 differ from fetch 0 in furniture only, fetch 6 adds one genuine block.
Counted: false revisions (a revision on a furniture-only fetch), false changes (every change on a
furniture-only fetch, and every change on fetch 6 that is not about the genuine block), false
walk-backs (every retraction), and whether the genuine block was reported.

These are measurements, not targets: no test pins them. ``--show`` prints what each miss was.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "blind"
sys.path.insert(0, str(ROOT))

from replay import replay  # noqa: E402

from monitor.errors import ExtractError  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.model import ChangeKind, UpdateBlock  # noqa: E402

FIRST_FETCH = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def head(words: str, n: int = 5) -> str:
    return norm(" ".join(words.split()[:n]))


def clean_label(label: str) -> str:
    return norm(label).strip(" :-|").strip()


# ---------------------------------------------------------------------------------------------
# Pages


@dataclass(slots=True)
class PageScore:
    slug: str
    kind: str
    truth_blocks: int = 0
    found: int = 0
    kinds_right: int = 0
    ts_right: int = 0
    labels_checked: int = 0
    labels_right: int = 0
    extra: int = 0
    body_first: bool = False
    body_last: bool = False
    furniture: int = 0
    leaked: int = 0
    swallowed: int = 0
    error: str = ""
    notes: list[str] = field(default_factory=list)


def _timestamp_right(expected: str | None, block: UpdateBlock) -> bool:
    if expected is None:
        return block.timestamp is None
    if block.timestamp is None:
        return False
    if len(expected) == 10:  # a page that prints only a date
        return block.timestamp.date() == date.fromisoformat(expected)
    return block.timestamp == datetime.fromisoformat(expected)


def _match(truth: list[dict[str, str | None]], blocks: tuple[UpdateBlock, ...]) -> list[int | None]:
    """For each truth block, the index of the found block that carries its text (one-to-one)."""
    used: set[int] = set()
    out: list[int | None] = []
    texts = [norm(f"{b.label} {b.text}") for b in blocks]
    for entry in truth:
        keys = [head(entry["first_words"] or "")]
        if entry.get("alt_words"):
            keys.append(head(entry["alt_words"] or ""))
        hit = next(
            (i for i, t in enumerate(texts) if i not in used and any(k in t for k in keys)), None
        )
        if hit is not None:
            used.add(hit)
        out.append(hit)
    return out


def score_page(slug: str, html: str, truth: dict[str, object]) -> PageScore:
    score = PageScore(slug, str(truth["kind"]))
    expected: list[dict[str, str | None]] = truth["blocks"]  # type: ignore[assignment]
    score.truth_blocks = len(expected)
    furniture: list[str] = truth["furniture"]  # type: ignore[assignment]
    score.furniture = len(furniture)
    try:
        article = extract_article(html, url=f"https://blind.invalid/{slug}", fetched_at=FIRST_FETCH)
    except ExtractError as err:
        score.error = str(err)
        return score
    matches = _match(expected, article.blocks)
    for entry, hit in zip(expected, matches, strict=True):
        if hit is None:
            score.notes.append(f"missed {entry['kind']} [{entry['label']}] {entry['first_words']}")
            continue
        block = article.blocks[hit]
        score.found += 1
        score.kinds_right += block.kind.value == entry["kind"]
        if _timestamp_right(entry["timestamp"], block):
            score.ts_right += 1
        else:
            got = block.timestamp.isoformat() if block.timestamp else None
            score.notes.append(f"timestamp {entry['timestamp']} got {got} [{block.label}]")
        if entry["label"] is not None:
            score.labels_checked += 1
            want, got_label = clean_label(entry["label"]), clean_label(block.label)
            if got_label and (want in got_label or got_label in want):
                score.labels_right += 1
            else:
                score.notes.append(f"label {entry['label']!r} got {block.label!r}")
        if block.kind.value != entry["kind"]:
            score.notes.append(f"kind {entry['kind']} got {block.kind.value} [{block.label}]")
    for i, block in enumerate(article.blocks):
        if i not in matches:
            score.extra += 1
            score.notes.append(f"extra {block.kind.value} [{block.label}] {block.text[:70]!r}")
    paragraphs = article.paragraphs
    first, last = truth["body_first"], truth["body_last"]
    score.body_first = bool(paragraphs) and norm(paragraphs[0]).startswith(norm(str(first)))
    score.body_last = bool(paragraphs) and norm(paragraphs[-1]).startswith(norm(str(last)))
    if not score.body_first:
        score.notes.append(f"body first {paragraphs[0][:70] if paragraphs else None!r}")
    if not score.body_last:
        score.notes.append(f"body last {paragraphs[-1][:70] if paragraphs else None!r}")
    block_texts = [norm(b.text) for b in article.blocks]
    for end in {str(first), str(last)} - {"None"}:
        if any(norm(end) in t for t in block_texts):
            score.swallowed += 1
            score.notes.append(f"body paragraph inside a block: {end!r}")
    texts = [norm(p) for p in paragraphs] + block_texts
    for line in furniture:
        if any(norm(line) in t for t in texts):
            score.leaked += 1
            score.notes.append(f"leaked {line[:70]!r}")
    return score


def run_pages(show: bool, blind: Path = BLIND) -> None:
    print("pages")
    header = (
        f"{'page':30s} {'kind':7s} {'found':>6s} {'ts':>5s} {'label':>6s} {'kind':>5s} "
        f"{'extra':>5s} {'first':>5s} {'last':>5s} {'leak':>6s} {'swallow':>7s}"
    )
    print(header)
    total = PageScore("TOTAL", "")
    for path in sorted((blind / "pages").glob("*.html")):
        truth = json.loads(path.with_suffix(".json").read_text("utf-8"))
        s = score_page(path.stem, path.read_text("utf-8"), truth)
        if s.error:
            print(f"{s.slug:30s} {s.kind:7s} ExtractError: {s.error}")
        else:
            print(
                f"{s.slug:30s} {s.kind:7s} {s.found:2d}/{s.truth_blocks:<3d} {s.ts_right:2d}/{s.found:<2d}"
                f" {s.labels_right:2d}/{s.labels_checked:<3d} {s.kinds_right:2d}/{s.found:<2d}"
                f" {s.extra:5d} {'ok' if s.body_first else 'MISS':>5s} {'ok' if s.body_last else 'MISS':>5s}"
                f" {s.leaked:2d}/{s.furniture:<3d} {s.swallowed:7d}"
            )
        if show:
            for note in s.notes:
                print(f"    {note}")
        total.truth_blocks += s.truth_blocks
        total.found += s.found
        total.ts_right += s.ts_right
        total.labels_checked += s.labels_checked
        total.labels_right += s.labels_right
        total.kinds_right += s.kinds_right
        total.extra += s.extra
        total.furniture += s.furniture
        total.leaked += s.leaked
        total.swallowed += s.swallowed
        total.body_first += s.body_first  # type: ignore[assignment]
        total.body_last += s.body_last  # type: ignore[assignment]
        if s.error:
            total.notes.append(s.slug)
    pages = len(list((blind / "pages").glob("*.html")))
    print(
        f"TOTAL: blocks found {total.found}/{total.truth_blocks}; right timestamps "
        f"{total.ts_right}/{total.found}; right labels {total.labels_right}/{total.labels_checked}; "
        f"right kinds {total.kinds_right}/{total.found}; extra blocks {total.extra}; "
        f"body first right {int(total.body_first)}/{pages}, last right {int(total.body_last)}/{pages}; "
        f"furniture leaked {total.leaked}/{total.furniture} lines; "
        f"body first/last paragraphs swallowed by a block {total.swallowed}; extract errors {len(total.notes)}"
    )


# ---------------------------------------------------------------------------------------------
# Histories


@dataclass(slots=True)
class HistoryScore:
    slug: str
    false_revisions: int = 0
    false_changes: int = 0
    false_walkbacks: int = 0
    genuine: bool = False
    genuine_as_update: bool = False
    notes: list[str] = field(default_factory=list)


def _about_genuine(text: str, keys: list[str]) -> bool:
    return any(k in norm(text) for k in keys)


def score_history(folder: Path) -> HistoryScore:
    score = HistoryScore(folder.name)
    meta = json.loads((folder / "truth.json").read_text("utf-8"))
    genuine = meta["genuine_block"]
    keys = [head(genuine["first_words"])] + (
        [head(genuine["alt_words"])] if genuine.get("alt_words") else []
    )
    url = f"https://blind.invalid/{folder.name}"
    fetches = sorted(folder.glob("fetch-*.html"), key=lambda p: int(p.stem.split("-")[1]))
    pages = [path.read_text("utf-8") for path in fetches]
    try:
        steps = replay(url, pages, FIRST_FETCH)
    except ExtractError as err:
        score.notes.append(f"ExtractError {err}")
        return score
    for step in steps:
        if step.previous is None:
            continue
        number, revision = step.fetch, step.revision
        last = number == len(fetches) - 1
        if not last:
            score.false_revisions += 1
        for change in revision.changes:
            text = change.text or change.previous_text or ""
            if last and _about_genuine(text, keys):
                score.genuine = True
                score.genuine_as_update |= change.kind is ChangeKind.UPDATE_ADDED
                continue
            score.false_changes += 1
            score.notes.append(f"fetch {number}: {change.kind.value}: {text[:80]!r}")
        for retraction in revision.retractions:
            score.false_walkbacks += 1
            score.notes.append(
                f"fetch {number}: walk-back {retraction.reason.value}: {retraction.claim[:70]!r}"
            )
    return score


def run_histories(show: bool, blind: Path = BLIND) -> None:
    print("\nhistories (6 furniture-only fetches, then one genuine block)")
    print(f"{'history':30s} {'false rev':>9s} {'false chg':>9s} {'walk-back':>9s}  genuine")
    total = HistoryScore("TOTAL")
    count = 0
    for folder in sorted(p for p in (blind / "histories").iterdir() if p.is_dir()):
        s = score_history(folder)
        count += 1
        genuine = (
            ("reported (update_added)" if s.genuine_as_update else "reported")
            if s.genuine
            else "MISSED"
        )
        print(
            f"{s.slug:30s} {s.false_revisions:9d} {s.false_changes:9d} {s.false_walkbacks:9d}  {genuine}"
        )
        if show:
            for note in s.notes:
                print(f"    {note}")
        total.false_revisions += s.false_revisions
        total.false_changes += s.false_changes
        total.false_walkbacks += s.false_walkbacks
        total.genuine += s.genuine  # type: ignore[assignment]
        total.genuine_as_update += s.genuine_as_update  # type: ignore[assignment]
    print(
        f"TOTAL: false revisions {total.false_revisions} (of {5 * count} furniture-only fetches"
        f" after the first); false changes {total.false_changes}; false walk-backs"
        f" {total.false_walkbacks}; genuine block reported {int(total.genuine)}/{count}"
        f" (as update_added {int(total.genuine_as_update)}/{count})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every miss")
    parser.add_argument(
        "--set",
        default="tests/blind",
        metavar="PATH",
        help="the set to measure: a folder with pages/ and histories/ (default tests/blind)",
    )
    args = parser.parse_args()
    blind = _set_folder(args.set)
    run_pages(args.show, blind)
    run_histories(args.show, blind)


def _set_folder(name: str) -> Path:
    """``name`` as given, or else relative to the repository root."""
    path = Path(name)
    if not path.is_absolute() and not path.is_dir():
        path = ROOT / path
    if not (path / "pages").is_dir():
        raise SystemExit(f"{name}: no pages/ folder")
    return path.resolve()


if __name__ == "__main__":
    main()
