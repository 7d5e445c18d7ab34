"""Rotation: short teaser-like lines that swap between fetches are furniture, not news.

CMSs rotate the teaser, promo or widget reading in a slot of the body on every page view. When
a paragraph vanished and another took its place at the same spot (the paragraph before or after
the slot is unchanged), and both are short lines that are not sentences (a headline, a label, a
reading: no full stop or exclamation mark at the end), the pair is a rotation. The rest of the
step is judged as usual, so a genuine paragraph added beside a rotating slot is still reported,
and a short sentence ("Two more people were detained.") is never taken for a teaser.

A block that only moved or was re-stamped is furniture's doing too (``_block_reshuffled``).

A label that came or went by itself ("Latest videos", "Serie B", "Info trafic": a few words, no
figure, not a sentence) is a box's title or a badge, and a short question a poll's or a
teaser's: neither claims anything, so neither is news alone; a widget's reading that
changed, came or went is furniture too (``is_widget_change``).

Pure: articles and changes in, changes out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set

from monitor.diff.units import fold, similarity
from monitor.flicker import (
    has_stamped_label,
    labelled,
    restamped,
    slot_item,
    slot_label,
    slot_name,
)
from monitor.markers import match_marker, match_note
from monitor.model import REMOVALS, Article, Change, ChangeKind, block_paragraphs

# A teaser, label or widget reading fits in this many characters; story text runs longer.
_LONGEST_LINE = 160
_SENTENCE_ENDS = (".", "!", "…", "。", "！")  # the last two: CJK full stop and exclamation
_CLOSERS = " \"'”’»)]"
# An edit that keeps this much of the old line is an edit of the line, not a new line.
_REPLACED_BELOW = 0.5


def drop_rotations(old: Article, new: Article, changes: Sequence[Change]) -> tuple[Change, ...]:
    """``changes`` without the removals, additions and replacements that are rotations, the
    changes only a widget makes (see ``is_widget_change``) and the labels that came or went."""
    changes = [
        c
        for c in changes
        if not (is_widget_change(c) or _label_came_or_went(c) or _block_reshuffled(c))
    ]
    changes = _without_moves_between_scopes(old, new, changes)
    if _story_in_order(old, new):
        # Furniture that came, went or moved between story paragraphs can make the alignment
        # call a story paragraph moved while the story reads in the same order as before.
        changes = [c for c in changes if not (c.kind is ChangeKind.PARAGRAPH_MOVED and not c.block)]
    rotated = _slots_rotated(changes)
    scopes = {c.block.id if c.block else None for c in changes if _paragraph_level(c)}
    for scope in scopes:
        before, after = _paragraphs(old, scope), _paragraphs(new, scope)
        if before is None or after is None:
            continue
        mine = [i for i, c in enumerate(changes) if _paragraph_level(c) and _scope(c) == scope]
        rotated.update(_rotations(before, after, changes, mine))
    # After the pairing: an item that went while another came under its name is a rotation.
    return tuple(c for i, c in enumerate(changes) if i not in rotated and not _slot_item_went(c))


def _slots_rotated(changes: Sequence[Change]) -> set[int]:
    """The indices of the paragraphs that went and came under one label in one step ("Info: …"
    gone, another "Info: …" come, in the body or among the notes, as the furniture around it
    moved), and of the blocks that did under one title: a slot that showed its next wording.
    Each that went is paired with one that came."""
    waiting: dict[str, list[int]] = {}
    rotated: set[int] = set()
    for went, came in _GOING_AND_COMING:
        for kind in (went, came):
            for index, change in enumerate(changes):
                if change.kind is not kind:
                    continue
                label = _label_of(change)
                if label is None:
                    continue
                if kind is went:
                    waiting.setdefault(label, []).append(index)
                elif waiting.get(label):
                    rotated.update((waiting[label].pop(), index))
        waiting.clear()
    return rotated


_GOING_AND_COMING = (
    (ChangeKind.PARAGRAPH_REMOVED, ChangeKind.PARAGRAPH_ADDED),
    (ChangeKind.UPDATE_REMOVED, ChangeKind.UPDATE_ADDED),
)


def _label_of(change: Change) -> str | None:
    """A paragraph's label ("Info: …"), or the title over a block's text ("Good news of the
    day" over another item every time)."""
    text = change.text or change.previous_text or ""
    if change.kind in (ChangeKind.PARAGRAPH_REMOVED, ChangeKind.PARAGRAPH_ADDED):
        label = slot_label(text)
        if label is None:
            found = _bulletin_item(text)  # "Chaîne 3, journal de 23 h : …"
            label = fold(found[0]).casefold() if found is not None else None
        return label
    parts = block_paragraphs(text)
    if len(parts) < 2 or not (is_label(parts[0]) or _titled_by_its_hour(parts[0])):
        return None
    return fold(parts[0]).casefold()


def _bulletin_item(text: str) -> tuple[str, str] | None:
    """The title and the headline of a line of the site's bulletin ("NTV news at 1am: Two
    teenagers are rescued …", "Il notiziario delle 18: …"), or None."""
    found = labelled(text)
    return found if found is not None and _titled_by_its_hour(found[0]) else None


def _titled_by_its_hour(title: str) -> bool:
    """A box's title that names the hour of its edition ("DW-Nachrichten um 23 Uhr", "Le
    journal de 23 heures", "News at 11pm"): a label but for that hour that calls itself news,
    and the items under it are the bulletin's. ("UPDATE 7:10 p.m." does not.)"""
    hour = _HOUR_OF_AN_EDITION.search(title)
    if hour is None or _NEWS_WORDS.search(title) is None:
        return False  # "Buses on the river road at 10.34pm: …" is a reading, not a bulletin
    # Without its hour, and the number of its channel ("Chaîne 3, journal de 23 h").
    rest = _DIGITS.sub("", f"{title[: hour.start()]} {title[hour.end() :]}")
    return is_label(" ".join(rest.split()))


# What a bulletin calls itself, in the six languages.
_NEWS_WORDS = re.compile(
    r"\b(?:news|bulletin|headlines|nachrichten|meldungen|journal|notiziario|tg|gr|telegiornale"
    r"|giornale|noticiero|noticias|telediario|informativo|jornal|notícias|infos?|actualités"
    r"|flash)\b",
    re.IGNORECASE,
)
_HOUR_OF_AN_EDITION = re.compile(
    r"\b\d{1,2}(?:[.:h]\d{2})?\s?(?:Uhr|heures?|h|ore|[ap]\.?m\.?)(?!\w)"
    r"|\b(?:delle|alle|dalle)\s+\d{1,2}(?:[.:]\d{2})?\b",  # "Il Tg delle 23", "Notiziario delle 18"
    re.IGNORECASE,
)


def drop_comebacks(changes: Sequence[Change], gone_before: Set[str]) -> tuple[Change, ...]:
    """``changes`` without the paragraphs and blocks that came or went again after an earlier
    revision reported them gone (``gone_before``, ``monitor.flicker``): a line or a box that
    flickers (a teaser, a promo, a card shown on some page views only, a labelled slot that
    rotates its wording) is reported when it first goes, then never again. So is an edit from
    one such wording to another, a line that moves again after a move lately shifted it, and a
    block whose every line but its title is such a line."""
    if not gone_before:
        return tuple(changes)
    return tuple(c for c in changes if not _came_back(c, gone_before))


def _came_back(change: Change, gone_before: Set[str]) -> bool:
    if change.kind is ChangeKind.PARAGRAPH_EDITED:
        return change.previous_text in gone_before and change.text in gone_before
    if change.kind is ChangeKind.PARAGRAPH_MOVED:  # a notice that hops again
        return change.text in gone_before
    if change.kind not in _COMINGS_AND_GOINGS:
        return False
    text = change.text or change.previous_text or ""
    if change.kind in (ChangeKind.UPDATE_ADDED, ChangeKind.UPDATE_REMOVED):
        said = [part for part in block_paragraphs(text) if not is_label(part)]
        return text in gone_before or (bool(said) and all(part in gone_before for part in said))
    return text in gone_before


_COMINGS_AND_GOINGS = REMOVALS | {ChangeKind.PARAGRAPH_ADDED, ChangeKind.UPDATE_ADDED}


def _block_reshuffled(change: Change) -> bool:
    """A block that only moved, or whose stamp alone moved ("22:34" re-stamped "22:49", "Updated
    7.20am" "Updated 7.35am"): a promo the CMS bumps to the top of a live blog, or an entry
    pushed along by furniture around it. What a block says is news; where it sits and its
    clock are not. (A block whose kind changed, an update become a correction, has another
    label; one whose text changed has its own paragraph changes.)"""
    if change.kind is ChangeKind.UPDATE_MOVED:
        return True
    return change.kind is ChangeKind.UPDATE_EDITED and same_but_figures(
        change.previous_text or "", change.text or ""
    )


def _label_came_or_went(change: Change) -> bool:
    """A line that claims nothing and came or went by itself: a label ("Serie B" over its
    scores, "Latest videos": a box's title, a section's, a badge's), a short question (a
    poll's, a teaser's, a subheading's) or a line without a letter (a list's "2.", a rule)."""
    if change.kind not in (ChangeKind.PARAGRAPH_ADDED, ChangeKind.PARAGRAPH_REMOVED):
        return False
    text = change.text or change.previous_text or ""
    return is_label(text) or is_question(text) or not _LETTER.search(text)


_LETTER = re.compile(r"[^\W\d_]")


def _slot_item_went(change: Change) -> bool:
    """A paragraph shown under a slot's name that went ("From our archive: …", "Wein der Woche:
    …", "Adoptez-moi : …"): a box of the site's that shows an item on some views and another or
    none on the next, and claims nothing by going. Not a note's line ("Update: …",
    "Correction: …"), nor a quotation under its speaker ("Police said: …"). One that comes is
    news unless the article lost an item under its name before (``monitor.flicker``)."""
    if change.kind is not ChangeKind.PARAGRAPH_REMOVED:
        return False
    text = change.previous_text or ""
    found = slot_item(text) or _bulletin_item(text)
    if found is None or len(found[1].split()) < _WORDS_OF_AN_ITEM:
        return False
    return match_marker(text) is None and match_note(text) is None


# An item says something: a list's lead-in ("These roads are closed:") has nothing after it.
_WORDS_OF_AN_ITEM = 3


def _without_moves_between_scopes(
    old: Article, new: Article, changes: list[Change]
) -> list[Change]:
    """``changes`` without the paragraphs that went from one part of the article and came, word
    for word, in another (from the body into a note's box as the furniture between them
    changed): the text is all still there, as many times as before."""
    came_went = [
        c for c in changes if c.kind in (ChangeKind.PARAGRAPH_ADDED, ChangeKind.PARAGRAPH_REMOVED)
    ]
    if not came_went:
        return changes
    before, after = _all_texts(old), _all_texts(new)
    return [
        c
        for c in changes
        if not (
            (c.kind is ChangeKind.PARAGRAPH_ADDED or c.kind is ChangeKind.PARAGRAPH_REMOVED)
            and before[(text := c.text or c.previous_text or "")] == after[text]
        )
    ]


def _all_texts(article: Article) -> Counter[str]:
    texts = Counter(article.paragraphs)
    for block in article.blocks:
        texts.update(block.paragraphs)
    return texts


def is_question(text: str) -> bool:
    """A short line that asks: it claims nothing, so its coming or going is not news."""
    return len(text) <= _LONGEST_LINE and text.rstrip(_CLOSERS).endswith(("?", "？"))


_LONGEST_TITLE = 40


def is_label(text: str) -> bool:
    """A label: a few words, no figure, not a sentence ("Serie B", "Verkehrslage")."""
    return len(text) <= _LONGEST_TITLE and is_teaser_like(text) and not _DIGITS.search(text)


def _story_in_order(old: Article, new: Article) -> bool:
    """Whether the body's paragraphs that are not teaser-like or labelled lines come in the same
    order: a slot's line ("From our archive: …") moves where its box is put on each view."""
    before = [fold(p) for p in old.paragraphs if not _slot_line(p)]
    after = [fold(p) for p in new.paragraphs if not _slot_line(p)]
    shared = set(before) & set(after)
    return [p for p in before if p in shared] == [p for p in after if p in shared]


def _slot_line(text: str) -> bool:
    return is_teaser_like(text) or slot_label(text) is not None


def is_widget_change(change: Change) -> bool:
    """A change to the story's text (its body or a block) that a widget makes on every page
    view, whatever its wording: a line that is not a sentence whose figures changed (a
    counter, a score, a poll's share, a relative time), a widget's reading that came or went,
    a teaser-like or labelled line moved ("Job of the day: …" between other paragraphs)."""
    if change.kind is ChangeKind.PARAGRAPH_EDITED:
        before, after = change.previous_text or "", change.text or ""
        if _COUNTDOWN.search(after) and same_but_figures(before, after):
            return True  # "Next update in 11 seconds.": a countdown, sentence or not
        if _slot_rerendered(before, after):
            return True
        # Not a sentence: "killed 23" becoming "killed 19" in a story's line is news.
        if not (is_teaser_like(before) and is_teaser_like(after)):
            return False
        return same_but_figures(before, after) or (_is_reading(before) and _is_reading(after))
    if change.kind in (ChangeKind.PARAGRAPH_ADDED, ChangeKind.PARAGRAPH_REMOVED):
        text = change.text or change.previous_text or ""
        return is_teaser_like(text) and _is_reading(text)
    if change.kind is ChangeKind.PARAGRAPH_MOVED:
        text = change.text or ""
        return is_teaser_like(text) or slot_label(text) is not None
    return False


def _slot_rerendered(before: str, after: str) -> bool:
    """Whether an edit is a labelled slot drawn again: the same label, re-stamped with another
    clock ("Charge points at 10.34pm: …" for "… at 10.25pm: …", "SALLE DE RÉDACTION – 18 h 16 :
    …"), or showing another item ("Babillard communautaire : …" with other news entirely). An
    edit of a story's labelled line keeps its stamp and most of its words."""
    if slot_name(before) is not None and slot_name(after) is not None and restamped(before, after):
        return True  # a slot's item drawn again: "Info: … the council said at 9.52."
    old, new = labelled(before), labelled(after)
    if (
        old is None
        or new is None
        or _DIGITS.sub("0", fold(old[0])) != _DIGITS.sub("0", fold(new[0]))
    ):
        return False
    label_restamped = old[0] != new[0] and has_stamped_label(after)
    return label_restamped or _another_item(old[1], new[1])


_WORD = re.compile(r"[^\W\d_]{3,}")
_ANOTHER_ITEM_BELOW = 0.25  # the share of words two wordings of a slot's items have in common


def _another_item(before: str, after: str) -> bool:
    old = {w.casefold() for w in _WORD.findall(before)}
    new = {w.casefold() for w in _WORD.findall(after)}
    if len(old) < 3 or len(new) < 3:
        return False
    return len(old & new) < _ANOTHER_ITEM_BELOW * len(old | new)


_COUNTDOWN = re.compile(
    r"\d\s*(?:seconds?|secs?|secondes?|sekunden|secondi|segundos?)\b", re.IGNORECASE
)
_LONGEST_READING = 80  # "Weiß nicht 44 %", "Tangenziale Est verso San Giovanni: 16 minuti di …"
_LONGEST_READINGS = 100  # "M50: 23 incidents, delays of up to 99 minutes at the Port Tunnel"
_DIGITS = re.compile(r"\d+(?:[.,\s]\d+)*")


def same_but_figures(before: str, after: str) -> bool:
    """Whether two lines differ in their figures only ("4 free articles left" / "3 …")."""
    return _DIGITS.sub("0", fold(before)) == _DIGITS.sub("0", fold(after))


def _is_reading(text: str) -> bool:
    """A widget's reading: a short line with a figure, or a longer one with several."""
    figures = len(_DIGITS.findall(text))
    return (figures >= 1 and len(text) <= _LONGEST_READING) or (
        figures >= 2 and len(text) <= _LONGEST_READINGS
    )


def is_teaser_like(text: str) -> bool:
    """A short line that is not a sentence: a headline, a label, a widget's reading, or items
    set apart by middle dots ("Listen · 7 Min. 50 Sek.", "By Jo Bloggs · 4 min read"), which
    no sentence is however it ends."""
    if not 0 < len(text) <= _LONGEST_LINE:
        return False
    return not text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS) or " · " in text


