"""French-language publishers: La Provence (updates), RTL (live), RTS Info (live, CH)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import fx
from kit import Block, Built, Ctx, attr, document, esc, ld, scatter, weave

# =============================================================================================
# La Provence — updates; two bold "MAJ 19h25 :" paragraphs at the top, newest first; an
# italic "Rectification :" at the bottom. +01:00.

LP_SLUG = "laprovence-marseille-navette-frioul"
LP_OFF = 60

LP_P = {
    "heads": [
        "Aix-en-Provence : le cours Mirabeau bientôt piéton le dimanche",
        "Marseille : la piscine de la Pointe-Rouge rouvre après deux ans de travaux",
        "Avignon : les remparts illuminés pour les fêtes",
        "Martigues : un chalutier rentre au port avec une prise record",
        "Aubagne : les santonniers ouvrent leur foire de Noël",
        "Toulon : la rade accueille un voilier école centenaire",
        "Arles : les Rencontres de la photographie dévoilent leur affiche",
        "Marseille : le tramway T3 prolongé jusqu'à la Gaye",
        "Salon-de-Provence : la fontaine moussue restaurée",
        "La Ciotat : le chantier naval embauche 80 personnes",
        "Cassis : la route des Crêtes fermée en raison du vent",
        "Istres : le marché de Noël prolongé d'une semaine",
        "Marseille : un nouveau parc ouvre dans le quartier de la Belle de Mai",
        "Vitrolles : la médiathèque lance des ateliers de codage",
    ],
    "obits": (
        "Avis de décès",
        [
            "Mme Josette Ferracci, née Giudicelli, 89 ans, Marseille 7e",
            "M. André Castellan, 76 ans, Aubagne",
            "Mme Paulette Rinaldi, 93 ans, La Ciotat",
            "M. Gérard Bonnafoux, 81 ans, Allauch",
            "Mme Yvette Santoni, 87 ans, Marseille 12e",
        ],
    ),
    "pharmacies": (
        "Pharmacies de garde ce soir",
        [
            "Pharmacie du Prado, 142 avenue du Prado, Marseille 8e – jusqu'à 22 h",
            "Pharmacie de la Joliette, 18 quai d'Arenc, Marseille 2e – jusqu'à 23 h",
            "Grande Pharmacie de Castellane, 2 place Castellane – ouverte toute la nuit",
            "Pharmacie des Chartreux, 55 avenue des Chartreux, Marseille 4e – jusqu'à 21 h 30",
        ],
    ),
    "ferries": (
        "Traversées du soir",
        [
            "Marseille → Ajaccio, départ 19 h 00 : à l'heure",
            "Marseille → Bastia, départ 19 h 30 : retardé de 40 min",
            "Marseille → Tunis, départ 18 h 00 : parti",
            "Marseille → Alger, départ 20 h 00 : à l'heure",
            "Marseille → Porto-Torres, départ 21 h 00 : annulé (météo)",
        ],
    ),
    "fixtures": {
        "league": "Ligue 1",
        "games": [
            ("OM", "Lens", "21 h 05"),
            ("Nice", "Rennes", "19 h 00"),
            ("Monaco", "Lille", "17 h 00"),
            ("Montpellier", "Nantes", "15 h 00"),
        ],
        "table": [
            ("PSG", 38),
            ("OM", 33),
            ("Monaco", 31),
            ("Lille", 28),
            ("Lens", 27),
            ("Nice", 25),
        ],
    },
    "lotto": [("Loto", 5, 49, "n° Chance", 1, 10), ("EuroMillions", 5, 50, "Étoiles", 2, 12)],
    "cur": "€",
    "markets": [
        ("Gazole à Marseille", 1.689, " €", 3),
        ("SP95-E10 à Marseille", 1.779, " €", 3),
        ("CAC 40", 7420.0, "", 2),
    ],
    "quiz": [
        "Quiz : connaissez-vous vraiment les îles du Frioul ?",
        "Quiz : dix questions sur l'histoire du Vieux-Port",
        "Quiz : avez-vous suivi l'actualité de la semaine ?",
    ],
    "events": [
        "La Provence vous invite au concert de Noël de l'Orchestre philharmonique de Marseille le 20 décembre. Places à gagner.",
        "Foire aux santons sur la Canebière : retrouvez les artisans jusqu'au 31 décembre.",
        "Réservez votre place pour la soirée des Trophées du sport provençal au Palais du Pharo.",
    ],
    "podcast": {
        "show": "Le podcast « Massilia Mystères »",
        "first": 57,
        "eps": [
            ("Le trésor englouti de l'anse des Catalans", 26),
            ("Qui a volé la Bonne Mère en 1962 ?", 31),
            ("Les fantômes du château d'If", 28),
        ],
        "cta": [
            "Un nouvel épisode chaque jeudi sur laprovence.com et toutes les plateformes.",
            "Abonnez-vous pour écouter les prochains épisodes dès leur sortie.",
        ],
    },
    "quotes": [
        (
            "On vit au rythme du mistral, c'est lui qui décide",
            "Un pêcheur de l'Estaque",
            "À l'Estaque, les derniers pointus résistent",
        ),
        (
            "Nos loyers ont augmenté de 30 % en deux ans",
            "Une locataire de la Belle de Mai",
            "Logement : à Marseille, la colère des locataires",
        ),
        (
            "Je connais chaque marche de l'escalier de la gare",
            "Agent d'accueil à Saint-Charles",
            "Saint-Charles, 24 heures dans la gare",
        ),
    ],
    "author": "Julien Mattei",
    "countdown": [("Noël", datetime(2026, 12, 25, 0, 0))],
    "city": "Marseille",
    "temps": (6, 12),
    "conditions": ["mistral fort", "ciel dégagé", "nuageux", "vent modéré", "quelques averses"],
    "promos": [
        "Recevez chaque matin l'essentiel de l'actualité marseillaise avec la newsletter gratuite de La Provence.",
        "Abonnez-vous à La Provence pour soutenir une information locale et indépendante, dès 1 euro le premier mois.",
        "Vous avez été témoin de l'accident ? Contactez la rédaction de La Provence via notre formulaire.",
    ],
    "ads": [
        "Soldes d'hiver avant l'heure : jusqu'à 50 % sur la literie en magasin à Plan-de-Campagne.",
        "Votre contrôle technique à 59 euros sans rendez-vous à Marseille.",
    ],
    "consent": "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil.",
    "listen_min": 3,
}

LP_BODY = [
    "Une navette maritime reliant le Frioul au Vieux-Port a heurté le quai de la Fraternité ce lundi vers 16 h 15, à Marseille.",
    "Huit passagers ont été légèrement blessés, selon le bataillon de marins-pompiers. Ils souffrent pour la plupart de contusions et ont été pris en charge sur place.",
    "À bord se trouvaient 46 personnes, dont de nombreux habitants des îles qui rentraient du travail. \u00ab On a senti un choc énorme, des gens sont tombés dans l'allée \u00bb, raconte Sabrina, 34 ans.",
    "Le pilote, un marin expérimenté selon l'exploitant, a été soumis à un dépistage d'alcool et de stupéfiants, qui s'est révélé négatif.",
    "L'exploitant, la société Bleu Calanque, évoque une possible défaillance de l'inverseur de marche au moment de l'accostage. Une enquête a été ouverte par le parquet de Marseille.",
    "Le quai a été partiellement fermé au public le temps des constatations. Les navettes vers le Frioul ont été suspendues pour la soirée.",
    "Les insulaires qui devaient rentrer ont été invités à se rendre au quai d'Honneur, où un bateau de remplacement a été affrété.",
]
LP_NOTES = [
    Block(
        "MAJ 19h25",
        [
            "La préfecture maritime annonce que la navette a été remorquée jusqu'à un chantier naval de l'Estaque pour une expertise. Le bateau de remplacement a effectué deux rotations vers le Frioul."
        ],
        "update",
        "2026-12-07T19:25:00+01:00",
    ),
    Block(
        "MAJ 17h50",
        [
            "Les huit blessés ont tous été examinés par les secours. Deux d'entre eux, une femme âgée et un enfant, ont été transportés à l'hôpital de la Timone par précaution."
        ],
        "update",
        "2026-12-07T17:50:00+01:00",
    ),
]
LP_GENUINE = Block(
    "MAJ 23h53",
    [
        "La métropole annonce la reprise des navettes mardi dès 7 heures. Un second bateau sera mobilisé toute la semaine pour renforcer la desserte."
    ],
    "update",
    "2026-12-07T23:53:00+01:00",
)
LP_CORR = Block(
    "Rectification",
    [
        "une version précédente de cet article indiquait que la navette transportait 64 passagers. Ils étaient 46."
    ],
    "correction",
    None,
)


def laprovence(fetch: int) -> Built:
    c = Ctx(LP_SLUG, "fr", fetch, LP_OFF)
    P, k = LP_P, "lp-"
    notes = ([LP_GENUINE] if fetch == 6 else []) + LP_NOTES
    modified = notes[0].ts
    pc = "article-paragraph"
    items = [f'<p class="{pc}"><strong>{esc(n.label)} :</strong> {esc(n.body)}</p>' for n in notes]
    n_notes = len(items)
    items += [f'<p class="{pc}">{esc(p)}</p>' for p in LP_BODY]
    menu = [
        partial(fx.listbox, P=P, k=k, key="obits", kind="death notices (a rotating pair)"),
        partial(
            fx.listbox, P=P, k=k, key="pharmacies", kind="pharmacies on duty, with closing times"
        ),
        partial(
            fx.listbox,
            P=P,
            k=k,
            key="ferries",
            n=3,
            kind="ferry departures board with times and states",
        ),
        partial(fx.fixtures, P=P, k=k),
        partial(fx.horoscope, P=P, k=k),
        partial(fx.lotto, P=P, k=k),
        partial(fx.markets, P=P, k=k),
        partial(fx.quiz, P=P, k=k),
        partial(fx.event, P=P, k=k),
        partial(fx.podcast, P=P, k=k),
        partial(fx.pullquote, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls=pc),
        partial(fx.promo_p, P=P, k=k, pcls=pc),
    ]
    # between the story paragraphs, and between the notes and the story
    placed = scatter(c, len(LP_BODY), menu, 4, 7)
    body_html = weave(items, placed, shift=n_notes)
    corr = f'<p class="{pc}"><em>{LP_CORR.label} : {esc(LP_CORR.body)}</em></p>'
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Marseille : une navette du Frioul heurte un quai du Vieux-Port, huit blessés légers",
            "datePublished": "2026-12-07T17:02:00+01:00",
            "dateModified": modified,
            "author": {"@type": "Person", "name": "Julien Mattei"},
            "publisher": {"@type": "Organization", "name": "La Provence"},
            "articleSection": "Marseille",
        }
    )
    head = f'<meta property="og:site_name" content="La Provence">\n<meta name="description" content="{attr(LP_BODY[0])}">\n{ldj}'
    top = []
    if c.chance(0.5):
        top.append(fx.listen(c, P, k))
    if c.chance(0.6):
        top.append(fx.meter(c, P, k))
    after = []
    if c.chance(0.6):
        after.append(fx.follow(c, P, k))
    if c.chance(0.5):
        after.append(fx.error_report(c, P, k))
    if c.chance(0.4):
        after.append(fx.countdown(c, P, k))
    rail = [fx.mostread(c, P, k), fx.weather(c, P, k)]
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    mod = modified[11:16].replace(":", "h")
    body = f"""<header class="lp-header"><a class="lp-logo" href="/">La Provence</a>
