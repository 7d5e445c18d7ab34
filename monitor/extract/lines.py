"""Standalone lines that are not article text, and lines that open the story.

* ``read_dateline`` — a short line that only states when the page was published/updated
  ("Updated Jan. 3, 2020 6:15 p.m. ET", "Published 5:10 p.m. ET | Updated 6:15 p.m. ET",
  "Last updated: …", "Stand: 03.01.2020, 18:15 Uhr"). It changes on every edit, so it is noise,
  not body text, and not an update block. "Updated …" is also how update markers open; a line
  made only of "Updated" and a stamp is a dateline unless it is set off like a marker (bold,
  a heading) — and a line ending in ":" or "—", or followed by text, never matches.
* ``is_separator`` — the line that ends prepended updates and introduces the story below them
  ("Original story:", "Earlier:", "Our original report follows:", "Ursprüngliche Meldung:",
  "Article original :", "Noticia original:"). The line itself is not body text.
* ``opens_with_dateline_city`` — a wire lede ("BAGHDAD (AP) — …", "LONDON, Jan 3 (Reuters) -"):
  the story's first paragraph, so whatever sits above it is not.
* ``is_boilerplate_heading`` — a heading over links or sign-up prompts ("Related coverage",
  "Sign up for our newsletter", "Lesen Sie auch"), whose section is page furniture.

All tests are on normalised text and cheap to fail: a prefix/length check before any pattern.
"""

from __future__ import annotations

import enum
import functools
import re

from monitor.markers import STAMP_PATTERN, could_hold_stamp
from monitor.markers.grammar import find_stamp

# ---------------------------------------------------------------------------------------------
# Datelines.

_PLAIN_LABELS = (
    r"(?:last|first|originally)\s+(?:updated|published|posted|modified)|published|posted"
    r"|modified|zuletzt\s+aktualisiert|erstveröffentlichung|veröffentlicht|stand"
    r"|dernière\s+mise\s+à\s+jour|publié|modifié|última\s+actualización|publicado|modificado"
    r"|ultimo\s+aggiornamento|pubblicato|modificato|última\s+atualização|atualizado\s+pela\s+última"
)
# Labels that also open update markers ("Updated 7:10 p.m. ET: Police said …").
_MARKER_LABELS = r"updated|aktualisiert|mis\s+à\s+jour|actualisé|actualizado|aggiornato|atualizado"
_CONNECTOR = (
    r"(?:\s*[:–—-])?\s*(?:(?:at|on|am|um|le|el|il|em|às|à|a\s+las?|alle|a)(?:\s*:)?\s+)?(?::\s*)?"
)
_PART = rf"(?:{_PLAIN_LABELS}|(?P<ambiguous>{_MARKER_LABELS})){_CONNECTOR}(?:{STAMP_PATTERN})"
_PART_AFTER = rf"(?:{_PLAIN_LABELS}|{_MARKER_LABELS}){_CONNECTOR}(?:{STAMP_PATTERN})"
_JOINER = r"\s*(?:[|·•/;,]|\band\b|\bund\b|\bet\b|\by\b)?\s*"
# The labels' first words, as a prefix test (the pattern then checks the whole word).
_FIRST_WORDS = (
    "updated", "published", "posted", "modified", "last", "first", "originally", "zuletzt",
    "erstveröffentlichung", "veröffentlicht", "stand", "dernière", "publié", "modifié",
    "última", "publicado", "modificado", "aktualisiert", "mis", "actualisé", "actualizado",
    "ultimo", "pubblicato", "modificato", "aggiornato", "atualizado",
)  # fmt: skip
_FIRST_TWO = frozenset(word[:2] for word in _FIRST_WORDS)
# The place a dateline names after a dash ("Published - December 06, 2026 08:10 pm IST -
# CHENNAI"), in capitals.
_PLACE = r"(?-i:\s+[–—-]\s+[A-Z][A-Z .'-]{1,30})"
_LEADING_MARKS = " |·•([*_"


@functools.cache
def _dateline_re() -> re.Pattern[str]:
    # Compiled on first use: it repeats the stamp grammar, which is slow to compile.
    return re.compile(
        rf"[ |·•(\[*_]*(?:(?:{STAMP_PATTERN}){_JOINER})?{_PART}(?:{_JOINER}{_PART_AFTER}){{0,3}}"
        rf"{_PLACE}?[\s.)\]]*",
        re.IGNORECASE,
    )


