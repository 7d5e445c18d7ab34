"""German publishers for the tuning5 set: BILD (Liveticker), RP Online and Augsburger
Allgemeine. Stories, names and companies are invented."""

from __future__ import annotations

from fx import Fx
from kit import CET, Sheet, css, esc, iso, ld, nav, scatter, shell

DE_SCORES = [
    ("Bundesliga", "Augsburg", "Mainz", 48, [(12, 0), (57, 1), (81, 0)]),
    ("2. Liga", "Düsseldorf", "Paderborn", 40, [(33, 1), (49, 0)]),
]
DE_TICKERS = [("DAX", 19842.3), ("MDAX", 26410.8), ("Euro/Dollar", 1.0832)]
DE_JOBS = [
    "Pflegefachkraft (m/w/d) in Vollzeit – Klinikverbund Schwaben",
    "Elektroniker für Betriebstechnik (m/w/d) – Stadtwerke",
    "3-Zimmer-Wohnung, 78 m², Balkon – 1.150 € kalt",
    "Reihenhaus mit Garten, 124 m² – 589.000 € – provisionsfrei",
]
DE_LOTTO = (
    "Lotto 6aus49 vom Samstag: 4 – 11 – 19 – 27 – 38 – 45, Superzahl 7",
    "Jackpot am Mittwoch: {n} Millionen Euro",
)

# BILD Liveticker -------------------------------------------------------------------------------
BILD = {
    "promos": [
        "Alle Infos zur Entschärfung gibt es auch bei BILD im TV, live ab 22 Uhr auf YouTube.",
        "Holen Sie sich die BILD-App und verpassen Sie keine Eilmeldung mehr.",
        "Hören Sie jetzt den BILD-Podcast „Ronzheimer.“ überall, wo es Podcasts gibt.",
    ],
    "apps": [
        "Mit der BILD-App bekommen Sie Push-Nachrichten zu diesem Einsatz direkt aufs Handy.",
    ],
    "newsletters": ["Jeden Morgen die wichtigsten News: Abonnieren Sie den BILD-Newsletter."],
    "donations": [
        "Mit BILDplus lesen Sie alle Artikel – jetzt 4 Wochen für 0,99 € testen.",
        "Dieser Artikel ist kostenlos. Für alle weiteren BILDplus-Inhalte: Jetzt Abo abschließen.",
    ],
    "author": ("Jan Kessler", "Jan Kessler ist Reporter im BILD-Büro Dresden."),
    "tags": ["Bombe", "Dresden", "Evakuierung", "Polizei", "Blindgänger"],
    "gallery": (
        14,
        [
            "Polizisten sperren die Albertstraße ab.",
            "Der Blindgänger liegt in drei Metern Tiefe.",
            "Anwohner warten in der Messehalle.",
        ],
    ),
    "scores": DE_SCORES,
    "weather": ("Dresden", 1, ["bedeckt", "leichter Schneefall", "neblig"]),
    "traffic": [
        "A4 Dresden Richtung Chemnitz: {n} Minuten Verzögerung am Dreieck Dresden-West",
        "B170 gesperrt, Umleitung über die Waldschlößchenbrücke – {n} Min.",
    ],
    "tickers": DE_TICKERS,
    "jobs": DE_JOBS,
    "lotto": DE_LOTTO,
}
BILD_INTRO = [
    "Großeinsatz in der Dresdner Neustadt: Bei Bauarbeiten an der Albertstraße ist am Sonntagmittag eine 250-Kilo-Fliegerbombe aus dem Zweiten Weltkrieg gefunden worden.",
    "Rund 9.000 Menschen müssen ihre Wohnungen verlassen. Die Entschärfung soll am späten Abend beginnen.",
]
BILD_POSTS = [
    (
        (22, 41),
        "Sprengmeister am Fundort",
        [
            "Die Experten des Kampfmittelbeseitigungsdienstes sind an der Bombe eingetroffen. Jetzt darf niemand mehr in den Sperrkreis."
        ],
    ),
    (
        (22, 14),
        None,
        [
            "Die Polizei meldet: Die Evakuierung ist abgeschlossen. In drei Wohnungen hatten Beamte noch Bewohner angetroffen."
        ],
    ),
    (
        (21, 36),
        "Straßenbahnen fahren Umleitung",
        [
            "Die Linien 3, 6 und 11 umfahren den Sperrkreis. Die DVB setzen Ersatzbusse zwischen Albertplatz und Bahnhof Neustadt ein."
        ],
    ),
    (
        (20, 52),
        "Messehalle als Notunterkunft",
        [
            "Die Stadt hat die Messehalle 4 geöffnet. Dort gibt es Tee, Decken und Feldbetten, sagt ein Sprecher."
        ],
    ),
    (
        (19, 30),
        "Krankenhaus verlegt Patienten",
        [
            "Das Diakonissenkrankenhaus hat 40 Patienten in andere Kliniken gebracht, weil es im Sperrkreis liegt."
        ],
    ),
]
BILD_NEW = (
    (23, 54),
    "Bombe entschärft!",
    [
        "Um 23.49 Uhr meldet die Polizei: Der Blindgänger ist entschärft. Die Anwohner dürfen in ihre Wohnungen zurück."
    ],
)


