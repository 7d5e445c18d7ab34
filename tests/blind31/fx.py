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
    start = random.Random(f"blind31:turn:{ctx.slug}:{salt}").randrange(len(pool))
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


# Furniture kinds, as --stats counts them. Eleven are new to the series (none of them in the kind
# tables of blind11 to blind30, all of them widgets that real news sites commonly print); the four
# marked "classic" are the ordinary widgets of real CMSs, in this set's own wording and markup.
DENGUE = "dengue cases reported this week in another district, rising, with an update time"
BREATH = "drivers breath-tested at police checkpoints tonight, rising, with a clock"
GRID = "electricity demand on the national grid now, wandering, with a clock"
CROP = "a farm commodity's exchange price now (coffee, cocoa, soy, wheat), wandering, with a clock"
WATER = "scheduled water-supply interruption in another neighbourhood (fixed wording)"
HOLIDAY = "public-holiday closures: what is shut on the coming holiday (fixed wording)"
WARNINGS = "weather warnings in force across the country now, rising, with a clock"
RACING = "horse-racing result: the winner of another race, a different race per request"
RESCUE = "people rescued at sea by the coastguard today, rising, with a clock"
AMBULANCE = "average ambulance response time tonight, wandering, with a clock"
JACKPOT = "lottery jackpot for the next draw, rising with ticket sales, with a clock"
READ = "classic: read-more teaser for another story, a different one per request"
PROMO = "classic: sponsored promo with rotating copy"
NEWS = "classic: newsletter sign-up box (fixed wording)"
TICKER = "classic: latest-news ticker, another story's headline, a different one per request"

NEW = {DENGUE, BREATH, GRID, CROP, WATER, HOLIDAY, WARNINGS, RACING, RESCUE, AMBULANCE, JACKPOT}
REAL = set(NEW)  # all eleven are common on news sites
CLASSIC = {READ, PROMO, NEWS, TICKER}
FIXED = {WATER, HOLIDAY, NEWS}  # wording never changes; they only come, go and move
DAILY: set[str] = set()  # none of this set's kinds turns over at local midnight
SWAPS = {RACING, READ, PROMO, TICKER}  # a different item, same label

POOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        RACING: [
            "Caymanas Park, race 4: Lady Marmalade wins by two lengths at 5-1.",
            "Bangalore Turf Club, race 3: Golden Monsoon holds off the favourite.",
            "Marsa Racetrack, trotting final: Quick Lucky takes the Christmas Cup.",
            "Caymanas Park, race 7: Sir Bentley comes from last to win at 8-1.",
            "Mysore races, race 5: Silver Arrow wins on a heavy track.",
            "Marsa Racetrack, race 2: Boy Ghigo wins the juvenile trot.",
        ],
        READ: [
            "The last lace-maker of her village takes on two apprentices",
            "Why commuters are leaving the car at home one day a week",
            "A fisherman's diary of forty winters at sea",
            "Inside the night shift at the city's busiest bakery",
            "How a retired teacher turned a car park into a garden",
        ],
        PROMO: [
            "Upgrade your home fibre to 1 Gbps for the price of 300 Mbps this month.",
            "Book a weekend stay at a partner hotel and get breakfast and parking included.",
            "Save on solar water heaters installed before the end of the year.",
            "New phones from zero down with a two-year plan at our partner store.",
            "Fixed-rate home loans from a partner bank, with no arrangement fee.",
        ],
        TICKER: [
            "Parliament approves next year's budget after late sitting",
            "New children's ward opens at the general hospital",
            "Police seize cigarettes worth a million at the port",
            "National team names squad for the January friendlies",
            "Power station upgrade finished ahead of schedule",
        ],
    },
    "de": {
        RACING: [
            "Galopprennen in Köln, 3. Rennen: Nachtwind gewinnt mit zwei Längen.",
            "Trabrennbahn Kincsem Park, Großer Preis: Fekete Villám siegt knapp.",
            "Hipódromo de Asunción, 5. Rennen: Don Faustino gewinnt als Außenseiter.",
            "Galopp in Dortmund, Hauptrennen: Sonnenkönigin setzt sich durch.",
            "Kincsem Park, 4. Rennen: Tisza Hercege siegt vom letzten Platz aus.",
            "Hipódromo de Asunción, 2. Rennen: La Morena gewinnt überlegen.",
        ],
        READ: [
            "Die letzte Klöpplerin des Dorfes gibt ihr Handwerk weiter",
            "Warum immer mehr Pendler einen Tag pro Woche aufs Auto verzichten",
            "Vierzig Winter auf See: Das Tagebuch eines Fischers",
            "Eine Nachtschicht in der größten Bäckerei der Stadt",
            "Wie ein pensionierter Lehrer einen Parkplatz begrünte",
        ],
        PROMO: [
            "Glasfaser mit 1 Gbit/s zum Preis von 300 Mbit/s, nur in diesem Monat.",
            "Wochenende im Partnerhotel mit Frühstück und Parkplatz inklusive.",
            "Solaranlage bis Jahresende installieren lassen und Förderung sichern.",
            "Neues Smartphone ohne Anzahlung beim Partnerhändler.",
            "Baufinanzierung mit festem Zins und ohne Bearbeitungsgebühr.",
        ],
        TICKER: [
            "Landtag verabschiedet den Haushalt nach langer Sitzung",
            "Neue Kinderstation im Klinikum eröffnet",
            "Zoll stellt am Hafen eine Million Zigaretten sicher",
            "Nationalmannschaft nominiert Kader für Januar-Länderspiele",
            "Kraftwerk früher als geplant modernisiert",
        ],
    },
    "fr": {
        RACING: [
            "Hippodrome de Pirae, 3e course : Tiare Nui l'emporte de deux longueurs.",
            "Hippodrome de Vincennes, quinté : Ivanhoé du Gîte s'impose à 12 contre 1.",
            "Hippodrome de Guéziret, 4e course : Nour El Sabah gagne en favori.",
            "Hippodrome de Pirae, 5e course : Manu Rere remonte tout le peloton.",
            "Hippodrome de Vincennes, prix de clôture : Jolie Star gagne d'une tête.",
            "Hippodrome de Guéziret, 2e course : Al Ameer s'impose facilement.",
        ],
        READ: [
            "La dernière dentellière du village prend deux apprenties",
            "Pourquoi les navetteurs laissent leur voiture un jour par semaine",
            "Quarante hivers en mer : le carnet d'un pêcheur",
            "Une nuit avec l'équipe de la plus grande boulangerie de la ville",
            "Comment un instituteur retraité a transformé un parking en jardin",
        ],
        PROMO: [
            "La fibre à 1 Gbit/s au prix de 300 Mbit/s, ce mois-ci seulement.",
            "Un week-end à l'hôtel partenaire avec petit-déjeuner et parking inclus.",
            "Chauffe-eau solaire posé avant la fin de l'année à prix réduit.",
            "Smartphone neuf sans apport chez notre partenaire.",
            "Prêt immobilier à taux fixe sans frais de dossier.",
        ],
        TICKER: [
            "Le Parlement adopte le budget après une longue séance",
            "Un nouveau service de pédiatrie ouvre à l'hôpital général",
            "Saisie record de cigarettes au port",
            "La sélection nationale dévoile sa liste pour janvier",
            "La centrale électrique modernisée avant la date prévue",
        ],
    },
    "it": {
        RACING: [
            "Ippodromo di San Siro, terza corsa: Vento del Nord vince di due lunghezze.",
            "Ippodromo di Agnano, Gran Premio: Zorro Jet si impone in volata.",
            "Jockey Club Brasileiro, quinta corsa: Dom Pedrito vince da outsider.",
            "Ippodromo della Favorita, quarta corsa: Stella di Mare vince in rimonta.",
            "Ippodromo di San Siro, corsa di chiusura: Bella Figura vince di una testa.",
            "Jockey Club do Paraná, seconda corsa: Guaraní vince con facilità.",
        ],
        READ: [
            "L'ultima merlettaia del paese insegna il mestiere a due ragazze",
            "Perché sempre più pendolari lasciano l'auto a casa un giorno a settimana",
            "Quaranta inverni in mare: il diario di un pescatore",
            "Una notte con il turno del più grande panificio della città",
            "Come un maestro in pensione ha trasformato un parcheggio in un giardino",
        ],
        PROMO: [
            "Fibra a 1 Gbit/s al prezzo della 300 Mbit/s, solo questo mese.",
            "Weekend nell'hotel partner con colazione e parcheggio inclusi.",
            "Pannelli solari installati entro fine anno con lo sconto in fattura.",
            "Smartphone nuovo senza anticipo dal nostro partner.",
            "Mutuo a tasso fisso senza spese di istruttoria.",
        ],
        TICKER: [
            "Il consiglio regionale approva il bilancio dopo una lunga seduta",
            "Apre il nuovo reparto di pediatria all'ospedale",
            "Sequestrate sigarette per un milione al porto",
            "La nazionale annuncia i convocati per gennaio",
            "Centrale elettrica ammodernata in anticipo sui tempi",
        ],
    },
}

