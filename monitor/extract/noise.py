"""Furniture inside the article body, told apart from story text by what a reader sees.

CMSs slot teasers, promos, widgets and sign-up boxes between the story's paragraphs, with class
names that change from site to site and from deploy to deploy, so these tests read the units'
text and link share rather than markup:

* a teaser: a unit that opens with a teaser label ("Related:", "Read more:", "Lesen Sie auch",
  "À lire aussi", "Lee también", "Leggi anche", "Leia também", …), or is only an ad label
  ("Advertisement", "Sponsored", "Anzeige", "Publicité", …);
* a link unit: most of its text is the text of links to other pages;
* a widget: a short reading of a number with a unit (a temperature, a market quote with a signed
  percentage, a reader or share count, a reading time, which grows with every update);
* a furniture section: a comment section opened by its heading, or a small box of short lines
  opened by a newsletter heading or prompt or an ad label, with everything in the element it
  opens (``Unit.groups``).

A unit that carries an update or correction marker, or sits in an update box, is never furniture.
Pure: units in, units out.
"""

from __future__ import annotations

import re

from monitor.extract.dom import Unit
from monitor.extract.lines import is_ad_label, read_dateline
from monitor.markers import is_bare_stamp, match_marker
from monitor.markers.clocks import could_open_clock, match_clock_lead

# A unit at least this much of whose text is link text is a link to elsewhere, not story text.
_LINK_SHARE = 0.75
# Longer units are story text even when they open with a label or are mostly links.
_LONGEST_TEASER = 320
_LONGEST_WIDGET = 60
_LONGEST_LABEL = 40
# A furniture section is dropped whole only while it is a minor part of the container's text.
_SECTION_SHARE = 0.4

