"""Italian-language publishers: La Nuova Ferrara, RomaToday, il Dolomiti."""

from __future__ import annotations

from fx import (
    APPEAL,
    CORRX,
    COUNTER,
    COURT,
    DISPATCH,
    FILM,
    FOODBANK,
    HUNT,
    LIFTS,
    LIGHTS,
    NOTICES,
    SAINT,
    SANTA,
    SCAM,
    WARDS,
    bl,
    bp,
    calls,
    dot,
    drift,
    graph,
    hm,
    ld,
    num,
    one,
    ranked,
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
_GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Servizi": [
                "Abbonamenti",
                "Edizione digitale",
                "Newsletter",
                "Pubblicità",
                "Necrologie",
            ],
            "Note legali": [
                "Privacy",
                "Cookie policy",
                "Termini e condizioni",
                "Preferenze cookie",
                "Dichiarazione di accessibilità",
            ],
        },
        legal,
    )


def _saint_it(ctx: Ctx, today: str, tomorrow: str) -> str:
    """The saint's day, which turns over at local midnight (fetch 6 on +01:00 pages)."""
    return today if ctx.local.day == 6 else tomorrow


# ---------------------------------------------------------------------------------------------
# La Nuova Ferrara (+01:00), custom CMS, updates: bold "Domenica 6 dicembre, ore 21.30 –" leads (a
# full date, no update word) inside the story after paragraph 3, oldest first; an italic bold
# "Rettifica:" at the top and an italic bold "Nota della redazione:" at the bottom. The body runs
# in three <div class="story__text"> blocks split by a photo and an ad.


