"""Italian pages: Il Post, ANSA (notes), la Repubblica, Sky TG24 (live) and Il Sole 24 Ore
(plain)."""

from __future__ import annotations

from chrome import (
    ADS,
    COOKIE,
    TEASERS,
    Px,
    analytics,
    css,
    doc,
    esc,
    jsonld,
    nav,
    thousands,
    ts,
)

CET = "+01:00"


# ---------------------------------------------------------------------------------------------
# Il Post: bold "Aggiornamento delle 15.40:" at the top, "– Leggi anche:" paragraphs in the body.


def ilpost(px: Px) -> str:
    r = px.rnd
    out = []

    def agg(hhmm: str, text: str, genuine: bool = False) -> str:
        label = f"Aggiornamento delle {hhmm.replace(':', '.')}"
        return (
            f"<p><strong>{label}:</strong> "
            + px.note("update", label, text, ts(hhmm, CET), genuine=genuine)
            + "</p>"
        )

    if px.genuine:
        out.append(
            agg(
                "23:55",
                "le paratoie resteranno alzate anche per l’alta marea di lunedì mattina, prevista a 125 centimetri, ha comunicato in serata il Centro maree.",
                genuine=True,
            )
        )
    out.append(
        agg(
            "15:40",
            "alle 15 la marea ha raggiunto il picco di 138 centimetri in mare aperto, mentre in laguna il livello è rimasto intorno agli 80 centimetri. Piazza San Marco non è stata allagata.",
        )
    )
    paras = [
        "Domenica mattina a Venezia sono state sollevate per la quinta volta in una settimana le paratoie del MOSE, il sistema di dighe mobili che protegge la laguna dalle maree più alte. Il Centro maree del Comune prevedeva un picco di 135 centimetri nel primo pomeriggio.",
        "Secondo il Consorzio che gestisce il sistema, ogni sollevamento costa circa 250mila euro, tra personale, energia e manutenzione. Da ottobre le paratoie sono state alzate 23 volte, un numero superiore a quello di tutta la stagione precedente.",
        "Il frequente utilizzo del MOSE ha riaperto una discussione che va avanti da anni: quella sugli effetti delle chiusure sull’ecosistema della laguna e sull’attività del porto. Le navi mercantili non possono entrare né uscire quando le paratoie sono alzate.",
        "L’Autorità di sistema portuale ha stimato che nell’ultima settimana una trentina di navi hanno dovuto aspettare al largo, in alcuni casi per più di dieci ore. Gli operatori chiedono da tempo una conca di navigazione più grande di quella attuale.",
        "Il sindaco Renato Ferrazzi ha detto che il MOSE «sta facendo quello per cui è stato costruito» e che il Comune chiederà al governo di rivedere i criteri di finanziamento della manutenzione, che oggi è a carico in gran parte dello Stato.",
        "Le previsioni indicano maree sostenute almeno fino a martedì, a causa di una perturbazione che porterà scirocco forte sull’Adriatico settentrionale.",
    ]
    leggi = [
        "Come funziona il MOSE, spiegato bene",
        "Perché l’acqua alta a Venezia è sempre più frequente",
        "Il porto di Venezia ha un problema con le dighe mobili",
        "La lunga storia del MOSE, tra ritardi e inchieste",
    ]
    slots = sorted(r.sample([0, 1, 2, 3, 4], 2))
    picks = r.sample(leggi, 2)
    for k, p in enumerate(paras):
        out.append(f"<p>{px.B(esc(p))}</p>")
        if k in slots:
            out.append(
                f'<p class="leggi-anche">– {px.F("Leggi anche: " + picks[slots.index(k)])}</p>'
            )
    body = f"""
<div class="iubenda-cs-container"><p>{px.F(COOKIE["it"])}</p><button>Accetta</button><button>Rifiuta</button></div>
<header id="header"><a href="/" class="logo">Il Post</a>{nav(["Italia", "Mondo", "Politica", "Tecnologia", "Internet", "Scienza", "Cultura", "Economia", "Sport", "Media", "Moda", "Libri"], "menu-header", "")}<a class="abbonati">Abbonati</a></header>
<main id="main"><article class="post">
<h1 class="entry-title">A Venezia il MOSE è stato alzato per la quinta volta in una settimana</h1>
<p class="entry-summary">E ogni volta le navi devono aspettare fuori dal porto: si torna a discutere di come gestirlo</p>
<div class="entry-meta"><time datetime="2026-12-06T11:20:00+01:00">6 dicembre 2026</time> <span class="cat"><a>Italia</a></span></div>
<div class="share"><button>Condividi</button><button>Facebook</button><button>Whatsapp</button></div>
<figure class="wp-caption"><img src="/img/mose.jpg" alt=""><figcaption class="wp-caption-text">Le paratoie del MOSE alla bocca di porto di Lido, domenica (ANSA/ANDREA MEROLA)</figcaption></figure>
<div id="singleBody" class="entry-content">{"".join(out)}</div>
<div class="abbonamento-box"><p>{px.F("Il Post è fatto da giornalisti che lavorano per fare informazione accurata. Abbonati per sostenerci.")}</p></div>
<div class="tags"><a>Venezia</a> <a>MOSE</a> <a>acqua alta</a></div>
</article>
<aside class="most-read"><h3>I più letti</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["it"], 5))}</ol></aside></main>
<footer id="footer">{nav(["Chi siamo", "Contatti", "Privacy", "Cookie policy", "Condizioni", "Abbonamenti", "Lavora con noi"], "footer-menu", "")}<p>{px.F("Il Post – Quotidiano online – P.IVA 08810980965")}</p></footer>"""
    head = (
        css("ip", 50)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "A Venezia il MOSE è stato alzato per la quinta volta in una settimana",
                "datePublished": "2026-12-06T11:20:00+01:00",
                "dateModified": "2026-12-06T23:55:00+01:00"
                if px.genuine
                else "2026-12-06T15:40:00+01:00",
            }
        )
        + analytics("ilpost")
    )
    return doc(
        "it",
        "A Venezia il MOSE è stato alzato per la quinta volta in una settimana - Il Post",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# ANSA: "(ANSA) - NAPOLI, 06 DIC -" dateline, italic "Nota: questo articolo è stato aggiornato ...".


def ansa(px: Px) -> str:
    r = px.rnd
    paras = [
        "(ANSA) - NAPOLI, 06 DIC - La Galleria Vittoria, il tunnel che collega il quartiere di Chiaia con piazza Municipio, è stata chiusa al traffico questa mattina dopo la scoperta di infiltrazioni d’acqua nella volta. Lo ha reso noto il Comune di Napoli.",
        "Il sopralluogo dei vigili del fuoco e dei tecnici comunali è iniziato alle 8 dopo le segnalazioni di alcuni automobilisti. Secondo le prime verifiche, l’acqua proverrebbe da una condotta fognaria danneggiata sopra la galleria.",
        '"Non ci sono pericoli di crolli, ma non possiamo riaprire finché non avremo la certezza assoluta", ha dichiarato l’assessore alle Infrastrutture Ciro Amendola. La chiusura dovrebbe durare almeno una settimana.',
        "Il traffico viene deviato su via Acton e sul lungomare, dove dal pomeriggio si sono formate lunghe code. L’Anm ha modificato i percorsi delle linee 140 e 151.",
        "La galleria era già stata chiusa per quasi un anno nel 2020, sempre a causa di infiltrazioni. (ANSA).",
    ]
    out = []
    for k, p in enumerate(paras):
        out.append(f'<p class="news-txt">{px.B(esc(p))}</p>')
        if k == 2:
            out.append(f'<div class="adv-box"><p>{px.F(r.choice(ADS["it"]))}</p></div>')
    out.append(
        '<p class="news-txt"><em>Nota: '
        + px.note(
            "update",
            "Nota",
            "questo articolo è stato aggiornato alle 17.05 con la dichiarazione dell’assessore alle Infrastrutture.",
            ts("17:05", CET),
        )
        + "</em></p>"
    )
    ultima = px.pick(TEASERS["it"], 4)
    body = f"""
<div class="cookie-bar"><p>{px.F("ANSA.it utilizza cookie tecnici e, previo consenso, cookie di profilazione e di terze parti.")}</p></div>
<header class="header-ansa"><a href="/" class="logo-ansa">ANSA.it</a>{nav(["Cronaca", "Politica", "Economia", "Mondo", "Cultura", "Tecnologia", "Sport", "Regioni", "English", "Foto", "Video"], "nav-ansa", "")}</header>
<div class="ultima-ora"><span>Ultima ora</span><ul>{"".join(f"<li>{px.F(t)}</li>" for t in ultima)}</ul></div>
<main class="main-content"><article class="news">
<div class="news-region">Campania · Napoli</div>
<h1 class="news-title">Napoli, chiusa la Galleria Vittoria per infiltrazioni d’acqua</h1>
<h2 class="news-stit">Traffico deviato sul lungomare, almeno una settimana di lavori</h2>
<div class="news-date"><span>Redazione ANSA</span> <em>NAPOLI</em> <time>06 dicembre 2026 12:34</time></div>
<div class="share-news"><button>Facebook</button><button>X</button><button>Stampa</button><button>Invia</button></div>
<figure><img src="/img/galleria.jpg" alt=""><figcaption>L’ingresso della Galleria Vittoria chiuso al traffico - RIPRODUZIONE RISERVATA</figcaption></figure>
<div class="news-txt-wrap">{"".join(out)}</div>
<p class="news-copyright">{px.F("RIPRODUZIONE RISERVATA © Copyright ANSA")}</p>
<div class="news-related"><h3>Ti potrebbe interessare</h3><ul>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["it"], 3))}</ul></div>
</article></main>
<footer class="footer-ansa">{nav(["Chi siamo", "Prodotti", "Privacy", "Servizi", "Copyright", "Contatti", "Pubblicità"], "footer-nav", "")}<p>{px.F("© Copyright ANSA - Tutti i diritti riservati")}</p></footer>"""
    head = (
        css("ansa", 40)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Napoli, chiusa la Galleria Vittoria per infiltrazioni d’acqua",
                "datePublished": "2026-12-06T12:34:00+01:00",
                "dateModified": "2026-12-06T17:05:00+01:00",
            }
        )
        + analytics("ansa")
    )
    return doc(
        "it",
        "Napoli, chiusa la Galleria Vittoria per infiltrazioni d’acqua - Notizie - Ansa.it",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# la Repubblica diretta: entries marked only by a bold "Ore 19.42" paragraph; no wrappers.

REP_ENTRIES = [
    (
        "22.35",
        [
            "La M2 ha ripreso a circolare su tutta la tratta. Atm avverte che nelle prossime ore i treni potrebbero avere frequenze ridotte."
        ],
    ),
    (
        "21.50",
        [
            'Il sindaco Giacomo Bellotti ha annunciato un incontro lunedì mattina con i vertici di A2A e di Atm "per capire cosa non ha funzionato e chi ne risponde".'
        ],
    ),
    (
        "20.58",
        [
            "Atm ha attivato bus sostitutivi tra Cadorna e Loreto. Alle fermate lunghe file di persone, soprattutto in piazza Duomo, dove si erano radunati migliaia di visitatori per i mercatini di Natale."
        ],
    ),
    (
        "20.15",
        [
            "Secondo A2A il guasto ha riguardato una cabina elettrica di via Larga. Per alcuni minuti sono rimasti al buio anche diversi isolati del centro."
        ],
    ),
    (
        "19.42",
        [
            "Le linee metropolitane M1 e M2 sono ferme dalle 19.30 per un blackout. Decine di persone sono rimaste bloccate nei vagoni tra le stazioni di Duomo e Cordusio e sono state fatte scendere a piedi lungo i binari dai vigili del fuoco."
        ],
    ),
]


def repubblica(px: Px) -> str:
    r = px.rnd
    entries = list(REP_ENTRIES)
    if px.genuine:
        entries.insert(
            0,
            (
                "23.53",
                [
                    "Anche la M1 è tornata regolare. Atm comunica che lunedì il servizio partirà come di consueto alle 5.30."
                ],
            ),
        )
    out = []
    ad_at = r.choice([1, 2, 3])
    for k, (clock, paras) in enumerate(entries):
        label = f"Ore {clock}"
        px.entry(
            label, ts(clock.replace(".", ":"), CET), None, paras, genuine=px.genuine and k == 0
        )
        out.append(f"<p><strong>{label}</strong></p>")
        out.extend(f"<p>{esc(p)}</p>" for p in paras)
        if k == ad_at:
            out.append(f'<div class="adv-inread"><p>{px.F(r.choice(ADS["it"]))}</p></div>')
    intro = "Serata di passione a Milano: un blackout ha fermato le linee metropolitane M1 e M2 nell’ora di punta della domenica pre-natalizia, con centinaia di persone bloccate nelle stazioni del centro."
    viewers = thousands(r.randint(900, 6000), "it")
    quarter = [
        "2° quarto",
        "2° quarto",
        "intervallo",
        "3° quarto",
        "3° quarto",
        "3° quarto",
        "4° quarto",
    ][px.fetch]
    score = f"NBA · Knicks-Celtics {44 + 6 * px.fetch}-{41 + 7 * px.fetch} ({quarter})"
    body = f"""
<div class="cmp-rep"><p>{px.F(COOKIE["it"])}</p><button>Accetta e continua</button></div>
<header class="rep-header"><a href="/" class="rep-logo">la Repubblica</a>{nav(["Politica", "Economia", "Esteri", "Cronaca", "Sport", "Cultura", "Spettacoli", "Tecnologia", "Scienze", "Milano", "Roma", "Napoli"], "rep-nav", "")}</header>
<main class="rep-main"><article class="story story--live">
<div class="story__live-label">Diretta</div>
<h1 class="story__title">Milano, blackout in metropolitana: M1 e M2 ferme, passeggeri a piedi nei tunnel</h1>
<div class="story__info"><em class="story__author">di Chiara Ottolenghi</em> <time>6 dicembre 2026</time> <span class="story__viewers">{px.F(f"{viewers} persone stanno seguendo la diretta")}</span></div>
<div class="story__tools"><button>Condividi</button><button>Commenta</button></div>
<div class="story__text">
<p>{px.B(esc(intro))}</p>
{"".join(out)}
</div>
<div class="story__rep-plus"><p>{px.F("Rep: l’informazione di Repubblica senza limiti. Abbonati a 1 euro al mese per tre mesi.")}</p></div>
</article>
<aside class="rep-live-score" data-widget="score"><p>{px.F(score)}</p></aside>
<aside class="rep-most"><h3>I più letti</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["it"], 5))}</ol></aside></main>
<footer class="rep-footer">{nav(["Chi siamo", "Privacy", "Cookie policy", "Dichiarazione di accessibilità", "Pubblicità", "Codice etico"], "rep-foot", "")}<p>{px.F("GEDI Periodici e Servizi S.p.A. © 2026")}</p></footer>"""
    head = (
        css("rep", 40)
        + jsonld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Milano, blackout in metropolitana: M1 e M2 ferme, passeggeri a piedi nei tunnel",
                "datePublished": "2026-12-06T19:42:00+01:00",
                "dateModified": ts(entries[0][0].replace(".", ":"), CET),
            }
        )
        + analytics("repubblica")
    )
    return doc("it", "Milano, blackout in metropolitana: M1 e M2 ferme - la Repubblica", head, body)


