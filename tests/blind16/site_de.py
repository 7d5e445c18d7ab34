"""German-language publishers: Main-Post, Schwäbische Zeitung, NÖN (Niederösterreichische
Nachrichten)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    APPOINT,
    BURGLARY,
    CALLOFF,
    DEBT,
    GIFT,
    OUTAGE,
    POST,
    RACE,
    SHELTER,
    SPOTLIGHT,
    TICKETS,
    TIPPING,
    TRIPS,
    bl,
    board,
    bp,
    drift,
    fall,
    hm,
    ld,
    num,
    one,
    rise,
    slot,
    ticking,
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
    pick,
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
_WEEKDAY = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Service": ["Abo-Service", "E-Paper", "Newsletter", "Leserreisen", "Anzeigen aufgeben"],
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


def _termin(ctx: Ctx, days: list[int]) -> str:
    day, h, m = slot(ctx, days)
    wd = _WEEKDAY[datetime(2026, 12, day).weekday()]
    return f"{wd}, {day}. Dezember, um {h}.{m:02d} Uhr"


# ---------------------------------------------------------------------------------------------
# Main-Post (+01:00), updates: bold "Aktualisierung (6.12.2026, 22.05 Uhr):" leads in the body class
# at the top, newest first; an italic "Dieser Artikel wurde aktualisiert …" and an italic bold
# "Korrekturhinweis:" at the bottom


def mainpost(ctx: Ctx) -> Render:
    url = "https://www.mainpost.de/regional/wuerzburg/wasserrohrbruch-in-der-juliuspromenade-hunderte-haushalte-ohne-wasser-art-11284417"
    headline = "Wasserrohrbruch in der Juliuspromenade: Hunderte Würzburger Haushalte ohne Wasser"
    published = at(CET, 6, 18, 20)
    cls = "mp-article__text"
    body = [
        "Würzburg – Ein Wasserrohrbruch unter der Juliuspromenade hat am Sonntagabend Teile der Würzburger Innenstadt unter Wasser gesetzt und Hunderte Haushalte von der Trinkwasserversorgung abgeschnitten.",
        "Nach Angaben der Würzburger Versorgungs- und Verkehrs-GmbH (WVV) brach die Hauptleitung gegen 17.30 Uhr auf Höhe des Juliusspitals. Das Wasser schoss durch den Asphalt und lief bis in die Kaiserstraße.",
        "Die Feuerwehr pumpte mehrere Keller in der Theaterstraße und in der Juliuspromenade aus. Verletzt wurde nach ersten Erkenntnissen niemand.",
        "„Es hat gesprudelt wie ein Springbrunnen, mitten auf der Straße“, sagte Anwohnerin Hildegard Reinhart, die gerade vom Weihnachtsmarkt am Marktplatz kam.",
        "Die Straßenbahnlinien 1, 3 und 5 fahren zwischen Hauptbahnhof und Dom nicht mehr. Die WVV hat einen Ersatzverkehr mit Bussen eingerichtet.",
        "Betroffen sind nach Angaben des Versorgers rund 600 Haushalte in der Innenstadt sowie das Juliusspital, das über eine eigene Notversorgung verfügt.",
    ]
    notes = [
        Block(
            "update",
            "Aktualisierung (6.12.2026, 22.05 Uhr)",
            at(CET, 6, 22, 5),
            None,
            [
                "Die WVV hat die Leitung abgesperrt, die Reparatur soll in der Nacht beginnen. An der Juliuspromenade und am Barbarossaplatz stehen zwei Wasserwagen bereit."
            ],
        ),
        Block(
            "update",
            "Aktualisierung (6.12.2026, 20.10 Uhr)",
            at(CET, 6, 20, 10),
            None,
            [
                "Die Polizei hat die Juliuspromenade zwischen Barbarossaplatz und Kranenkai gesperrt. Autofahrer sollen den Bereich weiträumig umfahren."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aktualisierung (6.12.2026, 23.52 Uhr)",
        at(CET, 6, 23, 52),
        None,
        [
            "Die meisten Haushalte haben wieder Wasser, teilt die WVV mit. In der Theaterstraße soll die Versorgung bis Montagfrüh wiederhergestellt sein."
        ],
    )
    upd = Block(
        "update",
        None,
        None,
        None,
        ["Dieser Artikel wurde aktualisiert und um Angaben der Feuerwehr Würzburg ergänzt."],
    )
    corr = Block(
        "correction",
        "Korrekturhinweis",
        None,
        None,
        [
            "In einer früheren Fassung hieß es, auch die Straßenbahnlinie 4 sei betroffen. Das ist nicht der Fall."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    upd.html = f'<p class="{cls}"><em>{e(upd.paras[0])}</em></p>'
    corr.html = (
        f'<p class="{cls}"><em><strong>Korrekturhinweis:</strong> {e(corr.paras[0])}</em></p>'
    )
    modified = shown[0].ts or published

    telekom = rise(ctx, 86, 9, 6)
    outage = bp(
        cls,
        one(
            ctx,
            [
                f"Aus Würzburg melden Nutzer seit 22 Uhr {telekom} Störungen im Telekom-Festnetz und {drift(ctx, 14, 5)} bei Vodafone.",
                f"{telekom} Meldungen zu Internet-Störungen bei der Telekom im Raum Würzburg in der letzten Stunde, {drift(ctx, 14, 5)} bei Vodafone, {drift(ctx, 4, 2)} bei O2.",
            ],
        ),
        OUTAGE,
        lead=f"Störungsmelder, Stand {uhr(ctx.ago(1, 14))}:",
    )
    appoint = bp(
        cls,
        f"Nächster freier Termin für Personalausweis und Reisepass am {_termin(ctx, [15, 16, 17, 18])}. Termine online buchen.",
        APPOINT,
        lead=f"Bürgerbüro Würzburg, Stand {uhr(ctx.ago(0, 6))}:",
    )
    trips = bp(
        cls,
        one(
            ctx,
            [
                f"Advent am Wolfgangsee, 4 Tage ab 549 Euro – nur noch {fall(ctx, 9, 1, 1)} Plätze frei.",
                f"Silvester in Wien mit Konzert im Musikverein, 3 Tage ab 689 Euro – noch {fall(ctx, 12, 1, 1)} Plätze.",
            ],
        ),
        TRIPS,
        lead="Main-Post-Leserreise:",
    )
    debt, when = ticking(ctx, 2_701_345_882_110, 3_211)
    debt_line = bp(
        cls,
        f"Die Staatsverschuldung Deutschlands liegt bei {num(debt, '.')} Euro und wächst um 3.211 Euro pro Sekunde.",
        DEBT,
        lead=f"Schuldenuhr, {uhr(when)}:",
    )
    radar = bl(
        "mp-article__list",
        "mp-article__list-item",
        pick(
            ctx,
            [
                "Würzburg-Sanderau, Sanderring: Wohnungseinbruch am Samstag zwischen 16 und 21 Uhr",
                "Würzburg-Frauenland, Keesburgstraße: Einbruch in ein Einfamilienhaus, Täter flüchtig",
                "Höchberg, Hauptstraße: versuchter Einbruch in eine Bäckerei in der Nacht auf Sonntag",
                "Würzburg-Zellerau, Mainaustraße: Kellerabteil aufgebrochen, Fahrräder gestohlen",
                "Veitshöchheim, Thüngersheimer Straße: Terrassentür aufgehebelt, Schmuck entwendet",
            ],
            3,
        ),
        BURGLARY,
    )
    spotlight = bp(
        cls,
        "Die Buchhandlung am Dominikanerplatz packt seit 1910 Geschenke ein – in dieser Woche mit Lesungen am Mittwoch und am Freitag.",
        SPOTLIGHT,
        lead="Würzburg kauft lokal:",
    )
    post = bp(
        cls,
        "Weihnachtspost: Briefe und Pakete innerhalb Deutschlands sollten bis Samstag, 19. Dezember, aufgegeben werden, damit sie vor Heiligabend ankommen.",
        POST,
    )

    units = [b.html for b in shown] + [f'<p class="{cls}">{e(p)}</p>' for p in body]
    units += [upd.html, corr.html]
    k = len(units)
    nn = len(shown)
    story = weave(
        ctx,
        units,
        [
            (outage, list(range(0, nn + 2)), 0.9),
            (appoint, list(range(nn + 2, k - 1)), 0.8),
            (trips, list(range(nn + 1, k + 1)), 0.8),
            (debt_line, list(range(1, nn + 1)) + list(range(nn + 3, k)), 0.85),
            (radar, list(range(nn + 2, k - 1)), 0.75),
            (spotlight, list(range(nn + 1, k + 1)), 0.6),
            (post, [nn + 4, k - 2, k], 0.55),
        ],
    )
    main = f"""<main class="mp-main">
