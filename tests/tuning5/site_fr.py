"""French publishers for the tuning5 set: Le Progrès, Nice-Matin (direct) and Le Télégramme
(direct). Stories, names and companies are invented."""

from __future__ import annotations

from fx import Fx
from kit import CET, Sheet, css, esc, iso, ld, nav, scatter, shell

FR_SCORES = [
    ("Ligue 1", "Nice", "Lens", 52, [(9, 0), (61, 1), (77, 0)]),
    ("Top 14", "Lyon OU", "Castres", 38, [(6, 0), (22, 1), (51, 0)]),
]
FR_TICKERS = [("CAC 40", 7612.4), ("Euro Stoxx 50", 4987.1), ("Brent", 73.42)]
FR_JOBS = [
    "Aide-soignant(e) H/F – CDI – Centre hospitalier, 1 850 € brut",
    "Chauffeur poids lourd H/F – CDI – transports régionaux",
    "Appartement T3, 64 m², balcon – 245 000 €",
    "Maison 5 pièces avec jardin – 389 000 € – frais d'agence inclus",
]
FR_LOTTO = (
    "Loto du samedi : 5 – 12 – 27 – 33 – 41, numéro chance 6",
    "Prochain jackpot : {n} millions d'euros",
)

# Le Progrès --------------------------------------------------------------------------------------
PROGRES = {
    "promos": [
        "Retrouvez toute l'actualité de votre commune dans l'application Le Progrès.",
        "Le Progrès organise les Trophées de l'entreprise lyonnaise le 30 janvier à la Sucrière.",
        "Écoutez notre podcast « Lyon Confidentiel », un nouvel épisode chaque jeudi.",
    ],
    "apps": [
        "Téléchargez l'application Le Progrès et recevez les alertes trafic de votre secteur."
    ],
    "newsletters": [
        "Inscrivez-vous à la newsletter Lyon et Métropole pour recevoir l'essentiel chaque matin.",
        "Recevez nos alertes trafic par e-mail en vous abonnant à notre lettre Mobilités.",
    ],
    "donations": ["Abonnez-vous pour 1 € le premier mois et lisez tous nos articles sans limite."],
    "author": (
        "Camille Vernay",
        "Camille Vernay est journaliste à la rédaction lyonnaise du Progrès.",
    ),
    "tags": ["Tunnel de Fourvière", "Lyon", "Circulation", "Poids lourd", "A7"],
    "gallery": (
        9,
        ["Le camion calciné à la sortie sud du tunnel.", "Les pompiers du SDMIS sur place."],
    ),
    "scores": FR_SCORES,
    "weather": ("Lyon", 4, ["pluie faible", "ciel couvert", "brouillard"]),
    "traffic": [
        "M6 sud, tunnel de Fourvière : fermé, déviation par le périphérique, {n} min de retard",
        "Boulevard périphérique nord : {n} minutes de bouchon vers Caluire",
        "A43 vers Lyon : {n} minutes de ralentissement à Saint-Priest",
    ],
    "tickers": FR_TICKERS,
    "jobs": FR_JOBS,
    "lotto": FR_LOTTO,
}
PROGRES_PARAS = [
    "Le tunnel de Fourvière est fermé dans les deux sens depuis dimanche 13 h 40, après l'incendie d'un poids lourd à environ 300 mètres de la sortie sud.",
    "Le chauffeur a pu quitter sa cabine et rejoindre une niche de sécurité. Il a été légèrement intoxiqué par les fumées et transporté à l'hôpital Édouard-Herriot.",
    "Les pompiers du SDMIS ont maîtrisé le feu en une heure environ. La Métropole doit désormais vérifier l'état de la voûte et des systèmes de ventilation.",
    "La circulation est déviée par le boulevard périphérique et par l'A46. De longs bouchons se sont formés en fin d'après-midi dans le secteur de Perrache.",
    "Selon la Métropole, le tunnel pourrait rester fermé jusqu'à lundi matin au moins.",
]
PROGRES_NOTE = (
    "Mise à jour 18h10",
    "La préfecture a interdit le transit des poids lourds dans le centre de Lyon jusqu'à la réouverture du tunnel.",
    iso(18, 10, CET),
)
PROGRES_FIX = "Dans une première version de cet article, nous indiquions que le chauffeur avait été gravement blessé. Il n'est que légèrement intoxiqué."
PROGRES_NEW = (
    "Mise à jour 23h52",
    "La Métropole annonce que le tube nord rouvrira lundi à 5 heures. Le tube sud restera fermé pour des travaux sur la voûte.",
    iso(23, 52, CET),
)


