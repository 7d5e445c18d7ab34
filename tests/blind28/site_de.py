"""German-language publishers: Neue Osnabrücker Zeitung (Osnabrück, DE), Brasil-Post (São Paulo,
BR), Die Rheinpfalz (Ludwigshafen, DE)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    FOLLOW,
    GIFT,
    HIRING,
    JAM,
    NEWS,
    PHOTO,
    PROMO,
    PUSH,
    READ,
    STREAM,
    SURVEY,
    TICKER,
    TOYS,
    DateBlock,
    Texts,
    bp,
    bpa,
    ld,
    live_posting_ld,
    month,
    page,
    post,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1
BRT = -3

_SUBS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Panorama", "Region", "Verkehr", "Wetter"]
_FOOT = {
    "Service": ["Kontakt", "Abo", "E-Paper", "Newsletter", "Mediadaten"],
    "Rechtliches": ["Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen"],
}
_WD = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# Neue Osnabrücker Zeitung (Osnabrück, +01:00), custom. A bold "Zu diesem Text:" at the top
# (`editors_note`); a "Das Neueste" box beside the body (after it in the markup), newest first, each
# item a `<time>` "So., 6.12., 22.35 Uhr", a line break and the text; a bold "Wir haben korrigiert:"
# at the end of the story (`correction`).


def noz(ctx: Ctx) -> Render:
    url = "https://www.noz.de/lokales/osnabrueck/artikel/glatteis-a1-bei-osnabrueck-hafen-gesperrt-dutzende-unfaelle-48213377"
    headline = "Glatteis: A1 bei Osnabrück-Hafen gesperrt – Dutzende Unfälle im Osnabrücker Land"
    published = at(CET, 6, 19, 10)
    cls = "noz-article__text"
    body = [
        "Überfrierender Regen hat am Sonntagabend die Straßen im Osnabrücker Land in Rutschbahnen verwandelt. Die Polizei sperrte die A1 zwischen Osnabrück-Hafen und Lotte/Osnabrück in Richtung Dortmund.",
        "Nach Angaben der Polizeidirektion Osnabrück krachte es seit dem späten Nachmittag mehr als 40-mal, meist blieb es bei Blechschäden.",
        "Auf der A1 rutschte gegen 19 Uhr ein Lastwagen in die Mittelschutzplanke und stellte sich quer, zwei nachfolgende Autos fuhren auf.",
        "„Wir kommen mit dem Streuen kaum hinterher, das Wasser gefriert sofort wieder“, sagte ein Sprecher der Autobahnmeisterei Osnabrück.",
        "Die Stadtwerke Osnabrück stellten den Busverkehr gegen 20 Uhr auf allen Linien ein; Fahrgäste sollen sich in der App informieren.",
        "Der Deutsche Wetterdienst warnt bis Montagmittag vor Glatteis im gesamten Westen Niedersachsens.",
    ]
    about = Block(
        "editors_note",
        "Zu diesem Text",
        None,
        None,
        [
            "Dieser Artikel wird fortlaufend ergänzt. Angaben zu Unfällen stammen von der Polizeidirektion Osnabrück und wurden nicht einzeln überprüft."
        ],
    )
    about.html = f'<p class="{cls}"><strong>Zu diesem Text:</strong> {e(about.paras[0])}</p>'

    def stamp(dt: datetime) -> str:
        return f"{_WD[dt.weekday()]}, {dt.day}.{dt.month}., {dt.hour}.{dt.minute:02d} Uhr"

    specs = [
        (
            22,
            35,
            "Die Autobahnpolizei rechnet damit, dass die A1 in Richtung Dortmund bis mindestens 1 Uhr gesperrt bleibt; der Verkehr wird ab Osnabrück-Hafen abgeleitet.",
        ),
        (
            21,
            10,
            "Im Kreis Osnabrück sind mehrere Streufahrzeuge selbst in den Graben gerutscht, meldet der Landkreis.",
        ),
    ]
    notes = [
        Block("update", stamp(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        None,
        [
            "Der Lastwagen auf der A1 ist geborgen; eine Spur in Richtung Dortmund ist wieder frei, meldet die Autobahnpolizei."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def item(dt: datetime, label: str, text: str) -> str:
        return (
            f'<p class="noz-ticker__item"><time datetime="{dt.isoformat()}">{e(label)}</time><br>'
            f"{e(text)}</p>"
        )

    for b in shown:
        b.html = item(b.ts or published, b.label or "", b.paras[0])
    fix = Block(
        "correction",
        "Wir haben korrigiert",
        None,
        None,
        [
            "In einer früheren Fassung hieß es, die Sperrung beginne an der Anschlussstelle Osnabrück-Nord. Richtig ist Osnabrück-Hafen."
        ],
    )
    fix.html = f'<p class="{cls}"><strong>Wir haben korrigiert:</strong> {e(fix.paras[0])}</p>'
    modified = shown[0].ts or published
    pl = {
        "author": "Corinna Berghahn",
        "stream": "Live aus dem Landtag: die Debatte über den Nachtragshaushalt",
        "jam": "A30 Richtung Amsterdam bei Hasbergen",
        "toys": "Die Wunschbaum-Aktion unserer Redaktion",
        "brand": "NOZ",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def side(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(item(t, stamp(t), f"{word}: {text}"), [text], kind, [stamp(t)])

    jam = side("Verkehr", tx.counter(JAM, 6), JAM, 1, 9)
    tick = side("Außerdem", tx.pool(TICKER) + ".", TICKER, 2, 15)
    toys = side("Wunschbaum", tx.counter(TOYS, 860), TOYS, 3, 12)
    box = weave(
        ctx,
        [b.html for b in shown],
        [
            (jam, list(range(len(shown) + 1)), 0.85),
            (tick, list(range(len(shown) + 1)), 0.8),
            (toys, [0, len(shown)], 0.8),
        ],
    )
    follow = bp(cls, tx.counter(FOLLOW, 1270), FOLLOW)
    stream = bp(cls, tx.counter(STREAM, 420), STREAM, lead="Live-Video:")
    photo = bp(cls, tx.pool(PHOTO), PHOTO, lead="Leserfoto des Tages:", tag="em")
    read = bpa(cls, "Lesen Sie auch:", tx.pool(READ), "/lokales/osnabrueck/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Anzeige –", tag="em")
    push = bp(cls, tx.fixed(PUSH), PUSH)
    survey = bp(cls, tx.fixed(SURVEY), SURVEY, lead="Umfrage:")
    hiring = bp(cls, tx.fixed(HIRING), HIRING)
    gift = bp(cls, tx.fixed(GIFT), GIFT)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [about.html] + [_p(cls, p) for p in body] + [fix.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (follow, [1, k], 0.75),
            (stream, [2, 4, 6], 0.8),
            (photo, [3, 5, k], 0.75),
            (read, [2, 3, 5], 0.8),
            (promo, [0, 4, k], 0.7),
            (push, [0, k - 1, k], 0.7),
            (survey, [5, k], 0.7),
            (hiring, [k - 1, k], 0.7),
            (gift, [1, 6, k], 0.75),
            (news, [4, k], 0.75),
        ],
    )
    main = f"""<div class="noz-page">
