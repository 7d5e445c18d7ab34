"""German-language publishers: Allgemeine Zeitung (Windhoek, Namibia), Rhein-Neckar-Zeitung
(Heidelberg), Liechtensteiner Vaterland (Vaduz)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    CONVO,
    FOOTFALL,
    FRIDGE,
    JOKE,
    MAYOR,
    MEALS,
    NEWS,
    PROMO,
    READ,
    STAGE,
    STEPS,
    SWAP,
    TICKER,
    TOOLS,
    WISH,
    bp,
    bpa,
    drift,
    fall,
    hm,
    ld,
    month,
    num,
    page,
    post,
    rise,
    turn,
    uhr,
    weekday,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

CAT = 2
CET = 1

_SUBS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Panorama", "Region", "Meinung", "Service"]
_FOOT = {
    "Verlag": ["Impressum", "Kontakt", "Mediadaten", "Abo-Service", "E-Paper"],
    "Rechtliches": ["Datenschutz", "AGB", "Barrierefreiheit", "Cookie-Einstellungen"],
}


def _texts(ctx: Ctx, town: str, street: str) -> dict[str, str]:
    """The German carousels, with the story's town and one of its streets."""
    return {
        JOKE: turn(
            ctx,
            [
                "Treffen sich zwei Magnete. Sagt der eine: Was soll ich bloss anziehen? Eingesandt von Heinz, 71.",
                "Warum können Geister so schlecht lügen? Weil man durch sie hindurchsieht. Von Lena aus der 3b.",
                f"Mein Nachbar in der {street} hat sich einen Bumerang gekauft. Jetzt wird er ihn nicht mehr los, schreibt Gisela.",
                "Was macht ein Clown im Büro? Faxen. Eingeschickt von Familie Moser.",
                "Wie nennt man einen Bären ohne Zähne? Gummibärchen. Von Jonas, 8.",
            ],
            "joke",
        ),
        WISH: turn(
            ctx,
            [
                "Lieber Weihnachtsmann, ich wünsche mir ein Fahrrad mit Klingel und dass Oma wieder gesund wird. Mia, 6",
                f"Bitte bring meinem kleinen Bruder eine Taschenlampe, damit er nachts in der {street} keine Angst hat. Ben, 8",
                "Ich möchte einen Hund, aber Mama sagt nein. Geht auch einer, der nur so tut? Emma, 5",
                "Kannst du machen, dass alle im Krankenhaus an Weihnachten frei haben? Noah, 7",
                "Bitte lass es einmal richtig schneien, nur ein bisschen reicht auch. Danke! Lina, 6",
            ],
            "wish",
        ),
        READ: turn(
            ctx,
            [
                "Gemeinderat beschliesst neuen Haushalt mit Rekordinvestitionen",
                "Neue Buslinie verbindet ab Januar die Aussenquartiere",
                "Traditionsbäckerei schliesst nach 104 Jahren",
                "Hallenbad bleibt wegen Sanierung bis März zu",
                "Mehr Geld für Schulsozialarbeit im kommenden Jahr",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Lange Einkaufsnacht in der {street}: Alle Geschäfte sind am Donnerstag bis 22 Uhr geöffnet.",
                "Jetzt Heizung tauschen und bis zu 30 Prozent Förderung sichern: kostenlose Beratung vor Ort.",
                f"Winterreifen-Wechsel in {town} ab 39 Euro, nur noch diese Woche mit Termin.",
                "Verschenken Sie ein Jahr Lesegenuss: das Digital-Abo zu Weihnachten zum halben Preis.",
                "Neue Küche bis Weihnachten? Planung und Lieferung jetzt in nur drei Wochen.",
            ],
            "promo",
        ),
        TICKER: turn(
            ctx,
            [
                "Einbrecher auf frischer Tat ertappt",
                "Handballerinnen feiern Auswärtssieg",
                "Stadtwerke senken den Strompreis ab Januar",
                "Vermisster Wanderer wohlbehalten gefunden",
                "Adventskonzert im Dom ausverkauft",
            ],
            "ticker",
        ),
    }


