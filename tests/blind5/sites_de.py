"""German pages: Frankfurter Rundschau (Ippen, notes), n-tv.de ticker and BR24 live."""

from __future__ import annotations

from chrome import (
    Rec,
    ab_teaser,
    doc,
    esc,
    gallery,
    iso,
    jsonld,
    line,
    list_box,
    maybe,
    minutes_since,
    modified,
    native_ads,
    num,
    poll,
    scatter,
    stocks,
    teaser_box,
    video_playlist,
    widget_rows,
)

CONSENT_DE = (
    "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu "
    "personalisieren, Werbung zu messen und die Nutzung unserer Angebote zu analysieren."
)

# ---------------------------------------------------------------------------------------------
# Frankfurter Rundschau (Ippen Digital)

FR_PARAS = [
    "Frankfurt – Ein Rohrbruch an einer Hauptwasserleitung hat am Sonntagmorgen (6. Dezember) Teile von Frankfurt-Sachsenhausen lahmgelegt. Nach Angaben des Versorgers Mainova waren zeitweise rund 1.400 Haushalte ohne Trinkwasser.",
    "Das Wasser trat gegen 6.30 Uhr an der Kreuzung Schweizer Straße und Gartenstraße aus und flutete die Fahrbahn auf mehreren Hundert Metern. Anwohner berichteten von einem lauten Knall und von braunem Wasser aus den Leitungen.",
    "Die Feuerwehr sperrte die Schweizer Straße zwischen Textorstraße und Gartenstraße. Die Straßenbahnlinien 15 und 16 wurden nach Angaben der Verkehrsgesellschaft Frankfurt (VGF) umgeleitet, Fahrgäste mussten am Südbahnhof umsteigen.",
    "„Wir haben die betroffene Leitung abgeschiebert und arbeiten mit Hochdruck an der Reparatur“, sagte ein Mainova-Sprecher. Die Leitung aus den 1960er-Jahren sei vermutlich durch den Frost der vergangenen Nächte beschädigt worden.",
    "An zwei Stellen im Viertel stellte die Stadt Wasserwagen auf, an denen sich Anwohner mit Trinkwasser versorgen konnten. Vor allem ältere Menschen seien auf Hilfe angewiesen gewesen, sagte eine Sprecherin des Ordnungsamts.",
    "Mehrere Gaststätten in der Schweizer Straße blieben am Sonntag geschlossen. „Ohne Wasser können wir nicht einmal Kaffee kochen“, sagte die Wirtin eines Apfelweinlokals.",
    "Wie lange die Reparatur dauert, ist noch offen. Mainova rechnet damit, dass die Schweizer Straße mindestens bis Montagabend gesperrt bleibt.",
]
FR_UPDATES = [
    (
        "15.42",
        "Alle Haushalte in Sachsenhausen haben wieder Wasser, teilte Mainova am Nachmittag mit. Die Versorgung laufe über eine Umgehungsleitung, das Wasser könne in den ersten Stunden noch leicht trüb sein.",
    ),
    (
        "12.05",
        "Die Feuerwehr hat die überflutete Tiefgarage eines Wohnhauses in der Gartenstraße leer gepumpt. Verletzt wurde nach bisherigen Erkenntnissen niemand.",
    ),
]
FR_GENUINE = (
    "23.53",
    "Die Reparatur der Hauptleitung ist am späten Abend abgeschlossen worden, meldet Mainova. Die Schweizer Straße soll am Montagmorgen wieder für den Verkehr freigegeben werden.",
)
FR_AUCH = [
    "Frost in Hessen: Warum jetzt so viele Wasserleitungen platzen",
    "Straßenbahn-Chaos in Frankfurt: Diese Linien fahren am Montag anders",
    "Mainova erhöht die Wasserpreise – so viel zahlen Haushalte 2027 mehr",
    "Apfelweinlokale in Sachsenhausen: Die Traditionswirtschaften kämpfen ums Überleben",
    "Baustellen-Ärger in Frankfurt: Die Schweizer Straße wird erneut aufgerissen",
]
FR_INTEREST = [
    "Ein Frankfurter Rentner hat in seinem Garten einen römischen Münzschatz gefunden.",
    "Die Stadt Frankfurt verlängert den Weihnachtsmarkt auf dem Römerberg um drei Tage.",
    "Ein Bäcker aus Bornheim verkauft seit 50 Jahren Bethmännchen nach demselben Rezept.",
    "Am Flughafen Frankfurt fallen am Montag wegen eines Warnstreiks zahlreiche Flüge aus.",
    "Eine neue Fußgängerbrücke über den Main soll bis 2029 fertig werden.",
    "Der Zoo Frankfurt freut sich über Nachwuchs bei den Erdmännchen.",
]
FR_MOST = [
    "Wetter in Hessen: Schnee bis ins Flachland erwartet",
    "Eintracht Frankfurt: Trainer kündigt Rotation an",
    "Tödlicher Unfall auf der A5 bei Friedberg",
    "Neue Ampelschaltung am Opernplatz sorgt für Staus",
    "Hessentag 2027: Das Programm steht fest",
]
FR_GALLERY = [
    "Die überflutete Schweizer Straße am Sonntagmorgen.",
    "Einsatzkräfte der Feuerwehr pumpen eine Tiefgarage leer.",
    "Ein Wasserwagen der Stadt an der Gartenstraße.",
    "Mitarbeiter von Mainova an der aufgegrabenen Leitung.",
    "Umgeleitete Straßenbahn am Südbahnhof.",
]
FR_ADS = [
    ("Hörgeräte-Revolution: Dieses Gerät ist fast unsichtbar", "Hörzentrum Direkt"),
    ("So sparen Hausbesitzer in Hessen bis zu 40 % Heizkosten", "Wärmeplus"),
    ("Ärzte verblüfft: Einfacher Trick gegen Knieschmerzen", "Gelenkfit"),
    ("Frankfurt: Neue Regel für Rentner ab 2027", "Finanzratgeber24"),
]
FR_TRAFFIC = [
    "A661 Richtung Egelsbach: 4 km Stau zwischen Frankfurt-Ost und Offenbach",
    "A3 Richtung Würzburg: Baustelle am Offenbacher Kreuz, 20 Minuten",
    "Friedensbrücke: Fahrbahn Richtung Sachsenhausen verengt",
    "B43 Höhe Niederrad: stockender Verkehr",
]


