"""Italian publishers: La Nazione, l'Adige and the Giornale di Sicilia."""

from __future__ import annotations

from datetime import timedelta

import fx
from fx import box, hhmm, n_it, one
from kit import Block, Ctx, at, document, esc, maybe, scatter

CET = 1

# =============================================================================================
# La Nazione: bold "Aggiornato alle 20.15:" paragraphs after the story, newest first, then an
# italic "Precisazione:" (a clarification).

LN_SLUG = "lanazione-firenze-lungarno-muraglione-cede"

LN_BODY = (
    "FIRENZE – Un tratto del muraglione che sostiene il Lungarno Torrigiani è crollato nel pomeriggio di domenica, poco dopo le 16. Pietre e calcinacci sono finiti sulla golena sottostante, mentre sulla carreggiata si è aperta una crepa lunga una decina di metri.",
    "Non ci sono feriti. A dare l'allarme è stato un residente che passeggiava con il cane e ha sentito «un boato, come un tuono»: in pochi minuti sono arrivati i vigili del fuoco e la polizia municipale.",
    "La strada è stata chiusa al traffico tra il ponte alle Grazie e piazza de' Mozzi. Alcune linee di autobus sono state deviate e il Comune invita a evitare la zona anche nei prossimi giorni.",
    "Secondo una prima valutazione dei tecnici, a cedere sarebbe stata la parte alta della spalletta, già segnalata in un'ispezione della scorsa primavera. Le piogge delle ultime settimane potrebbero aver indebolito il terrapieno.",
    "L'assessore ai lavori pubblici Marco Giuntini ha raggiunto il lungarno in serata: «Abbiamo già contattato le ditte per mettere in sicurezza il tratto, la priorità è evitare altri crolli».",
    "Sul posto anche i tecnici dell'Autorità di bacino, che dovranno verificare eventuali conseguenze sul deflusso dell'Arno. Al momento, spiegano, il livello del fiume non desta preoccupazione.",
    "Il Comune ha attivato un numero per le segnalazioni dei residenti, attivo fino a mezzanotte. Chi abita nei palazzi affacciati sul tratto crollato non dovrà lasciare casa.",
)
LN_NOTES = (
    Block(
        "update",
        "Aggiornato alle 20.15",
        (
            "I vigili del fuoco hanno concluso le verifiche con il drone: il crollo non interessa le fondamenta dei palazzi vicini. La strada resterà chiusa almeno fino a mercoledì.",
        ),
        at(CET, 20, 15),
    ),
    Block(
        "update",
        "Aggiornato alle 18.05",
        (
            "Il sindaco ha firmato un'ordinanza che vieta il passaggio dei pedoni sul marciapiede lato fiume tra il ponte alle Grazie e via de' Bardi.",
        ),
        at(CET, 18, 5),
    ),
)
LN_CLAR = Block(
    "clarification",
    "Precisazione",
    (
        "il muraglione crollato è di proprietà comunale e non fa parte delle opere idrauliche gestite dalla Regione, come riportato in un primo momento da alcune fonti.",
    ),
    None,
)
LN_NEW = Block(
    "update",
    "Aggiornato alle 23.53",
    (
        "Conclusa la prima fase della messa in sicurezza: una gru ha rimosso i blocchi di pietra rimasti in bilico. Domattina è previsto un nuovo sopralluogo.",
    ),
    at(CET, 23, 53),
)
LN_MOST_READ = (
    "Prato, chiude dopo 80 anni la storica pasticceria di piazza del Duomo",
    "Fiorentina, rimonta nel finale: tre punti d'oro al Franchi",
    "Tramvia, da gennaio le corse notturne anche nel weekend",
    "Pisa, il Comune approva il nuovo piano dei parcheggi",
    "Siena, al via i lavori in piazza del Mercato",
    "Empoli, sequestrati 300 chili di fuochi d'artificio",
    "Arezzo, la Fiera antiquaria torna in piazza Grande",
    "Firenze, nuove regole per gli affitti brevi in centro",
    "Lucca, il Comics lascia un indotto record",
)
LN_MORE = (
    "Lungarni, il piano del Comune per le spallette",
    "Ponte Vecchio, conclusi i lavori di restauro del corridoio",
    "Arno, cosa prevede il progetto per le casse di espansione",
    "Oltrarno, i residenti chiedono più controlli sui cantieri",
)
LN_ADS = (
    "Caldaia a condensazione con sconto in fattura: sopralluogo gratuito a Firenze",
    "Pranzo di Natale in agriturismo nel Chianti: menu a 55 euro",
    "Occhiali da vista completi a 99 euro nei centri ottici della Toscana",
    "Conto deposito al 3,5%: apri online in dieci minuti",
)
LN_PROMOS = (
    "Resta aggiornato sulle notizie di Firenze: iscriviti gratis alla newsletter de La Nazione e ricevila ogni mattina alle sette.",
    "Sostieni l'informazione locale: abbonati a QN e leggi tutti gli articoli a un euro al mese per tre mesi.",
    "Hai una segnalazione per la redazione di Firenze? Scrivici, leggiamo tutti i messaggi dei lettori.",
)
LN_PETS = (
    "Birba è una meticcia di quattro anni, dolcissima con i bambini: la trovate al canile di Firenze.",
    "Tobia, incrocio di setter di sei anni, ha bisogno di un giardino e di tanta pazienza: è ospite di un rifugio a Scandicci.",
    "Micia, gatta tigrata di due anni, è stata trovata in un cantiere a Novoli e ora cerca una casa tranquilla.",
    "Ugo è un bassotto di nove anni rimasto solo dopo la morte del suo padrone: i volontari cercano per lui una famiglia in città.",
)
LN_TODAY = {
    6: (
        "Accadde oggi, 6 dicembre 1959: una nevicata eccezionale imbianca piazzale Michelangelo e ferma i tram per un giorno intero.",
        "Accadde oggi, 6 dicembre 1971: inaugurato il nuovo mercato coperto di Sant'Ambrogio dopo due anni di lavori.",
        "Accadde oggi, 6 dicembre 1988: una cometa visibile a occhio nudo richiama migliaia di fiorentini sul colle di Arcetri.",
    ),
    7: (
        "Accadde oggi, 7 dicembre 1964: il primo semaforo a tempo della città entra in funzione in piazza della Libertà.",
        "Accadde oggi, 7 dicembre 1993: chiude dopo un secolo lo storico caffè letterario di via Tornabuoni.",
    ),
}
LN_AUCTIONS = (
    "Appartamento di 85 metri quadrati in via Pistoiese, Firenze: prezzo base 148.000 euro, asta il 19 gennaio 2027.",
    "Magazzino di 210 metri quadrati a Sesto Fiorentino, zona Osmannoro: prezzo base 96.000 euro, asta il 26 gennaio 2027.",
    "Villetta a schiera con giardino a Bagno a Ripoli: prezzo base 312.000 euro, asta il 2 febbraio 2027.",
    "Terreno agricolo di due ettari a Impruneta con annesso rustico: prezzo base 74.000 euro, asta il 9 febbraio 2027.",
    "Box auto in via Maragliano, Firenze: prezzo base 23.500 euro, asta il 19 gennaio 2027.",
)
LN_CLASSES = (
    "qn-header",
    "qn-nav",
    "allerta-bar",
    "article-head",
    "article-title",
    "article-summary",
    "article-author",
    "article-date",
    "article-body",
    "art-text",
    "qn-adv",
    "da-non-perdere",
    "adotta-box",
    "idrometro-box",
    "accadde-oggi",
    "aste-box",
    "cruciverba",
    "piu-letti",
    "iubenda-banner",
    "qn-footer",
)