def nuovaferrara(ctx: Ctx) -> Render:
    url = "https://www.lanuovaferrara.it/ferrara/cronaca/2026/12/06/news/crolla-un-tratto-delle-mura-vicino-a-porta-paola-transennata-la-zona-1829304"
    headline = "Ferrara, crolla un tratto delle Mura vicino a Porta Paola: transennata la zona"
    published = at(CET, 6, 19, 5)
    cls = "story__paragraph"
    body = [
        "FERRARA. Un tratto di circa dieci metri della cinta muraria è crollato domenica sera nei pressi di Porta Paola, nel lato sud delle Mura di Ferrara.",
        "Il cedimento è avvenuto poco prima delle 18.30, dopo giorni di pioggia. I mattoni sono finiti sul sentiero alla base delle Mura, in quel momento deserto.",
        "Sul posto sono intervenuti i vigili del fuoco e la polizia locale, che hanno transennato un'area di circa cento metri tra Porta Paola e il baluardo di San Lorenzo.",
        "«Ho sentito un boato, sembrava un tuono, poi una nuvola di polvere», racconta Marisa Bonfanti, che abita a poche decine di metri dalle Mura.",
        "Il Comune ha chiuso il percorso ciclopedonale sulle Mura nel tratto sud. Chi va in bicicletta deve passare da viale Cavour e corso Porta Reno.",
        "La Soprintendenza ha annunciato un sopralluogo per lunedì mattina per valutare la stabilità dei tratti vicini.",
        "L'ultimo cedimento sulle Mura risale al 2012, quando il terremoto aveva danneggiato alcuni tratti della cinta nel lato nord.",
    ]
    rett = Block(
        "correction",
        "Rettifica",
        None,
        None,
        [
            "in una prima versione di questo articolo avevamo scritto che il crollo era avvenuto vicino a Porta San Pietro. Si tratta invece di Porta Paola."
        ],
    )
    notes = [
        Block(
            "update",
            "Domenica 6 dicembre, ore 21.30",
            at(CET, 6, 21, 30),
            None,
            [
                "I vigili del fuoco hanno coperto con teli il tratto crollato per proteggerlo dalla pioggia prevista nella notte."
            ],
        ),
        Block(
            "update",
            "Domenica 6 dicembre, ore 22.40",
            at(CET, 6, 22, 40),
            None,
            [
                "Il sindaco ha firmato un'ordinanza che vieta il transito pedonale e ciclabile sulle Mura da Porta Paola a via Caldirolo fino a nuovo avviso."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Domenica 6 dicembre, ore 23.52",
        at(CET, 6, 23, 52),
        None,
        [
            "La polizia locale ha chiuso anche via Bologna nel tratto davanti a Porta Paola, per timore di nuovi cedimenti durante la notte."
        ],
    )
    nota = Block(
        "editors_note",
        "Nota della redazione",
        None,
        None,
        [
            "il fotografo della Nuova Ferrara che ha scattato le immagini del crollo abita in una delle case vicine al tratto delle Mura caduto."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")} –</strong> {e(b.paras[0])}</p>'
    rett.html = f'<p class="{cls}"><em><strong>Rettifica:</strong> {e(rett.paras[0])}</em></p>'
    nota.html = (
        f'<p class="{cls}"><em><strong>Nota della redazione:</strong> {e(nota.paras[0])}</em></p>'
    )
    modified = shown[-1].ts or published

    t = ctx.ago(1, 8)
    counter = bp(
        cls,
        f"{num(rise(ctx, 6412, 11, 9), '.')} passaggi oggi in via Bologna, {num(rise(ctx, 3870, 7, 6), '.')} in corso Isonzo. Dati del Comune di Ferrara.",
        COUNTER,
        lead=f"Contabici, {_GIORNI[t.weekday()]} {t.day} dicembre, ore {dot(t)} –",
    )
    saint = bp(
        cls,
        _saint_it(
            ctx,
            "San Nicola di Bari, vescovo di Myra, patrono dei marinai e dei bambini.",
            "Sant'Ambrogio, vescovo di Milano e dottore della Chiesa.",
        ),
        SAINT,
        lead="Il santo del giorno –",
    )
    court = bp(
        cls,
        turn(
            ctx,
            [
                "Condannato a un anno e due mesi il 38enne che a giugno aveva rubato biciclette in via Garibaldi e le rivendeva online.",
                "Assolto l'ex amministratore di condominio di viale Krasnodar accusato di appropriazione indebita.",
                "Rinviato a febbraio il processo per l'incendio del capannone di Poggio Renatico.",
                "Patteggia otto mesi il giovane di Cento fermato con un coltello in piazza Trento Trieste.",
            ],
            "court",
        ),
        COURT,
        lead="In tribunale –",
    )
    notices = bp(
        cls,
        turn(
            ctx,
            [
                "Appartamento in via Porta Romana, 85 mq, base d'asta 62.000 euro, vendita il 20 gennaio.",
                "Negozio in corso Porta Mare, 40 mq, base d'asta 48.500 euro, vendita il 27 gennaio.",
                "Villetta a Copparo con giardino, base d'asta 131.000 euro, vendita il 3 febbraio.",
                "Terreno agricolo a Portomaggiore, 2 ettari, base d'asta 39.000 euro, vendita il 10 febbraio.",
            ],
            "notices",
        ),
        NOTICES,
        lead="Aste giudiziarie –",
    )
    food = bl(
        "story__list",
        "story__list-item",
        [
            "Banco alimentare, servono: "
            + turn(
                ctx,
                [
                    "olio, tonno in scatola e legumi",
                    "latte a lunga conservazione, biscotti e pannolini",
                    "pasta, passata di pomodoro e zucchero",
                    "omogeneizzati, caffè e detersivi",
                ],
                "food",
            ),
            turn(
                ctx,
                [
                    "Raccolta sabato nei supermercati Coop di Ferrara",
                    "Si consegna alla Caritas di via Brasavola dal lunedì al venerdì",
                    "Punto di raccolta anche alla parrocchia di San Benedetto",
                ],
                "food2",
            ),
        ],
        FOODBANK,
    )
    w = ctx.ago(2, 40)
    wards = bp(
        cls,
        f"Visite sospese in {drift(ctx, 3, 1)} reparti per l'influenza: {', '.join(pick(ctx, ['Geriatria', 'Medicina interna', 'Pneumologia', 'Pediatria', 'Lungodegenza'], 2))}. Ammesso un solo visitatore negli altri reparti.",
        WARDS,
        lead=f"Ospedale di Cona, ore {dot(w)} –",
    )
    scam = bp(
        cls,
        one(
            ctx,
            [
                f"Truffa del finto carabiniere: {rise(ctx, 23, 2, 1)} segnalazioni da venerdì in provincia di Ferrara. I carabinieri non chiedono mai soldi o gioielli a domicilio.",
                f"Già {rise(ctx, 23, 2, 1)} segnalazioni da venerdì di finti carabinieri al telefono nel Ferrarese. Chiamate il 112.",
            ],
        ),
        SCAM,
    )

    def run_break(inner: str) -> str:
        return f'</div>\n{inner}\n<div class="story__text">'

    fig = run_break(
        '<figure class="story__image"><img src="/image/mura-porta-paola-crollo.jpg" alt="">'
        "<figcaption>Il tratto delle Mura crollato vicino a Porta Paola (foto Filippo Rubin)</figcaption></figure>"
    )
    adv = run_break(ad_slot("story__adv", "Pubblicità", "nf_middle_1"))
    para = [f'<p class="{cls}">{e(p)}</p>' for p in body]
    units = [rett.html] + para[:3] + [b.html for b in shown] + [fig] + para[3:5] + [adv]
    units += [*para[5:], nota.html]
    k = len(units)
    nn = len(shown)
    story = weave(
        ctx,
        units,
        [
            (counter, list(range(1, nn + 6)), 0.85),
            (saint, [0, 1, k], 0.7),
            (court, list(range(nn + 5, k + 1)), 0.75),
            (notices, [k - 1, k], 0.7),
            (food, list(range(nn + 4, k + 1)), 0.65),
            (wards, list(range(3, nn + 6)), 0.85),
            (scam, list(range(2, k)), 0.8),
        ],
    )
    main = f"""<main class="main" id="main">
<div class="story story--default">
<div class="story__header">
<div class="story__overtitle"><a href="/ferrara/cronaca/">Cronaca</a></div>
<h1 class="story__title">{e(headline)}</h1>
<h2 class="story__summary">Cedimento dopo giorni di pioggia: chiuso il percorso ciclopedonale nel lato sud. Lunedì il sopralluogo della Soprintendenza.</h2>
<div class="story__signature">di Giulia Mantovani</div>
<div class="story__date"><time datetime="{published.isoformat()}">06 Dicembre 2026</time> · <span>aggiornato alle {e(hm(modified))}</span></div>
</div>
<div class="story__content">
<div class="story__text">
{story}
</div>
</div>
</div>
</main>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - La Nuova Ferrara",
        canonical=url,
        prefix="nf",
        body_cls="nf-body story-page",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Giulia Mantovani",
                    publisher=org("La Nuova Ferrara", "https://www.lanuovaferrara.it"),
                    lang="it-IT",
                    section="Cronaca",
                )
            )
        ],
        nav=mega_nav(
            "nf",
            "La Nuova Ferrara",
            "/",
            ["Ferrara", "Provincia", "Cronaca", "Sport", "Tempo libero", "Dossier"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("nf", "© 2026 La Nuova Ferrara"),
    )
    return Render(html, body, [rett, *shown, nota], genuine, modified)


# ---------------------------------------------------------------------------------------------
# RomaToday (+01:00), custom CMS, live, newest first: <div> entries with an <h4> clock heading
# "22:44" above an <h3>; @graph with the NewsArticle first and a LiveBlogPosting


def romatoday(ctx: Ctx) -> Render:
    url = "https://www.romatoday.it/cronaca/diretta-metro-a-chiusa-termini-battistini-guasto.html"
    headline = "Diretta, metro A chiusa tra Termini e Battistini per un guasto: bus navetta e caos in superficie"
    published = at(CET, 6, 17, 40)
    cls = "c-live__text"
    body = [
        "Un guasto alla linea di alimentazione ha fermato la metro A tra Termini e Battistini nel tardo pomeriggio di domenica, con centinaia di passeggeri fatti scendere nelle gallerie.",
        "Atac ha attivato bus navetta, ma il traffico in superficie è paralizzato. Gli aggiornamenti in diretta, dal più recente.",
    ]
    specs = [
        (
            18,
            5,
            "Treni fermi in galleria",
            "Due convogli si sono fermati tra le stazioni di Lepanto e Flaminio. I passeggeri sono stati accompagnati a piedi lungo i binari fino alla banchina.",
        ),
        (
            18,
            50,
            "Attivati i bus navetta",
            "Le navette collegano Termini e Battistini seguendo in superficie il percorso della metro, con una corsa ogni cinque minuti.",
        ),
        (
            19,
            35,
            None,
            "Lunghe code alla fermata di piazza dei Cinquecento, dove centinaia di persone attendono le navette per Cipro e Battistini.",
        ),
        (
            20,
            40,
            "La causa: un cavo danneggiato",
            "Secondo Atac il guasto è stato causato da un cavo danneggiato vicino alla stazione di Ottaviano. I tecnici sono al lavoro.",
        ),
        (
            21,
            45,
            "Traffico in tilt sul lungotevere",
            "La polizia locale segnala code sul lungotevere e in via Cola di Rienzo, dove passano le navette.",
        ),
        (
            22,
            44,
            "Navette per tutta la notte",
            "Atac fa sapere che la tratta resterà chiusa fino a fine servizio. Le navette funzioneranno anche dopo la mezzanotte.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:53",
        at(CET, 6, 23, 53),
        "Metro A, si riparte domani alle 5.30",
        [
            "Atac conferma che la tratta tra Termini e Battistini riaprirà regolarmente lunedì alle 5.30, a lavori conclusi."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def entry(label: str, head: str | None, text: str) -> str:
        hd = f'<h3 class="c-live__title">{e(head)}</h3>' if head else ""
        return (
            f'<div class="c-live__entry"><div class="c-live__head"><h4 class="c-live__hour">{e(label)}</h4></div>'
            f'<div class="c-live__content">{hd}<p class="{cls}">{e(text)}</p></div></div>'
        )

    for b in shown:
        b.html = entry(b.label or "", b.head, b.paras[0])
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        return W(entry(hm(ctx.ago(1, 24)), title, text), [title, text], kind)

    lift_pool = [
        "Repubblica, scala mobile in uscita",
        "Barberini, ascensore",
        "Spagna, due scale mobili su quattro",
        "Cipro, ascensore lato via Cipro",
        "Vittorio Emanuele, scala mobile in discesa",
        "San Giovanni, ascensore per la linea C",
    ]
    lifts = fake(
        one(
            ctx,
            ["Metro, ascensori e scale mobili fuori servizio", "Scale mobili ferme nelle stazioni"],
        ),
        f"Alle {hm(ctx.ago(3, 30))} risultano fuori servizio: {'; '.join(pick(ctx, lift_pool, 3))}.",
        LIFTS,
    )
    scam = fake(
        "Truffe agli anziani",
        one(
            ctx,
            [
                f"{rise(ctx, 41, 2, 2)} segnalazioni da venerdì di finti tecnici Acea che si presentano alla porta per controllare i contatori. Acea non manda tecnici senza appuntamento.",
                f"Finti tecnici dell'acqua: {rise(ctx, 41, 2, 2)} segnalazioni ai carabinieri da venerdì tra Prati, Monteverde e Tuscolano.",
            ],
        ),
        SCAM,
    )
    appeal = fake(
        one(ctx, ["Scomparsa a Centocelle", "Si cerca un uomo di 81 anni"]),
        one(
            ctx,
            [
                "Di Chiara, 16 anni, non si hanno notizie da sabato pomeriggio. È stata vista l'ultima volta in piazza dei Mirti. Chi ha notizie chiami il 112.",
                "Giuseppe, 81 anni, è uscito di casa a Monteverde sabato mattina e non è più rientrato. Indossa un cappotto blu.",
                "La polizia cerca testimoni dell'investimento di un ciclista avvenuto venerdì sera in via Tiburtina, all'altezza di Portonaccio.",
            ],
        ),
        APPEAL,
    )
    film = bp(
        cls,
        "divieto di sosta in via Margutta e in via del Babuino da lunedì 7 a mercoledì 9 dicembre, dalle 6 alle 22.",
        FILM,
        lead="Riprese cinematografiche:",
    )
    saint = bp(
        cls,
        _saint_it(ctx, "San Nicola, vescovo di Myra.", "Sant'Ambrogio, vescovo di Milano."),
        SAINT,
        lead="Il santo di oggi:",
    )
    corrx = bp(
        cls,
        turn(
            ctx,
            [
                "nell'articolo del 4 dicembre sul mercatino di piazza Navona l'apertura è alle 10, non alle 9.",
                "la consigliera municipale citata il 3 dicembre a proposito della Tangenziale è del Municipio V, non del VI.",
                "il concerto all'Auditorium annunciato il 2 dicembre è sabato 12, non domenica 13.",
                "la nuova linea tram di via Prenestina citata il 1° dicembre partirà nel 2028, non nel 2027.",
            ],
            "corrx",
        ),
        CORRX,
        lead="Rettifiche:",
    )
    court = bp(
        cls,
        turn(
            ctx,
            [
                "condannato a tre anni il borseggiatore fermato sulla metro B a Colosseo con sei portafogli.",
                "rinviato a gennaio il processo per il crollo del solaio in una scuola di Primavalle.",
                "assolti i due tassisti accusati di aver aggredito un autista Ncc a Fiumicino.",
                "patteggia un anno il proprietario del locale di San Lorenzo chiuso per musica oltre l'orario.",
            ],
            "court",
        ),
        COURT,
        lead="Piazzale Clodio:",
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [
            (film, [0, 1, 2], 0.6),
            (saint, [0, 2], 0.75),
            (corrx, [1, 2], 0.75),
            (court, [0, 2], 0.7),
        ],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (lifts, list(range(0, n + 1)), 0.9),
            (scam, list(range(1, n + 1)), 0.8),
            (appeal, list(range(0, n)), 0.75),
        ],
    )
    publisher = org("RomaToday", "https://www.romatoday.it")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Redazione RomaToday",
        publisher=publisher,
        lang="it-IT",
        section="Cronaca",
    )
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
    main = f"""<div class="l-page">
<main class="l-main" role="main">
<div class="l-container"><div class="l-row"><div class="l-col-main">
<article class="c-article c-article--live">
<header class="c-article__header">
<span class="c-article__category"><a href="/cronaca/">Cronaca</a></span>
<h1 class="c-article__title">{e(headline)}</h1>
<p class="c-article__summary">Passeggeri evacuati nelle gallerie tra Lepanto e Flaminio. Atac: guasto alla linea di alimentazione.</p>
<div class="c-article__meta"><span class="c-article__author">Redazione</span> · <time datetime="{published.isoformat()}">06 dicembre 2026 17:40</time> · <span>Aggiornato alle {e(hm(modified))}</span></div>
</header>
<div class="c-live__intro">
{intro}
</div>
{ad_slot("c-adv", "Pubblicità", "rt_live_box_1")}
<div class="c-live">
{feed}
</div>
</article>
</div></div></div>
</main>
</div>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - RomaToday",
        canonical=url,
        prefix="rt",
        body_cls="rt-body rt-body--live",
        jsonld=[graph(article, live)],
        nav=mega_nav(
            "rt",
            "RomaToday",
            "/",
            ["Cronaca", "Politica", "Zone", "Eventi", "Sport", "Lavoro"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("rt", "© 2026 Citynews – RomaToday"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# il Dolomiti (+01:00), WordPress, live, oldest first: <li> entries, each a paragraph opening
# with a bold clock "20.15" and a dash, no headlines (one entry has two paragraphs); no live-blog
# markup at all (the JSON-LD is only a NewsArticle)


def dolomiti(ctx: Ctx) -> Render:
    url = "https://www.ildolomiti.it/cronaca/2026/diretta-incendio-in-un-hotel-a-madonna-di-campiglio-evacuati-120-ospiti"
    headline = "DIRETTA. Incendio in un hotel a Madonna di Campiglio, evacuati 120 ospiti"
    published = at(CET, 6, 20, 10)
    body = [
        "Un incendio è scoppiato domenica sera nel sottotetto di un hotel nel centro di Madonna di Campiglio. I 120 ospiti e il personale sono stati evacuati.",
        "Sul posto i vigili del fuoco permanenti di Trento e i volontari di tutta la Val Rendena. Seguiamo gli aggiornamenti, dal primo al più recente.",
    ]
    specs: list[tuple[int, int, list[str]]] = [
        (
            20,
            15,
            [
                "Le prime chiamate al 112 segnalano fumo dal tetto dell'albergo in piazza Righi. Partono i vigili del fuoco volontari di Pinzolo e Carisolo."
            ],
        ),
        (
            20,
            40,
            [
                "Tutti gli ospiti sono fuori dall'hotel. Sono stati accolti nel palazzetto del ghiaccio e in alcuni alberghi vicini.",
                "Nessuno è rimasto ferito, conferma la centrale unica di emergenza.",
            ],
        ),
        (
            21,
            5,
            [
                "Arriva da Trento l'autoscala dei vigili del fuoco permanenti. Le fiamme hanno raggiunto la copertura in legno."
            ],
        ),
        (
            21,
            50,
            [
                "La strada statale 239 è chiusa nel tratto che attraversa il centro di Campiglio. Il traffico viene deviato sulla circonvallazione."
            ],
        ),
        (
            22,
            30,
            [
                "Il sindaco di Pinzolo ha raggiunto il posto di comando avanzato. Il Comune ha aperto la sala consiliare per le famiglie degli ospiti."
            ],
        ),
        (
            22,
            55,
            [
                "Le fiamme sono sotto controllo, riferiscono i vigili del fuoco. Proseguono le operazioni di spegnimento dei focolai nel sottotetto."
            ],
        ),
    ]
    entries = [
        Block("live_entry", dot(at(CET, 6, h, m)), at(CET, 6, h, m), None, ps) for h, m, ps in specs
    ]
    genuine = Block(
        "live_entry",
        "23.54",
        at(CET, 6, 23, 54),
        None,
        [
            "I vigili del fuoco dichiarano spento l'incendio. Gli ospiti passeranno la notte in altri hotel della località, messi a disposizione dall'Apt."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(label: str, paras: list[str]) -> str:
        first = f"<p><strong>{e(label)}</strong> – {e(paras[0])}</p>"
        rest = "".join(f"<p>{e(p)}</p>" for p in paras[1:])
        return f'<li class="liveblog-item">{first}{rest}</li>'

    for b in shown:
        b.html = item(b.label or "", b.paras)
    modified = shown[-1].ts or published

    def fake(text: str, kind: str) -> W:
        return W(item(dot(ctx.ago(1, 22)), [text]), [text], kind)

    call_pool = [
        "canna fumaria a Tione",
        "incidente stradale sulla statale della Valsugana a Levico",
        "soccorso a persona a Riva del Garda",
        "principio d'incendio in una baita a Folgaria",
        "auto fuori strada a Cavalese",
        "allagamento di una cantina a Rovereto",
        "albero sulla strada a Pergine",
    ]
    dispatch = fake(
        "Vigili del fuoco del Trentino, gli altri interventi della serata: "
        + "; ".join(calls(ctx, call_pool, 3, dot, 23, 70))
        + ".",
        DISPATCH,
    )
    route = [
        ("in piazza Righi", "via Cima Tosa"),
        ("in via Cima Tosa", "piazza Brenta Alta"),
        ("in piazza Brenta Alta", "via Dolomiti di Brenta"),
        ("in via Dolomiti di Brenta", "Campo Carlo Magno"),
        ("a Campo Carlo Magno", "la chiesa di Santa Maria"),
        ("davanti alla chiesa di Santa Maria", "piazza Righi"),
        ("di nuovo in piazza Righi", "il Palacampiglio"),
    ]
    here, nxt = route[ctx.n]
    santa = fake(
        f"San Nicolò e i Krampus a Pinzolo: il corteo è {here}, prossima tappa {nxt}.",
        SANTA,
    )
    wards = fake(
        f"Ospedale Santa Chiara di Trento: visite sospese in {drift(ctx, 3, 1)} reparti per l'influenza, un solo visitatore negli altri. Dato aggiornato alle {dot(ctx.ago(4, 45))}.",
        WARDS,
    )
    votes = ranked(
        ctx,
        [
            "il presepe di Tesero",
            "il presepe vivente di Canale di Tenno",
            "le luminarie di Arco",
            "il presepe di Rango",
            "le luci di Levico",
        ],
        744,
    )
    lights = fake(
        "Concorso «Il Natale più bello del Trentino»: in testa "
        + ", poi ".join(f"{name} con {v} voti" for name, v in votes)
        + ".",
        LIGHTS,
    )
    saint = bp(
        "",
        _saint_it(
            ctx,
            "Oggi è San Nicolò: auguri a tutti i Nicola e le Nicoletta.",
            "Oggi è Sant'Ambrogio: auguri a tutti gli Ambrogio.",
        ),
        SAINT,
    )
    hunt = bp(
        "",
        "Caccia: battuta al cinghiale martedì 8 dicembre sul Monte Bondone, sentieri chiusi dalle 7 alle 14 tra Vason e le Viote.",
        HUNT,
    )
    notices = bp(
        "",
        turn(
            ctx,
            [
                "Comune di Pinzolo, ordinanza n. 212: divieto di sosta in via Genova il 9 dicembre per lavori alla rete idrica.",
                "Comunità delle Giudicarie, avviso di gara per lo sgombero neve sulle strade comunali, scadenza 15 dicembre.",
                "Comune di Tione, deposito del piano regolatore generale in variante fino al 10 gennaio.",
            ],
            "notices",
        ),
        NOTICES,
        lead="Albo pretorio:",
    )

    intro = weave(
        ctx,
        [f"<p>{e(p)}</p>" for p in body],
        [(saint, [0, 1, 2], 0.75), (hunt, [1, 2], 0.6), (notices, [0, 2], 0.7)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (dispatch, list(range(1, n + 1)), 0.9),
            (santa, list(range(0, n + 1)), 0.8),
            (wards, list(range(2, n + 1)), 0.75),
            (lights, list(range(0, n)), 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-447120" class="post-447120 post type-post status-publish format-standard category-cronaca">
<header class="entry-header">
<span class="cat-links"><a href="/cronaca/" rel="category tag">Cronaca</a></span>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-excerpt">Fiamme nel sottotetto dell'albergo in pieno centro. Ospiti accolti nel palazzetto del ghiaccio.</div>
<div class="entry-meta"><span class="byline">di Redazione</span> <time class="entry-date published" datetime="{published.isoformat()}">06 dicembre 2026 - 20:10</time> <time class="updated" datetime="{modified.isoformat()}">Ultimo aggiornamento {e(hm(modified))}</time></div>
</header>
<div class="entry-content">
{intro}
{ad_slot("dol-adv", "Pubblicità", "dol_article_box")}
<ul class="liveblog-list">
{feed}
</ul>
</div>
</article>
</main></div>
</div>
</div>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} | il Dolomiti",
        canonical=url,
        prefix="dol",
        body_cls="post-template-default single single-post postid-447120 single-format-standard",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione il Dolomiti",
                    publisher=org("il Dolomiti", "https://www.ildolomiti.it"),
                    lang="it-IT",
                    section="Cronaca",
                )
            )
        ],
        nav=mega_nav(
            "dol",
            "il Dolomiti",
            "/",
            ["Cronaca", "Politica", "Società", "Ambiente", "Montagna", "Sport"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("dol", "© 2026 il Dolomiti – Trento"),
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "lanuovaferrara-crolla-tratto-mura-porta-paola-transennata",
        "La Nuova Ferrara",
        "it",
        "updates",
        CET,
        nuovaferrara,
    ),
    Site(
        "romatoday-diretta-metro-a-chiusa-termini-battistini-guasto-navette",
        "RomaToday",
        "it",
        "live",
        CET,
        romatoday,
    ),
    Site(
        "ildolomiti-diretta-campiglio-incendio-hotel-evacuati-ospiti",
        "il Dolomiti",
        "it",
        "live",
        CET,
        dolomiti,
    ),
]