def bild(sh: Sheet) -> str:
    fx = Fx(sh, "ticker-", BILD)
    rows = ([(*BILD_NEW, True)] if sh.genuine else []) + [(*p, False) for p in BILD_POSTS]
    items = []
    for (hh, mm), title, texts, new in rows:
        label = f"{hh}.{mm:02d} Uhr"
        sh.post(label, iso(hh, mm, CET), title, texts, genuine=new)
        h = f'<h3 class="ticker-item__headline">{esc(title)}</h3>' if title else ""
        ps = "".join(f"<p>{esc(t)}</p>" for t in texts)
        items.append(
            f'<div class="ticker-item"><span class="ticker-item__time"><b>{label}</b></span>{h}{ps}</div>'
        )
    latest = iso(*rows[0][0], CET)
    menu = fx.pick(
        "also",
        "promo",
        "app",
        "native",
        "donate",
        "gallery",
        "videos",
        "readers",
        "score",
        "lotto",
        "horoscope",
        "breaking",
        "share",
    )
    intro = "".join(f"<p>{sh.para(p)}</p>" for p in BILD_INTRO)
    body = f"""{fx.cookie() if sh.chance(0.5) else ""}
<header class="hdr"><a class="hdr__logo" href="/">BILD</a>{nav(["News", "Politik", "Regio", "Unterhaltung", "Sport", "Fußball", "BILDplus"], "hdr__nav")}</header>
{fx.breaking() if sh.chance(0.6) else ""}
<main><article class="article-ticker">
{fx.badge(latest)}
<div class="document-title"><span class="document-title__kicker">Fliegerbombe in Dresden</span>
<h1>9000 Menschen müssen raus – jetzt wird entschärft!</h1></div>
<div class="article-body">{intro}</div>
<div class="ticker">
{scatter(sh, items, menu, 4, 8, edges=True)}
</div></article>
<aside class="sidebar">{fx.top()}{fx.weather()}</aside></main>
<footer><p>{sh.fur("BILD.de – Ein Angebot der Axel Springer Deutschland GmbH")}</p></footer>"""
    head = css("ticker-", 150) + ld(
        {"@context": "https://schema.org", "@type": "LiveBlogPosting", "dateModified": latest}
    )
    return shell(sh, "Fliegerbombe in Dresden: Liveticker | BILD", head, body)