# ---------------------------------------------------------------------------------------------
# Sky TG24 live: microdata liveBlogUpdate, "I punti chiave" list, viewers counter, ads between.


def skytg24(px: Px) -> str:
    r = px.rnd
    entries = [
        (
            "21:36",
            "Allerta rossa prorogata fino a lunedì alle 15",
            [
                "La Protezione civile della Regione Liguria ha prorogato l’allerta rossa per piogge diffuse e temporali sul centro e levante della regione fino alle 15 di lunedì."
            ],
        ),
        (
            "20:48",
            "Scuole chiuse lunedì a Genova e La Spezia",
            [
                "I sindaci di Genova e La Spezia hanno firmato le ordinanze di chiusura di scuole di ogni ordine e grado, parchi e cimiteri per la giornata di lunedì."
            ],
        ),
        (
            "19:55",
            "Esondato il torrente Entella a Chiavari",
            [
                "Il torrente Entella è esondato nella zona di Caperana, a Chiavari. I vigili del fuoco hanno evacuato una decina di famiglie dai piani terra.",
                "Non si segnalano feriti.",
            ],
        ),
        (
            "18:40",
            "Treni sospesi tra Sestri Levante e Monterosso",
            [
                "Rfi ha sospeso la circolazione ferroviaria tra Sestri Levante e Monterosso per una frana che ha invaso i binari all’uscita di una galleria."
            ],
        ),
        (
            "17:22",
            "Il punto della Protezione civile",
            [
                "Nelle ultime sei ore sono caduti fino a 220 millimetri di pioggia nell’entroterra di Genova, secondo i dati dell’Arpal."
            ],
        ),
    ]
    points = "".join(
        f'<li><a href="#post-{k}"><span>{e[0]}</span> {esc(e[1])}</a></li>'
        for k, e in enumerate(entries)
        if k in (0, 2, 3)
    )
    posts = []
    for k, (clock, headline, paras) in enumerate(entries):
        px.entry(clock, ts(clock, CET), headline, paras)
        posts.append(
            f'<section class="c-liveblog-post j-post" id="post-{k}" itemprop="liveBlogUpdate" itemscope itemtype="http://schema.org/BlogPosting">'
            f'<span class="c-liveblog-post__time">{clock}</span><meta itemprop="datePublished" content="{ts(clock, CET)}">'
            f'<h3 class="c-liveblog-post__title" itemprop="headline">{esc(headline)}</h3>'
            f'<div class="c-liveblog-post__body" itemprop="articleBody">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div></section>'
        )
        if k in (1, 3):
            posts.append(f'<div class="c-adv c-adv--inline"><p>{px.F(ADS["it"][k // 2])}</p></div>')
    viewers = thousands(r.randint(900, 6000), "it")
    intro = [
        "Piogge intense e allerta rossa in Liguria. Esondazioni nel levante, treni sospesi e scuole chiuse lunedì a Genova e La Spezia. Gli aggiornamenti in tempo reale.",
    ]
    body = f"""
<div class="c-cookie"><p>{px.F("Sky Italia e terze parti selezionate utilizzano cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.")}</p></div>
<header class="c-header"><a href="/" class="c-logo">Sky TG24</a>{nav(["Ultime notizie", "Cronaca", "Politica", "Mondo", "Economia", "Spettacolo", "Tecnologia", "Ambiente", "Salute", "Meteo", "Sport"], "c-header__nav", "")}<a class="c-live-tv">Diretta TV</a></header>
<main class="c-main"><article class="c-liveblog" itemscope itemtype="http://schema.org/LiveBlogPosting">
<span class="c-liveblog__label">LIVE</span>
<h1 class="c-liveblog__title" itemprop="headline">Maltempo in Liguria, allerta rossa: esonda l’Entella a Chiavari. LIVE</h1>
<div class="c-liveblog__meta"><span>Redazione Sky TG24</span> <span>{px.F(f"{viewers} persone stanno seguendo questo live")}</span></div>
<div class="c-liveblog__intro">{"".join(f"<p>{px.B(esc(p))}</p>" for p in intro)}</div>
<nav class="c-liveblog__keypoints"><h2>I punti chiave</h2><ul>{points}</ul></nav>
<div class="c-liveblog__list">{"".join(posts)}</div>
<div class="c-newsletter"><p>{px.F("Iscriviti alla newsletter di Sky TG24 per ricevere le notizie più importanti.")}</p></div>
</article>
<aside class="c-most"><h3>Più letti</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["it"], 4))}</ol></aside></main>
<footer class="c-footer">{nav(["Chi siamo", "Contatti", "Privacy", "Cookie", "Note legali", "Lavora con noi"], "c-footer__nav", "")}<p>{px.F("Copyright © 2026 Sky Italia - P.IVA 04619241005")}</p></footer>"""
    head = css("c", 40) + analytics("skytg24")
    return doc(
        "it",
        "Maltempo in Liguria, allerta rossa: esonda l’Entella a Chiavari. LIVE | Sky TG24",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# Il Sole 24 Ore (plain): audio player, reading time, market widget, paywall box.


def sole24ore(px: Px) -> str:
    r = px.rnd
    paras = [
        "Le bollette del gas per i clienti vulnerabili scenderanno a gennaio di circa il 4% rispetto a dicembre. È la stima contenuta nel documento che l’Autorità di regolazione per energia reti e ambiente pubblicherà lunedì, secondo quanto risulta al Sole 24 Ore.",
        "A pesare sul calo è soprattutto la discesa delle quotazioni all’ingrosso, tornate sotto i 35 euro al megawattora sulla piazza di Amsterdam. Per una famiglia tipo il risparmio sarebbe di circa 5 euro al mese.",
        "Resta però l’incognita delle temperature: un gennaio particolarmente freddo potrebbe riportare i prezzi verso l’alto già a febbraio, avvertono gli analisti.",
        "Le associazioni dei consumatori accolgono la notizia con cautela. «È un segnale positivo, ma i livelli restano lontani da quelli del 2020», osserva il presidente di un’associazione milanese, Luca Benvenuti.",
        "Il governo, intanto, lavora a una proroga del bonus sociale per i nuclei con Isee sotto i 9.530 euro, in scadenza a fine anno.",
    ]
    out = []
    for k, p in enumerate(paras):
        out.append(f'<p class="atext">{px.B(esc(p))}</p>')
        if k == 1:
            out.append(
                f'<div class="aembed aembed--related"><span>Per approfondire</span><a>{px.F(r.choice(TEASERS["it"]))}</a></div>'
            )
        if k == 3:
            out.append(f'<div class="adv-sole"><p>{px.F(ADS["it"][2])}</p></div>')
    ftse = f"FTSE MIB {r.randint(37800, 38600)} {r.choice(['+', '-'])}0,{r.randint(10, 99)}%"
    body = f"""
<div class="cmp-sole"><p>{px.F(COOKIE["it"])}</p></div>
<header class="header-sole"><a href="/" class="logo-sole">Il Sole 24 ORE</a>{nav(["Economia", "Finanza", "Mercati", "Risparmio", "Norme & Tributi", "Commenti", "Management", "Salute", "Tecnologia", "Cultura", "Moda", "Viaggi"], "nav-sole", "")}
<div class="market-strip" data-widget="markets"><span>{esc(ftse)}</span></div></header>
<main class="main-sole"><article class="art">
<p class="akick">Energia</p>
<h1 class="atitle">Bollette del gas, a gennaio prezzi in calo del 4% per i clienti vulnerabili</h1>
<p class="asummary">La stima nel documento dell’Autorità atteso per lunedì. Pesa il calo delle quotazioni all’ingrosso</p>
<div class="aauth"><span>di Marta Guidoni</span> <time>6 dicembre 2026</time> <span class="aread">{px.F("3' di lettura")}</span></div>
<div class="aaudio"><p>{px.F("Ascolta la versione audio dell'articolo")}</p></div>
<div class="ashare"><button>Condividi</button><button>Salva</button><button>Regala</button></div>
<figure><img src="/img/gas.jpg" alt=""><figcaption>(Adobe Stock)</figcaption></figure>
<div class="abody">{"".join(out)}</div>
<div class="paywall-sole"><p>{px.F("Abbonati a Il Sole 24 Ore: 3 mesi a 1 euro. Disdici quando vuoi.")}</p></div>
<div class="riproduzione"><p>{px.F("Riproduzione riservata ©")}</p></div>
</article>
<aside class="piu-letti"><h3>I più letti</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["it"], 5))}</ol></aside></main>
<footer class="footer-sole">{nav(["Chi siamo", "Contatti", "Privacy policy", "Informativa cookie", "Codice etico", "Pubblicità", "Abbonamenti"], "footer-nav", "")}<p>{px.F("P.I. 00777910159 © Copyright Il Sole 24 Ore Tutti i diritti riservati")}</p></footer>"""
    head = (
        css("a", 40)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Bollette del gas, a gennaio prezzi in calo del 4% per i clienti vulnerabili",
                "datePublished": "2026-12-06T08:15:00+01:00",
            }
        )
        + analytics("sole24ore")
    )
    return doc(
        "it",
        "Bollette del gas, a gennaio prezzi in calo del 4% per i clienti vulnerabili - Il Sole 24 ORE",
        head,
        body,
    )


SITES = {
    "ilpost-mose-venezia": ("it", "Il Post", "updates", ilpost),
    "ansa-galleria-vittoria": ("it", "ANSA", "updates", ansa),
    "repubblica-diretta-blackout-metro": ("it", "la Repubblica diretta", "live", repubblica),
    "skytg24-live-maltempo-liguria": ("it", "Sky TG24 live", "live", skytg24),
    "sole24ore-bollette-gas": ("it", "Il Sole 24 Ore", "plain", sole24ore),
}
