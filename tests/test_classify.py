"""classify_changes, find_retractions, block_statuses: the seed's walk-back and the edge cases."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from diff_support import (
    BLOCK_1530,
    BLOCK_1835,
    BLOCK_1910,
    BODY,
    CLAIM_1835_NAMES,
    MORE_PAIRS,
    UPDATE_1910,
    evaluate,
    load_pairs,
    note,
    pipeline,
    precision_recall,
    seed_version,
    update,
)

from monitor.classify import ClaimDetector, Judgement, block_statuses, find_retractions
from monitor.classify.claims import read
from monitor.classify.edits import edit_labels
from monitor.classify.signals import content_stems, entities, number_set
from monitor.diff import diff_articles
from monitor.diff.units import split_sentences
from monitor.model import (
    Article,
    BlockKind,
    BlockStatus,
    ChangeKind,
    RetractionReason,
    Revision,
    StruckSpan,
)


def test_seed_710_walks_back_635() -> None:
    changes, retractions = pipeline(seed_version(3), seed_version(4))
    assert [c.kind for c in changes] == [ChangeKind.UPDATE_ADDED]
    (link,) = retractions
    assert link.reason is RetractionReason.CONTRADICTION
    assert link.update is not None and link.update.id == "update-2020-01-03T19:10:00-05:00"
    assert link.target is not None and link.target.id == "update-2020-01-03T18:35:00-05:00"
    assert {"Shubl al-Zaidi", "Hamid al-Jazaeri"} <= set(link.entities)
    assert "conflicting reports" in link.cue and "denying" in link.cue
    first_710_sentence, second_710_sentence = UPDATE_1910[0].split(". ", 1)
    assert link.evidence == f"{first_710_sentence}. {second_710_sentence}"
    assert link.claim in CLAIM_1835_NAMES  # the hedged 6:35 sentence naming a commander
    assert "separate, unconfirmed reports" not in link.evidence  # Yemen is another event


@pytest.mark.parametrize("blocks", [1, 2, 3])
def test_seed_updates_before_710_retract_nothing(blocks: int) -> None:
    changes, retractions = pipeline(seed_version(blocks - 1), seed_version(blocks))
    assert [c.kind for c in changes] == [ChangeKind.UPDATE_ADDED]
    assert not changes[0].silent
    assert retractions == ()


def with_body(article: Article, index: int, text: str) -> Article:
    body = list(article.paragraphs)
    body[index] = text
    return dataclasses.replace(article, paragraphs=tuple(body))


def test_quote_style_edit_is_cosmetic() -> None:
    old = seed_version(4)
    curly = BODY[0].replace('"imminent"', "“imminent”")
    (change,), retractions = pipeline(old, with_body(old, 0, curly))
    assert change.kind is ChangeKind.PARAGRAPH_EDITED
    assert not change.substantive and change.labels == ("quote_style",)
    assert retractions == ()


def test_silent_number_change_is_substantive_and_silent() -> None:
    old = with_body(seed_version(4), 3, "Officials said 2 killed in the second strike near Taji.")
    new = with_body(old, 3, "Officials said 12 killed in the second strike near Taji.")
    (change,), retractions = pipeline(old, new)
    assert change.substantive and change.silent
    assert change.labels == ("number",)
    assert retractions == ()  # edited, not deleted: the digest shows it as a silent edit


def test_edit_alongside_a_new_update_is_not_silent() -> None:
    old = with_body(seed_version(3), 3, "Officials said 2 killed.")
    new = with_body(seed_version(4), 3, "Officials said 12 killed.")
    changes, _ = pipeline(old, new)
    assert [c.kind for c in changes] == [ChangeKind.UPDATE_ADDED, ChangeKind.PARAGRAPH_EDITED]
    assert not any(c.silent for c in changes)


@pytest.mark.parametrize(
    ("before", "after", "substantive", "label"),
    [
        ("The goverment said so.", "The government said so.", False, "typo"),
        ("Troops left  the base.", "Troops left the base.", False, "whitespace"),
        ("Troops left the base", "Troops left the base.", False, "punctuation"),
        ("troops left the base.", "Troops Left The Base.", False, "case"),
        ("Smith was killed.", "Smith was not killed.", True, "negation"),
        ("Police named Jon Smith.", "Police named Jan Smith.", True, "name"),
        ('"We will win," he said.', '"We will prevail," he said.', True, "quote"),
        ("Troops left. They came back.", "Troops left.", True, "sentence_removed"),
        ("The strike hit a convoy.", "The strike hit a civilian convoy.", True, "wording"),
    ],
)
def test_edit_labels(before: str, after: str, substantive: bool, label: str) -> None:
    is_substantive, labels = edit_labels(before, after)
    assert is_substantive is substantive
    assert label in labels


def test_silently_deleted_block_is_removed() -> None:
    old = seed_version(4)
    new = dataclasses.replace(old, blocks=(old.blocks[0], old.blocks[1], BLOCK_1910))
    (change,), retractions = pipeline(old, new)
    assert change.kind is ChangeKind.UPDATE_REMOVED and change.silent
    (gone,) = retractions
    assert gone.reason is RetractionReason.REMOVED
    assert gone.target is not None and gone.target.id == BLOCK_1835.id
    assert gone.claim == BLOCK_1835.text


def test_a_deleted_paragraph_about_something_else_is_no_walk_back() -> None:
    # A notice that shares no content word with the story: its going is reported, but it takes
    # back nothing the story said. A story paragraph's going still is a walk-back.
    notice = "Story hour for children under five at the town library, Saturdays at ten."
    old = seed_version(4)
    with_notice = dataclasses.replace(old, paragraphs=(*old.paragraphs, notice))
    (change,), retractions = pipeline(with_notice, old)
    assert change.kind is ChangeKind.PARAGRAPH_REMOVED and change.previous_text == notice
    assert retractions == ()
    story = old.paragraphs[-1]
    (change,), retractions = pipeline(old, dataclasses.replace(old, paragraphs=old.paragraphs[:-1]))
    assert change.previous_text == story
    assert [r.reason for r in retractions] == [RetractionReason.REMOVED]


def test_a_deleted_notice_that_shares_a_word_by_chance_is_no_walk_back() -> None:
    # A community notice names the town and a weekday the story names too: it shares a word or
    # two with the story, but not its headline and not the words the story keeps repeating.
    notice = (
        "Free legal-advice evening on the first Monday of every month at the Baghdad community"
        " library: bring your papers, doors open at seven."
    )
    old = seed_version(4)
    with_notice = dataclasses.replace(
        old, paragraphs=(*old.paragraphs[:2], notice, *old.paragraphs[2:])
    )
    (change,), retractions = pipeline(with_notice, old)
    assert change.kind is ChangeKind.PARAGRAPH_REMOVED and change.previous_text == notice
    assert retractions == ()
    # A story paragraph that goes is still a walk-back, however few words it shares.
    for story in old.paragraphs:
        (change,), retractions = pipeline(
            old, dataclasses.replace(old, paragraphs=tuple(p for p in old.paragraphs if p != story))
        )
        assert [r.reason for r in retractions] == [RetractionReason.REMOVED], story


def test_silently_deleted_sentence_is_removed() -> None:
    old = seed_version(4)
    first_sentence = BLOCK_1835.paragraphs[0].split(". ")[0] + "."
    trimmed = dataclasses.replace(BLOCK_1835, paragraphs=(first_sentence,))
    new = dataclasses.replace(old, blocks=(*old.blocks[:2], trimmed, BLOCK_1910))
    (change,), retractions = pipeline(old, new)
    assert change.silent and "sentence_removed" in change.labels
    assert [r.claim for r in retractions] == list(CLAIM_1835_NAMES)
    assert all(r.reason is RetractionReason.REMOVED for r in retractions)
    assert all(r.target is not None and r.target.id == BLOCK_1835.id for r in retractions)


def test_strike_through_is_struck() -> None:
    old = seed_version(4)
    span = StruckSpan("was reportedly riding in one of the vehicles", BLOCK_1835.id, 0)
    (change,), (struck,) = pipeline(old, dataclasses.replace(old, struck=(span,)))
    assert change.kind is ChangeKind.TEXT_STRUCK and change.substantive
    assert struck.reason is RetractionReason.STRUCK and struck.cue == "<del>"
    assert struck.target is not None and struck.target.id == BLOCK_1835.id
    assert struck.claim == span.text and struck.evidence == BLOCK_1835.paragraphs[0]


def test_correction_links_to_the_paragraph_edited_with_it() -> None:
    old = with_body(seed_version(4), 2, BODY[2])
    corrected = BODY[1].replace("four other members", "five other members")
    correction = note(
        "correction-1",
        BlockKind.CORRECTION,
        "Correction:",
        "An earlier version of this article misstated the number of IRGC members who died "
        "in the strike alongside Soleimani. It was five, not four.",
    )
    new = dataclasses.replace(with_body(old, 1, corrected), blocks=(*old.blocks, correction))
    changes, retractions = pipeline(old, new)
    edit = next(c for c in changes if c.kind is ChangeKind.PARAGRAPH_EDITED)
    assert edit.substantive and not edit.silent
    (link,) = retractions
    assert link.reason is RetractionReason.CORRECTION
    assert link.update is not None and link.update.id == "correction-1"
    assert link.target is None  # the corrected text is in the body
    assert "four other members" in link.claim
    assert "earlier version of this article" in link.cue


def test_correction_without_an_edit_finds_the_earlier_claim() -> None:
    old = seed_version(4)
    correction = note(
        "note-1",
        BlockKind.EDITORS_NOTE,
        "Editor's note:",
        "Hamid al-Jazaeri's role in Saraya al-Khorasani was misstated in an earlier update.",
    )
    _, (link,) = pipeline(old, dataclasses.replace(old, blocks=(*old.blocks, correction)))
    assert link.reason is RetractionReason.CORRECTION
    assert link.target is not None and link.target.id == BLOCK_1835.id
    assert link.claim == CLAIM_1835_NAMES[1]


class YemenDetector:
    """A stand-in judge: any later sentence about Yemen walks back what it is paired with."""

    def score(self, earlier: str, later: str) -> Judgement | None:
        return Judgement(True, 0.9, "model", ("X",)) if "Yemen" in later else None


def test_detector_is_pluggable() -> None:
    old, new = seed_version(3), seed_version(4)
    changes = diff_articles(old, new)
    links = find_retractions(old, new, changes, detector=YemenDetector())
    assert links and all(r.cue == "model" for r in links)
    assert all("Yemen" in r.evidence for r in links)


def test_the_claim_detector_needs_the_same_event() -> None:
    later = "Officials denied the reports."
    assert ClaimDetector().score("A storm hit Galveston.", later) is None


def test_block_statuses_across_a_history(now: datetime) -> None:
    v4, v5 = seed_version(3), seed_version(4)
    v6 = dataclasses.replace(v5, blocks=(BLOCK_1530, *v5.blocks[2:]))  # 6:15 silently removed
    v7 = dataclasses.replace(v6, struck=(StruckSpan("Some sources say", BLOCK_1910.id, 0),))
    revisions = [Revision(1, now, "h1", v4)]
    for number, (old, new) in enumerate(((v4, v5), (v5, v6), (v6, v7)), start=2):
        changes, retractions = pipeline(old, new)
        revisions.append(Revision(number, now, f"h{number}", new, changes, retractions))
    statuses = block_statuses(revisions)
    assert statuses[BLOCK_1530.id] is BlockStatus.ACTIVE
    assert statuses[BLOCK_1835.id] is BlockStatus.DISPUTED
    assert statuses[v5.blocks[1].id] is BlockStatus.REMOVED
    assert statuses[BLOCK_1910.id] is BlockStatus.STRUCK
    restored = Revision(5, now, "h5", v5, *pipeline(v7, v5))
    assert block_statuses([*revisions, restored])[v5.blocks[1].id] is BlockStatus.ACTIVE


# ---------------------------------------------------------------------------------------------
# The labelled walk-back set: a quality gate with pinned floors.

PAIRS = load_pairs() + [pair for path in MORE_PAIRS for pair in load_pairs(path)]


def test_labelled_set_is_big_and_balanced_enough() -> None:
    positives = sum(bool(p["label"]) for p in PAIRS)
    assert len(PAIRS) >= 30 and positives >= 12 and len(PAIRS) - positives >= 15
    assert len({p["id"] for p in PAIRS}) == len(PAIRS)


# Pinned just below what the detector achieves (tuning split / held-out split, measured with
# bench/retraction_score.py): one new miss or false alarm in a split is tolerated, two are not.
FLOORS = {"tune": (0.96, 0.70), "holdout": (0.88, 0.82)}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_walk_back_detection_floors(split: str) -> None:
    outcomes = [o for o in evaluate(PAIRS) if o.split == split]
    precision, recall, _ = precision_recall(outcomes)
    wrong = [o.id for o in outcomes if o.label != o.predicted]
    assert precision >= FLOORS[split][0], wrong
    assert recall >= FLOORS[split][1], wrong


def test_no_walk_back_aims_at_text_the_pair_does_not_name() -> None:
    stray = [o.id for o in evaluate(PAIRS) if o.stray_links]
    assert not stray


def test_sentence_prefilter_never_drops_a_walk_back() -> None:
    """may_contradict must hold for every sentence that scores as a contradiction."""
    detector = ClaimDetector()
    judged = 0
    for pair in load_pairs():
        for claim in split_sentences(str(pair["earlier"])):
            for sentence in split_sentences(str(pair["later"])):
                verdict = detector.score(claim, sentence)
                if verdict is not None and verdict.is_contradiction:
                    judged += 1
                    assert detector.may_contradict(sentence), sentence
    assert judged >= 60  # the labelled set's positives are exercised
    assert not detector.may_contradict("Troops left the base on Friday.")


def test_memoised_readings_do_not_leak_between_articles() -> None:
    """A walk-back is found the same whether the caches are cold or full of other articles."""
    for cached in (entities, content_stems, number_set, read):
        cached.cache_clear()
    cold = pipeline(seed_version(3), seed_version(4))
    for pair in load_pairs():  # fill the caches with other texts, some naming the same people
        later = dataclasses.replace(BLOCK_1530, paragraphs=(str(pair["later"]),))
        pipeline(Article("T", (str(pair["earlier"]),)), Article("T", (), (later,)))
    assert pipeline(seed_version(3), seed_version(4)) == cold
    assert cold[1] and cold[1][0].reason is RetractionReason.CONTRADICTION


def test_every_match_of_a_word_list_holds_one_of_its_literal_heads() -> None:
    """The substring prefilter in front of each word list never turns down a sentence that the
    list's pattern matches: checked on every sentence of the labelled sets, as claims fold them."""
    import re as _re

    from monitor.classify import lexicon
    from monitor.classify.claims import literal_heads
    from monitor.diff.units import fold

    texts = [fold(str(pair[key])) for pair in PAIRS for key in ("earlier", "later")]
    lists = {
        name: value
        for name, value in vars(lexicon).items()
        if name.isupper() and isinstance(value, str)
    }
    checked = 0
    for name, fragment in lists.items():
        heads = literal_heads(fragment)
        if heads is None:
            continue
        pattern = _re.compile(rf"(?<!\w)(?:{fragment})", _re.IGNORECASE | _re.VERBOSE)
        for text in texts:
            if pattern.search(text):
                checked += 1
                assert any(head in text.lower() for head in heads), (name, text)
    assert checked > 100


