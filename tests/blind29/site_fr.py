"""French-language publishers: El Watan (Algiers, DZ), Le Courrier du Vietnam (Hanoi, VN), La
Croix (Paris, FR)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BTC,
    BULLETIN,
    ERROR,
    FERRY,
    HOURS,
    NEWS,
    POWER,
    PROMO,
    READ,
    RIVER,
    SIGNIN,
    TICKER,
    WIND,
    Texts,
    bp,
    bpa,
    frh,
    hm,
    ld,
    page,
    post,
    turn,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1
ICT = 7

_SUBS = ["Politique", "Économie", "Société", "Culture", "Sport", "Météo", "Opinions", "Régions"]
_FOOT = {
    "Le journal": ["Qui sommes-nous", "Contact", "Publicité", "Recrutement", "Newsletters"],
    "Informations légales": [
        "Mentions légales",
        "Confidentialité",
        "Charte déontologique",
        "Cookies",
    ],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# El Watan (Algiers, +01:00; the fetches run from 23:00 to midnight), custom. A bold
# "Méthodologie :" at the top of the body (`editors_note`); notes after paragraph 2, newest first,
# each a body-class paragraph with a bold "Fait nouveau à 22h15 :" lead; an italic "Errata :" at
# the end (`correction`).


def elwatan(ctx: Ctx) -> Render:
    url = "https://elwatan-dz.com/intemperies-a-alger-loued-el-harrach-deborde-lautoroute-de-lest-coupee-a-bab-ezzouar"
    headline = (
        "Intempéries à Alger : l'oued El Harrach déborde, l'autoroute de l'Est coupée à Bab Ezzouar"
    )
    published = at(CET, 6, 15, 50)
    cls = "texte-article"
    body = [
        "Des pluies diluviennes se sont abattues dimanche après-midi sur la capitale, faisant sortir l'oued El Harrach de son lit et inondant plusieurs quartiers de la banlieue est.",
        "Selon l'Office national de la météorologie, il est tombé plus de 90 millimètres de pluie en six heures sur Dar El Beïda, un niveau rarement atteint en décembre.",
        "La Gendarmerie nationale a fermé l'autoroute de l'Est dans le sens Alger-Boumerdès au niveau de Bab Ezzouar, où l'eau recouvrait les voies.",
        "À Baraki, des habitants ont passé l'après-midi à évacuer l'eau de leurs logements avec des seaux.",
        "« En vingt minutes, la rue est devenue une rivière », raconte Karim, commerçant au marché de la cité des Eucalyptus.",
        "La Protection civile a indiqué avoir effectué plus de 140 interventions dans la wilaya d'Alger depuis le début de l'après-midi.",
        "Les autorités de la wilaya ont appelé les automobilistes à éviter les déplacements non urgents jusqu'à lundi matin.",
    ]
    note = Block(
        "editors_note",
        "Méthodologie",
        None,
        None,
        [
            "les chiffres cités proviennent de la Protection civile et de l'ONM ; nos correspondants à Baraki et à El Harrach les ont recoupés sur place."
        ],
    )
    note.html = f'<p class="{cls}"><strong>Méthodologie :</strong> {e(note.paras[0])}</p>'

    def lead(dt: datetime) -> str:
        return f"Fait nouveau à {frh(dt)}"

    specs = [
        (
            22,
            15,
            "La SNTF a suspendu les trains de banlieue entre Alger et El Harrach, la voie étant submergée à la gare de Gué de Constantine.",
        ),
        (
            20,
            50,
            "La Protection civile a secouru une famille de six personnes bloquée sur le toit de sa maison à Baraki.",
        ),
    ]
    notes = [
        Block("update", lead(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        lead(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        None,
        [
            "L'autoroute de l'Est est rouverte dans le sens Alger-Boumerdès, mais la circulation reste lente à hauteur de Bab Ezzouar."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")} :</strong> {e(b.paras[0])}</p>'
    errata = Block(
        "correction",
        "Errata",
        None,
        None,
        [
            "une version précédente de cet article situait le débordement de l'oued à Rouiba. Il s'est produit à El Harrach."
        ],
    )
    errata.html = f'<p class="{cls}"><em>Errata :</em> {e(errata.paras[0])}</p>'
    modified = shown[0].ts or published
    pl = {
        "river": "La station de l'oued Sebaou à Tizi Ouzou",
        "airport": "l'aéroport d'Oran Ahmed-Ben-Bella",
        "grid": "Sonelgaz, à Béjaïa,",
        "brand": "El Watan",
    }
    tx = Texts(ctx, "fr", pl, " ")

    def lead_item(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp(cls, text, kind, lead=f"{word} à {frh(t)} :")

    wind = lead_item("Rafales", tx.counter(WIND, 72), WIND, 1, 9)
    power = lead_item("Électricité", tx.counter(POWER, 6400), POWER, 2, 12)
    river = lead_item("Crue", tx.counter(RIVER, 260), RIVER, 2, 14)
    tick = lead_item("Ailleurs", tx.pool(TICKER) + ".", TICKER, 3, 16)
    ferries = [
        "La traversée Alger-Marseille de ce soir est reportée à demain matin en raison de la houle.",
        "Le car-ferry pour Alicante quitte le port d'Oran avec une heure de retard.",
        "La liaison Béjaïa-Marseille est maintenue, avec un départ prévu à 14 h.",
        "Le navire pour Barcelone reste à quai à Mostaganem jusqu'à nouvel ordre.",
        "La traversée Skikda-Marseille partira à l'heure prévue, mer agitée.",
    ]
    ferry = bp(cls, turn(ctx, ferries, "ferry"), FERRY, lead="Traversées :")
    bull = bp(
        cls,
        tx.pool(BULLETIN) + ".",
        BULLETIN,
        lead=f"Chaîne 3, journal de {ctx.local.hour} h :",
        tag="em",
    )
    read = bpa(cls, "Sur le même sujet :", tx.pool(READ), "/regions/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Publireportage –", tag="em")
    signin = bp(cls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(cls, tx.fixed(ERROR), ERROR)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = [note.html, *paras[:2], *(b.html for b in shown), *paras[2:], errata.html]
    k = len(units)
    top = 3
    story = weave(
        ctx,
        units,
        [
            (wind, list(range(top, top + nb + 1)), 0.85),
            (power, list(range(top, top + nb + 1)), 0.8),
            (river, [top, top + nb], 0.8),
            (tick, [top + 1, top + nb], 0.8),
            (ferry, [1, top + nb + 2], 0.8),
            (bull, [2, top + nb + 1, top + nb + 4], 0.8),
            (read, [top + nb + 3, k - 1], 0.8),
            (promo, [1, top + nb + 2, k], 0.7),
            (signin, [top + nb + 3, k], 0.75),
            (error, [k - 1, k], 0.75),
            (news, [0, k], 0.75),
        ],
    )
    main = f"""<main id="main">
