"""Italian-language publishers: L'Italo-Americano (Los Angeles, USA), Cronache Maceratesi
(Macerata, Italy), BlogSicilia (Palermo, Italy)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADBLOCK,
    EPAPER,
    FUEL,
    GAME,
    HEARING,
    MYSTERY,
    NEWS,
    PAYWALL,
    PHARMACY,
    PROMO,
    READ,
    SOCIAL,
    TICKER,
    UMBRELLA,
    VIDEO,
    Texts,
    bp,
    bpa,
    graph,
    hm,
    ld,
    page,
    post,
    us,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

PST = -8
CET = 1

_SUBS = [
    "Cronaca",
    "Politica",
    "Economia",
    "Cultura",
    "Spettacoli",
    "Ambiente",
    "Sport",
    "Opinioni",
]
_FOOT = {
    "Chi siamo": ["Redazione", "Contatti", "Pubblicità", "Lavora con noi", "Abbonamenti"],
    "Note legali": ["Privacy", "Cookie policy", "Termini d'uso", "Accessibilità"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


def _embed(cls: str, text: str, who: str) -> W:
    html = (
        f'<blockquote class="{cls}"><p>{e(text)}</p><p class="{cls}__by">{e(who)}</p></blockquote>'
    )
    return post(html, [text], SOCIAL, [who])


def _comma(dt: datetime) -> str:
    """'ore 22,41' (with a comma, as some Marche papers print it)."""
    return f"ore {dt.hour},{dt.minute:02d}"


# ---------------------------------------------------------------------------------------------
# L'Italo-Americano (Los Angeles, −08:00; the fetches run from 14:00 to 15:00 on Sunday 6
# December), WordPress-like. A bold "Nota per i lettori:" at the top (`editors_note`); notes after
# paragraph 3, newest first, each a body-class paragraph with a bold full-date lead that keeps the
# American clock and zone, "Ultimo aggiornamento: domenica 6 dicembre 2026, 1:25 p.m. PT –"; an
# unlabelled italic "Questo articolo è stato corretto: …" at the end (`correction`, no label).


def italoamericano(ctx: Ctx) -> Render:
    url = "https://italoamericano.org/tempesta-california-del-sud-chiusa-pacific-coast-highway-malibu-evacuazioni-topanga/"
    headline = "Tempesta sulla California del Sud: chiusa la Pacific Coast Highway a Malibu, evacuazioni a Topanga"
    published = at(PST, 6, 9, 30)
    cls = "ia-entry"
    body = [
        "Una tempesta alimentata da un fiume atmosferico ha colpito domenica la California del Sud, costringendo il Caltrans a chiudere la Pacific Coast Highway tra Malibu e Topanga Beach.",
        "Il National Weather Service di Oxnard ha registrato oltre 90 millimetri di pioggia nelle colline di Santa Monica in meno di dodici ore.",
        "Lo sceriffo della contea di Los Angeles ha ordinato l'evacuazione delle case lungo Topanga Canyon Boulevard, dove il terreno bruciato dagli incendi dell'estate rischia di franare.",
        "«Abbiamo caricato in macchina i documenti e il gatto e siamo scesi verso Santa Monica», racconta Paola Ferraro, che vive nel canyon da vent'anni.",
        "La comunità italiana di San Pedro ha aperto la sala parrocchiale della chiesa di Mary Star of the Sea per chi ha bisogno di un pasto caldo.",
        "All'aeroporto di Los Angeles si registrano ritardi di oltre un'ora sui voli in partenza verso la costa est.",
        "Le previsioni indicano un miglioramento a partire da lunedì pomeriggio.",
    ]
    nota = Block(
        "editors_note",
        "Nota per i lettori",
        None,
        None,
        [
            "questo articolo viene aggiornato nel corso della giornata con le informazioni delle autorità della contea."
        ],
    )
    nota.html = f'<p class="{cls}"><strong>Nota per i lettori:</strong> {e(nota.paras[0])}</p>'

    def label(dt: datetime) -> str:
        return f"Ultimo aggiornamento: domenica 6 dicembre 2026, {us(dt)} PT"

    specs = [
        (
            13,
            25,
            "Il Caltrans riferisce che una frana ha invaso due corsie della Pacific Coast Highway all'altezza di Big Rock Drive.",
        ),
        (
            11,
            40,
            "Southern California Edison segnala circa 18.000 utenze senza corrente tra Malibu, Calabasas e Agoura Hills.",
        ),
    ]
    notes = [
        Block("update", label(at(PST, 6, h, m)), at(PST, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(PST, 6, 14, 54)),
        at(PST, 6, 14, 54),
        None,
        [
            "Lo sceriffo ha esteso l'ordine di evacuazione a Fernwood e Old Topanga Canyon Road: i centri di accoglienza sono alla Pepperdine University."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")} –</strong> {e(b.paras[0])}</p>'
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "Questo articolo è stato corretto: la sala parrocchiale aperta ai residenti è a San Pedro e non a Long Beach, come scritto in precedenza."
        ],
    )
    corr.html = f'<p class="{cls}"><em>{e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published
    pl = {
        "social": "LA County Sheriff (@LASDHQ)",
        "fuel": "Distributori di Santa Monica",
        "unit": "centesimi di dollaro",
        "game": "Parolando",
        "pharmacy": "La farmacia notturna di Wilshire Boulevard",
        "umbrella": "Il cesto degli ombrelli dell'Istituto Italiano di Cultura",
        "hearing": "al circolo italiano di San Pedro",
        "brand": "L'Italo-Americano",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def stamped(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp(cls, text, kind, lead=f"{word}: domenica 6 dicembre 2026, {us(t)} PT –")

    fuel = stamped("Prezzi alla pompa", tx.counter(FUEL, 489), FUEL, 2, 15)
    pharm = stamped("Farmacia di turno", tx.counter(PHARMACY, 6), PHARMACY, 1, 10)
    tick = stamped("Ultime notizie", tx.pool(TICKER) + ".", TICKER, 1, 18)
    umb = bp(cls, tx.counter(UMBRELLA, 26), UMBRELLA, lead="Ombrelli in prestito:")
    social = _embed(
        "ia-embed", tx.counter(SOCIAL, 640), "— Sceriffo della contea di Los Angeles su X"
    )
    video = bp(cls, tx.pool(VIDEO), VIDEO, lead="Guarda anche:")
    mystery = bp(cls, tx.pool(MYSTERY), MYSTERY, lead="L'oggetto misterioso:")
    game = bp(cls, tx.counter(GAME, 420), GAME, lead="Parolando:")
    read = bpa(cls, "Potrebbe interessarti:", tx.pool(READ), "/comunita/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Contenuto promozionale –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    epaper = bp(cls, tx.fixed(EPAPER), EPAPER)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = [nota.html] + paras[:3] + [b.html for b in shown] + paras[3:] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fuel, list(range(4, 5 + nb)), 0.85),
            (pharm, list(range(4, 5 + nb)), 0.8),
            (tick, [2, 4 + nb, k - 1], 0.8),
            (umb, [2, 6 + nb, k], 0.8),
            (social, [3, 5 + nb, 7 + nb], 0.75),
            (video, [1, 6 + nb, k], 0.75),
            (mystery, [5 + nb, k], 0.7),
            (game, [2, 7 + nb, k], 0.75),
            (read, [1, 2, 5 + nb], 0.8),
            (promo, [0, 6 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
            (epaper, [1, k], 0.7),
        ],
    )
    main = f"""<div class="ia-site">
