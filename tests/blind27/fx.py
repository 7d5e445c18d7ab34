"""Clock and number formats, the furniture builders and the furniture texts the sites share.
Nearly all furniture here is drawn in the markup of the story itself: the body's own paragraph
class, its bold or italic leads, its note markup and its live-entry markup (the sites build those
last two themselves, with their own clocks)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from kit import Block, Ctx, W, big_footer, e, mega_nav, shell


def us(dt: datetime) -> str:
    """'3:53 p.m.' (American papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def pm(dt: datetime) -> str:
    """'9.40pm' (Irish and Australian papers)."""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def uhr(dt: datetime) -> str:
    """'23.04 Uhr'."""
    return f"{dt.hour}.{dt.minute:02d} Uhr"


def hm(dt: datetime, sep: str = ":") -> str:
    """'23:04' (or with another separator)."""
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def dot(dt: datetime) -> str:
    """'23.04' (Italian papers)."""
    return f"{dt.hour}.{dt.minute:02d}"


def fr(dt: datetime) -> str:
    """'22 h 15' (Quebec)."""
    return f"{dt.hour} h {dt.minute:02d}"


def frh(dt: datetime) -> str:
    """'22h15' (Switzerland)."""
    return f"{dt.hour}h{dt.minute:02d}"


def dotam(dt: datetime) -> str:
    """'2.15 a.m.' (Indian papers)."""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}


def month(dt: datetime, lang: str) -> str:
    return MONTHS[lang].split()[dt.month - 1]


def weekday(dt: datetime, lang: str) -> str:
    return DAYS[lang].split()[dt.weekday()]


def fall(ctx: Ctx, base: int, step: int, jitter: int) -> int:
    """A stock that falls from fetch to fetch (Christmas trees left on a lot)."""
    return base - step * ctx.n - ctx.rng.randint(0, jitter)


