"""French-language publishers: Dernières Nouvelles d'Alsace, Le Temps (CH) and La Libre (BE)."""

from __future__ import annotations

import fx
from fx import box, fr_clock, hhmm, n_fr, one
from kit import Block, Ctx, at, document, esc, maybe, scatter

CET = 1

# =============================================================================================
# DNA: bold "ACTUALISATION 20 h 40 —" paragraphs right after the first paragraph, newest first;
# an italic "Note de la rédaction :" disclosure at the bottom.

DN_SLUG = "dna-strasbourg-marche-noel-chalet-feu"

DN_BODY = (
    "Un chalet du marché de Noël de la place Broglie, à Strasbourg, a pris feu ce dimanche 6 décembre vers 17 h 20, en pleine affluence. Les flammes sont parties de l'arrière d'un stand de vin chaud, selon les premiers éléments.",
    "Les sapeurs-pompiers du Bas-Rhin, arrivés en quelques minutes avec trois engins, ont éteint le feu avant qu'il ne se propage aux chalets voisins. Le stand est en grande partie détruit.",
    "Par précaution, les forces de l'ordre ont fait évacuer la moitié est de la place, entre la rue du Dôme et l'Opéra. Plusieurs milliers de visiteurs ont été dirigés vers la place Kléber et la rue de la Mésange.",
    "Deux personnes, dont le gérant du chalet, ont été légèrement intoxiquées par les fumées et prises en charge sur place. Aucune n'a dû être hospitalisée, indique la préfecture.",
    "« On a vu une grosse fumée noire et tout le monde s'est mis à reculer, mais il n'y a pas eu de panique », raconte Thomas, un étudiant venu de Kehl avec des amis.",
    "La Ville de Strasbourg indique qu'une enquête a été ouverte pour déterminer l'origine du sinistre. Un appareil de chauffage électrique pourrait être en cause, selon une source proche du dossier.",
    "Les autres chalets de la place Broglie ont rouvert vers 19 h, à l'exception des quatre stands les plus proches de celui qui a brûlé. Les autres sites du marché n'ont pas été concernés.",
    "La municipalité rappelle que le périmètre de sécurité du Christkindelsmärik reste en vigueur et que les contrôles aux accès se poursuivent jusqu'à la fermeture, à 21 h.",
)
DN_NOTES = (
    Block(
        "update",
        "ACTUALISATION 20 h 40",
        (
            "Selon la Ville, le gérant du chalet détruit pourra s'installer dans un stand provisoire dès mardi. Une cellule d'écoute a été mise en place pour les exposants.",
        ),
        at(CET, 20, 40),
    ),
    Block(
        "update",
        "ACTUALISATION 19 h 05",
        (
            "La préfecture du Bas-Rhin confirme que les deux personnes incommodées par les fumées ont pu regagner leur domicile. La partie évacuée de la place est de nouveau accessible.",
        ),
        at(CET, 19, 5),
    ),
)
DN_NOTE = Block(
    "editors_note",
    "Note de la rédaction",
    (
        "les DNA sont partenaires du marché de Noël de Strasbourg pour l'opération « Chalet des lecteurs », installée place Kléber.",
    ),
    None,
)
DN_NEW = Block(
    "update",
    "ACTUALISATION 23 h 52",
    (
        "Le parquet de Strasbourg a ouvert une enquête pour « dégradation involontaire par incendie ». Les premières constatations privilégient la piste d'un radiateur défectueux.",
    ),
    at(CET, 23, 52),
)
DN_MOST_READ = (
    "Colmar : le marché de Noël de la place des Dominicains prolongé d'une semaine",
    "A35 : la bretelle de Geispolsheim fermée trois nuits cette semaine",
    "Racing : Strasbourg s'impose à la Meinau dans le temps additionnel",
    "Mulhouse : une boulangerie du Rebberg élue meilleure de la région",
    "Haguenau : la piscine Nautiland rouvre après six mois de travaux",
    "Sélestat : un incendie ravage un hangar agricole",
    "Eurométropole : ce qui change pour le ramassage des déchets en janvier",
    "Obernai : la vieille ville illuminée pour la première fois en LED",
    "Saverne : un nouveau médecin s'installe à la maison de santé",
)
DN_MORE = (
    "Marché de Noël : ce qu'il faut savoir sur les contrôles aux accès",
    "Christkindelsmärik : 330 chalets et un nouveau site cette année",
    "Vin chaud : les exposants face à la hausse des prix",
    "Sécurité des chalets : ce que prévoit le cahier des charges",
)
DN_ADS = (
    "Soldes d'hiver avant l'heure chez Meubles Ritter à Brumath : jusqu'à -40 %",
    "Offrez un séjour bien-être dans les Vosges : coffrets à partir de 89 euros",
    "Pompe à chaleur : jusqu'à 5 000 euros d'aides, devis gratuit en 48 heures",
    "Foie gras d'Alsace : commandez avant le 20 décembre, livraison offerte",
)
DN_PROMOS = (
    "Vous lisez un article en accès libre. Pour soutenir l'information locale, abonnez-vous aux DNA à partir d'un euro le premier mois.",
    "Recevez chaque soir l'essentiel de l'actualité de Strasbourg et de l'Eurométropole : inscrivez-vous à notre newsletter gratuite.",
    "Vous étiez sur place ? Racontez-nous ce que vous avez vu en écrivant à la rédaction de Strasbourg.",
)
DN_NOTICES = (
    "Avis de constitution : SAS Kieffer Rénovation, capital de 5 000 euros, siège social à Illkirch-Graffenstaden, immatriculée au RCS de Strasbourg.",
    "Avis d'enquête publique : projet de piste cyclable rue du Général-Leclerc à Schiltigheim, du 4 au 22 janvier 2027 en mairie.",
    "Avis de dissolution anticipée : SARL Boulangerie Heckel, siège à Haguenau. Le liquidateur est Mme Odile Heckel.",
    "Vente aux enchères publiques : un appartement de trois pièces à Strasbourg-Neudorf, mise à prix 92 000 euros, le 20 janvier 2027 à 14 h.",
    "Avis d'appel public à la concurrence : la commune d'Obernai lance un marché pour l'entretien de ses espaces verts, date limite le 15 janvier 2027.",
    "Transfert de siège : la SAS Atelier Vogel quitte Bischheim pour Lingolsheim à compter du 1er janvier 2027.",
)
DN_PARKING = {"Gutenberg": 143, "Kléber": 31, "Austerlitz": 0, "Sainte-Aurélie": 212, "Broglie": 58}
DN_ADVENT = {
    6: "Calendrier de l'Avent des DNA : derrière la case du 6 décembre, un week-end pour deux à Colmar est à gagner. Participation jusqu'à minuit.",
    7: "Calendrier de l'Avent des DNA : derrière la case du 7 décembre, quatre entrées pour un spectacle de Noël à Kirrwiller sont à gagner. Participation jusqu'à minuit.",
}
DN_CLASSES = (
    "dna-header",
    "dna-nav",
    "vigilance-bar",
    "article-header",
    "article-title",
    "chapo",
    "signature",
    "publication-date",
    "article-content",
    "paragraph",
    "pub-slot",
    "lire-egalement",
    "annonces-legales",
    "parkings-widget",
    "avent-box",
    "jeux-teaser",
    "plus-lus",
    "didomi-banner",
    "dna-footer",
)


