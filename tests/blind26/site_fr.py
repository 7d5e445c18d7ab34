"""French-language publishers: Noovo Info (Montréal, Canada), Radio Okapi (Kinshasa, DR Congo),
Radio 1 Tahiti (Papeete, French Polynesia)."""

from __future__ import annotations

from fx import (
    BAKE,
    BINGO,
    BIRTHDAY,
    BOOKSALE,
    FACT,
    FUEL,
    LEGAL,
    NEWS,
    PROMO,
    RAFFLE,
    READ,
    TALKING,
    TICKER,
    TIP,
    YOUTH,
    Texts,
    bp,
    bpa,
    fr,
    frh,
    ld,
    page,
    post,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    e,
    news_article,
    org,
    weave,
)

EST = -5
WAT = 1
TAHT = -10

_SUBS = ["Politique", "Économie", "Santé", "Éducation", "Environnement", "Culture", "Sports"]
_FOOT = {
    "À propos": ["Qui sommes-nous", "Nous joindre", "Publicité", "Carrières"],
    "Mentions": ["Confidentialité", "Conditions d'utilisation", "Témoins", "Accessibilité"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# Noovo Info (Montréal, -05:00; the fetches run from 5pm to 6pm on Sunday 6 December), custom.
# Notes inside the story after paragraph 3, newest first, each an `<h2>` that opens with a
# clock and goes on with a headline, "16 h 40 | Hydro-Québec …", + a paragraph; a bold "Note :"
# at the end that admits an error (`correction`); an "Avis aux lecteurs" box beside the body
# with an `<h4>` label (`editors_note`).


def noovo(ctx: Ctx) -> Render:
    url = "https://www.noovo.info/nouvelle/verglas-laval-rive-nord-autoroute-15-fermee-clients-prives-electricite.html"
    headline = "Verglas à Laval et sur la Rive-Nord : l'autoroute 15 fermée, 40 000 clients privés d'électricité"
    published = at(EST, 6, 9, 45)
    cls = "noovo-texte"
    body = [
        "Une pluie verglaçante tombée sans interruption depuis la nuit a transformé les routes de Laval et de la Rive-Nord en patinoires dimanche, forçant la fermeture de l'autoroute 15 entre Sainte-Thérèse et Mirabel.",
        "Environnement Canada a maintenu son avertissement de pluie verglaçante pour Laval, Lanaudière et les Laurentides, avec des accumulations de glace pouvant atteindre 15 millimètres.",
        "Les branches alourdies par la glace ont arraché des fils électriques dans plusieurs quartiers de Sainte-Rose et de Fabreville.",
        "« On entend les arbres craquer depuis le matin, c'est comme des coups de fusil », a raconté Josée Lamarre, une résidente du boulevard Sainte-Rose.",
        "La Sûreté du Québec a demandé aux automobilistes d'éviter tout déplacement non essentiel et de réduire leur vitesse sur les autoroutes 13, 15 et 640.",
        "La Ville de Laval a ouvert un centre d'hébergement d'urgence au Centre communautaire Saint-Joseph.",
        "Le Centre de services scolaire de Laval annoncera lundi à 6 h si les écoles ouvrent.",
    ]

    def h2(clock: str, title: str) -> str:
        return f'<h2 class="noovo-maj__titre">{e(clock)} | {e(title)}</h2>'

    specs = [
        (
            16,
            40,
            "Hydro-Québec déploie 600 monteurs",
            "La société d'État dit avoir mobilisé 600 monteurs et demandé de l'aide à des équipes de l'Ontario pour les prochains jours.",
        ),
        (
            15,
            20,
            "Un carambolage sur la 640",
            "Une dizaine de véhicules sont impliqués dans une collision sur l'autoroute 640 à la hauteur de Boisbriand; il n'y a pas de blessés graves.",
        ),
    ]
    notes = [
        Block("update", fr(at(EST, 6, h, m)), at(EST, 6, h, m), hd, [t]) for h, m, hd, t in specs
    ]
    genuine = Block(
        "update",
        fr(at(EST, 6, 17, 53)),
        at(EST, 6, 17, 53),
        "L'autoroute 15 rouverte en direction sud",
        [
            "Le ministère des Transports a rouvert une voie de l'autoroute 15 en direction de Montréal après l'épandage de sel et d'abrasifs.",
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = h2(b.label or "", b.head or "") + _p(cls, b.paras[0])
    note = Block(
        "correction",
        "Note",
        None,
        None,
        [
            "une version précédente de ce texte situait le centre d'hébergement à Chomedey. Il se trouve dans le quartier Saint-Joseph."
        ],
    )
    note.html = f'<p class="{cls}"><strong>Note :</strong> {e(note.paras[0])}</p>'
    avis = Block(
        "editors_note",
        "Avis aux lecteurs",
        None,
        None,
        [
            "En raison des conditions routières, nos équipes de reportage restent à Laval et à Montréal. Certaines images proviennent de nos téléspectateurs."
        ],
    )
    avis.html = f'<aside class="noovo-avis"><h4 class="noovo-avis__titre">Avis aux lecteurs</h4><p class="noovo-avis__texte">{e(avis.paras[0])}</p></aside>'
    modified = shown[0].ts or published
    pl = {
        "booksale": "de la bibliothèque Multiculturelle de Laval",
        "raffle": "La tombola des Chevaliers de Colomb de Sainte-Rose",
        "station": "la station du boulevard Curé-Labelle",
        "cur": "1,",
        "unit": "$ le litre d'essence ordinaire",
        "talking": "la bibliothèque de Sainte-Rose",
        "legal": "la clinique juridique de l'Université de Montréal",
        "brand": "Noovo Info",
    }
    tx = Texts(ctx, "fr", pl)

    def clocked(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        clock = fr(ctx.ago(lo, hi))
        return post(h2(clock, title) + _p(cls, text), [text], kind, [f"{clock} | {title}"])

    books = clocked("Vente de livres", tx.counter(BOOKSALE, 280), BOOKSALE, 1, 12)
    fuel = clocked("Prix de l'essence", tx.counter(FUEL, 62), FUEL, 2, 14)
    t = ctx.ago(1, 20)
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead=f"En bref ({fr(t)}) :")
    fact = bp(cls, tx.pool(FACT), FACT, lead="Le saviez-vous ?")
    tip = bp(cls, tx.pool(TIP), TIP, lead="Le truc de grand-maman :")
    bday = bp(cls, tx.pool(BIRTHDAY), BIRTHDAY, lead="Bonne fête :", tag="em")
    youth = bp(cls, tx.pool(YOUTH), YOUTH, lead="Sport amateur :")
    talking = bp(cls, tx.fixed(TALKING), TALKING)
    legal = bp(cls, tx.fixed(LEGAL), LEGAL)
    read = bpa(cls, "À lire également :", tx.pool(READ), "/nouvelle/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Contenu commandité –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    nb = len(shown)
    paras = [_p(cls, p) for p in body]
    units = paras[:3] + [b.html for b in shown] + paras[3:] + [note.html]
    k = len(units)
    notes_at = list(range(3, 4 + nb))
    story = weave(
        ctx,
        units,
        [
            (books, notes_at, 0.85),
            (fuel, [*notes_at, k - 1], 0.8),
            (tick, [1, 2, 4 + nb], 0.8),
            (fact, [1, 5 + nb, k], 0.8),
            (tip, [2, 6 + nb, k], 0.75),
            (bday, [4 + nb, k - 1, k], 0.75),
            (youth, [1, 5 + nb, k], 0.75),
            (talking, [2, k], 0.7),
            (legal, [6 + nb, k], 0.7),
            (read, [1, 2, 4 + nb], 0.8),
            (promo, [0, 5 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="noovo-page">
<main class="noovo-main">
<div class="noovo-grille">
<article class="noovo-article">
<p class="noovo-article__rubrique"><a href="/regional/">Régional</a></p>
<h1 class="noovo-article__titre">{e(headline)}</h1>
<p class="noovo-article__signature">Noovo Info · Publié le 6 décembre 2026 à 9 h 45</p>
<figure class="noovo-photo"><img src="/images/2026/12/verglas-laval.jpg" alt="" loading="lazy"><figcaption>Des arbres couverts de glace sur le boulevard Sainte-Rose dimanche. (Photo : Noovo Info)</figcaption></figure>
<div class="noovo-article__corps">
{story}
</div>
</article>
{avis.html}
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="fr-CA",
        prefix="noovo",
        brand="Noovo Info",
        url=url,
        title=f"{headline} | Noovo Info",
        sections=["Actualités", "Régional", "Politique", "Économie", "Sports", "Météo"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Bell Média. Tous droits réservés.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Noovo Info",
                    publisher=org("Noovo Info", "https://www.noovo.info"),
                    lang="fr",
                    section="Régional",
                )
            )
        ],
        main=main,
        body_cls="noovo nouvelle",
    )
    return Render(html, body, [*shown, note, avis], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Radio Okapi (Kinshasa, +01:00; the fetches run from 11pm to midnight on Sunday 6 December),
# Drupal-like. Notes at the top, oldest first, each a body-class paragraph whose label comes
# **last**, in italic parentheses: "… de Masina. (Actualisé à 20h10)"; a bold "Avis de correction
# :" at the end (`correction`).


def okapi(ctx: Ctx) -> Render:
    url = "https://www.radiookapi.net/2026/12/06/actualite/societe/kinshasa-pluies-diluviennes-la-riviere-ndjili-deborde-le-boulevard-lumumba-coupe"
    headline = "Kinshasa : pluies diluviennes, la rivière Ndjili déborde, le boulevard Lumumba coupé à Masina"
    published = at(WAT, 6, 16, 30)
    cls = "field-item"
    body = [
        "De fortes pluies tombées depuis dimanche après-midi sur Kinshasa ont fait déborder la rivière Ndjili, inondant plusieurs quartiers des communes de Masina, Kimbanseke et Ndjili.",
        "Le boulevard Lumumba est coupé à la hauteur du pont Ndjili, où l'eau recouvre la chaussée sur près de deux cents mètres.",
        "Des habitants du quartier Sans-Fil, à Masina, ont passé la soirée sur les toits de leurs maisons en attendant que l'eau se retire.",
        "« Nous avons tout perdu, les matelas, les habits, les cahiers des enfants », témoigne Mama Régine, commerçante au marché de la Liberté.",
        "Les services de la protection civile disent avoir secouru une trentaine de personnes à l'aide de pirogues.",
        "Le gouvernement provincial a annoncé l'ouverture de deux sites d'accueil dans des écoles de Masina.",
        "La Mettelsat prévoit encore des averses orageuses dans la nuit sur l'est de la capitale.",
    ]

    def trail(text: str, lab: str) -> str:
        return f'<p class="{cls}">{e(text)} <em>({e(lab)})</em></p>'

    specs = [
        (
            20,
            10,
            "La police de circulation routière dévie les véhicules venant de l'aéroport de Ndjili vers la route de Kimwenza.",
        ),
        (
            21,
            45,
            "La Régie de distribution d'eau a suspendu la desserte dans une partie de Kimbanseke pour protéger la station de pompage.",
        ),
    ]
    notes = [
        Block("update", f"Actualisé à {frh(at(WAT, 6, h, m))}", at(WAT, 6, h, m), None, [t])
        for h, m, t in specs
    ]
    genuine = Block(
        "update",
        f"Actualisé à {frh(at(WAT, 6, 23, 52))}",
        at(WAT, 6, 23, 52),
        None,
        [
            "Selon la protection civile, l'eau commence à baisser sur le boulevard Lumumba, mais la circulation reste interdite aux véhicules légers."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = trail(b.paras[0], b.label or "")
    corr = Block(
        "correction",
        "Avis de correction",
        None,
        None,
        [
            "Dans une première version de cet article, le pont Ndjili était situé dans la commune de Limete. Il se trouve entre Masina et Ndjili."
        ],
    )
    corr.html = f'<p class="{cls}"><strong>Avis de correction :</strong> {e(corr.paras[0])}</p>'
    modified = shown[-1].ts or published
    pl = {
        "booksale": "de la paroisse Saint-Joseph de Matonge",
        "raffle": "La tombola de l'association des mamans de Masina",
        "talking": "au centre pour aveugles de Kintambo",
        "bingo": "la salle paroissiale Saint-Alphonse de Matete",
        "legal": "la maison des avocats de la Gombe",
        "brand": "Radio Okapi",
    }
    tx = Texts(ctx, "fr", pl)

    def trailed(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        lab = f"{word} à {frh(ctx.ago(lo, hi))}"
        return post(trail(text, lab), [text], kind)

    books = trailed("Relevé", tx.counter(BOOKSALE, 150), BOOKSALE, 1, 12)
    raffle = trailed("Point", tx.counter(RAFFLE, 300), RAFFLE, 2, 15)
    t = ctx.ago(1, 20)
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead=f"Flash {frh(t)} :")
    fact = bp(cls, tx.pool(FACT), FACT, lead="Le saviez-vous ?")
    tip = bp(cls, tx.pool(TIP), TIP, lead="Astuce de grand-mère :")
    bday = bp(cls, tx.pool(BIRTHDAY), BIRTHDAY, lead="Carnet :", tag="em")
    youth = bp(cls, tx.pool(YOUTH), YOUTH, lead="Football des jeunes :")
    bingo = bp(cls, tx.fixed(BINGO), BINGO)
    legal = bp(cls, tx.fixed(LEGAL), LEGAL)
    read = bpa(cls, "Lire également :", tx.pool(READ), "/actualite/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Publireportage –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    nb = len(shown)
    units = [b.html for b in shown] + [_p(cls, p) for p in body] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (books, list(range(0, nb + 1)), 0.85),
            (raffle, [0, 1, nb, k], 0.8),
            (tick, [nb + 1, nb + 3, nb + 5], 0.8),
            (fact, [nb + 2, nb + 6, k], 0.8),
            (tip, [nb + 3, nb + 7, k], 0.75),
            (bday, [nb + 4, k - 1, k], 0.75),
            (youth, [nb + 1, nb + 5, k], 0.75),
            (bingo, [nb + 2, k], 0.7),
            (legal, [nb + 6, k], 0.7),
            (read, [nb + 1, nb + 2, nb + 4], 0.8),
            (promo, [0, nb + 5, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div id="page-wrapper"><div id="page">
<main id="main" class="clearfix">
<article class="node node-article node-full">
<h1 class="page-title">{e(headline)}</h1>
<div class="submitted">Publié le dim, 06/12/2026 - 16:30 | Modifié le dim, 06/12/2026 - {e(modified.strftime("%H:%M"))}</div>
<div class="field field-name-field-image"><img src="/sites/default/files/2026-12/inondations-masina.jpg" alt="" loading="lazy"><p class="legende">Le boulevard Lumumba inondé à Masina, le 6 décembre 2026. Radio Okapi/Ph. John Bompengo</p></div>
<div class="field field-name-body"><div class="field-items">
{story}
</div></div>
</article>
</main>
</div></div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="ok",
        brand="Radio Okapi",
        url=url,
        title=f"{headline} | Radio Okapi",
        sections=["Actualité", "Politique", "Société", "Sécurité", "Économie", "Sport"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Radio Okapi",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Radio Okapi",
                    publisher=org("Radio Okapi", "https://www.radiookapi.net"),
                    lang="fr",
                    section="Société",
                )
            )
        ],
        main=main,
        body_cls="html not-front page-node node-type-article",
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Radio 1 Tahiti (Papeete, -10:00; the fetches run from noon to 1pm on Sunday 6 December),
# custom, live, oldest first: `<div class="r1-direct__bloc">` entries whose clock and headline
# share one bold paragraph, "8h40 – Fermeture de la RDO" (two hold the clock only, "9h15"); one
# with two paragraphs; the JSON-LD is a plain `Article` with no live-blog markup at all.


def radio1(ctx: Ctx) -> Render:
    url = "https://www.radio1.pf/en-direct-fortes-pluies-a-tahiti-la-rdo-coupee-a-punaauia-vigilance-rouge/"
    headline = "EN DIRECT – Fortes pluies à Tahiti : la RDO coupée à Punaauia, vigilance rouge"
    published = at(TAHT, 6, 7, 15)
    body = [
        "Météo-France a placé Tahiti et Moorea en vigilance rouge pour fortes pluies et orages ce dimanche. La route de dégagement ouest est coupée à Punaauia et plusieurs rivières sont sorties de leur lit.",
        "Suivez l'évolution de la situation dans ce direct, mis à jour au fil de la journée par la rédaction de Radio 1.",
    ]
    specs = [
        (
            7,
            30,
            "Vigilance rouge",
            [
                "Météo-France passe Tahiti et Moorea en vigilance rouge pour fortes pluies et orages jusqu'à nouvel ordre."
            ],
        ),
        (
            8,
            10,
            None,
            [
                "Le haut-commissariat demande à la population de limiter ses déplacements et de s'éloigner des cours d'eau."
            ],
        ),
        (
            8,
            40,
            "Fermeture de la RDO",
            [
                "L'Équipement ferme la RDO dans les deux sens à Punaauia à cause d'un éboulement au niveau du PK 15."
            ],
        ),
        (
            9,
            15,
            None,
            [
                "La rivière de la Punaruu est sortie de son lit, des maisons sont inondées dans le lotissement Tiapa."
            ],
        ),
        (
            10,
            0,
            "Les pompiers sur le terrain",
            [
                "Les pompiers de Punaauia et de Paea sont intervenus une vingtaine de fois depuis le lever du jour.",
                "Deux familles ont été relogées à la mairie de Punaauia, selon la commune.",
            ],
        ),
        (
            10,
            45,
            "Coupures d'électricité",
            [
                "EDT Engie signale des coupures de courant à Paea et à Papara après la chute d'arbres sur les lignes."
            ],
        ),
        (
            11,
            30,
            "Les navettes pour Moorea annulées",
            [
                "Les compagnies maritimes annulent les rotations de l'après-midi entre Papeete et Vaiare."
            ],
        ),
    ]
    entries = [
        Block("live_entry", frh(at(TAHT, 6, h, m)), at(TAHT, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        frh(at(TAHT, 6, 12, 54)),
        at(TAHT, 6, 12, 54),
        "La RDO rouverte sur une voie",
        [
            "L'Équipement a dégagé l'éboulement du PK 15 : la circulation reprend sur une voie, en alternance, dans le sens Paea-Papeete."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def bloc(clock: str, head: str | None, paras: list[str]) -> str:
        top = f"{e(clock)} – {e(head)}" if head else e(clock)
        text = "".join(f'<p class="r1-direct__texte">{e(p)}</p>' for p in paras)
        return f'<div class="r1-direct__bloc"><p class="r1-direct__titre"><strong>{top}</strong></p>{text}</div>'

    for b in shown:
        b.html = bloc(b.label or "", b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "bake": "L'atelier pâtisserie du collège de Punaauia",
        "raffle": "La tombola du Lions Club de Papeete",
        "station": "la station de Tipaerui",
        "cur": "1",
        "unit": "F CFP le litre de sans-plomb",
        "talking": "l'association des aveugles de Polynésie à Fare Ute",
        "legal": "la maison de la justice de Papeete",
        "brand": "Radio 1",
    }
    tx = Texts(ctx, "fr", pl)

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        return post(bloc(frh(t), title, [text]), [title, text], kind)

    fuel = fake("Prix à la pompe", tx.counter(FUEL, 54), FUEL)
    bake = fake("Biscuits pour les matahiapo", tx.counter(BAKE, 720), BAKE)
    raffle = fake("Tombola de Noël", tx.counter(RAFFLE, 410), RAFFLE)
    tick = fake("Ailleurs au fenua", tx.pool(TICKER), TICKER)
    promo = fake("Avec nos partenaires", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (fuel, list(range(0, n + 1)), 0.85),
            (bake, list(range(1, n + 1)), 0.8),
            (raffle, [0, 2, 4, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
            (promo, [2, 4, 6], 0.7),
        ],
    )
    icls = "r1-chapo"
    fact = bp(icls, tx.pool(FACT), FACT, lead="Le saviez-vous ?")
    youth = bp(icls, tx.pool(YOUTH), YOUTH, lead="Sport jeunes :")
    talking = bp(icls, tx.fixed(TALKING), TALKING)
    legal = bp(icls, tx.fixed(LEGAL), LEGAL)
    read = bpa(icls, "À voir aussi :", tx.pool(READ), "/actualites/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (fact, [0, 1, 2], 0.8),
            (youth, [1, 2], 0.75),
            (talking, [0, 2], 0.7),
            (legal, [0, 1], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    main = f"""<div class="r1-site">
<main class="r1-main">
<article class="r1-article r1-article--direct">
<header class="r1-article__entete">
<span class="r1-direct__pastille">EN DIRECT</span>
<h1 class="r1-article__titre">{e(headline)}</h1>
<p class="r1-article__date">Dimanche 6 décembre 2026 · mis à jour à {e(frh(modified))}</p>
</header>
<div class="r1-article__chapo">
{intro}
</div>
{ad_slot("r1-pub", "Publicité", "r1-pave-1")}
<div class="r1-direct">
{feed}
</div>
</article>
</main>
</div>"""
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="La rédaction",
        publisher=org("Radio 1 Tahiti", "https://www.radio1.pf"),
        lang="fr",
        section="Actualités",
    )
    art["@type"] = "Article"
    html = page(
        ctx,
        lang="fr-PF",
        prefix="r1",
        brand="Radio 1 Tahiti",
        url=url,
        title=f"{headline} - Radio 1 Tahiti",
        sections=["Actualités", "Politique", "Société", "Sport", "Culture", "Radio"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Radio 1 Tahiti",
        jsonld=[ld(art)],
        main=main,
        body_cls="r1 single-direct",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "noovo-verglas-laval-rive-nord-autoroute-15-fermee-40000-clients-prives-electricite",
        "Noovo Info (CA)",
        "fr",
        "updates",
        EST,
        noovo,
    ),
    Site(
        "radiookapi-kinshasa-pluies-diluviennes-riviere-ndjili-deborde-boulevard-lumumba-coupe",
        "Radio Okapi (CD)",
        "fr",
        "updates",
        WAT,
        okapi,
    ),
    Site(
        "radio1-en-direct-fortes-pluies-tahiti-rdo-coupee-punaauia-vigilance-rouge",
        "Radio 1 Tahiti (PF)",
        "fr",
        "live",
        TAHT,
        radio1,
    ),
]