def _could_be_dateline(text: str) -> bool:
    """False only when ``text`` certainly does not open with a dateline label: ~0.3 µs, where
    the pattern takes several times that to fail, and every unit of every page is asked.

    Only the ASCII part of the head decides: the pattern's case folding has special cases beyond
    ASCII ("K" for KELVIN SIGN), while an ASCII letter matches only itself in either case, and
    no ASCII character matches a label's non-ASCII letter."""
    head = text[:2].lower()
    if text[:1].isdigit():  # "06/12/2026 12:30 | Actualizado a …": a stamp, then the label
        lowered = text.lower()
        return any(word in lowered for word in _FIRST_WORDS)
    if head.isascii() and head not in _FIRST_TWO and text[:1] not in _LEADING_MARKS:
        return False
    words = text.lstrip(_LEADING_MARKS)[:24]
    if words.isascii():
        return words.lower().startswith(_FIRST_WORDS)
    known = words[: next(i for i, char in enumerate(words) if not char.isascii())].lower()
    return any(
        word.startswith(known) if len(word) > len(known) else known.startswith(word)
        for word in _FIRST_WORDS
    )


# "06/12/2026 - 09:00": a dash between a date and its time.
_DATE_DASH_TIME = re.compile(r"(\d{4})\s+[-–]\s+(?=\d{1,2}[:.h]\d{2})")


class Dateline(enum.Enum):
    CERTAIN = "certain"  # "Published …", "Last updated …": only datelines say that
    UNLESS_SET_OFF = "unless set off"  # "Updated …": a marker when bold or a heading


def read_dateline(text: str) -> Dateline | None:
    """What kind of standalone published/updated line ``text`` is, if it is one."""
    if len(text) > 160:
        return None
    text = text.rstrip(_TRAILING_SEPARATORS)  # "Posted: Fri 6:45 PM, Feb 16, 2018 |", cut by markup
    whole = _whole_dateline(text)
    if whole is None and ("·" in text or "|" in text or "•" in text or " / " in text):
        parts = _META_SEPARATOR.split(text)
        return _dateline_among_parts(parts) if len(parts) > 1 else None
    return whole


def _whole_dateline(text: str) -> Dateline | None:
    if not _could_be_dateline(text) or not could_hold_stamp(text):
        return None  # (the stamp check spares compiling the pattern for "Updated 2 hours ago")
    found = _dateline_re().fullmatch(_DATE_DASH_TIME.sub(r"\1 ", text))
    if found is None:
        return None
    return Dateline.UNLESS_SET_OFF if found["ambiguous"] else Dateline.CERTAIN


_META_SEPARATOR = re.compile(r"\s+[·|•/]\s+")
_TRAILING_SEPARATORS = " ·|•"
_META_PART = 40  # an author's name or a reading time beside the dateline, not a sentence


# "By Jane Roe on Dec. 6, 2026", "Rédigé par la rédaction le Dimanche 6 Décembre 2026 à 07:45":
# who wrote the story and when, beside the dateline.
_DATED_BYLINE = re.compile(
    r"(?:(?:written|posted|published)\s+)?by|(?:rédigé|écrit|publié)\s+par|par|von|di|por"
    r"|(?:scritto|pubblicato)\s+da|(?:escrito|publicado)\s+por",
    re.IGNORECASE,
)
_LONGEST_DATED_BYLINE = 90
_ARTICLES = frozenset(["the", "la", "le", "les", "l'", "der", "die", "das", "il", "lo", "el", "a"])


def _dated_byline(part: str) -> bool:
    found = _DATED_BYLINE.match(part)
    if found is None or len(part) > _LONGEST_DATED_BYLINE:
        return False
    author = part[found.end() :].split(maxsplit=1)
    return (
        part[found.end() : found.end() + 1] == " "
        and bool(author)
        and (author[0][:1].isupper() or author[0].lower() in _ARTICLES)  # not "Par ailleurs"
        and find_stamp(part) is not None
    )


def _dateline_among_parts(parts: list[str]) -> Dateline | None:
    """A dateline set between short meta parts ("Marion Leclerc · Publié le 06/12/26 à 16h05",
    "06.12.2026, 16:40 · Lesezeit 3 Min."): the line is a dateline when one part is and the
    others are short."""
    if len(parts) > 4 or any(len(part) > _META_PART and not _dated_byline(part) for part in parts):
        return None
    found = [reading for part in parts if (reading := _whole_dateline(part)) is not None]
    return found[0] if found else None


# ---------------------------------------------------------------------------------------------
# Separators between prepended updates and the story.

