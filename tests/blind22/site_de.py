"""German-language publishers: Volksstimme (Magdeburg, Saxony-Anhalt), Nordwest-Zeitung
(Wilhelmshaven and the Frisian coast, Lower Saxony), SWR Aktuell (Koblenz, Rhineland-Palatinate)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BELLS,
    FIBRE,
    LITTER,
    MEMORY,
    NEWS,
    PROMO,
    QUIZ,
    READ,
    SHED,
    SPELL,
    STORY,
    SWIM,
    THANKS,
    TICKER,
    TREES,
    bp,
    bpa,
    drift,
    fall,
    graph,
    hm,
    ld,
    month,
    num,
    page,
    post,
    rise,
    turn,
    uhr,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

CET = 1

_SUBS = ["Polizei", "Politik", "Wirtschaft", "Kultur", "Sport", "Verkehr", "Wetter", "Ratgeber"]
_FOOT = {
    "Service": ["Kontakt", "Abo-Service", "E-Paper", "Newsletter", "Anzeigen aufgeben"],
    "Rechtliches": ["Impressum", "Datenschutz", "AGB", "Barrierefreiheit", "Cookie-Einstellungen"],
}


def _texts(ctx: Ctx, town: str, street: str) -> dict[str, str]:
    """The German carousels, with the story's town and one of its streets."""
    return {
        SPELL: turn(
            ctx,
            [
                f"Eine Viertklässlerin aus {town} schied in der dritten Runde beim Wort „Rhythmus“ aus, nachdem sie elf Wörter fehlerfrei buchstabiert hatte.",
                "Im Halbfinale scheiterten gleich zwei Kinder an „Portemonnaie“; das Stechen entschied „Chrysantheme“.",
                "Ein Neunjähriger kam mit „Rhododendron“ ins Finale und stolperte dort über „Reparatur“ mit zwei r in der Mitte.",
                f"Das Finale der {town}er Grundschulen gewann eine Drittklässlerin mit „Pharmazeut“, der Zweite patzte bei „Apotheke“.",
            ],
            "spell",
        ),
        MEMORY: turn(
            ctx,
            [
                f"Mein Vater fuhr 1962 mit dem Milchwagen durch die {street} und grüßte jeden Laden mit der Hupe, schreibt Margot (83).",
                "Im Winter 1963 sind wir auf dem zugefrorenen Teich hinter der Schule Schlittschuh gelaufen, bis der Hausmeister uns hereinpfiff, schreibt Klaus.",
                f"1979 hat die halbe {street} den Bus der Linie 5 freigeschaufelt, der im Schnee stecken geblieben war, schreibt Heidemarie.",
                "Meine erste Arbeit 1966 war im Kino am Markt: Ich habe den Saal gefegt und jeden Film umsonst gesehen, schreibt Dieter.",
            ],
            "memory",
        ),
        THANKS: turn(
            ctx,
            [
                f"Danke an den jungen Mann, der mir am Dienstag im Regen in der {street} den Reifen gewechselt hat und kein Geld nehmen wollte. Ihre Jutta",
                "Der Pflegerin, die in der Notaufnahme bei meiner Mutter saß, bis ich kam: Wir kennen Ihren Namen nicht, aber danke! Familie Özdemir",
                "Danke an den Busfahrer, der an der Haltestelle auf meinen Sohn gewartet hat, als der zur Prüfung zu spät kam. Rolf und Petra",
                "An die ehrliche Finderin, die mein Portemonnaie mit allen Karten im Bürgerbüro abgegeben hat: Sie haben mir die Woche gerettet. Sven",
            ],
            "thanks",
        ),
        READ: turn(
            ctx,
            [
                "Stadtrat beschließt kostenloses Parken an den Adventssamstagen",
                "Klinikum eröffnet neue Kinderstation nach zwei Jahren Umbau",
                "Wochenmarkt zieht im Januar auf den Alten Markt zurück",
                "Traditionsbäckerei schließt nach 112 Jahren",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Späte Adventseinkäufe: Die Händler in der {street} haben donnerstags bis 21 Uhr geöffnet.",
                "Verschenken Sie Heimat: Das Digital-Abo gibt es bis Heiligabend zum halben Preis.",
                "Jetzt den Sommerurlaub buchen und bei ausgewählten Reisen 200 Euro sparen.",
                "Photovoltaik an einem Tag montiert: Fordern Sie diese Woche ein Angebot an und erhalten Sie den Speicher günstiger.",
            ],
            "promo",
        ),
        TICKER: turn(
            ctx,
            [
                "Einbruch in Tankstelle: Polizei nimmt 24-Jährigen fest",
                "Handballverein feiert 75-jähriges Bestehen mit Festball",
                "Kreistag stimmt für neues Radwegekonzept",
                "Schulleiterin für Bürgerpreis nominiert",
            ],
            "ticker",
        ),
    }


