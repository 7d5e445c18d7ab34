"""German-language publishers: ADZ, the Allgemeine Deutsche Zeitung für Rumänien (Bucharest),
the Argentinisches Tageblatt (Buenos Aires) and Der Nordschleswiger (Apenrade/Aabenraa,
Denmark)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BOOKS,
    BOTTLES,
    BREAD,
    COFFEE,
    DIGITAL,
    DOG,
    GARDEN,
    NEWS,
    PROMO,
    READ,
    RIDDLE,
    SEEDS,
    TAXI,
    TICKER,
    TWISTER,
    Texts,
    bp,
    bpa,
    graph,
    ld,
    month,
    page,
    post,
    uhr,
    weekday,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

EET = 2
ART = -3
CET = 1

_SUBS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Region", "Meinung", "Service", "Leserbriefe"]
_FOOT = {
    "Verlag": ["Impressum", "Kontakt", "Mediadaten", "Abo", "E-Paper"],
    "Rechtliches": ["Datenschutz", "AGB", "Cookie-Einstellungen", "Barrierefreiheit"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# ADZ (Bucharest, +02:00; the fetches run from midnight to 1am on Monday 7 December), custom. A
# bold "Redaktioneller Hinweis:" at the top (`editors_note`); a "Chronologie" box beside the body
# (after it in the markup), a `<dl>` oldest first, each `<dt>` a written-out date and clock with
# no year and no update word, "Sonntag, 6. Dezember, 21.40 Uhr", + a `<dd>`; the genuine item
# falls after local midnight; a bold "Korrigendum:" at the end of the story (`correction`).


def adz(ctx: Ctx) -> Render:
    url = "https://adz.ro/inland/artikel-inland/artikel/schneesturm-im-prahova-tal-dn1-bei-sinaia-gesperrt"
    headline = "Schneesturm im Prahova-Tal: DN1 bei Sinaia gesperrt, Züge nach Kronstadt fallen aus"
    published = at(EET, 6, 17, 30)
    cls = "adz-text"
    body = [
        "Ein heftiger Schneesturm hat am Sonntagabend den Verkehr im Prahova-Tal lahmgelegt. Die Nationalstraße DN1 ist zwischen Comarnic und Sinaia in beiden Richtungen gesperrt.",
        "Nach Angaben der Verkehrspolizei Prahova stecken Hunderte Autos zwischen Bușteni und Azuga fest, weil umgestürzte Fichten die Fahrbahn blockieren.",
        "Die Rumänische Eisenbahngesellschaft CFR Călători hat alle Züge zwischen Bukarest und Kronstadt über Ploiești ab 19 Uhr gestrichen; ein InterRegio-Zug steht seit dem Nachmittag im Bahnhof Câmpina.",
        "„Wir haben seit vier Stunden keinen Räumdienst gesehen“, sagte ein Lastwagenfahrer aus Hermannstadt, der bei Posada festsitzt.",
        "Der Katastrophenschutz ISU Prahova hat in Sinaia und Bușteni Wärmestuben in zwei Schulen eingerichtet und verteilt Tee und Decken an die Wartenden.",
        "Der Nationale Wetterdienst ANM hat für die Kreise Prahova, Kronstadt und Dâmbovița die Warnstufe Orange bis Montagmittag verlängert.",
        "Wer nach Siebenbürgen fahren muss, soll nach Angaben der Polizei die Strecke über Pitești und den Olt-Engpass nehmen.",
    ]
    note = Block(
        "editors_note",
        "Redaktioneller Hinweis",
        None,
        None,
        [
            "Unsere Korrespondentin ist selbst im Prahova-Tal unterwegs und berichtet von dort, solange die Mobilfunkverbindung es zulässt."
        ],
    )
    note.html = f'<p class="{cls}"><strong>Redaktioneller Hinweis:</strong> {e(note.paras[0])}</p>'
    corr = Block(
        "correction",
        "Korrigendum",
        None,
        None,
        [
            "In einer früheren Fassung hieß es, der Zug stehe in Sinaia. Richtig ist der Bahnhof Câmpina."
        ],
    )
    corr.html = f'<p class="{cls}"><strong>Korrigendum:</strong> {e(corr.paras[0])}</p>'

    def stamp(dt: datetime) -> str:
        return f"{weekday(dt, 'de')}, {dt.day}. {month(dt, 'de')}, {uhr(dt)}"

    specs = [
        (
            6,
            21,
            40,
            "Die Polizei lässt keine Fahrzeuge mehr von Ploiești in Richtung Comarnic fahren; Lastwagen werden auf dem Parkplatz bei Bănești gesammelt.",
        ),
        (
            6,
            23,
            15,
            "Räumfahrzeuge aus Kronstadt haben den Abschnitt zwischen Predeal und Azuga erreicht. Der Strom ist in Teilen von Bușteni ausgefallen.",
        ),
    ]
    items = [
        Block("update", stamp(at(EET, d, h, m)), at(EET, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(EET, 7, 0, 52)),
        at(EET, 7, 0, 52),
        None,
        [
            "Zwischen Sinaia und Bușteni rollt der Verkehr wieder einspurig, meldet die Verkehrspolizei. Zwischen Comarnic und Sinaia bleibt die DN1 gesperrt."
        ],
    )
    shown = items + ([genuine] if ctx.n == 6 else [])

    def pair(dt_text: str, text: str) -> str:
        return f'<dt class="adz-chrono__time">{e(dt_text)}</dt><dd class="adz-chrono__text">{e(text)}</dd>'

    for b in shown:
        b.html = pair(b.label or "", b.paras[0])
    modified = shown[-1].ts or published
    pl = {
        "garden": "Der Gemeinschaftsgarten der evangelischen Kirche in Kronstadt",
        "bottle": "am Piața Amzei",
        "library": "Die Stadtbibliothek Sinaia",
        "bakery": "Die Sozialbäckerei der Caritas in Ploiești",
        "rank": "Taxistand am Nordbahnhof",
        "digital": "der Bibliothek des Demokratischen Forums",
        "seeds": "Hermannstadt",
        "coffee": "der Begegnungsstätte des Forums in der Strada Batiștei",
        "brand": "ADZ",
    }
    tx = Texts(ctx, "de", pl, ".")

    def chrono(text: str, kind: str, lo: int, hi: int) -> W:
        mark = stamp(ctx.ago(lo, hi))
        return post(pair(mark, text), [text], kind, [mark])

    books = chrono(tx.counter(BOOKS, 58), BOOKS, 1, 12)
    bottles = chrono(tx.counter(BOTTLES, 1210), BOTTLES, 2, 15)
    tickc = chrono(f"Aus dem Land: {tx.pool(TICKER)}.", TICKER, 1, 18)
    t = ctx.ago(1, 10)
    taxi = bp(cls, tx.counter(TAXI, 11), TAXI, lead=f"Taxi-Ticker ({uhr(t)}):")
    twister = bp(cls, tx.pool(TWISTER), TWISTER, lead="Zungenbrecher:")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Hund des Tages:")
    coffee = bp(cls, tx.fixed(COFFEE), COFFEE)
    seeds = bp(cls, tx.fixed(SEEDS), SEEDS)
    read = bpa(cls, "Lesen Sie auch:", tx.pool(READ), "/inland/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Anzeige –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [note.html] + [_p(cls, p) for p in body] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (taxi, [1, 4, 7], 0.8),
            (twister, [2, 5, k], 0.8),
            (dog, [3, 6, k], 0.75),
            (coffee, [1, 5, k], 0.7),
            (seeds, [2, 7, k], 0.7),
            (read, [2, 3, 4], 0.8),
            (promo, [0, 6, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    dl_units = [b.html for b in shown]
    m = len(dl_units)
    chron = weave(
        ctx,
        dl_units,
        [
            (books, list(range(0, m + 1)), 0.85),
            (bottles, list(range(1, m + 1)), 0.8),
            (tickc, [0, m], 0.8),
        ],
    )
    main = f"""<div class="adz-page">
