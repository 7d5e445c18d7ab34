"""English-language publishers: Cayman Compass (George Town, KY), Nation (Nairobi, KE), Hindustan
Times (New Delhi, IN)."""

from __future__ import annotations

from datetime import date, datetime

from fx import (
    BTC,
    BULLETIN,
    CRUISE,
    ERROR,
    FERRY,
    HOURS,
    NEWS,
    POWER,
    PROMO,
    READ,
    RIVER,
    SANDBAGS,
    SIGNIN,
    TICKER,
    WIND,
    DateBlock,
    Texts,
    am,
    bp,
    bpa,
    ld,
    lowam,
    page,
    post,
    turn,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

EST = -5
EAT = 3
IST = 5.5

_SUBS = ["Politics", "Business", "Health", "Education", "Weather", "Opinion", "Sport", "Lifestyle"]
_FOOT = {
    "About": ["About us", "Contact the newsroom", "Advertise", "Careers", "Newsletters"],
    "Legal": ["Privacy policy", "Terms of use", "Editorial standards", "Cookie settings"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


# ---------------------------------------------------------------------------------------------
# Cayman Compass (George Town, -05:00; the fetches run from 5pm to 6pm on Sunday 6 December),
# WordPress. A boxed bold "Reporter's note:" above the body (`editors_note`); a "Story updates"
# box at the top of the body, newest first, each item a `<time>` with a short weekday, the full
# date and the zone, "Sun, Dec 6, 2026 at 4:35pm EST", then " | " and the text; an unlabelled
# italic "This story was corrected on Dec. 6 …" at the end (`correction`, date only).


def caymancompass(ctx: Ctx) -> Render:
    url = "https://www.caymancompass.com/2026/12/06/flooding-closes-shamrock-road-bodden-town-rain-band-stalls/"
    headline = "Flooding closes Shamrock Road in Bodden Town as rain band stalls over Grand Cayman"
    published = at(EST, 6, 11, 20)
    cls = "cc-body"
    body = [
        "A slow-moving band of heavy rain parked over the eastern districts of Grand Cayman on Sunday, flooding stretches of Shamrock Road and leaving several Bodden Town neighbourhoods cut off.",
        "The Cayman Islands National Weather Service said more than 9 inches of rain had fallen at its Bodden Town station since midnight, most of it in a four-hour burst before noon.",
        "Police closed Shamrock Road between Savannah and Lower Valley after water rose above the wheels of cars near the Countryside Shopping Village roundabout.",
        "Residents of Belford Estates said the water came up so quickly that they had no time to move their cars.",
        "“We watched the garbage bins float down the street and then the water started coming under the door,” said Delroy Ebanks, 61.",
        "Hazard Management Cayman Islands opened the Clifton Hunter High School hurricane shelter in Frank Sound for families who had to leave their homes.",
        "The National Roads Authority said pumps were working at the worst spots but warned that more rain was forecast overnight.",
    ]
    note = Block(
        "editors_note",
        "Reporter's note",
        None,
        None,
        [
            "the reporter on this story lives in Belford Estates and has included her own observations from the flooded street."
        ],
    )
    note.html = f'<div class="cc-callout"><p><strong>Reporter\'s note:</strong> {e(note.paras[0])}</p></div>'

    def stamp(dt: datetime) -> str:
        return f"{dt.strftime('%a')}, Dec {dt.day}, 2026 at {am(dt)} EST"

    specs = [
        (
            16,
            35,
            "Hazard Management says 38 people are now at the Clifton Hunter shelter and more cots are being brought in from the Red Cross warehouse.",
        ),
        (
            15,
            10,
            "The Water Authority has asked residents of Lower Valley to boil their drinking water until further notice after a main was damaged.",
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
            "Police have reopened Shamrock Road to traffic in both directions, although officers remain at the Countryside roundabout."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def item(dt: datetime, text: str) -> str:
        return f'<p class="cc-alert__item"><time datetime="{dt.isoformat()}">{e(stamp(dt))}</time> | {text}</p>'

    for b in shown:
        assert b.ts
        b.html = item(b.ts, e(b.paras[0]))
    corr = DateBlock(
        "correction",
        None,
        None,
        None,
        [
            "This story was corrected on Dec. 6 to say that the shelter opened at Clifton Hunter High School, not at John Gray High School."
        ],
        day=date(2026, 12, 6),
    )
    corr.html = f'<p class="{cls}"><em>{e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published
    pl = {
        "river": "The Annex Canal gauge at Prospect",
        "airport": "Owen Roberts International Airport",
        "grid": "Caribbean Utilities Company, for East End and North Side,",
        "brand": "the Compass",
    }
    tx = Texts(ctx, "en", pl)

    def boxed(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return W(item(t, f"{e(word)}: {e(text)}"), [text], kind)

    wind = boxed("Wind", tx.counter(WIND, 58), WIND, 1, 9)
    power = boxed("Power", tx.counter(POWER, 2600), POWER, 2, 12)
    tick = boxed("Elsewhere", tx.pool(TICKER) + ".", TICKER, 3, 14)
    box = weave(
        ctx,
        [b.html for b in shown],
        [
            (wind, list(range(0, len(shown) + 1)), 0.85),
            (power, list(range(0, len(shown) + 1)), 0.8),
            (tick, [0, len(shown)], 0.8),
        ],
    )
    ferries = [
        "The Sister Islands ferry leaves Cayman Brac at 7am on Monday as scheduled.",
        "The Rum Point water taxi is cancelled for the rest of the evening because of the swell.",
        "The cargo boat to Little Cayman will sail half an hour late, the operator says.",
        "The Stingray City tour boats stay in the harbour for a second day.",
        "The Kaibo ferry to Camana Bay is running on its usual timetable.",
    ]
    ferry = bp(cls, turn(ctx, ferries, "ferry"), FERRY, lead="Ferry update:")
    bull = bp(
        cls,
        tx.pool(BULLETIN) + ".",
        BULLETIN,
        lead=f"Radio Cayman, {ctx.local.hour % 12 or 12}pm news:",
        tag="em",
    )
    read = bpa(cls, "Further reading:", tx.pool(READ), "/news/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="PAID POST:")
    btc = bp(cls, tx.counter(BTC, 91400), BTC, lead=f"Markets ({am(ctx.ago(2, 9))}):")
    cruise = bp(cls, tx.fixed(CRUISE), CRUISE)
    signin = bp(cls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(cls, tx.fixed(ERROR), ERROR)
    hours = bp(cls, tx.fixed(HOURS), HOURS, lead="Holiday hours:")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    boxhtml = f'<div class="cc-alert" role="status"><h2 class="cc-alert__title">Story updates</h2>\n{box}\n</div>'
    units = [boxhtml, *(_p(cls, p) for p in body), corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (ferry, [2, 4, 6], 0.8),
            (bull, [1, 3, 5], 0.8),
            (read, [3, 5, 7], 0.8),
            (promo, [0, 4, k], 0.7),
            (btc, [2, 6, k], 0.8),
            (cruise, [3, 6], 0.7),
            (signin, [5, k], 0.75),
            (error, [k - 1, k], 0.75),
            (hours, [1, k], 0.7),
            (news, [4, k], 0.75),
        ],
    )
    main = f"""<div class="td-container">
<article class="post type-post status-publish format-standard has-post-thumbnail category-news">
<div class="td-post-header">
<ul class="td-category"><li><a class="td-cat" href="/category/news/">News</a></li></ul>
<h1 class="entry-title">{e(headline)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">By <a href="/author/reshma-ragoonath/">Reshma Ragoonath</a></div><span class="td-post-date"><time class="entry-date updated" datetime="{modified.isoformat()}">Last updated {e(stamp(modified))}</time></span></div>
</div>
{note.html}
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/shamrock-road-flood.jpg" alt="" loading="lazy"><figcaption>Floodwater on Shamrock Road near Savannah on Sunday. Photo: Taneos Ramsay</figcaption></figure>
<div class="td-post-content tagdiv-type">
{story}
</div>
</article>
<aside class="td-sidebar">{ad_slot("cc-ad", "Advertisement", "cc-rail-1")}</aside>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="cc",
        brand="Cayman Compass",
        url=url,
        title=f"{headline} - Cayman Compass",
        sections=["News", "Business", "Sports", "Cayman Life", "Opinion", "Weather", "Obituaries"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Cayman Free Press Ltd. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Reshma Ragoonath",
                    publisher=org("Cayman Compass", "https://www.caymancompass.com"),
                    lang="en",
                    section="News",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post td-theme",
        cms="wp",
    )
    return Render(html, body, [note, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Nation (Nairobi, +03:00; the fetches run from 1am to 2am on Monday 7 December), custom. An
# italic "For clarity:" at the top of the body (`clarification`); a "What has changed in this
# story" list after the story, oldest first, each `<li>` a bold date written out in full with an
# am/pm clock, "December 6, 2026, 11:40pm", a colon and the text.


def nationafrica(ctx: Ctx) -> Render:
    url = (
        "https://nation.africa/kenya/news/floods-cut-nairobi-mombasa-highway-at-mtito-andei-5291734"
    )
    headline = "Floods cut Nairobi-Mombasa highway at Mtito Andei as Athi River bursts its banks"
    published = at(EAT, 6, 19, 15)
    cls = "paragraph-wrapper"
    body = [
        "Hundreds of lorries were stuck on both sides of Mtito Andei on Sunday night after the swollen Athi River spilled across the Nairobi-Mombasa highway, cutting the country's busiest freight route.",
        "The Kenya National Highways Authority said water was flowing over a 300-metre section of the road south of the Mtito Andei bridge.",
        "Traffic police ordered trucks to park at the weighbridge in Emali and at the Maungu junction until the water goes down.",
        "Drivers said they had been waiting since the afternoon with little food or water.",
        "“We have been told to wait, but nobody can say for how long,” said Peter Mwangangi, who was carrying cement to Nairobi.",
        "The Kenya Meteorological Department has warned of more heavy rain in Makueni, Kitui and Taita Taveta counties until Wednesday.",
        "The Kenya Red Cross said it had set up a tent at Mtito Andei market to hand out water and blankets to stranded travellers.",
    ]
    clar = Block(
        "clarification",
        "For clarity",
        None,
        None,
        [
            "the road is closed only south of Mtito Andei; the Nairobi-bound lanes north of the town remain open to light vehicles."
        ],
    )
    clar.html = f'<p class="{cls}"><em>For clarity:</em> {e(clar.paras[0])}</p>'

    def stamp(dt: datetime) -> str:
        return f"December {dt.day}, 2026, {am(dt)}"

    specs = [
        (
            6,
            23,
            40,
            "KeNHA engineers say the bridge itself has not been damaged, but the approach on the Mombasa side has been washed away.",
        ),
        (
            7,
            0,
            35,
            "The National Police Service says a bus that tried to cross the flooded section was pulled back by a tractor; none of its 52 passengers was hurt.",
        ),
    ]
    notes = [
        Block("update", stamp(at(EAT, d, h, m)), at(EAT, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(EAT, 7, 1, 54)),
        at(EAT, 7, 1, 54),
        None,
        [
            "KeNHA says the water level has dropped by half a metre and convoys of light vehicles will be escorted across from 6am."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def li(dt: datetime, text: str) -> str:
        return f'<li class="changes__item"><b>{e(stamp(dt))}</b>: {text}</li>'

    for b in shown:
        assert b.ts
        b.html = li(b.ts, e(b.paras[0]))
    modified = shown[-1].ts or published
    pl = {
        "river": "The Tana River gauge at Garissa",
        "grid": "Kenya Power, in Mombasa and Kilifi,",
        "bags": "The Red Cross sandbag drive in Kilifi",
        "brand": "Nation",
    }
    tx = Texts(ctx, "en", pl)

    def listed(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return W(li(t, f"{e(word)}: {e(text)}"), [text], kind)

    river = listed("Elsewhere", tx.counter(RIVER, 388), RIVER, 1, 9)
    power = listed("Power", tx.counter(POWER, 18400), POWER, 2, 12)
    bags = listed("Volunteers", tx.counter(SANDBAGS, 2150), SANDBAGS, 3, 15)
    tick = listed("In other news", tx.pool(TICKER) + ".", TICKER, 2, 16)
    n = len(shown)
    changes = weave(
        ctx,
        [b.html for b in shown],
        [
            (river, list(range(0, n + 1)), 0.85),
            (power, list(range(0, n + 1)), 0.8),
            (bags, [0, 1, n], 0.8),
            (tick, [1, n], 0.8),
        ],
    )
    ferries = [
        "The Likoni channel is running with two vessels instead of three tonight.",
        "The first sailing of the day from Mombasa island is expected to leave on time.",
        "The Mtongwe ferry is suspended until daylight because of the strong current.",
        "The Lamu jetty boats to Manda Island have resumed their night schedule.",
        "The Mbita ferry on Lake Victoria is running half-hourly again.",
    ]
    ferry = bp(cls, turn(ctx, ferries, "ferry"), FERRY, lead="Likoni ferry:")
    bull = bp(cls, tx.pool(BULLETIN) + ".", BULLETIN, lead=f"NTV news at {ctx.local.hour}am:")
    read = bpa(cls, "You may have missed:", tx.pool(READ), "/kenya/news/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Partner content:", tag="em")
    signin = bp(cls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(cls, tx.fixed(ERROR), ERROR)
    news = bp(cls, tx.fixed(NEWS), NEWS)
    chtml = f'<section class="changes"><h4 class="changes__title">What has changed in this story</h4><ul class="changes__list">\n{changes}\n</ul></section>'
    units = [clar.html, *(_p(cls, p) for p in body), chtml]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (ferry, [3, 5, 7], 0.8),
            (bull, [2, 4, 6], 0.8),
            (read, [3, 6, k - 1], 0.8),
            (promo, [1, 5, k], 0.7),
            (signin, [4, k], 0.75),
            (error, [k - 1, k], 0.75),
            (news, [2, k], 0.75),
        ],
    )
    main = f"""<main class="page-main">
<article class="article-page">
<header class="article-header">
<a class="article-topic" href="/kenya/news/">News</a>
<h1 class="title-large">{e(headline)}</h1>
<div class="article-meta"><span class="article-byline">By Pius Maundu</span><time class="date" datetime="{published.isoformat()}">Sunday, December 06, 2026</time></div>
</header>
<figure class="article-figure"><img src="/resource/image/mtito-andei-floods.jpg" alt="" loading="lazy"><figcaption class="article-caption">Lorries queue at Mtito Andei on Sunday evening. Photo: File | Nation Media Group</figcaption></figure>
<section class="body-copy">
{story}
</section>
{ad_slot("nmg-ad", "ADVERTISEMENT", "nmg-inline-1")}
</article>
</main>"""
    html = page(
        ctx,
        lang="en",
        prefix="nmg",
        brand="Nation",
        url=url,
        title=f"{headline} | Nation",
        sections=["Kenya", "Counties", "Business", "Africa", "World", "Sports", "Opinion"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Nation Media Group. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Pius Maundu",
                    publisher=org("Nation", "https://nation.africa"),
                    lang="en",
                    section="Kenya",
                )
            )
        ],
        main=main,
        body_cls="nmg article",
    )
    return Render(html, body, [clar, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Hindustan Times (New Delhi, +05:30; the fetches run from 3.30am to 4.30am on Monday 7 December),
# custom, live, newest first across local midnight; each entry a `<div class="liveSec">` with a
# `<time>` printing the full short date, a zero-padded clock and the zone, "Dec 07, 2026 03:15 AM
# IST", above an `<h2>` (two without); a standalone `LiveBlogPosting` script next to the
# `NewsArticle`, updates with `url` anchors.


def hindustantimes(ctx: Ctx) -> Render:
    url = "https://www.hindustantimes.com/india-news/cyclone-landfall-near-mamallapuram-chennai-airport-runway-shut-live-updates-101733512345678.html"
    headline = (
        "Cyclone makes landfall near Mamallapuram, Chennai airport shuts runway: Live updates"
    )
    published = at(IST, 6, 21, 30)
    body = [
        "The cyclonic storm crossed the Tamil Nadu coast near Mamallapuram late on Sunday with winds of up to 85 km/h, bringing torrential rain to Chennai, Chengalpattu and Kancheepuram districts.",
        "HT is tracking the storm's path, closures and rescue work through the night. Follow this page for the latest.",
    ]

    def clock(dt: datetime) -> str:
        return f"Dec {dt.day:02d}, 2026 {lowam(dt)} IST"

    specs = [
        (
            7,
            3,
            15,
            "Runway closed at Chennai airport",
            [
                "The Airports Authority of India says the main runway at Chennai will stay shut until 8am because of waterlogging near the taxiways."
            ],
        ),
        (
            7,
            2,
            20,
            None,
            [
                "The Greater Chennai Corporation says 22 subways in the city have been closed and pumps are working at Vyasarpadi and Ganesapuram."
            ],
        ),
        (
            7,
            1,
            5,
            "Schools shut in four districts",
            [
                "The Tamil Nadu government has declared a holiday for schools and colleges in Chennai, Chengalpattu, Kancheepuram and Tiruvallur on Monday.",
                "Board examinations scheduled for the day will be held later.",
            ],
        ),
        (
            7,
            0,
            10,
            "Trees uprooted on East Coast Road",
            [
                "Police say more than 40 trees have fallen on the East Coast Road between Kovalam and Mamallapuram, blocking both lanes."
            ],
        ),
        (
            6,
            23,
            25,
            None,
            [
                "The India Meteorological Department says the storm has crossed the coast and is expected to weaken into a deep depression by morning."
            ],
        ),
        (
            6,
            22,
            40,
            "Landfall begins",
            [
                "The IMD says the outer bands of the storm have reached the coast and landfall near Mamallapuram will be complete within three hours."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(IST, d, h, m)), at(IST, d, h, m), hd, ps)
        for d, h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(IST, 7, 4, 24)),
        at(IST, 7, 4, 24),
        "Suburban trains to run late",
        [
            "Southern Railway says suburban services on the Chennai Beach-Tambaram line will start at 6am, an hour later than usual."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(dt: datetime, head: str | None, paras: list[str], anchor: str) -> str:
        hd = f'<h2 class="liveTitle">{e(head)}</h2>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="liveSec" id="{anchor}"><div class="liveTime"><time datetime="{dt.isoformat()}">'
            f'{e(clock(dt))}</time></div>{hd}<div class="liveContent">{text}</div></div>'
        )

    for i, b in enumerate(shown):
        assert b.ts
        b.html = entry(b.ts, b.head, b.paras, f"lb-{i + 1}")
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "river": "The Godavari gauge at Bhadrachalam",
        "airport": "Visakhapatnam airport",
        "grid": "Bescom, in south Bengaluru,",
        "brand": "HT",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, n: int, lo: int = 1, hi: int = 17) -> W:
        t = ctx.ago(lo, hi)
        return post(
            entry(t, title, [text], f"ht-{n}"),
            ([title] if title else []) + [text],
            kind,
            [clock(t)],
        )

    btc = fake("Crypto check", tx.counter(BTC, 91400), BTC, 1)
    river = fake(None, tx.counter(RIVER, 1140), RIVER, 2)
    wind = fake("Winds up the coast", tx.counter(WIND, 47), WIND, 3)
    power = fake("Power cuts elsewhere", tx.counter(POWER, 9600), POWER, 4)
    tick = fake("Top headlines", tx.pool(TICKER), TICKER, 5)
    promo = fake("Partner story of the night", tx.pool(PROMO), PROMO, 6)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (btc, list(range(0, n + 1)), 0.8),
            (river, [1, 3, 5, n], 0.85),
            (wind, [0, 2, 4], 0.8),
            (power, [1, 2, 5, n], 0.8),
            (tick, [0, 3, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    icls = "sortDec"
    read = bpa(icls, "Also Read:", tx.pool(READ), "/india-news/", READ)
    bull = bp(icls, tx.pool(BULLETIN) + ".", BULLETIN, lead="HT Audio, top of the hour:")
    signin = bp(icls, tx.fixed(SIGNIN), SIGNIN)
    error = bp(icls, tx.fixed(ERROR), ERROR)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (read, [1, 2], 0.8),
            (bull, [0, 1, 2], 0.8),
            (signin, [2], 0.75),
            (error, [1, 2], 0.7),
            (news, [0, 2], 0.75),
        ],
    )
    posting = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url + "#liveblog",
        "headline": headline,
        "url": url,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": org("Hindustan Times", "https://www.hindustantimes.com"),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": b.head or " ".join(b.paras[0].split()[:12]),
                "url": f"{url}#lb-{i + 1}",
                "datePublished": b.ts.isoformat() if b.ts else None,
                "articleBody": " ".join(b.paras),
            }
            for i, b in enumerate(shown)
        ],
    }
    main = f"""<div class="mainContainer">
<section class="storyDetails liveBlog">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/india-news">India News</a></div>
<span class="liveTag">LIVE</span>
<h1 class="hdg1">{e(headline)}</h1>
<div class="actionDiv"><span class="writer">By HT News Desk</span><span class="dateTime">Updated on {e(clock(modified))}</span></div>
<div class="detail">
{intro}
</div>
{ad_slot("ht-ad", "Advertisement", "ht-liveblog-1")}
<div class="liveBlogCont">
{feed}
</div>
</section>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="ht",
        brand="Hindustan Times",
        url=url,
        title=f"{headline} | Latest News India - Hindustan Times",
        sections=["India", "World", "Cities", "Cricket", "Entertainment", "Business", "Lifestyle"],
        subs=_SUBS,
        foot=_FOOT,
        legal="Copyright © HT Digital Streams Limited. All Rights Reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="HT News Desk",
                    publisher=org("Hindustan Times", "https://www.hindustantimes.com"),
                    lang="en",
                    section="India News",
                )
            ),
            posting,
        ],
        main=main,
        body_cls="ht-live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "caymancompass-flooding-closes-shamrock-road-in-bodden-town-as-rain-band-stalls",
        "Cayman Compass (KY)",
        "en",
        "updates",
        EST,
        caymancompass,
    ),
    Site(
        "nationafrica-floods-cut-nairobi-mombasa-highway-at-mtito-andei-athi-river-bursts-banks",
        "Nation (KE)",
        "en",
        "updates",
        EAT,
        nationafrica,
    ),
    Site(
        "hindustantimes-live-cyclone-landfall-near-mamallapuram-chennai-airport-shuts-runway",
        "Hindustan Times (IN)",
        "en",
        "live",
        IST,  # type: ignore[arg-type]
        hindustantimes,
    ),
]
