"""Clock leads: the bare clock times that open live-blog entries and the items of update lists
("17.00", "4.05pm", "Ore 17.30 – Il prefetto …", "10h12 La préfecture …", "16:05 Uhr").

A clock, and at most a numeric date right before it ("05.03.2024 • 16:40 Uhr", how tickers
stamp entries): a line with a worded date beside a clock is a dateline or a marker, and those
have their own recognisers. Whether a clock lead opens an entry is the extractor's call
(it needs several on one page); this module only reads the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from monitor.markers import _SPACES
from monitor.markers.grammar import _TIME, _TZ, _lazily, dot_comma_clock

# A word some sites put before the clock ("Ore 17.30", "um 9.45 Uhr", "kl. 14.00", "h. 22:40").
_CLOCK_WORD = r"(?:ore|h\.?|um|kl\.?|à|at)"
_clock_lead_re = _lazily(
    rf"""^[\s\[(*•+]*(?P<date>\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}})?\s*[•·|,]?\s*)?
    (?:{_CLOCK_WORD}\s+)?
    (?P<stamp>{_TIME}(?:\s*\(?(?:{_TZ})\)?)?)
    (?![\w/%€$£]|[.:,]\d)[\s\])*+]*
    (?P<sep>[:|–—-]+|\.(?=\s|$)|[,;]|(?=\S)|$)\s*""",
    re.IGNORECASE | re.VERBOSE,
)


_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{2}\.\d{2}\b")
_DAY_AND_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})")


def _a_day_and_month(clock: str) -> bool:
    found = _DAY_AND_MONTH.fullmatch(clock)
    return found is not None and 1 <= int(found[1]) <= 31 and 1 <= int(found[2]) <= 12


class ClockLead(NamedTuple):
    label: str  # the clock as printed, without the separator after it
    stamp: str  # the time text, for resolve_stamp
    rest: str  # the text after it ("" for a clock on its own line)
    marked: bool  # a separator (":", "–", "|") sets the clock off from the text


_LEAD_MARKS = " [(*•+"  # "+" of a German ticker's "+++ 16:40 Uhr +++"
_CLOCK_WORDS = ("ore ", "um ", "kl", "à ", "at ", "h ")  # _CLOCK_WORD, each as it opens a line
# The characters a clock lead can start with, but for digits of other scripts (any space too,
# which normalised text never has; the Kelvin sign, which IGNORECASE reads as "k").
CLOCK_FIRST_CHARS = frozenset(
    "0123456789" + _SPACES + _LEAD_MARKS + "".join(w[0] for w in _CLOCK_WORDS) + "OUKÀAH\u212a"
)


# What every clock lead opens with: marks, perhaps a clock word, then a digit (every clock
# ``_TIME`` matches starts with one, and "noon"/"midnight" alone are no lead).
_opening_re = _lazily(rf"[\s\[(*•+]*(?:{_CLOCK_WORD}\s+)?\d", re.IGNORECASE)


def could_open_clock(text: str) -> bool:
    """False only when ``text`` certainly opens with no clock (~0.3 µs, where the pattern
    takes ~1; story lines mostly fail at their first character)."""
    return _opening_re().match(text) is not None


def match_clock_lead(text: str) -> ClockLead | None:
    """The clock ``text`` opens with, when it opens with nothing but a clock."""
    if len(text) < 2 or not could_open_clock(text):
        return None
    dotted = dot_comma_clock(text)
    if dotted is not text:
        # Read as its dotted twin; the label keeps the comma as printed (same length).
        lead = match_clock_lead(dotted)
        return None if lead is None else lead._replace(label=text[: len(lead.label)])
    found = _clock_lead_re().match(text)
    if found is None:
        return None
    clock = found["stamp"].strip()
    if not any(char.isdigit() for char in clock) or _DOTTED_DATE.match(clock):
        return None  # "noon" alone is a word of the story; "11.02.23" is a date
    if found["sep"] == "." and _a_day_and_month(clock):
        return None  # "6.12. Die Polizei …": a day and a month, not a clock, before the period
    stamp = text[
        found.start("date") if found["date"] else found.start("stamp") : found.end("stamp")
    ]
    label = text[: found.end("stamp")].strip(_LEAD_MARKS)
    # A ticker's "+++" after the clock sets it off as a colon would.
    marked = bool(found["sep"].strip(" ,;")) or "+" in text[found.end("stamp") : found.end()]
    rest = text[found.end() :].strip().removesuffix("+++").strip()
    return ClockLead(label, stamp.strip(), rest, marked)
