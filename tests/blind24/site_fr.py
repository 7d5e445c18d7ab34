"""French-language publishers: Le Journal de Mayotte (Mamoudzou), Defimedia (Port-Louis,
Mauritius) and Le Quotidien (Luxembourg)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BOOKS,
    BOTTLES,
    BREAD,
    COFFEE,
    DIGITAL,
    DOG,
    GARDEN,
    NEWS,
    PROMO,
    READ,
    RIDDLE,
    SEEDS,
    TAXI,
    TICKER,
    TWISTER,
    Texts,
    bp,
    bpa,
    frh,
    graph,
    hm,
    ld,
    month,
    page,
    post,
    weekday,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

EAT = 3
MUT = 4
CET = 1

_SUBS = [
    "Politique",
    "Économie",
    "Société",
    "Culture",
    "Sport",
    "Faits divers",
    "Opinions",
    "Environnement",
]
_FOOT = {
    "Le journal": ["Qui sommes-nous", "Contact", "Publicité", "Abonnements", "Archives"],
    "Légal": ["Mentions légales", "Confidentialité", "CGU", "Gestion des cookies"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# Le Journal de Mayotte (Mamoudzou, +03:00; the fetches run from 1am to 2am on Monday 7
# December), WordPress-like. A bold "Nota bene :" at the top (`clarification`); notes at the
# end, oldest first, each a paragraph in the body's class whose bold italic lead is "Ajout du
# dimanche 6 décembre 2026 à 22h40 :" (a written-out date, on both sides of local midnight);
# a "Droit de réponse" box beside the body (after it in the markup), its label an `<h4>`
# (`editors_note`).


def mayotte(ctx: Ctx) -> Render:
    url = "https://lejournaldemayotte.yt/2026/12/06/fortes-pluies-la-rn1-coupee-a-longoni-kaweni-inonde-barge-suspendue/"
    headline = "Fortes pluies : la RN1 coupée à Longoni, Kawéni inondé, la barge suspendue"
    published = at(EAT, 6, 18, 20)
    cls = "jdm-texte"
    body = [
        "Des pluies diluviennes se sont abattues sur Grande-Terre depuis dimanche après-midi. Météo-France a placé Mayotte en vigilance orange fortes pluies et orages jusqu'à lundi midi.",
        "À Longoni, un glissement de terrain a recouvert la RN1 à hauteur du port, coupant la circulation entre Koungou et le nord de l'île.",
        "Dans la zone de Kawéni, plusieurs rues du quartier Bandrajou sont sous l'eau. Les pompiers du SDIS ont évacué une quinzaine de familles vers le gymnase du collège.",
        "« L'eau est montée en vingt minutes, on n'a rien pu sauver », témoigne Mariama, mère de quatre enfants, devant sa case en tôle.",
        "Le service des barges a suspendu les rotations entre Mamoudzou et Dzaoudzi à cause de la houle et de la faible visibilité dans le lagon.",
        "La préfecture demande aux habitants de limiter leurs déplacements et de ne pas s'approcher des radiers, qui peuvent être emportés à tout moment.",
        "Le rectorat annoncera lundi à 6 heures si les établissements scolaires du nord de l'île peuvent ouvrir.",
    ]
    nb = Block(
        "clarification",
        "Nota bene",
        None,
        None,
        [
            "Les chiffres de pluie cités dans cet article sont ceux de la station de Pamandzi ; ceux des hauteurs de Grande-Terre sont plus élevés."
        ],
    )
    nb.html = f'<p class="{cls}"><strong>Nota bene :</strong> {e(nb.paras[0])}</p>'

    def label(dt: datetime) -> str:
        return f"Ajout du {weekday(dt, 'fr')} {dt.day} {month(dt, 'fr')} 2026 à {frh(dt)}"

    specs = [
        (
            6,
            22,
            40,
            "La préfecture annonce l'ouverture d'un centre d'hébergement d'urgence au gymnase de Kawéni, avec des repas distribués par la Croix-Rouge.",
        ),
        (
            7,
            0,
            35,
            "Les engins de la Direction de l'environnement ont commencé à dégager la coulée de boue à Longoni ; une voie pourrait rouvrir dans la nuit.",
        ),
    ]
    notes = [
        Block("update", label(at(EAT, d, h, m)), at(EAT, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(EAT, 7, 1, 53)),
        at(EAT, 7, 1, 53),
        None,
        [
            "Une voie de la RN1 est rouverte à Longoni en circulation alternée, indique la gendarmerie. Les poids lourds restent interdits."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def lead_p(lead: str, text: str) -> str:
        return f'<p class="{cls}"><strong><em>{e(lead)} :</em></strong> {e(text)}</p>'

    for b in shown:
        b.html = lead_p(b.label or "", b.paras[0])
    reply = Block(
        "editors_note",
        "Droit de réponse",
        None,
        None,
        [
            "À la suite de notre article du 2 décembre, la société d'aménagement nous prie de préciser que les travaux du radier de Kawéni ont été réceptionnés en octobre."
        ],
    )
    reply.html = f'<aside class="jdm-reponse"><h4 class="jdm-reponse__titre">Droit de réponse</h4><p class="jdm-reponse__texte">{e(reply.paras[0])}</p></aside>'
    modified = shown[-1].ts or published
    pl = {
        "garden": "Le jardin partagé de Cavani",
        "bottle": "de la place de la République",
        "library": "La bibliothèque de Mamoudzou",
        "bakery": "La boulangerie solidaire du Secours catholique",
        "rank": "La station de taxis de la barge",
        "digital": "la médiathèque de Koungou",
        "seeds": "Coconi",
        "coffee": "la maison des associations de Mamoudzou",
        "brand": "Le Journal de Mayotte",
    }
    tx = Texts(ctx, "fr", pl, "\u202f")

    def point(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        lead = f"{word}, point du {weekday(t, 'fr')} {t.day} {month(t, 'fr')} 2026 à {frh(t)}"
        return W(lead_p(lead, text), [text], kind)

    bottles = point("Tri du verre", tx.counter(BOTTLES, 760), BOTTLES, 1, 12)
    taxi = point("Taxis", tx.counter(TAXI, 12), TAXI, 1, 9)
    tick = point("Ailleurs sur l'île", tx.pool(TICKER) + ".", TICKER, 2, 18)
    riddle = bp(cls, tx.pool(RIDDLE), RIDDLE, lead="Devinette :")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Le chien du jour :")
    coffee = bp(cls, tx.fixed(COFFEE), COFFEE)
    digital = bp(cls, tx.fixed(DIGITAL), DIGITAL)
    read = bpa(cls, "Lire aussi :", tx.pool(READ), "/category/societe/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Contenu partenaire –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [nb.html] + [_p(cls, p) for p in body]
    end = len(units)
    units += [b.html for b in shown]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (bottles, list(range(end, k + 1)), 0.85),
            (taxi, [end, end + 1, k], 0.8),
            (tick, [2, 5, end + 1], 0.8),
            (riddle, [3, 6, k], 0.8),
            (dog, [2, 4, k], 0.75),
            (coffee, [1, 5, k], 0.7),
            (digital, [4, 7, k], 0.7),
            (read, [2, 3, 6], 0.8),
            (promo, [0, 5, k], 0.7),
            (news, [end, k], 0.75),
        ],
    )
    main = f"""<div id="page" class="site jdm-site">
