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
    start = random.Random(f"blind26:turn:{ctx.slug}:{salt}").randrange(len(pool))
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
FACT = "did you know: a fact about the town or region, a different one per request"
TIP = "a grandparent's household tip sent in by a reader, a different one per request"
BIRTHDAY = "birthday shout-out: a greeting sent in for someone's birthday today, a different one per request"
YOUTH = "youth-league result from the weekend, a different one per request"
BOOKSALE = "charity book sale: books sold so far, rising, with a clock"
BAKE = "cookie bake for a care home: cookies baked so far, rising, with a clock"
RAFFLE = "charity raffle: tickets still to sell, falling, with a clock"
FUEL = "fuel watch: the cheapest pump price in town now, wandering, with a clock"
TALKING = "talking newspaper for blind and partially sighted readers (fixed wording)"
BINGO = "bingo night at a parish or community hall (fixed wording)"
LEGAL = "free legal-advice evening (fixed wording)"
READ = "classic: read-more teaser for another story, a different one per request"
PROMO = "classic: sponsored promo with rotating copy"
NEWS = "classic: newsletter sign-up box (fixed wording)"
TICKER = "classic: latest-news ticker, another story's headline with its clock, a different one per request"

NEW = {FACT, TIP, BIRTHDAY, YOUTH, BOOKSALE, BAKE, RAFFLE, FUEL, TALKING, BINGO, LEGAL}
CLASSIC = {READ, PROMO, NEWS, TICKER}
FIXED = {TALKING, BINGO, LEGAL, NEWS}  # wording never changes; they only come, go and move
DAILY: set[str] = set()  # none of this set's kinds turns over at local midnight
SWAPS = {FACT, TIP, BIRTHDAY, YOUTH, READ, PROMO, TICKER}  # a different item, same label

POOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        FACT: [
            "The town's first public clock was wound by hand every Saturday for ninety-one years.",
            "The old market hall was built with bricks carried over as ballast on sugar ships.",
            "The oldest tree in the botanical gardens was planted the year the railway opened.",
            "The seawall was lengthened four times before it reached the lighthouse.",
            "The first cinema in the district showed its films with a piano player until 1931.",
        ],
        TIP: [
            "A spoon of sugar in the vase keeps cut flowers fresh for days longer, says Granny Ivy.",
            "Rub a walnut over scratched wooden furniture and the marks all but vanish, writes Pa Joseph.",
            "Put a slice of bread in the biscuit tin and the biscuits stay crisp, from Aunt Lorna.",
            "Wipe the mirror with cold tea and it will not streak, swears Grandmother Pearl.",
            "Store ginger in the freezer and grate it straight from frozen, says Uncle Basil.",
        ],
        BIRTHDAY: [
            "Happy 90th birthday to Mavis, who still bakes for the whole street. Love from the grandchildren.",
            "Happy 7th birthday to little Jaden, the fastest runner in Class 2. From Mummy and Daddy.",
            "Happy birthday to Aunty Claudette, 75 today and as lively as ever. From all at the church choir.",
            "Happy 18th to Shania, who starts nursing school in January. We are so proud of you.",
            "Happy 100th birthday to Mr Ernest Fraser, the oldest member of the cricket club.",
        ],
        YOUTH: [
            "Under-12s: Eagles 3, Riverside Rovers 1, with a hat-trick from the Eagles' captain.",
            "Under-14 netball: Sunrise Academy 24, Hillside 19 after a nervy final quarter.",
            "Under-10s: Harbour Juniors 2, Lions 2, with both equalisers in the last minute.",
            "Under-16 basketball: Central Hawks 58, Bayview 51, in front of a packed gym.",
            "Under-13 cricket: Parish Colts 112 for 6 beat the Academy XI by four wickets.",
        ],
        READ: [
            "City council agrees to repaint the market clock tower",
            "Netball squad names three new faces for the regional tournament",
            "Fishermen ask for a second landing jetty at the harbour",
            "Pensioners to get their winter allowance a week early",
            "New maternity ward opens its doors in the spring",
        ],
        PROMO: [
            "Open a savings account before Christmas and the first month's interest is doubled.",
            "Two pizzas for the price of one every Sunday evening at participating branches.",
            "Upgrade your phone this week and get a free case and screen protector.",
            "Holiday hampers now in store: order by Friday for free delivery.",
            "New-year gym offer: join now and pay nothing until February.",
        ],
        TICKER: [
            "Man charged over shop break-in",
            "Cricket: hosts win by seven wickets",
            "Two hurt as minibus skids off hill road",
            "Schools to reopen a week later in January",
            "Water supply cut for repairs on Tuesday",
        ],
    },
    "de": {
        FACT: [
            "Die erste Straßenlaterne der Stadt brannte mit Petroleum und wurde jeden Abend von Hand entzündet.",
            "Der alte Bahnhof wurde zweimal versetzt, bevor er an seinem heutigen Platz stand.",
            "Im Keller des Rathauses lagerte früher der Wein der Gemeinde, rund 4000 Flaschen.",
            "Die Brücke am Dorfeingang war bis 1956 eine Holzbrücke mit Dach.",
            "Der Kirchturm diente bis in die Dreißigerjahre als Aussichtspunkt der Feuerwehr.",
        ],
        TIP: [
            "Ein Löffel Zucker im Blumenwasser hält Schnittblumen tagelang frisch, sagt Oma Gerda.",
            "Eine Walnuss über Kratzer im Holz reiben, dann sieht man sie kaum noch, schreibt Opa Karl.",
            "Eine Scheibe Brot in der Keksdose hält das Gebäck knusprig, rät Tante Hilde.",
            "Spiegel mit kaltem Schwarztee putzen, dann bleiben keine Streifen, schwört Oma Liesel.",
            "Ingwer im Gefrierfach lagern und gefroren reiben, empfiehlt Onkel Walter.",
        ],
        BIRTHDAY: [
            "Alles Liebe zum 90. Geburtstag, liebe Oma Erna! Deine Enkel und Urenkel.",
            "Herzlichen Glückwunsch zum 7. Geburtstag, kleiner Paul! Mama und Papa.",
            "Zum 75. Geburtstag gratulieren dem lieben Herbert die Sangesbrüder vom Männerchor.",
            "Happy Birthday zum 18., liebe Mia! Wir sind stolz auf dich.",
            "Zum 100. Geburtstag gratuliert der Turnverein seinem ältesten Mitglied, Anton Furrer.",
        ],
        YOUTH: [
            "E-Junioren: SC Talgrund 4, FC Oberdorf 2, drei Tore nach der Pause.",
            "D-Juniorinnen: Blau-Weiß 3, Eintracht 3, der Ausgleich fiel in der letzten Minute.",
            "U13-Handball: HSG Nord 21, TV Süd 18, vor vollen Rängen.",
            "C-Junioren: Sportfreunde 1, Viktoria 0 nach einem Freistoßtor.",
            "U15-Basketball: Bären 62, Falken 55, nach Verlängerung.",
        ],
        READ: [
            "Gemeinderat beschließt neue Beleuchtung für den Marktplatz",
            "Turnverein feiert sein hundertjähriges Bestehen",
            "Neue Buslinie verbindet ab Januar die Außenquartiere",
            "Weihnachtsmarkt meldet Besucherrekord am zweiten Advent",
            "Hallenbad schließt im Frühjahr für Sanierung",
        ],
        PROMO: [
            "Jetzt Heizung warten lassen und zehn Prozent auf die Inspektion sparen.",
            "Festtagsmenü mit fünf Gängen, Reservierung bis Freitag empfohlen.",
            "Handyvertrag wechseln und drei Monate keine Grundgebühr zahlen.",
            "Geschenkkörbe mit regionalen Spezialitäten, jetzt vorbestellen.",
            "Fitnessstudio-Aktion: bis Februar beitragsfrei trainieren.",
        ],
        TICKER: [
            "Einbrecher in Bäckerei gefasst",
            "Eishockey: Heimsieg im Penaltyschießen",
            "Lieferwagen rutscht in Graben, Fahrer leicht verletzt",
            "Wasserleitung am Dienstag gesperrt",
            "Schulbeginn im Januar verschoben",
        ],
    },
    "fr": {
        FACT: [
            "La première horloge publique de la ville était remontée à la main chaque samedi.",
            "L'ancien marché couvert a été construit avec des briques venues par bateau.",
            "Le plus vieil arbre du jardin public a été planté l'année de l'arrivée du train.",
            "Le quai a été prolongé quatre fois avant d'atteindre le phare.",
            "Le premier cinéma du quartier projetait ses films avec un pianiste jusqu'en 1931.",
        ],
        TIP: [
            "Un morceau de sucre dans l'eau du vase garde les fleurs fraîches plus longtemps, dit Mamie Odette.",
            "Frotter une noix sur une rayure du bois la fait presque disparaître, écrit Papi Lucien.",
            "Une tranche de pain dans la boîte à biscuits les garde croquants, conseille Tata Huguette.",
            "Le thé froid fait briller les miroirs sans traces, jure Grand-mère Simone.",
            "Le gingembre se garde au congélateur et se râpe encore gelé, dit Tonton Marcel.",
        ],
        BIRTHDAY: [
            "Joyeux 90e anniversaire à Mamie Thérèse, de la part de ses petits-enfants.",
            "Bon anniversaire à Lucas, 7 ans aujourd'hui ! Papa et maman t'embrassent.",
            "Joyeux anniversaire à Tante Solange, 75 ans, de la part de la chorale paroissiale.",
            "Joyeux 18 ans à Léa, future infirmière. On est fiers de toi !",
            "Le club de pétanque souhaite un joyeux centenaire à son doyen, Émile Tetuanui.",
        ],
        YOUTH: [
            "U11 : AS Rivière 3, Entente du Port 1, triplé du capitaine.",
            "U13 filles : Étoile 2, Racing 2, égalisation dans les arrêts de jeu.",
            "U15 basket : Les Requins 61, Les Aigles 55, devant une salle comble.",
            "U12 : Jeunesse Sportive 1, Olympique 0 sur un coup franc.",
            "U17 handball : Club du Nord 27, Union Sud 24 après prolongation.",
        ],
        READ: [
            "Le conseil municipal vote la rénovation de l'horloge du marché",
            "Basket : trois nouvelles recrues pour le tournoi régional",
            "Les pêcheurs réclament un second quai de débarquement",
            "Une nouvelle maternité ouvrira au printemps",
            "Le marché de Noël bat son record d'affluence",
        ],
        PROMO: [
            "Ouvrez un livret d'épargne avant Noël et le premier mois d'intérêts est doublé.",
            "Deux pizzas pour le prix d'une chaque dimanche soir dans les restaurants participants.",
            "Changez de téléphone cette semaine, la coque et le verre trempé sont offerts.",
            "Paniers gourmands de fête : commandez avant vendredi, livraison gratuite.",
            "Offre salle de sport : inscrivez-vous maintenant, ne payez rien avant février.",
        ],
        TICKER: [
            "Cambriolage dans une boulangerie, un suspect interpellé",
            "Football : victoire à domicile dans les arrêts de jeu",
            "Un minibus dérape, deux blessés légers",
            "Coupure d'eau programmée mardi matin",
            "La rentrée de janvier repoussée d'une semaine",
        ],
    },
    "it": {
        FACT: [
            "Il primo orologio pubblico della città veniva caricato a mano ogni sabato.",
            "Il vecchio mercato coperto fu costruito con mattoni arrivati via nave.",
            "L'albero più antico dei giardini pubblici fu piantato l'anno in cui arrivò il treno.",
            "Il molo fu allungato quattro volte prima di raggiungere il faro.",
            "Il primo cinema del quartiere proiettava i film con un pianista fino al 1931.",
        ],
        TIP: [
            "Un cucchiaino di zucchero nell'acqua del vaso tiene freschi i fiori più a lungo, dice nonna Pina.",
            "Strofinare una noce sui graffi del legno li fa quasi sparire, scrive nonno Gino.",
            "Una fetta di pane nella scatola dei biscotti li tiene croccanti, consiglia zia Rosetta.",
            "Il tè freddo fa brillare gli specchi senza aloni, giura nonna Carmela.",
            "Lo zenzero si conserva in freezer e si grattugia ancora congelato, dice zio Nando.",
        ],
        BIRTHDAY: [
            "Tanti auguri a nonna Assunta per i suoi 90 anni, dai nipoti e pronipoti.",
            "Buon compleanno a Leonardo, 7 anni oggi! Mamma e papà.",
            "Auguri a zia Franca per i suoi 75 anni, dal coro della parrocchia.",
            "Buoni 18 anni a Giorgia, futura infermiera. Siamo fieri di te!",
            "Il circolo delle bocce augura buon centesimo compleanno al socio più anziano, Ernesto Ricci.",
        ],
        YOUTH: [
            "Pulcini: Virtus 3, Sporting 1, tripletta del capitano.",
            "Under 13 femminile: Stella 2, Audace 2, pareggio al novantesimo.",
            "Under 15 basket: Leoni 61, Aquile 55 davanti al palazzetto pieno.",
            "Esordienti: Polisportiva 1, Olimpia 0 su punizione.",
            "Under 17 pallamano: Nord 27, Sud 24 dopo i supplementari.",
        ],
        READ: [
            "Il consiglio comunale approva il restauro dell'orologio del mercato",
            "Basket, tre volti nuovi per il torneo regionale",
            "I pescatori chiedono un secondo pontile di sbarco",
            "Un nuovo reparto maternità aprirà in primavera",
            "Mercatino di Natale da record per la parrocchia",
        ],
        PROMO: [
            "Apri un conto deposito entro Natale e il primo mese di interessi è raddoppiato.",
            "Due pizze al prezzo di una ogni domenica sera nei locali aderenti.",
            "Cambia telefono questa settimana: cover e pellicola in omaggio.",
            "Cesti natalizi con prodotti del territorio, ordina entro venerdì.",
            "Palestra: iscriviti ora e non paghi fino a febbraio.",
        ],
        TICKER: [
            "Furto in panetteria, fermato un uomo",
            "Calcio, vittoria in casa al novantesimo",
            "Furgone esce di strada, autista ferito lievemente",
            "Acqua sospesa martedì per lavori",
            "Rientro a scuola rinviato di una settimana",
        ],
    },
}