def _ln_gauge(ctx: Ctx) -> str:
    rows = [
        f"Firenze Uffizi: {1.38 + ctx.fetch * 0.01 + ctx.rng.uniform(-0.02, 0.02):.2f} m".replace(
            ".", ","
        ),
        f"Nave di Rosano: {1.84 + ctx.rng.uniform(-0.03, 0.03):.2f} m".replace(".", ","),
        f"Rilevazione delle {hhmm(ctx.minutes_ago(5, 14), '.')}",
    ]
    return box(ctx, "idrometro-box", "Arno, livelli idrometrici", rows, head="p")


def nazione(ctx: Ctx) -> str:
    notes = ([LN_NEW] if ctx.fetch == 6 else []) + list(LN_NOTES)
    newest = notes[0].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    parts = [f'<p class="art-text">{ctx.p(t)}</p>' for t in LN_BODY]
    for b in notes:
        ctx.add(b)
        parts.append(
            f'<p class="art-text"><strong>{esc(b.label or "")}:</strong> {esc(b.paras[0])}</p>'
        )
    ctx.add(LN_CLAR)
    parts.append(
        f'<p class="art-text"><em><strong>Precisazione:</strong> {esc(LN_CLAR.paras[0])}</em></p>'
    )

    def more() -> str:
        title = ctx.pick(LN_MORE)
        return (
            '<p class="art-text da-non-perdere"><strong>Da non perdere:</strong> '
            f'<a href="/firenze/cronaca/{fx.slug(title)}">{ctx.f(title)}</a></p>'
        )

    def pet() -> str:
        return (
            '<aside class="adotta-box"><p class="adotta-box__title">Adotta un amico</p>'
            f'<img src="https://images.example/qn/adotta.jpg" alt="" width="320" height="240"><p>{ctx.f(ctx.pick(LN_PETS))}</p></aside>'
        )

    def today() -> str:
        return (
            f'<aside class="accadde-oggi"><p>{ctx.f(ctx.pick(LN_TODAY[ctx.local.day]))}</p></aside>'
        )

    inserts = [
        lambda: fx.ad(ctx, "qn-adv", "Pubblicità", LN_ADS),
        lambda: f'<p class="art-text">{ctx.f(ctx.pick(LN_PROMOS))}</p>',
        *maybe(ctx, 0.75, more),
        *maybe(ctx, 0.6, lambda: _ln_gauge(ctx)),
        *maybe(ctx, 0.5, pet),
        *maybe(ctx, 0.5, today),
    ]
    story = scatter(ctx, parts, inserts, range(1, len(parts)))
    allerta = ""
    if ctx.chance(0.7):
        allerta = one(
            ctx,
            "div",
            "allerta-bar",
            ctx.pick(
                (
                    "Allerta gialla per rischio idrogeologico su Firenze e il Valdarno fino alle 24 di lunedì",
                    "Allerta gialla per vento forte sulla città metropolitana di Firenze fino alle 18 di lunedì",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "iubenda-banner",
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.",
            ("Accetta", "Rifiuta", "Scopri di più"),
        )
    solvers = ctx.daily(1600, (20, 90))
    rail = [
        box(ctx, "piu-letti", "I più letti", ctx.some(LN_MOST_READ, 5), wrap="ol", links=True),
        one(
            ctx,
            "p",
            "cruciverba",
            f"Il cruciverba di oggi: già {n_it(solvers)} lettori l'hanno completato.",
        ),
    ]
    if ctx.chance(0.75):
        rail.insert(
            ctx.rng.randint(0, 2),
            box(
                ctx,
                "aste-box",
                "Aste giudiziarie",
                ctx.some(LN_AUCTIONS, 2),
                foot="Tutte le aste in Toscana",
            ),
        )
    body = f"""
<header class="qn-header"><a class="qn-header__logo" href="/">La Nazione</a>
<nav class="qn-nav"><ul><li><a href="/firenze">Firenze</a></li><li><a href="/prato">Prato</a></li><li><a href="/pistoia">Pistoia</a></li><li><a href="/empoli">Empoli</a></li><li><a href="/cronaca">Cronaca</a></li><li><a href="/sport">Sport</a></li><li><a href="/abbonamenti">Abbonati</a></li></ul></nav></header>
{allerta}
<main class="qn-main">
<article class="article">
<header class="article-head">
<p class="article-head__section">Firenze · Cronaca</p>
<h1 class="article-title">Firenze, cede un tratto del muraglione sul Lungarno Torrigiani: strada chiusa e sopralluogo dei tecnici</h1>
<h2 class="article-summary">Il crollo nel pomeriggio, nessun ferito. Transennata la spalletta per una ventina di metri, traffico deviato</h2>
<p class="article-author">di Ilaria Bonciani</p>
<p class="article-date">6 dicembre 2026 · Ultimo aggiornamento: {hhmm(newest)}</p>
</header>
<figure class="article-image"><img src="https://images.example/qn/lungarno.jpg" alt="" width="1024" height="683"><figcaption>Il tratto crollato del muraglione (Foto New Press Photo)</figcaption></figure>
<div class="article-body">
{story}
</div>
</article>
<aside class="qn-rail">{"".join(rail)}</aside>
</main>
<footer class="qn-footer"><p>© Copyright 2026 Monrif Net S.r.l. - Tutti i diritti riservati</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookie">Cookie policy</a></li><li><a href="/contatti">Contatti</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="it",
        title="Firenze, cede un tratto del muraglione sul Lungarno Torrigiani: strada chiusa - La Nazione",
        canonical=f"https://www.lanazione.example/firenze/cronaca/{LN_SLUG}",
        seed=LN_SLUG,
        classes=LN_CLASSES,
        body_class="qn lanazione article",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "La Nazione")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Firenze, cede un tratto del muraglione sul Lungarno Torrigiani: strada chiusa e sopralluogo dei tecnici",
                "datePublished": at(CET, 16, 48).isoformat(),
                "dateModified": ctx.modified,
                "author": {"@type": "Person", "name": "Ilaria Bonciani"},
                "publisher": {"@type": "NewsMediaOrganization", "name": "La Nazione"},
            }
        ],
        cdn="https://www.lanazione.example/_next/static",
        var="__QN__",
    )


# =============================================================================================
# l'Adige live: posts newest first, a plain <span> "22.41" + <h3> (one without a headline).

AD_SLUG = "ladige-diretta-neve-trentino-passi-chiusi"

AD_INTRO = (
    "Una nevicata intensa sta interessando tutto il Trentino dalla tarda mattinata di domenica. A Trento sono caduti una ventina di centimetri, oltre i mille metri si supera il mezzo metro.",
    "Chiusi diversi passi dolomitici, code e rallentamenti sull'A22 e sulla Valsugana. Seguiamo la situazione in diretta.",
)
AD_POSTS = (
    Block(
        "live_entry",
        "22.41",
        (
            "Il tratto tra Rovereto Nord e Rovereto Sud è di nuovo percorribile in entrambe le direzioni, comunica la società autostradale. Restano obbligatori gli pneumatici invernali.",
        ),
        at(CET, 22, 41),
        "A22, riaperto il tratto di Rovereto",
    ),
    Block(
        "live_entry",
        "22.02",
        (
            "Sono 31 i mezzi spazzaneve e spargisale impegnati sulle strade comunali di Trento, fa sapere il Comune. In azione anche le squadre dei vigili del fuoco volontari.",
        ),
        at(CET, 22, 2),
    ),
    Block(
        "live_entry",
        "21.15",
        (
            "Circa 900 utenze sono senza elettricità tra Pergine Valsugana e Levico Terme per la caduta di alcuni alberi sulle linee. I tecnici sono al lavoro.",
            "Il ripristino è previsto entro la notte.",
        ),
        at(CET, 21, 15),
        "Senza corrente a Pergine e Levico",
    ),
    Block(
        "live_entry",
        "20.20",
        (
            "La Provincia ha chiuso al traffico il passo Rolle per pericolo valanghe. Resta aperto, con obbligo di catene, il passo San Pellegrino.",
        ),
        at(CET, 20, 20),
        "Chiuso il passo Rolle",
    ),
    Block(
        "live_entry",
        "19.05",
        (
            "Sulla ferrovia della Valsugana i treni viaggiano con ritardi fino a 40 minuti per il ghiaccio sugli scambi alla stazione di Borgo.",
        ),
        at(CET, 19, 5),
        "Treni in ritardo sulla Valsugana",
    ),
    Block(
        "live_entry",
        "18.10",
        (
            "Il servizio meteorologico provinciale ha alzato il grado di pericolo valanghe a 3, marcato, su gran parte delle Dolomiti trentine. Si raccomanda di evitare le escursioni fuori pista.",
        ),
        at(CET, 18, 10),
        "Pericolo valanghe al livello 3",
    ),
)
AD_NEW = Block(
    "live_entry",
    "23.52",
    (
        "Il sindaco di Trento conferma che domani le scuole saranno aperte. Gli autobus urbani viaggeranno con le catene sulle linee collinari.",
    ),
    at(CET, 23, 52),
    "Scuole aperte regolarmente lunedì",
)
AD_MOST_READ = (
    "Rovereto, il Mart annuncia la grande mostra di primavera",
    "Aquila Basket, vittoria al supplementare contro Brescia",
    "Riva del Garda, il mercatino di Natale raddoppia i giorni",
    "Bolzano, nuove regole per l'accesso al centro storico",
    "Val di Fiemme, aperti gli impianti con due settimane di anticipo",
    "Trento, il Comune approva il piano per le piste ciclabili",
    "Arco, chiude lo storico cinema della piazza",
    "Pinzolo, un orso avvistato vicino al paese",
    "Cles, la scuola professionale festeggia 50 anni",
)
AD_ADS = (
    "Gomme invernali montate a 25 euro: prenota online da Pneus Dolomiti",
    "Settimana bianca in Val di Sole: skipass e hotel da 389 euro",
    "Stufe a pellet con ecobonus: preventivo gratuito in Trentino",
    "Speck e formaggi di malga: consegna a domicilio per Natale",
)
AD_SPONSORS = (
    "La diretta è offerta da Autofficina Bertoldi, da quarant'anni a Trento sud.",
    "La diretta è offerta da Sport Paganella, noleggio sci a Andalo e Fai della Paganella.",
    "La diretta è offerta da Termoidraulica Dallapè, assistenza caldaie in tutto il Trentino.",
)
AD_PROMOS = (
    "Ricevi le notizie del Trentino in tempo reale: unisciti al canale Telegram de l'Adige.",
    "Leggi l'Adige su tablet e smartphone: l'edizione digitale è compresa nell'abbonamento.",
    "Mandaci le foto della neve nel tuo paese: le pubblicheremo nella nostra galleria dei lettori.",
)
AD_WEBCAMS = ("Passo del Tonale", "Monte Bondone", "Passo Rolle")
AD_PHOTOS = (
    "Le foto dei lettori: la piazza di Cavalese sotto la neve, inviata da Martina G.",
    "Le foto dei lettori: un capriolo nel bosco sopra Lavarone, inviata da Paolo F.",
    "Le foto dei lettori: il lago di Tovel ghiacciato, inviata da Elisa B.",
    "Le foto dei lettori: le luci del mercatino di Levico, inviata da Giorgio T.",
)
AD_CINEMA = (
    "Multisala Modena: «La valle di ghiaccio», ore 20.30 e 22.40",
    "Cinema Astra: «Il pane di mia nonna», ore 21.00",
    "Supercinema Vittoria: «Neve sulla città», ore 20.15",
    "Cinema Roma: «L'ultimo rifugio», ore 21.15",
)
AD_CLASSES = (
    "adige-header",
    "adige-nav",
    "live-header",
    "live-intro",
    "live-list",
    "live-post",
    "live-post__ora",
    "live-post__titolo",
    "live-post__testo",
    "live-auto",
    "live-sponsor",
    "adige-adv",
    "webcam-card",
    "foto-lettori",
    "allerta-neve",
    "cinema-stasera",
    "piu-letti",
    "cmp-box",
    "adige-footer",
)


def _ad_post(b: Block) -> str:
    title = f'<h3 class="live-post__titolo">{esc(b.headline)}</h3>' if b.headline else ""
    text = "".join(f"<p>{esc(t)}</p>" for t in b.paras)
    return (
        f'<div class="live-post"><span class="live-post__ora">{esc(b.label or "")}</span>'
        f'{title}<div class="live-post__testo">{text}</div></div>'
    )


def adige(ctx: Ctx) -> str:
    posts = ([AD_NEW] if ctx.fetch == 6 else []) + list(AD_POSTS)
    newest = posts[0].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    intro = "".join(f"<p>{ctx.p(t)}</p>" for t in AD_INTRO)
    parts = []
    for b in posts:
        ctx.add(b)
        parts.append(_ad_post(b))

    def promo() -> str:
        return (
            '<div class="live-post live-post--promo"><div class="live-post__testo">'
            f"<p>{ctx.f(ctx.pick(AD_PROMOS))}</p></div></div>"
        )

    def webcam() -> str:
        place = ctx.pick(AD_WEBCAMS)
        caption = f"Webcam {place}, immagine delle {hhmm(ctx.minutes_ago(1, 6), '.')}"
        return (
            f'<figure class="webcam-card"><img src="https://images.example/adige/cam-{fx.slug(place)}.jpg" alt="" width="640" height="360">'
            f"<figcaption>{ctx.f(caption)}</figcaption></figure>"
        )

    inserts = [
        lambda: fx.ad(ctx, "adige-adv", "Pubblicità", AD_ADS),
        promo,
        *maybe(ctx, 0.75, webcam),
        *maybe(
            ctx,
            0.5,
            lambda: (
                '<figure class="foto-lettori"><img src="https://images.example/adige/lettori.jpg" alt="" width="480" height="320">'
                f"<figcaption>{ctx.f(ctx.pick(AD_PHOTOS))}</figcaption></figure>"
            ),
        ),
        *maybe(
            ctx,
            0.5,
            lambda: box(
                ctx, "cinema-stasera", "Stasera al cinema a Trento", ctx.some(AD_CINEMA, 2)
            ),
        ),
        *maybe(ctx, 0.5, lambda: fx.ad(ctx, "adige-adv", "Pubblicità", AD_ADS, size="320x100")),
    ]
    feed = scatter(ctx, parts, inserts, range(len(parts) + 1))
    auto = ""
    if ctx.chance(0.85):
        auto = (
            '<div class="live-auto">'
            + one(
                ctx,
                "span",
                "live-auto__text",
                f"Aggiornamento automatico attivo: nuovi post tra {ctx.rng.randint(5, 59)} secondi",
            )
            + '<button class="live-auto__off">Disattiva</button></div>'
        )
    sponsor = one(ctx, "p", "live-sponsor", ctx.pick(AD_SPONSORS)) if ctx.chance(0.8) else ""
    strip = ""
    if ctx.chance(0.7):
        strip = one(
            ctx,
            "div",
            "allerta-neve",
            ctx.pick(
                (
                    "Bollettino valanghe: pericolo marcato sulle Dolomiti di Fassa e sulle Pale di San Martino, emesso alle 17",
                    "Avviso della Protezione civile del Trentino: allerta neve valida fino alle 12 di lunedì",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "cmp-box",
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione e di terze parti per mostrarti pubblicità e contenuti in linea con le tue preferenze.",
            ("Accetta tutto", "Personalizza"),
        )
    most = box(ctx, "piu-letti", "I più letti", ctx.some(AD_MOST_READ, 5), wrap="ol", links=True)
    body = f"""
<header class="adige-header"><a class="adige-header__logo" href="/">l'Adige</a>
<nav class="adige-nav"><ul><li><a href="/cronaca">Cronaca</a></li><li><a href="/territori">Territori</a></li><li><a href="/politica">Politica</a></li><li><a href="/economia">Economia</a></li><li><a href="/sport">Sport</a></li><li><a href="/cultura">Cultura</a></li></ul></nav></header>
{strip}
<main class="adige-main">
<article class="live">
<header class="live-header">
<span class="live-header__badge">DIRETTA</span>
<h1 class="live-header__title">Neve in Trentino, chiusi i passi e disagi sull'A22: la diretta</h1>
<p class="live-header__meta">06 dicembre 2026 · aggiornato alle {hhmm(newest)}</p>
</header>
<div class="live-intro">{intro}</div>
{sponsor}
{auto}
<section class="live-list">
{feed}
</section>
</article>
<aside class="adige-rail">{most}</aside>
</main>
<footer class="adige-footer"><p>© Athesia Media Srl</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/note-legali">Note legali</a></li><li><a href="/contatti">Contatti</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="it",
        title="Neve in Trentino, chiusi i passi e disagi sull'A22: la diretta - l'Adige",
        canonical=f"https://www.ladige.example/cronaca/2026/12/06/{AD_SLUG}",
        seed=AD_SLUG,
        classes=AD_CLASSES,
        body_class="adige live-page",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "l'Adige")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Neve in Trentino, chiusi i passi e disagi sull'A22: la diretta",
                "datePublished": at(CET, 18, 4).isoformat(),
                "dateModified": ctx.modified,
                "publisher": {"@type": "NewsMediaOrganization", "name": "l'Adige"},
            }
        ],
        cdn="https://www.ladige.example/static",
        var="__ADIGE__",
    )


