"""German-language publishers: Südkurier, Berner Zeitung, Freie Presse."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADVENT,
    APP,
    COMMENT,
    COUNTDOWN,
    DONATE,
    ER,
    HOMES,
    JOBS,
    LEISURE,
    RADIO,
    VOLUNTEER,
    WORD,
    bl,
    bp,
    door_time,
    drift,
    entrants,
    hm,
    key_points,
    ld,
    num,
    one,
    pl,
    rise,
    uhr,
    xmas,
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
# Südkurier (+01:00), updates: bold "Update vom 6. Dezember 2026, 22:41 Uhr:" leads in the body
# class at the top, newest first; italic bold "Richtigstellung:" at the bottom


def sk(ctx: Ctx) -> Render:
    url = "https://www.suedkurier.de/region/kreis-konstanz/konstanz/dachstuhlbrand-in-der-niederburg-bewohner-evakuiert-konzilstrasse-gesperrt;art372448,11938215"
    headline = (
        "Dachstuhlbrand in der Konstanzer Niederburg: Bewohner evakuiert, Konzilstraße gesperrt"
    )
    published = at(CET, 6, 19, 20)
    cls = "article-paragraph"
    body = [
        "Konstanz – In der Konstanzer Niederburg ist am Sonntagabend der Dachstuhl eines Wohn- und Geschäftshauses in Brand geraten. Die Bewohner von drei Nachbarhäusern mussten ihre Wohnungen verlassen.",
        "Nach Angaben der Feuerwehr Konstanz ging der Notruf gegen 18.40 Uhr ein. Als die ersten Kräfte eintrafen, schlugen bereits Flammen aus dem Dach des vierstöckigen Altbaus in der Brückengasse.",
        "„Wir haben den Rauch gerochen und sind sofort raus“, sagte eine Anwohnerin, die mit ihren zwei Kindern bei Nachbarn in der Rheingasse untergekommen ist. Verletzt wurde nach ersten Erkenntnissen niemand.",
        "Die Feuerwehr war mit rund 80 Einsatzkräften vor Ort, darunter die Drehleitern aus Konstanz und Kreuzlingen. Die enge Bebauung der Altstadt erschwerte die Löscharbeiten.",
        "Die Konzilstraße und die Rheinbrücke in Richtung Petershausen waren zeitweise gesperrt, die Busse der Stadtwerke wurden über die Schänzlebrücke umgeleitet.",
        "Die Kriminalpolizei hat die Ermittlungen zur Brandursache aufgenommen. Den Schaden schätzt die Polizei auf mehrere Hunderttausend Euro.",
    ]
    notes = [
        Block(
            "update",
            "Update vom 6. Dezember 2026, 22:41 Uhr",
            at(CET, 6, 22, 41),
            None,
            [
                "Die Feuerwehr meldet „Feuer aus“. Die Bewohner der beiden Nachbarhäuser in der Brückengasse dürfen in ihre Wohnungen zurück, das Brandhaus selbst ist unbewohnbar."
            ],
        ),
        Block(
            "update",
            "Update vom 6. Dezember 2026, 21:05 Uhr",
            at(CET, 6, 21, 5),
            None,
            [
                "Die Rheinbrücke ist wieder in beide Richtungen frei. Die Konzilstraße bleibt zwischen Stadtgarten und Brückengasse bis auf Weiteres gesperrt."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update vom 6. Dezember 2026, 23:52 Uhr",
        at(CET, 6, 23, 52),
        None,
        [
            "Die Stadt Konstanz hat für die sechs Bewohner des Brandhauses Ersatzwohnungen organisiert. Die Brandermittler wollen am Montagvormittag in das Gebäude."
        ],
    )
    corr = Block(
        "correction",
        "Richtigstellung",
        None,
        None,
        [
            "In einer früheren Version dieses Artikels hieß es, das Feuer sei im Erdgeschoss ausgebrochen. Richtig ist, dass es im Dachgeschoss entstand."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    corr.html = (
        f'<p class="{cls}"><em><strong>Richtigstellung:</strong> {e(corr.paras[0])}</em></p>'
    )
    modified = shown[0].ts or published

    wait = drift(ctx, 130, 30)
    er = bp(
        cls,
        one(
            ctx,
            [
                f"Im Klinikum Konstanz warten Patientinnen und Patienten ohne lebensbedrohliche Beschwerden derzeit rund {pl(wait // 60, 'Stunde', 'Stunden')} {pl(wait % 60, 'Minute', 'Minuten')}.",
                f"Wartezeit in der Zentralen Notaufnahme des Klinikums Konstanz aktuell etwa {wait} Minuten, im Hegau-Bodensee-Klinikum Singen etwa {drift(ctx, 85, 20)} Minuten.",
            ],
        ),
        ER,
        lead=f"Notaufnahme, Stand {hm(ctx.ago(2, 25))} Uhr:",
    )
    day = ctx.local.day
    prize = {
        6: "Heute verlosen wir zwei Tageskarten für die Bodensee-Therme Konstanz",
        7: "Heute verlosen wir ein Abendessen für zwei Personen im Konzilgebäude",
    }[day]
    advent = bp(
        cls,
        f"{prize} – bereits {num(entrants(ctx, 2_214, 38, 20), '.')} Teilnahmen, mitmachen bis 24 Uhr.",
        ADVENT,
        lead=f"Adventskalender, Türchen {day}:",
    )
    donate = bp(
        cls,
        f"SÜDKURIER-Aktion „Menschen helfen“: Bisher sind {num(rise(ctx, 186_420, 640, 300), '.')} Euro an Spenden eingegangen. Vielen Dank!",
        DONATE,
    )
    shifts = bp(
        cls,
        f"Die Konstanzer Tafel sucht für ihren Glühweinstand am Hafen noch Helferinnen und Helfer – {18 - ctx.n - ctx.rng.randint(0, 1)} von 40 Schichten sind noch frei.",
        VOLUNTEER,
        lead="Helfer gesucht:",
    )
    jobs = bl(
        "article-list",
        "article-list__item",
        pick(
            ctx,
            [
                "Pflegefachkraft (m/w/d) Notaufnahme, Klinikum Konstanz – Vollzeit",
                "Sachbearbeiter Brandschutz (m/w/d), Stadt Konstanz – unbefristet",
                "Dachdecker (m/w/d), Konstanz-Petershausen – ab sofort",
                "Busfahrer (m/w/d), Stadtwerke Konstanz – Teilzeit möglich",
                "Schornsteinfeger-Geselle (m/w/d), Singen – Vollzeit",
            ],
            2,
        ),
        JOBS,
    )

    app = bp(
        cls,
        f"Die SÜDKURIER-App mit Push-Meldungen aus Ihrem Ort: 4,5 Sterne bei {num(drift(ctx, 6_240, 20), '.')} Bewertungen.",
        APP,
    )
    d, hrs, mins = xmas(ctx, 24)
    countdown = bp(
        cls,
        one(
            ctx,
            [
                f"Noch {d} Tage, {pl(hrs, 'Stunde', 'Stunden')} und {pl(mins, 'Minute', 'Minuten')} bis Heiligabend.",
                f"Nur noch {d} Tage bis Heiligabend – genauer: {d} Tage, {pl(hrs, 'Stunde', 'Stunden')}, {pl(mins, 'Minute', 'Minuten')}.",
            ],
        ),
        COUNTDOWN,
    )

    units = [b.html for b in shown] + [f'<p class="{cls}">{e(p)}</p>' for p in body] + [corr.html]
    k = len(units)
    n_notes = len(shown)
    story = weave(
        ctx,
        units,
        [
            (er, list(range(1, n_notes + 1)) + list(range(n_notes + 2, k)), 0.9),
            (advent, list(range(n_notes + 1, k)), 0.85),
            (donate, [k - 1, k], 0.75),
            (shifts, list(range(n_notes + 3, k)), 0.8),
            (jobs, list(range(n_notes + 2, k)), 0.75),
            (countdown, [*range(0, n_notes + 1), k], 0.75),
            (app, [n_notes, k], 0.7),
        ],
    )
    main = f"""<main class="page-main">
