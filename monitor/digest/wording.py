"""The words and stamps every renderer shares, so text, Markdown and Atom say the same thing.

Everything returned here is terminal-safe (``_text.one_line``) but not escaped for any markup:
the Markdown and HTML renderers escape on top of it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from monitor._text import one_line
from monitor.diff import word_diff
from monitor.digest.build import ArticleDigest, Digest, RetractionItem
from monitor.model import (
    BlockKind,
    BlockRef,
    BlockStatus,
    Change,
    ChangeKind,
    RetractionReason,
    UpdateBlock,
)

WordOps = list[tuple[int, str]]  # diff-match-patch ops: -1 deleted, 0 kept, 1 inserted

# "Disputed" unless the outlet itself said "Correction": we report a walk-back, we do not judge it.
VERDICT = {
    RetractionReason.CONTRADICTION: "DISPUTED",
    RetractionReason.CORRECTION: "CORRECTED",
    RetractionReason.STRUCK: "STRUCK",
    RetractionReason.REMOVED: "REMOVED",
}

_KIND_NAME = {
    BlockKind.UPDATE: "update",
    BlockKind.CORRECTION: "correction",
    BlockKind.CLARIFICATION: "clarification",
    BlockKind.EDITORS_NOTE: "editor's note",
    BlockKind.LIVE_ENTRY: "entry",
}

CHANGE_NAME = {
    ChangeKind.TITLE_CHANGED: "headline changed",
    ChangeKind.UPDATE_ADDED: "update added",
    ChangeKind.UPDATE_EDITED: "update edited",
    ChangeKind.UPDATE_REMOVED: "update removed",
    ChangeKind.UPDATE_MOVED: "update moved",
    ChangeKind.PARAGRAPH_ADDED: "paragraph added",
    ChangeKind.PARAGRAPH_EDITED: "paragraph edited",
    ChangeKind.PARAGRAPH_REMOVED: "paragraph removed",
    ChangeKind.PARAGRAPH_MOVED: "paragraph moved",
    ChangeKind.TEXT_STRUCK: "text struck",
}


def utc_short(moment: datetime) -> str:
    """``2020-01-04 00:15Z``: fetch times, always in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%MZ")


def clock(moment: datetime, zone: str | None = None) -> str:
    """``6:35pm EST``: a block stamp in the publisher's zone, as newsrooms print it.

    Stored timestamps carry only their offset, so the zone's name comes from the marker the
    publisher wrote ("EST" in "UPDATE: 6:35pm EST—") when there is one, else the offset.
    """
    hour = moment.hour % 12 or 12
    meridiem = "am" if moment.hour < 12 else "pm"
    name = moment.tzname() or ""
    if zone is None:
        zone = name if name.isalpha() else offset(moment)
    return f"{hour}:{moment:%M}{meridiem} {zone}"


_ZONE_IN_LABEL = re.compile(r"\b([A-Z]{1,4}[SD]?T|GMT|UTC|BST|CES?T|Uhr)\b")


def offset(moment: datetime) -> str:
    """``−05:00`` (with a true minus sign): the resolved UTC offset."""
    text = moment.strftime("%z") or "+0000"
    return f"{text[0].replace('-', '−')}{text[1:3]}:{text[3:5]}"


def resolved(moment: datetime) -> str:
    """``15:30 −05:00``: the stamp as resolved, so a reader can check our reading of "EST"."""
    return f"{moment:%H:%M} {offset(moment)}"


def block_stamp(block: BlockRef | UpdateBlock) -> str:
    """The short name of a block: its stamp, else its label without the trailing dash/colon."""
    if block.timestamp is not None:
        named = _ZONE_IN_LABEL.search(block.label)
        return clock(block.timestamp, named.group(1) if named and named.group(1) != "Uhr" else None)
    label = one_line(block.label, 60).rstrip(" —–-:")
    return label or _KIND_NAME[block.kind]


def where(change: Change) -> str:
    """Where a change sits: ``in the 6:35pm EST update``, ``in body ¶3``, ``in the headline``."""
    if change.kind is ChangeKind.TITLE_CHANGED:
        return "in the headline"
    if change.block is not None:
        return f"in the {block_stamp(change.block)} {_KIND_NAME[change.block.kind]}"
    index = change.paragraph if change.paragraph is not None else change.previous_paragraph
    return f"in body ¶{index + 1}" if index is not None else "in body"


