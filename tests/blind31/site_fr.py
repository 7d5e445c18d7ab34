"""French-language publishers: Al-Ahram Hebdo (Cairo, EG), Cameroon Tribune (Yaoundé, CM), TNTV
(Papeete, PF)."""

from __future__ import annotations

from datetime import date, datetime

from fx import (
    AMBULANCE,
    BREATH,
    CROP,
    DENGUE,
    GRID,
    HOLIDAY,
    JACKPOT,
    NEWS,
    PROMO,
    RACING,
    READ,
    RESCUE,
    TICKER,
    WARNINGS,
    WATER,
    DateBlock,
    Texts,
    bp,
    bpa,
    frh,
    graph,
    ld,
    page,
    post,
    priced,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

EET = 2
WAT = 1
THT = -10

_SUBS = ["Politique", "Économie", "Société", "Culture", "Météo", "Opinion", "Sport", "Santé"]
_FOOT = {
    "Le journal": ["Qui sommes-nous", "Contact", "Publicité", "Recrutement", "Newsletters"],
    "Mentions": ["Confidentialité", "Conditions d'utilisation", "Charte éditoriale", "Cookies"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


def fr(dt: datetime) -> str:
    """'22 h 10' with an unpadded hour."""
    return f"{dt.hour} h {dt.minute:02d}"


# ---------------------------------------------------------------------------------------------
# Al-Ahram Hebdo (Cairo, +02:00; the fetches run from midnight to 1 am on Monday 7 December),
# custom. A bold "Contexte :" at the top (`editors_note`); two notes after the story, oldest first,
# each an `<h4>` **"Dernier développement (6 décembre, 22 h 10)"** + a paragraph, across local
# midnight for the genuine one; a "Précision de la rédaction" box beside the body, `<h3>` label
# (`clarification`).


def ahram(ctx: Ctx) -> Render:
    url = "https://hebdo.ahram.org.eg/News/41234.aspx"
    headline = (
        "Pluies torrentielles à Alexandrie : la corniche inondée, le port fermé à la navigation"
    )
    published = at(EET, 6, 19, 30)
    cls = "hb-txt"
    body = [
        "Des pluies torrentielles se sont abattues dimanche soir sur Alexandrie, inondant la corniche entre Stanley et Sidi Gaber et contraignant l'autorité portuaire à fermer le port à la navigation.",
        "L'Autorité météorologique égyptienne avait annoncé dès le matin des orages accompagnés de vents forts sur la côte méditerranéenne et le Delta.",
        "Dans le quartier de Moharram Bey, l'eau a envahi les rez-de-chaussée de plusieurs immeubles anciens en moins d'une heure.",
        "« Nous avons l'habitude de la pluie en décembre, mais jamais à ce point », raconte Hany Abdel-Fattah, commerçant près de la gare de Misr.",
        "Le gouvernorat a mobilisé 120 camions-citernes pour pomper l'eau des tunnels et appelle les habitants à éviter les déplacements.",
        "Les écoles d'Alexandrie resteront fermées lundi, a annoncé le ministère de l'Éducation.",
    ]

    def stamp(dt: datetime) -> str:
        return f"Dernier développement ({dt.day} décembre, {fr(dt)})"

    specs = [
        (
            6,
            22,
            10,
            "Le tunnel de Moharram Bey est fermé à la circulation après l'effondrement partiel d'un mur de soutènement.",
        ),
        (
            6,
            23,
            35,
            "La Défense civile a évacué trente familles d'un immeuble fissuré de la rue Port-Saïd, dans le quartier d'Al-Attarine.",
        ),
    ]
    notes = [
        Block("update", stamp(at(EET, d, h, m)), at(EET, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(EET, 7, 0, 53)),
        at(EET, 7, 0, 53),
        None,
        [
            "Le ministre du Logement annonce l'envoi d'équipes d'ingénieurs pour inspecter les immeubles anciens du centre-ville dès lundi."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(dt: datetime, text: str) -> str:
        return f'<h4 class="hb-maj">{e(stamp(dt))}</h4>\n<p class="{cls}">{e(text)}</p>'

    for b in shown:
        assert b.ts
        b.html = note(b.ts, b.paras[0])
    ctxt = Block(
        "editors_note",
        "Contexte",
        None,
        None,
        [
            "cet article s'appuie sur les communiqués du gouvernorat d'Alexandrie et sur les témoignages recueillis par notre correspondant."
        ],
    )
    ctxt.html = f'<p class="{cls}"><strong>Contexte :</strong> {e(ctxt.paras[0])}</p>'
    prec = Block(
        "clarification",
        "Précision de la rédaction",
        None,
        None,
        [
            "Le port d'Alexandrie est fermé aux navires entrants ; les départs déjà programmés restent autorisés."
        ],
    )
    prec.html = f'<aside class="hb-encadre"><h3>Précision de la rédaction</h3><p>{e(prec.paras[0])}</p></aside>'
    modified = shown[-1].ts or published
    pl = {
        "grid": "égyptien",
        "crop": "Le blé tendre",
        "utility": "La compagnie des eaux d'Alexandrie",
        "hood": "Smouha et Sporting",
        "holiday": "Noël copte, le 7 janvier",
        "brand": "Al-Ahram Hebdo",
    }
    tx = Texts(ctx, "fr", pl, " ")

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(note(t, text), [text], kind, [stamp(t)])

    rescue = fake(tx.counter(RESCUE, 14), RESCUE, 1, 9)
    grid = fake(tx.counter(GRID, 28400), GRID, 2, 12)
    warn = fake(tx.counter(WARNINGS, 8), WARNINGS, 1, 14)
    tick = fake("Ailleurs en Égypte : " + tx.pool(TICKER) + ".", TICKER, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (rescue, list(range(0, n + 1)), 0.85),
            (grid, list(range(0, n + 1)), 0.8),
            (warn, [0, n], 0.8),
            (tick, [1, n], 0.8),
        ],
    )
    crop = bp(
        cls, priced(tx, CROP, 24150, ","), CROP, lead=f"Matières premières ({frh(ctx.ago(2, 9))}) :"
    )
    amb = bp(cls, tx.counter(AMBULANCE, 24), AMBULANCE, lead=f"Urgences, {frh(ctx.ago(1, 8))} :")
    race = bp(cls, tx.pool(RACING), RACING, lead="Turf :")
    read = bpa(cls, "Voir aussi :", tx.pool(READ), "/News/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Publireportage –", tag="em")
    water = bp(cls, tx.fixed(WATER), WATER)
    hol = bp(cls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [ctxt.html, *(_p(cls, p) for p in body), notes_html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (crop, [2, 3, 6], 0.8),
            (amb, [1, 5, 7], 0.8),
            (race, [3, 6, k], 0.8),
            (read, [2, 5, 7], 0.8),
            (promo, [1, 4, k], 0.7),
            (water, [6, k], 0.75),
            (hol, [3, 5, k], 0.75),
            (news, [4, k], 0.75),
        ],
    )
    main = f"""<div class="hb-page">
<article class="hb-article">
<p class="hb-rubrique"><a href="/Category/Egypte">Égypte</a></p>
<h1 class="hb-titre">{e(headline)}</h1>
<p class="hb-auteur">Amira Samir, avec notre correspondant à Alexandrie</p>
<p class="hb-date">Dimanche 6 décembre 2026</p>
<figure class="hb-photo"><img src="/Media/News/2026/12/6/alex-corniche.jpg" alt="" loading="lazy"><figcaption>La corniche d'Alexandrie dimanche soir. (Photo : AFP)</figcaption></figure>
<div class="hb-corps">
{story}
</div>
</article>
<aside class="hb-colonne">{prec.html}{ad_slot("hb-ad", "Publicité", "hb-pave-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="hb",
        brand="Al-Ahram Hebdo",
        url=url,
        title=f"{headline} - Al-Ahram Hebdo",
        sections=["Égypte", "Monde arabe", "Afrique", "Économie", "Culture", "Sports", "Opinion"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Al-Ahram Hebdo. Tous droits réservés.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Amira Samir",
                    publisher=org("Al-Ahram Hebdo", "https://hebdo.ahram.org.eg"),
                    lang="fr",
                    section="Égypte",
                )
            )
        ],
        main=main,
        body_cls="hb-article-page",
    )
    return Render(html, body, [ctxt, *shown, prec], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Cameroon Tribune (Yaoundé, +01:00), custom. A bold "Notre méthode :" at the top
# (`editors_note`); two notes after paragraph 1, oldest first, each an `<h3>` **"Nouvelles
# informations à 21h05"** + a paragraph; a bold "Rectification du 6 décembre :" at the end
# (`correction`, date without the year).


def cameroontribune(ctx: Ctx) -> Render:
    url = "https://www.cameroon-tribune.cm/article.html/71234/fr.html/inondations-douala-makepe-ndokoti"
    headline = "Inondations à Douala : le quartier Makèpè sous les eaux, l'axe Ndokoti coupé"
    published = at(WAT, 6, 18, 15)
    cls = "ct-paragraphe"
    body = [
        "Une pluie diluvienne tombée depuis la fin d'après-midi a submergé dimanche plusieurs quartiers de Douala, dont Makèpè et Bonamoussadi, et coupé l'axe Ndokoti–Bonabéri.",
        "Selon la Direction de la météorologie nationale, il est tombé plus de 140 millimètres d'eau en quatre heures sur la capitale économique.",
        "Au carrefour Ndokoti, des dizaines de motos-taxis sont restées bloquées dans une eau qui atteignait les genoux.",
        "« Le drain du Tongo Bassa a débordé d'un coup, nous n'avons rien pu sauver », confie Jeanne Ngo Mbock, vendeuse au marché de Makèpè.",
        "La Communauté urbaine de Douala a dépêché des engins de curage et demande aux riverains de ne pas jeter d'ordures dans les caniveaux.",
        "Le gouverneur de la région du Littoral doit se rendre sur les lieux lundi matin.",
    ]

    def stamp(dt: datetime) -> str:
        return f"Nouvelles informations à {frh(dt)}"

    specs = [
        (
            21,
            5,
            "Les sapeurs-pompiers ont secouru une famille de six personnes réfugiée sur le toit de sa maison à Makèpè Missokè.",
        ),
        (
            22,
            30,
            "Eneo signale des coupures d'électricité à Bonamoussadi et Logbessou après la chute de plusieurs poteaux.",
        ),
    ]
    notes = [
        Block("update", stamp(at(WAT, 6, h, m)), at(WAT, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(WAT, 6, 23, 53)),
        at(WAT, 6, 23, 53),
        None,
        [
            "Le pont sur le Wouri reste ouvert, mais la police limite l'accès aux poids lourds jusqu'à nouvel ordre."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(dt: datetime, text: str) -> str:
        return f'<h3 class="ct-intertitre">{e(stamp(dt))}</h3>\n<p class="{cls}">{e(text)}</p>'

    for b in shown:
        assert b.ts
        b.html = note(b.ts, b.paras[0])
    meth = Block(
        "editors_note",
        "Notre méthode",
        None,
        None,
        [
            "nos reporters ont parcouru les quartiers sinistrés et recoupé les chiffres avec la Communauté urbaine et les sapeurs-pompiers."
        ],
    )
    meth.html = f'<p class="{cls}"><strong>Notre méthode :</strong> {e(meth.paras[0])}</p>'
    corr = DateBlock(
        "correction",
        "Rectification du 6 décembre",
        None,
        None,
        [
            "le drain débordé est celui du Tongo Bassa et non celui du Mbanya, comme indiqué dans une première version."
        ],
        day=date(2026, 12, 6),
    )
    corr.html = (
        f'<p class="{cls}"><strong>Rectification du 6 décembre :</strong> {e(corr.paras[0])}</p>'
    )
    modified = shown[-1].ts or published
    pl = {
        "district": "La région du Littoral",
        "grid": "Eneo",
        "police": "La police routière",
        "crop": "Le cacao de Londres",
        "utility": "Camwater",
        "hood": "Bonapriso et Akwa",
        "holiday": "Noël, le 25 décembre",
        "lotto": "PMUC",
        "cur": "francs CFA",
        "brand": "Cameroon Tribune",
    }
    tx = Texts(ctx, "fr", pl, " ")

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(note(t, text), [text], kind, [stamp(t)])

    dengue = fake(tx.counter(DENGUE, 46), DENGUE, 1, 9)
    grid = fake(tx.counter(GRID, 1380), GRID, 2, 12)
    breath = fake(tx.counter(BREATH, 70), BREATH, 1, 14)
    tick = fake("Ailleurs au Cameroun : " + tx.pool(TICKER) + ".", TICKER, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (dengue, list(range(0, n + 1)), 0.85),
            (grid, list(range(0, n + 1)), 0.8),
            (breath, [0, n], 0.8),
            (tick, [1, n], 0.8),
        ],
    )
    crop = bp(
        cls, priced(tx, CROP, 841250, ","), CROP, lead=f"Cours du cacao ({frh(ctx.ago(2, 9))}) :"
    )
    amb = bp(cls, tx.counter(AMBULANCE, 31), AMBULANCE, lead=f"SAMU, {frh(ctx.ago(1, 8))} :")
    jack = bp(cls, tx.counter(JACKPOT, 45), JACKPOT, lead="Jeux :")
    race = bp(cls, tx.pool(RACING), RACING, lead="Turf :")
    read = bpa(cls, "À découvrir :", tx.pool(READ), "/article.html/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Communiqué –", tag="em")
    water = bp(cls, tx.fixed(WATER), WATER)
    hol = bp(cls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [meth.html, _p(cls, body[0]), notes_html, *(_p(cls, p) for p in body[1:]), corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (crop, [2, 4, 6], 0.8),
            (amb, [1, 5, 7], 0.8),
            (jack, [3, 6, k], 0.75),
            (race, [4, 7, k], 0.8),
            (read, [3, 5, 8], 0.8),
            (promo, [1, 4, k], 0.7),
            (water, [6, 8, k], 0.75),
            (hol, [3, 5, k], 0.75),
            (news, [7, k], 0.75),
        ],
    )
    main = f"""<div class="ct-container">
<article class="ct-article">
<div class="ct-rubrique"><a href="/rubrique/societe">Société</a></div>
<h1 class="ct-titre">{e(headline)}</h1>
<div class="ct-signature">Par Lindovi Ndjio | Publié le 06-12-2026 18:15</div>
<figure class="ct-illustration"><img src="/uploads/2026/12/douala-makepe.jpg" alt="" loading="lazy"><figcaption>Le carrefour Ndokoti dimanche soir. Photo : CT</figcaption></figure>
<div class="ct-texte">
{story}
</div>
</article>
<aside class="ct-droite">{ad_slot("ct-ad", "Publicité", "ct-droite-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="fr",
        prefix="ct",
        brand="Cameroon Tribune",
        url=url,
        title=f"{headline} | Cameroon Tribune",
        sections=[
            "Politique",
            "Économie",
            "Société",
            "Régions",
            "Culture",
            "Sports",
            "International",
        ],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 SOPECAM – Cameroon Tribune. Tous droits réservés.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Lindovi Ndjio",
                    publisher=org("Cameroon Tribune", "https://www.cameroon-tribune.cm"),
                    lang="fr",
                    section="Société",
                )
            )
        ],
        main=main,
        body_cls="ct-page-article",
    )
    return Render(html, body, [meth, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# TNTV (Papeete, −10:00; the fetches run from noon to 1 pm on Sunday 6 December), custom, live,
# newest first; each entry an `<article>` with the `<h2>` **first** and then a `<time>` printing
# **"Publié le 6 décembre 2026 à 11h40"** (two without a headline); `@graph` of the
# `NewsArticle` and a `LiveBlogPosting` whose updates carry `url` anchors and an `author`.


def tntv(ctx: Ctx) -> Render:
    url = "https://www.tntv.pf/tntvnews/polynesie/direct-houle-route-de-ceinture-coupee-a-papara/"
    headline = "DIRECT – Forte houle : la route de ceinture coupée à Papara, les écoles de la presqu'île fermées"
    published = at(THT, 6, 7, 30)
    icls = "tn-chapo"
    body = [
        "Une houle de sud de plus de quatre mètres frappe depuis l'aube la côte ouest de Tahiti ; la route de ceinture est coupée à Papara et plusieurs familles de Teahupoo ont été mises à l'abri.",
        "Suivez en direct la situation sur le fenua avec la rédaction de TNTV.",
    ]

    def clock(dt: datetime) -> str:
        return f"Publié le {dt.day} décembre 2026 à {frh(dt)}"

    specs = [
        (
            11,
            40,
            "La mairie de Taiarapu-Ouest ouvre un second abri",
            [
                "La commune a ouvert le gymnase de Vairao pour accueillir les habitants du bord de mer."
            ],
        ),
        (
            10,
            55,
            None,
            [
                "Le haut-commissariat maintient la vigilance orange pour fortes houles sur Tahiti et Moorea jusqu'à lundi midi."
            ],
        ),
        (
            10,
            20,
            "Route de ceinture coupée à Papara",
            [
                "Des blocs de corail et des troncs ont été projetés sur la chaussée au PK 36 ; la gendarmerie dévie la circulation par la route de la plaine.",
                "La réouverture n'est pas envisagée avant la marée basse.",
            ],
        ),
        (
            9,
            35,
            "Les écoles de la presqu'île fermées",
            ["Le vice-rectorat a fermé les écoles de Taravao à Tautira par précaution."],
        ),
        (
            8,
            50,
            None,
            [
                "Les navettes maritimes entre Papeete et Moorea circulent avec des retards d'une demi-heure."
            ],
        ),
        (
            8,
            5,
            "Houle de plus de quatre mètres",
            ["Météo-France mesure des creux de 4,2 mètres à la bouée de Teahupoo."],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(THT, 6, h, m)), at(THT, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(THT, 6, 12, 52)),
        at(THT, 6, 12, 52),
        "Un pêcheur porté disparu à Tautira",
        [
            "Les secours recherchent un pêcheur de 54 ans dont le poti marara n'est pas rentré au port ce matin."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(dt: datetime, head: str | None, paras: list[str], anchor: str) -> str:
        hd = f'<h2 class="tn-direct__titre">{e(head)}</h2>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<article class="tn-direct" id="{anchor}">{hd}'
            f'<div class="tn-direct__date"><time datetime="{dt.isoformat()}">{e(clock(dt))}</time></div>'
            f'<div class="tn-direct__texte">{text}</div></article>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras, f"post-{b.ts.hour}{b.ts.minute:02d}")
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "district": "Tahiti",
        "grid": "EDT Engie",
        "utility": "Polynésienne des eaux",
        "hood": "Punaauia et Paea",
        "holiday": "Noël, le 25 décembre",
        "lotto": "Loto",
        "cur": "euros",
        "brand": "TNTV",
    }
    tx = Texts(ctx, "fr", pl, " ")

    def fake(title: str | None, text: str, kind: str, n: int, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(t, title, [text], f"tn-{n}"),
            ([title] if title else []) + [text],
            kind,
            [clock(t)],
        )

    rescue = fake("Secours en mer", tx.counter(RESCUE, 9), RESCUE, 1)
    dengue = fake(None, tx.counter(DENGUE, 58), DENGUE, 2)
    warn = fake("Vigilances en cours", tx.counter(WARNINGS, 4), WARNINGS, 3)
    tick = fake("Ailleurs au fenua", tx.pool(TICKER) + ".", TICKER, 4)
    race = fake("Turf à Pirae", tx.pool(RACING), RACING, 5)
    promo = fake("Avec notre partenaire", tx.pool(PROMO), PROMO, 6)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (rescue, list(range(0, n + 1)), 0.85),
            (dengue, [1, 3, 5, n], 0.8),
            (warn, [0, 2, 4], 0.8),
            (tick, [1, 4, n], 0.8),
            (race, [2, 5, n], 0.75),
            (promo, [1, 3, n], 0.7),
        ],
    )
    grid = bp(icls, tx.counter(GRID, 132), GRID, lead=f"Électricité, {frh(ctx.ago(2, 9))} :")
    jack = bp(icls, tx.counter(JACKPOT, 3100), JACKPOT, lead=f"Jeux ({frh(ctx.ago(1, 8))}) :")
    read = bpa(icls, "À voir aussi :", tx.pool(READ), "/tntvnews/", READ)
    water = bp(icls, tx.fixed(WATER), WATER)
    hol = bp(icls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (grid, [0, 1, 2], 0.8),
            (jack, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (water, [2], 0.75),
            (hol, [0, 2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    ups = [
        {
            "@type": "BlogPosting",
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "url": f"{url}#post-{b.ts.hour}{b.ts.minute:02d}" if b.ts else url,
            "datePublished": b.ts.isoformat() if b.ts else None,
            "author": {"@type": "Organization", "name": "Rédaction TNTV"},
            "articleBody": " ".join(b.paras),
        }
        for b in shown
    ]
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#direct",
        "headline": headline,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "liveBlogUpdate": ups,
    }
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Rédaction TNTV",
        publisher=org("TNTV", "https://www.tntv.pf"),
        lang="fr",
        section="Polynésie",
    )
    main = f"""<main class="tn-main">
<article class="tn-article">
<p class="tn-surtitre">EN DIRECT</p>
<h1 class="tn-titre">{e(headline)}</h1>
<p class="tn-auteur">Rédaction web, avec Heimana Teriitehau</p>
<p class="tn-date">Dimanche 6 décembre 2026</p>
<div class="tn-intro">
{intro}
</div>
{ad_slot("tn-ad", "Publicité", "tn-mid-1")}
<section class="tn-fil">
{feed}
</section>
</article>
</main>"""
    html = page(
        ctx,
        lang="fr",
        prefix="tn",
        brand="TNTV",
        url=url,
        title=f"{headline} - TNTV Tahiti Nui Télévision",
        sections=["Polynésie", "Politique", "Société", "Sport", "Culture", "Monde", "Replay"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Tahiti Nui Télévision. Tous droits réservés.",
        jsonld=[graph(article, posting)],
        main=main,
        body_cls="tn-direct-page",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "ahramhebdo-pluies-torrentielles-a-alexandrie-la-corniche-inondee-le-port-ferme",
        "Al-Ahram Hebdo (EG)",
        "fr",
        "updates",
        EET,
        ahram,
    ),
    Site(
        "cameroontribune-inondations-a-douala-makepe-sous-les-eaux-axe-ndokoti-coupe",
        "Cameroon Tribune (CM)",
        "fr",
        "updates",
        WAT,
        cameroontribune,
    ),
    Site(
        "tntv-direct-forte-houle-route-de-ceinture-coupee-a-papara",
        "TNTV (PF)",
        "fr",
        "live",
        THT,
        tntv,
    ),
]