<article class="article" data-article-id="11938215">
<header class="article__header"><p class="article__kicker">Konstanz</p>
<h1 class="article__headline">{e(headline)}</h1>
<p class="article__teaser">Rund 80 Einsatzkräfte kämpfen in der engen Altstadt gegen die Flammen.</p>
<div class="article__meta"><span class="article__author">Von Jana Wiedemann</span> <time datetime="{published.isoformat()}">06.12.2026, 19:20 Uhr</time> · aktualisiert: <time datetime="{modified.isoformat()}">{hm(modified)} Uhr</time></div>
<figure class="article__image"><img src="/storage/image/8/2/4/1/11938218_dachstuhl.jpg" alt=""><figcaption>Flammen schlagen aus dem Dach des Altbaus in der Brückengasse. Bild: Oliver Hanser</figcaption></figure>
</header>
<div class="article__body">
{story}
</div>
{ad_slot("sk-ad", "Anzeige", "sk_content_2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="de-DE",
        title=f"{headline} | SÜDKURIER",
        canonical=url,
        prefix="sk",
        body_cls="sk-page sk-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Jana Wiedemann",
                    publisher=org("SÜDKURIER", "https://www.suedkurier.de"),
                    lang="de-DE",
                    section="Konstanz",
                )
            )
        ],
        nav=mega_nav(
            "sk",
            "SÜDKURIER",
            "/",
            ["Region", "Baden-Württemberg", "Nachrichten", "Sport", "Ratgeber", "Wirtschaft"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("sk", "© SÜDKURIER GmbH Medienhaus"),
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Berner Zeitung (+01:00), updates: <h3> "Update, 21.30 Uhr" + a paragraph after the story, newest
# first; an italic "Dieser Artikel wurde aktualisiert …" line at the top; "Transparenzhinweis:"


def bz(ctx: Ctx) -> Render:
    url = "https://www.bernerzeitung.ch/tram-am-baerenplatz-entgleist-linien-6-7-und-8-unterbrochen-528194736651"
    headline = "Tram am Bärenplatz entgleist: Linien 6, 7 und 8 fahren nicht durch die Altstadt"
    published = at(CET, 6, 17, 55)
    cls = "ArticleParagraph_text__9h2Lk"
    body = [
        "Ein Tram von Bernmobil ist am Sonntagnachmittag am Bärenplatz aus den Schienen gesprungen. Verletzt wurde niemand, der Trambetrieb durch die Innenstadt ist aber bis auf weiteres unterbrochen.",
        "Der Combino der Linie 8 war laut Bernmobil kurz nach 17 Uhr in Richtung Zytglogge unterwegs, als das hintere Drehgestell in der Weiche vor dem Käfigturm entgleiste.",
        "«Es hat einen lauten Schlag gegeben, dann stand das Tram schräg auf dem Platz», sagte ein Marktfahrer, der am Bärenplatz seinen Stand abbaute. Die rund 40 Fahrgäste konnten den Wagen selbst verlassen.",
        "Die Linien 6, 7 und 8 enden seither beim Hirschengraben und am Zytglogge. Zwischen Bahnhof und Zytglogge verkehren Ersatzbusse über die Bundesgasse.",
        "Bernmobil hat einen Kranwagen aufgeboten, um den 42 Tonnen schweren Wagen wieder aufzugleisen. Dafür muss auch die Fahrleitung über dem Platz abgeschaltet werden.",
        "Warum das Tram entgleiste, ist noch unklar. Die Schweizerische Sicherheitsuntersuchungsstelle (Sust) wurde informiert.",
    ]
    notes = [
        Block(
            "update",
            "Update, 21.30 Uhr",
            at(CET, 6, 21, 30),
            None,
            [
                "Der Kranwagen ist am Bärenplatz eingetroffen. Bernmobil rechnet damit, dass das Tram gegen Mitternacht wieder auf den Schienen steht."
            ],
        ),
        Block(
            "update",
            "Update, 19.45 Uhr",
            at(CET, 6, 19, 45),
            None,
            [
                "Die Ersatzbusse fahren inzwischen im Zehn-Minuten-Takt. Bernmobil bittet Fahrgäste, für Fahrten in die Altstadt mehr Zeit einzuplanen."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update, 23.54 Uhr",
        at(CET, 6, 23, 54),
        None,
        [
            "Das Tram ist wieder aufgegleist und wird ins Depot an der Bolligenstrasse geschleppt. Ab Betriebsbeginn am Montag fahren die Linien 6, 7 und 8 wieder normal."
        ],
    )
    touched = Block(
        "update",
        None,
        None,
        None,
        [
            "Dieser Artikel wurde aktualisiert und um Angaben von Bernmobil zur Bergung des Trams ergänzt."
        ],
    )
    disclosure = Block(
        "editors_note",
        "Transparenzhinweis",
        None,
        None,
        ["Die Autorin dieses Artikels sass als Fahrgast im entgleisten Tram."],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    sub = "ArticleSubtitle_title__2bQx1"
    for b in shown:
        b.html = f'<h3 class="{sub}">{e(b.label or "")}</h3><p class="{cls}">{e(b.paras[0])}</p>'
    touched.html = f'<p class="{cls}"><em>{e(touched.paras[0])}</em></p>'
    disclosure.html = f'<p class="{cls}"><em><strong>Transparenzhinweis:</strong> {e(disclosure.paras[0])}</em></p>'
    modified = shown[0].ts or published

    def note_like(title: str, text: str, kind: str) -> W:
        return W(f'<h3 class="{sub}">{e(title)}</h3><p class="{cls}">{e(text)}</p>', [text], kind)

    t = ctx.ago(2, 30)
    if ctx.n < 6:
        lifts = f"Gantrisch: {ctx.rng.randint(2, 4)} von 4 Skiliften in Betrieb, Nachtskifahren bis 22 Uhr. Adelboden-Lenk: {drift(ctx, 21, 4)} von 56 Anlagen offen."
    else:
        lifts = f"Gantrisch: Betrieb für heute beendet, Öffnung am Montag um 9 Uhr. Adelboden-Lenk: {drift(ctx, 24, 3)} von 56 Anlagen am Montag geplant."
    ski = note_like(f"Wintersport, {uhr(t)}", lifts, LEISURE)
    words = [
        ("Chlapf", "Knall"),
        ("Gnusch", "Durcheinander"),
        ("Schiine", "Schienen"),
        ("Hudelwätter", "garstiges Wetter mit Regen und Wind"),
        ("Tramhüsli", "Wartehäuschen an der Tramhaltestelle"),
    ]
    w, m = ctx.rng.choice(words)
    word = bp(
        cls,
        f"«{w}» – {m}. Hören Sie, wie man es richtig ausspricht.",
        WORD,
        lead="Bärndütsch-Wort des Tages:",
    )
    homes = bl(
        "ArticleList_list__5Fq2z",
        "ArticleList_item__1pQ9d",
        pick(
            ctx,
            [
                "Zu verkaufen: 4½-Zimmer-Wohnung in Bern-Kirchenfeld, 118 m², CHF 1 290 000",
                "Zu vermieten: 3½-Zimmer-Altbauwohnung an der Kramgasse, CHF 2480 pro Monat",
                "Zu verkaufen: Reiheneinfamilienhaus in Köniz, 5½ Zimmer mit Garten, CHF 1 150 000",
                "Zu vermieten: Atelier nahe Bärenplatz, 45 m², CHF 1350 pro Monat",
                "Zu verkaufen: 2½-Zimmer-Wohnung in der Lorraine, Balkon, CHF 640 000",
            ],
            3,
        ),
        HOMES,
    )
    job = bp(
        cls,
        one(
            ctx,
            [
                "Trampilotin oder Trampilot bei Bernmobil, 80–100 %, Stellenantritt nach Vereinbarung.",
                "Fachfrau/Fachmann Gleisbau für das Tramnetz der Stadt Bern, unbefristet, 100 %.",
                "Disponentin/Disponent Betriebsleitzentrale am Eigerplatz, 80–100 %.",
            ],
        ),
        JOBS,
        lead="Stellenangebot:",
    )
    app = bp(
        cls,
        f"Die BZ-App: Bewertet mit 4,6 Sternen von {drift(ctx, 2_841, 12)} Nutzerinnen und Nutzern – jetzt herunterladen.",
        APP,
    )
    radio = bp(
        cls,
        "Jetzt auf Radio BeO: "
        + one(
            ctx,
            [
                "Patent Ochsner – Bälpmoos",
                "Züri West – Hansdampf",
                "Stiller Has – Znüni näh",
                "Polo Hofer – Alperose",
                "Stephan Eicher – Déjeuner en paix",
                "Lo & Leduc – 079",
            ],
        ),
        RADIO,
    )

    likes = rise(ctx, 96, 5, 3)
    comment = bp(
        cls,
        one(
            ctx,
            [
                f"«Die Weiche vor dem Käfigturm macht schon lange Geräusche, das hätte man kommen sehen können.» – Bärner_Giel · {likes} Likes",
                f"«Danke an die Chauffeure der Ersatzbusse, die heute Abend alles geben.» – Marianne aus Bümpliz · {likes} Likes",
                f"«Ein Tram quer auf dem Bärenplatz, und das mitten im Weihnachtsmarkt. Zum Glück ist niemand verletzt.» – ThunerSee · {likes} Likes",
            ],
        ),
        COMMENT,
        lead="Meistgelikter Kommentar:",
    )

    units = (
        [touched.html]
        + [f'<p class="{cls}">{e(p)}</p>' for p in body]
        + [b.html for b in shown]
        + [disclosure.html]
    )
    k = len(units)
    nb = 1 + len(body)
    story = weave(
        ctx,
        units,
        [
            (ski, list(range(nb, k)), 0.9),
            (word, list(range(2, nb + 1)), 0.8),
            (homes, list(range(3, nb)), 0.8),
            (job, list(range(nb + 1, k + 1)), 0.8),
            (app, [k], 0.7),
            (radio, list(range(1, nb)), 0.7),
            (comment, list(range(nb - 2, k + 1)), 0.8),
        ],
    )
    main = f"""<main id="main" class="Main_main__Q8r7c">
<article class="ArticleContainer_article__7dLk2">
<header class="ArticleHead_head__3x9Zq"><p class="ArticleHead_kicker__1Yh2s">Bern</p>
<h1 class="ArticleHead_title__2Vb8n">{e(headline)}</h1>
<p class="ArticleHead_lead__0pW4c">Ein Combino springt vor dem Käfigturm aus den Schienen. Verletzt wird niemand.</p>
<div class="ArticleHead_meta__6uJ1d"><span>Lea Gerber</span> · Publiziert: 06.12.2026, 17:55 · Aktualisiert: <time datetime="{modified.isoformat()}">06.12.2026, {hm(modified)}</time></div>
<figure class="ArticleImage_figure__4cE2y"><img src="/media/bz/2026/12/06/tram-baerenplatz.jpg" alt=""><figcaption>Das entgleiste Tram steht schräg auf dem Bärenplatz. Foto: Raphael Moser</figcaption></figure>
</header>
<div class="ArticleBody_body__7mQ3x">
{story}
</div>
{ad_slot("bz-ad", "Werbung", "bz_rectangle_2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="de-CH",
        title=f"{headline} | Berner Zeitung",
        canonical=url,
        prefix="bz",
        body_cls="bz-page",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Lea Gerber",
                    publisher=org("Berner Zeitung", "https://www.bernerzeitung.ch"),
                    lang="de-CH",
                    section="Region Bern",
                )
            )
        ],
        nav=mega_nav(
            "bz",
            "Berner Zeitung",
            "/",
            ["Region Bern", "Schweiz", "International", "Sport", "Kultur", "Leben"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("bz", "© Tamedia AG"),
    )
    return Render(html, body, [touched, *shown, disclosure], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Freie Presse (+01:00), live, oldest first, <li> entries in schema.org microdata, a bold
# <strong> "16:45 Uhr" + <h3>; no live-blog JSON-LD


def fp(ctx: Ctx) -> Render:
    url = "https://www.freiepresse.de/erzgebirge/annaberg/liveticker-wintereinbruch-im-erzgebirge-b95-gesperrt-lkw-stecken-fest-artikel13452087"
    headline = "Liveticker: Wintereinbruch im Erzgebirge – B95 gesperrt, Lkw stecken fest"
    published = at(CET, 6, 16, 30)
    cls = "fp-text"
    body = [
        "Heftiger Schneefall hat am Sonntag im Erzgebirge für Chaos auf den Straßen gesorgt. Auf der B95 zwischen Annaberg-Buchholz und Oberwiesenthal steckten zahlreiche Lastwagen fest.",
        "Der Deutsche Wetterdienst warnt bis Montagmorgen vor bis zu 30 Zentimetern Neuschnee in den Kammlagen. Wir berichten im Liveticker.",
    ]
    specs = [
        (
            16,
            45,
            "Erste Lkw bleiben am Hang stecken",
            "Am Anstieg bei Bärenstein kommen mehrere Sattelzüge nicht mehr voran. Die Polizei sperrt die B95 in Richtung Oberwiesenthal.",
        ),
        (
            17,
            30,
            "Winterdienst im Dauereinsatz",
            "Die Straßenmeisterei Annaberg hat alle zwölf Räumfahrzeuge im Einsatz. Ein Sprecher bittet darum, nur mit Winterreifen und Schneeketten zu fahren.",
        ),
        (
            18,
            20,
            None,
            "Der Busverkehr zwischen Annaberg-Buchholz und Oberwiesenthal ist eingestellt. Auch die Fichtelbergbahn fährt am Abend nicht mehr.",
        ),
        (
            19,
            40,
            "Feuerwehr schleppt Lkw frei",
            "Mit zwei Unimogs ziehen Feuerwehrleute aus Bärenstein und Cranzahl die ersten Lastwagen den Berg hinauf.",
        ),
        (
            21,
            5,
            "Notunterkunft in Annaberg",
            "Für gestrandete Lkw-Fahrer hat der Erzgebirgskreis die Turnhalle der Oberschule in Annaberg-Buchholz geöffnet. Dort gibt es Tee und Feldbetten.",
        ),
        (
            22,
            30,
            "Räumung dauert die ganze Nacht",
            "Die Polizei rechnet damit, dass die B95 frühestens am Montagmorgen wieder frei ist. Der Umweg über Crottendorf ist ebenfalls nur mit Ketten befahrbar.",
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
        "B95 in Richtung Annaberg wieder frei",
        [
            "Die Polizei hat die Sperrung der B95 in Richtung Annaberg-Buchholz aufgehoben. Die Gegenrichtung nach Oberwiesenthal bleibt bis zum Morgen dicht."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        hd = f'<h3 class="fp-ticker__title" itemprop="headline">{e(b.head)}</h3>' if b.head else ""
        b.html = (
            f'<li class="fp-ticker__entry" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<meta itemprop="datePublished" content="{b.ts.isoformat() if b.ts else ""}">'
            f'<p class="fp-ticker__time"><strong>{e(b.label or "")}</strong></p>{hd}'
            f'<div itemprop="articleBody"><p class="{cls}">{e(b.paras[0])}</p></div></li>'
        )
    modified = shown[-1].ts or published

    def fake(title: str, text: str, kind: str, t: datetime | None = None) -> W:
        t = t or ctx.ago(1, 20)
        return W(
            f'<li class="fp-ticker__entry"><p class="fp-ticker__time"><strong>{hm(t)} Uhr</strong></p>'
            f'<h3 class="fp-ticker__title">{e(title)}</h3><div><p class="{cls}">{e(text)}</p></div></li>',
            [title, text],
            kind,
        )

    if ctx.n < 6:
        piste = f"{ctx.rng.randint(5, 8)} von 9 Liften in Betrieb, {drift(ctx, 52, 6)} Zentimeter Naturschnee am Fichtelberg, Flutlichtpiste geöffnet bis 21 Uhr."
    else:
        piste = f"Liftbetrieb für heute beendet. Am Montag sollen ab 9 Uhr {ctx.rng.randint(7, 9)} von 9 Liften laufen, {drift(ctx, 61, 4)} Zentimeter Naturschnee am Fichtelberg."
    ski = fake(one(ctx, ["Pistenbericht Fichtelberg", "Skigebiet Oberwiesenthal"]), piste, LEISURE)
    day = ctx.local.day
    prize = {
        6: "Hinter dem sechsten Türchen wartet ein handgedrechselter Räuchermann aus Seiffen.",
        7: "Hinter dem siebten Türchen wartet ein Familienwochenende in Oberwiesenthal.",
    }[day]
    advent = fake(
        f"Adventskalender: Türchen {day}",
        f"{prize} Schon {num(entrants(ctx, 3_120, 41, 25), '.')} Teilnahmen – mitmachen bis Mitternacht.",
        ADVENT,
        door_time(ctx),
    )
    points = key_points(
        ctx,
        "fp-summary",
        "Das Wichtigste in Kürze",
        [
            "B95 bei Bärenstein Richtung Oberwiesenthal gesperrt",
            "Gestrandete Lkw-Fahrer schlafen in einer Turnhalle",
            "Busse und Fichtelbergbahn stehen still",
            "DWD warnt vor viel Neuschnee in den Kammlagen",
        ],
        3,
    )
    likes = rise(ctx, 118, 6, 4)
    comment = bp(
        cls,
        one(
            ctx,
            [
                f"„Jedes Jahr dasselbe an der B95 – bei Schnee gehören die Lkw auf den Parkplatz in Annaberg.“ – Erzgebirgler63 · {likes} Likes",
                f"„Hut ab vor den Fahrern der Räumfahrzeuge, die sind seit Mittag ununterbrochen unterwegs.“ – Schneeflocke_Cranzahl · {likes} Likes",
                f"„Ohne Ketten auf den Fichtelberg im Dezember? Selbst schuld.“ – Bergmann_Annaberg · {likes} Likes",
            ],
        ),
        COMMENT,
        lead="Leserkommentar:",
    )
    jobs = bp(
        cls,
        f"Berufskraftfahrer (m/w/d) für den Winterdienst im Erzgebirgskreis gesucht – {ctx.rng.randint(3, 9)} neue Angebote in Ihrer Region.",
        JOBS,
        lead="Stellenmarkt:",
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(comment, [1, 2], 0.7), (jobs, [2], 0.55)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (ski, list(range(1, len(units) + 1)), 0.85),
            (advent, list(range(0, len(units) + 1)), 0.8),
        ],
    )
    main = f"""<main class="fp-main">
<article class="fp-article fp-article--ticker" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="datePublished" content="{published.isoformat()}"><meta itemprop="dateModified" content="{modified.isoformat()}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="fp-article__head"><p class="fp-article__dachzeile">Erzgebirge</p>
<h1 class="fp-article__title" itemprop="headline">{e(headline)}</h1>
<div class="fp-article__meta">Annaberg-Buchholz · Erschienen am 06.12.2026 · Zuletzt aktualisiert: {hm(modified)} Uhr</div></header>
{ctx.maybe(points, 0.85)}
<div class="fp-ticker-intro">
{intro}
</div>
{ad_slot("fp-ad", "Anzeige", "fp_medrec_1")}
<ol class="fp-ticker">
{feed}
</ol>
</article>
</main>"""
    html = shell(
        ctx,
        lang="de-DE",
        title=f"{headline} | Freie Presse",
        canonical=url,
        prefix="fp",
        body_cls="fp-page",
        jsonld=[
            ld(
                {
                    "@type": "WebPage",
                    "name": headline,
                    "url": url,
                    "inLanguage": "de-DE",
                    "publisher": org("Freie Presse", "https://www.freiepresse.de"),
                }
            )
        ],
        nav=mega_nav(
            "fp",
            "Freie Presse",
            "/",
            ["Sachsen", "Erzgebirge", "Chemnitz", "Vogtland", "Sport", "Kultur"],
            _DE_SUBS,
        ),
        main=main,
        footer=_footer("fp", "© Chemnitzer Verlag und Druck GmbH & Co. KG"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "suedkurier-konstanz-niederburg-dachstuhlbrand-konzilstrasse-gesperrt",
        "Südkurier",
        "de",
        "updates",
        CET,
        sk,
    ),
    Site(
        "bernerzeitung-bern-tram-baerenplatz-entgleist-linien-unterbrochen",
        "Berner Zeitung",
        "de",
        "updates",
        CET,
        bz,
    ),
    Site(
        "freiepresse-ticker-erzgebirge-wintereinbruch-b95-gesperrt",
        "Freie Presse",
        "de",
        "live",
        CET,
        fp,
    ),
]
