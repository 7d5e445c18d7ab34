"""French-language publishers: Le Quotidien Jurassien (Delémont, Switzerland), Le Mauricien
(Port-Louis, Mauritius), Les Nouvelles Calédoniennes (Nouméa, New Caledonia)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BELLS,
    FIBRE,
    LITTER,
    MEMORY,
    NEWS,
    PROMO,
    QUIZ,
    READ,
    RELATED,
    SHED,
    SPELL,
    STORY,
    THANKS,
    TICKER,
    TREES,
    bl,
    bp,
    bpa,
    drift,
    fall,
    fr,
    ld,
    month,
    num,
    page,
    post,
    rise,
    subset,
    turn,
    weekday,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

CET = 1
MUT = 4
NCT = 11

_SUBS = [
    "Faits divers",
    "Justice",
    "Politique",
    "Économie",
    "Société",
    "Culture",
    "Sports",
    "Météo",
]
_FOOT = {
    "Le journal": ["Nous contacter", "S'abonner", "Journal numérique", "Newsletters", "Publicité"],
    "Informations légales": ["Mentions légales", "Confidentialité", "CGU", "Gestion des cookies"],
}


def _texts(ctx: Ctx, town: str, street: str, cur: str) -> dict[str, str]:
    """The French carousels, with the story's town and one of its streets."""
    return {
        SPELL: turn(
            ctx,
            [
                f"Une élève de dix ans de {town} a été éliminée au troisième tour sur « rhododendron », après onze mots sans faute.",
                "En demi-finale, deux candidats ont buté sur « chrysanthème » ; le départage s'est joué sur « pittoresque ».",
                "Un garçon de neuf ans a atteint la finale grâce à « hippopotame » avant de tomber sur « accueillir ».",
                f"La finale des écoles de {town} a été remportée sur « consciencieux », la deuxième ayant oublié le c de « acquiescer ».",
            ],
            "spell",
        ),
        MEMORY: turn(
            ctx,
            [
                f"En 1961, mon père livrait le lait dans la {street} et klaxonnait devant chaque boutique, écrit Marguerite, 83 ans.",
                "L'hiver 1963, nous patinions sur l'étang gelé derrière l'école jusqu'à ce que le concierge siffle la fin de la récréation, écrit Claude.",
                f"En 1978, toute la {street} est sortie pousser le car postal resté coincé dans la neige, se souvient Josiane.",
                "Mon premier emploi, en 1966, c'était balayer la salle du cinéma : je voyais tous les films gratuitement, écrit Gérard.",
            ],
            "memory",
        ),
        THANKS: turn(
            ctx,
            [
                f"Merci au jeune homme qui a changé ma roue sous la pluie mardi dans la {street} et qui n'a rien voulu accepter. Josette",
                "À l'infirmière qui est restée auprès de ma mère aux urgences jusqu'à mon arrivée : nous ne connaissons pas votre nom, mais merci. Famille Rossel",
                "Merci au chauffeur de bus qui a attendu mon fils à l'arrêt le jour de son examen. Pierre et Sandra",
                "À la personne qui a rapporté mon porte-monnaie à la réception de la mairie avec toutes mes cartes : vous avez sauvé ma semaine. Luc",
            ],
            "thanks",
        ),
        READ: turn(
            ctx,
            [
                "Le conseil municipal vote la gratuité des parkings les samedis de l'Avent",
                "L'hôpital ouvre un nouveau service de pédiatrie après deux ans de travaux",
                "Le marché hebdomadaire retrouve sa place historique en janvier",
                "Une boulangerie centenaire ferme ses portes",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Nocturnes de Noël : les commerçants de la {street} ouvrent jusqu'à 21 h tous les jeudis de décembre.",
                "Offrez l'info locale : l'abonnement numérique d'un an est à moitié prix jusqu'au 24 décembre.",
                f"Réservez vos vacances maintenant et économisez {cur} sur une sélection de séjours.",
                "Panneaux solaires posés en un jour : demandez un devis gratuit cette semaine.",
            ],
            "promo",
        ),
        TICKER: turn(
            ctx,
            [
                "Braquage d'une station-service : un homme de 24 ans interpellé",
                "Le club de handball fête ses 75 ans avec un grand bal",
                "Le conseil adopte le nouveau plan des pistes cyclables",
                "Une directrice d'école nommée pour le prix du bénévolat",
            ],
            "ticker",
        ),
    }


