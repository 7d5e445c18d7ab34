"""English-language publishers: Times of Malta (Valletta, MT), Jamaica Observer (Kingston, JM),
Deccan Herald (Bengaluru, IN)."""

from __future__ import annotations

from datetime import UTC, datetime

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
    Texts,
    bp,
    bpa,
    dotpm,
    graph,
    hm,
    ld,
    page,
    post,
    priced,
    sp_am,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

CET = 1
EST = -5
IST = 5.5

_SUBS = ["Politics", "Courts", "Health", "Education", "Weather", "Opinion", "Sport", "Travel"]
_FOOT = {
    "About": ["About us", "Contact the newsroom", "Advertise", "Careers", "Newsletters"],
    "Legal": ["Privacy policy", "Terms of use", "Editorial code", "Cookie settings"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# Times of Malta (Valletta, +01:00; the fetches run from 11pm to midnight on Sunday 6 December),
# custom. A bold "A note on sources:" at the top (`editors_note`); two notes after paragraph 3,
# oldest first, each a body-class paragraph whose bold lead puts **the clock first, then the
# weekday and the full date**, "9.40pm, Sunday 6 December 2026:"; an unlabelled italic "We
# apologise for an error in an earlier version …" at the very end (`correction`, no label).


def timesofmalta(ctx: Ctx) -> Render:
    url = (
        "https://timesofmalta.com/article/gale-gozo-channel-ferries-suspended-msida-flooded.1102345"
    )
    headline = "Gozo Channel ferries suspended as gale lashes islands, Msida roads under water"
    published = at(CET, 6, 19, 5)
    cls = "ar-text"
    body = [
        "Gale-force winds and torrential rain battered Malta and Gozo on Sunday evening, forcing Gozo Channel to suspend all crossings and leaving parts of Msida and Birkirkara under water.",
        "The Meteorological Office at Malta International Airport recorded gusts of 98 kilometres an hour shortly after 7pm and said the storm would peak before midnight.",
        "Residents of Triq il-Wied in Birkirkara posted videos of cars being carried down the valley road as water surged towards the Msida marina.",
        "“We moved the children upstairs and watched the garage fill in ten minutes,” said Josianne Camilleri, who lives near the Msida parish church.",
        "Infrastructure Malta said its crews were clearing storm drains along the Regional Road and urged drivers to avoid the Santa Venera tunnels.",
        "Schools will open as normal on Monday unless the education ministry announces otherwise by 6am, a spokesperson said.",
    ]

    def stamp(dt: datetime) -> str:
        return f"{dotpm(dt)}, Sunday 6 December 2026"

    specs = [
        (
            21,
            40,
            "Gozo Channel has suspended the 10.15pm and 11.45pm crossings from Ċirkewwa and Mġarr; passengers are being asked to wait for updates on the company's app.",
        ),
        (
            22,
            55,
            "Civil Protection Department volunteers have rescued an elderly couple trapped in their car at the bottom of Wied Għollieqa.",
        ),
    ]
    notes = [
        Block("update", stamp(at(CET, 6, h, m)), at(CET, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(CET, 6, 23, 52)),
        at(CET, 6, 23, 52),
        None,
        [
            "Enemalta says power has been restored to most of Birkirkara, though 600 homes in Qormi are still without electricity."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(lead: str, text: str) -> str:
        return f'<p class="{cls}"><strong>{e(lead)}:</strong> {e(text)}</p>'

    for b in shown:
        assert b.label
        b.html = note(b.label, b.paras[0])
    src = Block(
        "editors_note",
        "A note on sources",
        None,
        None,
        [
            "this report draws on statements by the Civil Protection Department, Transport Malta and residents who contacted our newsroom."
        ],
    )
    src.html = f'<p class="{cls}"><strong>A note on sources:</strong> {e(src.paras[0])}</p>'
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "We apologise for an error in an earlier version of this article, which said the Santa Venera tunnels had been closed."
        ],
    )
    corr.html = f'<p class="{cls}"><em>{e(corr.paras[0])}</em></p>'
    modified = shown[-1].ts or published
    pl = {
        "police": "Malta Police",
        "grid": "Enemalta",
        "utility": "The Water Services Corporation",
        "hood": "Ħamrun and Marsa",
        "holiday": "Tuesday, Immaculate Conception",
        "lotto": "Super 5",
        "cur": "€",
        "brand": "Times of Malta",
    }
    tx = Texts(ctx, "en", pl)

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        return post(note(stamp(ctx.ago(lo, hi)), text), [text], kind)

    grid = fake(tx.counter(GRID, 412), GRID, 1, 9)
    rescue = fake(tx.counter(RESCUE, 11), RESCUE, 2, 12)
    breath = fake(tx.counter(BREATH, 160), BREATH, 1, 14)
    tick = fake("Elsewhere in Malta: " + tx.pool(TICKER) + ".", TICKER, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (grid, list(range(0, n + 1)), 0.85),
            (rescue, list(range(0, n + 1)), 0.8),
            (breath, [0, n], 0.8),
            (tick, [1, n], 0.8),
        ],
    )
    amb = bp(cls, tx.counter(AMBULANCE, 19), AMBULANCE, lead=f"Health, {dotpm(ctx.ago(2, 9))}:")
    jack = bp(cls, tx.counter(JACKPOT, 1240), JACKPOT, lead=f"Lotto ({dotpm(ctx.ago(1, 8))}):")
    race = bp(cls, tx.pool(RACING), RACING, lead="Racing:")
    read = bpa(cls, "Read next:", tx.pool(READ), "/news/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Sponsored:", tag="em")
    water = bp(cls, tx.fixed(WATER), WATER)
    hol = bp(cls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [src.html, *(_p(cls, p) for p in body[:3]), notes_html, *(_p(cls, p) for p in body[3:])]
    units.append(corr.html)
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (amb, [2, 3, 6], 0.8),
            (jack, [1, 5, 7], 0.8),
            (race, [3, 6, k], 0.8),
            (read, [2, 5, 8], 0.8),
            (promo, [1, 4, k], 0.7),
            (water, [6, 7, k], 0.75),
            (hol, [3, 5, k], 0.75),
            (news, [7, k], 0.75),
        ],
    )
    main = f"""<main class="ar-main">
<article class="ar-article">
<div class="ar-kicker"><a href="/news/national">National</a></div>
<h1 class="ar-headline">{e(headline)}</h1>
<div class="ar-meta"><span class="ar-author">Mark Laurence Zammit and Claire Caruana</span><span class="ar-date">December 6, 2026 | 7:05 pm</span></div>
<figure class="ar-figure"><img src="/cdn/images/msida-flood-2026.jpg" alt="" loading="lazy"><figcaption>Water surges along Triq il-Wied. Photo: Jonathan Borg</figcaption></figure>
<div class="ar-body">
{story}
</div>
</article>
<aside class="ar-rail">{ad_slot("tom-ad", "Advertisement", "tom-mpu-1")}</aside>
</main>"""
    html = page(
        ctx,
        lang="en",
        prefix="tom",
        brand="Times of Malta",
        url=url,
        title=f"{headline} - Times of Malta",
        sections=["National", "World", "Business", "Sport", "Opinion", "Community", "Videos"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Allied Newspapers Ltd. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Mark Laurence Zammit",
                    publisher=org("Times of Malta", "https://timesofmalta.com"),
                    lang="en",
                    section="National",
                )
            )
        ],
        main=main,
        body_cls="article-page tom",
    )
    return Render(html, body, [src, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Jamaica Observer (Kingston, −05:00; the fetches run from 5pm to 6pm on Sunday 6 December),
# WordPress-like. Two notes after paragraph 4, oldest first, each a `<blockquote>` holding the text
# and **a footer stamp after it**, "Updated December 6, 2026 at 3:20 pm"; a bold "Full
# disclosure:" after the story (`editors_note`); an "Our correction" box beside the body, `<h5>`
# label (`correction`).


def jamaicaobserver(ctx: Ctx) -> Render:
    url = "https://www.jamaicaobserver.com/2026/12/06/flash-flooding-st-catherine-bog-walk-gorge-closed/"
    headline = (
        "Flash flooding in St Catherine: Bog Walk Gorge closed, residents of Linstead evacuated"
    )
    published = at(EST, 6, 13, 30)
    cls = "entry-para"
    body = [
        "Hours of heavy rain from a stalled trough sent the Rio Cobre over its banks on Sunday, closing the Bog Walk Gorge and forcing dozens of families in Linstead from their homes.",
        "The Meteorological Service of Jamaica extended its flash-flood warning for St Catherine, Clarendon and St Mary until Monday morning.",
        "Motorists travelling between Spanish Town and Ocho Rios were turned back at Flat Bridge, where water covered the road by early afternoon.",
        "“The river came up faster than I have ever seen it,” said Devon Shaw, a higgler who sells fruit near the Linstead market.",
        "The National Works Agency said its teams would assess the gorge road once the water receded and advised drivers to use the Mount Rosser route.",
        "Shelters have been opened at the Linstead Primary School and the Bog Walk Community Centre, the Office of Disaster Preparedness said.",
    ]

    def stamp(dt: datetime) -> str:
        return f"Updated December 6, 2026 at {sp_am(dt)}"

    specs = [
        (
            15,
            20,
            "Police have closed the Bog Walk Gorge in both directions after a landslip near the Pum River bridge brought down boulders.",
        ),
        (
            16,
            45,
            "Forty-two residents of Ewarton Road in Linstead have been taken to shelters by the Jamaica Defence Force.",
        ),
    ]
    notes = [
        Block("update", stamp(at(EST, 6, h, m)), at(EST, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(EST, 6, 17, 53)),
        at(EST, 6, 17, 53),
        None,
        [
            "A 60-year-old farmer reported missing near Kent Village has been found alive by a search team, the police say."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(dt: datetime, text: str) -> str:
        return (
            f'<blockquote class="story-update"><p class="{cls}">{e(text)}</p>'
            f'<footer class="story-update__stamp">{e(stamp(dt))}</footer></blockquote>'
        )

    for b in shown:
        assert b.ts
        b.html = note(b.ts, b.paras[0])
    disc = Block(
        "editors_note",
        "Full disclosure",
        None,
        None,
        [
            "one of the reporters on this story lives in Linstead and was among the residents asked to leave."
        ],
    )
    disc.html = f'<p class="{cls}"><strong>Full disclosure:</strong> {e(disc.paras[0])}</p>'
    corr = Block(
        "correction",
        "Our correction",
        None,
        None,
        [
            "Flat Bridge is in the parish of St Catherine, not St Mary as we said in an earlier version of this story."
        ],
    )
    corr.html = f'<aside class="sidebar-correction"><h5>Our correction</h5><p>{e(corr.paras[0])}</p></aside>'
    modified = shown[-1].ts or published
    pl = {
        "district": "The St James health department",
        "police": "The JCF traffic division",
        "grid": "JPS",
        "utility": "The National Water Commission",
        "hood": "Duhaney Park and Waterhouse",
        "holiday": "Christmas Day",
        "lotto": "Super Lotto",
        "cur": "US$",
        "brand": "Observer",
    }
    tx = Texts(ctx, "en", pl)

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(note(t, text), [text], kind, [stamp(t)])

    dengue = fake(tx.counter(DENGUE, 64), DENGUE, 2, 14)
    warn = fake(tx.counter(WARNINGS, 5), WARNINGS, 1, 9)
    rescue = fake(tx.counter(RESCUE, 6), RESCUE, 3, 12)
    tick = fake("Elsewhere in Jamaica: " + tx.pool(TICKER) + ".", TICKER, 2, 16)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (dengue, list(range(0, n + 1)), 0.8),
            (warn, list(range(0, n + 1)), 0.85),
            (rescue, [0, n], 0.75),
            (tick, [1, n], 0.8),
        ],
    )
    breath = bp(cls, tx.counter(BREATH, 90), BREATH, lead=f"JCF, {sp_am(ctx.ago(1, 9))}:")
    jack = bp(cls, tx.counter(JACKPOT, 980), JACKPOT, lead=f"Lotto, {sp_am(ctx.ago(2, 11))}:")
    grid = bp(cls, tx.counter(GRID, 655), GRID, lead=f"Power ({sp_am(ctx.ago(1, 7))}):")
    race = bp(cls, tx.pool(RACING), RACING, lead="Caymanas results:")
    read = bpa(cls, "ALSO READ:", tx.pool(READ), "/news/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="PAID CONTENT:")
    water = bp(cls, tx.fixed(WATER), WATER)
    hol = bp(cls, tx.fixed(HOLIDAY), HOLIDAY)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [*(_p(cls, p) for p in body[:4]), notes_html, *(_p(cls, p) for p in body[4:])]
    units.append(disc.html)
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (breath, [1, 3, 6], 0.8),
            (jack, [2, 5, k], 0.75),
            (grid, [1, 4, 6], 0.8),
            (race, [3, 6, k], 0.8),
            (read, [2, 5, 7], 0.8),
            (promo, [0, 4, k], 0.7),
            (water, [5, 7, k], 0.75),
            (hol, [3, k], 0.75),
            (news, [6, k], 0.75),
        ],
    )
    main = f"""<div id="primary" class="content-area">
<article class="post type-post status-publish format-standard">
<header class="entry-header"><span class="cat-links"><a href="/category/news/">News</a></span>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="byline">BY KIMONE FRANCIS Observer staff reporter</span> <time class="entry-date published">December 6, 2026</time></div></header>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/bog-walk-gorge.jpg" alt="" loading="lazy"><figcaption>The Rio Cobre at Flat Bridge on Sunday. (Photo: Garfield Robinson)</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
<div id="secondary" class="widget-area">{corr.html}{ad_slot("jo-ad", "ADVERTISEMENT", "jo-side-1")}</div>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="jo",
        brand="Jamaica Observer",
        url=url,
        title=f"{headline} - Jamaica Observer",
        sections=["News", "Business", "Sport", "Entertainment", "Lifestyle", "Columns", "Video"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Jamaica Observer Limited. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Kimone Francis",
                    publisher=org("Jamaica Observer", "https://www.jamaicaobserver.com"),
                    lang="en",
                    section="News",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single jo",
        cms="wp",
    )
    return Render(html, body, [*shown, disc, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Deccan Herald (Bengaluru, +05:30; the fetches run from 3.30am to 4.30am on Monday 7 December),
# custom, live. A pinned "Top updates" entry on top, then **oldest first**; each entry a
# `<div class="live-blog-item">` whose meta line is a `<time>` printing **the date, a pipe, a
# 24-hour clock and the zone**, "7 Dec 2026 | 01:20 IST", then an `<h2>` (two without) and the text;
# `@graph` of a `BreadcrumbList`, the `NewsArticle` and a `LiveBlogPosting` whose updates are
# stamped **in UTC**.


def deccanherald(ctx: Ctx) -> Render:
    url = "https://www.deccanherald.com/india/karnataka/bengaluru/bengaluru-rain-live-silk-board-flooded-purple-line-halted-3312345"
    headline = (
        "Bengaluru rain LIVE: Silk Board junction flooded, Namma Metro halts Purple Line trains"
    )
    published = at(IST, 7, 0, 10)
    icls = "story-intro"
    body = [
        "A night of record rain left large parts of Bengaluru under water on Monday, with the Silk Board junction flooded and Namma Metro halting trains on a stretch of the Purple Line.",
        "DH is tracking the downpour, rescue work and closures across the city. Refresh this page for the latest.",
    ]

    def clock(dt: datetime) -> str:
        return f"{dt.day} Dec 2026 | {hm(dt)} IST"

    pin = Block(
        "live_entry",
        clock(at(IST, 7, 0, 30)),
        at(IST, 7, 0, 30),
        "Top updates",
        [
            "Schools and colleges in Bengaluru Urban district are shut today; the IMD has an orange alert in force for the city until 8.30am."
        ],
    )
    specs = [
        (
            0,
            55,
            "Outer Ring Road under knee-deep water",
            [
                "Commuters on the Outer Ring Road near Bellandur abandoned two-wheelers as water rose above the kerb."
            ],
        ),
        (
            1,
            20,
            None,
            [
                "The fire and emergency services have pulled eleven people out of a flooded apartment basement in HSR Layout."
            ],
        ),
        (
            1,
            50,
            "Metro suspends Purple Line stretch",
            [
                "BMRCL has halted trains between Mysuru Road and Majestic after water seeped into a tunnel shaft.",
                "Passengers were escorted out at Vijayanagar station.",
            ],
        ),
        (
            2,
            25,
            "Lake breach in Mahadevapura",
            [
                "Residents say the bund of the Kaikondrahalli lake gave way after midnight, sending water into the surrounding layouts."
            ],
        ),
        (
            2,
            50,
            None,
            [
                "BBMP has opened six relief centres and says buses will take residents of low-lying areas to them."
            ],
        ),
        (
            3,
            15,
            "Airport reports delays",
            [
                "Kempegowda International Airport says four arrivals were diverted to Chennai because of low visibility."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(IST, 7, h, m)), at(IST, 7, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(IST, 7, 4, 23)),
        at(IST, 7, 4, 23),
        "Army columns called in",
        [
            "The state government has asked for two army columns to help evacuate families stranded in Sarjapur."
        ],
    )
    shown = [*entries, *([genuine] if ctx.n == 6 else [])]

    def entry(dt: datetime, head: str | None, paras: list[str], anchor: str) -> str:
        hd = f'<h2 class="live-blog-item__title">{e(head)}</h2>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="live-blog-item" id="{anchor}"><div class="live-blog-item__meta">'
            f'<time datetime="{dt.isoformat()}">{e(clock(dt))}</time></div>{hd}'
            f'<div class="live-blog-item__body">{text}</div></div>'
        )

    for i, b in enumerate([pin, *shown]):
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras, f"lb-{i}")
    pin.html = pin.html.replace('class="live-blog-item"', 'class="live-blog-item is-pinned"', 1)
    modified = max(b.ts for b in [pin, *shown] if b.ts)
    pl = {
        "district": "Mysuru district",
        "grid": "Karnataka",
        "police": "Bengaluru traffic police",
        "crop": "Robusta coffee",
        "utility": "BWSSB",
        "hood": "Jayanagar and JP Nagar",
        "brand": "DH",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, n: int, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(t, title, [text], f"dh-{n}"),
            ([title] if title else []) + [text],
            kind,
            [clock(t)],
        )

    grid = fake("Power demand", tx.counter(GRID, 9870), GRID, 1)
    dengue = fake(None, tx.counter(DENGUE, 212), DENGUE, 2)
    tick = fake("Elsewhere in Karnataka", tx.pool(TICKER) + ".", TICKER, 3)
    race = fake("Racing round-up", tx.pool(RACING), RACING, 4)
    promo = fake("Partner content", tx.pool(PROMO), PROMO, 5)
    amb = fake(None, tx.counter(AMBULANCE, 27), AMBULANCE, 6)
    units = [pin.html, *(b.html for b in shown)]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (grid, list(range(1, n + 1)), 0.85),
            (dengue, [0, 2, 4, n], 0.8),
            (tick, [1, 3, 5], 0.8),
            (race, [2, 5, n], 0.75),
            (promo, [1, 4, n], 0.7),
            (amb, [3, 6, n], 0.8),
        ],
    )
    read = bpa(icls, "Also Read:", tx.pool(READ), "/india/", READ)
    crop = bp(icls, priced(tx, CROP, 23145), CROP, lead=f"Commodities, {hm(ctx.ago(2, 9))} IST:")
    breath = bp(icls, tx.counter(BREATH, 310), BREATH, lead=f"Night checks ({hm(ctx.ago(1, 8))}):")
    warn = bp(icls, tx.counter(WARNINGS, 9), WARNINGS, lead="IMD:")
    water = bp(icls, tx.fixed(WATER), WATER)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (read, [1, 2], 0.8),
            (crop, [0, 1, 2], 0.8),
            (breath, [1, 2], 0.8),
            (warn, [0, 2], 0.75),
            (water, [2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    ups = [
        {
            "@type": "BlogPosting",
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "datePublished": b.ts.astimezone(UTC).isoformat().replace("+00:00", "Z")
            if b.ts
            else None,
            "articleBody": " ".join(b.paras),
        }
        for b in [pin, *shown]
    ]
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "headline": headline,
        "url": url,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "liveBlogUpdate": ups,
    }
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "India",
                "item": "https://www.deccanherald.com/india",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Bengaluru",
                "item": "https://www.deccanherald.com/india/karnataka/bengaluru",
            },
        ],
    }
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="DH Web Desk",
        publisher=org("Deccan Herald", "https://www.deccanherald.com"),
        lang="en",
        section="Bengaluru",
    )
    main = f"""<div class="dh-wrap">
<article class="dh-story">
<ul class="dh-crumbs"><li><a href="/india">India</a></li><li><a href="/india/karnataka/bengaluru">Bengaluru</a></li></ul>
<h1 class="dh-story__headline">{e(headline)}</h1>
<div class="dh-story__byline">DH Web Desk <span class="dh-story__date">Last Updated : 07 December 2026, 00:10 IST</span></div>
<div class="dh-story__intro">
{intro}
</div>
{ad_slot("dh-ad", "Advertisement", "dh-mid-1")}
<section class="live-blog">
{feed}
</section>
</article>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="dh",
        brand="Deccan Herald",
        url=url,
        title=f"{headline} | Deccan Herald",
        sections=["India", "Karnataka", "Business", "World", "Sports", "Opinion", "Entertainment"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 The Printers (Mysore) Private Ltd. All rights reserved.",
        jsonld=[graph(crumbs, article, posting)],
        main=main,
        body_cls="dh-live",
    )
    return Render(html, body, [pin, *shown], genuine, modified)


SITES = [
    Site(
        "timesofmalta-gale-gozo-channel-ferries-suspended-msida-roads-under-water",
        "Times of Malta (MT)",
        "en",
        "updates",
        CET,
        timesofmalta,
    ),
    Site(
        "jamaicaobserver-flash-flooding-st-catherine-bog-walk-gorge-closed",
        "Jamaica Observer (JM)",
        "en",
        "updates",
        EST,
        jamaicaobserver,
    ),
    Site(
        "deccanherald-bengaluru-rain-live-silk-board-flooded-purple-line-halted",
        "Deccan Herald (IN)",
        "en",
        "live",
        IST,  # type: ignore[arg-type]
        deccanherald,
    ),
]