# =============================================================================================
# Giornale di Sicilia live: posts oldest first, "17:20" in a <div> + <h3> (one without a
# headline); the new post lands at the bottom.

GS_SLUG = "giornaledisicilia-diretta-nubifragio-palermo"

GS_INTRO = (
    "Un violento nubifragio si è abbattuto su Palermo nel pomeriggio di domenica. In meno di tre ore sono caduti oltre 90 millimetri di pioggia: allagati i sottopassi di viale Regione Siciliana, chiuse diverse strade in centro.",
    "La Protezione civile regionale ha diramato l'allerta arancione fino alla mezzanotte. Gli aggiornamenti in diretta, dal più vecchio al più recente.",
)
GS_POSTS = (
    Block(
        "live_entry",
        "17:20",
        (
            "Il sottopasso di via Perpignano è completamente allagato. Un'auto è rimasta bloccata, il conducente è uscito da solo ed è stato aiutato dai passanti.",
        ),
        at(CET, 17, 20),
        "Sottopassi allagati in viale Regione",
    ),
    Block(
        "live_entry",
        "18:05",
        (
            "La polizia municipale ha chiuso viale Regione Siciliana in entrambe le direzioni tra via Belgio e lo svincolo di Brancaccio.",
        ),
        at(CET, 18, 5),
        "Chiusa la circonvallazione",
    ),
    Block(
        "live_entry",
        "18:50",
        (
            "I vigili del fuoco hanno effettuato oltre 60 interventi dall'inizio del pomeriggio, soprattutto per alberi caduti e scantinati allagati.",
        ),
        at(CET, 18, 50),
    ),
    Block(
        "live_entry",
        "19:40",
        (
            "Un canale di scolo è esondato all'altezza di via Giafar. Alcune famiglie sono state fatte salire ai piani alti.",
            "Sul posto la Protezione civile comunale con due idrovore.",
        ),
        at(CET, 19, 40),
        "Esondato un canale a Brancaccio",
    ),
    Block(
        "live_entry",
        "21:10",
        (
            "Il sindaco ha firmato l'ordinanza di chiusura delle scuole di ogni ordine e grado per la giornata di lunedì.",
        ),
        at(CET, 21, 10),
        "Scuole chiuse lunedì",
    ),
    Block(
        "live_entry",
        "22:35",
        (
            "Secondo il servizio agrometeorologico regionale le precipitazioni stanno diminuendo su tutta l'area metropolitana. Resta alta l'attenzione per il fiume Oreto.",
        ),
        at(CET, 22, 35),
        "La pioggia si attenua",
    ),
)
GS_NEW = Block(
    "live_entry",
    "23:54",
    (
        "Dopo quasi sei ore riapre al traffico viale Regione Siciliana. Restano chiusi i sottopassi di via Perpignano e di via Belgio.",
    ),
    at(CET, 23, 54),
    "Riaperta la circonvallazione",
)
GS_MOST_READ = (
    "Catania, nuova ordinanza sulla movida in via Etnea",
    "Palermo, il Teatro Massimo annuncia la stagione 2027",
    "Trapani, sbarcati 140 migranti al porto",
    "Messina, il Ponte: parte la gara per i cantieri a terra",
    "Agrigento, la Valle dei Templi apre di sera per Natale",
    "Palermo calcio, vittoria in rimonta al Barbera",
    "Siracusa, sequestrato un lido abusivo a Fontane Bianche",
    "Monreale, restauro concluso per il chiostro",
    "Cefalù, nuovo orario per il treno da Palermo",
)
GS_ADS = (
    "Impianto fotovoltaico con accumulo: preventivo gratuito in tutta la Sicilia",
    "Cannoli e cassate per le feste: ordina online, consegna a Palermo",
    "Voli per Milano da 29 euro: offerte di dicembre",
    "Materassi in memory foam: sconto del 40% fino a domenica",
)
GS_PROMOS = (
    "Leggi il Giornale di Sicilia in edizione digitale: abbonati a un euro per il primo mese.",
    "Iscriviti alla newsletter del Giornale di Sicilia e ricevi ogni mattina le notizie più importanti dell'isola.",
    "Segui il Giornale di Sicilia anche sui social: le notizie di Palermo aggiornate in tempo reale.",
)
GS_RECIPES = (
    "La ricetta del giorno: sfincione palermitano, pronto in un'ora e mezza",
    "La ricetta del giorno: pasta con le sarde, pronta in 50 minuti",
    "La ricetta del giorno: arancine al burro, pronte in un'ora",
    "La ricetta del giorno: buccellato di Natale, pronto in due ore",
)
GS_PHOTOS = (
    "La foto del lettore: tramonto sul golfo di Mondello, inviata da Salvo L.",
    "La foto del lettore: i mandorli in fiore ad Agrigento, inviata da Carmela R.",
    "La foto del lettore: l'Etna innevata vista da Taormina, inviata da Giuseppe M.",
    "La foto del lettore: le barche nel porticciolo dell'Arenella, inviata da Rosalia D.",
)
GS_TODAY = {
    6: (
        "Accadde oggi, 6 dicembre 1976: una tromba d'aria scoperchia le bancarelle del mercato del Capo.",
        "Accadde oggi, 6 dicembre 1958: inaugurata la prima scala mobile di Palermo, in un grande magazzino di via Maqueda.",
        "Accadde oggi, 6 dicembre 1983: una mareggiata danneggia il lungomare di Mondello, chiuso per tre settimane.",
    ),
    7: (
        "Accadde oggi, 7 dicembre 1961: il primo filobus percorre via Libertà tra due ali di folla.",
        "Accadde oggi, 7 dicembre 1990: la neve imbianca Monte Pellegrino per la prima volta in vent'anni.",
    ),
}
# (local time, magnitude, place): the INGV list the widget shows, newest three already published.
GS_QUAKES = (
    ((20, 14), "1.9", "3 km a N di Adrano (CT)"),
    ((21, 2), "2.4", "Isole Eolie (ME)"),
    ((21, 47), "2.0", "4 km a SE di Bronte (CT)"),
    ((22, 31), "1.8", "2 km a O di Maletto (CT)"),
    ((22, 51), "2.6", "3 km a NE di Patti (ME)"),
    ((23, 12), "2.2", "5 km a N di Zafferana Etnea (CT)"),
    ((23, 26), "1.7", "2 km a E di Randazzo (CT)"),
    ((23, 41), "3.0", "Golfo di Castellammare (TP)"),
    ((23, 50), "2.1", "3 km a NO di Nicolosi (CT)"),
)
GS_CLASSES = (
    "gds-header",
    "gds-nav",
    "gds-allerta",
    "gds-live-head",
    "gds-live-intro",
    "gds-live",
    "gds-live__item",
    "gds-live__ora",
    "gds-live__titolo",
    "gds-live__testo",
    "gds-adv",
    "terremoti-box",
    "ricetta-card",
    "accadde-box",
    "foto-lettore",
    "gds-piu-letti",
    "gds-cmp",
    "gds-footer",
)


