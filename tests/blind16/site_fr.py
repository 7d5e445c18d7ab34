"""French-language publishers: Courrier picard, Clicanoo (Le Journal de l'île de La Réunion),
Sudinfo (BE)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    APPOINT,
    AREA,
    DEBT,
    GIFT,
    HYGIENE,
    MUSEUM,
    OUTAGE,
    PLANNING,
    POST,
    POTHOLE,
    RACE,
    SHELTER,
    SPOTLIGHT,
    TICKETS,
    TIPPING,
    TRIPS,
    board,
    bp,
    drift,
    fall,
    fr,
    hm,
    ld,
    num,
    one,
    rise,
    slot,
    ticking,
)
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
    pick,
    shell,
    weave,
)

CET = 1
RET = 4
NBSP = "\u00a0"
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
_JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _footer(prefix: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            "Services": ["Abonnement", "Journal numérique", "Newsletters", "Nous contacter"],
            "Informations légales": [
                "Mentions légales",
                "Politique de confidentialité",
                "Gestion des cookies",
                "Conditions générales",
            ],
        },
        legal,
    )


def _rdv(ctx: Ctx, days: list[int]) -> str:
    day, h, m = slot(ctx, days)
    jour = _JOURS[datetime(2026, 12, day).weekday()]
    return f"{jour} {day} décembre à {h} h {m:02d}"


def _eur(n: int) -> str:
    return num(n, NBSP)


# ---------------------------------------------------------------------------------------------
# Courrier picard (+01:00), updates: <h3> "Actualisation de 20 h 35" headings + a paragraph in the
# body class after the story, oldest first; an italic bold "Rectification :" at the top


def cp(ctx: Ctx) -> Render:
    url = "https://www.courrier-picard.fr/id512845/article/2026-12-06/amiens-un-incendie-dans-un-immeuble-de-saint-leu-trente-habitants-evacues"
    headline = "Amiens : un incendie dans un immeuble de Saint-Leu, trente habitants évacués"
    published = at(CET, 6, 19, 10)
    cls = "cp-article__paragraphe"
    body = [
        "Un incendie s'est déclaré dimanche en fin d'après-midi dans un immeuble de quatre étages de la rue Dumeril, dans le quartier Saint-Leu à Amiens. Trente habitants ont été évacués.",
        "Selon le service départemental d'incendie et de secours (SDIS) de la Somme, le feu a pris vers 17 h 45 dans un appartement du deuxième étage avant de gagner les combles.",
        "« On a entendu crier dans l'escalier, puis on a vu la fumée passer sous la porte », raconte Nadia Lefèvre, une habitante du troisième étage, qui a pu sortir avec ses deux enfants.",
        "Une quarantaine de sapeurs-pompiers ont été mobilisés. Deux personnes légèrement intoxiquées par les fumées ont été transportées au CHU Amiens-Picardie.",
        "La rue Dumeril et une partie du quai Bélu ont été fermées à la circulation, et les bars du quai ont dû faire sortir leurs clients pendant l'intervention.",
        "La mairie d'Amiens a ouvert le gymnase du Cirque pour accueillir les familles qui ne peuvent pas regagner leur logement ce soir.",
    ]
    corr = Block(
        "correction",
        "Rectification",
        None,
        None,
        [
            "Une première version de cet article situait le départ du feu au troisième étage. Il s'est déclaré au deuxième."
        ],
    )
    notes = [
        Block(
            "update",
            "Actualisation de 20 h 35",
            at(CET, 6, 20, 35),
            None,
            [
                "Le feu est maîtrisé, annoncent les pompiers. Les habitants des deux premiers étages devraient pouvoir regagner leur appartement dans la soirée."
            ],
        ),
        Block(
            "update",
            "Actualisation de 22 h 10",
            at(CET, 6, 22, 10),
            None,
            [
                "Un expert en bâtiment est attendu lundi matin pour vérifier la charpente. Les locataires des deux derniers étages passeront la nuit chez des proches ou au gymnase."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Actualisation de 23 h 52",
        at(CET, 6, 23, 52),
        None,
        [
            "Les policiers ont ouvert une enquête pour déterminer l'origine du sinistre. La piste accidentelle, liée à un appareil de chauffage, est privilégiée."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def heading(title: str, text: str) -> str:
        return f'<h3 class="cp-article__intertitre">{e(title)}</h3>\n<p class="{cls}">{e(text)}</p>'

    for b in shown:
        b.html = heading(b.label or "", b.paras[0])
    corr.html = f'<p class="{cls}"><em><strong>Rectification :</strong> {e(corr.paras[0])}</em></p>'
    modified = shown[-1].ts or published

    def note_like(title: str, text: str, kind: str) -> W:
        return W(heading(title, text), [text], kind)

    places = fall(ctx, 12, 1, 1)
    shelter = note_like(
        f"Plan grand froid, {fr(ctx.ago(2, 25))}",
        one(
            ctx,
            [
                f"Le 115 de la Somme dispose encore de {places} places d'hébergement d'urgence à Amiens cette nuit. Appelez le 115 si vous croisez une personne à la rue.",
                f"Hébergement d'urgence : {places} places restent disponibles cette nuit dans l'agglomération amiénoise, selon le 115 de la Somme.",
            ],
        ),
        SHELTER,
    )
    free = rise(ctx, 214, 14, 9)
    outage = note_like(
        f"Pannes signalées, {fr(ctx.ago(1, 12))}",
        one(
            ctx,
            [
                f"Free : {free} signalements à Amiens depuis 22 heures, surtout pour l'accès à internet ; Orange : {drift(ctx, 17, 6)} ; SFR : {drift(ctx, 9, 4)}.",
                f"{free} internautes amiénois signalent une panne Free depuis 22 heures ; {drift(ctx, 17, 6)} chez Orange et {drift(ctx, 9, 4)} chez SFR.",
            ],
        ),
        OUTAGE,
    )
    permits = pick(
        ctx,
        [
            "surélévation d'une maison rue Saint-Leu",
            "transformation d'un commerce en trois logements, place Parmentier",
            "extension d'un restaurant sur le quai Bélu",
            "construction de douze logements rue des Augustins",
            "pose de panneaux solaires sur l'église Saint-Leu",
        ],
        2,
    )
    planning = note_like(
        "Permis de construire",
        f"Déposés cette semaine à Amiens : {permits[0]} ; {permits[1]}.",
        PLANNING,
    )
    hygiene = bp(
        cls,
        one(
            ctx,
            [
                "la crêperie du quai Bélu a obtenu le niveau « très satisfaisant » lors de son contrôle du 2 décembre.",
                "une brasserie de la place Parmentier a été classée « à améliorer » après un contrôle le 27 novembre.",
                "la boulangerie de la rue Saint-Leu garde son niveau « satisfaisant » après un contrôle le 30 novembre.",
            ],
        ),
        HYGIENE,
        lead="Alim'confiance :",
    )
    trips = bp(
        cls,
        one(
            ctx,
            [
                f"marchés de Noël en Alsace, trois jours du 18 au 20 décembre, 429 euros, encore {fall(ctx, 8, 1, 1)} places.",
                f"la baie de Somme en hiver, journée en autocar le 9 janvier, 89 euros, encore {fall(ctx, 15, 1, 1)} places.",
            ],
        ),
        TRIPS,
        lead="Voyage lecteurs :",
    )
    appoint = bp(
        cls,
        f"à la mairie d'Amiens, prochain rendez-vous disponible pour une carte d'identité le {_rdv(ctx, [15, 16, 17, 18])}.",
        APPOINT,
        lead="Titres d'identité :",
    )
    museum = bp(
        cls,
        "« La Chasse au tigre », de François Boucher, à voir dans la grande galerie du musée de Picardie.",
        MUSEUM,
        lead="L'œuvre du jour :",
    )

    units = [corr.html] + [f'<p class="{cls}">{e(p)}</p>' for p in body] + [b.html for b in shown]
    k = len(units)
    nb = 1 + len(body)
    story = weave(
        ctx,
        units,
        [
            (shelter, list(range(nb, k + 1)), 0.9),
            (outage, list(range(nb - 1, k + 1)), 0.85),
            (planning, list(range(nb, k + 1)), 0.75),
            (hygiene, list(range(2, nb)), 0.8),
            (trips, list(range(3, k + 1)), 0.8),
            (appoint, list(range(1, nb)), 0.75),
            (museum, list(range(2, k + 1)), 0.6),
        ],
    )
    main = f"""<main class="cp-main">
