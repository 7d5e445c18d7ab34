"""Italian-language publishers: Corriere dell'Umbria, Quotidiano di Puglia, Ticinonline (tio.ch)."""

from __future__ import annotations

from fx import (
    CARS,
    CHARGE,
    CLUBS,
    CROWD,
    DESK,
    FRONT,
    GOOD,
    MENU,
    NUMBER,
    PRESS,
    QUOTE,
    READING,
    SAVE,
    WILD,
    bp,
    dot,
    free,
    graph,
    hm,
    ld,
    levels,
    log,
    one,
    rise,
    turn,
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
    "Traffico",
    "Meteo",
    "Politica",
    "Scuola",
    "Sanità",
    "Economia",
    "Cultura",
    "Giudiziaria",
    "Tempo libero",
    "Opinioni",
    "Necrologi",
]


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Servizi": ["Abbonamenti", "Edicola digitale", "Newsletter", "Pubblicità", "Contatti"],
            "Note legali": [
                "Informativa privacy",
                "Cookie policy",
                "Termini d'uso",
                "Gestione consensi",
                "Accessibilità",
            ],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Corriere dell'Umbria (+01:00), WordPress, live, newest first: <div> posts with a bold clock
# "22:48" in its own meta block + <h3> (one without headline); no live-blog markup at all (the
# JSON-LD is only a NewsArticle).