<main class="adz-main">
<div class="adz-grid">
<article class="adz-article">
<p class="adz-article__rubrik">Inland</p>
<h1 class="adz-article__title">{e(headline)}</h1>
<p class="adz-article__teaser">Hunderte Autos stecken zwischen Bușteni und Azuga fest, die Bahn stellt den Verkehr nach Siebenbürgen ein.</p>
<p class="adz-article__meta">Von Christine Chiriac <span class="adz-article__date">Sonntag, 6. Dezember 2026</span></p>
<figure class="adz-figure"><img src="/fileadmin/_processed_/2026/12/dn1-sinaia-schnee.jpg" alt="" loading="lazy"><figcaption>Die DN1 bei Sinaia am Sonntagabend. Foto: ISU Prahova</figcaption></figure>
<div class="adz-article__body">
{story}
</div>
</article>
<aside class="adz-chrono">
<h3 class="adz-chrono__title">Chronologie</h3>
<dl class="adz-chrono__list">
{chron}
</dl>
</aside>
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="adz",
        brand="ADZ – Allgemeine Deutsche Zeitung für Rumänien",
        url=url,
        title=f"{headline} | ADZ",
        sections=["Inland", "Ausland", "Banater Zeitung", "Karpatenrundschau", "Kultur", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Allgemeine Deutsche Zeitung für Rumänien",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Christine Chiriac",
                    publisher=org("ADZ", "https://adz.ro"),
                    lang="de",
                    section="Inland",
                )
            )
        ],
        main=main,
        body_cls="adz page-article",
    )
    return Render(html, body, [note, corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Argentinisches Tageblatt (Buenos Aires, -03:00; the fetches run from 7pm to 8pm on Sunday 6
# December), custom, live, OLDEST first, entries with no wrapper, separated by `<hr>`: a clock
# paragraph "14.10 Uhr", an `<h3>` (two without) and the text; a standalone `LiveBlogPosting`
# whose updates carry only a `dateCreated`.


def tageblatt(ctx: Ctx) -> Render:
    url = "https://www.tageblatt.com.ar/liveticker-unwetter-buenos-aires-general-paz-ueberflutet-linea-d-steht/"
    headline = (
        "Liveticker: Unwetter über Buenos Aires – General Paz überflutet, Subte-Linie D steht"
    )
    published = at(ART, 6, 13, 50)
    cls = "at-text"
    body = [
        "Ein schweres Gewitter mit Hagel und mehr als 90 Millimetern Regen in drei Stunden hat am Sonntagnachmittag weite Teile von Buenos Aires unter Wasser gesetzt.",
        "Der Wetterdienst SMN hat für die Hauptstadt und den Großraum die Warnstufe Orange ausgerufen. Wir berichten laufend.",
    ]
    specs = [
        (
            14,
            10,
            "Warnstufe Orange",
            [
                "Der SMN warnt vor heftigen Gewittern mit Hagel und Sturmböen bis 80 km/h für die Stadt und den Conurbano."
            ],
        ),
        (
            15,
            5,
            None,
            [
                "In Palermo und Belgrano sind Dutzende Bäume umgestürzt. Die Feuerwehr meldet über 200 Einsätze in zwei Stunden."
            ],
        ),
        (
            15,
            50,
            "Subte-Linie D eingestellt",
            [
                "Wasser ist in die Station José Hernández gelaufen. Die Linie D verkehrt nur noch zwischen Catedral und Plaza Italia.",
                "Emova kündigt Ersatzbusse an, die aber wegen der überfluteten Straßen kaum vorankommen.",
            ],
        ),
        (
            16,
            40,
            "General Paz überflutet",
            [
                "Die Stadtautobahn General Paz steht bei der Auffahrt Constituyentes einen halben Meter unter Wasser und ist gesperrt."
            ],
        ),
        (
            17,
            35,
            None,
            [
                "Der Stromversorger Edenor meldet rund 65.000 Haushalte ohne Strom, vor allem in Vicente López und San Isidro."
            ],
        ),
        (
            18,
            55,
            "Aeroparque schließt vorübergehend",
            [
                "Wegen des Gewitters hat der Stadtflughafen Aeroparque Starts und Landungen für eine Stunde ausgesetzt."
            ],
        ),
    ]
    entries = [
        Block("live_entry", uhr(at(ART, 6, h, m)), at(ART, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        uhr(at(ART, 6, 19, 54)),
        at(ART, 6, 19, 54),
        "Linie D fährt wieder bis Congreso de Tucumán",
        [
            "Nach dem Abpumpen der Station José Hernández nimmt Emova den Betrieb auf der ganzen Strecke wieder auf, mit längeren Takten."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def entry(clock: str, head: str | None, paras: list[str]) -> str:
        hd = f'<h3 class="at-ticker__title">{e(head)}</h3>' if head else ""
        text = "".join(_p(cls, p) for p in paras)
        return f'<hr class="at-ticker__sep"><p class="at-ticker__zeit">{e(clock)}</p>{hd}{text}'

    for b in shown:
        b.html = entry(b.label or "", b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "garden": "Der Gemeinschaftsgarten der Goethe-Schule",
        "bottle": "an der Plaza Almagro",
        "library": "Die Bibliothek des Deutschen Klubs",
        "bakery": "Die Bäckerei der evangelischen Gemeinde in Belgrano",
        "rank": "Taxistand am Bahnhof Retiro",
        "digital": "der Pestalozzi-Schule",
        "seeds": "Villa Ballester",
        "coffee": "der Deutschen Evangelischen Kirche in der Calle Esmeralda",
        "brand": "Argentinisches Tageblatt",
    }
    tx = Texts(ctx, "de", pl, ".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        clock = uhr(ctx.ago(lo, hi))
        lines = ([title] if title else []) + [text]
        return post(entry(clock, title, [text]), lines, kind, [clock])

    taxi = fake("Taxistand Retiro", tx.counter(TAXI, 19), TAXI)
    bread = fake(None, tx.counter(BREAD, 90), BREAD)
    garden = fake("Aus den Gemeinden", tx.counter(GARDEN, 540), GARDEN)
    tick = fake("Was sonst noch los ist", tx.pool(TICKER), TICKER)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (taxi, list(range(1, n + 1)), 0.85),
            (bread, list(range(0, n + 1)), 0.8),
            (garden, [0, 2, 4, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
        ],
    )
    riddle = bp(cls, tx.pool(RIDDLE), RIDDLE, lead="Rätselecke:")
    coffee = bp(cls, tx.fixed(COFFEE), COFFEE)
    digital = bp(cls, tx.fixed(DIGITAL), DIGITAL)
    read = bpa(cls, "Auch lesenswert:", tx.pool(READ), "/lokales/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Werbung:", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(cls, p) for p in body],
        [
            (riddle, [0, 1, 2], 0.8),
            (coffee, [1, 2], 0.7),
            (digital, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (promo, [0, 2], 0.7),
            (news, [1, 2], 0.75),
        ],
    )
    live = {
        "@type": "LiveBlogPosting",
        "headline": headline,
        "url": url,
        "inLanguage": "de",
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": org("Argentinisches Tageblatt", "https://www.tageblatt.com.ar"),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": b.head or " ".join(b.paras[0].split()[:8]),
                "dateCreated": b.ts.isoformat(),
                "articleBody": " ".join(b.paras),
            }
            for b in shown
            if b.ts
        ],
    }
    main = f"""<div class="at-page">
<main class="at-main">
<article class="at-article">
<p class="at-article__dachzeile">Buenos Aires</p>
<h1 class="at-article__title">{e(headline)}</h1>
<p class="at-article__meta">Redaktion · Sonntag, 6. Dezember 2026 · zuletzt aktualisiert {e(uhr(modified))}</p>
<div class="at-ticker__intro">
{intro}
</div>
{ad_slot("at-ad", "Anzeige", "at-rect-1")}
<div class="at-ticker">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="at",
        brand="Argentinisches Tageblatt",
        url=url,
        title=f"{headline} – Argentinisches Tageblatt",
        sections=["Argentinien", "Lokales", "Wirtschaft", "Gemeinschaft", "Kultur", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Argentinisches Tageblatt S.A.",
        jsonld=[ld(live)],
        main=main,
        body_cls="at single",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Der Nordschleswiger (Apenrade, +01:00; the fetches run from 11pm to midnight), custom, live,
# newest first, a pinned "Das Wichtigste" entry (kl. 18.00) on top: `<li>` entries with the
# Danish clock form "kl. 22.40" in a `<span>`, then an `<h3>` (one without) and paragraphs;
# JSON-LD `@graph` of a `WebSite`, the `NewsArticle` and a `LiveBlogPosting`.


def nordschleswiger(ctx: Ctx) -> Render:
    url = "https://www.nordschleswiger.dk/de/nordschleswig-apenrade/ticker-sturmflut-apenrade-hafen-ueberflutet-klappbruecke-sonderburg"
    headline = (
        "Ticker: Sturmflut – Hafen in Apenrade überflutet, Klappbrücke in Sonderburg gesperrt"
    )
    published = at(CET, 6, 17, 40)
    cls = "ns-text"
    body = [
        "Der Sturm „Ilse“ drückt seit dem Nachmittag das Wasser in die Apenrader und die Flensburger Förde. Am Abend stand der Pegel in Apenrade 1,62 Meter über Normal.",
        "Die Kommunen Apenrade und Sonderburg haben Sandsäcke ausgegeben, die Polizei Süd- und Nordjütland bittet, die Hafengebiete zu meiden. Hier die Entwicklungen im Überblick.",
    ]

    def kl(dt: datetime) -> str:
        return f"kl. {dt.hour}.{dt.minute:02d}"

    specs = [
        (
            18,
            0,
            "Das Wichtigste",
            [
                "Sturmflutwarnung für die gesamte Ostküste. Hafen Apenrade überflutet, Klappbrücke in Sonderburg bis auf Weiteres gesperrt."
            ],
        ),
        (
            22,
            40,
            "Pegel erreicht Höchststand",
            [
                "Das Dänische Meteorologische Institut meldet in Apenrade 1,62 Meter. Es ist der höchste Stand seit 2023."
            ],
        ),
        (
            22,
            5,
            "Schüler können ausschlafen",
            [
                "Die Deutsche Schule Apenrade und die Deutsche Privatschule Sonderburg bleiben am Montag geschlossen.",
                "Der Schulbus-Verkehr im Gebiet Gravenstein fällt ebenfalls aus, teilt der Schulverein mit.",
            ],
        ),
        (
            21,
            15,
            None,
            [
                "In Gravenstein ist die Uferstraße am Schloss überspült. Die Feuerwehr pumpt Keller in der Innenstadt leer."
            ],
        ),
        (
            20,
            30,
            "Klappbrücke gesperrt",
            [
                "Die Christian-X.-Brücke in Sonderburg ist für Autos und Fußgänger gesperrt. Der Umweg führt über die Alssundbrücke."
            ],
        ),
        (
            19,
            10,
            "Hafenfläche unter Wasser",
            [
                "Am Apenrader Hafen stehen die Parkplätze an der Kystvej unter Wasser. Mehrere Autos mussten abgeschleppt werden."
            ],
        ),
    ]
    blocks = [
        Block("live_entry", kl(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    pinned, entries = blocks[0], blocks[1:]
    genuine = Block(
        "live_entry",
        kl(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        "Wasser geht langsam zurück",
        [
            "Der Pegel in Apenrade ist in der letzten Stunde um zwölf Zentimeter gefallen, meldet das Meteorologische Institut."
        ],
    )
    shown = [pinned] + ([genuine] if ctx.n == 6 else []) + entries

    def li(clock: str, head: str | None, paras: list[str], pin: bool = False) -> str:
        hd = f'<h3 class="ns-live__title">{e(head)}</h3>' if head else ""
        text = "".join(_p(cls, p) for p in paras)
        flag = '<span class="ns-live__flag">Angepinnt</span>' if pin else ""
        return f'<li class="ns-live__entry{" is-pinned" if pin else ""}">{flag}<span class="ns-live__time">{e(clock)}</span>{hd}{text}</li>'

    for b in shown:
        b.html = li(b.label or "", b.head, b.paras, b is pinned)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "garden": "Der Gemeinschaftsgarten am Haus Nordschleswig",
        "bottle": "am Storetorv",
        "library": "Die Deutsche Zentralbücherei Apenrade",
        "bakery": "Die Tafel-Bäckerei in Tondern",
        "rank": "Taxistand am Busbahnhof Apenrade",
        "digital": "der Bücherei in Hadersleben",
        "seeds": "Tingleff",
        "coffee": "dem Gemeindehaus der deutschen Gemeinde in Sonderburg",
        "brand": "Der Nordschleswiger",
    }
    tx = Texts(ctx, "de", pl, ".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        clock = kl(ctx.ago(lo, hi))
        lines = ([title] if title else []) + [text]
        return post(li(clock, title, [text]), lines, kind, [clock])

    garden = fake("Aus dem Gemeinschaftsgarten", tx.counter(GARDEN, 430), GARDEN)
    books = fake(None, tx.counter(BOOKS, 72), BOOKS)
    taxi = fake("Taxi-Lage am Busbahnhof", tx.counter(TAXI, 8), TAXI)
    tick = fake("Weitere Meldungen aus Nordschleswig", tx.pool(TICKER), TICKER)
    promo = fake("Anzeige – Partnerangebot", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (garden, list(range(1, n + 1)), 0.85),
            (books, list(range(0, n + 1)), 0.8),
            (taxi, [1, 2, 4, n], 0.8),
            (tick, [0, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    twister = bp(cls, tx.pool(TWISTER), TWISTER, lead="Zungenbrecher der Woche:")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Unser Leserhund:", tag="em")
    seeds = bp(cls, tx.fixed(SEEDS), SEEDS)
    read = bpa(cls, "Mehr aus Nordschleswig:", tx.pool(READ), "/de/nordschleswig/", READ)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(cls, p) for p in body],
        [
            (twister, [0, 1, 2], 0.8),
            (dog, [1, 2], 0.75),
            (seeds, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    publisher = org("Der Nordschleswiger", "https://www.nordschleswiger.dk")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Redaktion Nordschleswig",
        publisher=publisher,
        lang="de",
        section="Nordschleswig",
    )
    live = {
        "@type": "LiveBlogPosting",
        "@id": url + "#liveblog",
        "headline": headline,
        "coverageStartTime": published.isoformat(),
        "dateModified": modified.isoformat(),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": b.head or " ".join(b.paras[0].split()[:8]),
                "datePublished": b.ts.isoformat(),
                "articleBody": " ".join(b.paras),
            }
            for b in shown
            if b.ts
        ],
    }
    site = {
        "@type": "WebSite",
        "@id": "https://www.nordschleswiger.dk/#website",
        "name": "Der Nordschleswiger",
    }
    main = f"""<div class="ns-page">
<main class="ns-main">
<article class="ns-article">
<p class="ns-article__kicker">Sturmflut</p>
<h1 class="ns-article__title">{e(headline)}</h1>
<p class="ns-article__meta">Redaktion Nordschleswig · Aktualisiert {e(kl(modified))}</p>
<div class="ns-live__intro">
{intro}
</div>
{ad_slot("ns-ad", "Anzeige", "ns-mrec-1")}
<ul class="ns-live">
{feed}
</ul>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="ns",
        brand="Der Nordschleswiger",
        url=url,
        title=f"{headline} | Der Nordschleswiger",
        sections=["Nordschleswig", "Dänemark", "Minderheit", "Kultur", "Sport", "Meinung"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Der Nordschleswiger",
        jsonld=[graph(site, article, live)],
        main=main,
        body_cls="ns node-live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "adz-schneesturm-im-prahova-tal-dn1-bei-sinaia-gesperrt-zuege-nach-kronstadt-fallen-aus",
        "ADZ – Allgemeine Deutsche Zeitung für Rumänien (RO)",
        "de",
        "updates",
        EET,
        adz,
    ),
    Site(
        "tageblatt-ar-liveticker-unwetter-buenos-aires-general-paz-ueberflutet-linie-d-steht",
        "Argentinisches Tageblatt (AR)",
        "de",
        "live",
        ART,
        tageblatt,
    ),
    Site(
        "nordschleswiger-ticker-sturmflut-apenrade-hafen-ueberflutet-klappbruecke-sonderburg-gesperrt",
        "Der Nordschleswiger (DK)",
        "de",
        "live",
        CET,
        nordschleswiger,
    ),
]
