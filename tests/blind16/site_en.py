"""English-language publishers: Anchorage Daily News, Bristol Post (Bristol Live), Brisbane Times."""

from __future__ import annotations

from datetime import datetime

from fx import (
    AREA,
    GIFT,
    HYGIENE,
    MUSEUM,
    OUTAGE,
    PLANNING,
    POOL,
    POST,
    POTHOLE,
    RACE,
    SHELTER,
    TICKETS,
    TIPPING,
    au,
    bl,
    board,
    bp,
    drift,
    fall,
    graph,
    ld,
    num,
    one,
    rise,
    us,
)
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    big_footer,
    e,
    live_posting,
    mega_nav,
    news_article,
    org,
    pick,
    shell,
    weave,
)

AKST = -9
UK = 0
AEST = 10

_EN_SUBS = [
    "Crime",
    "Traffic",
    "Weather",
    "Politics",
    "Schools",
    "Health",
    "Business",
    "Property",
    "Courts",
    "Outdoors",
    "Opinion",
    "Obituaries",
]


# ---------------------------------------------------------------------------------------------
# Anchorage Daily News (-09:00), updates: bare italic "Updated at 10:15 a.m." lines, each followed
# by a plain paragraph, after the story, oldest first; "An earlier version of this article …" at
# the top