def _fr_update(rec: Rec, clock: str, text: str, genuine: bool = False) -> str:
    label = f"Update vom 6. Dezember, {clock} Uhr"
    rec.block("update", label, iso(clock, 1), text, genuine=genuine)
    return f'<p class="id-StoryElement-paragraph"><strong>{label}:</strong> {esc(text)}</p>'


def frankfurter_rundschau(rec: Rec) -> str:
    c = "id-{}".format
    paras = [rec.p(t, ' class="id-StoryElement-paragraph"') for t in FR_PARAS]
    paras.insert(2, '<h2 class="id-StoryElement-crosshead">Straßenbahnlinien umgeleitet</h2>')
    paras.insert(5, '<h2 class="id-StoryElement-crosshead">Wasserwagen für Anwohner</h2>')
    interest = (
        '<div class="id-Recommendation id-Recommendation--list"><h3>Das könnte Sie auch interessieren</h3><ul>'
        + "".join(f"<li>{rec.f(s, 'full-sentence list')}</li>" for s in rec.pick(FR_INTEREST, 3))
        + "</ul></div>"
    )
    inserts = [
        teaser_box(rec, c, "Auch interessant", FR_AUCH, 2),
        interest,
        gallery(rec, c, "Fotostrecke: Bild {i} von {n}", FR_GALLERY),
        native_ads(rec, c, "Anzeige", FR_ADS, 2, "Empfohlen von Outbrain"),
        maybe(
            rec,
            0.5,
            lambda: (
                '<div class="id-Newsletter"><p>'
                + rec.f(
                    "Alles Wichtige aus Frankfurt: Jetzt den kostenlosen FR-Newsletter abonnieren.",
                    "newsletter box",
                )
                + "</p><button>Anmelden</button></div>"
            ),
            "newsletter box",
        ),
    ]
    body = scatter(rec, paras, [i for i in inserts if i], skip_first=2)
    notes = []
    if rec.last:
        notes.append(_fr_update(rec, *FR_GENUINE, genuine=True))
    notes.extend(_fr_update(rec, *u) for u in FR_UPDATES)
    comments = line(
        rec, c, "Comments", f"{rec.rng.randint(18, 64)} Kommentare", "comment count", "a"
    )
    weather = widget_rows(
        rec,
        c,
        "Weather",
        "Wetter",
        [
            f"Frankfurt am Main: {rec.rng.randint(1, 5)} °C, {rec.rng.choice(['bedeckt', 'Nieselregen', 'neblig'])}"
        ],
        "weather",
    )
    traffic = widget_rows(rec, c, "Traffic", "Verkehr", rec.pick(FR_TRAFFIC, 2), "traffic")
    most = list_box(rec, c, "Meistgelesen", FR_MOST, 5, "most read", shuffle_only=True)
    consent = maybe(
        rec,
        0.4,
        lambda: (
            f'<div class="id-Consent" role="dialog"><p>{rec.f(CONSENT_DE, "consent banner")}</p><button>Akzeptieren</button></div>'
        ),
        "consent banner",
    )
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Wasserrohrbruch in Sachsenhausen: Hunderte Haushalte ohne Wasser",
            "datePublished": "2026-12-06T09:10:00+01:00",
            "dateModified": modified(rec, "15:42", "23:53", 1),
            "author": {"@type": "Person", "name": "Katja Reinholz"},
        }
    )
    page = f"""{consent}
<header class="id-SiteHeader"><a href="/" class="id-SiteHeader-logo">Frankfurter Rundschau</a><nav><a href="/frankfurt/">Frankfurt</a><a href="/rhein-main/">Rhein-Main</a><a href="/politik/">Politik</a><a href="/sport/">Sport</a></nav></header>
<main class="id-Container">
<article class="id-Article id-Story">
<header class="id-Story-header">
<p class="id-StoryElement-kicker">Schweizer Straße gesperrt</p>
<h1 class="id-StoryElement-headline">Wasserrohrbruch in Sachsenhausen: Hunderte Haushalte ohne Wasser</h1>
<p class="id-StoryElement-leadText">In Frankfurt-Sachsenhausen ist eine Hauptwasserleitung geplatzt. Straßenbahnen werden umgeleitet, Anwohner holen Wasser am Tankwagen.</p>
<div class="id-StoryElement-authors">Von <a href="/autoren/katja-reinholz">Katja Reinholz</a></div>
<time class="id-DateTime" datetime="2026-12-06T09:10:00+01:00">06.12.2026, 09:10 Uhr</time> {comments}
</header>
<figure class="id-StoryElement-image"><img src="/img/sachsenhausen.jpg" alt=""><figcaption>Die Schweizer Straße am Sonntagmorgen. © Christoph Wendt</figcaption></figure>
<div class="id-StoryElement-body">
{chr(10).join(notes)}
{body}
</div>
</article>
<aside class="id-Sidebar">{weather}{traffic}{most}</aside>
</main>
<footer class="id-Footer"><p>© Frankfurter Rundschau GmbH 2026</p></footer>"""
    return doc(
        rec,
        "Wasserrohrbruch in Sachsenhausen: Hunderte Haushalte ohne Wasser",
        head,
        ' class="id-Page"',
        page,
        "id-",
    )


