"""The Italian pages: L'Arena (IT), La Gazzetta del Mezzogiorno (IT) and Corriere del Ticino (CH)."""

from __future__ import annotations

from datetime import timedelta

import fx
from kit import (
    Block,
    Ctx,
    Site,
    at,
    esc,
    ld_article,
    ld_updates,
    live,
    note,
    shell,
    shuffled,
    weave,
)

# =============================================================================================
# L'Arena: dated notes inside the story after paragraph 2, oldest first (+01:00)


def larena() -> Site:
    slug = "larena-malcesine-funivia-monte-baldo-bloccata"
    off = 1
    url = "https://www.larena.it/territori/lago/malcesine-si-blocca-la-funivia-del-monte-baldo-1.10234567"
    title = (
        "Malcesine, si blocca la funivia del Monte Baldo: sessanta persone soccorse nelle cabine"
    )
    deck = "Guasto all'impianto elettrico sul secondo tronco: passeggeri riportati a valle dopo oltre due ore."
    published = at(off, 17, 5)
    body = [
        "MALCESINE. Una sessantina di persone sono rimaste bloccate per oltre due ore nelle cabine della "
        "funivia Malcesine-Monte Baldo, ferme a metà del secondo tronco per un guasto all'impianto "
        "elettrico, nel pomeriggio di domenica.",
        "L'allarme è scattato poco dopo le 15.30. Sul posto sono intervenuti il Soccorso alpino, i "
        "vigili del fuoco e i tecnici della società che gestisce l'impianto.",
        "Le cabine, che ruotano su se stesse durante la salita, si sono fermate a circa 300 metri dalla "
        "stazione intermedia di San Michele. A bordo c'erano molte famiglie e alcuni sciatori diretti "
        "alle piste del Baldo.",
        "«Ci hanno tenuti informati con l'altoparlante ogni dieci minuti, ma faceva molto freddo», ha "
        "raccontato un turista bresciano una volta a terra.",
        "Il sindaco ha ringraziato i soccorritori e ha chiesto alla società di gestione una relazione "
        "dettagliata sull'accaduto.",
        "La funivia resterà chiusa almeno fino a martedì per le verifiche tecniche.",
    ]
    notes = [
        note(
            "update",
            "Aggiornato domenica 6 dicembre, ore 18.20",
            at(off, 18, 20),
            "Tutte le persone sono state riportate a valle. Due anziani sono stati visitati dal personale "
            "del 118 per un principio di ipotermia, ma non è stato necessario il ricovero.",
        ),
        note(
            "update",
            "Aggiornato domenica 6 dicembre, ore 21.05",
            at(off, 21, 5),
            "La Procura di Verona ha aperto un fascicolo e disposto il sequestro della sala macchine "
            "della stazione di San Michele per gli accertamenti.",
        ),
    ]
    genuine = note(
        "update",
        "Aggiornato domenica 6 dicembre, ore 23.54",
        at(off, 23, 54),
        "I tecnici hanno individuato l'origine del guasto in un quadro elettrico danneggiato "
        "dall'umidità. La società conta di riaprire il primo tronco già giovedì.",
    )
    promos = [
        (
            "Resta aggiornato",
            "iscriviti al canale WhatsApp de L'Arena e ricevi le notizie di Verona e provincia.",
        ),
        (
            "Aggiornamenti sul telefono",
            "scarica l'app de L'Arena e attiva le notifiche per il lago di Garda.",
        ),
    ]
    wishes = [
        "Tanti auguri a nonna Rosetta di San Bonifacio, che oggi compie 100 anni, dai nipoti e pronipoti.",
        "Buon compleanno a Matteo, che oggi festeggia i suoi 18 anni a Bussolengo: ti vogliamo bene, mamma e papà.",
        "Felicitazioni a Luisa e Franco di Bardolino per i loro 50 anni di matrimonio, da figli e nipoti.",
    ]
    recalls = [
        "Richiamo alimentare: il ministero della Salute segnala il ritiro di un lotto di mascarpone per possibile presenza di Listeria.",
        "Richiamo alimentare: ritirato dagli scaffali un lotto di salame all'aglio per un errore nell'etichetta degli allergeni.",
        "Richiamo: una catena di bricolage ritira una stufetta elettrica per rischio di surriscaldamento.",
    ]
    blood = [
        "Scorte di sangue nel Veneto: gruppo 0 negativo in carenza, servono donatori",
        "Scorte di sangue nel Veneto: gruppi A positivo e B negativo sotto la soglia",
    ]
    most_read = [
        "Verona, in piazza Bra torna la stella cometa",
        "Hellas, il tecnico: «Serve più coraggio in trasferta»",
        "Villafranca, nuovo parcheggio scambiatore vicino all'aeroporto",
        "Lessinia, riapre il rifugio sul Corno d'Aquilio",
        "Legnago, il mercato del sabato cambia piazza",
        "Peschiera, lavori sul ponte dei Voltoni fino a marzo",
        "Bovolone, la fiera del mobile fa il pieno di visitatori",
        "San Giovanni Lupatoto, chiude la storica merceria",
    ]
    commented = [
        "Filobus, il cantiere di corso Porta Nuova slitta ancora",
        "Zona a traffico limitato estesa a Veronetta: le nuove regole",
        "Arena, il Comune alza il canone per i concerti estivi",
        "Parcheggi a pagamento a Borgo Trento: i residenti protestano",
        "Nuovo stadio, la giunta presenta il progetto definitivo",
        "Monopattini vietati sul Ponte Pietra da gennaio",
    ]
    ads = [
        "Caldaie a condensazione con installazione inclusa: preventivo gratuito a Verona.",
        "Settimana bianca in Trentino: hotel con spa da 79 euro a notte.",
        "Occhiali progressivi al prezzo dei monofocali fino al 24 dicembre.",
    ]

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        mid = [*notes, genuine] if ctx.genuine else list(notes)
        segments = [f'<p class="art-text">{esc(p)}</p>' for p in body[:2]]
        segments += [
            f'<p class="art-text"><strong>{esc(b.label or "")}:</strong> {esc(b.text[0])}</p>'
            for b in mid
        ]
        segments += [f'<p class="art-text">{esc(p)}</p>' for p in body[2:]]
        inserts: list[str] = []
        if ctx.chance(0.75):
            ctx.kind("promo or ad in the markup of the notes or entries")
            label, text = rng.choice(promos)
            inserts.append(
                f'<p class="art-text"><strong>{esc(label)}:</strong> {ctx.furn(text)}</p>'
            )
        if ctx.chance(0.6):
            ctx.kind("family announcements (full sentences)")
            inserts.append(
                f'<aside class="auguri"><h4>Auguri</h4><p>{ctx.furn(rng.choice(wishes))}</p></aside>'
            )
        if ctx.chance(0.6):
            ctx.kind("product recall notices (full sentences)")
            inserts.append(
                f'<aside class="richiami"><p>{ctx.furn(rng.choice(recalls))}</p></aside>'
            )
        if ctx.chance(0.6):
            ctx.kind("chart with its own 'last updated' stamp")
            stamp = fx.floor(ctx.now - timedelta(minutes=10), 15)
            inserts.append(
                '<figure class="mappa"><div class="mappa__frame"></div><figcaption>'
                f"<p>{ctx.furn('Mappa: i cantieri sulle strade provinciali veronesi')}</p>"
                f"<p>{ctx.furn(f'Fonte: Provincia di Verona · aggiornata alle {fx.dot(stamp)}')}</p></figcaption></figure>"
            )
        if ctx.chance(0.45):
            ctx.kind("comment-moderation notice with a reopening time")
            inserts.append(
                f'<p class="commenti-chiusi">{ctx.furn("I commenti sono sospesi dalle 22 alle 7 del mattino.")}</p>'
            )
        if ctx.chance(0.8):
            inserts.append(
                fx.ranked(ctx, "art-text piu-letti", "I più letti", most_read, 4, "most-read list")
            )
        if ctx.chance(0.6):
            ctx.kind("blood-supply levels")
            inserts.append(
                '<aside class="emoteca"><h4>Donare il sangue</h4>'
                f"<p>{ctx.furn(rng.choice(blood))}</p>"
                f"<p>{ctx.furn('Dati del Centro regionale sangue, aggiornati al 6 dicembre')}</p></aside>"
            )
        article_body = weave(rng, segments, shuffled(rng, inserts))
        consent = fx.consent(
            ctx,
            "cookie-consent",
            "L'Arena e i suoi partner utilizzano cookie e tecnologie simili per personalizzare contenuti "
            "e pubblicità e per analizzare il traffico.",
            ["Accetta", "Rifiuta", "Preferenze"],
        )
        modified = mid[-1].when
        assert modified is not None
        side = fx.ranked(ctx, "piu-commentati", "I più commentati", commented, 4, "most-read list")
        side += fx.labelled_ad(ctx, "adv", "Pubblicità", ads)
        page_body = f"""<header class="ar-header"><a class="ar-logo" href="/">L'Arena</a>
<nav><a href="/territori/citta/">Verona</a><a href="/territori/lago/">Lago</a><a href="/territori/valpolicella/">Valpolicella</a><a href="/sport/">Sport</a><a href="/economia/">Economia</a><a href="/spettacoli/">Spettacoli</a></nav></header>
{consent}
<main>
<article class="articolo">
<header class="art-head"><p class="art-occhiello">Lago di Garda</p><h1 class="art-titolo">{esc(title)}</h1>
<p class="art-sommario">{esc(deck)}</p>
<div class="art-info"><span class="firma">Giulia Benedetti</span><span class="data">06 dicembre 2026, {fx.hm(published)} – aggiornato alle {fx.hm(modified)}</span></div></header>
<div class="art-corpo">
{article_body}
</div>
</article>
<aside class="colonna">{side}</aside>
</main>
<footer class="ar-footer"><p>© 2026 Athesis S.p.A. – Tutti i diritti riservati.</p></footer>"""
        lds = [
            ld_article(
                kind="NewsArticle",
                headline=title,
                description=deck,
                url=url,
                published=published,
                modified=modified,
                authors=["Giulia Benedetti"],
                publisher="L'Arena",
                home="https://www.larena.it/",
                lang="it-IT",
            )
        ]
        page = shell(
            ctx,
            lang="it",
            title=f"{title} | L'Arena",
            description=deck,
            canonical=url,
            prefix="ar",
            jsonld=lds,
            body=page_body,
            edge="mxp",
            body_class="pagina-articolo",
        )
        return page, modified.isoformat()

    return Site(slug, "L'Arena", "it", "updates", off, body, notes, genuine, render)


