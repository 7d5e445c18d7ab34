"""The German pages: OÖNachrichten (AT), Luzerner Zeitung (CH) and WESER-KURIER (DE)."""

from __future__ import annotations

from datetime import timedelta

import fx
from kit import Block, Ctx, Site, at, attr, esc, ld_article, live, note, shell, shuffled, weave

# =============================================================================================
# OÖNachrichten: live ticker in schema.org microdata, newest first (+01:00)


def nachrichten() -> Site:
    slug = "nachrichten-ticker-linz-a7-bindermichl-lkw-brand"
    off = 1
    url = "https://www.nachrichten.at/oberoesterreich/linz/liveticker-lkw-brand-tunnel-bindermichl;art66,4012877"
    title = "Liveticker: Lkw-Brand im Tunnel Bindermichl – A7 in Linz gesperrt"
    deck = "Ein mit Papierrollen beladener Sattelschlepper stand in der Oströhre in Vollbrand. In der ganzen Stadt staut sich der Verkehr."
    published = at(off, 19, 2)
    intro = [
        "Im Tunnel Bindermichl der Mühlkreisautobahn (A7) in Linz ist am Sonntagabend ein "
        "Sattelschlepper in Brand geraten. Die Autobahn ist seither zwischen dem Knoten Linz und der "
        "Abfahrt Wiener Straße in beiden Richtungen gesperrt.",
        "Feuerwehr, Polizei und Asfinag sind mit einem Großaufgebot im Einsatz. Wir halten Sie in "
        "diesem Ticker auf dem Laufenden.",
    ]
    entries = [
        live(
            at(off, 22, 46),
            "22:46",
            "Bergung des Lkw beginnt",
            "Ein Spezialkran der Berufsfeuerwehr Linz ist im Tunnel eingetroffen. Das ausgebrannte Wrack "
            "soll in den kommenden Stunden in Richtung Süden herausgezogen werden.",
        ),
        live(
            at(off, 21, 58),
            "21:58",
            "Tunneldecke wird untersucht",
            "Sachverständige der Asfinag prüfen, ob die Hitze die Betonschale der Tunneldecke beschädigt "
            "hat. Erst danach kann über eine Freigabe entschieden werden.",
        ),
        live(
            at(off, 21, 12),
            "21:12",
            "Umleitung über die Westbrücke",
            "Der Verkehr wird über die Westbrücke und die Wiener Straße umgeleitet. Auf der "
            "Umleitungsstrecke staut es sich laut Polizei auf rund drei Kilometern.",
        ),
        live(
            at(off, 20, 31),
            "20:31",
            None,
            "Der Lenker des Sattelschleppers, ein 47-jähriger Mann aus dem Bezirk Perg, konnte sich selbst "
            "aus dem Tunnel retten. Er wurde mit einer leichten Rauchgasvergiftung ins Kepler "
            "Universitätsklinikum gebracht.",
        ),
        live(
            at(off, 19, 40),
            "19:40",
            "Brand gelöscht",
            "Die Feuerwehr meldet „Brand aus“. Die Belüftungsanlage des Tunnels läuft weiter auf voller "
            "Leistung, um den Rauch abzusaugen.",
        ),
        live(
            at(off, 19, 5),
            "19:05",
            "Großeinsatz im Tunnel Bindermichl",
            "Kurz vor 18.45 Uhr ging der Notruf ein: Ein mit Papierrollen beladener Sattelschlepper stand "
            "in der Oströhre in Vollbrand. Neun Feuerwehren rückten aus.",
        ),
    ]
    genuine = live(
        at(off, 23, 53),
        "23:53",
        "Oströhre bleibt bis Dienstag gesperrt",
        "Die Asfinag rechnet damit, dass die Oströhre wegen der Schäden an der Tunnelschale bis "
        "mindestens Dienstag gesperrt bleibt. Die Weströhre soll noch in der Nacht freigegeben werden.",
    )
    ads = [
        (
            "Winterreifen-Check gratis",
            "Bei Ihrem Reifenfachhändler in Linz-Urfahr bekommen Sie bis Jahresende einen kostenlosen Check Ihrer Winterreifen.",
        ),
        (
            "Adventzauber am Pöstlingberg",
            "Mit der Pöstlingbergbahn zum Adventmarkt: Am Wochenende fahren die Züge im Viertelstundentakt.",
        ),
    ]
    related = [
        "Neue Straßenbahn nach Traun: Baustart im kommenden Frühjahr",
        "Welser Adventmarkt meldet Besucherrekord am ersten Wochenende",
        "Hallenbad Ebelsberg bleibt wegen Wasserschadens bis Februar zu",
    ]
    ots = [
        (at(off, 21, 48), "Linz AG: Eislaufplatz im Volksgarten am Montag ab 9 Uhr geöffnet"),
        (at(off, 22, 7), "Land OÖ: Neue Förderung für Photovoltaik auf Stalldächern"),
        (at(off, 22, 31), "Ars Electronica Center: Sonderöffnung am 8. Dezember"),
        (at(off, 22, 52), "Arbeiterkammer OÖ: Heizkostenzuschuss bis Ende Februar beantragen"),
        (at(off, 23, 6), "Stadt Steyr: Christkindlpostamt verlängert die Öffnungszeiten"),
        (at(off, 23, 24), "Tourismusverband Mühlviertel: Loipen am Sternstein gespurt"),
        (at(off, 23, 38), "Brucknerhaus: Zusatzkonzert am Silvesterabend"),
        (at(off, 23, 49), "Wirtschaftskammer OÖ: Umfrage zum Weihnachtsgeschäft"),
        (at(off, 23, 58), "Diözese Linz: Rorate-Messen im Mariendom ab Montag"),
    ]
    sewage = [
        "SARS-CoV-2 im Abwasser: gegenüber der Vorwoche um 8 Prozent gestiegen (aktualisiert am Freitag)",
        "Influenza A im Abwasser: deutlich steigend (aktualisiert am Freitag)",
        "RSV im Abwasser: gleichbleibend auf niedrigem Niveau (aktualisiert am Freitag)",
    ]
    duty = [
        "Ärztenotdienst Linz: Telefon 141, rund um die Uhr erreichbar",
        "Tierärztlicher Notdienst Linz-Land: Dr. Gerlinde Aigner, Traun, bis Montag 7 Uhr",
        "Zahnärztlicher Notdienst: Dr. Markus Wiesinger, Linz-Urfahr, Montag ab 8 Uhr",
    ]
    most_read = [
        "Linzer Christkindlmarkt: Glühweinpreise im Vergleich",
        "Neues Einkaufszentrum in Leonding: Eröffnung im März fix",
        "Steyr: Pensionist bei Trickbetrug um 40.000 Euro gebracht",
        "Black Wings Linz feiern dritten Sieg in Folge",
        "Welche Skigebiete in Oberösterreich schon offen haben",
        "Grüner Markt in Urfahr zieht um: die neuen Standorte",
        "Gmunden: Traunsee-Schiff fährt erstmals im Winter",
        "Bezirk Vöcklabruck: Neue Hausarztpraxis in Attnang",
    ]
    side_ads = [
        "Jetzt Heizungstausch fördern lassen: Beratung bei Ihrem Installateur in Wels.",
        "Thermenwochenende in Bad Schallerbach: zwei Nächte ab 199 Euro pro Person.",
        "Weihnachtsgeschenke aus der Region: Genussbox mit Mühlviertler Spezialitäten.",
    ]
    power = {23: "9,12", 0: "8,47"}

    def post(block: Block) -> str:
        assert block.when is not None
        title_html = (
            f'<h3 class="tickerpost__title" itemprop="headline">{esc(block.headline)}</h3>'
            if block.headline
            else ""
        )
        paras = "".join(f"<p>{esc(t)}</p>" for t in block.text)
        return (
            f'<div class="tickerpost" id="tp-{fx.hash_of(block.whole()) % 900000 + 100000}" itemprop="liveBlogUpdate" '
            'itemscope itemtype="https://schema.org/BlogPosting">'
            f'<div class="tickerpost__meta"><time itemprop="datePublished" datetime="{block.when.isoformat()}">'
            f"{esc(block.label or '')}</time></div>{title_html}"
            f'<div class="tickerpost__text" itemprop="articleBody">{paras}</div></div>'
        )

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        blocks = ([genuine] if ctx.genuine else []) + entries
        inserts: list[str] = []
        if ctx.chance(0.7):
            ctx.kind("promo or ad in the markup of the notes or entries")
            head, text = rng.choice(ads)
            inserts.append(
                '<div class="tickerpost tickerpost--ad"><div class="tickerpost__meta"><span>Anzeige</span></div>'
                f'<h3 class="tickerpost__title">{ctx.furn(head)}</h3><div class="tickerpost__text"><p>{ctx.furn(text)}</p></div></div>'
            )
        if ctx.chance(0.6):
            ctx.kind("other stories' teasers in the entry markup")
            inserts.append(
                '<div class="tickerpost tickerpost--teaser"><div class="tickerpost__meta"><span>Lesen Sie auch</span></div>'
                f'<h3 class="tickerpost__title"><a href="/oberoesterreich/art{rng.randint(100, 999)}">{ctx.furn(rng.choice(related))}</a></h3></div>'
            )
        shown = fx.clocked(ctx, ots, 3)
        if ctx.chance(0.75):
            ctx.kind("press-release wire feed with clock times")
            rows = "".join(f"<li>{ctx.furn(f'{fx.hm(t)} Uhr – {text}')}</li>" for t, text in shown)
            inserts.append(
                f'<aside class="ots-box"><h4>Presseaussendungen (APA-OTS)</h4><ul>{rows}</ul></aside>'
            )
        if ctx.chance(0.65):
            ctx.kind("energy indicators (gas storage, hourly power price)")
            hour = ctx.now.hour
            inserts.append(
                '<aside class="energy"><h4>Energie-Monitor</h4>'
                f"<p>{ctx.furn('Gasspeicher Österreich: Füllstand 81,3 % (Stand 5. Dezember)')}</p>"
                f"<p>{ctx.furn(f'Strompreis Day-Ahead für {hour}–{(hour + 1) % 24} Uhr: {power[hour]} ct/kWh')}</p></aside>"
            )
        if ctx.chance(0.55):
            ctx.kind("wastewater and flu monitoring")
            rows = "".join(f"<p>{ctx.furn(s)}</p>" for s in ctx.pick(sewage, rng.randint(1, 2)))
            inserts.append(
                f'<aside class="sewage"><h4>Abwassermonitoring Oberösterreich</h4>{rows}</aside>'
            )
        if ctx.chance(0.6):
            ctx.kind("chart with its own 'last updated' stamp")
            stamp = fx.floor(ctx.now - timedelta(minutes=10), 20)
            inserts.append(
                '<figure class="infografik"><div class="infografik__frame"></div><figcaption>'
                f"<p>{ctx.furn('Schneehöhen an den Messstellen in Oberösterreich')}</p>"
                f"<p>{ctx.furn(f'Grafik: OÖN · Quelle: GeoSphere Austria · aktualisiert um {fx.hm(stamp)} Uhr')}</p>"
                "</figcaption></figure>"
            )
        if ctx.chance(0.5):
            ctx.kind("services on duty (doctor, vet, dentist)")
            rows = "".join(f"<li>{ctx.furn(s)}</li>" for s in ctx.pick(duty, 2))
            inserts.append(f'<aside class="notdienst"><h4>Notdienste</h4><ul>{rows}</ul></aside>')
        feed = weave(rng, [post(b) for b in blocks], shuffled(rng, inserts))
        consent = fx.consent(
            ctx,
            "cmp-layer",
            "nachrichten.at und seine Partner speichern Informationen auf Ihrem Gerät, um Inhalte und "
            "Werbung zu personalisieren und die Nutzung der Website auszuwerten.",
            ["Alle akzeptieren", "Einstellungen"],
        )
        modified = blocks[0].when
        assert modified is not None
        side = fx.ranked(
            ctx, "top-articles", "Meistgelesen", most_read, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "adbox", "Anzeige", side_ads)
        body = f"""<header class="oon-header"><a class="oon-logo" href="/">OÖNachrichten</a>
<nav><a href="/oberoesterreich/">Oberösterreich</a><a href="/oberoesterreich/linz/">Linz</a><a href="/politik/">Politik</a><a href="/wirtschaft/">Wirtschaft</a><a href="/sport/">Sport</a><a href="/kultur/">Kultur</a></nav></header>
{consent}
<main class="oon-main">
<article class="article article--ticker">
<div class="article__head"><p class="article__kicker">Liveticker</p><h1 class="article__title">{esc(title)}</h1>
<p class="article__lead">{esc(deck)}</p>
<div class="article__meta"><span class="author">Von Lukas Hinterberger</span><span class="date">06. Dezember 2026, {fx.hm(published)} Uhr · aktualisiert {fx.hm(modified)} Uhr</span></div></div>
<div class="ticker-lead">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
<div class="ticker" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="headline" content="{attr(title)}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
{feed}
</div>
</article>
<aside class="oon-aside">{side}</aside>
</main>
<footer class="oon-footer"><p>© OÖN Redaktion und Wimmer Medien 2026. Alle Rechte vorbehalten.</p><nav><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a></nav></footer>"""
        lds = [
            ld_article(
                kind="NewsArticle",
                headline=title,
                description=deck,
                url=url,
                published=published,
                modified=modified,
                authors=["Lukas Hinterberger"],
                publisher="OÖNachrichten",
                home="https://www.nachrichten.at/",
                lang="de-AT",
            )
        ]
        page = shell(
            ctx,
            lang="de-AT",
            title=f"{title} | Nachrichten.at",
            description=deck,
            canonical=url,
            prefix="oon",
            jsonld=lds,
            body=body,
            edge="vie",
            body_class="page-article",
        )
        return page, modified.isoformat()

    return Site(slug, "OÖNachrichten", "de", "live", off, intro, entries, genuine, render)


