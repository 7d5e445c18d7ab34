"""French-language pages: Libération, RTBF (notes), 20 Minutes, BFMTV (live) and Le Parisien
(plain)."""

from __future__ import annotations

from chrome import (
    ADS,
    COOKIE,
    TEASERS,
    Px,
    analytics,
    css,
    doc,
    esc,
    jsonld,
    nav,
    thousands,
    ts,
)

CET = "+01:00"


# ---------------------------------------------------------------------------------------------
# Libération: styled-components classes, italic "Mise à jour le ... :" on top, "Rectificatif" below.


def liberation(px: Px) -> str:
    r = px.rnd
    out = []

    def maj(stamp: str, hhmm: str, text: str, genuine: bool = False) -> str:
        label = f"Mise à jour le {stamp}"
        return (
            f'<p class="sc-jfTVlA article-body-paragraph"><em><strong>{esc(label)} :</strong> '
            + px.note("update", label, text, ts(hhmm, CET), genuine=genuine)
            + "</em></p>"
        )

    if px.genuine:
        out.append(
            maj(
                "6 décembre 2026 à 23h55",
                "23:55",
                "la préfecture des Bouches-du-Rhône annonce la réquisition de quarante agents pour dégager les abords des écoles avant la rentrée de lundi matin.",
                genuine=True,
            )
        )
    out.append(
        maj(
            "6 décembre 2026 à 16h12",
            "16:12",
            "la métropole Aix-Marseille-Provence a annoncé en fin d’après-midi l’ouverture d’une négociation lundi à 10 heures avec l’intersyndicale.",
        )
    )
    paras = [
        "Les poubelles s’amoncellent sur les trottoirs du centre-ville de Marseille. Au sixième jour de grève des éboueurs, près de 5 000 tonnes de déchets n’avaient pas été ramassées dimanche matin, selon les chiffres de la métropole.",
        "Dans le quartier de Noailles, des sacs éventrés débordent jusque sur la chaussée de la rue d’Aubagne. «On ne peut plus ouvrir les fenêtres», soupire Fatima, commerçante depuis vingt ans dans le quartier. «Et les rats n’attendent pas la fin de la grève.»",
        "Le mouvement, lancé par l’intersyndicale le 1er décembre, porte sur la réorganisation des tournées prévue pour janvier. Les agents dénoncent un allongement des circuits sans embauches supplémentaires.",
        "Côté métropole, on assure que la réforme doit «améliorer la qualité du service dans les quartiers nord», longtemps délaissés. Le vice-président chargé de la propreté, Alain Bérenger, a dénoncé samedi «une prise d’otage des habitants».",
        "Le syndicat majoritaire réclame le gel du projet et la création de 80 postes. «Nous ne sommes pas contre le changement, nous sommes contre le fait de faire plus avec moins», explique son secrétaire général, Karim Naceri.",
        "À la veille de la rentrée scolaire de lundi, plusieurs parents d’élèves se sont inquiétés de l’état des abords des écoles. La mairie de secteur a promis des interventions ciblées.",
    ]
    teaser_at = r.choice([1, 2, 3])
    for k, p in enumerate(paras):
        out.append(f'<p class="sc-jfTVlA article-body-paragraph">{px.B(esc(p))}</p>')
        if k == teaser_at:
            t = r.choice(TEASERS["fr"][:7])
            out.append(
                f'<div class="sc-fXSgeo kWuZpa"><span class="sc-kicker">A lire aussi</span><a>{px.F(t)}</a></div>'
            )
        if k == 3 and r.random() < 0.5:
            out.append(
                f'<div class="sc-don"><p>{px.F("Libération est un journal indépendant. Soutenez-nous : abonnez-vous pour 1 € le premier mois.")}</p></div>'
            )
    out.append(
        '<p class="sc-jfTVlA article-body-paragraph"><em>Rectificatif : '
        + px.note(
            "correction",
            "Rectificatif",
            "dans une première version de cet article, nous indiquions que la grève avait débuté le 28 novembre. Elle a commencé le 1er décembre.",
            None,
        )
        + "</em></p>"
    )
    body = f"""
<div class="sc-cmp"><p>{px.F(COOKIE["fr"])}</p><button>Accepter</button><button>Continuer sans accepter</button></div>
<header class="sc-hdr"><a href="/" class="sc-logo">Libération</a>{nav(["Politique", "International", "Economie", "Société", "Environnement", "Culture", "Idées et débats", "Lifestyle", "Checknews", "Sports"], "sc-nav", "")}<a>S’abonner</a></header>
<main class="sc-main"><article class="sc-article">
<div class="sc-rubric"><a href="/societe">Société</a> · <span>Propreté</span></div>
<h1 class="sc-title">A Marseille, les déchets s’accumulent au sixième jour de grève des éboueurs</h1>
<span class="sc-subtitle">Près de 5 000 tonnes d’ordures n’ont pas été ramassées. La métropole et l’intersyndicale restent sur leurs positions.</span>
<div class="sc-authors">par <a>Juliette Ravanel</a>, correspondante à Marseille</div>
<div class="sc-dates">publié le 6 décembre 2026 à 11h32 (mis à jour à 16h12)</div>
<div class="sc-share"><button>Partager</button><button>Offrir cet article</button><span class="sc-reading">{px.F("Temps de lecture : 3 min")}</span></div>
<figure><img src="/img/marseille.jpg" alt=""><figcaption>Rue d’Aubagne, à Marseille, dimanche. (Clément Marot/Libération)</figcaption></figure>
<div class="article-body-wrapper">{"".join(out)}</div>
<div class="sc-newsletter"><p>{px.F("La newsletter de Libé : chaque matin, l’essentiel de l’actualité par la rédaction.")}</p></div>
</article>
<aside class="sc-lesplus"><h3>Les plus lus</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["fr"], 5))}</ol></aside></main>
<footer class="sc-footer">{nav(["Mentions légales", "CGU", "Politique de confidentialité", "Gestion des cookies", "Contact", "Abonnements", "Charte éthique"], "sc-foot", "")}<p>{px.F("© Libération 2026")}</p></footer>"""
    head = (
        css("sc", 70)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "A Marseille, les déchets s’accumulent au sixième jour de grève des éboueurs",
                "datePublished": "2026-12-06T11:32:00+01:00",
                "dateModified": "2026-12-06T23:55:00+01:00"
                if px.genuine
                else "2026-12-06T16:12:00+01:00",
            }
        )
        + analytics("liberation")
    )
    return doc(
        "fr",
        "A Marseille, les déchets s’accumulent au sixième jour de grève des éboueurs – Libération",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# RTBF: a "Précision :" correction inside the body, "Article mis à jour le ..." at the bottom.


def rtbf(px: Px) -> str:
    r = px.rnd
    paras = [
        "La mise en service du prolongement du tram de Liège vers Herstal est reportée de plusieurs mois. L’Opérateur de transport de Wallonie l’a confirmé ce dimanche, en évoquant des défauts sur une partie des rails posés l’été dernier.",
        "Le tronçon de 4,3 kilomètres devait accueillir ses premiers voyageurs le 15 mars. Il faudra finalement attendre «au mieux l’automne 2027», selon le porte-parole de l’OTW, Jérôme Lenoir.",
        "En cause, des soudures jugées non conformes sur environ 600 mètres de voie, entre la place de Coronmeuse et le pont de Wandre. Les rails concernés devront être en partie remplacés.",
    ]
    paras2 = [
        "Pour les commerçants de la rue Large Voie, c’est un nouveau coup dur. «On a vécu deux ans de chantier, on nous promettait la fin au printemps», déplore Nadia Jacquemin, qui tient une boulangerie à Herstal.",
        "Le surcoût des travaux n’a pas encore été chiffré. Le consortium chargé du chantier conteste toute responsabilité et évoque un problème d’approvisionnement en acier.",
        "Les bus de remplacement continueront de circuler sur le parcours jusqu’à l’ouverture de la ligne.",
    ]
    out = [f"<p>{px.B(esc(p))}</p>" for p in paras]
    out.append(
        '<p class="precision"><strong>Précision :</strong> '
        + px.note(
            "correction",
            "Précision",
            "contrairement à ce que nous indiquions dans une première version, le tronçon concerné ne dessert pas la gare de Bressoux.",
            None,
        )
        + "</p>"
    )
    ecouter = px.F("Écouter l'article")
    for k, p in enumerate(paras2):
        if k == 1:
            out.append(
                f'<div class="Teaser_inline__3xk"><span>Lire aussi</span><a>{px.F(r.choice(TEASERS["fr"]))}</a></div>'
            )
        out.append(f"<p>{px.B(esc(p))}</p>")
    out.append(
        '<p class="update-note"><i>'
        + px.note(
            "update",
            None,
            "Article mis à jour le 6 décembre 2026 à 18h05 avec la réaction du bourgmestre de Herstal.",
            ts("18:05", CET),
        )
        + "</i></p>"
    )
    body = f"""
<div class="CookieBanner_root__x1"><p>{px.F("La RTBF utilise des cookies pour améliorer votre expérience et vous proposer des contenus adaptés.")}</p></div>
<header class="Header_root__k9"><a class="Header_logo__a" href="/">RTBF Actus</a>{nav(["Info", "Belgique", "Régions", "Monde", "Economie", "Sport", "Culture", "Environnement", "Vivre ici"], "Header_nav__q", "")}<a>Auvio</a></header>
<main class="Layout_main__p"><article class="Article_root__z">
<p class="Article_kicker__w">Régions · Liège</p>
<h1 class="Article_title__c">Le tram de Liège ne roulera pas vers Herstal avant l’automne 2027</h1>
<p class="Article_chapo__y">Des soudures non conformes ont été découvertes sur 600 mètres de voie.</p>
<div class="Article_meta__m"><span>Par Sophie Delvaux</span> <span>Publié le 06 décembre 2026 à 14:20</span> <span>{px.F("Temps de lecture 2 min")}</span></div>
<div class="Article_audio__e"><button>{ecouter}</button></div>
<figure><img src="/img/tram.jpg" alt=""><figcaption>Le tram de Liège à Coronmeuse. © Belga</figcaption></figure>
<div class="Article_body__b">{"".join(out)}</div>
<div class="Auvio_promo__r"><p>{px.F("Regardez le JT de 19h30 en direct et en replay sur Auvio.")}</p></div>
<div class="Newsletter_box__n"><p>{px.F("Recevez chaque matin l’essentiel de l’actualité avec la newsletter Info de la RTBF.")}</p></div>
</article>
<aside class="MostRead_root__h"><h3>Les plus lus</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["fr"], 4))}</ol></aside></main>
<footer class="Footer_root__f">{nav(["Contact", "Mentions légales", "Vie privée", "Cookies", "Accessibilité", "Plaintes"], "Footer_nav__x", "")}<p>{px.F("© RTBF 2026")}</p></footer>"""
    head = (
        css("Article", 40)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Le tram de Liège ne roulera pas vers Herstal avant l’automne 2027",
                "datePublished": "2026-12-06T14:20:00+01:00",
                "dateModified": "2026-12-06T18:05:00+01:00",
            }
        )
        + analytics("rtbf")
    )
    return doc(
        "fr-BE",
        "Le tram de Liège ne roulera pas vers Herstal avant l’automne 2027 - RTBF Actus",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# 20 Minutes live: entries in <li>, a <time>, "il y a N min" on the recent ones, viewers counter.

VINGT_ENTRIES = [
    (
        "22:41",
        "La vigilance orange maintenue jusqu’à lundi matin",
        [
            "Météo-France maintient la vigilance orange neige-verglas sur l’Île-de-France jusqu’à lundi 10 heures. Les températures doivent rester négatives toute la nuit."
        ],
    ),
    (
        "22:03",
        None,
        [
            "Sur l’A86, la circulation a repris dans les deux sens au niveau de Nanterre, selon Sytadin. L’A6 reste très chargée dans le sens province-Paris."
        ],
    ),
    (
        "21:20",
        "Les bus RATP rentrent au dépôt",
        [
            "La RATP annonce l’arrêt de toutes les lignes de bus à partir de 22 heures. Le métro et le RER circulent normalement, à l’exception du RER B entre Mitry-Claye et Aulnay."
        ],
    ),
    (
        "20:35",
        None,
        [
            "Le record de bouchons de la journée a été atteint à 18h30 avec 612 kilomètres cumulés en Île-de-France, d’après Sytadin. Le précédent record, en 2013, était de 542 kilomètres."
        ],
    ),
    (
        "19:48",
        "Des naufragés de la route accueillis à Versailles",
        [
            "Un gymnase a été ouvert par la ville de Versailles pour accueillir les automobilistes bloqués sur la N118. Une centaine de personnes y passeront la nuit, selon la préfecture des Yvelines."
        ],
    ),
]


def vingtminutes(px: Px) -> str:
    r = px.rnd
    entries = list(VINGT_ENTRIES)
    if px.genuine:
        entries.insert(
            0,
            (
                "23:54",
                None,
                [
                    "Les écoles resteront ouvertes lundi dans toute l’Île-de-France, a indiqué le rectorat, mais les transports scolaires sont suspendus dans l’Essonne et les Yvelines."
                ],
            ),
        )
    now_min = 23 * 60 + 10 * px.fetch  # local time of this fetch, minutes since midnight
    items = []
    for k, (clock, headline, paras) in enumerate(entries):
        px.entry(clock, ts(clock, CET), headline, paras, genuine=px.genuine and k == 0)
        hh, mm = map(int, clock.split(":"))
        ago = now_min - (hh * 60 + mm)
        ago_html = (
            f'<span class="c-live-ago">{px.F(f"il y a {ago} min")}</span>' if ago < 60 else ""
        )
        h = f'<h3 class="c-live-title">{esc(headline)}</h3>' if headline else ""
        items.append(
            f'<li class="c-live-item"><div class="c-live-meta"><time datetime="{ts(clock, CET)}">{clock}</time>{ago_html}</div>'
            f'<div class="c-live-content">{h}{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div></li>'
        )
        if k == 2:
            items.append(f'<li class="c-live-ad"><p>{px.F(r.choice(ADS["fr"]))}</p></li>')
    viewers = thousands(r.randint(1500, 7000), "fr")
    intro = [
        "Neige et verglas paralysent une partie de l’Île-de-France ce dimanche. Plus de 600 kilomètres de bouchons ont été enregistrés en fin d’après-midi, un record.",
        "Suivez la situation en direct avec 20 Minutes.",
    ]
    body = f"""
<div class="c-cmp"><p>{px.F(COOKIE["fr"])}</p><button>Accepter & Fermer</button></div>
<header class="c-header"><a href="/" class="c-logo">20 Minutes</a>{nav(["Actualité", "Paris", "Lyon", "Marseille", "Sport", "Entertainment", "Planète", "Santé", "Economie", "High-Tech", "Arts & Stars"], "c-header-nav", "")}</header>
<main class="c-content"><article class="c-article c-live">
<span class="c-label">En direct</span>
<h1 class="c-title">Neige en Île-de-France EN DIRECT : Plus de 600 km de bouchons, les bus RATP à l’arrêt</h1>
<p class="c-signature">Marion Leclerc · <time>Publié le 06/12/26 à 16h05</time></p>
<p class="c-live-counter">{px.F(f"{viewers} lecteurs suivent ce direct")}</p>
<div class="c-live-intro">{"".join(f"<p>{px.B(esc(p))}</p>" for p in intro)}</div>
<div class="c-share"><button>Partager sur Facebook</button><button>Partager sur X</button></div>
<ol class="c-live-list">{"".join(items)}</ol>
<div class="c-newsletter"><p>{px.F("Recevez chaque soir l’essentiel de l’actu avec la newsletter de 20 Minutes.")}</p></div>
</article>
<aside class="c-mostread"><h3>Les plus lus</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["fr"], 5))}</ol></aside></main>
<footer class="c-footer">{nav(["Mentions légales", "Données personnelles", "Cookies", "Contact", "Publicité", "Charte de modération"], "c-footer-nav", "")}<p>{px.F("© Copyright 20 Minutes")}</p></footer>"""
    head = (
        css("c", 50)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "Neige en Île-de-France EN DIRECT : Plus de 600 km de bouchons",
                "coverageStartTime": "2026-12-06T16:05:00+01:00",
                "coverageEndTime": "2026-12-07T16:05:00+01:00",
                "datePublished": "2026-12-06T16:05:00+01:00",
            }
        )
        + analytics("20minutes")
    )
    return doc(
        "fr",
        "Neige en Île-de-France EN DIRECT : Plus de 600 km de bouchons - 20 Minutes",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# BFMTV live: a heading with the clock ("17:42 - Headline"), @graph JSON-LD, "L'essentiel" intro.


def bfmtv(px: Px) -> str:
    r = px.rnd
    entries = [
        (
            "21:44",
            "Le trafic aérien reprend progressivement à Nice",
            [
                "Les premiers vols au départ de Nice-Côte d’Azur ont décollé vers 21h30. La DGAC demande toujours aux compagnies de réduire leur programme de 30 % lundi matin."
            ],
        ),
        (
            "20:51",
            "La grève reconduite pour lundi",
            [
                "Le syndicat des contrôleurs aériens a annoncé la reconduction du mouvement pour la journée de lundi, à l’issue d’une assemblée générale à Aix-en-Provence."
            ],
        ),
        (
            "19:30",
            None,
            [
                "Des centaines de passagers ont passé l’après-midi dans le terminal 2. «On nous a distribué de l’eau et des biscuits, mais aucune information», raconte Céline, qui devait rejoindre Lille."
            ],
        ),
        (
            "18:12",
            "Le ministre des Transports appelle au dialogue",
            [
                "Le ministre des Transports, Thierry Vasseur, a appelé dimanche «toutes les parties à revenir à la table des négociations» et a dénoncé «une grève qui pénalise des milliers de familles»."
            ],
        ),
        (
            "17:05",
            "Plus de 200 vols annulés à Nice et Marseille",
            [
                "Selon la DGAC, 214 vols ont été annulés dimanche à Nice et à Marseille-Provence. Les compagnies à bas coût sont les plus touchées."
            ],
        ),
    ]
    posts = []
    for k, (clock, headline, paras) in enumerate(entries):
        px.entry(clock, ts(clock, CET), headline, paras)
        heading = f"{clock} - {esc(headline)}" if headline else clock
        posts.append(
            f'<article class="content_live_block" id="live-{k}"><h2 class="live_block_title">{heading}</h2>'
            f'<div class="live_block_content">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div></article>'
        )
        if k == 1:
            posts.append(
                f'<div class="live_block_teaser"><span>A lire aussi</span><a>{px.F(r.choice(TEASERS["fr"]))}</a></div>'
            )
        if k == 3:
            posts.append(f'<div class="ad_container"><p>{px.F(r.choice(ADS["fr"]))}</p></div>')
    essentiel = [
        "Une grève des contrôleurs aériens perturbe fortement le trafic dans le sud-est de la France ce dimanche.",
        "Plus de 200 vols ont été annulés à Nice et Marseille, et le mouvement est reconduit pour lundi.",
    ]
    body = f"""
<div class="cmp_banner"><p>{px.F("BFMTV et ses partenaires utilisent des cookies pour mesurer l’audience et vous proposer des publicités personnalisées.")}</p></div>
<header class="header_bfm"><a href="/" class="logo_bfm">BFMTV</a>{nav(["Police-Justice", "Politique", "International", "Economie", "Tech", "Société", "Météo", "Sport", "People", "BFM Paris", "BFM Marseille"], "nav_bfm", "")}<a class="direct_btn">{px.F("Regarder BFMTV en direct")}</a></header>
<main class="content_main"><article class="content_article content_live">
<p class="content_live_label">Direct</p>
<h1 class="content_title">DIRECT. Grève des contrôleurs aériens: plus de 200 vols annulés à Nice et Marseille</h1>
<div class="content_info"><span class="author_name">F.B. avec AFP</span> <time>Le 06/12/2026 à 17:05</time></div>
<div class="content_essentiel"><h2>L’essentiel</h2>{"".join(f"<p>{px.B(esc(p))}</p>" for p in essentiel)}</div>
<div class="content_share"><button>Partager</button><button>Copier le lien</button></div>
<div class="content_live_list">{"".join(posts)}</div>
<div class="content_newsletter"><p>{px.F("Abonnez-vous à la newsletter BFMTV pour recevoir l’essentiel de l’actualité.")}</p></div>
</article>
<aside class="most_read"><h3>Les plus lus</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["fr"], 4))}</ol></aside></main>
<footer class="footer_bfm">{nav(["Mentions légales", "Politique de confidentialité", "Paramètres des cookies", "Contact", "Publicité", "Plan du site"], "footer_nav", "")}<p>{px.F("BFMTV, 1ère chaîne d’information en continu de France")}</p></footer>"""
    head = (
        css("bfm", 40)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "name": "BFMTV", "url": "https://www.bfmtv.invalid"},
                    {
                        "@type": "LiveBlogPosting",
                        "headline": "DIRECT. Grève des contrôleurs aériens: plus de 200 vols annulés à Nice et Marseille",
                        "coverageStartTime": "2026-12-06T17:05:00+01:00",
                        "liveBlogUpdate": [
                            {
                                "@type": "BlogPosting",
                                "headline": e[1] or e[0],
                                "datePublished": ts(e[0], CET),
                            }
                            for e in entries
                        ],
                    },
                ],
            }
        )
        + analytics("bfmtv")
    )
    return doc(
        "fr",
        "DIRECT. Grève des contrôleurs aériens: plus de 200 vols annulés à Nice et Marseille",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# Le Parisien (plain): heavy furniture, "À lire aussi" in the body, weather and horoscope widgets.


def leparisien(px: Px) -> str:
    r = px.rnd
    paras = [
        "Après quatre ans de travaux, le centre aquatique Marville rouvre ses portes ce dimanche à La Courneuve (Seine-Saint-Denis). Le bassin de 50 mètres, qui avait servi d’entraînement pendant les Jeux olympiques, accueille désormais le public sept jours sur sept.",
        "Dès 9 heures, une file d’une centaine de personnes s’était formée devant l’entrée. «Je viens nager ici depuis que j’ai six ans, j’ai cru qu’on ne le reverrait jamais», sourit Idriss, 34 ans, bonnet déjà vissé sur la tête.",
        "Le chantier, estimé au départ à 28 millions d’euros, a finalement coûté 41 millions. Le département a pris en charge l’essentiel du surcoût, lié notamment au remplacement complet de la toiture.",
        "Les tarifs restent inchangés : 3,50 euros l’entrée pour les habitants de Plaine Commune. Les écoles du secteur disposeront de créneaux réservés chaque matin en semaine.",
        "La direction espère accueillir 450 000 visiteurs par an, contre 300 000 avant la fermeture.",
    ]
    out = []
    for k, p in enumerate(paras):
        out.append(f'<p class="paragraph text_align_left">{px.B(esc(p))}</p>')
        if k in (1, 3):
            t = r.choice(TEASERS["fr"])
            out.append(
                f'<div class="article-read-also"><span class="read-also__label">À lire aussi</span><a>{px.F(t)}</a></div>'
            )
        if k == 2:
            out.append(f'<div class="ad_element"><p>{px.F(r.choice(ADS["fr"]))}</p></div>')
    meteo = f"La Courneuve {r.randint(0, 6)} °C"
    body = f"""
<div class="didomi-popup"><p>{px.F("Le Parisien et ses partenaires utilisent des cookies pour le bon fonctionnement du site, la mesure d’audience et la publicité.")}</p></div>
<header class="header"><a href="/" class="header-logo">Le Parisien</a>{nav(["Paris", "Île-de-France & Oise", "Faits divers", "Politique", "Economie", "Sports", "Culture & Loisirs", "Etudiant", "Week-end", "Vidéos"], "header-menu", "")}<span class="weather-widget">{esc(meteo)}</span></header>
<main class="container"><article class="article-section">
<div class="breadcrumb"><a>Île-de-France & Oise</a> › <a>Seine-Saint-Denis</a> › <a>La Courneuve</a></div>
<h1 class="title_xl">La Courneuve : le centre aquatique Marville rouvre enfin après quatre ans de travaux</h1>
<p class="subheadline">Le bassin olympique accueille de nouveau le public ce dimanche. Le chantier aura coûté 41 millions d’euros.</p>
<div class="author-container"><span class="author">Par Romain Delattre</span> <span class="date">Le 6 décembre 2026 à 15h02, modifié le 6 décembre 2026 à 17h40</span></div>
<div class="share-container"><button>Facebook</button><button>X</button><button>Copier le lien</button><span>{px.F("Lecture 2 min.")}</span></div>
<figure><img src="/img/marville.jpg" alt=""><figcaption>Le bassin de 50 mètres du centre aquatique Marville, ce dimanche. LP/Romain Delattre</figcaption></figure>
<section class="article-section__content">{"".join(out)}</section>
<div class="paywall-ad"><p>{px.F("Offre spéciale : Le Parisien numérique 1 € pendant 3 mois, sans engagement.")}</p></div>
<div class="horoscope-widget"><p>{px.F("Votre horoscope du jour : découvrez ce que les astres vous réservent.")}</p></div>
<div class="newsletter-block"><p>{px.F("Newsletter Seine-Saint-Denis : recevez chaque jour les infos de votre département.")}</p></div>
</article>
<aside class="most-read"><h3>Les articles les plus lus</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["fr"], 5))}</ol></aside></main>
<footer class="footer">{nav(["Mentions légales", "CGU", "Charte de confidentialité", "Cookies", "Nous contacter", "Annonces légales", "Codes promo"], "footer-links", "")}<p>{px.F("© Le Parisien 2026")}</p></footer>"""
    head = (
        css("lp", 50)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "La Courneuve : le centre aquatique Marville rouvre enfin après quatre ans de travaux",
                "datePublished": "2026-12-06T15:02:00+01:00",
                "dateModified": "2026-12-06T17:40:00+01:00",
            }
        )
        + analytics("leparisien")
    )
    return doc(
        "fr", "La Courneuve : le centre aquatique Marville rouvre enfin - Le Parisien", head, body
    )


SITES = {
    "liberation-marseille-greve": ("fr", "Libération", "updates", liberation),
    "rtbf-tram-liege": ("fr", "RTBF", "updates", rtbf),
    "20minutes-direct-neige": ("fr", "20 Minutes direct", "live", vingtminutes),
    "bfmtv-direct-greve-aerien": ("fr", "BFMTV direct", "live", bfmtv),
    "leparisien-piscine-marville": ("fr", "Le Parisien", "plain", leparisien),
}