def adn(ctx: Ctx) -> Render:
    url = "https://www.adn.com/alaska-news/2026/12/06/avalanche-buries-seward-highway-near-bird-point-cutting-off-girdwood/"
    headline = (
        "Avalanche buries Seward Highway near Bird Point, cutting off Girdwood from Anchorage"
    )
    published = at(AKST, 6, 8, 5)
    body = [
        "An avalanche swept across the Seward Highway south of Anchorage early Sunday, burying both lanes under snow up to 15 feet deep near Bird Point and cutting off road access between Anchorage and Girdwood.",
        "The Alaska Department of Transportation and Public Facilities said the slide came down from the slopes above milepost 96 at about 4:40 a.m., after two days of heavy snow and strong winds along Turnagain Arm.",
        "No vehicles were caught in the slide, according to Alaska State Troopers, who closed the highway at Potter Marsh on the Anchorage side and at the Alyeska Highway junction in Girdwood.",
        "“It looked like a wall of white across the road, with trees sticking out of it,” said Marisol Bergstrom, a Girdwood baker who turned around at Bird Creek on her way to an early shift.",
        "The Alaska Railroad canceled its Sunday Glacier Discovery train, and Alyeska Resort told guests staying in Girdwood that the road would likely stay closed through the day.",
        "State avalanche crews planned to trigger loaded slopes above the highway with explosives dropped from a helicopter before plows could begin clearing the debris, DOT spokesperson Dana Whitcomb said.",
        "The Seward Highway is the only road link between Girdwood's roughly 2,000 residents and Anchorage. A slide near Bird Point closed it for two days in January 2000.",
    ]
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "An earlier version of this article gave the wrong location for the slide. It came down near milepost 96, not milepost 101."
        ],
    )
    notes = [
        Block(
            "update",
            "Updated at 10:15 a.m.",
            at(AKST, 6, 10, 15),
            None,
            [
                "Avalanche crews finished their blasting above Bird Point at 9:50 a.m., bringing two more small slides down onto the closed road. Plows are now working in from both ends."
            ],
        ),
        Block(
            "update",
            "Updated at 12:31 p.m.",
            at(AKST, 6, 12, 31),
            None,
            [
                "DOT says one lane could open to escorted traffic by late afternoon. Drivers should expect long waits at Potter Marsh and carry warm clothes, food and water."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Updated at 1:53 p.m.",
        at(AKST, 6, 13, 53),
        None,
        [
            "Troopers say the highway will open to a single lane of pilot-car traffic at 3 p.m., with convoys leaving Potter Marsh and Girdwood every 30 minutes until further notice."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f"<p><em>{e(b.label or '')}</em></p>\n<p>{e(b.paras[0])}</p>"
    corr.html = f"<p><em>{e(corr.paras[0])}</em></p>"
    modified = shown[-1].ts or published

    def note_like(line: str, text: str, kind: str) -> W:
        return W(f"<p><em>{e(line)}</em></p>\n<p>{e(text)}</p>", [text], kind)

    free = fall(ctx, 61, 4, 3)
    shelter = note_like(
        f"Shelter beds updated at {us(ctx.ago(2, 25))}",
        one(
            ctx,
            [
                f"Anchorage's cold-weather shelters have {free} beds open for tonight, including {free // 3} at the Sullivan Arena warming center. Call 211 for a ride.",
                f"Emergency cold-weather shelter: {free} of 450 beds still open tonight across Anchorage. Brother Francis Shelter has {free // 4} left. Call 211 for transport.",
            ],
        ),
        SHELTER,
    )
    gci = rise(ctx, 212, 17, 9)
    outage = note_like(
        f"Outage reports as of {us(ctx.ago(1, 12))}",
        one(
            ctx,
            [
                f"GCI customers in Girdwood and Indian have logged {gci} reports of mobile data and internet problems in the past hour; Alaska Communications lists {drift(ctx, 9, 4)}.",
                f"{gci} reports of GCI cell and internet trouble from Girdwood and Indian in the past hour, and {drift(ctx, 9, 4)} for Alaska Communications, according to user reports.",
            ],
        ),
        OUTAGE,
    )
    pools = note_like(
        f"Pool status updated at {us(ctx.ago(3, 40))}",
        one(
            ctx,
            [
                f"Bartlett Pool lap lanes are {drift(ctx, 45, 12)}% full; Service Pool is open for family swim until 4 p.m.; Dimond Pool is closed for maintenance.",
                f"Service Pool is {drift(ctx, 30, 10)}% full; Bartlett Pool lap lanes {drift(ctx, 45, 12)}% full; West High Pool family swim starts at 2 p.m.",
            ],
        ),
        POOL,
    )
    left = fall(ctx, 216, 3, 2)
    race = bp(
        "",
        f"Ski for Women, Feb. 7 at Kincaid Park: {num(1_500 - left + ctx.rng.randint(0, 3), ',')} skiers registered, {left} spots left. Registration closes Jan. 31.",
        RACE,
        lead="Race day:",
    )
    seats = fall(ctx, 38, 2, 2)
    tickets = bp(
        "",
        one(
            ctx,
            [
                f"“The Nutcracker” with Alaska Dance Theatre at the Atwood Concert Hall, 7 p.m. — {seats} seats left from $34.",
                f"Anchorage Concert Chorus “Messiah” sing-along, Discovery Theatre, 6:30 p.m. — {seats} seats left.",
            ],
        ),
        TICKETS,
        lead="Tonight's tickets:",
    )
    holes = rise(ctx, 184, 2, 1)
    pothole = bp(
        "",
        f"Potholes reported to the Municipality of Anchorage this week: {holes}. Fixed so far: {holes - drift(ctx, 53, 3)}. Report one with the Anchorage Fix-It app.",
        POTHOLE,
    )
    museum = bp(
        "",
        "Object of the day at the Anchorage Museum: a seismograph drum that recorded the 1964 Good Friday earthquake, on view in the Alaska Exhibition.",
        MUSEUM,
    )
    post = bp(
        "",
        "Holiday mailing deadlines from Alaska: Ground Advantage by Dec. 10, Priority Mail by Dec. 16, Priority Mail Express by Dec. 19.",
        POST,
    )

    units = [corr.html] + [f"<p>{e(p)}</p>" for p in body] + [b.html for b in shown]
    k = len(units)
    nb = 1 + len(body)
    story = weave(
        ctx,
        units,
        [
            (shelter, list(range(nb, k + 1)), 0.9),
            (outage, list(range(nb - 2, k + 1)), 0.85),
            (pools, list(range(3, k + 1)), 0.7),
            (race, list(range(2, nb)), 0.8),
            (tickets, list(range(nb - 1, k + 1)), 0.8),
            (pothole, [1, 4, nb, k], 0.75),
            (museum, list(range(2, k + 1)), 0.6),
            (post, [nb, k], 0.6),
        ],
    )
    main = f"""<main id="main" class="adn-main">
<article class="adn-article" data-story-id="2026120612">
<header class="adn-article__header"><p class="adn-article__section"><a href="/alaska-news/">Alaska News</a></p>
<h1 class="adn-article__headline">{e(headline)}</h1>
<p class="adn-article__dek">Troopers closed the road at Potter Marsh and Girdwood as crews waited to clear the slide.</p>
<div class="adn-article__byline">By <a href="/author/kenai-sorensen/">Kenai Sorensen</a></div>
<div class="adn-article__dates">Published December 6, 2026 · Updated {e(us(modified))}</div>
<figure class="adn-article__art"><img src="/resizer/v2/bird-point-avalanche.jpg" alt=""><figcaption>Snow and broken trees cover the Seward Highway near Bird Point on Sunday. (Alaska DOT&amp;PF photo)</figcaption></figure>
</header>
<div class="adn-article__body article-body">
{story}
</div>
{ad_slot("adn-ad", "Advertisement", "adn-inline-3")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="en-US",
        title=f"{headline} - Anchorage Daily News",
        canonical=url,
        prefix="adn",
        body_cls="adn-body adn-story",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Kenai Sorensen",
                    publisher=org("Anchorage Daily News", "https://www.adn.com"),
                    lang="en-US",
                    section="Alaska News",
                )
            )
        ],
        nav=mega_nav(
            "adn",
            "Anchorage Daily News",
            "/",
            ["Alaska News", "Politics", "Sports", "Outdoors", "Opinions", "Arts & Life"],
            _EN_SUBS,
        ),
        main=main,
        footer=big_footer(
            "adn",
            {
                "ADN": ["About us", "Contact", "Advertise", "Subscriber services", "e-Edition"],
                "Legal": ["Privacy policy", "Terms of use", "Ethics policy", "Corrections"],
            },
            "© 2026 Anchorage Daily News. All rights reserved.",
        ),
    )
    return Render(html, body, [corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Bristol Post / Bristol Live (+00:00), updates: bold "Update, Sunday 6 December, 8.47pm:" leads in
# plain <p> inside the story after paragraph 2, newest first; an italic "This story has been
# updated with …" line at the top and an italic bold "Editor's note:" at the bottom


def bristol(ctx: Ctx) -> Render:
    url = "https://www.bristolpost.co.uk/news/bristol-news/m32-closed-eastville-lorry-scaffolding-poles-10482217"
    headline = "M32 closed at Eastville after lorry sheds scaffolding poles across motorway"
    published = at(UK, 6, 17, 10)
    body = [
        "The M32 has been closed in both directions at Eastville after a lorry shed a load of scaffolding poles across the carriageway on Sunday evening.",
        "Avon and Somerset Police were called to the motorway between junctions 2 and 3 shortly before 5pm, after several cars were damaged by poles rolling across the outbound lanes.",
        "A man in his 50s was taken to Southmead Hospital with injuries that are not thought to be life-threatening, South Western Ambulance Service said.",
        "Traffic heading into the city centre is being diverted along Stapleton Road and Muller Road, and drivers have been warned to expect long delays around Eastville Park.",
        "“There were poles bouncing everywhere, it was like something out of a film,” said Jordan Okafor, who was driving home to Fishponds. “I don't know how nobody was killed.”",
        "National Highways said the motorway would stay shut while the barrier on the central reservation is checked for damage.",
    ]
    top = Block(
        "update",
        None,
        None,
        None,
        [
            "This story has been updated with a statement from National Highways and details of bus diversions."
        ],
    )
    notes = [
        Block(
            "update",
            "Update, Sunday 6 December, 8.47pm",
            at(UK, 6, 20, 47),
            None,
            [
                "Police say the lorry driver has been spoken to and the load is being recovered. The inbound carriageway is expected to stay closed for several more hours."
            ],
        ),
        Block(
            "update",
            "Update, Sunday 6 December, 6.20pm",
            at(UK, 6, 18, 20),
            None,
            [
                "The Airport Flyer and the number 48 bus are being sent away from the M32 via Stapleton Road, First West of England says."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update, Sunday 6 December, 10.52pm",
        at(UK, 6, 22, 52),
        None,
        [
            "The outbound carriageway has reopened, National Highways says. The inbound lanes towards the city centre will remain closed overnight for barrier repairs."
        ],
    )
    note = Block(
        "editors_note",
        "Editor's note",
        None,
        None,
        [
            "Bristol Live has chosen not to publish video of the crash sent in by readers because it shows people who were injured."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f"<p><strong>{e(b.label or '')}:</strong> {e(b.paras[0])}</p>"
    top.html = f"<p><em>{e(top.paras[0])}</em></p>"
    note.html = f"<p><em><strong>Editor's note:</strong> {e(note.paras[0])}</em></p>"
    modified = shown[0].ts or published

    beds = fall(ctx, 17, 1, 1)
    shelter = bp(
        "",
        one(
            ctx,
            [
                f"SWEP is active in Bristol tonight. St Anne's House and the Compass Centre have {beds} emergency beds left; use StreetLink to refer someone sleeping rough.",
                f"Bristol's severe weather emergency protocol is running tonight, with {beds} emergency beds still free. Refer anyone sleeping rough through StreetLink.",
            ],
        ),
        SHELTER,
        lead=f"Cold weather beds, {au(ctx.ago(2, 30))}:",
    )
    hygiene = bp(
        "",
        one(
            ctx,
            [
                "Eastville Kebab House, Fishponds Road, was rated 4 (good) after an inspection on December 1.",
                "Stapleton Road Café was given a 2 (improvement necessary) after inspectors visited on November 27.",
                "The Sunday Roast Co, Muller Road, keeps its 5 (very good) rating after an inspection on December 2.",
                "Lawrence Hill Chippy was rated 3 (generally satisfactory) after an inspection on November 30.",
            ],
        ),
        HYGIENE,
        lead="Food hygiene ratings:",
    )
    planning = bl(
        "bl-article__list",
        "bl-article__list-item",
        pick(
            ctx,
            [
                "14 Stapleton Road, Easton: change of use from shop to hot-food takeaway (26/04412/F)",
                "Eastville Park lido kiosk: new timber café with outdoor seating (26/04398/F)",
                "37 Muller Road, Horfield: two-storey rear extension and loft dormer (26/04457/H)",
                "Former bus depot, Lawrence Hill: 84 flats in three blocks of up to six storeys (26/04101/P)",
                "122 Fishponds Road: conversion of a house into five flats (26/04430/F)",
            ],
            3,
        ),
        PLANNING,
    )
    seats = fall(ctx, 26, 2, 2)
    tickets = bp(
        "",
        one(
            ctx,
            [
                f"Aladdin at the Bristol Hippodrome, Monday at 7pm — {seats} seats left from £19.50.",
                f"The Snow Queen at the Tobacco Factory Theatres, Tuesday at 6.30pm — {seats} seats left.",
            ],
        ),
        TICKETS,
        lead="Last tickets:",
    )
    ranks = board(
        ctx, ["RobinsRed", "GasHead1883", "EastvilleEd", "AshtonGateAl", "Memorial_Mo"], 212
    )
    tipping = bp(
        "",
        "After today's games: "
        + ", ".join(f"{i + 1}. {name} {pts} pts" for i, (name, pts) in enumerate(ranks))
        + ". Make your picks for Tuesday's round.",
        TIPPING,
        lead=f"Predictor league, {au(ctx.ago(1, 15))}:",
    )
    area = bp(
        "",
        "Want more stories from Easton, Eastville and Fishponds? Set your area and we will show you local news first.",
        AREA,
    )

    units = [top.html] + [f"<p>{e(p)}</p>" for p in body[:2]]
    units += [b.html for b in shown] + [f"<p>{e(p)}</p>" for p in body[2:]] + [note.html]
    k = len(units)
    nn = len(shown)
    story = weave(
        ctx,
        units,
        [
            (shelter, [*range(3, 4 + nn), k - 1, k], 0.9),
            (hygiene, list(range(4 + nn, k)), 0.85),
            (planning, list(range(5 + nn, k + 1)), 0.8),
            (tickets, list(range(2, k)), 0.8),
            (tipping, list(range(4, k + 1)), 0.75),
            (area, [1, k], 0.6),
        ],
    )
    main = f"""<main class="bl-main" role="main">
<article class="bl-article" data-article-id="10482217">
<header class="bl-article__header"><a class="bl-article__topic" href="/news/bristol-news/">Bristol News</a>
<h1 class="bl-article__title">{e(headline)}</h1>
<p class="bl-article__lead">One man was taken to hospital after poles rolled across the outbound lanes near junction 2.</p>
<div class="bl-article__author">By Priya Lambert, Live Reporter</div>
<div class="bl-article__time">17:10, 6 DEC 2026 · Updated {e(modified.strftime("%H:%M"))}, 6 DEC 2026</div>
<figure class="bl-article__image"><img src="/incoming/article10482219.ece/m32-eastville.jpg" alt=""><figcaption>Police at the closed M32 near Eastville on Sunday evening (Image: Bristol Live)</figcaption></figure>
</header>
<div class="bl-article__body article-body" itemprop="articleBody">
{story}
</div>
{ad_slot("bl-ad", "Advertisement", "div-gpt-ad-mpu-3")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="en-GB",
        title=f"{headline} - Bristol Live",
        canonical=url,
        prefix="bl",
        body_cls="bl-page bl-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Priya Lambert",
                    publisher=org("Bristol Live", "https://www.bristolpost.co.uk"),
                    lang="en-GB",
                    section="Bristol News",
                )
            )
        ],
        nav=mega_nav(
            "bl",
            "Bristol Live",
            "/",
            ["News", "Sport", "What's On", "Property", "Opinion", "Family Notices"],
            _EN_SUBS,
        ),
        main=main,
        footer=big_footer(
            "bl",
            {
                "Bristol Live": [
                    "Contact us",
                    "Advertise with us",
                    "Newsletters",
                    "Our journalists",
                ],
                "Legal": [
                    "Privacy notice",
                    "Terms and conditions",
                    "Corrections and clarifications",
                    "Cookie settings",
                ],
            },
            "© 2026 a Reach plc subsidiary.",
        ),
    )
    return Render(html, body, [top, *shown, note], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Brisbane Times (+10:00), live, newest first, <article> posts with <time> "7.48am" + <h3>; @graph
# with the NewsArticle first and a LiveBlogPosting


def bt(ctx: Ctx) -> Render:
    url = "https://www.brisbanetimes.com.au/national/queensland/brisbane-storm-live-ipswich-line-trains-suspended-40-000-without-power-20261207-p5qk3x.html"
    headline = "Brisbane storm live: Ipswich line trains suspended, 40,000 homes without power after overnight supercell"
    published = at(AEST, 7, 5, 5)
    cls = "bt-live__para"
    body = [
        "A supercell thunderstorm that tore across Brisbane's western suburbs overnight has brought down trees and power lines, leaving about 40,000 homes without electricity as the city heads into the Monday commute.",
        "Queensland Rail has suspended trains between Darra and Ipswich while crews clear debris from the tracks. We'll bring you the latest below.",
    ]
    specs = [
        (
            5,
            12,
            "Hailstones the size of golf balls",
            "The Bureau of Meteorology says hail up to 5cm fell at Oxley and Inala just after 2am, with a wind gust of 104km/h recorded at Archerfield.",
        ),
        (
            5,
            40,
            "Ipswich line suspended",
            "Queensland Rail says a tree is lying across the overhead wires near Goodna. Buses are replacing trains between Darra and Ipswich, adding up to an hour to trips.",
        ),
        (
            6,
            15,
            None,
            "Energex says about 40,000 homes and businesses are without power, mostly in Jindalee, Forest Lake and Springfield. Crews have been called in from the Gold Coast.",
        ),
        (
            6,
            52,
            "SES called out 600 times",
            "The State Emergency Service has had more than 600 calls for help since midnight, most of them for damaged roofs and fallen trees in the western suburbs.",
        ),
        (
            7,
            20,
            "Schools open, some without power",
            "The Department of Education says all state schools will open as normal, though two in Jindalee and Forest Lake are running without electricity.",
        ),
        (
            7,
            48,
            "Centenary Motorway reopened",
            "Transport and Main Roads says the inbound lanes of the Centenary Motorway at Jindalee have reopened after a fallen gum tree was cut up and removed.",
        ),
    ]
    entries = [
        Block("live_entry", au(at(AEST, 7, h, m)), at(AEST, 7, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "8.54am",
        at(AEST, 7, 8, 54),
        "Ipswich trains to resume by lunchtime",
        [
            "Queensland Rail says the overhead wires at Goodna have been repaired and services between Darra and Ipswich should resume before midday."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def post(label: str, ts: datetime, head: str | None, text: str, pid: str) -> str:
        hd = f'<h3 class="bt-post__title">{e(head)}</h3>' if head else ""
        return (
            f'<article class="bt-post" id="{pid}"><header class="bt-post__meta"><time class="bt-post__time" datetime="{ts.isoformat()}">{e(label)}</time></header>'
            f'{hd}<div class="bt-post__body"><p class="{cls}">{e(text)}</p></div></article>'
        )

    for b in shown:
        assert b.ts
        b.html = post(b.label or "", b.ts, b.head, b.paras[0], f"post-{b.ts.strftime('%H%M')}")
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 24)
        return W(
            post(au(t), t, title, text, f"promo-{ctx.rng.randint(100, 999)}"), [title, text], kind
        )

    pools = fake(
        one(ctx, ["Brisbane pools this morning", "Council pools: how busy are they?"]),
        one(
            ctx,
            [
                f"Spring Hill Baths open, {drift(ctx, 14, 6)}% full; Centenary Pool closed until 10am for storm clean-up; Ithaca Pool open, {drift(ctx, 10, 5)}% full. Updated {au(ctx.ago(2, 30))}.",
                f"Ithaca Pool {drift(ctx, 10, 5)}% full; Spring Hill Baths {drift(ctx, 14, 6)}% full; Jindalee Pool closed today after storm damage. Updated {au(ctx.ago(2, 30))}.",
            ],
        ),
        POOL,
    )
    outage = fake(
        one(ctx, ["Mobile outage reports", "Phone and internet outages"]),
        f"Telstra customers in Springfield and Forest Lake have logged {rise(ctx, 318, 21, 12)} reports of mobile problems in the past hour; Optus {drift(ctx, 41, 9)}, TPG {drift(ctx, 12, 5)}.",
        OUTAGE,
    )
    ranks = board(
        ctx, ["SandgateSlogger", "PaddoPete", "Wynnum_Wanderer", "GabbaGran", "OxleyOpener"], 48, 3
    )
    tipping = fake(
        "Brisbane Times cricket tipping",
        "Leaderboard after the weekend round: "
        + "; ".join(f"{name} {pts}" for name, pts in ranks)
        + ". Tips for the Boxing Day Test close on December 26.",
        TIPPING,
    )
    hygiene = bp(
        cls,
        one(
            ctx,
            [
                "Bean Counter Cafe, Jindalee, keeps 5 stars after its latest inspection; Oxley Noodle House has 3.",
                "Forest Lake Fish Bar has 4 stars after its November inspection; Inala Pho Corner has 5.",
                "Darra Bakehouse dropped to 2 stars at its latest inspection; Goodna Grill keeps 4.",
            ],
        ),
        HYGIENE,
        lead="Eat Safe Brisbane:",
    )
    left = fall(ctx, 582, 4, 3)
    race = bp(
        cls,
        f"Entries for the Twilight Fun Run at South Bank on January 16 have reached {num(3_000 - left + ctx.rng.randint(0, 2), ',')}, with {left} places left. Enter by January 9.",
        RACE,
    )
    gift = bp(
        cls,
        f"Subscribers can share 10 gift articles a month. You have {ctx.rng.randint(2, 9)} left. Gift this article to a friend.",
        GIFT,
    )
    area = bp(
        cls,
        "Get news from Jindalee, Oxley and Forest Lake first: choose your suburb in your account settings.",
        AREA,
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(hygiene, [0, 1, 2], 0.75), (gift, [2], 0.6), (area, [1, 2], 0.5)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (pools, list(range(0, n + 1)), 0.85),
            (outage, list(range(1, n + 1)), 0.85),
            (tipping, list(range(2, n + 1)), 0.7),
            (race, [0, n], 0.7),
        ],
    )
    publisher = org("Brisbane Times", "https://www.brisbanetimes.com.au")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Lydia Marsh",
        publisher=publisher,
        lang="en-AU",
        section="Queensland",
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="en-AU",
    )
    main = f"""<main id="content" class="bt-main">
<article class="bt-article bt-article--live">
<header class="bt-article__header"><p class="bt-article__kicker"><a href="/national/queensland">Queensland</a> · <span>Live</span></p>
<h1 class="bt-article__headline">{e(headline)}</h1>
<p class="bt-article__intro-deck">Trees and power lines down across the western suburbs; trains replaced by buses between Darra and Ipswich.</p>
<div class="bt-article__byline">By Lydia Marsh · <time datetime="{published.isoformat()}">December 7, 2026 — 5.05am</time> · Updated <time datetime="{modified.isoformat()}">{e(au(modified))}</time></div>
</header>
<section class="bt-live__intro">
{intro}
</section>
{ad_slot("bt-ad", "Advertisement", "ad-mrec-live-1")}
<div class="bt-live__stream" aria-live="polite">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="en-AU",
        title=f"{headline} | Brisbane Times",
        canonical=url,
        prefix="bt",
        body_cls="bt-page bt-page--liveblog",
        jsonld=[graph(article, live)],
        nav=mega_nav(
            "bt",
            "Brisbane Times",
            "/",
            ["Queensland", "National", "World", "Business", "Sport", "Culture"],
            _EN_SUBS,
        ),
        main=main,
        footer=big_footer(
            "bt",
            {
                "Brisbane Times": [
                    "About us",
                    "Contact us",
                    "Advertise",
                    "Newsletters",
                    "Today's Paper",
                ],
                "Legal": [
                    "Privacy policy",
                    "Conditions of use",
                    "Charter of editorial independence",
                    "Accessibility",
                ],
            },
            "© 2026 Nine Entertainment Co.",
        ),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "adn-anchorage-seward-highway-avalanche-bird-point-girdwood-cut-off",
        "Anchorage Daily News",
        "en",
        "updates",
        AKST,
        adn,
    ),
    Site(
        "bristolpost-m32-closed-eastville-lorry-scaffolding-poles",
        "Bristol Post (Bristol Live)",
        "en",
        "updates",
        UK,
        bristol,
    ),
    Site(
        "brisbanetimes-live-storm-ipswich-line-trains-suspended-power-out",
        "Brisbane Times",
        "en",
        "live",
        AEST,
        bt,
    ),
]
