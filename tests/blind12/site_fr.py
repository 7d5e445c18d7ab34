"""French pages: Le Devoir (CA), La DH (BE), Le Nouvelliste (CH)."""

from __future__ import annotations

import fx
from kit import Block, Ctx, Site, esc, place, shell, stamp

# ---------------------------------------------------------------------------------------------
# Le Devoir: "Article mis à jour le …" boxes inside the story, oldest first; "Correctif" at the end


def devoir() -> Site:
    off = -5
    slug = "ledevoir-quebec-traversier-levis-pris-dans-les-glaces"
    body = [
        "Un traversier reliant Québec et Lévis est resté immobilisé près de trois heures dans les "
        "glaces du fleuve Saint-Laurent, dimanche, avec 85 passagers à son bord.",
        "Le navire avait quitté le quai de Lévis peu avant 10 h lorsqu'il s'est retrouvé coincé "
        "dans un embâcle poussé par la marée montante, a indiqué la Société des traversiers du "
        "Québec (STQ).",
        "Un brise-glace de la Garde côtière canadienne, dépêché depuis le port de Québec, a dégagé "
        "un chenal vers 12 h 50. Le traversier a pu accoster à Québec un peu après 13 h.",
        "« On voyait le Château Frontenac, mais on n'avançait plus du tout », a raconté Mélodie "
        "Gagnon-Bérubé, qui se rendait au Vieux-Québec avec sa mère pour le marché de Noël.",
        "Aucun blessé n'est à déplorer. Les passagers ont reçu des boissons chaudes et des "
        "couvertures, a précisé la porte-parole de la STQ, Julie-Anne Tremblay.",
        "Le froid intense des derniers jours a favorisé la formation précoce de glace sur le "
        "fleuve, selon Environnement Canada, qui prévoit des minimums de -22 °C cette semaine dans "
        "la région de Québec.",
        "La STQ a suspendu la traverse pour le reste de la journée et invite les usagers à "
        "emprunter les ponts.",
    ]

    def note(h: int, m: int, text: str) -> Block:
        label = f"Article mis à jour le dimanche 6 décembre 2026 à {h} h {m:02d}"
        return Block("update", label, stamp(off, h, m), (text,), zone="notes")

    first = note(
        14,
        10,
        "La STQ dit vouloir reprendre le service lundi à 6 h 20, si les conditions de glace le "
        "permettent. Un second brise-glace sera positionné près de Lévis.",
    )
    second = note(
        15,
        35,
        "Le ministre des Transports a demandé un rapport sur l'incident d'ici vendredi. "
        "L'opposition réclame depuis deux ans un troisième navire adapté aux glaces.",
    )
    corr = Block(
        "correction",
        "Correctif",
        None,
        (
            "Une version précédente de ce texte indiquait que le traversier avait quitté Québec. "
            "Il avait plutôt quitté Lévis.",
        ),
        zone="end",
    )
    genuine = note(
        17,
        53,
        "La Garde côtière a finalement annoncé qu'un brise-glace escortera le premier départ de "
        "Lévis lundi matin. Les usagers devront prévoir des retards.",
    )
    series = [
        "Lisez aussi le deuxième volet : comment les pilotes du Saint-Laurent naviguent entre les "
        "glaces de Trois-Rivières à Québec.",
        "Lisez aussi le troisième volet : à Sept-Îles, les brise-glaces sont de plus en plus "
        "sollicités, même dans les hivers doux.",
    ]
    glossary = [
        "Un embâcle est une accumulation de glaces qui obstrue un cours d'eau et peut bloquer la "
        "navigation ou faire monter le niveau de l'eau en amont.",
        "Le frasil est une glace en petits cristaux qui se forme dans l'eau agitée et qui, en "
        "s'agglomérant, peut coincer les navires.",
    ]
    reviews = [
        f"« Les Belles-Sœurs » au Trident, une reprise pleine d'énergie {fx.stars(4)}",
        f"« Casse-Noisette » des Grands Ballets : la magie opère encore {fx.stars(4)}",
        f"Une table de Limoilou qui ose le gibier {fx.stars(3)}",
        f"Roman : le dernier Éric Vachon s'essouffle à mi-parcours {fx.stars(2)}",
    ]
    most_read = [
        "Le prix du panier d'épicerie grimpe encore en novembre",
        "Une librairie de Saint-Roch fête ses 50 ans",
        "Tramway de Québec : les travaux reprendront sur René-Lévesque en mars",
        "Des bélugas observés près de Tadoussac en plein décembre",
        "Le Carnaval de Québec dévoile sa programmation",
        "Les urgences de la Capitale-Nationale débordent déjà",
        "Loyers : Québec rattrape Montréal en cinq ans",
    ]
    ads = [
        "Forfait ski à Stoneham : deux nuits et billets de remontée dès 329 $.",
        "Changez vos pneus d'hiver sans rendez-vous au Garage Limoilou.",
        "Le marché de Noël de Sainte-Foy est ouvert jusqu'au 23 décembre.",
    ]

    def render(ctx: Ctx) -> str:
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown if b.moment())  # type: ignore[type-var]
        paras = [f'<p class="texte">{esc(p)}</p>' for p in body]
        notes = [
            f'<div class="encadre-maj"><p class="encadre-maj__titre"><strong>{esc(b.label or "")}'
            f"</strong></p><p>{esc(b.paras[0])}</p></div>"
            for b in site.zone(ctx.fetch, "notes")
        ]
        end = site.zone(ctx.fetch, "end")[0]
        tail = (
            f'<p class="texte"><em><strong>{esc(end.label or "")} :</strong> '
            f"{esc(end.paras[0])}</em></p>"
        )
        chunks = [*paras[:3], *notes, *paras[3:], tail]
        inserts: list[str] = []
        if ctx.chance(0.65):
            title = "Notre série « Le fleuve en hiver »"
            text = ctx.one(series)
            ctx.furn("series box in the notes' own markup", title, text)
            inserts.append(
                f'<div class="encadre-maj"><p class="encadre-maj__titre"><strong>{esc(title)}'
                f"</strong></p><p>{esc(text)}</p></div>"
            )
        if ctx.chance(0.8):
            n = fx.rising(ctx, 4512, 14)
            line = (
                "Une pétition réclamant un troisième traversier brise-glace entre Québec et Lévis "
                f"a recueilli {fx.num(n, 'fr')} signatures."
            )
            ctx.furn("petition counter (rising through the evening)", line)
            inserts.append(f'<aside class="petition"><p>{esc(line)}</p></aside>')
        if ctx.chance(0.75):
            rows = [
                f"Navires dans le secteur du port de Québec : {ctx.rng.randint(4, 9)}",
                f"Brise-glaces en service entre Québec et Montmagny : {ctx.rng.randint(1, 3)}",
                f"Positions mises à jour à {fx.qc(ctx.ago(1, 9))}",
            ]
            inserts.append(
                fx.list_box(
                    ctx,
                    "vessel tracker with its own AIS time",
                    cls="trafic-maritime",
                    title="Trafic maritime",
                    items=rows,
                    tag="div",
                )
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.para_box(
                    ctx,
                    "glossary or explainer box (full sentences in the story's vocabulary)",
                    cls="lexique",
                    title="Lexique",
                    paras=ctx.some(glossary, 1, 2),
                )
            )
        if ctx.chance(0.55):
            inserts.append(
                fx.para_box(
                    ctx,
                    "print-delivery notice (full sentences)",
                    cls="avis-abonnes",
                    title="Avis aux abonnés",
                    paras=[
                        "En raison des conditions routières, la livraison de l'édition papier de "
                        "lundi pourrait être retardée dans Charlevoix et sur la Côte-du-Sud."
                    ],
                )
            )
        inserts.append(fx.ad_slot(ctx, cls="pub", label="Publicité", copy=[ctx.one(ads)]))
        body_html = place(ctx, chunks, inserts, gaps=range(1, len(chunks)))

        side: list[str] = []
        if ctx.chance(0.9):
            side.append(
                fx.link_list(
                    ctx,
                    "most-read list (a rotating subset)",
                    cls="plus-lus",
                    title="Les plus lus",
                    items=ctx.shuffled(most_read, 5),
                    base="/societe",
                )
            )
        if ctx.chance(0.75):
            waits = [
                f"Lacolle (A-15) : {ctx.rng.choice([5, 10, 15, 20])} min",
                f"Stanstead (A-55) : {ctx.rng.choice([5, 10])} min",
                f"Saint-Armand (route 133) : {ctx.rng.choice([5, 10, 15])} min",
            ]
            foot = f"Données de l'ASFC, mises à jour à {fx.qc(ctx.ago(5, 20))}"
            side.append(
                fx.list_box(
                    ctx,
                    "border-crossing waits with an update time",
                    cls="frontieres",
                    title="Attente aux postes frontaliers",
                    items=[*waits, foot],
                )
            )
        if ctx.chance(0.65):
            side.append(
                fx.list_box(
                    ctx,
                    "opinion-poll tracker with an update date",
                    cls="sondages",
                    title="Intentions de vote au Québec",
                    items=[
                        ctx.one(
                            [
                                "PQ 33 %, PLQ 24 %, CAQ 17 %, PCQ 13 %, QS 10 %",
                                "PQ 32 %, PLQ 25 %, CAQ 18 %, PCQ 12 %, QS 10 %",
                            ]
                        ),
                        "Moyenne des sondages, mise à jour le 3 décembre",
                    ],
                )
            )
        if ctx.chance(0.6):
            side.append(
                fx.list_box(
                    ctx,
                    "reviews with star ratings",
                    cls="critiques",
                    title="Nos critiques",
                    items=ctx.some(reviews, 2, 3),
                )
            )
        terms = fx.suggestions(
            ctx,
            cls="recherches",
            title="Recherches populaires",
            terms=ctx.some(
                [
                    "traversier québec lévis horaire",
                    "glaces fleuve saint-laurent",
                    "stq traverse suspendue",
                    "brise-glace garde côtière",
                ],
                3,
                4,
            ),
            base="/recherche",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="consentement",
                text="Nous utilisons des fichiers de navigation pour mesurer l'audience et "
                "améliorer votre expérience. Vous pouvez modifier vos préférences en tout temps.",
                buttons=["J'accepte", "Paramètres"],
            )
        page = f"""<header class="entete"><a class="entete__logo" href="/">Le Devoir</a>
<nav class="entete__nav"><a href="/politique">Politique</a> <a href="/societe">Société</a> <a href="/economie">Économie</a> <a href="/culture">Culture</a> <a href="/opinion">Idées</a></nav></header>
<main class="principal">
<article class="article">
<p class="article__rubrique">Société</p>
<h1 class="article__titre">Un traversier Québec-Lévis prisonnier des glaces pendant trois heures</h1>
<p class="article__chapeau">Un brise-glace de la Garde côtière a dû dégager un chenal pour libérer les 85 passagers.</p>
<p class="article__signature">Marc-Olivier Fortin à Québec · Publié le 6 décembre 2026 à 11 h 48 · Mis à jour à {fx.qc(latest)}</p>
<div class="article__corps">
{body_html}
</div>
{terms}
</article>
<aside class="colonne">{"".join(side)}</aside>
</main>
<footer class="pied"><p>© Le Devoir 2026</p><a href="/confidentialite">Confidentialité</a></footer>
{banner}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Un traversier Québec-Lévis prisonnier des glaces pendant trois heures",
            "datePublished": "2026-12-06T11:48:00-05:00",
            "dateModified": latest.isoformat(),
            "author": {"@type": "Person", "name": "Marc-Olivier Fortin"},
            "publisher": {"@type": "Organization", "name": "Le Devoir"},
            "inLanguage": "fr-CA",
        }
        return shell(
            ctx,
            lang="fr-CA",
            title="Un traversier Québec-Lévis prisonnier des glaces pendant trois heures | Le Devoir",
            canonical=f"https://www.ledevoir.com/societe/948812/{slug}",
            body_class="devoir article",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="Le Devoir (CA)",
        lang="fr",
        kind="updates",
        offset=off,
        body=body,
        blocks=[first, second, corr],
        genuine=genuine,
        genuine_at=2,
        render=render,
        summary="two boxes *inside* the story after paragraph 3, **oldest first**, each a bold "
        'title paragraph "Article mis à jour le dimanche 6 décembre 2026 à 14 h 10" + a text '
        'paragraph; italic bold "Correctif :" at the bottom (`correction`)',
        genuine_note='an "Article mis à jour le dimanche 6 décembre 2026 à 17 h 53" box after '
        "the 15 h 35 one, still mid-story (Eastern time, −05:00)",
    )
    return site


# ---------------------------------------------------------------------------------------------
# La DH: live, oldest first, <article> posts; LiveBlogPosting with liveBlogUpdate


def dh() -> Site:
    off = 1
    slug = "dhnet-direct-vents-violents-ligne-161-arbres-sur-les-voies"
    intro = [
        "Des rafales dépassant 100 km/h ont balayé la Wallonie et Bruxelles ce dimanche. Plusieurs "
        "arbres sont tombés sur les voies de la ligne 161 entre Ottignies et Gembloux, "
        "interrompant le trafic ferroviaire entre Bruxelles et Namur.",
        "L'IRM maintient son avertissement orange jusqu'à minuit. Suivez avec nous l'évolution de "
        "la situation ce dimanche soir.",
    ]

    def post(h: int, m: int, headline: str | None, text: str) -> Block:
        return Block("live_entry", f"{h:02d}:{m:02d}", stamp(off, h, m), (text,), headline)

    posts = [
        post(
            17,
            25,
            "Un arbre sur la caténaire à Mont-Saint-Guibert",
            "Infrabel signale un arbre couché sur la caténaire à hauteur de Mont-Saint-Guibert. Le "
            "trafic est interrompu dans les deux sens entre Ottignies et Gembloux.",
        ),
        post(
            18,
            10,
            "Des bus de remplacement annoncés",
            "La SNCB organise des bus entre Ottignies et Gembloux, mais prévient qu'il faudra "
            "compter une heure de trajet supplémentaire.",
        ),
        post(
            19,
            2,
            None,
            "Un lecteur nous signale des toitures arrachées dans le centre de Wavre. Les pompiers "
            "y sont en intervention depuis la fin d'après-midi.",
        ),
        post(
            20,
            14,
            "Plus de 40 interventions en Brabant wallon",
            "La zone de secours du Brabant wallon fait état de plus de 40 interventions depuis le "
            "début de l'après-midi, surtout pour des arbres et des tuiles tombés.",
        ),
        post(
            21,
            37,
            "Un deuxième arbre près de Chastre",
            "Les équipes d'Infrabel ont découvert un second arbre sur les voies près de la gare de "
            "Chastre. Le dégagement devrait durer une bonne partie de la nuit.",
        ),
        post(
            22,
            41,
            "Le vent commence à faiblir",
            "Les rafales mesurées à Uccle ne dépassent plus 70 km/h, indique l'IRM, qui pourrait "
            "lever son avertissement avant minuit.",
        ),
    ]
    genuine = post(
        23,
        54,
        "Une voie rouverte pour le premier train",
        "Infrabel annonce qu'une des deux voies sera rouverte entre Ottignies et Gembloux pour le "
        "premier train de lundi, à 5 h 12.",
    )
    alerts = [
        (18, 2, "Marché de Noël de Liège : fermeture anticipée à cause du vent"),
        (19, 33, "Lotto : un joueur hennuyer remporte 1,2 million d'euros"),
        (20, 47, "Football : Anderlecht s'impose dans le derby bruxellois"),
        (21, 48, "Charleroi : un entrepôt détruit par les flammes à Gosselies"),
        (22, 36, "Cyclocross : doublé belge dans la citadelle de Namur"),
        (23, 12, "Bruxelles : le métro roulera jusqu'à 1 heure pendant les fêtes"),
        (23, 41, "Météo : jusqu'à 5 cm de neige attendus lundi en Ardenne"),
    ]
    advice = [
        (
            20,
            5,
            "Le SPF Affaires étrangères a mis à jour ses conseils aux voyageurs pour le Népal.",
        ),
        (
            21,
            15,
            "Le SPF Affaires étrangères a mis à jour ses conseils aux voyageurs pour le Pérou.",
        ),
        (22, 50, "Le SPF Affaires étrangères a mis à jour ses conseils aux voyageurs pour Cuba."),
        (
            23,
            30,
            "Le SPF Affaires étrangères a mis à jour ses conseils aux voyageurs pour le Kenya.",
        ),
    ]
    timetable = [
        "Avec le nouvel horaire du 13 décembre, la SNCB ajoute un train toutes les heures entre "
        "Bruxelles et Luxembourg jusqu'à 22 heures.",
        "À partir du 13 décembre, le train de nuit vers Berlin partira de Bruxelles-Midi trois fois "
        "par semaine.",
        "Le nouvel horaire du 13 décembre supprime deux trains du soir entre Namur et Dinant.",
    ]
    cameras = [
        "N4 à Mont-Saint-Guibert",
        "N25 à Wavre, direction Nivelles",
        "N243 à Grez-Doiceau",
        "N29 à Chastre, direction Gembloux",
        "N5 à Waterloo, chaussée de Bruxelles",
    ]
    reviews = [
        f"Ciné : « La Maison des ombres », un polar belge efficace {fx.stars(3)}",
        f"« Le Lac des cygnes » au Cirque royal : des cygnes trop sages {fx.stars(2)}",
        f"Resto : une friterie gastronomique à Ixelles {fx.stars(4)}",
    ]
    most_read = [
        "Un Liégeois gagne 250 000 euros avec les dates d'anniversaire de ses enfants",
        "Ixelles : la friterie de la place Flagey ferme ses portes",
        "Pourquoi les prix de l'énergie vont baisser en janvier",
        "Anderlecht : l'entraîneur sous pression après trois défaites",
        "Ostende : un phoque s'installe sur la digue",
        "Mons : le marché de Noël attire un record de visiteurs",
    ]
    ads = [
        "Chauffage au pellet : primes régionales jusqu'à 3 000 euros, demandez votre devis.",
        "Week-end à Durbuy : deux nuits en chambre d'hôtes dès 189 euros.",
        "Pneus hiver montés et équilibrés dès 59 euros chez Pneus Mosane.",
    ]

    def render(ctx: Ctx) -> str:
        now = ctx.now
        clock = (now.hour or 24, now.minute)
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown)  # type: ignore[type-var]
        chunks = []
        for b in shown:
            when = b.moment()
            assert when is not None
            title = f'<h2 class="dh-live-post__title">{esc(b.headline)}</h2>' if b.headline else ""
            chunks.append(
                f'<article class="dh-live-post" id="p-{when:%H%M}">'
                f'<time class="dh-live-post__time" datetime="{when.isoformat()}">'
                f"{esc(b.label or '')}</time>{title}"
                f'<div class="dh-live-post__content"><p>{esc(b.paras[0])}</p></div></article>'
            )
        inserts: list[str] = []
        if ctx.chance(0.8):
            sent = [a for a in alerts if (a[0], a[1]) <= clock][-3:]
            ctx.furn("push-alert history with clock times", *(t for _, _, t in sent))
            rows = "".join(
                f"<li><time>{h:02d}:{m:02d}</time> {esc(t)}</li>" for h, m, t in reversed(sent)
            )
            inserts.append(
                f'<article class="dh-live-post dh-live-post--alerts">'
                f'<h2 class="dh-live-post__title">Nos alertes de ce dimanche</h2>'
                f'<ul class="dh-alerts">{rows}</ul></article>'
            )
        if ctx.chance(0.7):
            done = [a for a in advice if (a[0], a[1]) <= clock]
            h, m, text = done[-1]
            ctx.furn('travel-advisory feed with an "updated" word and clock', text)
            inserts.append(
                f'<aside class="dh-voyage"><p class="dh-voyage__title">Conseils aux voyageurs</p>'
                f"<p>{esc(text)} <span>({h:02d}:{m:02d})</span></p></aside>"
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.para_box(
                    ctx,
                    "timetable-change notice (full sentences)",
                    cls="dh-bon-a-savoir",
                    title="Bon à savoir",
                    paras=[ctx.one(timetable)],
                )
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.list_box(
                    ctx,
                    "speed-camera locations of the day",
                    cls="dh-radars",
                    title="Radars mobiles ce lundi en Brabant wallon",
                    items=ctx.some(cameras, 3),
                )
            )
        inserts.append(fx.ad_slot(ctx, cls="dh-pub", label="Publicité", copy=[ctx.one(ads)]))
        feed = place(ctx, chunks, inserts)
        side: list[str] = []
        if ctx.chance(0.9):
            side.append(
                fx.link_list(
                    ctx,
                    "most-read list (a rotating subset)",
                    cls="dh-most",
                    title="Les plus lus",
                    items=ctx.shuffled(most_read, 4),
                    base="/actu/belgique",
                )
            )
        if ctx.chance(0.6):
            side.append(
                fx.list_box(
                    ctx,
                    "reviews with star ratings",
                    cls="dh-critiques",
                    title="Nos critiques",
                    items=ctx.some(reviews, 2),
                )
            )
        terms = fx.suggestions(
            ctx,
            cls="dh-tags",
            title="Recherches fréquentes",
            terms=ctx.some(
                [
                    "ligne 161 trafic",
                    "tempête belgique aujourd'hui",
                    "sncb perturbations ce soir",
                    "arbre tombé caténaire",
                ],
                3,
                4,
            ),
            base="/recherche",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="dh-cmp",
                text="Avec votre accord, nous et nos partenaires utilisons des cookies pour "
                "mesurer l'audience et personnaliser les publicités.",
                buttons=["Accepter", "Continuer sans accepter"],
            )
        page = f"""<header class="dh-header"><a class="dh-header__logo" href="/">DH Les Sports+</a>