<nav class="lp-menu"><a href="/marseille">Marseille</a> <a href="/aix-en-provence">Aix</a> <a href="/avignon">Avignon</a> <a href="/faits-divers">Faits divers</a> <a href="/politique">Politique</a> <a href="/sport/om">OM</a> <a href="/loisirs">Loisirs</a></nav>
<a class="lp-abo" href="/abonnement">Je m'abonne</a></header>
<main class="lp-main">
<article class="article">
<div class="article-header"><p class="article-header__rubrique">Faits divers – Marseille</p>
<h1 class="article-header__title">Marseille : une navette du Frioul heurte un quai du Vieux-Port, huit blessés légers</h1>
<p class="article-header__chapo">Le bateau, qui transportait 46 passagers, a percuté le quai de la Fraternité à l'accostage. Une enquête est ouverte.</p>
<p class="article-header__infos">Par <a href="/auteur/julien-mattei">Julien Mattei</a> · Publié le 07/12/2026 à 17h02 · Mis à jour le 07/12/2026 à {mod}</p></div>
{"".join(top)}
<figure class="article-figure"><img src="/img/navette-vieux-port.jpg" alt="La navette à quai"><figcaption>La navette a été immobilisée sur le quai de la Fraternité. Photo Valérie Vrel</figcaption></figure>
<div class="article-content">
{body_html}
{corr}
</div>
{"".join(after)}
</article>
<aside class="lp-aside">{"".join(rail)}</aside>
</main>
<footer class="lp-footer"><a href="/mentions-legales">Mentions légales</a> <a href="/cgu">CGU</a> <a href="/confidentialite">Politique de confidentialité</a> <a href="/contact">Contact</a><p>© La Provence 2026</p></footer>
{consent}"""
    html = document(
        lang="fr",
        title="Marseille : une navette du Frioul heurte un quai du Vieux-Port, huit blessés légers | La Provence",
        head_extra=head,
        body=body,
        c=c,
        slug=LP_SLUG,
        prefix="lp",
        app="LAPROV",
    )
    return Built(html, list(LP_BODY), [*notes, LP_CORR], c)


# =============================================================================================
# RTL — live; posts newest first with "22:42" and <h2> (one without); LiveBlogPosting with
# liveBlogUpdate. +01:00.

RTL_SLUG = "rtl-direct-panne-electricite-hauts-de-seine"
RTL_OFF = 60

RTL_P = {
    "heads": [
        "Retraites : le gouvernement présente son calendrier de concertation",
        "Prix de l'essence : une baisse attendue avant les fêtes",
        "Météo : un épisode de froid sur la moitié nord dès jeudi",
        "Impôts : ce qui change pour les ménages en janvier",
        "Santé : la campagne de vaccination contre la grippe prolongée",
        "Rugby : le XV de France dévoile son groupe pour le Tournoi",
        "Immobilier : les taux de crédit reculent pour le troisième mois",
        "Consommation : le rappel de lots de fromages étendu",
        "Logement : les expulsions hivernales suspendues depuis novembre",
        "SNCF : les billets pour les vacances de février en vente",
        "Justice : un ancien maire condamné pour favoritisme",
        "Noël : les jouets les plus demandés cette année",
        "Éducation : la réforme du brevet reportée d'un an",
        "Football : la Ligue 1 change ses horaires en janvier",
    ],
    "because": [
        "l'actualité en Île-de-France",
        "les pannes de courant",
        "les transports franciliens",
    ],
    "onair": (
        "RTL",
        [
            ("18h00", "RTL Soir, le journal"),
            ("19h15", "Le Débat du soir"),
            ("20h00", "Les Auditeurs ont la parole"),
            ("21h00", "RTL Nuit, l'info en continu"),
            ("22h30", "Les Histoires de minuit"),
            ("23h30", "Le Club des noctambules"),
            ("0h00", "La Nuit RTL"),
            ("1h30", "Les Rediffusions de la nuit"),
            ("4h30", "RTL Petit Matin"),
        ],
    ),
    "podcast": {
        "show": "L'Heure du crime",
        "first": 903,
        "eps": [
            ("L'affaire du notaire de Dreux", 41),
            ("Le mystère du bateau sans équipage", 44),
            ("Les faussaires de la rue de Seine", 39),
        ],
        "cta": [
            "Retrouvez tous les épisodes sur l'application RTL et les plateformes de podcasts.",
            "Nouveaux épisodes du lundi au vendredi dès 14 heures.",
        ],
    },
    "otherlive": [
        (
            "DIRECT – Ligue des champions : le PSG reçoit Milan",
            [
                ("21:02", "Coup d'envoi au Parc des Princes"),
                ("21:19", "Premier tir cadré pour les Parisiens"),
                ("21:38", "Ouverture du score sur penalty"),
                ("22:07", "Reprise de la seconde période"),
                ("22:31", "Milan égalise sur corner"),
            ],
        ),
        (
            "DIRECT – Assemblée nationale : le budget de la Sécu en nouvelle lecture",
            [
                ("17:05", "Ouverture de la séance"),
                ("18:12", "Premier amendement rejeté"),
                ("19:40", "Suspension de séance demandée par l'opposition"),
                ("21:30", "Reprise des débats dans l'hémicycle"),
                ("22:15", "Vote sur l'article 7 attendu"),
            ],
        ),
    ],
    "social": [
        (
            "Préfecture de police",
            "@prefpolice",
            "Feux tricolores hors service : soyez prudents aux carrefours, des agents sont déployés.",
        ),
        (
            "Météo-France",
            "@meteofrance",
            "Nuit froide en Île-de-France avec des minimales proches de 0 °C en banlieue.",
        ),
        (
            "Ville de Nanterre",
            "@VilledeNanterre",
            "Un gymnase chauffé est ouvert au public ce soir. Infos sur notre site.",
        ),
    ],
    "tags": [
        "#Panne",
        "#HautsDeSeine",
        "#Électricité",
        "#RER",
        "#Nanterre",
        "#Boulogne",
        "#Paris",
        "#Météo",
    ],
    "markets": [
        ("CAC 40", 7420.0, "", 2),
        ("Euro/dollar", 1.0842, "", 4),
        ("Gazole (moyenne nationale)", 1.712, " €", 3),
        ("Bitcoin", 86300.0, " €", 0),
    ],
    "lotto": [("Loto", 5, 49, "n° Chance", 1, 10), ("EuroMillions", 5, 50, "Étoiles", 2, 12)],
    "cur": "€",
    "quiz": [
        "Quiz : testez vos connaissances sur l'actualité de la semaine",
        "Quiz : connaissez-vous les voix de RTL ?",
        "Quiz : dix questions sur l'histoire de Paris",
    ],
    "countdown": [
        ("Noël", datetime(2026, 12, 25, 0, 0)),
        ("le Nouvel An", datetime(2027, 1, 1, 0, 0)),
    ],
    "sponsored": [
        (
            "Contenu sponsorisé",
            "Comment réduire sa facture de chauffage cet hiver",
            "Isolation, thermostat connecté, aides publiques : nos conseils pour économiser sans grelotter.",
        ),
        (
            "Publi-information",
            "Partir au ski en train : nos bons plans",
            "Des trains de nuit aux navettes, tout pour rejoindre les stations sans voiture.",
        ),
    ],
    "promos": [
        "Écoutez RTL en direct sur l'application, sur votre enceinte connectée et sur 104.3 FM à Paris.",
        "Vous êtes concerné par cette panne ? Témoignez auprès de la rédaction de RTL en nous écrivant.",
        "Recevez les alertes de la rédaction de RTL sur votre téléphone en activant les notifications.",
    ],
    "ads": [
        "Jusqu'à -40 % sur les téléviseurs pendant la semaine des fêtes.",
        "Votre mutuelle santé à partir de 19 euros par mois, devis en ligne.",
    ],
    "consent": "RTL et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées.",
}

RTL_INTRO = [
    "Une panne d'électricité massive touche depuis 18 heures une grande partie des Hauts-de-Seine et de l'ouest de Paris. Selon le gestionnaire du réseau, environ 200.000 foyers sont privés de courant.",
    "Des feux de circulation sont éteints et plusieurs lignes de transport sont perturbées. Suivez les dernières informations en direct avec RTL.",
]
RTL_ENTRIES = [
    Block(
        "22:42",
        [
            "Environ 40.000 foyers ont été réalimentés à Boulogne-Billancourt et Issy-les-Moulineaux, indique le gestionnaire du réseau. Les techniciens poursuivent les manœuvres pour le reste du secteur."
        ],
        "live_entry",
        "2026-12-07T22:42:00+01:00",
        "Le courant revient à Boulogne-Billancourt",
    ),
    Block(
        "22:05",
        [
            "Un auditeur de Rueil-Malmaison nous signale que les commerces de la rue principale ont fermé leurs portes faute d'éclairage. La mairie a ouvert un gymnase chauffé par un groupe électrogène."
        ],
        "live_entry",
        "2026-12-07T22:05:00+01:00",
    ),
    Block(
        "21:31",
        [
            "Selon nos informations, un départ de feu dans un poste électrique de Nanterre serait à l'origine de la panne. Les pompiers sont intervenus vers 17 h 50."
        ],
        "live_entry",
        "2026-12-07T21:31:00+01:00",
        "La piste d'un incendie dans un poste source",
    ),
    Block(
        "20:48",
        [
            "L'exploitant annonce une interruption du trafic sur cette branche en raison de l'absence d'alimentation. Des bus de remplacement sont mis en place."
        ],
        "live_entry",
        "2026-12-07T20:48:00+01:00",
        "Le RER A interrompu entre La Défense et Saint-Germain-en-Laye",
    ),
    Block(
        "19:56",
        [
            "L'agence régionale de santé assure que les hôpitaux concernés fonctionnent normalement grâce à leurs groupes de secours. Aucune opération n'a été reportée."
        ],
        "live_entry",
        "2026-12-07T19:56:00+01:00",
        "Les hôpitaux basculent sur leurs groupes électrogènes",
    ),
    Block(
        "19:12",
        [
            "Les pompiers ont réalisé plus de 60 interventions pour des personnes bloquées dans des ascenseurs, notamment dans les tours de La Défense."
        ],
        "live_entry",
        "2026-12-07T19:12:00+01:00",
        "Des dizaines de personnes coincées dans des ascenseurs",
    ),
]
RTL_GENUINE = Block(
    "23:54",
    [
        "Le gestionnaire du réseau indique que la quasi-totalité des foyers devrait être réalimentée d'ici à 2 heures du matin. Le trafic du RER reprendra normalement mardi."
    ],
    "live_entry",
    "2026-12-07T23:54:00+01:00",
    "Plus que 35.000 foyers privés d'électricité",
)


def _rtl_post(b: Block) -> str:
    h = f'<h2 class="live-post__title">{esc(b.headline)}</h2>' if b.headline else ""
    paras = "".join(f"<p>{esc(p)}</p>" for p in b.paras)
    return f'<div class="live-post" id="post-{b.ts[11:16].replace(":", "")}"><div class="live-post__time"><time datetime="{b.ts}">{b.label}</time></div>{h}<div class="live-post__content">{paras}</div></div>'


def _rtl_sponsored(c: Ctx) -> str:
    c.kind("sponsored card shaped like a live entry")
    who, title, text = c.pick(RTL_P["sponsored"])
    return (
        f'<div class="live-post live-post--partner"><div class="live-post__time">{esc(who)}</div>'
        f'<h2 class="live-post__title">{c.f(title)}</h2><div class="live-post__content"><p>{c.f(text)}</p></div></div>'
    )


def rtl(fetch: int) -> Built:
    c = Ctx(RTL_SLUG, "fr", fetch, RTL_OFF)
    P, k = RTL_P, "rtl-"
    entries = ([RTL_GENUINE] if fetch == 6 else []) + RTL_ENTRIES
    modified = entries[0].ts
    items = [_rtl_post(b) for b in entries]
    menu = [
        partial(fx.onair, P=P, k=k),
        partial(fx.podcast, P=P, k=k),
        partial(fx.otherlive, P=P, k=k),
        partial(fx.social, P=P, k=k),
        partial(fx.tags, P=P, k=k),
        partial(fx.foryou, P=P, k=k),
        partial(fx.markets, P=P, k=k),
        partial(fx.app_update, P=P, k=k),
        partial(fx.quiz, P=P, k=k),
        partial(fx.shares, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls=""),
        partial(fx.display_ad, P=P, k=k),
        _rtl_sponsored,
    ]
    placed = scatter(c, len(items), menu, 4, 7)
    feed = weave(items, placed, shift=1).replace('<p class="">', "<p>")
    updates = [
        {
            "@type": "BlogPosting",
            "headline": b.headline or b.paras[0][:70],
            "datePublished": b.ts,
            "articleBody": b.body,
        }
        for b in entries
    ]
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "DIRECT - Panne d'électricité géante dans les Hauts-de-Seine : 200.000 foyers privés de courant",
            "datePublished": "2026-12-07T19:12:00+01:00",
            "dateModified": modified,
            "coverageStartTime": "2026-12-07T19:12:00+01:00",
            "liveBlogUpdate": updates,
            "publisher": {"@type": "Organization", "name": "RTL"},
        }
    )
    head = f'<meta property="og:site_name" content="RTL.fr">\n<meta name="twitter:site" content="@RTLFrance">\n{ldj}'
    top = []
    if c.chance(0.6):
        top.append(fx.listen(c, dict(P, listen_min=2), k))
    rail = [fx.mostread(c, P, k)]
    if c.chance(0.6):
        rail.append(fx.lotto(c, P, k))
    if c.chance(0.5):
        rail.append(fx.countdown(c, P, k))
    bottom = [fx.error_report(c, P, k)] if c.chance(0.5) else []
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    badge = '<span class="badge-live">EN DIRECT</span>'
    body = f"""<header class="rtl-header"><a class="rtl-logo" href="/">RTL</a>
