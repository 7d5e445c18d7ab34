"""French-language publishers: Le Droit, L'Union, Corse-Matin."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADVENT,
    APP,
    COMMENT,
    COUNTDOWN,
    DONATE,
    ER,
    FLIGHTS,
    HOMES,
    JOBS,
    LEISURE,
    RADIO,
    VOLUNTEER,
    WORD,
    bl,
    bp,
    door_time,
    drift,
    entrants,
    fr,
    graph,
    hm,
    key_points,
    ld,
    num,
    one,
    pl,
    rise,
    soon,
    xmas,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    big_footer,
    e,
    live_posting,
    mega_nav,
    news_article,
    org,
    pick,
    shell,
    weave,
)

EST = -5
CET = 1
_FR_SUBS = [
    "Faits divers",
    "Circulation",
    "Météo",
    "Politique",
    "Éducation",
    "Santé",
    "Économie",
    "Culture",
    "Justice",
    "Loisirs",
    "Opinions",
    "Avis de décès",
]


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Services": ["Abonnement", "Journal numérique", "Infolettres", "Nous joindre"],
            "Informations légales": [
                "Mentions légales",
                "Politique de confidentialité",
                "Gestion des témoins",
                "Conditions d'utilisation",
            ],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Le Droit (-05:00), updates: boxes at the top, newest first, each a paragraph with a bold
# "Mise à jour le 6 décembre 2026 à 15 h 20 :" lead; "Article mis à jour …" and "Erratum :" at
# the bottom


def droit(ctx: Ctx) -> Render:
    url = "https://www.ledroit.com/actualites/actualites-locales/gatineau/2026/12/06/avis-debullition-preventif-secteur-hull-panne-usine-de-filtration-QX4B7NPR2FGD5KJH3LWM6YT8ZE/"
    headline = "Avis d'ébullition préventif pour 40 000 résidents du secteur Hull après une panne à l'usine de filtration"
    published = at(EST, 6, 11, 15)
    cls = "ld-paragraph"
    body = [
        "La Ville de Gatineau a émis dimanche matin un avis d'ébullition préventif pour environ 40 000 résidents du secteur Hull, après une panne de courant à l'usine de filtration de la rue Saint-Joseph.",
        "La panne, survenue vers 8 h 30, a entraîné une baisse de pression dans le réseau pendant près de deux heures, ce qui oblige la Ville à faire analyser l'eau avant de lever l'avis.",
        "« On demande aux citoyens de faire bouillir l'eau au moins une minute avant de la boire, de préparer des biberons ou de se brosser les dents », a expliqué la porte-parole de la Ville, Isabelle Charron.",
        "Le secteur touché s'étend du pont des Chaudières jusqu'au boulevard Saint-Raymond, et du ruisseau de la Brasserie jusqu'à la rivière des Outaouais. Les secteurs Aylmer, Gatineau et Buckingham ne sont pas touchés.",
        "Plusieurs épiceries de la rue Montcalm et du boulevard Maisonneuve ont été prises d'assaut en fin de matinée, et certains commerces manquaient d'eau embouteillée dès midi.",
        "La Ville distribue de l'eau embouteillée au centre communautaire du Vieux-Hull, rue Charlevoix, jusqu'à 20 h.",
    ]
    notes = [
        Block(
            "update",
            "Mise à jour le 6 décembre 2026 à 15 h 20",
            at(EST, 6, 15, 20),
            None,
            [
                "Le CISSS de l'Outaouais demande aux cliniques et aux résidences pour aînés du secteur Hull d'utiliser de l'eau bouillie ou embouteillée jusqu'à nouvel ordre."
            ],
        ),
        Block(
            "update",
            "Mise à jour le 6 décembre 2026 à 12 h 40",
            at(EST, 6, 12, 40),
            None,
            [
                "Les premiers échantillons ont été envoyés au laboratoire. Les résultats ne sont pas attendus avant lundi matin, selon la Ville."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Mise à jour le 6 décembre 2026 à 17 h 53",
        at(EST, 6, 17, 53),
        None,
        [
            "La Ville ouvre un deuxième point de distribution d'eau embouteillée à l'aréna Robert-Guertin, lundi de 8 h à 20 h."
        ],
    )
    touched = Block(
        "update",
        None,
        None,
        None,
        ["Article mis à jour avec les consignes du CISSS de l'Outaouais pour les cliniques."],
    )
    erratum = Block(
        "correction",
        "Erratum",
        None,
        None,
        [
            "Une version précédente de ce texte indiquait que le secteur d'Aylmer était visé par l'avis. Ce n'est pas le cas."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    box = "ld-note-maj"
    for b in shown:
        b.html = f'<div class="{box}"><p class="{box}__texte"><strong>{e(b.label or "")} :</strong> {e(b.paras[0])}</p></div>'
    touched.html = f'<p class="{cls}"><em>{e(touched.paras[0])}</em></p>'
    erratum.html = f'<p class="{cls}"><em><strong>Erratum :</strong> {e(erratum.paras[0])}</em></p>'
    modified = shown[0].ts or published

    er_text = f"taux d'occupation de {drift(ctx, 142, 12)} % à l'Hôpital de Hull et de {drift(ctx, 128, 10)} % à l'Hôpital de Gatineau, selon Index Santé."
    er = W(
        f'<div class="{box}"><p class="{box}__texte"><strong>Urgences, {fr(ctx.ago(2, 35))} :</strong> {e(er_text)}</p></div>',
        [er_text],
        ER,
    )
    flights = pick(
        ctx,
        [
            f"AC 8852 de Toronto, atterri à {fr(ctx.ago(3, 30))}",
            f"WS 3412 de Calgary, prévu à {fr(soon(ctx, 20, 80))}",
            f"PD 2473 de Montréal, retardé, prévu à {fr(soon(ctx, 40, 90))}",
            f"AC 8417 de Halifax, atterri à {fr(ctx.ago(10, 45))}",
            f"PD 2731 de Québec, à l'heure, prévu à {fr(soon(ctx, 10, 50))}",
        ],
        3,
    )
    board = bp(cls, "Arrivées à l'aéroport d'Ottawa : " + " ; ".join(flights) + ".", FLIGHTS)
    words = [
        ("Ébullition", "passage d'un liquide à l'état de vapeur sous l'effet de la chaleur"),
        ("Aqueduc", "au Québec, réseau municipal de distribution de l'eau potable"),
        ("Embouteiller", "mettre un liquide en bouteilles"),
        ("Potable", "se dit d'une eau que l'on peut boire sans danger pour la santé"),
        ("Filtration", "action de faire passer un liquide à travers un filtre"),
    ]
    w, m = ctx.rng.choice(words)
    word = bp(cls, f"« {w} » : {m}.", WORD, lead="Le mot du jour :")
    homes = bl(
        "ld-liste",
        "",
        pick(
            ctx,
            [
                "Maison à vendre, secteur Aylmer : 3 chambres, garage double, 589 000 $",
                "Condo à vendre, Vieux-Hull : 2 chambres près du ruisseau de la Brasserie, 349 000 $",
                "Jumelé à vendre, secteur Gatineau : 4 chambres, grande cour, 479 000 $",
                "Triplex à vendre, secteur Hull : trois logements loués, 1 095 000 $",
                "Maison de ville à vendre, Plateau : 3 chambres, 519 000 $",
            ],
            2,
        ),
        HOMES,
    )
    shifts = bp(
        cls,
        f"La Soupe populaire de Hull cherche encore {16 - 2 * ctx.n + ctx.rng.randint(0, 1)} bénévoles pour servir les repas des Fêtes.",
        VOLUNTEER,
        lead="Bénévoles recherchés :",
    )

    app = bp(
        cls,
        f"Téléchargez l'application Le Droit : 4,5 étoiles, {num(drift(ctx, 1_932, 10), ' ')} évaluations.",
        APP,
    )

    units = [b.html for b in shown] + [f'<p class="{cls}">{e(p)}</p>' for p in body]
    units += [touched.html, erratum.html]
    k = len(units)
    n_notes = len(shown)
    story = weave(
        ctx,
        units,
        [
            (er, list(range(0, n_notes + 1)), 0.9),
            (board, list(range(n_notes + 2, k - 1)), 0.85),
            (word, list(range(n_notes + 1, k + 1)), 0.8),
            (homes, list(range(n_notes + 3, k - 1)), 0.75),
            (shifts, list(range(n_notes + 4, k + 1)), 0.8),
            (app, [k], 0.7),
        ],
    )
    main = f"""<main class="ld-main">
