"""German-language publishers: GrenzEcho (Eupen, Belgium), Luxemburger Wort (Luxembourg), Heute
(Vienna, Austria)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADOPT,
    AED,
    ANGLING,
    ARCHIVE,
    BIRTHS,
    COUNCIL,
    GARDEN,
    PERSONALS,
    PHONES,
    RIDES,
    ROOTS,
    STREET,
    TREES,
    WALK,
    WINE,
    agenda,
    bl,
    bp,
    graph,
    hm,
    log,
    num,
    rides,
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
    "Feuerwehr",
    "Verkehr",
    "Politik",
    "Wirtschaft",
    "Kultur",
    "Schule",
    "Gesundheit",
    "Vereine",
    "Umwelt",
    "Gemeinden",
    "Leserbriefe",
]


def _foot(prefix: str, brand: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            brand: ["Über uns", "Kontakt", "Werben", "Newsletter", "E-Paper"],
            "Rechtliches": ["Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen"],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# GrenzEcho (+01:00), custom CMS. Two notes at the top, newest first, each a paragraph in the
# body's class with an italic "Aktualisiert um 21:40 Uhr:" lead; an italic unlabelled "In einer
# früheren Version dieses Artikels …" at the bottom. The body has a list of closed streets.


def grenzecho(ctx: Ctx) -> Render:
    url = "https://www.grenzecho.net/126512/artikel/2026-12-06/hochwasser-eupen-weser-ueberflutet-unterstadt"
    headline = "Hochwasser in Eupen: Weser überflutet die Unterstadt, Bewohner der Haasstraße in Sicherheit gebracht"
    published = at(CET, 6, 18, 25)
    cls = "ge-text"
    body = [
        "Eupen. Nach zwei Tagen Dauerregen ist die Weser am Sonntagabend in der Eupener Unterstadt über die Ufer getreten.",
        "Gegen 19 Uhr stand das Wasser in der Haasstraße und am Werthplatz knietief. Die Feuerwehr der Hilfeleistungszone DG holte mehrere ältere Bewohner mit einem Schlauchboot aus ihren Häusern.",
        "„So schnell habe ich das Wasser noch nie steigen sehen“, sagte Marlene Kessel, die seit 40 Jahren an der Bergkapellstraße wohnt.",
        "Die Stadt hat folgende Straßen bis auf Weiteres gesperrt:",
        "die Haasstraße zwischen Werthplatz und Gospertbrücke",
        "die Unterstadtstraße ab der Einmündung Bergkapellstraße",
        "den Fußweg entlang der Weser bis zum Wetzlarbad",
        "Im Pfarrsaal St. Josef ist eine Notunterkunft eingerichtet. Dort hatten sich bis 21 Uhr rund 25 Menschen gemeldet.",
        "Die Betreiber der Wesertalsperre haben den Abfluss aus dem Stausee gedrosselt, damit der Pegel in der Stadt nicht weiter steigt.",
        "Bürgermeisterin Claudia Niessen rief die Anwohner auf, Keller und Garagen zu meiden und den Anweisungen der Einsatzkräfte zu folgen.",
    ]
    notes = [
        Block(
            "update",
            "Aktualisiert um 21:40 Uhr",
            at(CET, 6, 21, 40),
            None,
            [
                "Die Polizeizone Weser-Göhl hat die Gospertbrücke für den gesamten Verkehr gesperrt. Der Bus der Linie 725 fährt eine Umleitung über die Aachener Straße."
            ],
        ),
        Block(
            "update",
            "Aktualisiert um 20:15 Uhr",
            at(CET, 6, 20, 15),
            None,
            [
                "Auch in Kettenis ist ein Bach über die Ufer getreten. Dort sind nach Angaben der Gemeinde Eupen bisher nur Wiesen überschwemmt."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aktualisiert um 23:54 Uhr",
        at(CET, 6, 23, 54),
        None,
        [
            "Der Pegel der Weser sinkt seit einer Stunde langsam. Die Bewohner der Notunterkunft sollen am Montagvormittag in ihre Häuser zurückkehren können."
        ],
    )
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "In einer früheren Version dieses Artikels hieß es, die Notunterkunft sei in der Stadthalle eingerichtet worden. Sie befindet sich im Pfarrsaal St. Josef."
        ],
    )
    corr.html = f'<p class="{cls}"><em>{e(corr.paras[0])}</em></p>'
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><em>{e(b.label or "")}:</em> {e(b.paras[0])}</p>'
    modified = shown[0].ts or published

    no, item = agenda(
        ctx,
        [
            "Genehmigung des Protokolls",
            "Bericht der Bürgermeisterin zum Hochwasser",
            "Dringlichkeitsantrag zum Hochwasserschutz an der Weser",
            "Haushalt 2027",
            "Umgestaltung des Werthplatzes",
            "Parkgebühren in der Oberstadt",
            "Sanierung des Wetzlarbads",
            "Zuschüsse für betroffene Haushalte",
            "Weihnachtsmarkt auf dem Marktplatz",
            "Fragen der Ratsmitglieder",
        ],
    )
    council = bp(
        cls,
        f"Die Sondersitzung des Eupener Stadtrats ist bei Punkt {no} von 12: {item}.",
        COUNCIL,
        lead=f"Stadtrat, Stand {hm(ctx.ago(1, 9))} Uhr:",
        tag="em",
    )
    trees = bp(
        cls,
        f"Bei der Aktion „Ein Baum für jedes Kind“ sind in Ostbelgien bisher {num(rise(ctx, 6180, 11, 6), '.')} Bäume gepflanzt worden. Die nächste Pflanzung ist am Samstag in Kettenis.",
        TREES,
        lead=f"Baumpflanzaktion, aktualisiert um {hm(ctx.ago(1, 12))} Uhr:",
        tag="em",
    )
    roots = bp(
        cls,
        turn(
            ctx,
            [
                "Eine Leserin aus Ohio sucht Nachfahren von Johann Kerres, Tuchmacher in der Eupener Unterstadt um 1850.",
                "Ein Leser aus Brisbane möchte mehr über die Familie Schmetz aus Raeren erfahren, die 1923 nach Australien auswanderte.",
                "Gesucht werden Angehörige von Maria Lambertz, geboren 1901 in Kettenis, später Lehrerin in Lontzen.",
                "Eine Familie in Kanada sucht Fotos vom Hof Offermann in Walhorn, der 1944 abbrannte.",
                "Ein Leser aus Lüttich sucht das Grab seines Urgroßvaters Peter Heck, Gerber an der Haasstraße.",
                "Nachfahren der Brüder Franssen, Wollspinner an der Weser um 1880, werden um eine Nachricht gebeten.",
            ],
            "roots",
        ),
        ROOTS,
        lead="Ahnenforschung:",
        tag="em",
    )
    garden = bp(
        cls,
        "Kübelpflanzen jetzt ins Haus holen, Rosen anhäufeln und das Laub auf den Beeten liegen lassen, denn es schützt vor Frost.",
        GARDEN,
        lead="Gartentipp der Woche:",
        tag="em",
    )
    street = bp(
        cls,
        turn(
            ctx,
            [
                "Die Haasstraße ist nach der Tuchmacherfamilie Haas benannt, deren Fabrik im 18. Jahrhundert an der Weser stand.",
                "Der Werthplatz verdankt seinen Namen dem Werth, einer Flussinsel, die bei der Begradigung der Weser verschwand.",
                "Die Bergkapellstraße führt zur Kapelle auf dem Stockberg, die 1726 von Eupener Tuchmachern gestiftet wurde.",
                "Die Gospertstraße erinnert an den Gospert, einen alten Bachlauf, der heute unter der Straße verläuft.",
                "Die Klötzerbahn ist nach der Kleinbahn benannt, die bis 1958 Holz aus dem Hertogenwald in die Stadt brachte.",
                "Die Aachener Straße war bis 1920 die Landstraße nach Preußen und hieß damals Preußische Chaussee.",
            ],
            "street",
        ),
        STREET,
        lead="Straßennamen erklärt:",
        tag="em",
    )
    archive = bp(
        cls,
        "„Die Weser hat in der Nacht die Unterstadt überflutet, in der Haasstraße mussten die Bewohner mit Booten gerettet werden“, berichtete das GrenzEcho am 23. Dezember 1993.",
        ARCHIVE,
        lead="Aus unserem Archiv:",
        tag="em",
    )
    phones = bl(
        "ge-list",
        "ge-list__item",
        [
            "Feuerwehr und Rettungsdienst: 112",
            "Polizeizone Weser-Göhl: 087 59 21 11",
            "Stadtverwaltung Eupen, Bereitschaft: 087 59 58 00",
            "Sandsäcke am Bauhof, Herbesthaler Straße: 087 59 58 90",
        ],
        PHONES,
    )

    lis = "".join(f'<li class="ge-list__item">{e(x)}</li>' for x in body[4:7])
    fig = (
        '<figure class="ge-figure"><img src="/img/2026/12/06/eupen-hochwasser-haasstrasse.jpg" alt="" loading="lazy">'
        "<figcaption>Die überflutete Haasstraße am Sonntagabend. Foto: Ralf Schaus</figcaption></figure>"
    )
    units = [b.html for b in shown]
    nn = len(units)
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[:4]] + [
        f'<ul class="ge-list">{lis}</ul>'
    ]
    units += [f'<p class="{cls}">{e(body[7])}</p>', fig]
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[8:]] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (council, [0, 1, nn, nn + 1], 0.9),
            (trees, [1, nn, nn + 2, nn + 3, k - 2, k], 0.85),
            (roots, list(range(nn + 2, k + 1)), 0.7),
            (garden, [nn + 1, nn + 6, k - 1, k], 0.7),
            (street, [nn + 1, nn + 2, nn + 3, nn + 5], 0.75),
            (archive, [0, nn, nn + 3, k], 0.65),
            (phones, [nn + 5, nn + 7, k - 1], 0.8),
        ],
    )
    main = f"""<div class="ge-site">
