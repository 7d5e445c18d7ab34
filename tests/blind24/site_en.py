"""English-language publishers: The Gleaner (Kingston, Jamaica), The Daily Star (Dhaka,
Bangladesh), The Fiji Times (Suva, Fiji)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    AM,
    BOOKS,
    BOTTLES,
    BREAD,
    COFFEE,
    DIGITAL,
    DOG,
    GARDEN,
    NEWS,
    PROMO,
    READ,
    RIDDLE,
    SEEDS,
    TAXI,
    TICKER,
    TWISTER,
    Texts,
    am,
    bp,
    bpa,
    ld,
    page,
    post,
    us,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

EST = -5
BDT = 6
FJT = 12

_SUBS = ["Politics", "Business", "Health", "Education", "Environment", "Letters", "Arts", "Sport"]
_FOOT = {
    "About": ["About us", "Contact us", "Advertise", "Careers", "E-paper"],
    "Legal": ["Privacy policy", "Terms of use", "Corrections", "Cookie settings"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# The Gleaner (Kingston, -05:00; the fetches run from 5pm to 6pm on Sunday 6 December), custom.
# A "CORRECTION NOTICE" box with an `<h4>` label above the body; notes at the end, oldest
# first, each a paragraph in the body's class with a bold bracketed lead "[UPDATED 2:40 p.m.]";
# an italic unlabelled "This story has been amended to make clear …" last (`clarification`).


def gleaner(ctx: Ctx) -> Render:
    url = "https://jamaica-gleaner.com/article/news/20261206/flash-floods-mountain-view-avenue-hope-river-bridge-closed"
    headline = "Flash floods swamp Mountain View Avenue; Hope River bridge closed to traffic"
    published = at(EST, 6, 11, 20)
    cls = "gl-body"
    body = [
        "Hours of torrential rain on Sunday sent floodwater racing down Mountain View Avenue in St Andrew, stranding motorists and forcing the National Works Agency to close the bridge over the Hope River at August Town.",
        "The Meteorological Service of Jamaica said more than 140 millimetres of rain fell at the Norman Manley International Airport between 6 a.m. and 2 p.m., with heavier falls recorded in the hills above Papine.",
        "Residents of Kintyre and Bito Street said the gully behind their homes overflowed shortly before noon, carrying debris and at least two cars into the roadway.",
        "“Mi neva see water come down so fast from I was a likkle youth,” said Devon Campbell, a taxi operator who abandoned his vehicle near the Stadium roundabout.",
        "The Jamaica Fire Brigade said its swift-water team rescued four people from the roof of a minibus trapped near the University of the West Indies entrance.",
        "The Office of Disaster Preparedness and Emergency Management opened shelters at the Papine High School and the Mona Heights Primary School.",
        "The Ministry of Education said it would announce on Monday morning whether schools in the Corporate Area would open.",
    ]
    corr = Block(
        "correction",
        "CORRECTION NOTICE",
        None,
        None,
        [
            "An earlier version of this story named the wrong river. The bridge that was closed spans the Hope River, not the Rio Cobre."
        ],
    )
    corr.html = f'<div class="gl-notice"><h4 class="gl-notice__label">CORRECTION NOTICE</h4><p class="gl-notice__text">{e(corr.paras[0])}</p></div>'

    def label(dt: datetime) -> str:
        return f"UPDATED {us(dt)}"

    specs = [
        (
            14,
            40,
            "The National Works Agency says the Hope River bridge will stay closed until engineers have inspected its supports.",
        ),
        (
            16,
            25,
            "JPS says about 11,000 customers in St Andrew and St Thomas are without electricity after two feeders tripped.",
        ),
    ]
    notes = [
        Block("update", label(at(EST, 6, h, m)), at(EST, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(EST, 6, 17, 53)),
        at(EST, 6, 17, 53),
        None,
        [
            "The police say one lane of Mountain View Avenue has reopened, but motorists are asked to avoid the area near the Stadium roundabout."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<p class="{cls}"><strong>[{e(b.label or "")}]</strong> {e(b.paras[0])}</p>'
    clar = Block(
        "clarification",
        None,
        None,
        None,
        [
            "This story has been amended to make clear that the shelters are run by the ODPEM and not by the Kingston and St Andrew Municipal Corporation."
        ],
    )
    clar.html = f'<p class="{cls}"><em>{e(clar.paras[0])}</em></p>'
    modified = shown[-1].ts or published
    pl = {
        "garden": "The Mona Commons community garden",
        "bottle": "the Sovereign Centre car park",
        "library": "The Half Way Tree branch library",
        "bakery": "The Holy Cross church bakery",
        "rank": "The Half Way Tree transport centre rank",
        "digital": "the Liguanea library",
        "seeds": "the Hope Gardens visitors' centre",
        "coffee": "the Mona Heights community hall",
        "brand": "The Gleaner",
    }
    tx = Texts(ctx, "en", pl)

    def bracket(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp(cls, text, kind, lead=f"[{word} {us(t)}]")

    garden = bracket("GARDEN TALLY", tx.counter(GARDEN, 612), GARDEN, 2, 14)
    taxi = bracket("TAXI RANK", tx.counter(TAXI, 23), TAXI, 1, 9)
    tick = bracket("JUST IN", tx.pool(TICKER) + ".", TICKER, 1, 18)
    riddle = bp(cls, tx.pool(RIDDLE), RIDDLE, lead="Riddle me this:")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Dog of the day:")
    digital = bp(cls, tx.fixed(DIGITAL), DIGITAL)
    coffee = bp(cls, tx.fixed(COFFEE), COFFEE)
    read = bpa(cls, "READ:", tx.pool(READ), "/news/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Sponsored content –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    units = [corr.html] + [_p(cls, p) for p in body]
    end = len(units)
    units += [b.html for b in shown] + [clar.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (garden, list(range(end, k)), 0.85),
            (taxi, [end, end + 1, k - 1], 0.8),
            (tick, [2, 5, end + 1], 0.8),
            (riddle, [3, 6, k], 0.8),
            (dog, [2, 4, k], 0.75),
            (digital, [1, 5, k], 0.7),
            (coffee, [3, 6, end], 0.7),
            (read, [2, 3, 4], 0.8),
            (promo, [0, 5, k], 0.7),
            (news, [end, k], 0.75),
        ],
    )
    main = f"""<div class="gl-page">
