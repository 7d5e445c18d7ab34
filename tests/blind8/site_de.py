"""German-language publishers: Stuttgarter Zeitung, NDR and the Kronen Zeitung (AT)."""

from __future__ import annotations

import fx
from fx import box, hhmm, n_de, one
from kit import Block, Ctx, at, document, esc, maybe, scatter

CET = 1

# =============================================================================================
# Stuttgarter Zeitung: bold "Nachtrag, 20.25 Uhr:" paragraphs in the body's own class at the top,
# newest first; an italic "Korrekturhinweis:" at the bottom.

SZ_SLUG = "stuttgarterzeitung-stadtbahn-charlottenplatz"

SZ_BODY = (
    "Stuttgart. Ein Schaden an der Oberleitung hat am Sonntag den Stadtbahnverkehr in der Stuttgarter Innenstadt weitgehend zum Erliegen gebracht. Betroffen ist der unterirdische Abschnitt am Charlottenplatz, den fast alle Linien der Stuttgarter Straßenbahnen AG (SSB) passieren.",
    "Nach Angaben eines SSB-Sprechers war gegen 15.40 Uhr ein Fahrdraht in der Haltestelle gerissen. Ein Zug der Linie U5 blieb daraufhin im Tunnel stehen, die rund 120 Fahrgäste konnten ihn über einen Notausstieg verlassen. Verletzt wurde niemand.",
    "Die Linien U1, U2, U4, U5, U6, U7, U12 und U15 enden seit dem Nachmittag an den Haltestellen Hauptbahnhof, Rathaus und Olgaeck. Zwischen diesen Punkten pendeln Busse, die nach Auskunft der SSB im Zehn-Minuten-Takt fahren sollen.",
    "Am Bahnsteig bildeten sich am frühen Abend lange Schlangen, viele Besucher des Weihnachtsmarkts waren auf dem Heimweg. „Wir wussten nicht, wohin“, sagte eine Frau aus Degerloch, die mit zwei Kindern unterwegs war.",
    "Die Feuerwehr war mit einem Löschzug vor Ort, weil zunächst unklar war, ob der gerissene Draht einen Brand ausgelöst hatte. Das bestätigte sich nicht, wie ein Sprecher der Branddirektion sagte.",
    "Techniker der SSB sind seit dem Abend dabei, die Oberleitung auf einer Länge von rund 80 Metern zu ersetzen. Dafür muss der Strom im gesamten Tunnelabschnitt abgeschaltet bleiben.",
    "Wie es zu dem Schaden kam, ist noch unklar. Die SSB schließt einen Zusammenhang mit dem Frost der vergangenen Nächte nicht aus, weil sich der Fahrdraht bei Kälte zusammenzieht und stärker gespannt ist.",
    "Fahrgäste sollen sich vor Fahrtantritt in der App oder auf der Internetseite der SSB informieren. Die Service-Hotline ist nach Angaben des Unternehmens bis Mitternacht besetzt.",
)
SZ_NOTES = (
    Block(
        "update",
        "Nachtrag, 20.25 Uhr",
        (
            "Nach Angaben der SSB wird der Abschnitt am Charlottenplatz voraussichtlich bis Betriebsschluss gesperrt bleiben. Die Reparatur sei aufwendiger als zunächst angenommen.",
        ),
        at(CET, 20, 25),
    ),
    Block(
        "update",
        "Nachtrag, 18.10 Uhr",
        (
            "Die SSB hat den Ersatzverkehr ausgeweitet: Zusätzliche Busse fahren jetzt auch zwischen dem Hauptbahnhof und der Haltestelle Bopser.",
        ),
        at(CET, 18, 10),
    ),
)
SZ_CORR = Block(
    "correction",
    "Korrekturhinweis",
    (
        "In einer früheren Version dieses Artikels hieß es, die Linie U14 sei von der Sperrung nicht betroffen. Das war falsch, auch die U14 endet am Hauptbahnhof.",
    ),
    None,
)
SZ_NEW = Block(
    "update",
    "Nachtrag, 23.54 Uhr",
    (
        "Die neue Oberleitung ist montiert, die ersten Probefahrten durch den Tunnel laufen. Die SSB rechnet damit, dass am Montag ab Betriebsbeginn alle Linien wieder regulär fahren.",
    ),
    at(CET, 23, 54),
)
SZ_MOST_READ = (
    "Neue Parkgebühren im Stuttgarter Westen: Was Anwohner jetzt wissen müssen",
    "VfB gewinnt spätes Spiel in Freiburg",
    "Wilhelma: Elefantenbulle zieht in die neue Anlage um",
    "Weihnachtsmarkt: So voll war es noch nie",
    "Esslingen: Brand in Mehrfamilienhaus, zwei Verletzte",
    "Gemeinderat streitet über die Zukunft des Hallenbads Feuerbach",
    "Filderstadt: Neue Buslinie soll Pendler entlasten",
    "Landtag: Opposition fordert Aufklärung zu Schulbau-Kosten",
    "Ludwigsburg: Barockstadt plant autofreie Innenstadt",
)
SZ_MORE = (
    "Stuttgart 21: Wann die neue Stadtbahnhaltestelle Staatsgalerie fertig wird",
    "SSB erhöht im Frühjahr den Takt auf der U12",
    "Warum die Stadtbahn im Winter öfter ausfällt",
    "Stadtbahn-Ausbau: Das plant die SSB bis 2030",
)
SZ_ADS = (
    "Jetzt Winterreifen-Wechsel buchen: Komplettservice ab 39 Euro im Autohaus Hegele",
    "Weihnachtsgeschenke aus der Region: Der Marktplatz-Shop liefert bis Heiligabend",
    "Badsanierung aus einer Hand: kostenlose Beratung in Fellbach",
    "Festgeld mit 3,1 Prozent: Angebot der Neckarbank für Neukunden",
)
SZ_PROMOS = (
    "Sie lesen einen frei zugänglichen Artikel. Mit StZ Plus lesen Sie alle Artikel aus Stuttgart und der Region für einen Euro im ersten Monat.",
    "Immer wissen, was in Stuttgart los ist: Abonnieren Sie unseren Newsletter „Stuttgart am Morgen“, der werktags um sechs Uhr erscheint.",
    "Haben Sie die Sperrung selbst erlebt? Schreiben Sie an unsere Lokalredaktion, wir freuen uns über Ihre Hinweise und Fotos.",
)
SZ_QUESTIONS = (
    "Welche Linien fahren trotz der Störung?",
    "Wann soll die Reparatur abgeschlossen sein?",
    "Wo halten die Ersatzbusse?",
    "Was ist am Charlottenplatz passiert?",
    "Wie komme ich zum Hauptbahnhof?",
)
SZ_CINEMA = (
    "Atelier am Bollwerk: „Die Nachtfähre“, 20.45 Uhr",
    "Delphi: „Der Winter der Walsers“, 21.00 Uhr",
    "Cinema: „Zwölf Nächte“, 22.15 Uhr",
    "Innenstadtkinos: „Nordlicht über Kiruna“, 20.30 Uhr",
    "Metropol: „Familienfest“, 19.45 Uhr",
)
SZ_PARKING = {
    "Königsbau-Passagen": 212,
    "Schlossgarten": 45,
    "Dorotheen Quartier": 87,
    "Rathaus-Garage": 133,
    "Breuninger": 0,
}
SZ_ADVENT = {
    6: "StZ-Adventskalender, Türchen 6: Heute verlosen wir zwei Karten für das Weihnachtsoratorium in der Stiftskirche. Mitmachen können Sie bis 23.59 Uhr.",
    7: "StZ-Adventskalender, Türchen 7: Heute verlosen wir einen Gutschein für ein Drei-Gänge-Menü im Restaurant am Killesberg. Mitmachen können Sie bis 23.59 Uhr.",
}
SZ_CLASSES = (
    "brick-header",
    "brick-nav",
    "dwd-warning",
    "article-header",
    "article-header__kicker",
    "article-header__title",
    "article-teaser",
    "article-author",
    "article-date",
    "article-text",
    "text",
    "text--note",
    "ad-wrapper",
    "ki-assist",
    "parking-widget",
    "advent-teaser",
    "cinema-box",
    "most-read",
    "cmp-layer",
    "brick-footer",
)


