"""Furniture pools and their per-fetch variation.

``Noise(slug, fetch, lang)`` draws everything that may change between two fetches of the same
story: cookie-banner partner counts, inline teasers (headline and position), ad slots (filled or
empty), most-read order, related headlines (A/B), newsletter copy, counters, reading time,
widgets and relative times. Each draw has its own generator, seeded with ``SEED``, the slug, the
fetch and the draw's own name (an entry's id for per-entry draws), so adding an entry or a slot
never shifts what another one draws.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

SEED = 20261209
FIRST_FETCH = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
POLL_EVERY = timedelta(minutes=10)

TEASERS: dict[str, list[str]] = {
    "en": [
        "Why egg prices keep swinging before the holidays",
        "The quiet town that banned cars from its main street",
        "A retired pilot restores a 1950s airliner in his barn",
        "Five ways to cut your heating bill this winter",
        "Scientists map a coral reef that survived a heat wave",
        "Inside the race to build a better battery for city buses",
        "County clerks brace for a busy filing season",
        "What the new overtime rule means for your paycheck",
        "A teenager's science fair project is now a startup",
        "Ferry riders face longer waits as veteran crews retire",
        "The library that lends out fishing rods and tents",
        "Mortgage rates dip for a third straight week",
        "How one hospital cut emergency room waits in half",
        "Meet the volunteers who count migrating birds at dawn",
        "Grocery chains test checkout lanes without cashiers",
        "Why more high schools are bringing back shop class",
    ],
    "de": [
        "Warum die Heizkosten im Januar noch einmal steigen",
        "Ein Dorf in der Eifel kauft seine Kneipe zurück",
        "Diese fünf Fehler machen viele bei der Steuererklärung",
        "Neue Regeln für E-Scooter: Was sich 2027 ändert",
        "Wie ein Bäcker aus Kassel gegen die Ketten besteht",
        "Bahn testet Sitzplatzanzeige in Regionalzügen",
        "Rentenbescheid: So prüfen Sie ihn richtig",
        "Forscher zählen Wildbienen auf Berliner Dächern",
        "Streit um Parkgebühren spaltet die Innenstadt",
        "Das Geheimnis der ältesten Buchhandlung im Allgäu",
        "Immer mehr Schulen setzen wieder auf Werkunterricht",
        "Warum Winterreifen allein nicht reichen",
        "Hausärzte warnen vor langen Wartezeiten im Januar",
        "Ein Rentner restauriert alte Straßenbahnen",
        "Der Wohnungsmarkt in Leipzig dreht sich",
        "Sparkonto oder Festgeld: Was sich jetzt lohnt",
    ],
    "fr": [
        "Pourquoi le prix du beurre flambe avant les fêtes",
        "Ce village breton a racheté son dernier café",
        "Impôts : les cinq erreurs à éviter cette année",
        "Trottinettes électriques : ce qui change en 2027",
        "Un boulanger de Nancy tient tête aux grandes surfaces",
        "La SNCF teste l'affichage des places libres dans ses TER",
        "Retraite : comment vérifier son relevé de carrière",
        "Des chercheurs recensent les abeilles sauvages sur les toits de Lyon",
        "Stationnement : la guerre des tarifs divise le centre-ville",
        "Le secret de la plus vieille librairie du Jura",
        "Les collèges remettent la technologie au goût du jour",
        "Pneus neige : ce que dit vraiment la loi Montagne",
        "Médecins généralistes : des délais d'attente record en janvier",
        "Un retraité restaure des tramways anciens dans son hangar",
        "Immobilier : le marché bordelais se retourne",
        "Livret A ou assurance-vie : que choisir maintenant ?",
    ],
    "it": [
        "Perché il prezzo del burro vola prima delle feste",
        "Il borgo che ha ricomprato il suo ultimo bar",
        "Dichiarazione dei redditi, i cinque errori da evitare",
        "Monopattini elettrici, cosa cambia dal 2027",
        "Il fornaio di Bergamo che resiste ai supermercati",
        "Sui regionali arrivano i display dei posti liberi",
        "Pensioni, come controllare l'estratto contributivo",
        "Ricercatori contano le api selvatiche sui tetti di Torino",
        "Parcheggi, la guerra delle tariffe divide il centro",
        "Il segreto della libreria più antica delle Marche",
        "Le scuole medie riscoprono il laboratorio di tecnologia",
        "Gomme invernali, cosa prevede davvero la legge",
        "Medici di base, attese record a gennaio",
        "Un pensionato restaura vecchi tram nel suo capannone",
        "Mercato immobiliare, Bologna cambia rotta",
        "Conto deposito o Btp: cosa conviene adesso",
    ],
    "es": [
        "Por qué el precio de la mantequilla se dispara antes de Navidad",
        "El pueblo que compró su último bar",
        "Declaración de la renta: los cinco errores más comunes",
        "Patinetes eléctricos: lo que cambia en 2027",
        "Un panadero de Zamora planta cara a los supermercados",
        "Los trenes de cercanías prueban pantallas con asientos libres",
        "Pensiones: cómo comprobar tu vida laboral",
        "Investigadores cuentan abejas silvestres en las azoteas de Valencia",
        "La guerra de la zona azul divide el centro",
        "El secreto de la librería más antigua de Soria",
        "Los institutos recuperan el taller de tecnología",
        "Cadenas para la nieve: lo que dice la norma",
        "Atención primaria: esperas récord en enero",
        "Un jubilado restaura tranvías antiguos en su nave",
        "El mercado de la vivienda en Málaga cambia de rumbo",
        "Depósitos o letras del Tesoro: qué conviene ahora",
    ],
    "pt": [
        "Porque é que o preço da manteiga dispara antes do Natal",
        "A aldeia que comprou o seu último café",
        "IRS: os cinco erros mais comuns na declaração",
        "Trotinetes elétricas: o que muda em 2027",
        "Um padeiro de Viseu enfrenta os hipermercados",
        "Comboios regionais testam painéis com lugares livres",
        "Pensões: como confirmar a sua carreira contributiva",
        "Investigadores contam abelhas selvagens nos telhados do Porto",
        "Estacionamento: a guerra das tarifas divide a Baixa",
        "O segredo da livraria mais antiga de Coimbra",
        "As escolas recuperam as oficinas de tecnologia",
        "Correntes de neve: o que diz o Código da Estrada",
        "Centros de saúde: esperas recorde em janeiro",
        "Um reformado restaura elétricos antigos no seu armazém",
        "Mercado da habitação em Braga muda de rumo",
        "Depósitos ou certificados de aforro: o que compensa agora",
    ],
}

ADS: dict[str, list[str]] = {
    "en": [
        "Switch to Brightline Fiber and get three months free.",
        "The sofa that fits through any door. Shop Loomwell today.",
        "Hearing aids that disappear. Book a free test with Audiva.",
        "Refinance with Keystone Mutual: rates from 5.9% APR.",
        "Winter tires, fitted at home. Book RollRight in two minutes.",
        "Learn a language in 10 minutes a day with Parlo.",
    ],
    "de": [
        "Jetzt zu Glasfaser Nordnetz wechseln und drei Monate sparen.",
        "Das Sofa, das durch jede Tür passt. Jetzt bei Polsterwerk.",
        "Hörgeräte, die niemand sieht. Kostenloser Hörtest bei Audiva.",
        "Baufinanzierung ab 3,1 % effektiv: Angebot bei Kreditwerk.",
        "Winterreifen mit Montage vor Ihrer Haustür: RadRollt buchen.",
        "Eine Sprache in 10 Minuten am Tag lernen: Parlo testen.",
    ],
    "fr": [
        "Passez à la fibre Lumio et profitez de trois mois offerts.",
        "Le canapé qui passe par toutes les portes. Découvrez Moelleux.",
        "Des aides auditives invisibles. Test gratuit chez Audiva.",
        "Prêt immobilier dès 3,2 % : simulez avec Crédit Horizon.",
        "Pneus hiver montés chez vous : réservez RouleBien.",
        "Apprenez une langue en 10 minutes par jour avec Parlo.",
    ],
    "it": [
        "Passa alla fibra Lumina e hai tre mesi in regalo.",
        "Il divano che passa da ogni porta. Scopri Morbidò.",
        "Apparecchi acustici invisibili. Prova gratuita da Audiva.",
        "Mutuo dal 3,1%: calcola la rata con Banca Orizzonte.",
        "Gomme invernali montate sotto casa: prenota GiraGomme.",
        "Impara una lingua in 10 minuti al giorno con Parlo.",
    ],
    "es": [
        "Cámbiate a la fibra Lumen y llévate tres meses gratis.",
        "El sofá que pasa por cualquier puerta. Descubre Mullido.",
        "Audífonos invisibles. Prueba gratis en Audiva.",
        "Hipoteca desde el 2,9 % TAE: simula con Banco Horizonte.",
        "Neumáticos de invierno montados en tu casa: reserva RuedaYa.",
        "Aprende un idioma en 10 minutos al día con Parlo.",
    ],
    "pt": [
        "Mude para a fibra Lumen e ganhe três meses grátis.",
        "O sofá que passa por qualquer porta. Descubra a Fofinho.",
        "Aparelhos auditivos invisíveis. Teste grátis na Audiva.",
        "Crédito habitação desde 3,0%: simule no Banco Horizonte.",
        "Pneus de inverno montados à sua porta: marque na RodaJá.",
        "Aprenda uma língua em 10 minutos por dia com a Parlo.",
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

COOKIE = {
    "en": "We and our {n} partners store and/or access information on a device, such as cookies, and process personal data to show you personalised ads and content.",
    "de": "Wir und unsere {n} Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu und verarbeiten personenbezogene Daten, um Ihnen personalisierte Werbung und Inhalte zu zeigen.",
    "fr": "Nous et nos {n} partenaires stockons et/ou accédons à des informations sur votre appareil et traitons des données personnelles pour vous proposer des publicités et des contenus personnalisés.",
    "it": "Noi e i nostri {n} fornitori archiviamo e/o accediamo a informazioni sul tuo dispositivo e trattiamo dati personali per mostrarti annunci e contenuti personalizzati.",
    "es": "Nosotros y nuestros {n} socios almacenamos o accedemos a información en tu dispositivo y tratamos datos personales para mostrarte anuncios y contenidos personalizados.",
    "pt": "Nós e os nossos {n} parceiros armazenamos e/ou acedemos a informações no seu dispositivo e tratamos dados pessoais para lhe mostrar anúncios e conteúdos personalizados.",
}

NEWSLETTER = {
    "en": [
        "Get the day's biggest stories in your inbox every evening. Sign up free.",
        "Start your morning with our five-minute briefing. Sign up now.",
        "Never miss a story: our evening newsletter, free, every weekday.",
    ],
    "de": [
        "Die wichtigsten Nachrichten des Tages jeden Abend in Ihrem Postfach. Jetzt kostenlos abonnieren.",
        "Starten Sie informiert in den Tag: unser Morgen-Briefing in fünf Minuten.",
        "Nichts mehr verpassen: der Abend-Newsletter, kostenlos an jedem Werktag.",
    ],
    "fr": [
        "Recevez chaque soir l'essentiel de l'actualité. Inscrivez-vous gratuitement.",
        "Commencez la journée informé avec notre briefing de cinq minutes.",
        "Ne manquez plus rien : notre lettre du soir, gratuite, chaque jour de la semaine.",
    ],
    "it": [
        "Ogni sera le notizie più importanti nella tua casella. Iscriviti gratis.",
        "Inizia la giornata informato con il nostro briefing di cinque minuti.",
        "Non perdere nulla: la newsletter della sera, gratuita, dal lunedì al venerdì.",
    ],
    "es": [
        "Recibe cada tarde las noticias más importantes del día. Suscríbete gratis.",
        "Empieza el día informado con nuestro resumen de cinco minutos.",
        "No te pierdas nada: nuestro boletín de la noche, gratis, de lunes a viernes.",
    ],
    "pt": [
        "Receba todas as noites as notícias mais importantes do dia. Subscreva grátis.",
        "Comece o dia informado com o nosso resumo de cinco minutos.",
        "Não perca nada: a nossa newsletter da noite, grátis, nos dias úteis.",
    ],
}

READ_ALSO = {
    "en": "Read more:",
    "de": "Lesen Sie auch:",
    "fr": "À lire aussi :",
    "it": "Leggi anche:",
    "es": "Lee también:",
    "pt": "Leia também:",
}


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


class Noise:
    def __init__(self, slug: str, fetch: int, lang: str, swiss: bool = False) -> None:
        self.slug, self.fetch, self.lang, self.swiss = slug, fetch, lang, swiss
        self.now = FIRST_FETCH + POLL_EVERY * fetch

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{SEED}:{self.slug}:{self.fetch}:{name}")

    def _ch(self, text: str) -> str:
        return text.replace("ß", "ss") if self.swiss else text

    # pools -------------------------------------------------------------------------------

    def teasers(self, name: str, n: int) -> list[str]:
        return [self._ch(t) for t in self.rng(name).sample(TEASERS[self.lang], n)]

    def most_read(self, items: list[str]) -> list[str]:
        out = [self._ch(t) for t in items]
        self.rng("most-read").shuffle(out)
        return out

    def ad(self, name: str, fill: float = 0.6) -> str | None:
        """An ad slot's copy, or None when the slot stays empty on this fetch."""
        rng = self.rng(f"ad:{name}")
        return self._ch(rng.choice(ADS[self.lang])) if rng.random() < fill else None

    def ad_label(self) -> str:
        return "Werbung" if self.swiss else AD_LABEL[self.lang]

    def cookie(self, template: str | None = None) -> str:
        n = self.rng("cookie").randint(180, 960)
        return self._ch((template or COOKIE[self.lang]).format(n=n))

    def newsletter(self) -> str:
        return self._ch(self.rng("newsletter").choice(NEWSLETTER[self.lang]))

    def ab(self, name: str, *variants: str) -> str:
        return self.rng(f"ab:{name}").choice(variants)

    def count(self, name: str, low: int, high: int) -> int:
        return self.rng(f"count:{name}").randint(low, high)

    def position(self, name: str, low: int, high: int) -> int:
        """Where a rotating teaser goes: after body paragraph ``low`` .. ``high``."""
        return self.rng(f"pos:{name}").randint(low, high)

    def pick(self, name: str, items: list[str]) -> str:
        return self.rng(f"pick:{name}").choice(items)

    # counters and relative times ---------------------------------------------------------

    def comments(self, name: str, low: int = 20, high: int = 900) -> str:
        n = self.count(f"comments:{name}", low, high) + 7 * self.fetch
        return {
            "en": f"{n} comments",
            "de": f"{n} Kommentare",
            "fr": f"{n} commentaires",
            "it": f"{n} commenti",
            "es": f"{n} comentarios",
            "pt": f"{n} comentários",
        }[self.lang]

    def reading_time(self, base: int) -> str:
        n = base + self.rng("reading").choice([0, 0, 1, -1])
        return {
            "en": f"{n} min read",
            "de": f"Lesezeit: {n} Min.",
            "fr": f"Temps de lecture : {n} min",
            "it": f"Tempo di lettura: {n} minuti",
            "es": f"Tiempo de lectura: {n} min",
            "pt": f"Leitura: {n} min",
        }[self.lang]

    def ago(self, when: datetime, style: str = "short") -> str:
        """``when`` relative to this fetch, as the page's language prints it."""
        minutes = max(1, int((self.now - when).total_seconds() // 60))
        hours = minutes // 60
        lang = self.lang
        if lang == "en":
            if hours:
                return (
                    f"{hours} {_plural(hours, 'hour', 'hours')} ago"
                    if style == "long"
                    else f"{hours} hr ago"
                )
            return f"{minutes} minutes ago" if style == "long" else f"{minutes} min ago"
        if lang == "de":
            if hours:
                return (
                    f"vor {hours} {_plural(hours, 'Stunde', 'Stunden')}"
                    if style == "long"
                    else f"vor {hours} Std."
                )
            return f"vor {minutes} Minuten" if style == "long" else f"vor {minutes} Min."
        if lang == "fr":
            if hours:
                return (
                    f"il y a {hours} {_plural(hours, 'heure', 'heures')}"
                    if style == "long"
                    else f"il y a {hours} h"
                )
            return f"il y a {minutes} minutes" if style == "long" else f"il y a {minutes} min"
        if lang == "it":
            if hours:
                return f"{hours} {_plural(hours, 'ora', 'ore')} fa"
            return f"{minutes} minuti fa" if style == "long" else f"{minutes} min fa"
        if lang == "es":
            if hours:
                return (
                    f"hace {hours} {_plural(hours, 'hora', 'horas')}"
                    if style == "long"
                    else f"hace {hours} h"
                )
            return f"hace {minutes} minutos" if style == "long" else f"hace {minutes} min"
        if hours:
            return (
                f"Há {hours} {_plural(hours, 'hora', 'horas')}"
                if style == "long"
                else f"há {hours} h"
            )
        return f"Há {minutes} minutos" if style == "long" else f"há {minutes} min"

    # widgets -----------------------------------------------------------------------------

    def weather(self, city: str, low: int, high: int) -> str:
        rng = self.rng(f"weather:{city}")
        t = rng.randint(low, high)
        sky = {
            "en": ["Cloudy", "Light snow", "Clear", "Showers"],
            "de": ["Bewölkt", "Leichter Schnee", "Klar", "Schauer"],
            "fr": ["Nuageux", "Neige faible", "Dégagé", "Averses"],
            "it": ["Nuvoloso", "Neve debole", "Sereno", "Rovesci"],
            "es": ["Nublado", "Nieve débil", "Despejado", "Chubascos"],
            "pt": ["Nublado", "Neve fraca", "Céu limpo", "Aguaceiros"],
        }[self.lang]
        unit = "°F" if self.lang == "en" and city in {"New York", "Washington", "Chicago"} else "°"
        return f"{city} {t}{unit} {rng.choice(sky)}"

    def market(self, index: str, base: float) -> str:
        rng = self.rng(f"market:{index}")
        value = base * (1 + rng.uniform(-0.012, 0.012))
        change = rng.uniform(-1.4, 1.4)
        if self.lang == "en":
            return f"{index} {value:,.2f} {change:+.2f}%"
        text = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return f"{index} {text} {f'{change:+.2f}'.replace('.', ',')} %"
