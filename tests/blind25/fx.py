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
    start = random.Random(f"blind25:turn:{ctx.slug}:{salt}").randrange(len(pool))
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


# Furniture kinds, as --stats counts them. Eleven are new to the series; the four marked
# "classic" are the ordinary widgets of real CMSs, in this set's own wording and markup.
SPOTTED = (
    "a reader's 'spotted' shout-out to a stranger they saw in town, a different one per request"
)
GIVEAWAY = "free to a good home: an item a reader gives away, a different one per request"
FACT = "a did-you-know fact, a different one per request"
RESOLUTION = "a reader's New Year's resolution, a different one per request"
CAROLS = "charity carol marathon: carols sung so far, rising, with a clock"
READATHON = "sponsored read-a-thon: pages read aloud so far, rising, with a clock"
COATS = "winter-coat rail: free coats left on the rail, falling, with a clock"
QUEUE = "post-office queue: people waiting at the main post office now, wandering, with a clock"
LEGAL = "free legal-advice clinic (fixed wording)"
HOMEWORK = "homework club for schoolchildren (fixed wording)"
DRIVERS = "volunteer driver scheme for people without a car (fixed wording)"
READ = "classic: read-more teaser for another story, a different one per request"
PROMO = "classic: sponsored promo with rotating copy"
NEWS = "classic: newsletter sign-up box (fixed wording)"
TICKER = "classic: latest-news ticker, another story's headline with its clock, a different one per request"

NEW = {SPOTTED, GIVEAWAY, FACT, RESOLUTION, CAROLS, READATHON, COATS, QUEUE, LEGAL, HOMEWORK}
NEW |= {DRIVERS}
CLASSIC = {READ, PROMO, NEWS, TICKER}
FIXED = {LEGAL, HOMEWORK, DRIVERS, NEWS}  # wording never changes; they only come, go and move
DAILY: set[str] = set()  # none of this set's kinds turns over at local midnight
SWAPS = {SPOTTED, GIVEAWAY, FACT, RESOLUTION, READ, PROMO, TICKER}  # a different item, same label

POOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        SPOTTED: [
            "To the man in the green raincoat who carried my shopping up three flights of stairs: you made my week.",
            "Spotted: a little girl in yellow wellies handing out sweets to everyone at the bus stop. Thank you, whoever you are.",
            "To the cashier who let me pay the next day when my card was declined: I came back, and I owe you a coffee.",
            "Spotted on the night bus: a grandmother teaching a teenager to knit. Both were laughing all the way home.",
        ],
        GIVEAWAY: [
            "Wooden high chair, a little scratched but sturdy; collect from the north side before Friday.",
            "Two boxes of paperback thrillers, about sixty books, free to anyone who will read them.",
            "Upright piano, needs tuning; you arrange the removal and it is yours.",
            "Child's bicycle with stabilisers, fits ages four to six; the bell still works.",
        ],
        FACT: [
            "A bolt of lightning is about five times hotter than the surface of the sun.",
            "Octopuses have three hearts, and two of them stop beating while they swim.",
            "Honey found in ancient Egyptian tombs was still good enough to eat.",
            "The shortest war on record lasted less than forty-five minutes.",
        ],
        RESOLUTION: [
            "I will finally learn to swim, at 61, and my grandson has promised to teach me.",
            "Phone down at dinner, every night, for the whole family. Wish us luck.",
            "Walk to work twice a week instead of taking the car, rain or shine.",
            "Call my sister every Sunday. We live ten minutes apart and never talk.",
        ],
        READ: [
            "Night market traders ask for longer opening hours",
            "Hospital opens new wing for children's cancer care",
            "Dock workers agree pay deal after four months of talks",
            "Marathon organisers move start line to the waterfront",
        ],
        PROMO: [
            "Year-end sale: up to 40 per cent off air conditioners and fans at the department store this weekend.",
            "Open a savings account before December 31 and get a bonus rate for the first six months.",
            "Family buffet nights at the riverside hotel: children under twelve eat free on Sundays.",
            "Learn a language in the new year: the first month of evening classes is half price.",
        ],
        TICKER: [
            "Motorcyclist dies in crash near toll plaza",
            "Football: league leaders held to a goalless draw",
            "Fire guts two shophouses, nobody hurt",
            "Ministry extends school holidays by two days",
        ],
    },
    "de": {
        SPOTTED: [
            "An den Herrn mit dem grünen Schal, der mir im Bus seinen Platz angeboten hat: Danke, Sie waren sehr freundlich.",
            "Gesehen: ein kleines Mädchen in gelben Gummistiefeln, das an der Haltestelle Bonbons verteilte. Danke, wer immer du bist.",
            "An die Kassiererin, die mich am nächsten Tag zahlen ließ, als meine Karte nicht ging: Ich war da und schulde Ihnen einen Kaffee.",
            "Gesehen im Nachtbus: eine Großmutter, die einem Jugendlichen das Stricken beibrachte. Beide lachten bis zur Endstation.",
        ],
        GIVEAWAY: [
            "Hochstuhl aus Holz, etwas zerkratzt, aber stabil; abzuholen bis Freitag im Nordviertel.",
            "Zwei Kisten Taschenbuchkrimis, etwa sechzig Bände, an alle, die sie lesen möchten.",
            "Klavier, müsste gestimmt werden; wer den Transport organisiert, darf es behalten.",
            "Kinderfahrrad mit Stützrädern für Vier- bis Sechsjährige; die Klingel funktioniert noch.",
        ],
        FACT: [
            "Ein Blitz ist etwa fünfmal heißer als die Oberfläche der Sonne.",
            "Kraken haben drei Herzen, und zwei davon hören beim Schwimmen auf zu schlagen.",
            "Honig aus altägyptischen Gräbern war nach Jahrtausenden noch genießbar.",
            "Der kürzeste Krieg der Geschichte dauerte weniger als fünfundvierzig Minuten.",
        ],
        RESOLUTION: [
            "Mit 61 lerne ich endlich schwimmen, mein Enkel hat versprochen, es mir beizubringen.",
            "Beim Abendessen bleiben die Handys weg, jeden Abend, für die ganze Familie.",
            "Zweimal pro Woche zu Fuß zur Arbeit statt mit dem Auto, bei jedem Wetter.",
            "Jeden Sonntag meine Schwester anrufen. Wir wohnen zehn Minuten auseinander und reden nie.",
        ],
        READ: [
            "Wochenmarkt bekommt längere Öffnungszeiten im Advent",
            "Klinikum eröffnet neue Station für krebskranke Kinder",
            "Hafenarbeiter einigen sich nach vier Monaten auf Tarifvertrag",
            "Stadtlauf startet künftig am Flussufer",
        ],
        PROMO: [
            "Jahresendverkauf: bis zu 40 Prozent auf Heizlüfter und Heizdecken im Kaufhaus am Wochenende.",
            "Tagesgeldkonto bis 31. Dezember eröffnen und sechs Monate Bonuszins sichern.",
            "Familienbrunch im Hotel am Fluss: Kinder unter zwölf essen sonntags gratis.",
            "Neue Sprache im neuen Jahr: der erste Monat Abendkurs zum halben Preis.",
        ],
        TICKER: [
            "Motorradfahrer stirbt bei Unfall an der Mautstelle",
            "Fußball: Tabellenführer kommt nicht über ein 0:0 hinaus",
            "Feuer zerstört zwei Geschäfte, niemand verletzt",
            "Ministerium verlängert die Weihnachtsferien um zwei Tage",
        ],
    },
    "fr": {
        SPOTTED: [
            "Au monsieur à l'écharpe verte qui m'a porté mes courses jusqu'au troisième étage : vous avez illuminé ma semaine.",
            "Vu à l'arrêt de bus : une fillette en bottes jaunes qui distribuait des bonbons à tout le monde. Merci, qui que tu sois.",
            "À la caissière qui m'a laissé payer le lendemain quand ma carte a été refusée : je suis revenu, je vous dois un café.",
            "Vu dans le dernier bus : une grand-mère qui apprenait à tricoter à un adolescent. Ils ont ri jusqu'au terminus.",
        ],
        GIVEAWAY: [
            "Chaise haute en bois, un peu rayée mais solide, à récupérer avant vendredi.",
            "Deux cartons de romans policiers en poche, une soixantaine, à qui veut bien les lire.",
            "Piano droit à accorder : il est à vous si vous organisez le transport.",
            "Vélo d'enfant avec petites roues, pour 4 à 6 ans ; la sonnette marche encore.",
        ],
        FACT: [
            "Un éclair est environ cinq fois plus chaud que la surface du soleil.",
            "La pieuvre a trois cœurs, dont deux s'arrêtent de battre quand elle nage.",
            "Du miel retrouvé dans des tombes égyptiennes était encore comestible.",
            "La guerre la plus courte de l'histoire a duré moins de quarante-cinq minutes.",
        ],
        RESOLUTION: [
            "Apprendre enfin à nager, à 61 ans : mon petit-fils a promis de m'apprendre.",
            "Plus de téléphone à table, tous les soirs, pour toute la famille.",
            "Aller au travail à pied deux fois par semaine, qu'il pleuve ou qu'il vente.",
            "Appeler ma sœur chaque dimanche. On habite à dix minutes et on ne se parle jamais.",
        ],
        READ: [
            "Les commerçants du marché de nuit réclament des horaires élargis",
            "L'hôpital inaugure un service d'oncologie pédiatrique",
            "Les dockers signent un accord salarial après quatre mois",
            "Le départ du semi-marathon déplacé en front de mer",
        ],
        PROMO: [
            "Fin d'année : jusqu'à 40 % sur les climatiseurs et ventilateurs ce week-end en magasin.",
            "Ouvrez un livret avant le 31 décembre et profitez d'un taux bonifié pendant six mois.",
            "Brunch en famille à l'hôtel du bord de mer : gratuit pour les moins de 12 ans le dimanche.",
            "Une langue en janvier : le premier mois de cours du soir à moitié prix.",
        ],
        TICKER: [
            "Un motard meurt dans une collision près du péage",
            "Football : le leader accroché à domicile",
            "Deux commerces détruits par un incendie, pas de blessés",
            "Les vacances scolaires prolongées de deux jours",
        ],
    },
    "it": {
        SPOTTED: [
            "Al signore con la sciarpa verde che mi ha portato la spesa fino al terzo piano: mi ha cambiato la settimana.",
            "Vista alla fermata: una bambina con gli stivali gialli che offriva caramelle a tutti. Grazie, chiunque tu sia.",
            "Alla cassiera che mi ha fatto pagare il giorno dopo quando la carta non passava: sono tornato, le devo un caffè.",
            "Visti sull'ultimo autobus: una nonna che insegnava a lavorare a maglia a un ragazzo. Hanno riso fino al capolinea.",
        ],
        GIVEAWAY: [
            "Seggiolone in legno, un po' graffiato ma robusto, da ritirare entro venerdì.",
            "Due scatoloni di gialli tascabili, una sessantina, a chi ha voglia di leggerli.",
            "Pianoforte verticale da accordare: è vostro se organizzate il trasporto.",
            "Bici da bambino con rotelle, dai 4 ai 6 anni; il campanello funziona ancora.",
        ],
        FACT: [
            "Un fulmine è circa cinque volte più caldo della superficie del sole.",
            "Il polpo ha tre cuori, e due smettono di battere quando nuota.",
            "Il miele trovato nelle tombe egizie era ancora commestibile.",
            "La guerra più breve della storia è durata meno di quarantacinque minuti.",
        ],
        RESOLUTION: [
            "Imparare finalmente a nuotare, a 61 anni: mio nipote ha promesso di insegnarmi.",
            "Niente telefoni a tavola, ogni sera, per tutta la famiglia.",
            "Andare al lavoro a piedi due volte a settimana, con qualunque tempo.",
            "Chiamare mia sorella ogni domenica. Abitiamo a dieci minuti e non ci sentiamo mai.",
        ],
        READ: [
            "I commercianti del mercato serale chiedono orari più lunghi",
            "L'ospedale apre il nuovo reparto di oncologia pediatrica",
            "Portuali, firmato il contratto dopo quattro mesi di trattative",
            "La mezza maratona partirà dal lungomare",
        ],
        PROMO: [
            "Fine anno: fino al 40 per cento di sconto su condizionatori e ventilatori questo fine settimana.",
            "Apri un conto deposito entro il 31 dicembre e ottieni un tasso maggiorato per sei mesi.",
            "Brunch in famiglia all'hotel sul lungomare: gratis per i bambini sotto i 12 anni la domenica.",
            "Una lingua nuova a gennaio: il primo mese di corso serale a metà prezzo.",
        ],
        TICKER: [
            "Motociclista muore nello scontro vicino al casello",
            "Calcio, la capolista fermata sullo 0-0",
            "Incendio distrugge due negozi, nessun ferito",
            "Vacanze di Natale allungate di due giorni",
        ],
    },
}