<nav class="dh-nav"><a href="/actu">Actu</a> <a href="/sports">Sports</a> <a href="/regions">Régions</a> <a href="/people">People</a></nav></header>
<main class="dh-main">
<article class="dh-article dh-article--live">
<span class="dh-badge">EN DIRECT</span>
<h1 class="dh-article__title">Vents violents : des arbres sur la ligne 161, plus de trains entre Ottignies et Gembloux</h1>
<p class="dh-article__meta">Publié le 06-12-2026 à 17:40 · Mis à jour à {latest:%H:%M}</p>
<div class="dh-live__intro">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
<div class="dh-live__feed">
{feed}
</div>
{terms}
</article>
<aside class="dh-aside">{"".join(side)}</aside>
</main>
<footer class="dh-footer"><p>© IPM 2026</p><a href="/vie-privee">Vie privée</a></footer>
{banner}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Vents violents : des arbres sur la ligne 161",
            "datePublished": "2026-12-06T17:40:00+01:00",
            "dateModified": latest.isoformat(),
            "coverageStartTime": "2026-12-06T17:25:00+01:00",
            "publisher": {"@type": "Organization", "name": "DH Les Sports+"},
            "liveBlogUpdate": [
                {
                    "@type": "BlogPosting",
                    "headline": b.headline or b.paras[0][:50],
                    "datePublished": b.timestamp,
                    "articleBody": b.paras[0],
                }
                for b in shown
            ],
        }
        return shell(
            ctx,
            lang="fr-BE",
            title="Vents violents : des arbres sur la ligne 161 - DH Les Sports+",
            canonical=f"https://www.dhnet.be/actu/belgique/2026/12/06/{slug}-ABCD/",
            body_class="dh live",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="La DH (BE)",
        lang="fr",
        kind="live",
        offset=off,
        body=intro,
        blocks=posts,
        genuine=genuine,
        genuine_at=len(posts),
        render=render,
        summary='6 `<article>` posts **oldest first**, `<time>` "17:25" + `<h2>` (one without '
        "headline); `LiveBlogPosting` with `liveBlogUpdate`",
        genuine_note='a "23:54" post at the **bottom** (also in JSON-LD)',
    )
    return site