def leprogres(sh: Sheet) -> str:
    fx = Fx(sh, "ebra-", PROGRES)
    notes = [PROGRES_NEW, PROGRES_NOTE] if sh.genuine else [PROGRES_NOTE]
    top = []
    for label, text, when in notes:
        sh.note("update", label, text, when, genuine=label == PROGRES_NEW[0])
        top.append(f'<p class="textComponent"><strong>[{esc(label)}]</strong> {esc(text)}</p>')
    items = [f'<p class="textComponent">{sh.para(p)}</p>' for p in PROGRES_PARAS]
    menu = fx.pick(
        "also",
        "also",
        "promo",
        "app",
        "native",
        "traffic",
        "meter",
        "gallery",
        "poll",
        "jobs",
        "comments",
        "weather",
    )
    fix = sh.note("correction", "Erratum", PROGRES_FIX, None)
    body = f"""{fx.cookie() if sh.chance(0.5) else ""}
<header class="ebra-header"><a href="/">Le Progrès</a>{nav(["Faits divers", "Lyon", "Rhône", "Loire", "Sport", "Économie", "Loisirs"], "ebra-nav")}</header>
{fx.breaking() if sh.chance(0.4) else ""}
<main><article class="ebra-article">
<div class="ebra-kicker">Lyon · Faits divers</div>
<h1>Lyon : le tunnel de Fourvière fermé après l'incendie d'un poids lourd</h1>
<p class="ebra-chapo">Un camion a pris feu dimanche en début d'après-midi. Le chauffeur a pu s'échapper.</p>
<div class="ebra-signature">Camille Vernay - 06 déc. 2026 à 15:02 {fx.share() if sh.chance(0.5) else ""}</div>
<div class="ebra-body">
{"".join(top)}
{scatter(sh, items, menu, 4, 7, edges=False)}
<p class="textComponent"><em>Erratum : {fix}</em></p>
</div>
{fx.author()}
{fx.newsletter() if sh.chance(0.5) else ""}
</article>
<aside>{fx.top()}{fx.horoscope() if sh.chance(0.5) else ""}{fx.lotto()}</aside></main>
<footer><p>{sh.fur("© Le Progrès 2026 – Tous droits réservés")}</p></footer>"""
    head = css("ebra-", 150)
    return shell(sh, "Lyon : le tunnel de Fourvière fermé | Le Progrès", head, body)


# Nice-Matin direct -----------------------------------------------------------------------------
NICE = {
    "promos": [
        "Suivez Nice-Matin sur WhatsApp pour recevoir les alertes météo de votre commune.",
        "Nice-Matin organise une soirée spéciale avec les secouristes de la Vésubie le 12 janvier.",
        "Retrouvez chaque soir l'édition numérique de Nice-Matin dès 22 heures.",
    ],
    "apps": ["Téléchargez l'appli Nice-Matin pour ne rien rater de l'alerte en cours."],
    "newsletters": [
        "Recevez notre newsletter Alerte météo, gratuite, dès qu'une vigilance est déclenchée."
    ],
    "donations": [
        "Vous êtes sur place ? Envoyez-nous vos photos et vidéos via notre formulaire.",
        "Soutenez l'information locale : abonnez-vous à Nice-Matin pour 1 € le premier mois.",
    ],
    "author": ("Laetitia Orsini", "Laetitia Orsini couvre les Alpes-Maritimes pour Nice-Matin."),
    "tags": ["Vigilance rouge", "Var", "Crues", "Alpes-Maritimes", "Météo-France"],
    "gallery": (12, ["L'Argens en crue près du Muy.", "Une voiture emportée à Roquebrune."]),
    "scores": FR_SCORES,
    "weather": ("Nice", 11, ["orages", "fortes pluies", "averses"]),
    "traffic": [
        "A8 entre Le Muy et Les Adrets : fermée, {n} km de bouchon",
        "RD 6007 à Fréjus : coupée, déviation, {n} min de retard",
    ],
    "tickers": FR_TICKERS,
    "jobs": FR_JOBS,
    "lotto": FR_LOTTO,
}
NICE_INTRO = [
    "Le Var et les Alpes-Maritimes sont placés en vigilance rouge pluie-inondation depuis 16 heures. L'Argens et le Loup sont surveillés de près.",
    "Les écoles seront fermées lundi dans 63 communes. La préfecture demande aux habitants de limiter leurs déplacements.",
]
NICE_POSTS = [
    (
        (22, 48),
        "L'Argens déborde au Muy",
        [
            "La rivière est sortie de son lit à l'entrée du Muy. Une quarantaine de maisons sont touchées, selon la mairie."
        ],
    ),
    (
        (22, 17),
        None,
        [
            "Les pompiers ont réalisé 27 mises en sécurité depuis le début de soirée, dont 11 par hélicoptère."
        ],
    ),
    (
        (21, 36),
        "L'A8 coupée entre Le Muy et Les Adrets",
        [
            "Vinci Autoroutes a fermé l'A8 dans les deux sens en raison d'une coulée de boue au niveau de Fréjus."
        ],
    ),
    (
        (20, 54),
        "Des trains supprimés",
        ["La SNCF supprime tous les TER entre Cannes et Les Arcs jusqu'à lundi midi."],
    ),
    (
        (20, 5),
        "Le préfet appelle à la prudence",
        [
            "« Ne prenez pas votre voiture, ne traversez pas les gués », a insisté le préfet du Var lors d'un point presse."
        ],
    ),
    (
        (19, 22),
        "Déjà 140 mm à Fayence",
        ["Météo-France a relevé 140 millimètres de pluie en six heures à Fayence."],
    ),
]
NICE_NEW = (
    (23, 53),
    "Un automobiliste secouru à Roquebrune",
    [
        "Un homme dont la voiture avait été emportée par le Blavet a été hélitreuillé sain et sauf, annoncent les pompiers."
    ],
)