<article class="article-detail">
<div class="article-head">
<a class="rubrique" href="/regions/">Régions</a>
<h1 class="title-article">{e(headline)}</h1>
<div class="auteur-date"><span class="auteur">Par Nadjia Bouaricha</span><span class="date">Publié le 06/12/2026</span></div>
</div>
<figure class="image-article"><img src="/storage/2026/12/oued-el-harrach.jpg" alt="" loading="lazy"><figcaption>L'oued El Harrach en crue, dimanche après-midi. Photo : El Watan</figcaption></figure>
<div class="contenu-article">
{story}
</div>
{ad_slot("ew-ad", "Publicité", "ew-article-1")}
</article>
</main>"""
    html = page(
        ctx,
        lang="fr",
        prefix="ew",
        brand="El Watan",
        url=url,
        title=f"{headline} | El Watan",
        sections=[
            "Actualité",
            "Régions",
            "Économie",
            "Culture",
            "Sports",
            "International",
            "Contributions",
        ],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 El Watan. Tous droits réservés.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Nadjia Bouaricha",
                    publisher=org("El Watan", "https://elwatan-dz.com"),
                    lang="fr",
                    section="Régions",
                )
            )
        ],
        main=main,
        body_cls="ew single",
    )
    return Render(html, body, [note, *shown, errata], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Le Courrier du Vietnam (Hanoi, +07:00; the fetches run from 5:00 to 6:00 on Monday 7 December),
# custom. A bold "Avis de la rédaction :" at the top of the body (`editors_note`); boxes above the
# body, newest first, each a meta line "Actualisé le <time>07/12/2026 04:10</time>" (a numeric
# date with slashes) + a paragraph; an unlabelled italic "Cet article a été complété …" at the end
# (`update`, no label, no time).


def lecourrier(ctx: Ctx) -> Render:
    url = "https://lecourrier.vn/crues-au-centre-hue-inondee-la-route-nationale-1a-coupee-a-phong-dien/1234567.html"
    headline = "Crues au Centre : Huế inondée, la route nationale 1A coupée à Phong Điền"
    published = at(ICT, 6, 20, 30)
    cls = "detail-content__text"
    body = [
        "Les pluies torrentielles qui s'abattent depuis trois jours sur le Centre du Vietnam ont fait monter la rivière des Parfums à son plus haut niveau depuis 2020, inondant de nombreux quartiers de Huế.",
        "Le Centre national de prévision hydrométéorologique a relevé plus de 400 mm de pluie en 24 heures dans le district de Phong Điền.",
        "La police routière a coupé la route nationale 1A au nord de Huế, où l'eau atteint près d'un mètre sur plusieurs centaines de mètres.",
        "Dans le quartier de Kim Long, des habitants ont hissé leurs meubles à l'étage et se déplacent en barque.",
        "« Nous avons l'habitude des crues, mais l'eau n'était jamais montée aussi vite », confie Mme Nguyễn Thị Hoa, 58 ans.",
        "Les autorités de la province ont évacué plus de 3 000 familles vers des écoles et des sièges de comités populaires.",
        "Les écoles de la ville resteront fermées lundi et mardi, selon le Service de l'éducation de Huế.",
    ]
    note = Block(
        "editors_note",
        "Avis de la rédaction",
        None,
        None,
        [
            "notre correspondant à Huế, dont le quartier est lui-même inondé, envoie ses informations par téléphone satellitaire."
        ],
    )
    note.html = f'<p class="{cls}"><strong>Avis de la rédaction :</strong> {e(note.paras[0])}</p>'

    def meta(dt: datetime) -> str:
        return f"Actualisé le {dt.day:02d}/12/2026 {hm(dt)}"

    def box(dt: datetime, text: str) -> str:
        return (
            f'<div class="cdv-maj"><p class="cdv-maj__meta">Actualisé le <time datetime="{dt.isoformat()}">'
            f'{dt.day:02d}/12/2026 {hm(dt)}</time></p><p class="cdv-maj__text">{e(text)}</p></div>'
        )

    specs = [
        (
            7,
            4,
            10,
            "La compagnie Vietnam Airlines a annulé ses deux premiers vols de la journée entre Hanoï et l'aéroport de Phú Bài.",
        ),
        (
            7,
            2,
            35,
            "Le comité populaire de Huế annonce que l'eau commence à baisser dans le quartier de Vỹ Dạ, mais continue de monter à Kim Long.",
        ),
    ]
    notes = [
        Block("update", meta(at(ICT, d, h, m)), at(ICT, d, h, m), None, [t]) for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        meta(at(ICT, 7, 5, 53)),
        at(ICT, 7, 5, 53),
        None,
        [
            "La police routière a rouvert une voie de la route nationale 1A à Phong Điền aux véhicules de secours et aux bus."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        assert b.ts
        b.html = box(b.ts, b.paras[0])
    tail = Block(
        "update",
        None,
        None,
        None,
        [
            "Cet article a été complété avec les chiffres du Comité central de prévention des catastrophes naturelles."
        ],
    )
    tail.html = f'<p class="{cls}"><em>{e(tail.paras[0])}</em></p>'
    modified = shown[0].ts or published
    pl = {
        "river": "Le fleuve Rouge à la station de Long Biên",
        "airport": "l'aéroport de Đà Nẵng",
        "grid": "EVN, dans la province de Quảng Ngãi,",
        "brand": "Courrier du Vietnam",
    }
    tx = Texts(ctx, "fr", pl, " ")

    def fbox(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(box(t, f"{word} : {text}"), [text], kind, [meta(t)])

    wind = fbox("Vents", tx.counter(WIND, 64), WIND, 1, 9)
    river = fbox("Niveaux", tx.counter(RIVER, 480), RIVER, 2, 12)
    power = fbox("Électricité", tx.counter(POWER, 8800), POWER, 2, 14)
    tick = fbox("En bref", tx.pool(TICKER) + ".", TICKER, 3, 16)
    n = len(shown)
    boxes = weave(
        ctx,
        [b.html for b in shown],
        [
            (wind, list(range(0, n + 1)), 0.85),
            (river, list(range(0, n + 1)), 0.8),
            (power, [0, n], 0.8),
            (tick, [1, n], 0.8),
        ],
    )
    ferries = [
        "Le bac de Thủ Thiêm reprend ses rotations toutes les vingt minutes.",
        "Le bateau pour l'île de Cát Bà part à l'heure prévue, mer peu agitée.",
        "Les vedettes pour Cù Lao Chàm restent à quai à Hội An jusqu'à mardi.",
        "La navette rapide Vũng Tàu-Côn Đảo est annulée en raison de la houle.",
        "Le ferry pour Phú Quốc part de Rạch Giá avec une heure de retard.",
    ]
    ferry = bp(cls, turn(ctx, ferries, "ferry"), FERRY, lead="Liaisons maritimes :")
    bull = bp(
        cls,
        tx.pool(BULLETIN) + ".",
        BULLETIN,
        lead=f"La Voix du Vietnam, bulletin de {ctx.local.hour} h :",
        tag="em",
    )
    btc = bp(cls, tx.counter(BTC, 91400), BTC, lead=f"Cryptomonnaies ({frh(ctx.ago(2, 9))}) :")
    read = bpa(cls, "À découvrir aussi :", tx.pool(READ), "/societe/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="En partenariat –", tag="em")
    signin = bp(cls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(cls, tx.fixed(ERROR), ERROR)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    units = [note.html, *paras, tail.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (ferry, [2, 5], 0.8),
            (bull, [1, 4, 6], 0.8),
            (btc, [3, 6, k], 0.8),
            (read, [4, k - 1], 0.8),
            (promo, [2, 7, k], 0.7),
            (signin, [5, k], 0.75),
            (error, [k - 1, k], 0.75),
            (news, [3, k], 0.75),
        ],
    )
    main = f"""<div class="main-wrap">
