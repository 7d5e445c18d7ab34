"""Italian-language publishers: Corriere Romagna (Rimini), La Voce del Popolo (Fiume/Rijeka), San
Marino RTV."""

from __future__ import annotations

from datetime import datetime

from fx import (
    CONVO,
    FOOTFALL,
    FRIDGE,
    JOKE,
    MAYOR,
    MEALS,
    NEWS,
    PROMO,
    READ,
    STAGE,
    STEPS,
    SWAP,
    TICKER,
    TOOLS,
    WISH,
    bp,
    bpa,
    dot,
    drift,
    fall,
    graph,
    hm,
    month,
    num,
    page,
    post,
    rise,
    turn,
    weekday,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

CET = 1

_SUBS = ["Cronaca", "Politica", "Economia", "Sport", "Cultura", "Eventi", "Opinioni", "Territorio"]
_FOOT = {
    "Il giornale": ["Chi siamo", "Contatti", "Pubblicità", "Abbonamenti", "Edicola digitale"],
    "Note legali": ["Privacy", "Condizioni d'uso", "Accessibilità", "Preferenze cookie"],
}


def _texts(ctx: Ctx, town: str, street: str) -> dict[str, str]:
    """The Italian carousels, with the story's town and one of its streets."""
    return {
        JOKE: turn(
            ctx,
            [
                "Qual è il colmo per un giardiniere? Piantare in asso la fidanzata. Ce la manda Giulia, 9 anni.",
                "Perché il libro di matematica è triste? Perché ha troppi problemi. Grazie a nonno Franco, 76 anni.",
                f"Il mio vicino di {street} ha comprato un boomerang nuovo, ma non riesce a buttare via quello vecchio, scrive Rosanna.",
                "Cosa fa un gatto in banca? Prende i soldi e… miao! Dalla classe terza della scuola Montessori.",
                "Qual è il colmo per un elettricista? Non essere al corrente. Firmato Matteo, 8 anni.",
            ],
            "joke",
        ),
        WISH: turn(
            ctx,
            [
                "Caro Babbo Natale, vorrei una bici con il campanello e che la nonna guarisca presto. Sofia, 6 anni",
                f"Porta una torcia al mio fratellino così di notte in {street} non ha più paura. Leonardo, 8 anni",
                "Vorrei un cane ma la mamma dice di no, va bene anche uno di peluche che abbaia? Aurora, 5 anni",
                "Puoi far fare festa a Natale a tutti quelli che lavorano in ospedale? Tommaso, 7 anni",
                "Per favore fai nevicare almeno una volta, anche poco. Grazie! Ginevra, 6 anni",
            ],
            "wish",
        ),
        READ: turn(
            ctx,
            [
                "Bilancio comunale, via libera agli investimenti per le scuole",
                "Nuova linea di bus per le frazioni da gennaio",
                "Chiude dopo 90 anni lo storico forno del centro",
                "Piscina comunale chiusa fino a marzo per lavori",
                "Mercatini di Natale, record di presenze nel primo weekend",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Shopping di Natale in {street}: negozi aperti fino alle 22 tutti i giovedì di dicembre.",
                "Cambia la caldaia entro il 31 dicembre: sopralluogo gratuito e detrazione del 65 per cento.",
                f"Gomme invernali montate a {town} da 39 euro, solo questa settimana su appuntamento.",
                "Regala un anno di notizie: l'abbonamento digitale a metà prezzo fino a Natale.",
                "Cucina nuova entro le feste: progettazione gratuita in showroom sabato e domenica.",
            ],
            "promo",
        ),
        TICKER: turn(
            ctx,
            [
                "Ladro sorpreso in un appartamento del centro",
                "Pallavolo, vittoria in trasferta per la capolista",
                "Luce e gas, tariffe in calo da gennaio",
                "Escursionista disperso ritrovato in buone condizioni",
                "Concerto di Natale in cattedrale, biglietti esauriti",
            ],
            "ticker",
        ),
    }


# ---------------------------------------------------------------------------------------------
# Corriere Romagna (Rimini, +01:00), custom CMS. A bold italic "Avviso ai lettori:" at the top
# (`editors_note`); a "Gli sviluppi" box BESIDE the body (after it in the markup), newest first,
# each `<li>` one line, a bold full date with a lower-case weekday "domenica 6 dicembre 2026,
# 22:40" + a dash + the text; an unlabelled italic "In una prima versione di questo articolo …"
# at the end of the story (`correction`, no label).


def corriereromagna(ctx: Ctx) -> Render:
    url = "https://www.corriereromagna.it/rimini/mareggiata-rimini-chiuso-il-lungomare-allagati-i-bagni-di-marina-centro-2026-12-06"
    headline = "Mareggiata a Rimini, chiuso il lungomare: allagati i bagni di Marina centro"
    published = at(CET, 6, 17, 50)
    town, street = "Rimini", "corso d'Augusto"
    body = [
        "Una violenta mareggiata ha colpito la costa riminese nella serata di domenica: le onde hanno superato le dune di protezione a Marina centro e il Comune ha chiuso al traffico il lungomare Tintori e il lungomare Murri.",
        "Secondo l'Arpae, il mare ha raggiunto al porto canale un'altezza di 1,18 metri sopra il livello medio, il valore più alto dal novembre 2019.",
        "I vigili del fuoco sono intervenuti in una trentina di stabilimenti balneari, dove l'acqua ha invaso cabine e magazzini, e hanno soccorso un'auto rimasta bloccata in viale Vespucci.",
        "«In vent'anni non avevo mai visto il mare arrivare fino alla piadineria», racconta Walter Pari, titolare di un bagno a Marina centro.",
        "La Protezione civile ha attivato il centro operativo comunale e chiede ai residenti dei piani terra di viale Regina Elena di non scendere negli scantinati.",
        "L'allerta arancione resta in vigore fino alle 12 di lunedì, con vento di bora fino a 70 chilometri orari.",
    ]
    avviso = Block(
        "editors_note",
        "Avviso ai lettori",
        None,
        None,
        [
            "questo articolo resta consultabile gratuitamente per tutta la durata dell'allerta meteo sulla costa."
        ],
    )
    avviso.html = f'<p class="cr-testo"><strong><em>Avviso ai lettori:</em></strong> <em>{e(avviso.paras[0])}</em></p>'
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "In una prima versione di questo articolo si indicava in 1,38 metri l'altezza del mare al porto canale: il dato corretto è 1,18 metri."
        ],
    )
    corr.html = f'<p class="cr-testo"><em>{e(corr.paras[0])}</em></p>'

    def label(dt: datetime) -> str:
        return f"{weekday(dt, 'it')} {dt.day} {month(dt, 'it')} 2026, {hm(dt)}"

    def li(lead: str, text: str) -> str:
        return f'<li class="cr-sviluppi__item"><strong>{e(lead)}</strong> – {e(text)}</li>'

    specs = [
        (
            22,
            40,
            "Chiuso anche il sottopasso di via Pascoli: l'acqua ha raggiunto i quaranta centimetri, la polizia locale devia il traffico su via Flaminia.",
        ),
        (
            21,
            5,
            "Evacuati per precauzione gli ospiti di due alberghi sul lungomare Murri, ospitati in strutture dell'entroterra.",
        ),
    ]
    notes = [
        Block("update", label(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        None,
        [
            "Il Comune ha riaperto il lungomare Tintori nel tratto tra piazzale Kennedy e il porto; resta chiuso il lungomare Murri."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        assert b.label
        b.html = li(b.label, b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street)

    def boxed(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(li(f"{title}, {label(t)}", text), [text], kind)

    steps = boxed(
        "Contapassi solidale",
        f"i partecipanti alla sfida per la Pediatria dell'Infermi hanno percorso finora {num(rise(ctx, 16230, 8, 5), '.')} chilometri.",
        STEPS,
        1,
        9,
    )
    fridge = boxed(
        "Frigo solidale di via Roma",
        f"sugli scaffali restano {fall(ctx, 72, 3, 2)} prodotti; servono soprattutto latte e pane.",
        FRIDGE,
        2,
        14,
    )
    footfall = boxed(
        "Conta-passanti in piazza Cavour",
        f"{drift(ctx, 860, 140)} persone rilevate nell'ultima ora dai sensori del Comune.",
        FOOTFALL,
        3,
        18,
    )
    joke = bp("cr-testo", tx[JOKE], JOKE, lead="La barzelletta del lettore:")
    wish = bp("cr-testo", tx[WISH], WISH, lead="Caro Babbo Natale:")
    convo = bp(
        "cr-testo",
        "Caffè delle lingue alla biblioteca Gambalunga: conversazione in italiano, inglese e tedesco ogni martedì dalle 18 alle 20, ingresso libero.",
        CONVO,
    )
    tools = bp(
        "cr-testo",
        "La biblioteca degli attrezzi di Borgo San Giuliano presta trapani, scale e macchine da cucire ai soci, il sabato dalle 9 alle 12.",
        TOOLS,
    )
    read = bpa("cr-testo", "Potrebbe interessarti:", tx[READ], "/rimini/", READ)
    promo = bp("cr-testo", tx[PROMO], PROMO, lead="Informazione pubblicitaria –", tag="em")
    news = bp(
        "cr-testo",
        "Iscriviti alla newsletter del Corriere Romagna: ogni mattina alle 7 le notizie del territorio, gratis nella tua casella.",
        NEWS,
    )
    t = ctx.ago(1, 20)
    tick = bp("cr-testo", tx[TICKER], TICKER, lead=f"Flash ({dot(t)}):")
    units = [avviso.html] + [f'<p class="cr-testo">{e(p)}</p>' for p in body] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (joke, [2, 4, 6], 0.8),
            (wish, [3, 5, k], 0.75),
            (convo, [1, 5, k], 0.7),
            (tools, [2, 6, k], 0.7),
            (read, [2, 3, 5], 0.8),
            (promo, [0, 4, k], 0.7),
            (news, [k - 1, k], 0.75),
            (tick, [1, 3, 6], 0.8),
        ],
    )
    box_units = [b.html for b in shown]
    nb = len(box_units)
    box = weave(
        ctx,
        box_units,
        [
            (steps, list(range(nb + 1)), 0.85),
            (fridge, list(range(nb + 1)), 0.8),
            (footfall, [0, 1, nb], 0.8),
        ],
    )
    main = f"""<div class="cr-page">
<main class="cr-main">
<article class="cr-articolo">
<p class="cr-articolo__occhiello"><a href="/rimini/">Rimini</a> · Maltempo</p>
<h1 class="cr-articolo__titolo">{e(headline)}</h1>
<p class="cr-articolo__sommario">Onde oltre le dune, trenta stabilimenti invasi dall'acqua: allerta arancione fino a lunedì</p>
<p class="cr-articolo__firma">di Andrea Rossini</p>
<p class="cr-articolo__data">Pubblicato il 6 dicembre 2026 alle 17:50 · Aggiornato {e(label(modified))}</p>
<figure class="cr-foto"><img src="/media/2026/12/mareggiata-marina-centro.jpg" alt="" loading="lazy"><figcaption>Le onde sul lungomare Tintori (foto Migliorini)</figcaption></figure>
<div class="cr-articolo__griglia">
<div class="cr-articolo__corpo">
{story}
</div>
<aside class="cr-sviluppi" aria-label="Gli sviluppi">
<h3 class="cr-sviluppi__titolo">Gli sviluppi</h3>
<ul class="cr-sviluppi__lista">
{box}
</ul>
</aside>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="cr",
        brand="Corriere Romagna",
        url=url,
        title=f"{headline} - Corriere Romagna",
        sections=["Rimini", "Cesena", "Forlì", "Ravenna", "Sport", "Cultura"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Corriere Romagna – Edizioni Corriere Romagna srl",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Andrea Rossini",
                    publisher=org("Corriere Romagna", "https://www.corriereromagna.it"),
                    lang="it",
                    section="Rimini",
                ),
            }
        ],
        main=main,
        body_cls="cr articolo",
    )
    return Render(html, body, [avviso, corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# La Voce del Popolo (Fiume/Rijeka, +01:00), custom CMS. Notes inside the story after paragraph
# 1, oldest first, each a `<blockquote>` whose label comes AFTER the text, in a `<cite>`:
# "aggiornamento delle 21.45 di domenica 6 dicembre"; a bold "Puntualizzazione:" at the bottom
# (`clarification`).


def lavoce(ctx: Ctx) -> Render:
    url = "https://lavoce.hr/cronaca/bora-a-fiume-chiusa-la-strada-costiera-traghetti-fermi-per-cherso-2026-12-06"
    headline = "Bora a Fiume, chiusa la strada costiera: traghetti fermi per Cherso e Veglia"
    published = at(CET, 6, 16, 20)
    town, street = "Fiume", "Corso"
    body = [
        "Raffiche di bora fino a 140 chilometri orari hanno sferzato Fiume e il Quarnero per tutta la giornata di domenica: la strada costiera tra Abbazia e Draga di Moschiena è stata chiusa a tutti i veicoli.",
        "La Jadrolinija ha sospeso i collegamenti tra Brestova e Porozina e tra Valbiska e Merag, lasciando isolate le isole di Cherso e Veglia.",
        "Sul Corso i vigili del fuoco hanno dovuto mettere in sicurezza alcune insegne pericolanti, mentre sul molo Longo il vento ha rovesciato diversi cassonetti.",
        "«A memoria d'uomo non si ricordava una bora così forte a dicembre», ha detto Mario Sušanj, pescatore di Sušak.",
        "Il ponte di Veglia è chiuso ai camion, ai camper e alle auto con rimorchio; le altre vetture possono transitare a velocità ridotta.",
        "Secondo il servizio meteorologico il vento dovrebbe calare soltanto nella mattinata di lunedì.",
    ]

    def label(dt: datetime) -> str:
        return f"aggiornamento delle {dot(dt)} di {weekday(dt, 'it')} {dt.day} {month(dt, 'it')}"

    def quote(text: str, cite: str) -> str:
        return f'<blockquote class="lv-agg"><p>{e(text)}</p><cite>{e(cite)}</cite></blockquote>'

    specs = [
        (
            20,
            10,
            "Sospeso anche il catamarano per Cherso e Lussino: la compagnia comunica che le corse riprenderanno non prima di lunedì mattina.",
        ),
        (
            21,
            45,
            "Un albero caduto sulla linea ha lasciato senza corrente circa 2.000 utenze a Cantrida e Zamet, secondo l'azienda elettrica.",
        ),
        (
            22,
            30,
            "Il pronto soccorso del Kbc di Fiume ha medicato sei persone ferite da rami e tegole, nessuna in modo grave.",
        ),
    ]
    notes = [
        Block("update", label(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        None,
        [
            "La corrente è tornata a Cantrida; a Zamet i tecnici contano di riallacciare le ultime case entro l'una di notte."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        assert b.label
        b.html = quote(b.paras[0], b.label)
    punt = Block(
        "clarification",
        "Puntualizzazione",
        None,
        None,
        [
            "la velocità di 140 chilometri orari è quella delle raffiche misurate sul ponte di Veglia, non a Fiume città."
        ],
    )
    punt.html = f'<p class="lv-testo"><strong>Puntualizzazione:</strong> {e(punt.paras[0])}</p>'
    modified = shown[-1].ts or published
    tx = _texts(ctx, town, street)

    def quoted(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        cite = f"{title}, dato delle {dot(t)} di {weekday(t, 'it')} {t.day} {month(t, 'it')}"
        return post(quote(text, cite), [text], kind, [cite])

    steps = quoted(
        "Sfida dei passi",
        f"I camminatori della raccolta fondi per il reparto di pediatria hanno percorso finora {num(rise(ctx, 7480, 5, 4), '.')} chilometri.",
        STEPS,
        1,
        9,
    )
    meals = quoted(
        "Mensa dei poveri",
        f"I volontari della mensa di Cosala hanno servito stasera {rise(ctx, 146, 3, 2)} pasti caldi, tè compreso.",
        MEALS,
        2,
        14,
    )
    fridge = quoted(
        "Frigorifero solidale",
        f"Nel frigorifero condiviso della Comunità degli Italiani restano {fall(ctx, 48, 2, 2)} prodotti a disposizione di chi ne ha bisogno.",
        FRIDGE,
        3,
        18,
    )
    joke = bp("lv-testo", tx[JOKE], JOKE, lead="Barzelletta:")
    swap = bp(
        "lv-testo",
        "Scambio di vestiti a Palazzo Modello, ogni primo sabato del mese dalle 10 alle 13: portate fino a dieci capi puliti e prendete quello che vi serve.",
        SWAP,
    )
    mayor = bp(
        "lv-testo",
        "Agenda del sindaco: martedì dalle 10 alle 12 ricevimento dei cittadini in municipio, giovedì alle 17 accensione dell'albero in piazza Adria.",
        MAYOR,
    )
    read = bpa("lv-testo", "Da leggere:", tx[READ], "/cronaca/", READ)
    promo = bp("lv-testo", tx[PROMO], PROMO, lead="Pubbliredazionale –", tag="em")
    news = bp(
        "lv-testo",
        "Ricevi ogni sera alle 19 le notizie della Voce del Popolo con la nostra newsletter gratuita.",
        NEWS,
    )
    t = ctx.ago(1, 20)
    tick = bp("lv-testo", tx[TICKER], TICKER, lead=f"Ultim'ora dal Quarnero, ore {dot(t)}:")
    nb = len(shown)
    units = [f'<p class="lv-testo">{e(body[0])}</p>'] + [b.html for b in shown]
    units += [f'<p class="lv-testo">{e(p)}</p>' for p in body[1:]] + [punt.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (steps, list(range(1, nb + 2)), 0.85),
            (meals, list(range(1, nb + 2)), 0.8),
            (fridge, [1, 2, nb + 1], 0.8),
            (joke, [nb + 2, nb + 4, k], 0.8),
            (swap, [nb + 3, k], 0.7),
            (mayor, [nb + 2, nb + 5, k], 0.7),
            (read, [nb + 2, nb + 3, nb + 4], 0.8),
            (promo, [nb + 1, nb + 5, k], 0.7),
            (news, [k - 1, k], 0.75),
            (tick, [1, nb + 3, k], 0.8),
        ],
    )
    main = f"""<div class="lv-pagina">
<main class="lv-main">
<article class="lv-articolo">
<p class="lv-articolo__rubrica"><a href="/cronaca/">Cronaca</a></p>
<h1 class="lv-articolo__titolo">{e(headline)}</h1>
<p class="lv-articolo__catenaccio">Raffiche fino a 140 all'ora sul ponte di Veglia, isole isolate, insegne pericolanti sul Corso</p>
<p class="lv-articolo__autore">Helena Labus Bačić</p>
<p class="lv-articolo__data">6 dicembre 2026 · ultimo aggiornamento alle {e(dot(modified))}</p>
<figure class="lv-foto"><img src="/foto/2026/12/bora-molo-longo.jpg" alt="" loading="lazy"><figcaption>Le onde sul molo Longo (foto Ivor Hreljanović)</figcaption></figure>
<div class="lv-articolo__testo">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it-HR",
        prefix="lv",
        brand="La Voce del Popolo",
        url=url,
        title=f"{headline} | La Voce del Popolo",
        sections=["Fiume", "Istria", "Quarnero", "Cultura", "Sport", "Comunità"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 EDIT – Edizioni italiane, Fiume",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Helena Labus Bačić",
                    publisher=org("La Voce del Popolo", "https://lavoce.hr"),
                    lang="it",
                    section="Cronaca",
                ),
            }
        ],
        main=main,
        body_cls="lv articolo",
    )
    return Render(html, body, [*shown, punt], genuine, modified)


