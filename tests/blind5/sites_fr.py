"""French pages: Le Point, La Dépêche du Midi (notes) and France 24 live."""

from __future__ import annotations

from chrome import (
    Rec,
    doc,
    esc,
    gallery,
    iso,
    jsonld,
    line,
    list_box,
    maybe,
    minutes_since,
    modified,
    native_ads,
    num,
    quote_box,
    scatter,
    teaser_box,
    teaser_para,
    video_playlist,
    widget_rows,
)

CONSENT_FR = (
    "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires "
    "pour stocker et accéder à des informations personnelles comme votre visite sur ce site."
)

# ---------------------------------------------------------------------------------------------
# Le Point

LP_PARAS = [
    "Le tunnel de la Croix-Rousse, à Lyon, est fermé à la circulation depuis dimanche matin après l'incendie d'un bus de la ligne C13, qui a pris feu vers 8 h 15 dans le tube routier en direction de Caluire. Aucun des onze passagers n'a été blessé.",
    "Selon la préfecture du Rhône, le chauffeur a repéré de la fumée s'échappant du compartiment moteur et a immédiatement fait évacuer le véhicule. Les passagers ont rejoint à pied la galerie de sécurité, parallèle au tunnel.",
    "Les sapeurs-pompiers du Rhône ont mobilisé une quarantaine d'hommes pour venir à bout des flammes. La chaleur a endommagé une partie de l'éclairage et des câbles de ventilation, a indiqué la Métropole de Lyon.",
    "« Le dispositif de sécurité a fonctionné exactement comme prévu », a assuré Fabien Marsaud-Leroy, vice-président de la Métropole chargé des déplacements, lors d'un point presse sur place.",
    "La fermeture du tunnel, emprunté chaque jour par près de 50 000 véhicules, a provoqué d'importants embouteillages sur les quais du Rhône et sur le boulevard de la Croix-Rousse. Le tube réservé aux piétons et aux cyclistes reste ouvert.",
    "Le Sytral, l'autorité organisatrice des transports lyonnais, a annoncé que les bus de la ligne C13 seraient déviés par le pont Winston-Churchill jusqu'à nouvel ordre.",
    "Une enquête a été ouverte pour déterminer l'origine du sinistre. Le bus, un modèle électrique mis en service en 2023, avait passé sa dernière révision en octobre, selon l'exploitant.",
    "La Métropole n'a pas encore fixé de date de réouverture. Des expertises sur la voûte doivent être menées lundi.",
]
LP_UPDATE = (
    "17 h 10",
    "17:10",
    "La préfecture a indiqué que la batterie du bus n'était pas en cause : le feu serait parti d'un système de chauffage d'appoint, selon les premières constatations des enquêteurs.",
)
LP_GENUINE = (
    "23 h 54",
    "23:54",
    "La Métropole de Lyon annonce une réouverture partielle du tunnel dès mardi matin, avec une seule voie dans chaque sens, après un premier diagnostic jugé rassurant.",
)
LP_ERRATUM = "dans une précédente version de cet article, nous indiquions que le bus circulait en direction de la place Sathonay. Il se dirigeait vers Caluire."
LP_LIRE = [
    "Tunnels routiers : après le Mont-Blanc, la sécurité en question",
    "Lyon : la Métropole accélère l'électrification de ses bus",
    "Bus électriques : faut-il craindre les incendies de batteries ?",
    "Croix-Rousse : le tunnel modes doux fête ses dix ans",
    "Embouteillages : Lyon, ville la plus congestionnée de France après Paris",
]
LP_QUOTES = [
    "« La ville est un livre qu'il faut apprendre à lire. » — Armand Delcourt, urbaniste",
    "« Un tunnel n'est jamais qu'un pont qui a choisi l'humilité. » — Solène Varin, ingénieure",
    "« Rien n'est plus lent qu'une ville pressée. » — Pierre-Louis Maraval, écrivain",
    "« Le progrès, c'est de savoir où l'on va quand la route est coupée. » — Inès Barthe, philosophe",
]
LP_MOST = [
    "Retraites : ce que prévoit le nouveau texte du gouvernement",
    "Ski : les stations des Alpes ouvrent avec deux semaines d'avance",
    "Immobilier : les prix reculent dans neuf grandes villes sur dix",
    "Ligue 1 : l'OL s'offre le PSG au Groupama Stadium",
    "Santé : le vaccin contre la bronchiolite étendu aux seniors",
]
LP_ADS = [
    ("Les Lyonnais se ruent sur ce nouveau dispositif de rénovation", "Rénov'Éco"),
    ("Cette montre connectée française fait un carton à Noël", "Horlogerie Vauban"),
    ("Placement : pourquoi tant de retraités choisissent cette solution", "Patrimoine Conseil"),
    ("Le secret des Japonais pour garder un ventre plat", "Nutrilys"),
]


