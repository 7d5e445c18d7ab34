"""Noise is not news: noisy histories built from the public benchmark's pages.

.venv/bin/python bench/noise_public.py [--aeb PATH] [--fetches 5] [--pages N] [--show N]

For every page of ``../shared/aeb/`` that yields an article, several fetches of the same article
are made by injecting rotating furniture *inside the body*, between real paragraphs, as CMSs do:
teasers ("Related: <a>…</a>"), sponsored promos, ad labels, link lists, newsletter boxes,
weather/ticker/clock/counter widgets and comment sections, in six languages, in markup whose class
names are invented per variant. Each fetch goes through ``extract_article`` and ``decide`` (the
pure poll step: diff, classify, walk-backs) against the history so far, exactly as a poll would.

Counted, per half:

* false revisions: fetches where only noise differs and a new revision was stored;
* false changes: the changes those revisions and the control fetch report beyond the real one;
* false walk-backs: retractions on noise;
* missed real changes: the last fetch also adds one short genuine paragraph next to a noise slot;
  it must be reported.

The injected styles come in two halves fixed before any tuning: ``TUNING`` and ``HELD_OUT``
(different wording and markup). Tune on the first only; the second says whether a rule holds on
styles nobody tuned it to.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_AEB = ROOT.parent / "shared" / "aeb"
sys.path.insert(0, str(ROOT))

from replay import replay  # noqa: E402

from monitor.errors import ExtractError  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.model import Revision  # noqa: E402

FIRST_FETCH = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
LANGS = ("en", "de", "fr", "es", "it", "pt")
REAL_UPDATE = {
    "en": "Police said on Tuesday evening that two more people had been detained in the case.",
    "de": "Die Polizei teilte am Dienstagabend mit, dass zwei weitere Personen festgenommen wurden.",
    "fr": "La police a indiqué mardi soir que deux autres personnes avaient été interpellées.",
    "es": "La policía informó el martes por la noche de que otras dos personas fueron detenidas.",
    "it": "La polizia ha riferito martedì sera che altre due persone sono state fermate.",
    "pt": "A polícia informou na terça-feira à noite que mais duas pessoas foram detidas.",
}

# Invented teaser headlines: what a rotating "Related" slot links to.
HEADLINES = {
    "en": [
        "Council votes to extend night bus routes through winter",
        "Five things to know before the markets open today",
        "Inside the race to build the first floating wind farm",
        "Why grocery prices keep climbing despite cooler inflation",
        "Local bakery wins national award for sourdough loaf",
        "The quiet town that became a hub for electric boats",
        "Airport strike called off after last-minute pay deal",
        "What the new school rules mean for parents this autumn",
    ],
    "de": [
        "Stadtrat beschließt längere Öffnungszeiten für Bibliotheken",
        "So teuer wird das Heizen in diesem Winter wirklich",
        "Bahn kündigt neue Verbindungen zwischen Nord und Süd an",
        "Warum immer mehr Familien aufs Land ziehen",
        "Fünf Tipps für den perfekten Herbstspaziergang",
        "Bäckerei aus dem Allgäu gewinnt Brotpreis",
        "Was die neue Grundsteuer für Mieter bedeutet",
        "Streik am Flughafen in letzter Minute abgewendet",
    ],
    "fr": [
        "Le conseil municipal prolonge les lignes de bus de nuit",
        "Cinq choses à savoir avant l'ouverture des marchés",
        "Pourquoi les prix alimentaires continuent de grimper",
        "Une boulangerie bretonne primée pour son pain au levain",
        "La grève à l'aéroport levée après un accord salarial",
        "Ce que changent les nouvelles règles scolaires à la rentrée",
        "Le petit port devenu capitale des bateaux électriques",
        "Les secrets d'un chef étoilé pour réussir la galette",
    ],
    "es": [
        "El ayuntamiento amplía las líneas de autobús nocturno",
        "Cinco claves antes de la apertura de los mercados",
        "Por qué siguen subiendo los precios de los alimentos",
        "Una panadería gallega gana el premio al mejor pan",
        "Desconvocada la huelga en el aeropuerto tras un acuerdo",
        "Qué cambia con las nuevas normas escolares este curso",
        "El pueblo que se convirtió en capital de los barcos eléctricos",
        "Los trucos de un cocinero para una tortilla perfecta",
    ],
    "it": [
        "Il comune prolunga le linee notturne degli autobus",
        "Cinque cose da sapere prima dell'apertura dei mercati",
        "Perché i prezzi degli alimentari continuano a salire",
        "Un forno toscano vince il premio per il miglior pane",
        "Revocato lo sciopero all'aeroporto dopo l'accordo",
        "Cosa cambia con le nuove regole scolastiche",
        "Il borgo diventato capitale delle barche elettriche",
        "I segreti di uno chef per una carbonara perfetta",
    ],
    "pt": [
        "Câmara prolonga as linhas de autocarro noturnas",
        "Cinco coisas a saber antes da abertura dos mercados",
        "Porque é que os preços dos alimentos continuam a subir",
        "Padaria do Minho ganha prémio de melhor pão",
        "Greve no aeroporto desconvocada após acordo salarial",
        "O que muda com as novas regras escolares",
        "A vila que se tornou capital dos barcos elétricos",
        "Os segredos de um chef para um bacalhau perfeito",
    ],
}


@dataclass(frozen=True, slots=True)
class Slot:
    """What a style needs to draw one injection: the fetch number rotates the content."""

    lang: str
    fetch: int
    rng: random.Random

    def headline(self, offset: int = 0) -> str:
        pool = HEADLINES[self.lang]
        return pool[(self.fetch * 3 + offset) % len(pool)]

    def klass(self) -> str:
        """A class name invented for this variant (never one a filter could know)."""
        syllables = ("zq", "kx", "mo", "tel", "vri", "ob", "ul", "pa", "dren", "sif")
        name = "".join(self.rng.choice(syllables) for _ in range(2))
        return f"{name}-{self.rng.randint(1, 999)}"

    def href(self) -> str:
        return f"/{self.lang}/2024/03/{self.rng.randint(100000, 999999)}/story"

    def pick(self, options: tuple[str, ...] | dict[str, tuple[str, ...]]) -> str:
        pool = options[self.lang] if isinstance(options, dict) else options
        return pool[self.fetch % len(pool)]


Style = Callable[[Slot], str]

# ---------------------------------------------------------------------------------------------
# The tuning half.

_RELATED = {
    "en": ("Related:", "Read more:"),
    "de": ("Lesen Sie auch:", "Mehr zum Thema:"),
    "fr": ("À lire aussi :", "Lire aussi :"),
    "es": ("Lee también:", "Te puede interesar:"),
    "it": ("Leggi anche:", "Potrebbe interessarti:"),
    "pt": ("Leia também:", "Veja também:"),
}
_AD = {
    "en": ("Advertisement", "Sponsored"),
    "de": ("Anzeige", "Anzeige"),
    "fr": ("Publicité", "Publicité"),
    "es": ("Publicidad", "Publicidad"),
    "it": ("Pubblicità", "Pubblicità"),
    "pt": ("Publicidade", "Publicidade"),
}
_PROMO = {
    "en": "Save 40% on your first box of fresh meal kits this week only.",
    "de": "Jetzt 40 % sparen: Ihre erste Kochbox zum Vorteilspreis.",
    "fr": "Économisez 40 % sur votre premier panier repas cette semaine.",
    "es": "Ahorra un 40 % en tu primera caja de recetas esta semana.",
    "it": "Risparmia il 40% sulla tua prima box di ricette questa settimana.",
    "pt": "Poupe 40% na sua primeira caixa de refeições esta semana.",
}
_NEWSLETTER = {
    "en": ("Get the morning briefing", "Sign up for our newsletter and get the day's top stories in your inbox."),
    "de": ("Der Morgen-Newsletter", "Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten."),
    "fr": ("La newsletter du matin", "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité."),
    "es": ("El boletín de la mañana", "Suscríbete a nuestro boletín y recibe las noticias más importantes."),
    "it": ("La newsletter del mattino", "Iscriviti alla nostra newsletter per ricevere le notizie più importanti."),
    "pt": ("A newsletter da manhã", "Subscreva a nossa newsletter e receba as notícias mais importantes."),
}  # fmt: skip
_CITIES = ("Berlin", "Paris", "Madrid", "Roma", "Lisboa", "London", "Chicago")
_COMMENTS_WORD = {
    "en": "Comments",
    "de": "Kommentare",
    "fr": "Commentaires",
    "es": "Comentarios",
    "it": "Commenti",
    "pt": "Comentários",
}
_COMMENT_TEXT = (
    "Terrible news, my thoughts are with everyone affected.",
    "I have been saying this for years and nobody listened.",
    "Great reporting, thank you for keeping us informed.",
    "Does anyone know whether the road is open again?",
)


def related_p(s: Slot) -> str:
    """<p><strong>Related:</strong> <a>headline</a></p>."""
    lead = s.pick(_RELATED)
    return f'<p><strong>{lead}</strong> <a href="{s.href()}">{s.headline()}</a></p>'


def related_div(s: Slot) -> str:
    """A div with an invented class, a span lead and a link."""
    lead = s.pick(_RELATED)
    return (
        f'<div class="{s.klass()}"><span class="{s.klass()}">{lead}</span> '
        f'<a href="{s.href()}">{s.headline(1)}</a></div>'
    )


def ad_and_promo(s: Slot) -> str:
    """An ad label over a sponsored promo with a call to action."""
    return (
        f'<div class="{s.klass()}"><p>{s.pick(_AD)}</p>'
        f'<p>{_PROMO[s.lang]} <a href="https://shop.invalid/{s.fetch}">{s.headline(2)}</a></p></div>'
    )


def link_list(s: Slot) -> str:
    """A list of links to other articles."""
    items = "".join(f'<li><a href="{s.href()}">{s.headline(i)}</a></li>' for i in range(3))
    return f'<ul class="{s.klass()}">{items}</ul>'


def newsletter_box(s: Slot) -> str:
    heading, prompt = _NEWSLETTER[s.lang]
    return (
        f'<div class="{s.klass()}"><h3>{heading}</h3><p>{prompt}</p>'
        f'<p><a href="/newsletter">{s.pick(("OK", "→", "Go"))}</a></p></div>'
    )


def weather_widget(s: Slot) -> str:
    city = _CITIES[s.fetch % len(_CITIES)]
    temp = 5 + (s.fetch * 7) % 20
    return (
        f'<div class="{s.klass()}"><p><b>{city}</b> {temp}°C</p>'
        f"<p>{temp + 2}° / {temp - 3}°</p></div>"
    )


def comment_section(s: Slot) -> str:
    count = 10 + s.fetch * 3
    text = _COMMENT_TEXT[s.fetch % len(_COMMENT_TEXT)]
    user = f"reader{s.rng.randint(10, 99)}"
    return (
        f'<div class="{s.klass()}"><h3>{count} {_COMMENTS_WORD[s.lang]}</h3>'
        f"<div><p><b>{user}</b></p><p>{text}</p></div></div>"
    )


def ticker_widget(s: Slot) -> str:
    dax = 15000 + s.fetch * 37.25
    change = (s.fetch % 5 - 2) * 0.3
    return (
        f'<div class="{s.klass()}"><span>DAX {dax:,.2f} {change:+.1f}%</span> '
        f"<span>EUR/USD {1.08 + s.fetch / 1000:.4f}</span></div>"
    )


TUNING: tuple[Style, ...] = (
    related_p,
    related_div,
    ad_and_promo,
    link_list,
    newsletter_box,
    weather_widget,
    comment_section,
    ticker_widget,
)

# ---------------------------------------------------------------------------------------------
# The held-out half: other wording, other markup. Never tuned on.

_SEE_ALSO = {
    "en": ("See also:", "RECOMMENDED:", "MORE:", "Don't miss:"),
    "de": ("Auch interessant:", "Das könnte Sie auch interessieren:"),
    "fr": ("Sur le même sujet :", "À voir aussi :"),
    "es": ("Lea también:", "Más noticias:"),
    "it": ("Vedi anche:", "Ti potrebbe interessare:"),
    "pt": ("Saiba mais:", "Leia mais:"),
}
_PAID = {
    "en": ("Paid content", "Promoted", "ADVERTISEMENT"),
    "de": ("Werbung", "Sponsored Post"),
    "fr": ("Contenu sponsorisé", "Annonce"),
    "es": ("Contenido patrocinado", "Anuncio"),
    "it": ("Contenuto sponsorizzato", "Annuncio"),
    "pt": ("Conteúdo patrocinado", "Anúncio"),
}
_SIGNUP = {
    "en": "Never miss a story: subscribe to our daily email.",
    "de": "Newsletter abonnieren: Die wichtigsten Nachrichten jeden Morgen per E-Mail.",
    "fr": "Abonnez-vous à notre lettre d'information quotidienne.",
    "es": "Recibe cada mañana nuestro boletín en tu correo.",
    "it": "Ricevi ogni mattina la nostra newsletter via email.",
    "pt": "Receba todas as manhãs a nossa newsletter por email.",
}
_LEAVE_COMMENT = {
    "en": "Leave a comment",
    "de": "Schreiben Sie einen Kommentar",
    "fr": "Laisser un commentaire",
    "es": "Deja un comentario",
    "it": "Lascia un commento",
    "pt": "Deixe um comentário",
}


def linked_teaser(s: Slot) -> str:
    """A paragraph that is one link, its label inside it."""
    lead = s.pick(_SEE_ALSO)
    return f'<p class="{s.klass()}"><a href="{s.href()}"><b>{lead}</b> {s.headline(4)}</a></p>'


def strong_lead_teaser(s: Slot) -> str:
    """A div, a bold label, a link and a dash-separated second link."""
    lead = s.pick(_SEE_ALSO).rstrip(":").strip()
    return (
        f'<div class="{s.klass()}"><strong>{lead}</strong><br>'
        f'<a href="{s.href()}">{s.headline(5)}</a> – <a href="{s.href()}">{s.headline(6)}</a></div>'
    )


def paid_box(s: Slot) -> str:
    """A section labelled as paid content, its text linking out."""
    return (
        f'<section class="{s.klass()}"><p><em>{s.pick(_PAID)}</em></p>'
        f'<p><a href="https://partner.invalid/{s.fetch}">{s.headline(7)}</a></p></section>'
    )


def blockquote_links(s: Slot) -> str:
    """Two teaser links in a blockquote, each its own paragraph."""
    return (
        f'<blockquote class="{s.klass()}"><p><a href="{s.href()}">{s.headline(2)}</a></p>'
        f'<p><a href="{s.href()}">{s.headline(3)}</a></p></blockquote>'
    )


def signup_line(s: Slot) -> str:
    return f'<p class="{s.klass()}"><i>{_SIGNUP[s.lang]}</i> <a href="/subscribe">»</a></p>'


def clock_and_counter(s: Slot) -> str:
    hour, minute = 8 + s.fetch % 12, (s.fetch * 17) % 60
    readers = 1200 + s.fetch * 143
    return (
        f'<div class="{s.klass()}"><span>{hour:02d}:{minute:02d}</span></div>'
        f'<div class="{s.klass()}"><p>{readers:,} readers</p></div>'
    )


def comment_list(s: Slot) -> str:
    text = _COMMENT_TEXT[(s.fetch + 1) % len(_COMMENT_TEXT)]
    return (
        f'<section class="{s.klass()}"><h4>{_LEAVE_COMMENT[s.lang]}</h4><ol>'
        f"<li><strong>user_{s.rng.randint(100, 999)}</strong> · {text}</li>"
        f"<li><strong>anon</strong> · {_COMMENT_TEXT[s.fetch % len(_COMMENT_TEXT)]}</li></ol></section>"
    )


def weather_line(s: Slot) -> str:
    city = _CITIES[(s.fetch + 2) % len(_CITIES)]
    temp = 3 + (s.fetch * 5) % 25
    return (
        f'<table class="{s.klass()}"><tr><td>{city}</td><td>{temp} °C</td><td>☁</td></tr></table>'
    )


HELD_OUT: tuple[Style, ...] = (
    linked_teaser,
    strong_lead_teaser,
    paid_box,
    blockquote_links,
    signup_line,
    clock_and_counter,
    comment_list,
    weather_line,
)


def no_noise(s: Slot) -> str:
    """The control: nothing injected, so what it counts comes from the pages themselves."""
    return ""


CONTROL: tuple[Style, ...] = (no_noise,)

# ---------------------------------------------------------------------------------------------
# Building histories.

_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SLOTS = 3
_STORY_PARAGRAPH = 100  # characters: a paragraph this long is story text, a place to inject


def story_ends(html: str) -> list[int]:
    """Offsets just after the closing </p> of long paragraphs: where a CMS slots its furniture."""
    ends = []
    for found in _PARAGRAPH.finditer(html):
        text = _TAG.sub("", found.group(1))
        if len(" ".join(text.split())) >= _STORY_PARAGRAPH:
            ends.append(found.end())
    return ends


def slot_offsets(html: str) -> list[int]:
    """Up to three injection points among the story's paragraphs (never after the last one)."""
    ends = story_ends(html)[:-1]
    if not ends:
        return []
    picks = {ends[0], ends[len(ends) // 2], ends[-1]}
    return sorted(picks)[:_SLOTS]


def page_lang(html: str, index: int) -> str:
    found = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html[:3000])
    lang = found.group(1).lower() if found else ""
    return lang if lang in LANGS else LANGS[index % len(LANGS)]


def noisy_fetch(
    html: str,
    offsets: list[int],
    styles: tuple[Style, ...],
    *,
    page: int,
    fetch: int,
    lang: str,
    real: str | None = None,
) -> str:
    """One fetch of the page: each slot holds its style's content for this fetch; ``real``, a
    genuine paragraph, follows the middle slot's furniture."""
    pieces, last = [], 0
    for number, offset in enumerate(offsets):
        style = styles[(page * _SLOTS + number) % len(styles)]
        rng = random.Random(f"{page}-{number}-{fetch}")
        pieces.append(html[last:offset])
        pieces.append(style(Slot(lang, fetch, rng)))
        if real is not None and number == len(offsets) // 2:
            pieces.append(f"<p>{real}</p>")
        last = offset
    pieces.append(html[last:])
    return "".join(pieces)


# ---------------------------------------------------------------------------------------------
# Running histories through extract + decide.


@dataclass(slots=True)
class Tally:
    pages: int = 0
    fetches: int = 0
    false_revisions: int = 0
    false_changes: int = 0
    false_walkbacks: int = 0
    real_missed: int = 0
    examples: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        return (
            f"{name:9s} pages {self.pages:3d}  noise-only fetches {self.fetches:4d}  "
            f"false revisions {self.false_revisions:4d}  false changes {self.false_changes:4d}  "
            f"false walk-backs {self.false_walkbacks:4d}  real changes missed {self.real_missed:3d}"
        )


_ARTICLE_URL = "https://aeb.invalid/article"


def _count(revision: Revision, real: str | None, tally: Tally) -> None:
    noise = [c for c in revision.changes if real is None or real not in (c.text or "")]
    if real is None:
        tally.false_revisions += 1
    tally.false_changes += len(noise)
    tally.false_walkbacks += len(revision.retractions)
    for change in noise[:2]:
        if len(tally.examples) < 40:
            text = change.text or change.previous_text or ""
            tally.examples.append(f"{change.kind.value}: {text[:110]}")
    for retraction in revision.retractions[:1]:
        if len(tally.examples) < 40:
            tally.examples.append(f"walk-back {retraction.reason.value}: {retraction.claim[:100]}")


def histories(
    aeb: Path, styles: tuple[Style, ...], fetches: int, limit: int | None
) -> Iterator[tuple[list[str], str]]:
    """Per usable benchmark page: its noisy fetches (the last with the real paragraph) and that
    paragraph's text."""
    truth = json.loads((aeb / "ground-truth.json").read_text("utf-8"))
    for index, key in enumerate(sorted(truth)[:limit]):
        html = gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", errors="replace"
        )
        offsets = slot_offsets(html)
        if not offsets:
            continue
        lang = page_lang(html, index)
        pages = [
            noisy_fetch(html, offsets, styles, page=index, fetch=n, lang=lang)
            for n in range(fetches)
        ]
        last = noisy_fetch(
            html, offsets, styles, page=index, fetch=fetches, lang=lang, real=REAL_UPDATE[lang]
        )
        yield [*pages, last], REAL_UPDATE[lang]


