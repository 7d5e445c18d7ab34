"""Lines that flicker: when a line that came or went is one the article already lost before.

A CMS re-renders its furniture on every page view: a notice's clock is re-stamped, a counter
moves, and a labelled slot in the body ("Info: …", "Kolumne: …", "Now playing: …") shows one
wording after another. Once a revision reported such a line gone, or an edit replaced it within
``EDITS_REMEMBERED``, its coming back is not news, nor is its going or changing again
(``monitor.classify.drop_comebacks``). This module says which of a poll's lines are the same
line as one lost before:

* the same wording with other figures (a clock re-stamped, a count that moved); or
* the same labelled slot, once the article has lost two different wordings of it: one line
  that went and came back under a label proves nothing ("He said: …" twice in a story), two
  that went are a slot that rotates.

Kept apart from ``monitor.classify`` because the store asks it on every changed poll. Pure:
text in, text out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from datetime import timedelta

from monitor.model import block_paragraphs

__all__ = ["EDITS_REMEMBERED", "same_lines", "slot_label"]

# How long a line an edit replaced counts as lost: long enough for a meter that ticks on every
# poll (a countdown, a waiting time, a "now playing" line), short enough that a death toll
# revised again hours later is news again.
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
    blocks): the same wording but for its figures, or a wording of a labelled slot
    of which ``gone`` holds two different wordings."""
    wordings = {_wording(line) for text in gone for line in (text, *_lines_of_a_block(text))}
    lost_per_label = Counter(label for line in wordings if (label := _label(line)) is not None)
    slots = {label for label, lost in lost_per_label.items() if lost >= _WORDINGS_OF_A_SLOT}
    return frozenset(text for text in texts if _same_line(_wording(text), wordings, slots))


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
    a clock, and a colon."""
    return _label(_wording(text))


def _label(wording: str) -> str | None:
    found = _LABEL.match(wording)
    return found.group(1) if found else None
