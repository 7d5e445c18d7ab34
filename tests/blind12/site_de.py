"""German pages: Die Presse (AT), Südostschweiz (CH), Kieler Nachrichten (DE)."""

from __future__ import annotations

from datetime import timedelta

import fx
from kit import Block, Ctx, Site, esc, place, shell, stamp

# ---------------------------------------------------------------------------------------------
# Die Presse: "Dieser Artikel wurde … aktualisiert." sentences after the story, newest first


def presse() -> Site:
    off = 1
    slug = "diepresse-wien-u6-guertelbogen-zug-evakuiert"
    body = [
        "Ein Zug der Wiener U-Bahn-Linie U6 ist am Sonntagabend auf dem Gürtelbogen zwischen den "
        "Stationen Josefstädter Straße und Alser Straße liegen geblieben. Rund 230 Fahrgäste "
        "mussten den Zug über den seitlichen Notsteg verlassen.",
        "Grund war nach Angaben der Wiener Linien ein Schaden an der Oberleitung, der gegen 18.40 "
        "Uhr den Strom auf dem gesamten Abschnitt lahmlegte.",
        "Die Berufsfeuerwehr rückte mit einer Drehleiter zur Lerchenfelder Straße aus. Die "
        "Evakuierung dauerte knapp eineinhalb Stunden, weil die Fahrgäste in kleinen Gruppen zum "
        "nächsten Stiegenabgang begleitet wurden.",
        "„Es war stockdunkel und eiskalt, aber alle sind ruhig geblieben“, erzählte eine "
        "Studentin, die in Floridsdorf zugestiegen war.",
        "Verletzt wurde niemand. Zwei ältere Fahrgäste wurden von der Berufsrettung wegen "
        "Unterkühlung vor Ort versorgt.",
        "Zwischen Westbahnhof und Spittelau fuhren am Abend Ersatzbusse. Die Wiener Linien "
        "empfehlen, auf die Straßenbahnlinien 5 und 33 auszuweichen.",
    ]

    def note(h: int, m: int, text: str) -> Block:
        label = f"Dieser Artikel wurde am 6. Dezember 2026 um {h}.{m:02d} Uhr aktualisiert"
        return Block("update", label, stamp(off, h, m), (text,), zone="notes")

    later = note(
        22,
        35,
        "Die Wiener Linien rechnen damit, dass die U6 ab Betriebsbeginn am Montag wieder "
        "durchgehend fährt. Die Reparatur soll bis vier Uhr früh abgeschlossen sein.",
    )
    earlier = note(
        21,
        10,
        "Laut Berufsrettung sind inzwischen alle Fahrgäste aus dem Zug geborgen. Die Polizei hat "
        "den Gürtel bei der Lerchenfelder Straße wieder für den Verkehr freigegeben.",
    )
    corr = Block(
        "correction",
        "Berichtigung",
        None,
        (
            "In einer früheren Version dieses Artikels hieß es, der Zug sei in Richtung "
            "Floridsdorf unterwegs gewesen. Er fuhr in Richtung Siebenhirten.",
        ),
        zone="end",
    )
    genuine = note(
        23,
        53,
        "Die Oberleitung ist repariert, die ersten Probezüge sind kurz vor Mitternacht über den "
        "Gürtelbogen gefahren.",
    )
    cameras = [
        "Gürtel, Höhe Alser Straße (stadtauswärts)",
        "Wagramer Straße, Höhe Kagraner Platz",
        "A23, Hanssonkurve Richtung Altmannsdorf",
        "Linzer Straße, Höhe Hütteldorfer Brücke",
        "Triester Straße, stadteinwärts",
        "Lerchenfelder Straße, Höhe Neubaugürtel",
    ]
    keywords = [
        (
            "Stichwort Oberleitung:",
            "Anders als die übrigen U-Bahn-Linien bezieht die U6 ihren Strom aus einer "
            "Oberleitung und nicht aus einer seitlichen Stromschiene.",
        ),
        (
            "Stichwort Stadtbahn:",
            "Die Strecke der heutigen U6 geht zum Teil auf die Wiener Stadtbahn zurück, deren "
            "Stationen Otto Wagner um 1900 entworfen hat.",
        ),
        (
            "Stichwort Notsteg:",
            "Entlang der Hochbahn verläuft ein schmaler Steg, über den Fahrgäste im Notfall zu "
            "Fuß zur nächsten Station gelangen.",
        ),
    ]
    timetable = [
        "Mit dem Fahrplanwechsel am 13. Dezember fährt die Straßenbahnlinie 18 an Wochenenden im "
        "Siebeneinhalb-Minuten-Takt.",
        "Ab dem Fahrplanwechsel am 13. Dezember hält der Railjet nach Salzburg auch in Amstetten "
        "wieder stündlich.",
        "Der Nachtzug von Wien nach Paris verkehrt nach dem Fahrplanwechsel am 13. Dezember "
        "täglich statt dreimal pro Woche.",
    ]
    reviews = [
        f"„Der Rosenkavalier“ an der Staatsoper: ein Abend ohne Glanz {fx.stars(2)}",
        f"„Die Fledermaus“ an der Volksoper: spritzig und pointiert {fx.stars(4)}",
        f"Burgtheater: „Der Talisman“ als bissige Farce {fx.stars(4)}",
        f"Neues Beisl in Ottakring: Schnitzel wie früher {fx.stars(3)}",
    ]
    most_read = [
        "Wiener Eistraum startet heuer schon im Dezember",
        "Pensionen 2027: Was sich im Jänner ändert",
        "Skigebiet am Semmering eröffnet trotz Schneemangels",
        "Mieten in Wiener Neubauten steigen weiter",
        "Die besten Punschstände der Stadt im Test",
        "Villacher Ärztin gewinnt Innovationspreis für Wundpflaster",
        "Warum der Neusiedler See heuer früher zufriert",
    ]
    ads = [
        "Winterreifen jetzt montieren lassen – Termin online buchen ab 39 Euro.",
        "Weihnachtsgeschenke aus Wiener Manufakturen: jetzt im Onlineshop bestellen.",
        "Thermenurlaub in der Steiermark: drei Nächte mit Halbpension ab 289 Euro.",
    ]

    def render(ctx: Ctx) -> str:
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown if b.moment())  # type: ignore[type-var]
        chunks = [f'<p class="article-text">{esc(p)}</p>' for p in body]
        for b in site.zone(ctx.fetch, "notes"):
            chunks.append(
                f'<p class="article-text"><em>{esc(b.label or "")}.</em> {esc(b.paras[0])}</p>'
            )
        end = site.zone(ctx.fetch, "end")[0]
        chunks.append(
            f'<p class="article-text"><em><strong>{esc(end.label or "")}:</strong> '
            f"{esc(end.paras[0])}</em></p>"
        )
        inserts: list[str] = []
        if ctx.chance(0.8):
            lead, text = ctx.rng.choice(keywords)
            ctx.furn("glossary or explainer box (full sentences in the story's vocabulary)", text)
            inserts.append(f'<p class="article-text"><strong>{esc(lead)}</strong> {esc(text)}</p>')
        if ctx.chance(0.75):
            inserts.append(
                fx.list_box(
                    ctx,
                    "speed-camera locations of the day",
                    cls="radar-box",
                    title="Radarkontrollen am Montag, 7. Dezember",
                    items=ctx.some(cameras, 3, 4),
                    foot="Angaben ohne Gewähr",
                )
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.para_box(
                    ctx,
                    "timetable-change notice (full sentences)",
                    cls="service-box",
                    title="Gut zu wissen",
                    paras=[ctx.one(timetable)],
                )
            )
        if ctx.chance(0.6):
            inserts.append(
                fx.para_box(
                    ctx,
                    "print-delivery notice (full sentences)",
                    cls="abo-hinweis",
                    title=None,
                    paras=[
                        "Wegen des Schneefalls kann sich die Zustellung der Montagsausgabe in "
                        "Teilen Niederösterreichs verzögern. Das E-Paper steht ab 5 Uhr bereit."
                    ],
                    tag="div",
                )
            )
        inserts.append(
            fx.ad_slot(ctx, cls="ad-content", label="Anzeige", copy=[ctx.one(ads)], size="fluid")
        )
        gaps = range(1, len(body) + len(site.zone(ctx.fetch, "notes")) + 1)
        body_html = place(ctx, chunks, inserts, gaps=gaps)

        side: list[str] = []
        if ctx.chance(0.9):
            side.append(
                fx.link_list(
                    ctx,
                    "most-read list (a rotating subset)",
                    cls="mostread",
                    title="Meistgelesen",
                    items=ctx.shuffled(most_read, 5),
                    base="/wien",
                )
            )
        if ctx.chance(0.7):
            side.append(
                fx.list_box(
                    ctx,
                    "reviews with star ratings",
                    cls="kritik",
                    title="Kritiken",
                    items=ctx.some(reviews, 2, 3),
                )
            )
        if ctx.chance(0.6):
            side.append(
                fx.list_box(
                    ctx,
                    "opinion-poll tracker with an update date",
                    cls="umfragen",
                    title="Umfragen im Schnitt",
                    items=[
                        ctx.one(
                            [
                                "FPÖ 32 %, ÖVP 23 %, SPÖ 20 %, Neos 10 %, Grüne 9 %",
                                "FPÖ 31 %, ÖVP 24 %, SPÖ 21 %, Neos 9 %, Grüne 9 %",
                            ]
                        ),
                        "Zuletzt aktualisiert am 4. Dezember 2026",
                    ],
                )
            )
        terms = fx.suggestions(
            ctx,
            cls="suchbegriffe",
            title="Andere suchten auch",
            terms=ctx.some(
                [
                    "u6 störung heute",
                    "wiener linien u6 aktuell",
                    "gürtel sperre abend",
                    "u6 ersatzverkehr westbahnhof",
                    "oberleitung u6 reparatur",
                ],
                3,
                4,
            ),
            base="/suche",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="cmp-layer",
                text="Die Presse verwendet Cookies und ähnliche Technologien, um Inhalte zu "
                "personalisieren und Zugriffe zu analysieren. Sie können Ihre Einwilligung "
                "jederzeit widerrufen.",
                buttons=["Einverstanden", "Einstellungen"],
            )
        upd = f"{latest.hour}:{latest.minute:02d}"
        page = f"""<header class="page-header"><a class="page-header__logo" href="/">Die Presse</a>
<nav class="page-nav"><a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/wien">Wien</a> <a href="/kultur">Kultur</a> <a href="/meinung">Meinung</a></nav></header>
<main class="page-main">
<article class="article">
<p class="article__kicker">Wien</p>
<h1 class="article__headline">U6 bleibt auf dem Gürtelbogen stehen: 230 Fahrgäste über Notsteg evakuiert</h1>
<p class="article__lead">Ein Oberleitungsschaden legte am Sonntagabend die U6 zwischen Westbahnhof und Spittelau lahm.</p>
<div class="article__meta"><span class="article__author">von Lena Pichlmaier</span> <time>06.12.2026 um 19:12</time> <span class="article__updated">Aktualisiert um {upd}</span></div>
<div class="article__body">
{body_html}
</div>
{terms}
</article>
<aside class="page-aside">{"".join(side)}</aside>
</main>
<footer class="page-footer"><p>© 2026 Die Presse</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
{banner}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "U6 bleibt auf dem Gürtelbogen stehen: 230 Fahrgäste evakuiert",
            "datePublished": "2026-12-06T19:12:00+01:00",
            "dateModified": latest.isoformat(),
            "author": {"@type": "Person", "name": "Lena Pichlmaier"},
            "publisher": {"@type": "Organization", "name": "Die Presse"},
        }
        return shell(
            ctx,
            lang="de-AT",
            title="U6 bleibt auf dem Gürtelbogen stehen: 230 Fahrgäste evakuiert | DiePresse.com",
            canonical=f"https://www.diepresse.com/20931577/{slug}",
            body_class="presse article",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="Die Presse (AT)",
        lang="de",
        kind="updates",
        offset=off,
        body=body,
        blocks=[later, earlier, corr],
        genuine=genuine,
        genuine_at=0,
        render=render,
        summary="two notes *after* the story, newest first, in the body's paragraph class, each "
        'opening with an italic sentence "Dieser Artikel wurde am 6. Dezember 2026 um 22.35 Uhr '
        'aktualisiert." and going on with the text; italic bold "Berichtigung:" last '
        "(`correction`)",
        genuine_note='"Dieser Artikel wurde am 6. Dezember 2026 um 23.53 Uhr aktualisiert." '
        "directly after the story, above the 22.35 one",
    )
    return site


# ---------------------------------------------------------------------------------------------
# Südostschweiz: live ticker, oldest first, <section> entries with a bold clock and an <h3>


def suedostschweiz() -> Site:
    off = 1
    slug = "suedostschweiz-ticker-albulalinie-lawine-berguen-preda"
    intro = [
        "Eine Lawine hat am Sonntagnachmittag das Gleis der Albulalinie zwischen Bergün und Preda "
        "verschüttet. Ein Regionalzug der Rhätischen Bahn konnte rechtzeitig vor dem "
        "Lawinenkegel anhalten, verletzt wurde niemand.",
        "Die Strecke bleibt bis auf Weiteres gesperrt, auch der Julierpass ist wegen "
        "Lawinengefahr zu. Wir halten Sie hier auf dem Laufenden.",
    ]

    def entry(h: int, m: int, headline: str | None, text: str) -> Block:
        return Block("live_entry", f"{h}.{m:02d} Uhr", stamp(off, h, m), (text,), headline)

    entries = [
        entry(
            17,
            20,
            "Lawine trifft Albulalinie",
            "Kurz nach 17 Uhr ist oberhalb von Bergün eine Lawine auf das Trassee niedergegangen. "
            "Der Zug aus Chur stand zu diesem Zeitpunkt noch vor der Unglücksstelle.",
        ),
        entry(
            18,
            5,
            "Fahrgäste zurück nach Bergün gebracht",
            "Die rund 70 Reisenden sind mit dem Zug nach Bergün zurückgebracht worden. Die RhB "
            "organisiert für sie Übernachtungen im Dorf.",
        ),
        entry(
            19,
            10,
            None,
            "Die Kantonspolizei Graubünden hat auch die Strasse zwischen Bergün und Preda "
            "gesperrt. Sie ist im Winter ohnehin nur als Schlittelbahn offen.",
        ),
        entry(
            20,
            15,
            "Julierpass geschlossen",
            "Wegen der hohen Lawinengefahr ist seit 20 Uhr auch der Julierpass zwischen Bivio und "
            "Silvaplana geschlossen. Das Engadin ist über den Vereinatunnel erreichbar.",
        ),
        entry(
            21,
            30,
            "Räumung erst bei Tageslicht",
            "Die RhB will das Gleis erst am Montagmorgen räumen. Vorher müsse ein Lawinenexperte "
            "die Hänge oberhalb der Strecke beurteilen, sagt Sprecherin Corina Baselgia.",
        ),
        entry(
            22,
            48,
            "Ersatzbusse ab Montag früh",
            "Ab 5.30 Uhr sollen Busse zwischen Filisur und Preda pendeln, sofern die Strasse bis "
            "dahin geräumt werden kann.",
        ),
    ]
    genuine = entry(
        23,
        54,
        "Zweite Lawine bei Preda",
        "Oberhalb von Preda ist eine weitere, kleinere Lawine niedergegangen. Sie hat den Bahnhof "
        "nicht erreicht, wie die Kantonspolizei mitteilt.",
    )
    advisories = [
        (
            19,
            5,
            "EDA-Reisehinweise für Peru angepasst",
            "Das EDA hat seine Reisehinweise für Peru nach Strassenblockaden im Süden des Landes "
            "aktualisiert.",
        ),
        (
            21,
            40,
            "EDA-Reisehinweise für Georgien angepasst",
            "Das EDA hat seine Reisehinweise für Georgien wegen Demonstrationen in Tiflis "
            "aktualisiert.",
        ),
        (
            22,
            35,
            "EDA-Reisehinweise für Madagaskar angepasst",
            "Das EDA hat seine Reisehinweise für Madagaskar vor dem Beginn der Zyklonsaison "
            "aktualisiert.",
        ),
        (
            23,
            17,
            "EDA-Reisehinweise für Kenia angepasst",
            "Das EDA hat seine Reisehinweise für Kenia nach Überschwemmungen an der Küste "
            "aktualisiert.",
        ),
    ]
    timetable = [
        "Mit dem Fahrplanwechsel am 13. Dezember verkehrt der Regio-Express zwischen Landquart und "
        "Davos Platz neu im Halbstundentakt.",
        "Ab dem 13. Dezember hält der Bernina Express im Winter zusätzlich in Alp Grüm.",
        "Das Postauto zwischen Chur und Lenzerheide fährt ab dem Fahrplanwechsel abends bis "
        "Mitternacht.",
    ]
    reviews = [
        f"Theater Chur: «Heidi» als bissige Satire {fx.stars(4)}",
        f"Neues Restaurant in der Churer Altstadt im Test {fx.stars(3)}",
        f"Kammerphilharmonie Graubünden im Kloster Disentis {fx.stars(5)}",
    ]
    most_read = [
        "Churer Weihnachtsmarkt verzeichnet Besucherrekord",
        "HC Davos verpflichtet finnischen Verteidiger",
        "Flims: Neue Bergbahn soll 2028 in Betrieb gehen",
        "Bündner Regierung will das Jagdgesetz verschärfen",
        "Wie ein Glarner Bauer seinen Hof auf Schafmilch umstellt",
        "Landquart: Alte Lagerhalle wird zum Kulturzentrum",
    ]
    ads = [
        "Skitage im Prättigau: zwei Nächte inklusive Skipass ab 349 Franken.",
        "Jetzt Winterservice für Ihr Auto buchen bei der Garage Calanda in Chur.",
        "Bündner Nusstorte direkt vom Hersteller, portofrei ab zwei Stück.",
    ]

    def render(ctx: Ctx) -> str:
        now = ctx.now
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown)  # type: ignore[type-var]
        chunks = []
        for b in shown:
            when = b.moment()
            assert when is not None
            title = f'<h3 class="c-entry__title">{esc(b.headline)}</h3>' if b.headline else ""
            chunks.append(
                f'<section class="c-entry c-entry--v2" id="e-{when:%H%M}">'
                f'<b class="c-entry__clock">{esc(b.label or "")}</b>{title}'
                f'<p class="c-entry__text">{esc(b.paras[0])}</p></section>'
            )
        inserts: list[str] = []
        if ctx.chance(0.8):
            done = [a for a in advisories if (a[0], a[1]) <= (now.hour or 24, now.minute)]
            h, m, head, text = done[-1]
            ctx.furn('travel-advisory feed with an "updated" word and clock', head, text)
            inserts.append(
                f'<section class="c-entry c-entry--service">'
                f'<b class="c-entry__clock">{h}.{m:02d} Uhr</b>'
                f'<h3 class="c-entry__title">{esc(head)}</h3>'
                f'<p class="c-entry__text">{esc(text)}</p></section>'
            )
        if ctx.chance(0.75):
            inserts.append(
                fx.para_box(
                    ctx,
                    "avalanche bulletin with its issue time",
                    cls="slf-box",
                    title="Lawinenbulletin",
                    paras=[
                        "Gefahrenstufe 4 (gross) im Albulagebiet und im Oberengadin, Stufe 3 "
                        "(erheblich) im übrigen Graubünden.",
                        "Ausgabe vom 6. Dezember, 17 Uhr. Die nächste Ausgabe erscheint um 8 Uhr.",
                    ],
                )
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.para_box(
                    ctx,
                    "timetable-change notice (full sentences)",
                    cls="fahrplan-box",
                    title="Fahrplanwechsel",
                    paras=[ctx.one(timetable)],
                )
            )
        if ctx.chance(0.7):
            n = fx.rising(ctx, 2381, 9)
            line = (
                f"Die Petition «Rettet die Postautolinie ins Safiental» haben bisher "
                f"{fx.num(n, 'ch')} Personen unterschrieben."
            )
            ctx.furn("petition counter (rising through the evening)", line)
            inserts.append(f'<div class="petition-teaser"><p>{esc(line)}</p></div>')
        if ctx.chance(0.6):
            inserts.append(
                fx.para_box(
                    ctx,
                    "print-delivery notice (full sentences)",
                    cls="abo-info",
                    title="In eigener Sache",
                    paras=[
                        "Die Zustellung der «Südostschweiz» vom Montag kann sich im Albulatal und "
                        "im Engadin verzögern. Abonnentinnen und Abonnenten lesen die Ausgabe ab "
                        "5 Uhr im E-Paper."
                    ],
                )
            )
        inserts.append(fx.ad_slot(ctx, cls="ad-box", label="Anzeige", copy=[ctx.one(ads)]))
        feed = place(ctx, chunks, inserts)
        side = ""
        if ctx.chance(0.9):
            side = fx.link_list(
                ctx,
                "most-read list (a rotating subset)",
                cls="top-articles",
                title="Meistgelesen",
                items=ctx.shuffled(most_read, 4),
                base="/graubuenden",
            )
        if ctx.chance(0.75):
            side += fx.list_box(
                ctx,
                "reviews with star ratings",
                cls="kritiken",
                title="Kritiken",
                items=ctx.some(reviews, 2),
            )
        terms = fx.suggestions(
            ctx,
            cls="search-tags",
            title="Häufig gesucht",
            terms=ctx.some(
                [
                    "albulalinie gesperrt",
                    "julierpass offen",
                    "lawine bergün heute",
                    "rhb störung aktuell",
                    "lawinengefahr graubünden",
                ],
                3,
                4,
            ),
            base="/suche",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="consent-layer",
                text="Wir verwenden Cookies, um unser Angebot laufend zu verbessern und Werbung "
                "anzuzeigen. Mit «Akzeptieren» stimmen Sie dem zu.",
                buttons=["Akzeptieren", "Ablehnen"],
            )
        page = f"""<header class="so-header"><a class="so-header__brand" href="/">Südostschweiz</a>
