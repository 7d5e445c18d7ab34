"""The standing of every block ever seen, across an article's whole history."""

from __future__ import annotations

from collections.abc import Sequence

from monitor.model import BlockStatus, ChangeKind, RetractionReason, Revision

# Worst first wins: a removed block stays removed even if it was also disputed.
_PRECEDENCE = (
    BlockStatus.ACTIVE,
    BlockStatus.EDITED,
    BlockStatus.DISPUTED,
    BlockStatus.CORRECTED,
    BlockStatus.STRUCK,
    BlockStatus.REMOVED,
)
_RANK = {status: rank for rank, status in enumerate(_PRECEDENCE)}
_BY_REASON = {
    RetractionReason.CONTRADICTION: BlockStatus.DISPUTED,
    RetractionReason.CORRECTION: BlockStatus.CORRECTED,
    RetractionReason.STRUCK: BlockStatus.STRUCK,
}
_SILENT_EDITS = frozenset(
    {ChangeKind.PARAGRAPH_EDITED, ChangeKind.PARAGRAPH_REMOVED, ChangeKind.UPDATE_EDITED}
)


def block_statuses(revisions: Sequence[Revision]) -> dict[str, BlockStatus]:
    """block id → status, with precedence removed > struck > corrected > disputed > edited.

    Reads each revision's blocks, changes and retractions as stored (oldest first). A block is
    EDITED when it was silently and substantively edited after it appeared (a silent typo fix
    is not worth a badge); DISPUTED / CORRECTED / STRUCK come from the retractions that target
    it; REMOVED needs a removal *and* absence from the latest revision, so a block that a CDN
    flip-flop dropped and restored is judged on its other signals.
    """
    statuses: dict[str, BlockStatus] = {}
    removed: set[str] = set()

    def escalate(block_id: str, status: BlockStatus) -> None:
        current = statuses.get(block_id, BlockStatus.ACTIVE)
        statuses[block_id] = max(current, status, key=_RANK.__getitem__)

    for revision in revisions:
        for block in revision.article.blocks:
            statuses.setdefault(block.id, BlockStatus.ACTIVE)
        for change in revision.changes:
            if change.block is None:
                continue
            statuses.setdefault(change.block.id, BlockStatus.ACTIVE)
            if change.kind is ChangeKind.UPDATE_REMOVED:
                removed.add(change.block.id)
            elif change.kind in _SILENT_EDITS and change.silent and change.substantive:
                escalate(change.block.id, BlockStatus.EDITED)
        for retraction in revision.retractions:
            if retraction.target is None:
                continue
            if retraction.reason is RetractionReason.REMOVED:
                removed.add(retraction.target.id)
            else:
                escalate(retraction.target.id, _BY_REASON[retraction.reason])
    latest = revisions[-1].article if revisions else None
    for block_id in removed:
        if latest is not None and latest.block(block_id) is None:
            escalate(block_id, BlockStatus.REMOVED)
    return statuses