def _paragraph_level(change: Change) -> bool:
    return change.kind in (
        ChangeKind.PARAGRAPH_ADDED,
        ChangeKind.PARAGRAPH_REMOVED,
        ChangeKind.PARAGRAPH_EDITED,
    )


def _scope(change: Change) -> str | None:
    return change.block.id if change.block else None


def _paragraphs(article: Article, scope: str | None) -> tuple[str, ...] | None:
    if scope is None:
        return article.paragraphs
    block = article.block(scope)
    return block.paragraphs if block is not None else None


def _rotations(
    old: tuple[str, ...], new: tuple[str, ...], changes: Sequence[Change], mine: list[int]
) -> set[int]:
    """Indices (into ``changes``) of this scope's changes that are rotations."""
    found: set[int] = set()
    removed: dict[int, int] = {}  # old paragraph index -> change index
    added: dict[int, int] = {}  # new paragraph index -> change index
    for index in mine:
        change = changes[index]
        if change.kind is ChangeKind.PARAGRAPH_EDITED:
            if _replaced(change):
                found.add(index)
        elif change.kind is ChangeKind.PARAGRAPH_REMOVED and change.previous_paragraph is not None:
            removed[change.previous_paragraph] = index
        elif change.kind is ChangeKind.PARAGRAPH_ADDED and change.paragraph is not None:
            added[change.paragraph] = index
    new_runs = _runs(sorted(added))
    for old_run in _runs(sorted(removed)):
        for new_run in new_runs:
            if _same_spot(old, old_run, new, new_run):
                gone = [removed[i] for i in old_run if is_teaser_like(old[i])]
                came = [added[i] for i in new_run if is_teaser_like(new[i])]
                pairs = min(len(gone), len(came))
                found.update(gone[:pairs] + came[:pairs])
    return found


