"""Italian-language pages: il Resto del Carlino (notes), La Gazzetta dello Sport and Open live."""

from __future__ import annotations

from kit import CET, Page, document, esc, jsonld, links, mix, moments, padding_css, stamp
from noise import Noise

# ---------------------------------------------------------------------------------------------
# il Resto del Carlino (QN): a bold "Aggiornamento ore 17.20" on top, "Errata corrige:" below.

CARLINO_SITE = {
    "promos": [
        "Scarica l’app QN per ricevere le notizie di Bologna e della tua provincia in tempo reale.",
        "Sfoglia il Resto del Carlino in edicola digitale: il giornale di domani è disponibile dalle 23.",
        "Segui il Resto del Carlino Bologna su WhatsApp: iscriviti al nostro canale gratuito.",
    ],
    "newsletter": [
        "Iscriviti alla newsletter del Resto del Carlino e ricevi ogni mattina le notizie di Bologna.",
        "Con la newsletter QN Motori ricevi ogni settimana prove, listini e novità.",
    ],
    "membership": ["Abbonati a QN Plus: il primo mese a 1 euro, poi 5,99 euro al mese."],
    "consent": "Noi e i nostri 184 fornitori archiviamo informazioni sul tuo dispositivo e trattiamo dati personali per annunci e contenuti personalizzati.",
    "weather": ("Bologna", ["nuvoloso", "pioggia debole", "nebbia"]),
    "scores": [
        ("Virtus Bologna", "Olimpia Milano", 12, [(0, 14), (1, 22), (0, 35), (0, 51), (1, 60)]),
        ("Bologna", "Torino", 21, [(0, 33), (1, 58), (0, 79)]),
    ],
    "author": (
        "Chiara Monti",
        "Chiara Monti è cronista della redazione di Bologna del Resto del Carlino.",
    ),
}

CARLINO_PARAS = [
    "Bologna, 6 dicembre 2026 – Un tratto di cornicione si è staccato nel primo pomeriggio di oggi dalla facciata di un palazzo storico in via dell’Indipendenza, a pochi passi da piazza del Nettuno. I calcinacci hanno colpito due passanti, feriti in modo lieve.",
    "È successo poco dopo le 14.30, mentre il centro era affollato per lo shopping natalizio. I due feriti, una donna di 61 anni e un ragazzo di 19, sono stati medicati dal 118 e accompagnati al pronto soccorso dell’Ospedale Maggiore per accertamenti.",
    "Sul posto sono intervenuti i vigili del fuoco con l’autoscala, che hanno rimosso le parti pericolanti e transennato il marciapiede sotto il portico. La polizia locale ha chiuso al traffico il tratto tra via Rizzoli e via Marsala.",
    "Secondo una prima ricostruzione, a cedere sarebbe stata una porzione di circa due metri di cornicione in laterizio, forse indebolita dalle infiltrazioni d’acqua delle ultime settimane.",
    "L’assessora ai Lavori pubblici ha annunciato controlli straordinari sulle facciate degli edifici del centro storico. «Chiediamo ai condomini di verificare lo stato dei cornicioni, soprattutto dopo le piogge», ha detto.",
    "Le linee bus 11, 27 e 36 sono state deviate su via Marsala fino a nuova comunicazione, fa sapere Tper.",
]


