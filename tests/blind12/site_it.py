"""Italian pages: La Nuova Sardegna, Il Giornale di Vicenza, laRegione (CH)."""

from __future__ import annotations

import fx
from kit import Block, Ctx, Site, esc, place, shell, stamp

# ---------------------------------------------------------------------------------------------
# La Nuova Sardegna: live, newest first, schema.org microdata in <li> items


def nuova() -> Site:
    off = 1
    slug = "lanuovasardegna-diretta-rio-posada-esonda-torpe-famiglie-evacuate"
    intro = [
        "Il Rio Posada è esondato nel pomeriggio nelle campagne di Torpè, dove una quarantina di "
        "famiglie sono state fatte uscire di casa dai vigili del fuoco e dalla protezione civile.",
        "La diga di Maccheronis sta scaricando acqua per il forte afflusso delle ultime ore e la "
        "Protezione civile regionale ha prorogato l'allerta rossa fino a domani. Tutti gli "
        "aggiornamenti della notte, dal più recente.",
    ]

    def item(h: int, m: int, headline: str | None, text: str) -> Block:
        return Block("live_entry", f"{h:02d}:{m:02d}", stamp(off, h, m), (text,), headline)

    items = [
        item(
            22,
            44,
            "Chiusa la provinciale per Lodè",
            "La strada provinciale tra Torpè e Lodè è stata chiusa per una frana all'altezza del "
            "ponte sul Rio Mannu. Sul posto i tecnici della Provincia e i carabinieri.",
        ),
        item(
            22,
            5,
            "Il sindaco: «Restate ai piani alti»",
            "Il sindaco di Torpè ha chiesto ai residenti delle zone basse di non uscire di casa e "
            "di salire ai piani superiori per tutta la notte.",
        ),
        item(
            21,
            31,
            None,
            "Un elicottero dei vigili del fuoco ha recuperato un allevatore rimasto isolato con il "
            "suo gregge in un ovile nelle campagne. L'uomo sta bene.",
        ),
        item(
            20,
            48,
            "Scuole chiuse domani a Posada e Torpè",
            "I sindaci di Posada e Torpè hanno firmato le ordinanze di chiusura delle scuole di "
            "ogni ordine e grado per la giornata di lunedì.",
        ),
        item(
            20,
            2,
            "La diga aumenta gli scarichi",
            "L'Enas ha comunicato che gli scarichi della diga sono saliti a 300 metri cubi al "
            "secondo. Il livello del fiume è previsto in crescita fino a mezzanotte.",
        ),
        item(
            19,
            15,
            "Evacuate quaranta famiglie",
            "Vigili del fuoco e volontari hanno accompagnato fuori dalle case le famiglie che "
            "vivono lungo la strada per Posada, nella parte bassa della valle.",
        ),
    ]
    genuine = item(
        23,
        53,
        "Il fiume comincia a calare",
        "Secondo la Protezione civile il livello del Rio Posada al ponte di Torpè è sceso di "
        "trenta centimetri nell'ultima ora.",
    )
    dossier = [
        (
            "16:30",
            "Speciale: la Sardegna che frana",
            "Leggi la quarta puntata della nostra inchiesta sulle zone a rischio idrogeologico "
            "dell'isola.",
        ),
        (
            "20:10",
            "Speciale: dieci anni di alluvioni",
            "Dalle Baronie al Sulcis, la mappa dei comuni colpiti e dei lavori mai finiti.",
        ),
    ]
    cameras = [
        "SS 131 dcn, km 54 (Siniscola)",
        "SS 125 Orientale sarda, Tortolì",
        "SS 131, Macomer direzione Sassari",
        "SP 24, Budoni",
        "SS 389, Bitti direzione Nuoro",
    ]
    reviews = [
        f"Teatro Massimo di Cagliari: una «Tosca» senza sbavature {fx.stars(4)}",
        f"Ristorante: a Orgosolo il porceddu come una volta {fx.stars(3)}",
        f"Libri: «Il pastore e la luna», un esordio che sa di mirto {fx.stars(4)}",
    ]
    most_read = [
        "Cagliari, il Poetto si prepara al Capodanno in spiaggia",
        "Sassari, chiude la storica libreria di piazza Castello",
        "Dinamo, arriva un play americano per la corsa ai playoff",
        "Alghero, il corallo rosso torna a crescere nella baia",
        "Nuoro, il museo del Costume riapre dopo i lavori",
        "Olbia, nuovi voli per Londra e Varsavia dalla prossima estate",
    ]
    ads = [
        "Natale a Cala Gonone: tre notti in mezza pensione da 249 euro.",
        "Pellet di abete in offerta a Nuoro, consegna a domicilio in 48 ore.",
        "Pecorino sardo Dop direttamente dal caseificio, spedizione gratuita.",
    ]

    def render(ctx: Ctx) -> str:
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown)  # type: ignore[type-var]
        chunks = []
        for b in shown:
            when = b.moment()
            assert when is not None
            title = (
                f'<h3 class="nsd-live__title" itemprop="headline">{esc(b.headline)}</h3>'
                if b.headline
                else ""
            )
            chunks.append(
                f'<li class="nsd-live__item" itemprop="liveBlogUpdate" itemscope '
                f'itemtype="https://schema.org/BlogPosting">'
                f'<time class="nsd-live__time" itemprop="datePublished" '
                f'datetime="{when.isoformat()}">{esc(b.label or "")}</time>'
                f"{title}"
                f'<div class="nsd-live__text" itemprop="articleBody"><p>{esc(b.paras[0])}</p></div>'
                f"</li>"
            )
        inserts: list[str] = []
        if ctx.chance(0.7):
            clock, head, text = ctx.rng.choice(dossier)
            ctx.furn("series box in the notes' own markup", head, text)
            inserts.append(
                f'<li class="nsd-live__item nsd-live__item--promo">'
                f'<time class="nsd-live__time">{clock}</time>'
                f'<h3 class="nsd-live__title">{esc(head)}</h3>'
                f'<div class="nsd-live__text"><p>{esc(text)}</p></div></li>'
            )
        if ctx.chance(0.75):
            rows = [
                f"Riempimento medio degli invasi: {fx.dec(58.3, 'it')} per cento",
                ctx.one(
                    [
                        "Maccheronis: 17,1 milioni di metri cubi",
                        "Omodeo: 402 milioni di metri cubi",
                        "Flumendosa: 188 milioni di metri cubi",
                    ]
                ),
                "Dati dell'Autorità di bacino aggiornati al 30 novembre",
            ]
            inserts.append(
                '<li class="nsd-live__box">'
                + fx.list_box(
                    ctx,
                    "dam and reservoir levels",
                    cls="invasi",
                    title="Invasi della Sardegna",
                    items=rows,
                    tag="div",
                )
                + "</li>"
            )
        if ctx.chance(0.7):
            inserts.append(
                '<li class="nsd-live__box">'
                + fx.list_box(
                    ctx,
                    "speed-camera locations of the day",
                    cls="autovelox",
                    title="Autovelox di lunedì 7 dicembre",
                    items=ctx.some(cameras, 3),
                    tag="div",
                )
                + "</li>"
            )
        if ctx.chance(0.7):
            n = fx.rising(ctx, 3218, 11)
            line = (
                "La petizione per riaprire il punto nascita dell'ospedale di Sorgono ha raccolto "
                f"{fx.num(n, 'it')} firme."
            )
            ctx.furn("petition counter (rising through the evening)", line)
            inserts.append(f'<li class="nsd-live__box"><p class="petizione">{esc(line)}</p></li>')
        if ctx.chance(0.6):
            text = (
                "A causa del maltempo, la distribuzione della Nuova Sardegna di lunedì potrebbe "
                "subire ritardi nelle Baronie e in Ogliastra. L'edizione digitale è disponibile "
                "dalle 5."
            )
            ctx.furn("print-delivery notice (full sentences)", text)
            inserts.append(f'<li class="nsd-live__box"><p class="avviso">{esc(text)}</p></li>')
        inserts.append(
            '<li class="nsd-live__adv">'
            + fx.ad_slot(ctx, cls="adv", label="Pubblicità", copy=[ctx.one(ads)])
            + "</li>"
        )
        feed = place(ctx, chunks, inserts)
        side: list[str] = []
        if ctx.chance(0.9):
            side.append(
                fx.link_list(
                    ctx,
                    "most-read list (a rotating subset)",
                    cls="piu-letti",
                    title="I più letti",
                    items=ctx.shuffled(most_read, 5),
                    base="/regione",
                )
            )
        if ctx.chance(0.6):
            side.append(
                fx.list_box(
                    ctx,
                    "reviews with star ratings",
                    cls="recensioni",
                    title="Le recensioni",
                    items=ctx.some(reviews, 2),
                )
            )
        terms = fx.suggestions(
            ctx,
            cls="ricerche",
            title="Ricerche correlate",
            terms=ctx.some(
                [
                    "esondazione rio posada",
                    "allerta meteo sardegna oggi",
                    "diga maccheronis oggi",
                    "torpè evacuati maltempo",
                ],
                3,
                4,
            ),
            base="/cerca",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="cookie-notice",
                text="Utilizziamo cookie tecnici e, con il tuo consenso, cookie di profilazione "
                "per mostrarti pubblicità in linea con i tuoi interessi.",
                buttons=["Accetta", "Rifiuta"],
            )
        page = f"""<header class="nsd-header"><a class="nsd-header__logo" href="/">La Nuova Sardegna</a>
<nav class="nsd-nav"><a href="/regione">Regione</a> <a href="/nuoro">Nuoro</a> <a href="/sassari">Sassari</a> <a href="/olbia">Olbia</a> <a href="/sport">Sport</a></nav></header>
<main class="nsd-main">
<article class="nsd-article" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="2026-12-06T19:00:00+01:00">
<p class="nsd-article__live">Diretta</p>
<h1 class="nsd-article__title" itemprop="headline">Maltempo, esonda il Rio Posada: evacuate quaranta famiglie a Torpè</h1>
<p class="nsd-article__meta">06 dicembre 2026 · Aggiornato alle {latest:%H:%M}</p>
<div class="nsd-live-intro" itemprop="description">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
<ul class="nsd-live">
{feed}
</ul>
{terms}
</article>
<aside class="nsd-aside">{"".join(side)}</aside>
</main>
<footer class="nsd-footer"><p>© La Nuova Sardegna 2026</p><a href="/privacy">Privacy</a></footer>
{banner}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Maltempo, esonda il Rio Posada: evacuate quaranta famiglie a Torpè",
            "datePublished": "2026-12-06T19:00:00+01:00",
            "dateModified": latest.isoformat(),
            "publisher": {"@type": "Organization", "name": "La Nuova Sardegna"},
        }
        return shell(
            ctx,
            lang="it-IT",
            title="Maltempo, esonda il Rio Posada: evacuate quaranta famiglie a Torpè",
            canonical=f"https://www.lanuovasardegna.it/nuoro/cronaca/2026/12/06/news/{slug}-1",
            body_class="nsd live",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="La Nuova Sardegna",
        lang="it",
        kind="live",
        offset=off,
        body=intro,
        blocks=items,
        genuine=genuine,
        genuine_at=0,
        render=render,
        summary="6 `<li>` items newest first in schema.org **microdata** (`LiveBlogPosting` > "
        '`liveBlogUpdate` `BlogPosting`), `<time itemprop="datePublished">` "22:44" + `<h3 '
        'itemprop="headline">` (one without headline)',
        genuine_note='a "23:53" item on top',
    )
    return site


# ---------------------------------------------------------------------------------------------
# Il Giornale di Vicenza: an "aggiornamenti" list on top, oldest first; "Nota della redazione"


def vicenza() -> Site:
    off = 1
    slug = "ilgiornaledivicenza-bacchiglione-piena-ponte-degli-angeli-chiuso"
    body = [
        "VICENZA. La piena del Bacchiglione ha costretto il Comune a chiudere nel pomeriggio Ponte "
        "degli Angeli e Ponte Pusterla, mentre il livello del fiume continuava a salire dopo due "
        "giorni di pioggia sulle Prealpi.",
        "Alle 17 l'idrometro di Ponte degli Angeli segnava 4,60 metri, a poco più di un metro e "
        "mezzo dal livello raggiunto nell'alluvione del novembre 2010.",
        "La Protezione civile ha chiesto ai residenti dei piani terra di contrà San Marco e di "
        "Borgo Berga di spostare auto e oggetti di valore ai piani superiori.",
        "«Per ora gli argini tengono, ma la notte sarà lunga», ha detto l'assessora alla "
        "Protezione civile, Marina Zanella, durante un sopralluogo sul lungofiume.",
        "A monte della città sono in funzione i bacini di laminazione di Caldogno, che secondo il "
        "Consorzio di bonifica stanno trattenendo parte della piena.",
        "Il Comune ha aperto il centro operativo comunale e invita a non avvicinarsi agli argini.",
    ]

    def upd(h: int, m: int, text: str) -> Block:
        label = f"Domenica 6 dicembre 2026, {h}.{m:02d}"
        return Block("update", label, stamp(off, h, m), (text,), zone="top")

    first = upd(
        20,
        5,
        "Chiusi anche il sottopasso di viale Ferrarin e i parcheggi lungo il fiume in viale Diaz: "
        "il Comune teme allagamenti nella notte.",
    )
    second = upd(
        21,
        50,
        "Il livello a Ponte degli Angeli è arrivato a 4,95 metri. I tecnici del Genio civile "
        "prevedono il colmo della piena tra mezzanotte e le due.",
    )
    nota = Block(
        "editors_note",
        "Nota della redazione",
        None,
        (
            "l'autrice di questo articolo abita in una delle strade di Borgo Berga interessate "
            "dall'invito a liberare i piani terra.",
        ),
        zone="end",
    )
    genuine = upd(
        23,
        52,
        "La piena ha raggiunto il colmo prima del previsto: alle 23.40 l'idrometro segnava 5,08 "
        "metri e ora il livello è stabile.",
    )
    cameras = [
        "Viale del Sole, Vicenza",
        "SP 46 del Pasubio, Caldogno",
        "Riviera Berica, Longare",
        "SS 53 Postumia, Camisano Vicentino",
    ]
    glossary = [
        (
            "Che cos'è un bacino di laminazione?",
            "È un'area che si allaga in modo controllato per trattenere l'acqua di una piena e "
            "proteggere i centri abitati a valle.",
        ),
        (
            "Che cos'è lo zero idrometrico?",
            "È il livello di riferimento da cui si misura l'altezza di un fiume in un punto "
            "preciso del suo corso.",
        ),
    ]
    deadlines = [
        "Entro mercoledì 16 dicembre va versato il saldo dell'Imu sulle seconde case.",
        "Entro il 31 dicembre i proprietari di caldaie devono aggiornare il libretto di impianto.",
    ]
    reviews = [
        f"Al Teatro Olimpico un «Edipo re» essenziale e potente {fx.stars(4)}",
        f"Ristorante: a Marostica il baccalà come da tradizione {fx.stars(4)}",
        f"Concerto: l'orchestra giovanile al Comunale convince a metà {fx.stars(3)}",
    ]
    most_read = [
        "Bassano, la grappa torna protagonista al mercatino di Natale",
        "Asiago, aperte le prime piste da fondo",
        "Schio, chiude la storica merceria di via Pasubio",
        "Arzignano, la conceria premiata per il riciclo dell'acqua",
        "Valdagno, il teatro riapre dopo tre anni di lavori",
        "Thiene, il sindaco presenta il nuovo piano dei parcheggi",
    ]
    ads = [
        "Caldaie a condensazione con detrazione fiscale: preventivo gratuito a domicilio.",
        "Mercatini di Natale in Trentino: gita in pullman da Vicenza a 45 euro.",
        "Formaggio Asiago Dop stagionato, direttamente dal caseificio.",
    ]

    def render(ctx: Ctx) -> str:
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown if b.moment())  # type: ignore[type-var]
        rows = "".join(
            f'<li class="gdv-updates__item"><span class="gdv-updates__when">{esc(b.label or "")}'
            f"</span><p>{esc(b.paras[0])}</p></li>"
            for b in site.zone(ctx.fetch, "top")
        )
        box = (
            f'<section class="gdv-updates"><h3 class="gdv-updates__title">Gli aggiornamenti</h3>'
            f'<ul class="gdv-updates__list">{rows}</ul></section>'
        )
        end = site.zone(ctx.fetch, "end")[0]
        chunks = [
            box,
            *(f'<p class="gdv-text">{esc(p)}</p>' for p in body),
            f'<p class="gdv-text gdv-text--nota"><em><strong>{esc(end.label or "")}:</strong> '
            f"{esc(end.paras[0])}</em></p>",
        ]
        inserts: list[str] = []
        if ctx.chance(0.7):
            text = (
                "Iscriviti a «Buongiorno Vicenza»: le notizie della provincia nella tua casella di "
                "posta prima del caffè."
            )
            ctx.furn("promo built from the notes' or entries' own markup", text)
            inserts.append(
                '<section class="gdv-updates"><h3 class="gdv-updates__title">Newsletter</h3>'
                '<ul class="gdv-updates__list"><li class="gdv-updates__item">'
                '<span class="gdv-updates__when">Ogni mattina alle 7</span>'
                f"<p>{esc(text)}</p></li></ul></section>"
            )
        if ctx.chance(0.75):
            q, a = ctx.rng.choice(glossary)
            inserts.append(
                fx.para_box(
                    ctx,
                    "glossary or explainer box (full sentences in the story's vocabulary)",
                    cls="gdv-glossario",
                    title=q,
                    paras=[a],
                )
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.list_box(
                    ctx,
                    "speed-camera locations of the day",
                    cls="gdv-autovelox",
                    title="Autovelox di lunedì 7 dicembre",
                    items=ctx.some(cameras, 2, 3),
                )
            )
        if ctx.chance(0.65):
            text = ctx.one(deadlines)
            ctx.furn("civic deadline reminder (full sentence)", text)
            inserts.append(f'<p class="gdv-text"><strong>Scadenze</strong> – {esc(text)}</p>')
        if ctx.chance(0.6):
            text = (
                "Il Giornale di Vicenza di lunedì sarà regolarmente in edicola; se i ponti "
                "resteranno chiusi, la distribuzione nel centro storico potrebbe subire ritardi."
            )
            ctx.furn("print-delivery notice (full sentences)", text)
            inserts.append(f'<div class="gdv-avviso"><p>{esc(text)}</p></div>')
        inserts.append(fx.ad_slot(ctx, cls="gdv-adv", label="Pubblicità", copy=[ctx.one(ads)]))
        body_html = place(ctx, chunks, inserts, gaps=range(1, len(chunks)))
        side: list[str] = []
        if ctx.chance(0.9):
            side.append(
                fx.link_list(
                    ctx,
                    "most-read list (a rotating subset)",
                    cls="gdv-piu-letti",
                    title="I più letti",
                    items=ctx.shuffled(most_read, 5),
                    base="/territori",
                )
            )
        if ctx.chance(0.6):
            side.append(
                fx.list_box(
                    ctx,
                    "reviews with star ratings",
                    cls="gdv-recensioni",
                    title="Recensioni",
                    items=ctx.some(reviews, 2),
                )
            )
        terms = fx.suggestions(
            ctx,
            cls="gdv-ricerche",
            title="Cerca anche",
            terms=ctx.some(
                [
                    "bacchiglione livello oggi",
                    "ponte degli angeli chiuso",
                    "allerta meteo vicenza",
                    "piena bacchiglione vicenza",
                ],
                3,
                4,
            ),
            base="/cerca",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="gdv-cookie",
                text="Questo sito utilizza cookie propri e di terze parti per migliorare la "
                "navigazione e mostrarti annunci personalizzati.",
                buttons=["Accetta tutto", "Personalizza"],
            )
        page = f"""<header class="gdv-header"><a class="gdv-header__logo" href="/">Il Giornale di Vicenza</a>