def num(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def one(ctx: Ctx, pool: list[str]) -> str:
    return ctx.rng.choice(pool)


def turn(ctx: Ctx, pool: list[str], salt: str) -> str:
    """A carousel: one item of ``pool`` per request, a different one on each fetch (the start is
    fixed per page and ``salt``)."""
    start = random.Random(f"blind27:turn:{ctx.slug}:{salt}").randrange(len(pool))
    return pool[(start + ctx.n) % len(pool)]


def rise(ctx: Ctx, base: int, step: int, jitter: int) -> int:
    """A count that rises from fetch to fetch (items mended, nominations, comments)."""
    return base + step * ctx.n + ctx.rng.randint(0, jitter)


def drift(ctx: Ctx, base: int, spread: int) -> int:
    """A figure that wanders up and down on every fetch."""
    return base + ctx.rng.randint(-spread, spread)


def countdown(ctx: Ctx, due: datetime, fmt: Callable[[int, int], str]) -> str:
    """The time left from this fetch until ``due`` (a mobile-library stop), as ``fmt`` prints
    hours and minutes; it shrinks by ten minutes on every fetch."""
    left = int((due - ctx.local).total_seconds() // 60)
    return fmt(left // 60, left % 60)


def share(ctx: Ctx, base: int, spread: int) -> int:
    """A percentage that wanders from fetch to fetch (buses on time)."""
    return max(50, min(99, base + ctx.rng.randint(-spread, spread)))


def bp(cls: str, text: str, kind: str, lead: str | None = None, tag: str = "strong") -> W:
    """Furniture as a paragraph in the body's own class, optionally with a bold or italic lead
    ("Lost and found:", "Stadtbusse pünktlich, Stand 23.07 Uhr:"). The truth line is the text
    after the lead."""
    lead_html = f"<{tag}>{e(lead)}</{tag}> " if lead else ""
    attr = f' class="{cls}"' if cls else ""
    return W(f"<p{attr}>{lead_html}{e(text)}</p>", [text], kind)


def bl(cls: str, item_cls: str, items: list[str], kind: str, tag: str = "ul") -> W:
    """Furniture as a list in the body's own list style."""
    lis = "".join(
        f'<li class="{item_cls}">{e(x)}</li>' if item_cls else f"<li>{e(x)}</li>" for x in items
    )
    attr = f' class="{cls}"' if cls else ""
    return W(f"<{tag}{attr}>{lis}</{tag}>", list(items), kind)


def ld(obj: dict) -> dict:
    return {"@context": "https://schema.org", **obj}


def graph(*objs: dict) -> dict:
    return {"@context": "https://schema.org", "@graph": list(objs)}


def bpa(cls: str, lead: str, text: str, href: str, kind: str, tag: str = "strong") -> W:
    """A teaser in the body's own paragraph class: a bold lead and a link ("Read more: …")."""
    attr = f' class="{cls}"' if cls else ""
    return W(f'<p{attr}><{tag}>{e(lead)}</{tag}> <a href="{href}">{e(text)}</a></p>', [text], kind)


def subset(ctx: Ctx, pool: list[str], k: int) -> list[str]:
    """A rotating subset of ``pool`` in pool order (a related-links box)."""
    keep = sorted(ctx.rng.sample(range(len(pool)), k))
    return [pool[i] for i in keep]


# Furniture kinds, as --stats counts them. Eleven are new to the series (seven of them widgets
# that real news sites commonly print); the four marked "classic" are the ordinary widgets of
# real CMSs, in this set's own wording and markup.
VIDEO = "video playlist: the next clip's title and running time, a different one per request"
SOCIAL = "embedded social post from an official account, its repost count rising"
PAYWALL = "subscriber-only story teaser with a lock line, a different one per request"
FUEL = "fuel price at the pump now, wandering, with an update time"
GAME = "daily word game: readers who solved today's puzzle so far, rising, with a clock"
EPAPER = "today's e-paper edition: pages and supplements (fixed wording)"
ADBLOCK = "ad-blocker request to switch it off for the site (fixed wording)"
MYSTERY = "a reader's mystery object with the answer, a different one per request"
PHARMACY = "night pharmacy: people queuing at the counter now, wandering, with a clock"
UMBRELLA = "umbrella-lending rack: loan umbrellas left, falling, with a clock"
HEARING = "free hearing checks for older people (fixed wording)"
READ = "classic: read-more teaser for another story, a different one per request"
PROMO = "classic: sponsored promo with rotating copy"
NEWS = "classic: newsletter sign-up box (fixed wording)"
TICKER = "classic: latest-news ticker, another story's headline with its clock, a different one per request"

NEW = {VIDEO, SOCIAL, PAYWALL, FUEL, GAME, EPAPER, ADBLOCK, MYSTERY, PHARMACY, UMBRELLA, HEARING}
REAL = {VIDEO, SOCIAL, PAYWALL, FUEL, GAME, EPAPER, ADBLOCK}  # common on real news sites
CLASSIC = {READ, PROMO, NEWS, TICKER}
FIXED = {EPAPER, ADBLOCK, HEARING, NEWS}  # wording never changes; they only come, go and move
DAILY: set[str] = set()  # none of this set's kinds turns over at local midnight
SWAPS = {VIDEO, PAYWALL, MYSTERY, READ, PROMO, TICKER}  # a different item, same label

POOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        VIDEO: [
            "Watch: harbour seals return to the breakwater (1:42)",
            "Watch: how the night-shift bakers get ready for Christmas (3:05)",
            "Watch: schoolchildren plant a mangrove nursery on the creek (2:18)",
            "Watch: the oldest barber in town cuts his last fringe (4:11)",
        ],
        PAYWALL: [
            "Inside the bidding war for the old cinema site. Subscribers only: unlock the full story for a dollar.",
            "Why the port's night crane drivers are quitting. Subscribers only: unlock the full story for a dollar.",
            "The family who built the city's first ice factory. Subscribers only: unlock the full story for a dollar.",
            "What the new rent rules mean for your lease. Subscribers only: unlock the full story for a dollar.",
        ],
        MYSTERY: [
            "A brass hook with a wooden handle found in a grandfather's shed. Answer: a button hook for boots.",
            "A tin cone with a crank on the side. Answer: a hand-cranked nutmeg grater from the 1930s.",
            "A flat iron plate with two holes and a chain. Answer: a boot scraper once fixed by a front door.",
            "A glass bulb on a long stem, sent in by Farah. Answer: an old fly trap filled with sugar water.",
        ],
        READ: [
            "Market traders vote to keep Sunday stalls open into the evening",
            "Junior chess champions head to the continental finals",
            "New ferry timetable adds an early crossing on weekdays",
            "Veterans' club restores its hall with money from a bake sale",
        ],
        PROMO: [
            "Winter cooling service for your air conditioner, half price before the holidays.",
            "Two nights at the lodge for the price of one when you book a spa treatment.",
            "Trade in your old phone and get a new one with a year of free data.",
            "The garden centre's festive fair: mulled punch and wreath-making every weekend.",
        ],
        TICKER: [
            "Court adjourns fraud trial to January",
            "Netball: national side names new captain",
            "Fire guts warehouse in the industrial area",
            "Teachers' union accepts new pay offer",
        ],
    },
    "de": {
        VIDEO: [
            "Video: Wie der Christbaum auf den Hauptplatz kommt (2:14)",
            "Video: Die letzte Schuhmacherin der Stadt bei der Arbeit (3:48)",
            "Video: Schulkinder bauen ein Insektenhotel (1:56)",
            "Video: Nachtschicht in der Großbäckerei (4:02)",
        ],
        PAYWALL: [
            "Das Geschäft mit den leeren Ferienwohnungen. Nur für Abonnenten: jetzt weiterlesen mit dem Digitalabo.",
            "Warum die Bergretter kaum Nachwuchs finden. Nur für Abonnenten: jetzt weiterlesen mit dem Digitalabo.",
            "Der Streit um das alte Brauereigelände. Nur für Abonnenten: jetzt weiterlesen mit dem Digitalabo.",
            "Was die neue Grundsteuer für Mieter bedeutet. Nur für Abonnenten: jetzt weiterlesen mit dem Digitalabo.",
        ],
        MYSTERY: [
            "Ein Holzbrett mit eingeschnitzten Rillen vom Dachboden der Großeltern. Lösung: ein Waschbrett.",
            "Eine Blechdose mit Kurbel und Trichter. Lösung: eine alte Kaffeemühle aus den Fünfzigern.",
            "Ein Eisenhaken an einem langen Stiel, eingesandt von Herrn Pichler. Lösung: ein Heurechen-Zahn.",
            "Ein Glaskolben mit schmalem Hals und Korken. Lösung: eine Fliegenfalle aus Großmutters Küche.",
        ],
        READ: [
            "Gemeinde baut Kinderkrippe im alten Postamt",
            "Eisstockschützen holen den Landesmeistertitel",
            "Neuer Busfahrplan bringt Frühverbindung an Werktagen",
            "Musikkapelle sammelt für neue Trachten",
        ],
        PROMO: [
            "Wellnesswochenende im Thermenhotel: die zweite Nacht gibt es gratis dazu.",
            "Neues Handy zum Vertrag, dazu ein Jahr lang unbegrenzt Daten.",
            "Adventmarkt im Gartencenter: Punsch und Kranzbinden an jedem Wochenende.",
            "Heizungs-Check vor dem Winter zum halben Preis, nur bis Monatsende.",
        ],
        TICKER: [
            "Prozess um Anlagebetrug auf Jänner vertagt",
            "Lagerhalle im Gewerbegebiet ausgebrannt",
            "Lehrergewerkschaft nimmt Gehaltsangebot an",
            "Skispringen: Heimsieg auf der Großschanze",
        ],
    },
    "fr": {
        VIDEO: [
            "Vidéo : le retour des baleines au large de la côte (1:38)",
            "Vidéo : une nuit avec les boulangers avant les fêtes (3:12)",
            "Vidéo : des écoliers plantent une pépinière de palétuviers (2:21)",
            "Vidéo : le dernier cordonnier du centre-ville (4:05)",
        ],
        PAYWALL: [
            "Enquête sur la bataille pour l'ancien cinéma. Réservé aux abonnés : lisez la suite pour un euro.",
            "Pourquoi les grutiers du port démissionnent. Réservé aux abonnés : lisez la suite pour un euro.",
            "La famille qui a fondé la première fabrique de glace. Réservé aux abonnés : lisez la suite pour un euro.",
            "Ce que la réforme des loyers change pour vous. Réservé aux abonnés : lisez la suite pour un euro.",
        ],
        MYSTERY: [
            "Un crochet en laiton à manche de bois trouvé dans la remise d'un grand-père. Réponse : un tire-bouton.",
            "Un cône en fer-blanc muni d'une manivelle. Réponse : une râpe à muscade des années 1930.",
            "Une plaque de fonte percée de deux trous. Réponse : un décrottoir fixé jadis près de la porte.",
            "Une ampoule de verre sur une longue tige, envoyée par Hanta. Réponse : un vieux piège à mouches.",
        ],
        READ: [
            "Les commerçants du marché obtiennent une nocturne le vendredi",
            "Échecs : deux jeunes qualifiés pour la finale régionale",
            "Le nouveau plan de bus ajoute un départ à l'aube",
            "L'association des anciens rénove sa salle grâce à une kermesse",
        ],
        PROMO: [
            "Entretien de votre climatiseur à moitié prix avant les fêtes.",
            "Deux nuits à l'hôtel pour le prix d'une avec un soin au spa.",
            "Reprise de votre ancien téléphone et un an de données offert.",
            "Marché de Noël à la jardinerie : ateliers de couronnes chaque week-end.",
        ],
        TICKER: [
            "Le procès pour escroquerie renvoyé en janvier",
            "Un entrepôt ravagé par les flammes en zone industrielle",
            "Les enseignants acceptent la revalorisation",
            "Football : le club local en huitièmes de finale",
        ],
    },
    "it": {
        VIDEO: [
            "Video: il ritorno dei delfini davanti al porto (1:44)",
            "Video: una notte con i fornai prima delle feste (3:09)",
            "Video: gli alunni piantano un orto sul tetto della scuola (2:16)",
            "Video: l'ultimo calzolaio del centro storico (4:07)",
        ],
        PAYWALL: [
            "Dietro la battaglia per l'ex cinema. Riservato agli abbonati: continua a leggere con un euro.",
            "Perché i gruisti del porto si licenziano. Riservato agli abbonati: continua a leggere con un euro.",
            "La famiglia che fondò la prima fabbrica del ghiaccio. Riservato agli abbonati: continua a leggere con un euro.",
            "Cosa cambia per gli affitti con le nuove regole. Riservato agli abbonati: continua a leggere con un euro.",
        ],
        MYSTERY: [
            "Un gancio d'ottone con manico di legno trovato nella cantina del nonno. Risposta: un allacciabottoni.",
            "Un cono di latta con una manovella. Risposta: una grattugia per noce moscata degli anni Trenta.",
            "Una piastra di ghisa con due fori. Risposta: un raschiascarpe fissato accanto al portone.",
            "Un'ampolla di vetro su un lungo stelo, inviata da Carmela. Risposta: una vecchia trappola per mosche.",
        ],
        READ: [
            "I commercianti del mercato ottengono l'apertura serale",
            "Scacchi, due giovani in finale regionale",
            "Il nuovo orario dei bus aggiunge una corsa all'alba",
            "L'associazione dei reduci restaura la sede con una pesca di beneficenza",
        ],
        PROMO: [
            "Manutenzione del condizionatore a metà prezzo prima delle feste.",
            "Due notti in agriturismo al prezzo di una con un trattamento benessere.",
            "Rottama il vecchio telefono e hai un anno di traffico dati gratis.",
            "Mercatino natalizio al garden center: laboratori di ghirlande ogni fine settimana.",
        ],
        TICKER: [
            "Processo per truffa rinviato a gennaio",
            "Capannone distrutto dalle fiamme in zona industriale",
            "I sindacati della scuola accettano l'aumento",
            "Calcio, la squadra locale agli ottavi di coppa",
        ],
    },
}

# Counters and fixed notices: {n} is the figure, the other fields the page's own places.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        SOCIAL: "{social}: Please stay off the roads unless your journey is essential. Reposted {n} times.",
        FUEL: "{fuel}: unleaded at {n} {unit} a litre.",
        GAME: "{n} readers have cracked today's five-letter word in {game} so far. Can you?",
        PHARMACY: "{pharmacy}: {n} people waiting at the night counter.",
        UMBRELLA: "{umbrella}: {n} loan umbrellas left on the rack; return them to any branch.",
        EPAPER: "Today's e-paper of {brand} is ready: 48 pages plus the weekend property pull-out, on your phone or tablet.",
        ADBLOCK: "Looks like you are using an ad blocker. Ads help pay for {brand}'s reporters; please switch it off for our site.",
        HEARING: "Free hearing checks for over-60s at {hearing} every Thursday morning; no appointment needed.",
        NEWS: "Get the Morning Brief from {brand}: the five stories you need before breakfast, free in your inbox.",
    },
    "de": {
        SOCIAL: "{social}: Bitte nur unbedingt nötige Fahrten unternehmen. {n}-mal geteilt.",
        FUEL: "{fuel}: Super kostet gerade {n} {unit} je Liter.",
        GAME: "{n} Leserinnen und Leser haben das heutige {game} schon gelöst. Sie auch?",
        PHARMACY: "{pharmacy}: {n} Menschen warten gerade am Nachtschalter.",
        UMBRELLA: "{umbrella}: noch {n} Leihschirme im Ständer; Rückgabe in jeder Filiale.",
        EPAPER: "Das E-Paper von {brand} ist da: 48 Seiten und die Wochenendbeilage, auf Handy und Tablet.",
        ADBLOCK: "Sie verwenden einen Werbeblocker. Werbung finanziert die Arbeit von {brand}; bitte schalten Sie ihn für unsere Seite ab.",
        HEARING: "Kostenloser Hörtest für Menschen ab 60 in {hearing}, jeden Donnerstagvormittag, ohne Termin.",
        NEWS: "Der Morgenüberblick von {brand}: die fünf wichtigsten Geschichten vor dem Frühstück, gratis per E-Mail.",
    },
    "fr": {
        SOCIAL: "{social} : Limitez vos déplacements au strict nécessaire. Partagé {n} fois.",
        FUEL: "{fuel} : le sans-plomb à {n} {unit} le litre.",
        GAME: "{n} lecteurs ont déjà trouvé le mot du jour de {game}. Et vous ?",
        PHARMACY: "{pharmacy} : {n} personnes au guichet de nuit en ce moment.",
        UMBRELLA: "{umbrella} : encore {n} parapluies en prêt ; à rendre dans n'importe quelle agence.",
        EPAPER: "L'édition numérique de {brand} est en ligne : 48 pages et le supplément du week-end, sur mobile et tablette.",
        ADBLOCK: "Vous utilisez un bloqueur de publicité. La publicité finance les journalistes de {brand} ; merci de le désactiver sur notre site.",
        HEARING: "Dépistage gratuit de l'audition pour les plus de 60 ans à {hearing}, chaque jeudi matin, sans rendez-vous.",
        NEWS: "Le Réveil de {brand} : les cinq infos à connaître avant le petit-déjeuner, gratuitement dans votre boîte mail.",
    },
    "it": {
        SOCIAL: "{social}: Evitate gli spostamenti non necessari. Condiviso {n} volte.",
        FUEL: "{fuel}: la benzina è a {n} {unit} al litro.",
        GAME: "{n} lettori hanno già indovinato la parola di oggi di {game}. E tu?",
        PHARMACY: "{pharmacy}: {n} persone in coda allo sportello notturno.",
        UMBRELLA: "{umbrella}: ancora {n} ombrelli in prestito; si restituiscono in qualsiasi sede.",
        EPAPER: "L'edizione digitale di {brand} è disponibile: 48 pagine e l'inserto del fine settimana, su telefono e tablet.",
        ADBLOCK: "Stai usando un blocco della pubblicità. La pubblicità paga i giornalisti di {brand}: disattivalo per il nostro sito.",
        HEARING: "Controllo gratuito dell'udito per gli over 60 a {hearing}, ogni giovedì mattina, senza prenotazione.",
        NEWS: "Il Buongiorno di {brand}: le cinque notizie da sapere prima di colazione, gratis nella tua casella.",
    },
}

