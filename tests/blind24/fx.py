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
    start = random.Random(f"blind24:turn:{ctx.slug}:{salt}").randrange(len(pool))
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
RIDDLE = "a reader's riddle with its answer, a different one per request"
TWISTER = "a tongue-twister sent in by a reader, a different one per request"
DOG = "a reader's dog of the day: its name, age and habit, a different one per request"
GARDEN = "community garden: kilograms picked so far this season, rising, with a clock"
BOTTLES = "bottle bank: bottles and jars dropped off so far, rising, with a clock"
BOOKS = "library returns slot: books returned since closing time, rising, with a clock"
BREAD = "charity bakery: free loaves left on the shelf, falling, with a clock"
TAXI = "taxi rank: cabs waiting at the main rank now, wandering, with a clock"
DIGITAL = "computer and phone help for older people (fixed wording)"
SEEDS = "seed library: seeds lent free and returned after the harvest (fixed wording)"
COFFEE = "coffee morning for people who live alone (fixed wording)"
READ = "classic: read-more teaser for another story, a different one per request"
PROMO = "classic: sponsored promo with rotating copy"
NEWS = "classic: newsletter sign-up box (fixed wording)"
TICKER = "classic: latest-news ticker, another story's headline with its clock, a different one per request"

NEW = {RIDDLE, TWISTER, DOG, GARDEN, BOTTLES, BOOKS, BREAD, TAXI, DIGITAL, SEEDS, COFFEE}
CLASSIC = {READ, PROMO, NEWS, TICKER}
FIXED = {DIGITAL, SEEDS, COFFEE, NEWS}  # wording never changes; they only come, go and move
DAILY: set[str] = set()  # none of this set's kinds turns over at local midnight
SWAPS = {RIDDLE, TWISTER, DOG, READ, PROMO, TICKER}  # a different item, same label

POOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        RIDDLE: [
            "What has keys but can't open a single lock? A piano. Sent in by Marcia, 11.",
            "What gets wetter the more it dries? A towel. From the Year 4 class at the church school.",
            "What has a neck but no head? A bottle. Thanks to Uncle Desmond, who tells it every Christmas.",
            "What can you catch but never throw? A cold. Courtesy of Priya and her grandmother.",
        ],
        TWISTER: [
            "Six slick slim sleds slid slowly southward. Try it three times, says Winston.",
            "Fred fed Ted bread and Ted fed Fred bread. From the Tuesday reading club.",
            "A big black bug bit a big black bear. Sent in by Keisha, who can do it five times.",
            "Red lorry, yellow lorry, red lorry, yellow lorry. Our sub-editor gave up after two.",
        ],
        DOG: [
            "Biscuit, a four-year-old terrier cross, who steals socks and hides them under the sofa.",
            "Major, a nine-year-old Labrador, who waits at the gate for the postman every single day.",
            "Pepper, a two-year-old rescue, who howls along whenever the church bells ring.",
            "Rocky, a seven-year-old bulldog, who refuses to walk past the bakery without a treat.",
        ],
        READ: [
            "Council approves new bus shelters for the market district",
            "Netball squad names three newcomers for the regional cup",
            "Pensioners to get winter fuel grant from January",
            "Harbour clean-up pulls two tonnes of plastic from the water",
        ],
        PROMO: [
            "Get 20 per cent off all school shoes this week at participating stores on the main street.",
            "Book your Christmas lunch by Friday and the dessert is on us, say the hotel's chefs.",
            "Switch to fibre this month and pay nothing for the first three months.",
            "New-year fitness bundle: twelve classes and a towel for the price of eight.",
        ],
        TICKER: [
            "Man held after break-in at pharmacy",
            "Cricket: hosts win by six wickets",
            "Two hurt as minibus overturns on hill road",
            "Schools to reopen a week later in January",
        ],
    },
    "de": {
        RIDDLE: [
            "Was hat einen Hals, aber keinen Kopf? Die Flasche. Eingesandt von Lena, 9 Jahre.",
            "Was wird nasser, je mehr es trocknet? Das Handtuch. Von der Klasse 3b der Grundschule.",
            "Welcher Hahn kräht nie? Der Wasserhahn. Danke an Opa Heinrich, der es jedes Jahr erzählt.",
            "Was hat Zähne, kann aber nicht beißen? Der Kamm. Von Familie Brandt aus dem Nachbarort.",
        ],
        TWISTER: [
            "Fischers Fritz fischt frische Fische, frische Fische fischt Fischers Fritz. Dreimal schnell, bitte.",
            "Blaukraut bleibt Blaukraut und Brautkleid bleibt Brautkleid. Eingesandt von Greta, 10.",
            "Zwischen zwei Zwetschgenzweigen zwitschern zwei Schwalben. Unser Volontär hat aufgegeben.",
            "Der Cottbuser Postkutscher putzt den Cottbuser Postkutschkasten. Von der Seniorengruppe.",
        ],
        DOG: [
            "Bruno, ein fünfjähriger Dackelmischling, der jeden Morgen die Zeitung ins Haus trägt.",
            "Lotte, eine dreijährige Hündin aus dem Tierheim, die bei Regen nicht vor die Tür will.",
            "Max, ein zehnjähriger Schäferhund, der beim Klingeln der Kirchenglocken mitsingt.",
            "Frieda, eine zweijährige Pudeldame, die Tennisbälle im Garten vergräbt.",
        ],
        READ: [
            "Gemeinderat beschließt neue Radwege am Stadtrand",
            "Handballerinnen gewinnen Derby nach Verlängerung",
            "Neue Kita öffnet im Frühjahr mit sechzig Plätzen",
            "Weihnachtsbasar bringt Rekorderlös für die Tafel",
        ],
        PROMO: [
            "Jetzt Winterreifen wechseln lassen und die Einlagerung gratis dazu bekommen.",
            "Drei Monate Glasfaser zum halben Preis, nur bis Jahresende beim Anbieter vor Ort.",
            "Festtagsmenü mit vier Gängen im Ratskeller, Reservierung bis Freitag empfohlen.",
            "Sprachkurse ab Januar: zwei Wochen gratis testen in der Volkshochschule.",
        ],
        TICKER: [
            "Einbrecher in Apotheke festgenommen",
            "Eishockey: Heimsieg nach Penaltyschießen",
            "Kleinbus kippt auf Bergstraße um, zwei Verletzte",
            "Schulbeginn im Januar um eine Woche verschoben",
        ],
    },
    "fr": {
        RIDDLE: [
            "Qu'est-ce qui a des dents mais ne mord jamais ? Le peigne. Envoyé par Inès, 10 ans.",
            "Plus j'ai de gardiens, moins je suis gardé. Qui suis-je ? Le secret. Merci à Mamie Rose.",
            "Qu'est-ce qui se mouille en séchant ? La serviette. De la part de la classe de CE2.",
            "Qu'est-ce qui a un cou mais pas de tête ? La bouteille. Proposé par Anli et son frère.",
        ],
        TWISTER: [
            "Un chasseur sachant chasser doit savoir chasser sans son chien. Trois fois, sans se tromper.",
            "Les chaussettes de l'archiduchesse sont-elles sèches ou archi-sèches ? Envoyé par Zaïna.",
            "Si six scies scient six cyprès, six cent six scies scient six cent six cyprès. Bon courage.",
            "Un pâtissier qui pâtissait chez un tapissier qui tapissait. Notre stagiaire a abandonné.",
        ],
        DOG: [
            "Caramel, un croisé de cinq ans, qui attend chaque soir le retour du bus scolaire.",
            "Vanille, une chienne de trois ans adoptée au refuge, qui a peur des pétards.",
            "Filou, un vieux berger de onze ans, qui dort sur le paillasson du voisin.",
            "Moka, un jeune chiot de huit mois, qui mâchonne toutes les tongs de la maison.",
        ],
        READ: [
            "Le conseil municipal vote la rénovation du marché couvert",
            "Handball : les filles qualifiées pour la finale régionale",
            "Une nouvelle crèche ouvrira ses portes au printemps",
            "Le marché de Noël bat son record de fréquentation",
        ],
        PROMO: [
            "Changez de forfait mobile ce mois-ci et profitez de trois mois offerts.",
            "Menu de fête à quatre plats au restaurant de l'hôtel, réservation conseillée.",
            "Soldes d'hiver avant l'heure : moins 30 % sur l'électroménager ce week-end.",
            "Cours de langues dès janvier : deux semaines d'essai gratuites.",
        ],
        TICKER: [
            "Cambriolage dans une pharmacie, un suspect interpellé",
            "Football : victoire à domicile dans les arrêts de jeu",
            "Un minibus se renverse, deux blessés légers",
            "La rentrée de janvier repoussée d'une semaine",
        ],
    },
    "it": {
        RIDDLE: [
            "Cosa ha i denti ma non morde? Il pettine. Inviato da Giulia, 9 anni.",
            "Più è grande, meno si vede. Cos'è? Il buio. Grazie a nonno Peppino, che la racconta sempre.",
            "Cosa si bagna mentre asciuga? L'asciugamano. Dalla classe terza della scuola elementare.",
            "Cosa ha il collo ma non la testa? La bottiglia. Proposto da Matteo e dalla sua sorellina.",
        ],
        TWISTER: [
            "Trentatré trentini entrarono a Trento tutti e trentatré trotterellando. Tre volte, veloci.",
            "Sopra la panca la capra campa, sotto la panca la capra crepa. Inviato da Sofia, 8 anni.",
            "Apelle figlio di Apollo fece una palla di pelle di pollo. Il nostro stagista si è arreso.",
            "Sereno è, se non è sereno si rasserenerà. Dal gruppo di lettura del martedì.",
        ],
        DOG: [
            "Briciola, meticcia di cinque anni, che ruba i calzini e li nasconde sotto il divano.",
            "Rocco, labrador di nove anni, che aspetta il postino al cancello ogni mattina.",
            "Nuvola, trovatella di due anni, che ulula quando suonano le campane.",
            "Tobia, bassotto di sette anni, che non passa davanti al forno senza un biscotto.",
        ],
        READ: [
            "Il consiglio comunale approva le nuove piste ciclabili",
            "Pallavolo, le ragazze conquistano la finale regionale",
            "Un nuovo asilo nido aprirà in primavera",
            "Mercatino di Natale da record per la parrocchia",
        ],
        PROMO: [
            "Cambia gestore questo mese e i primi tre mesi di fibra sono gratis.",
            "Menù delle feste a quattro portate, prenotazioni entro venerdì.",
            "Saldi anticipati: meno 30 per cento sugli elettrodomestici questo fine settimana.",
            "Corsi di lingua da gennaio, due settimane di prova gratuite.",
        ],
        TICKER: [
            "Furto in farmacia, fermato un uomo",
            "Calcio, vittoria in casa al novantesimo",
            "Si ribalta un pulmino, due feriti lievi",
            "Rientro a scuola rinviato di una settimana",
        ],
    },
}

