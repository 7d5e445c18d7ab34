"""German-language publishers: General-Anzeiger Bonn, Mittelbayerische Zeitung, meinbezirk.at."""

from __future__ import annotations

from datetime import datetime

from fx import (
    APPEAL,
    CLOSINGS,
    COUNTER,
    COURT,
    DISPATCH,
    FOODBANK,
    HUNT,
    LETTERS,
    LIFTS,
    LIGHTS,
    NOTICES,
    SAINT,
    SANTA,
    SCAM,
    WARDS,
    bl,
    bp,
    calls,
    drift,
    hm,
    ld,
    num,
    one,
    ranked,
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


def _saint_de(ctx: Ctx) -> str:
    """The name day, which turns over at local midnight (fetch 6 on +01:00 pages)."""
    if ctx.local.day == 6:
        return "Heute feiern alle, die Nikolaus, Nikola, Niklas oder Klaus heißen."
    return "Heute feiern alle, die Ambrosius oder Ambros heißen."


# ---------------------------------------------------------------------------------------------
# General-Anzeiger Bonn (+01:00), custom CMS with one widget wrapper per paragraph, updates: bold
# "Ergänzung vom 6. Dezember, 22.35 Uhr:" leads (no update word) in the body's paragraph class
# after paragraph 3, newest first; an italic "Hinweis der Redaktion:" at the bottom. The body is
# split by a photo, a map embed and an ad.


def ga(ctx: Ctx) -> Render:
    url = "https://ga.de/bonn/stadt-bonn/kennedybruecke-gesperrt-unfall-gefahrgut-lkw-linienbus_aid-12041987"
    headline = (
        "Kennedybrücke nach Unfall mit Gefahrgut-Lkw gesperrt – Stadtbahnen 62 und 66 unterbrochen"
    )
    published = at(CET, 6, 18, 10)

    def wrap(inner: str, kind: str = "text") -> str:
        return f'<div class="park-widget park-widget--{kind}"><div class="park-{kind}">{inner}</div></div>'

    def gw(w: W, kind: str = "text") -> W:
        return W(wrap(w.html, kind), w.lines, w.kind)

    body = [
        "Bonn. Nach einem Unfall mit einem Gefahrgut-Lastwagen ist die Kennedybrücke zwischen Bonn und Beuel am Sonntagabend komplett gesperrt worden.",
        "Der Lkw war gegen 17.30 Uhr auf der Fahrbahn in Richtung Beuel mit einem Linienbus zusammengestoßen und hatte dabei einen Tank beschädigt, aus dem eine ätzende Flüssigkeit tropfte.",
        "Die Feuerwehr Bonn rückte mit einem Gefahrstoffzug an und dichtete das Leck ab. Verletzt wurde nach ersten Angaben niemand, der Busfahrer kam mit einem Schock ins Krankenhaus.",
        "Die Stadtbahnlinien 62 und 66 fahren nach Angaben der Stadtwerke Bonn bis auf Weiteres nur bis zum Bertha-von-Suttner-Platz. Zwischen Bonn und Beuel pendeln Ersatzbusse über die Konrad-Adenauer-Brücke.",
        "„Es hat plötzlich nach Essig gerochen, dann kam schon die Durchsage, dass wir aussteigen sollen“, sagte eine Frau, die im Bus gesessen hatte.",
        "Autofahrer sollten den Bereich weiträumig umfahren, teilte die Polizei mit. Auf der Nordbrücke und der Südbrücke staute sich der Verkehr am Abend in beide Richtungen.",
        "Wie lange die Sperrung dauert, ist offen. Ein Gutachter soll in der Nacht prüfen, ob die Fahrbahn durch die Flüssigkeit beschädigt wurde.",
    ]
    notes = [
        Block(
            "update",
            "Ergänzung vom 6. Dezember, 22.35 Uhr",
            at(CET, 6, 22, 35),
            None,
            [
                "Die Feuerwehr hat das Umpumpen der restlichen Flüssigkeit in einen Ersatztank abgeschlossen. Der Lkw soll gegen Mitternacht abgeschleppt werden."
            ],
        ),
        Block(
            "update",
            "Ergänzung vom 6. Dezember, 21.40 Uhr",
            at(CET, 6, 21, 40),
            None,
            [
                "Nach Angaben der Polizei handelt es sich bei der Flüssigkeit um verdünnte Essigsäure. Eine Gefahr für Anwohner in Beuel bestehe nicht."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Ergänzung vom 6. Dezember, 23.52 Uhr",
        at(CET, 6, 23, 52),
        None,
        [
            "Die Kennedybrücke ist für Autos wieder freigegeben. Die Stadtbahnen 62 und 66 fahren nach Angaben der Stadtwerke erst ab Betriebsbeginn am Montag wieder durchgehend."
        ],
    )
    note = Block(
        "editors_note",
        "Hinweis der Redaktion",
        None,
        None,
        [
            "Ein Mitarbeiter des General-Anzeigers saß in dem beteiligten Bus. Er hat an diesem Bericht nicht mitgeschrieben."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = wrap(f'<p class="text"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>')
    note.html = wrap(
        f'<p class="text"><em><strong>{e(note.label or "")}:</strong> {e(note.paras[0])}</em></p>'
    )
    modified = shown[0].ts or published

    cls = "text"
    counter = gw(
        bp(
            cls,
            f"Heute {num(rise(ctx, 3114, 17, 12), '.')} Radfahrerinnen und Radfahrer in beide Richtungen, am vergangenen Sonntag waren es zur selben Zeit {num(drift(ctx, 3480, 40), '.')}.",
            COUNTER,
            lead=f"Radzähler Kennedybrücke, Stand {uhr(ctx.ago(1, 7))}:",
        )
    )
    lift_pool = [
        "Bonn Hbf, Aufzug zu Gleis 2/3",
        "Bonn Hbf, Rolltreppe zur Poststraße",
        "Haltestelle Juridicum, Aufzug Richtung Bad Godesberg",
        "Haltestelle Heussallee/Museumsmeile, Aufzug Richtung Hbf",
        "Beuel Bahnhof, Aufzug zu Gleis 1",
        "Haltestelle Bertha-von-Suttner-Platz, Rolltreppe Richtung Oper",
    ]
    lifts = gw(
        bl(
            "park-list park-list--bullets",
            "park-list__item",
            [f"{x}: außer Betrieb seit {uhr(ctx.ago(5, 200))}" for x in pick(ctx, lift_pool, 2)],
            LIFTS,
        ),
        "list",
    )
    call_pool = [
        "Brandmeldealarm, Poppelsdorfer Allee",
        "Rettungsdienst, Rathausgasse",
        "Ölspur, Adenauerallee",
        "Kleinbrand, Containerplatz in Tannenbusch",
        "Türöffnung, Bornheimer Straße",
        "Wasserschaden, Friedrich-Breuer-Straße in Beuel",
        "Rauchmelder, Endenicher Allee",
        "Verkehrsunfall, Reuterstraße",
    ]
    dispatch = gw(
        bp(
            cls,
            "Einsätze seit 22 Uhr: " + "; ".join(calls(ctx, call_pool, 3, uhr)) + ".",
            DISPATCH,
            lead=f"Feuerwehr Bonn, {uhr(ctx.ago(1, 8))}:",
        )
    )
    hunt = gw(
        bp(
            cls,
            "Am Dienstag, 8. Dezember, ist der Kottenforst zwischen Röttgen und Ippendorf von 8 bis 15 Uhr für Spaziergänger gesperrt. Das Regionalforstamt bittet, die Absperrungen zu beachten.",
            HUNT,
            lead="Drückjagd im Kottenforst:",
        )
    )
    scam_n = rise(ctx, 46, 3, 2)
    scam = gw(
        bp(
            cls,
            one(
                ctx,
                [
                    f"Die Polizei Bonn warnt vor Schockanrufen. Seit Freitag haben sich {scam_n} Menschen gemeldet, denen am Telefon ein angeblicher Unfall eines Angehörigen geschildert wurde.",
                    f"Schon {scam_n} Schockanrufe seit Freitag: Die Polizei Bonn warnt vor Betrügern, die sich als Ärzte oder Polizisten ausgeben und eine Kaution fordern.",
                ],
            ),
            SCAM,
        )
    )
    court = gw(
        bp(
            cls,
            turn(
                ctx,
                [
                    "Ein 27-jähriger Mann aus Tannenbusch ist wegen mehrerer Taschendiebstähle auf dem Bonner Weihnachtsmarkt zu acht Monaten auf Bewährung verurteilt worden.",
                    "Weil er in Bad Godesberg mit 1,9 Promille einen Laternenmast umgefahren hatte, muss ein 45-Jähriger 3600 Euro zahlen und seinen Führerschein abgeben.",
                    "Eine frühere Kassiererin eines Beueler Sportvereins hat gestanden, über drei Jahre rund 21.000 Euro aus der Vereinskasse genommen zu haben.",
                    "Der Prozess gegen zwei Männer, die Kupferkabel an der Bahnstrecke bei Duisdorf gestohlen haben sollen, wird am Donnerstag fortgesetzt.",
                ],
                "court",
            ),
            COURT,
            lead="Aus dem Amtsgericht:",
        )
    )
    notices = gw(
        bp(
            cls,
            turn(
                ctx,
                [
                    "Der Bebauungsplan Nr. 7421-12 „Bonner Talweg / Königstraße“ liegt vom 14. Dezember bis 22. Januar im Stadthaus öffentlich aus.",
                    "Die Sitzung der Bezirksvertretung Beuel am 10. Dezember beginnt um 18 Uhr im Beueler Rathaus. Die Tagesordnung hängt im Stadthaus aus.",
                    "Die Stadt Bonn widmet den neuen Fuß- und Radweg am Rheinufer zwischen Kennedybrücke und Rheinaue dem öffentlichen Verkehr.",
                ],
                "notices",
            ),
            NOTICES,
            lead="Amtliche Bekanntmachung:",
        )
    )

    fig = wrap(
        '<figure class="park-figure"><img src="/imgs/04/1/9/8/7/kennedybruecke-gefahrgut.jpg" alt="">'
        '<figcaption class="park-figure__caption">Einsatzkräfte an der gesperrten Kennedybrücke am Sonntagabend. Foto: Benjamin Westhoff</figcaption></figure>',
        "image",
    )
    embed = wrap(
        '<iframe class="park-embed__frame" title="Karte der Sperrung" src="https://datawrapper.dwcdn.net/Xk3Pq/2/" loading="lazy" height="420"></iframe>',
        "embed",
    )
    ad = wrap(ad_slot("park-ad", "Anzeige", "ga_content_2"), "ad")
    para = [wrap(f'<p class="text">{e(p)}</p>') for p in body]
    units = para[:2] + [fig] + para[2:3] + [b.html for b in shown] + para[3:5] + [ad]
    units += [*para[5:6], embed, *para[6:], note.html]
    k = len(units)
    nn = len(shown)
    story = weave(
        ctx,
        units,
        [
            (counter, list(range(1, k + 1)), 0.85),
            (lifts, list(range(4 + nn, k + 1)), 0.8),
            (dispatch, list(range(3, 5 + nn)), 0.9),
            (hunt, [2, 5 + nn, k], 0.6),
            (scam, list(range(1, k)), 0.8),
            (court, list(range(5 + nn, k + 1)), 0.75),
            (notices, [k - 1, k], 0.7),
        ],
    )
    main = f"""<div class="park-main">
<div class="park-grid">
<div class="park-grid__col park-grid__col--main">
<article class="park-article" data-article-id="12041987">
<header class="park-article__header">
<span class="park-article__kicker">Unfall auf der Kennedybrücke</span>
<h1 class="park-article__headline">{e(headline)}</h1>
<div class="park-article__meta"><span class="park-article__author">Von Lea Kremer</span>
<time class="park-article__date" datetime="{modified.isoformat()}">Aktualisiert: {e(modified.strftime("%d.%m.%Y, %H:%M"))} Uhr</time></div>
<div class="park-article__intro"><p class="park-intro">Ein Lastwagen mit ätzender Ladung und ein Linienbus sind auf der Brücke zusammengestoßen. Die Feuerwehr war mit einem Gefahrstoffzug im Einsatz.</p></div>
</header>
<div class="park-article__content">
<div class="park-article__body">
<div class="park-article__widgets">
{story}
</div>
</div>
</div>
</article>
</div>
<aside class="park-grid__col park-grid__col--side"></aside>
</div>
</div>"""
    html = shell(
        ctx,
        lang="de-DE",
        title=f"{headline} | GA",
        canonical=url,
        prefix="ga",
        body_cls="park-body park-body--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Lea Kremer",
                    publisher=org("General-Anzeiger Bonn", "https://ga.de"),
                    lang="de-DE",
                    section="Bonn",
                )
            )
        ],
        nav=mega_nav(
            "ga",
            "General-Anzeiger Bonn",
            "/",
            ["Bonn", "Region", "Politik", "Wirtschaft", "Sport", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("ga", "© 2026 General-Anzeiger Bonn GmbH"),
    )
    return Render(html, body, [*shown, note], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Mittelbayerische (+01:00), live, oldest first: <li> entries in schema.org microdata
# (LiveBlogPosting > liveBlogUpdate BlogPosting), a bold "17:05 Uhr" clock paragraph + <h3>; the
# JSON-LD is only a WebPage


def mittelbayerische(ctx: Ctx) -> Render:
    url = "https://www.mittelbayerische.de/lokales/stadt-regensburg/liveticker-glatteis-ostbayern-a3-gesperrt-rvv-busse-stehen-19283746"
    headline = (
        "Liveticker: Glatteis legt Ostbayern lahm – A3 bei Regensburg gesperrt, RVV-Busse stehen"
    )
    published = at(CET, 6, 16, 50)
    cls = "mbz-text"
    body = [
        "Eisregen hat am Sonntagnachmittag in der Oberpfalz und in Niederbayern zu zahlreichen Unfällen geführt. Auf der A3 zwischen Regensburg-Ost und Rosenhof geht seit dem frühen Abend nichts mehr.",
        "Der Regensburger Verkehrsverbund hat den Busverkehr in der Stadt eingestellt. Wir berichten fortlaufend.",
    ]
    specs = [
        (
            17,
            5,
            "Erste Unfälle auf der A3",
            "Zwischen Regensburg-Ost und Wörth an der Donau sind mehrere Autos in die Leitplanke gerutscht. Die Polizei meldet zunächst nur Blechschäden.",
        ),
        (
            17,
            48,
            "RVV stellt Busverkehr ein",
            "Wegen spiegelglatter Straßen fahren in Regensburg ab sofort keine Stadtbusse mehr. Betroffen sind alle Linien des RVV im Stadtgebiet.",
        ),
        (
            18,
            30,
            None,
            "Auf der Steinernen Brücke und in der Altstadt sind mehrere Fußgänger gestürzt. Das Rote Kreuz spricht von einer zweistelligen Zahl von Einsätzen.",
        ),
        (
            19,
            40,
            "A3 in Richtung Passau gesperrt",
            "Nach einem Unfall mit zwei Lastwagen ist die A3 zwischen Regensburg-Ost und Rosenhof in Richtung Passau voll gesperrt. Der Verkehr staut sich auf zehn Kilometern.",
        ),
        (
            21,
            15,
            "Streufahrzeuge im Dauereinsatz",
            "Der Winterdienst der Stadt Regensburg ist mit allen 38 Fahrzeugen unterwegs. Die Autobahnmeisterei streut die A3 seit Stunden ohne Pause.",
        ),
        (
            22,
            30,
            "Notaufnahmen voll",
            "In den Notaufnahmen der Regensburger Kliniken werden seit dem Nachmittag vor allem Knochenbrüche behandelt. Wer kann, soll nur in dringenden Fällen kommen.",
        ),
    ]
    entries = [
        Block("live_entry", f"{hm(at(CET, 6, h, m))} Uhr", at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:53 Uhr",
        at(CET, 6, 23, 53),
        "A3 wieder frei",
        [
            "Die Autobahnpolizei hat die Fahrbahn in Richtung Passau nach dem Lkw-Unfall wieder freigegeben. Sie bittet trotzdem, nur im Notfall zu fahren."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(label: str, head: str | None, text: str, micro: datetime | None) -> str:
        if micro:
            attrs = ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            meta = f'<meta itemprop="datePublished" content="{micro.isoformat()}">'
            hp, bp_ = ' itemprop="headline"', ' itemprop="articleBody"'
        else:
            attrs = meta = hp = bp_ = ""
        hd = f'<h3 class="mbz-ticker__title"{hp}>{e(head)}</h3>' if head else ""
        return (
            f'<li class="mbz-ticker__entry"{attrs}>{meta}<p class="mbz-ticker__time"><strong>{e(label)}</strong></p>'
            f'{hd}<div class="mbz-ticker__content"{bp_}><p class="{cls}">{e(text)}</p></div></li>'
        )

    for b in shown:
        b.html = item(b.label or "", b.head, b.paras[0], b.ts)
    modified = shown[-1].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        return W(item(f"{hm(t)} Uhr", title, text, None), [title, text], kind)

    call_pool = [
        "Verkehrsunfall, B16 bei Kelheim",
        "Sturz auf Glatteis, Domplatz",
        "Lkw quer, B8 bei Barbing",
        "Verkehrsunfall, Kreisstraße R 30 bei Pentling",
        "Brandmeldeanlage, Gewerbepark",
        "Sturz auf Glatteis, Dachauplatz",
        "Auto im Graben, Staatsstraße 2145 bei Nittendorf",
        "Rettungsdienst, Kumpfmühler Straße",
    ]
    dispatch = fake(
        one(
            ctx,
            ["ILS Regensburg: die Einsätze der letzten Stunde", "Einsatzliste der ILS Regensburg"],
        ),
        "; ".join(calls(ctx, call_pool, 3, lambda t: f"{hm(t)} Uhr", 25, 70)) + ".",
        DISPATCH,
    )
    route = [
        ("am Marktplatz", "Ludwigsplatz"),
        ("in der Donaustraße", "Alter Markt"),
        ("am Alten Markt", "Schäfflerstraße"),
        ("in der Schäfflerstraße", "Niederdörfl"),
        ("im Niederdörfl", "Wöhrdplatz"),
        ("am Wöhrdplatz", "Feuerwehrhaus"),
        ("am Feuerwehrhaus", "Marktplatz"),
    ]
    here, nxt = route[ctx.n]
    santa = fake(
        one(ctx, ["Wo ist der Nikolaus?", "Nikolaus- und Krampuszug in Kelheim"]),
        f"Der Nikolaus- und Krampuszug der Kelheimer Krampusfreunde ist jetzt {here}, nächste Station: {nxt}.",
        SANTA,
    )
    scam_n = rise(ctx, 31, 2, 2)
    scam = fake(
        one(ctx, ["Polizei warnt vor falschen Polizisten", "Betrugsanrufe in der Oberpfalz"]),
        f"Im Landkreis Regensburg haben seit dem Nachmittag {scam_n} Menschen Anrufe von falschen Polizeibeamten gemeldet. Die echte Polizei fragt nie nach Bargeld oder Schmuck.",
        SCAM,
    )
    wards = fake(
        "Besuchsstopp in Kliniken",
        f"Wegen Noroviren sind im Krankenhaus Barmherzige Brüder {drift(ctx, 4, 1)} Stationen für Besucher geschlossen, im Caritas-Krankenhaus St. Josef {drift(ctx, 2, 1)}. Stand {uhr(ctx.ago(10, 80))}.",
        WARDS,
    )
    school_pool = [
        "Landkreis Cham: kein Unterricht an allen Schulen",
        "Stadt Regensburg: Unterricht findet statt",
        "Landkreis Kelheim: Unterricht erst ab der dritten Stunde",
        "Landkreis Schwandorf: Distanzunterricht",
        "Landkreis Regensburg: Schulbusse fahren nicht",
        "Landkreis Straubing-Bogen: kein Unterricht an Grundschulen",
        "Landkreis Neumarkt: Unterricht findet statt",
    ]
    closings = fake(
        "Unterrichtsausfall am Montag",
        f"Stand {uhr(ctx.ago(2, 30))}: "
        + "; ".join(ctx.rng.sample(school_pool, 2 + min(ctx.n, 4)))
        + ".",
        CLOSINGS,
    )
    saint = bp(cls, _saint_de(ctx), SAINT, lead="Namenstag:")
    hunt = bp(
        cls,
        "Im Staatswald bei Donaustauf wird am Dienstag eine Drückjagd abgehalten. Die Kreisstraße R 7 wird zwischen 9 und 14 Uhr mehrfach kurz gesperrt.",
        HUNT,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(saint, [0, 1, 2], 0.75), (hunt, [1, 2], 0.6)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (dispatch, list(range(1, n + 1)), 0.9),
            (santa, list(range(0, n + 1)), 0.8),
            (scam, list(range(2, n + 1)), 0.75),
            (wards, list(range(0, n)), 0.7),
            (closings, list(range(3, n + 1)), 0.85),
        ],
    )
    main = f"""<main class="mbz-main">
<div class="mbz-layout"><div class="mbz-layout__content">
<article class="mbz-article mbz-article--ticker" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="datePublished" content="{published.isoformat()}"><meta itemprop="dateModified" content="{modified.isoformat()}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="mbz-article__head"><p class="mbz-article__dachzeile">Wetter in Ostbayern</p>
<h1 class="mbz-article__title" itemprop="headline">{e(headline)}</h1>
<p class="mbz-article__teaser">Eisregen in der Oberpfalz und in Niederbayern: Unfälle, gesperrte Straßen und Stürze in der Altstadt.</p>
<div class="mbz-article__meta">Von Tobias Aigner · Aktualisiert: {e(hm(modified))} Uhr</div></header>
<section class="mbz-ticker__intro">
{intro}
</section>
{ad_slot("mbz-ad", "Anzeige", "mbz_ticker_rectangle")}
<ol class="mbz-ticker__list">
{feed}
</ol>
</article>
</div></div>
</main>"""
    html = shell(
        ctx,
        lang="de-DE",
        title=f"{headline} | Mittelbayerische",
        canonical=url,
        prefix="mbz",
        body_cls="mbz-page mbz-page--ticker",
        jsonld=[
            ld(
                {
                    "@type": "WebPage",
                    "name": headline,
                    "url": url,
                    "publisher": org("Mittelbayerische", "https://www.mittelbayerische.de"),
                }
            )
        ],
        nav=mega_nav(
            "mbz",
            "Mittelbayerische",
            "/",
            ["Lokales", "Bayern", "Politik", "Sport", "Kultur", "Ratgeber"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("mbz", "© 2026 Mittelbayerischer Verlag KG"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# meinbezirk.at (+01:00), live, newest first: <div> posts with a bold clock paragraph "22:35" and
# an <h3>; no live-blog markup at all (the JSON-LD is only a NewsArticle)


def meinbezirk(ctx: Ctx) -> Render:
    url = "https://www.meinbezirk.at/liezen/c-lokales/liveticker-schneechaos-im-bezirk-liezen-a9-gesperrt_a7391846"
    headline = "Liveticker: Schneechaos im Bezirk Liezen – A9 gesperrt, Lkw-Stau bis Ardning"
    published = at(CET, 6, 15, 30)
    cls = "mb-article__text"
    body = [
        "Heftiger Schneefall hat am Sonntag im Ennstal und im Paltental für Chaos gesorgt. Die Pyhrnautobahn A9 ist zwischen Ardning und dem Bosrucktunnel gesperrt.",
        "Hunderte Lkw stehen auf der B138 und in Liezen. Wir halten Sie in diesem Ticker auf dem Laufenden.",
    ]
    specs = [
        (
            16,
            20,
            "Erste Lkw hängen fest",
            "Am Pyhrnpass kommen mehrere Sattelzüge nicht mehr weiter. Die Asfinag schickt Räumfahrzeuge aus Spital am Pyhrn.",
        ),
        (
            17,
            5,
            "A9 gesperrt",
            "Die Pyhrnautobahn ist zwischen Ardning und dem Bosrucktunnel in beide Richtungen gesperrt. Der Verkehr wird über die B138 umgeleitet.",
        ),
        (
            18,
            10,
            None,
            "Die Feuerwehr Liezen hat im Rüsthaus eine Wärmestube für gestrandete Lkw-Fahrer eingerichtet. Das Rote Kreuz verteilt Tee und Suppe.",
        ),
        (
            19,
            25,
            "Stromausfall in Rottenmann",
            "Unter der Schneelast sind Bäume auf eine Leitung gestürzt. Rund 600 Haushalte in Rottenmann und Trieben sind ohne Strom.",
        ),
        (
            21,
            0,
            "Zugverkehr eingestellt",
            "Die ÖBB haben den Verkehr zwischen Selzthal und Stainach-Irdning eingestellt. Ein Schienenersatzverkehr ist wegen der Straßenlage nicht möglich.",
        ),
        (
            22,
            35,
            "Schneefall lässt nach",
            "Laut Geosphere Austria soll der Schneefall im Ennstal bis Mitternacht nachlassen. Bis dahin werden noch bis zu zehn Zentimeter erwartet.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:54",
        at(CET, 6, 23, 54),
        "A9 wieder einspurig befahrbar",
        [
            "Die Asfinag hat einen Fahrstreifen der Pyhrnautobahn in Richtung Linz freigegeben. Die wartenden Lkw in Liezen werden nach und nach abgeleitet."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def post(label: str, head: str | None, text: str) -> str:
        hd = f'<h3 class="mb-ticker__headline">{e(head)}</h3>' if head else ""
        return (
            f'<div class="mb-ticker__post"><p class="mb-ticker__stamp"><b>{e(label)}</b></p>'
            f'{hd}<p class="{cls}">{e(text)}</p></div>'
        )

    for b in shown:
        b.html = post(b.label or "", b.head, b.paras[0])
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        return W(post(hm(ctx.ago(1, 24)), title, text), [title, text], kind)

    letters = fake(
        one(ctx, ["Christkindl-Postamt", "Post ans Christkind"]),
        f"Im Sonderpostamt Christkindl in Steyr sind heuer schon {num(rise(ctx, 412630, 61, 45), '.')} Briefe und Wunschzettel eingelangt. Es ist bis 6. Jänner geöffnet.",
        LETTERS,
    )
    votes = ranked(
        ctx,
        [
            "Familie Pichler in Aigen im Ennstal",
            "der Adventmarkt in Admont",
            "das Haus Zach in Rottenmann",
            "die Schlossallee in Trautenfels",
            "Familie Gruber in Irdning",
        ],
        388,
    )
    lights = fake(
        "Voting: schönste Weihnachtsbeleuchtung im Bezirk",
        "Derzeit vorne: "
        + ", ".join(f"{name} ({v} Stimmen)" for name, v in votes)
        + ". Abstimmen bis 20. Dezember.",
        LIGHTS,
    )
    appeal = fake(
        one(ctx, ["Vermisst im Bezirk Liezen", "Polizei bittet um Hinweise"]),
        one(
            ctx,
            [
                "Seit Samstagabend wird die 16-jährige Lena H. aus Schladming vermisst. Sie war zuletzt am Bahnhof Schladming. Hinweise an die Polizei unter 059133.",
                "Nach einem Einbruch in eine Trafik in Stainach sucht die Polizei Zeugen, die in der Nacht auf Sonntag einen dunklen Kombi gesehen haben.",
                "Ein 74-jähriger Mann aus Gröbming ist seit Sonntagmittag abgängig. Er ist mit einem roten Fahrrad unterwegs.",
            ],
        ),
        APPEAL,
    )
    court = fake(
        "Landesgericht Leoben",
        turn(
            ctx,
            [
                "Am Montag muss sich ein 41-jähriger Obersteirer wegen schweren Betrugs verantworten. Er soll Baumaterial im Wert von 80.000 Euro nie bezahlt haben.",
                "Zwei junge Männer aus Liezen stehen am Montag wegen Brandstiftung an einer Almhütte bei Ardning vor Gericht.",
                "Ein Wirt aus dem Ausseerland ist wegen Sozialbetrugs zu einer bedingten Haftstrafe von zehn Monaten verurteilt worden.",
                "Der Prozess um den Unfall mit einem Pistengerät auf der Planai wird im Jänner fortgesetzt.",
            ],
            "court",
        ),
        COURT,
    )
    saint = bp(cls, _saint_de(ctx), SAINT, lead="Namenstag:")
    scam_n = rise(ctx, 58, 3, 2)
    scam = bp(
        cls,
        f"Die Polizei zählt seit Freitag {scam_n} gemeldete Anrufe falscher Polizisten im Bezirk Liezen. Legen Sie auf und rufen Sie 133.",
        SCAM,
        lead="Betrugswarnung:",
    )
    food = bp(
        cls,
        turn(
            ctx,
            [
                "Nudeln, Reis, Kaffee und Waschmittel",
                "Öl, Zucker, Babynahrung und Windeln",
                "Konserven, Müsli und Hygieneartikel",
                "Mehl, H-Milch, Tee und Zahnpasta",
            ],
            "food",
        )
        + ". Abgabe Montag bis Freitag im Pfarrhof Liezen.",
        FOODBANK,
        lead="Die Team Österreich Tafel Liezen braucht:",
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(saint, [0, 1, 2], 0.8), (scam, [1, 2], 0.7), (food, [0, 2], 0.6)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (letters, list(range(0, n + 1)), 0.85),
            (lights, list(range(1, n + 1)), 0.8),
            (appeal, list(range(0, n)), 0.8),
            (court, list(range(2, n + 1)), 0.7),
        ],
    )
    main = f"""<main id="content" class="mb-main">
<div class="mb-article mb-article--ticker">
<div class="mb-article__header">
<div class="mb-article__region"><a href="/liezen/">Liezen</a></div>
<h1 class="mb-article__title">{e(headline)}</h1>
<div class="mb-article__meta"><span class="mb-article__author">Regionauten-Redaktion Liezen</span> · <span class="mb-article__date">Aktualisiert am 06.12.2026 um {e(hm(modified))}</span></div>
</div>
<figure class="mb-article__image"><img src="/images/liezen-a9-schnee.jpg" alt=""><figcaption>Auf der B138 bei Liezen stauen sich die Lkw. Foto: Asfinag</figcaption></figure>
<div class="mb-article__content">
{intro}
</div>
{ad_slot("mb-ad", "Werbung", "mb_content_1")}
<div class="mb-ticker">
{feed}
</div>
</div>
</main>"""
    html = shell(
        ctx,
        lang="de-AT",
        title=f"{headline} - Liezen",
        canonical=url,
        prefix="mb",
        body_cls="mb-page",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redaktion Liezen",
                    publisher=org("meinbezirk.at", "https://www.meinbezirk.at"),
                    lang="de-AT",
                    section="Liezen",
                )
            )
        ],
        nav=mega_nav(
            "mb",
            "meinbezirk.at",
            "/",
            ["Lokales", "Leute", "Sport", "Wirtschaft", "Motor", "Freizeit"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("mb", "© 2026 RMA Regionalmedien Austria AG"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "ga-bonn-kennedybruecke-gesperrt-gefahrgut-lkw-stadtbahn-62-66",
        "General-Anzeiger Bonn",
        "de",
        "updates",
        CET,
        ga,
    ),
    Site(
        "mittelbayerische-ticker-glatteis-ostbayern-a3-gesperrt-rvv-busse",
        "Mittelbayerische Zeitung",
        "de",
        "live",
        CET,
        mittelbayerische,
    ),
    Site(
        "meinbezirk-ticker-liezen-schneechaos-a9-gesperrt-lkw-stau",
        "meinbezirk.at (AT)",
        "de",
        "live",
        CET,
        meinbezirk,
    ),
]