# ---------------------------------------------------------------------------------------------
# San Marino RTV (+01:00), custom, live, newest first under a pinned "Da sapere" post: `<div>`
# posts whose `<header>` holds a `<span>` clock with an "h." prefix, "h. 22:40", then an `<h2>`
# (one without) and paragraphs (one with two); JSON-LD `@graph` with a `BreadcrumbList` and a
# `LiveBlogPosting`.


def smrtv(ctx: Ctx) -> Render:
    url = "https://www.sanmarinortv.sm/news/attualita/diretta-neve-chiusa-la-superstrada-per-rimini-funivia-ferma-a212345"
    headline = "DIRETTA | Neve sul Titano: chiusa la superstrada per Rimini, funivia ferma"
    published = at(CET, 6, 15, 30)
    town, street = "San Marino", "contrada del Collegio"
    body = [
        "Una nevicata intensa e improvvisa ha imbiancato il Titano dal pomeriggio di domenica: la superstrada verso Rimini è chiusa tra Dogana e Borgo Maggiore e la funivia per il centro storico è ferma.",
        "La Protezione civile invita a non mettersi in viaggio senza gomme invernali o catene. Seguite qui gli aggiornamenti.",
    ]

    def clock(dt: datetime) -> str:
        return f"h. {hm(dt)}"

    pinned = Block(
        "live_entry",
        clock(at(CET, 6, 16, 0)),
        at(CET, 6, 16, 0),
        "Da sapere",
        [
            "Superstrada chiusa tra Dogana e Borgo Maggiore, funivia sospesa, scuole regolarmente aperte lunedì salvo diversa comunicazione della Segreteria."
        ],
    )
    specs = [
        (
            22,
            40,
            "Spazzaneve al lavoro tutta la notte",
            [
                "L'Azienda autonoma di Stato per i servizi pubblici ha in strada 14 mezzi spazzaneve e spargisale su tutti e nove i castelli."
            ],
        ),
        (
            21,
            55,
            None,
            [
                "Un pullman di turisti è rimasto bloccato in salita a Borgo Maggiore: i passeggeri sono stati accompagnati a piedi in un albergo."
            ],
        ),
        (
            21,
            10,
            "Black-out a Serravalle",
            [
                "L'Aass segnala un'interruzione di corrente in alcune zone di Serravalle e Falciano per un ramo caduto sulla linea.",
                "Le squadre sono al lavoro; il ripristino è previsto entro la mezzanotte.",
            ],
        ),
        (
            20,
            20,
            "Funivia sospesa",
            [
                "La funivia tra Borgo Maggiore e il centro storico è ferma per il vento e la neve sulle funi; non è previsto un servizio sostitutivo."
            ],
        ),
        (
            19,
            30,
            "Chiusa la superstrada",
            [
                "La Gendarmeria ha chiuso la superstrada tra Dogana e Borgo Maggiore dopo che diversi mezzi pesanti si sono messi di traverso."
            ],
        ),
        (
            18,
            45,
            "Centimetri in aumento",
            [
                "All'osservatorio di Città sono già caduti 22 centimetri di neve in tre ore, secondo il servizio meteorologico."
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
        "Riaperta una corsia",
        [
            "La Gendarmeria ha riaperto una corsia per senso di marcia sulla superstrada, con obbligo di catene o pneumatici invernali."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries

    def div(b_clock: str, iso: str, head: str | None, paras: list[str], pin: bool = False) -> str:
        hd = f'<h2 class="smrtv-live__title">{e(head)}</h2>' if head else ""
        badge = '<span class="smrtv-live__pin">In alto</span>' if pin else ""
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        cls = "smrtv-live__post smrtv-live__post--pinned" if pin else "smrtv-live__post"
        return (
            f'<div class="{cls}" data-ts="{iso}"><header class="smrtv-live__head"><span class="smrtv-live__time">{e(b_clock)}</span>{badge}</header>'
            f"{hd}{ps}</div>"
        )

    assert pinned.ts
    pinned.html = div(pinned.label or "", pinned.ts.isoformat(), pinned.head, pinned.paras, True)
    for b in feed:
        assert b.ts
        b.html = div(b.label or "", b.ts.isoformat(), b.head, b.paras)
    shown = [pinned, *feed]
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street)

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        lines = ([title] if title else []) + [text]
        return post(div(clock(t), t.isoformat(), title, [text]), lines, kind, [clock(t)])

    acts = turn(
        ctx,
        [
            "la Banda militare della Repubblica con le marce di Natale",
            "il coro dei ragazzi dell'Istituto musicale sammarinese",
            "un quartetto d'archi sotto i portici del Pianello",
            "gli zampognari arrivati dal Montefeltro",
            "la scuola di danza di Domagnano con uno spettacolo sul ghiaccio",
        ],
        "stage",
    )
    stage = fake(
        "Il palco del Natale delle Meraviglie",
        f"In piazza della Libertà si esibiscono in questo momento {acts}.",
        STAGE,
    )
    footfall = fake(
        "Quanti in centro",
        f"I contapersone di Porta San Francesco hanno registrato {drift(ctx, 410, 90)} passaggi nell'ultima ora, nonostante la neve.",
        FOOTFALL,
    )
    meals = fake(
        None,
        f"La Caritas di Serravalle ha distribuito finora {rise(ctx, 96, 3, 2)} pasti caldi agli autotrasportatori bloccati in Dogana.",
        MEALS,
    )
    tick = fake("Dalle altre redazioni", tx[TICKER], TICKER)
    promo = fake("Spazio promozionale", tx[PROMO], PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (stage, list(range(0, n + 1)), 0.85),
            (footfall, list(range(1, n + 1)), 0.8),
            (meals, [0, 2, 3, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    read = bpa("smrtv-intro", "Approfondisci:", tx[READ], "/news/attualita/", READ)
    news = bp(
        "smrtv-intro",
        "Iscriviti alla newsletter di San Marino RTV per ricevere ogni sera le notizie principali della Repubblica.",
        NEWS,
    )
    convo = bp(
        "smrtv-intro",
        "Tandem linguistico alla Biblioteca di Stato: conversazione in italiano e inglese ogni giovedì dalle 17.30, aperto a tutti.",
        CONVO,
    )
    joke = bp("smrtv-intro", tx[JOKE], JOKE, lead="Sorridiamo:")
    wish = bp("smrtv-intro", tx[WISH], WISH, lead="Letterine a Babbo Natale:")
    intro = weave(
        ctx,
        [f'<p class="smrtv-intro">{e(p)}</p>' for p in body],
        [
            (read, [0, 1, 2], 0.8),
            (news, [1, 2], 0.8),
            (convo, [0, 2], 0.7),
            (joke, [1, 2], 0.75),
            (wish, [0, 1, 2], 0.75),
        ],
    )
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "News",
                "item": "https://www.sanmarinortv.sm/news",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Attualità",
                "item": "https://www.sanmarinortv.sm/news/attualita",
            },
        ],
    }
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=org("San Marino RTV", "https://www.sanmarinortv.sm"),
        entries=shown,
        lang="it-SM",
    )
    main = f"""<div class="smrtv-container">
<main class="smrtv-main">
<article class="smrtv-article smrtv-article--live">
<p class="smrtv-article__cat">Attualità · Diretta</p>
<h1 class="smrtv-article__title">{e(headline)}</h1>
<p class="smrtv-article__meta">Redazione · aggiornato il 6 dicembre 2026 alle {e(hm(modified))}</p>
<div class="smrtv-article__intro">
{intro}
</div>
{ad_slot("smrtv-adv", "Pubblicità", "smrtv-box-1")}
<section class="smrtv-live">
{feed_html}
</section>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it-SM",
        prefix="smrtv",
        brand="San Marino RTV",
        url=url,
        title=f"{headline} - San Marino RTV",
        sections=["News", "Attualità", "Politica", "Economia", "Sport", "Cultura"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 San Marino RTV S.p.A.",
        jsonld=[graph(crumbs, live)],
        main=main,
        body_cls="smrtv live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "corriereromagna-mareggiata-rimini-chiuso-lungomare-allagati-bagni-marina-centro",
        "Corriere Romagna (IT)",
        "it",
        "updates",
        CET,
        corriereromagna,
    ),
    Site(
        "lavoce-bora-a-fiume-chiusa-strada-costiera-traghetti-fermi-per-cherso-e-veglia",
        "La Voce del Popolo (HR)",
        "it",
        "updates",
        CET,
        lavoce,
    ),
    Site(
        "sanmarinortv-diretta-neve-titano-chiusa-superstrada-per-rimini-funivia-ferma",
        "San Marino RTV (SM)",
        "it",
        "live",
        CET,
        smrtv,
    ),
]
