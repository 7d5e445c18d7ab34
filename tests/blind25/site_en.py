"""English-language publishers: the Bangkok Post (Bangkok, Thailand), Hong Kong Free Press (Hong
Kong) and Bernews (Hamilton, Bermuda)."""

from __future__ import annotations

from datetime import UTC, datetime

from fx import (
    CAROLS,
    COATS,
    DRIVERS,
    FACT,
    GIVEAWAY,
    HOMEWORK,
    LEGAL,
    NEWS,
    PROMO,
    QUEUE,
    READ,
    READATHON,
    RESOLUTION,
    SPOTTED,
    TICKER,
    Texts,
    bp,
    bpa,
    graph,
    hm,
    ld,
    page,
    pm,
    post,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

ICT = 7
HKT = 8
AST = -4

_SUBS = ["Politics", "Business", "Crime", "Education", "Environment", "Health", "Travel", "Sport"]
_FOOT = {
    "Company": ["About us", "Contact", "Advertise with us", "Jobs", "Subscribe"],
    "Policies": ["Privacy", "Terms and conditions", "Corrections policy", "Cookies"],
}


def _p(cls: str, text: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{e(text)}</p>"


def _ampm(dt: datetime) -> str:
    """'5:41 PM' (Bermuda)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


# ---------------------------------------------------------------------------------------------
# Bangkok Post (Bangkok, +07:00; the fetches run from 5am to 6am on Monday 7 December), custom.
# A bold "Note to readers:" at the top (`editors_note`); three update boxes after paragraph 3,
# newest first, each the text first and a stamp line under it, "Updated: Mon 7 Dec 2026,
# 4.25am" (one on Sunday); an unlabelled italic correction at the end whose sentence holds its
# own date and clock, "This article was corrected at 1.20am on Dec 7, 2026. …".


def bangkokpost(ctx: Ctx) -> Render:
    url = "https://www.bangkokpost.com/thailand/general/3150212/hat-yai-floods-songkhla-disaster-zone-trains-halted"
    headline = "Hat Yai floods: Songkhla declared disaster zone, southbound trains halted"
    published = at(ICT, 6, 20, 40)
    body = [
        "Songkhla governor Somkid Chantarat declared all 16 districts of the province a disaster zone on Sunday night after three days of monsoon rain pushed the U-Taphao canal over its banks in Hat Yai.",
        "The Meteorological Department said 312 millimetres of rain fell on Hat Yai municipality in the 48 hours to 7pm, the heaviest two-day total since the 2010 floods.",
        "Water up to a metre deep covered Niphat Uthit 3 Road and the streets around Kim Yong market, where traders had spent the afternoon carrying stock to upper floors.",
        "“We thought the canal would hold this time. It did not,” said Jintana Saelim, who sells dried seafood near the market and spent the evening on her roof.",
        "The State Railway of Thailand suspended all services south of Phatthalung, leaving two overnight trains from Bangkok standing at Phatthalung station with about 900 passengers on board.",
        "Army trucks and navy boats from the Songkhla base were sent into Khlong Hae and Khuan Lang subdistricts to move elderly residents to shelters at Prince of Songkla University.",
        "The Royal Irrigation Department said it was pumping water from the canal into the Songkhla lake at full capacity, and warned that levels in the city would not fall before Tuesday.",
    ]
    ntr = Block(
        "editors_note",
        "Note to readers",
        None,
        None,
        [
            "Casualty and shelter figures in this story come from the Songkhla provincial disaster office and have not been independently confirmed by the Bangkok Post."
        ],
    )
    ntr.html = f"<p><strong>Note to readers:</strong> {e(ntr.paras[0])}</p>"

    def stamp(dt: datetime) -> str:
        return f"Updated: {dt.strftime('%a')} {dt.day} Dec 2026, {pm(dt)}"

    specs = [
        (
            7,
            4,
            25,
            "The provincial disaster office says 14,200 households in Hat Yai have now been affected, and 3,100 people are staying in 22 shelters.",
        ),
        (
            7,
            2,
            10,
            "The Provincial Electricity Authority has cut power to parts of Khlong Hae and Ban Phru as a safety measure while water stands in the streets.",
        ),
        (
            6,
            23,
            45,
            "Hat Yai International Airport remains open, Airports of Thailand says, but the road from the city centre is passable only for high vehicles.",
        ),
    ]
    notes = [
        Block("update", stamp(at(ICT, d, h, m)), at(ICT, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(ICT, 7, 5, 53)),
        at(ICT, 7, 5, 53),
        None,
        [
            "Both overnight trains stranded at Phatthalung will return to Bangkok this morning, railway officials say, and passengers will get full refunds."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def box(text: str, mark: str) -> str:
        return (
            f'<div class="article-update"><p>{e(text)}</p>'
            f'<p class="article-update__stamp">{e(mark)}</p></div>'
        )

    for b in shown:
        b.html = box(b.paras[0], b.label or "")
    corr = Block(
        "correction",
        None,
        at(ICT, 7, 1, 20),
        None,
        [
            "This article was corrected at 1.20am on Dec 7, 2026. An earlier version gave the wrong name for the Hat Yai district chief, who is Prasert Wongsuwan."
        ],
    )
    corr.html = f"<p><em>{e(corr.paras[0])}</em></p>"
    modified = max(b.ts for b in [*shown, corr] if b.ts)
    pl = {
        "choir": "Hat Yai's Christ Church",
        "readathon": "The Songkhla Rajabhat read-a-thon",
        "coats": "The Sathing Mo temple coat rail",
        "post": "The Hat Yai main post office on Niphat Songkhro Road",
        "legal": "the Lawyers Council office on Ratthakan Road",
        "homework": "Ban Khlong Hae community centre",
        "drivers": "the Hat Yai Rotary Club",
        "brand": "the Bangkok Post",
    }
    tx = Texts(ctx, "en", pl)

    def boxed(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        mark = f"{word}: {t.strftime('%a')} {t.day} Dec 2026, {pm(t)}"
        return post(box(text, mark), [text], kind, [mark])

    queue = boxed("Queue watch", tx.counter(QUEUE, 31), QUEUE, 1, 9)
    reads = boxed("Read-a-thon", tx.counter(READATHON, 2140), READATHON, 2, 14)
    tick = boxed("Latest", tx.pool(TICKER) + ".", TICKER, 1, 18)
    t = ctx.ago(1, 12)
    coats = bp("", tx.counter(COATS, 64), COATS, lead=f"Coat rail, {pm(t)}:")
    spotted = bp("", tx.pool(SPOTTED), SPOTTED, lead="Spotted:")
    fact = bp("", tx.pool(FACT), FACT, lead="Did you know?")
    legal = bp("", tx.fixed(LEGAL), LEGAL)
    homework = bp("", tx.fixed(HOMEWORK), HOMEWORK)
    read = bpa("", "Related:", tx.pool(READ), "/thailand/general/", READ)
    promo = bp("", tx.pool(PROMO), PROMO, lead="Advertorial –", tag="em")
    news = bp("", tx.fixed(NEWS), NEWS)
    paras = [_p("", p) for p in body]
    nb = len(shown)
    units = [ntr.html] + paras[:3] + [b.html for b in shown] + paras[3:] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (queue, list(range(4, 5 + nb)), 0.85),
            (reads, list(range(4, 5 + nb)), 0.8),
            (tick, [2, 4, 4 + nb, k - 1], 0.8),
            (coats, [3, 5 + nb, k], 0.8),
            (spotted, [1, 6 + nb, k], 0.75),
            (fact, [2, 7 + nb, k], 0.75),
            (legal, [1, 6 + nb, k], 0.7),
            (homework, [3, 7 + nb], 0.7),
            (read, [2, 3, 5 + nb], 0.8),
            (promo, [1, 6 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="bkp-container">
<main class="bkp-main">
<article class="bkp-article">
<div class="bkp-breadcrumb"><a href="/thailand">Thailand</a> <a href="/thailand/general">General</a></div>
<h1 class="bkp-article__title">{e(headline)}</h1>
<p class="bkp-article__standfirst">Governor declares all 16 districts of Songkhla a disaster zone as U-Taphao canal overflows</p>
<div class="bkp-article__info"><span class="bkp-author">Online Reporters</span> <span class="bkp-date">Published: 6 Dec 2026 at 20:40</span></div>
<figure class="bkp-figure"><img src="/media/content/20261206/c1_3150212_700.jpg" alt="" loading="lazy"><figcaption>Residents wade along Niphat Uthit 3 Road in Hat Yai on Sunday night. (Photo: Assawin Pakkawan)</figcaption></figure>
<div class="bkp-article__content articl-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="bkp",
        brand="Bangkok Post",
        url=url,
        title=f"{headline} | Bangkok Post",
        sections=["Thailand", "Business", "World", "Opinion", "Life", "Tech"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Bangkok Post Public Company Limited. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Online Reporters",
                    publisher=org("Bangkok Post", "https://www.bangkokpost.com"),
                    lang="en",
                    section="Thailand",
                )
            )
        ],
        main=main,
        body_cls="bkp page-article",
    )
    return Render(html, body, [ntr, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Hong Kong Free Press (+08:00; the fetches run from 6am to 7am on Monday 7 December),
# WordPress, live, **oldest first**: each entry a meta line "Hillary Leung · 7 December 2026,
# 05:12" (the author first, then a full-date `<time>` with no update word), an `<h2>` (two
# without) and the text; a standalone `LiveBlogPosting` whose updates carry their times **in UTC**
# and an anchor `url`.


def hkfp(ctx: Ctx) -> Render:
    url = "https://hongkongfp.com/2026/12/07/live-east-rail-signal-fault-strands-morning-commuters-buses-added-sheung-shui/"
    headline = (
        "LIVE: East Rail signal fault strands morning commuters; extra buses from Sheung Shui"
    )
    published = at(HKT, 7, 4, 50)
    body = [
        "A signalling fault between Tai Po Market and Sheung Shui stopped East Rail line trains in both directions before dawn on Monday, leaving thousands of commuters queuing for buses in the New Territories.",
        "HKFP is following the disruption as it happens. Times are Hong Kong time; the newest post is at the bottom of the page.",
    ]
    specs = [
        (
            4,
            52,
            "Trains stopped north of Tai Po",
            [
                "The MTR Corporation says a signalling fault was detected at 4.41am and the first northbound trains of the day have been held at Tai Po Market."
            ],
            "Hillary Leung",
        ),
        (
            5,
            4,
            "Free shuttle buses from Tai Po Market",
            [
                "The MTR says free shuttle buses are running between Tai Po Market, Tai Wo, Fanling and Sheung Shui. Staff are directing passengers at exit A3."
            ],
            "Hillary Leung",
        ),
        (
            5,
            15,
            None,
            [
                "Queues for the shuttle buses at Sheung Shui station stretch along San Wan Road, according to photos posted by passengers."
            ],
            "Kelly Ho",
        ),
        (
            5,
            26,
            "Cross-border passengers told to use Shenzhen Bay",
            [
                "The Immigration Department says Lo Wu control point is open, but travellers heading to Shenzhen are advised to use the Shenzhen Bay port instead."
            ],
            "Kelly Ho",
        ),
        (
            5,
            38,
            "Engineers on the track at Fanling",
            [
                "An MTR spokesperson says engineers are checking a trackside signalling cabinet near Fanling station that may have been damaged by water.",
                "The spokesperson says the company cannot yet say when services will resume.",
            ],
            "Hans Tse",
        ),
        (
            5,
            47,
            None,
            [
                "The Transport Department says two extra franchised bus routes are running from Sheung Shui to Kowloon Tong, with departures every five minutes."
            ],
            "Hillary Leung",
        ),
        (
            5,
            55,
            "Schools told to be lenient on lateness",
            [
                "The Education Bureau says schools in the North and Tai Po districts should not penalise pupils who arrive late because of the disruption."
            ],
            "Kelly Ho",
        ),
    ]

    def label(dt: datetime) -> str:
        return f"7 December 2026, {hm(dt)}"

    entries = [
        Block("live_entry", label(at(HKT, 7, h, m)), at(HKT, 7, h, m), hd, ps)
        for h, m, hd, ps, _ in specs
    ]
    authors = {id(b): s[4] for b, s in zip(entries, specs, strict=True)}
    genuine = Block(
        "live_entry",
        label(at(HKT, 7, 6, 54)),
        at(HKT, 7, 6, 54),
        "Trains running again, with delays",
        [
            "The MTR says East Rail trains are running again in both directions, but passengers should expect journeys to take up to 20 minutes longer."
        ],
    )
    authors[id(genuine)] = "Hans Tse"
    shown = entries + ([genuine] if ctx.n == 6 else [])
    ids = {id(b): 30140 + i * 7 for i, b in enumerate([*entries, genuine])}

    def entry(
        mark: str, iso: str, head: str | None, paras: list[str], who: str, anchor: str
    ) -> str:
        hd = f'<h2 class="hkfp-live-entry__title">{e(head)}</h2>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        anchor_attr = f' id="{anchor}"' if anchor else ""
        return (
            f'<div class="hkfp-live-entry"{anchor_attr}><div class="hkfp-live-entry__meta">'
            f'<span class="hkfp-live-entry__author">{e(who)}</span> · <time datetime="{iso}">'
            f"{e(mark)}</time></div>{hd}"
            f'<div class="hkfp-live-entry__content">{text}</div></div>'
        )

    for b in shown:
        assert b.ts
        b.html = entry(
            b.label or "", b.ts.isoformat(), b.head, b.paras, authors[id(b)], f"live-{ids[id(b)]}"
        )
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "choir": "St Andrew's Church in Tsim Sha Tsui",
        "readathon": "The Tai Po public library read-a-thon",
        "coats": "The Sheung Shui Salvation Army coat rail",
        "post": "The Sheung Shui post office",
        "legal": "the Duty Lawyer Service office in Wan Chai",
        "homework": "the Fanling youth centre",
        "drivers": "the Tai Po district council office",
        "brand": "HKFP",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, who: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        mark = label(t)
        html = entry(mark, t.isoformat(), title, [text], who, "")
        lines = ([title] if title else []) + [text]
        return post(html, lines, kind, [f"{who} · {mark}"])

    carols = fake("Carol marathon, still going", tx.counter(CAROLS, 188), CAROLS, "HKFP Community")
    coats = fake(None, tx.counter(COATS, 57), COATS, "HKFP Community")
    queue = fake("Post office queue right now", tx.counter(QUEUE, 24), QUEUE, "HKFP Community")
    tick = fake("Elsewhere in Hong Kong", tx.pool(TICKER), TICKER, "HKFP Newsroom")
    promo = fake("From our brand studio", tx.pool(PROMO), PROMO, "HKFP Brand Studio")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (carols, list(range(0, n + 1)), 0.85),
            (coats, list(range(1, n + 1)), 0.8),
            (queue, [1, 3, 5, n], 0.8),
            (tick, [0, 2, 4, 6, n], 0.8),
            (promo, [2, 5, n], 0.7),
        ],
    )
    icls = "hkfp-live__intro-text"
    spotted = bp(icls, tx.pool(SPOTTED), SPOTTED, lead="Seen around town:")
    give = bp(icls, tx.pool(GIVEAWAY), GIVEAWAY, lead="Free to a good home:")
    resol = bp(icls, tx.pool(RESOLUTION), RESOLUTION, lead="Reader's resolution:", tag="em")
    drivers = bp(icls, tx.fixed(DRIVERS), DRIVERS)
    read = bpa(icls, "More from HKFP:", tx.pool(READ), "/hong-kong/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (spotted, [0, 1, 2], 0.8),
            (give, [1, 2], 0.75),
            (resol, [0, 2], 0.75),
            (drivers, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    updates = [
        {
            "@type": "BlogPosting",
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "datePublished": _utc(b.ts),
            "url": f"{url}#live-{ids[id(b)]}",
        }
        for b in shown
        if b.ts
    ]
    live = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": headline,
        "url": url,
        "datePublished": _utc(published),
        "dateModified": _utc(modified),
        "coverageStartTime": _utc(published),
        "publisher": org("Hong Kong Free Press HKFP", "https://hongkongfp.com"),
        "liveBlogUpdate": updates,
    }
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article class="post type-post hkfp-article hkfp-article--live">
<header class="entry-header">
<span class="hkfp-live-badge">LIVE</span>
<h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="byline">HKFP Staff</span> <span class="posted-on">7 December 2026 04:50</span> <span class="hkfp-updated">Last updated: 7 December 2026 {e(hm(modified))}</span></div>
</header>
<div class="entry-content">
<div class="hkfp-live__intro">
{intro}
</div>
{ad_slot("hkfp-ad", "Advertisement", "hkfp-incontent-1")}
<div class="hkfp-live__feed">
{feed}
</div>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-GB",
        prefix="hkfp",
        brand="Hong Kong Free Press",
        url=url,
        title=f"{headline} - Hong Kong Free Press HKFP",
        sections=["Hong Kong", "China", "Politics", "Opinion", "Culture", "Business"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Hong Kong Free Press. All rights reserved.",
        jsonld=[live],
        main=main,
        body_cls="post-template-default single single-post hkfp",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


# ---------------------------------------------------------------------------------------------
# Bernews (Hamilton, Bermuda, -04:00; the fetches run from 6pm to 7pm on Sunday 6 December),
# WordPress, live, newest first under a "Sticky post" (12:30 PM): each entry a bold headline
# paragraph (two without), the text, and **at the end** an italic meta line "Posted 5:48 PM AST
# by Bernews Staff"; `@graph` of a `WebSite`, an `Organization` and a `LiveBlogPosting`.


def bernews(ctx: Ctx) -> Render:
    url = "https://bernews.com/2026/12/live-updates-gale-warning-causeway-closed-flights-cancelled/"
    headline = "Live Updates: Gale Warning, Causeway Closed, Flights Cancelled"
    published = at(AST, 6, 12, 25)
    cls = "bn-text"
    body = [
        "A gale warning is in effect for Bermuda as a fast-moving winter storm passes to the north, with the Bermuda Weather Service forecasting gusts of up to 70 miles per hour overnight.",
        "We will be updating this page through the evening with information from the Emergency Measures Organisation, the airport and the utilities.",
    ]
    specs = [
        (
            12,
            30,
            "Key information",
            [
                "The Causeway is closed, all ferries are cancelled and the airport has no arrivals after 2 PM. Shelter is available at CedarBridge Academy."
            ],
            "Bernews Staff",
        ),
        (
            17,
            48,
            "BELCO: 3,800 customers without power",
            [
                "BELCO says about 3,800 customers are without electricity, most of them in Smith's and Hamilton parishes, and crews will work while it is safe."
            ],
            "Bernews Staff",
        ),
        (
            17,
            20,
            None,
            [
                "The Department of Public Transportation says the last buses from Hamilton will leave at 7 PM, two hours earlier than usual."
            ],
            "Bernews Staff",
        ),
        (
            16,
            55,
            "Tree down on Harrington Sound Road",
            [
                "Police say a large casuarina tree has fallen across Harrington Sound Road near the Bermuda Aquarium, Museum & Zoo.",
                "Motorists are asked to avoid the area until Works and Engineering crews have cleared it.",
            ],
            "Bernews Staff",
        ),
        (
            16,
            30,
            "Shelter opens at CedarBridge",
            [
                "The Emergency Measures Organisation says the shelter at CedarBridge Academy is open, and residents should bring bedding and any medicines they need."
            ],
            "Bernews Staff",
        ),
        (
            15,
            50,
            None,
            [
                "L.F. Wade International Airport says the last two departures of the day, to New York and Toronto, have been cancelled."
            ],
            "Bernews Staff",
        ),
        (
            15,
            15,
            "Causeway closed",
            [
                "The Causeway has been closed to all traffic as waves break over the road. St. David's and St. George's can be reached via Kindley Field Road only."
            ],
            "Bernews Staff",
        ),
    ]

    def label(dt: datetime) -> str:
        return f"{_ampm(dt)} AST"

    blocks = [
        Block("live_entry", label(at(AST, 6, h, m)), at(AST, 6, h, m), hd, ps)
        for h, m, hd, ps, _ in specs
    ]
    pinned, entries = blocks[0], blocks[1:]
    genuine = Block(
        "live_entry",
        label(at(AST, 6, 18, 54)),
        at(AST, 6, 18, 54),
        "Ferry service suspended for Monday morning",
        [
            "The Marine and Ports Department says there will be no ferry service before 10 AM on Monday while crews inspect the docks in Dockyard and Hamilton."
        ],
    )
    shown = [pinned] + ([genuine] if ctx.n == 6 else []) + entries

    def entry(mark: str, who: str, head: str | None, paras: list[str], pin: bool = False) -> str:
        badge = '<p class="bn-live-post__badge">Sticky post</p>' if pin else ""
        hd = f'<p class="bn-live-post__head"><strong>{e(head)}</strong></p>' if head else ""
        text = "".join(_p(cls, p) for p in paras)
        extra = " bn-live-post--sticky" if pin else ""
        return (
            f'<div class="bn-live-post{extra}">{badge}{hd}{text}'
            f'<p class="bn-live-post__meta"><em>Posted {e(mark)} by {e(who)}</em></p></div>'
        )

    for b in shown:
        b.html = entry(b.label or "", "Bernews Staff", b.head, b.paras, pin=b is pinned)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "choir": "St Paul's Church in Paget",
        "readathon": "The Somerset primary school read-a-thon",
        "coats": "The Salvation Army coat rail on North Street",
        "post": "The General Post Office on Church Street",
        "legal": "the Citizens Advice office on Reid Street",
        "homework": "the Hamilton YMCA",
        "drivers": "the Seniors Learning Centre",
        "brand": "Bernews",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, who: str, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        mark = label(t)
        lines = ([title] if title else []) + [text]
        return post(entry(mark, who, title, [text]), lines, kind, [f"Posted {mark} by {who}"])

    reads = fake("Read-a-thon tally", tx.counter(READATHON, 1630), READATHON, "Bernews Community")
    coats = fake(None, tx.counter(COATS, 48), COATS, "Bernews Community")
    tick = fake("Elsewhere on the island", tx.pool(TICKER), TICKER, "Bernews Newsroom")
    give = fake("Free to a good home", tx.pool(GIVEAWAY), GIVEAWAY, "Bernews Classifieds")
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (reads, list(range(0, n + 1)), 0.85),
            (coats, list(range(1, n + 1)), 0.8),
            (tick, [0, 1, 3, 5, n], 0.8),
            (give, [1, 2, 4, n], 0.75),
        ],
    )
    fact = bp(cls, tx.pool(FACT), FACT, lead="Did you know:")
    resol = bp(cls, tx.pool(RESOLUTION), RESOLUTION, lead="My resolution:")
    homework = bp(cls, tx.fixed(HOMEWORK), HOMEWORK)
    legal = bp(cls, tx.fixed(LEGAL), LEGAL)
    read = bpa(cls, "Related Story:", tx.pool(READ), "/category/news/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Sponsored post –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(cls, p) for p in body],
        [
            (fact, [0, 1, 2], 0.8),
            (resol, [1, 2], 0.75),
            (homework, [0, 2], 0.7),
            (legal, [0, 1], 0.7),
            (read, [1, 2], 0.8),
            (promo, [0, 2], 0.7),
            (news, [1, 2], 0.75),
        ],
    )
    updates = [
        {
            "@type": "BlogPosting",
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "datePublished": b.ts.isoformat(),
            "author": {"@type": "Organization", "name": "Bernews"},
            "articleBody": " ".join(b.paras),
        }
        for b in shown
        if b.ts
    ]
    jl = graph(
        {"@type": "WebSite", "@id": "https://bernews.com/#website", "url": "https://bernews.com/"},
        {"@type": "Organization", "@id": "https://bernews.com/#org", "name": "Bernews"},
        {
            "@type": "LiveBlogPosting",
            "@id": url + "#liveblog",
            "headline": headline,
            "url": url,
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "coverageStartTime": published.isoformat(),
            "publisher": {"@id": "https://bernews.com/#org"},
            "liveBlogUpdate": updates,
        },
    )
    main = f"""<div class="bn-wrap">
<main class="bn-main">
<article class="post bn-article">
<h1 class="entry-title">{e(headline)}</h1>
<div class="bn-meta">December 6, 2026 | <span class="bn-meta__updated">Last updated {e(_ampm(modified))}</span> | <a href="#respond">Comments (12)</a></div>
<div class="entry-content bn-entry">
{intro}
{ad_slot("bn-ad", "Advertisement", "bn-inline-300")}
<div class="bn-live">
{feed}
</div>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-US",
        prefix="bn",
        brand="Bernews",
        url=url,
        title=f"{headline} - Bernews",
        sections=["News", "Business", "Sports", "Entertainment", "Photos", "Videos"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Bernews Ltd. All rights reserved.",
        jsonld=[jl],
        main=main,
        body_cls="post-template-default single bn",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "bangkokpost-hat-yai-floods-songkhla-disaster-zone-southbound-trains-halted-phatthalung",
        "Bangkok Post (TH)",
        "en",
        "updates",
        ICT,
        bangkokpost,
    ),
    Site(
        "hongkongfp-live-east-rail-signal-fault-strands-commuters-shuttle-buses-sheung-shui-fanling",
        "Hong Kong Free Press (HK)",
        "en",
        "live",
        HKT,
        hkfp,
    ),
    Site(
        "bernews-live-gale-warning-causeway-closed-flights-cancelled-shelter-cedarbridge",
        "Bernews (BM)",
        "en",
        "live",
        AST,
        bernews,
    ),
]
