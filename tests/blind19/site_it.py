"""Italian-language publishers: Sardinia Post (Cagliari), Il Quotidiano del Sud (Calabria),
LiveSicilia (Palermo)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADOPT,
    AED,
    ANGLING,
    ARCHIVE,
    BIRTHS,
    COUNCIL,
    GARDEN,
    PERSONALS,
    PHONES,
    RIDES,
    ROOTS,
    STREET,
    TREES,
    WALK,
    WINE,
    agenda,
    bl,
    bp,
    dot,
    graph,
    hm,
    log,
    num,
    rides,
    rise,
    turn,
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
    shell,
    weave,
)

CET = 1

_IT_SUBS = [
    "Cronaca",
    "Politica",
    "Economia",
    "Sanità",
    "Scuola",
    "Ambiente",
    "Trasporti",
    "Cultura",
    "Spettacoli",
    "Opinioni",
    "Necrologi",
    "Provincia",
]


def _foot(prefix: str, brand: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            brand: ["Chi siamo", "Contatti", "Pubblicità", "Newsletter", "Edizione digitale"],
            "Note legali": ["Privacy", "Termini d'uso", "Accessibilità", "Gestione cookie"],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Sardinia Post (+01:00), WordPress-like. A boxed bold "Chiarimento:" at the top
# (`clarification`); two bold "Aggiornamento delle 21:10:" leads in plain paragraphs inside the
# story after paragraph 2, newest first. The body has a list of closed roads and an ad.


def sardinia(ctx: Ctx) -> Render:
    url = "https://www.sardiniapost.it/cronaca/mareggiata-al-poetto-chiuso-il-lungomare-case-allagate-a-quartu/"
    headline = "Mareggiata al Poetto: chiuso il lungomare, case allagate a Quartu"
    published = at(CET, 6, 18, 30)
    body = [
        "Onde alte fino a cinque metri hanno spazzato domenica pomeriggio il litorale del Poetto, tra Cagliari e Quartu Sant'Elena, trascinando sabbia e detriti fin sulla carreggiata.",
        "Il maestrale, con raffiche oltre i 100 chilometri orari, ha spinto il mare dentro alcune case di via Leonardo da Vinci, a Quartu, dove i vigili del fuoco hanno aiutato una decina di famiglie a lasciare le abitazioni.",
        "«In quarant'anni non avevo mai visto l'acqua arrivare fino al cancello», racconta Gavino Melis, che vive a due passi dalla spiaggia di Margine Rosso.",
        "La polizia locale ha chiuso queste strade:",
        "il lungomare del Poetto, dalla Prima Fermata all'Ospedale Marino",
        "viale Poetto in direzione Quartu",
        "via Leonardo da Vinci, tra piazzale Dante e il canale di Quartu",
        "Il Comune di Quartu ha aperto il centro di accoglienza nella palestra della scuola di via Fermi.",
        "La Protezione civile regionale ha prorogato l'allerta arancione per vento e mareggiate fino alle 12 di lunedì.",
        "I danni più gravi riguardano i chioschi della spiaggia: almeno tre sono stati distrutti dalle onde.",
    ]
    clar = Block(
        "clarification",
        "Chiarimento",
        None,
        None,
        [
            "il centro di accoglienza è gestito dal Comune di Quartu e non dalla Protezione civile regionale, come indicato in un primo momento da alcune fonti."
        ],
    )
    clar.html = f'<aside class="sp-box"><p><strong>{e(clar.label or "")}:</strong> {e(clar.paras[0])}</p></aside>'
    notes = [
        Block(
            "update",
            "Aggiornamento delle 22:10",
            at(CET, 6, 22, 10),
            None,
            [
                "Il sindaco di Quartu ha firmato un'ordinanza che chiude le scuole del litorale lunedì, per permettere la pulizia delle strade."
            ],
        ),
        Block(
            "update",
            "Aggiornamento delle 20:25",
            at(CET, 6, 20, 25),
            None,
            [
                "Il Ctm ha sospeso le linee PF e PQ che percorrono il lungomare. I bus per Quartu passano da viale Marconi."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aggiornamento delle 23:55",
        at(CET, 6, 23, 55),
        None,
        [
            "Il vento è calato e le famiglie di via Leonardo da Vinci potranno rientrare a casa lunedì mattina, dopo un sopralluogo dei vigili del fuoco."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f"<p><strong>{e(b.label or '')}:</strong> {e(b.paras[0])}</p>"
    modified = shown[0].ts or published

    births = bp(
        "",
        f"al Policlinico di Monserrato e all'ospedale Santissima Trinità sono nati oggi {rise(ctx, 9, 1, 1)} bambini, l'ultimo alle {hm(ctx.ago(3, 40))}.",
        BIRTHS,
        lead=f"Nascite, aggiornamento delle {hm(ctx.ago(1, 9))}:",
    )
    trees = bp(
        "",
        f"con la campagna «Un albero per ogni nato» la Città metropolitana di Cagliari ha messo a dimora {num(rise(ctx, 4120, 7, 4), '.')} alberi da ottobre.",
        TREES,
        lead=f"Alberi piantati, ore {hm(ctx.ago(1, 12))}:",
    )
    wine = bp(
        "",
        turn(
            ctx,
            [
                "Cannonau di Sardegna Riserva 2022, cantina di Jerzu: ciliegia e macchia mediterranea, 18 euro.",
                "Vermentino di Gallura Superiore 2025: agrumi e sale, 14 euro.",
                "Carignano del Sulcis 2023, Santadi: morbido e speziato, 16 euro.",
                "Nuragus di Cagliari 2025: fresco e leggero, perfetto con i frutti di mare, 9 euro.",
                "Monica di Sardegna 2024: fruttato, da bere giovane, 10 euro.",
                "Malvasia di Bosa 2021: dolce e ambrata, per i dolci di Natale, 22 euro.",
            ],
            "wine",
        ),
        WINE,
        lead="Il vino della settimana:",
    )
    share = bp(
        "",
        " ".join(
            rides(
                ctx,
                [
                    "Quartu–Cagliari (piazza Matteotti)",
                    "Cagliari–Sassari",
                    "Selargius–Elmas aeroporto",
                    "Villasimius–Cagliari",
                    "Iglesias–Cagliari",
                    "Sinnai–Monserrato",
                ],
                3,
                lambda t, route, seats: (
                    f"{route}, partenza alle {hm(t)}, {seats} post{'i' if seats > 1 else 'o'}."
                ),
            )
        ),
        RIDES,
        lead="Passaggi offerti:",
    )
    pet = bp(
        "",
        turn(
            ctx,
            [
                "Ugo, meticcio di quattro anni, socievole con tutti, cerca casa con giardino. Canile di Quartu.",
                "Nina, gattina tigrata di un anno, dolce e curiosa. Oasi felina di Cagliari.",
                "Tobia, setter anziano, tranquillo, chiede solo una cuccia calda. Canile di Quartu.",
                "Briciola e Zucchero, due coniglie, da adottare insieme. Lida Cagliari.",
                "Zeus, giovane pastore maremmano, per famiglia con spazio. Canile di Quartu.",
                "Mirto, gatto nero di tre anni, affettuoso e silenzioso. Oasi felina di Cagliari.",
            ],
            "pet",
        ),
        ADOPT,
        lead="Adottami:",
    )
    walk = bp(
        "",
        "dal parco di Molentargius alla spiaggia del Poetto lungo l'argine delle saline, quattro chilometri tra fenicotteri e canneti.",
        WALK,
        lead="La passeggiata della settimana:",
    )
    phones = bl(
        "sp-list",
        "",
        [
            "Vigili del fuoco: 115",
            "Polizia locale di Quartu: 070 8601 1",
            "Protezione civile regionale: 800 995 599",
            "Centro di accoglienza di via Fermi: 070 8603 33",
        ],
        PHONES,
    )

    ad = ad_slot("sp-adv", "Pubblicità", "sp-article-middle")
    roads = "".join(f"<li>{e(x)}</li>" for x in body[4:7])
    units = [clar.html] + [f"<p>{e(p)}</p>" for p in body[:2]] + [b.html for b in shown]
    nn = 3 + len(shown)
    units += [f"<p>{e(p)}</p>" for p in body[2:4]] + [f'<ul class="sp-list">{roads}</ul>', ad]
    units += [f"<p>{e(p)}</p>" for p in body[7:]]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (births, [3, nn - 1, nn, nn + 1], 0.9),
            (trees, [1, 2, 3, nn, k], 0.8),
            (wine, [nn + 1, nn + 4, k - 1, k], 0.75),
            (share, [nn + 3, nn + 4, nn + 5], 0.75),
            (pet, list(range(nn, k + 1)), 0.75),
            (walk, [1, nn + 5, k], 0.65),
            (phones, [nn + 3, nn + 5, k], 0.8),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post status-publish category-cronaca">
<header class="entry-header">
<span class="sp-cat"><a href="/cronaca/">Cronaca</a></span>
<h1 class="entry-title">{e(headline)}</h1>
<p class="sp-sommario">Onde di cinque metri sul litorale, una decina di famiglie fuori casa a Quartu</p>
<div class="entry-meta">di <a href="/author/ilaria-pinna/">Ilaria Pinna</a> · <time datetime="{published.isoformat()}">6 dicembre 2026, 18:30</time> · <span class="sp-agg">Aggiornato alle <time datetime="{modified.isoformat()}">{e(hm(modified))}</time></span></div>
</header>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - Sardinia Post",
        canonical=url,
        prefix="sp",
        body_cls="post-template-default single single-post",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Ilaria Pinna",
                    publisher=org("Sardinia Post", "https://www.sardiniapost.it"),
                    lang="it-IT",
                    section="Cronaca",
                ),
            }
        ],
        nav=mega_nav(
            "sp",
            "Sardinia Post",
            "/",
            ["Cronaca", "Politica", "Economia", "Cultura", "Sport", "Sardegna"],
            _IT_SUBS,
        ),
        main=main,
        footer=_foot("sp", "Sardinia Post", "© 2026 Sardinia Post. Tutti i diritti riservati."),
        cms="wp",
    )
    return Render(html, body, [clar, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Il Quotidiano del Sud (+01:00), custom CMS. An italic bold "Nota della redazione:" at the top
# (`editors_note`); notes after the story, oldest first, each an `<h4>` "Ultim'ora, 21.40" and a
# paragraph.


def quotidiano(ctx: Ctx) -> Render:
    url = "https://www.quotidianodelsud.it/calabria/reggio-calabria/cronache/2026/12/06/frana-a-scilla-chiusa-la-statale-18-chianalea-isolata"
    headline = "Frana a Scilla: chiusa la statale 18, Chianalea isolata"
    published = at(CET, 6, 17, 45)
    cls = "qds-p"
    body = [
        "SCILLA – Una frana si è staccata domenica pomeriggio dal costone sotto il castello Ruffo, invadendo la statale 18 all'ingresso del borgo di Chianalea.",
        "Terra e massi hanno coperto la carreggiata per una trentina di metri. Nessuno è rimasto ferito, ma due auto parcheggiate sono state travolte.",
        "Il sindaco ha disposto lo sgombero di sei abitazioni di via Annunziata, la più vicina al fronte della frana, e ha chiesto l'intervento dei geologi della Regione.",
        "«Abbiamo sentito un boato, poi la polvere ha coperto tutto», racconta Rocco Bellantone, pescatore che ha la barca sul porticciolo.",
        "L'Anas ha chiuso la statale 18 tra Scilla e Favazzina. Il traffico è deviato sull'autostrada A2, con ingresso gratuito tra gli svincoli di Scilla e Bagnara.",
        "Le piogge delle ultime settimane avevano già provocato piccoli smottamenti lungo la Costa Viola.",
        "I vigili del fuoco del comando di Reggio Calabria resteranno sul posto per tutta la notte.",
    ]
    note = Block(
        "editors_note",
        "Nota della redazione",
        None,
        None,
        [
            "il fotografo che ha scattato le immagini pubblicate in questo articolo abita in una delle case sgomberate di via Annunziata."
        ],
    )
    note.html = (
        f'<p class="{cls}"><em><strong>{e(note.label or "")}:</strong> {e(note.paras[0])}</em></p>'
    )
    notes = [
        Block(
            "update",
            "Ultim'ora, 19.15",
            at(CET, 6, 19, 15),
            None,
            [
                "I geologi hanno individuato una seconda fessura nel costone, a circa venti metri dalla prima. Le case sgomberate restano vuote."
            ],
        ),
        Block(
            "update",
            "Ultim'ora, 21.40",
            at(CET, 6, 21, 40),
            None,
            [
                "La prefettura ha convocato per lunedì mattina il comitato per la viabilità. Il traghetto per Messina non è interessato dalla chiusura."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Ultim'ora, 23.53",
        at(CET, 6, 23, 53),
        None,
        [
            "Le ruspe dell'Anas hanno liberato una corsia della statale 18. Da mezzanotte il transito riprenderà a senso alternato, regolato da un semaforo."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<h4 class="qds-h4">{e(b.label or "")}</h4>\n<p class="{cls}">{e(b.paras[0])}</p>'
    modified = shown[-1].ts or published

    def heading_like(head: str, text: str, kind: str) -> W:
        return W(
            f'<h4 class="qds-h4">{e(head)}</h4>\n<p class="{cls}">{e(text)}</p>',
            [text],
            kind,
            [head],
        )

    no, item = agenda(
        ctx,
        [
            "approvazione dei verbali",
            "comunicazioni del sindaco",
            "la frana sotto il castello Ruffo",
            "il bilancio di previsione 2027",
            "i lavori al porticciolo di Chianalea",
            "la raccolta differenziata in estate",
            "il parcheggio di piazza San Rocco",
            "il contributo alla festa di San Rocco",
            "le interrogazioni dei consiglieri",
            "varie ed eventuali",
        ],
    )
    council = heading_like(
        f"Consiglio comunale, {dot(ctx.ago(1, 9))}",
        f"La seduta straordinaria del consiglio comunale di Scilla è al punto {no} di 11: {item}. Diretta sulla pagina del Comune.",
        COUNCIL,
    )
    fish = heading_like(
        f"Pesca sportiva, {dot(ctx.ago(1, 12))}",
        "Dalla Costa Viola: "
        + "; ".join(
            log(
                ctx,
                [
                    "palamita di 4 chili al largo di Bagnara",
                    "due dentici alla punta di Scilla",
                    "calamari a traina davanti a Favazzina",
                    "una ricciola di 11 chili a Palmi",
                    "saraghi dalla scogliera di Chianalea",
                    "un pesce serra sotto la Marinella",
                ],
                3,
                dot,
                30,
                240,
            )
        )
        + ".",
        ANGLING,
    )
    roots = bp(
        cls,
        turn(
            ctx,
            [
                "Una lettrice di New York cerca i discendenti di Domenico Bellantone, pescatore di spada a Scilla, emigrato nel 1907.",
                "Un lettore di Buenos Aires cerca notizie della famiglia Arena di Bagnara, partita per l'Argentina nel 1923.",
                "Una famiglia di Melbourne cerca la tomba di Carmela Paladino, morta a Scilla nel 1931.",
                "Un lettore di Torino cerca fotografie della bottega del nonno, calzolaio in via Annunziata negli anni Cinquanta.",
                "Una lettrice di Toronto cerca i parenti di Francesco Ruffo, barcaiolo di Chianalea.",
                "Un ricercatore cerca testimoni dell'alluvione del 1951 a Favazzina.",
            ],
            "roots",
        ),
        ROOTS,
        lead="Le nostre radici:",
    )
    hearts = bp(
        cls,
        turn(
            ctx,
            [
                "Vedovo, 66 anni, Villa San Giovanni, ama la pesca e il ballo liscio, cerca una signora dolce per compagnia. Casella 512.",
                "Insegnante in pensione, 70 anni, Reggio, appassionata di teatro, cerca un signore colto e gentile. Casella 518.",
                "Agricoltore, 52 anni, Aspromonte, celibe, casa propria, cerca una donna semplice e sincera. Casella 509.",
                "Infermiera, 48 anni, Palmi, separata, ama il mare d'inverno, cerca un uomo serio. Casella 521.",
                "Musicista, 57 anni, Bagnara, suona la fisarmonica, cerca una compagna allegra. Casella 503.",
                "Signora, 61 anni, Scilla, ama cucinare per gli altri, cerca un compagno per le domeniche. Casella 527.",
            ],
            "hearts",
        ),
        PERSONALS,
        lead="Cuori solitari:",
    )
    street = bp(
        cls,
        turn(
            ctx,
            [
                "Via Annunziata prende il nome dalla chiesa dell'Annunziata, distrutta dal terremoto del 1783 e mai ricostruita.",
                "Chianalea viene forse dal greco e indica la «pianura» stretta tra il mare e la rupe.",
                "Piazza San Rocco è dedicata al patrono di Scilla, festeggiato ogni anno a metà agosto.",
                "Via Omero ricorda il poeta che nell'Odissea descrisse il mostro Scilla sulla rupe.",
                "Via Grotte ricorda le grotte scavate nella roccia dove i pescatori tenevano le reti.",
                "Marina Grande è la spiaggia sotto il castello, dove un tempo si tiravano a secco le barche.",
            ],
            "street",
        ),
        STREET,
        lead="Le vie di Scilla:",
    )
    archive = bp(
        cls,
        "«Un costone della rupe è franato sulla statale all'ingresso di Chianalea, il borgo è rimasto isolato per due giorni», scrivevamo il 18 gennaio 2009.",
        ARCHIVE,
        lead="Dal nostro archivio:",
    )
    aed = bp(
        cls,
        "a Scilla ci sono defibrillatori pubblici in piazza San Rocco, alla stazione ferroviaria e all'ingresso del porticciolo di Chianalea.",
        AED,
        lead="Defibrillatori:",
    )

    fig = (
        '<figure class="qds-figure"><img src="/img/2026/12/06/scilla-frana-statale-18.jpg" alt="" loading="lazy">'
        "<figcaption>La frana sulla statale 18 all'ingresso di Chianalea</figcaption></figure>"
    )
    units = [note.html] + [f'<p class="{cls}">{e(p)}</p>' for p in body[:3]] + [fig]
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[3:]]
    end = len(units)
    units += [b.html for b in shown]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (council, [end, end + 1, end + 2, k], 0.9),
            (fish, [end - 1, end, end + 1, k], 0.8),
            (roots, [2, 3, 5, 6, end - 1], 0.7),
            (hearts, [end - 2, end, k], 0.7),
            (street, [1, 2, 3, 6], 0.75),
            (archive, [0, 1, 4, end], 0.65),
            (aed, [5, 6, 7, k], 0.7),
        ],
    )
    main = f"""<div class="qds-wrap">
