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
    start = random.Random(f"blind28:turn:{ctx.slug}:{salt}").randrange(len(pool))
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
GOLD = "gold price now (per tola, per 10 grams or per ounce), wandering, with an update time"
PRAYER = "next prayer time with a countdown, shrinking on every request"
FOLLOW = "follow-the-reporter button with the reporter's follower count, rising"
STREAM = "livestream embed of another event: viewers watching now, wandering"
JAM = "traffic-jam length on another road now, wandering, with a clock"
TOYS = "Christmas toy drive: toys donated so far, rising, with a clock"
PHOTO = "a reader's photo of the day with its caption, a different one per request"
PUSH = "push-notification opt-in prompt (fixed wording)"
SURVEY = "reader-survey invitation (fixed wording)"
HIRING = "the newsroom's own job advert for a reporter (fixed wording)"
GIFT = "gift-subscription offer for Christmas (fixed wording)"
READ = "classic: read-more teaser for another story, a different one per request"
PROMO = "classic: sponsored promo with rotating copy"
NEWS = "classic: newsletter sign-up box (fixed wording)"
TICKER = "classic: latest-news ticker, another story's headline with its clock, a different one per request"

NEW = {GOLD, PRAYER, FOLLOW, STREAM, JAM, TOYS, PHOTO, PUSH, SURVEY, HIRING, GIFT}
REAL = {
    GOLD,
    PRAYER,
    FOLLOW,
    STREAM,
    JAM,
    PHOTO,
    PUSH,
    SURVEY,
    HIRING,
    GIFT,
}  # common on news sites
CLASSIC = {READ, PROMO, NEWS, TICKER}
FIXED = {PUSH, SURVEY, HIRING, GIFT, NEWS}  # wording never changes; they only come, go and move
DAILY: set[str] = set()  # none of this set's kinds turns over at local midnight
SWAPS = {PHOTO, READ, PROMO, TICKER}  # a different item, same label

POOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        PHOTO: [
            "Kites over the seafront at dusk, sent in by Anil from the promenade.",
            "A heron waiting on the harbour wall, by reader Celestine.",
            "Frost on the allotment cabbages at dawn, taken by Hiroshi on his way to work.",
            "The old clock tower lit up for the festive season, shared by Marisol.",
            "A street cat asleep on a warm bonnet, photographed by Tariq outside the bakery.",
        ],
        READ: [
            "Cricket board names a new selection panel for the home series",
            "Night market traders win a licence to stay open until two",
            "Rail upgrade: the first new carriages arrive at the depot",
            "Pensioners' choir records its first album in a church hall",
            "Fishermen report the best prawn season in a decade",
        ],
        PROMO: [
            "Inverter air conditioners with free installation this month only.",
            "Fly to the islands for the holidays: two children travel free.",
            "Open a savings account online and get your first year of fees waived.",
            "The mall's winter fair is here, with a toy train for the little ones.",
            "Solar panels on easy monthly instalments, with a ten-year warranty.",
        ],
        TICKER: [
            "Central bank leaves its policy rate unchanged",
            "Court grants bail to former port official",
            "Teachers end their go-slow after a pay deal",
            "Record turnout at the national book fair",
            "Two arrested after jewellery store robbery",
        ],
    },
    "de": {
        PHOTO: [
            "Raureif am Gartenzaun, eingeschickt von Leserin Helga aus dem Nachbarort.",
            "Ein Graureiher auf dem Bootssteg, fotografiert von Jonas bei Sonnenaufgang.",
            "Der beleuchtete Kirchturm im Nebel, aufgenommen von Familie Brandt.",
            "Zwei Schwäne auf dem zugefrorenen Weiher, geschickt von Ursula.",
            "Die Katze des Nachbarn auf der warmen Motorhaube, von Leser Mehmet.",
        ],
        READ: [
            "Stadtbibliothek verlängert die Öffnungszeiten am Samstag",
            "Handballerinnen feiern den Aufstieg in die dritte Liga",
            "Neue Buslinie verbindet das Gewerbegebiet mit dem Bahnhof",
            "Kleingärtner spenden ihre Kürbisernte an die Tafel",
            "Alte Mühle wird zum Dorfgemeinschaftshaus umgebaut",
        ],
        PROMO: [
            "Wärmepumpe vom Fachbetrieb: jetzt mit Förderberatung zum Festpreis.",
            "Glühweinabend im Autohaus: Probefahrt mit dem neuen Kombi inklusive.",
            "Matratzen-Sale im Möbelhaus: bis zu vierzig Prozent auf Ausstellungsstücke.",
            "Hörgeräte zum Probetragen, vierzehn Tage kostenlos im Fachgeschäft.",
            "Weihnachtsbraten vorbestellen beim Metzger und eine Flasche Wein dazu erhalten.",
        ],
        TICKER: [
            "Landtag beschließt den Doppelhaushalt",
            "Einbrecherbande nach Verfolgungsjagd gefasst",
            "Zoo meldet Nachwuchs bei den Erdmännchen",
            "Krankenhaus eröffnet neue Geburtsstation",
            "Tarifeinigung im Einzelhandel erzielt",
        ],
    },
    "fr": {
        PHOTO: [
            "Un coucher de soleil sur la baie, envoyé par Nadia depuis son balcon.",
            "Un héron perché sur la digue du port, photographié par Jean-Marc.",
            "Les illuminations de Noël de la place de l'église, partagées par Aïcha.",
            "Un chat endormi sur un capot encore tiède, signé Mathis.",
            "Les premières gelées sur le potager, une photo de Mireille au petit matin.",
        ],
        READ: [
            "Le marché de nuit obtient une ouverture jusqu'à minuit",
            "Basket : les cadettes qualifiées pour la finale régionale",
            "Une nouvelle ligne d'autobus dessert la zone industrielle",
            "La chorale des aînés enregistre son premier disque",
            "Les pêcheurs saluent une saison record de crevettes",
        ],
        PROMO: [
            "Climatiseurs à installation offerte, seulement ce mois-ci.",
            "Deux nuits à l'hôtel pour le prix d'une pendant les fêtes.",
            "Ouvrez un compte épargne en ligne : frais offerts la première année.",
            "Salon d'hiver au centre commercial, avec un petit train pour les enfants.",
            "Panneaux solaires en mensualités, garantie de dix ans incluse.",
        ],
        TICKER: [
            "La banque centrale maintient son taux directeur",
            "Un ancien responsable du port remis en liberté sous caution",
            "Les enseignants suspendent leur mouvement de grève",
            "Affluence record au salon du livre",
            "Deux interpellations après le braquage d'une bijouterie",
        ],
    },
    "it": {
        PHOTO: [
            "Un tramonto sul lungomare, inviato da Giulia dal suo balcone.",
            "Un airone sul molo del porto, fotografato da Franco all'alba.",
            "Le luminarie natalizie della piazza, scattate da Loredana.",
            "Un gatto addormentato sul cofano ancora caldo, foto di Matteo.",
            "La prima brina sull'orto, immortalata da nonna Rosetta.",
        ],
        READ: [
            "Il mercato coperto resterà aperto anche la domenica",
            "Pallavolo, le under 16 volano alle finali regionali",
            "Una nuova linea di bus collega la zona industriale",
            "Il coro degli anziani incide il suo primo disco",
            "Pescatori soddisfatti, stagione record per i gamberi",
        ],
        PROMO: [
            "Caldaie a condensazione con installazione gratuita solo questo mese.",
            "Due notti in agriturismo al prezzo di una durante le feste.",
            "Apri un conto deposito online: niente spese per il primo anno.",
            "Fiera d'inverno al centro commerciale con il trenino per i bambini.",
            "Pannelli solari a rate, con garanzia di dieci anni.",
        ],
        TICKER: [
            "La Bce lascia invariati i tassi",
            "Scarcerato l'ex dirigente dell'autorità portuale",
            "Sospeso lo sciopero degli insegnanti",
            "Affluenza record alla fiera del libro",
            "Due arresti dopo la rapina in gioielleria",
        ],
    },
}