def _sz_parking(ctx: Ctx) -> str:
    rows = []
    for name, free in ctx.some(list(SZ_PARKING.items()), 4):  # type: ignore[arg-type]
        now = max(0, free + ctx.rng.randint(-25, 40) * (1 if free else 0))
        rows.append(f"{name}: {'belegt' if now == 0 else f'{now} frei'}")
    rows.append(f"Stand: {hhmm(ctx.minutes_ago(1, 5), '.')} Uhr")
    return box(ctx, "parking-widget", "Freie Plätze in den Parkhäusern", rows, head="p")


def _sz_assist(ctx: Ctx) -> str:
    questions = "".join(
        f'<li><button class="ki-assist__q">{ctx.f(q)}</button></li>'
        for q in ctx.some(SZ_QUESTIONS, 3)
    )
    return (
        '<aside class="ki-assist"><p class="ki-assist__title">Fragen zum Artikel</p>'
        + one(
            ctx,
            "p",
            "ki-assist__intro",
            "Stellen Sie unserem KI-Assistenten eine Frage zu diesem Artikel.",
        )
        + f'<ul class="ki-assist__list">{questions}</ul>'
        + one(
            ctx,
            "p",
            "ki-assist__note",
            "Die Antworten werden automatisch erzeugt und können Fehler enthalten.",
        )
        + "</aside>"
    )