def _lp_update(rec: Rec, spec: tuple[str, str, str], genuine: bool = False) -> str:
    printed, clock, text = spec
    label = f"Actualisation, {printed}"
    rec.block("update", label, iso(clock, 1), text, genuine=genuine)
    return f'<p class="art-update"><strong>{label}.</strong> {esc(text)}</p>'


def lepoint(rec: Rec) -> str:
    c = "lp-{}".format
    paras = [rec.p(t) for t in LP_PARAS]
    inserts = [
        teaser_para(rec, c, "LIRE AUSSI", LP_LIRE, sep=" "),
        teaser_para(rec, c, "LIRE AUSSI", LP_LIRE, sep=" "),
        native_ads(rec, c, "Contenus sponsorisés", LP_ADS, 2, "par Taboola"),
        maybe(
            rec,
            0.5,
            lambda: (
                '<div class="lp-offer"><p>'
                + rec.f(
                    "Offre spéciale : 1 € le premier mois, sans engagement. Profitez de tous nos articles en illimité.",
                    "subscription box",
                )
                + "</p><a href=/abonnement>Je m'abonne</a></div>"
            ),
            "subscription box",
        ),
    ]
    body = scatter(rec, paras, [i for i in inserts if i], skip_first=2)
    notes = []
    if rec.last:
        notes.append(_lp_update(rec, LP_GENUINE, genuine=True))
    notes.append(_lp_update(rec, LP_UPDATE))
    rec.block("correction", "Erratum", None, LP_ERRATUM)
    erratum = f"<p><em>Erratum : {esc(LP_ERRATUM)}</em></p>"
    meter = line(
        rec,
        c,
        "meter",
        f"Il vous reste {rec.rng.randint(1, 4)} articles gratuits ce mois-ci.",
        "paywall meter",
        "p",
    )
    comments = line(
        rec, c, "comments", f"{rec.rng.randint(20, 70)} commentaires", "comment count", "a"
    )
    quote = quote_box(rec, c, "La phrase du jour", LP_QUOTES)
    most = list_box(rec, c, "Les plus lus", LP_MOST, 5, "most read", shuffle_only=True)
    consent = maybe(
        rec,
        0.4,
        lambda: (
            f'<div id="didomi-host"><p>{rec.f(CONSENT_FR, "consent banner")}</p><button>Accepter &amp; Fermer</button></div>'
        ),
        "consent banner",
    )
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Lyon : le tunnel de la Croix-Rousse fermé après l'incendie d'un bus",
            "datePublished": "2026-12-06T11:32:00+01:00",
            "dateModified": modified(rec, "17:10", "23:54", 1),
            "author": {"@type": "Person", "name": "Claire Mounier"},
        }
    )
    page = f"""{consent}
<header class="lp-header"><a href="/" class="lp-logo">Le Point</a><nav><a href="/politique/">Politique</a><a href="/societe/">Société</a><a href="/economie/">Économie</a><a href="/culture/">Culture</a></nav></header>
{meter}
<main class="lp-main">
<article class="article-styles">
<header class="art-header">
<p class="art-rubrique"><a href="/societe/">Société</a></p>
<h1 class="art-title">Lyon : le tunnel de la Croix-Rousse fermé après l'incendie d'un bus</h1>
<h2 class="art-chapeau">Un bus électrique a pris feu dimanche matin dans le tunnel. Les onze passagers ont été évacués sans blessure.</h2>
<div class="art-meta"><span class="art-auteur">Par Claire Mounier</span> <time datetime="2026-12-06T11:32:00+01:00">Publié le 06/12/2026 à 11h32</time> {comments}</div>
</header>
<div class="ArticleBody">
{chr(10).join(notes)}
{body}
{erratum}
</div>
{quote}
</article>
<aside class="lp-aside">{most}</aside>
</main>
<footer class="lp-footer"><p>© Le Point 2026</p></footer>"""
    return doc(
        rec,
        "Lyon : le tunnel de la Croix-Rousse fermé après l'incendie d'un bus",
        head,
        ' class="lp-page"',
        page,
        "lp-",
    )


