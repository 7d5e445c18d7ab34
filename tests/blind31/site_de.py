"""German-language publishers: Budapester Zeitung (Budapest, HU), Aachener Zeitung (Aachen, DE),
Wochenblatt (Asunción, PY)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    AMBULANCE,
    BREATH,
    CROP,
    DENGUE,
    GRID,
    HOLIDAY,
    JACKPOT,
    NEWS,
    PROMO,
    RACING,
    READ,
    TICKER,
    WARNINGS,
    WATER,
    Texts,
    bp,
    bpa,
    graph,
    ld,
    live_posting_ld,
    page,
    post,
    priced,
    uhr,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

MEZ = 1
PYT = -3

_SUBS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Wetter", "Meinung", "Gesundheit", "Reise"]
_FOOT = {
    "Verlag": ["Impressum", "Kontakt", "Mediadaten", "Karriere", "Newsletter"],
    "Rechtliches": ["Datenschutz", "AGB", "Redaktionsstatut", "Cookie-Einstellungen"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# Budapester Zeitung (Budapest, +01:00), WordPress-like. A bold "In eigener Sache:" at the top
# (`editors_note`); two notes after paragraph 3, newest first, each an `<h3>` holding **the clock
# and a headline**, "22.35 Uhr: Kettenbrücke für Fußgänger gesperrt", then a paragraph; an
# unlabelled italic "Anders als zunächst berichtet, …" at the very end (`correction`).


def budapester(ctx: Ctx) -> Render:
    url = "https://www.budapester.hu/stadt/eisregen-budapest-strassenbahnlinie-2-eingestellt-kettenbruecke-gesperrt/"
    headline = "Eisregen in Budapest: Straßenbahnlinie 2 eingestellt, Kettenbrücke gesperrt"
    published = at(MEZ, 6, 18, 20)
    cls = "bz-text"
    body = [
        "Eisregen hat am Sonntagabend den Verkehr in Budapest weitgehend zum Erliegen gebracht: Die Verkehrsbetriebe BKV stellten die Straßenbahnlinie 2 am Donauufer ein, auf den Brücken stauten sich die Autos.",
        "Der ungarische Wetterdienst HungaroMet hatte bereits am Nachmittag die zweithöchste Warnstufe für die Hauptstadt und das Komitat Pest ausgerufen.",
        "In Buda blieben mehrere Busse an den Steigungen des Burgbergs hängen; die Fahrgäste mussten zu Fuß weitergehen.",
        "„Die Gehwege sind wie Glas, ich habe für den Heimweg eine Stunde gebraucht“, sagte Katalin Varga, die in einer Apotheke am Széll-Kálmán-Platz arbeitet.",
        "Die Stadtverwaltung setzte nach eigenen Angaben alle 180 Streufahrzeuge ein und bat die Budapester, bis Montagfrüh auf Autofahrten zu verzichten.",
        "Die Schulen sollen am Montag wie gewohnt öffnen, teilte das Bildungsministerium mit.",
    ]
    specs = [
        (
            22,
            35,
            "Kettenbrücke für Fußgänger gesperrt",
            "Die Polizei hat die Kettenbrücke auch für Fußgänger gesperrt, nachdem Eisplatten von den Pfeilern gefallen waren.",
        ),
        (
            21,
            10,
            "Notaufnahmen melden viele Stürze",
            "Die Notaufnahmen des Szent-János-Krankenhauses und der Semmelweis-Klinik behandeln seit dem Abend Dutzende Verletzte nach Stürzen.",
        ),
    ]
    notes = [
        Block("update", uhr(at(MEZ, 6, h, m)), at(MEZ, 6, h, m), hd, [t]) for h, m, hd, t in specs
    ]
    genuine = Block(
        "update",
        uhr(at(MEZ, 6, 23, 53)),
        at(MEZ, 6, 23, 53),
        "Linie 2 fährt wieder",
        [
            "Die BKV hat den Betrieb der Straßenbahnlinie 2 zwischen Jászai Mari tér und Közvágóhíd wieder aufgenommen."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def note(clock: str, head: str, text: str) -> str:
        return f'<h3 class="bz-zwischen">{e(clock)}: {e(head)}</h3>\n<p class="{cls}">{e(text)}</p>'

    for b in shown:
        assert b.label and b.head
        b.html = note(b.label, b.head, b.paras[0])
    own = Block(
        "editors_note",
        "In eigener Sache",
        None,
        None,
        [
            "Unsere Redaktion übersetzt Mitteilungen der ungarischen Behörden selbst; Zitate aus dem Ungarischen sind sinngemäß wiedergegeben."
        ],
    )
    own.html = f'<p class="{cls}"><strong>In eigener Sache:</strong> {e(own.paras[0])}</p>'
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "Anders als zunächst berichtet, verkehrt die Zahnradbahn auf den Schwabenberg weiterhin nach Fahrplan."
        ],
    )
    corr.html = f'<p class="{cls}"><em>{e(corr.paras[0])}</em></p>'
    modified = genuine.ts if ctx.n == 6 and genuine.ts else notes[0].ts or published
    pl = {
        "police": "Die Budapester Polizei",
        "grid": "MAVIR",
        "crop": "Ungarischer Weizen",
        "utility": "Die Fővárosi Vízművek",
        "hood": "Kőbánya und Kispest",
        "holiday": "Heiligabend und die Weihnachtstage",
        "lotto": "Ötöslottó",
        "cur": "Euro",
        "brand": "BZ",
    }
    tx = Texts(ctx, "de", pl, ".")

    def fake(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        head = f"{uhr(ctx.ago(lo, hi))}: {title}"
        return post(note(head.split(": ")[0], title, text), [text], kind, [head])

    grid = fake("Stromnetz unter Last", tx.counter(GRID, 6420), GRID, 1, 9)
    breath = fake("Kontrollen in der Nacht", tx.counter(BREATH, 140), BREATH, 2, 12)
    warn = fake("Warnlage im Land", tx.counter(WARNINGS, 7), WARNINGS, 1, 14)
    tick = fake("Was sonst geschah", tx.pool(TICKER) + ".", TICKER, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (grid, list(range(0, n + 1)), 0.85),
            (breath, list(range(0, n + 1)), 0.8),
            (warn, [0, n], 0.8),
            (tick, [1, n], 0.8),
        ],
    )
    amb = bp(
        cls, tx.counter(AMBULANCE, 22), AMBULANCE, lead=f"Rettungsdienst, {uhr(ctx.ago(2, 9))}:"
    )
    jack = bp(cls, tx.counter(JACKPOT, 2840), JACKPOT, lead=f"Lotto ({uhr(ctx.ago(1, 8))}):")
    crop = bp(cls, priced(tx, CROP, 23480, ","), CROP, lead=f"Agrarbörse, {uhr(ctx.ago(2, 7))}:")
    race = bp(cls, tx.pool(RACING), RACING, lead="Pferdesport:")
    read = bpa(cls, "Mehr dazu:", tx.pool(READ), "/stadt/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Anzeige:", tag="em")
    water = bp(cls, tx.fixed(WATER), WATER)
    hol = bp(cls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [own.html, *(_p(cls, p) for p in body[:3]), notes_html, *(_p(cls, p) for p in body[3:])]
    units.append(corr.html)
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (amb, [2, 3, 6], 0.8),
            (jack, [1, 5, 7], 0.75),
            (crop, [2, 6, k], 0.8),
            (race, [3, 7, k], 0.8),
            (read, [2, 5, 8], 0.8),
            (promo, [1, 4, k], 0.7),
            (water, [6, 7, k], 0.75),
            (hol, [3, 5, k], 0.75),
            (news, [7, k], 0.75),
        ],
    )
    main = f"""<div class="site-content">
