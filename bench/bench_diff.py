"""Milliseconds per call of diff_articles, classify_changes and find_retractions.

Run: .venv/bin/python bench/bench_diff.py
The case the daemon meets most: a ~30 KB article (the seed text, body repeated to size) whose
new revision appends one update block (the seed's 7:10pm walk-back). Also timed: a silent edit
in the body, and a rewrite of every body paragraph (the pairing cap's worst case).
Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import dataclasses
import re
import timeit
from pathlib import Path

from monitor.classify import classify_changes, detector, find_retractions
from monitor.classify.signals import content_stems, entities, number_set
from monitor.diff import diff_articles
from monitor.model import Article, BlockKind, UpdateBlock

SEED = Path(__file__).resolve().parent.parent / "seeds" / "soleimani-strike" / "source.txt"
MARKER = re.compile(r"^UPDATE: (?P<stamp>[^—]+)—$")
TARGET_BYTES = 30_000


def seed_article() -> tuple[Article, UpdateBlock]:
    """The seed split into title, body and update blocks; the body padded to ~30 KB."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    title, rest = lines[0], [line for line in lines[1:] if line and line != "Contact the author:"]
    body: list[str] = []
    blocks: list[UpdateBlock] = []
    for line in rest:
        marker = MARKER.match(line)
        if marker:
            stamp = marker["stamp"].strip()
            blocks.append(UpdateBlock(f"update-{stamp}", BlockKind.UPDATE, line, ()))
        elif blocks:
            last = blocks[-1]
            blocks[-1] = dataclasses.replace(last, paragraphs=(*last.paragraphs, line))
        else:
            body.append(line)
    padded = list(body)
    round_ = 1
    while sum(len(p.encode()) for p in padded) + sum(len(b.text) for b in blocks) < TARGET_BYTES:
        padded.extend(f"{p} (Background {round_}.)" for p in body)
        round_ += 1
    article = Article(title=title, paragraphs=tuple(padded), blocks=tuple(blocks[:-1]))
    return article, blocks[-1]


def per_call_ms(function: object, repeat: int = 200) -> float:
    timer = timeit.Timer(function)  # type: ignore[arg-type]
    return min(timer.repeat(repeat=5, number=repeat)) / repeat * 1000


def main() -> None:
    old, walk_back = seed_article()
    appended = dataclasses.replace(old, blocks=(*old.blocks, walk_back))
    silent = dataclasses.replace(
        old,
        paragraphs=(*old.paragraphs[:5], old.paragraphs[5] + " Four more.", *old.paragraphs[6:]),
    )
    rewritten = dataclasses.replace(old, paragraphs=tuple(p + " Updated." for p in old.paragraphs))
    size = len("\n".join([old.title, *old.paragraphs, *(b.text for b in old.blocks)]).encode())
    print(
        f"article: {size / 1000:.1f} KB, {len(old.paragraphs)} body paragraphs, {len(old.blocks)} blocks"
    )

    for name, new, repeat in (
        ("one appended block", appended, 200),
        ("one silent body edit", silent, 200),
        ("every paragraph edited", rewritten, 5),
    ):
        changes = classify_changes(old, new, diff_articles(old, new))
        retractions = find_retractions(old, new, changes)
        diff_ms = per_call_ms(lambda new=new: diff_articles(old, new), repeat)
        raw = diff_articles(old, new)
        classify_ms = per_call_ms(lambda new=new, raw=raw: classify_changes(old, new, raw), repeat)
        find_ms = per_call_ms(lambda new=new, c=changes: find_retractions(old, new, c), repeat)

        def cold(new: Article = new, c: tuple[object, ...] = changes) -> None:
            for cached in (entities, content_stems, number_set, detector._read, detector._signals):
                cached.cache_clear()
            find_retractions(old, new, c)  # type: ignore[arg-type]

        cold_ms = per_call_ms(cold, max(1, repeat // 10))
        print(
            f"{name:<24} diff {diff_ms:7.3f} ms  classify {classify_ms:7.3f} ms  "
            f"retractions {find_ms:7.3f} ms (cold caches {cold_ms:7.3f}) total {diff_ms + classify_ms + find_ms:7.3f} ms  "
            f"({len(changes)} changes, {len(retractions)} retractions)"
        )


if __name__ == "__main__":
    main()
