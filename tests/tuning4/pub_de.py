"""German-language pages: Münchner Merkur and Kölner Stadt-Anzeiger (notes), WDR live ticker."""

from __future__ import annotations

from kit import CET, Page, document, esc, jsonld, links, mix, padding_css, stamp
from noise import Noise

# ---------------------------------------------------------------------------------------------
# Münchner Merkur (Ippen): bold "Update vom 6. Dezember, 18.40 Uhr:" paragraphs above the story.

MERKUR_SITE = {
    "promos": [
        "Holen Sie sich die kostenlose Merkur-App und verpassen Sie keine Eilmeldung aus München und der Region.",
        "Alle Nachrichten aus Ihrer Region lesen Sie jetzt auch bei Merkur.de auf WhatsApp – folgen Sie unserem Kanal.",
        "Merkur.de jetzt auch als E-Paper: Lesen Sie die Zeitung von morgen schon ab 21 Uhr am Vorabend.",
    ],
    "newsletter": [
        "Unser kostenloser München-Newsletter informiert Sie jeden Morgen über das Wichtigste aus der Stadt.",
        "Melden Sie sich für den Pendler-Newsletter an und erfahren Sie als Erste von Störungen bei S-Bahn und MVV.",
    ],
    "membership": ["Merkur+ jetzt 30 Tage kostenlos testen – danach nur 9,99 Euro im Monat."],
    "consent": "Wir und unsere 163 Partner speichern Informationen auf Ihrem Gerät und verarbeiten personenbezogene Daten für personalisierte Werbung und Inhalte.",
    "weather": ("München", ["bewölkt", "Schneeregen", "leichter Schneefall"]),
    "traffic": "MVV aktuell: {a} Störungen, Verspätungen bis zu {b} Minuten",
    "author": (
        "Katharina Lindner",
        "Katharina Lindner schreibt für Merkur.de über Verkehr und Stadtentwicklung in München.",
    ),
}

MERKUR_PARAS = [
    "München – Eine Signalstörung am Ostbahnhof hat am Sonntag den S-Bahn-Verkehr auf der Münchner Stammstrecke über Stunden nahezu zum Erliegen gebracht. Tausende Fahrgäste, viele auf dem Weg zu den Weihnachtsmärkten, saßen in Zügen fest oder warteten auf überfüllten Bahnsteigen.",
    "Nach Angaben der Deutschen Bahn fiel gegen 12.30 Uhr ein Stellwerksrechner aus, der die Weichen und Signale zwischen Ostbahnhof und Rosenheimer Platz steuert. Die Züge durften den Abschnitt danach nur noch auf Sicht und mit schriftlichem Befehl befahren.",
    "Die S-Bahn München richtete einen Ersatzverkehr mit Bussen zwischen Ostbahnhof und Isartor ein. Fahrgäste wurden zudem gebeten, auf die U-Bahn-Linien U5 und U8 auszuweichen.",
    "„Wir standen 50 Minuten im Tunnel, ohne eine einzige Durchsage“, sagte eine Pendlerin aus Haar unserer Redaktion. Andere Fahrgäste berichteten von überhitzten Waggons und geschlossenen Toiletten.",
    "Der Fahrgastverband Pro Bahn forderte erneut einen schnelleren Bau der zweiten Stammstrecke. Ein einziger Defekt dürfe nicht das gesamte Netz lahmlegen, sagte ein Sprecher.",
    "Wann der Stellwerksrechner repariert ist, konnte die Bahn am Nachmittag noch nicht sagen. Techniker seien vor Ort, hieß es.",
]

MERKUR_UPDATES = [
    (
        "18:40",
        "18.40",
        "Der Ersatzverkehr mit Bussen ist nach Angaben der S-Bahn inzwischen auf zwölf Fahrzeuge aufgestockt worden. Die Stammstrecke bleibt zwischen Ostbahnhof und Isartor aber weiterhin nur eingeschränkt befahrbar.",
    ),
    (
        "15:10",
        "15.10",
        "Laut Bahn verkehren die Linien S2, S3 und S8 inzwischen wieder im 20-Minuten-Takt, allerdings mit Verspätungen von bis zu 30 Minuten.",
    ),
]
MERKUR_NEW = (
    "23:53",
    "23.53",
    "Die Bahn hat den defekten Stellwerksrechner nach eigenen Angaben ausgetauscht. Ab Betriebsbeginn am Montag sollen alle Linien wieder planmäßig fahren.",
)


