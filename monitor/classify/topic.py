"""Off-topic lines: furniture about something else, found by what it is about.

A CMS fills slots inside an article with text about something else: another story's teaser, a
promo, an appeal. Word lists and shapes catch the forms we know; this catches the ones we do
not, in any language. A paragraph is *unrelated* when it shares not one content word with the
story's stable text: both headlines and every paragraph present before and after the step.
An unrelated paragraph is furniture when it also

* speaks to the reader ("you", "our", "Sie", "vous", outside quotes): a promo or an appeal;
* is not a sentence (a headline, a listing, a reading: no full stop at its end);
* was swapped for another unrelated line in an edit, or had only its figures changed (a
  counter, a meter, a price: "4 free articles left this month"); or
* came while another unrelated one went from the same body or block: a slot that rotated.

Some lines are furniture whatever words they share with the story. The site speaking for
itself: a request to write in or send to the publisher ("Were you there? Send your photos to
our newsdesk"), an offer of one of its channels (a newsletter, the app, a podcast, a WhatsApp
channel) or of a subscription, an embed's cookie notice; so is a block that holds nothing else
(a promo in a note's markup). And an edit of only the figures of a line that speaks to the
reader or as the publisher (a donation tally, a gift-article counter).

An unrelated sentence that only came or only went stays news: on the public benchmark's real
pages a story's later paragraph often shares no word with its first few (a young story's next
turn), while one that also speaks to the reader almost never does (``bench/RESULTS.md``).
Lines with fewer than ``_FEWEST_WORDS`` content words say too little to judge and are left to
the other rules. A new update block is never judged: its marker says it is news.

Pure: articles and changes in, changes out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from monitor.classify.claims import gist
from monitor.classify.rotation import is_teaser_like, same_but_figures
from monitor.extract.noise import PAID_NAMES
from monitor.model import Article, Change, ChangeKind, block_paragraphs

# Fewer content words than this say too little about a line's topic to call it unrelated.
_FEWEST_WORDS = 4


def drop_off_topic(old: Article, new: Article, changes: Sequence[Change]) -> tuple[Change, ...]:
    """``changes`` without the furniture among the paragraphs that share no content word with
    the text ``old`` and ``new`` have in common: those that speak to the reader ("you", "our",
    "Sie", "vous", outside quotes: a promo or an appeal), an edit that swapped one such line for
    another, and one that came while another went from the same part of the article (a slot
    that rotated).

    An unrelated paragraph that came or went alone, and does not speak to the reader, stays a
    change: a young story's next turn often shares no word with the few paragraphs before it,
    and a sentence cut from a short story may share none with the rest.
    """
    changes = [c for c in changes if not (_a_box_of_the_site(c, new) or _a_line_of_the_site(c))]
    elsewhere = _news_from_elsewhere(changes, old, new)
    if elsewhere:
        changes = [c for c in changes if id(c) not in elsewhere]
    judged = [c for c in changes if _judged(c)]
    if not judged:
        return tuple(changes)
    shared = _shared_words(judged, old, new)
    off = _off_core([t for c in judged for t in _texts(c)], old, new)
    unrelated = [
        c
        for c in judged
        if c.kind is not ChangeKind.PARAGRAPH_MOVED and (not shared[id(c)] or _stands_off(c, off))
    ]
    dropped = {
        id(c)
        for c in unrelated
        if c.kind is ChangeKind.PARAGRAPH_EDITED or is_teaser_like(c.text or c.previous_text or "")
    }
    # An appeal to the reader about something else is furniture wherever it came, went or moved.
    dropped.update(id(c) for c in judged if _an_appeal(c, shared[id(c)]) or _a_tally(c))
    dropped.update(id(c) for c in _rotated(unrelated))
    # A notice that went alone, standing off the story's core: a recurring event ("Bingo night
    # every Thursday …", "Consultations juridiques gratuites le premier lundi du mois …").
    dropped.update(
        id(c)
        for c in unrelated
        if c.kind is ChangeKind.PARAGRAPH_REMOVED
        and _stands_off(c, off)
        and _a_notice(c.previous_text or "")
    )
    # A line off the story's core that only moved: a slot's item shown in another place.
    dropped.update(
        id(c) for c in judged if c.kind is ChangeKind.PARAGRAPH_MOVED and _stands_off(c, off)
    )
    return tuple(c for c in changes if id(c) not in dropped)


def _a_notice(text: str) -> bool:
    """A line that announces a recurring event ("every Thursday", "le premier lundi du mois")
    or a free offer: a community notice."""
    if _RECURRING.search(text) is not None:
        return True
    # A free offer outside quotes: a quotation may mention one ("“… got it for free,” she said").
    return _FREE_OFFER.search(_QUOTED.sub(" ", text)) is not None


_WEEKDAYS_ALL = (
    r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|montags?"
    r"|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|lundis?|mardis?"
    r"|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|luned[iì]|marted[iì]|mercoled[iì]"
    r"|gioved[iì]|venerd[iì]|sabato|domenica)"
)
# "every Thursday", "jeden Donnerstag", "tous les jeudis", "ogni giovedì", "the first Monday of
# the month", "le premier lundi du mois", "am ersten Montag im Monat", "il primo lunedì del mese",
# "Thursdays from 10", "les mercredis", "dienstags und donnerstags".
_RECURRING = re.compile(
    rf"\b(?:every|each|jeden|jede[nm]?|tous\s+les|chaque|ogni|tutti\s+i)\s+{_WEEKDAYS_ALL}\b"
    rf"|\b(?:first|second|third|last|ersten|zweiten|letzten|premier|deuxième|dernier|primo"
    rf"|secondo|ultimo)\s+{_WEEKDAYS_ALL}\s+(?:of\s+(?:the|every|each)\s+month|im\s+monat"
    rf"|du\s+mois|del\s+mese|of\s+every\s+month)\b"
    r"|\b(?:les|i)\s+(?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)\b"
    r"|\b(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)\b",
    re.IGNORECASE,
)


def _stands_off(change: Change, off: set[str]) -> bool:
    """A line that went or moved, or was swapped for another, every side of which stands off the
    story's core (``_off_core``). Never a line that came, since a story's next turn may share
    little with what came before, nor a figure changed in a line, since a toll revised in a
    story paragraph of its own words is news."""
    if change.kind is ChangeKind.PARAGRAPH_ADDED:
        return False
    if change.kind is ChangeKind.PARAGRAPH_EDITED and not gist(
        change.previous_text or ""
    ).words.isdisjoint(gist(change.text or "").words):
        return False
    return all(text in off for text in _texts(change))


def _news_from_elsewhere(changes: Sequence[Change], old: Article, new: Article) -> set[int]:
    """The ids of the blocks that came, went or moved under a name for the site's other news
    ("Elsewhere on the island", "Weitere Meldungen aus der Region", "Dalle altre zone",
    "Dall'Italia: …", "Latest: Mon 7 Dec, 5.07am") and whose other lines share not one content
    word with the story: another story's headline in an entry's markup. An entry of the story's
    own titled "Elsewhere in the region" speaks of the story's subject, and stays news."""
    told: dict[int, str] = {}
    for change in changes:
        if change.kind not in _BLOCK_COMINGS_AND_GOINGS:
            continue
        lines = block_paragraphs(change.text or change.previous_text or "")
        rest = [line for line in lines if not _names_news_elsewhere(line)]
        if len(rest) < len(lines) and rest:
            told[id(change)] = "\n\n".join(rest)
    if not told:
        return set()
    elsewhere = about_something_else(list(told.values()), old, new)
    return {key for key, text in told.items() if text in elsewhere}


