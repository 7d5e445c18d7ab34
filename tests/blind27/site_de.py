"""German-language publishers: salto.bz (Bozen, South Tyrol), Deutsche Allgemeine Zeitung
(Almaty, Kazakhstan), Wiener Zeitung (Vienna, Austria)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADBLOCK,
    EPAPER,
    FUEL,
    GAME,
    HEARING,
    MYSTERY,
    NEWS,
    PAYWALL,
    PHARMACY,
    PROMO,
    READ,
    SOCIAL,
    TICKER,
    UMBRELLA,
    VIDEO,
    Texts,
    bp,
    bpa,
    graph,
    ld,
    page,
    post,
    uhr,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1
ALA = 5

_SUBS = ["Politik", "Wirtschaft", "Chronik", "Kultur", "Gesellschaft", "Umwelt", "Sport", "Meinung"]
_FOOT = {
    "Über uns": ["Impressum", "Kontakt", "Werben", "Jobs", "Abo"],
    "Rechtliches": [
        "Datenschutz",
        "Nutzungsbedingungen",
        "Cookie-Einstellungen",
        "Barrierefreiheit",
    ],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


def _embed(cls: str, text: str, who: str) -> W:
    html = (
        f'<blockquote class="{cls}"><p>{e(text)}</p><p class="{cls}__by">{e(who)}</p></blockquote>'
    )
    return post(html, [text], SOCIAL, [who])


def _dot(dt: datetime) -> str:
    return f"{dt.hour}.{dt.minute:02d}"


# ---------------------------------------------------------------------------------------------
# salto.bz (Bozen, +01:00; the fetches run from 23:00 to midnight on Sunday 6 December), Drupal-
# like. Notes inside the story after paragraph 4, oldest first, each a body-class paragraph whose
# label comes **last**, an italic "(ergänzt um 22.40 Uhr)" at its end; a bold "Korrekturvermerk:"
# at the end (`correction`) and a bold "Zur Entstehung dieses Artikels:" under it (`editors_note`).


def salto(ctx: Ctx) -> Render:
    url = "https://salto.bz/de/article/06122026/schneechaos-am-brenner-a22-zwischen-sterzing-und-brenner-gesperrt"
    headline = "Schneechaos am Brenner: A22 zwischen Sterzing und Brenner gesperrt"
    published = at(CET, 6, 17, 45)
    cls = "salto-text"
    body = [
        "Starker Schneefall hat am Sonntagnachmittag den Verkehr auf der Brennerautobahn lahmgelegt: Die A22 ist zwischen Sterzing und dem Brenner in beiden Richtungen gesperrt.",
        "Laut Landeswetterdienst fielen am Brennerpass seit dem Morgen rund 45 Zentimeter Neuschnee, in Pflersch und Ridnaun sogar mehr.",
        "Der Schwerverkehr wird in Sterzing und Brixen auf die Stauräume geleitet; der Rückstau der Lastwagen reicht nach Angaben der Autobahngesellschaft bis Klausen.",
        "„Wir stehen seit drei Stunden, und keiner sagt uns, wie lange es noch dauert“, sagte ein Lkw-Fahrer aus Verona an der Raststätte Plose.",
        "Die Freiwilligen Feuerwehren von Gossensaß und Sterzing versorgen die wartenden Fahrer mit Tee und Decken.",
        "Auch die Bahnstrecke über den Brenner ist betroffen: Die Züge zwischen Franzensfeste und Innsbruck verkehren mit großen Verspätungen.",
        "Der Landeswetterdienst erwartet, dass der Schneefall in der Nacht auf Montag nachlässt.",
    ]

    def label(dt: datetime) -> str:
        return f"ergänzt um {uhr(dt)}"

    specs = [
        (
            21,
            5,
            "Die Autobahngesellschaft hat die Ausfahrt Sterzing für alle Fahrzeuge über 7,5 Tonnen gesperrt, auch die Staatsstraße über den Brenner ist dicht.",
        ),
        (
            22,
            40,
            "Im Gemeindesaal von Gossensaß können gestrandete Autofahrerinnen und Autofahrer die Nacht verbringen, teilt der Bürgermeister mit.",
        ),
    ]
    notes = [
        Block("update", label(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        None,
        [
            "Die Räumfahrzeuge haben die Fahrbahn in Richtung Süden freigelegt; die A22 soll dort nach Mitternacht schrittweise wieder öffnen."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<p class="{cls}">{e(b.paras[0])} <em>({e(b.label or "")})</em></p>'
    corr = Block(
        "correction",
        "Korrekturvermerk",
        None,
        None,
        [
            "In einer ersten Fassung hieß es, die Züge seien eingestellt worden. Sie fahren, aber mit Verspätungen."
        ],
    )
    corr.html = f'<p class="{cls}"><strong>Korrekturvermerk:</strong> {e(corr.paras[0])}</p>'
    how = Block(
        "editors_note",
        "Zur Entstehung dieses Artikels",
        None,
        None,
        ["Unsere Redakteurin war selbst im Stau vor Sterzing und hat von dort aus berichtet."],
    )
    how.html = (
        f'<p class="{cls}"><strong>Zur Entstehung dieses Artikels:</strong> {e(how.paras[0])}</p>'
    )
    modified = shown[-1].ts or published
    pl = {
        "social": "Landesverkehrsmeldezentrale (@verkehr_suedtirol)",
        "fuel": "Tankstellen im Wipptal",
        "unit": "Cent",
        "game": "Wortsalat",
        "pharmacy": "Die Nachtapotheke am Bozner Waltherplatz",
        "umbrella": "Der Schirmständer im Sterzinger Bahnhof",
        "hearing": "im Sprengel Wipptal",
        "brand": "salto.bz",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def tail(text: str, word: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return W(f'<p class="{cls}">{e(text)} <em>({e(word)} {e(uhr(t))})</em></p>', [text], kind)

    fuel = tail(tx.counter(FUEL, 189), "Preise von", FUEL, 2, 15)
    umb = tail(tx.counter(UMBRELLA, 36), "gezählt um", UMBRELLA, 1, 12)
    tick = tail(tx.pool(TICKER) + ".", "Meldung von", TICKER, 1, 18)
    pharm = bp(cls, tx.counter(PHARMACY, 6), PHARMACY, lead="Nachtdienst:")
    social = _embed("salto-embed", tx.counter(SOCIAL, 520), "— Landesverkehrsmeldezentrale auf X")
    video = bp(cls, tx.pool(VIDEO), VIDEO, lead="Als Nächstes:")
    pay = bp(cls, tx.pool(PAYWALL), PAYWALL, lead="salto+:")
    read = bpa(cls, "Mehr zum Thema:", tx.pool(READ), "/de/chronik/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Bezahlte Einschaltung –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    hearing = bp(cls, tx.fixed(HEARING), HEARING)
    game = bp(cls, tx.counter(GAME, 740), GAME, lead="Rätselstand:")
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = paras[:4] + [b.html for b in shown] + paras[4:] + [corr.html, how.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fuel, list(range(4, 5 + nb)), 0.85),
            (umb, list(range(4, 5 + nb)), 0.8),
            (tick, [3, 4 + nb, k - 1], 0.8),
            (pharm, [2, 5 + nb, k], 0.8),
            (social, [1, 3, 6 + nb], 0.75),
            (video, [2, 5 + nb, k], 0.75),
            (pay, [1, 6 + nb, k], 0.75),
            (read, [1, 2, 3], 0.8),
            (promo, [0, 5 + nb, k], 0.7),
            (news, [k - 2, k], 0.75),
            (hearing, [3, k - 1], 0.7),
            (game, [2, 4 + nb, k], 0.75),
        ],
    )
    main = f"""<div class="salto-page">
