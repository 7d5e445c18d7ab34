"""Italian-language publishers: Tribuna Italiana (Buenos Aires, Argentina), Ticinonews (Lugano,
Switzerland), Umbria24 (Perugia, Italy)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BAKE,
    BINGO,
    BIRTHDAY,
    BOOKSALE,
    FACT,
    FUEL,
    LEGAL,
    NEWS,
    PROMO,
    RAFFLE,
    READ,
    TALKING,
    TICKER,
    TIP,
    YOUTH,
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
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    e,
    news_article,
    org,
    weave,
)

ART = -3
CET = 1

_SUBS = ["Politica", "Economia", "Cultura", "Sport", "Salute", "Lettere", "Meteo"]
_FOOT = {
    "Chi siamo": ["Redazione", "Contatti", "Pubblicità", "Abbonamenti"],
    "Note legali": ["Privacy", "Termini d'uso", "Cookie", "Accessibilità"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# Tribuna Italiana (Buenos Aires, -03:00; the fetches run from 7pm to 8pm on Sunday 6 December),
# WordPress-like. A bold italic "Avvertenza:" at the top (`editors_note`); notes after the story,
# newest first, each a box whose first line is a `<small>` stamp with the full date and the zone
# in words, "Aggiornamento di domenica 6 dicembre 2026, 17.40 (ora argentina)", + a paragraph;
# a "Per chiarezza" box beside the body with an `<h4>` label (`clarification`).


def tribuna(ctx: Ctx) -> Render:
    url = "https://www.tribunaitaliana.com.ar/temporale-su-buenos-aires-allagata-la-general-paz-sospesa-la-linea-b/"
    headline = (
        "Temporale su Buenos Aires: allagata la General Paz, sospesa la linea B della metropolitana"
    )
    published = at(ART, 6, 11, 20)
    cls = "ti-testo"
    body = [
        "Un violento temporale si è abbattuto domenica pomeriggio su Buenos Aires e sulla provincia, allagando diversi tratti dell'avenida General Paz e costringendo Subte a sospendere la linea B tra Federico Lacroze e Los Incas.",
        "Il Servizio meteorologico nazionale ha registrato oltre 90 millimetri di pioggia in tre ore all'osservatorio di Villa Ortúzar, con raffiche di vento fino a 80 chilometri orari.",
        "Nei quartieri di Villa Urquiza, Belgrano e Núñez decine di alberi sono caduti su auto e marciapiedi.",
        "«In quarant'anni che vivo qui non ho mai visto l'acqua entrare in negozio», racconta Carmelo Siciliano, titolare di una gelateria in avenida Triunvirato, arrivato da Reggio Calabria nel 1978.",
        "La Difesa civile della Città ha chiesto ai residenti di non uscire di casa e di non toccare cavi caduti.",
        "Il Consolato generale d'Italia ha ricordato il numero di emergenza per i connazionali in difficoltà.",
        "Per lunedì è prevista un'attenuazione delle precipitazioni, ma resta l'allerta gialla per temporali.",
    ]
    warn = Block(
        "editors_note",
        "Avvertenza",
        None,
        None,
        [
            "l'articolo viene aggiornato man mano che arrivano le comunicazioni ufficiali della Città e del Consolato."
        ],
    )
    warn.html = f'<p class="{cls}"><strong><em>Avvertenza:</em></strong> {e(warn.paras[0])}</p>'

    def stamp(word: str, dt: datetime) -> str:
        return f"{word} di {weekday(dt, 'it')} {dt.day} {month(dt, 'it')} {dt.year}, {dot(dt)} (ora argentina)"

    def box(line: str, text: str) -> str:
        return f'<div class="ti-agg"><p class="ti-agg__data"><small>{e(line)}</small></p><p class="{cls}">{e(text)}</p></div>'

    specs = [
        (
            17,
            40,
            "Edenor ed Edesur segnalano oltre 120.000 utenti senza corrente nella Città e nella zona nord della provincia.",
        ),
        (
            16,
            5,
            "Chiusi gli accessi alla General Paz da avenida Cabildo e da avenida del Libertador per l'acqua sulla carreggiata.",
        ),
    ]
    notes = [
        Block("update", stamp("Aggiornamento", at(ART, 6, h, m)), at(ART, 6, h, m), None, [t])
        for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp("Aggiornamento", at(ART, 6, 19, 53)),
        at(ART, 6, 19, 53),
        None,
        [
            "Subte comunica che la linea B riprende a circolare su tutto il percorso, con corse ogni dieci minuti fino alla chiusura."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = box(b.label or "", b.paras[0])
    clar = Block(
        "clarification",
        "Per chiarezza",
        None,
        None,
        [
            "La gelateria citata nell'articolo si trova in avenida Triunvirato, a Villa Urquiza; non ha alcun legame con l'omonimo locale di Belgrano."
        ],
    )
    clar.html = f'<aside class="ti-box"><h4 class="ti-box__titolo">Per chiarezza</h4><p class="ti-box__testo">{e(clar.paras[0])}</p></aside>'
    modified = shown[0].ts or published
    pl = {
        "raffle": "La lotteria di Natale della Federazione delle associazioni calabresi",
        "station": "al distributore di avenida Triunvirato",
        "cur": "1.",
        "unit": "pesos al litro di benzina",
        "bingo": "Palermo Viejo, nella sede dell'Unione Regionale Siciliana",
        "legal": "Buenos Aires, al patronato INCA di avenida Belgrano",
        "brand": "Tribuna Italiana",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def boxed(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        line = stamp(word, ctx.ago(lo, hi))
        return post(box(line, text), [text], kind, [line])

    raffle = boxed("Lotteria di beneficenza", tx.counter(RAFFLE, 640), RAFFLE, 1, 12)
    fuel = boxed("Prezzo della benzina", tx.counter(FUEL, 245), FUEL, 2, 14)
    t = ctx.ago(1, 20)
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead=f"In breve, ore {dot(t)}:")
    fact = bp(cls, tx.pool(FACT), FACT, lead="Lo sapevi?")
    tip = bp(cls, tx.pool(TIP), TIP, lead="Il consiglio della nonna:")
    bday = bp(cls, tx.pool(BIRTHDAY), BIRTHDAY, lead="Auguri:", tag="em")
    youth = bp(cls, tx.pool(YOUTH), YOUTH, lead="Giovanili:")
    bingo = bp(cls, tx.fixed(BINGO), BINGO)
    legal = bp(cls, tx.fixed(LEGAL), LEGAL)
    read = bpa(cls, "Leggi pure:", tx.pool(READ), "/categoria/comunita/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Informazione pubblicitaria –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [warn.html] + [_p(cls, p) for p in body] + [b.html for b in shown]
    k = len(units)
    end = 8
    story = weave(
        ctx,
        units,
        [
            (raffle, list(range(end, k + 1)), 0.85),
            (fuel, list(range(end, k + 1)), 0.8),
            (tick, [1, 3, 6], 0.8),
            (fact, [2, 5, k], 0.8),
            (tip, [3, 6, end], 0.75),
            (bday, [2, 7, k], 0.75),
            (youth, [4, 7, k], 0.75),
            (bingo, [1, 5], 0.7),
            (legal, [4, k], 0.7),
            (read, [2, 3, 4], 0.8),
            (promo, [0, 6, k], 0.7),
            (news, [end, k], 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<div class="ti-grid">
<article class="post type-post status-publish category-comunita">
<header class="entry-header">
<p class="ti-categoria"><a href="/categoria/comunita/">Comunità</a></p>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="author">Redazione Tribuna Italiana</span> <time datetime="{published.isoformat()}">6 dicembre 2026</time></div>
</header>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/temporale-general-paz.jpg" alt="" loading="lazy"><figcaption>Auto bloccate sulla General Paz domenica pomeriggio.</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
{clar.html}
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="ti",
        brand="Tribuna Italiana",
        url=url,
        title=f"{headline} - Tribuna Italiana",
        sections=["Comunità", "Argentina", "Italia", "Sport", "Cultura", "Opinioni"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Tribuna Italiana – Buenos Aires",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione Tribuna Italiana",
                    publisher=org("Tribuna Italiana", "https://www.tribunaitaliana.com.ar"),
                    lang="it",
                    section="Comunità",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [warn, *shown, clar], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Ticinonews (Lugano, +01:00; the fetches run from 11pm to midnight on Sunday 6 December),
# custom, live, newest first: `<div class="tn-live__entry">` entries whose `<time>` prints the
# clock first and the date after it, "22:40 · 6 dicembre"; `<h3>` (two without, one with two
# paragraphs); one entry carries a second clock, "Modificato alle 21:48", below its text; JSON-LD
# `@graph` of the `NewsArticle` and a `LiveBlogPosting` whose updates carry only `dateModified`.


def ticinonews(ctx: Ctx) -> Render:
    url = "https://www.ticinonews.ch/ticino/diretta-nevicata-sul-ticino-chiuso-il-san-bernardino-disagi-sulla-a2-bellinzona-airolo"
    headline = "Diretta – Nevicata sul Ticino: chiuso il San Bernardino, disagi sulla A2 tra Bellinzona e Airolo"
    published = at(CET, 6, 18, 30)
    body = [
        "Una nevicata intensa e più abbondante del previsto ha messo in difficoltà la viabilità in Ticino domenica sera. Il passo del San Bernardino è chiuso e sulla A2 si viaggia a rilento tra Bellinzona e Airolo.",
        "In questa diretta seguiamo la situazione sulle strade, sui treni e nelle valli. Aggiornate la pagina per leggere le ultime notizie.",
    ]
    specs = [
        (
            22,
            40,
            "Camion fermi a Biasca",
            [
                "La Polizia cantonale ha fermato i mezzi pesanti diretti a nord all'area di sosta di Biasca fino a nuovo avviso."
            ],
            None,
        ),
        (
            22,
            10,
            None,
            [
                "Le FFS segnalano ritardi fino a trenta minuti sulla linea di montagna del Gottardo tra Bellinzona e Airolo."
            ],
            None,
        ),
        (
            21,
            30,
            "Incidente sulla A2 a Quinto",
            [
                "Un'auto è uscita di strada sulla A2 all'altezza di Quinto, in direzione nord. Il conducente è rimasto illeso.",
                "Una corsia resta chiusa per permettere il recupero del veicolo.",
            ],
            "21:48",
        ),
        (
            20,
            55,
            "San Bernardino chiuso",
            [
                "L'Ufficio federale delle strade ha chiuso il passo e la galleria del San Bernardino per il rischio valanghe."
            ],
            None,
        ),
        (
            20,
            15,
            None,
            ["A Airolo sono caduti 40 centimetri di neve fresca dalle 16, secondo MeteoSvizzera."],
            None,
        ),
        (
            19,
            40,
            "Spazzaneve al lavoro",
            [
                "Il Cantone ha mobilitato tutti gli spazzaneve del Sopraceneri e chiede di montare le gomme invernali."
            ],
            None,
        ),
        (
            19,
            0,
            "Allerta di grado 3",
            ["MeteoSvizzera ha alzato l'allerta neve al grado 3 per le Tre Valli e il Moesano."],
            None,
        ),
    ]

    def label(dt: datetime) -> str:
        return f"{hm(dt)} · {dt.day} {month(dt, 'it')}"

    entries = [
        Block("live_entry", label(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps, _ in specs
    ]
    edited = {id(b): s[4] for b, s in zip(entries, specs, strict=True)}
    genuine = Block(
        "live_entry",
        label(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        "Riaperta la corsia a Quinto",
        [
            "Il veicolo uscito di strada è stato rimosso: la A2 all'altezza di Quinto è di nuovo percorribile su entrambe le corsie."
        ],
    )
    edited[id(genuine)] = None
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(stamp: str, iso: str, head: str | None, paras: list[str], mod: str | None) -> str:
        hd = f'<h3 class="tn-live__title">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        foot = f'<p class="tn-live__edited">Modificato alle {e(mod)}</p>' if mod else ""
        return (
            f'<div class="tn-live__entry"><p class="tn-live__time"><time datetime="{iso}">{e(stamp)}</time></p>'
            f'{hd}<div class="tn-live__text">{text}</div>{foot}</div>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.label or "", b.ts.isoformat(), b.head, b.paras, edited[id(b)])
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "bake": "Il laboratorio dei biscotti della Pro Senectute di Bellinzona",
        "station": "al distributore di via Cantonale a Giubiasco",
        "cur": "1.",
        "unit": "franchi al litro di benzina senza piombo",
        "talking": "Tenero, nella sede dell'Unitas",
        "brand": "Ticinonews",
    }
    tx = Texts(ctx, "it", pl, sep="'")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        stamp = label(t)
        html = entry(stamp, t.isoformat(), title, [text], None)
        lines = ([title] if title else []) + [text]
        return post(html, lines, kind, [stamp])

    fuel = fake("Benzina, il prezzo più basso", tx.counter(FUEL, 78), FUEL)
    bake = fake(None, tx.counter(BAKE, 1480), BAKE)
    tick = fake("Nel resto del cantone", tx.pool(TICKER), TICKER)
    promo = fake("Contenuto del partner", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (fuel, list(range(0, n + 1)), 0.85),
            (bake, list(range(1, n + 1)), 0.8),
            (tick, [0, 2, 4, 6, n], 0.8),
            (promo, [1, 3, 5, n], 0.7),
        ],
    )
    icls = "tn-live__lead"
    fact = bp(icls, tx.pool(FACT), FACT, lead="Lo sapevate?")
    tip = bp(icls, tx.pool(TIP), TIP, lead="Trucchi di casa:")
    bday = bp(icls, tx.pool(BIRTHDAY), BIRTHDAY, lead="Tanti auguri:", tag="em")
    youth = bp(icls, tx.pool(YOUTH), YOUTH, lead="Calcio giovanile:")
    talking = bp(icls, tx.fixed(TALKING), TALKING)
    read = bpa(icls, "Potrebbe interessarti:", tx.pool(READ), "/ticino/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (fact, [0, 1, 2], 0.8),
            (tip, [1, 2], 0.75),
            (bday, [0, 2], 0.75),
            (youth, [1, 2], 0.75),
            (talking, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    main = f"""<div class="tn-page">
