"""German-language publishers: KURIER (notes), Tages-Anzeiger ticker, MOPO ticker."""

from __future__ import annotations

from chrome import (
    Fx,
    ad,
    ago,
    appeal,
    author,
    cards,
    comments,
    consent,
    esc,
    gallery,
    most_read,
    native,
    poll,
    promo,
    readers,
    readmore,
    related,
    scatter,
    score,
    shell,
    some,
    stocks,
    traffic,
    video,
    weather,
)


def kurier(fx: Fx) -> str:
    """KURIER (Vienna): two UPDATE paragraphs after the story, oldest first."""
    paras = [
        "Ein Ausflugsschiff ist am Sonntagnachmittag am Donaukanal gegen die Kaimauer beim Schwedenplatz geprallt. Von den 64 Fahrgästen an Bord wurden drei leicht verletzt.",
        "Das Schiff der fiktiven Reederei Donaublick war gegen 15.30 Uhr auf einer Adventrundfahrt unterwegs, als es laut Polizei plötzlich vom Kurs abkam.",
        "„Es hat einen lauten Schlag gegeben, dann sind alle durcheinandergefallen“, schilderte eine Passagierin aus Floridsdorf. Die Berufsfeuerwehr war mit vier Fahrzeugen vor Ort.",
        "Die Verletzten wurden von der Berufsrettung Wien versorgt, zwei von ihnen kamen ins Klinikum Floridsdorf. Die übrigen Fahrgäste gingen über eine Behelfsrampe an Land.",
        "Die Ursache ist noch unklar. Die Polizei prüft, ob ein technisches Gebrechen an der Steuerung vorlag. Der Kapitän wurde einem Alkotest unterzogen, der negativ verlief.",
        "Der Uferweg zwischen Schwedenbrücke und Marienbrücke bleibt vorerst gesperrt, weil Teile der Kaimauer beschädigt wurden.",
    ]
    units = [fx.p(esc(t), ' class="article-paragraph"') for t in paras]
    notes = []
    rows = [
        (
            "17.05",
            "Die Schifffahrtsaufsicht hat das Schiff inzwischen an die Anlegestelle Roßauer Lände schleppen lassen. Ein Sachverständiger soll es am Montag untersuchen.",
        ),
        (
            "19.20",
            "Laut Polizei konnten beide Verletzten das Spital am Abend wieder verlassen. Die Reederei sagte alle weiteren Fahrten für Sonntag ab.",
        ),
    ]
    if fx.final:
        rows.append(
            (
                "23.52",
                "Die Stadt Wien teilt mit, dass der Uferweg am Montag ab 6 Uhr wieder geöffnet wird. Die Kaimauer wird mit Betonblöcken gesichert.",
            )
        )
    for clock, text in rows:
        label = f"UPDATE ({clock} Uhr)"
        fx.block(
            "update",
            label,
            f"2026-12-06T{clock.replace('.', ':')}:00+01:00",
            text,
            genuine=clock == "23.52",
        )
        notes.append(f'<p class="article-paragraph"><strong>{label}:</strong> {esc(text)}</p>')
    inserts = some(
        fx,
        [
            lambda fx: related(fx, "Mehr zum Thema", "kurier-related", 2),
            lambda fx: (
                f'<div class="werbung"><span>Werbung</span>{native(fx, "kurier-native")}</div>'
            ),
            lambda fx: weather(fx, "Wien Innere Stadt", 4, "kurier-wetter"),
            lambda fx: poll(
                fx,
                "Sollen Ausflugsschiffe im Winter weiter fahren dürfen?",
                ["Ja", "Nein", "Egal"],
                "kurier-umfrage",
            ),
            lambda fx: score(
                fx, "Rapid Wien", "Austria Wien", "Admiral Bundesliga", "kurier-liveticker"
            ),
            lambda fx: promo(fx, "article-paragraph"),
            lambda fx: stocks(fx, [("ATX", 3912.4), ("Euro/Dollar", 1.0931)], "kurier-boerse"),
        ],
        3,
        5,
    )
    body = scatter(fx, units, inserts)
    page = f"""<body class="kurier">
{consent(fx, "sp-message-container")}
<header><a href="/" class="logo">KURIER</a><nav><a href="/chronik">Chronik</a> <a href="/chronik/wien">Wien</a></nav></header>
<main>
<article class="article">
<p class="article-kicker">Donaukanal</p>
<h1 class="article-title">Ausflugsschiff prallt gegen Kaimauer: Drei Verletzte</h1>
<p class="article-lead">Ein Adventschiff kam am Sonntag am Schwedenplatz vom Kurs ab. Die Polizei ermittelt.</p>
<div class="article-meta"><span>von Teresa Kolbinger</span> <time datetime="2026-12-06T16:24">06.12.2026, 16:24</time> {comments(fx, 87, "postings-count")}</div>
<div class="article-body">
{body}
{"".join(notes)}
</div>
{author(fx, "Teresa Kolbinger", "Teresa Kolbinger schreibt seit 2019 für das Chronik-Ressort über Verkehr und Stadtentwicklung in Wien.", 1300, "author-card")}
</article>
{appeal(fx, "subscribe", "kurier-abo") if fx.chance(0.6) else ""}
{cards(fx, None, "kurier-teaser")}
</main>
<aside>{most_read(fx, "kurier-meistgelesen")}</aside>
<footer><p>© KURIER 2026. Alle Rechte vorbehalten.</p></footer>
</body>"""
    return shell(
        fx,
        title="Ausflugsschiff prallt gegen Kaimauer: Drei Verletzte | kurier.at",
        description="Ein Adventschiff kam am Sonntag am Schwedenplatz vom Kurs ab.",
        url="https://kurier.at/chronik/wien/donaukanal-ausflugsschiff-kaimauer/403112871",
        ld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Ausflugsschiff prallt gegen Kaimauer",
            "datePublished": "2026-12-06T16:24:00+01:00",
        },
        modified=("2026-12-06T19:21:00+01:00", "2026-12-06T23:53:00+01:00"),
        body=page,
        prefix="ku",
    )


