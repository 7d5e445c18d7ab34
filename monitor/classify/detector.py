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

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple, Protocol, runtime_checkable

from monitor.classify.signals import (
    Entity,
    content_stems,
    entities,
    number_set,
    shared_entities,
)
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


@runtime_checkable
class SentencePrefilter(Protocol):
    """Optional for a detector: a cheap test of the later sentence alone.

    ``find_retractions`` skips the sentences for which it returns False, before pairing them
    with every earlier paragraph, so it must return True whenever *some* earlier text could
    make ``score(earlier, later).is_contradiction`` true.
    """

    def may_contradict(self, later: str) -> bool: ...


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
_LIMITING = re.compile(r"\s*(?:only|just|as|so|far|until|long)\b")  # "not only", "no longer"
_NOT_N = re.compile(r"\bnot\s+(?P<n>\S+)", re.I)  # "25 were rescued, not 45"


# The private records are NamedTuples: a frozen dataclass costs ~0.6 ms to create at import,
# and every `monitor check` process imports this module.
class _Cue(NamedTuple):
    weight: float
    text: str


class _Reading(NamedTuple):
    """One text as the detector reads it. The pair loop meets each earlier paragraph once per
    new sentence and each new sentence once per paragraph: this is worked out once for both."""

    folded: str
    names: tuple[Entity, ...]
    stems: frozenset[str]
    hedged: bool  # a hedged claim ("reportedly") is the classic reversal target
    deadly: bool  # it reports a death or injury (what "is alive" walks back)


@functools.lru_cache(maxsize=1024)  # bounded: ~30 articles' paragraphs, then the oldest go
def _read(text: str) -> _Reading:
    folded = fold(text)
    return _Reading(
        folded=folded,
        names=entities(folded),
        stems=content_stems(folded),
        hedged=HEDGE_RE.search(folded) is not None,
        deadly=DEATH_RE.search(folded) is not None,
    )


class CueDetector:
    """The offline default: regex cues plus shared names. Stateless and deterministic."""

    def may_contradict(self, later: str) -> bool:
        """False when no earlier text could make ``later`` a walk-back (see SentencePrefilter)."""
        return _may_walk_back(fold(later))

    def score(self, earlier: str, later: str) -> Judgement | None:
        before, after = _read(earlier), _read(later)
        shared = shared_entities(before.names, after.names)
        if not shared:
            return None
        earlier_stems = before.stems - _entity_tokens(shared)
        cues = _cues(before, after, earlier_stems, shared)
        names = tuple(e.display for e in shared)
        if not cues:
            return Judgement(False, 0.0, "", names)
        strongest = max(cues, key=lambda c: c.weight)
        support = min(0.3, 0.5 * (sum(c.weight for c in cues) - strongest.weight))
        overlap = min(0.4, sum(0.2 if len(e.key) > 1 else 0.1 for e in shared))
        hedge = 0.15 if before.hedged else 0.0
        total = min(1.0, strongest.weight + support + overlap + hedge)
        verdict = strongest.weight >= STRONG_CUE and total >= CONTRADICTION_THRESHOLD
        # Supporting cues are named too ("denying" beside "conflicting reports"), noise is not.
        cue_text = ", ".join(dict.fromkeys(c.text for c in cues if c.weight >= 0.15))
        return Judgement(verdict, round(total, 3), cue_text, names)


def _entity_tokens(shared: tuple[Entity, ...]) -> frozenset[str]:
    return frozenset(token for entity in shared for token in entity.key)


class _Signals(NamedTuple):
    """What the cue rules find in a later sentence on its own, worked out once per sentence
    (the pair loop scores it against every paragraph that shares a name with it)."""

    other_event: bool
    rising: bool
    report_cues: tuple[str, ...]  # correction / report cues past the confirmation veto
    denials: tuple[tuple[str, str], ...]  # (cue, the text after it); none when rebutted
    alive: tuple[str, ...]
    unverified: tuple[str, ...]
    negations: tuple[tuple[str, str], ...]  # (negation, its scope: the next four words)
    locations: tuple[
        tuple[str, tuple[Entity, ...], tuple[Entity, ...]], ...
    ]  # (cue, place, subject)
    not_numbers: tuple[tuple[str, frozenset[str]], ...]  # ("not 45", the numbers in "45")
    numbers: frozenset[str]


@functools.lru_cache(maxsize=256)
def _signals(later: str) -> _Signals:
    rising = RISING_RE.search(later) is not None
    return _Signals(
        other_event=OTHER_EVENT_RE.search(later) is not None,
        rising=rising,
        report_cues=_report_cues(later, rising=rising),
        denials=_denials(later),
        alive=tuple(m.group(0) for m in ALIVE_RE.finditer(later)),
        unverified=tuple(m.group(0) for m in UNVERIFIED_RE.finditer(later)),
        negations=_negations(later),
        locations=tuple(
            (m.group(0), entities(m.group("place")), entities(later[: m.start()]))
            for m in LOCATION_RE.finditer(later)
        ),
        not_numbers=tuple((m.group(0), number_set(m.group("n"))) for m in _NOT_N.finditer(later)),
        numbers=number_set(later),
    )


