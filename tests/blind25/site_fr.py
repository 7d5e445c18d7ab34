"""French-language publishers: Imaz Press Réunion (Saint-Denis, La Réunion), Madagascar Tribune
(Antananarivo, Madagascar) and Le Journal de Montréal (Montreal, Quebec)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    CAROLS,
    COATS,
    DRIVERS,
    FACT,
    GIVEAWAY,
    HOMEWORK,
    LEGAL,
    NEWS,
    PROMO,
    QUEUE,
    READ,
    READATHON,
    RESOLUTION,
    SPOTTED,
    TICKER,
    Texts,
    bp,
    bpa,
    fr,
    graph,
    ld,
    page,
    post,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

RET = 4
EAT = 3
EST = -5

_SUBS = ["Politique", "Économie", "Faits divers", "Société", "Sport", "Culture", "Santé", "Météo"]
_FOOT = {
    "Le journal": ["Qui sommes-nous", "Nous contacter", "Publicité", "Abonnement", "Archives"],
    "Informations légales": ["Mentions légales", "Confidentialité", "CGU", "Gestion des cookies"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


def _date(dt: datetime) -> str:
    return f"{dt.day} décembre 2026 à {fr(dt)}"


# ---------------------------------------------------------------------------------------------
# Imaz Press Réunion (Saint-Denis, +04:00; the fetches run from 2am to 3am on Monday 7
# December), custom. A bold "Correction :" at the top (`correction`); three boxes after the
# story, oldest first, each an `<h4>` **"Complément d'information — 6 décembre 2026 à 22 h 35"**
# + a paragraph, on both sides of local midnight; a bold "Note aux lecteurs :" at the bottom
# (`editors_note`).


def ipr(ctx: Ctx) -> Render:
    url = "https://www.ipreunion.com/actualites-reunion/reportage/2026/12/06/alerte-orange-fortes-pluies-route-du-littoral-basculee-radiers-submerges,178422.html"
    headline = (
        "Alerte orange fortes pluies : la route du Littoral basculée, plusieurs radiers submergés"
    )
    published = at(RET, 6, 16, 10)
    cls = "ipr-texte"
    body = [
        "La préfecture a placé La Réunion en vigilance orange fortes pluies et orages dimanche en fin d'après-midi, alors qu'une dégradation pluvio-orageuse s'installait sur le nord et l'est de l'île.",
        "Météo-France a relevé plus de 150 millimètres de pluie en six heures à la Plaine-des-Palmistes et près de 120 millimètres à Sainte-Suzanne, avec des cumuls encore attendus dans la nuit.",
        "La route du Littoral a été basculée en mode de circulation restreinte sur deux voies côté montagne, en raison de la houle et des chutes de pierres, a indiqué la Région.",
        "« L'eau est montée d'un coup, en dix minutes le radier était couvert », raconte un habitant de Saint-Benoît qui a fait demi-tour devant la rivière des Marsouins.",
        "Les radiers du Butor à Saint-Denis, de la rivière des Roches et de Bras-Panon ont été fermés à la circulation, et les pompiers ont réalisé une dizaine de reconnaissances.",
        "Les bus du réseau Car Jaune ne desservent plus l'est de l'île depuis 18 heures ; la reprise dépendra de l'évolution de la situation, selon la Région.",
        "La préfecture rappelle de ne pas traverser les radiers submergés et de limiter les déplacements au strict nécessaire.",
    ]
    corr = Block(
        "correction",
        "Correction",
        None,
        None,
        [
            "Contrairement à ce qu'indiquait une première version, la route des Tamarins n'est pas fermée ; seule la route du Littoral est basculée."
        ],
    )
    corr.html = f'<p class="{cls}"><strong>Correction :</strong> {e(corr.paras[0])}</p>'

    def label(dt: datetime) -> str:
        return f"Complément d'information — {_date(dt)}"

    specs = [
        (
            6,
            22,
            35,
            "Le rectorat annonce que les écoles de Saint-Benoît, Bras-Panon et Sainte-Rose resteront fermées lundi, en raison de l'état des routes.",
        ),
        (
            6,
            23,
            50,
            "EDR signale environ 4 200 foyers privés d'électricité dans l'est, principalement à Saint-André et à Salazie, après des chutes d'arbres sur les lignes.",
        ),
        (
            7,
            1,
            20,
            "Le cirque de Salazie est désormais inaccessible : la RD48 est coupée par un éboulis au niveau du Pont de l'Escalier, selon le Département.",
        ),
    ]
    notes = [
        Block("update", label(at(RET, d, h, m)), at(RET, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(RET, 7, 2, 53)),
        at(RET, 7, 2, 53),
        None,
        [
            "Météo-France lève la vigilance orange pour le nord de l'île, l'est reste concerné jusqu'à nouvel ordre, annonce la préfecture."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def box(title: str, text: str) -> str:
        return (
            f'<div class="ipr-complement"><h4 class="ipr-complement__titre">{e(title)}</h4>'
            f'<p class="{cls}">{e(text)}</p></div>'
        )

    for b in shown:
        b.html = box(b.label or "", b.paras[0])
    ntl = Block(
        "editors_note",
        "Note aux lecteurs",
        None,
        None,
        [
            "Les commentaires sont fermés sur cet article pendant la durée de l'alerte, afin de laisser la place aux informations utiles."
        ],
    )
    ntl.html = f'<p class="{cls}"><strong>Note aux lecteurs :</strong> {e(ntl.paras[0])}</p>'
    modified = shown[-1].ts or published
    pl = {
        "choir": "la cathédrale de Saint-Denis",
        "readathon": "Lecture-marathon du collège Bourbon",
        "coats": "Vestiaire solidaire de la Croix-Rouge à Saint-André",
        "post": "Bureau de poste du Chaudron",
        "legal": "la Maison de la justice et du droit de Saint-Benoît",
        "homework": "la case de quartier de la Source",
        "drivers": "la mairie de Bras-Panon",
        "brand": "Imaz Press",
    }
    tx = Texts(ctx, "fr", pl, sep="\u202f")

    def boxed(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        mark = f"{word} — {_date(ctx.ago(lo, hi))}"
        return post(box(mark, text), [text], kind, [mark])

    queue = boxed("File d'attente", tx.counter(QUEUE, 22), QUEUE, 1, 9)
    coats = boxed("Vestiaire solidaire", tx.counter(COATS, 59), COATS, 1, 12)
    tick = boxed("Fil info", tx.pool(TICKER) + ".", TICKER, 1, 18)
    spotted = bp(cls, tx.pool(SPOTTED), SPOTTED, lead="Vu à Saint-Denis :")
    resol = bp(cls, tx.pool(RESOLUTION), RESOLUTION, lead="Bonne résolution :")
    fact = bp(cls, tx.pool(FACT), FACT, lead="Le saviez-vous ?")
    homework = bp(cls, tx.fixed(HOMEWORK), HOMEWORK)
    legal = bp(cls, tx.fixed(LEGAL), LEGAL)
    read = bpa(cls, "À lire également :", tx.pool(READ), "/actualites-reunion/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Publireportage –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    nb = len(shown)
    units = [corr.html] + [_p(cls, p) for p in body] + [b.html for b in shown] + [ntl.html]
    end = 1 + len(body)
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (queue, list(range(end, end + nb + 1)), 0.85),
            (coats, list(range(end, end + nb + 1)), 0.8),
            (tick, [2, 5, end + 1, k - 1], 0.8),
            (spotted, [1, 4, k], 0.75),
            (resol, [3, 6, k], 0.75),
            (fact, [2, 5, end], 0.75),
            (homework, [1, 6, k], 0.7),
            (legal, [3, end, k], 0.7),
            (read, [2, 3, 4], 0.8),
            (promo, [0, 5, k], 0.7),
            (news, [end, k], 0.75),
        ],
    )
    main = f"""<div class="ipr-page">