<article class="detail">
<p class="detail__cate"><a href="/societe/">Société</a></p>
<h1 class="detail__title">{e(headline)}</h1>
<p class="detail__meta"><span>Texte : Quang Minh</span> <span>Publié le 06/12/2026 à 20:30</span></p>
<p class="detail__sapo">Plus de 3 000 familles évacuées dans la province de Huế, où la rivière des Parfums atteint un niveau record.</p>
<div class="cdv-majs">
{boxes}
</div>
<div class="detail-content">
{story}
</div>
{ad_slot("cdv-ad", "Publicité", "cdv-detail-1")}
</article>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="cdv",
        brand="Le Courrier du Vietnam",
        url=url,
        title=f"{headline} - Le Courrier du Vietnam",
        sections=["Politique", "Économie", "Société", "Culture", "Sports", "Francophonie", "Monde"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Le Courrier du Vietnam, Agence Vietnamienne d'Information.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Quang Minh",
                    publisher=org("Le Courrier du Vietnam", "https://lecourrier.vn"),
                    lang="fr",
                    section="Société",
                )
            )
        ],
        main=main,
        body_cls="cdv detail-page",
    )
    return Render(html, body, [*shown, note, tail], genuine, modified)


# ---------------------------------------------------------------------------------------------
# La Croix (Paris, +01:00), custom, live. A pinned "Ce qu'il faut retenir" entry (19:00) on top,
# then newest first; each `<li>` a microdata `liveBlogUpdate` with an `<h3>` first (two without),
# then a meta line whose `<time itemprop="datePublished">` prints an abbreviated weekday and month,
# "dim. 6 déc. 2026, 22:40", then the text; the JSON-LD is only a `NewsArticle`.


