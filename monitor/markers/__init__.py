"""Update/correction markers and their timestamps: the words publishers put in front of a block.

``match_marker(text)`` recognises a marker at the start of a paragraph — "UPDATE: 3:30pm EST—",
"Update 2:", "UPDATED at 7:20 a.m. ET", "Update, Feb. 12, 2023, 7:20 a.m. ET:", "Correction:",
"Editor's note:", "Aktualisierung, 9.45 Uhr:", "Mise à jour à 11h10", "ACTUALIZACIÓN 08:30:" —
and splits it into kind, label (as printed), stamp (the time text inside it) and the rest.
``match_note(text)`` recognises the unlabelled note sentences ("An earlier version of this article
misstated …", "This story has been updated …"). ``resolve_stamp`` turns a stamp into an aware
datetime in an IANA zone, or None when that would take a guess.

Stamp resolution (``resolve_stamp``, ``zone_from_name``, ``zone_named_by``) lives in
``monitor.markers.stamps``, the shared stamp grammar in ``monitor.markers.grammar``; both are
re-exported here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from monitor.markers.grammar import (
    _AT,
    _MONTH,
    _STAMP,
    _TZ,
    _WEEKDAY,
    STAMP_PATTERN,
    _lazily,
    could_hold_stamp,
    match_stamp,
    stamp_starts_at,
)
from monitor.markers.stamps import resolve_stamp, zone_from_name, zone_named_by
from monitor.model import BlockKind

__all__ = [
    "STAMP_PATTERN", "Marker", "could_be_stamp", "could_hold_stamp", "could_open_block", "could_open_marker",
    "could_open_note", "headline_is_updated", "is_advisory", "is_bare_stamp", "match_marker",
    "match_note", "resolve_stamp", "zone_from_name", "zone_named_by",
]  # fmt: skip

_NUMBERED = rf"(?:\s+\d{{1,2}}(?![:.]\d)(?![/\d])(?!\s*(?:{_MONTH}|[ap]\.?m|h\s?\d|Uhr|de\s)))?"

_KINDS = rf"""
    (?P<update>(?:LATEST\s+|NEW\s+)?UPDATED?{_NUMBERED}
      | Aktualisierung{_NUMBERED} | Aktualisiert | Nachtrag
      | Mise?\s+à\s+jour | MAJ | Actualisation | Actuali[sz]aci[óo]n{_NUMBERED} | Actualizad[oa])
  | (?P<correction>CORRECTIONS? | CORRECTED | RETRACTION | Korrektur | Richtigstellung
      | Rectificatif | Erratum | Correcci[óo]n | Fe\s+de\s+err(?:at)?as | Fe\s+de\s+errores)
  | (?P<clarification>CLARIFICATION | Klarstellung | Précision | Aclaraci[óo]n)
  | (?P<note>EDITOR[’']?S?[’']?\s+NOTE | EDITORS[’']\s+NOTE | Anmerkung\s+der\s+Redaktion
      | Hinweis\s+der\s+Redaktion | Note\s+de\s+la\s+r[ée]daction | Note\s+de\s+l[’']éditeur
      | Nota\s+del?\s+(?:la\s+)?(?:editor|redacci[óo]n))
  | (?P<breaking>(?:BREAKING|DEVELOPING)(?:\s+NEWS)? | Eilmeldung | Última\s+hora
      | Derni[èe]re\s+minute)
"""

# The marker pattern, less its stamp: ``^… KINDS … (?P<open>…)?\s*`` (the head), then the stamp
# ``(?:(?:_AT\s+)?(?P<stamp>_STAMP))?`` by ``match_stamp``, then ``\s*[)\]]?\s*(?P<sep>…)?\s*``
# (the tail). Matching the three in turn finds what the one pattern would: every part after the
# head can match nothing, so the engine never backtracks into an earlier part and commits to each
# part's first match — the one ``match_stamp`` and ``.match`` return. The stamp grammar is thus
# compiled once for every caller, not pasted into this pattern (~13 ms of compiling saved).
_marker_head_re = _lazily(
    rf"""
    ^[\s\[(*_>•–-]*
    (?:{_KINDS})\b\**
    \s*(?:{_AT}|as\s+of)?\s*(?P<open>[,(:\[—–])?\s*
    """,
    re.IGNORECASE | re.VERBOSE,
)
_marker_tail_re = _lazily(r"\s*[)\]]?\s*(?P<sep>[:—–]|-{1,2}|\*\*|\.)?\s*")

_KIND_OF_GROUP = {
    "update": BlockKind.UPDATE,
    "breaking": BlockKind.UPDATE,
    "correction": BlockKind.CORRECTION,
    "clarification": BlockKind.CLARIFICATION,
    "note": BlockKind.EDITORS_NOTE,
}


@dataclass(frozen=True, slots=True)
class Marker:
    """A recognised marker: ``label`` as printed, ``stamp`` the time text in it, ``rest`` after it."""

    kind: BlockKind
    label: str
    stamp: str | None
    rest: str


def match_marker(text: str) -> Marker | None:
    """The marker at the start of ``text``, or None when the text is ordinary prose.

    A bare "Updated"/"Correction" needs a stamp or a separator (":", "—") to count, so
    "Updated figures show …" stays prose; "BREAKING" needs a stamp.
    """
    if not could_open_marker(text):  # before copying the text: most paragraphs stop here
        return None
    if len(text) <= _CACHED_MARKER_TEXT:
        return _match_short_marker(text)
    return _match_marker(text)


# A marker's own line ("UPDATE: 3:30pm EST—", a bold lead) is short and recurs on every poll of
# its page, and a successful match costs ~6 µs (the stamp grammar): short texts are cached.
_CACHED_MARKER_TEXT = 300


@functools.lru_cache(maxsize=1024)
def _match_short_marker(text: str) -> Marker | None:
    return _match_marker(text)


def _match_marker(text: str) -> Marker | None:
    text = text.replace("\xa0", " ")[:2000]
    head = _marker_head_re().match(text)
    if head is None:
        return None
    group = head.lastgroup if head.lastgroup in _KIND_OF_GROUP else _kind_group(head)
    stamp_span = match_stamp(text, head.end())
    stamp = text[stamp_span[0] : stamp_span[1]] if stamp_span else None
    tail = _marker_tail_re().match(text, stamp_span[1] if stamp_span else head.end())
    assert tail is not None  # every part of it is optional
    if group is None or (group == "breaking" and not stamp):
        return None
    if not (stamp or tail["sep"] or head["open"] in (":", "—", "–")):
        return None
    return Marker(
        kind=_KIND_OF_GROUP[group],
        label=text[: tail.end()].strip(),
        stamp=stamp.strip() if stamp else None,
        rest=text[tail.end() :].strip(),
    )


# Cheap pre-checks. The full patterns cost ~0.6 µs (marker) and ~2 µs (bare stamp) to reject
# an ordinary paragraph, and every paragraph of every page is asked; these reject most prose in
# ~0.2 µs and never reject what the full pattern would accept (tests/test_markers.py checks).

# Every str.isspace() character (= regex \s).
_SPACES = (
    "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# What ``^[\s\[(*_>•–-]*`` skips: the spaces and the marks.
_MARKER_LEAD = _SPACES + "[(*_>•–-"
# The first three letters of every alternative in _KINDS ("fe" + a space is checked apart).
_KIND_PREFIXES = frozenset(
    ["lat", "new", "upd", "akt", "nac", "mis", "maj", "act", "cor", "ret", "kor", "ric", "rec",
     "err", "cla", "kla", "pré", "acl", "edi", "anm", "hin", "not", "bre", "dev", "eil", "últ",
     "der"]
)  # fmt: skip


def could_open_marker(text: str) -> bool:
    """False only when ``text`` certainly does not start with a marker word.

    Exact for ASCII heads: IGNORECASE folds an ASCII letter only to its own other case there.
    A head with other characters (where regex case folding has special cases such as "K" for
    KELVIN SIGN or dotless "ı") is left to the full pattern.
    """
    head = text.lstrip(_MARKER_LEAD)[:3]
    if not head.isascii():
        return True
    head = head.lower()
    return head in _KIND_PREFIXES or (head[:2] == "fe" and head[2:].isspace())


def could_be_stamp(text: str) -> bool:
    """False only when ``text`` certainly holds no date or time: every stamp alternative needs
    a digit, "noon" or "midnight". Non-ASCII text (other scripts' digits) is left to the pattern.
    """
    if not text.isascii():
        return True
    if any(digit in text for digit in "0123456789"):
        return True
    lowered = text.lower()
    return "noon" in lowered or "midnight" in lowered


def _kind_group(found: re.Match[str]) -> str | None:
    for name in _KIND_OF_GROUP:
        if found[name]:
            return name
    return None


# ---------------------------------------------------------------------------------------------
# Unlabelled notes, headline flags, wire advisories.

_note_re = _lazily(
    r"""^[\s*(\[]*(?:
       (?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+
         (?:article|story|post|report|item|headline|graphic|photo\s+caption|caption)\b
     | this\s+(?:article|story|post|report|item)\s+(?:has\s+been|was|is\s+being)\s+
         (?:updated|amended|corrected|revised|changed|edited|clarified)\b
     | (?:the\s+associated\s+press|reuters|we)\s+(?:erroneously|incorrectly|mistakenly|wrongly)\s+
         (?:reported|said|stated|described|identified)\b
     | in\s+an?\s+(?:story|article|report)\s+(?:published\s+)?(?:on\s+)?[^,]{3,40},?\s+about\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_note_correction_re = _lazily(
    r"\b(?:corrected|misstated|misspelled|misidentified|misattributed|misquoted|misnamed|"
    r"erroneously|incorrectly|mistakenly|wrongly|in\s+error)\b",
    re.IGNORECASE,
)

_headline_updated_re = _lazily(
    r"(?:[(\[]\s*(?:updated?|update\s*\d*|corrected|correction|aktualisiert|mis\s+à\s+jour|"
    r"actualizado)\s*[)\]]\s*$|^\s*(?:UPDATE\s*\d*|CORRECTED|REFILE|RPT|WRAPUP\s*\d*)\s*[-—:]\s*)",
    re.IGNORECASE,
)
_advisory_re = _lazily(
    r"^\s*\((?:Adds|Updates|Recasts|Rewrites|Corrects|Refiles|Changes|Removes|Fixes|Inserts|"
    r"Deletes|Clarifies|Withdraws|Repeats|Moves)\b[^()]{0,300}\)\s*$",
    re.IGNORECASE,
)


# What ``^[\s*(\[]*`` skips in ``_note_re``; and the first letters of its alternatives ("an",
# "a", "the", "this", "reuters", "we", "in"), lowercase.
_NOTE_LEAD = _SPACES + "*(["
_NOTE_INITIALS = frozenset("atrwi")
_NOTE_FIRST_WORDS = ("an?", "the", "this", "reuters", "we", "in")  # each followed by \s in it


def could_open_note(text: str) -> bool:
    """False only when ``text`` certainly does not start an unlabelled note sentence (exact for
    an ASCII first letter, as ``could_open_marker``): ~0.1 µs, where the pattern takes ~0.5."""
    initial = text.lstrip(_NOTE_LEAD)[:1]
    return not initial.isascii() or initial.lower() in _NOTE_INITIALS


# One pattern that every marker, note and advisory opening passes: the union of the three
# pre-checks, for a paragraph that must be asked all three. Story paragraphs fail it at their
# first word in ~0.3 µs, where the three checks and calls take ~1.5 µs. Its case folding is the
# full patterns' own (the same engine and flags), so it needs no ASCII-only rule.
_opener_re = _lazily(
    rf"""\s*\(
    | [\s\[(*_>•–-]*(?:{"|".join(sorted(_KIND_PREFIXES))}|fe\s)
    | [\s*(\[]*(?:{"|".join(_NOTE_FIRST_WORDS)})\s""",
    re.IGNORECASE | re.VERBOSE,
)


def could_open_block(text: str) -> bool:
    """False only when ``match_marker``, ``match_note`` and ``is_advisory`` all certainly fail."""
    return _opener_re().match(text) is not None


def match_note(text: str) -> Marker | None:
    """An unlabelled correction/editor's-note sentence, as a Marker with an empty label."""
    if not could_open_note(text) or not _note_re().match(text):
        return None
    if re.search(r"\bclarif", text[:200], re.IGNORECASE):
        kind = BlockKind.CLARIFICATION
    elif _note_correction_re().search(text):
        kind = BlockKind.CORRECTION
    else:
        kind = BlockKind.EDITORS_NOTE
    return Marker(kind=kind, label="", stamp=None, rest=text.strip())


_bare_stamp_re = _lazily(
    rf"^[\s|·•(\[]*(?:(?:{_WEEKDAY}),?\s*)?(?:{_STAMP})(?:\s*{_TZ})?[\s|·•)\].]*$", re.IGNORECASE
)
# What ``^[\s|·•(\[]*`` skips in it, and the weekday that may open it.
_BARE_LEAD = _SPACES + "|·•(["
_weekday_re = _lazily(f"(?:{_WEEKDAY})", re.IGNORECASE)


def is_bare_stamp(text: str) -> bool:
    """True for a line that is only a date/time ("13.02 BST", "January 3, 2020")."""
    return (
        len(text) < 120
        and could_be_stamp(text)
        and _opens_like_bare_stamp(text)
        and (_bare_stamp_re().match(text) is not None)
    )


def _opens_like_bare_stamp(text: str) -> bool:
    """False only when the bare-stamp pattern certainly fails: after its lead (which no weekday,
    date or time starts with, so the engine never gives any of it back) comes a weekday or the
    start of a stamp. ~1 µs, and spares compiling that pattern (~13 ms) for a page whose only
    stamped lines are markers such as "UPDATE: 3:30pm EST—"."""
    start = len(text) - len(text.lstrip(_BARE_LEAD))
    return _weekday_re().match(text, start) is not None or stamp_starts_at(text, start)


def headline_is_updated(headline: str) -> bool:
    """True for "… (Updated)", "… [UPDATE 3]", "UPDATE 2-…" and the like."""
    return _headline_updated_re().search(headline) is not None


def is_advisory(text: str) -> bool:
    """A wire advisory line such as "(Adds minister's reaction in paragraph 3)"."""
    # Every advisory opens with "(": a test ~10x cheaper than the pattern's failure.
    return text.lstrip()[:1] == "(" and _advisory_re().match(text) is not None
