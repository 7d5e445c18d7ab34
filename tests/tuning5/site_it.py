"""Italian publishers for the tuning5 set: Il Messaggero, Il Mattino and Today.it (diretta).
Stories, names and companies are invented."""

from __future__ import annotations

from fx import Fx
from kit import CET, Sheet, css, esc, iso, ld, nav, scatter, shell

IT_SCORES = [
    ("Serie A", "Lazio", "Torino", 44, [(18, 0), (52, 1), (70, 0)]),
    ("Serie A", "Napoli", "Genoa", 35, [(27, 0), (64, 0)]),
]
IT_TICKERS = [("FTSE MIB", 34211.7), ("Spread BTP-Bund", 112.0), ("Euro/Dollaro", 1.0832)]
IT_JOBS = [
    "Infermiere/a a tempo indeterminato – Asl, concorso in scadenza il 20 dicembre",
    "Autista patente C – contratto a tempo pieno – 1.700 euro netti",
    "Bilocale arredato, 55 mq – 850 euro al mese",
    "Trilocale con terrazzo, 92 mq – 289.000 euro",
]
IT_LOTTO = (
    "SuperEnalotto, estrazione di sabato: 7 – 18 – 29 – 44 – 61 – 83, Jolly 52",
    "Jackpot per il prossimo concorso: {n} milioni di euro",
)

# Il Messaggero --------------------------------------------------------------------------------
MSG = {
    "promos": [
        "Il Messaggero è anche in edicola digitale: sfoglia il giornale dalle 23 della sera prima.",
        "Partecipa al Festival del Messaggero, tre giorni di incontri a Roma dal 23 gennaio.",
        "Ascolta il podcast del Messaggero, ogni mattina le notizie di Roma in dieci minuti.",
    ],
    "apps": ["Scarica l'app del Messaggero e ricevi le notifiche su traffico e trasporti a Roma."],
    "newsletters": [
        "Iscriviti alla newsletter Roma Today del Messaggero, ogni giorno alle 7 nella tua casella.",
    ],
    "donations": [
        "Abbonati al Messaggero: il primo mese a 1 euro, poi 5,99 euro al mese.",
        "Con l'abbonamento Premium leggi tutti gli articoli e l'edizione digitale.",
    ],
    "author": (
        "Federica Santilli",
        "Federica Santilli segue la cronaca di Roma per Il Messaggero.",
    ),
    "tags": ["Metro C", "Roma", "Atac", "Allagamento", "San Giovanni"],
    "gallery": (15, ["L'acqua nella stazione Amba Aradam.", "I bus navetta in via Taranto."]),
    "scores": IT_SCORES,
    "weather": ("Roma", 12, ["pioggia", "nuvoloso", "temporali"]),
    "traffic": [
        "Gra, carreggiata esterna: {n} minuti di coda tra Tuscolana e Appia",
        "Tangenziale Est verso San Giovanni: {n} minuti di rallentamenti",
    ],
    "tickers": IT_TICKERS,
    "jobs": IT_JOBS,
    "lotto": IT_LOTTO,
}
MSG_PARAS = [
    "La linea C della metropolitana è interrotta tra San Giovanni e Lodi dopo l'allagamento della stazione Amba Aradam, dove nel primo pomeriggio è entrata acqua da un collettore fognario.",
    "L'Atac ha attivato bus navetta tra le due fermate. I treni viaggiano regolarmente tra Monte Compatri-Pantano e Lodi, mentre San Giovanni resta collegata solo con la linea A.",
    "Secondo i tecnici di Roma Metropolitane, l'acqua ha raggiunto il mezzanino ma non le banchine. Le pompe sono in funzione dalle 15.",
    "L'assessore alla Mobilità Paolo Ferretti ha parlato di «un evento eccezionale» legato alle piogge della notte, con oltre 80 millimetri caduti in poche ore.",
    "Il sindacato Usb chiede un'ispezione sulla tenuta delle stazioni inaugurate negli ultimi due anni.",
]
MSG_NOTE = (
    "Aggiornato alle 18.20",
    "L'Atac comunica che la tratta resterà chiusa anche lunedì mattina. Le navette saranno potenziate nelle ore di punta.",
    iso(18, 20, CET),
)
MSG_FIX = "In una precedente versione dell'articolo avevamo attribuito la dichiarazione all'assessore ai Lavori pubblici. Si tratta dell'assessore alla Mobilità."
MSG_NEW = (
    "Aggiornato alle 23.51",
    "I tecnici hanno completato lo svuotamento del mezzanino. Una prima verifica sull'impianto elettrico è prevista all'alba.",
    iso(23, 51, CET),
)


