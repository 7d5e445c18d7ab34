"""Sequence alignment with diff-match-patch: units (paragraphs, sentences) and words.

Both use the ``diff_linesToChars`` trick from the diff-match-patch docs, done here by hand so a
unit may contain any character (the library's version splits on "\\n"): every distinct unit
becomes one code point, the Myers diff runs over those code points, and the result is mapped
back. ``Diff_Timeout`` is 0 (exact, and no clock read): after encoding, a 30 KB article is a
string of ~50 code points, and a paragraph a string of a few hundred.

Unit alignment follows NewsEdits (Spangher et al. 2022): an unchanged unit is an equality of the
Myers diff; a deleted unit whose exact text is inserted elsewhere is a *move*; remaining deletions
are paired greedily with the most similar insertion (similarity ≥ 0.5) into *edits*; what is
left is an addition or a deletion.
"""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from monitor.diff.units import profile, similarity

EDIT_THRESHOLD = 0.5
# Pairing deletions with insertions is quadratic; past this many candidate pairs we only pair
# within each changed region (hunk), which is where edits almost always are.
MAX_CANDIDATE_PAIRS = 400
_SURROGATES = range(0xD800, 0xE000)


class Op(enum.Enum):
    EQUAL = "equal"
    ADDED = "added"
    REMOVED = "removed"
    EDITED = "edited"
    MOVED = "moved"


@dataclass(frozen=True, slots=True)
class Aligned:
    """One unit's fate: ``old`` / ``new`` index the input sequences (None when absent)."""

    op: Op
    old: int | None
    new: int | None


def _new_dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # exact and deterministic; inputs are encoded, hence short
    return dmp


def _encode(*sequences: Sequence[str]) -> tuple[list[str], list[str]]:
    """One code point per distinct unit, shared across sequences; returns (encoded, table)."""
    codes: dict[str, str] = {}
    table: list[str] = []
    encoded: list[str] = []
    next_code = 1
    for units in sequences:
        chars = []
        for unit in units:
            code = codes.get(unit)
            if code is None:
                if next_code in _SURROGATES:
                    next_code = _SURROGATES.stop
                code = chr(next_code)
                next_code += 1
                codes[unit] = code
                table.append(unit)
            chars.append(code)
        encoded.append("".join(chars))
    return encoded, table


def _hunks(
    diffs: Iterable[tuple[int, str]],
) -> tuple[list[Aligned], list[tuple[list[int], list[int]]]]:
    """Equal pairs, and the (deleted old indices, inserted new indices) of each changed region."""
    equal: list[Aligned] = []
    hunks: list[tuple[list[int], list[int]]] = []
    i = j = 0
    current: tuple[list[int], list[int]] | None = None
    for op, chars in diffs:
        if op == 0:
            equal.extend(Aligned(Op.EQUAL, i + k, j + k) for k in range(len(chars)))
            i += len(chars)
            j += len(chars)
            current = None
            continue
        if current is None:
            current = ([], [])
            hunks.append(current)
        if op < 0:
            current[0].extend(range(i, i + len(chars)))
            i += len(chars)
        else:
            current[1].extend(range(j, j + len(chars)))
            j += len(chars)
    return equal, hunks


def _candidate_pairs(hunks: list[tuple[list[int], list[int]]]) -> Iterable[tuple[int, int]]:
    deleted = [d for dels, _ in hunks for d in dels]
    inserted = [n for _, ins in hunks for n in ins]
    if len(deleted) * len(inserted) <= MAX_CANDIDATE_PAIRS:
        return ((d, n) for d in deleted for n in inserted)
    return _in_hunk_pairs(hunks)


