"""Shared pieces for the second blind set: text helpers, the truth model and per-fetch furniture.

Everything that is not the story itself (teasers, ads, widgets, counters, "updated N minutes
ago", reading times, most-read lists) comes from an ``Fx`` seeded by (slug, fetch), and every
furniture line it hands out is recorded so the truth file can list it.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------------------------
# Text

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<!\*)\*([^*]+)\*(?!\*)")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def inline(text: str) -> str:
    """Escape ``text`` and turn [label](href), **bold** and *italic* into markup."""
    out = esc(text)
    out = _LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', out)
    out = _STRONG.sub(r"<strong>\1</strong>", out)
    return _EM.sub(r"<em>\1</em>", out)


def plain(text: str) -> str:
    """The text a reader sees for an ``inline`` string."""
    out = _LINK.sub(r"\1", text)
    out = _STRONG.sub(r"\1", out)
    return _EM.sub(r"\1", out)


def words(text: str, n: int) -> str:
    return " ".join(plain(text).split()[:n])


def group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


# ---------------------------------------------------------------------------------------------
# Truth


@dataclass(slots=True)
class Block:
    """An update note or a live entry as the page prints it.

    ``text`` is the first paragraph of the note or entry (inline markup allowed); ``headline``
    is a live entry's own heading, if it has one.
    """

    kind: str
    label: str | None
    timestamp: str | None
    text: str
    headline: str | None = None
    more: list[str] = field(default_factory=list)

    def truth(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {
            "kind": self.kind,
            "label": self.label,
            "timestamp": self.timestamp,
        }
        if self.headline:
            out["first_words"] = words(f"{self.headline} {self.text}", 8)
            out["alt_words"] = words(self.text, 6)
        else:
            out["first_words"] = words(self.text, 8)
        return out

    def all_text(self) -> str:
        parts = [self.headline or "", self.text, *self.more]
        return " ".join(plain(p) for p in parts if p)


@dataclass(slots=True)
class Page:
    slug: str
    publisher: str
    lang: str
    kind: str  # "updates", "live" or "plain"
    html: str
    body: list[str]
    blocks: list[Block]
    furniture: list[str]
    genuine: Block | None = None

    def truth(self) -> dict[str, object]:
        return {
            "blocks": [b.truth() for b in self.blocks],
            "body_first": words(self.body[0], 6),
            "body_last": words(self.body[-1], 6),
            "furniture": sorted(set(self.furniture)),
            "kind": self.kind,
            "lang": self.lang,
            "publisher": self.publisher,
        }


# ---------------------------------------------------------------------------------------------
# Furniture pools (invented)

TEASERS: dict[str, list[str]] = {
    "en": [
        "The last lamplighters of a Yorkshire mill town",
        "Why your dishwasher takes three hours now",
        "A retired teacher’s 40-year record of garden birds",
        "The strange economics of airport parking",
        "How a village in Cumbria built its own broadband",
        "Inside the warehouse that stores a nation’s seeds",
        "What happens to lost luggage nobody claims",
        "The push to bring back the corner launderette",
        "Five winter walks that end at a good pub",
        "Why so many new homes face the wrong way",
        "The orchestra that rehearses in a car park",
        "A chef’s case for cooking with frozen peas",
        "How tide tables are still made by hand",
        "The quiet boom in secondhand school uniforms",
        "What a century of snowfall records tells us",
        "The island where every house has the same key",
    ],
    "de": [
        "Der letzte Schuster von Wuppertal-Elberfeld",
        "Warum Spülmaschinen heute drei Stunden brauchen",
        "Wie ein Dorf im Hunsrück sein eigenes Glasfasernetz baute",
        "Die seltsame Ökonomie der Parkhäuser an Flughäfen",
        "Was mit Koffern passiert, die niemand abholt",
        "Ein Rentner zählt seit 40 Jahren die Vögel in seinem Garten",
        "Fünf Winterwanderungen, die an einer Hütte enden",
        "Warum Tiefkühlerbsen besser sind als ihr Ruf",
        "Das Orchester, das in einer Tiefgarage probt",
        "Wer heute noch Gezeitentabellen von Hand rechnet",
        "Der stille Boom der gebrauchten Schulranzen",
        "Was hundert Jahre Schneemessung über unsere Winter verraten",
        "Die Insel, auf der alle Türen offen bleiben",
        "Warum Neubauten so oft nach Norden zeigen",
        "Im Archiv der Samen: Ein Besuch in Gatersleben",
        "Die Rückkehr des Waschsalons an der Ecke",
    ],
    "fr": [
        "Le dernier rémouleur ambulant de Bretagne",
        "Pourquoi votre lave-vaisselle tourne pendant trois heures",
        "Dans ce village du Cantal, les habitants ont posé leur propre fibre",
        "L’étrange économie des parkings d’aéroport",
        "Que deviennent les valises que personne ne réclame ?",
        "Un instituteur retraité compte les oiseaux de son jardin depuis 40 ans",
        "Cinq randonnées d’hiver qui finissent au coin du feu",
        "Petits pois surgelés : le plaidoyer d’un chef étoilé",
        "L’orchestre qui répète dans un parking souterrain",
        "Qui calcule encore les horaires des marées à la main ?",
        "Le marché discret des cartables d’occasion",
        "Ce que cent ans de relevés de neige disent de nos hivers",
        "L’île où personne ne ferme sa porte à clé",
        "Pourquoi tant de logements neufs tournent le dos au soleil",
        "Au cœur de la banque de graines de Montpellier",
        "Le retour de la laverie de quartier",
    ],
    "it": [
        "L’ultimo arrotino ambulante di Bergamo",
        "Perché la lavastoviglie ora impiega tre ore",
        "Il paese dell’Appennino che si è costruito la fibra da solo",
        "La strana economia dei parcheggi negli aeroporti",
        "Che fine fanno le valigie che nessuno ritira",
        "Un maestro in pensione conta gli uccelli del suo orto da 40 anni",
        "Cinque passeggiate invernali che finiscono in osteria",
        "Piselli surgelati: l’elogio di uno chef stellato",
        "L’orchestra che prova in un parcheggio sotterraneo",
        "Chi calcola ancora a mano le tabelle delle maree",
        "Il mercato silenzioso degli zaini di seconda mano",
        "Cosa raccontano cento anni di misure della neve",
        "L’isola dove nessuno chiude la porta a chiave",
        "Perché tante case nuove voltano le spalle al sole",
        "Dentro la banca dei semi di Bari",
        "Il ritorno della lavanderia di quartiere",
    ],
    "es": [
        "El último afilador ambulante de Galicia",
        "Por qué el lavavajillas tarda ahora tres horas",
        "El pueblo de Teruel que se tendió su propia fibra",
        "La extraña economía de los aparcamientos de aeropuerto",
        "Qué pasa con las maletas que nadie reclama",
        "Un maestro jubilado lleva 40 años contando pájaros en su huerto",
        "Cinco rutas de invierno que terminan en una taberna",
        "Guisantes congelados: el alegato de un chef con estrella",
        "La orquesta que ensaya en un aparcamiento subterráneo",
        "Quién calcula todavía a mano las tablas de mareas",
        "El mercado silencioso de las mochilas de segunda mano",
        "Lo que cuentan cien años de mediciones de nieve",
        "La isla donde nadie cierra la puerta con llave",
        "Por qué tantos pisos nuevos dan la espalda al sol",
        "Dentro del banco de semillas de Córdoba",
        "La vuelta de la lavandería de barrio",
    ],
    "pt": [
        "O último amolador ambulante de Trás-os-Montes",
        "Porque é que a máquina da loiça demora agora três horas",
        "A aldeia do Alentejo que instalou a sua própria fibra",
        "A estranha economia dos parques de estacionamento dos aeroportos",
        "O que acontece às malas que ninguém reclama",
        "Um professor reformado conta as aves do quintal há 40 anos",
        "Cinco caminhadas de inverno que acabam numa tasca",
        "Ervilhas congeladas: o elogio de um chef com estrela",
        "A orquestra que ensaia num parque subterrâneo",
        "Quem ainda calcula à mão as tabelas das marés",
        "O mercado discreto das mochilas em segunda mão",
        "O que contam cem anos de medições de neve",
        "A ilha onde ninguém fecha a porta à chave",
        "Porque é que tantas casas novas viram costas ao sol",
        "Dentro do banco de sementes de Braga",
        "O regresso da lavandaria de bairro",
    ],
}

MOST_READ: dict[str, list[str]] = {
    "en": [
        "Man finds 1930s love letters under his kitchen floor",
        "The price of a pint has doubled in ten years. Here’s why",
        "Council votes to rename bridge after crossing guard",
        "Astronomers spot comet that will be visible next month",
        "Family-run bakery closes after 112 years",
        "Scientists say octopuses dream, and they may have nightmares",
    ],
    "de": [
        "Mann findet Liebesbriefe aus den 1930er-Jahren unter seiner Küche",
        "Warum das Bier in zehn Jahren doppelt so teuer wurde",
        "Stadtrat benennt Brücke nach Schülerlotsin",
        "Komet wird im Januar mit bloßem Auge sichtbar",
        "Familienbäckerei schließt nach 112 Jahren",
        "Forscher: Auch Kraken träumen, vielleicht sogar schlecht",
    ],
    "fr": [
        "Il découvre des lettres d’amour des années 1930 sous son parquet",
        "Le prix du demi a doublé en dix ans : voici pourquoi",
        "Une commune rebaptise son pont en hommage à une agente de passage",
        "Une comète sera visible à l’œil nu en janvier",
        "La boulangerie familiale ferme après 112 ans",
        "Les pieuvres rêvent, et font peut-être des cauchemars",
    ],
    "it": [
        "Trova lettere d’amore degli anni Trenta sotto il pavimento",
        "Perché il prezzo della birra è raddoppiato in dieci anni",
        "Il Comune intitola il ponte alla nonnina vigile",
        "Una cometa sarà visibile a occhio nudo a gennaio",
        "Chiude dopo 112 anni il forno di famiglia",
        "Anche i polpi sognano, e forse hanno gli incubi",
    ],
    "es": [
        "Encuentra cartas de amor de los años treinta bajo el suelo de su cocina",
        "Por qué la caña cuesta el doble que hace diez años",
        "El Ayuntamiento pone al puente el nombre de una guardia escolar",
        "Un cometa será visible a simple vista en enero",
        "Cierra tras 112 años la panadería familiar",
        "Los pulpos sueñan, y puede que tengan pesadillas",
    ],
    "pt": [
        "Encontra cartas de amor dos anos 30 debaixo do chão da cozinha",
        "Porque é que a imperial custa o dobro de há dez anos",
        "Câmara dá à ponte o nome de uma sinaleira escolar",
        "Cometa vai ser visível a olho nu em janeiro",
        "Padaria de família fecha ao fim de 112 anos",
        "Os polvos sonham, e talvez tenham pesadelos",
    ],
}

# A/B tests: one related story, two headlines.
AB: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "The ferry captain who never missed a crossing",
            "Forty years, no missed crossings: meet the ferry captain",
        ),
        ("Why night buses are quietly booming", "Night buses are back, and riders love them"),
        (
            "A museum of broken umbrellas opens in Leeds",
            "Someone built a museum of broken umbrellas",
        ),
        ("The last video shop on the high street", "This video shop refuses to close"),
    ],
    "de": [
        (
            "Der Fährkapitän, der keine Überfahrt verpasste",
            "40 Jahre ohne Ausfall: Ein Fährkapitän erzählt",
        ),
        ("Warum Nachtbusse gerade boomen", "Die Nachtbusse sind zurück und voll"),
        (
            "Ein Museum für kaputte Regenschirme öffnet in Kassel",
            "Jemand hat ein Museum für kaputte Schirme gebaut",
        ),
        ("Die letzte Videothek der Innenstadt", "Diese Videothek weigert sich zu schließen"),
    ],
    "fr": [
        (
            "Le capitaine de ferry qui n’a jamais manqué une traversée",
            "Quarante ans sans rater une traversée",
        ),
        ("Pourquoi les bus de nuit font leur retour", "Les bus de nuit sont de retour, et pleins"),
        (
            "Un musée des parapluies cassés ouvre à Lille",
            "Il a créé un musée des parapluies cassés",
        ),
        ("Le dernier vidéoclub du centre-ville", "Ce vidéoclub refuse de fermer"),
    ],
    "it": [
        (
            "Il capitano del traghetto che non ha mai saltato una corsa",
            "Quarant’anni senza saltare una corsa",
        ),
        ("Perché gli autobus notturni tornano di moda", "Tornano i bus notturni, e sono pieni"),
        ("Apre a Padova un museo degli ombrelli rotti", "Ha creato un museo degli ombrelli rotti"),
        ("L’ultima videoteca del centro", "Questa videoteca non vuole chiudere"),
    ],
    "es": [
        (
            "El capitán de ferri que nunca perdió una travesía",
            "Cuarenta años sin perder una travesía",
        ),
        ("Por qué vuelven los autobuses nocturnos", "Los búhos vuelven, y van llenos"),
        ("Abre en Burgos un museo de paraguas rotos", "Creó un museo de paraguas rotos"),
        ("El último videoclub del centro", "Este videoclub se niega a cerrar"),
    ],
    "pt": [
        (
            "O comandante de ferry que nunca falhou uma travessia",
            "Quarenta anos sem falhar uma travessia",
        ),
        (
            "Porque é que os autocarros noturnos estão a voltar",
            "Os noturnos voltaram, e vão cheios",
        ),
        (
            "Abre em Coimbra um museu de guarda-chuvas partidos",
            "Criou um museu de guarda-chuvas partidos",
        ),
        ("O último clube de vídeo da Baixa", "Este clube de vídeo recusa-se a fechar"),
    ],
}

ADS: dict[str, list[str]] = {
    "en": [
        "Switch to Brightwave fibre and get your first three months free.",
        "Cozyfold duvets: sleep warmer this winter. Free returns for 100 nights.",
        "Plan your retirement with Halden Wealth. Capital at risk.",
        "Northlight Travel: ten nights in Madeira, flights included.",
        "Try Greenpantry meal kits: 60% off your first box.",
        "The new Arvo e-bike. Ride further on a single charge.",
    ],
    "de": [
        "Jetzt zu Brightwave Glasfaser wechseln: drei Monate gratis.",
        "Cozyfold Daunendecken: 100 Nächte Probeschlafen, kostenlose Rücksendung.",
        "Altersvorsorge mit Halden Invest. Kapitalanlagen sind mit Risiken verbunden.",
        "Nordlicht Reisen: zehn Nächte Madeira inklusive Flug.",
        "Grünkorb Kochboxen: 60 % Rabatt auf Ihre erste Box.",
        "Das neue Arvo E-Bike. Weiter fahren mit einer Akkuladung.",
    ],
    "fr": [
        "Passez à la fibre Brightwave : trois mois offerts.",
        "Couettes Cozyfold : 100 nuits d’essai, retour gratuit.",
        "Préparez votre retraite avec Halden Patrimoine. Capital non garanti.",
        "Nordlys Voyages : dix nuits à Madère, vols inclus.",
        "Paniers Potagers : -60 % sur votre première box.",
        "Le nouveau vélo électrique Arvo. Plus loin avec une seule charge.",
    ],
    "it": [
        "Passa alla fibra Brightwave: tre mesi gratis.",
        "Piumoni Cozyfold: 100 notti di prova, reso gratuito.",
        "Pianifica la pensione con Halden Patrimoni. Il capitale è a rischio.",
        "Aurora Viaggi: dieci notti a Madeira, volo incluso.",
        "Orto in Scatola: 60% di sconto sulla prima box.",
        "La nuova e-bike Arvo. Più strada con una sola carica.",
    ],
    "es": [
        "Cámbiate a la fibra Brightwave: tres meses gratis.",
        "Edredones Cozyfold: 100 noches de prueba, devolución gratuita.",
        "Planifica tu jubilación con Halden Patrimonio. Capital en riesgo.",
        "Aurora Viajes: diez noches en Madeira con vuelo incluido.",
        "Huerta en Casa: 60 % de descuento en tu primera caja.",
        "La nueva bici eléctrica Arvo. Más kilómetros con una sola carga.",
    ],
    "pt": [
        "Mude para a fibra Brightwave: três meses grátis.",
        "Edredões Cozyfold: 100 noites de experiência, devolução gratuita.",
        "Planeie a reforma com a Halden Patrimónios. Capital em risco.",
        "Aurora Viagens: dez noites na Madeira com voo incluído.",
        "Horta em Casa: 60% de desconto na primeira caixa.",
        "A nova bicicleta elétrica Arvo. Mais quilómetros com uma só carga.",
    ],
}

AD_LABEL = {
    "en": "Advertisement",
    "de": "Anzeige",
    "fr": "Publicité",
    "it": "Pubblicità",
    "es": "Publicidad",
    "pt": "Publicidade",
}

_AGO = {
    "en": "Updated {n} minutes ago",
    "de": "Aktualisiert vor {n} Minuten",
    "fr": "Mis à jour il y a {n} minutes",
    "it": "Aggiornato {n} minuti fa",
    "es": "Actualizado hace {n} minutos",
    "pt": "Atualizado há {n} minutos",
}

_READ = {
    "en": "{n} min read",
    "de": "Lesezeit: {n} Minuten",
    "fr": "Temps de lecture : {n} min",
    "it": "Tempo di lettura: {n} minuti",
    "es": "{n} min de lectura",
    "pt": "Leitura: {n} min",
}

_COMMENTS = {
    "en": "{n} comments",
    "de": "{n} Kommentare",
    "fr": "{n} commentaires",
    "it": "{n} commenti",
    "es": "{n} comentarios",
    "pt": "{n} comentários",
}

_SEP = {"en": ",", "de": ".", "fr": "\u202f", "it": ".", "es": ".", "pt": "."}

_SKY = {
    "en": ["Cloudy", "Light rain", "Sunny intervals", "Fog", "Showers"],
    "de": ["Bedeckt", "Leichter Regen", "Heiter", "Nebel", "Schauer"],
    "fr": ["Nuageux", "Pluie faible", "Éclaircies", "Brouillard", "Averses"],
    "it": ["Nuvoloso", "Pioggia debole", "Schiarite", "Nebbia", "Rovesci"],
    "es": ["Nublado", "Lluvia débil", "Intervalos de sol", "Niebla", "Chubascos"],
    "pt": ["Nublado", "Chuva fraca", "Períodos de sol", "Nevoeiro", "Aguaceiros"],
}


class Fx:
    """Furniture for one fetch of one page; ``lines`` collects every furniture line used."""

    def __init__(self, slug: str, lang: str, fetch: int) -> None:
        self.slug = slug
        self.lang = lang
        self.fetch = fetch
        self.rng = random.Random(f"blind2:{slug}:{fetch}")
        self.lines: list[str] = []

    # registering
    def f(self, text: str) -> str:
        """Record ``text`` as a furniture line and return it escaped."""
        self.lines.append(text)
        return esc(text)

    def num(self, n: int) -> str:
        return group(n, _SEP[self.lang])

    # choices
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def between(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def teasers(self, k: int, pool: list[str] | None = None) -> list[str]:
        return [self.f(t) for t in self.rng.sample(pool or TEASERS[self.lang], k)]

    def ad(self) -> str:
        return self.f(self.rng.choice(ADS[self.lang]))

    def ad_label(self) -> str:
        return esc(AD_LABEL[self.lang])

    def ago(self) -> str:
        return self.f(_AGO[self.lang].format(n=self.rng.randint(2, 58)))

    def read_time(self, base: int) -> str:
        return self.f(_READ[self.lang].format(n=base + self.rng.choice([0, 0, 1])))

    def comments(self, lo: int, hi: int) -> str:
        return self.f(_COMMENTS[self.lang].format(n=self.num(self.rng.randint(lo, hi))))

    def weather(self, city: str, lo: int, hi: int, unit: str = "°C") -> str:
        sky = self.rng.choice(_SKY[self.lang])
        return self.f(f"{city} {self.rng.randint(lo, hi)}{unit} {sky}")

    def market(self, name: str, level: float, dec: str = ".", sep: str = ",") -> str:
        move = self.rng.uniform(-1.6, 1.6)
        value = level * (1 + move / 100)
        whole, frac = f"{value:.2f}".split(".")
        text = f"{group(int(whole), sep)}{dec}{frac}"
        arrow = "▲" if move >= 0 else "▼"
        pct = f"{abs(move):.2f}".replace(".", dec)
        return self.f(f"{name} {text} {arrow}{pct}%")

    def most_read(self, k: int = 5) -> list[str]:
        items = self.rng.sample(MOST_READ[self.lang], k)
        return [self.f(t) for t in items]

    def ab(self, k: int = 2) -> list[str]:
        pairs = AB[self.lang][:k]
        return [self.f(self.rng.choice(pair)) for pair in pairs]