# Counters and fixed notices: {n} is the figure, the other fields the page's own places.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        CAROLS: "The carol marathon at {choir} has reached {n} carols, all for the children's ward appeal.",
        READATHON: "{readathon}: {n} pages read aloud so far by the sponsored readers, in aid of the school library.",
        COATS: "{coats}: {n} warm coats still on the free rail; take one if you need it, no questions asked.",
        QUEUE: "{post}: {n} people in the queue right now.",
        LEGAL: "Free legal advice on tenancy, debt and family matters at {legal}, every Monday evening from six; volunteer lawyers, no appointment needed.",
        HOMEWORK: "The homework club at {homework} is open to pupils aged eight to fourteen on weekday afternoons, with volunteer tutors and free snacks.",
        DRIVERS: "No car? The volunteer driver scheme run from {drivers} takes residents to hospital and shopping appointments; call a day ahead.",
        NEWS: "Get {brand}'s morning briefing: the stories that matter, in your inbox before breakfast, free of charge.",
    },
    "de": {
        CAROLS: "Der Adventssingmarathon in {choir} hat {n} Lieder geschafft, alles für die Kinderstation.",
        READATHON: "{readathon}: {n} Seiten bisher laut vorgelesen, jede Seite bringt Spenden für die Schulbücherei.",
        COATS: "{coats}: noch {n} warme Mäntel an der Gratis-Stange, einfach mitnehmen, wer einen braucht.",
        QUEUE: "{post}: {n} Menschen stehen gerade in der Schlange.",
        LEGAL: "Kostenlose Rechtsberatung zu Miete, Schulden und Familie in {legal}, jeden Montag ab 18 Uhr, ehrenamtliche Anwälte, ohne Termin.",
        HOMEWORK: "Die Hausaufgabenhilfe in {homework} steht Schülern von acht bis vierzehn Jahren werktags nachmittags offen, mit Ehrenamtlichen und kostenlosem Imbiss.",
        DRIVERS: "Kein Auto? Der ehrenamtliche Fahrdienst von {drivers} bringt Sie zu Arztterminen und zum Einkaufen; bitte einen Tag vorher anrufen.",
        NEWS: "Das Morgen-Briefing von {brand}: die wichtigsten Nachrichten vor dem Frühstück in Ihrem Postfach, kostenlos.",
    },
    "fr": {
        CAROLS: "Le marathon de chants de Noël de {choir} en est à {n} chants, au profit du service de pédiatrie.",
        READATHON: "{readathon} : {n} pages lues à voix haute jusqu'ici, au profit de la bibliothèque de l'école.",
        COATS: "{coats} : encore {n} manteaux chauds sur le portant solidaire, servez-vous si besoin.",
        QUEUE: "{post} : {n} personnes dans la file d'attente en ce moment.",
        LEGAL: "Consultations juridiques gratuites sur le logement, les dettes et la famille à {legal}, chaque lundi dès 18 heures, sans rendez-vous.",
        HOMEWORK: "L'aide aux devoirs de {homework} accueille les élèves de 8 à 14 ans en semaine l'après-midi, avec des bénévoles et un goûter offert.",
        DRIVERS: "Pas de voiture ? Le transport solidaire de {drivers} vous conduit à vos rendez-vous médicaux et aux courses ; appelez la veille.",
        NEWS: "Recevez le réveil info de {brand} : l'essentiel de l'actualité dans votre boîte avant le petit-déjeuner, gratuitement.",
    },
    "it": {
        CAROLS: "La maratona di canti natalizi di {choir} è arrivata a {n} canti, tutti per il reparto di pediatria.",
        READATHON: "{readathon}: {n} pagine lette ad alta voce finora, a favore della biblioteca scolastica.",
        COATS: "{coats}: ancora {n} cappotti caldi sull'appendiabiti solidale, prendetene uno se serve.",
        QUEUE: "{post}: {n} persone in coda in questo momento.",
        LEGAL: "Consulenza legale gratuita su affitti, debiti e famiglia a {legal}, ogni lunedì dalle 18, avvocati volontari, senza appuntamento.",
        HOMEWORK: "Il doposcuola di {homework} accoglie gli alunni dagli 8 ai 14 anni nei pomeriggi feriali, con volontari e merenda offerta.",
        DRIVERS: "Senza auto? Il servizio di accompagnamento volontario di {drivers} porta a visite mediche e a fare la spesa; chiamare il giorno prima.",
        NEWS: "Ricevi il buongiorno di {brand}: le notizie che contano nella tua casella prima di colazione, gratis.",
    },
}

# How each counter moves: base, step per fetch, jitter (rise/fall) or spread (drift).
MOVES = {CAROLS: ("rise", 2, 1), READATHON: ("rise", 11, 6), COATS: ("fall", 2, 1)}
MOVES |= {QUEUE: ("drift", 0, 6)}


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
