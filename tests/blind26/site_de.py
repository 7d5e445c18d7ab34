"""German-language publishers: Wochenblitz (Pattaya, Thailand), New Yorker Staats-Zeitung (New
York, USA), Walliser Bote (Visp, Switzerland)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BAKE,
    BINGO,
    BIRTHDAY,
    BOOKSALE,
    FACT,
    FUEL,
    LEGAL,
    NEWS,
    PROMO,
    RAFFLE,
    READ,
    TALKING,
    TICKER,
    TIP,
    YOUTH,
    Texts,
    bp,
    bpa,
    dot,
    hm,
    ld,
    month,
    page,
    post,
    uhr,
    weekday,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    e,
    news_article,
    org,
    weave,
)

ICT = 7
EST = -5
CET = 1

_SUBS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Gesundheit", "Leserbriefe", "Wetter"]
_FOOT = {
    "Über uns": ["Impressum", "Kontakt", "Mediadaten", "Abo", "E-Paper"],
    "Rechtliches": ["Datenschutz", "AGB", "Cookie-Einstellungen", "Barrierefreiheit"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# Wochenblitz (Pattaya, +07:00; the fetches run from 5am to 6am on Monday 7 December),
# WordPress-like. An unlabelled italic correction in a grey box above the body; notes at the top,
# newest first, each a box whose `<h4>` holds "Update" and a `<time>` that the CSS sets on a line
# of its own, a numeric date and a clock with the zone in words, "07.12.2026 – 03:20 Uhr
# Thai-Zeit" (one on Sunday before local midnight); a bold "Hinweis:" at the end (`clarification`).


def wochenblitz(ctx: Ctx) -> Render:
    url = "https://www.wochenblitz.com/news/pattaya/ueberschwemmungen-in-pattaya-sukhumvit-road-unter-wasser-touristen-sitzen-fest"
    headline = (
        "Überschwemmungen in Pattaya: Sukhumvit Road unter Wasser, Touristen sitzen in Hotels fest"
    )
    published = at(ICT, 6, 19, 10)
    cls = "wbz-text"
    body = [
        "Nach stundenlangem Starkregen stehen weite Teile von Pattaya seit Sonntagabend unter Wasser. Besonders betroffen sind die Sukhumvit Road zwischen Central Road und South Pattaya Road sowie die Thepprasit Road.",
        "Das Wetteramt in Bangkok meldete für die Provinz Chonburi mehr als 150 Millimeter Regen innerhalb von zwölf Stunden, so viel wie seit Jahren nicht mehr im Dezember.",
        "Zahlreiche Urlauber konnten ihre Hotels in Jomtien und an der Beach Road nicht verlassen. Songthaews stellten den Betrieb auf mehreren Strecken ein.",
        "„Das Wasser stand bei uns in der Lobby knöcheltief“, sagte ein Urlauber aus Bayern, der in einem Hotel an der Second Road wohnt.",
        "Die Stadtverwaltung setzte Pumpfahrzeuge ein und bat Autofahrer, die Unterführungen an der Sukhumvit Road zu meiden.",
        "Die Provinzverwaltung von Chonburi richtete in der Schule am Khao Talo eine Notunterkunft für Anwohner ein, deren Häuser überflutet sind.",
        "Der Wetterdienst rechnet erst im Laufe des Montags mit einem Nachlassen der Regenfälle.",
    ]
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "In einer früheren Fassung dieses Artikels hieß es, der Flughafen U-Tapao sei geschlossen worden. Das trifft nicht zu."
        ],
    )
    corr.html = (
        f'<div class="wbz-box wbz-box--grau"><p class="{cls}"><em>{e(corr.paras[0])}</em></p></div>'
    )

    def stamp(dt: datetime) -> str:
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year} – {hm(dt)} Uhr Thai-Zeit"

    def box(title: str, line: str, text: str) -> str:
        return (
            f'<div class="wbz-update"><h4 class="wbz-update__title">{e(title)} '
            f'<time class="wbz-update__stamp">{e(line)}</time></h4><p class="{cls}">{e(text)}</p></div>'
        )

    specs = [
        (
            7,
            3,
            20,
            "Die Polizei von Pattaya hat die Unterführung an der Sukhumvit Road auf Höhe der Central Road komplett gesperrt, nachdem dort ein Auto stecken geblieben war.",
        ),
        (
            6,
            23,
            45,
            "Der Stromversorger PEA hat in Teilen von Naklua und Jomtien vorsorglich den Strom abgeschaltet.",
        ),
    ]
    notes = [
        Block("update", f"Update {stamp(at(ICT, d, h, m))}", at(ICT, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        f"Update {stamp(at(ICT, 7, 5, 53))}",
        at(ICT, 7, 5, 53),
        None,
        [
            "Der Regen hat nachgelassen. Auf der Beach Road ist das Wasser bereits abgeflossen, die Songthaews fahren dort wieder."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        assert b.ts
        b.html = box("Update", stamp(b.ts), b.paras[0])
    hint = Block(
        "clarification",
        "Hinweis",
        None,
        None,
        [
            "Die genannten Regenmengen stammen von der Messstation in Sattahip; für das Stadtgebiet von Pattaya liegen noch keine Werte vor."
        ],
    )
    hint.html = f'<p class="{cls}"><strong>Hinweis:</strong> {e(hint.paras[0])}</p>'
    modified = shown[0].ts or published
    pl = {
        "bake": "Die Plätzchenaktion der deutschsprachigen Gemeinde",
        "booksale": "im Deutschen Club an der Third Road",
        "station": "der PTT-Tankstelle an der Sukhumvit Road",
        "cur": "31,",
        "unit": "Baht je Liter",
        "talking": "den Räumen der Christophorus-Gemeinde",
        "legal": "der Beratungsstelle des Honorarkonsulats",
        "brand": "Wochenblitz",
    }
    tx = Texts(ctx, "de", pl)

    def boxed(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        line = stamp(ctx.ago(lo, hi))
        return post(box(title, line, text), [text], kind, [f"{title} {line}"])

    fuel = boxed("Spritpreise", tx.counter(FUEL, 45), FUEL, 2, 14)
    bake = boxed("Plätzchen für das Altersheim", tx.counter(BAKE, 940), BAKE, 1, 12)
    t = ctx.ago(1, 20)
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead=f"Kurz gemeldet ({hm(t)} Uhr):")
    fact = bp(cls, tx.pool(FACT), FACT, lead="Schon gewusst?")
    bday = bp(cls, tx.pool(BIRTHDAY), BIRTHDAY, lead="Glückwünsche:", tag="em")
    tip = bp(cls, tx.pool(TIP), TIP, lead="Omas Tipp:")
    talking = bp(cls, tx.fixed(TALKING), TALKING)
    legal = bp(cls, tx.fixed(LEGAL), LEGAL)
    read = bpa(cls, "Weiterlesen:", tx.pool(READ), "/news/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Gesponsert –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    nb = len(shown)
    units = [corr.html] + [b.html for b in shown] + [_p(cls, p) for p in body] + [hint.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fuel, list(range(1, 2 + nb)), 0.85),
            (bake, [1, 1 + nb, 4 + nb], 0.8),
            (tick, [0, 2 + nb, 5 + nb], 0.8),
            (fact, [3 + nb, 6 + nb, k], 0.8),
            (bday, [2 + nb, 7 + nb, k], 0.75),
            (tip, [4 + nb, k - 1, k], 0.75),
            (talking, [3 + nb, k], 0.7),
            (legal, [5 + nb, k], 0.7),
            (read, [2 + nb, 3 + nb, 6 + nb], 0.8),
            (promo, [0, 4 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post status-publish category-pattaya">
<header class="entry-header">
<p class="wbz-rubrik"><a href="/news/pattaya/">Pattaya</a></p>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="author">Redaktion</span> <time class="entry-date" datetime="{published.isoformat()}">06.12.2026</time></div>
</header>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/pattaya-flut.jpg" alt="" loading="lazy"><figcaption>Die Sukhumvit Road am Sonntagabend. Foto: Wochenblitz</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="wbz",
        brand="Wochenblitz",
        url=url,
        title=f"{headline} - Wochenblitz",
        sections=["News", "Pattaya", "Bangkok", "Phuket", "Thailand", "Ratgeber"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Wochenblitz. Alle Rechte vorbehalten.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redaktion",
                    publisher=org("Wochenblitz", "https://www.wochenblitz.com"),
                    lang="de",
                    section="Pattaya",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [corr, *shown, hint], genuine, modified)


# ---------------------------------------------------------------------------------------------
# New Yorker Staats-Zeitung (New York, -05:00; the fetches run from 5pm to 6pm on Sunday 6
# December), custom. A bold "Zur Einordnung:" at the top (`editors_note`); an "Aktualisierungen"
# box beside the body (after it in the markup) holding a `<table>`, oldest first, each row a
# written-out stamp with the zone in words, "So., 6. Dez., 14.05 Uhr (Ortszeit New York)", and
# the text in the next cell; a bold "Präzisierung:" at the end of the story (`clarification`).


def staatszeitung(ctx: Ctx) -> Render:
    url = "https://www.staatszeitung.com/lokales/schneesturm-new-york-laguardia-stellt-betrieb-ein-long-island-rail-road"
    headline = "Schneesturm über New York: LaGuardia stellt den Betrieb ein, Long Island Rail Road fährt eingeschränkt"
    published = at(EST, 6, 10, 30)
    cls = "nysz-absatz"
    body = [
        "Ein heftiger Wintersturm hat am Sonntag den Großraum New York lahmgelegt. Bis zum Nachmittag fielen in Queens und auf Long Island mehr als 30 Zentimeter Schnee, begleitet von Sturmböen.",
        "Der Flughafen LaGuardia stellte am Mittag den Flugbetrieb ein; am John F. Kennedy International Airport wurden mehr als 400 Flüge gestrichen.",
        "Die Long Island Rail Road fährt auf den meisten Strecken nur im Stundentakt, die Linie nach Port Washington ist ganz eingestellt.",
        "„So viel Schnee an einem Tag habe ich in vierzig Jahren in Ridgewood nicht erlebt“, sagte der Bäckermeister Helmut Kranz, dessen Familie das Geschäft seit 1952 führt.",
        "Bürgermeisterin und Stadtverwaltung riefen die Bewohner auf, zu Hause zu bleiben und die Straßen für die Räumfahrzeuge freizuhalten.",
        "Die Schulbehörde kündigte an, am Montag auf Fernunterricht umzustellen.",
    ]
    note = Block(
        "editors_note",
        "Zur Einordnung",
        None,
        None,
        [
            "Dieser Bericht stützt sich auf Angaben der Stadtverwaltung und der Verkehrsbetriebe; eigene Reporter waren in Queens und auf Long Island unterwegs."
        ],
    )
    note.html = f'<p class="{cls}"><strong>Zur Einordnung:</strong> {e(note.paras[0])}</p>'

    def stamp(dt: datetime) -> str:
        wd = weekday(dt, "de")[:2]
        return f"{wd}., {dt.day}. {month(dt, 'de')[:3]}., {uhr(dt)} (Ortszeit New York)"

    def row(line: str, text: str) -> str:
        return f'<tr><td class="nysz-verlauf__zeit">{e(line)}</td><td class="nysz-verlauf__text">{e(text)}</td></tr>'

    specs = [
        (
            14,
            5,
            "Der Gouverneur hat für Queens, Brooklyn und Long Island den Notstand ausgerufen.",
        ),
        (
            16,
            20,
            "Die Verkehrsbetriebe melden, dass auch die Expressbusse nach Manhattan bis auf Weiteres nicht fahren.",
        ),
    ]
    rows = [
        Block("update", stamp(at(EST, 6, h, m)), at(EST, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(EST, 6, 17, 52)),
        at(EST, 6, 17, 52),
        None,
        [
            "Am Flughafen LaGuardia soll am Montagmorgen um sechs Uhr die erste Startbahn wieder freigegeben werden, teilt die Hafenbehörde mit."
        ],
    )
    shown = rows + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = row(b.label or "", b.paras[0])
    clar = Block(
        "clarification",
        "Präzisierung",
        None,
        None,
        [
            "Die Bäckerei Kranz liegt an der Myrtle Avenue in Ridgewood, Queens, nicht in Brooklyn, wie es zuerst missverständlich hieß."
        ],
    )
    clar.html = f'<p class="{cls}"><strong>Präzisierung:</strong> {e(clar.paras[0])}</p>'
    modified = shown[-1].ts or published
    pl = {
        "raffle": "Die Weihnachtstombola des Steuben-Vereins",
        "station": "der Tankstelle an der Metropolitan Avenue",
        "cur": "3,",
        "unit": "Dollar je Gallone",
        "bingo": "der Pfarrhalle von St. Matthias in Ridgewood",
        "legal": "dem Deutschen Haus in Manhattan",
        "brand": "der Staats-Zeitung",
    }
    tx = Texts(ctx, "de", pl)

    def rowed(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        line = f"{word}, {stamp(ctx.ago(lo, hi))}"
        return post(row(line, text), [text], kind, [line])

    raffle = rowed("Tombola", tx.counter(RAFFLE, 520), RAFFLE, 1, 12)
    fuel = rowed("Spritpreis", tx.counter(FUEL, 39), FUEL, 2, 14)
    side = weave(
        ctx,
        [b.html for b in shown],
        [
            (raffle, list(range(0, len(shown) + 1)), 0.85),
            (fuel, list(range(0, len(shown) + 1)), 0.8),
        ],
    )
    t = ctx.ago(1, 20)
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead=f"Kurz notiert ({uhr(t)}):")
    youth = bp(cls, tx.pool(YOUTH), YOUTH, lead="Aus den Jugendmannschaften:")
    bday = bp(cls, tx.pool(BIRTHDAY), BIRTHDAY, lead="Wir gratulieren:")
    fact = bp(cls, tx.pool(FACT), FACT, lead="Wussten Sie schon?", tag="em")
    bingo = bp(cls, tx.fixed(BINGO), BINGO)
    legal = bp(cls, tx.fixed(LEGAL), LEGAL)
    read = bpa(cls, "Mehr zum Thema:", tx.pool(READ), "/lokales/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Bezahlte Anzeige:", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [note.html] + [_p(cls, p) for p in body] + [clar.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (tick, [1, 3, 5], 0.8),
            (youth, [2, 4, k], 0.75),
            (bday, [3, 6, k], 0.75),
            (fact, [1, 5, k - 1], 0.8),
            (bingo, [2, 6], 0.7),
            (legal, [4, k], 0.7),
            (read, [2, 3, 4], 0.8),
            (promo, [0, 5, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="nysz-seite">
<main class="nysz-main">
<div class="nysz-raster">
<article class="nysz-artikel">
<p class="nysz-artikel__rubrik"><a href="/lokales/">Lokales</a></p>
<h1 class="nysz-artikel__titel">{e(headline)}</h1>
<p class="nysz-artikel__meta">Von Katrin Weller · 6. Dezember 2026</p>
<figure class="nysz-bild"><img src="/media/2026/12/schneesturm-queens.jpg" alt="" loading="lazy"><figcaption>Räumfahrzeuge auf dem Queens Boulevard am Sonntag. Foto: NYSZ</figcaption></figure>
<div class="nysz-artikel__text">
{story}
</div>
</article>
<aside class="nysz-verlauf">
<h3 class="nysz-verlauf__titel">Aktualisierungen</h3>
<table class="nysz-verlauf__tabelle"><tbody>
{side}
</tbody></table>
</aside>
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="nysz",
        brand="New Yorker Staats-Zeitung",
        url=url,
        title=f"{headline} | New Yorker Staats-Zeitung",
        sections=["Lokales", "USA", "Deutschland", "Kultur", "Vereine", "Meinung"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 New Yorker Staats-Zeitung",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Katrin Weller",
                    publisher=org("New Yorker Staats-Zeitung", "https://www.staatszeitung.com"),
                    lang="de",
                    section="Lokales",
                )
            )
        ],
        main=main,
        body_cls="nysz artikel",
    )
    return Render(html, body, [note, *shown, clar], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Walliser Bote (Visp, +01:00; the fetches run from 11pm to midnight on Sunday 6 December),
# custom, live, newest first: `<article>` entries whose clock closes a meta line after the
# reporter's name, "Sarah Imboden · 22.40", then an `<h3>` (two without); the JSON-LD
# `LiveBlogPosting` stamps its updates in local time without an offset.


def walliserbote(ctx: Ctx) -> Render:
    url = "https://www.pomona.ch/artikel/liveticker-schneechaos-oberwallis-simplonpass-gesperrt-zermatt-abgeschnitten"
    headline = "Liveticker: Schneechaos im Oberwallis – Simplonpass gesperrt, Zermatt abgeschnitten"
    published = at(CET, 6, 17, 30)
    body = [
        "Intensive Schneefälle haben am Sonntag das Oberwallis lahmgelegt. Der Simplonpass ist gesperrt, die Matterhorn-Gotthard-Bahn hat den Betrieb zwischen Täsch und Zermatt eingestellt.",
        "Im Liveticker halten wir Sie über die Lage auf den Strassen, bei der Bahn und in den Tourismusorten auf dem Laufenden.",
    ]
    specs = [
        (
            22,
            40,
            "Lawinengefahr auf Stufe 4",
            [
                "Das WSL-Institut für Schnee- und Lawinenforschung hat die Gefahrenstufe für das Saastal und das Mattertal auf 4, gross, erhöht."
            ],
            "Sarah Imboden",
        ),
        (
            22,
            5,
            None,
            ["Die Gemeinde Saas-Fee bittet Gäste, die Hotels bis auf Weiteres nicht zu verlassen."],
            "Sarah Imboden",
        ),
        (
            21,
            30,
            "Kantonsstrasse nach Saas-Fee zu",
            [
                "Die Kantonsstrasse zwischen Saas-Balen und Saas-Fee ist wegen Lawinengefahr gesperrt worden.",
                "Eine Öffnung ist frühestens am Montagmittag vorgesehen, teilt die Dienststelle für Mobilität mit.",
            ],
            "Lukas Zenhäusern",
        ),
        (
            20,
            50,
            "Zermatt nur per Helikopter erreichbar",
            [
                "Mit der Einstellung der Bahn zwischen Täsch und Zermatt ist der Ferienort nur noch per Helikopter erreichbar."
            ],
            "Lukas Zenhäusern",
        ),
        (
            20,
            10,
            None,
            ["Der Autoverlad am Lötschberg fährt mit Verspätungen von bis zu einer Stunde."],
            "Sarah Imboden",
        ),
        (
            19,
            25,
            "Simplonpass gesperrt",
            [
                "Die Passstrasse über den Simplon ist zwischen Ried-Brig und Gondo für den gesamten Verkehr gesperrt."
            ],
            "Lukas Zenhäusern",
        ),
        (
            18,
            40,
            "Bis zu 60 Zentimeter Neuschnee",
            [
                "Meteo Schweiz meldet für das Simplongebiet seit dem Morgen bis zu 60 Zentimeter Neuschnee."
            ],
            "Sarah Imboden",
        ),
    ]
    entries = [
        Block("live_entry", dot(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps, _ in specs
    ]
    authors = {id(b): s[4] for b, s in zip(entries, specs, strict=True)}
    genuine = Block(
        "live_entry",
        dot(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        "Bahn nach Zermatt fährt wieder",
        [
            "Die Matterhorn-Gotthard-Bahn nimmt den Betrieb zwischen Täsch und Zermatt mit einem Notfahrplan im Halbstundentakt wieder auf."
        ],
    )
    authors[id(genuine)] = "Lukas Zenhäusern"
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def item(who: str, clock: str, head: str | None, paras: list[str]) -> str:
        hd = f'<h3 class="wbo-ticker__titel">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<article class="wbo-ticker__item"><p class="wbo-ticker__meta">{e(who)} · {e(clock)}</p>'
            f'{hd}<div class="wbo-ticker__text">{text}</div></article>'
        )

    for b in shown:
        b.html = item(authors[id(b)], b.label or "", b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "booksale": "in der Mediathek Brig",
        "station": "der Tankstelle an der Kantonsstrasse in Visp",
        "cur": "1,",
        "unit": "Franken je Liter",
        "talking": "der Mediathek Wallis in Brig",
        "bingo": "Naters im Pfarreisaal",
        "brand": "Walliser Bote",
    }
    tx = Texts(ctx, "de", pl)

    def fake(title: str | None, text: str, kind: str, who: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        meta = f"{who} · {dot(t)}"
        html = item(who, dot(t), title, [text])
        lines = ([title] if title else []) + [text]
        return post(html, lines, kind, [meta])

    fuel = fake("Benzinpreis im Oberwallis", tx.counter(FUEL, 86), FUEL, "Redaktion")
    books = fake(None, tx.counter(BOOKSALE, 240), BOOKSALE, "Redaktion")
    tick = fake("Was sonst noch läuft", tx.pool(TICKER), TICKER, "Newsdesk")
    promo = fake("Gesponserter Beitrag", tx.pool(PROMO), PROMO, "Partner")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (fuel, list(range(0, n + 1)), 0.85),
            (books, list(range(1, n + 1)), 0.8),
            (tick, [0, 2, 4, 6, n], 0.8),
            (promo, [1, 3, 5, n], 0.7),
        ],
    )
    icls = "wbo-lead"
    fact = bp(icls, tx.pool(FACT), FACT, lead="Gewusst?")
    tip = bp(icls, tx.pool(TIP), TIP, lead="Grossmutters Tipp:")
    bday = bp(icls, tx.pool(BIRTHDAY), BIRTHDAY, lead="Herzlichen Glückwunsch:", tag="em")
    talking = bp(icls, tx.fixed(TALKING), TALKING)
    bingo = bp(icls, tx.fixed(BINGO), BINGO)
    read = bpa(icls, "Auch interessant:", tx.pool(READ), "/artikel/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (fact, [0, 1, 2], 0.8),
            (tip, [1, 2], 0.75),
            (bday, [0, 2], 0.75),
            (talking, [0, 2], 0.7),
            (bingo, [1, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    main = f"""<div class="wbo-page">