def _dn_parking(ctx: Ctx) -> str:
    rows = []
    for name, free in DN_PARKING.items():
        now = max(0, free + ctx.rng.randint(-20, 30)) if free else 0
        rows.append(f"{name} : {'complet' if now == 0 else f'{now} places'}")
    rows.append(f"Mis à jour à {fr_clock(ctx.minutes_ago(1, 6))}")
    return box(ctx, "parkings-widget", "Parkings du centre-ville", rows, head="p")


def dna(ctx: Ctx) -> str:
    notes = ([DN_NEW] if ctx.fetch == 6 else []) + list(DN_NOTES)
    newest = notes[0].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    parts = [f'<p class="paragraph">{ctx.p(DN_BODY[0])}</p>']
    for b in notes:
        ctx.add(b)
        parts.append(
            f'<p class="paragraph"><strong>{esc(b.label or "")} —</strong> {esc(b.paras[0])}</p>'
        )
    parts += [f'<p class="paragraph">{ctx.p(t)}</p>' for t in DN_BODY[1:]]
    ctx.add(DN_NOTE)
    parts.append(
        f'<p class="paragraph"><em>Note de la rédaction : {esc(DN_NOTE.paras[0])}</em></p>'
    )

    def more() -> str:
        title = ctx.pick(DN_MORE)
        return (
            '<p class="paragraph lire-egalement"><span>Lire également :</span> '
            f'<a href="/faits-divers/{fx.slug(title)}">{ctx.f(title)}</a></p>'
        )

    def advent() -> str:
        return f'<aside class="avent-box"><p>{ctx.f(DN_ADVENT[ctx.local.day])}</p></aside>'

    inserts = [
        lambda: fx.ad(ctx, "pub-slot", "Publicité", DN_ADS),
        lambda: f'<p class="paragraph">{ctx.f(ctx.pick(DN_PROMOS))}</p>',
        *maybe(ctx, 0.8, more),
        *maybe(ctx, 0.6, lambda: _dn_parking(ctx)),
        *maybe(ctx, 0.5, advent),
        *maybe(ctx, 0.5, lambda: fx.ad(ctx, "pub-slot", "Publicité", DN_ADS, size="300x600")),
    ]
    story = scatter(ctx, parts, inserts, range(1, len(parts)))
    vigilance = ""
    if ctx.chance(0.7):
        vigilance = one(
            ctx,
            "div",
            "vigilance-bar",
            ctx.pick(
                (
                    "Vigilance jaune neige-verglas dans le Bas-Rhin jusqu'à lundi 8 h",
                    "Vigilance jaune vent violent dans le Bas-Rhin jusqu'à lundi 6 h",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "didomi-banner",
            "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
            ("Accepter & Fermer", "Paramétrer"),
        )
    solvers = ctx.daily(2100, (25, 110))
    rail = [
        box(ctx, "plus-lus", "Les plus lus", ctx.some(DN_MOST_READ, 5), wrap="ol", links=True),
        one(
            ctx,
            "p",
            "jeux-teaser",
            f"Mots fléchés du jour : {n_fr(solvers)} lecteurs ont déjà complété la grille.",
        ),
    ]
    if ctx.chance(0.8):
        rail.insert(
            ctx.rng.randint(0, 2),
            box(
                ctx,
                "annonces-legales",
                "Annonces légales",
                ctx.some(DN_NOTICES, 2),
                foot="Toutes les annonces",
            ),
        )
    body = f"""
<header class="dna-header"><a class="dna-header__logo" href="/">DNA</a>
<nav class="dna-nav"><ul><li><a href="/actualite">Actualité</a></li><li><a href="/edition-strasbourg">Strasbourg</a></li><li><a href="/region">Région</a></li><li><a href="/sport">Sport</a></li><li><a href="/loisirs">Loisirs</a></li><li><a href="/jeux">Jeux</a></li><li><a href="/abonnement">S'abonner</a></li></ul></nav></header>
{vigilance}
<main class="dna-main">
<article class="article">
<header class="article-header">
<p class="article-header__rubrique">Strasbourg · Faits divers</p>
<h1 class="article-title">Strasbourg : un chalet du marché de Noël prend feu place Broglie, une partie de la place évacuée</h1>
<p class="chapo">Un départ de feu s'est produit dans un chalet de vin chaud, ce dimanche en fin d'après-midi. Les pompiers ont rapidement maîtrisé l'incendie, mais une partie de la place a été évacuée.</p>
<p class="signature">Par Léa Kientz</p>
<p class="publication-date">Le 06/12/2026 à 18:02 - Mis à jour le 06/12/2026 à {hhmm(newest)}</p>
</header>
<figure class="article-image"><img src="https://images.example/dna/broglie.jpg" alt="" width="1024" height="576"><figcaption>Les pompiers sont intervenus place Broglie. Photo DNA</figcaption></figure>
<div class="article-content">
{story}
</div>
</article>
<aside class="dna-rail">{"".join(rail)}</aside>
</main>
<footer class="dna-footer"><p>© Les Dernières Nouvelles d'Alsace</p><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/cgu">CGU</a></li><li><a href="/contact">Contact</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="fr",
        title="Strasbourg : un chalet du marché de Noël prend feu place Broglie",
        canonical=f"https://www.dna.example/faits-divers-justice/2026/12/06/{DN_SLUG}",
        seed=DN_SLUG,
        classes=DN_CLASSES,
        body_class="ebra dna article-page",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "DNA")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Strasbourg : un chalet du marché de Noël prend feu place Broglie",
                "datePublished": at(CET, 18, 2).isoformat(),
                "dateModified": ctx.modified,
                "author": {"@type": "Person", "name": "Léa Kientz"},
                "publisher": {"@type": "Organization", "name": "Les Dernières Nouvelles d'Alsace"},
            }
        ],
        cdn="https://www.dna.example/static",
        var="__EBRA__",
    )


# =============================================================================================
# Le Temps (CH): an italic "Rectificatif :" at the top; "Mise à jour, 18h20" boxes (title
# paragraph + text) after the story, oldest first.

LT_SLUG = "letemps-geneve-leman-express-panne-champel"

LT_BODY = (
    "Le trafic du Léman Express est interrompu depuis dimanche après-midi entre Genève-Champel et Annemasse. Une panne de signalisation a immobilisé un train dans le tunnel qui relie Champel aux Eaux-Vives, peu avant 15 heures.",
    "Les quelque 180 passagers ont été évacués à pied par une galerie de secours, accompagnés par le personnel des CFF et par les pompiers. Personne n'a été blessé.",
    "«Nous avons attendu près d'une heure dans le noir, avec seulement les lumières de secours», raconte une passagère qui se rendait à Annemasse pour rendre visite à sa famille.",
    "Les CFF, qui exploitent la ligne avec la SNCF, ont mis en place des bus de remplacement entre la gare de Cornavin et Annemasse. Ils circulent toutes les quinze minutes, mais le trajet dure près de trois fois plus longtemps qu'en train.",
    "La panne touche un poste d'enclenchement mis en service avec la ligne. Selon un porte-parole des CFF, un câble endommagé pourrait être à l'origine du problème.",
    "Les trains sont limités à Genève-Champel côté suisse et à Annemasse côté français. Les liaisons vers Coppet et La Plaine ne sont pas touchées.",
    "Les CFF recommandent aux voyageurs de consulter l'horaire en ligne avant de se déplacer et de prévoir davantage de temps pour rejoindre l'aéroport.",
)
LT_CORR = Block(
    "correction",
    "Rectificatif",
    (
        "nous avions écrit par erreur que le train avait été évacué par la gare des Eaux-Vives. Les passagers sont sortis par une galerie de secours.",
    ),
    None,
)
LT_NOTES = (
    Block(
        "update",
        "Mise à jour, 18h20",
        (
            "Les CFF indiquent que les techniciens ont localisé le câble endommagé, à environ 400 mètres de l'entrée du tunnel côté Champel.",
        ),
        at(CET, 18, 20),
    ),
    Block(
        "update",
        "Mise à jour, 20h35",
        (
            "Le trafic restera interrompu au moins jusqu'à la fin du service, précisent les CFF. Les bus de remplacement circuleront jusqu'à une heure du matin.",
        ),
        at(CET, 20, 35),
    ),
)
LT_NEW = Block(
    "update",
    "Mise à jour, 23h55",
    (
        "Le câble a été remplacé et un premier train d'essai a traversé le tunnel sans encombre. Les CFF prévoient un service normal dès lundi matin.",
    ),
    at(CET, 23, 55),
)
LT_MOST_READ = (
    "Le Conseil fédéral veut accélérer la construction de logements",
    "A Lausanne, la nouvelle ligne de tram accumule les retards",
    "Banques cantonales: des bénéfices records en 2026",
    "Ski: la saison démarre sous le soleil à Verbier",
    "L'horlogerie suisse face au ralentissement des exportations",
    "Neuchâtel: le Grand Conseil adopte le budget de justesse",
    "Vaud veut doubler le nombre de places en crèche",
    "Genève: l'aéroport teste des contrôles sans file d'attente",
    "Pourquoi les loyers continuent de grimper en Suisse romande",
)
LT_ADS = (
    "Investissez dans l'immobilier suisse avec un fonds coté: documentation gratuite",
    "Vos fêtes au bord du lac: menus de fin d'année dès 95 francs",
    "Cours de ski pour enfants à Villars: inscriptions ouvertes",
    "Assurance maladie: comparez avant le 31 décembre et économisez",
)
LT_PROMOS = (
    "Recevez chaque matin l'essentiel de l'actualité suisse et internationale avec notre newsletter «L'Essentiel du matin». L'inscription est gratuite.",
    "Cet article vous est offert. Pour accéder à tous nos contenus, abonnez-vous dès 9 francs le premier mois.",
    "Le Temps est disponible sur iPhone et Android: téléchargez l'application pour lire le journal du jour dès 5 heures.",
)
LT_ARCHIVES = {
    6: (
        "Journal de Genève, 6 décembre 1966: «La bise glace les quais, les Genevois patinent au bord du Rhône»",
        "Gazette de Lausanne, 6 décembre 1972: «Le dernier tram de la ligne 12 quitte Chauderon sous les applaudissements»",
        "Journal de Genève, 6 décembre 1985: «Un train de marchandises déraille à Cornavin, aucune victime»",
        "Gazette de Lausanne, 6 décembre 1958: «Le Léman gèle à Villeneuve, une première depuis vingt ans»",
    ),
    7: (
        "Journal de Genève, 7 décembre 1968: «La patinoire des Vernets affiche complet pour son premier dimanche»",
        "Gazette de Lausanne, 7 décembre 1979: «Les horlogers de la vallée de Joux défilent à Lausanne»",
    ),
}
LT_TONIGHT = (
    "Grand Théâtre: «Casse-Noisette», 19h30",
    "Victoria Hall: concert de l'Avent, 17h",
    "Comédie de Genève: «La Nuit des rois», 19h",
    "Alhambra: soirée jazz manouche, 20h30",
    "Cinélux: «Les Saisons de Lavaux», 20h45",
)
LT_CLASSES = (
    "lt-header",
    "lt-nav",
    "article-head",
    "article-lead",
    "article-authors",
    "article-dates",
    "article-correction",
    "article-body",
    "update-note",
    "update-note__title",
    "update-note__text",
    "lt-ad",
    "trust-box",
    "archives-box",
    "survey-inline",
    "tonight-box",
    "lt-most-read",
    "lt-jeux",
    "lt-consent",
    "lt-footer",
)


def letemps(ctx: Ctx) -> str:
    notes = list(LT_NOTES) + ([LT_NEW] if ctx.fetch == 6 else [])
    newest = notes[-1].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    ctx.add(LT_CORR)
    corr = f'<p class="article-correction"><em>Rectificatif : {esc(LT_CORR.paras[0])}</em></p>'
    parts = [f"<p>{ctx.p(t)}</p>" for t in LT_BODY]
    for b in notes:
        ctx.add(b)
        parts.append(
            f'<aside class="update-note"><p class="update-note__title">{esc(b.label or "")}</p>'
            f'<p class="update-note__text">{esc(b.paras[0])}</p></aside>'
        )

    def archives() -> str:
        return (
            '<aside class="archives-box"><p class="archives-box__title">Dans nos archives</p>'
            f"<p>{ctx.f(ctx.pick(LT_ARCHIVES[ctx.local.day]))}</p></aside>"
        )

    def survey() -> str:
        return one(
            ctx,
            "p",
            "survey-inline",
            "Aidez-nous à mieux vous informer: répondez à notre questionnaire de lecture, cela prend moins de cinq minutes.",
        )

    def trust() -> str:
        return (
            '<aside class="trust-box">'
            + one(
                ctx,
                "p",
                "trust-box__text",
                "Le Temps respecte la Déclaration des devoirs et des droits du journaliste du Conseil suisse de la presse.",
            )
            + one(
                ctx,
                "p",
                "trust-box__text",
                "Nos principes éditoriaux et notre politique de rectification sont publiés sur notre site.",
            )
            + "</aside>"
        )

    inserts = [
        lambda: fx.ad(ctx, "lt-ad", "Publicité", LT_ADS),
        lambda: f"<p>{ctx.f(ctx.pick(LT_PROMOS))}</p>",
        *maybe(ctx, 0.6, archives),
        *maybe(ctx, 0.5, survey),
        *maybe(ctx, 0.55, trust),
        *maybe(ctx, 0.5, lambda: fx.ad(ctx, "lt-ad", "Contenu sponsorisé", LT_ADS, size="native")),
    ]
    story = scatter(ctx, parts, inserts, range(1, len(parts) + 1))
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "lt-consent",
            "Nous utilisons des cookies pour améliorer votre expérience, mesurer l'audience et vous proposer des contenus et publicités adaptés à vos centres d'intérêt.",
            ("Tout accepter", "Personnaliser"),
        )
    solvers = ctx.daily(1150, (10, 60))
    rail = [
        box(ctx, "lt-most-read", "Les plus lus", ctx.some(LT_MOST_READ, 5), wrap="ol", links=True),
        one(
            ctx,
            "p",
            "lt-jeux",
            f"Mots croisés: la grille du dimanche a déjà été résolue par {n_fr(solvers)} lecteurs.",
        ),
    ]
    if ctx.chance(0.7):
        rail.insert(
            ctx.rng.randint(0, 1),
            box(ctx, "tonight-box", "Ce soir à Genève", ctx.some(LT_TONIGHT, 3)),
        )
    body = f"""
<header class="lt-header"><a class="lt-header__logo" href="/">Le Temps</a>
<nav class="lt-nav"><ul><li><a href="/suisse">Suisse</a></li><li><a href="/monde">Monde</a></li><li><a href="/economie">Economie</a></li><li><a href="/opinions">Opinions</a></li><li><a href="/culture">Culture</a></li><li><a href="/sciences">Sciences</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main class="lt-main">
<article class="article">
<header class="article-head">
<p class="article-head__rubric">Suisse · Genève</p>
<h1 class="article-head__title">Le Léman Express interrompu entre Genève et Annemasse, des passagers évacués dans le tunnel de Champel</h1>
<p class="article-lead">Une panne de signalisation a immobilisé un train sous la colline de Champel dimanche après-midi. Les CFF annoncent des perturbations jusqu'en fin de soirée.</p>
<p class="article-authors">Aurélie Mottier</p>
<p class="article-dates">Publié le 06 décembre 2026 à 16:40. Modifié le 06 décembre 2026 à {hhmm(newest)}.</p>
</header>
{corr}
<div class="article-body">
{story}
</div>
</article>
<aside class="lt-rail">{"".join(rail)}</aside>
</main>
<footer class="lt-footer"><p>© Le Temps SA</p><ul><li><a href="/conditions">Conditions générales</a></li><li><a href="/confidentialite">Confidentialité</a></li><li><a href="/contact">Contact</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="fr-CH",
        title="Le Léman Express interrompu entre Genève et Annemasse - Le Temps",
        canonical=f"https://www.letemps.example/suisse/geneve/{LT_SLUG}",
        seed=LT_SLUG,
        classes=LT_CLASSES,
        body_class="lt page-article",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "Le Temps")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Le Léman Express interrompu entre Genève et Annemasse, des passagers évacués dans le tunnel de Champel",
                "datePublished": at(CET, 16, 40).isoformat(),
                "dateModified": ctx.modified,
                "author": {"@type": "Person", "name": "Aurélie Mottier"},
                "publisher": {"@type": "NewsMediaOrganization", "name": "Le Temps"},
            }
        ],
        cdn="https://www.letemps.example/build",
        var="__LT__",
    )