def lacroix(ctx: Ctx) -> Render:
    url = (
        "https://www.la-croix.com/france/tempete-bretagne-pont-saint-nazaire-ferme-direct-20261206"
    )
    headline = (
        "EN DIRECT – Tempête sur la Bretagne : le pont de Saint-Nazaire fermé, des trains supprimés"
    )
    published = at(CET, 6, 18, 30)
    body = [
        "Une tempête venue de l'Atlantique balaie dimanche soir la Bretagne et les Pays de la Loire, avec des rafales dépassant 130 km/h sur le littoral. Le pont de Saint-Nazaire est fermé à la circulation.",
        "Météo-France a placé le Finistère, le Morbihan et la Loire-Atlantique en vigilance orange vents violents jusqu'à lundi midi. Suivez notre direct.",
    ]

    def clock(dt: datetime) -> str:
        return f"dim. 6 déc. 2026, {hm(dt)}"

    pinned = Block(
        "live_entry",
        clock(at(CET, 6, 19, 0)),
        at(CET, 6, 19, 0),
        "Ce qu'il faut retenir",
        [
            "Trois départements en vigilance orange, le pont de Saint-Nazaire interdit à tous les véhicules, des TER supprimés entre Nantes et Quimper."
        ],
    )
    specs = [
        (
            22,
            40,
            "Un voilier en difficulté au large de Belle-Île",
            [
                "Le Cross Étel a dépêché un canot de la SNSM auprès d'un voilier dont le mât s'est brisé ; les deux plaisanciers sont sains et saufs."
            ],
        ),
        (
            22,
            5,
            None,
            [
                "La préfecture du Morbihan demande aux habitants du littoral de ne pas s'approcher des digues jusqu'à la marée haute de 2 heures."
            ],
        ),
        (
            21,
            15,
            "Les TER Nantes-Quimper supprimés",
            [
                "La SNCF a supprimé tous les TER entre Nantes et Quimper pour la soirée après la chute d'arbres sur les voies près de Redon.",
                "Les voyageurs peuvent échanger leurs billets sans frais jusqu'à mercredi.",
            ],
        ),
        (
            20,
            30,
            "Le pont de Saint-Nazaire fermé",
            [
                "Le département de Loire-Atlantique a interdit le pont de Saint-Nazaire à tous les véhicules, les rafales y atteignant 120 km/h."
            ],
        ),
        (
            19,
            45,
            None,
            [
                "À la pointe du Raz, une rafale à 146 km/h a été enregistrée, selon Météo-France, un record pour un mois de décembre depuis 1999."
            ],
        ),
        (
            19,
            10,
            "Les ferries restent à quai à Roscoff",
            ["Brittany Ferries annule ses traversées de la soirée entre Roscoff et Plymouth."],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(CET, 6, h, m)), at(CET, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(CET, 6, 23, 53)),
        at(CET, 6, 23, 53),
        "Des coupures de courant en Finistère",
        [
            "Le réseau de distribution indique que des techniciens sont mobilisés autour de Brest et Morlaix pour rétablir le courant d'ici le matin."
        ],
    )
    shown = [pinned, *([genuine] if ctx.n == 6 else []), *entries]

    def entry(
        dt: datetime, head: str | None, paras: list[str], micro: bool, extra: str = ""
    ) -> str:
        ip = (
            ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            if micro
            else ""
        )
        hp = ' itemprop="headline"' if micro else ""
        tp = ' itemprop="datePublished"' if micro else ""
        bpp = ' itemprop="articleBody"' if micro else ""
        hd = f'<h3 class="live-post__title"{hp}>{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<li class="live-post{extra}"{ip}>{hd}<p class="live-post__meta"><time{tp} datetime="{dt.isoformat()}">'
            f'{e(clock(dt))}</time></p><div class="live-post__body"{bpp}>{text}</div></li>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras, True, " live-post--pinned" if b is pinned else "")
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "river": "La Vilaine à la station de Redon",
        "airport": "l'aéroport de Biarritz",
        "grid": "Enedis, en Charente-Maritime,",
        "brand": "La Croix",
    }
    tx = Texts(ctx, "fr", pl, " ")

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(t, title, [text], False), ([title] if title else []) + [text], kind, [clock(t)]
        )

    river = fake("La Vilaine sous surveillance", tx.counter(RIVER, 310), RIVER)
    wind = fake(None, tx.counter(WIND, 104), WIND)
    power = fake("Coupures plus au sud", tx.counter(POWER, 4700), POWER)
    tick = fake("Le reste de l'actualité", tx.pool(TICKER), TICKER)
    bull = fake(f"Le journal de {ctx.local.hour} heures", tx.pool(BULLETIN), BULLETIN)
    promo = fake("Contenu proposé par un partenaire", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (river, list(range(1, n + 1)), 0.85),
            (wind, [1, 2, 4, n], 0.8),
            (power, [2, 3, 5, n], 0.8),
            (tick, [0, 3, n], 0.8),
            (bull, [1, 4, 6], 0.8),
            (promo, [2, 5, n], 0.7),
        ],
    )
    icls = "article-chapo"
    read = bpa(icls, "Notre sélection :", tx.pool(READ), "/france/", READ)
    signin = bp(icls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(icls, tx.fixed(ERROR), ERROR)
    hours = bp(icls, tx.fixed(HOURS), HOURS)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (read, [1, 2], 0.8),
            (signin, [2], 0.75),
            (error, [0, 2], 0.7),
            (hours, [0, 1], 0.7),
            (news, [1, 2], 0.75),
        ],
    )
    main = f"""<main class="main-content">
<article class="article article--live" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="headline" content="{e(headline)}">
<header class="article-header">
<span class="article-header__live">En direct</span>
<h1 class="article-header__title">{e(headline)}</h1>
<p class="article-header__infos">La Croix (avec AFP), le 06/12/2026 à 18:30, mis à jour à {e(hm(modified))}</p>
</header>
<div class="article-header__chapo">
{intro}
</div>
{ad_slot("lc-ad", "Publicité", "lc-live-1")}
<ol class="live-posts">
{feed}
</ol>
</article>
</main>"""
    html = page(
        ctx,
        lang="fr",
        prefix="lc",
        brand="La Croix",
        url=url,
        title=f"{headline} | La Croix",
        sections=["France", "Monde", "Religion", "Culture", "Économie", "Sciences", "Débats"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 La Croix, Bayard Presse.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="La Croix (avec AFP)",
                    publisher=org("La Croix", "https://www.la-croix.com"),
                    lang="fr",
                    section="France",
                )
            )
        ],
        main=main,
        body_cls="lc-live-page",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "elwatan-intemperies-a-alger-l-oued-el-harrach-deborde-autoroute-de-l-est-coupee",
        "El Watan (DZ)",
        "fr",
        "updates",
        CET,
        elwatan,
    ),
    Site(
        "lecourrierduvietnam-crues-au-centre-hue-inondee-route-nationale-1a-coupee",
        "Le Courrier du Vietnam (VN)",
        "fr",
        "updates",
        ICT,
        lecourrier,
    ),
    Site(
        "lacroix-direct-tempete-sur-la-bretagne-pont-de-saint-nazaire-ferme",
        "La Croix (FR)",
        "fr",
        "live",
        CET,
        lacroix,
    ),
]
