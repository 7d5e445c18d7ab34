"""Italian-language publishers: Riviera24 (Liguria), TrevisoToday (Veneto), il T Quotidiano
(Trentino)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BOOKBUS,
    COMMENTS,
    DRAWING,
    JABS,
    LOST,
    NEWS,
    NOMS,
    POEM,
    PROMO,
    PUNCT,
    READ,
    REPAIR,
    SURGERY,
    TRADE,
    WEATHER,
    bl,
    bp,
    bpa,
    countdown,
    dot,
    drift,
    hm,
    ld,
    num,
    rise,
    share,
    turn,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    a,
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
    "Sport",
    "Cultura",
    "Salute",
    "Scuola",
    "Ambiente",
    "Trasporti",
    "Eventi",
    "Necrologi",
    "Lettere",
]


def _foot(prefix: str, brand: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            brand: ["Chi siamo", "Contatti", "Pubblicità", "Newsletter", "Redazione"],
            "Note legali": ["Privacy", "Cookie policy", "Termini di utilizzo", "Accessibilità"],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Riviera24 (+01:00), WordPress-like. Boxes at the top, newest first, each a `<div
# class="update">` with a head line "**Aggiornamento** · <time>22:15</time>" and a paragraph; a
# bold "Errata corrige:" at the bottom (`correction`, lower-case first word). The body has a list
# of closed roads.


def riviera24(ctx: Ctx) -> Render:
    url = "https://www.riviera24.it/2026/12/incendio-boschivo-sopra-bordighera-evacuate-case-montenero-912345/"
    headline = "Incendio nei boschi sopra Bordighera, evacuate venti case a Montenero: chiusa la strada per Sasso"
    published = at(CET, 6, 18, 35)
    body = [
        "Un incendio boschivo è divampato nel tardo pomeriggio di domenica sulle colline sopra Bordighera, nella zona di Montenero. Venti abitazioni sono state evacuate in via precauzionale.",
        "Le fiamme, spinte dalla tramontana, sono state avvistate intorno alle 17 da alcuni residenti di Borghetto San Nicolò, che hanno chiamato il 112.",
        "Sul posto sono intervenute le squadre dei vigili del fuoco di Sanremo e Ventimiglia e i volontari dell'antincendio boschivo di Vallebona e Seborga.",
        "«Abbiamo visto il fuoco scendere verso gli ulivi in pochi minuti», racconta un agricoltore di Montenero che ha lasciato la casa con la famiglia.",
        "Il Comune ha allestito un punto di accoglienza nella palestra di una scuola del centro per chi non ha potuto trovare ospitalità da parenti.",
        "Sono chiuse al traffico:",
        "la strada provinciale per Sasso da Borghetto San Nicolò",
        "via Montenero dal bivio con via dei Colli",
        "la strada comunale per Vallebona all'altezza del cimitero",
        "Il Canadair chiesto dalla Regione Liguria non potrà intervenire prima dell'alba di lunedì, quando riprenderanno anche i lanci dell'elicottero.",
        "Il sindaco ha firmato un'ordinanza che vieta qualsiasi abbruciamento di sterpaglie su tutto il territorio comunale fino alla fine del mese.",
    ]
    notes = [
        Block(
            "update",
            "Aggiornamento · 22:15",
            at(CET, 6, 22, 15),
            None,
            [
                "I vigili del fuoco hanno fermato il fronte principale a poche decine di metri dalle prime case di Montenero. Le squadre resteranno sul posto tutta la notte."
            ],
        ),
        Block(
            "update",
            "Aggiornamento · 20:20",
            at(CET, 6, 20, 20),
            None,
            [
                "Un volontario dell'antincendio è rimasto lievemente ferito a una mano ed è stato medicato all'ospedale Saint Charles."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aggiornamento · 23:55",
        at(CET, 6, 23, 55),
        None,
        [
            "Dieci delle venti famiglie evacuate possono rientrare a casa. Per le altre il sindaco deciderà lunedì mattina dopo un sopralluogo."
        ],
    )
    corr = Block(
        "correction",
        "Errata corrige",
        None,
        None,
        ["in una prima versione avevamo scritto che le case evacuate erano trenta. Sono venti."],
    )
    corr.html = f"<p><strong>Errata corrige:</strong> {e(corr.paras[0])}</p>"
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def box(word: str, ts: datetime, text: str) -> str:
        return (
            f'<div class="update"><p class="update__head"><strong>{e(word)}</strong> · '
            f'<time datetime="{ts.isoformat()}">{hm(ts)}</time></p><p>{e(text)}</p></div>'
        )

    for b in shown:
        assert b.ts
        b.html = box("Aggiornamento", b.ts, b.paras[0])
    modified = shown[0].ts or published

    rt = ctx.ago(1, 9)
    repair_text = f"Il Repair Café di Bordighera ha riparato {num(rise(ctx, 1131, 2, 2), '.')} oggetti da gennaio: lampade, radio, biciclette e macchine del caffè."
    repair = W(
        box("Riparazioni", rt, repair_text), [repair_text], REPAIR, [f"Riparazioni · {hm(rt)}"]
    )
    wt = ctx.ago(1, 12)
    weather_text = f"Bordighera: {drift(ctx, 9, 1)} °C, tramontana a {drift(ctx, 35, 6)} km/h, umidità {drift(ctx, 38, 4)}%. Dati della stazione meteo di Capo Sant'Ampelio."
    weather = W(box("Meteo", wt, weather_text), [weather_text], WEATHER, [f"Meteo · {hm(wt)}"])
    lost = bp(
        "",
        turn(
            ctx,
            [
                "un orologio da uomo con cinturino di pelle, trovato sulla passeggiata Argentina. Rivolgersi alla polizia locale.",
                "un mazzo di chiavi con un portachiavi della Sanremese, trovato in piazza Eroi Sanremesi.",
                "un passeggino blu lasciato alla stazione di Bordighera.",
                "una borsa da mare con un libro e un telo, dimenticata ai Bagni Amarea.",
                "una fede nuziale incisa «Luca e Sara 2011», trovata al mercato del giovedì.",
                "un gatto di peluche grigio trovato sul bus della linea 1 per Ventimiglia.",
            ],
            "lost",
        ),
        LOST,
        lead="Oggetti smarriti:",
    )
    drawing = bp(
        "",
        turn(
            ctx,
            [
                "Giulia, 7 anni, di Vallecrosia ha disegnato le palme del lungomare con la neve.",
                "Matteo, 6 anni, di Camporosso ci manda un veliero nel porto di Sanremo.",
                "Sofia, 9 anni, di Bordighera ha disegnato la chiesa di Sant'Ampelio al tramonto.",
                "Leonardo, 5 anni, di Seborga ha disegnato il principe con la corona.",
                "Alice, 8 anni, di Ospedaletti ha disegnato il suo nonno in bicicletta sulla pista ciclabile.",
                "Tommaso, 4 anni, di Dolceacqua ci manda il castello con un drago verde.",
            ],
            "drawing",
        ),
        DRAWING,
        lead="Il disegno della settimana:",
    )
    trade = bp(
        "",
        turn(
            ctx,
            [
                "la Sanremese è vicina a un attaccante argentino che gioca in Serie D in Piemonte.",
                "l'Ospedaletti vuole un portiere esperto e ha chiesto informazioni al Vado.",
                "il difensore della Sanremese piace a due club di Serie C.",
                "il Ventimiglia prende in prestito un centrocampista classe 2006 dal Genoa.",
                "la Sanremese rinnova il contratto del capitano fino al 2028.",
                "un club francese di Nizza ha chiesto il giovane esterno dell'Imperia.",
            ],
            "trade",
        ),
        TRADE,
        lead="Calciomercato:",
    )
    surgery = bp(
        "",
        "il sindaco riceve i cittadini senza appuntamento il martedì dalle 10 alle 12 nel palazzo comunale; gli assessori il giovedì pomeriggio su prenotazione.",
        SURGERY,
        lead="Ricevimento del sindaco:",
    )
    read = bpa(
        "",
        "Leggi anche:",
        turn(
            ctx,
            [
                "Sanremo, il Casinò chiude il 2026 con incassi record",
                "Pista ciclabile del Ponente, via libera al tratto fino a Ospedaletti",
                "Ventimiglia, il mercato del venerdì cambia orario",
                "Festival, i biglietti per la finale esauriti in un'ora",
                "Bordighera, nuova illuminazione sul lungomare Argentina",
                "Olivicoltori del Ponente: annata scarsa ma di qualità",
            ],
            "read",
        ),
        "/category/cronaca/",
        READ,
    )
    jabs = bl(
        "",
        "",
        [
            "Vaccino antinfluenzale senza prenotazione: Casa della Comunità di Bordighera, martedì dalle 9 alle 13",
            "Vaccino antinfluenzale senza prenotazione: farmacia di via Vittorio Emanuele, mercoledì dalle 15 alle 19",
            "Vaccino antinfluenzale senza prenotazione: distretto sanitario di Ventimiglia, venerdì dalle 8 alle 12",
        ],
        JABS,
    )

    roads = "".join(f"<li>{e(x)}</li>" for x in body[6:9])
    top = [b.html for b in shown]
    nt = len(top)
    units = top + [f"<p>{e(p)}</p>" for p in body[:6]] + [f"<ul>{roads}</ul>"]
    ul = len(units) - 1
    units += [f"<p>{e(p)}</p>" for p in body[9:]] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (repair, list(range(0, nt + 1)), 0.85),
            (weather, [0, 1, nt, nt + 1, k], 0.85),
            (lost, [nt + 2, nt + 3, nt + 4, ul + 1, ul + 2], 0.8),
            (drawing, [nt + 3, nt + 5, ul + 2, k - 1], 0.75),
            (trade, [nt + 1, nt + 2, ul + 1, k], 0.8),
            (surgery, [ul + 2, k - 1, k], 0.7),
            (read, [nt + 2, nt + 4, nt + 5, ul + 1], 0.8),
            (jabs, [ul + 1, ul + 2], 0.8),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article id="post-912345" class="post type-post status-publish format-standard category-bordighera">
<header class="entry-header">
<div class="r24-cat"><a href="/category/bordighera/">Bordighera</a></div>
<h1 class="entry-title">{e(headline)}</h1>
<p class="r24-sommario">Le fiamme spinte dalla tramontana fino agli uliveti, il Canadair solo all'alba</p>
<div class="entry-meta"><span class="byline">di Daniela Ferrari</span></div>
<div class="entry-date">Aggiornato alle <time class="updated" datetime="{modified.isoformat()}">{hm(modified)}</time> del 6 dicembre 2026</div>
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
        title=f"{headline} - Riviera24",
        canonical=url,
        prefix="r24",
        body_cls="post-template-default single single-post",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Daniela Ferrari",
                    publisher=org("Riviera24", "https://www.riviera24.it"),
                    lang="it-IT",
                    section="Bordighera",
                )
            )
        ],
        nav=mega_nav(
            "r24",
            "Riviera24",
            "/",
            ["Sanremo", "Imperia", "Ventimiglia", "Bordighera", "Sport", "Eventi"],
            _IT_SUBS,
        ),
        main=main,
        footer=_foot("r24", "Riviera24", "© 2026 Riviera24 – Testata giornalistica registrata"),
        cms="wp",
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# TrevisoToday (+01:00), custom CMS, live, newest first: `<article>` entries with a `<header>`
# holding a `<time>` "22.40" and paragraphs, no headlines (one entry with two paragraphs); a
# standalone `LiveBlogPosting` with `liveBlogUpdate`.


def treviso(ctx: Ctx) -> Render:
    url = "https://www.trevisotoday.it/cronaca/diretta-nebbia-tamponamento-a27-treviso-nord-conegliano.html"
    headline = "Diretta, nebbia e maxi tamponamento sulla A27: chiuso il tratto tra Treviso Nord e Conegliano"
    published = at(CET, 6, 18, 30)
    body = [
        "Un maxi tamponamento nella nebbia ha coinvolto una ventina di veicoli sull'autostrada A27, in direzione Belluno, poco dopo l'uscita di Treviso Nord. Diversi i feriti.",
        "Il tratto tra Treviso Nord e Conegliano è chiuso in entrambe le direzioni. Seguite qui gli aggiornamenti in diretta.",
    ]
    specs = [
        (
            18,
            40,
            [
                "L'incidente è avvenuto intorno alle 18.15 al chilometro 12 della A27. La visibilità, secondo la polizia stradale, era inferiore ai 50 metri."
            ],
        ),
        (
            19,
            25,
            [
                "Sul posto sono arrivate quattro ambulanze del Suem 118. L'elicottero di Treviso Emergenza non è potuto decollare per la nebbia.",
                "I vigili del fuoco stanno liberando due persone rimaste incastrate in un furgone.",
            ],
        ),
        (
            20,
            10,
            [
                "Autostrade per l'Italia consiglia di uscire a Treviso Nord e di proseguire sulla Pontebbana verso Conegliano."
            ],
        ),
        (
            21,
            5,
            [
                "Sono dodici i feriti portati all'ospedale Ca' Foncello di Treviso, due dei quali in codice rosso."
            ],
        ),
        (
            21,
            55,
            [
                "Code di cinque chilometri in direzione Belluno. Chi è bloccato tra le uscite riceve acqua e coperte dai volontari della Protezione civile."
            ],
        ),
        (
            22,
            40,
            [
                "La Prefettura ha convocato il centro di coordinamento soccorsi. La riapertura non è prevista prima di mezzanotte."
            ],
        ),
    ]
    entries = [
        Block("live_entry", dot(at(CET, 6, h, m)), at(CET, 6, h, m), None, ps) for h, m, ps in specs
    ]
    genuine = Block(
        "live_entry",
        "23.53",
        at(CET, 6, 23, 53),
        None,
        [
            "Riaperta la carreggiata in direzione Venezia. Quella verso Belluno resta chiusa per la rimozione degli ultimi mezzi."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def post(label: str, ts: datetime, paras: list[str]) -> str:
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<article class="tt-live__post"><header class="tt-live__ora"><time datetime="{ts.isoformat()}">{e(label)}</time></header>'
            f'<div class="tt-live__testo">{text}</div></article>'
        )

    for b in shown:
        assert b.ts
        b.html = post(b.label or "", b.ts, b.paras)
    modified = max(b.ts for b in shown if b.ts)

    def fake(text: str, kind: str) -> W:
        t = ctx.ago(1, 21)
        return W(post(dot(t), t, [text]), [text], kind, [dot(t)])

    punct = fake(
        f"Bus in orario: il {share(ctx, 83, 5)}% delle corse urbane di Mom è puntuale in questo momento. Ritardi fino a {drift(ctx, 18, 5)} minuti sulle linee extraurbane per Conegliano.",
        PUNCT,
    )
    bookbus = fake(
        "Bibliobus: la prossima fermata della biblioteca itinerante di Treviso è lunedì alle 9 a Monigo, davanti alla scuola, "
        + countdown(ctx, at(CET, 7, 9, 0), lambda h, m: f"tra {h} ore e {m} minuti."),
        BOOKBUS,
    )
    poem = fake(
        "La poesia della sera: "
        + turn(
            ctx,
            [
                "«El Sil score piano soto la nebia, / e la cità la dorme sensa pensieri.» Di Bruno Zanatta, Treviso.",
                "«Le mura di Treviso abbracciano la sera, / e l'acqua dei Buranelli la canta sottovoce.» Di Carla Pavan, Silea.",
                "«Mio nonno diceva: la nebbia è una coperta / che il Piave stende sui campi d'inverno.» Di Marco Dal Col, Ponte di Piave.",
                "«Un bicchiere, due amici, tre parole in dialetto: / anche la notte più lunga ci sta stretta.» Di Luisa Favaro, Villorba.",
                "«Le colline del Prosecco dormono sotto la brina, / e sognano vendemmie di settembre.» Di Paolo Cadamuro, Valdobbiadene.",
                "«Ho perso il treno e trovato la luna / sopra il campanile di San Nicolò.» Di Anna Berton, Treviso.",
            ],
            "poem",
        ),
        POEM,
    )
    repair = fake(
        f"Repair Café Treviso: {num(rise(ctx, 964, 2, 2), '.')} oggetti riparati quest'anno dai volontari di Santa Bona. Contatore aggiornato alle {dot(ctx.ago(1, 9))}.",
        REPAIR,
    )
    promo = fake(
        "Contenuto sponsorizzato: "
        + turn(
            ctx,
            [
                "Gommista Bortolin a Villorba: cambio gomme invernali senza appuntamento, solo questa settimana.",
                "Cantina di Conegliano: cassetta da sei bottiglie di Prosecco Superiore a 45 euro.",
                "Palaverde di Villorba: ultimi biglietti per il concerto di Natale.",
                "Banca della Marca: mutuo casa a tasso fisso per i giovani sotto i 36 anni.",
                "Outlet di Noventa: sconti fino al 50% nel weekend dell'Immacolata.",
                "Terme di Abano: pacchetto benessere di coppia da 129 euro.",
            ],
            "promo",
        ),
        PROMO,
    )
    said = f"{rise(ctx, 63, 3, 3)} commenti alla diretta"
    comments = W(
        f'<p class="tt-live__intro"><a href="#commenti">{e(said)}</a></p>', [said], COMMENTS
    )
    noms = bp(
        "tt-live__intro",
        f"Premio Trevigiano dell'anno: finora {rise(ctx, 388, 2, 2)} candidature dai lettori. Si può votare fino al 18 dicembre.",
        NOMS,
    )
    news = bp(
        "tt-live__intro",
        "Iscriviti alla newsletter di TrevisoToday: le notizie della Marca ogni mattina alle 7, gratis nella tua casella di posta.",
        NEWS,
    )

    intro = weave(
        ctx,
        [f'<p class="tt-live__intro">{e(p)}</p>' for p in body],
        [(comments, [0, 1, 2], 0.8), (noms, [0, 1, 2], 0.75), (news, [1, 2], 0.75)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (punct, list(range(0, n + 1)), 0.85),
            (bookbus, [0, 1, n - 1, n], 0.75),
            (poem, list(range(1, n + 1)), 0.75),
            (repair, list(range(0, n)), 0.8),
            (promo, list(range(1, n + 1)), 0.8),
        ],
    )
    publisher = org("TrevisoToday", "https://www.trevisotoday.it")
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
    main = f"""<div class="tt-page">
