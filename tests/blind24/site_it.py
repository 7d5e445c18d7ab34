"""Italian-language publishers: Il Globo (Melbourne, Australia), Corriere Canadese (Toronto,
Canada) and Primocanale (Genoa)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BOOKS,
    BOTTLES,
    BREAD,
    COFFEE,
    DIGITAL,
    DOG,
    GARDEN,
    NEWS,
    PROMO,
    READ,
    RIDDLE,
    SEEDS,
    TAXI,
    TICKER,
    TWISTER,
    Texts,
    bp,
    bpa,
    dot,
    graph,
    hm,
    ld,
    month,
    page,
    post,
    weekday,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

AEDT = 11
EST = -5
CET = 1

_SUBS = ["Politica", "Economia", "Cronaca", "Cultura", "Sport", "Comunità", "Opinioni", "Lettere"]
_FOOT = {
    "Il giornale": ["Chi siamo", "Contatti", "Pubblicità", "Abbonamenti", "Edizione digitale"],
    "Note legali": ["Privacy", "Termini d'uso", "Cookie policy", "Accessibilità"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# Il Globo (Melbourne, +11:00; the fetches run from 9am to 10am on Monday 7 December), custom. A
# bold "Ci scusiamo con i lettori:" at the top (`correction`); notes inside the story after
# paragraph 2, oldest first, each a paragraph in the body's class that opens with an italic
# label IN PARENTHESES, "(Aggiornamento, lunedì 7 dicembre 2026, ore 7.15)"; a bold "N.d.R.:"
# at the bottom (`editors_note`).


def ilglobo(ctx: Ctx) -> Render:
    url = "https://ilglobo.com.au/news/2026/12/07/temporali-su-melbourne-allagata-sydney-road-sospeso-il-tram-19/"
    headline = "Temporali su Melbourne: allagata Sydney Road a Brunswick, sospeso il tram 19"
    published = at(AEDT, 7, 6, 30)
    cls = "ig-testo"
    body = [
        "Una serie di violenti temporali ha colpito i sobborghi settentrionali di Melbourne nelle prime ore di lunedì, con oltre 60 millimetri di pioggia caduti in meno di due ore.",
        "A Brunswick l'acqua ha invaso Sydney Road all'altezza di Union Street, dove diversi negozi gestiti da famiglie di origine italiana hanno avuto i locali allagati.",
        "Yarra Trams ha sospeso la linea 19 tra Flinders Street e North Coburg, sostituendola con autobus che però procedono a rilento nel traffico.",
        "«In quarant'anni di attività non avevo mai visto l'acqua entrare dalla porta», racconta Giuseppe Moretti, titolare di una pasticceria a due passi dalla chiesa di San Fidelis.",
        "Il servizio di emergenza SES ha ricevuto più di 400 chiamate dalla mezzanotte, soprattutto da Coburg, Brunswick e Pascoe Vale, per alberi caduti e tetti danneggiati.",
        "Il Bureau of Meteorology prevede altri temporali nel pomeriggio, con il rischio di grandine sulle zone orientali della città.",
        "Il Co.As.It. ha messo a disposizione un numero per gli anziani della comunità che hanno bisogno di aiuto.",
    ]
    corr = Block(
        "correction",
        "Ci scusiamo con i lettori",
        None,
        None,
        [
            "nella prima versione di questo articolo la linea del tram sospesa era indicata come la 96. Si tratta invece della linea 19."
        ],
    )
    corr.html = (
        f'<p class="{cls}"><strong>Ci scusiamo con i lettori:</strong> {e(corr.paras[0])}</p>'
    )

    def label(dt: datetime) -> str:
        return f"Aggiornamento, {weekday(dt, 'it')} {dt.day} {month(dt, 'it')} 2026, ore {dot(dt)}"

    specs = [
        (
            7,
            15,
            "La SES segnala che un grande eucalipto è caduto su due auto parcheggiate in Albion Street; nessuno è rimasto ferito.",
        ),
        (
            8,
            40,
            "VicRoads ha chiuso al traffico Sydney Road tra Brunswick Road e Union Street. Le deviazioni passano per Lygon Street.",
        ),
    ]
    notes = [
        Block("update", label(at(AEDT, 7, h, m)), at(AEDT, 7, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(AEDT, 7, 9, 53)),
        at(AEDT, 7, 9, 53),
        None,
        [
            "Yarra Trams comunica che la linea 19 è tornata in servizio fino a Brunswick; il tratto per North Coburg resta coperto dagli autobus."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def paren(lead: str, text: str) -> str:
        return f'<p class="{cls}"><em>({e(lead)})</em> {e(text)}</p>'

    for b in shown:
        b.html = paren(b.label or "", b.paras[0])
    ndr = Block(
        "editors_note",
        "N.d.R.",
        None,
        None,
        [
            "la redazione de Il Globo si trova in Sydney Road ed è stata anch'essa raggiunta dall'acqua: la stampa dell'edizione di domani potrebbe subire ritardi."
        ],
    )
    ndr.html = f'<p class="{cls}"><strong>N.d.R.:</strong> {e(ndr.paras[0])}</p>'
    modified = shown[-1].ts or published
    pl = {
        "garden": "L'orto comunitario di CERES a Brunswick East",
        "bottle": "di Lygon Street",
        "library": "La biblioteca di Coburg",
        "bakery": "Il forno solidale della parrocchia di San Fidelis",
        "rank": "Posteggio taxi di Southern Cross",
        "digital": "Co.As.It. in Faraday Street",
        "seeds": "Thornbury",
        "coffee": "il Club Italia di Brunswick",
        "brand": "Il Globo",
    }
    tx = Texts(ctx, "it", pl, ".")

    def stamped(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        lead = f"{word}, {weekday(t, 'it')} {t.day} {month(t, 'it')} 2026, ore {dot(t)}"
        return W(paren(lead, text), [text], kind)

    garden = stamped("Dall'orto", tx.counter(GARDEN, 1480), GARDEN, 1, 14)
    bottles = stamped("Raccolta del vetro", tx.counter(BOTTLES, 3320), BOTTLES, 2, 12)
    tick = stamped("Ultim'ora", tx.pool(TICKER) + ".", TICKER, 1, 18)
    twister = bp(cls, tx.pool(TWISTER), TWISTER, lead="Scioglilingua:")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Il cane del giorno:")
    seeds = bp(cls, tx.fixed(SEEDS), SEEDS)
    coffee = bp(cls, tx.fixed(COFFEE), COFFEE)
    read = bpa(cls, "Leggi anche:", tx.pool(READ), "/news/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Contenuto sponsorizzato –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = [corr.html] + paras[:2] + [b.html for b in shown] + paras[2:] + [ndr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (garden, list(range(3, 4 + nb)), 0.85),
            (bottles, list(range(3, 4 + nb)), 0.8),
            (tick, [3, 3 + nb, k - 1], 0.8),
            (twister, [2, 5 + nb, k], 0.8),
            (dog, [1, 6 + nb, k], 0.75),
            (seeds, [2, 4 + nb, k], 0.7),
            (coffee, [5 + nb, 7 + nb, k], 0.7),
            (read, [1, 2, 4 + nb], 0.8),
            (promo, [0, 6 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="ig-page">
<main class="ig-main">
<article class="ig-articolo">
<p class="ig-articolo__sezione"><a href="/news/">Melbourne</a></p>
<h1 class="ig-articolo__titolo">{e(headline)}</h1>
<p class="ig-articolo__sommario">Negozi allagati a Brunswick, alberi caduti a Coburg: oltre 400 chiamate ai soccorsi dalla mezzanotte.</p>
<p class="ig-articolo__meta">di Marco Santini · 7 dicembre 2026</p>
<figure class="ig-figure"><img src="/wp-content/uploads/2026/12/sydney-road-allagata.jpg" alt="" loading="lazy"><figcaption>Sydney Road allagata lunedì mattina (foto: Il Globo)</figcaption></figure>
<div class="ig-articolo__corpo">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="ig",
        brand="Il Globo",
        url=url,
        title=f"{headline} – Il Globo",
        sections=["Australia", "Melbourne", "Italia", "Mondo", "Sport", "Comunità"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Il Globo – Italian Media Corporation",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Marco Santini",
                    publisher=org("Il Globo", "https://ilglobo.com.au"),
                    lang="it",
                    section="Melbourne",
                )
            )
        ],
        main=main,
        body_cls="ig articolo",
    )
    return Render(html, body, [corr, *shown, ndr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Corriere Canadese (Toronto, -05:00; the fetches run from 5pm to 6pm on Sunday 6 December),
# custom. Notes after paragraph 4, newest first, each a box whose head line is a badge and a
# `<time>`, "AGGIORNAMENTO 16:20", + a paragraph; a "Nota dell'editore" box beside the body
# (after it in the markup; `editors_note`); a bold "Errata:" at the end (`correction`).


def corrierecanadese(ctx: Ctx) -> Render:
    url = "https://www.corriere.ca/gta/gelicidio-a-vaughan-chiusa-la-highway-7-a-woodbridge-migliaia-senza-corrente/"
    headline = "Gelicidio a Vaughan: chiusa la Highway 7 a Woodbridge, migliaia senza corrente"
    published = at(EST, 6, 10, 45)
    cls = "cc-testo"
    body = [
        "Una tempesta di pioggia gelata ha ricoperto di ghiaccio strade e alberi a Vaughan e nel nord della GTA, costringendo la polizia regionale di York a chiudere la Highway 7 a Woodbridge.",
        "Secondo Alectra Utilities, più di 18.000 utenze erano senza elettricità a metà pomeriggio, soprattutto tra Woodbridge, Maple e Kleinburg.",
        "I rami carichi di ghiaccio hanno abbattuto le linee elettriche lungo Islington Avenue e Pine Valley Drive, dove i tecnici lavorano con le gru.",
        "«Abbiamo sentito un boato e poi è saltata la luce in tutta la strada», racconta Carmela Iannuzzi, residente di Woodbridge da trent'anni.",
        "La Città di Vaughan ha aperto un centro di riscaldamento al Chancellor Community Centre e invita gli anziani soli a farsi accompagnare.",
        "Environment Canada prevede che la pioggia gelata continui fino a tarda sera, prima di trasformarsi in neve nella notte.",
        "La York Region Transit segnala ritardi su tutte le linee Viva che attraversano la Highway 7.",
    ]

    def label(dt: datetime) -> str:
        return f"AGGIORNAMENTO {hm(dt)}"

    def box(head: str, iso: str, text: str, badge: str) -> str:
        return (
            f'<div class="cc-agg"><p class="cc-agg__head"><span class="cc-agg__badge">{e(badge)}</span> '
            f'<time datetime="{iso}">{e(head)}</time></p><p class="{cls}">{e(text)}</p></div>'
        )

    specs = [
        (
            16,
            20,
            "Alectra ha riportato la corrente a circa 5.000 utenze di Maple; a Woodbridge i guasti sono ancora numerosi.",
        ),
        (
            14,
            45,
            "La polizia di York ha chiuso la Highway 7 tra Weston Road e Islington Avenue per la caduta di diversi alberi.",
        ),
    ]
    notes = [
        Block("update", label(at(EST, 6, h, m)), at(EST, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(EST, 6, 17, 53)),
        at(EST, 6, 17, 53),
        None,
        [
            "La Highway 7 è stata riaperta in direzione est; il tratto verso ovest resta chiuso fino alla rimozione degli ultimi alberi."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        assert b.ts
        b.html = box(hm(b.ts), b.ts.isoformat(), b.paras[0], "AGGIORNAMENTO")
    errata = Block(
        "correction",
        "Errata",
        None,
        None,
        [
            "in una versione precedente il centro di riscaldamento era indicato al Garnet Williams Community Centre."
        ],
    )
    errata.html = f'<p class="{cls}"><strong>Errata:</strong> {e(errata.paras[0])}</p>'
    nota = Block(
        "editors_note",
        "Nota dell'editore",
        None,
        None,
        [
            "Per la prima volta in settant'anni il Corriere Canadese non uscirà in edicola lunedì: la tipografia di Concord è senza corrente."
        ],
    )
    nota.html = f'<aside class="cc-nota"><h4 class="cc-nota__titolo">Nota dell\'editore</h4><p class="cc-nota__testo">{e(nota.paras[0])}</p></aside>'
    modified = shown[0].ts or published
    pl = {
        "garden": "L'orto della parrocchia di San Pietro a Woodbridge",
        "bottle": "del Beer Store di Weston Road",
        "library": "La biblioteca Pierre Berton di Vaughan",
        "bakery": "Il forno solidale di Villa Colombo",
        "rank": "Posteggio taxi di Union Station",
        "digital": "la biblioteca di Woodbridge",
        "seeds": "Kleinburg",
        "coffee": "il Columbus Centre",
        "brand": "Corriere Canadese",
    }
    tx = Texts(ctx, "it", pl, ".")

    def boxed(badge: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(box(hm(t), t.isoformat(), text, badge), [text], kind, [f"{badge} {hm(t)}"])

    bread = boxed("PANE SOLIDALE", tx.counter(BREAD, 124), BREAD, 1, 12)
    taxi = boxed("TAXI", tx.counter(TAXI, 26), TAXI, 1, 9)
    books = boxed("BIBLIOTECHE", tx.counter(BOOKS, 210), BOOKS, 2, 15)
    t = ctx.ago(1, 20)
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead=f"Flash ore {hm(t)}:")
    riddle = bp(cls, tx.pool(RIDDLE), RIDDLE, lead="Indovinello:")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Amici a quattro zampe:", tag="em")
    digital = bp(cls, tx.fixed(DIGITAL), DIGITAL)
    coffee = bp(cls, tx.fixed(COFFEE), COFFEE)
    read = bpa(cls, "Correlato:", tx.pool(READ), "/gta/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Pubblicità –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = paras[:4] + [b.html for b in shown] + paras[4:] + [errata.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (bread, list(range(4, 5 + nb)), 0.85),
            (taxi, list(range(4, 5 + nb)), 0.8),
            (books, [4, 4 + nb, k], 0.8),
            (tick, [1, 3, 5 + nb], 0.8),
            (riddle, [2, 6 + nb, k], 0.8),
            (dog, [1, 5 + nb, k], 0.75),
            (digital, [3, 6 + nb, k], 0.7),
            (coffee, [2, 7 + nb, k], 0.7),
            (read, [1, 2, 3], 0.8),
            (promo, [0, 6 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="cc-sito">
<main class="cc-main">
<div class="cc-layout">
<article class="cc-articolo">
<p class="cc-articolo__sezione"><a href="/gta/">GTA</a></p>
<h1 class="cc-articolo__titolo">{e(headline)}</h1>
<p class="cc-articolo__meta">di Redazione · 6 dicembre 2026</p>
<figure class="cc-figure"><img src="/wp-content/uploads/2026/12/highway7-ghiaccio.jpg" alt="" loading="lazy"><figcaption>Alberi abbattuti dal ghiaccio lungo la Highway 7 a Woodbridge</figcaption></figure>
<div class="cc-articolo__corpo">
{story}
</div>
</article>
{nota.html}
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="cc",
        brand="Corriere Canadese",
        url=url,
        title=f"{headline} | Corriere Canadese",
        sections=["GTA", "Canada", "Italia", "Mondo", "Sport", "Comunità"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Corriere Canadese",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione",
                    publisher=org("Corriere Canadese", "https://www.corriere.ca"),
                    lang="it",
                    section="GTA",
                )
            )
        ],
        main=main,
        body_cls="cc single-post",
        cms="wp",
    )
    return Render(html, body, [*shown, errata, nota], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Primocanale (Genoa, +01:00; the fetches run from 11pm to midnight), custom, live, newest
# first: `<div>` posts whose `<h3>` carries the clock AT THE END in parentheses, "Chiuso il
# casello di Voltri (22:40)"; two posts have a heading with the clock only, "(22:05)"; JSON-LD
# `@graph` of the `NewsArticle` and a `LiveBlogPosting`.


def primocanale(ctx: Ctx) -> Render:
    url = "https://www.primocanale.it/cronaca/diretta-allerta-rossa-frana-sull-aurelia-ad-arenzano-chiusa-la-a10-tra-voltri-e-arenzano.html"
    headline = (
        "Diretta allerta rossa: frana sull'Aurelia ad Arenzano, chiusa la A10 tra Voltri e Arenzano"
    )
    published = at(CET, 6, 16, 40)
    cls = "pc-testo"
    body = [
        "L'allerta rossa per piogge diffuse e temporali è in vigore su tutto il centro-ponente ligure fino alle 8 di lunedì. Ad Arenzano una frana ha invaso l'Aurelia.",
        "Autostrade per l'Italia ha chiuso la A10 tra Genova Voltri e Arenzano. Seguite con noi gli aggiornamenti della serata.",
    ]
    specs = [
        (
            22,
            45,
            "Evacuate tre famiglie a Cogoleto",
            [
                "I vigili del fuoco hanno fatto uscire tre famiglie da una palazzina sopra il rio Lerone, dove il terreno sta cedendo."
            ],
        ),
        (
            22,
            5,
            None,
            [
                "Il Cerusa a Voltri è a un metro dall'argine, ma per ora non preoccupa. Il Comune tiene chiusi i sottopassi di via Camozzini."
            ],
        ),
        (
            21,
            20,
            "Chiuso il casello di Voltri",
            [
                "Autostrade ha chiuso la A10 tra Genova Voltri e Arenzano in entrambe le direzioni per la caduta di massi sulla carreggiata.",
                "Il traffico diretto a ponente esce a Genova Pra'.",
            ],
        ),
        (
            20,
            35,
            "Frana sull'Aurelia ad Arenzano",
            [
                "Fango e detriti hanno invaso l'Aurelia all'altezza della galleria di Capo San Martino. La strada è chiusa."
            ],
        ),
        (
            19,
            50,
            None,
            [
                "Arpal ha registrato 142 millimetri di pioggia in tre ore a Mele, il valore più alto della giornata."
            ],
        ),
        (
            18,
            30,
            "Scuole chiuse lunedì",
            [
                "I sindaci di Genova, Arenzano e Cogoleto hanno firmato le ordinanze: lunedì scuole chiuse e parchi chiusi."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        hm(at(CET, 6, 23, 54)),
        at(CET, 6, 23, 54),
        "Riaperta la A10 verso Savona",
        [
            "Dopo la rimozione dei massi Autostrade ha riaperto la carreggiata in direzione ponente; quella verso Genova resta chiusa."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def post_html(b_clock: str, head: str | None, paras: list[str]) -> str:
        title = f"{head} ({b_clock})" if head else f"({b_clock})"
        text = "".join(_p(cls, p) for p in paras)
        return f'<div class="pc-live__post"><h3 class="pc-live__titolo">{e(title)}</h3>{text}</div>'

    for b in shown:
        b.html = post_html(b.label or "", b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "garden": "L'orto collettivo di Begato",
        "bottle": "di piazza Leopardi",
        "library": "La biblioteca Berio",
        "bakery": "Il forno solidale della Comunità di San Benedetto",
        "rank": "Posteggio taxi di Principe",
        "digital": "il centro civico di Sampierdarena",
        "seeds": "Sestri Ponente",
        "coffee": "la Società di mutuo soccorso di Voltri",
        "brand": "Primocanale",
    }
    tx = Texts(ctx, "it", pl, ".")

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        clock = hm(ctx.ago(lo, hi))
        return post(post_html(clock, title, [text]), [text], kind, [f"{title} ({clock})"])

    taxi = fake("Posteggi taxi", tx.counter(TAXI, 21), TAXI)
    bread = fake("Pane per chi ne ha bisogno", tx.counter(BREAD, 75), BREAD)
    garden = fake("Dagli orti urbani", tx.counter(GARDEN, 960), GARDEN)
    tick = fake("Dalle altre zone", tx.pool(TICKER) + ".", TICKER)
    promo = fake("Spazio pubblicitario", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (taxi, list(range(0, n + 1)), 0.85),
            (bread, list(range(1, n + 1)), 0.8),
            (garden, [1, 3, 5, n], 0.8),
            (tick, [0, 2, 4, n], 0.8),
            (promo, [2, 5, n], 0.7),
        ],
    )
    twister = bp(cls, tx.pool(TWISTER), TWISTER, lead="Scioglilingua della sera:")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Il cane del giorno:")
    seeds = bp(cls, tx.fixed(SEEDS), SEEDS)
    digital = bp(cls, tx.fixed(DIGITAL), DIGITAL)
    read = bpa(cls, "Da non perdere:", tx.pool(READ), "/cronaca/", READ)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(cls, p) for p in body],
        [
            (twister, [0, 1, 2], 0.8),
            (dog, [1, 2], 0.75),
            (seeds, [0, 2], 0.7),
            (digital, [1, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 2], 0.75),
        ],
    )
    publisher = org("Primocanale", "https://www.primocanale.it")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Redazione Primocanale",
        publisher=publisher,
        lang="it",
        section="Cronaca",
    )
    live = {
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "headline": headline,
        "url": url,
        "coverageStartTime": published.isoformat(),
        "dateModified": modified.isoformat(),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": b.head or " ".join(b.paras[0].split()[:8]),
                "datePublished": b.ts.isoformat(),
                "articleBody": " ".join(b.paras),
            }
            for b in shown
            if b.ts
        ],
    }
    main = f"""<div class="pc-site">
