"""German-language publishers: Hamburger Abendblatt, Tiroler Tageszeitung, Mitteldeutsche
Zeitung."""

from __future__ import annotations

from fx import cams, counter, hm, link_list, num, poll, text_box, uhr
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    e,
    news_article,
    org,
    pick,
    shell,
    weave,
)

CET = 1


def _tv(ctx: Ctx, cls: str, title: str) -> W:
    shows = [
        ("22.15 Uhr", "NDR: Die Reportage – Nachtschicht im Hafen"),
        ("22.45 Uhr", "ZDF: Markus Lanz spezial"),
        ("23.05 Uhr", "Das Erste: Tagesthemen extra"),
        ("23.35 Uhr", "MDR: Kripo live – Rückblick"),
        ("23.50 Uhr", "arte: Die Elbe – Strom der Geschichte"),
        ("0.10 Uhr", "3sat: Kabarett aus Leipzig"),
        ("0.25 Uhr", "ZDF: Der Bergdoktor (Wdh.)"),
    ]
    now = (ctx.local.hour or 24) * 60 + ctx.local.minute
    later = [
        s for s in shows if (int(s[0].split(".")[0]) or 24) * 60 + int(s[0].split(".")[1][:2]) > now
    ]
    chosen = later[:3] if len(later) >= 3 else shows[-3:]
    return link_list(
        cls, title, [f"{t} · {what}" for t, what in chosen], "TV listings with clock times"
    )


def _lotto(ctx: Ctx, cls: str, games: list[str]) -> W:
    return text_box(cls, "Lottozahlen", pick(ctx, games, 1), "lottery results")


# ---------------------------------------------------------------------------------------------
# Hamburger Abendblatt (+01:00), updates


