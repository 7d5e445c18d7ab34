"""Italian publishers: Il Gazzettino (notes), L'Eco di Bergamo diretta, Il Tirreno diretta."""

from __future__ import annotations

from chrome import (
    Fx,
    ad,
    ago,
    appeal,
    author,
    cards,
    comments,
    consent,
    esc,
    gallery,
    most_read,
    native,
    poll,
    promo,
    readers,
    readmore,
    related,
    scatter,
    score,
    shell,
    some,
    traffic,
    video,
    weather,
)


def tide(fx: Fx) -> str:
    cm = 78 + 4 * fx.fetch + fx.rng.randint(0, 5)
    line = f"Marea a Punta della Salute: {cm} cm, in crescita"
    return f'<div class="maree-widget"><span>Centro maree</span><p>{fx.f(line)}</p></div>'


def gazzettino(fx: Fx) -> str:
    """Il Gazzettino: AGGIORNAMENTO notes set into the story, a Rettifica at the bottom."""
    paras = [
        "MESTRE - Un tram della linea T1 è deragliato domenica pomeriggio in via Carducci, a pochi metri dalla fermata Piazzale Cialdini. Nessuno dei 40 passeggeri è rimasto ferito.",
        "Secondo una prima ricostruzione, il convoglio stava rientrando verso il deposito di Favaro quando le ruote anteriori sono uscite dal binario guida in curva.",
        "«Abbiamo sentito un rumore metallico fortissimo e poi il tram si è fermato di colpo», racconta Lucia Bortolato, che tornava a casa dal mercatino di piazza Ferretto.",
        "Sul posto sono intervenuti i vigili del fuoco, la polizia locale e i tecnici dell'azienda di trasporto, che hanno transennato l'area per tutto il pomeriggio.",
        "La circolazione dei tram tra Mestre centro e Favaro è stata sospesa e sostituita da autobus. Il collegamento con piazzale Roma funziona regolarmente.",
        "L'azienda ha avviato un'indagine interna per chiarire le cause. Non si esclude un cedimento del binario dovuto alle piogge dei giorni scorsi.",
    ]
    units = [fx.p(esc(t)) for t in paras]
    notes = []
    if fx.final:
        text = "Il tram è stato riportato sul binario poco prima delle 23 con una gru. La linea T1 tornerà in servizio lunedì dalle 5.30 su tutto il percorso."
        fx.block(
            "update", "AGGIORNAMENTO delle 23.52", "2026-12-06T23:52:00+01:00", text, genuine=True
        )
        notes.append(f"<p><strong>AGGIORNAMENTO delle 23.52.</strong> {esc(text)}</p>")
    text = "I tecnici hanno confermato che il binario si è deformato per un cedimento della massicciata. I lavori di ripristino cominceranno in serata."
    fx.block("update", "AGGIORNAMENTO delle 18.30", "2026-12-06T18:30:00+01:00", text)
    notes.append(f"<p><strong>AGGIORNAMENTO delle 18.30.</strong> {esc(text)}</p>")
    units[2:2] = notes
    corr = "in una prima versione dell'articolo avevamo scritto che il tram viaggiava verso piazzale Roma. Il convoglio stava invece rientrando al deposito."
    fx.block("correction", "Rettifica", None, corr)
    inserts = some(
        fx,
        [
            lambda fx: readmore(fx, "LEGGI ANCHE >", "gz-leggi"),
            lambda fx: f'<div class="adv-box"><span>Pubblicità</span>{ad(fx, "gz-adv")}</div>',
            tide,
            lambda fx: gallery(fx, "gz-gallery"),
            lambda fx: promo(fx, "gz-promo"),
            lambda fx: score(fx, "Venezia", "Padova", "Serie B", "gz-risultati"),
            lambda fx: (
                f'<p class="gz-notifiche">{fx.f("Attiva le notifiche del Gazzettino per ricevere le ultime notizie da Venezia e Mestre.")}</p>'
            ),
        ],
        2,
        5,
    )
    body = scatter(fx, units, inserts)
    page = f"""<body class="gazzettino">
{consent(fx, "iubenda-cs-banner")}
<header><a href="/" class="logo">Il Gazzettino</a><nav><a href="/nordest/venezia">Venezia</a> <a href="/nordest/venezia/mestre">Mestre</a></nav></header>
<main>
<article class="article">
<h1 class="article__title">Mestre, tram deragliato in via Carducci: paura ma nessun ferito. Linea T1 sospesa</h1>
<h2 class="article__subtitle">Il convoglio è uscito dal binario in curva mentre rientrava al deposito</h2>
<div class="article__meta"><span>di Marco Zennaro</span> <time datetime="2026-12-06T16:05">Domenica 6 Dicembre 2026, 16:05</time> {ago(fx, 22, "article__updated")}</div>
<div class="article__body">
{body}
<p><i>Rettifica: {esc(corr)}</i></p>
</div>
{comments(fx, 63, "gz-commenti")}
</article>
{related(fx, "Potrebbe interessarti", "gz-correlati", 3)}
{appeal(fx, "subscribe", "gz-abbonati") if fx.chance(0.5) else ""}
</main>
<aside>{most_read(fx, "gz-piu-letti")}{weather(fx, "Venezia", 7, "gz-meteo")}</aside>
<footer><p>© 2026 Il Gazzettino – Caltagirone Editore</p></footer>
</body>"""
    return shell(
        fx,
        title="Mestre, tram deragliato in via Carducci: linea T1 sospesa | Il Gazzettino",
        description="Il convoglio è uscito dal binario in curva mentre rientrava al deposito.",
        url="https://www.ilgazzettino.it/nordest/venezia/mestre_tram_deragliato_via_carducci-8112044.html",
        ld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Mestre, tram deragliato in via Carducci",
            "datePublished": "2026-12-06T16:05:00+01:00",
        },
        modified=("2026-12-06T18:31:00+01:00", "2026-12-06T23:53:00+01:00"),
        body=page,
        prefix="gz",
    )