# ---------------------------------------------------------------------------------------------
# La Dépêche du Midi

LD_PARAS = [
    "Le marché de Noël de la place du Capitole, à Toulouse, a été évacué dimanche en début d'après-midi après la découverte d'une fuite de gaz sur un chalet de restauration. Plusieurs milliers de visiteurs ont dû quitter la place dans le calme.",
    "L'alerte a été donnée vers 13 h 40 par un commerçant qui a senti une forte odeur de gaz près d'une bouteille de propane alimentant une plancha. Les sapeurs-pompiers de la Haute-Garonne ont aussitôt établi un périmètre de sécurité de cent mètres.",
    "Les rues Saint-Rome et du Taur ont été fermées aux piétons pendant plus d'une heure, et Tisséo a fermé temporairement la station de métro Capitole.",
    "« On nous a demandé de tout laisser sur place, les caisses et la marchandise », raconte Mireille Aubanel, qui tient un stand de santons depuis douze ans. « Personne n'a paniqué, mais on a eu peur pour les enfants. »",
    "Selon la mairie, le chalet concerné avait été contrôlé lors de l'installation du marché, le 21 novembre. Une vérification de l'ensemble des installations au gaz a été demandée.",
    "Le marché, qui compte 120 chalets, avait accueilli plus de 80 000 visiteurs le week-end précédent, selon l'office de tourisme.",
    "La suite dépendra des résultats des contrôles, a précisé l'adjoint au maire chargé de la sécurité, Bertrand Vialaret.",
]
LD_UPDATE = (
    "16 h 05",
    "16:05",
    "le marché de Noël a rouvert à 15 h 50, à l'exception du chalet concerné, qui restera fermé jusqu'à la fin des contrôles.",
)
LD_GENUINE = (
    "23 h 56",
    "23:56",
    "la mairie de Toulouse annonce que tous les chalets utilisant du gaz seront inspectés lundi matin, avant l'ouverture prévue à 11 heures.",
)
LD_SUJET = [
    "Toulouse : les horaires du marché de Noël du Capitole",
    "Marchés de Noël en Occitanie : nos dix coups de cœur",
    "Bouteilles de gaz : les règles de sécurité qui s'imposent aux commerçants",
    "Place du Capitole : la grande roue ne reviendra pas en 2027",
    "Toulouse : un chalet du marché de Noël cambriolé dans la nuit",
]
LD_PROMO = [
    "Retrouvez toute l'actualité de Toulouse et de sa région dans notre newsletter quotidienne, gratuite et envoyée chaque matin à 7 heures.",
    "Vous avez été témoin d'un événement dans votre quartier ? Envoyez-nous vos photos et vos vidéos via notre formulaire en ligne.",
    "Suivez La Dépêche sur WhatsApp pour recevoir les informations essentielles de la journée directement sur votre téléphone.",
]
LD_GALLERY = [
    "Les pompiers sur la place du Capitole vers 14 heures.",
    "Les visiteurs évacués rue Saint-Rome.",
    "Le chalet de restauration à l'origine de l'alerte.",
    "La réouverture du marché en fin d'après-midi.",
]
LD_MOST = [
    "Rugby : le Stade Toulousain enchaîne une septième victoire",
    "Airbus : nouvelle commande géante annoncée à Blagnac",
    "Météo : un week-end de gel annoncé en Haute-Garonne",
    "Toulouse : la troisième ligne de métro prend du retard",
    "Gers : un village se mobilise pour sauver son école",
]
LD_TRAFFIC = [
    "Périphérique intérieur : ralentissements entre Lespinet et Empalot",
    "A62 vers Bordeaux : bouchon de 3 km à Saint-Jory",
    "Rocade Arc-en-Ciel : circulation fluide",
    "A61 vers Narbonne : accident à Montgiscard, une voie fermée",
]
LD_ADS = [
    ("Toulousains : cette aide méconnue pour isoler sa maison", "Isolation Sud"),
    ("Ce chausseur français fait fureur chez les randonneurs", "Pyrène Outdoor"),
    ("Les 15 plus beaux villages du Lot à visiter cet hiver", "Escapades Occitanie"),
    ("Douleurs de dos : l'astuce d'un kiné toulousain", "Dos Santé"),
]


