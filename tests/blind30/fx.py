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
    start = random.Random(f"blind30:turn:{ctx.slug}:{salt}").randrange(len(pool))
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


# Furniture kinds, as --stats counts them. Eleven are new to the series (all of them widgets that
# real news sites commonly print); the four marked "classic" are the ordinary widgets of real CMSs,
# in this set's own wording and markup.
RAIN = "rainfall in the last 24 hours at a station elsewhere, rising, with a clock"
BOLTS = "lightning strikes counted in the last hour, wandering, with a clock"
OIL = "Brent crude oil price now, wandering, with an update time"
ROADS = "roads closed in another district now, rising, with a clock"
TRAINS = "trains cancelled on the rail network today, rising, with a clock"
CALLS = "emergency calls taken by the fire service tonight, rising, with a clock"
FLIGHTS = "flights cancelled or diverted at the airport today, rising, with a clock"
FORECAST = "tomorrow's forecast for another city, a different city per request"
LEAGUE = "league table: the leader and its points in another league, a different league per request"
TRIAL = "digital-subscription trial offer (fixed wording)"
MARKET = "Christmas market opening hours tonight (fixed wording)"
READ = "classic: read-more teaser for another story, a different one per request"
PROMO = "classic: sponsored promo with rotating copy"
NEWS = "classic: newsletter sign-up box (fixed wording)"
TICKER = "classic: latest-news ticker, another story's headline, a different one per request"

NEW = {RAIN, BOLTS, OIL, ROADS, TRAINS, CALLS, FLIGHTS, FORECAST, LEAGUE, TRIAL, MARKET}
REAL = set(NEW)  # all eleven are common on news sites
CLASSIC = {READ, PROMO, NEWS, TICKER}
FIXED = {TRIAL, MARKET, NEWS}  # wording never changes; they only come, go and move
DAILY: set[str] = set()  # none of this set's kinds turns over at local midnight
SWAPS = {FORECAST, LEAGUE, READ, PROMO, TICKER}  # a different item, same label

POOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        FORECAST: [
            "Abu Dhabi tomorrow: cloudy with isolated showers, a high of 24C and a low of 18C.",
            "Muscat tomorrow: sunny spells after a misty start, a high of 27C.",
            "Cebu tomorrow: scattered thunderstorms in the afternoon, a high of 30C.",
            "Alice Springs tomorrow: hot and dry, a high of 39C and gusty winds.",
            "Baguio tomorrow: light rain at times and a cool low of 14C.",
            "Doha tomorrow: fine and mostly sunny, a high of 25C.",
        ],
        LEAGUE: [
            "UAE Pro League: Shabab Al Ahli stay top with 31 points after 13 games.",
            "A-League Men: Central Coast Mariners lead on 22 points from 11 matches.",
            "PBA Commissioner's Cup: the Gin Kings sit first with a 7-1 record.",
            "Premier League: the leaders are four points clear after 15 rounds.",
            "NBL: the Sydney Kings top the ladder on 14 wins.",
            "Saudi Pro League: Al Hilal remain unbeaten on 37 points.",
        ],
        READ: [
            "The pearl divers' grandson who still builds dhows by hand",
            "Why rents in the outer suburbs rose faster than in the city this year",
            "Meet the nurse who has worked every Christmas night since 1998",
            "Inside the island school that runs on solar power alone",
            "How a small bakery became the most reviewed shop in town",
        ],
        PROMO: [
            "Stay three nights at a partner resort and the fourth night is on us.",
            "Switch to a home broadband plan with no lock-in contract this month.",
            "Zero-interest instalments on new air conditioners until the end of the year.",
            "Book a family flight package and children under twelve fly free.",
            "Open a savings account online and earn a welcome bonus rate.",
        ],
        TICKER: [
            "Central bank leaves its key rate unchanged",
            "New ferry terminal opens to passengers next month",
            "Two men charged over warehouse fire",
            "Hospital opens its new cancer wing",
            "Tennis star pulls out of the season opener",
        ],
    },
    "de": {
        FORECAST: [
            "Morgen in Potsdam: bedeckt, um 3 Grad, am Nachmittag etwas Schneeregen.",
            "Morgen in Graz: Hochnebel, Höchstwerte um 2 Grad.",
            "Morgen in Concepción: sonnig und trocken bei 24 Grad.",
            "Morgen in Cottbus: stark bewölkt, nachts Glätte bei minus 2 Grad.",
            "Morgen in Innsbruck: Föhn, bis zu 9 Grad im Inntal.",
            "Morgen in Puerto Montt: Regenschauer bei 15 Grad.",
        ],
        LEAGUE: [
            "2. Bundesliga: Der Tabellenführer hat nach 15 Spielen 33 Punkte.",
            "Österreichische Bundesliga: Sturm Graz führt mit 30 Punkten.",
            "Chilenische Primera División: Colo-Colo steht mit 62 Punkten vorn.",
            "Regionalliga Nordost: Der Spitzenreiter hat fünf Punkte Vorsprung.",
            "Eishockey-Liga: Der KAC liegt nach 24 Runden auf Platz eins.",
            "Handball-Bundesliga: Die Füchse Berlin bleiben ungeschlagen Erster.",
        ],
        READ: [
            "Wie eine Bäckerin aus der Uckermark ihr Dorf versorgt",
            "Der letzte Glasbläser der Stadt gibt sein Wissen weiter",
            "Warum die Mieten am Stadtrand schneller steigen als in der Mitte",
            "Eine Nacht mit der Besatzung des Rettungshubschraubers",
            "Das Kaffeehaus, das seit 1890 jeden Tag geöffnet hat",
        ],
        PROMO: [
            "Skipass für drei Tage zum Vorverkaufspreis, nur bis Sonntag.",
            "Wärmepumpe mit Einbau: jetzt unverbindlich beraten lassen.",
            "Zwei Konzertkarten zum Preis von einer beim Partner-Ticketshop.",
            "Neuwagen mit Winterpaket ohne Anzahlung leasen.",
            "Tagesgeldkonto eröffnen und sechs Monate Bonuszins erhalten.",
        ],
        TICKER: [
            "Landesregierung beschließt Kita-Reform",
            "Zoo meldet Nachwuchs bei den Pandas",
            "Stadtwerke erhöhen die Fernwärmepreise",
            "Zwei Festnahmen nach Geldautomatensprengung",
            "Museum zeigt verschollenes Gemälde",
        ],
    },
    "fr": {
        FORECAST: [
            "Demain à Sudbury : neige faible, maximum de moins 4 degrés.",
            "Demain à Rabat : éclaircies et 19 degrés l'après-midi.",
            "Demain à Bastia : averses éparses, 14 degrés.",
            "Demain à Marrakech : grand soleil et 22 degrés.",
            "Demain à Windsor : ciel couvert, maximum de 2 degrés.",
            "Demain à Porto-Vecchio : vent faible et 16 degrés.",
        ],
        LEAGUE: [
            "Botola Pro : le leader compte 28 points après 12 journées.",
            "LNH : les Sénateurs d'Ottawa remontent à la troisième place de leur division.",
            "Ligue 2 : le leader a quatre points d'avance à la trêve.",
            "National : le Sporting Club de Bastia reste en tête avec 30 points.",
            "Ligue des champions africaine : le Raja termine premier de son groupe.",
            "Ligue canadienne de hockey junior : les 67's d'Ottawa mènent leur section.",
        ],
        READ: [
            "Le dernier fabricant de couteaux de berger du village prend un apprenti",
            "Pourquoi les loyers grimpent plus vite en banlieue qu'au centre",
            "Une nuit avec les bénévoles de la maraude hivernale",
            "L'école de musique qui fait jouer tout un quartier",
            "Comment un potager sur un toit nourrit une cantine",
        ],
        PROMO: [
            "Trois nuits en riad partenaire pour le prix de deux, jusqu'à dimanche.",
            "Abonnement mobile avec appels illimités sans engagement.",
            "Pompe à chaleur posée avec un bilan énergétique offert.",
            "Location de voiture le week-end à tarif réduit chez notre partenaire.",
            "Ouvrez un livret en ligne et profitez d'un taux bonifié.",
        ],
        TICKER: [
            "Le conseil municipal adopte le budget 2027",
            "Un nouveau pont ouvrira au printemps",
            "Deux suspects arrêtés après un cambriolage",
            "L'hôpital inaugure son service de pédiatrie",
            "Le festival d'hiver dévoile sa programmation",
        ],
    },
    "it": {
        FORECAST: [
            "Domani a Firenze: nuvoloso con piogge deboli, massima di 11 gradi.",
            "Domani a San Paolo: temporali nel pomeriggio e 29 gradi.",
            "Domani a Torino: nebbia al mattino, poi schiarite, 7 gradi.",
            "Domani a Pisa: vento di libeccio e 13 gradi.",
            "Domani a Belo Horizonte: caldo umido con 31 gradi.",
            "Domani a Chamonix: nevicate deboli e minima di meno 8 gradi.",
        ],
        LEAGUE: [
            "Serie B: la capolista allunga a quattro punti di vantaggio.",
            "Brasileirão: il Palmeiras chiude in testa con 74 punti.",
            "Serie C girone B: l'Arezzo resta primo con 35 punti.",
            "Hockey, Alps League: l'Asiago comanda dopo 20 giornate.",
            "Eccellenza Toscana: il Tau Altopascio guida con 31 punti.",
            "Volley, Superlega: Perugia resta imbattuta in vetta.",
        ],
        READ: [
            "L'ultimo cestaio della valle insegna il mestiere ai ragazzi",
            "Perché gli affitti in periferia crescono più che in centro",
            "Una notte con i volontari del soccorso alpino",
            "La scuola di musica che fa suonare un intero quartiere",
            "Come un orto sul tetto rifornisce la mensa scolastica",
        ],
        PROMO: [
            "Skipass stagionale con lo sconto prevendita, solo fino a domenica.",
            "Caldaia a condensazione installata con detrazione in fattura.",
            "Due biglietti per il concerto al prezzo di uno dal nostro partner.",
            "Auto nuova con pneumatici invernali inclusi e zero anticipo.",
            "Apri un conto online e ottieni un tasso promozionale per sei mesi.",
        ],
        TICKER: [
            "Il consiglio regionale approva il bilancio",
            "Riapre dopo il restauro la biblioteca civica",
            "Due arresti dopo il furto in gioielleria",
            "L'ospedale inaugura il nuovo reparto di pediatria",
            "Presentato il cartellone del teatro comunale",
        ],
    },
}