_BLOCK_COMINGS_AND_GOINGS = (
    ChangeKind.UPDATE_ADDED,
    ChangeKind.UPDATE_REMOVED,
    ChangeKind.UPDATE_MOVED,
)


def _names_news_elsewhere(line: str) -> bool:
    """Whether ``line`` is a name for the site's other news, alone or as the label of an item
    ("Dall'Italia: Motociclista muore …"); the item's words are then the rest of the block."""
    if len(line) <= _LONGEST_ELSEWHERE and _ELSEWHERE.fullmatch(line.strip(" :.–—-")) is not None:
        return True
    head, _, after = line.partition(":")
    return (
        bool(after.strip())
        and len(head) <= _LONGEST_ELSEWHERE
        and (_ELSEWHERE.fullmatch(head.strip()) is not None)
    )


_LONGEST_ELSEWHERE = 60
# Names newsrooms give the box of their other news, in the five languages.
_ELSEWHERE = re.compile(
    r"elsewhere(?:\s+(?:on|in|at|around)\s+.{1,40})?|in\s+other\s+news|other\s+news"
    r"|more\s+news(?:\s+from\s+.{1,40})?|news\s+in\s+brief|(?:the\s+)?latest(?:\s+news)?"
    r"(?:\s+from\s+.{1,40})?|also\s+in\s+the\s+news|around\s+the\s+(?:region|state|country"
    r"|city|island|world)"
    r"|weitere\s+(?:meldungen|nachrichten)(?:\s+.{1,40})?|was\s+sonst\s+noch\s+(?:los\s+ist"
    r"|geschah|passiert)|aus\s+(?:der\s+region|dem\s+land|aller\s+welt|den\s+gemeinden)"
    r"|anderswo(?:\s+.{1,40})?|kurz\s+gemeldet|nachrichten\s+aus\s+.{1,40}"
    r"|ailleurs(?:\s+(?:au|en|dans|sur|à)\s+.{1,40})?|dans\s+l['’]actualité(?:\s+.{1,40})?"
    r"|en\s+bref|autres?\s+actualités?"
    r"|dalle\s+altre\s+(?:zone|redazioni|province|città)|altre\s+notizie|dall['’]italia"
    r"|dal\s+mondo|in\s+breve|ultime\s+(?:dalla|dal|dalle|dai|da)\s+.{1,40}"
    r"|en\s+otras\s+noticias|otras\s+noticias|noutras\s+notícias|outras\s+notícias",
    re.IGNORECASE,
)


