"""The French pages: La Presse (CA), L'Avenir (BE) and La Montagne (FR)."""

from __future__ import annotations

from datetime import timedelta

import fx
from kit import Block, Ctx, Site, at, esc, ld_article, live, note, shell, shuffled, weave

# =============================================================================================
# La Presse: live page, entries without a wrapper (time paragraph + heading), newest first (-05:00)


def lapresse() -> Site:
    slug = "lapresse-direct-montreal-premiere-tempete-neige"
    off = -5
    url = "https://www.lapresse.ca/actualites/grand-montreal/2026-12-06/en-direct/premiere-tempete-de-neige.php"
    title = "EN DIRECT | Première tempête de neige : jusqu'à 30 cm attendus à Montréal"
    deck = "Routes glissantes, vols annulés et opération de déneigement : l'évolution de la situation heure par heure."
    published = at(off, 13, 2)
    intro = [
        "La première véritable tempête de l'hiver frappe le sud du Québec depuis dimanche matin. "
        "Environnement Canada prévoit de 20 à 30 centimètres de neige dans la région de Montréal d'ici "
        "lundi matin.",
        "Routes glissantes, vols annulés, transport en commun : La Presse fait le point en direct tout au "
        "long de la journée.",
    ]
    entries = [
        live(
            at(off, 16, 42),
            "16 h 42",
            "Plus de 300 vols annulés ou retardés à Trudeau",
            "L'aéroport Montréal-Trudeau rapporte plus de 300 vols annulés ou retardés depuis midi. Les "
            "voyageurs sont invités à vérifier l'état de leur vol avant de se déplacer.",
        ),
        live(
            at(off, 16, 5),
            "16 h 05",
            "Le chargement de la neige commencera ce soir",
            "La Ville de Montréal lancera une première opération de chargement de la neige à 19 h, a "
            "annoncé le responsable du déneigement, Étienne Ferland. Les interdictions de stationnement "
            "seront signalées par des panneaux orange.",
        ),
        live(
            at(off, 15, 31),
            "15 h 31",
            "Carambolage sur l'autoroute 20",
            "Une quinzaine de véhicules ont été impliqués dans un carambolage sur l'autoroute 20 à la "
            "hauteur de Saint-Zotique. Trois personnes ont été transportées à l'hôpital, mais leur vie "
            "n'est pas en danger, selon la Sûreté du Québec.",
        ),
        live(
            at(off, 14, 50),
            "14 h 50",
            None,
            "Hydro-Québec signale environ 18 000 clients privés d'électricité en Montérégie, surtout en "
            "raison de branches tombées sur le réseau.",
        ),
        live(
            at(off, 14, 12),
            "14 h 12",
            "La STM ajoute des autobus",
            "La Société de transport de Montréal ajoute des autobus sur les lignes 24 et 105 et rappelle "
            "que le métro fonctionne normalement.",
        ),
        live(
            at(off, 13, 35),
            "13 h 35",
            "L'avertissement de neige est maintenu",
            "Environnement Canada maintient son avertissement de neige pour Montréal, Laval et Longueuil. "
            "Les plus fortes précipitations sont attendues en fin d'après-midi, à raison de 3 à 4 "
            "centimètres à l'heure.",
        ),
    ]
    genuine = live(
        at(off, 17, 53),
        "17 h 53",
        "Les écoles du Centre de services scolaire de Montréal fermées lundi",
        "Le Centre de services scolaire de Montréal annonce que ses écoles primaires et secondaires "
        "seront fermées lundi en raison de la tempête. Les services de garde le seront aussi.",
    )
    game = [
        ("CAN 1 – BUF 1 · 1re période, 2:14", "Lavoie égalise en avantage numérique"),
        ("CAN 1 – BUF 1 · 1er entracte", "Le Canadien et les Sabres à égalité après 20 minutes"),
        ("CAN 1 – BUF 1 · 2e période, 18:32", "Les Sabres dominent le début du deuxième tiers"),
        ("CAN 2 – BUF 1 · 2e période, 13:40", "Tremblay-Roy donne les devants au Canadien"),
        ("CAN 2 – BUF 1 · 2e période, 8:03", "Le gardien du Canadien multiplie les arrêts"),
        ("CAN 2 – BUF 2 · 2e période, 4:27", "Les Sabres égalisent sur un tir dévié"),
        ("CAN 3 – BUF 2 · 2e période, 0:51", "Lavoie inscrit son deuxième but du match"),
    ]
    boroughs = [
        "Ville-Marie",
        "Le Plateau-Mont-Royal",
        "Rosemont–La Petite-Patrie",
        "Verdun",
        "Ahuntsic-Cartierville",
    ]
    states = [
        "épandage d'abrasifs en cours",
        "déblaiement des trottoirs en cours",
        "chargement prévu à 19 h",
    ]
    checks = [
        (
            "Vrai ou faux : la Ville interdit les souffleuses à neige privées dès cet hiver ?",
            "Faux. Le règlement adopté en novembre vise seulement le bruit la nuit. Mis à jour à 14 h 05",
        ),
        (
            "Vrai ou faux : une photo virale montre le pont Jacques-Cartier fermé par la neige cet après-midi ?",
            "Faux. L'image date de la tempête de mars 2017. Mis à jour à 16 h 20",
        ),
        (
            "Vrai ou faux : les clients privés de courant plus de 24 heures paient des frais ?",
            "Faux. Aucuns frais ne sont facturés aux clients touchés par une panne. Mis à jour à 11 h 30",
        ),
    ]
    most_read = [
        "Le REM prolonge ses heures de service pendant les Fêtes",
        "Loyers : le Tribunal administratif du logement publie ses nouveaux taux",
        "Un restaurant du Mile End remporte un prix international",
        "Le Canadien rappelle un attaquant de Laval",
        "Les meilleurs marchés de Noël autour de Montréal",
        "Québec annonce un nouveau programme d'aide pour les aînés",
        "La rue Sainte-Catherine piétonne toute l'année dès 2027 ?",
        "Cinq idées de sorties pour profiter de la neige en famille",
    ]
    ads = [
        "Pneus d'hiver installés en 24 heures chez votre concessionnaire de la Rive-Sud.",
        "Escapade en Charlevoix : deux nuits avec souper à partir de 349 $.",
        "Votre REER en ligne en 10 minutes, sans frais d'ouverture.",
    ]

    def entry(block: Block) -> str:
        title_html = f'<h3 class="live-title">{esc(block.headline)}</h3>' if block.headline else ""
        return f'<p class="live-time">{esc(block.label or "")}</p>{title_html}' + "".join(
            f'<p class="live-text">{esc(t)}</p>' for t in block.text
        )

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        blocks = ([genuine] if ctx.genuine else []) + entries
        score, play = game[ctx.fetch]
        inserts: list[str] = []
        if ctx.chance(0.7):
            ctx.kind("another live blog in the entry markup, with its own clock")
            when = fx.ago(ctx, 1, 6)
            inserts.append(
                f'<p class="live-time">{fx.fr(when)}</p><h3 class="live-title"><a href="/sports/hockey/en-direct/">'
                f"{ctx.furn(f'EN DIRECT | Canadien–Sabres : {play}')}</a></h3>"
                f'<p class="live-text">{ctx.furn("Suivez le match avec notre journaliste au Centre Bell.")}</p>'
            )
        if ctx.chance(0.75):
            ctx.kind("live score with a game clock")
            inserts.append(
                f'<div class="score-strip"><span>LNH</span><p>{ctx.furn(score)}</p></div>'
            )
        if ctx.chance(0.75):
            ctx.kind("snow-clearing tracker with its own time")
            rows = []
            for borough in ctx.pick(boroughs, 2):
                stamp = fx.ago(ctx, 1, 9)
                rows.append(
                    f"<li>{ctx.furn(f'{borough} : {rng.choice(states)} (mis à jour à {fx.fr(stamp)})')}</li>"
                )
            inserts.append(
                f'<aside class="deneigement"><h4>Info-déneigement</h4><ul>{"".join(rows)}</ul></aside>'
            )
        if ctx.chance(0.55):
            ctx.kind("blood-supply levels")
            inserts.append(
                '<aside class="hema"><h4>Héma-Québec</h4>'
                f"<p>{ctx.furn('Réserve de sang O négatif : 3,4 jours (mis à jour le 6 décembre)')}</p>"
                f"<p>{ctx.furn('Héma-Québec lance un appel aux donneurs de groupe O.')}</p></aside>"
            )
        if ctx.chance(0.6):
            ctx.kind("fact-check box about other claims, with an update time")
            claim, verdict = rng.choice(checks)
            inserts.append(
                f'<aside class="vrai-faux"><p>{ctx.furn(claim)}</p><p>{ctx.furn(verdict)}</p></aside>'
            )
        if ctx.chance(0.5):
            ctx.kind("editorial cartoon caption")
            inserts.append(
                '<figure class="caricature"><img src="/images/caricature-1206.jpg" alt="">'
                f"<figcaption>{ctx.furn('La caricature de Mathilde Roux : un bonhomme de neige attend le 24 depuis le mois d’octobre.')}</figcaption></figure>"
            )
        if ctx.chance(0.6):
            ctx.kind("promo or ad in the markup of the notes or entries")
            inserts.append(
                '<p class="live-time">Infolettre</p>'
                f'<h3 class="live-title">{ctx.furn("Recevez l’essentiel de l’actualité chaque matin")}</h3>'
                f'<p class="live-text">{ctx.furn("Inscrivez-vous à notre infolettre gratuite et commencez la journée bien informé.")}</p>'
            )
        feed = weave(rng, [entry(b) for b in blocks], shuffled(rng, inserts))
        consent = fx.consent(
            ctx,
            "temoins",
            "La Presse utilise des témoins de navigation pour améliorer votre expérience et mesurer "
            "l'audience. Vous pouvez modifier vos choix en tout temps.",
            ["J'accepte", "Paramètres"],
        )
        modified = blocks[0].when
        assert modified is not None
        side = fx.ranked(
            ctx, "plus-lus", "Les plus lus", most_read, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "pub", "Publicité", ads)
        body = f"""<header class="lp-header"><a class="lp-logo" href="/">La Presse</a>
<nav><a href="/actualites/">Actualités</a><a href="/international/">International</a><a href="/affaires/">Affaires</a><a href="/sports/">Sports</a><a href="/arts/">Arts</a><a href="/debats/">Débats</a></nav></header>
{consent}
<main>
<article class="article article--live">
<header class="article-header"><h1 class="headline">{esc(title)}</h1><p class="article-subtitle">{esc(deck)}</p>
<div class="authors">Fanny Gagnon-Beaulieu et Simon Desrosiers La Presse</div>
<div class="publication-dates">Publié à {fx.fr(published)} · Mis à jour à {fx.fr(modified)}</div></header>
<div class="live-intro">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
<section class="live-feed">
{feed}
</section>
</article>
<aside class="rail">{side}</aside>
</main>
<footer class="lp-footer"><p>© La Presse Inc. Tous droits réservés.</p><nav><a href="/conditions/">Conditions d'utilisation</a><a href="/confidentialite/">Politique de confidentialité</a></nav></footer>"""
        lds = [
            ld_article(
                kind="NewsArticle",
                headline=title,
                description=deck,
                url=url,
                published=published,
                modified=modified,
                authors=["Fanny Gagnon-Beaulieu", "Simon Desrosiers"],
                publisher="La Presse",
                home="https://www.lapresse.ca/",
                lang="fr-CA",
            )
        ]
        page = shell(
            ctx,
            lang="fr-CA",
            title=f"{title} | La Presse",
            description=deck,
            canonical=url,
            prefix="lp",
            jsonld=lds,
            body=body,
            edge="yul",
            body_class="article-live",
        )
        return page, modified.isoformat()

    return Site(slug, "La Presse", "fr", "live", off, intro, entries, genuine, render)