# How each counter moves: base, step per fetch, jitter (rise/fall) or spread (drift).
MOVES = {SOCIAL: ("rise", 37, 15), GAME: ("rise", 21, 9), PHARMACY: ("drift", 0, 4)}
MOVES |= {UMBRELLA: ("fall", 2, 1), FUEL: ("drift", 0, 3)}


def count(ctx: Ctx, kind: str, base: int, sep: str = ",") -> str:
    how, step, jit = MOVES[kind]
    if how == "rise":
        value = rise(ctx, base, step, jit)
    elif how == "fall":
        value = fall(ctx, base, step, jit)
    else:
        value = max(0, drift(ctx, base, jit))
    return num(value, sep)


class Texts:
    """A page's furniture texts: carousels per request, counters per fetch, fixed notices."""

    def __init__(self, ctx: Ctx, lang: str, places: dict[str, str], sep: str = ",") -> None:
        self.ctx, self.lang, self.places, self.sep = ctx, lang, places, sep

    def pool(self, kind: str) -> str:
        return turn(self.ctx, POOLS[self.lang][kind], kind)

    def fixed(self, kind: str) -> str:
        return TEMPLATES[self.lang][kind].format(**self.places)

    def counter(self, kind: str, base: int) -> str:
        n = count(self.ctx, kind, base, self.sep)
        return TEMPLATES[self.lang][kind].format(n=n, **self.places)