# Counters and fixed notices: {n} is the figure, the other fields the page's own places.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        DENGUE: "{district} has recorded {n} dengue cases so far this week, the health ministry says.",
        BREATH: "{police} have breath-tested {n} drivers at checkpoints since 8pm.",
        GRID: "Electricity demand on the {grid} grid stands at {n} megawatts.",
        CROP: "{crop} is trading at {n} US cents a pound.",
        WATER: "{utility} will cut the water supply in {hood} on Tuesday from 8am to 4pm for pipe repairs.",
        HOLIDAY: "{holiday}: government offices, banks and most shops will be closed; buses run a Sunday service.",
        WARNINGS: "{n} weather warnings are now in force across the country.",
        RESCUE: "The coastguard has rescued {n} people at sea so far today.",
        AMBULANCE: "Ambulances are taking an average of {n} minutes to reach emergency calls tonight.",
        JACKPOT: "The {lotto} jackpot for the next draw now stands at {cur}{n},000.",
        NEWS: "Get {brand} Evening Brief in your inbox: the five stories you need, every weekday at 6pm.",
    },
    "de": {
        DENGUE: "{district} meldet in dieser Woche bislang {n} Dengue-Fälle.",
        BREATH: "{police} hat seit 20 Uhr {n} Autofahrer an Kontrollstellen auf Alkohol getestet.",
        GRID: "Der Stromverbrauch im {grid}-Netz liegt bei {n} Megawatt.",
        CROP: "{crop} wird zu {n} US-Dollar je Tonne gehandelt.",
        WATER: "{utility} sperrt am Dienstag von 8 bis 16 Uhr das Wasser in {hood} wegen Rohrarbeiten.",
        HOLIDAY: "{holiday}: Ämter, Banken und die meisten Geschäfte bleiben geschlossen, Busse fahren nach Sonntagsplan.",
        WARNINGS: "Landesweit gelten derzeit {n} Unwetterwarnungen.",
        RESCUE: "Die Küstenwache hat heute bislang {n} Menschen aus Seenot gerettet.",
        AMBULANCE: "Rettungswagen brauchen heute Abend im Schnitt {n} Minuten bis zum Einsatzort.",
        JACKPOT: "Im Jackpot von {lotto} liegen für die nächste Ziehung {n}.000 {cur}.",
        NEWS: "Abonnieren Sie den {brand}-Abendbrief: die fünf wichtigsten Geschichten, werktags um 18 Uhr.",
    },
    "fr": {
        DENGUE: "{district} a recensé {n} cas de dengue depuis le début de la semaine.",
        BREATH: "{police} a soumis {n} conducteurs à un dépistage d'alcoolémie depuis 20 h.",
        GRID: "La consommation d'électricité sur le réseau {grid} atteint {n} mégawatts.",
        CROP: "{crop} s'échange à {n} dollars la tonne.",
        WATER: "{utility} coupera l'eau à {hood} mardi de 8 h à 16 h pour des travaux sur les conduites.",
        HOLIDAY: "{holiday} : administrations, banques et la plupart des commerces seront fermés ; bus en service du dimanche.",
        WARNINGS: "{n} vigilances météo sont actuellement en vigueur dans le pays.",
        RESCUE: "Les secours en mer ont porté assistance à {n} personnes depuis ce matin.",
        AMBULANCE: "Les ambulances mettent en moyenne {n} minutes pour arriver sur les lieux ce soir.",
        JACKPOT: "Le jackpot du {lotto} pour le prochain tirage s'élève à {n} 000 {cur}.",
        NEWS: "Recevez Le Fil du soir de {brand} : les cinq articles à lire, chaque jour de semaine à 18 h.",
    },
    "it": {
        DENGUE: "{district} ha registrato {n} casi di dengue dall'inizio della settimana.",
        BREATH: "{police} ha sottoposto {n} automobilisti all'alcoltest dalle 20.",
        GRID: "La domanda di elettricità sulla rete {grid} è di {n} megawatt.",
        CROP: "{crop} viene scambiato a {n} dollari la tonnellata.",
        WATER: "{utility} sospenderà l'acqua in {hood} martedì dalle 8 alle 16 per lavori alle condotte.",
        HOLIDAY: "{holiday}: uffici pubblici, banche e gran parte dei negozi resteranno chiusi; autobus con orario festivo.",
        WARNINGS: "In tutto il Paese sono in vigore {n} allerte meteo.",
        RESCUE: "La guardia costiera ha soccorso finora {n} persone in mare.",
        AMBULANCE: "Le ambulanze impiegano stasera in media {n} minuti per arrivare sul posto.",
        JACKPOT: "Il jackpot del {lotto} per la prossima estrazione è di {n}.000 {cur}.",
        NEWS: "Iscriviti a Il Punto della sera di {brand}: le cinque notizie da leggere, nei giorni feriali alle 18.",
    },
}

