"""Italian-language publishers: Avvenire (Milan, IT), Il Tempo (Rome, IT), AGI (Rome, IT)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    FOLLOW,
    GIFT,
    GOLD,
    HIRING,
    JAM,
    NEWS,
    PHOTO,
    PROMO,
    PUSH,
    READ,
    STREAM,
    SURVEY,
    TICKER,
    TOYS,
    Texts,
    bp,
    bpa,
    dot,
    graph,
    hm,
    ld,
    live_posting_ld,
    month,
    page,
    post,
    weekday,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1

_SUBS = ["Politica", "Economia", "Cronaca", "Cultura", "Sport", "Esteri", "Meteo", "Motori"]
_FOOT = {
    "Il giornale": ["Chi siamo", "Contatti", "Pubblicità", "Lavora con noi", "Newsletter"],
    "Note legali": ["Privacy", "Termini d'uso", "Cookie policy", "Codice etico"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# Avvenire (Milan, +01:00), custom. An italic "Ai lettori:" at the top (`editors_note`); notes after
# paragraph 2, oldest first, each a body-class paragraph with the italic lead "Sviluppi delle 21.40
# –"; a bold "Doverosa precisazione:" at the end (`clarification`).


def avvenire(ctx: Ctx) -> Render:
    url = "https://www.avvenire.it/attualita/pagine/maltempo-liguria-frana-a6-chiuso-tratto-altare-savona"
    headline = "Maltempo in Liguria, frana sulla A6: chiuso il tratto tra Altare e Savona"
    published = at(CET, 6, 17, 20)
    cls = "article__paragraph"
    body = [
        "Le piogge intense che da sabato colpiscono il Savonese hanno provocato una frana sull'autostrada A6 Torino-Savona, chiusa nel tratto tra Altare e lo svincolo di Savona in entrambe le direzioni.",
        "La Protezione civile regionale ha prolungato l'allerta arancione sul Ponente ligure fino alla mezzanotte di lunedì.",
        "Secondo Autostrada dei Fiori, il fronte di fango e detriti ha invaso la carreggiata per circa cinquanta metri all'altezza della galleria Ferrania.",
        "«Abbiamo sentito un boato e poi abbiamo visto gli alberi scivolare verso la strada», ha raccontato un residente di Cadibona.",
        "Il traffico pesante diretto verso il porto di Savona viene deviato sulla A10 attraverso il casello di Albisola.",
        "I sindaci della Val Bormida hanno disposto la chiusura delle scuole per la giornata di lunedì.",
    ]
    note = Block(
        "editors_note",
        "Ai lettori",
        None,
        None,
        [
            "questo articolo viene aggiornato nel corso della serata con le informazioni della Protezione civile e dei gestori autostradali."
        ],
    )
    note.html = f'<p class="{cls}"><em>Ai lettori:</em> {e(note.paras[0])}</p>'

    def label(dt: datetime) -> str:
        return f"Sviluppi delle {dot(dt)}"

    specs = [
        (
            20,
            5,
            "I vigili del fuoco hanno soccorso due automobilisti rimasti bloccati tra la frana e l'imbocco della galleria: sono illesi.",
        ),
        (
            21,
            40,
            "Autostrada dei Fiori comunica che i lavori di sgombero proseguiranno tutta la notte con quattro escavatori.",
        ),
    ]
    notes = [
        Block("update", label(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        None,
        [
            "Riaperta in direzione Torino una corsia della A6 tra Savona e Altare; verso Savona il tratto resta chiuso."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<p class="{cls}"><em>{e(b.label or "")} –</em> {e(b.paras[0])}</p>'
    prec = Block(
        "clarification",
        "Doverosa precisazione",
        None,
        None,
        [
            "La galleria Ferrania si trova nel comune di Cairo Montenotte; la frana non ha interessato il centro abitato di Ferrania."
        ],
    )
    prec.html = f'<p class="{cls}"><strong>Doverosa precisazione:</strong> {e(prec.paras[0])}</p>'
    modified = shown[-1].ts or published
    pl = {
        "author": "Paolo Lambruschi",
        "stream": "In diretta dal Senato: il voto sulla manovra",
        "jam": "A7 Milano-Genova in direzione Genova a Busalla",
        "toys": "La raccolta di giocattoli della Caritas diocesana",
        "brand": "Avvenire",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def lead(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp(cls, text, kind, lead=f"{word} delle {dot(t)} –", tag="em")

    jam = lead("Traffico", tx.counter(JAM, 6), JAM, 1, 9)
    tick = lead("Notizie", tx.pool(TICKER) + ".", TICKER, 2, 14)
    toys = lead("Solidarietà", tx.counter(TOYS, 1480), TOYS, 3, 12)
    follow = bp(cls, tx.counter(FOLLOW, 2240), FOLLOW)
    stream = bp(cls, tx.counter(STREAM, 510), STREAM, lead="Diretta video:")
    photo = bp(cls, tx.pool(PHOTO), PHOTO, lead="La foto del lettore:", tag="em")
    read = bpa(cls, "Leggi anche:", tx.pool(READ), "/attualita/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Contenuto sponsorizzato –", tag="em")
    push = bp(cls, tx.fixed(PUSH), PUSH)
    survey = bp(cls, tx.fixed(SURVEY), SURVEY)
    hiring = bp(cls, tx.fixed(HIRING), HIRING)
    gift = bp(cls, tx.fixed(GIFT), GIFT)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = [note.html, *paras[:2], *(b.html for b in shown), *paras[2:], prec.html]
    k = len(units)
    top = 3
    story = weave(
        ctx,
        units,
        [
            (jam, list(range(top, top + nb + 1)), 0.85),
            (tick, [top, top + nb, top + nb + 2], 0.8),
            (toys, list(range(top, top + nb + 1)), 0.8),
            (follow, [1, k], 0.75),
            (stream, [2, top + nb + 1, top + nb + 3], 0.8),
            (photo, [top + nb + 2, k], 0.75),
            (read, [2, top + nb + 1, top + nb + 3], 0.8),
            (promo, [0, top + nb + 3, k], 0.7),
            (push, [0, k - 1, k], 0.7),
            (survey, [top + nb + 2, k], 0.7),
            (hiring, [k - 1, k], 0.7),
            (gift, [1, top + nb + 3, k], 0.75),
            (news, [top + nb + 4, k], 0.75),
        ],
    )
    main = f"""<div class="layout">
