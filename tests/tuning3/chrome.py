"""Pieces of page chrome the templates put together in their own markup: cookie banners, ad
slots, inline teasers, newsletter boxes, share bars, most-read and related lists. Each takes the
template's ``Classes`` so the names come out in the publisher's style, and registers what it
prints as furniture."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from kit import Classes, Page, attr, esc, key, svg_icon
from noise import FIRST_FETCH, READ_ALSO, Noise

WORDS = {
    "en": {
        "accept": "Accept all",
        "manage": "Manage preferences",
        "most": "Most read",
        "related": "Related stories",
        "share": ["Share on Facebook", "Share on X", "Copy link", "Email"],
        "newsletter": "Newsletter",
        "signup": "Sign up",
        "email": "Email address",
    },
    "de": {
        "accept": "Alle akzeptieren",
        "manage": "Einstellungen",
        "most": "Meistgelesen",
        "related": "Mehr zum Thema",
        "share": ["Auf Facebook teilen", "Auf X teilen", "Link kopieren", "Per E-Mail senden"],
        "newsletter": "Newsletter",
        "signup": "Anmelden",
        "email": "E-Mail-Adresse",
    },
    "fr": {
        "accept": "Tout accepter",
        "manage": "Paramétrer",
        "most": "Les plus lus",
        "related": "Sur le même sujet",
        "share": [
            "Partager sur Facebook",
            "Partager sur X",
            "Copier le lien",
            "Envoyer par e-mail",
        ],
        "newsletter": "Newsletter",
        "signup": "Je m'inscris",
        "email": "Adresse e-mail",
    },
    "it": {
        "accept": "Accetta tutto",
        "manage": "Gestisci le preferenze",
        "most": "I più letti",
        "related": "Potrebbe interessarti",
        "share": ["Condividi su Facebook", "Condividi su X", "Copia link", "Invia per email"],
        "newsletter": "Newsletter",
        "signup": "Iscriviti",
        "email": "Indirizzo email",
    },
    "es": {
        "accept": "Aceptar todo",
        "manage": "Configurar",
        "most": "Lo más leído",
        "related": "Noticias relacionadas",
        "share": ["Compartir en Facebook", "Compartir en X", "Copiar enlace", "Enviar por correo"],
        "newsletter": "Boletín",
        "signup": "Suscribirme",
        "email": "Correo electrónico",
    },
    "pt": {
        "accept": "Aceitar tudo",
        "manage": "Gerir preferências",
        "most": "Mais lidas",
        "related": "Relacionadas",
        "share": ["Partilhar no Facebook", "Partilhar no X", "Copiar link", "Enviar por email"],
        "newsletter": "Newsletter",
        "signup": "Subscrever",
        "email": "Endereço de email",
    },
}


def cookie_banner(page: Page, noise: Noise, c: Classes, template: str | None = None) -> str:
    w = WORDS[page.lang]
    return f"""<div id="consent-root" class="{c("Consent.overlay")}" role="dialog" aria-modal="true">
  <div class="{c("Consent.box")}">
    <p class="{c("Consent.text")}">{page.f(noise.cookie(template))}</p>
    <div class="{c("Consent.buttons")}"><button type="button" class="{c("Consent.accept")}">{esc(w["accept"])}</button><button type="button" class="{c("Consent.manage")}">{esc(w["manage"])}</button></div>
  </div>
</div>
"""


def nav(page: Page, c: Classes, brand: str, sections: list[str], extra: str = "") -> str:
    links = "".join(
        f'<li class="{c("Nav.item")}"><a href="/{attr(s.lower().replace(" ", "-"))}/">{esc(s)}</a></li>'
        for s in sections
    )
    return f"""<header class="{c("Header.root")}">
  <a class="{c("Header.logo")}" href="/" aria-label="{attr(brand)}">{svg_icon("logo")}<span class="{c("Header.brand")}">{esc(brand)}</span></a>
  <nav class="{c("Nav.root")}" aria-label="main"><ul class="{c("Nav.list")}">{links}</ul></nav>
  {extra}
</header>
"""


def ad_slot(page: Page, noise: Noise, c: Classes, name: str, fill: float = 0.6) -> str:
    """An ad slot labelled in the page's language, filled or empty on this fetch."""
    copy = noise.ad(name, fill)
    label = noise.ad_label()
    inner = (
        f'<a class="{c("Ad.creative")}" href="https://ads.invalid/click?slot={key(page.slug, name)}" rel="sponsored">{page.f(copy)}</a>'
        if copy
        else f'<div class="{c("Ad.placeholder")}" style="min-height:250px"></div>'
    )
    return f"""<div class="{c("Ad.slot")}" id="ad-{key(page.slug, name)}" data-slot="{attr(name)}">
  <span class="{c("Ad.label")}">{page.f(label) if copy else esc(label)}</span>
  {inner}
</div>
"""


def teaser(page: Page, noise: Noise, c: Classes, name: str, label: str | None = None) -> str:
    """An inline 'read more' teaser inside the body: its headline rotates with the fetch."""
    headline = noise.teasers(f"teaser:{name}", 1)[0]
    lead = label if label is not None else READ_ALSO[page.lang]
    return f"""<aside class="{c("Inline.teaser")}" data-component="related-inline">
  <p class="{c("Inline.text")}"><span class="{c("Inline.kicker")}">{esc(lead)}</span> <a href="/story/{key(headline)}">{page.f(headline)}</a></p>
</aside>
"""


