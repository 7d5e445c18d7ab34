"""French-language publishers: Le Républicain Lorrain, La Liberté (CH), Le Soleil (CA)."""

from __future__ import annotations

from fx import bp, fr, frh, ld, num, one
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
QC = -5
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
                "Courrier des lecteurs",
                "Petites annonces",
            ],
            "Informations légales": [
                "Mentions légales",
                "Données personnelles",
                "CGU",
                "Gestion des cookies",
                "Accessibilité",
            ],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Le Républicain Lorrain (+01:00), updates: bold "Mise à jour : 21 h 40" leads at the top of the
# body in its paragraph class, newest first; "Rectificatif :" at the bottom


def rl(ctx: Ctx) -> Render:
    url = "https://www.republicain-lorrain.fr/faits-divers-justice/2026/12/06/metz-incendie-immeuble-rue-serpenoise-trente-habitants-evacues"
    headline = "Metz : incendie dans un immeuble de la rue Serpenoise, trente habitants évacués"
    published = at(CET, 6, 19, 30)
    cls = "textComponent"
    body = [
        "Un incendie s'est déclaré ce dimanche en fin d'après-midi dans un immeuble de quatre étages de la rue Serpenoise, en plein centre de Metz. Une trentaine d'habitants ont été évacués.",
        "Selon les sapeurs-pompiers de la Moselle, le feu a pris vers 18 h 10 dans un appartement du troisième étage, avant de gagner les combles. Une épaisse fumée noire était visible depuis la place Saint-Jacques.",
        "Une soixantaine de pompiers et quatorze engins ont été mobilisés. Deux habitants, incommodés par les fumées, ont été transportés au CHR de Mercy. Leurs jours ne sont pas en danger.",
        "La rue Serpenoise et la rue du Petit-Paris ont été fermées à la circulation et aux piétons, en pleine affluence du marché de Noël de la place Saint-Louis.",
        "La Ville de Metz a ouvert le gymnase de l'Arsenal pour accueillir les personnes évacuées. Des bénévoles de la Croix-Rouge leur ont servi un repas chaud.",
        "Une enquête a été ouverte pour déterminer l'origine du sinistre. Le bâtiment, construit au XIXe siècle, abrite des commerces au rez-de-chaussée.",
    ]
    notes = [
        Block(
            "update",
            "Mise à jour : 22 h 20",
            at(CET, 6, 22, 20),
            None,
            [
                "Les pompiers annoncent que le feu est éteint. Le troisième étage et les combles sont détruits, les autres logements ont été endommagés par l'eau."
            ],
        ),
        Block(
            "update",
            "Mise à jour : 21 h 40",
            at(CET, 6, 21, 40),
            None,
            [
                "La rue du Petit-Paris a été rouverte aux piétons. La rue Serpenoise reste fermée entre la place Saint-Jacques et la rue de la Tête-d'Or."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Mise à jour : 23 h 53",
        at(CET, 6, 23, 53),
        None,
        [
            "Un expert a jugé la charpente instable : les habitants ne pourront pas regagner leur logement avant plusieurs jours, selon la mairie de Metz."
        ],
    )
    corr = Block(
        "correction",
        "Rectificatif",
        None,
        None,
        [
            "Dans une première version de cet article, nous indiquions que l'immeuble comptait cinq étages. Il en compte quatre."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}</strong> – {e(b.paras[0])}</p>'
    corr.html = f'<p class="{cls}"><em>Rectificatif : {e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published

    stamp = fr(ctx.ago(4, 45))
    dechets = bp(
        cls,
        one(
            ctx,
            [
                f"En raison de la fermeture de la rue Serpenoise, Metz Métropole décale la collecte des bacs jaunes du centre-ville à mardi (mis à jour à {stamp}).",
                f"La collecte des ordures ménagères rue Serpenoise et rue du Petit-Paris est reportée à mardi matin, indique Metz Métropole. Mis à jour à {stamp}.",
                f"Collecte des déchets : les sacs du secteur Saint-Jacques seront ramassés mardi. Information mise à jour à {stamp}.",
            ],
        ),
        "municipal waste-collection change",
        lead="Info :",
    )
    hours = [
        "Les commerces de la rue Serpenoise et de la rue du Petit-Paris sont ouverts de 10 h à 19 h tous les jours jusqu'au 24 décembre.",
        "Horaires de Noël : les boutiques du centre-ville de Metz ouvrent les dimanches de décembre de 14 h à 19 h.",
        "Le centre commercial Muse et les commerces de la place Saint-Jacques prolongent leurs horaires jusqu'à 20 h en décembre.",
    ]
    shops = bp(cls, one(ctx, hours), "shop opening hours on the story's street", lead="À noter :")
    allemand = bp(
        cls,
        one(
            ctx,
            [
                "Dieser Artikel ist auch auf Deutsch verfügbar – lesen Sie ihn in unserer Grenzregion-Ausgabe.",
                "Cet article est aussi disponible en allemand pour nos lecteurs de la Sarre et du Luxembourg.",
            ],
        ),
        "also-available-in-another-language notice",
    )
    photo = ctx.rng.randint(1, 11)
    caps = [
        "Les pompiers déploient la grande échelle face à l'immeuble.",
        "Des habitants évacués attendent place Saint-Jacques.",
        "Le gymnase de l'Arsenal accueille les sinistrés.",
        "La fumée au-dessus des toits du centre-ville.",
    ]
    gline = f"Photo {photo}/11 : {one(ctx, caps)}"
    gallery = W(
        f'<figure class="diaporama"><img src="/photos/serpenoise-{photo}.jpg" alt=""><figcaption class="diaporama__legende">{e(gline)}</figcaption></figure>',
        [gline],
        "photo-gallery counter with rotating caption",
    )
    ecoute = bp(
        "audio-player__label",
        f"Écouter cet article · {3 + ctx.rng.randint(0, 1)} min {ctx.rng.randint(10, 59)} s · voix de synthèse",
        "listen-to-this-article audio line with duration",
    )
    reco = bp(
        cls,
        f"{num(150 + ctx.n * 13 + ctx.rng.randint(0, 10), ' ')} lecteurs recommandent cet article",
        "readers-recommend count",
    )
    units = [b.html for b in shown] + [f'<p class="{cls}">{e(p)}</p>' for p in body] + [corr.html]
    k = len(units)
    ns = len(shown)
    story = weave(
        ctx,
        units,
        [
            (dechets, list(range(1, ns + 1)) + list(range(ns + 2, k - 1)), 0.9),
            (shops, list(range(ns + 3, k)), 0.75),
            (allemand, [ns + 1, ns + 2], 0.6),
            (reco, [k], 0.6),
        ],
    )
    main = f"""<main class="content">
<article class="article" data-id="RL-20261206-0412">
<header class="headerArticle"><div class="headerArticle__rubrique">Faits divers - Justice · Metz</div>
<h1 class="headerArticle__title">{e(headline)}</h1>
<p class="chapo">Le feu a pris dans un appartement du troisième étage. Deux habitants incommodés par les fumées.</p>
<div class="signature">Par Claire Vautrin - Aujourd'hui à 19:30 - Mis à jour aujourd'hui à {frh(modified).replace("h", ":")}</div>
{ctx.maybe(ecoute, 0.8)}
{ctx.maybe(gallery, 0.9)}
</header>
<div class="article__body">
{story}
</div>
{ad_slot("pub", "Publicité", "rl_pave_1")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="fr",
        title=f"{headline}",
        canonical=url,
        prefix="rl",
        body_cls="ebra rl",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Claire Vautrin",
                    publisher=org("Le Républicain Lorrain", "https://www.republicain-lorrain.fr"),
                    lang="fr",
                    section="Faits divers",
                )
            )
        ],
        nav=mega_nav(
            "rl",
            "Le Républicain Lorrain",
            "/",
            ["Metz", "Thionville", "Moselle", "Grand Est", "Sport", "Loisirs"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("rl", "© Le Républicain Lorrain – groupe EBRA"),
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# La Liberté (CH, +01:00), live, <li> entries newest first, "17h35" span + <h3>; JSON-LD


def liberte(ctx: Ctx) -> Render:
    url = "https://www.laliberte.ch/news/regions/canton/direct-la-sarine-en-crue-le-quartier-de-l-auge-evacue-812456"
    headline = "En direct – La Sarine en crue, une partie du quartier de l'Auge évacuée à Fribourg"
    published = at(CET, 6, 16, 50)
    body = [
        "Après deux jours de pluie et la fonte de la neige dans les Préalpes, la Sarine est sortie de son lit dimanche après-midi dans la Basse-Ville de Fribourg.",
        "Les autorités ont fait évacuer plusieurs immeubles de la rue de la Samaritaine et de la Planche-Inférieure. Suivez l'évolution de la situation dans notre direct.",
    ]
    specs = [
        (
            17,
            5,
            "La Sarine déborde à la Planche-Inférieure",
            "L'eau a atteint le parking de la Planche-Inférieure peu après 17 h. Les pompiers de Fribourg installent des barrages mobiles.",
        ),
        (
            17,
            50,
            "Évacuation à la Samaritaine",
            "La police cantonale fait évacuer une quarantaine d'habitants de la rue de la Samaritaine. Ils sont accueillis à l'école de l'Auge.",
        ),
        (
            18,
            40,
            None,
            "Le Groupe E annonce qu'il réduit le débit du barrage de Rossens pour soulager la Basse-Ville, en accord avec le canton.",
        ),
        (
            19,
            55,
            "Le pont de Berne fermé aux piétons",
            "Par précaution, le pont de Berne est interdit aux piétons. Le pont de Zaehringen reste ouvert à la circulation.",
        ),
        (
            21,
            15,
            "Les TPF dévient la ligne 4",
            "Les Transports publics fribourgeois dévient la ligne 4 par le pont de la Poya jusqu'à nouvel avis. L'arrêt Auge n'est plus desservi.",
        ),
        (
            22,
            30,
            "Le pic de crue attendu vers minuit",
            "Selon l'Office fédéral de l'environnement, le débit de la Sarine devrait culminer vers minuit à Fribourg, avant de baisser lentement.",
        ),
    ]
    entries = [
        Block("live_entry", frh(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23h54",
        at(CET, 6, 23, 54),
        "La Sarine commence à baisser en Basse-Ville",
        [
            "Le niveau de l'eau diminue lentement à la Planche-Inférieure. Les habitants évacués passeront toutefois la nuit à l'école de l'Auge."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    for b in shown:
        hd = f'<h3 class="live__title">{e(b.head)}</h3>' if b.head else ""
        b.html = f'<li class="live__item"><span class="live__time">{e(b.label or "")}</span>{hd}<p class="live__text">{e(b.paras[0])}</p></li>'
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(2, 30)
        return W(
            f'<li class="live__item"><span class="live__time">{frh(t)}</span><h3 class="live__title">{e(title)}</h3><p class="live__text">{e(text)}</p></li>',
            [title, text],
            kind,
        )

    concerts = [
        "Cathédrale Saint-Nicolas : concert de l'Avent du Chœur des XVI, lundi à 20 h.",
        "Église des Cordeliers : messe de la Saint-Nicolas lundi à 18 h 30, suivie d'un récital d'orgue.",
        "Basilique Notre-Dame : Vêpres chantées et concert de Noël, mardi à 19 h.",
        "Temple de Fribourg : Oratorio de Noël de Bach par l'Ensemble vocal de Villars, mercredi à 20 h.",
    ]
    church = fake(
        one(ctx, ["Agenda des églises", "Concerts de l'Avent", "À l'agenda cette semaine"]),
        one(ctx, concerts),
        "church and concert listing",
    )
    wa_n = 3200 + ctx.n * 21 + ctx.rng.randint(0, 15)
    whatsapp = fake(
        one(ctx, ["La Liberté sur WhatsApp", "Suivez-nous sur WhatsApp"]),
        f"Rejoignez les {num(wa_n, ' ')} abonnés de notre chaîne WhatsApp pour recevoir l'essentiel de l'actualité fribourgeoise.",
        "share or follow on WhatsApp call",
    )
    sponsor = bp(
        "live__sponsor",
        "Ce direct vous est présenté par "
        + one(
            ctx, ["la Banque Cantonale de Fribourg", "Groupe E Connect", "Garage de la Sarine SA"]
        ),
        "sponsored presented-by line",
    )
    dl = ctx.local
    day_line = f"Aujourd'hui, {frh(dl).replace('h', ':')}"
    dateline = W(
        f'<p class="live__clock">{e(day_line)} · {e(one(ctx, ["Actualisation automatique", "Rafraîchir le direct"]))}</p>',
        [day_line],
        "moving dateline with the render time",
    )
    temps = bp(
        "article__lead-text",
        f"Temps de lecture : {5 + (ctx.n + ctx.rng.randint(0, 1)) // 3} min",
        "reading-time line",
    )
    lib_stamp = frh(ctx.ago(3, 40))
    lib_dechets = fake(
        one(ctx, ["Info déchets", "Voirie de Fribourg", "Levée des déchets"]),
        one(
            ctx,
            [
                f"La Ville de Fribourg reporte à mercredi la levée des sacs taxés dans le quartier de l'Auge (mis à jour à {lib_stamp}).",
                f"Le ramassage du papier et du carton en Basse-Ville est suspendu lundi, indique l'Édilité. Mis à jour à {lib_stamp}.",
                f"Déchets verts : pas de levée lundi à la Planche-Inférieure et à la Neuveville. Information mise à jour à {lib_stamp}.",
            ],
        ),
        "municipal waste-collection change",
    )
    lib_reco = bp(
        "article__lead-text",
        f"{num(430 + ctx.n * 27 + ctx.rng.randint(0, 15), ' ')} lecteurs recommandent ce direct",
        "readers-recommend count",
    )
    intro = weave(
        ctx,
        [f'<p class="article__lead-text">{e(p)}</p>' for p in body],
        [(temps, [0, 2], 0.8), (lib_reco, [2], 0.6)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (whatsapp, list(range(0, len(units) + 1)), 0.85),
            (church, list(range(1, len(units) + 1)), 0.75),
            (lib_dechets, list(range(1, len(units))), 0.8),
        ],
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=org("La Liberté", "https://www.laliberte.ch"),
        entries=shown,
        lang="fr-CH",
    )
    main = f"""<main class="main">
<article class="article article--live">
<header class="article__header"><p class="article__surtitle">Fribourg</p>
<h1 class="article__title">{e(headline)}</h1>
<div class="article__meta">Rédaction La Liberté · Publié le 06.12.2026 à 16:50 · Modifié à {frh(modified).replace("h", ":")}</div></header>
{ctx.maybe(sponsor, 0.75)}
{ctx.maybe(dateline, 0.9)}
<div class="article__lead">
{intro}
</div>
{ad_slot("ad", "Publicité", "lib_rect_1")}
<ol class="live__list">
{feed}
</ol>
</article>
</main>"""
    html = shell(
        ctx,
        lang="fr-CH",
        title=f"{headline} - La Liberté",
        canonical=url,
        prefix="lib",
        body_cls="lib-site",
        jsonld=[ld(live)],
        nav=mega_nav(
            "lib",
            "La Liberté",
            "/",
            ["Régions", "Suisse", "Monde", "Sports", "Culture", "Économie"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("lib", "© La Liberté, Fribourg"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Le Soleil (CA, -05:00), live, newest first, <div> entries with a clock paragraph and an <h2>;
# NewsArticle JSON-LD only


def soleil(ctx: Ctx) -> Render:
    url = "https://www.lesoleil.com/actualites/2026/12/06/en-direct-glissement-de-terrain-cote-de-la-montagne-vieux-quebec-ABCD7KQ3XZ/"
    headline = "EN DIRECT | Glissement de terrain dans la côte de la Montagne, des résidences évacuées dans le Vieux-Québec"
    published = at(QC, 6, 11, 40)
    body = [
        "Un pan de la falaise a cédé dimanche matin au-dessus de la côte de la Montagne, dans le Vieux-Québec, projetant de la terre et des roches sur la chaussée et contre deux immeubles de la rue Notre-Dame.",
        "La Ville de Québec a fermé la côte et fait évacuer une vingtaine de résidences. Voici les derniers développements.",
    ]
    specs = [
        (
            11,
            45,
            "Fermeture complète de la côte",
            "Les policiers bloquent l'accès à la côte de la Montagne entre la rue Dalhousie et le parc Montmorency. Aucun blessé n'est signalé.",
        ),
        (
            12,
            30,
            "Une vingtaine de résidences évacuées",
            "Les occupants de deux immeubles de la rue Notre-Dame et de trois maisons de la rue Sous-le-Fort ont dû quitter leur logement par précaution.",
        ),
        (
            13,
            15,
            None,
            "Le funiculaire du Vieux-Québec est à l'arrêt jusqu'à nouvel ordre. L'entreprise dit attendre l'avis des géotechniciens avant de le remettre en marche.",
        ),
        (
            14,
            5,
            "Les géotechniciens sur place",
            "Des ingénieurs du ministère des Transports inspectent la paroi à l'aide d'un drone. La pluie des derniers jours aurait fragilisé le roc, selon un premier constat.",
        ),
        (
            15,
            20,
            "Hébergement pour les sinistrés",
            "La Croix-Rouge a ouvert un centre d'hébergement au Centre des congrès. Une quinzaine de personnes y passeront la nuit.",
        ),
        (
            16,
            35,
            "Pas de réouverture avant mardi",
            "La Ville prévient que la côte de la Montagne restera fermée au moins jusqu'à mardi, le temps de stabiliser la falaise avec des filets.",
        ),
    ]
    entries = [
        Block("live_entry", fr(at(QC, 6, h, m)), at(QC, 6, h, m), hd, [t]) for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "17 h 54",
        at(QC, 6, 17, 54),
        "Les résidents de la rue Sous-le-Fort peuvent rentrer",
        [
            "Les géotechniciens jugent le secteur de la rue Sous-le-Fort sécuritaire. Les résidents de la rue Notre-Dame restent toutefois évacués pour la nuit."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    for b in shown:
        hd = f'<h2 class="entry__title">{e(b.head)}</h2>' if b.head else ""
        b.html = f'<div class="entry" data-entry="{b.ts.strftime("%H%M") if b.ts else ""}"><p class="entry__time">{e(b.label or "")}</p>{hd}<div class="entry__content"><p>{e(b.paras[0])}</p></div></div>'
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(2, 30)
        return W(
            f'<div class="entry"><p class="entry__time">{fr(t)}</p><h2 class="entry__title">{e(title)}</h2><div class="entry__content"><p>{e(text)}</p></div></div>',
            [title, text],
            kind,
        )

    heures = [
        "Les boutiques de la rue Saint-Jean et de la rue du Petit-Champlain sont ouvertes de 10 h à 21 h tous les jours jusqu'au 23 décembre.",
        "Heures d'ouverture du temps des Fêtes : les commerces du Quartier Petit Champlain ouvrent de 9 h 30 à 21 h, le dimanche de 10 h à 17 h.",
        "Le Marché de Noël allemand de Québec est ouvert de 11 h à 21 h dans la Haute-Ville, les commerces de la rue Saint-Paul jusqu'à 18 h.",
    ]
    commerces = fake(
        one(ctx, ["Heures d'ouverture des commerces", "Magasinage des Fêtes"]),
        one(ctx, heures),
        "shop opening hours on the story's street",
    )
    sponsor = fake(
        "Ce direct vous est présenté par "
        + one(ctx, ["Desjardins Vieux-Québec", "Beneva Assurances", "Le Massif de Charlevoix"]),
        one(
            ctx,
            [
                "Le Soleil remercie ses partenaires, qui soutiennent une information régionale libre d'accès.",
                "Contenu commandité. La salle de rédaction n'a pas participé à sa production.",
            ],
        ),
        "sponsored presented-by line",
    )
    anglais = bp(
        "article__paragraph",
        one(
            ctx,
            [
                "This live blog is also available in English on our partner site.",
                "Ce direct est aussi disponible en anglais pour nos lecteurs de la région de Québec.",
            ],
        ),
        "also-available-in-another-language notice",
    )
    photo = ctx.rng.randint(1, 8)
    gline = f"Photo {photo} de 8 – " + one(
        ctx,
        [
            "La falaise vue de la rue Dalhousie.",
            "Des roches contre un immeuble de la rue Notre-Dame.",
            "Un drone survole la paroi.",
            "Des résidents quittent leur logement.",
        ],
    )
    gallery = W(
        f'<figure class="gallery"><img src="/resizer/cote-montagne-{photo}.jpg" alt=""><figcaption class="gallery__caption">{e(gline)}</figcaption></figure>',
        [gline],
        "photo-gallery counter with rotating caption",
    )
    audio = bp(
        "article__paragraph",
        f"Écouter ce direct · {7 + ctx.n // 2} min {ctx.rng.randint(10, 59)} s",
        "listen-to-this-article audio line with duration",
    )
    sol_stamp = fr(ctx.ago(3, 45))
    collecte = bp(
        "article__paragraph",
        one(
            ctx,
            [
                f"La collecte des matières recyclables prévue lundi dans le Vieux-Port et sur la rue Sous-le-Fort est reportée à mercredi (mis à jour à {sol_stamp}).",
                f"Ville de Québec : pas de collecte des ordures lundi dans le secteur Petit-Champlain. Mis à jour à {sol_stamp}.",
                f"Les bacs bleus du Vieux-Québec–Basse-Ville seront ramassés mardi plutôt que lundi, selon la Ville. Mis à jour à {sol_stamp}.",
            ],
        ),
        "municipal waste-collection change",
        lead="Info :",
    )
    sol_reco = bp(
        "article__paragraph",
        f"{num(2100 + ctx.n * 80 + ctx.rng.randint(0, 60), ' ')} lecteurs recommandent ce direct",
        "readers-recommend count",
    )
    intro = weave(
        ctx,
        [f'<p class="article__paragraph">{e(p)}</p>' for p in body],
        [(anglais, [1, 2], 0.8), (audio, [0], 0.6), (collecte, [1, 2], 0.85), (sol_reco, [2], 0.5)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (commerces, list(range(1, len(units) + 1)), 0.85),
            (sponsor, [0, 1], 0.8),
        ],
    )
    main = f"""<main class="site-main">
<article class="article article--live">
<header class="article__header"><span class="article__label">EN DIRECT</span>
<h1 class="article__headline">{e(headline)}</h1>
<div class="article__byline">Marc-Antoine Lévesque · Le Soleil · Publié le 6 décembre 2026 à 11 h 40 · Mis à jour à {fr(modified)}</div>
{ctx.maybe(gallery, 0.9)}
</header>
<div class="article__intro">
{intro}
</div>
{ad_slot("pub", "Publicité", "soleil_bigbox_1")}
<div class="live-entries">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="fr-CA",
        title=f"{headline} | Le Soleil",
        canonical=url,
        prefix="sol",
        body_cls="cn-soleil",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Marc-Antoine Lévesque",
                    publisher=org("Le Soleil", "https://www.lesoleil.com"),
                    lang="fr-CA",
                    section="Actualités",
                )
            )
        ],
        nav=mega_nav(
            "sol",
            "Le Soleil",
            "/",
            ["Actualités", "Québec", "Sports", "Arts", "Affaires", "Opinions"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("sol", "© Coopérative nationale de l'information indépendante"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "republicainlorrain-metz-incendie-rue-serpenoise-habitants-evacues",
        "Le Républicain Lorrain",
        "fr",
        "updates",
        CET,
        rl,
    ),
    Site(
        "laliberte-direct-fribourg-sarine-crue-auge-evacuee",
        "La Liberté (CH)",
        "fr",
        "live",
        CET,
        liberte,
    ),
    Site(
        "lesoleil-direct-quebec-glissement-terrain-cote-de-la-montagne",
        "Le Soleil (CA)",
        "fr",
        "live",
        QC,
        soleil,
    ),
]
