"""Article × Article → the named changes between two consecutive revisions.

Hierarchical, as NewsEdits and the reference notes (§4.1) recommend: blocks first (by their
stable id, then by text similarity for a block whose id changed, e.g. a corrected stamp), then
paragraphs inside each matched block and in the body. Sentence and word level are left to
``classify`` and the digest, which call ``align_units`` / ``word_diff`` on one edited paragraph.

Choices that the digest relies on:

* An edit *inside* a block is reported per paragraph (``PARAGRAPH_ADDED/EDITED/REMOVED/MOVED``
  with ``block`` set), so every edit carries ``text`` / ``previous_text`` for a word diff.
* ``UPDATE_EDITED`` means the block's *marker* changed (label, stamp, kind or id);
  ``text`` / ``previous_text`` are the new and old labels. Its paragraph edits follow it.
* ``UPDATE_ADDED`` / ``UPDATE_REMOVED`` carry the whole block text (``text`` resp.
  ``previous_text``); ``paragraph`` fields are None for block-level changes.
* Output order: title, then blocks in new page order (each block's own changes, then strikes
  inside it; a removed block sits after the block that preceded it), then the body in new order,
  then strikes in the body.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from monitor.diff.align import EDIT_THRESHOLD, MAX_CANDIDATE_PAIRS, Aligned, Op, align_units
from monitor.diff.units import fold, similarity
from monitor.model import Article, BlockRef, Change, ChangeKind, StruckSpan, UpdateBlock


def diff_articles(old: Article, new: Article) -> tuple[Change, ...]:
    """Every difference between two revisions of one article, in reading order."""
    changes: list[Change] = []
    if old.title != new.title:
        changes.append(Change(ChangeKind.TITLE_CHANGED, text=new.title, previous_text=old.title))
    new_strikes = _new_strikes(old.struck, new.struck)
    changes.extend(_block_changes(old.blocks, new.blocks, new_strikes))
    changes.extend(paragraph_changes(old.paragraphs, new.paragraphs, block=None))
    changes.extend(_strike_changes(new_strikes, None, None))
    return tuple(changes)


def block_ref(block: UpdateBlock) -> BlockRef:
    return BlockRef(block.id, block.kind, block.label, block.timestamp)


# ---------------------------------------------------------------------------------------------
# Blocks


def _block_changes(
    old: Sequence[UpdateBlock], new: Sequence[UpdateBlock], strikes: Sequence[StruckSpan]
) -> Iterator[Change]:
    if tuple(old) == tuple(new) and not strikes:
        return
    matched = match_blocks(old, new)  # new index -> old index
    moved = _moved(sorted(matched.items()))
    removed_after: dict[int, list[int]] = {}
    for gone in sorted(set(range(len(old))) - set(matched.values())):
        removed_after.setdefault(_anchor(gone, matched), []).append(gone)

    yield from _removed_blocks(old, removed_after.get(-1, []))
    for new_index, block in enumerate(new):
        ref = block_ref(block)
        old_index = matched.get(new_index)
        if old_index is None:
            yield Change(ChangeKind.UPDATE_ADDED, block=ref, text=block.text)
        else:
            before = old[old_index]
            if new_index in moved:
                yield Change(ChangeKind.UPDATE_MOVED, block=ref, text=block.text)
            if (before.id, before.kind, before.label, before.timestamp) != (
                block.id,
                block.kind,
                block.label,
                block.timestamp,
            ):
                yield Change(
                    ChangeKind.UPDATE_EDITED,
                    block=ref,
                    text=block.label,
                    previous_text=before.label,
                )
            yield from paragraph_changes(before.paragraphs, block.paragraphs, block=ref)
        yield from _strike_changes(strikes, block.id, ref)
        yield from _removed_blocks(old, removed_after.get(new_index, []))


def _removed_blocks(old: Sequence[UpdateBlock], indices: Sequence[int]) -> Iterator[Change]:
    for index in indices:
        gone = old[index]
        yield Change(ChangeKind.UPDATE_REMOVED, block=block_ref(gone), previous_text=gone.text)


def match_blocks(old: Sequence[UpdateBlock], new: Sequence[UpdateBlock]) -> dict[int, int]:
    """new index → old index: same id first, then the most similar text (≥ 0.5) among the rest."""
    by_id: dict[str, list[int]] = {}
    for index, block in enumerate(old):
        by_id.setdefault(block.id, []).append(index)
    matched: dict[int, int] = {}
    for new_index, block in enumerate(new):
        candidates = by_id.get(block.id)
        if candidates:
            matched[new_index] = candidates.pop(0)

    free_old = sorted(set(range(len(old))) - set(matched.values()))
    free_new = [i for i in range(len(new)) if i not in matched]
    if free_old and free_new and len(free_old) * len(free_new) <= MAX_CANDIDATE_PAIRS:
        scored = sorted(
            ((similarity(old[o].text, new[n].text), o, n) for o in free_old for n in free_new),
            key=lambda item: (-item[0], item[1], item[2]),
        )
        taken: set[int] = set()
        for score, o, n in scored:
            if score < EDIT_THRESHOLD:
                break
            if o not in taken and n not in matched:
                matched[n] = o
                taken.add(o)
    return matched


def _moved(pairs: Sequence[tuple[int, int]]) -> set[int]:
    """New indices of matched items that left the longest run kept in the same relative order."""
    # Longest increasing subsequence of old indices (in new order), O(n log n) with back links.
    tails: list[int] = []  # position in `pairs` of the smallest tail of each run length
    back: list[int] = [-1] * len(pairs)
    for position, (_, old_index) in enumerate(pairs):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if pairs[tails[middle]][1] < old_index:
                low = middle + 1
            else:
                high = middle
        back[position] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(position)
        else:
            tails[low] = position
    kept: set[int] = set()
    position = tails[-1] if tails else -1
    while position >= 0:
        kept.add(pairs[position][0])
        position = back[position]
    return {new_index for new_index, _ in pairs} - kept


def _anchor(old_index: int, matched: dict[int, int]) -> int:
    """New index of the matched block that preceded ``old_index`` in the old page, else -1."""
    before = [n for n, o in matched.items() if o < old_index]
    return max(before, default=-1)


# ---------------------------------------------------------------------------------------------
# Paragraphs


def paragraph_changes(
    old: Sequence[str], new: Sequence[str], *, block: BlockRef | None
) -> list[Change]:
    """PARAGRAPH_* changes between two paragraph lists, in new order (removals in place)."""
    if tuple(old) == tuple(new):
        return []
    aligned = align_units(old, new)
    anchors = {
        a.old: a.new
        for a in aligned
        if a.op in (Op.EQUAL, Op.EDITED) and a.old is not None and a.new is not None
    }
    keyed: list[tuple[tuple[int, int, int], Change]] = []
    for item in aligned:
        change = _paragraph_change(item, old, new, block)
        if change is None:
            continue
        if item.new is not None:
            key = (item.new, 0, 0)
        else:
            assert item.old is not None
            preceding = (n for o, n in anchors.items() if o < item.old)
            key = (max(preceding, default=-1), 1, item.old)
        keyed.append((key, change))
    return [change for _, change in sorted(keyed, key=lambda pair: pair[0])]


_PARAGRAPH_KIND = {
    Op.ADDED: ChangeKind.PARAGRAPH_ADDED,
    Op.REMOVED: ChangeKind.PARAGRAPH_REMOVED,
    Op.EDITED: ChangeKind.PARAGRAPH_EDITED,
    Op.MOVED: ChangeKind.PARAGRAPH_MOVED,
}


def _paragraph_change(
    item: Aligned, old: Sequence[str], new: Sequence[str], block: BlockRef | None
) -> Change | None:
    kind = _PARAGRAPH_KIND.get(item.op)
    if kind is None:
        return None
    return Change(
        kind,
        block=block,
        text=None if item.new is None else new[item.new],
        previous_text=None if item.old is None else old[item.old],
        paragraph=item.new,
        previous_paragraph=item.old,
    )


# ---------------------------------------------------------------------------------------------
# Struck text


def _strike_key(span: StruckSpan) -> tuple[str | None, str]:
    return span.block_id, fold(span.text)


def _new_strikes(old: Sequence[StruckSpan], new: Sequence[StruckSpan]) -> list[StruckSpan]:
    """Spans struck in ``new`` that were not already struck (by block and folded text)."""
    seen = Counter(_strike_key(span) for span in old)
    fresh: list[StruckSpan] = []
    for span in new:
        key = _strike_key(span)
        if seen[key]:
            seen[key] -= 1
        else:
            fresh.append(span)
    return fresh


def _strike_changes(
    spans: Sequence[StruckSpan], block_id: str | None, ref: BlockRef | None
) -> Iterator[Change]:
    for span in spans:
        if span.block_id == block_id:
            yield Change(
                ChangeKind.TEXT_STRUCK, block=ref, text=span.text, paragraph=span.paragraph
            )
