"""Italian-language publishers: La Nuova Venezia, Il Giorno, La Sicilia."""

from __future__ import annotations

from datetime import datetime

from fx import (
    APPOINT,
    AREA,
    DEBT,
    GIFT,
    MUSEUM,
    OUTAGE,
    POTHOLE,
    RACE,
    SHELTER,
    SPOTLIGHT,
    TICKETS,
    TIPPING,
    TRIPS,
    board,
    bp,
    dot,
    drift,
    fall,
    graph,
    hm,
    ld,
    num,
    one,
    rise,
    slot,
    ticking,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
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
    "Viabilità",
    "Meteo",
    "Politica",
    "Scuola",
    "Salute",
    "Economia",
    "Cultura",
    "Tribunale",
    "Tempo libero",
    "Opinioni",
    "Necrologie",
]
_GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Servizi": ["Abbonamenti", "Edizione digitale", "Newsletter", "Viaggi dei lettori"],
            "Note legali": ["Privacy", "Cookie policy", "Condizioni d'uso", "Codice etico"],
        },
        legal,
    )


def _appuntamento(ctx: Ctx, days: list[int]) -> str:
    day, h, m = slot(ctx, days)
    return f"{_GIORNI[datetime(2026, 12, day).weekday()]} {day} dicembre alle {h}.{m:02d}"


# ---------------------------------------------------------------------------------------------
# La Nuova Venezia (+01:00), updates: bold "Aggiornato il 6 dicembre 2026 alle 22.40:" leads in the
# body class inside the story after paragraph 2, newest first; an italic "Articolo aggiornato con
# …" at the top and an italic bold "Correzione:" at the bottom