def nicematin(sh: Sheet) -> str:
    fx = Fx(sh, "nm-", NICE)
    rows = ([(*NICE_NEW, True)] if sh.genuine else []) + [(*p, False) for p in NICE_POSTS]
    items = []
    for (hh, mm), title, texts, new in rows:
        label = f"{hh}h{mm:02d}"
        when = iso(hh, mm, CET)
        sh.post(label, when, title, texts, genuine=new)
        h = f'<h2 class="nm-live-title">{esc(title)}</h2>' if title else ""
        ps = "".join(f"<p>{esc(t)}</p>" for t in texts)
        items.append(
            f'<li class="nm-live-item"><div class="nm-live-hour">{label}'
            f" <em>{fx.rel(when)}</em></div>{h}{ps}</li>"
        )
    latest = iso(*rows[0][0], CET)
    menu = fx.pick(
        "also",
        "promo",
        "donate",
        "app",
        "native",
        "weather",
        "traffic",
        "videos",
        "viewers",
        "gallery",
        "top",
        "share",
        "poll",
    )
    intro = "".join(f"<p>{sh.para(p)}</p>" for p in NICE_INTRO)
    body = f"""<header class="nm-header"><a href="/">Nice-Matin</a>{nav(["Faits divers", "Nice", "Cannes", "Antibes", "Var", "OGC Nice", "Vidéos"], "nm-nav")}</header>
{fx.cookie() if sh.chance(0.5) else ""}
<main><article class="nm-live">
{fx.badge(latest)}
<h1>DIRECT. Vigilance rouge dans le Var : l'Argens déborde, l'A8 coupée</h1>
<div class="nm-intro">{intro}</div>
{fx.readers() if sh.chance(0.6) else ""}
<ol class="nm-live-list">
{scatter(sh, items, menu, 4, 8, edges=True)}
</ol>
{fx.author()}
</article>
<aside>{fx.newsletter() if sh.chance(0.5) else ""}{fx.score()}</aside></main>
<footer><p>{sh.fur("Nice-Matin © 2026 – Groupe Nice-Matin")}</p></footer>"""
    head = css("nm-", 140) + ld(
        {"@context": "https://schema.org", "@type": "LiveBlogPosting", "dateModified": latest}
    )
    return shell(sh, "DIRECT. Vigilance rouge dans le Var - Nice-Matin", head, body)