<article class="post bz-article">
<p class="bz-rubrik"><a href="/stadt/">Stadt</a></p>
<h1 class="bz-title">{e(headline)}</h1>
<p class="bz-meta">Von Jan Mainka | 6. Dezember 2026</p>
<figure class="bz-figure"><img src="/wp-content/uploads/2026/12/eisregen-budapest.jpg" alt="" loading="lazy"><figcaption>Vereiste Gleise am Donauufer. Foto: BZT / Péter Kiss</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
<aside class="bz-sidebar">{ad_slot("bz-ad", "Anzeige", "bz-side-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="bz",
        brand="Budapester Zeitung",
        url=url,
        title=f"{headline} – Budapester Zeitung",
        sections=["Stadt", "Ungarn", "Wirtschaft", "Kultur", "Meinung", "Service", "Freizeit"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 BZT Media Kft. Alle Rechte vorbehalten.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Jan Mainka",
                    publisher=org("Budapester Zeitung", "https://www.budapester.hu"),
                    lang="de",
                    section="Stadt",
                )
            )
        ],
        main=main,
        body_cls="single-post bz",
        cms="wp",
    )
    return Render(html, body, [own, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Aachener Zeitung (Aachen, +01:00), custom, live. A pinned "Das Wichtigste im Überblick" entry on
# top, then newest first; each entry an `<li>` in an `<ol>` whose `<time itemprop="datePublished">`
# prints **the abbreviated weekday and the clock**, "So., 22.40 Uhr", then an `<h3>` (two
# without); microdata `liveBlogUpdate` under the `<ol>`; the JSON-LD is only a `WebPage`.


def aachener(ctx: Ctx) -> Render:
    url = "https://www.aachener-zeitung.de/lokales/aachen/sturmtief-live-bahnstrecke-nach-koeln-gesperrt_aid-118234567"
    headline = (
        "Sturmtief im Liveticker: Bahnstrecke nach Köln gesperrt, Bäume auf der Monschauer Straße"
    )
    published = at(MEZ, 6, 17, 45)
    icls = "park-article__intro"
    body = [
        "Ein Sturmtief mit Orkanböen zieht am Sonntagabend über die Städteregion Aachen; die Bahnstrecke nach Köln ist gesperrt, in der Eifel sind zahlreiche Straßen blockiert.",
        "In unserem Liveticker halten wir Sie über Sperrungen, Einsätze und Ausfälle auf dem Laufenden.",
    ]

    def clock(dt: datetime) -> str:
        return f"So., {uhr(dt)}"

    pin = Block(
        "live_entry",
        clock(at(MEZ, 6, 18, 0)),
        at(MEZ, 6, 18, 0),
        "Das Wichtigste im Überblick",
        [
            "Der Deutsche Wetterdienst warnt bis Montagmorgen vor Orkanböen in der Eifel; der Aachener Weihnachtsmarkt hat vorzeitig geschlossen."
        ],
    )
    specs = [
        (
            22,
            45,
            "Monschauer Straße blockiert",
            [
                "Zwei umgestürzte Buchen blockieren die Monschauer Straße zwischen Walheim und Roetgen; die Feuerwehr ist mit der Drehleiter vor Ort."
            ],
        ),
        (
            22,
            10,
            None,
            [
                "Die Aseag stellt den Busverkehr in der Eifel bis auf Weiteres ein, in der Innenstadt fahren die Linien mit Verspätung."
            ],
        ),
        (
            21,
            35,
            "Bahnstrecke nach Köln dicht",
            [
                "Die Deutsche Bahn hat die Strecke zwischen Aachen Hauptbahnhof und Düren gesperrt, weil ein Baum in der Oberleitung hängt.",
                "Ersatzbusse sind angefordert.",
            ],
        ),
        (
            20,
            50,
            "Dach in Burtscheid abgedeckt",
            [
                "In der Kurbrunnenstraße hat der Sturm Teile eines Flachdachs abgerissen; verletzt wurde niemand."
            ],
        ),
        (
            20,
            5,
            None,
            [
                "Die Feuerwehr Aachen zählt bislang 64 sturmbedingte Einsätze und hat zusätzliche Kräfte alarmiert."
            ],
        ),
        (
            19,
            20,
            "Tivoli-Parkplätze gesperrt",
            ["Die Stadt hat die Parkplätze am Tivoli wegen herabfallender Äste gesperrt."],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(MEZ, 6, h, m)), at(MEZ, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(MEZ, 6, 23, 54)),
        at(MEZ, 6, 23, 54),
        "Erste Züge rollen wieder",
        [
            "Zwischen Aachen und Düren fährt die Bahn wieder eingleisig, die Züge haben rund eine halbe Stunde Verspätung."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(dt: datetime, head: str | None, paras: list[str], micro: bool = True) -> str:
        prop = ' itemprop="headline"' if micro else ""
        hd = f'<h3 class="tick__title"{prop}>{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        if not micro:
            return f'<li class="tick"><div class="tick__meta"><time datetime="{dt.isoformat()}">{e(clock(dt))}</time></div>{hd}<div class="tick__body">{text}</div></li>'
        return (
            '<li class="tick" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<div class="tick__meta"><time itemprop="datePublished" datetime="{dt.isoformat()}">{e(clock(dt))}</time></div>'
            f'{hd}<div class="tick__body" itemprop="articleBody">{text}</div></li>'
        )

    for b in [pin, *shown]:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras)
    pin.html = pin.html.replace('class="tick"', 'class="tick tick--pinned"', 1)
    modified = max(b.ts for b in [pin, *shown] if b.ts)
    pl = {
        "police": "Die Polizei Aachen",
        "grid": "Amprion",
        "utility": "Die Stawag",
        "hood": "Brand und Kornelimünster",
        "holiday": "Die Weihnachtsfeiertage",
        "lotto": "Eurojackpot",
        "cur": "Euro",
        "brand": "AZ",
    }
    tx = Texts(ctx, "de", pl, ".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(t, title, [text], micro=False),
            ([title] if title else []) + [text],
            kind,
            [clock(t)],
        )

    breath = fake("Polizeikontrollen am Abend", tx.counter(BREATH, 85), BREATH)
    amb = fake(None, tx.counter(AMBULANCE, 16), AMBULANCE)
    warn = fake("Warnlage bundesweit", tx.counter(WARNINGS, 31), WARNINGS)
    tick = fake("Was sonst in der Region passiert", tx.pool(TICKER) + ".", TICKER)
    race = fake("Pferdesport am Sonntag", tx.pool(RACING), RACING)
    promo = fake("Anzeige unseres Partners", tx.pool(PROMO), PROMO)
    units = [pin.html, *(b.html for b in shown)]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (breath, list(range(0, n + 1)), 0.85),
            (amb, [1, 3, 5, n], 0.8),
            (warn, [0, 2, 4], 0.8),
            (tick, [1, 4, n], 0.8),
            (race, [2, 5, n], 0.75),
            (promo, [1, 3, n], 0.7),
        ],
    )
    grid = bp(icls, tx.counter(GRID, 51200), GRID, lead=f"Stromnetz, {uhr(ctx.ago(2, 9))}:")
    jack = bp(icls, tx.counter(JACKPOT, 41200), JACKPOT, lead=f"Lotto ({uhr(ctx.ago(1, 8))}):")
    read = bpa(icls, "Auch lesenswert:", tx.pool(READ), "/lokales/", READ)
    water = bp(icls, tx.fixed(WATER), WATER)
    hol = bp(icls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (grid, [0, 1, 2], 0.8),
            (jack, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (water, [2], 0.75),
            (hol, [0, 2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    webpage = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": headline,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "publisher": org("Aachener Zeitung", "https://www.aachener-zeitung.de"),
    }
    main = f"""<main class="park-main">
<article class="park-article">
<header class="park-article__header">
<span class="park-article__kicker">Liveticker</span>
<h1 class="park-article__headline">{e(headline)}</h1>
<p class="park-article__author">Von Matthias Hinrichs und Laura Beemelmanns</p>
<p class="park-article__date">Aktualisiert: 06.12.2026</p>
</header>
{intro}
{ad_slot("az-ad", "Anzeige", "az-content-1")}
<ol class="park-ticker" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
{feed}
</ol>
</article>
</main>"""
    html = page(
        ctx,
        lang="de",
        prefix="az",
        brand="Aachener Zeitung",
        url=url,
        title=f"{headline} | Aachener Zeitung",
        sections=["Lokales", "NRW", "Politik", "Wirtschaft", "Sport", "Kultur", "Service"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Medienhaus Aachen GmbH. Alle Rechte vorbehalten.",
        jsonld=[webpage],
        main=main,
        body_cls="park-live",
    )
    return Render(html, body, [pin, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Wochenblatt (Asunción, −03:00; the fetches run from 19 to 20 Uhr), WordPress-like, live, oldest
# first, **no wrapper and no headlines**: each entry a paragraph opening with a bold "15.05 Uhr
# (Ortszeit):" (two with a second paragraph); `@graph` of a `WebSite`, a `WebPage`, an `Article`
# (not a `NewsArticle`) and a `LiveBlogPosting` without update headlines.


def wochenblatt(ctx: Ctx) -> Render:
    url = "https://wochenblatt.cc/unwetter-in-asuncion-live-banado-sur-ueberflutet-stromausfall-in-lambare/"
    headline = "Unwetter in Asunción: Bañado Sur überflutet, Stromausfall in Lambaré"
    published = at(PYT, 6, 14, 40)
    cls = "wb-text"
    body = [
        "Ein schweres Gewitter mit Hagel und Starkregen hat am Sonntagnachmittag weite Teile von Asunción und Lambaré unter Wasser gesetzt; im Bañado Sur mussten Familien ihre Häuser verlassen.",
        "Wir berichten fortlaufend über die Lage in der Hauptstadt und im Departamento Central.",
    ]

    def clock(dt: datetime) -> str:
        return f"{uhr(dt)} (Ortszeit)"

    specs = [
        (
            15,
            5,
            [
                "Der Wetterdienst DMH hat für Asunción und Central die Warnstufe Rot ausgerufen; Böen von bis zu 90 km/h sind gemessen worden."
            ],
        ),
        (
            15,
            40,
            [
                "Auf der Avenida Artigas stehen Autos bis zu den Türen im Wasser, die Stadtverwaltung rät von Fahrten in die Innenstadt ab."
            ],
        ),
        (
            16,
            25,
            [
                "Die Stromgesellschaft ANDE meldet großflächige Ausfälle in Lambaré und San Lorenzo.",
                "Techniker sollen erst nach dem Ende des Gewitters ausrücken.",
            ],
        ),
        (
            17,
            10,
            [
                "Das Nationale Notstandssekretariat SEN bringt 140 Familien aus dem Bañado Sur in Notunterkünfte in der Chacarita."
            ],
        ),
        (
            17,
            55,
            [
                "Am Flughafen Silvio Pettirossi sind zwei Maschinen aus Buenos Aires nach Foz do Iguaçu umgeleitet worden."
            ],
        ),
        (
            18,
            40,
            [
                "Die Feuerwehr von Lambaré hat eine ältere Frau aus ihrem überfluteten Haus am Río Paraguay geholt.",
                "Sie wird im Hospital de Clínicas behandelt.",
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(PYT, 6, h, m)), at(PYT, 6, h, m), None, ps)
        for h, m, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(PYT, 6, 19, 52)),
        at(PYT, 6, 19, 52),
        None,
        [
            "Der Regen über der Hauptstadt hat nachgelassen, die DMH stuft die Warnung für Asunción auf Orange zurück."
        ],
    )
    shown = [*entries, *([genuine] if ctx.n == 6 else [])]

    def entry(stamp: str, paras: list[str]) -> str:
        first = f'<p class="{cls}"><strong>{e(stamp)}:</strong> {e(paras[0])}</p>'
        return first + "".join(f'<p class="{cls}">{e(p)}</p>' for p in paras[1:])

    for b in shown:
        assert b.label
        b.html = entry(b.label, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "district": "Das Departamento Alto Paraná",
        "grid": "ANDE",
        "crop": "Sojabohne an der Börse in Chicago",
        "utility": "Die ESSAP",
        "hood": "Sajonia und Tembetary",
        "holiday": "Der 8. Dezember, Tag der Jungfrau von Caacupé",
        "lotto": "Tombola Nacional",
        "cur": "Guaraní",
        "brand": "Wochenblatt",
    }
    tx = Texts(ctx, "de", pl, ".")

    def fake(text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        return post(entry(clock(ctx.ago(lo, hi)), [text]), [text], kind)

    dengue = fake(tx.counter(DENGUE, 380), DENGUE)
    warn = fake(tx.counter(WARNINGS, 6), WARNINGS)
    crop = fake(priced(tx, CROP, 39875, ","), CROP)
    grid = fake(tx.counter(GRID, 4310), GRID)
    tick = fake("Kurz notiert: " + tx.pool(TICKER) + ".", TICKER)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (dengue, list(range(0, n + 1)), 0.85),
            (warn, [1, 3, 5, n], 0.8),
            (crop, [0, 2, 4], 0.8),
            (grid, [2, 4, n], 0.8),
            (tick, [1, 3, n], 0.75),
        ],
    )
    race = bp(cls, tx.pool(RACING), RACING, lead="Pferderennen:")
    read = bpa(cls, "Weiterlesen:", tx.pool(READ), "/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Werbung –")
    jack = bp(cls, tx.counter(JACKPOT, 96), JACKPOT, lead=f"Glücksspiel, {uhr(ctx.ago(1, 9))}:")
    water = bp(cls, tx.fixed(WATER), WATER)
    hol = bp(cls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    top = weave(
        ctx,
        [_p(cls, p) for p in body],
        [
            (race, [1, 2], 0.8),
            (read, [1, 2], 0.8),
            (promo, [0, 2], 0.7),
            (jack, [0, 1, 2], 0.8),
            (water, [2], 0.75),
            (hol, [0, 2], 0.75),
            (news, [1, 2], 0.75),
        ],
    )
    posting = live_posting_ld(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        publisher={"@id": "https://wochenblatt.cc/#organization"},
        entries=shown,
        lang="de",
        headlines=False,
    )
    site = {"@type": "WebSite", "@id": "https://wochenblatt.cc/#website", "name": "Wochenblatt"}
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": headline}
    art = {
        "@type": "Article",
        "@id": url + "#article",
        "headline": headline,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "author": {"@type": "Person", "name": "Redaktion Wochenblatt"},
        "isPartOf": {"@id": url},
    }
    main = f"""<div id="content" class="site-content">
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta">Redaktion | 6. Dezember 2026 | <a href="/category/paraguay/">Paraguay</a></div></header>
<div class="entry-content">
{top}
{ad_slot("wb-ad", "Werbung", "wb-in-1")}
{feed}
</div>
</article>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="wb",
        brand="Wochenblatt",
        url=url,
        title=f"{headline} – Wochenblatt",
        sections=[
            "Paraguay",
            "Asunción",
            "Südamerika",
            "Wirtschaft",
            "Auswandern",
            "Sport",
            "Kultur",
        ],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Wochenblatt – deutschsprachige Nachrichten aus Paraguay.",
        jsonld=[graph(site, webpage, art, posting)],
        main=main,
        body_cls="single wb",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "budapester-eisregen-in-budapest-strassenbahnlinie-2-eingestellt-kettenbruecke-gesperrt",
        "Budapester Zeitung (HU)",
        "de",
        "updates",
        MEZ,
        budapester,
    ),
    Site(
        "aachenerzeitung-sturmtief-live-bahnstrecke-nach-koeln-gesperrt-monschauer-strasse",
        "Aachener Zeitung (DE)",
        "de",
        "live",
        MEZ,
        aachener,
    ),
    Site(
        "wochenblatt-unwetter-in-asuncion-banado-sur-ueberflutet-stromausfall-in-lambare",
        "Wochenblatt (PY)",
        "de",
        "live",
        PYT,
        wochenblatt,
    ),
]