<nav class="rtl-nav"><a href="/actu">Actu</a> <a href="/actu/politique">Politique</a> <a href="/actu/economie-consommation">Conso</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/programmes">Émissions</a> <a href="/podcasts">Podcasts</a></nav>
<a class="rtl-direct" href="/direct">Écouter RTL en direct</a></header>
<main class="rtl-main">
<article class="article article--live">
<div class="article-head">{badge}
<h1 class="article-title">DIRECT - Panne d'électricité géante dans les Hauts-de-Seine : 200.000 foyers privés de courant</h1>
<p class="article-meta">La rédaction numérique de RTL · publié le 07/12/2026 à 19:12</p></div>
{"".join(top)}
<figure><img src="/img/panne-la-defense.jpg" alt="Des tours plongées dans le noir"><figcaption>Des tours de La Défense plongées dans le noir, le 7 décembre 2026 (illustration)</figcaption></figure>
<div class="article-intro">
{"".join(f"<p>{esc(p)}</p>" for p in RTL_INTRO)}
</div>
<section class="live-feed">
{feed}
</section>
{"".join(bottom)}
</article>
<aside class="rtl-aside">{"".join(rail)}</aside>
</main>
<footer class="rtl-footer"><a href="/mentions-legales">Mentions légales</a> <a href="/cookies">Gestion des cookies</a> <a href="/contact">Nous contacter</a><p>© RTL 2026</p></footer>
{consent}"""
    html = document(
        lang="fr",
        title="DIRECT - Panne d'électricité géante dans les Hauts-de-Seine : 200.000 foyers privés de courant",
        head_extra=head,
        body=body,
        c=c,
        slug=RTL_SLUG,
        prefix="rtl",
        app="RTLFR",
    )
    return Built(html, list(RTL_INTRO), entries, c)


# =============================================================================================
# RTS Info (CH) — live, oldest first: <time> "17:48" + <h3> (one without); the new entry goes
# at the bottom. +01:00.

RTS_SLUG = "rts-direct-lutry-glissement-terrain"
RTS_OFF = 60

RTS_P = {
    "heads": [
        "Genève: le Léman Express bat un record de fréquentation",
        "Le Conseil fédéral veut simplifier la déclaration d'impôt",
        "Fribourg: la cathédrale Saint-Nicolas retrouve ses vitraux",
        "Valais: les stations ouvrent avec un bon enneigement",
        "Neuchâtel: l'horlogerie annonce des embauches en 2027",
        "Jura: le référendum sur la fusion des communes aboutit",
        "Lausanne: la patinoire de Malley accueille la Coupe Spengler juniors",
        "Vaud: les primes maladie expliquées en cinq questions",
        "Le prix du chauffage à distance augmente à Genève",
        "Montreux: le marché de Noël attire un public record",
        "Sion: le projet de nouvelle gare présenté aux habitants",
        "Bienne: une exposition sur les montres de poche",
        "Yverdon: le centre thermal agrandi",
        "Nyon: la Paléo Arena se dote de panneaux solaires",
    ],
    "translated": [
        "Zurich: la ville veut végétaliser 300 toits d'ici 2030",
        "Bâle: les archives de la Foire suisse numérisées",
        "Tessin: les châtaigniers menacés par un champignon",
        "Berne: le Palais fédéral ouvre ses combles au public",
    ],
    "snow": (
        "Bulletin d'enneigement",
        [
            "Leysin: 45 cm, 9 installations ouvertes",
            "Villars-Gryon: 60 cm, pistes bonnes à très bonnes",
            "Les Diablerets: 70 cm au Glacier 3000, 12 remontées ouvertes",
            "Verbier: 85 cm, 28 installations ouvertes",
            "Champéry: 55 cm, domaine partiellement ouvert",
        ],
    ),
    "onair": (
        "La Première",
        [
            ("19h00", "Forum"),
            ("20h00", "Médialogues"),
            ("21h00", "Vertigo"),
            ("22h00", "Histoire vivante"),
            ("22h30", "Journal de nuit"),
            ("23h00", "Les Nuits de la Première"),
            ("23h30", "Les Dicodeurs, rediffusion"),
            ("0h30", "Radio Paradiso"),
            ("5h00", "La Matinale"),
        ],
    ),
    "podcast": {
        "show": "Le point J",
        "first": 1208,
        "eps": [
            ("Faut-il avoir peur des glissements de terrain?", 17),
            ("Pourquoi les primes maladie augmentent encore", 16),
            ("Les Suisses et la neutralité", 18),
        ],
        "cta": [
            "Un nouvel épisode chaque jour sur Play RTS et sur les plateformes de podcasts.",
            "Abonnez-vous au Point J pour ne manquer aucun épisode.",
        ],
    },
    "fixtures": {
        "league": "National League",
        "games": [
            ("Lausanne HC", "Genève-Servette", "19h45"),
            ("Fribourg-Gottéron", "HC Bienne", "19h45"),
            ("HC Ajoie", "EV Zoug", "20h00"),
        ],
        "table": [
            ("ZSC Lions", 58),
            ("Fribourg-Gottéron", 54),
            ("Lausanne HC", 51),
            ("HC Davos", 49),
            ("Genève-Servette", 47),
            ("EV Zoug", 44),
        ],
    },
    "lotto": [("Swiss Loto", 6, 42, "n° chance", 1, 6), ("Euro Millions", 5, 50, "Étoiles", 2, 12)],
    "cur": "de francs",
    "transit": (
        "Lausanne, gare",
        [
            ("S2", "Palézieux"),
            ("IR90", "Genève-Aéroport"),
            ("M2", "Croisettes"),
            ("RE33", "Annemasse"),
            ("IC5", "Yverdon-les-Bains"),
        ],
    ),
    "city": "Lausanne",
    "temps": (1, 6),
    "conditions": ["pluie faible", "couvert", "brouillard", "éclaircies", "bruine"],
    "quiz": [
        "Quiz: connaissez-vous les communes du Lavaux?",
        "Quiz: dix questions sur l'actualité suisse de la semaine",
        "Quiz: saurez-vous reconnaître ces sommets romands?",
    ],
    "tags": [
        "#Lutry",
        "#Lavaux",
        "#Vaud",
        "#CFF",
        "#Intempéries",
        "#Lausanne",
        "#Météo",
        "#Glissement",
    ],
    "social": [
        (
            "Police cantonale vaudoise",
            "@PoliceVaud",
            "Prudence sur les routes du Jorat ce soir, risque de verglas en altitude.",
        ),
        (
            "MétéoSuisse",
            "@meteosuisse",
            "Brouillard sur le Plateau cette nuit, limite supérieure vers 800 mètres.",
        ),
        (
            "Lausanne HC",
            "@LausanneHC",
            "C'est jour de match! Rendez-vous à la Vaudoise aréna dès 18h30.",
        ),
    ],
    "otherlang": [
        "Cet article est aussi disponible en allemand sur SRF News",
        "Questo articolo è disponibile anche in italiano su RSI",
    ],
    "promos": [
        "Retrouvez toute l'actualité régionale dans le journal de 12h45 et le 19h30 sur RTS 1 et sur Play RTS.",
        "Vous avez des images ou une information sur cet événement? Contactez la rédaction de RTSinfo.",
        "Téléchargez l'application RTS Info pour recevoir les alertes de la rédaction.",
    ],
    "consent": "Ce site utilise des cookies pour mesurer l'audience et améliorer votre expérience. Vous pouvez modifier vos préférences à tout moment.",
}

RTS_INTRO = [
    "Un glissement de terrain s'est produit en fin d'après-midi au-dessus des voies ferrées à Lutry, dans le canton de Vaud. La ligne entre Lausanne et Vevey est interrompue.",
    "Une dizaine d'habitations ont été évacuées par mesure de précaution. Ce direct est mis à jour au fil de la soirée.",
]
RTS_ENTRIES = [
    Block(
        "17:48",
        [
            "Peu avant 17h30, une masse de terre et de rochers a glissé sur le talus qui surplombe la voie ferrée, près de la gare de Lutry. Aucun train ne circulait à ce moment-là."
        ],
        "live_entry",
        "2026-12-07T17:48:00+01:00",
        "Un talus cède au-dessus des voies",
    ),
    Block(
        "18:35",
        [
            "La police cantonale indique que les occupants de dix maisons situées sur le chemin du Crêt ont dû quitter leur domicile. Ils sont accueillis dans une salle communale."
        ],
        "live_entry",
        "2026-12-07T18:35:00+01:00",
        "Dix habitations évacuées",
    ),
    Block(
        "19:20",
        [
            "Les trains régionaux sont limités à Pully et à Cully. Des bus de remplacement circulent entre les deux gares, avec un temps de parcours allongé d'environ 30 minutes."
        ],
        "live_entry",
        "2026-12-07T19:20:00+01:00",
    ),
    Block(
        "20:10",
        [
            "Le géologue cantonal estime que le sol reste instable après les fortes pluies de ces derniers jours. Des capteurs ont été installés pour surveiller les mouvements du terrain."
        ],
        "live_entry",
        "2026-12-07T20:10:00+01:00",
        "Un géologue sur place",
    ),
    Block(
        "21:05",
        [
            "Les trains grandes lignes entre Genève et le Valais sont détournés. Les CFF recommandent de prévoir jusqu'à une heure de trajet supplémentaire.",
            "Le trafic marchandises est également suspendu.",
        ],
        "live_entry",
        "2026-12-07T21:05:00+01:00",
        "Les grandes lignes déviées",
    ),
    Block(
        "22:15",
        [
            "Le dégagement des voies ne pourra pas commencer avant mardi matin, faute de visibilité et en raison du risque de nouveaux éboulements."
        ],
        "live_entry",
        "2026-12-07T22:15:00+01:00",
        "Travaux de dégagement reportés à mardi",
    ),
]
RTS_GENUINE = Block(
    "23:53",
    [
        "La commune de Lutry confirme que les personnes évacuées passeront la nuit à l'hôtel ou chez des proches. Un point presse est prévu à 9 heures."
    ],
    "live_entry",
    "2026-12-07T23:53:00+01:00",
    "Les habitants ne rentreront pas cette nuit",
)


def _rts_entry(b: Block) -> str:
    h = f'<h3 class="live-entry__title">{esc(b.headline)}</h3>' if b.headline else ""
    paras = "".join(f'<p class="live-entry__text">{esc(p)}</p>' for p in b.paras)
    return f'<li class="live-entry"><time class="live-entry__time" datetime="{b.ts}">{b.label}</time>{h}{paras}</li>'


def _rts_translated(c: Ctx) -> str:
    c.kind('translated-article teaser ("Traduit de l\'allemand" …)')
    src = c.pick(["de l'allemand", "de l'italien"])
    return (
        f'<li class="live-aside"><p class="live-aside__kicker">Traduit {src}</p>'
        f'<p><a href="/info/{c.num(10000000, 99999999)}">{c.f(c.pick(RTS_P["translated"]))}</a></p></li>'
    )


def _rts_wrap(html: str) -> str:
    return html if html.startswith("<li") else f'<li class="live-aside">{html}</li>'


def rts(fetch: int) -> Built:
    c = Ctx(RTS_SLUG, "fr", fetch, RTS_OFF)
    P, k = RTS_P, "rts-"
    entries = RTS_ENTRIES + ([RTS_GENUINE] if fetch == 6 else [])
    modified = entries[-1].ts
    items = [_rts_entry(b) for b in entries]

    def w(fn):
        return lambda cc: _rts_wrap(fn(cc))

    menu = [
        w(partial(fx.listbox, P=P, k=k, key="snow", n=3, kind="ski-resort snow report")),
        w(partial(fx.onair, P=P, k=k)),
        w(partial(fx.podcast, P=P, k=k)),
        w(partial(fx.fixtures, P=P, k=k)),
        w(partial(fx.transit, P=P, k=k)),
        w(partial(fx.quiz, P=P, k=k)),
        w(partial(fx.social, P=P, k=k)),
        w(partial(fx.reactions, P=P, k=k)),
        w(partial(fx.air, P=P, k=k)),
        w(partial(fx.promo_p, P=P, k=k, pcls="live-entry__text")),
        _rts_translated,
    ]
    placed = scatter(c, len(items), menu, 4, 7)  # after any entry, including the last
    feed = weave(items, placed, shift=1)
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Glissement de terrain à Lutry: la ligne Lausanne-Vevey coupée",
            "datePublished": "2026-12-07T17:48:00+01:00",
            "dateModified": modified,
            "publisher": {"@type": "Organization", "name": "RTS Radio Télévision Suisse"},
            "inLanguage": "fr-CH",
        }
    )
    head = f'<meta property="og:site_name" content="rts.ch">\n<meta name="description" content="{attr(RTS_INTRO[0])}">\n{ldj}'
    top = []
    if c.chance(0.5):
        c.kind('"also available in …" language line')
        top.append(
            f'<p class="rts-otherlang"><a href="https://www.srf.ch/">{c.f(c.pick(P["otherlang"]))}</a></p>'
        )
    if c.chance(0.5):
        top.append(fx.tags(c, P, k))
    rail = [fx.weather(c, P, k), fx.mostread(c, P, k)]
    if c.chance(0.5):
        rail.append(fx.lotto(c, P, k))
    bottom = [fx.error_report(c, P, k)] if c.chance(0.5) else []
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    body = f"""<header class="rts-header"><a class="rts-logo" href="/">RTS</a>
<nav class="rts-nav"><a href="/info/">Info</a> <a href="/info/regions/">Régions</a> <a href="/info/suisse/">Suisse</a> <a href="/info/monde/">Monde</a> <a href="/sport/">Sport</a> <a href="/play/">Play RTS</a> <a href="/audio-podcast/">Audio</a></nav></header>
<main class="rts-main" id="main">
<article class="article-live">
<header class="article-live__header"><span class="article-live__badge">En direct</span>
<h1 class="article-live__title">Glissement de terrain à Lutry: la ligne Lausanne-Vevey coupée</h1>
<p class="article-live__meta">RTSinfo, avec Keystone-ATS · Publié le 7 décembre 2026 à 17:48</p></header>
{"".join(top)}
<figure><img src="/img/lutry-talus.jpg" alt="Le talus effondré au-dessus des voies"><figcaption>Le talus a cédé au-dessus de la voie ferrée. [Keystone]</figcaption></figure>
<div class="article-live__intro">
{"".join(f"<p>{esc(p)}</p>" for p in RTS_INTRO)}
</div>
<ol class="live-entries">
{feed}
</ol>
{"".join(bottom)}
</article>
<aside class="rts-aside">{"".join(rail)}</aside>
</main>
<footer class="rts-footer"><a href="/entreprise/">L'entreprise</a> <a href="/conditions-utilisation/">Conditions d'utilisation</a> <a href="/protection-donnees/">Protection des données</a><p>© 2026 RTS Radio Télévision Suisse</p></footer>
{consent}"""
    html = document(
        lang="fr-CH",
        title="Glissement de terrain à Lutry: la ligne Lausanne-Vevey coupée - rts.ch",
        head_extra=head,
        body=body,
        c=c,
        slug=RTS_SLUG,
        prefix="rts",
        app="SRGSSR",
    )
    return Built(html, list(RTS_INTRO), entries, c)


SITES = [
    (LP_SLUG, "La Provence", "fr", "updates", laprovence, LP_GENUINE),
    (RTL_SLUG, "RTL", "fr", "live", rtl, RTL_GENUINE),
    (RTS_SLUG, "RTS Info (CH)", "fr", "live", rts, RTS_GENUINE),
]
