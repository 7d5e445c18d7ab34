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
    start = random.Random(f"blind29:turn:{ctx.slug}:{salt}").randrange(len(pool))
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


# Furniture kinds, as --stats counts them. Eleven are new to the series (ten of them widgets that
# real news sites commonly print); the four marked "classic" are the ordinary widgets of real CMSs,
# in this set's own wording and markup.
BTC = "Bitcoin price now, wandering, with an update time"
RIVER = "river level at a gauge on another river, rising, with a clock"
WIND = "wind gust measured at the airport now, wandering, with a clock"
POWER = "customers without power elsewhere now, wandering, with a clock"
SANDBAGS = "sandbag-filling drive: sandbags filled so far, rising, with a clock"
FERRY = "next ferry or boat sailing and its status, a different crossing per request"
BULLETIN = "hourly radio news bulletin: its top line with its clock, a different one per request"
SIGNIN = "sign-in prompt to keep reading for free (fixed wording)"
ERROR = "report-an-error invitation (fixed wording)"
HOURS = "the paper's customer-service hours over the holidays (fixed wording)"
CRUISE = "cruise ships in port today with their passengers (fixed wording)"
READ = "classic: read-more teaser for another story, a different one per request"
PROMO = "classic: sponsored promo with rotating copy"
NEWS = "classic: newsletter sign-up box (fixed wording)"
TICKER = "classic: latest-news ticker, another story's headline with its clock, a different one per request"

NEW = {BTC, RIVER, WIND, POWER, SANDBAGS, FERRY, BULLETIN, SIGNIN, ERROR, HOURS, CRUISE}
REAL = {
    BTC,
    RIVER,
    WIND,
    POWER,
    FERRY,
    BULLETIN,
    SIGNIN,
    ERROR,
    HOURS,
    CRUISE,
}  # common on news sites
CLASSIC = {READ, PROMO, NEWS, TICKER}
FIXED = {SIGNIN, ERROR, HOURS, CRUISE, NEWS}  # wording never changes; they only come, go and move
DAILY: set[str] = set()  # none of this set's kinds turns over at local midnight
SWAPS = {FERRY, BULLETIN, READ, PROMO, TICKER}  # a different item, same label

POOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        FERRY: [
            "The inter-island ferry to Cayman Brac sails at 7am as scheduled, calm seas expected.",
            "The Likoni channel crossing is running with two vessels instead of three.",
            "The evening water taxi to Rum Point is cancelled because of the swell.",
            "The cargo boat to Little Cayman leaves half an hour late, the operator says.",
            "The first sailing of the day from Mombasa island is expected to leave on time.",
        ],
        BULLETIN: [
            "Parliament's finance committee meets again on Tuesday to finish the budget hearings",
            "The national carrier adds a third weekly flight to its busiest route",
            "Two teenagers are rescued after their canoe overturns off the coast",
            "The national museum reopens its renovated east wing to visitors",
            "Market traders call off a planned strike after talks with the council",
        ],
        READ: [
            "How a retired teacher turned her backyard into a community library",
            "The last of the island's boat builders takes on an apprentice",
            "Inside the night shift at the city's busiest emergency room",
            "A brass band that has played every Christmas Eve since 1961",
            "Why the price of fresh fish doubled in a single season",
        ],
        PROMO: [
            "Book two nights at our partner's beach resort and get the third free.",
            "Upgrade your home internet to fibre with no installation fee this month.",
            "New car loans at a fixed rate for the first three years.",
            "Electronics warehouse sale: televisions and laptops at clearance prices.",
            "Send money home in minutes with zero fees on your first transfer.",
        ],
        TICKER: [
            "National football team names new assistant coach",
            "Water authority lifts boil-water notice for two districts",
            "Airline suspends its weekend route to the north",
            "Auditor general questions hospital contracts",
            "High court adjourns land case until January",
        ],
    },
    "de": {
        FERRY: [
            "Die Fähre nach Ibiza legt um 23.30 Uhr planmäßig ab, der Seegang ist mäßig.",
            "Die Verbindung nach Menorca fällt heute Nacht wegen Sturmwarnung aus.",
            "Das Schiff nach Formentera fährt mit einer Stunde Verspätung.",
            "Die Bodensee-Fähre Meersburg–Konstanz verkehrt im Halbstundentakt.",
            "Die Nachtfähre nach Barcelona ist ausgebucht, meldet die Reederei.",
        ],
        BULLETIN: [
            "Koalition einigt sich auf Entlastungen für Pendler",
            "Bahn kündigt neue Fernzüge ab dem Fahrplanwechsel an",
            "Bundesliga: Spitzenreiter verliert überraschend auswärts",
            "Tarifverhandlungen im öffentlichen Dienst vertagt",
            "Forscher melden Durchbruch bei Batteriespeichern",
        ],
        READ: [
            "Die letzte Dorfschmiede im Oberland sucht einen Nachfolger",
            "Wie ein Rentnerpaar seit dreißig Jahren Weihnachtskrippen baut",
            "Ein Besuch bei der Nachtschicht im Kreiskrankenhaus",
            "Warum die Milchpreise für Bauern wieder sinken",
            "Der Chor, der jedes Jahr an Heiligabend im Stall singt",
        ],
        PROMO: [
            "Winterreifen mit Montage zum Aktionspreis beim Partnerbetrieb.",
            "Glasfaser fürs Eigenheim: jetzt ohne Anschlussgebühr bestellen.",
            "Zwei Nächte im Wellnesshotel zum Preis von einer, nur im Dezember.",
            "Küchenstudio räumt das Lager: Ausstellungsküchen stark reduziert.",
            "Festgeld mit fester Verzinsung für zwei Jahre, jetzt online abschließen.",
        ],
        TICKER: [
            "Kreistag verabschiedet den Haushalt",
            "Polizei sucht Zeugen nach Brand in Scheune",
            "Flughafen meldet Passagierrekord im November",
            "Gemeinderat stimmt für neues Hallenbad",
            "Landrat kündigt Rückzug zum Jahresende an",
        ],
    },
    "fr": {
        FERRY: [
            "Le bac de Thủ Thiêm reprend ses rotations toutes les vingt minutes.",
            "La traversée vers Bejaïa est reportée à demain matin en raison de la houle.",
            "Le ferry pour Marseille quitte le port avec quarante minutes de retard.",
            "La navette fluviale de la Seine est suspendue jusqu'à nouvel ordre.",
            "Le bateau pour l'île de Cát Bà part à l'heure prévue, mer peu agitée.",
        ],
        BULLETIN: [
            "Le gouvernement présente son plan pour les transports en commun",
            "Le championnat reprend samedi après la trêve internationale",
            "Les syndicats d'enseignants appellent à une journée de mobilisation",
            "Un nouveau musée consacré à la calligraphie ouvre ses portes",
            "La saison des mandarines commence avec une récolte abondante",
        ],
        READ: [
            "Le dernier artisan dinandier de la vieille ville prend un apprenti",
            "Une nuit avec les équipes du service des urgences",
            "Pourquoi le prix du poisson frais a doublé en un an",
            "La chorale qui chante chaque veille de Noël depuis 1961",
            "Comment une institutrice a fait de son jardin une bibliothèque",
        ],
        PROMO: [
            "Forfait fibre à prix réduit pendant six mois, sans frais d'installation.",
            "Séjour de trois nuits dans un hôtel partenaire pour le prix de deux.",
            "Crédit auto à taux fixe pendant les trois premières années.",
            "Grande braderie de l'électroménager jusqu'à dimanche.",
            "Transférez de l'argent à vos proches sans frais pour le premier envoi.",
        ],
        TICKER: [
            "La sélection nationale change d'entraîneur adjoint",
            "Levée de l'avis d'ébullition de l'eau dans deux quartiers",
            "Une compagnie aérienne suspend sa liaison du week-end",
            "La Cour des comptes épingle des marchés hospitaliers",
            "Le tribunal renvoie une affaire foncière à janvier",
        ],
    },
    "it": {
        FERRY: [
            "L'aliscafo per Capri parte alle 7.10 come da programma, mare poco mosso.",
            "Il ferry-boat per il Lido parte ogni quaranta minuti fino a mezzanotte.",
            "La nave per Olbia lascia il porto con quaranta minuti di ritardo.",
            "Sospesi i collegamenti veloci per le Eolie fino a nuovo avviso.",
            "Il battello sul lago di Como riprende le corse ogni mezz'ora.",
        ],
        BULLETIN: [
            "Il governo presenta il piano per il trasporto pubblico locale",
            "Serie A, la capolista frena in trasferta",
            "I sindacati della scuola annunciano una giornata di mobilitazione",
            "Riapre dopo due anni di lavori il museo archeologico",
            "Raccolta delle arance, i produttori prevedono un'annata record",
        ],
        READ: [
            "L'ultimo maestro liutaio del centro storico prende un apprendista",
            "Una notte con i medici del pronto soccorso",
            "Perché il prezzo del pesce fresco è raddoppiato in un anno",
            "Il coro che canta ogni vigilia di Natale dal 1961",
            "Come una maestra in pensione ha trasformato il giardino in biblioteca",
        ],
        PROMO: [
            "Fibra ultraveloce a prezzo bloccato per sei mesi, attivazione gratuita.",
            "Tre notti in un hotel convenzionato al prezzo di due.",
            "Prestito auto a tasso fisso per i primi tre anni.",
            "Svendita di elettrodomestici nel magazzino di zona fino a domenica.",
            "Invia denaro ai tuoi cari senza commissioni sul primo trasferimento.",
        ],
        TICKER: [
            "La nazionale cambia vice allenatore",
            "Revocata l'ordinanza sull'acqua in due quartieri",
            "Una compagnia aerea sospende il volo del fine settimana",
            "La Corte dei conti boccia gli appalti ospedalieri",
            "Il tribunale rinvia a gennaio la causa sui terreni",
        ],
    },
}