<main class="qds-main">
<article class="qds-article">
<header class="qds-article__header">
<p class="qds-article__occhiello">Reggio Calabria</p>
<h1 class="qds-article__titolo">{e(headline)}</h1>
<p class="qds-article__sommario">Sei case sgomberate, traffico deviato sull'autostrada A2</p>
<p class="qds-article__meta">di Antonella Scordo · <time datetime="{published.isoformat()}">6 dicembre 2026 17:45</time> · ultimo aggiornamento <time datetime="{modified.isoformat()}">{e(dot(modified))}</time></p>
</header>
<div class="qds-article__testo">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} | Il Quotidiano del Sud",
        canonical=url,
        prefix="qds",
        body_cls="qds articolo",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Antonella Scordo",
                    publisher=org("Il Quotidiano del Sud", "https://www.quotidianodelsud.it"),
                    lang="it-IT",
                    section="Reggio Calabria",
                ),
            }
        ],
        nav=mega_nav(
            "qds",
            "Il Quotidiano del Sud",
            "/",
            ["Calabria", "Basilicata", "Campania", "Italia", "Sport", "Cultura"],
            _IT_SUBS,
        ),
        main=main,
        footer=_foot("qds", "Il Quotidiano del Sud", "© 2026 Edizioni Proposta Sud"),
    )
    return Render(html, body, [note, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# LiveSicilia (+01:00), custom CMS, live, newest first: `<article>` posts, each an `<h4>` clock
# heading "ore 22.30" + paragraphs, no headlines (one post with two paragraphs), a pinned "In
# primo piano" post on top; JSON-LD `@graph` with an `Organization`, a `WebSite` and a
# `LiveBlogPosting`.


def livesicilia(ctx: Ctx) -> Render:
    url = "https://livesicilia.it/diretta-incendio-discarica-bellolampo-fumo-su-palermo-scuole-chiuse/"
    headline = (
        "DIRETTA – Incendio nella discarica di Bellolampo: fumo su Palermo, scuole chiuse lunedì"
    )
    published = at(CET, 6, 16, 50)
    cls = "ls-intro"
    body = [
        "Un vasto incendio è divampato domenica pomeriggio nella discarica di Bellolampo, sulle colline sopra Palermo. Una nube di fumo nero si è spostata verso Boccadifalco e il quartiere Borgo Nuovo.",
        "Il sindaco ha chiesto ai residenti della zona ovest di tenere le finestre chiuse. Seguite qui gli aggiornamenti, dal più recente.",
    ]
    specs = [
        (
            17,
            5,
            [
                "I vigili del fuoco sono intervenuti con sei squadre nella vasca esaurita della discarica. Le fiamme sono visibili dalla circonvallazione."
            ],
        ),
        (
            18,
            20,
            [
                "L'Arpa Sicilia ha installato due centraline mobili a Borgo Nuovo e a Boccadifalco per misurare le diossine."
            ],
        ),
        (
            19,
            40,
            [
                "Il sindaco ha firmato l'ordinanza: lunedì restano chiuse le scuole di Borgo Nuovo, Cruillas e Boccadifalco.",
                "Sospesa anche l'attività dei mercati rionali della zona.",
            ],
        ),
        (
            21,
            5,
            [
                "Due Canadair non possono volare di notte. Riprenderanno i lanci all'alba di lunedì, fa sapere la Protezione civile regionale."
            ],
        ),
        (
            22,
            25,
            [
                "La Rap ha sospeso i conferimenti in discarica: i camion dei rifiuti vengono dirottati verso Trapani."
            ],
        ),
    ]
    entries = [
        Block("live_entry", f"ore {dot(at(CET, 6, h, m))}", at(CET, 6, h, m), None, ps)
        for h, m, ps in specs
    ]
    pinned = Block(
        "live_entry",
        "ore 18.50",
        at(CET, 6, 18, 50),
        None,
        [
            "Chi ha disturbi respiratori e vive nella zona ovest può chiamare il numero dell'Asp dedicato all'emergenza, attivo tutta la notte."
        ],
    )
    genuine = Block(
        "live_entry",
        "ore 23.54",
        at(CET, 6, 23, 54),
        None,
        [
            "I vigili del fuoco hanno circoscritto l'incendio. Il fronte delle fiamme non si allarga più, ma lo spegnimento durerà tutta la notte."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    shown = [pinned, *feed]

    def post(label: str, ts: datetime, paras: list[str], pin: bool) -> str:
        text = "".join(f'<p class="ls-post__text">{e(p)}</p>' for p in paras)
        badge = '<span class="ls-pin">In primo piano</span>' if pin else ""
        return (
            f'<article class="ls-diretta__post{" ls-diretta__post--pin" if pin else ""}" data-time="{ts.isoformat()}">'
            f'{badge}<h4 class="ls-ora">{e(label)}</h4>{text}</article>'
        )

    for b in shown:
        assert b.ts
        b.html = post(b.label or "", b.ts, b.paras, b is pinned)
    modified = max(b.ts for b in shown if b.ts)

    def fake(text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        label = f"ore {dot(t)}"
        return W(post(label, t, [text], False), [text], kind, [label])

    births = fake(
        f"Nascite a Palermo: all'ospedale Cervello, al Civico e al Buccheri La Ferla sono nati oggi {rise(ctx, 17, 1, 1)} bambini, l'ultimo alle {dot(ctx.ago(3, 40))}.",
        BIRTHS,
    )
    pet = fake(
        "Adotta un amico: "
        + turn(
            ctx,
            [
                "Totò, meticcio di tre anni trovato a Mondello, allegro e già vaccinato.",
                "Rosalia, gattina bianca di un anno, timida ma affettuosa.",
                "Peppino, cirneco dell'Etna di sette anni, tranquillo e fedele.",
                "Nerina e Fumo, due gatti fratelli da adottare insieme.",
                "Brigante, pastore tedesco giovane, adatto a chi ha esperienza.",
                "Cannolo, coniglio nano color crema, ama le carote e le coccole.",
            ],
            "pet",
        )
        + " Canile municipale di Palermo.",
        ADOPT,
    )
    fish = fake(
        "Pesca sportiva nel golfo: "
        + "; ".join(
            log(
                ctx,
                [
                    "una spigola di 3 chili al molo di Sferracavallo",
                    "calamari a Mondello",
                    "un'orata di 2 chili all'Arenella",
                    "saraghi dalla scogliera di Isola delle Femmine",
                    "una leccia di 9 chili davanti a Capo Gallo",
                    "totani al porto di Termini Imerese",
                ],
                3,
                dot,
                30,
                240,
            )
        )
        + ".",
        ANGLING,
    )
    hearts = fake(
        "Cuori solitari: "
        + turn(
            ctx,
            [
                "pensionato, 69 anni, Bagheria, ama il mare e le partite a carte, cerca una signora per passeggiate al Foro Italico. Casella 771.",
                "vedova, 64 anni, Monreale, ottima cuoca, cerca un signore gentile. Casella 778.",
                "ingegnere, 55 anni, Palermo, divorziato, appassionato di vela, cerca una compagna sportiva. Casella 764.",
                "maestra, 50 anni, Partinico, ama il cinema e i libri, cerca un uomo sincero. Casella 782.",
                "artigiano, 60 anni, Carini, fa il presepe ogni anno, cerca una compagna per le feste. Casella 769.",
                "signora, 58 anni, Mondello, ama ballare il tango, cerca un cavaliere. Casella 785.",
            ],
            "hearts",
        ),
        PERSONALS,
    )
    trees = fake(
        f"Palermo verde: il Comune ha piantato {num(rise(ctx, 2240, 5, 4), '.')} alberi da ottobre, dato aggiornato alle {dot(ctx.ago(1, 9))}. Il prossimo appuntamento è al parco della Favorita.",
        TREES,
    )
    garden = bp(
        cls,
        "L'orto di dicembre: seminare fave e piselli, raccogliere i cavolfiori e proteggere i limoni dal vento con il tessuto non tessuto.",
        GARDEN,
    )
    phones = bp(
        cls,
        "Numeri utili: vigili del fuoco 115, numero unico per le emergenze 112, Asp di Palermo 091 703 3111, Protezione civile regionale 800 404 040.",
        PHONES,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(garden, [0, 1, 2], 0.7), (phones, [1, 2], 0.8)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (births, list(range(0, n + 1)), 0.85),
            (pet, list(range(1, n + 1)), 0.75),
            (fish, [1, 2, 3, n - 1, n], 0.75),
            (hearts, list(range(2, n + 1)), 0.7),
            (trees, list(range(0, n)), 0.8),
        ],
    )
    publisher = org("LiveSicilia", "https://livesicilia.it")
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="it-IT",
    )
    site = {
        "@type": "WebSite",
        "@id": "https://livesicilia.it/#website",
        "url": "https://livesicilia.it/",
        "name": "LiveSicilia",
    }
    main = f"""<div class="ls-container">
<main class="ls-main">
<article class="ls-articolo ls-articolo--diretta">
<header class="ls-articolo__header">
<p class="ls-articolo__label">Diretta</p>
<h1 class="ls-articolo__titolo">{e(headline)}</h1>
<p class="ls-articolo__sommario">Nube di fumo su Borgo Nuovo e Boccadifalco, l'Arpa misura le diossine</p>
<p class="ls-articolo__meta">di Giuseppe Lo Bianco · <time datetime="{published.isoformat()}">6 dicembre 2026</time> · Aggiornato alle <time datetime="{modified.isoformat()}">{e(dot(modified))}</time></p>
</header>
<div class="ls-articolo__intro">
{intro}
</div>
{ad_slot("ls-adv", "Pubblicità", "ls-diretta-box")}
<div class="ls-diretta">
{feed_html}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - LiveSicilia",
        canonical=url,
        prefix="ls",
        body_cls="ls diretta",
        jsonld=[graph(publisher, site, live)],
        nav=mega_nav(
            "ls",
            "LiveSicilia",
            "/",
            ["Palermo", "Catania", "Cronaca", "Politica", "Sport", "Cultura"],
            _IT_SUBS,
        ),
        main=main,
        footer=_foot("ls", "LiveSicilia", "© 2026 LiveSicilia"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "sardiniapost-mareggiata-poetto-chiuso-lungomare-case-allagate-quartu",
        "Sardinia Post (IT)",
        "it",
        "updates",
        CET,
        sardinia,
    ),
    Site(
        "quotidianodelsud-frana-scilla-chiusa-statale-18-chianalea-isolata",
        "Il Quotidiano del Sud (IT)",
        "it",
        "updates",
        CET,
        quotidiano,
    ),
    Site(
        "livesicilia-diretta-incendio-discarica-bellolampo-fumo-su-palermo",
        "LiveSicilia (IT)",
        "it",
        "live",
        CET,
        livesicilia,
    ),
]
