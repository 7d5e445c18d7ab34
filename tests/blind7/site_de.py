"""German-language publishers: WAZ (updates), Salzburger Nachrichten (updates), Blick (live)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import fx
from kit import Block, Built, Ctx, attr, document, esc, ld, scatter, weave

# =============================================================================================
# WAZ (Funke) — updates; two bold "Aktualisierung, 20.15 Uhr:" paragraphs in the body's own
# paragraph class *inside* the story (after paragraph 2), newest first; italic
# "Transparenzhinweis:" disclosure at the bottom. +01:00.

WAZ_SLUG = "waz-essen-ruettenscheid-kran"
WAZ_OFF = 60

WAZ_P = {
    "heads": [
        "Essener Grugapark: Lichterfest lockt mehr Besucher als im Vorjahr",
        "Neue Radtrasse zwischen Steele und Kray soll 2027 fertig werden",
        "Bochumer Kneipe schließt nach 62 Jahren – Stammgäste trauern",
        "Gelsenkirchen: Schwimmbad bleibt wegen Heizungsschaden zu",
        "Mülheimer Stadtrat stimmt für höhere Parkgebühren",
        "Oberhausen: Centro plant Eisbahn auf dem Parkplatz",
        "Duisburger Hafen meldet Rekord beim Containerumschlag",
        "Ruhrbahn testet neue Bussitze – Fahrgäste sollen abstimmen",
        "Dortmunder Weihnachtsbaum: So viele Lichter hängen dieses Jahr",
        "Essener Grundschule gewinnt Bundespreis für Schulgarten",
        "Hattingen: Altstadthaus nach Brand wieder bewohnbar",
        "Zeche Zollverein: Neue Ausstellung zeigt Bergmannsfotos",
        "Herne: Stadt sucht Paten für 300 neue Straßenbäume",
        "Velbert: Schlüsselmuseum erhält Sammlung aus Nachlass",
    ],
    "because": ["Nachrichten aus Essen", "Verkehr im Ruhrgebiet", "Rüttenscheid"],
    "markets": [
        ("Diesel in Essen ab", 1.649, " €", 3),
        ("Super E10 in Essen ab", 1.739, " €", 3),
        ("Heizöl (100 l)", 98.4, " €", 2),
        ("DAX", 20140.0, "", 0),
        ("Euro in Dollar", 1.0842, "", 4),
    ],
    "jobs": [
        "Pflegefachkraft (m/w/d) – Universitätsmedizin Essen, Vollzeit",
        "Kranführer (m/w/d) für Mobilkrane – Bauunternehmen in Bottrop",
        "Sachbearbeitung Bauordnung – Stadt Mülheim an der Ruhr",
        "Straßenbahnfahrer (m/w/d) – Ruhrbahn GmbH, Quereinstieg möglich",
        "Bürokauffrau/-mann in Teilzeit – Steuerkanzlei in Essen-Werden",
    ],
    "property": [
        "3-Zimmer-Wohnung, 78 m², Essen-Holsterhausen – 1.090 € kalt",
        "Reihenhaus mit Garten, 124 m², Essen-Kettwig – 469.000 €",
        "2-Zimmer-Altbau, 61 m², Rüttenscheid-Süd – 820 € kalt",
        "Doppelhaushälfte, 140 m², Bochum-Stiepel – 535.000 €",
    ],
    "products": [
        (
            "Heizlüfter mit Thermostat, 2000 W",
            "59,99 €",
            ["34,99 €", "39,90 €", "36,49 €"],
            "Amazon",
        ),
        ("Thermosocken im Dreierpack", "24,95 €", ["14,99 €", "16,95 €"], "Otto"),
        ("Akku-Laubbläser mit Saugfunktion", "129 €", ["89 €", "94,90 €", "99 €"], "Hornbach"),
    ],
    "lotto": [
        ("Lotto 6aus49", 6, 49, "Superzahl", 1, 9),
        ("Eurojackpot", 5, 50, "Eurozahlen", 2, 12),
        ("Keno", 10, 70, "", 0, 0),
    ],
    "cur": "€",
    "transit": (
        "Rüttenscheider Stern",
        [
            ("U11", "Gelsenkirchen Buerer Str."),
            ("U11", "Messe West-Süd/Gruga"),
            ("Bus 142", "Bredeney"),
            ("Bus 160", "Essen Hbf"),
            ("NE12", "Kettwig"),
        ],
    ),
    "countdown": [
        ("Heiligabend", datetime(2026, 12, 24, 0, 0)),
        ("Silvester", datetime(2026, 12, 31, 0, 0)),
    ],
    "quotes": [
        (
            "Wir haben hier seit zwei Jahren keinen Hausarzt mehr",
            "Rentnerin aus Altenessen",
            "Ärztemangel im Essener Norden: Praxen finden keine Nachfolger",
        ),
        (
            "Der Kanal war für uns Kinder das Meer",
            "Heinz-Dieter Kullmann, 81",
            "Erinnerungen an den Rhein-Herne-Kanal",
        ),
        (
            "Jede Woche fällt mindestens ein Bus aus",
            "Pendlerin aus Borbeck",
            "Ruhrbahn: Fahrermangel sorgt für Ausfälle im Essener Westen",
        ),
    ],
    "tags": [
        "#Essen",
        "#Ruhrgebiet",
        "#Baustelle",
        "#Rüttenscheid",
        "#Ruhrbahn",
        "#Weihnachtsmarkt",
        "#RWE",
        "#Verkehr",
        "#Wetter",
    ],
    "author": "Katrin Wessel",
    "city": "Essen",
    "temps": (2, 7),
    "conditions": ["Nieselregen", "bewölkt", "leichter Regen", "trocken", "Nebel"],
    "promos": [
        "Sie möchten keine Nachrichten aus Essen verpassen? Abonnieren Sie unseren kostenlosen Newsletter, er erscheint jeden Abend um 18 Uhr.",
        "Die WAZ Essen gibt es auch bei WhatsApp: Folgen Sie unserem Kanal für die wichtigsten Nachrichten aus der Stadt.",
        "Mit WAZ Plus lesen Sie alle Artikel aus Ihrer Stadt, den ersten Monat für nur einen Euro.",
        "Haben Sie den Unfall beobachtet oder Fotos gemacht? Schreiben Sie unserer Lokalredaktion.",
    ],
    "ads": [
        "Jetzt Küche planen und bis zu 30 Prozent sparen – nur bis Samstag im Küchenstudio Essen-Kray.",
        "Ihr neues E-Bike: Probefahrt ohne Termin im Fahrradhaus am Baldeneysee.",
    ],
    "consent": "Wir und unsere Partner speichern Informationen auf Ihrem Gerät und verarbeiten personenbezogene Daten, um Inhalte und Anzeigen zu personalisieren.",
    "listen_min": 3,
}

WAZ_BODY = [
    "Essen. Auf einer Baustelle an der Rüttenscheider Straße ist am Montagnachmittag ein Mobilkran umgekippt. Der Ausleger stürzte auf das Dach eines leerstehenden Ladenlokals.",
    "Verletzt wurde nach Angaben der Feuerwehr niemand. Der Kranführer konnte sich selbst aus der Kabine befreien, er wurde vorsorglich vom Rettungsdienst untersucht.",
    "Die Polizei sperrte die Rüttenscheider Straße zwischen Martinstraße und Klarastraße in beide Richtungen. Die Straßenbahnlinien 107 und 108 werden umgeleitet.",
    "Wie es zu dem Unfall kam, ist noch unklar. Ein Sprecher der Stadt sagte, der Boden unter einer der Stützen habe möglicherweise nachgegeben. Am Vormittag hatte es stark geregnet.",
    "Der Kran gehört einer Firma aus Gelsenkirchen, die auf dem Grundstück ein neues Wohn- und Geschäftshaus errichtet. Das Unternehmen äußerte sich zunächst nicht.",
    "Anwohnerinnen und Anwohner berichteten von einem lauten Knall gegen 15.30 Uhr. \u201eDas ganze Haus hat gewackelt\u201c, sagte eine Frau, die direkt gegenüber wohnt.",
    "Ein Statiker soll am Dienstag prüfen, ob das beschädigte Gebäude einsturzgefährdet ist. Bis dahin bleibt der Gehweg auf beiden Seiten gesperrt.",
    "Die Ruhrbahn rät Fahrgästen, auf die U11 auszuweichen, die von der Sperrung nicht betroffen ist.",
]
WAZ_NOTES = [
    Block(
        "Aktualisierung, 20.15 Uhr",
        [
            "Das Technische Hilfswerk hat mit der Bergung des Krans begonnen. Dafür wurde ein zweiter Schwerlastkran aus Duisburg angefordert, der am späten Abend eintreffen soll."
        ],
        "update",
        "2026-12-07T20:15:00+01:00",
    ),
    Block(
        "Aktualisierung, 18.40 Uhr",
        [
            "Die Stadt Essen hat bestätigt, dass die Sperrung mindestens bis Dienstagmittag bestehen bleibt. Auch die Haltestelle Martinstraße wird nicht angefahren."
        ],
        "update",
        "2026-12-07T18:40:00+01:00",
    ),
]
WAZ_GENUINE = Block(
    "Aktualisierung, 23.53 Uhr",
    [
        "Der zweite Kran ist eingetroffen, die Bergung soll in der Nacht abgeschlossen werden. Anwohner müssen bis etwa vier Uhr morgens mit Lärm rechnen."
    ],
    "update",
    "2026-12-07T23:53:00+01:00",
)
WAZ_NOTE = Block(
    "Transparenzhinweis",
    [
        "Die Funke Mediengruppe, zu der diese Zeitung gehört, hat Büroräume in einem Nachbargebäude der Baustelle angemietet."
    ],
    "editors_note",
    None,
)


def waz(fetch: int) -> Built:
    c = Ctx(WAZ_SLUG, "de", fetch, WAZ_OFF)
    P, k = WAZ_P, "waz-"
    notes = ([WAZ_GENUINE] if fetch == 6 else []) + WAZ_NOTES
    modified = notes[0].ts
    pc = "article__paragraph"
    story = [f'<p class="{pc}">{esc(p)}</p>' for p in WAZ_BODY]
    note_html = [
        f'<p class="{pc}"><strong>{esc(n.label)}:</strong> {esc(n.body)}</p>' for n in notes
    ]
    # story paragraphs 1-2, the notes, paragraphs 3-8; widgets only between story paragraphs
    chunks = [story[0], story[1] + "\n" + "\n".join(note_html), *story[2:]]
    menu = [
        partial(fx.markets, P=P, k=k),
        partial(fx.jobs, P=P, k=k),
        partial(fx.prop, P=P, k=k),
        partial(fx.affiliate, P=P, k=k),
        partial(fx.transit, P=P, k=k),
        partial(fx.pullquote, P=P, k=k),
        partial(fx.horoscope, P=P, k=k),
        partial(fx.lotto, P=P, k=k),
        partial(fx.readnext, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls=pc),
        partial(fx.promo_p, P=P, k=k, pcls=pc),
        partial(fx.display_ad, P=P, k=k),
    ]
    placed = scatter(c, len(chunks), menu, 4, 7)
    body_html = weave(chunks, placed, shift=1)
    end = f'<p class="{pc} article__note"><em>{WAZ_NOTE.label}: {esc(WAZ_NOTE.body)}</em></p>'
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Kran kippt auf Baustelle in Rüttenscheid – Straße gesperrt",
            "datePublished": "2026-12-07T16:48:00+01:00",
            "dateModified": modified,
            "author": [{"@type": "Person", "name": "Katrin Wessel"}],
            "publisher": {"@type": "Organization", "name": "WAZ"},
            "isAccessibleForFree": True,
        }
    )
    head = (
        f'<meta name="description" content="{attr(WAZ_BODY[0][7:160])}">\n<meta property="og:site_name" content="WAZ">\n'
        f'<meta name="date" content="{modified}">\n{ldj}'
    )
    top = []
    if c.chance(0.5):
        top.append(fx.listen(c, P, k))
    if c.chance(0.6):
        top.append(fx.tags(c, P, k))
    after = []
    if c.chance(0.6):
        after.append(fx.follow(c, P, k))
    if c.chance(0.5):
        after.append(fx.countdown(c, P, k))
    rail = [fx.mostread(c, P, k), fx.weather(c, P, k)]
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    body = f"""<header class="header"><div class="header__top"><a class="header__logo" href="/">WAZ</a><span class="header__claim">Westdeutsche Allgemeine Zeitung</span>
<a class="header__abo" href="/abo/">Abo</a> <a class="header__login" href="/login/">Anmelden</a></div>
<nav class="navigation"><a href="/staedte/essen/">Essen</a> <a href="/staedte/bochum/">Bochum</a> <a href="/staedte/gelsenkirchen/">Gelsenkirchen</a> <a href="/staedte/duisburg/">Duisburg</a> <a href="/politik/">Politik</a> <a href="/sport/">Sport</a> <a href="/panorama/">Panorama</a></nav></header>
<main class="main">
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/staedte/">Städte</a> › <a href="/staedte/essen/">Essen</a></nav>
<article class="article">
<header class="article__header"><span class="article__kicker">Unfall</span>
<h1 class="article__headline">Kran kippt auf Baustelle in Rüttenscheid – Straße gesperrt</h1>
<p class="article__teaser">Der Ausleger eines Mobilkrans ist auf ein leerstehendes Ladenlokal gestürzt. Die Rüttenscheider Straße bleibt voraussichtlich bis Dienstag dicht.</p>
<div class="article__meta"><span class="author">Katrin Wessel</span> <time datetime="2026-12-07T16:48:00+01:00">07.12.2026, 16:48</time> <span>Aktualisiert: <time datetime="{modified}">{modified[8:10]}.12.2026, {modified[11:16]}</time></span> · <span>Lesedauer: 3 Minuten</span></div>
</header>
{"".join(top)}
<figure class="article__image"><img src="/img/kran-ruettenscheid.jpg" alt="Umgestürzter Kran"><figcaption>Der Kran stürzte auf ein leerstehendes Ladenlokal. Foto: Funke Foto Services</figcaption></figure>
<div class="article__body">
{body_html}
{end}
</div>
{"".join(after)}
</article>
<aside class="sidebar">{"".join(rail)}</aside>
</main>
<footer class="footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/agb/">AGB</a> <a href="/kontakt/">Kontakt</a><p>© WAZ 2026 – Alle Rechte vorbehalten.</p></footer>
{consent}"""
    html = document(
        lang="de",
        title="Kran kippt auf Baustelle in Rüttenscheid – Straße gesperrt | WAZ",
        head_extra=head,
        body=body,
        c=c,
        slug=WAZ_SLUG,
        prefix="waz",
        app="FUNKE",
    )
    return Built(html, list(WAZ_BODY), [*notes, WAZ_NOTE], c)


# =============================================================================================
# Salzburger Nachrichten — updates; bold "Update, 18:30 Uhr –" paragraphs *after* the story,
# oldest first, under a thin rule; italic "Korrektur:" last. +01:00.

SN_SLUG = "sn-salzburg-festungsbahn-stillstand"
SN_OFF = 60

SN_P = {
    "heads": [
        "Salzburger Landtag beschließt Budget für 2027",
        "Neue Radbrücke über die Salzach: Baustart im Frühjahr",
        "Hallein: Keltenmuseum zeigt Funde aus dem Dürrnberg",
        "Pinzgauer Lokalbahn fährt ab Jänner im Halbstundentakt",
        "Flachgau: Gemeinden wollen gemeinsam Kinderbetreuung ausbauen",
        "Lungau: Wolfsverdacht nach gerissenen Schafen",
        "Salzburger Eisarena: Publikumslauf wieder mit Musik",
        "Tennengau: Straße nach Felssturz wieder frei",
        "Mozarteum-Studierende gewinnen internationalen Preis",
        "Zell am See: Seeufer-Promenade wird erneuert",
        "Salzburger Festspiele: Vorverkauf beginnt im Jänner",
        "Obus-Linie 7 bekommt neue Haltestelle in Itzling",
        "Bischofshofen bereitet sich auf das Springen vor",
        "Pongau: Skigebiete melden guten Saisonstart",
    ],
    "snow": (
        "Schneebericht",
        [
            "Obertauern: 85 cm Schnee am Berg, 24 von 26 Liften offen",
            "Flachau: 60 cm Schnee am Berg, 18 Lifte offen",
            "Zell am See – Schmittenhöhe: 55 cm, Pisten gut",
            "Saalbach: 70 cm Schnee am Berg, 41 Lifte offen",
            "Gastein: 65 cm Schnee, 32 Pistenkilometer präpariert",
            "Wagrain: 50 cm Schnee am Berg, Talabfahrt offen",
        ],
    ),
    "obits": (
        "Traueranzeigen",
        [
            "Maria Hofbauer, geb. Lechner, 91 Jahre, Salzburg-Maxglan",
            "Johann Pichler, 78 Jahre, Seekirchen am Wallersee",
            "Elfriede Gruber, 86 Jahre, Hallein",
            "Ing. Walter Steinbacher, 73 Jahre, Bischofshofen",
            "Theresia Moser, 95 Jahre, St. Johann im Pongau",
        ],
    ),
    "lotto": [
        ("Lotto 6 aus 45", 6, 45, "Zusatzzahl", 1, 45),
        ("EuroMillionen", 5, 50, "Sterne", 2, 12),
        ("Joker", 6, 9, "", 0, 0),
    ],
    "cur": "€",
    "markets": [
        ("Gold (Unze)", 2480.0, " €", 2),
        ("Silber (Unze)", 29.4, " €", 2),
        ("Euro in Franken", 0.9412, "", 4),
        ("Bitcoin", 86300.0, " €", 0),
    ],
    "podcast": {
        "show": "SN-Podcast „Salzburg um sieben“",
        "first": 412,
        "eps": [
            ("Warum die Mieten in Salzburg weiter steigen", 24),
            ("Der letzte Schmied von Mauterndorf", 19),
            ("Wie sicher sind unsere Seilbahnen?", 27),
            ("Adventsingen: Ein Blick hinter die Kulissen", 22),
        ],
        "cta": [
            "Jeden Werktag ab sieben Uhr früh – überall, wo es Podcasts gibt.",
            "Neue Folgen gibt es jeden Morgen auf sn.at und in allen Podcast-Apps.",
        ],
    },
    "quotes": [
        (
            "Am Berg sind wir auf jede Hand angewiesen",
            "Bergretter aus Rauris",
            "Bergrettung sucht Nachwuchs im Pinzgau",
        ),
        (
            "Das Dach hält keinen weiteren Winter mehr",
            "Pfarrer von St. Blasius",
            "Spendenaktion für Kirchendach in Salzburg",
        ),
        (
            "Ich verkaufe hier seit 40 Jahren Maroni",
            "Standlerin am Alten Markt",
            "Maronibrater in der Altstadt: Ein Leben am Ofen",
        ),
    ],
    "events": [
        "Salzburger Adventsingen im Großen Festspielhaus: Restkarten für den 19. Dezember ab 38 Euro.",
        "SN-Leserreise zum Neujahrskonzert nach Wien – jetzt Plätze sichern.",
        "Lange Nacht der Krippen am 12. Dezember im Salzburg Museum: Tickets im SN-Ticketshop.",
    ],
    "countdown": [("Heiligabend", datetime(2026, 12, 24, 0, 0))],
    "author": "Lena Aigner",
    "city": "Salzburg",
    "temps": (-2, 4),
    "conditions": ["Hochnebel", "leichter Schneefall", "klar", "bewölkt", "Schneeregen"],
    "promos": [
        "Die wichtigsten Nachrichten aus Salzburg gibt es jeden Morgen im kostenlosen SN-Newsletter. Jetzt anmelden und nichts verpassen.",
        "Mit SN Digital lesen Sie alle Artikel der Salzburger Nachrichten auf allen Geräten, vier Wochen gratis.",
        "Haben Sie eine Beobachtung zu diesem Fall gemacht? Die Lokalredaktion freut sich über Ihre Hinweise.",
    ],
    "ads": [
        "Winterreifen-Aktion: Montage und Einlagerung um 59 Euro, nur bis Monatsende.",
        "Ihr Traumbad vom Meisterbetrieb – Beratung im Schauraum Salzburg-Süd.",
    ],
    "consent": "Wir verwenden Cookies und ähnliche Technologien, um unsere Website für Sie zu optimieren und Ihnen personalisierte Inhalte anzuzeigen.",
    "listen_min": 3,
}

SN_BODY = [
    "Die Festungsbahn in der Salzburger Altstadt ist am Montagnachmittag auf halber Strecke stehen geblieben. 34 Fahrgäste saßen mehr als eine Stunde in den beiden Wagen fest.",
    "Laut der Salzburg AG, die die Standseilbahn betreibt, löste um 14.52 Uhr eine Sicherheitsbremse aus. Die Ursache sei ein Fehler in der Steuerung gewesen, hieß es am Abend.",
    "Die Berufsfeuerwehr und die Bergrettung holten die Fahrgäste über den Wartungssteg neben der Trasse aus den Wagen. Unter ihnen waren eine Schulklasse aus Oberösterreich und mehrere Touristengruppen.",
    "Verletzt wurde niemand. Eine ältere Frau wurde wegen Kreislaufproblemen vom Roten Kreuz betreut.",
    "\u201eDie Rettung lief ruhig und geordnet ab\u201c, sagte Einsatzleiter Christoph Wimmer. Die Kinder hätten die Wartezeit mit Liedern überbrückt.",
    "Die Festungsbahn ist bis auf Weiteres gesperrt. Besucherinnen und Besucher der Festung Hohensalzburg können den Fußweg über den Festungsberg nehmen.",
    "Für den Christkindlmarkt am Domplatz hat der Ausfall laut Marktleitung keine Auswirkungen.",
]
SN_NOTES = [
    Block(
        "Update, 18:30 Uhr",
        [
            "Die Salzburg AG hat Techniker des Herstellers angefordert. Sie sollen am Dienstagvormittag mit der Fehlersuche beginnen."
        ],
        "update",
        "2026-12-07T18:30:00+01:00",
    ),
    Block(
        "Update, 20:10 Uhr",
        [
            "Nach ersten Erkenntnissen war ein defekter Sensor am oberen Antrieb schuld. Ob die Bahn am Mittwoch wieder fährt, ist offen."
        ],
        "update",
        "2026-12-07T20:10:00+01:00",
    ),
]
SN_GENUINE = Block(
    "Update, 23:54 Uhr",
    [
        "Die Salzburg AG teilt mit, dass die Festungsbahn frühestens am Donnerstag wieder in Betrieb geht. Bis dahin fährt ein Shuttlebus vom Kapitelplatz zum Nonnberg."
    ],
    "update",
    "2026-12-07T23:54:00+01:00",
)
SN_CORR = Block(
    "Korrektur",
    [
        "In einer früheren Version dieses Artikels hieß es, 43 Fahrgäste seien betroffen gewesen. Richtig ist: Es waren 34."
    ],
    "correction",
    None,
)


def sn(fetch: int) -> Built:
    c = Ctx(SN_SLUG, "de", fetch, SN_OFF)
    P, k = SN_P, "sn-"
    notes = SN_NOTES + ([SN_GENUINE] if fetch == 6 else [])
    modified = notes[-1].ts
    story = [f"<p>{esc(p)}</p>" for p in SN_BODY]
    menu = [
        partial(fx.listbox, P=P, k=k, key="snow", kind="ski-resort snow report"),
        partial(fx.listbox, P=P, k=k, key="obits", kind="death notices (a rotating pair)"),
        partial(fx.lotto, P=P, k=k),
        partial(fx.markets, P=P, k=k),
        partial(fx.podcast, P=P, k=k),
        partial(fx.pullquote, P=P, k=k),
        partial(fx.event, P=P, k=k),
        partial(fx.editor_pick, P=P, k=k),
        partial(fx.air, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls=""),
    ]
    placed = scatter(c, len(story) - 1, menu, 3, 6)
    body_html = weave(story, placed, shift=1).replace('<p class="">', "<p>")
    note_html = "\n".join(
        f'<p class="article-update"><b>{esc(n.label)}</b> – {esc(n.body)}</p>' for n in notes
    )
    corr = f'<p class="article-correction"><i>{SN_CORR.label}: {esc(SN_CORR.body)}</i></p>'
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Festungsbahn bleibt stecken: 34 Fahrgäste aus Wagen geborgen",
            "datePublished": "2026-12-07T16:20:00+01:00",
            "dateModified": modified,
            "author": {"@type": "Person", "name": "Lena Aigner"},
            "publisher": {"@type": "NewsMediaOrganization", "name": "Salzburger Nachrichten"},
        }
    )
    head = f'<meta property="og:site_name" content="Salzburger Nachrichten">\n<meta name="robots" content="max-image-preview:large">\n{ldj}'
    top = []
    if c.chance(0.6):
        top.append(fx.meter(c, P, k))
    if c.chance(0.4):
        top.append(fx.listen(c, P, k))
    after = []
    if c.chance(0.6):
        after.append(fx.error_report(c, P, k))
    if c.chance(0.5):
        after.append(fx.follow(c, P, k))
    rail = [fx.weather(c, P, k), fx.mostread(c, P, k)]
    if c.chance(0.5):
        rail.append(fx.countdown(c, P, k))
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    body = f"""<header class="sn-header"><a class="sn-logo" href="/">Salzburger Nachrichten</a>
<nav class="sn-nav"><a href="/salzburg/">Salzburg</a> <a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/kultur/">Kultur</a> <a href="/sport/">Sport</a> <a href="/panorama/">Panorama</a> <a href="/wetter/">Wetter</a></nav>
<a class="sn-abo" href="/abo/">SN Digital testen</a></header>
<main class="sn-main">
<article class="article-detail">
<div class="article-detail__header"><p class="article-detail__ressort">Salzburg / Chronik</p>
<h1 class="article-detail__title">Festungsbahn bleibt stecken: 34 Fahrgäste aus Wagen geborgen</h1>
<p class="article-detail__lead">Eine Sicherheitsbremse hat die Standseilbahn zur Festung Hohensalzburg gestoppt. Feuerwehr und Bergrettung brachten die Fahrgäste über einen Wartungssteg in Sicherheit.</p>
<p class="article-detail__meta">Von <a href="/autor/lena-aigner/">Lena Aigner</a> | 07. Dezember 2026, 16:20 Uhr</p></div>
{"".join(top)}
<figure><img src="/img/festungsbahn.jpg" alt="Die Festungsbahn am Festungsberg"><figcaption>Die Wagen standen auf halber Strecke. BILD: SN/Robert Ratzer</figcaption></figure>
<div class="article-detail__body">
{body_html}
<hr class="article-detail__rule">
{note_html}
{corr}
</div>
{"".join(after)}
</article>
<aside class="sn-sidebar">{"".join(rail)}</aside>
</main>
<footer class="sn-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/kontakt/">Kontakt</a> <a href="/agb/">AGB</a><p>© 2026 Salzburger Nachrichten</p></footer>
{consent}"""
    html = document(
        lang="de-AT",
        title="Festungsbahn bleibt stecken: 34 Fahrgäste aus Wagen geborgen | SN.at",
        head_extra=head,
        body=body,
        c=c,
        slug=SN_SLUG,
        prefix="sn",
        app="SNAT",
    )
    return Built(html, list(SN_BODY), [*notes, SN_CORR], c)


# =============================================================================================
# Blick (CH) — live ticker; items newest first with <time> "22:41" and <h3> (one without);
# sponsored items in the same item markup. +01:00.

BLICK_SLUG = "blick-ticker-basel-rheinhafen-brand"
BLICK_OFF = 60

BLICK_P = {
    "heads": [
        "Zürcher Stadtrat will Tempo 30 auf weiteren Hauptstrassen",
        "Berner Bäckerei gewinnt Preis für bestes Zopfbrot",
        "Lawinengefahr im Wallis steigt auf Stufe 3",
        "Luzerner Fasnacht: Erste Guggenmusigen proben schon",
        "SBB testen neue Doppelstockzüge am Gotthard",
        "Genfer Flughafen meldet Passagierrekord im November",
        "Bündner Skigebiet öffnet eine Woche früher",
        "St. Galler Stiftsbibliothek erhält seltene Handschrift",
        "Migros senkt Preise für Hunderte Produkte",
        "Tessiner Polizei stoppt Raser mit 190 km/h",
        "Basler Fasnachtsplakette 2027 vorgestellt",
        "Aargauer Gemeinde streitet über Kirchenglocken",
        "Solothurner Filmtage geben erste Titel bekannt",
        "Krankenkassen: So viele Versicherte haben gewechselt",
    ],
    "because": ["News aus Basel", "Brände", "Region Basel"],
    "otherlive": [
        (
            "Ticker: Ski-Weltcup, Riesenslalom der Frauen in Sestriere",
            [
                ("10:02", "Erster Lauf gestartet, Schweizerin mit Startnummer 4"),
                ("10:41", "Bestzeit für die Österreicherin nach dem ersten Lauf"),
                ("13:15", "Zweiter Lauf: Nebel verzögert den Start"),
                ("13:58", "Schweizerin fährt von Rang 9 auf das Podest"),
                ("14:20", "Siegerehrung im Zielraum"),
            ],
        ),
        (
            "Ticker: National League, Lugano gegen Zug",
            [
                ("19:47", "Das erste Bully ist gespielt"),
                ("20:06", "Zug führt nach einem Powerplay-Tor"),
                ("20:39", "Ausgleich für Lugano kurz vor der Pause"),
                ("21:18", "Lugano dreht die Partie im Mitteldrittel"),
                ("21:52", "Empty-Net-Tor entscheidet das Spiel"),
            ],
        ),
    ],
    "fixtures": {
        "league": "National League",
        "games": [
            ("SC Bern", "HC Davos", "19.45"),
            ("ZSC Lions", "EHC Biel", "19.45"),
            ("Servette", "Fribourg", "20.00"),
            ("Ambri", "Lausanne", "19.45"),
        ],
        "table": [
            ("ZSC Lions", 58),
            ("Fribourg", 54),
            ("Lausanne", 51),
            ("Davos", 49),
            ("Servette", 47),
            ("Zug", 44),
        ],
    },
    "markets": [
        ("SMI", 11820.0, "", 1),
        ("Euro in Franken", 0.9412, "", 4),
        ("Gold (Unze)", 2290.0, " Fr.", 0),
        ("Bitcoin", 80100.0, " Fr.", 0),
    ],
    "lotto": [
        ("Swiss Lotto", 6, 42, "Glückszahl", 1, 6),
        ("Euro Millions", 5, 50, "Sterne", 2, 12),
    ],
    "cur": "Franken",
    "tags": [
        "#Basel",
        "#Rheinhafen",
        "#Brand",
        "#Feuerwehr",
        "#Kleinbasel",
        "#Dreiländereck",
        "#Wetter",
        "#Fasnacht",
    ],
    "social": [
        (
            "Kantonspolizei Basel-Stadt",
            "@KapoBS",
            "Wir suchen Zeugen zu einem Velounfall am Claraplatz vom Sonntagnachmittag.",
        ),
        (
            "FC Basel 1893",
            "@FCBasel1893",
            "Vorverkauf für das Cup-Spiel startet morgen um 10 Uhr. Rotblau, mir stönd hinter dir!",
        ),
        (
            "MeteoSchweiz",
            "@meteoschweiz",
            "In der Nacht gibt es vor allem im Mittelland verbreitet Nebel mit Sichtweiten unter 100 Metern.",
        ),
    ],
    "comments": [
        (
            "Beat M.",
            "Man sieht den Rauch sogar von Allschwil aus. Hoffentlich ist niemand verletzt.",
        ),
        ("Sandra K.", "Danke an die Feuerwehr, die bei dieser Kälte im Einsatz ist!"),
        ("R. Baumann", "Warum gibt es keine Sirene, wenn man die Fenster schliessen soll?"),
        ("Urs Meier", "Wohne am Wiesenplatz, riecht stark nach Plastik."),
    ],
    "sponsored": [
        (
            "Paid Post",
            "Drei Tipps, wie Sie Ihr Zuhause winterfest machen",
            "Mit diesen einfachen Massnahmen sparen Sie Heizkosten und schützen Ihre Leitungen vor Frost.",
        ),
        (
            "Präsentiert von Swiss Rail Holidays",
            "Mit dem Zug in den Schnee: die schönsten Ziele",
            "Von Arosa bis Zermatt: So kommen Sie ohne Stau direkt auf die Piste.",
        ),
        (
            "Paid Post",
            "So finden Sie die passende Krankenkasse",
            "Ein unabhängiger Vergleich zeigt, wo sich ein Wechsel jetzt noch lohnt.",
        ),
    ],
    "quiz": [
        "Quiz: Kennen Sie die Basler Rheinbrücken?",
        "Quiz: Zehn Fragen zur Schweizer Geografie",
        "Quiz: Wie gut kennen Sie die News der Woche?",
    ],
    "city": "Basel",
    "temps": (0, 5),
    "conditions": ["Nebel", "bedeckt", "leichter Regen", "trocken", "Hochnebel"],
    "promos": [
        "Mit Blick+ lesen Sie alle Artikel ohne Einschränkung, den ersten Monat für einen Franken.",
        "Haben Sie etwas beobachtet? Schicken Sie uns Ihre Bilder und Videos über den Blick-Leserreporter.",
        "Verpassen Sie keine Eilmeldung mehr: Aktivieren Sie die Push-Nachrichten in der Blick-App.",
    ],
    "otherlang": [
        "Dieser Artikel ist auch auf Französisch verfügbar",
        "Lire cet article en français sur Blick Romandie",
    ],
    "ads": [
        "Jetzt Wintersocken im Dreierpack für 19.90 Franken bestellen.",
        "Ihre Hypothek günstig verlängern – jetzt Zinsen vergleichen.",
    ],
    "consent": "Wir und unsere Partner nutzen Cookies und vergleichbare Technologien, um Inhalte und Werbung zu personalisieren.",
}

BLICK_INTRO = [
    "Im Rheinhafen Kleinhüningen in Basel brennt seit dem frühen Abend eine Lagerhalle. Über dem Hafen steht eine dichte Rauchwolke, die bis nach Riehen zu sehen ist.",
    "Die Behörden haben die Bevölkerung in den umliegenden Quartieren aufgefordert, Fenster und Türen geschlossen zu halten. Blick berichtet live.",
]
BLICK_ENTRIES = [
    Block(
        "22:41",
        [
            "Die Berufsfeuerwehr Basel-Stadt hat den Brand nach eigenen Angaben eingegrenzt. Ein Übergreifen auf die benachbarten Silos sei nicht mehr zu befürchten."
        ],
        "live_entry",
        "2026-12-07T22:41:00+01:00",
        "Feuerwehr meldet erste Fortschritte",
    ),
    Block(
        "21:58",
        [
            "Ein Leser schickt uns Bilder aus Weil am Rhein: Auch auf der deutschen Seite ist die Rauchsäule deutlich zu sehen. Die deutschen Behörden haben eine Warnmeldung verschickt."
        ],
        "live_entry",
        "2026-12-07T21:58:00+01:00",
    ),
    Block(
        "21:20",
        [
            "Die Basler Verkehrs-Betriebe wenden die Linie 8 an der Haltestelle Kleinhüningeranlage. Ersatzbusse gibt es nicht, weil die Zufahrt gesperrt ist."
        ],
        "live_entry",
        "2026-12-07T21:20:00+01:00",
        "Tram fährt nicht bis zum Hafen",
    ),
    Block(
        "20:47",
        [
            "Das Amt für Umwelt und Energie hat an drei Stellen gemessen. Bisher seien keine gesundheitsgefährdenden Werte festgestellt worden, teilt ein Sprecher mit.",
            "Die Empfehlung, Fenster zu schliessen, bleibe aber bestehen.",
        ],
        "live_entry",
        "2026-12-07T20:47:00+01:00",
        "Messungen: keine erhöhten Schadstoffwerte",
    ),
    Block(
        "20:05",
        [
            "Gelagert wurden laut Hafenbetreiber vor allem Verpackungsmaterial und Paletten. Gefahrstoffe seien in der Halle keine gewesen."
        ],
        "live_entry",
        "2026-12-07T20:05:00+01:00",
        "Was brennt in der Halle?",
    ),
    Block(
        "19:32",
        [
            "Kurz nach 19 Uhr gingen bei der Einsatzzentrale die ersten Meldungen ein. Die Feuerwehr rückte mit einem Grossaufgebot aus."
        ],
        "live_entry",
        "2026-12-07T19:32:00+01:00",
        "Grossbrand im Hafen gemeldet",
    ),
]
BLICK_GENUINE = Block(
    "23:55",
    [
        "Die Kantonspolizei hebt die Empfehlung für die Quartiere Kleinhüningen und Klybeck auf. Die Löscharbeiten dürften aber noch bis in den Morgen dauern."
    ],
    "live_entry",
    "2026-12-07T23:55:00+01:00",
    "Fenster dürfen wieder geöffnet werden",
)


def _blick_item(b: Block) -> str:
    h = f'<h3 class="ticker-item__title">{esc(b.headline)}</h3>' if b.headline else ""
    paras = "".join(f'<p class="ticker-item__text">{esc(p)}</p>' for p in b.paras)
    return f'<div class="ticker-item" data-id="t{b.ts[11:16].replace(":", "")}"><time class="ticker-item__time" datetime="{b.ts}">{b.label}</time>{h}{paras}</div>'


def _blick_sponsored(c: Ctx) -> str:
    c.kind("sponsored card shaped like a live entry")
    who, title, text = c.pick(BLICK_P["sponsored"])
    return (
        f'<div class="ticker-item ticker-item--native"><span class="ticker-item__time">{esc(who)}</span>'
        f'<h3 class="ticker-item__title">{c.f(title)}</h3><p class="ticker-item__text">{c.f(text)}</p></div>'
    )


def blick(fetch: int) -> Built:
    c = Ctx(BLICK_SLUG, "de", fetch, BLICK_OFF)
    P, k = BLICK_P, "bk-"
    entries = ([BLICK_GENUINE] if fetch == 6 else []) + BLICK_ENTRIES
    modified = entries[0].ts
    items = [_blick_item(b) for b in entries]
    menu = [
        partial(fx.otherlive, P=P, k=k),
        partial(fx.fixtures, P=P, k=k),
        partial(fx.reactions, P=P, k=k),
        partial(fx.comments, P=P, k=k),
        partial(fx.markets, P=P, k=k),
        partial(fx.social, P=P, k=k),
        partial(fx.foryou, P=P, k=k),
        partial(fx.quiz, P=P, k=k),
        partial(fx.horoscope, P=P, k=k),
        partial(fx.shares, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls="ticker-item__text"),
        _blick_sponsored,
        _blick_sponsored,
    ]
    placed = scatter(c, len(items) + 1, menu, 4, 8)  # before the first item too
    feed = weave(items, placed, shift=0)
    if c.chance(0.5):
        feed = fx.newposts(c, P, k) + "\n" + feed
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Grossbrand im Rheinhafen Kleinhüningen – Anwohner sollen Fenster schliessen",
            "datePublished": "2026-12-07T19:32:00+01:00",
            "dateModified": modified,
            "coverageStartTime": "2026-12-07T19:32:00+01:00",
            "publisher": {"@type": "Organization", "name": "Blick"},
        }
    )
    head = f'<meta property="og:site_name" content="Blick">\n<meta property="og:locale" content="de_CH">\n{ldj}'
    top = [fx.tags(c, P, k)] if c.chance(0.6) else []
    if c.chance(0.5):
        c.kind('"also available in …" language line')
        top.append(
            f'<p class="bk-otherlang"><a href="https://www.blick.ch/fr/">{c.f(c.pick(P["otherlang"]))}</a></p>'
        )
    rail = [fx.mostread(c, P, k), fx.weather(c, P, k)]
    if c.chance(0.5):
        rail.append(fx.lotto(c, P, k))
    bottom = [fx.app_update(c, P, k)] if c.chance(0.5) else []
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    live = '<span class="live-indicator">LIVE</span>' if c.chance(0.7) else ""
    body = f"""<header class="bk-header"><a class="bk-logo" href="/">Blick</a>