# Counters and fixed notices: {n} is the figure, the other fields the page's own places.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        RAIN: "{station} has recorded {n} mm of rain in the last 24 hours.",
        BOLTS: "{n} lightning strikes were detected within 50 km of {area} in the last hour.",
        OIL: "Brent crude is trading at {n} US dollars a barrel.",
        ROADS: "{district}: {n} roads are now closed because of flooding or fallen trees.",
        TRAINS: "{rail} has cancelled {n} services so far today.",
        CALLS: "{fire} has taken {n} emergency calls since the evening began.",
        FLIGHTS: "{airport} reports {n} flights cancelled or diverted so far today.",
        TRIAL: "Try {brand} Digital free for 30 days, then pay monthly and cancel any time.",
        MARKET: "The Christmas market at {square} is open until 10pm tonight despite the weather.",
        NEWS: "Sign up for {brand} Today, our free newsletter with the day's essential reads, every morning.",
    },
    "de": {
        RAIN: "{station} hat in den vergangenen 24 Stunden {n} Liter Regen pro Quadratmeter gemessen.",
        BOLTS: "Im Umkreis von 50 Kilometern um {area} wurden in der letzten Stunde {n} Blitze registriert.",
        OIL: "Ein Barrel der Nordseesorte Brent kostet {n} US-Dollar.",
        ROADS: "{district}: Derzeit sind {n} Straßen wegen Glätte oder umgestürzter Bäume gesperrt.",
        TRAINS: "{rail} hat heute bislang {n} Verbindungen gestrichen.",
        CALLS: "{fire} hat seit dem Abend {n} Notrufe entgegengenommen.",
        FLIGHTS: "{airport} meldet bislang {n} gestrichene oder umgeleitete Flüge.",
        TRIAL: "Lesen Sie {brand} digital 30 Tage kostenlos, danach monatlich kündbar.",
        MARKET: "Der Weihnachtsmarkt am {square} hat heute trotz des Wetters bis 22 Uhr geöffnet.",
        NEWS: "Abonnieren Sie den Newsletter {brand} am Morgen: das Wichtigste des Tages, jeden Werktag kostenlos.",
    },
    "fr": {
        RAIN: "{station} a enregistré {n} mm de pluie au cours des dernières 24 heures.",
        BOLTS: "{n} impacts de foudre ont été détectés dans un rayon de 50 km autour de {area} en une heure.",
        OIL: "Le baril de Brent s'échange à {n} dollars américains.",
        ROADS: "{district} : {n} routes sont actuellement fermées à cause d'arbres tombés ou d'inondations.",
        TRAINS: "{rail} a annulé {n} trains depuis ce matin.",
        CALLS: "{fire} a reçu {n} appels d'urgence depuis le début de la soirée.",
        FLIGHTS: "{airport} signale {n} vols annulés ou déroutés depuis ce matin.",
        TRIAL: "Essayez {brand} en version numérique pendant 30 jours gratuitement, sans engagement.",
        MARKET: "Le marché de Noël de la {square} reste ouvert jusqu'à 22 h ce soir malgré la météo.",
        NEWS: "Inscrivez-vous à L'Essentiel du soir de {brand}, notre lettre gratuite, chaque jour à 18 h.",
    },
    "it": {
        RAIN: "{station} ha registrato {n} millimetri di pioggia nelle ultime 24 ore.",
        BOLTS: "Nell'ultima ora sono stati rilevati {n} fulmini entro 50 chilometri da {area}.",
        OIL: "Il petrolio Brent viene scambiato a {n} dollari al barile.",
        ROADS: "{district}: al momento {n} strade sono chiuse per alberi caduti o allagamenti.",
        TRAINS: "{rail} ha cancellato finora {n} treni nella giornata di oggi.",
        CALLS: "{fire} ha ricevuto {n} chiamate di soccorso dall'inizio della serata.",
        FLIGHTS: "{airport} segnala finora {n} voli cancellati o dirottati.",
        TRIAL: "Prova {brand} in digitale gratis per 30 giorni, poi disdici quando vuoi.",
        MARKET: "Il mercatino di Natale in {square} resta aperto fino alle 22 nonostante il maltempo.",
        NEWS: "Iscriviti a La Sera di {brand}, la newsletter gratuita con le notizie del giorno, alle 19.",
    },
}

# How each counter moves: base, step per fetch, jitter (rise/fall) or spread (drift).
MOVES = {RAIN: ("rise", 2, 1), BOLTS: ("drift", 0, 60)}
MOVES |= {ROADS: ("rise", 2, 1), TRAINS: ("rise", 3, 2), CALLS: ("rise", 9, 4)}
MOVES |= {FLIGHTS: ("rise", 2, 1)}


def brent(ctx: Ctx, sep: str = ".") -> str:
    """The Brent price with cents, wandering on every fetch: '71.84'."""
    cents = 7184 + ctx.rng.randint(-60, 60)
    return f"{cents // 100}{sep}{cents % 100:02d}"


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


def oil(tx: Texts, sep: str = ".") -> str:
    """The Brent line with this fetch's price."""
    return TEMPLATES[tx.lang][OIL].format(n=brent(tx.ctx, sep), **tx.places)


def dotpm(dt: datetime) -> str:
    """'7.52am' (Australian and Gulf papers)."""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def sp_am(dt: datetime) -> str:
    """'5:40 am' (Philippine papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'am' if dt.hour < 12 else 'pm'}"
