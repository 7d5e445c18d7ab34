"""Lines that flicker: when a line that came or went is one the article already lost before.

A CMS re-renders its furniture on every page view: a notice's clock is re-stamped, a counter
moves, and a labelled slot in the body ("Info: …", "Kolumne: …", "La rubrica: …") shows one
wording after another. Once a revision reported such a line gone, its coming back is not news,
nor is its going again (``monitor.classify.drop_comebacks``). This module says which of a
poll's lines are the same line as one reported gone before:

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

__all__ = ["same_lines", "slot_label"]

_FIGURES = re.compile(r"\d+")
# A slot's label: one to three words before a colon, with no figure ("Info", "Coming Monday",
# "À noter", "Scrive un lettore"); more words, or a figure, and it is a sentence or a clock.
_LABEL = re.compile(r"([^\W\d_][^\W\d]*(?:[ '’-][^\W\d_][^\W\d]*){0,2})\s?:\s+\S")
# Two different wordings lost under one label make it a rotating slot.
_WORDINGS_OF_A_SLOT = 2


def same_lines(texts: Iterable[str], gone: Collection[str]) -> frozenset[str]:
    """Those of ``texts`` that are the same line as one of ``gone`` (paragraphs and blocks an
    earlier revision reported removed, and the paragraphs of those blocks): the same wording but for its figures, or a wording of a labelled slot
    of which ``gone`` holds two different wordings."""
    wordings = {_wording(line) for text in gone for line in (text, *_lines_of_a_block(text))}
    lost_per_label = Counter(label for line in wordings if (label := _label(line)) is not None)
    slots = {label for label, lost in lost_per_label.items() if lost >= _WORDINGS_OF_A_SLOT}
    return frozenset(text for text in texts if _same_line(_wording(text), wordings, slots))


def _lines_of_a_block(text: str) -> list[str]:
    """The paragraphs of a block that went (its title, its text): each a line the article lost."""
    return text.split("\n\n") if "\n\n" in text else []


def _same_line(wording: str, wordings: Collection[str], slots: Collection[str]) -> bool:
    return wording in wordings or _label(wording) in slots


def _wording(text: str) -> str:
    """``text`` blind to case, spacing and figures: the clock and the count a re-render moves."""
    return _FIGURES.sub("0", " ".join(text.casefold().split()))


def slot_label(text: str) -> str | None:
    """The label ``text`` opens with, blind to case ("info" for "Info: …", "à noter" for "À
    noter : …"), or None: one to three words and a colon, no figure."""
    return _label(_wording(text))


def _label(wording: str) -> str | None:
    found = _LABEL.match(wording)
    return found.group(1) if found else None
