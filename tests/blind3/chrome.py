"""Truth model, furniture pools and shared chrome for the third blind set.

Every site function in ``sites_*.py`` receives a ``Px``: it carries the fetch's random source
(``random.Random("blind3:<slug>:<fetch>")``), records the truth while the page is written
(body paragraphs, blocks, furniture lines), and says whether the genuine block of fetch 6 is to
be added. Content (body, blocks) never depends on the random source; furniture does.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import dataclass, field

DAY = "2026-12-06"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def strip_tags(fragment: str) -> str:
    text = re.sub(r"<[^>]+>", "", fragment)
    return " ".join(html.unescape(text).split())


def ts(hhmm: str, offset: str, day: str = DAY) -> str:
    hh, mm = hhmm.split(":")
    return f"{day}T{int(hh):02d}:{int(mm):02d}:00{offset}"


_LEAD_PUNCT = re.compile(r"^[\(\[+\-–—•»«\"“„'’]+$")


def words(text: str, n: int) -> str:
    """The first ``n`` words of ``text`` as a reader sees them; bare punctuation tokens at the
    start ("+++", "–", "(") are dropped and a leading "(" or "[" is cut off the first word."""
    toks = text.split()
    while toks and _LEAD_PUNCT.match(toks[0]):
        toks.pop(0)
    if toks and toks[0][0] in "([":
        toks[0] = toks[0][1:]
    return " ".join(toks[:n])


@dataclass
class Px:
    slug: str
    lang: str
    publisher: str
    kind: str  # updates | live | plain
    fetch: int = 0
    genuine: bool = False
    rnd: random.Random = field(init=False)
    furniture: list[str] = field(default_factory=list)
    paras: list[str] = field(default_factory=list)
    blocks: list[dict] = field(default_factory=list)
    block_texts: list[str] = field(default_factory=list)
    genuine_truth: dict | None = None
    genuine_text: str = ""

    def __post_init__(self) -> None:
        self.rnd = random.Random(f"blind3:{self.slug}:{self.fetch}")

    # -- furniture -----------------------------------------------------------------------
    def F(self, text: str) -> str:
        """A furniture line: recorded for the truth, returned escaped."""
        if text not in self.furniture:
            self.furniture.append(text)
        return esc(text)

    def pick(self, pool: list[str], k: int) -> list[str]:
        return self.rnd.sample(pool, k)

    # -- body ------------------------------------------------------------------------------
    def B(self, fragment: str) -> str:
        """A body paragraph (inline HTML allowed): recorded, returned unchanged."""
        self.paras.append(strip_tags(fragment))
        return fragment

    # -- blocks ----------------------------------------------------------------------------
    def note(
        self,
        kind: str,
        label: str | None,
        text: str,
        timestamp: str | None,
        genuine: bool = False,
    ) -> str:
        """An update / correction / editor's note. ``text`` is what follows the label."""
        plain = strip_tags(text)
        truth = {
            "first_words": words(plain, 8),
            "kind": kind,
            "label": label,
            "timestamp": timestamp,
        }
        self._record(truth, f"{label or ''} {plain}".strip(), genuine)
        return text

    def entry(
        self,
        label: str,
        timestamp: str,
        headline: str | None,
        paras: list[str],
        genuine: bool = False,
    ) -> None:
        """A live entry: headline (or None) and its paragraphs (inline HTML allowed)."""
        body = " ".join(strip_tags(p) for p in paras)
        head = strip_tags(headline) if headline else ""
        truth: dict = {
            "first_words": words(f"{head} {body}".strip(), 8),
            "kind": "live_entry",
            "label": label,
            "timestamp": timestamp,
        }
        if headline:
            truth["alt_words"] = words(body, 6)
        self._record(truth, f"{label} {head} {body}", genuine)

    def _record(self, truth: dict, text: str, genuine: bool) -> None:
        if genuine:
            self.genuine_truth = truth
            self.genuine_text = text
        else:
            self.blocks.append(truth)
            self.block_texts.append(text)

    # -- truth -----------------------------------------------------------------------------
    def truth(self) -> dict:
        return {
            "blocks": self.blocks,
            "body_first": " ".join(self.paras[0].split()[:6]),
            "body_last": " ".join(self.paras[-1].split()[:6]),
            "furniture": sorted(self.furniture),
            "kind": self.kind,
            "lang": self.lang,
            "publisher": self.publisher,
        }


def jsonld(obj: dict | list) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps(obj, ensure_ascii=False, indent=None)
        + "</script>"
    )


# ---------------------------------------------------------------------------------------------
# Furniture pools (invented headlines, brands and figures)

