"""German-language publishers: the Griechenland Zeitung (Athens, Greece), the Mannheimer Morgen
(Mannheim) and the Moskauer Deutsche Zeitung (Moscow, Russia)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    CAROLS,
    COATS,
    DRIVERS,
    FACT,
    GIVEAWAY,
    HOMEWORK,
    LEGAL,
    NEWS,
    PROMO,
    QUEUE,
    READ,
    READATHON,
    RESOLUTION,
    SPOTTED,
    TICKER,
    Texts,
    bp,
    bpa,
    graph,
    hm,
    ld,
    page,
    post,
    uhr,
    weekday,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

EET = 2
CET = 1
MSK = 3

_SUBS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Panorama", "Leserbriefe", "Service", "Reisen"]
_FOOT = {
    "Verlag": ["Impressum", "Kontakt", "Mediadaten", "Abo", "E-Paper"],
    "Rechtliches": ["Datenschutz", "AGB", "Barrierefreiheit", "Cookie-Einstellungen"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# Griechenland Zeitung (Athens, +02:00; the fetches run from midnight to 1am on Monday 7
# December), custom. A bold "Leserhinweis:" at the top (`editors_note`); three notes after
# paragraph 2, oldest first, each an `<h3>` with a **numeric full date and no update word**,
# "Sonntag, 06.12.2026, 21:50 Uhr", + a body paragraph; a bold "Fehlerkorrektur:" at the end
# (`correction`). The genuine note falls on Monday, after local midnight.


def gz(ctx: Ctx) -> Render:
    url = "https://www.griechenland.net/nachrichten/chronik/42817-sturmtief-elpida-faehren-piraeus-kifissos-athen"
    headline = "Sturmtief „Elpida“: Fähren bleiben in Piräus, Kifissos-Allee in Athen überflutet"
    published = at(EET, 6, 17, 30)
    cls = "gz-text"
    body = [
        "Das Sturmtief „Elpida“ hat am Sonntag weite Teile Attikas lahmgelegt: Das Ministerium für Handelsschifffahrt untersagte am Nachmittag alle Fährabfahrten aus Piräus, Rafina und Lavrio.",
        "Der Wetterdienst EMY meldete auf den Kykladen Windstärke 9 bis 10, in Böen auch mehr; in Athen fielen binnen sechs Stunden über 80 Liter Regen pro Quadratmeter.",
        "Besonders betroffen war die Kifissos-Allee, die auf mehreren Kilometern zwischen Agios Ioannis Rentis und Metamorfosi gesperrt werden musste, nachdem Wasser aus dem Flussbett auf die Fahrbahn getreten war.",
        "„So etwas habe ich in 30 Jahren nicht erlebt“, sagte ein Taxifahrer, der seinen Wagen in der Nähe der Haltestelle Sepolia zurücklassen musste.",
        "Die Feuerwehr rückte nach eigenen Angaben bis zum Abend zu mehr als 400 Einsätzen aus, vor allem um vollgelaufene Keller auszupumpen und umgestürzte Bäume zu beseitigen.",
        "In Piräus warteten zahlreiche Reisende, darunter viele Studierende auf dem Heimweg zu den Inseln, in den Hallen des Hafens auf Nachricht über neue Abfahrtszeiten.",
        "Der Zivilschutz rief die Bevölkerung auf, unnötige Fahrten zu vermeiden und sich von Bachläufen und Unterführungen fernzuhalten.",
    ]
    hinweis = Block(
        "editors_note",
        "Leserhinweis",
        None,
        None,
        [
            "Äußerungen griechischer Behörden und Politiker geben wir in eigener Übersetzung aus dem Griechischen wieder."
        ],
    )
    hinweis.html = f'<p class="{cls}"><strong>Leserhinweis:</strong> {e(hinweis.paras[0])}</p>'

    def stamp(dt: datetime) -> str:
        return f"{weekday(dt, 'de')}, {dt.day:02d}.12.2026, {hm(dt)} Uhr"

    specs = [
        (
            21,
            50,
            "Die Hafenbehörde von Piräus rechnet nicht damit, dass vor Montagmittag wieder Fähren auslaufen dürfen. Reisende sollen sich bei den Reedereien informieren.",
        ),
        (
            22,
            40,
            "Die Metro-Linie 1 fährt zwischen Faliro und Neo Faliro nur eingleisig, weil Wasser in den Gleisbereich gelaufen ist, teilt der Betreiber STASY mit.",
        ),
        (
            23,
            35,
            "Der Bürgermeister von Agios Ioannis Rentis hat die Schulen der Gemeinde für Montag geschlossen. Auch in Peristeri bleibt der Unterricht aus.",
        ),
    ]
    notes = [
        Block("update", stamp(at(EET, 6, h, m)), at(EET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(EET, 7, 0, 53)),
        at(EET, 7, 0, 53),
        None,
        [
            "Die Kifissos-Allee ist in Richtung Lamia wieder auf zwei Spuren befahrbar, meldet die Verkehrspolizei von Attika. Die Gegenrichtung bleibt gesperrt."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(title: str, text: str) -> str:
        return f'<h3 class="gz-zwischen">{e(title)}</h3><p class="{cls}">{e(text)}</p>'

    for b in shown:
        b.html = note(b.label or "", b.paras[0])
    corr = Block(
        "correction",
        "Fehlerkorrektur",
        None,
        None,
        [
            "In einer früheren Fassung stand, die Kifissos-Allee sei bis Nea Filadelfia gesperrt. Richtig ist: bis Metamorfosi."
        ],
    )
    corr.html = f'<p class="{cls}"><strong>Fehlerkorrektur:</strong> {e(corr.paras[0])}</p>'
    modified = shown[-1].ts or published
    pl = {
        "choir": "der Christuskirche in der Sina-Straße",
        "readathon": "Lesemarathon der Deutschen Schule Athen",
        "coats": "Kleiderstange der Evangelischen Kirche",
        "post": "Hauptpost am Omonia-Platz",
        "legal": "der Deutschen Gemeinde in Kolonaki",
        "homework": "im Gemeindehaus der Christuskirche",
        "drivers": "der Deutschen Gemeinde",
        "brand": "der Griechenland Zeitung",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def noted(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        mark = f"{word} – {stamp(ctx.ago(lo, hi))}"
        return post(note(mark, text), [text], kind, [mark])

    carols = noted("Adventssingen", tx.counter(CAROLS, 141), CAROLS, 1, 10)
    queue = noted("Warteschlange", tx.counter(QUEUE, 38), QUEUE, 1, 9)
    tick = noted("Kurz gemeldet", tx.pool(TICKER) + ".", TICKER, 1, 18)
    t = ctx.ago(1, 12)
    coats = bp(cls, tx.counter(COATS, 52), COATS, lead=f"Kleiderstange ({uhr(t)}):")
    spotted = bp(cls, tx.pool(SPOTTED), SPOTTED, lead="Gesichtet:")
    give = bp(cls, tx.pool(GIVEAWAY), GIVEAWAY, lead="Zu verschenken:")
    fact = bp(cls, tx.pool(FACT), FACT, lead="Wussten Sie schon?")
    legal = bp(cls, tx.fixed(LEGAL), LEGAL)
    drivers = bp(cls, tx.fixed(DRIVERS), DRIVERS)
    read = bpa(cls, "Lesen Sie dazu:", tx.pool(READ), "/nachrichten/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Promotion –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = [hinweis.html] + paras[:2] + [b.html for b in shown] + paras[2:] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (carols, list(range(3, 4 + nb)), 0.85),
            (queue, list(range(3, 4 + nb)), 0.8),
            (tick, [2, 3, 3 + nb, k - 1], 0.8),
            (coats, [2, 4 + nb, k], 0.8),
            (spotted, [1, 5 + nb, k], 0.75),
            (give, [2, 6 + nb, k], 0.75),
            (fact, [1, 4 + nb, k], 0.75),
            (legal, [1, 7 + nb, k], 0.7),
            (drivers, [2, 5 + nb], 0.7),
            (read, [1, 2, 6 + nb], 0.8),
            (promo, [0, 7 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="gz-page">
<main class="gz-main">
<article class="gz-article">
<p class="gz-article__rubrik"><a href="/nachrichten/chronik">Chronik</a></p>
<h1 class="gz-article__title">{e(headline)}</h1>
<p class="gz-article__teaser">Fährverbot in allen Häfen Attikas, Hunderte Feuerwehreinsätze und eine gesperrte Stadtautobahn</p>
<div class="gz-article__info"><span class="gz-author">Griechenland Zeitung / Redaktion</span> <span class="gz-date">Sonntag, 06. Dezember 2026</span></div>
<figure class="gz-figure"><img src="/images/2026/12/kifissos-sturm.jpg" alt="" loading="lazy"><figcaption>Die überflutete Kifissos-Allee am Sonntagnachmittag. (Foto: Eurokinissi)</figcaption></figure>
<div class="gz-article__body">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="gz",
        brand="Griechenland Zeitung",
        url=url,
        title=f"{headline} | Griechenland Zeitung",
        sections=["Nachrichten", "Politik", "Wirtschaft", "Kultur", "Tourismus", "Zypern"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Griechenland Zeitung – Hellas Verlag",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redaktion",
                    publisher=org("Griechenland Zeitung", "https://www.griechenland.net"),
                    lang="de",
                    section="Chronik",
                )
            )
        ],
        main=main,
        body_cls="gz view-article",
    )
    return Render(html, body, [hinweis, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Mannheimer Morgen (Mannheim, +01:00; the fetches run from 11pm to midnight on Sunday), custom.
# Notes at the top, newest first, each a body paragraph with a bold **"Neu (22.50 Uhr):"**
# lead; a bold "Erratum:" at the end (`correction`); a "Transparenz" box **beside the body**
# (after it in the markup) with an `<h4>` label (`editors_note`).


def mm(ctx: Ctx) -> Render:
    url = "https://www.mannheimer-morgen.de/orte/mannheim_artikel,-mannheim-grossbrand-im-industriehafen-rauchwarnung-fuer-neckarstadt-west-_arid,2218474.html"
    headline = "Großbrand im Industriehafen: Rauchwarnung für Neckarstadt-West und Jungbusch"
    published = at(CET, 6, 18, 5)
    cls = "mm-paragraph"
    body = [
        "Im Mannheimer Industriehafen ist am Sonntagabend eine Lagerhalle eines Recyclingbetriebs in Brand geraten; eine dichte Rauchwolke zog über die Neckarstadt-West und den Jungbusch.",
        "Die Berufsfeuerwehr war nach eigenen Angaben mit rund 120 Einsatzkräften vor Ort, unterstützt von mehreren Abteilungen der Freiwilligen Feuerwehr und einem Löschboot auf dem Altrhein.",
        "Über die Warn-App Nina wurden Anwohnerinnen und Anwohner aufgefordert, Fenster und Türen geschlossen zu halten und Lüftungs- und Klimaanlagen abzuschalten.",
        "„Man hat den Rauch bis zum Luisenpark gerochen“, sagte eine Spaziergängerin, die mit ihrem Hund an der Neckarpromenade unterwegs war.",
        "Die Friesenheimer Straße und die Diffenébrücke wurden für den Verkehr gesperrt; die RNV leitete die Straßenbahnlinie 3 über den Kaiserring um.",
        "Nach Angaben der Polizei wurde niemand verletzt. Zur Brandursache und zur Höhe des Schadens konnte ein Sprecher noch keine Angaben machen.",
        "Die Stadt kündigte an, am Montagmorgen Messergebnisse zur Luftqualität auf ihrer Internetseite zu veröffentlichen.",
    ]

    def label(dt: datetime) -> str:
        return f"Neu ({uhr(dt)})"

    specs = [
        (
            22,
            50,
            "Die Feuerwehr hat den Brand nach eigenen Angaben unter Kontrolle. Die Nachlöscharbeiten werden aber bis in den Montag hinein dauern.",
        ),
        (
            21,
            35,
            "Messwagen der Feuerwehr haben in der Neckarstadt-West bislang keine erhöhten Schadstoffwerte festgestellt, teilt die Stadt mit.",
        ),
        (
            20,
            10,
            "Die Diffenébrücke ist wieder in Richtung Innenstadt befahrbar. Die Friesenheimer Straße bleibt gesperrt.",
        ),
    ]
    notes = [
        Block("update", label(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(CET, 6, 23, 54)),
        at(CET, 6, 23, 54),
        None,
        [
            "Die Warnung über die Nina-App ist aufgehoben. Anwohnerinnen und Anwohner dürfen Fenster und Türen wieder öffnen, teilt die Leitstelle mit."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    corr = Block(
        "correction",
        "Erratum",
        None,
        None,
        [
            "In einer ersten Version dieses Artikels hieß es, die Straßenbahnlinie 4 werde umgeleitet. Betroffen ist die Linie 3."
        ],
    )
    corr.html = f'<p class="{cls}"><strong>Erratum:</strong> {e(corr.paras[0])}</p>'
    transp = Block(
        "editors_note",
        "Transparenz",
        None,
        None,
        [
            "Einer der Autoren dieses Berichts ist Mitglied der Freiwilligen Feuerwehr Mannheim-Sandhofen. Am Einsatz im Industriehafen war er nicht beteiligt."
        ],
    )
    transp.html = f'<h4 class="mm-box__label">Transparenz</h4><p class="mm-box__text">{e(transp.paras[0])}</p>'
    modified = shown[0].ts or published
    pl = {
        "choir": "der Konkordienkirche",
        "readathon": "Vorlesemarathon der Humboldt-Grundschule",
        "coats": "Kleiderstange der Caritas in K 3",
        "post": "Hauptpost in O 2",
        "legal": "im Haus der Diakonie in M 1",
        "homework": "im Jugendhaus Neckarstadt",
        "drivers": "der Nachbarschaftshilfe Neckarstadt",
        "brand": "MM",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def clocked(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        return bp(cls, text, kind, lead=f"{word} ({uhr(ctx.ago(lo, hi))}):")

    carols = clocked("Singmarathon", tx.counter(CAROLS, 96), CAROLS, 1, 10)
    queue = clocked("Warteschlange", tx.counter(QUEUE, 27), QUEUE, 1, 9)
    reads = clocked("Vorlesen", tx.counter(READATHON, 1420), READATHON, 2, 14)
    tick = clocked("Aus der Region", tx.pool(TICKER) + ".", TICKER, 1, 18)
    spotted = bp(cls, tx.pool(SPOTTED), SPOTTED, lead="Gesehen und gefreut:")
    resol = bp(cls, tx.pool(RESOLUTION), RESOLUTION, lead="Mein Vorsatz:")
    homework = bp(cls, tx.fixed(HOMEWORK), HOMEWORK)
    read = bpa(cls, "Mehr zum Thema:", tx.pool(READ), "/orte/mannheim/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Verlagsangebot –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    legal = W(f'<p class="mm-box__text">{e(tx.fixed(LEGAL))}</p>', [tx.fixed(LEGAL)], LEGAL)
    nb = len(shown)
    units = [b.html for b in shown] + [_p(cls, p) for p in body] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (carols, list(range(0, nb + 1)), 0.85),
            (queue, list(range(0, nb + 1)), 0.8),
            (reads, [1, nb, nb + 3, k - 1], 0.8),
            (tick, [1, 2, nb + 2, nb + 5], 0.8),
            (spotted, [nb + 1, nb + 4, k], 0.75),
            (resol, [nb + 2, nb + 6, k], 0.75),
            (homework, [nb + 3, k], 0.7),
            (read, [nb + 2, nb + 3, nb + 5], 0.8),
            (promo, [0, nb + 4, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    aside = weave(ctx, [transp.html], [(legal, [0, 1], 0.75)])
    main = f"""<div class="mm-layout">