# ---------------------------------------------------------------------------------------------
# n-tv.de Liveticker

NTV_INTRO = [
    "Im Hamburger Hafen brennt seit dem frühen Abend eine Lagerhalle am Kleinen Grasbrook. Die Feuerwehr ist mit mehr als 200 Einsatzkräften vor Ort, über der Stadt steht eine dichte Rauchwolke.",
]
NTV_ENTRIES = [
    (
        "22:47",
        "Feuerwehr: Brand unter Kontrolle",
        [
            "Die Feuerwehr hat den Brand nach eigenen Angaben unter Kontrolle gebracht. Ein Übergreifen auf benachbarte Hallen sei verhindert worden, sagte ein Sprecher."
        ],
    ),
    (
        "22:20",
        "Warnung vor Rauchgasen bleibt bestehen",
        [
            "Die Warnung für die Stadtteile Veddel, Wilhelmsburg und Rothenburgsort gilt weiter. Anwohner sollen Fenster und Türen geschlossen halten und Lüftungsanlagen abschalten."
        ],
    ),
    (
        "21:58",
        "Köhlbrandbrücke wieder frei",
        [
            "Die Köhlbrandbrücke ist wieder in beide Richtungen befahrbar. Die Polizei hatte sie wegen der Rauchentwicklung für knapp zwei Stunden gesperrt."
        ],
    ),
    (
        "21:24",
        "Zwei Feuerwehrleute leicht verletzt",
        [
            "Bei den Löscharbeiten sind zwei Feuerwehrleute leicht verletzt worden. Einer erlitt eine Rauchgasvergiftung, der andere verletzte sich an der Hand.",
            "Beide wurden ambulant behandelt.",
        ],
    ),
    (
        "20:51",
        "Hafenbehörde sperrt Teile des Hansahafens",
        [
            "Die Hamburg Port Authority hat den Schiffsverkehr im Hansahafen eingeschränkt. Löschboote pumpen Wasser aus der Elbe auf die Halle."
        ],
    ),
    (
        "20:15",
        "Rauchsäule über der ganzen Stadt sichtbar",
        [
            "Die Rauchsäule ist bis nach Altona und Barmbek zu sehen. In sozialen Netzwerken kursieren zahlreiche Videos des Brandes."
        ],
    ),
    (
        "19:42",
        "Großalarm im Hafen",
        [
            "Die Feuerwehr hat für den Brand einer Lagerhalle am Kleinen Grasbrook die vierte Alarmstufe ausgelöst. In der Halle sollen Kunststoffgranulat und Paletten gelagert sein."
        ],
    ),
]
NTV_GENUINE = (
    "23:55",
    "Nachlöscharbeiten dauern bis Montag",
    [
        "Die Feuerwehr rechnet damit, dass die Nachlöscharbeiten an der Lagerhalle bis Montagmittag dauern. Die Brandursache ist weiter unklar, die Kriminalpolizei hat die Ermittlungen aufgenommen."
    ],
)
NTV_MEHR = [
    "Brandschutz im Hafen: Wie sicher sind Hamburgs Lagerhallen?",
    "Rauchgas-Warnung: Was Anwohner jetzt beachten müssen",
    "Großbrand in Bremerhaven: Ermittler finden Brandbeschleuniger",
    "Warum Kunststoffbrände so gefährlich sind",
    "Hamburger Hafen verliert weiter Marktanteile an Rotterdam",
]
NTV_VIDEO = [
    "Meterhohe Flammen: Lagerhalle im Hamburger Hafen brennt",
    "Löschboote im Einsatz auf der Elbe",
    "Reporterin vor Ort: \u201eDer Rauch zieht Richtung Innenstadt\u201c",
    "Köhlbrandbrücke gesperrt: Stau im Hafengebiet",
]
NTV_ADS = [
    ("Dieser Akku-Staubsauger schlägt teure Markengeräte", "TechTest Magazin"),
    ("Rentner aufgepasst: Diese Steuerregel gilt ab Januar", "Steuerwissen Aktuell"),
    ("Warum jetzt alle über diese Wärmepumpe sprechen", "Klimahaus Nord"),
    ("Die 20 schönsten Orte an der Ostsee", "Reisewelt"),
]