<main id="main" class="jdm-main">
<div class="jdm-columns">
<article class="jdm-article post-{len(url) * 13}">
<p class="jdm-article__cat"><a href="/category/societe/">Société</a></p>
<h1 class="jdm-article__title entry-title">{e(headline)}</h1>
<p class="jdm-article__meta">Par la rédaction · 6 décembre 2026</p>
<figure class="jdm-figure wp-caption"><img src="/wp-content/uploads/2026/12/rn1-longoni.jpg" alt="" loading="lazy"><figcaption class="wp-caption-text">La coulée de boue sur la RN1 à Longoni, dimanche soir.</figcaption></figure>
<div class="jdm-article__content entry-content">
{story}
</div>
</article>
{reply.html}
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-FR",
        prefix="jdm",
        brand="Le Journal de Mayotte",
        url=url,
        title=f"{headline} | Le Journal de Mayotte",
        sections=["Actualités", "Société", "Politique", "Économie", "Sport", "Culture"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Le Journal de Mayotte",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="La rédaction",
                    publisher=org("Le Journal de Mayotte", "https://lejournaldemayotte.yt"),
                    lang="fr",
                    section="Société",
                )
            )
        ],
        main=main,
        body_cls="jdm single-post",
        cms="wp",
    )
    return Render(html, body, [nb, *shown, reply], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Defimedia (Port-Louis, +04:00; the fetches run from 2am to 3am on Monday 7 December), custom,
# live, OLDEST first under a pinned "L'essentiel" entry (20h00): `<div>` items, a `<time>`
# "23h05" with a leading zero after midnight ("00h40"), an `<h3>` (two without) and paragraphs;
# the entries cross local midnight; JSON-LD `@graph` of a `WebPage` and a `LiveBlogPosting`.


def defimedia(ctx: Ctx) -> Render:
    url = "https://defimedia.info/en-direct-avis-de-fortes-pluies-la-m1-fermee-grand-river-nord-ouest-port-louis-inonde"
    headline = "En direct – Avis de fortes pluies : la M1 fermée à Grand-River-Nord-Ouest, Port-Louis inondé"
    published = at(MUT, 6, 19, 30)
    cls = "dm-texte"
    body = [
        "Un avis de fortes pluies est en vigueur à Maurice depuis dimanche 19 heures. La station de Vacoas a enregistré plus de 180 millimètres de pluie en six heures.",
        "La Road Development Authority a fermé plusieurs tronçons de l'autoroute M1. Suivez l'évolution de la situation minute par minute.",
    ]

    def clock(dt: datetime) -> str:
        return hm(dt, "h")

    specs = [
        (
            6,
            20,
            0,
            "L'essentiel",
            [
                "Avis de fortes pluies en vigueur. La M1 est fermée à Grand-River-Nord-Ouest, les écoles resteront fermées lundi."
            ],
        ),
        (
            6,
            22,
            30,
            "Pluies torrentielles sur le Plateau",
            [
                "Le Meteorological Services relève 95 millimètres en trois heures à Curepipe. Des routes sont inondées à Floréal."
            ],
        ),
        (
            6,
            23,
            5,
            None,
            [
                "La police demande aux automobilistes d'éviter la route Royale à Sainte-Croix, où la rivière a débordé."
            ],
        ),
        (
            6,
            23,
            40,
            "La M1 fermée",
            [
                "La Road Development Authority ferme l'autoroute M1 à Grand-River-Nord-Ouest, le pont étant submergé.",
                "Les véhicules sont déviés par la route de Pailles, où la circulation est très lente.",
            ],
        ),
        (
            7,
            0,
            40,
            "Les écoles fermées lundi",
            [
                "Le ministère de l'Éducation annonce que toutes les écoles et les collèges resteront fermés lundi."
            ],
        ),
        (
            7,
            1,
            20,
            None,
            [
                "Le Central Electricity Board fait état de coupures à Roche-Bois, Plaine-Verte et Cité-La-Cure."
            ],
        ),
        (
            7,
            1,
            50,
            "Des familles au centre de refuge",
            [
                "Une quarantaine de personnes ont été accueillies au centre de refuge de la Cité Vallijee."
            ],
        ),
    ]
    blocks = [
        Block("live_entry", clock(at(MUT, d, h, m)), at(MUT, d, h, m), hd, ps)
        for d, h, m, hd, ps in specs
    ]
    pinned, entries = blocks[0], blocks[1:]
    genuine = Block(
        "live_entry",
        clock(at(MUT, 7, 2, 54)),
        at(MUT, 7, 2, 54),
        "Le pont de Grand-River rouvert",
        [
            "L'eau a baissé sous le tablier : la RDA rouvre une voie de la M1 dans chaque sens, avec une limite de vitesse à 40 km/h."
        ],
    )
    shown = [pinned] + entries + ([genuine] if ctx.n == 6 else [])

    def item(b_clock: str, iso: str, head: str | None, paras: list[str], pin: bool = False) -> str:
        hd = f'<h3 class="dm-live__titre">{e(head)}</h3>' if head else ""
        text = "".join(_p(cls, p) for p in paras)
        extra = " dm-live__item--epingle" if pin else ""
        return (
            f'<div class="dm-live__item{extra}"><div class="dm-live__heure"><time datetime="{iso}">{e(b_clock)}</time></div>'
            f"{hd}{text}</div>"
        )

    for b in shown:
        assert b.ts
        b.html = item(b.label or "", b.ts.isoformat(), b.head, b.paras, b is pinned)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "garden": "Le jardin communautaire de Bambous",
        "bottle": "du Caudan",
        "library": "La bibliothèque municipale de Rose-Hill",
        "bakery": "La boulangerie solidaire de Roche-Bois",
        "rank": "La station de taxis de la gare Victoria",
        "digital": "la bibliothèque Charles-Baudelaire de Rose-Hill",
        "seeds": "Réduit",
        "coffee": "la salle paroissiale de Beau-Bassin",
        "brand": "Defimedia",
    }
    tx = Texts(ctx, "fr", pl, "\u202f")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        lines = ([title] if title else []) + [text]
        return post(item(clock(t), t.isoformat(), title, [text]), lines, kind, [clock(t)])

    bread = fake("Pain solidaire", tx.counter(BREAD, 160), BREAD)
    books = fake(None, tx.counter(BOOKS, 44), BOOKS)
    garden = fake("Jardins communautaires", tx.counter(GARDEN, 1320), GARDEN)
    tick = fake("Dans l'actualité ailleurs", tx.pool(TICKER), TICKER)
    promo = fake("Publi-information", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (bread, list(range(1, n + 1)), 0.85),
            (books, list(range(1, n + 1)), 0.8),
            (garden, [0, 2, 4, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
            (promo, [2, 5, n], 0.7),
        ],
    )
    twister = bp(cls, tx.pool(TWISTER), TWISTER, lead="Virelangue :")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Toutou du jour :", tag="em")
    seeds = bp(cls, tx.fixed(SEEDS), SEEDS)
    read = bpa(cls, "À lire :", tx.pool(READ), "/actualites/", READ)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(cls, p) for p in body],
        [
            (twister, [0, 1, 2], 0.8),
            (dog, [1, 2], 0.75),
            (seeds, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": headline, "inLanguage": "fr"}
    live = {
        "@type": "LiveBlogPosting",
        "@id": url + "#direct",
        "headline": headline,
        "url": url,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": org("Defimedia", "https://defimedia.info"),
        "mainEntityOfPage": {"@id": url},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": b.head or " ".join(b.paras[0].split()[:8]),
                "datePublished": b.ts.isoformat(),
                "articleBody": " ".join(b.paras),
            }
            for b in shown
            if b.ts
        ],
    }
    main = f"""<div class="dm-wrapper">
<main class="dm-main">
<article class="dm-article dm-article--direct">
<span class="dm-direct-badge">En direct</span>
<h1 class="dm-article__titre">{e(headline)}</h1>
<p class="dm-article__meta">Par Le Defi Media Group · Mis à jour le 7 décembre 2026 à {e(clock(modified))}</p>
<div class="dm-live__intro">
{intro}
</div>
{ad_slot("dm-pub", "Publicité", "dm-pave-1")}
<div class="dm-live">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="dm",
        brand="Defimedia",
        url=url,
        title=f"{headline} | Defimedia",
        sections=["Actualités", "Société", "Politique", "Économie", "Sports", "Magazine"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Le Defi Media Group",
        jsonld=[graph(webpage, live)],
        main=main,
        body_cls="dm page-direct",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Le Quotidien (Luxembourg, +01:00; the fetches run from 11pm to midnight), custom, live, newest
# first: `<article>` entries with the `<h3>` headline FIRST and then a meta line "<time>22:35
# </time> – par …" (two entries without headline start with the meta line; one with two
# paragraphs); a standalone `LiveBlogPosting` whose updates have no headline.


def lequotidien(ctx: Ctx) -> Render:
    url = "https://lequotidien.lu/luxembourg/direct-tempete-arbres-sur-les-voies-entre-ettelbruck-et-diekirch-a7-fermee/"
    headline = "Direct – Tempête : arbres sur les voies entre Ettelbruck et Diekirch, l'A7 fermée"
    published = at(CET, 6, 18, 10)
    cls = "lq-texte"
    body = [
        "La tempête qui traverse le Grand-Duché depuis la fin d'après-midi a provoqué des dizaines de chutes d'arbres. MeteoLux a relevé des rafales de 118 km/h au Findel.",
        "Le CGDIS a déjà mené plus de 300 interventions. Retrouvez ci-dessous les dernières informations.",
    ]
    specs = [
        (
            22,
            50,
            "Le Findel rouvre une piste",
            [
                "Les vols reprennent progressivement à l'aéroport, avec des retards d'au moins une heure sur les départs."
            ],
            "Claude Damiani",
        ),
        (
            22,
            15,
            None,
            [
                "Les CFL annoncent qu'aucun train ne circulera entre Ettelbruck et Diekirch jusqu'à lundi matin, des bus de substitution sont en route."
            ],
            "Aude Forestier",
        ),
        (
            21,
            30,
            "L'A7 fermée dans les deux sens",
            [
                "Un arbre est tombé sur la chaussée à la hauteur de Lintgen. L'Administration des ponts et chaussées a fermé l'A7 entre Lorentzweiler et Mersch.",
                "Les automobilistes sont invités à passer par la N7.",
            ],
            "Claude Damiani",
        ),
        (
            20,
            45,
            "Coupures de courant dans l'Oesling",
            [
                "Creos signale environ 4 000 foyers privés d'électricité autour de Wiltz et de Clervaux."
            ],
            "Aude Forestier",
        ),
        (
            19,
            55,
            None,
            [
                "Les pompiers ont dû intervenir sur le toit d'une école à Esch-sur-Alzette, où une partie de la couverture s'est envolée."
            ],
            "Claude Damiani",
        ),
        (
            19,
            10,
            "Alerte orange maintenue",
            [
                "MeteoLux maintient l'alerte orange vents violents pour tout le pays jusqu'à 3 heures du matin."
            ],
            "Aude Forestier",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps, _ in specs
    ]
    authors = {id(b): s[4] for b, s in zip(entries, specs, strict=True)}
    genuine = Block(
        "live_entry",
        hm(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        "La ligne du Nord reste coupée",
        [
            "Les équipes des CFL ne pourront dégager les voies qu'au lever du jour : les trains pour Troisvierges ne partiront pas avant 8 heures."
        ],
    )
    authors[id(genuine)] = "Aude Forestier"
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def art(b_clock: str, iso: str, head: str | None, paras: list[str], who: str) -> str:
        hd = f'<h3 class="lq-live__titre">{e(head)}</h3>' if head else ""
        text = "".join(_p(cls, p) for p in paras)
        meta = f'<p class="lq-live__meta"><time datetime="{iso}">{e(b_clock)}</time> – par {e(who)}</p>'
        return f'<article class="lq-live__post">{hd}{meta}{text}</article>'

    for b in shown:
        assert b.ts
        b.html = art(b.label or "", b.ts.isoformat(), b.head, b.paras, authors[id(b)])
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "garden": "Le jardin communautaire du Limpertsberg",
        "bottle": "de la place Guillaume",
        "library": "La Cité Bibliothèque",
        "bakery": "La boulangerie de l'épicerie sociale de Bonnevoie",
        "rank": "La station de taxis de la gare centrale",
        "digital": "la maison relais de Gasperich",
        "seeds": "Bettembourg",
        "coffee": "la salle paroissiale du Grund",
        "brand": "Le Quotidien",
    }
    tx = Texts(ctx, "fr", pl, "\u202f")

    def fake(title: str | None, text: str, kind: str, who: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        lines = ([title] if title else []) + [text]
        return post(
            art(hm(t), t.isoformat(), title, [text], who), lines, kind, [f"{hm(t)} – par {who}"]
        )

    taxi = fake("Taxis à la gare", tx.counter(TAXI, 17), TAXI, "la rédaction")
    bottles = fake(None, tx.counter(BOTTLES, 2240), BOTTLES, "la rédaction")
    books = fake("Retours de livres", tx.counter(BOOKS, 130), BOOKS, "la rédaction")
    tick = fake("Ailleurs au pays", tx.pool(TICKER), TICKER, "la rédaction")
    promo = fake("Contenu sponsorisé", tx.pool(PROMO), PROMO, "notre partenaire")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (taxi, list(range(0, n + 1)), 0.85),
            (bottles, list(range(1, n + 1)), 0.8),
            (books, [0, 2, 4, n], 0.8),
            (tick, [1, 3, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    riddle = bp(cls, tx.pool(RIDDLE), RIDDLE, lead="L'énigme du jour :")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Nos amis à quatre pattes :")
    coffee = bp(cls, tx.fixed(COFFEE), COFFEE)
    digital = bp(cls, tx.fixed(DIGITAL), DIGITAL)
    read = bpa(cls, "Sur le même sujet :", tx.pool(READ), "/luxembourg/", READ)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(cls, p) for p in body],
        [
            (riddle, [0, 1, 2], 0.8),
            (dog, [1, 2], 0.75),
            (coffee, [0, 2], 0.7),
            (digital, [1, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 2], 0.75),
        ],
    )
    live = {
        "@type": "LiveBlogPosting",
        "headline": headline,
        "url": url,
        "inLanguage": "fr-LU",
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": org("Le Quotidien", "https://lequotidien.lu"),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "datePublished": b.ts.isoformat(),
                "articleBody": " ".join(b.paras),
            }
            for b in shown
            if b.ts
        ],
    }
    main = f"""<div class="lq-site">
