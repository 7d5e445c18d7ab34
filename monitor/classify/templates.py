"""Site templates: a short paragraph that other articles of the same site also show is furniture.

The store counts, for each short paragraph that differs between two fetches, how many *other*
articles of the site have shown it in a stored revision (``monitor.sitewide``). A paragraph is a template
when it is short and at least ``_OTHERS`` other articles show it, or ``_OTHERS_FOR_SENTENCES``
when it reads as a sentence: a genuine update quoted on two live stories of one site stays news,
and a long paragraph is never a template, however often it is quoted. A change whose every side
is a template (a promo that came, went, or took its next wording) is dropped, so it is neither
reported nor a walk-back target. A template line edited into a wording no other article has
shown yet (the site's next A/B text) is dropped too, as long as neither side reads as a
sentence: the store learns wordings only from stored revisions, so a site that rotates its ask
on every article at once would otherwise be reported on every fetch.

Pure: changes and counts in, changes out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from monitor.model import Change, ChangeKind
from monitor.sitewide import is_short

# A line without a sentence's end (an ask, a label) that three articles of the site show is theirs.
_OTHERS = 2
# A sentence needs one article more: two stories of a site may well quote the same news.
_OTHERS_FOR_SENTENCES = 3
_SENTENCE_ENDS = (".", "!", "?", "…")
_CLOSERS = " \"'”’»)]"
_BODY_KINDS = (
    ChangeKind.PARAGRAPH_ADDED,
    ChangeKind.PARAGRAPH_REMOVED,
    ChangeKind.PARAGRAPH_EDITED,
    ChangeKind.PARAGRAPH_MOVED,
)


def drop_site_templates(changes: Sequence[Change], others: Mapping[str, int]) -> tuple[Change, ...]:
    """``changes`` without the body paragraph changes whose every side is a site template.

    ``others`` maps a paragraph's text to how many other articles of the site show it.
    """
    if not others:
        return tuple(changes)
    return tuple(change for change in changes if not _only_templates(change, others))


def is_site_template(text: str, others: Mapping[str, int]) -> bool:
    if not is_short(text):
        return False
    needed = _OTHERS_FOR_SENTENCES if _reads_as_sentence(text) else _OTHERS
    return others.get(text, 0) >= needed


def _reads_as_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)


def _only_templates(change: Change, others: Mapping[str, int]) -> bool:
    if change.block is not None or change.kind not in _BODY_KINDS:
        return False
    sides = [text for text in (change.text, change.previous_text) if text]
    known = [is_site_template(text, others) for text in sides]
    if not sides or not any(known):
        return False
    return all(known) or (change.kind is ChangeKind.PARAGRAPH_EDITED and _both_lines(sides))


def _both_lines(sides: list[str]) -> bool:
    """Two short texts, neither a sentence: a template's wordings, not a story's news."""
    return all(is_short(text) and not _reads_as_sentence(text) for text in sides)
