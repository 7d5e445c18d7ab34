"""Precision / recall of the walk-back detector on a labelled set of update pairs.

Run: .venv/bin/python bench/retraction_score.py [PATH ...]
With no PATH it scores tests/data/retractions.yaml (the set we tune on, with its held-out split),
tests/data/retractions_more*.yaml (more tuning pairs by other hands) and tests/blind3/,
tests/blind4/ and tests/blind9/walkbacks.yaml (written by someone else before tuning; scored,
never tuned on: only their totals are printed).
For each set it prints the figures overall, per split and per language, the stray links (walk-back
links from the later update to text the pair does not name, which a reader sees as false), then
every misclassified pair. Each pair goes through diff -> classify -> find_retractions, as in
production.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from diff_support import (
    LABELLED_PAIRS,
    MORE_PAIRS,
    Outcome,
    evaluate,
    load_pairs,
    precision_recall,
)

from monitor._text import one_line

TESTS = LABELLED_PAIRS.parent.parent
# Sets written by other hands before any tuning: scored, never tuned on, their pairs never shown.
BLIND_PAIRS = tuple(TESTS / name / "walkbacks.yaml" for name in ("blind3", "blind4", "blind9"))


def _report(name: str, outcomes: Sequence[Outcome]) -> None:
    if not outcomes:
        return
    precision, recall, f1 = precision_recall(outcomes)
    positives = sum(o.label for o in outcomes)
    stray = sum(o.stray_links for o in outcomes)
    print(
        f"  {name:<9} pairs={len(outcomes):>3} positives={positives:>3}  "
        f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f} stray links={stray}"
    )


def score(path: Path) -> None:
    pairs = {str(p["id"]): p for p in load_pairs(path)}
    outcomes = evaluate(list(pairs.values()))
    print(f"{path}")
    _report("all", outcomes)
    for split in sorted({o.split for o in outcomes}):
        _report(split, [o for o in outcomes if o.split == split])
    for lang in sorted({o.lang for o in outcomes}):
        _report(lang, [o for o in outcomes if o.lang == lang])
    wrong = [o for o in outcomes if o.label != o.predicted or o.stray_links]
    print(f"\n  misclassified or stray: {len(wrong)}")
    if path.parent.name.startswith("blind"):
        print("  (a blind set: its pairs are not shown, so that nobody tunes on them)\n")
        return
    for o in wrong:
        kind = "false positive" if o.predicted and not o.label else "false negative"
        if o.label == o.predicted:
            kind = f"{o.stray_links} stray link(s)"
        pair = pairs[o.id]
        print(f"  - {o.id} [{o.split} {o.lang} {o.kind}] ({kind}; cue: {o.cue or '-'})")
        print(f"      earlier: {one_line(str(pair['earlier']), 110)}")
        print(f"      later  : {one_line(str(pair['later']), 110)}")
    print()


def main(argv: Sequence[str]) -> None:
    default = [LABELLED_PAIRS, *MORE_PAIRS, *BLIND_PAIRS]
    paths = [Path(a) for a in argv] or [p for p in default if p.exists()]
    for path in paths:
        score(path)


if __name__ == "__main__":
    main(sys.argv[1:])