_SEPARATOR = re.compile(
    r"""(?:(?:here\s+is|here's|below\s+is|what\s+follows\s+is)\s+)?(?:the\s+|our\s+)?
        (?:original|earlier|previous|initial)\s+(?:story|report|post|article|item|dispatch)
        (?:\s+(?:follows|is\s+below|below|continues\s+below))?
      | earlier | previously | earlier\s+coverage
      | (?:die\s+)?ursprüngliche\s+(?:meldung|nachricht|fassung)
      | (?:der\s+)?ursprünglicher\s+(?:artikel|text|bericht) | erstmeldung | vorherige\s+meldung
      | (?:l'|notre\s+)?article\s+(?:original|initial|d'origine) | (?:la\s+)?dépêche\s+initiale
      | (?:notre\s+)?article\s+précédent | précédemment
      | (?:la\s+)?(?:noticia|nota|información)\s+original | (?:el\s+)?artículo\s+original
      | noticia\s+anterior | anteriormente""",
    re.VERBOSE,
)
_SEPARATOR_TRIM = " \t*_()[]:.…—–-"


def _folded(text: str) -> str:
    return text.replace("\u2019", "'").strip(_SEPARATOR_TRIM).lower()


def is_separator(text: str) -> bool:
    """True for "Original story:", "Earlier:", "Ursprüngliche Meldung:" and the like."""
    return len(text) <= 60 and _SEPARATOR.fullmatch(" ".join(_folded(text).split())) is not None


# ---------------------------------------------------------------------------------------------
# Wire ledes.

_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+"
_LEDE = re.compile(
    rf"(?:{_CAPS_WORD})(?:\s+{_CAPS_WORD}){{0,3}}"  # BAGHDAD / NEW YORK / RIO DE JANEIRO
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"  # , Ukraine
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # , Jan 3
    r"\s*(?:\([^()]{2,30}\)\s*)?"  # (AP)
    r"(?:[—–]|--?\s)"
)


def opens_with_dateline_city(text: str) -> bool:
    """True for a wire lede: "BAGHDAD (AP) — …", "NEW YORK — …", "LONDON, Jan 3 (Reuters) - …"."""
    return text[:2].isupper() and _LEDE.match(text[:80]) is not None


# ---------------------------------------------------------------------------------------------
# Boilerplate headings.

_BOILERPLATE_HEADING = re.compile(
    r"""related(?:\s+(?:coverage|stories|articles|content|reading|links|news|posts|videos?))?
      | more\s+(?:on|about)\s+(?:this|the)\s+(?:story|topic|subject) | more\s+coverage
      | more\s+(?:stories|news|from\s+.{1,40}) | read\s+(?:more|next|also)(?:\s*:.*)?
      | further\s+reading | see\s+also | also\s+read | you\s+(?:may|might)\s+also\s+like
      | recommended(?:\s+for\s+you)? | most\s+(?:read|popular|viewed|shared)
      | (?:trending|popular)(?:\s+now|\s+on\s+.{1,40})? | don't\s+miss
      | more\s+(?:\w+\s+){1,3}stories | tags?\s*:?(?:\s.*)? | topics\s*:?(?:\s.*)? | more\s*:
      | filed\s+under\s*:.* | tell\s+us\s+what\s+you\s+think.* | have\s+your\s+say.* | follow\s+us.* | share\s+this.*
      | .*\bnewsletters?\b.* | .*\bsign\s+up\b.* | subscribe\b.* | .*\bin\s+your\s+inbox
      | mehr\s+zum\s+thema | lesen\s+sie\s+auch | das\s+könnte\s+sie\s+auch\s+interessieren
      | weitere\s+artikel | (?:à\s+)?lire\s+aussi | sur\s+le\s+même\s+sujet | à\s+voir\s+aussi
      | te\s+puede\s+interesar | noticias\s+relacionadas | lee\s+también | suscríbete\b.*
      | (?:more\s+|mehr\s+|les\s+|altri\s+|i\s+|más\s+|nos\s+|ultimi\s+|aktuelle\s+|latest\s+|unsere\s+)?
        vid[ée]os?(?:\s+(?:del\s+giorno|du\s+jour|of\s+the\s+day|zum\s+thema))?
      | watch\s*\|? | info\s+trafic | trafic | traffic(?:\s+updates?)? | verkehr(?:slage)? | viabilità
      | wetter | weather | météo | meteo | el\s+tiempo | unsere\s+app | notre\s+appli(?:cation)?
      | watch\s+(?:next|more|now) | guarda\s+anche | da\s+non\s+perdere | per\s+approfondire
      | correlati | ti\s+potrebbe\s+interessare | potrebbe\s+interessarti | à\s+découvrir
      | vous\s+aimerez\s+aussi | ne\s+manquez\s+pas | auch\s+interessant | nicht\s+verpassen
      | (?:tages)?horoskop | horoscope | oroscopo | horóscopo | partnerinhalt | partner\s+content
      | in\s+collaborazione\s+con | contenu\s+partenaire | en\s+partenariat\s+avec | anzeige
      | stellenangebote | jobs?(?:\s+in\s+.{1,30})? | offres\s+d'emploi | offerte\s+di\s+lavoro
      | immobilien | immobilier | annonces | trending(?:\s+topics)? | top\s+news | breaking\s+news""",
    re.VERBOSE,
)


