"""French-language publishers: Corse Net Infos (Ajaccio, FR), ONFR (Toronto, CA), Le Matin
(Casablanca, MA)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BOLTS,
    CALLS,
    FLIGHTS,
    FORECAST,
    LEAGUE,
    MARKET,
    NEWS,
    OIL,
    PROMO,
    RAIN,
    READ,
    ROADS,
    TICKER,
    TRAINS,
    TRIAL,
    Texts,
    bp,
    bpa,
    frh,
    graph,
    ld,
    live_posting_ld,
    oil,
    page,
    post,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1
EST = -5

_SUBS = ["Politique", "Économie", "Société", "Culture", "Sport", "Météo", "Opinions", "Santé"]
_FOOT = {
    "À propos": ["Qui sommes-nous", "Contact", "Publicité", "Recrutement", "Infolettres"],
    "Légal": ["Mentions légales", "Confidentialité", "Conditions d'utilisation", "Cookies"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


def fhm(dt: datetime) -> str:
    """'11 h 30' (Canadian French)."""
    return f"{dt.hour} h {dt.minute:02d}"


# ---------------------------------------------------------------------------------------------
# Corse Net Infos (Ajaccio, +01:00), custom. A bold "Le mot de la rédaction :" at the top
# (`editors_note`); two notes at the top of the body under it, newest first, each a body-class
# paragraph with a bold **abbreviated "MAJ 22h40 :"** lead; an unlabelled italic "Dans une
# première version de cet article …" at the very end (`correction`, no label, no time).


def corsenetinfos(ctx: Ctx) -> Render:
    url = "https://www.corsenetinfos.corsica/Tempete-la-RT20-coupee-au-col-de-Vizzavona-les-ferries-restent-a-quai_a81234.html"
    headline = "Tempête : la RT20 coupée au col de Vizzavona, les ferries restent à quai"
    published = at(CET, 6, 18, 5)
    cls = "texte"
    body = [
        "Des rafales dépassant 150 km/h ont balayé la Corse dimanche soir, obligeant la collectivité de Corse à fermer la RT20 entre Vivario et Bocognano.",
        "Météo-France a placé la Haute-Corse et la Corse-du-Sud en vigilance orange vents violents jusqu'à lundi midi.",
        "Plusieurs arbres sont tombés sur la chaussée au col de Vizzavona, où des équipes de la direction des routes tentaient de dégager la voie à la tronçonneuse.",
        "Dans le port d'Ajaccio, les rotations de la Corsica Linea et de La Méridionale ont été annulées et les passagers invités à se présenter lundi matin.",
        "« On n'a jamais vu la mer monter aussi vite sur le quai », raconte un commerçant de la place du Diamant, qui a dû barricader sa vitrine.",
        "La préfecture conseille aux habitants de limiter leurs déplacements et de ne pas s'approcher du littoral.",
    ]
    mot = Block(
        "editors_note",
        "Le mot de la rédaction",
        None,
        None,
        [
            "nos journalistes de Bastia et d'Ajaccio actualisent cet article au fil de la soirée à partir des informations de la préfecture et des secours."
        ],
    )
    mot.html = f'<p class="{cls}"><strong>Le mot de la rédaction :</strong> {e(mot.paras[0])}</p>'

    def stamp(dt: datetime) -> str:
        return f"MAJ {frh(dt)}"

    specs = [
        (
            22,
            40,
            "Les pompiers de Corse-du-Sud sont intervenus pour un toit arraché sur un immeuble du quartier des Salines.",
        ),
        (
            21,
            10,
            "EDF annonce que 6 800 foyers sont privés d'électricité, principalement dans le Cortenais et la Castagniccia.",
        ),
    ]
    notes = [
        Block("update", stamp(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        None,
        [
            "La RT20 a rouvert à la circulation entre Vivario et Bocognano, mais la vitesse reste limitée à 50 km/h au col."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def lead(dt: datetime, text: str) -> str:
        return f'<p class="{cls}"><strong>{e(stamp(dt))} :</strong> {text}</p>'

    for b in shown:
        assert b.ts
        b.html = lead(b.ts, e(b.paras[0]))
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "Dans une première version de cet article, nous indiquions que la RN193 était coupée ; il s'agissait de la RT20 au col de Vizzavona."
        ],
    )
    corr.html = f'<p class="{cls}"><em>{e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published
    pl = {
        "area": "Bastia",
        "airport": "L'aéroport de Bastia-Poretta",
        "district": "En Haute-Corse",
        "square": "place Foch",
        "brand": "CNI",
    }
    tx = Texts(ctx, "fr", pl, sep=" ")

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return W(lead(t, e(text)), [text], kind)

    bolts = fake(tx.counter(BOLTS, 310), BOLTS, 1, 9)
    flights = fake(tx.counter(FLIGHTS, 14), FLIGHTS, 2, 12)
    roads = fake(tx.counter(ROADS, 11), ROADS, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (bolts, list(range(0, n + 1)), 0.85),
            (flights, list(range(0, n + 1)), 0.8),
            (roads, [0, n], 0.8),
        ],
    )
    brent = bp(cls, oil(tx, ","), OIL, lead=f"Pétrole ({frh(ctx.ago(2, 9))}) :")
    fore = bp(cls, tx.pool(FORECAST), FORECAST, lead="Météo de demain :")
    league = bp(cls, tx.pool(LEAGUE), LEAGUE, lead="Football :")
    read = bpa(cls, "À lire aussi :", tx.pool(READ), "/Societe_r3.html", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Contenu sponsorisé –", tag="em")
    market = bp(cls, tx.fixed(MARKET), MARKET)
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead="En bref :")
    trial = bp(cls, tx.fixed(TRIAL), TRIAL)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [mot.html, notes_html, *(_p(cls, p) for p in body), corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (brent, [3, 5, 7], 0.8),
            (fore, [4, 6, k], 0.8),
            (league, [3, 7, k], 0.75),
            (read, [2, 4, 6], 0.8),
            (promo, [2, 5, k], 0.7),
            (market, [4, k], 0.75),
            (tick, [3, 6, 8], 0.8),
            (trial, [5, k], 0.75),
            (news, [6, k], 0.75),
        ],
    )
    main = f"""<div id="contenu">
