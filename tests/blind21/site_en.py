"""English-language publishers: The Irish News (Enniskillen, Northern Ireland), Otago Daily Times
(Queenstown, New Zealand's South Island), The Hamilton Spectator (Ontario)."""

from __future__ import annotations

from fx import (
    ANTIQUE,
    AUDITION,
    CHESS,
    DRIVING,
    FARMERS,
    FOODVAN,
    GYM,
    KNIT,
    NEWS,
    POSTCARD,
    PROMO,
    READ,
    RELATED,
    TICKER,
    TWIN,
    bl,
    bp,
    bpa,
    drift,
    graph,
    ld,
    num,
    page,
    pm,
    post,
    rise,
    subset,
    turn,
    us,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, live_posting, news_article, org, weave

GMT = 0
NZDT = 13
EST = -5

_SUBS = ["Crime", "Courts", "Politics", "Health", "Business", "Farming", "Opinion", "Community"]
_FOOT = {
    "About": ["About us", "Contact us", "Advertise", "Newsletters", "Digital edition"],
    "Legal": ["Privacy notice", "Terms of use", "Accessibility", "Cookie settings"],
}


def _texts(ctx: Ctx, town: str, street: str, cur: str) -> dict[str, str]:
    """The English furniture wording, with the story's town and one of its streets."""
    return {
        ANTIQUE: turn(
            ctx,
            [
                f"A brass ship's bell found in a {town} attic was valued at {cur}1,200 by our antiques expert, who dated it to the 1890s.",
                f"A reader's grandmother's tea service, bought on {street} in 1952, is worth about {cur}340, our antiques expert says.",
                f"A pocket watch engraved with a railway company's crest was valued at {cur}2,750, the best find of the month.",
                f"A patchwork quilt stitched by a {town} farmer's wife in the 1930s could fetch {cur}600 at auction, our expert says.",
            ],
            "antique",
        ),
        CHESS: turn(
            ctx,
            [
                f"Readers v the {town} Chess Club, game 4: the club played knight to f3, and readers have until Thursday to vote on the reply.",
                f"Readers v the {town} Chess Club, game 4: the club's bishop went to c4, eyeing the readers' king side.",
                f"Readers v the {town} Chess Club, game 4: the club castled king side, and the readers' vote is open.",
                f"Readers v the {town} Chess Club, game 4: the club pushed its queen's pawn, offering a gambit.",
            ],
            "chess",
        ),
        TWIN: turn(
            ctx,
            [
                f"The mayor of our twin town in Brittany sends warm wishes to everyone in {town} affected tonight.",
                f"Pupils at our twin school in Bavaria have made 200 Christmas cards for {town}'s care homes.",
                f"Our twin town's brass band will play on {street} on 20 December, weather allowing.",
                f"A choir from our twin town in Tuscany has recorded a carol for {town}; it will be played at the carol service.",
            ],
            "twin",
        ),
        FOODVAN: turn(
            ctx,
            [
                f"Smokin' Spuds is parked at the {town} leisure centre car park tonight, serving loaded potatoes until 9pm.",
                "The Dumpling Wagon is at the marina tonight, with pork and chive dumplings until 8.30pm.",
                f"Curry on Wheels has pitched up on {street} tonight, serving until the rice runs out.",
                "The Crêpe Escape is at the railway station forecourt tonight, sweet and savoury until 9pm.",
            ],
            "van",
        ),
        POSTCARD: turn(
            ctx,
            [
                f"Greetings from Lanzarote, where it is 24 degrees. Thinking of everyone back in {town}. The Hendersons.",
                "Postcard from Krakow: the Christmas market is magic and the pierogi even better. Love, Aoife and Dara.",
                f"Hello from Tenerife! We hear {town} is having a rough night; sending sunshine. Pat and Bridie.",
                "From the Scottish Highlands: snow on the hills, a fire in the grate, and no phone signal. Bliss. The Quinns.",
            ],
            "postcard",
        ),
        READ: turn(
            ctx,
            [
                "Council approves plans for new leisure centre after three-year wait",
                "Farmers warn of fodder shortage as wet winter drags on",
                "School choir to sing at Christmas concert in the capital",
                "Hospital car-parking charges to rise from April",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Shop local this Christmas: {street} traders are open late every Thursday until 23 December.",
                "Get 20% off a year's subscription to the digital edition before 31 December.",
                "Winter tyres fitted while you wait: book online and save 15% this month.",
                "Treat someone to a spa day: gift vouchers half price until Friday.",
            ],
            "promo",
        ),
    }


# ---------------------------------------------------------------------------------------------
# The Irish News (+00:00), WordPress-like. An italic "This story has been updated with …" line at
# the top (no label, no time); notes inside the story after paragraph 3, newest first, each an
# `<aside>` whose `<h4>` holds only a `<time>` clock; an italic "An earlier version of this
# article …" correction at the bottom (no label). The body has a list of closed roads.


def irishnews(ctx: Ctx) -> Render:
    url = "https://www.irishnews.com/news/northernireland/enniskillen-lough-erne-floods-wellington-road-closed-homes-sandbagged-A7QX3/"
    headline = "Lough Erne bursts its banks in Enniskillen as Wellington Road is closed and homes sandbagged"
    published = at(GMT, 6, 17, 40)
    town, street = "Enniskillen", "Darling Street"
    body = [
        "Lough Erne has burst its banks at Enniskillen after a week of heavy rain, flooding the Broadmeadow car park and forcing the closure of Wellington Road on Sunday evening.",
        "Water levels at the Portora gauge were the highest since the floods of 2015, the Rivers Agency said, and were still rising at 6pm.",
        "Firefighters and Rivers Agency staff handed out sandbags to householders on the Sligo Road and in the Cornagrade estate.",
        "“It came up through the drains first and then over the kerb,” said Noeleen Maguire, who runs a café on the Buttermarket. “We've lifted everything we can.”",
        "Fermanagh and Omagh District Council has opened the Lakeland Forum as a rest centre for anyone who has to leave home.",
        "The PSNI has closed these roads:",
        "Wellington Road between the Broadmeadow and the Erne Hospital roundabout",
        "the Sligo Road at the Cornagrade junction",
        "the Queen Elizabeth Road slip road to the West Bridge",
        "Drivers have been told to avoid the town centre and to use the A32 bypass where it is open.",
        "The Met Office has a yellow warning for rain in force for Fermanagh until 9am on Monday, with another 30 millimetres expected on high ground.",
        "NI Water said drinking water supplies were not affected but asked people not to walk or drive through flood water.",
    ]
    top = Block(
        "update",
        None,
        None,
        None,
        ["This story has been updated with a statement from the Department for Infrastructure."],
    )
    top.html = f'<p class="in-text"><em>{e(top.paras[0])}</em></p>'
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "An earlier version of this article said the rest centre was at Enniskillen Royal Grammar School. It is at the Lakeland Forum."
        ],
    )
    corr.html = f'<p class="in-text"><em>{e(corr.paras[0])}</em></p>'
    notes = [
        Block(
            "update",
            "9.48pm",
            at(GMT, 6, 21, 48),
            None,
            [
                "The Department for Infrastructure says the West Bridge will stay open tonight but could close at short notice if the lough keeps rising."
            ],
        ),
        Block(
            "update",
            "8.25pm",
            at(GMT, 6, 20, 25),
            None,
            [
                "About 40 homes in the Cornagrade estate have been sandbagged, the fire service says, and six families have gone to the Lakeland Forum."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "10.53pm",
        at(GMT, 6, 22, 53),
        None,
        [
            "Police have now closed the West Bridge as well, and traffic between the island and the Sligo Road is being sent round by the A32."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def aside(clock: str, iso: str, text: str) -> str:
        return (
            f'<aside class="in-update"><h4 class="in-update__time"><time datetime="{iso}">{e(clock)}</time></h4>'
            f'<p class="in-text">{e(text)}</p></aside>'
        )

    for b in shown:
        assert b.label and b.ts
        b.html = aside(b.label, b.ts.isoformat(), b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street, "£")

    t1 = ctx.ago(1, 9)
    knit_text = f"Knit for Fermanagh: {num(rise(ctx, 3412, 4, 3), ',')} hats, scarves and blankets have been knitted for the county's winter shelters since October."
    knit = post(aside(pm(t1), t1.isoformat(), knit_text), [knit_text], KNIT, [pm(t1)])
    t2 = ctx.ago(2, 14)
    chess = post(aside(pm(t2), t2.isoformat(), tx[CHESS]), [tx[CHESS]], CHESS, [pm(t2)])
    antique = bp("in-text", tx[ANTIQUE], ANTIQUE, lead="Heirloom of the week:")
    twin = bp("in-text", tx[TWIN], TWIN, lead="From our twin towns:")
    gym = bp(
        "in-text",
        "Lakeland Forum classes this week: aqua-fit Monday 7pm, spin Tuesday and Thursday 6.30pm, chair yoga Wednesday 11am.",
        GYM,
    )
    audition = bp(
        "in-text",
        "Enniskillen Amateur Dramatic Society is holding auditions for its spring production at the Ardhowen Theatre on 12 January. No experience needed.",
        AUDITION,
        tag="em",
    )
    eggs = drift(ctx, 330, 20)
    farmers = bp(
        "in-text",
        f"Fermanagh farmers' market this week: free-range eggs £{eggs // 100}.{eggs % 100:02d} a dozen, Comber potatoes £{drift(ctx, 4, 1)} a bag, Armagh Bramleys £{drift(ctx, 2, 1)}.{drift(ctx, 50, 9)} a kilo.",
        FARMERS,
    )
    related = bl(
        "in-list",
        "",
        [
            f"Related: {x}"
            for x in subset(
                ctx,
                [
                    "How to protect your home from flooding",
                    "Lough Erne levels: a history of the big floods",
                    "Who to call if your home floods",
                    "Why Fermanagh floods more than anywhere else",
                    "Insurance after a flood: what you need to know",
                ],
                3,
            )
        ],
        RELATED,
    )
    news = bp(
        "in-text",
        "Get the day's top stories from across the north in your inbox every morning with our free Irish News Daily newsletter.",
        NEWS,
    )

    units = [top.html] + [f'<p class="in-text">{e(p)}</p>' for p in body[:3]]
    first_note = len(units)
    units += [b.html for b in shown]
    last_note = len(units)
    units += [f'<p class="in-text">{e(p)}</p>' for p in body[3:6]]
    units += ['<ul class="in-list">' + "".join(f"<li>{e(x)}</li>" for x in body[6:9]) + "</ul>"]
    after_list = len(units)
    units += [f'<p class="in-text">{e(p)}</p>' for p in body[9:]] + [corr.html]
    k = len(units)
    note_gaps = list(range(first_note, last_note + 1))
    story = weave(
        ctx,
        units,
        [
            (knit, note_gaps, 0.85),
            (chess, [*note_gaps, k - 1], 0.8),
            (antique, [2, 3, last_note + 1, k - 1], 0.8),
            (twin, [1, 2, last_note + 2, k], 0.75),
            (gym, [last_note + 1, after_list + 1, k], 0.7),
            (audition, [0, 1, k - 1, k], 0.75),
            (farmers, [3, after_list + 1, after_list + 2], 0.8),
            (related, [after_list], 0.8),
            (news, [after_list + 2, k], 0.7),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article id="post-2611834" class="post type-post status-publish category-northern-ireland">
<header class="entry-header">
<div class="in-kicker"><a href="/news/northernireland/">Northern Ireland</a></div>
<h1 class="entry-title">{e(headline)}</h1>
<p class="in-standfirst">Rest centre opens at the Lakeland Forum as lough reaches highest level since 2015</p>
<div class="entry-meta"><span class="byline">Seán McCaffrey</span> <span class="posted-on">Updated <time class="updated" datetime="{modified.isoformat()}">6 December 2026 {e(pm(modified))}</time></span></div>
</header>
<figure class="in-figure"><img src="/wp-content/uploads/2026/12/erne-flood.jpg" alt="" loading="lazy"><figcaption>Flood water on Wellington Road on Sunday. Picture by Ronan McGrade</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-GB",
        prefix="in",
        brand="The Irish News",
        url=url,
        title=f"{headline} - The Irish News",
        sections=["News", "Sport", "Business", "Opinion", "Lifestyle", "Irish language"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 The Irish News Ltd.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Seán McCaffrey",
                    publisher=org("The Irish News", "https://www.irishnews.com"),
                    lang="en-GB",
                    section="Northern Ireland",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [top, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Otago Daily Times (+13:00, the fetches fall on Monday 7 December, 11am to noon), custom CMS,
# live, newest first under a pinned entry: `<div>` entries with an `<h4>` clock "10.20am" and an
# `<h3>` (one without headline); JSON-LD `@graph` with the `NewsArticle` and a `LiveBlogPosting`.


def odt(ctx: Ctx) -> Render:
    url = "https://www.odt.co.nz/regions/queenstown/live-snow-closes-crown-range-road-queenstown-airport-flights-cancelled"
    headline = "LIVE: Snow closes Crown Range Road, flights cancelled at Queenstown Airport"
    published = at(NZDT, 7, 6, 50)
    town, street = "Queenstown", "Shotover Street"
    body = [
        "An unseasonal southerly has dumped snow down to 400 metres across the Queenstown Lakes district, closing the Crown Range Road and grounding flights at Queenstown Airport on Monday morning.",
        "MetService has a heavy snow warning in place for the Southern Lakes until 6pm, and NZTA says more roads may close. Follow the latest below.",
    ]
    pinned = Block(
        "live_entry",
        "7.00am",
        at(NZDT, 7, 7, 0),
        "Key points this morning",
        [
            "Crown Range Road closed between Arrow Junction and Cardrona; Queenstown Airport flights cancelled until at least midday; schools in Arrowtown and Glenorchy closed."
        ],
    )
    specs = [
        (
            7,
            40,
            "Crown Range closed",
            "NZTA closed the Crown Range Road at Arrow Junction at 7.35am after two cars slid off near the zigzag. Nobody was hurt.",
        ),
        (
            8,
            25,
            None,
            "Air New Zealand and Jetstar have cancelled all morning flights into Queenstown. The airport says the runway is being ploughed but snow is still falling.",
        ),
        (
            9,
            10,
            "Glenorchy road icy",
            "The Council says the Glenorchy-Queenstown Road is open but icy past Bob's Cove, and chains should be carried.",
        ),
        (
            9,
            55,
            "Remarkables ski field shuts access road",
            "NZSki has closed the Remarkables access road for the day. Coronet Peak's road is open to four-wheel drives only.",
        ),
        (
            10,
            35,
            "Power out in Arthurs Point",
            "Aurora Energy says about 600 homes in Arthurs Point lost power when a tree brought down a line on the Gorge Road.",
        ),
    ]
    entries = [
        Block("live_entry", pm(at(NZDT, 7, h, m)), at(NZDT, 7, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "11.54am",
        at(NZDT, 7, 11, 54),
        "First flight lands",
        [
            "A Jetstar flight from Auckland has landed at Queenstown, the first since the airport shut at dawn, and more arrivals are expected this afternoon."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def entry(clock: str, head: str | None, text: str, pin: bool = False) -> str:
        badge = '<span class="odt-entry__pin">Pinned</span>' if pin else ""
        hd = f'<h3 class="odt-entry__title">{e(head)}</h3>' if head else ""
        cls = "odt-entry odt-entry--pinned" if pin else "odt-entry"
        return f'<div class="{cls}">{badge}<h4 class="odt-entry__time">{e(clock)}</h4>{hd}<p>{e(text)}</p></div>'

    pinned.html = entry(pinned.label or "", pinned.head, pinned.paras[0], pin=True)
    for b in feed:
        b.html = entry(b.label or "", b.head, b.paras[0])
    shown = [pinned, *feed]
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street, "$")

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 20) -> str:
        t = ctx.ago(lo, hi)
        return ctx.put(post(entry(pm(t), title, text), [title, text], kind, [pm(t)]))

    nzx = drift(ctx, 12840, 40)
    cands = [
        (
            "Knit for the Lakes",
            f"Volunteers have knitted {num(rise(ctx, 1906, 3, 2), ',')} beanies and blankets for the district's winter appeal so far.",
            KNIT,
        ),
        ("Readers v the club", tx[CHESS], CHESS),
        (
            "Markets at this hour",
            f"NZX 50 {num(nzx, ',')} ({'+' if nzx >= 12840 else '-'}{abs(nzx - 12840) / 128:.1f}%), NZ dollar {drift(ctx, 58, 1)}.{drift(ctx, 40, 9)} US cents.",
            TICKER,
        ),
        ("Lunch on wheels", tx[FOODVAN].replace("tonight", "today"), FOODVAN),
        (
            "Driving-test pass rates",
            f"Pass rate at the Queenstown test centre this month: {drift(ctx, 61, 4)}% of {rise(ctx, 212, 0, 0)} tests, updated {pm(ctx.ago(3, 30))}.",
            DRIVING,
        ),
        ("A postcard from readers", tx[POSTCARD], POSTCARD),
    ]
    inserts = {}
    n_units = len(shown)
    for i, (title, text, kind) in enumerate(cands):
        if ctx.chance(0.8):
            inserts.setdefault(
                ctx.rng.choice([0, 1, 2, 3, n_units - 1, n_units][i % 3 :]), []
            ).append(fake(title, text, kind))
    feed_html = []
    for i, b in enumerate(shown):
        feed_html.extend(inserts.get(i, []))
        feed_html.append(b.html)
    feed_html.extend(inserts.get(n_units, []))

    news = bp(
        "odt-live__intro",
        "Sign up for The Daily Digest, our free morning email with the best of the ODT.",
        NEWS,
    )
    read = bpa("odt-live__intro", "Read more:", tx[READ], "/news/", READ)
    gym = bp(
        "odt-live__intro",
        "Queenstown Events Centre classes this week: aqua-jog Monday 6pm, circuit Tuesday and Thursday 7am, pilates Wednesday 9.30am.",
        GYM,
    )
    intro = weave(
        ctx,
        [f'<p class="odt-live__intro">{e(p)}</p>' for p in body],
        [(news, [0, 1, 2], 0.8), (read, [1, 2], 0.8), (gym, [0, 2], 0.7)],
    )
    publisher = org("Otago Daily Times", "https://www.odt.co.nz")
    art = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Tracey Roxburgh",
        publisher=publisher,
        lang="en-NZ",
        section="Queenstown",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="en-NZ",
    )
    main = f"""<div class="odt-wrap">
<main class="odt-main">
<article class="odt-article odt-article--live">
<header class="odt-article__header">
<span class="odt-live-badge">Live</span>
<h1 class="odt-article__title">{e(headline)}</h1>
<p class="odt-article__standfirst">Heavy snow warning for the Southern Lakes until 6pm; Arrowtown and Glenorchy schools closed</p>
<p class="odt-article__meta">By Tracey Roxburgh · Updated {e(pm(modified))}, Monday 7 December 2026</p>
</header>
<div class="odt-live__intro-wrap">
{intro}
</div>
{ad_slot("odt-ad", "Advertisement", "odt-live-mid")}
<div class="odt-live__feed">
{chr(10).join(feed_html)}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-NZ",
        prefix="odt",
        brand="Otago Daily Times",
        url=url,
        title=f"{headline} | Otago Daily Times Online News",
        sections=["News", "Regions", "Sport", "Business", "Opinion", "Life & Style"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Allied Press Ltd.",
        jsonld=[graph(art, live)],
        main=main,
        body_cls="odt live-page",
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Hamilton Spectator (-05:00), Arc-like, live, oldest first: `<li>` entries whose first
# paragraph opens with a bold clock "2:10 p.m." (no headlines; one entry with two paragraphs);
# no live-blog schema at all, only a `NewsArticle`.


def spectator(ctx: Ctx) -> Render:
    url = "https://www.thespec.com/news/hamilton-region/live-snow-squall-closes-skyway-qew-burlington-hamilton/article_5a1c.html"
    headline = "Live updates: Snow squall closes the Skyway and QEW between Hamilton and Burlington"
    published = at(EST, 6, 12, 20)
    town, street = "Hamilton", "James Street North"
    body = [
        "A lake-effect snow squall off Lake Ontario has closed the Burlington Bay James N. Allan Skyway and parts of the QEW on Sunday afternoon, with visibility near zero.",
        "Environment Canada has a snow squall warning for Hamilton, Burlington and Niagara, and Ontario Provincial Police are asking drivers to stay home. We'll update this story as we learn more.",
    ]
    specs = [
        (
            12,
            40,
            [
                "OPP have closed the Skyway in both directions after a tractor-trailer jackknifed on the Hamilton-bound span."
            ],
        ),
        (
            13,
            25,
            [
                "The QEW is also closed between Fifty Road and Centennial Parkway, the ministry says.",
                "Drivers on the Niagara side are being sent off at Fruitland Road.",
            ],
        ),
        (
            14,
            10,
            [
                "HSR has pulled its buses off the Mountain routes; the Claremont and Jolley Cut accesses are impassable."
            ],
        ),
        (
            15,
            5,
            [
                "Hamilton Paramedic Services say they took two people to Juravinski Hospital from a crash on the Red Hill Valley Parkway. Neither is badly hurt."
            ],
        ),
        (
            15,
            50,
            [
                "The city has opened a warming centre at Sir John A. Macdonald Secondary School for drivers who cannot get home."
            ],
        ),
        (
            16,
            35,
            [
                "Environment Canada says the squall is drifting south toward Grimsby and should ease over Hamilton by evening."
            ],
        ),
    ]
    entries = [
        Block("live_entry", us(at(EST, 6, h, m)), at(EST, 6, h, m), None, ps) for h, m, ps in specs
    ]
    genuine = Block(
        "live_entry",
        "5:55 p.m.",
        at(EST, 6, 17, 55),
        None,
        [
            "The Skyway has reopened to Toronto-bound traffic, OPP say, but the Niagara-bound span stays closed while the truck is removed."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(clock: str, paras: list[str]) -> str:
        rest = "".join(f"<p>{e(p)}</p>" for p in paras[1:])
        return f'<li class="sp-update"><p><strong>{e(clock)}</strong> {e(paras[0])}</p>{rest}</li>'

    for b in shown:
        b.html = item(b.label or "", b.paras)
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street, "$")

    def fake(text: str, kind: str) -> W:
        t = ctx.ago(1, 25)
        return post(item(us(t), [text]), [text], kind)

    tsx = drift(ctx, 25410, 60)
    knit = fake(
        f"Knit for Hamilton update: {num(rise(ctx, 5204, 5, 3), ',')} toques, mitts and scarves have been knitted for the city's shelters this season.",
        KNIT,
    )
    chess = fake(tx[CHESS], CHESS)
    ticker = fake(
        f"Markets at the close: S&P/TSX {num(tsx, ',')}, loonie {drift(ctx, 71, 1)}.{drift(ctx, 50, 9)} U.S. cents, oil US${drift(ctx, 68, 2)}.{drift(ctx, 40, 9)}.",
        TICKER,
    )
    driving = fake(
        f"DriveTest Hamilton road-test pass rate this month: {drift(ctx, 57, 4)}%, the ministry's tracker says.",
        DRIVING,
    )
    twin = fake(tx[TWIN], TWIN)
    promo = fake("Sponsored: " + tx[PROMO], PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (knit, list(range(0, n + 1)), 0.85),
            (chess, list(range(1, n + 1)), 0.8),
            (ticker, [n - 2, n - 1, n], 0.8),
            (driving, list(range(0, n)), 0.75),
            (twin, [1, 2, 3, n], 0.75),
            (promo, [2, 4, n], 0.7),
        ],
    )
    read = bpa("sp-live-lede", "READ MORE:", tx[READ], "/news/", READ)
    audition = bp(
        "sp-live-lede",
        "Theatre Aquarius Youth Company is holding auditions for its spring musical on Jan. 10. Register online by Jan. 5.",
        AUDITION,
    )
    apples = drift(ctx, 599, 40)
    farmers = bp(
        "sp-live-lede",
        f"Hamilton Farmers' Market this week: a dozen large eggs ${drift(ctx, 6, 1)}.{drift(ctx, 49, 9)}, a peck of Ontario apples ${apples // 100}.{apples % 100:02d}, maple syrup ${drift(ctx, 14, 2)} a litre.",
        FARMERS,
    )
    intro = weave(
        ctx,
        [f'<p class="sp-live-lede">{e(p)}</p>' for p in body],
        [(read, [0, 1, 2], 0.8), (audition, [1, 2], 0.75), (farmers, [0, 1, 2], 0.8)],
    )
    main = f"""<div class="sp-page">
<main class="sp-main" id="main">
<article class="sp-article" data-live="true">
<header class="sp-article__header">
<p class="sp-article__kicker">Hamilton Region · Live</p>
<h1 class="sp-article__headline">{e(headline)}</h1>
<p class="sp-article__byline">By Teviah Moro and Joanna Frketich, The Spectator</p>
<p class="sp-article__dates">Updated {modified.strftime("%b. %-d, %Y")} at {e(us(modified))}</p>
</header>
<div class="sp-live-intro">
{intro}
</div>
{ad_slot("sp-ad", "Advertisement", "sp-bigbox")}
<ol class="sp-updates">
{feed}
</ol>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-CA",
        prefix="sp",
        brand="The Hamilton Spectator",
        url=url,
        title=f"{headline} | TheSpec.com",
        sections=["News", "Hamilton Region", "Sports", "Business", "Opinion", "Life"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Metroland Media Group Ltd.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Teviah Moro",
                    publisher=org("The Hamilton Spectator", "https://www.thespec.com"),
                    lang="en-CA",
                    section="Hamilton Region",
                )
            )
        ],
        main=main,
        body_cls="sp article-live",
        cms="arc",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "irishnews-enniskillen-lough-erne-floods-wellington-road-closed-homes-sandbagged",
        "The Irish News (UK)",
        "en",
        "updates",
        GMT,
        irishnews,
    ),
    Site(
        "odt-live-snow-closes-crown-range-road-queenstown-airport-flights-cancelled",
        "Otago Daily Times (NZ)",
        "en",
        "live",
        NZDT,
        odt,
    ),
    Site(
        "thespec-live-snow-squall-closes-skyway-qew-burlington-hamilton",
        "The Hamilton Spectator (CA)",
        "en",
        "live",
        EST,
        spectator,
    ),
]