def gst(dt: datetime) -> str:
    """'1:35 AM' (Gulf papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def hh(dt: datetime) -> str:
    """'23h10' / '00h53' (Southern African papers, zero-padded)."""
    return f"{dt.hour:02d}h{dt.minute:02d}"


def page(
    ctx: Ctx,
    *,
    lang: str,
    prefix: str,
    brand: str,
    url: str,
    title: str,
    sections: list[str],
    subs: list[str],
    foot: dict[str, list[str]],
    legal: str,
    jsonld: list[dict],
    main: str,
    body_cls: str,
    cms: str = "custom",
) -> str:
    """The page shell with the publisher's mega menu and footer."""
    return shell(
        ctx,
        lang=lang,
        title=title,
        canonical=url,
        prefix=prefix,
        body_cls=body_cls,
        jsonld=jsonld,
        nav=mega_nav(prefix, brand, "/", sections, subs),
        main=main,
        footer=big_footer(prefix, foot, legal),
        cms=cms,
    )


def post(html: str, lines: list[str], kind: str, marks: list[str] | None = None) -> W:
    """Furniture drawn in a note's or a live entry's own markup (the site builds the markup)."""
    return W(html, lines, kind, marks or [])


@dataclass
class DateBlock(Block):
    """A note whose label prints a date but no clock: the truth gives the date only."""

    day: date | None = None

    def truth(self) -> dict[str, str | None]:
        out = super().truth()
        out["timestamp"] = self.day.isoformat() if self.day else None
        return out


def ampm(dt: datetime) -> str:
    """'4:12 am' (South Asian papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'am' if dt.hour < 12 else 'pm'}"


def am(dt: datetime) -> str:
    """'3:10am' (Bangladeshi papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def AM(dt: datetime) -> str:
    """'10:24AM' (Pacific papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{'AM' if dt.hour < 12 else 'PM'}"
