"""French-language publishers: Acadie Nouvelle (Canada), Charente Libre, Tahiti Infos."""

from __future__ import annotations

from datetime import datetime

from fx import (
    CARS,
    CHARGE,
    CLUBS,
    CROWD,
    DESK,
    FRONT,
    GOOD,
    MENU,
    NOISE,
    NUMBER,
    PRESS,
    READING,
    SAVE,
    WILD,
    bl,
    bp,
    drift,
    fr,
    free,
    graph,
    ld,
    levels,
    log,
    one,
    rise,
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

AST = -4
CET = 1
TAHT = -10
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
_GOSPEL_SUNDAY = "Marc 1, 1-8 : « Préparez le chemin du Seigneur, aplanissez ses sentiers. »"


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Services": [
                "Abonnement",
                "Journal numérique",
                "Infolettres",
                "Publicité",
                "Nous joindre",
            ],
            "Légal": [
                "Mentions légales",
                "Confidentialité",
                "Conditions d'utilisation",
                "Gestion des cookies",
                "Accessibilité",
            ],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Acadie Nouvelle (-04:00), WordPress, updates: bold "MISE À JOUR – 16 h 45 :" leads in plain
# paragraphs at the top, newest first; an italic "Note de la rédaction :" at the bottom. The body
# is split by a photo and an ad.


