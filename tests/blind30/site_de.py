"""German-language publishers: Cóndor (Santiago, CL), rbb24 (Berlin, DE), oe24 (Vienna, AT)."""

from __future__ import annotations

from datetime import date, datetime

from fx import (
    CALLS,
    FLIGHTS,
    FORECAST,
    LEAGUE,
    MARKET,
    NEWS,
    OIL,
    PROMO,
    READ,
    ROADS,
    TICKER,
    TRAINS,
    TRIAL,
    DateBlock,
    Texts,
    bp,
    bpa,
    ld,
    live_posting_ld,
    oil,
    page,
    post,
    uhr,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CLT = -3
CET = 1

_SUBS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Panorama", "Wetter", "Meinung", "Reise"]
_FOOT = {
    "Service": ["Impressum", "Kontakt", "Abo-Service", "Mediadaten", "Newsletter"],
    "Rechtliches": ["Datenschutz", "AGB", "Cookie-Einstellungen", "Barrierefreiheit"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# Cóndor (Santiago, -03:00; the fetches run from 19.00 to 20.00 on Sunday 6 December),
# WordPress-like. A bold "Transparenzhinweis:" at the top (`editors_note`); two notes **after the
# story**, newest first, each a body-class paragraph with a bold lead that writes out the
# weekday, the date, the clock and the zone in words, "Sonntag, 6. Dezember, 18.20 Uhr
# chilenischer Zeit –"; an italic "Korrigiert am 6. Dezember 2026:" at the very end (`correction`,
# date only).


def condor(ctx: Ctx) -> Render:
    url = "https://condor.cl/2026/12/06/waldbrand-bei-vina-del-mar-ruta-68-gesperrt/"
    headline = "Waldbrand bei Viña del Mar: Ruta 68 gesperrt, Hunderte Familien evakuiert"
    published = at(CLT, 6, 14, 10)
    cls = "entry-text"
    body = [
        "Ein Waldbrand in den Hügeln oberhalb von Viña del Mar hat sich am Sonntagnachmittag rasch ausgebreitet und die Behörden zur Evakuierung mehrerer Siedlungen gezwungen.",
        "Nach Angaben der Forstbehörde Conaf waren bis zum Abend mehr als 1.100 Hektar Wald und Buschland verbrannt.",
        "Die Ruta 68 zwischen Santiago und Valparaíso wurde bei Casablanca in beide Richtungen gesperrt, weil Rauch die Sicht auf wenige Meter verringerte.",
        "Starker Südwestwind und Temperaturen um 33 Grad trieben die Flammen immer wieder in Richtung der Wohngebiete.",
        "„Wir haben nur die Papiere und den Hund mitgenommen“, sagte eine Bewohnerin aus dem Viertel Forestal, die mit ihrer Familie in einer Schule untergekommen ist.",
        "Die Regionalregierung rief für die Gemeinden Viña del Mar und Quilpué die höchste Alarmstufe aus.",
        "Mehrere deutsche Schulen der Region sagten ihre Weihnachtsveranstaltungen für Montag vorsorglich ab.",
    ]
    note = Block(
        "editors_note",
        "Transparenzhinweis",
        None,
        None,
        [
            "Die Autorin dieses Beitrags wohnt in Viña del Mar; ihre eigene Straße gehört zum Evakuierungsgebiet."
        ],
    )
    note.html = f'<p class="{cls}"><strong>Transparenzhinweis:</strong> {e(note.paras[0])}</p>'

    def stamp(dt: datetime) -> str:
        return f"Sonntag, {dt.day}. Dezember, {uhr(dt)} chilenischer Zeit"

    specs = [
        (
            18,
            20,
            "Nach Angaben des Katastrophenschutzes Senapred mussten inzwischen rund 800 Familien ihre Häuser verlassen.",
        ),
        (
            16,
            45,
            "Die Feuerwehr setzt zwei Löschflugzeuge aus Argentinien ein, die am Nachmittag in Concón gelandet sind.",
        ),
    ]
    notes = [
        Block("update", stamp(at(CLT, 6, h, m)), at(CLT, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(CLT, 6, 19, 53)),
        at(CLT, 6, 19, 53),
        None,
        [
            "Die Regierung hat für Viña del Mar und Quilpué eine nächtliche Ausgangssperre ab 22 Uhr verhängt, um Plünderungen zu verhindern."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def lead(dt: datetime, text: str) -> str:
        return f'<p class="{cls}"><strong>{e(stamp(dt))} –</strong> {text}</p>'

    for b in shown:
        assert b.ts
        b.html = lead(b.ts, e(b.paras[0]))
    corr = DateBlock(
        "correction",
        "Korrigiert am 6. Dezember 2026",
        None,
        None,
        [
            "In einer ersten Fassung hieß es, die Ruta 68 sei bei Curacaví gesperrt; die Sperre liegt bei Casablanca."
        ],
        day=date(2026, 12, 6),
    )
    corr.html = f'<p class="{cls}"><em>Korrigiert am 6. Dezember 2026:</em> {e(corr.paras[0])}</p>'
    modified = shown[0].ts or published
    pl = {
        "airport": "Der Flughafen Santiago",
        "fire": "Die Feuerwehr von Valparaíso",
        "district": "Provinz Marga Marga",
        "brand": "Cóndor",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return W(lead(t, e(text)), [text], kind)

    roads = fake(tx.counter(ROADS, 12), ROADS, 1, 9)
    calls = fake(tx.counter(CALLS, 310), CALLS, 2, 12)
    flights = fake(tx.counter(FLIGHTS, 17), FLIGHTS, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (roads, list(range(0, n + 1)), 0.85),
            (calls, list(range(0, n + 1)), 0.8),
            (flights, [0, n], 0.8),
        ],
    )
    brent = bp(cls, oil(tx, ","), OIL, lead=f"Rohöl ({uhr(ctx.ago(2, 9))}):")
    fore = bp(cls, tx.pool(FORECAST), FORECAST, lead="Wetter:")
    league = bp(cls, tx.pool(LEAGUE), LEAGUE, lead="Fußball:")
    read = bpa(cls, "Lesen Sie auch:", tx.pool(READ), "/chile/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Anzeige –", tag="em")
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead="Kurz gemeldet:")
    trial = bp(cls, tx.fixed(TRIAL), TRIAL)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [note.html, *(_p(cls, p) for p in body), notes_html, corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (brent, [2, 5, 7], 0.8),
            (fore, [3, 6, k], 0.8),
            (league, [4, 7, k], 0.75),
            (read, [2, 4, 6], 0.8),
            (promo, [1, 5, k], 0.7),
            (tick, [3, 6, 8], 0.8),
            (trial, [5, k], 0.75),
            (news, [4, k], 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard category-chile">
<header class="entry-header">
<span class="cat-links"><a href="/category/chile/" rel="category tag">Chile</a></span>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="byline">Von <a href="/author/ines-koch/">Inés Koch</a></span> <span class="posted-on"><time class="entry-date published" datetime="{published.isoformat()}">6. Dezember 2026</time></span></div>
</header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/12/incendio-vina.jpg" alt="" loading="lazy"><figcaption class="wp-caption-text">Rauch über Viña del Mar am Sonntagnachmittag. Foto: Senapred</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
</main>
<aside id="secondary" class="widget-area">{ad_slot("cd-ad", "Anzeige", "cd-side-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="cd",
        brand="Cóndor",
        url=url,
        title=f"{headline} – Cóndor",
        sections=["Chile", "Deutschland", "Welt", "Kultur", "Schulen", "Sport", "Leserbriefe"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Cóndor – Deutsch-chilenische Wochenzeitung, Santiago de Chile",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Inés Koch",
                    publisher=org("Cóndor", "https://condor.cl"),
                    lang="de",
                    section="Chile",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [note, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# rbb24 (Berlin, +01:00), custom. A "Zuletzt aktualisiert" list above the body, newest first,
# each `<li>` a `<time>` with a **numeric date, a pipe and the clock**, "06.12.2026 | 22:35",
# then " – " and the text; a "Klarstellung der Redaktion" box **beside the body** (in the
# sidebar), `<h4>` label (`clarification`); an unlabelled italic "Dieser Beitrag wurde um 22:40
# Uhr um Angaben … ergänzt." at the end (`update`, no label, with a clock in the sentence); a
# static "Sendung:" line after the story.


def rbb24(ctx: Ctx) -> Render:
    url = "https://www.rbb24.de/panorama/beitrag/2026/12/eisregen-brandenburg-a10-michendorf-gesperrt-unfaelle.html"
    headline = "Eisregen legt Verkehr in Brandenburg lahm – A10 bei Michendorf gesperrt"
    published = at(CET, 6, 17, 30)
    cls = "textblock"
    body = [
        "Gefrierender Regen hat am Sonntagabend in weiten Teilen Brandenburgs für spiegelglatte Straßen gesorgt und zahlreiche Unfälle verursacht.",
        "Auf dem südlichen Berliner Ring wurde die A10 zwischen dem Dreieck Nuthetal und Michendorf in Richtung Westen gesperrt, nachdem mehrere Lastwagen ins Rutschen geraten waren.",
        "Die Polizei Brandenburg zählte bis zum späten Abend mehr als 140 Glätteunfälle, die meisten davon glimpflich.",
        "Ein Sprecher der Autobahn GmbH sagte, die Streufahrzeuge kämen wegen der querstehenden Lastwagen nicht an die Gefahrenstellen heran.",
        "Der Deutsche Wetterdienst warnt bis Montagmittag vor Glatteis im Süden und Osten des Landes.",
        "Mehrere Landkreise kündigten an, den Schulbusverkehr am Montag erst nach Tagesanbruch aufzunehmen.",
    ]

    def stamp(dt: datetime) -> str:
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year} | {dt.hour:02d}:{dt.minute:02d}"

    specs = [
        (
            22,
            35,
            "Die Polizei hat die A10 in Richtung Westen wieder einspurig freigegeben; der Stau reicht bis zum Dreieck Potsdam.",
        ),
        (
            21,
            5,
            "Auf der B1 bei Brandenburg an der Havel ist ein Bus mit 19 Fahrgästen von der Fahrbahn gerutscht, verletzt wurde niemand.",
        ),
    ]
    notes = [
        Block("update", stamp(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        None,
        [
            "Die A10 ist zwischen Nuthetal und Michendorf wieder in beide Richtungen frei, die Autobahnmeisterei streut weiter."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def li(dt: datetime, text: str) -> str:
        return f'<li class="update-list__item"><time datetime="{dt.isoformat()}">{e(stamp(dt))}</time> – {text}</li>'

    for b in shown:
        assert b.ts
        b.html = li(b.ts, e(b.paras[0]))
    clar = Block(
        "clarification",
        "Klarstellung der Redaktion",
        None,
        None,
        [
            "In einer früheren Meldung war von einer Vollsperrung der A10 die Rede; gesperrt war nur die Fahrtrichtung Westen."
        ],
    )
    clar.html = (
        '<aside class="infobox infobox--note"><h4 class="infobox__title">Klarstellung der Redaktion</h4>'
        f'<p class="infobox__text">{e(clar.paras[0])}</p></aside>'
    )
    added = Block(
        "update",
        None,
        at(CET, 6, 22, 40),
        None,
        [
            "Dieser Beitrag wurde um 22:40 Uhr um Angaben der Autobahn GmbH zur Sperrung bei Michendorf ergänzt."
        ],
    )
    added.html = f'<p class="{cls}"><em>{e(added.paras[0])}</em></p>'
    modified = shown[0].ts or published
    pl = {
        "rail": "Die S-Bahn Berlin",
        "fire": "Die Berliner Feuerwehr",
        "district": "Landkreis Oder-Spree",
        "square": "Gendarmenmarkt",
        "brand": "rbb24",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return W(li(t, e(text)), [text], kind)

    trains = fake(tx.counter(TRAINS, 64), TRAINS, 1, 9)
    calls = fake(tx.counter(CALLS, 420), CALLS, 2, 12)
    roads = fake(tx.counter(ROADS, 23), ROADS, 3, 15)
    n = len(shown)
    listing = weave(
        ctx,
        [b.html for b in shown],
        [
            (trains, list(range(0, n + 1)), 0.85),
            (calls, list(range(0, n + 1)), 0.8),
            (roads, [0, n], 0.8),
        ],
    )
    market = bp(cls, tx.fixed(MARKET), MARKET)
    fore = bp(cls, tx.pool(FORECAST), FORECAST, lead="Das Wetter morgen:")
    league = bp(cls, tx.pool(LEAGUE), LEAGUE, lead="Sport am Abend:")
    read = bpa(cls, "Auch interessant:", tx.pool(READ), "/panorama/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Werbung:", tag="em")
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead="Weitere Nachrichten:")
    trial = bp(cls, tx.fixed(TRIAL), TRIAL)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [*(_p(cls, p) for p in body), added.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (market, [2, 4, k], 0.75),
            (fore, [1, 3, k], 0.8),
            (league, [2, 5, k], 0.75),
            (read, [1, 4, 5], 0.8),
            (promo, [3, k], 0.7),
            (tick, [1, 2, 5], 0.8),
            (trial, [4, k], 0.75),
            (news, [3, k], 0.75),
        ],
    )
    box = f'<section class="update-list"><h2 class="update-list__title">Zuletzt aktualisiert</h2><ul>\n{listing}\n</ul></section>'
    main = f"""<main class="layoutmain">
<div class="layoutwrapper">
<article class="layoutarticle">
<header class="articleheader">
<p class="topline">Glätte in Brandenburg</p>
<h1 class="titletext">{e(headline)}</h1>
<p class="shorttext">Eisregen hat am Sonntagabend viele Straßen in Brandenburg in Rutschbahnen verwandelt. Auf dem Berliner Ring geht in Richtung Westen kaum noch etwas.</p>
<p class="dateline">So 06.12.26 | 17:30 Uhr</p>
</header>
{box}
<div class="articlebody">
{story}
<p class="broadcast">Sendung: rbb24 Inforadio, 06.12.2026, 22:00 Uhr</p>
</div>
</article>
<aside class="layoutsidebar">
{clar.html}
{ad_slot("rbb-ad", "Anzeige", "rbb-side-1")}
</aside>
</div>
</main>"""
    html = page(
        ctx,
        lang="de",
        prefix="rbb",
        brand="rbb24",
        url=url,
        title=f"{headline} | rbb24",
        sections=["Politik", "Panorama", "Wirtschaft", "Kultur", "Sport", "Wetter", "Verkehr"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© Rundfunk Berlin-Brandenburg",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="rbb|24",
                    publisher=org("rbb24", "https://www.rbb24.de"),
                    lang="de",
                    section="Panorama",
                )
            )
        ],
        main=main,
        body_cls="rbb article",
    )
    return Render(html, body, [*shown, added, clar], genuine, modified)


# ---------------------------------------------------------------------------------------------
# oe24 (Vienna, +01:00), custom, live, newest first; each entry a `<div class="liveticker-entry">`
# whose `<h3>` wraps the clock and the headline in **plus signs**, "+++ 22.50 Uhr: A1 bei
# Melk gesperrt +++" (two with the clock alone, "+++ 22.05 Uhr +++"), then the text; a standalone
# `LiveBlogPosting` whose updates run **oldest first** while the page runs newest first.


def oe24(ctx: Ctx) -> Render:
    url = "https://www.oe24.at/oesterreich/chronik/schneechaos-live-a1-gesperrt-flughafen-schwechat/612345678"
    headline = "Schnee-Chaos LIVE: A1 gesperrt, Flughafen Wien stellt Betrieb ein"
    published = at(CET, 6, 17, 50)
    body = [
        "Heftiger Schneefall hat am Sonntagabend weite Teile Niederösterreichs und Wiens lahmgelegt, auf der Westautobahn stehen Hunderte Fahrzeuge.",
        "oe24 berichtet live über Sperren, Ausfälle und die Lage an den Flughäfen.",
    ]

    def clock(dt: datetime) -> str:
        return uhr(dt)

    specs = [
        (
            22,
            50,
            "A1 bei Melk gesperrt",
            [
                "Die Asfinag hat die Westautobahn zwischen Melk und Pöchlarn in beide Richtungen gesperrt, nachdem sich mehrere Lkw quergestellt haben."
            ],
        ),
        (
            22,
            5,
            None,
            [
                "Die Wiener Linien stellen die Straßenbahnlinien 43 und 44 wegen umgestürzter Bäume bis auf Weiteres ein."
            ],
        ),
        (
            21,
            10,
            "Flughafen Wien stellt Betrieb ein",
            [
                "Am Flughafen Wien-Schwechat werden bis mindestens Mitternacht keine Starts und Landungen mehr abgewickelt."
            ],
        ),
        (
            20,
            5,
            "Zivilschutzalarm im Waldviertel",
            [
                "Die Bezirkshauptmannschaft Zwettl hat Zivilschutzwarnung ausgelöst und bittet die Bevölkerung, zu Hause zu bleiben.",
                "In Gmünd und Zwettl sind mehrere Ortschaften nicht mehr erreichbar.",
            ],
        ),
        (
            19,
            15,
            None,
            [
                "Die ÖBB stellen den Verkehr auf der Westbahn zwischen St. Pölten und Amstetten ein, Fahrgäste sollen nicht reisen."
            ],
        ),
        (
            18,
            30,
            "Bis zu 40 Zentimeter Neuschnee",
            [
                "Geosphere Austria erwartet bis Montagfrüh verbreitet 30 bis 40 Zentimeter Neuschnee im Flachland."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(CET, 6, 23, 54)),
        at(CET, 6, 23, 54),
        "Notquartiere in Amstetten geöffnet",
        [
            "Das Rote Kreuz hat in der Amstettner Johann-Pölz-Halle Notquartiere für gestrandete Autofahrer eingerichtet."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(dt: datetime, head: str | None, paras: list[str]) -> str:
        title = f"+++ {clock(dt)}: {head} +++" if head else f"+++ {clock(dt)} +++"
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return f'<div class="liveticker-entry"><h3 class="liveticker-entry__title">{e(title)}</h3>{text}</div>'

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "airport": "Der Flughafen Graz",
        "fire": "Die Berufsfeuerwehr Wien",
        "district": "Bezirk Liezen",
        "square": "Rathausplatz",
        "brand": "oe24",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, title, [text]), [title, text], kind)

    flights = fake("Auch Graz betroffen", tx.counter(FLIGHTS, 12), FLIGHTS)
    roads = fake("Steiermark: Straßen dicht", tx.counter(ROADS, 17), ROADS)
    calls = fake("Feuerwehr im Dauereinsatz", tx.counter(CALLS, 380), CALLS)
    tick = fake("Was sonst noch passiert", tx.pool(TICKER) + ".", TICKER)
    promo = fake("Werbung unseres Partners", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (flights, list(range(0, n + 1)), 0.8),
            (roads, [1, 3, 5, n], 0.85),
            (calls, [0, 2, 4], 0.8),
            (tick, [2, 4, n], 0.8),
            (promo, [1, 3, n], 0.7),
        ],
    )
    icls = "article-lead"
    market = bp(icls, tx.fixed(MARKET), MARKET)
    fore = bp(icls, tx.pool(FORECAST), FORECAST, lead="Wetter-Ausblick:")
    league = bp(icls, tx.pool(LEAGUE), LEAGUE, lead="Sport:")
    read = bpa(icls, "Das könnte Sie auch interessieren:", tx.pool(READ), "/oesterreich/", READ)
    trial = bp(icls, tx.fixed(TRIAL), TRIAL)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (market, [1, 2], 0.75),
            (fore, [0, 1, 2], 0.8),
            (league, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (trial, [2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    posting = live_posting_ld(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        publisher=org("oe24", "https://www.oe24.at"),
        entries=list(reversed(shown)),
        lang="de",
    )
    main = f"""<div class="oe-page">
<article class="oe-article">
<div class="oe-article__kicker">Live-Ticker</div>
<h1 class="oe-article__title">{e(headline)}</h1>
<div class="oe-article__meta">06.12.2026 17:50</div>
<div class="oe-article__lead">
{intro}
</div>
{ad_slot("oe-ad", "Werbung", "oe-content-1")}
<div class="liveticker">
{feed}
</div>
</article>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="oe",
        brand="oe24",
        url=url,
        title=f"{headline} | oe24.at",
        sections=["Österreich", "Welt", "Sport", "Leute", "Business", "Gesund", "TV"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© oe24 GmbH",
        jsonld=[ld(posting)],
        main=main,
        body_cls="oe24 liveticker-page",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "condor-waldbrand-bei-vina-del-mar-ruta-68-gesperrt-familien-evakuiert",
        "Cóndor (CL)",
        "de",
        "updates",
        CLT,
        condor,
    ),
    Site(
        "rbb24-eisregen-legt-verkehr-in-brandenburg-lahm-a10-bei-michendorf-gesperrt",
        "rbb24 (DE)",
        "de",
        "updates",
        CET,
        rbb24,
    ),
    Site(
        "oe24-schnee-chaos-live-a1-gesperrt-flughafen-wien-stellt-betrieb-ein",
        "oe24 (AT)",
        "de",
        "live",
        CET,
        oe24,
    ),
]
