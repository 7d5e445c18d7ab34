"""French-language publishers: Rue89 Strasbourg (Alsace), Zinfos974 (La Réunion), TV Lux
(Wallonia, Belgium)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BOOKBUS,
    COMMENTS,
    DRAWING,
    JABS,
    LOST,
    NEWS,
    NOMS,
    POEM,
    PROMO,
    PUNCT,
    READ,
    REPAIR,
    SURGERY,
    TRADE,
    WEATHER,
    bl,
    bp,
    bpa,
    countdown,
    drift,
    frh,
    graph,
    hm,
    ld,
    num,
    rise,
    share,
    turn,
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
    shell,
    weave,
)

CET = 1
RET = 4

_FR_SUBS = [
    "Faits divers",
    "Politique",
    "Économie",
    "Société",
    "Culture",
    "Sports",
    "Santé",
    "Éducation",
    "Environnement",
    "Transports",
    "Agenda",
    "Nécrologie",
]


def _foot(prefix: str, brand: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            brand: ["Qui sommes-nous", "Contact", "Publicité", "Newsletters", "Abonnement"],
            "Informations légales": [
                "Mentions légales",
                "Confidentialité",
                "Conditions générales",
                "Gestion des cookies",
            ],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Rue89 Strasbourg (+01:00), WordPress-like. The notes sit at the top, newest first, as italic
# paragraphs with a bold lead "Mis à jour dimanche 6 décembre à 22h10 :"; a bold "Rectificatif :"
# at the bottom (`correction`). The body has a list of closed streets.


def rue89(ctx: Ctx) -> Render:
    url = "https://www.rue89strasbourg.com/fuite-de-gaz-krutenau-rue-de-zurich-evacuation-312345"
    headline = "Fuite de gaz à la Krutenau : 200 habitants évacués, la rue de Zurich fermée"
    published = at(CET, 6, 18, 5)
    body = [
        "Une fuite de gaz sur une canalisation de la rue de Zurich a conduit les pompiers à évacuer environ 200 habitants de la Krutenau, dimanche en fin d'après-midi.",
        "L'alerte a été donnée vers 17h20 par un habitant qui sentait une forte odeur de gaz dans la cage d'escalier de son immeuble.",
        "Les pompiers du SIS 67 ont établi un périmètre de sécurité de 100 mètres autour de la fuite et fait couper l'électricité dans une dizaine d'immeubles.",
        "« On nous a dit de sortir tout de suite, sans prendre nos affaires », raconte Leïla, étudiante, qui habite le quartier depuis septembre.",
        "La Ville a ouvert un gymnase, quai des Pêcheurs, pour accueillir les habitants qui ne peuvent pas dormir chez des proches.",
        "Sont fermés à la circulation :",
        "la rue de Zurich entre le quai des Bateliers et la rue de la Krutenau",
        "le quai des Pêcheurs jusqu'au pont Saint-Guillaume",
        "la place de Zurich et la rue des Bouchers",
        "Les techniciens de R-GDS, le distributeur de gaz, travaillent à isoler la conduite. Selon eux, la réparation pourrait prendre toute la nuit.",
        "Les bus des lignes 10 et 14 sont déviés par la place de l'Étoile jusqu'à nouvel ordre, précise la Compagnie des transports strasbourgeois.",
    ]
    notes = [
        Block(
            "update",
            "Mis à jour dimanche 6 décembre à 22h10",
            at(CET, 6, 22, 10),
            None,
            [
                "Les techniciens ont localisé la fuite sur une conduite posée en 1962. Les habitants des numéros 2 à 10 de la rue de Zurich peuvent rentrer chez eux."
            ],
        ),
        Block(
            "update",
            "Mis à jour dimanche 6 décembre à 20h35",
            at(CET, 6, 20, 35),
            None,
            [
                "Une personne âgée a été prise en charge par les pompiers pour un malaise, sans lien direct avec le gaz selon le SIS 67."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Mis à jour dimanche 6 décembre à 23h55",
        at(CET, 6, 23, 55),
        None,
        [
            "La conduite est réparée, annonce R-GDS. Le gaz et l'électricité seront rétablis dans la nuit pour tous les immeubles évacués."
        ],
    )
    corr = Block(
        "correction",
        "Rectificatif",
        None,
        None,
        [
            "Nous avions écrit que la fuite s'était produite rue de la Krutenau. Elle s'est produite rue de Zurich, à l'angle de la rue des Bouchers."
        ],
    )
    corr.html = f"<p><strong>Rectificatif :</strong> {e(corr.paras[0])}</p>"
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def lead_em(lead: str, text: str) -> str:
        return f"<p><em><strong>{e(lead)} :</strong> {e(text)}</em></p>"

    for b in shown:
        b.html = lead_em(b.label or "", b.paras[0])
    modified = shown[0].ts or published

    mended = rise(ctx, 2604, 3, 2)
    repair = W(
        lead_em(
            f"Repair Café de la Krutenau, mis à jour à {frh(ctx.ago(1, 9))}",
            txt
            := f"{num(mended, ' ')} objets réparés depuis l'ouverture du Repair Café en 2019, soit environ {num(mended * 2, ' ')} kilos de déchets évités.",
        ),
        [txt],
        REPAIR,
    )
    punct = W(
        lead_em(
            f"Ponctualité des trams CTS, mise à jour à {frh(ctx.ago(1, 11))}",
            txt2
            := f"{share(ctx, 90, 4)} % des trams et {share(ctx, 79, 5)} % des bus circulent à l'heure ce soir. Retards sur les lignes 10 et 14, déviées à la Krutenau.",
        ),
        [txt2],
        PUNCT,
    )
    lost = bp(
        "",
        turn(
            ctx,
            [
                "Un doudou lapin bleu trouvé dans le tram C à l'arrêt Gallia. À réclamer au bureau des objets trouvés, rue du Jeu-des-Enfants.",
                "Un trousseau de clés avec un porte-clés du Racing, trouvé quai des Bateliers.",
                "Une paire de lunettes de vue dans un étui rouge, oubliée à la médiathèque Malraux.",
                "Un vélo pliant noir, retrouvé place d'Austerlitz et rapporté par la police municipale.",
                "Une alliance gravée « A. & T. 2008 », trouvée au marché de Noël de la place Broglie.",
                "Un cartable d'écolier vert avec un cahier de CE2, oublié dans le bus 14.",
            ],
            "lost",
        ),
        LOST,
        lead="Objets trouvés :",
    )
    poem = bp(
        "",
        turn(
            ctx,
            [
                "« Sur l'Ill endormie glisse une lumière, / la cathédrale veille sur la rivière. » Par Odile Wendling, Neudorf.",
                "« Mon grand-père parlait alsacien aux pigeons, / ils lui répondaient en français, par principe. » Par Marc Schaeffer, Cronenbourg.",
                "« La neige sur les toits de la Petite France / a le goût des bredele de mon enfance. » Par Claire Meyer, Koenigshoffen.",
                "« Quai des Bateliers, un soir de décembre, / j'ai attendu le tram et trouvé mon chemin. » Par Yasmine Haddad, Krutenau.",
                "« Les cigognes sont parties, les marrons sont grillés, / l'hiver a mis son manteau sur l'Orangerie. » Par Paul Kuntz, Robertsau.",
                "« Trois ponts, deux rives, une seule ville / où même le brouillard parle deux langues. » Par Inès Roth, Esplanade.",
            ],
            "poem",
        ),
        POEM,
        lead="Le poème de la semaine :",
    )
    surgery = bp(
        "",
        "la députée de la circonscription reçoit sans rendez-vous le lundi de 14h à 17h, rue de la Krutenau ; l'adjoint de quartier tient sa permanence le samedi matin à la mairie de quartier Bourse-Esplanade-Krutenau.",
        SURGERY,
        lead="Permanences des élus :",
    )
    jabs = bl(
        "",
        "",
        [
            "Vaccination antigrippale sans rendez-vous : centre de santé de l'Esplanade, mardi de 9h à 12h",
            "Vaccination antigrippale sans rendez-vous : pharmacie de la place de Zurich, mercredi de 14h à 19h",
            "Vaccination antigrippale sans rendez-vous : hôpital civil, bâtiment Pasteur, jeudi de 10h à 16h",
        ],
        JABS,
    )
    read = bpa(
        "",
        "Lire aussi :",
        turn(
            ctx,
            [
                "Marché de Noël : la Ville renforce les contrôles à l'entrée de la Grande-Île",
                "À la Krutenau, les commerçants s'inquiètent de la fermeture du parking",
                "Tram vers Kehl : la fréquentation a doublé en cinq ans",
                "Logement étudiant : la file d'attente s'allonge au Crous",
                "Le chantier de la place de l'Étoile prend six mois de retard",
                "Qualité de l'air : Strasbourg sous les seuils européens pour la première fois",
            ],
            "read",
        ),
        "/categorie/actualite/",
        READ,
    )
    said = f"{rise(ctx, 38, 2, 2)} commentaires sur cet article – réservés aux abonnés"
    comments = W(f'<p><a href="#comments">{e(said)}</a></p>', [said], COMMENTS)

    streets = "".join(f"<li>{e(x)}</li>" for x in body[6:9])
    top = [b.html for b in shown]
    nt = len(top)
    units = top + [f"<p>{e(p)}</p>" for p in body[:6]] + [f"<ul>{streets}</ul>"]
    ul = len(units) - 1
    units += [f"<p>{e(p)}</p>" for p in body[9:]] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (repair, list(range(0, nt + 1)), 0.85),
            (punct, list(range(0, nt + 2)), 0.85),
            (lost, [nt + 2, nt + 3, nt + 4, ul + 1, ul + 2], 0.8),
            (poem, [nt + 3, nt + 4, nt + 5, ul + 2, k - 1], 0.75),
            (surgery, [ul + 2, k - 1, k], 0.7),
            (jabs, [ul + 1, ul + 2], 0.8),
            (read, [nt + 2, nt + 3, nt + 5, ul + 1], 0.8),
            (comments, [k - 1, k], 0.8),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article id="post-312345" class="post type-post status-publish format-standard category-krutenau">
<header class="entry-header">
<div class="r89-categories"><a href="/quartier/krutenau/">Krutenau</a></div>
<h1 class="entry-title">{e(headline)}</h1>
<p class="r89-chapo">Les pompiers ont établi un périmètre de sécurité de 100 mètres ; la réparation pourrait durer toute la nuit.</p>
<div class="entry-meta"><span class="byline">par Thomas Riehl</span>
<span class="posted-on">Publié le 6 décembre 2026 à 18h05 · Mis à jour le <time class="updated" datetime="{modified.isoformat()}">6 décembre 2026 à {e(frh(modified))}</time></span></div>
</header>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="fr-FR",
        title=f"{headline} - Rue89 Strasbourg",
        canonical=url,
        prefix="r89",
        body_cls="post-template-default single single-post",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Thomas Riehl",
                    publisher=org("Rue89 Strasbourg", "https://www.rue89strasbourg.com"),
                    lang="fr-FR",
                    section="Krutenau",
                )
            )
        ],
        nav=mega_nav(
            "r89",
            "Rue89 Strasbourg",
            "/",
            ["Actualité", "Quartiers", "Politique", "Culture", "Enquêtes", "Agenda"],
            _FR_SUBS,
        ),
        main=main,
        footer=_foot("r89", "Rue89 Strasbourg", "© 2026 Rue89 Strasbourg, média indépendant"),
        cms="wp",
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Zinfos974 (+04:00, the fetches run from 2 h to 3 h on Monday 7 December), custom CMS. An italic
# bold "Précision :" at the top (`clarification`, lower-case first word); boxes inside the story
# after paragraph 4, newest first, each an `<h4>` "MAJ de 1h30" + a paragraph. The body has a
# list of closed roads.


def zinfos(ctx: Ctx) -> Render:
    url = "https://www.zinfos974.com/Fortes-pluies-la-route-du-Littoral-fermee-le-radier-de-la-riviere-Saint-Etienne-submerge_a198765.html"
    headline = "Fortes pluies : la route du Littoral fermée, le radier de la rivière Saint-Étienne submergé"
    published = at(RET, 6, 19, 30)
    body = [
        "De fortes pluies s'abattent depuis samedi soir sur l'ouest et le sud de La Réunion. La route du Littoral a été fermée dans les deux sens dimanche en fin d'après-midi.",
        "Météo-France a placé l'île en vigilance orange fortes pluies et orages. Il est tombé plus de 250 millimètres d'eau en 24 heures à la Plaine des Palmistes.",
        "Le radier de la rivière Saint-Étienne, entre Saint-Louis et Saint-Pierre, est submergé. Les gendarmes ont fait demi-tour à plusieurs automobilistes qui tentaient de passer.",
        "« L'eau est montée d'un coup, en vingt minutes elle était au-dessus du parapet », témoigne un riverain du quartier du Gol.",
        "Les routes suivantes sont fermées :",
        "la route du Littoral (RN1) entre Saint-Denis et La Possession",
        "le radier de la rivière Saint-Étienne (RN1) au Gol",
        "la route de Cilaos (RN5) à partir de l'îlet Furcy",
        "La préfecture demande aux habitants de limiter leurs déplacements et de ne pas s'approcher des ravines.",
        "Les écoles ne rouvriront lundi que si la vigilance orange est levée, précise le rectorat.",
    ]
    top = Block(
        "clarification",
        "Précision",
        None,
        None,
        [
            "les relevés de pluie cités dans cet article sont ceux du réseau de Météo-France ; la préfecture publie ses propres chiffres, qui peuvent différer."
        ],
    )
    top.html = f'<p class="zf-texte"><em><strong>Précision :</strong> {e(top.paras[0])}</em></p>'
    notes = [
        Block(
            "update",
            "MAJ de 1h30",
            at(RET, 7, 1, 30),
            None,
            [
                "La route de Cilaos restera fermée toute la nuit : un éboulement a été signalé à la sortie du tunnel du Bras de Cilaos."
            ],
        ),
        Block(
            "update",
            "MAJ de 23h45",
            at(RET, 6, 23, 45),
            None,
            [
                "Selon EDF, près de 4 000 foyers sont privés d'électricité à Saint-Louis et à l'Étang-Salé."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "MAJ de 2h55",
        at(RET, 7, 2, 55),
        None,
        [
            "Météo-France abaisse la vigilance au jaune pour le sud de l'île. La préfecture maintient la fermeture de la route du Littoral jusqu'à 6 heures."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def box(title: str, text: str) -> str:
        return f'<div class="zf-maj"><h4 class="zf-maj__titre">{e(title)}</h4><p class="zf-texte">{e(text)}</p></div>'

    for b in shown:
        b.html = box(b.label or "", b.paras[0])
    modified = shown[0].ts or published

    bt = frh(ctx.ago(1, 9))
    bus_text = (
        "Prochaine tournée du médiabus de Saint-Paul : lundi à 8h30 au Guillaume, "
        + countdown(ctx, at(RET, 7, 8, 30), lambda h, m: f"dans {h} h {m:02d} min.")
    )
    bookbus = W(box(f"Médiabus à {bt}", bus_text), [bus_text], BOOKBUS, [f"Médiabus à {bt}"])
    wt = frh(ctx.ago(1, 12))
    weather_text = f"Saint-Denis : {drift(ctx, 23, 1)} °C, pluie modérée, {drift(ctx, 14, 3)} mm depuis minuit au Chaudron. Vent d'est {drift(ctx, 30, 5)} km/h."
    weather = W(box(f"Météo à {wt}", weather_text), [weather_text], WEATHER, [f"Météo à {wt}"])
    noms = bp(
        "zf-texte",
        f"{rise(ctx, 312, 2, 2)} candidatures reçues pour les Trophées de l'engagement associatif de La Réunion. Clôture des inscriptions vendredi à midi.",
        NOMS,
        lead="Trophées de l'engagement :",
    )
    drawing = bp(
        "zf-texte",
        turn(
            ctx,
            [
                "Maëlys, 7 ans, de Saint-Leu, a dessiné le Piton de la Fournaise en éruption avec un arc-en-ciel.",
                "Noa, 6 ans, de Sainte-Marie, a dessiné les tortues de Kélonia.",
                "Kenzo, 9 ans, du Tampon, nous envoie un dessin du marché forain avec des letchis partout.",
                "Lina, 5 ans, de Saint-Pierre, a dessiné son papi qui pêche des bichiques.",
                "Enzo, 8 ans, de Cilaos, a dessiné le cirque avec toutes les lentilles.",
                "Anaïs, 10 ans, de Saint-Paul, a dessiné un paille-en-queue au-dessus du lagon.",
            ],
            "drawing",
        ),
        DRAWING,
        lead="Le dessin de la semaine :",
    )
    trade = bp(
        "zf-texte",
        turn(
            ctx,
            [
                "la JS Saint-Pierroise serait en contact avec un attaquant malgache qui joue en Ligue 2.",
                "la SS Jeanne d'Arc veut prolonger son gardien jusqu'en 2028.",
                "l'AS Excelsior cherche un milieu défensif et a sondé un joueur de la Saint-Pauloise.",
                "un club de National s'intéresse au meilleur buteur de la Régionale 1.",
                "la Saint-Pauloise FC annonce le retour de son ancien capitaine.",
                "le SDEFA de Saint-Denis a recruté un défenseur comorien.",
            ],
            "trade",
        ),
        TRADE,
        lead="Mercato :",
    )
    promo = bp(
        "zf-texte",
        turn(
            ctx,
            [
                "Air Austral : Paris à partir de 799 € aller-retour pour les vacances de janvier.",
                "Leclerc Portail : le litchi de Saint-Rose à 3,99 € le kilo ce week-end.",
                "Crédit Agricole de La Réunion : votre prêt travaux à taux réduit jusqu'au 31 décembre.",
                "Kélonia : entrée à moitié prix pour les enfants pendant les vacances.",
                "Corsair : une valise offerte pour tout vol vers Maurice réservé avant Noël.",
                "Runmarket : livraison gratuite de vos courses dans tout le sud.",
            ],
            "promo",
        ),
        PROMO,
        lead="Publi-information :",
    )
    news = bp(
        "zf-texte",
        "Recevez chaque matin à 6 heures la newsletter de Zinfos974 avec l'essentiel de l'actualité réunionnaise : inscription gratuite en un clic.",
        NEWS,
    )
    said = f"Réagissez : {rise(ctx, 57, 3, 3)} commentaires"
    comments = W(f'<p class="zf-texte"><a href="#commentaires">{e(said)}</a></p>', [said], COMMENTS)

    roads = "".join(f"<li>{e(x)}</li>" for x in body[5:8])
    units = [top.html] + [f'<p class="zf-texte">{e(p)}</p>' for p in body[:4]]
    first_note = len(units)
    units += [b.html for b in shown]
    after = len(units)
    units += [f'<p class="zf-texte">{e(body[4])}</p>', f'<ul class="zf-liste">{roads}</ul>']
    units += [f'<p class="zf-texte">{e(p)}</p>' for p in body[8:]]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (bookbus, list(range(first_note, after + 1)), 0.8),
            (weather, [first_note, after, after + 1, k], 0.85),
            (noms, [2, 3, after + 2, k - 1], 0.75),
            (drawing, [2, 3, 4, after + 2, k - 1], 0.75),
            (trade, [1, 2, after + 3, k], 0.8),
            (promo, [1, 3, after, after + 2], 0.75),
            (news, [k - 1, k], 0.75),
            (comments, [k], 0.8),
        ],
    )
    main = f"""<div class="zf-page">