# Counters and fixed notices: {n} is the figure, the other fields the page's own places.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        GARDEN: "{garden}: {n} kg of vegetables picked so far this season by the volunteers who tend the beds.",
        BOTTLES: "The bottle bank at {bottle} has taken {n} bottles and jars since the bins were emptied on Friday.",
        BOOKS: "{library}: {n} books pushed through the returns slot since the doors closed at six.",
        BREAD: "{bakery}: {n} loaves still on the free-bread shelf; anyone in need may take two.",
        TAXI: "{rank}: {n} taxis waiting for fares right now.",
        DIGITAL: "Help with computers, tablets and phones for older residents at {digital}, Tuesdays and Thursdays from 10 to noon; no booking needed.",
        SEEDS: "The seed library at {seeds} lends tomato, bean and pumpkin seeds free of charge; bring back a handful from your own harvest.",
        COFFEE: "Coffee morning for people who live alone, every Wednesday from 10 at {coffee}: a warm room, a hot drink and good company.",
        NEWS: "Sign up for {brand}'s free evening bulletin and get the day's local stories in your inbox at six.",
    },
    "de": {
        GARDEN: "{garden}: {n} Kilo Gemüse haben die Ehrenamtlichen in dieser Saison bisher geerntet.",
        BOTTLES: "Altglascontainer {bottle}: {n} Flaschen und Gläser seit der Leerung am Freitag eingeworfen.",
        BOOKS: "{library}: {n} Bücher seit Schließung um 18 Uhr durch den Rückgabeschlitz geschoben.",
        BREAD: "{bakery}: noch {n} Brote im Gratisregal, jeder Bedürftige darf zwei mitnehmen.",
        TAXI: "{rank}: {n} Taxis warten gerade auf Fahrgäste.",
        DIGITAL: "Hilfe bei Computer, Tablet und Handy für Seniorinnen und Senioren in {digital}, dienstags und donnerstags von 10 bis 12 Uhr, ohne Anmeldung.",
        SEEDS: "Die Saatgutbibliothek in {seeds} verleiht Samen von Tomaten, Bohnen und Kürbissen kostenlos; zurückgegeben wird eine Handvoll aus der eigenen Ernte.",
        COFFEE: "Kaffeerunde für Alleinlebende, jeden Mittwoch ab 10 Uhr in {coffee}: ein warmer Raum, ein heißes Getränk und nette Gesellschaft.",
        NEWS: "Abonnieren Sie den kostenlosen Abend-Newsletter von {brand} mit den wichtigsten Meldungen des Tages.",
    },
    "fr": {
        GARDEN: "{garden} : {n} kg de légumes récoltés depuis le début de la saison par les bénévoles.",
        BOTTLES: "Borne à verre {bottle} : {n} bouteilles et bocaux déposés depuis la collecte de vendredi.",
        BOOKS: "{library} : {n} livres glissés dans la boîte de retour depuis la fermeture à 18 heures.",
        BREAD: "{bakery} : encore {n} pains sur l'étagère solidaire, deux par personne dans le besoin.",
        TAXI: "{rank} : {n} taxis en attente de clients en ce moment.",
        DIGITAL: "Aide au numérique pour les seniors à {digital}, les mardis et jeudis de 10 heures à midi : ordinateur, tablette et téléphone, sans rendez-vous.",
        SEEDS: "La grainothèque de {seeds} prête gratuitement des graines de tomates, de haricots et de citrouilles ; on en rapporte une poignée après la récolte.",
        COFFEE: "Café-rencontre pour les personnes seules, chaque mercredi dès 10 heures à {coffee} : une salle chauffée, une boisson chaude et de la compagnie.",
        NEWS: "Inscrivez-vous à la lettre du soir de {brand} et recevez l'essentiel de l'actualité locale chaque jour.",
    },
    "it": {
        GARDEN: "{garden}: {n} chili di ortaggi raccolti finora in questa stagione dai volontari.",
        BOTTLES: "Campana del vetro {bottle}: {n} bottiglie e vasetti conferiti dallo svuotamento di venerdì.",
        BOOKS: "{library}: {n} libri infilati nella buca delle restituzioni dalla chiusura delle 18.",
        BREAD: "{bakery}: ancora {n} pagnotte sullo scaffale solidale, due a testa per chi ne ha bisogno.",
        TAXI: "{rank}: {n} taxi in attesa di clienti in questo momento.",
        DIGITAL: "Aiuto con computer, tablet e telefonini per gli anziani a {digital}, martedì e giovedì dalle 10 alle 12, senza prenotazione.",
        SEEDS: "La biblioteca dei semi di {seeds} presta gratis semi di pomodori, fagioli e zucche; si restituisce una manciata del proprio raccolto.",
        COFFEE: "Caffè insieme per chi vive solo, ogni mercoledì dalle 10 a {coffee}: una sala calda, una bevanda e un po' di compagnia.",
        NEWS: "Iscriviti alla newsletter serale di {brand} e ricevi ogni giorno le notizie del territorio.",
    },
}

# How each counter moves: base, step per fetch, jitter (rise/fall) or spread (drift).
MOVES = {GARDEN: ("rise", 3, 1), BOTTLES: ("rise", 9, 5), BOOKS: ("rise", 4, 2)}
MOVES |= {BREAD: ("fall", 3, 2), TAXI: ("drift", 0, 5)}


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
