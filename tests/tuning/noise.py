"""Furniture for the tuning set: invented teasers, ads, most-read lists, comments and widgets in six
languages, and ``Noise``, which varies them from one fetch of a page to the next.

Every choice comes from a ``random.Random`` seeded with the page's slug and the fetch number, so the
output is the same on every run. Nothing here is article text: whatever a page takes from ``Noise``
it registers as furniture in its truth file.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

SEED = 20261207
FIRST_FETCH = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)  # as in bench/blind_eval.py
POLL_EVERY = timedelta(minutes=10)  # as in bench/replay.py

TEASERS: dict[str, list[str]] = {
    "en": [
        "How a small-town bakery outlasted three supermarkets",
        "The hidden cost of free airport Wi-Fi",
        "Why your houseplants hate the radiator",
        "A retired pilot built a runway for migrating geese",
        "Five winter soups that cost less than a coffee",
        "The slow comeback of the paper road atlas",
        "Inside a warehouse that stores only left shoes",
        "What a century of snowfall records says about your town",
        "The orchestra that plays only in parking garages",
        "Why library late fees are disappearing",
        "A teenager's app reunites lost gloves with their owners",
        "The last typewriter repair shop on the Great Plains",
        "Scientists counted the bees on one rooftop for a year",
        "What happens to the pumpkins nobody buys",
    ],
    "de": [
        "Warum Zimmerpflanzen die Heizung hassen",
        "Ein Dorf kauft seine Kneipe zurück",
        "Fünf Wintersuppen für unter zwei Euro",
        "Die stille Rückkehr des Straßenatlas",
        "Wie ein Rentner Zugvögeln eine Landebahn baut",
        "Was 100 Jahre Schneemessungen über Ihre Stadt verraten",
        "Das letzte Schreibmaschinengeschäft im Ruhrgebiet",
        "Warum Bibliotheken auf Mahngebühren verzichten",
        "Ein Orchester probt im Parkhaus",
        "Was mit den Kürbissen passiert, die niemand kauft",
        "Eine Schülerin findet verlorene Handschuhe per App",
        "Der Imker vom Dach des Rathauses",
    ],
    "fr": [
        "Pourquoi vos plantes détestent le radiateur",
        "Un village rachète son dernier café",
        "Cinq soupes d'hiver pour moins de deux euros",
        "Le retour discret de la carte routière",
        "Un retraité construit une piste pour les oies sauvages",
        "Ce que cent ans de relevés de neige disent de votre ville",
        "Le dernier réparateur de machines à écrire de Bretagne",
        "Pourquoi les bibliothèques renoncent aux amendes de retard",
        "Un orchestre répète dans un parking souterrain",
        "Que deviennent les citrouilles invendues ?",
        "Une lycéenne retrouve les gants perdus grâce à une appli",
        "L'apiculteur du toit de la mairie",
    ],
    "it": [
        "Perché le piante d'appartamento odiano il termosifone",
        "Un paese ricompra il suo ultimo bar",
        "Cinque zuppe invernali a meno di due euro",
        "Il ritorno silenzioso dell'atlante stradale",
        "Un pensionato costruisce una pista per le oche selvatiche",
        "Cosa dicono cento anni di nevicate sulla tua città",
        "L'ultimo riparatore di macchine da scrivere delle Marche",
        "Perché le biblioteche rinunciano alle multe per i ritardi",
        "Un'orchestra prova in un parcheggio sotterraneo",
        "Che fine fanno le zucche invendute",
        "Una studentessa ritrova i guanti smarriti con un'app",
        "L'apicoltore sul tetto del municipio",
    ],
    "es": [
        "Por qué tus plantas odian el radiador",
        "Un pueblo recompra su último bar",
        "Cinco sopas de invierno por menos de dos euros",
        "El regreso silencioso del mapa de carreteras",
        "Un jubilado construye una pista para las ocas salvajes",
        "Lo que cien años de nevadas dicen de tu ciudad",
        "El último reparador de máquinas de escribir de Castilla",
        "Por qué las bibliotecas renuncian a las multas por retraso",
        "Una orquesta ensaya en un aparcamiento subterráneo",
        "Qué pasa con las calabazas que nadie compra",
        "Una estudiante devuelve guantes perdidos con una app",
        "El apicultor del tejado del ayuntamiento",
    ],
    "pt": [
        "Porque é que as plantas detestam o aquecedor",
        "Uma aldeia volta a comprar o seu último café",
        "Cinco sopas de inverno por menos de dois euros",
        "O regresso discreto do mapa de estradas",
        "Um reformado constrói uma pista para gansos selvagens",
        "O que cem anos de registos de chuva dizem sobre a sua cidade",
        "O último reparador de máquinas de escrever do Minho",
        "Porque é que as bibliotecas deixaram de cobrar multas",
        "Uma orquestra ensaia num parque de estacionamento",
        "O que acontece às abóboras que ninguém compra",
        "Uma estudante devolve luvas perdidas com uma aplicação",
        "O apicultor do telhado da câmara municipal",
    ],
}

ADS: dict[str, list[str]] = {
    "en": [
        "Switch to Brightwave Fiber and get your first three months free.",
        "Meet the mattress that learns how you sleep. Try Dormio for 100 nights.",
        "Refinance today with Northgate Credit Union. Rates from 5.9% APR.",
        "Your winter coat, delivered tomorrow. Shop the Harlow Outfitters sale.",
        "Protect your home with a SentryNest camera for $4 a month.",
        "Learn a language in ten minutes a day with Parlo.",
    ],
    "de": [
        "Jetzt zu Glasfaser Nordlicht wechseln und drei Monate gratis surfen.",
        "Die Matratze, die mitdenkt: Schlummerwerk 100 Nächte testen.",
        "Ratenkredit ab 3,9 % effektiv – jetzt bei der Hansebank vergleichen.",
        "Winterjacken bis zu 40 % reduziert – nur bei Bergläufer.",
        "Sicher zuhause mit der Wachtel-Kamera für 4 Euro im Monat.",
        "Sprachen lernen in zehn Minuten am Tag mit Sprechzeit.",
    ],
    "fr": [
        "Passez à la fibre Lumio et profitez de trois mois offerts.",
        "Le matelas qui s'adapte à votre sommeil : essayez Somnéa pendant 100 nuits.",
        "Crédit auto à partir de 2,9 % TAEG avec la Banque Armorique.",
        "Doudounes jusqu'à -40 % chez Montagnard, seulement ce week-end.",
        "Protégez votre logement avec la caméra Vigie pour 4 € par mois.",
        "Apprenez l'italien en dix minutes par jour avec Parlo.",
    ],
    "it": [
        "Passa alla fibra Lucenet: tre mesi gratis per i nuovi clienti.",
        "Il materasso che impara come dormi. Prova Sognami per 100 notti.",
        "Prestiti dal 3,9% TAEG con Banca Tirrena. Preventivo in due minuti.",
        "Piumini fino al -40% da Vettaneve, solo questo fine settimana.",
        "Proteggi la tua casa con la telecamera Sentinella a 4 euro al mese.",
        "Impara lo spagnolo in dieci minuti al giorno con Parlo.",
    ],
    "es": [
        "Cámbiate a la fibra Lumira y disfruta tres meses gratis.",
        "El colchón que aprende cómo duermes. Prueba Duermevela 100 noches.",
        "Préstamos desde el 3,9 % TAE con Caja Levante. Simula tu cuota.",
        "Plumíferos hasta un 40 % más baratos en Cumbre Sport.",
        "Protege tu casa con la cámara Centinela por 4 euros al mes.",
        "Aprende inglés en diez minutos al día con Parlo.",
    ],
    "pt": [
        "Mude para a fibra Luzinet e ganhe três meses grátis.",
        "O colchão que aprende como dorme. Experimente o Sonhar durante 100 noites.",
        "Crédito pessoal desde 6,9% TAEG no Banco Atlântico Norte.",
        "Casacos até 40% mais baratos na Serra Outdoor.",
        "Proteja a sua casa com a câmara Vigia por 4 euros por mês.",
        "Aprenda francês em dez minutos por dia com a Parlo.",
    ],
}

MOST_READ: dict[str, list[str]] = {
    "en": [
        "Mayor unveils plan to turn empty malls into housing",
        "High school robotics team wins state title with a robot built from scrap",
        "Ferry operator adds night sailings for the holidays",
        "State parks will stay open through the winter for the first time",
        "Recall issued for space heaters sold at hardware chains",
        "Neighbors rescue a deer stuck in a frozen pond",
    ],
    "de": [
        "Bürgermeisterin will leere Kaufhäuser zu Wohnungen umbauen",
        "Schüler gewinnen Robotik-Wettbewerb mit Roboter aus Schrott",
        "Fährreederei fährt über die Feiertage auch nachts",
        "Rückruf: Heizlüfter aus Baumärkten können überhitzen",
        "Nachbarn retten Reh aus zugefrorenem Teich",
        "Freibad öffnet im Winter für Eisbader",
    ],
    "fr": [
        "La maire veut transformer les galeries commerciales vides en logements",
        "Des lycéens champions de robotique avec un robot de récupération",
        "Des traversées de nuit ajoutées pour les fêtes",
        "Rappel de radiateurs d'appoint vendus en magasins de bricolage",
        "Des voisins sauvent un chevreuil coincé dans un étang gelé",
        "La piscine municipale ouvre l'hiver aux nageurs en eau froide",
    ],
    "it": [
        "La sindaca vuole trasformare i centri commerciali vuoti in case",
        "Studenti vincono la gara di robotica con un robot di recupero",
        "Traghetti notturni in più per le feste",
        "Richiamo per le stufette vendute nei negozi di bricolage",
        "Vicini salvano un capriolo intrappolato in uno stagno ghiacciato",
        "La piscina comunale apre d'inverno per i bagni freddi",
    ],
    "es": [
        "La alcaldesa quiere convertir los centros comerciales vacíos en viviendas",
        "Unos alumnos ganan el torneo de robótica con un robot de chatarra",
        "La naviera añade trayectos nocturnos en Navidad",
        "Retiran estufas vendidas en tiendas de bricolaje",
        "Unos vecinos rescatan a un corzo atrapado en un estanque helado",
        "La piscina municipal abre en invierno para los baños fríos",
    ],
    "pt": [
        "Presidente da câmara quer transformar centros comerciais vazios em casas",
        "Alunos vencem concurso de robótica com robô feito de sucata",
        "Ferries noturnos reforçados para as festas",
        "Recolha de aquecedores vendidos em lojas de bricolage",
        "Vizinhos salvam corço preso num lago gelado",
        "Piscina municipal abre no inverno para banhos de água fria",
    ],
}

# Related headlines under A/B test: the same story, two headlines.
RELATED: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Cities rethink snow plowing as budgets shrink",
            "Your street may be plowed last this winter. Here is why",
        ),
        (
            "The insurers quietly leaving coastal towns",
            "Why your home insurance letter looks different this year",
        ),
        (
            "A county tries paying people to fix their own sidewalks",
            "Fix your sidewalk, get a check: one county's experiment",
        ),
    ],
    "de": [
        (
            "Städte sparen beim Winterdienst",
            "Warum Ihre Straße diesen Winter zuletzt geräumt wird",
        ),
        (
            "Versicherer ziehen sich aus Hochwassergebieten zurück",
            "Was der neue Brief Ihrer Gebäudeversicherung bedeutet",
        ),
        (
            "Ein Landkreis zahlt Bürgern Geld für reparierte Gehwege",
            "Gehweg flicken, Geld kassieren: ein Experiment",
        ),
    ],
    "fr": [
        (
            "Les communes réduisent le déneigement",
            "Pourquoi votre rue sera déneigée en dernier cet hiver",
        ),
        (
            "Ces assureurs qui quittent le littoral",
            "Pourquoi votre contrat d'assurance habitation change cette année",
        ),
        (
            "Un département paie les habitants pour réparer leurs trottoirs",
            "Réparez votre trottoir, touchez un chèque",
        ),
    ],
    "it": [
        (
            "I comuni tagliano lo sgombero della neve",
            "Perché la tua strada sarà pulita per ultima quest'inverno",
        ),
        (
            "Le assicurazioni che lasciano la costa",
            "Perché la polizza casa cambia quest'anno",
        ),
        (
            "Una provincia paga i cittadini per riparare i marciapiedi",
            "Ripari il marciapiede, ricevi un assegno",
        ),
    ],
    "es": [
        (
            "Los ayuntamientos recortan la limpieza de nieve",
            "Por qué tu calle será la última en limpiarse este invierno",
        ),
        (
            "Las aseguradoras que abandonan la costa",
            "Por qué tu seguro de hogar cambia este año",
        ),
        (
            "Una diputación paga a los vecinos por arreglar sus aceras",
            "Arregla tu acera y cobra un cheque",
        ),
    ],
    "pt": [
        (
            "Câmaras cortam na limpeza das ruas após tempestades",
            "Porque é que a sua rua será a última a ser limpa",
        ),
        (
            "As seguradoras que estão a sair do litoral",
            "Porque é que o seu seguro de casa mudou este ano",
        ),
        (
            "Um município paga aos moradores para arranjar passeios",
            "Arranje o passeio e receba um cheque",
        ),
    ],
}

NEWSLETTER: dict[str, tuple[str, str]] = {
    "en": (
        "Get the morning briefing: the five stories you need, in your inbox by 6 a.m.",
        "Start your day informed. Sign up for our free morning newsletter.",
    ),
    "de": (
        "Der Morgen-Newsletter: die fünf wichtigsten Nachrichten, jeden Tag um 6 Uhr.",
        "Gut informiert in den Tag: Jetzt den kostenlosen Morgen-Newsletter abonnieren.",
    ),
    "fr": (
        "La matinale : les cinq infos à connaître, chaque jour à 6 heures dans votre boîte mail.",
        "Commencez la journée bien informé : inscrivez-vous à notre lettre du matin.",
    ),
    "it": (
        "Il buongiorno: le cinque notizie da sapere, ogni mattina alle 6 nella tua casella.",
        "Inizia la giornata informato: iscriviti gratis alla nostra newsletter del mattino.",
    ),
    "es": (
        "El despertador: las cinco noticias del día, cada mañana a las 6 en tu correo.",
        "Empieza el día informado: apúntate gratis a nuestro boletín matinal.",
    ),
    "pt": (
        "O despertador: as cinco notícias do dia, todas as manhãs às 6 horas no seu email.",
        "Comece o dia informado: subscreva gratuitamente a nossa newsletter da manhã.",
    ),
}

COMMENTS: dict[str, list[str]] = {
    "en": [
        "This has been coming for years and nobody at city hall listened.",
        "My sister lives two blocks from there, everyone is fine, thanks for asking.",
        "Does anyone know whether the shelters accept pets?",
        "Same thing happened in 2009. Did we learn anything?",
        "Great reporting, please keep following this.",
    ],
    "de": [
        "Das war seit Jahren absehbar, aber niemand wollte zuhören.",
        "Weiß jemand, ob die Notunterkünfte auch Haustiere aufnehmen?",
        "Genau dasselbe hatten wir schon 2009. Nichts gelernt.",
        "Danke für die ausführliche Berichterstattung.",
        "Meine Schwester wohnt dort um die Ecke, alles in Ordnung bei ihr.",
    ],
    "fr": [
        "Ça fait des années qu'on prévient la mairie, personne n'écoute.",
        "Quelqu'un sait si les centres d'accueil acceptent les animaux ?",
        "On a déjà vécu exactement la même chose en 2009.",
        "Merci pour ce suivi, continuez comme ça.",
        "Ma sœur habite juste à côté, tout va bien chez elle.",
    ],
    "it": [
        "Lo diciamo da anni, ma in comune nessuno ascolta.",
        "Qualcuno sa se nei centri di accoglienza accettano animali?",
        "Era già successo uguale nel 2009. Non abbiamo imparato niente.",
        "Grazie per gli aggiornamenti, continuate così.",
        "Mia sorella abita lì vicino, per fortuna stanno tutti bene.",
    ],
    "es": [
        "Llevamos años avisando y en el ayuntamiento nadie escucha.",
        "¿Alguien sabe si en los albergues aceptan mascotas?",
        "Ya pasó exactamente lo mismo en 2009. No aprendimos nada.",
        "Gracias por la cobertura, seguid así.",
        "Mi hermana vive al lado y están todos bien.",
    ],
    "pt": [
        "Andamos há anos a avisar e na câmara ninguém ouve.",
        "Alguém sabe se os centros de acolhimento aceitam animais?",
        "Já aconteceu exatamente o mesmo em 2009. Não aprendemos nada.",
        "Obrigado pela cobertura, continuem.",
        "A minha irmã vive mesmo ao lado e estão todos bem.",
    ],
}

COOKIES: dict[str, str] = {
    "en": "We and our {n} partners store and access information on your device to personalise ads and content. Accept all or manage your choices.",
    "de": "Wir und unsere {n} Partner speichern und verarbeiten Informationen auf Ihrem Gerät, um Inhalte und Werbung zu personalisieren. Alle akzeptieren oder Einstellungen anpassen.",
    "fr": "Nous et nos {n} partenaires stockons et accédons à des informations sur votre appareil pour personnaliser les contenus et les publicités. Tout accepter ou paramétrer vos choix.",
    "it": "Noi e i nostri {n} partner archiviamo e accediamo a informazioni sul tuo dispositivo per personalizzare contenuti e annunci. Accetta tutto o gestisci le tue scelte.",
    "es": "Nosotros y nuestros {n} socios almacenamos información en tu dispositivo para personalizar contenidos y anuncios. Acepta todo o configura tus preferencias.",
    "pt": "Nós e os nossos {n} parceiros armazenamos informações no seu dispositivo para personalizar conteúdos e anúncios. Aceite tudo ou gira as suas escolhas.",
}


class Noise:
    """What a page's furniture looks like on fetch ``fetch`` (0 is the page in ``pages/``)."""

    def __init__(self, slug: str, fetch: int, lang: str) -> None:
        self.slug = slug
        self.fetch = fetch
        self.lang = lang
        self.rng = random.Random(f"{SEED}:{slug}:{fetch}")
        self.stable = random.Random(f"{SEED}:{slug}")  # the same on every fetch of the page
        self.now = FIRST_FETCH + POLL_EVERY * fetch

    def teasers(self, k: int) -> list[str]:
        return self.rng.sample(TEASERS[self.lang], k)

    def ad(self) -> str:
        return self.rng.choice(ADS[self.lang])

    def ads(self, k: int) -> list[str]:
        return self.rng.sample(ADS[self.lang], k)

    def most_read(self, k: int = 5) -> list[str]:
        items = self.stable.sample(MOST_READ[self.lang], k)
        self.rng.shuffle(items)
        return items

    def related(self, k: int = 3) -> list[str]:
        return [pair[self.rng.random() < 0.5] for pair in RELATED[self.lang][:k]]

    def newsletter(self) -> str:
        return NEWSLETTER[self.lang][self.rng.random() < 0.5]

    def comments(self, k: int = 2) -> list[str]:
        return self.rng.sample(COMMENTS[self.lang], k)

    def cookie(self) -> str:
        return COOKIES[self.lang].format(n=self.rng.choice([612, 643, 811, 829, 843, 867]))

    def count(self, base: int, step: int) -> int:
        """A counter that grows from fetch to fetch (comments, readers, shares)."""
        return base + step * self.fetch + self.rng.randint(0, step)

    def chance(self, p: float = 0.5) -> bool:
        return self.rng.random() < p

    def choice(self, items: list[str]) -> str:
        return self.rng.choice(items)

    def pick(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def minutes_since(self, when: datetime) -> int:
        return max(1, int((self.now - when).total_seconds() // 60))

    def market(
        self, name: str, level: float, sep: str = ".", dec: str = ",", unit: str = " %"
    ) -> str:
        """A market widget line: the level moves on every fetch."""
        change = self.rng.uniform(-1.6, 1.6)
        value = level * (1 + change / 100)
        whole, frac = f"{value:,.2f}".split(".")
        arrow = "▲" if change >= 0 else "▼"
        pct = f"{abs(change):.2f}".replace(".", dec)
        return f"{name} {whole.replace(',', sep)}{dec}{frac} {arrow}{pct}{unit}"

    def temperature(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)
