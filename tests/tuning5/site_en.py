"""English publishers for the tuning5 set: The Hill, USA TODAY, NBC News, Newsweek and The
Independent. Stories, names and companies are invented."""

from __future__ import annotations

from fx import Fx
from kit import CST, EST, UTC0, Sheet, css, esc, iso, ld, nav, scatter, shell

US_SCORES = [
    ("NFL", "Bills", "Jets", 2, [(5, 0), (19, 1), (31, 0), (44, 0)]),
    ("NBA", "Celtics", "Knicks", 8, [(12, 1), (20, 0), (33, 0)]),
]
US_TICKERS = [("Dow", 44812.5), ("S&P 500", 6121.4), ("Nasdaq", 19877.2)]
US_JOBS = [
    "Registered Nurse, nights – $48/hr – Hartford HealthCare",
    "CDL-A Driver, home weekly – $1,650/wk – regional carrier",
    "Condo for rent: 2 bd, 1 ba, 890 sq ft – $1,875/mo",
    "Single-family home: 3 bd, 2 ba – $419,000 – open house Sunday",
]
US_LOTTO = ("Powerball: 04 – 17 – 29 – 44 – 61, Powerball 12", "Next jackpot: ${n} million")

# The Hill ----------------------------------------------------------------------------------------
HILL = {
    "promos": [
        "Watch Rising, The Hill's morning show, weekdays at 10 a.m. ET on YouTube.",
        "The Hill's Sunday Agenda event returns to Washington in January with three Senate chairs.",
        "Listen to The Hill's new podcast, The Floor, every Tuesday and Thursday.",
    ],
    "apps": ["Download The Hill app for breaking news alerts from Capitol Hill."],
    "newsletters": [
        "Sign up for The Hill's Morning Report for the latest from Washington.",
        "Get the Energy & Environment newsletter in your inbox every weekday.",
    ],
    "donations": ["Support nonpartisan reporting from Capitol Hill: become a Hill member today."],
    "author": (
        "Dana Whitcombe",
        "Dana Whitcombe covers transportation policy and Congress for The Hill.",
    ),
    "tags": ["#RailSafety", "Senate", "Transportation", "Norfolk Eastern", "Congress"],
    "gallery": (8, ["Freight cars lie on their sides outside Marlow Junction, Ohio."]),
    "scores": US_SCORES,
    "weather": ("Washington, DC", 38, ["cloudy", "light rain", "overcast"]),
    "traffic": ["Beltway inner loop: {n}-minute delay at the Wilson Bridge"],
    "tickers": US_TICKERS,
    "jobs": US_JOBS,
    "lotto": US_LOTTO,
}
HILL_PARAS = [
    "Senate Commerce Committee Chair Ruth Ellingsen (D-Minn.) on Sunday postponed a planned vote on the Freight Rail Safety Act, saying members needed time to review the federal report on last week's derailment in eastern Ohio.",
    "The committee had been expected to take up the bill Tuesday morning. Ellingsen said in a statement that the vote would now happen \u201cno later than the second week of January.\u201d",
    "The legislation would require two-person crews on most freight trains and set new inspection rules for wheel bearings, which investigators have linked to several recent crashes.",
    "Railroad industry groups welcomed the delay. The Association of Freight Carriers said the bill in its current form would cost operators about $1.2 billion a year.",
    "Sen. Mark Tollefson (R-Ohio), a co-sponsor, called the postponement \u201ca mistake that families in Marlow Junction will not understand.\u201d",
    "The derailment on Nov. 29 forced the evacuation of about 600 residents. No one was killed, but two rail workers were treated for smoke inhalation.",
]
HILL_NOTE = (
    "Updated at 4:12 p.m.",
    "Tollefson said Sunday afternoon that he would seek unanimous consent on the Senate floor to bring the bill up without a committee vote.",
    iso(16, 12, EST),
)
HILL_FIX = "Correction: An earlier version of this story misstated the date of the derailment. It happened on Nov. 29."
HILL_NEW = (
    "Updated at 5:53 p.m.",
    "Senate Majority Leader Carla Benning's office said the floor request would not be scheduled before the holiday recess.",
    iso(17, 53, EST),
)


