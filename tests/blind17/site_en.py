"""English-language publishers: Vancouver Sun, The Salt Lake Tribune, The West Australian."""

from __future__ import annotations

from datetime import datetime

from fx import (
    APPEAL,
    CLOSINGS,
    CORRX,
    COUNTER,
    COURT,
    DISPATCH,
    FILM,
    FOODBANK,
    LETTERS,
    LIFTS,
    LIGHTS,
    SANTA,
    SCAM,
    WARDS,
    au,
    bl,
    bp,
    calls,
    drift,
    graph,
    ld,
    num,
    one,
    ranked,
    rise,
    turn,
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

PST = -8
MST = -7
AWST = 8

_EN_SUBS = [
    "Crime",
    "Traffic",
    "Weather",
    "Politics",
    "Schools",
    "Health",
    "Business",
    "Real Estate",
    "Courts",
    "Outdoors",
    "Opinion",
    "Obituaries",
]


def _legal(prefix: str, brand: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            brand: ["About us", "Contact us", "Advertise", "Newsletters", "e-Edition"],
            "Legal": ["Privacy policy", "Terms of use", "Accessibility", "Cookie settings"],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Vancouver Sun (-08:00), WordPress, updates: bare "Updated at 11:25 a.m." lines after the story,
# each followed by one or two plain paragraphs, oldest first; a bold "CORRECTION:" lead at the top.
# The body is split by a photo, an embedded post and an ad.


def vansun(ctx: Ctx) -> Render:
    url = "https://vancouversun.com/news/local-news/seabus-slams-into-lonsdale-quay-dock-14-injured"
    headline = (
        "SeaBus slams into Lonsdale Quay dock, injuring 14; service suspended across Burrard Inlet"
    )
    published = at(PST, 6, 8, 40)
    body = [
        "A SeaBus carrying about 120 passengers struck the terminal at Lonsdale Quay while docking on Sunday morning, injuring 14 people and forcing TransLink to suspend the passenger ferry service across Burrard Inlet.",
        "The Burrard Otter II hit the berth at about 7:50 a.m. on its first crossing of the day from Waterfront Station, TransLink spokesperson Gavin Ashworth said.",
        "B.C. Emergency Health Services said paramedics treated 14 people at the scene and took four of them to Lions Gate Hospital with injuries that were not considered life-threatening.",
        "“Everyone was standing up getting ready to get off, and then there was this bang and people just went flying,” said Renata Oyelaran, who was on her way to a shift at a North Vancouver café.",
        "TransLink has put on extra buses between Lonsdale Quay and downtown Vancouver via the Lions Gate Bridge, and says riders should allow an extra 30 minutes for their trips.",
        "The Transportation Safety Board of Canada said it is sending investigators to the terminal. The SeaBus is run by Coast Mountain Bus Company, a TransLink subsidiary.",
        "It is the first time a SeaBus has struck the Lonsdale Quay terminal since the service began in 1977, according to TransLink.",
    ]
    corr = Block(
        "correction",
        "CORRECTION",
        None,
        None,
        [
            "An earlier version of this story said the SeaBus was carrying about 200 passengers. TransLink says there were about 120 people on board."
        ],
    )
    notes = [
        Block(
            "update",
            "Updated at 11:25 a.m.",
            at(PST, 6, 11, 25),
            None,
            [
                "The Burrard Otter II has been towed away from the damaged berth, and the Burrard Pacific Breeze is being inspected so it can take over once the terminal is cleared.",
                "There is still no estimate for when sailings will resume.",
            ],
        ),
        Block(
            "update",
            "Updated at 1:10 p.m.",
            at(PST, 6, 13, 10),
            None,
            [
                "WorkSafeBC says it has opened its own investigation into the crash, alongside the Transportation Safety Board."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Updated at 2:54 p.m.",
        at(PST, 6, 14, 54),
        None,
        [
            "SeaBus sailings will restart at 5 p.m. using the Burrard Pacific Breeze, every 30 minutes from the undamaged berth at Lonsdale Quay, TransLink says."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f"<p>{e(b.label or '')}</p>\n" + "\n".join(f"<p>{e(p)}</p>" for p in b.paras)
    corr.html = f"<p><strong>{e(corr.label or '')}:</strong> {e(corr.paras[0])}</p>"
    modified = shown[-1].ts or published

    def note_like(line: str, text: str, kind: str) -> W:
        return W(f"<p>{e(line)}</p>\n<p>{e(text)}</p>", [text], kind)

    lifts_pool = [
        "Waterfront Station, elevator to the SeaBus terminal",
        "Lonsdale Quay, escalator from the bus loop",
        "Commercial–Broadway, elevator to the Millennium Line platform",
        "Burrard Station, down escalator at the Dunsmuir Street entrance",
        "Metrotown, elevator to the eastbound platform",
        "Joyce–Collingwood, up escalator",
    ]
    lifts = note_like(
        f"Elevator status updated at {us(ctx.ago(1, 14))}",
        f"Out of service: {'; '.join(pick(ctx, lifts_pool, 2))}. {drift(ctx, 139, 3)} of 143 SkyTrain elevators are running.",
        LIFTS,
    )
    scam_n = rise(ctx, 212, 9, 6)
    scam = note_like(
        f"Scam alert updated at {us(ctx.ago(2, 25))}",
        one(
            ctx,
            [
                f"Vancouver police say {scam_n} people have reported fake ICBC refund texts since Friday. ICBC never sends refunds by text message.",
                f"{scam_n} reports since Friday of texts claiming to offer an ICBC refund, Vancouver police say. Do not click the link.",
            ],
        ),
        SCAM,
    )
    route = [
        "West 4th Avenue at Balsam Street",
        "West 4th Avenue at Yew Street",
        "Cornwall Avenue at Arbutus Street",
        "Cornwall Avenue at Yew Street",
        "Kitsilano Beach Park",
        "West 2nd Avenue at Vine Street",
        "Point Grey Road at Macdonald Street",
    ]
    santa = bp(
        "",
        f"The Vancouver firefighters' Santa truck is on {route[ctx.n]}. "
        + one(
            ctx,
            [
                "Unwrapped toy donations are welcome at every stop.",
                "Bring an unwrapped toy for the firefighters' toy drive.",
            ],
        ),
        SANTA,
        lead=f"Santa's fire truck, {us(ctx.ago(1, 9))}:",
    )
    film = bp(
        "",
        "A TV series is filming on East Esplanade between Lonsdale Avenue and St. Georges Avenue on Monday and Tuesday. No parking from 6 a.m. to 11 p.m.",
        FILM,
        lead="Filming notice:",
    )
    corrx = bp(
        "",
        turn(
            ctx,
            [
                "A Dec. 4 story on the Pattullo Bridge replacement gave the wrong opening date. The new bridge is scheduled to open in 2027.",
                "A Dec. 3 story on Vancouver's empty homes tax misstated the rate. It is three per cent of assessed value.",
                "A Dec. 2 photo caption misspelled the name of a Burnaby school trustee. She is Harjeet Dosanjh-Kaur.",
                "A Nov. 30 story said Granville Island Public Market closes at 6 p.m. on Christmas Eve. It closes at 3 p.m.",
            ],
            "corrx",
        ),
        CORRX,
        lead="Corrections:",
    )
    counter = bp(
        "",
        f"Burrard Bridge bike counter: {num(rise(ctx, 2104, 31, 18), ',')} trips today as of {us(ctx.ago(1, 5))}, against 2,871 at the same time last Sunday.",
        COUNTER,
    )
    letters = bp(
        "",
        f"Canada Post's elves have answered {num(rise(ctx, 48211, 53, 40), ',')} letters to Santa from B.C. so far this season. Write to Santa Claus, North Pole, H0H 0H0 by Dec. 11 to get a reply.",
        LETTERS,
    )

    fig = (
        '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/12/seabus-lonsdale-1206.jpg" alt="" loading="lazy">'
        '<figcaption class="wp-element-caption">The Burrard Otter II at Lonsdale Quay after Sunday\'s crash. Photo by Ines Lachapelle /PNG</figcaption></figure>'
    )
    embed = (
        '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">'
        '<blockquote class="twitter-tweet" data-width="550"><p lang="en" dir="ltr">SeaBus is suspended until further notice. Bus 240 and extra buses are running between Lonsdale Quay and downtown. ^GA</p>'
        '— TransLink (@TransLink) <a href="https://twitter.com/TransLink/status/1997">December 6, 2026</a></blockquote></div></figure>'
    )
    ad = ad_slot("vs-ad", "Advertisement", "gpt-story-midarticle")
    units = [corr.html] + [f"<p>{e(p)}</p>" for p in body[:3]] + [fig]
    units += [f"<p>{e(p)}</p>" for p in body[3:5]] + [embed] + [f"<p>{e(p)}</p>" for p in body[5:]]
    units += [ad] + [b.html for b in shown]
    k = len(units)
    after = units.index(ad)
    story = weave(
        ctx,
        units,
        [
            (santa, list(range(2, k + 1)), 0.85),
            (lifts, list(range(after, k + 1)), 0.9),
            (scam, list(range(after - 2, k + 1)), 0.8),
            (film, [3, 6, after, k], 0.6),
            (corrx, [1, after - 1, after, k], 0.8),
            (counter, list(range(2, after)), 0.75),
            (letters, list(range(5, k + 1)), 0.7),
        ],
    )
    yoast = graph(
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": headline,
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "breadcrumb": {"@id": url + "#breadcrumb"},
        },
        news_article(
            headline=headline,
            url=url,
            published=published,
            modified=modified,
            author="Ines Lachapelle",
            publisher=org("Vancouver Sun", "https://vancouversun.com"),
            lang="en-CA",
            section="Local News",
        ),
        {
            "@type": "BreadcrumbList",
            "@id": url + "#breadcrumb",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "name": "News",
                    "item": "https://vancouversun.com/category/news/",
                },
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Local News",
                    "item": "https://vancouversun.com/category/news/local-news/",
                },
            ],
        },
    )
    main = f"""<div id="page" class="site">
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-2026120601" class="post-2026120601 post type-post status-publish format-standard has-post-thumbnail category-local-news">
<header class="entry-header article-header">
<div class="article-header__category"><a href="/category/news/local-news/" rel="category tag">Local News</a></div>
<h1 class="entry-title article-title">{e(headline)}</h1>
<p class="article-subtitle">TransLink has put on extra buses between North Vancouver and downtown while investigators look at the crash.</p>
<div class="article-header__detail"><span class="published-by">Author of the article: Ines Lachapelle</span>
<span class="published-date">Published <time class="entry-date published" datetime="{published.isoformat()}">Dec 06, 2026</time></span>
<span class="updated-date">Last updated <time class="updated" datetime="{modified.isoformat()}">{e(us(modified))}</time></span></div>
</header>
<figure class="featured-image"><img src="/wp-content/uploads/2026/12/seabus-terminal-1206.jpg" alt=""><figcaption>Passengers leave the Lonsdale Quay terminal after the crash on Sunday, Dec. 6, 2026.</figcaption></figure>
<section class="article-content">
<div class="article-content__content-group">
<div class="entry-content">
{story}
</div>
</div>
</section>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/translink/" rel="tag">TransLink</a>, <a href="/tag/seabus/" rel="tag">SeaBus</a></span></footer>
</article>
</main>
</div>
</div>"""
    html = shell(
        ctx,
        lang="en-CA",
        title=f"{headline} | Vancouver Sun",
        canonical=url,
        prefix="vs",
        body_cls="post-template-default single single-post postid-2026120601 single-format-standard",
        jsonld=[yoast],
        nav=mega_nav(
            "vs",
            "Vancouver Sun",
            "/",
            ["News", "Local News", "Sports", "Business", "Opinion", "Life"],
            _EN_SUBS,
        ),
        main=main,
        footer=_legal(
            "vs", "Vancouver Sun", "© 2026 Vancouver Sun, a division of Postmedia Network Inc."
        ),
        cms="wp",
    )
    return Render(html, body, [corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Salt Lake Tribune (-07:00), Arc-like, updates: bold "2:35 p.m. update:" leads in the body's
# paragraph class at the top, newest first; an italic "Editor's note:" at the bottom. The body is
# split by an ad, a photo and a video.


def sltrib(ctx: Ctx) -> Render:
    url = "https://www.sltrib.com/news/2026/12/06/i-80-closed-through-parleys/"
    headline = "I-80 closed through Parleys Canyon after jackknifed semis block both directions in winter storm"
    published = at(MST, 6, 10, 15)
    cls = "c-paragraph"
    body = [
        "Interstate 80 was closed in both directions through Parleys Canyon on Sunday after several semitrailers jackknifed on snow-packed lanes near Lambs Canyon, stranding hundreds of drivers between Salt Lake City and Park City.",
        "The Utah Highway Patrol said the first truck slid across the eastbound lanes at about 9:20 a.m., and two more semis and at least a dozen cars piled up behind it within minutes.",
        "Three people were taken to University of Utah Hospital with minor injuries, according to Unified Fire Authority Capt. Marisa Quintanar.",
        "“We went from 60 miles an hour to a dead stop, and then the whole road was just sideways trucks,” said Devon Akerlund, who was driving back to Salt Lake City from a ski weekend in Park City.",
        "The Utah Department of Transportation urged drivers heading to Summit County to use U.S. 40 and Interstate 84 through Echo Canyon, and said chain restrictions were in effect for commercial vehicles.",
        "The National Weather Service in Salt Lake City said 8 to 14 inches of snow had fallen in the Wasatch Mountains since Saturday night, with more expected through Monday morning.",
        "UDOT spokesperson Kira Whitehorse said crews would not start towing the trucks until the snow eased, and that the canyon could stay closed into the evening.",
    ]
    notes = [
        Block(
            "update",
            "2:35 p.m. update",
            at(MST, 6, 14, 35),
            None,
            [
                "UHP says the westbound lanes could reopen by 5 p.m. once the last of the three semis is pulled upright. Eastbound lanes will stay closed longer."
            ],
        ),
        Block(
            "update",
            "1:20 p.m. update",
            at(MST, 6, 13, 20),
            None,
            [
                "Tow crews have reached the trucks near Lambs Canyon. Troopers are walking stranded drivers back to their cars in groups and escorting them down to Mountain Dell."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "3:53 p.m. update",
        at(MST, 6, 15, 53),
        None,
        [
            "Westbound I-80 has reopened through Parleys Canyon, UHP says. Eastbound traffic is still being held at Foothill Drive while crews clear the last semi."
        ],
    )
    note = Block(
        "editors_note",
        "Editor's note",
        None,
        None,
        [
            "A Salt Lake Tribune photographer was among the drivers stuck in the canyon on Sunday and took some of the photos used in this story."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}" data-type="text"><b>{e(b.label or "")}:</b> {e(b.paras[0])}</p>'
    note.html = f'<p class="{cls}" data-type="text"><i>Editor\'s note: {e(note.paras[0])}</i></p>'
    modified = shown[0].ts or published

    call_pool = [
        "vehicle slide-off, I-215 at 3300 South",
        "medical, 2100 South and 1300 East",
        "gas odor, Sugar House Park pavilion",
        "vehicle fire, Foothill Drive at Parleys Way",
        "fall on ice, Millcreek Canyon Road",
        "power line down, 4500 South and Highland Drive",
        "carbon monoxide alarm, Emigration Canyon",
        "rollover, Mountain Dell golf course exit",
    ]
    dispatch = bp(
        cls,
        "; ".join(calls(ctx, call_pool, 3, us)) + ".",
        DISPATCH,
        lead=f"{us(ctx.ago(1, 6))} Unified Fire calls:",
        tag="b",
    )
    closing_pool = [
        "Park City School District: closed",
        "Summit County offices: opening at 10",
        "Wasatch County School District: two-hour delay",
        "Park City Library: closed",
        "North Summit School District: closed",
        "Kimball Art Center: closed",
        "Heber Valley senior center: closed",
        "Utah State University Summit campus: classes online",
    ]
    closings = bp(
        cls,
        ". ".join(ctx.rng.sample(closing_pool, 2 + min(ctx.n, 4)))
        + ". Full list at sltrib.com/closings.",
        CLOSINGS,
        lead=f"Monday closings, updated {us(ctx.ago(1, 12))}:",
        tag="b",
    )
    wards = bp(
        cls,
        f"Intermountain Health is limiting visits at LDS Hospital and St. Mark's to two healthy adults per patient because of flu and RSV. Units closed to visitors: {' and '.join(pick(ctx, ['pediatrics', 'the newborn ICU', 'oncology', 'the transplant unit', 'the burn unit'], 2))}. Updated {us(ctx.ago(3, 40))}",
        WARDS,
        lead="Visitor restrictions:",
        tag="b",
    )
    votes = ranked(
        ctx,
        [
            "the Eccles house in Holladay",
            "Candy Cane Lane in Sugar House",
            "the Parleys Way light tunnel",
            "Christmas Street in Draper",
            "Fairmont Park's tree walk",
        ],
        612,
    )
    lights = bp(
        cls,
        "Readers' top picks so far: "
        + ", ".join(f"{i + 1}. {name} ({v} votes)" for i, (name, v) in enumerate(votes))
        + ". Voting ends Dec. 18.",
        LIGHTS,
        lead="Light displays:",
        tag="b",
    )
    corrx = bp(
        cls,
        turn(
            ctx,
            [
                "A Dec. 3 story about the S-Line streetcar in Sugar House misstated the cost of the extension. It is $47 million.",
                "A Dec. 2 story about the Utah Legislature's housing bill gave the wrong sponsor. The bill is sponsored by Sen. Dalene Orcutt.",
                "A Nov. 29 photo caption misidentified the Cottonwood Heights skating rink. It is the Cottonwood Heights Recreation Center rink.",
                "A Dec. 1 story said the Great Salt Lake was at its lowest level since 2022. It was the lowest since 2023.",
            ],
            "corrx",
        ),
        CORRX,
        lead="Corrections and clarifications:",
        tag="b",
    )
    appeal = bp(
        cls,
        one(
            ctx,
            [
                f"Unified Police are asking for help finding Harold Benally, 79, who walked away from a care home in Millcreek on Saturday. He was last seen near 3900 South and Highland Drive. Posted {us(ctx.ago(20, 90))}",
                f"Police in Murray are looking for witnesses to a hit-and-run on State Street at 5300 South on Friday night. Call 801-264-2673. Posted {us(ctx.ago(20, 90))}",
                f"Have you seen Kaylee Draper, 15? She was last seen leaving Highland High School on Friday afternoon. Call Salt Lake City police at 801-799-3000. Posted {us(ctx.ago(20, 90))}",
            ],
        ),
        APPEAL,
    )
    food = bl(
        "c-unordered-list",
        "c-list-item",
        [
            turn(
                ctx,
                [
                    "Utah Food Bank needs: canned tuna and chicken",
                    "Utah Food Bank needs: peanut butter in plastic jars",
                    "Utah Food Bank needs: boxed cereal and oatmeal",
                ],
                "food1",
            ),
            turn(
                ctx,
                [
                    "Drop off at any Smith's or Harmons store through Dec. 24",
                    "Donations are matched two-for-one until midnight Monday",
                    "Volunteer shifts open at the Salt Lake warehouse this week",
                    "Drop-off bins are at all Salt Lake County libraries",
                ],
                "food2",
            ),
        ],
        FOODBANK,
    )

    fig = (
        '<figure class="c-media-item"><img class="c-image" src="/resizer/v2/parleys-semis-1206.jpg" alt="">'
        '<figcaption class="c-media-item__caption">Semitrailers block eastbound I-80 near Lambs Canyon on Sunday. (Utah Highway Patrol)</figcaption></figure>'
    )
    video = (
        '<div class="c-video-embed" data-video-id="b7e1a0"><div class="c-video-embed__player" data-aspect="16:9"></div>'
        '<p class="c-video-embed__title">Video: Traffic backs up at the mouth of Parleys Canyon</p></div>'
    )
    ad = ad_slot("b-ad", "Advertisement", "arcad-inline-1")
    units = [b.html for b in shown] + [
        f'<p class="{cls}" data-type="text">{e(p)}</p>' for p in body[:2]
    ]
    units += [ad] + [f'<p class="{cls}" data-type="text">{e(p)}</p>' for p in body[2:4]] + [fig]
    units += [f'<p class="{cls}" data-type="text">{e(p)}</p>' for p in body[4:6]] + [video]
    units += [f'<p class="{cls}" data-type="text">{e(p)}</p>' for p in body[6:]] + [note.html]
    k = len(units)
    nn = len(shown)
    story = weave(
        ctx,
        units,
        [
            (dispatch, list(range(0, nn + 4)), 0.9),
            (closings, [*range(1, nn + 1), nn + 3, k - 1], 0.85),
            (wards, list(range(nn + 2, k + 1)), 0.75),
            (lights, list(range(nn + 4, k + 1)), 0.7),
            (corrx, [k - 1, k, nn, nn + 1], 0.8),
            (appeal, list(range(nn + 1, k)), 0.75),
            (food, list(range(nn + 3, k + 1)), 0.65),
        ],
    )
    main = f"""<div id="fusion-app" class="fusion-app">
<div class="b-single-column-regular">
<header class="b-single-column-regular__navigation"></header>
<main class="b-single-column-regular__main">
<div class="b-article-header">
<div class="c-overline"><a href="/news/">News</a></div>
<h1 class="b-headline c-heading">{e(headline)}</h1>
<h2 class="b-subheadline">Drivers were stuck for hours between Salt Lake City and Park City as tow crews waited for the snow to ease.</h2>
<div class="b-byline"><span class="c-attribution">By <a href="/author/noor-halvorsen/">Noor Halvorsen</a></span></div>
<div class="b-date"><time datetime="{published.isoformat()}">Published Dec. 6, 2026, 10:15 a.m.</time> | <span>Updated {e(us(modified))}</span></div>
</div>
<div class="b-lead-art"><figure class="c-media-item"><img class="c-image" src="/resizer/v2/parleys-lead-1206.jpg" alt=""><figcaption class="c-media-item__caption">Stranded drivers wait on I-80 in Parleys Canyon on Sunday. (Rick Egan | The Salt Lake Tribune)</figcaption></figure></div>
<div class="b-article-body">
<article class="article-body-wrapper">
{story}
</article>
</div>
</main>
</div>
</div>"""
    html = shell(
        ctx,
        lang="en-US",
        title=f"{headline} | The Salt Lake Tribune",
        canonical=url,
        prefix="slt",
        body_cls="slt-body",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Noor Halvorsen",
                    publisher=org("The Salt Lake Tribune", "https://www.sltrib.com"),
                    lang="en-US",
                    section="News",
                )
            )
        ],
        nav=mega_nav(
            "slt",
            "The Salt Lake Tribune",
            "/",
            ["News", "Politics", "Religion", "Sports", "Opinion", "Artsliving"],
            _EN_SUBS,
        ),
        main=main,
        footer=_legal("slt", "The Tribune", "© 2026 The Salt Lake Tribune. All rights reserved."),
        cms="arc",
    )
    return Render(html, body, [*shown, note], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The West Australian (+08:00), custom React markup with hashed class names, live, newest first:
# <article> posts with <time> "5.48am" + <h2>; @graph with the NewsArticle first and a
# LiveBlogPosting


def thewest(ctx: Ctx) -> Render:
    url = "https://thewest.com.au/news/bushfires/roleystone-bushfire-live-emergency-warning-perth-hills-c-20261207"
    headline = "Roleystone bushfire LIVE: Emergency warning for Perth Hills as blaze jumps Brookton Highway"
    published = at(AWST, 7, 1, 30)
    cls = "css-1ujbq5s"
    body = [
        "An out-of-control bushfire in the Perth Hills has jumped Brookton Highway overnight, prompting an emergency warning for parts of Roleystone, Karragullen and Bedfordale.",
        "More than 150 firefighters and six water bombers are working to protect homes as the blaze burns towards the Canning River. Follow our live coverage below.",
    ]
    specs = [
        (
            2,
            10,
            "Fire started near Croyden Road",
            "DFES says the fire was reported just before 11pm on Sunday near Croyden Road and quickly spread through dry bush in strong easterly winds.",
        ),
        (
            2,
            55,
            "Evacuation centre opens in Armadale",
            "The City of Armadale has opened an evacuation centre at the Armadale Arena on Champion Drive. Residents are urged to bring medication and pets.",
        ),
        (
            3,
            40,
            None,
            "Brookton Highway is closed between Albany Highway and Canning Mills Road. Main Roads WA says drivers should avoid the area.",
        ),
        (
            4,
            25,
            "Emergency warning issued",
            "The alert level has been raised to an emergency warning for residents south of Brookton Highway in Roleystone and Karragullen. It is too late to leave.",
        ),
        (
            5,
            5,
            "Water bombers take off",
            "Six water bombers and the large air tanker have started dropping retardant along the fire's southern edge as the sun rises over the Darling Range.",
        ),
        (
            5,
            48,
            "Premier to visit fire ground",
            "The Premier's office says he will visit the incident control centre in Armadale later this morning and speak to reporters at 10am.",
        ),
    ]
    entries = [
        Block("live_entry", au(at(AWST, 7, h, m)), at(AWST, 7, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "6.54am",
        at(AWST, 7, 6, 54),
        "Wind change expected by midday",
        [
            "The Bureau of Meteorology says a south-westerly change should reach the Perth Hills around midday, which could push the fire back towards the north-east."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def post(label: str, ts: datetime, head: str | None, text: str, pid: str) -> str:
        hd = f'<h2 class="css-9k1t3w">{e(head)}</h2>' if head else ""
        return (
            f'<article class="css-7kq2f1" data-testid="blog-post" id="{pid}"><div class="css-w5m0ek">'
            f'<time class="css-h2u9c0" datetime="{ts.isoformat()}">{e(label)}</time></div>'
            f'<div class="css-f8r7pd">{hd}<p class="{cls}">{e(text)}</p></div></article>'
        )

    for b in shown:
        assert b.ts
        b.html = post(b.label or "", b.ts, b.head, b.paras[0], f"post-{b.ts.strftime('%H%M')}")
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 26)
        return W(
            post(au(t), t, title, text, f"post-x{ctx.rng.randint(100, 999)}"), [title, text], kind
        )

    votes = ranked(
        ctx,
        [
            "Crestwood Drive, Thornlie",
            "the Christmas Lane houses in Byford",
            "Lake Monger Drive, Wembley",
            "Clementine Boulevard, Secret Harbour",
            "Honeysuckle Way, Ellenbrook",
        ],
        1204,
    )
    lights = fake(
        one(ctx, ["Perth's best Christmas lights", "Vote: best lights in the suburbs"]),
        "Leading the reader vote this morning: "
        + ", ".join(f"{name} ({v} votes)" for name, v in votes)
        + ". Voting closes December 18.",
        LIGHTS,
    )
    wards = fake(
        "Hospital visiting restrictions",
        f"WA Health says {' and '.join(pick(ctx, ['ward 6B at Fiona Stanley', 'ward 4H at Royal Perth', 'two wards at Armadale Health Service', 'the aged care unit at Rockingham General', 'ward 7A at Sir Charles Gairdner'], 2))} are closed to visitors because of gastro. Updated {au(ctx.ago(5, 50))}.",
        WARDS,
    )
    scam_n = rise(ctx, 418, 13, 9)
    scam = fake(
        one(ctx, ["ScamNet warning", "Scam alert: fake toll texts"]),
        f"WA ScamNet has had {scam_n} reports since Friday of text messages asking drivers to pay an overdue toll. WA has no toll roads, so delete the message.",
        SCAM,
    )
    appeal = fake(
        one(ctx, ["Police appeal", "Have you seen them?"]),
        one(
            ctx,
            [
                "Police are searching for Mandurah teenager Jayden Corrie, 14, who has not been seen since Saturday afternoon. He may be in the Rockingham area.",
                "WA Police want to speak to two men seen near a burnt-out car on Nicholson Road, Canning Vale, on Friday night. Call Crime Stoppers on 1800 333 000.",
                "Dorothy Vane, 81, of Kalamunda, was last seen on Sunday evening driving a silver Toyota Corolla. Police are concerned for her welfare.",
            ],
        ),
        APPEAL,
    )
    court = fake(
        "In court today",
        turn(
            ctx,
            [
                "A 34-year-old Kelmscott man will appear in Armadale Magistrates Court charged with stealing copper cable from a Western Power substation.",
                "A Balcatta woman, 52, is due to be sentenced in the District Court for defrauding a Subiaco charity of $210,000.",
                "Two teenagers will face the Perth Children's Court over a crash in a stolen car on Great Eastern Highway in October.",
                "A Bunbury man, 41, will apply for bail in the Supreme Court after being charged over a boat-ramp assault in Mandurah.",
                "A Cannington tradie is due to plead to dangerous driving over a crash at the Roe Highway on-ramp in September.",
                "A former Claremont bar manager will be sentenced for selling alcohol to minors at a schoolies party.",
                "A Midland man, 29, will appear charged with setting fire to a Swan View bus shelter last month.",
            ],
            "court",
        ),
        COURT,
    )
    letters = bp(
        cls,
        f"Australia Post's Santa Mail team has answered {num(rise(ctx, 21880, 37, 25), ',')} letters from WA kids so far. Post yours by December 11 to get a reply from the North Pole.",
        LETTERS,
    )
    food = bp(
        cls,
        turn(
            ctx,
            [
                "long-life milk, tinned tomatoes and nappies (sizes 4 and 5)",
                "breakfast cereal, canned tuna and toothpaste",
                "pasta sauce, rice and sanitary products",
                "peanut butter, canned soup and baby formula",
            ],
            "food",
        )
        + ". Drop-off at Perth Airport and all Woolworths stores.",
        FOODBANK,
        lead="Foodbank WA needs this week:",
    )

    intro = weave(
        ctx,
        [f'<p class="{cls}">{e(p)}</p>' for p in body],
        [(letters, [0, 1, 2], 0.7), (food, [1, 2], 0.7)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (lights, list(range(0, n + 1)), 0.85),
            (wards, list(range(1, n + 1)), 0.8),
            (scam, list(range(0, n + 1)), 0.85),
            (appeal, list(range(2, n + 1)), 0.7),
            (court, list(range(0, n)), 0.75),
        ],
    )
    publisher = org("The West Australian", "https://thewest.com.au")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Kirra Whitlock",
        publisher=publisher,
        lang="en-AU",
        section="Bushfires",
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
    main = f"""<div id="root"><div class="css-1d3w5wq"><div class="css-tv2lx0">
<main class="css-12zk7rs" id="main-content">
<div class="css-y6yb5b"><div class="css-0">
<article class="css-18kd3pa" data-testid="article">
<header class="css-kq2f0e"><a class="css-1r4r3a7" href="/news/bushfires">Bushfires</a>
<h1 class="css-1hd5fnb" data-testid="article-headline">{e(headline)}</h1>
<p class="css-p4r1bs">Residents south of Brookton Highway told it is too late to leave as water bombers work the fire's southern edge.</p>
<div class="css-1ebrrqt"><span>Kirra Whitlock</span><span class="css-1l5wfq4">The West Australian</span>
<time datetime="{published.isoformat()}">Mon, 7 December 2026 1:30AM</time> · <span>Updated {e(au(modified))}</span></div>
</header>
<div class="css-lqh1w7" data-testid="blog-intro">
{intro}
</div>
{ad_slot("css-ad1x", "Advertisement", "tw-mrec-1")}
<div class="css-zx2kq8" data-testid="blog-feed">
{feed}
</div>
</article>
</div></div>
</main>
</div></div></div>"""
    html = shell(
        ctx,
        lang="en-AU",
        title=f"{headline} | The West Australian",
        canonical=url,
        prefix="tw",
        body_cls="tw-app",
        jsonld=[graph(article, live)],
        nav=mega_nav(
            "tw",
            "The West Australian",
            "/",
            ["News", "Sport", "Business", "Opinion", "Lifestyle", "Regional"],
            _EN_SUBS,
        ),
        main=main,
        footer=_legal("tw", "The West", "© 2026 West Australian Newspapers Limited."),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "vancouversun-seabus-hits-lonsdale-quay-dock-14-injured-service-suspended",
        "Vancouver Sun (CA)",
        "en",
        "updates",
        PST,
        vansun,
    ),
    Site(
        "sltrib-i80-parleys-canyon-closed-jackknifed-semis-winter-storm",
        "The Salt Lake Tribune (US)",
        "en",
        "updates",
        MST,
        sltrib,
    ),
    Site(
        "thewest-live-roleystone-bushfire-emergency-warning-brookton-highway",
        "The West Australian (AU)",
        "en",
        "live",
        AWST,
        thewest,
    ),
]