_TEASER_LABELS = r"""
    related(?:\s+(?:stories|story|coverage|articles?|content|news|reading|links?|videos?))?
  | read\s+(?:more|also|next) | also\s+read | see\s+also | more\s+(?:on\s+this|from\s+[^:]{1,40})
  | recommended | sponsored(?:\s+(?:content|post|story|links?))? | advertisement
  | lesen\s+sie\s+(?:auch|mehr) | mehr\s+zum\s+thema | zum\s+thema | siehe\s+auch
  | (?:à\s+)?lire\s+(?:aussi|également|la\s+suite) | voir\s+aussi | publicité
  | lee\s+(?:también|más) | te\s+puede\s+interesar | noticias\s+relacionadas | publicidad
  | leggi\s+(?:anche|pure|altro) | potrebbe\s+interessarti | articoli\s+correlati | pubblicità
  | leia\s+(?:também|mais) | veja\s+também | notícias\s+relacionadas | publicidade
  | umfrage | sondage | sondaggio | encuesta | enquete | poll | quiz
  | now\s+playing | en\s+cours\s+de\s+lecture | in\s+riproduzione | läuft\s+gerade | reproduciendo
  | quote\s+of\s+the\s+day | zitat\s+des\s+tages | (?:la\s+)?citation\s+du\s+jour
  | (?:la\s+)?(?:citazione|frase)\s+del\s+giorno | (?:la\s+)?frase\s+del\s+día | frase\s+do\s+dia
  | (?:on|about)\s+the\s+same\s+(?:topic|subject) | (?:sur\s+le\s+)?même\s+sujet
  | sullo\s+stesso\s+(?:tema|argomento) | zum\s+gleichen\s+thema | sobre\s+el\s+mismo\s+tema
  | sobre\s+o\s+mesmo\s+(?:tema|assunto)
  | (?:the\s+)?(?:word|photo|picture|image|saint|joke|tip)\s+of\s+the\s+day
  | (?:le\s+|la\s+)?(?:mot|photo|image|saint|dessin|blague)\s+du\s+jour
  | (?:das\s+|der\s+)?(?:wort|foto|bild|heilige|witz|tipp)\s+des\s+tages
  | (?:il\s+|la\s+)?(?:parola|foto|immagine|santo|vignetta)\s+del\s+giorno
  | (?:la\s+|el\s+)?(?:palabra|foto|imagen|santo|chiste)\s+del\s+día
  | empfehlung(?:\s+der\s+redaktion)? | auch\s+interessant | das\s+könnte\s+sie\s+(?:auch\s+)?interessieren
  | you\s+(?:may|might)\s+also\s+like | à\s+découvrir(?:\s+aussi)? | consigliati | scelti\s+per\s+te
"""
# What is paid for, by the names newsrooms print over it: a teaser label here, and the opening of
# a paragraph or a block that says it is paid for in ``classify.topic``.
PAID_NAMES = (
    r"sponsored\s+(?:content|post|story|links?)|paid\s+(?:content|post|partnership)"
    r"|partner\s+content|from\s+our\s+sponsors|promoted|advertorial"
    r"|(?:from\s+(?:our|the)\s+)?brand\s*studio"
    r"|werbung|werbeanzeige|anzeige|gesponsert(?:er\s+inhalt)?|bezahlter\s+inhalt|partnerinhalt"
    r"|publi-?(?:information|reportage|rédactionnel|communiqué)"
    r"|contenu\s+(?:sponsorisé|partenaire|commandité)"
    r"|pubbliredazionale|publiredazionale|contenuto\s+(?:sponsorizzato|offerto)|sponsorizzato"
    r"|spazio\s+(?:promozionale|pubblicitario)|informazione\s+pubblicitaria"
    r"|(?:contenido\s+)?patrocinado|publirreportaje|conteúdo\s+patrocinado"
)
_TEASER_LABELS += f"|{PAID_NAMES}"
# A trivia box's question label, its fact after it ("Did you know? Octopuses have three hearts").
_TRIVIA_LABELS = (
    r"did\s+you\s+know|wussten\s+sie\s+(?:schon|das)|schon\s+gewusst|le\s+saviez-vous"
    r"|saviez-vous\s+que|lo\s+sapevate|lo\s+sapevi"
)
# The label, then the end of the unit or a separator and the teaser's text.
_TEASER = re.compile(
    rf"[\s\[(*»›▶►•|–—-]*(?:(?:{_TEASER_LABELS})\s*(?:$|[:|»›▶►•—–-]|\s[»›▶►•—–-]|\s*[)\]])"
    rf"|(?:{_TRIVIA_LABELS})\s*[?:])",
    re.IGNORECASE | re.VERBOSE,
)
_LEADING_MARKS = " [(*»›▶►•|–—-"
# The first words of the labels in _TEASER_LABELS; their first two characters are the prefilter.
_TEASER_WORDS = (
    "related", "read", "also", "see", "more", "recommended", "sponsored", "advertisement",
    "lesen", "mehr", "zum", "anzeige", "siehe", "à", "lire", "voir", "publicité", "lee", "te",
    "noticias", "publicidad", "leggi", "potrebbe", "articoli", "pubblicità", "leia", "veja",
    "notícias", "publicidade", "la", "now", "en", "in", "läuft", "reproduciendo", "quote", "zitat", "citation", "citazione", "frase", "umfrage", "sondage", "sondaggio", "encuesta", "enquete", "poll",
    "quiz", "empfehlung", "auch", "das", "you", "consigliati", "scelti", "the", "word", "photo",
    "picture", "image", "saint", "joke", "tip", "le", "mot", "dessin", "blague", "der", "wort",
    "foto", "bild", "heilige", "witz", "tipp", "il", "parola", "immagine", "santo", "vignetta",
    "palabra", "imagen", "chiste", "el", "werbung", "werbeanzeige", "gesponsert", "bezahlter",
    "partnerinhalt", "promoted", "paid", "partner", "from", "publi", "contenu", "pubbliredazionale",
    "publiredazionale", "contenuto", "sponsorizzato", "spazio", "informazione", "contenido",
    "patrocinado", "publirreportaje", "conteúdo", "on", "about", "sur", "même", "sullo", "sobre",
    "advertorial", "brand", "did", "wussten", "schon", "saviez-vous", "lo",
)  # fmt: skip
_TEASER_HEADS = frozenset(f"{word} "[:2] for word in _TEASER_WORDS)
_NUMBER = r"[-+−]?\d[\d.,\s]*"
# The badge of a live entry kept on top of the feed out of time order.
_PIN_BADGE = (
    r"pinned(?:\s+post)?|angepinnt|fixiert|épinglé|in\s+evidenza|fissato|fijado|destacado|fixado"
)
_OPENS_WITH_PIN = re.compile(rf"(?:{_PIN_BADGE})\b", re.IGNORECASE)


