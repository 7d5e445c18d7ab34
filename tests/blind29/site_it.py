"""Italian-language publishers: La Voce d'Italia (Caracas, VE), Adnkronos (Rome, IT), TgLa7 (Rome,
IT)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BTC,
    BULLETIN,
    ERROR,
    FERRY,
    HOURS,
    NEWS,
    POWER,
    PROMO,
    READ,
    RIVER,
    SANDBAGS,
    SIGNIN,
    TICKER,
    WIND,
    Texts,
    bp,
    bpa,
    dot,
    graph,
    hm,
    ld,
    page,
    post,
    turn,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

VET = -4
CET = 1

_SUBS = ["Politica", "Economia", "Cronaca", "Cultura", "Sport", "Meteo", "Opinioni", "Esteri"]
_FOOT = {
    "Il giornale": ["Chi siamo", "Contatti", "Pubblicità", "Lavora con noi", "Newsletter"],
    "Note legali": ["Privacy", "Termini di utilizzo", "Codice etico", "Preferenze cookie"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# La Voce d'Italia (Caracas, -04:00; the fetches run from 18:00 to 19:00 on Sunday 6 December),
# WordPress-like. Notes at the top of the body, newest first, each a body-class paragraph with a
# bold upper-case lead that names the zone, "AGGIORNAMENTO DELLE 17:10 (ORA DI CARACAS) –"; an
# italic "Nota di rettifica:" at the end (`correction`); a "Come lavoriamo" box beside the body
# with an `<h4>` label (`editors_note`).


def voceditalia(ctx: Ctx) -> Render:
    url = "https://voce.com.ve/2026/12/06/piogge-torrenziali-a-caracas-esonda-il-guaire-chiusa-lautopista-francisco-fajardo/"
    headline = (
        "Piogge torrenziali a Caracas: esonda il Guaire, chiusa l'autopista Francisco Fajardo"
    )
    published = at(VET, 6, 12, 40)
    cls = "td-paragraph"
    body = [
        "Un violento nubifragio si è abbattuto domenica pomeriggio su Caracas, facendo straripare il fiume Guaire in più punti e allagando interi isolati di Petare e Las Mercedes.",
        "L'Istituto nazionale di meteorologia e idrologia ha registrato oltre 80 millimetri di pioggia in tre ore nella stazione di La Carlota.",
        "La Protezione civile ha chiuso l'autopista Francisco Fajardo tra El Llanito e Los Ruices, dove l'acqua ha invaso le corsie in direzione est.",
        "Molti automobilisti sono rimasti bloccati per ore sulle rampe di accesso senza poter tornare indietro.",
        "«Non avevo mai visto il Guaire così alto, sembrava un lago», racconta Giuseppe Di Marco, commerciante di origine siciliana che vive a Los Ruices da quarant'anni.",
        "Il sindaco del municipio Sucre ha aperto due scuole come rifugi temporanei per le famiglie evacuate.",
        "Il Consolato generale d'Italia ha attivato un numero di emergenza per i connazionali che hanno bisogno di assistenza.",
    ]

    def lead(dt: datetime) -> str:
        return f"AGGIORNAMENTO DELLE {hm(dt)} (ORA DI CARACAS)"

    specs = [
        (
            17,
            10,
            "La Protezione civile riferisce che una quarantina di famiglie di Petare hanno già raggiunto i rifugi allestiti nelle scuole.",
        ),
        (
            15,
            45,
            "La metropolitana di Caracas ha chiuso la stazione di Petare per infiltrazioni d'acqua; i treni non fermano fino a nuovo avviso.",
        ),
    ]
    notes = [
        Block("update", lead(at(VET, 6, h, m)), at(VET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        lead(at(VET, 6, 18, 53)),
        at(VET, 6, 18, 53),
        None,
        [
            "La Protezione civile ha riaperto l'autopista Francisco Fajardo in direzione est, con una sola corsia percorribile all'altezza di Los Ruices."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")} –</strong> {e(b.paras[0])}</p>'
    corr = Block(
        "correction",
        "Nota di rettifica",
        None,
        None,
        [
            "in una prima versione dell'articolo si indicava che il fiume era esondato a Chacao. L'esondazione è avvenuta a Petare e Las Mercedes."
        ],
    )
    corr.html = f'<p class="{cls}"><em>Nota di rettifica:</em> {e(corr.paras[0])}</p>'
    how = Block(
        "editors_note",
        "Come lavoriamo",
        None,
        None,
        [
            "Le notizie di questa pagina sono verificate dalla nostra redazione di Caracas con la Protezione civile e con i residenti italiani della zona."
        ],
    )
    modified = shown[0].ts or published
    pl = {
        "river": "Il fiume Tuy a Santa Teresa",
        "airport": "l'aeroporto di Maiquetía",
        "grid": "Corpoelec, nello stato Miranda,",
        "bags": "La raccolta di sacchi di sabbia della comunità italiana",
        "brand": "La Voce",
    }
    tx = Texts(ctx, "it", pl, ".")

    def lead_item(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp(cls, text, kind, lead=f"{word} DELLE {hm(t)} (ORA DI CARACAS) –")

    wind = lead_item("VENTO", tx.counter(WIND, 52), WIND, 1, 9)
    power = lead_item("ELETTRICITÀ", tx.counter(POWER, 12400), POWER, 2, 12)
    river = lead_item("FIUMI", tx.counter(RIVER, 330), RIVER, 2, 14)
    bags = lead_item("SOLIDARIETÀ", tx.counter(SANDBAGS, 860), SANDBAGS, 3, 15)
    tick = lead_item("DALL'ITALIA", tx.pool(TICKER) + ".", TICKER, 3, 16)
    ferries = [
        "Il traghetto per Isla Margarita da Puerto La Cruz è rinviato a domattina per il vento.",
        "La nave veloce per Margarita parte da Cumaná con un'ora di ritardo.",
        "Sospese fino a martedì le lance per Los Roques da La Guaira.",
        "Il traghetto per Coche riprende le corse di linea da lunedì.",
        "Il battello per l'isola di Margarita è partito regolarmente alle 16.",
    ]
    ferry = bp(cls, turn(ctx, ferries, "ferry"), FERRY, lead="Traghetti:")
    bull = bp(
        cls,
        tx.pool(BULLETIN) + ".",
        BULLETIN,
        lead=f"Il notiziario delle {ctx.local.hour}:",
        tag="em",
    )
    btc = bp(cls, tx.counter(BTC, 91400), BTC, lead="Criptovalute:")
    read = bpa(cls, "Approfondisci:", tx.pool(READ), "/category/venezuela/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Contenuto promozionale –", tag="em")
    signin = bp(cls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(cls, tx.fixed(ERROR), ERROR)
    hours = bp(cls, tx.fixed(HOURS), HOURS)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    nb = len(shown)
    units = [*(b.html for b in shown), *(_p(cls, p) for p in body), corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (wind, list(range(0, nb + 1)), 0.85),
            (power, list(range(0, nb + 1)), 0.8),
            (river, [0, nb], 0.8),
            (bags, [1, nb], 0.8),
            (tick, [0, nb], 0.8),
            (ferry, [nb + 2, nb + 5], 0.8),
            (bull, [nb + 1, nb + 3], 0.8),
            (btc, [nb + 4, k], 0.75),
            (read, [nb + 3, nb + 6], 0.8),
            (promo, [nb + 2, k], 0.7),
            (signin, [nb + 5, k], 0.75),
            (error, [k - 1, k], 0.75),
            (hours, [nb + 6, k], 0.7),
            (news, [nb + 4, k], 0.75),
        ],
    )
    how.html = f'<aside class="td-box-how"><h4 class="td-box-how__title">Come lavoriamo</h4><p>{e(how.paras[0])}</p></aside>'
    main = f"""<div class="td-main-content-wrap">
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content">
<article class="post type-post">
<header class="td-post-title">
<ul class="td-category"><li><a href="/category/venezuela/">Venezuela</a></li></ul>
<h1 class="entry-title">{e(headline)}</h1>
<div class="td-module-meta-info"><span class="td-post-author-name">di Mauro Bafile</span> <time class="entry-date" datetime="{published.isoformat()}">6 Dicembre 2026</time></div>
</header>
<div class="td-post-content">
{story}
</div>
</article>
</div>
<div class="td-pb-span4 td-main-sidebar">
{how.html}
{ad_slot("voce-ad", "Pubblicità", "voce-side-1")}
</div>
</div>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="voce",
        brand="La Voce d'Italia",
        url=url,
        title=f"{headline} - La Voce d'Italia",
        sections=["Venezuela", "Italia", "Mondo", "Comunità", "Economia", "Sport", "Cultura"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 La Voce d'Italia. Tutti i diritti riservati.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Mauro Bafile",
                    publisher=org("La Voce d'Italia", "https://voce.com.ve"),
                    lang="it",
                    section="Venezuela",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single td-standard-pack",
        cms="wp",
    )
    return Render(html, body, [*shown, corr, how], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Adnkronos (Rome, +01:00), custom, live. A pinned "Cosa sappiamo" entry (19:00) on top, then
# newest first; each `<div class="live-item">` a `<span>` with a numeric date and the clock,
# "06/12/2026 22:40", then an `<h3>` (two without; one with two paragraphs); the JSON-LD is a
# `@graph` of an `Organization`, a `WebPage` and the `LiveBlogPosting`, with no `NewsArticle`.


def adnkronos(ctx: Ctx) -> Render:
    url = "https://www.adnkronos.com/cronaca/maltempo-milano-esonda-il-seveso-chiusa-a4-diretta_6Xy1AbCdEf"
    headline = "Maltempo, esonda il Seveso a Milano: chiusa la A4 tra Sesto e Agrate. La diretta"
    published = at(CET, 6, 18, 20)
    body = [
        "Una perturbazione intensa sta scaricando da ore pioggia battente sulla Lombardia: a Milano il Seveso è esondato nel quartiere Niguarda e l'autostrada A4 è chiusa tra Sesto San Giovanni e Agrate.",
        "La Protezione civile regionale ha diramato l'allerta rossa per rischio idrogeologico fino a lunedì. Tutti gli aggiornamenti in diretta.",
    ]

    def clock(dt: datetime) -> str:
        return f"06/12/2026 {hm(dt)}"

    pinned = Block(
        "live_entry",
        clock(at(CET, 6, 19, 0)),
        at(CET, 6, 19, 0),
        "Cosa sappiamo",
        [
            "Allerta rossa in Lombardia, il Seveso fuori dagli argini a Niguarda, chiuso un tratto della A4 e sospese due linee del metrò."
        ],
    )
    specs = [
        (
            22,
            40,
            "Evacuate venti famiglie a Niguarda",
            [
                "I vigili del fuoco hanno fatto uscire venti famiglie dai piani bassi di via Valfurva, dove l'acqua ha raggiunto un metro."
            ],
        ),
        (
            22,
            0,
            None,
            [
                "Atm comunica che la linea M5 resta chiusa tra Bignami e Zara, con bus sostitutivi ogni dieci minuti."
            ],
        ),
        (
            21,
            10,
            "Scuole chiuse lunedì a Milano",
            [
                "Il Comune di Milano ha firmato un'ordinanza di chiusura di tutte le scuole di ogni ordine e grado per la giornata di lunedì.",
                "Restano aperti gli asili nido comunali nelle zone non colpite.",
            ],
        ),
        (
            20,
            25,
            "A4 chiusa tra Sesto e Agrate",
            [
                "Autostrade per l'Italia ha chiuso la A4 in entrambe le direzioni tra Sesto San Giovanni e Agrate per un allagamento della carreggiata."
            ],
        ),
        (
            19,
            40,
            None,
            [
                "L'Arpa Lombardia segnala che a Cormano sono caduti 110 millimetri di pioggia dalle prime ore del pomeriggio."
            ],
        ),
        (
            19,
            5,
            "Il Seveso supera gli argini",
            [
                "Il Comune di Milano conferma l'esondazione del Seveso in viale Fulvio Testi e chiede di non scendere negli scantinati."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(CET, 6, 23, 54)),
        at(CET, 6, 23, 54),
        "Il Seveso rientra negli argini",
        [
            "Secondo il Comune il livello del fiume sta calando a Niguarda, ma viale Fulvio Testi resta chiuso per la rimozione del fango."
        ],
    )
    shown = [pinned, *([genuine] if ctx.n == 6 else []), *entries]

    def entry(dt: datetime, head: str | None, paras: list[str], extra: str = "") -> str:
        hd = f'<h3 class="live-item__title">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="live-item{extra}"><span class="live-item__date">{e(clock(dt))}</span>'
            f'{hd}<div class="live-item__text">{text}</div></div>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras, " live-item--sticky" if b is pinned else "")
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "river": "Il Lambro a Monza",
        "airport": "l'aeroporto di Bergamo Orio al Serio",
        "grid": "E-Distribuzione, in provincia di Varese,",
        "bags": "La Protezione civile di Como",
        "brand": "Adnkronos",
    }
    tx = Texts(ctx, "it", pl, ".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, title, [text]), ([title] if title else []) + [text], kind, [clock(t)])

    river = fake("Gli altri fiumi lombardi", tx.counter(RIVER, 290), RIVER)
    bags = fake(None, tx.counter(SANDBAGS, 1900), SANDBAGS)
    power = fake("Blackout nel Varesotto", tx.counter(POWER, 3900), POWER)
    btc = fake("Mercati, il bitcoin", tx.counter(BTC, 91400), BTC)
    tick = fake("Le altre notizie della sera", tx.pool(TICKER), TICKER)
    promo = fake("Contenuto sponsorizzato", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (river, list(range(1, n + 1)), 0.85),
            (bags, [1, 3, 5, n], 0.8),
            (power, [2, 4, n], 0.8),
            (btc, [1, 4, n], 0.75),
            (tick, [0, 2, 5, n], 0.8),
            (promo, [3, 6, n], 0.7),
        ],
    )
    icls = "article-lead"
    read = bpa(icls, "Ti potrebbe interessare:", tx.pool(READ), "/cronaca/", READ)
    bull = bp(icls, tx.pool(BULLETIN) + ".", BULLETIN, lead=f"Il Gr delle {ctx.local.hour}:")
    signin = bp(icls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(icls, tx.fixed(ERROR), ERROR)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (read, [1, 2], 0.8),
            (bull, [0, 1, 2], 0.8),
            (signin, [2], 0.75),
            (error, [0, 2], 0.7),
            (news, [1, 2], 0.75),
        ],
    )
    publisher = org("Adnkronos", "https://www.adnkronos.com")
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "headline": headline,
        "url": url,
        "inLanguage": "it",
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": {"@id": "https://www.adnkronos.com/#organization"},
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
    organization = {**publisher, "@id": "https://www.adnkronos.com/#organization"}
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": headline, "inLanguage": "it"}
    main = f"""<main class="main">
<article class="article article--live">
<header class="article-header">
<span class="badge-live">DIRETTA</span>
<h1 class="article-title">{e(headline)}</h1>
<p class="article-info">Redazione Adnkronos · Aggiornato alle {e(dot(modified))}</p>
</header>
<div class="article-lead-wrap">
{intro}
</div>
{ad_slot("adn-ad", "Pubblicità", "adn-live-1")}
<section class="live-list">
{feed}
</section>
</article>
</main>"""
    html = page(
        ctx,
        lang="it",
        prefix="adn",
        brand="Adnkronos",
        url=url,
        title=f"{headline} | Adnkronos",
        sections=["Cronaca", "Politica", "Economia", "Esteri", "Salute", "Sport", "Spettacoli"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Adnkronos. Riproduzione riservata.",
        jsonld=[graph(organization, webpage, posting)],
        main=main,
        body_cls="adn-live",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# TgLa7 (Rome, +01:00), custom, live, oldest first; each entry a `<div>` whose only clock is a
# `<time>` at the start of its first paragraph, "18.20", with no headline and no dash (two with
# a second paragraph); a standalone `LiveBlogPosting` whose updates carry no headline.


def tgla7(ctx: Ctx) -> Render:
    url = "https://tg.la7.it/cronaca/acqua-alta-venezia-mose-alzato-marea-diretta-06-12-2026-230987"
    headline = "Acqua alta a Venezia, il Mose si alza: marea prevista a 140 centimetri. La diretta"
    published = at(CET, 6, 17, 50)
    body = [
        "Scirocco e bassa pressione spingono la marea in laguna: il Centro maree del Comune di Venezia prevede un picco di 140 centimetri nella notte e le paratoie del Mose sono state alzate.",
        "Vaporetti a orario ridotto e passerelle montate in centro storico. Seguiamo la serata minuto per minuto.",
    ]

    specs = [
        (
            18,
            20,
            [
                "Il Provveditorato alle opere pubbliche conferma che tutte e quattro le barriere del Mose sono in funzione dalle bocche di porto del Lido a Chioggia."
            ],
        ),
        (
            19,
            5,
            [
                "Actv riduce le corse della linea 1 sul Canal Grande: un vaporetto ogni venti minuti fino a mezzanotte.",
                "Restano regolari i collegamenti con l'aeroporto Marco Polo.",
            ],
        ),
        (
            20,
            15,
            [
                "A Pellestrina e Chioggia, fuori dalla protezione del Mose per il vento, l'acqua è salita fino a lambire le porte delle case."
            ],
        ),
        (
            21,
            0,
            [
                "Il sindaco ha firmato un'ordinanza che chiude le scuole del centro storico e delle isole per la giornata di lunedì."
            ],
        ),
        (
            21,
            55,
            [
                "La Protezione civile del Veneto segnala raffiche di scirocco a 90 km/h sulla costa tra Caorle e Jesolo.",
                "Chiusi in via precauzionale i lungomare di Sottomarina.",
            ],
        ),
        (
            22,
            45,
            [
                "Secondo il Centro maree la punta di marea in laguna aperta è attesa verso l'una, con una quota tra 135 e 145 centimetri."
            ],
        ),
    ]
    entries = [
        Block("live_entry", dot(at(CET, 6, h, m)), at(CET, 6, h, m), None, ps) for h, m, ps in specs
    ]
    genuine = Block(
        "live_entry",
        dot(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        None,
        [
            "Il Centro maree comunica che in piazza San Marco il livello dell'acqua resta asciutto grazie al Mose, mentre a Pellestrina sale ancora."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def entry(dt: datetime, paras: list[str]) -> str:
        first, *rest = paras
        more = "".join(f"<p>{e(p)}</p>" for p in rest)
        return (
            f'<div class="live-entry"><p><time datetime="{dt.isoformat()}">{e(dot(dt))}</time> {e(first)}</p>'
            f"{more}</div>"
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "river": "Il Piave a Ponte di Piave",
        "airport": "l'aeroporto di Trieste",
        "grid": "E-Distribuzione, in Friuli,",
        "brand": "La7",
    }
    tx = Texts(ctx, "it", pl, ".")

    def fake(text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, [text]), [text], kind)

    river = fake(tx.counter(RIVER, 410), RIVER)
    wind = fake(tx.counter(WIND, 76), WIND)
    power = fake(tx.counter(POWER, 2700), POWER)
    ferry = fake(tx.pool(FERRY), FERRY)
    tick = fake("Dall'Italia: " + tx.pool(TICKER) + ".", TICKER)
    bull = fake(f"Il Tg delle {ctx.local.hour}: " + tx.pool(BULLETIN) + ".", BULLETIN)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (river, list(range(1, n + 1)), 0.85),
            (wind, [1, 3, 5, n], 0.8),
            (power, [2, 4, n], 0.8),
            (ferry, [1, 2, 5], 0.8),
            (tick, [0, 3, n], 0.8),
            (bull, [2, 4, n], 0.8),
        ],
    )
    icls = "field-body"
    read = bpa(icls, "Da non perdere:", tx.pool(READ), "/cronaca/", READ)
    promo = bp(
        icls, tx.pool(PROMO), PROMO, lead="In collaborazione con i nostri partner –", tag="em"
    )
    btc = bp(icls, tx.counter(BTC, 91400), BTC, lead="Mercati:")
    error = bp(icls, tx.fixed(ERROR), ERROR)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (read, [1, 2], 0.8),
            (promo, [0, 2], 0.7),
            (btc, [1, 2], 0.75),
            (error, [2], 0.7),
            (news, [0, 1, 2], 0.75),
        ],
    )
    posting = ld(
        {
            "@type": "LiveBlogPosting",
            "@id": url + "#liveblog",
            "headline": headline,
            "url": url,
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "coverageStartTime": published.isoformat(),
            "publisher": org("La7", "https://www.la7.it"),
            "liveBlogUpdate": [
                {
                    "@type": "BlogPosting",
                    "datePublished": b.ts.isoformat() if b.ts else None,
                    "articleBody": " ".join(b.paras),
                }
                for b in shown
            ],
        }
    )
    main = f"""<div class="layout-container">
<main class="node node--live">
<div class="node__header">
<span class="live-label">LIVE</span>
<h1 class="node__title">{e(headline)}</h1>
<div class="node__meta">di Redazione Tg La7 | 06/12/2026 | ultimo aggiornamento {e(dot(modified))}</div>
</div>
<div class="node__intro">
{intro}
</div>
{ad_slot("la7-ad", "Pubblicità", "la7-live-1")}
<div class="live-entries">
{feed}
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="la7",
        brand="TgLa7",
        url=url,
        title=f"{headline} | TG La7",
        sections=["Cronaca", "Politica", "Esteri", "Economia", "Cultura", "Sport", "Programmi"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 La7 S.p.A. Tutti i diritti riservati.",
        jsonld=[posting],
        main=main,
        body_cls="path-node node--type-live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "voceditalia-piogge-torrenziali-a-caracas-esonda-il-guaire-chiusa-la-francisco-fajardo",
        "La Voce d'Italia (VE)",
        "it",
        "updates",
        VET,
        voceditalia,
    ),
    Site(
        "adnkronos-maltempo-esonda-il-seveso-a-milano-chiusa-la-a4-tra-sesto-e-agrate-diretta",
        "Adnkronos (IT)",
        "it",
        "live",
        CET,
        adnkronos,
    ),
    Site(
        "tgla7-diretta-acqua-alta-a-venezia-il-mose-si-alza-marea-prevista-a-140-centimetri",
        "TgLa7 (IT)",
        "it",
        "live",
        CET,
        tgla7,
    ),
]