# =============================================================================================
# La Gazzetta del Mezzogiorno: live page, oldest first, JSON-LD LiveBlogPosting (+01:00)


def gazzettamezzogiorno() -> Site:
    slug = "gazzettamezzogiorno-diretta-bari-traghetto-incendio-porto"
    off = 1
    url = "https://www.lagazzettadelmezzogiorno.it/news/bari/1654321/diretta-incendio-traghetto-porto-di-bari.html"
    title = "DIRETTA | Incendio su un traghetto nel porto di Bari: evacuati 240 passeggeri"
    deck = "Le fiamme sono partite dalla sala macchine poco prima della partenza per Durazzo."
    published = at(off, 17, 14)
    intro = [
        "Un incendio è divampato nel pomeriggio di domenica nella sala macchine di un traghetto ormeggiato "
        "al molo San Vito del porto di Bari, poco prima della partenza per Durazzo. I 240 passeggeri e i "
        "60 membri dell'equipaggio sono stati fatti scendere.",
        "Sul posto vigili del fuoco, Capitaneria di porto e 118. Qui sotto gli aggiornamenti, in ordine "
        "cronologico.",
    ]
    entries = [
        live(
            at(off, 17, 20),
            "17:20",
            "Fumo dalla sala macchine",
            "Una colonna di fumo nero si è alzata dal traghetto poco dopo le 17. L'equipaggio ha dato "
            "l'allarme e avviato le procedure di evacuazione.",
        ),
        live(
            at(off, 18, 5),
            "18:05",
            "Passeggeri fatti scendere, nessun ferito",
            "Tutti i passeggeri sono stati accompagnati nella stazione marittima. La Capitaneria di porto "
            "conferma che non ci sono feriti.",
        ),
        live(
            at(off, 18, 48),
            "18:48",
            "In azione il rimorchiatore antincendio",
            "Un rimorchiatore con lance antincendio affianca il traghetto dal lato mare, mentre le squadre "
            "dei vigili del fuoco lavorano nella sala macchine con gli autorespiratori.",
        ),
        live(
            at(off, 19, 36),
            "19:36",
            None,
            "L'Autorità di sistema portuale ha chiuso al traffico il varco della Vittoria. Gli automobilisti "
            "diretti al porto vengono fatti passare dal varco Dogana.",
        ),
        live(
            at(off, 20, 52),
            "20:52",
            "Incendio sotto controllo",
            "I vigili del fuoco comunicano che l'incendio è sotto controllo. Proseguono le operazioni di "
            "raffreddamento delle paratie.",
        ),
        live(
            at(off, 21, 47),
            "21:47",
            "Passeggeri in albergo",
            "La compagnia ha sistemato i passeggeri in tre alberghi della città. Una nave sostitutiva "
            "partirà per Durazzo lunedì mattina.",
        ),
    ]
    genuine = live(
        at(off, 23, 54),
        "23:54",
        "Aperta un'inchiesta",
        "La Procura di Bari ha aperto un'inchiesta per incendio colposo e disposto il sequestro della sala "
        "macchine. I consulenti saliranno a bordo martedì.",
    )
    council = [
        "approvato l'articolo 12 della manovra",
        "respinto l'emendamento sul trasporto locale",
        "seduta sospesa per venti minuti",
        "riprendono i lavori, in discussione l'articolo 14",
        "approvato l'articolo 14 con 27 voti favorevoli",
        "via libera all'articolo 15 sulle aree interne",
        "approvato l'articolo 16, si va verso il voto finale",
    ]
    digest = [
        "Lecce: inaugurata la nuova illuminazione di piazza Sant'Oronzo.",
        "Foggia: il Comune approva il piano per le piste ciclabili.",
        "Taranto: il ponte girevole resta chiuso per lavori fino a giovedì.",
        "Brindisi: da marzo un nuovo volo diretto per Bruxelles.",
        "Altamura: il pane Dop protagonista di una fiera a Milano.",
    ]
    pun = {23: "0,1184", 0: "0,1052"}
    most_read = [
        "Bari, la ruota panoramica torna sul lungomare",
        "Il Bari pareggia al San Nicola, tifosi delusi",
        "Monopoli, nuovo parcheggio vicino al porto",
        "Matera, il presepe vivente cambia percorso",
        "Trani, la cattedrale illuminata per le feste",
        "Molfetta, al via i lavori sul molo Pennello",
        "Polignano, chiude il ristorante sulla scogliera",
        "Bitonto, il Comune assume 12 agenti di polizia locale",
    ]
    ads = [
        "Climatizzatori con pompa di calore: installazione in 48 ore a Bari e provincia.",
        "Crociera nel Mediterraneo con partenza da Bari: cabina esterna a partire da 499 euro.",
        "Apparecchi acustici ricaricabili: prova gratuita per 30 giorni.",
    ]

    def post(block: Block) -> str:
        title_html = (
            f'<h3 class="post__titolo">{esc(block.headline)}</h3>' if block.headline else ""
        )
        return (
            f'<div class="post" id="post-{fx.hash_of(block.whole()) % 90000 + 10000}">'
            f'<span class="post__ora">{esc(block.label or "")}</span>{title_html}'
            f'<div class="post__testo">{"".join(f"<p>{esc(t)}</p>" for t in block.text)}</div></div>'
        )

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        blocks = [*entries, genuine] if ctx.genuine else list(entries)
        inserts: list[str] = []
        if ctx.chance(0.7):
            ctx.kind("another live blog in the entry markup, with its own clock")
            when = fx.ago(ctx, 1, 8)
            inserts.append(
                f'<div class="post post--correlato"><span class="post__ora">{fx.hm(when)}</span>'
                f'<h3 class="post__titolo"><a href="/news/politica/diretta-consiglio-regionale.html">'
                f"{ctx.furn(f'Diretta dal Consiglio regionale: {council[ctx.fetch]}')}</a></h3>"
                f'<div class="post__testo"><p>{ctx.furn("Segui in tempo reale la seduta sulla legge di bilancio.")}</p></div></div>'
            )
        if ctx.chance(0.65):
            ctx.kind("AI digest of other stories with its generation time")
            stamp = fx.floor(ctx.now - timedelta(minutes=10), 30)
            rows = "".join(f"<li>{ctx.furn(r)}</li>" for r in ctx.pick(digest, 3))
            inserts.append(
                '<aside class="in-breve"><h4>La giornata in breve</h4>'
                f"<p>{ctx.furn(f'Riepilogo generato con l’intelligenza artificiale alle {fx.dot(stamp)} e verificato dalla redazione')}</p>"
                f"<ul>{rows}</ul></aside>"
            )
        if ctx.chance(0.6):
            ctx.kind("energy indicators (gas storage, hourly power price)")
            hour = ctx.now.hour
            inserts.append(
                '<aside class="energia"><h4>Energia</h4>'
                f"<p>{ctx.furn(f'Prezzo dell’energia elettrica (PUN), ora {hour}-{(hour + 1) % 24}: {pun[hour]} €/kWh')}</p>"
                f"<p>{ctx.furn('Gas al PSV: 0,412 €/Smc, aggiornato al 5 dicembre')}</p></aside>"
            )
        if ctx.chance(0.6):
            ctx.kind("promo or ad in the markup of the notes or entries")
            inserts.append(
                f'<div class="post post--promo"><h3 class="post__titolo">{ctx.furn("Le notizie della Gazzetta su WhatsApp")}</h3>'
                f'<div class="post__testo"><p>{ctx.furn("Iscriviti al nostro canale per ricevere gli aggiornamenti più importanti della giornata.")}</p></div></div>'
            )
        feed = weave(rng, [post(b) for b in blocks], shuffled(rng, inserts))
        h, m = fx.left_today(ctx.now)
        offer = ""
        if ctx.chance(0.6):
            ctx.kind("subscription offer with a countdown")
            offer = f'<div class="abbonati"><p>{ctx.furn(f"Black Week: abbonamento digitale a 1 € al mese – l’offerta scade tra {h} ore e {m} minuti")}</p></div>'
        consent = fx.consent(
            ctx,
            "iubenda-banner",
            "Questo sito e i suoi partner usano cookie tecnici e, con il tuo consenso, cookie di "
            "profilazione per mostrarti pubblicità in linea con i tuoi interessi.",
            ["Accetta", "Rifiuta", "Scopri di più"],
        )
        modified = blocks[-1].when
        assert modified is not None
        side = fx.ranked(
            ctx, "piu-letti", "I più letti", most_read, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "adv", "Pubblicità", ads)
        page_body = f"""<header class="gdm-header"><a class="gdm-logo" href="/">La Gazzetta del Mezzogiorno</a>
<nav><a href="/news/bari/">Bari</a><a href="/news/foggia/">Foggia</a><a href="/news/bat/">Bat</a><a href="/news/brindisi/">Brindisi</a><a href="/news/lecce/">Lecce</a><a href="/news/taranto/">Taranto</a><a href="/news/basilicata/">Basilicata</a></nav></header>
{consent}
<main>
<article class="articolo diretta">
<h1 class="titolo">{esc(title)}</h1>
<p class="sommario">{esc(deck)}</p>
<div class="info"><span class="autore">di Vito Lorusso</span><span class="data">06 Dicembre 2026 | {fx.hm(published)} – Ultimo aggiornamento {fx.hm(modified)}</span></div>
<div class="diretta-apertura">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
{offer}
<div class="diretta-post">
{feed}
</div>
</article>
<aside class="colonna-destra">{side}</aside>
</main>
<footer class="gdm-footer"><p>© 2026 Edisud S.p.A. – Tutti i diritti riservati.</p></footer>"""
        lds = [
            {
                **ld_article(
                    kind="LiveBlogPosting",
                    headline=title,
                    description=deck,
                    url=url,
                    published=published,
                    modified=modified,
                    authors=["Vito Lorusso"],
                    publisher="La Gazzetta del Mezzogiorno",
                    home="https://www.lagazzettadelmezzogiorno.it/",
                    lang="it-IT",
                ),
                "coverageStartTime": published.isoformat(),
                "liveBlogUpdate": ld_updates(list(reversed(blocks)), url),
            }
        ]
        page = shell(
            ctx,
            lang="it",
            title=f"{title} - La Gazzetta del Mezzogiorno",
            description=deck,
            canonical=url,
            prefix="gdm",
            jsonld=lds,
            body=page_body,
            edge="mxp",
            body_class="diretta-page",
        )
        return page, modified.isoformat()

    return Site(
        slug, "La Gazzetta del Mezzogiorno", "it", "live", off, intro, entries, genuine, render
    )