# =============================================================================================
# Luzerner Zeitung: disclosure at the top, dated notes at the bottom, oldest first (+01:00)


def luzernerzeitung() -> Site:
    slug = "luzernerzeitung-vierwaldstaettersee-kursschiff-treibt-vor-weggis"
    off = 1
    url = "https://www.luzernerzeitung.ch/zentralschweiz/luzern/kursschiff-treibt-manoevrierunfaehig-vor-weggis-ld.2871406"
    title = "Kursschiff treibt manövrierunfähig vor Weggis – 183 Passagiere steigen um"
    deck = "Auf dem Vierwaldstättersee ist ein Motorschiff nach einem Defekt an der Steuerung abgetrieben. Verletzt wurde niemand."
    published = at(off, 17, 42)
    body = [
        "Auf dem Vierwaldstättersee ist am Sonntagnachmittag ein Kursschiff mit 183 Passagieren an Bord "
        "manövrierunfähig geworden. Das Motorschiff «Rigiblick» trieb nach einem Ausfall der Steuerung "
        "rund 400 Meter vor der Schiffstation Weggis.",
        "Die Seepolizei Luzern und ein zweites Kursschiff waren nach wenigen Minuten vor Ort. Verletzt "
        "wurde nach Angaben der Luzerner Polizei niemand.",
        "Die Passagiere, darunter viele Familien auf dem Rückweg vom Samichlausmarkt in Weggis, stiegen "
        "über eine Gangway auf das Ersatzschiff um und wurden nach Luzern gefahren.",
        "«Wir haben ein Knacken gehört, dann drehte sich das Schiff plötzlich quer zum Wind», sagte eine "
        "Passagierin aus Kriens. Die Stimmung an Bord sei aber ruhig geblieben.",
        "Die Schifffahrtsgesellschaft spricht von einem technischen Defekt an der hydraulischen "
        "Ruderanlage. Das Schiff war erst im vergangenen Frühjahr revidiert worden.",
        "Am Abend wurde die «Rigiblick» von einem Arbeitsschiff in die Werft nach Luzern geschleppt. Der "
        "Kursbetrieb auf dem See läuft am Montag nach Fahrplan.",
    ]
    disclosure = note(
        "editors_note",
        "Offenlegung",
        None,
        "Der Autor dieses Artikels war als Passagier an Bord der «Rigiblick». Die Angaben der Behörden "
        "und der Schifffahrtsgesellschaft hat die Redaktion unabhängig überprüft.",
    )
    notes = [
        note(
            "update",
            "Nachtrag vom 6. Dezember 2026, 18.50 Uhr",
            at(off, 18, 50),
            "Die Luzerner Polizei bestätigt, dass alle Passagiere und die fünf Besatzungsmitglieder "
            "wohlbehalten in Luzern angekommen sind.",
        ),
        note(
            "update",
            "Nachtrag vom 6. Dezember 2026, 21.15 Uhr",
            at(off, 21, 15),
            "Die Schweizerische Sicherheitsuntersuchungsstelle (Sust) hat ein Vorverfahren eröffnet. Zwei "
            "Fachleute sollen das Schiff am Montag in der Werft begutachten.",
        ),
    ]
    genuine = note(
        "update",
        "Nachtrag vom 6. Dezember 2026, 23.52 Uhr",
        at(off, 23, 52),
        "Die Schifffahrtsgesellschaft nimmt vorsorglich auch das baugleiche Schwesterschiff «Pilatusblick» "
        "aus dem Verkehr, bis dessen Ruderanlage geprüft ist. Betroffen sind drei Kurse am Montagvormittag.",
    )
    votes = [
        "Stadt Luzern, Neugestaltung Bahnhofplatz: 57,9 % Ja – angenommen",
        "Kanton Luzern, Revision des Steuergesetzes: 46,2 % Ja – abgelehnt",
        "Kriens, Sanierung des Hallenbads: 71,4 % Ja – angenommen",
        "Emmen, Revision der Ortsplanung: 52,3 % Ja – angenommen",
        "Stimmbeteiligung im Kanton Luzern: 44,8 %",
    ]
    alerts = [
        (
            at(off, 20, 14),
            "Kanton Nidwalden · Information: Die Strasse auf den Bürgenstock ist wegen Eisglätte gesperrt.",
        ),
        (
            at(off, 21, 37),
            "Kanton Luzern · Information: Die Trinkwasserversorgung in Meggen ist wiederhergestellt.",
        ),
        (
            at(off, 22, 48),
            "Kanton Schwyz · Information: Die Eisflächen auf dem Lauerzersee nicht betreten.",
        ),
        (
            at(off, 23, 21),
            "Kanton Uri · Information: Im Urserental herrscht erhebliche Lawinengefahr.",
        ),
        (
            at(off, 23, 44),
            "Kanton Obwalden · Information: Der Stromunterbruch in Sachseln ist behoben.",
        ),
    ]
    health = [
        "Grippeähnliche Erkrankungen: 61 Arztkonsultationen pro 100 000 Einwohner (Sentinella, aktualisiert am Freitag)",
        "Abwasser der ARA Luzern: Influenza-Viruslast steigend (aktualisiert am Donnerstag)",
    ]
    pushes = [
        "Aktivieren Sie in unserer App die Mitteilungen für die Region Luzern, dann verpassen Sie keine wichtige Meldung.",
        "Mit unserem Newsletter «Zentralschweiz am Morgen» sind Sie jeden Tag ab 6 Uhr informiert.",
    ]
    most_read = [
        "Neue Buslinie zwischen Horw und Kriens ab Fahrplanwechsel",
        "FC Luzern holt Punkt in St. Gallen",
        "Zuger Regierung will Steuern erneut senken",
        "Kantonsspital Luzern: Neubau verzögert sich um zwei Jahre",
        "Weihnachtsmarkt auf dem Franziskanerplatz: Das ist neu",
        "Stanser Dorfplatz wird autofrei",
        "Sursee: Altstadt-Beizen spannen zusammen",
        "EV Zug gewinnt Spitzenspiel gegen Davos",
    ]
    side_ads = [
        "Ihre neue Küche aus der Region: Ausstellung in Ebikon jetzt auch sonntags offen.",
        "Winterferien im Engadin: 20 Prozent Rabatt für Frühbucher bis Ende Dezember.",
        "Hörgeräte zum Ausprobieren: 30 Tage kostenlos in Ihrem Fachgeschäft in Luzern.",
    ]

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        tail = [*notes, genuine] if ctx.genuine else list(notes)
        segments = [
            f'<p class="text"><em>{esc(disclosure.label or "")}: {esc(disclosure.text[0])}</em></p>'
        ]
        segments += [f'<p class="text">{esc(p)}</p>' for p in body]
        segments += [
            f'<p class="text"><strong>{esc(b.label or "")}:</strong> {esc(b.text[0])}</p>'
            for b in tail
        ]
        inserts: list[str] = []
        if ctx.chance(0.7):
            ctx.kind("vote results box")
            rows = "".join(f"<li>{ctx.furn(r)}</li>" for r in ctx.pick(votes, rng.randint(2, 3)))
            inserts.append(
                '<aside class="votes"><h4>Abstimmungssonntag: die Resultate</h4>'
                f"<ul>{rows}</ul><p>{ctx.furn('Schlussresultate der Gemeinden, Stand 17.35 Uhr')}</p></aside>"
            )
        shown = fx.clocked(ctx, alerts, 2)
        if ctx.chance(0.7):
            ctx.kind("official alert feed with clock times")
            rows = "".join(f"<li>{ctx.furn(f'{fx.dot(t)} Uhr · {text}')}</li>" for t, text in shown)
            inserts.append(f'<aside class="alertswiss"><h4>Alertswiss</h4><ul>{rows}</ul></aside>')
        if ctx.chance(0.5):
            ctx.kind("wastewater and flu monitoring")
            inserts.append(
                f'<aside class="health"><h4>Gesundheit</h4><p>{ctx.furn(rng.choice(health))}</p></aside>'
            )
        if ctx.chance(0.75):
            ctx.kind("promo or ad in the markup of the notes or entries")
            inserts.append(
                f'<p class="text"><strong>Push-Mitteilungen:</strong> {ctx.furn(rng.choice(pushes))}</p>'
            )
        if ctx.chance(0.5):
            ctx.kind("comment-moderation notice with a reopening time")
            inserts.append(
                f'<div class="comments-closed"><p>{ctx.furn("Die Kommentarfunktion ist über Nacht geschlossen und ab 6 Uhr wieder offen.")}</p></div>'
            )
        if ctx.chance(0.55):
            ctx.kind("teaser with an AI-translation note")
            inserts.append(
                '<aside class="teaser-translated"><p class="teaser-translated__kicker">Aus der Romandie</p>'
                f"<h4>{ctx.furn('Lausanne legt das Projekt für eine zweite Metrolinie auf Eis')}</h4>"
                f"<p>{ctx.furn('Dieser Artikel wurde mit Unterstützung von KI aus dem Französischen übersetzt.')}</p></aside>"
            )
        article_body = weave(rng, segments, shuffled(rng, inserts))
        h, m = fx.left_today(ctx.now)
        offer = ""
        if ctx.chance(0.65):
            ctx.kind("subscription offer with a countdown")
            offer = f'<div class="abo-teaser"><p>{ctx.furn(f"Adventsaktion: 3 Monate digital für 3 Franken – endet in {h} Std. {m} Min.")}</p></div>'
        consent = fx.consent(
            ctx,
            "consent-banner",
            "Mit Ihrer Zustimmung nutzen CH Media und ausgewählte Partner Cookies, um Ihnen "
            "personalisierte Inhalte und Werbung anzuzeigen.",
            ["Zustimmen", "Anpassen"],
        )
        modified = tail[-1].when
        assert modified is not None
        side = fx.ranked(
            ctx, "most-read", "Meistgelesen", most_read, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "ad", "Anzeige", side_ads)
        page_body = f"""<header class="lz-header"><a class="lz-logo" href="/">Luzerner Zeitung</a>
<nav><a href="/zentralschweiz/">Zentralschweiz</a><a href="/schweiz/">Schweiz</a><a href="/international/">International</a><a href="/wirtschaft/">Wirtschaft</a><a href="/sport/">Sport</a><a href="/kultur/">Kultur</a></nav></header>
{consent}
<main>
<article class="article">
<header class="article-header"><p class="kicker">Vierwaldstättersee</p><h1 class="headline">{esc(title)}</h1>
<p class="article-lead">{esc(deck)}</p>
<div class="article-meta"><span class="author">Roman Baumeler</span><time>06.12.2026, {fx.dot(published)} Uhr</time><span class="modified">Aktualisiert 06.12.2026, {fx.dot(modified)} Uhr</span></div></header>
<figure class="hero"><img src="/img/rigiblick.jpg" alt=""><figcaption>Die «Rigiblick» vor Weggis am Sonntagnachmittag. Bild: Leserreporter</figcaption></figure>
{offer}
<div class="article-body">
{article_body}
</div>
</article>
<aside class="rail">{side}</aside>
</main>
<footer class="lz-footer"><p>Copyright © Luzerner Zeitung. Alle Rechte vorbehalten. Eine Weiterverarbeitung ist nur mit Zustimmung gestattet.</p></footer>"""
        lds = [
            ld_article(
                kind="NewsArticle",
                headline=title,
                description=deck,
                url=url,
                published=published,
                modified=modified,
                authors=["Roman Baumeler"],
                publisher="Luzerner Zeitung",
                home="https://www.luzernerzeitung.ch/",
                lang="de-CH",
            )
        ]
        page = shell(
            ctx,
            lang="de-CH",
            title=f"{title} | Luzerner Zeitung",
            description=deck,
            canonical=url,
            prefix="lz",
            jsonld=lds,
            body=page_body,
            edge="zrh",
            body_class="article-detail",
        )
        return page, modified.isoformat()

    return Site(
        slug, "Luzerner Zeitung", "de", "updates", off, body, [disclosure, *notes], genuine, render
    )


