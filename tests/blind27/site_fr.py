"""French-language publishers: RCI (Fort-de-France, Martinique), Midi Madagasikara
(Antananarivo, Madagascar), Le360 (Casablanca, Morocco)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADBLOCK,
    EPAPER,
    FUEL,
    GAME,
    HEARING,
    MYSTERY,
    NEWS,
    PAYWALL,
    PHARMACY,
    PROMO,
    READ,
    SOCIAL,
    TICKER,
    UMBRELLA,
    VIDEO,
    DateBlock,
    Texts,
    bp,
    bpa,
    fr,
    frh,
    graph,
    ld,
    page,
    post,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

AST = -4
EAT = 3
MAR = 1

_SUBS = [
    "Politique",
    "Économie",
    "Société",
    "Faits divers",
    "Culture",
    "Environnement",
    "Sport",
    "Opinion",
]
_FOOT = {
    "À propos": ["Qui sommes-nous", "Contact", "Publicité", "Recrutement", "Abonnement"],
    "Légal": ["Mentions légales", "Confidentialité", "Gestion des cookies", "CGU"],
}

_DAYS = {6: "dimanche 6 décembre 2026", 7: "lundi 7 décembre 2026"}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


def _embed(cls: str, text: str, who: str) -> W:
    html = (
        f'<blockquote class="{cls}"><p>{e(text)}</p><p class="{cls}__by">{e(who)}</p></blockquote>'
    )
    return post(html, [text], SOCIAL, [who])


# ---------------------------------------------------------------------------------------------
# RCI (Fort-de-France, −04:00; the fetches run from 18:00 to 19:00 on Sunday 6 December), custom.
# A bold "À nos lecteurs :" at the very top (`editors_note`); then a `<div class="rci-alerte">`
# box of notes, newest first, each a paragraph with a bold "Dernière heure (16h45) :" lead (the
# clock in parentheses); an italic "Correctif apporté le 6 décembre 2026 :" at the end
# (`correction`, date only).


def rci(ctx: Ctx) -> Render:
    url = "https://www.rci.fm/martinique/infos/Societe/Fortes-pluies-la-RN1-coupee-au-Lamentin-des-quartiers-inondes-a-Riviere-Salee"
    headline = "Fortes pluies : la RN1 coupée au Lamentin, des quartiers inondés à Rivière-Salée"
    published = at(AST, 6, 13, 20)
    cls = "rci-texte"
    body = [
        "Des pluies diluviennes s'abattent sur la Martinique depuis la fin de matinée ce dimanche, et la RN1 est coupée dans les deux sens à hauteur du Lamentin, au niveau du pont de la Lézarde.",
        "Météo-France a placé l'île en vigilance orange fortes pluies et orages ; plus de 90 millimètres sont tombés en trois heures sur le centre de l'île.",
        "À Rivière-Salée, les quartiers Petit-Bourg et Thoraille sont sous les eaux, selon la mairie, qui a ouvert le gymnase municipal aux sinistrés.",
        "« L'eau est montée jusqu'aux genoux en un quart d'heure, on n'a rien pu sauver dans la cuisine », raconte une habitante de Thoraille.",
        "Les pompiers du SDIS ont effectué une vingtaine d'interventions, principalement pour des mises en sécurité et des pompages.",
        "La préfecture demande aux automobilistes de différer leurs déplacements et de ne pas s'engager sur les routes submergées.",
        "La vigilance orange devrait être maintenue au moins jusqu'à lundi matin.",
    ]
    lecteurs = Block(
        "editors_note",
        "À nos lecteurs",
        None,
        None,
        [
            "cet article est mis à jour au fil de la soirée avec les informations de la préfecture et de nos auditeurs."
        ],
    )
    lecteurs.html = f'<p class="{cls}"><strong>À nos lecteurs :</strong> {e(lecteurs.paras[0])}</p>'

    def label(dt: datetime) -> str:
        return f"Dernière heure ({frh(dt)})"

    specs = [
        (
            17,
            40,
            "Le pont de la Lézarde est fermé à la circulation : la DEAL doit en vérifier les piles avant toute réouverture.",
        ),
        (
            16,
            45,
            "EDF signale environ 6 000 foyers privés d'électricité au Lamentin, à Ducos et à Rivière-Salée.",
        ),
    ]
    notes = [
        Block("update", label(at(AST, 6, h, m)), at(AST, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(AST, 6, 18, 53)),
        at(AST, 6, 18, 53),
        None,
        [
            "Une voie de la RN1 a été rouverte dans le sens Fort-de-France - Lamentin, annonce la préfecture, la circulation reste très ralentie."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")} :</strong> {e(b.paras[0])}</p>'
    corr = DateBlock(
        "correction",
        "Correctif apporté le 6 décembre 2026",
        None,
        None,
        [
            "nous avions écrit que la RN5 était coupée ; c'est bien la RN1 qui est fermée au Lamentin."
        ],
    )
    corr.day = at(AST, 6, 0, 0).date()
    corr.html = (
        f'<p class="{cls}"><em>Correctif apporté le 6 décembre 2026 : {e(corr.paras[0])}</em></p>'
    )
    modified = shown[0].ts or published
    pl = {
        "social": "Préfecture de la Martinique (@Prefet972)",
        "fuel": "Stations-service de l'île",
        "unit": "centimes d'euro",
        "game": "Mot Caché de RCI",
        "pharmacy": "La pharmacie de garde de la Pointe des Sables",
        "umbrella": "Le présentoir de parapluies de la médiathèque du Lamentin",
        "hearing": "la maison des aînés de Ducos",
        "brand": "RCI",
    }
    tx = Texts(ctx, "fr", pl, sep=" ")

    def alert(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp(cls, text, kind, lead=f"{word} ({frh(t)}) :")

    fuel = alert("Carburants", tx.counter(FUEL, 195), FUEL, 2, 14)
    pharm = alert("Pharmacie de garde", tx.counter(PHARMACY, 5), PHARMACY, 1, 10)
    tick = alert("Ailleurs en Martinique", tx.pool(TICKER) + ".", TICKER, 1, 18)
    umb = bp(cls, tx.counter(UMBRELLA, 30), UMBRELLA, lead="Parapluies en prêt :")
    social = _embed("rci-embed", tx.counter(SOCIAL, 350), "— Préfecture de la Martinique sur X")
    video = bp(cls, tx.pool(VIDEO), VIDEO, lead="À voir aussi :")
    mystery = bp(cls, tx.pool(MYSTERY), MYSTERY, lead="L'objet mystère :")
    read = bpa(cls, "LIRE AUSSI >", tx.pool(READ), "/martinique/infos/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Publireportage –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    hearing = bp(cls, tx.fixed(HEARING), HEARING)
    nb = len(shown)
    box_units = [b.html for b in shown]
    box = weave(
        ctx,
        box_units,
        [
            (fuel, list(range(0, nb + 1)), 0.85),
            (pharm, list(range(0, nb + 1)), 0.8),
            (tick, [0, nb], 0.8),
        ],
    )
    units = (
        [lecteurs.html, f'<div class="rci-alerte">{box}</div>']
        + [_p(cls, p) for p in body]
        + [corr.html]
    )
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (umb, [2, 4, 7], 0.8),
            (social, [3, 5, 7], 0.75),
            (video, [3, 6, k], 0.75),
            (mystery, [4, k], 0.7),
            (read, [2, 3, 5], 0.8),
            (promo, [1, 6, k], 0.7),
            (news, [k - 1, k], 0.75),
            (hearing, [2, 8, k], 0.7),
        ],
    )
    main = f"""<div class="rci-page">