def _long(dt: datetime) -> str:
    """'6. Dezember 2026, 22.41 Uhr'."""
    return f"{dt.day}. {month(dt, 'de')} {dt.year}, {uhr(dt)}"


# ---------------------------------------------------------------------------------------------
# Volksstimme (+01:00), custom CMS. Boxes above the body, newest first, each a label paragraph
# "Update vom 6. Dezember 2026, 22.41 Uhr" + a paragraph; an italic "In einer früheren Version
# dieses Artikels …" at the bottom with no label (`correction`); a bold "Transparenzhinweis:"
# after it (`editors_note`). The story has an `<h2>` subhead.


def volksstimme(ctx: Ctx) -> Render:
    url = "https://www.volksstimme.de/lokal/magdeburg/sturmtief-baum-stuerzt-auf-strassenbahn-hasselbachplatz-linien-2-und-9-unterbrochen-3981022"
    headline = "Baum stürzt auf Straßenbahn am Hasselbachplatz – Linien 2 und 9 unterbrochen"
    published = at(CET, 6, 19, 35)
    town, street = "Magdeburg", "Otto-von-Guericke-Straße"
    body = [
        "Sturmtief „Ilka“ hat am Sonntagabend in Magdeburg eine Linde auf eine Straßenbahn der Linie 2 am Hasselbachplatz stürzen lassen.",
        "Die zwölf Fahrgäste und die Fahrerin blieben nach Angaben der Polizei unverletzt, zwei Frauen wurden wegen eines Schocks vor Ort behandelt.",
        "Die Magdeburger Verkehrsbetriebe haben den Verkehr der Linien 2 und 9 zwischen Hasselbachplatz und Leiterstraße eingestellt; zwischen Hauptbahnhof und Buckau fahren Ersatzbusse.",
        "Die Feuerwehr rückte bis zum späten Abend zu mehr als 80 Einsätzen aus, vor allem wegen umgestürzter Bäume und loser Dachziegel.",
        "„Es hat einen Schlag getan, und dann war es dunkel im Wagen“, sagte ein Fahrgast, der in Sudenburg wohnt.",
        "Der Deutsche Wetterdienst hat seine Unwetterwarnung für Magdeburg und den Salzlandkreis bis Montag 6 Uhr verlängert.",
        "Die Stadt bittet, den Stadtpark Rotehorn und den Herrenkrug bis auf Weiteres nicht zu betreten.",
    ]
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "In einer früheren Version dieses Artikels hieß es, die Linie 9 fahre bereits wieder. Das ist nicht der Fall."
        ],
    )
    corr.html = f'<p class="vs-text"><em>{e(corr.paras[0])}</em></p>'
    disclosure = Block(
        "editors_note",
        "Transparenzhinweis",
        None,
        None,
        [
            "Der Autor dieses Artikels saß privat in der betroffenen Straßenbahn und hat den Unfall selbst erlebt."
        ],
    )
    disclosure.html = (
        f'<p class="vs-text"><strong>Transparenzhinweis:</strong> {e(disclosure.paras[0])}</p>'
    )
    notes = [
        Block(
            "update",
            f"Update vom {_long(at(CET, 6, 22, 41))}",
            at(CET, 6, 22, 41),
            None,
            [
                "Die Linde ist inzwischen zersägt und von den Gleisen geräumt; die Oberleitung am Hasselbachplatz muss aber noch repariert werden."
            ],
        ),
        Block(
            "update",
            f"Update vom {_long(at(CET, 6, 21, 5))}",
            at(CET, 6, 21, 5),
            None,
            [
                "Auch in der Großen Diesdorfer Straße ist ein Baum auf die Fahrbahn gefallen, die Straße ist zwischen Westring und Ebendorfer Straße gesperrt."
            ],
        ),
    ]
    genuine = Block(
        "update",
        f"Update vom {_long(at(CET, 6, 23, 52))}",
        at(CET, 6, 23, 52),
        None,
        [
            "Die Verkehrsbetriebe teilen mit, dass die Linie 9 ab Betriebsbeginn am Montag wieder durchgehend fährt, die Linie 2 erst ab dem Mittag."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def box(label: str, text: str) -> str:
        return (
            f'<div class="vs-update"><p class="vs-update__label">{e(label)}</p>'
            f'<p class="vs-update__text">{e(text)}</p></div>'
        )

    for b in shown:
        b.html = box(b.label or "", b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street)

    def boxed(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        label = f"{title}, Stand vom {_long(t)}"
        return post(box(label, text), [text], kind, [label])

    fibre = boxed(
        "Glasfaserausbau",
        f"{num(rise(ctx, 23518, 6, 4), '.')} Haushalte in Magdeburg sind inzwischen ans Glasfasernetz angeschlossen, meldet der Netzbetreiber.",
        FIBRE,
        1,
        9,
    )
    litter = boxed(
        "Putzaktion am Elbufer",
        f"Freiwillige haben seit September {num(rise(ctx, 1874, 3, 2), '.')} Säcke Müll am Elbufer zwischen Petriförder und Sternbrücke gesammelt.",
        LITTER,
        2,
        16,
    )
    t = ctx.ago(1, 20)
    trees = bp(
        "vs-text",
        f"Die Pfadfinder vom Stamm Otto haben am Domplatz noch {fall(ctx, 214, 4, 3)} Nordmanntannen übrig.",
        TREES,
        lead=f"Weihnachtsbaumverkauf, Stand {uhr(t)}:",
    )
    spell = bp("vs-text", tx[SPELL], SPELL, lead="Buchstabierwettbewerb:")
    memory = bp("vs-text", tx[MEMORY], MEMORY, lead="Leser erinnern sich:")
    thanks = bp("vs-text", tx[THANKS], THANKS, lead="Danke!")
    shed = bp(
        "vs-text",
        "Der Männerschuppen Magdeburg in Sudenburg hat dienstags und donnerstags von 9 bis 13 Uhr geöffnet: Holzwerkstatt, Reparaturen und Kaffee. Alle sind willkommen.",
        SHED,
    )
    story_time = bp(
        "vs-text",
        "Vorlesezeit für Kinder unter fünf Jahren in der Stadtbibliothek am Breiten Weg: dienstags und freitags um 10.30 Uhr, Eintritt frei, ohne Anmeldung.",
        STORY,
    )
    read = bpa("vs-text", "Lesen Sie auch:", tx[READ], "/lokal/magdeburg/", READ)
    news = bp(
        "vs-text",
        "Die wichtigsten Nachrichten aus Magdeburg jeden Morgen kostenlos ins Postfach: Abonnieren Sie unseren Newsletter „Magdeburg kompakt“.",
        NEWS,
    )
    box_units = [b.html for b in shown]
    nb = len(box_units)
    units = box_units + [f'<p class="vs-text">{e(p)}</p>' for p in body[:3]]
    units += ['<h2 class="vs-subhead">Feuerwehr im Dauereinsatz</h2>']
    units += [f'<p class="vs-text">{e(p)}</p>' for p in body[3:]] + [corr.html, disclosure.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fibre, list(range(0, nb + 1)), 0.85),
            (litter, list(range(0, nb + 1)), 0.8),
            (trees, [nb + 1, nb + 2, nb + 5, k], 0.8),
            (spell, [nb + 2, nb + 3, nb + 6], 0.75),
            (memory, [nb + 1, nb + 5, nb + 7], 0.8),
            (thanks, [nb + 3, k - 2, k], 0.75),
            (shed, [nb, nb + 6, k], 0.7),
            (story_time, [nb + 2, nb + 7, k], 0.7),
            (read, [nb + 1, nb + 3, nb + 5], 0.8),
            (news, [nb + 6, k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="vs-site">
<main class="vs-main" role="main">
<article class="vs-article" data-article-id="3981022">
<header class="vs-article__header">
<p class="vs-article__kicker">Sturmtief in Magdeburg</p>
<h1 class="vs-article__headline">{e(headline)}</h1>
<p class="vs-article__teaser">Zwölf Fahrgäste bleiben unverletzt, die Feuerwehr zählt mehr als 80 Einsätze in der Stadt.</p>
<p class="vs-article__author">Von Marco Papritz</p>
<p class="vs-article__date">Aktualisiert: {modified.strftime("%d.%m.%Y, %H:%M")} Uhr</p>
</header>
<figure class="vs-figure"><img src="/img/2026/12/06/hasselbachplatz-tram.jpg" alt="" loading="lazy"><figcaption>Die Linde liegt quer über dem Triebwagen am Hasselbachplatz. Foto: Viktoria Kühne</figcaption></figure>
<div class="vs-article__body">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de-DE",
        prefix="vs",
        brand="Volksstimme",
        url=url,
        title=f"{headline} | Volksstimme.de",
        sections=["Lokal", "Sachsen-Anhalt", "Deutschland & Welt", "Sport", "Ratgeber", "Freizeit"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Magdeburger Verlags- und Druckhaus GmbH",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Marco Papritz",
                    publisher=org("Volksstimme", "https://www.volksstimme.de"),
                    lang="de-DE",
                    section="Magdeburg",
                )
            )
        ],
        main=main,
        body_cls="vs page-article",
    )
    return Render(html, body, [*shown, corr, disclosure], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Nordwest-Zeitung (+01:00), custom CMS, live, newest first: a definition list, each entry a
# `<dt>` with a `<time>` "22:35 Uhr" and a `<dd>` whose first paragraph is a bold headline (two
# entries have none; one has two paragraphs); one JSON-LD script holding an array of a
# `NewsArticle` and a `LiveBlogPosting`.


def nwz(ctx: Ctx) -> Render:
    url = "https://www.nwzonline.de/wilhelmshaven/liveticker-sturmflut-nordseekueste-faehren-wangerooge-spiekeroog-eingestellt_a_4,1,778231.html"
    headline = "Liveticker: Sturmflut an der Nordseeküste – Fähren nach Wangerooge und Spiekeroog eingestellt"
    published = at(CET, 6, 17, 55)
    town, street = "Wilhelmshaven", "Marktstraße"
    body = [
        "Eine schwere Sturmflut drückt am Sonntagabend das Wasser an die ostfriesische und friesische Küste. Das Bundesamt für Seeschifffahrt erwartet in Wilhelmshaven bis zu 2,50 Meter über dem mittleren Hochwasser.",
        "Die Fähren nach Wangerooge und Spiekeroog fahren nicht, mehrere Deichtore sind geschlossen. In diesem Liveticker halten wir Sie auf dem Laufenden.",
    ]

    def clock(dt: datetime) -> str:
        return f"{hm(dt)} Uhr"

    specs = [
        (
            18,
            40,
            "Deichtore geschlossen",
            [
                "Die Stadt Wilhelmshaven hat alle Deichtore am Südstrand und am Bontekai geschlossen."
            ],
        ),
        (
            19,
            25,
            "Fährverkehr eingestellt",
            [
                "Die Reederei hat die letzten Abfahrten nach Wangerooge ab Harlesiel abgesagt; Inselgäste sollen sich auf Montag einstellen."
            ],
        ),
        (
            20,
            10,
            None,
            [
                "Am Jadebusen bei Dangast steht das Wasser bereits am Fuß des Kurhauses, meldet ein Leser. Die Promenade ist gesperrt."
            ],
        ),
        (
            20,
            55,
            "Feuerwehr sichert Keller",
            [
                "Im Stadtteil Bant pumpt die Feuerwehr zwei Keller leer, in die Grundwasser gedrückt wurde."
            ],
        ),
        (
            21,
            30,
            None,
            [
                "Die Polizei hat die Kaiser-Wilhelm-Brücke für Fußgänger und Radfahrer gesperrt.",
                "Autos dürfen vorerst weiter über die Brücke fahren.",
            ],
        ),
        (
            22,
            35,
            "Scheitel erwartet",
            [
                "Der Scheitel der Flut wird gegen 1 Uhr erwartet, teilt der Niedersächsische Landesbetrieb für Wasserwirtschaft mit."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(CET, 6, 23, 51)),
        at(CET, 6, 23, 51),
        "Wangerooge meldet Dünenabbruch",
        [
            "Auf Wangerooge hat die Flut am Nordstrand ein Stück der Randdüne abgetragen, sagt der Bürgermeister. Häuser seien nicht in Gefahr."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def pair(b_clock: str, iso: str, head: str | None, paras: list[str]) -> str:
        hd = f'<p class="nwz-ticker__head"><strong>{e(head)}</strong></p>' if head else ""
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<dt class="nwz-ticker__time"><time datetime="{iso}">{e(b_clock)}</time></dt>'
            f'<dd class="nwz-ticker__entry">{hd}{ps}</dd>'
        )

    for b in feed:
        assert b.ts
        b.html = pair(b.label or "", b.ts.isoformat(), b.head, b.paras)
    modified = max(b.ts for b in feed if b.ts)
    tx = _texts(ctx, town, street)

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        return post(pair(clock(t), t.isoformat(), title, [text]), [title, text], kind, [clock(t)])

    quiz = fake(
        "Kneipenquiz-Liga",
        f"Nach Runde {3 + ctx.n // 2} der Wilhelmshavener Kneipenquiz-Liga führen die „Quizzly Bären“ aus dem Banter Hafenkrug mit {drift(ctx, 58, 2) + 2 * ctx.n} Punkten.",
        QUIZ,
    )
    swim = fake(
        "Winterbader am Südstrand",
        f"Die Wassertemperatur am Südstrand lag bei der letzten Messung bei {drift(ctx, 58, 4) / 10:.1f} Grad; das Neujahrsbaden ist trotzdem ausgebucht.".replace(
            ".", ",", 1
        ),
        SWIM,
    )
    ticker = fake("Aus der Region", tx[TICKER], TICKER)
    litter = fake(
        "Deichputz-Bilanz",
        f"Beim Deichputz haben Freiwillige seit dem Frühjahr {num(rise(ctx, 3117, 4, 3), '.')} Säcke Treibgut und Müll vom Deich geholt.",
        LITTER,
    )
    spell = fake("Buchstabierwettbewerb", tx[SPELL], SPELL)
    thanks = fake("Leser sagen Danke", tx[THANKS], THANKS)
    units = [b.html for b in feed]
    n = len(units)
    dl = weave(
        ctx,
        units,
        [
            (quiz, list(range(0, n + 1)), 0.8),
            (swim, list(range(0, n)), 0.8),
            (ticker, [0, 1, 3, n], 0.8),
            (litter, list(range(1, n + 1)), 0.85),
            (spell, [2, 4, n], 0.75),
            (thanks, [1, 3, 5, n], 0.75),
        ],
    )
    read = bpa("nwz-intro", "Lesen Sie auch:", tx[READ], "/wilhelmshaven/", READ)
    news = bp(
        "nwz-intro",
        "Nichts mehr verpassen: Mit dem NWZ-Newsletter „Der Morgen“ bekommen Sie die wichtigsten Nachrichten aus dem Nordwesten jeden Tag um 6 Uhr.",
        NEWS,
    )
    bells = bp(
        "nwz-intro",
        "Die Glöckner der Christus- und Garnisonkirche suchen Nachwuchs: Geübt wird mittwochs um 19.30 Uhr im Turm, Vorkenntnisse braucht es nicht.",
        BELLS,
    )
    promo = bp("nwz-intro", tx[PROMO], PROMO, lead="Anzeige")
    intro = weave(
        ctx,
        [f'<p class="nwz-intro">{e(p)}</p>' for p in body],
        [(read, [0, 1, 2], 0.8), (news, [1, 2], 0.8), (bells, [0, 2], 0.7), (promo, [1, 2], 0.7)],
    )
    publisher = org("Nordwest-Zeitung", "https://www.nwzonline.de")
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Lena Hinrichs",
        publisher=publisher,
        lang="de-DE",
        section="Wilhelmshaven",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=feed,
        lang="de-DE",
    )
    main = f"""<div class="nwz-page">
<main class="nwz-main">
<article class="nwz-article nwz-article--ticker">
<header class="nwz-article__header">
<span class="nwz-badge">Liveticker</span>
<h1 class="nwz-article__title">{e(headline)}</h1>
<p class="nwz-article__meta">Lena Hinrichs · Wilhelmshaven · Aktualisiert am {modified.strftime("%d.%m.%Y")} um {e(hm(modified))} Uhr</p>
</header>
<div class="nwz-intro-wrap">
{intro}
</div>
{ad_slot("nwz-ad", "Anzeige", "nwz-content-1")}
<dl class="nwz-ticker">
{dl}
</dl>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de-DE",
        prefix="nwz",
        brand="Nordwest-Zeitung",
        url=url,
        title=f"{headline} | NWZonline",
        sections=["Oldenburg", "Region", "Niedersachsen", "Sport", "Wirtschaft", "Kultur"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Nordwest-Zeitung Verlagsgesellschaft mbH & Co. KG",
        jsonld=[[ld(art), ld(live)]],  # type: ignore[list-item]
        main=main,
        body_cls="nwz ticker-page",
    )
    return Render(html, body, feed, genuine, modified)


# ---------------------------------------------------------------------------------------------
# SWR Aktuell (+01:00), custom CMS, live, oldest first under a pinned entry: `<div>` entries with
# microdata `liveBlogUpdate`, a `<time>` "So., 6.12.2026, 22:15 Uhr" in its own paragraph and an
# `<h3>` (one without headline); the JSON-LD is only a `WebPage` and a `BreadcrumbList`, and the
# `LiveBlogPosting` is in the microdata alone.


def swr(ctx: Ctx) -> Render:
    url = "https://www.swr.de/swraktuell/rheinland-pfalz/koblenz/liveblog-hochwasser-koblenz-pegel-steigt-peter-altmeier-ufer-gesperrt-100.html"
    headline = "Liveblog: Hochwasser in Koblenz – Pegel steigt, Peter-Altmeier-Ufer gesperrt"
    published = at(CET, 6, 17, 40)
    town, street = "Koblenz", "Löhrstraße"
    body = [
        "Nach tagelangem Regen in der Eifel und im Hunsrück steigen Rhein und Mosel in Koblenz weiter. Der Pegel am Rhein lag am Sonntagabend bei 6,80 Meter.",
        "Die Stadt hat das Peter-Altmeier-Ufer und Teile des Konrad-Adenauer-Ufers gesperrt. Alle Entwicklungen im Liveblog.",
    ]

    def clock(dt: datetime) -> str:
        return f"So., {dt.day}.{dt.month}.{dt.year}, {hm(dt)} Uhr"

    pinned = Block(
        "live_entry",
        clock(at(CET, 6, 18, 0)),
        at(CET, 6, 18, 0),
        "Das Wichtigste in Kürze",
        [
            "Peter-Altmeier-Ufer gesperrt, Fähre Ehrenbreitstein eingestellt, Hochwasserzentrale erwartet den Scheitel in der Nacht auf Dienstag."
        ],
    )
    specs = [
        (
            18,
            45,
            "Moselufer geräumt",
            [
                "Die Feuerwehr hat am Moselufer geparkte Autos abschleppen lassen; 23 Halter waren nicht erreichbar."
            ],
        ),
        (
            19,
            30,
            "Fähre stellt Betrieb ein",
            [
                "Die Fähre zwischen Ehrenbreitstein und dem Deutschen Eck hat den Betrieb eingestellt, der Anleger steht unter Wasser."
            ],
        ),
        (
            20,
            20,
            None,
            [
                "Im Stadtteil Lützel haben Anwohner der Moselweißer Straße begonnen, Sandsäcke vor die Kellerfenster zu legen."
            ],
        ),
        (
            21,
            10,
            "Pegel steigt langsamer",
            [
                "Die Hochwasserzentrale meldet, dass der Rhein in Koblenz nur noch etwa drei Zentimeter pro Stunde steigt."
            ],
        ),
        (
            22,
            15,
            "Bahnstrecke betroffen",
            [
                "Die Bahn hat die Strecke am linken Rheinufer zwischen Koblenz und Boppard vorsorglich gesperrt."
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
        "Altstadt bleibt trocken",
        [
            "Die Stadt gibt vorläufig Entwarnung für die Altstadt: Die mobile Schutzwand an der Kastorpfaffenstraße hält, das Wasser steht knapp darunter."
        ],
    )
    feed = entries + ([genuine] if ctx.n == 6 else [])

    def entry(
        b_clock: str,
        iso: str,
        head: str | None,
        paras: list[str],
        *,
        micro: bool,
        pin: bool = False,
    ) -> str:
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        badge = '<span class="swr-live__pin">Angepinnt</span>' if pin else ""
        cls = "swr-live__entry swr-live__entry--pinned" if pin else "swr-live__entry"
        if micro:
            hd = (
                f'<h3 class="swr-live__headline" itemprop="headline">{e(head)}</h3>' if head else ""
            )
            return (
                f'<div class="{cls}" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">{badge}'
                f'<p class="swr-live__meta"><time itemprop="datePublished" datetime="{iso}">{e(b_clock)}</time></p>'
                f'{hd}<div class="swr-live__text" itemprop="articleBody">{ps}</div></div>'
            )
        hd = f'<h3 class="swr-live__headline">{e(head)}</h3>' if head else ""
        return (
            f'<div class="{cls}"><p class="swr-live__meta"><time datetime="{iso}">{e(b_clock)}</time></p>'
            f'{hd}<div class="swr-live__text">{ps}</div></div>'
        )

    assert pinned.ts
    pinned.html = entry(
        pinned.label or "", pinned.ts.isoformat(), pinned.head, pinned.paras, micro=True, pin=True
    )
    for b in feed:
        assert b.ts
        b.html = entry(b.label or "", b.ts.isoformat(), b.head, b.paras, micro=True)
    shown = [pinned, *feed]
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street)

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(clock(t), t.isoformat(), title, [text], micro=False),
            [title, text],
            kind,
            [clock(t)],
        )

    fibre = fake(
        "Glasfaser-Ticker",
        f"Im Stadtgebiet sind jetzt {num(rise(ctx, 31402, 7, 5), '.')} Haushalte ans Glasfasernetz angeschlossen, meldet die Energieversorgung Mittelrhein.",
        FIBRE,
    )
    litter = fake(
        "Rheinputz-Bilanz",
        f"Seit dem Frühjahr haben Freiwillige {num(rise(ctx, 2655, 3, 2), '.')} Säcke Müll von den Rheinwiesen zwischen Oberwerth und Deutschem Eck gesammelt.",
        LITTER,
    )
    trees = fake(
        "Christbaumverkauf",
        f"Die Pfadfinder am Görresplatz haben noch {fall(ctx, 176, 3, 2)} Bäume; verkauft wird wieder ab Montag um 10 Uhr.",
        TREES,
    )
    quiz = fake(
        "Kneipenquiz-Liga",
        f"Nach Runde {4 + ctx.n // 2} der Koblenzer Kneipenquiz-Liga führen die „Rheinwissenden“ mit {drift(ctx, 66, 2) + 2 * ctx.n} Punkten.",
        QUIZ,
    )
    ticker = fake("Weitere Meldungen", tx[TICKER], TICKER)
    spell = fake("Buchstabierwettbewerb", tx[SPELL], SPELL)
    units = [b.html for b in shown]
    n = len(units)
    live_html = weave(
        ctx,
        units,
        [
            (fibre, list(range(0, n + 1)), 0.85),
            (litter, list(range(1, n + 1)), 0.8),
            (trees, [0, 1, 2, n], 0.8),
            (quiz, list(range(1, n)), 0.8),
            (ticker, [1, 3, 5, n], 0.8),
            (spell, [2, 4, n], 0.75),
        ],
    )
    news = bp(
        "swr-intro",
        "Der SWR Aktuell Newsletter für Rheinland-Pfalz: jeden Abend die wichtigsten Nachrichten aus Ihrer Region, kostenlos.",
        NEWS,
    )
    read = bpa(
        "swr-intro", "Mehr zum Thema:", tx[READ], "/swraktuell/rheinland-pfalz/koblenz/", READ
    )
    story_time = bp(
        "swr-intro",
        "Vorlesestunde für Kinder bis fünf Jahre in der Stadtbibliothek im Forum Confluentes: dienstags und freitags um 10.30 Uhr, Eintritt frei.",
        STORY,
    )
    memory = bp("swr-intro", tx[MEMORY], MEMORY, lead="Erinnerungen unserer Nutzer:")
    intro = weave(
        ctx,
        [f'<p class="swr-intro">{e(p)}</p>' for p in body],
        [
            (news, [0, 1, 2], 0.8),
            (read, [1, 2], 0.8),
            (story_time, [0, 2], 0.7),
            (memory, [1, 2], 0.75),
        ],
    )
    webpage = {
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": headline,
        "inLanguage": "de",
        "isPartOf": {"@type": "WebSite", "name": "SWR", "url": "https://www.swr.de"},
    }
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "SWR Aktuell",
                "item": "https://www.swr.de/swraktuell/",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Rheinland-Pfalz",
                "item": "https://www.swr.de/swraktuell/rheinland-pfalz/",
            },
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Koblenz",
                "item": "https://www.swr.de/swraktuell/rheinland-pfalz/koblenz/",
            },
        ],
    }
    main = f"""<div class="swr-page">
<main class="swr-main" id="main">
<article class="swr-article" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="datePublished" content="{published.isoformat()}">
<meta itemprop="dateModified" content="{modified.isoformat()}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="swr-article__header">
<p class="swr-article__dachzeile">Liveblog · Koblenz</p>
<h1 class="swr-article__title" itemprop="headline">{e(headline)}</h1>
<p class="swr-article__meta">Stand: {modified.day}.{modified.month}.{modified.year}, {e(hm(modified))} Uhr</p>
</header>
<div class="swr-intro-wrap">
{intro}
</div>
{ad_slot("swr-promo", "Weitere Inhalte", "swr-teaser-1")}
<section class="swr-live" aria-label="Liveblog">
{live_html}
</section>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="swr",
        brand="SWR Aktuell",
        url=url,
        title=f"{headline} - SWR Aktuell",
        sections=[
            "Baden-Württemberg",
            "Rheinland-Pfalz",
            "Sport",
            "Kultur",
            "Wissen",
            "Verbraucher",
        ],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Südwestrundfunk",
        jsonld=[graph(webpage, crumbs)],
        main=main,
        body_cls="swr liveblog",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "volksstimme-magdeburg-sturm-baum-stuerzt-auf-strassenbahn-hasselbachplatz-linien-unterbrochen",
        "Volksstimme (DE)",
        "de",
        "updates",
        CET,
        volksstimme,
    ),
    Site(
        "nwzonline-liveticker-sturmflut-wilhelmshaven-faehren-wangerooge-spiekeroog-eingestellt",
        "Nordwest-Zeitung (DE)",
        "de",
        "live",
        CET,
        nwz,
    ),
    Site(
        "swr-liveblog-hochwasser-koblenz-pegel-steigt-peter-altmeier-ufer-gesperrt",
        "SWR Aktuell (DE)",
        "de",
        "live",
        CET,
        swr,
    ),
]