# =============================================================================================
# Corriere del Ticino: correction at the top, updates after the story, newest first (+01:00)


def cdt() -> Site:
    slug = "cdt-gandria-frana-cantonale-chiusa"
    off = 1
    url = "https://www.cdt.ch/news/ticino/frana-sulla-cantonale-a-gandria-strada-chiusa-412377"
    title = "Frana sulla cantonale a Gandria, strada chiusa e nucleo raggiungibile solo in battello"
    deck = "Circa 200 metri cubi di sassi e terra sono scesi dal versante domenica pomeriggio. Nessun ferito."
    published = at(off, 17, 40)
    body = [
        "Una frana si è staccata domenica pomeriggio dal versante sopra Gandria e ha invaso la strada "
        "cantonale tra Castagnola e il confine di Oria, che è stata chiusa al traffico in entrambe le "
        "direzioni.",
        "Secondo la Polizia cantonale, il materiale, sassi e terra per circa 200 metri cubi, è sceso "
        "poco dopo le 16. In quel momento sulla strada non transitavano veicoli.",
        "Gli abitanti del nucleo possono raggiungere Lugano solo con i battelli della Società "
        "Navigazione del Lago di Lugano, che ha aggiunto due corse serali.",
        "I geologi del Cantone hanno sorvolato la zona in elicottero per valutare la stabilità del "
        "pendio, reso fragile dalle piogge delle ultime settimane.",
        "Il Municipio di Lugano ha allestito un punto informativo nell'ex scuola di Gandria.",
    ]
    correction = note(
        "correction",
        "Correzione",
        None,
        "in una versione precedente di questo articolo avevamo scritto che la frana aveva colpito "
        "un'auto in sosta. Non è così: nessun veicolo è stato coinvolto.",
    )
    notes = [
        note(
            "update",
            "Aggiornamento – 21:15",
            at(off, 21, 15),
            "Il Dipartimento del territorio comunica che la cantonale resterà chiusa almeno fino a "
            "mercoledì. Durante la notte un geologo resterà sul posto per sorvegliare il pendio.",
        ),
        note(
            "update",
            "Aggiornamento – 19:30",
            at(off, 19, 30),
            "Per precauzione sono state evacuate quattro case sopra la strada. Le dodici persone che vi "
            "abitano sono state ospitate da parenti o in albergo.",
        ),
    ]
    genuine = note(
        "update",
        "Aggiornamento – 23:54",
        at(off, 23, 54),
        "Un secondo, piccolo smottamento è avvenuto poco prima delle 23.40 nello stesso punto, senza "
        "conseguenze. I lavori di sgombero riprenderanno all'alba.",
    )
    votes = [
        "Lugano, credito per il nuovo polo sportivo: 58,4 % di sì – accettato",
        "Cantone Ticino, iniziativa sui premi di cassa malati: 47,1 % di sì – respinta",
        "Mendrisio, piano regolatore del nucleo: 63,0 % di sì – accettato",
        "Bellinzona, regolamento sui posteggi: 44,6 % di sì – respinto",
        "Partecipazione al voto in Ticino: 41,3 %",
    ]
    alerts = [
        (
            at(off, 20, 33),
            "Canton Grigioni · Informazione: strada del Bernina chiusa per pericolo di valanghe fino a lunedì.",
        ),
        (
            at(off, 21, 48),
            "Canton Ticino · Informazione: risolta l'interruzione dell'acqua potabile a Caslano.",
        ),
        (
            at(off, 22, 57),
            "Canton Ticino · Informazione: la strada della Valle Verzasca è di nuovo aperta al traffico.",
        ),
        (
            at(off, 23, 18),
            "Canton Uri · Informazione: galleria autostradale del San Gottardo chiusa per manutenzione fino alle 5.",
        ),
        (
            at(off, 23, 43),
            "Canton Ticino · Informazione: blackout a Chiasso risolto, la rete funziona di nuovo.",
        ),
    ]
    most_read = [
        "Lugano, il Natale in piazza della Riforma fa il pieno",
        "L'HC Lugano vince il derby alla Cornèr Arena",
        "Locarno, la rotonda del Lido cambia volto",
        "Chiasso, apre il nuovo centro diurno per anziani",
        "Bellinzona, più treni verso Milano dal 14 dicembre",
        "Mendrisiotto, i frontalieri e la nuova tassa sanitaria",
        "Ascona, il lungolago chiuso per lavori in gennaio",
        "Biasca, ripartono i lavori alla scuola media",
    ]
    ads = [
        "Serramenti su misura: consulenza gratuita nello showroom di Manno.",
        "Vacanze sulla neve ad Airolo: skipass e hotel a prezzo speciale.",
        "Il tuo nuovo conto di risparmio con tasso preferenziale fino a fine anno.",
    ]

    def pair(head: str, text: str, extra: str = "") -> str:
        return f'<h4 class="aggiornamento{extra}">{head}</h4><p class="text">{text}</p>'

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        tail = ([genuine] if ctx.genuine else []) + notes
        segments = [
            f'<p class="text"><em>{esc(correction.label or "")}: {esc(correction.text[0])}</em></p>'
        ]
        segments += [f'<p class="text">{esc(p)}</p>' for p in body]
        segments += [pair(esc(b.label or ""), esc(b.text[0])) for b in tail]
        inserts: list[str] = []
        if ctx.chance(0.7):
            ctx.kind("vote results box")
            rows = "".join(f"<li>{ctx.furn(r)}</li>" for r in ctx.pick(votes, rng.randint(2, 3)))
            inserts.append(
                f'<aside class="votazioni"><h4>Votazioni di domenica</h4><ul>{rows}</ul>'
                f"<p>{ctx.furn('Risultati definitivi, ultimo aggiornamento alle 16.52')}</p></aside>"
            )
        shown = fx.clocked(ctx, alerts, 2)
        if ctx.chance(0.7):
            ctx.kind("official alert feed with clock times")
            rows = "".join(f"<li>{ctx.furn(f'{fx.dot(t)} · {text}')}</li>" for t, text in shown)
            inserts.append(f'<aside class="alertswiss"><h4>Alertswiss</h4><ul>{rows}</ul></aside>')
        if ctx.chance(0.55):
            ctx.kind("sunrise and sunset almanac (turns over at local midnight)")
            line = (
                "Domenica 6 dicembre: il sole sorge alle 7.52 e tramonta alle 16.41"
                if ctx.now.day == 6
                else "Lunedì 7 dicembre: il sole sorge alle 7.53 e tramonta alle 16.41"
            )
            inserts.append(
                f'<aside class="effemeridi"><h4>Effemeridi</h4><p>{ctx.furn(line)}</p></aside>'
            )
        if ctx.chance(0.6):
            ctx.kind("exchange rate with an update time")
            rate = f"0,{rng.randint(9380, 9396)}"
            stamp = fx.ago(ctx, 2, 9)
            inserts.append(
                f'<aside class="cambio"><h4>Cambio</h4><p>{ctx.furn(f"1 euro = {rate} franchi · aggiornato alle {fx.dot(stamp)}")}</p></aside>'
            )
        if ctx.chance(0.55):
            ctx.kind("teaser with an AI-translation note")
            inserts.append(
                '<aside class="tradotto"><p class="tradotto__occhiello">Dalla Svizzera tedesca</p>'
                f"<h4>{ctx.furn('Zurigo, la torre del Grossmünster chiusa ai visitatori fino a primavera')}</h4>"
                f"<p>{ctx.furn('Articolo tradotto dal tedesco con l’aiuto dell’intelligenza artificiale.')}</p></aside>"
            )
        if ctx.chance(0.75):
            ctx.kind("promo or ad in the markup of the notes or entries")
            inserts.append(
                pair(
                    "Abbonati al CdT",
                    ctx.furn(
                        "Con l'offerta di dicembre leggi tutti gli articoli a 1 franco per il primo mese."
                    ),
                    " aggiornamento--promo",
                )
            )
        article_body = weave(rng, segments, shuffled(rng, inserts))
        consent = fx.consent(
            ctx,
            "consent-box",
            "Il Corriere del Ticino e i suoi partner usano cookie per far funzionare il sito, misurarne "
            "l'utilizzo e mostrarti annunci pertinenti.",
            ["Accetto", "Impostazioni"],
        )
        modified = tail[0].when
        assert modified is not None
        side = fx.ranked(
            ctx, "piu-letti", "I più letti", most_read, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "adv", "Pubblicità", ads)
        page_body = f"""<header class="cdt-header"><a class="cdt-logo" href="/">Corriere del Ticino</a>
<nav><a href="/news/ticino/">Ticino</a><a href="/news/svizzera/">Svizzera</a><a href="/news/mondo/">Mondo</a><a href="/news/economia/">Economia</a><a href="/sport/">Sport</a><a href="/cultura/">Cultura</a></nav></header>
{consent}
<main>
<article class="article">
<header class="article-header"><p class="article-kicker">Lugano</p><h1 class="article-title">{esc(title)}</h1>
<p class="article-subtitle">{esc(deck)}</p>
<div class="article-meta"><span class="author">Redazione online</span><span class="date">6 dicembre 2026, {fx.hm(published)} – Aggiornato: {fx.hm(modified)}</span></div></header>
<div class="article-body">
{article_body}
</div>
</article>
<aside class="sidebar">{side}</aside>
</main>
<footer class="cdt-footer"><p>© Corriere del Ticino – Tutti i diritti riservati.</p></footer>"""
        lds = [
            ld_article(
                kind="NewsArticle",
                headline=title,
                description=deck,
                url=url,
                published=published,
                modified=modified,
                authors=["Redazione online"],
                publisher="Corriere del Ticino",
                home="https://www.cdt.ch/",
                lang="it-CH",
            )
        ]
        page = shell(
            ctx,
            lang="it-CH",
            title=f"{title} | Corriere del Ticino",
            description=deck,
            canonical=url,
            prefix="cdt",
            jsonld=lds,
            body=page_body,
            edge="zrh",
            body_class="article-page",
        )
        return page, modified.isoformat()

    return Site(
        slug,
        "Corriere del Ticino",
        "it",
        "updates",
        off,
        body,
        [correction, *notes],
        genuine,
        render,
    )


def sites() -> list[Site]:
    return [larena(), gazzettamezzogiorno(), cdt()]
