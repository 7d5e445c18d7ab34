"""German pages: Badische Zeitung (updates), HNA (live), Sächsische Zeitung (live)."""

from __future__ import annotations

from datetime import datetime

import fx
from kit import Block, e, stamp

OFF = 1


def badische(Site):
    pc = "article-text__p"
    body = [
        "Freiburg. Auf der Stadtbahnlinie 1 ist am Sonntagnachmittag am Schwabentor eine Oberleitung gerissen und auf ein Fahrzeug der Freiburger Verkehrs AG gefallen.",
        "In der Bahn saßen nach Angaben der VAG rund 40 Fahrgäste. Sie mussten knapp eine Stunde warten, bis die Feuerwehr die Leitung geerdet hatte und sie aussteigen konnten.",
        "Verletzt wurde nach ersten Erkenntnissen niemand. Eine ältere Frau wurde vom Rettungsdienst wegen Kreislaufproblemen betreut.",
        "Die Linie 1 fährt zwischen Oberlinden und Lassbergstraße nicht. Die VAG hat einen Ersatzverkehr mit Bussen eingerichtet, der über die Schwarzwaldstraße fährt.",
        "Warum die Leitung riss, ist noch unklar. Ein Sprecher der VAG sagte, die Strecke sei erst im Sommer überprüft worden.",
        "Anwohner in der Oberstadt berichteten von einem lauten Knall gegen 16.20 Uhr. Die Polizei sperrte den Bereich um das Schwabentor weiträumig ab.",
    ]
    blocks = [
        Block(
            "update",
            "Aktualisierung 21.05 Uhr",
            [
                "Die VAG rechnet damit, dass die Reparatur der Oberleitung die ganze Nacht dauert. Der Ersatzverkehr fährt auch am Montagmorgen."
            ],
            stamp("21:05", OFF),
        ),
        Block(
            "update",
            "Aktualisierung 18.40 Uhr",
            [
                "Alle Fahrgäste haben die Bahn inzwischen verlassen. Die Feuerwehr hat ihren Einsatz am Schwabentor beendet."
            ],
            stamp("18:40", OFF),
        ),
        Block(
            "correction",
            "Richtigstellung",
            [
                "In einer früheren Fassung dieses Artikels hieß es, die Linie 3 sei betroffen. Betroffen ist die Linie 1."
            ],
            None,
        ),
    ]
    genuine = Block(
        "update",
        "Aktualisierung 23.54 Uhr",
        [
            "Ein Techniker der VAG hat bestätigt, dass ein gebrochener Isolator die Ursache war. Die Strecke soll bis Montagmittag wieder frei sein."
        ],
        stamp("23:54", OFF),
    )

    def note(b: Block) -> str:
        if b.kind == "correction":
            return f'<p class="{pc} article-text__note"><em>{b.label}: {e(b.paras[0])}</em></p>'
        return f'<p class="{pc}"><strong>{b.label}:</strong> {e(b.paras[0])}</p>'

    inline = [
        fx.outage(
            "Netze BW: {n} Haushalte in Südbaden ohne Strom (Stand {t})",
            "de",
            [
                "Größte Störung: Kirchzarten, Techniker vor Ort",
                "Größte Störung: Emmendingen, Ursache wird gesucht",
                "Größte Störung: Titisee-Neustadt, Behebung voraussichtlich 1 Uhr",
            ],
        ),
        fx.promo(
            [
                "Sie waren am Schwabentor und haben etwas beobachtet? Schreiben Sie uns an die Lokalredaktion, gern auch mit Fotos.",
                "Mit dem BZ-Abo lesen Sie alle Artikel aus Freiburg und der Region. Jetzt vier Wochen für 99 Cent testen.",
            ]
        ),
        fx.nameday,
        fx.gift(
            "Sie können diesen Monat noch {n} Artikel an Freunde verschenken.",
            "Artikel verschenken",
        ),
        fx.letters(
            "Leserbrief",
            [
                "Dass die Stadt am Stühlinger Kirchplatz schon wieder Bänke abbaut, ist ein Armutszeugnis für Freiburg. Gertrud Maier, Freiburg-Haslach",
                "Wer sich über Radfahrer in der Kaiser-Joseph-Straße ärgert, sollte einmal mit dem Kinderwagen durch die Baustelle gehen. Jonas Rieder, Merzhausen",
            ],
        ),
        fx.corrections_box(
            "Korrekturen",
            [
                "Im Bericht über den Haushalt von Emmendingen (Ausgabe vom 3. Dezember) war die Höhe der Kreisumlage falsch angegeben.",
                "In der Meldung über das Konzert in Staufen hieß es fälschlich, der Chor komme aus Bad Krozingen.",
                "Im Artikel über den Weihnachtsmarkt in Lörrach wurde der Name des Marktmeisters falsch geschrieben.",
            ],
        ),
        fx.related(
            "Mehr zum Thema:",
            [
                "Freiburger Stadtbahn: Neue Wagen kommen später",
                "Was die VAG-Preiserhöhung für Pendler bedeutet",
                "Baustelle am Siegesdenkmal dauert bis März",
            ],
        ),
        fx.ad(
            "Anzeige",
            [
                "Weihnachtsbaum vom Schwarzwaldhof: Tannen aus eigener Kultur, samstags mit Glühwein.",
                "Badenova Strom: jetzt wechseln und 60 Euro Bonus sichern.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "Meistgelesen",
            [
                "SC Freiburg gewinnt spätes Spiel gegen Mainz",
                "Neues Restaurant im Vauban eröffnet mit langer Warteliste",
                "Schauinslandbahn steht bis Januar still",
                "Kinderklinik sucht dringend Pflegekräfte",
                "Streit um Parkgebühren in Herdern geht weiter",
                "Weihnachtsmarkt auf dem Rathausplatz bricht Besucherrekord",
                "B31 bei Kirchzarten nachts gesperrt",
            ],
        )
    ]
    return Site(
        slug="badische-freiburg-oberleitung-schwabentor-linie-1",
        publisher="Badische Zeitung",
        lang="de",
        kind="updates",
        offset=OFF,
        domain="www.badische-zeitung.de",
        title="Oberleitung fällt am Schwabentor auf Stadtbahn – Fahrgäste sitzen fest",
        dek="Rund 40 Fahrgäste mussten knapp eine Stunde in der Bahn warten. Die Linie 1 ist unterbrochen.",
        byline="Von Katrin Wehrle",
        published=datetime(2026, 12, 6, 17, 2),
        body=body,
        blocks=blocks,
        genuine=genuine,
        order="b0 b1 p0 p1 p2 p3 p4 p5 b2",
        order6="g b0 b1 p0 p1 p2 p3 p4 p5 b2",
        para=lambda t: f'<p class="{pc}">{e(t)}</p>',
        note=note,
        header_line=lambda f6: f"So, 06. Dezember 2026, {'23:54' if f6 else '21:05'} Uhr",
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=3,
        pc=pc,
        nav=["Freiburg", "Südbaden", "Sport", "Wirtschaft", "Kultur", "Panorama", "Anzeigen"],
        cls={"body": "article-text", "dek": "article-teaser", "meta": "article-info"},
        modified=stamp("21:05", OFF),
        modified6=stamp("23:54", OFF),
    )


def hna(Site):
    pc = "id-StoryElement-paragraph"
    raw = [
        (
            "22.41",
            [
                "Die Polizei meldet inzwischen mehr als 20 Unfälle auf der A7 zwischen Kassel-Nord und Hann. Münden. Meist blieb es bei Blechschäden."
            ],
        ),
        (
            "22.14",
            [
                "Die Autobahn GmbH hat zusätzliche Streufahrzeuge aus Göttingen angefordert. An der Anschlussstelle Lutterberg stauen sich die Lastwagen."
            ],
        ),
        (
            "21.36",
            [
                "Ein Lastwagen ist bei Kassel-Ost quer über zwei Fahrstreifen gerutscht. Der Fahrer blieb unverletzt, die Bergung dauert nach Polizeiangaben bis Mitternacht.",
                "Die Umleitung führt über die B7 durch Kaufungen.",
            ],
        ),
        (
            "20.52",
            [
                "Auch in der Stadt ist es glatt: Die KVG meldet Verspätungen auf den Tramlinien 1 und 3 in Richtung Wilhelmshöhe."
            ],
        ),
        (
            "20.17",
            [
                "Der Deutsche Wetterdienst hat seine Warnung vor Glatteis für Nordhessen bis Montag, 9 Uhr, verlängert."
            ],
        ),
        (
            "19.48",
            [
                "Nach Glätteunfällen ist die A7 in Richtung Hamburg zwischen Kassel-Nord und Lutterberg gesperrt worden."
            ],
        ),
    ]
    blocks = [
        Block("live_entry", f"Update vom 6. Dezember, {t} Uhr", x, stamp(t.replace(".", ":"), OFF))
        for t, x in raw
    ]
    genuine = Block(
        "live_entry",
        "Update vom 6. Dezember, 23.53 Uhr",
        [
            "Die Sperrung der A7 in Richtung Hamburg ist aufgehoben. Der Verkehr fließt wieder auf einem Fahrstreifen."
        ],
        stamp("23:53", OFF),
    )

    def note(b: Block) -> str:
        first = f'<p class="{pc}"><strong>{b.label}:</strong> {e(b.paras[0])}</p>'
        rest = "".join(f'<p class="{pc}">{e(p)}</p>' for p in b.paras[1:])
        return first + rest

    inline = [
        fx.blotter(
            "Polizeimeldungen aus der Region",
            "de",
            [
                "Baunatal: Mülltonnen an der Schule in Brand gesetzt, Polizei sucht Zeugen",
                "Vellmar: Einbruch in Kiosk, Zigaretten gestohlen",
                "Kassel-Nord: Radfahrer bei Sturz auf glatter Fahrbahn leicht verletzt",
                "Fuldatal: Reh auf der Landstraße angefahren",
                "Kassel-Mitte: Streit in Straßenbahn, zwei Männer festgenommen",
            ],
        ),
        fx.promo(
            [
                "Sie stehen im Stau auf der A7? Schicken Sie uns Ihre Fotos an die HNA-Redaktion, wir veröffentlichen ausgewählte Bilder.",
                "Alle wichtigen Nachrichten aus Nordhessen erhalten Sie mit unserem kostenlosen Newsletter jeden Morgen um 6 Uhr.",
            ]
        ),
        fx.appeal_tally(
            "Aktion „Hilfe für Nachbarn“: Unsere Leserinnen und Leser haben bislang {n} Euro gespendet – {d} Spenden.",
            31870,
            "de",
        ),
        fx.offline(
            "Sie sind offline. Neue Einträge erscheinen, sobald die Verbindung wieder steht."
        ),
        fx.also_live(
            "Ebenfalls live",
            "de",
            [
                "KSV Hessen Kassel: Anstoß verschoben wegen Glätte",
                "Göttingen: Bahnstrecke nach Hann. Münden wieder frei",
                "Eisstadion: Huskies führen im zweiten Drittel",
            ],
        ),
        fx.related(
            "Auch interessant:",
            [
                "Streusalz wird knapp: Kassel kauft nach",
                "So teuer wird die Müllabfuhr 2027",
                "Neue Blitzer an der Frankfurter Straße",
            ],
        ),
        fx.ad(
            "Anzeige",
            [
                "Winterreifen-Wechsel in Kassel ab 29 Euro – Termin online buchen.",
                "Autohaus Nordhessen: Jahreswagen mit vier Jahren Garantie.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "Meistgelesen",
            [
                "Neues Lokal am Königsplatz schließt nach drei Monaten",
                "Documenta-Halle: Stadt sucht neuen Betreiber",
                "Schwerer Unfall auf der B83 bei Hofgeismar",
                "Wilhelmshöher Allee: Bauarbeiten ab Januar",
                "Märchenweihnachtsmarkt lockt mehr Besucher als im Vorjahr",
                "Kassel Huskies verpflichten kanadischen Verteidiger",
                "Polizei warnt vor falschen Handwerkern in Bettenhausen",
            ],
        )
    ]
    return Site(
        slug="hna-ticker-a7-kassel-glatteis-unfaelle",
        publisher="HNA",
        lang="de",
        kind="live",
        offset=OFF,
        domain="www.hna.de",
        title="Glatteis auf der A7 bei Kassel: Zahlreiche Unfälle, Autobahn Richtung Hamburg gesperrt – der Ticker",
        dek="Blitzeis sorgt in Nordhessen für Chaos auf den Straßen.",
        byline="Von Tobias Henkel",
        published=datetime(2026, 12, 6, 19, 30),
        body=[
            "Gefrierender Regen hat am Sonntagabend die Straßen in Nordhessen in Rutschbahnen verwandelt. Besonders betroffen ist die A7 rund um Kassel.",
            "Wir halten Sie hier über Sperrungen, Unfälle und den Winterdienst auf dem Laufenden. Die neuesten Meldungen stehen oben.",
        ],
        blocks=blocks,
        genuine=genuine,
        order="b0 b1 b2 b3 b4 b5",
        order6="g b0 b1 b2 b3 b4 b5",
        para=lambda t: f'<p class="id-StoryElement-intro">{e(t)}</p>',
        note=note,
        header_line=lambda f6: f"Stand: 06.12.2026, {'23:53' if f6 else '22:41'} Uhr",
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=0,
        hi_pad=1,
        entry=lambda h, t: f'<p class="{pc}"><strong>Hinweis der Redaktion:</strong> {e(t)}</p>',
        pc=pc,
        nav=["Kassel", "Region", "Hessen", "Sport", "Verbraucher", "Politik", "Service"],
        cls={
            "intro": "id-Article-intro",
            "feed": "id-Article-content",
            "dek": "id-StoryElement-leadText",
        },
        ld_type="LiveBlogPosting",
        modified=stamp("22:41", OFF),
        modified6=stamp("23:53", OFF),
    )


def saechsische(Site):
    pc = "ticker-intro__text"
    raw = [
        (
            "17:25",
            "Stromausfall auf dem Striezelmarkt",
            "Auf dem Altmarkt sind kurz nach 17 Uhr an mehreren Ständen und an der Stufenpyramide die Lichter ausgegangen.",
        ),
        (
            "17:58",
            "Ursache offenbar ein Kabelschaden",
            "Nach Angaben von Sachsen Energie ist ein Erdkabel unter der Wilsdruffer Straße beschädigt. Techniker suchen die genaue Stelle.",
        ),
        (
            "18:41",
            None,
            "Die Händler verkaufen teils im Schein von Taschenlampen weiter. Glühwein gibt es an den meisten Ständen nur noch kalt.",
        ),
        (
            "19:30",
            "Markt wird geräumt",
            "Die Stadt hat entschieden, den Striezelmarkt für heute zu schließen. Ordner bitten die Besucher, den Altmarkt zu verlassen.",
        ),
        (
            "20:46",
            "Straßenbahnen fahren wieder",
            "Die Dresdner Verkehrsbetriebe melden, dass die Linien 1, 2 und 4 wieder über den Postplatz fahren.",
        ),
        (
            "21:52",
            "Strom ist zurück",
            "Sachsen Energie hat die Versorgung über eine Umleitung wiederhergestellt. Die Reparatur des Kabels beginnt am Montag.",
        ),
    ]
    blocks = [Block("live_entry", t, [x], stamp(t, OFF), head=h) for t, h, x in raw]
    genuine = Block(
        "live_entry",
        "23:52",
        [
            "Die Stadt teilt mit, dass der Striezelmarkt am Montag wie gewohnt um 10 Uhr öffnet. Die Stände wurden geprüft."
        ],
        stamp("23:52", OFF),
        head="Striezelmarkt öffnet am Montag",
    )

    def note(b: Block) -> str:
        h = f'<h3 class="ticker-item__title">{e(b.head)}</h3>' if b.head else ""
        return f'<div class="ticker-item"><time class="ticker-item__time" datetime="{b.ts}">{b.label}</time>{h}<p class="ticker-item__text">{e(b.paras[0])}</p></div>'

    inline = [
        fx.blotter(
            "Blaulicht Dresden",
            "de",
            [
                "Neustadt: Brand in Keller an der Louisenstraße, Bewohner evakuiert",
                "Gorbitz: Auto in Tiefgarage aufgebrochen",
                "Striesen: Fußgängerin an Ampel angefahren, leicht verletzt",
                "Pieschen: Graffiti-Sprayer auf frischer Tat ertappt",
            ],
        ),
        fx.of_the_day(
            "Wort des Tages",
            [
                "„Ausgemährt“ heißt auf Sächsisch so viel wie: Jetzt ist aber Schluss mit dem Trödeln.",
                "„Nu glar“ sagt der Sachse, wenn er etwas für völlig selbstverständlich hält.",
            ],
        ),
        fx.reader_map(
            "Auf unserer Leserkarte haben Dresdner bisher {n} dunkle Straßen und Geschäfte gemeldet.",
            "de",
        ),
        fx.service_changes(
            "Service-Hinweise",
            [
                "Bürgerbüro Altstadt: Am Montag erst ab 10 Uhr geöffnet.",
                "Sperrmüll: Die Abholtermine in Cotta verschieben sich um einen Tag.",
                "Schwimmhalle Freiberger Platz: Sauna bleibt am Montag geschlossen.",
            ],
        ),
        fx.promo(
            [
                "Sie sind gerade auf dem Altmarkt? Schicken Sie uns Ihre Fotos und Beobachtungen per WhatsApp an die Redaktion.",
                "Mit Sächsische.de Plus lesen Sie alle Berichte aus Dresden und der Region. Jetzt einen Monat gratis testen.",
            ],
            head="In eigener Sache",
        ),
        fx.ad(
            "Anzeige",
            [
                "Dresdner Christstollen direkt vom Bäckermeister – jetzt online vorbestellen.",
                "Semperoper: Restkarten für den Nussknacker ab 19 Euro.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "Meistgelesen",
            [
                "Neue Elbbrücke: Stadtrat stimmt für Entwurf",
                "Dynamo Dresden gewinnt Derby in Aue",
                "Warum die Mieten in Pieschen so stark steigen",
                "Frauenkirche: Adventskonzert ausverkauft",
                "Bäckerei in Löbtau hört nach 90 Jahren auf",
                "Radweg an der Königsbrücker Straße kommt später",
                "Zoo Dresden freut sich über Nachwuchs bei den Erdmännchen",
            ],
        )
    ]
    return Site(
        slug="saechsische-ticker-dresden-striezelmarkt-stromausfall",
        publisher="Sächsische Zeitung",
        lang="de",
        kind="live",
        offset=OFF,
        domain="www.saechsische.de",
        title="Stromausfall auf dem Dresdner Striezelmarkt: Markt geräumt – der Ticker zum Nachlesen",
        dek="Ein beschädigtes Kabel legt den Altmarkt lahm.",
        byline="Von Franziska Löbel und Marco Heinze",
        published=datetime(2026, 12, 6, 17, 20),
        body=[
            "Am zweiten Adventssonntag ist auf dem Striezelmarkt in Dresden am frühen Abend der Strom ausgefallen. Tausende Besucher standen im Dunkeln.",
            "Hier lesen Sie die Ereignisse des Abends in der Reihenfolge, in der sie geschehen sind.",
        ],
        blocks=blocks,
        genuine=genuine,
        order="b0 b1 b2 b3 b4 b5",
        order6="b0 b1 b2 b3 b4 b5 g",
        para=lambda t: f'<p class="{pc}">{e(t)}</p>',
        note=note,
        header_line=lambda f6: f"Aktualisiert: 06.12.2026, {'23:52' if f6 else '21:52'} Uhr",
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=0,
        hi_pad=1,
        entry=lambda h, t: (
            f'<div class="ticker-item ticker-item--promo">{f"<h3 class=ticker-item__title>{e(h)}</h3>" if h else ""}<p class="ticker-item__text">{e(t)}</p></div>'
        ),
        pc=pc,
        nav=["Dresden", "Sachsen", "Politik", "Dynamo", "Wirtschaft", "Kultur", "Freizeit"],
        cls={"intro": "ticker-intro", "feed": "ticker-list", "dek": "article-lead"},
        ld_type="LiveBlogPosting",
        modified=stamp("21:52", OFF),
        modified6=stamp("23:52", OFF),
    )


def sites(Site):
    return [badische(Site), hna(Site), saechsische(Site)]
