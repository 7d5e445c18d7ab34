"""Furniture for the blind set: chrome and rotating noise, in four languages.

Every visible line this module emits is recorded in ``Noise.lines`` so that the truth file can
list it as furniture (text that must never reach a body paragraph or an update block). The
wording is invented for this set and shared with no other set in the repository.
"""

from __future__ import annotations

import random
from html import escape

TITLES = {
    "en": [
        "The quiet return of the neighborhood hardware store",
        "Why winter ferry schedules keep shrinking",
        "Inside the race to rebuild a century-old organ",
        "A retired pilot maps every abandoned airstrip in Ohio",
        "Five soups that survive a week in the fridge",
        "The town that voted to keep its payphones",
        "How a chess club outgrew its church basement",
        "What a lighthouse keeper's logbook says about storms",
        "The surprising economics of a late-night diner",
        "Meet the volunteers who count migrating toads",
    ],
    "de": [
        "Warum Dorfläden plötzlich wieder öffnen",
        "Der lange Streit um eine Brücke aus Holz",
        "Sieben Gerichte, die mit Resten auskommen",
        "Ein Förster zählt die Spechte im Harz",
        "Wie ein Chor aus Rentnern die Charts erobert",
        "Was Nachtzüge über Europas Schienen verraten",
        "Das Geheimnis der ältesten Bäckerei in Kassel",
        "Wenn der Wintersturm die Fähren stoppt",
    ],
    "fr": [
        "Ces villages qui rouvrent leur épicerie",
        "La bataille discrète pour sauver un moulin",
        "Six recettes de soupe pour tenir tout l'hiver",
        "Un ancien facteur cartographie les lavoirs du Berry",
        "Pourquoi les trains de nuit reviennent à la mode",
        "Le club d'échecs qui a conquis une caserne",
        "Dans les coulisses d'un phare breton",
        "Ce que révèle le carnet d'un gardien de refuge",
    ],
    "it": [
        "I paesi che riaprono la bottega di alimentari",
        "La lunga battaglia per un ponte di legno",
        "Sei zuppe che durano una settimana",
        "Un ex postino mappa le fontane dell'Appennino",
        "Perché i treni notturni tornano di moda",
        "Il circolo di scacchi nato in una sacrestia",
        "Dentro il faro più antico della Liguria",
        "Cosa racconta il diario di un rifugista",
    ],
}

TEASERS = {
    "en": [
        "Keep reading: {}",
        "Don't miss: {}",
        "More on this story \u2192 {}",
        "Trending now: {}",
        "Our pick for you: {}",
        "You may have missed: {}",
        "Listen: {}",
    ],
    "de": [
        "Auch interessant: {}",
        "Passend dazu: {}",
        "Unsere Empfehlung: {}",
        "Viel gelesen: {}",
        "Zum Weiterlesen: {}",
        "Podcast: {}",
    ],
    "fr": [
        "À découvrir aussi : {}",
        "Notre sélection : {}",
        "Sur le même thème : {}",
        "LIRE AUSSI \u2013 {}",
        "Podcast \u2013 {}",
        "Les plus lus : {}",
    ],
    "it": [
        "Leggi anche: {}",
        "Da non perdere: {}",
        "Potrebbe interessarti: {}",
        "Il podcast: {}",
        "I più letti: {}",
        "Guarda anche: {}",
    ],
}

ADS = {
    "en": [
        "Heat your whole home for less with SolarNest panels. Get a free quote today.",
        "Brightwell Bank: open a savings account in five minutes and earn 4.1% APY.",
        "Tired of tangled cables? The Loopwise charger powers three devices at once.",
        "Stream 400 live channels free for 30 days with PlexaTV. Cancel anytime.",
    ],
    "de": [
        "Jetzt wechseln und sparen: Stromtarif von Lumenwerk ab 24 Cent pro Kilowattstunde.",
        "Die neue Kollektion von Nordfaden ist da. Versandkostenfrei ab 40 Euro bestellen.",
        "Kreditvergleich in drei Minuten: Finanzkompass zeigt Ihnen die besten Zinsen.",
    ],
    "fr": [
        "Isolez vos combles pour un euro avec Calorix. Demandez votre devis gratuit.",
        "Nouvelle citadine Voltia : essai gratuit en concession ce week-end.",
        "Votre banque en ligne Azurine : 120 euros offerts à l'ouverture du compte.",
    ],
    "it": [
        "Risparmia sulla bolletta con Solenergia. Preventivo gratuito in due minuti.",
        "La nuova utilitaria Fulgor ti aspetta in concessionaria. Prova su strada gratuita.",
        "Conto corrente Aurora: zero canone per sempre e carta in omaggio.",
    ],
}

