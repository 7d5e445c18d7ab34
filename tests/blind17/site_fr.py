"""French-language publishers: France-Antilles Martinique, L'Alsace, Paris-Normandie."""

from __future__ import annotations

from datetime import datetime

from fx import (
    APPEAL,
    CORRX,
    COUNTER,
    COURT,
    DISPATCH,
    FILM,
    FOODBANK,
    HUNT,
    LETTERS,
    LIFTS,
    NOTICES,
    SAINT,
    SCAM,
    WARDS,
    bl,
    bp,
    calls,
    drift,
    fr,
    graph,
    ld,
    num,
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
    pick,
    shell,
    weave,
)

AST = -4
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
            "Services": [
                "Abonnement",
                "Journal numérique",
                "Newsletters",
                "Annonces légales",
                "Publicité",
            ],
            "Informations légales": [
                "Mentions légales",
                "Politique de confidentialité",
                "CGU",
                "Gestion des cookies",
                "Accessibilité",
            ],
        },
        legal,
    )


def _saint_fr(ctx: Ctx) -> str:
    """The saint's day, which turns over at local midnight (fetch 6 on +01:00 pages)."""
    if ctx.local.day == 6:
        return "Bonne fête aux Nicolas ! Demain, nous fêterons les Ambroise."
    return "Bonne fête aux Ambroise ! Demain, fête de l'Immaculée Conception."


# ---------------------------------------------------------------------------------------------
# France-Antilles Martinique (-04:00), WordPress (Newspaper theme), updates: <h3> "Point de
# situation à 17 h 05" headings (no update word) + a paragraph after the story, newest first; an
# italic "Précision :" at the top (a clarification). The body is split by a photo and an ad.