<nav class="so-nav"><a href="/graubuenden">Graubünden</a> <a href="/glarus">Glarus</a> <a href="/sport">Sport</a> <a href="/leben">Leben</a></nav></header>
<main class="so-main">
<article class="so-article so-article--ticker">
<p class="so-article__label">Ticker</p>
<h1 class="so-article__title">Lawine verschüttet Albulalinie – Julierpass gesperrt</h1>
<p class="so-article__meta">06.12.2026, 17.48 Uhr · Aktualisiert: {latest.hour}.{latest.minute:02d} Uhr</p>
<div class="so-ticker-lead">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
<div class="so-ticker">
{feed}
</div>
{terms}
</article>
<aside class="so-aside">{side}</aside>
</main>
<footer class="so-footer"><p>© Somedia 2026</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
{banner}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Lawine verschüttet Albulalinie – Julierpass gesperrt",
            "datePublished": "2026-12-06T17:48:00+01:00",
            "dateModified": latest.isoformat(),
            "author": {"@type": "Organization", "name": "Redaktion Südostschweiz"},
            "publisher": {"@type": "Organization", "name": "Südostschweiz"},
        }
        return shell(
            ctx,
            lang="de-CH",
            title="Lawine verschüttet Albulalinie – Julierpass gesperrt | suedostschweiz.ch",
            canonical=f"https://www.suedostschweiz.ch/graubuenden/{slug}",
            body_class="so ticker",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="Südostschweiz (CH)",
        lang="de",
        kind="live",
        offset=off,
        body=intro,
        blocks=entries,
        genuine=genuine,
        genuine_at=len(entries),
        render=render,
        summary='6 `<section>` entries **oldest first**, a bold `<b>` "17.20 Uhr" + `<h3>` (one '
        "without headline); no live-blog JSON-LD",
        genuine_note='a "23.54 Uhr" entry at the **bottom**',
    )
    return site