def thehill(sh: Sheet) -> str:
    fx = Fx(sh, "hill-", HILL)
    items = [f"<p>{sh.para(p)}</p>" for p in HILL_PARAS[:3]]
    notes = [HILL_NEW, HILL_NOTE] if sh.genuine else [HILL_NOTE]
    for label, text, when in notes:
        sh.note("update", label, text, when, genuine=label == HILL_NEW[0])
        items.append(f'<p class="update-note"><strong>{esc(label)}:</strong> {esc(text)}</p>')
    items += [f"<p>{sh.para(p)}</p>" for p in HILL_PARAS[3:]]
    menu = fx.pick(
        "also",
        "promo",
        "native",
        "newsletter",
        "poll",
        "videos",
        "top",
        "share",
        "app",
        "jobs",
        "donate",
    )
    fix = sh.note("correction", "Correction", HILL_FIX.split(": ", 1)[1], None)
    body = f"""{fx.breaking() if sh.chance(0.6) else ""}
<header class="site-header"><a href="/" class="logo">The Hill</a>{nav(["News", "Policy", "Opinion", "Video", "Events", "Changing America"], "site-header__nav")}</header>
{fx.cookie() if sh.chance(0.5) else ""}
<main id="content"><article class="article">
<div class="article__category"><a href="/policy/transportation/">Transportation</a></div>
<h1 class="page-title">Senate panel delays rail safety vote after Ohio derailment report</h1>
<div class="submitted-by">by Dana Whitcombe - 12/06/26 2:31 PM ET {fx.comments()}</div>
{fx.share() if sh.chance(0.5) else ""}
<div class="article__text">
{scatter(sh, items, menu, 3, 6, edges=False)}
<p><em>Correction: {fix}</em></p>
</div>
{fx.author()}
{fx.tags()}
</article>
<aside class="sidebar">{fx.top()}{fx.weather() if sh.chance(0.5) else ""}{fx.lotto() if sh.chance(0.4) else ""}</aside></main>
<footer class="site-footer"><p>{sh.fur("THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL")}</p></footer>"""
    head = css("hill-", 150) + ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Senate panel delays rail safety vote after Ohio derailment report",
            "dateModified": (HILL_NEW if sh.genuine else HILL_NOTE)[2],
        }
    )
    return shell(sh, "Senate panel delays rail safety vote | The Hill", head, body, "node--article")


# USA TODAY --------------------------------------------------------------------------------------
USAT = {
    "promos": [
        "Get the USA TODAY crossword and more daily puzzles free at puzzles.usatoday.com.",
        "Join USA TODAY's Women of the Year celebration in Nashville next spring.",
        "Listen to 5 Things, USA TODAY's daily news podcast, wherever you get your podcasts.",
    ],
    "apps": [
        "Stay informed with the USA TODAY app: download it free for iPhone and Android.",
        "Open this story in The Tennessean app for faster loading and local alerts.",
    ],
    "newsletters": [
        "Sign up for the Daily Briefing newsletter to get the top stories before breakfast.",
        "Get Nashville news delivered to your inbox every morning with the Tennessean newsletter.",
    ],
    "donations": [
        "Subscribe to The Tennessean for $1 for 6 months and support local journalism.",
    ],
    "author": (
        "Marisol Quintero",
        "Marisol Quintero covers Metro government for The Tennessean. Reach her at mquintero@tennessean.invalid.",
    ),
    "tags": ["Nashville", "Boil water advisory", "Metro Water", "Downtown", "Weather"],
    "gallery": (
        12,
        [
            "Water pours across Broadway near Fifth Avenue on Sunday.",
            "Metro Water crews work on the 36-inch main.",
            "Tourists walk past barricades on Lower Broadway.",
        ],
    ),
    "scores": US_SCORES,
    "weather": ("Nashville", 41, ["sunny", "partly cloudy", "clear"]),
    "traffic": [
        "I-40 West at Broadway: {n}-minute delay, right lane closed",
        "I-24 East near Harding Place: {n}-minute delay",
    ],
    "tickers": US_TICKERS,
    "jobs": US_JOBS,
    "lotto": US_LOTTO,
}
USAT_PARAS = [
    "NASHVILLE, Tenn. — A 36-inch water main burst under Broadway early Sunday, flooding several blocks of downtown Nashville and leaving thousands of homes and businesses under a boil-water advisory.",
    "Metro Water Services said the pipe, installed in 1958, split around 5:40 a.m. near Fifth Avenue. Water pushed up through the pavement and ran down Lower Broadway toward the Cumberland River.",
    "The advisory covers about 14,000 customers in downtown, the Gulch and parts of North Nashville. Residents should boil tap water for at least one minute before drinking it or using it to cook.",
    "Several honky-tonks on Lower Broadway closed for the day. \u201cWe had water coming in under the front door,\u201d said Travis Oldham, a manager at one bar.",
    "Mayor Denise Caldwell said crews expected to finish the repair by Monday night. Water testing would take another 24 to 48 hours after that, she said.",
]
USAT_EDNOTE = "This story is part of the Tennessean's coverage of Nashville's aging water system. The Tennessean's office is within the affected area."
USAT_FIX = "An earlier version of this story gave the wrong diameter for the broken pipe. It is a 36-inch main."
USAT_NEW = (
    "UPDATE 4:54 p.m. CT",
    "Metro Water said crews had stopped the flow at 4:30 p.m. and that pressure was returning to most of North Nashville.",
    iso(16, 54, CST),
)