TEASERS = {
    "en": [
        "The quiet comeback of the neighborhood video store",
        "Why your heating bill looks different this winter",
        "A 94-year-old swimmer and the lake she refuses to leave",
        "Inside the race to save a city’s last wooden roller coaster",
        "The surprising economics of holiday tree farms",
        "What happened when a town banned leaf blowers",
        "Ten recipes for a cold Sunday night",
        "How a school bus driver became a local legend",
        "Teenagers are writing letters again. Here’s why",
        "Are heat pumps worth it in a cold snap? We asked engineers",
        "A marathon runner’s 30-year streak ends in the snow",
        "The mystery of the missing lighthouse keeper’s log",
        "Why airports are rethinking the departure lounge",
        "Meet the couple restoring a 1920s movie palace",
    ],
    "de": [
        "Warum Wintergärten plötzlich wieder gefragt sind",
        "Die letzte Schmiede im Schwarzwald sucht einen Nachfolger",
        "Was Sie über die neue Grundsteuer wissen müssen",
        "Zehn Ausflugsziele für graue Dezembertage",
        "Ein Dorf kauft seine Kneipe zurück",
        "Wie gesund ist Sauna wirklich? Eine Ärztin klärt auf",
        "Der Streit um die Parkgebühren geht in die nächste Runde",
        "So sparen Sie beim Heizen, ohne zu frieren",
        "Die Bahn testet neue Sitze – Fahrgäste sind geteilter Meinung",
        "Warum immer mehr Menschen ihr Brot selbst backen",
        "Ein Orgelbauer und sein Lebenswerk",
        "Nachtzüge: Diese neuen Verbindungen gibt es ab Januar",
        "Wie ein Bäcker aus Kassel das Dinkelbrot neu erfand",
        "Streit im Kleingartenverein: Wem gehört der Apfelbaum?",
    ],
    "fr": [
        "Pourquoi tant de boulangeries ferment le lundi",
        "Dix idées de balades pour un dimanche d’hiver",
        "Le retour discret des cabines téléphoniques",
        "Ce que change la nouvelle taxe foncière pour les propriétaires",
        "À 88 ans, elle traverse le lac d’Annecy à la nage",
        "Les pistes cyclables d’hiver font débat",
        "Comment bien aérer son logement quand il fait froid",
        "Les cantines scolaires misent sur les producteurs locaux",
        "Un village rachète son dernier café",
        "Le prix du sapin de Noël s’envole cette année",
        "Ces trains de nuit qui reviennent sur les rails",
        "Le mystère des cloches qui sonnent la nuit",
        "Un apiculteur de la Drôme invente la ruche connectée",
        "Chauffage : les erreurs qui coûtent cher",
    ],
    "it": [
        "Perché i panettoni artigianali costano sempre di più",
        "Dieci borghi da visitare in inverno",
        "Le cabine telefoniche trasformate in piccole biblioteche",
        "Cosa cambia con la nuova tassa sui rifiuti",
        "Un paese dell’Appennino compra il suo ultimo bar",
        "Come risparmiare sul riscaldamento senza soffrire il freddo",
        "A 90 anni prende la patente nautica",
        "Treni notturni, le nuove tratte per l’inverno",
        "Il mistero delle campane che suonano di notte",
        "Le mense scolastiche scelgono il chilometro zero",
        "Il prezzo dell’albero di Natale è raddoppiato",
        "Ciclabili d’inverno, le città si dividono",
        "Il liutaio che costruisce violini con il legno dei ponti",
        "Caro affitti, gli studenti tornano a vivere in collegio",
    ],
}

ADS = {
    "en": [
        "Northwind Energy: lock in a fixed rate until 2029. Terms apply.",
        "Try Lumen Reader Premium free for 30 days. Cancel anytime.",
        "Bramblecourt Hotels: winter breaks from $89 a night.",
        "Harbor & Pine mattresses: 100 nights to decide. Free delivery.",
    ],
    "de": [
        "Jetzt wechseln: Stadtwerke Nordlicht Ökostrom mit 12 Monaten Preisgarantie.",
        "Kreuzfahrt-Angebote 2027: Frühbucher sparen bis zu 30 Prozent.",
        "Brillen von Sehwerk – zweite Brille gratis bis 31.12.",
        "Alpenblick Thermen: zwei Nächte mit Halbpension ab 199 Euro.",
    ],
    "fr": [
        "Maisons Lavande : votre maison à partir de 189 000 € en Occitanie.",
        "Offre spéciale : -40 % sur les forfaits fibre Ondine jusqu’au 31 décembre.",
        "Assurance auto Cap Horizon : devis gratuit en deux minutes.",
        "Cures thermales Val d’Azur : réservez votre séjour 2027.",
    ],
    "it": [
        "Offerta Luce Aurora: prezzo bloccato per 24 mesi. Scopri di più.",
        "Crociere Mediterraneo 2027: prenota ora e risparmia il 25%.",
        "Conto Zefiro a canone zero per il primo anno.",
        "Terme di Valdolce: due notti con spa a partire da 179 euro.",
    ],
}