def carlino(pg: Page) -> str:
    nz = Noise(pg, "qn-article", CARLINO_SITE)

    def upd(hhmm: str, clock: str, text: str, genuine: bool = False) -> str:
        label = f"Aggiornamento ore {clock}"
        return (
            f'<p class="qn-article__update"><strong>{label}</strong> – '
            + pg.note("update", label, text, stamp(hhmm, CET), genuine=genuine)
            + "</p>"
        )

    top = []
    if pg.genuine:
        top.append(
            upd(
                "23:52",
                "23.52",
                "I tecnici comunali hanno completato il sopralluogo: via dell’Indipendenza riaprirà al traffico domani mattina alle 7, con il marciapiede lato palazzo ancora transennato.",
                genuine=True,
            )
        )
    top.append(
        upd(
            "17:20",
            "17.20",
            "La Procura ha aperto un fascicolo per lesioni colpose. L’amministratore del condominio è stato convocato lunedì dalla polizia locale.",
        )
    )
    paras = [f"<p>{pg.B(esc(t))}</p>" for t in CARLINO_PARAS]
    errata = (
        "<p><em><strong>Errata corrige:</strong> "
        + pg.note(
            "correction",
            "Errata corrige",
            "in una precedente versione dell’articolo si indicava che i feriti erano stati portati all’ospedale Sant’Orsola. Sono stati invece accompagnati al Maggiore.",
            None,
        )
        + "</em></p>"
    )
    menu = nz.menu(
        "related_line",
        "related_line",
        "also_like",
        "promo",
        "sponsored",
        "poll",
        "weather",
        "score",
        "meter",
        "newsletter",
        "gallery",
        "readers",
    )
    body = f"""{nz.consent() if pg.maybe(0.5) else ""}
<header class="qn-header"><a class="qn-header__logo" href="/">il Resto del Carlino</a>{links(["Bologna", "Cronaca", "Politica", "Sport", "Bologna FC", "Virtus", "Spettacoli", "Motori"], "qn-header__nav")}</header>
<main class="qn-main"><article class="qn-article">
<p class="qn-article__occhiello">Paura in centro</p>
<h1 class="qn-article__title">Bologna, crolla un cornicione in via dell’Indipendenza: due feriti lievi, strada chiusa</h1>
<h2 class="qn-article__summary">I calcinacci hanno colpito due passanti sotto il portico. Vigili del fuoco al lavoro con l’autoscala</h2>
<p class="qn-article__meta">di Chiara Monti · 6 dicembre 2026 · {pg.F("Lettura: 2 min")}</p>
<div class="qn-article__share">{nz.social()}</div>
<figure class="qn-article__img"><img src="/img/indipendenza.jpg" alt=""><figcaption>Il tratto transennato di via dell’Indipendenza (Foto Schicchi)</figcaption></figure>
<div class="qn-article__body">
{"".join(top)}
{mix(pg, paras, menu, 3, 6)}
{errata}
</div>
{nz.author_box()}
</article>
<aside class="qn-aside">{nz.most_read()}</aside></main>
<footer class="qn-footer"><p>{pg.F("© Copyright 2026 Monrif Net S.r.l. – P.Iva 12741650159")}</p></footer>"""
    head = padding_css("qn-", 190) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Bologna, crolla un cornicione in via dell’Indipendenza: due feriti lievi",
            "datePublished": "2026-12-06T15:10:00+01:00",
            "dateModified": stamp("23:52" if pg.genuine else "17:20", CET),
        }
    )
    return document(
        pg,
        "Bologna, crolla un cornicione in via dell’Indipendenza - il Resto del Carlino",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# La Gazzetta dello Sport: "Calciomercato LIVE", with live Serie A scores between the entries.

GAZZETTA_SITE = {
    "promos": [
        "Gioca a Magic, il fantacampionato della Gazzetta: iscriviti gratis e sfida i tuoi amici.",
        "Scarica l’app della Gazzetta dello Sport per seguire tutte le partite in diretta.",
        "Leggi la Gazzetta in digitale con G+: tutti i contenuti esclusivi e l’edicola.",
    ],
    "newsletter": [
        "Iscriviti alla newsletter Calciomercato della Gazzetta: tutte le trattative ogni sera alle 19."
    ],
    "membership": ["Abbonati a G+ a 0,99 euro per il primo mese: tutti gli articoli e le pagelle."],
    "consent": "La Gazzetta dello Sport e i suoi partner utilizzano cookie per fornirti contenuti e pubblicità in linea con le tue preferenze.",
    "scores": [
        ("Lazio", "Torino", 24, [(0, 19), (0, 52), (1, 70)]),
        ("Fiorentina", "Genoa", 16, [(1, 8), (0, 44)]),
        ("Atalanta", "Udinese", 29, [(0, 3), (0, 38), (0, 61), (1, 80)]),
    ],
    "video_head": "Gazzetta TV",
}

GAZZETTA_ENTRIES = [
    (
        "22:48",
        "Inter, si guarda in Olanda per l’esterno",
        [
            "L’Inter ha chiesto informazioni al Feyenoord per l’esterno destro Daan Vermeulen, classe 2004. Il club olandese valuta il giocatore circa 18 milioni di euro."
        ],
    ),
    (
        "22:15",
        "Roma, idea in prestito per l’attacco",
        [
            "La Roma lavora a un prestito con diritto di riscatto per l’attaccante brasiliano Thiago Mourão, poco utilizzato dal Porto in questa prima parte di stagione."
        ],
    ),
    (
        "21:37",
        None,
        [
            "Il Bologna ha rinnovato fino al 2030 il contratto del centrocampista Luca Ferretti. L’annuncio è arrivato con un comunicato ufficiale del club."
        ],
    ),
    (
        "20:59",
        "Napoli, rinnovo più vicino per il portiere",
        [
            "Passi avanti tra il Napoli e l’agente del portiere Marco Di Stefano per il prolungamento fino al 2029. Nei prossimi giorni è atteso un nuovo incontro."
        ],
    ),
    (
        "20:20",
        "Juventus, sondaggio per un difensore",
        [
            "La Juventus ha sondato il Lens per il difensore centrale francese Yanis Bakary, ma la richiesta di 25 milioni è considerata troppo alta."
        ],
    ),
]
GAZZETTA_NEW = (
    "23:52",
    "Milan, accordo per il giovane terzino",
    [
        "Il Milan ha trovato l’accordo con il Genk per il terzino sinistro belga Arno Peeters. Visite mediche previste a gennaio."
    ],
)


def gazzetta(pg: Page) -> str:
    nz = Noise(pg, "bck-live", GAZZETTA_SITE)
    rows = ([(*GAZZETTA_NEW, True)] if pg.genuine else []) + [(*e, False) for e in GAZZETTA_ENTRIES]
    posts = []
    for hhmm, headline, paras, is_new in rows:
        pg.entry(hhmm, stamp(hhmm, CET), headline, paras, genuine=is_new)
        h = f'<h3 class="bck-live__title">{esc(headline)}</h3>' if headline else ""
        ps = "".join(f"<p>{esc(p)}</p>" for p in paras)
        posts.append(
            f'<li class="bck-live__item"><div class="bck-live__time"><span>{hhmm}</span> {nz.ago(hhmm, CET)}</div>'
            f'<div class="bck-live__text">{h}{ps}</div></li>'
        )
    latest = rows[0][0]
    menu = nz.menu(
        "score",
        "score",
        "promo",
        "poll",
        "video",
        "gallery",
        "sponsored",
        "following",
        "meter",
        "newsletter",
        "related",
    )
    body = f"""{nz.consent() if pg.maybe(0.5) else ""}
<header class="bck-header"><a class="bck-header__logo" href="/">La Gazzetta dello Sport</a>{links(["Calcio", "Serie A", "Calciomercato", "Formula 1", "MotoGP", "Basket", "Tennis", "Ciclismo", "Magic"], "bck-header__nav")}
<div class="bck-header__scores">{nz.score()}</div></header>
<main class="bck-main"><article class="bck-article">
{nz.live_badge((latest, CET))}
<h1 class="bck-article__title">Calciomercato LIVE: le trattative di oggi, 6 dicembre</h1>
<div class="bck-article__summary"><p>{pg.B("Tutte le notizie di calciomercato di domenica 6 dicembre: trattative, indiscrezioni e ufficialità in vista della sessione invernale, che si apre il 2 gennaio.")}</p></div>
<p class="bck-article__author">a cura della redazione · {nz.comments()}</p>
{moments(pg, [(r[0], r[1]) for r in rows if r[1]], "I momenti chiave", "bck-live__moments", 3)}
<ul class="bck-live">
{mix(pg, posts, menu, 3, 6)}
</ul>
</article>
<aside class="bck-aside">{nz.most_read()}</aside></main>
<footer class="bck-footer"><p>{pg.F("Copyright 2026 © RCS MediaGroup S.p.A. Tutti i diritti sono riservati.")}</p></footer>"""
    head = padding_css("bck-", 170) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Calciomercato LIVE: le trattative di oggi, 6 dicembre",
            "dateModified": stamp(latest, CET),
        }
    )
    return document(
        pg,
        "Calciomercato LIVE: le trattative di oggi, 6 dicembre | La Gazzetta dello Sport",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# Open: "Maltempo in Liguria, la diretta", entries stamped "Ore 22:44", a "Sostieni Open" box.

OPEN_SITE = {
    "promos": [
        "Segui Open su WhatsApp: iscriviti al canale per ricevere le notizie più importanti della giornata.",
        "Ascolta Open Files, il podcast di Open, su Spotify e su tutte le piattaforme.",
        "Scarica l’app di Open e attiva le notifiche per le ultime notizie.",
    ],
    "newsletter": [
        "Iscriviti a Open Daily, la newsletter che ogni sera ti racconta la giornata in cinque notizie."
    ],
    "membership": [
        "Open è un giornale indipendente. Sostieni Open con un contributo, anche piccolo.",
        "Il giornalismo di qualità ha un costo. Sostieni Open e aiutaci a restare gratuiti per tutti.",
    ],
    "consent": "Open e i suoi partner utilizzano cookie per personalizzare contenuti e annunci e per analizzare il traffico.",
    "weather": ("Genova", ["pioggia intensa", "temporale", "rovesci"]),
    "traffic": "A10 Genova-Savona: coda di {a} km, {b} minuti di ritardo",
    "video_head": "Video di Open",
}

OPEN_ENTRIES = [
    (
        "22:44",
        "Chiusa l’A10 tra Arenzano e Varazze",
        [
            "Autostrade per l’Italia ha chiuso il tratto dell’A10 tra Arenzano e Varazze in entrambe le direzioni per una frana che ha invaso la carreggiata."
        ],
    ),
    (
        "22:02",
        "Scuole chiuse domani a Genova",
        [
            "Il sindaco di Genova ha firmato l’ordinanza di chiusura di scuole, università, parchi e cimiteri per tutta la giornata di lunedì."
        ],
    ),
    (
        "21:26",
        None,
        [
            "A Chiavari il torrente Entella ha superato il primo livello di guardia. La protezione civile invita i residenti dei piani terra a salire ai piani alti."
        ],
    ),
    (
        "20:41",
        "Oltre 200 millimetri di pioggia in sei ore",
        [
            "Secondo l’Arpal, a Rossiglione sono caduti 214 millimetri di pioggia in sei ore. L’allerta rossa resta in vigore fino alle 15 di lunedì."
        ],
    ),
    (
        "19:58",
        "Treni sospesi sulla Genova-Ventimiglia",
        [
            "Rfi ha sospeso la circolazione sulla linea Genova-Ventimiglia tra Savona e Albenga per l’allagamento della sede ferroviaria."
        ],
    ),
]
OPEN_NEW = (
    "23:53",
    "Riaperta l’A10 in direzione Ventimiglia",
    [
        "Autostrade per l’Italia comunica che il tratto tra Arenzano e Varazze è stato riaperto in direzione Ventimiglia. Resta chiusa la carreggiata verso Genova."
    ],
)


def openonline(pg: Page) -> str:
    nz = Noise(pg, "live-open", OPEN_SITE)
    rows = ([(*OPEN_NEW, True)] if pg.genuine else []) + [(*e, False) for e in OPEN_ENTRIES]
    posts = []
    for hhmm, headline, paras, is_new in rows:
        label = f"Ore {hhmm}"
        pg.entry(label, stamp(hhmm, CET), headline, paras, genuine=is_new)
        h = f"<h2>{esc(headline)}</h2>" if headline else ""
        ps = "".join(f"<p>{esc(p)}</p>" for p in paras)
        posts.append(
            f'<div class="live-open__post"><p class="live-open__hour"><b>{label}</b> · {nz.ago(hhmm, CET)}</p>{h}{ps}</div>'
        )
    latest = rows[0][0]
    menu = nz.menu(
        "membership",
        "traffic",
        "weather",
        "following",
        "also_like",
        "related",
        "sponsored",
        "newsletter",
        "quote",
        "promo",
        "video",
    )
    body = f"""{nz.consent() if pg.maybe(0.5) else ""}
<header class="o-header"><a class="o-header__logo" href="/">Open</a>{links(["Politica", "Attualità", "Economia & Lavoro", "Esteri", "Cultura", "Scienze", "Fact-checking", "Video"], "o-header__nav")}</header>
<main class="o-main"><article class="live-open">
{nz.live_badge((latest, CET))}
<h1 class="live-open__title">Maltempo, allerta rossa in Liguria: frane, scuole chiuse e treni sospesi. La diretta</h1>
<div class="live-open__intro"><p>{pg.B("Piogge torrenziali da domenica pomeriggio sulla Liguria: la protezione civile regionale ha portato l’allerta a rossa sul centro-ponente e sulle valli dell’entroterra genovese.")}</p>
<p>{pg.B("Frane e allagamenti hanno interrotto autostrade e ferrovie tra Genova e Savona.")}</p></div>
<p class="live-open__byline">di Redazione · {nz.readers()}</p>
<div class="live-open__posts">
{mix(pg, posts, menu, 3, 6, edges=True)}
</div>
</article>
<aside class="o-aside">{nz.most_read()}</aside></main>
<footer class="o-footer"><p>{pg.F("Open è una testata registrata presso il Tribunale di Milano. © 2026 Open Srl")}</p></footer>"""
    head = padding_css("live-open-", 150) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Maltempo, allerta rossa in Liguria: la diretta",
            "dateModified": stamp(latest, CET),
        }
    )
    return document(pg, "Maltempo, allerta rossa in Liguria: la diretta | Open", head, body)


SITES = {
    "carlino-bologna-cornicione": ("it", "il Resto del Carlino", "updates", carlino),
    "gazzetta-live-calciomercato": ("it", "La Gazzetta dello Sport", "live", gazzetta),
    "open-diretta-maltempo-liguria": ("it", "Open", "live", openonline),
}