<main class="tt-main" id="main">
<article class="tt-article tt-article--live">
<header class="tt-article__header">
<span class="tt-article__live">Diretta</span>
<h1 class="tt-article__title">{e(headline)}</h1>
<p class="tt-article__summary">Dodici feriti al Ca' Foncello, code di cinque chilometri verso Belluno</p>
<p class="tt-article__author">Redazione</p>
<p class="tt-article__date">Aggiornato alle <time datetime="{modified.isoformat()}">{dot(modified)}</time> del 6 dicembre 2026</p>
</header>
<div class="tt-live__intro-box">
{intro}
</div>
{ad_slot("tt-adv", "Pubblicità", "tt-live-box")}
<div class="tt-live" data-live="true">
{feed}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline}",
        canonical=url,
        prefix="tt",
        body_cls="tt live",
        jsonld=[ld(live)],
        nav=mega_nav(
            "tt",
            "TrevisoToday",
            "/",
            ["Cronaca", "Politica", "Economia", "Sport", "Eventi", "Zone"],
            _IT_SUBS,
        ),
        main=main,
        footer=_foot("tt", "TrevisoToday", "© 2026 TrevisoToday – supplemento a Citynews"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# il T Quotidiano (+01:00), custom CMS, live, oldest first with a pinned entry ("Fissato in
# alto", ore 16.45) on top: `<section>` entries in schema.org microdata (`liveBlogUpdate`), an
# `<h4>` clock heading "ore 17.20" above an `<h3>` (one without headline); the JSON-LD is only a
# `NewsArticle`.


def ilt(ctx: Ctx) -> Render:
    url = "https://www.iltquotidiano.it/articoli/diretta-neve-in-trentino-chiusa-la-statale-della-valsugana-treni-fermi/"
    headline = "Diretta, neve in Trentino: chiusa la statale della Valsugana, treni fermi tra Trento e Borgo"
    published = at(CET, 6, 16, 40)
    body = [
        "La neve caduta dal pomeriggio ha mandato in tilt la Valsugana: la statale 47 è chiusa tra Pergine e Levico e i treni della linea per Bassano sono fermi.",
        "Disagi anche in città, dove i mezzi pubblici viaggiano con forti ritardi. Gli aggiornamenti in tempo reale qui sotto, dal più vecchio al più recente.",
    ]
    specs = [
        (
            17,
            20,
            "Statale 47 chiusa a Pergine",
            "La Provincia ha chiuso la statale della Valsugana tra Pergine e Levico dopo che diversi camion sono rimasti bloccati in salita.",
        ),
        (
            18,
            5,
            "Treni fermi in Valsugana",
            "Sulla linea della Valsugana i treni sono fermi tra Trento e Borgo. Sono stati predisposti bus sostitutivi, ma con forti ritardi.",
        ),
        (
            18,
            50,
            None,
            "In città i mezzi spargisale del Comune sono al lavoro su tutte le strade collinari. Chiusa la strada per il Monte Bondone sopra Vaneze.",
        ),
        (
            19,
            40,
            "Trenta centimetri a Lavarone",
            "Sugli altipiani sono caduti fino a trenta centimetri di neve fresca. I vigili del fuoco volontari hanno soccorso diverse auto uscite di strada.",
        ),
        (
            20,
            55,
            "Scuole aperte lunedì",
            "Il dipartimento istruzione della Provincia conferma che lunedì le scuole saranno aperte regolarmente in tutto il Trentino.",
        ),
        (
            22,
            10,
            "Camion fermi a Trento Nord",
            "Sull'autostrada del Brennero i mezzi pesanti diretti in Valsugana vengono fatti sostare nell'area di servizio di Trento Nord fino a nuovo ordine.",
        ),
    ]
    entries = [
        Block("live_entry", f"ore {dot(at(CET, 6, h, m))}", at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    pinned = Block(
        "live_entry",
        "ore 16.45",
        at(CET, 6, 16, 45),
        "Le informazioni per chi viaggia",
        [
            "Per la viabilità si può chiamare il numero verde della Provincia. Trentino Trasporti pubblica gli orari dei bus sostitutivi sul proprio sito."
        ],
    )
    genuine = Block(
        "live_entry",
        "ore 23.52",
        at(CET, 6, 23, 52),
        "Riaperta la statale 47",
        [
            "La statale della Valsugana è stata riaperta con obbligo di catene tra Pergine e Levico. I treni ripartiranno con la prima corsa di lunedì."
        ],
    )
    shown = [pinned, *entries] + ([genuine] if ctx.n == 6 else [])

    def post(label: str, ts: datetime, head: str | None, text: str, micro: bool, pin: bool) -> str:
        hd = f'<h3 class="ilt-diretta__titolo">{e(head)}</h3>' if head else ""
        badge = '<p class="ilt-diretta__pin">Fissato in alto</p>' if pin else ""
        attrs = (
            ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            if micro
            else ""
        )
        when = ' itemprop="datePublished"' if micro else ""
        return (
            f'<section class="ilt-diretta__post"{attrs}>{badge}'
            f'<h4 class="ilt-diretta__ora"><time{when} datetime="{ts.isoformat()}">{e(label)}</time></h4>'
            f'{hd}<div class="ilt-diretta__testo"><p>{e(text)}</p></div></section>'
        )

    for b in shown:
        assert b.ts
        b.html = post(b.label or "", b.ts, b.head, b.paras[0], True, b is pinned)
    modified = max(b.ts for b in shown if b.ts)

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        label = f"ore {dot(t)}"
        return W(post(label, t, title, text, False, False), [title, text], kind, [label])

    trade = fake(
        "Calciomercato gialloblù",
        turn(
            ctx,
            [
                "Il Trento cerca un difensore centrale e avrebbe chiesto informazioni all'Atalanta Under 23.",
                "L'attaccante gialloblù piace a due squadre di Serie B, ma la società non vuole cederlo.",
                "In arrivo un centrocampista in prestito dal Sassuolo fino a giugno.",
                "Il portiere di riserva potrebbe trasferirsi alla Virtus Verona a gennaio.",
                "Il Trento ha rinnovato il contratto del capitano fino al 2028.",
                "Un club austriaco ha chiesto il giovane esterno della Primavera.",
            ],
            "trade",
        ),
        TRADE,
    )
    drawing = fake(
        "Disegni dei lettori",
        turn(
            ctx,
            [
                "Emma, 7 anni, di Pergine ha disegnato il lago di Caldonazzo ghiacciato con i pattinatori.",
                "Pietro, 6 anni, di Rovereto ci manda lo spazzaneve con il lampeggiante arancione.",
                "Giorgia, 8 anni, di Levico ha disegnato il mercatino di Natale nel parco.",
                "Samuele, 5 anni, di Borgo ha disegnato il treno della Valsugana sotto la neve.",
                "Chiara, 9 anni, di Trento ha disegnato il Castello del Buonconsiglio con un drago.",
                "Nicolò, 4 anni, di Lavarone ci manda un pupazzo di neve con la sciarpa rossa.",
            ],
            "drawing",
        ),
        DRAWING,
    )
    lost = fake(
        "Oggetti smarriti in stazione",
        turn(
            ctx,
            [
                "Un paio di sci da fondo dimenticati sul treno per Borgo delle 17.12. Si possono ritirare alla biglietteria di Trento.",
                "Una custodia di violino nera trovata nella sala d'attesa della stazione di Trento.",
                "Un cappello di lana con il pompon giallo, trovato sul bus sostitutivo per Levico.",
                "Un portafoglio marrone con i documenti, consegnato dal capotreno a Pergine.",
                "Una borsa della spesa con dei regali già incartati, lasciata sul binario 2.",
                "Un tablet in una custodia rossa trovato sul treno per Bassano.",
            ],
            "lost",
        ),
        LOST,
    )
    weather = fake(
        "Meteotrentino",
        f"Trento Laste: {drift(ctx, -1, 1)} °C, neve debole. Neve fresca nelle ultime 24 ore: {drift(ctx, 31, 3)} cm a Lavarone, {drift(ctx, 12, 2)} cm a Pergine.",
        WEATHER,
    )
    poem = fake(
        "Versi della sera",
        turn(
            ctx,
            [
                "«La neve cade sulla Valsugana / e ogni paese sembra una campana.» Di Rosa Dallapiccola, Roncegno.",
                "«Sul Bondone la luna si è fermata / a guardare la città imbiancata.» Di Franco Tomasi, Sardagna.",
                "«Mio padre spalava e cantava, / la neve ascoltava e cadeva.» Di Irene Moser, Levico.",
                "«Il lago dorme sotto il ghiaccio sottile, / e sogna l'estate e le barche d'aprile.» Di Giulio Franceschini, Caldonazzo.",
                "«Una stufa, un libro, il vento fuori: / d'inverno bastano pochi colori.» Di Marta Pedrotti, Trento.",
                "«Le montagne parlano piano quando nevica, / e solo i bambini le sentono.» Di Luca Dalpez, Borgo.",
            ],
            "poem",
        ),
        POEM,
    )
    surgery = bp(
        "ilt-intro",
        "Ricevimento degli assessori: il sindaco di Pergine e la giunta ricevono i cittadini ogni mercoledì dalle 14 alle 16 in municipio, senza prenotazione.",
        SURGERY,
    )
    jabs = bp(
        "ilt-intro",
        "Vaccino antinfluenzale senza prenotazione: all'ospedale di Borgo il martedì dalle 9 alle 12 e al centro per la salute di Pergine il giovedì dalle 14 alle 17.",
        JABS,
    )
    read = bpa(
        "ilt-intro",
        "Leggi anche:",
        turn(
            ctx,
            [
                "Trento, il mercatino di Natale supera il mezzo milione di visitatori",
                "Skipass, i prezzi della stagione nelle valli del Trentino",
                "Valdastico, la Provincia presenta il nuovo studio sul traffico",
                "Levico, riapre il parco asburgico dopo i lavori",
                "Trentino Trasporti, in arrivo venti nuovi bus elettrici",
                "Lavarone, il lago ghiacciato è già meta di pattinatori",
            ],
            "read",
        ),
        "/articoli/",
        READ,
    )

    intro = weave(
        ctx,
        [f'<p class="ilt-intro">{e(p)}</p>' for p in body],
        [(surgery, [0, 1, 2], 0.7), (jabs, [1, 2], 0.75), (read, [0, 1, 2], 0.8)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (trade, list(range(0, n + 1)), 0.8),
            (drawing, list(range(1, n + 1)), 0.75),
            (lost, list(range(0, n)), 0.8),
            (weather, [0, 1, 2, n - 1, n], 0.85),
            (poem, list(range(2, n + 1)), 0.75),
        ],
    )
    main = f"""<div class="ilt-page">
<main class="ilt-main" id="main">
<article class="ilt-articolo ilt-articolo--diretta">
<header class="ilt-articolo__testata">
<p class="ilt-articolo__occhiello">Diretta</p>
<h1 class="ilt-articolo__titolo">{e(headline)}</h1>
<p class="ilt-articolo__sommario">Bus sostitutivi tra Trento e Borgo, trenta centimetri di neve a Lavarone</p>
<p class="ilt-articolo__firma">di Stefano Bertoldi</p>
<p class="ilt-articolo__data">Ultimo aggiornamento <time datetime="{modified.isoformat()}">ore {dot(modified)}</time></p>
</header>
<div class="ilt-intro-box">
{intro}
</div>
{ad_slot("ilt-adv", "Pubblicità", "ilt-diretta-box")}
<div class="ilt-diretta" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="headline" content="{a(headline)}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
{feed}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - il T",
        canonical=url,
        prefix="ilt",
        body_cls="ilt diretta",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Stefano Bertoldi",
                    publisher=org("il T Quotidiano", "https://www.iltquotidiano.it"),
                    lang="it-IT",
                    section="Trentino",
                )
            )
        ],
        nav=mega_nav(
            "ilt",
            "il T Quotidiano",
            "/",
            ["Trento", "Rovereto", "Valli", "Economia", "Sport", "Cultura"],
            _IT_SUBS,
        ),
        main=main,
        footer=_foot("ilt", "il T", "© 2026 il T Quotidiano – Società Editrice"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "riviera24-incendio-boschivo-bordighera-montenero-case-evacuate",
        "Riviera24 (IT)",
        "it",
        "updates",
        CET,
        riviera24,
    ),
    Site(
        "trevisotoday-diretta-nebbia-maxi-tamponamento-a27-treviso-nord-conegliano",
        "TrevisoToday (IT)",
        "it",
        "live",
        CET,
        treviso,
    ),
    Site(
        "iltquotidiano-diretta-neve-trentino-statale-valsugana-chiusa-treni-fermi",
        "il T Quotidiano (IT)",
        "it",
        "live",
        CET,
        ilt,
    ),
]
