"""Italian-language publishers: La Provincia di Como, Gazzetta di Mantova, Corriere delle Alpi."""

from __future__ import annotations

from fx import bl, bp, graph, hm, num, one
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
    "Giudiziaria",
    "Tempo libero",
    "Opinioni",
    "Necrologie",
]


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Servizi": [
                "Abbonamenti",
                "Edicola digitale",
                "Newsletter",
                "Lettere al direttore",
                "Annunci",
            ],
            "Note legali": [
                "Privacy",
                "Cookie policy",
                "Termini e condizioni",
                "Preferenze cookie",
                "Accessibilità",
            ],
        },
        legal,
    )


def _it_time(dt) -> str:
    return f"{dt.hour}.{dt.minute:02d}"


# ---------------------------------------------------------------------------------------------
# La Provincia di Como (+01:00), updates: <h3> "Aggiornamento delle 21.40" + text after the
# story, newest first; "Errata corrige:" at the top


def como(ctx: Ctx) -> Render:
    url = "https://www.laprovinciadicomo.it/stories/como-citta/como-cede-un-muro-in-via-borgovico-strada-chiusa-e-famiglie-evacuate_1489920_11/"
    headline = "Como, cede un muro in via Borgovico: strada chiusa e dieci famiglie evacuate"
    published = at(CET, 6, 18, 45)
    cls = "article-paragraph"
    body = [
        "Un muro di contenimento lungo una quindicina di metri è crollato domenica pomeriggio in via Borgovico, a Como, trascinando sulla carreggiata terra e detriti dal giardino di una villa.",
        "Il cedimento è avvenuto poco dopo le 17.30, secondo i vigili del fuoco, che ipotizzano un'infiltrazione d'acqua dopo le piogge degli ultimi giorni. In quel momento sulla strada non passava nessuno.",
        "Per precauzione il Comune ha fatto evacuare dieci famiglie che abitano nei due condomini a valle del muro. Sono state ospitate da parenti o in un albergo di viale Cavallotti.",
        "Via Borgovico è stata chiusa al traffico tra piazza del Popolo e villa Olmo. Gli autobus delle linee 6 e 11 sono stati deviati su via Bellinzona, con rallentamenti fino a sera.",
        "Sul posto sono arrivati anche i tecnici comunali e un geologo, che dovranno stabilire se il terreno alle spalle del muro sia ancora in movimento.",
        "L'assessore ai lavori pubblici ha annunciato che i lavori di messa in sicurezza partiranno già lunedì mattina, con una spesa stimata in circa 80 mila euro.",
    ]
    corr = Block(
        "correction",
        "Errata corrige",
        None,
        None,
        [
            "nella prima versione dell'articolo avevamo indicato che le famiglie evacuate erano dodici. Sono dieci."
        ],
    )
    notes = [
        Block(
            "update",
            "Aggiornamento delle 22.30",
            at(CET, 6, 22, 30),
            None,
            [
                "Il geologo ha escluso nuovi movimenti del terreno nelle prossime ore. Le famiglie non potranno comunque rientrare prima di martedì."
            ],
        ),
        Block(
            "update",
            "Aggiornamento delle 21.40",
            at(CET, 6, 21, 40),
            None,
            [
                "Le ruspe hanno liberato la carreggiata dai detriti. Via Borgovico resta chiusa, ma i pedoni possono transitare sul marciapiede lato lago."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aggiornamento delle 23.52",
        at(CET, 6, 23, 52),
        None,
        [
            "Il sindaco ha firmato un'ordinanza che vieta il transito dei mezzi pesanti in via Borgovico fino alla fine dei lavori di consolidamento."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<h3 class="article-subtitle">{e(b.label or "")}</h3><p class="{cls}">{e(b.paras[0])}</p>'
    corr.html = f'<p class="{cls}"><em><strong>Errata corrige:</strong> {e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published

    stamp = _it_time(ctx.ago(3, 50))
    rifiuti = bp(
        cls,
        one(
            ctx,
            [
                f"Per la chiusura di via Borgovico, Aprica rinvia a martedì la raccolta di carta e plastica nella zona di villa Olmo (aggiornato alle {stamp}).",
                f"Raccolta differenziata: in via Borgovico e nelle vie laterali il ritiro dell'umido slitta a martedì. Aggiornato alle {stamp}.",
                f"Aprica comunica che il ritiro del vetro tra piazza del Popolo e villa Olmo si farà martedì mattina. Avviso aggiornato alle {stamp}.",
            ],
        ),
        "municipal waste-collection change",
        lead="Info:",
    )
    rubrica = bp(
        cls,
        one(
            ctx,
            [
                "Ogni lunedì la rubrica «Como com'era» racconta la città di un tempo. Domani: le ville di via Borgovico e i loro giardini sul lago.",
                "Domani in edicola la rubrica del lunedì «Le vie di Como»: la storia di via Borgovico, da strada napoleonica a viale dei villeggianti.",
                "Lunedì torna la rubrica «Lettere dal lago»: i lettori raccontano la loro Como. Scriveteci anche voi.",
            ],
        ),
        "weekly column teaser",
        lead="La rubrica:",
    )
    foto = ctx.rng.randint(1, 10)
    caps = [
        "I detriti del muro sulla carreggiata.",
        "I vigili del fuoco al lavoro in via Borgovico.",
        "Il nastro della polizia locale all'incrocio con piazza del Popolo.",
        "Gli autobus deviati in via Bellinzona.",
    ]
    gline = f"Foto {foto} di 10 – {one(ctx, caps)}"
    gallery = W(
        f'<figure class="gallery-item"><img src="/photos/borgovico-{foto}.jpg" alt=""><figcaption>{e(gline)}</figcaption></figure>',
        [gline],
        "photo-gallery counter with rotating caption",
    )
    ascolta_line = f"Ascolta l’articolo · {4 + ctx.rng.randint(0, 1)} min"
    ascolta = W(
        f'<div class="tts"><button>▶</button><span class="tts__label">{e(ascolta_line)}</span></div>',
        [ascolta_line],
        "listen-to-this-article audio line with duration",
    )
    wa = bp(
        cls,
        f"Condividi su WhatsApp – già {num(300 + ctx.n * 19 + ctx.rng.randint(0, 15), '.')} condivisioni",
        "share or follow on WhatsApp call",
    )
    argomenti = [
        "Via Borgovico e villa Olmo",
        "Maltempo sul Lario",
        "Lavori pubblici a Como",
        "Viabilità in città",
        "Vigili del fuoco di Como",
    ]
    tags = bl(
        "article-list",
        "",
        pick(ctx, argomenti, 3),
        "related-topic tag line or list in the body's list style",
    )
    units = [corr.html] + [f'<p class="{cls}">{e(p)}</p>' for p in body] + [b.html for b in shown]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (rifiuti, list(range(3, k + 1)), 0.9),
            (rubrica, list(range(4, k + 1)), 0.7),
            (wa, [k], 0.6),
            (tags, list(range(5, k + 1)), 0.6),
        ],
    )
    main = f"""<main class="main-content">
<article class="article">
<header class="article-header"><span class="article-section">Como città</span>
<h1 class="article-title">{e(headline)}</h1>
<h2 class="article-summary">Crollo dopo le piogge, nessun ferito. Bus deviati, lavori da lunedì</h2>
<div class="article-info">di Paolo Meroni · 06 dicembre 2026 · aggiornato alle {_it_time(modified)}</div>
{ctx.maybe(ascolta, 0.8)}
{ctx.maybe(gallery, 0.9)}
</header>
<div class="article-body">
{story}
</div>
{ad_slot("adv", "Pubblicità", "lpc_box_1")}
</article>
</main>"""
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Paolo Meroni",
        publisher=org("La Provincia di Como", "https://www.laprovinciadicomo.it"),
        lang="it",
        section="Como città",
    )
    html = shell(
        ctx,
        lang="it",
        title=f"{headline} - La Provincia di Como",
        canonical=url,
        prefix="lpc",
        body_cls="sesaab lpc",
        jsonld=[{"@context": "https://schema.org", **art}],
        nav=mega_nav(
            "lpc",
            "La Provincia di Como",
            "/",
            ["Como città", "Cantù", "Erba", "Lago e Valli", "Sport", "Cultura"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("lpc", "© SESAAB S.p.A. – P.IVA 02598190160"),
    )
    return Render(html, body, [corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Gazzetta di Mantova (+01:00), live oldest first, <article> entries with a bold "ore 18.05";
# @graph JSON-LD with the NewsArticle and the LiveBlogPosting


def mantova(ctx: Ctx) -> Render:
    url = "https://gazzettadimantova.gelocal.it/mantova/cronaca/2026/12/06/news/diretta-nebbia-a22-tamponamento-mantova-nord-pegognaga-15382201/"
    headline = "Diretta – Nebbia fitta, tamponamento a catena sull'A22 tra Mantova Nord e Pegognaga"
    published = at(CET, 6, 17, 40)
    body = [
        "Una ventina di veicoli sono rimasti coinvolti domenica pomeriggio in un tamponamento a catena sull'Autobrennero, in direzione sud, tra i caselli di Mantova Nord e Pegognaga, in un banco di nebbia fittissimo.",
        "L'autostrada è chiusa nel tratto interessato e i soccorsi sono ancora al lavoro. Seguiamo la situazione con gli aggiornamenti, dal più vecchio al più recente.",
    ]
    specs = [
        (
            17,
            45,
            "Venti mezzi coinvolti",
            "Secondo Autostrada del Brennero il tamponamento è avvenuto al chilometro 262, dove la visibilità era scesa sotto i 50 metri.",
        ),
        (
            18,
            20,
            "Cinque feriti al Carlo Poma",
            "Le ambulanze hanno portato cinque persone all'ospedale Carlo Poma di Mantova. Nessuna sarebbe in pericolo di vita.",
        ),
        (
            19,
            10,
            None,
            "Chi viaggia verso sud deve uscire a Mantova Nord e rientrare a Pegognaga seguendo la statale 62 della Cisa. Code di quattro chilometri.",
        ),
        (
            20,
            5,
            "Rimossi i primi veicoli",
            "I carri attrezzi hanno cominciato a spostare le auto sulla corsia di emergenza. Restano da rimuovere due camion di traverso.",
        ),
        (
            21,
            30,
            "Nebbia anche sulla Padana inferiore",
            "La Prefettura invita a non mettersi in viaggio: la nebbia si è estesa a tutta la Bassa mantovana, da Suzzara a Ostiglia.",
        ),
        (
            22,
            40,
            "Un camion ancora da spostare",
            "Autostrada del Brennero conta di riaprire la carreggiata sud nelle prossime ore, appena sarà rimosso l'ultimo mezzo pesante.",
        ),
    ]
    entries = [
        Block("live_entry", f"ore {_it_time(at(CET, 6, h, m))}", at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "ore 23.53",
        at(CET, 6, 23, 53),
        "Riaperta l'A22 in direzione sud",
        [
            "La carreggiata sud dell'Autobrennero è di nuovo percorribile tra Mantova Nord e Pegognaga. Il traffico scorre a velocità ridotta per la nebbia."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        hd = f'<h2 class="live-post__title">{e(b.head)}</h2>' if b.head else ""
        b.html = f'<article class="live-post"><p class="live-post__hour"><strong>{e(b.label or "")}</strong></p>{hd}<div class="live-post__body"><p>{e(b.paras[0])}</p></div></article>'
    modified = shown[-1].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(2, 25)
        return W(
            f'<article class="live-post"><p class="live-post__hour"><strong>ore {_it_time(t)}</strong></p><h2 class="live-post__title">{e(title)}</h2><div class="live-post__body"><p>{e(text)}</p></div></article>',
            [title, text],
            kind,
        )

    chiese = [
        "Basilica di Sant'Andrea: concerto d'organo per l'Avvento, lunedì alle 21.",
        "Duomo di Mantova: messa per San Nicola lunedì alle 18, con il coro della cattedrale.",
        "Chiesa di San Barnaba: Vespri d'Avvento e concerto del quartetto Gonzaga, martedì alle 20.30.",
        "Rotonda di San Lorenzo: canti natalizi con il coro Virgiliano, mercoledì alle 18.",
    ]
    chiesa = fake(
        one(ctx, ["Appuntamenti in chiesa", "Concerti d'Avvento"]),
        one(ctx, chiese),
        "church and concert listing",
    )
    sponsor = fake(
        one(
            ctx,
            [
                "Diretta presentata da Latteria Virgilio",
                "In collaborazione con Tea Energia",
                "Presentato da Autosalone Gonzaga",
            ],
        ),
        one(
            ctx,
            [
                "Questo spazio è offerto dal nostro partner. L'informazione della Gazzetta resta indipendente.",
                "Contenuto sponsorizzato: la redazione non ha partecipato alla sua realizzazione.",
            ],
        ),
        "sponsored presented-by line",
    )
    auto = bp(
        "live-intro__text",
        f"Pagina aggiornata automaticamente alle {_it_time(ctx.local)}",
        "moving dateline with the render time",
    )
    lettori = bp(
        "live-intro__text",
        f"{num(1500 + ctx.n * 60 + ctx.rng.randint(0, 40), '.')} lettori consigliano questa diretta",
        "readers-recommend count",
    )
    lettera = bp(
        "live-intro__text",
        one(
            ctx,
            [
                "«Ogni inverno la stessa storia sull'Autobrennero: servono i pannelli che segnalano la nebbia» – Giorgio, Suzzara",
                "«Grazie ai volontari della Croce Verde, sempre i primi ad arrivare» – Anna, Porto Mantovano",
                "«Perché non si chiude l'autostrada prima, quando la nebbia è così?» – Luca, Gonzaga",
            ],
        ),
        "reader-letter line",
        lead="Scrive un lettore:",
    )
    gdm_stamp = _it_time(ctx.ago(3, 40))
    gdm_rifiuti = fake(
        one(ctx, ["Raccolta rifiuti", "Avviso di Mantova Ambiente", "Info raccolta differenziata"]),
        one(
            ctx,
            [
                f"Per la nebbia Mantova Ambiente rinvia a martedì la raccolta della carta a Pegognaga e Suzzara (aggiornato alle {gdm_stamp}).",
                f"Lunedì niente raccolta del verde a Borgo Virgilio e San Benedetto Po: si recupera mercoledì. Aggiornato alle {gdm_stamp}.",
                f"Mantova Ambiente: i mezzi della raccolta partiranno lunedì un'ora più tardi in tutta la Bassa. Avviso aggiornato alle {gdm_stamp}.",
            ],
        ),
        "municipal waste-collection change",
    )
    gdm_foto = ctx.rng.randint(1, 12)
    gdm_gline = f"Foto {gdm_foto} di 12 – " + one(
        ctx,
        [
            "Le auto coinvolte al chilometro 262.",
            "I soccorsi nella nebbia.",
            "La coda al casello di Mantova Nord.",
            "Un carro attrezzi sulla corsia di emergenza.",
        ],
    )
    gdm_gallery = W(
        f'<figure class="gdm-gallery"><img src="/foto/a22-{gdm_foto}.jpg" alt=""><figcaption>{e(gdm_gline)}</figcaption></figure>',
        [gdm_gline],
        "photo-gallery counter with rotating caption",
    )
    intro = weave(
        ctx,
        [f'<p class="live-intro__text">{e(p)}</p>' for p in body],
        [(auto, [0], 0.85), (lettori, [2], 0.6)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (chiesa, list(range(1, len(units) + 1)), 0.8),
            (sponsor, [0, len(units)], 0.8),
            (lettera, list(range(2, len(units))), 0.6),
            (gdm_rifiuti, list(range(1, len(units))), 0.8),
        ],
    )
    pub = org("Gazzetta di Mantova", "https://gazzettadimantova.gelocal.it")
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Redazione",
        publisher=pub,
        lang="it",
        section="Cronaca",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=pub,
        entries=shown,
        lang="it",
    )
    main = f"""<main class="gdm-main">
<article class="gdm-live">
<header class="gdm-live__header"><span class="gdm-live__badge">DIRETTA</span>
<h1 class="gdm-live__title">{e(headline)}</h1>
<div class="gdm-live__meta">Redazione · 06 Dicembre 2026 · Ultimo aggiornamento: {hm(modified)}</div>
{ctx.maybe(gdm_gallery, 0.85)}</header>
<div class="live-intro">
{intro}
</div>
{ad_slot("gdm-adv", "Pubblicità", "gdm_box_live")}
<div class="live-posts">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="it",
        title=f"{headline} - Gazzetta di Mantova",
        canonical=url,
        prefix="gdm",
        body_cls="gdm live",
        jsonld=[graph(art, live)],
        nav=mega_nav(
            "gdm",
            "Gazzetta di Mantova",
            "/",
            ["Mantova", "Provincia", "Sport", "Mantova calcio", "Cultura", "Economia"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("gdm", "© Gazzetta di Mantova – SAE Lombardia"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Corriere delle Alpi (+01:00), live newest first, <section> entries with <time> "22:41" + <h3>;
# a standalone LiveBlogPosting in JSON-LD


def alpi(ctx: Ctx) -> Render:
    url = "https://corrierealpi.gelocal.it/belluno/cronaca/2026/12/06/news/diretta-frana-statale-alemagna-ospitale-di-cadore-15382577/"
    headline = (
        "Diretta – Frana sulla statale di Alemagna a Ospitale di Cadore, Cadore isolato da sud"
    )
    published = at(CET, 6, 16, 15)
    body = [
        "Una frana di roccia e fango è scesa domenica pomeriggio sulla statale 51 di Alemagna poco a nord di Ospitale di Cadore, bloccando l'unica strada che collega il Cadore a Longarone e alla pianura.",
        "Non risultano persone coinvolte, ma centinaia di automobilisti di ritorno dalle piste sono rimasti fermi tra Perarolo e Termine. La cronaca minuto per minuto.",
    ]
    specs = [
        (
            16,
            25,
            "Statale chiusa tra Termine e Perarolo",
            "Anas ha chiuso la statale 51 al chilometro 70. Sulla carreggiata ci sono massi di grandi dimensioni e uno strato di fango alto quasi un metro.",
        ),
        (
            17,
            10,
            "Code verso Longarone",
            "Gli automobilisti diretti a sud vengono fatti tornare indietro a Perarolo. Si consiglia di restare in Cadore o di passare per il Comelico e la Val Pusteria.",
        ),
        (
            18,
            0,
            None,
            "I vigili del fuoco di Belluno hanno sorvolato il versante con l'elicottero Drago: la parete sopra la strada presenta altre fessure.",
        ),
        (
            19,
            20,
            "Geologi della Regione in arrivo",
            "Il presidente della Provincia ha chiesto un sopralluogo urgente dei geologi della Regione Veneto, attesi sul posto in serata.",
        ),
        (
            20,
            45,
            "Treni sostitutivi da Calalzo",
            "Trenitalia aggiunge due corse serali tra Calalzo e Ponte nelle Alpi per chi deve raggiungere Belluno. Il treno delle 21.10 è già pieno.",
        ),
        (
            22,
            10,
            "La strada resterà chiusa di notte",
            "Anas conferma che la statale non riaprirà prima di domattina: al buio è impossibile verificare la stabilità della parete.",
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
        "Senso unico alternato da lunedì mattina",
        [
            "Anas annuncia che dalle 7 di lunedì la statale di Alemagna riaprirà a senso unico alternato, regolato da un semaforo, in attesa delle reti paramassi."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    for b in shown:
        hd = f'<h3 class="cda-live__title">{e(b.head)}</h3>' if b.head else ""
        b.html = (
            f'<section class="cda-live__entry"><time class="cda-live__time" datetime="{b.ts.isoformat() if b.ts else ""}">{e(b.label or "")}</time>'
            f'{hd}<div class="cda-live__text"><p>{e(b.paras[0])}</p></div></section>'
        )
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 28)
        return W(
            f'<section class="cda-live__entry"><time class="cda-live__time" datetime="{t.isoformat()}">{hm(t)}</time>'
            f'<h3 class="cda-live__title">{e(title)}</h3><div class="cda-live__text"><p>{e(text)}</p></div></section>',
            [title, text],
            kind,
        )

    iscritti = 5400 + ctx.n * 33 + ctx.rng.randint(0, 20)
    wa = fake(
        one(ctx, ["Il Corriere delle Alpi su WhatsApp", "Segui il nostro canale WhatsApp"]),
        f"Già {num(iscritti, '.')} bellunesi ricevono le notizie del Cadore e delle Dolomiti sul telefono: iscriviti gratis al nostro canale WhatsApp.",
        "share or follow on WhatsApp call",
    )
    chiese = [
        "Duomo di Belluno: concerto dell'Immacolata del coro Minimo Bellunese, martedì alle 20.30.",
        "Pieve di Pieve di Cadore: messa per San Nicolò lunedì alle 18, segue il concerto della banda.",
        "Chiesa arcidiaconale di Cortina: Vespri d'Avvento con l'organo Callido, mercoledì alle 17.",
        "Santuario di Auronzo: concerto natalizio del coro Cadore, giovedì alle 20.45.",
    ]
    chiesa = fake(
        one(ctx, ["In agenda questa settimana", "Concerti in chiesa", "Appuntamenti d'Avvento"]),
        one(ctx, chiese),
        "church and concert listing",
    )
    lettura = bp(
        "cda-live__intro-text",
        f"Tempo di lettura: {6 + (ctx.n + ctx.rng.randint(0, 2)) // 3} minuti",
        "reading-time line",
    )
    oggi_line = f"Oggi, 6 dicembre, ore {hm(ctx.local)}"
    oggi = W(
        f'<p class="cda-live__now">{e(oggi_line)} · {e(one(ctx, ["Aggiorna", "Diretta in corso"]))}</p>',
        [oggi_line],
        "moving dateline with the render time",
    )
    dona = bp(
        "cda-live__intro-text",
        one(
            ctx,
            [
                "La diretta è gratuita per tutti. Sostieni il giornalismo locale con un abbonamento digitale: il primo mese costa 1 euro.",
                "Questa diretta è aperta a tutti i lettori. Abbonati al Corriere delle Alpi per sostenere l'informazione del Bellunese.",
            ],
        ),
        "support-local-journalism appeal",
        lead="Sostienici:",
    )
    cda_rec = bp(
        "cda-live__intro-text",
        f"{num(820 + ctx.n * 35 + ctx.rng.randint(0, 20), '.')} lettori consigliano questa diretta",
        "readers-recommend count",
    )
    cda_audio = bp(
        "cda-live__intro-text",
        f"Ascolta la diretta · {8 + ctx.n // 2} min {ctx.rng.randint(10, 59)} s · voce sintetica",
        "listen-to-this-article audio line with duration",
    )
    intro = weave(
        ctx,
        [f'<p class="cda-live__intro-text">{e(p)}</p>' for p in body],
        [(lettura, [0], 0.8), (dona, [2], 0.6), (cda_rec, [1, 2], 0.6), (cda_audio, [0, 1], 0.7)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (wa, list(range(0, len(units) + 1)), 0.85),
            (chiesa, list(range(1, len(units) + 1)), 0.75),
        ],
    )
    pub = org("Corriere delle Alpi", "https://corrierealpi.gelocal.it")
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=pub,
        entries=shown,
        lang="it",
    )
    main = f"""<main class="cda-main">
{ctx.maybe(oggi, 0.9)}
<article class="cda-live">
<header class="cda-live__header"><span class="cda-live__tag">LIVE</span>
<h1 class="cda-live__headline">{e(headline)}</h1>
<p class="cda-live__byline">di Marta Dal Pont · 06 dicembre 2026 · aggiornato alle {hm(modified)}</p></header>
<div class="cda-live__intro">
{intro}
</div>
{ad_slot("cda-adv", "Pubblicità", "cda_box_1")}
<div class="cda-live__feed">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="it",
        title=f"{headline} - Corriere delle Alpi",
        canonical=url,
        prefix="cda",
        body_cls="cda live",
        jsonld=[{"@context": "https://schema.org", **live}],
        nav=mega_nav(
            "cda",
            "Corriere delle Alpi",
            "/",
            ["Belluno", "Feltre", "Cadore", "Agordino", "Sport", "Cultura"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("cda", "© Corriere delle Alpi – SAE Veneto"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "laprovinciadicomo-como-cede-muro-via-borgovico-famiglie-evacuate",
        "La Provincia di Como",
        "it",
        "updates",
        CET,
        como,
    ),
    Site(
        "gazzettadimantova-diretta-nebbia-a22-tamponamento-mantova-nord-pegognaga",
        "Gazzetta di Mantova",
        "it",
        "live",
        CET,
        mantova,
    ),
    Site(
        "corrierealpi-diretta-frana-statale-alemagna-ospitale-di-cadore",
        "Corriere delle Alpi",
        "it",
        "live",
        CET,
        alpi,
    ),
]
