"""Print the extraction score table over tests/corpus (the same function tests pin a floor on).

.venv/bin/python bench/extract_score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from extract_support import score_corpus


def main() -> None:
    score = score_corpus()
    print(f"{'style':<26} {'right':>6} {'total':>6}")
    for style, (right, total) in sorted(score.per_style.items()):
        print(f"{style:<26} {right:>6} {total:>6}")
    print()
    print(f"blocks found          {score.blocks_found}/{score.blocks_expected}")
    print(f"block paragraphs      {score.block_paragraphs_right}/{score.blocks_expected}")
    print(f"timestamps right      {score.timestamps_right}/{score.timestamps_expected}")
    print(f"body paragraphs right {score.paragraphs_right}/{score.pages} pages")
    print(f"struck text right     {score.struck_right}/{score.pages} pages")
    print(f"is_live right         {score.live_right}/{score.pages} pages")
    print(f"no extra blocks       {score.no_extra_blocks}/{score.pages} pages")
    print(f"noise false changes   {score.noise_false_changes} over {score.noise_versions} versions")
    print(f"score                 {score.ratio:.4f}")


if __name__ == "__main__":
    main()