def stuttgart(ctx: Ctx) -> str:
    notes = ([SZ_NEW] if ctx.fetch == 6 else []) + list(SZ_NOTES)
    newest = notes[0].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    parts = []
    for b in notes:
        ctx.add(b)
        parts.append(
            f'<p class="text"><strong>{esc(b.label or "")}:</strong> {esc(b.paras[0])}</p>'
        )
    parts += [f'<p class="text">{ctx.p(t)}</p>' for t in SZ_BODY]
    ctx.add(SZ_CORR)
    parts.append(
        f'<p class="text text--note"><em>Korrekturhinweis: {esc(SZ_CORR.paras[0])}</em></p>'
    )

    def more() -> str:
        title = ctx.pick(SZ_MORE)
        return (
            '<p class="text"><strong>Zum Weiterlesen:</strong> '
            f'<a href="/inhalt.{fx.slug(title)}.html">{ctx.f(title)}</a></p>'
        )

    def advent() -> str:
        return (
            '<aside class="advent-teaser"><p class="advent-teaser__kicker">Gewinnspiel</p>'
            f"<p>{ctx.f(SZ_ADVENT[ctx.local.day])}</p></aside>"
        )

    inserts = [
        lambda: fx.ad(ctx, "ad-wrapper", "Anzeige", SZ_ADS),
        lambda: f'<p class="text">{ctx.f(ctx.pick(SZ_PROMOS))}</p>',
        *maybe(ctx, 0.75, more),
        *maybe(ctx, 0.7, lambda: _sz_assist(ctx)),
        *maybe(ctx, 0.6, lambda: _sz_parking(ctx)),
        *maybe(ctx, 0.5, advent),
    ]
    story = scatter(ctx, parts, inserts, range(1, len(parts)))

    warning = ""
    if ctx.chance(0.7):
        warning = one(
            ctx,
            "div",
            "dwd-warning",
            ctx.pick(
                (
                    "Amtliche Warnung vor Glätte für den Stadtkreis Stuttgart, gültig bis Montag, 10 Uhr",
                    "Amtliche Warnung vor Frost für den Stadtkreis Stuttgart, gültig bis Montag, 9 Uhr",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "cmp-layer",
            "Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, etwa Cookies, und verarbeiten personenbezogene Daten für personalisierte Anzeigen und Inhalte.",
            ("Akzeptieren", "Einstellungen"),
        )
    rail = [box(ctx, "most-read", "Meistgelesen", ctx.some(SZ_MOST_READ, 5), wrap="ol", links=True)]
    if ctx.chance(0.7):
        rail.insert(
            ctx.rng.randint(0, 1), box(ctx, "cinema-box", "Heute im Kino", ctx.some(SZ_CINEMA, 3))
        )
    updated = f"{hhmm(newest, '.')} Uhr"
    body = f"""
<header class="brick-header"><a class="brick-header__logo" href="/">Stuttgarter Zeitung</a>
<nav class="brick-nav"><ul><li><a href="/stuttgart">Stuttgart</a></li><li><a href="/region">Region</a></li><li><a href="/baden-wuerttemberg">Baden-Württemberg</a></li><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
{warning}
<main class="brick-main">
<article class="article" data-id="inhalt.stadtbahn-charlottenplatz">
<header class="article-header">
<p class="article-header__kicker">Störung bei der SSB</p>
<h1 class="article-header__title">Oberleitung gerissen: Stadtbahnen stehen am Charlottenplatz still</h1>
<p class="article-teaser">Ein Schaden an der Fahrleitung hat am Sonntagnachmittag den Stadtbahnverkehr in der Innenstadt weitgehend lahmgelegt. Die SSB richtet einen Ersatzverkehr mit Bussen ein.</p>
<div class="article-author">Von <a href="/autor.jana-wessinger">Jana Wessinger</a></div>
<div class="article-date"><time datetime="{at(CET, 16, 32).isoformat()}">06.12.2026 - 16:32 Uhr</time> <span>Aktualisiert um {updated}</span></div>
</header>
<figure class="article-image"><img src="https://images.example/stz/charlottenplatz.jpg" alt="" width="980" height="551"><figcaption>Am Charlottenplatz ging am Sonntag nichts mehr. Foto: Lichtgut/Leif Piechowski</figcaption></figure>
<div class="article-text">
{story}
</div>
</article>
<aside class="brick-rail">{"".join(rail)}</aside>
</main>
<footer class="brick-footer"><p>© Stuttgarter Zeitung Verlagsgesellschaft mbH</p><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="de-DE",
        title="Oberleitung gerissen: Stadtbahnen stehen am Charlottenplatz still - Stuttgart - Stuttgarter Zeitung",
        canonical=f"https://www.stuttgarter-zeitung.example/inhalt.{SZ_SLUG}.html",
        seed=SZ_SLUG,
        classes=SZ_CLASSES,
        body_class="brick-page page-article",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "Stuttgarter Zeitung")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Oberleitung gerissen: Stadtbahnen stehen am Charlottenplatz still",
                "datePublished": at(CET, 16, 32).isoformat(),
                "dateModified": ctx.modified,
                "author": {"@type": "Person", "name": "Jana Wessinger"},
                "publisher": {"@type": "Organization", "name": "Stuttgarter Zeitung"},
                "isAccessibleForFree": True,
            }
        ],
        cdn="https://www.stuttgarter-zeitung.example/static/brick",
        var="__BRICK__",
    )


# =============================================================================================
# NDR live ticker: entries newest first, "22:47 Uhr" in a <time>, <h3> headline (one without);
# LiveBlogPosting with liveBlogUpdate. No ads (public broadcaster).

ND_SLUG = "ndr-liveticker-sturmflut-hamburg-fischmarkt"

ND_INTRO = (
    "Eine schwere Sturmflut hat am Sonntagabend Teile des Hamburger Hafens überflutet. Der Fischmarkt in Altona und Straßen in der HafenCity stehen unter Wasser, die Feuerwehr ist mit einem Großaufgebot im Einsatz.",
    "Das Bundesamt für Seeschifffahrt und Hydrographie (BSH) erwartet den Scheitel für den späten Abend. Die Entwicklungen des Abends hier im Überblick.",
)
ND_ENTRIES = (
    Block(
        "live_entry",
        "22:47 Uhr",
        (
            "Auf der Großen Elbstraße steht das Wasser inzwischen knöcheltief. Die Polizei hat die Straße zwischen Fischmarkt und Van-der-Smissen-Straße gesperrt.",
        ),
        at(CET, 22, 47),
        "Wasser erreicht die Große Elbstraße",
    ),
    Block(
        "live_entry",
        "22:21 Uhr",
        (
            "In der HafenCity sind mehrere Tiefgaragen vollgelaufen. Die Feuerwehr setzt nach eigenen Angaben zwölf Großpumpen ein.",
        ),
        at(CET, 22, 21),
        "Feuerwehr pumpt Tiefgaragen leer",
    ),
    Block(
        "live_entry",
        "21:58 Uhr",
        (
            "Die Hafenfähren haben den Betrieb für den Rest des Abends eingestellt. Betroffen sind alle Linien ab den Landungsbrücken.",
        ),
        at(CET, 21, 58),
    ),
    Block(
        "live_entry",
        "21:30 Uhr",
        (
            "Eine Weihnachtsfeier in der Fischauktionshalle ist vorsorglich beendet worden. Rund 300 Gäste verließen das Gebäude über einen Hinterausgang.",
            "Verletzt wurde nach Angaben der Polizei niemand.",
        ),
        at(CET, 21, 30),
        "Fischauktionshalle geräumt",
    ),
    Block(
        "live_entry",
        "20:45 Uhr",
        (
            "Das BSH rechnet inzwischen mit einem Wasserstand von 3,10 Metern über dem mittleren Hochwasser am Pegel St. Pauli. Das wäre eine schwere Sturmflut.",
        ),
        at(CET, 20, 45),
        "BSH erhöht Vorhersage",
    ),
    Block(
        "live_entry",
        "19:52 Uhr",
        (
            "Das BSH hat für die Hamburger Elbe eine Sturmflutwarnung herausgegeben. Anwohnerinnen und Anwohner in tiefer gelegenen Straßen werden gebeten, Keller und Fahrzeuge zu sichern.",
        ),
        at(CET, 19, 52),
        "Sturmflutwarnung für Hamburg",
    ),
)
ND_NEW = Block(
    "live_entry",
    "23:53 Uhr",
    (
        "Der Wasserstand am Pegel St. Pauli sinkt wieder. Der Scheitel lag nach vorläufigen Angaben des BSH bei 3,02 Metern über dem mittleren Hochwasser.",
    ),
    at(CET, 23, 53),
    "Scheitel überschritten",
)
ND_MORE = (
    "Sturmflut: Wie gut ist Hamburg geschützt?",
    "Deichverteidigung: So arbeiten die Freiwilligen in Wilhelmsburg",
    "Was tun bei Sturmflut? Tipps für Anwohner",
    "Neue Flutschutzwand an den Landungsbrücken fast fertig",
    "Orkantief über der Nordsee: Fähren nach Helgoland fallen aus",
)
ND_MOST_READ = (
    "Hamburger Weihnachtsmärkte: Diese schließen früher",
    "A7: Vollsperrung zwischen Othmarschen und Volkspark am Wochenende",
    "HSV verliert Heimspiel gegen Hannover",
    "Neue Radwege an der Alster: Was sich ändert",
    "Lübeck: Altstadtinsel bekommt neue Buslinien",
    "Schwerin: Landtag beschließt Haushalt",
    "Kiel: Marine-Schiff kehrt aus dem Einsatz zurück",
    "Sylt: Sturm spült Teile des Strandes weg",
    "Hannover: Großbrand in Lagerhalle in Linden",
)
ND_EMBEDS = (
    ("der Polizei Hamburg", "X"),
    ("der Feuerwehr Hamburg", "Instagram"),
    ("des BSH", "Mastodon"),
    ("der Hamburger Hafenbehörde", "Instagram"),
)
ND_WEBCAMS = ("Landungsbrücken", "Fischmarkt", "Övelgönne")
ND_CLASSES = (
    "ndr-header",
    "ndr-nav",
    "ndr-warning",
    "live-head",
    "live-lead",
    "liveticker",
    "liveticker__entry",
    "liveticker__time",
    "liveticker__headline",
    "liveticker__text",
    "gauge-box",
    "webcam",
    "embed-consent",
    "survey-teaser",
    "audio-bulletin",
    "tv-tip",
    "related-box",
    "ndr-most-read",
    "ndr-consent",
    "ndr-footer",
)


def _nd_entry(b: Block) -> str:
    head = f'<h3 class="liveticker__headline">{esc(b.headline)}</h3>' if b.headline else ""
    text = "".join(f"<p>{esc(t)}</p>" for t in b.paras)
    return (
        f'<div class="liveticker__entry" id="entry-{(b.label or "")[:5].replace(":", "")}">'
        f'<div class="liveticker__time"><time datetime="{b.timestamp}">{esc(b.label or "")}</time></div>'
        f'{head}<div class="liveticker__text">{text}</div></div>'
    )


def _nd_gauge(ctx: Ctx) -> str:
    curve = [812, 829, 838, 841, 836, 824, 809]
    level = curve[ctx.fetch] + ctx.rng.randint(-2, 2)
    trend = "steigend" if ctx.fetch < 3 else ("gleichbleibend" if ctx.fetch == 3 else "fallend")
    rows = [
        f"Wasserstand: {level} cm",
        f"Tendenz: {trend}",
        f"Messwert von {hhmm(ctx.minutes_ago(2, 8))} Uhr",
    ]
    return box(ctx, "gauge-box", "Pegel St. Pauli", rows, head="p", foot="Alle Pegel an der Elbe")


def _nd_webcam(ctx: Ctx) -> str:
    place = ctx.pick(ND_WEBCAMS)
    caption = f"Webcam {place}: Aufnahme von {hhmm(ctx.minutes_ago(1, 4))} Uhr"
    return (
        f'<figure class="webcam"><img src="https://images.example/ndr/webcam-{fx.slug(place)}.jpg" alt="" width="640" height="360">'
        f"<figcaption>{ctx.f(caption)}</figcaption></figure>"
    )


def _nd_embed(ctx: Ctx) -> str:
    who, platform = ND_EMBEDS[ctx.rng.randrange(len(ND_EMBEDS))]
    text = f"An dieser Stelle finden Sie einen Beitrag {who} auf {platform}. Mit einem Klick auf „Inhalt anzeigen“ werden Daten an den Anbieter übertragen."
    return (
        '<div class="embed-consent"><p class="embed-consent__title">Empfohlener externer Inhalt</p>'
        f'<p class="embed-consent__text">{ctx.f(text)}</p><button class="embed-consent__btn">Inhalt anzeigen</button></div>'
    )


def ndr(ctx: Ctx) -> str:
    entries = ([ND_NEW] if ctx.fetch == 6 else []) + list(ND_ENTRIES)
    newest = entries[0].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    lead = "".join(f'<p class="live-lead__text">{ctx.p(t)}</p>' for t in ND_INTRO)
    parts = []
    for b in entries:
        ctx.add(b)
        parts.append(_nd_entry(b))

    def survey() -> str:
        return one(
            ctx,
            "div",
            "survey-teaser",
            "Ihre Meinung ist gefragt: Wie gut fühlen Sie sich bei Unwetterlagen informiert? Machen Sie mit bei unserer kurzen Umfrage.",
        )

    def related() -> str:
        return box(ctx, "related-box", "Mehr zum Thema", ctx.some(ND_MORE, 2), links=True)

    def bulletin() -> str:
        title = f"NDR Info Nachrichten von {ctx.local.hour} Uhr"
        return (
            f'<div class="audio-bulletin"><p class="audio-bulletin__title">{ctx.f(title)}</p>'
            f'<button class="audio-bulletin__play">Abspielen</button><span class="audio-bulletin__dur">'
            f"{ctx.rng.randint(3, 5)}:{ctx.rng.randint(0, 59):02d} Min</span></div>"
        )

    def tv_tip() -> str:
        if (ctx.local.hour, ctx.local.minute) < (23, 15):
            text = "Das Hamburg Journal berichtet um 23.15 Uhr in einer Sondersendung im NDR Fernsehen über die Sturmflut."
        else:
            text = "Die Sondersendung des Hamburg Journals zur Sturmflut können Sie in der ARD Mediathek nachsehen."
        return one(ctx, "p", "tv-tip", text, pre='<span class="tv-tip__label">Programmtipp</span> ')

    inserts = [
        *maybe(ctx, 0.6, bulletin),
        *maybe(ctx, 0.55, tv_tip),
        *maybe(ctx, 0.85, lambda: _nd_gauge(ctx)),
        *maybe(ctx, 0.7, lambda: _nd_webcam(ctx)),
        *maybe(ctx, 0.7, lambda: _nd_embed(ctx)),
        *maybe(ctx, 0.5, survey),
        *maybe(ctx, 0.6, related),
    ]
    feed = scatter(ctx, parts, inserts, range(1, len(parts) + 1))
    warning = ""
    if ctx.chance(0.75):
        warning = one(
            ctx,
            "div",
            "ndr-warning",
            ctx.pick(
                (
                    "Unwetterwarnung des DWD vor orkanartigen Böen für Hamburg, gültig bis Montag, 4 Uhr",
                    "Warnung des DWD vor Sturmböen für Hamburg und das Umland, gültig bis Montag, 6 Uhr",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "ndr-consent",
            "Wir verwenden Cookies und ähnliche Technologien, um unser Angebot für Sie zu verbessern und die Nutzung statistisch auszuwerten. Sie entscheiden, welche Kategorien Sie zulassen.",
            ("Alle akzeptieren", "Nur notwendige"),
        )
    most = box(
        ctx, "ndr-most-read", "Meistgelesen", ctx.some(ND_MOST_READ, 5), wrap="ol", links=True
    )
    updates_ld = [
        {
            "@type": "BlogPosting",
            "headline": b.headline or b.paras[0][:70],
            "datePublished": b.timestamp,
            "articleBody": " ".join(b.paras),
        }
        for b in entries
    ]
    body = f"""
<header class="ndr-header"><a class="ndr-header__logo" href="/">NDR</a>
<nav class="ndr-nav"><ul><li><a href="/nachrichten/">Nachrichten</a></li><li><a href="/nachrichten/hamburg/">Hamburg</a></li><li><a href="/nachrichten/niedersachsen/">Niedersachsen</a></li><li><a href="/nachrichten/schleswig-holstein/">Schleswig-Holstein</a></li><li><a href="/sport/">Sport</a></li><li><a href="/fernsehen/">Fernsehen</a></li><li><a href="/radio/">Radio</a></li></ul></nav></header>
{warning}
<main id="main" class="ndr-main">
<article class="live">
<header class="live-head">
<p class="live-head__kicker">Liveticker</p>
<h1 class="live-head__title">Sturmflut in Hamburg: Fischmarkt und HafenCity überflutet</h1>
<p class="live-head__date">Stand: {newest.strftime("%d.%m.%Y")} {hhmm(newest)} Uhr</p>
</header>
<div class="live-lead">{lead}</div>
<section class="liveticker" aria-label="Liveticker">
{feed}
</section>
</article>
<aside class="ndr-rail">{most}</aside>
</main>
<footer class="ndr-footer"><p>© Norddeutscher Rundfunk</p><ul><li><a href="/service/impressum/">Impressum</a></li><li><a href="/service/datenschutz/">Datenschutz</a></li><li><a href="/service/barrierefreiheit/">Barrierefreiheit</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="de",
        title="Sturmflut in Hamburg: Fischmarkt und HafenCity überflutet | NDR.de - Nachrichten - Hamburg",
        canonical=f"https://www.ndr.example/nachrichten/hamburg/{ND_SLUG}.html",
        seed=ND_SLUG,
        classes=ND_CLASSES,
        body_class="ndr-page liveticker-page",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "NDR")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "Sturmflut in Hamburg: Fischmarkt und HafenCity überflutet",
                "datePublished": at(CET, 19, 50).isoformat(),
                "dateModified": ctx.modified,
                "coverageStartTime": at(CET, 19, 50).isoformat(),
                "liveBlogUpdate": updates_ld,
                "publisher": {"@type": "Organization", "name": "Norddeutscher Rundfunk"},
            }
        ],
        cdn="https://www.ndr.example/resources",
        var="__NDR_PAGE",
    )


