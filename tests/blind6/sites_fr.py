"""French-language publishers: La Voix du Nord (notes), Le Soir (notes), actu.fr live."""

from __future__ import annotations

from chrome import (
    Fx,
    ad,
    ago,
    appeal,
    author,
    cards,
    comments,
    consent,
    esc,
    gallery,
    most_read,
    native,
    poll,
    promo,
    readers,
    readmore,
    related,
    scatter,
    score,
    shell,
    some,
    stocks,
    traffic,
    video,
    weather,
)


def voixdunord(fx: Fx) -> str:
    """La Voix du Nord: "Actualisé à" notes on top, a "Précision" at the bottom."""
    paras = [
        "Un important incendie s'est déclaré dimanche en début d'après-midi dans un entrepôt de stockage de la zone d'activités du Grand Marais, à Lomme.",
        "L'alerte a été donnée vers 13 h 20 par un employé de la société voisine, qui a aperçu une épaisse fumée noire s'échapper de la toiture.",
        "Une soixantaine de sapeurs-pompiers du Service départemental d'incendie et de secours du Nord ont été mobilisés, avec une dizaine d'engins.",
        "« Le bâtiment contenait surtout des palettes et du carton, ce qui explique la hauteur des flammes », a expliqué le commandant Hervé Delcourt sur place.",
        "Par précaution, la préfecture a demandé aux habitants des rues voisines de garder leurs fenêtres fermées. Aucune victime n'est à déplorer.",
        "Une enquête a été ouverte pour déterminer l'origine du sinistre. L'entrepôt, d'une surface de 4 000 mètres carrés, était fermé le dimanche.",
    ]
    units = [fx.p(esc(t), ' class="r-article--paragraph"') for t in paras]
    notes = []
    if fx.final:
        text = "Le feu est désormais éteint. Les pompiers resteront sur place toute la nuit pour surveiller les points chauds, et la rue du Grand Marais restera fermée lundi matin."
        fx.block("update", "Actualisé à 23 h 55", "2026-12-06T23:55:00+01:00", text, genuine=True)
        notes.append(
            f'<p class="r-article--paragraph"><strong>Actualisé à 23 h 55 :</strong> {esc(text)}</p>'
        )
    text = "L'incendie est maîtrisé selon les pompiers, mais les opérations de déblai vont se poursuivre une bonne partie de la nuit. La consigne de fermer les fenêtres est levée."
    fx.block("update", "Actualisé à 18 h 40", "2026-12-06T18:40:00+01:00", text)
    notes.append(
        f'<p class="r-article--paragraph"><strong>Actualisé à 18 h 40 :</strong> {esc(text)}</p>'
    )
    corr = "dans une première version de cet article, nous indiquions que l'entrepôt appartenait à la commune. Il appartient en réalité à une société privée."
    fx.block("correction", "Précision", None, corr)
    inserts = some(
        fx,
        [
            lambda fx: related(fx, "À lire aussi", "r-article--related", 2),
            lambda fx: f'<div class="pub"><span>Publicité</span>{ad(fx, "r-ad")}</div>',
            lambda fx: gallery(fx, "r-diaporama"),
            lambda fx: promo(fx, "r-article--paragraph"),
            lambda fx: traffic(
                fx,
                ["A25 Lomme", "A1 Lille-Paris", "Rocade nord-ouest", "RN41 La Bassée"],
                "r-trafic",
            ),
            lambda fx: score(fx, "Lille OSC", "RC Lens", "Ligue 1", "r-score"),
            lambda fx: appeal(fx, "newsletter", "r-newsletter"),
        ],
        2,
        5,
    )
    body = scatter(fx, units, inserts)
    page = f"""<body class="vdn">
{consent(fx, "didomi-popup")}
<header><a href="/" class="logo">La Voix du Nord</a><nav><a href="/region/lille">Lille</a> <a href="/faits-divers">Faits divers</a></nav></header>
<main>
<article class="r-article">
<p class="r-article--section">Lomme</p>
<h1 class="r-article--title">Lomme : un entrepôt ravagé par un violent incendie, une épaisse fumée au-dessus de la métropole</h1>
<p class="r-article--chapo">Une soixantaine de pompiers ont été mobilisés dimanche après-midi dans la zone du Grand Marais.</p>
<div class="r-article--meta"><span>Par Élodie Vanhove</span> <time datetime="2026-12-06T15:02">Publié le 06/12/2026 à 15:02</time> {comments(fx, 24, "r-comments")}</div>
<p class="r-abo-banner">{"Article réservé aux abonnés" if fx.chance(0.3) else ""}</p>
<div class="r-article--content">
{"".join(notes)}
{body}
<p class="r-article--paragraph"><em>Précision : {esc(corr)}</em></p>
</div>
</article>
{appeal(fx, "subscribe", "r-paywall") if fx.chance(0.5) else ""}
{cards(fx, "Dans votre région", "r-teasers")}
</main>
<aside>{most_read(fx, "r-plus-lus")}{weather(fx, "Lille", 5, "r-meteo")}</aside>
<footer><p>© La Voix du Nord 2026</p></footer>
</body>"""
    return shell(
        fx,
        title="Lomme : un entrepôt ravagé par un violent incendie - La Voix du Nord",
        description="Une soixantaine de pompiers ont été mobilisés dimanche après-midi.",
        url="https://www.lavoixdunord.fr/1700412/article/2026-12-06/lomme-un-entrepot-ravage-par-un-violent-incendie",
        ld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Lomme : un entrepôt ravagé par un violent incendie",
            "datePublished": "2026-12-06T15:02:00+01:00",
        },
        modified=("2026-12-06T18:41:00+01:00", "2026-12-06T23:56:00+01:00"),
        body=page,
        prefix="vdn",
    )