AD_LABELS = {
    "en": ["Advertisement", "Sponsored content", "Ad", "Partner offer"],
    "de": ["Anzeige", "Werbung", "Sponsored"],
    "fr": ["Publicité", "Contenu sponsorisé", "Annonce"],
    "it": ["Pubblicità", "Contenuto sponsorizzato", "Annuncio"],
}

COUNTERS = {
    "en": "{:,} people are following this page",
    "de": "{:,} Leserinnen und Leser verfolgen diesen Ticker",
    "fr": "{:,} lecteurs suivent ce direct",
    "it": "{:,} lettori stanno seguendo la diretta",
}

AGO = {
    "en": "Updated {} minutes ago",
    "de": "Aktualisiert vor {} Minuten",
    "fr": "Mis à jour il y a {} minutes",
    "it": "Aggiornato {} minuti fa",
}

COMMENT_COUNTS = {
    "en": "{} comments",
    "de": "{} Kommentare",
    "fr": "{} commentaires",
    "it": "{} commenti",
}

COMMENTS = {
    "en": [
        ("marta_k", "This is exactly what my uncle said would happen years ago."),
        ("RiverGuy88", "Does anyone know if the bridge on Route 9 is still open tonight?"),
        ("j.okafor", "Good reporting, but I wish the piece had more on the costs involved."),
        ("pinecone", "Stay safe everyone, the roads near us are already a mess."),
        ("Old Salt", "We went through the same thing in 1998 and nobody learned anything."),
    ],
    "de": [
        ("Karl_B", "Das hätte man doch schon vor Jahren kommen sehen können."),
        ("lena.w", "Weiß jemand, ob die S-Bahn morgen früh wieder fährt?"),
        ("Kritiker77", "Guter Artikel, aber die Zahlen fehlen mir ein bisschen."),
        ("Nordlicht", "Bei uns im Viertel ist es seit Stunden ruhig."),
    ],
    "fr": [
        ("Jeannot", "On aurait pu le prévoir depuis longtemps, franchement."),
        ("claire_d", "Quelqu'un sait si le périphérique est rouvert ce soir ?"),
        ("Le Sceptique", "Bon article, mais il manque les chiffres officiels."),
        ("Mimi75", "Courage à tous ceux qui sont coincés là-bas."),
    ],
    "it": [
        ("Gianni_R", "Si poteva prevedere da anni, onestamente."),
        ("lucia.m", "Qualcuno sa se la tangenziale è di nuovo aperta?"),
        ("Scettico", "Bell'articolo, ma mancano i numeri ufficiali."),
        ("Ale_90", "Forza a chi è rimasto bloccato laggiù."),
    ],
}

COOKIES = {
    "en": [
        "We and our 843 partners use cookies to personalise content and ads. Accept all or manage"
        " your choices.",
        "We value your privacy. We use cookies to improve your experience and to show you relevant"
        " advertising.",
        "This site uses cookies. By continuing to browse you agree to our use of cookies.",
    ],
    "de": [
        "Wir und unsere 412 Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.",
        "Wir brauchen Ihre Zustimmung. Mit Klick auf Akzeptieren erlauben Sie uns Tracking.",
        "Lesen Sie werbefrei mit PUR oder stimmen Sie der Nutzung von Cookies zu.",
    ],
    "fr": [
        "Nos 610 partenaires et nous utilisons des cookies pour personnaliser les contenus.",
        "Vos choix concernant les cookies : acceptez ou paramétrez vos préférences.",
        "Ce site utilise des traceurs. Continuer sans accepter ou tout accepter.",
    ],
    "it": [
        "Noi e i nostri 530 partner utilizziamo i cookie per personalizzare contenuti e annunci.",
        "Rispettiamo la tua privacy: accetta o personalizza le tue scelte sui cookie.",
        "Questo sito usa cookie di profilazione. Puoi accettare o rifiutare.",
    ],
}