def merkur(pg: Page) -> str:
    nz = Noise(pg, "id-Story", MERKUR_SITE)
    updates = []
    rows = [(*MERKUR_NEW, True)] if pg.genuine else []
    for hhmm, clock, text, is_new in rows + [(*u, False) for u in MERKUR_UPDATES]:
        label = f"Update vom 6. Dezember, {clock} Uhr"
        updates.append(
            f'<p class="id-StoryElement-paragraph"><strong>{label}:</strong> '
            + pg.note("update", label, text, stamp(hhmm, CET), genuine=is_new)
            + "</p>"
        )
    paras = [f'<p class="id-StoryElement-paragraph">{pg.B(esc(t))}</p>' for t in MERKUR_PARAS]
    menu = nz.menu(
        "related",
        "related_line",
        "promo",
        "sponsored",
        "also_like",
        "newsletter",
        "poll",
        "traffic",
        "meter",
        "readers",
    )
    # Ippen pages often put a teaser box between the updates and the story, too.
    between = nz.related() if pg.maybe(0.5) else ""
    body = f"""{nz.consent() if pg.maybe(0.5) else ""}
<header class="id-SiteHeader"><a class="id-SiteHeader-logo" href="/">Merkur.de</a>{links(["München", "Region", "Bayern", "Politik", "Wirtschaft", "Sport", "TSV 1860", "FC Bayern", "Verbraucher", "Wetter"], "id-SiteHeader-nav")}
{nz.weather() if pg.maybe(0.6) else ""}</header>
<main class="id-Container"><article class="id-Story" data-id-story-type="article">
<header class="id-Story-header"><p class="id-Story-kicker">Chaos auf der Stammstrecke</p>
<h1 class="id-Story-title">S-Bahn München: Signalstörung legt Stammstrecke lahm – Tausende Fahrgäste betroffen</h1>
<p class="id-Story-lead">Eine Störung am Ostbahnhof hat den S-Bahn-Verkehr in München über Stunden ausgebremst. Die Bahn richtete einen Ersatzverkehr ein.</p>
<div class="id-Story-authors">Von <a>Katharina Lindner</a> <time datetime="2026-12-06T13:15:00+01:00">06.12.2026, 13:15 Uhr</time></div>
<div class="id-Story-shareline">{nz.comments()} <button>Teilen</button> <button>Merken</button></div></header>
<figure class="id-StoryElement-image"><img src="/img/sbahn.jpg" alt=""><figcaption>Warten am Ostbahnhof: Die Stammstrecke war über Stunden gestört. © Sven Hoppe/dpa</figcaption></figure>
<div class="id-StoryElement-group">
{"".join(updates)}
{between}
{mix(pg, paras, menu, 3, 6)}
</div>
{nz.author_box()}
</article>
<aside class="id-Sidebar">{nz.most_read()}{nz.gallery() if pg.maybe(0.5) else ""}</aside></main>
<footer class="id-Footer"><p>{pg.F("Merkur.de ist ein Angebot der Ippen Digital GmbH & Co. KG – alle Rechte vorbehalten.")}</p></footer>"""
    head = padding_css("id-Story-", 200) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "S-Bahn München: Signalstörung legt Stammstrecke lahm",
            "datePublished": "2026-12-06T13:15:00+01:00",
            "dateModified": stamp("23:53" if pg.genuine else "18:40", CET),
        }
    )
    return document(
        pg, "S-Bahn München: Signalstörung legt Stammstrecke lahm | Merkur.de", head, body
    )


# ---------------------------------------------------------------------------------------------
# Kölner Stadt-Anzeiger: an "Aktualisierung, 16.20 Uhr:" paragraph inside the story, a
# "Korrektur:" at the bottom, and a new "Aktualisierung" on top in fetch 6.

KSTA_SITE = {
    "promos": [
        "Holen Sie sich die KStA-App: Nachrichten aus Köln und der Region, Push-Meldungen und das E-Paper.",
        "Hören Sie „Stadt mit K“, den täglichen Nachrichten-Podcast des Kölner Stadt-Anzeiger.",
        "Folgen Sie dem Kölner Stadt-Anzeiger auf Instagram für Bilder und Geschichten aus Köln.",
    ],
    "newsletter": [
        "Der Newsletter „Stadt mit K“ bringt Ihnen jeden Morgen die wichtigsten Nachrichten aus Köln.",
        "Mit unserem FC-Newsletter sind Sie bei allem rund um den 1. FC Köln auf dem Laufenden.",
    ],
    "membership": ["KStA PLUS: Lesen Sie alle Artikel für 0,99 Euro im ersten Monat."],
    "consent": "Der Kölner Stadt-Anzeiger und seine Partner nutzen Cookies, um Ihnen Inhalte und Werbung passend zu Ihren Interessen anzuzeigen.",
    "weather": ("Köln", ["Regen", "bedeckt", "Sprühregen", "windig"]),
    "scores": [
        ("1. FC Köln", "SC Paderborn", 23, [(1, 31), (0, 48), (0, 77)]),
        ("Fortuna Köln", "Alemannia Aachen", 18, [(0, 12), (1, 55)]),
    ],
    "author": (
        "Jens Feldkamp",
        "Jens Feldkamp ist Redakteur im Köln-Ressort des Kölner Stadt-Anzeiger.",
    ),
}

