"""French-language publishers: La Tribune (Sherbrooke, Quebec), L'essentiel (Luxembourg), Le
Journal du Jura (Bienne, Switzerland)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADOPT,
    AED,
    ANGLING,
    ARCHIVE,
    BIRTHS,
    COUNCIL,
    GARDEN,
    PHONES,
    RIDES,
    ROOTS,
    STREET,
    TREES,
    WALK,
    WINE,
    agenda,
    bp,
    fr,
    frh,
    graph,
    hm,
    log,
    num,
    rides,
    rise,
    turn,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    a,
    ad_slot,
    at,
    big_footer,
    e,
    mega_nav,
    news_article,
    org,
    shell,
    weave,
)

EST = -5
CET = 1

_FR_SUBS = [
    "Faits divers",
    "Justice",
    "Politique",
    "Éducation",
    "Santé",
    "Économie",
    "Culture",
    "Environnement",
    "Transports",
    "Opinions",
    "Avis de décès",
    "Régions",
]


def _foot(prefix: str, brand: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            brand: ["À propos", "Nous joindre", "Publicité", "Infolettres", "Édition numérique"],
            "Mentions": ["Confidentialité", "Conditions d'utilisation", "Accessibilité", "Témoins"],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# La Tribune (-05:00), WordPress-like. Two `<div class="update">` boxes at the top, newest first,
# each one paragraph with a bold "Mise à jour à 16 h 05 :" lead; an italic unlabelled "Une version
# précédente de cet article …" at the bottom. The header prints "Article mis à jour le …".


def tribune(ctx: Ctx) -> Render:
    url = "https://www.latribune.ca/actualites/sherbrooke/2026/12/06/autobus-de-la-sts-percute-par-un-train-rue-belvedere"
    headline = (
        "Un autobus de la STS percuté par un train de marchandises rue Belvédère: neuf blessés"
    )
    published = at(EST, 6, 13, 20)
    body = [
        "Un autobus de la Société de transport de Sherbrooke a été heurté par un train de marchandises dimanche midi au passage à niveau de la rue Belvédère Sud.",
        "Neuf personnes, dont le chauffeur, ont été transportées au CHUS – Hôpital Fleurimont. Le Service de police de Sherbrooke affirme qu'aucune blessure n'est grave.",
        "L'autobus de la ligne 7 roulait vers le centre-ville quand le train l'a accroché à l'arrière vers 12 h 10, selon les premiers témoins.",
        "« On a entendu le klaxon, puis un gros bang. L'autobus a tourné sur lui-même », a raconté Hélène Boisvert, qui attendait à l'arrêt de la rue King Ouest.",
        "La rue Belvédère Sud est fermée entre la rue King Ouest et la rue Galt Ouest, et les autobus des lignes 7 et 14 sont détournés par la rue Wellington Sud.",
        "Le Bureau de la sécurité des transports du Canada a envoyé deux enquêteurs sur place. Le passage à niveau était muni de barrières et de feux clignotants.",
        "La compagnie ferroviaire Central Maine & Quebec n'a pas voulu commenter avant la fin de l'enquête.",
    ]
    notes = [
        Block(
            "update",
            "Mise à jour à 16 h 05",
            at(EST, 6, 16, 5),
            None,
            [
                "La STS a remis en service la ligne 14, mais la ligne 7 restera détournée jusqu'à la fin de la soirée."
            ],
        ),
        Block(
            "update",
            "Mise à jour à 14 h 40",
            at(EST, 6, 14, 40),
            None,
            ["Le CHUS confirme que cinq des neuf blessés ont déjà obtenu leur congé de l'hôpital."],
        ),
    ]
    genuine = Block(
        "update",
        "Mise à jour à 17 h 54",
        at(EST, 6, 17, 54),
        None,
        [
            "Le train a été dégagé et la rue Belvédère Sud sera rouverte à la circulation à 20 h, annonce la Ville de Sherbrooke."
        ],
    )
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "Une version précédente de cet article indiquait que l'autobus appartenait à la ligne 17. Il s'agissait de la ligne 7."
        ],
    )
    corr.html = f"<p><em>{e(corr.paras[0])}</em></p>"
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def box(lead: str, text: str) -> str:
        return f'<div class="update"><p><strong>{e(lead)} :</strong> {e(text)}</p></div>'

    for b in shown:
        b.html = box(b.label or "", b.paras[0])
    modified = shown[0].ts or published

    def box_like(lead: str, text: str, kind: str) -> W:
        return W(box(lead, text), [text], kind)

    no, item = agenda(
        ctx,
        [
            "l'adoption de l'ordre du jour",
            "la période de questions du public",
            "l'accident de la rue Belvédère",
            "le budget 2027 de la STS",
            "le réaménagement de la rue Wellington Sud",
            "le déneigement des trottoirs à Fleurimont",
            "une subvention au Marché de la Gare",
            "la sécurité aux passages à niveau",
            "la patinoire du lac des Nations",
            "la levée de la séance",
        ],
    )
    council = box_like(
        f"Conseil municipal – {fr(ctx.ago(1, 9))}",
        f"La séance extraordinaire du conseil de la Ville de Sherbrooke en est au point {no} sur 12 : {item}.",
        COUNCIL,
    )
    births = box_like(
        f"Naissances au CHUS – {fr(ctx.ago(1, 11))}",
        f"{rise(ctx, 8, 1, 1)} bébés sont nés depuis minuit à l'Hôpital Fleurimont; le dernier, une fille, à {fr(ctx.ago(3, 40))}.",
        BIRTHS,
    )
    share = bp(
        "",
        " ".join(
            rides(
                ctx,
                [
                    "Sherbrooke–Montréal (métro Longueuil)",
                    "Magog–Université de Sherbrooke",
                    "Sherbrooke–Québec",
                    "Coaticook–Fleurimont",
                    "Lac-Mégantic–Sherbrooke",
                    "East Angus–centre-ville",
                ],
                3,
                lambda t, route, seats: (
                    f"{route}, départ {fr(t)}, {seats} place{'s' if seats > 1 else ''}."
                ),
            )
        ),
        RIDES,
        lead="Covoiturage :",
    )
    street = bp(
        "",
        turn(
            ctx,
            [
                "La rue Belvédère doit son nom à la vue qu'elle offrait sur la rivière Magog avant la construction des premières usines.",
                "La rue Galt rappelle Alexander Tilloch Galt, l'un des Pères de la Confédération, député de Sherbrooke.",
                "La rue King a été nommée en l'honneur du roi George III par les premiers colons loyalistes.",
                "La rue Wellington honore le duc de Wellington, vainqueur de Waterloo, comme des dizaines de rues au Canada.",
                "La rue Frontenac porte le nom du gouverneur de la Nouvelle-France, Louis de Buade de Frontenac.",
                "La rue Terrill rappelle Timothy Lee Terrill, avocat et député de Stanstead au XIXe siècle.",
            ],
            "street",
        ),
        STREET,
        lead="Noms de rue :",
    )
    roots = bp(
        "",
        turn(
            ctx,
            [
                "Une lectrice de Manchester, au New Hampshire, cherche les descendants de Joseph Bergeron, ouvrier de la Paton à Sherbrooke vers 1900.",
                "Un lecteur de Gatineau aimerait retrouver des photos de la ferme Gosselin, à Ascot Corner, vendue en 1962.",
                "La Société de généalogie des Cantons-de-l'Est cherche des renseignements sur les familles Nadeau et Roy de Lennoxville.",
                "Un lecteur du Maine cherche la tombe de son arrière-grand-mère, Délima Lapointe, morte à Magog en 1918.",
                "Une famille de Lyon voudrait retrouver les cousins de Marie-Anne Pépin, institutrice à Compton dans les années 1930.",
                "Un lecteur de Sherbrooke cherche les anciens employés de la filature Dominion Textile pour un livre.",
            ],
            "roots",
        ),
        ROOTS,
        lead="Généalogie :",
    )
    pet = bp(
        "",
        turn(
            ctx,
            [
                "Caramel, un beagle de trois ans, adore les enfants et les promenades au parc Jacques-Cartier. SPA de l'Estrie.",
                "Minette, une chatte tigrée de deux ans, calme et affectueuse, cherche un foyer sans chien. SPA de l'Estrie.",
                "Gaston, un vieux berger allemand, demande peu : un tapis chaud et de la patience. SPA de l'Estrie.",
                "Pistache et Noisette, deux lapines, doivent être adoptées ensemble. SPA de l'Estrie.",
                "Rocky, un jeune husky plein d'énergie, cherche des maîtres sportifs avec une cour clôturée. SPA de l'Estrie.",
                "Praline, une chatte noire de cinq ans, ronronne dès qu'on l'approche. SPA de l'Estrie.",
            ],
            "pet",
        ),
        ADOPT,
        lead="Adoptez-moi :",
    )
    aed = bp(
        "",
        "Des défibrillateurs publics se trouvent au Marché de la Gare, à l'aréna Eugène-Lalonde et à la bibliothèque Éva-Senécal, à quelques rues du passage à niveau.",
        AED,
        lead="Défibrillateurs :",
    )

    fig = (
        '<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/autobus-sts-train.jpg" alt="" loading="lazy">'
        "<figcaption>L'autobus de la STS après la collision. (La Tribune, Jean Roy)</figcaption></figure>"
    )
    ad = ad_slot("lt-ad", "Publicité", "lt-article-boxe")
    units = [b.html for b in shown]
    nn = len(units)
    units += [f"<p>{e(p)}</p>" for p in body[:3]] + [fig] + [f"<p>{e(p)}</p>" for p in body[3:5]]
    units += [ad] + [f"<p>{e(p)}</p>" for p in body[5:]] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (council, [0, 1, nn], 0.9),
            (births, [0, 1, nn, nn + 1], 0.85),
            (share, [nn + 2, nn + 3, nn + 5, nn + 6, k - 1], 0.75),
            (street, [nn + 1, nn + 2, nn + 5, nn + 6], 0.75),
            (roots, [nn + 4, nn + 7, k - 1, k], 0.7),
            (pet, list(range(nn + 1, k + 1)), 0.75),
            (aed, [nn + 3, nn + 6, k], 0.7),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post status-publish category-sherbrooke">
<header class="entry-header">
<p class="lt-rubrique"><a href="/actualites/sherbrooke/">Sherbrooke</a></p>
<h1 class="entry-title">{e(headline)}</h1>
<p class="lt-chapeau">Le BST enquête sur la collision au passage à niveau; la ligne 7 est détournée</p>
<div class="entry-meta"><span class="lt-auteur">Mathieu Lévesque, La Tribune</span>
<span class="lt-dates">Publié le <time datetime="{published.isoformat()}">6 décembre 2026 à 13 h 20</time> · Article mis à jour le <time datetime="{modified.isoformat()}">6 décembre 2026 à {e(fr(modified))}</time></span></div>
</header>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="fr-CA",
        title=f"{headline} | La Tribune",
        canonical=url,
        prefix="lt",
        body_cls="post-template-default single single-post",
        jsonld=[
            graph(
                {"@type": "WebPage", "@id": url, "url": url, "name": headline},
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Mathieu Lévesque",
                    publisher=org("La Tribune", "https://www.latribune.ca"),
                    lang="fr-CA",
                    section="Sherbrooke",
                ),
            )
        ],
        nav=mega_nav(
            "lt",
            "La Tribune",
            "/",
            ["Actualités", "Sports", "Affaires", "Arts", "Opinions", "Estrie"],
            _FR_SUBS,
        ),
        main=main,
        footer=_foot(
            "lt",
            "La Tribune",
            "© 2026 La Tribune, Coopérative nationale de l'information indépendante",
        ),
        cms="wp",
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# L'essentiel (+01:00), custom CMS, live, newest first: `<section>` posts with `<time>` "22:41" +
# `<h2>` (one without headline), a pinned "À la une" post on top; no live-blog markup at all (the
# JSON-LD is only a `NewsArticle`).


def essentiel(ctx: Ctx) -> Render:
    url = "https://www.lessentiel.lu/fr/story/en-direct-neige-a1-et-a3-bloquees-le-findel-ferme-ses-pistes-103498761"
    headline = "EN DIRECT – Neige: l'A1 et l'A3 bloquées, le Findel ferme ses pistes"
    published = at(CET, 6, 17, 55)
    cls = "le-chapo-text"
    body = [
        "De fortes chutes de neige touchent le Luxembourg depuis le milieu de l'après-midi. Météolux a déclenché l'alerte orange pour tout le pays jusqu'à lundi matin.",
        "Des poids lourds sont en travers sur l'A1 et sur l'A3, et l'aéroport du Findel a fermé ses pistes. Retrouvez toutes les informations dans notre direct.",
    ]
    specs = [
        (
            18,
            5,
            "Alerte orange",
            "Météolux annonce jusqu'à 15 centimètres de neige d'ici minuit, davantage dans l'Oesling.",
        ),
        (
            19,
            20,
            "L'A3 bloquée à Livange",
            "Un camion s'est mis en travers sur l'A3 en direction de la France. La police recommande de passer par la N3.",
        ),
        (
            20,
            10,
            None,
            "Les bus RGTR circulent avec de gros retards. Plusieurs lignes ne desservent plus les villages du Mullerthal.",
        ),
        (
            21,
            15,
            "Le Findel ferme",
            "lux-Airport a fermé ses pistes pour déneiger. Quatre vols ont été détournés vers Francfort et Bruxelles.",
        ),
        (
            22,
            30,
            "L'A1 aussi",
            "Sur l'A1, deux poids lourds bloquent la chaussée à hauteur de Munsbach en direction de Trèves.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    pinned = Block(
        "live_entry",
        "19:45",
        at(CET, 6, 19, 45),
        "Ce qu'il faut savoir",
        [
            "Le CGDIS demande de ne prendre la route qu'en cas de nécessité. Les écoles fondamentales resteront ouvertes lundi, selon le ministère de l'Éducation."
        ],
    )
    genuine = Block(
        "live_entry",
        "23:52",
        at(CET, 6, 23, 52),
        "L'A3 rouverte",
        [
            "Le camion a été dégagé et l'A3 est de nouveau ouverte en direction de la France, annonce la police. La circulation reste très lente."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    shown = [pinned, *feed]

    def post(label: str, ts: datetime, head: str | None, text: str, pin: bool) -> str:
        hd = f'<h2 class="le-post__title">{e(head)}</h2>' if head else ""
        badge = '<span class="le-post__pin">À la une</span> ' if pin else ""
        return (
            f'<section class="le-post{" le-post--pinned" if pin else ""}">{badge}'
            f'<time class="le-post__time" datetime="{ts.isoformat()}">{e(label)}</time>'
            f'{hd}<p class="le-post__text">{e(text)}</p></section>'
        )

    for b in shown:
        assert b.ts
        b.html = post(b.label or "", b.ts, b.head, b.paras[0], b is pinned)
    modified = max(b.ts for b in shown if b.ts)

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        return W(post(hm(t), t, title, text, False), [title, text], kind, [hm(t)])

    share = fake(
        "Covoiturage pour lundi",
        " ".join(
            rides(
                ctx,
                [
                    "Thionville–Kirchberg",
                    "Arlon–Gare de Luxembourg",
                    "Metz–Cloche d'Or",
                    "Longwy–Belval",
                    "Trèves–Findel",
                    "Ettelbruck–Kirchberg",
                ],
                3,
                lambda t, route, seats: (
                    f"{route}, départ {hm(t, 'h')}, {seats} place{'s' if seats > 1 else ''}."
                ),
            )
        ),
        RIDES,
    )
    births = fake(
        "Naissances du jour",
        f"Maternité du CHL et clinique Bohler : {rise(ctx, 12, 1, 1)} bébés nés depuis minuit, le dernier à {hm(ctx.ago(3, 30), 'h')}.",
        BIRTHS,
    )
    pet = fake(
        "À adopter au refuge de Gasperich",
        turn(
            ctx,
            [
                "Filou, croisé berger de quatre ans, sociable avec les autres chiens, aime la neige.",
                "Cannelle, chatte rousse de deux ans, un peu timide, idéale pour un appartement calme.",
                "Oscar, vieux labrador tranquille, cherche un foyer pour ses vieux jours.",
                "Biscotte et Crumble, deux cochons d'Inde inséparables, à adopter ensemble.",
                "Luna, jeune malinoise très active, pour maîtres expérimentés.",
                "Pacha, grand chat gris, aime les câlins et les radiateurs.",
            ],
            "pet",
        ),
        ADOPT,
    )
    wine = fake(
        "Le vin de la semaine",
        turn(
            ctx,
            [
                "Riesling Grand premier cru Wormeldange 2024 : minéral, agrumes, 17 euros.",
                "Crémant de Luxembourg rosé : bulles fines et fruits rouges, 15 euros.",
                "Auxerrois Ahn 2025 : rond et floral, idéal avec la truite, 11 euros.",
                "Pinot gris Remich 2024 : poire mûre et épices douces, 13 euros.",
                "Gewurztraminer Schengen 2023 : rose et litchi, vendanges tardives, 24 euros.",
                "Pinot noir Stadtbredimus 2023 : cerise et sous-bois, 21 euros.",
            ],
            "wine",
        ),
        WINE,
    )
    trees = fake(
        "Un arbre par habitant",
        f"{num(rise(ctx, 52304, 13, 8), ' ')} arbres plantés dans le pays depuis le début de la campagne, chiffre mis à jour à {hm(ctx.ago(1, 9))}.",
        TREES,
    )
    phones = bp(
        cls,
        "Numéros utiles : secours 112, police 113, Centre d'information routière 247-8 83 00, lux-Airport 24 64 1.",
        PHONES,
    )
    garden = bp(
        cls,
        "Au jardin cette semaine : secouer la neige des haies et des conifères pour éviter que les branches ne cassent.",
        GARDEN,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(phones, [1, 2], 0.8), (garden, [0, 1, 2], 0.7)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (share, list(range(0, n + 1)), 0.85),
            (births, list(range(0, n + 1)), 0.85),
            (pet, list(range(1, n + 1)), 0.75),
            (wine, [1, 2, 3, n - 1, n], 0.75),
            (trees, list(range(0, n)), 0.8),
        ],
    )
    main = f"""<div class="le-app">