<article class="mp-article" data-id="11284417">
<header class="mp-article__header"><p class="mp-article__kicker">Würzburg</p>
<h1 class="mp-article__title">{e(headline)}</h1>
<p class="mp-article__teaser">Die Hauptleitung brach auf Höhe des Juliusspitals. Straßenbahnen fahren nicht bis zum Dom.</p>
<div class="mp-article__meta"><span class="mp-article__author">Von Tobias Kessler</span> · <time datetime="{published.isoformat()}">06.12.2026, 18:20 Uhr</time> · aktualisiert: <time datetime="{modified.isoformat()}">{hm(modified)} Uhr</time></div>
<figure class="mp-article__figure"><img src="/storage/image/7/2/1/1/wasserrohrbruch-juliuspromenade.jpg" alt=""><figcaption>Wasser läuft über die Juliuspromenade in Würzburg. Foto: Johannes Kiefer</figcaption></figure>
</header>
<div class="mp-article__body">
{story}
</div>
{ad_slot("mp-ad", "Anzeige", "mp_content_2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="de-DE",
        title=f"{headline} | Main-Post",
        canonical=url,
        prefix="mp",
        body_cls="mp-page mp-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Tobias Kessler",
                    publisher=org("Main-Post", "https://www.mainpost.de"),
                    lang="de-DE",
                    section="Würzburg",
                )
            )
        ],
        nav=mega_nav(
            "mp",
            "Main-Post",
            "/",
            ["Würzburg", "Schweinfurt", "Kitzingen", "Main-Spessart", "Sport", "Überregional"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("mp", "© 2026 Mediengruppe Main-Post GmbH"),
    )
    return Render(html, body, [*shown, upd, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Schwäbische Zeitung (+01:00), live, oldest first, <div> entries in schema.org microdata
# (LiveBlogPosting > liveBlogUpdate BlogPosting), a bold <b> "18.12 Uhr" and the author, then an
# <h2>; JSON-LD holds only a BreadcrumbList


def schwaebische(ctx: Ctx) -> Render:
    url = "https://www.schwaebische.de/regional/oberschwaben/ravensburg/liveticker-grossbrand-in-der-ravensburger-altstadt-marienplatz-gesperrt-2984417"
    headline = "Liveticker: Großbrand in der Ravensburger Altstadt – Marienplatz gesperrt"
    published = at(CET, 6, 18, 5)
    cls = "sz-richtext"
    body = [
        "In der Ravensburger Altstadt ist am Sonntagabend in einem Geschäftshaus am Marienplatz ein Feuer ausgebrochen. Die Flammen griffen auf den Dachstuhl eines Nachbarhauses über.",
        "Die Feuerwehr ist mit einem Großaufgebot im Einsatz, der Marienplatz und die Kirchstraße sind gesperrt. Wir halten Sie hier auf dem Laufenden.",
    ]
    authors = ["Jana Wörz", "Florian Beck"]
    specs = [
        (
            18,
            12,
            "Rauch über der Altstadt",
            "Anwohner melden dichten Rauch über dem Marienplatz. Die Feuerwehr Ravensburg rückt mit mehreren Löschzügen an.",
        ),
        (
            18,
            40,
            "Alle Bewohner in Sicherheit",
            "Nach Angaben der Polizei haben alle Bewohner die betroffenen Häuser verlassen. Eine Frau kam mit Verdacht auf Rauchvergiftung ins Krankenhaus St. Elisabeth.",
        ),
        (
            19,
            25,
            None,
            "Die Polizei bittet Anwohner in der Unterstadt, Fenster und Türen geschlossen zu halten. Die Warn-App Nina hat eine Meldung verschickt.",
        ),
        (
            20,
            30,
            "Drehleitern aus Weingarten",
            "Zur Unterstützung sind Drehleitern aus Weingarten und Baienfurt angerückt. Die Einsatzkräfte löschen den Dachstuhl nun von oben.",
        ),
        (
            21,
            45,
            "Feuer unter Kontrolle",
            "Der Kommandant der Feuerwehr Ravensburg sagt, das Feuer sei unter Kontrolle. Die Nachlöscharbeiten würden aber bis in die Nacht dauern.",
        ),
        (
            22,
            35,
            "Christkindlesmarkt bleibt am Montag zu",
            "Die Stadt teilt mit, dass der Christkindlesmarkt auf dem Marienplatz am Montag geschlossen bleibt. Wie es danach weitergeht, ist offen.",
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
        "Statiker prüft die Fassade",
        [
            "Ein Statiker hat am späten Abend die Fassade des ausgebrannten Hauses begutachtet. Sie soll noch in der Nacht mit Stahlträgern gesichert werden."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(label: str, head: str | None, text: str, author: str, micro: datetime | None) -> str:
        if micro:
            attrs = ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            meta = f'<meta itemprop="datePublished" content="{micro.isoformat()}">'
            hp, bp_ = ' itemprop="headline"', ' itemprop="articleBody"'
        else:
            attrs = meta = hp = bp_ = ""
        hd = f'<h2 class="tickerItem__headline"{hp}>{e(head)}</h2>' if head else ""
        return (
            f'<div class="tickerItem"{attrs}>{meta}<div class="tickerItem__meta"><b class="tickerItem__clock">{e(label)}</b>'
            f' · <span class="tickerItem__author">{e(author)}</span></div>{hd}'
            f'<div class="tickerItem__content"{bp_}><p class="{cls}">{e(text)}</p></div></div>'
        )

    for i, b in enumerate(shown):
        b.html = item(b.label or "", b.head, b.paras[0], authors[i % 2], b.ts)
    modified = shown[-1].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        return W(item(uhr(t), title, text, "Redaktion", None), [title, text], kind)

    ranks = board(
        ctx,
        ["Allgäukicker", "Schussentaler", "Weingartner_Fan", "Mehlsack07", "Veitsburg_Vroni"],
        212,
    )
    tipping = fake(
        one(ctx, ["Tippspiel: die Rangliste", "SZ-Tippspiel: Wer führt?"]),
        f"Nach dem 2:1 des VfB in Freiburg führt {ranks[0][0]} mit {ranks[0][1]} Punkten vor {ranks[1][0]} ({ranks[1][1]}) und {ranks[2][0]} ({ranks[2][1]}).",
        TIPPING,
    )
    left = fall(ctx, 216, 3, 2)
    race = fake(
        one(ctx, ["Silvesterlauf Ravensburg", "Anmeldung zum Silvesterlauf"]),
        f"Schon {num(1_500 - left + ctx.rng.randint(0, 2), '.')} Läuferinnen und Läufer sind für den Silvesterlauf durch die Altstadt gemeldet, noch {left} Startplätze frei. Anmeldung bis 28. Dezember.",
        RACE,
    )
    radar = fake(
        f"Einbruchradar Bodensee-Oberschwaben, Stand {uhr(ctx.ago(5, 40))}",
        one(
            ctx,
            [
                "Weingarten, Abt-Hyller-Straße: Einbruch in eine Erdgeschosswohnung am Sonntagnachmittag. Baienfurt, Marsweilerstraße: versuchter Einbruch in ein Gartenhaus.",
                "Ravensburg-Weststadt, Schubertstraße: Wohnungseinbruch zwischen 15 und 18 Uhr. Berg, Ravensburger Straße: Kellertür aufgebrochen.",
                "Bad Waldsee, Hauptstraße: Einbruch in ein Büro in der Nacht auf Sonntag. Ravensburg-Oberzell: Fahrradkeller aufgebrochen.",
            ],
        ),
        BURGLARY,
    )
    calloff = fake(
        "Spielabsagen im Bezirk",
        one(
            ctx,
            [
                "Handball-Bezirksliga: TSB Ravensburg gegen TV Weingarten am Montag abgesagt, neuer Termin folgt. Volleyball-Landesliga: SV Baindt gegen VfB Friedrichshafen II verlegt.",
                "Abgesagt: Basketball-Oberliga, TSB Ravensburg II gegen TSV Ehingen. Verlegt: Handball-Bezirksliga, TV Weingarten gegen HC Meckenbeuren.",
            ],
        ),
        CALLOFF,
    )
    gift = bp(
        cls,
        f"Als Abonnentin oder Abonnent können Sie in diesem Monat noch {ctx.rng.randint(2, 9)} von 10 Artikeln verschenken.",
        GIFT,
        lead="Artikel verschenken:",
    )
    seats = fall(ctx, 23, 2, 2)
    tickets = bp(
        cls,
        one(
            ctx,
            [
                f"„Der Nussknacker“ im Konzerthaus Ravensburg, Dienstag, 19.30 Uhr – noch {seats} Plätze.",
                f"Weihnachtskonzert der Musikschule in der Liebfrauenkirche, Mittwoch, 19 Uhr – noch {seats} Karten.",
            ],
        ),
        TICKETS,
        lead="Restkarten:",
    )
    post = bp(
        cls,
        "Damit Päckchen und Pakete rechtzeitig zu Weihnachten ankommen, sollten sie innerhalb Deutschlands bis 19. Dezember aufgegeben werden.",
        POST,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(gift, [0, 1, 2], 0.7), (tickets, [1, 2], 0.75)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (tipping, list(range(1, n + 1)), 0.85),
            (race, list(range(0, n + 1)), 0.75),
            (radar, list(range(2, n + 1)), 0.8),
            (calloff, list(range(0, n)), 0.6),
            (post, [0, n], 0.5),
        ],
    )
    main = f"""<main class="sz-main">
<article class="sz-article sz-article--ticker" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="datePublished" content="{published.isoformat()}"><meta itemprop="dateModified" content="{modified.isoformat()}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="sz-article__head"><p class="sz-article__topline">Ravensburg</p>
<h1 class="sz-article__title" itemprop="headline">{e(headline)}</h1>
<p class="sz-article__lead">Ein Geschäftshaus am Marienplatz brennt, die Flammen greifen auf ein Nachbarhaus über.</p>
<div class="sz-article__meta">Ravensburg · 06.12.2026, 18:05 Uhr · Zuletzt aktualisiert {e(uhr(modified))}</div></header>
<section class="sz-ticker__intro">
{intro}
</section>
{ad_slot("sz-ad", "Anzeige", "sz_rectangle_1")}
<div class="sz-ticker">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="de-DE",
        title=f"{headline} | Schwäbische",
        canonical=url,
        prefix="sz",
        body_cls="sz-page sz-page--ticker",
        jsonld=[
            ld(
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": i + 1, "name": name, "item": link}
                        for i, (name, link) in enumerate(
                            [
                                ("Startseite", "https://www.schwaebische.de/"),
                                ("Regional", "https://www.schwaebische.de/regional"),
                                (
                                    "Ravensburg",
                                    "https://www.schwaebische.de/regional/oberschwaben/ravensburg",
                                ),
                            ]
                        )
                    ],
                }
            )
        ],
        nav=mega_nav(
            "sz",
            "Schwäbische",
            "/",
            ["Regional", "Baden-Württemberg", "Politik", "Sport", "Panorama", "Podcast"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("sz", "© 2026 Schwäbischer Verlag GmbH & Co. KG Drexler, Gessler"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# NÖN (+01:00), live, newest first, <li> entries each an <h3> clock heading "19:40" + paragraphs,
# no headlines (one entry has two paragraphs); no live-blog markup at all


def noen(ctx: Ctx) -> Render:
    url = "https://www.noen.at/zwettl/liveticker-schneechaos-im-waldviertel-b36-gesperrt-tausende-ohne-strom-412877401"
    headline = "Liveticker: Schneechaos im Waldviertel – B36 gesperrt, Tausende ohne Strom"
    published = at(CET, 6, 15, 30)
    cls = "noe-text"
    body = [
        "Starker Schneefall hat am Sonntag im Waldviertel zu zahlreichen Unfällen und Stromausfällen geführt. Besonders betroffen sind die Bezirke Zwettl und Gmünd.",
        "Die Bundesstraße 36 ist zwischen Zwettl und Vitis nach mehreren hängengebliebenen Lkw gesperrt. Alle Entwicklungen hier im Liveticker.",
    ]
    specs: list[tuple[int, int, list[str]]] = [
        (
            15,
            45,
            [
                "Auf der B36 bei Rudmanns sind zwei Lkw hängengeblieben. Die Feuerwehr Zwettl ist mit einem Kranfahrzeug vor Ort."
            ],
        ),
        (
            16,
            30,
            [
                "Die EVN meldet rund 6.000 Haushalte ohne Strom, vor allem in den Gemeinden Groß Gerungs, Arbesbach und Langschlag. Schneebruch hat Leitungen beschädigt."
            ],
        ),
        (
            17,
            50,
            [
                "Die Polizei sperrt die B36 zwischen Zwettl und Vitis komplett. Eine Umleitung über die B2 ist eingerichtet, auch dort gilt aber Kettenpflicht."
            ],
        ),
        (
            19,
            5,
            [
                "Die Postbusse im Bezirk Zwettl haben den Betrieb für heute eingestellt.",
                "Auch die Waldviertelbahn fährt am Montag nicht, teilen die NÖ Bahnen mit.",
            ],
        ),
        (
            20,
            40,
            [
                "Die Landeswarnzentrale zählt seit Mittag mehr als 90 Feuerwehreinsätze im Waldviertel. Meist geht es um umgestürzte Bäume."
            ],
        ),
        (
            22,
            15,
            [
                "Laut EVN sind noch rund 2.500 Haushalte ohne Strom. Die Techniker arbeiten die ganze Nacht, bei Schneefall ist die Arbeit an den Masten aber gefährlich."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), None, paras)
        for h, m, paras in specs
    ]
    genuine = Block(
        "live_entry",
        "23:54",
        at(CET, 6, 23, 54),
        None,
        [
            "Die B36 ist zwischen Zwettl und Rudmanns wieder einspurig befahrbar. Der Abschnitt bis Vitis bleibt laut Polizei bis Montagfrüh gesperrt."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def item(label: str, paras: list[str]) -> str:
        text = "".join(f'<p class="{cls}">{e(p)}</p>' for p in paras)
        return f'<li class="noe-ticker__eintrag"><h3 class="noe-ticker__zeit">{e(label)}</h3>{text}</li>'

    for b in shown:
        b.html = item(b.label or "", b.paras)
    modified = shown[0].ts or published

    def fake(text: str, kind: str) -> W:
        return W(item(hm(ctx.ago(1, 22)), [text]), [text], kind)

    calloff = fake(
        one(
            ctx,
            [
                "Spielabsagen: Die Volleyball-Landesliga-Partie Union Zwettl gegen SV Horn am Montag ist abgesagt, ein neuer Termin folgt.",
                "Abgesagt: Eishockey-Landesliga, UEC Zwettl gegen EHC Waidhofen/Thaya. Verschoben: Tischtennis-Unterliga, Gmünd gegen Heidenreichstein.",
                "Spielabsagen im Bezirk: Basketball-Landesliga Gmünd gegen Krems II und das Hallenturnier in Vitis finden nicht statt.",
            ],
        ),
        CALLOFF,
    )
    a1 = rise(ctx, 146, 11, 8)
    outage = fake(
        f"Störungsmelder, Stand {hm(ctx.ago(1, 10))}: {a1} Meldungen zu Mobilfunkproblemen bei A1 aus dem Bezirk Zwettl in der letzten Stunde, Magenta {drift(ctx, 38, 8)}, Drei {drift(ctx, 11, 4)}.",
        OUTAGE,
    )
    beds = fall(ctx, 11, 1, 1)
    shelter = fake(
        one(
            ctx,
            [
                f"Kältetelefon der Caritas: In den Notschlafstellen in St. Pölten und Krems sind heute noch {beds} Betten frei. Wer jemanden im Freien sieht, bitte melden.",
                f"Die Notquartiere der Caritas in Niederösterreich haben heute Nacht noch {beds} freie Betten. Das Kältetelefon ist rund um die Uhr erreichbar.",
            ],
        ),
        SHELTER,
    )
    trips = bp(
        cls,
        one(
            ctx,
            [
                f"Silvester in Budapest, 3 Tage ab 389 Euro – noch {fall(ctx, 9, 1, 1)} Plätze frei.",
                f"Adventfahrt nach Krumau mit Stadtführung, Samstag, 12. Dezember, 59 Euro – noch {fall(ctx, 14, 1, 2)} Plätze.",
            ],
        ),
        TRIPS,
        lead="NÖN-Leserreise:",
    )
    day, h, m = slot(ctx, [14, 15, 16, 17])
    appoint = bp(
        cls,
        f"Nächster freier Termin für den Reisepass an der Bezirkshauptmannschaft Zwettl: {day}. Dezember, {h}:{m:02d} Uhr. Jetzt online reservieren.",
        APPOINT,
    )
    spotlight = bp(
        cls,
        "Unser Nahversorger der Woche: Die Bäckerei am Hauptplatz in Groß Gerungs backt seit 1898 Waldviertler Mohnzelten nach Familienrezept.",
        SPOTLIGHT,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(trips, [0, 1, 2], 0.75), (appoint, [1, 2], 0.65), (spotlight, [0, 2], 0.55)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (calloff, list(range(0, n + 1)), 0.8),
            (outage, list(range(0, n)), 0.85),
            (shelter, list(range(1, n + 1)), 0.8),
        ],
    )
    main = f"""<main class="noe-main" id="inhalt">
<article class="noe-artikel noe-artikel--ticker">
<header class="noe-artikel__kopf"><p class="noe-artikel__ort">Zwettl</p>
<h1 class="noe-artikel__titel">{e(headline)}</h1>
<p class="noe-artikel__vorspann">Lkw stecken auf der B36 fest, die EVN kämpft mit Schneebruch an den Leitungen.</p>
<div class="noe-artikel__info">Von Martina Haider · Erstellt am 06. Dezember 2026 | 15:30 · Aktualisiert {hm(modified)}</div>
</header>
<div class="noe-ticker__einleitung">
{intro}
</div>
{ad_slot("noe-ad", "Werbung", "noe_content_1")}
<ul class="noe-ticker">
{feed}
</ul>
</article>
</main>"""
    html = shell(
        ctx,
        lang="de-AT",
        title=f"{headline} - NÖN.at",
        canonical=url,
        prefix="noe",
        body_cls="noe-page noe-page--artikel",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Martina Haider",
                    publisher=org("NÖN", "https://www.noen.at"),
                    lang="de-AT",
                    section="Zwettl",
                )
            )
        ],
        nav=mega_nav(
            "noe",
            "NÖN",
            "/",
            ["Niederösterreich", "Bezirke", "Sport", "Wirtschaft", "Leben", "Blaulicht"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("noe", "© 2026 NÖ Pressehaus Druck- und Verlagsgesellschaft mbH"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "mainpost-wuerzburg-juliuspromenade-wasserrohrbruch-haushalte-ohne-wasser",
        "Main-Post",
        "de",
        "updates",
        CET,
        mainpost,
    ),
    Site(
        "schwaebische-ticker-ravensburg-altstadt-grossbrand-marienplatz-gesperrt",
        "Schwäbische Zeitung",
        "de",
        "live",
        CET,
        schwaebische,
    ),
    Site(
        "noen-ticker-waldviertel-schneechaos-b36-gesperrt-ohne-strom",
        "NÖN (AT)",
        "de",
        "live",
        CET,
        noen,
    ),
]
