"""Marker recognition and timestamp resolution, table-driven from tests/data/markers.yaml."""

from __future__ import annotations

import functools
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.markers import (
    _AT,
    _KIND_OF_GROUP,
    _KINDS,
    _MARKER_LEAD,
    _STAMP,
    Marker,
    _advisory_re,
    _bare_stamp_re,
    _match_marker,
    _note_re,
    _opens_like_bare_stamp,
    _opens_like_note,
    _unbracketed,
    could_be_stamp,
    could_open_block,
    could_open_marker,
    could_open_note,
    headline_is_updated,
    is_advisory,
    is_bare_stamp,
    match_marker,
    match_note,
    resolve_stamp,
    trailing_update,
)
from monitor.markers.clocks import _clock_lead_re, could_open_clock, match_clock_lead
from monitor.model import BlockKind

# The marker grammar as one pattern, as it was written before ``match_marker`` took it apart to
# compile the stamp grammar once: the specification the parts must agree with, match for match.
_marker_re = functools.cache(
    functools.partial(
        re.compile,
        rf"""
        ^[\s\[(*_>•–+-]*
        (?:{_KINDS})(?!\w)\**
        \s*(?:(?:{_AT}|as\s+of|du|de|del|dal|do)\b)?\s*(?P<open>[,(:\[—–|-])?\s*
        (?:(?:{_AT}\s+)?(?P<stamp>{_STAMP}))?
        \s*[)\]]?\s*
        (?P<sep>[:—–]|-{{1,2}}|\*\*|\+{{2,}}|\.)?\s*
        """,
        re.IGNORECASE | re.VERBOSE,
    )
)