<main class="salto-main">
<article class="node node--type-article">
<div class="salto-meta"><a href="/de/chronik">Chronik</a> <span class="salto-author">Lena Pircher</span> <span class="salto-date">06.12.2026</span></div>
<h1 class="salto-title">{e(headline)}</h1>
<p class="salto-lead">Bis Klausen stauen sich die Lastwagen, in Gossensaß öffnet ein Notquartier.</p>
<figure class="salto-figure"><img src="/sites/default/files/styles/article/public/2026-12/a22-schnee.jpg" alt="" loading="lazy"><figcaption>Schneeräumung auf der A22 bei Sterzing. Foto: salto.bz</figcaption></figure>
<div class="field--name-body">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="salto",
        brand="salto.bz",
        url=url,
        title=f"{headline} | salto.bz",
        sections=["Politik", "Wirtschaft", "Chronik", "Kultur", "Gesellschaft", "Umwelt"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 salto.bz – Genossenschaft",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Lena Pircher",
                    publisher=org("salto.bz", "https://salto.bz"),
                    lang="de",
                    section="Chronik",
                )
            )
        ],
        main=main,
        body_cls="path-node page-node-type-article",
    )
    return Render(html, body, [*shown, corr, how], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Deutsche Allgemeine Zeitung (Almaty, +05:00; the fetches run from 3:00 to 4:00 on Monday 7
# December), custom, live, **oldest first**, entries crossing local midnight: each `<section>`
# opens with an `<h2>` written-out date and clock without a year, "Montag, 7. Dezember, 0.40
# Uhr", then a bold headline paragraph (two without) and the text; microdata `liveBlogUpdate`
# whose date is only a `<meta itemprop="datePublished">`; the JSON-LD is a `WebPage` only.


def daz(ctx: Ctx) -> Render:
    url = "https://daz.asia/live-schneesturm-almaty-flughafen-gesperrt-strasse-nach-bischkek-dicht/"
    headline = "Live: Schneesturm über Almaty – Flughafen gesperrt, Straße nach Bischkek dicht"
    published = at(ALA, 6, 22, 30)
    body = [
        "Ein Schneesturm hat in der Nacht auf Montag den Verkehr in Almaty und im Gebiet Almaty weitgehend zum Erliegen gebracht; der internationale Flughafen nimmt keine Flugzeuge mehr an.",
        "Wir berichten laufend, was in der Stadt und auf den Fernstraßen geschieht. Die neuesten Einträge stehen unten.",
    ]

    def label(dt: datetime) -> str:
        day = "Sonntag, 6. Dezember" if dt.day == 6 else "Montag, 7. Dezember"
        return f"{day}, {uhr(dt)}"

    specs = [
        (
            6,
            22,
            50,
            "Sturmwarnung für das Gebiet Almaty",
            [
                "Der Wetterdienst Kazhydromet hat für die Nacht die höchste Warnstufe ausgerufen: Böen bis 25 Meter pro Sekunde, dazu starker Schneefall."
            ],
        ),
        (
            6,
            23,
            35,
            None,
            [
                "Auf der Al-Farabi-Allee stehen mehrere Busse quer; die Stadtverwaltung bittet, das Auto stehen zu lassen."
            ],
        ),
        (
            7,
            0,
            40,
            "Flughafen nimmt keine Maschinen mehr an",
            [
                "Der Flughafen Almaty hat den Betrieb eingestellt. Drei Maschinen aus Istanbul, Frankfurt und Taschkent wurden nach Schymkent umgeleitet.",
                "Abflüge sind bis mindestens sechs Uhr morgens gestrichen.",
            ],
        ),
        (
            7,
            1,
            25,
            "Straße nach Bischkek gesperrt",
            [
                "Die Polizei hat die Fernstraße Almaty–Bischkek ab Kaskelen gesperrt. Lastwagen werden auf Parkplätze am Stadtrand geleitet."
            ],
        ),
        (
            7,
            2,
            10,
            None,
            [
                "Im Bezirk Alatau ist in rund 4000 Wohnungen der Strom ausgefallen, meldet der Netzbetreiber AZhK."
            ],
        ),
        (
            7,
            2,
            45,
            "Wärmestuben geöffnet",
            [
                "Die Stadt hat in sechs Schulen Wärmestuben für Menschen eingerichtet, die auf der Straße festsitzen."
            ],
        ),
    ]
    entries = [
        Block("live_entry", label(at(ALA, d, h, m)), at(ALA, d, h, m), hd, ps)
        for d, h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        label(at(ALA, 7, 3, 53)),
        at(ALA, 7, 3, 53),
        "Erste Räumfahrzeuge auf dem Flughafen",
        [
            "Auf dem Vorfeld des Flughafens räumen die ersten Fahrzeuge. Eine Wiedereröffnung ist laut der Flughafenleitung frühestens gegen Mittag möglich."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])
    cls = "daz-live__text"

    def entry(title: str, iso: str | None, head: str | None, paras: list[str]) -> str:
        scope = (
            ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            if iso
            else ""
        )
        meta = f'<meta itemprop="datePublished" content="{iso}">' if iso else ""
        hp = ' itemprop="headline"' if iso else ""
        hd = f'<p class="{cls}"{hp}><b>{e(head)}</b></p>' if head else ""
        text = "".join(f'<p class="{cls}">{e(p)}</p>' for p in paras)
        return f'<section class="daz-live__entry"{scope}>{meta}<h2 class="daz-live__when">{e(title)}</h2>{hd}{text}</section>'

    for b in shown:
        assert b.ts
        b.html = entry(b.label or "", b.ts.isoformat(), b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "social": "Akimat Almaty (@almaty_akimat)",
        "fuel": "Tankstellen in Almaty",
        "unit": "Tenge",
        "game": "DAZ-Wortspiel",
        "pharmacy": "Die Nachtapotheke am Grünen Basar",
        "umbrella": "Der Schirmverleih am Goethe-Institut",
        "hearing": "im Deutschen Haus Almaty",
        "brand": "der DAZ",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def fake(head: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        mark = label(t)
        return post(
            entry(mark, None, head, [text]), ([head] if head else []) + [text], kind, [mark]
        )

    umb = fake("Schirme am Goethe-Institut", tx.counter(UMBRELLA, 40), UMBRELLA)
    pharm = fake(None, tx.counter(PHARMACY, 11), PHARMACY)
    fuel = fake("Spritpreise in der Stadt", tx.counter(FUEL, 231), FUEL)
    tick = fake("Was sonst in Kasachstan passiert", tx.pool(TICKER), TICKER)
    video = fake("Im Video von heute", tx.pool(VIDEO), VIDEO)
    promo = fake("Anzeige – Angebot unseres Partners", tx.pool(PROMO), PROMO)
    social = _embed("daz-embed", tx.counter(SOCIAL, 880), "— Akimat Almaty auf Telegram")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (umb, list(range(0, n + 1)), 0.85),
            (pharm, list(range(1, n + 1)), 0.8),
            (fuel, [0, 2, 3, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
            (video, [2, 4, n], 0.75),
            (promo, [1, 4, n], 0.7),
            (social, [2, 3, 5], 0.75),
        ],
    )
    icls = "daz-live__intro"
    mystery = bp(icls, tx.pool(MYSTERY), MYSTERY, lead="Was ist das?")
    epaper = bp(icls, tx.fixed(EPAPER), EPAPER)
    read = bpa(icls, "Dazu passend:", tx.pool(READ), "/gesellschaft/", READ)
    game = bp(icls, tx.counter(GAME, 310), GAME, lead="Wortspiel:")
    adblock = bp(icls, tx.fixed(ADBLOCK), ADBLOCK)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (mystery, [0, 1, 2], 0.8),
            (epaper, [1, 2], 0.75),
            (read, [0, 1, 2], 0.8),
            (game, [1, 2], 0.8),
            (adblock, [0, 2], 0.7),
        ],
    )
    main = f"""<div class="daz-wrap">
<main class="daz-main">
<article class="daz-article" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="daz-article__head">
<span class="daz-badge">LIVE</span>
<h1 class="daz-article__title" itemprop="headline">{e(headline)}</h1>
<p class="daz-article__date">Stand: {e(label(modified))}</p>
</header>
<div class="daz-live__lede">
{intro}
</div>
{ad_slot("daz-ad", "Anzeige", "daz-rect-1")}
<div class="daz-live__stream">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de",
        prefix="daz",
        brand="Deutsche Allgemeine Zeitung",
        url=url,
        title=f"{headline} – DAZ",
        sections=["Politik", "Wirtschaft", "Gesellschaft", "Kultur", "Zentralasien", "Sprache"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Deutsche Allgemeine Zeitung, Almaty",
        jsonld=[
            ld(
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": headline,
                    "inLanguage": "de",
                    "datePublished": published.isoformat(),
                    "dateModified": modified.isoformat(),
                    "publisher": org("Deutsche Allgemeine Zeitung", "https://daz.asia"),
                }
            )
        ],
        main=main,
        body_cls="daz single-live",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Wiener Zeitung (Vienna, +01:00; the fetches run from 23:00 to midnight), custom, live, newest
# first: each `<div>` holds the `<h3>` (two without) and the text **first** and its clock
# **after** them, in a side column `<aside>` with a `<time>` "22.41"; JSON-LD `@graph` of a
# `NewsMediaOrganization`, a `BreadcrumbList` and a `LiveBlogPosting` whose updates carry
# `dateModified` as well as `datePublished`.


def wienerzeitung(ctx: Ctx) -> Render:
    url = "https://www.wienerzeitung.at/h/live-glatteis-in-wien-westautobahn-gesperrt-oeffis-im-dauereinsatz"
    headline = "Live: Glatteis in Wien – Westautobahn gesperrt, Öffis im Dauereinsatz"
    published = at(CET, 6, 19, 10)
    body = [
        "Gefrierender Regen hat am Sonntagabend Straßen und Gehsteige in Wien und Niederösterreich in Eisflächen verwandelt; die Westautobahn ist zwischen Auhof und Pressbaum gesperrt.",
        "Die Wiener Linien verdichten die Intervalle, die Rettung ist im Dauereinsatz. Wir halten Sie hier auf dem Laufenden.",
    ]
    specs = [
        (
            22,
            45,
            "Rettung: über 80 Einsätze wegen Stürzen",
            [
                "Die Berufsrettung Wien zählt seit 18 Uhr mehr als 80 Einsätze nach Stürzen auf Glatteis, vor allem in Favoriten und Floridsdorf."
            ],
        ),
        (
            22,
            20,
            None,
            [
                "Die Wiener Linien lassen die U6 und die Straßenbahnlinien 43 und 49 auch nach Betriebsschluss als Sonderzüge fahren."
            ],
        ),
        (
            21,
            55,
            "Westautobahn gesperrt",
            [
                "Die Asfinag hat die A1 zwischen Auhof und Pressbaum in beiden Richtungen gesperrt, nachdem mehrere Lkw auf der Steigung hängen geblieben sind.",
                "Eine Umleitung über die B1 ist eingerichtet.",
            ],
        ),
        (
            21,
            30,
            "Streudienst mit allen Fahrzeugen unterwegs",
            [
                "Die MA 48 ist mit rund 300 Streufahrzeugen im Einsatz und bittet, Parkplätze an Hauptstraßen freizuhalten."
            ],
        ),
        (
            21,
            5,
            None,
            [
                "Am Flughafen Schwechat werden Maschinen vor dem Abflug enteist, es kommt zu Verspätungen von bis zu einer Stunde."
            ],
        ),
        (
            20,
            40,
            "Warnung vor gefrierendem Regen",
            [
                "Die GeoSphere Austria hat für Wien und das östliche Niederösterreich die Warnstufe Rot ausgegeben."
            ],
        ),
    ]
    entries = [
        Block("live_entry", _dot(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        _dot(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        "A1 Richtung Linz wieder offen",
        [
            "Die Asfinag hat die Westautobahn in Richtung Linz wieder freigegeben; Richtung Wien bleibt sie bis zum Morgen gesperrt."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(clock: str, iso: str, head: str | None, paras: list[str]) -> str:
        hd = f'<h3 class="wz-ticker__title">{e(head)}</h3>' if head else ""
        text = "".join(f'<p class="wz-ticker__text">{e(p)}</p>' for p in paras)
        return (
            f'<div class="wz-ticker__item"><div class="wz-ticker__main">{hd}{text}</div>'
            f'<aside class="wz-ticker__side"><time datetime="{iso}">{e(clock)}</time></aside></div>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.label or "", b.ts.isoformat(), b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "social": "Wiener Linien (@wienerlinien)",
        "fuel": "Tankstellen im Wiener Stadtgebiet",
        "unit": "Cent",
        "game": "Wortwerk",
        "pharmacy": "Die Bereitschaftsapotheke am Westbahnhof",
        "umbrella": "Der Leihschirm-Ständer in der Hauptbücherei",
        "hearing": "im Pensionistenklub Ottakring",
        "brand": "der Wiener Zeitung",
    }
    tx = Texts(ctx, "de", pl, sep=".")

    def fake(head: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(_dot(t), t.isoformat(), head, [text]),
            ([head] if head else []) + [text],
            kind,
            [_dot(t)],
        )

    pharm = fake("Bereitschaftsapotheke", tx.counter(PHARMACY, 8), PHARMACY)
    fuel = fake(None, tx.counter(FUEL, 172), FUEL)
    game = fake("Wortwerk-Zwischenstand", tx.counter(GAME, 1320), GAME)
    tick = fake("Was sonst noch wichtig ist", tx.pool(TICKER), TICKER)
    promo = fake("Werbung – Partnerinhalt", tx.pool(PROMO), PROMO)
    social = _embed("wz-embed", tx.counter(SOCIAL, 960), "— Wiener Linien auf Bluesky")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (pharm, list(range(0, n + 1)), 0.85),
            (fuel, list(range(1, n + 1)), 0.8),
            (game, [0, 2, 4, n], 0.8),
            (tick, [0, 1, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
            (social, [1, 3, 5], 0.75),
        ],
    )
    icls = "wz-ticker__lead"
    video = bp(icls, tx.pool(VIDEO), VIDEO, lead="Videotipp:")
    pay = bp(icls, tx.pool(PAYWALL), PAYWALL, lead="WZ-Plus:")
    umb = bp(icls, tx.counter(UMBRELLA, 52), UMBRELLA, lead=f"Leihschirme ({uhr(ctx.ago(1, 12))}):")
    hearing = bp(icls, tx.fixed(HEARING), HEARING)
    read = bpa(icls, "Ebenfalls lesenswert:", tx.pool(READ), "/h/wien/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (video, [0, 1, 2], 0.8),
            (pay, [1, 2], 0.75),
            (umb, [0, 1, 2], 0.8),
            (hearing, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 2], 0.75),
        ],
    )
    publisher = org("Wiener Zeitung", "https://www.wienerzeitung.at")
    publisher["@id"] = "https://www.wienerzeitung.at/#org"
    updates = [
        {
            "@type": "BlogPosting",
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "datePublished": b.ts.isoformat() if b.ts else None,
            "dateModified": b.ts.isoformat() if b.ts else None,
            "articleBody": " ".join(b.paras),
        }
        for b in shown
    ]
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "Wien",
                "item": "https://www.wienerzeitung.at/h/wien",
            },
            {"@type": "ListItem", "position": 2, "name": "Live", "item": url},
        ],
    }
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "headline": headline,
        "url": url,
        "inLanguage": "de-AT",
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": {"@id": publisher["@id"]},
        "liveBlogUpdate": updates,
    }
    main = f"""<div class="wz-wrap">
<main class="wz-main">
<article class="wz-article wz-article--ticker">
<header class="wz-article__header">
<p class="wz-kicker">Liveticker</p>
<h1 class="wz-article__title">{e(headline)}</h1>
<p class="wz-article__meta">Zuletzt aktualisiert: {e(_dot(modified))} Uhr</p>
</header>
<div class="wz-ticker__intro">
{intro}
</div>
{ad_slot("wz-ad", "Werbung", "wz-mr-1")}
<div class="wz-ticker">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de-AT",
        prefix="wz",
        brand="Wiener Zeitung",
        url=url,
        title=f"{headline} | Wiener Zeitung",
        sections=["Politik", "Wirtschaft", "Wien", "Kultur", "Wissen", "Meinung"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Wiener Zeitung GmbH",
        jsonld=[graph(publisher, crumbs, posting)],
        main=main,
        body_cls="wz page-ticker",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "salto-schneechaos-am-brenner-a22-zwischen-sterzing-und-brenner-gesperrt-stau-bis-klausen",
        "salto.bz (IT)",
        "de",
        "updates",
        CET,
        salto,
    ),
    Site(
        "daz-live-schneesturm-ueber-almaty-flughafen-gesperrt-strasse-nach-bischkek-dicht",
        "Deutsche Allgemeine Zeitung (KZ)",
        "de",
        "live",
        ALA,
        daz,
    ),
    Site(
        "wienerzeitung-live-glatteis-in-wien-westautobahn-gesperrt-oeffis-im-dauereinsatz",
        "Wiener Zeitung (AT)",
        "de",
        "live",
        CET,
        wienerzeitung,
    ),
]
