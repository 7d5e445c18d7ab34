"""French-language pages: Les Echos and Sud Ouest (notes), LCI live."""

from __future__ import annotations

from kit import CET, Page, document, esc, jsonld, links, mix, moments, padding_css, stamp
from noise import Noise

# ---------------------------------------------------------------------------------------------
# Les Echos: a "Mise à jour à 17 h 20 :" paragraph on top, a "Note de la rédaction" disclosure.

ECHOS_SITE = {
    "promos": [
        "Téléchargez l’application Les Echos pour suivre les marchés en temps réel et recevoir nos alertes.",
        "Écoutez « Les Echos de l’éco », notre podcast quotidien, sur toutes les plateformes.",
        "Retrouvez Les Echos Week-end, notre magazine, chaque vendredi avec votre journal.",
    ],
    "newsletter": [
        "Inscrivez-vous à la newsletter Industrie des Echos et recevez chaque semaine l’essentiel du secteur.",
        "Recevez chaque matin à 7 heures la sélection de la rédaction des Echos dans votre boîte mail.",
    ],
    "membership": [
        "Abonnez-vous aux Echos : 1 € le premier mois, sans engagement.",
        "Accédez à tous les articles des Echos et à l’édition numérique dès 6 heures du matin.",
    ],
    "consent": "Les Echos et ses partenaires utilisent des cookies pour mesurer l’audience et vous proposer des publicités personnalisées.",
    "author": ("Hélène Vasseur", "Hélène Vasseur est journaliste au service Industrie des Echos."),
}

ECHOS_PARAS = [
    "Le fabricant de pièces pour poids lourds Ferrand Industries a annoncé dimanche la fermeture de son usine de Roanne (Loire) d’ici à la fin du premier semestre 2027. Le site emploie 340 salariés.",
    "Dans un communiqué, la direction invoque « l’effondrement des commandes » des constructeurs européens de camions, qui ont réduit leur production de près de 20 % en un an sous l’effet du ralentissement du transport routier.",
    "Le groupe, détenu depuis 2019 par le fonds d’investissement Altavia Partners, veut regrouper sa production sur ses deux sites de Bourg-en-Bresse et de Pilsen, en République tchèque.",
    "Les syndicats dénoncent une décision « brutale » et annoncent un rassemblement lundi matin devant l’usine. « On l’a appris par un mail envoyé un dimanche », s’indigne un délégué CGT.",
    "Le maire de Roanne a demandé un rendez-vous en urgence avec la direction et avec le préfet de la Loire. Le site avait bénéficié en 2022 d’une aide publique de 2,4 millions d’euros au titre du plan de relance.",
    "Ferrand Industries, qui a réalisé un chiffre d’affaires de 410 millions d’euros en 2025, assure vouloir proposer « un reclassement à chaque salarié qui le souhaite ».",
]


def lesechos(pg: Page) -> str:
    nz = Noise(pg, "sc-echos", ECHOS_SITE)

    def upd(hhmm: str, clock: str, text: str, genuine: bool = False) -> str:
        label = f"Mise à jour à {clock}"
        return (
            f'<p class="sc-update"><strong>{label} :</strong> '
            + pg.note("update", label, text, stamp(hhmm, CET), genuine=genuine)
            + "</p>"
        )

    top = []
    if pg.genuine:
        top.append(
            upd(
                "23:53",
                "23 h 53",
                "L’intersyndicale appelle à la grève dès lundi 5 heures sur le site de Roanne et sur celui de Bourg-en-Bresse.",
                genuine=True,
            )
        )
    top.append(
        upd(
            "17:20",
            "17 h 20",
            "Le ministère de l’Industrie indique qu’il « examinera avec la plus grande attention » l’utilisation de l’aide publique versée en 2022 et convoque la direction mardi à Bercy.",
        )
    )
    paras = [f'<p class="sc-paragraph">{pg.B(esc(t))}</p>' for t in ECHOS_PARAS]
    disclosure = (
        '<p class="sc-paragraph"><em><strong>Note de la rédaction :</strong> '
        + pg.note(
            "editors_note",
            "Note de la rédaction",
            "Altavia Partners compte parmi ses investisseurs un fonds dans lequel le groupe Les Echos-Le Parisien détient une participation minoritaire.",
            None,
        )
        + "</em></p>"
    )
    menu = nz.menu(
        "related",
        "related_line",
        "promo",
        "newsletter",
        "meter",
        "membership",
        "sponsored",
        "quote",
        "also_like",
        "readers",
    )
    body = f"""{nz.consent() if pg.maybe(0.5) else ""}
<header class="sc-header"><a class="sc-logo" href="/">Les Echos</a>{links(["Économie", "Politique", "Industrie & Services", "Finance & Marchés", "Tech & Médias", "Régions", "Idées", "Patrimoine"], "sc-nav")}
{nz.ticker()}</header>
<main class="sc-main"><article class="sc-article">
<p class="sc-kicker">Automobile</p>
<h1 class="sc-title">Ferrand Industries va fermer son usine de Roanne, 340 emplois menacés</h1>
<p class="sc-lead">Le sous-traitant des constructeurs de camions veut regrouper sa production à Bourg-en-Bresse et en République tchèque. Les syndicats appellent à la mobilisation.</p>
<p class="sc-byline">Par Hélène Vasseur · Publié le 6 déc. 2026 à 14:05 · {pg.F(f"Lecture {pg.rnd.choice([3, 4])} min.")}</p>
<div class="sc-share"><button>Partager</button><button>Offrir cet article</button>{nz.comments()}</div>
<div class="sc-body">
{"".join(top)}
{mix(pg, paras, menu, 3, 6)}
{disclosure}
</div>
{nz.author_box()}
</article>
<aside class="sc-aside">{nz.most_read()}</aside></main>
<footer class="sc-footer"><p>{pg.F("© Les Echos 2026. Tous droits réservés.")}</p></footer>"""
    head = padding_css("sc-", 200) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Ferrand Industries va fermer son usine de Roanne, 340 emplois menacés",
            "datePublished": "2026-12-06T14:05:00+01:00",
            "dateModified": stamp("23:53" if pg.genuine else "17:20", CET),
        }
    )
    return document(pg, "Ferrand Industries va fermer son usine de Roanne | Les Echos", head, body)