CASES = yaml.safe_load((Path(__file__).parent / "data" / "markers.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES["markers"], ids=lambda c: c["text"][:40])
def test_match_marker(case: dict[str, Any]) -> None:
    marker = match_marker(case["text"])
    if case["kind"] is None:
        assert marker is None
        return
    assert marker is not None
    assert marker.kind is BlockKind(case["kind"])
    assert (marker.label, marker.stamp, marker.rest) == (case["label"], case["stamp"], case["rest"])


@pytest.mark.parametrize(
    "case", CASES["resolve"], ids=lambda c: f"{c['stamp']}-{c.get('default_zone')}"
)
def test_resolve_stamp(case: dict[str, Any]) -> None:
    previous = datetime.fromisoformat(case["previous"]) if case.get("previous") else None
    result = resolve_stamp(
        case["stamp"],
        reference=datetime.fromisoformat(case["reference"]),
        default_zone=case.get("default_zone"),
        previous=previous,
        day_first=case.get("day_first"),
        latest=datetime.fromisoformat(case["latest"]) if case.get("latest") else None,
        clock_24h=case.get("clock_24h", False),
    )
    if case["expect"] is None:
        assert result is None
        return
    assert result is not None
    expected = datetime.fromisoformat(case["expect"])
    assert result == expected and result.utcoffset() == expected.utcoffset()
    if "zone_key" in case:
        assert getattr(result.tzinfo, "key", None) == case["zone_key"]


def test_est_written_in_summer_is_new_york_wall_time() -> None:
    # US outlets write "EST" all year; the zone rules, not the letters, decide the offset.
    result = resolve_stamp(
        "6:15pm EST",
        reference=datetime.fromisoformat("2020-07-03T12:00:00-04:00"),
        default_zone=None,
        previous=None,
    )
    assert result is not None and result.isoformat() == "2020-07-03T18:15:00-04:00"


def test_unlabelled_notes_get_their_own_kind() -> None:
    correction = match_note("An earlier version of this article misstated the toll.")
    note = match_note("This story has been updated with comments from the mayor.")
    assert correction is not None and correction.kind is BlockKind.CORRECTION
    assert note is not None and note.kind is BlockKind.UPDATE
    assert note.label == "This story has been updated"
    assert match_note("An earlier statement from the Pentagon blamed him.") is None


@pytest.mark.parametrize(
    ("text", "kind", "stamp"),
    [
        ("*An earlier version of this article misstated the toll.", BlockKind.CORRECTION, None),
        ("Dieser Artikel wurde aktualisiert, nachdem die Stadt Zahlen nannte.",
         BlockKind.UPDATE, None),
        ("Dieser Artikel wurde am 12. Januar 2024 um 14:20 Uhr aktualisiert.",
         BlockKind.UPDATE, "12. Januar 2024 um 14:20 Uhr"),
        ("In einer früheren Version dieses Artikels hieß es, 5000 Haushalte.",
         BlockKind.CORRECTION, None),
        ("Article mis à jour le 5 mars 2024 à 12h40 avec la réaction du maire.",
         BlockKind.UPDATE, "5 mars 2024 à 12h40"),
        ("Cet article a été modifié pour préciser le nom du maire.", BlockKind.CLARIFICATION, None),
        ("Une version précédente de cet article indiquait 300 évacués.", BlockKind.CORRECTION, None),
        ("Este artículo ha sido actualizado con la última información.",
         BlockKind.UPDATE, None),
        ("Una versión anterior de este artículo decía que eran tres.", BlockKind.CORRECTION, None),
        ("Questo articolo è stato aggiornato alle 18:40.", BlockKind.UPDATE, "18:40"),
        ("Una versione precedente di questo articolo riportava un nome errato.",
         BlockKind.CORRECTION, None),
        ("Este texto foi atualizado às 16h05.", BlockKind.UPDATE, "16h05"),
        ("This article was amended to remove a name.", BlockKind.EDITORS_NOTE, None),
        ("Uma versão anterior deste texto indicava 50 mil clientes.", BlockKind.CORRECTION, None),
    ],
)  # fmt: skip
def test_unlabelled_notes_in_every_language(text: str, kind: BlockKind, stamp: str | None) -> None:
    note = match_note(text)
    assert note is not None and (note.kind, note.stamp) == (kind, stamp)
    assert not note.rest.startswith("*")


@pytest.mark.parametrize(
    ("text", "label", "rest"),
    [
        ("Article mis à jour le 5 mars 2024 à 17h40 avec la réaction du préfet.",
         "Article mis à jour le 5 mars 2024 à 17h40", "avec la réaction du préfet."),
        ("Dieser Artikel wurde aktualisiert, nachdem die Stadt neue Zahlen nannte.",
         "Dieser Artikel wurde aktualisiert",
         "Dieser Artikel wurde aktualisiert, nachdem die Stadt neue Zahlen nannte."),
    ],
)  # fmt: skip
def test_update_notes_are_labelled_by_their_opening_words(text: str, label: str, rest: str) -> None:
    note = match_note(text)
    assert note is not None and note.kind is BlockKind.UPDATE
    assert (note.label, note.rest) == (label, rest)


def test_a_correction_made_on_a_date_is_a_marker() -> None:
    found = match_marker("A correction was made on May 2, 2024: An earlier version misspelled it.")
    assert found is not None and found.kind is BlockKind.CORRECTION
    assert (found.stamp, found.rest) == ("May 2, 2024", "An earlier version misspelled it.")


def test_story_sentences_are_not_notes() -> None:
    for text in ("La police a dit que la route était fermée.", "Der Bürgermeister sagte am Abend",
                 "Este martes el gobierno anunció", "Questo pomeriggio il sindaco"):  # fmt: skip
        assert match_note(text) is None


@pytest.mark.parametrize(
    ("headline", "flag"),
    [
        ("New Details Emerge (Updated)", True),
        ("Storm hits coast [UPDATE 3]", True),
        ("UPDATE 2-Storm hits coast", True),
        ("Markets update: stocks fall", False),
        ("Storm hits coast", False),
    ],
)
def test_headline_flags(headline: str, flag: bool) -> None:
    assert headline_is_updated(headline) is flag


def test_advisories_and_bare_stamps() -> None:
    assert is_advisory("(Adds governor's comments in paragraph 3)")
    assert not is_advisory("(The governor spoke later.) More text")
    assert is_bare_stamp("13.02 BST") and is_bare_stamp("January 3, 2020")
    assert not is_bare_stamp("The 3 men arrived at 5pm")


def test_marker_matching_is_bounded_on_long_input() -> None:
    assert match_marker("UPDATE " + "1" * 100_000) is None or True  # returns, does not hang
    assert match_marker("x" * 1_000_000) is None


# The cheap pre-checks must never reject what the full patterns accept.

_MARKER_WORDS = [case["text"] for case in CASES["markers"]] + [
    "UPDATE 2: troops", "Mise à jour à 11h10", "Fe  de erratas: x", "\u212aorrektur: x",
    "LATEST UPDATE, 3pm:", "Última hora 10:00", "Derniere minute:", "EDITOR’S NOTE: x",
    "Stand: 6. Dezember 2026, 23.10 Uhr", "Anm. d. Red.: x", "In  eigener Sache: x",
    "Hinweis in eigener Sache: x", "Avviso ai lettori: x", "Avis à nos lecteurs : x",
    "Puntualizzazione: x", "Mise au point : x", "Correction appended: x", "Follow-up: x",
    "Further update: x", "Ajout : x", "Complément d'information : x", "Aggiunta: x",
    "Neuer Stand, 23 Uhr: x", "Korrigendum: x", "Correctif : x", "Chiarimenti: x",
    "N.D.L.R. : x", "N. d. R.: x", "NdR: x", "Redaktioneller Hinweis: x",
    "A note to our readers: x", "Note from the editor: x", "Publisher's note: x",
    "Transparency note: x", "Note aux lecteurs : x", "Nota del direttore: x",
    "Nota dell'editore: x", "Integrazione: x", "Addendum: x", "Gegendarstellung: x",
    "Droit de réponse : x", "Diritto di replica: x", "+++ Update 22.40 Uhr +++ x", "Edit: x",
    "EDIT (10:40 p.m.): x", "Update No. 2: x", "Second update: x", "Zweites Update: x",
    "Nouvelle mise à jour : x", "Secondo aggiornamento: x", "Another update: x",
    "Segunda actualización: x", "Nueva actualización: x", "Nova atualização: x",
    "Terceira atualização: x", "Otra actualización: x", "Outra atualização: x",
    "Aviso a los lectores: x", "Aviso a nuestros lectores: x", "Avis aux lecteurs : x",
    "First update: x", "Third update: x", "Fourth update: x", "Fifth update: x",
    "Erstes Update: x", "Drittes Update: x", "Viertes Update: x", "Weiteres Update: x",
    "Neues Update: x", "Deuxième mise à jour : x", "Seconde mise à jour : x",
    "Troisième mise à jour : x", "Nuovo aggiornamento: x", "Terzo aggiornamento: x",
    "Ulteriore aggiornamento: x", "Tercera actualización: x", "Nova actualização: x",
    "Redaktionelle Anmerkung: x", "Complément d’information : x", "Nota dell’editore: x",
    "UPDATE - 3:30pm: x", "Update 12/6 3:15pm ET: x", "Neu (22.50 Uhr): x", "Agg. 16:20 – x",
    "Leserhinweis: x", "Fehlerkorrektur: x", "Transparenz: x", "Avvertenza: x",
    "Avertissement : x", "Advertencia: x", "Advertência: x", "Una precisazione: x",
    "Une précision : x", "Correction apportée le 7 décembre 2026 à 0 h 20 : x",
    "Correctif apporté le 6 décembre 2026 : x", "Précision de la rédaction : x",
    "Precisazione della redazione: x", "Klarstellung der Redaktion: x",
    "Aclaración de la redacción: x", "Nota per i lettori: x", "Nota ai lettori: x",
    "À nos lecteurs : x", "A nos lecteurs : x", "Aux lecteurs : x", "To our readers: x",
    "An unsere Leser: x", "An unsere Leserinnen und Leser: x", "Why we are reporting this: x",
    "Why we're covering this story: x", "Why we wrote this: x", "How we reported this story: x",
    "How we reported on this: x", "Behind the story: x", "Zur Entstehung dieses Textes: x",
    "Nouvel élément – 23 h 40 : x", "Nouveaux éléments : x", "Amendment: x",
    "Wir haben korrigiert: x", "Nous avons corrigé : x", "Abbiamo corretto: x",
    "We have corrected: x", "We corrected: x", "We've corrected: x", "Korrigiert: x",
    "Corrigé : x", "Corretto: x", "Corregido: x", "Corrigido: x", "Éclaircissement : x",
    "Erläuterung der Redaktion: x", "Doverosa precisazione: x", "Ai lettori: x",
    "Note éditoriale : x", "Nota di metodo: x", "Nota metodologica: x", "Methodology note: x",
    "A note on our coverage: x", "Note on methodology: x", "Note on sources: x",
    "Zu diesem Text: x", "Zu diesem Artikel: x", "Sviluppi delle 20.05 – x",
    "En date de 16 h 40 : x", "Reporter's note: x", "Reporter’s note: x", "Méthodologie : x",
    "Methodology: x", "Avis de la rédaction : x", "Zur Quellenlage: x", "Come lavoriamo: x",
    "How we work: x", "For clarity: x", "To clarify: x", "Zur Klarstellung: x",
    "Per chiarezza: x", "Fait nouveau à 22h15 : x", "Faits nouveaux : x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    lead=st.text(alphabet=" \t\n\xa0\u2003[(*_>•–-", max_size=4),
    word=st.sampled_from(_MARKER_WORDS),
    case=st.sampled_from([str.upper, str.lower, str.title, str]),
    tail=st.text(max_size=20),
)
def test_marker_precheck_never_rejects_a_marker(lead: str, word: str, case: Any, tail: str) -> None:
    text = lead + case(word) + tail
    if _marker_re().match(text) is not None:
        assert could_open_marker(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_prechecks_never_reject_a_match_on_any_text(text: str) -> None:
    if _marker_re().match(text) is not None:
        assert could_open_marker(text)
    if _bare_stamp_re().match(text) is not None:
        assert could_be_stamp(text) and _opens_like_bare_stamp(text)
    if _note_re().match(text) is not None:
        assert could_open_note(text) and _opens_like_note(text)


def _any_full_pattern_matches(text: str) -> bool:
    return any(p().match(text) is not None for p in (_marker_re, _note_re, _advisory_re))


@settings(max_examples=300, deadline=None)
@given(
    lead=st.text(alphabet=" \t\n\xa0\u2003[(*_>•–-", max_size=4),
    word=st.sampled_from([*_MARKER_WORDS, "An earlier version of this", "(Adds quotes)"]),
    case=st.sampled_from([str.upper, str.lower, str.title, str]),
    tail=st.text(max_size=20),
)
def test_block_precheck_never_rejects_an_opening(
    lead: str, word: str, case: Any, tail: str
) -> None:
    text = lead + case(word) + tail
    if _any_full_pattern_matches(text):
        assert could_open_block(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_block_precheck_never_rejects_a_match_on_any_text(text: str) -> None:
    if _any_full_pattern_matches(text):
        assert could_open_block(text)


def test_block_precheck_rejects_story_prose() -> None:
    assert not could_open_block("Officials said the road was closed")
    assert not could_open_block("At least 906 households remained without service.")


_NOTE_OPENINGS = [
    "Dieser Artikel wurde aktualisiert", "Article mis à jour", "L'article a été modifié",
    "Cet article a été mis à jour", "Une version précédente de cet article",
    "Este artículo ha sido actualizado", "Questo articolo è stato aggiornato",
    "Este artigo foi atualizado", "Uma versão anterior deste artigo",
    "An earlier version of this article", "A previous version of this story",
    "The original version of this report", "This story has been updated",
    "The Associated Press erroneously reported", "Reuters incorrectly said",
    "We mistakenly identified", "In a story published Jan. 3, about",
    "We have updated this story", "Wir haben den Artikel um 22.40 Uhr aktualisiert",
    "Nous avons corrigé cet article", "Abbiamo aggiornato l'articolo",
    "In einer ersten Fassung hieß es", "Diese Meldung wurde aktualisiert",
    "Notizia aggiornata", "Dans une version précédente de l'article",
    "In una precedente versione dell'articolo", "This story has been refiled",
    "Hemos actualizado este artículo", "Atualizamos este texto", "Esta noticia fue actualizada",
    "Esta notícia foi atualizada", "Nella prima versione di questo articolo",
    "Une erreur s'est glissée dans une précédente version", "This article originally stated",
    "Cet article indiquait à tort", "In der ursprünglichen Version dieses Artikels",
    "La versión original de este artículo", "An earlier headline on this story",
    "Story updated at 7:40 p.m. with", "Updated with details from", "Updated to include",
    "Artikel aktualisiert um 19.40 Uhr", "Aktualisiert mit Angaben", "Le texte a été mis à jour",
    "Questo articolo viene aggiornato", "L'articolo verrà aggiornato",
    "Dieser Artikel wird fortlaufend ergänzt", "Der Liveblog wird laufend aktualisiert",
    "Este artículo se actualiza", "El texto se irá actualizando", "Este texto está sendo atualizado",
    "In an earlier version, we", "In una versione precedente la", "Dans une version précédente,",
    "In einer früheren Fassung stand",
]  # fmt: skip


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("Questo articolo viene aggiornato nel corso della serata.", BlockKind.UPDATE),
        ("Dieser Artikel wird fortlaufend ergänzt.", BlockKind.UPDATE),
        ("Este artículo se actualiza a medida que llega información.", BlockKind.UPDATE),
        ("In an earlier version, we said the bridge had closed.", BlockKind.CORRECTION),
        ("In una versione precedente la linea sospesa era il tram 14.", BlockKind.CORRECTION),
        ("Dans une version précédente, nous indiquions que la RN5 était coupée.",
         BlockKind.CORRECTION),
        ("In einer früheren Fassung stand, die A1 sei gesperrt.", BlockKind.CORRECTION),
    ],
)  # fmt: skip
def test_notes_that_say_the_story_is_being_updated_or_was_wrong(note: str, kind: BlockKind) -> None:
    found = match_note(note)
    assert found is not None and found.kind is kind


@pytest.mark.parametrize(
    "prose",
    [
        "In an earlier version of the software, the bug did not exist.",
        "Der Artikel wird von vielen gelesen.",
        "Questo articolo viene letto da molti.",
    ],
)
def test_prose_about_versions_and_articles_is_no_note(prose: str) -> None:
    assert match_note(prose) is None


@pytest.mark.parametrize(
    "note",
    [
        "Due to an editing error, an earlier version of this story misstated the date.",
        "Because of a production error, a previous version of this article gave the wrong figure.",
        "Per un errore, nella prima versione di questo articolo si indicava la linea 96.",
        "Aufgrund eines Fehlers hieß es in einer früheren Version dieses Artikels, die Brücke "
        "sei gesperrt.",
        "Durch einen Übertragungsfehler stand in einer früheren Fassung die falsche Zahl.",
        "Por un error, en una versión anterior de este artículo se decía que el puente estaba "
        "cerrado.",
        "À la suite d'une erreur, la première version de cet article donnait un mauvais chiffre.",
    ],
)
def test_an_error_named_before_the_earlier_version_opens_a_correction(note: str) -> None:
    found = match_note(note)
    assert found is not None and found.kind is BlockKind.CORRECTION
    assert could_open_block(note)


@pytest.mark.parametrize(
    "prose",
    [
        "Due to a technical error, the live stream was interrupted for ten minutes.",
        "Per un errore del conducente il bus è finito fuori strada.",
        "Durch einen Fehler im Stellwerk standen die Züge still.",
        "This story originally appeared in the Daily Ledger.",
        "Updated figures show the river is falling.",
        "Text und Fotos: Anna Muster",
    ],
)
def test_an_error_that_names_no_earlier_version_is_prose(prose: str) -> None:
    assert match_note(prose) is None


def test_an_apology_over_a_note_labels_the_correction() -> None:
    for apology, note in [
        ("Ci scusiamo con i lettori:", "nella prima versione di questo articolo la linea era la 96."),
        ("We apologise for the error:", "An earlier version of this story named the wrong river."),
        ("Nous présentons nos excuses à nos lecteurs :", "une version précédente de cet article"
         " donnait un mauvais chiffre."),
        ("Wir bitten, den Fehler zu entschuldigen:", "In einer früheren Fassung hieß es, die"
         " Brücke sei gesperrt."),
    ]:  # fmt: skip
        found = match_note(f"{apology} {note}")
        assert found is not None and found.kind is BlockKind.CORRECTION
        assert found.label == apology
    assert match_note("Ci scusiamo con i lettori: il servizio riprende domani.") is None


@settings(max_examples=200, deadline=None)
@given(
    lead=st.text(alphabet=" \t\n\xa0\u2003*([•", max_size=4),
    opening=st.sampled_from(_NOTE_OPENINGS),
    case=st.sampled_from([str.upper, str.lower, str.title, str]),
)
def test_note_precheck_never_rejects_a_note(lead: str, opening: str, case: Any) -> None:
    text = lead + case(opening) + " the mayor's name."
    assert _note_re().match(text) is not None
    assert could_open_note(text)
    assert could_open_block(text)  # the paragraph-level pre-check lets every note through
    assert match_note(text) is not None


def test_stamp_precheck_passes_stamps_and_rejects_prose() -> None:
    for stamp in ("13.02 BST", "January 3, 2020", "noon ET", "Midnight", "٣:٣٠"):
        assert could_be_stamp(stamp)
    assert not could_be_stamp("Officials said the road was closed")
    assert not could_open_marker("Officials said the road was closed")


def test_marker_lead_is_every_whitespace_character() -> None:
    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert spaces <= set(_MARKER_LEAD)


# ``match_marker`` matches the marker grammar in three parts (head, stamp, tail) so that the stamp
# grammar is compiled once; it must find exactly what the single pattern finds.

_STAMPS = [
    "3:30pm EST", "7:10 p.m. ET", "Jan. 3, 2020, 6:15 a.m. ET", "15.30 GMT", "1/3/20", "8pm BST",
    "3 January 2020 09:12 UTC", "noon Baghdad time", "9.45 Uhr", "11h10", "le 3 janvier à 18h15",
    "3 de enero de 2020, 18:15 horas", "10:05 a.m. (EST)", "14:00 GMT+1", "(GMT+100)", "Fri. Jan 3",
    "7:20 a.m. ET, Jan. 3, 2020", "6 p.m. local time", "2020-01-03", "03.01.2020", "5 hours",
    "Sunday, 9:40 p.m. ET", "Sonntag, 17.30 Uhr", "dimanche à 17h30", "Sun 9.40pm", "Monday",
    "Fri 6:45 PM, Feb 16, 2018",
]  # fmt: skip
_GLUE = ["", " ", ": ", " at ", ", ", " — ", " (", " on ", " a las ", " - ", "** ", " as of "]


def _reference_marker(text: str) -> Marker | None:
    """``match_marker`` as it was written over the single pattern."""
    text = text.replace("\xa0", " ")[:2000]
    found = _marker_re().match(text)
    if found is None:
        return None
    group = next((name for name in _KIND_OF_GROUP if found[name]), None)
    stamp = found["stamp"]
    if group is None or (group in ("breaking", "asof") and not stamp):
        return None
    if not (stamp or found["sep"] or found["open"] in (":", "—", "–", "-")):
        return None
    return Marker(
        kind=_KIND_OF_GROUP[group],
        label=text[: found.end()].strip(),
        stamp=stamp.strip() if stamp else None,
        # The bracket that closes the one the line opens with encloses the note (session 19).
        rest=_unbracketed(text, text[found.end() :].strip()),
    )


@settings(max_examples=400, deadline=None)
@given(
    lead=st.sampled_from(["", "**", "[", " "]),
    word=st.sampled_from(_MARKER_WORDS),
    glue=st.sampled_from(_GLUE),
    stamp=st.sampled_from(_STAMPS),
    tail=st.sampled_from(["", ":", " —", ")", "**:", " | Updated 6 p.m.", " x"]),
    extra=st.text(max_size=6),
)
def test_marker_parts_agree_with_the_single_pattern(
    lead: str, word: str, glue: str, stamp: str, tail: str, extra: str
) -> None:
    text = lead + word.split(":")[0] + glue + stamp + tail + extra
    assert _match_marker(text) == _reference_marker(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_marker_parts_agree_with_the_single_pattern_on_any_text(text: str) -> None:
    assert _match_marker(text) == _reference_marker(text)


@settings(max_examples=300, deadline=None)
@given(
    lead=st.text(alphabet=" \t\xa0|·•([", max_size=3),
    weekday=st.sampled_from(["", "Friday, ", "Fri ", "vendredi ", "Mittwoch, "]),
    stamp=st.sampled_from(_STAMPS),
    tail=st.text(alphabet=" |·•)].", max_size=3),
)
def test_bare_stamp_precheck_never_rejects_a_bare_stamp(
    lead: str, weekday: str, stamp: str, tail: str
) -> None:
    text = lead + weekday + stamp + tail
    if _bare_stamp_re().match(text) is not None:
        assert _opens_like_bare_stamp(text)


# Clock leads: the entries of live blogs and update lists that carry nothing but a clock.


@pytest.mark.parametrize(
    ("text", "label", "rest"),
    [
        ("4.05pm", "4.05pm", ""), ("17.00", "17.00", ""), ("16:05 Uhr", "16:05 Uhr", ""),
        ("Ore 17.30 – Il prefetto convoca le parti", "Ore 17.30", "Il prefetto convoca le parti"),
        ("10h12 La préfecture lève l'alerte", "10h12", "La préfecture lève l'alerte"),
        ("12:45 p.m. Fire crews report", "12:45 p.m.", "Fire crews report"),
        ("3:30pm EST: The mayor", "3:30pm EST", "The mayor"),
        ("+++ 16:40 Uhr: Die Polizei meldet eine Festnahme +++", "16:40 Uhr",
         "Die Polizei meldet eine Festnahme"),
        ("05.03.2024 • 16:40 Uhr", "05.03.2024 • 16:40 Uhr", ""),
        ("05.03.2024, 16:40 Uhr", "05.03.2024, 16:40 Uhr", ""),
        # A period after the clock sets it off ("19h40. La préfecture", "19:40 h. La policía").
        ("19h40. La préfecture lève l'alerte", "19h40", "La préfecture lève l'alerte"),
        ("19:40 h. La policía cierra el puente", "19:40 h", "La policía cierra el puente"),
        ("19h40.", "19h40", ""),
        # An Italian clock with a comma after "ore".
        ("ore 19,00", "ore 19,00", ""), ("Ore 22,42 – Il sindaco", "Ore 22,42", "Il sindaco"),
    ],
)  # fmt: skip
def test_clock_leads(text: str, label: str, rest: str) -> None:
    found = match_clock_lead(text)
    assert found is not None and (found.label, found.rest) == (label, rest)


def test_a_numeric_date_before_a_clock_is_part_of_its_stamp() -> None:
    found = match_clock_lead("05.03.2024 • 16:40 Uhr")
    assert found is not None and found.stamp == "05.03.2024 • 16:40 Uhr"


def test_a_tickers_plus_marks_set_a_clock_off_from_its_title() -> None:
    found = match_clock_lead("+++ 16:40 Uhr +++ Fähre eingestellt")
    assert found is not None and found.marked and found.rest == "Fähre eingestellt"


def test_figures_and_dates_are_not_clock_leads() -> None:
    for text in (
        "12.30% of voters",
        "11.02.23, 11:52",
        "In 2020 the",
        "noon",
        "Officials said",
        "6.12. Die Polizei meldet",
        "19,50 euro al litro",
        "ore 19,5 di attesa",
        "ore 19,000 persone",
    ):
        assert match_clock_lead(text) is None


@pytest.mark.parametrize(
    ("text", "label", "rest"),
    [
        ("Die Ausfahrt ist gesperrt. (ergänzt um 21.05 Uhr)", "ergänzt um 21.05 Uhr",
         "Die Ausfahrt ist gesperrt."),
        ("The road reopened. (Updated 9.05pm)", "Updated 9.05pm", "The road reopened."),
        ("La route est rouverte (mis à jour à 21 h 05)", "mis à jour à 21 h 05",
         "La route est rouverte"),
    ],
)  # fmt: skip
def test_a_paragraph_closed_by_its_update_stamp(text: str, label: str, rest: str) -> None:
    found = trailing_update(text)
    assert found is not None and (found.kind, found.label, found.rest) == (
        BlockKind.UPDATE,
        label,
        rest,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Petrol costs 1.88 a litre. (Stand: 22.45 Uhr)",  # an as-of stamp dates a figure
        "Petrol costs 1.88 a litre. (Preise von 22.45 Uhr)",
        "The road reopened. (Updated Dec. 6)",  # no clock
        "(Updated 9.05pm)",  # no text of its own
        "The road reopened (updated later).",
    ],
)
def test_other_closing_brackets_are_no_update(text: str) -> None:
    assert trailing_update(text) is None


def test_an_italian_comma_clock_resolves_as_its_dotted_twin() -> None:
    lead = match_clock_lead("ore 19,30")
    assert lead is not None
    reference = datetime.fromisoformat("2026-12-06T23:00:00+01:00")
    read = [
        resolve_stamp(stamp, reference=reference, default_zone="Europe/Rome", previous=None)
        for stamp in (lead.label, "ore 19.30")
    ]
    assert read[0] is not None and read[0] == read[1]
    assert read[0].isoformat() == "2026-12-06T19:30:00+01:00"


@settings(max_examples=300, deadline=None)
@given(
    lead=st.text(alphabet=" \t\xa0[(*•", max_size=3),
    word=st.sampled_from(["", "ore ", "Um ", "kl. ", "à ", "AT ", "h "]),
    clock=st.sampled_from(["4.05pm", "17.00", "9.45 Uhr", "10h12", "12:45 p.m.", "3pm", "noon"]),
    tail=st.text(max_size=12),
)
def test_clock_precheck_never_rejects_a_clock_lead(
    lead: str, word: str, clock: str, tail: str
) -> None:
    text = lead + word + clock + tail
    found = _clock_lead_re().match(text)
    if found is not None and any(c.isdigit() for c in found["stamp"]):  # "noon" is no lead
        assert could_open_clock(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_clock_precheck_never_rejects_a_match_on_any_text(text: str) -> None:
    found = _clock_lead_re().match(text)
    if found is not None and any(c.isdigit() for c in found["stamp"]):
        assert could_open_clock(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cet article a été mis à jour avec les précisions de la préfecture.", BlockKind.UPDATE),
        ("Cet article a été modifié pour préciser que le pont est fermé.", BlockKind.CLARIFICATION),
        ("This story has been updated to clarify the closure times.", BlockKind.CLARIFICATION),
    ],
)
def test_a_note_updated_with_details_is_an_update_not_a_clarification(
    text: str, kind: BlockKind
) -> None:
    note = match_note(text)
    assert note is not None and note.kind is kind


@pytest.mark.parametrize(
    ("text", "label", "rest"),
    [
        ("h. 22:40 La polizia ha chiuso la strada", "h. 22:40", "La polizia ha chiuso la strada"),
        (
            "06.12. 22:40 Die Polizei sperrt die Straße",
            "06.12. 22:40",
            "Die Polizei sperrt die Straße",
        ),
    ],
)
def test_an_entry_s_clock_after_a_word_or_a_day_and_month(text: str, label: str, rest: str) -> None:
    found = match_clock_lead(text)
    assert found is not None and (found.label, found.rest) == (label, rest)
