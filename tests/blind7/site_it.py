"""Italian publishers: Il Secolo XIX (updates), L'Unione Sarda (updates), Il Piccolo (live)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import fx
from kit import Block, Built, Ctx, attr, document, esc, ld, scatter, weave

# =============================================================================================
# Il Secolo XIX — updates; two bold "[Aggiornamento delle 19.10]" paragraphs *inside* the story
# after paragraph 4, newest first. +01:00.

SX_SLUG = "secoloxix-genova-sopraelevata-giunto"
SX_OFF = 60

SX_P = {
    "heads": [
        "Genova, il tunnel subportuale apre il primo cantiere a Sampierdarena",
        "Camogli, la sagra del pesce cambia data: ecco quando",
        "La Spezia, nuovo terminal crociere pronto per la primavera",
        "Savona, le funivie del porto tornano in funzione a gennaio",
        "Rapallo, il castello sul mare riapre dopo il restauro",
        "Genova, il mercato orientale allunga gli orari a dicembre",
        "Sanremo, già esauriti gli hotel per la settimana del Festival",
        "Chiavari, mareggiata danneggia i bagni: conta dei danni",
        "Genova, l'acquario accoglie due nuove tartarughe marine",
        "Imperia, il porto turistico cambia gestione",
        "Val Bisagno, la nuova linea di bus elettrici parte a gennaio",
        "Portofino, divieto di sosta esteso anche d'inverno",
        "Genova, Boccadasse: il Comune vieta le auto la sera",
        "Sestri Levante, la Baia del Silenzio avrà un bagnino tutto l'anno",
    ],
    "obits": (
        "Necrologie",
        [
            "Giuseppina Parodi ved. Canepa, di anni 91. Ne danno il triste annuncio i figli",
            "Luigi Bertolotto, di anni 84. I funerali a San Fruttuoso giovedì alle 10",
            "Maria Rosa Ferrando, di anni 77. La ricordano con affetto i nipoti",
            "Franco Repetto, di anni 69. Il rosario martedì alle 17.30",
            "Anna Maria Solari, di anni 88. Genova, 7 dicembre 2026",
        ],
    ),
    "pharmacies": (
        "Farmacie di turno",
        [
            "Farmacia Centrale, via XX Settembre 110 – aperta fino alle 22.30",
            "Farmacia di Sampierdarena, via Cantore 34 – aperta tutta la notte",
            "Farmacia San Martino, corso Europa 160 – fino alle 20.30",
            "Farmacia della Foce, via Casaregis 12 – aperta fino alle 23",
        ],
    ),
    "ferries": (
        "Traghetti da Genova",
        [
            "Genova → Palermo, partenza 20.00: regolare",
            "Genova → Olbia, partenza 20.30: ritardo 45 minuti",
            "Genova → Porto Torres, partenza 21.00: regolare",
            "Genova → Bastia, partenza 19.30: partito",
            "Genova → Tunisi, partenza 18.00: cancellato per maltempo",
        ],
    ),
    "fixtures": {
        "league": "Serie A",
        "games": [
            ("Genoa", "Udinese", "20.45"),
            ("Torino", "Lecce", "18.30"),
            ("Roma", "Verona", "20.45"),
            ("Empoli", "Cagliari", "15.00"),
        ],
        "table": [
            ("Inter", 34),
            ("Napoli", 32),
            ("Atalanta", 31),
            ("Juventus", 29),
            ("Lazio", 27),
            ("Genoa", 20),
        ],
    },
    "lotto": [
        ("SuperEnalotto", 6, 90, "Jolly", 1, 90),
        ("Lotto, ruota di Genova", 5, 90, "", 0, 0),
        ("10eLotto", 10, 90, "Oro", 1, 90),
    ],
    "cur": "euro",
    "markets": [
        ("Benzina self a Genova", 1.789, " €/l", 3),
        ("Gasolio self a Genova", 1.679, " €/l", 3),
        ("FTSE MIB", 34800.0, "", 0),
    ],
    "podcast": {
        "show": "Il podcast «Zena»",
        "first": 88,
        "eps": [
            ("I carruggi che non esistono più", 23),
            ("Storia della Sopraelevata in dieci date", 26),
            ("Il porto di notte", 21),
            ("La cucina dei camalli", 19),
        ],
        "cta": [
            "Ogni venerdì una nuova puntata su ilsecoloxix.it e su tutte le piattaforme.",
            "Seguilo sulla tua app di podcast per non perdere le nuove puntate.",
        ],
    },
    "quotes": [
        (
            "Il vento ha portato via tre barche in una notte",
            "Un ormeggiatore di Nervi",
            "Nervi, la mareggiata e i danni al porticciolo",
        ),
        (
            "Da trent'anni apro il negozio alle sei",
            "Panettiera di via Prè",
            "Via Prè, le botteghe che resistono",
        ),
        (
            "Sul bus per Staglieno si viaggia in piedi",
            "Un pendolare della Valbisagno",
            "Valbisagno, i pendolari e i bus pieni",
        ),
    ],
    "quiz": [
        "Quiz: quanto conosci i quartieri di Genova?",
        "Quiz: dieci domande sulla storia del porto",
        "Quiz: hai seguito le notizie della settimana?",
    ],
    "author": "Paolo Ghiglione",
    "city": "Genova",
    "temps": (7, 12),
    "conditions": ["tramontana", "sereno", "nuvoloso", "pioviggine", "vento forte"],
    "promos": [
        "Ricevi ogni mattina le notizie di Genova e della Liguria con la newsletter gratuita del Secolo XIX.",
        "Abbonati al Secolo XIX per leggere senza limiti tutte le notizie del tuo territorio: il primo mese costa un euro.",
        "Segui il canale WhatsApp del Secolo XIX per ricevere le notizie più importanti della giornata.",
    ],
    "ads": [
        "Cucine su misura con sconto del 30 per cento solo fino a domenica nello showroom di Sestri Ponente.",
        "Pneumatici invernali montati a partire da 49 euro, prenota online.",
    ],
    "consent": "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.",
    "listen_min": 3,
}

SX_BODY = [
    "GENOVA. La strada Aldo Moro, la Sopraelevata, è stata chiusa al traffico in entrambe le direzioni nel pomeriggio di oggi dopo che un automobilista ha segnalato una crepa su un giunto di dilatazione all'altezza di Caricamento.",
    "Sul posto sono intervenuti i vigili del fuoco e i tecnici della direzione Manutenzione del Comune, che hanno deciso la chiusura in via precauzionale.",
    "Il traffico è stato deviato su via Gramsci e sulla strada di sponda, dove si sono formate lunghe code fino alla Foce e a Sampierdarena.",
    "\u00abNon c'è alcun pericolo di crollo, ma non vogliamo correre rischi\u00bb, ha spiegato l'assessore alle Infrastrutture, Marco Pedemonte. \u00abI controlli dureranno almeno tutta la notte\u00bb.",
    "La Sopraelevata è percorsa ogni giorno da circa 40 mila veicoli. L'ultima ispezione completa risale a marzo.",
    "AMT ha modificato i percorsi delle linee che utilizzano la strada: i bus vengono deviati nel centro, con ritardi anche di mezz'ora.",
    "Il Comune invita gli automobilisti a evitare la zona del Porto Antico fino a nuova comunicazione.",
]
SX_NOTES = [
    Block(
        "Aggiornamento delle 19.10",
        [
            "I tecnici hanno completato la prima ispezione visiva: la crepa interessa la pavimentazione e non la struttura portante. Restano da verificare gli appoggi della campata."
        ],
        "update",
        "2026-12-07T19:10:00+01:00",
    ),
    Block(
        "Aggiornamento delle 17.35",
        [
            "Il sindaco ha convocato il centro operativo comunale. La chiusura riguarda il tratto tra Ponte Parodi e la Foce."
        ],
        "update",
        "2026-12-07T17:35:00+01:00",
    ),
]
SX_GENUINE = Block(
    "Aggiornamento delle 23.52",
    [
        "Il Comune annuncia che la Sopraelevata riaprirà domani alle 6 in direzione levante, con una sola corsia. La direzione ponente resterà chiusa per altri controlli."
    ],
    "update",
    "2026-12-07T23:52:00+01:00",
)


def secolo(fetch: int) -> Built:
    c = Ctx(SX_SLUG, "it", fetch, SX_OFF)
    P, k = SX_P, "sx-"
    notes = ([SX_GENUINE] if fetch == 6 else []) + SX_NOTES
    modified = notes[0].ts
    pc = "paragraph"
    story = [f'<p class="{pc}">{esc(p)}</p>' for p in SX_BODY]
    note_html = "\n".join(
        f'<p class="{pc}"><strong>[{esc(n.label)}]</strong> {esc(n.body)}</p>' for n in notes
    )
    chunks = [*story[:3], story[3] + "\n" + note_html, *story[4:]]
    menu = [
        partial(fx.listbox, P=P, k=k, key="obits", kind="death notices (a rotating pair)"),
        partial(
            fx.listbox, P=P, k=k, key="pharmacies", kind="pharmacies on duty, with closing times"
        ),
        partial(
            fx.listbox,
            P=P,
            k=k,
            key="ferries",
            n=3,
            kind="ferry departures board with times and states",
        ),
        partial(fx.fixtures, P=P, k=k),
        partial(fx.horoscope, P=P, k=k),
        partial(fx.lotto, P=P, k=k),
        partial(fx.markets, P=P, k=k),
        partial(fx.podcast, P=P, k=k),
        partial(
            fx.pullquote,
            P=P,
            k=k,
        ),
        partial(fx.readnext, P=P, k=k),
        partial(fx.reactions, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls=pc),
    ]
    placed = scatter(c, len(chunks) - 1, menu, 4, 7)
    body_html = weave(chunks, placed, shift=1)
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Genova, crepa su un giunto: chiusa la Sopraelevata per i controlli",
            "datePublished": "2026-12-07T16:41:00+01:00",
            "dateModified": modified,
            "author": {"@type": "Person", "name": "Paolo Ghiglione"},
            "publisher": {"@type": "Organization", "name": "Il Secolo XIX"},
        }
    )
    head = f'<meta property="og:site_name" content="Il Secolo XIX">\n<meta name="description" content="{attr(SX_BODY[1])}">\n{ldj}'
    top = []
    if c.chance(0.5):
        top.append(fx.listen(c, P, k))
    if c.chance(0.6):
        top.append(fx.meter(c, P, k))
    after = []
    if c.chance(0.6):
        after.append(fx.follow(c, P, k))
    if c.chance(0.5):
        after.append(fx.quiz(c, P, k))
    rail = [fx.mostread(c, P, k), fx.weather(c, P, k)]
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    body = f"""<header class="header"><a class="header__logo" href="/">Il Secolo XIX</a>
<nav class="header__nav"><a href="/genova/">Genova</a> <a href="/levante/">Levante</a> <a href="/ponente/">Ponente</a> <a href="/savona/">Savona</a> <a href="/la-spezia/">La Spezia</a> <a href="/sport/">Sport</a> <a href="/economia/">Economia</a></nav>
<a class="header__abbonati" href="/abbonamenti/">Abbonati</a></header>
<main class="main">
<article class="story">
<div class="story__header"><p class="story__overtitle">La viabilità</p>
<h1 class="story__title">Genova, crepa su un giunto: chiusa la Sopraelevata per i controlli</h1>
<p class="story__summary">Traffico deviato su via Gramsci e lungo la strada di sponda. I tecnici al lavoro per tutta la notte.</p>
<p class="story__signature">di <a href="/autori/paolo-ghiglione/">Paolo Ghiglione</a> · 07 Dicembre 2026 alle 16:41 · aggiornato alle {modified[11:16]}</p></div>
{"".join(top)}
<figure class="story__image"><img src="/img/sopraelevata-chiusa.jpg" alt="La Sopraelevata chiusa"><figcaption>La Sopraelevata chiusa all'altezza di Caricamento (foto Balostro)</figcaption></figure>
<div class="story__text">
{body_html}
</div>
{"".join(after)}
</article>
<aside class="sidebar">{"".join(rail)}</aside>
</main>
<footer class="footer"><a href="/note-legali/">Note legali</a> <a href="/privacy/">Privacy</a> <a href="/contatti/">Contatti</a><p>© Il Secolo XIX 2026 – P.IVA 00000000000</p></footer>
{consent}"""
    html = document(
        lang="it",
        title="Genova, crepa su un giunto: chiusa la Sopraelevata per i controlli - Il Secolo XIX",
        head_extra=head,
        body=body,
        c=c,
        slug=SX_SLUG,
        prefix="sx",
        app="SECOLO",
    )
    return Built(html, list(SX_BODY), notes, c)


# =============================================================================================
# L'Unione Sarda — updates *after* the story, oldest first, each "Aggiornamento ore 18:05"
# on its own line (<span> + <br>) then the text; italic "Chiarimento:" last. +01:00.

US_SLUG = "unionesarda-cagliari-poetto-cedimento"
US_OFF = 60

US_P = {
    "heads": [
        "Sassari, il Comune approva il piano per le piste ciclabili",
        "Olbia, nuovo volo per Londra dalla prossima estate",
        "Nuoro, la biblioteca Satta compie cinquant'anni",
        "Oristano, la Sartiglia presenta i cavalieri del 2027",
        "Alghero, il porto si prepara alla stagione delle crociere",
        "Carbonia, la miniera museo apre anche la sera",
        "Quartu, lavori sulla 554: chiusure notturne fino a venerdì",
        "Iglesias, la processione dei misteri diventa patrimonio regionale",
        "Villasimius, l'area marina protetta amplia i confini",
        "Tortolì, l'aeroporto di Arbatax cerca nuove rotte",
        "Cagliari, mercato di San Benedetto: orari speciali per Natale",
        "Sardegna, il rincaro dei traghetti preoccupa le famiglie",
        "Bosa, il ponte sul Temo riapre ai pedoni",
        "Selargius, inaugurato il nuovo centro per anziani",
    ],
    "because": ["Cagliari", "il Poetto", "le mareggiate"],
    "ferries": (
        "Partenze dal porto di Cagliari",
        [
            "Cagliari → Civitavecchia, ore 19.00: regolare",
            "Cagliari → Napoli, ore 19.30: ritardo 30 minuti",
            "Cagliari → Palermo, ore 19.00: cancellata (maltempo)",
            "Cagliari → Arbatax, ore 18.00: partita",
        ],
    ),
    "pharmacies": (
        "Farmacie di turno a Cagliari",
        [
            "Farmacia del Corso, corso Vittorio Emanuele 210 – aperta fino alle 22",
            "Farmacia Pirri Centro, via Italia 41 – aperta tutta la notte",
            "Farmacia Marina, via Roma 75 – fino alle 21.30",
            "Farmacia di Quartu, viale Colombo 120 – fino alle 23",
        ],
    ),
    "fixtures": {
        "league": "Serie A",
        "games": [
            ("Empoli", "Cagliari", "15.00"),
            ("Genoa", "Udinese", "20.45"),
            ("Roma", "Verona", "20.45"),
            ("Como", "Parma", "18.30"),
        ],
        "table": [
            ("Torino", 21),
            ("Cagliari", 19),
            ("Lecce", 17),
            ("Parma", 16),
            ("Verona", 14),
            ("Empoli", 13),
        ],
    },
    "jobs": [
        "Infermiere/a per struttura sanitaria – Cagliari, contratto a tempo indeterminato",
        "Cameriere di sala per la stagione 2027 – Villasimius",
        "Operaio specializzato in carpenteria navale – porto di Cagliari",
        "Addetto/a alle vendite – centro commerciale di Quartu",
    ],
    "property": [
        "Trilocale con vista mare, Poetto – 245.000 euro",
        "Villetta a schiera, Quartu Sant'Elena – 310.000 euro",
        "Bilocale ristrutturato, Castello – 189.000 euro",
        "Appartamento 100 mq, Genneruxi – affitto 850 euro al mese",
    ],
    "podcast": {
        "show": "Unione Sarda Podcast «Sa Die»",
        "first": 231,
        "eps": [
            ("Il Poetto e il mare che avanza", 22),
            ("Storie di tonnare", 25),
            ("La Sardegna dei paesi vuoti", 28),
        ],
        "cta": [
            "Nuove puntate ogni giovedì su unionesarda.it e sulle piattaforme di podcast.",
            "Iscriviti al podcast per ricevere subito le nuove puntate.",
        ],
    },
    "social": [
        (
            "Protezione civile Sardegna",
            "@ProCivSardegna",
            "Avviso di allerta gialla per vento forte sulle coste occidentali fino a domani sera.",
        ),
        (
            "Cagliari Calcio",
            "@CagliariCalcio",
            "Seduta di allenamento a porte aperte giovedì ad Asseminello. Vi aspettiamo!",
        ),
        (
            "Comune di Cagliari",
            "@ComuneCagliari",
            "Raccolta differenziata: il calendario delle festività è disponibile online.",
        ),
    ],
    "comments": [
        (
            "Antonello_CA",
            "Ogni inverno la stessa storia, serve un progetto serio per la difesa della costa.",
        ),
        (
            "marinella77",
            "Passo lì tutte le mattine di corsa, per fortuna non è successo di giorno.",
        ),
        ("giorgio.p", "I chioschi sono stati lasciati soli, qualcuno dovrebbe aiutarli."),
        ("sardo_doc", "Bisognerebbe ripristinare la duna come si faceva una volta."),
    ],
    "events": [
        "Concerto di Capodanno al Teatro Lirico di Cagliari: biglietti disponibili da 25 euro.",
        "Mostra sui nuraghi al Museo archeologico nazionale: ingresso ridotto per gli abbonati dell'Unione Sarda.",
        "Cagliari Natale in piazza: il programma completo degli eventi fino all'Epifania.",
    ],
    "markets": [
        ("Benzina self in Sardegna", 1.829, " €/l", 3),
        ("Gasolio self in Sardegna", 1.709, " €/l", 3),
        ("Bitcoin", 86300.0, " €", 0),
    ],
    "author": "Francesca Loi",
    "city": "Cagliari",
    "temps": (9, 14),
    "conditions": [
        "maestrale forte",
        "sereno",
        "poco nuvoloso",
        "mare molto mosso",
        "rovesci sparsi",
    ],
    "promos": [
        "Per restare aggiornato sulle notizie di Cagliari e della Sardegna iscriviti alla newsletter dell'Unione Sarda.",
        "Leggi l'edizione digitale dell'Unione Sarda su smartphone e tablet: il primo mese è in regalo.",
        "Hai foto o video del cedimento? Inviali alla redazione dell'Unione Sarda.",
    ],
    "ads": [
        "Nuovi infissi con detrazione fiscale: preventivo gratuito a Cagliari e provincia.",
        "Noleggio auto a lungo termine con anticipo zero, offerta valida fino al 31 dicembre.",
    ],
    "consent": "Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti per inviarti pubblicità in linea con le tue preferenze.",
}

US_BODY = [
    "Un tratto di circa venti metri della passeggiata del Poetto, all'altezza della quinta fermata, è sprofondato nel pomeriggio di oggi a Cagliari.",
    "Il cedimento, largo un paio di metri, si è aperto poco dopo le 15 sotto il camminamento in legno. In quel momento non passava nessuno.",
    "La polizia locale ha transennato l'area e chiuso il tratto di lungomare tra la quarta e la sesta fermata. Sul posto anche i tecnici del Comune e i vigili del fuoco.",
    "Secondo una prima ipotesi, le mareggiate degli ultimi giorni avrebbero scavato la sabbia sotto la struttura. \u00abIl mare è arrivato fin sotto i chioschi\u00bb, racconta un gestore.",
    "L'assessora ai Lavori pubblici, Giovanna Melis, ha annunciato un sopralluogo per domani mattina con i tecnici della Regione.",
    "I chioschi della zona resteranno chiusi almeno fino a mercoledì. Il Comune chiede a cittadini e sportivi di non superare le transenne.",
]
US_NOTES = [
    Block(
        "Aggiornamento ore 18:05",
        [
            "I vigili del fuoco hanno verificato che le condotte dell'acqua sotto la passeggiata non sono state danneggiate."
        ],
        "update",
        "2026-12-07T18:05:00+01:00",
    ),
    Block(
        "Aggiornamento ore 20:40",
        [
            "Il sindaco ha firmato un'ordinanza che vieta l'accesso alla spiaggia nel tratto interessato fino a nuovo avviso."
        ],
        "update",
        "2026-12-07T20:40:00+01:00",
    ),
]
US_GENUINE = Block(
    "Aggiornamento ore 23:56",
    [
        "Dalle verifiche notturne è emerso un secondo punto a rischio vicino alla sesta fermata. Il Comune ha esteso la chiusura del lungomare fino all'ospedale Marino."
    ],
    "update",
    "2026-12-07T23:56:00+01:00",
)
US_CLAR = Block(
    "Chiarimento",
    [
        "abbiamo modificato il titolo per precisare che il cedimento riguarda la passeggiata in legno e non la strada del lungomare."
    ],
    "clarification",
    None,
)


def unionesarda(fetch: int) -> Built:
    c = Ctx(US_SLUG, "it", fetch, US_OFF)
    P, k = US_P, "us-"
    notes = US_NOTES + ([US_GENUINE] if fetch == 6 else [])
    modified = notes[-1].ts
    pc = "article-text__p"
    story = [f'<p class="{pc}">{esc(p)}</p>' for p in US_BODY]
    menu = [
        partial(
            fx.listbox,
            P=P,
            k=k,
            key="ferries",
            n=3,
            kind="ferry departures board with times and states",
        ),
        partial(
            fx.listbox, P=P, k=k, key="pharmacies", kind="pharmacies on duty, with closing times"
        ),
        partial(fx.fixtures, P=P, k=k),
        partial(fx.jobs, P=P, k=k),
        partial(fx.prop, P=P, k=k),
        partial(fx.podcast, P=P, k=k),
        partial(fx.social, P=P, k=k),
        partial(fx.comments, P=P, k=k),
        partial(fx.event, P=P, k=k),
        partial(fx.foryou, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls=pc),
        partial(fx.promo_p, P=P, k=k, pcls=pc),
    ]
    placed = scatter(c, len(story), menu, 4, 7)  # between paragraphs and after the last one
    body_html = weave(story, placed, shift=1)
    note_html = "\n".join(
        f'<p class="{pc} article-text__update"><span class="update-time">{esc(n.label)}</span><br>{esc(n.body)}</p>'
        for n in notes
    )
    clar = f'<p class="{pc}"><i>{US_CLAR.label}: {esc(US_CLAR.body)}</i></p>'
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Cagliari, cede un tratto della passeggiata del Poetto: area transennata",
            "datePublished": "2026-12-07T16:12:00+01:00",
            "dateModified": modified,
            "author": {"@type": "Person", "name": "Francesca Loi"},
            "publisher": {"@type": "Organization", "name": "L'Unione Sarda"},
        }
    )
    head = f'<meta property="og:site_name" content="L\'Unione Sarda.it">\n<meta name="description" content="{attr(US_BODY[0])}">\n{ldj}'
    top = []
    if c.chance(0.6):
        top.append(fx.meter(c, P, k))
    if c.chance(0.4):
        top.append(fx.shares(c, P, k))
    after = []
    if c.chance(0.5):
        after.append(fx.error_report(c, P, k))
    if c.chance(0.5):
        after.append(fx.markets(c, P, k))
    rail = [fx.mostread(c, P, k), fx.weather(c, P, k)]
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    body = f"""<header class="us-header"><a class="us-logo" href="/">L'Unione Sarda.it</a>
<nav class="us-nav"><a href="/cronaca/">Cronaca</a> <a href="/cagliari/">Cagliari</a> <a href="/sassari/">Sassari</a> <a href="/nuoro/">Nuoro</a> <a href="/oristano/">Oristano</a> <a href="/sport/">Sport</a> <a href="/economia/">Economia</a></nav>
<a class="us-edicola" href="/edicola/">Edicola digitale</a></header>
<main class="us-main">
<article class="article">
<div class="article-header"><p class="article-header__section">Cronaca · Cagliari</p>
<h1 class="article-header__title">Cagliari, cede un tratto della passeggiata del Poetto: area transennata</h1>
<p class="article-header__subtitle">Il crollo all'altezza della quinta fermata. Chiusi i chioschi, sopralluogo dei tecnici domani</p>
<p class="article-header__author">di Francesca Loi · 07 dicembre 2026 alle 16:12</p></div>
{"".join(top)}
<figure><img src="/img/poetto-cedimento.jpg" alt="Il tratto di passeggiata crollato"><figcaption>Il tratto crollato della passeggiata (foto Unione Sarda)</figcaption></figure>
<div class="article-text">
{body_html}
{note_html}
{clar}
</div>
{"".join(after)}
</article>
<aside class="us-aside">{"".join(rail)}</aside>
</main>
<footer class="us-footer"><a href="/chi-siamo/">Chi siamo</a> <a href="/privacy/">Privacy</a> <a href="/contatti/">Contatti</a><p>© L'Unione Sarda 2026</p></footer>
{consent}"""
    html = document(
        lang="it",
        title="Cagliari, cede un tratto della passeggiata del Poetto: area transennata - L'Unione Sarda.it",
        head_extra=head,
        body=body,
        c=c,
        slug=US_SLUG,
        prefix="us",
        app="UNIONE",
    )
    return Built(html, list(US_BODY), [*notes, US_CLAR], c)


# =============================================================================================
# Il Piccolo — live; posts newest first with a "22:43" <div> (no <time>) and <h2> (one without).
# +01:00.

PC_SLUG = "ilpiccolo-diretta-bora-trieste"
PC_OFF = 60

PC_P = {
    "heads": [
        "Trieste, il Magazzino 26 ospiterà il nuovo museo del mare",
        "Muggia, il Comune rinnova il lungomare di Porto San Rocco",
        "Gorizia e Nova Gorica, le iniziative per la capitale della cultura",
        "Monfalcone, il cantiere navale assume 200 saldatori",
        "Trieste, la Barcolana presenta le novità della prossima edizione",
        "Duino, chiuso il sentiero Rilke per una frana",
        "Trieste, Porto Vecchio: approvato il progetto del nuovo parco",
        "Sistiana, la baia avrà un nuovo porto turistico",
        "Trieste, il tram di Opicina torna in prova sui binari",
        "Grado, i casoni della laguna diventano museo diffuso",
        "Trieste, il mercato coperto cambia orari per le feste",
        "Carso, nuovi percorsi tra le doline per i ciclisti",
        "Trieste, l'ospedale di Cattinara inaugura il nuovo reparto",
        "Aurisina, la cava riapre alle visite guidate",
    ],
    "because": ["Trieste", "il maltempo", "la bora"],
    "obits": (
        "Necrologie",
        [
            "Livia Sancin ved. Zorzut, di anni 93. Ne danno il triste annuncio i figli",
            "Bruno Vascotto, di anni 80. Il funerale venerdì alle 11 a Sant'Anna",
            "Nives Pertot, di anni 86. La piangono i nipoti e i pronipoti",
            "Dario Furlan, di anni 72. Trieste, 7 dicembre 2026",
            "Licia Benussi, di anni 89. Un grazie al personale di Cattinara",
        ],
    ),
    "pharmacies": (
        "Farmacie di turno a Trieste",
        [
            "Farmacia Al Cedro, piazza Oberdan 2 – aperta fino alle 22.30",
            "Farmacia Alla Borsa, via Cassa di Risparmio 1 – aperta tutta la notte",
            "Farmacia di Barcola, viale Miramare 117 – fino alle 21",
            "Farmacia San Giacomo, campo San Giacomo 8 – fino alle 23",
        ],
    ),
    "fixtures": {
        "league": "Serie C",
        "games": [
            ("Triestina", "Padova", "20.30"),
            ("Vicenza", "Trento", "18.30"),
            ("Lecco", "Feralpisalò", "20.30"),
        ],
        "table": [
            ("Padova", 36),
            ("Vicenza", 34),
            ("Trento", 28),
            ("Triestina", 25),
            ("Lecco", 22),
            ("Feralpisalò", 21),
        ],
    },
    "otherlive": [
        (
            "Diretta: consiglio comunale sul bilancio 2027",
            [
                ("18:05", "Si apre la seduta in aula"),
                ("18:40", "L'opposizione chiede il rinvio della discussione"),
                ("19:25", "Respinti i primi emendamenti"),
                ("20:10", "Sospensione per la riunione dei capigruppo"),
                ("21:02", "Ripresa la seduta, si vota l'articolo 3"),
            ],
        ),
        (
            "Diretta: Pallacanestro Trieste – Venezia",
            [
                ("20:30", "Palla a due al palazzetto"),
                ("20:52", "Trieste avanti di sei dopo il primo quarto"),
                ("21:24", "Venezia rientra e pareggia all'intervallo"),
                ("21:58", "Parziale di 12-0 per i biancorossi"),
                ("22:15", "Finisce 84-77 per Trieste"),
            ],
        ),
    ],
    "transit": (
        "Piazza Oberdan",
        [
            ("Linea 2", "Opicina"),
            ("Linea 4", "Villa Carsia"),
            ("Linea 17", "Stazione Centrale"),
            ("Linea 6", "Barcola"),
            ("Linea 42", "Conconello"),
        ],
    ),
    "tags": [
        "#bora",
        "#Trieste",
        "#maltempo",
        "#allerta",
        "#Muggia",
        "#Carso",
        "#portoditrieste",
        "#meteo",
    ],
    "social": [
        (
            "OSMER FVG",
            "@OsmerFvg",
            "Domani cielo sereno, bora ancora forte sulla costa con raffiche fino a 110 km/h.",
        ),
        (
            "Comune di Trieste",
            "@comuneditrieste",
            "Ricordiamo che i parchi cittadini restano chiusi fino a nuova comunicazione.",
        ),
        (
            "Pallacanestro Trieste",
            "@pallacanestrots",
            "Grazie a tutti i tifosi presenti stasera nonostante il vento!",
        ),
    ],
    "sponsored": [
        (
            "Contenuto sponsorizzato",
            "Caldaia nuova prima dell'inverno: gli incentivi 2027",
            "Come ottenere le detrazioni e quali modelli scegliere per risparmiare sulla bolletta.",
        ),
        (
            "In collaborazione con Promoturismo FVG",
            "Natale sul Carso: cinque borghi da scoprire",
            "Mercatini, osmize e presepi nelle grotte per un fine settimana diverso dal solito.",
        ),
    ],
    "countdown": [
        ("Natale", datetime(2026, 12, 25, 0, 0)),
        ("Capodanno in piazza Unità", datetime(2027, 1, 1, 0, 0)),
    ],
    "quiz": [
        "Quiz: quanto ne sai della bora?",
        "Quiz: riconosci i rioni di Trieste?",
        "Quiz: dieci domande sulla Barcolana",
    ],
    "city": "Trieste",
    "temps": (1, 6),
    "conditions": [
        "bora forte",
        "sereno e ventoso",
        "raffiche fino a 120 km/h",
        "cielo limpido",
        "freddo pungente",
    ],
    "promos": [
        "Il Piccolo è anche su WhatsApp: iscriviti al nostro canale per ricevere le notizie più importanti di Trieste.",
        "Inviaci le tue foto della bora: le più belle saranno pubblicate nella gallery dei lettori.",
        "Per seguire la diretta anche dal telefono scarica l'app del Piccolo e attiva le notifiche.",
    ],
    "ads": [
        "Serramenti antivento con posa in giornata: preventivi gratuiti a Trieste e Gorizia.",
        "Saldi anticipati sull'abbigliamento tecnico nel negozio di via Carducci.",
    ],
    "consent": "Utilizziamo cookie e tecnologie simili per migliorare la tua esperienza e, con il tuo consenso, per finalità di marketing.",
}

PC_INTRO = [
    "La bora soffia da questa mattina su Trieste con raffiche che al molo Fratelli Bandiera hanno superato i 150 chilometri orari. La Protezione civile regionale ha diramato l'allerta arancione fino a domani.",
    "Chiuse le scuole superiori, sospesi i collegamenti marittimi con Muggia. Qui gli aggiornamenti in tempo reale.",
]
PC_ENTRIES = [
    Block(
        "22:43",
        [
            "In via di Roiano il vento ha strappato parte della copertura di un condominio. I vigili del fuoco hanno messo in sicurezza l'area, nessun ferito."
        ],
        "live_entry",
        "2026-12-07T22:43:00+01:00",
        "Tetto scoperchiato a Roiano",
    ),
    Block(
        "21:57",
        [
            "Una lettrice ci segnala un grosso ramo caduto sulla carreggiata in viale XX Settembre. La polizia locale ha chiuso temporaneamente il tratto."
        ],
        "live_entry",
        "2026-12-07T21:57:00+01:00",
    ),
    Block(
        "21:14",
        [
            "La stazione dell'Osservatorio meteorologico regionale ha registrato una raffica di 152 chilometri orari alle 20.50, il valore più alto dal 2012."
        ],
        "live_entry",
        "2026-12-07T21:14:00+01:00",
        "Raffica record al molo",
    ),
    Block(
        "20:30",
        [
            "L'Autorità portuale ha sospeso le manovre di attracco. Tre navi portacontainer attendono in rada che il vento cali.",
            "Sospeso anche il servizio dei rimorchiatori per le piccole imbarcazioni.",
        ],
        "live_entry",
        "2026-12-07T20:30:00+01:00",
        "Porto, navi ferme in rada",
    ),
    Block(
        "19:42",
        [
            "Il sindaco ha firmato l'ordinanza: martedì resteranno chiuse tutte le scuole di ogni ordine e grado del Comune di Trieste."
        ],
        "live_entry",
        "2026-12-07T19:42:00+01:00",
        "Scuole chiuse anche domani",
    ),
    Block(
        "19:05",
        [
            "Sospese le corse dei bus sulle linee collinari più esposte. L'azienda dei trasporti consiglia di evitare gli spostamenti non necessari."
        ],
        "live_entry",
        "2026-12-07T19:05:00+01:00",
        "Ferme le linee collinari",
    ),
]
PC_GENUINE = Block(
    "23:52",
    [
        "La Protezione civile regionale estende l'allerta arancione fino a mercoledì mattina. Le raffiche potrebbero superare di nuovo i 130 chilometri orari."
    ],
    "live_entry",
    "2026-12-07T23:52:00+01:00",
    "Allerta prorogata fino a mercoledì",
)


def _pc_post(b: Block) -> str:
    h = f'<h2 class="live-post__title">{esc(b.headline)}</h2>' if b.headline else ""
    paras = "".join(f"<p>{esc(p)}</p>" for p in b.paras)
    return f'<article class="live-post"><div class="live-post__hour">{b.label}</div>{h}<div class="live-post__text">{paras}</div></article>'


def _pc_sponsored(c: Ctx) -> str:
    c.kind("sponsored card shaped like a live entry")
    who, title, text = c.pick(PC_P["sponsored"])
    return (
        f'<article class="live-post live-post--adv"><div class="live-post__hour">{esc(who)}</div>'
        f'<h2 class="live-post__title">{c.f(title)}</h2><div class="live-post__text"><p>{c.f(text)}</p></div></article>'
    )


def piccolo(fetch: int) -> Built:
    c = Ctx(PC_SLUG, "it", fetch, PC_OFF)
    P, k = PC_P, "pc-"
    entries = ([PC_GENUINE] if fetch == 6 else []) + PC_ENTRIES
    modified = entries[0].ts
    items = [_pc_post(b) for b in entries]
    menu = [
        partial(fx.listbox, P=P, k=k, key="obits", kind="death notices (a rotating pair)"),
        partial(
            fx.listbox, P=P, k=k, key="pharmacies", kind="pharmacies on duty, with closing times"
        ),
        partial(fx.fixtures, P=P, k=k),
        partial(fx.otherlive, P=P, k=k),
        partial(fx.transit, P=P, k=k),
        partial(fx.social, P=P, k=k),
        partial(fx.reactions, P=P, k=k),
        partial(fx.countdown, P=P, k=k),
        partial(fx.air, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls=""),
        partial(fx.display_ad, P=P, k=k),
        _pc_sponsored,
    ]
    placed = scatter(c, len(items) + 1, menu, 4, 8)
    feed = weave(items, placed, shift=0).replace('<p class="">', "<p>")
    if c.chance(0.5):
        feed = fx.newposts(c, P, k) + "\n" + feed
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Bora a 150 all'ora su Trieste: la diretta",
            "datePublished": "2026-12-07T19:05:00+01:00",
            "dateModified": modified,
            "publisher": {"@type": "Organization", "name": "Il Piccolo"},
        }
    )
    head = f'<meta property="og:site_name" content="Il Piccolo">\n<meta name="description" content="{attr(PC_INTRO[0])}">\n{ldj}'
    top = []
    if c.chance(0.6):
        top.append(fx.tags(c, P, k))
    rail = [fx.weather(c, P, k), fx.mostread(c, P, k)]
    if c.chance(0.5):
        rail.append(fx.quiz(c, P, k))
    bottom = []
    if c.chance(0.5):
        bottom.append(fx.foryou(c, P, k))
    if c.chance(0.4):
        bottom.append(fx.app_update(c, P, k))
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    body = f"""<header class="pc-header"><a class="pc-logo" href="/">Il Piccolo</a>
<nav class="pc-nav"><a href="/trieste/">Trieste</a> <a href="/gorizia/">Gorizia</a> <a href="/monfalcone/">Monfalcone</a> <a href="/regione/">Regione</a> <a href="/sport/">Sport</a> <a href="/necrologie/">Necrologie</a></nav>
<a class="pc-abbonati" href="/abbonati/">Abbonati</a></header>
<main class="pc-main">
<article class="live">
<div class="live__header"><span class="live__badge">In diretta</span>
<h1 class="live__title">Bora a 150 all'ora su Trieste: la diretta</h1>
<p class="live__meta">La redazione · 07 dicembre 2026</p></div>
{"".join(top)}
<figure><img src="/img/bora-molo.jpg" alt="Onde sul molo"><figcaption>Le onde sul molo Audace (foto Lasorte)</figcaption></figure>
<div class="live__intro">
{"".join(f"<p>{esc(p)}</p>" for p in PC_INTRO)}
</div>
<div class="live__posts">
{feed}
</div>
{"".join(bottom)}
</article>
<aside class="pc-aside">{"".join(rail)}</aside>
</main>
<footer class="pc-footer"><a href="/privacy/">Privacy</a> <a href="/cookie-policy/">Cookie policy</a> <a href="/contatti/">Contatti</a><p>© Il Piccolo 2026</p></footer>
{consent}"""
    html = document(
        lang="it",
        title="Bora a 150 all'ora su Trieste: la diretta - Il Piccolo",
        head_extra=head,
        body=body,
        c=c,
        slug=PC_SLUG,
        prefix="pc",
        app="PICCOLO",
    )
    return Built(html, list(PC_INTRO), entries, c)


SITES = [
    (SX_SLUG, "Il Secolo XIX", "it", "updates", secolo, SX_GENUINE),
    (US_SLUG, "L'Unione Sarda", "it", "updates", unionesarda, US_GENUINE),
    (PC_SLUG, "Il Piccolo", "it", "live", piccolo, PC_GENUINE),
]