# =============================================================================================
# La Libre (BE) live: entries newest first, "22h41" + <h2> (one without a headline).

LL_SLUG = "lalibre-direct-tempete-cote-belge-ostende"

LL_INTRO = (
    "Une violente tempête balaie la côte belge ce dimanche soir. Des rafales de plus de 110 km/h ont été mesurées à Ostende, où la digue est fermée au public, et le tram de la côte ne circule plus entre La Panne et Knokke-Heist.",
    "L'Institut royal météorologique maintient son avertissement jusqu'à lundi matin. Nous suivons la situation en direct.",
)
LL_ENTRIES = (
    Block(
        "live_entry",
        "22h41",
        (
            "À Blankenberge, les vagues passent par-dessus la digue à marée haute. La police locale demande aux curieux de ne pas s'approcher du front de mer.",
        ),
        at(CET, 22, 41),
        "Des vagues sur la digue de Blankenberge",
    ),
    Block(
        "live_entry",
        "22h05",
        (
            "Selon le gestionnaire de réseau, environ 14 000 foyers sont privés d'électricité en Flandre occidentale, principalement dans la région de Bruges et de Dixmude.",
        ),
        at(CET, 22, 5),
    ),
    Block(
        "live_entry",
        "21h30",
        (
            "Un arbre est tombé sur les voies du tram de la côte près de la gare d'Ostende. Le trafic ne reprendra pas avant lundi midi, selon l'opérateur.",
        ),
        at(CET, 21, 30),
        "Un arbre sur les voies à Ostende",
    ),
    Block(
        "live_entry",
        "20h50",
        (
            "Deux passants ont été légèrement blessés par la chute d'une enseigne dans le centre de Middelkerke, indique le bourgmestre. Ils ont été soignés sur place.",
            "La commune a fermé son marché de Noël pour la soirée.",
        ),
        at(CET, 20, 50),
        "Deux blessés légers à Middelkerke",
    ),
    Block(
        "live_entry",
        "19h45",
        (
            "Le port d'Ostende a suspendu tous les mouvements de navires. Les ferries à destination de l'Angleterre restent à quai jusqu'à nouvel ordre.",
        ),
        at(CET, 19, 45),
        "Le trafic maritime suspendu",
    ),
    Block(
        "live_entry",
        "18h55",
        (
            "L'IRM a relevé son avertissement au niveau orange pour toute la province de Flandre occidentale. Des rafales jusqu'à 120 km/h sont attendues jusqu'à 4 h du matin.",
        ),
        at(CET, 18, 55),
        "Passage à l'avertissement orange",
    ),
)
LL_NEW = Block(
    "live_entry",
    "23h53",
    (
        "La Ville d'Ostende annonce que la digue restera fermée cette nuit et rouvrira lundi à 10 h, après une inspection des services techniques.",
    ),
    at(CET, 23, 53),
    "La digue d'Ostende rouvrira lundi",
)
LL_MOST_READ = (
    "Bruxelles : la STIB annonce de nouveaux horaires pour le tram 7",
    "Namur : le marché de Noël attire un public record",
    "Diables Rouges : le sélectionneur dévoile sa liste pour mars",
    "Liège : le chantier de la gare des Guillemins prend du retard",
    "Indexation des salaires : ce qui change en janvier",
    "Charleroi : l'aéroport ouvre une ligne vers Marrakech",
    "Anvers : un incendie ravage un entrepôt du port",
    "Mons : la Grand-Place fermée pour un tournage",
    "Les prix de l'électricité repartent à la hausse",
)
LL_ADS = (
    "Isolez votre toiture avant l'hiver : primes régionales jusqu'à 30 %",
    "Séjour à la mer du Nord : deux nuits pour le prix d'une à La Panne",
    "Voitures électriques d'occasion : garantie batterie de huit ans",
    "Votre épargne mérite mieux : compte à 3 % la première année",
)
LL_PROMOS = (
    "Profitez de La Libre en illimité : un euro pour le premier mois, sans engagement.",
    "Recevez nos alertes info sur votre téléphone : activez les notifications de l'application La Libre.",
    "Vous êtes sur place ? Envoyez-nous vos témoignages et vos photos via notre formulaire en ligne.",
)
LL_EMBEDS = (
    ("la police de la zone Ostende", "X"),
    ("l'IRM", "X"),
    ("la Ville de Blankenberge", "Facebook"),
    ("l'opérateur du tram de la côte", "Instagram"),
)
LL_WEBCAMS = ("la digue d'Ostende", "l'estacade de Blankenberge", "la plage de La Panne")
LL_CLASSES = (
    "ll-header",
    "ll-nav",
    "ll-alert",
    "live-head",
    "live-intro",
    "live-feed",
    "live-item",
    "live-item__time",
    "live-item__title",
    "live-item__body",
    "live-refresh",
    "ll-ad",
    "webcam-box",
    "embed-blocked",
    "lire-aussi",
    "ll-survey",
    "ll-most-read",
    "ll-consent",
    "ll-footer",
)