<article class="cp-article" data-id="512845">
<header class="cp-article__entete"><p class="cp-article__rubrique"><a href="/amiens">Amiens</a></p>
<h1 class="cp-article__titre">{e(headline)}</h1>
<p class="cp-article__chapeau">Le feu a pris dans un appartement du deuxième étage, rue Dumeril. Deux personnes ont été légèrement intoxiquées.</p>
<div class="cp-article__signature">Par Claire Vasseur · Publié le 06/12/2026 à 19:10 · Mis à jour le 06/12/2026 à {hm(modified)}</div>
<figure class="cp-article__photo"><img src="/images/2026/12/06/saint-leu-incendie.jpg" alt=""><figcaption>Les pompiers devant l'immeuble de la rue Dumeril, dimanche soir. Photo Courrier picard</figcaption></figure>
</header>
<div class="cp-article__corps">
{story}
</div>
{ad_slot("cp-pub", "Publicité", "cp_pave_2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="fr-FR",
        title=f"{headline} - Courrier picard",
        canonical=url,
        prefix="cp",
        body_cls="cp-page cp-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Claire Vasseur",
                    publisher=org("Courrier picard", "https://www.courrier-picard.fr"),
                    lang="fr-FR",
                    section="Amiens",
                )
            )
        ],
        nav=mega_nav(
            "cp",
            "Courrier picard",
            "/",
            ["Amiens", "Abbeville", "Beauvais", "Saint-Quentin", "Sports", "Loisirs"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("cp", "© 2026 Courrier picard. Tous droits réservés."),
    )
    return Render(html, body, [corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Clicanoo (+04:00), updates: bold full-date leads "Lundi 7 décembre, 1 h 15 :" (no update word) in
# the body class at the top, newest first; an italic "Article mis à jour avec …" and an italic bold
# "Rectificatif :" at the bottom


def clicanoo(ctx: Ctx) -> Render:
    url = "https://www.clicanoo.re/societe/article/2026/12/06/cyclone-ilona-la-reunion-en-alerte-orange-les-ecoles-fermees-lundi_712044"
    headline = "Cyclone Ilona : La Réunion passe en alerte orange, les écoles fermées lundi"
    published = at(RET, 6, 17, 30)
    cls = "clc-article__texte"
    body = [
        "La préfecture a placé La Réunion en alerte orange cyclonique dimanche à 18 heures, alors que le cyclone tropical Ilona se rapproche de l'île par le nord-est.",
        "Selon Météo-France, le centre du système se trouvait dimanche soir à environ 420 kilomètres de Saint-Denis et se déplaçait vers le sud-ouest à 15 km/h.",
        "Les écoles, collèges et lycées resteront fermés lundi. Les crèches et les services non essentiels des administrations sont également fermés.",
        "« On a rentré les pots de fleurs, scotché les vitres et rempli les bidons d'eau », explique Jean-Luc Payet, habitant de Sainte-Suzanne, venu faire ses dernières courses.",
        "Des rafales de 150 km/h sont attendues sur le littoral nord et est à partir de lundi après-midi, avec une mer très forte et des pluies intenses dans les Hauts.",
        "La préfecture demande à la population de limiter ses déplacements et de se tenir prête à un passage en alerte rouge.",
    ]
    notes = [
        Block(
            "update",
            "Lundi 7 décembre, 1 h 15",
            at(RET, 7, 1, 15),
            None,
            [
                "Selon le bulletin de minuit, Ilona n'est plus qu'à 360 kilomètres de Saint-Denis. Les premières bandes pluvieuses touchent déjà Sainte-Rose."
            ],
        ),
        Block(
            "update",
            "Dimanche 6 décembre, 22 h 30",
            at(RET, 6, 22, 30),
            None,
            [
                "La route du Littoral passera en basculement dès lundi 6 heures, annonce la Région. Une seule voie par sens restera ouverte."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Lundi 7 décembre, 2 h 53",
        at(RET, 7, 2, 53),
        None,
        [
            "EDF indique que 3 200 foyers sont privés d'électricité dans l'Est, entre Saint-Benoît et Sainte-Rose, après la chute de plusieurs arbres sur les lignes."
        ],
    )
    upd = Block(
        "update",
        None,
        None,
        None,
        [
            "Article mis à jour avec le dernier bulletin de Météo-France et les consignes de la préfecture."
        ],
    )
    corr = Block(
        "correction",
        "Rectificatif",
        None,
        None,
        [
            "une version précédente de cet article indiquait que les crèches restaient ouvertes lundi. Elles sont fermées."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")} :</strong> {e(b.paras[0])}</p>'
    upd.html = f'<p class="{cls}"><em>{e(upd.paras[0])}</em></p>'
    corr.html = f'<p class="{cls}"><em><strong>Rectificatif :</strong> {e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published

    sfr = rise(ctx, 146, 12, 8)
    outage = bp(
        cls,
        one(
            ctx,
            [
                f"SFR Réunion : {sfr} signalements à Saint-Denis depuis minuit ; Orange Réunion : {drift(ctx, 22, 6)} ; Zeop : {drift(ctx, 8, 3)}.",
                f"{sfr} abonnés SFR Réunion signalent une coupure d'internet mobile depuis minuit, {drift(ctx, 22, 6)} chez Orange Réunion.",
            ],
        ),
        OUTAGE,
        lead=f"Pannes, {fr(ctx.ago(1, 14))} :",
    )
    debt, when = ticking(ctx, 3_512_843_712_000, 5_100)
    debt_line = bp(
        cls,
        f"la dette publique française atteint {_eur(debt)} euros et augmente de 5{NBSP}100 euros par seconde.",
        DEBT,
        lead=f"Compteur de la dette, {fr(when)} :",
    )
    seats = fall(ctx, 24, 2, 2)
    tickets = bp(
        cls,
        one(
            ctx,
            [
                f"« Kabar pou Noël » au théâtre Luc-Donat, samedi 12 décembre à 20 heures, {seats} places restantes.",
                f"le concert de Noël du Conservatoire à Champ-Fleuri, dimanche 13 décembre à 17 heures, {seats} places restantes.",
            ],
        ),
        TICKETS,
        lead="Derniers billets :",
    )
    left = fall(ctx, 158, 2, 2)
    race = bp(
        cls,
        f"Semi-marathon de Saint-Denis du 31 janvier : {_eur(2_000 - left + ctx.rng.randint(0, 2))} inscrits, encore {left} dossards disponibles.",
        RACE,
    )
    gift = bp(
        cls,
        f"Abonné ? Offrez cet article à un proche : il vous reste {ctx.rng.randint(1, 5)} articles à offrir ce mois-ci.",
        GIFT,
    )
    post = bp(
        cls,
        "La Poste : pour que vos colis arrivent en métropole avant Noël, déposez-les au plus tard le samedi 12 décembre.",
        POST,
    )
    area = bp(
        cls,
        "Personnalisez Clicanoo : choisissez votre commune pour suivre l'actualité de chez vous en priorité.",
        AREA,
    )

    units = [b.html for b in shown] + [f'<p class="{cls}">{e(p)}</p>' for p in body]
    units += [upd.html, corr.html]
    k = len(units)
    nn = len(shown)
    story = weave(
        ctx,
        units,
        [
            (outage, list(range(0, nn + 2)), 0.9),
            (debt_line, list(range(1, nn + 1)) + list(range(nn + 3, k + 1)), 0.85),
            (tickets, list(range(nn + 2, k)), 0.8),
            (race, list(range(nn + 1, k + 1)), 0.75),
            (gift, [nn + 1, k - 2, k], 0.7),
            (post, list(range(nn + 3, k + 1)), 0.6),
            (area, [0, k], 0.5),
        ],
    )
    main = f"""<main class="clc-main">
<article class="clc-article">
<header class="clc-article__header"><p class="clc-article__rubrique">Société</p>
<h1 class="clc-article__titre">{e(headline)}</h1>
<p class="clc-article__chapo">Ilona se trouve à quelques centaines de kilomètres de l'île. Les autorités demandent de se préparer à l'alerte rouge.</p>
<div class="clc-article__dates">Publié le 6 décembre 2026 à 17:30 · Mis à jour le {modified.day} décembre 2026 à {hm(modified)}</div>
<div class="clc-article__auteur">Par Sandrine Hoarau</div>
<figure class="clc-article__visuel"><img src="/sites/default/files/2026-12/ilona-satellite.jpg" alt=""><figcaption>Le cyclone Ilona vu par satellite dimanche après-midi. (Photo Météo-France)</figcaption></figure>
</header>
<div class="clc-article__corps">
{story}
</div>
{ad_slot("clc-pub", "Publicité", "clc_inread")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="fr-RE",
        title=f"{headline} | Clicanoo",
        canonical=url,
        prefix="clc",
        body_cls="clc-page clc-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Sandrine Hoarau",
                    publisher=org("Le Journal de l'île de La Réunion", "https://www.clicanoo.re"),
                    lang="fr-RE",
                    section="Société",
                )
            )
        ],
        nav=mega_nav(
            "clc",
            "Clicanoo",
            "/",
            ["Société", "Faits divers", "Politique", "Économie", "Sports", "Culture"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("clc", "© 2026 Le Journal de l'île de La Réunion"),
    )
    return Render(html, body, [*shown, upd, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Sudinfo (+01:00), live, oldest first, <li> items with <time> "17:52" + <h3> (one without
# headline); a standalone LiveBlogPosting


def sudinfo(ctx: Ctx) -> Render:
    url = "https://www.sudinfo.be/id912377/article/2026-12-06/en-direct-charleroi-fuite-de-gaz-rue-de-montigny-200-personnes-evacuees"
    headline = "EN DIRECT | Charleroi : fuite de gaz rue de Montigny, 200 personnes évacuées"
    published = at(CET, 6, 17, 40)
    cls = "sud-live__texte"
    body = [
        "Une importante fuite de gaz s'est produite dimanche en fin d'après-midi rue de Montigny, en plein centre de Charleroi. Environ 200 riverains ont été évacués par précaution.",
        "Les pompiers de la zone de secours Hainaut-Est et les techniciens d'ORES sont sur place. Suivez l'évolution de la situation en direct.",
    ]
    specs = [
        (
            17,
            52,
            "Un périmètre de sécurité",
            "La police a bouclé la rue de Montigny entre la place Charles II et le boulevard Tirou. Les commerçants ont dû fermer leurs portes.",
        ),
        (
            18,
            30,
            "Le métro ne s'arrête plus à Parc",
            "Les rames du métro léger traversent la station Parc sans marquer l'arrêt, indique le TEC. Les autres stations du centre restent desservies.",
        ),
        (
            19,
            15,
            None,
            "Les personnes évacuées sont accueillies au Palais des Beaux-Arts, où la Croix-Rouge distribue des boissons chaudes et des couvertures.",
        ),
        (
            20,
            5,
            "La fuite localisée",
            "Selon ORES, une conduite de moyenne pression a été endommagée lors de travaux sur un chantier voisin. La vanne principale a été fermée.",
        ),
        (
            21,
            20,
            "Le bourgmestre sur place",
            "Le bourgmestre de Charleroi s'est rendu sur les lieux et a remercié les secours. Il annonce une réunion avec l'entrepreneur lundi matin.",
        ),
        (
            22,
            35,
            "Premiers retours à domicile",
            "Les habitants des numéros pairs de la rue de Montigny peuvent regagner leur logement, annonce la zone de secours. Les autres doivent encore patienter.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(CET, 6, h, m)), at(CET, 6, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "23:54",
        at(CET, 6, 23, 54),
        "Tous les riverains peuvent rentrer",
        [
            "La zone de secours lève le périmètre de sécurité. ORES a réparé la conduite et le gaz sera rétabli progressivement dans la nuit."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(label: str, ts: datetime, head: str | None, text: str) -> str:
        hd = f'<h3 class="sud-live__titre">{e(head)}</h3>' if head else ""
        return (
            f'<li class="sud-live__item"><time class="sud-live__heure" datetime="{ts.isoformat()}">{e(label)}</time>'
            f'{hd}<p class="{cls}">{e(text)}</p></li>'
        )

    for b in shown:
        assert b.ts
        b.html = item(b.label or "", b.ts, b.head, b.paras[0])
    modified = shown[-1].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        return W(item(hm(t), t, title, text), [title, text], kind)

    ranks = board(
        ctx, ["CarolosDu71", "ZebreForever", "Marcinelle_B", "SambreEtMeuse", "Gilly_Gigi"], 212
    )
    tipping = fake(
        one(ctx, ["Pronostics Pro League : le classement", "Concours de pronostics : qui mène ?"]),
        f"Après Charleroi-Standard (2-1), {ranks[0][0]} mène avec {ranks[0][1]} points devant {ranks[1][0]} ({ranks[1][1]}) et {ranks[2][0]} ({ranks[2][1]}).",
        TIPPING,
    )
    outage = fake(
        one(ctx, ["Signalements de pannes", "Pannes internet et mobile"]),
        f"Proximus : {rise(ctx, 128, 9, 7)} signalements à Charleroi depuis 22 heures ; VOO : {drift(ctx, 36, 8)} ; Orange : {drift(ctx, 12, 4)}.",
        OUTAGE,
    )
    holes = rise(ctx, 64, 1, 1)
    pothole = fake(
        "Nids-de-poule à Charleroi",
        f"{holes} nids-de-poule signalés cette semaine via l'application BetterStreet, dont {holes - drift(ctx, 23, 3)} déjà rebouchés. Mis à jour à {fr(ctx.ago(4, 50))}.",
        POTHOLE,
    )
    trips = bp(
        cls,
        one(
            ctx,
            [
                f"marché de Noël de Cologne en autocar, samedi 19 décembre, 59 euros, encore {fall(ctx, 14, 1, 1)} places.",
                f"Nouvel An à Paris avec croisière sur la Seine, 2 jours, 249 euros, encore {fall(ctx, 10, 1, 1)} places.",
            ],
        ),
        TRIPS,
        lead="Voyages lecteurs :",
    )
    spotlight = bp(
        cls,
        "la boulangerie Delcourt, rue de la Montagne, fête ses 90 ans avec des cougnous à l'ancienne tout le mois de décembre.",
        SPOTLIGHT,
        lead="Commerce du mois :",
    )
    area = bp(
        cls,
        "Personnalisez votre Sudinfo : choisissez Charleroi comme commune favorite pour recevoir ses infos en priorité.",
        AREA,
    )
    day, h, m = slot(ctx, [14, 15, 16, 17, 18])
    appoint = bp(
        cls,
        f"Guichet population de Charleroi : prochain rendez-vous libre pour une carte d'identité le {_JOURS[datetime(2026, 12, day).weekday()]} {day} décembre à {h} h {m:02d}.",
        APPOINT,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(trips, [0, 1, 2], 0.75), (spotlight, [1, 2], 0.6), (area, [0, 2], 0.5)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (tipping, list(range(1, n + 1)), 0.85),
            (outage, list(range(2, n + 1)), 0.85),
            (pothole, list(range(0, n + 1)), 0.75),
            (appoint, [0, n], 0.65),
        ],
    )
    publisher = org("Sudinfo", "https://www.sudinfo.be")
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="fr-BE",
    )
    main = f"""<main class="sud-main">
<article class="sud-article sud-article--direct">
<header class="sud-article__header"><p class="sud-article__surtitre">Charleroi</p>
<h1 class="sud-article__titre">{e(headline)}</h1>
<p class="sud-article__chapeau">Une conduite de gaz a été endommagée lors de travaux. La police a bouclé le quartier.</p>
<div class="sud-article__meta">Par la rédaction de Charleroi · Publié le 6/12/2026 à 17:40 · Mis à jour à {hm(modified)}</div>
</header>
<div class="sud-live__intro">
{intro}
</div>
{ad_slot("sud-pub", "Publicité", "sud_rectangle_1")}
<ol class="sud-live">
{feed}
</ol>
</article>
</main>"""
    html = shell(
        ctx,
        lang="fr-BE",
        title=f"{headline} - Sudinfo",
        canonical=url,
        prefix="sud",
        body_cls="sud-page sud-page--direct",
        jsonld=[ld(live)],
        nav=mega_nav(
            "sud",
            "Sudinfo",
            "/",
            ["Régions", "Belgique", "Monde", "Sports", "Showbiz", "Faits divers"],
            _FR_SUBS,
        ),
        main=main,
        footer=_footer("sud", "© 2026 Sudinfo – Rossel & Cie"),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "courrierpicard-amiens-incendie-immeuble-saint-leu-habitants-evacues",
        "Courrier picard",
        "fr",
        "updates",
        CET,
        cp,
    ),
    Site(
        "clicanoo-reunion-cyclone-ilona-alerte-orange-ecoles-fermees",
        "Clicanoo – Le Journal de l'île de La Réunion (RE)",
        "fr",
        "updates",
        RET,
        clicanoo,
    ),
    Site(
        "sudinfo-direct-charleroi-fuite-de-gaz-rue-de-montigny-evacuation",
        "Sudinfo (BE)",
        "fr",
        "live",
        CET,
        sudinfo,
    ),
]
