"""Noisy histories in styles nobody tuned to, on the realworld pages (tests/holdout/realworld/).

.venv/bin/python bench/realworld_noise.py [--fetches 6] [--show N]

For each page whose truth has a ``noise`` entry (8 pages: English, German, French, Italian; blogs
and articles), the page is fetched once, then ``--fetches`` times with only furniture changing, then once more with one genuine new update block (the truth's ``new_block``, inserted
where the publisher puts new blocks). Every fetch, the first included, carries furniture; in the page's language and in markup of its
own (not the styles of ``bench/noise_public.py``):

* a rotating in-body teaser after the body's first paragraph ("Read more:", "Lesen Sie auch:",
  "À lire aussi :", "Leggi anche:" and other wordings, a link to another story);
* an ad slot before the place new blocks go, its creative (text and link) changing every fetch;
* a sponsored promo after the body's last paragraph;
* a market ticker and a weather widget under the site header;
* the "most read" rail in another order;
* a comment count and an "Updated N minutes ago" line under the headline;
* a cookie banner in one of three variants.

Each fetch goes through ``extract_article`` and ``decide`` against the history so far, as
``bench/noise_public.py`` does it. Counted: false revisions (a noise-only fetch stored a revision),
false changes (changes on noise-only fetches, and changes on the last fetch that are not the new
block), false walk-backs (retractions on any fetch) and whether the genuine block was reported
(a change carrying its text) and extracted as a block.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from realworld_holdout import fold, load, names  # noqa: E402
from replay import POLL_EVERY, replay  # noqa: E402

from monitor.extract import extract_article  # noqa: E402

TEASER_LEADS = {
    "en": ("Read more:", "Related:", "Also read:", "Don't miss:", "Explainer:", "Opinion:"),
    "de": ("Lesen Sie auch:", "Mehr zum Thema:", "Auch interessant:", "Hintergrund:", "Kommentar:", "Lesetipp:"),
    "fr": ("À lire aussi :", "Lire aussi :", "Sur le même sujet :", "Décryptage :", "Tribune :", "Notre enquête :"),
    "it": ("Leggi anche:", "Approfondisci:", "Potrebbe interessarti:", "Il commento:", "L'analisi:", "Da non perdere:"),
}  # fmt: skip
TEASERS = {
    "en": ("Council votes to extend night bus routes through winter", "Inside the race to build the first floating wind farm", "Why grocery prices keep climbing despite cooler inflation", "The quiet town that became a hub for electric boats", "Airport strike called off after last-minute pay deal", "What the new school rules mean for parents this autumn", "Local bakery wins national award for sourdough loaf"),
    "de": ("Stadtrat beschließt längere Öffnungszeiten für Bibliotheken", "So teuer wird das Heizen in diesem Winter wirklich", "Warum immer mehr Familien aufs Land ziehen", "Bäckerei aus dem Allgäu gewinnt Brotpreis", "Was die neue Grundsteuer für Mieter bedeutet", "Streik am Flughafen in letzter Minute abgewendet", "Bahn kündigt neue Verbindungen zwischen Nord und Süd an"),
    "fr": ("Le conseil municipal prolonge les lignes de bus de nuit", "Pourquoi les prix alimentaires continuent de grimper", "Une boulangerie bretonne primée pour son pain au levain", "La grève à l'aéroport levée après un accord salarial", "Ce que changent les nouvelles règles scolaires à la rentrée", "Le petit port devenu capitale des bateaux électriques", "Les secrets d'un chef étoilé pour réussir la galette"),
    "it": ("Il comune prolunga le linee notturne degli autobus", "Perché i prezzi degli alimentari continuano a salire", "Un forno toscano vince il premio per il miglior pane", "Revocato lo sciopero all'aeroporto dopo l'accordo", "Cosa cambia con le nuove regole scolastiche", "Il borgo diventato capitale delle barche elettriche", "I segreti di uno chef per una carbonara perfetta"),
}  # fmt: skip
AD_WORD = {"en": "Advertisement", "de": "Anzeige", "fr": "Publicité", "it": "Pubblicità"}
CREATIVES = {
    "en": ("Switch your energy plan today and save up to £300 a year on bills.", "New electric SUV: book a test drive at your local dealer this weekend.", "Ultra-fast broadband from £22 a month. No price rises for two years.", "Holidays to the Canaries from £199 per person, flights included."),
    "de": ("Jetzt Stromanbieter wechseln und bis zu 300 Euro im Jahr sparen.", "Der neue Elektro-SUV: Vereinbaren Sie jetzt eine Probefahrt.", "Glasfaser ab 22 Euro im Monat, zwei Jahre ohne Preiserhöhung.", "Kanaren-Urlaub ab 199 Euro pro Person inklusive Flug."),
    "fr": ("Changez de fournisseur d'énergie et économisez jusqu'à 300 € par an.", "Le nouveau SUV électrique : réservez votre essai ce week-end.", "La fibre à partir de 22 € par mois, sans hausse de prix pendant deux ans.", "Séjours aux Canaries dès 199 € par personne, vol compris."),
    "it": ("Cambia fornitore di energia e risparmia fino a 300 euro l'anno.", "Il nuovo SUV elettrico: prenota un test drive questo fine settimana.", "Fibra ultraveloce da 22 euro al mese, prezzo bloccato per due anni.", "Vacanze alle Canarie da 199 euro a persona, volo incluso."),
}  # fmt: skip
SPONSORED = {
    "en": "Sponsored",
    "de": "Sponsored by",
    "fr": "Contenu sponsorisé",
    "it": "Contenuto sponsorizzato",
}
UPDATED_AGO = {
    "en": "Updated {} minutes ago",
    "de": "Aktualisiert vor {} Minuten",
    "fr": "Mis à jour il y a {} minutes",
    "it": "Aggiornato {} minuti fa",
}
COMMENTS = {
    "en": "{} comments",
    "de": "{} Kommentare",
    "fr": "{} commentaires",
    "it": "{} commenti",
}
COOKIES = {
    "en": ("This site uses cookies to improve your experience and to show you relevant ads.", "By continuing to browse you agree to our use of cookies and similar technologies.", "We and our partners use cookies to personalise content and measure audiences."),
    "de": ("Diese Website verwendet Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "Mit der weiteren Nutzung stimmen Sie der Verwendung von Cookies zu.", "Wir und unsere Partner nutzen Cookies für personalisierte Inhalte und Reichweitenmessung."),
    "fr": ("Ce site utilise des cookies pour améliorer votre expérience et vous proposer des publicités adaptées.", "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.", "Nos partenaires et nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience."),
    "it": ("Questo sito utilizza cookie per migliorare la tua esperienza e mostrarti annunci pertinenti.", "Proseguendo la navigazione accetti l'uso dei cookie.", "Noi e i nostri partner usiamo cookie per personalizzare i contenuti e misurare il pubblico."),
}  # fmt: skip
CITIES = {"en": "London", "de": "Berlin", "fr": "Paris", "it": "Milano"}
INDEX = {"en": "FTSE 100", "de": "DAX", "fr": "CAC 40", "it": "FTSE MIB"}

_FIRST_FETCH = datetime.fromisoformat("2024-03-05T18:00:00+00:00")


def _after_paragraph(html: str, opening: str) -> int | None:
    """The offset just after the </p> of the paragraph whose text holds ``opening``."""
    words = opening.split()[:4]
    pattern = r"[\s\S]{0,40}?".join(re.escape(word) for word in words)
    found = re.search(pattern, html)
    if found is None:
        return None
    end = html.find("</p>", found.end())
    return None if end < 0 else end + len("</p>")


def _teaser(lang: str, n: int) -> str:
    lead = TEASER_LEADS[lang][n % len(TEASER_LEADS[lang])]
    title = TEASERS[lang][n % len(TEASERS[lang])]
    return (
        f'<p class="inline-teaser inline-teaser--v{n % 3}"><strong>{lead}</strong> '
        f'<a href="/story/{1000 + n * 7}">{title}</a></p>'
    )


def _ad(lang: str, n: int) -> str:
    creative = CREATIVES[lang][n % len(CREATIVES[lang])]
    return (
        f'<div class="ad-slot ad-slot--inread" data-creative="{n * 31}"><span>{AD_WORD[lang]}</span>'
        f'<a href="https://adserver.invalid/click/{n}"><p>{creative}</p></a></div>'
    )


def _sponsored(lang: str, n: int) -> str:
    title = TEASERS[lang][(n + 3) % len(TEASERS[lang])]
    return (
        f'<aside class="partner-promo"><p><em>{SPONSORED[lang]}</em></p>'
        f'<p><a href="https://partner.invalid/{n}">{title}</a></p></aside>'
    )


def _widgets(lang: str, n: int) -> str:
    index = 7400 + n * 23.5
    temp = 4 + (n * 3) % 11
    return (
        f'<div class="market-ticker"><span>{INDEX[lang]} {index:,.1f} {(n % 5 - 2) * 0.4:+.1f}%</span> '
        f"<span>EUR/USD {1.085 + n / 1000:.4f}</span> <span>Brent {82.1 - n * 0.3:.2f}</span></div>"
        f'<div class="weather-widget"><p>{CITIES[lang]} {temp}°C</p><p>{temp + 3}° / {temp - 2}°</p></div>'
    )


def _byline_extras(lang: str, n: int) -> str:
    return (
        f'<p class="meta-updated">{UPDATED_AGO[lang].format(3 + n * 7)}</p>'
        f'<a class="comment-count" href="#comments">{COMMENTS[lang].format(40 + n * 13)}</a>'
    )


def _cookie(lang: str, n: int) -> str:
    text = COOKIES[lang][n % 3]
    return f'<div class="cookie-bar cookie-bar--{n % 3}"><p>{text}</p><button>OK</button></div>'


def _rotate_most_read(html: str, n: int) -> str:
    section = re.search(r'(data-component="most-read"><h2>[^<]*</h2><ol>)(.*?)(</ol>)', html)
    if section is None:
        return html
    items = re.findall(r"<li>.*?</li>", section.group(2))
    shift = n % len(items) if items else 0
    rotated = "".join(items[shift:] + items[:shift])
    return html[: section.start(2)] + rotated + html[section.end(2) :]


def noisy_fetch(html: str, truth: dict[str, Any], n: int, *, genuine: bool) -> str:
    """Fetch ``n`` of the page; furniture only, and the new block when ``genuine``."""
    lang, noise = truth["lang"], truth["noise"]
    inserts: list[tuple[int, str]] = []
    first = _after_paragraph(html, truth["body_first"][0])
    if first is not None:
        inserts.append((first, _teaser(lang, n)))
    anchor = html.index(noise["insert_before"])
    inserts.append((anchor, _ad(lang, n) + (noise["new_block"] if genuine else "")))
    last = _after_paragraph(html, truth["body_last"][0])
    if last is not None and last != first:
        inserts.append((last, _sponsored(lang, n)))
    header = html.find("</header>")
    inserts.append((header + len("</header>"), _widgets(lang, n)))
    h1 = html.find("</h1>")
    inserts.append((h1 + len("</h1>"), _byline_extras(lang, n)))
    body = re.search(r"<body[^>]*>", html)
    assert body is not None
    inserts.append((body.end(), _cookie(lang, n)))
    for offset, piece in sorted(inserts, key=lambda item: item[0], reverse=True):
        html = html[:offset] + piece + html[offset:]
    return _rotate_most_read(html, n)


@dataclass(slots=True)
class Tally:
    pages: int = 0
    noise_fetches: int = 0
    false_revisions: int = 0
    false_changes: int = 0
    false_walkbacks: int = 0
    genuine_reported: int = 0
    genuine_as_block: int = 0
    examples: list[str] = field(default_factory=list)


def _genuine(text: str | None, want: str, block: str) -> bool:
    """A change that carries the new block: its opening, or any of its text."""
    folded = fold(text or "")
    return bool(folded) and (want in folded or folded in block)


def run_history(name: str, fetches: int, tally: Tally) -> str:
    html, truth = load(name)
    url, want = truth["url"], fold(truth["noise"]["first_words"])
    block = fold(re.sub(r"<[^>]+>", " ", truth["noise"]["new_block"]))
    pages = [noisy_fetch(html, truth, n, genuine=False) for n in range(fetches + 1)]
    pages.append(noisy_fetch(html, truth, fetches + 1, genuine=True))
    counts = [0, 0, 0]  # false revisions, false changes, false walk-backs
    reported = False
    last_fetch = _FIRST_FETCH + POLL_EVERY * (len(pages) - 1)
    last_article = extract_article(pages[-1], url=url, fetched_at=last_fetch)
    as_block = any(want in fold(b.text) for b in last_article.blocks)
    for step in replay(url, pages, _FIRST_FETCH):
        if step.previous is None:
            continue
        revision = step.revision
        last = step.fetch == len(pages) - 1
        noise = [c for c in revision.changes if not (last and _genuine(c.text, want, block))]
        reported = reported or (last and len(noise) < len(revision.changes))
        counts[0] += not last
        counts[1] += len(noise)
        counts[2] += len(revision.retractions)
        for change in noise[:3]:
            text = change.text or change.previous_text or ""
            tally.examples.append(f"{name}: {change.kind.value}: {text[:90]}")
        for retraction in revision.retractions[:2]:
            tally.examples.append(f"{name}: walk-back {retraction.claim[:90]}")
    tally.pages += 1
    tally.noise_fetches += fetches
    tally.false_revisions += counts[0]
    tally.false_changes += counts[1]
    tally.false_walkbacks += counts[2]
    tally.genuine_reported += reported
    tally.genuine_as_block += as_block
    return (
        f"{name:30s} false revisions {counts[0]}/{fetches}  false changes {counts[1]:3d}  "
        f"false walk-backs {counts[2]:3d}  genuine reported {'yes' if reported else 'NO '}  "
        f"as a block {'yes' if as_block else 'NO'}"
    )


def noisy_names() -> list[str]:
    return [name for name in names() if "noise" in load(name)[1]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fetches", type=int, default=6, help="noise-only fetches per page")
    parser.add_argument("--show", type=int, default=0, help="print N example false changes")
    args = parser.parse_args()
    tally = Tally()
    for name in noisy_names():
        print(run_history(name, args.fetches, tally))
    print("-" * 100)
    print(
        f"TOTAL pages {tally.pages}  noise-only fetches {tally.noise_fetches}  false revisions "
        f"{tally.false_revisions}  false changes {tally.false_changes}  false walk-backs "
        f"{tally.false_walkbacks}  genuine reported {tally.genuine_reported}/{tally.pages}  "
        f"as a block {tally.genuine_as_block}/{tally.pages}"
    )
    for example in tally.examples[: args.show]:
        print(f"    {example}")


if __name__ == "__main__":
    main()
