"""English-language publishers: Khaleej Times (Dubai, AE), Philstar (Manila, PH), NT News
(Darwin, AU)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BOLTS,
    CALLS,
    FLIGHTS,
    FORECAST,
    LEAGUE,
    NEWS,
    OIL,
    PROMO,
    RAIN,
    READ,
    ROADS,
    TICKER,
    TRIAL,
    Texts,
    bp,
    bpa,
    dotpm,
    graph,
    ld,
    live_posting_ld,
    oil,
    page,
    post,
    sp_am,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

GST = 4
PHT = 8
ACST = 9.5

_SUBS = ["Politics", "Business", "Health", "Education", "Weather", "Opinion", "Sport", "Lifestyle"]
_FOOT = {
    "About": ["About us", "Contact the newsroom", "Advertise", "Careers", "Newsletters"],
    "Legal": ["Privacy policy", "Terms of use", "Editorial standards", "Cookie settings"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


# ---------------------------------------------------------------------------------------------
# Khaleej Times (Dubai, +04:00; the fetches run from 2am to 3am on Monday 7 December), custom.
# Two notes after paragraph 2, oldest first, each an `<h3>` with the date written out, a dotted
# am/pm clock and the zone name, "December 7, 2026 — 1.40am UAE", then a paragraph; a bold "How we
# reported this:" at the end (`editors_note`); an unlabelled italic "This article has been
# clarified …" after it (`clarification`, no label, no time).


def khaleejtimes(ctx: Ctx) -> Render:
    url = "https://www.khaleejtimes.com/uae/weather/dubai-rain-al-quoz-underpass-flooded-red-line-stations-closed"
    headline = "Dubai rain: Al Quoz underpass flooded, two Red Line stations closed overnight"
    published = at(GST, 6, 21, 40)
    body = [
        "Heavy rain lashed Dubai for a third straight night on Sunday, flooding the Al Quoz underpass on Sheikh Zayed Road and forcing the Roads and Transport Authority to close two Metro stations.",
        "The National Centre of Meteorology said a low-pressure trough over the Gulf had brought thunderstorms to Dubai, Sharjah and the northern emirates since late afternoon.",
        "Motorists said water in the underpass reached the doors of saloon cars within minutes after the first downpour at about 10pm.",
        "“I turned around at the last second; the cars in front of me were already floating,” said Anand Menon, a delivery supervisor from Al Barsha.",
        "Dubai Police urged residents to stay at home unless their journey was essential and to avoid wadis and low-lying roads.",
        "Schools in Dubai and Sharjah will hold classes online on Monday, the Knowledge and Human Development Authority said.",
        "The meteorology centre expects the trough to move east towards Oman by Monday afternoon.",
    ]

    def stamp(dt: datetime) -> str:
        return f"December {dt.day}, 2026 — {dotpm(dt)} UAE"

    specs = [
        (
            6,
            23,
            50,
            "The RTA has closed Equiti and Onpassive Metro stations on the Red Line after water entered the concourse at street level.",
        ),
        (
            7,
            1,
            40,
            "Civil Defence teams have pulled three drivers from stranded vehicles in the Al Quoz underpass; none was injured.",
        ),
    ]
    notes = [
        Block("update", stamp(at(GST, d, h, m)), at(GST, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(GST, 7, 2, 53)),
        at(GST, 7, 2, 53),
        None,
        [
            "Tankers from Dubai Municipality have started pumping out the underpass, and the RTA expects one lane to reopen before the morning rush."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(dt: datetime, text: str) -> str:
        return f'<h3 class="update-heading">{e(stamp(dt))}</h3>\n<p>{text}</p>'

    for b in shown:
        assert b.ts
        b.html = note(b.ts, e(b.paras[0]))
    how = Block(
        "editors_note",
        "How we reported this",
        None,
        None,
        [
            "our reporters drove the Sheikh Zayed Road corridor overnight and spoke to motorists, police officers and RTA staff at the scene."
        ],
    )
    how.html = f"<p><strong>How we reported this:</strong> {e(how.paras[0])}</p>"
    clar = Block(
        "clarification",
        None,
        None,
        None,
        [
            "This article has been clarified to show that the Metro stations were closed as a precaution and that trains kept running between them."
        ],
    )
    clar.html = f"<p><em>{e(clar.paras[0])}</em></p>"
    modified = shown[-1].ts or published
    pl = {
        "station": "The Hatta weather station",
        "airport": "Dubai International",
        "fire": "Dubai Civil Defence",
        "brand": "KT",
    }
    tx = Texts(ctx, "en", pl)

    def fake(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(note(t, e(text)), [text], kind, [stamp(t)])

    rain = fake(tx.counter(RAIN, 61), RAIN, 1, 9)
    flights = fake(tx.counter(FLIGHTS, 46), FLIGHTS, 2, 12)
    tick = fake("Elsewhere in the UAE: " + tx.pool(TICKER) + ".", TICKER, 3, 15)
    n = len(shown)
    notes_html = weave(
        ctx,
        [b.html for b in shown],
        [
            (rain, list(range(0, n + 1)), 0.85),
            (flights, list(range(0, n + 1)), 0.8),
            (tick, [0, n], 0.8),
        ],
    )
    brent = bp("", oil(tx), OIL, lead=f"Oil ({dotpm(ctx.ago(2, 9))}):")
    calls = bp("", tx.counter(CALLS, 240), CALLS, lead=f"Civil Defence, {dotpm(ctx.ago(1, 8))}:")
    fore = bp("", tx.pool(FORECAST), FORECAST, lead="Weather tomorrow:")
    league = bp("", tx.pool(LEAGUE), LEAGUE, lead="Sport:")
    read = bpa("", "Don't miss:", tx.pool(READ), "/uae/", READ)
    promo = bp("", tx.pool(PROMO), PROMO, lead="Promoted:", tag="em")
    trial = bp("", tx.fixed(TRIAL), TRIAL)
    news = bp("", tx.fixed(NEWS), NEWS)
    units = [*(_p("", p) for p in body[:2]), notes_html, *(_p("", p) for p in body[2:])]
    units += [how.html, clar.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (brent, [1, 4, 6], 0.8),
            (calls, [2, 3, 5], 0.8),
            (fore, [4, 7, k], 0.8),
            (league, [3, 6, k], 0.75),
            (read, [1, 5, 8], 0.8),
            (promo, [0, 4, k], 0.7),
            (trial, [6, k], 0.75),
            (news, [5, k], 0.75),
        ],
    )
    main = f"""<div class="container">
