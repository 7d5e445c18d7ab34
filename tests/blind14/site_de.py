"""German-language publishers: Hannoversche Allgemeine, Vorarlberger Nachrichten, Nürnberger
Nachrichten."""

from __future__ import annotations

from fx import bl, bp, hm, ld, num, one, uhr
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


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Service": ["Abo-Service", "E-Paper", "Newsletter", "Leserbriefe", "Anzeigen aufgeben"],
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
# Hannoversche Allgemeine (+01:00), updates: bold "Update 21.40 Uhr:" in the body class, newest
# first, after paragraph 2


def haz(ctx: Ctx) -> Render:
    url = "https://www.haz.de/lokales/hannover/rohrbruch-am-kroepcke-u-bahn-station-geflutet-stadtbahn-gesperrt-ZK4QH7WJ2NA.html"
    headline = (
        "Rohrbruch am Kröpcke: U-Bahn-Station geflutet – Stadtbahn fährt nicht durch die Innenstadt"
    )
    published = at(CET, 6, 18, 55)
    cls = "Textstyled__Text-sc-1cqv9mi-0 gVqXhB"
    body = [
        "Ein Wasserrohrbruch unter der Georgstraße hat am Sonntagabend die Stadtbahnstation Kröpcke in Hannover unter Wasser gesetzt. Die Üstra stellte den Betrieb auf allen Linien durch den Innenstadttunnel ein.",
        "Nach Angaben der Feuerwehr war gegen 18.20 Uhr eine Hauptleitung der Stadtwerke Enercity geplatzt. Das Wasser lief über die Treppen bis auf die Bahnsteigebene der Linien 1, 2 und 8 hinunter.",
        "Fahrgäste wurden aus zwei Bahnen geholt, die im Tunnel zwischen Hauptbahnhof und Kröpcke standen. Verletzt wurde niemand, sagte ein Sprecher der Feuerwehr.",
        "Die Polizei sperrte die Georgstraße zwischen Kröpcke und Steintor für Fußgänger. Auf dem Weihnachtsmarkt an der Marktkirche blieben die Buden geöffnet, die Besucher mussten aber Umwege in Kauf nehmen.",
        "Die Üstra richtete einen Ersatzverkehr mit Bussen zwischen Hauptbahnhof, Aegidientorplatz und Waterloo ein. Wie lange die Station gesperrt bleibt, war zunächst unklar.",
        "Enercity schätzt, dass rund 400 Haushalte und mehrere Geschäfte in der Innenstadt vorübergehend ohne Wasser sind. Die Ursache des Bruchs soll am Montag untersucht werden.",
    ]
    notes = [
        Block(
            "update",
            "Update 22.15 Uhr",
            at(CET, 6, 22, 15),
            None,
            [
                "Die Feuerwehr hat begonnen, das Wasser aus der Station abzupumpen. Die Arbeiten werden nach ihren Angaben bis in die frühen Morgenstunden dauern."
            ],
        ),
        Block(
            "update",
            "Update 21.40 Uhr",
            at(CET, 6, 21, 40),
            None,
            [
                "Enercity hat die geplatzte Leitung abgesperrt. Die betroffenen Haushalte in der Innenstadt sollen im Laufe der Nacht wieder Wasser bekommen."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update 23.52 Uhr",
        at(CET, 6, 23, 52),
        None,
        [
            "Die Üstra teilt mit, dass die Linien 1, 2 und 8 am Montag frühestens ab Mittag wieder durch den Tunnel fahren. Bis dahin bleibt der Ersatzverkehr bestehen."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><b>{e(b.label or "")}:</b> {e(b.paras[0])}</p>'
    modified = shown[0].ts or published

    stamp = uhr(ctx.ago(3, 50))
    muell = bp(
        cls,
        one(
            ctx,
            [
                f"Wegen der Sperrung am Kröpcke holt aha die Gelben Säcke in der Georgstraße und der Bahnhofstraße erst am Dienstag ab. Aktualisiert {stamp}.",
                f"aha verschiebt die Restmüllabfuhr für die Innenstadt zwischen Kröpcke und Steintor auf Dienstag (aktualisiert {stamp}).",
                f"Die Papiertonnen in der City werden diese Woche einen Tag später geleert, teilt aha mit. Stand: {stamp}.",
            ],
        ),
        "municipal waste-collection change",
        lead="Hinweis:",
        tag="b",
    )
    hours = [
        "In der Adventszeit haben die Geschäfte in der Georgstraße montags bis samstags von 10 bis 20 Uhr geöffnet.",
        "Die Läden in der Bahnhofstraße und der Niki-de-Saint-Phalle-Promenade öffnen im Dezember samstags schon um 9.30 Uhr.",
        "Die Galeria am Kröpcke hat bis Weihnachten täglich außer sonntags bis 20 Uhr geöffnet, die Ernst-August-Galerie bis 21 Uhr.",
    ]
    shops = bp(
        cls,
        one(ctx, hours),
        "shop opening hours on the story's street",
        lead=one(ctx, ["Info:", "Einkaufen:"]),
        tag="b",
    )
    kolumne = bp(
        cls,
        one(
            ctx,
            [
                "Jeden Montag schreibt unser Stadtreporter über das, was Hannover bewegt. Diese Woche: warum die Innenstadt-Tunnel der Stadtbahn so tief liegen.",
                "In der Montagskolumne „Hannover von unten“ geht es diesmal um die Wasserleitungen unter der Altstadt – und wer sie eigentlich prüft.",
                "Montags in der HAZ: „Mein Hannover“. Diesmal erinnert sich eine Üstra-Fahrerin an 40 Jahre im Tunnel.",
            ],
        ),
        "weekly column teaser",
        lead="Kolumne:",
        tag="b",
    )
    bild = ctx.rng.randint(1, 12)
    caps = [
        "Einsatzkräfte pumpen Wasser aus dem Zugang an der Georgstraße.",
        "Ersatzbusse warten am Aegidientorplatz.",
        "Absperrband vor der Treppe zur Station Kröpcke.",
        "Fahrgäste lesen die Aushänge der Üstra am Hauptbahnhof.",
    ]
    gal_line = f"Bild {bild} von 12: {one(ctx, caps)}"
    gallery = W(
        f'<figure class="ArticleHeadstyled__Gallery"><img src="/resizer/v2/kroepcke-{bild}.jpg" alt=""><figcaption class="Caption">{e(gal_line)}</figcaption><button aria-label="Weiter">›</button></figure>',
        [gal_line],
        "photo-gallery counter with rotating caption",
    )
    mins = int((ctx.utc - modified).total_seconds() // 60)
    rel_line = f"Zuletzt aktualisiert vor {mins} Minuten"
    rel = W(
        f'<span class="ArticleHeadstyled__Relative">{e(rel_line)}</span>',
        [rel_line],
        "moving dateline with the render time",
    )
    haz_rec = bp(
        cls,
        f"{num(510 + ctx.n * 23 + ctx.rng.randint(0, 18), '.')} Leserinnen und Leser empfehlen diesen Artikel",
        "readers-recommend count",
    )
    haz_topics = [
        "Üstra und Stadtbahn Hannover",
        "Baustellen in der Innenstadt",
        "Feuerwehr Hannover im Einsatz",
        "Enercity Netz und Versorgung",
        "Weihnachtsmarkt Hannover 2026",
    ]
    haz_tags = bl(
        "Liststyled__List",
        "Liststyled__Item",
        pick(ctx, haz_topics, 3),
        "related-topic tag line or list in the body's list style",
    )
    haz_audio = bp(
        "ArticleHeadstyled__Audio",
        f"Artikel anhören · {4 + ctx.rng.randint(0, 1)}:{ctx.rng.randint(10, 59)} Min. · {one(ctx, ['Stimme: Anna', 'Stimme: Lukas'])}",
        "listen-to-this-article audio line with duration",
    )
    units = (
        [f'<p class="{cls}">{e(p)}</p>' for p in body[:2]]
        + [b.html for b in shown]
        + [f'<p class="{cls}">{e(p)}</p>' for p in body[2:]]
    )
    k = len(units)
    ns = len(shown)
    story = weave(
        ctx,
        units,
        [
            (muell, list(range(3, 3 + ns)) + list(range(3 + ns, k)), 0.9),
            (shops, list(range(ns + 3, k)), 0.75),
            (kolumne, [k], 0.6),
            (haz_rec, list(range(4, k + 1)), 0.6),
            (haz_tags, [k], 0.65),
        ],
    )
    main = f"""<main id="main">
<article class="ArticleStyled__Article">
<header class="ArticleHeadstyled__Head"><span class="ArticleHeadstyled__Kicker">Hannover</span>
<h1 class="ArticleHeadstyled__Headline">{e(headline)}</h1>
<p class="ArticleHeadstyled__Teaser">Hauptleitung unter der Georgstraße geplatzt, Fahrgäste aus dem Tunnel geholt, Ersatzbusse im Einsatz.</p>
<div class="ArticleHeadstyled__Meta"><span>Von Tobias Wendland</span> <time datetime="{published.isoformat()}">06.12.2026, 18:55 Uhr</time> {ctx.maybe(rel, 0.85)}</div>
{ctx.maybe(gallery, 0.9)}
{ctx.maybe(haz_audio, 0.75)}
</header>
<div class="ArticleBodystyled__Body">
{story}
</div>
{ad_slot("Adstyled", "Anzeige", "haz_content_2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="de",
        title=f"{headline} | HAZ",
        canonical=url,
        prefix="haz",
        body_cls="rnd haz",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Tobias Wendland",
                    publisher=org("Hannoversche Allgemeine Zeitung", "https://www.haz.de"),
                    lang="de",
                    section="Hannover",
                )
            )
        ],
        nav=mega_nav(
            "haz",
            "HAZ",
            "/",
            ["Hannover", "Region", "Niedersachsen", "Sport", "96", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("haz", "© Verlagsgesellschaft Madsack GmbH & Co. KG"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Vorarlberger Nachrichten (+01:00), live ticker oldest first, <section> entries with microdata


def vn(ctx: Ctx) -> Render:
    url = "https://www.vn.at/vorarlberg/2026/12/06/liveticker-hochwasser-bregenzerach-kennelbach-evakuiert.vn"
    headline = "Liveticker: Hochwasser an der Bregenzerach – Häuser in Kennelbach evakuiert"
    published = at(CET, 6, 17, 10)
    body = [
        "Starker Regen und die Schneeschmelze haben die Bregenzerach am Sonntag über die Ufer treten lassen. In Kennelbach mussten mehrere Häuser an der Achstraße geräumt werden.",
        "Die Landeswarnzentrale hat für die Unterläufe von Bregenzerach und Leiblach die zweithöchste Warnstufe ausgerufen. Alle Entwicklungen lesen Sie hier im Ticker.",
    ]
    specs = [
        (
            17,
            20,
            "Pegel Kennelbach steigt rasch",
            "Der Pegel an der Messstelle Kennelbach hat innerhalb von zwei Stunden um 1,4 Meter zugelegt. Die Feuerwehr legt Sandsäcke entlang der Achstraße aus.",
        ),
        (
            18,
            5,
            "Erste Evakuierungen",
            "Die Gemeinde Kennelbach bringt die Bewohnerinnen und Bewohner von zwölf Häusern in der Volksschule unter. Das Rote Kreuz versorgt sie mit Decken und Essen.",
        ),
        (
            18,
            50,
            None,
            "Die L200 ist zwischen Kennelbach und Wolfurt gesperrt, weil Wasser über die Fahrbahn fließt. Die Landesstraßenverwaltung empfiehlt, über Lauterach auszuweichen.",
        ),
        (
            19,
            45,
            "Bundesheer unterstützt in Wolfurt",
            "Rund 60 Soldaten aus der Walgau-Kaserne helfen beim Befüllen von Sandsäcken. Der Landeshauptmann hat den Einsatz am Abend genehmigt.",
        ),
        (
            21,
            10,
            "Leiblach bleibt unter der Warnschwelle",
            "Entwarnung für Hörbranz: Die Leiblach steigt nicht mehr. Die Einsatzkräfte von dort werden nach Kennelbach verlegt.",
        ),
        (
            22,
            35,
            "Höchststand erwartet",
            "Laut hydrographischem Dienst dürfte die Bregenzerach gegen Mitternacht ihren Höchststand erreichen. Danach soll der Regen nachlassen.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:53",
        at(CET, 6, 23, 53),
        "Pegel an der Bregenzerach sinkt erstmals",
        [
            "Der hydrographische Dienst meldet an der Messstelle Kennelbach erstmals seit dem Nachmittag einen leicht fallenden Wasserstand."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        hd = (
            f'<h3 class="ticker-entry__title" itemprop="headline">{e(b.head)}</h3>'
            if b.head
            else ""
        )
        b.html = (
            f'<section class="ticker-entry" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<meta itemprop="datePublished" content="{b.ts.isoformat() if b.ts else ""}">'
            f'<p class="ticker-entry__time"><b>{e(b.label or "")}</b></p>{hd}'
            f'<div class="ticker-entry__text" itemprop="articleBody"><p>{e(b.paras[0])}</p></div></section>'
        )
    modified = shown[-1].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 20)
        return W(
            f'<section class="ticker-entry"><p class="ticker-entry__time"><b>{hm(t)}</b></p>'
            f'<h3 class="ticker-entry__title">{e(title)}</h3><div class="ticker-entry__text"><p>{e(text)}</p></div></section>',
            [title, text],
            kind,
        )

    sponsor_name = one(
        ctx, ["Hypo Vorarlberg", "Vorarlberger Kraftwerke", "Autohaus Bösch Lauterach"]
    )
    sponsor = fake(
        "Dieser Ticker wird präsentiert von " + sponsor_name,
        one(
            ctx,
            [
                "Unsere Partner unterstützen die unabhängige Berichterstattung der VN aus allen Regionen Vorarlbergs.",
                "Mit freundlicher Unterstützung unseres Partners – danke, dass Sie VN.at lesen.",
            ],
        ),
        "sponsored presented-by line",
    )
    photos = fake(
        one(
            ctx,
            ["Leserreporter gesucht", "Ihre Bilder vom Hochwasser", "Schicken Sie uns Ihre Fotos"],
        ),
        f"Sie haben das Hochwasser an der Bregenzerach fotografiert? Schicken Sie uns Ihre Bilder per WhatsApp an die VN-Redaktion – bisher sind {ctx.rng.randint(40, 60) + ctx.n * 7} Fotos eingegangen.",
        "call for reader photos",
    )
    kirche = bl(
        "ticker-list",
        "",
        pick(
            ctx,
            [
                "Pfarrkirche Kennelbach: Die Rorate am Montag um 6.30 Uhr entfällt wegen des Hochwassers.",
                "Herz-Jesu-Kirche Bregenz: Adventkonzert des Landeskonservatoriums am Montag um 19.30 Uhr.",
                "Pfarrkirche Wolfurt: Nikolausfeier für Kinder am Montag um 16 Uhr im Pfarrsaal.",
                "Basilika Rankweil: Adventsingen mit dem Montafoner Chor am Montag um 20 Uhr.",
            ],
            2,
        ),
        "church and concert listing",
    )
    rec = bp(
        "ticker-intro__text",
        f"{num(900 + ctx.n * 44 + ctx.rng.randint(0, 25), '.')} Leserinnen und Leser empfehlen diesen Ticker",
        "readers-recommend count",
    )
    audio = bp(
        "ticker-intro__text",
        f"Ticker vorlesen lassen · {6 + ctx.n // 2} Min. {ctx.rng.randint(10, 59)} Sek.",
        "listen-to-this-article audio line with duration",
    )
    vn_stamp = hm(ctx.ago(4, 40))
    abfall = bp(
        "ticker-intro__text",
        one(
            ctx,
            [
                f"Die Abfuhr der Gelben Säcke in Kennelbach und Wolfurt wird wegen des Hochwassers auf Mittwoch verschoben (aktualisiert {vn_stamp} Uhr).",
                f"Der Umweltverband verlegt die Restmüllabfuhr entlang der Achstraße auf Mittwoch. Aktualisiert um {vn_stamp} Uhr.",
                f"Altstoffsammelzentrum Kennelbach bleibt am Montag geschlossen, die Biotonnen werden am Dienstag geleert. Stand {vn_stamp} Uhr.",
            ],
        ),
        "municipal waste-collection change",
        lead="Info:",
        tag="b",
    )
    intro = weave(
        ctx,
        [f'<p class="ticker-intro__text">{e(p)}</p>' for p in body],
        [(rec, [1, 2], 0.7), (audio, [0], 0.7), (abfall, [1, 2], 0.85)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (sponsor, [0, 1, len(units)], 0.9),
            (photos, list(range(1, len(units) + 1)), 0.8),
            (kirche, list(range(2, len(units) + 1)), 0.6),
        ],
    )
    main = f"""<main class="vn-main">
<article class="vn-article vn-article--ticker" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="datePublished" content="{published.isoformat()}"><meta itemprop="dateModified" content="{modified.isoformat()}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="vn-article__head"><p class="vn-article__topline">Vorarlberg</p><h1 class="vn-article__title" itemprop="headline">{e(headline)}</h1>
<div class="vn-article__meta">VN-Redaktion · 6. Dezember 2026 · Aktualisiert: {hm(modified)} Uhr</div></header>
<div class="ticker-intro">
{intro}
</div>
{ad_slot("vn-ad", "Werbung", "vn_ros_rect1")}
<div class="ticker">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="de-AT",
        title=f"{headline} | VN.at",
        canonical=url,
        prefix="vn",
        body_cls="vn-page",
        jsonld=[
            ld(
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "name": "Vorarlberg",
                            "item": "https://www.vn.at/vorarlberg",
                        }
                    ],
                }
            )
        ],
        nav=mega_nav(
            "vn",
            "Vorarlberger Nachrichten",
            "/",
            ["Vorarlberg", "Österreich", "Welt", "Sport", "Markt", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("vn", "© Russmedia Digital GmbH"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Nürnberger Nachrichten (+01:00), updates after the story, oldest first, each an <h3>
# "Aktualisierung um 21.40 Uhr" + text; "Anmerkung der Redaktion:" at the top


def nn(ctx: Ctx) -> Render:
    url = "https://www.nn.de/region/nuernberg/feuer-in-bude-am-christkindlesmarkt-hauptmarkt-geraeumt-1.15229874"
    headline = "Feuer in Glühweinbude: Christkindlesmarkt am Hauptmarkt geräumt"
    published = at(CET, 6, 19, 50)
    cls = "article-text"
    body = [
        "Nürnberg – Ein Feuer in einer Glühweinbude hat am Sonntagabend zur Räumung des Christkindlesmarkts auf dem Hauptmarkt geführt. Tausende Besucher mussten den Markt verlassen.",
        "Das Feuer brach nach Angaben der Feuerwehr gegen 19.15 Uhr in einer Bude an der Südseite des Marktes, nahe dem Schönen Brunnen, aus. Ein Gaskocher soll in Brand geraten sein.",
        "Die Flammen griffen auf das Dach der Nachbarbude über. Die Feuerwehr hatte den Brand nach rund 20 Minuten gelöscht. Zwei Standbetreiber wurden mit leichten Verbrennungen ins Klinikum Nord gebracht.",
        "Die Polizei sperrte den Hauptmarkt und die angrenzende Plobenhofstraße. Auch der Kinderweihnachtsmarkt auf dem Hans-Sachs-Platz wurde vorsorglich geschlossen.",
        "Die Stadt Nürnberg prüft nun, ob die Gasanlagen der übrigen Buden sicher sind. Marktleiterin Sabine Ertl sagte, die Kontrolle solle noch in der Nacht beginnen.",
        "Der Christkindlesmarkt zählt zu den bekanntesten Weihnachtsmärkten Deutschlands. Er zieht jedes Jahr rund zwei Millionen Besucher in die Nürnberger Altstadt.",
    ]
    ed = Block(
        "editors_note",
        "Anmerkung der Redaktion",
        None,
        None,
        [
            "Ein Mitarbeiter unseres Verlags betreibt eine der vom Brand betroffenen Buden. Er war an diesem Bericht nicht beteiligt."
        ],
    )
    notes = [
        Block(
            "update",
            "Aktualisierung um 21.05 Uhr",
            at(CET, 6, 21, 5),
            None,
            [
                "Die Polizei hat die Sperrung der Plobenhofstraße aufgehoben. Der Hauptmarkt bleibt bis zum Ende der Kontrollen geschlossen."
            ],
        ),
        Block(
            "update",
            "Aktualisierung um 22.25 Uhr",
            at(CET, 6, 22, 25),
            None,
            [
                "Nach Angaben der Kripo war ein undichter Schlauch am Gaskocher die Ursache. Hinweise auf Brandstiftung gebe es keine."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aktualisierung um 23.54 Uhr",
        at(CET, 6, 23, 54),
        None,
        [
            "Die Stadt teilt mit, dass der Christkindlesmarkt am Montag wie gewohnt um 9.30 Uhr öffnet. Die beiden beschädigten Buden bleiben geschlossen."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<h3 class="article-subhead">{e(b.label or "")}</h3><p class="{cls}">{e(b.paras[0])}</p>'
    ed.html = f'<p class="{cls}"><i><b>Anmerkung der Redaktion:</b> {e(ed.paras[0])}</i></p>'
    modified = shown[-1].ts or published

    transl = bp(
        cls,
        one(
            ctx,
            [
                "Dieser Artikel ist auch auf Englisch verfügbar: Fire at mulled wine stall clears Nuremberg Christmas market.",
                "This article is also available in English – read it in our international edition.",
                "Auch auf Englisch: Unsere Meldungen zum Christkindlesmarkt gibt es jetzt im Nuremberg News Service.",
            ],
        ),
        "also-available-in-another-language notice",
        lead="Info:",
        tag="b",
    )
    rec = bp(
        cls,
        f"{num(240 + ctx.n * 17 + ctx.rng.randint(0, 12), '.')} Leser empfehlen diesen Artikel",
        "readers-recommend count",
    )
    wa = bp(
        cls,
        one(
            ctx,
            [
                "Teilen Sie diesen Artikel auf WhatsApp mit allen, die heute noch auf den Christkindlesmarkt wollten.",
                "Jetzt auf WhatsApp teilen und Freunde und Familie informieren.",
                "Sie wollten auch auf den Markt? Teilen Sie diese Nachricht per WhatsApp.",
            ],
        ),
        "share or follow on WhatsApp call",
    )
    mins = ctx.rng.choice([3, 4]) if ctx.n % 2 else 4
    reading = W(
        f'<span class="article-meta__readtime">Lesezeit {mins} Min. · {e(one(ctx, ["Artikel merken", "Später lesen"]))}</span>',
        [f"Lesezeit {mins} Min. · "],
        "reading-time line",
    )
    reading.lines = [f"Lesezeit {mins} Min."]
    topics = [
        "Christkindlesmarkt 2026",
        "Feuerwehr Nürnberg",
        "Hauptmarkt und Altstadt",
        "Weihnachtsmärkte in Franken",
        "Polizeibericht Mittelfranken",
    ]
    tags = bl(
        "article-list",
        "article-list__item",
        pick(ctx, topics, 3),
        "related-topic tag line or list in the body's list style",
    )
    nn_kol = bp(
        cls,
        one(
            ctx,
            [
                "Jeden Montag in den NN: „Mein Nürnberg“. Diesmal erzählt ein Budenbetreiber, warum er seit 40 Jahren auf dem Hauptmarkt steht.",
                "Die Wochenkolumne „Franken von oben“ erscheint montags – diesmal über die Dächer der Altstadt rund um den Schönen Brunnen.",
                "Montags in der Kolumne „Stadtgeflüster“: Was die Nürnberger über ihren Weihnachtsmarkt wirklich denken.",
            ],
        ),
        "weekly column teaser",
        lead="Kolumne:",
        tag="b",
    )
    nn_bild = ctx.rng.randint(1, 9)
    nn_gline = f"Bild {nn_bild} von 9: " + one(
        ctx,
        [
            "Löscharbeiten an der Bude am Schönen Brunnen.",
            "Besucher verlassen den Hauptmarkt.",
            "Absperrung an der Plobenhofstraße.",
            "Die ausgebrannte Glühweinbude am Abend.",
        ],
    )
    nn_gallery = W(
        f'<figure class="article-gallery"><img src="/img/hauptmarkt-{nn_bild}.jpg" alt=""><figcaption class="article-gallery__caption">{e(nn_gline)}</figcaption></figure>',
        [nn_gline],
        "photo-gallery counter with rotating caption",
    )
    units = [ed.html] + [f'<p class="{cls}">{e(p)}</p>' for p in body] + [b.html for b in shown]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (transl, [1, 2, 3], 0.8),
            (wa, list(range(4, k + 1)), 0.75),
            (rec, list(range(3, k)), 0.6),
            (tags, [k], 0.7),
            (nn_kol, list(range(5, k + 1)), 0.65),
        ],
    )
    main = f"""<main class="page">
<article class="article" data-id="1.15229874">
<header class="article-header"><p class="article-header__kicker">Nürnberg</p><h1 class="article-header__title">{e(headline)}</h1>
<p class="article-header__lead">Zwei Standbetreiber leicht verletzt – Stadt prüft Gasanlagen aller Buden</p>
<div class="article-meta"><span class="article-meta__author">Von Lena Hofbauer</span> <time datetime="{published.isoformat()}">06.12.2026 19:50 Uhr</time> {ctx.maybe(reading, 0.9)}</div>
{ctx.maybe(nn_gallery, 0.85)}
</header>
<div class="article-body">
{story}
</div>
{ad_slot("nn-ad", "Anzeige", "nn_medium_rect")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="de",
        title=f"{headline} | NN",
        canonical=url,
        prefix="nn",
        body_cls="vnp nn",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Lena Hofbauer",
                    publisher=org("Nürnberger Nachrichten", "https://www.nn.de"),
                    lang="de",
                    section="Nürnberg",
                )
            )
        ],
        nav=mega_nav(
            "nn",
            "Nürnberger Nachrichten",
            "/",
            ["Nürnberg", "Region", "Bayern", "Club", "Sport", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("nn", "© Verlag Nürnberger Presse"),
    )
    return Render(html, body, [ed, *shown], genuine, modified)


SITES = [
    Site(
        "haz-hannover-kroepcke-rohrbruch-u-bahn-station-geflutet",
        "Hannoversche Allgemeine",
        "de",
        "updates",
        CET,
        haz,
    ),
    Site(
        "vn-liveticker-hochwasser-bregenzerach-kennelbach-evakuiert",
        "Vorarlberger Nachrichten (AT)",
        "de",
        "live",
        CET,
        vn,
    ),
    Site(
        "nn-nuernberg-christkindlesmarkt-gluehweinbude-feuer-geraeumt",
        "Nürnberger Nachrichten",
        "de",
        "updates",
        CET,
        nn,
    ),
]
