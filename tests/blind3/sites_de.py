"""German-language pages: heise online, Süddeutsche Zeitung, WELT (notes), Tagesspiegel,
DER STANDARD (live) and NZZ (plain)."""

from __future__ import annotations

from chrome import (
    ADS,
    COOKIE,
    TEASERS,
    Px,
    analytics,
    css,
    doc,
    esc,
    jsonld,
    nav,
    poll_block,
    thousands,
    ts,
)

CET = "+01:00"


# ---------------------------------------------------------------------------------------------
# heise online: "Update 06.12.2026, 16:05 Uhr:" at the top and one inside the body.


def heise(px: Px) -> str:
    r = px.rnd
    out = []

    def upd(label_date: str, hhmm: str, text: str, genuine: bool = False) -> str:
        return (
            f'<p><strong>Update</strong> <time datetime="{ts(hhmm, CET)}">{label_date}</time>: '
            + px.note("update", f"Update {label_date}", text, ts(hhmm, CET), genuine=genuine)
            + "</p>"
        )

    if px.genuine:
        out.append(
            upd(
                "06.12.2026, 23:56 Uhr",
                "23:56",
                "Nubivo meldet, dass alle Dienste am Standort Frankfurt wieder laufen. Die Ursache werde noch untersucht, ein ausführlicher Bericht soll bis Mittwoch folgen.",
                genuine=True,
            )
        )
    out.append(
        upd(
            "06.12.2026, 16:05 Uhr",
            "16:05",
            "Inzwischen sind nach Angaben von Nubivo rund 70 Prozent der betroffenen virtuellen Maschinen wieder erreichbar. Die Online-Terminvergabe der Stadt Offenbach funktioniert weiterhin nicht.",
        )
    )
    paras = [
        "Ein Ausfall im Frankfurter Rechenzentrum des Cloud-Anbieters Nubivo hat am Sonntagmorgen zahlreiche Online-Dienste lahmgelegt. Betroffen waren unter anderem Webshops, ein regionaler Zahlungsdienstleister und mehrere kommunale Bürgerportale in Hessen.",
        "Laut der Statusseite des Anbieters begann die Störung gegen 6:40 Uhr. Nubivo spricht von einem „Fehler in der Stromverteilung“ in einem von drei Brandabschnitten. Die Notstromaggregate seien zwar angesprungen, ein Teil der Server habe sich jedoch nicht sauber vom Netz getrennt.",
        "Kunden berichteten in Foren von beschädigten Dateisystemen und hängenden Datenbank-Clustern. Wer seine Systeme über mehrere Verfügbarkeitszonen verteilt hatte, kam meist mit kurzen Unterbrechungen davon.",
    ]
    for p in paras:
        out.append(f"<p>{px.B(esc(p))}</p>")
    out.append(
        upd(
            "06.12.2026, 14:20 Uhr",
            "14:20",
            "Nubivo hat bestätigt, dass auch Objektspeicher-Buckets in der Region betroffen sind. Lesezugriffe seien wieder möglich, Schreibzugriffe noch nicht.",
        )
    )
    box_titles = [
        "Cloud-Ausfälle: Wie Sie Ihre Dienste über Zonen verteilen",
        "Rechenzentren: Warum Notstrom nicht immer hilft",
        "Statusseiten im Vergleich: Wer ehrlich informiert",
        "Kommunale IT: Bürgerportale hängen an wenigen Anbietern",
    ]
    paras2 = [
        "Die Stadt Offenbach teilte mit, ihr Terminportal sei bis auf Weiteres nicht erreichbar. Bürgerinnen und Bürger sollen sich telefonisch an die Bürgerbüros wenden, die am Montag eine Stunde länger geöffnet haben.",
        "Nubivo betreibt nach eigenen Angaben rund 4000 Server in Frankfurt und gehört zu den größeren deutschen Anbietern für Infrastruktur als Dienst. Erst im Frühjahr hatte das Unternehmen einen zweiten Standort in Nürnberg eröffnet, auf den Kunden nun teilweise ausweichen.",
        "Ein Sprecher des Bundesamts für Sicherheit in der Informationstechnik sagte auf Anfrage, es gebe keine Hinweise auf einen Angriff. Man stehe aber mit dem Anbieter in Kontakt.",
        'Wie lange die vollständige Wiederherstellung dauert, ist offen. Nubivo rät Kunden, Snapshots vor einem Neustart ihrer Instanzen zu prüfen. <span class="redakteurskuerzel">(<a href="mailto:x@heise.invalid">ole</a>)</span>',
    ]
    box_at = r.choice([0, 1, 2])
    for k, p in enumerate(paras2):
        if k == box_at:
            picks = r.sample(box_titles, 2)
            out.append(
                '<aside class="article-box inread-teaser"><h3 class="a-box__title">Lesen Sie auch</h3><ul>'
                + "".join(f"<li><a>{px.F(t)}</a></li>" for t in picks)
                + "</ul></aside>"
            )
        out.append(f"<p>{px.B(p)}</p>")
        if k == 1 and r.random() < 0.6:
            out.append(
                f'<div class="ad-mobile-group-1"><span>Anzeige</span><p>{px.F(r.choice(ADS["de"]))}</p></div>'
            )
    posts = thousands(r.randint(120, 480), "de")
    body = f"""
<div class="cmp-container"><p>{px.F("Wir verwenden Cookies und Daten, um Ihnen Inhalte bereitzustellen, den Zugriff zu messen und personalisierte Werbung anzuzeigen. heise online nutzt dafür auch Dienste von Drittanbietern.")}</p><button>Zustimmen</button><button>heise+ abonnieren</button></div>
<header class="header"><a class="logo" href="/">heise online</a>{nav(["News", "heise+", "c't", "iX", "Mac & i", "Make", "Telepolis", "Security", "Developer", "Netze", "Tests", "Jobs"], "header-nav", "")}</header>
<main id="content"><article class="article" data-component="Article">
<header class="a-article-header"><p class="a-article-header__label">Cloud</p>
<h1 class="a-article-header__title">Großstörung bei Nubivo: Rechenzentrum in Frankfurt legt Dienste lahm</h1>
<p class="a-article-header__lead">Ein Fehler in der Stromverteilung hat Server im Frankfurter Rechenzentrum von Nubivo ausfallen lassen. Betroffen sind Webshops und Bürgerportale.</p>
<div class="a-article-header__publish-info"><a class="comments-link" href="#forum">{px.F(f"Kommentare lesen ({posts} Beiträge)")}</a>
<time datetime="2026-12-06T09:12:00+01:00">06.12.2026, 09:12 Uhr</time> <span class="reading-time">{px.F("Lesezeit: 3 Min.")}</span></div>
<div class="a-article-header__social"><button>Artikel verschenken</button><button>Drucken</button><button>Teilen</button></div></header>
<figure class="aufmacherbild"><img src="/img/rz.jpg" alt=""><figcaption><p class="caption">Blick in einen Serverraum (Symbolbild)</p><p class="source">(Bild: Nubivo)</p></figcaption></figure>
<div class="article-content">{"".join(out)}</div>
<div class="article-footer"><p class="article-footer__tags">Mehr zum Thema: <a>Cloud</a> <a>Rechenzentrum</a> <a>Störung</a></p>
<div class="heiseplus-promo"><p>{px.F("heise+ Tipp: Die besten Artikel aus c’t, iX und heise+ – jetzt 4 Wochen für 1 Euro testen.")}</p></div>
<div class="newsletter-box"><p>{px.F("Immer informiert bleiben: Abonnieren Sie jetzt den kostenlosen Newsletter von heise online.")}</p></div></div>
</article>
<aside class="meistgelesen"><h2>Meistgelesene Beiträge</h2><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["de"], 5))}</ol></aside></main>
<footer class="footer">{nav(["Kontakt", "Impressum", "Datenschutz", "Cookies & Tracking", "Mediadaten", "Abo-Services", "Jobs", "Hilfe"], "footer-nav", "")}<p>{px.F("© 2026 heise online – Alle Rechte vorbehalten.")}</p></footer>"""
    head = (
        css("a", 60)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Großstörung bei Nubivo: Rechenzentrum in Frankfurt legt Dienste lahm",
                "datePublished": "2026-12-06T09:12:00+01:00",
                "dateModified": "2026-12-06T23:56:00+01:00"
                if px.genuine
                else "2026-12-06T16:05:00+01:00",
            }
        )
        + analytics("heise")
    )
    return doc(
        "de",
        "Großstörung bei Nubivo: Rechenzentrum in Frankfurt legt Dienste lahm | heise online",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# Süddeutsche Zeitung: an update box at the top, hashed css classes.


def sz(px: Px) -> str:
    r = px.rnd
    box = (
        '<div class="css-1fh7zgr" data-manual="update-box"><p class="css-0"><strong>Update vom 6. Dezember 2026, 16:05 Uhr:</strong> '
        + px.note(
            "update",
            "Update vom 6. Dezember 2026, 16:05 Uhr",
            "Das Staatliche Bauamt hat am Nachmittag mitgeteilt, dass Fußgänger die Brücke ab Dienstag wieder auf einem abgesperrten Streifen nutzen dürfen.",
            ts("16:05", CET),
        )
        + "</p></div>"
    )
    paras = [
        "Die Stadt Landshut hat die Luitpoldbrücke über die Isar am Sonntag von einer Stunde auf die andere für den gesamten Verkehr gesperrt. Grund ist ein Gutachten, das an mehreren Spanngliedern Korrosion festgestellt hat.",
        "Oberbürgermeisterin Katrin Albrecht sprach von einer „schmerzhaften, aber alternativlosen Entscheidung“. Über die Brücke fahren an Werktagen rund 21 000 Fahrzeuge, außerdem vier Buslinien.",
        "Das Gutachten eines Münchner Ingenieurbüros lag der Stadt seit Freitagabend vor. Darin heißt es, die Tragfähigkeit sei „nicht mehr mit hinreichender Sicherheit nachweisbar“. Die Brücke wurde 1972 eröffnet und zuletzt 2011 saniert.",
        "Für Pendler aus dem Norden der Stadt bedeutet die Sperrung lange Umwege. Die Polizei rechnet ab Montagmorgen mit Staus auf der Konrad-Adenauer-Straße und der B 299.",
        "Die Stadtwerke leiten die Buslinien 2, 3, 6 und 11 über die Ludwigsbrücke um. Fahrgäste müssen mit Verspätungen von bis zu 20 Minuten rechnen.",
        "Wie lange die Brücke gesperrt bleibt, ist offen. Ein Neubau würde nach ersten Schätzungen mindestens sechs Jahre dauern und rund 80 Millionen Euro kosten.",
    ]
    out = [box]
    if px.genuine:
        out.insert(
            0,
            '<div class="css-1fh7zgr" data-manual="update-box"><p class="css-0"><strong>Update vom 6. Dezember 2026, 23:52 Uhr:</strong> '
            + px.note(
                "update",
                "Update vom 6. Dezember 2026, 23:52 Uhr",
                "Die Stadt hat eine Bürgerversammlung für Donnerstagabend im Rathausprunksaal angekündigt. Dort sollen die Gutachter Fragen der Anwohner beantworten.",
                ts("23:52", CET),
                genuine=True,
            )
            + "</p></div>",
        )
    teaser_at = r.choice([1, 2, 3])
    for k, p in enumerate(paras):
        out.append(f'<p class="css-13wylk3" data-manual="paragraph">{px.B(esc(p))}</p>')
        if k == teaser_at:
            t = r.choice(TEASERS["de"][:6])
            out.append(
                f'<div class="css-9fl0u1" data-manual="teaser-inline"><span class="css-kicker">Bayern</span><a>{px.F(t)}</a></div>'
            )
        if k == 2:
            out.append(
                f'<div class="css-1c4ny3h" data-manual="newsletter"><p>{px.F("Bayern-Newsletter: Alles Wichtige aus Bayern – jeden Werktag in Ihrem Postfach.")}</p></div>'
            )
    weather = f"Landshut {r.randint(-4, 3)} °C"
    body = f"""
<div id="sz-consent"><p>{px.F(COOKIE["de"])}</p><button>Akzeptieren und weiter</button><button>Mit SZ Plus werbefrei lesen</button></div>
<header class="css-hdr"><a href="/" class="css-logo">Süddeutsche Zeitung</a>{nav(["Politik", "Wirtschaft", "Meinung", "Panorama", "Sport", "München", "Bayern", "Kultur", "Gesellschaft", "Wissen", "Reise", "Auto"], "css-nav", "")}
<div class="css-weather" data-widget="weather"><span>{esc(weather)}</span></div></header>
<main><article class="css-article" data-manual="article">
<header class="css-head"><p class="css-overline"><a href="/bayern">Bayern</a> · Landshut</p>
<h2 class="css-headline"><span class="css-kicker">Verkehr</span><span class="css-title">Luitpoldbrücke in Landshut gesperrt – Gutachten findet Korrosion</span></h2>
<p class="css-teaser" data-manual="teaserText">Die Stadt macht die Isarbrücke von einer Stunde auf die andere dicht. Für Pendler beginnt eine lange Zeit der Umwege.</p>
<p class="css-byline">Von <a>Lena Oberhuber</a>, Landshut</p><time class="css-time" datetime="2026-12-06 11:48:00">6. Dezember 2026, 11:48 Uhr</time>
<span class="css-readtime">{px.F("Lesezeit: 2 Min.")}</span><div class="css-share"><button>Teilen</button><button>Feedback</button><button>Merken</button></div></header>
<figure class="css-fig"><img src="/img/brucke.jpg" alt=""><figcaption>Seit Sonntag gesperrt: die Luitpoldbrücke in Landshut. (Foto: Peter Kleinschmidt)</figcaption></figure>
<div itemprop="articleBody" class="css-body">{"".join(out)}</div>
<div class="css-szplus"><p>{px.F("Bestens informiert mit SZ Plus – 1 Monat kostenlos testen. Danach 14,99 € pro Monat. Jederzeit kündbar.")}</p></div>
</article>
<aside class="css-mostread"><h3>Meistgelesen</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["de"], 5))}</ol></aside></main>
<footer class="css-footer">{nav(["Kontakt und Impressum", "Datenschutz", "Cookie-Einstellungen", "AGB", "Hilfe", "Mediadaten", "Jobs", "SZ-Shop"], "css-footnav", "")}<p>{px.F("© Süddeutsche Zeitung GmbH")}</p></footer>"""
    head = (
        css("css", 70)
        + jsonld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Luitpoldbrücke in Landshut gesperrt – Gutachten findet Korrosion",
                "datePublished": "2026-12-06T11:48:00+01:00",
                "dateModified": "2026-12-06T23:52:00+01:00"
                if px.genuine
                else "2026-12-06T16:05:00+01:00",
                "isAccessibleForFree": "True",
            }
        )
        + analytics("sz")
    )
    return doc("de", "Landshut: Luitpoldbrücke gesperrt - Bayern - SZ.de", head, body)