# ---------------------------------------------------------------------------------------------
# Allgemeine Zeitung (Windhoek, +02:00; the fetches run from midnight to 1am on Monday 7
# December), custom CMS. Notes at the top, newest first, each ONE paragraph whose bold label
# "Stand: Sonntag, 6. Dezember 2026, 23.10 Uhr" is followed by a `<br>` and the text (the genuine
# note falls on Monday); an "In eigener Sache" box beside the body (`editors_note`); an italic
# "Anm. d. Red.:" at the end that admits an error (`correction`).


def az(ctx: Ctx) -> Render:
    url = "https://www.az.com.na/nachrichten/unwetter-gammams-rivier-tritt-ueber-die-ufer-independence-avenue-gesperrt2026-12-06"
    headline = (
        "Unwetter über Windhoek: Gammams-Rivier tritt über die Ufer, Independence Avenue gesperrt"
    )
    published = at(CAT, 6, 19, 20)
    town, street = "Windhoek", "Independence Avenue"
    body = [
        "Ein heftiges Gewitter hat am Sonntagabend weite Teile Windhoeks unter Wasser gesetzt. Das Gammams-Rivier trat im Stadtteil Pionierspark über die Ufer, die Independence Avenue wurde zwischen Sam Nujoma Drive und Robert Mugabe Avenue gesperrt.",
        "Nach Angaben des Meteorologischen Dienstes fielen am Flughafen Eros innerhalb von zwei Stunden 61 Millimeter Regen, so viel wie sonst im ganzen Dezember.",
        "Die Feuerwehr der Stadt rückte zu mehr als 40 Einsätzen aus, vor allem wegen vollgelaufener Keller und umgestürzter Bäume in Klein Windhoek und Ludwigsdorf.",
        "„Das Wasser stand innerhalb von zehn Minuten knietief in der Garage“, sagte Anwohnerin Ursula Kössler aus der Jan-Jonker-Strasse.",
        "Der Stromversorger City Power meldete Ausfälle in Olympia und Eros, wo mehrere Leitungen durch herabstürzende Äste beschädigt wurden.",
        "Die Stadtverwaltung rief die Einwohner auf, die Riviere zu meiden und nicht durch überflutete Senken zu fahren.",
    ]

    def label(dt: datetime) -> str:
        return f"Stand: {weekday(dt, 'de')}, {dt.day}. {month(dt, 'de')} 2026, {uhr(dt)}"

    def note(lead: str, text: str) -> str:
        return f'<p class="az-text"><strong>{e(lead)}</strong><br>{e(text)}</p>'

    specs = [
        (
            23,
            10,
            "Die Independence Avenue ist zwischen Sam Nujoma Drive und Fidel Castro Street wieder befahrbar; der Abschnitt am Rivier bleibt gesperrt.",
        ),
        (
            21,
            35,
            "Die Polizei hat zwei Autofahrer aus einem überfluteten Fahrzeug in der Senke an der Nelson-Mandela-Avenue gerettet.",
        ),
    ]
    notes = [
        Block("update", label(at(CAT, 6, h, m)), at(CAT, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(CAT, 7, 0, 51)),
        at(CAT, 7, 0, 51),
        None,
        [
            "City Power hat den Strom in Olympia wiederhergestellt, in Eros sind nach Angaben des Versorgers noch rund 800 Haushalte ohne Strom."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        assert b.label
        b.html = note(b.label, b.paras[0])
    own = Block(
        "editors_note",
        "In eigener Sache",
        None,
        None,
        [
            "Wegen des Stromausfalls in Eros erscheint die Montagsausgabe der AZ mit einer Stunde Verspätung; das E-Paper ist wie gewohnt abrufbar."
        ],
    )
    own.html = f'<aside class="az-box"><h4 class="az-box__title">In eigener Sache</h4><p class="az-box__text">{e(own.paras[0])}</p></aside>'
    anm = Block(
        "correction",
        "Anm. d. Red.",
        None,
        None,
        [
            "In einer ersten Fassung hiess es, das Rivier sei in Katutura über die Ufer getreten. Betroffen war Pionierspark."
        ],
    )
    anm.html = f'<p class="az-text"><em>Anm. d. Red.: {e(anm.paras[0])}</em></p>'
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street)

    def stand(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        lead = f"{title}, {label(t)}"
        return post(note(lead, text), [text], kind, [lead])

    steps = stand(
        "Spendenlauf",
        f"Beim Schrittwettbewerb für das Katutura-Jugendzentrum sind bisher {num(rise(ctx, 12840, 6, 4), '.')} Kilometer zusammengekommen.",
        STEPS,
        1,
        9,
    )
    meals = stand(
        "Suppenküche",
        f"Die Helfer der Suppenküche in der Lutherkirche haben heute Abend bisher {rise(ctx, 318, 4, 3)} Portionen Eintopf ausgegeben.",
        MEALS,
        2,
        14,
    )
    fridge = stand(
        "Gemeinschaftskühlschrank",
        f"Im Fairteiler am Zoo-Park stehen noch {fall(ctx, 94, 3, 2)} Lebensmittel in den Fächern; gebraucht werden vor allem Milch und Brot.",
        FRIDGE,
        3,
        18,
    )
    joke = bp("az-text", tx[JOKE], JOKE, lead="Leserwitz:")
    wish = bp("az-text", tx[WISH], WISH, lead="Aus dem Wunschzettel-Briefkasten:")
    convo = bp(
        "az-text",
        "Sprachcafé Deutsch–Afrikaans–Englisch in der Stadtbibliothek Windhoek, jeden Mittwoch von 17 bis 19 Uhr; alle Niveaus willkommen.",
        CONVO,
    )
    tools = bp(
        "az-text",
        "Die Werkzeugbibliothek im Gemeindehaus Klein Windhoek verleiht Bohrmaschinen, Leitern und Nähmaschinen, dienstags und samstags von 9 bis 12 Uhr.",
        TOOLS,
    )
    mayor = bp(
        "az-text",
        "Die Bürgermeisterin empfängt Bürger am Dienstag von 10 bis 12 Uhr im Rathaus und eröffnet am Donnerstag um 18 Uhr den Weihnachtsmarkt im Zoo-Park.",
        MAYOR,
    )
    read = bpa("az-text", "Auch interessant:", tx[READ], "/nachrichten/", READ)
    promo = bp("az-text", tx[PROMO], PROMO, lead="Werbung |")
    news = bp(
        "az-text",
        "Der AZ-Morgenbrief: die wichtigsten Nachrichten aus Namibia jeden Morgen um 6 Uhr kostenlos in Ihrem Postfach.",
        NEWS,
    )
    t = ctx.ago(1, 20)
    tick = bp("az-text", tx[TICKER], TICKER, lead=f"Kurz gemeldet ({uhr(t)}):")
    nb = len(shown)
    units = [b.html for b in shown] + [f'<p class="az-text">{e(p)}</p>' for p in body] + [anm.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (steps, list(range(0, nb + 1)), 0.85),
            (meals, list(range(0, nb + 1)), 0.8),
            (fridge, [0, 1, nb], 0.8),
            (joke, [nb + 2, nb + 4, k], 0.8),
            (wish, [nb + 1, nb + 3, k - 1], 0.75),
            (convo, [nb + 2, nb + 5, k], 0.7),
            (tools, [nb + 3, k], 0.7),
            (mayor, [nb + 1, nb + 4, k], 0.7),
            (read, [nb + 2, nb + 3, nb + 5], 0.8),
            (promo, [nb + 1, nb + 4, k], 0.7),
            (news, [k - 1, k], 0.75),
            (tick, [nb, nb + 3, k], 0.8),
        ],
    )
    main = f"""<div class="az-page">
<main class="az-main">
<article class="az-article" data-id="{len(url) * 131}">
<p class="az-article__rubrik"><a href="/nachrichten/">Nachrichten</a></p>
<h1 class="az-article__titel">{e(headline)}</h1>
<p class="az-article__teaser">Mehr als 40 Feuerwehreinsätze nach Starkregen – Stromausfälle in Olympia und Eros</p>
<p class="az-article__autor">Von Frank Steffen, Windhoek</p>
<p class="az-article__datum">Veröffentlicht: 6. Dezember 2026, 19.20 Uhr · Aktualisiert: {e(label(modified).removeprefix("Stand: "))}</p>
<figure class="az-bild"><img src="/media/2026/12/gammams-rivier.jpg" alt="" loading="lazy"><figcaption>Das Gammams-Rivier am Sonntagabend in Pionierspark. Foto: Nampa</figcaption></figure>
<div class="az-article__layout">
<div class="az-article__text">
{story}
</div>
{own.html}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de-NA",
        prefix="az",
        brand="Allgemeine Zeitung",
        url=url,
        title=f"{headline} | Allgemeine Zeitung",
        sections=["Nachrichten", "Wirtschaft", "Sport", "Tourismus", "Kultur", "Leserbriefe"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Namibia Media Holdings.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Frank Steffen",
                    publisher=org("Allgemeine Zeitung", "https://www.az.com.na"),
                    lang="de",
                    section="Nachrichten",
                )
            )
        ],
        main=main,
        body_cls="az artikel",
    )
    return Render(html, body, [*shown, anm, own], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Rhein-Neckar-Zeitung (Heidelberg, +01:00), custom CMS, live, newest first: a `<table>`, one
# row per entry, the clock alone in the row's `<th>` ("22:41", in a `<time>`), the `<td>` holding
# an `<h3>` (two entries without) and paragraphs (one with two). The JSON-LD is one object typed
# `["NewsArticle", "LiveBlogPosting"]` with `liveBlogUpdate`.


def rnz(ctx: Ctx) -> Render:
    url = "https://www.rnz.de/region/heidelberg_artikel,-liveticker-neckar-hochwasser-heidelberg-sperrt-uferstrasse-schiffe-liegen-fest-_arid,1298734.html"
    headline = "Liveticker: Neckar-Hochwasser – Heidelberg sperrt Uferstraße, Schiffe liegen fest"
    published = at(CET, 6, 16, 40)
    town, street = "Heidelberg", "Hauptstraße"
    body = [
        "Der Neckar steigt in Heidelberg weiter: Am Sonntagabend hat die Stadt die Uferstraße zwischen Theodor-Heuss-Brücke und Ernst-Walz-Brücke gesperrt, die Ausflugsschiffe bleiben an ihren Anlegern vertäut.",
        "Die Hochwasservorhersagezentrale erwartet den Scheitel in der Nacht auf Montag. Wir berichten im Liveticker über die Lage in der Stadt und im Umland.",
    ]
    specs = [
        (
            22,
            41,
            "Sandsäcke in der Altstadt",
            [
                "Die Feuerwehr hat an der Alten Brücke und am Neckarmünzplatz rund 1200 Sandsäcke verbaut, um die Keller der Häuser zu schützen."
            ],
        ),
        (
            22,
            5,
            None,
            [
                "Der Pegel Heidelberg zeigt jetzt 4,62 Meter. Das ist rund ein Meter mehr als am Nachmittag, teilt die Stadt mit."
            ],
        ),
        (
            21,
            20,
            "Straßenbahn fährt Umleitung",
            [
                "Die Linien 5 und 23 fahren wegen der Sperrung am Bismarckplatz eine Umleitung über die Bergheimer Straße.",
                "Die RNV rechnet mit Verspätungen von bis zu 15 Minuten und bittet Fahrgäste, mehr Zeit einzuplanen.",
            ],
        ),
        (
            20,
            30,
            "Neckarwiese überflutet",
            [
                "Die Neckarwiese in Neuenheim steht fast vollständig unter Wasser; die Stadt warnt vor dem Betreten der Uferwege."
            ],
        ),
        (
            19,
            45,
            None,
            [
                "In Neckargemünd ist die B37 zwischen dem Ortsausgang und Kleingemünd voll gesperrt, meldet die Polizei."
            ],
        ),
        (
            18,
            50,
            "Schifffahrt eingestellt",
            [
                "Die Wasserstraßen- und Schifffahrtsverwaltung hat den Neckar zwischen Mannheim und Heilbronn für die Schifffahrt gesperrt."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        hm(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        "Evakuierung in Ziegelhausen",
        [
            "In Ziegelhausen müssen die Bewohner von zwölf Häusern an der Neckarhelle ihre Wohnungen verlassen, teilt die Stadt mit."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def row(clock: str, iso: str, head: str | None, paras: list[str]) -> str:
        hd = f'<h3 class="rnz-ticker__title">{e(head)}</h3>' if head else ""
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<tr class="rnz-ticker__row"><th scope="row" class="rnz-ticker__time"><time datetime="{iso}">{e(clock)}</time></th>'
            f'<td class="rnz-ticker__content">{hd}{ps}</td></tr>'
        )

    for b in shown:
        assert b.ts
        b.html = row(b.label or "", b.ts.isoformat(), b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street)

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        lines = ([title] if title else []) + [text]
        return post(row(hm(t), t.isoformat(), title, [text]), lines, kind, [hm(t)])

    acts = turn(
        ctx,
        [
            "der Posaunenchor der Heiliggeistkirche mit Adventsliedern",
            "die Big Band des Kurfürst-Friedrich-Gymnasiums",
            "ein Gospelchor aus Eppelheim, trotz Regen unter dem Zeltdach",
            "das Akkordeon-Orchester Rohrbach mit Weihnachtsklassikern",
            "die Kinder der Musikschule mit einem Flötenensemble",
        ],
        "stage",
    )
    stage = fake(
        "Weihnachtsmarkt-Bühne",
        f"Auf der Bühne am Marktplatz spielt gerade {acts}.",
        STAGE,
    )
    footfall = fake(
        "Passantenzähler Hauptstraße",
        f"Der Zähler an der Hauptstraße hat in der letzten Stunde {num(drift(ctx, 1480, 220), '.')} Passanten erfasst.",
        FOOTFALL,
    )
    steps = fake(
        None,
        f"Schritte für die Kinderkrebshilfe: {num(rise(ctx, 23410, 9, 5), '.')} Kilometer haben die Teilnehmer der RNZ-Aktion bisher gesammelt.",
        STEPS,
    )
    tick = fake("Weitere Meldungen aus der Region", tx[TICKER], TICKER)
    promo = fake("Anzeige – Partnerinhalt", tx[PROMO], PROMO)
    units = [b.html for b in shown]
    n = len(units)
    table = weave(
        ctx,
        units,
        [
            (stage, list(range(0, n + 1)), 0.85),
            (footfall, list(range(1, n + 1)), 0.8),
            (steps, [0, 2, 3, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    read = bpa("rnz-intro__text", "Weiterlesen:", tx[READ], "/region/", READ)
    news = bp(
        "rnz-intro__text",
        "Der RNZ-Abendbrief fasst Ihnen jeden Werktag um 18 Uhr die wichtigsten Nachrichten aus der Region kostenlos zusammen.",
        NEWS,
    )
    swap = bp(
        "rnz-intro__text",
        "Kleidertausch im Bürgerhaus Emmertsgrund: jeden ersten Samstag im Monat von 10 bis 13 Uhr, bis zu zehn Teile mitbringen und tauschen.",
        SWAP,
    )
    joke = bp("rnz-intro__text", tx[JOKE], JOKE, lead="Witz des Tages:")
    wish = bp("rnz-intro__text", tx[WISH], WISH, lead="Post fürs Christkind:")
    intro = weave(
        ctx,
        [f'<p class="rnz-intro__text">{e(p)}</p>' for p in body],
        [
            (read, [0, 1, 2], 0.8),
            (news, [1, 2], 0.8),
            (swap, [0, 2], 0.7),
            (joke, [1, 2], 0.75),
            (wish, [0, 1, 2], 0.75),
        ],
    )
    publisher = org("Rhein-Neckar-Zeitung", "https://www.rnz.de")
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="de-DE",
    )
    live["@type"] = ["NewsArticle", "LiveBlogPosting"]
    live["author"] = [{"@type": "Person", "name": "Micha Hörnle"}]
    main = f"""<div class="rnz-layout">
<main class="rnz-main">
<article class="rnz-article rnz-article--ticker">
<p class="rnz-article__kicker">Heidelberg · Liveticker</p>
<h1 class="rnz-article__headline">{e(headline)}</h1>
<p class="rnz-article__author">Von Micha Hörnle und Steffen Blatt</p>
<p class="rnz-article__date">Zuletzt aktualisiert: 06.12.2026, {e(hm(modified))} Uhr</p>
<div class="rnz-intro">
{intro}
</div>
{ad_slot("rnz-ad", "Anzeige", "rnz-content-1")}
<table class="rnz-ticker"><tbody>
{table}
</tbody></table>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de-DE",
        prefix="rnz",
        brand="Rhein-Neckar-Zeitung",
        url=url,
        title=f"{headline} - RNZ",
        sections=["Region", "Heidelberg", "Politik", "Wirtschaft", "Sport", "Kultur"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Rhein-Neckar-Zeitung GmbH",
        jsonld=[ld(live)],
        main=main,
        body_cls="rnz artikel liveticker",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Liechtensteiner Vaterland (Vaduz, +01:00), custom CMS, live, oldest first under a pinned
# "Wichtig" entry: `<li>` entries in schema.org microdata whose `<h3>` headline comes FIRST and
# the clock "22.35 Uhr" in a `<span>` after it (entries without a headline start with the clock);
# the JSON-LD is only a `NewsArticle`.


def vaterland(ctx: Ctx) -> Render:
    url = "https://www.vaterland.li/liechtenstein/ticker-foehnsturm-baeume-auf-der-landstrasse-rheinbruecke-vaduz-sevelen-gesperrt-art-612034"
    headline = "Ticker: Föhnsturm – Bäume auf der Landstrasse, Rheinbrücke Vaduz–Sevelen gesperrt"
    published = at(CET, 6, 17, 5)
    town, street = "Vaduz", "Städtle"
    body = [
        "Ein Föhnsturm mit Böen von über 120 km/h fegt seit dem Nachmittag durch das Liechtensteiner Rheintal. Mehrere Bäume stürzten auf die Landstrasse, die Rheinbrücke zwischen Vaduz und Sevelen ist gesperrt.",
        "Die Landespolizei bittet, auf unnötige Fahrten zu verzichten. In diesem Ticker halten wir Sie auf dem Laufenden.",
    ]

    def clock(dt: datetime) -> str:
        return uhr(dt)

    pinned = Block(
        "live_entry",
        clock(at(CET, 6, 17, 30)),
        at(CET, 6, 17, 30),
        "Das Wichtigste in Kürze",
        [
            "Die Rheinbrücke Vaduz–Sevelen ist gesperrt, der LIEmobil-Busverkehr nach Triesenberg eingestellt; die Landespolizei rät von Waldspaziergängen ab."
        ],
    )
    specs = [
        (
            20,
            15,
            "Rheinbrücke gesperrt",
            [
                "Wegen der starken Böen hat die Landespolizei die Rheinbrücke zwischen Vaduz und Sevelen für den gesamten Verkehr gesperrt."
            ],
        ),
        (
            20,
            50,
            None,
            [
                "Auf der Landstrasse bei Triesen ist eine Fichte auf zwei parkierte Autos gestürzt. Verletzt wurde niemand."
            ],
        ),
        (
            21,
            40,
            "Stromausfall in Schaan",
            [
                "Die Liechtensteinischen Kraftwerke melden einen Stromausfall in Teilen von Schaan und Planken.",
                "Ein Pikettteam ist unterwegs; wie lange die Reparatur dauert, ist noch offen.",
            ],
        ),
        (
            22,
            35,
            "Busse nach Triesenberg eingestellt",
            [
                "LIEmobil stellt den Betrieb der Linien 21 und 22 nach Triesenberg und Malbun bis auf Weiteres ein."
            ],
        ),
        (
            22,
            55,
            "Feuerwehr im Dauereinsatz",
            [
                "Die Feuerwehren von Vaduz, Schaan und Triesen sind seit 18 Uhr zu über 50 Einsätzen ausgerückt, meist wegen umgestürzter Bäume."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        "Rheinbrücke wieder offen",
        [
            "Die Landespolizei hat die Sperrung der Brücke nach Sevelen aufgehoben; der Wind hat in der letzten Stunde deutlich nachgelassen."
        ],
    )
    shown = [pinned, *entries] + ([genuine] if ctx.n == 6 else [])

    def li(
        b_clock: str,
        iso: str,
        head: str | None,
        paras: list[str],
        pin: bool = False,
        md: bool = True,
    ) -> str:
        scope = ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
        hd = f'<h3 class="vl-ticker__title" itemprop="headline">{e(head)}</h3>' if head else ""
        badge = '<span class="vl-ticker__badge">Wichtig</span>' if pin else ""
        meta = f'<meta itemprop="datePublished" content="{iso}">' if md else ""
        text_attr = ' itemprop="articleBody"' if md else ""
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        cls = "vl-ticker__entry vl-ticker__entry--pinned" if pin else "vl-ticker__entry"
        return (
            f'<li class="{cls}"{scope if md else ""}>{badge}{hd}<span class="vl-ticker__time">{e(b_clock)}</span>{meta}'
            f'<div class="vl-ticker__text"{text_attr}>{ps}</div></li>'
        )

    for b in shown:
        assert b.ts
        b.html = li(b.label or "", b.ts.isoformat(), b.head, b.paras, b is pinned)
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street)

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        lines = ([title] if title else []) + [text]
        return post(li(clock(t), t.isoformat(), title, [text], md=False), lines, kind, [clock(t)])

    fridge = fake(
        "Foodsharing-Kühlschrank",
        f"Im Kühlschrank beim Jugendtreff Schaan liegen noch {fall(ctx, 58, 2, 2)} Artikel; abgeholt werden darf rund um die Uhr.",
        FRIDGE,
    )
    meals = fake(
        None,
        f"Der Mittagstisch des Roten Kreuzes in Vaduz hat heute bisher {rise(ctx, 164, 3, 2)} warme Mahlzeiten an Einsatzkräfte verteilt.",
        MEALS,
    )
    acts = turn(
        ctx,
        [
            "die Harmoniemusik Vaduz mit einem Weihnachtsmedley",
            "ein Jodlerchörli aus Triesenberg",
            "die Schülerband der Realschule Schaan",
            "ein Alphorn-Trio aus Balzers, trotz Föhn",
            "der Kinderchor der Musikschule Liechtenstein",
        ],
        "stage",
    )
    stage = fake("Bühne im Städtle", f"Am Weihnachtsmarkt im Städtle spielt jetzt {acts}.", STAGE)
    tick = fake("Was sonst noch geschah", tx[TICKER], TICKER)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (fridge, list(range(0, n + 1)), 0.85),
            (meals, list(range(1, n + 1)), 0.8),
            (stage, [1, 2, 4, n], 0.8),
            (tick, [0, 3, 5, n], 0.8),
        ],
    )
    read = bpa("vl-lead", "Mehr zum Thema:", tx[READ], "/liechtenstein/", READ)
    news = bp(
        "vl-lead",
        "Abonnieren Sie den Vaterland-Newsletter und erhalten Sie jeden Morgen um 6 Uhr die wichtigsten Nachrichten aus Liechtenstein.",
        NEWS,
    )
    mayor = bp(
        "vl-lead",
        "Agenda des Bürgermeisters: Bürgersprechstunde am Dienstag von 16 bis 18 Uhr im Rathaus Vaduz, am Freitag um 17 Uhr Eröffnung der Eisbahn im Städtle.",
        MAYOR,
    )
    tools = bp(
        "vl-lead",
        "Die Werkzeug-Ausleihe im Gemeindesaal Schaan verleiht Leitern, Bohrmaschinen und Schneefräsen, jeden Samstag von 9 bis 12 Uhr.",
        TOOLS,
    )
    convo = bp(
        "vl-lead",
        "Sprachtreff Deutsch für Zugezogene im Treffpunkt Vaduz: donnerstags um 19 Uhr, ohne Anmeldung, Kaffee gratis.",
        CONVO,
    )
    joke = bp("vl-lead", tx[JOKE], JOKE, lead="Zum Schmunzeln:", tag="b")
    promo = bp("vl-lead", tx[PROMO], PROMO, lead="Publireportage –", tag="em")
    intro = weave(
        ctx,
        [f'<p class="vl-lead">{e(p)}</p>' for p in body],
        [
            (read, [0, 1, 2], 0.8),
            (news, [1, 2], 0.8),
            (mayor, [0, 2], 0.7),
            (tools, [1, 2], 0.7),
            (convo, [0, 2], 0.7),
            (joke, [1, 2], 0.75),
            (promo, [0, 1, 2], 0.7),
        ],
    )
    main = f"""<div class="vl-wrapper">
<main class="vl-main">
<article class="vl-article">
<p class="vl-article__dachzeile">Liechtenstein</p>
<h1 class="vl-article__titel">{e(headline)}</h1>
<p class="vl-article__meta">Redaktion · aktualisiert am 06.12.2026 um {e(clock(modified))}</p>
<div class="vl-article__intro">
{intro}
</div>
{ad_slot("vl-ad", "Werbung", "vl-rectangle-1")}
<div class="vl-ticker-wrap" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="headline" content="{e(headline)}">
<ul class="vl-ticker">
{feed}
</ul>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="de-LI",
        prefix="vl",
        brand="Liechtensteiner Vaterland",
        url=url,
        title=f"{headline} | Vaterland online",
        sections=["Liechtenstein", "Wirtschaft", "Sport", "Kultur", "Region", "International"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Vaduzer Medienhaus AG",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redaktion Vaterland",
                    publisher=org("Liechtensteiner Vaterland", "https://www.vaterland.li"),
                    lang="de-LI",
                    section="Liechtenstein",
                )
            )
        ],
        main=main,
        body_cls="vl artikel ticker",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "az-unwetter-windhoek-gammams-rivier-tritt-ueber-die-ufer-independence-avenue-gesperrt",
        "Allgemeine Zeitung (NA)",
        "de",
        "updates",
        CAT,
        az,
    ),
    Site(
        "rnz-liveticker-neckar-hochwasser-heidelberg-sperrt-uferstrasse-schiffe-liegen-fest",
        "Rhein-Neckar-Zeitung (DE)",
        "de",
        "live",
        CET,
        rnz,
    ),
    Site(
        "vaterland-ticker-foehnsturm-baeume-auf-landstrasse-rheinbruecke-vaduz-sevelen-gesperrt",
        "Liechtensteiner Vaterland (LI)",
        "de",
        "live",
        CET,
        vaterland,
    ),
]
