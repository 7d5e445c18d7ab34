"""English-language publishers: Stabroek News (Georgetown, Guyana), Rappler (Manila,
Philippines), Samoa Observer (Apia, Samoa)."""

from __future__ import annotations

from datetime import datetime

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
    ampm,
    bp,
    bpa,
    ld,
    page,
    pm,
    post,
    sn_date,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    a,
    ad_slot,
    at,
    e,
    live_posting,
    news_article,
    org,
    weave,
)

GYT = -4
PHT = 8
WST = 13

_SUBS = ["Politics", "Business", "Health", "Education", "Environment", "Letters", "Arts", "Sport"]
_FOOT = {
    "About": ["About us", "Contact us", "Advertise", "Careers", "Subscribe"],
    "Legal": ["Privacy policy", "Terms of use", "Corrections policy", "Cookie settings"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# Stabroek News (Georgetown, -04:00; the fetches run from 6pm to 7pm on Sunday 6 December),
# WordPress-like, plain paragraphs. A bold "For the record:" at the top (`correction`); notes
# inside the story after paragraph 3, newest first, each a plain paragraph with a bold lead that
# writes the date out with an ordinal, "Update (Sunday, December 6th, 2026 at 4:35 pm):"; an
# unlabelled italic line at the end whose only clock is inside the sentence, "This article was
# expanded at 3:15 pm with …" (`update`, no label).


def stabroek(ctx: Ctx) -> Render:
    url = "https://www.stabroeknews.com/2026/12/06/news/guyana/flooding-sheriff-street-east-coast-demerara-kitty-pump-station-overwhelmed/"
    headline = (
        "Flooding across Georgetown as Kitty pump station is overwhelmed; Sheriff Street impassable"
    )
    published = at(GYT, 6, 9, 40)
    body = [
        "Heavy overnight rain combined with a morning high tide left large parts of Georgetown under water on Sunday, with Sheriff Street and sections of the East Coast Demerara public road impassable to small cars.",
        "The Hydrometeorological Service said 118 millimetres of rain fell at the Botanical Gardens in the twelve hours to 8 am, the heaviest single fall recorded in the city this year.",
        "Residents of Albouystown, Kitty and Campbellville said water entered their bottom flats before dawn, and several families moved to relatives on higher ground.",
        "“We put the fridge on blocks and it still reach,” said Savitri Persaud, who runs a small grocery on Lamaha Street.",
        "The Mayor and City Council said the Kitty and Liliendaal pump stations were running at full capacity but could not keep pace while the Demerara River was high.",
        "The Civil Defence Commission distributed cleaning kits and bottled water from its Thomas Lands base and asked residents to keep children out of the floodwater.",
        "The Ministry of Education said it would say by 6 am on Monday whether schools in Georgetown would open.",
    ]
    record = Block(
        "correction",
        "For the record",
        None,
        None,
        [
            "An earlier version of this article said the Liliendaal pump station had broken down. It was working throughout the day."
        ],
    )
    record.html = f"<p><strong>For the record:</strong> {e(record.paras[0])}</p>"

    def label(dt: datetime) -> str:
        return f"Update ({sn_date(dt)})"

    specs = [
        (
            16,
            35,
            "The Guyana Power and Light says it has switched off supply to parts of Kitty and Subryanville as a safety measure until the water recedes.",
        ),
        (
            14,
            50,
            "The police traffic department says heavy trucks are being turned back at Sheriff Street and the Rupert Craig Highway to stop them pushing waves into yards.",
        ),
    ]
    notes = [
        Block("update", label(at(GYT, 6, h, m)), at(GYT, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(GYT, 6, 18, 53)),
        at(GYT, 6, 18, 53),
        None,
        [
            "Engineers at the Kitty sluice say the tide has turned and the gates have been opened, so water on Sheriff Street should begin to fall within two hours."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f"<p><strong>{e(b.label or '')}:</strong> {e(b.paras[0])}</p>"
    late = Block(
        "update",
        None,
        at(GYT, 6, 15, 15),
        None,
        [
            "This article was expanded at 3:15 pm with comments from the Civil Defence Commission and the Ministry of Education."
        ],
    )
    late.html = f"<p><em>{e(late.paras[0])}</em></p>"
    modified = shown[0].ts or published
    pl = {
        "booksale": "at the Georgetown Public Library",
        "raffle": "The Lions Club Christmas raffle",
        "station": "the Guyoil station on Vlissengen Road",
        "cur": "G$",
        "unit": "a litre of gasoline",
        "talking": "the Guyana Society for the Blind on Carmichael Street",
        "legal": "the Legal Aid Clinic on Brickdam",
        "brand": "Stabroek News",
    }
    tx = Texts(ctx, "en", pl)

    def stamped(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp("", text, kind, lead=f"{word} ({sn_date(t)}):")

    fuel = stamped("Fuel watch", tx.counter(FUEL, 238), FUEL, 2, 14)
    raffle = stamped("Raffle count", tx.counter(RAFFLE, 460), RAFFLE, 1, 12)
    t = ctx.ago(1, 20)
    tick = bp("", tx.pool(TICKER) + ".", TICKER, lead=f"Elsewhere ({ampm(t)}):")
    fact = bp("", tx.pool(FACT), FACT, lead="Did you know?")
    bday = bp("", tx.pool(BIRTHDAY), BIRTHDAY, lead="Birthday wishes:", tag="em")
    tip = bp("", tx.pool(TIP), TIP, lead="Granny's tip:")
    youth = bp("", tx.pool(YOUTH), YOUTH, lead="Junior sports:")
    talking = bp("", tx.fixed(TALKING), TALKING)
    legal = bp("", tx.fixed(LEGAL), LEGAL)
    read = bpa("", "READ ALSO:", tx.pool(READ), "/news/guyana/", READ)
    promo = bp("", tx.pool(PROMO), PROMO, lead="Advertiser content –", tag="em")
    news = bp("", tx.fixed(NEWS), NEWS)
    paras = [_p("", p) for p in body]
    nb = len(shown)
    units = [record.html] + paras[:3] + [b.html for b in shown] + paras[3:] + [late.html]
    k = len(units)
    notes_at = list(range(4, 5 + nb))
    story = weave(
        ctx,
        units,
        [
            (fuel, notes_at, 0.85),
            (raffle, [*notes_at, k - 1], 0.8),
            (tick, [1, 3, 5 + nb], 0.8),
            (fact, [2, 6 + nb, k], 0.8),
            (bday, [1, 7 + nb, k], 0.75),
            (tip, [3, 5 + nb, k], 0.75),
            (youth, [2, 8 + nb, k], 0.75),
            (talking, [1, 6 + nb], 0.7),
            (legal, [3, k - 1, k], 0.7),
            (read, [2, 3, 5 + nb], 0.8),
            (promo, [0, 7 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard has-post-thumbnail category-news">
<header class="entry-header">
<p class="sn-cat"><a href="/category/news/guyana/">Guyana</a></p>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="byline">By Staff Writer</span> <time class="entry-date published" datetime="{published.isoformat()}">December 6, 2026</time></div>
</header>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/sheriff-street-flood.jpg" alt="" loading="lazy"><figcaption>Vehicles plough through floodwater on Sheriff Street on Sunday. (Photo by Orlando Charles)</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-GY",
        prefix="sn",
        brand="Stabroek News",
        url=url,
        title=f"{headline} - Stabroek News",
        sections=["News", "Guyana", "Business", "Sports", "Opinion", "Features"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Stabroek News. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Staff Writer",
                    publisher=org("Stabroek News", "https://www.stabroeknews.com"),
                    lang="en",
                    section="Guyana",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [record, *shown, late], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Rappler (Manila, +08:00; the fetches run from 6am to 7am on Monday 7 December), custom, live,
# newest first: cards whose clock is a stamp line "As of 5:40 am" above an `<h3>` (two
# without); the entries cross local midnight (the oldest is "As of 11:40 pm" on Sunday); the
# JSON-LD is a `WebPage` whose `mainEntity` is the `LiveBlogPosting`.


def rappler(ctx: Ctx) -> Render:
    url = "https://www.rappler.com/philippines/weather/live-updates-tropical-storm-dante-landfall-catanduanes-bicol-december-7-2026/"
    headline = "LIVE UPDATES: Tropical Storm Dante makes landfall in Catanduanes; classes suspended across Bicol"
    published = at(PHT, 6, 23, 30)
    body = [
        "Tropical Storm Dante made landfall in Bato, Catanduanes, before dawn on Monday, bringing heavy rain and strong winds to the Bicol Region, PAGASA said in its 5 am bulletin.",
        "Rappler is tracking the storm's path, suspensions of classes and work, and the state of roads and ports. Refresh this page for the latest.",
    ]
    specs = [
        (
            7,
            5,
            40,
            "Coast Guard holds 2,300 passengers in Bicol ports",
            [
                "The Philippine Coast Guard says 2,300 passengers and 96 rolling cargoes are stranded in the ports of Matnog, Pilar and Tabaco as sea travel stays suspended."
            ],
        ),
        (
            7,
            5,
            5,
            None,
            [
                "DepEd Bicol says face-to-face classes at all levels are suspended in Albay, Camarines Sur, Catanduanes and Sorsogon for Monday."
            ],
        ),
        (
            7,
            4,
            20,
            "Power out in most of Catanduanes",
            [
                "The First Catanduanes Electric Cooperative says 11 of the province's towns are without power after lines came down along the Virac-Bato road.",
                "Linemen will start repairs once the winds ease, the cooperative says.",
            ],
        ),
        (
            7,
            3,
            35,
            "Dante makes landfall in Bato",
            [
                "PAGASA says the eye of the storm crossed the coast at Bato, Catanduanes, at 3:10 am, with maximum sustained winds of 85 kilometres per hour."
            ],
        ),
        (
            7,
            2,
            10,
            None,
            [
                "Residents of low-lying barangays in Virac have been moved to the Catanduanes State University gym, the provincial disaster office says."
            ],
        ),
        (
            7,
            0,
            45,
            "Signal No. 2 raised over Catanduanes",
            [
                "PAGASA raises Tropical Cyclone Wind Signal No. 2 over Catanduanes and the eastern part of Camarines Sur."
            ],
        ),
        (
            6,
            23,
            40,
            "Storm speeds up towards Bicol",
            [
                "Dante has picked up speed and is now moving west at 25 kilometres per hour, PAGASA says in its 11 pm bulletin."
            ],
        ),
    ]

    def label(dt: datetime) -> str:
        return f"As of {ampm(dt)}"

    entries = [
        Block("live_entry", label(at(PHT, d, h, m)), at(PHT, d, h, m), hd, ps)
        for d, h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        label(at(PHT, 7, 6, 54)),
        at(PHT, 7, 6, 54),
        "Dante weakens as it crosses Camarines Sur",
        [
            "PAGASA says Dante has weakened slightly over land and is now over Caramoan, Camarines Sur, with winds of 75 kilometres per hour."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def card(stamp: str, head: str | None, paras: list[str], pid: str) -> str:
        hd = f'<h3 class="rp-live__title">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="rp-live__card" id="{a(pid)}"><p class="rp-live__asof">{e(stamp)}</p>'
            f'{hd}<div class="rp-live__body">{text}</div></div>'
        )

    for b in shown:
        assert b.ts
        b.html = card(b.label or "", b.head, b.paras, f"post-{int(b.ts.timestamp()) % 100000}")
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "bake": "The Naga City youth council's cookie drive",
        "booksale": "at the Legazpi City public library",
        "station": "the Petron station on Rizal Avenue, Legazpi",
        "cur": "PHP ",
        "unit": "a litre of diesel",
        "legal": "the IBP Albay chapter office",
        "brand": "Rappler",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        stamp = label(t)
        html = card(stamp, title, [text], f"post-x{ctx.rng.randint(100, 999)}")
        lines = ([title] if title else []) + [text]
        return post(html, lines, kind, [stamp])

    fuel = fake("Fuel watch in Albay", tx.counter(FUEL, 58), FUEL)
    bake = fake(None, tx.counter(BAKE, 1260), BAKE)
    books = fake("Book sale for the children's ward", tx.counter(BOOKSALE, 310), BOOKSALE)
    tick = fake("Elsewhere in the Philippines", tx.pool(TICKER), TICKER)
    promo = fake("Brand partner", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (fuel, list(range(0, n + 1)), 0.85),
            (bake, list(range(1, n + 1)), 0.8),
            (books, [1, 3, 5, n], 0.8),
            (tick, [0, 2, 4, 6], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    icls = "rp-live__lede"
    fact = bp(icls, tx.pool(FACT), FACT, lead="Did you know?")
    bday = bp(icls, tx.pool(BIRTHDAY), BIRTHDAY, lead="Birthday greeting:", tag="em")
    legal = bp(icls, tx.fixed(LEGAL), LEGAL)
    read = bpa(icls, "READ:", tx.pool(READ), "/philippines/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (fact, [0, 1, 2], 0.8),
            (bday, [1, 2], 0.75),
            (legal, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    main = f"""<div class="rp-wrap">
<main class="rp-main">
<article class="rp-article rp-article--live">
<header class="rp-article__header">
<p class="rp-article__kicker"><a href="/philippines/weather/">Weather</a></p>
<h1 class="rp-article__title">{e(headline)}</h1>
<p class="rp-article__byline">Rappler.com</p>
<p class="rp-article__date">Published 11:30 PM, December 6, 2026 · Updated {e(ampm(modified))}, December 7, 2026</p>
</header>
<div class="rp-live__intro">
{intro}
</div>
{ad_slot("rp-ad", "Advertisement", "rp-mrec-1")}
<div class="rp-live__feed">
{feed}
</div>
</article>
</main>
</div>"""
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=org("Rappler", "https://www.rappler.com"),
        entries=shown,
        lang="en",
    )
    webpage = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": headline,
        "mainEntity": live,
    }
    html = page(
        ctx,
        lang="en-PH",
        prefix="rp",
        brand="Rappler",
        url=url,
        title=f"{headline} | Rappler",
        sections=["Philippines", "World", "Business", "Sports", "Voices", "Life and Style"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© Copyright 2026 Rappler Inc. All rights reserved.",
        jsonld=[webpage],
        main=main,
        body_cls="rp single-live",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Samoa Observer (Apia, +13:00; the fetches run from 11am to noon on Monday 7 December), custom,
# live, oldest first: `<div class="so-live__update">` entries whose only clock closes the last
# paragraph in parentheses, "… at Vaitele. (8.30am)"; `<h4>` headline (four without, one with two
# paragraphs); a standalone `LiveBlogPosting` whose updates carry only a headline and a URL.


def samoaobserver(ctx: Ctx) -> Render:
    url = "https://www.samoaobserver.ws/category/samoa/live-heavy-rain-vaisigano-river-floods-apia-cross-island-road-closed"
    headline = "Live: Vaisigano River floods parts of Apia, Cross Island Road closed"
    published = at(WST, 7, 7, 0)
    body = [
        "Torrential rain overnight has sent the Vaisigano River over its banks in Apia on Monday morning, and the Land Transport Authority has closed the Cross Island Road at Afiamalu.",
        "Our reporters are following the situation in Apia and on Upolu's south coast. This page is updated through the day; the latest update is at the bottom.",
    ]
    specs = [
        (
            7,
            20,
            "Heavy rain warning",
            [
                "The Samoa Meteorology Division has issued a heavy rain warning for Upolu and Savai'i until further notice."
            ],
        ),
        (
            7,
            55,
            None,
            [
                "The Vaisigano River has reached the top of the flood wall near the Leone bridge, the Disaster Management Office says."
            ],
        ),
        (
            8,
            30,
            "Families moved from Leufisa",
            [
                "Police and Fire and Emergency Services Authority officers have moved 14 families from low-lying homes in Leufisa to the Maluafou hall.",
                "The hall has beds and blankets for about 80 people, the Red Cross says.",
            ],
        ),
        (
            9,
            10,
            None,
            [
                "The Ministry of Education says primary schools in the Apia urban area are closed for the day."
            ],
        ),
        (
            9,
            45,
            "Cross Island Road closed",
            [
                "Road crews report that a slip has blocked both lanes at Afiamalu; the LTA has shut the road until the rain eases."
            ],
        ),
        (
            10,
            15,
            None,
            [
                "Electric Power Corporation crews are switching off supply to parts of Vaitele and Fugalei as water rises around substations."
            ],
        ),
        (
            10,
            40,
            None,
            [
                "The Apia market has closed early and vendors are moving their produce to higher stalls, market officials say."
            ],
        ),
    ]
    entries = [
        Block("live_entry", pm(at(WST, 7, h, m)), at(WST, 7, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        pm(at(WST, 7, 11, 53)),
        at(WST, 7, 11, 53),
        "River starts to drop",
        [
            "Water levels on the Vaisigano have dropped half a metre in the last hour as the rain eases over the hills, the DMO says."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def update(clock: str, head: str | None, paras: list[str]) -> str:
        hd = f'<h4 class="so-live__head">{e(head)}</h4>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras[:-1])
        text += f"<p>{e(paras[-1])} <em>({e(clock)})</em></p>"
        return f'<div class="so-live__update">{hd}{text}</div>'

    for b in shown:
        b.html = update(b.label or "", b.head, b.paras)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "booksale": "at the Nelson Memorial Public Library",
        "raffle": "The Apia Rotary Christmas raffle",
        "station": "the Petrol Station at Vaitele",
        "cur": "3.",
        "unit": "tala a litre of petrol",
        "talking": "the Loto Taumafai centre",
        "bingo": "the Mulinu'u community hall",
        "brand": "Samoa Observer",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        html = update(pm(t), title, [text])
        lines = ([title] if title else []) + [text]
        return post(html, lines, kind)

    raffle = fake(None, tx.counter(RAFFLE, 380), RAFFLE)
    books = fake("Library book sale", tx.counter(BOOKSALE, 190), BOOKSALE)
    fuel = fake("Fuel watch in Apia", tx.counter(FUEL, 52), FUEL)
    tick = fake("Elsewhere in Samoa", tx.pool(TICKER), TICKER)
    promo = fake("Sponsored by our partners", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (raffle, list(range(0, n + 1)), 0.85),
            (books, list(range(1, n + 1)), 0.8),
            (fuel, [1, 3, 5, n], 0.8),
            (tick, [0, 2, 4, 6, n], 0.8),
            (promo, [2, 5, n], 0.7),
        ],
    )
    icls = "so-live__intro-text"
    youth = bp(icls, tx.pool(YOUTH), YOUTH, lead="Junior sport:")
    tip = bp(icls, tx.pool(TIP), TIP, lead="Household hint:")
    talking = bp(icls, tx.fixed(TALKING), TALKING)
    bingo = bp(icls, tx.fixed(BINGO), BINGO)
    read = bpa(icls, "Related:", tx.pool(READ), "/category/samoa/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (youth, [0, 1, 2], 0.8),
            (tip, [1, 2], 0.75),
            (talking, [0, 2], 0.7),
            (bingo, [0, 1], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    main = f"""<div class="so-container">
<main class="so-main">
<article class="so-article so-article--live">
<header class="so-article__header">
<span class="so-badge">LIVE</span>
<h1 class="so-article__title">{e(headline)}</h1>
<p class="so-article__meta">Observer Reporters · 07 December 2026, {e(pm(modified))}</p>
</header>
<div class="so-live__intro">
{intro}
</div>
{ad_slot("so-ad", "ADVERTISEMENT", "so-leader-1")}
<div class="so-live__list">
{feed}
</div>
</article>
</main>
</div>"""
    live = ld(
        {
            "@type": "LiveBlogPosting",
            "headline": headline,
            "url": url,
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "coverageStartTime": published.isoformat(),
            "publisher": org("Samoa Observer", "https://www.samoaobserver.ws"),
            "liveBlogUpdate": [
                {
                    "@type": "BlogPosting",
                    "headline": b.head or " ".join(b.paras[0].split()[:8]),
                    "url": f"{url}#update-{i + 1}",
                }
                for i, b in enumerate(shown)
            ],
        }
    )
    html = page(
        ctx,
        lang="en",
        prefix="so",
        brand="Samoa Observer",
        url=url,
        title=f"{headline} | Samoa Observer",
        sections=["Samoa", "Pacific", "World", "Business", "Sports", "Editorial"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Samoa Observer. All rights reserved.",
        jsonld=[live],
        main=main,
        body_cls="so single-live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "stabroeknews-flooding-georgetown-kitty-pump-station-overwhelmed-sheriff-street-impassable",
        "Stabroek News (GY)",
        "en",
        "updates",
        GYT,
        stabroek,
    ),
    Site(
        "rappler-live-tropical-storm-dante-landfall-catanduanes-classes-suspended-bicol",
        "Rappler (PH)",
        "en",
        "live",
        PHT,
        rappler,
    ),
    Site(
        "samoaobserver-live-vaisigano-river-floods-apia-cross-island-road-closed",
        "Samoa Observer (WS)",
        "en",
        "live",
        WST,
        samoaobserver,
    ),
]