# ---------------------------------------------------------------------------------------------
# WELT: inline "Lesen Sie auch" teasers, a "Hinweis der Redaktion" correction and an italic
# "Dieser Artikel wurde ... aktualisiert" line at the bottom.


def welt(px: Px) -> str:
    r = px.rnd
    paras = [
        "Die Deutsche Bahn verlängert die Sperrung der Schnellfahrstrecke zwischen Hamburg und Berlin um weitere drei Wochen. Grund seien Probleme bei der Erneuerung der Oberleitung zwischen Wittenberge und Ludwigslust, teilte der Konzern am Sonntag mit.",
        "Ursprünglich sollte die Strecke am 14. Dezember wieder freigegeben werden. Nun rechnet die Bahn mit einer Wiederinbetriebnahme frühestens am 4. Januar. Damit fällt auch der Weihnachtsreiseverkehr in die Bauzeit.",
        "Fernzüge werden weiterhin über Uelzen und Stendal umgeleitet. Die Fahrzeit zwischen den beiden größten deutschen Städten verlängert sich dadurch um rund 45 Minuten.",
        "„Wir bedauern die Verzögerung sehr“, sagte ein Bahnsprecher. Bei den Arbeiten seien Schäden an Fundamenten der Oberleitungsmasten entdeckt worden, die nicht eingeplant gewesen seien.",
        "Der Fahrgastverband Pro Bahn kritisierte die Informationspolitik des Konzerns. „Die Fahrgäste erfahren drei Wochen vor Weihnachten, dass ihre gebuchten Verbindungen nicht stimmen“, sagte der Landesvorsitzende Jörg Helmke.",
        "Wer bereits ein Ticket für eine Verbindung nach dem 14. Dezember gebucht hat, kann es nach Angaben der Bahn kostenlos stornieren oder flexibel nutzen.",
    ]
    teasers = [
        "Generalsanierung: Diese Strecken sperrt die Bahn 2027",
        "Warum die Bahn bei der Pünktlichkeit nicht vorankommt",
        "Fernbusse profitieren von der Streckensperrung",
        "So kommen Sie an Weihnachten trotzdem pünktlich an",
    ]
    slots = sorted(r.sample([1, 2, 3, 4], 2))
    picks = r.sample(teasers, 2)
    out = []
    for k, p in enumerate(paras):
        out.append(f"<p>{px.B(esc(p))}</p>")
        if k in slots:
            t = picks[slots.index(k)]
            out.append(
                f'<div class="c-inline-teaser"><span class="c-inline-teaser__kicker">Lesen Sie auch</span><a class="c-inline-teaser__title">{px.F(t)}</a></div>'
            )
    out.append(
        "<p><em><strong>Hinweis der Redaktion:</strong> "
        + px.note(
            "correction",
            "Hinweis der Redaktion",
            "In einer früheren Fassung dieses Textes hieß es, die Strecke sei seit August gesperrt. Tatsächlich begann die Sperrung im September. Wir haben den Fehler korrigiert.",
            None,
        )
        + "</em></p>"
    )
    out.append(
        "<p><em>"
        + px.note(
            "update",
            None,
            "Dieser Artikel wurde am 6. Dezember 2026 um 17.40 Uhr aktualisiert und um die Stellungnahme des Fahrgastverbands ergänzt.",
            ts("17:40", CET),
        )
        + "</em></p>"
    )
    market = f"DAX {r.randint(21100, 21600)},{r.randint(10, 99)} {r.choice(['+', '−'])}{r.randint(1, 9)}0 %"
    body = f"""
<div class="c-cmp"><p>{px.F("Wir und unsere Partner verarbeiten personenbezogene Daten, zum Beispiel Ihre IP-Adresse, mithilfe von Cookies, um Anzeigen und Inhalte zu personalisieren.")}</p></div>
<header class="c-page-header"><a href="/" class="c-logo">WELT</a>{nav(["Politik", "Wirtschaft", "Finanzen", "Sport", "Panorama", "Kultur", "Wissen", "Reise", "Regional", "WELTplus"], "c-nav", "")}
<div class="c-ticker" data-widget="markets"><span>{esc(market)}</span></div></header>
<main class="c-main"><article class="c-article">
<div class="c-topic">Deutsche Bahn</div>
<h2 class="c-headline">Bahn verlängert Sperrung zwischen Hamburg und Berlin bis Januar</h2>
<div class="c-summary"><p>Die Schnellfahrstrecke bleibt über Weihnachten gesperrt. Der Fahrgastverband ist empört.</p></div>
<div class="c-author">Von <a>Henrik Laubach</a>, Wirtschaftsredakteur</div><div class="c-publish-date"><time datetime="2026-12-06T13:20:00+01:00">Veröffentlicht am 06.12.2026</time> | <span class="c-reading-time">{px.F("Lesedauer: 2 Minuten")}</span></div>
<div class="c-social"><button>Artikel teilen</button><button>Artikel merken</button></div>
<figure class="c-image"><img src="/img/ice.jpg" alt=""><figcaption>Ein ICE bei Wittenberge. Die Strecke bleibt bis Januar gesperrt. Quelle: picture alliance/dpa</figcaption></figure>
<div class="c-article-text c-content-container">{"".join(out)}</div>
<div class="c-newsletter"><p>{px.F("Der WELT-Wirtschaftsnewsletter: Die wichtigsten Nachrichten aus der Wirtschaft – jeden Morgen um 7 Uhr.")}</p></div>
<div class="c-comments"><a>{px.F(f"{r.randint(80, 400)} Kommentare")}</a></div>
</article>
<aside class="c-most-read"><h3>Meistgelesen</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["de"], 5))}</ol></aside></main>
<footer class="c-footer">{nav(["Impressum", "Datenschutz", "Nutzungsbasierte Online-Werbung", "Barrierefreiheit", "Kontakt", "Abo kündigen"], "c-footer-nav", "")}<p>{px.F("© WELT – Ein Angebot der Axel Springer Deutschland GmbH")}</p></footer>"""
    head = (
        css("c", 50)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Bahn verlängert Sperrung zwischen Hamburg und Berlin bis Januar",
                "datePublished": "2026-12-06T13:20:00+01:00",
                "dateModified": "2026-12-06T17:40:00+01:00",
            }
        )
        + analytics("welt")
    )
    return doc(
        "de",
        "Deutsche Bahn: Sperrung zwischen Hamburg und Berlin bis Januar verlängert - WELT",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# Tagesspiegel newsblog: "+++ headline +++", a <time> with "18:40 Uhr", Checkpoint promos.

TSP_ENTRIES = [
    (
        "s9k1",
        "22:31",
        "Stadtreinigung streut die ganze Nacht",
        [
            "Die BSR ist nach eigenen Angaben mit 420 Fahrzeugen unterwegs. Vorrang haben Hauptstraßen, Busspuren und Radwege auf dem Vorrangnetz."
        ],
    ),
    (
        "s9j4",
        "21:50",
        None,
        [
            "Die Feuerwehr zählt seit dem Nachmittag mehr als 180 Einsätze wegen Glätte. In Spandau rutschte ein Linienbus gegen eine Laterne, verletzt wurde niemand."
        ],
    ),
    (
        "s9h2",
        "20:12",
        "Notaufnahmen melden viele Knochenbrüche",
        [
            "Die Charité und die Vivantes-Kliniken berichten von deutlich mehr Patienten mit Handgelenk- und Hüftbrüchen als an gewöhnlichen Sonntagen.",
            "„Bitte bleiben Sie zu Hause, wenn Sie nicht rausmüssen“, sagte eine Sprecherin.",
        ],
    ),
    (
        "s9g8",
        "19:05",
        "BVG stellt Straßenbahnverkehr in Marzahn ein",
        [
            "Wegen vereister Oberleitungen fahren die Linien M6, M8 und 16 in Marzahn und Hellersdorf nicht mehr. Ein Ersatzverkehr mit Bussen ist eingerichtet."
        ],
    ),
    (
        "s9f3",
        "18:40",
        "Wetterdienst verlängert Unwetterwarnung",
        [
            "Der Deutsche Wetterdienst hat die Warnung vor Glatteis für Berlin und das Umland bis Montag, 10 Uhr verlängert."
        ],
    ),
]


def tagesspiegel(px: Px) -> str:
    r = px.rnd
    entries = list(TSP_ENTRIES)
    if px.genuine:
        entries.insert(
            0,
            (
                "s9m0",
                "23:52",
                "Schulen öffnen am Montag regulär",
                [
                    "Die Bildungsverwaltung teilt mit, dass der Unterricht am Montag regulär stattfindet. Eltern können ihre Kinder bei Glätte aber entschuldigen."
                ],
            ),
        )
    html_e = []
    promo_at = r.choice([1, 2, 3])
    poll_at = r.choice([0, 2, 3, 4]) if r.random() < 0.7 else -1
    for k, (eid, clock, headline, paras) in enumerate(entries):
        printed = f"+++ {headline} +++" if headline else None
        px.entry(f"{clock} Uhr", ts(clock, CET), printed, paras, genuine=px.genuine and k == 0)
        h = f'<h3 class="Tz3">{esc(printed)}</h3>' if printed else ""
        html_e.append(
            f'<article class="Tq7" id="{eid}"><p class="Tzb"><time datetime="{ts(clock, CET)}">{clock} Uhr</time></p>{h}'
            f'<div class="Tzc">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div></article>'
        )
        if k == poll_at:
            html_e.append(
                poll_block(
                    px,
                    "Umfrage: Sollte Berlin bei Glätte mehr Salz auf Gehwegen erlauben?",
                    ["Ja, unbedingt", "Nein, das schadet Bäumen und Hunden", "Weiß nicht"],
                    "Stimmen",
                    "Tpoll",
                )
            )
        if k == promo_at:
            t = r.choice(TEASERS["de"])
            html_e.append(
                f'<aside class="Tpl"><span class="Tpl-k">Tagesspiegel Plus</span><a>{px.F(t)}</a></aside>'
            )
    intro = [
        "Blitzeis hat am Sonntagnachmittag in Berlin und Brandenburg für zahlreiche Unfälle gesorgt. Gehwege und Nebenstraßen sind vielerorts spiegelglatt, die BVG hat mehrere Linien eingestellt.",
        "Wir halten Sie in diesem Newsblog auf dem Laufenden.",
    ]
    comments = r.randint(20, 140)
    body = f"""
<div class="Tcmp"><p>{px.F(COOKIE["de"])}</p><button>Alle akzeptieren</button><button>Tagesspiegel Plus ohne Werbung</button></div>
<header class="Th"><a class="Tlogo" href="/">Der Tagesspiegel</a>{nav(["Berlin", "Politik", "Wirtschaft", "Internationales", "Gesellschaft", "Kultur", "Sport", "Wissen", "Potsdam", "Checkpoint"], "Tnav", "")}</header>
<main class="Tm"><article class="Ta">
<p class="Tk">Newsblog</p><h1 class="Th1">Glatteis in Berlin: Viele Unfälle, BVG stellt Linien ein</h1>
<div class="Tau">Von <a>Malte Reinholz</a> und <a>Sevgi Aydın</a></div><time class="Td" datetime="2026-12-06T16:15:00+01:00">06.12.2026, 16:15 Uhr</time>
<div class="Tsh"><button>Teilen</button><a href="#comments">{px.F(f"Kommentare ({comments})")}</a></div>
<div class="Tintro">{"".join(f"<p>{px.B(esc(p))}</p>" for p in intro)}</div>
<div class="Tcheckpoint"><p>{px.F("Checkpoint: Der Berlin-Newsletter von Tagesspiegel-Chefredakteur Lorenz Maroldt. Jetzt kostenlos bestellen.")}</p></div>
<section class="Tlb">{"".join(html_e)}</section>
</article>
<aside class="Tmr"><h3>Meistgelesen</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["de"], 4))}</ol></aside></main>
<footer class="Tf">{nav(["Impressum", "Datenschutz", "AGB", "Kontakt", "Abo", "Mediadaten", "Jobs"], "Tfn", "")}<p>{px.F("© Verlag Der Tagesspiegel GmbH")}</p></footer>"""
    head = (
        css("T", 50)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Glatteis in Berlin: Viele Unfälle, BVG stellt Linien ein",
                "datePublished": "2026-12-06T16:15:00+01:00",
                "dateModified": ts(entries[0][1], CET),
            }
        )
        + analytics("tagesspiegel")
    )
    return doc(
        "de", "Glatteis in Berlin: Viele Unfälle, BVG stellt Linien ein - Tagesspiegel", head, body
    )