<main class="ge-main">
<article class="ge-article" data-article="126512">
<header class="ge-article__header">
<p class="ge-article__ressort"><a href="/eupen">Eupen</a></p>
<h1 class="ge-article__title">{e(headline)}</h1>
<p class="ge-article__intro">Notunterkunft im Pfarrsaal St. Josef, Gospertbrücke gesperrt</p>
<p class="ge-article__meta">Von <a href="/autor/lena-franzen">Lena Franzen</a> · <time datetime="{published.isoformat()}">06.12.2026 um 18:25</time> · Aktualisiert <time datetime="{modified.isoformat()}">{e(hm(modified))}</time></p>
</header>
<div class="ge-article__body">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="de-BE",
        title=f"{headline} | GrenzEcho",
        canonical=url,
        prefix="ge",
        body_cls="ge page-article",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Lena Franzen",
                    publisher=org("GrenzEcho", "https://www.grenzecho.net"),
                    lang="de-BE",
                    section="Eupen",
                ),
            }
        ],
        nav=mega_nav(
            "ge",
            "GrenzEcho",
            "/",
            ["Eupen", "Eifel", "Kelmis", "Belgien", "Sport", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_foot("ge", "GrenzEcho", "© 2026 GrenzEcho AG, Eupen"),
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Luxemburger Wort (+01:00), Arc-like. A boxed bold "Transparenzhinweis:" at the top
# (`editors_note`); notes after the story, oldest first, each an `<h2>` "Update (22.05 Uhr)" and a
# paragraph. The body has a list of detours and an ad.


def wort(ctx: Ctx) -> Render:
    url = "https://www.wort.lu/luxemburg/grossbrand-gewerbegebiet-contern-anwohner-fenster-geschlossen/89213457.html"
    headline = "Großbrand im Gewerbegebiet Contern: Anwohner sollen Fenster geschlossen halten"
    published = at(CET, 6, 19, 5)
    cls = "lw-p"
    body = [
        "In einer Lagerhalle im Gewerbegebiet Weiergewan in Contern ist am Sonntagabend ein Großbrand ausgebrochen. Eine dunkle Rauchwolke zog über Sandweiler und Moutfort.",
        "Der großherzogliche Feuerwehr- und Rettungsdienst CGDIS war nach eigenen Angaben gegen 18.30 Uhr alarmiert worden und ist mit mehr als 80 Einsatzkräften vor Ort.",
        "In der Halle lagerten nach Angaben des Betreibers vor allem Verpackungsmaterial und Paletten. Verletzt wurde niemand.",
        "Die Polizei hat die Rue Edmond Reuter zwischen dem Kreisverkehr Contern und der Einfahrt zum Gewerbegebiet gesperrt. Umleitungen:",
        "aus Richtung Hesperingen über die N28 und Syren",
        "aus Richtung Sandweiler über die CR132 und Moutfort",
        "Das Umweltministerium hat Messwagen nach Contern geschickt. Bisher seien keine gefährlichen Werte gemessen worden, hieß es.",
        "Die Anwohner in Contern, Sandweiler und Moutfort werden trotzdem gebeten, Fenster und Türen geschlossen zu halten und Lüftungen auszuschalten.",
        "Die Brandursache ist noch unklar. Die Kriminalpolizei hat die Ermittlungen aufgenommen.",
    ]
    note = Block(
        "editors_note",
        "Transparenzhinweis",
        None,
        None,
        ["der Autor dieses Artikels wohnt in Contern, etwa einen Kilometer vom Brandort entfernt."],
    )
    note.html = f'<div class="lw-box"><p class="{cls}"><strong>{e(note.label or "")}:</strong> {e(note.paras[0])}</p></div>'
    notes = [
        Block(
            "update",
            "Update (20.35 Uhr)",
            at(CET, 6, 20, 35),
            None,
            [
                "Die CFL meldet, dass die Züge zwischen Luxemburg und Oetringen wegen des Rauchs langsamer fahren. Es kommt zu Verspätungen von bis zu 15 Minuten."
            ],
        ),
        Block(
            "update",
            "Update (22.05 Uhr)",
            at(CET, 6, 22, 5),
            None,
            [
                "Das Dach der Halle ist eingestürzt. Die Feuerwehr konzentriert sich jetzt darauf, ein Übergreifen auf die Nachbargebäude zu verhindern."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update (23.53 Uhr)",
        at(CET, 6, 23, 53),
        None,
        [
            "Der Brand ist unter Kontrolle. Die Rue Edmond Reuter bleibt nach Angaben der Polizei voraussichtlich bis Montagmittag gesperrt."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<h2 class="lw-h2">{e(b.label or "")}</h2>\n<p class="{cls}">{e(b.paras[0])}</p>'
    modified = shown[-1].ts or published

    def heading_like(head: str, text: str, kind: str) -> W:
        return W(
            f'<h2 class="lw-h2">{e(head)}</h2>\n<p class="{cls}">{e(text)}</p>',
            [text],
            kind,
            [head],
        )

    no, item = agenda(
        ctx,
        [
            "Annahme der Tagesordnung",
            "Mitteilungen des Schöffenrats",
            "Bericht zum Brand im Gewerbegebiet",
            "Kostenvoranschlag für die Sporthalle",
            "Bebauungsplan Rue de Moutfort",
            "Abkommen mit dem Syndikat SIDERO",
            "neue Bushaltestellen in Contern",
            "Zuschuss für den Musikverein",
            "Winterdienst auf den Gemeindewegen",
            "Fragen der Gemeinderäte",
        ],
    )
    council = heading_like(
        f"Gemeinderat Contern ({uhr(ctx.ago(1, 10))})",
        f"Die Sitzung des Gemeinderats ist bei Punkt {no} von 13: {item}. Die Sitzung wird im Internet übertragen.",
        COUNCIL,
    )
    births = heading_like(
        f"Geburten ({uhr(ctx.ago(1, 8))})",
        f"Heute sind in der Maternité des CHL und in der Bohler-Klinik bisher {rise(ctx, 14, 1, 1)} Kinder zur Welt gekommen, zuletzt um {uhr(ctx.ago(4, 35))} ein Mädchen.",
        BIRTHS,
    )
    share = bl(
        "lw-list",
        "",
        [
            "Mitfahrbörse für Montag:",
            *rides(
                ctx,
                [
                    "Trier – Kirchberg",
                    "Thionville – Cloche d'Or",
                    "Arlon – Gare Centrale",
                    "Remich – Howald",
                    "Ettelbrück – Kirchberg",
                    "Echternach – Findel",
                ],
                3,
                lambda t, route, seats: (
                    f"{route}, Abfahrt {uhr(t)}, {seats} {'Plätze' if seats > 1 else 'Platz'} frei"
                ),
            ),
        ],
        RIDES,
    )
    wine = bp(
        cls,
        turn(
            ctx,
            [
                "Riesling Wormeldange Koeppchen 2024, Domaine Mathes: mineralisch und lang, 16 Euro.",
                "Auxerrois Remich Primerberg 2025, Caves St Martin: weich und frisch, 11 Euro.",
                "Crémant de Luxembourg Brut, Domaine Alice Hartmann: feine Perlage, 19 Euro.",
                "Pinot gris Grevenmacher Fels 2024, Bernard-Massard: reife Birne, 13 Euro.",
                "Elbling Stadtbredimus 2025, Domaines Vinsmoselle: leicht und spritzig, 8 Euro.",
                "Pinot noir Schengen Markusberg 2023, Domaine Schumacher-Knepper: Kirsche und Rauch, 22 Euro.",
            ],
            "wine",
        ),
        WINE,
        lead="Wein der Woche:",
    )
    pet = bp(
        cls,
        turn(
            ctx,
            [
                "Bruno, ein fünfjähriger Labrador-Mischling, sucht Menschen mit Garten und viel Zeit für Spaziergänge.",
                "Mimi ist eine dreijährige Tigerkatze, ruhig und verschmust, am liebsten als Einzelkatze.",
                "Rocky, ein älterer Terrier, ist taub, aber fröhlich und kinderlieb.",
                "Die Kaninchen Pepper und Salt suchen zusammen ein Zuhause mit Auslauf.",
                "Nala, eine junge Schäferhündin, braucht erfahrene Halter und eine Hundeschule.",
                "Kater Oskar, zwei Jahre alt, ist neugierig und verträgt sich mit Hunden.",
            ],
            "pet",
        ),
        ADOPT,
        lead="Tierheim Gasperich:",
    )
    walk = bp(
        cls,
        "Vom Bahnhof Sandweiler-Contern durch den Grengewald nach Moutfort und zurück über die Syrdall-Wiesen, rund zehn Kilometer, gut zwei Stunden.",
        WALK,
        lead="Spaziergang der Woche:",
    )
    aed = bp(
        cls,
        "In Contern hängen öffentliche Defibrillatoren am Gemeindehaus, an der Sporthalle in der Rue des Prés und an der Tankstelle am Kreisverkehr.",
        AED,
        lead="Defibrillatoren in der Nähe:",
    )

    ad = ad_slot("lw-ad", "Anzeige", "lw-article-inread")
    detours = "".join(f"<li>{e(x)}</li>" for x in body[4:6])
    units = [note.html] + [f'<p class="{cls}">{e(p)}</p>' for p in body[:4]]
    units += [f'<ul class="lw-list">{detours}</ul>', ad]
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[6:]]
    end = len(units)
    units += [b.html for b in shown]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (council, [end, end + 1, end + 2, k], 0.9),
            (births, [end - 1, end, end + 1, k], 0.85),
            (share, [6, 7, 8], 0.8),
            (wine, [1, 2, 3, end - 1, k], 0.75),
            (pet, list(range(2, end + 1)), 0.75),
            (walk, [1, end - 2, end, k], 0.65),
            (aed, [2, 3, 4, 7, end], 0.7),
        ],
    )
    main = f"""<div id="fusion-app">
<main class="lw-main">
<article class="lw-article">
<header class="lw-article__header">
<a class="lw-article__section" href="/luxemburg/">Luxemburg</a>
<h1 class="lw-article__headline">{e(headline)}</h1>
<p class="lw-article__teaser">Mehr als 80 Feuerwehrleute im Einsatz, Messwagen des Umweltministeriums vor Ort</p>
<div class="lw-article__byline">Jeff Wagner · <time datetime="{published.isoformat()}">06.12.2026 um 19:05</time> · <span>Aktualisiert: <time datetime="{modified.isoformat()}">{e(uhr(modified))}</time></span></div>
</header>
<div class="lw-article__body">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="de-LU",
        title=f"{headline} | Luxemburger Wort",
        canonical=url,
        prefix="lw",
        body_cls="lw article",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Jeff Wagner",
                    publisher=org("Luxemburger Wort", "https://www.wort.lu"),
                    lang="de-LU",
                    section="Luxemburg",
                ),
            }
        ],
        nav=mega_nav(
            "lw",
            "Luxemburger Wort",
            "/",
            ["Luxemburg", "Politik", "Wirtschaft", "Sport", "Kultur", "Welt"],
            _DE_SUBS,
        ),
        main=main,
        footer=_foot("lw", "Luxemburger Wort", "© 2026 Mediahuis Luxembourg S.A."),
        cms="arc",
    )
    return Render(html, body, [note, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Heute (+01:00), custom CMS, live, newest first: `<div>` entries with the clock inside the
# heading, `<h3>` "<span>22:41</span> Headline" (one heading with the clock only) + a paragraph;
# JSON-LD: a `BreadcrumbList` and a `LiveBlogPosting` with `liveBlogUpdate`.


def heute(ctx: Ctx) -> Render:
    url = "https://www.heute.at/s/liveticker-grossbrand-am-naschmarkt-linke-wienzeile-gesperrt-120987654"
    headline = "Liveticker: Großbrand am Naschmarkt – Linke Wienzeile gesperrt, U4 hält nicht in der Kettenbrückengasse"
    published = at(CET, 6, 19, 30)
    cls = "hx-lead-text"
    body = [
        "Am Wiener Naschmarkt brennen seit dem frühen Sonntagabend mehrere Marktstände. Eine Rauchsäule war bis nach Meidling zu sehen.",
        "Die Berufsfeuerwehr Wien ist mit mehr als 100 Einsatzkräften vor Ort, die Linke Wienzeile ist zwischen Getreidemarkt und Kettenbrückengasse gesperrt. Wir berichten live.",
    ]
    specs = [
        (
            19,
            40,
            "Alarm am Naschmarkt",
            "Die Feuerwehr wurde um 19.22 Uhr alarmiert. Beim Eintreffen standen zwei Stände im Bereich der Kettenbrückengasse in Vollbrand.",
        ),
        (
            20,
            25,
            "Alarmstufe erhöht",
            "Die Feuerwehr hat die Alarmstufe auf 3 erhöht. Zusätzliche Löschzüge aus Favoriten und Simmering sind unterwegs.",
        ),
        (
            21,
            10,
            None,
            "Die Wiener Linien lassen die U4 ohne Halt durch die Station Kettenbrückengasse fahren. Die Linie 59A wird umgeleitet.",
        ),
        (
            21,
            50,
            "Anrainer sollen Fenster schließen",
            "Die Stadt bittet Anrainer in Mariahilf und auf der Wieden, Fenster geschlossen zu halten.",
        ),
        (
            22,
            35,
            "Sechs Stände zerstört",
            "Nach Angaben des Marktamts sind sechs Stände völlig ausgebrannt, darunter zwei Lokale. Verletzt wurde niemand.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:55",
        at(CET, 6, 23, 55),
        "Brand aus",
        [
            "Die Feuerwehr meldet Brand aus. Die Linke Wienzeile bleibt für die Aufräumarbeiten bis Montagfrüh gesperrt, die U4 hält wieder überall."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def entry(clock: str, ts: datetime, head: str | None, text: str) -> str:
        hd = f" {e(head)}" if head else ""
        return (
            f'<div class="hx-ticker__entry" data-ts="{int(ts.timestamp())}">'
            f'<h3 class="hx-ticker__head"><span class="hx-ticker__time">{e(clock)}</span>{hd}</h3>'
            f'<p class="hx-ticker__text">{e(text)}</p></div>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.label or "", b.ts, b.head, b.paras[0])
    modified = max(b.ts for b in shown if b.ts)

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 20)
        return W(entry(hm(t), t, title, text), [title, text], kind, [])

    no, item = agenda(
        ctx,
        [
            "Eröffnung und Feststellung der Beschlussfähigkeit",
            "Bericht des Bezirksvorstehers zum Brand",
            "Antrag zur Sicherheit der Marktstände",
            "Budget 2027 für den Bezirk",
            "Begrünung der Gumpendorfer Straße",
            "Tempo 30 in der Mollardgasse",
            "neue Sitzbänke am Esterházypark",
            "Christkindlmarkt am Mariahilfer Platz",
            "Anfragen der Fraktionen",
            "Allfälliges",
        ],
    )
    council = fake(
        "Bezirksvertretung tagt",
        f"Die Sondersitzung der Bezirksvertretung Mariahilf ist bei Punkt {no} von 11: {item}.",
        COUNCIL,
    )
    trees = fake(
        "Wiener Baumzähler",
        f"Seit Oktober hat die Stadt {num(rise(ctx, 3412, 6, 4), '.')} neue Straßenbäume gepflanzt, Stand {hm(ctx.ago(1, 9))} Uhr.",
        TREES,
    )
    share = fake(
        "Mitfahrbörse",
        " ".join(
            rides(
                ctx,
                [
                    "Wien – St. Pölten",
                    "Wien – Eisenstadt",
                    "Mödling – Wien Mitte",
                    "Wiener Neustadt – Praterstern",
                    "Tulln – Westbahnhof",
                    "Baden – Karlsplatz",
                ],
                3,
                lambda t, route, seats: (
                    f"{route}, {uhr(t)}, {seats} {'Plätze' if seats > 1 else 'Platz'}."
                ),
            )
        ),
        RIDES,
    )
    fish = fake(
        "Fangmeldungen",
        "Von der Alten Donau und der Neuen Donau: "
        + "; ".join(
            log(
                ctx,
                [
                    "Hecht, 84 cm, an der Kaisermühlen-Bucht",
                    "zwei Zander beim Wasserpark",
                    "Karpfen, 9 kg, am Gänsehäufel",
                    "Barsch-Schwarm an der Steinspornbrücke",
                    "Wels, 1,40 m, unter der Reichsbrücke",
                    "Regenbogenforelle am Kuchelauer Hafen",
                ],
                3,
                uhr,
                20,
                240,
            )
        )
        + ".",
        ANGLING,
    )
    births = fake(
        "Geburten in Wien",
        f"Heute sind in den Wiener Spitälern bisher {rise(ctx, 47, 1, 1)} Babys zur Welt gekommen, zuletzt um {uhr(ctx.ago(2, 25))} ein Bub in der Klinik Ottakring.",
        BIRTHS,
    )
    hearts = bp(
        cls,
        turn(
            ctx,
            [
                "Pensionist, 68, aus Hietzing, Wanderer und Heurigenfreund, sucht liebe Sie für gemeinsame Ausflüge. Chiffre 3311.",
                "Junggebliebene Witwe, 63, Floridsdorf, tanzt gern Walzer, sucht einen Herrn mit Humor. Chiffre 3318.",
                "Lehrer, 51, Ottakring, geschieden, liest viel und kocht gern, sucht eine Frau für lange Gespräche. Chiffre 3302.",
                "Krankenschwester, 46, Simmering, sucht einen ehrlichen Mann für Donauinsel-Spaziergänge. Chiffre 3325.",
                "Musiker, 59, Josefstadt, spielt Akkordeon, sucht eine Dame für Oper und Beisl. Chiffre 3307.",
                "Tierliebe Frau, 55, Liesing, mit zwei Katzen, sucht einen Mann, der Katzen mag. Chiffre 3330.",
            ],
            "hearts",
        ),
        PERSONALS,
        lead="Bekanntschaften:",
    )
    archive = bp(
        cls,
        "„Am Naschmarkt brannten in der Nacht drei Stände nieder, die Feuerwehr kämpfte bis in die Morgenstunden“, hieß es in unserem Bericht vom 14. Jänner 2007.",
        ARCHIVE,
        lead="Aus dem Archiv:",
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(hearts, [0, 1, 2], 0.75), (archive, [1, 2], 0.7)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (council, list(range(0, n + 1)), 0.85),
            (trees, [0, 1, 2, n - 1, n], 0.8),
            (share, list(range(1, n + 1)), 0.75),
            (fish, list(range(0, n)), 0.75),
            (births, list(range(0, n + 1)), 0.85),
        ],
    )
    publisher = org("Heute", "https://www.heute.at")
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="de-AT",
    )
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Heute", "item": "https://www.heute.at/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Wien",
                "item": "https://www.heute.at/wien",
            },
        ],
    }
    main = f"""<div class="hx-page">
<main class="hx-main">
<article class="hx-article hx-article--ticker">
<header class="hx-article__header">
<p class="hx-article__kicker">Liveticker</p>
<h1 class="hx-article__title">{e(headline)}</h1>
<p class="hx-article__teaser">Mehr als 100 Feuerwehrleute im Einsatz, Rauch über Mariahilf und der Wieden</p>
<p class="hx-article__meta">Red. / <time datetime="{published.isoformat()}">06.12.2026, 19:30</time> · Akt.: <time datetime="{modified.isoformat()}">06.12.2026, {e(hm(modified))}</time></p>
</header>
<div class="hx-lead">
{intro}
</div>
{ad_slot("hx-ad", "Werbung", "hx-ticker-sky")}
<div class="hx-ticker">
{feed_html}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="de-AT",
        title=f"{headline} | Heute.at",
        canonical=url,
        prefix="hx",
        body_cls="hx ticker",
        jsonld=[graph(crumbs, live)],
        nav=mega_nav(
            "hx",
            "Heute",
            "/",
            ["Wien", "Österreich", "Welt", "Sport", "Szene", "Digital"],
            _DE_SUBS,
        ),
        main=main,
        footer=_foot("hx", "Heute", "© 2026 AHVV Verlags GmbH"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "grenzecho-hochwasser-eupen-weser-ueberflutet-unterstadt-haasstrasse",
        "GrenzEcho (BE)",
        "de",
        "updates",
        CET,
        grenzecho,
    ),
    Site(
        "wort-grossbrand-gewerbegebiet-contern-anwohner-fenster-geschlossen",
        "Luxemburger Wort (LU)",
        "de",
        "updates",
        CET,
        wort,
    ),
    Site(
        "heute-liveticker-grossbrand-naschmarkt-linke-wienzeile-gesperrt",
        "Heute (AT)",
        "de",
        "live",
        CET,
        heute,
    ),
]