def is_boilerplate_heading(text: str) -> bool:
    """True for a heading over related links or sign-up prompts (its section is furniture)."""
    return len(text) <= 80 and _BOILERPLATE_HEADING.fullmatch(_folded(text)) is not None


# The publisher's pitch after a story: follow us, sign up, send us tips, tell us what you think.
_PROMO = re.compile(
    r"""\bfollow\s+(?:us|him|her|them|[\w.@'’-]+(?:\s+[\w.@'’-]+){0,5})\s+on\s+
          (?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\b
      | \b(?:sign\s+up|subscribe)\b.{0,80}\b(?:newsletters?|inbox|today|free)\b
      | \bnewsletters?\b.{0,60}\b(?:inbox|sign\s+up|subscribe)\b
      | \bdelivered\s+(?:to|through|straight\s+to)\s+your\s+(?:inbox|letterbox|door)
      | \bhave\s+a\s+(?:news\s+)?tip\b | \b(?:may|can)\s+be\s+reached\s+at\b
      | \bgive\s+us\s+(?:your\s+)?feedback\b | \bclick\s+here\s+for\s+more\b
      | \bshare\s+(?:it|this(?:\s+(?:story|article))?)\s+with\s+(?:a\s+friend|friends|your\s+friends)\b
      | \bfolgen\s+sie\s+(?:uns|\w+)\s+(?:auch\s+)?(?:auf|bei)\s+(?:twitter|facebook|instagram|x)\b
      | \babonnieren\s+sie\b | \bsuivez[- ]nous\b | \babonnez[- ]vous\b | \bsíguenos\b
      | \bsuscríbete\b | \bseguici\s+su\b | \biscriviti\b | \bsiga[- ]nos\b""",
    re.IGNORECASE | re.VERBOSE,
)
_LONGEST_PROMO = 300


def is_sign_off_promo(text: str) -> bool:
    """A line of the publisher's own after the story ("Follow Newsbeat on Instagram", "Sign up
    for our daily newsletter", "Have a tip? … may be reached at …", "Tags: …"), not story text."""
    if len(text) <= 80 and is_boilerplate_heading(text):
        return True
    if len(text) > _LONGEST_PROMO:
        return False
    lowered = text.lower()
    return any(word in lowered for word in _PROMO_WORDS) and _PROMO.search(text) is not None


# A word each alternative of _PROMO holds, in lowercase: the pattern, which costs ~30 µs a line,
# runs only on lines with one (this test costs ~2 µs).
_PROMO_WORDS = (
    "follow", "sign", "subscri", "newsletter", "deliver", "tip", "reached", "feedback", "share",
    "click", "folgen", "abonnier", "suivez", "abonnez", "síguenos", "suscr", "seguici",
    "iscriviti", "siga",
)  # fmt: skip


# A label alone on its line that says what follows is paid for.
_AD_LABEL = re.compile(
    r"[\s\[(*-]*(?:advertisement|advert|ad|sponsored(?:\s+(?:content|post))?|promoted"
    r"|paid\s+(?:content|post|partnership)|partner\s+content|anzeige|werbung|bezahlter\s+inhalt"
    r"|gesponsert|sponsorisé|sponsorizzato|patrocinado|publireportage|werbeanzeige|partnerinhalt"
    r"|in\s+collaborazione\s+con|en\s+partenariat\s+avec|in\s+partnership\s+with|presented\s+by"
    r"|präsentiert\s+von|contenu\s+partenaire|partner\s+content"
    r"|publicité|annonce|contenu\s+(?:sponsorisé|partenaire)|publicidad|anuncio"
    r"|contenido\s+patrocinado|pubblicità|annuncio|contenuto\s+sponsorizzato|publicidade"
    r"|anúncio|conteúdo\s+patrocinado|iklan|reklame|reklama|reklam|advertentie|annonse|annons"
    r"|mainos|hirdetés|publicitate|reclame)[\s\])*:.-]*",
    re.IGNORECASE,
)
_LONGEST_AD_LABEL = 40


def is_ad_label(text: str) -> bool:
    """A label alone on its line that says what follows is paid for ("Advertisement",
    "Anzeige", "Publicité", "Contenuto sponsorizzato")."""
    return len(text) <= _LONGEST_AD_LABEL and _AD_LABEL.fullmatch(text) is not None