<main class="lq-main">
<article class="lq-article">
<p class="lq-article__rubrique">Luxembourg</p>
<h1 class="lq-article__titre">{e(headline)}</h1>
<p class="lq-article__date">Publié le 6 décembre 2026 à 18:10 · Dernière mise à jour à {e(hm(modified))}</p>
<div class="lq-live__intro">
{intro}
</div>
{ad_slot("lq-pub", "Publicité", "lq-rect-1")}
<section class="lq-live">
{feed}
</section>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-LU",
        prefix="lq",
        brand="Le Quotidien",
        url=url,
        title=f"{headline} | Le Quotidien",
        sections=["Luxembourg", "Grande Région", "Monde", "Économie", "Culture", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Editpress Luxembourg",
        jsonld=[ld(live)],
        main=main,
        body_cls="lq single-live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "lejournaldemayotte-fortes-pluies-rn1-coupee-a-longoni-kaweni-inonde-barge-suspendue",
        "Le Journal de Mayotte (YT)",
        "fr",
        "updates",
        EAT,
        mayotte,
    ),
    Site(
        "defimedia-direct-avis-de-fortes-pluies-m1-fermee-grand-river-nord-ouest-port-louis-inonde",
        "Defimedia (MU)",
        "fr",
        "live",
        MUT,
        defimedia,
    ),
    Site(
        "lequotidien-direct-tempete-arbres-sur-les-voies-ettelbruck-diekirch-a7-fermee",
        "Le Quotidien (LU)",
        "fr",
        "live",
        CET,
        lequotidien,
    ),
]