<nav class="bk-nav"><a href="/news/">News</a> <a href="/schweiz/">Schweiz</a> <a href="/ausland/">Ausland</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/sport/">Sport</a> <a href="/people/">People</a> <a href="/life/">Life</a></nav>
<a class="bk-plus" href="/abo/">Blick+</a></header>
<main class="bk-main">
<article class="article article--ticker">
<div class="article__head">{live}<p class="article__kicker">Grossbrand in Basel</p>
<h1 class="article__title">Grossbrand im Rheinhafen Kleinhüningen – Anwohner sollen Fenster schliessen</h1>
<p class="article__meta">Publiziert: 07.12.2026 um 19:32 Uhr · Von Nadja Brunner und Fabio Steiner</p></div>
{"".join(top)}
<figure><img src="/img/rheinhafen-rauch.jpg" alt="Rauch über dem Rheinhafen"><figcaption>Die Rauchsäule war bis nach Riehen sichtbar. Foto: Leserreporter</figcaption></figure>
<div class="article__intro ticker-intro">
{"".join(f'<p class="article__intro-text">{esc(p)}</p>' for p in BLICK_INTRO)}
</div>
<div class="ticker">
{feed}
</div>
{"".join(bottom)}
</article>
<aside class="bk-aside">{"".join(rail)}</aside>
</main>
<footer class="bk-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/kontakt/">Kontakt</a><p>© 2026 Ringier Medien Schweiz</p></footer>
{consent}"""
    html = document(
        lang="de-CH",
        title="Grossbrand im Rheinhafen Kleinhüningen – Anwohner sollen Fenster schliessen | Blick",
        head_extra=head,
        body=body,
        c=c,
        slug=BLICK_SLUG,
        prefix="bk",
        app="RINGIER",
    )
    return Built(html, list(BLICK_INTRO), entries, c)


SITES = [
    (WAZ_SLUG, "WAZ (Funke)", "de", "updates", waz, WAZ_GENUINE),
    (SN_SLUG, "Salzburger Nachrichten", "de", "updates", sn, SN_GENUINE),
    (BLICK_SLUG, "Blick (CH)", "de", "live", blick, BLICK_GENUINE),
]