KSTA_PARAS = [
    "Der Rhein in Köln steigt weiter: Am Sonntagnachmittag zeigte der Pegel an der Altstadt 7,42 Meter, für Montagmittag erwartet die Hochwasserschutzzentrale einen Stand von rund 7,80 Metern.",
    "Die Stadt hat deshalb die Rheinuferpromenade zwischen Hohenzollernbrücke und Deutzer Brücke gesperrt. Auch die Anlegestellen der Ausflugsschiffe ruhen, die Schiffe liegen seit Samstag fest.",
    "Grund für das Hochwasser sind ergiebige Regenfälle im Schwarzwald und in der Schweiz sowie die Schneeschmelze in den Mittelgebirgen. Mosel und Main führen ebenfalls deutlich mehr Wasser als üblich.",
    "Ab einem Pegelstand von 8,30 Metern müsste die Stadt die mobile Hochwasserschutzwand am Frankenwerft aufbauen. Die Stadtentwässerungsbetriebe haben die Elemente nach eigenen Angaben bereits angeliefert.",
    "Für die Schifffahrt gilt ab 8,30 Metern die Hochwassermarke I, ab 9,50 Metern wird der Schiffsverkehr auf dem Rhein bei Köln ganz eingestellt.",
    "Anwohnerinnen und Anwohner in Rodenkirchen und Porz sollten Keller und Tiefgaragen im Blick behalten, rät die Stadt. Aktuelle Pegelstände veröffentlicht die Hochwasserschutzzentrale auf ihrer Internetseite.",
]