<main class="layout__main">
<article class="article">
<p class="article__occhiello">Maltempo</p>
<h1 class="article__title">{e(headline)}</h1>
<p class="article__meta"><span class="article__author">Paolo Lambruschi</span> <time datetime="{published.isoformat()}">domenica 6 dicembre 2026</time></p>
<figure class="article__figure"><img src="/c/2026/12/a6-frana.jpg" alt="" loading="lazy"><figcaption>La frana sulla A6 vicino alla galleria Ferrania (Ansa)</figcaption></figure>
<div class="article__body">
{story}
</div>
</article>
<aside class="layout__aside">{ad_slot("avv-ad", "Pubblicità", "avv-box-1")}</aside>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="avv",
        brand="Avvenire",
        url=url,
        title=f"{headline} | Avvenire",
        sections=["Attualità", "Chiesa", "Mondo", "Economia", "Agorà", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Avvenire Nuova Editoriale Italiana SpA",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Paolo Lambruschi",
                    publisher=org("Avvenire", "https://www.avvenire.it"),
                    lang="it",
                    section="Attualità",
                )
            )
        ],
        main=main,
        body_cls="page-article",
    )
    return Render(html, body, [note, *shown, prec], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Il Tempo (Rome, +01:00), custom. A `<details open>` "Cronologia" box above the body, newest
# first, each item a paragraph whose `<time>` prints a full date with no update word, "domenica 6
# dicembre 2026 alle 22:40", then a dash and the text; a bold "Nota di metodo:" at the top of the
# body (`editors_note`, lower-case text after it); a bold "Abbiamo corretto:" at the end
# (`correction`).


def iltempo(ctx: Ctx) -> Render:
    url = "https://www.iltempo.it/roma-capitale/2026/12/06/news/nubifragio-roma-allagato-sottopasso-tiburtina-chiusa-roma-fiumicino-41877263/"
    headline = (
        "Nubifragio su Roma, allagato il sottopasso della Tiburtina: chiusa la Roma-Fiumicino"
    )
    published = at(CET, 6, 18, 40)
    cls = "story__text"
    body = [
        "Un violento nubifragio si è abbattuto su Roma nel tardo pomeriggio di domenica. Allagato il sottopasso della stazione Tiburtina, mentre l'autostrada Roma-Fiumicino è stata chiusa all'altezza di Parco de' Medici.",
        "Secondo il Centro funzionale regionale, in meno di un'ora sono caduti oltre 60 millimetri di pioggia sui quartieri orientali.",
        "I vigili del fuoco hanno effettuato più di duecento interventi per alberi caduti, cantine allagate e automobilisti in difficoltà.",
        "«L'acqua è arrivata ai finestrini in pochi minuti, siamo usciti dal tettuccio», ha raccontato un tassista soccorso in via Tiburtina.",
        "Atac ha sospeso la linea tram 8 e deviato numerose linee di bus nelle zone di Portonaccio e Pietralata.",
        "Il Campidoglio ha attivato il centro operativo comunale e invita i cittadini a limitare gli spostamenti.",
    ]

    def stamp(dt: datetime) -> str:
        return f"{weekday(dt, 'it')} {dt.day} {month(dt, 'it')} 2026 alle {hm(dt)}"

    specs = [
        (
            22,
            40,
            "Riaperta la Roma-Fiumicino in direzione aeroporto; verso il Grande raccordo anulare si viaggia su una sola corsia.",
        ),
        (
            20,
            15,
            "Il sottopasso di Tiburtina resta chiuso: le idrovore dei vigili del fuoco sono al lavoro da oltre un'ora.",
        ),
    ]
    notes = [
        Block("update", stamp(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        None,
        [
            "Atac ripristina la linea tram 8 sull'intero percorso; le deviazioni dei bus a Portonaccio restano fino a domattina."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def item(dt: datetime, text: str) -> str:
        return f'<p class="cronologia__item"><time datetime="{dt.isoformat()}">{e(stamp(dt))}</time> – {e(text)}</p>'

    for b in shown:
        b.html = item(b.ts or published, b.paras[0])
    fix = Block(
        "correction",
        "Abbiamo corretto",
        None,
        None,
        [
            "in una versione precedente la linea sospesa era indicata come tram 14; si tratta del tram 8."
        ],
    )
    fix.html = f'<p class="{cls}"><strong>Abbiamo corretto:</strong> {e(fix.paras[0])}</p>'
    method = Block(
        "editors_note",
        "Nota di metodo",
        None,
        None,
        [
            "i dati sulle precipitazioni sono quelli provvisori del Centro funzionale regionale e potranno essere rivisti nei prossimi giorni."
        ],
    )
    method.html = f'<p class="{cls}"><strong>Nota di metodo:</strong> {e(method.paras[0])}</p>'
    modified = shown[0].ts or published
    pl = {
        "gold": "Oro, quotazione della sera a Piazza Affari",
        "unit": "euro l'oncia",
        "author": "Valeria Di Corrado",
        "stream": "In diretta dal Campidoglio: il consiglio straordinario",
        "jam": "Grande raccordo anulare in carreggiata esterna all'uscita Casilina",
        "toys": "La raccolta di giocattoli della Comunità di Sant'Egidio",
        "brand": "Il Tempo",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def clocked(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(item(t, text), [text], kind)

    jam = clocked(tx.counter(JAM, 5), JAM, 1, 9)
    gold = clocked(tx.counter(GOLD, 2460), GOLD, 1, 12)
    tick = clocked("Dall'Italia: " + tx.pool(TICKER) + ".", TICKER, 2, 14)
    toys = clocked(tx.counter(TOYS, 760), TOYS, 3, 12)
    box = weave(
        ctx,
        [b.html for b in shown],
        [
            (jam, list(range(len(shown) + 1)), 0.85),
            (gold, list(range(len(shown) + 1)), 0.8),
            (tick, [0, len(shown)], 0.8),
            (toys, list(range(len(shown) + 1)), 0.8),
        ],
    )
    follow = bp(cls, tx.counter(FOLLOW, 3150), FOLLOW)
    stream = bp(cls, tx.counter(STREAM, 380), STREAM, lead="LIVE:")
    photo = bp(cls, tx.pool(PHOTO), PHOTO, lead="Scatto del lettore:", tag="em")
    read = bpa(cls, "Potrebbe interessarti anche:", tx.pool(READ), "/roma-capitale/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Pubbliredazionale –", tag="em")
    push = bp(cls, tx.fixed(PUSH), PUSH)
    gift = bp(cls, tx.fixed(GIFT), GIFT)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [method.html] + [_p(cls, p) for p in body] + [fix.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (follow, [1, k], 0.75),
            (stream, [2, 4, 6], 0.8),
            (photo, [3, 5, k], 0.75),
            (read, [2, 3, 5], 0.8),
            (promo, [0, 4, k], 0.7),
            (push, [k - 1, k], 0.7),
            (gift, [6, k], 0.75),
            (news, [5, k], 0.75),
        ],
    )
    main = f"""<div class="tmp-wrapper">
<main class="tmp-main">
<article class="story">
<p class="story__section"><a href="/roma-capitale/">Roma Capitale</a></p>
<h1 class="story__title">{e(headline)}</h1>
<p class="story__signature">di Valeria Di Corrado · <time datetime="{published.isoformat()}">06 dicembre 2026</time> · aggiornato alle {hm(modified)}</p>
<details class="cronologia" open>
<summary class="cronologia__title">Cronologia</summary>
{box}
</details>
<div class="story__body">
{story}
</div>
</article>
<aside class="tmp-aside">{ad_slot("tmp-ad", "Pubblicità", "tmp-mpu-1")}</aside>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="tmp",
        brand="Il Tempo",
        url=url,
        title=f"{headline} | Il Tempo",
        sections=["Politica", "Roma Capitale", "Cronache", "Economia", "Sport", "Spettacoli"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Il Tempo Srl – P.IVA 00000000000",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Valeria Di Corrado",
                    publisher=org("Il Tempo", "https://www.iltempo.it"),
                    lang="it",
                    section="Roma Capitale",
                )
            )
        ],
        main=main,
        body_cls="article-page",
    )
    return Render(html, body, [*shown, method, fix], genuine, modified)


# ---------------------------------------------------------------------------------------------
# AGI (Rome, +01:00), custom, live, newest first; each entry opens with a meta line of two spans,
# the clock and the place ("22:40 L'Aquila"), then an `<h3>` (two without); a `@graph` of the
# `NewsArticle` and a `LiveBlogPosting` whose updates carry `dateModified` too.


def agi(ctx: Ctx) -> Render:
    url = "https://www.agi.it/cronaca/news/2026-12-06/neve-abruzzo-chiusa-a24-tornimparte-aquila-ovest-diretta-29417320/"
    headline = "Neve in Abruzzo, chiusa la A24 tra Tornimparte e L'Aquila Ovest. La diretta"
    published = at(CET, 6, 16, 30)
    body = [
        "Nevicate abbondanti dal pomeriggio di domenica sull'Abruzzo interno: Strada dei Parchi ha chiuso la A24 tra Tornimparte e L'Aquila Ovest per i mezzi pesanti e poi per tutti i veicoli.",
        "Gli aggiornamenti in tempo reale.",
    ]
    specs = [
        (
            22,
            45,
            "L'Aquila",
            "Scuole chiuse lunedì all'Aquila",
            [
                "Il sindaco dell'Aquila ha firmato l'ordinanza di chiusura di tutte le scuole di ogni ordine e grado per la giornata di lunedì."
            ],
        ),
        (
            22,
            5,
            "Tornimparte",
            None,
            [
                "I mezzi spazzaneve di Strada dei Parchi sono al lavoro sulla carreggiata in direzione Teramo, dove si registrano 40 centimetri di neve."
            ],
        ),
        (
            21,
            20,
            "Roma",
            "Il Viminale attiva il comitato operativo",
            [
                "Il ministero dell'Interno ha convocato il comitato operativo per la viabilità.",
                "Sulla A24 sono bloccati circa 300 veicoli pesanti nelle aree di sosta.",
            ],
        ),
        (
            20,
            30,
            "Avezzano",
            "Treni cancellati sulla Roma-Pescara",
            [
                "Trenitalia ha cancellato due regionali tra Avezzano e Sulmona per la neve sulla linea."
            ],
        ),
        (
            19,
            40,
            "Ovindoli",
            None,
            [
                "La provinciale per Ovindoli e Rovere è chiusa: diversi automobilisti sono stati soccorsi dai carabinieri."
            ],
        ),
        (
            18,
            55,
            "L'Aquila",
            "Chiusa la A24",
            [
                "Chiuso dalle 18.50 il tratto tra Tornimparte e L'Aquila Ovest in entrambe le direzioni, comunica la concessionaria."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, _, hd, ps in specs
    ]
    places = {id(b): s[2] for b, s in zip(entries, specs, strict=True)}
    genuine = Block(
        "live_entry",
        hm(at(CET, 6, 23, 54)),
        at(CET, 6, 23, 54),
        "Riaperta la A24 per le auto",
        [
            "Strada dei Parchi riapre la A24 tra Tornimparte e L'Aquila Ovest ai soli veicoli leggeri con catene o pneumatici invernali."
        ],
    )
    places[id(genuine)] = "L'Aquila"
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(dt: datetime, place: str, head: str | None, paras: list[str]) -> str:
        hd = f'<h3 class="agi-live__title">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="agi-live__item"><div class="agi-live__meta"><span class="agi-live__time">'
            f'<time datetime="{dt.isoformat()}">{hm(dt)}</time></span> <span class="agi-live__place">{e(place)}</span></div>'
            f'{hd}<div class="agi-live__text">{text}</div></div>'
        )

    for b in shown:
        b.html = entry(b.ts or published, places[id(b)], b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "gold": "Oro, fixing serale a Londra",
        "unit": "dollari l'oncia",
        "author": "Francesca Pierleoni",
        "stream": "In diretta da Palazzo Chigi: la conferenza stampa",
        "jam": "A14 in direzione Bari tra Pescara Nord e Pescara Ovest",
        "toys": "La raccolta di giocattoli dei Vigili del fuoco dell'Aquila",
        "brand": "AGI",
    }
    tx = Texts(ctx, "it", pl, sep=".")

    def fake(place: str, title: str | None, text: str, kind: str, lo: int = 1, hi: int = 18) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(t, place, title, [text]),
            ([title] if title else []) + [text],
            kind,
            [f"{hm(t)} {place}"],
        )

    gold = fake("Milano", "Le quotazioni della sera", tx.counter(GOLD, 2655), GOLD)
    jam = fake("Pescara", "Traffico sulla costa", tx.counter(JAM, 7), JAM)
    tick = fake("Roma", "Dall'Italia e dal mondo", tx.pool(TICKER), TICKER)
    toys = fake("L'Aquila", None, tx.counter(TOYS, 430), TOYS)
    stream = fake("Roma", "Video in diretta", tx.counter(STREAM, 2600), STREAM)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (gold, list(range(0, n + 1)), 0.85),
            (jam, [0, 1, 3, 5, n], 0.8),
            (tick, [1, 2, 4, n], 0.8),
            (toys, [0, 2, 4, n], 0.8),
            (stream, [1, 3, 5], 0.75),
        ],
    )
    icls = "agi-article__summary"
    follow = bp(icls, tx.counter(FOLLOW, 1460), FOLLOW)
    photo = bp(icls, tx.pool(PHOTO), PHOTO, lead="La foto dei lettori:", tag="em")
    read = bpa(icls, "LEGGI ANCHE >", tx.pool(READ), "/cronaca/", READ)
    promo = bp(icls, tx.pool(PROMO), PROMO, lead="Sponsor –", tag="em")
    push = bp(icls, tx.fixed(PUSH), PUSH)
    survey = bp(icls, tx.fixed(SURVEY), SURVEY)
    hiring = bp(icls, tx.fixed(HIRING), HIRING)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (follow, [0, 2], 0.75),
            (photo, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (promo, [0, 2], 0.7),
            (push, [0, 1, 2], 0.7),
            (survey, [2], 0.7),
            (hiring, [0, 2], 0.7),
            (news, [1, 2], 0.75),
        ],
    )
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Francesca Pierleoni",
        publisher=org("AGI Agenzia Italia", "https://www.agi.it"),
        lang="it",
        section="Cronaca",
    )
    posting = live_posting_ld(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        publisher=org("AGI Agenzia Italia", "https://www.agi.it"),
        entries=shown,
        lang="it",
        modified_too=True,
    )
    main = f"""<div class="agi-container">
<main class="agi-main">
<article class="agi-article agi-article--live">
<span class="agi-live-label">LIVE</span>
<h1 class="agi-article__title">{e(headline)}</h1>
<p class="agi-article__date">AGI - 6 dicembre 2026 · Aggiornato alle {hm(modified)}</p>
<div class="agi-article__intro">
{intro}
</div>
{ad_slot("agi-ad", "ADV", "agi-middle-1")}
<div class="agi-live">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="agi",
        brand="AGI",
        url=url,
        title=f"{headline} - AGI",
        sections=["Cronaca", "Politica", "Economia", "Estero", "Cultura", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 AGI Agenzia Italia S.p.A.",
        jsonld=[graph(article, posting)],
        main=main,
        body_cls="agi page-live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "avvenire-maltempo-in-liguria-frana-sulla-a6-chiuso-il-tratto-tra-altare-e-savona",
        "Avvenire (IT)",
        "it",
        "updates",
        CET,
        avvenire,
    ),
    Site(
        "iltempo-nubifragio-su-roma-allagato-sottopasso-tiburtina-chiusa-roma-fiumicino",
        "Il Tempo (IT)",
        "it",
        "updates",
        CET,
        iltempo,
    ),
    Site(
        "agi-diretta-neve-in-abruzzo-chiusa-la-a24-tra-tornimparte-e-l-aquila-ovest",
        "AGI (IT)",
        "it",
        "live",
        CET,
        agi,
    ),
]