# ---------------------------------------------------------------------------------------------
# Kieler Nachrichten: boxes at the top, newest first, with a full date; "Klarstellung" at the end


def kieler() -> Site:
    off = 1
    slug = "kn-kiel-holtenau-frachter-rammt-schleusentor"
    body = [
        "Kiel. Ein unter maltesischer Flagge fahrender Frachter hat am Sonntagnachmittag das "
        "Außentor der nördlichen Kammer der Großen Schleuse in Kiel-Holtenau gerammt.",
        "Das 138 Meter lange Schiff war nach Angaben der Wasserschutzpolizei auf dem Weg von "
        "Gdynia nach Rotterdam und wollte gegen 15.30 Uhr in den Nord-Ostsee-Kanal einfahren.",
        "Verletzt wurde niemand. Das Tor wurde jedoch so stark verbogen, dass sich die Kammer "
        "nicht mehr schließen lässt, teilte das zuständige Wasserstraßen- und Schifffahrtsamt mit.",
        "Große Schiffe müssen nun die südliche Kammer nutzen, die am frühen Abend nur "
        "eingeschränkt in Betrieb war. In der Kieler Förde warteten am Abend mehr als 20 Schiffe "
        "auf die Einfahrt.",
        "„So etwas haben wir hier seit Jahren nicht gesehen“, sagte ein Festmacher, der den "
        "Aufprall von der Schleuseninsel aus beobachtete.",
        "Die Wasserschutzpolizei ermittelt, ob ein technischer Defekt oder ein Fehler der "
        "Schiffsführung zu dem Unfall geführt hat. Der Lotse an Bord soll am Montag befragt "
        "werden.",
    ]

    def box(h: int, m: int, text: str) -> Block:
        label = f"Aktualisiert am Sonntag, 6. Dezember 2026, {h}.{m:02d} Uhr"
        return Block("update", label, stamp(off, h, m), (text,), zone="top")

    later = box(
        22,
        30,
        "Ein Taucherteam des Schifffahrtsamts hat das beschädigte Tor untersucht. Nach ersten "
        "Erkenntnissen muss es ausgebaut und in einer Werft repariert werden.",
    )
    earlier = box(
        20,
        15,
        "Die südliche Kammer der Großen Schleuse ist wieder voll in Betrieb. Die ersten wartenden "
        "Schiffe wurden am Abend geschleust.",
    )
    clar = Block(
        "clarification",
        "Klarstellung",
        None,
        (
            "In diesem Artikel geht es um die Große Schleuse in Holtenau. Die Kleine Schleuse "
            "daneben ist seit Jahren für einen Neubau gesperrt und von dem Unfall nicht betroffen.",
        ),
        zone="end",
    )
    genuine = box(
        23,
        52,
        "Der Frachter hat die Schleuse aus eigener Kraft verlassen und liegt jetzt am Nordhafen. "
        "Die Wasserschutzpolizei hat ein Auslaufverbot verhängt.",
    )
    cameras = [
        "Holtenauer Straße, Höhe Knooper Weg",
        "Westring, Höhe Schützenwall",
        "Kronshagener Weg, stadteinwärts",
        "B76 Ostuferstraße, Höhe Dietrichsdorf",
        "Eckernförder Straße, stadtauswärts",
    ]
    reviews = [
        f"„Hänsel und Gretel“ im Kieler Opernhaus: ein Märchen mit Biss {fx.stars(4)}",
        f"Schauspielhaus: „Der Sturm“ als Spektakel ohne Tiefe {fx.stars(2)}",
        f"Neues Fischrestaurant an der Kiellinie im Test {fx.stars(4)}",
    ]
    trips = [
        "KN-Leserreise: Hurtigruten im Winter, zwölf Tage ab 2.990 Euro pro Person.",
        "KN-Leserreise: Adventszauber in Danzig, vier Tage ab 549 Euro pro Person.",
    ]
    most_read = [
        "Kieler Woche 2027: Neues Konzept für die Hörnbühne",
        "Holstein Kiel verlängert mit dem Kapitän bis 2029",
        "Neue Radbrücke über die Hörn soll im Frühjahr öffnen",
        "Preetz: Traditionsbäckerei schließt nach 120 Jahren",
        "Was die neue Parkgebühr in der Innenstadt kostet",
        "Eckernförde: Seehund im Hafenbecken sorgt für Aufsehen",
    ]
    ads = [
        "Ostseeurlaub im Winter: zwei Nächte im Strandhotel in Laboe ab 179 Euro.",
        "Jetzt die Heizung prüfen lassen – Wartung ab 129 Euro in Kiel und Umgebung.",
        "Weihnachtsbäume aus Schleswig-Holstein, frisch geschlagen und geliefert.",
    ]
    polls = [
        (
            "CDU 36 %, SPD 18 %, Grüne 15 %, AfD 11 %, SSW 7 %, FDP 5 %",
            "Institut Nordmeinung, Umfrage vom 2. Dezember 2026, aktualisiert am 4. Dezember",
        ),
        (
            "CDU 37 %, SPD 17 %, Grüne 16 %, AfD 10 %, SSW 7 %, FDP 6 %",
            "Küstenbarometer, Umfrage vom 28. November 2026, aktualisiert am 1. Dezember",
        ),
    ]

    def render(ctx: Ctx) -> str:
        now = ctx.now
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown if b.moment())  # type: ignore[type-var]
        top = [
            f'<aside class="kn-update"><p class="kn-update__head">{esc(b.label or "")}</p>'
            f'<p class="kn-update__text">{esc(b.paras[0])}</p></aside>'
            for b in site.zone(ctx.fetch, "top")
        ]
        if ctx.chance(0.55):
            text = (
                "Lesen Sie alle Berichte über die Kieler Förde mit KN plus: der erste Monat "
                "kostet 0,99 Euro."
            )
            ctx.furn("promo built from the notes' or entries' own markup", text)
            promo = (
                f'<aside class="kn-update"><p class="kn-update__head">KN plus</p>'
                f'<p class="kn-update__text">{esc(text)}</p></aside>'
            )
            top_html = place(ctx, top, [promo], gaps=range(1, len(top) + 1))
        else:
            top_html = "\n".join(top)
        chunks = [f'<p class="kn-body__p">{esc(p)}</p>' for p in body]
        end = site.zone(ctx.fetch, "end")[0]
        chunks.append(
            f'<p class="kn-body__p kn-body__p--note"><i>{esc(end.label or "")}:</i> '
            f"{esc(end.paras[0])}</p>"
        )
        inserts: list[str] = []
        if ctx.chance(0.8):
            slot = now + timedelta(minutes=20 - now.minute % 20)
            rows = [
                f"Wartende Schiffe vor Holtenau: {ctx.rng.randint(19, 27)}",
                f"Nächste Schleusung Südkammer: {fx.dot(slot)} Uhr",
                f"AIS-Daten, Stand {fx.dot(ctx.ago(1, 8))} Uhr",
            ]
            inserts.append(
                fx.list_box(
                    ctx,
                    "vessel tracker with its own AIS time",
                    cls="ship-tracker",
                    title="Schiffsverkehr Nord-Ostsee-Kanal",
                    items=rows,
                    tag="div",
                )
            )
        if ctx.chance(0.75):
            inserts.append(
                fx.list_box(
                    ctx,
                    "speed-camera locations of the day",
                    cls="blitzer",
                    title="Blitzer in Kiel am Montag",
                    items=ctx.some(cameras, 3),
                )
            )
        if ctx.chance(0.6):
            ctx.furn(
                "print-delivery notice (full sentences)",
                "Wegen Wartungsarbeiten in der Druckerei kann sich die Zustellung der "
                "Montagsausgabe im Kreis Plön um bis zu eine Stunde verzögern.",
            )
            inserts.append(
                '<p class="kn-body__p">Wegen Wartungsarbeiten in der Druckerei kann sich die '
                "Zustellung der Montagsausgabe im Kreis Plön um bis zu eine Stunde "
                "verzögern.</p>"
            )
        if ctx.chance(0.6):
            inserts.append(
                fx.para_box(
                    ctx,
                    "reader trips offer (near a labelled ad)",
                    cls="leserreise",
                    title=None,
                    paras=[ctx.one(trips)],
                    tag="div",
                )
            )
        inserts.append(fx.ad_slot(ctx, cls="kn-ad", label="Anzeige", copy=[ctx.one(ads)]))
        body_html = place(ctx, chunks, inserts, gaps=range(1, len(chunks)))
        side: list[str] = []
        if ctx.chance(0.9):
            side.append(
                fx.link_list(
                    ctx,
                    "most-read list (a rotating subset)",
                    cls="kn-mostread",
                    title="Meistgelesen",
                    items=ctx.shuffled(most_read, 5),
                    base="/kiel",
                )
            )
        if ctx.chance(0.7):
            poll, note = ctx.rng.choice(polls)
            side.append(
                fx.list_box(
                    ctx,
                    "opinion-poll tracker with an update date",
                    cls="sonntagsfrage",
                    title="Sonntagsfrage Schleswig-Holstein",
                    items=[poll, note],
                )
            )
        if ctx.chance(0.6):
            side.append(
                fx.list_box(
                    ctx,
                    "reviews with star ratings",
                    cls="kn-kritik",
                    title="Kritik",
                    items=ctx.some(reviews, 2),
                )
            )
        terms = fx.suggestions(
            ctx,
            cls="kn-searches",
            title="Beliebte Suchen",
            terms=ctx.some(
                [
                    "schleuse holtenau aktuell",
                    "nord-ostsee-kanal sperrung",
                    "kiel frachter unfall",
                    "nok wartezeiten heute",
                ],
                3,
                4,
            ),
            base="/suche",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="kn-cmp",
                text="Wir und unsere Partner nutzen Cookies, um Ihnen ein besseres Leseerlebnis zu "
                "bieten. Details finden Sie in unseren Datenschutzhinweisen.",
                buttons=["Alle akzeptieren", "Einstellungen"],
            )
        page = f"""<header class="kn-header"><a class="kn-header__logo" href="/">Kieler Nachrichten</a>
<nav class="kn-nav"><a href="/kiel">Kiel</a> <a href="/lokales">Lokales</a> <a href="/sport">Sport</a> <a href="/politik">Politik</a></nav></header>
<main class="kn-main">
<article class="kn-article">
<p class="kn-article__kicker">Nord-Ostsee-Kanal</p>
<h1 class="kn-article__title">Frachter rammt Schleusentor in Holtenau – Kanal nur eingeschränkt befahrbar</h1>
<p class="kn-article__teaser">Das Außentor der Nordkammer ist schwer beschädigt. Vor der Förde stauen sich die Schiffe.</p>
<div class="kn-article__meta"><span>Jonas Petersen</span> <span>06.12.2026, 17:05 Uhr</span> <span>Aktualisiert: 06.12.2026, {latest:%H:%M} Uhr</span></div>
<div class="kn-updates">
{top_html}
</div>
<div class="kn-body">
{body_html}
</div>
{terms}
</article>
<aside class="kn-aside">{"".join(side)}</aside>
</main>
<footer class="kn-footer"><p>© Kieler Nachrichten 2026</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
{banner}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Frachter rammt Schleusentor in Holtenau",
            "datePublished": "2026-12-06T17:05:00+01:00",
            "dateModified": latest.isoformat(),
            "author": {"@type": "Person", "name": "Jonas Petersen"},
            "publisher": {"@type": "Organization", "name": "Kieler Nachrichten"},
        }
        return shell(
            ctx,
            lang="de-DE",
            title="Frachter rammt Schleusentor in Holtenau – Kanal nur eingeschränkt befahrbar",
            canonical=f"https://www.kn-online.de/lokales/kiel/{slug}-ABC123.html",
            body_class="kn article",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="Kieler Nachrichten",
        lang="de",
        kind="updates",
        offset=off,
        body=body,
        blocks=[later, earlier, clar],
        genuine=genuine,
        genuine_at=0,
        render=render,
        summary="two `<aside>` boxes at the **top**, newest first, each a head paragraph "
        '"Aktualisiert am Sonntag, 6. Dezember 2026, 22.30 Uhr" + a text paragraph; italic '
        '"Klarstellung:" at the bottom (`clarification`)',
        genuine_note='an "Aktualisiert am Sonntag, 6. Dezember 2026, 23.52 Uhr" box on top',
    )
    return site


SITES = [presse, suedostschweiz, kieler]
