"""Lines that flicker: when a line that came, went or moved is one the article lost before.

A CMS re-renders its furniture on every page view: a notice's clock is re-stamped, a counter
moves, a labelled slot in the body ("Info: …", "Kolumne: …", "Now playing: …") shows one
wording after another, and a notice is set between other paragraphs somewhere else. Once a
revision reported such a line gone, or an edit replaced it or a move shifted it within
``EDITS_REMEMBERED``, its coming back is not news, nor is its going, changing or moving again
(``monitor.classify.drop_comebacks``). This module says which of a poll's lines are the same
line as one lost before:

* the same wording with other figures (a clock re-stamped, a count that moved); or
* the same labelled slot, once the article has lost two different wordings of it: one line
  that went and came back under a label proves nothing ("He said: …" twice in a story), two
  that went are a slot that rotates; or one, when the label is a slot's name
  (``slot_name``: "Wein der Woche: …", not "Police said: …"); or
* the same label stamped with another clock ("Ladesäulen, Stand 23.19 Uhr: …" after "… Stand
  22.58 Uhr: …", or in brackets: "[Kurz gemeldet, 22.56 Uhr] …"), once the article has lost
  one wording of it: a reading as of then, which the next one replaces. The label must name
  something besides its clock: "At 10.30pm: …" does not.

Kept apart from ``monitor.classify`` because the store asks it on every changed poll. Pure:
text in, text out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from datetime import timedelta

from monitor.markers.grammar import WEEKDAY_NAMES
from monitor.model import block_paragraphs

__all__ = [
    "EDITS_REMEMBERED",
    "has_stamped_label",
    "is_slot_item",
    "labelled",
    "restamped",
    "same_lines",
    "slot_item",
    "slot_label",
    "slot_name",
]

# How long a line an edit replaced or a move shifted counts as lost: long enough for a meter
# that ticks on every poll (a countdown, a waiting time, a "now playing" line) or a notice placed
# anew on every view, short enough that a death toll revised again hours later is news again.
EDITS_REMEMBERED = timedelta(hours=1)

_FIGURES = re.compile(r"\d+")
# A slot's label: up to six words before a colon ("Info", "Coming Monday", "Now playing on
# Radio City", "Surf & tides"), and perhaps the clock the slot was stamped with ("ER waits 11:53
# a.m.", "Urgences, 17 h 01"), read on a wording whose figures are all "0".
_LABEL = re.compile(
    r"((?:[^\W\d_][^\s:]*|&)(?:\s+(?:[^\W\d_][^\s:]*|&)){0,5})"
    r"(?:,?\s+(?:ore\s+|um\s+|à\s+|at\s+)?0(?:\s?[:.h]\s?0)?(?:\s?[ap]\.?m\.?)?)?\s?:\s+\S"
)
# Two different wordings lost under one label make it a rotating slot.
_WORDINGS_OF_A_SLOT = 2


def same_lines(texts: Iterable[str], gone: Collection[str]) -> frozenset[str]:
    """Those of ``texts`` that are the same line as one of ``gone`` (paragraphs and blocks an
    earlier revision reported removed or an edit lately replaced, and the paragraphs of those
    blocks): the same wording but for its figures, a wording of a labelled slot of which
    ``gone`` holds two different wordings (one, under a slot's name), or a label stamped with
    another clock of which it holds one."""
    lines = [line for text in gone for line in (text, *_lines_of_a_block(text))]
    wordings = {_wording(line) for line in lines}
    lost_per_label = Counter(label for line in wordings if (label := _label(line)) is not None)
    slots = {label for label, lost in lost_per_label.items() if lost >= _WORDINGS_OF_A_SLOT}
    named = {name.casefold() for line in lines if (name := slot_name(line)) is not None}
    stamped = {key for line in lines if (key := _stamped_key(line)) is not None}
    return frozenset(
        text
        for text in texts
        if _same_line(_wording(text), wordings, slots)
        or ((name := slot_name(text)) is not None and name.casefold() in named)
        or (stamped and _stamped_key(text) in stamped)
    )


def _lines_of_a_block(text: str) -> list[str]:
    """The paragraphs of a block that went (its title, its text): each a line the article lost."""
    parts = block_paragraphs(text)
    return parts if len(parts) > 1 else []


def _same_line(wording: str, wordings: Collection[str], slots: Collection[str]) -> bool:
    return wording in wordings or _label(wording) in slots


def _wording(text: str) -> str:
    """``text`` blind to case, spacing and figures: the clock and the count a re-render moves."""
    return _FIGURES.sub("0", " ".join(text.casefold().split()))


def slot_label(text: str) -> str | None:
    """The label ``text`` opens with, blind to case ("info" for "Info: …", "à noter" for "À
    noter : …", "er waits" for "ER WAITS 11:53 a.m.: …"), or None: one to six words, perhaps
    a clock, and a colon; a stamped label with its clock ("ladesäulen, stand 0.0 uhr"); or a
    few words a dash sets off ("in tribunale – …")."""
    return _label(_wording(text)) or _stamped_key(text) or _dashed_label(text)


def _label(wording: str) -> str | None:
    found = _LABEL.match(wording)
    return found.group(1) if found else None


# ---------------------------------------------------------------------------------------------
# Labelled lines

# What sets a label off: a colon ("Info: …", "À noter : …", not "10:34"), else a dash.
_LABEL_COLON = re.compile(r"\s?:\s")
_LABEL_DASH = re.compile(r"\s[–—-]\s")
_LONGEST_LABEL_HEAD = 80
_LONGEST_LABEL = 10  # words, with a clock's ("Die Montagsausgabe, Stand 23.04 Uhr")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-ZÀ-Ý]")
_CLOCK_IN_LABEL = re.compile(r"\d{1,2}\s?[:.h]\s?\d{2}|\d\s?[ap]\.?m\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
# Words a clock's stamp is written with, which name nothing ("Stand 23.19 Uhr", "as of 9.41pm").
_STAMP_WORDS = frozenset([
    "stand", "uhr", "updated", "update", "aktualisiert", "aggiornato", "aggiornamento", "alle",
    "ore", "mis", "mise", "jour", "actualizado", "actualización", "actualisé", "atualizado",
    "heure", "heures", "today", "heute", "oggi", "tonight", "stasera", "soir", "abend",
    *(name for names in WEEKDAY_NAMES for name in names.split()),
])  # fmt: skip


def labelled(text: str) -> tuple[str, str] | None:
    """A labelled line's label and the rest ("Newsdesk, 10.17pm", "Our night team …"), or None
    for a line without a label: a few words before a colon or a dash, not a sentence."""
    head = text[:_LONGEST_LABEL_HEAD]
    found = _LABEL_COLON.search(head) or _LABEL_DASH.search(head)
    if found is None or found.start() < 2:
        return None
    label = text[: found.start()]
    if len(label.split()) > _LONGEST_LABEL or _SENTENCE_INSIDE.search(label):
        return None
    return label, text[found.end() :].strip()


_LONGEST_SLOT_NAME = 5  # words: "Le conseil économie d'énergie", "La bonne nouvelle du jour"
# Who said it, in a label over a quotation: "Police said:", "Der Bürgermeister sagte:".
_SPEAKER = re.compile(
    r"\b(?:said|says|told|tells|added|warned|sagte|sagt|erklärte|betonte|dit|déclaré|indiqué"
    r"|affirmé|ajouté|detto|dice|dichiarato|spiegato|dijo|afirmó|declaró|disse|afirmou)\b",
    re.IGNORECASE,
)


def is_slot_item(text: str) -> bool:
    """Whether ``text`` is a line shown under a slot's label ("Auto usate: Jeep Renegade, …",
    "A167 Croft Road: temporary lights …", "Presseschau – …"): at most five words before a
    colon or a dash, and not a speaker over a quotation ("Police said: …", which a story
    quotes)."""
    found = labelled(text)
    return found is not None and _names_a_slot(found[0])


def _names_a_slot(label: str) -> bool:
    return len(label.split()) <= _LONGEST_SLOT_NAME and _SPEAKER.search(label) is None


def slot_item(text: str) -> tuple[str, str] | None:
    """The name of the slot ``text`` is an item of, and the item ("From our archive", "“The
    river came …”"; "Wein der Woche", "Elbling 2025 …"), or None: a slot item's label without a
    figure, set off by a colon. A dash sets off a wire story's dateline ("WASHINGTON (AP) — …"),
    and a label with a figure names a road, a score or a clock ("A167 Croft Road: …")."""
    found = labelled(text)
    if found is None or not _names_a_slot(found[0]) or _FIGURES.search(found[0]):
        return None
    name = found[0]
    return found if text[len(name) :].lstrip().startswith(":") else None


def slot_name(text: str) -> str | None:
    """The name of the slot ``text`` is an item of (see ``slot_item``), or None."""
    found = slot_item(text)
    return found[0] if found is not None else None


def restamped(before: str, after: str) -> bool:
    """Whether two different lines differ only in the clocks they show ("… said at 9.41." and
    "… said at 9.52."): the same line drawn again later, not a figure of the story revised."""
    return before != after and _without_clocks(before) == _without_clocks(after)


def _without_clocks(text: str) -> str:
    return _CLOCK_IN_LABEL.sub("0", " ".join(text.casefold().split()))


def has_stamped_label(text: str) -> bool:
    """Whether ``text`` opens with a label that carries a clock ("Newsdesk, 10.17pm: …",
    "Ladesäulen, Stand 23.19 Uhr: …"): a reading as of then, which the next one replaces."""
    found = labelled(text)
    return found is not None and _CLOCK_IN_LABEL.search(found[0]) is not None


def _dashed_label(text: str) -> str | None:
    """The label a dash sets off ("in tribunale" for "In tribunale – Rinviato …", "aste
    giudiziarie"): one to six words without a figure, before any colon. Not a wire story's
    dateline ("BAGHDAD (AP) —", "WASHINGTON —"), which opens a story paragraph."""
    head = text[:_LONGEST_LABEL_HEAD]
    found = _LABEL_DASH.search(head)
    if found is None or ":" in head[: found.start()]:
        return None
    label = head[: found.start()]
    words = len(label.split())
    if not 0 < words <= _WORDS_OF_A_DASHED_LABEL or _FIGURES.search(label) or "(" in label:
        return None
    if label.isupper() and words <= _WORDS_OF_A_DATELINE_CITY:
        return None
    return _wording(label)


def _bracketed(text: str) -> tuple[str, str] | None:
    """A label in square brackets that opens a line, and the rest ("[Kurz gemeldet, 22.56 Uhr]
    Gemeinderat stimmt …"), or None."""
    if not text.startswith("["):
        return None
    end = text.find("]", 1, _LONGEST_LABEL_HEAD)
    if end < 2 or len(text[1:end].split()) > _LONGEST_LABEL:
        return None
    return text[1:end], text[end + 1 :].strip()


_WORDS_OF_A_DASHED_LABEL = 6
_WORDS_OF_A_DATELINE_CITY = 3  # "SALT LAKE CITY —"


def _stamped_key(text: str) -> str | None:
    """The stamped label of a line, blind to case and figures, when it names something besides
    its clock ("ladesäulen, stand 0.0 uhr"; None for "At 10.30pm")."""
    found = labelled(text) or _bracketed(text)
    if found is None or _CLOCK_IN_LABEL.search(found[0]) is None:
        return None
    key = _wording(found[0])
    if all(word in _STAMP_WORDS for word in _NAME_WORD.findall(key)):
        return None
    return key
