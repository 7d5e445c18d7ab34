"""English-language publishers: Honolulu Star-Advertiser, NZ Herald, Yorkshire Post."""

from __future__ import annotations

from fx import (
    APP,
    AUCTION,
    COMMENT,
    COUNTDOWN,
    DONATE,
    ER,
    FLIGHTS,
    HOMES,
    JOBS,
    RADIO,
    SKY,
    TIDES,
    WORD,
    au,
    bl,
    bp,
    drift,
    graph,
    key_points,
    ld,
    num,
    one,
    pl,
    rise,
    soon,
    us,
    xmas,
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

HST = -10
NZDT = 13
UK = 0

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
    "Travel",
    "Opinion",
    "Obituaries",
]


# ---------------------------------------------------------------------------------------------
# Honolulu Star-Advertiser (-10:00), updates: bold "UPDATE 11:20 a.m.:" leads in plain <p> at the
# top, newest first; an italic "This story has been updated with …" line at the bottom


def star(ctx: Ctx) -> Render:
    url = "https://www.staradvertiser.com/2026/12/06/breaking-news/rockfall-closes-pali-highway-in-both-directions/"
    headline = (
        "Rockfall closes Pali Highway in both directions; Kailua-bound traffic sent to the Likelike"
    )
    published = at(HST, 6, 7, 48)
    body = [
        "Boulders the size of washing machines tumbled onto the Pali Highway early Sunday, closing the main route between Honolulu and Windward Oahu in both directions just below the Pali tunnels.",
        "The state Department of Transportation said the rocks came down shortly after 5:30 a.m. across the Kailua-bound lanes near the Old Pali Road hairpin, after a night of heavy rain on the Koolau range.",
        '"I heard something like thunder, and then the road in front of me was covered," said Keoni Alapa of Kaneohe, who was driving to his job at a Waikiki hotel. "I just stopped and backed up."',
        "No injuries were reported. Honolulu police closed the highway at Waokanaka Street on the town side and at Kamehameha Highway on the Windward side.",
        "Drivers headed for Kailua and Kaneohe were sent to the Likelike Highway and H-3, where traffic was heavy through the morning as shoppers and churchgoers made their way across the island.",
        "DOT geologists flew a drone over the slope above the highway to look for loose rock before crews could begin clearing the lanes, spokesperson Lani Matsumura said.",
        "The Pali Highway was closed for more than a week in 2019 after a similar slide, and the state has since spent $34 million on rockfall netting along the route.",
    ]
    notes = [
        Block(
            "update",
            "UPDATE 11:20 a.m.",
            at(HST, 6, 11, 20),
            None,
            [
                "Crews have cleared one Honolulu-bound lane, which reopened at 11:05 a.m. with police escorts. The Kailua-bound lanes remain closed."
            ],
        ),
        Block(
            "update",
            "UPDATE 9:25 a.m.",
            at(HST, 6, 9, 25),
            None,
            [
                "TheBus says routes 56, 57 and 67 are being detoured via the Likelike Highway, adding about 20 minutes to trips between Kailua and downtown."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "UPDATE 12:53 p.m.",
        at(HST, 6, 12, 53),
        None,
        [
            "The DOT says the Kailua-bound lanes will stay closed overnight so contractors can hang temporary netting. The single Honolulu-bound lane will close again at 8 p.m."
        ],
    )
    updated = Block(
        "update",
        None,
        None,
        None,
        [
            "This story has been updated with comment from TheBus and the state Department of Transportation."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f"<p><strong>{e(b.label or '')}:</strong> {e(b.paras[0])}</p>"
    updated.html = f"<p><em>{e(updated.paras[0])}</em></p>"
    modified = shown[0].ts or published

    stamp = ctx.ago(2, 30)
    castle = drift(ctx, 50, 15)
    queens = drift(ctx, 150, 30)
    er = bp(
        "",
        one(
            ctx,
            [
                f"Adventist Health Castle in Kailua estimates {castle} minutes to see a provider; The Queen's Medical Center in Honolulu, {queens // 60} hr {queens % 60} min.",
                f"Castle Medical Center, Kailua, {castle} min; Queen's, Punchbowl, {queens // 60} hr {queens % 60} min; Kuakini, {drift(ctx, 40, 12)} min.",
            ],
        ),
        ER,
        lead=f"ER WAITS {us(stamp)}:",
    )
    spots = pick(
        ctx,
        [
            f"North Shore {drift(ctx, 14, 2)} to {drift(ctx, 18, 2)} feet",
            f"Windward shores {drift(ctx, 5, 1)} to {drift(ctx, 7, 1)} feet",
            f"South shores {drift(ctx, 2, 1)} to {drift(ctx, 4, 1)} feet",
            f"West shores {drift(ctx, 8, 1)} to {drift(ctx, 11, 1)} feet",
        ],
        2,
    )
    surf = bp(
        "",
        f"{spots[0]}; {spots[1]}. High tide at Honolulu Harbor 2:14 p.m. (1.8 ft), low tide 8:31 p.m. Surf report updated {us(ctx.ago(3, 50))}",
        TIDES,
        lead="SURF & TIDES:",
    )
    likes = rise(ctx, 180, 11, 8)
    comment = bp(
        "",
        one(
            ctx,
            [
                f'"Every big rain the Pali lets go. Thirty-four million for netting and we still get boulders on the road." — kailuaboy808 · {likes} likes',
                f'"Drove the Likelike at 7, bumper to bumper from Kaneohe. Open the old road for emergencies!" — WindwardMom · {likes} likes',
                f'"Mahalo to the DOT crews out there in the rain. Slow down and be safe, everybody." — Auntie_Lei · {likes} likes',
            ],
        ),
        COMMENT,
        lead="Top comment:",
    )
    homes = bl(
        "",
        "",
        pick(
            ctx,
            [
                "Open house, Kailua: 3-bed, 2-bath single-family home near Kawainui Marsh, $1,395,000",
                "Open house, Kaneohe: 4-bed, 3-bath with Koolau mountain views, $1,189,000",
                "Open house, Nuuanu: 2-bed, 2-bath townhome off the Pali Highway, $829,000",
                "Open house, Enchanted Lake: 3-bed, 2-bath with a two-car garage, $1,249,000",
                "Open house, Manoa: 3-bed, 1.5-bath post-war home on a quiet lane, $1,310,000",
            ],
            3,
        ),
        HOMES,
    )
    app = bp(
        "",
        f"Get breaking news alerts in the Star-Advertiser app, rated 4.6 by {num(drift(ctx, 8_112, 14), ',')} readers.",
        APP,
    )
    sky = bp(
        "",
        one(
            ctx,
            [
                f"Tonight's sky over Oahu: the International Space Station passes overhead at 6:{ctx.rng.randint(38, 47)} p.m., rising in the northwest and visible for about four minutes.",
                "Tonight's sky: Jupiter rises in the east soon after sunset, and the Geminid meteor shower builds toward its peak next weekend.",
                "Tonight's sky: look for the waning moon rising over the Koolau range at 11:40 p.m., with Saturn low in the southwest after dusk.",
            ],
        ),
        SKY,
    )

    units = [b.html for b in shown] + [f"<p>{e(p)}</p>" for p in body] + [updated.html]
    k = len(units)
    n_notes = len(shown)
    story = weave(
        ctx,
        units,
        [
            (er, list(range(1, n_notes + 1)) + list(range(n_notes + 2, k - 2)), 0.9),
            (surf, list(range(n_notes + 3, k)), 0.85),
            (comment, list(range(n_notes + 4, k + 1)), 0.8),
            (homes, list(range(n_notes + 2, k - 1)), 0.8),
            (sky, [k - 1, k], 0.75),
            (app, [0, k], 0.7),
        ],
    )
    main = f"""<main id="main" class="site-main">
<article class="hsa-story post type-post">
<header class="hsa-story__header"><p class="hsa-story__kicker"><a href="/category/breaking-news/">Breaking News</a></p>
<h1 class="hsa-story__title">{e(headline)}</h1>
<div class="hsa-story__byline">By <a href="/author/dana-kealoha/">Dana Kealoha</a></div>
<div class="hsa-story__dates">Posted December 6, 2026, {e(us(published))} · Last updated December 6, 2026, {e(us(modified))}</div>
<figure class="hsa-story__photo"><img src="/wp-content/uploads/2026/12/web1_pali-rockfall.jpg" alt=""><figcaption>Boulders cover the Kailua-bound lanes of the Pali Highway near the Old Pali Road hairpin. STAR-ADVERTISER</figcaption></figure>
</header>
<div id="hsa-paywall-content" class="hsa-story__content">
{story}
</div>
{ad_slot("hsa-ad", "Advertisement", "div-gpt-ad-story-2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="en-US",
        title=f"{headline} | Honolulu Star-Advertiser",
        canonical=url,
        prefix="hsa",
        body_cls="post-template-default single single-post",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Dana Kealoha",
                    publisher=org("Honolulu Star-Advertiser", "https://www.staradvertiser.com"),
                    lang="en-US",
                    section="Breaking News",
                )
            )
        ],
        nav=mega_nav(
            "hsa",
            "Honolulu Star-Advertiser",
            "/",
            ["Hawaii News", "Sports", "Business", "Features", "Editorial", "Obituaries"],
            _EN_SUBS,
        ),
        main=main,
        footer=big_footer(
            "hsa",
            {
                "Star-Advertiser": [
                    "About Us",
                    "Contact Us",
                    "Advertise",
                    "Subscriber Services",
                    "E-Edition",
                ],
                "Legal": ["Privacy Policy", "Terms of Service", "Corrections", "Site Map"],
            },
            "© 2026 Oahu Publications Inc. All rights reserved.",
        ),
    )
    return Render(html, body, [*shown, updated], genuine, modified)


# ---------------------------------------------------------------------------------------------
# NZ Herald (+13:00), live, newest first, <div> posts with <time> "6.42am" + <h3>; @graph with the
# NewsArticle first and a LiveBlogPosting


def nzh(ctx: Ctx) -> Render:
    url = "https://www.nzherald.co.nz/nz/live-auckland-gales-harbour-bridge-lanes-closed-power-cuts-north-shore/K7QW3RZ5JBD2HNVXEYL4M6TPAU/"
    headline = (
        "Live: Gales shut Auckland Harbour Bridge lanes, thousands without power on the North Shore"
    )
    published = at(NZDT, 7, 6, 10)
    body = [
        "Gusts of more than 120km/h have forced NZTA to close the outer lanes of the Auckland Harbour Bridge during the Monday morning commute, as a deep low crosses the upper North Island.",
        "MetService has a red heavy-wind warning in place for Auckland and Northland until 3pm. Follow the latest updates below.",
    ]
    specs = [
        (
            6,
            42,
            "Outer lanes closed on the bridge",
            "NZTA has closed the two outer lanes in each direction after a truck was blown against the barrier near the Northcote Point end. Traffic is down to a single lane each way.",
        ),
        (
            7,
            25,
            "Trees down in Devonport and Takapuna",
            "Fire and Emergency says crews have been called to more than 40 weather-related jobs on the North Shore, most of them fallen trees across roads and power lines.",
        ),
        (
            8,
            10,
            None,
            "Vector says about 14,000 homes are without power, mainly in Birkenhead, Glenfield and Northcote. Crews are waiting for the wind to ease before climbing poles.",
        ),
        (
            9,
            2,
            "Northern Busway running, but slowly",
            "Auckland Transport says buses on the Northern Busway are still crossing the bridge, but passengers should expect delays of up to 40 minutes into the city.",
        ),
        (
            9,
            48,
            "Schools stay open",
            "The Ministry of Education says North Shore schools are open as usual, though several have asked parents to keep children home if their street is blocked.",
        ),
        (
            10,
            40,
            "Gusts peak at Manukau Heads",
            "MetService recorded a gust of 143km/h at Manukau Heads at 10.15am, the strongest of the storm so far. Winds are expected to ease after 2pm.",
        ),
    ]
    entries = [
        Block("live_entry", au(at(NZDT, 7, h, m)), at(NZDT, 7, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "11.54am",
        at(NZDT, 7, 11, 54),
        "Bridge lanes to reopen after lunch",
        [
            "NZTA says the outer lanes should reopen around 1pm once gusts drop below 70km/h. Trucks and motorbikes are still being told to stay off the bridge."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    for b in shown:
        hd = f'<h3 class="live-post__headline">{e(b.head)}</h3>' if b.head else ""
        ts = b.ts.isoformat() if b.ts else ""
        b.html = (
            f'<div class="live-post" id="post-{b.ts.strftime("%H%M") if b.ts else ""}">'
            f'<div class="live-post__meta"><time class="live-post__time" datetime="{ts}">{e(b.label or "")}</time></div>'
            f'{hd}<div class="live-post__body"><p class="paragraph">{e(b.paras[0])}</p></div></div>'
        )
    modified = shown[0].ts or published

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        return W(
            f'<div class="live-post"><div class="live-post__meta"><time class="live-post__time" datetime="{t.isoformat()}">{au(t)}</time></div>'
            f'<h3 class="live-post__headline">{e(title)}</h3><div class="live-post__body"><p class="paragraph">{e(text)}</p></div></div>',
            [title, text],
            kind,
        )

    flights = pick(
        ctx,
        [
            f"NZ 421 from Wellington landed {au(ctx.ago(3, 30))}",
            f"JQ 252 from Christchurch now due {au(soon(ctx, 20, 70))}",
            f"NZ 8 from San Francisco landed {au(ctx.ago(20, 50))}",
            f"QF 143 from Sydney delayed, now due {au(soon(ctx, 30, 90))}",
            f"NZ 5035 from Napier on time for {au(soon(ctx, 10, 40))}",
            f"VA 143 from Brisbane landed {au(ctx.ago(5, 40))}",
        ],
        3,
    )
    board = fake(
        one(ctx, ["Auckland Airport arrivals", "Flight arrivals at Auckland Airport"]),
        "; ".join(flights) + ".",
        FLIGHTS,
    )
    tides = fake(
        one(ctx, ["Auckland tide times", "Tides around Auckland today"]),
        one(
            ctx,
            [
                f"Waitematā Harbour: high tide 1.42pm (3.1m), low tide 7.58pm. Manukau Harbour: high tide 4.07pm. Updated {au(ctx.ago(5, 45))}.",
                f"Manukau Harbour: high tide 4.07pm (3.6m). Waitematā Harbour: low tide 7.58pm, high tide 2.05am. Updated {au(ctx.ago(5, 45))}.",
            ],
        ),
        TIDES,
    )
    words = [
        ("hau", "wind"),
        ("āwhā", "storm"),
        ("marangai", "stormy weather, heavy rain"),
        ("rākau", "tree"),
        ("arawhiti", "bridge"),
        ("hiko", "electricity"),
    ]
    w, m = ctx.rng.choice(words)
    kupu = bp(
        "paragraph",
        f"{w} – {m}. Tap to hear how to say it, and learn a new word every day with the Herald.",
        WORD,
        lead="Kupu o te rā:",
    )
    donate = bp(
        "paragraph",
        f"The Herald's Christmas appeal for the Auckland City Mission has raised ${num(rise(ctx, 412_380, 2_150, 900), ',')} so far. Thank you, Auckland.",
        DONATE,
    )
    app = bp(
        "paragraph",
        f"Get weather alerts in the NZ Herald app – rated 4.7 by {num(rise(ctx, 21_304, 3, 2), ',')} Kiwis on the App Store.",
        APP,
    )
    points = key_points(
        ctx,
        "live-key-points",
        "Key points",
        [
            "Outer Harbour Bridge lanes shut in both directions",
            "About 14,000 North Shore homes without power",
            "Red heavy-wind warning for Auckland until 3pm",
            "Northern Busway buses running up to 40 minutes late",
        ],
        3,
    )

    intro = weave(
        ctx,
        [f'<p class="paragraph">{e(p)}</p>' for p in body],
        [(kupu, [0, 1, 2], 0.75), (app, [2], 0.6)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (board, list(range(0, len(units) + 1)), 0.85),
            (tides, list(range(1, len(units) + 1)), 0.7),
            (donate, [0, len(units)], 0.7),
        ],
    )
    publisher = org("NZ Herald", "https://www.nzherald.co.nz")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Hannah Ropata",
        publisher=publisher,
        lang="en-NZ",
        section="New Zealand",
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
    main = f"""<main class="main-content" id="main">
<article class="story story--live">
<header class="story__header"><p class="story__section"><a href="/nz/">New Zealand</a></p>
<h1 class="story__heading">{e(headline)}</h1>
<p class="story__standfirst">Red wind warning for Auckland and Northland; bridge down to one lane each way.</p>
<div class="story__byline">By Hannah Ropata · <time datetime="{published.isoformat()}">7 Dec, 2026 06:10 AM</time> · Updated <time datetime="{modified.isoformat()}">{e(au(modified))}</time></div>
</header>
{ctx.maybe(points, 0.85)}
<section class="article__body live-blog__intro">
{intro}
</section>
{ad_slot("nzh-ad", "Advertisement", "story-mrec-1")}
<section class="live-blog__posts">
{feed}
</section>
</article>
</main>"""
    html = shell(
        ctx,
        lang="en-NZ",
        title=f"{headline} - NZ Herald",
        canonical=url,
        prefix="nzh",
        body_cls="nzh-article nzh-liveblog",
        jsonld=[graph(article, live)],
        nav=mega_nav(
            "nzh",
            "NZ Herald",
            "/",
            ["New Zealand", "World", "Business", "Sport", "Entertainment", "Kāhu"],
            _EN_SUBS,
        ),
        main=main,
        footer=big_footer(
            "nzh",
            {
                "NZ Herald": ["About NZ Herald", "Contact us", "Advertising", "Newsletters"],
                "Legal": ["Privacy policy", "Terms of use", "Code of Ethics", "Complaints"],
            },
            "© Copyright 2026 NZME Publishing Limited",
        ),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Yorkshire Post (+00:00), updates: <h3> "Update: 7.15pm" headings + a paragraph in the body class
# after the story, oldest first; "An earlier version of this article …" at the top


def yp(ctx: Ctx) -> Render:
    url = "https://www.yorkshirepost.co.uk/news/crime/kirkstall-road-fire-leeds-residents-told-keep-windows-shut-5127734"
    headline = "Kirkstall Road fire: Residents told to keep windows shut as blaze rips through former Leeds mill"
    published = at(UK, 6, 17, 40)
    cls = "yp-article__para"
    body = [
        "Residents living near Kirkstall Road in Leeds have been told to keep their windows and doors shut after a large fire broke out at a disused mill on Sunday afternoon.",
        "West Yorkshire Fire and Rescue Service said eight engines and an aerial ladder platform were sent to the four-storey building, close to the River Aire, shortly after 4.30pm.",
        "Thick black smoke could be seen across the city centre and from as far away as Horsforth, and dozens of people called 999 to report the blaze.",
        "“The whole roof was alight within about twenty minutes,” said Aisha Rahman, who lives in a flat on nearby Wellington Road. “You could feel the heat from across the street.”",
        "Kirkstall Road was closed in both directions between the Armley Gyratory and Cardigan Road, and First Bus diverted its services through Burley.",
        "The fire service said there were no reports of anyone inside the building, which has stood empty since 2014, and that the cause would be investigated once the fire was out.",
    ]
    notes = [
        Block(
            "update",
            "Update: 7.15pm",
            at(UK, 6, 19, 15),
            None,
            [
                "The fire service says crews have stopped the fire spreading to a neighbouring warehouse. Firefighters will stay at the scene through the night."
            ],
        ),
        Block(
            "update",
            "Update: 9.05pm",
            at(UK, 6, 21, 5),
            None,
            [
                "Leeds City Council has opened Armley Leisure Centre as a rest centre for families from Kirkstall Road who cannot stay in their homes because of the smoke."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update: 10.52pm",
        at(UK, 6, 22, 52),
        None,
        [
            "Kirkstall Road will stay closed until at least Monday lunchtime while structural engineers check the mill's walls, the council says."
        ],
    )
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "An earlier version of this article said the mill was a Grade II listed building. It is not listed."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<h3 class="yp-article__subhead">{e(b.label or "")}</h3><p class="{cls}">{e(b.paras[0])}</p>'
    corr.html = f'<p class="{cls}"><em>{e(corr.paras[0])}</em></p>'
    modified = shown[-1].ts or published

    def note_like(title: str, text: str, kind: str) -> W:
        return W(
            f'<h3 class="yp-article__subhead">{e(title)}</h3><p class="{cls}">{e(text)}</p>',
            [text],
            kind,
        )

    d, hrs, mins = xmas(ctx)
    countdown = note_like(
        "Christmas countdown",
        one(
            ctx,
            [
                f"{d} days, {pl(hrs, 'hour', 'hours')} and {pl(mins, 'minute', 'minutes')} to go until Christmas Day.",
                f"Only {d} days, {pl(hrs, 'hour', 'hours')} and {pl(mins, 'minute', 'minutes')} left until Christmas. Have you finished your shopping?",
            ],
        ),
        COUNTDOWN,
    )
    bid = rise(ctx, 1_180, 45, 30)
    auction = note_like(
        "Bidding closes: 11.30pm",
        f"St Gemma's Hospice auction: signed Leeds Rhinos shirt, current bid £{num(bid, ',')} from {rise(ctx, 31, 2, 1)} bidders.",
        AUCTION,
    )
    job = bp(
        cls,
        one(
            ctx,
            [
                "On-call firefighter, West Yorkshire Fire and Rescue Service, Otley station — £4,200 retainer plus call-out pay.",
                "Warehouse operative, Kirkstall Road, Leeds — £12.85 an hour, nights, immediate start.",
                "Structural engineer, Leeds city centre — £48,000 to £55,000, hybrid working.",
                "Community support worker, Armley and Bramley — £24,500, full driving licence needed.",
            ],
        ),
        JOBS,
        lead="Job of the day:",
    )
    radio = bp(
        cls,
        "Now playing on Greatest Hits Radio Yorkshire: "
        + one(
            ctx,
            [
                "Kaiser Chiefs – I Predict a Riot",
                "The Cribs – Men's Needs",
                "Corinne Bailey Rae – Put Your Records On",
                "Embrace – Ashes",
                "The Wedding Present – Kennedy",
                "Soft Cell – Tainted Love",
            ],
        ),
        RADIO,
    )
    app = bp(
        cls,
        f"Read more on the Yorkshire Post app — 4.5 stars from {num(drift(ctx, 3_918, 25), ',')} reviews.",
        APP,
    )

    home = bp(
        cls,
        one(
            ctx,
            [
                "Four-bedroom Victorian terrace in Headingley with a south-facing garden, £465,000.",
                "Converted mill apartment by the River Aire in Kirkstall, two bedrooms, £239,950.",
                "Three-bedroom semi in Horsforth close to the station and schools, £329,000.",
            ],
        ),
        HOMES,
        lead="Property of the week:",
    )
    donate = bp(
        cls,
        f"The Yorkshire Post Christmas appeal for Martin House Children's Hospice has raised £{num(rise(ctx, 38_460, 120, 60), ',')} so far. Thank you.",
        DONATE,
    )
    lgi = drift(ctx, 260, 35)
    sjuh = drift(ctx, 185, 30)
    ae = note_like(
        f"A&E waits: {au(ctx.ago(2, 30))}",
        f"Leeds General Infirmary: about {pl(lgi // 60, 'hour', 'hours')} {pl(lgi % 60, 'minute', 'minutes')}. St James's University Hospital: about {pl(sjuh // 60, 'hour', 'hours')} {pl(sjuh % 60, 'minute', 'minutes')}.",
        ER,
    )

    units = [corr.html] + [f'<p class="{cls}">{e(p)}</p>' for p in body] + [b.html for b in shown]
    k = len(units)
    nb = 1 + len(body)
    story = weave(
        ctx,
        units,
        [
            (countdown, list(range(nb, k + 1)), 0.85),
            (auction, list(range(nb - 1, k + 1)), 0.85),
            (job, list(range(3, nb)), 0.85),
            (radio, list(range(1, k + 1)), 0.75),
            (app, [k], 0.7),
            (ae, list(range(nb, k + 1)), 0.9),
            (donate, [1, nb - 1, nb], 0.75),
            (home, list(range(2, nb)), 0.75),
        ],
    )
    main = f"""<main class="yp-main">
<article class="yp-article" data-article-id="5127734">
<header class="yp-article__header"><p class="yp-article__section"><a href="/news/crime">Crime</a></p>
<h1 class="yp-article__headline">{e(headline)}</h1>
<p class="yp-article__standfirst">Eight fire engines sent to the four-storey building by the River Aire.</p>
<div class="yp-article__byline">By Tom Hargreaves · Published 6th Dec 2026, 17:40 GMT · Updated 6th Dec 2026, {modified.strftime("%H:%M")} GMT</div>
<figure class="yp-article__image"><img src="/webimg/kirkstall-road-fire.jpg" alt=""><figcaption>Smoke rises over Kirkstall Road on Sunday afternoon. Picture: Simon Hulme</figcaption></figure>
</header>
<div class="yp-article__body" data-testid="article-body">
{story}
</div>
{ad_slot("yp-ad", "Advertisement", "mpu-2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="en-GB",
        title=f"{headline} | Yorkshire Post",
        canonical=url,
        prefix="yp",
        body_cls="yp-page yp-page--article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Tom Hargreaves",
                    publisher=org("Yorkshire Post", "https://www.yorkshirepost.co.uk"),
                    lang="en-GB",
                    section="Crime",
                )
            )
        ],
        nav=mega_nav(
            "yp",
            "Yorkshire Post",
            "/",
            ["News", "Sport", "Business", "Lifestyle", "Opinion", "Country & Farming"],
            _EN_SUBS,
        ),
        main=main,
        footer=big_footer(
            "yp",
            {
                "Yorkshire Post": ["Contact us", "Advertise", "Newsletters", "Announcements"],
                "Legal": [
                    "Privacy notice",
                    "Terms and conditions",
                    "Corrections and complaints",
                    "Cookie settings",
                ],
            },
            "©National World Publishing Ltd. All rights reserved.",
        ),
    )
    return Render(html, body, [corr, *shown], genuine, modified)


SITES = [
    Site(
        "staradvertiser-honolulu-pali-highway-rockfall-closed-both-directions",
        "Honolulu Star-Advertiser",
        "en",
        "updates",
        HST,
        star,
    ),
    Site(
        "nzherald-live-auckland-gales-harbour-bridge-lanes-closed",
        "NZ Herald",
        "en",
        "live",
        NZDT,
        nzh,
    ),
    Site(
        "yorkshirepost-leeds-kirkstall-road-mill-fire-windows-shut",
        "Yorkshire Post",
        "en",
        "updates",
        UK,
        yp,
    ),
]
