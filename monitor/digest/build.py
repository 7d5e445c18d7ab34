"""History → Digest: decide what a reader should see, in what order. No rendering here.

A digest answers "what changed since I last looked?" for each article, most important first:

1. retractions (later text walking back earlier text) and silent substantive edits — the events
   an outlet does not announce, and the reason this tool exists;
2. new update blocks, with their stamps;
3. headline changes;
4. other substantive edits;
5. cosmetic edits, which renderers collapse into a count.

Within each section the newest revision comes first. Revisions fetched at or before ``since``
are context only: they feed block statuses and "previous version" provenance, never a section.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor.classify import block_statuses
from monitor.model import (
    ArticleHistory,
    BlockStatus,
    Change,
    ChangeKind,
    Retraction,
    RetractionReason,
    Revision,
    UpdateBlock,
    block_paragraphs,
)


@dataclass(frozen=True, slots=True)
class RevisionStamp:
    """Which version something was seen in: provenance for every line of a digest."""

    number: int
    fetched_at: datetime  # aware, UTC


@dataclass(frozen=True, slots=True)
class RetractionItem:
    """A walk-back, plus the hedge words of the earlier claim ("reportedly", "unconfirmed")."""

    retraction: Retraction
    revision: RevisionStamp
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NewUpdate:
    """An update block as it first appeared, with its status now (it may since be disputed)."""

    block: UpdateBlock
    revision: RevisionStamp
    status: BlockStatus = BlockStatus.ACTIVE


@dataclass(frozen=True, slots=True)
class Edit:
    """One change between two revisions, with the revision that introduced it."""

    change: Change
    revision: RevisionStamp


@dataclass(frozen=True, slots=True)
class BlockState:
    """A block of the latest revision, or the last-seen text of a block since removed."""

    block: UpdateBlock
    status: BlockStatus


@dataclass(frozen=True, slots=True)
class ArticleDigest:
    """One article's sections, each newest-first, plus what the JSON contract lists in full."""

    article_id: int
    url: str
    title: str
    revisions: tuple[Revision, ...]  # the reported revisions (after ``since``), oldest first
    previous: RevisionStamp | None  # the last revision before the window, for provenance
    retractions: tuple[RetractionItem, ...] = ()
    silent_edits: tuple[Edit, ...] = ()
    new_updates: tuple[NewUpdate, ...] = ()
    headline_changes: tuple[Edit, ...] = ()
    edits: tuple[Edit, ...] = ()
    cosmetic_edits: tuple[Edit, ...] = ()
    blocks: tuple[BlockState, ...] = ()

    @property
    def latest(self) -> Revision:
        return self.revisions[-1]

    @property
    def has_events(self) -> bool:
        """Anything to report beyond "we have this version"."""
        return any(
            (
                self.retractions,
                self.silent_edits,
                self.new_updates,
                self.headline_changes,
                self.edits,
                self.cosmetic_edits,
            )
        )

    @property
    def first_seen(self) -> bool:
        """True when the window starts at revision 1: the article is new to us, not changed."""
        return self.revisions[0].number == 1 and self.previous is None


@dataclass(frozen=True, slots=True)
class Digest:
    generated_at: datetime
    since: datetime | None
    watched: int  # how many histories were passed in: tells "nothing polled" from "no changes"
    articles: tuple[ArticleDigest, ...]


def build_digest(
    histories: Sequence[ArticleHistory], *, since: datetime | None, generated_at: datetime
) -> Digest:
    articles = [
        article
        for history in histories
        if (article := _article_digest(history, since=since)) is not None
    ]
    # Newest change first; the article id breaks ties so equal inputs give equal output.
    articles.sort(key=lambda a: (-a.latest.fetched_at.timestamp(), a.article_id))
    return Digest(
        generated_at=generated_at, since=since, watched=len(histories), articles=tuple(articles)
    )