def nv(ctx: Ctx) -> Render:
    url = "https://www.nuovavenezia.it/venezia/cronaca/2026/12/06/news/acqua-alta-118-centimetri-mose-giu-piazza-san-marco-allagata-15933114"
    headline = "Acqua alta a 118 centimetri, il Mose resta giù: piazza San Marco allagata"
    published = at(CET, 6, 17, 55)
    cls = "nv-article__text"
    body = [
        "VENEZIA. L'acqua alta ha raggiunto domenica sera 118 centimetri alla Punta della Salute, allagando piazza San Marco e buona parte del centro storico.",
        "Le paratoie del Mose non sono state sollevate: secondo il Centro maree del Comune la previsione del pomeriggio indicava un massimo di 105 centimetri, sotto la soglia di attivazione.",
        "Il picco è arrivato alle 21.20, più alto del previsto a causa dello scirocco che ha soffiato per tutta la sera sull'Adriatico settentrionale.",
        "«Ci avevano detto 105, abbiamo tolto le paratie dai negozi e ora siamo sott'acqua», racconta Marta Zennaro, titolare di una bottega di vetri in calle dei Fabbri.",
        "Actv ha sospeso le linee 1 e 2 nel tratto tra Rialto e San Zaccaria, mentre le passerelle sono state montate lungo i percorsi principali.",
        "Il Consorzio Venezia Nuova ha annunciato che spiegherà lunedì le ragioni della mancata attivazione delle barriere.",
    ]
    top = Block(
        "update",
        None,
        None,
        None,
        ["Articolo aggiornato con le dichiarazioni del Centro maree e gli orari di Actv."],
    )
    notes = [
        Block(
            "update",
            "Aggiornato il 6 dicembre 2026 alle 22.40",
            at(CET, 6, 22, 40),
            None,
            [
                "Il Centro maree prevede un secondo picco di 95 centimetri lunedì alle 10.30. Le sirene suoneranno alle 7 in tutto il centro storico."
            ],
        ),
        Block(
            "update",
            "Aggiornato il 6 dicembre 2026 alle 20.15",
            at(CET, 6, 20, 15),
            None,
            [
                "Il sindaco ha convocato per le 22 l'unità di crisi a Ca' Farsetti. Le scuole del centro storico lunedì resteranno aperte."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aggiornato il 6 dicembre 2026 alle 23.52",
        at(CET, 6, 23, 52),
        None,
        [
            "L'acqua sta calando: alla Punta della Salute il livello è sceso sotto i 90 centimetri e Actv ha riattivato la linea 1 fino a San Zaccaria."
        ],
    )
    corr = Block(
        "correction",
        "Correzione",
        None,
        None,
        [
            "in una versione precedente avevamo scritto che la linea 2 era stata sospesa fino al Lido. Lo stop riguarda invece il tratto tra Rialto e San Zaccaria."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    top.html = f'<p class="{cls}"><em>{e(top.paras[0])}</em></p>'
    corr.html = f'<p class="{cls}"><em><strong>Correzione:</strong> {e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published

    tim = rise(ctx, 96, 8, 6)
    outage = bp(
        cls,
        one(
            ctx,
            [
                f"Tim {tim} segnalazioni da Venezia e Mestre nell'ultima ora, Vodafone {drift(ctx, 31, 7)}, Fastweb {drift(ctx, 9, 3)}.",
                f"{tim} utenti Tim segnalano problemi di rete a Venezia nell'ultima ora; {drift(ctx, 31, 7)} per Vodafone, {drift(ctx, 9, 3)} per Iliad.",
            ],
        ),
        OUTAGE,
        lead=f"Disservizi, ore {dot(ctx.ago(1, 14))}:",
    )
    appoint = bp(
        cls,
        f"il primo appuntamento libero all'anagrafe di Mestre è {_appuntamento(ctx, [15, 16, 17, 18])}. Si prenota online.",
        APPOINT,
        lead="Carta d'identità elettronica:",
    )
    trips = bp(
        cls,
        one(
            ctx,
            [
                f"mercatini di Natale a Salisburgo, tre giorni dal 18 dicembre, da 420 euro. Ultimi {fall(ctx, 6, 1, 1)} posti.",
                f"Capodanno a Vienna con concerto, quattro giorni dal 30 dicembre, da 690 euro. Ultimi {fall(ctx, 9, 1, 1)} posti.",
            ],
        ),
        TRIPS,
        lead="Viaggi dei lettori:",
    )
    debt, when = ticking(ctx, 3_092_418_775_000, 2_700)
    debt_line = bp(
        cls,
        f"{num(debt, '.')} euro, in aumento di 2.700 euro al secondo secondo le stime dell'Osservatorio conti pubblici.",
        DEBT,
        lead=f"Debito pubblico, ore {dot(when)}:",
    )
    seats = fall(ctx, 18, 2, 2)
    tickets = bp(
        cls,
        one(
            ctx,
            [
                f"Teatro La Fenice, «La traviata» martedì 8 dicembre alle 19: {seats} posti disponibili.",
                f"Teatro Goldoni, «Il campiello» mercoledì 9 dicembre alle 20.30: {seats} posti disponibili.",
            ],
        ),
        TICKETS,
        lead="Ultimi biglietti:",
    )
    museum = bp(
        cls,
        "«La Tempesta» di Giorgione, alle Gallerie dell'Accademia, sala 8.",
        MUSEUM,
        lead="L'opera del giorno:",
    )

    units = (
        [top.html] + [f'<p class="{cls}">{e(p)}</p>' for p in body[:2]] + [b.html for b in shown]
    )
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[2:]] + [corr.html]
    k = len(units)
    nn = len(shown)
    story = weave(
        ctx,
        units,
        [
            (outage, list(range(3, 4 + nn)), 0.9),
            (appoint, list(range(4 + nn, k)), 0.8),
            (trips, list(range(1, k + 1)), 0.8),
            (debt_line, [*range(3, 4 + nn), k], 0.85),
            (tickets, list(range(2, k)), 0.75),
            (museum, list(range(4 + nn, k + 1)), 0.6),
        ],
    )
    main = f"""<main class="nv-main">
<article class="nv-article" data-article="15933114">
<header class="nv-article__header"><p class="nv-article__occhiello">Venezia</p>
<h1 class="nv-article__title">{e(headline)}</h1>
<p class="nv-article__summary">Previsione sbagliata di tredici centimetri: negozi allagati in area marciana, vaporetti sospesi tra Rialto e San Zaccaria.</p>
<div class="nv-article__meta">di Giulia Scarpa · 06 dicembre 2026 · aggiornato alle {hm(modified)}</div>
<figure class="nv-article__media"><img src="/image/2026/12/06/acqua-alta-san-marco.jpg" alt=""><figcaption>Piazza San Marco allagata domenica sera (foto Interpress)</figcaption></figure>
</header>
<div class="nv-article__body">
{story}
</div>
{ad_slot("nv-adv", "Pubblicità", "nv_box_2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - La Nuova Venezia",
        canonical=url,
        prefix="nv",
        body_cls="nv-page nv-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Giulia Scarpa",
                    publisher=org("La Nuova Venezia", "https://www.nuovavenezia.it"),
                    lang="it-IT",
                    section="Venezia",
                )
            )
        ],
        nav=mega_nav(
            "nv",
            "La Nuova Venezia",
            "/",
            ["Venezia", "Mestre", "Riviera", "Chioggia", "Sport", "Cultura"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("nv", "© 2026 Nord Est Multimedia S.p.A."),
    )
    return Render(html, body, [top, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Il Giorno (+01:00), live, newest first, <section> posts each an <h4> clock heading "21:35" + an
# <h3> (one without headline); @graph with the NewsArticle first and a LiveBlogPosting


def giorno(ctx: Ctx) -> Render:
    url = "https://www.ilgiorno.it/milano/cronaca/diretta-blackout-citta-studi-metro-m2-ferma-4c7d1e2a"
    headline = "Blackout a Milano, la diretta: Città Studi al buio, metro M2 ferma tra Loreto e Cascina Gobba"
    published = at(CET, 6, 18, 30)
    cls = "ig-testo"
    body = [
        "Un guasto a una cabina elettrica di Unareti ha lasciato al buio domenica sera migliaia di famiglie tra Città Studi, Lambrate e viale Monza.",
        "La linea M2 della metropolitana è ferma tra Loreto e Cascina Gobba. Gli aggiornamenti in tempo reale, dal più recente.",
    ]
    specs = [
        (
            18,
            41,
            "Quartieri al buio",
            "Le prime segnalazioni arrivano da via Pascoli e piazza Leonardo da Vinci: spenti lampioni, semafori e insegne dei negozi.",
        ),
        (
            19,
            10,
            "M2 sospesa",
            "Atm comunica che la linea verde è sospesa tra Loreto e Cascina Gobba. In superficie sono attivi bus sostitutivi.",
        ),
        (
            19,
            55,
            None,
            "Secondo Unareti le utenze senza corrente sono circa 18mila. La causa è un guasto alla cabina primaria di via Ponzio.",
        ),
        (
            20,
            40,
            "Vigili del fuoco negli ascensori",
            "I vigili del fuoco hanno liberato undici persone rimaste bloccate negli ascensori, quattro delle quali nelle residenze universitarie del Politecnico.",
        ),
        (
            21,
            35,
            "Semafori spenti, vigili agli incroci",
            "La polizia locale presidia gli incroci di piazzale Loreto e viale Romagna, dove i semafori sono spenti da oltre due ore.",
        ),
        (
            22,
            30,
            "Corrente tornata in parte",
            "Unareti fa sapere che la corrente è tornata per circa due terzi delle utenze. Restano al buio via Pascoli e le vie intorno al Politecnico.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:53",
        at(CET, 6, 23, 53),
        "Riparte la M2",
        [
            "Atm annuncia che la linea M2 ha ripreso a circolare regolarmente tra Loreto e Cascina Gobba. Unareti conta di riallacciare le ultime utenze entro l'una."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def post(label: str, head: str | None, text: str) -> str:
        hd = f'<h3 class="ig-live__titolo">{e(head)}</h3>' if head else ""
        return (
            f'<section class="ig-live__post"><h4 class="ig-live__ora">{e(label)}</h4>{hd}'
            f'<div class="ig-live__corpo"><p class="{cls}">{e(text)}</p></div></section>'
        )

    for b in shown:
        b.html = post(b.label or "", b.head, b.paras[0])
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        return W(post(hm(ctx.ago(1, 22)), title, text), [title, text], kind)

    seats = fall(ctx, 31, 2, 2)
    tickets = fake(
        one(ctx, ["Scala, gli ultimi posti", "Teatro alla Scala: biglietti last minute"]),
        one(
            ctx,
            [
                f"Per la replica dell'«Otello» di giovedì restano {seats} posti in galleria, da 35 euro.",
                f"Per il balletto «Lo schiaccianoci» di sabato restano {seats} posti nei palchi di quarta fila.",
            ],
        ),
        TICKETS,
    )
    beds = fall(ctx, 42, 2, 2)
    shelter = fake(
        one(ctx, ["Piano freddo", "Emergenza freddo, i posti letto"]),
        one(
            ctx,
            [
                f"Nei centri di accoglienza del Comune restano {beds} posti letto liberi per stanotte. Dati aggiornati alle {dot(ctx.ago(3, 35))}.",
                f"Piano freddo del Comune di Milano: ancora {beds} posti disponibili nei dormitori di via Ortles e viale Aretusa (aggiornamento delle {dot(ctx.ago(3, 35))}).",
            ],
        ),
        SHELTER,
    )
    ranks = board(
        ctx, ["Nerazzurro78", "Navigli_FC", "Brera_United", "Lambrate1908", "SanSiroSandro"], 212
    )
    tipping = fake(
        "Fantacampionato Il Giorno",
        f"Dopo Inter-Juventus guida {ranks[0][0]} con {ranks[0][1]} punti, davanti a {ranks[1][0]} ({ranks[1][1]}) e {ranks[2][0]} ({ranks[2][1]}).",
        TIPPING,
    )
    gift = bp(
        cls,
        f"Regala questo articolo: ti restano {ctx.rng.randint(1, 5)} articoli da regalare questo mese.",
        GIFT,
    )
    appoint = bp(
        cls,
        f"prima data libera per la carta d'identità elettronica all'ufficio di via Larga: {_appuntamento(ctx, [14, 15, 16, 17])}.",
        APPOINT,
        lead="Anagrafe di Milano:",
    )
    left = fall(ctx, 582, 5, 4)
    race = bp(
        cls,
        f"Babbo Running del 20 dicembre all'Arco della Pace: {num(4_000 - left + ctx.rng.randint(0, 3), '.')} iscritti, {left} pettorali ancora disponibili.",
        RACE,
    )
    area = bp(
        cls,
        "Scegli il tuo quartiere: imposta Città Studi o Lambrate per ricevere prima le notizie della tua zona.",
        AREA,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(appoint, [0, 1, 2], 0.7), (gift, [1, 2], 0.65), (area, [0, 2], 0.5)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (tickets, list(range(0, n + 1)), 0.85),
            (shelter, list(range(1, n + 1)), 0.85),
            (tipping, list(range(2, n + 1)), 0.7),
            (race, [0, n], 0.7),
        ],
    )
    publisher = org("Il Giorno", "https://www.ilgiorno.it")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Luca Bernasconi",
        publisher=publisher,
        lang="it-IT",
        section="Milano",
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
    main = f"""<main class="ig-main">
<article class="ig-article ig-article--live">
<header class="ig-article__header"><p class="ig-article__occhiello">Milano · Diretta</p>
<h1 class="ig-article__titolo">{e(headline)}</h1>
<p class="ig-article__sommario">Guasto alla cabina primaria di via Ponzio: semafori spenti, persone bloccate negli ascensori.</p>
<div class="ig-article__firma">di Luca Bernasconi · 6 dicembre 2026 · Ultimo aggiornamento {hm(modified)}</div>
</header>
<div class="ig-live__apertura">
{intro}
</div>
{ad_slot("ig-adv", "Pubblicità", "ig_mpu_live")}
<div class="ig-live">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - Il Giorno",
        canonical=url,
        prefix="ig",
        body_cls="ig-page ig-page--diretta",
        jsonld=[graph(article, live)],
        nav=mega_nav(
            "ig",
            "Il Giorno",
            "/",
            ["Milano", "Lombardia", "Cronaca", "Sport", "Economia", "Spettacoli"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("ig", "© 2026 Monrif Net S.r.l."),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# La Sicilia (+01:00), live, oldest first, <div> events with a bold <b> "16.35" + <h2> (one without
# headline); no live-blog markup at all


def sicilia(ctx: Ctx) -> Render:
    url = "https://www.lasicilia.it/catania/news/etna-nuovo-parossismo-aeroporto-di-catania-chiuso-per-la-cenere-la-diretta-2384711"
    headline = "Etna, nuovo parossismo: aeroporto di Catania chiuso per la cenere. La diretta"
    published = at(CET, 6, 16, 20)
    cls = "ls-paragrafo"
    body = [
        "Nuova fase parossistica dell'Etna nel pomeriggio di domenica: dal cratere di Sud-Est si è alzata una fontana di lava e una nube di cenere alta diversi chilometri.",
        "La Sac ha chiuso lo scalo di Fontanarossa e i voli vengono dirottati su Palermo e Comiso. Qui gli aggiornamenti in ordine cronologico.",
    ]
    specs = [
        (
            16,
            35,
            "Fontana di lava dal Sud-Est",
            "L'Ingv di Catania segnala una fontana di lava dal cratere di Sud-Est e un forte aumento del tremore vulcanico.",
        ),
        (
            17,
            10,
            "Fontanarossa, stop ai voli",
            "La Sac comunica la chiusura dell'aeroporto. Gli arrivi sono dirottati su Palermo e Comiso, le partenze sono sospese.",
        ),
        (
            17,
            50,
            None,
            "La cenere cade su Zafferana Etnea, Milo e Giarre. I sindaci invitano a non usare moto e bici e a guidare piano sulle strade coperte di sabbia vulcanica.",
        ),
        (
            19,
            5,
            "Esaurita la fontana di lava",
            "Secondo l'Ingv la fontana di lava si è esaurita alle 18.40. Prosegue una debole emissione di cenere dal cratere.",
        ),
        (
            20,
            30,
            "Navette per Palermo",
            "La Sac ha organizzato bus navetta gratuiti da Fontanarossa all'aeroporto di Palermo per i passeggeri dei voli dirottati.",
        ),
        (
            22,
            15,
            "Riapertura forse domattina",
            "L'unità di crisi si riunirà alle 6 per decidere sulla riapertura dello scalo. Il settore B dello spazio aereo resta chiuso.",
        ),
    ]
    entries = [
        Block("live_entry", dot(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23.54",
        at(CET, 6, 23, 54),
        "Riaperto un settore dello spazio aereo",
        [
            "La Sac comunica che dalle 23.45 sono consentiti gli arrivi, con una capacità ridotta a quattro voli l'ora. Le partenze restano sospese fino alle 6."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def event(label: str, head: str | None, text: str) -> str:
        hd = f'<h2 class="ls-diretta__titolo">{e(head)}</h2>' if head else ""
        return (
            f'<div class="ls-diretta__evento"><span class="ls-diretta__ora"><b>{e(label)}</b></span>{hd}'
            f'<p class="{cls}">{e(text)}</p></div>'
        )

    for b in shown:
        b.html = event(b.label or "", b.head, b.paras[0])
    modified = shown[-1].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        return W(event(dot(ctx.ago(1, 22)), title, text), [title, text], kind)

    holes = rise(ctx, 212, 2, 1)
    pothole = fake(
        one(ctx, ["Buche segnalate a Catania", "Strade, le buche della settimana"]),
        f"Segnalate questa settimana all'app del Comune {holes} buche, {holes - drift(ctx, 81, 4)} già riparate. Le zone con più segnalazioni: Librino e Picanello. Aggiornato alle {dot(ctx.ago(4, 50))}.",
        POTHOLE,
    )
    left = fall(ctx, 158, 2, 2)
    race = fake(
        "Maratonina di Catania",
        f"Per la Maratonina del 24 gennaio sono già {num(2_000 - left + ctx.rng.randint(0, 2), '.')} gli iscritti: restano {left} pettorali.",
        RACE,
    )
    debt, when = ticking(ctx, 3_092_418_775_000, 2_700)
    debt_line = fake(
        "Il contatore del debito pubblico",
        f"Alle {dot(when)} il debito pubblico italiano è di {num(debt, '.')} euro, e cresce di 2.700 euro al secondo.",
        DEBT,
    )
    seats = fall(ctx, 22, 2, 2)
    tickets = bp(
        cls,
        one(
            ctx,
            [
                f"«Norma» al Teatro Massimo Bellini, giovedì 10 dicembre alle 20.30: ultimi {seats} posti.",
                f"Concerto di Natale dell'orchestra del Bellini, domenica 13 dicembre alle 18: ultimi {seats} posti.",
            ],
        ),
        TICKETS,
        lead="Biglietti:",
    )
    spotlight = bp(
        cls,
        "la pasticceria di via Etnea che da settant'anni prepara le minne di Sant'Agata e la cassata al forno.",
        SPOTLIGHT,
        lead="Bottega del mese:",
    )
    gift = bp(
        cls,
        f"Sei abbonato? Puoi regalare ancora {ctx.rng.randint(1, 5)} articoli questo mese: condividi questa diretta.",
        GIFT,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(tickets, [0, 1, 2], 0.75), (spotlight, [1, 2], 0.55), (gift, [2], 0.6)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (pothole, list(range(0, n + 1)), 0.8),
            (race, list(range(1, n + 1)), 0.75),
            (debt_line, list(range(1, n + 1)), 0.85),
        ],
    )
    main = f"""<main class="ls-main">
<article class="ls-articolo ls-articolo--diretta">
<header class="ls-articolo__testata"><p class="ls-articolo__categoria">Catania</p>
<h1 class="ls-articolo__titolo">{e(headline)}</h1>
<p class="ls-articolo__occhiello">Fontana di lava dal cratere di Sud-Est, cenere sui paesi del versante orientale.</p>
<div class="ls-articolo__info">Redazione · 6 Dicembre 2026 · aggiornato alle {dot(modified)}</div>
</header>
<div class="ls-diretta__intro">
{intro}
</div>
{ad_slot("ls-adv", "Pubblicità", "ls_box_diretta")}
<div class="ls-diretta">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} - La Sicilia",
        canonical=url,
        prefix="ls",
        body_cls="ls-page ls-page--diretta",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione La Sicilia",
                    publisher=org("La Sicilia", "https://www.lasicilia.it"),
                    lang="it-IT",
                    section="Catania",
                )
            )
        ],
        nav=mega_nav(
            "ls",
            "La Sicilia",
            "/",
            ["Catania", "Siracusa", "Ragusa", "Enna", "Sport", "Cultura"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("ls", "© 2026 Domenico Sanfilippo Editore S.p.A."),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "nuovavenezia-acqua-alta-118-mose-giu-piazza-san-marco-allagata",
        "La Nuova Venezia",
        "it",
        "updates",
        CET,
        nv,
    ),
    Site(
        "ilgiorno-diretta-milano-blackout-citta-studi-metro-m2-ferma",
        "Il Giorno",
        "it",
        "live",
        CET,
        giorno,
    ),
    Site(
        "lasicilia-diretta-etna-parossismo-aeroporto-catania-chiuso",
        "La Sicilia",
        "it",
        "live",
        CET,
        sicilia,
    ),
]