def usatoday(sh: Sheet) -> str:
    fx = Fx(sh, "gnt_", USAT)
    top = []
    if sh.genuine:
        label, text, when = USAT_NEW
        sh.note("update", label, text, when, genuine=True)
        top.append(f'<p class="gnt_ar_b_p"><strong>{esc(label)}:</strong> {esc(text)}</p>')
    ed = sh.note("editors_note", "Editor's note", USAT_EDNOTE, None)
    top.append(f'<p class="gnt_ar_b_p"><em><strong>Editor\'s note:</strong> {ed}</em></p>')
    items = [f'<p class="gnt_ar_b_p">{sh.para(p)}</p>' for p in USAT_PARAS]
    menu = fx.pick(
        "also",
        "also",
        "promo",
        "app",
        "native",
        "newsletter",
        "gallery",
        "donate",
        "meter",
        "videos",
        "traffic",
        "readers",
    )
    fix = sh.note("correction", "Correction", USAT_FIX, None)
    body = f"""<div class="gnt_n">{nav(["News", "Sports", "Entertainment", "Life", "Money", "Travel", "Opinion"], "gnt_n_mn")}</div>
{fx.app() if sh.chance(0.5) else ""}
<main class="gnt_cw"><article class="gnt_pr">
<h1 class="gnt_ar_hl">Water main break floods downtown Nashville, triggers boil-water advisory</h1>
<div class="gnt_ar_by"><a href="#">Marisol Quintero</a> Nashville Tennessean</div>
<div class="gnt_ar_dt" aria-label="Published 9:12 a.m. CT Dec. 6, 2026">Published 9:12 a.m. CT Dec. 6, 2026</div>
{fx.share()}
<div class="gnt_ar_b">
{"".join(top)}
{scatter(sh, items, menu, 4, 7, edges=False)}
<p class="gnt_ar_b_p"><em><strong>Correction:</strong> {fix}</em></p>
</div>
{fx.author()}
</article>
<aside class="gnt_rr">{fx.top()}{fx.weather()}{fx.score() if sh.chance(0.6) else ""}</aside></main>
{fx.newsletter() if sh.chance(0.4) else ""}
<footer class="gnt_f"><p>{sh.fur("© 2026 USA TODAY, a division of Gannett Satellite Information Network, LLC.")}</p></footer>"""
    head = css("gnt_", 170)
    return shell(sh, "Nashville water main break floods downtown", head, body, "gnt_b")