ECO_ENTRIES = [
    (
        "17:20",
        "Neve fino a fondovalle",
        "Dalle 17 nevica fitto anche a Clusone e a Ponte Nossa. La Provincia ha fatto uscire tutti i mezzi spartineve disponibili in Val Seriana.",
    ),
    (
        "18:05",
        "Chiusa la strada per il Passo della Presolana",
        "La strada provinciale 671 è chiusa tra Castione della Presolana e il passo per il rischio di slavine. Riaprirà solo dopo un sopralluogo dei tecnici.",
    ),
    (
        "19:10",
        None,
        "Alcuni lettori ci segnalano auto in difficoltà sulla salita di Rovetta, molte senza catene né gomme invernali. I carabinieri invitano a non mettersi in viaggio.",
    ),
    (
        "20:25",
        "Treni della Teb regolari",
        "La tramvia delle Valli tra Bergamo e Albino viaggia regolarmente, con qualche minuto di ritardo nelle ore serali.",
    ),
    (
        "21:40",
        "Sindaci: scuole aperte lunedì",
        "I sindaci di Clusone, Rovetta e Castione hanno deciso di tenere aperte le scuole lunedì, salvo peggioramenti durante la notte.",
    ),
    (
        "22:40",
        "Fino a 40 centimetri in quota",
        "A Lizzola, in alta Valle Seriana, la neve fresca ha raggiunto i 40 centimetri. Le piste da sci apriranno regolarmente, annunciano i gestori.",
    ),
]


