"""Italian pages: Gazzetta di Parma (updates), Messaggero Veneto (live), Il Centro (live)."""

from __future__ import annotations

from datetime import datetime

import fx
from kit import Block, e, stamp

OFF = 1


def gazzettaparma(Site):
    pc = "article-paragraph"
    body = [
        "Il ponte sul Taro tra Ponte Taro e San Pancrazio è stato chiuso al traffico nel pomeriggio di domenica dopo che alcuni automobilisti hanno segnalato una crepa su uno dei piloni.",
        "I tecnici della Provincia sono arrivati poco dopo le 15 e hanno deciso di interdire il passaggio a tutti i veicoli, compresi i mezzi di soccorso.",
        "La crepa, lunga circa due metri, si trova sul terzo pilone dal lato di Fontevivo. Secondo i primi rilievi non ci sarebbero cedimenti della carreggiata.",
        "Il traffico diretto verso la via Emilia viene deviato sulla tangenziale, con lunghe code in direzione di Fidenza per tutto il pomeriggio.",
        "Il presidente della Provincia, Alberto Ferrari, ha parlato di «una scelta di prudenza» e ha promesso verifiche in tempi rapidi.",
        "Il ponte era stato oggetto di lavori di consolidamento nel 2019. I residenti di San Pancrazio chiedono da tempo una seconda corsia ciclabile.",
    ]
    blocks = [
        Block(
            "update",
            "AGGIORNAMENTO ORE 21:05",
            [
                "La Provincia ha comunicato che il ponte resterà chiuso almeno fino a martedì, quando arriverà un carro ponte per ispezionare il pilone dal basso."
            ],
            stamp("21:05", OFF),
        ),
        Block(
            "update",
            "AGGIORNAMENTO ORE 18:30",
            [
                "Sul posto sono arrivati anche i vigili del fuoco con un drone per fotografare la crepa dall'alto."
            ],
            stamp("18:30", OFF),
        ),
        Block(
            "correction",
            "Errata corrige",
            [
                "in una prima versione dell'articolo il ponte era indicato come quello di Ponte Taro sulla statale 62. Si tratta invece del ponte della provinciale."
            ],
            None,
        ),
    ]
    genuine = Block(
        "update",
        "AGGIORNAMENTO ORE 23:53",
        [
            "Tper ha annunciato che da lunedì le corse della linea 8 verso San Pancrazio seguiranno un percorso alternativo passando da Vicofertile."
        ],
        stamp("23:53", OFF),
    )

    def note(b: Block) -> str:
        if b.kind == "correction":
            return f'<p class="{pc}"><em><strong>{b.label}:</strong> {e(b.paras[0])}</em></p>'
        return f'<h3 class="article-subtitle">{b.label}</h3><p class="{pc}">{e(b.paras[0])}</p>'

    inline = [
        fx.er_waits(
            "Pronto soccorso, attese in tempo reale",
            "Dati aggiornati alle",
            "it",
            [
                ("Ospedale Maggiore di Parma, pazienti in attesa", ""),
                ("Ospedale di Vaio, pazienti in attesa", ""),
            ],
        ),
        fx.nameday,
        fx.letters(
            "Lettere al direttore",
            [
                "Caro direttore, da tre settimane il lampione davanti alla scuola di via Montebello è spento e nessuno risponde alle segnalazioni. Luisa B., Parma",
                "Gentile direttore, vorrei ringraziare i volontari della Croce Verde per la pazienza con mia madre la scorsa settimana. Franco M., Collecchio",
            ],
        ),
        fx.age_banner(
            "Questo articolo è stato pubblicato più di {n} ore fa", datetime(2026, 12, 6, 16, 10)
        ),
        fx.classifieds(
            "Annunci",
            [
                "Vendesi bilocale in zona Cittadella, ristrutturato, secondo piano con ascensore.",
                "Cercasi pasticcere con esperienza per laboratorio a Langhirano, anche part-time.",
                "Affittasi box auto in via Trieste, disponibile da gennaio.",
                "Vendo stufa a pellet usata una sola stagione, ritiro a Felino.",
            ],
        ),
        fx.promo(
            [
                "Hai fotografato il ponte o la crepa? Inviaci le tue immagini su WhatsApp: le più significative saranno pubblicate.",
                "Abbonati alla Gazzetta di Parma digitale: il primo mese costa un euro e puoi disdire quando vuoi.",
            ]
        ),
        fx.related(
            "Leggi anche:",
            [
                "Tangenziale nord, lavori notturni fino a Natale",
                "Fontevivo, nuova rotatoria sulla via Emilia",
                "Ponti della provincia: la mappa dei controlli",
            ],
        ),
        fx.ad(
            "Pubblicità",
            [
                "Prosciutto di Parma stagionato 24 mesi: ordina la tua confezione regalo online.",
                "Concessionaria Emilia Auto: porte aperte domenica con test drive.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "I più letti",
            [
                "Parma Calcio, vittoria in rimonta al Tardini",
                "Chiude dopo 60 anni la storica merceria di strada Farini",
                "Colorno, riapre la Reggia dopo i restauri",
                "Incidente in tangenziale, due feriti",
                "Lagrimone, neve fresca e impianti pronti",
                "Mercatino di Natale in piazza Garibaldi, record di visitatori",
                "Università, nuovo corso di laurea in agraria",
            ],
        )
    ]
    return Site(
        slug="gazzettadiparma-ponte-taro-crepa-pilone-chiuso",
        publisher="Gazzetta di Parma",
        lang="it",
        kind="updates",
        offset=OFF,
        domain="www.gazzettadiparma.it",
        title="Crepa su un pilone, chiuso il ponte sul Taro a San Pancrazio",
        dek="Traffico deviato sulla tangenziale, lunghe code verso Fidenza.",
        byline="di Chiara Bertolini",
        published=datetime(2026, 12, 6, 16, 10),
        body=body,
        blocks=blocks,
        genuine=genuine,
        order="p0 p1 p2 b0 b1 p3 p4 p5 b2",
        order6="p0 p1 p2 g b0 b1 p3 p4 p5 b2",
        para=lambda t: f'<p class="{pc}">{e(t)}</p>',
        note=note,
        header_line=lambda f6: (
            f"06 Dicembre 2026 - 16:10 | aggiornato alle {'23:53' if f6 else '21:05'}"
        ),
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=1,
        pc=pc,
        nav=["Parma", "Provincia", "Sport", "Economia", "Cultura", "Gusto", "Necrologie"],
        cls={"body": "article-body", "dek": "article-summary", "meta": "article-info"},
        modified=stamp("21:05", OFF),
        modified6=stamp("23:53", OFF),
    )


def messaggero(Site):
    raw = [
        (
            "22:41",
            "Forni Avoltri resta isolata",
            "La strada regionale 355 resta chiusa tra Rigolato e Forni Avoltri per il rischio di slavine. I mezzi spazzaneve ripartiranno all'alba.",
        ),
        (
            "22:08",
            None,
            "La Protezione civile regionale ha aperto la palestra di Comeglians per chi non riesce a rientrare a casa.",
        ),
        (
            "21:35",
            "Treni, la Udine-Tarvisio rallenta",
            "Rfi segnala ritardi fino a 40 minuti sulla linea Udine-Tarvisio per il ghiaccio sulla linea aerea.",
        ),
        (
            "20:59",
            "Blackout a Paularo",
            "Circa 600 utenze sono senza corrente a Paularo e nelle frazioni. I tecnici sono al lavoro con il gatto delle nevi.",
        ),
        (
            "20:16",
            "Cinquanta centimetri a Sauris",
            "Secondo l'Osmer, a Sauris sono caduti cinquanta centimetri di neve fresca dal primo pomeriggio.",
        ),
        (
            "19:40",
            "Neve in Carnia, chiusi i passi",
            "Chiusi il passo di Monte Croce Carnico e il passo del Pura. Obbligo di catene sulla statale 52 oltre Ampezzo.",
        ),
    ]
    blocks = [Block("live_entry", t, [x], stamp(t, OFF), head=h) for t, h, x in raw]
    genuine = Block(
        "live_entry",
        "23:52",
        [
            "I carabinieri hanno raggiunto a piedi due anziani rimasti senza riscaldamento in una casa isolata sopra Ovaro. Stanno bene."
        ],
        stamp("23:52", OFF),
        head="Soccorsi due anziani a Ovaro",
    )

    def note(b: Block) -> str:
        h = f'<h2 class="live-post__title">{e(b.head)}</h2>' if b.head else ""
        return f'<div class="live-post"><span class="live-post__time">{b.label}</span>{h}<p class="live-post__text">{e(b.paras[0])}</p></div>'

    inline = [
        fx.blotter(
            "Il mattinale delle forze dell'ordine",
            "it",
            [
                "Udine, furto in un negozio di via Mercatovecchio: fermato un giovane",
                "Cividale, auto fuori strada sulla provinciale, conducente illeso",
                "Tolmezzo, principio d'incendio in una canna fumaria",
                "Codroipo, controlli sulla Napoleonica: due patenti ritirate",
            ],
            sep=" – ",
        ),
        fx.nameday,
        fx.appeal_tally(
            "La raccolta «Un Natale per la Carnia» ha raggiunto {n} euro grazie a {d} donatori.",
            22640,
            "it",
        ),
        fx.flights(
            "Partenze Trieste Airport",
            "24",
            [
                ("FR 4863", "Londra Stansted"),
                ("AZ 1358", "Roma Fiumicino"),
                ("LH 329", "Francoforte"),
                ("FR 6542", "Bari"),
                ("AZ 1360", "Roma Fiumicino"),
            ],
            ["In orario", "Ritardo", "Imbarco", "Cancellato", "Gate aperto"],
        ),
        fx.offline(
            "Sei offline: i nuovi aggiornamenti della diretta compariranno quando la connessione tornerà attiva."
        ),
        fx.also_live(
            "Anche in diretta",
            "24",
            [
                "Udinese-Lecce 1-0, gol di testa al 62'",
                "Consiglio comunale di Udine: si vota il bilancio",
                "Pordenone, mercatino di Natale chiuso per vento",
            ],
        ),
        fx.promo(
            [
                "Sei in Carnia e hai foto della nevicata? Mandale alla nostra redazione: le pubblicheremo nella gallery.",
                "Scarica l'app del Messaggero Veneto e attiva le notifiche per seguire la diretta.",
            ],
            head="Le vostre foto",
        ),
        fx.ad(
            "Pubblicità",
            [
                "Frico e Montasio: il vero gusto del Friuli a casa tua, spedizione gratuita.",
                "Saldi d'inverno anticipati: fino al 50% sugli scarponi da neve.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "I più letti",
            [
                "Udinese, il tecnico: «Serve più cattiveria»",
                "Lignano, nuovo hotel sul lungomare",
                "Gemona, chiude lo storico caffè in piazza",
                "Pordenone, ciclabile sul Noncello al via",
                "Trieste-Udine, treni soppressi per lavori",
                "San Daniele, record di presenze per la festa del prosciutto",
                "Latisana, pontile sul Tagliamento riaperto",
            ],
        )
    ]
    return Site(
        slug="messaggeroveneto-diretta-neve-carnia-passi-chiusi",
        publisher="Messaggero Veneto",
        lang="it",
        kind="live",
        offset=OFF,
        domain="messaggeroveneto.gelocal.it",
        title="Neve in Carnia, passi chiusi e paesi isolati: la diretta",
        dek="Fino a mezzo metro di neve in montagna, disagi anche sui treni.",
        byline="Elena Tavoschi, Marco Di Lenardo",
        published=datetime(2026, 12, 6, 19, 30),
        body=[
            "Una forte nevicata ha colpito la Carnia e il Tarvisiano dal primo pomeriggio di domenica, con strade chiuse e frazioni isolate.",
            "In questa pagina gli aggiornamenti della serata. Seguiamo la situazione in diretta.",
        ],
        blocks=blocks,
        genuine=genuine,
        order="b0 b1 b2 b3 b4 b5",
        order6="g b0 b1 b2 b3 b4 b5",
        para=lambda t: f'<p class="live-intro__text">{e(t)}</p>',
        note=note,
        header_line=lambda f6: f"aggiornato alle {'23:52' if f6 else '22:41'}",
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=0,
        hi_pad=1,
        entry=lambda h, t: (
            f'<div class="live-post live-post--promo">{f"<h2 class=live-post__title>{e(h)}</h2>" if h else ""}<p class="live-post__text">{e(t)}</p></div>'
        ),
        pc="live-intro__text",
        nav=["Udine", "Pordenone", "Gorizia", "Sport", "Economia", "Cultura", "Necrologie"],
        cls={"intro": "live-intro", "feed": "live-posts", "dek": "article-summary"},
        ld_type="LiveBlogPosting",
        modified=stamp("22:41", OFF),
        modified6=stamp("23:52", OFF),
    )


def ilcentro(Site):
    raw = [
        (
            "17.20",
            "Onde sul lungomare Matteotti",
            "Le mareggiate hanno superato il muretto all'altezza della Nave di Cascella. La polizia locale ha chiuso il tratto al traffico.",
        ),
        (
            "18.05",
            "Spiaggia invasa dai detriti",
            "Tronchi e rifiuti portati dal mare coprono la spiaggia tra il porto turistico e lo stabilimento Le Naiadi.",
        ),
        (
            "18.50",
            None,
            "Il sindaco ha firmato un'ordinanza che vieta l'accesso ai moli e alle spiagge fino a lunedì sera.",
        ),
        (
            "19.42",
            "Allagati due sottopassi",
            "I vigili del fuoco sono intervenuti con le idrovore nei sottopassi di via Leopoldo Muzii e di viale Kennedy.",
        ),
        (
            "20.35",
            "Porto canale, barche legate",
            "I pescatori hanno rinforzato gli ormeggi nel porto canale. La Capitaneria segnala onde di tre metri all'imboccatura.",
        ),
        (
            "21.47",
            "Il vento cala",
            "Secondo la Protezione civile il vento da nord-est sta calando, ma il mare resterà agitato per tutta la notte.",
        ),
    ]
    blocks = [
        Block("live_entry", f"ore {t}", [x], stamp(t.replace(".", ":"), OFF), head=h)
        for t, h, x in raw
    ]
    genuine = Block(
        "live_entry",
        "ore 23.55",
        [
            "La polizia locale ha riaperto il lungomare Matteotti nel tratto nord dopo la pulizia della carreggiata da sabbia e alghe."
        ],
        stamp("23:55", OFF),
        head="Riaperto un tratto del lungomare",
    )

    def note(b: Block) -> str:
        h = f'<h3 class="diretta-item__titolo">{e(b.head)}</h3>' if b.head else ""
        return f'<div class="diretta-item"><strong class="diretta-item__ora">{b.label}</strong>{h}<p class="diretta-item__testo">{e(b.paras[0])}</p></div>'

    inline = [
        fx.missing(
            "Appello della polizia",
            [
                "La questura di Pescara chiede aiuto per ritrovare Giulia Marinelli, 16 anni, allontanatasi da casa a Montesilvano venerdì pomeriggio.",
                "I carabinieri di Francavilla cercano Antonio Di Fabio, 68 anni, uscito sabato mattina per una passeggiata e mai rientrato.",
            ],
        ),
        fx.nameday,
        fx.classifieds(
            "Piccoli annunci",
            [
                "Vendesi barca in vetroresina di 5 metri con motore, ormeggiata a Pescara.",
                "Affittasi monolocale arredato vicino all'università, zona viale Pindaro.",
                "Cercasi badante convivente per signora anziana a Spoltore.",
            ],
        ),
        fx.blotter(
            "Cronaca in breve",
            "it",
            [
                "Chieti, furto di rame in un cantiere di via Pescara",
                "Montesilvano, lite in un bar: intervengono i carabinieri",
                "Ortona, auto in fiamme nel parcheggio del porto",
                "Pescara, scippo in corso Umberto: fermato un ventenne",
            ],
        ),
        fx.flights(
            "Partenze Abruzzo Airport",
            "it",
            [
                ("FR 2318", "Bergamo"),
                ("FR 8712", "Bruxelles Charleroi"),
                ("FR 4051", "Londra Stansted"),
                ("W6 4712", "Tirana"),
            ],
            ["In orario", "Ritardo", "Imbarco", "Cancellato"],
        ),
        fx.promo(
            [
                "Hai girato un video della mareggiata? Mandalo alla redazione del Centro su WhatsApp, lo pubblicheremo con il tuo nome.",
                "Segui tutte le notizie di Pescara e dell'Abruzzo con la newsletter gratuita del Centro.",
            ],
            head=None,
        ),
        fx.ad(
            "Pubblicità",
            [
                "Arrosticini abruzzesi a domicilio in tutta Italia, ordina entro giovedì.",
                "Montepulciano d'Abruzzo: degustazione in cantina, prenota il tuo tavolo.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "I più letti",
            [
                "Pescara Calcio, pareggio in rimonta all'Adriatico",
                "Chieti, il teatro Marrucino compie 210 anni",
                "L'Aquila, nuova funivia del Gran Sasso in ritardo",
                "Teramo, chiusa la galleria sulla statale 80",
                "Vasto, il mercato del pesce si sposta al porto",
                "Pescara, sfratto per lo storico chiosco della Riviera",
                "Roccaraso, aperte le prime piste",
            ],
        )
    ]
    return Site(
        slug="ilcentro-diretta-pescara-mareggiata-lungomare",
        publisher="Il Centro",
        lang="it",
        kind="live",
        offset=OFF,
        domain="www.ilcentro.it",
        title="Mareggiata a Pescara, lungomare chiuso e sottopassi allagati: la diretta",
        dek="Onde di tre metri e vento forte da nord-est sulla costa abruzzese.",
        byline="di Francesca Di Nisio",
        published=datetime(2026, 12, 6, 17, 10),
        body=[
            "Forti mareggiate hanno colpito la costa di Pescara domenica pomeriggio, con onde oltre il muretto del lungomare e detriti sulla spiaggia.",
            "Gli aggiornamenti in diretta, dal più vecchio al più recente.",
        ],
        blocks=blocks,
        genuine=genuine,
        order="b0 b1 b2 b3 b4 b5",
        order6="b0 b1 b2 b3 b4 b5 g",
        para=lambda t: f'<p class="diretta-intro__testo">{e(t)}</p>',
        note=note,
        header_line=lambda f6: f"Ultimo aggiornamento: {'23.55' if f6 else '21.47'}",
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=0,
        hi_pad=1,
        entry=lambda h, t: (
            f'<div class="diretta-item diretta-item--promo"><p class="diretta-item__testo">{e(t)}</p></div>'
        ),
        pc="diretta-intro__testo",
        nav=["Pescara", "Chieti", "L'Aquila", "Teramo", "Sport", "Regione", "Necrologie"],
        cls={"intro": "diretta-intro", "feed": "diretta-lista", "dek": "article-sommario"},
        ld_type="LiveBlogPosting",
        modified=stamp("21:47", OFF),
        modified6=stamp("23:55", OFF),
    )


def sites(Site):
    return [gazzettaparma(Site), messaggero(Site), ilcentro(Site)]
