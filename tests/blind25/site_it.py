"""Italian-language publishers: America Oggi (New York, USA), Gente d'Italia (Montevideo,
Uruguay) and Bergamonews (Bergamo)."""

from __future__ import annotations

from datetime import datetime, timedelta

from fx import (
    CAROLS,
    COATS,
    DRIVERS,
    FACT,
    GIVEAWAY,
    HOMEWORK,
    LEGAL,
    NEWS,
    PROMO,
    QUEUE,
    READ,
    READATHON,
    RESOLUTION,
    SPOTTED,
    TICKER,
    Texts,
    bp,
    bpa,
    graph,
    hm,
    ld,
    page,
    post,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

EST = -5
UYT = -3
CET = 1

_SUBS = ["Politica", "Economia", "Cronaca", "Cultura", "Sport", "Comunità", "Lettere", "Viaggi"]
_FOOT = {
    "Il giornale": ["Chi siamo", "Contatti", "Pubblicità", "Abbonamenti", "Edizione digitale"],
    "Note legali": ["Privacy", "Termini d'uso", "Cookie policy", "Preferenze cookie"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# America Oggi (New York, -05:00; the fetches run from 5pm to 6pm on Sunday 6 December),
# WordPress. A bold italic "Avvertenza:" at the top (`editors_note`); a **list after the story**,
# newest first, each `<li>` a bold abbreviated **"Agg. 16:20"** + " – " + text; a bold "Una
# precisazione:" after the list (`clarification`).


def americaoggi(ctx: Ctx) -> Render:
    url = "https://www.americaoggi.info/2026/12/06/nevicata-su-new-york-sospesa-la-staten-island-railway-chiuso-il-verrazzano"
    headline = (
        "Nevicata su New York: sospesa la Staten Island Railway, chiuso il ponte di Verrazzano"
    )
    published = at(EST, 6, 11, 45)
    body = [
        "La prima vera nevicata della stagione ha messo in ginocchio New York domenica, con oltre venti centimetri di neve caduti a Staten Island e raffiche di vento fino a 80 chilometri orari sul porto.",
        "La Metropolitan Transportation Authority ha sospeso nel primo pomeriggio il servizio della Staten Island Railway tra St. George e Tottenville, sostituendolo con autobus navetta.",
        "Il ponte di Verrazzano-Narrows è stato chiuso ai mezzi pesanti e ai camper alle 13, e poco dopo a tutto il traffico in direzione Brooklyn per il ghiaccio sulla carreggiata superiore.",
        "«Ho impiegato due ore per tornare da Bay Ridge, non si muoveva niente», racconta Salvatore Russo, titolare di una panetteria su New Dorp Lane.",
        "Il sindaco ha attivato il piano neve e il Department of Sanitation ha schierato oltre 2.000 spazzaneve e spargisale in tutti e cinque i distretti.",
        "Le scuole pubbliche resteranno aperte lunedì, ha fatto sapere il Department of Education, ma le attività all'aperto sono state annullate.",
        "Il National Weather Service prevede che la neve cessi nella notte, con temperature ben sotto lo zero fino a martedì mattina.",
    ]
    avv = Block(
        "editors_note",
        "Avvertenza",
        None,
        None,
        [
            "Questo articolo è stato scritto con le segnalazioni dei lettori della comunità italiana di Staten Island e di Bay Ridge."
        ],
    )
    avv.html = f"<p><strong><em>Avvertenza:</em></strong> {e(avv.paras[0])}</p>"

    def label(dt: datetime) -> str:
        return f"Agg. {hm(dt)}"

    specs = [
        (
            16,
            20,
            "La Staten Island Ferry viaggia con corse ogni mezz'ora invece che ogni quarto d'ora, per il vento forte nella baia.",
        ),
        (
            15,
            5,
            "Con Edison segnala circa 9.000 utenze senza corrente a Staten Island, soprattutto nei quartieri di Great Kills e Eltingville.",
        ),
        (
            13,
            40,
            "Chiuso al traffico anche il Goethals Bridge in direzione New Jersey dopo un incidente tra due camion.",
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
            "Riaperto il ponte di Verrazzano in direzione Brooklyn, ma su una sola corsia e con il limite di velocità ridotto a 30 miglia orarie."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f"<li><strong>{e(b.label or '')}</strong> – {e(b.paras[0])}</li>"
    prec = Block(
        "clarification",
        "Una precisazione",
        None,
        None,
        [
            "Il servizio navetta sostitutivo della Staten Island Railway ferma in tutte le stazioni, non solo a Great Kills come riportato in un primo momento."
        ],
    )
    prec.html = f"<p><strong>Una precisazione:</strong> {e(prec.paras[0])}</p>"
    modified = shown[0].ts or published
    pl = {
        "choir": "la chiesa di Our Lady of Pompeii",
        "readathon": "Maratona di lettura della Biblioteca di New Dorp",
        "coats": "Appendiabiti solidale della parrocchia di St. Rita",
        "post": "Ufficio postale di St. George",
        "legal": "il Patronato di Bensonhurst",
        "homework": "la Casa Italiana di Staten Island",
        "drivers": "il circolo degli anziani di Bay Ridge",
        "brand": "America Oggi",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def item(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        mark = f"{word} {hm(ctx.ago(lo, hi))}"
        return post(f"<li><strong>{e(mark)}</strong> – {e(text)}</li>", [text], kind, [])

    queue = item("Coda in posta", tx.counter(QUEUE, 21), QUEUE, 1, 9)
    reads = item("Maratona di lettura", tx.counter(READATHON, 1270), READATHON, 2, 14)
    tick = item("Ultim'ora dagli USA", tx.pool(TICKER) + ".", TICKER, 1, 18)
    t = ctx.ago(1, 12)
    coats = bp("", tx.counter(COATS, 45), COATS, lead=f"Appendiabiti solidale, {hm(t)}:")
    spotted = bp("", tx.pool(SPOTTED), SPOTTED, lead="Visto in città:")
    give = bp("", tx.pool(GIVEAWAY), GIVEAWAY, lead="In regalo:")
    fact = bp("", tx.pool(FACT), FACT, lead="Lo sapevate?")
    homework = bp("", tx.fixed(HOMEWORK), HOMEWORK)
    legal = bp("", tx.fixed(LEGAL), LEGAL)
    read = bpa("", "Leggi pure:", tx.pool(READ), "/category/new-york/", READ)
    promo = bp("", tx.pool(PROMO), PROMO, lead="Contenuto promozionale –", tag="em")
    news = bp("", tx.fixed(NEWS), NEWS)
    lis = weave(
        ctx,
        [b.html for b in shown],
        [
            (queue, list(range(0, len(shown) + 1)), 0.85),
            (reads, list(range(0, len(shown) + 1)), 0.8),
            (tick, [0, 1, len(shown)], 0.8),
        ],
    )
    units = [avv.html] + [_p("", p) for p in body] + [f'<ul class="ao-agg">{lis}</ul>', prec.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (coats, [2, 5, k - 1, k], 0.8),
            (spotted, [1, 4, k], 0.75),
            (give, [3, 6, k], 0.75),
            (fact, [2, 7, k], 0.75),
            (homework, [1, 6, k], 0.7),
            (legal, [4, 8, k], 0.7),
            (read, [2, 3, 5], 0.8),
            (promo, [0, 6, k], 0.7),
            (news, [8, k], 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post ao-article">
<header class="entry-header">
<p class="ao-category"><a href="/category/new-york/">New York</a></p>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="author">Redazione</span> <time class="entry-date published" datetime="{published.isoformat()}">6 Dicembre 2026</time></div>
</header>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/neve-staten-island.jpg" alt="" loading="lazy"><figcaption>Spazzaneve al lavoro su Hylan Boulevard (Foto: America Oggi)</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it-IT",
        prefix="ao",
        brand="America Oggi",
        url=url,
        title=f"{headline} - America Oggi",
        sections=["New York", "Stati Uniti", "Italia", "Comunità", "Sport", "Cultura"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 America Oggi. Tutti i diritti riservati.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione",
                    publisher=org("America Oggi", "https://www.americaoggi.info"),
                    lang="it",
                    section="New York",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single ao",
        cms="wp",
    )
    return Render(html, body, [avv, *shown, prec], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Gente d'Italia (Montevideo, -03:00; the fetches run from 7pm to 8pm on Sunday 6 December),
# WordPress, live, **oldest first**, entries with **no wrapper and no headlines**: a clock
# paragraph with **the local clock and the Italian one**, "18:05 (in Italia le 22:05)", then one
# or two paragraphs in the same class as the intro; `@graph` of the `NewsArticle` and a
# `LiveBlogPosting`.


def gente(ctx: Ctx) -> Render:
    url = "https://www.genteditalia.org/2026/12/06/diretta-tempesta-sul-rio-de-la-plata-chiusa-la-rambla-sospesi-i-traghetti-per-buenos-aires/"
    headline = "Diretta – Tempesta sul Río de la Plata: chiusa la Rambla, sospesi i traghetti per Buenos Aires"
    published = at(UYT, 6, 16, 20)
    cls = "gdi-testo"
    body = [
        "Una violenta tempesta di vento e pioggia si è abbattuta domenica pomeriggio su Montevideo e sulla costa uruguaiana, con raffiche oltre i 100 chilometri orari registrate a Punta Carretas.",
        "Seguiamo in diretta gli sviluppi, con un occhio ai connazionali in viaggio: accanto all'ora di Montevideo indichiamo quella italiana.",
    ]
    specs = [
        (
            16,
            40,
            [
                "L'Istituto uruguaiano di meteorologia ha emesso l'allerta rossa per vento su Montevideo, Canelones e Maldonado fino alle 2 di notte."
            ],
        ),
        (
            17,
            10,
            [
                "La Intendencia ha chiuso al traffico la Rambla tra Pocitos e il porto: le onde superano il muretto e la carreggiata è coperta di detriti."
            ],
        ),
        (
            17,
            35,
            [
                "Buquebus e Colonia Express hanno sospeso tutte le partenze per Buenos Aires della serata.",
                "I passeggeri possono cambiare il biglietto senza costi per lunedì o martedì.",
            ],
        ),
        (
            18,
            5,
            [
                "Secondo l'azienda elettrica UTE, oltre 60.000 utenze sono senza corrente, soprattutto nei quartieri di Malvín e Carrasco."
            ],
        ),
        (
            18,
            30,
            [
                "Il consolato generale d'Italia fa sapere che gli uffici resteranno chiusi lunedì mattina e che il numero di emergenza è attivo."
            ],
        ),
        (
            18,
            50,
            [
                "All'aeroporto di Carrasco sono stati dirottati a Punta del Este due voli in arrivo da San Paolo e da Madrid."
            ],
        ),
    ]

    def clocks(dt: datetime) -> str:
        return f"{hm(dt)} (in Italia le {hm(dt + timedelta(hours=4))})"

    entries = [
        Block("live_entry", hm(at(UYT, 6, h, m)), at(UYT, 6, h, m), None, ps) for h, m, ps in specs
    ]
    genuine = Block(
        "live_entry",
        hm(at(UYT, 6, 19, 54)),
        at(UYT, 6, 19, 54),
        None,
        [
            "La Intendencia riapre la Rambla in direzione Carrasco. Il tratto tra il porto e Punta Carretas resta chiuso fino a domattina."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def entry(dt: datetime, paras: list[str]) -> str:
        return (
            f'<p class="gdi-ora"><strong>{e(hm(dt))}</strong> (in Italia le {e(hm(dt + timedelta(hours=4)))})</p>'
            + "".join(_p(cls, p) for p in paras)
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "choir": "la parrocchia di San Francesco di Paola",
        "readathon": "Maratona di lettura della Scuola Italiana di Montevideo",
        "coats": "Appendiabiti solidale della Casa degli Italiani",
        "post": "Ufficio postale del Correo Uruguayo in Ciudad Vieja",
        "legal": "il patronato INCA di Montevideo",
        "homework": "la Scuola Italiana di Montevideo",
        "drivers": "l'associazione dei pensionati italiani",
        "brand": "Gente d'Italia",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def fake(text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, [text]), [text], kind, [clocks(t)])

    carols = fake(tx.counter(CAROLS, 64), CAROLS)
    coats = fake(tx.counter(COATS, 38), COATS)
    queue = fake(tx.counter(QUEUE, 14), QUEUE)
    tick = fake("Dall'Italia: " + tx.pool(TICKER) + ".", TICKER)
    spotted = bp(cls, tx.pool(SPOTTED), SPOTTED, lead="Avvistato:")
    resol = bp(cls, tx.pool(RESOLUTION), RESOLUTION, lead="Il mio proposito:")
    fact = bp(cls, tx.pool(FACT), FACT, lead="Curiosità:")
    drivers = bp(cls, tx.fixed(DRIVERS), DRIVERS)
    read = bpa(cls, "Approfondisci:", tx.pool(READ), "/category/uruguay/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Informazione pubblicitaria –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [_p(cls, p) for p in body] + [b.html for b in shown]
    n = len(units)
    story = weave(
        ctx,
        units,
        [
            (carols, list(range(2, n + 1)), 0.85),
            (coats, list(range(3, n + 1)), 0.8),
            (queue, [2, 4, 6, n], 0.8),
            (tick, [3, 5, 7, n], 0.8),
            (spotted, [0, 1, 2], 0.8),
            (resol, [1, 2, n], 0.75),
            (fact, [0, 2, 5], 0.75),
            (drivers, [1, 2, n], 0.7),
            (read, [1, 2, 4], 0.8),
            (promo, [0, 3, n], 0.7),
            (news, [2, n], 0.75),
        ],
    )
    publisher = org("Gente d'Italia", "https://www.genteditalia.org")
    jl = graph(
        news_article(
            headline=headline,
            url=url,
            published=published,
            modified=modified,
            author="Redazione",
            publisher=publisher,
            lang="it",
            section="Uruguay",
        ),
        live_posting(
            headline=headline,
            url=url,
            published=published,
            modified=modified,
            start=published,
            publisher=publisher,
            entries=shown,
            lang="it",
        ),
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post gdi-article">
<header class="entry-header">
<p class="gdi-kicker">DIRETTA</p>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta">di Redazione – 6 dicembre 2026 <span class="gdi-agg">ultimo aggiornamento {e(hm(modified))}</span></div>
</header>
{ad_slot("gdi-ad", "Pubblicità", "gdi-top-1")}
<div class="entry-content gdi-diretta">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it-IT",
        prefix="gdi",
        brand="Gente d'Italia",
        url=url,
        title=f"{headline} - Gente d'Italia",
        sections=["Uruguay", "Italia", "America Latina", "Comunità", "Sport", "Cultura"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Gente d'Italia – quotidiano degli italiani in Sud America",
        jsonld=[jl],
        main=main,
        body_cls="post-template-default single gdi",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Bergamonews (Bergamo, +01:00; the fetches run from 11pm to midnight on Sunday 6 December),
# WordPress, live, newest first under a pinned "In alto" entry (20:00): microdata
# `liveBlogUpdate` entries, a `<span>` clock "22:48" + `<h2>` (one without) and the text; **also**
# a standalone JSON-LD `LiveBlogPosting`.


def bergamonews(ctx: Ctx) -> Render:
    url = "https://www.bergamonews.it/2026/12/06/diretta-esondazione-del-serio-a-seriate-evacuate-40-famiglie-chiusa-la-statale-42/"
    headline = (
        "Diretta – Esondazione del Serio a Seriate: evacuate 40 famiglie, chiusa la statale 42"
    )
    published = at(CET, 6, 19, 40)
    body = [
        "Il Serio è uscito dagli argini nella serata di domenica a Seriate dopo due giorni di pioggia ininterrotta, allagando le vie del centro vicine al fiume e costringendo il Comune a evacuare decine di famiglie.",
        "Seguiamo in diretta l'evolversi della situazione in città e in provincia; il post più recente è in cima, sotto il riepilogo.",
    ]
    specs = [
        (
            20,
            0,
            "Il punto della situazione",
            [
                "Il Serio è esondato a Seriate, 40 famiglie evacuate tra via Nazionale e via Paderno, chiusa la statale 42 tra Seriate e Albano Sant'Alessandro."
            ],
        ),
        (
            22,
            48,
            "La Protezione civile apre il Palazzetto",
            [
                "Gli sfollati passeranno la notte al palazzetto dello sport di Seriate, dove i volontari hanno allestito brandine e un punto ristoro."
            ],
        ),
        (
            22,
            15,
            None,
            [
                "I vigili del fuoco hanno soccorso due automobilisti rimasti bloccati nel sottopasso di via Marconi con l'acqua all'altezza dei finestrini."
            ],
        ),
        (
            21,
            50,
            "Statale 42 chiusa",
            [
                "Anas ha chiuso la statale 42 del Tonale e della Mendola tra Seriate e Albano Sant'Alessandro.",
                "Il traffico viene deviato sull'autostrada A4, con uscita consigliata a Grumello.",
            ],
        ),
        (
            21,
            20,
            "Scuole chiuse lunedì",
            [
                "Il sindaco di Seriate ha firmato l'ordinanza di chiusura di tutte le scuole cittadine per la giornata di lunedì."
            ],
        ),
        (
            20,
            45,
            "Il fiume supera il livello di guardia",
            [
                "L'idrometro di Seriate segna 3,4 metri, oltre il livello di guardia, secondo i dati dell'Arpa Lombardia."
            ],
        ),
    ]
    blocks = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    pinned, entries = blocks[0], blocks[1:]
    genuine = Block(
        "live_entry",
        hm(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        "Il livello del Serio comincia a calare",
        [
            "All'idrometro di Seriate il fiume è sceso di venti centimetri nell'ultima ora, fa sapere la Protezione civile regionale."
        ],
    )
    shown = [pinned] + ([genuine] if ctx.n == 6 else []) + entries

    def entry(
        mark: str,
        iso: str,
        head: str | None,
        paras: list[str],
        *,
        pin: bool = False,
        micro: bool = True,
    ) -> str:
        scope = (
            ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            if micro
            else ""
        )
        tp = ' itemprop="datePublished"' if micro else ""
        hp = ' itemprop="headline"' if micro else ""
        badge = '<span class="bgn-live__pin">In alto</span> ' if pin else ""
        hd = f'<h2 class="bgn-live__titolo"{hp}>{e(head)}</h2>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<article class="bgn-live__post"{scope}><div class="bgn-live__head">{badge}'
            f'<span class="bgn-live__ora"><meta{tp} content="{iso}">{e(mark)}</span></div>{hd}'
            f'<div class="bgn-live__testo">{text}</div></article>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.label or "", b.ts.isoformat(), b.head, b.paras, pin=b is pinned)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "choir": "la basilica di Santa Maria Maggiore",
        "readathon": "Maratona di lettura della biblioteca Tiraboschi",
        "coats": "Appendiabiti solidale della Caritas di Seriate",
        "post": "Ufficio postale di via Locatelli",
        "legal": "la Casa delle associazioni di Seriate",
        "homework": "l'oratorio di Seriate",
        "drivers": "l'Auser di Bergamo",
        "brand": "Bergamonews",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        lines = ([title] if title else []) + [text]
        return post(entry(hm(t), t.isoformat(), title, [text], micro=False), lines, kind, [hm(t)])

    reads = fake("Si legge per la biblioteca", tx.counter(READATHON, 1540), READATHON)
    coats = fake(None, tx.counter(COATS, 33), COATS)
    queue = fake("Coda all'ufficio postale", tx.counter(QUEUE, 18), QUEUE)
    tick = fake("Dalla provincia", tx.pool(TICKER), TICKER)
    promo = fake("Spazio promozionale", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (reads, list(range(0, n + 1)), 0.85),
            (coats, list(range(1, n + 1)), 0.8),
            (queue, [1, 2, 4, n], 0.8),
            (tick, [0, 1, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    icls = "bgn-intro"
    spotted = bp(icls, tx.pool(SPOTTED), SPOTTED, lead="Visto a Bergamo:")
    give = bp(icls, tx.pool(GIVEAWAY), GIVEAWAY, lead="Regalo:")
    resol = bp(icls, tx.pool(RESOLUTION), RESOLUTION, lead="Buoni propositi:")
    homework = bp(icls, tx.fixed(HOMEWORK), HOMEWORK)
    legal = bp(icls, tx.fixed(LEGAL), LEGAL)
    read = bpa(icls, "Potrebbe interessarti:", tx.pool(READ), "/cronaca/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (spotted, [0, 1, 2], 0.8),
            (give, [1, 2], 0.75),
            (resol, [0, 2], 0.75),
            (homework, [0, 2], 0.7),
            (legal, [1, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    live = ld(
        live_posting(
            headline=headline,
            url=url,
            published=published,
            modified=modified,
            start=published,
            publisher=org("Bergamonews", "https://www.bergamonews.it"),
            entries=shown,
            lang="it",
        )
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post bgn-article" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="entry-header">
<span class="bgn-live-badge">LIVE</span>
<h1 class="entry-title" itemprop="headline">{e(headline)}</h1>
<p class="bgn-meta">di Redazione · 6 dicembre 2026 · aggiornato alle {e(hm(modified))}</p>
</header>
<div class="bgn-live__intro">
{intro}
</div>
{ad_slot("bgn-ad", "Pubblicità", "bgn-box-1")}
<div class="bgn-live">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it-IT",
        prefix="bgn",
        brand="Bergamonews",
        url=url,
        title=f"{headline} - Bergamonews",
        sections=["Cronaca", "Politica", "Economia", "Sport", "Cultura", "Provincia"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Bergamonews – quotidiano online di Bergamo",
        jsonld=[live],
        main=main,
        body_cls="post-template-default single bgn",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "americaoggi-nevicata-su-new-york-sospesa-staten-island-railway-chiuso-verrazzano",
        "America Oggi (US)",
        "it",
        "updates",
        EST,
        americaoggi,
    ),
    Site(
        "genteditalia-diretta-tempesta-rio-de-la-plata-chiusa-la-rambla-sospesi-traghetti",
        "Gente d'Italia (UY)",
        "it",
        "live",
        UYT,
        gente,
    ),
    Site(
        "bergamonews-diretta-esondazione-serio-seriate-evacuate-famiglie-chiusa-statale-42",
        "Bergamonews (IT)",
        "it",
        "live",
        CET,
        bergamonews,
    ),
]
