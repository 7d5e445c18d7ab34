"""Italian-language publishers: La Prealpina (Varese, IT), Tempostretto (Messina, IT), Insieme
(Curitiba, BR)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    AMBULANCE,
    BREATH,
    CROP,
    DENGUE,
    GRID,
    HOLIDAY,
    JACKPOT,
    NEWS,
    PROMO,
    RACING,
    READ,
    RESCUE,
    TICKER,
    WARNINGS,
    WATER,
    Texts,
    bp,
    bpa,
    dot,
    graph,
    hm,
    ld,
    page,
    post,
    priced,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1
BRT = -3

_SUBS = ["Politica", "Economia", "Cronaca", "Cultura", "Meteo", "Opinioni", "Sport", "Salute"]
_FOOT = {
    "Il giornale": ["Chi siamo", "Contatti", "Pubblicità", "Lavora con noi", "Newsletter"],
    "Note legali": ["Privacy", "Termini d'uso", "Codice etico", "Cookie"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# La Prealpina (Varese, +01:00), custom. Two notes after paragraph 2, oldest first, each a
# body-class paragraph with a bold **"Novità delle 21.15:"** lead; a "Le nostre fonti" box beside
# the body, `<h4>` label (`editors_note`); an unlabelled italic "Precisiamo che …" at the very end
# (`clarification`, no label).


def prealpina(ctx: Ctx) -> Render:
    url = "https://www.laprealpina.it/articoli/cronaca/2026/12/06/nevicata-varese-chiusa-statale-luino-treni-soppressi/"
    headline = (
        "Nevicata su Varese: chiusa la statale del Lago Maggiore a Luino, treni Trenord soppressi"
    )
    published = at(CET, 6, 17, 50)
    cls = "pa-testo"
    body = [
        "Una nevicata più intensa del previsto ha paralizzato domenica sera il Varesotto: a Luino è stata chiusa la statale 394 del Lago Maggiore e Trenord ha soppresso decine di corse sulla linea per Milano.",
        "Secondo il Centro geofisico prealpino, in città sono caduti 18 centimetri di neve in tre ore, oltre 40 in Valcuvia.",
        "A Varese i mezzi spazzaneve del Comune hanno lavorato soprattutto sulle salite verso il Sacro Monte e Campo dei Fiori.",
        "«Ci abbiamo messo due ore per tornare da Gallarate», racconta Marta Colombo, infermiera dell'ospedale di Circolo.",
        "La Provincia raccomanda di non mettersi in viaggio senza gomme invernali e di evitare le strade della Valganna.",
        "Le scuole resteranno aperte lunedì, ha comunicato il sindaco in serata.",
    ]

    def lead(dt: datetime) -> str:
        return f"Novità delle {dot(dt)}"

    specs = [
        (
            21,
            15,
            "A Luino l'Anas ha chiuso la statale 394 dopo che due camion si sono messi di traverso all'altezza di Colmegna.",
        ),
        (
            22,
            30,
            "Trenord comunica che sulla Varese-Milano i treni viaggiano con ritardi fino a un'ora e alcune corse sono state cancellate.",
        ),
    ]
    notes = [
        Block("update", lead(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        lead(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        None,
        [
            "L'Anas ha riaperto un senso di marcia della statale a Colmegna, con il traffico regolato da movieri."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(label: str, text: str) -> str:
        return f'<p class="{cls}"><b>{e(label)}:</b> {e(text)}</p>'

    for b in shown:
        assert b.label
        b.html = note(b.label, b.paras[0])
    fonti = Block(
        "editors_note",
        "Le nostre fonti",
        None,
        None,
        [
            "Per questo articolo abbiamo sentito la Protezione civile, i Comuni di Varese e Luino e i lettori che ci hanno scritto."
        ],
    )
    fonti.html = (
        f'<aside class="pa-box-fonti"><h4>Le nostre fonti</h4><p>{e(fonti.paras[0])}</p></aside>'
    )
    prec = Block(
        "clarification",
        None,
        None,
        None,
        [
            "Precisiamo che la funicolare del Sacro Monte non è stata chiusa per la neve ma per la consueta pausa invernale."
        ],
    )
    prec.html = f'<p class="{cls}"><em>{e(prec.paras[0])}</em></p>'
    modified = shown[-1].ts or published
    pl = {
        "police": "La polizia stradale",
        "grid": "Terna",
        "utility": "Alfa",
        "hood": "Biumo e Bosto",
        "holiday": "Martedì 8 dicembre, Immacolata",
        "lotto": "Superenalotto",
        "cur": "euro",
        "brand": "La Prealpina",
    }
    tx = Texts(ctx, "it", pl, ".")

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        return post(note(lead(ctx.ago(lo, hi)), text), [text], kind)

    breath = fake(tx.counter(BREATH, 120), BREATH, 1, 9)
    amb = fake(tx.counter(AMBULANCE, 21), AMBULANCE, 2, 12)
    warn = fake(tx.counter(WARNINGS, 6), WARNINGS, 1, 14)
    tick = fake("Dal Varesotto: " + tx.pool(TICKER) + ".", TICKER, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (breath, list(range(0, n + 1)), 0.85),
            (amb, list(range(0, n + 1)), 0.8),
            (warn, [0, n], 0.8),
            (tick, [1, n], 0.8),
        ],
    )
    grid = bp(cls, tx.counter(GRID, 38400), GRID, lead=f"Rete elettrica, ore {dot(ctx.ago(2, 9))}:")
    jack = bp(cls, tx.counter(JACKPOT, 61300), JACKPOT, lead=f"Giochi (ore {dot(ctx.ago(1, 8))}):")
    race = bp(cls, tx.pool(RACING), RACING, lead="Ippica:")
    read = bpa(cls, "Da non perdere:", tx.pool(READ), "/articoli/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Contenuto sponsorizzato –", tag="em")
    water = bp(cls, tx.fixed(WATER), WATER)
    hol = bp(cls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [
        *(_p(cls, p) for p in body[:2]),
        notes_html,
        *(_p(cls, p) for p in body[2:]),
        prec.html,
    ]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (grid, [1, 3, 6], 0.8),
            (jack, [2, 5, 7], 0.75),
            (race, [3, 6, k], 0.8),
            (read, [1, 5, 7], 0.8),
            (promo, [0, 4, k], 0.7),
            (water, [6, k], 0.75),
            (hol, [4, 7, k], 0.75),
            (news, [5, k], 0.75),
        ],
    )
    main = f"""<div class="pa-wrapper">