def _a_box_of_the_site(change: Change, new: Article) -> bool:
    """A block that came, went, moved or had its marker changed whose every paragraph is the
    site's appeal, promo or notice: a promo set in a note's or an entry's markup ("Hinweis der
    Redaktion: Alle wichtigen Nachrichten erhalten Sie mit unserem kostenlosen Newsletter"),
    whose clock may move on every fetch."""
    if change.kind is ChangeKind.UPDATE_EDITED:
        block = new.block(change.block.id) if change.block else None
        return block is not None and bool(block.paragraphs) and _all_for_the_site(block.paragraphs)
    if change.kind not in (
        ChangeKind.UPDATE_ADDED,
        ChangeKind.UPDATE_REMOVED,
        ChangeKind.UPDATE_MOVED,
    ):
        return False
    paragraphs = block_paragraphs(change.text or change.previous_text or "")
    return _all_for_the_site(paragraphs) or _a_sponsors(paragraphs)


def _all_for_the_site(paragraphs: Sequence[str]) -> bool:
    return all(map(_speaks_for_the_site, paragraphs))


def _a_sponsors(paragraphs: Sequence[str]) -> bool:
    """A block whose title names its sponsor ("Ce direct vous est présenté par …", "In
    collaborazione con …") or that says it is paid for ("Contenuto sponsorizzato: …"): a
    sponsor's post set in the feed's markup, whatever else it says."""
    return _is_sponsor_line(paragraphs[0]) or any(
        _PAID_FOR.match(paragraph) is not None for paragraph in paragraphs
    )


_LINES = (
    ChangeKind.PARAGRAPH_ADDED,
    ChangeKind.PARAGRAPH_REMOVED,
    ChangeKind.PARAGRAPH_MOVED,
    ChangeKind.PARAGRAPH_EDITED,
)


def _a_line_of_the_site(change: Change) -> bool:
    """A paragraph that came, went or moved, or was edited on both sides, that is the site's
    appeal, promo or notice, however few words it has and whatever it shares with the story."""
    if change.kind not in _LINES:
        return False
    texts = list(_texts(change))
    return bool(texts) and _all_for_the_site(texts)


def _judged(change: Change) -> bool:
    """A paragraph that came or went, or an edit that swapped one line for another (the two
    share no content word) or changed only its figures (a counter, a meter, a price), with
    enough words on every side to say what it is about."""
    if change.kind is ChangeKind.PARAGRAPH_EDITED:
        before, after = gist(change.previous_text or "").words, gist(change.text or "").words
        if min(len(before), len(after)) < _FEWEST_WORDS:
            return False
        return before.isdisjoint(after) or same_but_figures(
            change.previous_text or "", change.text or ""
        )
    if change.kind in (ChangeKind.PARAGRAPH_ADDED, ChangeKind.PARAGRAPH_REMOVED):
        return len(gist(change.text or change.previous_text or "").words) >= _FEWEST_WORDS
    if change.kind is ChangeKind.PARAGRAPH_MOVED:  # judged as an appeal only
        return len(gist(change.text or "").words) >= _FEWEST_WORDS
    return False