TA_ENTRIES = [
    (
        "22.43",
        "SBB rechnet mit Normalbetrieb ab Betriebsbeginn",
        "Die SBB geht davon aus, dass der Fahrplan am Montagmorgen wieder normal gilt. Einzelne Nachtzüge fallen aber noch aus.",
    ),
    (
        "22.18",
        None,
        "Im Bahnhof Stadelhofen stauen sich weiterhin Reisende. Die Stadtpolizei hat zusätzliche Patrouillen geschickt, die Lage sei aber ruhig, sagt ein Sprecher.",
    ),
    (
        "21.57",
        "Ersatzbusse nach Winterthur",
        "Zwischen Zürich Oerlikon und Winterthur verkehren seit kurz vor 22 Uhr Ersatzbusse im 15-Minuten-Takt. Die Fahrt dauert rund 40 Minuten länger.",
    ),
    (
        "21.30",
        "Ursache: Kabelbrand im Stellwerk",
        "Laut SBB-Sprecherin Nadja Frischknecht hat ein Kabelbrand in einem Technikraum des Stellwerks die Störung ausgelöst. Verletzt wurde niemand.",
    ),
    (
        "20.52",
        "Fernverkehr nach Bern umgeleitet",
        "Die Intercity-Züge nach Bern werden über den Bahnhof Altstetten geführt und halten nicht im Hauptbahnhof. Reisende müssen mit 20 Minuten Verspätung rechnen.",
    ),
    (
        "20.15",
        "Störung legt Hauptbahnhof lahm",
        "Wegen einer Stellwerkstörung können seit etwa 20 Uhr kaum Züge in den Zürcher Hauptbahnhof ein- oder ausfahren. Betroffen sind vor allem die S-Bahn-Linien.",
    ),
]