# NBC News live ------------------------------------------------------------------------------
NBC = {
    "promos": [
        "Stream NBC News NOW for live coverage of the storm, free on Peacock and YouTube.",
        "Watch Meet the Press every Sunday morning on NBC and streaming on Peacock.",
        "Catch up with the NBC News Daily podcast every afternoon.",
    ],
    "apps": [
        "Get the NBC News app for storm alerts and live updates.",
        "Turn on notifications in the NBC News app to follow this storm.",
    ],
    "newsletters": [
        "Sign up for The Morning Rundown, our daily newsletter, and start your day informed."
    ],
    "donations": ["Have a story or tip about the storm? Send it to NBC News."],
    "author": ("Keisha Bramwell", "Keisha Bramwell is a reporter for NBC News based in Boston."),
    "tags": ["Nor'easter", "Winter storm", "Massachusetts", "Power outages", "Travel"],
    "gallery": (
        9,
        [
            "A plow clears Commonwealth Avenue in Boston on Sunday.",
            "Waves break over the seawall in Scituate, Mass.",
        ],
    ),
    "scores": US_SCORES,
    "weather": ("Boston", 29, ["heavy snow", "snow, wind", "blizzard conditions"]),
    "traffic": [
        "Mass Pike eastbound at Newton: {n}-minute delay",
        "I-93 southbound at Braintree split: {n}-minute delay",
        "Logan Airport: {n} departures delayed",
    ],
    "tickers": US_TICKERS,
    "jobs": US_JOBS,
    "lotto": US_LOTTO,
}
NBC_INTRO = [
    "A powerful nor'easter is burying eastern New England in heavy, wet snow, with blizzard warnings from Providence to Portsmouth and wind gusts of up to 70 mph along the coast.",
    "More than 280,000 customers have lost power in Massachusetts, and Logan International Airport has canceled most flights through Monday morning.",
]
NBC_POSTS = [
    (
        (16, 41),
        "Healey activates National Guard",
        [
            "Massachusetts Gov. Maura Healey activated 400 members of the National Guard to help with rescues and road clearing on Cape Cod and the South Shore."
        ],
    ),
    (
        (16, 18),
        None,
        [
            "The National Weather Service measured 19 inches of snow in Worcester as of 4 p.m., the highest total so far."
        ],
    ),
    (
        (15, 52),
        "Coastal flooding in Scituate and Marshfield",
        [
            "Firefighters used a front-end loader to reach residents trapped by rising water on Front Street in Scituate.",
            "No injuries were reported.",
        ],
    ),
    (
        (15, 20),
        "MBTA suspends commuter rail",
        [
            "The MBTA suspended all commuter rail service until at least 6 a.m. Monday. Subway lines are running on a reduced schedule."
        ],
    ),
    (
        (14, 47),
        "Outages pass 280,000",
        [
            "Eversource and National Grid reported more than 280,000 customers without power. Both utilities warned that some outages could last several days."
        ],
    ),
    (
        (14, 5),
        "Blizzard warning extended",
        [
            "Forecasters extended the blizzard warning for Boston and the North Shore until 7 a.m. Monday."
        ],
    ),
]
NBC_NEW = (
    (17, 53),
    "Boston declares snow emergency through Tuesday",
    [
        "Boston Mayor Michelle Wu extended the city's snow emergency and parking ban through Tuesday morning and said public schools will be closed Monday."
    ],
)


def _ampm(hh: int, mm: int) -> str:
    return f"{hh - 12 if hh > 12 else hh}:{mm:02d} PM"


