"""Italian-language publishers: La Provincia Pavese, Gazzetta del Sud, Libertà."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADVENT,
    APP,
    AUCTION,
    COMMENT,
    COUNTDOWN,
    DONATE,
    ER,
    FLIGHTS,
    HOMES,
    JOBS,
    RADIO,
    SKY,
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
    soon,
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
    live_posting,
    mega_nav,
    news_article,
    org,
    pick,
    shell,
    weave,
)

CET = 1
_IT_SUBS = [
    "Cronaca",
    "Viabilità",
    "Meteo",
    "Politica",
    "Scuola",
    "Salute",
    "Economia",
    "Cultura",
    "Tribunale",
    "Tempo libero",
    "Opinioni",
    "Necrologie",
]


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Servizi": ["Abbonamenti", "Edizione digitale", "Newsletter", "Contatti"],
            "Note legali": [
                "Privacy",
                "Cookie policy",
                "Condizioni d'uso",
                "Codice etico",
            ],
        },
        legal,
    )


def _dot(dt) -> str:
    return f"{dt.hour}.{dt.minute:02d}"


# ---------------------------------------------------------------------------------------------
# La Provincia Pavese (+01:00), updates: bold "Aggiornamento ore 19.10:" leads in the body class
# inside the story after paragraph 1, oldest first; "Articolo aggiornato …" at the top;
# "Precisazione:" at the bottom


def pavese(ctx: Ctx) -> Render:
    url = "https://laprovinciapavese.gelocal.it/pavia/cronaca/2026/12/06/news/vigevano-crolla-cornicione-piazza-ducale-mercatino-chiuso-1482207"
    headline = "Vigevano, crolla un cornicione in piazza Ducale: portici transennati e mercatino di Natale chiuso"
    published = at(CET, 6, 17, 35)
    cls = "ppv-article__text"
    body = [
        "VIGEVANO. Un pezzo di cornicione lungo circa due metri si è staccato domenica pomeriggio dalla facciata di un palazzo porticato di piazza Ducale ed è precipitato sotto i portici, a pochi metri dalle bancarelle del mercatino di Natale.",
        "Il crollo è avvenuto poco dopo le 16.30, quando la piazza era piena di famiglie. Nessuno è rimasto ferito, ma una donna è stata soccorsa dal 118 per un malore dovuto allo spavento.",
        "«Abbiamo sentito un boato e visto la polvere sotto i portici», racconta il titolare di un bar affacciato sulla piazza. «Per fortuna in quel punto non c'era nessuno seduto ai tavolini.»",
        "I vigili del fuoco di Vigevano e Pavia hanno transennato il lato nord della piazza e controllato con l'autoscala il resto della facciata, rimuovendo alcuni frammenti pericolanti.",
        "Il sindaco ha disposto la chiusura del mercatino di Natale fino a nuovo ordine e la sospensione delle visite alla torre del Bramante.",
        "Il palazzo, di proprietà privata, era stato oggetto di lavori di restauro della facciata nel 2019. La polizia locale ha avviato accertamenti sulla manutenzione.",
    ]
    notes = [
        Block(
            "update",
            "Aggiornamento ore 19.10",
            at(CET, 6, 19, 10),
            None,
            [
                "I tecnici del Comune hanno completato il sopralluogo: il resto della facciata non presenta rischi immediati, ma i portici restano chiusi al passaggio."
            ],
        ),
        Block(
            "update",
            "Aggiornamento ore 22.41",
            at(CET, 6, 22, 41),
            None,
            [
                "Il mercatino di Natale riaprirà lunedì alle 10, con le bancarelle spostate sul lato sud della piazza, lontano dal palazzo transennato."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aggiornamento ore 23.52",
        at(CET, 6, 23, 52),
        None,
        [
            "La procura di Pavia ha aperto un fascicolo per crollo colposo e ha disposto il sequestro del tratto di portico interessato."
        ],
    )
    touched = Block(
        "update",
        None,
        None,
        None,
        ["Articolo aggiornato con la decisione del sindaco sulla riapertura del mercatino."],
    )
    clar = Block(
        "clarification",
        "Precisazione",
        None,
        None,
        [
            "il mercatino chiuso è quello di piazza Ducale; le bancarelle di corso Vittorio Emanuele restano aperte con il consueto orario."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    touched.html = f'<p class="{cls}"><em>{e(touched.paras[0])}</em></p>'
    clar.html = f'<p class="{cls}"><em><strong>Precisazione:</strong> {e(clar.paras[0])}</em></p>'
    modified = shown[-1].ts or published

    sky = bp(
        cls,
        one(
            ctx,
            [
                "la Luna calante sorge alle 23.58 dietro il Castello Sforzesco; Giove è ben visibile a est già dalle 19.",
                f"la Stazione spaziale internazionale passa sopra la Lomellina alle 18.{ctx.rng.randint(10, 19)}, da ovest verso est, per circa cinque minuti.",
                "Saturno brilla basso a sud-ovest dopo il tramonto; dalla prossima settimana arrivano le Geminidi.",
            ],
        ),
        SKY,
        lead="Il cielo di stasera:",
    )
    words = [
        ("Cornicione", "la parte sporgente che corona la facciata di un edificio"),
        ("Portico", "spazio coperto aperto su un lato da archi o colonne"),
        ("Transenna", "sbarramento mobile che delimita un'area"),
        ("Pericolante", "che minaccia di cadere o di crollare"),
        ("Sopralluogo", "ispezione compiuta sul posto da tecnici o autorità"),
    ]
    w, m = ctx.rng.choice(words)
    word = bp(cls, f"«{w}» – {m}.", WORD, lead="La parola del giorno:")
    jobs = bl(
        "ppv-article__list",
        "",
        pick(
            ctx,
            [
                "Offerta di lavoro: addetto alla manutenzione di edifici, Vigevano, tempo pieno",
                "Offerta di lavoro: muratore specializzato in restauro di facciate, Lomellina",
                "Offerta di lavoro: commessa per negozio di calzature in centro a Vigevano",
                "Offerta di lavoro: geometra per studio tecnico a Mortara",
                "Offerta di lavoro: barista per locale sotto i portici, part time",
            ],
            3,
        ),
        JOBS,
    )
    app = bp(
        cls,
        f"Scarica l'app della Provincia Pavese: valutata 4,3 stelle da {num(drift(ctx, 1_214, 8), '.')} lettori.",
        APP,
    )
    home = bp(
        cls,
        one(
            ctx,
            [
                "Vigevano, trilocale in centro storico a due passi da piazza Ducale, 78 mq, 139.000 euro.",
                "Vigevano, bilocale ristrutturato con vista sul Castello, 55 mq, 98.000 euro.",
                "Mortara, villetta a schiera con giardino e box doppio, 120 mq, 189.000 euro.",
                "Gambolò, quadrilocale con terrazzo in palazzina recente, 104 mq, 154.000 euro.",
            ],
        ),
        HOMES,
        lead="Casa della settimana:",
    )

    donate = bp(
        cls,
        f"«Un Natale per tutti»: i lettori della Provincia Pavese hanno donato finora {num(rise(ctx, 21_340, 85, 40), '.')} euro alla Caritas della Lomellina.",
        DONATE,
    )

    units = (
        [touched.html]
        + [f'<p class="{cls}">{e(body[0])}</p>']
        + [b.html for b in shown]
        + [f'<p class="{cls}">{e(p)}</p>' for p in body[1:]]
        + [clar.html]
    )
    k = len(units)
    n_notes = len(shown)
    story = weave(
        ctx,
        units,
        [
            (sky, list(range(3, k + 1)), 0.8),
            (word, list(range(2, 3 + n_notes)), 0.85),
            (jobs, list(range(3 + n_notes, k)), 0.8),
            (app, [k], 0.7),
            (home, list(range(4 + n_notes, k)), 0.8),
            (donate, [2, k - 1, k], 0.75),
        ],
    )
    main = f"""<main class="ppv-main">