# RP Online -------------------------------------------------------------------------------------
RP = {
    "promos": [
        "Die Rheinische Post gibt es jetzt auch als E-Paper: Lesen Sie die Zeitung schon ab 22 Uhr am Vorabend.",
        "Hören Sie den RP-Podcast „Aufwacher“ jeden Morgen ab 6 Uhr.",
        "Feiern Sie mit uns: Das RP-Leserfest findet am 14. März im Düsseldorfer Rheinterrasse statt.",
    ],
    "apps": ["Laden Sie sich die RP-App herunter und erhalten Sie Nachrichten aus Ihrer Stadt."],
    "newsletters": [
        "Der Newsletter „Düsseldorf am Morgen“ bringt Ihnen die wichtigsten Nachrichten um 7 Uhr.",
        "Melden Sie sich für unseren Verkehrs-Newsletter an und kommen Sie besser durch die Stadt.",
    ],
    "donations": ["Jetzt RP+ lesen: Den ersten Monat gibt es für 1 Euro."],
    "author": ("Helena Baumeister", "Helena Baumeister ist Redakteurin im Ressort Düsseldorf."),
    "tags": ["Theodor-Heuss-Brücke", "Düsseldorf", "Verkehr", "Rheinbahn", "Stau"],
    "gallery": (7, ["Die gesperrte Brücke am Sonntagnachmittag.", "Prüfer an einem der Pylone."]),
    "scores": DE_SCORES,
    "weather": ("Düsseldorf", 5, ["Regen", "bewölkt", "Nieselregen"]),
    "traffic": [
        "A52 Richtung Essen: {n} Minuten Stau vor dem Kreuz Kaarst",
        "Rheinkniebrücke stadteinwärts: {n} Minuten Verzögerung",
        "A46 Fleher Brücke: {n} km zähfließender Verkehr",
    ],
    "tickers": DE_TICKERS,
    "jobs": DE_JOBS,
    "lotto": DE_LOTTO,
}
RP_PARAS = [
    "Düsseldorf Die Theodor-Heuss-Brücke bleibt bis auf Weiteres für Autos und Lastwagen gesperrt. Bei einer Routineprüfung hatten Ingenieure am Samstag Risse an zwei Stahlseilen entdeckt.",
    "Nach Angaben der Stadt dürfen Fußgänger und Radfahrer die Brücke weiter nutzen. Die Rheinbahn lässt die Buslinie 834 über die Rheinkniebrücke fahren.",
    "Verkehrsdezernent Tobias Lenzen sprach von einer „Vorsichtsmaßnahme“. Ein Gutachter solle bis Mittwoch klären, ob die Seile ausgetauscht werden müssen.",
    "Die 1957 eröffnete Brücke wird täglich von rund 40.000 Fahrzeugen genutzt. Pendler aus Meerbusch und dem Rhein-Kreis Neuss müssen sich auf längere Fahrzeiten einstellen.",
    "Die IHK warnte vor Folgen für den Einzelhandel in der Vorweihnachtszeit.",
]
RP_NOTE = (
    "Nachtrag, 18.05 Uhr",
    "Die Stadt hat eine zusätzliche Fährverbindung zwischen Golzheim und Oberkassel angekündigt. Sie soll ab Montag alle 20 Minuten fahren.",
    iso(18, 5, CET),
)
RP_FIX = "In einer früheren Version hieß es, die Brücke sei 1962 eröffnet worden. Richtig ist 1957."
RP_NEW = (
    "Nachtrag, 23.52 Uhr",
    "Die Feuerwehr hat am späten Abend einen Lastwagen gestoppt, der trotz Sperrung auf die Brücke gefahren war. Der Fahrer erhielt eine Anzeige.",
    iso(23, 52, CET),
)


