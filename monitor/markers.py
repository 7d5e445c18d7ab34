"""Update/correction markers and their timestamps: the words publishers put in front of a block.

``match_marker(text)`` recognises a marker at the start of a paragraph — "UPDATE: 3:30pm EST—",
"Update 2:", "UPDATED at 7:20 a.m. ET", "Update, Feb. 12, 2023, 7:20 a.m. ET:", "Correction:",
"Editor's note:", "Aktualisierung, 9.45 Uhr:", "Mise à jour à 11h10", "ACTUALIZACIÓN 08:30:" —
and splits it into kind, label (as printed), stamp (the time text inside it) and the rest.
``match_note(text)`` recognises the unlabelled note sentences ("An earlier version of this article
misstated …", "This story has been updated …"). ``resolve_stamp`` turns a stamp into an aware
datetime in an IANA zone, or None when that would take a guess.

Time-zone policy (see ``resolve_stamp``):

* An abbreviation names an IANA zone and is read as *wall time* there ("EST" in July is still
  New York wall time, as US outlets write it all year), so DST comes from the zone rules.
* Ambiguous abbreviations (CST, IST, AST) resolve only through ``default_zone``: to it when it is
  one of the candidates, or when its UTC offset at that moment equals a candidate's. Otherwise None.
* No abbreviation: ``default_zone`` (an IANA name, or a fixed offset "+05:30"); none → None.
* No date: the date of ``reference`` in that zone — one day earlier when that would put the
  stamp more than 12 hours after ``latest`` (the fetch); then, when the result is earlier than
  ``previous`` and one day later would land within 12 hours after it, roll one day forward
  (11:50 p.m. → 12:10 a.m.). A 12-hour clock without a.m./p.m. reads as 24-hour unless that
  reading falls before ``previous`` and the p.m. reading does not.
* Numeric D/M vs M/D: decided by a day > 12, else by ``day_first``, else by which reading is
  within two days of ``reference``; else None.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from monitor.model import BlockKind


def _lazily(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A getter that compiles ``pattern`` on first use.

    The stamp patterns repeat the month, weekday and zone alternations several times over and
    take ~90 ms to compile together: a process that never extracts must not pay that at import.
    """
    return functools.cache(functools.partial(re.compile, pattern, flags))


# ---------------------------------------------------------------------------------------------
# Building blocks (adapted from the tested patterns in shared/reference/update-formats.md §1.7,
# widened to German, French and Spanish).

_TZ_ABBR = (
    r"(?:E|C|M|P|AK|H)[SD]?T|GMT|UTC|Z|BST|IST|WES?T|CES?T|EES?T|MESZ|MEZ|MSK|"
    r"JST|KST|HKT|SGT|PHT|WIB|ICT|PKT|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|SAST|"
    r"EAT|WAT|CAT|AST|ADT|NST|NDT"
)
_OFFSET = r"[+-−]\s*\d{1,2}(?::?\d{2})?"
_TZ = (
    rf"(?:(?:GMT|UTC)\s*{_OFFSET}|(?:{_TZ_ABBR})\b|local\s+time|hora\s+local|heure\s+locale"
    r"|heure\s+de\s+Paris|[A-Z][a-z]+\s+time)"
)
_AMPM = r"(?:[ap]\.?\s?m(?![a-z])\.?)"
_CLOCK_SUFFIX = r"(?:\s*(?:Uhr|horas|hrs|h)\b)"
_TIME = (
    rf"(?:(?:[01]?\d|2[0-3])(?:[:.]|\s?h\s?)[0-5]\d(?:[:.][0-5]\d)?(?:\s*{_AMPM})?{_CLOCK_SUFFIX}?"
    rf"|(?:1[0-2]|0?[1-9])\s*{_AMPM}|(?:[01]?\d|2[0-3])\s?(?:Uhr|h)\b|noon|midnight)"
)
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "jan january januar janv janvier enero ene",
        "feb february februar févr fevr février fevrier febrero",
        "mar march märz maerz mars marzo",
        "apr april avr avril abril abr",
        "may mai mayo",
        "jun june juni juin junio",
        "jul july juli juil juillet julio",
        "aug august août aout agosto ago",
        "sep sept september septembre septiembre setiembre",
        "oct october okt oktober octobre octubre",
        "nov november novembre noviembre",
        "dec december dez dezember déc dec décembre decembre diciembre dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_MONTH = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|\.)?"
    r"|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
)
_DATE = (
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?"
    rf"|(?:(?:{_WEEKDAY}),?\s+)?(?:(?:le|el)\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?\d{{4}})?))"
)
_AT = r"(?:at|on|um|à|a\s+las?|le|el|vers|gegen)"
_STAMP = (
    rf"(?:(?:{_DATE})(?:,?\s*(?:{_AT}\s+)?{_TIME}(?:\s*{_TZ})?)?"
    rf"|{_TIME}(?:\s*{_TZ}|\s*\({_TZ}\))?(?:,?\s*(?:{_AT}\s+)?{_DATE})?)"
)
STAMP_PATTERN = _STAMP  # the stamp grammar, for recognisers of other stamped lines (datelines)
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