def nbcnews(sh: Sheet) -> str:
    fx = Fx(sh, "styles_", NBC)
    rows = ([(*NBC_NEW, True)] if sh.genuine else []) + [(*p, False) for p in NBC_POSTS]
    cards = []
    for (hh, mm), title, texts, new in rows:
        label = f"Dec. 6, 2026, {_ampm(hh, mm)} EST"
        when = iso(hh, mm, EST)
        sh.post(label, when, title, texts, genuine=new)
        h = f'<h2 class="article-hero-headline">{esc(title)}</h2>' if title else ""
        ps = "".join(f'<p class="body-graf">{esc(t)}</p>' for t in texts)
        cards.append(
            f'<div class="live-blog-card" data-activity-map="card"><div class="card-meta">'
            f'<time datetime="{when}">{esc(label)}</time> <span class="rel">{fx.rel(when)}</span></div>'
            f'{h}<div class="card-body">{ps}</div><span class="byline">Keisha Bramwell</span></div>'
        )
    latest = iso(*rows[0][0], EST)
    menu = fx.pick(
        "also",
        "promo",
        "app",
        "native",
        "videos",
        "viewers",
        "share",
        "gallery",
        "traffic",
        "weather",
        "breaking",
        "poll",
    )
    intro = "".join(f"<li>{sh.para(p)}</li>" for p in NBC_INTRO)
    body = f"""<header class="navbar">{nav(["Politics", "U.S. News", "World", "Business", "Health", "NBC News NOW"], "navbar__menu")}</header>
{fx.breaking() if sh.chance(0.5) else ""}
<main class="layout-grid"><article class="live-blog">
{fx.badge(latest)}
<h1 class="article-hero-headline">Nor'easter live updates: Blizzard slams Boston, more than 280,000 without power</h1>
<section class="live-blog-summary"><h3>What to know</h3><ul>{intro}</ul></section>
{fx.viewers() if sh.chance(0.5) else ""}
<div class="live-blog-feed">
{scatter(sh, cards, menu, 4, 7, edges=True)}
</div></article>
<aside class="rail">{fx.top()}{fx.newsletter() if sh.chance(0.5) else ""}</aside></main>
<footer class="footer"><p>{sh.fur("© 2026 NBCUniversal Media, LLC")}</p></footer>"""
    head = css("styles_", 160) + ld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Nor'easter live updates",
            "coverageStartTime": iso(13, 0, EST),
            "dateModified": latest,
        }
    )
    return shell(sh, "Nor'easter live updates: Blizzard slams Boston", head, body)


# Newsweek live ----------------------------------------------------------------------------
NW = {
    "promos": [
        "Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.",
        "Try Newsweek's daily crossword and word games at newsweek.com/puzzles.",
        "Join Newsweek's live Q&A with our politics team on Tuesday at noon ET.",
    ],
    "apps": ["Read Newsweek ad-free in our app: download it today."],
    "newsletters": ["Get the Newsweek Daily newsletter: the day's essential stories, free."],
    "donations": [
        "Newsweek is committed to journalism that is factual and fair. Become a member to support it.",
        "Remove ads and support our reporters with a Newsweek subscription for $1 a week.",
    ],
    "author": (
        "Owen Prescott",
        "Owen Prescott is a Newsweek politics reporter based in Columbus, Ohio.",
    ),
    "tags": ["Ohio", "Special election", "Republicans", "Democrats", "Election 2026"],
    "gallery": (6, ["Voters wait in line at a polling site in Dublin, Ohio."]),
    "scores": US_SCORES,
    "weather": ("Columbus, OH", 33, ["flurries", "cloudy", "snow showers"]),
    "traffic": ["I-270 outerbelt at Sawmill Road: {n}-minute delay"],
    "tickers": US_TICKERS,
    "jobs": US_JOBS,
    "lotto": US_LOTTO,
}
NW_INTRO = [
    "Voters in Ohio's 12th Congressional District are choosing a replacement for former Representative Tom Harwell, who resigned in September to lead a state university.",
    "Polls closed at 7:30 p.m. in the Saturday special election, but counting of mail ballots resumed on Sunday after a dispute over late-arriving envelopes.",
]
NW_POSTS = [
    (
        (16, 38),
        "Gap narrows to under 1,000 votes",
        [
            "With mail ballots from Licking County added, Republican Janet Corwin leads Democrat Luis Aranda by 912 votes, down from 2,300 on Saturday night."
        ],
    ),
    (
        (16, 2),
        "Aranda campaign: 'Every ballot counted'",
        [
            "Aranda's campaign manager told Newsweek the team is \u201cconfident the remaining ballots favor us\u201d and asked supporters to stay patient."
        ],
    ),
    (
        (15, 15),
        None,
        [
            "Franklin County election officials said about 6,400 mail ballots remain to be counted, most of them from Columbus suburbs."
        ],
    ),
    (
        (14, 26),
        "Judge denies request to halt count",
        [
            "A Delaware County judge rejected the Ohio Republican Party's request to pause the count of ballots postmarked on Election Day."
        ],
    ),
    (
        (13, 40),
        "Counting resumes",
        [
            "Election workers in three counties resumed counting mail ballots at 1 p.m., officials said."
        ],
    ),
]
NW_NEW = (
    (17, 54),
    "Aranda takes the lead",
    [
        "After Franklin County posted its latest batch, Aranda leads Corwin by 143 votes, the first time the Democrat has been ahead since polls closed."
    ],
)