def _ntv_entry(rec: Rec, entry: tuple[str, str, list[str]], genuine: bool = False) -> str:
    clock, title, paras = entry
    rec.block(
        "live_entry",
        clock,
        iso(clock, 1),
        " ".join(paras),
        headline=f"{title} +++",
        genuine=genuine,
    )
    return f"<h2>+++ {clock} {esc(title)} +++</h2>\n" + "\n".join(f"<p>{esc(p)}</p>" for p in paras)


def ntv(rec: Rec) -> str:
    c = "ntv-{}".format
    intro = [rec.p(t) for t in NTV_INTRO]
    entries = []
    if rec.last:
        entries.append(_ntv_entry(rec, NTV_GENUINE, genuine=True))
    entries.extend(_ntv_entry(rec, e) for e in NTV_ENTRIES)
    minute = min(90, 78 + 2 * rec.fetch)
    hsv = 1 + (rec.fetch >= 3)
    inserts = [
        teaser_box(rec, c, "Mehr zum Thema", NTV_MEHR, 1),
        teaser_box(rec, c, "Mehr zum Thema", NTV_MEHR, 1),
        native_ads(rec, c, "Anzeige", NTV_ADS, 2),
        maybe(
            rec,
            0.6,
            lambda: poll(
                rec,
                c,
                "Sollten Lagerhallen im Hafen strengere Brandschutzauflagen bekommen?",
                ["Ja, unbedingt", "Nein, die Regeln reichen", "Weiß nicht"],
                "{n} Stimmen",
            ),
            "poll",
        ),
    ]
    stream = scatter(rec, entries, [i for i in inserts if i], skip_first=1)
    rec.k("live badge")
    badge = '<span class="ntv-live-badge">LIVE</span>' if rec.chance(0.5) else ""
    score = widget_rows(
        rec,
        c,
        "Score",
        "Fußball live",
        [f"Hamburger SV – FC St. Pauli {hsv}:1 ({minute}.)"],
        "sports score",
    )
    dax = stocks(rec, c, "Börse", [("DAX", 19843.21), ("MDax", 27410.5), ("Euro Stoxx 50", 5012.3)])
    vids = video_playlist(rec, c, "Videos zum Thema", NTV_VIDEO, 3)
    consent = maybe(
        rec,
        0.4,
        lambda: (
            f'<div class="ntv-consent" role="dialog"><p>{rec.f(CONSENT_DE, "consent banner")}</p><button>Zustimmen</button></div>'
        ),
        "consent banner",
    )
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Großbrand im Hamburger Hafen: Feuerwehr meldet Brand unter Kontrolle",
            "datePublished": "2026-12-06T19:45:00+01:00",
            "dateModified": modified(rec, "22:47", "23:55", 1),
        }
    )
    page = f"""{consent}
<div class="ntv-ticker">{dax}</div>
<header class="header"><a href="/" class="header__logo">n-tv</a><nav><a href="/politik/">Politik</a><a href="/panorama/">Panorama</a><a href="/wirtschaft/">Wirtschaft</a><a href="/sport/">Sport</a></nav></header>
<main class="content">
<article class="article">
<header class="article__header">{badge}
<h1><span class="article__kicker">Liveticker</span> <span class="article__headline">Großbrand im Hamburger Hafen: Feuerwehr meldet Brand unter Kontrolle</span></h1>
<span class="article__date">06.12.2026, 19:45 Uhr</span>
</header>
<div class="article__media">{vids}</div>
<div class="article__text">
{chr(10).join(intro)}
{stream}
</div>
<p class="article__source">Quelle: ntv.de, dpa</p>
</article>
<aside class="sidebar">{score}</aside>
</main>
<footer class="footer"><p>© n-tv Nachrichtenfernsehen GmbH</p></footer>"""
    return doc(
        rec,
        "Großbrand im Hamburger Hafen: Feuerwehr meldet Brand unter Kontrolle - n-tv.de",
        head,
        ' class="page--ticker"',
        page,
        "ntv-",
    )


