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