<main class="noz-main">
<article class="noz-article">
<nav class="noz-breadcrumb"><a href="/lokales/">Lokales</a> <a href="/lokales/osnabrueck/">Osnabrück</a></nav>
<span class="noz-article__kicker">Wetterchaos</span>
<h1 class="noz-article__headline">{e(headline)}</h1>
<div class="noz-article__meta"><span class="noz-author">Von Corinna Berghahn</span> <time datetime="{published.isoformat()}">06.12.2026, 19:10 Uhr</time> <span class="noz-updated">Aktualisiert: {modified.hour:02d}:{modified.minute:02d} Uhr</span></div>
<figure class="noz-figure"><img src="/img/incoming/origs48213/a1-glatteis.jpg" alt="" loading="lazy"><figcaption>Ein Streufahrzeug auf der A1 bei Osnabrück am Sonntagabend. Foto: Michael Gründel</figcaption></figure>
<div class="noz-article__body">
{story}
</div>
<aside class="noz-ticker" aria-label="Das Neueste">
<h2 class="noz-ticker__title">Das Neueste</h2>
{box}
</aside>
</article>
{ad_slot("noz-ad", "Anzeige", "noz-sky-1")}
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="noz",
        brand="NOZ",
        url=url,
        title=f"{headline} | NOZ",
        sections=["Lokales", "Niedersachsen", "Deutschland & Welt", "Sport", "Wirtschaft"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Neue Osnabrücker Zeitung GmbH & Co. KG",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Corinna Berghahn",
                    publisher=org("Neue Osnabrücker Zeitung", "https://www.noz.de"),
                    lang="de",
                    section="Osnabrück",
                )
            )
        ],
        main=main,
        body_cls="noz article-detail",
    )
    return Render(html, body, [about, *shown, fix], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Brasil-Post (São Paulo, -03:00; the fetches run from 7pm to 8pm on Sunday 6 December),
# WordPress-like. A boxed bold "Erläuterung der Redaktion:" above the body (`clarification`); notes
# after the story, oldest first, each an `<h4>` with only a written-out date and a clock and the
# zone, "6. Dezember 2026 – 17:20 Uhr (Brasília-Zeit)", + a paragraph; an italic "Korrigiert am 6.
# Dezember 2026:" at the very end (`correction`, date only).


def brasilpost(ctx: Ctx) -> Render:
    url = "https://brasilpost.com.br/2026/12/06/unwetter-sao-paulo-marginal-tiete-ueberflutet-congonhas-geschlossen/"
    headline = "Unwetter in São Paulo: Marginal Tietê überflutet, Flughafen Congonhas geschlossen"
    published = at(BRT, 6, 15, 45)
    cls = "bp-content"
    body = [
        "Ein heftiges Gewitter hat am Sonntagnachmittag weite Teile von São Paulo unter Wasser gesetzt. Die Stadtautobahn Marginal Tietê wurde zwischen den Brücken Casa Verde und Freguesia do Ó überflutet.",
        "Nach Angaben des städtischen Krisenzentrums CGE fielen in der Zone Nord binnen zwei Stunden mehr als 80 Millimeter Regen.",
        "Der Inlandsflughafen Congonhas stellte den Betrieb gegen 15.30 Uhr ein, nachdem Blitze in der Nähe des Vorfelds eingeschlagen hatten.",
        "„Das Wasser stand bis zu den Türgriffen, wir sind auf das Autodach geklettert“, erzählte ein Taxifahrer in Casa Verde.",
        "Der Stromversorger Enel meldete, dass rund 300.000 Haushalte im Großraum São Paulo zeitweise ohne Strom waren.",
        "Die Zivilverteidigung rief die Bewohner der Risikogebiete auf, Hänge und Bachläufe zu meiden.",
    ]
    clar = Block(
        "clarification",
        "Erläuterung der Redaktion",
        None,
        None,
        [
            "Die Zahlen zu Stromausfällen stammen vom Versorger Enel; die Stadtverwaltung nennt niedrigere Werte, weil sie nur das Stadtgebiet zählt."
        ],
    )
    clar.html = f'<div class="bp-box"><p class="{cls}"><strong>Erläuterung der Redaktion:</strong> {e(clar.paras[0])}</p></div>'

    def stamp(dt: datetime) -> str:
        return f"{dt.day}. {month(dt, 'de')} 2026 – {dt.hour}:{dt.minute:02d} Uhr (Brasília-Zeit)"

    specs = [
        (
            17,
            20,
            "Die Marginal Tietê ist in Richtung Castelo Branco wieder befahrbar, in Gegenrichtung steht das Wasser noch auf zwei Spuren.",
        ),
        (
            18,
            35,
            "Die Feuerwehr hat in Freguesia do Ó zwei Menschen aus einem eingeschlossenen Auto gerettet; beide sind unverletzt.",
        ),
    ]
    notes = [
        Block("update", stamp(at(BRT, 6, h, m)), at(BRT, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(BRT, 6, 19, 53)),
        at(BRT, 6, 19, 53),
        None,
        [
            "Congonhas hat den Flugbetrieb wieder aufgenommen; die ersten Maschinen aus Rio de Janeiro sind gelandet, meldet die Betreibergesellschaft."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(title: str, text: str) -> str:
        return f'<h4 class="bp-nachtrag">{e(title)}</h4><p class="{cls}">{e(text)}</p>'

    for b in shown:
        b.html = note(b.label or "", b.paras[0])
    fix = DateBlock(
        "correction",
        "Korrigiert am 6. Dezember 2026",
        None,
        None,
        [
            "Congonhas ist der Inlandsflughafen der Stadt, nicht der internationale Flughafen Guarulhos, wie es zunächst hieß."
        ],
    )
    fix.day = at(BRT, 6, 0, 0).date()
    fix.html = f'<p class="{cls}"><em>Korrigiert am 6. Dezember 2026: {e(fix.paras[0])}</em></p>'
    modified = shown[-1].ts or published
    pl = {
        "author": "Friedrich Hahn",
        "stream": "Live: Pressekonferenz des Bürgermeisters im Rathaus",
        "jam": "Rodovia dos Bandeirantes stadtauswärts bei Jundiaí",
        "toys": "Die Weihnachtsaktion der Deutschen Schule Humboldt",
        "brand": "Brasil-Post",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def clocked(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(note(stamp(t), text), [text], kind, [stamp(t)])

    jam = clocked("Stau: " + tx.counter(JAM, 11), JAM, 1, 10)
    tick = clocked("Weitere Meldung: " + tx.pool(TICKER) + ".", TICKER, 2, 14)
    toys = clocked(tx.counter(TOYS, 340), TOYS, 3, 12)
    follow = bp(cls, tx.counter(FOLLOW, 610), FOLLOW)
    stream = bp(cls, tx.counter(STREAM, 280), STREAM, lead="Jetzt live:")
    photo = bp(cls, tx.pool(PHOTO), PHOTO, lead="Leserbild:", tag="em")
    read = bpa(cls, "Auch interessant:", tx.pool(READ), "/category/brasilien/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Werbung:")
    push = bp(cls, tx.fixed(PUSH), PUSH)
    survey = bp(cls, tx.fixed(SURVEY), SURVEY)
    gift = bp(cls, tx.fixed(GIFT), GIFT, lead="Geschenktipp:")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [clar.html] + [_p(cls, p) for p in body]
    end = len(units)
    units += [b.html for b in shown] + [fix.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (jam, list(range(end, k)), 0.85),
            (tick, [end, end + 1, k - 1], 0.8),
            (toys, list(range(end, k)), 0.8),
            (follow, [1, k], 0.75),
            (stream, [2, 4, end], 0.8),
            (photo, [3, 5, k], 0.75),
            (read, [2, 3, 5], 0.8),
            (promo, [0, 4, k], 0.7),
            (push, [0, end - 1, k], 0.7),
            (survey, [5, k], 0.7),
            (gift, [1, 6, k], 0.75),
            (news, [4, k], 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard">
<header class="entry-header">
<span class="cat-links"><a href="/category/brasilien/" rel="category tag">Brasilien</a></span>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="byline">von Friedrich Hahn</span> <span class="posted-on"><time class="entry-date published" datetime="{published.isoformat()}">6. Dezember 2026</time></span></div>
</header>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/marginal-tiete-enchente.jpg" alt="" loading="lazy"><figcaption>Überflutete Fahrbahn der Marginal Tietê am Sonntagnachmittag. Foto: Agência Brasil</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
</main>
<aside id="secondary" class="widget-area">{ad_slot("bp-ad", "Werbung", "bp-sidebar-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="bp",
        brand="Brasil-Post",
        url=url,
        title=f"{headline} – Brasil-Post",
        sections=["Brasilien", "Gemeinschaft", "Wirtschaft", "Kultur", "Reise", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Brasil-Post – Die deutschsprachige Zeitung in Brasilien",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Friedrich Hahn",
                    publisher=org("Brasil-Post", "https://brasilpost.com.br"),
                    lang="de",
                    section="Brasilien",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [clar, *shown, fix], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Die Rheinpfalz (Ludwigshafen, +01:00), custom, live: a pinned "Das Wichtigste in Kürze" entry
# (18.00 Uhr) on top, then entries oldest first, each a `<time>` with a numeric date "06.12.2026,
# 22:41 Uhr" above an `<h2>` (two without); a standalone `LiveBlogPosting` whose updates carry no
# headline.


def rheinpfalz(ctx: Ctx) -> Render:
    url = "https://www.rheinpfalz.de/lokal/pirmasens_artikel,-liveblog-glaette-b10-bei-hinterweidenthal-gesperrt-_arid,5712904.html"
    headline = (
        "Liveblog: Glätte in der Pfalz – B10 bei Hinterweidenthal gesperrt, Busse stehen still"
    )
    published = at(CET, 6, 17, 45)
    body = [
        "Schneefall und gefrierender Regen haben am Sonntagabend in der Südwestpfalz und im Pfälzerwald für zahlreiche Unfälle gesorgt. Die B10 ist zwischen Hinterweidenthal und Hauenstein gesperrt.",
        "Wir halten Sie in diesem Liveblog auf dem Laufenden.",
    ]

    def stamp(dt: datetime) -> str:
        return f"{dt.day:02d}.{dt.month:02d}.2026, {dt.hour:02d}:{dt.minute:02d} Uhr"

    pinned = Block(
        "live_entry",
        stamp(at(CET, 6, 18, 0)),
        at(CET, 6, 18, 0),
        "Das Wichtigste in Kürze",
        [
            "Zwischen Hinterweidenthal und Hauenstein ist die B10 in beiden Richtungen dicht, der Busverkehr im Landkreis Südwestpfalz ruht bis auf Weiteres."
        ],
    )
    specs = [
        (
            19,
            5,
            "Erste Unfälle auf der B10",
            [
                "Bei Hinterweidenthal sind zwei Autos auf glatter Fahrbahn zusammengestoßen; ein Fahrer wurde leicht verletzt."
            ],
        ),
        (
            20,
            10,
            None,
            [
                "Die Straßenmeisterei Pirmasens hat alle verfügbaren Streufahrzeuge im Einsatz, kommt aber auf den Steigungen kaum voran."
            ],
        ),
        (
            21,
            0,
            "Lastwagen blockieren die Steigung",
            [
                "Mehrere Sattelzüge hängen an der Steigung bei Hauenstein fest.",
                "Die Polizei lässt nur noch Autos mit Winterreifen durch, Lastwagen müssen auf dem Parkplatz Wieslautern warten.",
            ],
        ),
        (
            21,
            55,
            "Busverkehr eingestellt",
            [
                "Die Queichtal-Nahverkehrsgesellschaft stellt den Busverkehr im Kreis Südwestpfalz ein, auch die Nachtbusse fallen aus."
            ],
        ),
        (
            22,
            41,
            None,
            [
                "Auch auf der L496 zwischen Dahn und Bruchweiler-Bärenbach ist ein Auto in den Graben gerutscht, die Fahrerin blieb unverletzt."
            ],
        ),
    ]
    entries = [
        Block("live_entry", stamp(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        stamp(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        "B10 wieder einspurig frei",
        [
            "Der Landesbetrieb Mobilität gibt die B10 in Richtung Landau einspurig frei; in Richtung Pirmasens bleibt die Strecke gesperrt."
        ],
    )
    shown = [pinned, *entries] + ([genuine] if ctx.n == 6 else [])

    def entry(
        dt: datetime, label: str, head: str | None, paras: list[str], *, pin: bool = False
    ) -> str:
        badge = '<span class="rp-ticker__pin">Angeheftet</span>' if pin else ""
        hd = f'<h2 class="rp-ticker__headline">{e(head)}</h2>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<article class="rp-ticker__entry{" rp-ticker__entry--pinned" if pin else ""}">{badge}'
            f'<time class="rp-ticker__time" datetime="{dt.isoformat()}">{e(label)}</time>{hd}'
            f'<div class="rp-ticker__text">{text}</div></article>'
        )

    for b in shown:
        b.html = entry(b.ts or published, b.label or "", b.head, b.paras, pin=b is pinned)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "author": "Kathrin Ochs",
        "stream": "Live aus Mainz: die Sondersitzung des Verkehrsausschusses",
        "jam": "A6 Richtung Mannheim vor dem Kreuz Frankenthal",
        "toys": "Die Weihnachtsaktion „Die Rheinpfalz hilft“",
        "brand": "Die Rheinpfalz",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 18) -> W:
        t = ctx.ago(lo, hi)
        html = entry(t, stamp(t), title, [text])
        return post(html, ([title] if title else []) + [text], kind, [stamp(t)])

    jam = fake("Stau auf der A6", tx.counter(JAM, 8), JAM)
    tick = fake("Was sonst in der Pfalz passiert", tx.pool(TICKER), TICKER)
    toys = fake(None, tx.counter(TOYS, 1540), TOYS)
    stream = fake("Livestream aus dem Landtag", tx.counter(STREAM, 730), STREAM)
    promo = fake("Anzeige – Partnerangebot", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (jam, list(range(1, n + 1)), 0.85),
            (tick, [0, 1, 3, 5, n], 0.8),
            (toys, [1, 2, 4, n], 0.8),
            (stream, [2, 4, 6], 0.75),
            (promo, [1, 3, n], 0.7),
        ],
    )
    icls = "rp-article__intro"
    follow = bp(icls, tx.counter(FOLLOW, 940), FOLLOW)
    photo = bp(icls, tx.pool(PHOTO), PHOTO, lead="Unser Leserfoto:", tag="em")
    read = bpa(icls, "Mehr aus der Region:", tx.pool(READ), "/lokal/", READ)
    push = bp(icls, tx.fixed(PUSH), PUSH)
    hiring = bp(icls, tx.fixed(HIRING), HIRING)
    gift = bp(icls, tx.fixed(GIFT), GIFT)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (follow, [0, 2], 0.75),
            (photo, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (push, [0, 2], 0.7),
            (hiring, [2], 0.7),
            (gift, [0, 1], 0.7),
            (news, [1, 2], 0.75),
        ],
    )
    posting = live_posting_ld(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        publisher=org("Die Rheinpfalz", "https://www.rheinpfalz.de"),
        entries=shown,
        lang="de",
        headlines=False,
    )
    main = f"""<div class="rp-layout">
<main class="rp-main">
<article class="rp-article rp-article--liveblog">
<p class="rp-article__dachzeile">Liveblog</p>
<h1 class="rp-article__headline">{e(headline)}</h1>
<p class="rp-article__meta">Kathrin Ochs · Letzte Aktualisierung: {e(stamp(modified))}</p>
<div class="rp-article__lead">
{intro}
</div>
{ad_slot("rp-ad", "Anzeige", "rp-content-1")}
<div class="rp-ticker">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="rp",
        brand="Die Rheinpfalz",
        url=url,
        title=f"{headline} - Pirmasens - DIE RHEINPFALZ",
        sections=["Lokal", "Pfalz", "Politik", "Wirtschaft", "Sport", "Kultur"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Rheinpfalz Verlag und Druckerei GmbH & Co. KG",
        jsonld=[ld(posting)],
        main=main,
        body_cls="rp page-liveblog",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "noz-glatteis-a1-bei-osnabrueck-hafen-gesperrt-dutzende-unfaelle-im-osnabruecker-land",
        "Neue Osnabrücker Zeitung (DE)",
        "de",
        "updates",
        CET,
        noz,
    ),
    Site(
        "brasilpost-unwetter-in-sao-paulo-marginal-tiete-ueberflutet-flughafen-congonhas-geschlossen",
        "Brasil-Post (BR)",
        "de",
        "updates",
        BRT,
        brasilpost,
    ),
    Site(
        "rheinpfalz-liveblog-glaette-in-der-pfalz-b10-bei-hinterweidenthal-gesperrt",
        "Die Rheinpfalz (DE)",
        "de",
        "live",
        CET,
        rheinpfalz,
    ),
]