def acadie(ctx: Ctx) -> Render:
    url = "https://www.acadienouvelle.com/actualites/2026/12/06/caraquet-un-chalutier-en-feu-au-quai-le-port-ferme/"
    headline = "Caraquet : un chalutier en feu au quai, le port fermé"
    published = at(AST, 6, 11, 20)
    body = [
        "Un incendie s'est déclaré dimanche matin à bord d'un chalutier amarré au quai de Caraquet, forçant la fermeture du port et l'évacuation des bateaux voisins.",
        "Les pompiers de Caraquet ont été appelés vers 9 h 30, après qu'un pêcheur a vu de la fumée s'échapper de la timonerie du Marie-Soleil II, un crevettier de 20 mètres.",
        "Personne n'était à bord au moment de l'incendie, selon la GRC.",
        "«On a vu les flammes sortir par les hublots, puis le toit de la timonerie a fondu», a raconté Réjean Landry, un pêcheur de homard venu vérifier son bateau.",
        "Les pompiers de Bas-Caraquet et de Grande-Anse sont venus prêter main-forte. Une estacade a été installée autour du chalutier pour contenir le carburant qui s'en échappe.",
        "La Garde côtière canadienne a dépêché un navire d'intervention environnementale depuis Shippagan.",
        "L'Administration portuaire de Caraquet a demandé aux propriétaires des bateaux amarrés au quai de ne pas s'en approcher jusqu'à nouvel ordre.",
    ]
    notes = [
        Block(
            "update",
            "MISE À JOUR – 16 h 45",
            at(AST, 6, 16, 45),
            None,
            [
                "La Garde côtière estime que près de 2000 litres de diesel se trouvaient dans les réservoirs du chalutier. Une partie s'est répandue dans le havre."
            ],
        ),
        Block(
            "update",
            "MISE À JOUR – 14 h 10",
            at(AST, 6, 14, 10),
            None,
            [
                "L'incendie est maîtrisé, mais les pompiers restent sur place pour surveiller des points chauds dans la cale."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "MISE À JOUR – 18 h 52",
        at(AST, 6, 18, 52),
        None,
        [
            "Le chalutier a commencé à prendre l'eau et pourrait couler à quai, selon l'Administration portuaire, qui a fait venir une pompe de Lamèque."
        ],
    )
    note = Block(
        "editors_note",
        "Note de la rédaction",
        None,
        None,
        [
            "le photographe de l'Acadie Nouvelle qui a pris les photos de cet article est un cousin du propriétaire du chalutier."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f"<p><strong>{e(b.label or '')} :</strong> {e(b.paras[0])}</p>"
    note.html = f"<p><em>{e(note.label or '')} : {e(note.paras[0])}</em></p>"
    modified = shown[0].ts or published

    desk = bp(
        "",
        f"Nos journalistes ont reçu {rise(ctx, 41, 3, 2)} signalements et photos de lecteurs depuis ce matin. "
        + one(ctx, ["Sylvie Mallet", "Jean-Marc Doiron", "Annie Chiasson"])
        + " est de garde jusqu'à 23 h.",
        DESK,
        lead=f"SALLE DE RÉDACTION – {fr(ctx.ago(1, 9))} :",
    )
    charge = bp(
        "",
        "Libres en ce moment : "
        + free(
            ctx,
            ctx.rng.sample(
                [
                    ("au centre-ville de Caraquet", 2),
                    ("à l'aréna de Caraquet", 2),
                    ("au quai de Shippagan", 4),
                    ("à l'hôtel de ville de Tracadie", 2),
                    ("au quai de Lamèque", 2),
                ],
                3,
            ),
            lambda name, k, total: f"{k} sur {total} {name}",
        )
        + ".",
        CHARGE,
        lead=f"BORNES DE RECHARGE – {fr(ctx.ago(1, 6))} :",
    )
    wild = bp(
        "",
        "Orignaux signalés sur la route 11 : "
        + "; ".join(
            log(
                ctx,
                [
                    "près de Pokemouche",
                    "à Bertrand",
                    "entre Caraquet et Grande-Anse",
                    "à Saint-Isidore",
                    "près de l'aéroport de Pokemouche",
                    "à Paquetville",
                ],
                3,
                fr,
            )
        )
        + ".",
        WILD,
        lead=f"ORIGNAUX – mis à jour à {fr(ctx.ago(1, 10))} :",
    )
    reading = bp("", _GOSPEL_SUNDAY, READING, lead="L'Évangile du dimanche :")
    cars = bp(
        "",
        turn(
            ctx,
            [
                "Toyota Tacoma 2020, 62 000 km, 38 900 $, Tracadie.",
                "Honda Civic 2019, 88 000 km, 17 500 $, Shippagan.",
                "Ford F-150 2018, 121 000 km, 27 900 $, Caraquet.",
                "Hyundai Kona 2021, 44 000 km, 22 400 $, Bathurst.",
                "Chevrolet Equinox 2017, 135 000 km, 13 900 $, Lamèque.",
            ],
            "cars",
        ),
        CARS,
        lead="Autos d'occasion :",
    )
    clubs = bp(
        "",
        " ".join(
            ctx.rng.sample(
                [
                    "Le Club de l'âge d'or de Caraquet tient son bingo mardi à 19 h.",
                    "La chorale paroissiale de Bas-Caraquet répète jeudi à 19 h 30.",
                    "Les Chevaliers de Colomb de Shippagan vendent des sapins samedi au stationnement de l'église.",
                    "Le club de motoneige de la Péninsule ouvre ses sentiers le 19 décembre.",
                    "La bibliothèque de Lamèque prolonge ses heures pendant les Fêtes.",
                ],
                2,
            )
        ),
        CLUBS,
        lead="Babillard communautaire :",
    )
    front = bp(
        "",
        f"À la une : « {one(ctx, ['Le feu au quai', 'Un crevettier en flammes à Caraquet', 'Le port de Caraquet paralysé', 'Alerte au diesel dans le havre'])} ». Aussi en page 1 : "
        + one(
            ctx,
            [
                "le budget de la Ville de Dieppe",
                "les Titan d'Acadie-Bathurst",
                "la pénurie de médecins dans la Péninsule",
                "le prix du homard",
            ],
        )
        + ".",
        FRONT,
        lead=f"L'ÉDITION DE LUNDI – {fr(ctx.ago(2, 30))} :",
    )

    fig = (
        '<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2026/12/caraquet-chalutier-feu.jpg" alt="">'
        '<figcaption class="wp-element-caption">Le Marie-Soleil II au quai de Caraquet, dimanche. - Acadie Nouvelle: Réal Fournier</figcaption></figure>'
    )
    ad = ad_slot("an-pub", "Publicité", "an-article-inline-1")
    units = [b.html for b in shown] + [f"<p>{e(p)}</p>" for p in body[:3]] + [fig]
    nn = len(shown)
    units += [f"<p>{e(p)}</p>" for p in body[3:5]] + [ad]
    units += [f"<p>{e(p)}</p>" for p in body[5:]] + [note.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (desk, list(range(0, nn + 2)), 0.9),
            (charge, [1, nn, nn + 2, nn + 5, k - 1, k], 0.85),
            (wild, list(range(0, k + 1)), 0.8),
            (reading, [nn + 3, k - 1, k], 0.6),
            (cars, list(range(nn + 3, k + 1)), 0.75),
            (clubs, [nn + 1, nn + 4, k - 1], 0.7),
            (front, [0, 1, nn, k], 0.8),
        ],
    )
    main = f"""<div id="page" class="site">
<div class="td-main-content-wrap">
<main id="main" class="site-main">
<article id="post-3719022" class="post-3719022 post type-post status-publish category-actualites">
<header class="td-post-header">
<ul class="td-category"><li><a href="/actualites/">Actualités</a></li></ul>
<h1 class="entry-title">{e(headline)}</h1>
<p class="td-post-sub-title">Le port est fermé et une estacade retient le carburant du crevettier.</p>
<div class="td-module-meta-info"><span class="td-post-author-name">Par <a href="/auteur/annie-chiasson/">Annie Chiasson</a></span>
<span class="td-post-date">Publié le <time class="entry-date published" datetime="{published.isoformat()}">6 décembre 2026 à 11 h 20</time></span>
<span class="td-post-updated">Mis à jour le <time class="updated" datetime="{modified.isoformat()}">6 décembre 2026 à {e(fr(modified))}</time></span></div>
</header>
<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2026/12/caraquet-port-ferme.jpg" alt=""><figcaption class="wp-caption-text">Les pompiers au quai de Caraquet, dimanche matin.</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{story}
</div>
</article>
</main>
</div>
</div>"""
    html = shell(
        ctx,
        lang="fr-CA",
        title=f"{headline} | Acadie Nouvelle",
        canonical=url,
        prefix="an",
        body_cls="post-template-default single single-post postid-3719022",
        jsonld=[
            graph(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Annie Chiasson",
                    publisher=org("Acadie Nouvelle", "https://www.acadienouvelle.com"),
                    lang="fr-CA",
                    section="Actualités",
                ),
                {
                    "@type": "WebSite",
                    "url": "https://www.acadienouvelle.com",
                    "name": "Acadie Nouvelle",
                },
            )
        ],
        nav=mega_nav(
            "an",
            "Acadie Nouvelle",
            "/",
            ["Actualités", "Économie", "Sports", "Arts et spectacles", "Opinions", "Provinciales"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("an", "© 2026 Acadie Nouvelle. Tous droits réservés."),
        cms="wp",
    )
    return Render(html, body, [*shown, note], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Charente Libre (+01:00), Arc-like, updates: <h3> headings with a clock and no update word,
# "Dimanche, 22 h 20", each followed by a paragraph in the body's class, inside the story after
# paragraph 3, newest first; an italic "Rectificatif :" at the bottom. The body has a list of
# closures and is split by a photo and an ad.


def charente(ctx: Ctx) -> Render:
    url = "https://www.charentelibre.fr/charente/angouleme/crue-de-la-charente-les-quais-de-saint-cybard-evacues-le-pont-ferme-24681357.php"
    headline = "Crue de la Charente : les quais de Saint-Cybard évacués, le pont fermé à Angoulême"
    published = at(CET, 6, 17, 30)
    cls = "cl-article__p"
    body = [
        "La Charente a continué de monter dimanche à Angoulême, où une trentaine de riverains du quartier Saint-Cybard ont été évacués par les pompiers en fin d'après-midi.",
        "À 18 heures, la rivière atteignait 4,62 mètres à l'échelle de Saint-Cybard, près d'un mètre au-dessus de son niveau habituel en décembre, selon Vigicrues.",
        "La préfecture a placé le département en vigilance orange crues et fermé le pont de Saint-Cybard à la circulation par précaution.",
        "« L'eau est arrivée dans le jardin en une heure, on a juste eu le temps de monter les meubles à l'étage », raconte Martine Rivaud, qui habite quai du Halage depuis trente ans.",
        "Les principales fermetures :",
        "Pont de Saint-Cybard : fermé à tous les véhicules",
        "Quai du Halage et rue de la Corderie : accès réservé aux riverains",
        "Parking de la Gâtine : fermé jusqu'à nouvel ordre",
        "Les bus Möbius des lignes 3 et 7 sont déviés par le pont de Bourgines.",
        "Un gymnase a été ouvert rue de Bordeaux pour accueillir les personnes évacuées qui n'ont pas de solution d'hébergement.",
        "Le pic de crue est attendu dans la nuit de lundi à mardi, selon Vigicrues.",
    ]
    notes = [
        Block(
            "update",
            "Dimanche, 22 h 20",
            at(CET, 6, 22, 20),
            None,
            [
                "La Charente a atteint 4,81 mètres à Saint-Cybard. Les pompiers ont évacué six habitants de plus rue de la Corderie, à bord d'une barque."
            ],
        ),
        Block(
            "update",
            "Dimanche, 21 h 15",
            at(CET, 6, 21, 15),
            None,
            [
                "La mairie demande aux habitants des quais de ne pas dormir au rez-de-chaussée cette nuit et de couper l'électricité s'ils le peuvent."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Dimanche, 23 h 52",
        at(CET, 6, 23, 52),
        None,
        [
            "Le préfet a décidé de fermer aussi la passerelle de l'Houmeau et le quai de l'Île-Marquet jusqu'à mardi midi."
        ],
    )
    corr = Block(
        "correction",
        "Rectificatif",
        None,
        None,
        [
            "une version précédente de cet article indiquait que le pic de crue était attendu lundi matin. Il est attendu dans la nuit de lundi à mardi."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<h3 class="cl-article__h3">{e(b.label or "")}</h3>\n<p class="{cls}">{e(b.paras[0])}</p>'
    corr.html = f'<p class="{cls}"><i>{e(corr.label or "")} : {e(corr.paras[0])}</i></p>'
    modified = shown[0].ts or published

    def note_like(line: str, text: str, kind: str) -> W:
        return W(
            f'<h3 class="cl-article__h3">{e(line)}</h3>\n<p class="{cls}">{e(text)}</p>',
            [text],
            kind,
            [line],
        )

    charge = note_like(
        f"Bornes de recharge, {fr(ctx.ago(1, 8))}",
        "Libres en ce moment : "
        + free(
            ctx,
            ctx.rng.sample(
                [
                    ("place New-York", 6),
                    ("à la gare", 2),
                    ("au Champ-de-Mars", 4),
                    ("à Saint-Cybard, rue de Bordeaux", 2),
                    ("au parking du Palet", 4),
                ],
                3,
            ),
            lambda name, k, total: f"{k} sur {total} {name}",
        )
        + ".",
        CHARGE,
    )
    crowd = note_like(
        f"Möbius, affluence à {fr(ctx.ago(1, 6))}",
        ". ".join(
            levels(
                ctx,
                [
                    "Ligne 1 Ma Campagne",
                    "Ligne 3 (déviée)",
                    "Ligne 7 (déviée)",
                    "Ligne 2 Soyaux",
                    "Ligne 5 La Couronne",
                ],
                ["places assises", "debout", "bus complet", "places assises"],
                3,
                " : ",
            )
        )
        + ".",
        CROWD,
    )
    reading = bp(
        cls,
        _GOSPEL_SUNDAY
        if ctx.local.day == 6
        else "Luc 5, 17-26 : « Homme, tes péchés te sont pardonnés. »",
        READING,
        lead="L'Évangile du jour :",
    )
    press = bp(
        cls,
        turn(
            ctx,
            [
                "« Sud Ouest » s'inquiète pour le cognac : « Les chais se remplissent, les carnets de commandes se vident. »",
                "« La Nouvelle République » salue le retour des petites lignes : « Le train revient là où on l'avait enterré. »",
                "« L'Union » sur la santé : « Les déserts médicaux ne reculent pas à coups de primes. »",
                "« Ouest-France » sur le budget : « Les collectivités paieront l'addition. »",
                "« Le Dauphiné libéré » sur la neige de culture : « Sans eau, pas de neige ; sans neige, pas de stations. »",
            ],
            "press",
        ),
        PRESS,
        lead="Revue de presse :",
    )
    good = bp(
        cls,
        turn(
            ctx,
            [
                "le cinéma de la Cité a retrouvé ses fauteuils d'origine après deux ans de travaux.",
                "une lycéenne de Cognac a remporté le concours national de la BD scolaire.",
                "le refuge de Mornac annonce 32 adoptions en novembre, un record.",
                "les bénévoles du Secours populaire ont emballé 600 jouets pour les enfants du département.",
                "une famille de castors a été filmée sur la Touvre, à Magnac.",
            ],
            "good",
        ),
        GOOD,
        lead="La bonne nouvelle du jour :",
    )
    number = bp(
        cls,
        turn(
            ctx,
            [
                "4,97 mètres : le niveau de la Charente à Saint-Cybard en 1982, la crue de référence.",
                "17 : le nombre de communes charentaises placées en alerte ce dimanche soir.",
                "1 200 : les sacs de sable distribués par la ville depuis vendredi.",
                "38 : les bus Möbius qui circuleront lundi matin.",
                "6 : les jours de pluie consécutifs à Angoulême.",
            ],
            "number",
        ),
        NUMBER,
        lead="Le chiffre du jour :",
    )
    menu = bl(
        "cl-article__list",
        "",
        [
            "Lundi dans les cantines d'Angoulême : velouté de potiron",
            "Hachis parmentier ou omelette aux fines herbes",
            "Yaourt fermier et clémentine",
        ],
        MENU,
    )

    fig = (
        '<figure class="cl-article__figure"><img src="/resizer/cl/crue-saint-cybard-barque.jpg" alt="" loading="lazy">'
        '<figcaption class="cl-article__caption">Les pompiers en barque rue de la Corderie. Photo Quentin Petit</figcaption></figure>'
    )
    ad = ad_slot("cl-pub", "Publicité", "cl-article-pave-2")
    items = "".join(f"<li>{e(x)}</li>" for x in body[5:8])
    units = [f'<p class="{cls}">{e(p)}</p>' for p in body[:3]] + [b.html for b in shown]
    nn = 3 + len(shown)
    units += [f'<p class="{cls}">{e(body[3])}</p>', fig, f'<p class="{cls}">{e(body[4])}</p>']
    units += [f'<ul class="cl-article__list">{items}</ul>', ad]
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[8:]] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (charge, [1, 2, 3, nn, nn + 1, k - 1, k], 0.85),
            (crowd, [3, 4, nn, nn + 4, k - 2], 0.85),
            (reading, [nn + 1, k - 1, k], 0.7),
            (press, list(range(nn + 1, k + 1)), 0.75),
            (good, [1, 2, nn + 2, k - 2, k], 0.7),
            (number, list(range(1, nn + 2)), 0.8),
            (menu, [nn + 4, nn + 5, nn + 6, k], 0.6),
        ],
    )
    main = f"""<div id="fusion-app" class="cl-app">
<main class="cl-main">
<article class="cl-article">
<header class="cl-article__header">
<a class="cl-article__kicker" href="/charente/angouleme/">Angoulême</a>
<h1 class="cl-article__title">{e(headline)}</h1>
<p class="cl-article__chapo">Une trentaine de riverains ont été évacués dimanche. Le pic de crue est attendu dans la nuit de lundi à mardi.</p>
<div class="cl-article__meta"><span class="cl-article__author">Par Élodie Marchand</span> <span class="cl-article__dates">Publié le <time datetime="{published.isoformat()}">06/12/2026 à 17h30</time>, mis à jour à {e(fr(modified).replace(" h ", "h"))}</span></div>
</header>
<figure class="cl-article__figure cl-article__figure--main"><img src="/resizer/cl/crue-charente-angouleme.jpg" alt=""><figcaption class="cl-article__caption">Le quai du Halage sous l'eau, dimanche soir. Photo Quentin Petit</figcaption></figure>
<div class="cl-article__body">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="fr-FR",
        title=f"{headline} - Charente Libre",
        canonical=url,
        prefix="cl",
        body_cls="cl-body",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Élodie Marchand",
                    publisher=org("Charente Libre", "https://www.charentelibre.fr"),
                    lang="fr-FR",
                    section="Angoulême",
                )
            )
        ],
        nav=mega_nav(
            "cl",
            "Charente Libre",
            "/",
            ["Charente", "Angoulême", "Cognac", "Sports", "Économie", "Loisirs"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("cl", "© 2026 Charente Libre"),
        cms="arc",
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Tahiti Infos (-10:00), custom, live, newest first: <li> entries with a <time> "11 h 38" and the
# text, no headlines (one entry with two paragraphs); a standalone LiveBlogPosting.


def tahiti(ctx: Ctx) -> Render:
    url = "https://www.tahiti-infos.com/Direct-Incendie-dans-la-zone-industrielle-de-Faa-a-la-route-de-ceinture-coupee_a231874.html"
    headline = "Direct – Incendie dans la zone industrielle de Faa'a, la route de ceinture coupée"
    published = at(TAHT, 6, 7, 45)
    body = [
        "Un important incendie s'est déclaré dimanche matin dans un entrepôt de la zone industrielle de Faa'a, près de l'aéroport de Tahiti-Faa'a. La route de ceinture est coupée entre le carrefour de l'aéroport et Puurai.",
        "Les pompiers de Faa'a, Papeete et Punaauia sont mobilisés. Retrouvez les dernières informations ci-dessous.",
    ]
    specs = [
        (
            7,
            52,
            [
                "Une épaisse fumée noire s'élève au-dessus de la zone industrielle. Les premiers pompiers sont arrivés sur place vers 7 h 35."
            ],
        ),
        (
            8,
            30,
            [
                "La gendarmerie a coupé la route de ceinture dans les deux sens. Les automobilistes sont invités à emprunter la RDO."
            ],
        ),
        (
            9,
            15,
            [
                "Selon le haut-commissariat, l'entrepôt abritait des pneus et des palettes.",
                "Les habitants du quartier Saint-Hilaire sont invités à garder portes et fenêtres fermées.",
            ],
        ),
        (
            10,
            5,
            [
                "Les vols d'Air Tahiti vers les Îles Sous-le-Vent ont été retardés d'une heure à cause de la fumée, mais l'aéroport reste ouvert."
            ],
        ),
        (
            10,
            50,
            [
                "Les pompiers disent avoir circonscrit le feu. Ils vont continuer à arroser l'entrepôt pendant plusieurs heures."
            ],
        ),
        (
            11,
            38,
            [
                "La route de ceinture restera fermée au moins jusqu'à 14 heures, le temps de dégager les pneus tombés sur la chaussée."
            ],
        ),
    ]
    entries = [
        Block("live_entry", fr(at(TAHT, 6, h, m)), at(TAHT, 6, h, m), None, paras)
        for h, m, paras in specs
    ]
    genuine = Block(
        "live_entry",
        "12 h 53",
        at(TAHT, 6, 12, 53),
        None,
        [
            "La route de ceinture a rouvert dans le sens Papeete–Punaauia. Le sens inverse reste fermé jusqu'en fin d'après-midi, précise la gendarmerie."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def item(label: str, ts: datetime, paras: list[str]) -> str:
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<li class="direct-item"><time class="direct-item__heure" datetime="{ts.isoformat()}">{e(label)}</time>'
            f'<div class="direct-item__texte">{text}</div></li>'
        )

    for b in shown:
        assert b.ts
        b.html = item(b.label or "", b.ts, b.paras)
    modified = shown[0].ts or published

    def fake(text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        return W(item(fr(t), t, [text]), [text], kind, [fr(t)])

    noise = fake(
        f"Bruit des avions : dernier passage au-dessus de Pamatai, {one(ctx, ['un ATR d’Air Tahiti vers Moorea', 'le vol Air Tahiti Nui de Los Angeles', 'un A350 d’Air France en provenance de Paris', 'un ATR d’Air Tahiti vers Bora Bora', 'le vol Air New Zealand d’Auckland'])}, "
        f"{drift(ctx, 76, 6)} dB à {fr(ctx.ago(1, 7))}. Moyenne de la journée : {drift(ctx, 61, 2)} dB.",
        NOISE,
    )
    charge = fake(
        f"Bornes de recharge libres à {fr(ctx.ago(1, 5))} : "
        + free(
            ctx,
            ctx.rng.sample(
                [
                    ("à Vaima", 4),
                    ("au Carrefour de Punaauia", 2),
                    ("à la mairie de Faa'a", 2),
                    ("à l'aéroport", 4),
                    ("au marché de Papeete", 2),
                ],
                3,
            ),
            lambda name, k, total: f"{k} sur {total} {name}",
        )
        + ".",
        CHARGE,
    )
    good = fake(
        "Bonne nouvelle : "
        + turn(
            ctx,
            [
                "des bénévoles ont nettoyé la plage de Vaiava, au PK 18, et ramassé 300 kilos de déchets.",
                "une tortue verte soignée à Moorea a été relâchée au large de Temae.",
                "le lycée de Taravao a remporté un prix national de l'innovation agricole.",
                "une collecte de jouets pour les enfants des Tuamotu a dépassé son objectif en une semaine.",
                "la piscine de Tipaerui rouvre lundi après trois mois de travaux.",
            ],
            "good",
        ),
        GOOD,
    )
    number = fake(
        "Le chiffre du jour : "
        + turn(
            ctx,
            [
                "12, le nombre de jours sans pluie à Faa'a, selon Météo-France.",
                "2 400, les passagers attendus ce dimanche à l'aéroport de Tahiti-Faa'a.",
                "380, les tonnes de pneus usagés stockés chaque année au fenua.",
                "7, les nouveaux bus électriques mis en service sur la côte ouest.",
                "64, la part en pourcentage de l'électricité d'origine renouvelable à Tahiti en novembre.",
            ],
            "number",
        ),
        NUMBER,
    )
    clubs = fake(
        "Vie associative : "
        + " ".join(
            ctx.rng.sample(
                [
                    "Le club de va'a de Faa'a tient son assemblée générale mardi à 17 heures.",
                    "La paroisse Saint-Joseph organise une vente de gâteaux samedi.",
                    "Les parents d'élèves de Pamatai cherchent des bénévoles pour la kermesse.",
                    "Le comité des fêtes de Punaauia annonce son marché de Noël le 19 décembre.",
                    "L'école de danse de Faa'a reprend ses cours lundi.",
                ],
                2,
            )
        ),
        CLUBS,
    )
    save = bp(
        "",
        turn(
            ctx,
            [
                "un climatiseur réglé à 26 °C plutôt qu'à 22 °C consomme près de deux fois moins d'électricité.",
                "coupez le chauffe-eau pendant les vacances dans les îles.",
                "un ventilateur de plafond suffit souvent la nuit et consomme vingt fois moins qu'un climatiseur.",
                "nettoyez les filtres de la climatisation tous les mois.",
                "séchez le linge dehors : au soleil de Tahiti, deux heures suffisent.",
            ],
            "save",
        ),
        SAVE,
        lead="Le conseil économie d'énergie :",
    )
    reading = bp("", _GOSPEL_SUNDAY, READING, lead="L'Évangile de ce dimanche :")

    intro = weave(
        ctx,
        [f"<p>{e(p)}</p>" for p in body],
        [(save, [0, 1, 2], 0.7), (reading, [1, 2], 0.6)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (noise, list(range(0, n + 1)), 0.9),
            (charge, list(range(1, n + 1)), 0.8),
            (good, list(range(0, n + 1)), 0.75),
            (number, [0, 1, 2, n], 0.75),
            (clubs, list(range(2, n + 1)), 0.7),
        ],
    )
    publisher = org("Tahiti Infos", "https://www.tahiti-infos.com")
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="fr-PF",
    )
    main = f"""<div id="contenu" class="ti-contenu">
<div class="ti-colonne-principale">
<article class="ti-article ti-article--direct">
<div class="ti-article__rubrique"><a href="/Societe_r3.html">Société</a></div>
<h1 class="ti-article__titre">{e(headline)}</h1>
<div class="ti-article__chapo">Un entrepôt de pneus et de palettes brûle depuis le petit matin près de l'aéroport.</div>
<div class="ti-article__infos">Rédigé par la rédaction le Dimanche 6 Décembre 2026 à 07:45 | Dernière mise à jour : {e(fr(modified))}</div>
<div class="ti-article__texte article-texte">
{intro}
</div>
{ad_slot("ti-pub", "Publicité", "ti-direct-pave")}
<ul class="direct-list">
{feed}
</ul>
</article>
</div>
</div>"""
    html = shell(
        ctx,
        lang="fr",
        title=f"{headline} | TAHITI INFOS, les informations de Tahiti",
        canonical=url,
        prefix="ti",
        body_cls="ti-page ti-page--article",
        jsonld=[ld(live)],
        nav=mega_nav(
            "ti",
            "Tahiti Infos",
            "/",
            ["Société", "Politique", "Économie", "Sport", "Culture", "Monde"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("ti", "© 2026 Tahiti Infos"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "acadienouvelle-caraquet-chalutier-en-feu-au-quai-port-ferme",
        "Acadie Nouvelle (CA)",
        "fr",
        "updates",
        AST,
        acadie,
    ),
    Site(
        "charentelibre-crue-angouleme-quais-saint-cybard-evacues-pont-ferme",
        "Charente Libre",
        "fr",
        "updates",
        CET,
        charente,
    ),
    Site(
        "tahitiinfos-direct-incendie-zone-industrielle-faaa-route-de-ceinture-coupee",
        "Tahiti Infos (PF)",
        "fr",
        "live",
        TAHT,
        tahiti,
    ),
]
