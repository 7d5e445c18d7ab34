"""Italian-language publishers: Il Cittadino (Lodi, Lombardy), VareseNews (Varese and Lake
Maggiore, Lombardy), RSI (Locarno and the Maggia valley, Ticino)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BELLS,
    FIBRE,
    LITTER,
    MEMORY,
    NEWS,
    PROMO,
    QUIZ,
    READ,
    RELATED,
    SHED,
    SPELL,
    STORY,
    SWIM,
    THANKS,
    TICKER,
    TREES,
    bl,
    bp,
    bpa,
    dot,
    drift,
    fall,
    graph,
    hm,
    ld,
    month,
    num,
    page,
    post,
    rise,
    subset,
    turn,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

CET = 1

_SUBS = ["Cronaca", "Politica", "Economia", "Cultura", "Sport", "Viabilità", "Meteo", "Salute"]
_FOOT = {
    "Il giornale": ["Chi siamo", "Contatti", "Abbonamenti", "Edizione digitale", "Newsletter"],
    "Note legali": ["Privacy", "Cookie policy", "Termini d'uso", "Accessibilità"],
}


def _texts(ctx: Ctx, town: str, street: str) -> dict[str, str]:
    """The Italian carousels, with the story's town and one of its streets."""
    return {
        SPELL: turn(
            ctx,
            [
                f"Un'alunna di quarta elementare di {town} è uscita al terzo turno su «soqquadro», dopo undici parole senza errori.",
                "In semifinale due concorrenti sono caduti su «coscienzioso»; lo spareggio si è deciso su «efficienza».",
                "Un bambino di nove anni è arrivato in finale con «acquazzone» ed è stato eliminato su «proficuo».",
                f"La finale delle scuole di {town} è stata vinta su «ingegnere», mentre il secondo ha sbagliato «cielo».",
            ],
            "spell",
        ),
        MEMORY: turn(
            ctx,
            [
                f"Nel 1961 mio padre consegnava il latte in {street} e suonava il clacson davanti a ogni negozio, scrive Margherita, 83 anni.",
                "Nell'inverno del 1963 pattinavamo sullo stagno gelato dietro la scuola finché il bidello non ci richiamava dentro, scrive Carlo.",
                f"Nel 1978 tutta {street} scese in strada a spingere la corriera rimasta bloccata nella neve, ricorda Giuseppina.",
                "Il mio primo lavoro, nel 1966, era spazzare la sala del cinema: vedevo tutti i film gratis, scrive Gianni.",
            ],
            "memory",
        ),
        THANKS: turn(
            ctx,
            [
                f"Grazie al ragazzo che martedì sotto la pioggia in {street} mi ha cambiato la gomma e non ha voluto nulla. Luisa",
                "All'infermiera che è rimasta accanto a mia madre al pronto soccorso finché non sono arrivato: non sappiamo il suo nome, ma grazie. Famiglia Bassi",
                "Grazie all'autista del bus che ha aspettato mio figlio alla fermata il giorno dell'esame. Paolo e Sara",
                "A chi ha riportato il mio portafoglio all'ufficio anagrafe con tutte le carte dentro: mi ha salvato la settimana. Stefano",
            ],
            "thanks",
        ),
        READ: turn(
            ctx,
            [
                "Il consiglio comunale approva la sosta gratuita nei sabati d'Avvento",
                "L'ospedale apre il nuovo reparto di pediatria dopo due anni di lavori",
                "Il mercato settimanale torna in piazza a gennaio",
                "Chiude dopo cent'anni lo storico panificio del centro",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Aperture serali di Natale: i negozi di {street} restano aperti fino alle 21 ogni giovedì di dicembre.",
                "Regala l'informazione locale: l'abbonamento digitale annuale è a metà prezzo fino al 24 dicembre.",
                "Prenota ora le vacanze estive e risparmia 200 euro su una selezione di pacchetti.",
                "Pannelli solari installati in un giorno: chiedi un preventivo gratuito questa settimana.",
            ],
            "promo",
        ),
        TICKER: turn(
            ctx,
            [
                "Rapina al distributore, arrestato un 24enne",
                "La società di pallamano festeggia 75 anni con un gran ballo",
                "Il consiglio approva il nuovo piano delle piste ciclabili",
                "Una preside candidata al premio per il volontariato",
            ],
            "ticker",
        ),
    }