# How each counter moves: base, step per fetch, jitter (rise/fall) or spread (drift).
MOVES = {DENGUE: ("rise", 3, 2), BREATH: ("rise", 14, 6), GRID: ("drift", 0, 90)}
MOVES |= {WARNINGS: ("rise", 1, 1), RESCUE: ("rise", 2, 1), AMBULANCE: ("drift", 0, 4)}
MOVES |= {CROP: ("drift", 0, 300), JACKPOT: ("rise", 40, 20)}


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

    def until(self, kind: str, due: datetime, fmt: Callable[[int, int], str]) -> str:
        """A countdown to ``due`` from this fetch (ten minutes less on every fetch)."""
        left = countdown(self.ctx, due, fmt)
        return TEMPLATES[self.lang][kind].format(left=left, **self.places)


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


def pkt(dt: datetime) -> str:
    """'02:40am' (Pakistani papers, zero-padded hour)."""
    h = dt.hour % 12 or 12
    return f"{h:02d}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def live_posting_ld(
    *,
    headline: str,
    url: str,
    published: datetime,
    modified: datetime,
    publisher: dict,
    entries: list[Block],
    lang: str,
    headlines: bool = True,
    body_key: str = "articleBody",
    update_type: str = "BlogPosting",
    modified_too: bool = False,
) -> dict:
    """A ``LiveBlogPosting`` whose updates follow the page's own habits: with or without
    headlines, the text under ``body_key``, typed ``update_type``, optionally with
    ``dateModified``."""
    updates = []
    for b in entries:
        upd: dict[str, object] = {"@type": update_type}
        if headlines:
            upd["headline"] = b.head or " ".join(b.paras[0].split()[:10])
        upd["datePublished"] = b.ts.isoformat() if b.ts else None
        if modified_too:
            upd["dateModified"] = b.ts.isoformat() if b.ts else None
        upd[body_key] = " ".join(b.paras)
        updates.append(upd)
    return {
        "@type": "LiveBlogPosting",
        "@id": url + "#liveblog",
        "headline": headline,
        "url": url,
        "inLanguage": lang,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": publisher,
        "liveBlogUpdate": updates,
    }


def lowam(dt: datetime) -> str:
    """'4:35pm' with a zero-padded hour, '04:10am' (Indian papers)."""
    h = dt.hour % 12 or 12
    return f"{h:02d}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def clocked(cls: str, stamp: str, text: str, kind: str, word: str | None = None) -> W:
    """Furniture in a note's own one-paragraph markup: a stamp, an optional word, the text."""
    lead = f"{e(word)}: " if word else ""
    return W(f'<p class="{cls}">{stamp} {lead}{e(text)}</p>', [text], kind)


def dotpm(dt: datetime) -> str:
    """'10.35pm' (Maltese and British papers)."""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def sp_am(dt: datetime) -> str:
    """'4:35 pm' (Caribbean papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'am' if dt.hour < 12 else 'pm'}"


def cents(tx: Texts, kind: str, base: int, sep: str = ".") -> str:
    """A counter printed with two decimals ('231.45'), wandering on every fetch."""
    value = int(count(tx.ctx, kind, base, ""))
    return f"{value // 100}{sep}{value % 100:02d}"


def priced(tx: Texts, kind: str, base: int, sep: str = ".") -> str:
    """The line of a counter whose figure has two decimals."""
    return TEMPLATES[tx.lang][kind].format(n=cents(tx, kind, base, sep), **tx.places)