def _ld_update(rec: Rec, spec: tuple[str, str, str], genuine: bool = False) -> str:
    printed, clock, text = spec
    label = f"Mise à jour à {printed}"
    rec.block("update", label, iso(clock, 1), text, genuine=genuine)
    return f'<p class="article-full__maj"><strong>{label} :</strong> {esc(text)}</p>'


def ladepeche(rec: Rec) -> str:
    c = "ld-{}".format
    paras = [rec.p(t) for t in LD_PARAS]
    inserts = [
        teaser_box(rec, c, "Sur le même sujet", LD_SUJET, 2),
        f'<p class="article-full__promo">{rec.f(rec.pick(LD_PROMO)[0], "promo paragraph")}</p>',
        gallery(rec, c, "Photo {i}/{n}", LD_GALLERY),
        maybe(
            rec,
            0.5,
            lambda: (
                '<div class="ld-newsletter"><p>'
                + rec.f(
                    "Newsletter Toulouse : l'essentiel de l'actu chaque matin dans votre boîte mail.",
                    "newsletter box",
                )
                + "</p><button>S'inscrire</button></div>"
            ),
            "newsletter box",
        ),
    ]
    body = scatter(rec, paras, [i for i in inserts if i], skip_first=2)
    notes = [_ld_update(rec, LD_UPDATE)]
    if rec.last:
        notes.append(_ld_update(rec, LD_GENUINE, genuine=True))
    minute = min(80, 52 + 5 * rec.fetch)
    score = widget_rows(
        rec,
        c,
        "score",
        "Top 14 en direct",
        [
            f"Stade Toulousain {21 + 3 * (rec.fetch >= 2) + 7 * (rec.fetch >= 5)} – {17 + 3 * (rec.fetch >= 4)} Castres Olympique ({minute}e)"
        ],
        "sports score",
    )
    weather = widget_rows(
        rec,
        c,
        "meteo",
        "Météo",
        [
            f"Toulouse : {rec.rng.randint(6, 10)} °C, {rec.rng.choice(['éclaircies', 'nuageux', 'averses'])}"
        ],
        "weather",
    )
    traffic = widget_rows(rec, c, "trafic", "Trafic", rec.pick(LD_TRAFFIC, 2), "traffic")
    shares = line(
        rec, c, "shares", f"{num(rec.rng.randint(200, 1400), 'fr')} partages", "share count", "span"
    )
    most = list_box(rec, c, "Les plus lus", LD_MOST, 5, "most read", shuffle_only=True)
    ads = native_ads(rec, c, "Vous aimerez aussi", LD_ADS, 2, "Sponsorisé")
    consent = maybe(
        rec,
        0.4,
        lambda: (
            f'<div class="ld-consent" role="dialog"><p>{rec.f(CONSENT_FR, "consent banner")}</p><button>Accepter</button></div>'
        ),
        "consent banner",
    )
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Toulouse : le marché de Noël du Capitole évacué après une fuite de gaz",
            "datePublished": "2026-12-06T14:12:00+01:00",
            "dateModified": modified(rec, "16:05", "23:56", 1),
        }
    )
    page = f"""{consent}
<header class="header-main"><a href="/" class="header-main__logo">La Dépêche</a><nav><a href="/communes/toulouse,31555.html">Toulouse</a><a href="/sports/">Sports</a><a href="/faits-divers/">Faits divers</a></nav></header>
<main class="main">
<article class="article-full">
<header class="article-full__header">
<h1 class="article-full__title">Toulouse : le marché de Noël du Capitole évacué après une fuite de gaz</h1>
<p class="article-full__chapo">Plusieurs milliers de visiteurs ont quitté la place dimanche après-midi. Le marché a rouvert en fin de journée.</p>
<p class="article-full__author">Jérôme Castagné</p>
<p class="article-full__date">Publié le 06/12/2026 à 14:12</p>
{shares}
</header>
<div class="article-full__body-content">
{body}
{chr(10).join(notes)}
</div>
{ads}
</article>
<aside class="aside">{score}{weather}{traffic}{most}</aside>
</main>
<footer class="footer"><p>© La Dépêche du Midi 2026</p></footer>"""
    return doc(
        rec,
        "Toulouse : le marché de Noël du Capitole évacué après une fuite de gaz - ladepeche.fr",
        head,
        ' class="page-article"',
        page,
        "ld-",
    )