<main class="zf-main" id="contenu">
<article class="zf-article">
<header class="zf-article__entete">
<p class="zf-article__rubrique">Société</p>
<h1 class="zf-article__titre">{e(headline)}</h1>
<p class="zf-article__chapo">Vigilance orange fortes pluies et orages ; 250 millimètres en 24 heures à la Plaine des Palmistes.</p>
<p class="zf-article__auteur">Par Nadia Hoarau</p>
<p class="zf-article__date">Publié le 06/12/2026 à 19:30 | Mis à jour le <time datetime="{modified.isoformat()}">{modified.strftime("%d/%m/%Y")} à {hm(modified)}</time></p>
</header>
<div class="zf-article__corps">
{story}
</div>
{ad_slot("zf-pub", "Publicité", "zf-article-pave")}
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="fr-RE",
        title=f"{headline} | Zinfos974",
        canonical=url,
        prefix="zf",
        body_cls="zf article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Nadia Hoarau",
                    publisher=org("Zinfos974", "https://www.zinfos974.com"),
                    lang="fr-RE",
                    section="Société",
                )
            )
        ],
        nav=mega_nav(
            "zf",
            "Zinfos974",
            "/",
            ["Actualité", "Politique", "Société", "Économie", "Sport", "Culture"],
            _FR_SUBS,
        ),
        main=main,
        footer=_foot("zf", "Zinfos974", "© 2026 Zinfos974 – Le journal de La Réunion"),
    )
    return Render(html, body, [top, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# TV Lux (+01:00), custom CMS, live, oldest first: `<div class="tvl-post">` entries, a
# `<time>` "18:20" in its own paragraph + `<h3>` (one without headline); JSON-LD `@graph` with a
# `BreadcrumbList`, the `NewsArticle` and a `LiveBlogPosting`.


def tvlux(ctx: Ctx) -> Render:
    url = "https://www.tvlux.be/video/info/direct-neige-sur-l-ardenne-l-e25-fermee-entre-bastogne-et-neufchateau_61234.html"
    headline = "Direct : neige sur l'Ardenne, l'E25 fermée entre Bastogne et Neufchâteau, des camions bloqués"
    published = at(CET, 6, 18, 10)
    body = [
        "De fortes chutes de neige touchent l'Ardenne depuis la fin de l'après-midi. Plus de 15 centimètres sont tombés sur le plateau de Bastogne et des dizaines de camions sont bloqués sur l'E25.",
        "L'autoroute est fermée dans les deux sens entre Bastogne et Neufchâteau. Suivez l'évolution de la situation dans notre direct.",
    ]
    specs = [
        (
            18,
            20,
            "Les premiers flocons à Bastogne",
            "La neige tombe depuis 17 heures sur le plateau. L'IRM a émis un avertissement jaune pour les provinces de Luxembourg et de Liège.",
        ),
        (
            19,
            5,
            "Camions en travers à Vaux-sur-Sûre",
            "Deux poids lourds se sont mis en travers sur l'E25 à hauteur de Vaux-sur-Sûre, en direction d'Arlon. La circulation est à l'arrêt.",
        ),
        (
            19,
            50,
            None,
            "La police de la route annonce la fermeture de l'E25 entre Bastogne et Neufchâteau dans les deux sens. Les épandeuses ne peuvent plus passer.",
        ),
        (
            20,
            45,
            "Poids lourds interdits",
            "Le SPW Mobilité interdit les camions de plus de 7,5 tonnes sur toutes les routes régionales de la province jusqu'à nouvel ordre.",
        ),
        (
            21,
            40,
            "Un accueil pour les chauffeurs",
            "La commune de Neufchâteau a ouvert la salle du centre culturel pour les chauffeurs bloqués. La Croix-Rouge y distribue de la soupe.",
        ),
        (
            22,
            35,
            "Les bus à l'arrêt",
            "Le TEC suspend toutes ses lignes dans le nord de la province jusqu'à la fin de la soirée.",
        ),
    ]
    entries = [
        Block("live_entry", f"{h:02d}:{m:02d}", at(CET, 6, h, m), hd, [t]) for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:54",
        at(CET, 6, 23, 54),
        "L'E25 rouverte vers Arlon",
        [
            "Les dépanneuses ont dégagé les camions de Vaux-sur-Sûre. L'autoroute est rouverte en direction d'Arlon, sur une seule bande."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def post(label: str, ts: datetime, head: str | None, text: str) -> str:
        hd = f'<h3 class="tvl-post__titre">{e(head)}</h3>' if head else ""
        return (
            f'<div class="tvl-post"><p class="tvl-post__heure"><time datetime="{ts.isoformat()}">{e(label)}</time></p>'
            f'{hd}<div class="tvl-post__texte"><p>{e(text)}</p></div></div>'
        )

    for b in shown:
        assert b.ts
        b.html = post(b.label or "", b.ts, b.head, b.paras[0])
    modified = max(b.ts for b in shown if b.ts)

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        return W(post(hm(t), t, title, text), [title, text], kind, [hm(t)])

    weather = fake(
        "Météo sur l'Ardenne",
        f"Bastogne : {drift(ctx, -2, 1)} °C, neige, {drift(ctx, 16, 2)} cm au sol. Arlon : {drift(ctx, 0, 1)} °C. Relevés du réseau de l'IRM.",
        WEATHER,
    )
    lost = fake(
        "Objets trouvés en gare d'Arlon",
        turn(
            ctx,
            [
                "Une écharpe en laine aux couleurs du RFC Liège, trouvée dans le train de 17h02 vers Namur.",
                "Un appareil photo dans une housse grise, oublié sur le quai 3.",
                "Une trottinette d'enfant rose, laissée au parking de la gare.",
                "Une mallette de médecin, retrouvée dans la salle d'attente.",
                "Un trousseau de clés avec une médaille de saint Christophe, trouvé au guichet.",
                "Une paire de skis de fond, oubliée dans le train de Luxembourg.",
            ],
            "lost",
        ),
        LOST,
    )
    bookbus = fake(
        "Le Bibliobus de la Province",
        "Prochain arrêt du Bibliobus : lundi à 9h à Sibret, place du village, "
        + countdown(ctx, at(CET, 7, 9, 0), lambda h, m: f"dans {h} heures et {m} minutes."),
        BOOKBUS,
    )
    noms = fake(
        "Prix provincial du bénévolat",
        f"{rise(ctx, 274, 2, 2)} bénévoles ont déjà été proposés pour le Prix provincial du bénévolat. Les propositions sont ouvertes jusqu'au 20 décembre.",
        NOMS,
    )
    punct = fake(
        "SNCB : ponctualité ce soir",
        f"{share(ctx, 71, 6)} % des trains circulent à l'heure sur la ligne 162 Namur–Arlon ce soir, selon l'Infrabel. Retard moyen : {drift(ctx, 14, 4)} minutes.",
        PUNCT,
    )
    news = bp(
        "tvl-chapo",
        "Inscrivez-vous à la newsletter de TV Lux : toute l'info de la province de Luxembourg, chaque jour à 7 heures.",
        NEWS,
    )
    said = f"{rise(ctx, 92, 3, 3)} réactions à ce direct"
    comments = W(f'<p class="tvl-chapo"><a href="#reactions">{e(said)}</a></p>', [said], COMMENTS)
    promo = bp(
        "tvl-chapo",
        turn(
            ctx,
            [
                "Garage Dewez à Libramont : pneus hiver montés à partir de 299 € les quatre.",
                "Brasserie d'Achouffe : visite et dégustation offertes aux abonnés du journal.",
                "Domaine des Hautes Fagnes : séjour neige deux nuits à partir de 159 €.",
                "Ets Wathelet à Bastogne : chasse-neige et fraises à neige en stock.",
                "Les Thermes de Spa : entrée à 20 € en semaine jusqu'à Noël.",
                "Quincaillerie Lambert à Neufchâteau : sel de déneigement à 4,99 € le sac.",
            ],
            "promo",
        ),
        PROMO,
        lead="Contenu sponsorisé :",
    )

    intro = weave(
        ctx,
        [f'<p class="tvl-chapo">{e(p)}</p>' for p in body],
        [(news, [1, 2], 0.8), (comments, [0, 1, 2], 0.8), (promo, [0, 1, 2], 0.75)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (weather, list(range(0, n + 1)), 0.85),
            (lost, list(range(1, n + 1)), 0.75),
            (bookbus, [0, 1, n - 1, n], 0.75),
            (noms, list(range(0, n)), 0.8),
            (punct, list(range(1, n + 1)), 0.85),
        ],
    )
    publisher = org("TV Lux", "https://www.tvlux.be")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Rédaction TV Lux",
        publisher=publisher,
        lang="fr-BE",
        section="Info",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="fr-BE",
    )
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "Info",
                "item": "https://www.tvlux.be/info",
            },
            {"@type": "ListItem", "position": 2, "name": headline},
        ],
    }
    main = f"""<div class="tvl-page">
<main class="tvl-main" id="main">
<article class="tvl-article tvl-article--direct">
<header class="tvl-article__header">
<span class="tvl-article__badge">En direct</span>
<h1 class="tvl-article__titre">{e(headline)}</h1>
<p class="tvl-article__sous-titre">Avertissement jaune de l'IRM ; poids lourds interdits sur les routes de la province</p>
<p class="tvl-article__auteur">La rédaction</p>
<p class="tvl-article__maj">Dernière mise à jour : <time datetime="{modified.isoformat()}">{hm(modified)}</time></p>
</header>
<div class="tvl-chapo-wrap">
{intro}
</div>
{ad_slot("tvl-pub", "Publicité", "tvl-direct-pave")}
<div class="tvl-direct" data-direct="on">
{feed}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="fr-BE",
        title=f"{headline} - TV Lux",
        canonical=url,
        prefix="tvl",
        body_cls="tvl direct",
        jsonld=[graph(crumbs, article, live)],
        nav=mega_nav(
            "tvl",
            "TV Lux",
            "/",
            ["Info", "Sport", "Culture", "Émissions", "Replay", "Météo"],
            _FR_SUBS,
        ),
        main=main,
        footer=_foot(
            "tvl", "TV Lux", "© 2026 TV Lux, télévision locale de la province de Luxembourg"
        ),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "rue89strasbourg-fuite-de-gaz-krutenau-rue-de-zurich-habitants-evacues",
        "Rue89 Strasbourg (FR)",
        "fr",
        "updates",
        CET,
        rue89,
    ),
    Site(
        "zinfos974-fortes-pluies-route-du-littoral-fermee-radier-saint-etienne-submerge",
        "Zinfos974 (RE)",
        "fr",
        "updates",
        RET,
        zinfos,
    ),
    Site(
        "tvlux-direct-neige-ardenne-e25-fermee-bastogne-neufchateau",
        "TV Lux (BE)",
        "fr",
        "live",
        CET,
        tvlux,
    ),
]