<main class="pc-main">
<article class="pc-articolo">
<p class="pc-articolo__occhiello">Maltempo</p>
<h1 class="pc-articolo__titolo">{e(headline)}</h1>
<p class="pc-articolo__data">6 dicembre 2026 · aggiornato alle {e(hm(modified))}</p>
<div class="pc-live__intro">
{intro}
</div>
{ad_slot("pc-adv", "Pubblicità", "pc-box-1")}
<div class="pc-live">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="pc",
        brand="Primocanale",
        url=url,
        title=f"{headline} - Primocanale.it",
        sections=["Cronaca", "Politica", "Economia", "Sport", "Spettacoli", "Video"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Primocanale S.p.A.",
        jsonld=[graph(article, live)],
        main=main,
        body_cls="pc pagina-diretta",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "ilglobo-temporali-su-melbourne-allagata-sydney-road-a-brunswick-sospeso-il-tram-19",
        "Il Globo (AU)",
        "it",
        "updates",
        AEDT,
        ilglobo,
    ),
    Site(
        "corrierecanadese-gelicidio-a-vaughan-chiusa-highway-7-a-woodbridge-migliaia-senza-corrente",
        "Corriere Canadese (CA)",
        "it",
        "updates",
        EST,
        corrierecanadese,
    ),
    Site(
        "primocanale-diretta-allerta-rossa-frana-sull-aurelia-arenzano-a10-chiusa-voltri",
        "Primocanale (IT)",
        "it",
        "live",
        CET,
        primocanale,
    ),
]
