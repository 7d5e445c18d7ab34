"""Lazy bridges to ``classify.block_statuses`` and ``diff.word_diff``, with private fallbacks.

Those two functions belong to the classify and diff stages. The digest imports them at call time
so it never pins an import order between stages, and falls back to a small approximation when the
stage module (or the function in it) is not installed — e.g. a partial checkout. The fallbacks
are deliberately simpler than the real thing: they exist so a digest still renders, not to
compete with classify/diff. Only a *missing* module or attribute triggers a fallback; an error
raised inside the real module propagates.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any, cast

from diff_match_patch import diff_match_patch

from monitor.model import BlockStatus, ChangeKind, RetractionReason, Revision

WordOps = list[tuple[int, str]]  # diff-match-patch ops: -1 deleted, 0 kept, 1 inserted


def _upstream(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as err:
        if err.name != module:
            raise  # the module exists but one of *its* imports is missing: a real bug
        return None
    function = getattr(found, name, None)
    return cast("Callable[..., Any] | None", function)


def block_statuses(revisions: Sequence[Revision]) -> dict[str, BlockStatus]:
    real = _upstream("monitor.classify", "block_statuses")
    if real is not None:
        return cast("dict[str, BlockStatus]", real(revisions))
    return approximate_block_statuses(revisions)


def word_diff(old: str, new: str) -> WordOps:
    real = _upstream("monitor.diff", "word_diff")
    if real is not None:
        return cast("WordOps", real(old, new))
    return dmp_word_diff(old, new)


# ---------------------------------------------------------------------------------------------
# Fallbacks

# Worst last: a block both edited and disputed reads as disputed.
_SEVERITY = (
    BlockStatus.ACTIVE,
    BlockStatus.EDITED,
    BlockStatus.DISPUTED,
    BlockStatus.CORRECTED,
    BlockStatus.STRUCK,
    BlockStatus.REMOVED,
)
_STATUS_FOR_REASON = {
    RetractionReason.CONTRADICTION: BlockStatus.DISPUTED,
    RetractionReason.CORRECTION: BlockStatus.CORRECTED,
    RetractionReason.STRUCK: BlockStatus.STRUCK,
    # REMOVED is decided by presence in the latest revision: a block can come back.
}


def approximate_block_statuses(revisions: Sequence[Revision]) -> dict[str, BlockStatus]:
    """Every block ever seen → its worst status, from edits, retractions, strikes and absence."""
    statuses: dict[str, BlockStatus] = {}

    def worsen(block_id: str, status: BlockStatus) -> None:
        current = statuses.get(block_id, BlockStatus.ACTIVE)
        statuses[block_id] = max(current, status, key=_SEVERITY.index)

    for revision in revisions:
        for block in revision.article.blocks:
            statuses.setdefault(block.id, BlockStatus.ACTIVE)
        for change in revision.changes:
            if change.block is not None and change.kind is ChangeKind.UPDATE_EDITED:
                worsen(change.block.id, BlockStatus.EDITED)
        for retraction in revision.retractions:
            status = _STATUS_FOR_REASON.get(retraction.reason)
            if retraction.target is not None and status is not None:
                worsen(retraction.target.id, status)
    if revisions:
        latest = revisions[-1].article
        for span in latest.struck:
            if span.block_id is not None:
                worsen(span.block_id, BlockStatus.STRUCK)
        for block_id in statuses:
            if latest.block(block_id) is None:
                statuses[block_id] = BlockStatus.REMOVED
    return statuses


# Words, runs of whitespace, and single punctuation marks: the units a reader sees change.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def dmp_word_diff(old: str, new: str) -> WordOps:
    """diff-match-patch in word mode: each distinct token becomes one code point, then diff."""
    table: list[str] = []
    codes: dict[str, str] = {}

    def encode(text: str) -> str:
        out = []
        for token in _TOKEN.findall(text):
            code = codes.get(token)
            if code is None:
                index = len(table) + 1  # skip U+0000
                code = chr(index if index < 0xD800 else index + 0x800)  # never a surrogate
                codes[token] = code
                table.append(token)
            out.append(code)
        return "".join(out)

    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # exact diffs: paragraphs are short, and a timeout is nondeterministic
    ops = engine.diff_main(encode(old), encode(new), False)
    decode = {code: token for token, code in codes.items()}
    engine.diff_cleanupSemantic(ops)
    return [(op, "".join(decode[c] for c in chunk)) for op, chunk in ops]