<main class="wbo-main">
<article class="wbo-artikel wbo-artikel--ticker">
<header class="wbo-artikel__kopf">
<p class="wbo-artikel__dachzeile">Liveticker</p>
<h1 class="wbo-artikel__titel">{e(headline)}</h1>
<p class="wbo-artikel__datum">6. Dezember 2026, aktualisiert um {e(dot(modified))} Uhr</p>
</header>
<div class="wbo-intro">
{intro}
</div>
{ad_slot("wbo-ad", "Anzeige", "wbo-rectangle-1")}
<div class="wbo-ticker">
{feed}
</div>
</article>
</main>
</div>"""
    live = ld(
        {
            "@type": "LiveBlogPosting",
            "headline": headline,
            "url": url,
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "coverageStartTime": published.isoformat(),
            "publisher": org("Walliser Bote", "https://www.pomona.ch"),
            "liveBlogUpdate": [
                {
                    "@type": "BlogPosting",
                    "headline": b.head or " ".join(b.paras[0].split()[:8]),
                    "datePublished": b.ts.strftime("%Y-%m-%dT%H:%M:%S") if b.ts else None,
                    "articleBody": " ".join(b.paras),
                }
                for b in shown
            ],
        }
    )
    html = page(
        ctx,
        lang="de-CH",
        prefix="wbo",
        brand="Walliser Bote",
        url=url,
        title=f"{headline} | Walliser Bote",
        sections=["Oberwallis", "Wallis", "Schweiz", "Sport", "Kultur", "Meinung"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Pomona Media AG",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redaktion Walliser Bote",
                    publisher=org("Walliser Bote", "https://www.pomona.ch"),
                    lang="de",
                    section="Oberwallis",
                )
            ),
            live,
        ],
        main=main,
        body_cls="wbo ticker",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "wochenblitz-ueberschwemmungen-pattaya-sukhumvit-road-unter-wasser-touristen-sitzen-fest",
        "Wochenblitz (TH)",
        "de",
        "updates",
        ICT,
        wochenblitz,
    ),
    Site(
        "staatszeitung-schneesturm-new-york-laguardia-stellt-betrieb-ein-long-island-rail-road",
        "New Yorker Staats-Zeitung (US)",
        "de",
        "updates",
        EST,
        staatszeitung,
    ),
    Site(
        "walliserbote-liveticker-schneechaos-oberwallis-simplonpass-gesperrt-zermatt-abgeschnitten",
        "Walliser Bote (CH)",
        "de",
        "live",
        CET,
        walliserbote,
    ),
]
