"""Italian-language publishers: LeccePrima (Lecce, Apulia), Gazzetta di Modena (Emilia), LaC
News24 (Cosenza, Calabria)."""

from __future__ import annotations

from fx import (
    ANTIQUE,
    AUDITION,
    CHESS,
    DRIVING,
    FARMERS,
    FOODVAN,
    GYM,
    KNIT,
    NEWS,
    POSTCARD,
    PROMO,
    READ,
    RELATED,
    TICKER,
    TWIN,
    bl,
    bp,
    bpa,
    dot,
    drift,
    ld,
    num,
    page,
    post,
    rise,
    subset,
    turn,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1

_SUBS = ["Cronaca", "Politica", "Economia", "Cultura", "Sport", "Meteo", "Salute", "Scuola"]
_FOOT = {
    "Il giornale": ["Chi siamo", "Contatti", "Pubblicità", "Newsletter", "Edicola digitale"],
    "Note legali": ["Privacy", "Condizioni d'uso", "Cookie policy", "Accessibilità"],
}


def _texts(ctx: Ctx, town: str, street: str) -> dict[str, str]:
    return {
        ANTIQUE: turn(
            ctx,
            [
                f"Un orologio a pendolo trovato in una soffitta di {town} vale circa 1.400 euro, secondo il nostro esperto di antiquariato.",
                f"Il servizio da caffè di una lettrice, comprato in via {street} nel 1958, vale circa 280 euro.",
                "Un orologio da tasca con lo stemma delle Ferrovie dello Stato è stimato 1.900 euro.",
                "Una bambola di porcellana degli anni Dieci, ereditata da un lettore, potrebbe andare all'asta per 550 euro.",
            ],
            "antique",
        ),
        CHESS: turn(
            ctx,
            [
                f"Lettori contro il circolo scacchistico di {town}, partita 2: il circolo ha mosso il cavallo in f3. Si vota fino a giovedì.",
                f"Lettori contro il circolo scacchistico di {town}, partita 2: il circolo ha arroccato corto, tocca ai lettori.",
                f"Lettori contro il circolo scacchistico di {town}, partita 2: l'alfiere del circolo è in c4.",
                f"Lettori contro il circolo scacchistico di {town}, partita 2: il circolo propone il gambetto di donna.",
            ],
            "chess",
        ),
        TWIN: turn(
            ctx,
            [
                f"Il sindaco della nostra città gemellata in Francia manda un abbraccio a tutta {town}.",
                f"Gli alunni della scuola gemellata in Germania hanno disegnato 130 biglietti di auguri per le case di riposo di {town}.",
                f"La banda della nostra città gemellata suonerà in via {street} il 20 dicembre.",
                f"La città gemellata in Spagna invita le associazioni di {town} a uno scambio a maggio.",
            ],
            "twin",
        ),
        FOODVAN: turn(
            ctx,
            [
                f"Il furgone delle pittule stasera è in via {street}, fino alle 21.",
                "Il food truck degli arrosticini stasera è al parcheggio della stazione, fino a esaurimento.",
                "L'apecar delle crêpe stasera è in piazza del Municipio, fino alle 21.30.",
                "Il furgone delle zuppe stasera è davanti alla piscina comunale, fino alle 20.30.",
            ],
            "van",
        ),
        POSTCARD: turn(
            ctx,
            [
                f"Saluti dalle Canarie, 25 gradi! Un pensiero a tutti a {town}. Famiglia De Santis",
                "Un saluto da Vienna: vin brulé al mercatino e Sachertorte al caffè. Giulia e Marco",
                f"Da Lisbona vi salutano gli amici del CAI di {town}: piove, ma il morale è alto.",
                "Saluti dalla Lapponia, meno 19 gradi e aurora boreale. Sara e Luca",
            ],
            "postcard",
        ),
        READ: turn(
            ctx,
            [
                "Nuova piscina comunale, via libera al progetto in consiglio",
                "Mercatini di Natale: dove andare questo fine settimana",
                "Agricoltori in allarme: semine a rischio per le piogge",
                "Mense scolastiche, le tariffe aumentano da gennaio",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Shopping serale in via {street}: negozi aperti fino alle 22 ogni giovedì di dicembre.",
                "Abbonati all'edizione digitale: il primo mese a 1 euro.",
                "Controllo gomme invernali gratuito dal tuo gommista questa settimana.",
                "Buoni regalo per la spa a metà prezzo, solo fino a venerdì.",
            ],
            "promo",
        ),
    }


# ---------------------------------------------------------------------------------------------
# LeccePrima (+01:00), WordPress-like. An italic bold "Precisazione:" at the top
# (`clarification`); the notes come after the story, newest first, each a
# `<div class="update">` with an `<h4>` "Aggiornamento delle 21:10" + a paragraph. The body has a
# list of closed roads.


def lecceprima(ctx: Ctx) -> Render:
    url = "https://www.lecceprima.it/cronaca/tromba-marina-porto-cesareo-barche-affondate-litoranea-chiusa.html"
    headline = "Tromba marina a Porto Cesareo: barche affondate e litoranea chiusa"
    published = at(CET, 6, 18, 45)
    town, street = "Porto Cesareo", "Muscettola"
    body = [
        "Una tromba marina si è abbattuta domenica pomeriggio sul porto di Porto Cesareo, affondando una decina di barche e scoperchiando alcuni lidi.",
        "Il fenomeno è durato pochi minuti, intorno alle 17.30, ma il vento ha sollevato tegole e cartelloni fino al centro del paese.",
        "«Sembrava un treno che arrivava dal mare», racconta un pescatore del molo. «La mia barca è sparita sotto l'acqua.»",
        "La polizia locale ha chiuso queste strade:",
        "la litoranea per Torre Lapillo fino alla rotatoria di via Muscettola",
        "via Cesarea tra il porto e la piazza Nazario Sauro",
        "il lungomare Galileo Galilei dal molo alla Torre",
        "Non ci sono feriti, secondo i vigili del fuoco, che hanno effettuato una ventina di interventi.",
        "Il sindaco ha chiesto lo stato di calamità alla Regione Puglia.",
    ]
    prec = Block(
        "clarification",
        "Precisazione",
        None,
        None,
        [
            "i danni citati in questo articolo sono una prima stima della Capitaneria di porto, non ancora verificata dal Comune."
        ],
    )
    prec.html = (
        f'<p class="lp-testo"><em><strong>Precisazione:</strong> {e(prec.paras[0])}</em></p>'
    )
    notes = [
        Block(
            "update",
            "Aggiornamento delle 22:20",
            at(CET, 6, 22, 20),
            None,
            [
                "La Capitaneria di porto ha recuperato due delle barche affondate. Il molo resta interdetto fino a lunedì."
            ],
        ),
        Block(
            "update",
            "Aggiornamento delle 21:10",
            at(CET, 6, 21, 10),
            None,
            [
                "L'Enel ha riattivato la corrente in quasi tutto il paese. Restano al buio alcune case di Torre Lapillo."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aggiornamento delle 23:55",
        at(CET, 6, 23, 55),
        None,
        [
            "Riaperta la strada verso Torre Lapillo, annuncia la polizia locale, mentre il lungomare resta chiuso per la notte."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def box(head: str, text: str) -> str:
        return f'<div class="update"><h4>{e(head)}</h4><p class="lp-testo">{e(text)}</p></div>'

    for b in shown:
        b.html = box(b.label or "", b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street)

    def clocked(word: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 15)
        head = f"{word} delle {t.hour:02d}:{t.minute:02d}"
        return post(box(head, text), [text], kind, [head])

    knit = clocked(
        "Contatore della maglia solidale",
        f"{num(rise(ctx, 1284, 2, 2), '.')} tra berretti e sciarpe fatti a mano per la Caritas diocesana da ottobre.",
        KNIT,
    )
    chess = clocked("Scacchi con i lettori, mossa", tx[CHESS], CHESS)
    ftse = drift(ctx, 34120, 60)
    ticker = clocked(
        "Borsa, rilevazione",
        f"FTSE MIB a {num(ftse, '.')} punti, spread BTP-Bund a {drift(ctx, 112, 3)} punti base.",
        TICKER,
    )
    antique = bp("lp-testo", tx[ANTIQUE], ANTIQUE, lead="Tesori in soffitta:")
    twin = bp("lp-testo", tx[TWIN], TWIN, lead="Dalle città gemellate:")
    gym = bp(
        "lp-testo",
        "Corsi al palazzetto di Porto Cesareo questa settimana: acquagym lunedì alle 19, pilates martedì e giovedì alle 18, ginnastica dolce mercoledì alle 10.",
        GYM,
    )
    related = bl(
        "",
        "",
        [
            f"Leggi anche: {x}"
            for x in subset(
                ctx,
                [
                    "Trombe marine nel Salento: i precedenti",
                    "Stato di calamità: come funziona",
                    "Pescatori in ginocchio dopo il maltempo",
                    "Lidi danneggiati, i gestori chiedono aiuto",
                    "Allerta meteo: cosa fare",
                ],
                3,
            )
        ],
        RELATED,
    )
    news = bp(
        "lp-testo",
        "Iscriviti alla newsletter di LeccePrima e ricevi ogni mattina le notizie del Salento.",
        NEWS,
    )

    units = [prec.html] + [f'<p class="lp-testo">{e(p)}</p>' for p in body[:4]]
    units += ["<ul>" + "".join(f"<li>{e(x)}</li>" for x in body[4:7]) + "</ul>"]
    after = len(units)
    units += [f'<p class="lp-testo">{e(p)}</p>' for p in body[7:]]
    first_note = len(units)
    units += [b.html for b in shown]
    k = len(units)
    gaps = list(range(first_note, k + 1))
    story = weave(
        ctx,
        units,
        [
            (knit, gaps, 0.85),
            (chess, [1, *gaps], 0.8),
            (ticker, gaps, 0.8),
            (antique, [2, 3, after + 1], 0.8),
            (twin, [1, 4, first_note], 0.75),
            (gym, [3, after + 1, k], 0.7),
            (related, [after], 0.8),
            (news, [2, first_note, k], 0.7),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post">
<header class="entry-header">
<p class="lp-categoria">Cronaca</p>
<h1 class="entry-title">{e(headline)}</h1>
<p class="lp-sommario">Una decina di barche affondate al molo, il sindaco chiede lo stato di calamità</p>
<p class="entry-meta">Redazione · Aggiornato il 6 dicembre 2026 alle {modified.strftime("%H:%M")}</p>
</header>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it-IT",
        prefix="lp",
        brand="LeccePrima",
        url=url,
        title=f"{headline} - LeccePrima",
        sections=["Cronaca", "Politica", "Economia", "Sport", "Eventi", "Salento"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 LeccePrima",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione",
                    publisher=org("LeccePrima", "https://www.lecceprima.it"),
                    lang="it-IT",
                    section="Cronaca",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single",
        cms="wp",
    )
    return Render(html, body, [prec, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Gazzetta di Modena (+01:00), custom. The notes sit at the top of the story, newest first, as
# paragraphs in the body's own class with a bold "Ultim'ora, 21.40:" lead; a bold "Rettifica:"
# at the bottom (`correction`).


def gazzettamodena(ctx: Ctx) -> Render:
    url = "https://www.gazzettadimodena.it/cronaca/2026/12/06/news/piena-secchia-ponte-alto-chiuso-evacuate-famiglie-1523412"
    headline = "Piena del Secchia, chiuso il Ponte Alto: evacuate trenta famiglie a Modena nord"
    published = at(CET, 6, 18, 20)
    town, street = "Modena", "Emilia Ovest"
    body = [
        "Il Secchia ha superato la soglia rossa all'idrometro di Ponte Alto domenica sera. Il Comune ha chiuso il ponte e fatto evacuare trenta famiglie nella zona di Albareto.",
        "Le piogge dell'ultima settimana sull'Appennino hanno gonfiato il fiume, che alle 20 era a 10,4 metri.",
        "«L'acqua sale di venti centimetri all'ora», ha spiegato un tecnico dell'Agenzia regionale per la protezione civile.",
        "Gli sfollati sono ospitati nella palestra delle scuole di Albareto. La via Emilia Ovest è chiusa tra la tangenziale e Cittanova.",
        "La Prefettura ha convocato il Centro coordinamento soccorsi, che resterà riunito tutta la notte.",
        "Le scuole di Modena nord resteranno chiuse lunedì, ha annunciato il sindaco.",
    ]
    notes = [
        Block(
            "update",
            "Ultim'ora, 22.45",
            at(CET, 6, 22, 45),
            None,
            [
                "Il colmo di piena è atteso a Ponte Alto intorno alle 2 di notte, secondo l'Agenzia per la protezione civile."
            ],
        ),
        Block(
            "update",
            "Ultim'ora, 21.40",
            at(CET, 6, 21, 40),
            None,
            [
                "Chiusa anche la strada provinciale per Bastiglia, dove il fiume ha invaso la golena."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Ultim'ora, 23.53",
        at(CET, 6, 23, 53),
        None,
        [
            "Il livello del Secchia si è stabilizzato a 10,9 metri, ma le famiglie di Albareto resteranno fuori casa fino a lunedì."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    rett = Block(
        "correction",
        "Rettifica",
        None,
        None,
        [
            "In una prima versione avevamo scritto che gli sfollati erano ospitati al PalaPanini. Sono nella palestra delle scuole di Albareto."
        ],
    )
    rett.html = f'<p class="gm-testo"><b>Rettifica:</b> {e(rett.paras[0])}</p>'

    def line(lead: str, text: str) -> str:
        return f'<p class="gm-testo"><b>{e(lead)}:</b> {e(text)}</p>'

    for b in shown:
        b.html = line(b.label or "", b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street)

    def clocked(lead: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 15)
        return post(line(f"{lead}, {dot(t)}", text), [text], kind)

    knit = clocked(
        "Maglia solidale, aggiornato",
        f"{num(rise(ctx, 2076, 3, 2), '.')} tra cappelli, sciarpe e coperte per il dormitorio di via Carlo Sigonio da ottobre.",
        KNIT,
    )
    driving = clocked(
        "Esami di guida, dato delle",
        f"promossi all'esame pratico alla Motorizzazione di Modena questo mese: {drift(ctx, 62, 4)} per cento.",
        DRIVING,
    )
    chess = clocked("Scacchi con i lettori, ore", tx[CHESS], CHESS)
    postcard = bp("gm-testo", tx[POSTCARD], POSTCARD, lead="Cartolina dei lettori:")
    van = bp("gm-testo", tx[FOODVAN], FOODVAN, lead="Street food stasera:")
    audition = bp(
        "gm-testo",
        "La compagnia amatoriale del Teatro delle Passioni cerca attori per lo spettacolo di primavera. Provini il 10 gennaio, iscrizioni online.",
        AUDITION,
        lead="Provini:",
    )
    eggs = drift(ctx, 360, 20)
    farmers = bp(
        "gm-testo",
        f"Al mercato contadino di viale Molza questa settimana: sei uova {eggs // 100},{eggs % 100:02d} euro, Parmigiano 24 mesi {drift(ctx, 22, 1)} euro al chilo, zucche {drift(ctx, 1, 0)},{drift(ctx, 50, 9)} euro al chilo.",
        FARMERS,
    )
    promo = bp("gm-testo", tx[PROMO], PROMO, lead="Informazione pubblicitaria:")
    read = bpa("gm-testo", "Leggi anche:", tx[READ], "/cronaca/", READ)

    units = [b.html for b in shown]
    nn = len(units)
    units += [f'<p class="gm-testo">{e(p)}</p>' for p in body] + [rett.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (knit, list(range(0, nn + 1)), 0.85),
            (driving, [0, 1, nn, nn + 3], 0.8),
            (chess, [0, nn, nn + 5, k], 0.8),
            (postcard, [nn + 1, nn + 2, nn + 4, k], 0.8),
            (van, [nn + 2, nn + 5], 0.75),
            (audition, [nn + 3, k - 1, k], 0.7),
            (farmers, [nn + 1, nn + 4, nn + 6], 0.8),
            (promo, [nn + 2, nn + 5], 0.7),
            (read, [nn + 1, nn + 3, k - 1], 0.8),
        ],
    )
    main = f"""<main class="gm-main">
<article class="gm-articolo">
<header class="gm-articolo__testata">
<p class="gm-articolo__occhiello">Maltempo</p>
<h1 class="gm-articolo__titolo">{e(headline)}</h1>
<p class="gm-articolo__sommario">Il fiume oltre la soglia rossa a Ponte Alto, scuole chiuse lunedì a Modena nord</p>
<p class="gm-articolo__firma">di Luca Gardinale · Aggiornato alle {dot(modified)}</p>
</header>
<div class="gm-articolo__corpo">
{story}
</div>
</article>
</main>"""
    html = page(
        ctx,
        lang="it-IT",
        prefix="gm",
        brand="Gazzetta di Modena",
        url=url,
        title=f"{headline} - Gazzetta di Modena",
        sections=["Cronaca", "Provincia", "Sport", "Economia", "Cultura", "Necrologie"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Gazzetta di Modena",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Luca Gardinale",
                    publisher=org("Gazzetta di Modena", "https://www.gazzettadimodena.it"),
                    lang="it-IT",
                    section="Cronaca",
                )
            )
        ],
        main=main,
        body_cls="gm articolo",
    )
    return Render(html, body, [*shown, rett], genuine, modified)


# ---------------------------------------------------------------------------------------------
# LaC News24 (+01:00), custom, live, oldest first: `<article>` posts in schema.org microdata
# (`liveBlogUpdate`), a `<header>` with a bold "ore 22:40" + `<h3>` (one without headline); the
# JSON-LD is only a `NewsArticle`.


def lacnews(ctx: Ctx) -> Render:
    url = "https://www.lacnews24.it/cronaca/diretta-maltempo-cosenza-crati-esonda-a2-chiusa-svincolo-cosenza-nord_241563/"
    headline = "DIRETTA | Maltempo a Cosenza, esonda il Crati: chiuso lo svincolo di Cosenza nord"
    published = at(CET, 6, 17, 50)
    body = [
        "Piogge torrenziali sulla provincia di Cosenza dal primo pomeriggio di domenica. Il Crati è esondato nella zona di Vaglio Lise e diverse strade sono allagate.",
        "La Protezione civile regionale ha diramato l'allerta rossa. Seguite qui gli aggiornamenti in diretta.",
    ]
    specs = [
        (
            18,
            5,
            "Allerta rossa",
            "La Protezione civile della Calabria porta l'allerta a rosso sul versante tirrenico e sulla valle del Crati.",
        ),
        (
            19,
            0,
            "Il Crati esonda a Vaglio Lise",
            "L'acqua ha invaso il piazzale della stazione di Vaglio Lise. I treni per Paola sono sospesi.",
        ),
        (
            20,
            10,
            None,
            "Chiuso lo svincolo di Cosenza nord dell'A2. Anas consiglia l'uscita di Rende.",
        ),
        (
            21,
            15,
            "Scuole chiuse lunedì",
            "Il sindaco di Cosenza ha firmato l'ordinanza: scuole di ogni ordine e grado chiuse lunedì.",
        ),
        (
            22,
            5,
            "Famiglie evacuate a Rende",
            "I vigili del fuoco hanno fatto uscire dodici famiglie da via Settimio Severo, a Rende.",
        ),
        (
            22,
            50,
            "Frana sulla statale 107",
            "Una frana ha invaso la statale 107 Silana Crotonese all'altezza di Celico. Strada chiusa.",
        ),
    ]
    entries = [
        Block("live_entry", f"ore {h:02d}:{m:02d}", at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "ore 23:52",
        at(CET, 6, 23, 52),
        "Il Crati cala",
        [
            "Il livello del Crati a Vaglio Lise è sceso di mezzo metro nell'ultima ora, secondo la Protezione civile."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def art(clock: str, iso: str, head: str | None, text: str, micro: bool) -> str:
        attrs = ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
        pd, ph, pb = ' itemprop="datePublished"', ' itemprop="headline"', ' itemprop="articleBody"'
        if not micro:
            attrs = pd = ph = pb = ""
        hd = f'<h3 class="lac-post__titolo"{ph}>{e(head)}</h3>' if head else ""
        return (
            f'<article class="lac-post"{attrs}><header class="lac-post__testa"><b>'
            f'<time datetime="{iso}"{pd}>{e(clock)}</time></b></header>{hd}'
            f'<p class="lac-post__testo"{pb}>{e(text)}</p></article>'
        )

    for b in shown:
        assert b.ts
        b.html = art(b.label or "", b.ts.isoformat(), b.head, b.paras[0], True)
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, "Cosenza", "Arabia")

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        c = f"ore {t.hour:02d}:{t.minute:02d}"
        return post(art(c, t.isoformat(), title, text, False), [title, text], kind, [c])

    knit = fake(
        "La maglia solidale",
        f"{num(rise(ctx, 988, 2, 2), '.')} berretti e coperte fatti a mano per i senza dimora di Cosenza da novembre.",
        KNIT,
    )
    chess = fake("Scacchi con i lettori", tx[CHESS], CHESS)
    antique = fake("Tesori in soffitta", tx[ANTIQUE], ANTIQUE)
    twin = fake("Dalle città gemellate", tx[TWIN], TWIN)
    driving = fake(
        "Esami di guida a Cosenza",
        f"Questo mese ha superato l'esame pratico il {drift(ctx, 58, 4)} per cento dei candidati, secondo la Motorizzazione.",
        DRIVING,
    )
    promo = fake("Informazione pubblicitaria", tx[PROMO], PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (knit, list(range(0, n + 1)), 0.85),
            (chess, list(range(1, n + 1)), 0.8),
            (antique, [0, 2, 4, n], 0.75),
            (twin, [1, 3, 5], 0.75),
            (driving, [n - 2, n - 1, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    gym = bp(
        "lac-intro",
        "Corsi al PalaFerraro questa settimana: acquagym lunedì alle 19, ginnastica posturale martedì e giovedì alle 18.",
        GYM,
    )
    news = bp(
        "lac-intro",
        "Iscriviti alla newsletter di LaC News24: le notizie della Calabria ogni mattina alle 7.",
        NEWS,
    )
    read = bpa("lac-intro", "Leggi anche:", tx[READ], "/cronaca/", READ)
    intro = weave(
        ctx,
        [f'<p class="lac-intro">{e(p)}</p>' for p in body],
        [(gym, [0, 2], 0.75), (news, [1, 2], 0.75), (read, [0, 1, 2], 0.8)],
    )
    publisher = org("LaC News24", "https://www.lacnews24.it")
    main = f"""<main class="lac-main">
<article class="lac-diretta" itemscope itemtype="https://schema.org/LiveBlogPosting">
<header class="lac-diretta__testata">
<span class="lac-badge">Diretta</span>
<h1 class="lac-diretta__titolo" itemprop="headline">{e(headline)}</h1>
<p class="lac-diretta__meta">Ultimo aggiornamento: <time itemprop="dateModified" datetime="{modified.isoformat()}">{modified.strftime("%H:%M")}</time></p>
</header>
<div class="lac-intro-box">
{intro}
</div>
{ad_slot("lac-adv", "Pubblicità", "lac-diretta")}
<div class="lac-feed">
{feed}
</div>
</article>
</main>"""
    html = page(
        ctx,
        lang="it-IT",
        prefix="lac",
        brand="LaC News24",
        url=url,
        title=f"{headline} - LaC News24",
        sections=["Cronaca", "Politica", "Economia", "Sport", "Cultura", "Calabria"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Diemmecom Società Editoriale",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione",
                    publisher=publisher,
                    lang="it-IT",
                    section="Cronaca",
                )
            )
        ],
        main=main,
        body_cls="lac diretta",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "lecceprima-tromba-marina-porto-cesareo-barche-affondate-litoranea-chiusa",
        "LeccePrima (IT)",
        "it",
        "updates",
        CET,
        lecceprima,
    ),
    Site(
        "gazzettadimodena-piena-secchia-ponte-alto-chiuso-evacuate-famiglie",
        "Gazzetta di Modena (IT)",
        "it",
        "updates",
        CET,
        gazzettamodena,
    ),
    Site(
        "lacnews24-diretta-maltempo-cosenza-crati-esonda-svincolo-cosenza-nord-chiuso",
        "LaC News24 (IT)",
        "it",
        "live",
        CET,
        lacnews,
    ),
]