<main class="le-main">
<article class="le-article le-article--live">
<header class="le-article__header">
<p class="le-article__flag">En direct</p>
<h1 class="le-article__title">{e(headline)}</h1>
<p class="le-article__lead">Camions en travers, vols détournés et bus en retard</p>
<p class="le-article__meta">Par la rédaction · Publié le <time datetime="{published.isoformat()}">06.12.2026 à 17:55</time> · Mis à jour à <time datetime="{modified.isoformat()}">{e(hm(modified))}</time></p>
</header>
<div class="le-article__chapo">
{intro}
</div>
{ad_slot("le-ad", "Publicité", "le-live-pave")}
<div class="le-live">
{feed_html}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="fr-LU",
        title=f"{headline} - L'essentiel",
        canonical=url,
        prefix="le",
        body_cls="le live",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="L'essentiel",
                    publisher=org("L'essentiel", "https://www.lessentiel.lu"),
                    lang="fr-LU",
                    section="Luxembourg",
                ),
            }
        ],
        nav=mega_nav(
            "le",
            "L'essentiel",
            "/fr/",
            ["Luxembourg", "Grande Région", "Monde", "Sports", "People", "Loisirs"],
            _FR_SUBS,
        ),
        main=main,
        footer=_foot("le", "L'essentiel", "© 2026 Edita S.A."),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Le Journal du Jura (+01:00), custom CMS, live, oldest first: `<div>` items in schema.org
