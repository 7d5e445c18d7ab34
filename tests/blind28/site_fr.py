"""French-language publishers: Métro (Montréal, CA), Ici Beyrouth (Beirut, LB), Linfo.re
(Saint-Denis, RE)."""

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
    PRAYER,
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
    fr,
    frh,
    graph,
    hm,
    ld,
    live_posting_ld,
    page,
    post,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

EST = -5
EET = 2
RET = 4

_SUBS = ["Politique", "Économie", "Société", "Culture", "Sports", "Météo", "Transports", "Opinions"]
_FOOT = {
    "À propos": ["Qui sommes-nous", "Nous joindre", "Publicité", "Carrières", "Infolettres"],
    "Légal": ["Confidentialité", "Conditions d'utilisation", "Témoins", "Mentions légales"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


def _hmin(h: int, m: int) -> str:
    return f"{h} h {m:02d} min" if h else f"{m} min"


# ---------------------------------------------------------------------------------------------
# Métro (Montréal, -05:00; the fetches run from 5pm to 6pm on Sunday 6 December), WordPress-like.
# Notes at the top, newest first, each a body-class paragraph with the bold Quebec lead "En date de
# 16 h 40 :"; a "Note éditoriale" box beside the body with an `<h3>` label (`editors_note`); an
# italic "Éclaircissement :" at the end (`clarification`).


def journalmetro(ctx: Ctx) -> Render:
    url = "https://journalmetro.com/actualites/montreal/3218874/pluie-verglacante-autoroute-40-fermee-pointe-claire-rem/"
    headline = "Pluie verglaçante: l'autoroute 40 fermée à Pointe-Claire, le REM perturbé"
    published = at(EST, 6, 12, 15)
    cls = "article-content__text"
    body = [
        "La pluie verglaçante qui s'abat sur le Grand Montréal depuis la fin de la matinée a forcé la fermeture de l'autoroute 40 en direction est à la hauteur du boulevard Saint-Jean, à Pointe-Claire.",
        "Environnement Canada maintient son avertissement de pluie verglaçante pour l'île de Montréal et Laval jusqu'à lundi matin.",
        "Le Réseau express métropolitain circule à fréquence réduite entre les stations Du Ruisseau et Brossard en raison du givre sur les caténaires.",
        "« On a mis une heure à faire trois kilomètres, les voitures glissaient dans la bretelle », a raconté une automobiliste jointe par Métro.",
        "Hydro-Québec rapportait en fin d'après-midi près de 40 000 clients privés d'électricité, surtout dans l'Ouest-de-l'Île.",
        "Le Service de police de la Ville de Montréal demande aux automobilistes de réduire leur vitesse et de garder leurs distances.",
    ]

    def label(dt: datetime) -> str:
        return f"En date de {fr(dt)}"

    specs = [
        (
            16,
            40,
            "Le ministère des Transports indique que la fermeture de l'autoroute 40 durera au moins jusqu'à 19 h, le temps d'épandre des abrasifs.",
        ),
        (
            15,
            25,
            "Un carambolage impliquant six véhicules est survenu sur la bretelle de l'autoroute 13 ; aucun blessé grave n'est signalé.",
        ),
    ]
    notes = [
        Block("update", label(at(EST, 6, h, m)), at(EST, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(EST, 6, 17, 53)),
        at(EST, 6, 17, 53),
        None,
        [
            "Le REM reprend son horaire normal entre Du Ruisseau et Brossard, annonce CDPQ Infra ; les navettes d'autobus sont retirées."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")} :</strong> {e(b.paras[0])}</p>'
    note = Block(
        "editors_note",
        "Note éditoriale",
        None,
        None,
        [
            "Les informations sur les pannes proviennent du site d'Hydro-Québec et sont mises à jour par la salle de rédaction toutes les heures."
        ],
    )

    def sidebox(title: str, text: str) -> str:
        return f'<div class="sidebar-box"><h3 class="sidebar-box__title">{e(title)}</h3><p class="{cls}">{e(text)}</p></div>'

    note.html = sidebox("Note éditoriale", note.paras[0])
    clar = Block(
        "clarification",
        "Éclaircissement",
        None,
        None,
        [
            "La bretelle mentionnée plus haut relie l'autoroute 13 à l'autoroute 40 ; il ne s'agit pas de l'échangeur Décarie."
        ],
    )
    clar.html = f'<p class="{cls}"><em>Éclaircissement : {e(clar.paras[0])}</em></p>'
    modified = shown[0].ts or published
    pl = {
        "author": "Zacharie Goudreault",
        "stream": "En direct de l'hôtel de ville: le point de presse de la mairesse",
        "jam": "Autoroute 15 en direction sud à Laval",
        "toys": "L'Opération Père Noël de Montréal",
        "brand": "Métro",
    }
    tx = Texts(ctx, "fr", pl, sep="\xa0")

    def dated(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp(cls, text, kind, lead=f"{word}, en date de {fr(t)} :")

    jam = dated("Circulation", tx.counter(JAM, 5), JAM, 1, 9)
    tick = dated("Ailleurs", tx.pool(TICKER) + ".", TICKER, 2, 14)
    toys = dated("Collecte de jouets", tx.counter(TOYS, 2110), TOYS, 3, 12)
    follow = bp(cls, tx.counter(FOLLOW, 1830), FOLLOW)
    photo = bp(cls, tx.pool(PHOTO), PHOTO, lead="Photo de lecteur :", tag="em")
    read = bpa(cls, "À lire aussi :", tx.pool(READ), "/actualites/montreal/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Contenu commandité –", tag="em")
    push = bp(cls, tx.fixed(PUSH), PUSH)
    hiring = bp(cls, tx.fixed(HIRING), HIRING)
    gift = bp(cls, tx.fixed(GIFT), GIFT)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    nb = len(shown)
    units = [b.html for b in shown] + [_p(cls, p) for p in body] + [clar.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (jam, list(range(0, nb + 1)), 0.85),
            (tick, list(range(0, nb + 1)), 0.8),
            (toys, [0, nb, nb + 2], 0.8),
            (follow, [nb + 1, k], 0.75),
            (photo, [nb + 3, nb + 5, k], 0.75),
            (read, [nb + 2, nb + 3, nb + 5], 0.8),
            (promo, [nb + 1, nb + 4, k], 0.7),
            (push, [0, k - 1, k], 0.7),
            (hiring, [k - 1, k], 0.7),
            (gift, [nb + 4, k], 0.75),
            (news, [nb + 2, k], 0.75),
        ],
    )

    def sideitem(title: str, text: str, kind: str) -> W:
        return post(sidebox(title, text), [text], kind, [title])

    stream = sideitem("En direct", tx.counter(STREAM, 890), STREAM)
    survey = sideitem("Sondage", tx.fixed(SURVEY), SURVEY)
    aside = weave(ctx, [note.html], [(stream, [0, 1], 0.8), (survey, [0, 1], 0.75)])
    main = f"""<div class="site-container">
<main class="site-main">
<article class="article">
<header class="article-header">
<a class="article-header__category" href="/actualites/montreal/">Montréal</a>
<h1 class="article-header__title">{e(headline)}</h1>
<div class="article-header__meta"><span class="author">Zacharie Goudreault</span> <time datetime="{published.isoformat()}">6 décembre 2026 à 12h15</time> <span class="updated">Mis à jour à {e(frh(modified))}</span></div>
</header>
<figure class="article-figure"><img src="/wp-content/uploads/sites/2/2026/12/verglas-a40.jpg" alt="" loading="lazy"><figcaption>Une déneigeuse sur l'autoroute 40 à Pointe-Claire. Photo: Josie Desmarais/Métro</figcaption></figure>
<div class="article-content">
{story}
</div>
</article>
<aside class="article-sidebar">
{aside}
{ad_slot("metro-ad", "Publicité", "metro-bigbox-1")}
</aside>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-CA",
        prefix="metro",
        brand="Métro",
        url=url,
        title=f"{headline} | Métro",
        sections=["Actualités", "Montréal", "Culture", "Art de vivre", "Opinions", "Sports"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Métro Média. Tous droits réservés.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Zacharie Goudreault",
                    publisher=org("Métro", "https://journalmetro.com"),
                    lang="fr-CA",
                    section="Montréal",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [*shown, clar, note], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Ici Beyrouth (Beirut, +02:00; the fetches run from midnight to 1am on Monday 7 December),
# WordPress-like, live, newest first (the genuine post falls after local midnight); each post an `<h3>` (two without) and
# its text, the clock **last**, in a `<footer>` "Publié à 23h10"; microdata `liveBlogUpdate`
# whose `<time itemprop="datePublished">` holds only the clock; the JSON-LD is only a
# `NewsArticle`.


def icibeyrouth(ctx: Ctx) -> Render:
    url = "https://icibeyrouth.com/articles/1394425/direct-tempete-autoroute-beyrouth-damas-coupee-a-dahr-el-baydar"
    headline = (
        "Direct – Tempête : l'autoroute Beyrouth-Damas coupée à Dahr el-Baydar, Jounieh inondée"
    )
    published = at(EET, 6, 19, 0)
    body = [
        "Une tempête accompagnée de neige en altitude et de pluies torrentielles sur le littoral frappe le Liban depuis dimanche après-midi. L'autoroute Beyrouth-Damas est coupée au niveau de Dahr el-Baydar.",
        "Suivez l'évolution de la situation en direct.",
    ]
    specs = [
        (
            6,
            23,
            55,
            "La Croix-Rouge évacue des familles",
            [
                "La Croix-Rouge libanaise a évacué onze familles de tentes inondées dans la plaine de la Békaa, près de Bar Élias."
            ],
        ),
        (
            6,
            23,
            10,
            None,
            [
                "Les Forces de sécurité intérieure annoncent que la route de Tarchich est elle aussi fermée en raison de l'accumulation de neige."
            ],
        ),
        (
            6,
            22,
            50,
            "Jounieh sous les eaux",
            [
                "Plusieurs rues du centre de Jounieh sont inondées et des voitures ont été emportées vers le port.",
                "La municipalité demande aux habitants de ne pas descendre dans les parkings souterrains.",
            ],
        ),
        (
            6,
            21,
            35,
            "Écoles fermées lundi au Mont-Liban",
            [
                "Le ministère de l'Éducation annonce la fermeture des écoles publiques et privées du Mont-Liban et de la Békaa lundi."
            ],
        ),
        (
            6,
            20,
            15,
            None,
            [
                "Le service météorologique de l'aéroport de Beyrouth prévoit de la neige à partir de 1 200 mètres d'altitude jusqu'à mardi."
            ],
        ),
        (
            6,
            19,
            20,
            "Dahr el-Baydar fermé",
            [
                "L'armée a fermé l'autoroute Beyrouth-Damas à Dahr el-Baydar après que des dizaines de véhicules sont restés bloqués dans la neige."
            ],
        ),
    ]
    entries = [
        Block("live_entry", frh(at(EET, d, h, m)), at(EET, d, h, m), hd, ps)
        for d, h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        frh(at(EET, 7, 0, 53)),
        at(EET, 7, 0, 53),
        "Chasse-neige sur la route de Dahr el-Baydar",
        [
            "Les engins du ministère des Travaux publics dégagent une voie à Dahr el-Baydar ; la réouverture est espérée à l'aube."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(dt: datetime, clock: str, head: str | None, paras: list[str], micro: bool) -> str:
        ip = ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
        hprop = ' itemprop="headline"' if micro else ""
        tprop = ' itemprop="datePublished"' if micro else ""
        hd = f'<h3 class="ib-live__title"{hprop}>{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="ib-live__post"{ip if micro else ""}>{hd}<div class="ib-live__content">{text}</div>'
            f'<footer class="ib-live__meta">Publié à <time{tprop} datetime="{dt.isoformat()}">{e(clock)}</time></footer></div>'
        )

    for b in shown:
        b.html = entry(b.ts or published, b.label or "", b.head, b.paras, True)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "gold": "Or 24 carats chez les bijoutiers de Bourj Hammoud",
        "unit": "dollars les 10 grammes",
        "prayer": "Prière de l'aube à Beyrouth",
        "author": "Jeanine Jalkh",
        "stream": "Le Parlement en direct : séance consacrée au budget",
        "jam": "Autoroute du Sud à Khaldé",
        "brand": "Ici Beyrouth",
    }
    tx = Texts(ctx, "fr", pl, sep="\xa0")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 18) -> W:
        t = ctx.ago(lo, hi)
        html = entry(t, frh(t), title, [text], False)
        return post(html, ([title] if title else []) + [text], kind, [f"Publié à {frh(t)}"])

    gold = fake("Le cours de l'or ce soir", tx.counter(GOLD, 874), GOLD)
    prayer = fake(None, tx.until(PRAYER, at(EET, 7, 5, 12), _hmin), PRAYER)
    jam = fake("Circulation sur le littoral", tx.counter(JAM, 4), JAM)
    tick = fake("Ailleurs au Liban", tx.pool(TICKER), TICKER)
    stream = fake("À suivre en vidéo", tx.counter(STREAM, 1300), STREAM)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (gold, list(range(0, n + 1)), 0.85),
            (prayer, list(range(1, n + 1)), 0.8),
            (jam, [0, 2, 4, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
            (stream, [0, 2, 4], 0.75),
        ],
    )
    icls = "ib-article__chapo"
    follow = bp(icls, tx.counter(FOLLOW, 2760), FOLLOW)
    photo = bp(icls, tx.pool(PHOTO), PHOTO, lead="L'image du jour :", tag="em")
    read = bpa(icls, "Lire aussi :", tx.pool(READ), "/categories/liban/", READ)
    promo = bp(icls, tx.pool(PROMO), PROMO, lead="Sponsorisé –", tag="em")
    push = bp(icls, tx.fixed(PUSH), PUSH)
    survey = bp(icls, tx.fixed(SURVEY), SURVEY)
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
            (news, [1, 2], 0.75),
        ],
    )
    main = f"""<div class="ib-container">
<main class="ib-main">
<article class="ib-article">
<p class="ib-article__rubrique"><a href="/categories/liban/">Liban</a></p>
<h1 class="ib-article__titre">{e(headline)}</h1>
<p class="ib-article__auteur">Par Jeanine Jalkh · 6 décembre 2026 · Dernière mise à jour : {e(frh(modified))}</p>
<div class="ib-article__intro">
{intro}
</div>
{ad_slot("ib-ad", "Publicité", "ib-pave-1")}
<div class="ib-live" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="headline" content="{e(headline)}">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="ib",
        brand="Ici Beyrouth",
        url=url,
        title=f"{headline} - Ici Beyrouth",
        sections=["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Ici Beyrouth. Tous droits réservés.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Jeanine Jalkh",
                    publisher=org("Ici Beyrouth", "https://icibeyrouth.com"),
                    lang="fr",
                    section="Liban",
                )
            )
        ],
        main=main,
        body_cls="single single-post ib-direct",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Linfo.re (Saint-Denis, +04:00; the fetches run from 2am to 3am on Monday 7 December), custom,
# live: a pinned "À retenir" entry (20:00) on top, then entries oldest first across local midnight,
# each a `<span>` "01:15" + `<h3>` (two without); a `@graph` of the `NewsArticle` and a
# `LiveBlogPosting` whose updates are typed `NewsArticle` and carry `dateModified` too.


def linfo(ctx: Ctx) -> Render:
    url = "https://www.linfo.re/la-reunion/faits-divers/direct-fortes-pluies-route-du-littoral-basculee-radiers-submerges"
    headline = (
        "DIRECT - Fortes pluies : la route du Littoral basculée, les radiers submergés dans l'Ouest"
    )
    published = at(RET, 6, 19, 30)
    body = [
        "De fortes pluies orageuses s'abattent sur La Réunion depuis dimanche soir. La route du Littoral est basculée sur une voie dans chaque sens et plusieurs radiers de l'Ouest sont submergés.",
        "Retrouvez toutes les informations dans notre direct.",
    ]
    pinned = Block(
        "live_entry",
        hm(at(RET, 6, 20, 0)),
        at(RET, 6, 20, 0),
        "À retenir",
        [
            "Vigilance orange fortes pluies et orages sur l'ensemble de l'île, circulation basculée sur la route du Littoral, radiers du Ouaki et de Saint-Gilles fermés."
        ],
    )
    specs = [
        (
            6,
            21,
            10,
            "Le radier du Ouaki fermé",
            [
                "La mairie de Saint-Paul ferme le radier du Ouaki, submergé par la ravine Saint-Gilles en crue."
            ],
        ),
        (
            6,
            22,
            25,
            None,
            [
                "Météo-France relève 95 millimètres de pluie en trois heures à Saint-Paul et 70 à La Possession."
            ],
        ),
        (
            6,
            23,
            40,
            "Éboulis sur la route du Littoral",
            [
                "Des blocs se sont détachés de la falaise au niveau de la Grande Chaloupe.",
                "La Région maintient le basculement de la circulation côté mer, avec une voie dans chaque sens.",
            ],
        ),
        (
            7,
            0,
            50,
            "Des familles hébergées à La Possession",
            [
                "La commune de La Possession ouvre le gymnase Jean-Paul-Bertile pour une dizaine de familles de la ravine à Marquet."
            ],
        ),
        (
            7,
            1,
            35,
            None,
            [
                "Les pompiers ont effectué une vingtaine d'interventions pour des inondations de maisons et de caves dans l'Ouest."
            ],
        ),
    ]
    entries = [
        Block("live_entry", hm(at(RET, d, h, m)), at(RET, d, h, m), hd, ps)
        for d, h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        hm(at(RET, 7, 2, 54)),
        at(RET, 7, 2, 54),
        "Le radier de Saint-Gilles rouvert",
        [
            "L'eau a baissé : la mairie de Saint-Paul rouvre le radier de Saint-Gilles, celui du Ouaki reste fermé jusqu'au lever du jour."
        ],
    )
    shown = [pinned, *entries] + ([genuine] if ctx.n == 6 else [])

    def entry(clock: str, head: str | None, paras: list[str], *, pin: bool = False) -> str:
        badge = '<span class="linfo-direct__pin">Épinglé</span>' if pin else ""
        hd = f'<h3 class="linfo-direct__titre">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="linfo-direct__item">{badge}<span class="linfo-direct__heure">{e(clock)}</span>'
            f'{hd}<div class="linfo-direct__texte">{text}</div></div>'
        )

    for b in shown:
        b.html = entry(b.label or "", b.head, b.paras, pin=b is pinned)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "author": "la rédaction de Linfo.re",
        "stream": "Antenne Réunion en direct : le point de la préfecture",
        "jam": "Route des Tamarins en direction du Sud à Saint-Leu",
        "toys": "L'opération Noël solidaire d'Antenne Réunion",
        "brand": "Linfo.re",
    }
    tx = Texts(ctx, "fr", pl, sep="\xa0")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 18) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(hm(t), title, [text]), ([title] if title else []) + [text], kind, [hm(t)])

    jam = fake("Trafic ailleurs sur l'île", tx.counter(JAM, 3), JAM)
    tick = fake("Ailleurs à La Réunion", tx.pool(TICKER), TICKER)
    toys = fake(None, tx.counter(TOYS, 3920), TOYS)
    stream = fake("Le direct vidéo", tx.counter(STREAM, 2150), STREAM)
    promo = fake("Contenu sponsorisé", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (jam, list(range(1, n + 1)), 0.85),
            (tick, [0, 1, 3, 5, n], 0.8),
            (toys, [1, 2, 4, n], 0.8),
            (stream, [0, 2, 4], 0.75),
            (promo, [1, 3, n], 0.7),
        ],
    )
    icls = "linfo-article__chapo"
    follow = bp(icls, tx.counter(FOLLOW, 5100), FOLLOW)
    photo = bp(icls, tx.pool(PHOTO), PHOTO, lead="Photo lecteur :", tag="em")
    read = bpa(icls, "À LIRE AUSSI >", tx.pool(READ), "/la-reunion/", READ)
    push = bp(icls, tx.fixed(PUSH), PUSH)
    hiring = bp(icls, tx.fixed(HIRING), HIRING)
    gift = bp(icls, tx.fixed(GIFT), GIFT)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (follow, [0, 2], 0.75),
            (photo, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (push, [0, 2], 0.7),
            (hiring, [2], 0.7),
            (gift, [0, 1], 0.7),
            (news, [1, 2], 0.75),
        ],
    )
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Linfo.re",
        publisher=org("Linfo.re", "https://www.linfo.re"),
        lang="fr",
        section="Faits divers",
    )
    posting = live_posting_ld(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        publisher=org("Linfo.re", "https://www.linfo.re"),
        entries=shown,
        lang="fr",
        update_type="NewsArticle",
        modified_too=True,
    )
    main = f"""<div class="linfo-page">
<main class="linfo-main">
<article class="linfo-article linfo-article--direct">
<span class="linfo-direct-badge">DIRECT</span>
<h1 class="linfo-article__titre">{e(headline)}</h1>
<p class="linfo-article__date">Publié le 6 décembre 2026 à 19:30 · Mis à jour à {e(hm(modified))}</p>
<div class="linfo-article__intro">
{intro}
</div>
{ad_slot("linfo-ad", "Publicité", "linfo-pave-1")}
<div class="linfo-direct">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="linfo",
        brand="Linfo.re",
        url=url,
        title=f"{headline} - Linfo.re",
        sections=["La Réunion", "Océan Indien", "France", "Monde", "Sport", "Météo"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Linfo.re – Antenne Réunion",
        jsonld=[graph(article, posting)],
        main=main,
        body_cls="linfo article-direct",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "journalmetro-pluie-verglacante-autoroute-40-fermee-a-pointe-claire-rem-perturbe",
        "Métro (CA)",
        "fr",
        "updates",
        EST,
        journalmetro,
    ),
    Site(
        "icibeyrouth-direct-tempete-autoroute-beyrouth-damas-coupee-a-dahr-el-baydar-jounieh-inondee",
        "Ici Beyrouth (LB)",
        "fr",
        "live",
        EET,
        icibeyrouth,
    ),
    Site(
        "linfo-direct-fortes-pluies-route-du-littoral-basculee-radiers-submerges-dans-l-ouest",
        "Linfo.re (RE)",
        "fr",
        "live",
        RET,
        linfo,
    ),
]