<article class="article-wrapper">
<nav class="breadcrumb"><a href="/uae">UAE</a> <a href="/uae/weather">Weather</a></nav>
<h1 class="recent-article-title">{e(headline)}</h1>
<div class="article-meta-top"><span class="author-name">By Nasreen Abdulla and Angel Tesorero</span><span class="published-date">Published: Sun 6 Dec 2026, 9:40 PM</span></div>
<figure class="article-top-image"><img src="/api/v1/collections/article/images/al-quoz-underpass.jpg" alt="" loading="lazy"><figcaption>Vehicles stranded in the Al Quoz underpass. Photo: KT reader</figcaption></figure>
<div class="article-center-wrap-nf">
{story}
</div>
</article>
<aside class="right-rail">{ad_slot("kt-ad", "ADVERTISEMENT", "kt-mpu-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="kt",
        brand="Khaleej Times",
        url=url,
        title=f"{headline} - Khaleej Times",
        sections=["UAE", "World", "Business", "Sports", "Lifestyle", "Opinion", "Videos"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Galadari Printing and Publishing LLC. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Nasreen Abdulla",
                    publisher=org("Khaleej Times", "https://www.khaleejtimes.com"),
                    lang="en",
                    section="UAE",
                )
            )
        ],
        main=main,
        body_cls="article-page kt",
    )
    return Render(html, body, [*shown, how, clar], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Philstar (Manila, +08:00; the fetches run from 6am to 7am on Monday 7 December), custom, live,
# newest first; each entry a `<div class="live-post">` with an `<h3>` first (two without), the
# text, and the clock **last**, in a footer `<time>` that prints the date and the clock, "7 Dec
# 2026, 5:40 am"; `@graph` of a `WebPage`, the `NewsArticle` and a `LiveBlogPosting` whose updates
# carry a `dateModified` too.


def philstar(ctx: Ctx) -> Render:
    url = "https://www.philstar.com/headlines/2026/12/07/2451234/live-updates-typhoon-bising-landfall-catanduanes"
    headline = "LIVE updates: Typhoon Bising makes landfall in Catanduanes, Bicol flights grounded"
    published = at(PHT, 7, 0, 15)
    body = [
        "Typhoon Bising made landfall over Catanduanes before dawn on Monday, bringing destructive winds and heavy rain to the Bicol region as thousands of families spent the night in evacuation centres.",
        "Philstar.com is following the storm's path, suspensions and relief operations. Refresh this page for the latest.",
    ]

    def clock(dt: datetime) -> str:
        return f"{dt.day} Dec 2026, {sp_am(dt)}"

    specs = [
        (
            5,
            50,
            "Classes suspended in Metro Manila",
            [
                "Malacañang has suspended classes at all levels and work in government offices in Metro Manila and the Bicol region for Monday."
            ],
        ),
        (
            5,
            5,
            None,
            [
                "The Office of Civil Defense says more than 41,000 families are staying in evacuation centres across Albay, Sorsogon and Camarines Sur."
            ],
        ),
        (
            4,
            20,
            "Signal No. 4 raised over Catanduanes",
            [
                "PAGASA has raised Tropical Cyclone Wind Signal No. 4 over Catanduanes and the eastern part of Camarines Sur.",
                "Residents of coastal villages in Virac and Bato were told to move to higher ground before the eye of the storm arrives.",
            ],
        ),
        (
            3,
            10,
            "Ports closed to all vessels",
            [
                "The Philippine Coast Guard says 2,300 passengers are stranded at ports in Bicol and Eastern Visayas after all trips were halted."
            ],
        ),
        (
            1,
            45,
            None,
            [
                "Power has been cut in the whole of Catanduanes after the local electric cooperative shut down its lines as a precaution."
            ],
        ),
        (
            0,
            30,
            "Bising intensifies off Bicol",
            [
                "PAGASA says Bising is packing maximum sustained winds of 175 km/h and is moving west at 20 km/h towards Catanduanes."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(PHT, 7, h, m)), at(PHT, 7, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(PHT, 7, 6, 54)),
        at(PHT, 7, 6, 54),
        "Legazpi airport runway flooded",
        [
            "The Civil Aviation Authority says the runway of Bicol International Airport is under water and will stay closed until Tuesday."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(dt: datetime, head: str | None, paras: list[str], anchor: str) -> str:
        hd = f'<h3 class="live-post__title">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="live-post" id="{anchor}">{hd}<div class="live-post__body">{text}</div>'
            f'<div class="live-post__meta"><time datetime="{dt.isoformat()}">{e(clock(dt))}</time></div></div>'
        )

    for i, b in enumerate(shown):
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras, f"post-{len(shown) - i}")
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "airport": "Ninoy Aquino International Airport",
        "area": "Naga City",
        "district": "Camarines Sur",
        "brand": "Philstar",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, n: int, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(t, title, [text], f"ps-{n}"),
            ([title] if title else []) + [text],
            kind,
            [clock(t)],
        )

    flights = fake("Flights elsewhere", tx.counter(FLIGHTS, 38), FLIGHTS, 1)
    bolts = fake(None, tx.counter(BOLTS, 420), BOLTS, 2)
    tick = fake("Other news this morning", tx.pool(TICKER) + ".", TICKER, 3)
    league = fake("Sports update", tx.pool(LEAGUE), LEAGUE, 4)
    promo = fake("From our partners", tx.pool(PROMO), PROMO, 5)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (flights, list(range(0, n + 1)), 0.8),
            (bolts, [1, 3, 5, n], 0.85),
            (tick, [0, 2, 4], 0.8),
            (league, [2, 4, n], 0.75),
            (promo, [1, 3, n], 0.7),
        ],
    )
    icls = "article__intro"
    read = bpa(icls, "READ:", tx.pool(READ), "/headlines/", READ)
    fore = bp(icls, tx.pool(FORECAST), FORECAST, lead="Tomorrow's weather:")
    roads = bp(icls, tx.counter(ROADS, 14), ROADS, lead=f"DPWH, {sp_am(ctx.ago(2, 9))}:")
    brent = bp(icls, oil(tx), OIL)
    trial = bp(icls, tx.fixed(TRIAL), TRIAL)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (read, [1, 2], 0.8),
            (fore, [0, 1, 2], 0.8),
            (roads, [1, 2], 0.8),
            (brent, [0, 2], 0.75),
            (trial, [2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    posting = live_posting_ld(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        publisher={"@id": "https://www.philstar.com/#org"},
        entries=shown,
        lang="en",
        modified_too=True,
    )
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": headline}
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Philstar.com",
        publisher={"@id": "https://www.philstar.com/#org"},
        lang="en",
        section="Headlines",
    )
    main = f"""<div id="content">
<article class="article">
<div class="article__category"><a href="/headlines">Headlines</a></div>
<h1 class="article__title">{e(headline)}</h1>
<div class="article__credits"><span class="article__writer">Philstar.com</span> <span class="article__date-published">December 7, 2026 | 12:15am</span></div>
<div class="article__content">
{intro}
</div>
{ad_slot("ps-ad", "Advertisement", "ps-mid-1")}
<section class="live-feed">
{feed}
</section>
</article>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="ps",
        brand="Philstar",
        url=url,
        title=f"{headline} | Philstar.com",
        sections=["Headlines", "Opinion", "Nation", "World", "Business", "Sports", "Entertainment"],
        subs=_SUBS,
        foot=_FOOT,
        legal="Copyright © 2026 Philstar Global Corp. All rights reserved.",
        jsonld=[
            graph(
                {
                    "@type": "NewsMediaOrganization",
                    "@id": "https://www.philstar.com/#org",
                    "name": "Philstar",
                },
                webpage,
                article,
                posting,
            )
        ],
        main=main,
        body_cls="ps-live",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# NT News (Darwin, +09:30; the fetches run from 7.30am to 8.30am on Monday 7 December), custom,
# live, **oldest first** under a pinned "What you need to know" entry; each entry an
# `<article class="ntn-post">` whose `<h2>` holds **the clock and the headline together**,
# "6.05am: Stuart Hwy cut at Adelaide River" (two with the clock alone, "6.30am"); microdata
# `liveBlogUpdate` under a `LiveBlogPosting` `<section>`; the JSON-LD is only a `NewsArticle`.


def ntnews(ctx: Ctx) -> Render:
    url = "https://www.ntnews.com.au/news/northern-territory/cyclone-ruby-darwin-live-stuart-hwy-cut/news-story/4d1e7c2b9a"
    headline = "Cyclone Ruby live: Stuart Hwy cut south of Darwin as Top End cops a drenching"
    published = at(ACST, 7, 4, 45)
    body = [
        "Tropical Cyclone Ruby is crossing the coast west of Darwin on Monday morning, with damaging gusts and more than 250mm of rain forecast for the Top End in the next 24 hours.",
        "Follow our live coverage below for road closures, power outages and the latest warnings from the Bureau of Meteorology.",
    ]

    def clock(dt: datetime) -> str:
        return dotpm(dt)

    pin = Block(
        "live_entry",
        clock(at(ACST, 7, 5, 0)),
        at(ACST, 7, 5, 0),
        "What you need to know",
        [
            "A cyclone warning is current from Wadeye to Cape Hotham, including Darwin and the Tiwi Islands; schools across the Top End are closed today."
        ],
    )
    specs = [
        (
            5,
            40,
            "Ruby upgraded to category 2",
            [
                "The Bureau of Meteorology says Ruby has strengthened to a category 2 system with gusts of up to 140km/h near its centre."
            ],
        ),
        (
            6,
            5,
            "Stuart Hwy cut at Adelaide River",
            [
                "NT Police have closed the Stuart Highway at the Adelaide River bridge after water rose over the road overnight."
            ],
        ),
        (
            6,
            30,
            None,
            [
                "Power and Water says 7,400 homes in Palmerston and the rural area are without electricity after lines came down in Howard Springs.",
                "Crews will not go out until the winds drop below 90km/h.",
            ],
        ),
        (
            6,
            55,
            "Darwin Airport shuts terminal",
            [
                "Darwin Airport has closed its terminal to the public and all Qantas and Virgin flights scheduled before noon have been cancelled."
            ],
        ),
        (
            7,
            20,
            None,
            [
                "The Tiwi Islands Regional Council says residents of Wurrumiyanga are sheltering in the community's cyclone shelter."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(ACST, 7, h, m)), at(ACST, 7, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(ACST, 7, 8, 23)),
        at(ACST, 7, 8, 23),
        "Bureau cancels warning for Tiwis",
        [
            "The Bureau of Meteorology has cancelled the cyclone warning for Bathurst and Melville islands as Ruby moves inland."
        ],
    )
    shown = [*entries, *([genuine] if ctx.n == 6 else [])]

    def entry(dt: datetime, head: str | None, paras: list[str], micro: bool = True) -> str:
        title = f"{clock(dt)}: {head}" if head else clock(dt)
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        if not micro:
            return f'<article class="ntn-post"><h2 class="ntn-post__title">{e(title)}</h2><div class="ntn-post__body">{text}</div></article>'
        return (
            '<article class="ntn-post" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<meta itemprop="datePublished" content="{dt.isoformat()}">'
            f'<h2 class="ntn-post__title" itemprop="headline">{e(title)}</h2>'
            f'<div class="ntn-post__body" itemprop="articleBody">{text}</div></article>'
        )

    for b in [pin, *shown]:
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras)
    pin.html = pin.html.replace('class="ntn-post"', 'class="ntn-post ntn-post--pinned"', 1)
    modified = max(b.ts for b in [pin, *shown] if b.ts)
    pl = {
        "station": "The Batchelor rain gauge",
        "airport": "Darwin Airport",
        "fire": "NT Fire and Rescue Service",
        "district": "Katherine region",
        "brand": "NT News",
    }
    tx = Texts(ctx, "en", pl)

    def fake(text: str, kind: str, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(entry(t, text, [], micro=False), [text], kind)

    rain = fake(tx.counter(RAIN, 118), RAIN)
    calls = fake(tx.counter(CALLS, 160), CALLS)
    roads = fake(tx.counter(ROADS, 9), ROADS)
    flights = fake(tx.counter(FLIGHTS, 21), FLIGHTS)
    tick = fake("Around the NT: " + tx.pool(TICKER), TICKER)
    league = fake(tx.pool(LEAGUE), LEAGUE)
    units = [pin.html, *(b.html for b in shown)]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (rain, list(range(1, n + 1)), 0.85),
            (calls, [1, 3, 5, n], 0.8),
            (roads, [2, 4, n], 0.8),
            (flights, [0, 3, 6], 0.8),
            (tick, [1, 4, n], 0.8),
            (league, [2, 5, n], 0.75),
        ],
    )
    icls = "ntn-intro"
    brent = bp(
        icls,
        oil(tx),
        OIL,
        lead=f"Markets at {dotpm(ctx.ago(2, 9))}:",
    )
    fore = bp(icls, tx.pool(FORECAST), FORECAST, lead="Tomorrow:")
    read = bpa(icls, "MORE NEWS:", tx.pool(READ), "/news/", READ)
    promo = bp(icls, tx.pool(PROMO), PROMO, lead="ADVERTISER CONTENT:")
    trial = bp(icls, tx.fixed(TRIAL), TRIAL)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (brent, [0, 1, 2], 0.8),
            (fore, [1, 2], 0.8),
            (read, [1, 2], 0.8),
            (promo, [0, 2], 0.7),
            (trial, [2], 0.75),
            (news, [0, 2], 0.75),
        ],
    )
    main = f"""<main class="ntn-main">
<article class="ntn-story">
<header class="ntn-story__header">
<span class="ntn-live-badge">LIVE</span>
<h1 class="ntn-story__headline">{e(headline)}</h1>
<p class="ntn-story__byline">Jason Walls and Alex Treacy</p>
<p class="ntn-story__date">December 7, 2026 - 4:45AM</p>
</header>
{intro}
{ad_slot("ntn-ad", "Advertisement", "ntn-leader-1")}
<section class="ntn-live" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
{feed}
</section>
</article>
</main>"""
    html = page(
        ctx,
        lang="en",
        prefix="ntn",
        brand="NT News",
        url=url,
        title=f"{headline} | NT News",
        sections=["News", "Sport", "Business", "Lifestyle", "Real Estate", "Opinion", "Weather"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Nationwide News Pty Ltd. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Jason Walls",
                    publisher=org("NT News", "https://www.ntnews.com.au"),
                    lang="en",
                    section="Northern Territory",
                )
            )
        ],
        main=main,
        body_cls="ntn-article",
    )
    return Render(html, body, [pin, *shown], genuine, modified)


SITES = [
    Site(
        "khaleejtimes-dubai-rain-al-quoz-underpass-flooded-red-line-stations-closed",
        "Khaleej Times (AE)",
        "en",
        "updates",
        GST,
        khaleejtimes,
    ),
    Site(
        "philstar-live-typhoon-bising-landfall-catanduanes-bicol-flights-grounded",
        "Philstar (PH)",
        "en",
        "live",
        PHT,
        philstar,
    ),
    Site(
        "ntnews-cyclone-ruby-live-stuart-hwy-cut-south-of-darwin",
        "NT News (AU)",
        "en",
        "live",
        ACST,  # type: ignore[arg-type]
        ntnews,
    ),
]