<main class="tn-main">
<article class="tn-article tn-article--live">
<header class="tn-article__header">
<span class="tn-live__badge">DIRETTA</span>
<h1 class="tn-article__title">{e(headline)}</h1>
<p class="tn-article__date">6 dicembre 2026 · aggiornato alle {e(hm(modified))}</p>
</header>
<div class="tn-live__intro">
{intro}
</div>
{ad_slot("tn-adv", "Pubblicità", "tn-rectangle-1")}
<div class="tn-live__feed">
{feed}
</div>
</article>
</main>
</div>"""
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Redazione Ticinonews",
        publisher=org("Ticinonews", "https://www.ticinonews.ch"),
        lang="it",
        section="Ticino",
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
                "dateModified": b.ts.isoformat() if b.ts else None,
                "articleBody": " ".join(b.paras),
            }
            for b in shown
        ],
    }
    html = page(
        ctx,
        lang="it-CH",
        prefix="tn",
        brand="Ticinonews",
        url=url,
        title=f"{headline} | Ticinonews",
        sections=["Ticino", "Svizzera", "Estero", "Economia", "Sport", "Spettacoli"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Ticinonews – TeleTicino SA",
        jsonld=[graph(art, live)],
        main=main,
        body_cls="tn live",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Umbria24 (Perugia, +01:00; the fetches run from 11pm to midnight on Sunday 6 December),
# WordPress-like, live, oldest first: `<div class="u24-diretta__item">` entries whose only clock
# sits **after the text** in a signature line, "Redazione Umbria24 – ore 21.10"; `<h3>` (two
# without, one with two paragraphs); microdata `liveBlogUpdate` with `<meta
# itemprop="datePublished">`; the JSON-LD is only a `NewsArticle`.


def umbria24(ctx: Ctx) -> Render:
    url = "https://www.umbria24.it/cronaca/diretta-maltempo-esonda-il-tevere-a-ponte-san-giovanni-chiusa-la-e45"
    headline = "Diretta maltempo: esonda il Tevere a Ponte San Giovanni, chiusa la E45, famiglie evacuate a Ponte Felcino"
    published = at(CET, 6, 18, 30)
    body = [
        "La pioggia caduta senza sosta da sabato ha fatto esondare il Tevere a Ponte San Giovanni domenica sera. L'Anas ha chiuso la E45 tra Collestrada e Ponte San Giovanni e a Ponte Felcino alcune famiglie sono state evacuate.",
        "Seguite qui gli aggiornamenti della redazione, dal più vecchio al più recente.",
    ]
    specs = [
        (
            18,
            50,
            "Allerta rossa",
            [
                "La Protezione civile regionale ha alzato l'allerta a rossa per il bacino del Tevere e del Chiascio."
            ],
            "Redazione Umbria24",
        ),
        (
            19,
            35,
            None,
            [
                "Il sindaco di Perugia ha convocato il centro operativo comunale nella sede di via del Rimbocco."
            ],
            "Redazione Umbria24",
        ),
        (
            20,
            20,
            "Chiusa la E45",
            [
                "L'Anas ha chiuso la superstrada tra Collestrada e Ponte San Giovanni in entrambe le direzioni per l'acqua in carreggiata.",
                "Il traffico viene deviato sulla vecchia statale Tiberina.",
            ],
            "Daniele Bovi",
        ),
        (
            21,
            10,
            "Evacuate dodici famiglie",
            [
                "A Ponte Felcino i vigili del fuoco hanno fatto uscire dodici famiglie dalle case vicine all'argine."
            ],
            "Daniele Bovi",
        ),
        (
            21,
            45,
            None,
            [
                "Scuole chiuse lunedì a Perugia, Torgiano e Deruta: lo hanno deciso i sindaci con apposite ordinanze."
            ],
            "Redazione Umbria24",
        ),
        (
            22,
            20,
            "Il Tevere a sei metri",
            [
                "L'idrometro di Ponte Nuovo segna sei metri, quasi mezzo metro sopra la soglia di guardia."
            ],
            "Daniele Bovi",
        ),
        (
            22,
            45,
            "Volontari con i sacchi di sabbia",
            [
                "I volontari della Protezione civile distribuiscono sacchi di sabbia in piazza a Ponte San Giovanni."
            ],
            "Redazione Umbria24",
        ),
    ]
    entries = [
        Block("live_entry", f"ore {dot(at(CET, 6, h, m))}", at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps, _ in specs
    ]
    signs = {id(b): s[4] for b, s in zip(entries, specs, strict=True)}
    genuine = Block(
        "live_entry",
        f"ore {dot(at(CET, 6, 23, 54))}",
        at(CET, 6, 23, 54),
        "Il livello comincia a scendere",
        [
            "Primi segnali positivi dall'idrometro di Ponte Nuovo: in un'ora il fiume è calato di quindici centimetri."
        ],
    )
    signs[id(genuine)] = "Daniele Bovi"
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(
        who: str, clock: str, head: str | None, paras: list[str], iso: str | None = None
    ) -> str:
        micro = (
            ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            if iso
            else ""
        )
        meta = f'<meta itemprop="datePublished" content="{iso}">' if iso else ""
        hp = ' itemprop="headline"' if iso else ""
        bp_ = ' itemprop="articleBody"' if iso else ""
        hd = f'<h3 class="u24-diretta__titolo"{hp}>{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="u24-diretta__item"{micro}>{meta}{hd}<div class="u24-diretta__testo"{bp_}>{text}</div>'
            f'<p class="u24-diretta__firma">{e(who)} – {e(clock)}</p></div>'
        )

    for b in shown:
        assert b.ts
        b.html = item(signs[id(b)], b.label or "", b.head, b.paras, b.ts.isoformat())
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "booksale": "della biblioteca San Matteo degli Armeni",
        "raffle": "La lotteria della Croce Rossa di Ponte San Giovanni",
        "bingo": "Ponte Felcino, all'oratorio parrocchiale",
        "legal": "Perugia, alla Casa delle associazioni",
        "brand": "Umbria24",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def fake(title: str | None, text: str, kind: str, who: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        sign = f"{who} – ore {dot(t)}"
        html = item(who, f"ore {dot(t)}", title, [text])
        lines = ([title] if title else []) + [text]
        return post(html, lines, kind, [sign])

    books = fake(None, tx.counter(BOOKSALE, 330), BOOKSALE, "Redazione Umbria24")
    raffle = fake("Lotteria solidale", tx.counter(RAFFLE, 260), RAFFLE, "Redazione Umbria24")
    tick = fake("Dal resto dell'Umbria", tx.pool(TICKER), TICKER, "Redazione Umbria24")
    promo = fake("Spazio partner", tx.pool(PROMO), PROMO, "Partner")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (books, list(range(0, n + 1)), 0.85),
            (raffle, list(range(1, n + 1)), 0.8),
            (tick, [0, 2, 4, 6, n], 0.8),
            (promo, [1, 3, 5, n], 0.7),
        ],
    )
    icls = "u24-sommario"
    fact = bp(icls, tx.pool(FACT), FACT, lead="Curiosità:")
    tip = bp(icls, tx.pool(TIP), TIP, lead="Il trucco della nonna:")
    bday = bp(icls, tx.pool(BIRTHDAY), BIRTHDAY, lead="Auguri di compleanno:", tag="em")
    youth = bp(icls, tx.pool(YOUTH), YOUTH, lead="Settore giovanile:")
    bingo = bp(icls, tx.fixed(BINGO), BINGO)
    legal = bp(icls, tx.fixed(LEGAL), LEGAL)
    read = bpa(icls, "Approfondimento:", tx.pool(READ), "/cronaca/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (fact, [0, 1, 2], 0.8),
            (tip, [1, 2], 0.75),
            (bday, [0, 2], 0.75),
            (youth, [1, 2], 0.75),
            (bingo, [0, 2], 0.7),
            (legal, [0, 1], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post status-publish category-cronaca">
<header class="entry-header">
<p class="u24-categoria"><a href="/cronaca/">Cronaca</a></p>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta">Domenica 6 dicembre 2026 · aggiornato alle {e(dot(modified))}</div>
</header>
<div class="entry-content">
<div class="u24-sommario-box">
{intro}
</div>
{ad_slot("u24-adv", "Pubblicità", "u24-box-1")}
<div class="u24-diretta" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
{feed}
</div>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="u24",
        brand="Umbria24",
        url=url,
        title=f"{headline} | Umbria24",
        sections=["Cronaca", "Politica", "Economia", "Sport", "Cultura", "Perugia"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Umbria24 – Testata giornalistica",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione Umbria24",
                    publisher=org("Umbria24", "https://www.umbria24.it"),
                    lang="it",
                    section="Cronaca",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "tribunaitaliana-temporale-buenos-aires-allagata-general-paz-sospesa-linea-b-metropolitana",
        "Tribuna Italiana (AR)",
        "it",
        "updates",
        ART,
        tribuna,
    ),
    Site(
        "ticinonews-diretta-nevicata-ticino-chiuso-san-bernardino-disagi-a2-bellinzona-airolo",
        "Ticinonews (CH)",
        "it",
        "live",
        CET,
        ticinonews,
    ),
    Site(
        "umbria24-diretta-maltempo-esonda-tevere-ponte-san-giovanni-chiusa-e45-famiglie-evacuate",
        "Umbria24 (IT)",
        "it",
        "live",
        CET,
        umbria24,
    ),
]
