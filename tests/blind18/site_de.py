"""German-language publishers: Nordkurier, stol.it (Dolomiten), Freiburger Nachrichten."""

from __future__ import annotations

from datetime import datetime

from fx import (
    CARS,
    CHARGE,
    CLUBS,
    CROWD,
    DESK,
    FRONT,
    GOOD,
    MENU,
    NUMBER,
    PRESS,
    QUOTE,
    READING,
    SAVE,
    WILD,
    bl,
    bp,
    dot,
    free,
    ld,
    levels,
    log,
    one,
    rise,
    turn,
    uhr,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    big_footer,
    e,
    mega_nav,
    news_article,
    org,
    shell,
    weave,
)

CET = 1
_DE_SUBS = [
    "Polizei",
    "Verkehr",
    "Wetter",
    "Politik",
    "Schule",
    "Gesundheit",
    "Wirtschaft",
    "Kultur",
    "Gericht",
    "Freizeit",
    "Meinung",
    "Traueranzeigen",
]


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Service": ["Abo-Service", "E-Paper", "Newsletter", "Mediadaten", "Anzeigen aufgeben"],
            "Rechtliches": [
                "Impressum",
                "Datenschutz",
                "AGB",
                "Cookie-Einstellungen",
                "Barrierefreiheit",
            ],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Nordkurier (+01:00), custom CMS with the body split into a free part and a "Plus" part, updates:
# an italic bold "Korrektur:" at the top; bold "Update vom 6. Dezember 2026, 21.10 Uhr:" leads
# (full date) in the body's paragraph class after the story, oldest first. The body has a list of
# detours and is split by a photo and an ad.


