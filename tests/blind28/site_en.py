"""English-language publishers: Trinidad Express (Port of Spain, TT), Dawn (Karachi, PK), The
Japan Times (Tokyo, JP)."""

from __future__ import annotations

import json
from datetime import datetime

from fx import (
    FOLLOW,
    GIFT,
    GOLD,
    HIRING,
    JAM,
    NEWS,
    PHOTO,
    PRAYER,
    PROMO,
    PUSH,
    READ,
    STREAM,
    SURVEY,
    TICKER,
    TOYS,
    Texts,
    bp,
    bpa,
    dotam,
    graph,
    ld,
    page,
    pkt,
    post,
    us,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

AST = -4
PKT = 5
JST = 9

_SUBS = ["Politics", "Business", "Health", "Education", "Weather", "Opinion", "Sport", "Lifestyle"]
_FOOT = {
    "Company": ["About us", "Contact", "Advertise with us", "Careers", "Newsletters"],
    "Policies": ["Privacy policy", "Terms of service", "Corrections policy", "Cookie preferences"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


def _hm(h: int, m: int) -> str:
    return f"{h} hrs {m} mins" if h else f"{m} mins"


# ---------------------------------------------------------------------------------------------
# Trinidad Express (Port of Spain, -04:00; the fetches run from 6pm to 7pm on Sunday 6 December),
# custom (Town News-like). A boxed bold "A note on our coverage:" above the body (`editors_note`);
# numbered notes after paragraph 2, newest first, each a body-class paragraph with a bold lead
# "UPDATE 2 (5.40 p.m.):"; a bold "Amendment:" at the end (`correction`).


def trinidadexpress(ctx: Ctx) -> Render:
    url = "https://trinidadexpress.com/news/local/flash-floods-diego-martin-western-main-road-closed-carenage/article_5b1f.html"
    headline = "Flash floods swamp Diego Martin, Western Main Road closed at Carenage"
    published = at(AST, 6, 13, 30)
    cls = "te-text"
    body = [
        "Hours of torrential rain on Sunday sent the Diego Martin River over its banks, flooding homes in Bagatelle, Four Roads and Patna Village and leaving motorists stranded on the Diego Martin Highway.",
        "The Trinidad and Tobago Meteorological Service extended its orange level adverse weather alert for Trinidad until 6 a.m. on Monday.",
        "Police closed the Western Main Road at Carenage after a landslip brought down mud and boulders near the Chaguaramas boardwalk entrance.",
        "Residents of Bagatelle said the water rose to their windowsills within an hour of the heaviest rain.",
        "“I lifted my mother on to the dining table and we waited there for the fire officers,” said Andrea Joseph, 54.",
        "The Office of Disaster Preparedness and Management said shelters had been opened at the Diego Martin North Secondary School and the Carenage Regional Complex.",
        "The Ministry of Works and Transport said crews with heavy equipment would work through the night to clear the landslip.",
    ]
    note = Block(
        "editors_note",
        "A note on our coverage",
        None,
        None,
        [
            "Two of our reporters live in Diego Martin and have been sending information from the flooded streets since early afternoon."
        ],
    )
    note.html = f'<aside class="te-note"><p class="{cls}"><strong>A note on our coverage:</strong> {e(note.paras[0])}</p></aside>'

    def label(n: int, dt: datetime) -> str:
        return f"UPDATE {n} ({dotam(dt)})"

    specs = [
        (
            2,
            17,
            40,
            "The ODPM says 46 people are now in the two shelters, and the Red Cross is delivering hampers and bedding to families in Patna Village.",
        ),
        (
            1,
            16,
            15,
            "Fire officers from the Four Roads station have rescued a family of five from the roof of their house on Bagatelle Road.",
        ),
    ]
    notes = [
        Block("update", label(n, at(AST, 6, h, m)), at(AST, 6, h, m), None, [t])
        for n, h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(3, at(AST, 6, 18, 53)),
        at(AST, 6, 18, 53),
        None,
        [
            "The Ministry of Works says one lane of the Western Main Road at Carenage has reopened, with police directing traffic in both directions."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    amend = Block(
        "correction",
        "Amendment",
        None,
        None,
        [
            "An earlier version of this story placed the landslip at Macqueripe. It came down at Carenage, near the Chaguaramas boardwalk."
        ],
    )
    amend.html = f'<p class="{cls}"><strong>Amendment:</strong> {e(amend.paras[0])}</p>'
    modified = shown[0].ts or published
    pl = {
        "author": "Carla Bridglal",
        "stream": "The Prime Minister's post-Cabinet news conference",
        "jam": "Uriah Butler Highway southbound at Chaguanas",
        "toys": "The Express Children's Fund toy drive",
        "brand": "the Express",
    }
    tx = Texts(ctx, "en", pl)

    def clocked(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp(cls, text, kind, lead=f"{word} ({dotam(t)}):")

    jam = clocked("TRAFFIC", tx.counter(JAM, 7), JAM, 1, 9)
    tick = clocked("ELSEWHERE", tx.pool(TICKER) + ".", TICKER, 2, 14)
    toys = clocked("TOY DRIVE", tx.counter(TOYS, 1210), TOYS, 3, 12)
    follow = bp(cls, tx.counter(FOLLOW, 3480), FOLLOW)
    stream = bp(cls, tx.counter(STREAM, 640), STREAM, lead="WATCH LIVE:")
    photo = bp(cls, tx.pool(PHOTO), PHOTO, lead="Reader's photo:", tag="em")
    read = bpa(cls, "READ MORE:", tx.pool(READ), "/news/local/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="SPONSORED:")
    push = bp(cls, tx.fixed(PUSH), PUSH)
    survey = bp(cls, tx.fixed(SURVEY), SURVEY, lead="Have your say:")
    hiring = bp(cls, tx.fixed(HIRING), HIRING)
    gift = bp(cls, tx.fixed(GIFT), GIFT, lead="Gift idea:", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = [note.html, *paras[:2], *(b.html for b in shown), *paras[2:], amend.html]
    k = len(units)
    top = 3  # the gap above the first note
    story = weave(
        ctx,
        units,
        [
            (jam, list(range(top, top + nb + 1)), 0.85),
            (tick, [top, top + nb, top + nb + 2], 0.8),
            (toys, list(range(top, top + nb + 1)), 0.8),
            (follow, [1, k], 0.75),
            (stream, [2, top + nb + 1, top + nb + 3], 0.8),
            (photo, [top + nb + 2, top + nb + 4, k], 0.75),
            (read, [2, top + nb + 1, top + nb + 3], 0.8),
            (promo, [0, top + nb + 4, k], 0.7),
            (push, [0, k - 1, k], 0.7),
            (survey, [top + nb + 2, k], 0.7),
            (hiring, [k - 1, k], 0.7),
            (gift, [1, top + nb + 3, k], 0.75),
            (news, [top + nb + 5, k], 0.75),
        ],
    )
    main = f"""<div id="main-page-container" class="container">
<div class="row"><div class="col-md-8 main-content">
<article class="tnt-asset-type-article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="asset-header">
<p class="asset-kicker"><a href="/news/local/">Local News</a></p>
<h1 class="headline"><span class="asset-headline" itemprop="headline">{e(headline)}</span></h1>
<ul class="list-inline asset-byline"><li><span class="tnt-byline">Carla Bridglal</span></li><li><time datetime="{published.isoformat()}">Dec 6, 2026</time></li><li class="asset-updated">Updated {e(dotam(modified))}</li></ul>
</header>
<figure class="photo"><img src="/content/tncms/assets/v3/editorial/diego-martin-flood.jpg" alt="" loading="lazy"><figcaption class="caption-text">Floodwater on Bagatelle Road, Diego Martin, on Sunday afternoon. Photo: Jermaine Cruickshank</figcaption></figure>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
{story}
</div>
</article>
</div>
<div class="col-md-4 sidebar">{ad_slot("te-ad", "Advertisement", "te-rail-1")}</div></div>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="te",
        brand="Trinidad Express",
        url=url,
        title=f"{headline} | Local News | trinidadexpress.com",
        sections=["News", "Local", "Regional", "Business", "Sports", "Features", "Opinion"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Trinidad Express Newspapers. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Carla Bridglal",
                    publisher=org("Trinidad Express", "https://trinidadexpress.com"),
                    lang="en",
                    section="Local News",
                )
            )
        ],
        main=main,
        body_cls="tnt-section-news tnt-article",
    )
    return Render(html, body, [note, *shown, amend], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Dawn (Karachi, +05:00; the fetches run from 3am to 4am on Monday 7 December), custom, live,
# oldest first across local midnight; each entry a `<time>` "Dec 07, 02:40am" above an `<h3>` (two
# without); the `LiveBlogPosting` sits in a JSON-LD script inside the body after the feed, its
# updates carrying `text` instead of `articleBody`.


def dawn(ctx: Ctx) -> Render:
    url = "https://www.dawn.com/live/1962345/dense-fog-shuts-m-2-motorway-flights-diverted-from-lahore"
    headline = "LIVE: Dense fog shuts M-2 motorway, flights diverted from Lahore"
    published = at(PKT, 6, 21, 0)
    body = [
        "Dense fog blanketed central and northern Punjab on Sunday night, forcing the National Highways and Motorway Police to close the M-2 motorway between Lahore and Kallar Kahar and diverting flights away from Allama Iqbal International Airport.",
        "Dawn is following the situation through the night; refresh this page for the latest.",
    ]

    def clock(dt: datetime) -> str:
        return f"Dec {dt.day:02d}, {pkt(dt)}"

    specs = [
        (
            6,
            21,
            30,
            "Motorway closed",
            [
                "The motorway police say the M-2 has been closed from Thokar Niaz Baig to Kallar Kahar because visibility has dropped below 50 metres."
            ],
        ),
        (
            6,
            22,
            45,
            None,
            [
                "The Pakistan Meteorological Department warns that the fog will persist in Lahore, Gujranwala, Sheikhupura and Hafizabad until late morning."
            ],
        ),
        (
            6,
            23,
            50,
            "Two flights diverted to Islamabad",
            [
                "The Pakistan Airports Authority says two international arrivals bound for Lahore have been diverted to Islamabad.",
                "Passengers will be brought back by road once the airport reopens.",
            ],
        ),
        (
            7,
            0,
            40,
            "Pile-up near Sheikhupura interchange",
            [
                "Rescue 1122 says eight vehicles collided on the GT Road near the Sheikhupura interchange; four people were taken to the district hospital."
            ],
        ),
        (
            7,
            1,
            35,
            None,
            [
                "Pakistan Railways says the Karachi-bound Tezgam left Lahore 90 minutes late and trains on the main line are running at reduced speed."
            ],
        ),
        (
            7,
            2,
            40,
            "Schools to open late in Lahore",
            [
                "The Punjab school education department says schools in Lahore division will open at 10am on Monday because of the fog."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(PKT, d, h, m)), at(PKT, d, h, m), hd, ps)
        for d, h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(PKT, 7, 3, 54)),
        at(PKT, 7, 3, 54),
        "Lahore airport resumes landings",
        [
            "The Civil Aviation Authority says visibility at Allama Iqbal International has improved to 600 metres and landings have resumed."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def entry(dt_iso: str, label: str, head: str | None, paras: list[str], cid: str) -> str:
        hd = f'<h3 class="live-update__title">{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="live-update" id="{cid}"><div class="live-update__meta"><time class="timestamp--time" '
            f'datetime="{dt_iso}">{e(label)}</time></div>{hd}<div class="live-update__body story__content">{text}</div></div>'
        )

    for i, b in enumerate(shown):
        b.html = entry(
            b.ts.isoformat() if b.ts else "", b.label or "", b.head, b.paras, f"u{i + 1}"
        )
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "gold": "Gold (24 carat) in Karachi's Sarafa Bazaar, per tola",
        "unit": "rupees",
        "prayer": "Fajr in Lahore",
        "author": "Imran Gabol",
        "stream": "The Punjab chief minister's briefing on smog",
        "jam": "M-9 Karachi-Hyderabad motorway at Nooriabad",
        "brand": "Dawn",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, n: int, lo: int = 1, hi: int = 18) -> W:
        t = ctx.ago(lo, hi)
        html = entry(t.isoformat(), clock(t), title, [text], f"w{n}")
        return post(html, ([title] if title else []) + [text], kind, [clock(t)])

    gold = fake("Gold rates tonight", tx.counter(GOLD, 284350), GOLD, 1)
    prayer = fake(None, tx.until(PRAYER, at(PKT, 7, 5, 41), _hm), PRAYER, 2)
    jam = fake("Traffic elsewhere", tx.counter(JAM, 5), JAM, 3)
    tick = fake("Elsewhere in Pakistan", tx.pool(TICKER), TICKER, 4)
    promo = fake("Sponsored by our partner", tx.pool(PROMO), PROMO, 5)
    stream = fake("Watch the live feed", tx.counter(STREAM, 1900), STREAM, 6)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (gold, list(range(0, n + 1)), 0.85),
            (prayer, list(range(1, n + 1)), 0.8),
            (jam, [1, 3, 5, n], 0.8),
            (tick, [0, 2, 4, n], 0.8),
            (promo, [2, 4, n], 0.7),
            (stream, [1, 3, 5], 0.75),
        ],
    )
    icls = "story__excerpt"
    follow = bp(icls, tx.counter(FOLLOW, 21400), FOLLOW)
    photo = bp(icls, tx.pool(PHOTO), PHOTO, lead="Reader's snap:", tag="em")
    read = bpa(icls, "Also read:", tx.pool(READ), "/news/", READ)
    push = bp(icls, tx.fixed(PUSH), PUSH)
    hiring = bp(icls, tx.fixed(HIRING), HIRING)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (follow, [0, 2], 0.75),
            (photo, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (push, [0, 1, 2], 0.7),
            (hiring, [2], 0.7),
            (news, [0, 1, 2], 0.75),
        ],
    )
    posting = ld(
        {
            "@type": "LiveBlogPosting",
            "@id": url + "#liveblog",
            "headline": headline,
            "url": url,
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "coverageStartTime": published.isoformat(),
            "publisher": org("Dawn", "https://www.dawn.com"),
            "liveBlogUpdate": [
                {
                    "@type": "BlogPosting",
                    "headline": b.head or " ".join(b.paras[0].split()[:9]),
                    "datePublished": b.ts.isoformat() if b.ts else None,
                    "text": " ".join(b.paras),
                }
                for b in shown
            ],
        }
    )
    inline_ld = (
        f'<script type="application/ld+json">{json.dumps(posting, ensure_ascii=False)}</script>'
    )
    main = f"""<div class="container">
<main class="story story--live">
<div class="story__header">
<span class="label label--live">LIVE</span>
<h2 class="story__title">{e(headline)}</h2>
<span class="story__byline"><a href="/authors/2612/imran-gabol">Imran Gabol</a></span>
<span class="story__time">Updated <span class="timestamp--date">{e(clock(modified))}</span></span>
</div>
<div class="story__excerpt-wrap">
{intro}
</div>
{ad_slot("dawn-ad", "ADVERTISEMENT", "dawn-mpu-1")}
<div class="live-updates">
{feed}
</div>
{inline_ld}
</main>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="dawn",
        brand="Dawn",
        url=url,
        title=f"{headline} - Pakistan - DAWN.COM",
        sections=["Home", "Pakistan", "World", "Business", "Opinion", "Sport", "Prism"],
        subs=_SUBS,
        foot=_FOOT,
        legal="Copyright © 2026, Dawn",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Imran Gabol",
                    publisher=org("Dawn", "https://www.dawn.com"),
                    lang="en",
                    section="Pakistan",
                )
            )
        ],
        main=main,
        body_cls="page--live dawn",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Japan Times (Tokyo, +09:00; the fetches run from 7am to 8am on Monday 7 December), WordPress,
# live, newest first in a reversed `<ol>`; each `<li>` a microdata `liveBlogUpdate` whose clock is a
# `<time itemprop="datePublished">` "6:48 a.m. JST" with the zone, then an `<h3>` (two without);
# the JSON-LD is a `@graph` of a `NewsArticle` and a `BreadcrumbList` only.


def japantimes(ctx: Ctx) -> Render:
    url = "https://www.japantimes.co.jp/news/2026/12/07/japan/heavy-snow-niigata-kan-etsu-expressway-joetsu-shinkansen/"
    headline = "Live: Heavy snow closes Kan-Etsu Expressway, Joetsu Shinkansen suspended"
    published = at(JST, 7, 3, 0)
    body = [
        "Heavy snow fell across Niigata and Gunma prefectures overnight, stranding hundreds of vehicles on the Kan-Etsu Expressway and halting Joetsu Shinkansen services between Takasaki and Niigata.",
        "Forecasters have warned of further heavy snowfall along the Sea of Japan coast through Tuesday. Follow our live updates below.",
    ]

    def clock(dt: datetime) -> str:
        return f"{us(dt)} JST"

    specs = [
        (
            6,
            48,
            "Self-Defense Forces dispatched",
            [
                "Niigata Gov. Hideyo Hanazumi has asked the Ground Self-Defense Force to help clear vehicles stuck between Yuzawa and Muikamachi."
            ],
        ),
        (
            6,
            20,
            None,
            [
                "East Nippon Expressway says about 800 vehicles are stuck on the outbound lanes of the Kan-Etsu Expressway near the Yuzawa interchange."
            ],
        ),
        (
            5,
            55,
            "Shinkansen service suspended",
            [
                "JR East says Joetsu Shinkansen trains between Takasaki and Niigata will not run until at least noon.",
                "Passengers holding reserved tickets can get a full refund at any station.",
            ],
        ),
        (
            5,
            10,
            "Snow depth reaches 1.6 meters",
            [
                "The weather agency says snow depth in Yuzawa has reached 1.6 meters, nearly twice the average for early December."
            ],
        ),
        (
            4,
            25,
            None,
            [
                "Several municipalities in Uonuma have opened community centers for drivers who abandoned their cars on Route 17."
            ],
        ),
        (
            3,
            40,
            "Heavy snow warning issued",
            [
                "The Japan Meteorological Agency has issued a heavy snow warning for the Chuetsu region of Niigata Prefecture."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(JST, 7, h, m)), at(JST, 7, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(JST, 7, 7, 54)),
        at(JST, 7, 7, 54),
        "Outbound lanes partly reopen",
        [
            "East Nippon Expressway says outbound traffic is moving again between Tsukiyono and Yuzawa after snowplows cleared one lane."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def entry(dt_iso: str, label: str, head: str | None, paras: list[str], micro: bool) -> str:
        ip = ' itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
        hprop = ' itemprop="headline"' if micro else ""
        hd = f'<h3 class="jt-live__title"{hprop}>{e(head)}</h3>' if head else ""
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        tprop = ' itemprop="datePublished"' if micro else ""
        bprop = ' itemprop="articleBody"' if micro else ""
        return (
            f'<li class="jt-live__post"{ip if micro else ""}><time class="jt-live__time"{tprop} datetime="{dt_iso}">'
            f'{e(label)}</time>{hd}<div class="jt-live__text"{bprop}>{text}</div></li>'
        )

    for b in shown:
        b.html = entry(b.ts.isoformat() if b.ts else "", b.label or "", b.head, b.paras, True)
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "author": "Kazuaki Nagata",
        "stream": "Live from Yuzawa: NHK's camera on the snowbound town",
        "jam": "Tomei Expressway inbound near Atsugi",
        "toys": "The Tokyo American Club's holiday toy drive",
        "brand": "The Japan Times",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 16) -> W:
        t = ctx.ago(lo, hi)
        html = entry(t.isoformat(), clock(t), title, [text], False)
        return post(html, ([title] if title else []) + [text], kind, [clock(t)])

    jam = fake("Expressway traffic", tx.counter(JAM, 9), JAM)
    tick = fake("Elsewhere in Japan", tx.pool(TICKER), TICKER)
    toys = fake(None, tx.counter(TOYS, 2380), TOYS)
    stream = fake("Watch the livestream", tx.counter(STREAM, 5200), STREAM)
    promo = fake("Sponsored content", tx.pool(PROMO), PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (jam, list(range(0, n + 1)), 0.85),
            (tick, [0, 1, 3, 5, n], 0.8),
            (toys, [1, 2, 4, n], 0.8),
            (stream, [0, 2, 4], 0.75),
            (promo, [3, 5, n], 0.7),
        ],
    )
    icls = "jt-article__lede"
    follow = bp(icls, tx.counter(FOLLOW, 8900), FOLLOW)
    photo = bp(icls, tx.pool(PHOTO), PHOTO, lead="Your photos:", tag="em")
    read = bpa(icls, "Related:", tx.pool(READ), "/news/national/", READ)
    push = bp(icls, tx.fixed(PUSH), PUSH)
    survey = bp(icls, tx.fixed(SURVEY), SURVEY)
    gift = bp(icls, tx.fixed(GIFT), GIFT, lead="Holiday gift:")
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (follow, [0, 2], 0.75),
            (photo, [1, 2], 0.75),
            (read, [1, 2], 0.8),
            (push, [0, 2], 0.7),
            (survey, [2], 0.7),
            (gift, [0, 1], 0.7),
            (news, [1, 2], 0.75),
        ],
    )
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "News",
                "item": "https://www.japantimes.co.jp/news/",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": "National",
                "item": "https://www.japantimes.co.jp/news/national/",
            },
        ],
    }
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Kazuaki Nagata",
        publisher=org("The Japan Times", "https://www.japantimes.co.jp"),
        lang="en",
        section="National",
    )
    main = f"""<div class="jt-wrap">
<main class="jt-main">
<article class="jt-article jt-article--live">
<div class="jt-article__header">
<span class="jt-live-badge">LIVE</span>
<h1 class="jt-article__title">{e(headline)}</h1>
<p class="jt-article__meta">By Kazuaki Nagata · Staff writer · Dec 7, 2026 · Last updated {e(clock(modified))}</p>
</div>
<div class="jt-article__body">
{intro}
</div>
{ad_slot("jt-ad", "AD", "jt-inarticle-1")}
<div class="jt-live" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="headline" content="{e(headline)}">
<ol class="jt-live__list" reversed>
{feed}
</ol>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="jt",
        brand="The Japan Times",
        url=url,
        title=f"{headline} - The Japan Times",
        sections=["News", "Business", "Opinion", "Life", "Culture", "Sports", "Podcasts"],
        subs=_SUBS,
        foot=_FOOT,
        legal="The Japan Times Ltd. All rights reserved.",
        jsonld=[graph(article, crumbs)],
        main=main,
        body_cls="single single-post jt-live-page",
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "trinidadexpress-flash-floods-swamp-diego-martin-western-main-road-closed-at-carenage",
        "Trinidad Express (TT)",
        "en",
        "updates",
        AST,
        trinidadexpress,
    ),
    Site(
        "dawn-live-dense-fog-shuts-m-2-motorway-flights-diverted-from-lahore",
        "Dawn (PK)",
        "en",
        "live",
        PKT,
        dawn,
    ),
    Site(
        "japantimes-live-heavy-snow-closes-kan-etsu-expressway-joetsu-shinkansen-suspended",
        "The Japan Times (JP)",
        "en",
        "live",
        JST,
        japantimes,
    ),
]