# =============================================================================================
# Kronen Zeitung (AT) ticker: entries oldest first, "16:20" in a <span>, bold <strong> title
# (one without); the new entry lands at the bottom.

KR_SLUG = "krone-ticker-patscherkofel-gondeln-stillstand"

KR_INTRO = (
    "Am Patscherkofel bei Innsbruck ist am Sonntagnachmittag die Gondelbahn wegen eines technischen Defekts stehen geblieben. 64 Wintersportler saßen in den Kabinen fest.",
    "Bergretter aus Igls, Innsbruck und dem Wipptal holen die Eingeschlossenen seit dem späten Nachmittag einzeln aus den Gondeln. Die Entwicklungen hier im Ticker.",
)
KR_ENTRIES = (
    Block(
        "live_entry",
        "16:20",
        (
            "Wie die Betreibergesellschaft bestätigt, steht die Bahn seit 15.52 Uhr. Ein Sensor an der Talstation habe einen Fehler gemeldet, die Anlage habe sich automatisch abgeschaltet.",
        ),
        at(CET, 16, 20),
        "Bahn seit einer halben Stunde still",
    ),
    Block(
        "live_entry",
        "17:05",
        (
            "Rund 40 Bergretterinnen und Bergretter sind im Einsatz. Die ersten zwölf Fahrgäste wurden bereits mit Seilen aus den Kabinen auf den Boden gebracht.",
        ),
        at(CET, 17, 5),
        "Bergrettung beginnt mit dem Abseilen",
    ),
    Block(
        "live_entry",
        "18:30",
        (
            "Ein Hubschrauber kann wegen des starken Föhnsturms nicht starten, teilt die Leitstelle Tirol mit.",
        ),
        at(CET, 18, 30),
    ),
    Block(
        "live_entry",
        "19:45",
        (
            "Inzwischen sind 38 der 64 Fahrgäste in Sicherheit. Sie werden im Gasthof an der Talstation mit Tee und Decken versorgt.",
            "Eine Frau musste wegen Unterkühlung in die Klinik nach Innsbruck gebracht werden.",
        ),
        at(CET, 19, 45),
        "Mehr als die Hälfte geborgen",
    ),
    Block(
        "live_entry",
        "21:10",
        (
            "Die letzten Gondeln hängen über steilem Waldgelände. Die Einsatzkräfte arbeiten dort mit Stirnlampen, die Bergung dauert pro Kabine bis zu 40 Minuten.",
        ),
        at(CET, 21, 10),
        "Schwierige Bergung über dem Wald",
    ),
    Block(
        "live_entry",
        "22:35",
        (
            "Laut Bergrettung warten noch acht Fahrgäste auf ihre Rettung. Alle seien ansprechbar und mit Wärmedecken versorgt worden.",
        ),
        at(CET, 22, 35),
        "Noch acht Personen in den Kabinen",
    ),
)
KR_NEW = Block(
    "live_entry",
    "23:53",
    (
        "Kurz vor Mitternacht ist auch die letzte Insassin aus ihrer Gondel geholt worden. Die Bergrettung beendet den Einsatz nach mehr als sieben Stunden.",
    ),
    at(CET, 23, 53),
    "Alle Fahrgäste geborgen",
)
KR_MOST_READ = (
    "Wien: Neue U-Bahn-Station am Matzleinsdorfer Platz eröffnet",
    "Salzburg: Christkindlmarkt mit Besucherrekord",
    "Graz: Straßenbahn entgleist in der Annenstraße",
    "Skiweltcup: Doppelsieg für Österreich in Val d'Isère",
    "Teuerung: Das kostet der Wocheneinkauf jetzt",
    "Kärnten: Lkw-Fahrer nach Unfall auf der A2 festgenommen",
    "Linz: Hafenbrücke wird ab Jänner saniert",
    "Vorarlberg: Lawinengefahr steigt auf Stufe 3",
    "Innsbruck: Neue Regeln für das Parken in der Altstadt",
)
KR_ADS = (
    "Skitage im Stubaital: Jetzt Frühbucherbonus sichern",
    "Winterreifen-Aktion bei Reifen Huber: Montage um 19 Euro",
    "Tiroler Bergbauernspeck: Direkt vom Hof bestellen",
    "Fernwärme-Anschluss: Förderung bis 31. Dezember beantragen",
)
KR_SPONSORS = (
    "Dieser Ticker wird Ihnen präsentiert von Sporthaus Alpenwerk in Innsbruck.",
    "Dieser Ticker wird Ihnen präsentiert von der Bäckerei Stoll, seit 1921 in Hall in Tirol.",
    "Dieser Ticker wird Ihnen präsentiert von Autohaus Wipptal in Matrei am Brenner.",
)
KR_PICTURES = (
    "Leserreporter-Foto des Tages: Raureif am Achensee, eingeschickt von Brigitte H. aus Maurach.",
    "Leserreporter-Foto des Tages: Sonnenuntergang über der Serles, eingeschickt von Thomas R. aus Mieders.",
    "Leserreporter-Foto des Tages: Ein Fuchs im Schnee bei Seefeld, eingeschickt von Anna P. aus Reith.",
    "Leserreporter-Foto des Tages: Nebelmeer über dem Inntal, eingeschickt von Markus K. aus Rum.",
)
KR_PROMOS = (
    "Mit Krone+ lesen Sie alle exklusiven Berichte aus Tirol: Jetzt vier Wochen um einen Euro testen.",
    "Keine Eilmeldung mehr verpassen: Aktivieren Sie die Push-Benachrichtigungen in der Krone-App.",
    "Sie haben etwas gesehen oder ein Foto gemacht? Schicken Sie es uns über den Krone-Leserreporter.",
)
KR_ADVENT = {
    6: "Krone-Adventkalender, Türchen 6: Heute verlosen wir ein Wellness-Wochenende für zwei Personen im Zillertal. Mitspielen bis 23.59 Uhr.",
    7: "Krone-Adventkalender, Türchen 7: Heute verlosen wir einen Saison-Skipass für das Stubaital. Mitspielen bis 23.59 Uhr.",
}
KR_CLASSES = (
    "krn-header",
    "krn-nav",
    "krn-warning",
    "c_article-head",
    "c_lead",
    "c_live-ticker",
    "ticker__entry",
    "ticker__time",
    "ticker__title",
    "ticker__text",
    "ticker__sponsor",
    "krn-ad",
    "webcam-tile",
    "leserreporter",
    "raetsel-teaser",
    "advent-box",
    "krn-most-read",
    "krn-consent",
    "krn-footer",
)


