"""Update/correction markers and their timestamps: the words publishers put in front of a block.

``match_marker(text)`` recognises a marker at the start of a paragraph — "UPDATE: 3:30pm EST—",
"Update 2:", "UPDATED at 7:20 a.m. ET", "Update, Feb. 12, 2023, 7:20 a.m. ET:", "Correction:",
"Editor's note:", "Aktualisierung, 9.45 Uhr:", "Mise à jour à 11h10", "ACTUALIZACIÓN 08:30:" —
and splits it into kind, label (as printed), stamp (the time text inside it) and the rest.
``match_note(text)`` recognises the unlabelled note sentences ("An earlier version of this article
misstated …", "This story has been updated …"). ``resolve_stamp`` turns a stamp into an aware
datetime in an IANA zone, or None when that would take a guess.

Stamp resolution (``resolve_stamp``, ``zone_from_name``, ``zone_named_by``) lives in
``monitor.markers.stamps``, the shared stamp grammar in ``monitor.markers.grammar``; both are
re-exported here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from monitor.markers.grammar import (
    _AT,
    _MONTH,
    _STAMP,
    _TZ,
    _WEEKDAY,
    STAMP_PATTERN,
    _lazily,
    could_hold_stamp,
    find_stamp,
    match_stamp,
    stamp_starts_at,
)
from monitor.markers.stamps import clock_minutes, resolve_stamp, zone_from_name, zone_named_by
from monitor.model import BlockKind

__all__ = [
    "STAMP_PATTERN", "Marker", "corrects_another_story", "could_be_stamp", "could_hold_stamp",
    "could_open_block", "could_open_marker", "could_open_note", "headline_is_updated",
    "is_advisory", "is_bare_stamp", "match_marker", "match_note", "named_kind", "resolve_stamp",
    "tells_of_an_earlier_version", "trailing_update", "zone_from_name", "zone_named_by",
]  # fmt: skip

_NUMBERED = rf"(?:\s+(?:No\.?\s?|Nr\.?\s?|n\.\s?|\#)?\d{{1,2}}(?![:.]\d)(?![/\d])(?!\s*(?:{_MONTH}|[ap]\.?m|h\s?\d|Uhr|de\s)))?"

_KINDS = rf"""
    (?P<update>(?:(?:LATEST|NEW|FIRST|SECOND|THIRD|FOURTH|FIFTH|FURTHER|ANOTHER|Erstes|Zweites
        |Drittes|Viertes|Weiteres|Neues)\s+)?UPDATED?{_NUMBERED} | EDIT{_NUMBERED}
      | Aktualisierung{_NUMBERED} | Aktualisiert | Nachtrag | Ergänzung | Ergänzt | Neuer\s+Stand
      | Follow-up | Ajout | Complément\s+d[’']information | Aggiunta | Integrazione
      | Nouvel\s+élément | Nouveaux\s+éléments | Faits?\s+nouveaux?
      | (?:Nouvelle|Deuxième|Seconde|Troisième)\s+mise\s+à\s+jour
      | (?:Nuovo|Secondo|Terzo|Ulteriore)\s+aggiornamento
      | (?:Nueva|Segunda|Tercera|Otra)\s+actualizaci[óo]n
      | (?:Nova|Segunda|Terceira|Outra)\s+a[c]?tualiza[çc][ãa]o
      | Mise?\s+à\s+jour | MAJ | Actualisation | Actuali[sz]aci[óo]n{_NUMBERED} | Actualizad[oa]
      | (?:Ultimo\s+)?Aggiornamento{_NUMBERED} | Aggiornat[oa]
      | A[c]?tualiza[çc][ãa]o{_NUMBERED} | A[c]?tualizad[oa] | Actualisée?
      | Point\s+de\s+situation | Punto\s+della\s+situazione)
  | (?P<asof>Stand | Neu | Agg\. | Sviluppi | En\s+date\s+de)
  | (?P<correction>Correction\s+appended | Correction\s+apportée | Correctif\s+apporté | Amendment
      | (?:Wir\s+haben|Nous\s+avons|Abbiamo|We(?:\s+have|[’']ve)?)\s+(?:korrigiert|corrigé|corretto|corrected)
      | Korrigiert | Corrigé | Corretto | Corregido | Corrigido | CORRECTIONS? | CORRECTED | RETRACTION | For\s+the\s+record
      | A\s+correction\s+(?:was|has\s+been)\s+(?:made|appended) | Korrektur(?:hinweis|vermerk)? | Richtigstellung
      | Berichtigung | Korrigendum | Fehlerkorrektur | Rectificatif | Rectification | Correctif
      | Errat(?:um|a)(?:\s+corrige)? | Correcci[óo]n
      | Rectificaci[óo]n | Fe\s+de\s+err(?:at)?as
      | Fe\s+de\s+errores | Correzione | Rettifica | Corre(?:c?ç|c)[ãa]o | Retifica[çc][ãa]o)
  | (?P<clarification>(?:Précision\s+de\s+la\s+r[ée]daction | Precisazione\s+della\s+redazione
        | Klarstellung\s+der\s+Redaktion | Aclaraci[óo]n\s+de\s+la\s+redacci[óo]n)
      | Doverosa\s+precisazione | Erläuterung\s+der\s+Redaktion | Éclaircissement
      | For\s+clarity | To\s+clarify | Zur\s+Klarstellung | Per\s+chiarezza
      | CLARIFICATION | Klarstellung | Präzisierung | (?:Une\s+)?Précision
      | (?:Una\s+)?Precisazione
      | Chiariment[oi] | Puntualizzazione | Mise\s+au\s+point | Aclaraci[óo]n | Esclarecimento)
  | (?P<note>EDITOR[’']?S?[’']?\s+NOTE | EDITORS[’']\s+NOTE | Anmerkung\s+der\s+Redaktion
      | Hinweis\s+der\s+Redaktion | Note\s+de\s+la\s+r[ée]daction | Note\s+de\s+l[’']éditeur
      | Nota\s+del?\s+(?:la\s+)?(?:editor|redacci[óo]n) | Nota\s+della\s+redazione
      | Nota\s+d[ao]\s+(?:reda[çc][ãa]o|editor) | Transparenzhinweis | Disclosure | Offenlegung
      | NDLR | N\.\s*D\.\s*L\.\s*R\. | N\.\s*d\.\s*R\. | NdR | Anm\.\s*d\.\s*Red\.
      | (?:Hinweis\s+)?In\s+eigener\s+Sache | Redaktionelle[rs]?\s+(?:Hinweis|Anmerkung)
      | (?:A\s+)?Note\s+to\s+(?:our\s+)?readers | Note\s+from\s+the\s+editor | Publisher[’']s\s+note
      | Transparency\s+note | Note\s+aux\s+lecteurs | Nota\s+del\s+direttore | Nota\s+dell[’']editore
      | Addendum | Gegendarstellung | Leserhinweis | Transparenz | Avvertenza | Avertissement
      | Advertencia | Advertência | Droit\s+de\s+réponse | Diritto\s+di\s+replica
      | Avviso\s+ai\s+lettori | Avis\s+(?:aux|à\s+nos)\s+lecteurs | Aviso\s+a\s+(?:los|nuestros)\s+lectores
      | Nota\s+(?:per\s+i|ai)\s+lettori | (?:À|A)\s+nos\s+lecteurs | Aux\s+lecteurs | Ai\s+lettori
      | Note\s+éditoriale | Nota\s+di\s+metodo | Nota\s+metodologica | Methodology\s+note
      | (?:A\s+)?Note\s+on\s+(?:our\s+)?(?:coverage|methodology|sources)
      | Zu\s+diesem\s+(?:Text|Artikel|Beitrag) | Reporter[’']s\s+note | Méthodologie | Methodology
      | Avis\s+de\s+la\s+r[ée]daction | Zur\s+Quellenlage | Come\s+lavoriamo | How\s+we\s+work
      | To\s+our\s+readers | An\s+unsere\s+Leser(?:innen\s+und\s+Leser)?
      | Why\s+we(?:\s+are|[’']re)?\s+(?:reporting|writing|wrote|covered|covering)\s+(?:on\s+|about\s+)?this(?:\s+story)?
      | How\s+we\s+reported\s+(?:on\s+)?this(?:\s+story)? | Behind\s+the\s+story
      | Zur\s+Entstehung\s+dieses\s+(?:Artikels|Textes|Beitrags))
  | (?P<breaking>(?:BREAKING|DEVELOPING)(?:\s+NEWS)? | Eilmeldung | Última\s+hora
      | Derni[èe]re\s+minute | Ultim[’']ora | Ultima\s+ora)
"""

# The marker pattern, less its stamp: ``^… KINDS … (?P<open>…)?\s*`` (the head), then the stamp
# ``(?:(?:_AT\s+)?(?P<stamp>_STAMP))?`` by ``match_stamp``, then ``\s*[)\]]?\s*(?P<sep>…)?\s*``
# (the tail). Matching the three in turn finds what the one pattern would: every part after the
# head can match nothing, so the engine never backtracks into an earlier part and commits to each
# part's first match — the one ``match_stamp`` and ``.match`` return. The stamp grammar is thus
# compiled once for every caller, not pasted into this pattern (~13 ms of compiling saved).
_marker_head_re = _lazily(
    rf"""
    ^[\s\[(*_>•–+-]*
    (?:{_KINDS})(?!\w)\**
    \s*(?:(?:{_AT}|as\s+of|du|de|del|dal|do)\b)?\s*(?P<open>[,(:\[—–|-])?\s*
    """,
    re.IGNORECASE | re.VERBOSE,
)
_marker_tail_re = _lazily(r"\s*[)\]]?\s*(?P<sep>[:—–]|-{1,2}|\*\*|\+{2,}|\.)?\s*")

_KIND_OF_GROUP = {
    "update": BlockKind.UPDATE,
    "breaking": BlockKind.UPDATE,
    "asof": BlockKind.UPDATE,  # "Stand: Sonntag, 6. Dezember 2026, 23.10 Uhr": only with a stamp
    "correction": BlockKind.CORRECTION,
    "clarification": BlockKind.CLARIFICATION,
    "note": BlockKind.EDITORS_NOTE,
}


# Words that open a marker only with a stamp: "BREAKING" alone is a badge, "Stand" a verb.
_STAMPED_ONLY = frozenset(["breaking", "asof"])


@dataclass(frozen=True, slots=True)
class Marker:
    """A recognised marker: ``label`` as printed, ``stamp`` the time text in it, ``rest`` after it."""

    kind: BlockKind
    label: str
    stamp: str | None
    rest: str
    note: bool = False  # an unlabelled note sentence: one paragraph, whatever its kind


def match_marker(text: str) -> Marker | None:
    """The marker at the start of ``text``, or None when the text is ordinary prose.

    A bare "Updated"/"Correction" needs a stamp or a separator (":", "—") to count, so
    "Updated figures show …" stays prose; "BREAKING" needs a stamp.
    """
    if not could_open_marker(text):  # before copying the text: most paragraphs stop here
        return None
    if len(text) <= _CACHED_MARKER_TEXT:
        return _match_short_marker(text)
    return _match_marker(text)


# A marker's own line ("UPDATE: 3:30pm EST—", a bold lead) is short and recurs on every poll of
# its page, and a successful match costs ~6 µs (the stamp grammar): short texts are cached.
_CACHED_MARKER_TEXT = 300


@functools.lru_cache(maxsize=1024)
def _match_short_marker(text: str) -> Marker | None:
    return _match_marker(text)


def _match_marker(text: str) -> Marker | None:
    text = text.replace("\xa0", " ")[:2000]
    head = _marker_head_re().match(text)
    if head is None:
        return None
    group = head.lastgroup if head.lastgroup in _KIND_OF_GROUP else _kind_group(head)
    stamp_span = match_stamp(text, head.end())
    stamp = text[stamp_span[0] : stamp_span[1]] if stamp_span else None
    tail = _marker_tail_re().match(text, stamp_span[1] if stamp_span else head.end())
    assert tail is not None  # every part of it is optional
    if group is None or (group in _STAMPED_ONLY and not stamp):
        return None
    if not (stamp or tail["sep"] or head["open"] in (":", "—", "–", "-")):
        return None
    return Marker(
        kind=_KIND_OF_GROUP[group],
        label=text[: tail.end()].strip(),
        stamp=stamp.strip() if stamp else None,
        rest=_unbracketed(text, text[tail.end() :].strip()),
    )


# The marks a note may open with, and the brackets that close what one opened.
_NOTE_MARKS = "*([•"
_CLOSERS = {"[": "]", "(": ")"}


def trailing_update(text: str) -> Marker | None:
    """The update marker a paragraph ends with in brackets, stamped with a clock ("… ist
    gesperrt. (ergänzt um 21.05 Uhr)", "… reopened. (Updated 9.05pm)"): the paragraph is that
    update. An "as of" stamp ("(Stand: 22.45 Uhr)") dates a figure, not an update."""
    if not text.endswith(")"):
        return None
    found = _TRAILING_MARKER.search(text)
    if found is None or found.start() == 0:
        return None
    inner = found[1].strip()
    head = _marker_head_re().match(inner)
    marker = match_marker(inner)
    if head is None or head.lastgroup != "update" or marker is None:
        return None
    if marker.rest or not marker.stamp or clock_minutes(marker.stamp) is None:
        return None
    return Marker(BlockKind.UPDATE, marker.label, marker.stamp, text[: found.start()].rstrip())


_TRAILING_MARKER = re.compile(r"\s\(([^()]{4,60})\)\s*$")


def _unbracketed(text: str, rest: str) -> str:
    """``rest`` without the bracket that closes the one ``text`` opens with ("[Update 12/6
    3:15pm ET: …]", "(Notizia aggiornata alle 22.40)"): it encloses the note, it is not its
    text."""
    opener = text.lstrip()[:1]
    closer = _CLOSERS.get(opener)
    if closer is not None and rest.endswith(closer) and opener not in rest:
        return rest[:-1].rstrip()
    return rest


def _note_text(text: str) -> str:
    """A note sentence as its own text: without the marks it opens with ("*An earlier version
    …", "• This article was amended …") or the bracket around it."""
    return _unbracketed(text, text.strip().lstrip(_NOTE_MARKS).strip())


def named_kind(text: str) -> BlockKind | None:
    """The kind of note ``text`` names when it is nothing but a note's name ("Clarification",
    "Editor's note", "Mise à jour", "Errata corrige:"): the heading of a box over the note's
    text. None for any other line, and for "Breaking", which names no note."""
    if len(text) > _LONGEST_KIND_NAME or not could_open_marker(text):
        return None
    head = _marker_head_re().match(text)
    if head is None or text[head.end() :].strip(" :*"):
        return None
    group = head.lastgroup if head.lastgroup in _KIND_OF_GROUP else _kind_group(head)
    if group is None or group in _STAMPED_ONLY:
        return None
    return _KIND_OF_GROUP[group]


_LONGEST_KIND_NAME = 40


# Cheap pre-checks. The full patterns cost ~0.6 µs (marker) and ~2 µs (bare stamp) to reject
# an ordinary paragraph, and every paragraph of every page is asked; these reject most prose in
# ~0.2 µs and never reject what the full pattern would accept (tests/test_markers.py checks).

# Every str.isspace() character (= regex \s).
_SPACES = (
    "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# What ``^[\s\[(*_>•–+-]*`` skips: the spaces and the marks.
_MARKER_LEAD = _SPACES + "[(*_>•–+-"
# A prefix that opens much prose ("Officials …", "In the …") stands for its whole words in the
# pre-checks; a word's spaces stand for any run of spaces.
_WHOLE_WORD = {
    "off": ("offenlegung",),
    "poi": ("point de situation",),
    "pun": ("punto della situazione", "puntualizzazione"),
    "sta": ("stand",),
    "in ": ("in eigener sache",),
    "avv": ("avviso ai lettori", "avvertenza"),
    "ave": ("avertissement",),
    "adv": ("advertencia", "advertência"),
    "les": ("leserhinweis",),
    "feh": ("fehlerkorrektur",),
    "una": ("una precisazione",),
    "une": ("une précision",),
    "avi": (
        "avis aux lecteurs",
        "avis à nos lecteurs",
        "aviso a los lectores",
        "aviso a nuestros",
        "avis de la r",
    ),
    "fol": ("follow-up",),
    "fur": ("further update",),
    "ajo": ("ajout",),
    "com": ("complément d", "come lavoriamo"),
    "agg": ("aggiorna", "aggiunta", "agg."),
    "neu": ("neu",),  # "Neu (22.50 Uhr):", "Neuer Stand", "Neues Update"
    "red": ("redaktionelle",),
    "pub": ("publisher",),
    "tra": ("transparenz", "transparency note"),
    "n.d": ("n.d.l.r.", "n. d. l. r.", "n.d.r.", "n. d. r."),
    "n. ": ("n. d.",),
    "int": ("integrazione",),
    "add": ("addendum",),
    "geg": ("gegendarstellung",),
    "dro": ("droit de réponse",),
    "aux": ("aux lecteurs",),
    "a n": ("a note to", "a note on", "a nos lecteurs"),
    "ame": ("amendment",),
    "wir": ("wir haben korrigiert",),
    "abb": ("abbiamo corretto",),
    "we ": ("we have corrected", "we corrected"),
    "we'": ("we've corrected",),
    "erl": ("erläuterung der redaktion",),
    "écl": ("éclaircissement",),
    "dov": ("doverosa precisazione",),
    "ai ": ("ai lettori",),
    "met": ("methodology",),
    "mét": ("méthodologie",),
    "rep": ("reporter's note", "reporter’s note"),
    "fai": ("fait nouveau", "faits nouveaux"),
    "per": ("per chiarezza",),
    "zu ": ("zu diesem",),
    "svi": ("sviluppi",),
    "en ": ("en date de",),
    "à n": ("à nos lecteurs",),
    "to ": ("to our readers", "to clarify"),
    "an ": ("an unsere leser",),
    "why": ("why we",),
    "how": ("how we reported", "how we work"),
    "beh": ("behind the story",),
    "zur": ("zur entstehung dieses", "zur quellenlage", "zur klarstellung"),
    "dir": ("diritto di replica",),
    # An update told by its number ("Second update:", "Zweites Update:", "Nuovo aggiornamento:").
    "fir": ("first update",),
    "sec": ("second update", "seconde mise à jour", "secondo aggiornamento"),
    "thi": ("third update",),
    "fou": ("fourth update",),
    "fif": ("fifth update",),
    "ano": ("another update",),
    "ers": ("erstes update",),
    "zwe": ("zweites update",),
    "dri": ("drittes update",),
    "vie": ("viertes update",),
    "wei": ("weiteres update",),
    "nou": ("nouvelle mise à jour", "nouvel élément", "nouveaux éléments", "nous avons corrig"),
    "deu": ("deuxième mise à jour",),
    "tro": ("troisième mise à jour",),
    "nuo": ("nuovo aggiornamento",),
    "ter": (
        "terzo aggiornamento",
        "tercera actualizaci",
        "terceira atualiza",
        "terceira actualiza",
    ),
    "nue": ("nueva actualizaci",),
    "seg": ("segunda actualizaci", "segunda atualiza"),
    "otr": ("otra actualizaci",),
    "nov": ("nova atualiza", "nova actualiza"),
    "out": ("outra atualiza", "outra actualiza"),
}
# The first three letters of every alternative in _KINDS ("fe" + a space is checked apart):
# these stand for themselves, _WHOLE_WORD's keys for its words.
_KIND_PREFIXES = frozenset(
    ["lat", "new", "upd", "akt", "nac", "mis", "maj", "act", "cor", "ret", "kor", "ric", "rec",
     "err", "cla", "kla", "pré", "acl", "edi", "anm", "hin", "not", "bre", "dev", "eil", "últ",
     "der", "ult", "atu", "esc", "a c", "for", "erg", "ber", "chi", "pre", "prä", "dis", "ndl",
     "ndr"]
) | _WHOLE_WORD.keys()  # fmt: skip


_LONGEST_WHOLE_WORD = 48
# Every ASCII character str.isspace() accepts, as the blank a kind prefix is written with.
_ASCII_SPACE_TO_BLANK = str.maketrans(
    {char: " " for char in map(chr, range(128)) if char.isspace()}
)


def could_open_marker(text: str) -> bool:
    """False only when ``text`` certainly does not start with a marker word.

    Exact for ASCII heads: IGNORECASE folds an ASCII letter only to its own other case there.
    A head with other characters (where regex case folding has special cases such as "K" for
    KELVIN SIGN or dotless "ı") is left to the full pattern.
    """
    opening = text.lstrip(_MARKER_LEAD)
    head = opening[:3]
    if not head.isascii():
        return True
    head = head.lower().translate(_ASCII_SPACE_TO_BLANK)
    if head in _WHOLE_WORD:
        # The patterns take any run of spaces between words: compare with single ones.
        start = " ".join(opening[:_LONGEST_WHOLE_WORD].split()).lower()
        return any(
            start.startswith(word) or not start[: len(word)].isascii() for word in _WHOLE_WORD[head]
        )
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
    r"""^[\s*(\[•]*(?:
       (?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+
         (?:article|story|post|report|item|headline|graphic|photo\s+caption|caption)\b
     | this\s+(?:article|story|post|report|item)\s+(?:has\s+been|was|is\s+being)\s+
         (?:updated|amended|corrected|revised|changed|edited|clarified|refiled)\b
     | (?:the\s+associated\s+press|reuters|we)\s+(?:erroneously|incorrectly|mistakenly|wrongly)\s+
         (?:reported|said|stated|described|identified)\b
     # In the first person: "We have updated this story …", "Wir haben den Artikel um 22.40 Uhr
     # aktualisiert", "Nous avons corrigé cet article", "Abbiamo aggiornato l'articolo"
     | we\s+(?:have\s+)?(?:updated|corrected|amended|changed|edited|clarified)\s+
         (?:this|the)\s+(?:article|story|post|report|headline)\b
     | wir\s+haben\s+(?:den|diesen|die|diese)\s+(?:artikel|text|beitrag|meldung|bericht)\s+
         (?:\S+\s+){0,6}?(?:aktualisiert|korrigiert|ergänzt|geändert|überarbeitet|präzisiert)\b
     | nous\s+avons\s+(?:mis\s+à\s+jour|corrigé|modifié|complété|actualisé|rectifié)\s+
         (?:cet\s+|l[’']\s*)article\b
     | abbiamo\s+(?:aggiornato|corretto|modificato|rettificato|integrato)\s+
         (?:questo\s+|l[’']\s*)articolo\b
     | hemos\s+(?:actualizado|corregido|modificado)\s+(?:este|el)\s+(?:artículo|texto)\b
     | (?:atualizamos|corrigimos|modificamos)\s+(?:este|o)\s+(?:texto|artigo)\b
     | (?:esta\s+|la\s+)?noticia\s+(?:ha\s+sido\s+|fue\s+)?(?:actualizada|corregida|modificada)\b
     | (?:esta\s+|a\s+)?notícia\s+(?:foi\s+)?(?:atualizada|corrigida|modificada|alterada)\b
     | in\s+an?\s+(?:story|article|report)\s+(?:published\s+)?(?:on\s+)?[^,]{3,40},?\s+about\b
     # German: "Dieser Artikel wurde (am 3. Mai um 16:05 Uhr) aktualisiert", "In einer früheren
     # Version dieses Artikels hieß es …"
     # Notes that say what an earlier version got wrong without the word "version": "This
     # story originally stated …", "An earlier headline on this story …", "Une erreur s'est
     # glissée dans …", "Cet article indiquait à tort …", "La versión original de este artículo …"
     | this\s+(?:article|story|report|post)\s+(?:originally|initially|previously|incorrectly
         |mistakenly|erroneously|wrongly)\s+(?:stated|said|reported|described|identified|gave
         |named|misstated)\b
     | an?\s+(?:earlier|previous|prior|original)\s+(?:headline|photo\s+caption|caption|version)
         \s+(?:on|of|for)\s+this\s+(?:article|story|post|report)\b
     | une\s+erreur\s+s[’']est\s+glissée\b
     # Short forms: "Story updated at 7:40 p.m. with …", "Updated with details from …",
     # "Updated to include …", "Artikel aktualisiert um …", "Aktualisiert mit Angaben …", "Le
     # texte a été mis à jour …"
     | (?:story|article|post)\s+(?:updated|corrected|amended)\b
     | updated\s+(?:with|to\s+(?:include|add|reflect|correct|clarify|show))\b
     | (?:artikel|text|beitrag|meldung)\s+(?:aktualisiert|ergänzt|korrigiert|überarbeitet)\b
     | (?:aktualisiert|ergänzt)\s+(?:mit|um)\b
     | (?:le\s+)?texte\s+a\s+été\s+(?:mis\s+à\s+jour|modifié|corrigé|complété|actualisé)\b
     | (?:cet\s+|l[’']\s*)article\s+(?:indiquait|affirmait|mentionnait|disait|annonçait)\s+
         (?:à\s+tort|par\s+erreur)\b
     | (?:la\s+)?versión\s+original\s+de\s+(?:este|esta)\s+(?:artículo|nota|noticia|información
         |texto)\b
     | (?:dieser|der|diese|die)\s+(?:artikel|beitrag|text|bericht|meldung)\s+wurde\s+(?:\S+\s+){0,8}?
         (?:aktualisiert|korrigiert|ergänzt|geändert|überarbeitet|präzisiert)\b
     | (?:in\s+)?(?:einer|eine|die|der)\s+(?:früheren|frühere|vorherigen|vorherige|ersten|erste
         |ursprünglichen|ursprüngliche)\s+
         (?:version|fassung)\s+(?:(?:dieses|des)\s+(?:artikels|beitrags|textes)\b|hie(?:ß|ss)\s+es\b)
     # French: "Article mis à jour le …", "Cet article a été mis à jour …", "Une version
     # précédente de cet article …"
     | (?:cet\s+|l[’']\s*)?article\s+(?:a\s+été\s+|est\s+)?
         (?:mis\s+à\s+jour|modifié|corrigé|actualisé|complété|rectifié)\b
     | (?:dans\s+)?(?:une|la)\s+(?:(?:précédente|première|ancienne)\s+version
         |version\s+(?:précédente|antérieure|initiale))\s+de\s+(?:cet\s+|l[’']\s*)article\b
     # Spanish: "Este artículo ha sido actualizado", "Una versión anterior de este artículo …"
     | (?:este\s+|el\s+)?(?:artículo|texto)\s+(?:ha\s+sido\s+|fue\s+)?
         (?:actualizad[oa]|corregid[oa]|modificad[oa])\b
     | (?:en\s+)?(?:una|la)\s+versión\s+anterior\s+de\s+(?:este|esta)\s+
         (?:artículo|nota|noticia|información|texto)\b
     # Italian: "Questo articolo è stato aggiornato", "Una versione precedente di questo
     # articolo …"
     | (?:questo\s+|l[’']\s*)?articolo\s+(?:è\s+stato\s+|e[’']\s+stato\s+)?
         (?:aggiornato|corretto|modificato|rettificato)\b
     | (?:questa\s+|la\s+)?notizia\s+(?:è\s+stata\s+)?(?:aggiornata|corretta|modificata|rettificata)\b
     # Being updated ("Questo articolo viene aggiornato nel corso della giornata", "Dieser
     # Artikel wird fortlaufend ergänzt", "Este artículo se actualiza …")
     | (?:questo\s+|l[’']\s*)?articolo\s+(?:viene|verrà|sarà)\s+(?:\S+\s+){0,2}?aggiornato\b
     | (?:dieser|der)\s+(?:artikel|beitrag|text|bericht|liveblog|ticker)\s+wird\s+(?:\S+\s+){0,3}?
         (?:aktualisiert|ergänzt)\b
     | (?:este\s+|el\s+)?(?:artículo|texto)\s+se\s+(?:actualiza|está\s+actualizando|irá\s+actualizando)\b
     | (?:este\s+|o\s+)?(?:artigo|texto)\s+(?:está\s+sendo|será)\s+atualizad[oa]\b
     # "In an earlier version, …", "In una versione precedente …", "Dans une version
     # précédente, …", "In einer früheren Fassung …" without naming the article
     | in\s+an?\s+(?:earlier|previous|prior)\s+version\s*,
     | in\s+una\s+(?:versione\s+precedente|precedente\s+versione|prima\s+versione)\b
     | dans\s+une\s+(?:version\s+précédente|précédente\s+version|première\s+version)\b
     | in\s+einer\s+(?:früheren|vorherigen|ersten)\s+(?:version|fassung)\b
     | (?:(?:in\s+)?(?:una|la)\s+|nella\s+)(?:(?:precedente|prima)\s+versione
         |versione\s+precedente)\s+(?:di\s+questo\s+|dell[’']\s*)articolo\b
     # Portuguese: "Este artigo foi atualizado", "Uma versão anterior deste texto …"
     | (?:este\s+|o\s+)?(?:artigo|texto|reportagem)\s+(?:foi\s+)?
         (?:atualizad[oa]|corrigid[oa]|modificad[oa]|alterad[oa])\b
     | (?:em\s+)?(?:uma|a)\s+versão\s+anterior\s+(?:deste|desta)\s+
         (?:artigo|texto|reportagem|notícia)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# The notes that tell of a wrong earlier version are corrections whatever their wording.
_EARLIER = (
    r"(?:earlier|previous|prior|original|originale|initiale?|früheren|frühere|vorherigen"
    r"|vorherige|ersten|erste|ursprünglichen|ursprüngliche|précédente|première|ancienne"
    r"|anterior|precedente|prima)"
)
_VERSION = r"(?:version|versión|versione|versão|fassung)"
_earlier_version_re = _lazily(
    rf"\b(?:{_EARLIER}\s+{_VERSION}|{_VERSION}\s+{_EARLIER})\b", re.IGNORECASE
)
_note_correction_re = _lazily(
    r"\b(?:corrected|misstated|misspelled|misidentified|misattributed|misquoted|misnamed|"
    r"erroneously|incorrectly|mistakenly|wrongly|in\s+error|korrigiert|fälschlich\w*|"
    r"irrtümlich|corrigé|par\s+erreur|erronée?ment|corregid[oa]|erróneamente|por\s+error|"
    r"corretto|rettificato|per\s+errore|erroneamente|corrigid[oa]|incorretamente|"
    r"to\s+correct|to\s+fix|zu\s+korrigieren|pour\s+corriger|per\s+correggere|à\s+tort"
    r"|(?:originally|initially|previously)\s+(?:stated|said|reported|gave|named|described"
    r"|identified))\b",
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


# What ``^[\s*(\[•]*`` skips in ``_note_re``; and the first letters of its alternatives
# (English "an", "the", "this", "reuters", "we", "in"; German "dieser", "eine", "wir"; French
# "cet", "nous", "l'article", "une", "dans"; Spanish "este", "el", "una"; Italian "questo",
# "articolo", "notizia", "abbiamo"; Portuguese "o", "uma", "texto", "reportagem"), lowercase.
_NOTE_LEAD = _SPACES + "*([•"
_NOTE_INITIALS = frozenset("atrwidecluqoenhmspb")
# The opening words, each as the note pattern can start (a word that the pattern follows by
# ``\s`` is written with it; "l'" runs into its noun).
_NOTE_FIRST_WORDS = (
    r"an?\s",
    r"the\s",
    r"this\s",
    r"reuters\s",
    r"we\s",
    r"wir\s",
    r"nous\s",
    r"abbiamo\s",
    r"hemos\s",
    r"atualizamos\s",
    r"corrigimos\s",
    r"modificamos\s",
    r"esta\s",
    r"noticia\s",
    r"notícia\s",
    r"in\s",
    r"dieser?\s",
    r"der\s",
    r"einer?\s",
    r"die\s",
    r"cet\s",
    r"l[’']",
    r"article\s",
    r"dans\s",
    r"une\s",
    r"la\s",
    r"este\s",
    r"el\s",
    r"artículo\s",
    r"texto\s",
    r"en\s",
    r"una\s",
    r"questo\s",
    r"nella\s",
    r"story\s+(?:updated|corrected|amended)",
    r"post\s+(?:updated|corrected|amended)",
    r"updated\s+(?:with|to)\s",
    r"artikel\s",
    r"text\s+(?:aktualisiert|ergänzt|korrigiert|überarbeitet)",
    r"beitrag\s",
    r"meldung\s",
    r"aktualisiert\s+(?:mit|um)\s",
    r"ergänzt\s+(?:mit|um)\s",
    r"le\s+texte\s",
    r"texte\s",
    r"ci\s+scusiamo",  # the apologies over a note that ``_NOTE_LABEL`` reads
    r"due\s+to\s",  # the errors named before a note (``_ERROR_PREAMBLE``)
    r"because\s+of\s",
    r"owing\s+to\s",
    r"per\s+(?:un\s+)?errore",
    r"aufgrund\s+eines\s",
    r"wegen\s+eines\s",
    r"durch\s+einen\s",
    r"por\s+(?:un\s+|um\s+)?erro",
    r"à\s+la\s+suite\s",
    r"suite\s+à\s+une\s",
    r"par\s+une\s+erreur",
    r"devido\s",
    r"pedimos\s",
    r"questa\s",
    r"notizia\s",
    r"articolo\s",
    r"o\s",
    r"artigo\s",
    r"reportagem\s",
    r"em\s",
    r"uma\s",
)


def could_open_note(text: str) -> bool:
    """False only when ``text`` certainly does not start an unlabelled note sentence (exact for
    an ASCII first letter, as ``could_open_marker``): ~0.1 µs, where the pattern takes ~0.5."""
    initial = text.lstrip(_NOTE_LEAD)[:1]
    return not initial.isascii() or initial.lower() in _NOTE_INITIALS


# One pattern that every marker, note and advisory opening passes: the union of the three
# pre-checks, for a paragraph that must be asked all three. Story paragraphs fail it at their
# first word in ~0.3 µs, where the three checks and calls take ~1.5 µs. Its case folding is the
# full patterns' own (the same engine and flags), so it needs no ASCII-only rule.
def _opener_pattern(kinds: list[str], notes: list[str], advisory: bool) -> str:
    parts = [r"\s*\("] if advisory else []
    if kinds:
        parts.append(rf"[\s\[(*_>•–+-]*(?:{'|'.join(kinds)})")
    if notes:
        parts.append(rf"[\s*(\[•]*(?:{'|'.join(notes)})")
    return "|".join(parts) or r"(?!)"


# Each word as a pattern whose spaces take any run of spaces, as the full patterns' do.
_OPENINGS = [
    *sorted(
        re.escape(word).replace(r"\ ", r"\s+")
        for prefix in _KIND_PREFIXES
        for word in _WHOLE_WORD.get(prefix, (prefix,))
    ),
    r"fe\s",
]
_opener_re = _lazily(_opener_pattern(_OPENINGS, list(_NOTE_FIRST_WORDS), True), re.IGNORECASE)


@functools.cache
def _opener_for(initial: str) -> re.Pattern[str]:
    """The opener pattern's alternatives that begin with ``initial`` (an ASCII letter or digit)
    past their marks: a story line is asked a few alternatives, not all of them."""
    return re.compile(
        _opener_pattern(
            [k for k in _OPENINGS if k[0] == initial],
            [w for w in _NOTE_FIRST_WORDS if w[0] == initial],
            advisory=False,
        ),
        re.IGNORECASE,
    )


# What any alternative of the opener skips before its word.
_OPENER_LEAD = _SPACES + "[(*_>•–+-"


def could_open_block(text: str) -> bool:
    """False only when ``match_marker``, ``match_note`` and ``is_advisory`` all certainly fail.

    Exact: past the marks any alternative may skip, an ASCII letter picks the alternatives that
    can start there (each still matched from the line's start, with its own marks); "(" or any
    other character is left to the whole pattern."""
    initial = text.lstrip(_OPENER_LEAD)[:1].lower()
    if initial.isascii() and initial.isalnum() and text.lstrip()[:1] != "(":
        return _opener_for(initial).match(text) is not None
    return _opener_re().match(text) is not None


# The first two words every note opens with, lowercase: a first word, and the words that may
# follow it (None: any). Story sentences that open like a note ("The regional governor …",
# "In the morning …") are turned down here, without the pattern (~0.3 µs, where it takes ~1).
_EARLIER_WORDS = ["earlier", "previous", "prior", "original"]
_NOTE_PAIRS: dict[str, frozenset[str] | None] = {
    **dict.fromkeys(["an", "the"], frozenset([*_EARLIER_WORDS, "associated", "versão"])),
    "a": frozenset([*_EARLIER_WORDS, "associated", "versão", "notícia"]),
    "this": frozenset(["article", "story", "post", "report", "item"]),
    "reuters": None, "we": None, "article": None, "artículo": None, "texto": None,
    **dict.fromkeys(["story", "post"], frozenset(["updated", "corrected", "amended"])),
    "updated": frozenset(["with", "to"]),
    **dict.fromkeys(["artikel", "text", "beitrag", "meldung"],
                    frozenset(["aktualisiert", "ergänzt", "korrigiert", "überarbeitet"])),
    **dict.fromkeys(["aktualisiert", "ergänzt"], frozenset(["mit", "um"])),
    "le": frozenset(["texte"]), "texte": frozenset(["a"]),
    "wir": frozenset(["haben"]), "nous": frozenset(["avons"]), "abbiamo": None,
    "hemos": None, "atualizamos": None, "corrigimos": None, "modificamos": None,
    "esta": frozenset(["noticia", "notícia"]), "noticia": None, "notícia": None,
    "articolo": None, "artigo": None, "reportagem": None, "notizia": None,
    "in": frozenset(["a", "an", "einer", "eine", "die", "der", "una", "la"]),
    **dict.fromkeys(
        ["dieser", "der"], frozenset(["artikel", "beitrag", "text", "bericht", "liveblog", "ticker"])
    ),
    "diese": frozenset(["meldung"]),
    **dict.fromkeys(
        ["einer", "eine"],
        frozenset(["früheren", "frühere", "vorherigen", "vorherige", "ersten", "erste",
                   "ursprünglichen", "ursprüngliche"]),
    ),
    "die": frozenset(["früheren", "frühere", "vorherigen", "vorherige", "ersten", "erste",
                      "ursprüngliche",
                      "meldung"]),
    "cet": frozenset(["article"]), "dans": frozenset(["une", "la"]),
    **dict.fromkeys(
        ["une", "una"],
        frozenset(["précédente", "première", "ancienne", "version", "versión", "precedente",
                   "prima", "versione", "erreur"]),
    ),
    "la": frozenset(["précédente", "première", "ancienne", "version", "versión", "precedente",
                     "prima", "versione", "notizia", "noticia"]),
    **dict.fromkeys(["este", "el", "o"], frozenset(["artículo", "texto", "artigo", "reportagem"])),
    "en": frozenset(["una", "la"]), "questo": frozenset(["articolo"]),
    "questa": frozenset(["notizia"]), "nella": frozenset(["precedente", "prima", "versione"]),
    "em": frozenset(["uma", "a"]), "uma": frozenset(["versão"]),
}  # fmt: skip


def _opens_like_note(text: str) -> bool:
    """False only when ``text`` certainly does not open with a note's first two words (exact
    for text whose first words fold to lowercase as the pattern's IGNORECASE does)."""
    words = text.lstrip(_NOTE_LEAD)[:40].lower().split(None, 2)
    if not words:
        return False
    first = words[0]
    if first.startswith(("l'", "l’")):
        return True  # "l'article", "l'articolo", "l' article"
    if first not in _NOTE_PAIRS:
        return not first.isascii()
    allowed = _NOTE_PAIRS[first]
    return allowed is None or len(words) < 2 or words[1] in allowed or not words[1].isascii()


def tells_of_an_earlier_version(text: str) -> bool:
    """Whether a note's text says an earlier version was wrong ("In einer ersten Fassung hieß
    es …", "An earlier version of this story …"): a correction, whatever its label says."""
    return _earlier_version_re().search(text[:300]) is not None


def match_note(text: str) -> Marker | None:
    """An unlabelled correction/editor's-note sentence, as a Marker with an empty label; its
    stamp is the first date or time in its opening words ("Dieser Artikel wurde am 3. Mai
    2020 um 16:05 Uhr aktualisiert", "Article mis à jour le 5 mars 2024 à 12h40")."""
    if _ERROR_PREAMBLE.match(text) is not None and tells_of_an_earlier_version(text):
        # "Due to an editing error, an earlier version …", "Aufgrund eines Fehlers hieß es in
        # einer früheren Version …": the error named first, then the version it was in.
        return Marker(
            BlockKind.CORRECTION, "", _first_stamp(text[:200]), _note_text(text), note=True
        )
    label = _NOTE_LABEL.match(text)
    if label is not None:  # "Nota: questo articolo è stato aggiornato …": a label over a note
        inner = match_note(text[label.end() :])
        if inner is None:
            return None
        prefix = label[0].strip()
        joined = f"{prefix} {inner.label}" if inner.label else prefix
        return Marker(inner.kind, joined, inner.stamp, inner.rest, note=True)
    if not could_open_note(text) or not _opens_like_note(text):
        return None
    opening = _note_re().match(text)
    if opening is None:
        return None
    if _CLARIFIES.search(text[:200]) and not _WITH_DETAILS.search(text[:200]):
        kind = BlockKind.CLARIFICATION
    elif _earlier_version_re().search(text[:200]) or _note_correction_re().search(text):
        kind = BlockKind.CORRECTION
    elif _update_verb_re().search(opening[0]):
        return _update_note(text, opening.end())
    else:
        kind = BlockKind.EDITORS_NOTE
    return Marker(kind, "", _first_stamp(text[:200]), _note_text(text), note=True)


_CLARIFIES = re.compile(
    r"\b(?:clarif|klargestellt|précis|aclar|chiari|esclarec|make\s+clear|made\s+clear)",
    re.IGNORECASE,
)
# "Cet article a été mis à jour avec les précisions de la préfecture": updated with details,
# which French calls "précisions", not a clarification.
_WITH_DETAILS = re.compile(r"\bavec\s+(?:les|des|de\s+nouvelles)\s+précisions\b", re.IGNORECASE)


# A correction that names the story it corrects, by its subject or its day ("A Dec. 5 story
# about a Hillsboro brewery …", "Im Bericht über den Haushalt …", "Dans notre édition du 4
# décembre …"), is about another story: a note on this one says "this story" or nothing.
_PIECE = (
    r"(?:story|article|report|photo(?:graph)?|caption|headline|column|editorial|graphic"
    r"|obituary|review|Bericht|Artikel|Meldung|Beitrag|Foto|Bildunterschrift|Kommentar|Ausgabe"
    r"|édition|papier|reportage|légende|brève|chronique|articolo|edizione|didascalia"
    r"|artículo|edición|crónica|artigo|edição|reportagem|matéria)"
)
_FEW_WORDS = r"(?:[\w.-]+\s+){0,3}?"  # no possessive: "the council's report" is a document
_DAY = rf"(?:{_MONTH}\.?\s+\d{{1,2}}\b|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH}|{_WEEKDAY}(?:[’']s)?)"
_another_story_re = _lazily(
    rf"""
    ^[\s*(\[]*(?:[\w’']+\s+){{0,4}}?
    (?:(?:an?|the|our|im|in\s+(?:dem|der|einem|einer|unserer)|der|die|das|l[’']|dans\s+(?:l[’']|notre|un|une)
        |notre|nell[’']|nel|nella|il|lo|la|el|en\s+(?:el|la|nuestra)|o|na|no|um|uma)\s*
     (?:{_DAY}\s+)?{_FEW_WORDS}{_PIECE}\s+
     (?:about|on\s+{_DAY}|from\s+{_DAY}|published\s+(?:on\s+)?{_DAY}|über|zu[mr]?\s|vom\s+\d
        |\(Ausgabe|sur|consacrée?|du\s+\d|su[li]?\b|sulla|dedicat|del\s+\d|sobre|de\s+\d)
    | (?:an?|the)\s+{_DAY}\s+{_FEW_WORDS}{_PIECE}\b
    | (?:we\s+(?:wrote|reported|said)|nous\s+avons\s+(?:écrit|indiqué|annoncé)
        |(?:haben\s+)?wir\s+(?:geschrieben|berichtet|schrieben|berichteten)
        |abbiamo\s+(?:scritto|riportato)|(?:hemos\s+)?(?:escrito|publicado|escribimos|publicamos))
      \s+(?:on\s+|le\s+|am\s+|il\s+|el\s+)?{_DAY})
    """,
    re.IGNORECASE | re.VERBOSE,
)


def corrects_another_story(text: str) -> bool:
    """Whether a correction names another story as the one it corrects ("A report on December
    5 about the Bandon bypass misstated …", "L'article sur le budget de Lunéville …"): a
    corrections column's item, not a note on this story."""
    return _another_story_re().search(text[:160]) is not None


# A generic label some sites put over an unlabelled note sentence.
# An error named before the note says where it was ("Due to an editing error, …", "Per un
# errore, …", "Aufgrund eines Übertragungsfehlers …", "À la suite d'une erreur, …").
_ERROR_PREAMBLE = re.compile(
    r"[\s*(\[•]*(?:(?:due\s+to|because\s+of|owing\s+to)\s+an?\s+(?:[\w-]+\s+)?error"
    r"|per\s+(?:un\s+)?errore|(?:aufgrund|wegen)\s+eines\s+[\w-]*fehlers|durch\s+einen\s+[\w-]*fehler"
    r"|por\s+(?:un\s+|um\s+)?erro(?:r)?|(?:à\s+la\s+suite\s+d[’']une|suite\s+à\s+une|en\s+raison"
    r"\s+d[’']une|par\s+une)\s+erreur|devido\s+a\s+um\s+erro)\b",
    re.IGNORECASE,
)
_NOTE_LABEL = re.compile(
    r"[\s*(\[•]*(?:note|nota|n\.\s?b\.|nb|nota\s+bene|hinweis|remarque|nachbemerkung|anmerkung"
    # An apology over the note ("Ci scusiamo con i lettori: nella prima versione …").
    r"|we\s+apologi[sz]e(?:\s+for\s+the\s+error)?|ci\s+scusiamo(?:\s+con\s+i\s+(?:nostri\s+)?lettori)?"
    r"|nous\s+(?:nous\s+excusons|présentons\s+nos\s+excuses)(?:\s+(?:à|auprès\s+de)\s+nos\s+lecteurs)?"
    r"|wir\s+bitten,?\s+(?:um\s+entschuldigung|den\s+fehler\s+zu\s+entschuldigen)"
    r"|pedimos\s+(?:disculpas|desculpas)(?:\s+a\s+(?:nuestros|nossos)\s+(?:lectores|leitores))?)"
    r"\s*:\s*",
    re.IGNORECASE,
)


_update_verb_re = _lazily(
    r"\b(?:updated|aktualisiert|ergänzt|mis\s+à\s+jour|actualisé|complété|actualizad[oa]|actualiza(?:ndo)?"
    r"|aggiornat[oa]|atualizad[oa]|atualizamos)\b",
    re.IGNORECASE,
)


def _update_note(text: str, opening_end: int) -> Marker:
    """A note that says the article was updated ("Article mis à jour le 5 mars 2024 à 17h40
    avec …"): an update labelled by its opening words, through the stamp right after them;
    its text is what follows that stamp, else the whole sentence (never the next paragraph)."""
    start = opening_end + len(text[opening_end:]) - len(text[opening_end:].lstrip())
    span = match_stamp(text, start)
    if span is None:
        label = text[:opening_end].strip().lstrip(_NOTE_MARKS).strip()
        return Marker(
            BlockKind.UPDATE, label, _first_stamp(text[:200]), _note_text(text), note=True
        )
    label = text[: span[1]].strip().lstrip(_NOTE_MARKS).strip()
    rest = _unbracketed(text, text[span[1] :].lstrip(" ,:;.–—-").strip())
    if not rest.rstrip("."):
        # "Article mis à jour le 6 décembre 2026 à 22h40" alone: the note is its own sentence,
        # and the paragraph under it is the story's, not its text.
        rest = _note_text(text)
    return Marker(BlockKind.UPDATE, label, text[span[0] : span[1]].strip(), rest, note=True)


def _first_stamp(text: str) -> str | None:
    """The first stamp in ``text``, if any."""
    span = find_stamp(text)
    return None if span is None else text[span[0] : span[1]].strip()


_bare_stamp_re = _lazily(
    rf"^[\s|·•(\[]*(?:(?:{_WEEKDAY}),?\s*)?(?:{_STAMP})(?:\s*{_TZ})?[\s|·•)\].]*$", re.IGNORECASE
)
# What ``^[\s|·•(\[]*`` skips in it, and the weekday that may open it.
_BARE_LEAD = _SPACES + "|·•(["
_weekday_re = _lazily(f"(?:{_WEEKDAY})", re.IGNORECASE)


def is_bare_stamp(text: str) -> bool:
    """True for a line that is only a date/time ("13.02 BST", "January 3, 2020")."""
    return (
        len(text) < 120
        and could_be_stamp(text)
        and _opens_like_bare_stamp(text)
        and (_bare_stamp_re().match(text) is not None)
    )


def _opens_like_bare_stamp(text: str) -> bool:
    """False only when the bare-stamp pattern certainly fails: after its lead (which no weekday,
    date or time starts with, so the engine never gives any of it back) comes a weekday or the
    start of a stamp. ~1 µs, and spares compiling that pattern (~13 ms) for a page whose only
    stamped lines are markers such as "UPDATE: 3:30pm EST—"."""
    start = len(text) - len(text.lstrip(_BARE_LEAD))
    return _weekday_re().match(text, start) is not None or stamp_starts_at(text, start)


def headline_is_updated(headline: str) -> bool:
    """True for "… (Updated)", "… [UPDATE 3]", "UPDATE 2-…" and the like."""
    return _headline_updated_re().search(headline) is not None


def is_advisory(text: str) -> bool:
    """A wire advisory line such as "(Adds minister's reaction in paragraph 3)"."""
    # Every advisory opens with "(": a test ~10x cheaper than the pattern's failure.
    return text.lstrip()[:1] == "(" and _advisory_re().match(text) is not None