def messaggero(sh: Sheet) -> str:
    fx = Fx(sh, "msg-", MSG)
    notes = [MSG_NEW, MSG_NOTE] if sh.genuine else [MSG_NOTE]
    top = []
    for label, text, when in notes:
        sh.note("update", label, text, when, genuine=label == MSG_NEW[0])
        top.append(f"<p><b>{esc(label)}:</b> {esc(text)}</p>")
    items = [f"<p>{sh.para(p)}</p>" for p in MSG_PARAS]
    menu = fx.pick(
        "also",
        "also",
        "promo",
        "app",
        "native",
        "donate",
        "traffic",
        "gallery",
        "videos",
        "meter",
        "jobs",
        "horoscope",
        "share",
    )
    fix = sh.note("correction", "Precisazione", MSG_FIX, None)
    body = f"""{fx.cookie() if sh.chance(0.5) else ""}
<header class="msg-top"><a href="/">Il Messaggero</a>{nav(["Roma", "Primo Piano", "Economia", "Sport", "Spettacoli", "Salute", "Video"], "msg-menu")}</header>
{fx.breaking() if sh.chance(0.5) else ""}
<main><article class="msg-art">
<h1>Metro C, allagata la stazione Amba Aradam: chiusa la tratta San Giovanni-Lodi</h1>
<h2 class="msg-sommario">Bus navetta dell'Atac tra le due fermate. L'acqua da un collettore fognario</h2>
<div class="msg-firma">di Federica Santilli · Domenica 6 Dicembre 2026, 16:34 · {sh.fur("2 Minuti di Lettura")}</div>
<div class="msg-body" id="corpo">
{"".join(top)}
{scatter(sh, items, menu, 4, 7, edges=False)}
<p><i><b>Precisazione:</b> {fix}</i></p>
</div>
{fx.author() if sh.chance(0.7) else ""}
{fx.comments()}
</article>
<aside>{fx.top()}{fx.score()}{fx.weather()}</aside></main>
<footer><p>{sh.fur("© RIPRODUZIONE RISERVATA")}</p><p>{sh.fur("Il Messaggero S.p.A. – P.IVA 05629251009")}</p></footer>"""
    head = css("msg-", 160) + ld(
        {"@context": "https://schema.org", "@type": "NewsArticle", "dateModified": notes[0][2]}
    )
    return shell(sh, "Metro C, allagata Amba Aradam | Il Messaggero", head, body)


# Il Mattino ---------------------------------------------------------------------------------
MATTINO = {
    "promos": [
        "Il Mattino è su WhatsApp: iscriviti al canale per ricevere le notizie di Napoli.",
        "Leggi Il Mattino sul tuo tablet con l'edizione digitale, anche in anteprima alle 23.",
        "Non perdere Mattino Live, la web tv del giornale, ogni giorno alle 13.",
    ],
    "apps": ["Con l'app del Mattino ricevi gli avvisi della Protezione civile in tempo reale."],
    "newsletters": [
        "Ricevi ogni mattina la rassegna del Mattino: iscriviti alla newsletter gratuita."
    ],
    "donations": ["Abbonati al Mattino Digital: tutti gli articoli a 1 euro per tre mesi."],
    "author": ("Gennaro Esposito", "Gennaro Esposito scrive di Campi Flegrei e Protezione civile."),
    "tags": ["Campi Flegrei", "Bradisismo", "Pozzuoli", "Terremoto", "Protezione civile"],
    "gallery": (10, ["Residenti in strada a Pozzuoli dopo la scossa.", "Il porto di Pozzuoli."]),
    "scores": IT_SCORES,
    "weather": ("Napoli", 14, ["sereno", "poco nuvoloso", "vento moderato"]),
    "traffic": [
        "Tangenziale di Napoli, uscita Agnano: {n} minuti di coda",
        "Via Domitiana verso Pozzuoli: {n} minuti di rallentamenti",
    ],
    "tickers": IT_TICKERS,
    "jobs": IT_JOBS,
    "lotto": IT_LOTTO,
}
MATTINO_PARAS = [
    "Una scossa di magnitudo 3.6 ha svegliato i Campi Flegrei alle 14.18 di domenica, seguita da uno sciame di oltre quaranta eventi più piccoli nelle due ore successive.",
    "L'epicentro è stato localizzato dall'Osservatorio Vesuviano tra la Solfatara e via Pisciarelli, a una profondità di circa due chilometri.",
    "A Pozzuoli e nel quartiere di Bagnoli molte persone sono scese in strada. Il Comune ha aperto l'area di attesa allo stadio Conte.",
    "Non si registrano danni gravi, ma i vigili del fuoco hanno effettuato dodici sopralluoghi per crepe e calcinacci caduti.",
    "Il sindaco Luigi Manzo ha chiuso in via precauzionale le scuole di Pozzuoli per lunedì.",
]
MATTINO_NOTE = (
    "AGGIORNAMENTO 19.05",
    "La Protezione civile regionale ha convocato per le 21 il comitato operativo. Il livello di allerta resta giallo.",
    iso(19, 5, CET),
)
MATTINO_EDNOTE = "Questo articolo si basa sui comunicati dell'Osservatorio Vesuviano, che nelle prime ore possono essere rivisti man mano che arrivano nuovi dati."
MATTINO_NEW = (
    "AGGIORNAMENTO 23.54",
    "L'Osservatorio Vesuviano ha rivisto la magnitudo della scossa principale a 3.4. Lo sciame si è esaurito poco prima delle 23.",
    iso(23, 54, CET),
)


