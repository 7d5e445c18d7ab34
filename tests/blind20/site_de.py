"""German-language publishers: Passauer Neue Presse (Bavaria), Leipziger Volkszeitung (Saxony),
St. Galler Tagblatt (Switzerland)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BOOKBUS,
    COMMENTS,
    DRAWING,
    JABS,
    LOST,
    NEWS,
    NOMS,
    POEM,
    PROMO,
    PUNCT,
    READ,
    REPAIR,
    SURGERY,
    TRADE,
    WEATHER,
    bl,
    bp,
    bpa,
    countdown,
    drift,
    graph,
    hm,
    ld,
    num,
    rise,
    share,
    turn,
    uhr,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    a,
    ad_slot,
    at,
    big_footer,
    e,
    live_posting,
    mega_nav,
    news_article,
    org,
    shell,
    weave,
)

CET = 1

_DE_SUBS = [
    "Polizei",
    "Politik",
    "Wirtschaft",
    "Kultur",
    "Sport",
    "Gesundheit",
    "Verkehr",
    "Bildung",
    "Leserbriefe",
    "Veranstaltungen",
    "Traueranzeigen",
    "Vereine",
]


def _foot(prefix: str, brand: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            brand: ["Über uns", "Kontakt", "Mediadaten", "Newsletter", "E-Paper"],
            "Rechtliches": ["Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen"],
        },
        legal,
    )


def _std(h: int, m: int) -> str:
    return f"in {h} Std. {m} Min."


# ---------------------------------------------------------------------------------------------
# Passauer Neue Presse (+01:00), custom CMS. A box at the top, newest first, whose paragraphs
# open with a bold "Aktualisierung, 22.15 Uhr:"; an italic bold "Richtigstellung:" at the bottom
# (`correction`). The body has a list of closed streets.


def pnp(ctx: Ctx) -> Render:
    url = "https://www.pnp.de/lokales/stadt-und-landkreis-passau/passau/brand-in-der-hoellgasse-altstadthaeuser-evakuiert-21712345"
    headline = "Brand in der Höllgasse: Passauer Altstadthäuser evakuiert, Rindermarkt gesperrt"
    published = at(CET, 6, 19, 5)
    body = [
        "Ein Brand in einem Altstadthaus in der Höllgasse hat am Sonntagabend einen Großeinsatz der Passauer Feuerwehr ausgelöst. Rund 40 Bewohner mussten ihre Wohnungen verlassen.",
        "Das Feuer war gegen 17.50 Uhr im Dachstuhl eines vierstöckigen Hauses ausgebrochen und griff auf das Nachbargebäude über, in dem eine Galerie untergebracht ist.",
        "Wegen der engen Gassen konnte die Drehleiter nur vom Rindermarkt aus eingesetzt werden. Unterstützung kam von den Feuerwehren aus Hacklberg und Grubweg.",
        "„Wir haben den Rauch schon vom Domplatz aus gesehen“, sagte eine Anwohnerin, die mit ihren zwei Kindern in der Dreiländerhalle untergekommen ist.",
        "Die Stadt hat in der Dreiländerhalle eine Notunterkunft eingerichtet. Das Bayerische Rote Kreuz versorgt dort die Bewohner mit Decken und warmem Essen.",
        "Gesperrt sind bis auf Weiteres:",
        "die Höllgasse und der Rindermarkt",
        "die Schrottgasse zwischen Residenzplatz und Fritz-Schäffer-Promenade",
        "die Anlegestelle der Donauschifffahrt an der Fritz-Schäffer-Promenade",
        "Die Polizei schätzt den Schaden auf mehrere hunderttausend Euro. Zur Brandursache konnte sie am Abend noch nichts sagen.",
        "Die Stadtwerke haben die Gasleitung in der Höllgasse vorsorglich abgesperrt. Betroffene Haushalte können sich bei der Störungsnummer der Stadtwerke melden.",
    ]
    notes = [
        Block(
            "update",
            "Aktualisierung, 22.15 Uhr",
            at(CET, 6, 22, 15),
            None,
            [
                "Die Feuerwehr hat den Brand nach eigenen Angaben unter Kontrolle. Die Nachlöscharbeiten im Dachstuhl werden sich bis in den Morgen ziehen."
            ],
        ),
        Block(
            "update",
            "Aktualisierung, 20.40 Uhr",
            at(CET, 6, 20, 40),
            None,
            [
                "Ein Feuerwehrmann ist bei den Löscharbeiten leicht verletzt worden. Er wurde ins Klinikum Passau gebracht."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aktualisierung, 23.55 Uhr",
        at(CET, 6, 23, 55),
        None,
        [
            "Die Bewohner der Häuser am Rindermarkt dürfen in ihre Wohnungen zurück. Für die Höllgasse gilt das frühestens am Montagmittag."
        ],
    )
    corr = Block(
        "correction",
        "Richtigstellung",
        None,
        None,
        [
            "In einer ersten Fassung hieß es, die Feuerwehr sei um 18.30 Uhr alarmiert worden. Richtig ist 17.50 Uhr."
        ],
    )
    corr.html = (
        f'<p class="pnp-text"><em><strong>Richtigstellung:</strong> {e(corr.paras[0])}</em></p>'
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="pnp-text"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    modified = shown[0].ts or published

    due = at(CET, 7, 9, 0)
    bookbus = bp(
        "pnp-text",
        "Der Bücherbus der Stadtbücherei hält als Nächstes am Montag um 9 Uhr in Heining an der Schulstraße – "
        + countdown(ctx, due, _std),
        BOOKBUS,
        lead=f"Fahrbücherei, Stand {uhr(ctx.ago(1, 8))}:",
    )
    punct = bp(
        "pnp-text",
        f"{share(ctx, 88, 5)} Prozent der Stadtbusse sind im Moment pünktlich. Die Linien 1 und 6 fahren wegen der Sperrung am Rindermarkt mit bis zu {drift(ctx, 12, 4)} Minuten Verspätung.",
        PUNCT,
        lead=f"Stadtbusse pünktlich, Stand {uhr(ctx.ago(1, 10))}:",
    )
    lost = bp(
        "pnp-text",
        turn(
            ctx,
            [
                "Ein schwarzer Herrenschirm mit Holzgriff, gefunden im Bus der Linie 3 am Ludwigsplatz.",
                "Ein Schlüsselbund mit einem Anhänger des EHF Passau, abgegeben im Rathaus.",
                "Eine Kinderbrille mit rotem Gestell, gefunden auf dem Spielplatz am Innkai.",
                "Ein Damenfahrrad, blau, gefunden an der Ortsspitze. Abzuholen im Fundbüro am Rathausplatz.",
                "Ein Ehering mit Gravur „Maria 1994“, gefunden in der Dompfarrkirche.",
                "Ein grüner Rucksack mit Schulbüchern, liegen geblieben im Zug nach Plattling.",
            ],
            "lost",
        ),
        LOST,
        lead="Fundsachen:",
    )
    drawing = bp(
        "pnp-text",
        turn(
            ctx,
            [
                "Lena, 6 Jahre, aus Hals hat den Dom mit allen fünf Glocken gemalt.",
                "Jonas, 8, aus der Innstadt schickt uns ein Bild vom Schiff auf der Donau mit ganz vielen Fischen.",
                "Mia, 5, aus Neustift hat ihren Opa beim Schneeschippen gezeichnet.",
                "Elias, 7, aus Haidenhof hat die Veste Oberhaus als Ritterburg gemalt.",
                "Sophie, 9, aus Heining zeigt den Christkindlmarkt am Domplatz bei Nacht.",
                "Paul, 4, aus Grubweg hat ein Feuerwehrauto mit sehr langer Leiter gemalt.",
            ],
            "drawing",
        ),
        DRAWING,
        lead="Kinderzeichnung der Woche:",
    )
    surgery = bp(
        "pnp-text",
        "Der Oberbürgermeister lädt am Donnerstag von 15 bis 17 Uhr ins Alte Rathaus ein, die Abgeordnete des Wahlkreises ist am Freitag von 10 bis 12 Uhr im Bürgerbüro am Ludwigsplatz.",
        SURGERY,
        lead="Bürgersprechstunde:",
    )
    read = bpa(
        "pnp-text",
        "Lesen Sie auch:",
        turn(
            ctx,
            [
                "Neue Innbrücke: Stadtrat will Baubeginn im Frühjahr",
                "Eisstockschießen auf dem Domplatz: So läuft der Winterzauber",
                "Universität Passau bekommt neues Hörsaalgebäude",
                "Hochwasserschutz in der Ilzstadt kostet mehr als geplant",
                "Passauer Christkindlmarkt meldet Besucherrekord",
                "Drei Flüsse, ein Fahrplan: Was sich bei den Stadtbussen ändert",
            ],
            "read",
        ),
        "/lokales/stadt-und-landkreis-passau/",
        READ,
    )
    promo = bp(
        "pnp-text",
        turn(
            ctx,
            [
                "Sparkasse Passau: Jetzt Festgeld für zwölf Monate mit 2,6 Prozent sichern.",
                "Autohaus am Kohlbruck: Winterreifen-Wechsel ohne Termin, nur diese Woche.",
                "Therme Bad Griesbach: Wellness-Adventspaket ab 89 Euro.",
                "Möbel Höffner: 30 Prozent auf alle Polstermöbel bis Samstag.",
                "Bayerwald-Ticket: mit Bus und Bahn zum Skifahren an den Arber.",
                "Juwelier am Residenzplatz: Gravur gratis zu jedem Weihnachtsgeschenk.",
            ],
            "promo",
        ),
        PROMO,
        lead="Anzeige:",
    )
    jabs = bl(
        "pnp-liste",
        "",
        [
            "Grippeimpfung ohne Termin: Gesundheitsamt Passau, Dienstag 8 bis 12 Uhr",
            "Grippeimpfung ohne Termin: Apotheke am Ludwigsplatz, Mittwoch 14 bis 18 Uhr",
            "Grippeimpfung ohne Termin: Klinikum Passau, Impfstelle, Freitag 9 bis 13 Uhr",
        ],
        JABS,
    )

    box = weave(
        ctx,
        [b.html for b in shown],
        [
            (bookbus, list(range(0, len(shown) + 1)), 0.8),
            (punct, list(range(1, len(shown) + 1)), 0.85),
        ],
    )
    streets = "".join(f"<li>{e(x)}</li>" for x in body[6:9])
    units = [f'<div class="update">{box}</div>']
    units += [f'<p class="pnp-text">{e(p)}</p>' for p in body[:6]]
    units += [f'<ul class="pnp-liste">{streets}</ul>']
    units += [f'<p class="pnp-text">{e(p)}</p>' for p in body[9:]] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (lost, [2, 3, 4, 5, 9, 10], 0.8),
            (drawing, [3, 4, 9, 10, k - 1], 0.75),
            (surgery, [5, 10, k - 1, k], 0.7),
            (read, [2, 3, 4, 5, 9], 0.8),
            (promo, [1, 2, 4, 9, 10], 0.75),
            (jabs, [8, 9], 0.8),
        ],
    )
    main = f"""<div class="pnp-page">