<main class="ipr-main">
<article class="ipr-article">
<p class="ipr-article__rubrique"><a href="/actualites-reunion/reportage/">Reportage</a></p>
<h1 class="ipr-article__titre">{e(headline)}</h1>
<p class="ipr-article__date">Publié le dimanche 6 décembre 2026 à 16:10</p>
<figure class="ipr-figure"><img src="/photos/2026/12/06/radier-butor.jpg" alt="" loading="lazy"><figcaption>Le radier du Butor submergé dimanche soir (photo d'illustration)</figcaption></figure>
<div class="ipr-article__corps">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="ipr",
        brand="Imaz Press Réunion",
        url=url,
        title=f"{headline} - Imaz Press Réunion",
        sections=["Actualités", "Politique", "Faits divers", "Économie", "Sport", "Culture"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Imaz Press Réunion",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Imaz Press",
                    publisher=org("Imaz Press Réunion", "https://www.ipreunion.com"),
                    lang="fr",
                    section="Reportage",
                )
            )
        ],
        main=main,
        body_cls="ipr article",
    )
    return Render(html, body, [corr, *shown, ntl], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Madagascar Tribune (Antananarivo, +03:00; the fetches run from 1am to 2am on Monday 7
# December), SPIP. A bold italic "Avertissement :" at the top (`editors_note`); notes after
# paragraph 4, newest first, each an `<h2>` that holds **the clock and a headline**, "0 h 45 –
# Les pompiers évacuent Anosibe", + a paragraph (one on Sunday, one on Monday); a bold
# "Correction apportée le 7 décembre 2026 à 0 h 20 :" at the end (`correction`, with its time).


def tribune(ctx: Ctx) -> Render:
    url = "https://www.madagascar-tribune.com/Fortes-pluies-a-Antananarivo-l-Ikopa-en-crue-les-bas-quartiers-inondes,29417.html"
    headline = "Fortes pluies à Antananarivo : l'Ikopa en crue, les bas quartiers inondés"
    published = at(EAT, 6, 19, 30)
    cls = "spip"
    body = [
        "De violentes averses se sont abattues sur Antananarivo dimanche après-midi, faisant monter le niveau de l'Ikopa et inondant plusieurs quartiers de la plaine, d'Anosibe à Ankasina.",
        "La Direction générale de la météorologie a relevé 97 millimètres de pluie à Ampandrianomby en quatre heures, un cumul rarement atteint en début de saison des pluies.",
        "À Anosibe, l'eau a atteint le niveau des fenêtres dans certaines ruelles, et de nombreuses familles ont trouvé refuge chez des proches dans les quartiers hauts.",
        "« Nous avons tout perdu, le riz, les matelas, les cahiers des enfants », confie une mère de famille installée avec ses quatre enfants dans une école d'Andavamamba.",
        "Le Bureau national de gestion des risques et des catastrophes a ouvert six sites d'hébergement, dont le gymnase couvert de Mahamasina et plusieurs écoles publiques.",
        "La Jirama a procédé à des coupures préventives d'électricité dans les quartiers inondés, tandis que les pompiers poursuivaient les évacuations en pirogue.",
        "Les autorités appellent les habitants des zones basses à rejoindre les sites d'accueil et à ne pas rester dans les maisons touchées par l'eau.",
    ]
    avert = Block(
        "editors_note",
        "Avertissement",
        None,
        None,
        [
            "Certaines photos qui accompagnent cet article montrent des personnes blessées et peuvent heurter la sensibilité des lecteurs."
        ],
    )
    avert.html = (
        f'<p class="{cls}"><strong><em>Avertissement :</em></strong> {e(avert.paras[0])}</p>'
    )
    specs = [
        (
            7,
            0,
            45,
            "Les pompiers évacuent Anosibe",
            "Une centaine de personnes ont été évacuées en pirogue dans la nuit à Anosibe, selon le corps des sapeurs-pompiers de la capitale.",
        ),
        (
            6,
            23,
            20,
            "Le boulevard de l'Europe coupé",
            "La circulation est interrompue sur le boulevard de l'Europe à hauteur d'Ankorondrano, où l'eau recouvre les deux voies.",
        ),
    ]
    notes = [
        Block("update", fr(at(EAT, d, h, m)), at(EAT, d, h, m), hd, [t]) for d, h, m, hd, t in specs
    ]
    genuine = Block(
        "update",
        fr(at(EAT, 7, 1, 53)),
        at(EAT, 7, 1, 53),
        "La digue d'Ambohimanarina tient",
        [
            "Les techniciens de l'Autorité pour la protection contre les inondations assurent que la digue d'Ambohimanarina n'est pas menacée pour l'instant."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def note(title: str, text: str) -> str:
        return f'<h2 class="spip">{e(title)}</h2><p class="{cls}">{e(text)}</p>'

    for b in shown:
        b.html = note(f"{b.label} – {b.head}", b.paras[0])
    corr = Block(
        "correction",
        "Correction apportée le 7 décembre 2026 à 0 h 20",
        at(EAT, 7, 0, 20),
        None,
        [
            "Une première version de cet article situait le gymnase de Mahamasina à Isotry. Il se trouve bien à Mahamasina."
        ],
    )
    corr.html = f'<p class="{cls}"><strong>Correction apportée le 7 décembre 2026 à 0 h 20 :</strong> {e(corr.paras[0])}</p>'
    modified = max(b.ts for b in [*shown, corr] if b.ts)
    pl = {
        "choir": "la cathédrale d'Andohalo",
        "readathon": "Lecture-marathon du lycée Jules-Ferry",
        "coats": "Vestiaire solidaire d'Isotry",
        "post": "Bureau de poste d'Antaninarenina",
        "legal": "la clinique juridique d'Ankadifotsy",
        "homework": "la bibliothèque d'Analakely",
        "drivers": "la paroisse d'Ambohijatovo",
        "brand": "Madagascar Tribune",
    }
    tx = Texts(ctx, "fr", pl, sep="\u202f")

    def headed(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        mark = f"{fr(ctx.ago(lo, hi))} – {title}"
        return post(note(mark, text), [text], kind, [mark])

    queue = headed("La file à la poste", tx.counter(QUEUE, 26), QUEUE, 1, 9)
    tick = headed("Ailleurs dans la capitale", tx.pool(TICKER) + ".", TICKER, 1, 18)
    t = ctx.ago(1, 12)
    carols = bp(cls, tx.counter(CAROLS, 118), CAROLS, lead=f"Chorale, {fr(t)} :")
    spotted = bp(cls, tx.pool(SPOTTED), SPOTTED, lead="Vu à Tana :")
    give = bp(cls, tx.pool(GIVEAWAY), GIVEAWAY, lead="À donner :")
    fact = bp(cls, tx.pool(FACT), FACT, lead="Le saviez-vous :")
    drivers = bp(cls, tx.fixed(DRIVERS), DRIVERS)
    legal = bp(cls, tx.fixed(LEGAL), LEGAL)
    read = bpa(cls, "Voir aussi :", tx.pool(READ), "/-Societe-.html", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Communiqué –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = [avert.html] + paras[:4] + [b.html for b in shown] + paras[4:] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (queue, list(range(5, 6 + nb)), 0.85),
            (tick, list(range(5, 6 + nb)), 0.8),
            (carols, [2, 5, 6 + nb, k - 1], 0.8),
            (spotted, [1, 7 + nb, k], 0.75),
            (give, [3, 8 + nb, k], 0.75),
            (fact, [2, 6 + nb, k], 0.75),
            (drivers, [1, 7 + nb], 0.7),
            (legal, [4, 8 + nb, k], 0.7),
            (read, [2, 3, 4], 0.8),
            (promo, [0, 7 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="page">
<main class="main mt-main">
<div class="article mt-article">
<p class="mt-article__rubrique"><a href="/-Societe-.html">Société</a></p>
<h1 class="titre mt-article__titre">{e(headline)}</h1>
<p class="mt-article__info">dimanche 6 décembre 2026, par Hanitra R.</p>
<figure class="spip_doc"><img src="/IMG/jpg/ikopa-crue.jpg" alt="" loading="lazy"><figcaption class="spip_doc_legende">Une ruelle inondée d'Anosibe, dimanche soir.</figcaption></figure>
<div class="texte mt-article__texte">
{story}
</div>
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="mt",
        brand="Madagascar Tribune",
        url=url,
        title=f"{headline} - Madagascar Tribune",
        sections=["Politique", "Économie", "Société", "Culture", "Sport", "Régions"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Madagascar Tribune",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Hanitra R.",
                    publisher=org("Madagascar Tribune", "https://www.madagascar-tribune.com"),
                    lang="fr",
                    section="Société",
                )
            )
        ],
        main=main,
        body_cls="mt page_article",
    )
    return Render(html, body, [avert, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Le Journal de Montréal (-05:00; the fetches run from 5pm to 6pm on Sunday 6 December), Arc,
# live, newest first: each entry a meta line with a **"MISE À JOUR" badge and a `<time>`**
# "16 h 48", an `<h3>` (two without) and the text; `@graph` of the `NewsArticle`, a
# `LiveBlogPosting` and a `BreadcrumbList`.


def jdm(ctx: Ctx) -> Render:
    url = "https://www.journaldemontreal.com/2026/12/06/en-direct-tempete-de-neige-lautoroute-40-fermee-200-000-foyers-prives-delectricite"
    headline = (
        "EN DIRECT | Tempête de neige: l'autoroute 40 fermée, 200 000 foyers privés d'électricité"
    )
    published = at(EST, 6, 13, 50)
    body = [
        "Une première tempête de neige digne de ce nom frappe le sud du Québec ce dimanche, avec des accumulations de 25 à 35 centimètres attendues d'ici lundi matin dans la grande région de Montréal.",
        "Suivez ici les derniers développements sur les routes, dans les airs et sur le réseau d'Hydro-Québec.",
    ]
    specs = [
        (
            16,
            48,
            "Plus de 200 000 clients dans le noir",
            [
                "Hydro-Québec recense plus de 200 000 clients privés d'électricité, surtout en Montérégie et dans les Laurentides."
            ],
        ),
        (
            16,
            20,
            None,
            [
                "La Société de transport de Montréal ajoute des autobus sur les lignes 24 et 121 pour pallier les retards sur le réseau de surface."
            ],
        ),
        (
            15,
            55,
            "L'autoroute 40 fermée à Vaudreuil",
            [
                "Le ministère des Transports a fermé l'autoroute 40 en direction ouest à la hauteur de Vaudreuil-Dorion après une collision impliquant plusieurs véhicules.",
                "Des équipes de remorquage sont sur place.",
            ],
        ),
        (
            15,
            30,
            "Vols annulés à Trudeau",
            [
                "Une trentaine de départs ont été annulés à l'aéroport Montréal-Trudeau depuis midi, selon le tableau des départs."
            ],
        ),
        (
            15,
            2,
            None,
            [
                "La Ville de Montréal déclenche une opération de chargement de la neige qui commencera dès 19 heures dans plusieurs arrondissements."
            ],
        ),
        (
            14,
            35,
            "Prudence sur les routes",
            [
                "La Sûreté du Québec demande aux automobilistes d'éviter les déplacements non essentiels jusqu'à lundi matin."
            ],
        ),
    ]
    entries = [
        Block("live_entry", fr(at(EST, 6, h, m)), at(EST, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        fr(at(EST, 6, 17, 54)),
        at(EST, 6, 17, 54),
        "Écoles fermées lundi à Laval",
        [
            "Le Centre de services scolaire de Laval annonce que ses écoles seront fermées lundi en raison des conditions routières."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(mark: str, iso: str, head: str | None, paras: list[str]) -> str:
        hd = f'<h3 class="jdm-live__titre">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="jdm-live__post"><p class="jdm-live__meta"><span class="jdm-badge">MISE À JOUR</span> '
            f'<time datetime="{iso}">{e(mark)}</time></p>{hd}<div class="jdm-live__texte">{text}</div></div>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.label or "", b.ts.isoformat(), b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "choir": "l'oratoire Saint-Joseph",
        "readathon": "Lecture-marathon de la Grande Bibliothèque",
        "coats": "Vestiaire solidaire de la Mission Old Brewery",
        "post": "Comptoir postal de la rue Sainte-Catherine",
        "legal": "la clinique juridique du Mile End",
        "homework": "la maison de quartier d'Hochelaga",
        "drivers": "le centre communautaire de Rosemont",
        "brand": "JdeM",
    }
    tx = Texts(ctx, "fr", pl, sep="\u00a0")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        lines = ([title] if title else []) + [text]
        return post(
            entry(fr(t), t.isoformat(), title, [text]), lines, kind, [f"MISE À JOUR {fr(t)}"]
        )

    carols = fake("Marathon de chants", tx.counter(CAROLS, 77), CAROLS)
    reads = fake(None, tx.counter(READATHON, 1850), READATHON)
    queue = fake("La file au comptoir postal", tx.counter(QUEUE, 17), QUEUE)
    tick = fake("Ailleurs au Québec", tx.pool(TICKER), TICKER)
    promo = fake("Contenu commandité", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (carols, list(range(0, n + 1)), 0.85),
            (reads, list(range(1, n + 1)), 0.8),
            (queue, [0, 2, 4, n], 0.8),
            (tick, [0, 1, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    icls = "jdm-intro"
    spotted = bp(icls, tx.pool(SPOTTED), SPOTTED, lead="Vu dans le métro :")
    give = bp(icls, tx.pool(GIVEAWAY), GIVEAWAY, lead="À donner :")
    resol = bp(icls, tx.pool(RESOLUTION), RESOLUTION, lead="Ma résolution :")
    legal = bp(icls, tx.fixed(LEGAL), LEGAL)
    read = bpa(icls, "À voir aussi :", tx.pool(READ), "/actualite/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (spotted, [0, 1, 2], 0.8),
            (give, [1, 2], 0.75),
            (resol, [0, 2], 0.75),
            (legal, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    publisher = org("Le Journal de Montréal", "https://www.journaldemontreal.com")
    jl = graph(
        news_article(
            headline=headline,
            url=url,
            published=published,
            modified=modified,
            author="Agence QMI",
            publisher=publisher,
            lang="fr-CA",
            section="Actualité",
        ),
        live_posting(
            headline=headline,
            url=url,
            published=published,
            modified=modified,
            start=published,
            publisher=publisher,
            entries=shown,
            lang="fr-CA",
        ),
        {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "name": "Actualité",
                    "item": "https://www.journaldemontreal.com/actualite",
                },
            ],
        },
    )
    main = f"""<div class="jdm-layout">
<main class="jdm-main">
<article class="jdm-article jdm-article--live">
<p class="jdm-article__section">Actualité</p>
<h1 class="jdm-article__titre">{e(headline)}</h1>
<p class="jdm-article__auteur">Agence QMI</p>
<p class="jdm-article__date">Publié le 6 décembre 2026 | Mis à jour à {e(fr(modified))}</p>
<div class="jdm-live__intro">
{intro}
</div>
{ad_slot("jdm-ad", "PUBLICITÉ", "jdm-bigbox-1")}
<div class="jdm-live">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-CA",
        prefix="jdm",
        brand="Le Journal de Montréal",
        url=url,
        title=f"{headline} | JDM",
        sections=["Actualité", "Argent", "Sports", "Spectacles", "Opinions", "Monde"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Le Journal de Montréal, une division de MédiaQMI inc.",
        jsonld=[jl],
        main=main,
        body_cls="jdm article-live",
        cms="arc",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "imazpress-alerte-orange-fortes-pluies-route-du-littoral-basculee-radiers-submerges",
        "Imaz Press Réunion (RE)",
        "fr",
        "updates",
        RET,
        ipr,
    ),
    Site(
        "madagascar-tribune-fortes-pluies-antananarivo-ikopa-en-crue-bas-quartiers-inondes",
        "Madagascar Tribune (MG)",
        "fr",
        "updates",
        EAT,
        tribune,
    ),
    Site(
        "journaldemontreal-en-direct-tempete-de-neige-autoroute-40-fermee-pannes-hydro-quebec",
        "Le Journal de Montréal (CA)",
        "fr",
        "live",
        EST,
        jdm,
    ),
]