# =============================================================================================
# WESER-KURIER: "+++ Update +++" headings mid-story, newest first; correction at the bottom


def weserkurier() -> Site:
    slug = "weserkurier-bremen-gasleck-schlachte-evakuierung"
    off = 1
    url = "https://www.weser-kurier.de/bremen/stadtteile/gasleck-an-der-schlachte-doc7x9k2mp1"
    title = "Gasleck an der Schlachte: Teile der Bremer Altstadt geräumt"
    deck = "Bei Bauarbeiten wurde eine Gasleitung beschädigt. Rund 120 Menschen mussten ihre Wohnungen verlassen."
    published = at(off, 18, 21)
    body = [
        "Bremen. Wegen eines Gaslecks an der Schlachte haben Feuerwehr und Polizei am Sonntagabend "
        "mehrere Häuser in der Bremer Altstadt geräumt. Rund 120 Anwohnerinnen und Anwohner mussten "
        "ihre Wohnungen verlassen.",
        "Bauarbeiter hatten nach Angaben der Feuerwehr gegen 17.30 Uhr an einer Baugrube eine "
        "Gasleitung beschädigt. Passanten bemerkten starken Gasgeruch und wählten den Notruf.",
        "Die Einsatzkräfte sperrten den Bereich zwischen der Martinikirche und der "
        "Bürgermeister-Smidt-Brücke weiträumig ab. Auch mehrere Lokale an der Weserpromenade wurden "
        "geräumt.",
        "Für die Betroffenen richtete die Stadt in einer Schule am Leibnizplatz eine Anlaufstelle ein. "
        "Dort wurden warme Getränke und Decken verteilt.",
        "Techniker des Netzbetreibers arbeiten daran, die Leitung abzudichten. Wie lange das dauert, war "
        "am Abend zunächst unklar.",
        "Die Straßenbahnlinien 2 und 3 wurden zwischen Domsheide und Am Brill umgeleitet.",
    ]
    notes = [
        note(
            "update",
            "Update, 21.35 Uhr",
            at(off, 21, 35),
            "Die Gasleitung ist nach Angaben des Netzbetreibers provisorisch abgedichtet. Messungen in "
            "den umliegenden Kellern ergaben keine erhöhten Werte mehr.",
        ),
        note(
            "update",
            "Update, 20.10 Uhr",
            at(off, 20, 10),
            "Die Polizei hat die Sperrung auf die Langenstraße ausgeweitet. Anwohner werden gebeten, "
            "Fenster und Türen geschlossen zu halten.",
        ),
    ]
    correction = note(
        "correction",
        "Korrektur",
        None,
        "In einer früheren Fassung dieses Artikels hieß es, die Leitung sei bei Arbeiten für die "
        "Straßenbahn beschädigt worden. Tatsächlich handelt es sich um eine private Baustelle.",
    )
    genuine = note(
        "update",
        "Update, 23.53 Uhr",
        at(off, 23, 53),
        "Die Feuerwehr hat die Sperrung aufgehoben. Alle Bewohnerinnen und Bewohner dürfen in ihre "
        "Wohnungen zurück, die Straßenbahnen fahren wieder auf ihren gewohnten Wegen.",
    )
    checks = [
        (
            "Behauptung: Bremen verdoppelt 2027 die Parkgebühren in der Innenstadt.",
            "Bewertung: Falsch. Der Senat hat eine Erhöhung um 50 Cent pro Stunde beschlossen. Aktualisiert 18.20 Uhr",
        ),
        (
            "Behauptung: Ein Video zeigt die Explosion einer Gasleitung in Walle.",
            "Bewertung: Falsch. Die Aufnahme stammt von einer Übung in Polen aus dem Jahr 2021. Aktualisiert 20.05 Uhr",
        ),
        (
            "Behauptung: Die BSAG stellt ab Januar alle Nachtlinien ein.",
            "Bewertung: Irreführend. Nur eine Nachtlinie fährt am Wochenende seltener. Aktualisiert 14.40 Uhr",
        ),
    ]
    recalls = [
        "Rückruf: Ein Hersteller aus Niedersachsen ruft Gläser mit Rotkohl zurück, weil sich darin Glassplitter befinden könnten.",
        "Rückruf: Ein Discounter ruft Lichterketten für draußen zurück, weil die Isolierung der Kabel beschädigt sein kann.",
        "Rückruf: Drogeriemärkte nehmen einen Hustensaft für Kinder aus dem Sortiment, weil die Dosierhilfe falsch beschriftet ist.",
    ]
    promos = [
        (
            "WK-Morgenpost",
            "Unser kostenloser Newsletter bringt Ihnen jeden Werktag um 6 Uhr die wichtigsten Nachrichten aus Bremen und der Region.",
        ),
        (
            "Eilmeldungen",
            "Mit der App des WESER-KURIER erfahren Sie als Erste, was in Bremen und umzu passiert.",
        ),
    ]
    digest = [
        "Werder: Der Trainer lobt die Moral nach dem späten Ausgleich in Mainz.",
        "Vegesack: Das Hallenbad öffnet nach der Sanierung schon im Februar.",
        "Bürgerschaft: Der Haushalt für 2027 soll am Mittwoch beschlossen werden.",
        "Bremerhaven: Das Klimahaus meldet einen Besucherrekord im November.",
        "Findorff: Der Wochenmarkt zieht im Januar auf den Jan-Reiners-Weg.",
    ]
    most_read = [
        "Neue Radpremiumroute durch die Neustadt: So verläuft sie",
        "Bremer Freimarkt 2027 beginnt eine Woche früher",
        "Werder-Profi fällt mit Muskelverletzung aus",
        "Warum die Bürgerweide-Parkplätze teurer werden",
        "Schnoor: Traditionscafé findet neue Pächter",
        "Überseestadt: Baustart für 140 Wohnungen am Europahafen",
        "Bremer Stadtmusikanten-Figur wird restauriert",
        "Diese Weihnachtsmärkte im Umland lohnen sich",
    ]
    side_ads = [
        "Ihre Küche vom Fachmann: Jetzt Beratungstermin in Stuhr vereinbaren.",
        "Winterreifen einlagern und wechseln lassen – Komplettpreis ab 49 Euro.",
        "Kreuzfahrt ab Bremerhaven: Frühbucherpreise für den Sommer sichern.",
    ]

    def pair(label: str, text: str, extra: str = "") -> str:
        return f'<h3 class="update-head{extra}">+++ {label} +++</h3><p class="text">{text}</p>'

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        top = ([genuine] if ctx.genuine else []) + notes
        segments = [f'<p class="text">{esc(p)}</p>' for p in body[:3]]
        segments += [pair(esc(b.label or ""), esc(b.text[0])) for b in top]
        segments += [f'<p class="text">{esc(p)}</p>' for p in body[3:]]
        segments.append(
            f'<p class="text"><em>{esc(correction.label or "")}: {esc(correction.text[0])}</em></p>'
        )
        inserts: list[str] = []
        if ctx.chance(0.7):
            ctx.kind("fact-check box about other claims, with an update time")
            claim, verdict = rng.choice(checks)
            inserts.append(
                f'<aside class="faktencheck"><h4>Faktencheck</h4><p>{ctx.furn(claim)}</p><p>{ctx.furn(verdict)}</p></aside>'
            )
        if ctx.chance(0.65):
            ctx.kind("product recall notices (full sentences)")
            inserts.append(
                f'<aside class="rueckruf"><h4>Verbraucher</h4><p>{ctx.furn(rng.choice(recalls))}</p></aside>'
            )
        if ctx.chance(0.75):
            ctx.kind("promo or ad in the markup of the notes or entries")
            label, text = rng.choice(promos)
            inserts.append(pair(esc(label), ctx.furn(text), " update-head--promo"))
        if ctx.chance(0.6):
            ctx.kind("AI digest of other stories with its generation time")
            stamp = fx.floor(ctx.now - timedelta(minutes=10), 30)
            rows = "".join(f"<li>{ctx.furn(r)}</li>" for r in ctx.pick(digest, 3))
            inserts.append(
                '<aside class="kompakt"><h4>Bremen kompakt</h4>'
                f"<p>{ctx.furn(f'Automatisch zusammengefasst um {fx.dot(stamp)} Uhr, von der Redaktion geprüft')}</p><ul>{rows}</ul></aside>"
            )
        if ctx.chance(0.5):
            ctx.kind("chart with its own 'last updated' stamp")
            inserts.append(
                '<figure class="grafik"><div class="grafik__frame"></div><figcaption>'
                f"<p>{ctx.furn('So haben sich die Angebotsmieten in den Bremer Stadtteilen entwickelt')}</p>"
                f"<p>{ctx.furn('Grafik: WESER-KURIER · Quelle: Immobilienportale · Stand: 1. Dezember 2026')}</p></figcaption></figure>"
            )
        if ctx.chance(0.5):
            ctx.kind("comment-moderation notice with a reopening time")
            inserts.append(
                f'<p class="comments-note">{ctx.furn("Die Kommentarfunktion ist zwischen 22 und 7 Uhr deaktiviert.")}</p>'
            )
        article_body = weave(rng, segments, shuffled(rng, inserts))
        consent = fx.consent(
            ctx,
            "privacy-layer",
            "Der WESER-KURIER und seine Partner nutzen Cookies und vergleichbare Techniken, um Inhalte und "
            "Anzeigen zu personalisieren.",
            ["Akzeptieren", "Ablehnen"],
        )
        modified = top[0].when
        assert modified is not None
        side = fx.ranked(
            ctx, "meistgelesen", "Meistgelesen", most_read, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "anzeige", "Anzeige", side_ads)
        page_body = f"""<header class="wk-header"><a class="wk-logo" href="/">WESER-KURIER</a>
<nav><a href="/bremen/">Bremen</a><a href="/region/">Region</a><a href="/werder/">Werder</a><a href="/deutschland-welt/">Deutschland &amp; Welt</a><a href="/kultur/">Kultur</a></nav></header>
{consent}
<main>
<article class="article">
<header><h1 class="article-title">{esc(title)}</h1><p class="article-teaser">{esc(deck)}</p>
<div class="article-meta"><span class="author">Von Jana Thielking</span><span class="date">06.12.2026, {fx.hm(published)} Uhr · Zuletzt aktualisiert: {fx.hm(modified)} Uhr</span></div></header>
<div class="article-content">
{article_body}
</div>
</article>
<aside class="sidebar">{side}</aside>
</main>
<footer class="wk-footer"><p>© WESER-KURIER Mediengruppe. Alle Rechte vorbehalten.</p><nav><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a></nav></footer>"""
        lds = [
            ld_article(
                kind="NewsArticle",
                headline=title,
                description=deck,
                url=url,
                published=published,
                modified=modified,
                authors=["Jana Thielking"],
                publisher="WESER-KURIER",
                home="https://www.weser-kurier.de/",
                lang="de-DE",
            )
        ]
        page = shell(
            ctx,
            lang="de",
            title=f"{title} | WESER-KURIER",
            description=deck,
            canonical=url,
            prefix="wk",
            jsonld=lds,
            body=page_body,
            edge="fra",
            body_class="article-page",
        )
        return page, modified.isoformat()

    return Site(
        slug, "WESER-KURIER", "de", "updates", off, body, [*notes, correction], genuine, render
    )


def sites() -> list[Site]:
    return [nachrichten(), luzernerzeitung(), weserkurier()]
