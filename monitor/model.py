"""The domain objects every stage passes along.

Frozen, slotted dataclasses with tuples (not lists) so values are hashable and compare in tests;
enums for closed sets; timezone-aware datetimes everywhere (UTC for instants we observe, the
publisher's IANA zone for timestamps read from the page). No behaviour beyond tiny derived
properties: logic lives in the stage modules.

The pipeline, one article, one poll::

    fetch ─► Snapshot | NotModified ─► extract ─► Article ─► decide ─► Plan ─► store.apply
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

# ---------------------------------------------------------------------------------------------
# Fetching


@dataclass(frozen=True, slots=True)
class Validators:
    """What the server told us last time, sent back for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One successful HTTP response for one article, decoded exactly once.

    ``body`` is the raw (decompressed) bytes; ``html`` is that body decoded with ``encoding``,
    which ``fetch`` chose from the header charset, then the ``<meta>`` charset, then detection.
    """

    url: str  # the URL we asked for (the configured one)
    final_url: str  # after redirects
    fetched_at: datetime  # aware, UTC
    status: int
    body: bytes
    html: str
    encoding: str
    content_type: str | None = None
    validators: Validators = Validators()
    elapsed_ms: float = 0.0


@dataclass(frozen=True, slots=True)
class NotModified:
    """The server answered 304: nothing to extract. A value, not an error."""

    url: str
    fetched_at: datetime
    validators: Validators = Validators()
    elapsed_ms: float = 0.0


# ---------------------------------------------------------------------------------------------
# Extraction


class BlockKind(enum.StrEnum):
    """What an appended/prepended block is, as the publisher marked it."""

    UPDATE = "update"
    CORRECTION = "correction"
    CLARIFICATION = "clarification"
    EDITORS_NOTE = "editors_note"
    LIVE_ENTRY = "live_entry"


@dataclass(frozen=True, slots=True)
class StruckSpan:
    """Text the publisher struck through (``<del>``, ``<s>``, ``<strike>``), kept, never merged.

    ``block_id`` is None for the article body. ``paragraph`` indexes the paragraph the span sat in
    (within the body or the block). ``struck_at`` comes from ``<del datetime>`` when present.
    """

    text: str
    block_id: str | None
    paragraph: int
    struck_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class UpdateBlock:
    """A timestamped block: an UPDATE, a live-blog entry, a correction or an editor's note.

    ``id`` is stable across revisions of the same article (derived by ``extract`` from the kind
    and the resolved timestamp, else the normalised label, else the first paragraph), so diffing
    can align blocks by id first. ``label`` is the marker as printed ("UPDATE: 3:30pm EST—");
    ``timestamp_raw`` the stamp text inside it ("3:30pm EST"); ``timestamp`` the resolved aware
    datetime in the publisher's IANA zone, or None when it could not be resolved without
    guessing (ambiguous abbreviation, no stamp).
    """

    id: str
    kind: BlockKind
    label: str
    paragraphs: tuple[str, ...]
    timestamp: datetime | None = None
    timestamp_raw: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def block_paragraphs(text: str) -> list[str]:
    """The paragraphs of a block's ``text`` (``UpdateBlock.text``), as a change carries it."""
    return text.split("\n\n")