<article class="article">
<div class="rubrique"><a href="/Societe_r3.html">Société</a></div>
<h1 class="titre">{e(headline)}</h1>
<div class="auteur">Rédaction CNI le Dimanche 6 Décembre 2026 à 18:05</div>
<div class="photo"><img src="/photo/art/grande/81234-tempete-vizzavona.jpg" alt="" loading="lazy"><div class="legende">Un arbre couché sur la RT20 au col de Vizzavona (Photo CNI)</div></div>
<div class="contenu">
{story}
</div>
</article>
<div id="colonne">{ad_slot("cni-ad", "Publicité", "cni-pave-1")}</div>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="cni",
        brand="Corse Net Infos",
        url=url,
        title=f"{headline} | Corse Net Infos - Pure player corse",
        sections=["Politique", "Société", "Économie", "Culture", "Sport", "Faits divers", "Vidéos"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Corse Net Infos",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Rédaction CNI",
                    publisher=org("Corse Net Infos", "https://www.corsenetinfos.corsica"),
                    lang="fr",
                    section="Société",
                )
            )
        ],
        main=main,
        body_cls="article-page",
    )
    return Render(html, body, [mot, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# ONFR (Toronto, -05:00; the fetches run from 17 h to 18 h on Sunday 6 December), custom, live,
# **oldest first**; each entry an `<li>` in an `<ol>` with microdata `liveBlogUpdate`, a
# `<time itemprop="datePublished">` that prints "Le 6 décembre à 11 h 30", then an `<h3>` (two
# without) and the text; the JSON-LD is only a `NewsArticle`.


def onfr(ctx: Ctx) -> Render:
    url = "https://onfr.tfo.org/en-direct-tempete-de-verglas-ottawa-est-ontarien-pannes/"
    headline = "EN DIRECT – Tempête de verglas : l'Est ontarien dans le noir, Ottawa paralysée"
    published = at(EST, 6, 10, 45)
    body = [
        "Une tempête de verglas frappe l'Est ontarien depuis dimanche matin, privant d'électricité des dizaines de milliers de foyers d'Ottawa à Hawkesbury.",
        "ONFR suit en direct les pannes, les fermetures et les consignes des autorités tout au long de la journée.",
    ]

    def clock(dt: datetime) -> str:
        return f"Le {dt.day} décembre à {fhm(dt)}"

    specs = [
        (
            11,
            30,
            "Avertissement de pluie verglaçante",
            [
                "Environnement Canada maintient un avertissement de pluie verglaçante pour Ottawa, Prescott-Russell et Cornwall jusqu'à lundi matin."
            ],
        ),
        (
            12,
            45,
            None,
            [
                "Hydro Ottawa rapporte 38 000 clients sans électricité, surtout à Orléans et dans le secteur de Cumberland."
            ],
        ),
        (
            13,
            50,
            "Écoles fermées lundi",
            [
                "Le Conseil des écoles catholiques du Centre-Est et le Conseil des écoles publiques de l'Est de l'Ontario ferment toutes leurs écoles lundi.",
                "Les cours en ligne sont aussi annulés pour la journée.",
            ],
        ),
        (
            14,
            40,
            "L'autoroute 417 fermée vers l'est",
            [
                "La Police provinciale de l'Ontario a fermé l'autoroute 417 en direction est entre Orléans et Casselman après plusieurs sorties de route."
            ],
        ),
        (
            15,
            35,
            None,
            [
                "La Ville de Clarence-Rockland ouvre un centre de réchauffement à l'aréna Jean-Marc Lalonde pour les résidents privés de chauffage."
            ],
        ),
        (
            16,
            50,
            "OC Transpo réduit son service",
            [
                "OC Transpo suspend plusieurs circuits d'autobus dans l'est de la ville et demande aux usagers de prévoir des retards importants."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(EST, 6, h, m)), at(EST, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(EST, 6, 17, 53)),
        at(EST, 6, 17, 53),
        "Hawkesbury déclare l'état d'urgence",
        [
            "Le maire de Hawkesbury a déclaré l'état d'urgence municipale et demande aux résidents de rester chez eux toute la nuit."
        ],
    )
    shown = [*entries, *([genuine] if ctx.n == 6 else [])]

    def entry(dt: datetime, head: str | None, paras: list[str], micro: bool = True) -> str:
        hd = (
            f'<h3 class="direct__titre"{" itemprop=headline" if micro else ""}>{e(head)}</h3>'
            if head
            else ""
        )
        body_attr = ' itemprop="articleBody"' if micro else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        li_attr = (
            ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            if micro
            else ""
        )
        time_attr = ' itemprop="datePublished"' if micro else ""
        return (
            f'<li class="direct__item"{li_attr}><time{time_attr} datetime="{dt.isoformat()}">{e(clock(dt))}</time>'
            f'{hd}<div class="direct__texte"{body_attr}>{text}</div></li>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "rail": "VIA Rail",
        "airport": "L'aéroport international d'Ottawa",
        "fire": "Le Service des incendies d'Ottawa",
        "brand": "ONFR",
    }
    tx = Texts(ctx, "fr", pl, sep=" ")

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, title, [text], micro=False), [title, text], kind, [clock(t)])

    trains = fake("Trains annulés dans le corridor", tx.counter(TRAINS, 22), TRAINS)
    calls = fake("Pompiers débordés", tx.counter(CALLS, 260), CALLS)
    flights = fake("À l'aéroport", tx.counter(FLIGHTS, 31), FLIGHTS)
    league = fake("Du côté des sports", tx.pool(LEAGUE), LEAGUE)
    tick = fake("Ailleurs en Ontario", tx.pool(TICKER) + ".", TICKER)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (trains, list(range(0, n + 1)), 0.8),
            (calls, [1, 3, 5, n], 0.85),
            (flights, [0, 2, 4], 0.8),
            (league, [2, 4, n], 0.75),
            (tick, [1, 3, n], 0.8),
        ],
    )
    icls = "chapeau"
    fore = bp(icls, tx.pool(FORECAST), FORECAST, lead="Météo de demain :")
    read = bpa(icls, "Lire aussi :", tx.pool(READ), "/actualites/", READ)
    promo = bp(icls, tx.pool(PROMO), PROMO, lead="Contenu commandité :", tag="em")
    brent = bp(icls, oil(tx, ","), OIL, lead=f"Marchés ({fhm(ctx.ago(2, 9))}) :")
    trial = bp(icls, tx.fixed(TRIAL), TRIAL)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (fore, [0, 1, 2], 0.8),
            (read, [1, 2], 0.8),
            (promo, [1, 2], 0.7),
            (brent, [0, 2], 0.8),
            (trial, [2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    main = f"""<main class="onfr-main">
<article class="onfr-article">
<p class="onfr-article__categorie">Actualités</p>
<h1 class="onfr-article__titre">{e(headline)}</h1>
<p class="onfr-article__auteur">Par Rédaction ONFR · Publié le 6 décembre 2026</p>
<div class="onfr-article__intro">
{intro}
</div>
{ad_slot("onfr-ad", "Publicité", "onfr-bigbox-1")}
<ol class="direct" itemscope itemtype="https://schema.org/LiveBlogPosting">
{feed}
</ol>
</article>
</main>"""
    html = page(
        ctx,
        lang="fr-CA",
        prefix="onfr",
        brand="ONFR",
        url=url,
        title=f"{headline} - ONFR",
        sections=["Actualités", "Politique", "Éducation", "Culture", "Franco-Ontariens", "Sports"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Groupe Média TFO. Tous droits réservés.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Rédaction ONFR",
                    publisher=org("ONFR", "https://onfr.tfo.org"),
                    lang="fr",
                    section="Actualités",
                )
            )
        ],
        main=main,
        body_cls="onfr single-direct",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Le Matin (Casablanca, +01:00), custom, live, newest first under a pinned "Le point de la
# situation" entry (20h00); each entry a `<div class="direct-post">` with a `<time>` that prints
# a **dotted numeric date, a dash and the clock**, "06.12.2026 - 22h45", above an `<h2>` (two
# without); `@graph` of the `NewsArticle` and a `LiveBlogPosting` whose updates carry `url`
# anchors.


def lematin(ctx: Ctx) -> Render:
    url = "https://lematin.ma/societe/direct-inondations-tetouan-oued-martil-deborde/312345"
    headline = "Direct – Inondations à Tétouan : l'oued Martil déborde, la route de Tanger coupée"
    published = at(CET, 6, 19, 30)
    body = [
        "Des pluies torrentielles s'abattent depuis l'après-midi sur la région de Tanger-Tétouan-Al Hoceima, où l'oued Martil est sorti de son lit à plusieurs endroits.",
        "Le Matin suit l'évolution de la situation en direct, avec les informations des autorités locales et de la Protection civile.",
    ]

    def clock(dt: datetime) -> str:
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year} - {dt.hour:02d}h{dt.minute:02d}"

    pin = Block(
        "live_entry",
        clock(at(CET, 6, 20, 0)),
        at(CET, 6, 20, 0),
        "Le point de la situation",
        [
            "Les autorités ont évacué plusieurs quartiers bas de Martil et de M'diq ; la route nationale entre Tétouan et Tanger reste fermée."
        ],
    )
    specs = [
        (
            22,
            45,
            "La Protection civile évacue des familles à M'diq",
            [
                "Des équipes de la Protection civile ont évacué une quarantaine de familles du quartier de Rmilat à M'diq, encerclé par les eaux."
            ],
        ),
        (
            22,
            10,
            None,
            [
                "La direction provinciale de l'Équipement annonce la fermeture de la route reliant Tétouan à Chefchaouen à cause d'un glissement de terrain."
            ],
        ),
        (
            21,
            30,
            "Les cours suspendus lundi",
            [
                "L'Académie régionale d'éducation et de formation suspend les cours dans tous les établissements de Tétouan et de M'diq-Fnideq lundi.",
                "Les examens prévus seront reprogrammés.",
            ],
        ),
        (
            20,
            50,
            "Le barrage Nakhla à 96 %",
            [
                "Le taux de remplissage du barrage Nakhla atteint 96 %, selon l'Agence du bassin hydraulique du Loukkos, qui prévoit des lâchers d'eau."
            ],
        ),
        (
            20,
            20,
            None,
            [
                "La wilaya de Tétouan a mis en place une cellule de crise et appelle les habitants à éviter les berges de l'oued."
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
        "Martil : le niveau de l'oued baisse",
        [
            "Les relevés de l'Agence du bassin montrent une baisse du niveau de l'oued Martil depuis une heure, mais l'alerte n'est pas levée."
        ],
    )
    shown = [pin, *([genuine] if ctx.n == 6 else []), *entries]

    def entry(dt: datetime, head: str | None, paras: list[str], anchor: str) -> str:
        hd = f'<h2 class="direct-post__title">{e(head)}</h2>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="direct-post" id="{anchor}"><time class="direct-post__time" datetime="{dt.isoformat()}">'
            f'{e(clock(dt))}</time>{hd}<div class="direct-post__text">{text}</div></div>'
        )

    for i, b in enumerate(shown):
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras, f"post-{i + 1}")
    pin.html = pin.html.replace('class="direct-post"', 'class="direct-post is-pinned"', 1)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "station": "La station de Chefchaouen",
        "area": "Tanger",
        "rail": "L'ONCF",
        "district": "Province de Larache",
        "brand": "Le Matin",
    }
    tx = Texts(ctx, "fr", pl, sep=" ")

    def fake(title: str, text: str, kind: str, n: int, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, title, [text], f"lm-{n}"), [title, text], kind, [clock(t)])

    rain = fake("Pluviométrie dans le Rif", tx.counter(RAIN, 84), RAIN, 1)
    bolts = fake("Orages sur le détroit", tx.counter(BOLTS, 260), BOLTS, 2)
    roads = fake("Routes coupées plus au sud", tx.counter(ROADS, 8), ROADS, 3)
    trains = fake("Trafic ferroviaire perturbé", tx.counter(TRAINS, 11), TRAINS, 4)
    promo = fake("Annonce de notre partenaire", tx.pool(PROMO), PROMO, 5)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (rain, list(range(0, n + 1)), 0.85),
            (bolts, [1, 3, 5, n], 0.8),
            (roads, [0, 2, 4], 0.8),
            (trains, [2, 4, n], 0.8),
            (promo, [1, 3, n], 0.7),
        ],
    )
    icls = "article-chapo"
    brent = bp(icls, oil(tx, ","), OIL, lead=f"Brent ({frh(ctx.ago(2, 9))}) :")
    fore = bp(icls, tx.pool(FORECAST), FORECAST, lead="Prévisions :")
    league = bp(icls, tx.pool(LEAGUE), LEAGUE, lead="Sport :")
    read = bpa(icls, "Lire également :", tx.pool(READ), "/societe/", READ)
    tick = bp(icls, tx.pool(TICKER) + ".", TICKER, lead="Dernières infos :")
    trial = bp(icls, tx.fixed(TRIAL), TRIAL)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (brent, [0, 1, 2], 0.8),
            (fore, [1, 2], 0.8),
            (league, [0, 2], 0.75),
            (read, [1, 2], 0.8),
            (tick, [0, 1], 0.8),
            (trial, [2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    posting = live_posting_ld(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        publisher={"@id": "https://lematin.ma/#publisher"},
        entries=shown,
        lang="fr",
    )
    for i, upd in enumerate(posting["liveBlogUpdate"]):
        upd["url"] = f"{url}#post-{i + 1}"
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Le Matin",
        publisher={"@id": "https://lematin.ma/#publisher"},
        lang="fr",
        section="Société",
    )
    main = f"""<div class="main-container">
<article class="article-single">
<span class="live-label">En direct</span>
<h1 class="article-title">{e(headline)}</h1>
<div class="article-info"><span class="author">Le Matin</span> <span class="date">06 Décembre 2026 à 19:30</span></div>
<div class="article-intro">
{intro}
</div>
{ad_slot("lm-ad", "Publicité", "lm-inread-1")}
<div class="direct-feed">
{feed}
</div>
</article>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="lm",
        brand="Le Matin",
        url=url,
        title=f"{headline} | Le Matin.ma",
        sections=["Nation", "Économie", "Société", "Monde", "Sports", "Culture", "Régions"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Le Matin. Tous droits réservés.",
        jsonld=[
            graph(
                {
                    "@type": "NewsMediaOrganization",
                    "@id": "https://lematin.ma/#publisher",
                    "name": "Le Matin",
                },
                article,
                posting,
            )
        ],
        main=main,
        body_cls="lm-direct",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "corsenetinfos-tempete-la-rt20-coupee-au-col-de-vizzavona-les-ferries-restent-a-quai",
        "Corse Net Infos (FR)",
        "fr",
        "updates",
        CET,
        corsenetinfos,
    ),
    Site(
        "onfr-direct-tempete-de-verglas-l-est-ontarien-dans-le-noir-ottawa-paralysee",
        "ONFR (CA)",
        "fr",
        "live",
        EST,
        onfr,
    ),
    Site(
        "lematin-direct-inondations-a-tetouan-l-oued-martil-deborde-route-de-tanger-coupee",
        "Le Matin (MA)",
        "fr",
        "live",
        CET,
        lematin,
    ),
]