<article class="ppv-article" data-article-id="1482207">
<header class="ppv-article__header"><p class="ppv-article__occhiello">Vigevano</p>
<h1 class="ppv-article__title">{e(headline)}</h1>
<p class="ppv-article__summary">Paura tra le bancarelle, una donna soccorsa dal 118 per lo spavento.</p>
<div class="ppv-article__meta">Sara Colombo · 06 Dicembre 2026 alle 17:35 · aggiornato alle <time datetime="{modified.isoformat()}">{hm(modified)}</time></div>
<figure class="ppv-article__media"><img src="/image/contentid/policy:1.48220/vigevano-piazza-ducale.jpg" alt=""><figcaption>I portici transennati in piazza Ducale</figcaption></figure>
</header>
<div class="ppv-article__body">
{story}
</div>
{ad_slot("ppv-adv", "Pubblicità", "ppv_middle1")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - La Provincia Pavese",
        canonical=url,
        prefix="ppv",
        body_cls="ppv-page ppv-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Sara Colombo",
                    publisher=org("La Provincia Pavese", "https://laprovinciapavese.gelocal.it"),
                    lang="it-IT",
                    section="Cronaca",
                )
            )
        ],
        nav=mega_nav(
            "ppv",
            "La Provincia Pavese",
            "/",
            ["Pavia", "Vigevano", "Voghera", "Oltrepò", "Sport", "Tempo libero"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("ppv", "© 2026 La Provincia Pavese. Tutti i diritti riservati"),
    )
    return Render(html, body, [touched, *shown, clar], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Gazzetta del Sud (+01:00), live, newest first, <div> posts with a bold <b> "18.40" + <h3>; no
# live-blog markup at all (the JSON-LD is only a NewsArticle)


def gds(ctx: Ctx) -> Render:
    url = "https://gazzettadelsud.it/articoli/cronaca/2026/12/06/tromba-daria-su-messina-alberi-abbattuti-e-tetti-scoperchiati-la-diretta-4e1f7a2c/"
    headline = (
        "Tromba d'aria su Messina: alberi abbattuti e tetti scoperchiati nella zona sud. La diretta"
    )
    published = at(CET, 6, 18, 20)
    cls = "gds-p"
    body = [
        "Una tromba d'aria si è abbattuta domenica pomeriggio sulla zona sud di Messina, tra Contesse e Tremestieri, sradicando alberi e scoperchiando i tetti di alcune palazzine.",
        "La Protezione civile comunale ha attivato il centro operativo. Gli aggiornamenti, dal più recente.",
    ]
    specs = [
        (
            18,
            40,
            "Tetti scoperchiati a Contesse",
            "I vigili del fuoco sono intervenuti in via Consolare Valeria, dove la copertura in lamiera di un capannone è finita sulla strada. Nessun ferito.",
        ),
        (
            19,
            15,
            "Alberi caduti a Tremestieri",
            "Tre pini sono caduti sulla statale 114 all'altezza di Tremestieri. La polizia municipale ha chiuso la carreggiata in direzione Catania.",
        ),
        (
            19,
            50,
            None,
            "Il sindaco ha convocato il Centro operativo comunale e invita i cittadini a non uscire di casa se non per necessità fino a fine serata.",
        ),
        (
            20,
            35,
            "Traghetti fermi sullo Stretto",
            "Le corse delle navi dagli approdi di Tremestieri sono sospese per il vento forte. Regolari, ma con ritardi, le partenze dalla rada San Francesco.",
        ),
        (
            21,
            20,
            "Blackout in alcune zone",
            "Circa tremila utenze sono senza corrente tra Mili e Galati Marina. Le squadre di e-distribuzione sono al lavoro.",
        ),
        (
            22,
            45,
            "Scuole chiuse lunedì nella zona sud",
            "Il sindaco ha firmato l'ordinanza: lunedì restano chiuse le scuole dei quartieri tra Contesse e Galati per le verifiche sugli edifici.",
        ),
    ]
    entries = [
        Block("live_entry", _dot(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23.53",
        at(CET, 6, 23, 53),
        "Riaperta la statale 114 a Tremestieri",
        [
            "I vigili del fuoco hanno rimosso gli alberi caduti. La strada è di nuovo percorribile in entrambe le direzioni."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    for b in shown:
        hd = f'<h3 class="gds-live-post__tit">{e(b.head)}</h3>' if b.head else ""
        b.html = (
            f'<div class="gds-live-post"><p class="gds-live-post__ora"><b>{e(b.label or "")}</b></p>'
            f'{hd}<p class="{cls}">{e(b.paras[0])}</p></div>'
        )
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str, t: datetime | None = None) -> W:
        t = t or ctx.ago(1, 20)
        return W(
            f'<div class="gds-live-post"><p class="gds-live-post__ora"><b>{_dot(t)}</b></p>'
            f'<h3 class="gds-live-post__tit">{e(title)}</h3><p class="{cls}">{e(text)}</p></div>',
            [title, text],
            kind,
        )

    er = fake(
        one(ctx, ["Pronto soccorso, le attese", "Pronto soccorso in tempo reale"]),
        f"Policlinico Gaetano Martino: {drift(ctx, 27, 6)} pazienti in attesa; ospedale Papardo: {drift(ctx, 14, 4)}; Piemonte: {drift(ctx, 9, 3)}. Dati aggiornati alle {_dot(ctx.ago(1, 15))}.",
        ER,
    )
    flights = pick(
        ctx,
        [
            f"ITA AZ 1165 da Roma Fiumicino atterrato alle {_dot(ctx.ago(3, 35))}",
            f"Ryanair FR 4893 da Bergamo in arrivo alle {_dot(soon(ctx, 15, 50))}",
            f"Aeroitalia XZ 2104 da Milano Linate in ritardo, previsto alle {_dot(soon(ctx, 40, 90))}",
            f"ITA AZ 1161 da Roma Fiumicino atterrato alle {_dot(ctx.ago(20, 50))}",
        ],
        2,
    )
    board = fake("Voli in arrivo a Reggio Calabria", "; ".join(flights) + ".", FLIGHTS)
    radio = bp(
        cls,
        "In onda ora su Radio Stretto: "
        + one(
            ctx,
            [
                "Carmen Consoli – Amore di plastica",
                "Franco Battiato – La cura",
                "Colapesce e Dimartino – Musica leggerissima",
                "Mario Venuti – Fortuna",
                "Rosa Balistreri – Cu ti lu dissi",
            ],
        ),
        RADIO,
    )
    likes = rise(ctx, 58, 4, 3)
    comment = bp(
        cls,
        one(
            ctx,
            [
                f"«Ogni volta che arriva il maltempo a Tremestieri la statale diventa un fiume. Servono interventi veri.» – Peppe_ME · {likes} mi piace",
                f"«Grazie ai vigili del fuoco, stasera ovunque tra Contesse e Mili.» – Antonella1978 · {likes} mi piace",
                f"«A Galati Marina siamo ancora al buio, qualcuno sa quando torna la corrente?» – Nino_Galati · {likes} mi piace",
            ],
        ),
        COMMENT,
        lead="Il commento più votato:",
    )
    d, hrs, mins = xmas(ctx)
    countdown = bp(
        cls,
        f"Mancano {d} giorni, {pl(hrs, 'ora', 'ore')} e {pl(mins, 'minuto', 'minuti')} a Natale.",
        COUNTDOWN,
    )
    proverb = bp(
        cls,
        one(
            ctx,
            [
                "«Quannu lu suli si vesti di sacchi, acqua a catinazzi.» Quando il sole si copre di nubi, arriva la pioggia a catinelle.",
                "«Ventu di sciroccu, pani e vinu 'ntra lu saccu.» Con lo scirocco conviene restare a casa con le provviste.",
                "«Cu' havi pagghia, havi focu.» Chi ha paglia ha anche il fuoco: chi ha i mezzi se la cava.",
            ],
        ),
        WORD,
        lead="Il proverbio siciliano del giorno:",
    )
    app = bp(
        cls,
        f"Scarica l'app di Gazzetta del Sud per ricevere le allerte meteo: 4,2 stelle, {num(drift(ctx, 3_480, 15), '.')} recensioni.",
        APP,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(radio, [0, 1, 2], 0.8), (comment, [1, 2], 0.8), (app, [0, 2], 0.7)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (er, list(range(0, len(units) + 1)), 0.9),
            (board, list(range(1, len(units) + 1)), 0.85),
            (countdown, [0, len(units)], 0.8),
            (proverb, list(range(2, len(units) + 1)), 0.75),
        ],
    )
    main = f"""<main class="gds-main">
<article class="gds-article gds-article--diretta">
<header class="gds-article__header"><p class="gds-article__occhiello">Messina</p>
<h1 class="gds-article__titolo">{e(headline)}</h1>
<p class="gds-article__sommario">Vigili del fuoco in azione tra Contesse, Tremestieri e Galati. Attivato il Centro operativo comunale.</p>
<div class="gds-article__info">Redazione Messina · 06 Dicembre 2026 · Ultimo aggiornamento {hm(modified)}</div>
</header>
<div class="gds-live__intro">
{intro}
</div>
{ad_slot("gds-adv", "Pubblicità", "gds_box_1")}
<div class="gds-live">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} | Gazzetta del Sud",
        canonical=url,
        prefix="gds",
        body_cls="gds-page",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione Messina",
                    publisher=org("Gazzetta del Sud", "https://gazzettadelsud.it"),
                    lang="it-IT",
                    section="Cronaca",
                )
            )
        ],
        nav=mega_nav(
            "gds",
            "Gazzetta del Sud",
            "/",
            ["Messina", "Reggio", "Catanzaro", "Cosenza", "Sport", "Cultura"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("gds", "© 2026 Gazzetta del Sud - Società Editrice Sud S.p.A."),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Libertà (+01:00), live, newest first, <li> events with <time> "19:12" + <h3>; a standalone
# LiveBlogPosting


def liberta(ctx: Ctx) -> Render:
    url = "https://www.liberta.it/news/cronaca/2026/12/06/piacenza-valigia-sospetta-in-stazione-treni-fermi-la-diretta/"
    headline = "Piacenza, valigia sospetta in stazione: treni fermi e piazzale evacuato. La diretta"
    published = at(CET, 6, 19, 5)
    cls = "lib-testo"
    body = [
        "Una valigia abbandonata sul primo binario della stazione di Piacenza ha fatto scattare domenica sera l'allarme: la polizia ferroviaria ha fatto evacuare la stazione e il piazzale Marconi.",
        "La circolazione sulla linea Milano-Bologna è sospesa in attesa degli artificieri. Seguiamo la vicenda in diretta.",
    ]
    specs = [
        (
            19,
            12,
            "Stazione evacuata",
            "Gli agenti della Polfer hanno fatto uscire passeggeri e personale dalla stazione. Il bar e la biglietteria sono chiusi.",
        ),
        (
            19,
            40,
            "Treni fermi sulla Milano-Bologna",
            "Rete ferroviaria italiana ha sospeso la circolazione tra Codogno e Fiorenzuola d'Arda. I Frecciarossa sono fermi a Lodi e a Parma.",
        ),
        (
            20,
            25,
            None,
            "Gli artificieri dei carabinieri sono partiti da Bologna. Il loro arrivo a Piacenza è previsto intorno alle 21.30.",
        ),
        (
            21,
            5,
            "Bus sostitutivi per i pendolari",
            "Trenitalia Tper ha organizzato pullman tra Piacenza e Fiorenzuola per i passeggeri dei regionali rimasti a terra.",
        ),
        (
            21,
            50,
            "Arrivati gli artificieri",
            "Il robot degli artificieri si è avvicinato al trolley sul primo binario. Il piazzale Marconi resta chiuso al traffico.",
        ),
        (
            22,
            40,
            "Il proprietario si è presentato in questura",
            "Un viaggiatore di 34 anni ha raccontato di aver dimenticato la valigia scendendo da un regionale. Gli accertamenti proseguono.",
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
        "Falso allarme, la circolazione riprende",
        [
            "Nella valigia c'erano solo vestiti e regali di Natale. Rfi ha riattivato la linea Milano-Bologna alle 23.45, con ritardi fino a un'ora."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    for b in shown:
        hd = f'<h3 class="lib-live__titolo">{e(b.head)}</h3>' if b.head else ""
        ts = b.ts.isoformat() if b.ts else ""
        b.html = (
            f'<li class="lib-live__evento"><time class="lib-live__ora" datetime="{ts}">{e(b.label or "")}</time>'
            f'{hd}<p class="{cls}">{e(b.paras[0])}</p></li>'
        )
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str, t: datetime | None = None) -> W:
        t = t or ctx.ago(1, 22)
        return W(
            f'<li class="lib-live__evento"><time class="lib-live__ora" datetime="{t.isoformat()}">{hm(t)}</time>'
            f'<h3 class="lib-live__titolo">{e(title)}</h3><p class="{cls}">{e(text)}</p></li>',
            [title, text],
            kind,
        )

    day = ctx.local.day
    prize = {
        6: "Oggi in palio un cesto di salumi piacentini Dop.",
        7: "Oggi in palio due biglietti per il Teatro Municipale di Piacenza.",
    }[day]
    advent = fake(
        f"Calendario dell'Avvento, casella {day}",
        f"{prize} {num(entrants(ctx, 1_512, 23, 12), '.')} partecipanti finora, estrazione a mezzanotte.",
        ADVENT,
        door_time(ctx),
    )
    wait = drift(ctx, 95, 25)
    er = bp(
        cls,
        f"all'ospedale Guglielmo da Saliceto di Piacenza {drift(ctx, 31, 6)} pazienti in attesa, tempo medio per i codici verdi {wait} minuti.",
        ER,
        lead=f"Pronto soccorso, ore {_dot(ctx.ago(2, 20))}:",
    )
    donate = bp(
        cls,
        f"Natale di solidarietà: raccolti finora {num(rise(ctx, 63_120, 210, 90), '.')} euro per l'Hospice di Borgonovo. Grazie ai lettori di Libertà.",
        DONATE,
    )
    bid = rise(ctx, 790, 25, 20)
    if ctx.n < 6:
        lot = f"la maglia autografata del Piacenza Calcio per la Pediatria dell'ospedale – offerta attuale {bid} euro, chiusura alle 23.30."
    else:
        lot = f"la maglia autografata del Piacenza Calcio è stata aggiudicata per {bid} euro, tutti destinati alla Pediatria dell'ospedale."
    auction = bp(cls, lot, AUCTION, lead="Asta benefica:")
    points = key_points(
        ctx,
        "lib-punti",
        "I punti chiave",
        [
            "Un trolley lasciato incustodito in stazione",
            "Circolazione sospesa tra Codogno e Fiorenzuola",
            "Pullman sostitutivi per chi viaggia in regionale",
            "Piazzale Marconi chiuso alle auto",
        ],
        3,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(er, [0, 1, 2], 0.75), (donate, [2], 0.6)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (advent, list(range(0, len(units) + 1)), 0.85),
            (auction, list(range(1, len(units) + 1)), 0.7),
        ],
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=org("Libertà", "https://www.liberta.it"),
        entries=shown,
        lang="it-IT",
    )
    main = f"""<main class="lib-main">
<article class="lib-articolo lib-articolo--live">
<header class="lib-articolo__header"><p class="lib-articolo__sezione">Cronaca</p>
<h1 class="lib-articolo__titolo">{e(headline)}</h1>
<p class="lib-articolo__sommario">Linea Milano-Bologna sospesa in attesa degli artificieri dei carabinieri.</p>
<div class="lib-articolo__data">Redazione online · 6 dicembre 2026 · aggiornato alle {_dot(modified)}</div>
</header>
{ctx.maybe(points, 0.85)}
<div class="lib-live__intro">
{intro}
</div>
{ad_slot("lib-adv", "Pubblicità", "lib_rettangolo_1")}
<ol class="lib-live">
{feed}
</ol>
</article>
</main>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - Libertà",
        canonical=url,
        prefix="lib",
        body_cls="lib-page lib-page--live",
        jsonld=[ld(live)],
        nav=mega_nav(
            "lib",
            "Libertà",
            "/",
            ["Piacenza", "Provincia", "Val Tidone", "Val Trebbia", "Sport", "Cultura"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("lib", "© 2026 Editoriale Libertà S.p.A."),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "laprovinciapavese-vigevano-cornicione-crolla-piazza-ducale",
        "La Provincia Pavese",
        "it",
        "updates",
        CET,
        pavese,
    ),
    Site(
        "gazzettadelsud-diretta-messina-tromba-d-aria-zona-sud",
        "Gazzetta del Sud",
        "it",
        "live",
        CET,
        gds,
    ),
    Site(
        "liberta-diretta-piacenza-valigia-sospetta-stazione-treni-fermi",
        "Libertà",
        "it",
        "live",
        CET,
        liberta,
    ),
]