def test_a_place_both_name_does_not_make_an_opening_undo_a_closure() -> None:
    verdict = ClaimDetector().score(
        "Rail traffic is halted between Avignon and Nîmes.",
        "A second emergency shelter has opened in Avignon for families from the flooded quays.",
    )
    assert verdict is None or not verdict.is_contradiction


def test_a_revised_figure_links_to_the_claim_that_gave_it_not_to_the_sentence_sharing_a_name() -> (
    None
):
    """The update names the observatory, as the epicentre sentence does; but it revises the
    magnitude the first sentence gave, and the link says so."""
    old = Article(
        title="Scossa ai Campi Flegrei",
        paragraphs=(
            "Una scossa di magnitudo 3.6 ha svegliato i Campi Flegrei alle 14.18 di domenica.",
            "L'epicentro è stato localizzato dall'Osservatorio Vesuviano tra la Solfatara e via "
            "Pisciarelli, a una profondità di circa due chilometri.",
        ),
    )
    later = update(
        23, 54, ("L'Osservatorio Vesuviano ha rivisto la magnitudo della scossa principale a 3.4.",)
    )
    new = Article(title=old.title, paragraphs=old.paragraphs, blocks=(later,))
    _, retractions = pipeline(old, new)
    (link,) = [r for r in retractions if r.reason is RetractionReason.CONTRADICTION]
    assert link.claim is not None and link.claim.startswith("Una scossa di magnitudo 3.6")
    assert "3.4" in link.cue


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # The question the later sentence opens with is what the uncertainty bears on.
        (
            "Chief executive Mara Quell will lead the group through the takeover.",
            "Whether Quell stays in charge once the takeover closes remains to be seen, with the "
            "board said to be split.",
        ),
        # A cause given, then doubted: the cause is the slot, in any of the languages.
        (
            "Doctors said the girl's injuries had been caused by a fall from the pier.",
            "Police said they were keeping an open mind about how the girl came to be injured.",
        ),
        (
            "L'incendie a été provoqué par un court-circuit, a indiqué la mairie.",
            "L'origine de l'incendie reste à déterminer, selon le parquet.",
        ),
    ],
)
def test_an_uncertainty_about_what_was_asserted_walks_it_back(earlier: str, later: str) -> None:
    verdict = ClaimDetector().score(earlier, later)
    assert verdict is not None and verdict.is_contradiction


