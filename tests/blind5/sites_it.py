"""Italian pages: Fanpage.it (notes), TGCom24 diretta and RaiNews diretta."""

from __future__ import annotations

from chrome import (
    Rec,
    doc,
    esc,
    iso,
    jsonld,
    line,
    list_box,
    maybe,
    minutes_since,
    modified,
    native_ads,
    num,
    poll,
    quote_box,
    scatter,
    stocks,
    teaser_box,
    video_playlist,
    widget_rows,
)

CONSENT_IT = (
    "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione e di "
    "terze parti per inviarti pubblicità in linea con le tue preferenze."
)

# ---------------------------------------------------------------------------------------------
# Fanpage.it

FP_PARAS = [
    "Un cornicione si è staccato dalla facciata di un palazzo in via Toledo, a Napoli, nella mattinata di domenica 6 dicembre. I calcinacci sono caduti sul marciapiede a pochi metri da un gruppo di turisti, senza ferire nessuno.",
    "Il crollo è avvenuto intorno alle 10.30 all'altezza di piazza Carità. Sul posto sono intervenuti i vigili del fuoco, la polizia municipale e i tecnici del Comune, che hanno transennato il tratto di strada interessato.",
    "In via precauzionale sono stati sgomberati due edifici, per un totale di 34 famiglie. Molti residenti hanno trovato ospitalità da parenti, mentre per gli altri il Comune ha messo a disposizione alcune stanze in un albergo del centro.",
    "«Abbiamo sentito un boato e poi abbiamo visto la polvere salire fino al terzo piano», racconta Carmela Esposito, che vive nel palazzo accanto. «Da anni chiediamo che qualcuno controlli quella facciata.»",
    "Secondo una prima ricostruzione, le infiltrazioni d'acqua delle ultime settimane avrebbero indebolito la struttura del cornicione, già segnalata come a rischio in una relazione tecnica del 2024.",
    "La Procura di Napoli ha aperto un fascicolo per crollo colposo. L'amministratore del condominio ha fatto sapere di aver commissionato i lavori di messa in sicurezza a ottobre, ma che il cantiere non era ancora partito.",
    "Via Toledo resterà chiusa ai pedoni nel tratto tra piazza Carità e via Diaz almeno fino a lunedì, quando è previsto un nuovo sopralluogo dei tecnici.",
]
FP_UPDATE = (
    "17:20",
    "Il Comune ha comunicato che le verifiche strutturali sul primo dei due palazzi hanno dato esito positivo: 19 famiglie potranno rientrare già in serata.",
)
FP_GENUINE = (
    "23:55",
    "I vigili del fuoco hanno concluso la rimozione delle parti pericolanti della facciata. Il tratto di via Toledo sarà riaperto ai pedoni domattina alle 8.",
)
FP_NOTE = "l'autrice di questo articolo abita in uno degli stabili sgomberati in via Toledo."
FP_INTERESSA = [
    "Napoli, i palazzi del centro storico a rischio: la mappa dei crolli degli ultimi cinque anni",
    "Crollo a Torre Annunziata, la Procura chiude le indagini",
    "Via Toledo, i commercianti: «Un'altra domenica persa a dicembre»",
    "Bonus facciate, perché tanti cantieri sono rimasti fermi",
    "Napoli, calcinacci in Galleria Umberto: transennato l'ingresso",
]
FP_PROMO = [
    "Fanpage.it è anche su WhatsApp: iscriviti al canale per ricevere le notizie più importanti della giornata.",
    "Hai una segnalazione da fare? Scrivi alla redazione di Fanpage.it Napoli: le tue foto e i tuoi video possono diventare una notizia.",
    "Ogni giorno raccontiamo Napoli con inchieste e reportage: sostieni il giornalismo indipendente di Fanpage.it.",
]
FP_VIDEO = [
    "Il momento del crollo ripreso da una telecamera di sicurezza",
    "Gli sfollati di via Toledo: «Non sappiamo quando torneremo a casa»",
    "Napoli, il mercatino di San Gregorio Armeno preso d'assalto",
    "Maltempo in Campania, mareggiata sul lungomare",
]
FP_MOST = [
    "Napoli, la metro Linea 1 chiude in anticipo per lavori",
    "Concorso scuola 2027, pubblicato il bando: i requisiti",
    "Meteo, arriva il freddo artico: neve a bassa quota al Sud",
    "Serie A, il Napoli vince e accorcia sulla vetta",
    "Pensioni di gennaio, le date di pagamento",
]
FP_ADS = [
    ("Napoletani, ecco come ridurre la bolletta del gas del 30%", "Energia Sud"),
    ("Il materasso che tutti stanno comprando a dicembre", "Dormibene"),
    ("Over 65: il nuovo apparecchio acustico quasi invisibile", "Udito Italia"),
    ("Le 10 spiagge più belle della Campania da vedere in inverno", "Viaggi Mediterranei"),
]