def umbria(ctx: Ctx) -> Render:
    url = "https://corrieredellumbria.corr.it/news/perugia/48213907/diretta-perugia-minimetro-bloccato-passeggeri-evacuati.html"
    headline = (
        "Diretta – Perugia, minimetrò bloccato tra Cupa e Pincetto: passeggeri evacuati a piedi"
    )
    published = at(CET, 6, 19, 15)
    body = [
        "Il minimetrò di Perugia si è fermato domenica sera tra le stazioni di Cupa e Pincetto con una trentina di passeggeri a bordo. Le cabine sono rimaste ferme sul tracciato per oltre un'ora.",
        "I vigili del fuoco hanno fatto scendere i passeggeri lungo il camminamento di servizio. Seguiamo gli sviluppi in diretta, dall'aggiornamento più recente.",
    ]
    specs = [
        (
            19,
            20,
            "Cabine ferme",
            "Poco dopo le 19 le cabine del minimetrò si sono fermate all'improvviso. A bordo, secondo le prime informazioni, una trentina di persone.",
        ),
        (
            20,
            5,
            "Passeggeri evacuati",
            "Tutti i passeggeri sono stati accompagnati a piedi fino alla stazione di Cupa. Nessuno è rimasto ferito.",
        ),
        (
            20,
            50,
            None,
            "Busitalia ha attivato un servizio di bus sostitutivi tra Pian di Massiano e piazza Partigiani ogni quindici minuti.",
        ),
        (
            21,
            40,
            "Guasto all'impianto di trazione",
            "Secondo la società che gestisce il minimetrò, il blocco è stato causato da un guasto all'impianto di trazione nella stazione motrice di Pincetto.",
        ),
        (
            22,
            15,
            "Servizio sospeso fino a lunedì mattina",
            "Il Comune fa sapere che il minimetrò resterà chiuso almeno fino alle 10 di lunedì. I bus sostitutivi circoleranno tutta la notte.",
        ),
        (
            22,
            48,
            "Tecnici al lavoro",
            "Due squadre di tecnici stanno controllando le funi e le cabine rimaste sul tracciato. Le verifiche proseguiranno fino all'alba.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:52",
        at(CET, 6, 23, 52),
        "Una cabina riportata in stazione",
        [
            "I tecnici sono riusciti a trainare la prima cabina ferma fino alla stazione di Pincetto, comunica la società di gestione."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def post(label: str, head: str | None, text: str) -> str:
        hd = f'<h3 class="cdu-liveblog__title">{e(head)}</h3>' if head else ""
        return (
            f'<div class="cdu-liveblog__post"><div class="cdu-liveblog__meta"><strong>{e(label)}</strong></div>'
            f'<div class="cdu-liveblog__body">{hd}<p>{e(text)}</p></div></div>'
        )

    for b in shown:
        b.html = post(b.label or "", b.head, b.paras[0])
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        label = hm(ctx.ago(1, 21))
        return W(post(label, title, text), [title, text], kind, [label])

    crowd = fake(
        "Navette e bus: quanto sono pieni",
        "; ".join(
            levels(
                ctx,
                [
                    "Navetta Pian di Massiano–Partigiani",
                    "Linea G Fontivegge–centro",
                    "Linea C Ponte San Giovanni",
                    "Linea 7 Monteluce",
                    "Navetta notturna per Cupa",
                ],
                ["posti a sedere", "in piedi", "piena", "posti a sedere"],
                3,
            )
        )
        + f". Dati delle {dot(ctx.ago(1, 8))}.",
        CROWD,
    )
    number = fake(
        "Il numero del giorno",
        turn(
            ctx,
            [
                "3,2 milioni: i passeggeri del minimetrò nel 2025.",
                "25: le cabine del minimetrò in servizio nei giorni feriali.",
                "1.480: gli studenti fuori sede arrivati a Perugia quest'anno.",
                "12: i giorni di pioggia a novembre in Umbria.",
                "7: le nuove colonnine di ricarica installate in città da settembre.",
            ],
            "number",
        ),
        NUMBER,
    )
    wild = fake(
        "Lupi e cinghiali, le segnalazioni di oggi",
        "Alla Polizia provinciale: "
        + "; ".join(
            log(
                ctx,
                [
                    "lupo a Ponte San Giovanni",
                    "due lupi lungo la E45 all'altezza di Collestrada",
                    "lupo a Monte Malbe",
                    "istrice in via Cortonese",
                    "cinghiali a Case Bruciate",
                    "volpe a Pian di Massiano",
                ],
                3,
                dot,
                lo=5,
                hi=200,
            )
        )
        + ".",
        WILD,
    )
    charge = fake(
        "Colonnine di ricarica libere",
        free(
            ctx,
            ctx.rng.sample(
                [
                    ("piazza Partigiani", 4),
                    ("Pian di Massiano", 6),
                    ("Fontivegge", 2),
                    ("via Cortonese", 2),
                    ("Ponte San Giovanni", 2),
                ],
                3,
            ),
            lambda name, k, total: f"{name} {k} su {total}",
        )
        + f" (alle {dot(ctx.ago(1, 6))}).",
        CHARGE,
    )
    reading = bp(
        "",
        "Marco 1,1-8 – «Preparate la via del Signore, raddrizzate i suoi sentieri»."
        if ctx.local.day == 6
        else "Sant'Ambrogio, Luca 5,17-26 – «Uomo, ti sono perdonati i tuoi peccati».",
        READING,
        lead="Il Vangelo di oggi:",
    )
    press = bp(
        "",
        turn(
            ctx,
            [
                "«La Nazione» sui treni regionali: «Puntualità in crescita, ma i vagoni restano vecchi».",
                "«Il Messaggero» sulle piste ciclabili: «Roma corre, il resto d'Italia pedala piano».",
                "«Il Resto del Carlino» sul turismo d'inverno: «L'Appennino si scopre meta di dicembre».",
                "«La Stampa» sulle bollette: «Il conto dell'inverno arriva a gennaio».",
                "«Il Mattino» sulla sanità: «Pronto soccorso, servono medici e non promesse».",
            ],
            "press",
        ),
        PRESS,
        lead="Rassegna stampa:",
    )
    cars = bp(
        "",
        turn(
            ctx,
            [
                "Fiat Panda 1.0 Hybrid, 2021, 34.000 km, 10.900 euro, Foligno.",
                "Jeep Renegade 1.6 Mjt, 2019, 88.000 km, 15.500 euro, Perugia.",
                "Volkswagen Polo 1.0 TSI, 2020, 52.000 km, 13.200 euro, Spoleto.",
                "Toyota Yaris Cross Hybrid, 2022, 21.000 km, 22.800 euro, Terni.",
                "Lancia Ypsilon, 2018, 71.000 km, 7.400 euro, Città di Castello.",
            ],
            "cars",
        ),
        CARS,
        lead="Auto usate:",
    )

    intro = weave(
        ctx,
        [f"<p>{e(p)}</p>" for p in body],
        [(reading, [0, 1, 2], 0.7), (press, [1, 2], 0.7), (cars, [0, 2], 0.6)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (crowd, list(range(0, n + 1)), 0.85),
            (number, [0, 1, n - 1, n], 0.75),
            (wild, list(range(1, n + 1)), 0.8),
            (charge, list(range(0, n)), 0.8),
        ],
    )
    main = f"""<div id="page" class="site cdu-site">
<main id="main" class="site-main">
<article id="post-48213907" class="post-48213907 post type-post status-publish cdu-article cdu-article--live">
<header class="entry-header">
<div class="cdu-article__occhiello">Perugia</div>
<h1 class="entry-title">{e(headline)}</h1>
<p class="cdu-article__sommario">Cabine ferme per oltre un'ora, passeggeri fatti scendere lungo il camminamento. Attivati i bus sostitutivi.</p>
<div class="cdu-article__meta"><span class="author vcard">di Chiara Beccafichi</span> <time class="entry-date published" datetime="{published.isoformat()}">6 dicembre 2026</time> <span class="updated-on">Aggiornato il 6 dicembre 2026 alle {e(hm(modified))}</span></div>
</header>
<div class="entry-content cdu-article__content">
{intro}
{ad_slot("cdu-adv", "Pubblicità", "cdu-inread-1")}
<div class="cdu-liveblog">
{feed}
</div>
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} | Corriere dell'Umbria",
        canonical=url,
        prefix="cdu",
        body_cls="post-template-default single single-post postid-48213907",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Chiara Beccafichi",
                    publisher=org("Corriere dell'Umbria", "https://corrieredellumbria.corr.it"),
                    lang="it-IT",
                    section="Perugia",
                )
            )
        ],
        nav=mega_nav(
            "cdu",
            "Corriere dell'Umbria",
            "/",
            ["Perugia", "Terni", "Foligno", "Sport", "Cronaca", "Economia"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("cdu", "© 2026 Corriere dell'Umbria"),
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Quotidiano di Puglia (+01:00), custom, updates: bold upper-case "AGGIORNAMENTO ORE 20.45" leads
# followed by a dash, in plain paragraphs inside the story after paragraph 2, oldest first; an
# italic bold "Precisazione:" at the bottom. The body is split by a photo and an ad.


def puglia(ctx: Ctx) -> Render:
    url = "https://www.quotidianodipuglia.it/brindisi/tromba_d_aria_porto_brindisi_gru_abbattuta_operai_feriti-9172635.html"
    headline = "Brindisi, tromba d'aria sul porto: abbattuta una gru, feriti due operai"
    published = at(CET, 6, 19, 40)
    body = [
        "BRINDISI - Una tromba d'aria si è abbattuta domenica pomeriggio sul porto di Brindisi, rovesciando una gru sulla banchina di Costa Morena e ferendo due operai.",
        "Erano da poco passate le 17.30 quando il vortice, arrivato dal mare, ha investito l'area del porto industriale. La gru, alta una trentina di metri, è caduta su un capannone vuoto.",
        "I due operai, di 44 e 51 anni, sono stati portati all'ospedale Perrino. Secondo quanto si apprende, non sono in pericolo di vita.",
        "La Capitaneria di porto ha chiuso la banchina e sospeso le operazioni di carico e scarico fino a nuovo ordine.",
        "«Abbiamo sentito un boato e poi le lamiere che volavano», racconta un autista di camion che si trovava in coda al varco.",
        "Danni anche nel quartiere Casale, dove il vento ha sradicato alcuni alberi e scoperchiato il tetto di una palestra.",
        "Il sindaco ha convocato per lunedì mattina il centro operativo comunale.",
    ]
    notes = [
        Block(
            "update",
            "AGGIORNAMENTO ORE 20.45",
            at(CET, 6, 20, 45),
            None,
            [
                "I vigili del fuoco hanno messo in sicurezza il braccio della gru, rimasto appoggiato al tetto del capannone."
            ],
        ),
        Block(
            "update",
            "AGGIORNAMENTO ORE 22.10",
            at(CET, 6, 22, 10),
            None,
            [
                "La Procura di Brindisi ha aperto un fascicolo e disposto il sequestro della gru. Domani i tecnici dello Spesal faranno un sopralluogo."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "AGGIORNAMENTO ORE 23.53",
        at(CET, 6, 23, 53),
        None,
        [
            "Uno dei due operai è stato dimesso in serata dal Perrino, l'altro resta ricoverato in osservazione con una frattura al braccio."
        ],
    )
    clar = Block(
        "clarification",
        "Precisazione",
        None,
        None,
        [
            "la gru caduta non apparteneva all'Autorità portuale ma a una ditta privata di movimentazione merci che opera in concessione."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f"<p><strong>{e(b.label or '')}</strong> – {e(b.paras[0])}</p>"
    clar.html = f"<p><em><strong>{e(clar.label or '')}:</strong> {e(clar.paras[0])}</em></p>"
    modified = shown[-1].ts or published

    def lead(label: str, text: str, kind: str) -> W:
        return W(f"<p><strong>{e(label)}</strong> – {e(text)}</p>", [text], kind)

    front = lead(
        f"LA PRIMA PAGINA DI DOMANI, ORE {dot(ctx.ago(2, 28))}",
        f"in apertura «{one(ctx, ['Tromba d’aria, paura al porto', 'La gru abbattuta dal vento', 'Il vento spazza Costa Morena', 'Porto chiuso dopo il tornado'])}», poi "
        + one(
            ctx,
            [
                "la sanità salentina",
                "il Lecce in trasferta",
                "l'ex Ilva di Taranto",
                "i saldi anticipati",
            ],
        )
        + ".",
        FRONT,
    )
    charge = lead(
        f"COLONNINE DI RICARICA, ORE {dot(ctx.ago(1, 6))}",
        "libere adesso: "
        + free(
            ctx,
            ctx.rng.sample(
                [
                    ("piazza Vittorio Emanuele", 2),
                    ("corso Garibaldi", 2),
                    ("stazione centrale", 4),
                    ("aeroporto del Salento", 6),
                    ("lungomare Regina Margherita", 2),
                ],
                3,
            ),
            lambda name, k, total: f"{name} {k} su {total}",
        )
        + ".",
        CHARGE,
    )
    desk = lead(
        f"LA REDAZIONE DI TURNO, AGGIORNATO ALLE {dot(ctx.ago(1, 9))}",
        "stanotte in redazione fino alle 2: "
        + one(ctx, ["Vittorio Quarta", "Ilaria Lezzi", "Marco Greco"])
        + f". Segnalazioni dei lettori ricevute stasera: {rise(ctx, 34, 3, 2)}.",
        DESK,
    )
    number = lead(
        "IL NUMERO",
        turn(
            ctx,
            [
                "118 chilometri orari: la raffica più forte registrata oggi sulla costa brindisina.",
                "2,4 milioni: le tonnellate di merci movimentate nel porto di Brindisi nel 2025.",
                "14: le gru attive sulle banchine del porto in un giorno feriale.",
                "37: gli alberi caduti in città dall'inizio dell'autunno.",
                "6: i traghetti per la Grecia in partenza ogni settimana d'inverno.",
            ],
            "number",
        ),
        NUMBER,
    )
    save = lead(
        "IL CONSIGLIO PER RISPARMIARE",
        turn(
            ctx,
            [
                "abbassare il termostato di un grado riduce i consumi del riscaldamento di circa il 6 per cento.",
                "la lavatrice a 30 gradi consuma fino al 40 per cento in meno che a 60.",
                "chiudere le tapparelle la sera trattiene il calore in casa.",
                "il coperchio sulla pentola fa bollire l'acqua prima e fa risparmiare gas.",
                "staccare i caricabatterie dalla presa quando non servono.",
            ],
            "save",
        ),
        SAVE,
    )
    quote = lead(
        "LA FRASE DEL GIORNO",
        "«Fatti non foste a viver come bruti, ma per seguir virtute e canoscenza» – Dante, Inferno XXVI.",
        QUOTE,
    )
    menu = lead(
        "MENSE SCOLASTICHE, IL MENÙ DI LUNEDÌ",
        "scuole dell'infanzia e primarie di Brindisi: orecchiette al pomodoro, merluzzo gratinato, finocchi, mandarino.",
        MENU,
    )

    fig = (
        '<figure class="photo-article"><img src="/photos/MED/35/72/9172635_1940_gru_porto_brindisi.jpg" alt="" loading="lazy">'
        '<figcaption class="photo-article__caption">La gru rovesciata sulla banchina di Costa Morena</figcaption></figure>'
    )
    ad = ad_slot("qdp-adv", "Pubblicità", "qdp-middle-1")
    units = [f"<p>{e(p)}</p>" for p in body[:2]] + [b.html for b in shown]
    end = 2 + len(shown)
    units += [f"<p>{e(body[2])}</p>", fig] + [f"<p>{e(p)}</p>" for p in body[3:5]] + [ad]
    units += [f"<p>{e(p)}</p>" for p in body[5:]] + [clar.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (front, [1, 2, 3, end, k - 1, k], 0.85),
            (charge, list(range(2, end + 2)), 0.85),
            (desk, [0, 2, end, end + 3, k], 0.8),
            (number, list(range(1, k)), 0.75),
            (save, [end + 2, end + 4, k - 2, k], 0.75),
            (quote, [1, 3, k - 1], 0.6),
            (menu, [end, end + 5, k], 0.6),
        ],
    )
    main = f"""<div class="qdp-page">
<main class="qdp-main" id="content">
<article class="qdp-article" data-id="9172635">
<div class="qdp-article__head">
<div class="qdp-article__occhiello"><a href="/brindisi/">Brindisi</a></div>
<h1 class="qdp-article__title">{e(headline)}</h1>
<h2 class="qdp-article__sommario">Il vortice arrivato dal mare ha investito Costa Morena. Danni anche al quartiere Casale</h2>
<div class="qdp-article__info"><span class="qdp-article__date">Domenica 6 Dicembre 2026, 19:40 - Ultimo agg. {e(hm(modified))}</span> <span class="qdp-article__readtime">3 Minuti di Lettura</span></div>
</div>
<figure class="photo-article photo-article--main"><img src="/photos/HIGH/35/72/9172635_1940_porto_brindisi.jpg" alt=""></figure>
<div id="corpo-testo" class="body-text">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="it-IT",
        title=f"{headline} | Quotidiano di Puglia",
        canonical=url,
        prefix="qdp",
        body_cls="qdp-body qdp-body--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione Brindisi",
                    publisher=org("Quotidiano di Puglia", "https://www.quotidianodipuglia.it"),
                    lang="it-IT",
                    section="Brindisi",
                )
            )
        ],
        nav=mega_nav(
            "qdp",
            "Quotidiano di Puglia",
            "/",
            ["Lecce", "Brindisi", "Taranto", "Regione", "Sport", "Spettacoli"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("qdp", "© 2026 Quotidiano di Puglia. Tutti i diritti riservati."),
    )
    return Render(html, body, [*shown, clar], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Ticinonline / tio.ch (+01:00), custom, live, oldest first: <div> items with an <h3> clock
# heading "21:10" and the text, no headlines (one entry with two paragraphs), a pinned item on
# top; @graph with an Organization, the NewsArticle and a LiveBlogPosting.


def tio(ctx: Ctx) -> Render:
    url = "https://www.tio.ch/ticino/cronaca/1789456/blackout-lugano-centro-funicolare-diretta"
    headline = "Diretta – Blackout a Lugano: centro al buio, ferma la funicolare della stazione"
    published = at(CET, 6, 19, 50)
    cls = "tio-text"
    body = [
        "Gran parte del centro di Lugano è rimasta senza corrente domenica sera dopo un guasto a una cabina di trasformazione in via Pretorio. Al buio anche la funicolare che sale alla stazione.",
        "Le Aziende industriali di Lugano stanno lavorando per ripristinare la fornitura. Gli aggiornamenti, in ordine cronologico, qui sotto.",
    ]
    specs = [
        (
            19,
            55,
            [
                "Alle 19.40 si sono spenti i lampioni e le vetrine tra piazza della Riforma e via Nassa. Diversi clienti sono rimasti al buio nei negozi."
            ],
        ),
        (
            20,
            30,
            [
                "La funicolare tra il centro e la stazione è ferma. Le FFS hanno organizzato un bus navetta tra la stazione e piazza Cioccaro."
            ],
        ),
        (
            21,
            10,
            [
                "I pompieri di Lugano hanno liberato quattro persone rimaste chiuse negli ascensori di due palazzi in via Pretorio.",
                "Nessuno ha avuto bisogno di cure.",
            ],
        ),
        (
            21,
            45,
            [
                "Secondo le AIL il guasto è stato causato da un'infiltrazione d'acqua nella cabina di via Pretorio. Le squadre stanno posando un cavo provvisorio."
            ],
        ),
        (
            22,
            20,
            [
                "La corrente è tornata in via Nassa e in piazza della Riforma. Restano al buio via Pretorio e parte del quartiere di Besso."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), None, paras)
        for h, m, paras in specs
    ]
    pinned = Block(
        "live_entry",
        "20:40",
        at(CET, 6, 20, 40),
        None,
        [
            "Per le emergenze resta attivo il 144. Chi dipende da apparecchi medici elettrici può rivolgersi all'Ospedale Civico, alimentato dai generatori."
        ],
    )
    genuine = Block(
        "live_entry",
        "23:54",
        at(CET, 6, 23, 54),
        None,
        [
            "Le AIL annunciano che tutte le utenze del centro sono di nuovo alimentate. La funicolare riprenderà servizio lunedì alle 5.30."
        ],
    )
    shown = [pinned, *entries] + ([genuine] if ctx.n == 6 else [])

    def item(label: str, paras: list[str], pin: bool) -> str:
        text = "".join(f'<p class="{cls}">{e(p)}</p>' for p in paras)
        badge = '<span class="tio-live__pin">In evidenza</span>' if pin else ""
        return (
            f'<div class="tio-live__item{" tio-live__item--pinned" if pin else ""}">{badge}'
            f'<h3 class="tio-live__time">{e(label)}</h3><div class="tio-live__body">{text}</div></div>'
        )

    for b in shown:
        b.html = item(b.label or "", b.paras, b is pinned)
    modified = max(b.ts for b in shown if b.ts)

    def fake(text: str, kind: str) -> W:
        label = hm(ctx.ago(1, 22))
        return W(item(label, [text], False), [text], kind, [label])

    crowd = fake(
        f"Affluenza sui bus alle {dot(ctx.ago(1, 8))}: "
        + "; ".join(
            levels(
                ctx,
                [
                    "linea 2 Paradiso–Castagnola",
                    "linea 5 Vezia–Centro",
                    "navetta FFS stazione–Cioccaro",
                    "linea 4 Besso",
                    "linea 1 Pregassona",
                ],
                ["posti a sedere", "in piedi", "pieno", "posti a sedere"],
                3,
            )
        )
        + ".",
        CROWD,
    )
    wild = fake(
        "Avvistamenti segnalati stasera: "
        + "; ".join(
            log(
                ctx,
                [
                    "cinghiali a Sorengo",
                    "volpe in via Besso",
                    "cervo sulla strada del Monte Brè",
                    "tasso a Massagno",
                    "cinghiali a Breganzona",
                    "volpe in Riva Caccia",
                ],
                3,
                dot,
                lo=4,
                hi=150,
            )
        )
        + ".",
        WILD,
    )
    clubs = fake(
        "Dalle società: "
        + " ".join(
            ctx.rng.sample(
                [
                    "La Società Carnevale Lugano ha rinviato l'assemblea a giovedì.",
                    "Il coro parrocchiale di Besso prova lunedì alle 20.",
                    "La Filarmonica di Castagnola cerca nuovi musicanti.",
                    "La squadra femminile dell'FC Lugano organizza un mercatino di Natale sabato a Cornaredo.",
                    "La Società di tiro di Breganzona annulla il tiro di San Nicolao.",
                ],
                2,
            )
        ),
        CLUBS,
    )
    charge = fake(
        f"Colonnine di ricarica libere alle {dot(ctx.ago(1, 6))}: "
        + free(
            ctx,
            ctx.rng.sample(
                [
                    ("Lugano Stazione", 4),
                    ("Paradiso lido", 2),
                    ("Pregassona", 2),
                    ("Cornaredo", 6),
                    ("Viganello", 2),
                ],
                3,
            ),
            lambda name, k, total: f"{name} {k} su {total}",
        )
        + ". In centro sono fuori servizio.",
        CHARGE,
    )
    good = bp(
        cls,
        turn(
            ctx,
            [
                "una famiglia di Massagno ha ritrovato il suo gatto dopo tre settimane grazie a un annuncio.",
                "il Lido di Lugano ha raccolto 18.000 franchi per la ricerca sul cancro.",
                "due studenti del Liceo di Lugano hanno vinto le Olimpiadi svizzere di informatica.",
                "il nuovo parco giochi inclusivo di Viganello apre sabato.",
                "una novantenne di Pregassona ha donato 500 sciarpe fatte a mano ai senzatetto.",
            ],
            "good",
        ),
        GOOD,
        lead="La buona notizia:",
    )
    press = bp(
        cls,
        turn(
            ctx,
            [
                "La «NZZ» sui premi di cassa malati: «Il sistema regge, ma scricchiola».",
                "Il «Tages-Anzeiger» sugli alloggi: «Zurigo costruisce, ma non abbastanza».",
                "«Le Temps» sui treni notturni: «L'Europa riscopre il viaggio lento».",
                "La «Südostschweiz» sullo sci: «La neve arriva, i turisti pure».",
                "La «Berner Zeitung» sui trasporti: «Puntuali come un orologio, quasi sempre».",
            ],
            "press",
        ),
        PRESS,
        lead="Rassegna stampa:",
    )
    quote = bp(
        cls,
        "«Chi poco pensa, molto erra.» – Leonardo da Vinci",
        QUOTE,
        lead="Il pensiero del giorno:",
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(good, [0, 1, 2], 0.7), (press, [1, 2], 0.7), (quote, [0, 2], 0.6)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (crowd, list(range(0, n + 1)), 0.85),
            (wild, list(range(1, n + 1)), 0.8),
            (clubs, [0, 1, 3, n], 0.7),
            (charge, list(range(2, n + 1)), 0.85),
        ],
    )
    publisher = org("Ticinonline", "https://www.tio.ch")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Redazione Ticinonline",
        publisher=publisher,
        lang="it-CH",
        section="Ticino",
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
    main = f"""<div class="tio-wrapper">
<main class="tio-main">
<article class="tio-article tio-article--live">
<header class="tio-article__header">
<div class="tio-article__category"><a href="/ticino/cronaca">Ticino · Cronaca</a></div>
<h1 class="tio-article__title">{e(headline)}</h1>
<p class="tio-article__subtitle">Un guasto in una cabina di via Pretorio ha lasciato senza corrente negozi, case e la funicolare.</p>
<div class="tio-article__date"><time datetime="{published.isoformat()}">06.12.2026 - 19:50</time> <span class="tio-article__updated">Ultima modifica {e(dot(modified))}</span></div>
</header>
<div class="tio-article__intro">
{intro}
</div>
{ad_slot("tio-adv", "Pubblicità", "tio_live_rectangle")}
<div class="tio-live" data-order="asc">
{feed}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="it-CH",
        title=f"{headline} | Ticinonline",
        canonical=url,
        prefix="tio",
        body_cls="tio-body",
        jsonld=[
            graph(
                {"@type": "Organization", "name": "Ticinonline", "url": "https://www.tio.ch"},
                article,
                live,
            )
        ],
        nav=mega_nav(
            "tio",
            "Ticinonline",
            "/",
            ["Ticino", "Svizzera", "Estero", "Sport", "People", "Economia"],
            _IT_SUBS,
        ),
        main=main,
        footer=_footer("tio", "© 2026 Ticinonline SA"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "corrieredellumbria-diretta-perugia-minimetro-bloccato-passeggeri-evacuati",
        "Corriere dell'Umbria",
        "it",
        "live",
        CET,
        umbria,
    ),
    Site(
        "quotidianodipuglia-brindisi-tromba-d-aria-porto-gru-abbattuta-operai-feriti",
        "Quotidiano di Puglia",
        "it",
        "updates",
        CET,
        puglia,
    ),
    Site(
        "tio-diretta-lugano-blackout-centro-funicolare-ferma",
        "Ticinonline (tio.ch, CH)",
        "it",
        "live",
        CET,
        tio,
    ),
]