def _an_appeal(change: Change, shared: set[str]) -> bool:
    # (Lines that speak for the site are gone already, whatever they share.)
    return not shared and _addresses_reader(change.text or change.previous_text or "")


def _a_tally(change: Change) -> bool:
    """An edit of only the figures of a line that speaks to the reader or as the publisher
    ("Our appeal has raised €48,297 from 414 readers", "You have 4 gift articles left"): a
    counter of the site's, whatever it shares with the story."""
    return (
        change.kind is ChangeKind.PARAGRAPH_EDITED
        and _addresses_reader(change.text or "")
        and same_but_figures(change.previous_text or "", change.text or "")
    )


def _rotated(unrelated: list[Change]) -> Iterator[Change]:
    """The unrelated paragraphs that came and went from the same body or block in one step,
    each one that went paired with the nearest one that came."""
    for scope in {_scope(c) for c in unrelated}:
        came = [c for c in unrelated if c.kind is ChangeKind.PARAGRAPH_ADDED and _scope(c) == scope]
        went = [
            c for c in unrelated if c.kind is ChangeKind.PARAGRAPH_REMOVED and _scope(c) == scope
        ]
        for gone in went:
            if not came:
                break
            position = gone.previous_paragraph or 0
            nearest = min(came, key=lambda c: abs((c.paragraph or 0) - position))
            came.remove(nearest)
            yield from (gone, nearest)


# The reader addressed, in the six languages: a story speaks of others, and quotes (left out
# first) are where its people say "you".
_YOU_WORDS = re.compile(
    r"\b(?:you|your|yours|you're|you'll|you've|dich|dir|dein|deine[nmrs]?"
    r"|vous|votre|vos|toi|tes|tu|ti|te|voi|vostr[oaie]|tuo|tua|tuoi|tue"
    r"|usted|ustedes|vosotros|vuestr[oa]s?|tus|você|vocês|teu)\b",
    re.IGNORECASE,
)
# The publisher speaking as "we": with the reader addressed, the words of an appeal ("send us
# your photos", "Schreiben Sie uns", "Racontez-nous ce que vous avez vu").
_WE_WORDS = re.compile(
    r"\b(?:our|ours|we|we're|we'll|we've|wir|unser|unsere[nmrs]?|nous|notre|nos"
    r"|noi|nostr[oaie]|nuestr[oa]s?|noss[oa]s?)\b",
    re.IGNORECASE,
)
# Read with their case: "us" is not "US"; German's formal "Sie", "Ihnen", "Ihr" are capitalised
# inside a sentence, where "sie" and "ihr" are "she", "they" and "her".
_WE_CASED = re.compile(r"\b(?:us|uns)\b")
_YOU_CASED = re.compile(r"(?<=[^.!?:\s] )(?:Sie|Ihnen|Ihre?[nmrs]?)\b")
_QUOTED = re.compile(r"[\"“”«»„][^\"“”«»„]*[\"“”«»„]")


def _addresses_reader(text: str) -> bool:
    """Whether ``text``, outside quotes, speaks to the reader or as the publisher's "we"."""
    told = _QUOTED.sub(" ", text)
    return _speaks_to_reader(told) or _speaks_as_publisher(told)


def _speaks_for_the_site(text: str) -> bool:
    """Whether ``text``, outside quotes, is the site's appeal, promo or notice, wherever its
    subject comes from the story: it asks the reader to write or send to the publisher ("Were
    you there? Send your photos to our newsdesk", "Schreiben Sie uns", "Racontez-nous",
    "Inviaci le tue foto"), offers one of the publisher's channels (a newsletter, the app, a
    podcast, a WhatsApp channel), or tells the reader an embed waits for its cookie consent."""
    told = _QUOTED.sub(" ", text)
    if _ASKS_TO_WRITE.search(told) is not None:
        return True
    if _PAID_FOR.match(told) is not None or _is_sponsor_line(told):
        return True
    if _CONSENT.search(told) is not None and _speaks_to_reader(told):
        return True
    if _MAILING.search(told) is not None:
        return (
            _OFFERED.search(told) is not None
            or _speaks_to_reader(told)
            or _speaks_as_publisher(told)
        )
    if _ALL_ARTICLES.search(told) is not None and _speaks_to_reader(told):
        return True  # "Mit SN Digital lesen Sie alle Artikel …": a subscription's offer
    if _CHANNEL.search(told) is not None and (
        _OFFER.search(told) is not None or _OUR_CHANNEL.search(told) is not None
    ):
        return True
    if _DELIVERED.search(told) is not None or _SUBSCRIPTION_OFFER.search(told) is not None:
        return True
    if _FOLLOW_ELSEWHERE.search(told) is not None or _SEARCHES.search(told) is not None:
        return True
    if _PRINT_EDITION.search(told) is not None and _LATE.search(told) is not None:
        return True  # "Monday's print edition may arrive late": the site's delivery notice
    return _COMMENTS_NOTICE.search(told) is not None and (
        _HOURS.search(told) is not None or _speaks_to_reader(told) or _speaks_as_publisher(told)
    )