def ecobergamo(fx: Fx) -> str:
    """L'Eco di Bergamo diretta: oldest entry first, new entries at the bottom."""
    intro = [
        "Prima nevicata dell'inverno in Val Seriana: da domenica pomeriggio la neve è scesa fino a fondovalle, con disagi sulle strade e una provinciale chiusa.",
        "In questa pagina seguiamo gli aggiornamenti della serata, in ordine di orario.",
    ]
    lead = "".join(fx.p(esc(t), ' class="diretta__intro-p"') for t in intro)
    rows = list(ECO_ENTRIES)
    if fx.final:
        rows.append(
            (
                "23:54",
                "Spartineve al lavoro tutta la notte",
                "La Provincia di Bergamo conferma che i mezzi spartineve resteranno in servizio tutta la notte sulle provinciali dell'alta valle, in vista del rientro di lunedì.",
            )
        )
    entries = []
    for i, (clock, head, text) in enumerate(rows):
        label = f"ore {clock}"
        fx.block(
            "live_entry",
            label,
            f"2026-12-06T{clock}:00+01:00",
            text,
            headline=head,
            genuine=fx.final and i == len(rows) - 1,
        )
        title = f"<h3>{esc(head)}</h3>" if head else ""
        entries.append(
            f'<div class="diretta__item"><p class="diretta__ora"><b>{label}</b></p>{title}<p>{esc(text)}</p></div>'
        )
    inserts = some(
        fx,
        [
            lambda fx: (
                f'<div class="eco-adv"><span>Pubblicità</span>{ad(fx, "eco-adv__slot")}</div>'
            ),
            lambda fx: appeal(fx, "subscribe", "eco-abbonati"),
            lambda fx: weather(fx, "Clusone", -1, "eco-meteo"),
            lambda fx: traffic(
                fx,
                ["SS671 Val Seriana", "SP35 Colzate", "SP53 Castione", "Asse interurbano"],
                "eco-viabilita",
            ),
            lambda fx: score(fx, "Atalanta", "Pisa", "Serie A", "eco-live-score"),
            lambda fx: video(fx, "eco-video"),
            lambda fx: poll(
                fx,
                "Avete montato le gomme invernali?",
                ["Sì", "No", "Uso le catene"],
                "eco-sondaggio",
            ),
            lambda fx: promo(fx, "eco-promo"),
        ],
        3,
        6,
    )
    feed = scatter(fx, entries, inserts)
    page = f"""<body class="ecodibergamo">
{consent(fx, "cl-consent")}
<header><a href="/" class="logo">L'Eco di Bergamo</a><nav><a href="/stories/valle-seriana/">Valle Seriana</a></nav></header>
<main>
<article class="diretta">
<p class="diretta__tag">{"LIVE" if fx.chance(0.5) else ""}</p>
<h1 class="diretta__titolo">Neve in Val Seriana, chiusa la strada della Presolana: la diretta</h1>
<div class="diretta__meta"><span>di Redazione Valle Seriana</span> <span>06 dicembre 2026, 17:15</span></div>
{readers(fx, 1500, "diretta__lettori")}
<div class="diretta__intro">{lead}</div>
<div class="diretta__lista">
{feed}
</div>
</article>
{cards(fx, "Potrebbero interessarti", "eco-correlati")}
</main>
<aside>{most_read(fx, "eco-piu-lette")}</aside>
<footer><p>© SESAAB S.p.A. 2026</p></footer>
</body>"""
    return shell(
        fx,
        title="Neve in Val Seriana, chiusa la strada della Presolana: la diretta - L'Eco di Bergamo",
        description="Prima nevicata dell'inverno in Val Seriana.",
        url="https://www.ecodibergamo.it/stories/valle-seriana/neve-in-val-seriana-la-diretta_1512204_11/",
        ld={
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Neve in Val Seriana: la diretta",
            "datePublished": "2026-12-06T17:15:00+01:00",
        },
        modified=("2026-12-06T22:40:00+01:00", "2026-12-06T23:54:00+01:00"),
        body=page,
        prefix="eco",
    )


TIRRENO_ENTRIES = [
    (
        "22:44",
        "Il porto resta chiuso fino a domattina",
        "La Capitaneria di porto ha prorogato la chiusura dello scalo fino alle 8 di lunedì. Le navi in arrivo restano alla fonda al largo della Meloria.",
        "Giulia Paoletti",
    ),
    (
        "22:09",
        None,
        "Un lettore ci manda un video dagli Scali del Pontino: l'acqua è arrivata sul marciapiede davanti alla Venezia Nuova, ma senza entrare nei fondi.",
        "Giulia Paoletti",
    ),
    (
        "21:31",
        "Traghetti per la Sardegna cancellati",
        "Le compagnie di navigazione hanno cancellato le partenze serali per Olbia e Golfo Aranci. I passeggeri saranno riprotetti sulle corse di lunedì.",
        "Andrea Cecchi",
    ),
    (
        "20:48",
        "Chiusa la passeggiata della Terrazza Mascagni",
        "Il Comune ha chiuso la Terrazza Mascagni e il lungomare fino all'Ardenza dopo che le onde hanno superato la balaustra in più punti.",
        "Andrea Cecchi",
    ),
    (
        "20:12",
        "Allerta arancione per mareggiate",
        "La Regione Toscana ha emesso un'allerta arancione per mareggiate sulla costa livornese, valida fino alla mezzanotte di lunedì.",
        "Giulia Paoletti",
    ),
]