<main id="main" class="ia-main">
<article class="post type-post status-publish">
<header class="entry-header">
<span class="ia-cat"><a href="/category/news/">News</a></span>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="byline">di Simone Schiavinato</span> <time class="entry-date" datetime="{published.isoformat()}">6 dicembre 2026</time></div>
</header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/12/pch-malibu-frana.jpg" alt="" loading="lazy"><figcaption>La Pacific Coast Highway chiusa a Malibu. Foto: Caltrans District 7</figcaption></figure>
<div class="entry-content ia-entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="ia",
        brand="L'Italo-Americano",
        url=url,
        title=f"{headline} - L'Italo-Americano",
        sections=["News", "Comunità", "Italia", "Cultura", "Cucina", "Viaggi"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 L'Italo-Americano. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Simone Schiavinato",
                    publisher=org("L'Italo-Americano", "https://italoamericano.org"),
                    lang="it",
                    section="News",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [nota, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Cronache Maceratesi (Macerata, +01:00; the fetches run from 23:00 to midnight), custom, live:
# a pinned "Riepilogo" entry (ore 19,00) on top, then entries **oldest first**, each a clock
# paragraph with a **comma**, "ore 22,41", + `<h3>` (two without); **no live-blog markup at all**
# (the JSON-LD is only a `NewsArticle`).


def cronache(ctx: Ctx) -> Render:
    url = "https://www.cronachemaceratesi.it/2026/12/06/diretta-neve-e-ghiaccio-nel-maceratese-chiusa-la-77-a-muccia-scuole-chiuse-a-camerino/"
    headline = "DIRETTA – Neve e ghiaccio nel Maceratese: chiusa la 77 a Muccia, lunedì scuole chiuse a Camerino"
    published = at(CET, 6, 18, 40)
    body = [
        "La nevicata arrivata nel pomeriggio di domenica ha imbiancato l'entroterra maceratese: l'Anas ha chiuso la statale 77 della Val di Chienti tra Muccia e Colfiorito.",
        "Seguiamo la situazione in diretta con le segnalazioni dei lettori, dei vigili del fuoco e dei sindaci.",
    ]

    def label(dt: datetime) -> str:
        return _comma(dt)

    specs = [
        (
            19,
            0,
            "Riepilogo",
            [
                "Statale 77 chiusa tra Muccia e Colfiorito, catene obbligatorie sulla provinciale per Sarnano, scuole chiuse lunedì a Camerino e Visso."
            ],
        ),
        (
            20,
            10,
            "Neve a Camerino, spazzaneve al lavoro",
            [
                "A Camerino sono caduti circa 15 centimetri di neve; il Comune ha messo in strada tutti i mezzi spazzaneve."
            ],
        ),
        (
            20,
            45,
            None,
            [
                "I vigili del fuoco di Tolentino hanno soccorso un'auto finita fuori strada a Caldarola: nessun ferito."
            ],
        ),
        (
            21,
            20,
            "Chiusa la statale 77",
            [
                "Tra Muccia e Colfiorito la strada è bloccata da alcuni mezzi pesanti di traverso sulla carreggiata.",
                "I tir vengono fatti sostare nell'area di servizio di Pieve Torina.",
            ],
        ),
        (
            21,
            55,
            "Lunedì scuole chiuse a Camerino e Visso",
            [
                "I sindaci di Camerino e Visso hanno firmato le ordinanze di chiusura delle scuole di ogni ordine e grado per lunedì."
            ],
        ),
        (
            22,
            30,
            None,
            [
                "Nevica anche a Macerata città: fiocchi in piazza della Libertà, per ora senza accumulo."
            ],
        ),
        (
            22,
            50,
            "Sale sulle strade provinciali",
            [
                "La Provincia ha attivato le squadre per spargere il sale su tutte le strade sopra i 500 metri."
            ],
        ),
    ]
    blocks = [
        Block("live_entry", label(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    pinned, entries = blocks[0], blocks[1:]
    genuine = Block(
        "live_entry",
        label(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        "Riaperta la 77 verso Foligno",
        [
            "L'Anas ha riaperto la statale 77 in direzione Foligno; in direzione Civitanova resta chiusa fino al mattino."
        ],
    )
    shown = [pinned, *entries] + ([genuine] if ctx.n == 6 else [])

    def entry(clock: str, head: str | None, paras: list[str], *, pin: bool = False) -> str:
        badge = '<p class="cm-live__pin">In evidenza</p>' if pin else ""
        hd = f'<h3 class="cm-live__titolo">{e(head)}</h3>' if head else ""
        text = "".join(f'<p class="cm-live__testo">{e(p)}</p>' for p in paras)
        extra = " cm-live__post--pin" if pin else ""
        return f'<div class="cm-live__post{extra}">{badge}<p class="cm-ora">{e(clock)}</p>{hd}{text}</div>'

    for b in shown:
        b.html = entry(b.label or "", b.head, b.paras, pin=b is pinned)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "social": "Prefettura di Macerata (@PrefMacerata)",
        "fuel": "Distributori di Macerata",
        "unit": "centesimi",
        "game": "Parola Maceratese",
        "pharmacy": "La farmacia di turno di corso Cavour",
        "umbrella": "Il portaombrelli solidale della biblioteca Mozzi Borgetti",
        "hearing": "al centro sociale di Sforzacosta",
        "brand": "Cronache Maceratesi",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def fake(head: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(_comma(t), head, [text]), ([head] if head else []) + [text], kind, [_comma(t)]
        )

    pharm = fake("Farmacia di turno stanotte", tx.counter(PHARMACY, 5), PHARMACY)
    fuel = fake(None, tx.counter(FUEL, 184), FUEL)
    umb = fake("Ombrelli in biblioteca", tx.counter(UMBRELLA, 33), UMBRELLA)
    tick = fake("Dal resto della provincia", tx.pool(TICKER), TICKER)
    video = fake("Il video della serata", tx.pool(VIDEO), VIDEO)
    promo = fake("Informazione pubblicitaria", tx.pool(PROMO), PROMO)
    social = _embed("cm-embed", tx.counter(SOCIAL, 300), "— Prefettura di Macerata su Facebook")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (pharm, list(range(0, n + 1)), 0.85),
            (fuel, list(range(1, n + 1)), 0.8),
            (umb, [0, 2, 4, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
            (video, [2, 4, 6], 0.75),
            (promo, [1, 5, n], 0.7),
            (social, [2, 3, 6], 0.75),
        ],
    )
    icls = "cm-live__intro"
    pay = bp(icls, tx.pool(PAYWALL), PAYWALL, lead="CM Più:")
    mystery = bp(icls, tx.pool(MYSTERY), MYSTERY, lead="Che cos'è?")
    game = bp(icls, tx.counter(GAME, 260), GAME, lead="Il gioco di parole:")
    read = bpa(icls, "LEGGI ANCHE:", tx.pool(READ), "/cronaca/", READ)
    adblock = bp(icls, tx.fixed(ADBLOCK), ADBLOCK)
    hearing = bp(icls, tx.fixed(HEARING), HEARING)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (pay, [0, 1, 2], 0.8),
            (mystery, [1, 2], 0.75),
            (game, [0, 2], 0.8),
            (read, [1, 2], 0.8),
            (adblock, [0, 2], 0.7),
            (hearing, [1, 2], 0.7),
        ],
    )
    main = f"""<div class="cm-page">
<main class="cm-main">
<article class="cm-articolo cm-articolo--diretta">
<header class="cm-articolo__head">
<p class="cm-occhiello">LA DIRETTA</p>
<h1 class="cm-articolo__titolo">{e(headline)}</h1>
<p class="cm-articolo__data">6 dicembre 2026 – Aggiornato alle {e(hm(modified))}</p>
</header>
<div class="cm-live__apertura">
{intro}
</div>
{ad_slot("cm-adv", "Pubblicità", "cm-box-1")}
<div class="cm-live">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="cm",
        brand="Cronache Maceratesi",
        url=url,
        title=f"{headline} | Cronache Maceratesi",
        sections=["Cronaca", "Politica", "Attualità", "Sport", "Cultura", "Provincia"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Cronache Maceratesi – Editoriale Cronache Maceratesi srl",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione",
                    publisher=org("Cronache Maceratesi", "https://www.cronachemaceratesi.it"),
                    lang="it",
                    section="Cronaca",
                )
            )
        ],
        main=main,
        body_cls="cm single-diretta",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# BlogSicilia (Palermo, +01:00; the fetches run from 23:00 to midnight), WordPress-like, live,
# newest first: each `<li>` opens with a `<span>` that prints the **full date and the clock
# joined by a dash**, "6 dicembre 2026 - 22:41", + `<h3>` (two without); microdata
# `liveBlogUpdate` under a `<div>` typed `LiveBlogPosting`, **and** a JSON-LD `@graph` of the
# `NewsArticle` and a `LiveBlogPosting`.


def blogsicilia(ctx: Ctx) -> Render:
    url = "https://www.blogsicilia.it/palermo/diretta-maltempo-palermo-esonda-oreto-chiusa-viale-regione-siciliana/"
    headline = "Maltempo a Palermo, la diretta: esonda l'Oreto, chiuso un tratto di viale Regione Siciliana"
    published = at(CET, 6, 19, 20)
    body = [
        "Un violento temporale si è abbattuto su Palermo nella serata di domenica: il fiume Oreto è uscito dagli argini all'altezza del ponte Corleone e viale Regione Siciliana è chiuso in direzione Catania.",
        "Segui con noi gli aggiornamenti dalla città e dalla provincia.",
    ]

    def label(dt: datetime) -> str:
        return f"6 dicembre 2026 - {hm(dt)}"

    specs = [
        (
            22,
            48,
            "Sottopassi chiusi in via Leonardo da Vinci",
            [
                "La polizia municipale ha chiuso i sottopassi di via Leonardo da Vinci e di via Belgio, allagati fino a un metro."
            ],
        ),
        (
            22,
            15,
            None,
            [
                "L'Amat comunica che le linee 101 e 806 sono deviate per l'allagamento di via della Libertà."
            ],
        ),
        (
            21,
            40,
            "L'Oreto esce dagli argini",
            [
                "Il fiume Oreto è esondato all'altezza del ponte Corleone; i vigili del fuoco hanno soccorso due automobilisti rimasti bloccati.",
                "La protezione civile chiede di non avvicinarsi agli argini.",
            ],
        ),
        (
            21,
            5,
            "Chiuso viale Regione Siciliana",
            [
                "La circonvallazione è chiusa in direzione Catania tra il ponte Corleone e via Giafar."
            ],
        ),
        (
            20,
            35,
            None,
            [
                "All'aeroporto Falcone e Borsellino due voli da Roma e Milano sono stati dirottati su Catania."
            ],
        ),
        (
            20,
            0,
            "Allerta arancione della protezione civile",
            [
                "La protezione civile regionale ha diramato l'allerta arancione per il Palermitano fino alla mezzanotte di lunedì."
            ],
        ),
    ]
    entries = [
        Block("live_entry", label(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        label(at(CET, 6, 23, 54)),
        at(CET, 6, 23, 54),
        "Riaperta la circonvallazione",
        [
            "Viale Regione Siciliana è stato riaperto in entrambe le direzioni, ma si procede a senso alternato al ponte Corleone."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(stamp: str, iso: str | None, head: str | None, paras: list[str]) -> str:
        scope = (
            ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            if iso
            else ""
        )
        meta = f'<meta itemprop="datePublished" content="{iso}">' if iso else ""
        hp = ' itemprop="headline"' if iso else ""
        hd = f'<h3 class="bs-live__titolo"{hp}>{e(head)}</h3>' if head else ""
        bp_ = ' itemprop="articleBody"' if iso else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return f'<li class="bs-live__item"{scope}>{meta}<span class="bs-data">{e(stamp)}</span>{hd}<div class="bs-live__testo"{bp_}>{text}</div></li>'

    for b in shown:
        assert b.ts
        b.html = entry(b.label or "", b.ts.isoformat(), b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "social": "Protezione civile Sicilia (@ProCivSicilia)",
        "fuel": "Distributori di Palermo",
        "unit": "centesimi",
        "game": "Parola del Giorno",
        "pharmacy": "La farmacia notturna di via Roma",
        "umbrella": "Il punto ombrelli della stazione centrale",
        "hearing": "al centro anziani di Brancaccio",
        "brand": "BlogSicilia",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def fake(head: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(label(t), None, head, [text]), ([head] if head else []) + [text], kind, [label(t)]
        )

    umb = fake("Ombrelli alla stazione", tx.counter(UMBRELLA, 42), UMBRELLA)
    pharm = fake(None, tx.counter(PHARMACY, 9), PHARMACY)
    game = fake("Parola del Giorno, a che punto siamo", tx.counter(GAME, 980), GAME)
    tick = fake("Dalla Sicilia", tx.pool(TICKER), TICKER)
    promo = fake("Contenuto sponsorizzato dal partner", tx.pool(PROMO), PROMO)
    social = _embed("bs-embed", tx.counter(SOCIAL, 1500), "— Protezione civile Sicilia su X")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (umb, list(range(0, n + 1)), 0.85),
            (pharm, list(range(1, n + 1)), 0.8),
            (game, [0, 2, 4, n], 0.8),
            (tick, [0, 1, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
            (social, [1, 3, 5], 0.75),
        ],
    )
    icls = "bs-live__intro"
    video = bp(icls, tx.pool(VIDEO), VIDEO, lead="Video:")
    fuel = bp(icls, tx.counter(FUEL, 191), FUEL, lead=f"Carburanti, {hm(ctx.ago(2, 14))}:")
    epaper = bp(icls, tx.fixed(EPAPER), EPAPER)
    read = bpa(icls, "Ti potrebbe interessare:", tx.pool(READ), "/palermo/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (video, [0, 1, 2], 0.8),
            (fuel, [1, 2], 0.8),
            (epaper, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    publisher = org("BlogSicilia", "https://www.blogsicilia.it")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Redazione",
        publisher=publisher,
        lang="it",
        section="Palermo",
    )
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "headline": headline,
        "url": url,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": publisher,
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": b.head or " ".join(b.paras[0].split()[:10]),
                "datePublished": b.ts.isoformat() if b.ts else None,
                "articleBody": " ".join(b.paras),
            }
            for b in shown
        ],
    }
    main = f"""<div class="bs-container">
<main id="main" class="bs-main">
<article class="post type-post">
<header class="entry-header">
<p class="bs-cat"><a href="/palermo/">Palermo</a></p>
<h1 class="entry-title">{e(headline)}</h1>
<p class="entry-meta">di Redazione | 6 dicembre 2026 | aggiornato alle {e(hm(modified))}</p>
</header>
<div class="entry-content bs-live" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<div class="bs-live__apertura">
{intro}
</div>
{ad_slot("bs-adv", "Pubblicità", "bs-mpu-1")}
<ul class="bs-live__lista">
{feed}
</ul>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="bs",
        brand="BlogSicilia",
        url=url,
        title=f"{headline} - BlogSicilia",
        sections=["Palermo", "Catania", "Messina", "Politica", "Cronaca", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 BlogSicilia – Quotidiano online",
        jsonld=[graph(article, posting)],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "italoamericano-tempesta-california-del-sud-chiusa-pacific-coast-highway-malibu-evacuazioni-topanga",
        "L'Italo-Americano (US)",
        "it",
        "updates",
        PST,
        italoamericano,
    ),
    Site(
        "cronachemaceratesi-diretta-neve-e-ghiaccio-chiusa-la-77-a-muccia-scuole-chiuse-a-camerino",
        "Cronache Maceratesi (IT)",
        "it",
        "live",
        CET,
        cronache,
    ),
    Site(
        "blogsicilia-diretta-maltempo-palermo-esonda-oreto-chiuso-viale-regione-siciliana",
        "BlogSicilia (IT)",
        "it",
        "live",
        CET,
        blogsicilia,
    ),
]