def _is_sponsor_line(line: str) -> bool:
    """A short line that names who pays for the page or the feed: it opens with the sponsor's
    words ("Presented by …", "In collaborazione con …"), or has them beside the feed's own name
    ("This live blog is presented by …", "Dieser Ticker wird präsentiert von …"): a story's
    "award presented by the mayor" does neither."""
    if len(line) > _LONGEST_SPONSOR_LINE:
        return False
    found = _SPONSORED_BY.search(line)
    if found is None:
        return False
    return found.start() == 0 or _THE_FEED.search(line, 0, found.start()) is not None


_LONGEST_SPONSOR_LINE = 120
_SPONSORED_BY = re.compile(
    r"\b(?:(?:presented|brought\s+to\s+you|sponsored|powered)\s+by|présentée?s?\s+par"
    r"|proposée?s?\s+par|präsentiert\s+von|gesponsert\s+von|presentat[oa]\s+da|offert[oa]\s+da"
    r"|in\s+collaborazione\s+con|en\s+partenariat\s+avec|in\s+partnership\s+with"
    r"|in\s+(?:zusammenarbeit|kooperation)\s+mit|presentad[oa]\s+por|patrocinad[oa]\s+por"
    r"|ofrecid[oa]\s+por)\b",
    re.IGNORECASE,
)
# The feed or the page speaking of itself before a sponsor's words.
_THE_FEED = re.compile(
    r"\b(?:live|blog|liveblog|live-?ticker|ticker|direct|diretta|directo|coverage|newsletter"
    r"|podcast|page|article|story|artikel|seite|articolo|pagina|artículo|página)\b",
    re.IGNORECASE,
)
# A paragraph that opens by saying it is paid for ("Contenuto sponsorizzato: …", "Sponsored
# content.", "Contenu commandité.").
_PAID_FOR = re.compile(rf"(?:{PAID_NAMES})\s*(?:[:.\-–—]|$)", re.IGNORECASE)