_marker_re = _lazily(
    rf"""
    ^[\s\[(*_>•–-]*
    (?:{_KINDS})\b\**
    \s*(?:{_AT}|as\s+of)?\s*(?P<open>[,(:\[—–])?\s*
    (?:(?:{_AT}\s+)?(?P<stamp>{_STAMP}))?
    \s*[)\]]?\s*
    (?P<sep>[:—–]|-{{1,2}}|\*\*|\.)?\s*
    """,
    re.IGNORECASE | re.VERBOSE,
)

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
    text = text.replace("\xa0", " ")[:2000]
    found = _marker_re().match(text)
    if found is None:
        return None
    group = found.lastgroup if found.lastgroup in _KIND_OF_GROUP else _kind_group(found)
    stamp = found["stamp"]
    if group is None or (group == "breaking" and not stamp):
        return None
    if not (stamp or found["sep"] or found["open"] in (":", "—", "–")):
        return None
    label = text[: found.end()].strip()
    return Marker(
        kind=_KIND_OF_GROUP[group],
        label=label,
        stamp=stamp.strip() if stamp else None,
        rest=text[found.end() :].strip(),
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


def could_open_note(text: str) -> bool:
    """False only when ``text`` certainly does not start an unlabelled note sentence (exact for
    an ASCII first letter, as ``could_open_marker``): ~0.1 µs, where the pattern takes ~0.5."""
    initial = text.lstrip(_NOTE_LEAD)[:1]
    return not initial.isascii() or initial.lower() in _NOTE_INITIALS


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


def is_bare_stamp(text: str) -> bool:
    """True for a line that is only a date/time ("13.02 BST", "January 3, 2020")."""
    return len(text) < 120 and could_be_stamp(text) and _bare_stamp_re().match(text) is not None


def headline_is_updated(headline: str) -> bool:
    """True for "… (Updated)", "… [UPDATE 3]", "UPDATE 2-…" and the like."""
    return _headline_updated_re().search(headline) is not None


def is_advisory(text: str) -> bool:
    """A wire advisory line such as "(Adds minister's reaction in paragraph 3)"."""
    # Every advisory opens with "(": a test ~10x cheaper than the pattern's failure.
    return text.lstrip()[:1] == "(" and _advisory_re().match(text) is not None


# ---------------------------------------------------------------------------------------------
# Zones.

_ZONES: dict[str, tuple[str, ...]] = {
    "ET": ("America/New_York",), "EST": ("America/New_York",), "EDT": ("America/New_York",),
    "CT": ("America/Chicago",), "CDT": ("America/Chicago",),
    "CST": ("America/Chicago", "Asia/Shanghai"),
    "MT": ("America/Denver",), "MST": ("America/Denver",), "MDT": ("America/Denver",),
    "PT": ("America/Los_Angeles",), "PST": ("America/Los_Angeles",),
    "PDT": ("America/Los_Angeles",),
    "AKT": ("America/Anchorage",), "AKST": ("America/Anchorage",),
    "AKDT": ("America/Anchorage",), "HST": ("Pacific/Honolulu",), "HT": ("Pacific/Honolulu",),
    "GMT": ("UTC",), "UTC": ("UTC",), "Z": ("UTC",), "BST": ("Europe/London",),
    "IST": ("Asia/Kolkata", "Asia/Jerusalem", "Europe/Dublin"),
    "AST": ("America/Halifax", "Asia/Riyadh"), "ADT": ("America/Halifax",),
    "NST": ("America/St_Johns",), "NDT": ("America/St_Johns",),
    "WET": ("Europe/Lisbon",), "WEST": ("Europe/Lisbon",),
    "CET": ("Europe/Paris",), "CEST": ("Europe/Paris",),
    "MEZ": ("Europe/Berlin",), "MESZ": ("Europe/Berlin",),
    "EET": ("Europe/Athens",), "EEST": ("Europe/Athens",), "MSK": ("Europe/Moscow",),
    "PKT": ("Asia/Karachi",), "ICT": ("Asia/Bangkok",), "WIB": ("Asia/Jakarta",),
    "SGT": ("Asia/Singapore",), "HKT": ("Asia/Hong_Kong",), "PHT": ("Asia/Manila",),
    "JST": ("Asia/Tokyo",), "KST": ("Asia/Seoul",),
    "AEST": ("Australia/Sydney",), "AEDT": ("Australia/Sydney",),
    "ACST": ("Australia/Adelaide",), "ACDT": ("Australia/Adelaide",),
    "AWST": ("Australia/Perth",), "NZST": ("Pacific/Auckland",), "NZDT": ("Pacific/Auckland",),
    "SAST": ("Africa/Johannesburg",), "EAT": ("Africa/Nairobi",), "WAT": ("Africa/Lagos",),
    "CAT": ("Africa/Maputo",),
}  # fmt: skip
_CITY_ZONES = {
    "baghdad": "Asia/Baghdad", "tehran": "Asia/Tehran", "kyiv": "Europe/Kyiv",
    "moscow": "Europe/Moscow", "london": "Europe/London", "paris": "Europe/Paris",
    "berlin": "Europe/Berlin", "madrid": "Europe/Madrid", "jerusalem": "Asia/Jerusalem",
    "beijing": "Asia/Shanghai", "tokyo": "Asia/Tokyo", "washington": "America/New_York",
    "eastern": "America/New_York", "pacific": "America/Los_Angeles",
    "central": "America/Chicago", "mountain": "America/Denver",
}  # fmt: skip
_LOCAL_WORDS = ("local", "locale", "heure de paris")

_zone_re = _lazily(rf"\s*\(?({_TZ})\)?\s*$", re.IGNORECASE)
_offset_re = _lazily(r"^(?:GMT|UTC)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def zone_from_name(name: str) -> tzinfo | None:
    """An IANA name or a fixed offset ("+05:30", "UTC-5") as a tzinfo; None when unknown."""
    fixed = _offset_re().match(name.strip())
    if fixed:
        sign = -1 if fixed[1] in "-−" else 1
        hours, minutes = int(fixed[2]), int(fixed[3] or 0)
        if hours > 14 or minutes > 59:
            return None
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return None


def zone_named_by(stamp: str) -> str | None:
    """The one IANA zone a stamp's abbreviation names ("3:30pm EST" → America/New_York), if any."""
    found = _zone_re().search(stamp.replace("\xa0", " "))
    if found is None:
        return None
    candidates = _ZONES.get(" ".join(found[1].split()).upper(), ())
    return candidates[0] if len(candidates) == 1 and candidates[0] != "UTC" else None


def _zone_for_token(token: str, default: tzinfo | None, when: datetime) -> tzinfo | None:
    """The zone a stamp's zone text names, with ambiguous abbreviations settled by ``default``."""
    word = " ".join(token.split())
    if _offset_re().match(word):
        return zone_from_name(word)
    if any(local in word.lower() for local in _LOCAL_WORDS):
        return default
    if word.lower().endswith(" time"):
        city = _CITY_ZONES.get(word.lower().rsplit(" ", 1)[0])
        return ZoneInfo(city) if city else default
    candidates = _ZONES.get(word.upper())
    if not candidates:
        return None
    if len(candidates) == 1:
        return ZoneInfo(candidates[0])
    if default is None:
        return None
    if getattr(default, "key", None) in candidates:
        return default
    offset = when.replace(tzinfo=default).utcoffset()
    for name in candidates:
        if when.replace(tzinfo=ZoneInfo(name)).utcoffset() == offset:
            return default  # same offset: read in the publisher's own zone
    return None


# ---------------------------------------------------------------------------------------------
# Stamp resolution.

_clock_re = _lazily(
    rf"(?P<h>\d{{1,2}})(?:(?:[:.]|\s?h\s?)(?P<m>\d{{2}})(?:[:.](?P<s>\d{{2}}))?)?\s*(?P<ampm>{_AMPM})?"
    rf"{_CLOCK_SUFFIX}?(?!\s*[/.\d])|\b(?P<word>noon|midnight)\b",
    re.IGNORECASE,
)
_date_re = _lazily(_DATE, re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(\d{4})\b")
_DAY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|\.)?(?!\d)")
_MONTH_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def resolve_stamp(
    stamp: str,
    *,
    reference: datetime,
    default_zone: str | None,
    previous: datetime | None,
    day_first: bool | None = None,
    latest: datetime | None = None,
) -> datetime | None:
    """The instant a stamp names, as an aware datetime in its IANA zone, or None if unsure.

    ``reference`` supplies the date of date-less stamps (the article's publication time);
    ``default_zone`` is used when the stamp names no zone (an IANA name or "+05:30");
    ``previous`` is the block before in time order, for the midnight roll-over;
    ``day_first`` says how to read 03/01/20 (None: only when the date decides it);
    ``latest`` is when the page was fetched: a date-less stamp read as more than 12 hours after
    it was written the day before ("11:50 p.m." on a page fetched at 00:30 with no
    publication date).
    """
    text = unicodedata.normalize("NFC", stamp).replace("\xa0", " ").strip()
    default = zone_from_name(default_zone) if default_zone else None
    zone_match = _zone_re().search(text)
    zone: tzinfo | None
    if zone_match:
        text = text[: zone_match.start()].rstrip(" ,")
        zone = _zone_for_token(zone_match[1], default, reference.replace(tzinfo=None))
    else:
        zone = default
    date_match = _date_re().search(text)
    day: date | None = None
    if date_match:
        day = _parse_date(date_match[0], reference, day_first)
        if day is None:
            return None
        text = text[: date_match.start()] + " " + text[date_match.end() :]
    clock = _parse_clock(text)
    if clock is None or zone is None:
        return None
    hour, minute, second, twelve_hour = clock
    if day is not None:
        return datetime.combine(day, _time(hour, minute, second), tzinfo=zone)
    base = reference.astimezone(zone).date()
    result = datetime.combine(base, _time(hour, minute, second), tzinfo=zone)
    if latest is not None and reference <= latest and result - latest > timedelta(hours=12):
        base -= timedelta(days=1)
        result = datetime.combine(base, result.timetz())
    if previous is not None and result < previous:
        if twelve_hour is False and hour < 12 and result + timedelta(hours=12) >= previous:
            return result + timedelta(hours=12)
        rolled = datetime.combine(base + timedelta(days=1), result.timetz())
        if rolled - previous <= timedelta(hours=12):
            return rolled
    return result


def _time(hour: int, minute: int, second: int) -> time:
    return time(hour, minute, min(second, 59))


def _parse_clock(text: str) -> tuple[int, int, int, bool | None] | None:
    """(hour, minute, second, twelve_hour) where twelve_hour is None for noon/midnight/a.m./p.m."""
    for found in _clock_re().finditer(text):
        if found["word"]:
            return (12 if found["word"].lower() == "noon" else 0), 0, 0, None
        hour, minute = int(found["h"]), int(found["m"] or 0)
        ampm = found["ampm"]
        if found["m"] is None and not ampm and not re.search(r"Uhr|h", found[0], re.IGNORECASE):
            continue  # a bare number is not a clock
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
            return hour, minute, int(found["s"] or 0), None
        if hour > 23:
            return None
        return hour, minute, int(found["s"] or 0), False if 1 <= hour <= 12 else None
    return None


def _parse_date(text: str, reference: datetime, day_first: bool | None) -> date | None:
    numeric = re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})[/.]?(\d{2,4})?", text.strip())
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if iso:
        return _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
    if numeric:
        first, second = int(numeric[1]), int(numeric[3])
        year = _year(numeric[4])
        dotted = numeric[2] == "."  # 03.01.2020 is always day first
        readings = _numeric_readings(first, second, day_first=True if dotted else day_first)
        return _pick_reading(readings, year, reference)
    month = next(
        (
            _MONTHS[w.lower().rstrip(".")]
            for w in _MONTH_WORD_RE.findall(text)
            if w.lower() in _MONTHS
        ),
        None,
    )
    day_match = _DAY_RE.search(_YEAR_RE.sub(" ", text))
    if month is None or day_match is None:
        return None
    year_match = _YEAR_RE.search(text)
    if year_match:
        return _safe_date(int(year_match[1]), month, int(day_match[1]))
    return _pick_reading([(month, int(day_match[1]))], None, reference)


def _numeric_readings(first: int, second: int, *, day_first: bool | None) -> list[tuple[int, int]]:
    """Candidate (month, day) pairs for a numeric date."""
    if first > 12:
        return [(second, first)]
    if second > 12:
        return [(first, second)]
    if day_first is None:
        return [(first, second), (second, first)]
    return [(second, first)] if day_first else [(first, second)]


def _pick_reading(readings: list[tuple[int, int]], year: int | None, ref: datetime) -> date | None:
    """The one reading that makes sense near ``ref``; None when two remain."""
    dates: list[date] = []
    for month, day in readings:
        years = [year] if year is not None else [ref.year - 1, ref.year, ref.year + 1]
        options = [d for y in years if (d := _safe_date(y, month, day)) is not None]
        if options:
            dates.append(min(options, key=lambda d: abs(d - ref.date())))
    dates = sorted(set(dates))
    if len(dates) == 1:
        return dates[0]
    near = [d for d in dates if abs(d - ref.date()) <= timedelta(days=2)]
    return near[0] if len(near) == 1 else None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