<main class="mm-main">
<article class="mm-article">
<p class="mm-article__dachzeile">Mannheim</p>
<h1 class="mm-article__headline">{e(headline)}</h1>
<p class="mm-article__lead">Eine Lagerhalle im Industriehafen brennt, die Rauchwolke zieht über die Stadt: Was Anwohner jetzt wissen müssen.</p>
<div class="mm-article__meta"><span class="mm-author">Von Lokalredaktion</span> <span class="mm-date">06.12.2026, 18:05 Uhr</span> <span class="mm-date__upd">Aktualisiert: {e(uhr(modified))}</span></div>
<figure class="mm-figure"><img src="/cms_media/module_img/2218/mm-hafen-brand.jpg" alt="" loading="lazy"><figcaption>Die Rauchwolke über dem Industriehafen am Sonntagabend. Bild: Christoph Blüthner</figcaption></figure>
<div class="mm-article__body">
{story}
</div>
</article>
<aside class="mm-box mm-box--side">
{aside}
</aside>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="mm",
        brand="Mannheimer Morgen",
        url=url,
        title=f"{headline} - Mannheim - Mannheimer Morgen",
        sections=["Mannheim", "Region", "Politik", "Wirtschaft", "Sport", "Kultur"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Mannheimer Morgen – Haas Mediengruppe",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Lokalredaktion",
                    publisher=org("Mannheimer Morgen", "https://www.mannheimer-morgen.de"),
                    lang="de",
                    section="Mannheim",
                )
            )
        ],
        main=main,
        body_cls="mm page-article",
    )
    return Render(html, body, [*shown, corr, transp], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Moskauer Deutsche Zeitung (Moscow, +03:00; the fetches run from 1am to 2am on Monday 7
# December), WordPress, live, newest first: microdata `liveBlogUpdate` entries, each a `<time
# itemprop="datePublished">` with a **date but no year**, "6. Dezember, 23:20" (the entries cross
# local midnight), an `<h4>` (two without); the JSON-LD is a `@graph` of the `NewsArticle` and a
# `BreadcrumbList`, without the live blog.


def mdz(ctx: Ctx) -> Render:
    url = "https://mdz-moskau.eu/ticker-schneesturm-moskau-scheremetjewo-flugausfaelle-mkad-stau/"
    headline = "Ticker: Schneesturm über Moskau – Flugausfälle in Scheremetjewo, Stau auf dem MKAD"
    published = at(MSK, 6, 21, 40)
    body = [
        "Ein Schneesturm hat am Sonntagabend den Verkehr in Moskau und im Moskauer Gebiet weitgehend zum Erliegen gebracht; in wenigen Stunden fiel mehr als ein Drittel des Dezember-Niederschlags.",
        "Wir berichten bis in die Nacht über die Lage an den Flughäfen, auf den Straßen und bei der Metro. Alle Zeiten sind Moskauer Zeit, der neueste Eintrag steht oben.",
    ]
    specs = [
        (
            7,
            0,
            55,
            "Metro fährt länger",
            [
                "Die Moskauer Metro verlängert ihren Betrieb in der Nacht um eine Stunde, damit gestrandete Pendler nach Hause kommen, teilt die Stadtverwaltung mit."
            ],
        ),
        (
            7,
            0,
            40,
            None,
            [
                "Am Flughafen Wnukowo sind inzwischen beide Start- und Landebahnen geräumt. Die ersten Maschinen sollen gegen drei Uhr wieder starten."
            ],
        ),
        (
            7,
            0,
            15,
            "Räumfahrzeuge im Dauereinsatz",
            [
                "Nach Angaben des Bürgermeisteramts sind mehr als 11.000 Räumfahrzeuge unterwegs, auf den Ausfallstraßen auch Schneefräsen."
            ],
        ),
        (
            6,
            23,
            50,
            "Staus auf dem MKAD",
            [
                "Auf dem Moskauer Autobahnring MKAD staut sich der Verkehr an zahlreichen Stellen, besonders zwischen der Leningrader und der Jaroslawler Chaussee.",
                "Die Verkehrspolizei bittet, das Auto stehen zu lassen.",
            ],
        ),
        (
            6,
            23,
            20,
            None,
            [
                "Die Aeroexpress-Züge nach Scheremetjewo fahren wegen vereister Oberleitungen nur im Halbstundentakt."
            ],
        ),
        (
            6,
            22,
            45,
            "Dutzende Flüge gestrichen",
            [
                "Scheremetjewo hat bislang 64 Abflüge gestrichen und mehr als 90 verschoben. Reisende sollen ihren Flugstatus vor der Anfahrt prüfen."
            ],
        ),
        (
            6,
            22,
            10,
            "Schneesturmwarnung",
            [
                "Der Wetterdienst Rosgidromet hat für Moskau die zweithöchste Warnstufe ausgerufen und rechnet bis zum Morgen mit weiteren 15 Zentimetern Neuschnee."
            ],
        ),
    ]

    def label(dt: datetime) -> str:
        return f"{dt.day}. Dezember, {hm(dt)}"

    entries = [
        Block("live_entry", label(at(MSK, d, h, m)), at(MSK, d, h, m), hd, ps)
        for d, h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        label(at(MSK, 7, 1, 54)),
        at(MSK, 7, 1, 54),
        "Erste Starts in Scheremetjewo",
        [
            "In Scheremetjewo ist die erste Maschine seit dem Abend gestartet, ein Flug nach Sankt Petersburg. Weitere Abflüge sollen im Stundentakt folgen."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(mark: str, iso: str, head: str | None, paras: list[str], micro: bool = True) -> str:
        scope = (
            ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            if micro
            else ""
        )
        tp = ' itemprop="datePublished"' if micro else ""
        hp = ' itemprop="headline"' if micro else ""
        bp_ = ' itemprop="articleBody"' if micro else ""
        hd = f'<h4 class="mdz-live__titel"{hp}>{e(head)}</h4>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<article class="mdz-live__eintrag"{scope}><div class="mdz-live__zeit"><time{tp} datetime="{iso}">'
            f'{e(mark)}</time></div>{hd}<div class="mdz-live__text"{bp_}>{text}</div></article>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.label or "", b.ts.isoformat(), b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "choir": "der Kathedrale St. Peter und Paul",
        "readathon": "Vorlesemarathon der Deutschen Schule Moskau",
        "coats": "Kleiderstange der lutherischen Gemeinde",
        "post": "Hauptpost an der Mjasnizkaja",
        "legal": "im Russisch-Deutschen Haus",
        "homework": "im Russisch-Deutschen Haus",
        "drivers": "der evangelisch-lutherischen Gemeinde",
        "brand": "der MDZ",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        mark = label(t)
        lines = ([title] if title else []) + [text]
        return post(entry(mark, t.isoformat(), title, [text], micro=False), lines, kind, [mark])

    reads = fake("Vorlesen gegen die Kälte", tx.counter(READATHON, 980), READATHON)
    coats = fake(None, tx.counter(COATS, 41), COATS)
    queue = fake("Schlange an der Hauptpost", tx.counter(QUEUE, 19), QUEUE)
    tick = fake("Weitere Meldungen aus Russland", tx.pool(TICKER), TICKER)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (reads, list(range(0, n + 1)), 0.85),
            (coats, list(range(1, n + 1)), 0.8),
            (queue, [1, 3, 5, n], 0.8),
            (tick, [0, 2, 4, 6, n], 0.8),
        ],
    )
    icls = "mdz-intro"
    spotted = bp(icls, tx.pool(SPOTTED), SPOTTED, lead="Gesichtet:")
    give = bp(icls, tx.pool(GIVEAWAY), GIVEAWAY, lead="Zu verschenken:")
    fact = bp(icls, tx.pool(FACT), FACT, lead="Schon gewusst?")
    drivers = bp(icls, tx.fixed(DRIVERS), DRIVERS)
    homework = bp(icls, tx.fixed(HOMEWORK), HOMEWORK)
    read = bpa(icls, "Auch interessant:", tx.pool(READ), "/category/gesellschaft/", READ)
    promo = bp(icls, tx.pool(PROMO), PROMO, lead="Partnerinhalt –", tag="em")
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (spotted, [0, 1, 2], 0.8),
            (give, [1, 2], 0.75),
            (fact, [0, 2], 0.75),
            (drivers, [0, 2], 0.7),
            (homework, [1, 2], 0.7),
            (read, [1, 2], 0.8),
            (promo, [0, 2], 0.7),
            (news, [0, 1, 2], 0.75),
        ],
    )
    jl = graph(
        news_article(
            headline=headline,
            url=url,
            published=published,
            modified=modified,
            author="MDZ-Redaktion",
            publisher=org("Moskauer Deutsche Zeitung", "https://mdz-moskau.eu"),
            lang="de",
            section="Gesellschaft",
        ),
        {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "name": "Start",
                    "item": "https://mdz-moskau.eu/",
                },
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Gesellschaft",
                    "item": "https://mdz-moskau.eu/category/gesellschaft/",
                },
            ],
        },
    )
    main = f"""<div id="page" class="site mdz-site">
<main id="main" class="site-main">
<article class="post mdz-article" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="entry-header">
<span class="mdz-ticker-badge">Ticker</span>
<h1 class="entry-title" itemprop="headline">{e(headline)}</h1>
<p class="mdz-meta">MDZ-Redaktion · 6. Dezember 2026 · zuletzt aktualisiert {e(hm(modified))} Uhr</p>
</header>
<div class="entry-content">
{intro}
{ad_slot("mdz-ad", "Anzeige", "mdz-content-1")}
<div class="mdz-live">
{feed}
</div>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de-DE",
        prefix="mdz",
        brand="Moskauer Deutsche Zeitung",
        url=url,
        title=f"{headline} – Moskauer Deutsche Zeitung",
        sections=["Politik", "Wirtschaft", "Gesellschaft", "Kultur", "Moskau", "Russlanddeutsche"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Moskauer Deutsche Zeitung",
        jsonld=[jl],
        main=main,
        body_cls="post-template-default single mdz",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "griechenland-sturmtief-elpida-faehren-piraeus-kifissos-allee-athen-ueberflutet",
        "Griechenland Zeitung (GR)",
        "de",
        "updates",
        EET,
        gz,
    ),
    Site(
        "mannheimer-morgen-grossbrand-industriehafen-rauchwarnung-neckarstadt-west-jungbusch",
        "Mannheimer Morgen (DE)",
        "de",
        "updates",
        CET,
        mm,
    ),
    Site(
        "mdz-moskau-ticker-schneesturm-scheremetjewo-flugausfaelle-mkad-stau",
        "Moskauer Deutsche Zeitung (RU)",
        "de",
        "live",
        MSK,
        mdz,
    ),
]