def test_a_cause_doubted_does_not_walk_back_another_claim_about_the_event() -> None:
    verdict = ClaimDetector().score(
        "The explosion injured three workers at the depot.",
        "The origin of the explosion remains to be determined, prosecutors said.",
    )
    assert verdict is None or not verdict.is_contradiction


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # A correction note that names whom the earlier sentence named sets that sentence right.
        (
            "Green councillor Tomas Brery called for an inquiry into the collapse.",
            "Correction: Tomas Brery sits as an independent; he left the Greens in 2023.",
        ),
        (
            "Le festival a accueilli 80 000 spectateurs cette année, un record.",
            "Une version précédente de cet article indiquait que le festival avait accueilli "
            "80 000 spectateurs. Il s'agissait de 60 000.",
        ),
        # Reported dead, then sent home from hospital; an age set off after a name, then another.
        (
            "Lorry driver Aled Conway, 47, died at the scene, witnesses said.",
            "Conway was discharged from St Brynach's Hospital on Friday with a broken wrist.",
        ),
        (
            "Cyclist Petra Vane, 19, was struck by a van on the ring road.",
            "The cyclist struck on the ring road, Petra Vane, is 41 years old, police said.",
        ),
        # A denial whose cue names the report, of what a source said of the one who denies it.
        (
            "The Vellor group hid safety test results for two years, according to leaked files.",
            "Vellor called the accusations false and said every result had been published.",
        ),
        (
            "Der Hersteller Karvo plant nach Informationen aus Firmenkreisen die Schließung "
            "seines Werks in Hof.",
            "Karvo weist die Berichte über eine Schließung des Werks entschieden zurück.",
        ),
    ],
)
def test_a_note_or_a_denial_about_the_earlier_claim_walks_it_back(earlier: str, later: str) -> None:
    verdict = ClaimDetector().score(earlier, later)
    assert verdict is not None and verdict.is_contradiction