def nordkurier(ctx: Ctx) -> Render:
    url = "https://www.nordkurier.de/regional/vorpommern/peenebruecke-wolgast-klemmt-usedom-zufahrt-gesperrt-2841977"
    headline = "Peenebrücke in Wolgast klemmt nach Öffnung – Zufahrt nach Usedom gesperrt"
    published = at(CET, 6, 19, 5)
    cls = "nk-text"
    body = [
        "Wolgast. Die Klappbrücke über den Peenestrom in Wolgast lässt sich seit Sonntagnachmittag nicht mehr schließen. Die Insel Usedom ist über die B111 nicht mehr zu erreichen.",
        "Nach Angaben des Wasserstraßen- und Schifffahrtsamts war die Brücke um 16.45 Uhr für einen Segler geöffnet worden. Beim Absenken sei eine Hydraulikleitung geplatzt, seitdem stehe die Klappe senkrecht in der Luft.",
        "Autofahrer werden über die Zecheriner Brücke bei Anklam umgeleitet. Für viele bedeutet das einen Umweg von rund 40 Kilometern.",
        "Auch die Usedomer Bäderbahn ist betroffen: Die Züge aus Züssow enden in Wolgast Hafen, Reisende nach Usedom steigen dort in Busse um.",
        "Die wichtigsten Umleitungen im Überblick:",
        "Autos nach Usedom: über Anklam und die Zecheriner Brücke (B110)",
        "Ersatzbusse der Bäderbahn: ab Wolgast Hafen über Anklam nach Zinnowitz",
        "Fußgänger und Radfahrer: keine Querung des Peenestroms möglich",
        "„Wir haben hier Pendler, die morgen früh zur Arbeit nach Greifswald müssen“, sagte ein Sprecher der Stadt Wolgast. „Für die ist das eine Katastrophe.“",
        "Ein Techniker-Team ist nach Angaben des Amts auf dem Weg. Wann die Brücke wieder schließt, ist offen.",
        "Für Notfälle auf der Insel hat der Landkreis Vorpommern-Greifswald zusätzliche Rettungswagen nach Zinnowitz und Heringsdorf verlegt.",
    ]
    corr = Block(
        "correction",
        "Korrektur",
        None,
        None,
        [
            "In einer früheren Fassung hieß es, die Brücke sei für ein Frachtschiff geöffnet worden. Es handelte sich um einen Segler."
        ],
    )
    notes = [
        Block(
            "update",
            "Update vom 6. Dezember 2026, 21.10 Uhr",
            at(CET, 6, 21, 10),
            None,
            [
                "Die Feuerwehr hat die Zufahrten zur Brücke auf beiden Seiten abgesperrt. Schaulustige sollen sich von der Schlossinsel fernhalten."
            ],
        ),
        Block(
            "update",
            "Update vom 6. Dezember 2026, 22.25 Uhr",
            at(CET, 6, 22, 25),
            None,
            [
                "Die Techniker sind eingetroffen. Nach ersten Erkenntnissen muss ein Ersatzteil aus Hamburg kommen, die Sperrung dauert damit mindestens bis Montagmittag."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update vom 6. Dezember 2026, 23.52 Uhr",
        at(CET, 6, 23, 52),
        None,
        [
            "Ab 4.30 Uhr setzt die Bäderbahn zusätzliche Ersatzbusse zwischen Wolgast Hafen und Zinnowitz ein, teilte das Unternehmen mit."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    corr.html = (
        f'<p class="{cls}"><em><strong>{e(corr.label or "")}:</strong> {e(corr.paras[0])}</em></p>'
    )
    modified = shown[-1].ts or published

    wild = bp(
        cls,
        "Gemeldete Sichtungen heute: "
        + "; ".join(
            log(
                ctx,
                [
                    "Wolf bei Lassan",
                    "Wolf an der B111 bei Hohendorf",
                    "zwei Wölfe am Waldrand bei Buggenhagen",
                    "Wolf auf einem Feld bei Groß Ernsthof",
                    "Wolf am Ortsrand von Zemitz",
                    "Wolf an der Bahnstrecke bei Buddenhagen",
                ],
                3,
                uhr,
                lo=8,
                hi=240,
            )
        )
        + ".",
        WILD,
        lead=f"Wolfsmonitoring, Stand {uhr(ctx.ago(1, 10))}:",
    )
    charge = bp(
        cls,
        "Frei sind "
        + free(
            ctx,
            ctx.rng.sample(
                [
                    ("am Hafen Wolgast", 4),
                    ("am Bahnhof Züssow", 2),
                    ("am Markt in Anklam", 2),
                    ("am Kaufland Wolgast", 4),
                    ("an der Strandpromenade Zinnowitz", 2),
                ],
                3,
            ),
            lambda name, k, total: f"{k} von {total} {name}",
        )
        + ".",
        CHARGE,
        lead=f"Ladesäulen, Stand {uhr(ctx.ago(1, 6))}:",
    )
    reading = bp(
        cls,
        "„Mache dich auf, werde licht; denn dein Licht kommt, und die Herrlichkeit des Herrn geht auf über dir!“ (Jesaja 60,1)"
        if ctx.local.day == 6
        else "„Tröstet, tröstet mein Volk! spricht euer Gott.“ (Jesaja 40,1)",
        READING,
        lead="Die Losung für heute:",
    )
    press = bp(
        cls,
        turn(
            ctx,
            [
                "Die „Ostsee-Zeitung“ meint zum Nahverkehr auf dem Land: „Wer Busse streicht, darf sich über leere Dörfer nicht wundern.“",
                "Die „Schweriner Volkszeitung“ schreibt zum Landeshaushalt: „Sparen ist richtig, aber nicht an den Schulen.“",
                "Die „Märkische Oderzeitung“ kommentiert die Grenzkontrollen: „Pendler zahlen den Preis für Symbolpolitik.“",
                "Die „Lausitzer Rundschau“ zum Strukturwandel: „Die Milliarden kommen an, die Arbeitsplätze noch nicht.“",
                "Die „Volksstimme“ zur Windkraft: „Akzeptanz entsteht vor Ort, nicht in Berlin.“",
            ],
            "press",
        ),
        PRESS,
        lead="Presseschau:",
    )
    cars = bl(
        "nk-list",
        "",
        [
            "Gebrauchtwagen: "
            + turn(
                ctx,
                [
                    "VW Golf 1.5 TSI, EZ 2021, 48.000 km, 18.900 Euro, Greifswald",
                    "Opel Astra Sports Tourer, EZ 2019, 91.000 km, 11.450 Euro, Anklam",
                    "Skoda Fabia Combi, EZ 2020, 63.000 km, 10.990 Euro, Pasewalk",
                    "Ford Kuga Hybrid, EZ 2022, 29.000 km, 24.800 Euro, Neubrandenburg",
                    "Dacia Duster, EZ 2021, 37.000 km, 14.300 Euro, Demmin",
                    "Toyota Yaris, EZ 2018, 72.000 km, 9.200 Euro, Wolgast",
                ],
                "cars",
            ),
            "Mehr Angebote im Automarkt des Nordkurier",
        ],
        CARS,
    )
    menu = bp(
        cls,
        "Grundschule Wolgast: Kartoffelsuppe mit Würstchen, dazu Apfelmus; vegetarisch: Milchreis mit Kirschen.",
        MENU,
        lead="Schulessen am Montag:",
    )
    front = bp(
        cls,
        f"Aufmacher ist „{one(ctx, ['Brücke klemmt, Insel abgeschnitten', 'Usedom ohne Brücke', 'Warten auf das Ersatzteil', 'Pendler-Chaos am Peenestrom'])}“, dazu auf Seite 1: "
        + one(
            ctx,
            [
                "der Kreistag zum Krankenhaus Wolgast",
                "der Auswärtssieg von Hansa Rostock",
                "die neuen Müllgebühren",
                "die Eisbader von Ahlbeck",
            ],
        )
        + ".",
        FRONT,
        lead=f"Die Montagsausgabe, Stand {uhr(ctx.ago(2, 28))}:",
    )

    fig = (
        '<figure class="nk-figure"><picture><img src="/img/2026/12/06/peenebruecke-wolgast-offen.jpg" alt="" loading="lazy"></picture>'
        '<figcaption class="nk-figure__caption">Die Klappe der Peenebrücke steht seit dem Nachmittag senkrecht. <span class="nk-figure__credit">Foto: Stefan Sauer</span></figcaption></figure>'
    )
    ad = ad_slot("nk-ad", "Anzeige", "nk_content_2")
    plus = '</div>\n<div class="nk-article__plus" data-paywall="plus">'
    items = "".join(f"<li>{e(x)}</li>" for x in body[5:8])
    units = [corr.html] + [f'<p class="{cls}">{e(p)}</p>' for p in body[:2]] + [plus, fig]
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[2:5]]
    units += [f'<ul class="nk-list">{items}</ul>', ad]
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[8:]] + [b.html for b in shown]
    k = len(units)
    end = k - len(shown)
    story = weave(
        ctx,
        units,
        [
            (wild, list(range(end - 2, k + 1)), 0.85),
            (charge, [1, 2, 3, 5, 6, end, end + 1, k], 0.85),
            (reading, [end, end + 1, k], 0.8),
            (press, list(range(5, k + 1)), 0.7),
            (cars, [8, 9, 10, end, k], 0.75),
            (menu, [3, 4, end - 1, k], 0.6),
            (front, list(range(end, k + 1)), 0.8),
        ],
    )
    main = f"""<main class="nk-main">
<div class="nk-container nk-container--article">
<article class="nk-article" data-id="2841977">
<header class="nk-article__header">
<span class="nk-article__kicker">Peenestrom</span>
<h1 class="nk-article__title">{e(headline)}</h1>
<p class="nk-article__lead">Die Insel Usedom ist über Wolgast nicht mehr zu erreichen. Autofahrer müssen den Umweg über Anklam nehmen.</p>
<div class="nk-article__meta"><span class="nk-article__author">Von Jens Brüggemann</span> · <time datetime="{published.isoformat()}">06.12.2026, 19:05 Uhr</time> · <span class="nk-article__updated">Zuletzt aktualisiert {e(uhr(modified))}</span></div>
</header>
<figure class="nk-figure nk-figure--lead"><picture><img src="/img/2026/12/06/peenebruecke-wolgast.jpg" alt=""></picture><figcaption class="nk-figure__caption">Die Peenebrücke in Wolgast am Sonntagabend. <span class="nk-figure__credit">Foto: Stefan Sauer</span></figcaption></figure>
<div class="nk-article__body">
<div class="nk-article__free">
{story}
</div>
</div>
</article>
</div>
</main>"""
    html = shell(
        ctx,
        lang="de-DE",
        title=f"{headline} | Nordkurier",
        canonical=url,
        prefix="nk",
        body_cls="nk-page nk-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Jens Brüggemann",
                    publisher=org("Nordkurier", "https://www.nordkurier.de"),
                    lang="de-DE",
                    section="Vorpommern",
                )
            )
        ],
        nav=mega_nav(
            "nk",
            "Nordkurier",
            "/",
            ["Regional", "Mecklenburg-Vorpommern", "Politik", "Sport", "Ratgeber", "Panorama"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("nk", "© 2026 Nordkurier Mediengruppe GmbH & Co. KG"),
    )
    return Render(html, body, [corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# stol.it / Dolomiten (+01:00), custom, live, oldest first: <article> posts with an <h4> clock
# heading "19.10 Uhr" + <h3> (one without headline) in schema.org microdata (LiveBlogPosting >
# liveBlogUpdate); the JSON-LD is only a BreadcrumbList.


def stol(ctx: Ctx) -> Render:
    url = "https://www.stol.it/artikel/chronik/ticker-mure-bei-klausen-brennerautobahn-gesperrt"
    headline = "Ticker: Mure bei Klausen – Brennerautobahn in beide Richtungen gesperrt"
    published = at(CET, 6, 18, 20)
    cls = "stol-text"
    body = [
        "Nach heftigen Regenfällen ist am Sonntagabend zwischen Klausen und Waidbruck eine Mure auf die Brennerautobahn niedergegangen. Die A22 ist zwischen Brixen und Bozen Nord in beide Richtungen gesperrt.",
        "Verletzt wurde nach ersten Informationen niemand. Alle Entwicklungen lesen Sie hier im Ticker.",
    ]
    specs = [
        (
            18,
            25,
            "Mure auf der Autobahn",
            "Gegen 18.15 Uhr hat sich oberhalb der Autobahn bei Klausen Geröll gelöst. Schlamm und Steine bedecken beide Fahrbahnen auf rund 50 Metern.",
        ),
        (
            19,
            10,
            "Stau bis Sterzing",
            "Auf der A22 staut sich der Verkehr in Richtung Süden bis Sterzing. Die Autobahngesellschaft leitet die Autos in Brixen von der Autobahn ab.",
        ),
        (
            20,
            5,
            None,
            "Auch die Staatsstraße durch das Eisacktal ist zwischen Klausen und Kollmann wegen Steinschlaggefahr gesperrt.",
        ),
        (
            21,
            0,
            "Brennerbahn nicht betroffen",
            "Die Züge zwischen Bozen und Brixen fahren nach einer kurzen Unterbrechung am frühen Abend wieder nach Fahrplan.",
        ),
        (
            21,
            50,
            "Landesgeologe vor Ort",
            "Der Landesgeologe begutachtet den Hang oberhalb der Autobahn. Erst danach dürfen die Bagger mit dem Räumen beginnen.",
        ),
        (
            22,
            40,
            "Räumung hat begonnen",
            "Sechs Bagger und zwölf Lkw haben mit dem Abtransport des Materials begonnen. Die Autobahn bleibt laut A22 mindestens bis Montagfrüh gesperrt.",
        ),
    ]
    entries = [
        Block("live_entry", uhr(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23.53 Uhr",
        at(CET, 6, 23, 53),
        "Eine Spur Richtung Bozen offen",
        [
            "Die Autobahngesellschaft hat eine Fahrspur in Richtung Süden wieder geöffnet. Richtung Brenner bleibt die A22 bei Klausen gesperrt."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def post(label: str, head: str | None, text: str, micro: datetime | None) -> str:
        if micro:
            attrs = ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            meta = f'<meta itemprop="datePublished" content="{micro.isoformat()}">'
            hp, bp_ = ' itemprop="headline"', ' itemprop="articleBody"'
        else:
            attrs = meta = hp = bp_ = ""
        hd = f'<h3 class="stol-ticker__title"{hp}>{e(head)}</h3>' if head else ""
        return (
            f'<article class="stol-ticker__post"{attrs}>{meta}<h4 class="stol-ticker__time">{e(label)}</h4>'
            f'{hd}<div class="stol-ticker__body"{bp_}><p class="{cls}">{e(text)}</p></div></article>'
        )

    for b in shown:
        b.html = post(b.label or "", b.head, b.paras[0], b.ts)
    modified = shown[-1].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        label = uhr(ctx.ago(1, 22))
        return W(post(label, title, text, None), [title, text], kind, [label])

    crowd = fake(
        "SAD-Busse: So voll ist es jetzt",
        "; ".join(
            levels(
                ctx,
                [
                    "Linie 350 Brixen–Klausen",
                    "Linie 110 Bozen–Leifers",
                    "Linie 201 Bozen–Meran",
                    "Ersatzbus Brixen–Bozen",
                    "Linie 320 Brixen–Bruneck",
                ],
                ["Sitzplätze frei", "nur Stehplätze", "voll", "Sitzplätze frei"],
                3,
            )
        )
        + f". Stand {uhr(ctx.ago(1, 8))}.",
        CROWD,
    )
    wild = fake(
        "Wildtier-Sichtungen im Eisacktal",
        "Beim Amt für Wildtiermanagement gemeldet: "
        + "; ".join(
            log(
                ctx,
                [
                    "Wolf oberhalb von Feldthurns",
                    "Rotwild auf der Staatsstraße bei Kollmann",
                    "Fuchs in der Klausner Altstadt",
                    "Wolf bei Villanders",
                    "Gämsen an der Autobahnausfahrt Klausen",
                    "Wildschwein bei Barbian",
                ],
                3,
                uhr,
                lo=5,
                hi=180,
            )
        )
        + ".",
        WILD,
    )
    charge = fake(
        "E-Ladesäulen: jetzt frei",
        free(
            ctx,
            ctx.rng.sample(
                [
                    ("Brixen Bahnhof", 4),
                    ("Klausen, Parkplatz Frag", 2),
                    ("Raststätte Plose", 6),
                    ("Bozen Nord", 4),
                    ("Waidbruck Dorf", 2),
                ],
                3,
            ),
            lambda name, k, total: f"{name} {k} von {total}",
        )
        + f" (Stand {uhr(ctx.ago(1, 6))}).",
        CHARGE,
    )
    reading = bp(
        cls,
        "Zweiter Adventssonntag, Markus 1,1–8: „Bereitet den Weg des Herrn, macht seine Steige richtig!“"
        if ctx.local.day == 6
        else "Hl. Ambrosius, Lukas 5,17–26: „Mensch, deine Sünden sind dir vergeben.“",
        READING,
        lead="Das Evangelium vom Tag:",
    )
    quote = bp(
        cls,
        "„Man muss noch Chaos in sich haben, um einen tanzenden Stern gebären zu können.“ – Friedrich Nietzsche",
        QUOTE,
        lead="Gedanke des Tages:",
    )
    clubs = fake(
        "Aus den Vereinen",
        " ".join(
            ctx.rng.sample(
                [
                    "Die Schützenkompanie Klausen verschiebt ihre Jahreshauptversammlung auf den 13. Dezember.",
                    "Der Kirchenchor Lajen probt am Mittwoch um 20 Uhr im Vereinshaus.",
                    "Die Freiwillige Feuerwehr Villanders lädt am Samstag zum Adventmarkt am Dorfplatz.",
                    "Der Alpenverein Brixen sagt die Skitour auf die Plose wegen Lawinengefahr ab.",
                    "Die Musikkapelle Feldthurns sucht Nachwuchs für das Flügelhorn.",
                ],
                2,
            )
        ),
        CLUBS,
    )
    number = fake(
        "Zahl des Tages",
        turn(
            ctx,
            [
                "1850: So viele Lkw fahren an einem gewöhnlichen Sonntag über den Brenner.",
                "42: Gemeinden in Südtirol haben heuer einen Notfallplan für den Winterdienst beschlossen.",
                "7,3: Prozent mehr Nächtigungen im November als im Vorjahr.",
                "118: Muren hat der Landesgeologische Dienst seit Jahresbeginn aufgenommen.",
                "15: Grad hatte es am Samstag in Bozen – ein Dezember-Rekord.",
            ],
            "number",
        ),
        NUMBER,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(reading, [0, 1, 2], 0.75), (quote, [1, 2], 0.6)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (crowd, list(range(0, n + 1)), 0.85),
            (wild, list(range(1, n + 1)), 0.8),
            (charge, list(range(2, n + 1)), 0.8),
            (clubs, list(range(0, n)), 0.7),
            (number, [0, 1, n - 1, n], 0.75),
        ],
    )
    main = f"""<main class="stol-main" id="main">
<div class="stol-grid"><div class="stol-grid__main">
<article class="stol-article stol-article--ticker" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="datePublished" content="{published.isoformat()}"><meta itemprop="dateModified" content="{modified.isoformat()}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="stol-article__header"><span class="stol-article__ressort">Chronik</span>
<h1 class="stol-article__title" itemprop="headline">{e(headline)}</h1>
<p class="stol-article__teaser">Geröll und Schlamm auf 50 Metern: Zwischen Brixen und Bozen Nord geht auf der A22 nichts mehr.</p>
<div class="stol-article__info">Von Magdalena Obexer · {published.strftime("%d.%m.%Y")} · Letztes Update: {e(uhr(modified))}</div>
</header>
<div class="stol-article__intro">
{intro}
</div>
{ad_slot("stol-ad", "Werbung", "stol_ticker_medrec")}
<div class="stol-ticker" id="ticker">
{feed}
</div>
</article>
</div></div>
</main>"""
    html = shell(
        ctx,
        lang="de-IT",
        title=f"{headline} | stol.it",
        canonical=url,
        prefix="stol",
        body_cls="stol-body stol-body--article",
        jsonld=[
            ld(
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "name": "Chronik",
                            "item": "https://www.stol.it/chronik",
                        },
                        {"@type": "ListItem", "position": 2, "name": headline, "item": url},
                    ],
                }
            )
        ],
        nav=mega_nav(
            "stol",
            "stol.it",
            "/",
            ["Lokal", "Chronik", "Politik", "Wirtschaft", "Sport", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("stol", "© 2026 Athesia Druck GmbH"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Freiburger Nachrichten (+01:00), custom, live, newest first: <div> entries with a bold clock
# "22.35 Uhr" and the author's initials on one line + <h3> (one without headline); no live-blog
# markup at all (the JSON-LD is only a NewsArticle).


def fn(ctx: Ctx) -> Render:
    url = "https://www.freiburger-nachrichten.ch/freiburg/ticker-brand-im-auquartier-bewohner-evakuiert"
    headline = "Ticker: Grossbrand im Auquartier – Bewohner von vier Altstadthäusern evakuiert"
    published = at(CET, 6, 19, 40)
    cls = "fn-text"
    body = [
        "Im Freiburger Auquartier ist am Sonntagabend in einem Altstadthaus an der Samaritergasse ein Feuer ausgebrochen. Die Bewohner von vier Häusern mussten ihre Wohnungen verlassen.",
        "Die Feuerwehr Freiburg ist mit einem Grossaufgebot vor Ort, die Unterstadt ist für den Verkehr gesperrt. Wir berichten laufend.",
    ]
    specs = [
        (
            19,
            52,
            "Rauch über der Unterstadt",
            "Anwohner melden dichten Rauch über dem Auquartier. Die Feuerwehr ist mit mehreren Fahrzeugen ausgerückt.",
            "mab",
        ),
        (
            20,
            30,
            "Vier Häuser evakuiert",
            "Die Kantonspolizei hat die Bewohner von vier Häusern an der Samaritergasse in Sicherheit gebracht. Sie werden im Pfarreisaal St. Johann betreut.",
            "mab",
        ),
        (
            21,
            15,
            None,
            "Die Buslinie 4 in die Unterstadt fährt bis auf Weiteres nur bis zum Rathaus. Auch die Standseilbahn ist ausser Betrieb.",
            "jlb",
        ),
        (
            21,
            58,
            "Feuer unter Kontrolle",
            "Laut Feuerwehr ist der Brand unter Kontrolle. Der Dachstock des Hauses ist jedoch vollständig ausgebrannt.",
            "jlb",
        ),
        (
            22,
            35,
            "Keine Verletzten",
            "Ein Sprecher der Kantonspolizei bestätigt, dass niemand verletzt wurde. Eine Katze wurde aus dem Nachbarhaus gerettet.",
            "mab",
        ),
        (
            22,
            51,
            "Brandursache unklar",
            "Die Brandermittler können das Haus erst am Montag betreten. Die Polizei schliesst zum jetzigen Zeitpunkt nichts aus.",
            "jlb",
        ),
    ]
    entries = [
        Block("live_entry", uhr(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t, _ in specs
    ]
    authors = {uhr(at(CET, 6, h, m)): a for h, m, _, _, a in specs} | {"23.54 Uhr": "mab"}
    genuine = Block(
        "live_entry",
        "23.54 Uhr",
        at(CET, 6, 23, 54),
        "Bewohner dürfen zurück",
        [
            "Die Bewohner von drei der vier evakuierten Häuser können noch in der Nacht in ihre Wohnungen zurückkehren, teilt die Feuerwehr mit."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def entry(label: str, who: str, head: str | None, text: str) -> str:
        hd = f'<h3 class="fn-ticker__title">{e(head)}</h3>' if head else ""
        return (
            f'<div class="fn-ticker__entry"><div class="fn-ticker__meta"><b class="fn-ticker__clock">{e(label)}</b> '
            f'<span class="fn-ticker__author">{e(who)}</span></div>{hd}<p class="{cls}">{e(text)}</p></div>'
        )

    for b in shown:
        b.html = entry(b.label or "", authors[b.label or ""], b.head, b.paras[0])
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        label = uhr(ctx.ago(1, 20))
        return W(entry(label, "Red.", title, text), [title, text], kind, [f"{label} Red."])

    crowd = fake(
        "So voll sind die TPF-Busse",
        "; ".join(
            levels(
                ctx,
                [
                    "Linie 1 Marly–Portes de Fribourg",
                    "Linie 2 Schönberg",
                    "Linie 4 Auquartier (verkürzt)",
                    "Linie 5 Villars-sur-Glâne",
                    "Linie 3 Pérolles",
                ],
                ["viele Sitzplätze frei", "nur Stehplätze", "Sitzplätze frei"],
                3,
            )
        )
        + f". Stand {dot(ctx.ago(1, 7))} Uhr.",
        CROWD,
    )
    desk = fake(
        "Ihre Hinweise an die Redaktion",
        f"Heute Abend sind bei der FN-Redaktion {rise(ctx, 27, 3, 2)} Hinweise und Fotos zum Brand eingegangen. Nachtdienst bis 1 Uhr: "
        + one(ctx, ["Marc-Antoine Bapst", "Jasmin Lötscher", "Urs Haenni"])
        + ".",
        DESK,
    )
    good = fake(
        "Die gute Nachricht",
        turn(
            ctx,
            [
                "Die Stadt hat für den Weihnachtsmarkt auf dem Pythonplatz 14 Standplätze vergeben, alle an Vereine aus der Region.",
                "Ein Bub aus Düdingen hat mit seinem Sparschwein 812 Franken für das Tierheim gesammelt.",
                "Die Feuerwehr Murten hat einen Schwan aus dem zugefrorenen Hafenbecken befreit.",
                "Das Kantonsspital meldet seit Jahresbeginn 2140 Geburten, so viele wie nie.",
                "Ein Sensler Bauer hat auf seinem Acker einen vor 40 Jahren verlorenen Ehering gefunden.",
            ],
            "good",
        ),
        GOOD,
    )
    save = fake(
        "Energiespartipp",
        turn(
            ctx,
            [
                "Stosslüften statt Kippfenster: Fünf Minuten mit weit offenem Fenster sparen mehr Heizenergie als ein Fenster, das den ganzen Tag gekippt ist.",
                "Ein Grad weniger Raumtemperatur spart rund sechs Prozent Heizkosten.",
                "Heizkörper nicht mit Möbeln oder Vorhängen verdecken, sonst staut sich die Wärme.",
                "Den Kühlschrank auf 7 Grad stellen: Kälter muss er nicht sein.",
                "Deckel auf den Kochtopf: So braucht das Wasser bis zu einem Drittel weniger Strom.",
            ],
            "save",
        ),
        SAVE,
    )
    cars = fake(
        "FN-Automarkt",
        turn(
            ctx,
            [
                "Occasion: VW Tiguan 2.0 TDI 4Motion, 2020, 68 000 km, 27 900 Franken, Bulle.",
                "Occasion: Škoda Octavia Combi, 2019, 94 000 km, 15 400 Franken, Düdingen.",
                "Occasion: Toyota RAV4 Hybrid, 2021, 41 000 km, 31 500 Franken, Murten.",
                "Occasion: Renault Clio, 2018, 77 000 km, 8900 Franken, Tafers.",
                "Occasion: Subaru Outback, 2017, 112 000 km, 13 800 Franken, Romont.",
            ],
            "cars",
        ),
        CARS,
    )
    quote = bp(
        cls,
        "„Es ist nicht genug zu wissen, man muss auch anwenden.“ – Johann Wolfgang von Goethe",
        QUOTE,
        lead="Zitat des Tages:",
    )
    menu = bp(
        cls,
        "Tagesschulen der Stadt Freiburg: Älplermagronen mit Apfelmus und Randensalat, zum Dessert Mandarinen.",
        MENU,
        lead="Mittagsmenü am Montag:",
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(quote, [0, 1, 2], 0.6), (menu, [1, 2], 0.65)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (crowd, list(range(0, n + 1)), 0.85),
            (desk, [0, 1, 2, 3], 0.85),
            (good, list(range(1, n + 1)), 0.75),
            (save, list(range(2, n + 1)), 0.75),
            (cars, [0, n - 2, n - 1, n], 0.7),
        ],
    )
    main = f"""<main class="fn-main">
<div class="fn-article-wrap">
<article class="fn-article fn-article--ticker">
<header class="fn-article__header">
<div class="fn-article__overline">Freiburg</div>
<h1 class="fn-article__title">{e(headline)}</h1>
<p class="fn-article__lead">Feuer an der Samaritergasse: Die Unterstadt ist gesperrt, die Bewohner werden im Pfarreisaal betreut.</p>
<div class="fn-article__meta"><span>Marc-Antoine Bapst, Jasmin Lötscher</span> · <time datetime="{published.isoformat()}">06.12.2026, 19.40 Uhr</time> · <span>Aktualisiert: {e(uhr(modified))}</span></div>
</header>
<div class="fn-article__lead-text">
{intro}
</div>
{ad_slot("fn-ad", "Werbung", "fn_ticker_rectangle")}
<div class="fn-ticker" data-order="desc">
{feed}
</div>
</article>
</div>
</main>"""
    html = shell(
        ctx,
        lang="de-CH",
        title=f"{headline} | Freiburger Nachrichten",
        canonical=url,
        prefix="fn",
        body_cls="fn-body",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Marc-Antoine Bapst",
                    publisher=org(
                        "Freiburger Nachrichten", "https://www.freiburger-nachrichten.ch"
                    ),
                    lang="de-CH",
                    section="Freiburg",
                )
            )
        ],
        nav=mega_nav(
            "fn",
            "Freiburger Nachrichten",
            "/",
            ["Freiburg", "Sense", "See", "Sport", "Schweiz", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("fn", "© 2026 Freiburger Nachrichten AG"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "nordkurier-wolgast-peenebruecke-klemmt-usedom-zufahrt-gesperrt",
        "Nordkurier",
        "de",
        "updates",
        CET,
        nordkurier,
    ),
    Site(
        "stol-ticker-mure-klausen-brennerautobahn-a22-gesperrt",
        "stol.it / Dolomiten (IT)",
        "de",
        "live",
        CET,
        stol,
    ),
    Site(
        "freiburgernachrichten-ticker-brand-auquartier-altstadthaeuser-evakuiert",
        "Freiburger Nachrichten (CH)",
        "de",
        "live",
        CET,
        fn,
    ),
]