# ---------------------------------------------------------------------------------------------
# Sud Ouest: "Mise à jour, 15 h 40 :" in a box on top, an italic "Rectificatif :" below.

SUDOUEST_SITE = {
    "promos": [
        "Téléchargez l’application Sud Ouest et recevez les alertes de votre commune en temps réel.",
        "Retrouvez le journal Sud Ouest en version numérique dès 5 heures du matin sur l’application.",
        "Suivez l’actualité du Bassin d’Arcachon sur la page Facebook de Sud Ouest Bassin.",
    ],
    "newsletter": [
        "Recevez chaque soir la newsletter du Bassin d’Arcachon de Sud Ouest.",
        "Inscrivez-vous à la newsletter de Sud Ouest et recevez l’essentiel de l’actualité régionale.",
    ],
    "membership": ["Abonnez-vous à Sud Ouest : 1 € par mois pendant trois mois, puis 9,99 €."],
    "consent": "Sud Ouest et ses partenaires utilisent des cookies pour améliorer votre expérience et vous proposer des publicités adaptées.",
    "weather": ("Arcachon", ["averses", "vent fort", "houle", "ciel couvert"]),
    "scores": [
        ("UBB", "Stade Toulousain", 21, [(1, 29), (0, 44), (0, 71)]),
        ("Girondins", "Stade Bordelais", 17, [(0, 40), (1, 66)]),
    ],
    "video_head": "Les vidéos Sud Ouest",
}

SUDOUEST_PARAS = [
    "Un chalutier de 18 mètres immatriculé à Arcachon s’est échoué dimanche vers 9 heures sur le banc d’Arguin, à l’entrée du Bassin. Ses trois membres d’équipage ont été hélitreuillés par un hélicoptère de la Marine nationale.",
    "Selon la préfecture maritime de l’Atlantique, le bateau rentrait au port après une nuit de pêche lorsqu’il a été drossé par une forte houle d’ouest, dans des creux de près de quatre mètres.",
    "Les trois marins, âgés de 24 à 57 ans, ont été transportés à l’hôpital de La Teste-de-Buch. Ils souffrent d’une hypothermie légère, mais leurs jours ne sont pas en danger.",
    "Le chalutier contient environ 3 000 litres de gazole. Un barrage flottant a été déployé par les pompiers et les agents de la réserve naturelle, qui craignent une pollution du banc, zone de nidification protégée.",
    "« Les passes du Bassin sont parmi les plus dangereuses de la côte, tous les patrons le savent », rappelle un ancien pilote du port d’Arcachon, qui estime que le remorquage ne pourra pas se faire avant plusieurs jours.",
    "La navigation de plaisance est interdite dans les passes jusqu’à nouvel ordre, a annoncé la préfecture maritime en fin d’après-midi.",
]