def _kr_entry(b: Block) -> str:
    title = f'<strong class="ticker__title">{esc(b.headline)}</strong>' if b.headline else ""
    text = "".join(f'<p class="ticker__text">{esc(t)}</p>' for t in b.paras)
    return (
        f'<div class="ticker__entry"><span class="ticker__time">{esc(b.label or "")}</span>'
        f'<div class="ticker__content">{title}{text}</div></div>'
    )


def krone(ctx: Ctx) -> str:
    entries = list(KR_ENTRIES) + ([KR_NEW] if ctx.fetch == 6 else [])
    newest = entries[-1].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    lead = "".join(f'<p class="c_lead__text">{ctx.p(t)}</p>' for t in KR_INTRO)
    parts = []
    for b in entries:
        ctx.add(b)
        parts.append(_kr_entry(b))

    def promo() -> str:
        return (
            '<div class="ticker__entry ticker__entry--promo"><div class="ticker__content">'
            f'<p class="ticker__text">{ctx.f(ctx.pick(KR_PROMOS))}</p></div></div>'
        )

    def webcam() -> str:
        caption = f"Webcam Patscherkofel-Bergstation, Bild von {hhmm(ctx.minutes_ago(1, 5))} Uhr"
        return (
            '<figure class="webcam-tile"><img src="https://images.example/krone/webcam-pk.jpg" alt="" width="480" height="270">'
            f"<figcaption>{ctx.f(caption)}</figcaption></figure>"
        )

    def picture() -> str:
        return (
            '<figure class="leserreporter"><img src="https://images.example/krone/lr.jpg" alt="" width="480" height="320">'
            f"<figcaption>{ctx.f(ctx.pick(KR_PICTURES))}</figcaption></figure>"
        )

    def advent() -> str:
        return f'<aside class="advent-box"><p>{ctx.f(KR_ADVENT[ctx.local.day])}</p></aside>'

    inserts = [
        lambda: fx.ad(ctx, "krn-ad", "Werbung", KR_ADS),
        promo,
        *maybe(ctx, 0.7, webcam),
        *maybe(ctx, 0.55, picture),
        *maybe(ctx, 0.5, advent),
        *maybe(ctx, 0.5, lambda: fx.ad(ctx, "krn-ad", "Werbung", KR_ADS, size="320x50")),
    ]
    feed = scatter(ctx, parts, inserts, range(len(parts) + 1))
    sponsor = ""
    if ctx.chance(0.8):
        sponsor = one(ctx, "p", "ticker__sponsor", ctx.pick(KR_SPONSORS))
    warning = ""
    if ctx.chance(0.7):
        warning = one(
            ctx,
            "div",
            "krn-warning",
            ctx.pick(
                (
                    "Sturmwarnung Stufe Orange für den Bezirk Innsbruck-Land, gültig bis Montag, 6 Uhr",
                    "Warnung vor Sturmböen im Wipptal und im Stubaital bis Montagfrüh",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "krn-consent",
            "Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzererlebnis zu bieten und Werbung auf Ihre Interessen zuzuschneiden.",
            ("Zustimmen", "Details"),
        )
    solvers = ctx.daily(6800, (60, 240))
    raetsel = one(
        ctx,
        "p",
        "raetsel-teaser",
        f"Sudoku, Kreuzworträtsel und Schwedenrätsel: Heute haben schon {n_de(solvers)} Leser mitgerätselt.",
    )
    comments = ctx.count(212, (3, 14))
    rail = [
        box(ctx, "krn-most-read", "Meistgelesen", ctx.some(KR_MOST_READ, 5), wrap="ol", links=True),
        raetsel,
    ]
    ctx.rng.shuffle(rail)
    pos = ctx.rng.random() < 0.5
    body = f"""
<header class="krn-header"><a class="krn-header__logo" href="/">Kronen Zeitung</a>
<nav class="krn-nav"><ul><li><a href="/nachrichten">Nachrichten</a></li><li><a href="/tirol">Tirol</a></li><li><a href="/sport">Sport</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/adabei">Adabei</a></li><li><a href="/krone-plus">Krone+</a></li></ul></nav></header>
{warning}
<main class="krn-main">
<article class="c_article">
<header class="c_article-head">
<p class="c_article-head__kicker">Tirol · Ticker</p>
<h1 class="c_article-head__title">Gondelbahn am Patscherkofel steht still: 64 Menschen in Kabinen gefangen</h1>
<p class="c_article-head__meta">06.12.2026 16:14 <a class="c_article-head__comments" href="#kommentare">{ctx.f(f"{comments} Kommentare")}</a></p>
</header>
<div class="c_lead">{lead}</div>
{sponsor if pos else ""}
<section class="c_live-ticker">
{feed}
</section>
{"" if pos else sponsor}
</article>
<aside class="krn-rail">{"".join(rail)}</aside>
</main>
<footer class="krn-footer"><p>© Krone Multimedia GmbH &amp; Co KG</p><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/kontakt">Kontakt</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="de-AT",
        title="Gondelbahn am Patscherkofel steht still: 64 Menschen in Kabinen gefangen | krone.at",
        canonical=f"https://www.krone.example/{KR_SLUG}",
        seed=KR_SLUG,
        classes=KR_CLASSES,
        body_class="krn-page article-ticker",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "Kronen Zeitung")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Gondelbahn am Patscherkofel steht still: 64 Menschen in Kabinen gefangen",
                "datePublished": at(CET, 16, 14).isoformat(),
                "dateModified": ctx.modified,
                "publisher": {"@type": "NewsMediaOrganization", "name": "Kronen Zeitung"},
            }
        ],
        cdn="https://www.krone.example/assets",
        var="__KRN__",
    )