def tagesanzeiger(fx: Fx) -> str:
    """Tages-Anzeiger (Tamedia) ticker: hashed CSS-module classes, newest first."""
    intro = [
        "Eine Stellwerkstörung hat am Sonntagabend den Bahnverkehr am Zürcher Hauptbahnhof weitgehend lahmgelegt. Tausende Reisende sassen fest.",
        "Die SBB haben Ersatzbusse organisiert. Wir berichten laufend.",
    ]
    lead = "".join(fx.p(esc(t), ' class="ArticleLead_text__k3Pq1"') for t in intro)
    rows = list(TA_ENTRIES)
    if fx.final:
        rows.insert(
            0,
            (
                "23.53",
                "Erste S-Bahnen fahren wieder",
                "Seit kurz vor Mitternacht fahren die S-Bahn-Linien S3 und S12 wieder durch den Hauptbahnhof. Die übrigen Linien folgen laut SBB im Laufe der Nacht.",
            ),
        )
    entries = []
    for i, (clock, head, text) in enumerate(rows):
        fx.block(
            "live_entry",
            clock,
            f"2026-12-06T{clock.replace('.', ':')}:00+01:00",
            text,
            headline=head,
            genuine=fx.final and i == 0,
        )
        title = f'<h3 class="TickerItem_title__d81Fa">{esc(head)}</h3>' if head else ""
        entries.append(
            f'<div class="TickerItem_root__Hq2xk"><div class="TickerItem_meta__p0Wz3"><time class="TickerItem_time__Rr9e1">{clock}</time></div>'
            f'{title}<div class="TickerItem_body__n7Gfe"><p>{esc(text)}</p></div></div>'
        )
    inserts = some(
        fx,
        [
            lambda fx: ad(fx, "AdSlot_root__x8AaP"),
            lambda fx: appeal(fx, "newsletter", "NewsletterTeaser_root__q1Vv2"),
            lambda fx: score(
                fx, "ZSC Lions", "EV Zug", "National League", "Scoreboard_root__L0d9s"
            ),
            lambda fx: stocks(fx, [("SMI", 12104.2), ("EUR/CHF", 0.9412)], "Markets_root__Zp6Ee"),
            lambda fx: video(fx, "VideoPlaylist_root__g4Hh0"),
            lambda fx: (
                f'<p class="ErrorReport_root__Aa1b2">{fx.f("Haben Sie einen Fehler entdeckt? Dann melden Sie ihn bitte unserer Redaktion.")}</p>'
            ),
            lambda fx: readmore(fx, "Lesen Sie auch:", "InlineTeaser_root__f0Kk8"),
        ],
        3,
        5,
    )
    feed = scatter(fx, entries, inserts)
    page = f"""<body>
<div id="__next">
{consent(fx, "CookieBanner_root__b7Tq0")}
<header class="Header_root__u1Zd7"><a href="/">Tages-Anzeiger</a><nav><a href="/zuerich">Zürich</a> <a href="/schweiz">Schweiz</a></nav></header>
<main class="Article_root__m9Kx3">
<p class="ArticleHeader_kicker__p1Xx4">Ticker zur Bahnstörung</p>
<h1 class="ArticleHeader_title__t2Yy5">Stellwerkstörung legt Zürcher Hauptbahnhof lahm</h1>
<div class="ArticleHeader_meta__c3Zz6"><span>Redaktion Tamedia</span> <time datetime="2026-12-06T20:20:00+01:00">Publiziert: 06.12.2026, 20:20</time></div>
{ago(fx, 14, "ArticleHeader_updated__a4Ww7")}
{readers(fx, 5200, "LiveCounter_root__s5Vv8") if fx.chance(0.7) else ""}
<div class="ArticleLead_root__e6Uu9">{lead}</div>
<div class="Ticker_root__g7Tt0">
{feed}
</div>
{weather(fx, "Zürich", 3, "WeatherWidget_root__h8Ss1")}
</main>
<aside class="Sidebar_root__i9Rr2">{most_read(fx, "MostRead_root__j0Qq3")}{cards(fx, "Mehr aus Zürich", "TeaserGrid_root__k1Pp4")}</aside>
<footer><p>© Tamedia Publikationen Deutschschweiz AG</p></footer>
</div>
</body>"""
    return shell(
        fx,
        title="Ticker zur Bahnstörung: Stellwerkstörung legt Zürcher Hauptbahnhof lahm | Tages-Anzeiger",
        description="Eine Stellwerkstörung hat den Bahnverkehr am Zürcher Hauptbahnhof weitgehend lahmgelegt.",
        url="https://www.tagesanzeiger.ch/ticker-stellwerkstoerung-zuerich-hb-482911734011",
        ld={
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Stellwerkstörung legt Zürcher Hauptbahnhof lahm",
            "datePublished": "2026-12-06T20:20:00+01:00",
        },
        modified=("2026-12-06T22:43:00+01:00", "2026-12-06T23:53:00+01:00"),
        body=page,
        prefix="ta",
    )


MOPO_ENTRIES = [
    (
        "22.41",
        [
            "Die Feuerwehr hat die Löscharbeiten in der Oströhre beendet. Jetzt prüfen Statiker, ob die Tunneldecke durch die Hitze beschädigt wurde."
        ],
    ),
    (
        "22.05",
        [
            "Auf der Umleitung über die Köhlbrandbrücke staut sich der Verkehr inzwischen auf sieben Kilometern. Die Polizei rät, Hamburg weiträumig zu umfahren.",
            "Auch auf der B73 in Richtung Cuxhaven geht es nur noch im Schritttempo voran.",
        ],
    ),
    (
        "21.34",
        [
            "Der Fahrer des Lkw ist laut Feuerwehr mit einer Rauchvergiftung ins Krankenhaus gebracht worden. Er soll sich selbst aus dem Führerhaus befreit haben."
        ],
    ),
    (
        "21.02",
        [
            "Ein Sprecher der Autobahn GmbH bestätigt: Alle vier Röhren des Elbtunnels bleiben mindestens bis Montagmorgen in beide Richtungen gesperrt."
        ],
    ),
    (
        "20.37",
        [
            "Über der Elbe bei Othmarschen ist eine dunkle Rauchwolke zu sehen. Anwohner werden gebeten, Fenster und Türen geschlossen zu halten."
        ],
    ),
    (
        "20.11",
        [
            "In der Oströhre des Elbtunnels ist ein Lastwagen in Brand geraten. Die Feuerwehr ist mit einem Großaufgebot im Einsatz."
        ],
    ),
]