# Counters and fixed notices: {n} is the figure, the other fields the page's own places.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        BTC: "Bitcoin is trading at {n} US dollars on the main exchanges.",
        RIVER: "{river} reads {n} centimetres and the level is still going up.",
        WIND: "Gusts of {n} km/h measured at {airport}.",
        POWER: "{grid} reports {n} customers without electricity.",
        SANDBAGS: "{bags}: {n} sandbags filled by volunteers so far.",
        SIGNIN: "Sign in or create a free account to keep reading {brand} without interruption.",
        ERROR: "Spotted a mistake in this story? Tell the {brand} newsroom through the report-an-error form and we will look at it.",
        HOURS: "Our subscriber service is open from 9am to 1pm on 24 and 31 December and closed on Christmas Day.",
        CRUISE: "Four cruise ships are in port today, bringing about 11,000 passengers ashore.",
        NEWS: "Get The Morning Brief from {brand}: five stories you need to know, in your inbox at 6am.",
    },
    "de": {
        BTC: "Bitcoin kostet derzeit {n} Euro an den großen Handelsplätzen.",
        RIVER: "{river} zeigt {n} Zentimeter, der Pegel steigt weiter.",
        WIND: "Am {airport} wurden Böen von {n} km/h gemessen.",
        POWER: "{grid} meldet {n} Haushalte ohne Strom.",
        SANDBAGS: "{bags}: Bislang haben Freiwillige {n} Sandsäcke gefüllt.",
        SIGNIN: "Melden Sie sich an oder legen Sie kostenlos ein Konto an, um {brand} ohne Unterbrechung weiterzulesen.",
        ERROR: "Sie haben einen Fehler in diesem Artikel entdeckt? Schreiben Sie der Redaktion von {brand} über das Fehlerformular.",
        HOURS: "Unser Leserservice ist an Heiligabend und Silvester von 8 bis 12 Uhr erreichbar, an den Feiertagen geschlossen.",
        CRUISE: "Heute liegen vier Kreuzfahrtschiffe im Hafen von Palma, mit rund 11.000 Passagieren an Bord.",
        NEWS: "Der Frühbrief von {brand}: fünf Nachrichten, die Sie kennen sollten, um 6 Uhr in Ihrem Postfach.",
    },
    "fr": {
        BTC: "Le bitcoin s'échange à {n} dollars sur les principales plateformes.",
        RIVER: "{river} affiche {n} centimètres et le niveau continue de monter.",
        WIND: "Rafales de {n} km/h mesurées à {airport}.",
        POWER: "{grid} signale {n} foyers privés d'électricité.",
        SANDBAGS: "{bags} : {n} sacs de sable remplis par les bénévoles jusqu'ici.",
        SIGNIN: "Connectez-vous ou créez un compte gratuit pour continuer à lire {brand} sans interruption.",
        ERROR: "Vous avez repéré une erreur dans cet article ? Signalez-la à la rédaction de {brand} grâce au formulaire prévu.",
        HOURS: "Notre service abonnés est ouvert de 9 h à 13 h les 24 et 31 décembre, et fermé le jour de Noël.",
        CRUISE: "Trois paquebots de croisière font escale aujourd'hui, avec environ 8 000 passagers à terre.",
        NEWS: "Recevez Le Réveil de {brand} : cinq informations à connaître, chaque matin à 6 h.",
    },
    "it": {
        BTC: "Il bitcoin viene scambiato a {n} dollari sulle principali piattaforme.",
        RIVER: "{river} segna {n} centimetri e il livello continua a salire.",
        WIND: "Raffiche di {n} km/h registrate a {airport}.",
        POWER: "{grid} segnala {n} utenze senza elettricità.",
        SANDBAGS: "{bags}: finora i volontari hanno riempito {n} sacchi di sabbia.",
        SIGNIN: "Accedi o crea un account gratuito per continuare a leggere {brand} senza interruzioni.",
        ERROR: "Hai trovato un errore in questo articolo? Segnalalo alla redazione di {brand} con l'apposito modulo.",
        HOURS: "Il servizio abbonati è aperto dalle 9 alle 13 il 24 e il 31 dicembre, chiuso a Natale.",
        CRUISE: "Oggi tre navi da crociera sono in porto, con circa ottomila passeggeri a terra.",
        NEWS: "Ricevi Il Buongiorno di {brand}: cinque notizie da sapere, ogni mattina alle 6.",
    },
}

# How each counter moves: base, step per fetch, jitter (rise/fall) or spread (drift).
MOVES = {BTC: ("drift", 0, 900), RIVER: ("rise", 4, 2), WIND: ("drift", 0, 9)}
MOVES |= {POWER: ("drift", 0, 700), SANDBAGS: ("rise", 35, 12)}


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
