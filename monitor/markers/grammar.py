"""The stamp grammar: the regular-expression building blocks of dates, times and zones that the
marker, bare-stamp, dateline and stamp-resolution patterns share."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def _lazily(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A getter that compiles ``pattern`` on first use.

    The stamp patterns repeat the month, weekday and zone alternations several times over and
    take ~90 ms to compile together: a process that never extracts must not pay that at import.
    """
    return functools.cache(functools.partial(re.compile, pattern, flags))


# ---------------------------------------------------------------------------------------------
# Building blocks (adapted from the tested patterns in shared/reference/update-formats.md §1.7,
# widened to German, French, Spanish, Italian and Portuguese).

_TZ_ABBR = (
    r"(?:E|C|M|P|AK|H)[SD]?T|GMT|UTC|Z|BST|IST|WES?T|CES?T|EES?T|MESZ|MEZ|MSK|"
    r"JST|KST|HKT|SGT|PHT|WIB|ICT|PKT|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|SAST|"
    r"EAT|WAT|CAT|AST|ADT|NST|NDT|GST|IDT|MYT|BRT|CLS?T|IRST|NPT|TRT|WITA"
)
_OFFSET = r"[+-−]\s*\d{1,2}(?::?\d{2})?"
_TZ = (
    rf"(?:(?:GMT|UTC)\s*{_OFFSET}|(?:{_TZ_ABBR})\b|local\s+time|hora\s+local|heure\s+locale"
    r"|heure\s+de\s+Paris|ora\s+italiana|hora\s+de\s+Lisboa|hor(?:a|ário)\s+de\s+Bras[íi]lia"
    r"|Ortszeit|ora\s+locale|[A-Z][^\W\d_]+-Zeit|[A-Z][a-z]+\s+time)"
)
_AMPM = r"(?:[ap]\.?\s?m(?![a-z])\.?)"
_CLOCK_SUFFIX = r"(?:\s*(?:Uhr|horas|hrs|h)\b)"
_TIME = (
    rf"(?:(?:[01]?\d|2[0-3])(?:[:.]|\s?h\s?)[0-5]\d(?:[:.][0-5]\d)?(?:\s*{_AMPM})?{_CLOCK_SUFFIX}?"
    rf"|(?:1[0-2]|0?[1-9])\s*{_AMPM}|(?:[01]?\d|2[0-3])\s?(?:Uhr|h)\b|noon|midnight)"
)
# An Italian clock with a comma after its word ("ore 19,30"); after "ore" it is no decimal.
_ORE_COMMA = re.compile(r"\b(ore\s+(?:[01]?\d|2[0-3])),([0-5]\d)(?![\d,.])", re.IGNORECASE)


def dot_comma_clock(text: str) -> str:
    """``text`` with an "ore 19,30" clock written "ore 19.30" (``text`` itself when it has none)."""
    if "," not in text:
        return text
    dotted = _ORE_COMMA.sub(r"\1.\2", text)
    return text if dotted == text else dotted


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "jan january januar janv janvier enero ene gennaio janeiro",
        "feb february februar févr fevr février fevrier febrero febbraio fevereiro fev",
        "mar march märz maerz mars marzo março marco",
        "apr april avr avril abril abr aprile",
        "may mai mayo maggio maio",
        "jun june juni juin junio giugno giu junho",
        "jul july juli juil juillet julio luglio lug julho",
        "aug august août aout agosto ago",
        "sep sept september septembre septiembre setiembre settembre sett setembro",
        "oct october okt oktober octobre octubre ottobre ott outubro",
        "nov november novembre noviembre novembro",
        "dec december dez dezember déc dec décembre decembre diciembre dic dicembre dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_MONTH = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