<nav class="gdv-nav"><a href="/territori/vicenza">Vicenza</a> <a href="/territori">Provincia</a> <a href="/sport">Sport</a> <a href="/cultura">Cultura</a></nav></header>
<main class="gdv-main">
<article class="gdv-article">
<p class="gdv-article__occhiello">Maltempo</p>
<h1 class="gdv-article__titolo">Bacchiglione in piena, chiusi Ponte degli Angeli e Ponte Pusterla</h1>
<p class="gdv-article__sommario">Il fiume a 4,60 metri alle 17. Residenti invitati a liberare i piani terra.</p>
<p class="gdv-article__meta">Chiara Dal Lago · 06 dicembre 2026 · 18:20 · Aggiornato alle {latest:%H:%M}</p>
<div class="gdv-article__corpo">
{body_html}
</div>
{terms}
</article>
<aside class="gdv-aside">{"".join(side)}</aside>
</main>
<footer class="gdv-footer"><p>© Athesis 2026</p><a href="/privacy">Privacy</a></footer>
{banner}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Bacchiglione in piena, chiusi Ponte degli Angeli e Ponte Pusterla",
            "datePublished": "2026-12-06T18:20:00+01:00",
            "dateModified": latest.isoformat(),
            "author": {"@type": "Person", "name": "Chiara Dal Lago"},
            "publisher": {"@type": "Organization", "name": "Il Giornale di Vicenza"},
        }
        return shell(
            ctx,
            lang="it-IT",
            title="Bacchiglione in piena, chiusi Ponte degli Angeli e Ponte Pusterla",
            canonical=f"https://www.ilgiornaledivicenza.it/territori/vicenza/{slug}-1.9876543",
            body_class="gdv article",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="Il Giornale di Vicenza",
        lang="it",
        kind="updates",
        offset=off,
        body=body,
        blocks=[first, second, nota],
        genuine=genuine,
        genuine_at=2,
        render=render,
        summary='a "Gli aggiornamenti" box at the **top**, **oldest first**, each `<li>` a '
        '`<span>` "Domenica 6 dicembre 2026, 20.05" (a full date, no update word) + a '
        'paragraph; italic bold "Nota della redazione:" at the bottom (`editors_note`)',
        genuine_note='a "Domenica 6 dicembre 2026, 23.52" item at the end of the box, just '
        "above the story",
    )
    return site


