"""German-language publishers: Frankfurter Neue Presse (Bad Homburg, Hesse), Goslarsche Zeitung
(the Harz, Lower Saxony), ORF Tirol (the Arlberg, Tyrol)."""

from __future__ import annotations

from fx import (
    ANTIQUE,
    AUDITION,
    CHESS,
    DRIVING,
    FARMERS,
    FOODVAN,
    GYM,
    KNIT,
    NEWS,
    POSTCARD,
    PROMO,
    READ,
    RELATED,
    TICKER,
    TWIN,
    bl,
    bp,
    bpa,
    drift,
    ld,
    num,
    page,
    post,
    rise,
    subset,
    turn,
    uhr,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1

_SUBS = ["Polizei", "Politik", "Wirtschaft", "Kultur", "Sport", "Verkehr", "Leserbriefe", "Service"]
_FOOT = {
    "Verlag": ["Über uns", "Kontakt", "Mediadaten", "Newsletter", "E-Paper"],
    "Rechtliches": ["Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen"],
}


def _texts(ctx: Ctx, town: str, street: str) -> dict[str, str]:
    return {
        ANTIQUE: turn(
            ctx,
            [
                f"Eine Taschenuhr aus dem Nachlass eines {town}er Uhrmachers schätzt unser Antiquitätenexperte auf 1.800 Euro.",
                f"Der Bauernschrank einer Leserin aus der {street}, bemalt um 1820, ist laut unserem Experten rund 2.400 Euro wert.",
                "Ein Zinnteller mit Zunftzeichen vom Dachboden einer Leserin bringt bei einer Auktion wohl 350 Euro.",
                "Eine Porzellanpuppe aus den 1910er-Jahren, die ein Leser geerbt hat, wird auf 600 Euro geschätzt.",
            ],
            "antique",
        ),
        CHESS: turn(
            ctx,
            [
                f"Leser gegen den Schachklub {town}, Partie 3: Der Klub zog den Springer nach f3. Abstimmen können Sie bis Donnerstag.",
                f"Leser gegen den Schachklub {town}, Partie 3: Der Klub rochierte kurz, die Leser sind am Zug.",
                f"Leser gegen den Schachklub {town}, Partie 3: Der Läufer des Klubs steht jetzt auf c4.",
                f"Leser gegen den Schachklub {town}, Partie 3: Der Klub bot mit dem Damenbauern ein Gambit an.",
            ],
            "chess",
        ),
        TWIN: turn(
            ctx,
            [
                f"Die Bürgermeisterin unserer französischen Partnerstadt schickt allen Betroffenen in {town} herzliche Grüße.",
                f"Schüler unserer Partnerschule in Polen haben 150 Weihnachtskarten für die Seniorenheime in {town} gebastelt.",
                f"Der Posaunenchor aus unserer italienischen Partnerstadt spielt am 20. Dezember in der {street}.",
                f"Unsere englische Partnerstadt lädt Vereine aus {town} zum Austausch im Mai ein.",
            ],
            "twin",
        ),
        FOODVAN: turn(
            ctx,
            [
                f"Der Flammkuchen-Wagen steht heute Abend am Parkplatz in der {street}, bis 21 Uhr.",
                "Das Currywurst-Mobil steht heute Abend am Bahnhofsvorplatz, bis die Soße alle ist.",
                "Der Dampfnudel-Truck parkt heute Abend am Rathausplatz, süß und herzhaft bis 20.30 Uhr.",
                "Der Ramen-Bus steht heute Abend am Schwimmbad, warme Suppe bis 21 Uhr.",
            ],
            "van",
        ),
        POSTCARD: turn(
            ctx,
            [
                f"Viele Grüße von Gran Canaria, 24 Grad und Sonne! Wir denken an alle in {town}. Familie Brenner",
                "Grüße aus Wien: Punsch am Christkindlmarkt und Sachertorte im Kaffeehaus. Eure Heidi und Klaus",
                f"Aus Madeira grüßen die Wanderfreunde {town}, die Levadas sind nass, die Laune ist gut.",
                "Liebe Grüße aus Lappland, minus 18 Grad und Polarlicht. Jonas und Mia",
            ],
            "postcard",
        ),
        READ: turn(
            ctx,
            [
                "Neues Hallenbad: Kreistag gibt grünes Licht für den Bau",
                "Weihnachtsmärkte in der Region: Wo es am Wochenende noch Glühwein gibt",
                "Landwirte klagen über nasses Wetter: Wintersaat steht unter Wasser",
                "Kita-Gebühren steigen ab März um zehn Prozent",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Lange Einkaufsnacht in der {street}: Die Händler haben jeden Donnerstag bis 22 Uhr geöffnet.",
                "Jetzt das Digital-Abo drei Monate für 1 Euro testen.",
                "Winterreifen-Check beim Autohaus ums Eck: diese Woche kostenlos.",
                "Wellness-Gutscheine zum halben Preis, nur bis Freitag.",
            ],
            "promo",
        ),
    }


# ---------------------------------------------------------------------------------------------
# Frankfurter Neue Presse (+01:00), custom. An italic bold "Korrekturhinweis:" at the top; the
# notes come after the story, oldest first, as paragraphs in the body's own class with a bold
# "Aktualisiert um 21:40 Uhr:" lead.


def fnp(ctx: Ctx) -> Render:
    url = "https://www.fnp.de/lokales/hochtaunus/bad-homburg/bad-homburg-brand-kurhaus-louisenstrasse-gesperrt-92731845.html"
    headline = "Brand im Kurhaus Bad Homburg: Louisenstraße gesperrt, Gäste des Theaters evakuiert"
    published = at(CET, 6, 19, 35)
    town, street = "Bad Homburg", "Louisenstraße"
    body = [
        "Im Kurhaus in Bad Homburg ist am Sonntagabend ein Feuer ausgebrochen. Rund 400 Besucher einer Theatervorstellung mussten das Gebäude verlassen.",
        "Der Brand brach nach Angaben der Feuerwehr gegen 19 Uhr in einem Technikraum im Untergeschoss aus. Dichter Rauch zog durch das Foyer.",
        "„Es roch plötzlich verbrannt, dann ging der Alarm los“, sagte eine Besucherin aus Oberursel. „Alle sind ruhig hinausgegangen.“",
        "Die Stadt hat die Louisenstraße zwischen Kurhausplatz und Schwedenpfad gesperrt. Auch der Kurpark ist bis auf Weiteres nicht zugänglich.",
        "Verletzt wurde nach ersten Erkenntnissen niemand. Der Rettungsdienst betreute zwei Besucher, die über Atembeschwerden klagten.",
        "Die Busse der Linien 1, 2 und 11 werden über die Schöne Aussicht umgeleitet. Die Kurhaus-Tiefgarage bleibt geschlossen.",
        "Zur Schadenshöhe und zur Ursache konnte die Polizei am Abend noch keine Angaben machen.",
    ]
    korr = Block(
        "correction",
        "Korrekturhinweis",
        None,
        None,
        [
            "In einer früheren Fassung hieß es, das Feuer sei im Theatersaal ausgebrochen. Es brach in einem Technikraum im Untergeschoss aus."
        ],
    )
    korr.html = (
        f'<p class="fnp-text"><em><strong>Korrekturhinweis:</strong> {e(korr.paras[0])}</em></p>'
    )
    notes = [
        Block(
            "update",
            "Aktualisiert um 21:10 Uhr",
            at(CET, 6, 21, 10),
            None,
            [
                "Die Feuerwehr meldet: Feuer aus. Die Nachlöscharbeiten im Untergeschoss dauern aber noch an."
            ],
        ),
        Block(
            "update",
            "Aktualisiert um 22:25 Uhr",
            at(CET, 6, 22, 25),
            None,
            [
                "Das Theater sagt die Vorstellungen am Montag und Dienstag ab. Karten können an der Kasse zurückgegeben werden."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aktualisiert um 23:54 Uhr",
        at(CET, 6, 23, 54),
        None,
        [
            "Die Louisenstraße ist wieder frei, teilt die Polizei mit. Der Kurpark bleibt bis Montagmittag gesperrt."
        ],
    )
    shown = [*notes, *([genuine] if ctx.n == 6 else [])]

    def para(lead: str, text: str) -> str:
        return f'<p class="fnp-text"><strong>{e(lead)}:</strong> {e(text)}</p>'

    for b in shown:
        b.html = para(b.label or "", b.paras[0])
    modified = shown[-1].ts or published
    tx = _texts(ctx, town, street)

    def clocked(lead: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 15)
        return post(para(f"{lead} um {t.hour:02d}:{t.minute:02d} Uhr", text), [text], kind)

    knit = clocked(
        "Strickaktion, Stand",
        f"{num(rise(ctx, 2214, 3, 2), '.')} Mützen, Schals und Decken haben Leserinnen und Leser bisher für die Kältehilfe im Hochtaunus gestrickt.",
        KNIT,
    )
    chess = clocked("Leserschach, aktualisiert", tx[CHESS], CHESS)
    dax = drift(ctx, 20140, 50)
    ticker = clocked(
        "Börse, Stand",
        f"DAX {num(dax, '.')} Punkte, Euro {drift(ctx, 1, 0)},{drift(ctx, 8, 1)}{drift(ctx, 5, 4)} Dollar, Gold {num(drift(ctx, 2480, 15), '.')} Euro je Unze.",
        TICKER,
    )
    antique = bp("fnp-text", tx[ANTIQUE], ANTIQUE, lead="Schatz vom Dachboden:")
    van = bp("fnp-text", tx[FOODVAN], FOODVAN, lead="Food-Truck heute:")
    gym = bp(
        "fnp-text",
        "Kurse im Seedammbad diese Woche: Aquafitness Montag 19 Uhr, Rückenschule Dienstag und Donnerstag 18 Uhr, Yoga Mittwoch 10 Uhr.",
        GYM,
    )
    related = bl(
        "fnp-liste",
        "",
        [
            f"Mehr zum Thema: {x}"
            for x in subset(
                ctx,
                [
                    "Feuerwehr Bad Homburg: Die Einsätze des Jahres",
                    "Das Kurhaus und seine Geschichte",
                    "Sanierung des Kurhauses: Was geplant ist",
                    "Brandschutz in öffentlichen Gebäuden",
                    "Theater im Kurhaus: Der Spielplan",
                ],
                3,
            )
        ],
        RELATED,
    )
    news = bp(
        "fnp-text",
        "Abonnieren Sie unseren Newsletter „Hochtaunus kompakt“ und erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region.",
        NEWS,
    )

    units = [korr.html] + [f'<p class="fnp-text">{e(p)}</p>' for p in body]
    first_note = len(units)
    units += [b.html for b in shown]
    k = len(units)
    gaps = list(range(first_note, k + 1))
    story = weave(
        ctx,
        units,
        [
            (knit, gaps, 0.85),
            (chess, [1, *gaps], 0.8),
            (ticker, gaps, 0.8),
            (antique, [2, 3, 5, 7], 0.8),
            (van, [4, 6, first_note], 0.75),
            (gym, [3, 5, k], 0.7),
            (related, [first_note, k], 0.8),
            (news, [1, 6, k], 0.7),
        ],
    )
    main = f"""<main class="fnp-main">
<article class="fnp-artikel">
<header class="fnp-artikel__kopf">
<p class="fnp-artikel__ort">Bad Homburg</p>
<h1 class="fnp-artikel__titel">{e(headline)}</h1>
<p class="fnp-artikel__vorspann">Feuer im Technikraum, rund 400 Theatergäste müssen das Kurhaus verlassen</p>
<p class="fnp-artikel__meta">Von Katja Schmelzer · Aktualisiert: {modified.strftime("%d.%m.%Y, %H:%M")} Uhr</p>
</header>
<div class="fnp-artikel__text">
{story}
</div>
</article>
</main>"""
    html = page(
        ctx,
        lang="de-DE",
        prefix="fnp",
        brand="Frankfurter Neue Presse",
        url=url,
        title=f"{headline} | FNP",
        sections=["Frankfurt", "Region", "Hochtaunus", "Sport", "Wirtschaft", "Kultur"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Frankfurter Societäts-Medien GmbH",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Katja Schmelzer",
                    publisher=org("Frankfurter Neue Presse", "https://www.fnp.de"),
                    lang="de-DE",
                    section="Bad Homburg",
                )
            )
        ],
        main=main,
        body_cls="fnp article",
    )
    return Render(html, body, [korr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Goslarsche Zeitung (+01:00), WordPress-like. The notes sit at the top of the story, newest
# first, each an `<h2>` clock heading "Update (22.05 Uhr)" + a paragraph, in the same `<h2>` the
# story uses for its own subheads; a bold "Hinweis der Redaktion:" at the bottom (`editors_note`).


def goslarsche(ctx: Ctx) -> Render:
    url = "https://www.goslarsche.de/lokales/harz/sturm-harz-b4-gesperrt-torfhaus-baeume-zugausfall-898123.html"
    headline = "Orkanböen im Harz: B4 bei Torfhaus gesperrt, Züge nach Bad Harzburg fallen aus"
    published = at(CET, 6, 18, 50)
    town, street = "Goslar", "Rosentorstraße"
    body = [
        "Orkanartige Böen haben am Sonntagabend im Oberharz zahlreiche Bäume umgeworfen. Die B4 zwischen Bad Harzburg und Torfhaus ist gesperrt.",
        "Auf dem Brocken maß der Deutsche Wetterdienst Spitzen von 148 Kilometern pro Stunde, in Goslar waren es noch 95.",
        "„Auf der B4 liegen an mindestens sechs Stellen Fichten quer“, sagte ein Sprecher der Kreisfeuerwehr. „Vor Mitternacht wird das nichts.“",
        "Die Bahn hat den Verkehr zwischen Goslar und Bad Harzburg eingestellt, weil ein Baum in die Oberleitung gestürzt ist. Ein Ersatzverkehr mit Bussen ist bestellt.",
        "In der Goslarer Altstadt lösten sich Dachziegel von mehreren Fachwerkhäusern. Die Rosentorstraße ist zwischen Marktplatz und Breitem Tor gesperrt.",
        "Die Harzwasserwerke melden keine Schäden an den Talsperren. Der Landkreis rät, Wälder in den nächsten Tagen zu meiden.",
    ]
    notes = [
        Block(
            "update",
            "Update (22.05 Uhr)",
            at(CET, 6, 22, 5),
            None,
            [
                "Der Ersatzverkehr zwischen Goslar und Bad Harzburg rollt. Die Busse fahren am Bahnhof Goslar vom Steig 4 ab."
            ],
        ),
        Block(
            "update",
            "Update (20.40 Uhr)",
            at(CET, 6, 20, 40),
            None,
            [
                "Auch die K 46 nach Hahnenklee ist wegen umgestürzter Bäume gesperrt, meldet die Polizei."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update (23.52 Uhr)",
        at(CET, 6, 23, 52),
        None,
        [
            "Die B4 ist zwischen Bad Harzburg und Torfhaus wieder einspurig befahrbar, teilt die Straßenmeisterei mit."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    hint = Block(
        "editors_note",
        "Hinweis der Redaktion",
        None,
        None,
        [
            "Der Autor dieses Textes wohnt in Hahnenklee und war am Abend selbst von der Sperrung der K 46 betroffen."
        ],
    )
    hint.html = f"<p><strong>Hinweis der Redaktion:</strong> {e(hint.paras[0])}</p>"

    def note(head: str, text: str) -> str:
        return f'<h2 class="gz-zwischentitel">{e(head)}</h2><p>{e(text)}</p>'

    for b in shown:
        b.html = note(b.label or "", b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street)

    def clocked(word: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 15)
        head = f"{word} ({uhr(t)})"
        return post(note(head, text), [text], kind, [head])

    knit = clocked(
        "Strickzähler",
        f"Für die Wärmestube Goslar sind bisher {num(rise(ctx, 1388, 2, 2), '.')} Mützen und Socken gestrickt worden.",
        KNIT,
    )
    chess = clocked("Leserschach", tx[CHESS], CHESS)
    driving = clocked(
        "Führerscheinprüfung",
        f"Bestehensquote bei der praktischen Prüfung in Goslar in diesem Monat: {drift(ctx, 66, 4)} Prozent.",
        DRIVING,
    )
    postcard = bp("", tx[POSTCARD], POSTCARD, lead="Urlaubsgruß:")
    twin = bp("", tx[TWIN], TWIN, lead="Aus den Partnerstädten:")
    audition = bp(
        "",
        "Die Goslarer Theaterwerkstatt sucht für ihr Frühjahrsstück Darstellerinnen und Darsteller. Vorsprechen am 10. Januar im Odeon.",
        AUDITION,
        lead="Vorsprechen:",
    )
    eggs = drift(ctx, 390, 20)
    farmers = bp(
        "",
        f"Wochenmarkt Goslar: zehn Eier {eggs // 100},{eggs % 100:02d} Euro, Kartoffeln {drift(ctx, 2, 0)},{drift(ctx, 40, 9)} Euro das Kilo, Harzer Käse {drift(ctx, 3, 0)},{drift(ctx, 50, 9)} Euro die Rolle.",
        FARMERS,
    )
    promo = bp("", tx[PROMO], PROMO, lead="Anzeige:")
    read = bpa("", "Lesen Sie auch:", tx[READ], "/lokales/", READ)

    units = [b.html for b in shown]
    nn = len(units)
    units += [f"<p>{e(p)}</p>" for p in body[:3]]
    units += ['<h2 class="gz-zwischentitel">Bahn und Altstadt betroffen</h2>']
    units += [f"<p>{e(p)}</p>" for p in body[3:]] + [hint.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (knit, list(range(0, nn + 1)), 0.85),
            (chess, [0, 1, nn, nn + 3], 0.8),
            (driving, [0, nn, nn + 4, k - 1], 0.8),
            (postcard, [nn + 1, nn + 2, nn + 5, k], 0.8),
            (twin, [nn + 2, nn + 6, k - 1], 0.75),
            (audition, [nn + 1, k], 0.7),
            (farmers, [nn + 3, nn + 5, nn + 6], 0.8),
            (promo, [nn + 2, nn + 5], 0.7),
            (read, [nn + 1, nn + 3, k - 1], 0.8),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header">
<span class="gz-dachzeile">Unwetter im Harz</span>
<h1 class="entry-title">{e(headline)}</h1>
<p class="gz-teaser">Spitzenböen von 148 km/h auf dem Brocken; Dachziegel fliegen in der Altstadt</p>
<div class="entry-meta">Von Frank Heine · Aktualisiert {modified.strftime("%d.%m.%Y")} um {uhr(modified)}</div>
</header>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de-DE",
        prefix="gz",
        brand="Goslarsche Zeitung",
        url=url,
        title=f"{headline} - Goslarsche Zeitung",
        sections=["Lokales", "Harz", "Niedersachsen", "Sport", "Kultur", "Service"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Goslarsche Zeitung Karl Krause GmbH & Co. KG",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Frank Heine",
                    publisher=org("Goslarsche Zeitung", "https://www.goslarsche.de"),
                    lang="de-DE",
                    section="Harz",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single",
        cms="wp",
    )
    return Render(html, body, [*shown, hint], genuine, modified)


# ---------------------------------------------------------------------------------------------
# ORF Tirol (+01:00), custom, live, newest first: `<section>` entries in schema.org microdata
# (`liveBlogUpdate`), a `<time>` "22.40 Uhr" line + `<h3>` (one without headline); the JSON-LD is
# only a `NewsArticle`.


def orf(ctx: Ctx) -> Render:
    url = "https://tirol.orf.at/stories/3312845/"
    headline = "Ticker: Lawine verschüttet Arlbergstraße, St. Anton abgeschnitten"
    published = at(CET, 6, 17, 30)
    body = [
        "Eine Lawine hat am Sonntagnachmittag die Arlbergstraße S16 zwischen St. Anton und Pettneu verschüttet. Verletzt wurde nach ersten Angaben niemand.",
        "St. Anton ist über die Straße nicht mehr erreichbar, die Bahnstrecke über den Arlberg ist ebenfalls gesperrt. Wir berichten laufend.",
    ]
    specs = [
        (
            17,
            45,
            "Lawine geht auf S16 ab",
            "Gegen 17.20 Uhr ging die Lawine im Bereich der Galerie Wolfsgruben ab. Zwei Autos konnten rechtzeitig anhalten.",
        ),
        (
            18,
            30,
            "ÖBB sperren Arlbergbahn",
            "Die ÖBB haben die Strecke zwischen Landeck und Bludenz gesperrt. Die Railjets enden in Innsbruck und Feldkirch.",
        ),
        (
            19,
            25,
            None,
            "Die Lawinenkommission St. Anton tagt. Die Lawinenwarnstufe im Arlberggebiet liegt bei vier von fünf.",
        ),
        (
            20,
            50,
            "Gäste bleiben in St. Anton",
            "Der Tourismusverband ersucht Urlauber, nicht abzureisen. Die Hotels stellen Zimmer zur Verfügung.",
        ),
        (
            21,
            40,
            "Hubschrauber erkundet Hang",
            "Ein Hubschrauber des Bundesheeres hat den Hang oberhalb der S16 überflogen. Eine Sprengung ist für Montag früh geplant.",
        ),
        (
            22,
            35,
            "Arlbergpass bleibt zu",
            "Auch die Passstraße über St. Christoph bleibt wegen der Lawinengefahr bis auf Weiteres gesperrt.",
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
        "Räumung beginnt",
        [
            "Die Straßenmeisterei hat mit der Räumung der S16 begonnen. Eine Freigabe ist frühestens am Montagvormittag möglich."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def sec(clock: str, iso: str, head: str | None, text: str, micro: bool) -> str:
        attrs = ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
        ph, pd, pb = ' itemprop="headline"', ' itemprop="datePublished"', ' itemprop="articleBody"'
        if not micro:
            attrs = ph = pd = pb = ""
        hd = f'<h3 class="ticker__titel"{ph}>{e(head)}</h3>' if head else ""
        return (
            f'<section class="ticker__eintrag"{attrs}><p class="ticker__zeit"><time datetime="{iso}"'
            f"{pd}>{e(clock)}</time></p>{hd}"
            f'<p class="ticker__text"{pb}>{e(text)}</p></section>'
        )

    for b in shown:
        assert b.ts
        b.html = sec(b.label or "", b.ts.isoformat(), b.head, b.paras[0], True)
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, "Landeck", "Malserstraße")

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        return post(sec(uhr(t), t.isoformat(), title, text, False), [title, text], kind, [uhr(t)])

    knit = fake(
        "Strickaktion für die Bergrettung",
        f"Bisher {num(rise(ctx, 964, 2, 2), '.')} Hauben und Stirnbänder für die Bergretterinnen und Bergretter im Bezirk Landeck.",
        KNIT,
    )
    chess = fake("Schach mit dem Publikum", tx[CHESS], CHESS)
    van = fake("Der Imbisswagen heute", tx[FOODVAN], FOODVAN)
    antique = fake("Fundstück vom Dachboden", tx[ANTIQUE], ANTIQUE)
    twin = fake("Grüße aus der Partnerstadt", tx[TWIN], TWIN)
    driving = fake(
        "Führerscheinprüfungen in Landeck",
        f"Bestehensquote bei den Fahrprüfungen diesen Monat: {drift(ctx, 63, 4)} Prozent.",
        DRIVING,
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (knit, list(range(0, n + 1)), 0.85),
            (chess, list(range(0, n)), 0.8),
            (van, [0, 1, 2, 3], 0.75),
            (antique, list(range(1, n + 1)), 0.8),
            (twin, [2, 4, n], 0.75),
            (driving, [0, 3, 5, n], 0.8),
        ],
    )
    gym = bp(
        "ticker__einleitung",
        "Kurse im Sportzentrum Landeck: Wassergymnastik Montag 18 Uhr, Skigymnastik Dienstag und Donnerstag 19 Uhr.",
        GYM,
    )
    news = bp(
        "ticker__einleitung",
        "Tirol heute als Newsletter: jeden Abend die wichtigsten Meldungen aus dem Land.",
        NEWS,
    )
    intro = weave(
        ctx,
        [f'<p class="ticker__einleitung">{e(p)}</p>' for p in body],
        [(gym, [0, 1, 2], 0.75), (news, [1, 2], 0.75)],
    )
    publisher = org("ORF Tirol", "https://tirol.orf.at")
    main = f"""<main class="orf-main">
<article class="story" itemscope itemtype="https://schema.org/LiveBlogPosting">
<header class="story__kopf">
<h1 class="story__titel" itemprop="headline">{e(headline)}</h1>
<p class="story__lead">S16 zwischen St. Anton und Pettneu verschüttet, Arlbergbahn gesperrt</p>
<p class="story__meta">Publiziert am 06.12.2026 · Zuletzt aktualisiert <time itemprop="dateModified" datetime="{modified.isoformat()}">{uhr(modified)}</time></p>
</header>
<div class="ticker__intro">
{intro}
</div>
{ad_slot("orf-ad", "Werbung", "orf-ticker")}
<div class="ticker">
{feed}
</div>
</article>
</main>"""
    html = page(
        ctx,
        lang="de-AT",
        prefix="orf",
        brand="ORF Tirol",
        url=url,
        title=f"{headline} - tirol.ORF.at",
        sections=["Tirol", "Chronik", "Politik", "Wirtschaft", "Kultur", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 ORF",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="tirol.ORF.at",
                    publisher=publisher,
                    lang="de-AT",
                    section="Chronik",
                )
            )
        ],
        main=main,
        body_cls="orf ticker-page",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "fnp-bad-homburg-brand-kurhaus-louisenstrasse-gesperrt-theatergaeste-evakuiert",
        "Frankfurter Neue Presse (DE)",
        "de",
        "updates",
        CET,
        fnp,
    ),
    Site(
        "goslarsche-orkanboeen-harz-b4-torfhaus-gesperrt-zuege-bad-harzburg-fallen-aus",
        "Goslarsche Zeitung (DE)",
        "de",
        "updates",
        CET,
        goslarsche,
    ),
    Site(
        "orf-ticker-lawine-arlbergstrasse-s16-verschuettet-st-anton-abgeschnitten",
        "ORF Tirol (AT)",
        "de",
        "live",
        1,
        orf,
    ),
]