def rponline(sh: Sheet) -> str:
    fx = Fx(sh, "park-", RP)
    notes = [RP_NEW, RP_NOTE] if sh.genuine else [RP_NOTE]
    top = []
    for label, text, when in notes:
        sh.note("update", label, text, when, genuine=label == RP_NEW[0])
        top.append(f'<p class="text"><strong>{esc(label)}:</strong> {esc(text)}</p>')
    items = [f'<p class="text">{sh.para(p)}</p>' for p in RP_PARAS]
    menu = fx.pick(
        "also",
        "also",
        "promo",
        "newsletter",
        "native",
        "traffic",
        "poll",
        "gallery",
        "jobs",
        "meter",
        "comments",
        "tags",
    )
    fix = sh.note("correction", "Berichtigung", RP_FIX, None)
    body = f"""<header class="park-header"><a href="/">RP ONLINE</a>{nav(["NRW", "Politik", "Wirtschaft", "Sport", "Panorama", "Düsseldorf", "RP+"], "park-nav")}</header>
{fx.cookie() if sh.chance(0.45) else ""}
{fx.breaking() if sh.chance(0.4) else ""}
<main><article class="park-article">
<span class="park-kicker">Risse an Stahlseilen</span>
<h1>Theodor-Heuss-Brücke bleibt für Autos gesperrt</h1>
<p class="park-intro"><strong>Düsseldorf ·</strong> Pendler müssen sich auf lange Umwege einstellen. Die Stadt prüft eine Fähre.</p>
<div class="park-meta">Von Helena Baumeister · 6. Dezember 2026 um 14:22 Uhr · {fx.readers() if sh.chance(0.5) else ""}</div>
<div class="park-body">
{"".join(top)}
{scatter(sh, items, menu, 4, 7, edges=False)}
<p class="text"><em><strong>Berichtigung:</strong> {fix}</em></p>
</div>
{fx.author()}
{fx.share()}
</article>
<aside>{fx.top()}{fx.score() if sh.chance(0.5) else ""}{fx.weather()}</aside></main>
<footer><p>{sh.fur("© RP Digital GmbH – Alle Rechte vorbehalten")}</p></footer>"""
    head = css("park-", 160)
    return shell(sh, "Düsseldorf: Theodor-Heuss-Brücke bleibt gesperrt", head, body)


# Augsburger Allgemeine ---------------------------------------------------------------------
AZ = {
    "promos": [
        "Die Augsburger Allgemeine gibt es auch als E-Paper für Tablet und Smartphone.",
        "Besuchen Sie unser Leserforum zur Zukunft der Kliniken am 20. Januar im Rathaus.",
        "Im Podcast „Augsburg, meine Stadt“ spricht die Redaktion jeden Freitag über die Woche.",
    ],
    "apps": [
        "Mit der AZ-App bleiben Sie immer auf dem neuesten Stand – jetzt kostenlos laden.",
    ],
    "newsletters": [
        "Unser Newsletter „Guten Morgen, Augsburg“ kommt jeden Werktag um 6 Uhr in Ihr Postfach.",
    ],
    "donations": [
        "Mit AZ plus lesen Sie alle Artikel: Jetzt 30 Tage kostenlos testen.",
        "Lokaljournalismus kostet Geld. Unterstützen Sie uns mit einem Digital-Abo.",
    ],
    "author": ("Matthias Rauscher", "Matthias Rauscher schreibt für die Lokalredaktion Augsburg."),
    "tags": ["Uniklinik Augsburg", "Stromausfall", "Lechwerke", "Augsburg", "Notaufnahme"],
    "gallery": (11, ["Notstromaggregate vor dem Haupteingang der Uniklinik."]),
    "scores": DE_SCORES,
    "weather": ("Augsburg", 0, ["Schneeregen", "bewölkt", "leichter Frost"]),
    "traffic": [
        "A8 Stuttgart Richtung München: {n} Minuten Stau zwischen Adelsried und Augsburg-West",
        "B17 Richtung Landsberg: {n} Minuten Verzögerung nach Unfall",
    ],
    "tickers": DE_TICKERS,
    "jobs": DE_JOBS,
    "lotto": DE_LOTTO,
}
AZ_PARAS = [
    "Ein Stromausfall hat am Sonntagnachmittag weite Teile der Uniklinik Augsburg lahmgelegt. Gegen 15.20 Uhr fiel im gesamten Gebäudekomplex in Kriegshaber die Netzversorgung aus.",
    "Die Notstromaggregate sprangen nach Angaben eines Kliniksprechers sofort an. Operationssäle und Intensivstationen seien durchgehend versorgt gewesen.",
    "Die Notaufnahme nahm für rund drei Stunden keine Rettungswagen an. Patienten wurden in die Wertachkliniken und nach Friedberg gebracht.",
    "Die Ursache ist noch unklar. Die Lechwerke vermuten einen Schaden an einem Umspannwerk.",
    "Aufzüge und Teile der Heizung funktionierten am Abend noch nicht. Besucher wurden gebeten, ihre Besuche zu verschieben.",
]
AZ_NOTES = [
    (
        "Update 21:40 Uhr",
        "Die Notaufnahme ist wieder für alle Rettungswagen geöffnet, teilt die Klinik mit.",
        iso(21, 40, CET),
    ),
    (
        "Update 19:10 Uhr",
        "Laut Lechwerke ist die Netzversorgung wiederhergestellt. Die Klinik fährt ihre Systeme nach und nach hoch.",
        iso(19, 10, CET),
    ),
]
AZ_EDNOTE = "Der Autor dieses Beitrags ist mit einer Pflegekraft der Uniklinik verheiratet. Sie war an den geschilderten Vorgängen nicht beteiligt."
AZ_NEW = (
    "Update 23:51 Uhr",
    "Die Klinik meldet, dass auch Aufzüge und Heizung wieder laufen. Besuche sind ab Montag wieder möglich.",
    iso(23, 51, CET),
)