# ---------------------------------------------------------------------------------------------
# France 24 live

F24_INTRO = [
    "Le Rhône est en crue depuis samedi après plusieurs jours de pluies diluviennes dans les Alpes et les Cévennes. À Avignon, les quais ont été évacués et le pic est attendu dans la nuit de dimanche à lundi.",
    "Suivez notre direct.",
]
F24_ENTRIES = [
    (
        "22:44",
        "Le pic de crue attendu vers 3 h à Avignon",
        [
            "Selon Vigicrues, le Rhône devrait atteindre son niveau maximal vers 3 heures du matin à Avignon, à une hauteur comparable à celle de la crue de 2003."
        ],
    ),
    (
        "22:12",
        "Près de 1 200 habitants évacués",
        [
            "La préfecture du Vaucluse indique que 1 180 personnes ont été évacuées à Avignon et au Pontet. Un gymnase a été ouvert pour les accueillir."
        ],
    ),
    (
        "21:40",
        "Trafic ferroviaire interrompu entre Avignon et Nîmes",
        [
            "La SNCF a suspendu la circulation des TER entre Avignon-Centre et Nîmes en raison de la montée des eaux près de la voie ferrée."
        ],
    ),
    (
        "21:03",
        "Vigilance rouge maintenue pour le Vaucluse et le Gard",
        [
            "Météo-France et Vigicrues maintiennent la vigilance rouge crues pour les deux départements jusqu'à lundi midi au moins."
        ],
    ),
    (
        "20:25",
        "L'île de la Barthelasse entièrement évacuée",
        [
            "Les derniers habitants de l'île de la Barthelasse ont quitté leur domicile en fin d'après-midi, a annoncé la mairie d'Avignon.",
            "Le pont Daladier est fermé à la circulation.",
        ],
    ),
    (
        "19:50",
        "Le Rhône dépasse les 7 mètres à Beaucaire",
        [
            "La station de mesure de Beaucaire a relevé une hauteur de 7,12 mètres à 19 h 30, en hausse de 40 centimètres en trois heures."
        ],
    ),
]
F24_GENUINE = (
    "23:53",
    "Un deuxième centre d'hébergement ouvert à Avignon",
    [
        "Le préfet du Vaucluse a ouvert un deuxième centre d'hébergement d'urgence au parc des expositions de Châteaublanc, qui peut accueillir 400 personnes."
    ],
)
F24_DECOUVRIR = [
    "Inondations : pourquoi les crues du Rhône sont si difficiles à prévoir",
    "Climat : l'Europe face à des pluies extrêmes de plus en plus fréquentes",
    "Provence : les digues du Rhône ont-elles été assez entretenues ?",
    "Crues : comment fonctionne le réseau Vigicrues",
    "Avignon : le souvenir de la crue de 2003",
]
F24_VIDEO = [
    "Crue du Rhône : les images des quais inondés à Avignon",
    "Le journal de l'Afrique",
    "Ukraine : reportage sur la ligne de front",
    "Tech 24 : les robots de la prochaine décennie",
    "Le débat de France 24",
]
F24_ADS = [
    ("Cette application de langues change tout pour les expatriés", "Lingoa"),
    ("Voyage : les destinations les moins chères en janvier", "Évasion Plus"),
    ("Investir dans l'or en 2027 : ce qu'il faut savoir", "Or & Patrimoine"),
    ("Cet aspirateur robot est le plus vendu de l'année", "Maison Conseil"),
]


