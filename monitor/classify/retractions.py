"""Links from later text to the earlier text it walks back: ``find_retractions``.

Four reasons (``RetractionReason``):

* CONTRADICTION — each new update block is judged against every earlier block and the body,
  one earlier paragraph × one later sentence at a time, by a ``ContradictionDetector``. All the
  later sentences that walk back one earlier block become one link: ``evidence`` is those
  sentences, ``claim`` the earlier sentence that shares the most with them.
* CORRECTION — a new correction / clarification / editor's-note block, linked to the text edited
  in the same revision that it overlaps most, else to the earlier sentence it overlaps most.
* STRUCK — text newly struck through, linked to the block (or body) it sits in.
* REMOVED — an update block that disappeared, or sentences silently deleted (needs the changes
  as returned by ``classify_changes``, which sets ``silent`` and ``substantive``). A paragraph
  or block about something else (``topic.about_something_else``: not one content word shared
  with the story's stable text, or hardly one with its headline and the words it repeats)
  takes back nothing the story said: its going is a change, not a walk-back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from monitor.classify.claims import correction_cue, is_hedged
from monitor.classify.detector import ClaimDetector, ContradictionDetector, Judgement
from monitor.classify.rotation import is_label, is_question
from monitor.classify.signals import content_stems, entities, number_set, shared_entities
from monitor.classify.topic import about_something_else
from monitor.diff.align import Op, align_units
from monitor.diff.articles import block_ref
from monitor.diff.units import split_sentences
from monitor.flicker import has_stamped_label, is_slot_item, slot_name
from monitor.model import (
    Article,
    BlockKind,
    BlockRef,
    Change,
    ChangeKind,
    Retraction,
    RetractionReason,
    UpdateBlock,
)

NOTE_KINDS = frozenset({BlockKind.CORRECTION, BlockKind.CLARIFICATION, BlockKind.EDITORS_NOTE})
_GOINGS = (ChangeKind.UPDATE_REMOVED, ChangeKind.PARAGRAPH_REMOVED)
_EDITS_OF_EXISTING = frozenset(
    {ChangeKind.PARAGRAPH_EDITED, ChangeKind.PARAGRAPH_REMOVED, ChangeKind.UPDATE_REMOVED}
)


def find_retractions(
    old: Article,
    new: Article,
    changes: Sequence[Change],
    *,
    detector: ContradictionDetector | None = None,
) -> tuple[Retraction, ...]:
    """Retractions found in the step ``old`` → ``new``, in the order of ``changes``."""
    judge = detector if detector is not None else ClaimDetector()
    found: list[Retraction] = []
    # A line about something else that went takes back nothing the story said: furniture.
    gone = [c.previous_text or "" for c in changes if c.kind in _GOINGS]
    elsewhere = about_something_else(gone, old, new) if gone else set()
    for change in changes:
        if change.kind in _GOINGS and change.previous_text in elsewhere:
            continue
        if change.kind is ChangeKind.UPDATE_ADDED and change.block is not None:
            block = new.block(change.block.id)
            if block is None:
                continue
            if block.kind in NOTE_KINDS:
                found.append(_correction(old, block, changes))
            else:
                found.extend(_contradictions(old, block, judge))
        elif change.kind is ChangeKind.TEXT_STRUCK:
            found.append(_struck(new, change))
        elif (
            change.kind in (ChangeKind.UPDATE_REMOVED, ChangeKind.PARAGRAPH_REMOVED)
            or change.kind is ChangeKind.PARAGRAPH_EDITED
        ):
            found.extend(_removed(change))
    return tuple(found)


# ---------------------------------------------------------------------------------------------
# Contradictions


class _Earlier(NamedTuple):
    """Earlier text a new block may walk back: one block, or the body (``ref`` None)."""

    ref: BlockRef | None
    paragraphs: tuple[str, ...]


def _earlier_texts(old: Article) -> Iterator[_Earlier]:
    for block in old.blocks:
        yield _Earlier(block_ref(block), block.paragraphs)
    yield _Earlier(None, old.paragraphs)


def _contradictions(
    old: Article, later: UpdateBlock, judge: ContradictionDetector
) -> Iterator[Retraction]:
    """Judge every (earlier sentence, later sentence) pair the detector finds related.

    Sentences, not paragraphs, on both sides: a name shared with another sentence of the
    earlier paragraph is no evidence (event coreference first, de Marneffe et al. 2008).
    Sentences the detector says can walk nothing back are never paired.
    """
    later_sentences = [s for p in later.paragraphs for s in split_sentences(p)]
    # (getattr, not isinstance: a runtime Protocol check costs ~20 µs in Python 3.11.)
    prefilter: Callable[[str], bool] | None = getattr(judge, "may_contradict", None)
    # Each later sentence is judged as the earlier ones are: one that names no one ("Police
    # have appealed for help in tracing him.") with the sentence before it.
    candidates = [
        (sentence, judged)
        for paragraph in later.paragraphs
        for sentence, judged in _claims_in(paragraph)
        if prefilter is None or prefilter(sentence)
    ]
    if not candidates:
        return
    found: list[
        tuple[int, Judgement, str, str]
    ] = []  # (earlier text's index, verdict, claim, sentence)
    earlier_texts = list(_earlier_texts(old))
    for index, earlier in enumerate(earlier_texts):
        for paragraph in earlier.paragraphs:
            for claim, judged in _claims_in(paragraph):
                for sentence, later_judged in candidates:
                    verdict = judge.score(judged, later_judged)
                    if verdict is not None and verdict.is_contradiction:
                        found.append((index, verdict, claim, sentence))
    kept = _closest_claims(found)
    for index, earlier in enumerate(earlier_texts):
        hits = [(verdict, claim, sentence) for i, verdict, claim, sentence in kept if i == index]
        if hits:
            yield _link(block_ref(later), earlier.ref, hits, later_sentences)


def _claims_in(paragraph: str) -> Iterator[tuple[str, str]]:
    """Each sentence of ``paragraph``, and the text to judge it by: a sentence that names no
    one ("She has resigned, two officials said.") is read with the one before it, which says
    who "she" is."""
    previous = ""
    for sentence in split_sentences(paragraph):
        alone = not previous or (_NAMES_ONE.search(sentence) and not _PRONOUN.match(sentence))
        yield sentence, sentence if alone else f"{previous} {sentence}"
        previous = sentence


# A capitalised word past a sentence's first: it names someone or somewhere itself.
_NAMES_ONE = re.compile(r"\s[A-ZÀ-Ý]")
# A sentence that opens with a pronoun speaks of someone the sentence before named.
_PRONOUN = re.compile(
    r"(?:it|he|she|they|his|her|their|er|sie|es|il|elle|ils|elles|él|ella|ellos|lui|lei|loro"
    r"|ele|ela|eles|elas)\b",
    re.IGNORECASE,
)


_CLOSE_TO_BEST = 0.75


def _closest_claims(
    found: list[tuple[int, Judgement, str, str]],
) -> list[tuple[int, Judgement, str, str]]:
    """For each later sentence, the earlier claims it is most about: a denial or a doubt aims
    at one report, not at every sentence that shares a name or a word with it."""
    # A verdict with more conflicting slots ("ha rivisto" and "magnitude 3.4, not 3.6") is
    # about its claim more surely than one that shares more words.
    strongest: dict[str, float] = {}
    for _, verdict, _, sentence in found:
        strongest[sentence] = max(strongest.get(sentence, 0.0), verdict.score)
    found = [hit for hit in found if hit[1].score >= strongest[hit[3]] - _SCORE_MARGIN]
    best: dict[str, float] = {}
    for _, _, claim, sentence in found:
        best[sentence] = max(best.get(sentence, 0.0), overlap(claim, sentence))
    return [hit for hit in found if overlap(hit[2], hit[3]) >= _CLOSE_TO_BEST * best[hit[3]]]


_SCORE_MARGIN = 0.15  # verdicts this close to the strongest are as sure


def _link(
    update: BlockRef,
    target: BlockRef | None,
    hits: list[tuple[Judgement, str, str]],
    later_sentences: list[str],
) -> Retraction:
    evidence_set = {sentence for _, _, sentence in hits}
    evidence = " ".join(s for s in later_sentences if s in evidence_set)
    strongest = max(hits, key=lambda hit: hit[0].score)
    return Retraction(
        reason=RetractionReason.CONTRADICTION,
        update=update,
        target=target,
        claim=strongest[1],
        evidence=evidence,
        cue=", ".join(dict.fromkeys(c for j, _, _ in hits for c in j.cue.split(", ") if c)),
        score=strongest[0].score,
        entities=tuple(dict.fromkeys(e for j, _, _ in hits for e in j.entities)),
    )


def overlap(candidate: str, reference: str) -> float:
    """How much ``candidate`` shares with ``reference``: names, numbers, content words, hedges."""
    names = len(shared_entities(entities(candidate), entities(reference)))
    figures = len(number_set(candidate) & number_set(reference))
    stems = len(content_stems(candidate) & content_stems(reference))
    hedged = 0.5 if is_hedged(candidate) else 0.0
    return 2.0 * names + 1.0 * figures + 0.5 * stems + hedged


def best_match(candidates: Sequence[str], reference: str) -> str:
    """The candidate sharing most with ``reference`` (the first on ties); "" when none."""
    best, best_score = "", -1.0
    for candidate in candidates:
        score = overlap(candidate, reference)
        if score > best_score:
            best, best_score = candidate, score
    return best


# ---------------------------------------------------------------------------------------------
# Corrections

_MIN_CORRECTION_OVERLAP = 1.5  # e.g. one shared name, or three shared content words


def _correction(old: Article, note: UpdateBlock, changes: Sequence[Change]) -> Retraction:
    cue = correction_cue(note.text) or note.label.strip() or note.kind.value
    edited = [
        c for c in changes if c.kind in _EDITS_OF_EXISTING and c.substantive and c.previous_text
    ]
    scored = [(overlap(_changed_part(c), note.text), i, c) for i, c in enumerate(edited)]
    best = max(scored, key=lambda item: (item[0], -item[1]), default=None)
    if best is not None and best[0] > 0:
        change = best[2]
        claim = best_match(_removed_sentences(change) or [change.previous_text or ""], note.text)
        return _correction_link(note, change.block, claim, cue, score=1.0)
    earlier = [
        (e.ref, sentence)
        for e in _earlier_texts(old)
        for p in e.paragraphs
        for sentence in split_sentences(p)
    ]
    ranked = max(
        (
            (overlap(sentence, note.text), -i, ref, sentence)
            for i, (ref, sentence) in enumerate(earlier)
        ),
        key=lambda item: (item[0], item[1]),
        default=None,
    )
    if ranked is not None and ranked[0] >= _MIN_CORRECTION_OVERLAP:
        return _correction_link(note, ranked[2], ranked[3], cue, score=0.7)
    return _correction_link(note, None, "", cue, score=0.3)


def _correction_link(
    note: UpdateBlock, target: BlockRef | None, claim: str, cue: str, *, score: float
) -> Retraction:
    return Retraction(
        reason=RetractionReason.CORRECTION,
        update=block_ref(note),
        target=target,
        claim=claim,
        evidence=note.text,
        cue=cue,
        score=score,
        entities=tuple(e.display for e in shared_entities(entities(claim), entities(note.text))),
    )


def _changed_part(change: Change) -> str:
    return " ".join(_removed_sentences(change)) or (change.previous_text or "")


def _removed_sentences(change: Change) -> list[str]:
    """Old sentences of an edit that were removed or rewritten (all of them for a removal)."""
    before = split_sentences(change.previous_text or "")
    after = split_sentences(change.text or "")
    return [
        before[a.old]
        for a in align_units(before, after)
        if a.old is not None and a.op in (Op.REMOVED, Op.EDITED)
    ]


# ---------------------------------------------------------------------------------------------
# Strikes and silent removals


def _struck(new: Article, change: Change) -> Retraction:
    context = ""
    paragraphs = new.paragraphs
    if change.block is not None:
        block = new.block(change.block.id)
        paragraphs = block.paragraphs if block is not None else ()
    if change.paragraph is not None and 0 <= change.paragraph < len(paragraphs):
        context = paragraphs[change.paragraph]
    return Retraction(
        reason=RetractionReason.STRUCK,
        update=None,
        target=change.block,
        claim=change.text or "",
        evidence=context,
        cue="<del>",
    )


_SENTENCE_CUE = re.compile(r"\w")


def _makes_a_claim(sentence: str) -> bool:
    """Whether a deleted sentence said something that can be walked back: not a question (a
    poll's, a teaser's), not a label ("Serie B", "Latest videos"), not a reading labelled
    with the clock it was taken at ("Charge points at 10.34pm: 1 of 2 free …") and not a
    slot's line ("Auto usate: Jeep Renegade, 2019, …", "Presseschau: Die „Ostsee-Zeitung“
    meint …"), though a quotation under its speaker ("Police said: …") is a claim."""
    return (
        _SENTENCE_CUE.search(sentence) is not None
        and not is_question(sentence)
        and not is_label(sentence)
        and not has_stamped_label(sentence)
        and not is_slot_item(sentence)
    )


def _removed(change: Change) -> Iterator[Retraction]:
    """A vanished update block; or substantive sentences deleted without a note."""
    if change.kind is ChangeKind.UPDATE_REMOVED:
        yield Retraction(
            reason=RetractionReason.REMOVED,
            update=None,
            target=change.block,
            claim=change.previous_text or "",
            evidence="",
            cue="update removed",
        )
        return
    if not (change.silent and change.substantive):
        return
    if change.kind is ChangeKind.PARAGRAPH_REMOVED:
        deleted = [change.previous_text or ""]
    elif "sentence_removed" in change.labels and slot_name(change.previous_text or "") is None:
        # A slot's item ("Passaggi offerti: …") drops its lines as it shows the next ones.
        before = split_sentences(change.previous_text or "")
        after = split_sentences(change.text or "")
        deleted = [
            before[a.old]
            for a in align_units(before, after)
            if a.op is Op.REMOVED and a.old is not None
        ]
    else:
        return
    for sentence in deleted:
        if _makes_a_claim(sentence):
            yield Retraction(
                reason=RetractionReason.REMOVED,
                update=None,
                target=change.block,
                claim=sentence,
                evidence="",
                cue="silently removed",
            )