def newsweek(sh: Sheet) -> str:
    fx = Fx(sh, "nw-", NW)
    rows = ([(*NW_NEW, True)] if sh.genuine else []) + [(*p, False) for p in NW_POSTS]
    items = []
    for (hh, mm), title, texts, new in rows:
        label = f"{hh - 12}:{mm:02d} p.m. ET"
        when = iso(hh, mm, EST)
        sh.post(label, when, title, texts, genuine=new)
        h = f"<h3>{esc(title)}</h3>" if title else ""
        ps = "".join(f"<p>{esc(t)}</p>" for t in texts)
        items.append(
            f'<div class="live-blog-item" id="lb-{hh}{mm:02d}"><div class="lb-time"><strong>{esc(label)}</strong></div>{h}{ps}'
            f"{fx.share() if sh.chance(0.3) else ''}</div>"
        )
    latest = iso(*rows[0][0], EST)
    menu = fx.pick(
        "also",
        "promo",
        "donate",
        "native",
        "newsletter",
        "poll",
        "top",
        "comments",
        "readers",
        "ticker",
        "horoscope",
        "app",
    )
    intro = "".join(f"<p>{sh.para(p)}</p>" for p in NW_INTRO)
    body = f"""{fx.cookie() if sh.chance(0.4) else ""}
<header class="nw-header"><a class="nw-logo" href="/">Newsweek</a>{nav(["U.S.", "World", "Politics", "Health", "Sports", "Fact Check", "Vantage"], "nw-nav")}</header>
<main class="page-body"><article class="article live">
{fx.badge(latest)}
<h1 class="title">Ohio Special Election Results Live: Count Resumes in Tight House Race</h1>
<div class="byline">By Owen Prescott · Politics Reporter</div>
<div class="article-body">{intro}</div>
{fx.meter() if sh.chance(0.6) else ""}
<div class="live-blog-items">
{scatter(sh, items, menu, 4, 7, edges=True)}
</div>
{fx.author()}
</article><aside class="sidebar">{fx.top()}{fx.lotto() if sh.chance(0.5) else ""}</aside></main>
<footer class="nw-footer"><p>{sh.fur("© 2026 NEWSWEEK DIGITAL LLC")}</p></footer>"""
    head = css("nw-", 140)
    return shell(sh, "Ohio Special Election Results Live - Newsweek", head, body)


# The Independent live ----------------------------------------------------------------------------
INDY = {
    "promos": [
        "Sign up to our free Evening Headlines email for the day's news at 5pm.",
        "Watch Independent TV's latest documentaries free on our YouTube channel.",
        "Join us at The Independent's Climate Summit in London on 22 January.",
    ],
    "apps": ["Download The Independent app for live updates wherever you are."],
    "newsletters": [
        "Get our free London Daily email with the stories that matter in the capital.",
    ],
    "donations": [
        "Our mission is to deliver unbiased, fact-based reporting. Support us with a contribution from £1.",
        "Help keep independent journalism free to read: donate or subscribe today.",
    ],
    "author": (
        "Priya Lockhart",
        "Priya Lockhart is The Independent's transport correspondent.",
    ),
    "tags": ["Tube strike", "TfL", "RMT", "London", "Commuting"],
    "gallery": (10, ["Commuters queue for buses at Victoria station."]),
    "scores": [
        ("Premier League", "Arsenal", "Everton", 40, [(14, 0), (52, 0), (68, 1)]),
    ],
    "weather": ("London", 6, ["drizzle", "cloudy", "light showers"]),
    "traffic": [
        "A40 Westway eastbound: {n}-minute delays",
        "Blackwall Tunnel northbound: {n}-minute queues",
    ],
    "tickers": [("FTSE 100", 8312.4), ("GBP/USD", 1.2711)],
    "jobs": [
        "Station Assistant – £31,200 – London Overground",
        "Two-bed flat, Zone 2 – £2,150 pcm – Stockwell",
    ],
    "lotto": ("Lotto: 3 – 12 – 24 – 31 – 45 – 58, Bonus 9", "Wednesday's jackpot: £{n}m"),
}
INDY_INTRO = [
    "Most of London's Underground network will shut from Monday after talks between the RMT union and Transport for London broke down on Sunday afternoon.",
]
INDY_POSTS = [
    (
        (21, 40),
        "Sadiq Khan urges union back to talks",
        [
            "The mayor said the strike was \u201centirely avoidable\u201d and called on the RMT to return to Acas on Monday morning."
        ],
    ),
    (
        (21, 12),
        "Which lines will run?",
        [
            "TfL expects a limited Elizabeth line service and no trains on the Central, Jubilee, Northern or Victoria lines. The Overground and DLR are not affected."
        ],
    ),
    (
        (20, 33),
        None,
        [
            "Buses will run an enhanced timetable, but TfL warned that stops near main-line stations will be extremely busy."
        ],
    ),
    (
        (19, 55),
        "RMT: 'Final offer was no offer'",
        [
            "RMT general secretary Ian Darrow said TfL's proposal on rosters \u201cchanged nothing\u201d and that members would walk out at 00:01 on Monday."
        ],
    ),
    (
        (19, 10),
        "Talks collapse",
        ["Talks at Acas ended without agreement after nine hours, both sides confirmed."],
    ),
]
INDY_NEW = (
    (22, 55),
    "Network Rail adds extra services",
    [
        "Network Rail said it would run longer trains on routes into Waterloo and Liverpool Street on Monday to help with the strike."
    ],
)