# =============================================================================================
# L'Avenir: update boxes after the first paragraph, newest first; "Précision" at the bottom (+01:00)


def lavenir() -> Site:
    slug = "lavenir-namur-peniche-heurte-pont-de-jambes"
    off = 1
    url = "https://www.lavenir.net/regions/namur/namur/2026/12/06/une-peniche-heurte-le-pont-de-jambes-XK4R7PZQ5NBCTM3/"
    title = "Namur : une péniche heurte le pont de Jambes, la Meuse fermée à la navigation"
    deck = "Le bateau, chargé de gravier, a percuté une pile du pont ce dimanche en fin d'après-midi. Personne n'a été blessé."
    published = at(off, 17, 12)
    body = [
        "Une péniche néerlandaise chargée de gravier a heurté une pile du pont de Jambes, à Namur, ce "
        "dimanche vers 16 h. Le trafic fluvial a aussitôt été interrompu sur la Meuse entre l'écluse de "
        "La Plante et le confluent avec la Sambre.",
        "Selon la zone de police Namur Capitale, le batelier, un homme de 58 ans, n'est pas blessé. Il a "
        "été soumis à un test d'alcoolémie, qui s'est révélé négatif.",
        "Le pont a été fermé par précaution aux voitures, aux cyclistes et aux piétons, le temps que des "
        "ingénieurs du SPW examinent la pile endommagée. Les bus du TEC ont été déviés par le pont des "
        "Ardennes.",
        "« On a entendu un grand boum, tout le quai a tremblé », raconte un riverain du boulevard de la "
        "Meuse, sorti sur son balcon au moment du choc.",
        "La péniche, qui naviguait vers Liège, a pu être amarrée un peu plus loin, à hauteur du port de "
        "plaisance de Jambes. Une légère fuite de gasoil a été contenue par les pompiers à l'aide de "
        "boudins absorbants.",
        "Le bourgmestre a annoncé une réunion de crise lundi matin avec les services du SPW Mobilité et "
        "Infrastructures.",
    ]
    notes = [
        note(
            "update",
            "Mis à jour le dimanche 6 décembre à 21 h 30",
            at(off, 21, 30),
            "Les ingénieurs du SPW ont constaté une fissure sur la pile touchée. Le pont de Jambes restera "
            "fermé à toute circulation au moins jusqu'à mardi.",
        ),
        note(
            "update",
            "Mis à jour le dimanche 6 décembre à 18 h 45",
            at(off, 18, 45),
            "Le pont a été rouvert aux piétons, mais reste fermé aux voitures et aux bus. La navigation "
            "est toujours interrompue.",
        ),
    ]
    clarification = note(
        "clarification",
        "Précision",
        None,
        "le pont de Jambes dont il est question ici est le pont routier, et non la passerelle piétonne "
        "L'Enjambée, qui reste accessible.",
    )
    genuine = note(
        "update",
        "Mis à jour le dimanche 6 décembre à 23 h 53",
        at(off, 23, 53),
        "La navigation sur la Meuse reprendra lundi à 8 h, sous escorte et à vitesse réduite, a annoncé "
        "le SPW. Les bateaux devront emprunter la travée centrale du pont.",
    )
    alerts = [
        (
            at(off, 20, 41),
            "Province de Namur · Fin de l'alerte : l'incendie d'un hangar à Rhisnes est maîtrisé, les fenêtres peuvent être rouvertes.",
        ),
        (
            at(off, 22, 15),
            "Province de Liège · Information : coupure d'eau à Seraing jusqu'à minuit pour la réparation d'une conduite.",
        ),
        (
            at(off, 22, 52),
            "Province de Luxembourg · Information : la N4 est fermée à Marche-en-Famenne en raison du verglas.",
        ),
        (
            at(off, 23, 27),
            "Province de Hainaut · Fin de l'alerte : le panache de fumée à Fleurus s'est dissipé.",
        ),
        (
            at(off, 23, 46),
            "Province de Namur · Information : la ligne 4 du TEC est déviée à Jambes jusqu'à nouvel ordre.",
        ),
    ]
    recalls = [
        "L'AFSCA signale le retrait de pralinés au spéculoos d'une marque artisanale en raison de la présence possible de fragments de plastique.",
        "L'AFSCA rappelle un lot de boudin blanc vendu en boucherie, en raison d'une possible contamination à la listeria.",
        "Le SPF Économie demande de ne plus utiliser une guirlande lumineuse vendue en grande surface, qui présente un risque d'électrocution.",
    ]
    promos = [
        (
            "Offre de fin d'année",
            "Abonnez-vous à L'Avenir numérique pour 1 € le premier mois, sans engagement.",
        ),
        (
            "Notre newsletter du soir",
            "Recevez chaque soir à 18 h l'essentiel de l'info de votre région, gratuitement.",
        ),
    ]
    most_read = [
        "Charleroi : le marché de Noël attire un record de visiteurs",
        "Wavre : un nouveau rond-point pour désengorger le centre",
        "Les prix du mazout repartent à la hausse",
        "L'Union saint-gilloise s'impose à Genk",
        "Dinant : la collégiale illuminée jusqu'au 6 janvier",
        "Gembloux : l'école communale s'agrandit",
        "Andenne : un nouveau parc à conteneurs ouvre en janvier",
        "Ciney : la foire aux sapins fête ses 50 ans",
    ]
    ads = [
        "Votre nouvelle cuisine en 3 semaines : showroom ouvert le dimanche à Naninne.",
        "Chaudière à condensation : profitez de la prime wallonne jusqu'au 31 décembre.",
        "Séjour à la mer du Nord : deux nuits pour deux personnes à partir de 189 €.",
    ]

    def box(title_text: str, text: str, extra: str = "") -> str:
        return f'<div class="maj{extra}"><p class="maj__titre">{title_text}</p><p class="maj__texte">{text}</p></div>'

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        top = ([genuine] if ctx.genuine else []) + notes
        segments = [f'<p class="article-p">{esc(body[0])}</p>']
        segments += [box(esc(b.label or ""), esc(b.text[0])) for b in top]
        segments += [f'<p class="article-p">{esc(p)}</p>' for p in body[1:]]
        segments.append(
            f'<p class="article-p"><em>{esc(clarification.label or "")} : {esc(clarification.text[0])}</em></p>'
        )
        inserts: list[str] = []
        shown = fx.clocked(ctx, alerts, 2)
        if ctx.chance(0.7):
            ctx.kind("official alert feed with clock times")
            rows = "".join(
                f"<li>{ctx.furn(f'{fx.fr_tight(t)} · {text}')}</li>" for t, text in shown
            )
            inserts.append(f'<aside class="bealert"><h4>BE-Alert</h4><ul>{rows}</ul></aside>')
        if ctx.chance(0.6):
            ctx.kind("product recall notices (full sentences)")
            inserts.append(
                f'<aside class="rappel"><h4>Rappel de produit</h4><p>{ctx.furn(rng.choice(recalls))}</p></aside>'
            )
        if ctx.chance(0.55):
            ctx.kind("sunrise and sunset almanac (turns over at local midnight)")
            line = (
                "Dimanche 6 décembre : lever du soleil à 8 h 31, coucher à 16 h 37"
                if ctx.now.day == 6
                else "Lundi 7 décembre : lever du soleil à 8 h 32, coucher à 16 h 37"
            )
            inserts.append(
                f'<aside class="ephemeride"><h4>Éphéméride</h4><p>{ctx.furn(line)}</p></aside>'
            )
        if ctx.chance(0.6):
            ctx.kind("chart with its own 'last updated' stamp")
            stamp = fx.floor(ctx.now - timedelta(minutes=10), 20)
            inserts.append(
                '<figure class="infographie"><div class="infographie__frame"></div><figcaption>'
                f"<p>{ctx.furn('Infographie : les chantiers sur les routes wallonnes cette semaine')}</p>"
                f"<p>{ctx.furn(f'Source : SPW Mobilité · mise à jour à {fx.fr(stamp)}')}</p></figcaption></figure>"
            )
        if ctx.chance(0.75):
            ctx.kind("promo or ad in the markup of the notes or entries")
            head, text = rng.choice(promos)
            inserts.append(box(esc(head), ctx.furn(text), " maj--promo"))
        if ctx.chance(0.5):
            ctx.kind("editorial cartoon caption")
            inserts.append(
                '<figure class="dessin"><img src="/img/dessin-1206.jpg" alt="">'
                f"<figcaption>{ctx.furn('Le dessin de Joachim : un batelier demande son chemin à son GPS, qui lui conseille de tourner avant le pont.')}</figcaption></figure>"
            )
        article_body = weave(rng, segments, shuffled(rng, inserts))
        consent = fx.consent(
            ctx,
            "didomi-notice",
            "L'Avenir et ses partenaires utilisent des cookies pour vous proposer des contenus et des "
            "publicités adaptés à vos centres d'intérêt.",
            ["Accepter", "Refuser", "Personnaliser"],
        )
        modified = top[0].when
        assert modified is not None
        side = fx.ranked(
            ctx, "plus-lus", "Les plus lus", most_read, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "pub", "Publicité", ads)
        page_body = f"""<header class="av-header"><a class="av-logo" href="/">L'Avenir</a>
<nav><a href="/regions/">Régions</a><a href="/actu/belgique/">Belgique</a><a href="/actu/monde/">Monde</a><a href="/sports/">Sports</a><a href="/culture/">Culture</a></nav></header>
{consent}
<main>
<article class="article">
<header class="article-head"><p class="article-kicker">Namur</p><h1 class="article-title">{esc(title)}</h1>
<p class="article-chapo">{esc(deck)}</p>
<div class="article-info"><span class="author">Par Céline Dethier</span><span class="dates">Publié le 06-12-2026 à {fx.fr_tight(published)} · Mis à jour le 06-12-2026 à {fx.fr_tight(modified)}</span></div></header>
<figure class="article-photo"><img src="/img/pont-jambes.jpg" alt=""><figcaption>La péniche amarrée à Jambes, dimanche soir. - ÉdA</figcaption></figure>
<div class="article-body">
{article_body}
</div>
</article>
<aside class="sidebar">{side}</aside>
</main>
<footer class="av-footer"><p>© 2026 L'Avenir. Tous droits réservés.</p></footer>"""
        lds = [
            ld_article(
                kind="NewsArticle",
                headline=title,
                description=deck,
                url=url,
                published=published,
                modified=modified,
                authors=["Céline Dethier"],
                publisher="L'Avenir",
                home="https://www.lavenir.net/",
                lang="fr-BE",
            )
        ]
        page = shell(
            ctx,
            lang="fr-BE",
            title=f"{title} - L'Avenir",
            description=deck,
            canonical=url,
            prefix="av",
            jsonld=lds,
            body=page_body,
            edge="bru",
            body_class="page-article",
        )
        return page, modified.isoformat()

    return Site(
        slug, "L'Avenir", "fr", "updates", off, body, [*notes, clarification], genuine, render
    )