def sudouest(pg: Page) -> str:
    nz = Noise(pg, "article-so", SUDOUEST_SITE)

    def upd(hhmm: str, clock: str, text: str, genuine: bool = False) -> str:
        label = f"Mise à jour, {clock}"
        return (
            f'<div class="article-so-maj"><p><b>{label} :</b> '
            + pg.note("update", label, text, stamp(hhmm, CET), genuine=genuine)
            + "</p></div>"
        )

    top = []
    if pg.genuine:
        top.append(
            upd(
                "23:54",
                "23 h 54",
                "Un remorqueur de haute mer a quitté Brest en soirée. Il doit tenter de dégager le chalutier à la marée haute de mardi.",
                genuine=True,
            )
        )
    top.append(
        upd(
            "15:40",
            "15 h 40",
            "La préfecture maritime indique qu’aucune fuite de carburant n’a été constatée lors du survol de l’épave en début d’après-midi.",
        )
    )
    paras = [f"<p>{pg.B(esc(t))}</p>" for t in SUDOUEST_PARAS]
    correction = (
        "<p><i>"
        + "Rectificatif : "
        + pg.note(
            "correction",
            "Rectificatif",
            "Une version précédente de cet article indiquait que le chalutier était immatriculé à La Rochelle. Il est immatriculé à Arcachon.",
            None,
        )
        + "</i></p>"
    )
    menu = nz.menu(
        "related",
        "also_like",
        "promo",
        "poll",
        "gallery",
        "newsletter",
        "score",
        "sponsored",
        "meter",
        "readers",
        "video",
    )
    minutes = pg.minutes_since("15:40", CET)
    body = f"""{nz.consent() if pg.maybe(0.6) else ""}
<header class="so-header"><a class="so-header__logo" href="/">Sud Ouest</a>{links(["Gironde", "Bassin d’Arcachon", "Landes", "Pyrénées-Atlantiques", "Sports", "Rugby", "Économie", "Loisirs"], "so-header__nav")}
{nz.weather() if pg.maybe(0.7) else ""}</header>
<main><article class="article-so">
<p class="article-so__rubrique">Bassin d’Arcachon</p>
<h1 class="article-so__title">Bassin d’Arcachon : un chalutier s’échoue sur le banc d’Arguin, trois marins hélitreuillés</h1>
<p class="article-so__chapo">Le bateau de pêche rentrait au port quand la houle l’a drossé sur le banc. L’équipage a été secouru par la Marine nationale.</p>
<p class="article-so__meta">Par Julien Lartigue · Publié le 06/12/2026 à 11h02 · {pg.F(f"Mis à jour il y a {minutes // 60} h")}</p>
{"".join(top)}
<div class="article-so__body">
{mix(pg, paras, menu, 3, 6, edges=True)}
{correction}
</div>
</article>
<aside class="article-so__aside">{nz.most_read()}</aside></main>
<footer class="so-footer"><p>{pg.F("© Sud Ouest 2026 – Groupe Sud Ouest, tous droits réservés.")}</p></footer>"""
    head = padding_css("article-so-", 160) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Bassin d’Arcachon : un chalutier s’échoue sur le banc d’Arguin",
            "datePublished": "2026-12-06T11:02:00+01:00",
            "dateModified": stamp("23:54" if pg.genuine else "15:40", CET),
        }
    )
    return document(
        pg,
        "Bassin d’Arcachon : un chalutier s’échoue sur le banc d’Arguin - Sud Ouest.fr",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# LCI live: "22:46" in a <time>, a bold headline, the LCI player with a viewer count.

LCI_SITE = {
    "promos": [
        "Regardez LCI gratuitement en direct sur TF1+, sur votre téléphone, votre ordinateur ou votre téléviseur.",
        "Activez les notifications de l’application TF1 Info pour ne rien manquer de l’actualité.",
        "Retrouvez « 24H Pujadas » du lundi au vendredi à 18 heures sur LCI et TF1+.",
    ],
    "newsletter": ["Recevez chaque soir l’essentiel de l’info de TF1 Info dans votre boîte mail."],
    "membership": [
        "Créez votre compte TF1+ gratuit pour reprendre vos programmes là où vous les avez laissés."
    ],
    "consent": "TF1 et ses partenaires utilisent des cookies pour vous proposer des contenus et publicités personnalisés.",
    "weather": ("Brest", ["tempête", "rafales", "pluie forte"]),
    "traffic": "Bison Futé : {a} routes coupées dans l’Ouest, {b} km de ralentissements",
    "video_head": "LCI en direct",
}

LCI_ENTRIES = [
    (
        "22:46",
        "Enedis mobilise 1 500 techniciens",
        [
            "Enedis annonce avoir mobilisé 1 500 techniciens, dont 400 venus d’autres régions, pour rétablir le courant dans les départements les plus touchés."
        ],
    ),
    (
        "22:10",
        "Trafic SNCF interrompu entre Nantes et Quimper",
        [
            "La SNCF a interrompu la circulation des trains entre Nantes et Quimper en raison de chutes d’arbres sur les voies. Le trafic ne reprendra pas avant lundi midi."
        ],
    ),
    (
        "21:35",
        None,
        [
            "Une rafale à 168 km/h a été enregistrée à la pointe du Raz, selon Météo-France, qui maintient la vigilance rouge pour le Finistère jusqu’à lundi 6 heures."
        ],
    ),
    (
        "20:58",
        "Un automobiliste blessé par la chute d’un arbre",
        [
            "Un homme de 43 ans a été grièvement blessé dans le Morbihan lorsqu’un arbre est tombé sur sa voiture près de Pontivy, indiquent les pompiers."
        ],
    ),
    (
        "20:15",
        "Les écoles fermées lundi dans le Finistère",
        [
            "Le préfet du Finistère a annoncé la fermeture de toutes les écoles, collèges et lycées du département lundi."
        ],
    ),
]
LCI_NEW = (
    "23:53",
    "Le courant revient à Brest",
    [
        "Enedis indique que l’alimentation a été rétablie dans la plupart des quartiers de Brest. Environ 150 000 foyers restent privés d’électricité dans l’Ouest."
    ],
)


def lci(pg: Page) -> str:
    nz = Noise(pg, "LiveItem", LCI_SITE)
    rows = ([(*LCI_NEW, True)] if pg.genuine else []) + [(*e, False) for e in LCI_ENTRIES]
    posts = []
    for hhmm, headline, paras, is_new in rows:
        pg.entry(hhmm, stamp(hhmm, CET), headline, paras, genuine=is_new)
        h = f"<p><strong>{esc(headline)}</strong></p>" if headline else ""
        ps = "".join(f"<p>{esc(p)}</p>" for p in paras)
        posts.append(
            f'<div class="LiveItem" data-live-item="{hhmm}"><div class="LiveItem__Header">'
            f'<time datetime="{stamp(hhmm, CET)}">{hhmm}</time> {nz.ago(hhmm, CET)}</div>'
            f'<div class="LiveItem__Content">{h}{ps}</div></div>'
        )
    latest = rows[0][0]
    menu = nz.menu(
        "video",
        "watching",
        "promo",
        "poll",
        "also_like",
        "sponsored",
        "following",
        "traffic",
        "weather",
        "related",
    )
    body = f"""{nz.consent() if pg.maybe(0.5) else ""}
<header class="Header"><a class="Header__Logo" href="/">TF1 INFO · LCI</a>{links(["Direct", "Politique", "International", "Société", "Économie", "Météo", "Sport", "Replay"], "Header__Nav")}</header>
<main class="Main"><article class="Article Article--live">
<div class="Article__Live">{nz.live_badge((latest, CET))}</div>
<h1 class="Article__Title">EN DIRECT - Tempête Gaëlle : 200 000 foyers privés d’électricité dans l’Ouest</h1>
<div class="Article__Chapo"><p>{pg.B("La tempête Gaëlle balaie depuis dimanche après-midi la Bretagne et les Pays de la Loire. Le Finistère est placé en vigilance rouge pour vents violents.")}</p></div>
<p class="Article__Meta">La rédaction de TF1info · Publié le 6 décembre 2026 à 17h30</p>
<div class="Article__Player"><p>{pg.F("LCI en direct : " + pg.rnd.choice(["24H Pujadas", "LCI Soir", "Le Club LCI", "Le débrief de l’info"]))}</p>{nz.watching()}</div>
{moments(pg, [(r[0], r[1]) for r in rows if r[1]], "Les temps forts", "Article__KeyMoments")}
<div class="Article__LiveItems">
{mix(pg, posts, menu, 3, 6)}
</div>
</article>
<aside class="Aside">{nz.most_read()}</aside></main>
<footer class="Footer"><p>{pg.F("© 2026 TF1 Info – Tous droits réservés")}</p></footer>"""
    head = padding_css("LiveItem__", 170) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Tempête Gaëlle : 200 000 foyers privés d’électricité dans l’Ouest",
            "dateModified": stamp(latest, CET),
        }
    )
    return document(
        pg,
        "EN DIRECT - Tempête Gaëlle : 200 000 foyers privés d’électricité | TF1 INFO",
        head,
        body,
    )


SITES = {
    "lesechos-ferrand-roanne": ("fr", "Les Echos", "updates", lesechos),
    "sudouest-chalutier-arguin": ("fr", "Sud Ouest", "updates", sudouest),
    "lci-direct-tempete-gaelle": ("fr", "LCI", "live", lci),
}