def _fp_update(rec: Rec, spec: tuple[str, str], genuine: bool = False) -> str:
    clock, text = spec
    label = f"Aggiornamento ore {clock}"
    rec.block("update", label, iso(clock, 1), text, genuine=genuine)
    return f"<p><strong>{label} –</strong> {esc(text)}</p>"


def fanpage(rec: Rec) -> str:
    c = "fp-{}".format
    paras = [rec.p(t) for t in FP_PARAS]
    inserts = [
        teaser_box(rec, c, "Potrebbe interessarti", FP_INTERESSA, 1),
        f'<p class="fp-promo"><strong>{rec.f(rec.pick(FP_PROMO)[0], "promo paragraph")}</strong></p>',
        maybe(
            rec,
            0.6,
            lambda: poll(
                rec,
                c,
                "Secondo te il Comune controlla abbastanza gli edifici storici?",
                ["Sì", "No", "Non so"],
                "{n} voti",
            ),
            "poll",
        ),
        video_playlist(rec, c, "Video Fanpage.it", FP_VIDEO, 2),
    ]
    body = scatter(rec, paras, inserts, skip_first=2)
    notes = []
    if rec.last:
        notes.append(_fp_update(rec, FP_GENUINE, genuine=True))
    notes.append(_fp_update(rec, FP_UPDATE))
    rec.block("editors_note", "Nota della redazione", None, FP_NOTE)
    note = f"<p><em>Nota della redazione: {esc(FP_NOTE)}</em></p>"
    minute = min(90, 48 + 6 * rec.fetch)
    score = widget_rows(
        rec,
        c,
        "score",
        "Serie A live",
        [f"Napoli – Lazio {1 + (rec.fetch >= 4)}-0 ({minute}')"],
        "sports score",
    )
    weather = widget_rows(
        rec,
        c,
        "meteo",
        "Meteo",
        [
            f"Napoli {rec.rng.randint(8, 12)}°C, {rec.rng.choice(['nuvoloso', 'pioggia debole', 'sereno'])}"
        ],
        "weather",
    )
    comments = line(
        rec, c, "comments", f"{rec.rng.randint(12, 60)} commenti", "comment count", "span"
    )
    shares = line(
        rec,
        c,
        "shares",
        f"{num(rec.rng.randint(300, 2500), 'it')} condivisioni",
        "share count",
        "span",
    )
    most = list_box(rec, c, "I più letti", FP_MOST, 5, "most read", shuffle_only=True)
    ads = native_ads(rec, c, "Ti potrebbe interessare", FP_ADS, 2, "Contenuti sponsorizzati")
    consent = maybe(
        rec,
        0.4,
        lambda: (
            f'<div class="fp-consent" role="dialog"><p>{rec.f(CONSENT_IT, "consent banner")}</p><button>Accetta</button></div>'
        ),
        "consent banner",
    )
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Napoli, crolla un cornicione in via Toledo: sgomberati due palazzi",
            "datePublished": "2026-12-06T12:04:00+01:00",
            "dateModified": modified(rec, "17:20", "23:55", 1),
            "author": {"@type": "Person", "name": "Giulia Caputo"},
        }
    )
    page = f"""{consent}
<header class="fp-header"><a href="/" class="fp-logo">Fanpage.it</a><nav><a href="/napoli/">Napoli</a><a href="/politica/">Politica</a><a href="/sport/">Sport</a></nav></header>
<main class="fp-main">
<article class="fp-article">
<header class="fp-article__header">
<span class="fp-article__category">Napoli</span>
<h1 class="fp-article__title">Napoli, crolla un cornicione in via Toledo: sgomberati due palazzi</h1>
<h2 class="fp-article__summary">I calcinacci sono caduti a pochi metri da un gruppo di turisti. Trentaquattro famiglie fuori casa, la Procura apre un fascicolo.</h2>
<p class="fp-article__author">A cura di <a href="/autore/giulia-caputo/">Giulia Caputo</a></p>
<time datetime="2026-12-06T12:04:00+01:00">6 Dicembre 2026 12:04</time> {comments} {shares}
</header>
<div class="fp-article__body" id="article-body">
{chr(10).join(notes)}
{body}
{note}
</div>
{ads}
</article>
<aside class="fp-aside">{score}{weather}{most}</aside>
</main>
<footer class="fp-footer"><p>© 2026 Ciaopeople S.r.l.</p></footer>"""
    return doc(
        rec,
        "Napoli, crolla un cornicione in via Toledo: sgomberati due palazzi",
        head,
        ' class="fp-page"',
        page,
        "fp-",
    )