# ---------------------------------------------------------------------------------------------
# DER STANDARD live ticker: microdata liveBlogUpdate, pinned posting, forum counter.

STANDARD_ENTRIES = [
    (
        "p71",
        "21:47",
        "Sperre bleibt auch am Montag",
        [
            "Die Landesstraßenverwaltung bestätigt: Die Arlbergpassstraße (L 197) bleibt mindestens bis Montagmittag gesperrt. Der Arlbergtunnel ist weiterhin für Pkw befahrbar."
        ],
        "Lisa Hörmann",
    ),
    (
        "p70",
        "20:58",
        None,
        [
            "In St. Anton sitzen nach Angaben des Tourismusverbands rund 2.300 Gäste fest, die eigentlich am Sonntag abreisen wollten. Die Hotels stellen Zimmer zum halben Preis zur Verfügung."
        ],
        "Lisa Hörmann",
    ),
    (
        "p69",
        "19:36",
        "Lawinenkommission tagt erneut",
        [
            "Die Lawinenkommission der Gemeinde Lech will um 7 Uhr früh über eine mögliche Öffnung der Zufahrt entscheiden. Bis dahin gilt für den Ort eine Ausgangsempfehlung."
        ],
        "Florian Tschurtschenthaler",
    ),
    (
        "p68",
        "18:15",
        "Warnstufe 4 für weite Teile Tirols",
        [
            "Der Lawinenwarndienst Tirol hat für die Nordalpen und den Arlberg die Gefahrenstufe 4 von 5 ausgerufen. In den vergangenen 24 Stunden fiel bis zu einem Meter Neuschnee."
        ],
        "Florian Tschurtschenthaler",
    ),
]