# ---------------------------------------------------------------------------------------------
# Le Quotidien Jurassien (+01:00), custom CMS. An italic "Note de la rédaction :" box above the
# body (`editors_note`); notes in the middle of the story after paragraph 2, newest first, each a
# bold paragraph of its own "Mise à jour, dimanche 6 décembre 2026, 22 h 40" + a plain paragraph;
# a bold "Précision :" at the bottom (`clarification`). The story has a list of closed roads.


def lqj(ctx: Ctx) -> Render:
    url = "https://www.lqj.ch/articles/delemont-la-sorne-sort-de-son-lit-route-de-porrentruy-fermee-caves-inondees-118204"
    headline = (
        "Delémont : la Sorne sort de son lit, la route de Porrentruy fermée et des caves inondées"
    )
    published = at(CET, 6, 18, 20)
    town, street = "Delémont", "rue de la Maltière"
    body = [
        "Après trois jours de pluie ininterrompue, la Sorne est sortie de son lit dimanche en fin d'après-midi à Delémont, inondant les caves de plusieurs immeubles du quartier de la Communance.",
        "Le débit a atteint 68 mètres cubes par seconde à la station de mesure de la Blancherie, du jamais vu depuis la crue de 2007, selon l'Office de l'environnement.",
        "Les pompiers du SIS Delémont sont intervenus une quarantaine de fois, principalement pour pomper de l'eau dans des sous-sols.",
        "« L'eau est montée en vingt minutes, on n'a rien pu sauver dans la cave », raconte une habitante de la rue de la Maltière.",
        "La police cantonale a fermé à la circulation :",
        "la route de Porrentruy entre le giratoire de la Croisée et Courtételle",
        "la rue de la Communance dans sa partie basse",
        "le passage sous-voies de la Blancherie",
        "Les CFF signalent par ailleurs des retards sur la ligne Delémont-Porrentruy, des bus remplaçant les trains entre Courtételle et Glovelier.",
        "MétéoSuisse maintient une alerte de degré 3 pour le Jura jusqu'à lundi midi.",
    ]
    ednote = Block(
        "editors_note",
        "Note de la rédaction",
        None,
        None,
        [
            "cet article d'intérêt public est exceptionnellement accessible à tous nos lecteurs, abonnés ou non."
        ],
    )
    ednote.html = f'<div class="lqj-encadre"><p><em>Note de la rédaction : {e(ednote.paras[0])}</em></p></div>'
    prec = Block(
        "clarification",
        "Précision",
        None,
        None,
        [
            "le pont de la Maltière n'est pas fermé, seul son trottoir côté rivière est interdit aux piétons."
        ],
    )
    prec.html = f'<p class="lqj-texte"><strong>Précision :</strong> {e(prec.paras[0])}</p>'

    def label(dt: datetime) -> str:
        return f"Mise à jour, {weekday(dt, 'fr')} {dt.day} {month(dt, 'fr')} {dt.year}, {fr(dt)}"

    notes = [
        Block(
            "update",
            label(at(CET, 6, 22, 40)),
            at(CET, 6, 22, 40),
            None,
            [
                "Le niveau de la Sorne a commencé à baisser en ville, indique l'Office de l'environnement, mais la Birse continue de monter à Soyhières."
            ],
        ),
        Block(
            "update",
            label(at(CET, 6, 21, 15)),
            at(CET, 6, 21, 15),
            None,
            [
                "Une vingtaine d'habitants de la Communance ont été relogés pour la nuit à la halle de gymnastique du Gros-Seuc."
            ],
        ),
    ]
    genuine = Block(
        "update",
        label(at(CET, 6, 23, 54)),
        at(CET, 6, 23, 54),
        None,
        [
            "La route de Porrentruy a pu être rouverte entre la Croisée et le pont de la Blancherie, annonce la police cantonale."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def note(lab: str, text: str) -> str:
        return f'<p class="lqj-texte lqj-maj"><strong>{e(lab)}</strong></p>\n<p class="lqj-texte">{e(text)}</p>'

    for b in shown:
        b.html = note(b.label or "", b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street, "200 francs")

    def noted(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        lab = f"{title}, état au {weekday(t, 'fr')} {t.day} {month(t, 'fr')} {t.year}, {fr(t)}"
        return post(note(lab, text), [text], kind, [lab])

    fibre = noted(
        "Fibre optique",
        f"{num(rise(ctx, 7412, 4, 3), chr(8217))} logements de l'agglomération delémontaine sont désormais raccordés à la fibre, selon le tableau de bord du réseau.",
        FIBRE,
        1,
        9,
    )
    quiz = noted(
        "Ligue des quiz de bistrot",
        f"Après la manche {3 + ctx.n // 2}, « Les Têtes de Sorne » mènent au Café du Soleil avec {drift(ctx, 57, 2) + 2 * ctx.n} points.",
        QUIZ,
        2,
        15,
    )
    spell = bp("lqj-texte", tx[SPELL], SPELL, lead="Concours d'orthographe :")
    memory = bp("lqj-texte", tx[MEMORY], MEMORY, lead="Souvenir de lecteur :")
    thanks = bp("lqj-texte", tx[THANKS], THANKS, lead="Merci !")
    shed = bp(
        "lqj-texte",
        "Le Men's Shed de Delémont, atelier de bricolage pour retraités, est ouvert les mardis et jeudis de 9 h à 13 h à la Communance. Bienvenue à tous.",
        SHED,
    )
    bells = bp(
        "lqj-texte",
        "Les sonneurs de la collégiale Saint-Marcel cherchent de la relève : exercices le mercredi à 19 h 30 dans le clocher, aucune connaissance requise.",
        BELLS,
    )
    t = ctx.ago(1, 20)
    ticker = bp("lqj-texte", tx[TICKER], TICKER, lead=f"Dernière heure, {fr(t)} :")
    read = bpa("lqj-texte", "À lire aussi :", tx[READ], "/jura/", READ)
    related = bl(
        "lqj-liste",
        "",
        [
            f"Sur le même thème : {x}"
            for x in subset(
                ctx,
                [
                    "Crues : comment protéger sa cave",
                    "La Sorne, une rivière sous surveillance",
                    "Inondations : que paie l'assurance ?",
                    "Les grandes crues du Jura depuis 1910",
                    "Qui appeler en cas d'inondation",
                ],
                3,
            )
        ],
        RELATED,
    )
    news = bp(
        "lqj-texte",
        "Recevez chaque matin l'essentiel de l'actualité jurassienne dans votre boîte mail avec notre newsletter gratuite « Le Jura à 7 heures ».",
        NEWS,
    )
    units = [ednote.html] + [f'<p class="lqj-texte">{e(p)}</p>' for p in body[:2]]
    first_note = len(units)
    units += [b.html for b in shown]
    last_note = len(units)
    units += [f'<p class="lqj-texte">{e(p)}</p>' for p in body[2:5]]
    units += ['<ul class="lqj-liste">' + "".join(f"<li>{e(x)}</li>" for x in body[5:8]) + "</ul>"]
    after_list = len(units)
    units += [f'<p class="lqj-texte">{e(p)}</p>' for p in body[8:]] + [prec.html]
    k = len(units)
    note_gaps = list(range(first_note, last_note + 1))
    story = weave(
        ctx,
        units,
        [
            (fibre, note_gaps, 0.85),
            (quiz, [*note_gaps, k], 0.8),
            (spell, [2, last_note + 1, after_list + 1], 0.75),
            (memory, [1, last_note + 2, k - 1], 0.8),
            (thanks, [last_note + 1, after_list + 2, k], 0.75),
            (shed, [0, after_list + 1, k], 0.7),
            (bells, [1, last_note + 2, k], 0.7),
            (ticker, [2, last_note + 1, after_list + 2], 0.8),
            (read, [1, last_note + 3, after_list + 1], 0.8),
            (related, [after_list], 0.8),
            (news, [after_list + 2, k], 0.75),
        ],
    )
    main = f"""<div class="lqj-wrapper">
<main class="lqj-main">
<article class="lqj-article">
<header class="lqj-article__header">
<p class="lqj-article__rubrique">Delémont</p>
<h1 class="lqj-article__titre">{e(headline)}</h1>
<p class="lqj-article__chapeau">Les pompiers sont intervenus une quarantaine de fois ; une vingtaine d'habitants passent la nuit hors de chez eux.</p>
<p class="lqj-article__signature">Par Gaëlle Berthold</p>
<p class="lqj-article__date">Publié le 6 décembre 2026 à {fr(published)} · Mis à jour à {fr(modified)}</p>
</header>
<figure class="lqj-figure"><img src="/media/2026/12/06/sorne-crue.jpg" alt="" loading="lazy"><figcaption>La Sorne en crue à la hauteur de la Communance, dimanche soir. Photo Roger Meier</figcaption></figure>
<div class="lqj-article__corps">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-CH",
        prefix="lqj",
        brand="Le Quotidien Jurassien",
        url=url,
        title=f"{headline} - Le Quotidien Jurassien",
        sections=["Jura", "Jura bernois", "Suisse", "Monde", "Sports", "Culture"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Editions D+P SA",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Gaëlle Berthold",
                    publisher=org("Le Quotidien Jurassien", "https://www.lqj.ch"),
                    lang="fr-CH",
                    section="Delémont",
                )
            )
        ],
        main=main,
        body_cls="lqj article",
    )
    return Render(html, body, [ednote, *shown, prec], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Le Mauricien (+04:00; the fetches fall on Monday 7 December, 2am to 3am), WordPress-like. Notes
# at the top, newest first, body paragraphs with a bold capitalised lead holding a date and a
# clock "DERNIÈRE MINUTE – 7 DÉCEMBRE, 01H45 :" (on both sides of midnight); a `<blockquote>` at
# the bottom with a bold "Rectificatif" and a dash, no colon (`correction`).


def mauricien(ctx: Ctx) -> Render:
    url = "https://www.lemauricien.com/actualites/societe/cyclone-kenzo-avis-de-classe-2-routes-inondees-port-louis-cassis/712044/"
    headline = (
        "Cyclone Kenzo : avis de classe 2 en vigueur, routes inondées à Port-Louis et à Cassis"
    )
    published = at(MUT, 6, 18, 30)
    town, street = "Port-Louis", "rue Royale"
    body = [
        "Un avis de cyclone de classe 2 est en vigueur à Maurice depuis dimanche 16 heures, alors que le cyclone tropical intense Kenzo se trouvait à 420 kilomètres au nord-est de l'île.",
        "Les fortes pluies de la soirée ont inondé plusieurs axes de Port-Louis, dont la rue Royale à hauteur de Chinatown et la route de Cassis, selon la police.",
        "Les services météorologiques de Vacoas prévoient des rafales de 120 km/h sur le nord et l'est du pays dans la nuit.",
        "« L'eau est entrée dans la boutique en dix minutes », raconte un commerçant de la rue Corderie, qui a passé la soirée à évacuer l'eau.",
        "Les écoles resteront fermées lundi, a annoncé le ministère de l'Éducation, et les centres de refuge ont été ouverts dans les neuf districts.",
        "Air Mauritius a reporté ses vols de la nuit au départ de Plaisance, et les autobus ne circuleront pas tant que l'avis de classe 2 sera maintenu.",
        "La population est invitée à éviter tout déplacement non essentiel et à se tenir informée des communiqués de la station de Vacoas.",
    ]
    rect = Block(
        "correction",
        "Rectificatif",
        None,
        None,
        [
            "Dans une version précédente de cet article, nous indiquions que l'avis de classe 2 avait été émis à 18 heures. Il l'a été à 16 heures."
        ],
    )
    rect.html = (
        '<blockquote class="wp-block-quote lm-rectificatif">'
        f"<p><strong>Rectificatif</strong> – {e(rect.paras[0])}</p></blockquote>"
    )

    def label(dt: datetime) -> str:
        return (
            f"DERNIÈRE MINUTE – {dt.day} {month(dt, 'fr').upper()}, {dt.hour:02d}H{dt.minute:02d}"
        )

    notes = [
        Block(
            "update",
            label(at(MUT, 7, 1, 45)),
            at(MUT, 7, 1, 45),
            None,
            [
                "Les services météorologiques indiquent que Kenzo a légèrement ralenti ; le passage au plus près de Maurice est désormais attendu en fin de matinée."
            ],
        ),
        Block(
            "update",
            label(at(MUT, 6, 23, 20)),
            at(MUT, 6, 23, 20),
            None,
            [
                "Plus de 2 300 abonnés sont privés d'électricité à Grand-Baie et à Pamplemousses, indique le Central Electricity Board."
            ],
        ),
    ]
    genuine = Block(
        "update",
        label(at(MUT, 7, 2, 54)),
        at(MUT, 7, 2, 54),
        None,
        [
            "La Météo a émis un avis de classe 3 pour Maurice à 02h50. Tout le monde doit rester à l'abri jusqu'à nouvel ordre."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def lead_p(lab: str, text: str) -> str:
        return f"<p><strong>{e(lab)} :</strong> {e(text)}</p>"

    for b in shown:
        b.html = lead_p(b.label or "", b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street, "5 000 roupies")

    def caps(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        lab = f"{title} – {t.day} {month(t, 'fr').upper()}, {t.hour:02d}H{t.minute:02d}"
        return W(lead_p(lab, text), [text], kind)

    fibre = caps(
        "COMPTEUR FIBRE",
        f"{num(rise(ctx, 288140, 11, 7), ' ')} foyers mauriciens sont désormais raccordés à la fibre optique, selon Mauritius Telecom.",
        FIBRE,
        1,
        10,
    )
    litter = caps(
        "NETTOYAGE DES PLAGES",
        f"Les bénévoles ont ramassé {num(rise(ctx, 4620, 5, 3), ' ')} sacs de déchets sur les plages du nord depuis septembre.",
        LITTER,
        2,
        16,
    )
    quiz = caps(
        "QUIZ DES RESTOS",
        f"Après la manche {2 + ctx.n // 2}, l'équipe « Les Dodos savants » mène le championnat de quiz de Grand-Baie avec {drift(ctx, 48, 2) + 2 * ctx.n} points.",
        QUIZ,
        3,
        18,
    )
    spell = bp("", tx[SPELL], SPELL, lead="Concours d'épellation :")
    memories = turn(
        ctx,
        [
            "En 1960, après le cyclone Carol, toute la rue Madame a reconstruit ensemble le toit de l'école, écrit Marie-Josée, 81 ans.",
            "En 1968, on prenait encore le train de Curepipe pour aller au bazar de Port-Louis le samedi, se souvient Rajen.",
            "Le cinéma Majestic passait des films indiens le dimanche matin ; le billet coûtait 50 sous, écrit Vijay, 77 ans.",
            "Mon premier travail, en 1972, c'était de vendre des gâteaux piments devant le Jardin de la Compagnie, se souvient Ah-Kin.",
        ],
        "memory",
    )
    memory = bp("", memories, MEMORY, lead="Souvenirs d'antan :")
    thanks = bp("", tx[THANKS], THANKS, lead="Un grand merci :")
    story_time = bp(
        "",
        "L'heure du conte pour les moins de cinq ans à la bibliothèque municipale de Port-Louis : le mercredi et le samedi à 10 h, en créole et en français, entrée libre.",
        STORY,
    )
    read = bpa("", "Lire aussi :", tx[READ], "/actualites/", READ)
    promo = bp("", tx[PROMO], PROMO, lead="Publireportage :", tag="em")
    news = bp(
        "",
        "Abonnez-vous à notre lettre d'information pour recevoir chaque matin les titres du Mauricien dans votre boîte mail.",
        NEWS,
    )
    units = [b.html for b in shown]
    nn = len(units)
    units += [f"<p>{e(p)}</p>" for p in body] + [rect.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fibre, list(range(0, nn + 1)), 0.85),
            (litter, list(range(0, nn + 1)), 0.8),
            (quiz, [0, 1, nn, k], 0.8),
            (spell, [nn + 1, nn + 3, nn + 5], 0.75),
            (memory, [nn + 2, nn + 4, k - 1], 0.8),
            (thanks, [nn + 3, nn + 6, k], 0.75),
            (story_time, [nn + 1, nn + 5, k], 0.7),
            (read, [nn + 2, nn + 4, nn + 6], 0.8),
            (promo, [nn + 4, k - 1, k], 0.7),
            (news, [nn + 6, k], 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="primary" class="site-main">
<article id="post-712044" class="post-712044 post type-post status-publish format-standard category-societe">
<header class="entry-header">
<span class="cat-links"><a href="/actualites/societe/">Société</a></span>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="byline">Par Jean-Marc Poché</span> <span class="posted-on">Publié le 6 décembre 2026 à 18h30 | Mis à jour le <time class="updated" datetime="{modified.isoformat()}">{modified.day} décembre 2026 à {modified.hour:02d}h{modified.minute:02d}</time></span></div>
</header>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/kenzo-port-louis.jpg" alt="" loading="lazy"><figcaption>La rue Royale sous les eaux, dimanche soir.</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-MU",
        prefix="lm",
        brand="Le Mauricien",
        url=url,
        title=f"{headline} | Le Mauricien",
        sections=["Actualités", "Politique", "Économie", "Sports", "Magazine", "Opinions"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Le Mauricien Ltd",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Jean-Marc Poché",
                    publisher=org("Le Mauricien", "https://www.lemauricien.com"),
                    lang="fr-MU",
                    section="Société",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [*shown, rect], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Les Nouvelles Calédoniennes (+11:00; the fetches fall on Monday 7 December, 9am to 10am),
# custom CMS, live, oldest first: `<div>` items marked only by a clock in a `<span>` "8 h 50"
# above the paragraphs, no headlines at all (one item with two paragraphs); a standalone
# JSON-LD `LiveBlogPosting` whose updates carry no headline, only `articleBody`.


def lnc(ctx: Ctx) -> Render:
    url = "https://www.lnc.nc/article/nouvelle-caledonie/meteo/en-direct-depression-tropicale-alerte-cyclonique-niveau-1-rt1-coupee-la-foa"
    headline = "EN DIRECT. Dépression tropicale forte : alerte cyclonique de niveau 1, la RT1 coupée à La Foa"
    published = at(NCT, 7, 5, 50)
    town, street = "Nouméa", "rue de Sébastopol"
    body = [
        "La dépression tropicale forte Lola s'est rapprochée de la Grande Terre dans la nuit de dimanche à lundi. Le haut-commissariat a déclenché l'alerte cyclonique de niveau 1 sur toute la Nouvelle-Calédonie à 5 heures.",
        "Les écoles sont fermées, et la RT1 est coupée à La Foa par le débordement de la rivière. Suivez la situation en direct.",
    ]
    specs = [
        (
            6,
            10,
            [
                "Météo-France relève des cumuls de 180 mm en 12 heures à Farino et à Sarraméa ; les rivières de la côte Ouest montent vite."
            ],
        ),
        (
            6,
            45,
            [
                "La RT1 est coupée au niveau du pont de La Foa, indique la gendarmerie. Une déviation est impossible pour l'instant."
            ],
        ),
        (
            7,
            20,
            [
                "Air Calédonie annule tous ses vols de la matinée vers les îles Loyauté.",
                "Les passagers seront contactés pour un report sans frais.",
            ],
        ),
        (
            7,
            55,
            [
                "Enercal signale environ 3 000 foyers privés de courant à Bourail et à Poya après la chute de plusieurs poteaux."
            ],
        ),
        (
            8,
            30,
            [
                "À Nouméa, la baie de la Moselle déborde sur la promenade Roger-Laroque ; la circulation est interrompue sur la voie express n° 1."
            ],
        ),
        (
            8,
            50,
            [
                "La province Sud ouvre des centres d'hébergement au Médipôle et à la salle omnisports de Païta."
            ],
        ),
    ]

    def clock(dt: datetime) -> str:
        return fr(dt)

    entries = [
        Block("live_entry", clock(at(NCT, 7, h, m)), at(NCT, 7, h, m), None, ps)
        for h, m, ps in specs
    ]
    genuine = Block(
        "live_entry",
        "9 h 53",
        at(NCT, 7, 9, 53),
        None,
        [
            "Le haut-commissariat annonce le passage en alerte cyclonique de niveau 2 à partir de 11 heures pour les communes de la côte Ouest."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(b_clock: str, paras: list[str]) -> str:
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        return f'<div class="lnc-direct__item"><span class="lnc-direct__heure">{e(b_clock)}</span>{ps}</div>'

    for b in shown:
        b.html = item(b.label or "", b.paras)
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street, "20 000 francs CFP")

    def fake(text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        return post(item(clock(t), [text]), [text], kind, [clock(t)])

    trees = fake(
        f"Sapins de Noël des scouts de Nouméa : il en reste {fall(ctx, 96, 2, 2)} sur le parking de la place des Cocotiers, la vente reprendra après l'alerte.",
        TREES,
    )
    litter = fake(
        f"Opération plages propres : {num(rise(ctx, 3180, 4, 3), ' ')} sacs de déchets ramassés par les bénévoles depuis septembre, de l'Anse-Vata à la baie des Citrons.",
        LITTER,
    )
    fibre = fake(
        f"Fibre optique : l'OPT a raccordé {num(rise(ctx, 61230, 8, 5), ' ')} foyers calédoniens, selon son compteur en ligne.",
        FIBRE,
    )
    quiz = fake(
        f"Ligue de quiz des bars de Nouméa, manche {3 + ctx.n // 2} : « Les Cagous pensants » mènent avec {drift(ctx, 52, 2) + 2 * ctx.n} points.",
        QUIZ,
    )
    ticker = fake("Dernière heure : " + tx[TICKER], TICKER)
    thanks = fake("Courrier des lecteurs : " + tx[THANKS], THANKS)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (trees, list(range(0, n + 1)), 0.8),
            (litter, list(range(1, n + 1)), 0.8),
            (fibre, list(range(0, n + 1)), 0.85),
            (quiz, [1, 2, 4, n], 0.8),
            (ticker, [0, 3, 5, n], 0.8),
            (thanks, [2, 4, n], 0.75),
        ],
    )
    read = bpa("lnc-direct__chapo", "À lire aussi :", tx[READ], "/article/", READ)
    news = bp(
        "lnc-direct__chapo",
        "Inscrivez-vous à la newsletter des Nouvelles Calédoniennes pour recevoir l'essentiel de l'actualité du pays chaque matin.",
        NEWS,
    )
    story_time = bp(
        "lnc-direct__chapo",
        "Heure du conte pour les tout-petits à la bibliothèque Bernheim, les mercredis et samedis à 9 h 30, entrée libre.",
        STORY,
    )
    spell = bp("lnc-direct__chapo", tx[SPELL], SPELL, lead="Concours d'orthographe :")
    intro = weave(
        ctx,
        [f'<p class="lnc-direct__chapo">{e(p)}</p>' for p in body],
        [
            (read, [0, 1, 2], 0.8),
            (news, [1, 2], 0.8),
            (story_time, [0, 2], 0.7),
            (spell, [1, 2], 0.75),
        ],
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=org("Les Nouvelles Calédoniennes", "https://www.lnc.nc"),
        entries=shown,
        lang="fr-NC",
    )
    for upd in live["liveBlogUpdate"]:
        del upd["headline"]
    main = f"""<div class="lnc-page">
<main class="lnc-main">
<article class="lnc-article lnc-direct">
<header class="lnc-article__header">
<p class="lnc-article__rubrique">Météo · En direct</p>
<h1 class="lnc-article__titre">{e(headline)}</h1>
<p class="lnc-article__auteur">La rédaction</p>
<p class="lnc-article__date">Mis à jour le 7 décembre 2026 à {fr(modified)}</p>
</header>
<div class="lnc-direct__intro">
{intro}
</div>
{ad_slot("lnc-pub", "Publicité", "lnc-pave-1")}
<div class="lnc-direct__fil">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="lnc",
        brand="Les Nouvelles Calédoniennes",
        url=url,
        title=f"{headline} | LNC.nc",
        sections=[
            "Nouvelle-Calédonie",
            "Politique",
            "Faits divers",
            "Économie",
            "Sports",
            "Culture",
        ],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Les Nouvelles Calédoniennes",
        jsonld=[ld(live)],
        main=main,
        body_cls="lnc article-direct",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "lqj-delemont-la-sorne-sort-de-son-lit-route-de-porrentruy-fermee-caves-inondees",
        "Le Quotidien Jurassien (CH)",
        "fr",
        "updates",
        CET,
        lqj,
    ),
    Site(
        "lemauricien-cyclone-kenzo-avis-de-classe-2-routes-inondees-port-louis-cassis",
        "Le Mauricien (MU)",
        "fr",
        "updates",
        MUT,
        mauricien,
    ),
    Site(
        "lnc-direct-depression-tropicale-alerte-cyclonique-niveau-1-rt1-coupee-la-foa",
        "Les Nouvelles Calédoniennes (NC)",
        "fr",
        "live",
        NCT,
        lnc,
    ),
]
