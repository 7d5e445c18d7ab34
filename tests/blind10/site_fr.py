"""French pages: Midi Libre (updates), L'Est Républicain (updates), 24 heures (live, CH)."""

from __future__ import annotations

from datetime import datetime

import fx
from kit import Block, e, stamp

OFF = 1


def midilibre(Site):
    pc = "article-full__p"
    body = [
        "Un cargo de 110 mètres battant pavillon maltais a rompu ses amarres ce dimanche après-midi dans le port de Sète, poussé par des rafales de tramontane dépassant 100 km/h.",
        "Le navire, vide de toute cargaison, a dérivé sur environ 200 mètres avant de s'immobiliser contre le quai d'Alger, selon la capitainerie.",
        "Deux remorqueurs ont été dépêchés pour le maintenir en place. Les douze membres d'équipage sont restés à bord et personne n'a été blessé.",
        "La circulation a été interrompue sur le pont de la Savonnerie par mesure de précaution, ce qui a provoqué d'importants bouchons en centre-ville.",
        "« Nous n'avions pas vu un coup de vent pareil depuis plusieurs années », confie un pilote du port, qui a requis l'anonymat.",
        "La préfecture maritime de Méditerranée indique qu'une enquête sera ouverte pour comprendre pourquoi les amarres ont cédé.",
        "Météo-France maintient la vigilance orange vent pour l'Hérault jusqu'à lundi 6 heures.",
    ]
    blocks = [
        Block(
            "update",
            "MISE À JOUR à 18 h 15",
            [
                "Les remorqueurs ont réussi à ramener le cargo le long de son poste d'amarrage initial, a indiqué la capitainerie."
            ],
            stamp("18:15", OFF),
        ),
        Block(
            "update",
            "MISE À JOUR à 20 h 40",
            [
                "La circulation a repris sur le pont de la Savonnerie, mais la vitesse y est limitée à 30 km/h jusqu'à nouvel ordre."
            ],
            stamp("20:40", OFF),
        ),
        Block(
            "correction",
            "Erratum",
            [
                "dans une première version, nous indiquions que le cargo battait pavillon panaméen. Il bat pavillon maltais."
            ],
            None,
        ),
    ]
    genuine = Block(
        "update",
        "MISE À JOUR à 23 h 53",
        [
            "La préfecture maritime annonce qu'un expert inspectera la coque du cargo lundi matin avant toute nouvelle sortie du port."
        ],
        stamp("23:53", OFF),
    )

    def note(b: Block) -> str:
        if b.kind == "correction":
            return (
                f'<p class="{pc} erratum"><em><strong>{b.label} :</strong> {e(b.paras[0])}</em></p>'
            )
        return f'<p class="{pc}"><strong>{b.label}.</strong> {e(b.paras[0])}</p>'

    inline = [
        fx.blotter(
            "Faits divers de la soirée",
            "fr",
            [
                "Béziers : un scooter volé retrouvé incendié près de la Devèze",
                "Frontignan : une toiture partiellement arrachée par le vent, pas de blessé",
                "Montpellier : un automobiliste contrôlé à 150 km/h sur l'A709",
                "Agde : intervention des pompiers pour un feu de poubelles",
            ],
            sep=" — ",
        ),
        fx.nameday,
        fx.gift("Offrir cet article : il vous reste {n} articles à offrir ce mois-ci.", "Offrir"),
        fx.classifieds(
            "Petites annonces",
            [
                "Vends barque catalane de 1962, à restaurer, visible à Mèze. 2 800 €.",
                "Cherche garage à louer quartier des Quilles, pour stockage de matériel de pêche.",
                "Donne bois de chauffage, chêne vert, à prendre sur place à Balaruc.",
                "Cours de guitare à domicile, tous niveaux, Sète et alentours.",
            ],
        ),
        fx.promo(
            [
                "Vous avez assisté à la scène depuis le quai ? Envoyez-nous vos photos et vidéos, notre rédaction de Sète vous recontactera.",
                "Recevez chaque matin l'essentiel de l'actualité de l'Hérault avec notre newsletter gratuite.",
            ]
        ),
        fx.related(
            "À lire aussi :",
            [
                "Port de Sète : le chantier du nouveau quai prend du retard",
                "Tramontane : les conseils pour protéger votre toiture",
                "Sète : la fête de la Saint-Louis déjà en préparation",
            ],
        ),
        fx.ad(
            "Publicité",
            [
                "Huîtres de Bouzigues en direct du producteur : commandez vos bourriches pour les fêtes.",
                "Salon de l'habitat de Montpellier : entrée gratuite ce week-end au parc des expositions.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "Les plus lus",
            [
                "Montpellier : un nouveau restaurant étoilé dans l'Écusson",
                "Béziers : le marché de Noël fait le plein",
                "Les Ardennes, la Lozère : où skier ce week-end",
                "MHSC : un défenseur prolongé jusqu'en 2029",
                "Nîmes : la ligne de bus T2 bientôt prolongée",
                "Prix de l'immobilier : les communes où ils baissent",
                "Pézenas : un antiquaire victime d'un cambriolage",
            ],
        )
    ]
    return Site(
        slug="midilibre-sete-cargo-rompt-amarres-tramontane",
        publisher="Midi Libre",
        lang="fr",
        kind="updates",
        offset=OFF,
        domain="www.midilibre.fr",
        title="Sète : un cargo rompt ses amarres sous la tramontane et dérive dans le port",
        dek="Le navire de 110 mètres a dérivé sur 200 mètres avant de s'immobiliser contre un quai.",
        byline="Par Laure Fabre",
        published=datetime(2026, 12, 6, 16, 35),
        body=body,
        blocks=blocks,
        genuine=genuine,
        order="p0 p1 b0 b1 p2 p3 p4 p5 p6 b2",
        order6="p0 p1 b0 b1 g p2 p3 p4 p5 p6 b2",
        para=lambda t: f'<p class="{pc}">{e(t)}</p>',
        note=note,
        header_line=lambda f6: (
            f"Publié le 06/12/2026 à 16:35, mis à jour à {'23:53' if f6 else '20:40'}"
        ),
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=1,
        pc=pc,
        nav=["Actu", "Montpellier", "Sète", "Béziers", "Sports", "Loisirs", "Annonces"],
        cls={
            "body": "article-full__body",
            "dek": "article-full__chapo",
            "meta": "article-full__infos",
        },
        modified=stamp("20:40", OFF),
        modified6=stamp("23:53", OFF),
    )


def estrep(Site):
    pc = "paragraph"
    body = [
        "La grande roue installée place Stanislas s'est arrêtée net ce dimanche vers 17 h 30, laissant une soixantaine de personnes bloquées dans les nacelles.",
        "Selon l'exploitant, un capteur de vent a déclenché l'arrêt automatique de l'attraction, puis le moteur de secours a refusé de démarrer.",
        "Les sapeurs-pompiers de Meurthe-et-Moselle ont fait descendre les nacelles une à une à l'aide d'une manivelle, sous les yeux de centaines de badauds.",
        "« Les enfants avaient froid, mais tout le monde est resté calme », raconte une mère de famille venue de Vandœuvre-lès-Nancy.",
        "La mairie de Nancy a décidé de fermer la grande roue jusqu'à nouvel ordre, le temps d'une expertise par un organisme de contrôle.",
        "Le reste des animations de Saint-Nicolas, dont le marché de la place Charles-III, se poursuit normalement.",
    ]
    blocks = [
        Block(
            "update",
            "Actualisation 21h10",
            [
                "Toutes les personnes bloquées ont pu redescendre. Trois d'entre elles ont été examinées par les pompiers pour un début d'hypothermie."
            ],
            stamp("21:10", OFF),
        ),
        Block(
            "update",
            "Actualisation 19h25",
            [
                "Les pompiers ont commencé à faire descendre les premières nacelles. L'opération pourrait durer plus d'une heure."
            ],
            stamp("19:25", OFF),
        ),
        Block(
            "clarification",
            "Précision de la rédaction",
            [
                "contrairement à ce qui circule sur les réseaux sociaux, aucune nacelle ne s'est décrochée. L'arrêt est dû à une panne du moteur."
            ],
            None,
        ),
    ]
    genuine = Block(
        "update",
        "Actualisation 23h52",
        [
            "L'exploitant indique qu'un technicien venu d'Alsace est attendu lundi matin pour remplacer le moteur de secours."
        ],
        stamp("23:52", OFF),
    )

    def note(b: Block) -> str:
        if b.kind == "clarification":
            return f'<p class="{pc}"><em>{b.label} : {e(b.paras[0])}</em></p>'
        return f'<div class="maj-box"><p class="maj-box__title">{b.label}</p><p class="{pc}">{e(b.paras[0])}</p></div>'

    inline = [
        fx.nameday,
        fx.letters(
            "Courrier des lecteurs",
            [
                "Je ne comprends pas pourquoi la ligne 2 ne passe plus qu'une fois toutes les vingt minutes le dimanche. Monique R., Laxou.",
                "Bravo aux bénévoles qui ont repeint le lavoir de Malzéville, un bel exemple pour tous. Gérard T., Malzéville.",
            ],
        ),
        fx.corrections_box(
            "Rectificatifs",
            [
                "Dans notre édition du 4 décembre, une erreur s'est glissée dans le nom du maire de Pont-à-Mousson.",
                "Contrairement à ce que nous avons écrit le 3 décembre, le concert de l'Opéra de Nancy aura lieu le 19 et non le 12.",
                "L'article sur le budget de Lunéville du 5 décembre comportait un montant erroné pour la piscine.",
            ],
        ),
        fx.promo(
            [
                "Vous étiez place Stanislas ce soir ? Racontez-nous ce que vous avez vu en écrivant à la rédaction de Nancy.",
                "Abonnez-vous pour 1 € le premier mois et retrouvez toute l'actualité du Grand Nancy sur notre application.",
            ]
        ),
        fx.related(
            "Lire aussi",
            [
                "Saint-Nicolas à Nancy : le programme du défilé",
                "Place Stanislas : les illuminations coûteront moins cher",
                "Vandœuvre : la patinoire rouvre ses portes",
            ],
        ),
        fx.ad(
            "Publicité",
            [
                "Bergamotes de Nancy : coffrets cadeaux disponibles dans nos boutiques.",
                "Salon du chocolat de Metz : deux entrées achetées, une offerte.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "Les plus lus",
            [
                "Nancy : un incendie dans un immeuble du quartier des Trois-Maisons",
                "ASNL : victoire précieuse face à Sochaux",
                "Metz : la nouvelle ligne de Mettis en test",
                "Épinal : le marché de Noël ouvre ses chalets",
                "Toul : un collège fermé après une fuite d'eau",
                "Lunéville : le château accueille une exposition sur les faïences",
                "A31 : travaux de nuit entre Nancy et Metz",
            ],
        ),
        fx.offline("Connexion perdue. Les contenus de cette page ne se mettent plus à jour."),
    ]
    return Site(
        slug="estrepublicain-nancy-grande-roue-stanislas-bloquee",
        publisher="L'Est Républicain",
        lang="fr",
        kind="updates",
        offset=OFF,
        domain="www.estrepublicain.fr",
        title="Nancy : la grande roue de la place Stanislas bloquée, une soixantaine de personnes évacuées",
        dek="Les pompiers ont fait descendre les nacelles une à une à la manivelle.",
        byline="Par Julien Collignon",
        published=datetime(2026, 12, 6, 18, 5),
        body=body,
        blocks=blocks,
        genuine=genuine,
        order="b0 b1 p0 p1 p2 p3 p4 p5 b2",
        order6="g b0 b1 p0 p1 p2 p3 p4 p5 b2",
        para=lambda t: f'<p class="{pc}">{e(t)}</p>',
        note=note,
        header_line=lambda f6: f"Aujourd'hui à 18:05 | mis à jour à {'23:52' if f6 else '21:10'}",
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=1,
        pc=pc,
        nav=[
            "Grand Nancy",
            "Région",
            "Faits divers",
            "Sport",
            "Loisirs",
            "Économie",
            "Avis de décès",
        ],
        cls={"body": "article-content", "dek": "chapo", "meta": "article-meta"},
        modified=stamp("21:10", OFF),
        modified6=stamp("23:52", OFF),
    )


def vingtquatre(Site):
    raw = [
        (
            "22:43",
            "Le métro m2 reste fermé toute la soirée",
            "Les Transports publics lausannois confirment qu'aucune rame ne circulera entre Ouchy et Croisettes avant demain matin.",
        ),
        (
            "22:05",
            None,
            "Des bus de remplacement partent de la place de la Riponne toutes les six minutes. L'attente dépasse parfois vingt minutes.",
        ),
        (
            "21:31",
            "Les passagers sont sortis",
            "Les 140 personnes bloquées dans le tunnel entre Flon et Lausanne-Gare ont toutes été évacuées à pied par les pompiers.",
        ),
        (
            "20:54",
            "Une panne d'alimentation électrique",
            "Selon les tl, un disjoncteur a sauté dans la sous-station du Flon, privant de courant tout le tronçon central.",
        ),
        (
            "20:22",
            "Évacuation en cours",
            "Les pompiers de Lausanne guident les passagers à pied dans le tunnel jusqu'à la station Lausanne-Gare.",
        ),
        (
            "19:58",
            "Une rame immobilisée sous la gare",
            "Une rame du m2 s'est arrêtée dans le tunnel peu avant 19 h 50. Les passagers ont été priés de rester à l'intérieur.",
        ),
    ]
    blocks = [Block("live_entry", t, [x], stamp(t, OFF), head=h) for t, h, x in raw]
    genuine = Block(
        "live_entry",
        "23:54",
        [
            "Les tl annoncent que le m2 reprendra son service dès 5 h 30 lundi, avec des contrôles supplémentaires au Flon."
        ],
        stamp("23:54", OFF),
        head="Reprise prévue lundi matin",
    )

    def note(b: Block) -> str:
        h = f'<h3 class="TickerItem_title__x8Qe2">{e(b.head)}</h3>' if b.head else ""
        return f'<div class="TickerItem_root__k2Lp1"><time class="TickerItem_time__9aVw3" datetime="{b.ts}">{b.label}</time>{h}<p class="TickerItem_text__Rn4Tb">{e(b.paras[0])}</p></div>'

    inline = [
        fx.missing(
            "Avis de recherche",
            [
                "La police cantonale vaudoise recherche Léonie Perrin, 15 ans, disparue depuis vendredi soir à Renens. Elle portait une veste rouge.",
                "La police de Lausanne recherche un homme de 71 ans, Raymond Chappuis, qui a quitté son domicile de la Sallaz samedi matin.",
            ],
        ),
        fx.of_the_day(
            "Le mot du jour",
            [
                "« Panosser » : en Suisse romande, passer la serpillière, y compris après une soirée agitée.",
                "« Cheni » : un désordre, comme un quai de métro un soir de panne.",
            ],
        ),
        fx.flights(
            "Départs Genève Aéroport",
            "24",
            [
                ("LX 2818", "Zurich"),
                ("U2 1421", "Londres Gatwick"),
                ("AF 1043", "Paris CDG"),
                ("EZS 1557", "Porto"),
                ("LX 364", "Londres City"),
                ("KL 1930", "Amsterdam"),
            ],
            ["À l'heure", "Retardé", "Embarquement", "Porte fermée", "Annulé"],
        ),
        fx.outage(
            "Romande Energie : {n} foyers privés de courant (état à {t})",
            "fr",
            [
                "Plus grande panne : Morges, technicien sur place",
                "Plus grande panne : Vevey, cause inconnue",
                "Plus grande panne : Yverdon, rétablissement prévu vers minuit",
            ],
        ),
        fx.offline(
            "Vous êtes hors ligne. Les nouvelles entrées du direct s'afficheront dès le retour de la connexion."
        ),
        fx.promo(
            [
                "Vous êtes coincés dans le métro ou à la Riponne ? Envoyez-nous vos photos et témoignages, notre équipe vous répondra.",
                "Téléchargez l'application 24 heures et activez les alertes pour suivre ce direct.",
            ],
            head="Partagez vos images",
        ),
        fx.ad(
            "Publicité",
            [
                "Montreux Noël : le marché est ouvert jusqu'à 22 heures tous les soirs.",
                "Offre de Noël : un an d'abonnement numérique pour 9 francs par mois.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "Les plus lus",
            [
                "Lausanne-Sport s'impose à la Tuilière",
                "Un restaurant du Flon ferme après vingt ans",
                "Vaud : le budget 2027 adopté de justesse",
                "Morges : un nouveau quai pour les bateaux de la CGN",
                "Lavaux : les vendanges 2026 jugées exceptionnelles",
                "Loyers : les hausses se poursuivent dans l'Ouest lausannois",
                "HC Lausanne : le gardien prolonge jusqu'en 2029",
            ],
        )
    ]
    return Site(
        slug="24heures-direct-lausanne-metro-m2-tunnel-evacue",
        publisher="24 heures",
        lang="fr",
        kind="live",
        offset=OFF,
        domain="www.24heures.ch",
        title="En direct: Le métro m2 en panne à Lausanne, des passagers évacués par le tunnel",
        dek="Une panne électrique a immobilisé une rame sous la gare de Lausanne.",
        byline="Sophie Mercier, Nicolas Jaquet",
        published=datetime(2026, 12, 6, 19, 55),
        body=[
            "Une rame du métro m2 s'est immobilisée dimanche soir dans le tunnel sous la gare de Lausanne. Les passagers ont dû être évacués à pied.",
            "Le tronçon central de la ligne est coupé. Nous suivons la situation en direct.",
        ],
        blocks=blocks,
        genuine=genuine,
        order="b0 b1 b2 b3 b4 b5",
        order6="g b0 b1 b2 b3 b4 b5",
        para=lambda t: f'<p class="ArticleLead_text__5sT0q">{e(t)}</p>',
        note=note,
        header_line=lambda f6: f"Mis à jour à {'23h54' if f6 else '22h43'}",
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=0,
        hi_pad=1,
        entry=lambda h, t: (
            f'<div class="TickerItem_root__k2Lp1 TickerItem_promo__c1Mm8">{f"<h3 class=TickerItem_title__x8Qe2>{e(h)}</h3>" if h else ""}<p class="TickerItem_text__Rn4Tb">{e(t)}</p></div>'
        ),
        pc="ArticleLead_text__5sT0q",
        nav=["Vaud", "Lausanne", "Suisse", "Monde", "Sports", "Culture", "Économie"],
        cls={
            "intro": "ArticleLead_root__3xA1b",
            "feed": "Ticker_list__Qm7Yh",
            "dek": "ContentHead_lead__Zt9P0",
        },
        ld_type="LiveBlogPosting",
        ld_updates=True,
        modified=stamp("22:43", OFF),
        modified6=stamp("23:54", OFF),
    )


def sites(Site):
    return [midilibre(Site), estrep(Site), vingtquatre(Site)]