def derstandard(px: Px) -> str:
    r = px.rnd
    posts = []
    for k, (pid, clock, headline, paras, author) in enumerate(STANDARD_ENTRIES):
        px.entry(clock, ts(clock, CET), headline, paras)
        h = f'<h3 itemprop="headline">{esc(headline)}</h3>' if headline else ""
        posts.append(
            f'<div class="ticker-posting" id="{pid}" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<div class="ticker-posting-meta"><time itemprop="datePublished" datetime="{ts(clock, CET)}">{clock}</time> <span class="author" itemprop="author">{esc(author)}</span></div>'
            f'{h}<div class="ticker-posting-text" itemprop="articleBody">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div></div>'
        )
        if k == 1:
            posts.append(
                f'<div class="adSlot" data-slot="ticker-1"><p>{px.F(r.choice(ADS["de"]))}</p></div>'
            )
    # pinned posting at the top, out of time order
    px.entry(
        "14:02",
        ts("14:02", CET),
        "Zusammenfassung: Was bisher bekannt ist",
        [
            "Nach starken Schneefällen ist die Arlbergpassstraße seit Sonntagvormittag gesperrt. Lech und Zürs sind nur über Warth erreichbar, in St. Anton sitzen Urlauber fest."
        ],
    )
    pinned = (
        '<div class="ticker-posting ticker-posting--pinned" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
        '<span class="pin">Angepinnt</span><div class="ticker-posting-meta"><time itemprop="datePublished" datetime="2026-12-06T14:02:00+01:00">14:02</time> <span class="author">Redaktion</span></div>'
        '<h3 itemprop="headline">Zusammenfassung: Was bisher bekannt ist</h3><div class="ticker-posting-text" itemprop="articleBody"><p>Nach starken Schneefällen ist die Arlbergpassstraße seit Sonntagvormittag gesperrt. Lech und Zürs sind nur über Warth erreichbar, in St. Anton sitzen Urlauber fest.</p></div></div>'
    )
    postings = thousands(r.randint(300, 2400), "de")
    lead = "Meterhoher Neuschnee hat am Arlberg die Lawinengefahr stark erhöht. Die Passstraße ist gesperrt, tausende Urlauber sitzen fest. Wir berichten live."
    body = f"""
<div class="consent"><p>{px.F("Wir und unsere Partner verwenden Cookies. Sie können derStandard.at mit Werbung und Tracking nutzen oder das PUR-Abo abschließen.")}</p><button>Einverstanden</button><button>Zum PUR-Abo</button></div>
<header class="site-header"><a href="/" class="logo">DER STANDARD</a>{nav(["International", "Inland", "Wirtschaft", "Web", "Sport", "Panorama", "Kultur", "Etat", "Wissenschaft", "Lifestyle", "Diskurs", "Karriere"], "site-nav", "")}</header>
<main><article class="story-article" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="2026-12-06T11:30:00+01:00">
<header class="article-header"><span class="article-kicker">Liveticker</span><h1 class="article-title" itemprop="headline">Lawinengefahr am Arlberg: Passstraße gesperrt, Urlauber sitzen fest</h1>
<p class="article-subtitle">{px.B(esc(lead))}</p>
<div class="article-meta"><span class="article-origins">Lisa Hörmann, Florian Tschurtschenthaler</span> <time datetime="2026-12-06T11:30:00+01:00">6. Dezember 2026, 11:30</time></div>
<div class="article-actions"><a href="#forum" class="forum-link">{px.F(f"{postings} Postings")}</a><button>Teilen</button></div></header>
<div class="ticker">{pinned}<div class="ticker-list">{"".join(posts)}</div></div>
<div class="article-pur"><p>{px.F("Mit dem PUR-Abo lesen Sie derStandard.at ohne Werbung und ohne Tracking.")}</p></div>
</article>
<aside class="most-read"><h3>Meistgelesen</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["de"], 4))}</ol></aside></main>
<footer class="site-footer">{nav(["Impressum & Offenlegung", "Datenschutz", "AGB", "Cookies", "Kontakt", "Werbung", "Abo"], "footer-nav", "")}<p>{px.F("© STANDARD Verlagsgesellschaft m.b.H. 2026")}</p></footer>"""
    head = css("std", 40) + analytics("derstandard")
    return doc(
        "de-AT",
        "Lawinengefahr am Arlberg: Passstraße gesperrt, Urlauber sitzen fest - Liveticker - derStandard.at",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# NZZ (plain): Swiss spelling, "Hören", "Merken", reading time, Mehr zum Thema.


def nzz(px: Px) -> str:
    r = px.rnd
    paras = [
        "Der Zürcher Stadtrat will das Seebad Enge künftig das ganze Jahr über öffnen. Im Winter soll dort eine Sauna mit direktem Zugang zum See betrieben werden, wie die Stadt am Sonntag mitteilte.",
        "Die Idee ist nicht neu. Seit Jahren fordern Winterschwimmerinnen und Winterschwimmer mehr Angebote am See. Im vergangenen Winter standen vor der privat betriebenen Sauna am Unteren Letten an Wochenenden teilweise über hundert Personen an.",
        "Für den Umbau rechnet der Stadtrat mit Kosten von rund 4,2 Millionen Franken. Die historische Holzkonstruktion aus dem Jahr 1960 soll dabei erhalten bleiben. Die Denkmalpflege habe ihr Einverständnis signalisiert, heisst es in der Mitteilung.",
        "Ganz unumstritten ist das Projekt nicht. Anwohner am Mythenquai befürchten mehr Lärm und Verkehr in den Abendstunden. Die Stadt verspricht, die Öffnungszeiten im Winter auf 21 Uhr zu begrenzen.",
        "Der Gemeinderat muss dem Kredit noch zustimmen. Stimmt er zu, könnte die Wintersauna bereits ab November 2027 in Betrieb gehen.",
    ]
    out = []
    for k, p in enumerate(paras):
        out.append(f'<section class="articlecomponent text"><p>{px.B(esc(p))}</p></section>')
        if k == 1:
            t = r.choice(TEASERS["de"]).replace("ß", "ss")
            out.append(
                f'<div class="articlecomponent teaser-inline"><span>Mehr zum Thema</span><a>{px.F(t)}</a></div>'
            )
        if k == 3:
            out.append(
                f'<div class="resor-ad"><span>Anzeige</span><p>{px.F(ADS["de"][3].replace("ß", "ss"))}</p></div>'
            )
    body = f"""
<div class="cmp"><p>{px.F("Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten und Inhalte zu personalisieren.")}</p></div>
<header class="header"><a href="/" class="header__logo">Neue Zürcher Zeitung</a>{nav(["Schweiz", "International", "Wirtschaft", "Finanzen", "Feuilleton", "Zürich", "Sport", "Meinung", "Wissenschaft", "Panorama", "Video", "Podcasts"], "navigation", "")}</header>
<main class="container"><article class="article">
<div class="headline__kicker">Zürich</div>
<h1 class="headline__title">Das Seebad Enge soll auch im Winter öffnen – mit Sauna am See</h1>
<p class="headline__lead">Der Stadtrat will 4,2 Millionen Franken in die Badeanstalt investieren. Anwohner sind skeptisch.</p>
<div class="metainfo"><span class="metainfo__author">Nadine Wüthrich</span> <time datetime="2026-12-06T10:30:00+01:00">06.12.2026, 10.30 Uhr</time> <span class="metainfo__item">{px.F("Lesezeit 3 Min.")}</span></div>
<div class="articlecomponent__tools"><button>Hören</button><button>Merken</button><button>Drucken</button><button>Teilen</button></div>
<figure class="articlecomponent image"><img src="/img/enge.jpg" alt=""><figcaption>Das Seebad Enge im Sommer. Künftig soll es ganzjährig geöffnet sein. <span>Karin Hofer / NZZ</span></figcaption></figure>
{"".join(out)}
<div class="newsletter-teaser"><p>{px.F("Zürich-Newsletter: Die wichtigsten Nachrichten aus Stadt und Kanton – jeden Werktag.")}</p></div>
<div class="paywall-box"><p>{px.F("Sie lesen einen Artikel aus der Zürich-Ausgabe. Jetzt NZZ digital abonnieren und alle Artikel lesen.")}</p></div>
</article>
<aside class="widget-mostread"><h3>Meistgelesene Artikel</h3><ol>{"".join(f"<li>{px.F(t.replace('ß', 'ss'))}</li>" for t in px.pick(TEASERS["de"], 5))}</ol></aside></main>
<footer class="footer">{nav(["Impressum", "AGB", "Datenschutz", "Kontakt", "Hilfe", "Inserieren", "NZZ Shop"], "footer__nav", "")}<p>{px.F("Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.")}</p></footer>"""
    head = (
        css("nzz", 50)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Das Seebad Enge soll auch im Winter öffnen – mit Sauna am See",
                "datePublished": "2026-12-06T10:30:00+01:00",
                "articleBody": " ".join(paras),
            }
        )
        + analytics("nzz")
    )
    return doc("de-CH", "Seebad Enge soll auch im Winter öffnen | NZZ", head, body)


SITES = {
    "heise-nubivo-stoerung": ("de", "heise online", "updates", heise),
    "sz-landshut-bruecke": ("de", "Süddeutsche Zeitung", "updates", sz),
    "welt-bahn-sperrung": ("de", "WELT", "updates", welt),
    "tagesspiegel-newsblog-glatteis": ("de", "Tagesspiegel Newsblog", "live", tagesspiegel),
    "derstandard-live-arlberg": ("de", "DER STANDARD Liveticker", "live", derstandard),
    "nzz-seebad-enge": ("de", "Neue Zürcher Zeitung", "plain", nzz),
}