# ---------------------------------------------------------------------------------------------
# TGCom24 diretta

TG_INTRO = [
    "Una fuga di gas in una palazzina di via Madama Cristina, nel quartiere San Salvario, ha costretto all'evacuazione circa 300 persone. Vigili del fuoco e tecnici di Italgas sono al lavoro da ore.",
]
# (clock, title or None, paragraphs)
TG_ENTRIES = [
    (
        "22:46",
        None,
        [
            "I tecnici di Italgas hanno individuato il punto della perdita in una tubatura interrata all'angolo con via Berthollet. La riparazione dovrebbe concludersi entro la notte."
        ],
    ),
    (
        "22:15",
        "Riaperto corso Vittorio Emanuele II",
        [
            "La polizia municipale ha riaperto al traffico corso Vittorio Emanuele II tra via Nizza e via Madama Cristina, chiuso dal pomeriggio."
        ],
    ),
    (
        "21:38",
        None,
        [
            "Il sindaco di Torino ha raggiunto il centro di accoglienza allestito nella palestra della scuola di via Giacosa, dove hanno trovato posto una sessantina di evacuati."
        ],
    ),
    (
        "21:02",
        "Evacuate 300 persone",
        [
            "Secondo la prefettura sono circa 300 le persone fatte uscire dalle abitazioni in un raggio di cento metri dalla palazzina. Tra loro molti anziani e famiglie con bambini."
        ],
    ),
    (
        "20:31",
        "Deviati tram e bus in via Nizza",
        [
            "Gtt ha deviato le linee 16 e 18 e il bus 67. Anche la fermata della metropolitana Marconi è rimasta chiusa per circa un'ora."
        ],
    ),
    (
        "19:57",
        "Forte odore di gas in via Madama Cristina",
        [
            "Numerose segnalazioni di un forte odore di gas sono arrivate al 112 poco prima delle 19.30. I vigili del fuoco hanno chiuso la strada e avviato le prime verifiche."
        ],
    ),
]
TG_GENUINE = (
    "23:54",
    "Metà degli evacuati rientra a casa",
    [
        "Via libera dei vigili del fuoco al rientro nelle abitazioni di via Berthollet e di corso Raffaello. Per gli altri residenti bisognerà attendere la fine dei lavori."
    ],
)
TG_LEGGI = [
    "Fughe di gas in casa: i segnali da non sottovalutare",
    "Torino, San Salvario cambia volto: i nuovi locali della movida",
    "Italgas, piano da 2 miliardi per rinnovare le reti cittadine",
    "Evacuazioni, ecco come funziona l'accoglienza d'emergenza",
    "Torino, esplosione in un alloggio a Barriera di Milano: un ferito",
]
TG_VIDEO = [
    "Torino, le immagini dell'evacuazione a San Salvario",
    "Meteo, weekend di freddo su tutta Italia",
    "Calcio, gli highlights della quindicesima giornata",
    "Milano, accese le luci dell'albero in piazza Duomo",
]
TG_MOST = [
    "Maltempo, allerta arancione in tre regioni",
    "Manovra, le novità per le pensioni nel 2027",
    "Sanremo 2027, svelati i nomi dei conduttori",
    "Incidente in A4, code fino a 8 chilometri",
    "Lotteria Italia, venduti già 6 milioni di biglietti",
]
TG_ADS = [
    ("Torinesi, questo nuovo condizionatore sta facendo impazzire tutti", "Clima Casa"),
    ("Come ottenere un prestito in 24 ore: la guida", "Prestiti Facili"),
    ("La dieta che i nutrizionisti consigliano dopo i 50 anni", "Benessere Oggi"),
    ("Gli occhiali da vista che puoi provare a casa gratis", "Ottica Online"),
]


