"""Italian-language publishers: Comunità Italiana (Rio de Janeiro, BR), gonews.it (Empoli, IT),
Aostasera (Aosta, IT)."""

from __future__ import annotations

from datetime import date, datetime

from fx import (
    CALLS,
    FLIGHTS,
    FORECAST,
    LEAGUE,
    MARKET,
    NEWS,
    OIL,
    PROMO,
    RAIN,
    READ,
    ROADS,
    TICKER,
    TRAINS,
    TRIAL,
    DateBlock,
    Texts,
    bp,
    bpa,
    dot,
    graph,
    ld,
    live_posting_ld,
    oil,
    page,
    post,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

BRT = -3
CET = 1

_SUBS = ["Politica", "Economia", "Cronaca", "Cultura", "Sport", "Meteo", "Opinioni", "Salute"]
_FOOT = {
    "Chi siamo": ["La redazione", "Contatti", "Pubblicità", "Lavora con noi", "Newsletter"],
    "Note legali": ["Privacy", "Cookie policy", "Termini d'uso", "Codice etico"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# Comunità Italiana (Rio de Janeiro, -03:00; the fetches run from 19.00 to 20.00 on Sunday 6
# December), WordPress-like. A boxed bold "Chiarimento:" above the body (`clarification`); two
# notes after paragraph 1, newest first, each a body-class paragraph with a bold "Ultim'ora, ore
# 18.10:" lead; an italic "Correzione del 6 dicembre 2026:" at the end (`correction`, date only).


def comunitaitaliana(ctx: Ctx) -> Render:
    url = "https://comunitaitaliana.com.br/2026/12/06/alluvione-petropolis-frane-br-040-chiusa/"
    headline = "Alluvione a Petrópolis: frane sulla serra, chiusa la BR-040 verso Rio"
    published = at(BRT, 6, 13, 20)
    cls = "td-paragraph"
    body = [
        "Piogge torrenziali si sono abbattute domenica pomeriggio sulla regione serrana dello Stato di Rio de Janeiro, provocando frane e allagamenti a Petrópolis e Teresópolis.",
        "La Difesa civile di Petrópolis ha fatto suonare le sirene in diciotto comunità dei quartieri alti e ha aperto i punti di accoglienza nelle scuole municipali.",
        "La concessionaria della BR-040 ha chiuso l'autostrada tra Petrópolis e Duque de Caxias dopo che fango e massi sono scesi sulla carreggiata in discesa.",
        "Molti discendenti di immigrati italiani vivono nei quartieri di Quitandinha e Corrêas, tra i più colpiti dalle frane.",
        "«L'acqua è arrivata in pochi minuti, abbiamo salvato solo i documenti», racconta un commerciante della rua do Imperador.",
        "Il governo dello Stato ha messo a disposizione elicotteri dei vigili del fuoco per raggiungere le località isolate.",
        "Il Consolato generale d'Italia a Rio ha attivato un numero di emergenza per i connazionali della zona.",
    ]
    clar = Block(
        "clarification",
        "Chiarimento",
        None,
        None,
        [
            "le cifre sugli sfollati riportate in questo articolo sono quelle della Difesa civile municipale e non comprendono Teresópolis."
        ],
    )
    clar.html = (
        f'<div class="td-box-callout"><p><strong>Chiarimento:</strong> {e(clar.paras[0])}</p></div>'
    )

    def stamp(dt: datetime) -> str:
        return f"Ultim'ora, ore {dot(dt)}"

    specs = [
        (
            18,
            10,
            "La Difesa civile conferma che 430 persone hanno lasciato le loro case e dormono nelle scuole di Quitandinha e Corrêas.",
        ),
        (
            16,
            20,
            "I vigili del fuoco hanno estratto vivo un uomo rimasto bloccato sotto il tetto crollato della sua casa nel quartiere Castelânea.",
        ),
    ]
    notes = [
        Block("update", stamp(at(BRT, 6, h, m)), at(BRT, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(BRT, 6, 19, 52)),
        at(BRT, 6, 19, 52),
        None,
        [
            "La concessionaria ha riaperto una corsia della BR-040 in direzione di Rio, con traffico a senso alternato."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def lead(dt: datetime, text: str) -> str:
        return f'<p class="{cls}"><strong>{e(stamp(dt))}:</strong> {text}</p>'

    for b in shown:
        assert b.ts
        b.html = lead(b.ts, e(b.paras[0]))
    corr = DateBlock(
        "correction",
        "Correzione del 6 dicembre 2026",
        None,
        None,
        [
            "in una prima versione avevamo scritto che l'autostrada chiusa era la BR-116; si tratta invece della BR-040."
        ],
        day=date(2026, 12, 6),
    )
    corr.html = f'<p class="{cls}"><em>Correzione del 6 dicembre 2026:</em> {e(corr.paras[0])}</p>'
    modified = shown[0].ts or published
    pl = {
        "station": "La stazione meteorologica di Teresópolis",
        "airport": "L'aeroporto Santos Dumont",
        "district": "Nova Friburgo",
        "brand": "Comunità Italiana",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return W(lead(t, e(text)), [text], kind)

    rain = fake(tx.counter(RAIN, 176), RAIN, 1, 9)
    roads = fake(tx.counter(ROADS, 13), ROADS, 2, 12)
    flights = fake(tx.counter(FLIGHTS, 19), FLIGHTS, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (rain, list(range(0, n + 1)), 0.85),
            (roads, list(range(0, n + 1)), 0.8),
            (flights, [0, n], 0.8),
        ],
    )
    brent = bp(cls, oil(tx, ","), OIL, lead=f"Petrolio (ore {dot(ctx.ago(2, 9))}):")
    fore = bp(cls, tx.pool(FORECAST), FORECAST, lead="Meteo di domani:")
    league = bp(cls, tx.pool(LEAGUE), LEAGUE, lead="Calcio:")
    read = bpa(cls, "Leggi anche:", tx.pool(READ), "/brasile/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Sponsorizzato –", tag="em")
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead="In breve:")
    trial = bp(cls, tx.fixed(TRIAL), TRIAL)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [_p(cls, body[0]), notes_html, *(_p(cls, p) for p in body[1:]), corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (brent, [3, 5, 7], 0.8),
            (fore, [4, 6, k], 0.8),
            (league, [3, 7, k], 0.75),
            (read, [2, 4, 6], 0.8),
            (promo, [0, 5, k], 0.7),
            (tick, [3, 6, 8], 0.8),
            (trial, [5, k], 0.75),
            (news, [4, k], 0.75),
        ],
    )
    main = f"""<div class="td-main-content-wrap">
<article class="post type-post status-publish category-brasile">
<header class="td-post-title">
<ul class="td-category"><li><a href="/category/brasile/">Brasile</a></li></ul>
<h1 class="entry-title">{e(headline)}</h1>
<div class="td-module-meta-info"><span class="td-post-author-name">di Redazione</span> <span class="td-post-date"><time class="entry-date" datetime="{published.isoformat()}">6 Dicembre 2026</time></span></div>
</header>
{clar.html}
<div class="td-post-content">
{story}
</div>
</article>
<aside class="td-sidebar">{ad_slot("ci-ad", "Pubblicità", "ci-side-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="ci",
        brand="Comunità Italiana",
        url=url,
        title=f"{headline} - Comunità Italiana",
        sections=["Brasile", "Italia", "Economia", "Cultura", "Turismo", "Sport", "Comunità"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Comunità Italiana – Rio de Janeiro",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione",
                    publisher=org("Comunità Italiana", "https://comunitaitaliana.com.br"),
                    lang="it",
                    section="Brasile",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post td-standard-pack",
        cms="wp",
    )
    return Render(html, body, [clar, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# gonews.it (Empoli, +01:00), custom. A bold "Trasparenza:" at the top (`editors_note`); two
# notes after paragraph 3, newest first, each an `<h2>` **"Aggiornamento delle ore 22:35 del 6
# dicembre"** (clock and date written out) + a paragraph; an unlabelled italic "L'articolo è stato
# aggiornato con …" at the very end (`update`, no label, no time).


def gonews(ctx: Ctx) -> Render:
    url = "https://www.gonews.it/2026/12/06/arno-in-piena-a-empoli-chiusa-la-sp-11-evacuate-le-golene/"
    headline = "Arno in piena a Empoli, chiusa la Sp 11 ed evacuate le case in golena"
    published = at(CET, 6, 17, 45)
    cls = "testo"
    body = [
        "L'Arno ha superato il secondo livello di guardia all'idrometro di Empoli nella serata di domenica, dopo una giornata di pioggia intensa su tutto il bacino.",
        "La Regione Toscana ha esteso l'allerta rossa per rischio idraulico ai comuni del Valdarno inferiore fino alle 14 di lunedì.",
        "Il Comune di Empoli ha chiuso la strada provinciale 11 nel tratto di Marcignana e ha fatto evacuare una ventina di abitazioni in zona golenale.",
        "A Fucecchio la Protezione civile ha riempito sacchi di sabbia per rinforzare gli argini vicino al ponte di San Pierino.",
        "«Siamo preparati, ma chiediamo a tutti di restare lontano dagli argini», ha detto la sindaca di Empoli in un video sui social.",
        "Le scuole di ogni ordine e grado resteranno chiuse lunedì a Empoli, Fucecchio, Capraia e Limite e Montelupo Fiorentino.",
    ]
    trasp = Block(
        "editors_note",
        "Trasparenza",
        None,
        None,
        [
            "i livelli dell'Arno citati in questo articolo provengono dal Centro funzionale regionale e vengono aggiornati ogni trenta minuti."
        ],
    )
    trasp.html = f'<p class="{cls}"><strong>Trasparenza:</strong> {e(trasp.paras[0])}</p>'

    def stamp(dt: datetime) -> str:
        return f"Aggiornamento delle ore {dt.hour:02d}:{dt.minute:02d} del {dt.day} dicembre"

    specs = [
        (
            22,
            35,
            "Il livello dell'Arno all'idrometro di Empoli ha raggiunto 7,40 metri e secondo il Centro funzionale il colmo è atteso dopo mezzanotte.",
        ),
        (
            21,
            5,
            "Chiuso in via precauzionale anche il ponte sull'Elsa tra Ponte a Elsa e San Miniato Basso.",
        ),
    ]
    notes = [
        Block("update", stamp(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        None,
        [
            "Aperta la cassa di espansione di Roffia a San Miniato per alleggerire la piena prima del passaggio a Fucecchio."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def note(dt: datetime, text: str) -> str:
        return f'<h2 class="aggiornamento">{e(stamp(dt))}</h2>\n<p class="{cls}">{text}</p>'

    for b in shown:
        assert b.ts
        b.html = note(b.ts, e(b.paras[0]))
    added = Block(
        "update",
        None,
        None,
        None,
        [
            "L'articolo è stato aggiornato con le dichiarazioni della sindaca di Empoli e con i dati del Centro funzionale regionale."
        ],
    )
    added.html = f'<p class="{cls}"><em>{e(added.paras[0])}</em></p>'
    modified = shown[0].ts or published
    pl = {
        "station": "Il pluviometro di Vernio",
        "fire": "Il comando dei vigili del fuoco di Firenze",
        "rail": "Trenitalia in Toscana",
        "square": "piazza Farinata degli Uberti",
        "brand": "gonews.it",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(note(t, e(text)), [text], kind, [stamp(t)])

    rain = fake(tx.counter(RAIN, 92), RAIN, 1, 9)
    calls = fake(tx.counter(CALLS, 340), CALLS, 2, 12)
    trains = fake(tx.counter(TRAINS, 48), TRAINS, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (rain, list(range(0, n + 1)), 0.85),
            (calls, list(range(0, n + 1)), 0.8),
            (trains, [0, n], 0.8),
        ],
    )
    market = bp(cls, tx.fixed(MARKET), MARKET)
    fore = bp(cls, tx.pool(FORECAST), FORECAST, lead="Le previsioni:")
    league = bp(cls, tx.pool(LEAGUE), LEAGUE, lead="Sport:")
    read = bpa(cls, "Potrebbe interessarti:", tx.pool(READ), "/cronaca/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Pubbliredazionale –", tag="em")
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead="Dalla Toscana:")
    trial = bp(cls, tx.fixed(TRIAL), TRIAL)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [trasp.html, *(_p(cls, p) for p in body[:3]), notes_html]
    units += [*(_p(cls, p) for p in body[3:]), added.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (market, [2, 6, k], 0.75),
            (fore, [3, 7, k], 0.8),
            (league, [2, 6, k], 0.75),
            (read, [2, 3, 7], 0.8),
            (promo, [1, 6, k], 0.7),
            (tick, [3, 5, 8], 0.8),
            (trial, [7, k], 0.75),
            (news, [6, k], 0.75),
        ],
    )
    main = f"""<div class="container">
<article class="articolo">
<p class="occhiello"><a href="/category/empolese-valdelsa/">Empolese Valdelsa</a></p>
<h1 class="titolo">{e(headline)}</h1>
<p class="data">6 dicembre 2026 17:45 · Cronaca · Empoli</p>
<div class="corpo">
{story}
</div>
</article>
<aside class="colonna">{ad_slot("gn-ad", "Pubblicità", "gn-box-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="gn",
        brand="gonews.it",
        url=url,
        title=f"{headline} - gonews.it",
        sections=["Empolese Valdelsa", "Firenze", "Pisa", "Prato", "Cronaca", "Sport", "Toscana"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 gonews.it – testata giornalistica",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione",
                    publisher=org("gonews.it", "https://www.gonews.it"),
                    lang="it",
                    section="Cronaca",
                )
            )
        ],
        main=main,
        body_cls="gn single",
    )
    return Render(html, body, [trasp, *shown, added], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Aostasera (Aosta, +01:00), custom, live, **oldest first** under a pinned "Il quadro della
# serata" entry (19.00); each entry an `<article class="diretta-item">` whose header `<time>`
# prints a **day/month without the year and "ore"**, "6/12 ore 22.50", then an `<h3>` (two
# without) and the text; `@graph` of a `WebPage` and a `LiveBlogPosting` whose updates carry
# their text under `text`.


def aostasera(ctx: Ctx) -> Render:
    url = "https://aostasera.it/notizie/cronaca/diretta-neve-valle-d-aosta-chiuso-traforo-gran-san-bernardo/"
    headline = "Diretta neve: chiuso il traforo del Gran San Bernardo, Cervinia isolata"
    published = at(CET, 6, 18, 40)
    body = [
        "Una nevicata eccezionale sta interessando tutta la Valle d'Aosta dal primo pomeriggio di domenica, con accumuli che in quota superano il metro.",
        "Aostasera segue in diretta la situazione sulle strade, nei comuni e negli impianti.",
    ]

    def clock(dt: datetime) -> str:
        return f"{dt.day}/{dt.month} ore {dot(dt)}"

    pin = Block(
        "live_entry",
        clock(at(CET, 6, 19, 0)),
        at(CET, 6, 19, 0),
        "Il quadro della serata",
        [
            "La Protezione civile regionale ha dichiarato lo stato di allerta rossa per valanghe nelle valli del Gran Paradiso e del Cervino."
        ],
    )
    specs = [
        (
            19,
            30,
            "Chiuso il traforo del Gran San Bernardo",
            [
                "La società che gestisce il traforo ha chiuso il tunnel in entrambe le direzioni per il rischio valanghe sulla statale 27."
            ],
        ),
        (
            20,
            15,
            None,
            [
                "L'Anas ha chiuso la statale 26 tra Pré-Saint-Didier e La Thuile, dove la neve ha già superato gli 80 centimetri."
            ],
        ),
        (
            21,
            0,
            "Cervinia isolata",
            [
                "La regionale 46 della Valtournenche è chiusa a monte di Valtournenche e Breuil-Cervinia è raggiungibile solo con i mezzi di soccorso.",
                "Nella località ci sono circa 2.500 turisti.",
            ],
        ),
        (
            21,
            45,
            "Treni sostituiti da bus",
            [
                "Sulla linea Aosta-Ivrea i treni sono sostituiti da autobus per la caduta di alberi sui binari all'altezza di Verrès."
            ],
        ),
        (
            22,
            20,
            None,
            [
                "Il sindaco di Courmayeur ha firmato un'ordinanza che vieta la circolazione ai veicoli senza catene su tutte le strade comunali."
            ],
        ),
        (
            22,
            50,
            "Scuole chiuse lunedì in sei comuni",
            [
                "Resteranno chiuse lunedì le scuole di Courmayeur, La Thuile, Morgex, Valtournenche, Cogne e Rhêmes-Notre-Dame."
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
        "Distacco di valanga a Cogne",
        [
            "Una slavina si è staccata sopra la frazione Lillaz senza raggiungere le case; il Soccorso alpino valdostano è sul posto."
        ],
    )
    shown = [*entries, *([genuine] if ctx.n == 6 else [])]

    def entry(dt: datetime, head: str | None, paras: list[str]) -> str:
        hd = f'<h3 class="diretta-item__titolo">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<article class="diretta-item"><header class="diretta-item__ora"><time datetime="{dt.isoformat()}">'
            f'{e(clock(dt))}</time></header>{hd}<div class="diretta-item__testo">{text}</div></article>'
        )

    for b in [pin, *shown]:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras)
    pin.html = pin.html.replace('class="diretta-item"', 'class="diretta-item in-evidenza"', 1)
    modified = max(b.ts for b in [pin, *shown] if b.ts)
    pl = {
        "airport": "L'aeroporto di Torino Caselle",
        "fire": "Il Corpo valdostano dei vigili del fuoco",
        "rail": "La linea Chivasso-Ivrea",
        "district": "Canavese",
        "square": "piazza Caveri",
        "brand": "Aostasera",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, title, [text]), [title, text], kind, [clock(t)])

    roads = fake("Strade chiuse nel Canavese", tx.counter(ROADS, 15), ROADS)
    calls = fake("Vigili del fuoco al lavoro", tx.counter(CALLS, 190), CALLS)
    trains = fake("Disagi anche in Piemonte", tx.counter(TRAINS, 26), TRAINS)
    flights = fake("Voli a Torino", tx.counter(FLIGHTS, 15), FLIGHTS)
    tick = fake("Le altre notizie", tx.pool(TICKER) + ".", TICKER)
    units = [pin.html, *(b.html for b in shown)]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (roads, list(range(1, n + 1)), 0.85),
            (calls, [1, 3, 5, n], 0.8),
            (trains, [2, 4, n], 0.8),
            (flights, [0, 3, 6], 0.8),
            (tick, [1, 4, n], 0.8),
        ],
    )
    icls = "sommario"
    market = bp(icls, tx.fixed(MARKET), MARKET)
    fore = bp(icls, tx.pool(FORECAST), FORECAST, lead="Meteo:")
    league = bp(icls, tx.pool(LEAGUE), LEAGUE, lead="Sport:")
    read = bpa(icls, "Leggi anche:", tx.pool(READ), "/notizie/", READ)
    promo = bp(icls, tx.pool(PROMO), PROMO, lead="Informazione pubblicitaria –", tag="em")
    brent = bp(icls, oil(tx, ","), OIL, lead=f"Mercati, ore {dot(ctx.ago(2, 9))}:")
    trial = bp(icls, tx.fixed(TRIAL), TRIAL)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (market, [1, 2], 0.75),
            (fore, [0, 1, 2], 0.8),
            (league, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (promo, [0, 2], 0.7),
            (brent, [0, 1], 0.8),
            (trial, [2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    posting = live_posting_ld(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        publisher=org("Aostasera", "https://aostasera.it"),
        entries=[pin, *shown],
        lang="it",
        body_key="text",
    )
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": headline, "inLanguage": "it"}
    main = f"""<main class="as-main">
<article class="as-articolo">
<p class="as-categoria">Cronaca</p>
<h1 class="as-titolo">{e(headline)}</h1>
<p class="as-firma">di Redazione · 6 dicembre 2026</p>
<div class="as-sommario">
{intro}
</div>
{ad_slot("as-ad", "Pubblicità", "as-rect-1")}
<section class="diretta">
{feed}
</section>
</article>
</main>"""
    html = page(
        ctx,
        lang="it",
        prefix="as",
        brand="Aostasera",
        url=url,
        title=f"{headline} | Aostasera",
        sections=["Cronaca", "Politica", "Economia", "Cultura", "Sport", "Montagna", "Meteo"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Aostasera – quotidiano online della Valle d'Aosta",
        jsonld=[graph(webpage, posting)],
        main=main,
        body_cls="as-diretta",
    )
    return Render(html, body, [pin, *shown], genuine, modified)


SITES = [
    Site(
        "comunitaitaliana-alluvione-a-petropolis-frane-sulla-serra-chiusa-la-br-040",
        "Comunità Italiana (BR)",
        "it",
        "updates",
        BRT,
        comunitaitaliana,
    ),
    Site(
        "gonews-arno-in-piena-a-empoli-chiusa-la-sp-11-evacuate-le-case-in-golena",
        "gonews.it (IT)",
        "it",
        "updates",
        CET,
        gonews,
    ),
    Site(
        "aostasera-diretta-neve-chiuso-il-traforo-del-gran-san-bernardo-cervinia-isolata",
        "Aostasera (IT)",
        "it",
        "live",
        CET,
        aostasera,
    ),
]