def opens_with_pin_badge(text: str) -> bool:
    """Whether ``text`` opens with a pinned entry's badge ("Angepinnt", "In evidenza")."""
    return _OPENS_WITH_PIN.match(text) is not None


_WIDGET = re.compile(
    rf"""(?:
        [^.!?]{{0,30}}{_NUMBER}\s*°\s*[CF]?(?![a-z])[^.!?]*                  # 12°C, 7° / 2°
      | [^.!?]{{0,30}}{_NUMBER}\s*[kKmM]?\s+
          (?:readers?|views?|reads?|shares?|likes?|reactions?|followers?|comments?
            |leser|lecteurs?|lectores?|lettori|leitores?|kommentare?|commentaires?|comentarios?
            |commenti|comentários?|votes?|stimmen|voix|voti|votos)\b[^.!?]*  # 1,343 readers
      | (?:[^.!?\d]{{1,20}}{_NUMBER}\s+[-+−]\d+(?:[.,]\d+)?\s*%\s*){{1,4}}.*  # DAX 15,000 +0.3%
      | (?:reading\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura
          |tempo\s+di\s+lettura|tempo\s+de\s+leitura)\s*:?\s*(?:ca\.\s*)?\d+\s*[^\W\d]*\.?
      | \d+\s*-?\s*(?:min(?:ute)?s?|minuten|minutos?|minuti)\.?\s+
          (?:read|lesezeit|de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura)  # 4 min read
      | (?:live(?:\s+updates?)?|live-?blog|live-?ticker|news-?ticker|en\s+direct|en\s+vivo
          |directo|(?:in\s+)?diretta|ao\s+vivo|member-only\s+story
          |{_PIN_BADGE}|jetzt\s+live|live\s+now|now\s+live
          |[\w.'’-]+(?:\s[\w.'’-]+){{0,2}}\s(?:live|en\s+direct|in\s+diretta|en\s+vivo|ao\s+vivo)
            (?:\s?:\s?[^.!?]{{1,40}})?
          |(?:les\s+|more\s+|weitere\s+|altri\s+)?vid[ée]os?(?:\s(?:de|di|von|from|du|della))?
            (?:\s[\w.'’-]+){{0,3}})\W{{0,3}}  # a badge, a playlist's title
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A quotation signed with a name alone, as a quote-of-the-day box prints it: "“Kindness is
# the language …” — Mark Twain". A story quotes with "said", not with a dash and a name.
_OPENING_QUOTES = "“\"„«‘'"
_EPIGRAPH = re.compile(
    r"[“\"„«‘'][^“”\"„«»]{10,240}[”\"“»’']\s*[—–-]\s*[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ýa-z][\w.'’-]*){0,3}"
)
# A job ad's gender mark ("Pflegefachkraft (m/w/d)", "Chargé de mission (H/F)").
_JOB_AD = re.compile(
    r"\((?:[mM]/[wW]/[dD]|[wW]/[mM]/[dD]|[mM]/[fF]/[dD]|[dD]/[mM]/[wW]|[hH]/[fF]|[fF]/[hH]|[mM]/[fF])\)"
    r"|(?<![\w/])(?:H/F|F/H|m/w/d|w/m/d|m/f/d)(?![\w/])"
)
# A poll's answer with its share of the votes, in a list ("Weiß nicht 44 %"): a widget whose
# figures move on every fetch.
_POLL_OPTION = re.compile(r"[^.!?\d]{1,60}\s\d{1,3}(?:[.,]\d)?\s?%")
# The publisher's pitch inside or under a story: subscribe, donate, send tips. (Not copyright
# lines: the public benchmark's ground truth keeps them, and they never change.)
_PITCH = re.compile(
    r"""(?:make|give)\s+a\s+(?:gift|donation) | support\s+(?:our|independent)\s+journalism
      | become\s+a\s+(?:member|subscriber) | apóyanos | soutenez-nous
      | unterstützen\s+sie\s+(?:uns|unabhängigen) | sostienici | apoie\s+o\s+jornalismo
      | (?:offre|offer|oferta|offerta|angebot)\s+(?:spéciale|special|especial|speciale|exklusiv)
      | (?:le\s+premier\s+mois|first\s+month|primer\s+mes|primo\s+mese|ersten\s+monat|primeiro\s+mês)\b
      | abonnez-vous | subscribe\s+(?:now|today|to\s+read) | suscríbete | jetzt\s+abonnieren
      | do\s+you\s+have\s+(?:information|a\s+tip) | send\s+us\s+(?:a\s+)?tips?\b
      | is\s+a\s+nonprofit\s+newsroom | verwendete\s+quellen\s*: | readers\s+(?:like\s+you\s+)?chip\s+in
      | (?:give|donate)\s+(?:now|today)\b
      | you[’']ve\s+read\s+[\d,.]+\s+articles | [\d]+\s+(?:free\s+)?articles?\s+(?:left|remaining)
      | sie\s+haben\s+(?:bereits\s+)?[\d.]+\s+artikel | vous\s+avez\s+lu\s+[\d\s]+articles?
      | hai\s+letto\s+[\d.]+\s+articol
      | small\s+favou?r\s+to\s+ask | readers[’']\s+support\s+powers
      | share\s+your\s+(?:experiences?|stories|photos|views|pictures) | teilen\s+sie\s+ihre\s+erfahrung
      | partagez\s+votre\s+(?:expérience|témoignage) | raccontateci | inviateci\s+le\s+vostre
      | (?:turn\s+on|enable)\s+javascript | javascript\s+(?:aktivieren|einschalten) | activer\s+javascript
      | jetzt\s+(?:[\w.-]+\s+){0,3}abonnieren | -abo\s+lesen\s+sie
      | \d+\s+(?:kostenlose|freie|gratis)\s+artikel | articoli\s+gratuiti | articles?\s+gratuits?
      | free\s+articles? | artículos\s+gratuitos | unlimited\s+access | unbegrenzte[nm]?\s+zugang
      | accès\s+illimité | accesso\s+illimitato | acceso\s+ilimitado | subscription\s+supports
      | (?:download|get|open\s+this\s+story\s+in)\s+(?:[\w'’.-]+\s+){0,4}app\b | scarica\s+l'app
      | app\s+(?:[\w'’.-]+\s+){0,3}(?:jetzt\s+)?(?:kostenlos\s+)?(?:laden|herunterladen)
      | télécharge[zr]\s+(?:gratuitement\s+)?l'application | \bcon\s+l'app\b | \bmit\s+der\s+[\w-]*app\b
      | \bwith\s+the\s+[\w'’ -]{0,30}\bapp\b | avec\s+l'(?:app|application)\b
      | (?:readers?|leserinnen\s+und\s+leser|leser(?:innen)?|lecteurs|lettori|lectores)\s+(?:now\s+|déjà\s+|bereits\s+|già\s+)?
        (?:support|unterstützen|soutiennent|sostengono|apoyan)
      | depends\s+on\s+readers | réservé\s+aux\s+abonnés | nur\s+für\s+abonnenten | riservato\s+agli\s+abbonati
      | (?:for\s+)?subscribers\s+only | (?:stories|articles|news)\s+in\s+(?:the|our)\s+app\b
      | unsere[rn]?\s+(?:kostenlosen?\s+)?app\b | attiva\s+le\s+notifiche | activez\s+les\s+notifications
      | benachrichtigungen\s+aktivieren | turn\s+on\s+notifications | schicken\s+sie\s+uns
      | send\s+us\s+your\s+(?:photos|videos|pictures|stories) | envoyez-nous\s+vos | inviateci
      | help\s+us\s+do\s+(?:this\s+)?journalism | \bjoin\s+[\w.'’ -]{1,30}\s+for\s+[$€£]\s?\d | ad-free\s+experience | werbefrei\w*\s+lesen
      | free\s+(?:stories|articles)\s+left | before\s+the\s+paywall | lectures?\s+offertes? | articles?\s+en\s+accès\s+libre | free\s+(?:stories|articles)\s+(?:this|a)\s+month
      | articoli\s+(?:su\s+\d+\s+)?disponibili | artikel\s+(?:diesen\s+monat\s+)?frei
      | accédez\s+à\s+tous\s+les\s+articles | sostieni\s+[\w']+\s+e\s+aiutaci | giornalismo\s+di\s+qualità
      | journalisme\s+de\s+qualité\s+a\s+un\s+(?:coût|prix) | qualitätsjournalismus\s+(?:hat|kostet)""",
    re.IGNORECASE | re.VERBOSE,
)
_LONGEST_PITCH = 160  # a pitch is a line or two; story paragraphs run longer
# A word each pitch holds, in lowercase: the full pattern runs only on text with one (it
# costs ~50 µs a unit; this test ~4 µs, and only short units take it).
_PITCH_WORDS = (
    "gift", "donat", "support", "member", "subscri", "apóy", "souten", "unterst", "sostien",
    "apoie", "offre", "offer", "angebot", "abonn", "suscr", "nonprofit", "quellen",
    "do you have", "send us", "premier mois", "first month", "primer mes", "primo mese",
    "ersten monat", "primeiro mês", "chip in", "give ", "donate", "read", "articl", "artikel",
    "favou", "support", "share your", "teilen sie", "partagez", "raccont", "inviateci",
    "javascript", "abonnieren", "-abo", "gratuit", "unlimited", "unbegrenzt", "illimit", "ilimitado",
    "subscription", "l'app", " app", "-app", "lecture", "accès libre", "free stories", "free articles", "paywall", "join", "help us", "ad-free", "reader", "leser", "lecteurs", "lettori", "lectores", "depends on",
    "réservé", "abonnenten", "abbonati", "subscribers", "notifi", "benachrichtigung", "schicken",
    "send us", "envoyez", "inviateci", "werbefrei", "disponibili", "frei",
    "accédez", "sostieni", "giornalismo", "journalisme", "qualitätsjournalismus",
)  # fmt: skip


def _is_pitch(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _PITCH_WORDS) and _PITCH.search(text) is not None


_COMMENTS = re.compile(
    r"""(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?)
        (?:\s*\(\d+\))?\s*:?
      | (?:leave|post|add|write)\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)
      | (?:schreiben\s+sie\s+einen\s+)?kommentar(?:\s+schreiben)?|diskutieren\s+sie\s+mit
      | (?:laisser|ajouter|écrire)\s+un\s+commentaire|réagir
      | (?:deja|escribe|añade)\s+(?:un|tu)\s+comentario
      | (?:lascia|scrivi|aggiungi)\s+un\s+commento
      | (?:deixe|escreva|adicione)\s+(?:um|seu)\s+comentário""",
    re.IGNORECASE | re.VERBOSE,
)
# A sign-up prompt names the newsletter or the publisher's own list ("sign up for our …"); a
# story's "sign up for an account" is text.
_NEWSLETTER = re.compile(
    r"newsletter|boletín|\byour\s+inbox\b|(?:sign\s+up\s+(?:for|to)|subscribe\s+to)\s+(?:our|the\s+daily)\b",
    re.IGNORECASE,
)
_LONGEST_OPENER = 200
_BOX_UNITS = 6  # a newsletter box or an ad holds a few short lines
# A relative time ("Updated 3 minutes ago", "vor 5 Minuten", "il y a une heure", "hace 2 horas",
# "5 minuti fa", "há 2 horas"): it changes on every fetch and tells nothing the stamp does not.
_AMOUNT = r"(?:\d+|an?|one|eine[mr]?|une?|un[ao’']?|uma?)\s*"
_UNIT = (
    r"(?:seconds?|secs?|minutes?|mins?|min\.?|hours?|hrs?|h|days?|sekunden|minuten|min\.?|stunden?"
    r"|std\.?|tagen?|secondes?|heures?|jours?|segundos?|minutos?|horas?|días?|dias?|secondi"
    r"|minuti|ore|ora|giorni)"
)
# "1 h 50", "2 Std. 10 Min.": hours and then minutes.
_MINUTES = r"(?:\s*\d{1,2}(?:\s*(?:min\.?|mn|minutes?|minuten|minutos|minuti))?)?"
_RELATIVE = re.compile(
    rf"""(?:live\s+|en\s+direct\s+|en\s+directo\s+|in\s+diretta\s+|ao\s+vivo\s+)?
        (?:(?:last\s+|zuletzt\s+|dernière\s+|ultimo\s+|última\s+)?
           (?:updated|published|posted|aktualisiert|veröffentlicht|stand|mis\s+à\s+jour
            |mise\s+à\s+jour|publié|actualizado|actualización|publicado|aggiornato|aggiornamento
            |pubblicato|atualizado|atualização)\s*:?\s+)?
        (?:{_AMOUNT}{_UNIT}{_MINUTES}\s+(?:ago|fa) | (?:vor|hace|há|ha) \s+{_AMOUNT}{_UNIT}{_MINUTES}
          | il\s+y\s+a\s+{_AMOUNT}{_UNIT}{_MINUTES} | just\s+now | gerade\s+eben | à\s+l[’']instant)
        [\s.·|)]*""",
    re.IGNORECASE | re.VERBOSE,
)
_LONGEST_RELATIVE = 60
# A relative time closing a dateline with no separator before it.
_RELATIVE_TAIL = re.compile(rf"\s(?:{_RELATIVE.pattern})$", re.IGNORECASE | re.VERBOSE)
# One of these ends every relative time: a cheap test before the pattern, for every unit.
_RELATIVE_WORDS = ("ago", "vor ", "il y a", "hace ", "há ", " fa", "now", "eben", "instant")
_DATELINE_PARTS = re.compile(r"\s+[–—|·•/-]\s+")
_LONGEST_DATELINE = 160


def drop_noise(units: list[Unit]) -> list[Unit]:
    """``units`` without the furniture the module docstring names, in their order; and without
    a heading over nothing but furniture ("Les vidéos Sud Ouest" over a playlist)."""
    if not units:
        return units
    sections = _furniture_sections(units)
    kept: list[Unit] = []
    heading = -1  # index in ``kept`` of a heading with nothing kept under it yet
    noise_under = False  # furniture was dropped under that heading
    for unit in units:
        if sections and not sections.isdisjoint(unit.groups):
            noise_under = noise_under or heading >= 0
            continue
        if heading >= 0 and noise_under and (unit.heading_level or _left(kept[heading], unit)):
            del kept[heading]
            heading, noise_under = -1, False
        if not is_noise_unit(unit):
            titles = unit.heading_level and len(unit.text) <= _LONGEST_SECTION_TITLE
            heading, noise_under = (len(kept), False) if titles else (-1, False)
            kept.append(unit)
        elif (clock := _clock_beside_relative(unit.text)) is not None:
            heading = -1
            kept.append(unit._replace(text=clock, lead=""))  # "22:41 Uhr · vor 19 Min."
        elif heading >= 0:
            noise_under = True
    if heading >= 0 and noise_under:
        del kept[heading]
    return kept


_LONGEST_SECTION_TITLE = 40  # "Les vidéos Sud Ouest"; a heading with a sentence in it is text


def _left(heading: Unit, unit: Unit) -> bool:
    """Whether ``unit`` is outside the element that wraps ``heading`` (a playlist's box)."""
    return bool(heading.groups) and heading.groups[-1] not in unit.groups


def _clock_beside_relative(text: str) -> str | None:
    """The clock of a live entry's time line that also says how long ago it was posted
    ("22:41 Uhr · vor 19 Min."): the clock is the entry's, the relative time is noise."""
    if not _relative_dateline(text):
        return None
    parts = [p for p in _DATELINE_PARTS.split(text) if _RELATIVE.fullmatch(p) is None]
    if len(parts) != 1 or not is_bare_stamp(parts[0]) or read_dateline(parts[0]) is not None:
        return None
    clock = parts[0]
    return clock if could_open_clock(clock) and match_clock_lead(clock) is not None else None


def is_noise_unit(unit: Unit) -> bool:
    """A teaser, a link unit or a widget (see the module docstring); never a heading or a
    marked unit."""
    text = unit.text
    if not text or unit.box or len(text) > _LONGEST_TEASER:
        return False
    if unit.heading_level:
        # The splitter drops the section a boilerplate heading opens; a heading that is all
        # links (cards of other stories under a box's title) is a teaser itself.
        return unit.links >= len(text) and not _marked(unit)
    noisy = (
        unit.links >= _LINK_SHARE * len(text)
        or (_could_be_teaser(text) and _TEASER.match(text) is not None)
        or _labelled_link(unit)
        or is_ad_label(text)
        or _relative_dateline(text)
        or (len(text) <= _LONGEST_WIDGET and _WIDGET.fullmatch(text) is not None)
        or (len(text) <= _LONGEST_PITCH and _is_pitch(text))
        or (unit.tag == "li" and text[-1:] == "%" and _POLL_OPTION.fullmatch(text) is not None)
        or (text[:1] in _OPENING_QUOTES and _EPIGRAPH.fullmatch(text) is not None)
        or ("/" in text and _JOB_AD.search(text) is not None)
    )
    return noisy and not _marked(unit)


def _labelled_link(unit: Unit) -> bool:
    """A short emphasised label, then links: a teaser in any wording ("Auch interessant:
    <a>…</a>", "<b>Sur le même sujet</b><br><a>…</a> – <a>…</a>")."""
    lead = unit.lead
    if not lead or len(lead) > _LONGEST_LABEL:
        return False
    rest = len(unit.text) - len(lead)
    return rest > 0 and unit.links >= _LINK_SHARE * rest


def is_relative_time(text: str) -> bool:
    """A line that says how long ago something was posted or updated ("Há 2 horas",
    "Mis à jour il y a 1 h 40", "vor 19 Min."): it changes on every fetch."""
    return _relative_dateline(text)


def _relative_dateline(text: str) -> bool:
    """A line that says how long ago the page was updated, alone or beside its datelines
    ("Publié le 06/12 à 09:12 – Mis à jour il y a 13 minutes")."""
    if len(text) > _LONGEST_DATELINE:
        return False
    tail = text[-24:].lower()
    if not any(word in tail for word in _RELATIVE_WORDS):
        return False
    closing = _RELATIVE_TAIL.search(text)
    if closing is not None and read_dateline(text[: closing.start()]) is not None:
        return True  # "Publié le : 06/12 - 07:30 Modifié le : … Mis à jour il y a 45 min"
    parts = _DATELINE_PARTS.split(text)
    relative = [len(part) <= _LONGEST_RELATIVE and _RELATIVE.fullmatch(part) for part in parts]
    if not any(relative):
        return False
    return all(
        is_relative or read_dateline(part) is not None or is_bare_stamp(part)
        for part, is_relative in zip(parts, relative, strict=True)
    )


def _could_be_teaser(text: str) -> bool:
    """False when no teaser label can open ``text``: a test of two letters, cheaper than the
    pattern's failing, and every unit of every page is asked."""
    return text.lstrip(_LEADING_MARKS)[:2].lower() in _TEASER_HEADS


def _marked(unit: Unit) -> bool:
    return match_marker(unit.lead or unit.text) is not None or match_marker(unit.text) is not None


def opens_comments(unit: Unit) -> bool:
    """A comment section's heading ("23 Comments", "Kommentare (4)")."""
    text = unit.text
    return bool(text) and not unit.box and _COMMENTS.fullmatch(text) is not None


def opens_box(unit: Unit) -> bool:
    """A newsletter box's heading or prompt, or an ad label over what it labels."""
    text = unit.text
    if not text or unit.box or len(text) > _LONGEST_OPENER:
        return False
    if is_ad_label(text):
        return True
    return _NEWSLETTER.search(text) is not None and not _marked(unit)


def _furniture_sections(units: list[Unit]) -> frozenset[int]:
    """The wrapping elements (``Unit.groups``) that a furniture opener leads (it is among their
    first two units), each a minor part of the text: a comment section, or a small box of short
    lines (a newsletter box, an ad), so a story wrapper that mentions subscribing is kept."""
    counts: dict[int, int] = {}
    comments: set[int] = set()
    boxes: set[int] = set()
    for unit in units:
        if unit.groups:
            inner = unit.groups[-1]
            seen = counts[inner] = counts.get(inner, 0) + 1
            if seen <= 2 and opens_comments(unit):
                comments.add(inner)
            elif seen <= 2 and opens_box(unit):
                boxes.add(inner)
    if not comments and not boxes:  # the common case: sizes are only needed for a found one
        return frozenset()
    total = sum(len(u.text) for u in units)
    found = comments | boxes
    sizes = dict.fromkeys(found, 0)
    longest = dict.fromkeys(found, 0)
    for unit in units:
        for group in found.intersection(unit.groups):
            sizes[group] += len(unit.text)
            longest[group] = max(longest[group], len(unit.text))
    return frozenset(
        group
        for group in found
        if sizes[group] <= _SECTION_SHARE * total
        and (
            group in comments or (counts[group] <= _BOX_UNITS and longest[group] <= _LONGEST_OPENER)
        )
    )
