"""German-language publishers: Mallorca Zeitung (Palma, ES), Allgäuer Zeitung (Kempten, DE),
Deutsche Welle (Bonn, DE)."""

from __future__ import annotations

from datetime import date, datetime

from fx import (
    BTC,
    BULLETIN,
    CRUISE,
    ERROR,
    FERRY,
    HOURS,
    NEWS,
    POWER,
    PROMO,
    READ,
    RIVER,
    SIGNIN,
    TICKER,
    WIND,
    DateBlock,
    Texts,
    bp,
    bpa,
    graph,
    hm,
    ld,
    page,
    post,
    turn,
    uhr,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1

_SUBS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Panorama", "Wetter", "Meinung", "Leben"]
_FOOT = {
    "Service": ["Impressum", "Kontakt", "Mediadaten", "Abo-Service", "Newsletter"],
    "Rechtliches": ["Datenschutz", "AGB", "Barrierefreiheit", "Cookie-Einstellungen"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# Mallorca Zeitung (Palma, +01:00; the fetches run from 23:00 to midnight), custom. A bold "Zur
# Quellenlage:" at the top of the body (`editors_note`); notes after paragraph 3, oldest first,
# each a body-class paragraph with an italic lead in square brackets, "[Ergänzung, 21.05 Uhr]";
# a bold "Berichtigung (6.12.2026):" at the end (`correction`, date only).


def mallorcazeitung(ctx: Ctx) -> Render:
    url = "https://www.mallorcazeitung.es/lokales/2026/12/06/unwetter-sturzflut-sant-llorenc-ma-15-gesperrt-112233.html"
    headline = "Unwetter auf Mallorca: Sturzflut in Sant Llorenç, Ma-15 bei Manacor gesperrt"
    published = at(CET, 6, 16, 40)
    cls = "article-body__paragraph"
    body = [
        "Heftige Regenfälle haben am Sonntagnachmittag den Osten Mallorcas getroffen. In Sant Llorenç des Cardassar trat der Sturzbach Ses Planes über die Ufer und überschwemmte mehrere Straßen im Ortskern.",
        "Der spanische Wetterdienst Aemet hatte für die Region Llevant die Warnstufe Orange ausgerufen und bis zu 120 Liter Regen pro Quadratmeter in zwölf Stunden angekündigt.",
        "Die Guardia Civil sperrte die Landstraße Ma-15 zwischen Manacor und Sant Llorenç, nachdem Schlamm und Geröll auf die Fahrbahn gespült worden waren.",
        "Anwohner berichteten, das Wasser sei innerhalb weniger Minuten bis zu den Fensterbänken gestiegen.",
        "„Wir haben das Auto stehen lassen und sind zu Fuß zur Kirche hinauf“, sagte die Deutsche Sabine Kerner, die seit zwölf Jahren in dem Ort lebt.",
        "Der Inselrat richtete in der Sporthalle von Manacor eine Notunterkunft ein und bat Urlauber, den Osten der Insel bis Montagmittag zu meiden.",
        "Die Balearen-Regierung kündigte an, Feuerwehr und Militär-Nothilfeeinheit UME in Bereitschaft zu halten.",
    ]
    note = Block(
        "editors_note",
        "Zur Quellenlage",
        None,
        None,
        [
            "unsere Angaben stützen sich auf Mitteilungen der Guardia Civil, des Inselrats und auf Gespräche unserer Reporterin vor Ort."
        ],
    )
    note.html = f'<p class="{cls}"><strong>Zur Quellenlage:</strong> {e(note.paras[0])}</p>'

    def lead(dt: datetime) -> str:
        return f"Ergänzung, {uhr(dt)}"

    specs = [
        (
            21,
            5,
            "Die Feuerwehr hat in Sant Llorenç elf Menschen aus überfluteten Erdgeschosswohnungen geholt, verletzt wurde niemand.",
        ),
        (
            22,
            30,
            "Die Gemeinde Manacor lässt die Schulen am Montag geschlossen; der Busverkehr zwischen Manacor und Artà ist eingestellt.",
        ),
    ]
    notes = [
        Block("update", lead(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        lead(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        None,
        [
            "Die Guardia Civil hat die Ma-15 zwischen Manacor und Sant Llorenç wieder freigegeben, eine Spur bleibt wegen Aufräumarbeiten gesperrt."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def noted(stamp: str, text: str) -> str:
        return f'<p class="{cls}"><em>[{e(stamp)}]</em> {text}</p>'

    for b in shown:
        b.html = noted(b.label or "", e(b.paras[0]))
    corr = DateBlock(
        "correction",
        "Berichtigung (6.12.2026)",
        None,
        None,
        [
            "in einer früheren Fassung hieß es, die Notunterkunft befinde sich in Artà. Sie wurde in der Sporthalle von Manacor eingerichtet."
        ],
        day=date(2026, 12, 6),
    )
    corr.html = (
        f'<p class="{cls}"><strong>Berichtigung (6.12.2026):</strong> {e(corr.paras[0])}</p>'
    )
    modified = shown[-1].ts or published
    pl = {
        "river": "Der Pegel des Torrent de Na Borges bei Artà",
        "airport": "Flughafen Son Sant Joan",
        "grid": "Der Netzbetreiber Endesa auf Ibiza",
        "brand": "der Mallorca Zeitung",
    }
    tx = Texts(ctx, "de", pl, ".")

    def side(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return W(noted(f"{word}, {uhr(t)}", e(text)), [text], kind)

    wind = side("Wetterstation", tx.counter(WIND, 84), WIND, 1, 9)
    power = side("Stromausfall", tx.counter(POWER, 3100), POWER, 2, 12)
    river = side("Pegelstand", tx.counter(RIVER, 142), RIVER, 2, 14)
    tick = side("Kurz gemeldet", tx.pool(TICKER) + ".", TICKER, 3, 16)
    ferry = bp(cls, tx.pool(FERRY), FERRY, lead="Fährverkehr:")
    bull = bp(
        cls,
        tx.pool(BULLETIN) + ".",
        BULLETIN,
        lead=f"Inselradio, Nachrichten um {ctx.local.hour} Uhr:",
        tag="em",
    )
    read = bpa(cls, "Mehr zum Thema:", tx.pool(READ), "/lokales/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Bezahlte Partnerschaft –", tag="em")
    cruise = bp(cls, tx.fixed(CRUISE), CRUISE)
    signin = bp(cls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(cls, tx.fixed(ERROR), ERROR)
    hours = bp(cls, tx.fixed(HOURS), HOURS)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = [note.html, *paras[:3], *(b.html for b in shown), *paras[3:], corr.html]
    k = len(units)
    top = 4  # the gap above the first note
    story = weave(
        ctx,
        units,
        [
            (wind, list(range(top, top + nb + 1)), 0.85),
            (power, list(range(top, top + nb + 1)), 0.8),
            (river, [top, top + nb], 0.8),
            (tick, [top + 1, top + nb], 0.8),
            (ferry, [2, top + nb + 2], 0.8),
            (bull, [1, 3, top + nb + 1], 0.8),
            (read, [2, top + nb + 3], 0.8),
            (promo, [1, top + nb + 2, k], 0.7),
            (cruise, [3, k - 1], 0.7),
            (signin, [top + nb + 1, k], 0.75),
            (error, [k - 1, k], 0.75),
            (hours, [0, k], 0.7),
            (news, [top + nb + 3, k], 0.75),
        ],
    )
    main = f"""<main class="page-content">
<article class="article">
<header class="article-header">
<p class="article-header__section"><a href="/lokales/">Lokales</a></p>
<h1 class="article-header__title">{e(headline)}</h1>
<p class="article-header__lead">Der Sturzbach Ses Planes trat über die Ufer, die Guardia Civil sperrte die Landstraße zwischen Manacor und Sant Llorenç.</p>
<div class="article-header__meta"><span class="author">Brigitte Rohm</span><time datetime="{published.isoformat()}">06.12.26 | 16:40</time></div>
</header>
<figure class="article-figure"><img src="/media/2026/12/06/sant-llorenc-unwetter.jpg" alt="" loading="lazy"><figcaption>Überflutete Straße in Sant Llorenç am Sonntagnachmittag. Foto: Guillem Bosch</figcaption></figure>
<div class="article-body">
{story}
</div>
{ad_slot("mz-ad", "Anzeige", "mz-inread-1")}
</article>
</main>"""
    html = page(
        ctx,
        lang="de",
        prefix="mz",
        brand="Mallorca Zeitung",
        url=url,
        title=f"{headline} - Mallorca Zeitung",
        sections=["Lokales", "Urlaub", "Residenten", "Immobilien", "Kultur", "Sport", "Meinung"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Mallorca Zeitung, Editorial Prensa Ibérica.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Brigitte Rohm",
                    publisher=org("Mallorca Zeitung", "https://www.mallorcazeitung.es"),
                    lang="de",
                    section="Lokales",
                )
            )
        ],
        main=main,
        body_cls="mz article-page",
    )
    return Render(html, body, [note, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Allgäuer Zeitung (Kempten, +01:00), custom, live. A pinned "Überblick" entry (18.00 Uhr) on top,
# then newest first; each `<article>` opens with an `<h4>` of the weekday and the clock,
# "Sonntag, 22.40 Uhr", then an `<h3>` (two without; one with two paragraphs); the JSON-LD is a
# `@graph` of a `WebPage`, the `NewsArticle` and a `LiveBlogPosting` whose updates carry no
# headline.


def allgaeuerzeitung(ctx: Ctx) -> Render:
    url = "https://www.all-in.de/kempten/c-lokales/liveticker-schneechaos-im-allgaeu-b12-gesperrt_a6123456"
    headline = "Liveticker: Schneechaos im Allgäu – B12 bei Kempten gesperrt, Bahn nach Oberstdorf unterbrochen"
    published = at(CET, 6, 17, 45)
    body = [
        "Starker Schneefall hat am Sonntagabend im Allgäu zu zahlreichen Unfällen und Sperrungen geführt. Die B12 zwischen Kempten und Buchenberg ist nach mehreren Lkw-Unfällen dicht, die Bahnstrecke nach Oberstdorf ist unterbrochen.",
        "Der Deutsche Wetterdienst warnt bis Montagmittag vor bis zu 40 Zentimetern Neuschnee in den Staulagen. Wir berichten laufend.",
    ]

    def clock(dt: datetime) -> str:
        return f"Sonntag, {uhr(dt)}"

    pinned = Block(
        "live_entry",
        clock(at(CET, 6, 18, 0)),
        at(CET, 6, 18, 0),
        "Überblick",
        [
            "Die Bundesstraße bei Buchenberg ist dicht, Züge nach Oberstdorf fallen aus, die Räumdienste sind im Dauereinsatz."
        ],
    )
    specs = [
        (
            22,
            40,
            "Schulbusse fahren am Montag später",
            [
                "Das Landratsamt Oberallgäu teilt mit, dass die Schulbusse am Montag erst zur zweiten Stunde fahren."
            ],
        ),
        (
            21,
            50,
            None,
            [
                "Die Polizei Kempten zählt seit 17 Uhr 23 Glätteunfälle im Oberallgäu, zwei Menschen wurden leicht verletzt."
            ],
        ),
        (
            20,
            35,
            "Kein Zugverkehr im Oberallgäu",
            [
                "Die Bahn hat den Verkehr zwischen Immenstadt und Oberstdorf eingestellt, weil Bäume unter der Schneelast auf die Oberleitung gestürzt sind.",
                "Ein Ersatzverkehr mit Bussen ist laut Bahn erst ab Montagfrüh möglich.",
            ],
        ),
        (
            19,
            25,
            None,
            [
                "Auf der A7 staut sich der Verkehr zwischen Dreieck Allgäu und Nesselwang auf acht Kilometern."
            ],
        ),
        (
            18,
            40,
            "Lkw quer auf der B12",
            [
                "Bei Buchenberg ist ein Sattelzug quer gerutscht und blockiert beide Fahrtrichtungen der Bundesstraße."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        "B12 wieder einspurig frei",
        [
            "Der Sattelzug bei Buchenberg ist geborgen, die Polizei gibt die Bundesstraße Richtung Kempten einspurig frei."
        ],
    )
    shown = [pinned, *([genuine] if ctx.n == 6 else []), *entries]

    def entry(dt: datetime, head: str | None, paras: list[str], extra: str = "") -> str:
        hd = f'<h3 class="ticker-entry__title">{e(head)}</h3>' if head else ""
        text = "".join(f'<p class="ticker-entry__text">{e(p)}</p>' for p in paras)
        return (
            f'<article class="ticker-entry{extra}"><h4 class="ticker-entry__time">{e(clock(dt))}</h4>'
            f"{hd}{text}</article>"
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras, " ticker-entry--pinned" if b is pinned else "")
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "river": "Der Pegel der Wertach in Kaufbeuren",
        "airport": "Allgäu Airport in Memmingen",
        "grid": "Der Netzbetreiber im Ostallgäu",
        "brand": "der Allgäuer Zeitung",
    }
    tx = Texts(ctx, "de", pl, ".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, title, [text]), ([title] if title else []) + [text], kind, [clock(t)])

    river = fake("Pegel an der Wertach", tx.counter(RIVER, 96), RIVER)
    wind = fake(None, tx.counter(WIND, 66), WIND)
    power = fake("Stromausfall im Ostallgäu", tx.counter(POWER, 1400), POWER)
    btc = fake("Bitcoin am Abend", tx.counter(BTC, 87200), BTC)
    tick = fake("Was sonst noch im Allgäu passiert", tx.pool(TICKER), TICKER)
    promo = fake("Anzeige unseres Partners", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (river, list(range(1, n + 1)), 0.85),
            (wind, [1, 2, 4, n], 0.8),
            (power, [2, 3, 5], 0.8),
            (btc, [1, 3, n], 0.75),
            (tick, [0, 2, 4, n], 0.8),
            (promo, [3, 5, n], 0.7),
        ],
    )
    icls = "article__intro"
    read = bpa(icls, "Dazu passend:", tx.pool(READ), "/kempten/", READ)
    bull = bp(icls, tx.pool(BULLETIN) + ".", BULLETIN, lead="Radio-Nachrichten zur vollen Stunde:")
    signin = bp(icls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(icls, tx.fixed(ERROR), ERROR)
    hours = bp(icls, tx.fixed(HOURS), HOURS, lead="Leserservice:")
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (read, [1, 2], 0.8),
            (bull, [0, 1, 2], 0.8),
            (signin, [2], 0.75),
            (error, [1, 2], 0.7),
            (hours, [0, 2], 0.7),
            (news, [0, 2], 0.75),
        ],
    )
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Michael Munkler",
        publisher=org("Allgäuer Zeitung", "https://www.all-in.de"),
        lang="de",
        section="Kempten",
    )
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#ticker",
        "headline": headline,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "datePublished": b.ts.isoformat() if b.ts else None,
                "articleBody": " ".join(b.paras),
            }
            for b in shown
        ],
    }
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": headline}
    main = f"""<main class="main">
<article class="article article--ticker">
<div class="article__head">
<span class="article__flag">Liveticker</span>
<h1 class="article__headline">{e(headline)}</h1>
<p class="article__meta">Von Michael Munkler | Aktualisiert: {e(clock(modified))}</p>
</div>
<div class="article__intro-wrap">
{intro}
</div>
{ad_slot("az-ad", "Anzeige", "az-ticker-1")}
<section class="ticker">
{feed}
</section>
</article>
</main>"""
    html = page(
        ctx,
        lang="de",
        prefix="az",
        brand="Allgäuer Zeitung",
        url=url,
        title=f"{headline} | Allgäuer Zeitung",
        sections=[
            "Kempten",
            "Oberallgäu",
            "Ostallgäu",
            "Unterallgäu",
            "Lindau",
            "Sport",
            "Freizeit",
        ],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Allgäuer Zeitung, Allgäuer Zeitungsverlag GmbH",
        jsonld=[graph(webpage, article, posting)],
        main=main,
        body_cls="az-ticker-page",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Deutsche Welle (Bonn, +01:00), custom, live, oldest first; each `<div class="liveblog-post">` a
# `<time>` with the clock and the zone in brackets, "18:05 Uhr (MEZ)", then an `<h2>` (two
# without; one with two paragraphs); `@graph` of the `NewsArticle` and a `LiveBlogPosting` whose
# updates carry an `author` and `articleBody`.


def dw(ctx: Ctx) -> Render:
    url = "https://www.dw.com/de/liveticker-orkantief-ueber-norddeutschland-hamburger-hafen-gesperrt/live-71234567"
    headline = "Liveticker: Orkantief über Norddeutschland – Hamburger Hafen gesperrt, Fernverkehr eingestellt"
    published = at(CET, 6, 17, 30)
    body = [
        "Ein Orkantief hat am Sonntagabend Norddeutschland erreicht. Der Hamburger Hafen hat den Schiffsverkehr eingestellt, die Deutsche Bahn hat den Fernverkehr zwischen Hamburg, Bremen und Hannover gestoppt.",
        "Der Deutsche Wetterdienst warnt an der Nordseeküste vor Orkanböen bis 140 Kilometer pro Stunde. Die DW berichtet fortlaufend.",
    ]

    def clock(dt: datetime) -> str:
        return f"{hm(dt)} Uhr (MEZ)"

    specs = [
        (
            18,
            5,
            "Fernverkehr gestoppt",
            [
                "Die Deutsche Bahn stellt den Fernverkehr zwischen Hamburg, Bremen und Hannover bis mindestens Montagmittag ein."
            ],
        ),
        (
            19,
            10,
            None,
            [
                "Die Hamburg Port Authority hat den Hafen für Schiffe über 100 Meter Länge gesperrt, auch die Köhlbrandbrücke ist für Lkw zu."
            ],
        ),
        (
            20,
            25,
            "Sturmflut an der Elbe erwartet",
            [
                "Das Bundesamt für Seeschifffahrt und Hydrographie erwartet in der Nacht eine schwere Sturmflut mit bis zu 2,5 Metern über dem mittleren Hochwasser.",
                "Der Fischmarkt in Altona wird vorsorglich geräumt.",
            ],
        ),
        (
            21,
            30,
            "Baum stürzt auf Regionalzug",
            [
                "Bei Buchholz in der Nordheide ist ein Regionalzug gegen einen umgestürzten Baum gefahren; die 60 Fahrgäste blieben unverletzt."
            ],
        ),
        (
            22,
            45,
            None,
            [
                "Die Feuerwehr Bremen meldet mehr als 150 sturmbedingte Einsätze seit dem frühen Abend, meist wegen umgestürzter Bäume."
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
        "Sturmflut erreicht St. Pauli",
        [
            "Das Wasser der Elbe steht an den Landungsbrücken zwei Meter über dem Normalstand, der Scheitel wird gegen ein Uhr erwartet."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def entry(dt: datetime, head: str | None, paras: list[str]) -> str:
        hd = f'<h2 class="liveblog-post__title">{e(head)}</h2>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="liveblog-post"><div class="liveblog-post__meta"><time datetime="{dt.isoformat()}">{e(clock(dt))}</time></div>'
            f'{hd}<div class="liveblog-post__body rich-text">{text}</div></div>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "airport": "Flughafen Bremen",
        "grid": "Der Netzbetreiber Avacon in Niedersachsen",
        "brand": "DW",
    }
    tx = Texts(ctx, "de", pl, ".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, title, [text]), ([title] if title else []) + [text], kind, [clock(t)])

    ferries = [
        "Die Fähre nach Helgoland bleibt am Montag im Hafen von Cuxhaven.",
        "Die Elbfähre Glückstadt–Wischhafen hat den Betrieb bis Dienstag eingestellt.",
        "Die Fähren nach Norderney fahren ab Montagmittag wieder nach Plan.",
        "Die Hafenfähren der HADAG fahren auf der Linie 62 nur noch bis Finkenwerder.",
        "Die Nachtfähre Kiel–Oslo hat ihre Abfahrt um zwölf Stunden verschoben.",
    ]
    ferry = fake("Fähren an der Küste", turn(ctx, ferries, "ferry"), FERRY)
    wind = fake("Windmessung am Flughafen", tx.counter(WIND, 118), WIND)
    power = fake(None, tx.counter(POWER, 5200), POWER)
    btc = fake("Kryptowährungen", tx.counter(BTC, 87200), BTC)
    tick = fake("Weitere Nachrichten des Abends", tx.pool(TICKER), TICKER)
    bull = fake(f"DW-Nachrichten um {ctx.local.hour} Uhr", tx.pool(BULLETIN), BULLETIN)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (ferry, list(range(1, n + 1)), 0.85),
            (wind, [1, 2, 4, n], 0.8),
            (power, [2, 3, n], 0.8),
            (btc, [0, 3, n], 0.75),
            (tick, [1, 4, n], 0.8),
            (bull, [2, 4, n], 0.8),
        ],
    )
    icls = "intro-text"
    read = bpa(icls, "Empfehlung der Redaktion:", tx.pool(READ), "/de/themen/", READ)
    error = bp(icls, tx.fixed(ERROR), ERROR)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [(read, [1, 2], 0.8), (error, [0, 2], 0.75), (news, [0, 1, 2], 0.75)],
    )
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="DW Nachrichtenredaktion",
        publisher=org("Deutsche Welle", "https://www.dw.com"),
        lang="de",
        section="Deutschland",
    )
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#liveblog",
        "headline": headline,
        "url": url,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": b.head or " ".join(b.paras[0].split()[:8]),
                "datePublished": b.ts.isoformat() if b.ts else None,
                "author": {"@type": "Organization", "name": "DW"},
                "articleBody": " ".join(b.paras),
            }
            for b in shown
        ],
    }
    main = f"""<div class="content-area">
<main class="live-article">
<header class="live-article__header">
<span class="kicker">Wetter</span>
<h1>{e(headline)}</h1>
<div class="publication"><span class="author">DW Nachrichtenredaktion</span> <span class="date">06.12.2026</span> <span class="updated">Zuletzt aktualisiert {e(clock(modified))}</span></div>
</header>
<div class="live-article__teaser">
{intro}
</div>
<div class="liveblog">
{feed}
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="dw",
        brand="Deutsche Welle",
        url=url,
        title=f"{headline} – DW – 06.12.2026",
        sections=["Themen", "Deutschland", "Europa", "Welt", "Wirtschaft", "Kultur", "Wissen"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Deutsche Welle",
        jsonld=[graph(article, posting)],
        main=main,
        body_cls="dw-live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "mallorcazeitung-unwetter-sturzflut-in-sant-llorenc-ma-15-bei-manacor-gesperrt",
        "Mallorca Zeitung (ES)",
        "de",
        "updates",
        CET,
        mallorcazeitung,
    ),
    Site(
        "allgaeuerzeitung-liveticker-schneechaos-im-allgaeu-b12-bei-kempten-gesperrt",
        "Allgäuer Zeitung (DE)",
        "de",
        "live",
        CET,
        allgaeuerzeitung,
    ),
    Site(
        "dw-liveticker-orkantief-ueber-norddeutschland-hamburger-hafen-gesperrt",
        "Deutsche Welle (DE)",
        "de",
        "live",
        CET,
        dw,
    ),
]