# microdata (`LiveBlogPosting` > `liveBlogUpdate` `BlogPosting`), a meta line
# "<time>18h05</time> | Réd." + `<h4>` (one without headline); the JSON-LD is only a
# `NewsArticle`.


def jdj(ctx: Ctx) -> Render:
    url = "https://www.journaldujura.ch/articles/direct-eboulement-gorges-du-taubenloch-route-de-frinvillier-fermee-2026-12-06"
    headline = "Direct – Éboulement dans les gorges du Taubenloch: la route de Frinvillier fermée"
    published = at(CET, 6, 17, 40)
    cls = "jdj-intro-text"
    body = [
        "Des blocs de rocher se sont détachés dimanche après-midi au-dessus de la route entre Bienne et Frinvillier, à l'entrée des gorges du Taubenloch.",
        "La route cantonale et l'A16 sont fermées dans ce secteur, et les trains entre Bienne et Sonceboz circulent avec des retards. Les dernières informations, dans l'ordre chronologique, ci-dessous.",
    ]
    specs = [
        (
            17,
            50,
            "Éboulement au Taubenloch",
            "La police cantonale bernoise signale un éboulement vers 17h20 sur la route de Frinvillier. Personne n'a été touché.",
        ),
        (
            18,
            35,
            "L'A16 fermée",
            "L'Office fédéral des routes ferme l'A16 entre Bienne-Nord et Frinvillier par précaution.",
        ),
        (
            19,
            20,
            None,
            "Un géologue du canton est sur place. Il estime à environ 200 mètres cubes le volume de roche tombé.",
        ),
        (
            20,
            40,
            "Bus de remplacement",
            "Les CFF mettent en place des bus entre Bienne et Sonceboz pour les voyageurs de la ligne du vallon.",
        ),
        (
            21,
            55,
            "Un hélicoptère survole la paroi",
            "Un hélicoptère de la police inspecte la falaise avec une caméra thermique pour repérer d'autres blocs instables.",
        ),
        (
            22,
            40,
            "Pas de réouverture cette nuit",
            "La route restera fermée au moins jusqu'à lundi midi, indique l'Office des ponts et chaussées.",
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
        "Purge de la falaise lundi",
        [
            "Des spécialistes purgeront la falaise lundi dès 7h. L'A16 rouvrira dans la nuit dans le sens Bienne–Tavannes, annonce l'OFROU."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(label: str, ts: datetime, head: str | None, text: str, micro: bool) -> str:
        prop = ' itemprop="headline"' if micro else ""
        hd = f'<h4 class="jdj-live__title"{prop}>{e(head)}</h4>' if head else ""
        if micro:
            return (
                '<div class="jdj-live__item" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
                f'<p class="jdj-live__meta"><time itemprop="datePublished" datetime="{ts.isoformat()}">{e(label)}</time> | Réd.</p>'
                f'{hd}<p class="jdj-live__text" itemprop="articleBody">{e(text)}</p></div>'
            )
        return (
            '<div class="jdj-live__item">'
            f'<p class="jdj-live__meta"><time datetime="{ts.isoformat()}">{e(label)}</time> | Réd.</p>'
            f'{hd}<p class="jdj-live__text">{e(text)}</p></div>'
        )

    for b in shown:
        assert b.ts
        b.html = item(b.label or "", b.ts, b.head, b.paras[0], True)
    modified = max(b.ts for b in shown if b.ts)

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 20)
        return W(item(frh(t), t, title, text, False), [title, text], kind, [f"{frh(t)} | Réd."])

    pet = fake(
        "Le protégé de la SPA Bienne-Seeland",
        turn(
            ctx,
            [
                "Bijou, un bouvier bernois de six ans, doux avec les enfants, cherche une maison avec jardin.",
                "Mandarine, une chatte de trois ans, préfère les appartements calmes et les genoux chauds.",
                "Rex, un croisé terrier de huit ans, encore très joueur, s'entend bien avec les chats.",
                "Tic et Tac, deux furets, cherchent ensemble un foyer patient.",
                "Saphir, un jeune chat siamois, bavard et curieux, aime la compagnie.",
                "Balou, un gros chien de montagne placide, a besoin d'espace et de promenades.",
            ],
            "pet",
        ),
        ADOPT,
    )
    trees = fake(
        "Arbres plantés à Bienne",
        f"La Ville a planté {rise(ctx, 812, 2, 2)} arbres sur les 1000 prévus cette année, décompte de {frh(ctx.ago(1, 9))}.",
        TREES,
    )
    street = fake(
        "Histoire de rues",
        turn(
            ctx,
            [
                "La route de Reuchenette tire son nom du hameau à la sortie des gorges, où se trouvait un relais de diligence.",
                "La rue Centrale de Bienne s'appelait autrefois rue de la Gare, avant le déplacement de la gare en 1923.",
                "Le chemin du Taubenloch doit son nom au « trou aux pigeons », une grotte où nichaient des colonies de pigeons.",
                "La rue Haute, dans la vieille ville, suit le tracé des anciens remparts de Bienne.",
                "La route de Boujean rappelle le village de Boujean, rattaché à Bienne en 1917.",
                "La rue Dufour honore le général Guillaume-Henri Dufour, auteur de la première carte de la Suisse.",
            ],
            "street",
        ),
        STREET,
    )
    fish = fake(
        "Prises du jour sur le lac",
        "Pêcheurs du lac de Bienne : "
        + "; ".join(
            log(
                ctx,
                [
                    "brochet de 92 cm devant La Neuveville",
                    "trois perches au large de Douanne",
                    "corégone de 41 cm près de l'île Saint-Pierre",
                    "truite lacustre de 3 kg à Vigneules",
                    "sandre de 65 cm dans le canal de Nidau",
                    "perchettes en nombre au port de Bienne",
                ],
                3,
                frh,
                30,
                300,
            )
        )
        + ".",
        ANGLING,
    )
    roots = fake(
        "Recherches généalogiques",
        turn(
            ctx,
            [
                "Une lectrice de Buenos Aires cherche les descendants d'Ali Grosjean, horloger à Orvin vers 1880.",
                "Un lecteur de Genève aimerait retrouver des photos de la scierie Voumard à Frinvillier.",
                "Une famille du Québec recherche la tombe d'Émile Houriet, mort à Péry en 1912.",
                "Un historien cherche des témoins de la construction de la route du Taubenloch en 1950.",
                "Une lectrice de Lyon cherche la famille Bourquin, de Sonceboz, émigrée en 1890.",
                "Un lecteur bernois recherche les anciens élèves de l'école de Vauffelin.",
            ],
            "roots",
        ),
        ROOTS,
    )
    walk = bp(
        cls,
        "La balade de la semaine : le sentier des gorges du Taubenloch, de Boujean à Frinvillier, deux kilomètres le long de la Suze (fermé jusqu'à nouvel avis).",
        WALK,
    )
    archive = bp(
        cls,
        "« Un bloc de plusieurs tonnes a écrasé la chaussée à l'entrée des gorges; la route restera fermée trois jours », écrivions-nous le 9 février 1968.",
        ARCHIVE,
        lead="Dans nos archives :",
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(walk, [0, 1, 2], 0.75), (archive, [1, 2], 0.7)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (pet, list(range(1, n + 1)), 0.8),
            (trees, list(range(0, n + 1)), 0.8),
            (street, [1, 2, 3, 4, n], 0.75),
            (fish, list(range(2, n + 1)), 0.8),
            (roots, [0, 1, n - 1, n], 0.7),
        ],
    )
    main = f"""<div class="jdj-site">
<main class="jdj-main">
<article class="jdj-article">
<header class="jdj-article__header">
<p class="jdj-article__kicker">Direct</p>
<h1 class="jdj-article__title">{e(headline)}</h1>
<p class="jdj-article__lead">L'A16 fermée entre Bienne-Nord et Frinvillier, bus de remplacement pour les trains</p>
<p class="jdj-article__meta">Rédaction · <time datetime="{published.isoformat()}">06.12.2026, 17h40</time> · Actualisé à <time datetime="{modified.isoformat()}">{e(frh(modified))}</time></p>
</header>
<div class="jdj-article__intro">
{intro}
</div>
{ad_slot("jdj-ad", "Publicité", "jdj-live-rectangle")}
<div class="jdj-live" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="headline" content="{a(headline)}">
<meta itemprop="dateModified" content="{modified.isoformat()}">
{feed_html}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="fr-CH",
        title=f"{headline} | Journal du Jura",
        canonical=url,
        prefix="jdj",
        body_cls="jdj article-live",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Rédaction JdJ",
                    publisher=org("Le Journal du Jura", "https://www.journaldujura.ch"),
                    lang="fr-CH",
                    section="Région",
                ),
            }
        ],
        nav=mega_nav(
            "jdj",
            "Le Journal du Jura",
            "/",
            ["Région", "Bienne", "Jura bernois", "Suisse", "Sports", "Culture"],
            _FR_SUBS,
        ),
        main=main,
        footer=_foot("jdj", "Journal du Jura", "© 2026 Gassmann Media SA"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "latribune-autobus-sts-percute-par-un-train-rue-belvedere-sherbrooke",
        "La Tribune (Sherbrooke, CA)",
        "fr",
        "updates",
        EST,
        tribune,
    ),
    Site(
        "lessentiel-direct-neige-a1-a3-bloquees-findel-ferme-ses-pistes",
        "L'essentiel (LU)",
        "fr",
        "live",
        CET,
        essentiel,
    ),
    Site(
        "journaldujura-direct-eboulement-taubenloch-route-frinvillier-fermee",
        "Le Journal du Jura (CH)",
        "fr",
        "live",
        CET,
        jdj,
    ),
]