# ---------------------------------------------------------------------------------------------
# BR24 Liveticker

BR_INTRO = [
    "Heftiger Schneefall hat am Sonntag das Werdenfelser Land und weite Teile Oberbayerns lahmgelegt. Mehrere Straßen waren gesperrt, die Werdenfelsbahn fuhr nur eingeschränkt.",
    "In diesem Ticker halten wir Sie über die Lage in der Region auf dem Laufenden.",
]
BR_ENTRIES = [
    (
        "22:38",
        "Zugspitzbahn stellt Betrieb am Montag ein",
        [
            "Die Bayerische Zugspitzbahn hat angekündigt, am Montag wegen Lawinengefahr und Sturmböen am Gipfel nicht zu fahren. Bereits gekaufte Tickets werden erstattet."
        ],
    ),
    (
        "22:05",
        "B2 bei Oberau wieder frei",
        [
            "Die Bundesstraße 2 zwischen Oberau und Farchant ist wieder befahrbar. Ein quergestellter Lastwagen hatte die Strecke mehr als drei Stunden blockiert."
        ],
    ),
    (
        "21:32",
        "Lawinenwarnstufe 4 im Werdenfelser Land",
        [
            "Der Lawinenwarndienst Bayern hat für die Ammergauer Alpen und das Wetterstein-Gebirge die zweithöchste Warnstufe ausgerufen.",
            "Skitourengeher sollen auf Touren abseits gesicherter Pisten verzichten.",
        ],
    ),
    (
        "20:48",
        "Schulen im Landkreis öffnen am Montag später",
        [
            "Das Landratsamt Garmisch-Partenkirchen hat mitgeteilt, dass der Unterricht an allen Schulen im Landkreis am Montag erst zur dritten Stunde beginnt."
        ],
    ),
    (
        "20:10",
        "Werdenfelsbahn: Ersatzverkehr ab Murnau",
        [
            "Zwischen Murnau und Garmisch-Partenkirchen fahren wegen umgestürzter Bäume keine Züge. Die Bayerische Regiobahn hat einen Ersatzverkehr mit Bussen eingerichtet."
        ],
    ),
    (
        "19:35",
        "Bis zu 60 Zentimeter Neuschnee",
        [
            "Der Deutsche Wetterdienst meldet für Mittenwald bis zu 60 Zentimeter Neuschnee seit dem Morgen. In der Nacht soll es weiter schneien."
        ],
    ),
]
BR_GENUINE = (
    "23:52",
    "Landratsamt schaltet Bürgertelefon frei",
    [
        "Das Landratsamt Garmisch-Partenkirchen hat für Fragen zur Schneelage ein Bürgertelefon eingerichtet. Es ist ab Montag um 7 Uhr besetzt."
    ],
)
BR_PROMO = [
    "Sie wollen über die Lage in Ihrer Region informiert bleiben? Mit der BR24-App erhalten Sie Eilmeldungen direkt auf Ihr Smartphone.",
    "Das Wichtigste aus Bayern jeden Morgen in Ihrem Postfach: Abonnieren Sie jetzt den BR24-Newsletter.",
    "Hören Sie BR24 auch im Radio: Alle 30 Minuten die aktuellen Nachrichten aus Bayern.",
]
BR_TRAFFIC = [
    "A95 München Richtung Garmisch: Schneeglätte, Tempo 60",
    "B23 Garmisch Richtung Oberammergau: Schneekettenpflicht",
    "B11 Walchensee: gesperrt wegen umgestürzter Bäume",
    "A8 Salzburg Richtung München: 5 km Stau am Irschenberg",
    "B2 Mittenwald Richtung Scharnitz: Schneefahrbahn",
]
BR_MEHR = [
    (
        "Schneechaos: Warum der Winterdienst so schnell an Grenzen kommt",
        "Winterdienst am Limit: Was Räumfahrzeuge leisten können",
    ),
    (
        "Lawinengefahr: So funktioniert die fünfstufige Warnskala",
        "Was die Lawinenwarnstufen wirklich bedeuten",
    ),
    (
        "Werdenfelsbahn: Pendler fordern mehr Zuverlässigkeit",
        "Ärger über die Werdenfelsbahn: Pendler reicht es",
    ),
    (
        "Skisaison in Garmisch: Was der frühe Schnee bedeutet",
        "Früher Schnee, volle Pisten? Die Skisaison im Werdenfelser Land",
    ),
]
BR_TOP = [
    "Landtag: Streit über Windräder im Staatswald",
    "FC Bayern gewinnt Spitzenspiel in Leverkusen",
    "Christkindlmarkt in Nürnberg: Besucherrekord am Wochenende",
    "Lehrermangel: Kultusministerium plant Zulagen",
    "Bahnstreik: Auch S-Bahn München betroffen",
]