<article class="pa-articolo">
<p class="pa-occhiello"><a href="/cronaca/">Cronaca</a></p>
<h1 class="pa-titolo">{e(headline)}</h1>
<p class="pa-firma">di Andrea Giacometti</p>
<p class="pa-data">Domenica 6 dicembre 2026</p>
<figure class="pa-foto"><img src="/media/2026/12/neve-varese.jpg" alt="" loading="lazy"><figcaption>Piazza Monte Grappa sotto la neve (foto Blitz)</figcaption></figure>
<div class="pa-corpo">
{story}
</div>
</article>
<aside class="pa-colonna">{fonti.html}{ad_slot("pa-ad", "Pubblicità", "pa-box-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="pa",
        brand="La Prealpina",
        url=url,
        title=f"{headline} - La Prealpina",
        sections=["Varese", "Provincia", "Cronaca", "Politica", "Economia", "Sport", "Cultura"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Società Editoriale Varesina. Tutti i diritti riservati.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Andrea Giacometti",
                    publisher=org("La Prealpina", "https://www.laprealpina.it"),
                    lang="it",
                    section="Cronaca",
                )
            )
        ],
        main=main,
        body_cls="pa-pagina-articolo",
    )
    return Render(html, body, [*shown, fonti, prec], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Tempostretto (Messina, +01:00), custom, live, oldest first; each entry a `<section>` whose
# `<header>` holds a `<time>` printing **the abbreviated weekday and month**, "dom 6 dic, 19:40",
# then an `<h3>` (two without); `@graph` of the `NewsArticle`, a `LiveBlogPosting` whose
# `liveBlogUpdate` lists **`@id` references** and the `BlogPosting` nodes themselves.


def tempostretto(ctx: Ctx) -> Render:
    url = (
        "https://www.tempostretto.it/news/maltempo-messina-diretta-traghetti-sospesi-frana-a18.html"
    )
    headline = "Maltempo a Messina, la diretta: sospesi i traghetti sullo Stretto, frana sulla A18"
    published = at(CET, 6, 19, 10)
    icls = "ts-sommario"
    body = [
        "Vento di scirocco a oltre 80 chilometri orari e piogge intense stanno flagellando Messina e la provincia: sospesi i collegamenti sullo Stretto, una frana ha invaso una corsia della A18.",
        "Seguiamo in diretta la serata con gli aggiornamenti dei nostri cronisti.",
    ]

    def clock(dt: datetime) -> str:
        return f"dom {dt.day} dic, {hm(dt)}"

    specs = [
        (
            19,
            40,
            "Stop ai traghetti",
            [
                "Caronte & Tourist ha sospeso le corse tra Messina e Villa San Giovanni per il mare forza sette."
            ],
        ),
        (
            20,
            25,
            None,
            [
                "La Protezione civile comunale ha aperto il centro operativo di via Lascaris e chiede di non uscire di casa."
            ],
        ),
        (
            21,
            5,
            "Frana sulla A18 a Scaletta",
            [
                "Fango e massi hanno invaso la carreggiata in direzione Catania all'altezza di Scaletta Zanclea.",
                "Il Cas ha chiuso lo svincolo e devia il traffico sulla statale 114.",
            ],
        ),
        (
            21,
            50,
            "Torrenti osservati speciali",
            [
                "I vigili del fuoco presidiano i torrenti di Giampilieri e Briga, dove l'acqua è salita rapidamente."
            ],
        ),
        (
            22,
            20,
            None,
            [
                "Alcune strade del viale San Martino sono al buio per un guasto alla rete di illuminazione pubblica."
            ],
        ),
        (
            22,
            45,
            "Aliscafi fermi fino a domattina",
            [
                "Liberty Lines annuncia che gli aliscafi per Reggio Calabria resteranno in porto fino alle 6."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        "Riprendono le corse dei traghetti",
        [
            "Con il calo del vento Caronte & Tourist fa ripartire le prime navi da Villa San Giovanni."
        ],
    )
    shown = [*entries, *([genuine] if ctx.n == 6 else [])]

    def entry(dt: datetime, head: str | None, paras: list[str], anchor: str) -> str:
        hd = f"<h3>{e(head)}</h3>" if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<section class="ts-live" id="{anchor}"><header class="ts-live__head">'
            f'<time datetime="{dt.isoformat()}">{e(clock(dt))}</time></header>{hd}'
            f'<div class="ts-live__text">{text}</div></section>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras, f"agg-{b.ts.hour}{b.ts.minute:02d}")
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "police": "La polizia municipale",
        "grid": "Terna",
        "utility": "Amam",
        "hood": "Gazzi e Contesse",
        "holiday": "Martedì 8 dicembre, Immacolata",
        "lotto": "Superenalotto",
        "cur": "euro",
        "brand": "Tempostretto",
    }
    tx = Texts(ctx, "it", pl, ".")

    def fake(title: str | None, text: str, kind: str, n: int, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(t, title, [text], f"ts-{n}"),
            ([title] if title else []) + [text],
            kind,
            [clock(t)],
        )

    rescue = fake("Soccorsi nello Stretto", tx.counter(RESCUE, 7), RESCUE, 1)
    breath = fake(None, tx.counter(BREATH, 64), BREATH, 2)
    grid = fake("La rete elettrica", tx.counter(GRID, 37900), GRID, 3)
    tick = fake("Dalla provincia", tx.pool(TICKER) + ".", TICKER, 4)
    race = fake("Ippica, i risultati", tx.pool(RACING), RACING, 5)
    promo = fake("Dal nostro partner", tx.pool(PROMO), PROMO, 6)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (rescue, list(range(0, n + 1)), 0.85),
            (breath, [1, 3, 5, n], 0.8),
            (grid, [0, 2, 4], 0.8),
            (tick, [1, 4, n], 0.8),
            (race, [2, 5, n], 0.75),
            (promo, [1, 3, n], 0.7),
        ],
    )
    amb = bp(icls, tx.counter(AMBULANCE, 26), AMBULANCE, lead=f"118, ore {dot(ctx.ago(2, 9))}:")
    jack = bp(icls, tx.counter(JACKPOT, 61300), JACKPOT, lead=f"Giochi (ore {dot(ctx.ago(1, 8))}):")
    read = bpa(icls, "Approfondisci:", tx.pool(READ), "/news/", READ)
    water = bp(icls, tx.fixed(WATER), WATER)
    hol = bp(icls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (amb, [0, 1, 2], 0.8),
            (jack, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (water, [2], 0.75),
            (hol, [0, 2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    nodes = [
        {
            "@type": "BlogPosting",
            "@id": f"{url}#agg-{b.ts.hour}{b.ts.minute:02d}" if b.ts else url,
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "datePublished": b.ts.isoformat() if b.ts else None,
            "articleBody": " ".join(b.paras),
        }
        for b in shown
    ]
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#diretta",
        "headline": headline,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "liveBlogUpdate": [{"@id": x["@id"]} for x in nodes],
    }
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Redazione Tempostretto",
        publisher=org("Tempostretto", "https://www.tempostretto.it"),
        lang="it",
        section="Cronaca",
    )
    main = f"""<div class="ts-page">
<article class="ts-article">
<p class="ts-occhiello">DIRETTA</p>
<h1 class="ts-titolo">{e(headline)}</h1>
<p class="ts-autore">Redazione</p>
<p class="ts-data">6 Dicembre 2026 - 19:10</p>
{intro}
{ad_slot("ts-ad", "Pubblicità", "ts-mid-1")}
<div class="ts-diretta">
{feed}
</div>
</article>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="ts",
        brand="Tempostretto",
        url=url,
        title=f"{headline} | Tempostretto",
        sections=["Messina", "Provincia", "Reggio", "Politica", "Cronaca", "Sport", "Cultura"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Tempostretto – quotidiano online di Messina.",
        jsonld=[graph(article, posting, *nodes)],
        main=main,
        body_cls="ts-live-page",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Insieme (Curitiba, −03:00; the fetches run from 19 to 20), WordPress-like, live. A pinned "Cosa
# sta succedendo" entry on top, then newest first; each entry a `<div>` whose first line is a
# paragraph with a `<time itemprop="datePublished">` **"ore 18:40" followed by "(Brasília)"**,
# then an `<h4>` (two without); microdata `liveBlogUpdate`; the JSON-LD is only a `NewsArticle`.


def insieme(ctx: Ctx) -> Render:
    url = "https://www.insieme.com.br/2026/12/06/temporale-curitiba-alberi-linha-verde-blackout/"
    headline = "Temporale su Curitiba: alberi caduti sulla Linha Verde, blackout in mezza città"
    published = at(BRT, 6, 14, 50)
    icls = "ins-lead"
    body = [
        "Un violento temporale con grandine ha colpito Curitiba nel pomeriggio di domenica: decine di alberi sono caduti sulla Linha Verde e mezza città è rimasta senza corrente.",
        "Seguiamo la situazione in tempo reale per la comunità italiana del Paraná.",
    ]

    def clock(dt: datetime) -> str:
        return f"ore {hm(dt)} (Brasília)"

    pin = Block(
        "live_entry",
        clock(at(BRT, 6, 15, 0)),
        at(BRT, 6, 15, 0),
        "Cosa sta succedendo",
        [
            "La Defesa Civil del Paraná ha diramato l'allerta rossa per Curitiba e la regione metropolitana fino a lunedì mattina."
        ],
    )
    specs = [
        (
            18,
            40,
            "Chiusa la Linha Verde",
            [
                "Il Comune ha chiuso la Linha Verde tra Pinheirinho e Fazendinha per rimuovere gli alberi caduti."
            ],
        ),
        (
            18,
            5,
            None,
            [
                "La Copel stima in 310 mila le utenze senza elettricità tra Curitiba, São José dos Pinhais e Colombo."
            ],
        ),
        (
            17,
            20,
            "Grandine sul centro storico",
            [
                "Chicchi grandi come noci hanno danneggiato le auto parcheggiate in Largo da Ordem.",
                "Diversi negozi hanno abbassato le serrande in anticipo.",
            ],
        ),
        (
            16,
            45,
            "Voli deviati all'Afonso Pena",
            ["Tre voli da San Paolo sono stati dirottati su Florianópolis a causa delle raffiche."],
        ),
        (
            16,
            10,
            None,
            [
                "La Festa Italiana di Santa Felicidade è stata rinviata a sabato prossimo, annunciano gli organizzatori."
            ],
        ),
        (
            15,
            30,
            "Raffiche a 90 all'ora",
            ["Il Simepar ha registrato raffiche di 92 km/h alla stazione del Centro Politécnico."],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(BRT, 6, h, m)), at(BRT, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(BRT, 6, 19, 53)),
        at(BRT, 6, 19, 53),
        "Torna la luce in Batel",
        [
            "La Copel ha ripristinato la corrente nei quartieri di Batel e Água Verde, dove erano cadute le linee principali."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(dt: datetime, head: str | None, paras: list[str], micro: bool = True) -> str:
        hd = f'<h4 class="ins-agg__titolo">{e(head)}</h4>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        prop = ' itemprop="datePublished"' if micro else ""
        stamp = f'<p class="ins-agg__ora"><time{prop} datetime="{dt.isoformat()}">ore {hm(dt)}</time> (Brasília)</p>'
        if not micro:
            return f'<div class="ins-agg">{stamp}{hd}<div class="ins-agg__testo">{text}</div></div>'
        return (
            '<div class="ins-agg" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
            f'{stamp}{hd}<div class="ins-agg__testo" itemprop="articleBody">{text}</div></div>'
        )

    for b in [pin, *shown]:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras)
    pin.html = pin.html.replace('class="ins-agg"', 'class="ins-agg ins-agg--fisso"', 1)
    modified = max(b.ts for b in [pin, *shown] if b.ts)
    pl = {
        "district": "Il Paraná",
        "grid": "Copel",
        "crop": "Il caffè arabica",
        "utility": "La Sanepar",
        "hood": "Portão e Novo Mundo",
        "holiday": "Venerdì 25 dicembre, Natale",
        "lotto": "Mega-Sena",
        "cur": "reais",
        "brand": "Insieme",
    }
    tx = Texts(ctx, "it", pl, ".")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(t, title, [text], micro=False),
            ([title] if title else []) + [text],
            kind,
            [clock(t)],
        )

    dengue = fake("Bollettino dengue", tx.counter(DENGUE, 133), DENGUE)
    crop = fake(None, priced(tx, CROP, 714500, ","), CROP)
    grid = fake("Consumi di energia", tx.counter(GRID, 4820), GRID)
    tick = fake("Notizie dall'Italia", tx.pool(TICKER) + ".", TICKER)
    race = fake("Ippica, i risultati", tx.pool(RACING), RACING)
    promo = fake("Spazio partner", tx.pool(PROMO), PROMO)
    units = [pin.html, *(b.html for b in shown)]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (dengue, list(range(0, n + 1)), 0.85),
            (crop, [1, 3, 5, n], 0.8),
            (grid, [0, 2, 4], 0.8),
            (tick, [1, 4, n], 0.8),
            (race, [2, 5, n], 0.75),
            (promo, [1, 3, n], 0.7),
        ],
    )
    warn = bp(icls, tx.counter(WARNINGS, 12), WARNINGS, lead=f"Allerte, ore {hm(ctx.ago(2, 9))}:")
    jack = bp(icls, tx.counter(JACKPOT, 38200), JACKPOT, lead="Lotterie:")
    read = bpa(icls, "Leggi pure:", tx.pool(READ), "/", READ)
    water = bp(icls, tx.fixed(WATER), WATER)
    hol = bp(icls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (warn, [0, 1, 2], 0.8),
            (jack, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (water, [2], 0.75),
            (hol, [0, 2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    main = f"""<div id="content" class="site-content">
<article class="post ins-articolo">
<header class="entry-header"><span class="ins-cat"><a href="/category/brasile/">Brasile</a></span>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta">Redazione Insieme – 6 dicembre 2026</div></header>
<div class="entry-content">
{intro}
{ad_slot("ins-ad", "Pubblicità", "ins-mid-1")}
<div class="ins-diretta" itemscope itemtype="https://schema.org/LiveBlogPosting">
{feed}
</div>
</div>
</article>
</div>"""
    html = page(
        ctx,
        lang="it",
        prefix="ins",
        brand="Insieme",
        url=url,
        title=f"{headline} - Insieme",
        sections=["Brasile", "Italia", "Comunità", "Cittadinanza", "Economia", "Cultura", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Insieme – Editora Insieme Ltda. Tutti i diritti riservati.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Redazione Insieme",
                    publisher=org("Insieme", "https://www.insieme.com.br"),
                    lang="it",
                    section="Brasile",
                )
            )
        ],
        main=main,
        body_cls="single ins",
        cms="wp",
    )
    return Render(html, body, [pin, *shown], genuine, modified)


SITES = [
    Site(
        "prealpina-nevicata-su-varese-chiusa-la-statale-a-luino-treni-trenord-soppressi",
        "La Prealpina (IT)",
        "it",
        "updates",
        CET,
        prealpina,
    ),
    Site(
        "tempostretto-maltempo-a-messina-diretta-sospesi-i-traghetti-frana-sulla-a18",
        "Tempostretto (IT)",
        "it",
        "live",
        CET,
        tempostretto,
    ),
    Site(
        "insieme-temporale-su-curitiba-alberi-caduti-sulla-linha-verde-blackout",
        "Insieme (BR)",
        "it",
        "live",
        BRT,
        insieme,
    ),
]