def _tg_entry(rec: Rec, entry: tuple[str, str | None, list[str]], genuine: bool = False) -> str:
    clock, title, paras = entry
    rec.block("live_entry", clock, iso(clock, 1), " ".join(paras), headline=title, genuine=genuine)
    ago = minutes_since(rec, clock, 1)
    rel = f"{ago} minuti fa" if ago < 60 else ("1 ora fa" if ago < 120 else f"{ago // 60} ore fa")
    head = f'<h3 class="live-item__title">{esc(title)}</h3>' if title else ""
    return (
        f'<li class="live-item" data-id="{clock.replace(":", "")}">'
        f'<div class="live-item__time"><strong>{clock}</strong> <small>{rec.f(rel, "relative time")}</small></div>'
        f'{head}<div class="live-item__text">'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div></li>"
    )


def tgcom24(rec: Rec) -> str:
    c = "tgc-{}".format
    intro = [rec.p(t) for t in TG_INTRO]
    entries = []
    if rec.last:
        entries.append(_tg_entry(rec, TG_GENUINE, genuine=True))
    entries.extend(_tg_entry(rec, e) for e in TG_ENTRIES)
    inserts = [
        '<li class="live-item live-item--related">'
        + teaser_box(rec, c, "Leggi anche", TG_LEGGI, 1)
        + "</li>",
        '<li class="live-item live-item--adv">'
        + native_ads(rec, c, "Ti potrebbe interessare", TG_ADS, 2, "Taboola")
        + "</li>",
    ]
    stream = scatter(rec, entries, inserts, skip_first=1)
    rec.k("live badge")
    badge = '<span class="tgc-live">LIVE</span>' if rec.chance(0.5) else ""
    readers = line(
        rec,
        c,
        "readers",
        f"In diretta ora: {num(rec.rng.randint(700, 2200), 'it')} lettori",
        "reader counter",
        "p",
    )
    market = stocks(rec, c, "Borsa", [("FTSE MIB", 34120.4), ("Spread Btp-Bund", 118.0)])
    weather = widget_rows(
        rec, c, "meteo", "Meteo", [f"Torino {rec.rng.randint(0, 4)}°C, nebbia"], "weather"
    )
    vids = video_playlist(rec, c, "Video Mediaset Infinity", TG_VIDEO, 3)
    most = list_box(rec, c, "I più visti", TG_MOST, 4, "most read")
    newsletter = maybe(
        rec,
        0.5,
        lambda: (
            '<div class="tgc-newsletter"><p>'
            + rec.f(
                "Iscriviti alla newsletter di Tgcom24: le notizie del giorno ogni sera nella tua casella di posta.",
                "newsletter box",
            )
            + "</p></div>"
        ),
        "newsletter box",
    )
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Torino, fuga di gas a San Salvario: evacuate 300 persone | Diretta",
            "datePublished": "2026-12-06T19:50:00+01:00",
            "dateModified": modified(rec, "22:46", "23:54", 1),
        }
    )
    page = f"""<div class="tgc-topbar">{market}</div>
<header class="tgc-header"><a href="/" class="tgc-logo">Tgcom24</a><nav><a href="/cronaca/">Cronaca</a><a href="/politica/">Politica</a><a href="/economia/">Economia</a><a href="/sport/">Sport</a></nav></header>
<main class="tgc-main">
<article class="tgc-article tgc-article--live">
<header>{badge}
<h1 class="tgc-title">Torino, fuga di gas a San Salvario: evacuate 300 persone</h1>
{readers}
</header>
<div class="tgc-intro">
{chr(10).join(intro)}
</div>
{vids}
<ul class="live-list">
{stream}
</ul>
{newsletter}
</article>
<aside class="tgc-aside">{weather}{most}</aside>
</main>
<footer class="tgc-footer"><p>© 2026 Mediaset S.p.A.</p></footer>"""
    return doc(
        rec,
        "Torino, fuga di gas a San Salvario: evacuate 300 persone | Diretta - Tgcom24",
        head,
        ' class="tgc"',
        page,
        "tgc-",
    )