# The news delivered on a schedule, offered to the reader ("Recevez chaque soir l'essentiel …",
# "Get the headlines every morning"): a mailing by another name.
_DELIVERED = re.compile(
    r"(?:^|[.!?:]\s+)(?:receive|get|recevez|ricevi|ricevete|erhalten\s+sie|bekommen\s+sie|recibe"
    r"|reciba|receba)\b.{0,100}?\b(?:every|each|chaque|tous\s+les|toutes\s+les|ogni|jeden|jede"
    r"|cada|todos\s+los|todas\s+las)\s+(?:morning|evening|day|night|week|matin|soir|jour|semaine"
    r"|mattina|sera|giorno|settimana|morgen|abend|tag|woche|mañana|tarde|noche|día|semana|manhã"
    r"|noite|dia)\b",
    re.IGNORECASE,
)
# A subscription's offer: a price, an offer's word, and some months of the digital edition
# ("Cyber Week deal: $1 for 6 months of unlimited digital access", "Adventsaktion: 3 Monate
# digital für 3 Franken").
_SUBSCRIPTION_OFFER = re.compile(  # anchored: the look-aheads read the line once, not per position
    r"\A(?=.*(?:[$€£]|\b(?:franken|francs?|euros?|chf|dollars?|cents?)\b))"
    r"(?=.*\b(?:deals?|offers?|angebot|\w*aktion|offres?|offert[ae]|ofertas?|promo\w*|ends\s+in"
    r"|endet|se\s+termine|scade|termina)\b)"
    r".*\b\d+\s+(?:months?|weeks?|monate?n?|wochen|mois|semaines|mesi|settimane|meses|semanas)"
    r"\s+(?:of\s+|de\s+|di\s+)?(?:unlimited\s+|unbegrenzt\w*\s+|illimit\w+\s+)?"
    r"(?:digital\w*|numérique|abo|subscription|abonnement|abbonamento|suscripción|assinatura)\b",
    re.IGNORECASE,
)
# An invitation to follow the site's other coverage ("Follow every play in our game-day blog",
# "Segui in tempo reale la seduta …", "Suivez le match avec notre journaliste").
_FOLLOW_ELSEWHERE = re.compile(
    r"^(?:follow|segui|seguite|suivez|folgen\s+sie|verfolgen\s+sie|sigue|siga|acompanhe)\b"
    r".{0,120}?\b(?:live|blog|liveblog|live-?ticker|ticker|in\s+tempo\s+reale|in\s+diretta"
    r"|en\s+direct|en\s+vivo|en\s+directo|ao\s+vivo|our|notre|nos|nostr[oaie]|unser\w*"
    r"|nuestr[oa]s?|noss[oa]s?)\b",
    re.IGNORECASE,
)
# A search box's suggestions, set in the page ("People also search for …").
_SEARCHES = re.compile(
    r"^(?:people\s+also\s+(?:search(?:ed)?\s+for|ask)|related\s+searches|ähnliche\s+suchanfragen"
    r"|andere\s+suchten\s+auch|recherches\s+(?:associées|liées|similaires)|ricerche\s+correlate"
    r"|búsquedas\s+relacionadas|pesquisas\s+relacionadas)\b",
    re.IGNORECASE,
)
# The publisher's paper and its delivery, which a notice says will be late.
_PRINT_EDITION = re.compile(
    r"\b(?:print\s+editions?|printed\s+editions?|home\s+delivery\s+(?:customers|subscribers)"
    r"|paper\s+delivery"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)['’]s\s+(?:paper"
    r"|newspaper|edition)|zeitungszustellung|druckausgabe|printausgabe|montagsausgabe"
    r"|sonntagsausgabe|zeitungsausgabe|distribuzione\s+della?\s|edizione\s+cartacea"
    r"|copie\s+cartacee"
    r"|édition\s+papier|livraison\s+(?:du|de\s+votre)\s+journal|distribution\s+du\s+journal"
    r"|edición\s+impresa|reparto\s+del\s+periódico)",
    re.IGNORECASE,
)
_LATE = re.compile(
    r"\b(?:late|later\s+than\s+usual|delay\w*|verspät\w*|verzöger\w*|später|ritard\w*"
    r"|retard\w*|retras\w*|atras\w*)",
    re.IGNORECASE,
)
# The site's notice about its comments: closed for the night, suspended, reopening.
_COMMENTS_NOTICE = re.compile(
    r"\b(?:comments?|commenting|kommentar\w*|commentaires?|commenti|comentarios?|comentários?)\b"
    r".{0,90}?\b(?:closed|suspended|disabled|paused|turned\s+off|reopen\w*|geschlossen|deaktiviert"
    r"|gesperrt|pausiert|fermés?|suspendus?|désactivés?|rouvr\w+|sospes[io]|chius[io]|disattivat[io]"
    r"|riapr\w+|cerrados?|suspendidos?|desactivados?|fechados?|suspensos?)\b",
    re.IGNORECASE,
)
# Hours of the day a notice gives ("dalle 22 alle 7", "zwischen 22 und 7 Uhr", "until 7 a.m.").
_HOURS = re.compile(
    r"\b(?:from|between|until|till|dalle|fino\s+alle|zwischen|von|bis|de|entre|jusqu'à|jusqu’à"
    r"|desde|hasta|até)\s+(?:\d{1,2}|midnight|minuit|mezzanotte|mitternacht|medianoche)\b",
    re.IGNORECASE,
)
# What an embed's placeholder asks of the reader ("ce contenu est masqué car vous n'avez pas
# accepté les cookies").
_CONSENT = re.compile(r"\bcookies?\b", re.IGNORECASE)
# The publisher's mailings, which a promo offers the reader ("… in your inbox every day").
_MAILING = re.compile(
    r"\b(?:newsletters?|infolettres?|inbox|briefing|news\s+alerts|e-?mail\s+alerts"
    r"|(?:per|par|by|via|tramite|por)\s+(?:e-?mail|courriel)|an?\s+e-?mail\s+when"
    r"|we(?:'ll)?\s+send\s+you|(?:schicken|senden)\s+wir\s+ihnen|nous\s+vous\s+envoyons"
    r"|ti\s+inviamo|te\s+enviamos)\b",
    re.IGNORECASE,
)
# Every article of the site, offered to the reader ("lesen Sie alle Artikel", "read all our
# stories", "leggi tutti gli articoli").
_ALL_ARTICLES = re.compile(
    r"\b(?:all|alle|tous\s+les|toutes\s+les|tutti\s+gli|todos\s+los|todas\s+las|todos\s+os)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:articles|stories|reports|artikel|beiträge|berichte|articoli"
    r"|servizi|artículos|artigos|notizie|noticias|infos|reportages)\b",
    re.IGNORECASE,
)
# Its other channels: said in news too ("an app for parking", "in a podcast interview"), so a
# promo for one is told by an offer or by the publisher's "our" ("our weekly podcast").
_CHANNELS = (
    r"apps?|appli(?:cation)?s?|podcasts?|whatsapp|telegram|player|e-?paper|kanal|canale|chaîne"
)
_CHANNEL = re.compile(rf"\b(?:{_CHANNELS})\b", re.IGNORECASE)
_OUR_CHANNEL = re.compile(
    rf"\b(?:our|unser\w*|notre|nos|nostr[oaie]|nuestr[oa]s?|noss[oa]s?)\s+(?:[\w-]+\s+)?"
    rf"(?:{_CHANNELS})\b",
    re.IGNORECASE,
)
# An offer: a verb of watching, listening, following, signing up or sharing opening a sentence,
# or a free thing ("Watch … on the Player", "Retrouvez tous les épisodes", "newsletter gratuite").
# In a line about a mailing the verb may stand anywhere ("… iscriviti alla newsletter").
_OFFER_VERBS = (
    r"(?:watch|listen|download|follow|subscribe|sign\s+up|join|get|retrouvez|écoutez|téléchargez"
    r"|suivez|abonnez(?:-vous)?|rejoignez|recevez|inscrivez(?:-vous)?|segui|ascolta|scarica"
    r"|iscriviti|ricevi|guarda|abbonati|folgen|hören|laden|abonnieren|holen|melden\s+sie\s+sich"
    r"|mira|escucha|descarga|sigue|suscríbete|inscríbete|recibe|assine|inscreva-se"
    r"|share|teilen|partagez|condividi|comparte|compartilhe)\b"
)
_FREE = r"\b(?:free|gratuite?s?|gratuit[ao]|kostenlos\w*|gratis)\b"
_FREE_OFFER = re.compile(_FREE, re.IGNORECASE)
_OFFER = re.compile(rf"(?:^|[.!?:]\s+){_OFFER_VERBS}|{_FREE}", re.IGNORECASE)
_OFFERED = re.compile(rf"\b{_OFFER_VERBS}|{_FREE}", re.IGNORECASE)