def ksta(pg: Page) -> str:
    nz = Noise(pg, "dm-article", KSTA_SITE)

    def upd(hhmm: str, clock: str, text: str, genuine: bool = False) -> str:
        label = f"Aktualisierung, {clock} Uhr"
        return (
            f'<p class="dm-paragraph"><strong>{label}:</strong> '
            + pg.note("update", label, text, stamp(hhmm, CET), genuine=genuine)
            + "</p>"
        )

    items = [f'<p class="dm-paragraph">{pg.B(esc(t))}</p>' for t in KSTA_PARAS]
    items.insert(
        2,
        upd(
            "16:20",
            "16.20",
            "Nach neuen Berechnungen der Hochwasserschutzzentrale wird der Scheitel erst am Dienstagmorgen erreicht, nicht wie bisher angenommen am Montagabend.",
        ),
    )
    top = ""
    if pg.genuine:
        top = upd(
            "23:54",
            "23.54",
            "Die Stadt hat die Prognose für Montagmittag auf 8,10 Meter angehoben. Die mobile Schutzwand am Frankenwerft soll bis zum Morgen geschlossen werden.",
            genuine=True,
        )
    correction = (
        '<p class="dm-paragraph"><em><strong>Korrektur:</strong> '
        + pg.note(
            "correction",
            "Korrektur",
            "In einer früheren Version dieses Artikels hieß es, die Schutzwand werde am Leystapel aufgebaut. Tatsächlich wird sie am Frankenwerft errichtet.",
            None,
        )
        + "</em></p>"
    )
    menu = nz.menu(
        "related",
        "promo",
        "score",
        "weather",
        "meter",
        "also_like",
        "sponsored",
        "gallery",
        "newsletter",
        "quote",
    )
    minutes = pg.minutes_since("16:20", CET)
    body = f"""{nz.consent() if pg.maybe(0.5) else ""}
<header class="dm-header"><a href="/" class="dm-header__logo">Kölner Stadt-Anzeiger</a>{links(["Köln", "Region", "NRW", "1. FC Köln", "Politik", "Wirtschaft", "Kultur", "Karneval", "PLUS"], "dm-header__nav")}
{nz.score() if pg.maybe(0.6) else ""}</header>
<main class="dm-main"><article class="dm-article">
<header class="dm-article__header"><span class="dm-article__kicker">Hochwasser</span>
<h1 class="dm-article__title">Rhein-Hochwasser in Köln: Pegel steigt auf fast acht Meter – Ufer gesperrt</h1>
<p class="dm-article__intro">Die Hochwasserschutzzentrale rechnet mit weiter steigenden Pegeln. Die Promenade in der Altstadt ist gesperrt.</p>
<p class="dm-article__byline">Jens Feldkamp · <time datetime="2026-12-06T12:40:00+01:00">06.12.2026, 12:40 Uhr</time> · {pg.F(f"Aktualisiert vor {minutes // 60} Std.")}</p>
<span class="dm-article__readtime">{pg.F("3 min Lesezeit")}</span></header>
<div class="dm-article__body">
{top}
{mix(pg, items, menu, 3, 6)}
{correction}
</div>
{nz.author_box()}
</article>
<aside class="dm-aside">{nz.most_read()}</aside></main>
<footer class="dm-footer"><p>{pg.F("© Kölner Stadt-Anzeiger. Alle Rechte vorbehalten.")}</p></footer>"""
    head = padding_css("dm-", 180) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Rhein-Hochwasser in Köln: Pegel steigt auf fast acht Meter",
            "datePublished": "2026-12-06T12:40:00+01:00",
            "dateModified": stamp("23:54" if pg.genuine else "16:20", CET),
        }
    )
    return document(
        pg,
        "Rhein-Hochwasser in Köln: Pegel steigt – Ufer gesperrt | Kölner Stadt-Anzeiger",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# WDR live ticker: "22:38 Uhr" above a headline, a "Jetzt läuft auf WDR 2" radio widget, no ads.

WDR_SITE = {
    "promos": [
        "Holen Sie sich die WDR-App und erhalten Sie Eilmeldungen und Unwetterwarnungen für Ihre Region.",
        "Die Lokalzeit sehen Sie jeden Abend um 19.30 Uhr im WDR Fernsehen und jederzeit in der ARD Mediathek.",
        "Hören Sie WDR 2 mit Verkehrsmeldungen für ganz NRW live in der WDR-App oder im Radio.",
    ],
    "newsletter": [
        "Der WDR-Newsletter bringt Ihnen jeden Abend die wichtigsten Nachrichten aus NRW."
    ],
    "membership": [
        "Sie haben Fragen zum Unwetter? Schreiben Sie uns über das Kontaktformular der WDR-Nachrichten."
    ],
    "consent": "Der WDR verwendet Cookies und vergleichbare Technologien, um die Nutzung seiner Angebote zu analysieren.",
    "weather": ("Düsseldorf", ["Sturmböen", "Regen", "stürmisch"]),
    "traffic": "Verkehrslage NRW: {a} Meldungen, {b} km Stau",
    "video_head": "Aktuelle Stunde – Videos",
}

WDR_RADIO = [
    "Jetzt läuft auf WDR 2: Annett Louisan – Das große Erwachen",
    "Jetzt läuft auf WDR 2: Wham! – Last Christmas",
    "Jetzt läuft auf WDR 2: Mark Forster – Au Revoir",
    "Jetzt läuft auf WDR 2: Adele – Rolling in the Deep",
    "Jetzt läuft auf WDR 2: Rea Garvey – Can’t Stand the Silence",
]

WDR_ENTRIES = [
    (
        "22:38",
        "Bahn stellt Fernverkehr in NRW ein",
        [
            "Die Deutsche Bahn hat den Fernverkehr in Nordrhein-Westfalen bis mindestens Montagfrüh eingestellt. Auch viele Regionalzüge fahren nicht, weil Bäume auf den Gleisen liegen."
        ],
    ),
    (
        "22:05",
        "Feuerwehr Essen zählt mehr als 300 Einsätze",
        [
            "Allein in Essen ist die Feuerwehr seit dem Nachmittag mehr als 300-mal ausgerückt. Verletzt wurde nach bisherigen Erkenntnissen niemand."
        ],
    ),
    (
        "21:32",
        None,
        [
            "Auf dem Kahlen Asten im Sauerland wurden Orkanböen mit 137 Kilometern pro Stunde gemessen, teilt der Deutsche Wetterdienst mit."
        ],
    ),
    (
        "20:50",
        "Schulen in mehreren Kreisen bleiben zu",
        [
            "Die Kreise Olpe und Siegen-Wittgenstein sowie der Hochsauerlandkreis haben den Unterricht für Montag abgesagt. Die Schulen bieten eine Notbetreuung an."
        ],
    ),
    (
        "20:14",
        "Weihnachtsmärkte schließen früher",
        [
            "In Köln, Düsseldorf und Dortmund haben die Weihnachtsmärkte wegen des Sturms am frühen Abend geschlossen. Die Betreiber wollen am Montag wie gewohnt öffnen."
        ],
    ),
    (
        "19:40",
        "Unwetterwarnung für ganz NRW",
        [
            "Der Deutsche Wetterdienst hat seine Warnung vor orkanartigen Böen auf ganz Nordrhein-Westfalen ausgeweitet. Sie gilt bis Montag, 6 Uhr."
        ],
    ),
]
WDR_NEW = (
    "23:54",
    "Sturm zieht nach Osten ab",
    [
        "Der Wetterdienst hebt die Unwetterwarnung für das Rheinland auf. Im Sauerland und in Ostwestfalen bleibt es bis in die Morgenstunden stürmisch."
    ],
)


def wdr(pg: Page) -> str:
    nz = Noise(pg, "ticker", WDR_SITE)
    rows = ([(*WDR_NEW, True)] if pg.genuine else []) + [(*e, False) for e in WDR_ENTRIES]
    posts = []
    for hhmm, headline, paras, is_new in rows:
        label = f"{hhmm} Uhr"
        pg.entry(label, stamp(hhmm, CET), headline, paras, genuine=is_new)
        h = f'<h2 class="ticker-entry__title">{esc(headline)}</h2>' if headline else ""
        ps = "".join(f"<p>{esc(p)}</p>" for p in paras)
        posts.append(
            f'<section class="ticker-entry" id="t{hhmm.replace(":", "")}"><div class="ticker-entry__meta">'
            f'<span class="ticker-entry__time">{label}</span> {nz.ago(hhmm, CET)}</div>{h}{ps}</section>'
        )

    def radio() -> str:
        return f'<div class="ticker-radio" data-widget="nowplaying"><p>{pg.F(pg.rnd.choice(WDR_RADIO))}</p></div>'

    menu = [
        radio,
        *nz.menu(
            "traffic",
            "weather",
            "video",
            "following",
            "also_like",
            "poll",
            "promo",
            "newsletter",
            "related",
        ),
    ]
    latest = rows[0][0]
    body = f"""<header class="wdr-header"><a class="wdr-header__logo" href="/">WDR</a>{links(["Nachrichten", "Wetter", "Verkehr", "Sport", "Lokalzeit", "Radio", "Fernsehen", "Kultur"], "wdr-header__nav")}
{radio() if pg.maybe(0.7) else ""}</header>
<main class="wdr-main"><article class="ticker-page">
<p class="ticker-page__dachzeile">Unwetter in NRW</p>
<h1 class="ticker-page__title">Liveticker: Sturmtief fegt über NRW – Bahn stellt Fernverkehr ein</h1>
{nz.live_badge((latest, CET))}
<div class="ticker-page__intro">
<p>{pg.B("Ein Sturmtief hat am Sonntag in Nordrhein-Westfalen Bäume entwurzelt, Dächer abgedeckt und den Bahnverkehr weitgehend lahmgelegt.")}</p>
<p>{pg.B("Der Deutsche Wetterdienst warnt bis Montagmorgen vor orkanartigen Böen, vor allem in den Mittelgebirgen.")}</p></div>
<div class="ticker-page__entries">
{mix(pg, posts, menu, 3, 6, edges=True)}
</div>
<p class="ticker-page__source">Quelle: WDR, dpa</p>
</article>
<aside class="wdr-aside">{nz.most_read()}</aside></main>
<footer class="wdr-footer"><p>{pg.F("© WDR 2026 – Westdeutscher Rundfunk Köln, Anstalt des öffentlichen Rechts")}</p></footer>"""
    head = padding_css("ticker-", 140) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Liveticker: Sturmtief fegt über NRW",
            "dateModified": stamp(latest, CET),
        }
    )
    return document(pg, "Liveticker: Sturmtief fegt über NRW - Nachrichten - WDR", head, body)


SITES = {
    "merkur-sbahn-stammstrecke": ("de", "Münchner Merkur", "updates", merkur),
    "ksta-rhein-hochwasser": ("de", "Kölner Stadt-Anzeiger", "updates", ksta),
    "wdr-liveticker-sturm": ("de", "WDR", "live", wdr),
}
