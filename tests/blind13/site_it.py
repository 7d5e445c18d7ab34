"""Italian-language publishers: Giornale di Brescia, Corriere Adriatico, Alto Adige."""

from __future__ import annotations

from datetime import datetime

from fx import cams, counter, hm, link_list, num, poll, text_box
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    e,
    live_posting,
    news_article,
    org,
    pick,
    shell,
    weave,
)

CET = 1


def dot(dt: datetime) -> str:
    return hm(dt, ".")


def _parcheggi(ctx: Ctx, cls: str, city: str, names: list[str]) -> W:
    return text_box(
        cls,
        f"Parcheggi a {city}",
        [f"{p}: {ctx.rng.randint(9, 260)} posti liberi" for p in pick(ctx, names, 2)]
        + [f"Disponibilità aggiornata alle {dot(ctx.ago(0, 5))}"],
        "parking-garage occupancy with its own time",
    )


def _tv_order(show: tuple[str, str]) -> float:
    hour = float(show[0])
    return hour + 24 if hour < 6 else hour


# ---------------------------------------------------------------------------------------------
# Giornale di Brescia (+01:00), updates after the story, newest first; correction at the top


def gdb(ctx: Ctx) -> Render:
    url = "https://www.giornaledibrescia.it/brescia-e-hinterland/rezzato-incendio-capannone-rifiuti-nube-fumo-finestre-chiuse-hx7k2p"
    headline = "Rezzato, brucia un capannone di rifiuti: nube di fumo sulla città, «tenete le finestre chiuse»"
    published = at(CET, 6, 17, 50)
    body = [
        "Un incendio è divampato nel tardo pomeriggio di domenica in un capannone per lo stoccaggio di rifiuti plastici nella zona industriale di Rezzato, lungo via Prati. Una colonna di fumo nero era visibile da tutta la città.",
        "Sul posto sono intervenute dieci squadre dei vigili del fuoco dal comando provinciale di Brescia e dai distaccamenti di Salò e Chiari. Non ci sono feriti: i due addetti presenti nell'impianto sono usciti da soli.",
        "Il sindaco di Rezzato ha firmato un'ordinanza che invita i residenti nel raggio di due chilometri a tenere chiuse porte e finestre e a non raccogliere ortaggi dagli orti fino a nuova comunicazione.",
        "I tecnici dell'Arpa Lombardia hanno posizionato due campionatori ad alto volume, a Rezzato e a Botticino, per misurare la presenza di diossine nell'aria. I primi risultati sono attesi entro martedì.",
        "Il capannone, di circa tremila metri quadrati, era già stato sequestrato per alcuni mesi nel 2024 per irregolarità nella gestione dei materiali. La Procura di Brescia ha aperto un fascicolo.",
    ]
    corr = Block(
        "correction",
        "Rettifica",
        None,
        None,
        [
            "in una prima versione di questo articolo l'impianto era collocato in via Broli. L'indirizzo corretto è via Prati. Ci scusiamo con i lettori."
        ],
    )
    notes = [
        Block(
            "update",
            "Aggiornamento ore 22.30",
            at(CET, 6, 22, 30),
            None,
            [
                "I vigili del fuoco hanno circoscritto le fiamme. Le operazioni di spegnimento e di raffreddamento proseguiranno per tutta la notte."
            ],
        ),
        Block(
            "update",
            "Aggiornamento ore 20.15",
            at(CET, 6, 20, 15),
            None,
            [
                "Chiusa al traffico la provinciale 45 bis tra Rezzato e Virle per consentire il passaggio dei mezzi di soccorso. Deviazioni su via Zanardelli."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Aggiornamento ore 23.52",
        at(CET, 6, 23, 52),
        None,
        [
            "Le scuole di Rezzato resteranno chiuse lunedì in via precauzionale: lo ha deciso il sindaco dopo una riunione con la Prefettura."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = (
            f'<div class="article-update"><h3 class="article-update__label">{e(b.label or "")}</h3>'
            f'<p class="article-update__text">{e(b.paras[0])}</p></div>'
        )
    corr.html = f'<p class="paragraph paragraph--rettifica"><em><strong>Rettifica:</strong> {e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published

    pm = 61 + ctx.rng.randint(0, 25) - 3 * ctx.n
    air = text_box(
        "gdb-aria",
        "Qualità dell'aria",
        [
            f"Centralina Arpa di Rezzato: PM10 {pm} µg/m³, {'oltre il limite' if pm > 50 else 'entro il limite'}",
            f"Dato aggiornato alle {dot(ctx.ago(10, 50))}",
        ],
        "air-quality or pollen index with its own update time",
    )
    lotto = text_box(
        "gdb-lotto",
        "Estrazioni",
        pick(
            ctx,
            [
                "SuperEnalotto di sabato 5 dicembre: 4 - 16 - 23 - 48 - 61 - 77, jolly 30, superstar 12",
                "Lotto di sabato 5 dicembre, ruota di Milano: 7 - 19 - 44 - 56 - 81",
                "10eLotto di sabato: numero oro 19, doppio oro 19 e 44",
            ],
            1,
        ),
        "lottery results",
    )
    signs = [
        "Sagittario: una deviazione imprevista vi porta dove serve. Non fatevi fermare dai contrattempi.",
        "Capricorno: qualcuno vi chiede una mano con un lavoro impegnativo. Accettate, ne vale la pena.",
        "Acquario: un progetto lasciato da parte torna d'attualità. Tenete gli occhi aperti.",
        "Pesci: concedetevi una serata tranquilla, la settimana sarà intensa.",
    ]
    horo = text_box("gdb-oroscopo", "Oroscopo", pick(ctx, signs, 1), "horoscope snippet")
    shows = [
        ("21.25", "Rai 1: Il Commissario Ricciardi"),
        ("21.20", "Canale 5: Pressing"),
        ("23.15", "Rai 3: Report, la replica"),
        ("23.40", "Teletutto: Brescia Sport"),
        ("0.15", "Rete 4: Quarta Repubblica"),
    ]
    tv = link_list(
        "gdb-tv",
        "Stasera in tv",
        [f"{t} · {w}" for t, w in sorted(pick(ctx, shows, 3), key=_tv_order)],
        "TV listings with clock times",
    )
    variants = [
        "Brescia, il nuovo orario della metro: corse ogni tre minuti nelle ore di punta",
        "Metro di Brescia più frequente: ecco il nuovo orario",
    ]
    teaser = link_list(
        "gdb-nonperdere",
        "Da non perdere",
        [variants[ctx.rng.randint(0, 1)]],
        "A/B headline variants of other stories",
    )
    policy = text_box(
        "gdb-policy",
        "",
        [
            "Rettifiche e precisazioni: il Giornale di Brescia corregge tempestivamente gli errori segnalati. Scrivete a rettifiche@giornaledibrescia.it."
        ],
        "corrections-policy boilerplate (static)",
        tag="div",
    )
    prk = _parcheggi(
        ctx,
        "gdb-parcheggi",
        "Brescia",
        [
            "Parcheggio Vittoria",
            "Parcheggio Arnaldo",
            "Parcheggio Randaccio",
            "Parcheggio Fossa Bagni",
        ],
    )
    recipes = [
        "La ricetta del giorno: casoncelli alla bresciana con burro e salvia",
        "La ricetta del giorno: spiedo bresciano, la versione al forno",
        "La ricetta del giorno: bossolà, il dolce di Natale",
    ]
    recipe = text_box("gdb-ricetta", "In cucina", pick(ctx, recipes, 1), "recipe of the day")
    units = (
        [corr.html]
        + [f'<p class="paragraph">{e(p)}</p>' for p in body]
        + [b.html for b in shown]
        + [ctx.put(policy)]
    )
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (air, list(range(2, k)), 0.9),
            (teaser, list(range(2, k - 1)), 0.7),
            (prk, list(range(3, k)), 0.6),
            (tv, list(range(len(body) + 1, k)), 0.5),
        ],
    )
    side = "\n".join(
        [
            ctx.maybe(horo, 0.8),
            ad_slot("gdb-adv", "Pubblicità", "gdb-box-1"),
            ctx.maybe(lotto, 0.8),
            ctx.maybe(recipe, 0.7),
        ]
    )
    main = f"""<main class="gdb-main">
<article class="article-full">
<header class="article-full__header">
<p class="article-full__section">Brescia e hinterland</p>
<h1 class="article-full__title">{e(headline)}</h1>
<p class="article-full__subtitle">Dieci squadre dei vigili del fuoco al lavoro in via Prati. Ordinanza del sindaco, l'Arpa misura le diossine</p>
<p class="article-full__info"><span class="article-full__author">Michela Bonetti</span> · <time datetime="{published.isoformat()}">06 dicembre 2026, 17:50</time> · aggiornato alle {e(hm(modified))}</p>
<figure class="article-full__image"><img src="/media/rezzato-incendio.jpg" alt=""><figcaption>La colonna di fumo vista dalla tangenziale sud © Neg</figcaption></figure>
</header>
<div class="article-full__body">
{story}
</div>
</article>
<aside class="gdb-sidebar">{side}</aside>
</main>"""
    pub = org("Giornale di Brescia", "https://www.giornaledibrescia.it")
    html = shell(
        ctx,
        lang="it",
        title=f"{headline} | Giornale di Brescia",
        canonical=url,
        prefix="gdb",
        body_cls="gdb-article-page",
        jsonld=[
            news_article(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                author="Michela Bonetti",
                publisher=pub,
                lang="it",
                section="Brescia e hinterland",
            )
        ],
        nav='<nav class="gdb-nav"><a href="/" class="gdb-logo">Giornale di Brescia</a><a href="/brescia-e-hinterland">Brescia</a> <a href="/provincia">Provincia</a> <a href="/sport">Sport</a></nav>',
        main=main,
        footer='<footer class="gdb-footer"><p>© 2026 Editoriale Bresciana S.p.A.</p><a href="/privacy">Privacy</a></footer>',
    )
    return Render(html, body, [corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Corriere Adriatico (+01:00), live <li> posts newest first, LiveBlogPosting JSON-LD


def cadriatico(ctx: Ctx) -> Render:
    url = "https://www.corriereadriatico.it/ancona/diretta_scossa_terremoto_largo_ancona_magnitudo_4_1_oggi-8412077.html"
    headline = "Terremoto al largo di Ancona, scossa di magnitudo 4.1: la diretta"
    published = at(CET, 6, 18, 40)
    body = [
        "Una scossa di terremoto di magnitudo 4.1 è stata avvertita alle 18.21 lungo la costa marchigiana, con epicentro in mare a circa 25 chilometri dal porto di Ancona. Molte persone sono scese in strada.",
        "Non risultano danni gravi, ma i vigili del fuoco stanno effettuando verifiche negli edifici pubblici. Seguiamo la situazione in diretta.",
    ]
    specs = [
        (
            22,
            43,
            "Scuole chiuse lunedì ad Ancona e Falconara",
            [
                "I sindaci di Ancona e Falconara Marittima hanno firmato le ordinanze di chiusura delle scuole di ogni ordine e grado per consentire i sopralluoghi."
            ],
        ),
        (
            21,
            50,
            "Riaperta la stazione ferroviaria",
            [
                "Rfi ha concluso le verifiche sulla linea adriatica: i treni tornano a fermare ad Ancona, con ritardi fino a 40 minuti."
            ],
        ),
        (
            21,
            2,
            None,
            [
                "Centinaia di chiamate al numero di emergenza, ma la centrale operativa precisa che si tratta quasi sempre di richieste di informazioni."
            ],
        ),
        (
            20,
            15,
            "Crepe nella chiesa di San Domenico",
            [
                "I vigili del fuoco hanno transennato l'ingresso della chiesa di San Domenico dopo aver trovato alcune crepe nella facciata. Nessun pericolo per le abitazioni vicine."
            ],
        ),
        (
            19,
            28,
            "Il sindaco: «Nessun danno grave»",
            [
                "Il sindaco di Ancona ha convocato il centro operativo comunale. «Al momento non ci sono segnalazioni di danni gravi né di feriti», ha detto."
            ],
        ),
        (
            18,
            46,
            "Paura in centro, gente in strada",
            [
                "In corso Garibaldi e in piazza Cavour molte persone sono uscite dai negozi e dalle case. La scossa è stata avvertita fino a Senigallia e Macerata."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), head, p)
        for h, m, head, p in specs
    ]
    genuine = Block(
        "live_entry",
        "23:53",
        at(CET, 6, 23, 53),
        "Aperta un'area di attesa al PalaRossini",
        [
            "Il Comune ha allestito il PalaRossini per chi preferisce non dormire in casa stanotte. Disponibili brandine e coperte della Protezione civile."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries
    for b in shown:
        head = f'<h3 class="cad-live__titolo">{e(b.head)}</h3>' if b.head else ""
        ps_ = "".join(f"<p>{e(p)}</p>" for p in b.paras)
        b.html = f'<li class="cad-live__item"><strong class="cad-live__ora">{e(b.label or "")}</strong>{head}<div class="cad-live__testo">{ps_}</div></li>'
    modified = shown[0].ts or published

    feed = [
        (18, 21, "4.1", "Costa Marchigiana Anconetana (Ancona)"),
        (19, 2, "2.4", "Costa Marchigiana Anconetana (Ancona)"),
        (20, 44, "1.9", "Mar Adriatico Centrale"),
        (21, 19, "1.6", "Costa Marchigiana Pesarese"),
        (22, 32, "2.0", "2 km E di Norcia (PG)"),
        (22, 50, "1.3", "3 km NE di Serra San Quirico (AN)"),
        (23, 12, "2.2", "Costa Marchigiana Anconetana (Ancona)"),
        (23, 37, "1.5", "5 km SO di Camerino (MC)"),
    ]
    seen = [q for q in feed if at(CET, 6, q[0], q[1]) <= ctx.ago(2, 6)][-3:][::-1]
    qlines = [f"ore {h}.{mm:02d} — magnitudo {m} — {p}" for h, mm, m, p in seen]
    qlines.append(f"Fonte Ingv, elenco aggiornato alle {dot(ctx.ago(0, 3))}")
    quake = link_list("cad-ingv", "Ultimi terremoti", qlines, "earthquake feed with clocks")
    films = [
        ("20.30", "Cinema Azzurro: Il Gladiatore II"),
        ("21.00", "Multiplex Giometti: Oceania 2"),
        ("21.15", "Cinema Italia: Parthenope"),
        ("22.00", "Dorico: Conclave"),
    ]
    cine = link_list(
        "cad-cinema",
        "Al cinema stasera",
        [f"{t} · {w}" for t, w in sorted(pick(ctx, films, 2))],
        "cinema showtimes with clock times",
    )
    events = [
        ("21.00", "Concerto di Natale al Teatro delle Muse"),
        ("21.30", "Jazz alla Mole Vanvitelliana"),
        ("22.00", "Serata di cabaret al Teatro Sperimentale"),
    ]
    ev = link_list(
        "cad-eventi",
        "Eventi stasera",
        [f"{t} · {w}" for t, w in sorted(pick(ctx, events, 2))],
        "event calendar with clock times",
    )
    episodes = [
        ("Marche, perché la terra trema sempre qui", "21 min"),
        ("Il porto di Ancona e le crociere del 2027", "18 min"),
        ("Ancona-Jesi, la storia di un derby", "25 min"),
    ]
    ep = pick(ctx, episodes, 1)[0]
    pod = W(
        f'<div class="cad-podcast"><p class="cad-podcast__nome">Il podcast del Corriere Adriatico</p><p class="cad-podcast__titolo">{e(ep[0])}</p><span>{ep[1]}</span></div>',
        [ep[0]],
        "podcast player with durations",
    )
    readers = counter(
        ctx, "cad-lettori", 3180, 220, "{n} persone stanno leggendo questa diretta", "."
    )
    pollw = poll(
        ctx,
        "cad-sondaggio",
        "Sondaggio",
        "Avete sentito la scossa di stasera?",
        ["Sì, molto forte", "Sì, leggera", "No, non me ne sono accorto"],
        [44, 39, 17],
        (1420, 90),
        lambda v, t: f"{num(v, '.')} voti · risultati alle {dot(t)}",
        pct="{opt}: {p}%",
    )
    deals = [
        "Torcia ricaricabile Ledlenser a 34,90 euro su Amazon",
        "Kit di emergenza con radio a manovella a 29,99 euro",
        "Powerbank Xiaomi 20.000 mAh a 24,99 euro",
    ]
    aff = text_box(
        "cad-offerte",
        "Offerte",
        [
            *pick(ctx, deals, 1),
            "Il Corriere Adriatico riceve una commissione sugli acquisti fatti tramite questi link.",
        ],
        "affiliate product box with prices",
    )
    units = [b.html for b in shown]
    k = len(units)
    feed = weave(
        ctx,
        units,
        [
            (quake, list(range(0, k + 1)), 0.9),
            (pollw, list(range(1, k)), 0.7),
            (pod, list(range(1, k + 1)), 0.6),
            (readers, [0, 1], 0.8),
            (aff, list(range(2, k + 1)), 0.5),
        ],
    )
    side = "\n".join(
        [ctx.maybe(cine, 0.8), ad_slot("cad-adv", "Pubblicità", "cad-mpu-1"), ctx.maybe(ev, 0.7)]
    )
    main = f"""<main class="cad-main">
<article class="cad-articolo cad-articolo--diretta">
<header class="cad-articolo__head">
<span class="cad-articolo__live">DIRETTA</span>
<h1 class="cad-articolo__titolo">{e(headline)}</h1>
<p class="cad-articolo__firma">di Lorenzo Sbarbati</p>
<p class="cad-articolo__data">Domenica 6 Dicembre 2026, 18:40 - Ultimo aggiornamento: {e(hm(modified))}</p>
</header>
<div class="cad-diretta-intro">
{"".join(f'<p class="cad-p">{e(p)}</p>' for p in body)}
</div>
<ul class="cad-live">
{feed}
</ul>
</article>
<aside class="cad-aside">{side}</aside>
</main>"""
    pub = org("Corriere Adriatico", "https://www.corriereadriatico.it")
    html = shell(
        ctx,
        lang="it",
        title=f"{headline}",
        canonical=url,
        prefix="cad",
        body_cls="ced-page",
        jsonld=[
            {"@context": "https://schema.org"}
            | live_posting(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                start=published,
                publisher=pub,
                entries=shown,
                lang="it",
            )
        ],
        nav='<nav class="cad-nav"><a href="/" class="cad-logo">Corriere Adriatico</a><a href="/ancona">Ancona</a> <a href="/pesaro">Pesaro</a> <a href="/macerata">Macerata</a></nav>',
        main=main,
        footer='<footer class="cad-footer"><p>© 2026 Corriere Adriatico – Caltagirone Editore</p></footer>',
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Alto Adige (+01:00), live <section> entries oldest first, no live JSON-LD


def altoadige(ctx: Ctx) -> Render:
    url = "https://www.altoadige.it/cronaca/bolzano/diretta-incendio-galleria-virgolo-bolzano-1.3924117"
    headline = "Incendio nella galleria del Virgolo, Bolzano divisa in due: la diretta"
    published = at(CET, 6, 17, 15)
    body = [
        "Un furgone ha preso fuoco nel pomeriggio di domenica all'interno della galleria del Virgolo, a Bolzano, poco dopo l'ingresso lato Oltrisarco. Il fumo ha invaso il tunnel e la galleria è stata chiusa in entrambe le direzioni.",
        "Il traffico verso la Bassa Atesina è deviato su via Claudia de' Medici e sulla statale 12. Gli aggiornamenti, dal più vecchio al più recente.",
    ]
    specs = [
        (
            17,
            30,
            "Fumo nero dagli imbocchi",
            [
                "Chi percorre via Castel Firmiano vede uscire fumo nero da entrambi gli imbocchi della galleria. I vigili del fuoco permanenti di Bolzano sono sul posto."
            ],
        ),
        (
            18,
            10,
            "L'autista si è salvato da solo",
            [
                "Il conducente del furgone, un artigiano di Laives, è riuscito a fermare il mezzo e a uscire a piedi prima che le fiamme si estendessero. È stato medicato sul posto."
            ],
        ),
        (
            19,
            0,
            None,
            [
                "Code lunghe fino al ponte Roma su via Claudia de' Medici. La polizia municipale invita a evitare l'attraversamento del centro in auto."
            ],
        ),
        (
            20,
            25,
            "Incendio spento, ora i controlli sulla volta",
            [
                "Le fiamme sono state spente. I tecnici della Provincia verificano se il calore ha danneggiato la volta della galleria e l'impianto di ventilazione."
            ],
        ),
        (
            21,
            40,
            "Autobus Sasa deviati",
            [
                "La Sasa comunica che le linee 110 e 111 per Laives e Bronzolo sono deviate lungo via Claudia de' Medici, con ritardi di circa venti minuti."
            ],
        ),
        (
            22,
            50,
            "La galleria resterà chiusa per la notte",
            [
                "La Provincia annuncia che la galleria non riaprirà prima di lunedì mattina: la ventilazione va ripristinata e il manto stradale ripulito."
            ],
        ),
    ]
    entries = [
        Block("live_entry", f"ore {dot(at(CET, 6, h, m))}", at(CET, 6, h, m), head, p)
        for h, m, head, p in specs
    ]
    genuine = Block(
        "live_entry",
        "ore 23.54",
        at(CET, 6, 23, 54),
        "Riapre una corsia verso Bolzano sud",
        [
            "A sorpresa la Provincia riapre una corsia in direzione Bolzano sud, a senso unico alternato, per il traffico dei mezzi pesanti diretti in autostrada."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        head = f'<h2 class="aa-liveblog__titolo">{e(b.head)}</h2>' if b.head else ""
        ps_ = "".join(f'<p class="aa-liveblog__testo">{e(p)}</p>' for p in b.paras)
        b.html = f'<section class="aa-liveblog__entry"><p class="aa-liveblog__ora"><b>{e(b.label or "")}</b></p>{head}{ps_}</section>'
    modified = shown[-1].ts or published

    camw = cams(
        ctx,
        "aa-webcam",
        "Webcam",
        ["A22 Bolzano Sud", "Ponte Roma", "Piazza Verdi", "Via Claudia de' Medici", "A22 Ora/Egna"],
        "{cam}, immagine delle {time}",
        1,
        dot,
    )
    history = [
        "Accadde oggi, 1952: inaugurata la prima funivia del Renon dopo la guerra.",
        "Accadde oggi, 1988: la galleria del Virgolo viene aperta al traffico dopo tre anni di lavori.",
        "Accadde oggi, 1966: nevicata record a Bolzano, 40 centimetri in una notte.",
    ]
    today = text_box("aa-accadde", "Accadde oggi", pick(ctx, history, 1), "this day in history")
    pets = [
        "Smarrito a Gries: gatto nero con collarino rosso, risponde al nome di Pepe.",
        "Trovata a Laives: cagnolina meticcia, ora al canile di Sill.",
        "Smarrito a Merano: pappagallino verde e giallo, molto docile.",
    ]
    pet = text_box(
        "aa-animali", "Animali smarriti e ritrovati", pick(ctx, pets, 1), "lost and found pets"
    )
    books = [
        "Francesca Melandri: Eva dorme",
        "Sepp Mall: Ai margini dell'Impero",
        "Reinhold Messner: Il limite della vita",
        "Lilli Gruber: Il secolo delle donne",
    ]
    best = link_list(
        "aa-classifica",
        "I libri più venduti a Bolzano",
        [f"{i + 1}. {b}" for i, b in enumerate(pick(ctx, books, 3))],
        "bestseller list that reorders",
    )
    latest = [
        "Bolzano, il nuovo ponte sull'Isarco slitta al 2028",
        "Oltrisarco, il quartiere chiede più parcheggi",
        "A22, i lavori notturni di dicembre",
        "Sasa, arrivano gli autobus a idrogeno",
    ]
    bio = text_box(
        "aa-autore",
        "",
        [
            "Giulia Pichler segue la cronaca di Bolzano e i trasporti per l'Alto Adige.",
            *(f"Dello stesso autore: {t}" for t in pick(ctx, latest, 2)),
        ],
        "author bio with rotating latest list",
    )
    day = ctx.local.day
    clue = text_box(
        "aa-giochi",
        "Cruciverba",
        [
            "Cruciverba del 6 dicembre: il fiume che attraversa Bolzano (7)"
            if day == 6
            else "Cruciverba del 7 dicembre: passo tra Val Badia e Val Gardena (4)"
        ],
        "puzzle clue of the day",
    )
    lotto = text_box(
        "aa-lotto",
        "Estrazioni",
        pick(
            ctx,
            [
                "Lotto di sabato 5 dicembre, ruota di Venezia: 12 - 45 - 67 - 3 - 88",
                "SuperEnalotto di sabato 5 dicembre: 4 - 16 - 23 - 48 - 61 - 77, jolly 30",
            ],
            1,
        ),
        "lottery results",
    )
    prk = _parcheggi(
        ctx,
        "aa-parcheggi",
        "Bolzano",
        [
            "Parcheggio Piazza Walther",
            "Parcheggio Bolzano Centro",
            "Parcheggio Fiera",
            "Parcheggio Mayr-Nusser",
        ],
    )
    units = [b.html for b in shown]
    k = len(units)
    feed = weave(
        ctx,
        units,
        [
            (camw, list(range(0, k + 1)), 0.9),
            (prk, list(range(1, k + 1)), 0.7),
            (today, list(range(1, k)), 0.6),
            (pet, list(range(2, k + 1)), 0.5),
        ],
    )
    side = "\n".join(
        [
            ctx.maybe(best, 0.9),
            ad_slot("aa-adv", "Pubblicità", "aa-box-2"),
            ctx.maybe(lotto, 0.8),
            ctx.maybe(clue, 0.9),
        ]
    )
    main = f"""<main class="aa-main">
<article class="aa-article">
<header class="aa-article__header">
<p class="aa-article__occhiello">Cronaca · Bolzano</p>
<h1 class="aa-article__title">{e(headline)}</h1>
<p class="aa-article__meta">di Giulia Pichler · <time datetime="{published.isoformat()}">06 dicembre 2026</time> · aggiornato alle {e(dot(modified))}</p>
</header>
<div class="aa-liveblog__intro">
{"".join(f'<p class="aa-p">{e(p)}</p>' for p in body)}
</div>
<div class="aa-liveblog">
{feed}
</div>
<footer class="aa-article__footer">{ctx.put(bio)}</footer>
</article>
<aside class="aa-aside">{side}</aside>
</main>"""
    pub = org("Alto Adige", "https://www.altoadige.it")
    html = shell(
        ctx,
        lang="it",
        title=f"{headline} - Alto Adige",
        canonical=url,
        prefix="aa",
        body_cls="aa-body",
        jsonld=[
            news_article(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                author="Giulia Pichler",
                publisher=pub,
                lang="it",
                section="Cronaca",
            )
        ],
        nav='<nav class="aa-nav"><a href="/" class="aa-logo">Alto Adige</a><a href="/cronaca">Cronaca</a> <a href="/sport">Sport</a></nav>',
        main=main,
        footer='<footer class="aa-footer"><p>© 2026 Athesia Druck srl</p></footer>',
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "giornaledibrescia-rezzato-incendio-capannone-rifiuti-nube",
        "Giornale di Brescia",
        "it",
        "updates",
        CET,
        gdb,
    ),
    Site(
        "corriereadriatico-diretta-terremoto-ancona-scossa-4-1",
        "Corriere Adriatico",
        "it",
        "live",
        CET,
        cadriatico,
    ),
    Site(
        "altoadige-diretta-bolzano-galleria-virgolo-incendio",
        "Alto Adige",
        "it",
        "live",
        CET,
        altoadige,
    ),
]