<main class="gl-main">
<article class="gl-article">
<p class="gl-article__kicker"><a href="/news/">News</a></p>
<h1 class="gl-article__title">{e(headline)}</h1>
<p class="gl-article__meta"><span class="gl-byline">Gleaner Writer</span> <span class="gl-date">Published: Sunday | December 6, 2026 | 11:20 AM</span></p>
<figure class="gl-figure"><img src="/sites/default/files/styles/jg_article_image/public/2026-12/floods-mountain-view.jpg" alt="" loading="lazy"><figcaption>Motorists wade through floodwater on Mountain View Avenue on Sunday. – Rudolph Brown/Photographer</figcaption></figure>
<div class="gl-article__body field-name-body">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="gl",
        brand="The Gleaner",
        url=url,
        title=f"{headline} | News | Jamaica Gleaner",
        sections=["News", "Lead Stories", "Business", "Sports", "Entertainment", "Commentary"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 The Gleaner Company (Media) Limited.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Gleaner Writer",
                    publisher=org("The Gleaner", "https://jamaica-gleaner.com"),
                    lang="en",
                    section="News",
                )
            )
        ],
        main=main,
        body_cls="gl node-type-article",
    )
    return Render(html, body, [corr, *shown, clar], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Daily Star (Dhaka, +06:00; the fetches run from 4am to 5am on Monday 7 December), custom.
# Numbered notes inside the story after paragraph 2, newest first, each a box with an `<h4>`
# "Update 3 — 3:10am" (no date; Update 1 falls on Sunday, before local midnight) + a paragraph;
# a bold "Correction (December 7, 2026, 2:05am):" at the end, with a full date and a clock.


def dailystar(ctx: Ctx) -> Render:
    url = "https://www.thedailystar.net/news/bangladesh/transport/news/dense-fog-ferry-services-suspended-paturia-daulatdia-3861024"
    headline = (
        "Dense fog halts ferries on Paturia-Daulatdia route, tailback on Dhaka-Aricha highway"
    )
    published = at(BDT, 6, 21, 15)
    cls = "ds-text"
    body = [
        "Ferry services on the Paturia-Daulatdia and Aricha-Kazirhat routes were suspended late on Sunday as dense fog cut visibility on the Padma to less than 50 metres.",
        "Bangladesh Inland Water Transport Corporation officials said 14 ferries were anchored mid-river or at the ghats, with hundreds of passengers and drivers stranded on board.",
        "By midnight, a tailback of trucks and buses stretched nearly eight kilometres along the Dhaka-Aricha highway from the Paturia ghat towards Shibalaya.",
        "“We left Gabtoli at seven in the evening and we have not moved for three hours,” said Abdul Karim, a passenger on a Kushtia-bound bus.",
        "The Bangladesh Meteorological Department said the cold wave would continue over Rajshahi, Rangpur and Khulna divisions for at least two more days.",
        "Highway police said they had opened a holding area for trucks carrying perishable goods near Uthli, so that buses could move closer to the ghat.",
        "BIWTC said services would resume once visibility improved, most likely after sunrise.",
    ]

    def label(i: int, dt: datetime) -> str:
        return f"Update {i} — {am(dt)}"

    specs = [
        (
            3,
            7,
            3,
            10,
            "Two ferries that had been anchored mid-river since Sunday evening have reached the Daulatdia ghat safely, BIWTC says.",
        ),
        (
            2,
            7,
            1,
            35,
            "The tailback on the Dhaka-Aricha highway now reaches Tora, highway police say. Drivers are sleeping in their cabs.",
        ),
        (
            1,
            6,
            23,
            50,
            "The Red Crescent has set up a tea and blanket stall for stranded passengers at the Paturia ghat waiting area.",
        ),
    ]
    notes = [
        Block("update", label(i, at(BDT, d, h, m)), at(BDT, d, h, m), None, [t])
        for i, d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(4, at(BDT, 7, 4, 53)),
        at(BDT, 7, 4, 53),
        None,
        [
            "Ferry services on the Aricha-Kazirhat route have resumed with four small ferries as the fog thins slightly, BIWTC's Aricha office says."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def box(title: str, text: str) -> str:
        return f'<div class="ds-update"><h4 class="ds-update__title">{e(title)}</h4><p class="{cls}">{e(text)}</p></div>'

    for b in shown:
        b.html = box(b.label or "", b.paras[0])
    corr = Block(
        "correction",
        "Correction (December 7, 2026, 2:05am)",
        at(BDT, 7, 2, 5),
        None,
        [
            "An earlier version of this report said 24 ferries were stranded. The correct figure, according to BIWTC, is 14."
        ],
    )
    corr.html = f'<p class="{cls}"><strong>Correction (December 7, 2026, 2:05am):</strong> {e(corr.paras[0])}</p>'
    modified = shown[0].ts or published
    pl = {
        "garden": "The Mirpur rooftop garden collective",
        "bottle": "the Dhanmondi Lake gate",
        "library": "The Bishwo Shahitto Kendro mobile library",
        "bakery": "The Manikganj mosque committee bakery",
        "rank": "The Gabtoli CNG stand",
        "digital": "the Dhanmondi community centre",
        "seeds": "the Manikganj agricultural extension office",
        "coffee": "the Shibalaya union parishad hall",
        "brand": "The Daily Star",
    }
    tx = Texts(ctx, "en", pl)

    def boxed(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        mark = f"{word} — {am(ctx.ago(lo, hi))}"
        return post(box(mark, text), [text], kind, [mark])

    bottles = boxed("Bottle bank", tx.counter(BOTTLES, 1840), BOTTLES, 1, 12)
    books = boxed("Returns slot", tx.counter(BOOKS, 96), BOOKS, 2, 15)
    bread = boxed("Free bread", tx.counter(BREAD, 140), BREAD, 1, 10)
    t = ctx.ago(1, 20)
    tick = bp(cls, tx.pool(TICKER) + ".", TICKER, lead=f"Just in ({am(t)}):")
    twister = bp(cls, tx.pool(TWISTER), TWISTER, lead="Tongue-twister:")
    dog = bp(cls, tx.pool(DOG), DOG, lead="Good dog:", tag="em")
    seeds = bp(cls, tx.fixed(SEEDS), SEEDS)
    coffee = bp(cls, tx.fixed(COFFEE), COFFEE)
    read = bpa(cls, "Also read:", tx.pool(READ), "/news/bangladesh/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Sponsored:")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = paras[:2] + [b.html for b in shown] + paras[2:] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (bottles, list(range(2, 3 + nb)), 0.85),
            (books, list(range(2, 3 + nb)), 0.8),
            (bread, [2, 3, 2 + nb], 0.8),
            (tick, [1, 3 + nb, k - 1], 0.8),
            (twister, [1, 4 + nb, k], 0.75),
            (dog, [2, 5 + nb, k], 0.75),
            (seeds, [1, 6 + nb, k], 0.7),
            (coffee, [3 + nb, k], 0.7),
            (read, [1, 2, 4 + nb], 0.8),
            (promo, [0, 5 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="ds-container">
<main class="ds-main">
<article class="ds-article">
<div class="ds-breadcrumb"><a href="/news/bangladesh">Bangladesh</a> <a href="/news/bangladesh/transport">Transport</a></div>
<h1 class="ds-article__title">{e(headline)}</h1>
<div class="ds-article__byline"><span class="ds-author">Star Online Report</span>
<div class="ds-date">Sun Dec 6, 2026 09:15 PM <span class="ds-date__updated">Last update on: Mon Dec 7, 2026 {e(am(modified).upper())}</span></div></div>
<figure class="ds-figure"><img src="/sites/default/files/images/2026/12/06/paturia-fog.jpg" alt="" loading="lazy"><figcaption>Vehicles wait at the Paturia ghat on Sunday night. Photo: Star</figcaption></figure>
<div class="ds-article__body">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="ds",
        brand="The Daily Star",
        url=url,
        title=f"{headline} | The Daily Star",
        sections=["Bangladesh", "Investigative Stories", "Business", "World", "Sports", "Opinion"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 thedailystar.net | All rights reserved",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Star Online Report",
                    publisher=org("The Daily Star", "https://www.thedailystar.net"),
                    lang="en",
                    section="Bangladesh",
                )
            )
        ],
        main=main,
        body_cls="ds page-node-type-article",
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Fiji Times (Suva, +12:00; the fetches run from 10am to 11am on Monday 7 December), custom,
# live, newest first, a "PINNED" key-points entry (7:00AM) on top: microdata `liveBlogUpdate`
# entries whose only clock is the visible text of a `<time itemprop="datePublished">`, in
# upper-case "10:24AM", on a meta line with the reporter's name; `<h3>` (two without); the
# JSON-LD is only a `NewsArticle`.


def fijitimes(ctx: Ctx) -> Render:
    url = "https://www.fijitimes.com.fj/live-nadi-river-bursts-banks-queens-road-closed-at-sigatoka-flights-delayed/"
    headline = "LIVE: Nadi River bursts its banks, Queens Road closed at Sigatoka, flights delayed"
    published = at(FJT, 7, 6, 45)
    body = [
        "Heavy rain from a slow-moving tropical depression has flooded Nadi Town and cut the Queens Road near Sigatoka on Monday morning, with the Fiji Meteorological Service warning of more rain through the afternoon.",
        "Our reporters are in Nadi, Sigatoka and Lautoka. Follow the latest updates below; refresh the page for new posts.",
    ]
    specs = [
        (
            7,
            0,
            "Key points",
            [
                "A heavy rain warning is in force for Viti Levu. The Queens Road is closed at the Sigatoka bridge, and Nadi Town's main street is under water."
            ],
            "Fiji Times Live Desk",
        ),
        (
            9,
            55,
            "Lautoka market traders told to stay home",
            [
                "The Lautoka City Council says the municipal market will not open today because the drains around it are overflowing."
            ],
            "Rosi Doviverata",
        ),
        (
            9,
            20,
            None,
            [
                "Fiji Airways says three morning departures from Nadi International Airport have been delayed by the weather, but no flights have been cancelled."
            ],
            "Felix Chaudhary",
        ),
        (
            8,
            50,
            "Evacuation centres open in Nadi",
            [
                "The National Disaster Management Office has opened four evacuation centres in Nadi, including Nadi Muslim Primary School and the Namaka Methodist hall.",
                "About 260 people spent the early morning in the centres, the NDMO says.",
            ],
            "Rosi Doviverata",
        ),
        (
            8,
            15,
            "Sigatoka bridge closed",
            [
                "The Fiji Roads Authority has closed the Sigatoka bridge after the river rose to within a metre of the deck. Traffic is stopped at Lawaqa Park."
            ],
            "Luke Nacei",
        ),
        (
            7,
            45,
            None,
            [
                "Energy Fiji Limited says it has switched off supply to parts of Namaka and Martintar as a precaution while the water rises."
            ],
            "Felix Chaudhary",
        ),
        (
            7,
            20,
            "Nadi Town flooded",
            [
                "The Nadi River has burst its banks at the back of the main street. Shop owners are moving stock to upper floors as the water reaches the footpaths."
            ],
            "Luke Nacei",
        ),
    ]
    blocks = [
        Block("live_entry", AM(at(FJT, 7, h, m)), at(FJT, 7, h, m), hd, ps)
        for h, m, hd, ps, _ in specs
    ]
    authors = {id(b): s[4] for b, s in zip(blocks, specs, strict=True)}
    pinned, entries = blocks[0], blocks[1:]
    genuine = Block(
        "live_entry",
        AM(at(FJT, 7, 10, 54)),
        at(FJT, 7, 10, 54),
        "Queens Road reopens at Sigatoka",
        [
            "Engineers have let light vehicles back onto the Sigatoka bridge after the river dropped by half a metre in the past hour."
        ],
    )
    authors[id(genuine)] = "Luke Nacei"
    shown = [pinned] + ([genuine] if ctx.n == 6 else []) + entries

    def meta(clock: str, iso: str, who: str, pin: bool, micro: bool) -> str:
        badge = '<span class="ft-live__pin">PINNED</span> ' if pin else ""
        prop = ' itemprop="datePublished"' if micro else ""
        return f'<p class="ft-live__meta">{badge}<time{prop} datetime="{iso}">{e(clock)}</time> | {e(who)}</p>'

    def entry(
        b_clock: str,
        iso: str,
        head: str | None,
        paras: list[str],
        who: str,
        *,
        pin: bool = False,
        micro: bool = True,
    ) -> str:
        scope = (
            ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            if micro
            else ""
        )
        hp = ' itemprop="headline"' if micro else ""
        bp_ = ' itemprop="articleBody"' if micro else ""
        hd = f'<h3 class="ft-live__title"{hp}>{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        extra = " ft-live__entry--pinned" if pin else ""
        return (
            f'<div class="ft-live__entry{extra}"{scope}>{meta(b_clock, iso, who, pin, micro)}{hd}'
            f'<div class="ft-live__text"{bp_}>{text}</div></div>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(
            b.label or "", b.ts.isoformat(), b.head, b.paras, authors[id(b)], pin=b is pinned
        )
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "garden": "The Suva Methodist church garden",
        "bottle": "the MH supermarket in Namaka",
        "library": "The Nadi Town Council library",
        "bakery": "The Sikh temple bakery in Nadi",
        "rank": "The Nadi bus stand taxi base",
        "digital": "the Nadi civic centre",
        "seeds": "the Sigatoka research station",
        "coffee": "the Namaka community hall",
        "brand": "The Fiji Times",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, who: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        html = entry(AM(t), t.isoformat(), title, [text], who, micro=False)
        lines = ([title] if title else []) + [text]
        return post(html, lines, kind, [f"{AM(t)} | {who}"])

    taxi = fake("Taxi base update", tx.counter(TAXI, 14), TAXI, "Fiji Times Live Desk")
    garden = fake(None, tx.counter(GARDEN, 880), GARDEN, "Community desk")
    bread = fake("Free bread tally", tx.counter(BREAD, 118), BREAD, "Community desk")
    tick = fake("Elsewhere in Fiji", tx.pool(TICKER), TICKER, "Newsroom")
    promo = fake("Partner content", tx.pool(PROMO), PROMO, "Advertising feature")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (taxi, list(range(0, n + 1)), 0.85),
            (garden, list(range(1, n + 1)), 0.8),
            (bread, [1, 2, 4, n], 0.8),
            (tick, [0, 1, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    icls = "ft-live__intro-text"
    riddle = bp(icls, tx.pool(RIDDLE), RIDDLE, lead="Riddle of the day:")
    dog = bp(icls, tx.pool(DOG), DOG, lead="Dog of the day:")
    digital = bp(icls, tx.fixed(DIGITAL), DIGITAL)
    read = bpa(icls, "READ MORE:", tx.pool(READ), "/news/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (riddle, [0, 1, 2], 0.8),
            (dog, [1, 2], 0.75),
            (digital, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    main = f"""<div class="ft-wrap">
<main class="ft-main">
<article class="ft-article ft-article--live" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<header class="ft-article__header">
<span class="ft-live-badge">LIVE</span>
<h1 class="ft-article__title" itemprop="headline">{e(headline)}</h1>
<p class="ft-article__date">Monday, December 7, 2026 – last updated {e(AM(modified))}</p>
</header>
<div class="ft-live__intro">
{intro}
</div>
{ad_slot("ft-ad", "ADVERTISEMENT", "ft-mrec-1")}
<div class="ft-live__feed">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-FJ",
        prefix="ft",
        brand="The Fiji Times",
        url=url,
        title=f"{headline} | The Fiji Times",
        sections=["News", "Business", "Sport", "World", "Opinion", "Features"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 The Fiji Times Ltd.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Fiji Times Live Desk",
                    publisher=org("The Fiji Times", "https://www.fijitimes.com.fj"),
                    lang="en",
                    section="News",
                )
            )
        ],
        main=main,
        body_cls="ft single-live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "jamaica-gleaner-flash-floods-mountain-view-avenue-hope-river-bridge-closed-august-town",
        "The Gleaner (JM)",
        "en",
        "updates",
        EST,
        gleaner,
    ),
    Site(
        "thedailystar-dense-fog-ferries-suspended-paturia-daulatdia-dhaka-aricha-highway-tailback",
        "The Daily Star (BD)",
        "en",
        "updates",
        BDT,
        dailystar,
    ),
    Site(
        "fijitimes-live-nadi-river-bursts-banks-queens-road-closed-sigatoka-flights-delayed",
        "The Fiji Times (FJ)",
        "en",
        "live",
        FJT,
        fijitimes,
    ),
]