<main class="pnp-main" id="inhalt">
<article class="pnp-artikel">
<header class="pnp-artikel__kopf">
<p class="pnp-artikel__dachzeile">Passau</p>
<h1 class="pnp-artikel__titel">{e(headline)}</h1>
<p class="pnp-artikel__vorspann">Rund 40 Bewohner in der Dreiländerhalle untergebracht – Feuerwehrmann leicht verletzt</p>
<p class="pnp-artikel__autor">Von Johanna Wimmer</p>
<p class="pnp-artikel__datum">Aktualisiert: <time datetime="{modified.isoformat()}">06.12.2026, {modified.strftime("%H:%M")} Uhr</time></p>
</header>
<div class="pnp-artikel__text">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="de-DE",
        title=f"{headline} | PNP",
        canonical=url,
        prefix="pnp",
        body_cls="pnp artikel",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Johanna Wimmer",
                    publisher=org("Passauer Neue Presse", "https://www.pnp.de"),
                    lang="de-DE",
                    section="Passau",
                )
            )
        ],
        nav=mega_nav(
            "pnp",
            "Passauer Neue Presse",
            "/",
            ["Lokales", "Bayern", "Deutschland & Welt", "Sport", "Wirtschaft", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_foot("pnp", "PNP", "© 2026 Passauer Neue Presse GmbH"),
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Leipziger Volkszeitung (+01:00), Arc-like, live, oldest first with a pinned entry
# ("Angepinnt", 18:30) on top: `<section>` entries with a `<time>` "22:20" + `<h3>` (one without
# headline); JSON-LD `@graph` with the `NewsArticle` and a `LiveBlogPosting`.


def lvz(ctx: Ctx) -> Render:
    url = "https://www.lvz.de/lokales/leipzig/liveticker-grossbrand-in-plagwitz-karl-heine-strasse-gesperrt-QX7K2M4TZJ.html"
    headline = "Liveticker: Großbrand in Plagwitz – Karl-Heine-Straße gesperrt, Anwohner sollen Fenster schließen"
    published = at(CET, 6, 18, 5)
    body = [
        "In einer leerstehenden Fabrikhalle an der Karl-Heine-Straße in Leipzig-Plagwitz ist am Sonntagnachmittag ein Großbrand ausgebrochen. Die Rauchwolke war in der ganzen Stadt zu sehen.",
        "Die Karl-Heine-Straße ist zwischen Engertstraße und Zschocherscher Straße gesperrt, die Straßenbahnlinie 14 wird umgeleitet. Wir halten Sie in diesem Ticker auf dem Laufenden.",
    ]
    specs = [
        (
            18,
            10,
            "Rauchsäule über Plagwitz",
            "Über dem Stadtteil steht eine dunkle Rauchsäule. Die Feuerwehr wurde um 17.52 Uhr zu der Halle gerufen, die seit Jahren leer steht.",
        ),
        (
            18,
            55,
            "Warnung über Nina und Katwarn",
            "Die Stadt Leipzig hat eine Warnung herausgegeben: Anwohner in Plagwitz, Lindenau und Schleußig sollen Fenster und Türen geschlossen halten.",
        ),
        (
            19,
            40,
            None,
            "Straßenbahnen der Linie 14 fahren nicht mehr über die Karl-Heine-Straße. Die Verkehrsbetriebe haben einen Ersatzverkehr mit Bussen eingerichtet.",
        ),
        (
            20,
            35,
            "Dach der Halle eingestürzt",
            "Nach Angaben der Feuerwehr ist das Dach teilweise eingebrochen. Die Einsatzkräfte löschen nur noch von außen und von zwei Drehleitern.",
        ),
        (
            21,
            25,
            "Messungen ohne Befund",
            "Der Messzug der Feuerwehr hat in Plagwitz und Lindenau bisher keine erhöhten Schadstoffwerte festgestellt.",
        ),
        (
            22,
            20,
            "Kanal für Boote gesperrt",
            "Auch der Karl-Heine-Kanal ist zwischen der Könneritzbrücke und dem Stelzenhaus gesperrt, weil die Feuerwehr dort Löschwasser entnimmt.",
        ),
    ]
    entries = [
        Block("live_entry", f"{h:02d}:{m:02d}", at(CET, 6, h, m), hd, [t]) for h, m, hd, t in specs
    ]
    pinned = Block(
        "live_entry",
        "18:30",
        at(CET, 6, 18, 30),
        "Anlaufstelle für Anwohner",
        [
            "In der Turnhalle der Schule an der Ernst-Mey-Straße gibt es eine Anlaufstelle mit Tee und Decken. Wer Atembeschwerden hat, soll den Notruf 112 wählen."
        ],
    )
    genuine = Block(
        "live_entry",
        "23:55",
        at(CET, 6, 23, 55),
        "Warnung aufgehoben",
        [
            "Die Stadt hat die Warnung für Plagwitz, Lindenau und Schleußig aufgehoben. Fenster dürfen wieder geöffnet werden."
        ],
    )
    shown = [pinned, *entries] + ([genuine] if ctx.n == 6 else [])

    def post(label: str, ts: datetime, head: str | None, text: str, pin: bool) -> str:
        hd = f'<h3 class="lvz-ticker__titel">{e(head)}</h3>' if head else ""
        badge = '<span class="lvz-ticker__pin">Angepinnt</span> ' if pin else ""
        return (
            f'<section class="lvz-ticker__eintrag{" lvz-ticker__eintrag--pin" if pin else ""}">'
            f'<div class="lvz-ticker__zeit">{badge}<time datetime="{ts.isoformat()}">{e(label)}</time></div>'
            f'{hd}<div class="lvz-ticker__text"><p>{e(text)}</p></div></section>'
        )

    for b in shown:
        assert b.ts
        b.html = post(b.label or "", b.ts, b.head, b.paras[0], b is pinned)
    modified = max(b.ts for b in shown if b.ts)

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        return W(post(hm(t), t, title, text, False), [title, text], kind, [hm(t)])

    repair = fake(
        "Repair-Café-Zähler",
        f"Im Repair-Café im Westwerk wurden in diesem Jahr {num(rise(ctx, 1377, 2, 2), '.')} Geräte, Fahrräder und Kleidungsstücke repariert. Stand: {hm(ctx.ago(1, 9))} Uhr.",
        REPAIR,
    )
    punct = fake(
        "Wie pünktlich sind Bus und Bahn?",
        f"{share(ctx, 81, 5)} Prozent der Straßenbahnen und Busse in Leipzig sind gerade pünktlich. Auf der Umleitung der Linie 14 gibt es Verspätungen von bis zu {drift(ctx, 15, 4)} Minuten.",
        PUNCT,
    )
    bookbus = fake(
        "Die Fahrbibliothek kommt",
        "Nächster Halt der Fahrbibliothek der Leipziger Städtischen Bibliotheken: Montag, 9 Uhr, Grünau, Stuttgarter Allee – "
        + countdown(ctx, at(CET, 7, 9, 0), lambda h, m: f"in {h} Stunden und {m} Minuten."),
        BOOKBUS,
    )
    lost = fake(
        "Aus dem Fundbüro",
        turn(
            ctx,
            [
                "Im Fundbüro in der Otto-Schill-Straße wurde ein Cello im schwarzen Koffer abgegeben, gefunden in der Straßenbahn der Linie 4.",
                "Abgegeben wurde ein Hörgerät, gefunden am Hauptbahnhof auf Gleis 12.",
                "Ein Kinderwagen in Grau ist an der Haltestelle Connewitz, Kreuz stehen geblieben und wartet im Fundbüro.",
                "Gefunden wurde ein Ehering mit Gravur „Für immer, K.“ am Cospudener See.",
                "Eine Laptoptasche mit Uni-Ausweis ist im Bus der Linie 60 liegen geblieben.",
                "Ein Plüschhase mit einem Ohr wurde im Zoo Leipzig gefunden und sucht sein Kind.",
            ],
            "lost",
        ),
        LOST,
    )
    noms = fake(
        "Leipziger Ehrenamtspreis",
        f"Bis jetzt sind {num(rise(ctx, 486, 2, 2), '.')} Vorschläge für den Ehrenamtspreis der Stadt eingegangen. Nominierungen sind noch bis zum 15. Dezember möglich.",
        NOMS,
    )
    weather = fake(
        "Das Wetter in Leipzig",
        f"Aktuell {drift(ctx, 3, 1)} Grad, Wind aus West mit {drift(ctx, 20, 5)} km/h. In der Nacht Sprühregen, Tiefstwert 1 Grad.",
        WEATHER,
    )
    said = f"{rise(ctx, 147, 5, 3)} Kommentare – diskutieren Sie mit"
    comments = W(
        f'<p class="lvz-ticker__intro"><a href="#kommentare">{e(said)}</a></p>', [said], COMMENTS
    )
    news = bp(
        "lvz-ticker__intro",
        "Newsletter „Leipzig am Morgen“: Die wichtigsten Nachrichten aus der Stadt jeden Werktag um 6 Uhr kostenlos in Ihrem Postfach.",
        NEWS,
    )

    intro = weave(
        ctx,
        [f'<p class="lvz-ticker__intro">{e(p)}</p>' for p in body],
        [(comments, [0, 1, 2], 0.8), (news, [1, 2], 0.8)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (repair, list(range(0, n + 1)), 0.8),
            (punct, list(range(1, n + 1)), 0.85),
            (bookbus, [0, 1, 2, n - 1, n], 0.75),
            (lost, list(range(2, n + 1)), 0.8),
            (noms, list(range(0, n)), 0.75),
            (weather, [0, 1, n - 2, n - 1, n], 0.85),
        ],
    )
    publisher = org("Leipziger Volkszeitung", "https://www.lvz.de")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Robert Nößler",
        publisher=publisher,
        lang="de-DE",
        section="Leipzig",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="de-DE",
    )
    main = f"""<div class="lvz-layout">
<main class="lvz-main" id="main">
<article class="lvz-article lvz-article--ticker">
<header class="lvz-article__header">
<span class="lvz-article__label">Liveticker</span>
<h1 class="lvz-article__headline">{e(headline)}</h1>
<p class="lvz-article__teaser">Warnung für Plagwitz, Lindenau und Schleußig – Linie 14 fährt Umleitung</p>
<p class="lvz-article__author">Von Robert Nößler</p>
<p class="lvz-article__date">Zuletzt aktualisiert: <time datetime="{modified.isoformat()}">06.12.2026, {modified.strftime("%H:%M")} Uhr</time></p>
</header>
<div class="lvz-ticker__intro-box">
{intro}
</div>
{ad_slot("lvz-ad", "Anzeige", "lvz-ticker-mrec")}
<div class="lvz-ticker" data-ticker="live">
{feed}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="de-DE",
        title=f"{headline} | LVZ",
        canonical=url,
        prefix="lvz",
        body_cls="lvz ticker",
        jsonld=[graph(article, live)],
        nav=mega_nav(
            "lvz",
            "Leipziger Volkszeitung",
            "/",
            ["Leipzig", "Region", "Mitteldeutschland", "Sport", "Kultur", "Wirtschaft"],
            _DE_SUBS,
        ),
        main=main,
        footer=_foot("lvz", "LVZ", "© 2026 Leipziger Verlags- und Druckereigesellschaft"),
        cms="arc",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# St. Galler Tagblatt (+01:00), custom CMS, live, newest first: `<li>` entries in schema.org
# microdata (`LiveBlogPosting` > `liveBlogUpdate`), an `<h4>` clock heading "22.35 Uhr" and
# paragraphs, no headlines (one entry with two paragraphs); the JSON-LD is only a `NewsArticle`.


def tagblatt(ctx: Ctx) -> Render:
    url = "https://www.tagblatt.ch/ostschweiz/toggenburg/ticker-hangrutsch-wattwil-bahnlinie-unterbrochen-ld.2712345"
    headline = "Ticker: Hangrutsch bei Wattwil – Bahnlinie ins Toggenburg unterbrochen, sechs Häuser evakuiert"
    published = at(CET, 6, 17, 30)
    body = [
        "Bei Wattwil ist am Sonntagnachmittag ein Hang oberhalb der Bahnlinie abgerutscht. Erde und Geröll verschütteten die Gleise zwischen Wattwil und Lichtensteig auf einer Länge von rund 60 Metern.",
        "Sechs Häuser an der Krinauerstrasse wurden vorsorglich evakuiert, die Strasse nach Krinau ist gesperrt. Wir berichten laufend.",
    ]
    specs = [
        (
            17,
            40,
            [
                "Die Kantonspolizei St. Gallen meldet einen Hangrutsch an der Bahnlinie zwischen Wattwil und Lichtensteig. Verletzt wurde nach ersten Angaben niemand."
            ],
        ),
        (
            18,
            25,
            [
                "Der Bahnverkehr zwischen Wattwil und Lichtensteig ist eingestellt. Zwischen den beiden Bahnhöfen verkehren Ersatzbusse."
            ],
        ),
        (
            19,
            30,
            [
                "Ein Geologe des Kantons ist vor Ort. Er stuft den Hang als weiterhin instabil ein.",
                "Die Bewohner der sechs Häuser verbringen die Nacht bei Verwandten oder in Hotelzimmern, welche die Gemeinde bezahlt.",
            ],
        ),
        (
            20,
            45,
            [
                "Die Züge des Voralpen-Express werden zwischen St. Gallen und Rapperswil über Herisau und Uznach umgeleitet. Reisende müssen mit 40 Minuten Verspätung rechnen."
            ],
        ),
        (
            21,
            50,
            [
                "Die Feuerwehr Wattwil hat am Hangfuss Sandsäcke aufgeschichtet, damit Wasser und Schlamm nicht in die Thur fliessen."
            ],
        ),
        (
            22,
            35,
            [
                "Laut der Gemeinde bleibt die Krinauerstrasse die ganze Nacht gesperrt. Die Schulbusse fahren am Montag über Lichtensteig."
            ],
        ),
    ]
    entries = [
        Block("live_entry", uhr(at(CET, 6, h, m)), at(CET, 6, h, m), None, ps) for h, m, ps in specs
    ]
    genuine = Block(
        "live_entry",
        "23.54 Uhr",
        at(CET, 6, 23, 54),
        None,
        [
            "Die Bahn rechnet damit, dass die Strecke frühestens am Mittwoch wieder befahrbar ist. Der Ersatzbus fährt bis dahin im Halbstundentakt."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def item(label: str, ts: datetime, paras: list[str], micro: bool) -> str:
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        if micro:
            return (
                '<li class="tb-ticker__item" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
                f'<h4 class="tb-ticker__zeit"><time itemprop="datePublished" datetime="{ts.isoformat()}">{e(label)}</time></h4>'
                f'<div class="tb-ticker__text" itemprop="articleBody">{text}</div></li>'
            )
        return (
            f'<li class="tb-ticker__item"><h4 class="tb-ticker__zeit"><time datetime="{ts.isoformat()}">{e(label)}</time></h4>'
            f'<div class="tb-ticker__text">{text}</div></li>'
        )

    for b in shown:
        assert b.ts
        b.html = item(b.label or "", b.ts, b.paras, True)
    modified = max(b.ts for b in shown if b.ts)

    def fake(text: str, kind: str) -> W:
        t = ctx.ago(1, 21)
        return W(item(uhr(t), t, [text], False), [text], kind, [uhr(t)])

    trade = fake(
        "FC St. Gallen: "
        + turn(
            ctx,
            [
                "Der Club verhandelt mit einem dänischen Innenverteidiger, dessen Vertrag im Sommer ausläuft.",
                "Ein Bundesligist soll sich nach dem Stürmer der Espen erkundigt haben.",
                "Der Ersatzgoalie könnte im Januar an einen Challenge-League-Club ausgeliehen werden.",
                "Die Espen wollen einen Flügelspieler aus der zweiten französischen Liga verpflichten.",
                "Der Captain soll ein Angebot aus Saudi-Arabien abgelehnt haben.",
                "Ein Mittelfeldtalent aus der U21 erhält einen Profivertrag bis 2029.",
            ],
            "trade",
        ),
        TRADE,
    )
    poem = fake(
        "Gedicht zur Nacht: "
        + turn(
            ctx,
            [
                "«Der Säntis schläft im weissen Kleid, / die Thur erzählt von alter Zeit.» Von Margrit Bösch, Ebnat-Kappel.",
                "«Im Stall ist's warm, die Kühe kauen, / wir können auf den Winter bauen.» Von Hans Näf, Krummenau.",
                "«Der Nebel liegt im Tal wie Watte, / die Glocke ruft, die ich vergessen hatte.» Von Ursula Grob, Lichtensteig.",
                "«Ein Fenster hell, ein Weg verschneit, / und niemand hat es eilig heut.» Von Peter Looser, Nesslau.",
                "«Die Churfirsten stehen Wache, / ich koche Tee und lache.» Von Anna Brunner, Wildhaus.",
                "«Mein Vater ging mit mir zum See, / wir zählten Sterne, Stern und Schnee.» Von Lukas Rüegg, Wattwil.",
            ],
            "poem",
        ),
        POEM,
    )
    drawing = fake(
        "Kinderzeichnung: "
        + turn(
            ctx,
            [
                "Nina, 6, aus Bütschwil hat den Samichlaus mit seinem Esel gemalt.",
                "Luca, 8, aus Wattwil zeigt uns die Iburg mit einem Drachen.",
                "Lea, 5, aus Ebnat-Kappel hat ihre Katze im Schnee gezeichnet.",
                "Noah, 7, aus Lichtensteig malt den Zug auf der Brücke über die Thur.",
                "Elena, 9, aus Krinau hat das ganze Dorf von oben gemalt.",
                "Tim, 4, aus Nesslau schickt einen Schneemann mit Karottennase.",
            ],
            "drawing",
        ),
        DRAWING,
    )
    weather = fake(
        f"Wetter im Toggenburg: Wattwil {drift(ctx, 2, 1)} Grad, Nieselregen, Schneefallgrenze um {drift(ctx, 22, 2) * 50} Meter. Messwert von MeteoSchweiz, Station Ebnat-Kappel.",
        WEATHER,
    )
    promo = fake(
        "Publireportage: "
        + turn(
            ctx,
            [
                "Die Säntis-Schwebebahn lädt zum Fondue-Abend auf dem Gipfel – jetzt Tisch reservieren.",
                "Toggenburger Bergbahnen: Saisonabo für Familien noch bis Sonntag zum Vorverkaufspreis.",
                "Raiffeisenbank Wattwil: Sparkonto für Kinder mit 1,5 Prozent Zins.",
                "Möbel Pfister in St. Gallen: 20 Prozent auf alle Betten bis Weihnachten.",
                "Klangwelt Toggenburg: Adventskonzert am Schwendisee mit Hackbrett und Jodel.",
                "Thermalbad Bad Ragaz: Winterspecial mit Übernachtung ab 189 Franken.",
            ],
            "promo",
        ),
        PROMO,
    )
    surgery = bp(
        "tb-ticker__lead",
        "Sprechstunde: Der Gemeindepräsident von Wattwil empfängt Einwohnerinnen und Einwohner ohne Anmeldung jeden Dienstag von 16 bis 18 Uhr im Gemeindehaus.",
        SURGERY,
    )
    jabs = bp(
        "tb-ticker__lead",
        "Grippeimpfung ohne Anmeldung: in der Apotheke am Bahnhof Wattwil von Montag bis Freitag, 8 bis 12 Uhr, und im Spital Wattwil am Mittwochnachmittag.",
        JABS,
    )
    read = bpa(
        "tb-ticker__lead",
        "Mehr zum Thema:",
        turn(
            ctx,
            [
                "Warum im Toggenburg so viele Hänge in Bewegung sind",
                "Neue Brücke über die Thur: Der Kanton legt die Pläne vor",
                "Ein Jahr nach dem Murgang in Krummenau: So steht es um die Schutzbauten",
                "Bahn 2035: Was die Ostschweiz vom Ausbau erwarten kann",
                "Wattwil baut ein neues Schulhaus für 30 Millionen Franken",
                "Klimawandel in den Voralpen: Mehr Regen, weniger Schnee",
            ],
            "read",
        ),
        "/ostschweiz/toggenburg/",
        READ,
    )

    intro = weave(
        ctx,
        [f'<p class="tb-ticker__lead">{e(p)}</p>' for p in body],
        [(surgery, [0, 1, 2], 0.7), (jabs, [1, 2], 0.75), (read, [0, 1, 2], 0.8)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (trade, list(range(0, n + 1)), 0.8),
            (poem, list(range(1, n + 1)), 0.75),
            (drawing, list(range(0, n)), 0.75),
            (weather, [0, 1, 2, n - 1, n], 0.85),
            (promo, list(range(1, n + 1)), 0.8),
        ],
    )
    main = f"""<div class="tb-page">
<main class="tb-main" id="content">
<article class="tb-article tb-article--ticker">
<header class="tb-article__header">
<p class="tb-article__kicker">Toggenburg</p>
<h1 class="tb-article__title">{e(headline)}</h1>
<p class="tb-article__lead">Ersatzbusse zwischen Wattwil und Lichtensteig – Krinauerstrasse gesperrt</p>
<p class="tb-article__author">Sabine Schmid und Michael Kessler</p>
<p class="tb-article__date">Aktualisiert <time datetime="{modified.isoformat()}">06.12.2026, {e(uhr(modified))}</time></p>
</header>
<div class="tb-ticker__intro">
{intro}
</div>
{ad_slot("tb-ad", "Werbung", "tb-ticker-rectangle")}
<div class="tb-ticker" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="headline" content="{a(headline)}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<ol class="tb-ticker__list">
{feed}
</ol>
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="de-CH",
        title=f"{headline} | St.Galler Tagblatt",
        canonical=url,
        prefix="tb",
        body_cls="tb ticker-page",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Sabine Schmid",
                    publisher=org("St. Galler Tagblatt", "https://www.tagblatt.ch"),
                    lang="de-CH",
                    section="Toggenburg",
                )
            )
        ],
        nav=mega_nav(
            "tb",
            "St. Galler Tagblatt",
            "/",
            ["Ostschweiz", "Schweiz", "International", "Sport", "Wirtschaft", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_foot("tb", "Tagblatt", "© 2026 CH Media"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "pnp-passau-brand-hoellgasse-altstadthaeuser-evakuiert-rindermarkt-gesperrt",
        "Passauer Neue Presse (DE)",
        "de",
        "updates",
        CET,
        pnp,
    ),
    Site(
        "lvz-liveticker-grossbrand-plagwitz-karl-heine-strasse-gesperrt",
        "Leipziger Volkszeitung (DE)",
        "de",
        "live",
        CET,
        lvz,
    ),
    Site(
        "tagblatt-ticker-hangrutsch-wattwil-bahnlinie-toggenburg-unterbrochen",
        "St. Galler Tagblatt (CH)",
        "de",
        "live",
        CET,
        tagblatt,
    ),
]