# A request to the reader, as a sentence opens it or "and" joins it: a verb of writing,
# sending or telling, then the publisher within a few words ("… to our newsdesk"), or the
# publisher joined to the verb ("Racontez-nous", "Inviaci", "Escríbenos").
_ASKS_TO_WRITE = re.compile(
    r"(?:^|[.!?:;]\s+|\b(?:and|or|und|oder|et|ou|e|o|y|please|bitte)\s+)"
    r"(?:(?:send|e-?mail|write|tell|contact|share|message|text|call|let|reach|submit|upload|help"
    r"|answer|schreiben|schicken|senden|mailen|kontaktieren|erzählen|teilen|melden|helfen"
    r"|antworten|racontez|envoyez|écrivez|contactez|partagez|signalez|transmettez|aidez"
    r"|répondez|invia(?:l[aeio])?|manda(?:l[aeio])?|scrivi|segnala(?:l[aeio])?|contatta"
    r"|racconta|condividi|aiuta|rispondi|envía(?:l[ao]s?)?|escribe|cuenta|contacta|comparte"
    r"|ayuda|responde|envie|escreva|conte|compartilhe|ajude|responda)"
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:us|our|uns|unser\w*|nous|notre|nos|nostr\w+|nuestr\w+|noss\w+"
    r"|newsroom|(?:news|city|metro|local|photo|night)\s?desk|redaktion|rédaction|redazione"
    r"|redacción|redação)\b"
    r"|(?:racontez|envoyez|écrivez|contactez|signalez|aidez)-nous\b"
    r"|(?:invia|scrivi|manda|segnala|racconta|contatta|aiuta)ci\b"
    r"|(?:escríbe|envía|cuénta|contácta|ayúda)nos\b"
    # An offer to subscribe, as a sentence opens it ("Sostieni l'informazione: abbonati a …").
    r"|(?:subscribe|abonnez-vous|abbonati|abonnieren\s+sie|suscríbete|assine)\b)",
    re.IGNORECASE,
)