def lesoir(fx: Fx) -> str:
    """Le Soir (Brussels): boxed "Mise à jour" notes set into the story after paragraph 2."""
    paras = [
        "Le tunnel Léopold II est fermé dans les deux sens depuis dimanche midi en raison d'une importante infiltration d'eau à hauteur de la sortie Basilique.",
        "Bruxelles Mobilité a décidé la fermeture après qu'une patrouille a constaté une flaque de plusieurs centimètres sur la chaussée, alimentée par une fuite dans la paroi.",
        "Selon l'administration régionale, la fuite proviendrait d'une conduite d'eau pluviale endommagée au-dessus de l'ouvrage. Des plongeurs ne sont pas nécessaires, précise-t-elle.",
        "Les automobilistes venant de l'E40 sont invités à emprunter le boulevard Léopold II en surface, où la circulation est très dense en cette fin de week-end.",
        "« Nous ne prendrons aucun risque avec la sécurité des usagers », a déclaré la porte-parole de Bruxelles Mobilité, Inès Vandermeulen.",
        "Le tunnel, long de 2,5 kilomètres, avait déjà été fermé deux jours au printemps pour des travaux d'étanchéité.",
    ]
    units = [fx.p(esc(t)) for t in paras]
    rows = [
        (
            "19 h 15",
            "19:15",
            "Les pompes installées par les pompiers ont permis de vider la chaussée. Bruxelles Mobilité attend l'avis d'un bureau d'études avant toute réouverture.",
        ),
        (
            "16 h 50",
            "16:50",
            "La STIB annonce que les bus 88 et 89 sont déviés et ne desservent plus les arrêts situés au-dessus du tunnel.",
        ),
    ]
    if fx.final:
        rows.insert(
            0,
            (
                "23 h 52",
                "23:52",
                "Bruxelles Mobilité confirme que le tunnel restera fermé lundi pendant l'heure de pointe du matin. Une réouverture partielle est espérée en fin de journée.",
            ),
        )
    boxes = []
    for label_time, clock, text in rows:
        label = f"Mise à jour – {label_time}"
        fx.block("update", label, f"2026-12-06T{clock}:00+01:00", text, genuine=clock == "23:52")
        boxes.append(
            f'<div class="article__update"><p class="article__update-title">{esc(label)}</p><p>{esc(text)}</p></div>'
        )
    units[2:2] = boxes
    inserts = some(
        fx,
        [
            lambda fx: readmore(fx, "Lire aussi", "article__inline-link"),
            lambda fx: ad(fx, "ad-rectangle"),
            lambda fx: video(fx, "lesoir-player"),
            lambda fx: stocks(fx, [("BEL 20", 4281.7), ("CAC 40", 7512.3)], "lesoir-bourse"),
            lambda fx: poll(
                fx,
                "Faut-il fermer les tunnels bruxellois la nuit pour les entretenir ?",
                ["Oui", "Non", "Sans avis"],
                "lesoir-sondage",
            ),
            lambda fx: promo(fx, "article__promo"),
            lambda fx: readers(fx, 1800, "lesoir-live-count"),
        ],
        2,
        5,
    )
    body = scatter(fx, units, inserts)
    page = f"""<body class="lesoir">
{consent(fx, "pp-consent")}
<header><a href="/" class="logo">Le Soir</a><nav><a href="/regions/bruxelles">Bruxelles</a> <a href="/mobilite">Mobilité</a></nav></header>
<main>
<article class="article">
<h1 class="article__title">Bruxelles : le tunnel Léopold II fermé après une infiltration d'eau</h1>
<p class="article__chapo">La fermeture pourrait durer au moins jusqu'à lundi, selon Bruxelles Mobilité.</p>
<div class="article__meta"><span>Par Quentin Derasse</span> <time datetime="2026-12-06T13:48:00+01:00">Publié le 6/12/2026 à 13:48</time></div>
<div class="article__body">
{body}
</div>
{author(fx, "Quentin Derasse", "Journaliste au service Bruxelles, Quentin Derasse suit la mobilité et l'urbanisme de la capitale.", 3400, "article__author")}
</article>
{appeal(fx, "donate", "lesoir-soutien") if fx.chance(0.5) else ""}
{related(fx, "Sur le même sujet", "article__related", 3)}
</main>
<aside>{most_read(fx, "lesoir-top")}{traffic(fx, ["Ring R0", "E40 Bruxelles-Liège", "Tunnel Rogier", "E19 Vilvorde"], "lesoir-trafic")}{weather(fx, "Bruxelles", 6, "lesoir-meteo")}</aside>
<footer><p>© Rossel & Cie 2026</p></footer>
</body>"""
    return shell(
        fx,
        title="Bruxelles : le tunnel Léopold II fermé après une infiltration d'eau - Le Soir",
        description="La fermeture pourrait durer au moins jusqu'à lundi.",
        url="https://www.lesoir.be/712004/article/2026-12-06/bruxelles-le-tunnel-leopold-ii-ferme-apres-une-infiltration-deau",
        ld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Bruxelles : le tunnel Léopold II fermé",
            "datePublished": "2026-12-06T13:48:00+01:00",
        },
        modified=("2026-12-06T19:16:00+01:00", "2026-12-06T23:53:00+01:00"),
        body=page,
        prefix="ls",
    )