# ---------------------------------------------------------------------------------------------
# RaiNews diretta

RN_INTRO = [
    "Piogge torrenziali hanno colpito la provincia di Ancona dalla notte di sabato. A Senigallia il fiume Misa è esondato nel pomeriggio, allagando il centro storico e diversi quartieri a ridosso degli argini.",
    "La Protezione civile ha diramato l'allerta rossa per tutta la costa marchigiana.",
]
RN_ENTRIES = [
    (
        "22:47",
        "Il sindaco: «Nessun disperso»",
        [
            "Il sindaco di Senigallia ha confermato che non risultano persone disperse. «Abbiamo contattato una per una tutte le famiglie delle zone allagate», ha detto."
        ],
    ),
    (
        "22:10",
        "Evacuato il quartiere Borgo Molino",
        [
            "I vigili del fuoco hanno evacuato con i gommoni una trentina di residenti del quartiere Borgo Molino, rimasti bloccati ai piani alti delle abitazioni."
        ],
    ),
    (
        "21:35",
        "Scuole chiuse lunedì a Senigallia e Trecastelli",
        [
            "I sindaci dei due comuni hanno firmato le ordinanze di chiusura di tutte le scuole di ogni ordine e grado per la giornata di lunedì."
        ],
    ),
    (
        "20:58",
        "Allerta rossa prorogata fino a lunedì sera",
        [
            "La Protezione civile regionale ha prorogato l'allerta rossa per rischio idrogeologico fino alle 20 di lunedì.",
            "Sono attese nuove piogge nella notte, anche se meno intense.",
        ],
    ),
    (
        "20:20",
        "Il Misa esonda nel centro storico",
        [
            "L'acqua ha superato gli argini nel tratto cittadino del fiume, all'altezza del ponte Garibaldi, invadendo via Carducci e piazza Roma."
        ],
    ),
    (
        "19:45",
        "Pioggia record: 180 millimetri in dodici ore",
        [
            "Secondo i dati della rete meteorologica regionale, a Serra de' Conti sono caduti 180 millimetri di pioggia tra le 7 e le 19."
        ],
    ),
]
RN_GENUINE = (
    "23:53",
    "Riaperta la statale Adriatica",
    [
        "Anas ha riaperto al traffico la statale 16 Adriatica tra Senigallia e Marzocca, chiusa nel pomeriggio per l'allagamento della carreggiata."
    ],
)
RN_QUOTES = [
    "«L'acqua ha memoria: torna sempre dove è già passata.» — Anna Maria Ortolani, geologa",
    "«Chi costruisce sugli argini scrive una lettera al fiume.» — Ettore Biancalana, ingegnere idraulico",
    "«La prevenzione non fa notizia finché non manca.» — Luisa Ferrante, protezione civile",
    "«Un paese si misura da come tratta i suoi fiumi.» — Giorgio Santarelli, scrittore",
]
RN_POTREBBE = [
    "Alluvioni nelle Marche, la lunga storia del fiume Misa",
    "Dissesto idrogeologico, i fondi fermi nei cassetti delle Regioni",
    "Come funziona l'allerta meteo: i colori e cosa significano",
    "Senigallia, a tre anni dall'alluvione i cantieri sugli argini",
    "Clima, in Italia eventi estremi raddoppiati in dieci anni",
]
RN_ULTIMORA = [
    "Legge di bilancio, il voto di fiducia slitta a martedì",
    "Ucraina, nuovo round di colloqui a Ginevra",
    "Sciopero dei treni confermato per venerdì",
    "Coppa del mondo di sci, Brignone seconda in gigante",
    "Istat, inflazione stabile a novembre",
]
RN_TRAFFIC = [
    "A14 Bologna-Taranto: coda di 4 km tra Senigallia e Marotta",
    "SS76 della Val d'Esino: chiusa tra Serra San Quirico e Fabriano",
    "A14: uscita di Senigallia chiusa per allagamento",
    "SP360 Arceviese: transito a senso unico alternato",
]
RN_VIDEO = [
    "Senigallia, le immagini dal drone del centro allagato",
    "Tg1, edizione delle 20",
    "Marche, il soccorso dei vigili del fuoco a Borgo Molino",
    "RaiNews24, la rassegna stampa",
]