def newsletter_box(page: Page, noise: Noise, c: Classes, title: str | None = None) -> str:
    w = WORDS[page.lang]
    return f"""<div class="{c("Newsletter.box")}" data-module="newsletter">
  <h3 class="{c("Newsletter.title")}">{esc(title or w["newsletter"])}</h3>
  <p class="{c("Newsletter.copy")}">{page.f(noise.newsletter())}</p>
  <form class="{c("Newsletter.form")}"><input type="email" placeholder="{attr(w["email"])}"><button type="submit">{esc(w["signup"])}</button></form>
</div>
"""


def share_bar(page: Page, c: Classes, anchor: str = "") -> str:
    w = WORDS[page.lang]
    buttons = "".join(
        f'<button type="button" class="{c("Share.button")}" aria-label="{attr(label)}" data-target="{attr(anchor)}">{svg_icon("share")}</button>'
        for label in w["share"]
    )
    return f'<div class="{c("Share.bar")}">{buttons}</div>\n'


def link_list(
    page: Page, c: Classes, title: str, items: list[str], name: str, numbered: bool = False
) -> str:
    tag = "ol" if numbered else "ul"
    lis = "".join(
        f'<li class="{c(name + ".item")}"><a href="/story/{key(item)}">{page.f(item)}</a></li>'
        for item in items
    )
    return f"""<section class="{c(name + ".root")}">
  <h2 class="{c(name + ".title")}">{esc(title)}</h2>
  <{tag} class="{c(name + ".list")}">{lis}</{tag}>
</section>
"""


def most_read(page: Page, noise: Noise, c: Classes, title: str | None = None) -> str:
    items = noise.most_read(noise_pool_slice(noise, "most-read", 5))
    return link_list(page, c, title or WORDS[page.lang]["most"], items, "MostRead", numbered=True)


def noise_pool_slice(noise: Noise, name: str, n: int) -> list[str]:
    """A stable selection (the same on every fetch) from the teaser pool: only its order varies."""
    stable = Noise(noise.slug, 0, noise.lang, noise.swiss)
    return stable.teasers(name, n)


def related(
    page: Page, noise: Noise, c: Classes, pairs: list[tuple[str, str]], title: str | None = None
) -> str:
    """Related stories whose headlines are A/B tested: each fetch shows one of each pair."""
    items = [noise.ab(f"related:{a}", a, b) for a, b in pairs]
    return link_list(page, c, title or WORDS[page.lang]["related"], items, "Related")


def footer(page: Page, c: Classes, links: list[str], copyright_line: str) -> str:
    lis = "".join(f'<li><a href="/{attr(key(x))}">{esc(x)}</a></li>' for x in links)
    return f"""<footer class="{c("Footer.root")}">
  <ul class="{c("Footer.links")}">{lis}</ul>
  <p class="{c("Footer.copy")}">{page.f(copyright_line)}</p>
</footer>
"""


def figure(page: Page, c: Classes, caption: str, credit: str, src: str) -> str:
    return f"""<figure class="{c("Media.figure")}">
  <picture><source srcset="{attr(src)}.webp 1x, {attr(src)}@2x.webp 2x" type="image/webp"><img src="{attr(src)}.jpg" alt="" loading="eager" width="1200" height="675"></picture>
  <figcaption class="{c("Media.caption")}">{page.f(caption)} <span class="{c("Media.credit")}">{page.f(credit)}</span></figcaption>
</figure>
"""


def weave(paragraphs: list[str], inserts: list[tuple[int, str]], wrap: Callable[[str], str]) -> str:
    """Body paragraphs (already escaped, each put in its markup by ``wrap``) with furniture
    inserted after paragraph ``i`` for each ``(i, markup)``."""
    out = []
    for i, p in enumerate(paragraphs):
        out.append(wrap(p))
        out.extend(markup for at, markup in inserts if at == i)
    return "".join(out)


def link(escaped: str, phrase: str, href: str) -> str:
    """Turn the first ``phrase`` in an escaped paragraph into a link (the text stays the same)."""
    return escaped.replace(esc(phrase), f'<a href="{attr(href)}">{esc(phrase)}</a>', 1)


LATEST = {
    "en": "Latest",
    "de": "Neueste Meldungen",
    "fr": "Fil info",
    "it": "Ultime notizie",
    "es": "Última hora",
    "pt": "Últimas",
}


def latest(page: Page, noise: Noise, c: Classes, title: str | None = None) -> str:
    """A 'latest news' rail: the same four headlines on every fetch, each with a relative time
    that grows from fetch to fetch."""
    items = noise_pool_slice(noise, "latest", 4)
    ages = [7, 26, 48, 95]
    lis = "".join(
        f'<li class="{c("Latest.item")}"><span class="{c("Latest.ago")}">{page.f(noise.ago(FIRST_FETCH - timedelta(minutes=age)))}</span> <a href="/story/{key(item)}">{page.f(item)}</a></li>'
        for item, age in zip(items, ages, strict=True)
    )
    return f"""<section class="{c("Latest.root")}">
  <h2 class="{c("Latest.title")}">{esc(title or LATEST[page.lang])}</h2>
  <ul class="{c("Latest.list")}">{lis}</ul>
</section>
"""