def measure(aeb: Path, styles: tuple[Style, ...], fetches: int, limit: int | None) -> Tally:
    tally = Tally()
    for pages, real in histories(aeb, styles, fetches, limit):
        try:
            extract_article(pages[0], url=_ARTICLE_URL, fetched_at=FIRST_FETCH)
        except ExtractError:
            continue  # no article on the page: a container problem, not a noise one
        tally.pages += 1
        tally.fetches += fetches - 1
        tally.real_missed += _run_history(pages, real, tally)
    return tally


def _run_history(pages: list[str], real: str, tally: Tally) -> int:
    """Poll ``pages`` in order as a poll would, counting into ``tally``; returns 1 when the
    genuine paragraph of the last fetch was not reported."""
    seen: list[str] = []
    for step in replay(_ARTICLE_URL, pages, FIRST_FETCH):
        if step.previous is None:
            continue
        last = step.fetch == len(pages) - 1
        _count(step.revision, real if last else None, tally)
        if last:
            seen.extend(c.text or "" for c in step.revision.changes)
    return 0 if any(real in text for text in seen) else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--fetches", type=int, default=5, help="noise-only fetches per page")
    parser.add_argument("--pages", type=int, default=None, help="only the first N pages")
    parser.add_argument("--show", type=int, default=0, help="print N example false changes")
    parser.add_argument("--half", choices=("tuning", "held-out", "control", "both"), default="both")
    args = parser.parse_args()
    if not (args.aeb / "ground-truth.json").is_file():
        sys.exit(f"{args.aeb}: no ground-truth.json; pass --aeb PATH to the benchmark's folder.")
    halves = {"tuning": TUNING, "held-out": HELD_OUT, "control": CONTROL}
    for name, styles in halves.items():
        if args.half != name and (args.half != "both" or name == "control"):
            continue
        tally = measure(args.aeb, styles, args.fetches, args.pages)
        print(tally.line(name))
        for example in tally.examples[: args.show]:
            print(f"    {example}")


if __name__ == "__main__":
    main()