# Counters and fixed notices: {n} is the figure, the other fields the page's own places.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        GOLD: "{gold}: {n} {unit}.",
        PRAYER: "{prayer} in {left}.",
        FOLLOW: "Follow {author} to get an alert when a new story is published. {n} followers.",
        STREAM: "{stream}: {n} people watching now.",
        JAM: "{jam}: the tailback is {n} km long.",
        TOYS: "{toys}: {n} toys donated so far for children in need this Christmas.",
        PUSH: "Get breaking news from {brand} on your phone. Allow notifications and we will only send the big stories.",
        SURVEY: "Tell us what you think of {brand}: our reader survey takes five minutes and every answer is anonymous.",
        HIRING: "{brand} is hiring: we are looking for a trainee reporter for the city desk. Applications close on 20 December.",
        GIFT: "Give {brand} this Christmas: a year of digital access as a gift, with a card you can print at home.",
        NEWS: "Sign up for the Evening Wrap from {brand}: the day's main stories in one email at 7pm.",
    },
    "de": {
        GOLD: "{gold}: {n} {unit}.",
        PRAYER: "{prayer} in {left}.",
        FOLLOW: "Folgen Sie {author}, um bei jedem neuen Artikel benachrichtigt zu werden. {n} Follower.",
        STREAM: "{stream}: {n} Zuschauer sind gerade dabei.",
        JAM: "{jam}: Der Stau ist derzeit {n} Kilometer lang.",
        TOYS: "{toys}: Bislang wurden {n} Spielsachen für bedürftige Kinder gespendet.",
        PUSH: "Eilmeldungen von {brand} direkt aufs Handy: Erlauben Sie Mitteilungen, wir melden uns nur bei wichtigen Nachrichten.",
        SURVEY: "Wie gefällt Ihnen {brand}? Unsere Leserumfrage dauert fünf Minuten, alle Antworten bleiben anonym.",
        HIRING: "{brand} sucht Verstärkung: ein Volontariat in der Lokalredaktion ist zu besetzen, Bewerbungen bis 20. Dezember.",
        GIFT: "{brand} verschenken: ein Jahr Digitalzugang als Weihnachtsgeschenk, mit Gutschein zum Ausdrucken.",
        NEWS: "Der Abendbrief von {brand}: die wichtigsten Nachrichten des Tages um 19 Uhr in Ihrem Postfach.",
    },
    "fr": {
        GOLD: "{gold} : {n} {unit}.",
        PRAYER: "{prayer} dans {left}.",
        FOLLOW: "Suivez {author} pour être alerté à chaque nouvel article. {n} abonnés.",
        STREAM: "{stream} : {n} personnes regardent en ce moment.",
        JAM: "{jam} : le bouchon s'étend sur {n} km.",
        TOYS: "{toys} : {n} jouets déjà offerts aux enfants démunis pour Noël.",
        PUSH: "Recevez les alertes de {brand} sur votre téléphone : autorisez les notifications, nous n'envoyons que l'essentiel.",
        SURVEY: "Votre avis compte pour {brand} : notre questionnaire lecteurs prend cinq minutes et reste anonyme.",
        HIRING: "{brand} recrute : nous cherchons un journaliste stagiaire pour la rubrique locale, candidatures jusqu'au 20 décembre.",
        GIFT: "Offrez {brand} à Noël : un an d'accès numérique en cadeau, avec une carte à imprimer.",
        NEWS: "L'Essentiel du soir de {brand} : les nouvelles de la journée dans un seul courriel à 19 h.",
    },
    "it": {
        GOLD: "{gold}: {n} {unit}.",
        PRAYER: "{prayer} tra {left}.",
        FOLLOW: "Segui {author} per ricevere un avviso a ogni nuovo articolo. {n} follower.",
        STREAM: "{stream}: {n} persone collegate in questo momento.",
        JAM: "{jam}: la coda è lunga {n} chilometri.",
        TOYS: "{toys}: finora {n} giocattoli donati ai bambini in difficoltà per Natale.",
        PUSH: "Le notizie di {brand} sul tuo telefono: attiva le notifiche, ti avviseremo solo per le più importanti.",
        SURVEY: "Dicci cosa pensi di {brand}: il questionario per i lettori richiede cinque minuti ed è anonimo.",
        HIRING: "{brand} cerca un praticante giornalista per la redazione cronaca: candidature entro il 20 dicembre.",
        GIFT: "Regala {brand} a Natale: un anno di accesso digitale, con un biglietto da stampare.",
        NEWS: "La Sera di {brand}: le notizie principali della giornata in una sola email alle 19.",
    },
}

# How each counter moves: base, step per fetch, jitter (rise/fall) or spread (drift).
MOVES = {FOLLOW: ("rise", 3, 2), TOYS: ("rise", 9, 4), STREAM: ("drift", 0, 40)}
MOVES |= {JAM: ("drift", 0, 3), GOLD: ("drift", 0, 60)}


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