# =============================================================================================
# La Montagne: live page of bold clock paragraphs, newest first, no headlines (+01:00)


def lamontagne() -> Site:
    slug = "lamontagne-direct-neige-puy-de-dome-rn89-coupee"
    off = 1
    url = "https://www.lamontagne.fr/clermont-ferrand-63000/actualites/direct-neige-dans-le-puy-de-dome-la-rn89-coupee_14712388/"
    title = "DIRECT. Neige dans le Puy-de-Dôme : la RN89 coupée, des automobilistes bloqués au col de la Moréno"
    deck = "De fortes chutes de neige perturbent la circulation sur la chaîne des Puys depuis dimanche après-midi."
    published = at(off, 18, 50)
    intro = [
        "D'importantes chutes de neige touchent le Puy-de-Dôme depuis ce dimanche après-midi. La RN89 est "
        "coupée entre Laschamps et le col de la Moréno, où des dizaines de véhicules sont restés bloqués.",
        "Le département est placé en vigilance orange neige-verglas jusqu'à lundi midi. Retrouvez les "
        "dernières informations dans notre direct.",
    ]
    entries = [
        live(
            at(off, 22, 41),
            "22 h 41",
            None,
            "Le préfet annonce l'interdiction de circulation des poids lourds de plus de 7,5 tonnes sur "
            "l'A89 entre Clermont-Ferrand et Ussel jusqu'à nouvel ordre.",
        ),
        live(
            at(off, 21, 55),
            "21 h 55",
            None,
            "Les dernières voitures bloquées au col de la Moréno ont pu redescendre vers Clermont-Ferrand, "
            "escortées par les gendarmes. Une trentaine d'automobilistes ont passé plusieurs heures dans "
            "leur véhicule.",
            "La Croix-Rouge leur a distribué des couvertures et des boissons chaudes.",
        ),
        live(
            at(off, 21, 8),
            "21 h 08",
            None,
            "Un centre d'hébergement d'urgence a été ouvert au gymnase de Ceyssat pour les personnes qui "
            "ne peuvent pas regagner leur domicile ce soir.",
        ),
        live(
            at(off, 20, 20),
            "20 h 20",
            None,
            "Plus de 4 000 foyers sont privés d'électricité dans le secteur de Rochefort-Montagne, selon "
            "Enedis, qui a mobilisé une soixantaine de techniciens.",
        ),
        live(
            at(off, 19, 34),
            "19 h 34",
            None,
            "Les transports scolaires sont suspendus lundi dans tout le Puy-de-Dôme, annonce le conseil "
            "départemental.",
        ),
        live(
            at(off, 18, 47),
            "18 h 47",
            None,
            "La RN89 est fermée dans les deux sens entre Laschamps et le col de la Moréno. Plusieurs poids "
            "lourds sont en travers de la chaussée.",
        ),
    ]
    genuine = live(
        at(off, 23, 52),
        "23 h 52",
        None,
        "Météo-France prolonge la vigilance orange neige-verglas jusqu'à mardi 6 h pour le Puy-de-Dôme et "
        "le Cantal, avec encore 10 à 15 centimètres attendus au-dessus de 800 mètres.",
    )
    reads = [
        "Clermont-Ferrand : le marché de Noël de la place de Jaude prolongé jusqu'au 3 janvier",
        "Vulcania dévoile les nouveautés de sa saison 2027",
        "ASM Clermont Auvergne : le groupe pour le déplacement à Toulon",
    ]
    asks = [
        (
            "Pourquoi le chasse-neige ne passe-t-il pas dans ma rue ?",
            "Le département déneige d'abord les routes classées prioritaires ; les voies communales relèvent des mairies, qui fixent leur propre ordre de passage.",
        ),
        (
            "Où déposer mon sapin après les fêtes à Clermont-Ferrand ?",
            "La métropole installe des points de collecte dans 40 parcs et places du 2 au 20 janvier.",
        ),
        (
            "Le Panoramique des Dômes circule-t-il quand il neige ?",
            "Le train à crémaillère fonctionne sauf en cas de vent violent au sommet, indique l'exploitant.",
        ),
    ]
    carnet = [
        "Bienvenue à Maëlle, née le 4 décembre à Clermont-Ferrand, pour le plus grand bonheur de ses parents, Julie et Karim.",
        "Jean et Monique Fayolle, de Riom, fêtent aujourd'hui leurs noces de diamant, entourés de leurs enfants et petits-enfants.",
        "Félicitations à Inès et Thomas, qui se sont dit oui samedi à la mairie d'Issoire.",
    ]
    recalls = [
        "Rappel Conso : des lots de saint-nectaire fermier sont rappelés en raison d'une possible présence de listeria.",
        "Rappel Conso : une guirlande lumineuse vendue en jardinerie présente un risque d'électrocution.",
        "Rappel Conso : un siège auto pour enfant est rappelé, la boucle du harnais pouvant s'ouvrir en cas de choc.",
    ]
    most_read = [
        "Riom : le cinéma Arcadia change de propriétaire",
        "Le Clermont Foot s'incline à domicile",
        "Vichy : les thermes des Dômes rouvrent après travaux",
        "Issoire : un nouveau marché de producteurs le jeudi soir",
        "Aurillac : la piscine fermée pour une semaine",
        "Les meilleures galettes des rois de Clermont, selon nos lecteurs",
        "Thiers : la coutellerie recrute 30 personnes",
        "Le Puy-de-Dôme compte 2 000 habitants de plus en un an",
    ]
    ads = [
        "Poêles à granulés : installation avant Noël, devis gratuit en Limagne.",
        "Séjour ski à Super-Besse : forfait et location à partir de 89 €.",
        "Votre nouvelle mutuelle santé en quelques clics, sans questionnaire.",
    ]

    def entry(block: Block) -> str:
        first = (
            f'<p class="txt"><strong>{esc(block.label or "")} –</strong> {esc(block.text[0])}</p>'
        )
        return first + "".join(f'<p class="txt">{esc(t)}</p>' for t in block.text[1:])

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        blocks = ([genuine] if ctx.genuine else []) + entries
        inserts: list[str] = []
        if ctx.chance(0.7):
            ctx.kind("other stories' teasers in the entry markup")
            inserts.append(
                f'<p class="txt"><strong>À lire aussi –</strong> <a href="/actualites/">{ctx.furn(rng.choice(reads))}</a></p>'
            )
        if ctx.chance(0.5):
            ctx.kind("promo or ad in the markup of the notes or entries")
            inserts.append(
                f'<p class="txt"><strong>Alertes –</strong> {ctx.furn("Activez les notifications de notre application pour recevoir les alertes météo du Puy-de-Dôme.")}</p>'
            )
        if ctx.chance(0.7):
            ctx.kind("reader question answered (full sentences)")
            q, a = rng.choice(asks)
            inserts.append(
                f'<aside class="vous-demandez"><h4>Vous nous avez demandé</h4><p>{ctx.furn(q)}</p><p>{ctx.furn(a)}</p></aside>'
            )
        if ctx.chance(0.6):
            ctx.kind("family announcements (full sentences)")
            inserts.append(
                f'<aside class="carnet"><h4>Carnet</h4><p>{ctx.furn(rng.choice(carnet))}</p></aside>'
            )
        if ctx.chance(0.6):
            ctx.kind("product recall notices (full sentences)")
            inserts.append(
                f'<aside class="rappel-conso"><p>{ctx.furn(rng.choice(recalls))}</p></aside>'
            )
        if ctx.chance(0.45):
            ctx.kind("comment-moderation notice with a reopening time")
            inserts.append(
                f'<div class="moderation"><p>{ctx.furn("Les commentaires sont fermés entre 22 h et 7 h. Merci de votre compréhension.")}</p></div>'
            )
        feed = weave(rng, [entry(b) for b in blocks], shuffled(rng, inserts))
        h, m = fx.left_today(ctx.now)
        offer = ""
        if ctx.chance(0.65):
            ctx.kind("subscription offer with a countdown")
            offer = f'<div class="offre"><p>{ctx.furn(f"Offre de Noël : 1 € le premier mois, plus que {h} h {m:02d} min pour en profiter")}</p></div>'
        consent = fx.consent(
            ctx,
            "cmp-bandeau",
            "La Montagne et ses partenaires stockent des informations sur votre terminal pour mesurer "
            "l'audience et personnaliser les publicités.",
            ["Accepter et fermer", "Paramétrer"],
        )
        modified = blocks[0].when
        assert modified is not None
        side = fx.ranked(
            ctx, "plus-lus", "Les plus lus", most_read, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "pub", "Publicité", ads)
        page_body = f"""<header class="lm-header"><a class="lm-logo" href="/">La Montagne</a>
<nav><a href="/clermont-ferrand-63000/">Clermont-Ferrand</a><a href="/puy-de-dome/">Puy-de-Dôme</a><a href="/sports/">Sports</a><a href="/loisirs/">Loisirs</a><a href="/france-monde/">France-Monde</a></nav></header>
{consent}
<main>
<article class="article direct">
<h1 class="article-title">{esc(title)}</h1>
<p class="chapo">{esc(deck)}</p>
<div class="article-meta"><span class="author">Par la rédaction de La Montagne</span><span class="dates">Publié le 06/12/2026 à {fx.fr_tight(published)} · Mis à jour le 06/12/2026 à {fx.fr_tight(modified)}</span></div>
<div class="direct-intro">{"".join(f'<p class="txt">{esc(p)}</p>' for p in intro)}</div>
{offer}
<div class="direct-fil">
{feed}
</div>
</article>
<aside class="colonne">{side}</aside>
</main>
<footer class="lm-footer"><p>© La Montagne – Centre France. Tous droits réservés.</p></footer>"""
        lds = [
            ld_article(
                kind="NewsArticle",
                headline=title,
                description=deck,
                url=url,
                published=published,
                modified=modified,
                authors=["La Montagne"],
                publisher="La Montagne",
                home="https://www.lamontagne.fr/",
                lang="fr-FR",
            )
        ]
        page = shell(
            ctx,
            lang="fr",
            title=f"{title} - La Montagne",
            description=deck,
            canonical=url,
            prefix="lm",
            jsonld=lds,
            body=page_body,
            edge="cdg",
            body_class="page-direct",
        )
        return page, modified.isoformat()

    return Site(slug, "La Montagne", "fr", "live", off, intro, entries, genuine, render)


def sites() -> list[Site]:
    return [lapresse(), lavenir(), lamontagne()]
