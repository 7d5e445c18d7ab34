"""Stamp resolution: the time text of a marker ("3:30pm EST", "Jan. 3, 7:20 a.m.") as an aware
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
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo

from monitor.markers.grammar import (
    _AMPM,
    _CLOCK_SUFFIX,
    _DATE,
    _MONTHS,
    _TZ,
    _WEEKDAY,
    WEEKDAY_NAMES,
    _lazily,
    dot_comma_clock,
)

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
    # Gulf, Israel in summer, Malaysia, Brasília, Chile, Iran, Nepal, Türkiye, central Indonesia:
    # abbreviations their newsrooms print that are no English word.
    "GST": ("Asia/Dubai",), "IDT": ("Asia/Jerusalem",), "MYT": ("Asia/Kuala_Lumpur",),
    "BRT": ("America/Sao_Paulo",), "CLT": ("America/Santiago",), "CLST": ("America/Santiago",),
    "IRST": ("Asia/Tehran",), "NPT": ("Asia/Kathmandu",), "TRT": ("Europe/Istanbul",),
    "WITA": ("Asia/Makassar",),
}  # fmt: skip
_CITY_ZONES = {
    "baghdad": "Asia/Baghdad", "tehran": "Asia/Tehran", "kyiv": "Europe/Kyiv",
    "moscow": "Europe/Moscow", "london": "Europe/London", "paris": "Europe/Paris",
    "berlin": "Europe/Berlin", "madrid": "Europe/Madrid", "jerusalem": "Asia/Jerusalem",
    "beijing": "Asia/Shanghai", "tokyo": "Asia/Tokyo", "washington": "America/New_York",
    "eastern": "America/New_York", "pacific": "America/Los_Angeles",
    "central": "America/Chicago", "mountain": "America/Denver",
    "brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "new york": "America/New_York", "rome": "Europe/Rome", "vienna": "Europe/Vienna",
    "wien": "Europe/Vienna", "istanbul": "Europe/Istanbul", "dubai": "Asia/Dubai",
    "delhi": "Asia/Kolkata", "beirut": "Asia/Beirut", "cairo": "Africa/Cairo",
}  # fmt: skip
_LOCAL_WORDS = ("local", "locale", "ortszeit")
# Zones named in words ("heure de Paris", "ora italiana", "hora de Brasília").
_PHRASE_ZONES = {
    "heure de paris": "Europe/Paris", "ora italiana": "Europe/Rome",
    "hora de lisboa": "Europe/Lisbon", "hora de brasília": "America/Sao_Paulo",
    "hora de brasilia": "America/Sao_Paulo", "horário de brasília": "America/Sao_Paulo",
    "horário de brasilia": "America/Sao_Paulo",
}  # fmt: skip

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


@functools.lru_cache(maxsize=1024)
def zone_named_by(stamp: str) -> str | None:
    """The one IANA zone a stamp's abbreviation names ("3:30pm EST" → America/New_York), if any.

    Cached: the zone search tries its pattern at every position (~4 µs), and a page's stamps
    recur on every poll of it."""
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
    if word.lower() in _PHRASE_ZONES:
        return ZoneInfo(_PHRASE_ZONES[word.lower()])
    if any(local in word.lower() for local in _LOCAL_WORDS):
        return default
    if word.lower().endswith((" time", "-zeit")):  # "Baghdad time", "Brasília-Zeit"
        city = _CITY_ZONES.get(word.lower()[:-5])
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
    clock_24h: bool = False,
    not_before: datetime | None = None,
) -> datetime | None:
    """The instant a stamp names, as an aware datetime in its IANA zone, or None if unsure.

    ``reference`` supplies the date of date-less stamps (the article's publication time);
    ``default_zone`` is used when the stamp names no zone (an IANA name or "+05:30");
    ``previous`` is the block before in time order, for the midnight roll-over;
    ``day_first`` says how to read 03/01/20 (None: only when the date decides it);
    ``latest`` is when the page was fetched: a date-less stamp read as more than 12 hours after
    it was written the day before ("11:50 p.m." on a page fetched at 00:30 with no
    publication date);
    ``clock_24h`` says the page writes a 24-hour clock (see ``writes_24_hour``), so "10:05"
    below "16:50" is the morning, never 10:05 p.m.;
    ``not_before`` is when the story was published, for an update note's stamp: a date-less
    clock earlier than that on its day is the next day's ("Update 2 — 1:35am" on a story
    published at 9.15pm), when that is within half a day of it and not after the fetch.
    """
    parts = _stamp_parts(stamp)
    default = zone_from_name(default_zone) if default_zone else None
    zone: tzinfo | None = default
    if parts.zone_text is not None:
        zone = _zone_for_token(parts.zone_text, default, reference.replace(tzinfo=None))
    day: date | None = None
    if parts.date_text is not None:
        day = _parse_date(parts.date_text, reference, day_first)
        if day is None and stamp.endswith(".") and stamp[-2:-1].isdigit():
            # "delle 18.30." is a clock and a full stop, not the 18th of month 30
            return resolve_stamp(
                stamp[:-1], reference=reference, default_zone=default_zone, previous=previous,
                day_first=day_first, latest=latest, clock_24h=clock_24h,
            )  # fmt: skip
        if day is None:
            return None
    clock = parts.clock
    if clock is None or zone is None:
        return None
    hour, minute, second, twelve_hour = clock
    if day is not None:
        return datetime.combine(day, _time(hour, minute, second), tzinfo=zone)
    base = reference.astimezone(zone).date()
    weekday = _weekday_named(stamp)
    if weekday is not None:  # "Samstag, 23:05 Uhr" in a ticker that runs over days
        latest_day = latest.astimezone(zone).date() if latest is not None else None
        base = _nearest_weekday(base, weekday, latest_day)
        return datetime.combine(base, _time(hour, minute, second), tzinfo=zone)
    result = datetime.combine(base, _time(hour, minute, second), tzinfo=zone)
    if latest is not None and reference <= latest and result - latest > timedelta(hours=12):
        base -= timedelta(days=1)
        result = datetime.combine(base, result.timetz())
    if not_before is not None and result < not_before:
        next_day = datetime.combine(base + timedelta(days=1), result.timetz())
        if (
            latest is not None
            and next_day <= latest + _CLOCK_SKEW
            and next_day - not_before <= timedelta(hours=12)
        ):
            return next_day
    if previous is not None and result < previous:
        if (
            twelve_hour is False
            and not clock_24h
            and hour < 12
            and result + timedelta(hours=12) >= previous
        ):
            return result + timedelta(hours=12)
        rolled = datetime.combine(base + timedelta(days=1), result.timetz())
        # Past midnight, unless that is after the fetch: an entry pinned on top out of order.
        if rolled - previous <= timedelta(hours=12) and (
            latest is None or rolled <= latest + _CLOCK_SKEW
        ):
            return rolled
    return result


_WEEKDAYS = {name: index for index, names in enumerate(WEEKDAY_NAMES) for name in names.split()}
_FIRST_WORD = re.compile(r"[^\W\d_][\w-]*")


def _weekday_named(stamp: str) -> int | None:
    """The weekday (Monday 0) a date-less stamp opens with ("Samstag, 23:05 Uhr"), if any."""
    found = _FIRST_WORD.match(stamp.strip())
    return _WEEKDAYS.get(found[0].casefold().rstrip(".")) if found else None


def _nearest_weekday(day: date, weekday: int, latest: date | None) -> date:
    """The date of ``weekday`` nearest ``day`` (within a week either way), never after ``latest``
    (the fetch's date): an entry is not stamped with a day still to come."""
    candidates = [day + timedelta(days=offset) for offset in range(-6, 7)]
    candidates = [c for c in candidates if c.weekday() == weekday]
    if latest is not None:
        candidates = [c for c in candidates if c <= latest] or candidates
    return min(candidates, key=lambda c: abs((c - day).days))


_CLOCK_SKEW = timedelta(hours=1)  # how far a publisher's clock may run ahead of ours


def writes_24_hour(stamp: str) -> bool:
    """Whether a stamp's clock can only be a 24-hour one ("16:50", "0.15 Uhr")."""
    clock = _stamp_parts(stamp).clock
    return clock is not None and clock[3] is None and not _twelve_hour_words_re().search(stamp)


_twelve_hour_words_re = _lazily(rf"{_AMPM}|\bnoon\b|\bmidnight\b", re.IGNORECASE)


def clock_minutes(stamp: str) -> int | None:
    """Minutes after midnight of the clock a stamp shows (a 12-hour clock without a.m./p.m. read
    as written), for telling the order of a page's stamps; None without a clock."""
    clock = _stamp_parts(stamp).clock
    return None if clock is None else clock[0] * 60 + clock[1]


class _StampParts(NamedTuple):
    """What a stamp's text says, before a reference date or a zone gives it meaning."""

    zone_text: str | None  # "EST", "GMT+1", "local time"
    date_text: str | None  # "Jan. 3, 2020", "03.01.2020"
    clock: tuple[int, int, int, bool | None] | None  # as ``_parse_clock`` returns it


@functools.lru_cache(maxsize=1024)
def _stamp_parts(stamp: str) -> _StampParts:
    """``stamp`` split into zone, date and clock. Cached: the zone and date patterns are tried
    at every position of the text (~10 µs a stamp), and a page's stamps recur on every poll of
    it, while the reading of the parts depends on the page (its date, zone, day order)."""
    text = dot_comma_clock(unicodedata.normalize("NFC", stamp).replace("\xa0", " ").strip())
    zone_text = None
    zone_match = _zone_re().search(text)
    if zone_match:
        text = text[: zone_match.start()].rstrip(" ,")
        zone_text = zone_match[1]
    date_text = None
    date_match = _date_re().search(text)
    if date_match:
        date_text = date_match[0]
        text = text[: date_match.start()] + " " + text[date_match.end() :]
        if zone_text is None:  # the zone after the clock, the date last: "4:05 p.m. ET, Dec. 6"
            zone_match = _zone_re().search(text.rstrip(" ,"))
            if zone_match:
                text = text[: zone_match.start()]
                zone_text = zone_match[1]
    return _StampParts(zone_text, date_text, _parse_clock(text))


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
        ambiguous = 1 <= hour <= 12 and not _written_24_hour(found[0])
        return hour, minute, int(found["s"] or 0), False if ambiguous else None
    return None


# "11 h 38", "9h15", "10.05 Uhr", "10:30 horas": the ways of writing a clock that only the
# 24-hour clock uses, so "11 h 38" below "11 h 59" on a page is the morning, never 11.38 p.m.
_24_HOUR_CLOCK = re.compile(r"\d\s?h\b|\d\s?h\s?\d|\b(?:uhr|horas|hrs)\b", re.IGNORECASE)


def _written_24_hour(clock: str) -> bool:
    return _24_HOUR_CLOCK.search(clock) is not None


_LEADING_WEEKDAY = re.compile(rf"^(?:{_WEEKDAY}),?\s+(?=\d)", re.IGNORECASE)


def _parse_date(text: str, reference: datetime, day_first: bool | None) -> date | None:
    text = _LEADING_WEEKDAY.sub("", text.strip())  # "Sonntag, 06.12.2026": the numbers decide
    numeric = re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})[/.]?(\d{2,4})?", text)
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
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