# Every weekday's names, Monday first, as stamps write them (lowercase; abbreviations too).
WEEKDAY_NAMES = (
    "monday mon montag lundi lunes lunedì segunda segunda-feira",
    "tuesday tue tues dienstag mardi martes martedì terça terça-feira",
    "wednesday wed mittwoch mercredi miércoles mercoledì quarta quarta-feira",
    "thursday thu thur thurs donnerstag jeudi jueves giovedì quinta quinta-feira",
    "friday fri freitag vendredi viernes venerdì sexta sexta-feira",
    "saturday sat samstag samedi sábado sabato",
    "sunday sun sonntag dimanche domingo domenica",
)
_WEEKDAY = (
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|\.)?"
    r"|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
    r"|(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)"
    r"|(?:(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?)"
)
_DATE = (
    rf"(?:(?:{_WEEKDAY}),?\s+(?=\d{{1,2}}[/.]\d))?"  # "Sonntag, 06.12.2026", "lunedì 7/12/2026"
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{1,2}/\d{1,2}(?=\s+(?:(?:à|at|um|alle|às|a)\s+\d|\d{1,2}(?:[:.h]\d{2}|\s?[ap]\.?m)))"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?"
    rf"|(?:(?:{_WEEKDAY}),?\s+)?(?:(?:le|el)\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?\d{{4}})?))"
)
# "vom" (Update vom 3. Mai), "il"/"alle"/"delle" (Aggiornato il 3 maggio alle 16:05), "di"
# (aggiornamento delle 20.10 di domenica 6 dicembre), "às"/"em"
# (Atualização às 16h05, Atualizado em 3 de maio). A longer word comes before its own prefix ("às"
# before "à"): the marker head takes its first alternative without looking past it.
_AT = (
    r"(?:at|on|am|um|vom|às|à|a\s+las?|le|el|il|em|vers|gegen|(?:alle|delle|dalle)(?:\s+ore)?|ore"
    r"|di)"
)
_STAMP = (
    rf"(?:(?:{_DATE})(?:(?:\s+[-–—]\s+(?=\d)|\s*\|\s*(?=\d)|,?\s*)(?:{_AT}\s+)?{_TIME}(?:\s*{_TZ}|\s*\({_TZ}\))?)?"
    rf"|{_TIME}(?:\s*{_TZ}|\s*\({_TZ}\))?(?:,?\s*(?:{_AT}\s+)?{_DATE})?"
    # A weekday and a clock, no date ("Sunday, 9:40 p.m.", "Sonntag, 17.30 Uhr", "dimanche à
    # 17h30"): the day of the week nearest the page's date (``resolve_stamp``).
    rf"|(?:{_WEEKDAY}),?\s*(?:{_AT}\s+)?{_TIME}(?:\s*{_TZ}|\s*\({_TZ}\))?"
    rf"(?:,?\s*(?:{_AT}\s+)?{_DATE})?)"
)
STAMP_PATTERN = _STAMP  # the stamp grammar, for recognisers of other stamped lines (datelines)


# ---------------------------------------------------------------------------------------------
# The stamp grammar as a matcher of its own.
#
# Pasted into a pattern, ``_STAMP`` brings two dates, two times and three zones with it (each
# date two month alternations), and Python compiles patterns in Python: the marker pattern alone
# took ~13 ms to compile. ``match_stamp`` matches the same grammar with one compiled pattern per
# building block, shared by every caller (the date pattern is also the one ``resolve_stamp``
# parses with), and the glue between the blocks written out below.
#
# It returns where the *first* match of ``_STAMP`` ends — the match the engine commits to when
# nothing after the stamp can fail, as in the marker pattern — not every end the grammar allows:
# a pattern that must match the whole line after a stamp (a bare stamp, a dateline) still embeds
# ``STAMP_PATTERN``. Why the glue is exact: no block starts with a space, a comma or "(", so the
# engine's other ways of matching the glue in front of a block ("," or spaces left out) cannot
# lead to a match, and at most one ``_AT`` word matches at any place.

_date_re = _lazily(_DATE, re.IGNORECASE)
_weekday_re = _lazily(rf"(?:{_WEEKDAY})(?!\w)", re.IGNORECASE)
_time_re = _lazily(_TIME, re.IGNORECASE)
# ``\s*TZ`` or ``\s*\(TZ\)`` (one zone alternation, not two); group "paren" says which.
_zone_re = _lazily(rf"\s*(?P<paren>\()?(?:{_TZ})(?(paren)\))", re.IGNORECASE)
_joint_re = _lazily(r",?\s*")
# Between a date and its time a dash or a bar may stand too: "6 dic 2026 - 18:12", "December 7,
# 2026 — 8.40am", "06.12.2026 | 22:40".
_date_joint_re = _lazily(r"\s+[-–—]\s+(?=\d)|\s*\|\s*(?=\d)|,?\s*")
_at_re = _lazily(rf"(?:{_AT})\s+", re.IGNORECASE)