WEATHER = {
    "en": "{city} {t}°F {sky}",
    "de": "{city} {t}°C {sky}",
    "fr": "{city} {t}°C {sky}",
    "it": "{city} {t}°C {sky}",
}
SKIES = {
    "en": ["Partly cloudy", "Light rain", "Clear", "Overcast", "Fog"],
    "de": ["Wolkig", "Leichter Regen", "Klar", "Bedeckt", "Nebel"],
    "fr": ["Nuageux", "Pluie faible", "Dégagé", "Couvert", "Brouillard"],
    "it": ["Nuvoloso", "Pioggia debole", "Sereno", "Coperto", "Nebbia"],
}
MARKETS = {
    "en": ["Dow", "S&P 500", "Nasdaq", "FTSE 100"],
    "de": ["DAX", "MDAX", "Euro Stoxx 50", "TecDAX"],
    "fr": ["CAC 40", "SBF 120", "Euro Stoxx 50"],
    "it": ["FTSE MIB", "FTSE Italia Star", "Euro Stoxx 50"],
}


class Noise:
    """Chrome and noise for one fetch; ``lines`` collects every furniture line emitted."""

    def __init__(self, lang: str, seed: int) -> None:
        self.lang = lang
        self.rng = random.Random(seed)
        self.lines: list[str] = []

    def f(self, text: str) -> str:
        """Record a furniture line and return it HTML-escaped."""
        self.lines.append(text)
        return escape(text, quote=False)

    def teaser(self) -> str:
        template = self.rng.choice(TEASERS[self.lang])
        return self.f(template.format(self.rng.choice(TITLES[self.lang])))

    def title(self) -> str:
        return self.f(self.rng.choice(TITLES[self.lang]))

    def titles(self, k: int) -> list[str]:
        return [self.f(t) for t in self.rng.sample(TITLES[self.lang], k)]

    def ad(self) -> tuple[str, str]:
        label = self.rng.choice(AD_LABELS[self.lang])
        self.lines.append(label)
        return escape(label), self.f(self.rng.choice(ADS[self.lang]))

    def counter(self) -> str:
        return self.f(COUNTERS[self.lang].format(self.rng.randint(900, 48000)))

    def ago(self) -> str:
        return self.f(AGO[self.lang].format(self.rng.randint(2, 58)))

    def comment_count(self) -> str:
        return self.f(COMMENT_COUNTS[self.lang].format(self.rng.randint(12, 2400)))

    def comments(self, k: int = 2) -> list[tuple[str, str]]:
        picked = self.rng.sample(COMMENTS[self.lang], k)
        return [(escape(name), self.f(text)) for name, text in picked]

    def cookie(self) -> str:
        return self.f(self.rng.choice(COOKIES[self.lang]))

    def weather(self, city: str) -> str:
        temp = self.rng.randint(28, 48) if self.lang == "en" else self.rng.randint(-3, 9)
        sky = self.rng.choice(SKIES[self.lang])
        return self.f(WEATHER[self.lang].format(city=city, t=temp, sky=sky))

    def market(self) -> str:
        index = self.rng.choice(MARKETS[self.lang])
        level = self.rng.uniform(7000, 45000)
        move = self.rng.uniform(-1.5, 1.5)
        arrow = "\u25b2" if move >= 0 else "\u25bc"
        return self.f(f"{index} {level:,.2f} {arrow}{abs(move):.2f}%")

    def related(self, k: int = 3) -> list[str]:
        """Related links whose headlines are A/B tested: each title may come in a reworded form."""
        out = []
        for title in self.rng.sample(TITLES[self.lang], k):
            if self.rng.random() < 0.5:
                title = {
                    "en": "Opinion: ",
                    "de": "Analyse: ",
                    "fr": "Analyse : ",
                    "it": "Analisi: ",
                }[self.lang] + title
            out.append(self.f(title))
        return out