COOKIE = {
    "en": "We and our 214 partners use cookies and similar technologies to personalize content and ads and to measure our audience.",
    "de": "Wir und unsere 187 Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und die Nutzung zu analysieren.",
    "fr": "Avec nos 203 partenaires, nous utilisons des cookies pour personnaliser le contenu et la publicité et mesurer l’audience.",
    "it": "Noi e i nostri 196 partner utilizziamo cookie e tecnologie simili per personalizzare contenuti e annunci e misurare il pubblico.",
}


def rel_minutes(px: Px) -> int:
    return px.rnd.randint(1, 14)


def thousands(n: int, lang: str) -> str:
    s = f"{n:,}"
    if lang in ("de", "it"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    return s


def poll_block(px: Px, question: str, options: list[str], votes_word: str, cls: str) -> str:
    """A poll widget whose percentages rotate; only the question is listed as furniture."""
    shares = [px.rnd.randint(10, 60) for _ in options]
    total = sum(shares)
    rows = "".join(
        f'<li><span class="{cls}-opt">{esc(o)}</span> <span class="{cls}-pct">{round(100 * s / total)} %</span></li>'
        for o, s in zip(options, shares, strict=True)
    )
    n = thousands(px.rnd.randint(800, 9000), px.lang)
    return (
        f'<div class="{cls}" data-widget="poll"><p class="{cls}-q">{px.F(question)}</p>'
        f'<ul>{rows}</ul><p class="{cls}-n">{n} {esc(votes_word)}</p></div>'
    )


def css(prefix: str, n: int = 40) -> str:
    """Some site-looking inline CSS with hashed class names (padding, not content)."""
    rnd = random.Random(f"css:{prefix}")
    rules = []
    for _i in range(n * 6):
        h = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
        rules.append(
            f".{prefix}-{h}{{margin:{rnd.randint(0, 24)}px 0;padding:{rnd.randint(0, 16)}px;"
            f"font-size:{rnd.choice([12, 14, 15, 16, 18, 20, 24])}px;line-height:1.{rnd.randint(2, 6)};"
            f"color:#{rnd.randint(0, 0xFFFFFF):06x}}}"
        )
    return "<style>" + "".join(rules) + "</style>"


def nav(items: list[str], cls: str, href_base: str) -> str:
    return (
        f'<nav class="{cls}"><ul>'
        + "".join(
            f'<li><a href="{href_base}/{re.sub(r"[^a-z0-9]+", "-", i.lower()).strip("-")}/">{esc(i)}</a></li>'
            for i in items
        )
        + "</ul></nav>"
    )


_ICONS = [
    "facebook",
    "x",
    "whatsapp",
    "mail",
    "print",
    "bookmark",
    "search",
    "menu",
    "close",
    "play",
    "arrow-right",
    "arrow-left",
    "user",
    "comment",
]


def sprite(seed: str) -> str:
    """An inline SVG icon sprite, as most news sites ship (padding, not content)."""
    rnd = random.Random(f"svg:{seed}")
    symbols = []
    for name in _ICONS:
        d = " ".join(
            f"{rnd.choice('MLCQ')}{rnd.randint(0, 24)}.{rnd.randint(0, 99)} {rnd.randint(0, 24)}.{rnd.randint(0, 99)}"
            for _ in range(28)
        )
        symbols.append(f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="{d}Z"/></symbol>')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
        + "".join(symbols)
        + "</svg>"
    )


def doc(lang: str, title: str, head_extra: str, body: str, body_attrs: str = "") -> str:
    meta = (
        f'<meta property="og:title" content="{attr(title)}"><meta property="og:type" content="article">'
        f'<meta name="twitter:card" content="summary_large_image"><link rel="preconnect" href="https://cdn.example-static.invalid">'
        f'<link rel="icon" href="/favicon.ico"><link rel="manifest" href="/manifest.json">'
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>{meta}{head_extra}</head>\n<body {body_attrs}>\n{sprite(title)}\n{body}\n</body></html>\n"
    )


def analytics(site: str) -> str:
    cfg = {
        "site": site,
        "env": "production",
        "consent": {"vendorListVersion": 142, "gdprApplies": True},
        "ads": {"slots": ["top", "mid1", "mid2", "sidebar", "bottom"], "lazy": True},
        "experiments": {"headlineTest": "B", "paywallMeter": 3},
    }
    return (
        "<script>window.__SITE_CONFIG__ = "
        + json.dumps(cfg)
        + ";(function(w,d){var s=d.createElement('script');s.async=1;"
        "s.src='https://cdn.example-analytics.invalid/tag.js';d.head.appendChild(s);})(window,document);</script>"
    )