def _rn_entry(rec: Rec, entry: tuple[str, str, list[str]], genuine: bool = False) -> str:
    clock, title, paras = entry
    label = f"06 dicembre 2026 - {clock}"
    rec.block("live_entry", label, iso(clock, 1), " ".join(paras), headline=title, genuine=genuine)
    return (
        f'<div class="liveblog__post"><div class="liveblog__post-header"><time datetime="{iso(clock, 1)}">{label}</time></div>'
        f'<h3 class="liveblog__post-title">{esc(title)}</h3>'
        f'<div class="liveblog__post-body">'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div></div>"
    )


def rainews(rec: Rec) -> str:
    c = "rn-{}".format
    intro = [rec.p(t) for t in RN_INTRO]
    entries = []
    if rec.last:
        entries.append(_rn_entry(rec, RN_GENUINE, genuine=True))
    entries.extend(_rn_entry(rec, e) for e in RN_ENTRIES)
    inserts = [
        teaser_box(rec, c, "Potrebbe interessarti", RN_POTREBBE, 2),
        quote_box(rec, c, "La frase del giorno", RN_QUOTES),
        widget_rows(rec, c, "viabilita", "Viabilità", rec.pick(RN_TRAFFIC, 2), "traffic"),
    ]
    stream = scatter(rec, entries, inserts, skip_first=1)
    last_clock = "23:53" if rec.last else "22:47"
    ago = minutes_since(rec, last_clock, 1)
    rel = f"Aggiornato {ago} minuti fa" if ago < 60 else "Aggiornato 1 ora fa"
    updated = line(rec, c, "updated", rel, "relative time", "p")
    ultim = list_box(rec, c, "Ultim'ora", RN_ULTIMORA, 3, "top stories carousel", ordered=False)
    vids = video_playlist(rec, c, "RaiPlay", RN_VIDEO, 3)
    weather = widget_rows(
        rec,
        c,
        "meteo",
        "Meteo",
        [f"Senigallia {rec.rng.randint(7, 11)}°C, pioggia forte"],
        "weather",
    )
    consent = maybe(
        rec,
        0.4,
        lambda: (
            f'<div class="rn-consent" role="dialog"><p>{rec.f(CONSENT_IT, "consent banner")}</p><button>Accetta</button></div>'
        ),
        "consent banner",
    )
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Alluvione nelle Marche, esonda il Misa a Senigallia: la diretta",
            "datePublished": "2026-12-06T19:40:00+01:00",
            "dateModified": modified(rec, "22:47", "23:53", 1),
        }
    )
    page = f"""{consent}
<rainews-header class="rn-header"><a href="/" class="rn-logo">RaiNews</a><nav><a href="/italia">Italia</a><a href="/mondo">Mondo</a><a href="/politica">Politica</a><a href="/tgr">TGR</a></nav></rainews-header>
<div class="rn-ultimora">{ultim}</div>
<main class="rn-main">
<article class="rn-article rn-article--liveblog">
<header class="rn-article__header">
<span class="rn-article__label">Diretta</span>
<h1 class="rn-article__title">Alluvione nelle Marche, esonda il Misa a Senigallia: la diretta</h1>
{updated}
</header>
<div class="rn-article__intro">
{chr(10).join(intro)}
</div>
{vids}
<div class="liveblog">
{stream}
</div>
</article>
<aside class="rn-aside">{weather}</aside>
</main>
<footer class="rn-footer"><p>© Rai 2026</p></footer>"""
    return doc(
        rec,
        "Alluvione nelle Marche, esonda il Misa a Senigallia: la diretta - RaiNews",
        head,
        ' class="rn"',
        page,
        "rn-",
    )