def _end(pattern: re.Pattern[str], text: str, pos: int) -> int | None:
    found = pattern.match(text, pos)
    return None if found is None else found.end()


def _after_at(
    text: str, pos: int, block: Callable[[str, int], int | None]
) -> tuple[int, int] | None:
    """(start, end) of ``block`` in ``(?:_AT\\s+)?block`` as first matched at ``pos``."""
    at = _at_re().match(text, pos)
    if at is not None and (end := block(text, at.end())) is not None:
        return at.end(), end
    end = block(text, pos)
    return None if end is None else (pos, end)


def _joined(
    text: str, pos: int, block: re.Pattern[str], joint: re.Pattern[str] | None = None
) -> int | None:
    """Where ``,?\\s*(?:_AT\\s+)?block`` (or ``joint`` in place of ``,?\\s*``) first matched at
    ``pos`` ends, or None."""
    joint_end = _end(joint or _joint_re(), text, pos)  # both joints can match nothing
    if joint_end is None:
        return None
    found = _after_at(text, joint_end, functools.partial(_end, block))
    return None if found is None else found[1]


def _stamp_end(text: str, pos: int) -> int | None:
    """Where the first match of ``_STAMP`` at ``pos`` ends, or None when it does not match."""
    date = _date_re().match(text, pos)
    if date is not None:  # (?:_DATE)(?:,?\s*(?:_AT\s+)?_TIME(?:\s*_TZ|\s*\(_TZ\))?)?
        end = date.end()
        # The regex tries a dash first, then ",?\s*" (the dash is followed by a digit).
        time_end = _joined(text, end, _time_re(), _date_joint_re())
        if time_end is None:
            time_end = _joined(text, end, _time_re())
        if time_end is None:
            return end
        zone = _zone_re().match(text, time_end)
        return zone.end() if zone is not None else time_end
    time = _time_re().match(text, pos)
    if time is None:
        return _weekday_clock_end(text, pos)
    end = time.end()  # _TIME(?:\s*_TZ|\s*\(_TZ\))?(?:,?\s*(?:_AT\s+)?_DATE)?
    zone = _zone_re().match(text, end)
    if zone is not None:
        end = zone.end()
    date_end = _joined(text, end, _date_re())
    return end if date_end is None else date_end


def match_stamp(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the stamp in ``(?:_AT\\s+)?(?P<stamp>_STAMP)`` first matched at ``pos``."""
    return _after_at(text, pos, _stamp_end)


def stamp_starts_at(text: str, pos: int) -> bool:
    """Whether a ``_STAMP`` starts at ``pos``: every match of it opens with a date or a time."""
    return _date_re().match(text, pos) is not None or _time_re().match(text, pos) is not None


def could_hold_stamp(text: str) -> bool:
    """False only when no ``_STAMP`` starts anywhere in ``text`` (~2 µs on a short line)."""
    return _date_re().search(text) is not None or _time_re().search(text) is not None


def find_stamp(text: str) -> tuple[int, int] | None:
    """(start, end) of the first stamp in ``text`` that starts a word, or None."""
    pos = 0
    while pos < len(text):
        found = [
            m.start() for m in (_date_re().search(text, pos), _time_re().search(text, pos)) if m
        ]
        if not found:
            return None
        start = min(found)
        if start == 0 or not text[start - 1].isalnum():
            span = match_stamp(text, start)  # "le 5 mars": the stamp is what follows "le"
            if span is not None:
                return span
        pos = start + 1
    return None


def _weekday_clock_end(text: str, pos: int) -> int | None:
    r"""Where ``_WEEKDAY,?\s*(?:_AT\s+)?_TIME(?:\s*_TZ|\s*\(_TZ\))?(?:,?\s*(?:_AT\s+)?_DATE)?``
    matched at ``pos`` ends."""
    weekday = _weekday_re().match(text, pos)
    if weekday is None:
        return None
    time_end = _joined(text, weekday.end(), _time_re())
    if time_end is None:
        return None
    zone = _zone_re().match(text, time_end)
    end = zone.end() if zone is not None else time_end
    date_end = _joined(text, end, _date_re())  # "Fri 6:45 PM, Feb 16, 2018"
    return end if date_end is None else date_end