def _replaced(change: Change) -> bool:
    """An "edit" between two teaser-like lines that share little: one line swapped for another."""
    before, after = change.previous_text or "", change.text or ""
    return (
        is_teaser_like(before)
        and is_teaser_like(after)
        and similarity(before, after) < _REPLACED_BELOW
    )


def _runs(indices: list[int]) -> list[range]:
    """Consecutive indices as ranges: [2, 3, 7] -> [range(2, 4), range(7, 8)]."""
    runs: list[range] = []
    for index in indices:
        if runs and runs[-1].stop == index:
            runs[-1] = range(runs[-1].start, index + 1)
        else:
            runs.append(range(index, index + 1))
    return runs


def _same_spot(old: tuple[str, ...], old_run: range, new: tuple[str, ...], new_run: range) -> bool:
    """Whether the unchanged paragraph just before (or just after) both runs is the same one."""
    before_old = old[old_run.start - 1] if old_run.start > 0 else None
    before_new = new[new_run.start - 1] if new_run.start > 0 else None
    if before_old is not None and before_new is not None and fold(before_old) == fold(before_new):
        return True
    after_old = old[old_run.stop] if old_run.stop < len(old) else None
    after_new = new[new_run.stop] if new_run.stop < len(new) else None
    return after_old is not None and after_new is not None and fold(after_old) == fold(after_new)