def _ll_item(b: Block) -> str:
    title = f'<h2 class="live-item__title">{esc(b.headline)}</h2>' if b.headline else ""
    text = "".join(f"<p>{esc(t)}</p>" for t in b.paras)
    return (
        f'<article class="live-item"><div class="live-item__meta"><span class="live-item__time">{esc(b.label or "")}</span></div>'
        f'{title}<div class="live-item__body">{text}</div></article>'
    )


def lalibre(ctx: Ctx) -> str:
    entries = ([LL_NEW] if ctx.fetch == 6 else []) + list(LL_ENTRIES)
    newest = entries[0].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    intro = "".join(f"<p>{ctx.p(t)}</p>" for t in LL_INTRO)
    parts = []
    for b in entries:
        ctx.add(b)
        parts.append(_ll_item(b))

    def promo() -> str:
        return (
            '<article class="live-item live-item--promo"><div class="live-item__body">'
            f"<p>{ctx.f(ctx.pick(LL_PROMOS))}</p></div></article>"
        )

    def webcam() -> str:
        place = ctx.pick(LL_WEBCAMS)
        caption = f"Webcam de {place}, image de {fr_clock(ctx.minutes_ago(1, 5), spaced=False)}"
        return (
            f'<figure class="webcam-box"><img src="https://images.example/ll/cam-{fx.slug(place)}.jpg" alt="" width="640" height="360">'
            f"<figcaption>{ctx.f(caption)}</figcaption></figure>"
        )

    def embed() -> str:
        who, platform = LL_EMBEDS[ctx.rng.randrange(len(LL_EMBEDS))]
        text = f"Publication de {who} sur {platform} : ce contenu est masqué car vous n'avez pas accepté les cookies des réseaux sociaux."
        return (
            f'<div class="embed-blocked"><p>{ctx.f(text)}</p>'
            '<button class="embed-blocked__btn">Afficher le contenu</button></div>'
        )

    def lire() -> str:
        title = ctx.pick(LL_MOST_READ)
        return (
            '<p class="lire-aussi"><span>Lire aussi</span> '
            f'<a href="/belgique/{fx.slug(title)}">{ctx.f(title)}</a></p>'
        )

    inserts = [
        lambda: fx.ad(ctx, "ll-ad", "Publicité", LL_ADS),
        promo,
        *maybe(ctx, 0.7, webcam),
        *maybe(ctx, 0.65, embed),
        *maybe(ctx, 0.6, lire),
        *maybe(
            ctx,
            0.45,
            lambda: one(
                ctx,
                "p",
                "ll-survey",
                "Votre avis nous intéresse : comment suivez-vous l'actualité lors d'une tempête ? Répondez à notre enquête en deux minutes.",
            ),
        ),
        *maybe(ctx, 0.5, lambda: fx.ad(ctx, "ll-ad", "Publicité", LL_ADS, size="300x600")),
    ]
    feed = scatter(ctx, parts, inserts, range(1, len(parts) + 1))
    refresh = ""
    if ctx.chance(0.85):
        refresh = (
            '<div class="live-refresh">'
            + one(
                ctx,
                "span",
                "live-refresh__text",
                f"Actualisation automatique activée : prochaine mise à jour dans {ctx.rng.randint(5, 59)} secondes",
            )
            + '<button class="live-refresh__toggle">Désactiver</button></div>'
        )
    alert = ""
    if ctx.chance(0.75):
        alert = one(
            ctx,
            "div",
            "ll-alert",
            ctx.pick(
                (
                    "Avertissement orange de l'IRM pour des rafales de vent en Flandre occidentale, jusqu'à lundi 6 h",
                    "Avertissement jaune de l'IRM pour des vents violents en Flandre orientale, jusqu'à lundi 9 h",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "ll-consent",
            "La Libre et ses partenaires utilisent des cookies pour vous offrir une expérience personnalisée, mesurer l'audience et afficher des publicités adaptées.",
            ("J'accepte", "Paramètres"),
        )
    most = box(
        ctx, "ll-most-read", "Les plus lus", ctx.some(LL_MOST_READ, 5), wrap="ol", links=True
    )
    body = f"""
<header class="ll-header"><a class="ll-header__logo" href="/">La Libre</a>
<nav class="ll-nav"><ul><li><a href="/belgique">Belgique</a></li><li><a href="/international">International</a></li><li><a href="/economie">Economie</a></li><li><a href="/debats">Débats</a></li><li><a href="/culture">Culture</a></li><li><a href="/sports">Sports</a></li></ul></nav></header>
{alert}
<main class="ll-main">
<article class="live">
<header class="live-head">
<span class="live-head__badge">EN DIRECT</span>
<h1 class="live-head__title">Tempête sur la côte belge : la digue d'Ostende fermée, le tram de la côte à l'arrêt</h1>
<p class="live-head__meta">Rédaction en ligne · Publié le 06-12-26 à 18h50 · Mis à jour à {fr_clock(newest, spaced=False)}</p>
</header>
<div class="live-intro">{intro}</div>
{refresh}
<section class="live-feed">
{feed}
</section>
</article>
<aside class="ll-rail">{most}</aside>
</main>
<footer class="ll-footer"><p>© IPM Group</p><ul><li><a href="/conditions">Conditions d'utilisation</a></li><li><a href="/vie-privee">Vie privée</a></li><li><a href="/contact">Contact</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="fr-BE",
        title="Tempête sur la côte belge : la digue d'Ostende fermée, le tram de la côte à l'arrêt - La Libre",
        canonical=f"https://www.lalibre.example/belgique/societe/2026/12/06/{LL_SLUG}/",
        seed=LL_SLUG,
        classes=LL_CLASSES,
        body_class="ipm lalibre live-page",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "La Libre.be")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Tempête sur la côte belge : la digue d'Ostende fermée, le tram de la côte à l'arrêt",
                "datePublished": at(CET, 18, 50).isoformat(),
                "dateModified": ctx.modified,
                "publisher": {"@type": "NewsMediaOrganization", "name": "La Libre"},
            }
        ],
        cdn="https://www.lalibre.example/assets",
        var="__IPM__",
    )