def _in_hunk_pairs(hunks: list[tuple[list[int], list[int]]]) -> Iterable[tuple[int, int]]:
    for dels, ins in hunks:
        if len(dels) * len(ins) <= MAX_CANDIDATE_PAIRS:
            yield from ((d, n) for d in dels for n in ins)
            continue
        # A huge rewritten region: only compare units at a similar relative position.
        window = max(1, MAX_CANDIDATE_PAIRS // max(1, len(dels)) // 2)
        for rank, d in enumerate(dels):
            centre = rank * len(ins) // len(dels)
            for n in ins[max(0, centre - window) : centre + window + 1]:
                yield d, n


def align_units(
    old: Sequence[str], new: Sequence[str], *, threshold: float = EDIT_THRESHOLD
) -> list[Aligned]:
    """Align two sequences of units; every old and every new index appears exactly once."""
    if tuple(old) == tuple(new):
        return [Aligned(Op.EQUAL, i, i) for i in range(len(old))]
    equal, hunks = _one_hunk(old, new) or _hunks(_myers(old, new))

    result = list(equal)
    free_old = {d for dels, _ in hunks for d in dels}
    free_new = {n for _, ins in hunks for n in ins}

    # Moves: the exact text left one place and arrived at another.
    by_text: dict[str, list[int]] = defaultdict(list)
    for d in sorted(free_old):
        by_text[old[d]].append(d)
    for n in sorted(free_new):
        sources = by_text.get(new[n])
        if sources:
            d = sources.pop(0)
            result.append(Aligned(Op.MOVED, d, n))
            free_old.discard(d)
            free_new.discard(n)

    if len(result) > len(equal):
        result = _heaviest_in_place(result, old)

    # Edits: greedy, most similar pair first. Profiles are built once per unit, not per pair.
    old_profiles = {d: profile(old[d]) for d in free_old}
    new_profiles = {n: profile(new[n]) for n in free_new}
    scored = [
        (similarity(old_profiles[d], new_profiles[n]), d, n)
        for d, n in _candidate_pairs(_regroup(hunks, free_old, free_new))
    ]
    for score, d, n in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if score < threshold:
            break
        if d in free_old and n in free_new:
            result.append(Aligned(Op.EDITED, d, n))
            free_old.discard(d)
            free_new.discard(n)

    result.extend(Aligned(Op.REMOVED, d, None) for d in sorted(free_old))
    result.extend(Aligned(Op.ADDED, None, n) for n in sorted(free_new))
    return result


def _heaviest_in_place(matched: list[Aligned], old: Sequence[str]) -> list[Aligned]:
    """``matched`` (units kept or moved word for word) with the longest texts kept in place.

    When two units swap places, Myers keeps one of them and calls the other moved, whichever
    comes first: a furniture line that hopped over a story paragraph could make the story
    paragraph the one that moved. Of the ways to keep as many units in place as Myers does,
    this keeps the one with the most text, so the shorter unit is the one that moved.
    """
    pairs = sorted(matched, key=lambda a: a.new or 0)
    # best[i]: (units, characters) of the heaviest chain of pairs in order ending at pairs[i].
    best: list[tuple[int, int]] = []
    before: list[int | None] = []
    for i, pair in enumerate(pairs):
        weight = len(old[pair.old or 0])
        score, link = (1, weight), None
        for j in range(i):
            if (pairs[j].old or 0) < (pair.old or 0):
                candidate = (best[j][0] + 1, best[j][1] + weight)
                if candidate > score:
                    score, link = candidate, j
        best.append(score)
        before.append(link)
    in_place: set[int] = set()
    at: int | None = max(range(len(pairs)), key=best.__getitem__) if pairs else None
    while at is not None:
        in_place.add(at)
        at = before[at]
    return [
        Aligned(Op.EQUAL if i in in_place else Op.MOVED, pair.old, pair.new)
        for i, pair in enumerate(pairs)
    ]


def _myers(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, str]]:
    (old_chars, new_chars), _ = _encode(old, new)
    diffs: list[tuple[int, str]] = _new_dmp().diff_main(old_chars, new_chars, False)
    return diffs


def _one_hunk(
    old: Sequence[str], new: Sequence[str]
) -> tuple[list[Aligned], list[tuple[list[int], list[int]]]] | None:
    """``_hunks(_myers(old, new))`` when the two differ in exactly one unit each, between a
    common head and tail (one edited paragraph or sentence); else None.

    diff_match_patch trims the common head and tail too, returns two single different units as
    one deletion and one insertion, and its merge pass has nothing to shift in such a diff (it
    only shifts a lone insertion or deletion): the same answer without encoding or diffing.
    """
    if len(old) != len(new):
        return None
    changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    if len(changed) != 1:
        return None
    (index,) = changed
    equal = [Aligned(Op.EQUAL, i, i) for i in range(len(old)) if i != index]
    return equal, [([index], [index])]


def _regroup(
    hunks: list[tuple[list[int], list[int]]], free_old: set[int], free_new: set[int]
) -> list[tuple[list[int], list[int]]]:
    return [
        ([d for d in dels if d in free_old], [n for n in ins if n in free_new])
        for dels, ins in hunks
    ]


# ---------------------------------------------------------------------------------------------
# Words

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """Word-level diff: ``[(op, text), ...]`` with op -1 (deleted), 0 (kept), 1 (inserted).

    Tokens are words, whitespace runs and single punctuation marks, so a change never splits a
    word ("airport" → "International Airport", not "a" + "International A"). The semantic
    cleanup runs on the encoded tokens, so its lengths are counted in tokens and its overlap
    elimination cannot cut a word in two. Joining the 0 and -1 texts gives ``old``; the 0 and 1
    texts give ``new``.
    """
    if old == new:
        return [(0, old)] if old else []
    old_tokens = _TOKEN.findall(old)
    new_tokens = _TOKEN.findall(new)
    (old_chars, new_chars), table = _encode(old_tokens, new_tokens)
    dmp = _new_dmp()
    diffs = dmp.diff_main(old_chars, new_chars, False)
    dmp.diff_cleanupSemantic(diffs)
    decoded: list[tuple[int, str]] = []
    for op, chars in diffs:
        text = "".join(table[_code_index(c)] for c in chars)
        if not text:
            continue
        if decoded and decoded[-1][0] == op:
            decoded[-1] = (op, decoded[-1][1] + text)
        else:
            decoded.append((op, text))
    return decoded


def _code_index(char: str) -> int:
    """Inverse of the code assignment in ``_encode`` (codes start at 1, skipping surrogates)."""
    code = ord(char)
    if code >= _SURROGATES.stop:
        code -= len(_SURROGATES)
    return code - 1