# ---------------------------------------------------------------------------------------------
# Le Nouvelliste: live, newest first, entries marked only by a bold clock paragraph


def nouvelliste() -> Site:
    off = 1
    slug = "lenouvelliste-direct-crans-montana-telecabine-skieurs-evacues"
    intro = [
        "Une panne a immobilisé la télécabine Crans–Cry d'Er ce dimanche après-midi, en pleine "
        "journée d'ouverture de la saison. Quelque 140 skieurs ont dû être évacués des cabines à "
        "l'aide de cordes par les secouristes et les patrouilleurs.",
        "Une enquête a été ouverte pour déterminer l'origine de la panne. Retrouvez ci-dessous les "
        "dernières informations.",
    ]

    def entry(h: int, m: int, *paras: str) -> Block:
        return Block("live_entry", f"{h}h{m:02d}", stamp(off, h, m), paras)

    entries = [
        entry(
            22,
            47,
            "La société des remontées mécaniques annonce que la télécabine restera fermée lundi. "
            "Les skieurs pourront rejoindre Cry d'Er par le télésiège de Chetzeron.",
        ),
        entry(
            21,
            58,
            "Le dernier des 140 skieurs a pu regagner la station vers 19h30, confirme la police "
            "cantonale valaisanne. Aucun blessé grave n'est à signaler.",
        ),
        entry(
            21,
            12,
            "Selon nos informations, la panne serait due à un problème sur le frein principal de la "
            "station motrice.",
            "La société n'a pas souhaité confirmer cette hypothèse ce soir.",
        ),
        entry(
            20,
            26,
            "Le Service de la mobilité précise que la route de Sierre à Crans-Montana reste "
            "ouverte, mais recommande des pneus d'hiver et des chaînes au-dessus de Chermignon.",
        ),
        entry(
            19,
            40,
            "Une cellule d'accueil a été installée à la salle communale de Crans-Montana pour les "
            "skieurs évacués et leurs proches.",
        ),
        entry(
            18,
            55,
            "Les hélicoptères ont dû cesser leurs rotations à la tombée de la nuit. Les dernières "
            "évacuations se font à pied, à la lampe frontale.",
        ),
    ]
    genuine = entry(
        23,
        52,
        "La police cantonale annonce que l'enquête a été confiée au Service suisse d'enquête de "
        "sécurité, qui enverra deux spécialistes sur place lundi matin.",
    )
    alerts = [
        (19, 48, "Martigny : le marché de Noël fermera plus tôt lundi à cause du vent."),
        (21, 35, "Sion : le Conseil municipal adopte le budget 2027 après six heures de débat."),
        (22, 20, "Hockey : le HC Sierre s'impose à domicile et reprend la tête du classement."),
        (23, 15, "Monthey : la piscine couverte rouvrira le 4 janvier après des travaux."),
        (23, 40, "Brigue : un feu de cheminée mobilise les pompiers du Haut-Valais."),
    ]
    glossary = [
        "Lors d'une évacuation verticale, les secouristes descendent les passagers d'une cabine "
        "immobilisée à l'aide d'un baudrier et d'une corde.",
        "Une télécabine débrayable détache ses cabines du câble en gare, ce qui leur permet de "
        "ralentir pour l'embarquement.",
    ]
    timetable = [
        "Changement d'horaire le 13 décembre : le RegioExpress Saint-Maurice–Brigue circulera "
        "toutes les demi-heures le week-end.",
        "Dès le 13 décembre, le bus de nuit entre Sion et Crans-Montana circulera aussi le jeudi.",
    ]
    cameras = [
        "Route du Simplon, traversée de Sierre",
        "Route cantonale de Savièse, Saint-Germain",
        "Autoroute A9, jonction de Riddes",
        "Route de Crans-Montana, virages de Chermignon",
    ]
    reviews = [
        f"« Le Malade imaginaire » au Théâtre de Valère, une mise en scène alerte {fx.stars(4)}",
        f"Restaurant : la raclette revisitée d'un chef sédunois {fx.stars(3)}",
        f"Disque : le nouvel album du chœur de Vissoie {fx.stars(4)}",
    ]
    most_read = [
        "Le FC Sion engage un attaquant portugais",
        "Viège : la nouvelle patinoire affiche complet pour le derby",
        "Loèche-les-Bains : les bains thermaux battent un record de fréquentation",
        "Saint-Maurice : l'abbaye restaure ses vitraux",
        "Loyers : le Valais central rattrape l'arc lémanique",
        "Vétroz : un vigneron primé pour son amigne",
    ]
    ads = [
        "Abonnement de saison 4 Vallées : tarif préférentiel jusqu'au 20 décembre.",
        "Fromage à raclette d'alpage : commandez en ligne, livraison en 48 heures.",
        "Pneus d'hiver montés et équilibrés dès 89 francs au Garage du Rhône.",
    ]

    def render(ctx: Ctx) -> str:
        now = ctx.now
        clock = (now.hour or 24, now.minute)
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown)  # type: ignore[type-var]
        chunks = []
        for b in shown:
            paras = "".join(f'<p class="lnv-p">{esc(p)}</p>' for p in b.paras)
            chunks.append(f'<p class="lnv-p"><strong>{esc(b.label or "")}</strong></p>{paras}')
        inserts: list[str] = []
        if ctx.chance(0.8):
            h, m, text = [a for a in alerts if (a[0], a[1]) <= clock][-1]
            ctx.furn("push-alert history with clock times", text)
            inserts.append(
                f'<p class="lnv-p"><strong>{h}h{m:02d}</strong></p>'
                f'<p class="lnv-p"><em>Alerte info</em> – {esc(text)}</p>'
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.para_box(
                    ctx,
                    "glossary or explainer box (full sentences in the story's vocabulary)",
                    cls="lnv-savoir",
                    title="Le saviez-vous ?",
                    paras=[ctx.one(glossary)],
                )
            )
        if ctx.chance(0.65):
            inserts.append(
                fx.para_box(
                    ctx,
                    "timetable-change notice (full sentences)",
                    cls="lnv-mobilite",
                    title="Mobilité",
                    paras=[ctx.one(timetable)],
                )
            )
        if ctx.chance(0.7):
            n = fx.rising(ctx, 1204, 6)
            line = (
                "La pétition pour des bus gratuits entre Sierre et le Haut-Plateau a déjà "
                f"recueilli {fx.num(n, 'fr')} signatures."
            )
            ctx.furn("petition counter (rising through the evening)", line)
            inserts.append(f'<div class="lnv-petition"><p>{esc(line)}</p></div>')
        if ctx.chance(0.6):
            inserts.append(
                fx.para_box(
                    ctx,
                    "print-delivery notice (full sentences)",
                    cls="lnv-abo",
                    title=None,
                    paras=[
                        "En raison des chutes de neige, la distribution du Nouvelliste de lundi "
                        "pourrait être retardée dans le val d'Anniviers et sur le Haut-Plateau."
                    ],
                    tag="div",
                )
            )
        if ctx.chance(0.7):
            inserts.append(
                fx.list_box(
                    ctx,
                    "speed-camera locations of the day",
                    cls="lnv-radars",
                    title="Contrôles radar annoncés lundi",
                    items=ctx.some(cameras, 2, 3),
                )
            )
        inserts.append(fx.ad_slot(ctx, cls="lnv-pub", label="Publicité", copy=[ctx.one(ads)]))
        feed = place(ctx, chunks, inserts)
        side: list[str] = []
        if ctx.chance(0.9):
            side.append(
                fx.link_list(
                    ctx,
                    "most-read list (a rotating subset)",
                    cls="lnv-top",
                    title="Les plus lus",
                    items=ctx.shuffled(most_read, 4),
                    base="/valais",
                )
            )
        if ctx.chance(0.6):
            side.append(
                fx.list_box(
                    ctx,
                    "reviews with star ratings",
                    cls="lnv-critiques",
                    title="Critiques",
                    items=ctx.some(reviews, 2),
                )
            )
        terms = fx.suggestions(
            ctx,
            cls="lnv-search",
            title="Recherches associées",
            terms=ctx.some(
                [
                    "crans-montana télécabine panne",
                    "cry d'er fermé",
                    "évacuation skieurs valais",
                    "remontées mécaniques crans",
                ],
                3,
                4,
            ),
            base="/recherche",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="lnv-consent",
                text="Nous utilisons des cookies pour vous offrir une meilleure expérience et "
                "afficher des publicités adaptées à vos intérêts.",
                buttons=["Tout accepter", "Refuser"],
            )
        page = f"""<header class="lnv-header"><a class="lnv-header__logo" href="/">Le Nouvelliste</a>
<nav class="lnv-nav"><a href="/valais">Valais</a> <a href="/suisse">Suisse</a> <a href="/sport">Sport</a> <a href="/loisirs">Loisirs</a></nav></header>
<main class="lnv-main">
<article class="lnv-article lnv-direct">
<p class="lnv-direct__badge">En direct</p>
<h1 class="lnv-article__title">Crans-Montana: la télécabine de Cry d'Er en panne, 140 skieurs évacués</h1>
<p class="lnv-article__meta">Publié le 6 décembre 2026 à 16h05 · Modifié à {latest.hour}h{latest.minute:02d}</p>
<div class="lnv-direct__intro">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
<div class="lnv-direct__feed">
{feed}
</div>
{terms}
</article>
<aside class="lnv-aside">{"".join(side)}</aside>
</main>
<footer class="lnv-footer"><p>© Le Nouvelliste 2026</p><a href="/cgu">CGU</a></footer>
{banner}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Crans-Montana: la télécabine de Cry d'Er en panne, 140 skieurs évacués",
            "datePublished": "2026-12-06T16:05:00+01:00",
            "dateModified": latest.isoformat(),
            "publisher": {"@type": "Organization", "name": "Le Nouvelliste"},
        }
        return shell(
            ctx,
            lang="fr-CH",
            title="Crans-Montana: la télécabine de Cry d'Er en panne, 140 skieurs évacués",
            canonical=f"https://www.lenouvelliste.ch/valais/valais-central/{slug}-1234567",
            body_class="lnv direct",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="Le Nouvelliste (CH)",
        lang="fr",
        kind="live",
        offset=off,
        body=intro,
        blocks=entries,
        genuine=genuine,
        genuine_at=0,
        render=render,
        summary="6 entries newest first with **no wrapper and no headlines**: a bold clock "
        "paragraph `<p><strong>22h47</strong></p>` followed by the text paragraph(s); one entry "
        "with two paragraphs",
        genuine_note='a "23h52" entry on top',
    )
    return site


SITES = [devoir, dh, nouvelliste]
