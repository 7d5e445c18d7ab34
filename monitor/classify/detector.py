"""Does a later sentence walk back an earlier one? The pluggable judge and its default.

``ContradictionDetector`` is the seam: anything with ``score(earlier, later)`` can judge. The
default, ``ClaimDetector``, compares what the two sentences claim (``monitor.classify.claims``),
after the reference heuristic (§2.4, after de Marneffe et al. 2008: the same event first):

1. *Same event*: the two sentences share a name, or at least two content words (else no
   judgement at all).
2. *Conflicts*: every slot on which the later sentence sets a different value for the same
   thing: a person reported dead is alive; a figure is set aside ("19, not 23"); someone placed
   in one town is in another; a denial, an uncertainty or conflicting reports about what the
   earlier sentence said; an admission that the earlier report was wrong; "officials now say"
   with a different value; a negation of what was asserted; someone cleared of a part. A cue
   word raises the weight; it is not needed ("killed" then "is in hospital" is enough).
3. *Vetoes*: another event ("a separate case"), a count that moved ("rose to 19"), a
   confirmation, a denial of a permission ("denied bail").
4. *Weight*: shared names, and a hedged earlier claim ("reportedly", "aurait", "sarebbe") — the
   classic breaking-news reversal.

Every verdict says which slots conflicted (``cue``) and on which names (``entities``).

A local model plugs in the same way: a class with ``score(earlier, later) -> Judgement | None``
(an NLI cross-encoder scoring "contradiction", or a local LLM asked the question), named in
``config.yaml`` as ``walkbacks: {detector: "package.module:Class"}``; see docs/architecture.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from monitor.classify.claims import (
    Conflict,
    conflicts,
    gist,
    may_conflict,
    may_relate,
    read,
    related,
)

CONTRADICTION_THRESHOLD = 0.55
STRONG_CUE = 0.4  # the strongest conflict must reach this for a contradiction


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


class ClaimDetector:
    """The offline default: claims compared slot by slot. Stateless and deterministic."""

    def may_contradict(self, later: str) -> bool:
        """False when no earlier text could make ``later`` a walk-back (see SentencePrefilter)."""
        return may_conflict(later)

    def score(self, earlier: str, later: str) -> Judgement | None:
        after = read(later)
        if not may_relate(gist(earlier), after):
            return None
        before = read(earlier)
        shared = related(before, after)
        if shared is None:
            return None
        found = conflicts(before, after, shared)
        names = tuple(e.display for e in shared)
        if not found:
            return Judgement(False, 0.0, "", names)
        strongest = max(found, key=_weight)
        support = min(0.3, 0.5 * (sum(c.weight for c in found) - strongest.weight))
        overlap = min(0.3, sum(0.15 if len(e.key) > 1 else 0.1 for e in shared)) or 0.1
        hedge = 0.15 if before.hedged else 0.0
        total = min(1.0, strongest.weight + support + overlap + hedge)
        verdict = strongest.weight >= STRONG_CUE and total >= CONTRADICTION_THRESHOLD
        # Supporting conflicts are named too ("denying" beside "conflicting reports").
        cue_text = ", ".join(dict.fromkeys(c.words for c in found if c.weight >= 0.15))
        return Judgement(verdict, round(total, 3), cue_text, names)


def _weight(conflict: Conflict) -> float:
    return conflict.weight