def mattino(sh: Sheet) -> str:
    fx = Fx(sh, "mtt-", MATTINO)
    top = ""
    if sh.genuine:
        label, text, when = MATTINO_NEW
        sh.note("update", label, text, when, genuine=True)
        top = f'<p class="mtt-upd"><strong>{esc(label)}</strong> – {esc(text)}</p>'
    items = [f"<p>{sh.para(p)}</p>" for p in MATTINO_PARAS[:2]]
    label, text, when = MATTINO_NOTE
    sh.note("update", label, text, when)
    items.append(f'<p class="mtt-upd"><strong>{esc(label)}</strong> – {esc(text)}</p>')
    items += [f"<p>{sh.para(p)}</p>" for p in MATTINO_PARAS[2:]]
    menu = fx.pick(
        "also",
        "also",
        "promo",
        "app",
        "native",
        "newsletter",
        "gallery",
        "videos",
        "poll",
        "lotto",
        "readers",
        "tags",
        "weather",
    )
    ed = sh.note("editors_note", "Nota della redazione", MATTINO_EDNOTE, None)
    body = f"""<header class="mtt-head"><a href="/">Il Mattino</a>{nav(["Napoli", "Campania", "Primo Piano", "Sport", "Spettacoli", "Economia", "Video"], "mtt-nav")}</header>
{fx.app() if sh.chance(0.4) else ""}
{fx.breaking() if sh.chance(0.5) else ""}
<main><article class="mtt-article">
<h1>Campi Flegrei, scossa di magnitudo 3.6 e sciame sismico: gente in strada a Pozzuoli</h1>
<div class="mtt-autore">di Gennaro Esposito · {fx.comments() if sh.chance(0.6) else ""}</div>
{fx.meter() if sh.chance(0.4) else ""}
<div class="mtt-body">
{top}
{scatter(sh, items, menu, 4, 7, edges=False)}
<p><em>Nota della redazione: {ed}</em></p>
</div>
{fx.author()}
{fx.donate() if sh.chance(0.5) else ""}
</article>
<aside>{fx.top()}{fx.score() if sh.chance(0.6) else ""}</aside></main>
<footer><p>{sh.fur("Il Mattino – Copyright © 2026 Il Mattino SpA")}</p></footer>"""
    head = css("mtt-", 150)
    return shell(sh, "Campi Flegrei, scossa di magnitudo 3.6 | Il Mattino", head, body)


