"""Cosmetic or substantive, silent or noted: what each change is.

Substantive means a reader's understanding could change: a number, a name, a negation, a quote
or its attribution, a sentence that appears or disappears, or other rewording. Cosmetic means
whitespace, punctuation, quote/dash style, case, or a typo fix (edit distance ≤ 2 on a word that
is not a name). Cosmetic changes carry the label of what they were ("punctuation", "typo", ...)
so the digest can count them; substantive ones carry why ("number", "name", ...).

Silent means an edit or removal of text that already existed (the body, or blocks of an earlier
revision) in a revision that brought no new update block and no correction/editor's note. New
blocks are never silent; additions, moves, strikes and headline changes are not silent either
(a strike is itself a visible note; a headline change is shown on its own).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from monitor.classify.signals import entities, negations, numbers, quotes
from monitor.diff.align import Op, align_units, word_diff
from monitor.diff.units import fold, split_sentences, words
from monitor.extract.normalize import normalize_for_compare
from monitor.model import Article, Change, ChangeKind

SUBSTANTIVE_LABELS = (
    "number",
    "name",
    "negation",
    "quote",
    "sentence_removed",
    "sentence_added",
    "struck",
    "wording",
)
_EDITS = frozenset(
    {ChangeKind.PARAGRAPH_EDITED, ChangeKind.UPDATE_EDITED, ChangeKind.TITLE_CHANGED}
)
_SILENCEABLE = frozenset(
    {
        ChangeKind.PARAGRAPH_EDITED,
        ChangeKind.PARAGRAPH_REMOVED,
        ChangeKind.UPDATE_EDITED,
        ChangeKind.UPDATE_REMOVED,
    }
)
_PUNCTUATION = re.compile(r"[^\w\s]")


def classify_changes(old: Article, new: Article, changes: Sequence[Change]) -> tuple[Change, ...]:
    """The same changes with ``substantive``, ``silent`` and ``labels`` set."""
    del old, new  # the changes carry their texts; kept for a stable, extensible signature
    noted = any(change.kind is ChangeKind.UPDATE_ADDED for change in changes)
    return tuple(_classify(change, noted=noted) for change in changes)


def _classify(change: Change, *, noted: bool) -> Change:
    if change.kind in _EDITS:
        substantive, labels = edit_labels(change.previous_text or "", change.text or "")
    elif change.kind in (ChangeKind.PARAGRAPH_MOVED, ChangeKind.UPDATE_MOVED):
        substantive, labels = False, ("moved",)
    elif change.kind is ChangeKind.TEXT_STRUCK:
        substantive, labels = True, ("struck",)
    elif change.kind in (ChangeKind.PARAGRAPH_ADDED, ChangeKind.UPDATE_ADDED):
        substantive = bool(words(change.text or ""))
        labels = ("sentence_added",) if substantive else ("whitespace",)
    else:  # PARAGRAPH_REMOVED, UPDATE_REMOVED
        substantive = bool(words(change.previous_text or ""))
        labels = ("sentence_removed",) if substantive else ("whitespace",)
    silent = change.kind in _SILENCEABLE and not noted
    return dataclasses.replace(change, substantive=substantive, silent=silent, labels=labels)


def edit_labels(old: str, new: str) -> tuple[bool, tuple[str, ...]]:
    """(substantive, labels) for one edited text (a paragraph, a headline, a block label)."""
    cosmetic = _cosmetic_kind(old, new)
    if cosmetic is not None:
        return False, (cosmetic,)
    labels: list[str] = []
    if numbers(old) != numbers(new):
        labels.append("number")
    if _names(old) != _names(new):
        labels.append("name")
    if negations(old) != negations(new):
        labels.append("negation")
    if quotes(old) != quotes(new):
        labels.append("quote")
    labels.extend(_sentence_labels(old, new))
    if not labels:
        if _only_typos(old, new):
            return False, ("typo",)
        labels.append("wording")
    return True, tuple(labels)


def _cosmetic_kind(old: str, new: str) -> str | None:
    """Which cosmetic difference, if that is all there is; None when something else changed."""
    if old == new:
        return "unchanged"
    if old.split() == new.split():
        return "whitespace"
    folded_old, folded_new = fold(old), fold(new)
    if folded_old == folded_new or normalize_for_compare(old) == normalize_for_compare(new):
        return "quote_style"  # also dash style and dash spacing ("a—b" / "a - b")
    if folded_old.casefold() == folded_new.casefold():
        return "case"
    if _PUNCTUATION.sub("", folded_old).split() == _PUNCTUATION.sub("", folded_new).split():
        return "punctuation"
    return None


def _names(text: str) -> frozenset[frozenset[str]]:
    return frozenset(entity.key for entity in entities(text) if not entity.initial)


def _sentence_labels(old: str, new: str) -> list[str]:
    aligned = align_units(split_sentences(fold(old)), split_sentences(fold(new)))
    labels = []
    if any(a.op is Op.REMOVED for a in aligned):
        labels.append("sentence_removed")
    if any(a.op is Op.ADDED for a in aligned):
        labels.append("sentence_added")
    return labels


def _only_typos(old: str, new: str) -> bool:
    """Every changed word is a near-spelling of the word it replaced, and not a name."""
    removed: list[str] = []
    added: list[str] = []
    for op, text in word_diff(fold(old), fold(new)):
        tokens = words(text)
        if op < 0:
            removed.extend(tokens)
        elif op > 0:
            added.extend(tokens)
        if op == 0 or (op > 0 and removed):
            if not _typo_pairs(removed, added):
                return False
            if op == 0:
                removed, added = [], []
    return _typo_pairs(removed, added)


def _typo_pairs(removed: list[str], added: list[str]) -> bool:
    if not removed and not added:
        return True
    if len(removed) != len(added):
        return False
    return all(_is_typo_fix(a, b) for a, b in zip(removed, added, strict=True))


def _is_typo_fix(before: str, after: str) -> bool:
    if before[:1].isupper() or after[:1].isupper():
        return False  # a name, or a sentence start we cannot tell from one
    if max(len(before), len(after)) < 4:
        # "he"/"she", "now"/"not": short words carry meaning; only a swap ("teh") is a typo.
        return len(before) == len(after) and sorted(before) == sorted(after)
    return _edit_distance(before.casefold(), after.casefold(), limit=2) <= 2


def _edit_distance(a: str, b: str, *, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment), stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
