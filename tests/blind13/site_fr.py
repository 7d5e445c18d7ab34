"""French-language publishers: La Nouvelle République, Le Journal de Montréal, Arcinfo."""

from __future__ import annotations

from fx import cams, counter, fr, frh, link_list, num, poll, text_box
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    e,
    live_posting,
    news_article,
    org,
    pick,
    shell,
    weave,
)

CET = 1
EST = -5


# ---------------------------------------------------------------------------------------------
# La Nouvelle République (+01:00), updates at the bottom, oldest first


def nr(ctx: Ctx) -> Render:
    url = "https://www.lanouvellerepublique.fr/tours/tours-le-pont-wilson-ferme-apres-un-affaissement-de-chaussee-1733512345"
    headline = "Tours : le pont Wilson fermé après un affaissement de la chaussée"
    published = at(CET, 6, 18, 30)
    body = [
        "Un affaissement de la chaussée d'environ quatre mètres sur deux s'est produit dimanche en fin d'après-midi sur le pont Wilson, à Tours, entraînant la fermeture totale de l'ouvrage à la circulation.",
        "Selon la mairie, c'est un passant qui a donné l'alerte vers 17 h 15 après avoir remarqué une fissure sur le trottoir côté amont. Les pompiers et la police municipale ont aussitôt établi un périmètre de sécurité.",
        "Le tramway, qui emprunte le pont entre les stations Anatole-France et Place Choiseul, est interrompu. Keolis Tours a mis en place des navettes de bus entre la gare et Tranchée.",
        "Le pont Wilson, reconstruit après son effondrement partiel de 1978, avait fait l'objet d'une inspection en septembre. « Rien ne laissait présager un tel désordre », assure l'adjoint chargé des travaux, Pierre-Yves Marchal.",
        "Des plongeurs des sapeurs-pompiers doivent examiner les piles de l'ouvrage lundi matin, lorsque la lumière le permettra. En attendant, les piétons sont invités à traverser la Loire par le pont Mirabeau.",
    ]
    corr = Block(
        "correction",
        "Rectificatif",
        None,
        None,
        [
            "Dans une première version de cet article, nous indiquions que l'alerte avait été donnée par un conducteur de tramway. Il s'agit en réalité d'un passant."
        ],
    )
    notes = [
        Block(
            "update",
            "Mise à jour à 20 h 40",
            at(CET, 6, 20, 40),
            None,
            [
                "La préfecture a demandé aux bateaux de promenade de ne plus passer sous le pont jusqu'à nouvel ordre."
            ],
        ),
        Block(
            "update",
            "Mise à jour à 22 h 15",
            at(CET, 6, 22, 15),
            None,
            [
                "Le maire de Tours annonce que le pont restera fermé au moins jusqu'à mercredi, le temps de réaliser des sondages sous la chaussée."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Mise à jour à 23 h 52",
        at(CET, 6, 23, 52),
        None,
        [
            "Fil Bleu précise que le tramway circulera lundi matin en deux tronçons, avec un terminus provisoire à la station Anatole-France."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<p class="article-paragraph"><strong>{e(b.label or "")} :</strong> {e(b.paras[0])}</p>'
    corr.html = f'<p class="article-paragraph article-paragraph--rectif"><em>Rectificatif : {e(corr.paras[0])}</em></p>'
    modified = shown[-1].ts or published

    lotto = text_box(
        "nr-jeux",
        "Résultats des jeux",
        pick(
            ctx,
            [
                "Loto du samedi 5 décembre : 7 - 14 - 22 - 35 - 41, numéro chance 3",
                "EuroMillions du vendredi 4 décembre : 5 - 18 - 27 - 33 - 46, étoiles 2 et 11",
                "Keno du dimanche midi : 3, 8, 12, 19, 25, 31, 38, 44, 52, 60",
            ],
            1,
        ),
        "lottery results",
    )
    signs = [
        "Sagittaire : un détour imprévu vous fait gagner du temps. Acceptez de changer vos habitudes.",
        "Capricorne : un proche sollicite votre aide pour un chantier important. Votre patience sera récompensée.",
        "Verseau : un projet mis de côté refait surface. Restez attentif aux signes.",
        "Poissons : levez le pied ce soir, la semaine sera chargée.",
    ]
    horo = text_box("nr-horoscope", "Horoscope", pick(ctx, signs, 1), "horoscope snippet")
    recipes = [
        "Recette du jour : rillettes de Tours maison au vouvray",
        "Recette du jour : nougat de Tours, la version simplifiée",
        "Recette du jour : poires tapées de Rivarennes au vin rouge",
    ]
    recipe = text_box("nr-recette", "Cuisine", pick(ctx, recipes, 1), "recipe of the day")
    events = [
        ("20 h 30", "Concert de l'Orchestre symphonique au Grand Théâtre"),
        ("20 h 45", "Match de hockey Tours-Rouen à la patinoire municipale"),
        ("21 h", "Soirée jazz au Petit Faucheux"),
        ("21 h", "Projection au cinéma Studio : cycle Agnès Varda"),
    ]
    ev = link_list(
        "nr-agenda",
        "Ce soir à Tours",
        [f"{t} · {w}" for t, w in sorted(pick(ctx, events, 2))],
        "event calendar with clock times",
    )
    policy = text_box(
        "nr-charte",
        "",
        [
            "Une erreur dans un article ? La rédaction de La Nouvelle République rectifie ses informations dès qu'une inexactitude lui est signalée à l'adresse redaction@nrco.fr."
        ],
        "corrections-policy boilerplate (static)",
        tag="div",
    )
    parks = ["Parking Anatole-France", "Parking Halles", "Parking Porte de Loire", "Parking Gare"]
    prk = text_box(
        "nr-parkings",
        "Parkings de Tours",
        [f"{p} : {ctx.rng.randint(8, 320)} places libres" for p in pick(ctx, parks, 2)]
        + [f"Disponibilités mises à jour à {fr(ctx.ago(0, 5))}"],
        "parking-garage occupancy with its own time",
    )
    variants = [
        "Indre-et-Loire : ces villages où l'on vit le plus longtemps",
        "Où vit-on le plus longtemps en Indre-et-Loire ? Le classement",
    ]
    teaser = link_list(
        "nr-alire",
        "À lire ensuite",
        [variants[ctx.rng.randint(0, 1)]],
        "A/B headline variants of other stories",
    )
    deals = [
        "Lampe frontale Petzl Tikkina à 19,90 € chez Decathlon",
        "Parapluie tempête Neyrat à 39,99 € au lieu de 49 €",
        "Gilet chauffant Ororo à 89 € sur Amazon",
    ]
    aff = text_box(
        "nr-bonsplans",
        "Bons plans",
        [
            *pick(ctx, deals, 1),
            "Cet encadré contient des liens affiliés : la NR peut percevoir une commission.",
        ],
        "affiliate product box with prices",
    )
    units = (
        [corr.html]
        + [f'<p class="article-paragraph">{e(p)}</p>' for p in body]
        + [b.html for b in shown]
        + [ctx.put(policy)]
    )
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (prk, list(range(2, k)), 0.85),
            (teaser, list(range(2, k - 1)), 0.7),
            (ev, list(range(len(body) + 1, k)), 0.6),
            (aff, list(range(3, k)), 0.6),
        ],
    )
    side = "\n".join(
        [
            ctx.maybe(horo, 0.8),
            ad_slot("nr-pub", "Publicité", "nr-pave-1"),
            ctx.maybe(lotto, 0.8),
            ctx.maybe(recipe, 0.7),
        ]
    )
    main = f"""<main class="main-content">
<article class="article-detail" data-id="1733512345">
<header class="article-header">
<p class="article-header__rubrique">Tours</p>
<h1 class="article-header__titre">{e(headline)}</h1>
<p class="article-header__chapo">Le pont, emprunté par le tramway, est fermé jusqu'à nouvel ordre. Des plongeurs inspecteront les piles lundi.</p>
<p class="article-header__date">Publié le 06/12/2026 à 18:30 | Mis à jour le 06/12/2026 à {e(frh(modified).replace("h", ":"))}</p>
<figure class="article-header__photo"><img src="/photos/pont-wilson.jpg" alt=""><figcaption>Le périmètre de sécurité installé sur le pont Wilson dimanche soir. © Photo NR, Hugues Le Guellec</figcaption></figure>
</header>
<div class="article-content">
{story}
</div>
<p class="article-signature">Élodie Barrault</p>
</article>
<aside class="sidebar">{side}</aside>
</main>"""
    pub = org("La Nouvelle République", "https://www.lanouvellerepublique.fr")
    html = shell(
        ctx,
        lang="fr",
        title=f"{headline}",
        canonical=url,
        prefix="nr",
        body_cls="nr-article",
        jsonld=[
            news_article(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                author="Élodie Barrault",
                publisher=pub,
                lang="fr",
                section="Tours",
            )
        ],
        nav='<nav class="menu"><a href="/" class="logo">La Nouvelle République</a><a href="/tours">Tours</a> <a href="/indre-et-loire">Indre-et-Loire</a> <a href="/sport">Sport</a></nav>',
        main=main,
        footer='<footer class="footer"><p>© 2026 La Nouvelle République du Centre-Ouest</p><a href="/mentions-legales">Mentions légales</a></footer>',
    )
    return Render(html, body, [corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Le Journal de Montréal (−05:00), live, @graph with the NewsArticle first


def jdm(ctx: Ctx) -> Render:
    url = "https://www.journaldemontreal.com/2026/12/06/en-direct-ligne-orange-interrompue-metro-montreal"
    headline = "EN DIRECT | Ligne orange interrompue : des milliers d'usagers du métro coincés"
    published = at(EST, 6, 13, 55)
    body = [
        "Le service est interrompu sur la ligne orange du métro de Montréal entre les stations Berri-UQAM et Lionel-Groulx depuis le début de l'après-midi, en raison d'un bris d'équipement dans un tunnel.",
        "La Société de transport de Montréal (STM) a mis en place des navettes d'autobus. Voici les dernières informations.",
    ]
    specs = [
        (
            16,
            58,
            "La STM vise une reprise en début de soirée",
            [
                "Un porte-parole de la STM affirme que les équipes de maintenance ont remplacé le rail de guidage endommagé et que des essais à vide sont en cours."
            ],
        ),
        (
            16,
            21,
            None,
            [
                "Longue file d'attente devant la station Bonaventure, où les navettes passent aux quatre minutes. Plusieurs usagers disent avoir marché jusqu'au centre-ville."
            ],
        ),
        (
            15,
            40,
            "Le Centre Bell recommande de partir tôt",
            [
                "Le match du Canadien contre Boston est maintenu à 19 h. Le Centre Bell invite les spectateurs à prévoir plus de temps et à utiliser la ligne verte."
            ],
        ),
        (
            15,
            2,
            "Un train évacué dans le tunnel",
            [
                "Environ 300 passagers ont dû marcher le long des voies jusqu'à la station Place-d'Armes. Les pompiers de Montréal ont prêté main-forte aux employés de la STM."
            ],
        ),
        (
            14,
            27,
            "Bris d'équipement près de Champ-de-Mars",
            [
                "Selon la STM, une pièce du rail de guidage s'est détachée dans le tunnel entre Champ-de-Mars et Place-d'Armes, provoquant un arrêt d'urgence."
            ],
        ),
        (
            14,
            5,
            "Panne sur la ligne orange",
            [
                "La STM signale un arrêt de service sur la ligne orange entre Berri-UQAM et Lionel-Groulx. La durée de l'interruption est indéterminée."
            ],
        ),
    ]
    entries = [
        Block("live_entry", fr(at(EST, 6, h, m)), at(EST, 6, h, m), head, p)
        for h, m, head, p in specs
    ]
    genuine = Block(
        "live_entry",
        "17 h 54",
        at(EST, 6, 17, 54),
        "Retour graduel du service sur la ligne orange",
        [
            "La STM annonce que les trains recommencent à circuler entre Berri-UQAM et Lionel-Groulx, avec des ralentissements pour la prochaine heure."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries
    for b in shown:
        head = f'<h3 class="live-post__title">{e(b.head)}</h3>' if b.head else ""
        ps_ = "".join(f'<p class="live-post__text">{e(p)}</p>' for p in b.paras)
        b.html = (
            f'<article class="live-post"><time class="live-post__time" datetime="{b.ts.isoformat() if b.ts else ""}">'
            f"{e(b.label or '')}</time>{head}{ps_}</article>"
        )
    modified = shown[0].ts or published

    lotto = text_box(
        "jdm-loteries",
        "Résultats Loto-Québec",
        pick(
            ctx,
            [
                "Lotto Max du vendredi 4 décembre : 3 - 9 - 17 - 22 - 30 - 41 - 48, complémentaire 12",
                "Lotto 6/49 du samedi 5 décembre : 6 - 13 - 21 - 28 - 39 - 44, complémentaire 2",
                "Québec 49 du samedi 5 décembre : 1 - 11 - 19 - 24 - 35 - 47",
            ],
            1,
        ),
        "lottery results",
    )
    shows = [
        ("18 h 30", "TVA : Le TVA Nouvelles"),
        ("19 h", "RDS : Canadien contre Bruins"),
        ("19 h 30", "Noovo : Révolution"),
        ("20 h", "ICI Télé : Tout le monde en parle"),
        ("21 h", "TVA : Indéfendable"),
    ]
    tv = link_list(
        "jdm-tele",
        "À la télé ce soir",
        [f"{t} · {w}" for t, w in sorted(pick(ctx, shows, 3))],
        "TV listings with clock times",
    )
    pollw = poll(
        ctx,
        "jdm-sondage",
        "Sondage",
        "Faites-vous encore confiance au métro de Montréal pour vos déplacements?",
        ["Oui, malgré tout", "Non, plus vraiment", "Je ne le prends pas"],
        [35, 48, 17],
        (3120, 150),
        lambda v, t: f"{num(v, ' ')} votes · résultats en direct à {fr(t)}",
        pct="{opt} : {p} %",
    )
    readers = counter(
        ctx, "jdm-lecteurs", 5340, 300, "{n} lecteurs suivent ce direct en ce moment", " "
    )
    episodes = [
        ("Le métro de Montréal a-t-il pris un coup de vieux?", "26 min"),
        ("Le Canadien peut-il faire les séries?", "31 min"),
        ("Le prix des loyers à Montréal, expliqué", "22 min"),
    ]
    ep = pick(ctx, episodes, 1)[0]
    pod = W(
        f'<div class="jdm-balado"><p class="jdm-balado__emission">QUB radio – Le balado du soir</p><p class="jdm-balado__titre">{e(ep[0])}</p><span>{ep[1]}</span></div>',
        [ep[0]],
        "podcast player with durations",
    )
    camw = cams(
        ctx,
        "jdm-cameras",
        "Caméras de circulation Québec 511",
        [
            "Autoroute Ville-Marie à la hauteur de la rue Berri",
            "Rue Sherbrooke à l'angle de Saint-Denis",
            "Pont Jacques-Cartier, côté Montréal",
            "Autoroute Décarie à la hauteur de Jean-Talon",
            "Avenue du Parc à l'angle des Pins",
        ],
        "{cam} — image de {time}",
        2,
        fr,
    )
    iqa = 28 + ctx.rng.randint(0, 25)
    air = text_box(
        "jdm-air",
        "Qualité de l'air",
        [
            f"Indice de la qualité de l'air à Montréal : {iqa} ({'bon' if iqa < 26 else 'acceptable'})",
            f"Données du RSQA mises à jour à {fr(ctx.ago(5, 40))}",
        ],
        "air-quality or pollen index with its own update time",
    )
    joueurs = 2410 + 51 * ctx.n + ctx.rng.randint(0, 30)
    quiz = text_box(
        "jdm-quiz",
        "Quiz",
        [
            f"Quiz de l'actualité : {num(joueurs, ' ')} personnes ont déjà tenté leur chance cette semaine."
        ],
        "news quiz teaser with a participation count",
    )
    units = [b.html for b in shown]
    k = len(units)
    feed = weave(
        ctx,
        units,
        [
            (camw, list(range(0, k + 1)), 0.85),
            (pollw, list(range(1, k)), 0.7),
            (pod, list(range(1, k + 1)), 0.6),
            (readers, [0, 1], 0.8),
            (air, list(range(2, k + 1)), 0.6),
        ],
    )
    side = "\n".join(
        [
            ctx.maybe(tv, 0.8),
            ad_slot("jdm-pub", "Publicité", "gpt-bigbox-1"),
            ctx.maybe(lotto, 0.8),
            ctx.maybe(quiz, 0.6),
        ]
    )
    main = f"""<main class="qmi-main">
<article class="article-live">
<header class="article-live__header">
<span class="article-live__badge">EN DIRECT</span>
<h1 class="article-live__title">{e(headline)}</h1>
<div class="article-live__byline">Agence QMI et Sarah-Maude Lefebvre</div>
<div class="article-live__dates">Publié le 6 décembre 2026 à 13 h 55 · Mis à jour à {e(fr(modified))}</div>
</header>
<div class="article-live__intro">
{"".join(f'<p class="article-live__p">{e(p)}</p>' for p in body)}
</div>
<div class="article-live__feed">
{feed}
</div>
</article>
<aside class="qmi-rail">{side}</aside>
</main>"""
    pub = org("Le Journal de Montréal", "https://www.journaldemontreal.com")
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Sarah-Maude Lefebvre",
        publisher=pub,
        lang="fr-CA",
        section="Actualité",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=at(EST, 6, 14, 5),
        publisher=pub,
        entries=shown,
        lang="fr-CA",
    )
    html = shell(
        ctx,
        lang="fr-CA",
        title=f"{headline} | JDM",
        canonical=url,
        prefix="jdm",
        body_cls="qmi-article live",
        jsonld=[{"@context": "https://schema.org", "@graph": [art, live]}],
        nav='<nav class="qmi-nav"><a href="/" class="qmi-logo">Le Journal de Montréal</a><a href="/actualite">Actualité</a> <a href="/sports">Sports</a> <a href="/spectacles">Spectacles</a></nav>',
        main=main,
        footer='<footer class="qmi-footer"><p>© 2026 Québecor Média</p><a href="/conditions">Conditions d\'utilisation</a></footer>',
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Arcinfo (+01:00), update boxes at the top, newest first; editor's note at the bottom


def arcinfo(ctx: Ctx) -> Render:
    url = "https://www.arcinfo.ch/neuchatel-canton/val-de-ruz/la-vue-des-alpes-fermee-apres-un-carambolage-sous-la-neige-1384512"
    headline = "La Vue-des-Alpes fermée après un carambolage sous la neige"
    published = at(CET, 6, 18, 45)
    body = [
        "Une dizaine de véhicules se sont embouties dimanche vers 17 h 30 dans la descente de la Vue-des-Alpes, côté Val-de-Ruz, alors que la neige tombait en abondance sur les hauteurs du canton.",
        "La Police neuchâteloise fait état de trois blessés légers, pris en charge par les ambulances de Cernier et de La Chaux-de-Fonds. Un camion de livraison s'est mis en travers de la chaussée, bloquant les deux voies.",
        "La route principale H20 a été fermée entre Les Hauts-Geneveys et le col. Les automobilistes qui se rendent dans les Montagnes neuchâteloises sont priés d'emprunter le tunnel sous La Vue-des-Alpes.",
        "Les services de déneigement cantonaux étaient à l'œuvre depuis le milieu de l'après-midi, mais « la neige tombait plus vite qu'on ne pouvait la dégager », explique le voyer-chef Laurent Matthey.",
        "MétéoSuisse a émis un avertissement de degré 2 pour les chutes de neige sur le Jura jusqu'à lundi matin, avec 15 à 25 centimètres attendus au-dessus de 1000 mètres.",
    ]
    notes = [
        Block(
            "update",
            "Mise à jour de 22h05",
            at(CET, 6, 22, 5),
            None,
            [
                "Les véhicules accidentés ont tous été évacués. La police maintient toutefois la fermeture pour permettre le déneigement complet de la chaussée."
            ],
        ),
        Block(
            "update",
            "Mise à jour de 20h20",
            at(CET, 6, 20, 20),
            None,
            [
                "Circulation ralentie également dans le tunnel : un véhicule en panne a provoqué un bouchon d'environ deux kilomètres en direction de La Chaux-de-Fonds."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Mise à jour de 23h52",
        at(CET, 6, 23, 52),
        None,
        [
            "La route de La Vue-des-Alpes a été rouverte peu avant minuit. Les chaînes restent recommandées pour les véhicules qui franchissent le col."
        ],
    )
    ed = Block(
        "editors_note",
        "Note de la rédaction",
        None,
        None,
        [
            "l'un des véhicules impliqués dans le carambolage appartient à un collaborateur d'Arcinfo, qui n'a pas participé à la rédaction de cet article."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<aside class="article-update"><h4 class="article-update__title">{e(b.label or "")}</h4><p class="article-update__text">{e(b.paras[0])}</p></aside>'
    ed.html = f'<p class="article-text article-text--note"><em><strong>Note de la rédaction :</strong> {e(ed.paras[0])}</em></p>'
    modified = shown[0].ts or published

    camw = cams(
        ctx,
        "arc-webcams",
        "Webcams de la région",
        [
            "Col de la Vue-des-Alpes",
            "Tunnel de La Vue-des-Alpes, portail sud",
            "Les Hauts-Geneveys",
            "Tête-de-Ran",
        ],
        "{cam}, image de {time}",
        1,
        frh,
    )
    history = [
        "Ce jour-là, en 1994 : le tunnel sous La Vue-des-Alpes est inauguré après six ans de travaux.",
        "Ce jour-là, en 1971 : le dernier tram régional quitte Boudry pour Neuchâtel.",
        "Ce jour-là, en 1955 : une tempête de neige isole La Brévine pendant trois jours.",
    ]
    today = text_box("arc-cejourla", "Ce jour-là", pick(ctx, history, 1), "this day in history")
    films = [
        ("20h15", "Apollo 1 : Le Comte de Monte-Cristo"),
        ("20h30", "Bio : Les Barbares"),
        ("20h45", "Rex : Le Roi des Lions, version française"),
        ("21h", "Scala, La Chaux-de-Fonds : Dune, deuxième partie"),
    ]
    now_min = (ctx.local.hour or 24) * 60 + ctx.local.minute
    upcoming = [
        f
        for f in films
        if int(f[0].split("h")[0]) * 60 + int(f[0].split("h")[1] or 0) > now_min - 200
    ]
    cine = link_list(
        "arc-cinema",
        "Au cinéma ce soir",
        [f"{t} · {w}" for t, w in sorted(pick(ctx, upcoming, 2))],
        "cinema showtimes with clock times",
    )
    pets = [
        "Perdue à Cernier depuis vendredi : chatte tigrée, craintive, répond au nom de Mia.",
        "Trouvé près de Fontainemelon : jeune berger australien sans collier, à la SPA de Cottendart.",
        "Perdu à Peseux : perroquet gris du Gabon, parle un peu. Récompense promise.",
    ]
    pet = text_box(
        "arc-animaux", "Animaux perdus et trouvés", pick(ctx, pets, 1), "lost and found pets"
    )
    latest = [
        "Val-de-Ruz : la fusion des écoles divise les parents",
        "Transports publics : le RER neuchâtelois prend du retard",
        "La Chaux-de-Fonds : la piscine des Arêtes rouvrira en mars",
        "Déneigement : combien coûte un hiver au canton",
    ]
    bio = text_box(
        "arc-auteur",
        "",
        [
            "Yannick Vuilleumier est journaliste à la rubrique Val-de-Ruz et Montagnes.",
            *(f"Du même auteur : {t}" for t in pick(ctx, latest, 2)),
        ],
        "author bio with rotating latest list",
    )
    lotto = text_box(
        "arc-loterie",
        "Loterie Romande",
        pick(
            ctx,
            [
                "Swiss Loto du samedi 5 décembre : 4, 11, 17, 26, 33, 40, numéro chance 5",
                "Euro Millions du vendredi 4 décembre : 9, 16, 28, 37, 44, étoiles 1 et 8",
            ],
            1,
        ),
        "lottery results",
    )
    day = ctx.local.day
    clue = text_box(
        "arc-jeux",
        "Mots croisés",
        [
            "Mots croisés du 6 décembre : col jurassien (3 mots, 15 lettres)"
            if day == 6
            else "Mots croisés du 7 décembre : lac au pied du Jura (10 lettres)"
        ],
        "puzzle clue of the day",
    )
    units = (
        [b.html for b in shown] + [f'<p class="article-text">{e(p)}</p>' for p in body] + [ed.html]
    )
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (camw, list(range(1, k)), 0.85),
            (today, list(range(1, k)), 0.6),
            (cine, list(range(3, k + 1)), 0.6),
            (pet, list(range(3, k + 1)), 0.5),
        ],
    )
    side = "\n".join(
        [
            ctx.maybe(lotto, 0.8),
            ad_slot("arc-pub", "Publicité", "arc-rectangle-1"),
            ctx.maybe(clue, 0.9),
        ]
    )
    main = f"""<main class="esm-main">
<article class="esm-article">
<header class="esm-article__header">
<p class="esm-article__overline">Val-de-Ruz</p>
<h1 class="esm-article__title">{e(headline)}</h1>
<p class="esm-article__lead">Trois personnes ont été légèrement blessées. La route du col est fermée, le tunnel est recommandé.</p>
<div class="esm-article__meta"><span>Yannick Vuilleumier</span> · <time datetime="{published.isoformat()}">Publié le 06.12.2026 à 18:45</time> · Modifié à {e(frh(modified))}</div>
</header>
<div class="esm-article__body">
{story}
</div>
<footer class="esm-article__footer">{ctx.put(bio)}</footer>
</article>
<aside class="esm-aside">{side}</aside>
</main>"""
    pub = org("Arcinfo", "https://www.arcinfo.ch")
    html = shell(
        ctx,
        lang="fr-CH",
        title=f"{headline} - Arcinfo",
        canonical=url,
        prefix="arc",
        body_cls="esm-site arcinfo",
        jsonld=[
            news_article(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                author="Yannick Vuilleumier",
                publisher=pub,
                lang="fr-CH",
                section="Val-de-Ruz",
            )
        ],
        nav='<nav class="esm-nav"><a href="/" class="esm-logo">Arcinfo</a><a href="/neuchatel-canton">Canton</a> <a href="/sport">Sport</a></nav>',
        main=main,
        footer='<footer class="esm-footer"><p>© 2026 ESH Médias</p><a href="/impressum">Impressum</a></footer>',
    )
    return Render(html, body, [*shown, ed], genuine, modified)


SITES = [
    Site(
        "nr-tours-pont-wilson-ferme-affaissement-chaussee",
        "La Nouvelle République",
        "fr",
        "updates",
        CET,
        nr,
    ),
    Site(
        "jdm-direct-metro-montreal-ligne-orange-interrompue",
        "Le Journal de Montréal (CA)",
        "fr",
        "live",
        EST,
        jdm,
    ),
    Site(
        "arcinfo-vue-des-alpes-carambolage-neige-route-fermee",
        "Arcinfo (CH)",
        "fr",
        "updates",
        CET,
        arcinfo,
    ),
]