def _article_digest(history: ArticleHistory, *, since: datetime | None) -> ArticleDigest | None:
    window = tuple(r for r in history.revisions if since is None or r.fetched_at > since)
    if not window:
        return None
    context = [r for r in history.revisions if r.number < window[0].number]
    statuses = block_statuses(history.revisions)
    newest_first = sorted(window, key=lambda r: r.number, reverse=True)

    retractions = [_retraction_item(r, rev) for rev in newest_first for r in rev.retractions]
    changes = [
        (rev, change)
        for rev in newest_first
        for change in rev.changes
        if not _told_by_a_retraction(change, rev)
    ]
    new_updates = [
        _new_update(change, rev, statuses)
        for rev, change in changes
        if change.kind is ChangeKind.UPDATE_ADDED and change.block is not None
    ]
    rest = [Edit(c, _stamp(rev)) for rev, c in changes if c.kind is not ChangeKind.UPDATE_ADDED]
    return ArticleDigest(
        article_id=history.article_id,
        url=history.url,
        title=window[-1].article.title or history.title,
        revisions=window,
        previous=_stamp(context[-1]) if context else None,
        retractions=tuple(retractions),
        silent_edits=tuple(e for e in rest if _tier(e.change) == "silent"),
        new_updates=tuple(new_updates),
        headline_changes=tuple(e for e in rest if _tier(e.change) == "headline"),
        edits=tuple(e for e in rest if _tier(e.change) == "edit"),
        cosmetic_edits=tuple(e for e in rest if _tier(e.change) == "cosmetic"),
        blocks=tuple(_block_states(history.revisions, statuses)),
    )


def _tier(change: Change) -> str:
    if not change.substantive:
        return "cosmetic"
    if change.silent:
        return "silent"
    if change.kind is ChangeKind.TITLE_CHANGED:
        return "headline"
    return "edit"


def _told_by_a_retraction(change: Change, revision: Revision) -> bool:
    """A silent removal/strike of a block is already reported as a retraction: say it once."""
    if change.block is None or change.kind not in (
        ChangeKind.UPDATE_REMOVED,
        ChangeKind.TEXT_STRUCK,
    ):
        return False
    return any(
        r.target is not None
        and r.target.id == change.block.id
        and r.reason in (RetractionReason.REMOVED, RetractionReason.STRUCK)
        for r in revision.retractions
    )


def _stamp(revision: Revision) -> RevisionStamp:
    return RevisionStamp(revision.number, revision.fetched_at)


def _new_update(change: Change, revision: Revision, statuses: dict[str, BlockStatus]) -> NewUpdate:
    """The block as the page had it in that revision (the change may carry only its text)."""
    ref = change.block
    assert ref is not None  # filtered by the caller
    block = revision.article.block(ref.id) or UpdateBlock(
        id=ref.id,
        kind=ref.kind,
        label=ref.label,
        paragraphs=tuple(block_paragraphs(change.text or "")),
        timestamp=ref.timestamp,
    )
    return NewUpdate(block, _stamp(revision), statuses.get(ref.id, BlockStatus.ACTIVE))


def _retraction_item(retraction: Retraction, revision: Revision) -> RetractionItem:
    return RetractionItem(retraction, _stamp(revision), hedges=hedges_in(retraction.claim))


# Words by which an outlet signals it is not yet sure: a walked-back claim that carried one was
# reported as unconfirmed, which readers weigh differently from a flat error.
_HEDGE = re.compile(
    r"\b(reportedly|unconfirmed|allegedly|apparent(?:ly)?|possibl[ey]|may have|"
    r"is said to|are said to|was said to|according to|believed to|it appears)\b",
    re.IGNORECASE,
)


def hedges_in(text: str) -> tuple[str, ...]:
    """The hedge words of ``text``, lower-cased, each once, in order of appearance."""
    return tuple(dict.fromkeys(m.group(1).lower() for m in _HEDGE.finditer(text)))


def _block_states(
    revisions: Sequence[Revision], statuses: dict[str, BlockStatus]
) -> Iterable[BlockState]:
    """The latest revision's blocks in page order, then removed blocks in order first seen."""
    if not revisions:
        return
    latest = revisions[-1].article
    for block in latest.blocks:
        yield BlockState(block, statuses.get(block.id, BlockStatus.ACTIVE))
    last_seen: dict[str, UpdateBlock] = {}
    for revision in revisions:
        for block in revision.article.blocks:
            last_seen[block.id] = block
    for block_id, block in last_seen.items():
        if latest.block(block_id) is None:
            yield BlockState(block, BlockStatus.REMOVED)
