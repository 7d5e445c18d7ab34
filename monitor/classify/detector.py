"""Does a later sentence walk back an earlier passage? The pluggable judge and its default.

``ContradictionDetector`` is the seam: anything with ``score(earlier, later)`` can judge (an NLI
model could re-rank later). ``CueDetector``, the default, follows the reference heuristic (§2.4,
after de Marneffe et al. 2008: contradictions need the same event first):

1. *Same event*: the two texts share a named entity (else no judgement at all).
2. *Signal* in the later sentence: a walk-back cue ("conflicting reports", "retracted", "earlier
   reports", "turned out"), a denial, "is alive", a negated predicate the earlier text asserted
   ("was not released"), a location conflict ("X is in Lebanon"), or a corrected number.
   Each cue must bear on the earlier text (its words overlap the earlier passage), else it counts
   for little: a denial of something else, "did not want to be named", are not walk-backs.
3. *Vetoes*: a denial that the sentence itself rebuts ("denied …, but records confirmed …"),
   a confirmation ("confirmed earlier reports", "as previously reported"), a rising count
   ("rises to 12", "up from three"), an explicitly different event ("a separate bombing").
4. *Weight*: shared names (multi-word names count double), and a hedged earlier claim
   ("reportedly", "unconfirmed") — the classic breaking-news reversal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from monitor.classify.signals import Entity, content_stems, entities, numbers, shared_entities
from monitor.diff.units import fold

CONTRADICTION_THRESHOLD = 0.6
STRONG_CUE = 0.35  # the strongest cue must reach this for a contradiction


@dataclass(frozen=True, slots=True)
class Judgement:
    """A detector's verdict on one (earlier, later) pair."""

    is_contradiction: bool
    score: float
    cue: str  # the words that triggered it, ", "-joined
    entities: tuple[str, ...]  # shared names, as printed


class ContradictionDetector(Protocol):
    def score(self, earlier: str, later: str) -> Judgement | None:
        """Judge whether ``later`` walks back ``earlier``; None when they are unrelated."""
        ...