def augsburger(sh: Sheet) -> str:
    fx = Fx(sh, "az-", AZ)
    notes = ([AZ_NEW] if sh.genuine else []) + AZ_NOTES
    top = []
    for label, text, when in notes:
        sh.note("update", label, text, when, genuine=label == AZ_NEW[0])
        top.append(
            f'<p class="az-p"><b>+++ {esc(label)} +++</b></p><p class="az-p">{esc(text)}</p>'
        )
    items = [f'<p class="az-p">{sh.para(p)}</p>' for p in AZ_PARAS]
    menu = fx.pick(
        "also",
        "also",
        "promo",
        "app",
        "donate",
        "native",
        "traffic",
        "jobs",
        "horoscope",
        "lotto",
        "videos",
        "comments",
        "ticker",
    )
    ed = sh.note("editors_note", "Anmerkung der Redaktion", AZ_EDNOTE, None)
    body = f"""{fx.app() if sh.chance(0.5) else ""}
<header class="az-header"><a href="/">Augsburger Allgemeine</a>{nav(["Augsburg", "Bayern", "Politik", "Wirtschaft", "Sport", "FCA", "Kultur"], "az-nav")}</header>
<main><article class="az-article">
<div class="az-topline">Uniklinik Augsburg</div>
<h1>Stromausfall legt Uniklinik lahm: Notaufnahme stundenlang abgemeldet</h1>
<div class="az-meta">Von Matthias Rauscher · {sh.fur("Lesedauer: 3 Min.")} · {fx.comments() if sh.chance(0.4) else ""}</div>
{fx.meter() if sh.chance(0.5) else ""}
<div class="az-body">
{"".join(top)}
{scatter(sh, items, menu, 4, 7, edges=False)}
<p class="az-p"><i>Anmerkung der Redaktion: {ed}</i></p>
</div>
{fx.author()}
{fx.newsletter() if sh.chance(0.5) else ""}
</article>
<aside>{fx.top()}{fx.score()}</aside></main>
<footer><p>{sh.fur("© Augsburger Allgemeine 2026")}</p></footer>"""
    head = css("az-", 170) + ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "dateModified": notes[0][2],
        }
    )
    return shell(sh, "Stromausfall in der Uniklinik Augsburg", head, body)


SITES = {
    "bild-ticker-bombe-dresden": ("de", "BILD", "live", bild),
    "rponline-theodor-heuss-bruecke": ("de", "RP Online", "updates", rponline),
    "augsburger-uniklinik-stromausfall": ("de", "Augsburger Allgemeine", "updates", augsburger),
}