def abendblatt(ctx: Ctx) -> Render:
    url = "https://www.abendblatt.de/hamburg/article410284512/u3-viadukt-baumwall-brand-hochbahn-sperrung.html"
    headline = (
        "Brand unter dem U3-Viadukt am Baumwall – Hochbahn sperrt Strecke bis Landungsbrücken"
    )
    published = at(CET, 6, 19, 40)
    body = [
        "Hamburg. Ein Feuer unter dem Viadukt der U3 am Baumwall hat am Sonntagabend den Betrieb auf einem der meistbefahrenen Abschnitte der Hamburger U-Bahn zum Erliegen gebracht.",
        "Nach Angaben der Feuerwehr brannten gegen 18.50 Uhr mehrere Kabelschächte und ein Lagerverschlag, der unter den Stahlbögen des Viadukts an der Straße Vorsetzen steht. Die Flammen schlugen bis an die Gleisebene hoch.",
        "Die Hochbahn stoppte den Verkehr zwischen Rödingsmarkt und Landungsbrücken sofort. Ein Zug mit rund 60 Fahrgästen stand zu diesem Zeitpunkt auf dem Viadukt; die Fahrgäste wurden über einen Notsteg zur Haltestelle Baumwall geführt.",
        "Verletzt wurde nach ersten Erkenntnissen niemand. Die Polizei sperrte die Straße Vorsetzen und Teile des Johannisbollwerks, was am Abend zu Staus rund um die Speicherstadt führte.",
        "Wie lange die Sperrung dauert, war zunächst offen. Ein Sprecher der Hochbahn sagte, Statiker müssten prüfen, ob die Hitze den Stahlträgern geschadet habe. Das Viadukt stammt aus dem Jahr 1912.",
        "Fahrgäste sollen zwischen Rathaus und Landungsbrücken auf die S-Bahn-Linien S1 und S3 ausweichen. Ein Ersatzverkehr mit Bussen wird nach Angaben des Unternehmens eingerichtet.",
    ]
    notes = [
        Block(
            "update",
            "Aktualisiert um 22.20 Uhr",
            at(CET, 6, 22, 20),
            None,
            [
                "Die Feuerwehr hat den Einsatz am Baumwall beendet. Die Brandursache ist weiter unklar, die Kriminalpolizei hat die Ermittlungen übernommen."
            ],
        ),
        Block(
            "update",
            "Aktualisiert um 21.10 Uhr",
            at(CET, 6, 21, 10),
            None,
            [
                "Inzwischen fahren Ersatzbusse im Zehn-Minuten-Takt zwischen Rödingsmarkt und Landungsbrücken. Die Haltestelle Baumwall wird dabei nicht bedient."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aktualisiert um 23.52 Uhr",
        at(CET, 6, 23, 52),
        None,
        [
            "Die Statiker haben ihre erste Prüfung abgeschlossen: Die U3 bleibt nach Angaben der Hochbahn mindestens bis Dienstagmorgen zwischen Rödingsmarkt und Landungsbrücken gesperrt."
        ],
    )
    corr = Block(
        "correction",
        "Korrektur",
        None,
        None,
        [
            "In einer früheren Fassung dieses Artikels hieß es, das Viadukt sei 1906 gebaut worden. Richtig ist 1912. Wir haben die Angabe korrigiert."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = (
            f'<p class="article__text"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
        )
    corr.html = (
        f'<p class="article__text article__text--note"><em>Korrektur: {e(corr.paras[0])}</em></p>'
    )
    modified = shown[0].ts or published

    garages = [
        "Parkhaus Stadthausbrücke",
        "Parkhaus Speicherstadt",
        "Parkhaus Hohe Bleichen",
        "Parkhaus Michel-Garage",
    ]
    prk = text_box(
        "hab-parken",
        "Freie Parkplätze",
        [f"{g}: {ctx.rng.randint(12, 240)} frei" for g in pick(ctx, garages, 3)]
        + [f"Parkleitsystem Hamburg, Stand {uhr(ctx.ago(0, 4))}"],
        "parking-garage occupancy with its own time",
    )
    tv = _tv(ctx, "hab-tv", "Heute im TV")
    signs = [
        "Schütze (23.11.–21.12.): Ein Umweg bringt Sie heute weiter als die gewohnte Strecke. Bleiben Sie gelassen.",
        "Steinbock (22.12.–20.1.): Jemand bittet Sie um Hilfe bei einer schweren Aufgabe. Sagen Sie zu, es lohnt sich.",
        "Wassermann (21.1.–19.2.): Ein aufgeschobener Plan bekommt neuen Schwung. Halten Sie Augen und Ohren offen.",
        "Fische (20.2.–20.3.): Gönnen Sie sich eine Pause, bevor Sie wichtige Entscheidungen treffen.",
    ]
    horo = text_box("hab-horoskop", "Ihr Horoskop", pick(ctx, signs, 1), "horoscope snippet")
    lotto = _lotto(
        ctx,
        "hab-lotto",
        [
            "Lotto 6aus49 vom Samstag, 5.12.: 3 – 12 – 19 – 27 – 38 – 44, Superzahl 6",
            "Eurojackpot vom Freitag, 4.12.: 7 – 15 – 22 – 36 – 48, Eurozahlen 3 und 9",
            "Spiel 77 vom Samstag: 4 8 1 9 0 3 7 · Super 6: 5 2 7 0 4 1",
        ],
    )
    latest = [
        "Neue Elbbrücken: Warum die S-Bahn-Station schon wieder umgebaut wird",
        "Hochbahn sucht 400 Busfahrer – und zahlt Prämien",
        "Köhlbrandbrücke: Was der Abriss für den Hafen bedeutet",
        "Hamburgs älteste U-Bahn-Haltestellen im Check",
        "Deutschlandticket: So viele Hamburger fahren jetzt Bahn",
    ]
    bio = text_box(
        "hab-autor",
        "",
        [
            "Jens Oltmanns ist Reporter im Ressort Hamburg und schreibt über Verkehr und Stadtentwicklung.",
            *(f"Zuletzt von ihm: {t}" for t in pick(ctx, latest, 2)),
        ],
        "author bio with rotating latest list",
    )
    policy = text_box(
        "hab-transparenz",
        "",
        [
            "Korrekturen und Transparenz: Das Abendblatt berichtigt Fehler offen. Hinweise auf Fehler schicken Sie bitte an korrekturen@abendblatt.de."
        ],
        "corrections-policy boilerplate (static)",
        tag="div",
    )
    pollw = poll(
        ctx,
        "hab-umfrage",
        "Umfrage",
        "Sollte die Hochbahn die U3 am Hafen langfristig unter die Erde legen?",
        [
            "Ja, das Viadukt ist zu anfällig",
            "Nein, die Hafenstrecke gehört zu Hamburg",
            "Weiß nicht",
        ],
        [41, 46, 13],
        (1630, 60),
        lambda v, t: f"{num(v, '.')} Stimmen · Zwischenstand von {uhr(t)}",
        pct="{opt}: {p} Prozent",
    )
    history = [
        "Heute vor 60 Jahren: In Hamburg wird der erste Abschnitt der Ost-West-Straße freigegeben.",
        "Heute vor 30 Jahren: Der Elbtunnel bekommt seine vierte Röhre – die Bauarbeiter feiern Richtfest.",
        "Heute vor 110 Jahren: Die Hochbahn-Gesellschaft stellt ihre ersten Wagen im Betriebshof Barmbek vor.",
    ]
    today = text_box(
        "hab-chronik", "Hamburger Chronik", pick(ctx, history, 1), "this day in history"
    )
    units = (
        [f'<p class="article__text">{e(p)}</p>' for p in body[:3]]
        + [b.html for b in shown]
        + [f'<p class="article__text">{e(p)}</p>' for p in body[3:]]
        + [corr.html, ctx.put(policy)]
    )
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (prk, list(range(1, k - 1)), 0.85),
            (pollw, list(range(2, k - 1)), 0.7),
            (today, list(range(3, k)), 0.6),
            (tv, list(range(2, k - 2)), 0.5),
        ],
    )
    side = "\n".join(
        [
            ctx.maybe(horo, 0.8),
            ad_slot("hab-ad", "Anzeige", "traffective-sky"),
            ctx.maybe(lotto, 0.8),
        ]
    )
    main = f"""<main class="page__main">
<article class="article" data-article-id="410284512">
<header class="article__header">
<span class="article__kicker">Hochbahn</span>
<h1 class="article__title">{e(headline)}</h1>
<p class="article__intro">Feuer in Kabelschächten unter den Stahlbögen. Fahrgäste über Notsteg befreit. Ersatzverkehr mit Bussen.</p>
<div class="article__meta"><span class="article__author">Von Jens Oltmanns</span>
<time datetime="{published.isoformat()}">06.12.2026, 19.40 Uhr</time> <span class="article__updated">Aktualisiert: {e(uhr(modified))}</span></div>
<figure class="article__image"><img src="/img/baumwall-brand.jpg" alt=""><figcaption>Feuerwehrleute löschen unter dem Viadukt am Baumwall. Foto: Marcelo Hernandez</figcaption></figure>
</header>
<div class="article__body">
{story}
</div>
<footer class="article__footer">{ctx.put(bio)}</footer>
</article>
<aside class="page__sidebar">{side}</aside>
</main>"""
    pub = org("Hamburger Abendblatt", "https://www.abendblatt.de")
    html = shell(
        ctx,
        lang="de",
        title=f"{headline} - Hamburger Abendblatt",
        canonical=url,
        prefix="hab",
        body_cls="funke-article hab",
        jsonld=[
            news_article(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                author="Jens Oltmanns",
                publisher=pub,
                lang="de",
                section="Hamburg",
            )
        ],
        nav='<nav class="main-nav"><a href="/" class="logo">Hamburger Abendblatt</a><a href="/hamburg/">Hamburg</a> <a href="/region/">Region</a> <a href="/sport/">Sport</a></nav>',
        main=main,
        footer='<footer class="page__footer"><p>© 2026 Hamburger Abendblatt – Funke Mediengruppe</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>',
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Tiroler Tageszeitung (+01:00), live ticker, oldest first


def tt(ctx: Ctx) -> Render:
    url = "https://www.tt.com/artikel/31284471/liveticker-fernpass-schneechaos-lkw-stau-nassereith"
    headline = "Liveticker: Schneechaos am Fernpass – Lkw-Stau bis Nassereith"
    published = at(CET, 6, 17, 5)
    body = [
        "Heftiger Schneefall hat am Sonntagnachmittag den Verkehr über den Fernpass lahmgelegt. Mehrere Lastwagen blieben an der Steigung bei Biberwier hängen, die Straße wurde in beide Richtungen gesperrt.",
        "Das Land Tirol hat für die Nacht eine Schneekettenpflicht für alle Fahrzeuge über 3,5 Tonnen verordnet. Wir berichten laufend, die neuesten Meldungen finden Sie unten.",
    ]
    specs = [
        (
            17,
            35,
            "Erste Lkw stecken bei Biberwier fest",
            [
                "Die Polizei meldet drei Sattelzüge, die an der Steigung oberhalb von Biberwier querstehen. Der Fernpass ist in Richtung Norden gesperrt."
            ],
        ),
        (
            18,
            20,
            "Sperre auch in Richtung Süden",
            [
                "Weil die Räumfahrzeuge nicht mehr durchkommen, hat das Land die B179 ab Lermoos auch in Richtung Nassereith gesperrt."
            ],
        ),
        (
            19,
            5,
            None,
            [
                "Im Gemeindesaal von Nassereith haben Helfer des Roten Kreuzes Tee und Decken für gestrandete Lenker bereitgestellt. Rund 40 Personen sind dort."
            ],
        ),
        (
            20,
            40,
            "Stau reicht bis zur Autobahnabfahrt Imst",
            [
                "Der Rückstau der wartenden Lastwagen reicht mittlerweile bis zur Abfahrt Imst-Pitztal. Die Asfinag empfiehlt, das Inntal nicht zu verlassen."
            ],
        ),
        (
            21,
            55,
            "Räumfahrzeuge aus dem Oberland angefordert",
            [
                "Die Straßenmeisterei Reutte hat zusätzliche Schneepflüge aus Landeck angefordert. Der Schneefall soll laut Geosphere Austria gegen Mitternacht nachlassen."
            ],
        ),
        (
            22,
            48,
            "Bergeunternehmen zieht erste Lkw frei",
            [
                "Ein Abschleppunternehmen aus Ehrwald hat begonnen, die steckengebliebenen Sattelzüge mit Seilwinden freizuziehen. Das dauere pro Fahrzeug rund 20 Minuten."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), head, p)
        for h, m, head, p in specs
    ]
    genuine = Block(
        "live_entry",
        "23:54",
        at(CET, 6, 23, 54),
        "Fernpass in Richtung Norden wieder offen",
        [
            "Die Polizei hat die Sperre in Richtung Reutte aufgehoben. Lastwagen dürfen nur mit Schneeketten fahren, der Verkehr läuft im Schritttempo."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        head = f'<h3 class="tt-ticker__headline">{e(b.head)}</h3>' if b.head else ""
        ps_ = "".join(f'<p class="tt-ticker__text">{e(p)}</p>' for p in b.paras)
        b.html = f'<li class="tt-ticker__item"><span class="tt-ticker__time">{e(b.label or "")}</span>{head}{ps_}</li>'
    modified = shown[-1].ts or published

    camw = cams(
        ctx,
        "tt-webcams",
        "Webcams",
        [
            "Fernpass-Scheitel",
            "Biberwier Ortseinfahrt",
            "Nassereith Kreisverkehr",
            "Lermoos Umfahrung",
            "Imst Autobahnknoten",
        ],
        "{cam}: Bild von {time}",
        2,
        uhr,
    )
    pm = 18 + ctx.rng.randint(0, 12)
    air = text_box(
        "tt-luft",
        "Luftgüte Tirol",
        [
            f"Feinstaub PM10 Imst-Brennbichl: {pm} µg/m³",
            f"Messwerte aktualisiert um {uhr(ctx.ago(5, 35))}",
        ],
        "air-quality or pollen index with its own update time",
    )
    lotto = _lotto(
        ctx,
        "tt-lotto",
        [
            "Lotto 6 aus 45 vom Sonntag: 4, 9, 17, 23, 31, 42 – Zusatzzahl 11",
            "LottoPlus vom Sonntag: 2, 8, 14, 26, 35, 40",
            "Joker vom Sonntag: 7 3 0 9 1 5",
        ],
    )
    events = [
        ("19.30 Uhr", "Adventkonzert in der Stiftskirche Wilten"),
        ("20.00 Uhr", "Poetry Slam im Treibhaus Innsbruck"),
        ("20.00 Uhr", "HC Innsbruck gegen Salzburg, Tiroler Wasserkraft Arena"),
        ("20.30 Uhr", "Krampuslauf-Nachlese im Kulturhaus Imst"),
    ]
    ev = link_list(
        "tt-termine",
        "Heute in Tirol",
        [f"{t} · {w}" for t, w in sorted(pick(ctx, events, 2))],
        "event calendar with clock times",
    )
    pets = [
        "Vermisst seit Samstag: Kater Felix, rot getigert, in Telfs entlaufen. Hinweise an das Tierheim Mentlberg.",
        "Zugelaufen in Hall: junge Beagle-Hündin mit blauem Halsband, derzeit im Tierheim Mentlberg.",
        "Vermisst in Wörgl: Wellensittich Pauli, grün-gelb, hört auf seinen Namen.",
        "Gefunden am Inn-Radweg bei Kufstein: schwarze Katze mit weißer Pfote, gechippt.",
    ]
    pet = text_box(
        "tt-tiere", "Tiere suchen ihre Menschen", pick(ctx, pets, 1), "lost and found pets"
    )
    books = [
        "Monika Helfer: Die Jungfrau",
        "Bernhard Aichner: Der Fund",
        "Felix Mitterer: Die Piefke-Saga neu erzählt",
        "Raphaela Edelbauer: Die Inkommensurablen",
        "Reinhold Messner: Berg-Leben",
    ]
    order = pick(ctx, books, 3)
    best = link_list(
        "tt-bestseller",
        "Tyrolia-Bestseller der Woche",
        [f"{i + 1}. {b}" for i, b in enumerate(order)],
        "bestseller list that reorders",
    )
    episodes = [
        ("Tirol am Punkt: Wer räumt eigentlich den Fernpass?", "18 Min."),
        ("Tirol am Punkt: Der Streit um den Transit", "22 Min."),
        ("Tirol am Punkt: Skisaison mit Kunstschnee", "16 Min."),
    ]
    ep = pick(ctx, episodes, 1)[0]
    pod = W(
        f'<div class="tt-podcast"><p class="tt-podcast__title">{e(ep[0])}</p><span class="tt-podcast__dur">{ep[1]}</span><button>Abspielen</button></div>',
        [ep[0]],
        "podcast player with durations",
    )
    teilnehmer = 1890 + 37 * ctx.n + ctx.rng.randint(0, 25)
    quiz = text_box(
        "tt-quiz",
        "Wochenquiz",
        [
            f"Wie gut kennen Sie Tirol? Bereits {num(teilnehmer, '.')} Leserinnen und Leser haben mitgemacht."
        ],
        "news quiz teaser with a participation count",
    )
    units = [b.html for b in shown]
    k = len(units)
    feed = weave(
        ctx,
        units,
        [
            (camw, list(range(0, k + 1)), 0.85),
            (air, list(range(1, k + 1)), 0.7),
            (pod, list(range(1, k)), 0.6),
            (ev, list(range(2, k + 1)), 0.6),
            (pet, list(range(1, k + 1)), 0.5),
        ],
    )
    side = "\n".join(
        [
            ctx.maybe(best, 0.9),
            ad_slot("tt-ad", "Werbung", "tt-contentad-1"),
            ctx.maybe(lotto, 0.8),
            ctx.maybe(quiz, 0.6),
        ]
    )
    main = f"""<main class="tt-main">
<article class="tt-article tt-article--ticker">
<header class="tt-article__head">
<div class="tt-article__dach">Verkehr</div>
<h1 class="tt-article__title">{e(headline)}</h1>
<div class="tt-article__meta">Von Katharina Pfurtscheller | <time datetime="{published.isoformat()}">06.12.2026, 17:05</time> | Aktualisiert: {e(hm(modified))}</div>
</header>
<div class="tt-article__lead">
{"".join(f'<p class="tt-article__p">{e(p)}</p>' for p in body)}
</div>
<ul class="tt-ticker">
{feed}
</ul>
</article>
<aside class="tt-sidebar">{side}</aside>
</main>"""
    pub = org("Tiroler Tageszeitung", "https://www.tt.com")
    html = shell(
        ctx,
        lang="de-AT",
        title=f"{headline} | Tiroler Tageszeitung Online",
        canonical=url,
        prefix="tt",
        body_cls="tt-page tt-page--article",
        jsonld=[
            news_article(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                author="Katharina Pfurtscheller",
                publisher=pub,
                lang="de-AT",
                section="Verkehr",
            )
        ],
        nav='<nav class="tt-nav"><a href="/" class="tt-logo">Tiroler Tageszeitung</a><a href="/tirol">Tirol</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>',
        main=main,
        footer='<footer class="tt-footer"><p>© 2026 Tiroler Tageszeitung Onlineverlag</p><a href="/impressum">Impressum</a></footer>',
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Mitteldeutsche Zeitung (+01:00), live ticker in microdata, newest first


def mz(ctx: Ctx) -> Render:
    url = "https://www.mz.de/lokal/merseburg/liveticker-grossbrand-chemiepark-leuna-lagerhalle-warnung-4021877"
    headline = "Liveticker: Großbrand in Lagerhalle im Chemiepark Leuna – Warnung für Merseburg"
    published = at(CET, 6, 17, 40)
    body = [
        "Im Chemiepark Leuna steht seit dem späten Sonntagnachmittag eine Lagerhalle mit Verpackungsmaterial in Flammen. Über dem Saalekreis ist eine dunkle Rauchwolke zu sehen.",
        "Die Leitstelle hat über die Warn-App Nina eine Gefahreninformation für Leuna, Merseburg und Bad Dürrenberg verschickt. Wir halten Sie hier auf dem neuesten Stand.",
    ]
    specs = [
        (
            22,
            47,
            "Feuerwehr: Brand unter Kontrolle",
            [
                "Nach Angaben des Kreisbrandmeisters ist das Feuer in der Lagerhalle unter Kontrolle. Die Nachlöscharbeiten werden aber bis in die Morgenstunden dauern."
            ],
        ),
        (
            21,
            58,
            "Messfahrzeuge finden keine Schadstoffe",
            [
                "Die Messtrupps der Feuerwehr haben in Merseburg-Süd und in Bad Dürrenberg Proben genommen. Giftige Stoffe wurden bislang nicht nachgewiesen."
            ],
        ),
        (
            20,
            36,
            None,
            [
                "Die Bahnstrecke zwischen Merseburg und Großkorbetha bleibt wegen des Rauchs vorerst gesperrt, teilt die Deutsche Bahn mit. Reisende sollen mehr Zeit einplanen."
            ],
        ),
        (
            19,
            44,
            "Werksfeuerwehr bekommt Unterstützung aus Halle",
            [
                "Zu den Kräften der Werksfeuerwehr sind Löschzüge der Berufsfeuerwehr Halle und mehrerer Ortswehren aus dem Saalekreis hinzugekommen. Insgesamt sind rund 180 Einsatzkräfte vor Ort."
            ],
        ),
        (
            18,
            52,
            "Anwohner sollen Fenster geschlossen halten",
            [
                "Die Stadt Leuna bittet alle Anwohner, Fenster und Türen geschlossen zu halten und Lüftungsanlagen abzuschalten."
            ],
        ),
        (
            18,
            5,
            "Rauchsäule über dem Chemiepark",
            [
                "Leser melden eine schwarze Rauchsäule über dem Gelände des Chemieparks. Die Polizei bestätigt einen Brand in einer Lagerhalle im Südteil des Werks."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), head, p)
        for h, m, head, p in specs
    ]
    genuine = Block(
        "live_entry",
        "23:53",
        at(CET, 6, 23, 53),
        "Gefahreninformation für den Saalekreis aufgehoben",
        [
            "Die Leitstelle hat die Warnung über Nina zurückgenommen. Fenster dürfen wieder geöffnet werden, teilt der Landkreis mit."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries
    for b in shown:
        head = (
            f'<h2 class="ticker-entry__headline" itemprop="headline">{e(b.head)}</h2>'
            if b.head
            else ""
        )
        ps_ = "".join(f"<p>{e(p)}</p>" for p in b.paras)
        b.html = (
            f'<article class="ticker-entry" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<time class="ticker-entry__time" itemprop="datePublished" datetime="{b.ts.isoformat() if b.ts else ""}">{e(b.label or "")}</time>'
            f'{head}<div class="ticker-entry__body" itemprop="articleBody">{ps_}</div></article>'
        )
    modified = shown[0].ts or published

    pm = 36 + ctx.rng.randint(0, 20) - 2 * ctx.n
    air = text_box(
        "mz-luft",
        "Luftqualität im Saalekreis",
        [
            f"Messstation Leuna: Feinstaub PM10 {pm} µg/m³, Stickstoffdioxid {ctx.rng.randint(18, 34)} µg/m³",
            f"Landesamt für Umweltschutz, aktualisiert um {uhr(ctx.ago(3, 40))}",
        ],
        "air-quality or pollen index with its own update time",
    )
    tv = _tv(ctx, "mz-tv", "Heute Abend im Fernsehen")
    pollw = poll(
        ctx,
        "mz-umfrage",
        "Ihre Meinung",
        "Fühlen Sie sich bei Bränden im Chemiepark ausreichend gewarnt?",
        ["Ja, die Warn-App hat funktioniert", "Nein, ich habe nichts erfahren", "Teils, teils"],
        [38, 40, 22],
        (890, 44),
        lambda v, t: f"{num(v, '.')} Teilnehmer · Stand {uhr(t)}",
        pct="{opt}: {p} %",
    )
    variants = [
        "Weihnachtsmarkt Halle: Diese Stände sind neu",
        "Neue Stände, neue Preise: Was der Hallesche Weihnachtsmarkt bietet",
        "Glühwein für 4,50 Euro? Das kostet der Weihnachtsmarkt in Halle",
    ]
    teaser = link_list(
        "mz-weiterlesen",
        "Weiterlesen",
        [variants[ctx.rng.randint(0, 2)]],
        "A/B headline variants of other stories",
    )
    latest = [
        "Merseburg: Neues Parkhaus am Bahnhof soll 2027 öffnen",
        "Leuna: Raffinerie plant Wasserstoff-Elektrolyse",
        "Saalekreis: Kreistag streitet über Rettungswachen",
        "Bad Dürrenberg: Gradierwerk bekommt neue Schwarzdorn-Wände",
    ]
    bio = text_box(
        "mz-autor",
        "",
        [
            "Undine Kasprzak berichtet für die MZ aus Merseburg und dem Saalekreis.",
            *(f"Mehr von der Autorin: {t}" for t in pick(ctx, latest, 2)),
        ],
        "author bio with rotating latest list",
    )
    recipes = [
        "Rezept des Tages: Halloren-Kugel-Tiramisu für die Adventszeit",
        "Rezept des Tages: Saalekreis-Kartoffelsuppe mit Majoran",
        "Rezept des Tages: Stollenkonfekt aus der Kastenform",
    ]
    recipe = text_box("mz-rezept", "Genuss", pick(ctx, recipes, 1), "recipe of the day")
    day = ctx.local.day
    clue = text_box(
        "mz-raetsel",
        "Rätsel des Tages",
        [
            "Kreuzworträtsel vom 6. Dezember: Fluss durch Halle (5 Buchstaben)"
            if day == 6
            else "Kreuzworträtsel vom 7. Dezember: Stadt am Geiseltalsee (8 Buchstaben)"
        ],
        "puzzle clue of the day",
    )
    readers = counter(ctx, "mz-leser", 2650, 180, "{n} Leser verfolgen diesen Ticker gerade", ".")
    units = [b.html for b in shown]
    k = len(units)
    feed = weave(
        ctx,
        units,
        [
            (air, list(range(0, k + 1)), 0.85),
            (pollw, list(range(1, k)), 0.7),
            (teaser, list(range(1, k + 1)), 0.7),
            (readers, [0, 1], 0.8),
            (tv, list(range(2, k + 1)), 0.5),
        ],
    )
    side = "\n".join(
        [ctx.maybe(recipe, 0.8), ad_slot("mz-ad", "Anzeige", "mz-medrec-1"), ctx.maybe(clue, 0.9)]
    )
    main = f"""<main class="pdb-main">
<article class="pdb-article" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="pdb-article__header">
<p class="pdb-article__topline">Merseburg</p>
<h1 class="pdb-article__headline" itemprop="headline">{e(headline)}</h1>
<p class="pdb-article__author">Von Undine Kasprzak</p>
<p class="pdb-article__date"><time itemprop="datePublished" datetime="{published.isoformat()}">06.12.2026, 17:40</time> · Aktualisiert <time itemprop="dateModified" datetime="{modified.isoformat()}">{e(hm(modified))}</time></p>
</header>
<div class="pdb-article__intro">
{"".join(f'<p class="pdb-richtext">{e(p)}</p>' for p in body)}
</div>
<div class="pdb-ticker">
{feed}
</div>
<footer class="pdb-article__footer">{ctx.put(bio)}</footer>
</article>
<aside class="pdb-aside">{side}</aside>
</main>"""
    pub = org("Mitteldeutsche Zeitung", "https://www.mz.de")
    html = shell(
        ctx,
        lang="de",
        title=f"{headline} | MZ.de",
        canonical=url,
        prefix="mz",
        body_cls="pdb-body",
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "WebPage",
                "url": url,
                "name": headline,
                "publisher": pub,
            }
        ],
        nav='<nav class="pdb-nav"><a href="/" class="pdb-logo">Mitteldeutsche Zeitung</a><a href="/lokal">Lokal</a> <a href="/sachsen-anhalt">Sachsen-Anhalt</a></nav>',
        main=main,
        footer='<footer class="pdb-footer"><p>© 2026 Mediengruppe Mitteldeutsche Zeitung</p><a href="/impressum">Impressum</a></footer>',
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "abendblatt-hamburg-u3-viadukt-baumwall-brand-gesperrt",
        "Hamburger Abendblatt",
        "de",
        "updates",
        CET,
        abendblatt,
    ),
    Site(
        "tt-ticker-fernpass-schneechaos-lkw-stau-nassereith",
        "Tiroler Tageszeitung (AT)",
        "de",
        "live",
        CET,
        tt,
    ),
    Site(
        "mz-ticker-leuna-chemiepark-lagerhalle-brand-warnung",
        "Mitteldeutsche Zeitung",
        "de",
        "live",
        CET,
        mz,
    ),
]