def _may_walk_back(later: str) -> bool:
    """Whether ``_signals(later)`` holds a cue that can reach STRONG_CUE, without building it.

    Those cues come from report cues, denials, "alive", negations, locations or a negated
    number (unverified tops at 0.3), and ``_cues`` finds nothing in a sentence about another
    event. Nearly every sentence has none, so this stops at the first one found and skips what
    only scoring reads (names, numbers, unverified; the rebuttal unless there is a denial).
    """
    if OTHER_EVENT_RE.search(later):
        return False
    if ALIVE_RE.search(later) or LOCATION_RE.search(later) or _negations(later):
        return True
    if DENIAL_RE.search(later) and not REBUTTAL_RE.search(later):
        return True
    rising = RISING_RE.search(later) is not None
    return bool(_report_cues(later, rising=rising)) or (not rising and bool(_NOT_N.search(later)))


def _report_cues(later: str, *, rising: bool) -> tuple[str, ...]:
    """Correction and report cues past the confirmation veto; in a rising count, corrections."""
    return tuple(
        match.group(0)
        for match in (*CORRECTION_RE.finditer(later), *REPORT_CUE_RE.finditer(later))
        if not _confirmed_before(later, match.start())
        and not (rising and "correct" not in match.group(0).lower())
    )


def _denials(later: str) -> tuple[tuple[str, str], ...]:
    """(cue, the text after it) for each denial; none when the sentence rebuts its denial."""
    if REBUTTAL_RE.search(later) is not None:
        return ()
    return tuple((m.group(0), later[m.end() :]) for m in DENIAL_RE.finditer(later))


def _negations(later: str) -> tuple[tuple[str, str], ...]:
    """(negation, its scope: the next four words), "not only" and the like left out."""
    return tuple(
        (match.group(0), " ".join(later[match.end() :].split()[:4]))
        for match in NEGATION_RE.finditer(later)
        if not _LIMITING.match(later, match.end())
    )


def _cues(
    before: _Reading, after: _Reading, earlier_stems: frozenset[str], shared: tuple[Entity, ...]
) -> list[_Cue]:
    found = _signals(after.folded)
    if found.other_event:
        return []
    about_same = bool(after.stems & earlier_stems) or len(shared) >= 2
    cues = [_Cue(0.5 if about_same else 0.2, text) for text in found.report_cues]
    cues.extend(
        _Cue(0.45 if _denial_bears_on(following, before, earlier_stems) else 0.15, text)
        for text, following in found.denials
    )
    cues.extend(_Cue(0.45 if before.deadly else 0.1, text) for text in found.alive)
    cues.extend(_Cue(0.3 if about_same else 0.1, text) for text in found.unverified)
    # "was not released", "never received": the negated words were asserted earlier.
    cues.extend(
        _Cue(0.4, f"{negation} {scope}".strip())
        for negation, scope in found.negations
        if content_stems(scope) & earlier_stems
    )
    # "X is in Lebanon" about a shared name, when the earlier text placed it elsewhere.
    cues.extend(
        _Cue(0.35, text)
        for text, place, subject in found.locations
        if place and not shared_entities(place, before.names) and shared_entities(subject, shared)
    )
    if not found.rising:
        # A number of the earlier text negated or corrected: "25 people were rescued, not 45".
        earlier_numbers = number_set(before.folded)
        cues.extend(
            _Cue(0.45, text)
            for text, negated in found.not_numbers
            if negated & earlier_numbers and found.numbers - earlier_numbers
        )
    return cues


def _confirmed_before(text: str, position: int) -> bool:
    """ "confirmed earlier reports", "as previously reported" — unless negated/contrasted."""
    window = text[max(0, position - 40) : position]
    if re.search(r"\b(?:not|contrary\s+to|unlike|than)\b", window, re.I):
        return False
    return CONFIRM_BEFORE_RE.search(window) is not None


def _denial_bears_on(after: str, before: _Reading, earlier_stems: frozenset[str]) -> bool:
    """The denied thing is what the earlier text said (or its report, or a death it reported)."""
    target = " ".join(after.split()[:10])
    if REPORT_WORDS_RE.search(target):
        return True
    denied = content_stems(target)
    # Most of what is denied must be what was claimed: denying a motive for, or a detail about,
    # the same event ("denied the curfew was aimed at protesters") is not a walk-back.
    if len(denied & earlier_stems) >= min(2, len(denied)):
        return True
    return bool(DEATH_RE.search(target) and before.deadly)