def mopo(fx: Fx) -> str:
    """MOPO ticker: no entry wrapper, a bold clock opens each entry's first paragraph."""
    intro = "Nach einem Lkw-Brand in der Oströhre ist der Elbtunnel auf der A7 am Sonntagabend voll gesperrt worden. Die MOPO berichtet im Liveticker über die aktuelle Lage."
    lead = fx.p(esc(intro), ' class="article__intro"')
    rows = list(MOPO_ENTRIES)
    if fx.final:
        rows.insert(
            0,
            (
                "23.54",
                [
                    "Die Autobahn GmbH meldet, dass die Weströhre am Montag um 5 Uhr für Pendler in Richtung Süden öffnen soll. Die Oströhre bleibt vorerst dicht."
                ],
            ),
        )
    entries = []
    for i, (clock, texts) in enumerate(rows):
        label = f"{clock} Uhr"
        fx.block(
            "live_entry",
            label,
            f"2026-12-06T{clock.replace('.', ':')}:00+01:00",
            " ".join(texts),
            genuine=fx.final and i == 0,
        )
        first = f"<p><strong>{label}:</strong> {esc(texts[0])}</p>"
        entries.append(first + "".join(f"<p>{esc(t)}</p>" for t in texts[1:]))
    inserts = some(
        fx,
        [
            lambda fx: f'<div class="mopo-ad"><span>Anzeige</span>{ad(fx, "ad-box")}</div>',
            lambda fx: promo(fx, "mopo-promo"),
            lambda fx: traffic(
                fx,
                ["A7 Elbtunnel", "A1 Norderelbbrücke", "B75 Wilhelmsburg", "A255 Veddel"],
                "verkehr-box",
            ),
            lambda fx: readmore(fx, "Das könnte Sie auch interessieren:", "mopo-inline"),
            lambda fx: gallery(fx, "mopo-gallery"),
            lambda fx: score(
                fx, "Hamburg Towers", "Alba Berlin", "Basketball-Bundesliga", "mopo-score"
            ),
            lambda fx: appeal(fx, "app", "mopo-app"),
        ],
        3,
        6,
    )
    feed = scatter(fx, entries, inserts)
    plus = appeal(fx, "subscribe", "mopo-plus") if fx.chance(0.5) else ""
    page = f"""<body class="mopo">
{consent(fx, "cmp-layer")}
<header><a href="/" class="mopo-logo">MOPO</a><nav><a href="/hamburg">Hamburg</a> <a href="/sport">Sport</a></nav></header>
<main>
<article class="article">
<span class="article__live">{"LIVE" if fx.chance(0.5) else ""}</span>
<h1 class="article__headline">Elbtunnel nach Lkw-Brand voll gesperrt – der Liveticker</h1>
<div class="article__meta"><span>Von Jannik Brösel</span> <time datetime="2026-12-06T20:15:00+01:00">06.12.26, 20:15 Uhr</time></div>
<figure><img src="/bild/elbtunnel.jpg" alt=""><figcaption>Rauch über der Elbe bei Othmarschen. Foto: MOPO/Brösel</figcaption></figure>
<div class="article__text">
{lead}
{feed}
</div>
{plus}
</article>
{related(fx, "Weitere Nachrichten aus Hamburg", "mopo-more", 4)}
</main>
<aside>{most_read(fx, "mopo-top", 5)}{weather(fx, "Hamburg", 5, "mopo-wetter")}</aside>
<footer><p>© Hamburger Morgenpost 2026</p></footer>
</body>"""
    return shell(
        fx,
        title="Elbtunnel nach Lkw-Brand voll gesperrt – der Liveticker | MOPO",
        description="Nach einem Lkw-Brand ist der Elbtunnel auf der A7 voll gesperrt.",
        url="https://www.mopo.de/hamburg/elbtunnel-lkw-brand-liveticker-2291044/",
        ld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Elbtunnel nach Lkw-Brand voll gesperrt",
            "datePublished": "2026-12-06T20:15:00+01:00",
        },
        modified=("2026-12-06T22:41:00+01:00", "2026-12-06T23:54:00+01:00"),
        body=page,
        prefix="mo",
    )


SITES = [
    ("kurier-wien-donaukanal-schiff", "KURIER", "de", "updates", kurier),
    ("tagesanzeiger-ticker-zuerich-hb", "Tages-Anzeiger", "de", "live", tagesanzeiger),
    ("mopo-ticker-elbtunnel-brand", "MOPO", "de", "live", mopo),
]