# Today.it diretta -------------------------------------------------------------------------------
TODAY = {
    "promos": [
        "Segui Today.it su Google News per non perdere le notizie della tua città.",
        "Scopri CityNews, la rete di giornali locali di Today: c'è anche la tua provincia.",
        "Ascolta il nostro podcast Ora che ci penso, ogni venerdì una storia dall'Italia.",
    ],
    "apps": ["Scarica l'app di Today e attiva le notifiche per seguire la diretta."],
    "newsletters": ["Iscriviti a Buongiorno Today, la newsletter con le notizie che contano."],
    "donations": [
        "Today.it è gratuito grazie ai lettori: sostienici con un contributo anche piccolo.",
        "Diventa sostenitore di Today e leggi senza pubblicità da 2 euro al mese.",
    ],
    "author": ("Marta Di Loreto", "Marta Di Loreto cura le dirette di cronaca di Today.it."),
    "tags": ["Neve", "Abruzzo", "A24", "Allerta meteo", "Anas"],
    "gallery": (16, ["Spazzaneve sulla A24 vicino a Tornimparte.", "Roccaraso sotto la neve."]),
    "scores": IT_SCORES,
    "weather": ("L'Aquila", -2, ["neve", "neve debole", "nuvoloso"]),
    "traffic": [
        "A24 Roma-L'Aquila: chiusa tra Tornimparte e L'Aquila Ovest, {n} km di coda",
        "SS17 verso Roccaraso: obbligo di catene, {n} minuti di attesa",
    ],
    "tickers": IT_TICKERS,
    "jobs": IT_JOBS,
    "lotto": IT_LOTTO,
}
TODAY_INTRO = [
    "Nevicate abbondanti sull'Abruzzo interno da sabato sera: a L'Aquila sono caduti 35 centimetri di neve, oltre mezzo metro sugli altopiani maggiori.",
    "La Protezione civile ha diramato l'allerta arancione fino a lunedì sera. Chiusa per ore la A24 tra Tornimparte e L'Aquila Ovest.",
]
TODAY_POSTS = [
    (
        (22, 46),
        "Scuole chiuse a L'Aquila",
        [
            "Il sindaco dell'Aquila ha firmato l'ordinanza: lunedì scuole di ogni ordine e grado chiuse in tutto il territorio comunale."
        ],
    ),
    (
        (22, 3),
        None,
        [
            "Strada dei Parchi comunica che sono in azione 48 mezzi spazzaneve e spargisale sulla A24 e sulla A25."
        ],
    ),
    (
        (21, 37),
        "Automobilisti bloccati sulla A24",
        [
            "Circa duecento veicoli sono rimasti fermi per oltre due ore. Protezione civile e Croce Rossa hanno distribuito acqua e coperte."
        ],
    ),
    (
        (20, 50),
        "Treni in ritardo sulla Roma-Pescara",
        [
            "Rfi segnala ritardi fino a 90 minuti sulla linea Roma-Pescara per il ghiaccio sulla linea aerea."
        ],
    ),
    (
        (20, 12),
        "Blackout in alcune frazioni",
        [
            "Circa 3.000 utenze sono senza corrente tra Scanno e Villetta Barrea per la caduta di alberi sui cavi."
        ],
    ),
]
TODAY_NEW = (
    (23, 53),
    "Riaperta la A24",
    [
        "Strada dei Parchi ha riaperto la A24 in entrambe le direzioni. Resta l'obbligo di catene a bordo fino a martedì."
    ],
)


def todayit(sh: Sheet) -> str:
    fx = Fx(sh, "cn-", TODAY)
    rows = ([(*TODAY_NEW, True)] if sh.genuine else []) + [(*p, False) for p in TODAY_POSTS]
    items = []
    for (hh, mm), title, texts, new in rows:
        label = f"{hh}:{mm:02d}"
        when = iso(hh, mm, CET)
        sh.post(label, when, title, texts, genuine=new)
        h = f'<h3 class="cn-lb-title">{esc(title)}</h3>' if title else ""
        ps = "".join(f"<p>{esc(t)}</p>" for t in texts)
        items.append(
            f'<div class="cn-lb-post"><div class="cn-lb-time"><time datetime="{when}">{label}</time></div>'
            f"{h}{ps}{fx.share() if sh.chance(0.25) else ''}</div>"
        )
    latest = iso(*rows[0][0], CET)
    menu = fx.pick(
        "also",
        "also",
        "promo",
        "app",
        "donate",
        "native",
        "weather",
        "traffic",
        "videos",
        "viewers",
        "horoscope",
        "top",
        "poll",
        "lotto",
    )
    intro = "".join(f"<p>{sh.para(p)}</p>" for p in TODAY_INTRO)
    body = f"""{fx.cookie() if sh.chance(0.5) else ""}
<header class="cn-header"><a href="/">Today</a>{nav(["Cronaca", "Politica", "Economia", "Salute", "Tech", "Animali", "Video"], "cn-nav")}</header>
<main><article class="cn-live">
<div class="cn-live-head">{fx.badge(latest)}</div>
<h1>Neve in Abruzzo, la diretta: A24 chiusa, automobilisti bloccati e scuole chiuse</h1>
<div class="cn-live-intro">{intro}</div>
{fx.readers() if sh.chance(0.5) else ""}
<div class="cn-lb">
{scatter(sh, items, menu, 4, 8, edges=True)}
</div>
{fx.author()}
</article>
<aside>{fx.newsletter() if sh.chance(0.5) else ""}{fx.score()}{fx.breaking()}</aside></main>
<footer><p>{sh.fur("Today.it è una testata di Citynews S.p.A.")}</p></footer>"""
    head = css("cn-", 150) + ld(
        {"@context": "https://schema.org", "@type": "LiveBlogPosting", "dateModified": latest}
    )
    return shell(sh, "Neve in Abruzzo, la diretta | Today", head, body)


SITES = {
    "messaggero-metro-c-allagata": ("it", "Il Messaggero", "updates", messaggero),
    "mattino-campi-flegrei-scossa": ("it", "Il Mattino", "updates", mattino),
    "today-diretta-neve-abruzzo": ("it", "Today.it", "live", todayit),
}