@dataclass(frozen=True, slots=True)
class Article:
    """What a page says, with boilerplate removed.

    ``paragraphs`` is the body outside update blocks, in page order, with struck text removed
    (see ``struck``). ``blocks`` are in page order (appended or prepended as the page has them).
    Text is normalised (NFC, whitespace collapsed) but otherwise as published.
    """

    title: str
    paragraphs: tuple[str, ...]
    blocks: tuple[UpdateBlock, ...] = ()
    struck: tuple[StruckSpan, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    canonical_url: str | None = None
    language: str | None = None
    is_live: bool = False  # a live blog, or a headline flagged "(Updated)"

    def block(self, block_id: str) -> UpdateBlock | None:
        for block in self.blocks:
            if block.id == block_id:
                return block
        return None


# ---------------------------------------------------------------------------------------------
# Diffing and classification


class ChangeKind(enum.StrEnum):
    TITLE_CHANGED = "title_changed"
    UPDATE_ADDED = "update_added"
    UPDATE_EDITED = "update_edited"
    UPDATE_REMOVED = "update_removed"
    UPDATE_MOVED = "update_moved"
    PARAGRAPH_ADDED = "paragraph_added"
    PARAGRAPH_EDITED = "paragraph_edited"
    PARAGRAPH_REMOVED = "paragraph_removed"
    PARAGRAPH_MOVED = "paragraph_moved"
    TEXT_STRUCK = "text_struck"


# The changes that say a paragraph or an update block went: what an article's history
# remembers of lines that flicker (``Store.removed_before``, ``classify.drop_comebacks``).
REMOVALS = frozenset({ChangeKind.PARAGRAPH_REMOVED, ChangeKind.UPDATE_REMOVED})
# The changes that shift a line: an edit replaced it, or it moved. Remembered a while, as a
# meter ticks on every poll and a notice the CMS sets elsewhere on every view moves on every
# poll (``flicker.EDITS_REMEMBERED``, ``pipeline.lines_lost``, ``Store.lost_lines``).
SHIFTS = frozenset({ChangeKind.PARAGRAPH_EDITED, ChangeKind.PARAGRAPH_MOVED})


@dataclass(frozen=True, slots=True)
class BlockRef:
    """Which block a change or retraction is about, as it is shown to a reader."""

    id: str
    kind: BlockKind
    label: str
    timestamp: datetime | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """One named difference between two consecutive revisions.

    ``block`` is None for the title and the body. ``paragraph`` / ``previous_paragraph`` index the
    paragraph in the new / old revision (within the body or the block). ``substantive`` is False
    for whitespace, punctuation, quote-style and typo fixes. ``silent`` marks an edit to existing
    text that arrived with no new update block or correction note in the same revision.
    ``labels`` say why it is substantive: "number", "name", "negation", "quote", "sentence_removed",
    "sentence_added", ...
    """

    kind: ChangeKind
    block: BlockRef | None = None
    text: str | None = None
    previous_text: str | None = None
    paragraph: int | None = None
    previous_paragraph: int | None = None
    substantive: bool = True
    silent: bool = False
    labels: tuple[str, ...] = ()


class RetractionReason(enum.StrEnum):
    CONTRADICTION = "contradiction"
    CORRECTION = "correction"
    STRUCK = "struck"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class Retraction:
    """A link from later text to the earlier text it walks back.

    ``update`` is the later block that disputes/corrects (None for a silent removal or a strike
    in the body); ``target`` the earlier block affected (None when the target is body text);
    ``claim`` the earlier sentence; ``evidence`` the later sentence ("" for a silent removal);
    ``cue`` the words that triggered the link ("conflicting reports", "denying", "<del>", ...).
    """

    reason: RetractionReason
    update: BlockRef | None
    target: BlockRef | None
    claim: str
    evidence: str
    cue: str
    score: float = 1.0
    entities: tuple[str, ...] = ()


class BlockStatus(enum.StrEnum):
    ACTIVE = "active"
    EDITED = "edited"
    DISPUTED = "disputed"
    CORRECTED = "corrected"
    STRUCK = "struck"
    REMOVED = "removed"


# ---------------------------------------------------------------------------------------------
# Revisions and polls


class PollOutcome(enum.StrEnum):
    FIRST = "first"  # first revision of this article
    CHANGED = "changed"  # a new revision
    UNCHANGED = "unchanged"  # fetched, same content as the latest revision
    NOT_MODIFIED = "not_modified"  # 304
    REVERTED = "reverted"  # identical to an older revision (CDN flip-flop): no new revision
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Revision:
    """One distinct version of an article, numbered 1, 2, 3 ... per article."""

    number: int
    fetched_at: datetime
    content_hash: str
    article: Article
    changes: tuple[Change, ...] = ()
    retractions: tuple[Retraction, ...] = ()


@dataclass(frozen=True, slots=True)
class LostLine:
    """A short line a new revision no longer shows though no change reports it: furniture the
    article lost. Its coming back is not news (``monitor.flicker``), as for a reported loss."""

    text: str
    replaced: bool  # an edit replaced it (remembered a while), else it went


@dataclass(frozen=True, slots=True)
class FailureInfo:
    """A failed poll, as stored and shown in ``monitor status``."""

    kind: str  # the MonitorError subclass name, e.g. "FetchTimeout"
    message: str  # one sentence
    transient: bool
    retry_after_s: float | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """What to do after one poll. Data only; ``store.apply(plan)`` performs it atomically."""

    url: str
    outcome: PollOutcome
    polled_at: datetime
    next_poll_at: datetime
    interval_s: float
    revision: Revision | None = None  # set for FIRST and CHANGED
    reverted_to: int | None = None  # set for REVERTED
    snapshot: Snapshot | None = None  # the raw response, kept compressed for re-extraction
    validators: Validators = Validators()
    failure: FailureInfo | None = None
    elapsed_ms: float = 0.0
    stopped: bool = False  # the schedule says this article went quiet: stop polling it
    furniture_lost: tuple[LostLine, ...] = ()  # set with ``revision``: what it lost unreported


@dataclass(frozen=True, slots=True)
class ArticleHistory:
    """Everything the digest needs about one article: what the store hands to ``digest``."""

    article_id: int
    url: str
    title: str
    revisions: tuple[Revision, ...]  # oldest first, each with its full Article