# Counters and fixed notices: {n} is the figure, the other fields the page's own places.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        BOOKSALE: "The charity book sale at {booksale} has sold {n} books so far; every dollar goes to the children's ward.",
        BAKE: "{bake}: {n} cookies baked so far for the residents of the care home down the road.",
        RAFFLE: "{raffle}: {n} raffle tickets still to sell before the draw; first prize is a hamper.",
        FUEL: "Cheapest fuel in town right now: {cur}{n} {unit} at {station}.",
        TALKING: "The talking newspaper for blind and partially sighted readers is recorded every Friday at {talking}; ask for a free memory stick.",
        BINGO: "Bingo night every Thursday at {bingo}: doors open at seven, eyes down at half past, all proceeds to the roof fund.",
        LEGAL: "Free legal-advice evening on the first Monday of the month at {legal}: volunteer lawyers answer questions on tenancy, debt and family matters.",
        NEWS: "Get {brand}'s free morning newsletter with the day's local stories, delivered to your inbox at six.",
    },
    "de": {
        BOOKSALE: "Bücherflohmarkt {booksale}: bisher {n} Bücher verkauft, der Erlös geht an die Kinderstation.",
        BAKE: "{bake}: schon {n} Weihnachtsplätzchen gebacken für die Bewohner des Altersheims.",
        RAFFLE: "{raffle}: noch {n} Lose zu verkaufen, Hauptpreis ist ein Geschenkkorb.",
        FUEL: "Günstigster Diesel im Ort gerade: {cur}{n} {unit} bei {station}.",
        TALKING: "Die Hörzeitung für blinde und sehbehinderte Menschen wird jeden Freitag in {talking} aufgenommen; der USB-Stick ist kostenlos.",
        BINGO: "Bingo-Abend jeden Donnerstag in {bingo}: Einlass um 19 Uhr, gespielt wird ab halb acht, der Erlös geht an die Dachsanierung.",
        LEGAL: "Kostenlose Rechtsberatung am ersten Montag im Monat in {legal}: ehrenamtliche Juristen beantworten Fragen zu Miete, Schulden und Familie.",
        NEWS: "Der kostenlose Morgen-Newsletter von {brand} bringt Ihnen um sechs Uhr die wichtigsten Meldungen aus der Region.",
    },
    "fr": {
        BOOKSALE: "Vente de livres solidaire {booksale} : {n} livres vendus jusqu'ici, au profit du service de pédiatrie.",
        BAKE: "{bake} : déjà {n} biscuits de Noël cuits pour les résidents de la maison de retraite.",
        RAFFLE: "{raffle} : encore {n} billets de tombola à vendre avant le tirage, un panier garni à gagner.",
        FUEL: "Carburant le moins cher en ville en ce moment : {cur}{n} {unit} à {station}.",
        TALKING: "Le journal sonore pour les personnes aveugles et malvoyantes est enregistré chaque vendredi à {talking} ; la clé USB est gratuite.",
        BINGO: "Soirée loto tous les jeudis à {bingo} : ouverture des portes à 19 heures, premier tirage à 19 h 30, au profit de la réfection du toit.",
        LEGAL: "Consultations juridiques gratuites le premier lundi du mois à {legal} : des avocats bénévoles répondent sur le logement, les dettes et la famille.",
        NEWS: "Abonnez-vous à l'infolettre matinale gratuite de {brand} et recevez l'actualité locale chaque jour à 6 heures.",
    },
    "it": {
        BOOKSALE: "Mercatino dei libri solidale {booksale}: finora {n} libri venduti, il ricavato va alla pediatria.",
        BAKE: "{bake}: già {n} biscotti di Natale sfornati per gli ospiti della casa di riposo.",
        RAFFLE: "{raffle}: ancora {n} biglietti della lotteria da vendere prima dell'estrazione, in palio un cesto.",
        FUEL: "Carburante più economico in città in questo momento: {cur}{n} {unit} {station}.",
        TALKING: "Il giornale parlato per non vedenti e ipovedenti si registra ogni venerdì a {talking}; la chiavetta è gratuita.",
        BINGO: "Tombola ogni giovedì a {bingo}: apertura alle 19, prima estrazione alle 19.30, il ricavato va al restauro del tetto.",
        LEGAL: "Consulenza legale gratuita il primo lunedì del mese a {legal}: avvocati volontari rispondono su affitti, debiti e famiglia.",
        NEWS: "Iscriviti alla newsletter gratuita del mattino di {brand} e ricevi ogni giorno alle 6 le notizie del territorio.",
    },
}

# How each counter moves: step per fetch and jitter (rise/fall), or spread (drift).
MOVES = {BOOKSALE: ("rise", 6, 3), BAKE: ("rise", 14, 6), RAFFLE: ("fall", 5, 3)}
MOVES |= {FUEL: ("drift", 0, 4)}


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


def ordinal(n: int) -> str:
    """'6th', '1st', '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def sn_date(dt: datetime) -> str:
    """'Sunday, December 6th, 2026 at 4:35 pm' (Caribbean papers)."""
    return f"{weekday(dt, 'en')}, {month(dt, 'en')} {ordinal(dt.day)}, {dt.year} at {ampm(dt)}"