def labels(change: Change) -> str:
    """Why the classifier called it substantive: ``number, sentence removed``."""
    return ", ".join(one_line(label).replace("_", " ") for label in change.labels)


def cues(item: RetractionItem) -> tuple[str, ...]:
    """The triggering words, split where classify joined several with ';' or ','."""
    parts = re.split(r"\s*[;,]\s*", one_line(item.retraction.cue))
    return tuple(part for part in parts if part)


def why(item: RetractionItem) -> list[str]:
    """The evidence for a walk-back, one phrase per reason: names, cues, hedges."""
    reasons = []
    names = [one_line(name) for name in item.retraction.entities]
    if names:
        reasons.append(f"shared names ({len(names)}): {', '.join(names)}")
    if found := cues(item):
        reasons.append("cues: " + ", ".join(f"“{cue}”" for cue in found))
    if item.hedges:
        hedged = ", ".join(f"“{hedge}”" for hedge in item.hedges)
        reasons.append(f"earlier claim hedged ({hedged})")
    return reasons


def span(item: RetractionItem) -> str:
    """``6:35pm EST → 7:10pm EST``: from the block walked back to the block walking it back."""
    retraction = item.retraction
    target = block_stamp(retraction.target) if retraction.target else "body text"
    if retraction.update is None:
        return f"{target} (no note from the outlet)"
    return f"{target} → {block_stamp(retraction.update)}"


# A full stop (maybe inside a closing quote) followed by what looks like the next sentence.
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9])")


# Words whose full stop does not end a sentence: initialisms ("U.S.") and common abbreviations.
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:(?:[A-Z]\.)+[A-Z]?|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jan|Feb|Aug|"
    r"Sept?|Oct|Nov|Dec|No|vs|etc)$"
)


def first_sentence(text: str, limit: int = 280) -> str:
    flat = one_line(text)
    for end in _SENTENCE_END.finditer(flat):
        if not _ABBREVIATION.search(flat[: end.start()]):
            return one_line(flat[: end.end()], limit)
    return one_line(flat, limit)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def provenance(article: ArticleDigest) -> str:
    """``v2–v5 (fetched 2020-01-04 00:15Z; prev v1 2020-01-03 19:00Z)``: which versions, when."""
    first, latest = article.revisions[0], article.latest
    versions = f"v{latest.number}" if first is latest else f"v{first.number}–v{latest.number}"
    text = f"{versions} (fetched {utc_short(latest.fetched_at)}"
    if article.previous is not None:
        text += f"; prev v{article.previous.number} {utc_short(article.previous.fetched_at)}"
    return text + ")"


def nothing_to_report(digest: Digest) -> str:
    """The one sentence an empty digest says."""
    if digest.watched == 0:
        return "No articles have been polled yet — run `monitor check`."
    if digest.since is None:
        return "No changes yet."
    return f"No changes since {utc_short(digest.since)}."


def status_badge(status: BlockStatus) -> str:
    """``DISPUTED`` for any block no longer standing as first published, else ''."""
    return "" if status is BlockStatus.ACTIVE else status.value.upper()


_CONTEXT = 60  # characters of unchanged text kept on each side of an edit


def shown_diff(old: str | None, new: str | None, *, full: bool = False) -> WordOps:
    """A word diff of two page strings, made terminal-safe, with long unchanged runs elided.

    A reader needs the edit and enough context to place it, not the whole paragraph again.
    """
    ops = word_diff(one_line(old or ""), one_line(new or ""))
    if full:
        return ops
    last = len(ops) - 1
    return [
        (op, _elide(chunk, keep_head=i != 0, keep_tail=i != last) if op == 0 else chunk)
        for i, (op, chunk) in enumerate(ops)
    ]


def _elide(text: str, *, keep_head: bool, keep_tail: bool) -> str:
    """Shorten an unchanged run to its ends, cutting at spaces; keep the edges' own spaces."""
    if len(text) <= 2 * _CONTEXT + 10:
        return text
    head = text[:_CONTEXT].rsplit(" ", 1)[0].rstrip() + " …" if keep_head else "…"
    tail = " " + text[-_CONTEXT:].split(" ", 1)[-1].lstrip() if keep_tail else ""
    return head + tail