# ---------------------------------------------------------------------------------------------
# laRegione: live, newest first, <article> events whose heading starts with the clock


def laregione() -> Site:
    off = 1
    slug = "laregione-diretta-galleria-mappo-morettina-camion-in-fiamme"
    intro = [
        "Un autoarticolato ha preso fuoco nel tardo pomeriggio all'interno della galleria "
        "Mappo-Morettina, tra Tenero e Locarno. L'autista è uscito da solo dal mezzo ed è stato "
        "portato all'ospedale per accertamenti.",
        "La galleria resterà chiusa almeno fino a domattina e il traffico è deviato sulla "
        "cantonale attraverso Minusio e Muralto. Seguiamo la serata in diretta.",
    ]

    def evt(h: int, m: int, headline: str | None, text: str) -> Block:
        return Block("live_entry", f"{h}.{m:02d}", stamp(off, h, m), (text,), headline)

    events = [
        evt(
            22,
            46,
            "Code smaltite sulla cantonale",
            "La polizia cantonale segnala che le code tra Tenero e Minusio si sono smaltite. "
            "Restano rallentamenti alla rotonda del Lido.",
        ),
        evt(
            22,
            10,
            "Ventilazione accesa tutta la notte",
            "L'Ufficio federale delle strade ha detto che i ventilatori della galleria resteranno "
            "accesi per tutta la notte per eliminare il fumo.",
        ),
        evt(
            21,
            35,
            "Danni alla volta da verificare",
            "I tecnici entreranno nella galleria solo quando la temperatura sarà scesa. Si teme "
            "che il calore abbia danneggiato il rivestimento della volta.",
        ),
        evt(
            20,
            58,
            None,
            "Il Municipio di Minusio chiede ai residenti di evitare spostamenti non necessari in "
            "auto nel centro del paese fino a tarda sera.",
        ),
        evt(
            20,
            12,
            "Autista dimesso dall'ospedale",
            "L'autista del camion, un 52enne residente nel Bellinzonese, è stato dimesso in serata. "
            "Non ha riportato ustioni.",
        ),
        evt(
            19,
            30,
            "Incendio spento dopo un'ora",
            "I pompieri di Locarno e Tenero hanno spento le fiamme poco prima delle 19. Il camion "
            "trasportava imballaggi di cartone.",
        ),
    ]
    genuine = evt(
        23,
        54,
        "La galleria riaprirà alle 6",
        "Secondo l'USTRA la Mappo-Morettina riaprirà al traffico alle 6 di lunedì, con una sola "
        "corsia per direzione.",
    )
    timetable = [
        "Con il cambio d'orario del 13 dicembre, il TILO S10 circolerà ogni 15 minuti tra "
        "Bellinzona e Lugano anche la domenica.",
        "Dal 13 dicembre la ferrovia Centovallina avrà due corse supplementari la sera tra Locarno "
        "e Intragna.",
    ]
    glossary = [
        "Nelle gallerie stradali svizzere le nicchie SOS si trovano circa ogni 150 metri e sono "
        "dotate di telefono d'emergenza ed estintori.",
        "Le uscite di sicurezza delle gallerie più lunghe portano a un cunicolo parallelo, tenuto "
        "in sovrapressione perché il fumo non vi entri.",
    ]
    reviews = [
        f"Teatro Sociale di Bellinzona: un «Avaro» che diverte {fx.stars(4)}",
        f"Ristorante: il grotto di Cavigliano che vale il viaggio {fx.stars(4)}",
        f"Cinema: «La valle del silenzio» convince solo a metà {fx.stars(3)}",
    ]
    most_read = [
        "Lugano, il Municipio presenta il preventivo 2027",
        "Premi di cassa malati: quanto pagheranno i ticinesi nel 2027",
        "Mendrisio, nuovo parcheggio alla stazione dal 2027",
        "Ascona, il lungolago resta pedonale anche d'inverno",
        "Biasca, la scuola media sarà ampliata",
        "Airolo, la nuova seggiovia apre per l'Immacolata",
    ]
    ads = [
        "Settimana bianca ad Airolo: skipass e due notti da 289 franchi.",
        "Cambio gomme invernali senza appuntamento al Garage Riazzino.",
        "Panettone artigianale ticinese: ordina online, consegna in tutta la Svizzera.",
    ]

    def render(ctx: Ctx) -> str:
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown)  # type: ignore[type-var]
        chunks = []
        for b in shown:
            heading = f"{b.label} | {b.headline}" if b.headline else (b.label or "")
            chunks.append(
                f'<article class="lr-evt"><h3 class="lr-evt__h">{esc(heading)}</h3>'
                f'<p class="lr-evt__p">{esc(b.paras[0])}</p></article>'
            )
        inserts: list[str] = []
        if ctx.chance(0.8):
            when = ctx.ago(2, 9)
            line = (
                "Tempi di attesa in uscita verso l'Italia: Chiasso-Brogeda "
                f"{ctx.rng.choice([10, 15, 20, 25])} minuti, Stabio-Gaggiolo "
                f"{ctx.rng.choice([5, 10])} minuti, Ponte Tresa {ctx.rng.choice([5, 10, 15])} "
                "minuti."
            )
            ctx.furn("border-crossing waits with an update time", line)
            inserts.append(
                f'<article class="lr-evt lr-evt--servizio"><h3 class="lr-evt__h">'
                f"{fx.dot(when)} | Valichi</h3>"
                f'<p class="lr-evt__p">{esc(line)}</p></article>'
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.para_box(
                    ctx,
                    "timetable-change notice (full sentences)",
                    cls="lr-orari",
                    title="Cambio d'orario",
                    paras=[ctx.one(timetable)],
                )
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.para_box(
                    ctx,
                    "glossary or explainer box (full sentences in the story's vocabulary)",
                    cls="lr-sapere",
                    title="Da sapere",
                    paras=[ctx.one(glossary)],
                )
            )
        if ctx.chance(0.6):
            text = (
                "A causa di lavori in tipografia, laRegione di lunedì potrebbe arrivare con "
                "qualche ritardo nelle valli del Locarnese. L'edizione digitale è online dalle 5."
            )
            ctx.furn("print-delivery notice (full sentences)", text)
            inserts.append(f'<div class="lr-avviso"><p>{esc(text)}</p></div>')
        inserts.append(fx.ad_slot(ctx, cls="lr-adv", label="Pubblicità", copy=[ctx.one(ads)]))
        feed = place(ctx, chunks, inserts)
        side: list[str] = []
        if ctx.chance(0.9):
            side.append(
                fx.link_list(
                    ctx,
                    "most-read list (a rotating subset)",
                    cls="lr-letti",
                    title="I più letti",
                    items=ctx.shuffled(most_read, 5),
                    base="/cantone",
                )
            )
        if ctx.chance(0.6):
            side.append(
                fx.list_box(
                    ctx,
                    "reviews with star ratings",
                    cls="lr-recensioni",
                    title="Recensioni",
                    items=ctx.some(reviews, 2),
                )
            )
        terms = fx.suggestions(
            ctx,
            cls="lr-tags",
            title="Ricerche frequenti",
            terms=ctx.some(
                [
                    "galleria mappo-morettina chiusa",
                    "incendio camion locarno",
                    "traffico locarnese oggi",
                    "superstrada tenero",
                ],
                3,
                4,
            ),
            base="/cerca",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="lr-consent",
                text="Usiamo i cookie per analizzare il traffico e, con il tuo consenso, per la "
                "pubblicità. Puoi cambiare idea in ogni momento.",
                buttons=["Accetto", "Impostazioni"],
            )
        page = f"""<header class="lr-header"><a class="lr-header__logo" href="/">laRegione</a>
<nav class="lr-nav"><a href="/cantone">Cantone</a> <a href="/svizzera">Svizzera</a> <a href="/estero">Estero</a> <a href="/sport">Sport</a></nav></header>
<main class="lr-main">
<article class="lr-article lr-article--diretta">
<p class="lr-article__live">In diretta</p>
<h1 class="lr-article__title">Camion in fiamme nella galleria Mappo-Morettina, Locarnese senza superstrada</h1>
<p class="lr-article__meta">6 dicembre 2026 · 18:05 · Aggiornato: {latest.hour}.{latest.minute:02d}</p>
<div class="lr-diretta-intro">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
<div class="lr-diretta">
{feed}
</div>
{terms}
</article>
<aside class="lr-aside">{"".join(side)}</aside>
</main>
<footer class="lr-footer"><p>© laRegione 2026</p><a href="/privacy">Privacy</a></footer>
{banner}"""
        url = f"https://www.laregione.ch/cantone/locarnese/1789012/{slug}"
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "@id": f"{url}#article",
                    "headline": "Camion in fiamme nella galleria Mappo-Morettina",
                    "datePublished": "2026-12-06T18:05:00+01:00",
                    "dateModified": latest.isoformat(),
                    "publisher": {"@type": "Organization", "name": "laRegione"},
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "Cantone"},
                        {"@type": "ListItem", "position": 2, "name": "Locarnese"},
                    ],
                },
                {
                    "@type": "LiveBlogPosting",
                    "@id": f"{url}#live",
                    "headline": "Camion in fiamme nella galleria Mappo-Morettina",
                    "coverageStartTime": "2026-12-06T18:05:00+01:00",
                    "liveBlogUpdate": [
                        {
                            "@type": "BlogPosting",
                            "headline": b.headline or b.paras[0][:50],
                            "datePublished": b.timestamp,
                            "articleBody": b.paras[0],
                        }
                        for b in shown
                    ],
                },
            ],
        }
        return shell(
            ctx,
            lang="it-CH",
            title="Camion in fiamme nella galleria Mappo-Morettina | laRegione",
            canonical=url,
            body_class="lr diretta",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="laRegione (CH)",
        lang="it",
        kind="live",
        offset=off,
        body=intro,
        blocks=events,
        genuine=genuine,
        genuine_at=0,
        render=render,
        summary="6 `<article>` events newest first, the clock **inside the heading**: `<h3>` "
        '"22.46 | Code smaltite sulla cantonale" + a paragraph (one heading with the clock '
        "only); `@graph` with the `NewsArticle` first and a `LiveBlogPosting` with "
        "`liveBlogUpdate`",
        genuine_note='a "23.54" event on top (also in JSON-LD)',
    )
    return site


SITES = [nuova, vicenza, laregione]