ACTU_ENTRIES = [
    (
        "22h41",
        "La Seine devrait atteindre son pic vers 2 heures",
        "Selon Vigicrues, le fleuve devrait culminer à 8,95 mètres au pont Jeanne-d'Arc dans la nuit, avant d'amorcer une lente décrue lundi.",
    ),
    (
        "22h07",
        None,
        "Sur les quais rive gauche, plusieurs commerçants ont surélevé leurs marchandises avec des parpaings. « On a l'habitude, mais pas aussi tôt dans l'hiver », confie une fleuriste.",
    ),
    (
        "21h33",
        "Le métro ne circule plus sous la Seine",
        "Le réseau Astuce annonce l'interruption du métro entre les stations Théâtre des Arts et Saint-Sever. Des bus relais ont été mis en place.",
    ),
    (
        "20h52",
        "Les quais bas fermés à la circulation",
        "La mairie de Rouen a fermé les quais bas rive droite et rive gauche jusqu'à nouvel ordre. Les véhicules stationnés ont été enlevés dans l'après-midi.",
    ),
    (
        "20h15",
        "Vigilance orange crues pour la Seine aval",
        "La préfecture de Seine-Maritime a placé le tronçon de la Seine entre Poses et Rouen en vigilance orange crues dimanche soir.",
    ),
]