def independent(sh: Sheet) -> str:
    fx = Fx(sh, "sc-", INDY)
    rows = ([(*INDY_NEW, True)] if sh.genuine else []) + [(*p, False) for p in INDY_POSTS]
    posts = []
    for (hh, mm), title, texts, new in rows:
        label = f"{hh}:{mm:02d}"
        when = iso(hh, mm, UTC0)
        sh.post(label, when, title, texts, genuine=new)
        h = f'<h3 class="sc-title">{esc(title)}</h3>' if title else ""
        ps = "".join(f"<p>{esc(t)}</p>" for t in texts)
        posts.append(
            f'<article class="sc-post" data-post="{hh}{mm:02d}"><header><time datetime="{when}">{label}</time>'
            f' , <span>Priya Lockhart</span></header>{h}<div class="sc-text">{ps}</div></article>'
        )
    latest = iso(*rows[0][0], UTC0)
    menu = fx.pick(
        "also",
        "promo",
        "donate",
        "donate",
        "native",
        "score",
        "videos",
        "top",
        "traffic",
        "ticker",
        "newsletter",
        "gallery",
        "jobs",
    )
    intro = "".join(f'<p class="sc-intro">{sh.para(p)}</p>' for p in INDY_INTRO)
    body = f"""{fx.cookie() if sh.chance(0.5) else ""}
<header class="sc-masthead"><a href="/">The Independent</a>{nav(["News", "Sport", "Culture", "Lifestyle", "Travel", "Premium", "Bulletin"], "sc-nav")}</header>
<main><div class="sc-live">
{fx.badge(latest)}
<h1>Tube strike news live: Underground to shut from Monday as talks collapse</h1>
<h2 class="sc-standfirst">Commuters warn of chaos as RMT confirms walkout</h2>
{intro}
{fx.readers() if sh.chance(0.6) else ""}
<div class="sc-feed">
{scatter(sh, posts, menu, 4, 7, edges=False)}
</div></div>
<aside>{fx.top()}{fx.weather() if sh.chance(0.5) else ""}</aside></main>
<footer><p>{sh.fur("© 2026 Independent Digital News & Media Ltd")}</p></footer>"""
    head = css("sc-", 180) + ld(
        {"@context": "https://schema.org", "@type": "LiveBlogPosting", "dateModified": latest}
    )
    return shell(sh, "Tube strike news live | The Independent", head, body)


SITES = {
    "thehill-rail-vote-delay": ("en", "The Hill", "updates", thehill),
    "usatoday-nashville-water-main": ("en", "USA TODAY (The Tennessean)", "updates", usatoday),
    "nbcnews-live-noreaster-boston": ("en", "NBC News", "live", nbcnews),
    "newsweek-live-ohio-special": ("en", "Newsweek", "live", newsweek),
    "independent-live-tube-strike": ("en", "The Independent", "live", independent),
}
