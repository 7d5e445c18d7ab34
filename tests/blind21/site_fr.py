"""French-language publishers: La Manche Libre (Cherbourg, Normandy), Var-Matin (Toulon,
Provence), Tribune de Genève (Geneva)."""

from __future__ import annotations

from fx import (
    ANTIQUE,
    AUDITION,
    CHESS,
    DRIVING,
    FARMERS,
    FOODVAN,
    GYM,
    KNIT,
    NEWS,
    POSTCARD,
    PROMO,
    READ,
    RELATED,
    TICKER,
    TWIN,
    bl,
    bp,
    bpa,
    drift,
    graph,
    ld,
    num,
    page,
    post,
    rise,
    subset,
    turn,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

CET = 1

_SUBS = ["Faits divers", "Politique", "Économie", "Culture", "Sports", "Météo", "Justice", "Santé"]
_FOOT = {
    "Le journal": ["Qui sommes-nous", "Contact", "Publicité", "Newsletters", "Journal numérique"],
    "Légal": ["Mentions légales", "Confidentialité", "CGU", "Gestion des cookies"],
}


def fh(h: int, m: int) -> str:
    return f"{h} h {m:02d}"


def _texts(ctx: Ctx, town: str, street: str) -> dict[str, str]:
    return {
        ANTIQUE: turn(
            ctx,
            [
                f"Une horloge comtoise trouvée dans un grenier de {town} est estimée à 1 500 euros par notre expert en antiquités.",
                f"Le service à café d'une lectrice, acheté rue {street} en 1955, vaudrait environ 300 euros.",
                "Une montre de gousset gravée aux armes d'une compagnie maritime est estimée à 2 200 euros.",
                "Une poupée en porcelaine des années 1910, héritée par un lecteur, pourrait partir à 650 euros aux enchères.",
            ],
            "antique",
        ),
        CHESS: turn(
            ctx,
            [
                f"Les lecteurs contre le club d'échecs de {town}, partie 2 : le club a joué cavalier en f3. Votez jusqu'à jeudi.",
                f"Les lecteurs contre le club d'échecs de {town}, partie 2 : le club a roqué, aux lecteurs de jouer.",
                f"Les lecteurs contre le club d'échecs de {town}, partie 2 : le fou du club est venu en c4.",
                f"Les lecteurs contre le club d'échecs de {town}, partie 2 : le club propose un gambit dame.",
            ],
            "chess",
        ),
        TWIN: turn(
            ctx,
            [
                f"Le maire de notre ville jumelle en Allemagne adresse ses pensées aux habitants de {town}.",
                f"Les élèves de notre école jumelle en Irlande ont dessiné 120 cartes de vœux pour les Ehpad de {town}.",
                f"La fanfare de notre ville jumelle italienne jouera rue {street} le 20 décembre.",
                f"Notre ville jumelle en Espagne invite les associations de {town} à un échange en mai.",
            ],
            "twin",
        ),
        FOODVAN: turn(
            ctx,
            [
                f"Le camion à galettes est rue {street} ce soir, jusqu'à 21 heures.",
                "Le food-truck de burgers normands est sur le parking de la gare ce soir, jusqu'à épuisement.",
                "Le camion à pizzas est place de la mairie ce soir, jusqu'à 21 h 30.",
                "La roulotte à soupes est devant la piscine ce soir, potages chauds jusqu'à 20 h 30.",
            ],
            "van",
        ),
        POSTCARD: turn(
            ctx,
            [
                f"Bons baisers de La Réunion, 29 degrés ! On pense bien à tout le monde à {town}. Famille Lemoine",
                "Bonjour de Vienne : vin chaud au marché de Noël et Sachertorte au café. Claire et Hugo",
                "Des Canaries, le club de randonnée vous salue : il pleut, mais le moral est bon.",
                "Salutations de Laponie : moins 20 degrés et aurores boréales. Léa et Tom",
            ],
            "postcard",
        ),
        READ: turn(
            ctx,
            [
                "Nouvelle piscine : le conseil communautaire vote le budget",
                "Marchés de Noël : où trouver du vin chaud ce week-end",
                "Les agriculteurs inquiets après un automne trop pluvieux",
                "Cantine scolaire : les tarifs augmentent en janvier",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Nocturnes de Noël rue {street} : les commerçants ouverts jusqu'à 21 heures chaque jeudi.",
                "Abonnez-vous au journal numérique : 1 euro le premier mois.",
                "Contrôle des pneus hiver offert chez votre garagiste cette semaine.",
                "Bons cadeaux spa à moitié prix, jusqu'à vendredi seulement.",
            ],
            "promo",
        ),
    }


# ---------------------------------------------------------------------------------------------
# La Manche Libre (+01:00), WordPress-like. Notes at the top in one `<aside class="mlb-maj">`,
# newest first, each a paragraph with a bold "Mise à jour à 21 h 05 :" lead; a bold "Erratum :"
# at the bottom (`correction`). The body has a list of closed streets.


def manchelibre(ctx: Ctx) -> Render:
    url = "https://www.lamanchelibre.fr/actualite-1123456-cherbourg-tempete-digue-quai-de-caligny-submerge-rues-fermees"
    headline = "Tempête à Cherbourg : le quai de Caligny submergé, plusieurs rues fermées"
    published = at(CET, 6, 18, 15)
    town, street = "Cherbourg", "Au Blé"
    body = [
        "Des vagues de plus de six mètres ont franchi la digue à Cherbourg-en-Cotentin dimanche soir, submergeant le quai de Caligny et une partie du port de plaisance.",
        "Météo-France avait placé la Manche en vigilance orange vagues-submersion à 16 heures. Les rafales ont atteint 130 km/h au cap de la Hague.",
        "« L'eau est arrivée d'un coup jusqu'aux terrasses », raconte le gérant d'un bar du quai. « On a tout remonté à l'étage. »",
        "La mairie a fermé ces rues :",
        "le quai de Caligny entre le pont tournant et la place Napoléon",
        "la rue de la Marine jusqu'au quai Alexandre-III",
        "le boulevard Maritime entre la plage verte et le fort des Flamands",
        "Les bateaux du port Chantereyne ont été doublement amarrés, et la liaison vers Portsmouth est annulée jusqu'à lundi midi.",
        "Aucun blessé n'est à déplorer, selon les pompiers, qui ont effectué une quinzaine de sorties pour des caves inondées.",
    ]
    notes = [
        Block(
            "update",
            "Mise à jour à 22 h 30",
            at(CET, 6, 22, 30),
            None,
            [
                "La mer redescend, indique la préfecture maritime, mais la vigilance orange est maintenue jusqu'à lundi 6 heures."
            ],
        ),
        Block(
            "update",
            "Mise à jour à 21 h 05",
            at(CET, 6, 21, 5),
            None,
            [
                "Un gymnase de la rue Emmanuel-Liais est ouvert pour les habitants du quai dont le rez-de-chaussée est inondé."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Mise à jour à 23 h 55",
        at(CET, 6, 23, 55),
        None,
        [
            "Le quai de Caligny a rouvert à la circulation, mais le boulevard Maritime reste fermé pour la nuit."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    err = Block(
        "correction",
        "Erratum",
        None,
        None,
        [
            "contrairement à ce que nous avions écrit, la liaison vers Portsmouth n'est pas assurée par Condor mais par Brittany Ferries."
        ],
    )
    err.html = f'<p class="mlb-texte"><strong>Erratum :</strong> {e(err.paras[0])}</p>'

    def line(lead: str, text: str) -> str:
        return f'<p class="mlb-texte"><strong>{e(lead)} :</strong> {e(text)}</p>'

    for b in shown:
        b.html = line(b.label or "", b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street)

    def clocked(lead: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 15)
        return post(line(f"{lead} à {fh(t.hour, t.minute)}", text), [text], kind)

    knit = clocked(
        "Tricot solidaire, compteur mis à jour",
        f"{num(rise(ctx, 1742, 3, 2), ' ')} bonnets, écharpes et couvertures tricotés pour le Secours populaire du Cotentin depuis octobre.",
        KNIT,
    )
    chess = clocked("Échecs, coup joué", tx[CHESS], CHESS)
    driving = clocked(
        "Permis de conduire, taux actualisé",
        f"taux de réussite à l'examen pratique au centre de Tourlaville ce mois-ci : {drift(ctx, 59, 4)} %.",
        DRIVING,
    )
    antique = bp("mlb-texte", tx[ANTIQUE], ANTIQUE, lead="Trésor de grenier :")
    postcard = bp("mlb-texte", tx[POSTCARD], POSTCARD, lead="Carte postale :")
    gym = bp(
        "mlb-texte",
        "Cours à la piscine Chantereyne cette semaine : aquagym lundi 19 heures, natation adulte mardi et jeudi 12 h 15, aquabike mercredi 18 heures.",
        GYM,
    )
    audition = bp(
        "mlb-texte",
        "La troupe du Trident recrute des comédiens amateurs pour sa pièce de printemps. Auditions le 10 janvier à la salle Paul-Éluard.",
        AUDITION,
        lead="Auditions :",
    )
    related = bl(
        "",
        "",
        [
            f"À lire aussi : {x}"
            for x in subset(
                ctx,
                [
                    "Les tempêtes qui ont marqué le Cotentin",
                    "Submersion marine : les bons réflexes",
                    "La digue de Querqueville sera-t-elle renforcée ?",
                    "Vigilance orange : ce qu'elle implique",
                    "Port Chantereyne : les plaisanciers inquiets",
                ],
                3,
            )
        ],
        RELATED,
    )
    news = bp(
        "mlb-texte",
        "Recevez chaque matin l'essentiel de l'actualité du Cotentin avec notre newsletter gratuite.",
        NEWS,
    )

    box = '<aside class="mlb-maj">' + "".join(b.html for b in shown) + "</aside>"
    units = [box] + [f'<p class="mlb-texte">{e(p)}</p>' for p in body[:4]]
    units += ["<ul>" + "".join(f"<li>{e(x)}</li>" for x in body[4:7]) + "</ul>"]
    after = len(units)
    units += [f'<p class="mlb-texte">{e(p)}</p>' for p in body[7:]] + [err.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (knit, [0, 1, 2], 0.85),
            (chess, [1, 2, k - 1], 0.8),
            (driving, [0, 1, 4, k], 0.8),
            (antique, [2, 3, after + 1], 0.8),
            (postcard, [3, after + 1, k - 1], 0.8),
            (gym, [after, after + 2, k], 0.7),
            (audition, [2, k - 1, k], 0.7),
            (related, [after], 0.8),
            (news, [1, k], 0.7),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post">
<header class="entry-header">
<p class="mlb-rubrique">Cherbourg-en-Cotentin</p>
<h1 class="entry-title">{e(headline)}</h1>
<p class="mlb-chapo">Vigilance orange vagues-submersion dans la Manche, la liaison vers Portsmouth annulée</p>
<p class="entry-meta">Par Julien Lecoq · Article mis à jour le 6 décembre 2026 à {fh(modified.hour, modified.minute)}</p>
</header>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-FR",
        prefix="mlb",
        brand="La Manche Libre",
        url=url,
        title=f"{headline} | La Manche Libre",
        sections=["Actualité", "Cherbourg", "Saint-Lô", "Sports", "Loisirs", "Agriculture"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 La Manche Libre",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Julien Lecoq",
                    publisher=org("La Manche Libre", "https://www.lamanchelibre.fr"),
                    lang="fr-FR",
                    section="Cherbourg",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single",
        cms="wp",
    )
    return Render(html, body, [*shown, err], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Var-Matin (+01:00), Arc-like, live, oldest first: `<article>` items with a `<time>` "21h05" +
# `<h2>` (one without headline); a standalone JSON-LD `LiveBlogPosting`.


def varmatin(ctx: Ctx) -> Render:
    url = "https://www.varmatin.com/faits-divers/direct-inondations-toulon-le-las-deborde-routes-coupees-912345"
    headline = (
        "DIRECT. Inondations à Toulon : le Las déborde, routes coupées et écoles fermées lundi"
    )
    published = at(CET, 6, 18, 0)
    body = [
        "Des pluies diluviennes s'abattent sur l'aire toulonnaise depuis dimanche après-midi. Le Las est sorti de son lit au Pont-du-Las et plusieurs routes sont coupées.",
        "Météo-France a placé le Var en vigilance rouge pluie-inondation. Suivez l'évolution de la situation dans notre direct.",
    ]
    specs = [
        (
            18,
            10,
            "Vigilance rouge",
            "Le département passe en vigilance rouge pluie-inondation jusqu'à lundi 10 heures.",
        ),
        (
            19,
            5,
            "Le Las sort de son lit",
            "L'eau envahit l'avenue du 15e Corps au Pont-du-Las. Les pompiers ont évacué une dizaine de commerces.",
        ),
        (
            20,
            15,
            None,
            "Le préfet annonce la fermeture de toutes les écoles de la métropole lundi.",
        ),
        (
            21,
            5,
            "Autoroute A57 coupée",
            "L'A57 est fermée entre La Valette et Toulon-centre à cause d'une coulée de boue.",
        ),
        (
            22,
            20,
            "Le tunnel de Toulon fermé",
            "Le tunnel est fermé dans les deux sens par précaution. Une déviation est mise en place par le littoral.",
        ),
        (
            22,
            45,
            "Plus de 4 000 foyers privés d'électricité",
            "Enedis annonce plus de 4 000 foyers sans courant, surtout au Revest et à La Valette.",
        ),
    ]
    entries = [
        Block("live_entry", f"{h}h{m:02d}", at(CET, 6, h, m), hd, [t]) for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23h54",
        at(CET, 6, 23, 54),
        "La pluie faiblit",
        [
            "Selon Météo-France, le plus fort de l'épisode est passé, mais le Las reste sous surveillance jusqu'au matin."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def art(clock: str, iso: str, head: str | None, text: str) -> str:
        hd = f'<h2 class="vm-live__titre">{e(head)}</h2>' if head else ""
        return f'<article class="vm-live__item"><time class="vm-live__heure" datetime="{iso}">{e(clock)}</time>{hd}<p>{e(text)}</p></article>'

    for b in shown:
        assert b.ts
        b.html = art(b.label or "", b.ts.isoformat(), b.head, b.paras[0])
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, "Toulon", "d'Alger")

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        c = f"{t.hour}h{t.minute:02d}"
        return post(art(c, t.isoformat(), title, text), [title, text], kind, [c])

    cac = drift(ctx, 7420, 30)
    knit = fake(
        "Le compteur du tricot solidaire",
        f"{num(rise(ctx, 2610, 3, 2), ' ')} bonnets et couvertures tricotés pour les maraudes toulonnaises cet hiver.",
        KNIT,
    )
    chess = fake("La partie d'échecs des lecteurs", tx[CHESS], CHESS)
    ticker = fake(
        "La Bourse en ce moment",
        f"CAC 40 : {num(cac, ' ')} points, euro à {drift(ctx, 1, 0)},{drift(ctx, 8, 1)}{drift(ctx, 4, 4)} dollar.",
        TICKER,
    )
    twin = fake("Un message de nos villes jumelles", tx[TWIN], TWIN)
    postcard = fake("La carte postale des lecteurs", tx[POSTCARD], POSTCARD)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (knit, list(range(0, n + 1)), 0.85),
            (chess, list(range(1, n + 1)), 0.8),
            (ticker, [n - 2, n - 1, n], 0.8),
            (twin, [0, 2, 4], 0.75),
            (postcard, [1, 3, n], 0.75),
        ],
    )
    read = bpa("vm-chapo", "À lire aussi :", tx[READ], "/var/", READ)
    promo = bp("vm-chapo", tx[PROMO], PROMO, lead="Contenu sponsorisé :")
    prices = drift(ctx, 420, 20)
    farmers = bp(
        "vm-chapo",
        f"Au marché du cours Lafayette cette semaine : la douzaine d'œufs à {prices // 100},{prices % 100:02d} euros, les clémentines à {drift(ctx, 3, 0)},{drift(ctx, 20, 9)} euros le kilo.",
        FARMERS,
    )
    intro = weave(
        ctx,
        [f'<p class="vm-chapo">{e(p)}</p>' for p in body],
        [(read, [0, 1, 2], 0.8), (promo, [1, 2], 0.7), (farmers, [0, 2], 0.75)],
    )
    publisher = org("Var-Matin", "https://www.varmatin.com")
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
    main = f"""<main class="vm-main">
<article class="vm-article vm-article--direct">
<header class="vm-article__header">
<span class="vm-badge">Direct</span>
<h1 class="vm-article__titre">{e(headline)}</h1>
<p class="vm-article__meta">Par la rédaction · Mis à jour le 06/12/2026 à {modified.strftime("%H:%M")}</p>
</header>
<div class="vm-intro">
{intro}
</div>
{ad_slot("vm-pub", "Publicité", "vm-direct-1")}
<div class="vm-live">
{feed}
</div>
</article>
</main>"""
    html = page(
        ctx,
        lang="fr-FR",
        prefix="vm",
        brand="Var-Matin",
        url=url,
        title=f"{headline} - Var-Matin",
        sections=["Faits divers", "Toulon", "Var", "Sports", "Vie locale", "Loisirs"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Nice-Matin",
        jsonld=[ld(live)],
        main=main,
        body_cls="vm direct",
        cms="arc",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Tribune de Genève (+01:00), custom, live, newest first under a pinned entry ("Épinglé"):
# `<div>` entries with an `<h4>` clock heading "22 h 35" + paragraphs, no headlines (one entry
# with two paragraphs); JSON-LD `@graph` with the `NewsArticle` and a `LiveBlogPosting`.


def tdg(ctx: Ctx) -> Render:
    url = "https://www.tdg.ch/direct-bise-noire-geneve-quais-geles-mouettes-suspendues-384512"
    headline = "EN DIRECT – Bise noire sur Genève : les quais gelés, les Mouettes suspendues"
    published = at(CET, 6, 16, 40)
    body = [
        "Une bise noire soufflant jusqu'à 100 km/h balaie le bassin genevois depuis dimanche après-midi. Les quais du Léman sont couverts de glace.",
        "Les Mouettes genevoises ont suspendu toutes leurs traversées et le Jet d'eau est arrêté. Notre direct.",
    ]
    pinned = Block(
        "live_entry",
        "16 h 45",
        at(CET, 6, 16, 45),
        None,
        [
            "L'essentiel : quai Wilson et quai Gustave-Ador fermés aux piétons, Mouettes à l'arrêt, Jet d'eau coupé jusqu'à nouvel avis."
        ],
    )
    specs = [
        (
            17,
            30,
            [
                "La police ferme le quai Wilson et le quai Gustave-Ador aux piétons après plusieurs chutes sur la glace."
            ],
        ),
        (
            18,
            40,
            [
                "Les TPG signalent des retards sur les lignes 2 et 6 le long du lac.",
                "Les trams circulent normalement sur la rive gauche.",
            ],
        ),
        (
            19,
            55,
            [
                "Aux Pâquis, les bateaux amarrés sont pris dans la glace. La capitainerie demande aux propriétaires de ne pas s'y rendre."
            ],
        ),
        (21, 10, ["MétéoSuisse maintient l'alerte de degré 3 pour la bise jusqu'à lundi midi."]),
        (
            22,
            35,
            [
                "Les Hôpitaux universitaires ont soigné une trentaine de personnes pour des chutes depuis le début de l'après-midi."
            ],
        ),
    ]
    entries = [Block("live_entry", fh(h, m), at(CET, 6, h, m), None, ps) for h, m, ps in specs]
    genuine = Block(
        "live_entry",
        "23 h 52",
        at(CET, 6, 23, 52),
        None,
        [
            "Le Service des routes annonce le salage des quais dès 5 heures, pour une réouverture aux piétons en milieu de matinée."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def ent(clock: str, paras: list[str], pin: bool = False) -> str:
        badge = '<span class="tdg-pin">Épinglé</span>' if pin else ""
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        return f'<div class="tdg-ticker-entry">{badge}<h4 class="tdg-ticker-entry__heure">{e(clock)}</h4>{ps}</div>'

    pinned.html = ent(pinned.label or "", pinned.paras, pin=True)
    for b in feed:
        b.html = ent(b.label or "", b.paras)
    shown = [pinned, *feed]
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, "Genève", "du Rhône")

    def fake(text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        c = fh(t.hour, t.minute)
        return post(ent(c, [text]), [text], kind, [c])

    smi = drift(ctx, 12180, 40)
    knit = fake(
        f"Tricot solidaire : {num(rise(ctx, 1530, 2, 2), ' ')} bonnets et écharpes tricotés pour les sans-abri genevois depuis novembre.",
        KNIT,
    )
    chess = fake(tx[CHESS], CHESS)
    ticker = fake(
        f"Bourse : le SMI à {num(smi, ' ')} points, l'euro à 0,9{drift(ctx, 3, 2)} franc.", TICKER
    )
    antique = fake("Trésor de grenier : " + tx[ANTIQUE], ANTIQUE)
    van = fake("Food-truck du soir : " + tx[FOODVAN], FOODVAN)
    driving = fake(
        f"Permis de conduire : {drift(ctx, 55, 4)} % de réussite à l'examen pratique à Genève ce mois-ci, selon l'Office cantonal des véhicules.",
        DRIVING,
    )
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (knit, list(range(0, n + 1)), 0.85),
            (chess, list(range(0, n)), 0.8),
            (ticker, [0, 1, 2], 0.8),
            (antique, list(range(1, n + 1)), 0.75),
            (van, [0, 2, 4, n], 0.75),
            (driving, [1, 3, 5, n], 0.8),
        ],
    )
    gym = bp(
        "tdg-lead",
        "Cours aux Vernets cette semaine : aquagym lundi 19 h, gym douce mardi et jeudi 10 h, natation adultes mercredi 20 h.",
        GYM,
    )
    news = bp(
        "tdg-lead",
        "Inscrivez-vous à « Genève ce matin », notre newsletter gratuite, chaque jour à 6 heures.",
        NEWS,
    )
    audition = bp(
        "tdg-lead",
        "La Comédie de Genève cherche des figurants amateurs pour sa création de mars. Auditions le 9 janvier, inscription en ligne.",
        AUDITION,
    )
    intro = weave(
        ctx,
        [f'<p class="tdg-lead">{e(p)}</p>' for p in body],
        [(gym, [0, 2], 0.75), (news, [1, 2], 0.75), (audition, [0, 1, 2], 0.7)],
    )
    publisher = org("Tribune de Genève", "https://www.tdg.ch")
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Marc Bretton",
        publisher=publisher,
        lang="fr-CH",
        section="Genève",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="fr-CH",
    )
    main = f"""<main class="tdg-main">
<article class="tdg-article">
<header class="tdg-article__header">
<h1 class="tdg-article__titre">{e(headline)}</h1>
<p class="tdg-article__meta">Marc Bretton · Dernière mise à jour : {fh(modified.hour, modified.minute)}</p>
</header>
<div class="tdg-intro">
{intro}
</div>
{ad_slot("tdg-pub", "Publicité", "tdg-ticker")}
<div class="tdg-ticker">
{feed_html}
</div>
</article>
</main>"""
    html = page(
        ctx,
        lang="fr-CH",
        prefix="tdg",
        brand="Tribune de Genève",
        url=url,
        title=f"{headline} | Tribune de Genève",
        sections=["Genève", "Suisse", "Monde", "Économie", "Sports", "Culture"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Tamedia",
        jsonld=[graph(art, live)],
        main=main,
        body_cls="tdg ticker",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "lamanchelibre-cherbourg-tempete-quai-de-caligny-submerge-rues-fermees",
        "La Manche Libre (FR)",
        "fr",
        "updates",
        CET,
        manchelibre,
    ),
    Site(
        "varmatin-direct-inondations-toulon-le-las-deborde-routes-coupees",
        "Var-Matin (FR)",
        "fr",
        "live",
        CET,
        varmatin,
    ),
    Site(
        "tdg-direct-bise-noire-geneve-quais-geles-mouettes-suspendues",
        "Tribune de Genève (CH)",
        "fr",
        "live",
        CET,
        tdg,
    ),
]