def actu(fx: Fx) -> str:
    """actu.fr (Publihebdos) direct: "22h41" stamps, one entry without a title."""
    intro = [
        "La Seine continue de monter à Rouen (Seine-Maritime) ce dimanche 6 décembre 2026, après plusieurs jours de fortes pluies en amont.",
        "Les quais bas sont fermés et le métro est interrompu. Suivez l'évolution de la situation dans notre direct.",
    ]
    chapo = "".join(fx.p(esc(t), ' class="live-chapo__p"') for t in intro)
    rows = list(ACTU_ENTRIES)
    if fx.final:
        rows.insert(
            0,
            (
                "23h53",
                "Des sacs de sable distribués à Croisset",
                "La commune de Canteleu a ouvert un point de distribution de sacs de sable à Croisset pour les riverains des bords de Seine, jusqu'à 2 heures du matin.",
            ),
        )
    entries, updates = [], []
    for i, (clock, head, text) in enumerate(rows):
        iso = f"2026-12-06T{clock.replace('h', ':')}:00+01:00"
        fx.block("live_entry", clock, iso, text, headline=head, genuine=fx.final and i == 0)
        title = f'<h2 class="live-post__title">{esc(head)}</h2>' if head else ""
        entries.append(
            f'<div class="live-post"><div class="live-post__header"><span class="live-post__hour">{clock}</span></div>'
            f'{title}<div class="live-post__content"><p>{esc(text)}</p></div></div>'
        )
        updates.append(
            {"@type": "BlogPosting", "headline": head or text[:60], "datePublished": iso}
        )
    inserts = some(
        fx,
        [
            lambda fx: (
                f'<div class="ad-unit"><span class="ad-unit__label">Publicité</span>{native(fx, "ad-unit__native")}</div>'
            ),
            lambda fx: promo(fx, "live-promo"),
            lambda fx: video(fx, "live-video"),
            lambda fx: traffic(
                fx,
                ["Pont Flaubert", "Pont Guillaume-le-Conquérant", "A150 Maromme", "Quai de Paris"],
                "live-trafic",
            ),
            lambda fx: weather(fx, "Rouen", 8, "live-meteo"),
            lambda fx: readmore(fx, "À LIRE AUSSI", "live-readmore"),
            lambda fx: (
                f'<p class="live-whatsapp">{fx.f("Rejoignez notre chaîne WhatsApp pour recevoir les informations essentielles de Rouen.")}</p>'
            ),
        ],
        3,
        5,
    )
    feed = scatter(fx, entries, inserts)
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Crue de la Seine à Rouen : suivez notre direct",
        "datePublished": "2026-12-06T20:05:00+01:00",
        "liveBlogUpdate": updates,
    }
    page = f"""<body class="actu">
{consent(fx, "sd-cmp")}
<header><a href="/" class="actu-logo">actu.fr</a><nav><a href="/normandie/rouen_76540">Rouen</a></nav></header>
<main>
<article class="live">
<span class="live-badge">{"EN DIRECT" if fx.chance(0.6) else ""}</span>
<h1 class="live-title">Crue de la Seine à Rouen : les quais fermés, le métro interrompu, suivez notre direct</h1>
<div class="live-meta"><span>Par Rédaction Rouen</span> <span>Publié le 6 déc. 26 à 20:05</span> {ago(fx, 19, "live-updated")}</div>
{readers(fx, 3100, "live-audience") if fx.chance(0.6) else ""}
<div class="live-chapo">{chapo}</div>
<div class="live-feed">
{feed}
</div>
</article>
{appeal(fx, "app", "actu-app") if fx.chance(0.5) else ""}
{cards(fx, None, "actu-reco")}
</main>
<aside>{most_read(fx, "actu-populaires")}</aside>
<footer><p>© 2026 actu.fr – Publihebdos</p></footer>
</body>"""
    return shell(
        fx,
        title="Crue de la Seine à Rouen : suivez notre direct | actu.fr",
        description="La Seine continue de monter à Rouen.",
        url="https://actu.fr/normandie/rouen_76540/direct-crue-seine-rouen_61124001.html",
        ld=ld,
        modified=("2026-12-06T22:41:00+01:00", "2026-12-06T23:53:00+01:00"),
        body=page,
        prefix="ac",
    )


SITES = [
    ("lavoixdunord-lomme-entrepot-incendie", "La Voix du Nord", "fr", "updates", voixdunord),
    ("lesoir-tunnel-leopold-infiltration", "Le Soir", "fr", "updates", lesoir),
    ("actu-direct-rouen-crue-seine", "actu.fr", "fr", "live", actu),
]