# Le Télégramme direct -------------------------------------------------------------------------
TLG = {
    "promos": [
        "Le Télégramme vous invite à sa conférence « La mer demain » le 18 janvier au Quartz de Brest.",
        "Chaque dimanche, retrouvez le magazine Bretagne du Télégramme dans votre journal.",
        "Écoutez « Embarquement immédiat », notre podcast sur la vie des marins bretons.",
    ],
    "apps": [
        "L'appli du Télégramme est gratuite : activez les alertes Finistère pour suivre ce direct."
    ],
    "newsletters": [
        "Inscrivez-vous à La Matinale du Télégramme, l'essentiel de l'actu bretonne à 7 h.",
    ],
    "donations": [
        "Le Télégramme est un journal indépendant. Pour nous soutenir, abonnez-vous dès 1 €.",
    ],
    "author": ("Erwan Le Goff", "Erwan Le Goff est journaliste à l'agence de Brest."),
    "tags": ["Marée noire", "Finistère", "Pollution", "Ouessant", "Préfecture maritime"],
    "gallery": (8, ["Des nappes de fioul au large d'Ouessant.", "Le cargo remorqué vers Brest."]),
    "scores": FR_SCORES,
    "weather": ("Brest", 9, ["vent fort", "averses", "éclaircies"]),
    "traffic": [
        "RN 12 vers Morlaix : {n} min de ralentissement à Landerneau",
        "Pont de l'Iroise : circulation alternée, {n} min d'attente",
    ],
    "tickers": FR_TICKERS,
    "jobs": FR_JOBS,
    "lotto": FR_LOTTO,
}
TLG_INTRO = [
    "Une pollution aux hydrocarbures menace les côtes du Finistère nord après l'avarie du cargo Nordhavn Star, qui a perdu une partie de son combustible samedi soir à 30 milles au large d'Ouessant.",
]
TLG_POSTS = [
    (
        (22, 39),
        "Premières boulettes sur la plage de Porspoder",
        [
            "Des promeneurs ont signalé des boulettes d'hydrocarbures sur la plage de Porspoder. Des agents de la commune sont sur place."
        ],
    ),
    (
        (21, 58),
        "Le cargo arrive à Brest",
        [
            "Le Nordhavn Star, remorqué par l'Abeille Bourbon, est entré dans la rade de Brest peu avant 22 heures."
        ],
    ),
    (
        (21, 12),
        None,
        [
            "Le plan Polmar-Terre est déclenché dans le Finistère, annonce le préfet. Les communes du littoral sont invitées à préparer des barrages."
        ],
    ),
    (
        (20, 27),
        "Le Cedre mobilisé",
        [
            "Les experts du Cedre analysent les prélèvements réalisés par l'avion des douanes. Le fioul serait de type lourd."
        ],
    ),
    (
        (19, 44),
        "La nappe s'étend sur 12 km",
        [
            "Selon la préfecture maritime, la nappe principale mesure 12 kilomètres de long et dérive vers le nord-est."
        ],
    ),
]
TLG_NEW = (
    (23, 54),
    "Des bénévoles appelés à ne pas intervenir",
    [
        "La préfecture demande aux habitants de ne pas ramasser eux-mêmes les hydrocarbures et de signaler les dépôts en mairie."
    ],
)


def telegramme(sh: Sheet) -> str:
    fx = Fx(sh, "tlg-", TLG)
    rows = ([(*TLG_NEW, True)] if sh.genuine else []) + [(*p, False) for p in TLG_POSTS]
    items = []
    for (hh, mm), title, texts, new in rows:
        label = f"{hh} h {mm:02d}"
        sh.post(label, iso(hh, mm, CET), title, texts, genuine=new)
        h = f"<p class='tlg-post__title'><strong>{esc(title)}</strong></p>" if title else ""
        ps = "".join(f"<p>{esc(t)}</p>" for t in texts)
        items.append(
            f'<section class="tlg-post"><span class="tlg-post__time">{label}</span>{h}{ps}</section>'
        )
    latest = iso(*rows[0][0], CET)
    menu = fx.pick(
        "also",
        "also",
        "promo",
        "app",
        "donate",
        "native",
        "weather",
        "traffic",
        "gallery",
        "readers",
        "comments",
        "jobs",
        "breaking",
        "horoscope",
    )
    intro = "".join(f'<p class="tlg-chapo">{sh.para(p)}</p>' for p in TLG_INTRO)
    body = f"""{fx.cookie() if sh.chance(0.4) else ""}
<header class="tlg-header"><a href="/">Le Télégramme</a>{nav(["Brest", "Quimper", "Morlaix", "Lorient", "Bretagne", "Sports", "Mer"], "tlg-nav")}</header>
{fx.meter() if sh.chance(0.5) else ""}
<main><article class="tlg-live">
{fx.badge(latest)}
<h1>EN DIRECT - Pollution au large d'Ouessant : le plan Polmar-Terre déclenché</h1>
{intro}
<p class="tlg-sig">Publié le 6 décembre 2026 à 19h30 · {fx.share() if sh.chance(0.5) else ""}</p>
<div class="tlg-posts">
{scatter(sh, items, menu, 4, 8, edges=False)}
</div>
</article>
<aside>{fx.top()}{fx.newsletter() if sh.chance(0.6) else ""}{fx.lotto() if sh.chance(0.5) else ""}</aside></main>
<footer><p>{sh.fur("© Le Télégramme 2026 – Reproduction interdite")}</p></footer>"""
    head = css("tlg-", 150)
    return shell(sh, "Pollution au large d'Ouessant : en direct | Le Télégramme", head, body)


SITES = {
    "leprogres-tunnel-fourviere": ("fr", "Le Progrès", "updates", leprogres),
    "nicematin-direct-vigilance-var": ("fr", "Nice-Matin", "live", nicematin),
    "letelegramme-direct-ouessant": ("fr", "Le Télégramme", "live", telegramme),
}