# ---------------------------------------------------------------------------------------------
# Il Cittadino (Lodi, +01:00), custom CMS. A bold italic "Nota della redazione" with a dash at the
# top (`editors_note`); notes after the story, oldest first, body paragraphs with an italic lead
# holding a full date "Aggiornato il 6 dicembre 2026 alle 22:35" and a dash; an "Errata corrige"
# box after the notes, its label in an `<h5>` (`correction`). The story has a list of closed
# streets.


def cittadino(ctx: Ctx) -> Render:
    url = "https://www.ilcittadino.it/stories/lodi/adda-oltre-il-livello-di-guardia-chiuso-il-lungadda-evacuate-famiglie-al-revellino_81342_11/"
    headline = (
        "Lodi, l'Adda oltre il livello di guardia: chiuso il Lungadda, evacuate dodici famiglie"
    )
    published = at(CET, 6, 18, 5)
    town, street = "Lodi", "corso Umberto"
    body = [
        "L'Adda ha superato domenica pomeriggio il livello di guardia a Lodi, toccando i 3,40 metri all'idrometro del ponte napoleonico dopo tre giorni di pioggia sulle Prealpi.",
        "Il Comune ha chiuso il Lungadda Bonaparte e ha fatto evacuare dodici famiglie nella zona del Revellino, ospitate per la notte nella palestra di via Cavezzali.",
        "«Abbiamo portato su i mobili e la caldaia è già sott'acqua», racconta un residente di via Defendente Lodi.",
        "I vigili del fuoco hanno effettuato più di trenta interventi, soprattutto per cantine allagate e alberi pericolanti.",
        "La polizia locale ha chiuso al traffico:",
        "il Lungadda Bonaparte fra il ponte e via Nazario Sauro",
        "via Defendente Lodi nel tratto verso il fiume",
        "la pista ciclabile dell'Adda fino a Boffalora",
        "La Protezione civile regionale ha prolungato l'allerta arancione per rischio idraulico fino a lunedì sera.",
        "Il sindaco ha firmato un'ordinanza che chiude i parchi lungo il fiume e raccomanda di non sostare sul ponte.",
    ]
    nota = Block(
        "editors_note",
        "Nota della redazione",
        None,
        None,
        [
            "le foto pubblicate in questo articolo ci sono state inviate dai lettori, che ringraziamo."
        ],
    )
    nota.html = (
        '<p class="cit-text"><strong><em>Nota della redazione</em></strong> – '
        f"{e(nota.paras[0])}</p>"
    )
    errata = Block(
        "correction",
        "Errata corrige",
        None,
        None,
        [
            "In una precedente versione dell'articolo avevamo scritto che le famiglie evacuate erano venti. Sono dodici."
        ],
    )
    errata.html = (
        '<div class="cit-box"><h5 class="cit-box__title">Errata corrige</h5>'
        f'<p class="cit-box__text">{e(errata.paras[0])}</p></div>'
    )

    def label(dt: datetime) -> str:
        return f"Aggiornato il {dt.day} {month(dt, 'it')} {dt.year} alle {hm(dt)}"

    notes = [
        Block(
            "update",
            label(at(CET, 6, 21, 10)),
            at(CET, 6, 21, 10),
            None,
            [
                "L'Adda ha raggiunto i 3,55 metri. Aipo fa sapere che il colmo è atteso fra mezzanotte e le due."
            ],
        ),
        Block(
            "update",
            label(at(CET, 6, 22, 35)),
            at(CET, 6, 22, 35),
            None,
            [
                "Chiuso per precauzione anche il ponte di Boffalora d'Adda, la Provinciale 202 è deviata su Spino."
            ],
        ),
    ]
    genuine = Block(
        "update",
        label(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        None,
        [
            "Il livello del fiume si è stabilizzato a 3,61 metri, fa sapere il Comune: nessun'altra famiglia dovrà lasciare casa questa notte."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def lead_p(lab: str, text: str) -> str:
        return f'<p class="cit-text"><em>{e(lab)}</em> – {e(text)}</p>'

    for b in shown:
        b.html = lead_p(b.label or "", b.paras[0])
    modified = shown[-1].ts or published
    tx = _texts(ctx, town, street)

    def italic(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return W(
            lead_p(f"{title}, aggiornato il {t.day} {month(t, 'it')} {t.year} alle {hm(t)}", text),
            [text],
            kind,
        )

    litter = italic(
        "Argini puliti",
        f"i volontari hanno raccolto {num(rise(ctx, 1386, 3, 2), '.')} sacchi di rifiuti lungo le rive dell'Adda da settembre.",
        LITTER,
        1,
        12,
    )
    fibre = italic(
        "Fibra ottica",
        f"{num(rise(ctx, 14230, 5, 4), '.')} abitazioni del Lodigiano sono ora collegate alla banda ultralarga, secondo il contatore di Open Fiber.",
        FIBRE,
        2,
        16,
    )
    quiz = italic(
        "Campionato dei quiz nei bar",
        f"dopo la manche {3 + ctx.n // 2} guidano i «Cervelli in Adda» con {drift(ctx, 55, 2) + 2 * ctx.n} punti.",
        QUIZ,
        3,
        18,
    )
    spell = bp("cit-text", tx[SPELL], SPELL, lead="Gara di spelling:")
    memory = bp("cit-text", tx[MEMORY], MEMORY, lead="Lodi com'era:")
    thanks = bp("cit-text", tx[THANKS], THANKS, lead="Grazie!")
    shed = bp(
        "cit-text",
        "Il Men's Shed di Lodi, laboratorio per pensionati in via San Fereolo, è aperto il martedì e il giovedì dalle 9 alle 13 per falegnameria e riparazioni. Tutti benvenuti.",
        SHED,
    )
    bells = bp(
        "cit-text",
        "Cercasi campanari: il gruppo del Duomo di Lodi cerca nuove leve, prove il mercoledì alle 20.30 sul campanile, non serve esperienza.",
        BELLS,
    )
    read = bpa("cit-text", "Leggi anche:", tx[READ], "/stories/lodi/", READ)
    related = bl(
        "cit-list",
        "",
        [
            f"Sullo stesso tema: {x}"
            for x in subset(
                ctx,
                [
                    "Piene dell'Adda, le date che Lodi ricorda",
                    "Come proteggere cantine e garage dall'acqua",
                    "Allerta meteo, che cosa significano i colori",
                    "Alluvione, che cosa copre l'assicurazione",
                    "I numeri utili in caso di emergenza",
                ],
                3,
            )
        ],
        RELATED,
    )
    news = bp(
        "cit-text",
        "Iscriviti alla newsletter del Cittadino: ogni mattina alle 7 le notizie di Lodi e del Lodigiano nella tua casella di posta.",
        NEWS,
    )
    units = [nota.html] + [f'<p class="cit-text">{e(p)}</p>' for p in body[:5]]
    units += ['<ul class="cit-list">' + "".join(f"<li>{e(x)}</li>" for x in body[5:8]) + "</ul>"]
    after_list = len(units)
    units += [f'<p class="cit-text">{e(p)}</p>' for p in body[8:]]
    first_note = len(units)
    units += [b.html for b in shown] + [errata.html]
    k = len(units)
    note_gaps = list(range(first_note, k))
    story = weave(
        ctx,
        units,
        [
            (litter, note_gaps, 0.85),
            (fibre, note_gaps, 0.8),
            (quiz, [*note_gaps, k], 0.8),
            (spell, [2, 3, after_list + 1], 0.75),
            (memory, [1, 4, first_note], 0.8),
            (thanks, [3, after_list + 1, k], 0.75),
            (shed, [0, 2, k], 0.7),
            (bells, [1, 4, k], 0.7),
            (read, [2, 3, after_list + 1], 0.8),
            (related, [after_list], 0.8),
            (news, [first_note, k], 0.75),
        ],
    )
    main = f"""<div class="cit-wrap">
<main class="cit-main">
<article class="cit-article">
<header class="cit-article__header">
<p class="cit-article__occhiello">Maltempo</p>
<h1 class="cit-article__titolo">{e(headline)}</h1>
<p class="cit-article__sommario">Trenta interventi dei vigili del fuoco, chiuse le strade lungo il fiume. Allerta arancione fino a lunedì sera.</p>
<p class="cit-article__firma">di Andrea Bagatta</p>
<p class="cit-article__data">6 dicembre 2026 · aggiornato alle {e(hm(modified))}</p>
</header>
<figure class="cit-figure"><img src="/media/2026/12/06/adda-piena.jpg" alt="" loading="lazy"><figcaption>L'Adda in piena sotto il ponte napoleonico, domenica sera.</figcaption></figure>
<div class="cit-article__testo">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it-IT",
        prefix="cit",
        brand="Il Cittadino",
        url=url,
        title=f"{headline} - Il Cittadino di Lodi",
        sections=["Lodi", "Lodigiano", "Sudmilano", "Sport", "Cultura", "Italia e mondo"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Il Cittadino di Lodi - Editoriale Laudense",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Andrea Bagatta",
                    publisher=org("Il Cittadino", "https://www.ilcittadino.it"),
                    lang="it-IT",
                    section="Lodi",
                )
            )
        ],
        main=main,
        body_cls="cit story",
    )
    return Render(html, body, [nota, *shown, errata], genuine, modified)


# ---------------------------------------------------------------------------------------------
# VareseNews (+01:00), WordPress-like, live, newest first under a pinned "In evidenza" post:
# `<div>` posts with microdata `liveBlogUpdate`, a `<time>` "ore 22.40" in its own `<div>` and an
# `<h3>` (one without headline); also a JSON-LD `@graph` with the `NewsArticle` and a
# `LiveBlogPosting` (both schemas at once).


def varesenews(ctx: Ctx) -> Render:
    url = "https://www.varesenews.it/2026/12/diretta-neve-nel-varesotto-chiusa-la-statale-del-lago-maggiore-malpensa-voli-in-ritardo/2198344/"
    headline = "DIRETTA – Neve nel Varesotto: chiusa la statale del Lago Maggiore, a Malpensa voli in ritardo"
    published = at(CET, 6, 17, 15)
    town, street = "Varese", "corso Matteotti"
    body = [
        "La prima nevicata dell'inverno ha imbiancato il Varesotto nel pomeriggio di domenica: 25 centimetri al Campo dei Fiori, 10 in città.",
        "La statale 394 è chiusa fra Luino e Maccagno per alberi caduti e a Malpensa i voli partono con ritardi fino a due ore. Seguite con noi gli aggiornamenti.",
    ]

    def clock(dt: datetime) -> str:
        return f"ore {dot(dt)}"

    pinned = Block(
        "live_entry",
        clock(at(CET, 6, 17, 30)),
        at(CET, 6, 17, 30),
        "In evidenza: strade chiuse e numeri utili",
        [
            "Chiusa la SS394 fra Luino e Maccagno; catene obbligatorie sulla strada per il Sacro Monte. Per emergenze chiamare il 112."
        ],
    )
    specs = [
        (
            18,
            20,
            "Alberi sulla statale",
            [
                "Tre alberi sono caduti sulla SS394 all'altezza di Colmegna; Anas ha chiuso la strada in entrambe le direzioni."
            ],
        ),
        (
            19,
            5,
            "Malpensa, ritardi fino a due ore",
            [
                "Lo scalo ha attivato il piano neve: le piste vengono sgomberate a turno e i voli partono con ritardi fino a due ore."
            ],
        ),
        (
            19,
            50,
            None,
            [
                "Treni regolari sulla linea Varese-Milano, segnala Trenord, mentre sulla Luino-Gallarate ci sono ritardi di 20 minuti."
            ],
        ),
        (
            21,
            0,
            "Spargisale in azione",
            [
                "Il Comune di Varese ha messo in strada dodici mezzi spargisale, con priorità per le salite verso Bregazzana e Velate."
            ],
        ),
        (
            22,
            40,
            "Scuole aperte lunedì",
            ["Il sindaco conferma che le scuole di Varese lunedì saranno regolarmente aperte."],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        "Riaperta la statale",
        [
            "Anas ha riaperto la SS394 fra Luino e Maccagno a senso unico alternato dopo aver rimosso l'ultimo albero."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def article(
        b_clock: str,
        iso: str,
        head: str | None,
        paras: list[str],
        *,
        micro: bool,
        pin: bool = False,
    ) -> str:
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        cls = "vnw-live-post vnw-live-post--sticky" if pin else "vnw-live-post"
        if micro:
            hd = (
                f'<h3 class="vnw-live-post__title" itemprop="headline">{e(head)}</h3>'
                if head
                else ""
            )
            return (
                f'<div class="{cls}" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
                f'<div class="vnw-live-post__ora"><time itemprop="datePublished" datetime="{iso}">{e(b_clock)}</time></div>'
                f'{hd}<div class="vnw-live-post__testo" itemprop="articleBody">{ps}</div></div>'
            )
        hd = f'<h3 class="vnw-live-post__title">{e(head)}</h3>' if head else ""
        return (
            f'<div class="{cls}"><div class="vnw-live-post__ora"><time datetime="{iso}">{e(b_clock)}</time></div>'
            f'{hd}<div class="vnw-live-post__testo">{ps}</div></div>'
        )

    assert pinned.ts
    pinned.html = article(
        pinned.label or "", pinned.ts.isoformat(), pinned.head, pinned.paras, micro=True, pin=True
    )
    for b in feed:
        assert b.ts
        b.html = article(b.label or "", b.ts.isoformat(), b.head, b.paras, micro=True)
    shown = [pinned, *feed]
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street)

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        return post(
            article(clock(t), t.isoformat(), title, [text], micro=False),
            [title, text],
            kind,
            [clock(t)],
        )

    fibre = fake(
        "Il contatore della fibra",
        f"In provincia di Varese sono {num(rise(ctx, 96402, 9, 6), '.')} le case raggiunte dalla fibra ottica, secondo il contatore regionale.",
        FIBRE,
    )
    trees = fake(
        "Alberi di Natale degli scout",
        f"Agli scout di piazza Monte Grappa restano {fall(ctx, 124, 3, 2)} abeti; la vendita riprende lunedì alle 9.",
        TREES,
    )
    quiz = fake(
        "Quiz nei pub, la classifica",
        f"Dopo la manche {4 + ctx.n // 2} del campionato dei pub di Varese comandano «I Laghisti» con {drift(ctx, 63, 2) + 2 * ctx.n} punti.",
        QUIZ,
    )
    swim = fake(
        "Bagno di Natale al lido",
        f"L'acqua al Lido di Gavirate è a {drift(ctx, 61, 4) / 10:.1f} gradi all'ultima misura; le iscrizioni al tuffo di Natale restano aperte.".replace(
            ".", ",", 1
        ),
        SWIM,
    )
    ticker = fake("Le altre notizie", tx[TICKER], TICKER)
    promo = fake("Contenuto sponsorizzato", tx[PROMO], PROMO)
    units = [b.html for b in shown]
    n = len(units)
    live_html = weave(
        ctx,
        units,
        [
            (fibre, list(range(0, n + 1)), 0.85),
            (trees, list(range(1, n + 1)), 0.8),
            (quiz, [0, 1, 3, n], 0.8),
            (swim, list(range(1, n)), 0.75),
            (ticker, [0, 2, 4, n], 0.8),
            (promo, [1, 3, n], 0.7),
        ],
    )
    read = bpa("vnw-live-intro", "Leggi anche:", tx[READ], "/varese/", READ)
    news = bp(
        "vnw-live-intro",
        "Ricevi ogni sera le notizie più importanti della provincia con la newsletter gratuita di VareseNews.",
        NEWS,
    )
    story_time = bp(
        "vnw-live-intro",
        "Letture ad alta voce per bambini fino a cinque anni alla biblioteca civica di via Sacco: il martedì e il venerdì alle 10.30, ingresso libero.",
        STORY,
    )
    intro = weave(
        ctx,
        [f'<p class="vnw-live-intro">{e(p)}</p>' for p in body],
        [(read, [0, 1, 2], 0.8), (news, [1, 2], 0.8), (story_time, [0, 2], 0.7)],
    )
    publisher = org("VareseNews", "https://www.varesenews.it")
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Redazione VareseNews",
        publisher=publisher,
        lang="it-IT",
        section="Varese",
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
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post vnw-live" itemscope itemtype="https://schema.org/LiveBlogPosting">
<header class="entry-header">
<span class="vnw-live-label">Diretta</span>
<h1 class="entry-title" itemprop="headline">{e(headline)}</h1>
<div class="entry-meta"><span class="author">Redazione</span> <time class="updated" datetime="{modified.isoformat()}" itemprop="dateModified">Aggiornato il 6 dicembre 2026 alle {e(dot(modified))}</time></div>
</header>
<div class="vnw-live-intro-wrap">
{intro}
</div>
{ad_slot("vnw-adv", "Pubblicità", "vnw-mid-1")}
<div class="vnw-live-stream">
{live_html}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it-IT",
        prefix="vnw",
        brand="VareseNews",
        url=url,
        title=f"{headline} - VareseNews",
        sections=["Varese", "Busto Arsizio", "Gallarate", "Saronno", "Luino", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 VareseNews - Varese Web srl",
        jsonld=[graph(art, live)],
        main=main,
        body_cls="single single-post vnw-diretta",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# RSI (Locarno, +01:00), custom CMS, live, oldest first: `<li>` entries in a `<ul>`, each a
# `<time>` "22:25" + an `<h3>` (one without headline, one with two paragraphs); two separate JSON-LD
# scripts, the `NewsArticle` and a `LiveBlogPosting`.


def rsi(ctx: Ctx) -> Render:
    url = "https://www.rsi.ch/info/ticino-grigioni-e-insubria/diretta-maltempo-la-maggia-esonda-chiusa-la-cantonale-a-ponte-brolla-3184402.html"
    headline = (
        "In diretta – Maltempo in Ticino: la Maggia esonda, chiusa la cantonale a Ponte Brolla"
    )
    published = at(CET, 6, 17, 50)
    town, street = "Locarno", "Piazza Grande"
    body = [
        "Le piogge intense che da venerdì colpiscono il Sopraceneri hanno fatto esondare la Maggia nella serata di domenica. La cantonale della Vallemaggia è chiusa a Ponte Brolla.",
        "MeteoSvizzera mantiene l'allerta di grado 4 per il Locarnese fino a lunedì mattina. Seguite qui gli aggiornamenti.",
    ]
    specs = [
        (
            18,
            10,
            "Cantonale chiusa",
            [
                "La polizia cantonale ha chiuso la strada della Vallemaggia fra Ponte Brolla e Avegno per il rischio di esondazione."
            ],
        ),
        (
            18,
            55,
            "Evacuate alcune case",
            [
                "Il Municipio di Avegno Gordevio ha fatto evacuare sei abitazioni vicine al fiume; gli abitanti sono ospitati da parenti."
            ],
        ),
        (
            19,
            40,
            None,
            [
                "Alla stazione di Solduno la Maggia porta 950 metri cubi al secondo, vicino al record del 1978."
            ],
        ),
        (
            20,
            30,
            "Treni sostituiti da bus",
            [
                "La Centovallina è interrotta fra Locarno e Intragna, le FART hanno organizzato bus sostitutivi.",
                "I bus partono dalla stazione di Muralto ogni mezz'ora.",
            ],
        ),
        (
            21,
            20,
            "Corrente interrotta",
            [
                "La Società elettrica sopracenerina segnala circa 800 economie domestiche senza corrente a Losone."
            ],
        ),
        (
            22,
            25,
            "Lago in crescita",
            [
                "Il Lago Maggiore è salito di 40 centimetri dal mattino; a Locarno la passeggiata a lago è chiusa."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        "23:51",
        at(CET, 6, 23, 51),
        "La Maggia cala",
        [
            "Il livello della Maggia ha cominciato a scendere a Solduno, riferisce l'Ufficio dei corsi d'acqua; la cantonale resta chiusa fino a domattina."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def li(b_clock: str, iso: str, head: str | None, paras: list[str]) -> str:
        hd = f'<h3 class="rsi-live__title">{e(head)}</h3>' if head else ""
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        return f'<li class="rsi-live__item"><time class="rsi-live__time" datetime="{iso}">{e(b_clock)}</time>{hd}<div class="rsi-live__text">{ps}</div></li>'

    for b in shown:
        assert b.ts
        b.html = li(b.label or "", b.ts.isoformat(), b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street)

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        return post(li(hm(t), t.isoformat(), title, [text]), [title, text], kind, [hm(t)])

    fibre = fake(
        "Fibra ottica, il contatore",
        f"Nel Locarnese sono {num(rise(ctx, 21840, 5, 4), chr(8217))} le economie domestiche collegate alla fibra, secondo il contatore della rete.",
        FIBRE,
    )
    litter = fake(
        "Rive pulite, il bilancio",
        f"Da settembre i volontari hanno raccolto {num(rise(ctx, 1562, 3, 2), chr(8217))} sacchi di rifiuti sulle rive del Verbano fra Tenero e Ascona.",
        LITTER,
    )
    swim = fake(
        "Bagno invernale al Lido",
        f"L'acqua del Lago Maggiore al Lido di Locarno è a {drift(ctx, 72, 4) / 10:.1f} gradi; il bagno di San Silvestro è confermato.".replace(
            ".", ",", 1
        ),
        SWIM,
    )
    quiz = fake(
        "Quiz nei grotti, la classifica",
        f"Dopo la manche {3 + ctx.n // 2} del campionato dei grotti guidano «Quelli della Maggia» con {drift(ctx, 59, 2) + 2 * ctx.n} punti.",
        QUIZ,
    )
    ticker = fake("Ultime dalla Svizzera", tx[TICKER], TICKER)
    trees = fake(
        "Abeti degli scout",
        f"Agli scout di Piazza Castello a Locarno restano {fall(ctx, 88, 2, 2)} abeti natalizi; la vendita riprende lunedì.",
        TREES,
    )
    units = [b.html for b in shown]
    n = len(units)
    ul = weave(
        ctx,
        units,
        [
            (fibre, list(range(0, n + 1)), 0.85),
            (litter, list(range(1, n + 1)), 0.8),
            (swim, [0, 2, 4, n], 0.75),
            (quiz, list(range(1, n)), 0.8),
            (ticker, [1, 3, 5, n], 0.8),
            (trees, [0, 2, n], 0.75),
        ],
    )
    read = bpa("rsi-intro", "Leggi anche:", tx[READ], "/info/", READ)
    news = bp(
        "rsi-intro",
        "Con la newsletter RSI Info ricevete ogni mattina le notizie principali dalla Svizzera italiana.",
        NEWS,
    )
    bells = bp(
        "rsi-intro",
        "I campanari della Collegiata di Sant'Antonio a Locarno cercano nuove leve: prove il mercoledì alle 20.00, non è richiesta esperienza.",
        BELLS,
    )
    memory = bp("rsi-intro", tx[MEMORY], MEMORY, lead="Ricordi dei lettori:")
    shed = bp(
        "rsi-intro",
        "Il Men's Shed di Locarno apre il laboratorio di bricolage ai pensionati il martedì e il giovedì dalle 9 alle 12 in via Varenna. Benvenuti tutti.",
        SHED,
    )
    intro = weave(
        ctx,
        [f'<p class="rsi-intro">{e(p)}</p>' for p in body],
        [
            (read, [0, 1, 2], 0.8),
            (news, [1, 2], 0.8),
            (bells, [0, 2], 0.7),
            (memory, [1, 2], 0.75),
            (shed, [0, 1, 2], 0.7),
        ],
    )
    publisher = org("RSI Radiotelevisione svizzera", "https://www.rsi.ch")
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="RSI Info",
        publisher=publisher,
        lang="it-CH",
        section="Ticino, Grigioni e Insubria",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="it-CH",
    )
    main = f"""<div class="rsi-page">
<main class="rsi-main">
<article class="rsi-article rsi-article--live">
<header class="rsi-article__header">
<p class="rsi-article__kicker">Ticino, Grigioni e Insubria · In diretta</p>
<h1 class="rsi-article__title">{e(headline)}</h1>
<p class="rsi-article__dates">Ultimo aggiornamento: 06.12.2026, {e(hm(modified))}</p>
</header>
<div class="rsi-intro-wrap">
{intro}
</div>
{ad_slot("rsi-ad", "Pubblicità", "rsi-rect-1")}
<ul class="rsi-live">
{ul}
</ul>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it-CH",
        prefix="rsi",
        brand="RSI",
        url=url,
        title=f"{headline} - RSI",
        sections=["Info", "Ticino", "Svizzera", "Mondo", "Sport", "Cultura"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 RSI Radiotelevisione svizzera",
        jsonld=[ld(art), ld(live)],
        main=main,
        body_cls="rsi live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "ilcittadino-lodi-adda-oltre-livello-di-guardia-chiuso-lungadda-evacuate-famiglie",
        "Il Cittadino (IT)",
        "it",
        "updates",
        CET,
        cittadino,
    ),
    Site(
        "varesenews-diretta-neve-varesotto-chiusa-statale-lago-maggiore-malpensa-ritardi",
        "VareseNews (IT)",
        "it",
        "live",
        CET,
        varesenews,
    ),
    Site(
        "rsi-diretta-maltempo-ticino-maggia-esonda-chiusa-cantonale-ponte-brolla",
        "RSI (CH)",
        "it",
        "live",
        CET,
        rsi,
    ),
]
