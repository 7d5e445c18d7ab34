"""French-language publishers: L'Orient-Le Jour (Beirut), Radio-Canada Acadie (Moncton), L'Express
de Madagascar (Antananarivo)."""

from __future__ import annotations

from datetime import UTC, datetime

from fx import (
    CONVO,
    FOOTFALL,
    FRIDGE,
    JOKE,
    MAYOR,
    MEALS,
    NEWS,
    PROMO,
    READ,
    STAGE,
    STEPS,
    SWAP,
    TICKER,
    TOOLS,
    WISH,
    bp,
    bpa,
    drift,
    fall,
    fr,
    frh,
    graph,
    hm,
    ld,
    month,
    num,
    page,
    post,
    rise,
    turn,
    weekday,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

EET = 2
AST = -4
EAT = 3

_SUBS = ["Politique", "Économie", "Société", "Culture", "Sports", "Régions", "Opinions", "Monde"]
_FOOT = {
    "Le journal": ["Qui sommes-nous", "Contact", "Publicité", "Abonnements", "Édition numérique"],
    "Mentions": ["Confidentialité", "Conditions d'utilisation", "Accessibilité", "Témoins"],
}


def _texts(ctx: Ctx, town: str, street: str) -> dict[str, str]:
    """The French carousels, with the story's town and one of its streets."""
    return {
        JOKE: turn(
            ctx,
            [
                "Pourquoi les plongeurs plongent-ils toujours en arrière ? Parce que sinon, ils tombent dans le bateau. Envoyée par Rita, 9 ans.",
                "Que dit un escargot quand il croise une limace ? « Oh, un nudiste ! » Merci à Georges, 74 ans.",
                f"Mon voisin de la {street} a acheté un boomerang neuf. Depuis, il n'arrive plus à jeter l'ancien, écrit Nadia.",
                "Quel est le comble pour un électricien ? Ne pas être au courant. De la part de la classe de CM1 de Mme Haddad.",
                "Pourquoi les poissons n'aiment pas jouer au tennis ? Parce qu'ils ont peur du filet. Signé Karim, 8 ans.",
            ],
            "joke",
        ),
        WISH: turn(
            ctx,
            [
                "Cher Père Noël, je voudrais un vélo avec une sonnette et que mamie guérisse vite. Léa, 6 ans",
                f"Apporte une lampe de poche à mon petit frère pour qu'il n'ait plus peur la nuit, rue {street}. Tom, 8 ans",
                "Je veux un chien mais maman dit non, alors un chien en peluche qui aboie, c'est possible ? Chloé, 5 ans",
                "Est-ce que tu peux donner congé à tous les gens de l'hôpital à Noël ? Hugo, 7 ans",
                "S'il te plaît, fais neiger une fois, même un tout petit peu. Merci ! Inès, 6 ans",
            ],
            "wish",
        ),
        READ: turn(
            ctx,
            [
                "Budget municipal : une hausse des taxes de 2,9 % adoptée",
                "Une nouvelle ligne d'autobus desservira les quartiers nord dès janvier",
                "La boulangerie centenaire du centre-ville ferme ses portes",
                "La piscine municipale fermée jusqu'en mars pour travaux",
                "Record de fréquentation pour le marché de Noël",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Nocturne de Noël rue {street} : tous les commerces ouverts jusqu'à 21 h le jeudi.",
                "Changez votre chaudière avant le 31 décembre et profitez de 30 % d'aide à l'installation.",
                f"Pneus d'hiver posés à {town} dès 39 $, cette semaine seulement, sur rendez-vous.",
                "Offrez un an de lecture : l'abonnement numérique à moitié prix jusqu'à Noël.",
                "Cuisine équipée livrée avant les fêtes : conception gratuite en magasin ce samedi.",
            ],
            "promo",
        ),
        TICKER: turn(
            ctx,
            [
                "Un cambrioleur pris sur le fait",
                "Victoire à l'extérieur pour les handballeuses",
                "Le prix de l'électricité baisse en janvier",
                "Un randonneur porté disparu retrouvé sain et sauf",
                "Le concert de l'Avent affiche complet",
            ],
            "ticker",
        ),
    }


# ---------------------------------------------------------------------------------------------
# L'Orient-Le Jour (Beirut, +02:00; the fetches run from midnight to 1am on Monday 7 December),
# custom CMS. A "NDLR –" box above the body (`editors_note`); a bold "Mise au point :" right after
# the story (`clarification`); then notes at the end, oldest first, each a bare italic line with
# a full date "Actualisé le dimanche 6 décembre 2026 à 21h15" + a paragraph (the genuine note
# falls on Monday).


def lorientlejour(ctx: Ctx) -> Render:
    url = "https://www.lorientlejour.com/article/1421877/intemperies-lautoroute-de-laeroport-inondee-le-tunnel-de-salim-salam-ferme.html"
    headline = "Intempéries : l'autoroute de l'aéroport inondée, le tunnel de Salim Salam fermé"
    published = at(EET, 6, 18, 30)
    town, street = "Beyrouth", "Hamra"
    body = [
        "De fortes pluies se sont abattues dimanche soir sur Beyrouth et sa banlieue, inondant l'autoroute de l'aéroport à hauteur de Ouzaï et contraignant les Forces de sécurité intérieure à fermer le tunnel de Salim Salam.",
        "Selon la Direction générale de l'aviation civile, 48 millimètres de pluie sont tombés en trois heures sur l'aéroport Rafic Hariri, où plusieurs vols ont été retardés.",
        "La Défense civile a indiqué être intervenue à plus de 70 reprises, principalement pour secourir des automobilistes bloqués dans leurs véhicules sous les ponts de Jnah et de Cola.",
        "« L'eau est montée jusqu'aux portières en quelques minutes », raconte Samir, chauffeur de taxi, qui a dû abandonner sa voiture près du rond-point de Khaldé.",
        "Le ministère des Travaux publics a dépêché des équipes pour déboucher les canalisations, tandis que l'Électricité du Liban signalait des coupures à Achrafieh et Badaro.",
        "La météo prévoit encore des averses orageuses jusqu'à lundi midi, avec de la neige au-dessus de 1 600 mètres.",
    ]
    ndlr = Block(
        "editors_note",
        "NDLR",
        None,
        None,
        [
            "cet article est en accès libre pendant toute la durée de l'alerte météo, pour que chacun puisse suivre les fermetures de routes."
        ],
    )
    ndlr.html = f'<div class="olj-ndlr"><p class="olj-ndlr__text"><strong>NDLR</strong> – {e(ndlr.paras[0])}</p></div>'
    point = Block(
        "clarification",
        "Mise au point",
        None,
        None,
        [
            "les chiffres de pluie cités plus haut sont ceux de la station de l'aéroport et non ceux de l'ensemble de la capitale."
        ],
    )
    point.html = f'<p class="olj-text"><strong>Mise au point :</strong> {e(point.paras[0])}</p>'

    def label(dt: datetime) -> str:
        return f"Actualisé le {weekday(dt, 'fr')} {dt.day} {month(dt, 'fr')} 2026 à {frh(dt)}"

    def note(lead: str, text: str) -> str:
        return f'<p class="olj-text"><em>{e(lead)}</em></p>\n<p class="olj-text">{e(text)}</p>'

    specs = [
        (
            21,
            15,
            "Les FSI ont fermé l'autoroute de l'aéroport dans le sens Beyrouth-Khaldé, où la chaussée est recouverte de plus de 40 centimètres d'eau.",
        ),
        (
            23,
            20,
            "Faute de pompes suffisantes, le tunnel restera fermé toute la nuit, selon un communiqué publié par le gouvernement.",
        ),
    ]
    notes = [
        Block("update", label(at(EET, 6, h, m)), at(EET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(EET, 7, 0, 52)),
        at(EET, 7, 0, 52),
        None,
        [
            "L'autoroute de l'aéroport a été rouverte dans les deux sens peu après minuit, selon le centre de gestion du trafic."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        assert b.label
        b.html = note(b.label, b.paras[0])
    modified = shown[-1].ts or published
    tx = _texts(ctx, town, street)

    def stamped(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        lead = f"{title}, {label(t)[0].lower()}{label(t)[1:]}"
        return post(note(lead, text), [text], kind, [lead])

    fridge = stamped(
        "Frigo solidaire de Mar Mikhaël",
        f"Il reste {fall(ctx, 86, 3, 2)} produits dans le réfrigérateur partagé de la rue d'Arménie ; le lait et le pain manquent.",
        FRIDGE,
        1,
        10,
    )
    meals = stamped(
        "Repas solidaire",
        f"Les bénévoles de la soupe populaire de Bourj Hammoud ont servi {rise(ctx, 412, 5, 3)} repas chauds depuis 19h ce soir.",
        MEALS,
        2,
        14,
    )
    steps = stamped(
        "Défi des pas",
        f"Les participants du défi solidaire pour l'hôpital de la Quarantaine ont parcouru {num(rise(ctx, 15260, 8, 5), ' ')} kilomètres à ce jour.",
        STEPS,
        3,
        18,
    )
    joke = bp("olj-text", tx[JOKE], JOKE, lead="La blague d'un lecteur :")
    wish = bp("olj-text", tx[WISH], WISH, lead="Lettre au Père Noël :")
    convo = bp(
        "olj-text",
        "Café des langues arabe-français-anglais à la bibliothèque Sabil de Bachoura, chaque mercredi de 18h à 20h ; tous niveaux, entrée libre.",
        CONVO,
    )
    swap = bp(
        "olj-text",
        "Troc de vêtements au centre culturel de Gemmayzé, le premier samedi du mois de 10h à 13h : apportez jusqu'à dix pièces propres.",
        SWAP,
    )
    read = bpa("olj-text", "À lire également :", tx[READ], "/liban/", READ)
    promo = bp("olj-text", tx[PROMO], PROMO, lead="Contenu sponsorisé –", tag="em")
    news = bp(
        "olj-text",
        "Recevez chaque matin à 7h notre lettre d'information gratuite avec l'essentiel de l'actualité libanaise.",
        NEWS,
    )
    t = ctx.ago(1, 20)
    tick = bp("olj-text", tx[TICKER], TICKER, lead=f"En bref ({frh(t)}) :")
    units = [ndlr.html] + [f'<p class="olj-text">{e(p)}</p>' for p in body] + [point.html]
    end_story = len(units)
    units += [b.html for b in shown]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fridge, list(range(end_story, k + 1)), 0.85),
            (meals, list(range(end_story, k + 1)), 0.8),
            (steps, [end_story - 1, end_story, k], 0.8),
            (joke, [2, 4, 6], 0.8),
            (wish, [3, 5, k], 0.75),
            (convo, [1, 5, k], 0.7),
            (swap, [2, 6, k], 0.7),
            (read, [2, 3, 5], 0.8),
            (promo, [0, 4, k], 0.7),
            (news, [end_story - 1, k], 0.75),
            (tick, [1, 3, end_story], 0.8),
        ],
    )
    main = f"""<div class="olj-container">
<main class="olj-main">
<article class="olj-article">
<p class="olj-article__rubrique"><a href="/liban/">Liban</a> · Intempéries</p>
<h1 class="olj-article__title">{e(headline)}</h1>
<p class="olj-article__chapo">La Défense civile est intervenue plus de 70 fois dans la soirée ; des averses sont encore attendues jusqu'à lundi midi.</p>
<p class="olj-article__author">Par Lyana Alameddine</p>
<p class="olj-article__date">Publié le 6 décembre 2026 à 18h30 · Dernière modification : {e(label(modified).removeprefix("Actualisé le "))}</p>
<figure class="olj-figure"><img src="/images/2026/12/ouzai-inondation.jpg" alt="" loading="lazy"><figcaption>L'autoroute de l'aéroport à hauteur de Ouzaï, dimanche soir. Photo João Sousa</figcaption></figure>
<div class="olj-article__body">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-LB",
        prefix="olj",
        brand="L'Orient-Le Jour",
        url=url,
        title=f"{headline} - L'Orient-Le Jour",
        sections=["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 L'Orient-Le Jour. Tous droits réservés.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Lyana Alameddine",
                    publisher=org("L'Orient-Le Jour", "https://www.lorientlejour.com"),
                    lang="fr",
                    section="Liban",
                )
            )
        ],
        main=main,
        body_cls="olj article",
    )
    return Render(html, body, [ndlr, point, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Radio-Canada Acadie (Moncton, -04:00; the fetches run from 6pm to 7pm on Sunday 6 December),
# custom, live, newest first under a pinned "Épinglé" entry: `<article>` entries whose `<header>`
# holds a `<time>` with a time-zone abbreviation, "17 h 42 HNA", and a "Par …" author line, then
# an `<h3>` (two without) and paragraphs (one with two); JSON-LD `NewsArticle` and a separate
# `LiveBlogPosting` in one `@graph`.


def radiocanada(ctx: Ctx) -> Render:
    url = "https://ici.radio-canada.ca/nouvelle/2139021/direct-tempete-hivernale-pont-confederation-ferme-pannes-nouveau-brunswick"
    headline = "EN DIRECT | Tempête hivernale : le pont de la Confédération fermé, des milliers de foyers privés d'électricité"
    published = at(AST, 6, 9, 30)
    town, street = "Moncton", "Main"
    body = [
        "Une tempête hivernale balaie les Maritimes depuis la nuit dernière. Le pont de la Confédération est fermé à tous les véhicules et plus de 40 000 clients d'Énergie NB sont privés d'électricité.",
        "Environnement Canada prévoit encore de 15 à 25 centimètres de neige d'ici lundi matin dans le sud-est du Nouveau-Brunswick. Suivez les derniers développements ici.",
    ]

    def clock(dt: datetime) -> str:
        return f"{fr(dt)} HNA"

    pinned = Block(
        "live_entry",
        clock(at(AST, 6, 9, 45)),
        at(AST, 6, 9, 45),
        "Ce qu'il faut savoir",
        [
            "Fermetures en vigueur : le pont vers l'Île-du-Prince-Édouard, les écoles des districts francophones Sud et Nord-Est seront fermées lundi et la Ville de Moncton demande de ne pas se déplacer."
        ],
    )
    specs = [
        (
            17,
            42,
            "Les chasse-neige retirés des rues secondaires",
            [
                "La Ville de Moncton a rappelé ses chasse-neige sur les artères principales, la visibilité étant nulle dans plusieurs quartiers."
            ],
        ),
        (
            17,
            5,
            None,
            [
                "Énergie NB signale désormais 43 200 clients sans courant, dont 11 000 dans la région de Shédiac."
            ],
        ),
        (
            16,
            20,
            "Codiac Transpo suspend son service",
            [
                "Tous les autobus de Codiac Transpo sont rentrés au garage. Le service reprendra lundi si les conditions le permettent.",
                "Les usagers du transport adapté sont invités à reporter leurs rendez-vous non urgents.",
            ],
        ),
        (
            15,
            10,
            "Pont de la Confédération : fermeture complète",
            [
                "Strait Crossing Bridge a fermé le pont à tous les véhicules en raison de rafales de plus de 110 km/h."
            ],
        ),
        (
            13,
            55,
            None,
            [
                "La GRC demande aux automobilistes d'éviter la route 11 entre Shédiac et Bouctouche, où plusieurs véhicules sont dans le fossé."
            ],
        ),
        (
            12,
            30,
            "Vols annulés à l'aéroport de Moncton",
            [
                "L'aéroport international du Grand Moncton indique que tous les départs de l'après-midi ont été annulés."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(AST, 6, h, m)), at(AST, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(AST, 6, 18, 53)),
        at(AST, 6, 18, 53),
        "Refuges ouverts à Dieppe et Riverview",
        [
            "La Croix-Rouge ouvre deux centres d'hébergement d'urgence, à l'aréna Arthur-J.-LeBlanc de Dieppe et au centre communautaire de Riverview."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries

    def art(
        b_clock: str,
        iso: str,
        head: str | None,
        paras: list[str],
        author: str,
        pin: bool = False,
    ) -> str:
        badge = '<p class="rc-live__pin">Épinglé</p>' if pin else ""
        hd = f'<h3 class="rc-live__title">{e(head)}</h3>' if head else ""
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<article class="rc-live__entry">{badge}<header class="rc-live__header"><time datetime="{iso}">{e(b_clock)}</time>'
            f'<p class="rc-live__author">Par {e(author)}</p></header>{hd}<div class="rc-live__body">{ps}</div></article>'
        )

    authors = ["Marc Poirier", "Isabelle Gallant", "Sophie Doucet"]
    assert pinned.ts
    pinned.html = art(
        pinned.label or "", pinned.ts.isoformat(), pinned.head, pinned.paras, authors[1], True
    )
    for b in feed:
        assert b.ts
        b.html = art(b.label or "", b.ts.isoformat(), b.head, b.paras, authors[b.ts.minute % 3])
    shown = [pinned, *feed]
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street)

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        lines = ([title] if title else []) + [text]
        html = art(clock(t), t.isoformat(), title, [text], authors[2])
        return post(html, lines, kind, [clock(t), f"Par {authors[2]}"])

    steps = fake(
        "Défi des pas pour la banque alimentaire",
        f"Les marcheurs du défi de décembre ont parcouru {num(rise(ctx, 28470, 9, 5), ' ')} km jusqu'ici, malgré la tempête.",
        STEPS,
    )
    meals = fake(
        None,
        f"La Soupe populaire de Moncton a servi {rise(ctx, 186, 4, 3)} repas chauds depuis 16 h à la salle de la rue Botsford.",
        MEALS,
    )
    footfall = fake(
        "Achalandage au Marché de Moncton",
        f"Les compteurs de la place Riverfront ont enregistré {drift(ctx, 240, 60)} passants au cours de la dernière heure.",
        FOOTFALL,
    )
    tick = fake("Ailleurs au pays", tx[TICKER], TICKER)
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (steps, list(range(0, n + 1)), 0.85),
            (meals, list(range(1, n + 1)), 0.8),
            (footfall, [0, 2, 3, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
        ],
    )
    read = bpa("rc-intro__text", "À lire aussi :", tx[READ], "/nouvelles/acadie/", READ)
    news = bp(
        "rc-intro__text",
        "Abonnez-vous à l'infolettre d'ICI Acadie pour recevoir chaque matin les nouvelles de votre région.",
        NEWS,
    )
    convo = bp(
        "rc-intro__text",
        "Café-jasette en français pour les nouveaux arrivants, les mardis à 18 h 30 à la bibliothèque de Dieppe ; tous les niveaux sont bienvenus.",
        CONVO,
    )
    tools = bp(
        "rc-intro__text",
        "L'outilthèque du Centre communautaire Sainte-Anne prête perceuses, échelles et souffleuses, le samedi de 9 h à midi, sur présentation d'une carte de membre.",
        TOOLS,
    )
    joke = bp("rc-intro__text", tx[JOKE], JOKE, lead="La blague du jour :")
    intro = weave(
        ctx,
        [f'<p class="rc-intro__text">{e(p)}</p>' for p in body],
        [
            (read, [0, 1, 2], 0.8),
            (news, [1, 2], 0.8),
            (convo, [0, 2], 0.7),
            (tools, [1, 2], 0.7),
            (joke, [0, 1, 2], 0.75),
        ],
    )
    publisher = org("Radio-Canada", "https://ici.radio-canada.ca")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Marc Poirier",
        publisher=publisher,
        lang="fr-CA",
        section="Acadie",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="fr-CA",
    )
    main = f"""<div class="rc-app">
<main class="rc-main">
<article class="rc-document rc-document--live">
<header class="rc-document__header">
<p class="rc-document__tag">En direct</p>
<h1 class="rc-document__title">{e(headline)}</h1>
<p class="rc-document__signature">Radio-Canada Acadie</p>
<p class="rc-document__date">Mis à jour le 6 décembre 2026 à {e(clock(modified))}</p>
</header>
<div class="rc-intro">
{intro}
</div>
{ad_slot("rc-promo", "Publicité", "rc-live-1")}
<section class="rc-live" aria-label="Mises à jour en direct">
{feed_html}
</section>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-CA",
        prefix="rc",
        brand="Radio-Canada",
        url=url,
        title=f"{headline} | Radio-Canada",
        sections=["Info", "Acadie", "Politique", "Économie", "Sports", "Arts"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Société Radio-Canada. Tous droits réservés.",
        jsonld=[graph(article, live)],
        main=main,
        body_cls="rc live",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# L'Express de Madagascar (Antananarivo, +03:00; the fetches run from 1am to 2am on Monday 7
# December), WordPress-like, live, OLDEST first, across local midnight: `<div>` items whose only
# clock is a `<time>` in a meta paragraph, "Dim. 6 déc. · 22:40" / "Lun. 7 déc. · 00:25", then
# one paragraph opening with a bold run-in sentence (no headings); a standalone JSON-LD
# `LiveBlogPosting` whose updates are stamped in UTC ("…Z").


def lexpress(ctx: Ctx) -> Render:
    url = "https://lexpress.mg/07/12/2026/fil-direct-fortes-pluies-antananarivo-sous-les-eaux-rn7-coupee-ambatolampy/"
    headline = (
        "Fil direct – Fortes pluies : Antananarivo sous les eaux, la RN7 coupée à Ambatolampy"
    )
    published = at(EAT, 6, 20, 45)
    town, street = "Antananarivo", "Indépendance"
    body = [
        "Des pluies torrentielles s'abattent depuis dimanche après-midi sur la capitale et les Hautes Terres. Plusieurs quartiers bas d'Antananarivo sont inondés et la RN7 est coupée à hauteur d'Ambatolampy.",
        "Le Bureau national de gestion des risques et des catastrophes a activé sa cellule de crise. Nous suivons la situation en direct.",
    ]
    days = {6: "Dim. 6 déc.", 7: "Lun. 7 déc."}

    def clock(dt: datetime) -> str:
        return f"{days[dt.day]} · {hm(dt)}"

    specs = [
        (
            6,
            21,
            30,
            "Les quartiers bas touchés.",
            "Anosibe, Andavamamba et Ampefiloha sont les plus touchés ; l'eau atteint un mètre dans certaines ruelles, selon le fokontany.",
        ),
        (
            6,
            22,
            40,
            "Évacuations à Anosibe.",
            "Les pompiers ont évacué une quarantaine de familles vers l'école primaire publique d'Anosibe, transformée en site d'hébergement.",
        ),
        (
            6,
            23,
            15,
            "La Jirama coupe le courant.",
            "Par précaution, la Jirama a coupé l'électricité dans plusieurs quartiers inondés, dont Isotry et une partie d'Andohatapenaka.",
        ),
        (
            6,
            23,
            50,
            "RN7 coupée.",
            "Un glissement de terrain bloque la RN7 à l'entrée d'Ambatolampy ; les taxis-brousse vers Antsirabe sont arrêtés à Behenjy.",
        ),
        (
            7,
            0,
            25,
            "Le niveau de l'Ikopa surveillé.",
            "Le BNGRC indique que l'Ikopa a atteint la cote d'alerte au pont d'Anosizato et demande aux riverains de se tenir prêts à partir.",
        ),
        (
            7,
            0,
            55,
            "Écoles fermées lundi.",
            "Le ministère de l'Éducation nationale annonce la fermeture des écoles publiques et privées d'Analamanga ce lundi.",
        ),
    ]
    entries = [
        Block("live_entry", clock(at(EAT, d, h, m)), at(EAT, d, h, m), None, [f"{lead} {t}"])
        for d, h, m, lead, t in specs
    ]
    leads = {f"{lead} {t}": lead for _, _, _, lead, t in specs}
    g_lead = "Pluie moins forte."
    g_text = "Météo Madagascar note une nette baisse de l'intensité des pluies sur la capitale et lève l'avis de vigilance rouge pour Analamanga."
    genuine = Block(
        "live_entry",
        clock(at(EAT, 7, 1, 52)),
        at(EAT, 7, 1, 52),
        None,
        [f"{g_lead} {g_text}"],
    )
    leads[f"{g_lead} {g_text}"] = g_lead
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(b_clock: str, iso: str, lead: str, text: str) -> str:
        return (
            f'<div class="lem-fil__item"><p class="lem-fil__meta"><time datetime="{iso}">{e(b_clock)}</time></p>'
            f"<p><strong>{e(lead)}</strong> {e(text)}</p></div>"
        )

    for b in shown:
        assert b.ts
        lead = leads[b.paras[0]]
        b.html = item(b.label or "", b.ts.isoformat(), lead, b.paras[0][len(lead) + 1 :])
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street)

    def fake(lead: str, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        return post(item(clock(t), t.isoformat(), lead, text), [text], kind, [clock(t)])

    fridge = fake(
        "Frigo solidaire.",
        f"Il reste {fall(ctx, 64, 2, 2)} produits dans le réfrigérateur partagé d'Analakely ; le riz et le lait sont les plus demandés.",
        FRIDGE,
    )
    meals = fake(
        "Soupe populaire.",
        f"Les bénévoles d'Akamasoa ont distribué {rise(ctx, 530, 6, 4)} bols de vary sosoa aux sinistrés depuis 20 heures.",
        MEALS,
    )
    acts = turn(
        ctx,
        [
            "le groupe de hira gasy de la troupe Ramilison",
            "la chorale de la cathédrale d'Andohalo, sous les parapluies",
            "le guitariste Fenoamby en acoustique",
            "les élèves du conservatoire avec un répertoire de Noël",
            "un ensemble de valiha venu d'Ambohimanga",
        ],
        "stage",
    )
    stage = fake("Sur la scène d'Ambohijatovo.", f"En ce moment, {acts}.", STAGE)
    tick = fake("Dans l'actualité.", tx[TICKER], TICKER)
    promo = fake("Publireportage.", tx[PROMO], PROMO)
    steps = fake(
        "Défi des pas.",
        f"Les participants du défi solidaire pour l'hôpital de Befelatanana ont parcouru {num(rise(ctx, 9870, 6, 4), ' ')} km à ce jour.",
        STEPS,
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (fridge, list(range(0, n + 1)), 0.85),
            (meals, list(range(1, n + 1)), 0.8),
            (stage, [1, 2, 4, n], 0.8),
            (tick, [0, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
            (steps, [1, 3, n], 0.75),
        ],
    )
    read = bpa("lem-chapo", "Lire aussi :", tx[READ], "/actualites/", READ)
    news = bp(
        "lem-chapo",
        "Inscrivez-vous à notre lettre quotidienne et recevez l'essentiel de l'actualité malgache chaque matin à 6 heures.",
        NEWS,
    )
    mayor = bp(
        "lem-chapo",
        "Agenda du maire de la Commune urbaine d'Antananarivo : réception du public mardi de 9 h à 11 h à l'hôtel de ville, inauguration du marché de Noël jeudi à 16 h.",
        MAYOR,
    )
    joke = bp("lem-chapo", tx[JOKE], JOKE, lead="Pour sourire :")
    wish = bp("lem-chapo", tx[WISH], WISH, lead="Courrier du Père Noël :")
    intro = weave(
        ctx,
        [f'<p class="lem-chapo">{e(p)}</p>' for p in body],
        [
            (read, [0, 1, 2], 0.8),
            (news, [1, 2], 0.8),
            (mayor, [0, 2], 0.7),
            (joke, [1, 2], 0.75),
            (wish, [0, 1, 2], 0.75),
        ],
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=org("L'Express de Madagascar", "https://lexpress.mg"),
        entries=shown,
        lang="fr-MG",
    )
    for upd, b in zip(live["liveBlogUpdate"], shown, strict=True):
        assert b.ts
        upd["datePublished"] = b.ts.astimezone(UTC).isoformat().replace("+00:00", "Z")
        upd["headline"] = leads[b.paras[0]].rstrip(".")
    main = f"""<div id="page" class="site">
<main id="main" class="lem-main">
<article class="lem-article post-{len(url) * 13} type-post">
<p class="lem-article__cat"><a href="/actualites/">Actualités</a></p>
<h1 class="lem-article__title entry-title">{e(headline)}</h1>
<p class="lem-article__meta">Par la Rédaction · mis à jour le {e(clock(modified).replace("·", "à"))}</p>
<div class="lem-article__content entry-content">
{intro}
{ad_slot("lem-pub", "Publicité", "lem-inread-1")}
<div class="lem-fil">
{feed}
</div>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-MG",
        prefix="lem",
        brand="L'Express de Madagascar",
        url=url,
        title=f"{headline} – L'Express de Madagascar",
        sections=["Actualités", "Politique", "Économie", "Société", "Sport", "Culture"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 L'Express de Madagascar",
        jsonld=[ld(live)],
        main=main,
        body_cls="lem single-post",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "lorientlejour-intemperies-autoroute-aeroport-inondee-tunnel-salim-salam-ferme",
        "L'Orient-Le Jour (LB)",
        "fr",
        "updates",
        EET,
        lorientlejour,
    ),
    Site(
        "radiocanada-direct-tempete-hivernale-pont-confederation-ferme-pannes-moncton",
        "Radio-Canada Acadie (CA)",
        "fr",
        "live",
        AST,
        radiocanada,
    ),
    Site(
        "lexpress-mg-fil-direct-fortes-pluies-antananarivo-rn7-coupee-ambatolampy",
        "L'Express de Madagascar (MG)",
        "fr",
        "live",
        EAT,
        lexpress,
    ),
]