def _br_entry(rec: Rec, entry: tuple[str, str, list[str]], genuine: bool = False) -> str:
    clock, title, paras = entry
    label = f"{clock} Uhr"
    rec.block("live_entry", label, iso(clock, 1), " ".join(paras), headline=title, genuine=genuine)
    ago = minutes_since(rec, clock, 1)
    rel = f"vor {ago} Minuten" if ago < 60 else f"vor {ago // 60} Stunde{'n' if ago >= 120 else ''}"
    return (
        f'<div class="liveticker-entry" id="entry-{clock.replace(":", "")}">'
        f'<div class="liveticker-entry__meta"><span class="liveticker-entry__date">Sonntag, 06.12.2026</span> '
        f'<time datetime="{iso(clock, 1)}">{label}</time> '
        f'<span class="liveticker-entry__relative">{rec.f(rel, "relative time")}</span></div>'
        f"<h3>{esc(title)}</h3>" + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>"
    )


def br24(rec: Rec) -> str:
    c = "br24-{}".format
    intro = [rec.p(t) for t in BR_INTRO]
    entries = []
    if rec.last:
        entries.append(_br_entry(rec, BR_GENUINE, genuine=True))
    entries.extend(_br_entry(rec, e) for e in BR_ENTRIES)
    inserts = [
        f'<p class="br24-promo">{rec.f(rec.pick(BR_PROMO)[0], "promo paragraph")}</p>',
        widget_rows(rec, c, "traffic", "BR24 Verkehr", rec.pick(BR_TRAFFIC, 2), "traffic"),
        ab_teaser(rec, c, "Mehr zum Thema", BR_MEHR, 2),
    ]
    stream = scatter(rec, entries, inserts, skip_first=1)
    period = [
        "2. Drittel",
        "3. Drittel",
        "3. Drittel",
        "3. Drittel",
        "Verlängerung",
        "Endstand",
        "Endstand",
    ][rec.fetch]
    home = 2 + (rec.fetch >= 2)
    score = widget_rows(
        rec,
        c,
        "score",
        "Eishockey live",
        [f"EHC Red Bull München – Kölner Haie {home}:2 ({period})"],
        "sports score",
    )
    readers = line(
        rec,
        c,
        "readers",
        f"{num(rec.rng.randint(900, 2600), 'de')} Personen lesen gerade mit",
        "reader counter",
        "p",
    )
    weather = widget_rows(
        rec,
        c,
        "weather",
        "Wetter",
        [f"Garmisch-Partenkirchen: −{rec.rng.randint(2, 6)} °C, Schneefall"],
        "weather",
    )
    top = list_box(rec, c, "Top-Themen", BR_TOP, 4, "top stories carousel", ordered=False)
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Schneechaos im Werdenfelser Land: Die Lage im Ticker",
            "datePublished": "2026-12-06T19:30:00+01:00",
            "dateModified": modified(rec, "22:38", "23:52", 1),
            "coverageStartTime": "2026-12-06T19:30:00+01:00",
        }
    )
    page = f"""<header class="br24-header"><a href="/nachrichten" class="br24-logo">BR24</a><nav><a href="/nachrichten/bayern">Bayern</a><a href="/nachrichten/deutschland-welt">Deutschland &amp; Welt</a><a href="/sport">Sport</a></nav></header>
<main class="br24-main">
<article class="br24-article br24-article--ticker">
<header>
<span class="br24-kicker">Liveticker</span>
<h1>Schneechaos im Werdenfelser Land: Die Lage im Ticker</h1>
<p class="br24-author">Von <span>Lena Staudigl</span>, <span>Matthias Grießer</span></p>
{readers}
</header>
<section class="br24-teaser-text">
{chr(10).join(intro)}
</section>
<section class="liveticker">
{stream}
</section>
</article>
<aside class="br24-aside">{score}{weather}{top}</aside>
</main>
<footer class="br24-footer"><p>© Bayerischer Rundfunk 2026</p></footer>"""
    return doc(
        rec,
        "Schneechaos im Werdenfelser Land: Die Lage im Ticker | BR24",
        head,
        ' class="br24"',
        page,
        "br24-",
    )
