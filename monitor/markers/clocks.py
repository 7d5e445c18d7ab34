"""Clock leads: the bare clock times that open live-blog entries and the items of update lists
("17.00", "4.05pm", "Ore 17.30 – Il prefetto …", "10h12 La préfecture …", "16:05 Uhr").

Only a clock, never a date: a line with a date beside a clock is a dateline or a marker, and
those have their own recognisers. Whether a clock lead opens an entry is the extractor's call
(it needs several on one page); this module only reads the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from monitor.markers import _SPACES
from monitor.markers.grammar import _TIME, _TZ, _lazily

# A word some sites put before the clock ("Ore 17.30", "um 9.45 Uhr", "kl. 14.00").
_CLOCK_WORD = r"(?:ore|h|um|kl\.?|à|at)"
_clock_lead_re = _lazily(
    rf"""^[\s\[(*•+]*(?:{_CLOCK_WORD}\s+)?
    (?P<stamp>{_TIME}(?:\s*\(?(?:{_TZ})\)?)?)
    (?![\w/%€$£]|[.:,]\d)[\s\])*+]*
    (?P<sep>[:|–—-]+|[,;]|(?=\S)|$)\s*""",
    re.IGNORECASE | re.VERBOSE,
)


_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{2}\.\d{2}\b")


class ClockLead(NamedTuple):
    label: str  # the clock as printed, without the separator after it
    stamp: str  # the time text, for resolve_stamp
    rest: str  # the text after it ("" for a clock on its own line)
    marked: bool  # a separator (":", "–", "|") sets the clock off from the text


_LEAD_MARKS = " [(*•+"  # "+" of a German ticker's "+++ 16:40 Uhr +++"
_CLOCK_WORDS = ("ore ", "um ", "kl", "à ", "at ", "h ")  # _CLOCK_WORD, each as it opens a line
_LEAD_CHARS = _SPACES + _LEAD_MARKS  # what the pattern's ``^[\s\[(*•]*`` skips
# The characters a clock lead can start with (any space too, which normalised text never has).
CLOCK_FIRST_CHARS = frozenset(
    "0123456789" + _SPACES + _LEAD_MARKS + "".join(w[0] for w in _CLOCK_WORDS) + "OUKÀAH"
)


def could_open_clock(text: str) -> bool:
    """False only when ``text`` certainly opens with no clock: after the marks, a digit, or a
    clock word with a digit after it (~0.1 µs, where the pattern takes ~1; story lines mostly
    fail at their first character)."""
    first = text[:1]
    if first not in CLOCK_FIRST_CHARS:
        return False
    head = text.lstrip(_LEAD_CHARS)
    if head[:1].isdigit():
        return True
    return head[:4].lower().startswith(_CLOCK_WORDS) and any(c.isdigit() for c in head[2:9])


def match_clock_lead(text: str) -> ClockLead | None:
    """The clock ``text`` opens with, when it opens with nothing but a clock."""
    if len(text) < 2 or not could_open_clock(text):
        return None
    found = _clock_lead_re().match(text)
    if found is None:
        return None
    stamp = found["stamp"].strip()
    if not any(char.isdigit() for char in stamp) or _DOTTED_DATE.match(stamp):
        return None  # "noon" alone is a word of the story; "11.02.23" is a date
    label = text[: found.end("stamp")].strip(_LEAD_MARKS)
    marked = bool(found["sep"].strip(" ,;"))
    rest = text[found.end() :].strip().removesuffix("+++").strip()
    return ClockLead(label, stamp, rest, marked)