def tirreno(fx: Fx) -> str:
    """Il Tirreno diretta: <time> + <h3> entries, newest first, a byline per entry."""
    intro = "Mareggiata sulla costa livornese: porto chiuso, traghetti cancellati e lungomare interdetto. Tutti gli aggiornamenti della serata."
    lead = fx.p(esc(intro), ' class="live-intro"')
    rows = list(TIRRENO_ENTRIES)
    if fx.final:
        rows.insert(
            0,
            (
                "23:53",
                "Vento in calo dopo mezzanotte",
                "Secondo il Consorzio Lamma il vento di libeccio calerà dopo mezzanotte, ma il mare resterà agitato fino a lunedì pomeriggio.",
                "Andrea Cecchi",
            ),
        )
    entries = []
    for i, (clock, head, text, who) in enumerate(rows):
        fx.block(
            "live_entry",
            clock,
            f"2026-12-06T{clock}:00+01:00",
            text,
            headline=head,
            genuine=fx.final and i == 0,
        )
        title = f'<h3 class="live-entry__title">{esc(head)}</h3>' if head else ""
        entries.append(
            f'<article class="live-entry"><time datetime="2026-12-06T{clock}:00+01:00">{clock}</time>{title}'
            f'<div class="live-entry__text"><p>{esc(text)}</p></div><span class="live-entry__author">{esc(who)}</span></article>'
        )
    inserts = some(
        fx,
        [
            lambda fx: (
                f'<div class="tr-adv"><span>Pubblicità</span>{native(fx, "tr-native")}</div>'
            ),
            lambda fx: readmore(fx, "Approfondisci:", "tr-approfondisci"),
            lambda fx: gallery(fx, "tr-gallery"),
            lambda fx: appeal(fx, "newsletter", "tr-newsletter"),
            lambda fx: weather(fx, "Livorno", 12, "tr-meteo"),
            lambda fx: score(fx, "Livorno", "Pisa", "Amichevole", "tr-score"),
            lambda fx: appeal(fx, "donate", "tr-sostieni"),
        ],
        3,
        5,
    )
    feed = scatter(fx, entries, inserts)
    page = f"""<body class="iltirreno">
{consent(fx, "tr-cmp")}
<header><a href="/" class="logo">il Tirreno</a><nav><a href="/livorno">Livorno</a> <a href="/toscana">Toscana</a></nav></header>
<main>
<article class="live-article">
<h1>Mareggiata a Livorno, porto chiuso e traghetti cancellati: la diretta</h1>
<div class="live-article__meta"><span>06 dicembre 2026</span> {ago(fx, 16, "live-article__agg")}</div>
{comments(fx, 12, "tr-commenti") if fx.chance(0.6) else ""}
{lead}
<div class="live-entries">
{feed}
</div>
{author(fx, "Giulia Paoletti", "Giulia Paoletti segue la cronaca di Livorno e del porto per il Tirreno dal 2016.", 900, "tr-autore") if fx.chance(0.6) else ""}
</article>
{related(fx, "Leggi anche", "tr-correlati", 3)}
</main>
<aside>{most_read(fx, "tr-piu-letti")}{video(fx, "tr-video") if fx.chance(0.6) else ""}</aside>
<footer><p>© Il Tirreno 2026 – SAE Toscana</p></footer>
</body>"""
    return shell(
        fx,
        title="Mareggiata a Livorno, porto chiuso e traghetti cancellati: la diretta - Il Tirreno",
        description="Mareggiata sulla costa livornese: tutti gli aggiornamenti.",
        url="https://www.iltirreno.it/livorno/cronaca/2026/12/06/news/mareggiata-livorno-diretta-1712204",
        ld={
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Mareggiata a Livorno: la diretta",
            "datePublished": "2026-12-06T20:10:00+01:00",
        },
        modified=("2026-12-06T22:44:00+01:00", "2026-12-06T23:53:00+01:00"),
        body=page,
        prefix="tr",
    )


SITES = [
    ("gazzettino-mestre-tram-deragliato", "Il Gazzettino", "it", "updates", gazzettino),
    ("ecodibergamo-diretta-neve-seriana", "L'Eco di Bergamo", "it", "live", ecobergamo),
    ("iltirreno-diretta-mareggiata-livorno", "Il Tirreno", "it", "live", tirreno),
]
