"""Precision / recall / F1 of the walk-back detector on tests/data/retractions.yaml.

Run: .venv/bin/python bench/retraction_score.py
Prints the figures for all pairs, for the tuning split and the held-out split, then every
misclassified pair. Each pair goes through diff → classify → find_retractions, as in production.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from diff_support import Outcome, evaluate, load_pairs, precision_recall

from monitor._text import one_line


def _report(name: str, outcomes: list[Outcome]) -> None:
    precision, recall, f1 = precision_recall(outcomes)
    positives = sum(o.label for o in outcomes)
    print(
        f"{name:<9} pairs={len(outcomes):>3} positives={positives:>3}  "
        f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}"
    )


def main() -> None:
    pairs = {str(p["id"]): p for p in load_pairs()}
    outcomes = evaluate(list(pairs.values()))
    _report("all", outcomes)
    for split in ("tune", "holdout"):
        _report(split, [o for o in outcomes if o.split == split])
    wrong = [o for o in outcomes if o.label != o.predicted]
    print(f"\nmisclassified: {len(wrong)}")
    for o in wrong:
        kind = "false positive" if o.predicted else "false negative"
        pair = pairs[o.id]
        print(f"- {o.id} ({kind}; cue: {o.cue or '-'})")
        print(f"    earlier: {one_line(str(pair['earlier']), 110)}")
        print(f"    later  : {one_line(str(pair['later']), 110)}")


if __name__ == "__main__":
    main()