def franceantilles(ctx: Ctx) -> Render:
    url = "https://www.martinique.franceantilles.fr/actualite/faits-divers/eboulement-rn2-schoelcher-route-coupee-1021875.php"
    headline = "Martinique : un éboulement coupe la RN2 entre Fort-de-France et Schœlcher"
    published = at(AST, 6, 9, 45)
    body = [
        "Un important éboulement s'est produit dimanche matin sur la RN2, à la sortie de Fort-de-France en direction de Schœlcher, coupant la route dans les deux sens.",
        "Des blocs de roche et plusieurs centaines de mètres cubes de terre se sont détachés vers 7 h 30 de la falaise qui surplombe la route à Fond Lahaye, après une nuit de fortes pluies.",
        "Aucune voiture n'a été touchée, selon la gendarmerie, qui a fermé la route dès les premières chutes de pierres signalées par des automobilistes.",
        "« On a entendu un grondement, puis toute la colline est descendue sur la route », raconte Josette Ravinel, qui habite en contrebas.",
        "La Collectivité territoriale de Martinique a dépêché des engins pour dégager la chaussée, mais prévient que les travaux pourraient durer plusieurs jours.",
        "Les automobilistes venant de la côte caraïbe sont invités à passer par la route de la Trace. Les bus du réseau Mozaïk sont déviés par Fonds-Saint-Denis.",
        "Météo-France maintient la vigilance jaune pour fortes pluies et orages sur l'ensemble de la Martinique jusqu'à lundi matin.",
    ]
    prec = Block(
        "clarification",
        "Précision",
        None,
        None,
        [
            "la portion fermée de la RN2 va du rond-point de Fond Lahaye au carrefour de Case-Navire ; la route de Schœlcher par Cluny reste ouverte."
        ],
    )
    notes = [
        Block(
            "update",
            "Point de situation à 17 h 05",
            at(AST, 6, 17, 5),
            None,
            [
                "Les engins de la CTM ont dégagé une voie côté Fort-de-France. La circulation reste interdite en attendant l'avis d'un géotechnicien, attendu lundi."
            ],
        ),
        Block(
            "update",
            "Point de situation à 14 h 20",
            at(AST, 6, 14, 20),
            None,
            [
                "La préfecture a ouvert une cellule de crise. Une quinzaine d'habitants de Fond Lahaye dont les maisons sont menacées ont été relogés par la mairie de Schœlcher."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Point de situation à 18 h 53",
        at(AST, 6, 18, 53),
        None,
        [
            "Le géotechnicien mandaté par la CTM a survolé la falaise en hélicoptère. Il recommande de maintenir la RN2 fermée toute la nuit par crainte de nouvelles chutes."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f"<h3>{e(b.label or '')}</h3>\n<p>{e(b.paras[0])}</p>"
    prec.html = f"<p><em>{e(prec.label or '')} : {e(prec.paras[0])}</em></p>"
    modified = shown[0].ts or published

    def heading_like(heading: str, text: str, kind: str) -> W:
        return W(f"<h3>{e(heading)}</h3>\n<p>{e(text)}</p>", [text], kind)

    appeal = heading_like(
        f"Appel à témoins, {fr(ctx.ago(10, 70))}",
        one(
            ctx,
            [
                "La gendarmerie du Lamentin recherche des témoins d'un accident avec délit de fuite survenu samedi soir sur la RN1, à hauteur de Place d'Armes.",
                "Le commissariat de Fort-de-France lance un appel à témoins après le vol d'un scooter rouge rue Victor-Hugo, vendredi après-midi.",
                "Disparition inquiétante : Maëlys, 15 ans, n'a pas donné de nouvelles depuis samedi. Elle a été vue pour la dernière fois au Robert.",
            ],
        ),
        APPEAL,
    )
    saint = heading_like("Fête du jour", _saint_fr(ctx), SAINT)
    wards = heading_like(
        f"CHU de Martinique, {fr(ctx.ago(5, 60))}",
        f"Visites suspendues dans {drift(ctx, 4, 1)} services de l'hôpital Pierre-Zobda-Quitman en raison de l'épidémie de grippe, dont {one(ctx, ['la pédiatrie', 'la gériatrie', 'la néphrologie', 'la maternité'])}.",
        WARDS,
    )
    scam_n = rise(ctx, 137, 6, 4)
    scam = bp(
        "",
        one(
            ctx,
            [
                f"{scam_n} signalements depuis vendredi de faux SMS de La Poste réclamant des frais de douane pour un colis. Ne cliquez pas sur le lien.",
                f"La gendarmerie a reçu {scam_n} signalements de faux SMS de frais de douane depuis vendredi. La Poste ne demande jamais de paiement par SMS.",
            ],
        ),
        SCAM,
        lead="Arnaque :",
    )
    notices = bp(
        "",
        turn(
            ctx,
            [
                "Constitution de la SARL Ti Kaz Rénovation, siège social au Lamentin, capital 5 000 euros, gérant M. Joël Marie-Sainte.",
                "Enquête publique sur le plan local d'urbanisme de Schœlcher du 4 au 22 janvier en mairie.",
                "Dissolution anticipée de la SAS Caraïbes Froid Services, liquidateur Mme Line Bellerose, Ducos.",
                "Vente aux enchères publiques d'un local commercial à Fort-de-France, rue Lamartine, le 19 janvier au tribunal judiciaire.",
            ],
            "notices",
        ),
        NOTICES,
        lead="Annonces légales :",
    )
    court = bp(
        "",
        turn(
            ctx,
            [
                "un automobiliste du François a été condamné à six mois avec sursis pour conduite sous l'emprise de l'alcool et délit de fuite.",
                "un ancien gérant de station-service de Ducos a été relaxé des faits d'abus de biens sociaux.",
                "deux jeunes du Marin comparaissaient pour des vols de moteurs de bateau ; le jugement sera rendu le 17 décembre.",
                "un homme de Sainte-Marie a été condamné à un an de prison ferme pour violences conjugales.",
            ],
            "court",
        ),
        COURT,
        lead="Au tribunal correctionnel :",
    )
    food = bl(
        "",
        "",
        [
            "Banque alimentaire de la Martinique : "
            + turn(
                ctx,
                [
                    "lait, riz et huile",
                    "conserves de poisson, pâtes et sucre",
                    "couches, lait infantile et savon",
                    "farine, café et produits d'hygiène",
                ],
                "food",
            ),
            turn(
                ctx,
                [
                    "Collecte samedi dans les hypermarchés de Dillon et de Cluny",
                    "Dépôts possibles au siège, zone de la Jambette, du lundi au vendredi",
                    "Les dons sont déductibles à 75 % des impôts",
                ],
                "food2",
            ),
        ],
        FOODBANK,
    )

    fig = (
        '<figure class="wp-caption aligncenter"><img src="/wp-content/uploads/2026/12/eboulement-rn2.jpg" alt="">'
        '<figcaption class="wp-caption-text">La RN2 recouverte de terre et de blocs à Fond Lahaye, dimanche matin. (Photo F.-A.)</figcaption></figure>'
    )
    ad = ad_slot("td-a-rec", "Publicité", "fa_content_2")
    units = [prec.html] + [f"<p>{e(p)}</p>" for p in body[:2]] + [fig]
    units += [f"<p>{e(p)}</p>" for p in body[2:5]] + [ad] + [f"<p>{e(p)}</p>" for p in body[5:]]
    units += [b.html for b in shown]
    k = len(units)
    after = k - len(shown)
    story = weave(
        ctx,
        units,
        [
            (appeal, list(range(after, k + 1)), 0.9),
            (saint, [1, after - 1, after, k], 0.7),
            (wards, list(range(after - 1, k + 1)), 0.8),
            (scam, list(range(2, k + 1)), 0.8),
            (notices, [after, k], 0.7),
            (court, list(range(3, k)), 0.75),
            (food, list(range(5, k + 1)), 0.65),
        ],
    )
    main = f"""<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-default">
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-1021875" class="post-1021875 post type-post status-publish format-standard category-faits-divers">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="/actualite/faits-divers/">Faits divers</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{e(headline)}</h1>
<p class="td-post-sub-title">La route est fermée dans les deux sens. La CTM prévient que le dégagement prendra plusieurs jours.</p>
<div class="td-module-meta-info"><div class="td-post-author-name">Par <a href="/auteur/k-lapierre/">Karine Lapierre</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{modified.isoformat()}">Mis à jour le 6 décembre 2026 à {e(modified.strftime("%Hh%M"))}</time></span></div>
</header>
</div>
<div class="td-post-content tagdiv-type">
{story}
</div>
</article>
</div></div></div>
</div>
</div>"""
    html = shell(
        ctx,
        lang="fr-FR",
        title=f"{headline} - France-Antilles Martinique",
        canonical=url,
        prefix="fa",
        body_cls="post-template-default single single-post td-standard-pack global-block-template-1",
        jsonld=[
            graph(
                {"@type": "WebPage", "@id": url, "url": url, "name": headline},
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Karine Lapierre",
                    publisher=org(
                        "France-Antilles Martinique", "https://www.martinique.franceantilles.fr"
                    ),
                    lang="fr-FR",
                    section="Faits divers",
                ),
            )
        ],
        nav=mega_nav(
            "fa",
            "France-Antilles Martinique",
            "/",
            ["Actualité", "Faits divers", "Politique", "Sport", "Culture", "Économie"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("fa", "© 2026 France-Antilles Martinique"),
        cms="wp",
    )
    return Render(html, body, [prec, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# L'Alsace (+01:00), custom CMS, updates: bold "[MAJ 22 h 40]" leads in the body's paragraph
# class at the top, newest first; an italic bold "Erratum :" at the bottom. The body is split by
# a video player and a photo.


def lalsace(ctx: Ctx) -> Render:
    url = "https://www.lalsace.fr/faits-divers-justice/2026/12/06/lutterbach-le-tram-train-percute-un-camion-a-un-passage-a-niveau"
    headline = "Lutterbach : le tram-train percute un camion à un passage à niveau, une dizaine de blessés légers"
    published = at(CET, 6, 19, 20)
    cls = "textComponent"
    body = [
        "Un tram-train de la ligne Mulhouse–Thann a percuté un camion-benne bloqué sur un passage à niveau à Lutterbach, dimanche vers 18 h 45.",
        "Selon les pompiers du Haut-Rhin, onze passagers ont été légèrement blessés, dont trois ont été transportés à l'hôpital Émile-Muller de Mulhouse.",
        "Le chauffeur du camion, qui avait pu quitter sa cabine avant le choc, est indemne. Il a expliqué aux gendarmes que son véhicule avait calé entre les barrières.",
        "« Le conducteur a freiné de toutes ses forces, mais on a senti le choc jusqu'au fond de la rame », témoigne Aurélie Schwebel, qui rentrait de Thann.",
        "Soléa et la SNCF ont interrompu la circulation des tram-trains entre Mulhouse et Thann. Des bus de substitution desservent les arrêts depuis la gare de Mulhouse.",
        "Le passage à niveau de la rue de Reiningue restera fermé à la circulation jusqu'à l'évacuation du camion et de la rame, prévue dans la nuit.",
        "Une enquête a été ouverte par la compagnie de gendarmerie de Mulhouse pour déterminer les causes de l'accident.",
    ]
    notes = [
        Block(
            "update",
            "[MAJ 22 h 40]",
            at(CET, 6, 22, 40),
            None,
            [
                "La rame accidentée a été tractée jusqu'au dépôt de Lutterbach. Le camion doit être dégagé par une grue dans la nuit."
            ],
        ),
        Block(
            "update",
            "[MAJ 21 h 15]",
            at(CET, 6, 21, 15),
            None,
            [
                "La préfecture du Haut-Rhin indique que les trois blessés hospitalisés devraient pouvoir sortir dans la soirée."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "[MAJ 23 h 53]",
        at(CET, 6, 23, 53),
        None,
        [
            "Soléa annonce que les tram-trains ne circuleront pas lundi matin entre Lutterbach et Thann. Des bus remplaceront les rames jusqu'à nouvel ordre."
        ],
    )
    err = Block(
        "correction",
        "Erratum",
        None,
        None,
        [
            "dans une première version de cet article, nous indiquions que le tram-train circulait vers Mulhouse. Il se dirigeait vers Thann."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}</strong> {e(b.paras[0])}</p>'
    err.html = f'<p class="{cls}"><em><strong>Erratum :</strong> {e(err.paras[0])}</em></p>'
    modified = shown[0].ts or published

    counter = bp(
        cls,
        f"{num(rise(ctx, 2874, 9, 7), ' ')} passages de vélos aujourd'hui rue de Bâle à Mulhouse, {num(rise(ctx, 1416, 4, 5), ' ')} avenue de Colmar.",
        COUNTER,
        lead=f"[Compteur vélo, {fr(ctx.ago(1, 7))}]",
    )
    hunt = bp(
        cls,
        "chasse en battue mardi 8 décembre dans la forêt de la Hardt, entre Habsheim et Rixheim ; les sentiers seront fermés de 8 h à 16 h.",
        HUNT,
        lead="Battues :",
    )
    saint = bp(cls, _saint_fr(ctx), SAINT)
    corrx = bp(
        cls,
        turn(
            ctx,
            [
                "dans notre édition du 4 décembre, le marché de Noël de Kaysersberg ouvre le vendredi à 11 h, et non à 10 h.",
                "contrairement à ce que nous écrivions le 3 décembre, la piscine de l'Illberg rouvre le 4 janvier.",
                "l'adjoint au maire de Colmar cité le 2 décembre se prénomme Didier, et non Daniel.",
                "le concert de l'Orchestre symphonique de Mulhouse annoncé le 1er décembre a lieu à La Filature, et non au Temple Saint-Étienne.",
            ],
            "corrx",
        ),
        CORRX,
        lead="Rectificatifs :",
    )
    notices = bp(
        cls,
        turn(
            ctx,
            [
                "avis d'enquête publique sur la modification du PLU de Wittenheim, du 5 au 23 janvier en mairie.",
                "constitution de la SCI Les Coteaux du Rebberg, siège à Mulhouse, capital 1 000 euros.",
                "transfert du siège social de la SARL Boulangerie Kessler de Pfastatt à Lutterbach.",
                "vente par adjudication d'une maison à Illzach le 22 janvier au tribunal judiciaire de Mulhouse.",
            ],
            "notices",
        ),
        NOTICES,
        lead="Annonces légales :",
    )
    scam_n = rise(ctx, 89, 4, 3)
    scam = bp(
        cls,
        one(
            ctx,
            [
                f"Arnaque au faux conseiller bancaire : {scam_n} victimes signalées dans le Haut-Rhin depuis le début du mois, selon la gendarmerie.",
                f"Faux conseillers bancaires : la gendarmerie du Haut-Rhin a enregistré {scam_n} plaintes depuis le 1er décembre.",
            ],
        ),
        SCAM,
    )
    call_pool = [
        "feu de cheminée à Riedisheim",
        "chute sur la chaussée glissante à Kingersheim",
        "accident entre deux voitures sur l'A36 à Sausheim",
        "personne bloquée dans un ascenseur à Mulhouse, quartier Drouot",
        "fuite de gaz à Wittenheim",
        "malaise sur la voie publique à Illzach",
        "feu de poubelles à Bourtzwiller",
    ]
    dispatch = bp(
        cls,
        " ; ".join(calls(ctx, call_pool, 3, lambda t: f"{fr(t)},")) + ".",
        DISPATCH,
        lead=f"Pompiers du Haut-Rhin, {fr(ctx.ago(1, 8))} :",
    )

    video = (
        '<div class="embedVideo" data-provider="dailymotion"><div class="embedVideo__player" data-id="x9k2h7f"></div>'
        '<p class="embedVideo__title">Vidéo : les images de la rame accidentée à Lutterbach</p></div>'
    )
    fig = (
        '<figure class="imageComponent"><img src="/images/2026/12/06/tram-train-lutterbach.jpg" alt="">'
        '<figcaption class="imageComponent__caption">Le tram-train est resté immobilisé sur le passage à niveau. Photo L\'Alsace /Thierry Gachon</figcaption></figure>'
    )
    units = [b.html for b in shown] + [f'<p class="{cls}">{e(p)}</p>' for p in body[:2]] + [video]
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[2:5]] + [fig]
    units += [f'<p class="{cls}">{e(p)}</p>' for p in body[5:]] + [err.html]
    k = len(units)
    nn = len(shown)
    story = weave(
        ctx,
        units,
        [
            (counter, list(range(0, nn + 3)), 0.85),
            (hunt, [nn, nn + 4, k - 1, k], 0.6),
            (saint, [0, nn, k], 0.75),
            (corrx, [k - 1, k], 0.8),
            (notices, list(range(nn + 2, k + 1)), 0.7),
            (scam, list(range(1, k)), 0.8),
            (dispatch, list(range(1, nn + 4)), 0.9),
        ],
    )
    main = f"""<main class="mainContent">
<div class="grid"><div class="grid__main">
<article class="article" data-id="ALS-2026120611">
<div class="article__head">
<p class="article__kicker">Lutterbach</p>
<h1 class="article__title">{e(headline)}</h1>
<p class="article__chapo">Un camion-benne a calé entre les barrières du passage à niveau de la rue de Reiningue. Onze passagers ont été légèrement blessés.</p>
<div class="article__info"><span class="article__signature">Par Mathilde Riehl</span> - <time datetime="{published.isoformat()}">Le 06/12/2026 à 19:20</time> - <span class="article__maj">Mis à jour le 06/12/2026 à {e(modified.strftime("%H:%M"))}</span></div>
</div>
<div class="article__body">
<div class="article__content">
{story}
</div>
</div>
</article>
</div></div>
</main>"""
    html = shell(
        ctx,
        lang="fr-FR",
        title=f"{headline} | L'Alsace",
        canonical=url,
        prefix="als",
        body_cls="als-page als-article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Mathilde Riehl",
                    publisher=org("L'Alsace", "https://www.lalsace.fr"),
                    lang="fr-FR",
                    section="Faits divers - Justice",
                )
            )
        ],
        nav=mega_nav(
            "als",
            "L'Alsace",
            "/",
            ["Mulhouse", "Colmar", "Haut-Rhin", "Région", "Sports", "Loisirs"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("als", "© 2026 L'Alsace"),
    )
    return Render(html, body, [*shown, err], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Paris-Normandie (+01:00), live, newest first: <section> entries with <time> "16h05" + <h3>; a
# standalone LiveBlogPosting with liveBlogUpdate


def parisnormandie(ctx: Ctx) -> Render:
    url = "https://www.paris-normandie.fr/id612873/article/2026-12-06/direct-tempete-rouen-la-seine-deborde-sur-les-quais-le-pont-flaubert-ferme"
    headline = "DIRECT. Tempête à Rouen : la Seine déborde sur les quais, le pont Flaubert fermé"
    published = at(CET, 6, 15, 0)
    cls = "pn-live__para"
    body = [
        "Les rafales de la tempête et une forte marée font déborder la Seine sur les quais bas de Rouen depuis le milieu d'après-midi.",
        "Le pont Gustave-Flaubert est fermé à la circulation et plusieurs rues de la rive gauche sont inondées. Suivez l'évolution de la situation dans notre direct.",
    ]
    specs = [
        (
            16,
            5,
            "Les quais bas fermés",
            "La Ville de Rouen a fermé les quais bas rive droite et rive gauche, où l'eau commence à monter sur les promenades.",
        ),
        (
            17,
            10,
            "Le pont Flaubert fermé",
            "La Dirnco a fermé le pont Gustave-Flaubert à cause des rafales qui dépassent 100 km/h. Les poids lourds sont déviés par le pont Mathilde.",
        ),
        (
            18,
            25,
            None,
            "Les pompiers de Seine-Maritime ont réalisé une quarantaine d'interventions depuis midi, surtout pour des arbres tombés et des toitures endommagées.",
        ),
        (
            19,
            40,
            "Le métro interrompu vers le sud",
            "Le réseau Astuce a interrompu le métro entre Théâtre des Arts et Saint-Étienne-du-Rouvray, la ligne passant sur le pont Jeanne-d'Arc, exposé aux rafales.",
        ),
        (
            21,
            0,
            "Pic de la marée vers 22 heures",
            "Selon Vigicrues, le niveau de la Seine à Rouen devrait atteindre son maximum vers 22 heures, à 9,80 mètres.",
        ),
        (
            22,
            35,
            "L'eau commence à baisser",
            "La Seine a cessé de monter au pont Boieldieu, indique la préfecture, qui maintient toutefois la vigilance orange.",
        ),
    ]

    def hh(t: datetime) -> str:
        return f"{t.hour}h{t.minute:02d}"

    entries = [
        Block("live_entry", hh(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23h54",
        at(CET, 6, 23, 54),
        "Réouverture du pont Flaubert aux voitures",
        [
            "La Dirnco annonce que les voitures peuvent de nouveau emprunter le pont Gustave-Flaubert. Les poids lourds restent interdits jusqu'à lundi matin."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def entry(label: str, ts: datetime, head: str | None, text: str) -> str:
        hd = f'<h3 class="pn-post__title">{e(head)}</h3>' if head else ""
        return (
            f'<section class="pn-post" data-post="{ts.strftime("%H%M")}"><div class="pn-post__meta"><time datetime="{ts.isoformat()}">{e(label)}</time></div>'
            f'<div class="pn-post__body">{hd}<p class="{cls}">{e(text)}</p></div></section>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.label or "", b.ts, b.head, b.paras[0])
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 24)
        return W(entry(hh(t), t, title, text), [title, text], kind)

    call_pool = [
        "chute d'arbre, route de Darnétal à Bihorel",
        "toiture arrachée, rue Saint-Julien au Petit-Quevilly",
        "inondation de cave, quai du Havre",
        "arbre sur une voiture, boulevard de l'Yser",
        "câble électrique tombé, Mont-Saint-Aignan",
        "secours à personne, place Saint-Marc",
        "panneau menaçant de tomber, avenue de Caen",
    ]
    dispatch = fake(
        one(ctx, ["Sdis 76 : les dernières interventions", "Les interventions des pompiers"]),
        " ; ".join(calls(ctx, call_pool, 3, lambda t: f"{hh(t)},", 25, 70)) + ".",
        DISPATCH,
    )
    lift_pool = [
        "Théâtre des Arts, ascenseur côté rue Jeanne-d'Arc",
        "Gare-Rue Verte, ascenseur vers les quais",
        "Palais de Justice, escalier mécanique montant",
        "Saint-Sever, ascenseur du parking relais",
        "Joffre-Mutualité, ascenseur direction Boulingrin",
    ]
    lifts = fake(
        "Métro : ascenseurs hors service",
        f"Point à {hh(ctx.ago(3, 30))} : {' ; '.join(pick(ctx, lift_pool, 2))}. Les autres stations sont accessibles.",
        LIFTS,
    )
    counter = fake(
        "Compteur vélo du pont Boieldieu",
        f"{num(rise(ctx, 1288, 6, 5), ' ')} passages depuis minuit, contre {num(drift(ctx, 2150, 30), ' ')} dimanche dernier à la même heure."
        if ctx.local.day == 6
        else f"{rise(ctx, 2, 0, 3)} passages depuis minuit. Hier : 1 331 passages au total.",
        COUNTER,
    )
    appeal = fake(
        "Appel à témoins",
        one(
            ctx,
            [
                "La police recherche des témoins d'une agression survenue samedi soir près de la gare de Rouen-Rive-Droite. Contactez le commissariat au 02 32 81 25 00.",
                "La gendarmerie d'Elbeuf recherche un homme de 67 ans, parti de son domicile samedi à pied. Il porte une veste verte.",
                "Un cycliste a été renversé vendredi soir avenue du Mont-Riboudet ; la police recherche le conducteur d'une camionnette blanche.",
            ],
        ),
        APPEAL,
    )
    saint = bp(cls, _saint_fr(ctx), SAINT)
    film = bp(
        cls,
        "le stationnement est interdit rue Eau-de-Robec et place du Lieutenant-Aubert lundi et mardi, de 6 h à 22 h, pour le tournage d'une série.",
        FILM,
        lead="Tournage :",
    )
    letters = bp(
        cls,
        f"Le secrétariat du Père Noël, à Libourne, a déjà reçu {num(rise(ctx, 318240, 47, 30), ' ')} lettres cette année. Postez la vôtre avant le 16 décembre pour avoir une réponse.",
        LETTERS,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(saint, [0, 1, 2], 0.8), (film, [1, 2], 0.6), (letters, [0, 2], 0.7)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (dispatch, list(range(0, n + 1)), 0.9),
            (lifts, list(range(1, n + 1)), 0.75),
            (counter, list(range(0, n)), 0.8),
            (appeal, list(range(2, n + 1)), 0.75),
        ],
    )
    publisher = org("Paris-Normandie", "https://www.paris-normandie.fr")
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
    main = f"""<main class="pn-main">
<div class="pn-wrap">
<article class="pn-article pn-article--live">
<header class="pn-article__header">
<p class="pn-article__rubrique">Rouen</p>
<h1 class="pn-article__titre">{e(headline)}</h1>
<p class="pn-article__chapeau">Vigilance orange en Seine-Maritime : les quais bas sont sous l'eau et les rafales dépassent 100 km/h.</p>
<div class="pn-article__dates">Publié le 06/12/2026 à 15h00 - Mis à jour à {e(hh(modified))}</div>
</header>
<div class="pn-live__intro">
{intro}
</div>
{ad_slot("pn-pub", "Publicité", "pn_live_pave_1")}
<div class="pn-live__flux">
{feed}
</div>
</article>
</div>
</main>"""
    html = shell(
        ctx,
        lang="fr-FR",
        title=f"{headline} - Paris-Normandie",
        canonical=url,
        prefix="pn",
        body_cls="pn-page pn-page--direct",
        jsonld=[ld(live)],
        nav=mega_nav(
            "pn",
            "Paris-Normandie",
            "/",
            ["Rouen", "Le Havre", "Évreux", "Normandie", "Sports", "Loisirs"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("pn", "© 2026 Paris-Normandie"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "franceantilles-martinique-eboulement-rn2-schoelcher-route-coupee",
        "France-Antilles Martinique (MQ)",
        "fr",
        "updates",
        AST,
        franceantilles,
    ),
    Site(
        "lalsace-lutterbach-tram-train-percute-camion-passage-a-niveau",
        "L'Alsace",
        "fr",
        "updates",
        CET,
        lalsace,
    ),
    Site(
        "parisnormandie-direct-rouen-tempete-seine-deborde-pont-flaubert-ferme",
        "Paris-Normandie",
        "fr",
        "live",
        CET,
        parisnormandie,
    ),
]