def _speaks_to_reader(told: str) -> bool:
    return _YOU_WORDS.search(told) is not None or _YOU_CASED.search(told) is not None


def _speaks_as_publisher(told: str) -> bool:
    return _WE_WORDS.search(told) is not None or _WE_CASED.search(told) is not None


def _scope(change: Change) -> str | None:
    return change.block.id if change.block else None


def _texts(change: Change) -> Iterator[str]:
    for text in (change.previous_text, change.text):
        if text:
            yield text


def about_something_else(texts: Sequence[str], old: Article, new: Article) -> set[str]:
    """Those of ``texts`` with enough words to judge (``_FEWEST_WORDS``) that share not one
    content word with the story's stable text, or that stand off its core (``_off_core``)."""
    judged = [text for text in texts if len(gist(text).words) >= _FEWEST_WORDS]
    if not judged:
        return set()
    shared = _words_shared_with_story({i: [text] for i, text in enumerate(judged)}, old, new)
    unrelated = {text for i, text in enumerate(judged) if not shared[i]}
    return unrelated | _off_core([t for t in judged if t not in unrelated], old, new)


# A story says what it is about in its headline and in the words its paragraphs repeat. A
# notice, a promo or a line of other news set among them shares a word with it by chance (a
# weekday, the town), hardly more. Judged only where the story has ``_CORE_PARAGRAPHS`` stable
# paragraphs (a short story repeats too little to have a core), and only for a line of
# ``_FEWEST_CORE_WORDS`` content words or more: a shorter aside or quote shares little with
# anything. What the test costs on real story text: ``bench/topic_public.py``.
_CORE_PARAGRAPHS = 6
_FEWEST_CORE_WORDS = 6
_MOST_SHARED = 1


def _off_core(texts: Sequence[str], old: Article, new: Article) -> set[str]:
    """Those of ``texts`` that share at most ``_MOST_SHARED`` word with the headlines, and at
    most that many with the words two stable paragraphs or more repeat."""
    if not texts:
        return set()
    own = set(texts)
    headline = gist(old.title).words | gist(new.title).words
    seen: dict[str, int] = {}
    paragraphs = 0
    for text in _stable_texts(old, new):
        if text in own or text in (old.title, new.title):
            continue
        paragraphs += 1
        for word in gist(text).words:
            seen[word] = seen.get(word, 0) + 1
    if paragraphs < _CORE_PARAGRAPHS:
        return set()
    off = set()
    for text in texts:
        words = gist(text).words
        if len(words) < _FEWEST_CORE_WORDS:
            continue
        recurring = sum(1 for word in words if seen.get(word, 0) >= 2)
        if len(words & headline) <= _MOST_SHARED and recurring <= _MOST_SHARED:
            off.add(text)
    return off


def _shared_words(judged: list[Change], old: Article, new: Article) -> dict[int, set[str]]:
    """For each change (by id): a content word its texts share with the story's stable text
    (both headlines and every paragraph, body or block, both versions show), if any."""
    return _words_shared_with_story({id(c): list(_texts(c)) for c in judged}, old, new)


def _words_shared_with_story(
    texts: dict[int, list[str]], old: Article, new: Article
) -> dict[int, set[str]]:
    """For each key: a content word its texts share with the story's stable text, if any. Read
    in page order until every key has met one: most do in the headline or first paragraphs."""
    met: dict[int, set[str]] = {key: set() for key in texts}
    sides = {key: [gist(text).words for text in lines] for key, lines in texts.items()}
    pending = set(met)
    own = {text for lines in texts.values() for text in lines}  # a moved line is in both
    for text in _stable_texts(old, new):
        if text in own:
            continue
        story = gist(text).words
        for key in list(pending):
            for side in sides[key]:
                met[key].update(side & story)
            if met[key]:
                pending.discard(key)
        if not pending:
            break
    return met


def _stable_texts(old: Article, new: Article) -> Iterator[str]:
    yield old.title
    yield new.title
    before = set(_all_paragraphs(old))
    yield from (p for p in _all_paragraphs(new) if p in before)


def _all_paragraphs(article: Article) -> Iterator[str]:
    yield from article.paragraphs
    for block in article.blocks:
        yield from block.paragraphs