def _gs_post(b: Block) -> str:
    title = f'<h3 class="gds-live__titolo">{esc(b.headline)}</h3>' if b.headline else ""
    text = "".join(f'<p class="gds-live__testo">{esc(t)}</p>' for t in b.paras)
    return f'<div class="gds-live__item"><div class="gds-live__ora">{esc(b.label or "")}</div>{title}{text}</div>'


def _gs_quakes(ctx: Ctx) -> str:
    published = ctx.local - timedelta(minutes=4)
    shown = [q for q in GS_QUAKES if at(CET, *q[0]) <= published][-3:]
    rows = [f"M {mag} – {place} – {hh:02d}:{mm:02d}" for (hh, mm), mag, place in reversed(shown)]
    return box(
        ctx, "terremoti-box", "Ultimi terremoti in Sicilia", rows, head="p", foot="Fonte: INGV"
    )


def sicilia(ctx: Ctx) -> str:
    posts = list(GS_POSTS) + ([GS_NEW] if ctx.fetch == 6 else [])
    newest = posts[-1].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    intro = "".join(f'<p class="gds-live-intro__text">{ctx.p(t)}</p>' for t in GS_INTRO)
    parts = []
    for b in posts:
        ctx.add(b)
        parts.append(_gs_post(b))

    def promo() -> str:
        return f'<div class="gds-live__item gds-live__item--promo"><p class="gds-live__testo">{ctx.f(ctx.pick(GS_PROMOS))}</p></div>'

    def today() -> str:
        return (
            f'<aside class="accadde-box"><p>{ctx.f(ctx.pick(GS_TODAY[ctx.local.day]))}</p></aside>'
        )

    inserts = [
        lambda: fx.ad(ctx, "gds-adv", "Pubblicità", GS_ADS),
        promo,
        *maybe(ctx, 0.7, lambda: _gs_quakes(ctx)),
        *maybe(ctx, 0.5, today),
        *maybe(
            ctx,
            0.5,
            lambda: (
                '<figure class="foto-lettore"><img src="https://images.example/gds/lettore.jpg" alt="" width="480" height="320">'
                f"<figcaption>{ctx.f(ctx.pick(GS_PHOTOS))}</figcaption></figure>"
            ),
        ),
        *maybe(ctx, 0.5, lambda: fx.ad(ctx, "gds-adv", "Pubblicità", GS_ADS, size="300x600")),
    ]
    feed = scatter(ctx, parts, inserts, range(1, len(parts) + 1))
    allerta = ""
    if ctx.chance(0.7):
        allerta = one(
            ctx,
            "div",
            "gds-allerta",
            ctx.pick(
                (
                    "Avviso della Protezione civile: allerta arancione per rischio idrogeologico sul Palermitano",
                    "Avviso della Protezione civile: allerta gialla su Trapani e Agrigento fino alle 24 di lunedì",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "gds-cmp",
            "Utilizziamo cookie e tecnologie simili, anche di terze parti, per migliorare la tua esperienza di navigazione e mostrarti annunci personalizzati.",
            ("Accetta", "Impostazioni"),
        )
    rail = [
        box(ctx, "gds-piu-letti", "I più letti", ctx.some(GS_MOST_READ, 5), wrap="ol", links=True)
    ]
    if ctx.chance(0.8):
        rail.insert(
            ctx.rng.randint(0, 1),
            f'<aside class="ricetta-card"><img src="https://images.example/gds/ricetta.jpg" alt="" width="320" height="200"><p>{ctx.f(ctx.pick(GS_RECIPES))}</p></aside>',
        )
    body = f"""
<header class="gds-header"><a class="gds-header__logo" href="/">Giornale di Sicilia</a>
<nav class="gds-nav"><ul><li><a href="/palermo">Palermo</a></li><li><a href="/catania">Catania</a></li><li><a href="/sicilia">Sicilia</a></li><li><a href="/italia">Italia</a></li><li><a href="/sport">Sport</a></li><li><a href="/cultura">Cultura</a></li></ul></nav></header>
{allerta}
<main class="gds-main">
<article class="gds-article">
<header class="gds-live-head">
<span class="gds-live-head__badge">LIVE</span>
<h1 class="gds-live-head__title">Nubifragio a Palermo, sottopassi allagati e viale Regione chiuso: la diretta</h1>
<p class="gds-live-head__meta">6 Dicembre 2026 · Ultimo aggiornamento {hhmm(newest)}</p>
</header>
<div class="gds-live-intro">{intro}</div>
<section class="gds-live">
{feed}
</section>
</article>
<aside class="gds-rail">{"".join(rail)}</aside>
</main>
<footer class="gds-footer"><p>© Giornale di Sicilia - Tutti i diritti riservati</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookie">Cookie</a></li><li><a href="/redazione">Redazione</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="it",
        title="Nubifragio a Palermo, sottopassi allagati e viale Regione chiuso: la diretta | Giornale di Sicilia",
        canonical=f"https://gds.example/palermo/2026/12/06/{GS_SLUG}",
        seed=GS_SLUG,
        classes=GS_CLASSES,
        body_class="gds live",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "Giornale di Sicilia")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Nubifragio a Palermo, sottopassi allagati e viale Regione chiuso: la diretta",
                "datePublished": at(CET, 17, 12).isoformat(),
                "dateModified": ctx.modified,
                "publisher": {"@type": "NewsMediaOrganization", "name": "Giornale di Sicilia"},
            }
        ],
        cdn="https://gds.example/assets",
        var="__GDS__",
    )