<main class="rci-main">
<article class="rci-article">
<p class="rci-rubrique"><a href="/martinique/infos/Societe">Société</a></p>
<h1 class="rci-titre">{e(headline)}</h1>
<p class="rci-signature">Par la rédaction de RCI · Publié le 06/12/2026 à 13h20 · Mis à jour à {e(frh(modified))}</p>
<figure class="rci-visuel"><img src="/upload/2026/12/rn1-lamentin.jpg" alt="" loading="lazy"><figcaption>La RN1 sous les eaux au Lamentin, dimanche après-midi. © RCI</figcaption></figure>
<div class="rci-corps">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="rci",
        brand="RCI",
        url=url,
        title=f"{headline} - RCI",
        sections=["Infos", "Société", "Politique", "Économie", "Sport", "Podcasts"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 RCI – Radio Caraïbes Internationale",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="La rédaction de RCI",
                    publisher=org("RCI", "https://www.rci.fm"),
                    lang="fr",
                    section="Société",
                )
            )
        ],
        main=main,
        body_cls="rci page-article",
    )
    return Render(html, body, [lecteurs, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Midi Madagasikara (Antananarivo, +03:00; the fetches run from 1:00 to 2:00 on Monday 7
# December), WordPress-like. A bold "Avertissement :" at the top (`editors_note`); notes after
# the story, oldest first, each an `<h4>` "Nouvel élément – dimanche 6 décembre 2026 à 23 h 40"
# + a paragraph, on both sides of local midnight; a "Précision de la rédaction" box beside the
# body (`<h4>` label, `clarification`).


def midi(ctx: Ctx) -> Render:
    url = "https://midi-madagasikara.mg/2026/12/07/fortes-pluies-la-rn7-coupee-a-ambatolampy-anosibe-inonde/"
    headline = "Fortes pluies : la RN7 coupée à Ambatolampy, Anosibe sous les eaux"
    published = at(EAT, 6, 20, 15)
    cls = "td-post-content"
    body = [
        "Les pluies torrentielles tombées depuis samedi sur les Hautes Terres ont provoqué la coupure de la RN7 à la sortie d'Ambatolampy, où un remblai a cédé dimanche en fin d'après-midi.",
        "La Direction générale de la météorologie indique que plus de 120 millimètres de pluie ont été relevés à Ampandrianomby en vingt-quatre heures.",
        "Dans la capitale, les bas quartiers d'Anosibe, d'Ankasina et d'Andavamamba sont inondés, et plusieurs centaines de familles ont quitté leur maison.",
        "« Nous avons mis les enfants chez des voisins à l'étage et nous attendons que l'eau baisse », témoigne un père de famille d'Anosibe.",
        "Le Bureau national de gestion des risques et des catastrophes a ouvert des sites d'hébergement dans des écoles publiques d'Isotry et d'Anosipatrana.",
        "Les taxi-brousse à destination d'Antsirabe et de Fianarantsoa restent bloqués à la gare routière de Fasan'ny Karana.",
        "Les prévisionnistes annoncent encore des averses orageuses sur Analamanga et Vakinankaratra jusqu'à mardi.",
    ]
    avert = Block(
        "editors_note",
        "Avertissement",
        None,
        None,
        [
            "les chiffres des sinistrés cités dans cet article proviennent de la commune urbaine d'Antananarivo et n'ont pas pu être vérifiés sur place."
        ],
    )
    avert.html = f'<p class="{cls}"><strong>Avertissement :</strong> {e(avert.paras[0])}</p>'

    def label(dt: datetime) -> str:
        return f"Nouvel élément – {_DAYS[dt.day]} à {fr(dt)}"

    specs = [
        (
            6,
            23,
            40,
            "Le ministère des Travaux publics annonce l'envoi d'engins depuis Antsirabe pour remblayer la RN7 dès le lever du jour.",
        ),
        (
            7,
            0,
            25,
            "La Jirama signale des coupures d'électricité à Anosibe et à Ankasina, où des transformateurs ont été mis hors tension par précaution.",
        ),
    ]
    notes = [
        Block("update", label(at(EAT, d, h, m)), at(EAT, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(EAT, 7, 1, 54)),
        at(EAT, 7, 1, 54),
        None,
        [
            "Le BNGRC recense désormais 1 400 personnes hébergées dans neuf sites, et des distributions de repas chauds ont commencé à Isotry."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(title: str, text: str) -> str:
        return f'<h4 class="midi-maj">{e(title)}</h4><p class="{cls}">{e(text)}</p>'

    for b in shown:
        b.html = note(b.label or "", b.paras[0])
    prec = Block(
        "clarification",
        "Précision de la rédaction",
        None,
        None,
        [
            "Le remblai effondré se trouve au PK 68, à la sortie sud d'Ambatolampy, et non dans la ville même comme nous l'avions laissé entendre."
        ],
    )
    prec.html = f'<div class="midi-encadre"><h4 class="midi-encadre__titre">Précision de la rédaction</h4><p class="{cls}">{e(prec.paras[0])}</p></div>'
    modified = shown[-1].ts or published
    pl = {
        "social": "BNGRC Madagascar (@bngrc_mada)",
        "fuel": "Stations-service d'Antananarivo",
        "unit": "ariary",
        "game": "Teny Miafina",
        "pharmacy": "La pharmacie de garde d'Analakely",
        "umbrella": "Le stand de parapluies solidaires d'Analakely",
        "hearing": "au centre de santé de base d'Isotry",
        "brand": "Midi Madagasikara",
    }
    tx = Texts(ctx, "fr", pl, sep=" ")

    def element(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        mark = f"{word} – {_DAYS[t.day]} à {fr(t)}"
        return post(note(mark, text), [text], kind, [mark])

    fuel = element("Prix à la pompe", tx.counter(FUEL, 5020), FUEL, 2, 15)
    umb = element("Parapluies solidaires", tx.counter(UMBRELLA, 44), UMBRELLA, 1, 12)
    tick = element("Autres nouvelles", tx.pool(TICKER) + ".", TICKER, 1, 18)
    pharm = bp(cls, tx.counter(PHARMACY, 10), PHARMACY, lead="De garde cette nuit :")
    social = _embed("midi-embed", tx.counter(SOCIAL, 270), "— BNGRC sur Facebook")
    pay = bp(cls, tx.pool(PAYWALL), PAYWALL, lead="Édition abonnés :")
    mystery = bp(cls, tx.pool(MYSTERY), MYSTERY, lead="Devinez l'objet :", tag="em")
    read = bpa(cls, "À lire également :", tx.pool(READ), "/societe/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Communiqué –", tag="em")
    epaper = bp(cls, tx.fixed(EPAPER), EPAPER)
    adblock = bp(cls, tx.fixed(ADBLOCK), ADBLOCK)
    units = [avert.html] + [_p(cls, p) for p in body]
    end = len(units)
    units += [b.html for b in shown]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fuel, list(range(end, k + 1)), 0.85),
            (umb, list(range(end, k + 1)), 0.8),
            (tick, [end, end + 1, k], 0.8),
            (pharm, [2, 5, k], 0.8),
            (social, [3, 6], 0.75),
            (pay, [1, 4, k], 0.75),
            (mystery, [5, k], 0.7),
            (read, [2, 3, 6], 0.8),
            (promo, [0, 4, k], 0.7),
            (epaper, [1, end], 0.7),
            (adblock, [0, 3, k], 0.7),
        ],
    )

    def side(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        mark = f"{word} – {_DAYS[t.day]} à {fr(t)}"
        html = f'<div class="midi-encadre"><h4 class="midi-encadre__titre">{e(mark)}</h4><p class="{cls}">{e(text)}</p></div>'
        return post(html, [text], kind, [mark])

    game = side("Le mot du jour", tx.counter(GAME, 540), GAME, 1, 10)
    hearing = bp(cls, tx.fixed(HEARING), HEARING)
    video = bp(cls, tx.pool(VIDEO), VIDEO, lead="Notre vidéo :")
    aside = weave(
        ctx, [prec.html], [(game, [0, 1], 0.85), (hearing, [1], 0.7), (video, [0, 1], 0.75)]
    )
    main = f"""<div class="td-container">
<main class="td-main-content">
<article class="post type-post">
<header class="td-post-header">
<ul class="td-category"><li><a href="/category/societe/">Société</a></li></ul>
<h1 class="entry-title">{e(headline)}</h1>
<div class="td-module-meta-info"><span class="td-post-author-name">Hery Andriamalala</span> <time class="entry-date updated td-module-date" datetime="{published.isoformat()}">6 décembre 2026</time></div>
</header>
<figure class="td-post-featured-image"><img src="/wp-content/uploads/2026/12/anosibe-inonde.jpg" alt="" loading="lazy"><figcaption>Anosibe sous les eaux dimanche soir. Photo : Midi Madagasikara</figcaption></figure>
<div class="td-post-content tagdiv-type">
{story}
</div>
</article>
<aside class="td-ss-main-sidebar">
{aside}
</aside>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="midi",
        brand="Midi Madagasikara",
        url=url,
        title=f"{headline} - Midi Madagasikara",
        sections=["Politique", "Économie", "Société", "Régions", "Sport", "Culture"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Midi Madagasikara. Tous droits réservés.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Hery Andriamalala",
                    publisher=org("Midi Madagasikara", "https://midi-madagasikara.mg"),
                    lang="fr",
                    section="Société",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post td-standard-pack",
        cms="wp",
    )
    return Render(html, body, [avert, *shown, prec], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Le360 (Casablanca, +01:00; the fetches run from 23:00 to midnight), Arc-like, live, newest
# first: each `<div>` a `<span>` clock in upper case "22H41" + `<h3>` (two without); JSON-LD
# `@graph` of a `WebPage` and a `LiveBlogPosting` whose `liveBlogUpdate` items are typed
# `NewsArticle`.


def _H(dt: datetime) -> str:
    return f"{dt.hour:02d}H{dt.minute:02d}"


def le360(ctx: Ctx) -> Render:
    url = "https://fr.le360.ma/societe/en-direct-intemperies-lautoroute-casablanca-rabat-coupee-a-bouznika-loued-bouskoura-en-crue/"
    headline = "En direct. Intempéries : l'autoroute Casablanca-Rabat coupée à Bouznika, l'oued Bouskoura en crue"
    published = at(MAR, 6, 19, 0)
    body = [
        "De fortes averses orageuses touchent depuis dimanche après-midi le littoral atlantique entre Casablanca et Kénitra ; ADM a fermé l'autoroute Casablanca-Rabat à hauteur de Bouznika.",
        "Suivez en direct l'évolution de la situation sur les routes, dans les quartiers touchés et dans les gares.",
    ]
    specs = [
        (
            22,
            50,
            "Les écoles fermées lundi à Bouskoura",
            [
                "L'Académie régionale annonce la fermeture des établissements scolaires de Bouskoura et de Dar Bouazza lundi."
            ],
        ),
        (
            22,
            25,
            None,
            [
                "Les trains Al Bidaoui entre Casa-Voyageurs et Mohammedia circulent avec des retards de 30 à 45 minutes, selon l'ONCF."
            ],
        ),
        (
            21,
            55,
            "L'oued Bouskoura sort de son lit",
            [
                "La Protection civile a évacué une quarantaine de familles près de l'oued Bouskoura, dont le niveau a monté de près de deux mètres.",
                "Des pompes ont été installées près de la route de l'aéroport.",
            ],
        ),
        (
            21,
            20,
            "ADM ferme l'autoroute à Bouznika",
            [
                "Autoroutes du Maroc a fermé le tronçon entre Bouznika et Skhirat dans les deux sens à cause d'une accumulation d'eau sur la chaussée."
            ],
        ),
        (
            20,
            50,
            None,
            [
                "Lydec a déployé ses équipes d'astreinte pour curer les avaloirs du boulevard Ghandi et de Sidi Maârouf."
            ],
        ),
        (
            20,
            15,
            "Alerte orange de la DGM",
            [
                "La Direction générale de la météorologie a relevé au niveau orange son alerte pour Casablanca-Settat et Rabat-Salé-Kénitra."
            ],
        ),
    ]
    entries = [
        Block("live_entry", _H(at(MAR, 6, h, m)), at(MAR, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        _H(at(MAR, 6, 23, 52)),
        at(MAR, 6, 23, 52),
        "Réouverture partielle de l'autoroute",
        [
            "ADM rouvre le sens Rabat-Casablanca entre Skhirat et Bouznika, le sens inverse restant fermé jusqu'au matin."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(clock: str, head: str | None, paras: list[str]) -> str:
        hd = f'<h3 class="l3-live__title">{e(head)}</h3>' if head else ""
        text = "".join(f'<p class="l3-live__text">{e(p)}</p>' for p in paras)
        return f'<div class="l3-live__item"><span class="l3-live__hour">{e(clock)}</span>{hd}{text}</div>'

    for b in shown:
        b.html = entry(b.label or "", b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "social": "Autoroutes du Maroc (@ADM_Maroc)",
        "fuel": "Stations-service de Casablanca",
        "unit": "centimes",
        "game": "Le Mot360",
        "pharmacy": "La pharmacie de nuit du boulevard Zerktouni",
        "umbrella": "Le point de prêt de parapluies de la gare Casa-Port",
        "hearing": "la maison de quartier de Sidi Maârouf",
        "brand": "Le360",
    }
    tx = Texts(ctx, "fr", pl, sep=" ")

    def fake(head: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(_H(t), head, [text]), ([head] if head else []) + [text], kind, [_H(t)])

    umb = fake("Parapluies à Casa-Port", tx.counter(UMBRELLA, 38), UMBRELLA)
    pharm = fake(None, tx.counter(PHARMACY, 7), PHARMACY)
    fuel = fake("Prix à la pompe ce soir", tx.counter(FUEL, 1352), FUEL)
    tick = fake("Dans le reste du Royaume", tx.pool(TICKER), TICKER)
    video = fake("La vidéo Le360 du soir", tx.pool(VIDEO), VIDEO)
    promo = fake("Contenu sponsorisé", tx.pool(PROMO), PROMO)
    social = _embed("l3-embed", tx.counter(SOCIAL, 1800), "— ADM sur X")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (umb, list(range(0, n + 1)), 0.85),
            (pharm, list(range(1, n + 1)), 0.8),
            (fuel, [0, 2, 4, n], 0.8),
            (tick, [0, 1, 3, 5, n], 0.8),
            (video, [1, 3, n], 0.75),
            (promo, [2, 4, n], 0.7),
            (social, [1, 2, 5], 0.75),
        ],
    )
    icls = "l3-live__chapo"
    pay = bp(icls, tx.pool(PAYWALL), PAYWALL, lead="Le360 Premium :")
    mystery = bp(icls, tx.pool(MYSTERY), MYSTERY, lead="Objet insolite :")
    game = bp(icls, tx.counter(GAME, 1900), GAME, lead="Mot360 :")
    read = bpa(icls, "Lire aussi :", tx.pool(READ), "/societe/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (pay, [0, 1, 2], 0.8),
            (mystery, [1, 2], 0.75),
            (game, [0, 2], 0.8),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    updates = [
        {
            "@type": "NewsArticle",
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "datePublished": b.ts.isoformat() if b.ts else None,
            "articleBody": " ".join(b.paras),
        }
        for b in shown
    ]
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": headline, "inLanguage": "fr-MA"}
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "headline": headline,
        "url": url,
        "mainEntityOfPage": {"@id": url},
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": org("Le360", "https://fr.le360.ma"),
        "liveBlogUpdate": updates,
    }
    main = f"""<div class="l3-layout">
<main class="l3-main">
<article class="l3-article l3-article--live">
<header class="l3-article__header">
<span class="l3-direct">EN DIRECT</span>
<h1 class="l3-article__title">{e(headline)}</h1>
<p class="l3-article__date">Le 06/12/2026 à 19h00, mis à jour à {e(frh(modified))}</p>
</header>
<div class="l3-live__intro">
{intro}
</div>
{ad_slot("l3-ad", "Publicité", "l3-pave-1")}
<div class="l3-live">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-MA",
        prefix="l3",
        brand="Le360",
        url=url,
        title=f"{headline} | Le360",
        sections=["Politique", "Économie", "Société", "Monde", "Sports", "Culture"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Le360. Tous droits réservés.",
        jsonld=[graph(webpage, posting)],
        main=main,
        body_cls="l3 story-live",
        cms="arc",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "rci-fortes-pluies-la-rn1-coupee-au-lamentin-des-quartiers-inondes-a-riviere-salee",
        "RCI (MQ)",
        "fr",
        "updates",
        AST,
        rci,
    ),
    Site(
        "midimadagasikara-fortes-pluies-la-rn7-coupee-a-ambatolampy-anosibe-sous-les-eaux",
        "Midi Madagasikara (MG)",
        "fr",
        "updates",
        EAT,
        midi,
    ),
    Site(
        "le360-direct-intemperies-autoroute-casablanca-rabat-coupee-a-bouznika-oued-bouskoura-en-crue",
        "Le360 (MA)",
        "fr",
        "live",
        MAR,
        le360,
    ),
]