def _f24_entry(rec: Rec, entry: tuple[str, str, list[str]], genuine: bool = False) -> str:
    clock, title, paras = entry
    rec.block("live_entry", clock, iso(clock, 1), " ".join(paras), headline=title, genuine=genuine)
    ago = minutes_since(rec, clock, 1)
    rel = f"il y a {ago} min" if ago < 60 else f"il y a {ago // 60} h"
    return (
        f'<div class="m-live-item" id="item-{clock.replace(":", "")}">'
        f'<p class="m-live-item__meta"><span class="m-live-item__time">{clock}</span> '
        f'<span class="m-live-item__ago">{rec.f(rel, "relative time")}</span></p>'
        f'<h2 class="m-live-item__title">{esc(title)}</h2>'
        f'<div class="t-content__body">'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div></div>"
    )


def france24(rec: Rec) -> str:
    c = "f24-{}".format
    intro = [rec.p(t) for t in F24_INTRO]
    all_entries = ([F24_GENUINE] if rec.last else []) + F24_ENTRIES
    entries = []
    for i, e in enumerate(all_entries):
        entries.append(_f24_entry(rec, e, genuine=rec.last and i == 0))
    inserts = [
        teaser_box(rec, c, "À découvrir", F24_DECOUVRIR, 1),
        native_ads(rec, c, "Contenus sponsorisés", F24_ADS, 2),
        maybe(
            rec,
            0.5,
            lambda: (
                '<div class="f24-newsletter"><p>'
                + rec.f(
                    "Recevez l'essentiel de l'actualité internationale chaque matin : abonnez-vous à la newsletter de France 24.",
                    "newsletter box",
                )
                + "</p></div>"
            ),
            "newsletter box",
        ),
    ]
    stream = scatter(rec, entries, [i for i in inserts if i], skip_first=1)
    rec.k("live badge")
    badge = '<span class="m-live-badge">EN DIRECT</span>' if rec.chance(0.5) else ""
    readers = line(
        rec,
        c,
        "followers",
        f"{num(rec.rng.randint(1500, 3200), 'fr')} personnes suivent ce direct",
        "reader counter",
        "p",
    )
    vids = video_playlist(rec, c, "France 24 en direct", F24_VIDEO, 3)
    consent = maybe(
        rec,
        0.4,
        lambda: (
            f'<div id="didomi-notice"><p>{rec.f(CONSENT_FR, "consent banner")}</p><button>Accepter</button></div>'
        ),
        "consent banner",
    )
    updates = [
        {
            "@type": "BlogPosting",
            "headline": title,
            "datePublished": iso(clock, 1),
            "articleBody": " ".join(paras),
        }
        for clock, title, paras in all_entries
    ]
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "EN DIRECT – Crue du Rhône : Avignon évacue ses quais, le pic attendu dans la nuit",
            "datePublished": "2026-12-06T19:30:00+01:00",
            "dateModified": modified(rec, "22:44", "23:53", 1),
            "coverageStartTime": "2026-12-06T19:30:00+01:00",
            "liveBlogUpdate": updates,
        }
    )
    page = f"""{consent}
<header class="o-header"><a href="/fr/" class="o-header__logo">France 24</a><nav><a href="/fr/france/">France</a><a href="/fr/europe/">Europe</a><a href="/fr/afrique/">Afrique</a><a href="/fr/eco-tech/">Éco/Tech</a></nav></header>
<main class="o-main">
<article class="t-content t-content--live">
<header class="t-content__header">{badge}
<h1 class="t-content__title">EN DIRECT – Crue du Rhône : Avignon évacue ses quais, le pic attendu dans la nuit</h1>
<p class="m-pub-dates">Publié le : 06/12/2026 - 19:30 <span>(heure de Paris)</span></p>
{readers}
</header>
<div class="t-content__main-media">{vids}</div>
<div class="m-live-summary">
{chr(10).join(intro)}
</div>
<div class="o-live-stream">
{stream}
</div>
</article>
</main>
<footer class="o-footer"><p>© France Médias Monde 2026</p></footer>"""
    return doc(
        rec,
        "EN DIRECT – Crue du Rhône : Avignon évacue ses quais",
        head,
        ' class="f24"',
        page,
        "f24-",
    )