_X = re.IGNORECASE | re.VERBOSE
# Cues that talk about the reporting itself: they need no predicate of their own.
REPORT_CUE_RE = re.compile(
    r"""
    \b(?:conflicting|contradictory|differing|mixed)\s+(?:reports?|accounts?|information|claims)\b
  | \b(?:earlier|initial|previous|first|early)\s+reports?\b
  | \b(?:initially|earlier|previously|first|erroneously|incorrectly|wrongly|mistakenly)\s+
       (?:reported|said|stated|claimed|identified)\b
  | \b(?:as\s+)?(?:reported|said|stated)\s+(?:earlier|initially|previously)\b
  | \bretract(?:s|ed|ion|ing)?\b | \bwalk(?:ed|s|ing)?\s+back\b | \bwithdr(?:ew|awn)\b
  | \bbacktrack(?:ed|s|ing)?\b | \breversed\s+course\b
  | \bin\s+error\b | \bturned\s+out\b | \b(?:was|were|is|are)\s+(?:incorrect|wrong|false|untrue|inaccurate)\b
  | \bmis(?:identified|stated|reported|quoted|attributed|named)\b | \bhoax\b | \bfalse\s+alarm\b
  | \bcorrect(?:ed|s|ion)\b
    """,
    _X,
)
# Newsroom correction wording (reference §1.7, tested there).
CORRECTION_RE = re.compile(
    r"""
    \b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+
      (?:article|story|post|report|item|update|headline|graphic|photo\s+caption|caption)\b
  | \bthis\s+(?:article|story|post|report|item|update)\s+(?:has\s+been|was|is\s+being)\s+
      (?:updated|amended|corrected|revised|changed|edited)\b
  | \b(?:the\s+associated\s+press|reuters|we)\s+(?:erroneously|incorrectly|mistakenly|wrongly)\s+
      (?:reported|said|stated|described|identified)\b
    """,
    _X,
)
DENIAL_RE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing))\b"
    # "reject"/"dismiss" are denials only of reports ("dismissed reports of"), not of bills.
    r"|\b(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?)\s+(?:the\s+|these\s+|those\s+|as\s+)?"
    r"(?:reports?|claims?|allegations?|rumou?rs?|accounts?|suggestions?)\b",
    re.I,
)
ALIVE_RE = re.compile(
    r"\b(?:(?:is|was|are|were|remains?|still)\s+(?:alive|unharmed|safe|free)|survived|not\s+dead)\b",
    re.I,
)
NEGATION_RE = re.compile(r"\b(?:not|never|n't|no)\b", re.I)
UNVERIFIED_RE = re.compile(
    r"\b(?:could\s+not|cannot|can't|have\s+not|has\s+not|did\s+not|was\s+unable\s+to|were\s+unable\s+to)\s+"
    r"(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*",
    re.I,
)
LOCATION_RE = re.compile(
    r"\b(?:is|are|was|were|remains?)\s+(?:(?:said|believed|thought|reported|understood)\s+to\s+be\s+"
    r"|reportedly\s+|now\s+|still\s+|safely\s+)?(?:in|at)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
HEDGE_RE = re.compile(
    r"""\b(?:reportedly|allegedly|purportedly|apparently|unconfirmed|unverified|rumou?red?|
    (?:is|are|was|were)\s+(?:said|believed|thought|reported|understood)\s+to|
    according\s+to\s+(?:unconfirmed|initial|early|local)\s+reports?|initial\s+reports|
    possibly|may\s+have|might\s+have|believed\s+to\s+be)\b""",
    _X,
)
CONFIRM_BEFORE_RE = re.compile(
    r"\b(?:confirm(?:s|ed|ing)?|corroborat(?:es|ed|ing)|verif(?:y|ies|ied)|backed\s+up|as)\s+(?:the\s+)?$",
    re.I,
)
REBUTTAL_RE = re.compile(
    r"\b(?:but|however|though|yet)\b.{0,120}?\b(?:confirm\w*|show\w*|prov\w*|verif\w*|records?|footage|evidence|data)\b",
    re.I,
)
RISING_RE = re.compile(
    r"\b(?:ris(?:es|en|ing)|rose|climb(?:s|ed|ing)?|increas(?:es|ed|ing)|jump(?:s|ed)|grew|grown|"
    r"mount(?:s|ed|ing)|up\s+from|swell(?:s|ed)|now\s+stands)\b",
    re.I,
)
OTHER_EVENT_RE = re.compile(
    r"\b(?:separate|unrelated|different|another|second|earlier|last\s+(?:week|month|year))\s+"
    r"(?:\w+\s+){0,2}?(?:attack|strike|incident|bombing|event|case|blast|raid|operation|shooting|fire|crash)s?\b"
    r"|\b(?:last|previous)\s+(?:week|month|year)\b",
    re.I,
)
DEATH_RE = re.compile(
    r"\b(?:kill(?:ed|s|ing)?|dead|die[sd]?|death|slain|fatal\w*|shot|wounded|injur\w*|captured|"
    r"arrested|detained|among\s+the\s+(?:dead|victims))\b",
    re.I,
)
REPORT_WORDS_RE = re.compile(r"\b(?:reports?|claims?|allegations?|rumou?rs?|accounts?)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Cue:
    weight: float
    text: str


class CueDetector:
    """The offline default: regex cues plus shared names. Stateless and deterministic."""

    def score(self, earlier: str, later: str) -> Judgement | None:
        earlier, later = fold(earlier), fold(later)
        shared = shared_entities(entities(earlier), entities(later))
        if not shared:
            return None
        earlier_stems = content_stems(earlier) - _entity_tokens(shared)
        cues = _cues(earlier, later, earlier_stems, shared)
        names = tuple(e.display for e in shared)
        if not cues:
            return Judgement(False, 0.0, "", names)
        strongest = max(cues, key=lambda c: c.weight)
        support = min(0.3, 0.5 * (sum(c.weight for c in cues) - strongest.weight))
        overlap = min(0.4, sum(0.2 if len(e.key) > 1 else 0.1 for e in shared))
        hedge = 0.15 if HEDGE_RE.search(earlier) else 0.0
        total = min(1.0, strongest.weight + support + overlap + hedge)
        verdict = strongest.weight >= STRONG_CUE and total >= CONTRADICTION_THRESHOLD
        # Supporting cues are named too ("denying" beside "conflicting reports"), noise is not.
        cue_text = ", ".join(dict.fromkeys(c.text for c in cues if c.weight >= 0.15))
        return Judgement(verdict, round(total, 3), cue_text, names)


def _entity_tokens(shared: tuple[Entity, ...]) -> frozenset[str]:
    return frozenset(token for entity in shared for token in entity.key)


def _cues(
    earlier: str, later: str, earlier_stems: frozenset[str], shared: tuple[Entity, ...]
) -> list[_Cue]:
    if OTHER_EVENT_RE.search(later):
        return []
    rising = RISING_RE.search(later) is not None
    about_same = bool(content_stems(later) & earlier_stems) or len(shared) >= 2
    cues: list[_Cue] = []
    for match in (*CORRECTION_RE.finditer(later), *REPORT_CUE_RE.finditer(later)):
        if _confirmed_before(later, match.start()) or (
            rising and "correct" not in match.group(0).lower()
        ):
            continue
        cues.append(_Cue(0.5 if about_same else 0.2, match.group(0)))
    rebutted = REBUTTAL_RE.search(later) is not None
    for match in DENIAL_RE.finditer(later):
        if rebutted:
            continue
        cues.append(
            _Cue(
                0.45 if _denial_bears_on(later[match.end() :], earlier, earlier_stems) else 0.15,
                match.group(0),
            )
        )
    for match in ALIVE_RE.finditer(later):
        cues.append(_Cue(0.45 if DEATH_RE.search(earlier) else 0.1, match.group(0)))
    for match in UNVERIFIED_RE.finditer(later):
        cues.append(_Cue(0.3 if about_same else 0.1, match.group(0)))
    cues.extend(_negated_predicates(later, earlier_stems))
    cues.extend(_location_conflicts(later, earlier, shared))
    if not rising:
        cues.extend(_number_corrections(later, earlier))
    return cues


def _confirmed_before(text: str, position: int) -> bool:
    """ "confirmed earlier reports", "as previously reported" — unless negated/contrasted."""
    window = text[max(0, position - 40) : position]
    if re.search(r"\b(?:not|contrary\s+to|unlike|than)\b", window, re.I):
        return False
    return CONFIRM_BEFORE_RE.search(window) is not None


def _denial_bears_on(after: str, earlier: str, earlier_stems: frozenset[str]) -> bool:
    """The denied thing is what the earlier text said (or its report, or a death it reported)."""
    target = " ".join(after.split()[:10])
    if REPORT_WORDS_RE.search(target):
        return True
    denied = content_stems(target)
    # Most of what is denied must be what was claimed: denying a motive for, or a detail about,
    # the same event ("denied the curfew was aimed at protesters") is not a walk-back.
    if len(denied & earlier_stems) >= min(2, len(denied)):
        return True
    return bool(DEATH_RE.search(target) and DEATH_RE.search(earlier))


def _negated_predicates(later: str, earlier_stems: frozenset[str]) -> list[_Cue]:
    """ "was not released", "never received": the negated words were asserted earlier."""
    cues = []
    for match in NEGATION_RE.finditer(later):
        scope = " ".join(later[match.end() :].split()[:4])
        negated = content_stems(scope) & earlier_stems
        if negated and not re.match(
            r"\s*(?:only|just|as|so|far|until|long)\b", later[match.end() :]
        ):
            cues.append(_Cue(0.4, f"{match.group(0)} {scope}".strip()))
    return cues


def _location_conflicts(later: str, earlier: str, shared: tuple[Entity, ...]) -> list[_Cue]:
    """ "X is in Lebanon" about a shared name, when the earlier text placed it elsewhere."""
    earlier_names = entities(earlier)
    cues = []
    for match in LOCATION_RE.finditer(later):
        place = entities(match.group("place"))
        if not place or shared_entities(place, earlier_names):
            continue
        subject = entities(later[: match.start()])
        if shared_entities(subject, shared):
            cues.append(_Cue(0.35, match.group(0)))
    return cues


def _number_corrections(later: str, earlier: str) -> list[_Cue]:
    """A number of the earlier text negated or corrected: "25 people were rescued, not 45"."""
    earlier_numbers = set(numbers(earlier))
    cues = []
    for match in re.finditer(r"\bnot\s+(?P<n>\S+)", later, re.I):
        if (
            set(numbers(match.group("n"))) & earlier_numbers
            and set(numbers(later)) - earlier_numbers
        ):
            cues.append(_Cue(0.45, match.group(0)))
    return cues