<article class="ld-article" data-article-id="QX4B7NPR2FGD5KJH3LWM6YT8ZE">
<header class="ld-article__header"><p class="ld-article__rubrique">Gatineau</p>
<h1 class="ld-article__titre">{e(headline)}</h1>
<p class="ld-article__sous-titre">La Ville demande de faire bouillir l'eau au moins une minute.</p>
<div class="ld-article__signature">Mathieu Bélanger · Le Droit · Publié le 6 décembre 2026 à 11 h 15 · Mis à jour à <time datetime="{modified.isoformat()}">{fr(modified)}</time></div>
<figure class="ld-article__photo"><img src="/resizer/usine-filtration-hull.jpg" alt=""><figcaption>L'usine de filtration de la rue Saint-Joseph. (Patrick Woodbury/Archives Le Droit)</figcaption></figure>
</header>
<div class="ld-article__corps">
{story}
</div>
{ad_slot("ld-pub", "Publicité", "ld_bigbox_2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="fr-CA",
        title=f"{headline} | Le Droit",
        canonical=url,
        prefix="ld",
        body_cls="ld-page ld-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Mathieu Bélanger",
                    publisher=org("Le Droit", "https://www.ledroit.com"),
                    lang="fr-CA",
                    section="Actualités locales",
                )
            )
        ],
        nav=mega_nav(
            "ld",
            "Le Droit",
            "/",
            ["Actualités", "Gatineau", "Ottawa", "Sports", "Arts", "Opinions"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer(
            "ld", "© 2026 Le Droit, Coopérative nationale de l'information indépendante"
        ),
    )
    return Render(html, body, [*shown, touched, erratum], genuine, modified)


# ---------------------------------------------------------------------------------------------
# L'Union (+01:00), live, newest first, <article> posts whose clock is an <h3> heading "19 h 15"
# followed by one paragraph, no headlines; a standalone LiveBlogPosting


def lunion(ctx: Ctx) -> Render:
    url = "https://www.lunion.fr/id612408/article/2026-12-06/direct-un-tgv-paris-reims-immobilise-en-pleine-voie-480-voyageurs-bloques"
    headline = (
        "DIRECT. Un TGV Paris-Reims immobilisé en pleine voie, 480 voyageurs bloqués dans le froid"
    )
    published = at(CET, 6, 19, 10)
    cls = "lu-texte"
    body = [
        "Un TGV parti de Paris-Est à 17 h 58 pour Reims est immobilisé depuis dimanche soir en pleine voie, à une vingtaine de kilomètres de Reims, après une panne d'alimentation électrique.",
        "À bord, 480 voyageurs attendent des secours. La SNCF annonce l'envoi d'une locomotive de dépannage. Suivez la situation en direct.",
    ]
    specs = [
        (
            19,
            15,
            "La SNCF confirme qu'une caténaire a été arrachée sur la ligne à grande vitesse. Le train s'est arrêté automatiquement, sans faire de blessé.",
        ),
        (
            19,
            50,
            "Les voyageurs sont privés de chauffage et de lumière depuis la panne. Des contrôleurs distribuent des bouteilles d'eau dans les voitures.",
        ),
        (
            20,
            35,
            "Une locomotive thermique de secours est partie de la gare de Reims. Elle doit remorquer le TGV jusqu'à la gare Champagne-Ardenne TGV, à Bezannes.",
        ),
        (
            21,
            20,
            "Les trains suivants sont détournés par la ligne classique via Épernay, avec au moins 90 minutes de retard à l'arrivée.",
        ),
        (
            22,
            5,
            "La locomotive de secours est arrivée à hauteur du TGV. L'attelage des deux machines prend plus de temps que prévu à cause du froid.",
        ),
        (
            22,
            48,
            "Le convoi s'est mis en route à vitesse réduite vers Bezannes. La préfecture de la Marne a ouvert un centre d'accueil dans la gare.",
        ),
    ]
    entries = [
        Block("live_entry", fr(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23 h 53",
        at(CET, 6, 23, 53),
        None,
        [
            "Le TGV est arrivé en gare de Champagne-Ardenne TGV à 23 h 40. Des cars emmènent les voyageurs jusqu'au centre-ville de Reims."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    for b in shown:
        ts = b.ts.isoformat() if b.ts else ""
        b.html = (
            f'<article class="lu-direct__post" data-time="{ts}">'
            f'<h3 class="lu-direct__heure">{e(b.label or "")}</h3><p class="{cls}">{e(b.paras[0])}</p></article>'
        )
    modified = shown[0].ts or published

    def fake(text: str, kind: str, t: datetime | None = None) -> W:
        t = t or ctx.ago(1, 22)
        return W(
            f'<article class="lu-direct__post" data-time="{t.isoformat()}">'
            f'<h3 class="lu-direct__heure">{fr(t)}</h3><p class="{cls}">{e(text)}</p></article>',
            [text],
            kind,
        )

    if ctx.n < 6:
        rink = f"Patinoire de Noël de la place d'Erlon : ouverte jusqu'à minuit, {drift(ctx, 110, 30)} patineurs sur la glace en ce moment, environ {ctx.rng.randint(5, 25)} minutes d'attente pour les patins."
    else:
        rink = "Patinoire de Noël de la place d'Erlon : fermée pour la nuit, réouverture lundi à 14 h. Entrée gratuite pour les moins de 6 ans."
    patinoire = fake(rink, LEISURE)
    day = ctx.local.day
    prize = {
        6: "un panier de champagne de la Montagne de Reims",
        7: "deux places pour le prochain match du Stade de Reims",
    }[day]
    advent = fake(
        f"Calendrier de l'Avent de L'union : derrière la case {day}, {prize}. Déjà {num(entrants(ctx, 1_842, 29, 15), ' ')} participants, tirage au sort à minuit.",
        ADVENT,
        door_time(ctx),
    )
    donate = bp(
        cls,
        f"Opération « Un jouet pour Noël » : {num(rise(ctx, 48_312, 155, 80), ' ')} € collectés grâce à la générosité de nos lecteurs.",
        DONATE,
    )
    app = bp(
        cls,
        f"Téléchargez l'application L'union pour recevoir nos alertes : notée 4,4/5 par {num(drift(ctx, 2_108, 9), ' ')} lecteurs.",
        APP,
    )
    points = key_points(
        ctx,
        "lu-essentiel",
        "L'essentiel",
        [
            "480 voyageurs bloqués dans un TGV près de Reims",
            "Une caténaire arrachée sur la LGV Est",
            "Des trains détournés par Épernay",
            "Un centre d'accueil ouvert en gare de Bezannes",
        ],
        3,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(donate, [0, 2], 0.7), (app, [1, 2], 0.6)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (patinoire, list(range(0, len(units) + 1)), 0.85),
            (advent, list(range(1, len(units) + 1)), 0.8),
        ],
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=org("L'union", "https://www.lunion.fr"),
        entries=shown,
        lang="fr-FR",
    )
    main = f"""<main class="lu-main">
<article class="lu-article lu-article--direct">
<header class="lu-article__header"><p class="lu-article__surtitre">Reims</p>
<h1 class="lu-article__titre">{e(headline)}</h1>
<p class="lu-article__chapo">La SNCF envoie une locomotive de secours après une panne de caténaire sur la LGV Est.</p>
<div class="lu-article__infos">Par la rédaction de L'union · Publié le 06/12/2026 à 19:10 · Mis à jour le 06/12/2026 à {hm(modified)}</div>
</header>
{ctx.maybe(points, 0.85)}
<div class="lu-direct__intro">
{intro}
</div>
{ad_slot("lu-pub", "Publicité", "lu_pave_1")}
<div class="lu-direct">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="fr-FR",
        title=f"{headline} | L'union",
        canonical=url,
        prefix="lu",
        body_cls="lu-page lu-page--direct",
        jsonld=[ld(live)],
        nav=mega_nav(
            "lu",
            "L'union",
            "/",
            ["Reims", "Marne", "Aisne", "Ardennes", "Sports", "Loisirs"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("lu", "© 2026 L'union – L'Ardennais"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Corse-Matin (+01:00), live, oldest first, <section> items with <time> "15:52" + <h2>; @graph with
# the NewsArticle first and a LiveBlogPosting


def corse(ctx: Ctx) -> Render:
    url = "https://www.corsematin.com/articles/direct-un-cargo-en-avarie-derive-au-large-du-golfe-dajaccio-148213"
    headline = "DIRECT. Un cargo en avarie dérive au large du golfe d'Ajaccio, un remorqueur d'intervention dépêché"
    published = at(CET, 6, 15, 40)
    cls = "cm-paragraph"
    body = [
        "Un cargo de 120 mètres transportant des conteneurs dérive depuis dimanche après-midi au large du golfe d'Ajaccio après une avarie de moteur, par une mer agitée et un vent d'ouest soutenu.",
        "La préfecture maritime de la Méditerranée a dépêché un remorqueur d'intervention basé à Toulon. Voici les dernières informations, de la plus ancienne à la plus récente.",
    ]
    specs = [
        (
            15,
            52,
            "Le cargo signale une avarie",
            "Le navire, battant pavillon maltais, a lancé un message d'alerte au Cross Med vers 15 h 10. Ses 18 membres d'équipage sont sains et saufs.",
        ),
        (
            16,
            40,
            "Un hélicoptère survole le navire",
            "Un hélicoptère de la Marine nationale parti d'Hyères survole le cargo pour évaluer la situation. Le navire dérive vers l'est à environ deux nœuds.",
        ),
        (
            17,
            35,
            None,
            "La station SNSM d'Ajaccio a mis à l'eau son canot tous temps, qui reste en veille à trois milles du cargo.",
        ),
        (
            18,
            50,
            "Le remorqueur attendu dans la nuit",
            "Parti de Toulon à 16 h 30, le remorqueur ne devrait pas arriver sur zone avant une heure du matin, selon la préfecture maritime.",
        ),
        (
            20,
            15,
            "Pas de pollution constatée",
            "Aucune fuite d'hydrocarbures n'a été observée autour du navire. Les conteneurs à bord ne contiennent pas de matières dangereuses.",
        ),
        (
            22,
            30,
            "Le cargo a mouillé ses ancres",
            "L'équipage est parvenu à mouiller les deux ancres à quatre milles de la pointe de la Parata. La dérive a ralenti mais n'est pas stoppée.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:54",
        at(CET, 6, 23, 54),
        "Les ancres tiennent, la dérive est stoppée",
        [
            "La préfecture maritime indique que le cargo ne bouge plus depuis 23 h 30. Le remorqueur doit le prendre en charge au petit matin."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        hd = f'<h2 class="cm-live__title">{e(b.head)}</h2>' if b.head else ""
        ts = b.ts.isoformat() if b.ts else ""
        b.html = (
            f'<section class="cm-live__item"><time class="cm-live__time" datetime="{ts}">{e(b.label or "")}</time>'
            f'{hd}<p class="{cls}">{e(b.paras[0])}</p></section>'
        )
    modified = shown[-1].ts or published

    def fake(title: str, text: str, kind: str, t: datetime | None = None) -> W:
        t = t or ctx.ago(1, 20)
        return W(
            f'<section class="cm-live__item"><time class="cm-live__time" datetime="{t.isoformat()}">{hm(t)}</time>'
            f'<h2 class="cm-live__title">{e(title)}</h2><p class="{cls}">{e(text)}</p></section>',
            [title, text],
            kind,
        )

    flights = pick(
        ctx,
        [
            f"Air Corsica XK 312 de Marseille, atterri à {fr(ctx.ago(3, 30))}",
            f"Air France AF 7744 de Paris-Orly, arrivée prévue à {fr(soon(ctx, 20, 60))}",
            f"Volotea V7 1622 de Nantes, retardé, arrivée prévue à {fr(soon(ctx, 40, 95))}",
            f"Air Corsica XK 134 de Nice, atterri à {fr(ctx.ago(8, 40))}",
            f"easyJet U2 4313 de Lyon, à l'heure, arrivée prévue à {fr(soon(ctx, 10, 45))}",
        ],
        2,
    )
    board = fake(
        one(ctx, ["Arrivées à Ajaccio Napoléon-Bonaparte", "Trafic aérien à Ajaccio"]),
        " ; ".join(flights) + ".",
        FLIGHTS,
    )
    d, hrs, mins = xmas(ctx)
    countdown = bp(
        cls,
        f"Plus que {d} jours, {pl(hrs, 'heure', 'heures', True)} et {pl(mins, 'minute', 'minutes', True)} avant Noël !",
        COUNTDOWN,
    )
    radio = bp(
        cls,
        "En ce moment sur Alta Frequenza : "
        + one(
            ctx,
            [
                "I Muvrini – Terra",
                "Canta u Populu Corsu – Sò elli",
                "Petru Guelfucci – Corsica",
                "Jean-Paul Poletti – U Sirinatu",
                "Patrizia Gattaceca – Isula",
            ],
        ),
        RADIO,
    )
    likes = rise(ctx, 74, 5, 3)
    comment = bp(
        cls,
        one(
            ctx,
            [
                f"« Encore un navire en mauvais état au large de nos côtes, il faut interdire ces cargos en hiver. » – U Sartinesu · {likes} j'aime",
                f"« Pensées pour l'équipage et merci aux sauveteurs de la SNSM, toujours là quand il faut. » – Ghjuvanni2A · {likes} j'aime",
                f"« Avec ce vent d'ouest, tout le golfe va récupérer ce qui tombe du pont. » – Marina_Porticcio · {likes} j'aime",
            ],
        ),
        COMMENT,
        lead="Le commentaire le plus aimé :",
    )
    job = bp(
        cls,
        one(
            ctx,
            [
                "La chambre de commerce de Corse-du-Sud recrute un agent d'exploitation portuaire à Ajaccio (CDI).",
                "Le port de commerce d'Ajaccio recrute un lamaneur en CDD de six mois – candidatures avant le 20 décembre.",
                "Une compagnie maritime recrute des matelots pour la saison 2027 au départ d'Ajaccio et de Propriano.",
            ],
        ),
        JOBS,
        lead="Emploi :",
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(radio, [0, 1, 2], 0.65), (job, [2], 0.6)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (board, list(range(1, len(units) + 1)), 0.85),
            (countdown, [0, len(units)], 0.7),
            (comment, list(range(2, len(units) + 1)), 0.7),
        ],
    )
    publisher = org("Corse-Matin", "https://www.corsematin.com")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Pierre-Laurent Santoni",
        publisher=publisher,
        lang="fr-FR",
        section="Faits divers",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="fr-FR",
    )
    main = f"""<main class="cm-main">
<article class="cm-article cm-article--live">
<header class="cm-article__header"><p class="cm-article__rubrique">Ajaccio</p>
<h1 class="cm-article__titre">{e(headline)}</h1>
<p class="cm-article__chapo">Dix-huit marins à bord, aucun blessé. Le navire a jeté l'ancre au large de la Parata.</p>
<div class="cm-article__meta">Pierre-Laurent Santoni · Publié le 06/12/2026 à 15:40 · Mis à jour le 06/12/2026 à {hm(modified)}</div>
</header>
<div class="cm-live__intro">
{intro}
</div>
{ad_slot("cm-pub", "Publicité", "cm_pave_haut")}
<div class="cm-live">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="fr-FR",
        title=f"{headline} - Corse Matin",
        canonical=url,
        prefix="cm",
        body_cls="cm-page cm-page--live",
        jsonld=[graph(article, live)],
        nav=mega_nav(
            "cm",
            "Corse-Matin",
            "/",
            ["Corse", "Ajaccio", "Bastia", "Sports", "Culture", "Économie"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("cm", "© Corse-Matin 2026"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "ledroit-gatineau-avis-ebullition-secteur-hull-usine-filtration",
        "Le Droit",
        "fr",
        "updates",
        EST,
        droit,
    ),
    Site(
        "lunion-direct-reims-tgv-immobilise-voyageurs-bloques",
        "L'union",
        "fr",
        "live",
        CET,
        lunion,
    ),
    Site(
        "corsematin-direct-ajaccio-cargo-avarie-derive-golfe",
        "Corse-Matin",
        "fr",
        "live",
        CET,
        corse,
    ),
]
