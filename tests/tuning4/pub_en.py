"""English-language pages: The Atlantic, The Irish Times (notes); CBS News, ABC News and
Reuters live pages."""

from __future__ import annotations

from kit import ET, GMT, Page, document, esc, jsonld, links, mix, padding_css, stamp
from noise import Noise

# ---------------------------------------------------------------------------------------------
# The Atlantic: unlabelled italic notes at the bottom, an "Updated at … ET on …:" note on top.

ATLANTIC_SITE = {
    "promos": [
        "Get The Atlantic app to listen to narrated articles, read the magazine and save stories for later.",
        "Listen to more stories like this one in The Atlantic app, available for iOS and Android.",
        "Explore the December 2026 issue of The Atlantic, including our cover story on the future of work.",
    ],
    "newsletter": [
        "Sign up for The Atlantic Daily, a guide to the biggest stories of the day, delivered every weekday.",
        "Sign up for Work in Progress, a newsletter about work, technology, and how we make a living.",
    ],
    "membership": [
        "Support journalism that helps you understand the world. Subscribe to The Atlantic for $1 a week.",
        "Your subscription supports independent journalism. Get unlimited access to The Atlantic today.",
    ],
    "consent": "We use cookies and other technologies to improve your experience on The Atlantic and to show you relevant ads.",
    "author": (
        "Marisa Calder",
        "Marisa Calder is a staff writer at The Atlantic, where she covers infrastructure and the Midwest.",
    ),
    "weather": ("Duluth", ["snow", "cloudy", "flurries"]),
}

ATLANTIC_PARAS = [
    "On the first Monday of December, the city of Duluth, Minnesota, did something no one at its public-works garage could remember doing: It stopped salting residential streets.",
    "The decision was not a protest or a budget stunt. The city’s salt dome on Rice Lake Road, which holds about 9,000 tons when full, was down to its last few hundred, and the next barge from the supplier in Ohio had been canceled when ice closed the locks at Sault Ste. Marie early.",
    "“We made a list of what we absolutely have to keep open,” Tom Ekstrand, the city’s street-maintenance supervisor, told me. “Hospitals, fire stations, the hill routes the buses use. Everything else gets sand.”",
    "Sand is cheap and plentiful, but it does not melt anything. It gives tires something to bite on, and then it washes into the storm drains and, eventually, into Lake Superior, where the city has spent two decades trying to reduce runoff.",
    "The shortage is partly bad luck. Three storms in November dropped more than 40 inches of snow on the city, a record for the month. But it is also the product of a contract system that asks cities to guess, a year in advance, how much salt they will need.",
    "Suppliers offer a lower price in exchange for a firm order, and cities that overestimate are left paying to store salt they did not use. After two mild winters, Duluth ordered 20 percent less than it had in 2023.",
    "A spokesperson for the Minnesota Department of Transportation said the state has no salt to lend but has offered Duluth two of its plows, with drivers, for the hill routes.",
    "Other cities around the Great Lakes are watching. “Every public-works director I know is doing the math right now,” Ekstrand said. “If December looks like November, Duluth is not going to be the only one.”",
]


def atlantic(pg: Page) -> str:
    nz = Noise(pg, "ArticleBody", ATLANTIC_SITE)
    top = ""
    if pg.genuine:
        label = "Updated at 5:54 p.m. ET on December 6, 2026"
        top = (
            f'<p class="ArticleUpdateNote_root__e7Yk2"><em>{label}:</em> '
            + pg.note(
                "update",
                label,
                "The Duluth City Council has called an emergency meeting for Monday to vote on buying salt from a supplier in Manitoba at nearly twice the contract price.",
                stamp("17:54", ET),
                genuine=True,
            )
            + "</p>"
        )
    paras = [
        f'<p class="ArticleParagraph_root__4mszW" data-flatplan-paragraph="true">{pg.B(esc(t))}</p>'
        for t in ATLANTIC_PARAS
    ]
    menu = nz.menu(
        "related_line",
        "related_line",
        "promo",
        "membership",
        "meter",
        "newsletter",
        "sponsored",
        "readers",
    )
    notes = (
        '<p class="ArticleParagraph_root__4mszW"><em>'
        + pg.note(
            "update",
            None,
            "This article has been updated to include comment from the Minnesota Department of Transportation.",
            None,
        )
        + '</em></p><p class="ArticleParagraph_root__4mszW"><em>'
        + pg.note(
            "correction",
            None,
            "An earlier version of this article misstated the capacity of the city’s salt dome. It holds about 9,000 tons, not 90,000.",
            None,
        )
        + "</em></p>"
    )
    consent = nz.consent() if pg.maybe(0.5) else ""
    gift = pg.F(f"You have {pg.rnd.randint(1, 5)} gift articles left to share this month.")
    body = f"""{consent}
<header class="HeaderNav_root__kL2pq"><a href="/" class="HeaderNav_logo__a9xq3">The Atlantic</a>
{links(["Popular", "Latest", "Newsletters", "Sections", "The December Issue", "Podcasts", "Subscribe"], "HeaderNav_sections__p2Rw4")}</header>
<main id="main-content"><article class="ArticleLayout_article__uH3s6">
<header class="ArticleHero_root__rT8n1"><p class="ArticleRubric_root__q3sW0"><a href="/ideas/">Ideas</a></p>
<h1 class="ArticleTitle_root__VrZaG">The Town That Ran Out of Salt</h1>
<p class="ArticleDek_root__P3rV9">Duluth’s road budget was drained by November. What happens next is a preview for every northern city.</p>
<div class="ArticleBylines_root__F4yq1">By <a href="/author/marisa-calder/">Marisa Calder</a></div>
<time class="ArticleTimestamp_root__b3bL6" datetime="2026-12-06T11:00:00-05:00">December 6, 2026, 11 a.m. ET</time>
<div class="ArticleShare_root__x1"><button>Share</button><button>Save</button><span>{gift}</span></div>
<div class="AudioPlayer_root__m2"><p>Listen to this article</p><span>{pg.F(f"00:00 / {pg.rnd.randint(11, 13)}:{pg.rnd.randint(0, 59):02d}")}</span>
<p class="AudioPlayer_credit__u1">{pg.F("Produced by ElevenLabs and News Over Audio (Noa) using AI narration.")}</p></div></header>
<figure class="ArticleLeadArt_root__k9"><img src="/media/duluth.jpg" alt=""><figcaption>A plow on Skyline Parkway, in Duluth, on December 2.</figcaption></figure>
<section class="ArticleBody_root__2gF81" data-event-module="article body">
{top}
{mix(pg, paras, menu, 2, 5)}
{notes}
</section>
{nz.author_box()}
</article>
<aside class="ArticleRecirc_root__j3">{nz.most_read()}</aside></main>
<footer class="Footer_root__c2">{links(["About", "Contact", "Subscription", "Privacy Policy", "Advertising Guidelines", "Terms Conditions", "Responsible Disclosure"], "Footer_links__x8")}
<p>{pg.F("Copyright © 2026 by The Atlantic Monthly Group. All Rights Reserved.")}</p></footer>"""
    head = padding_css("ArticleBody_x", 220) + jsonld(
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": "The Town That Ran Out of Salt",
            "datePublished": "2026-12-06T11:00:00-05:00",
            "dateModified": "2026-12-06T17:54:00-05:00"
            if pg.genuine
            else "2026-12-06T14:02:00-05:00",
            "author": [{"@type": "Person", "name": "Marisa Calder"}],
            "isAccessibleForFree": False,
        }
    )
    return document(pg, "The Town That Ran Out of Salt - The Atlantic", head, body)


# ---------------------------------------------------------------------------------------------
# The Irish Times: a bold "Update, 4.35pm:" paragraph on top and an italic "Correction:" below.

IRISH_SITE = {
    "promos": [
        "Download The Irish Times app for breaking news alerts, the ePaper and crosswords on the go.",
        "Listen to In the News, The Irish Times daily podcast, wherever you get your podcasts.",
        "Follow The Irish Times on WhatsApp and get the day’s top stories on your phone.",
    ],
    "newsletter": [
        "Sign up for the Irish Times Morning Briefing and start the day with the stories that matter.",
        "Get the Irish Times weather and travel alerts sent straight to your inbox.",
    ],
    "membership": [
        "Subscribe to The Irish Times for €1 a week for the first three months. Cancel anytime.",
        "Unlock unlimited access to award-winning journalism. Subscribe to The Irish Times today.",
    ],
    "consent": "The Irish Times and our partners use cookies to store and access information on your device to personalise content and ads.",
    "author": ("Ciarán Mulvey", "Ciarán Mulvey is a transport correspondent with The Irish Times."),
    "weather": ("Dublin", ["gales", "heavy rain", "showers", "strong winds"]),
    "traffic": "M50: {a} incidents, delays of up to {b} minutes at the Port Tunnel",
    "video_head": "Irish Times video",
}

IRISH_PARAS = [
    "All ferry sailings between Dublin and Holyhead were cancelled on Sunday as Storm Fionnuala brought gusts of up to 130km/h to the east coast, leaving hundreds of passengers stranded at Dublin Port.",
    "Met Éireann issued a status orange wind warning for Dublin, Wicklow, Wexford and Louth from 2pm until midnight, warning of fallen trees, power outages and dangerous coastal conditions.",
    "Irish Ferries and Stena Line said they had contacted all passengers booked on the affected sailings. Both companies said they would accommodate travellers on the first available crossings on Monday.",
    "At the port terminal, lorry drivers who had been due to sail on the afternoon crossing said they had been told to expect a wait of at least 18 hours. “I’ve a load of fresh fish going to Birmingham and it won’t keep for ever,” said one driver from Killybegs.",
    "ESB Networks said about 24,000 homes, farms and businesses were without power by late afternoon, most of them in Wexford and south Wicklow. Crews would work through the night where it was safe to do so, the company said.",
    "Dublin City Council closed the Great South Wall and the promenade at Clontarf as a precaution, and gardaí urged people to stay away from exposed coastal areas until the warning expired.",
]


def irishtimes(pg: Page) -> str:
    nz = Noise(pg, "c-stack", IRISH_SITE)

    def update(label: str, hhmm: str, text: str, genuine: bool = False) -> str:
        return (
            f'<p class="c-paragraph c-paragraph--update"><b>{label}:</b> '
            + pg.note("update", label, text, stamp(hhmm, GMT), genuine=genuine)
            + "</p>"
        )

    items = []
    if pg.genuine:
        items.append(
            update(
                "Update, 10.54pm",
                "22:54",
                "Irish Ferries has confirmed its first sailing from Dublin on Monday will depart at 8.05am, with priority given to freight.",
                genuine=True,
            )
        )
    items.append(
        update(
            "Update, 4.35pm",
            "16:35",
            "Met Éireann has extended the orange warning to Co Meath until 3am on Monday.",
        )
    )
    paras = [f'<p class="c-paragraph">{pg.B(esc(t))}</p>' for t in IRISH_PARAS]
    menu = nz.menu(
        "related",
        "related_line",
        "sponsored",
        "membership",
        "newsletter",
        "weather",
        "traffic",
        "poll",
        "promo",
    )
    correction = (
        '<p class="c-paragraph"><i><b>Correction:</b> '
        + pg.note(
            "correction",
            "Correction",
            "An earlier version of this article said the warning covered Co Kildare. It covers Co Louth.",
            None,
        )
        + "</i></p>"
    )
    body = f"""{nz.consent() if pg.maybe(0.6) else ""}
<div class="b-header"><a class="b-header__logo" href="/">The Irish Times</a>{links(["News", "Sport", "Business", "Opinion", "Life & Style", "Culture", "Podcasts", "Crosswords", "Subscribe"], "b-header__nav")}
{nz.weather() if pg.maybe(0.7) else ""}</div>
<main class="b-article-body"><article class="c-article">
<div class="c-overline"><a href="/ireland/">Ireland</a></div>
<h1 class="c-heading">Storm Fionnuala: Dublin-Holyhead ferries cancelled as gusts reach 130km/h</h1>
<h2 class="c-subheadline">Orange wind warning for four counties; about 24,000 without power</h2>
<div class="c-byline">Ciarán Mulvey <span>Transport Correspondent</span></div>
<time class="c-date" datetime="2026-12-06T13:05:00Z">Sun Dec 06 2026 - 13:05</time>
<div class="c-share"><button>Share</button>{nz.comments()}</div>
<figure class="c-image"><img src="/img/port.jpg" alt=""><figcaption>Waves break over the Great South Wall in Dublin. Photograph: Alan Betson</figcaption></figure>
<div class="c-body">
{"".join(items)}
{mix(pg, paras, menu, 3, 5)}
{correction}
</div>
{nz.author_box()}
</article>
<aside class="c-sidebar">{nz.most_read()}{nz.video() if pg.maybe(0.5) else ""}</aside></main>
<footer class="b-footer"><p>{pg.F("© 2026 The Irish Times DAC")}</p></footer>"""
    head = padding_css("c-stack__", 180) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Storm Fionnuala: Dublin-Holyhead ferries cancelled as gusts reach 130km/h",
            "datePublished": "2026-12-06T13:05:00Z",
            "dateModified": "2026-12-06T22:54:00Z" if pg.genuine else "2026-12-06T16:35:00Z",
        }
    )
    return document(
        pg, "Storm Fionnuala: Dublin-Holyhead ferries cancelled – The Irish Times", head, body
    )


# ---------------------------------------------------------------------------------------------
# Shared shape of the three English live pages: newest entry first.


def _live_entries(pg: Page, entries: list, genuine: tuple, offset: str, render) -> list[str]:
    out = []
    rows = [(*genuine, True)] if pg.genuine else []
    rows += [(*e, False) for e in entries]
    for hhmm, label, headline, paras, is_new in rows:
        pg.entry(label, stamp(hhmm, offset), headline, paras, genuine=is_new)
        out.append(render(hhmm, label, headline, paras))
    return out


def _latest(pg: Page, entries: list, genuine: tuple) -> str:
    return genuine[0] if pg.genuine else entries[0][0]


# ---------------------------------------------------------------------------------------------
# CBS News live: "4:52 PM EST" above a headline, CBS News 24/7 player.

CBS_SITE = {
    "promos": [
        "Watch CBS News 24/7 for free on the CBS News app, Paramount+ and Pluto TV.",
        "Get breaking news alerts from CBS News. Download the free CBS News app.",
        "Stream local coverage from WIVB and CBS News Buffalo anytime on the CBS News app.",
    ],
    "newsletter": [
        "Get the CBS News Morning Report in your inbox every weekday.",
        "Sign up for CBS News Weather Alerts for severe weather updates where you live.",
    ],
    "membership": [
        "Try Paramount+ free for 7 days and stream CBS News live, plus your local CBS station."
    ],
    "consent": "CBS News and our partners use cookies and similar technologies to personalize content and ads.",
    "weather": ("Buffalo, NY", ["heavy snow", "snow showers", "blowing snow"]),
    "traffic": "I-90 Thruway: {a} closures, {b} miles of delays between Rochester and Ripley",
    "video_head": "CBS News 24/7",
}

CBS_ENTRIES = [
    (
        "16:52",
        "4:52 PM EST",
        "Thruway to stay closed overnight",
        [
            "The New York State Thruway Authority said the closure between Exit 46 in Rochester and the Pennsylvania line will remain in place at least until 7 a.m. Monday.",
            "Tractor-trailers are being turned away at the Rochester interchange.",
        ],
    ),
    (
        "16:20",
        "4:20 PM EST",
        "Buffalo schools cancel Monday classes",
        [
            "Buffalo Public Schools said all buildings will be closed Monday. Several suburban districts, including Orchard Park and Hamburg, made the same decision earlier in the afternoon.",
        ],
    ),
    (
        "15:41",
        "3:41 PM EST",
        "National Guard sends high-axle vehicles",
        [
            "About 150 members of the New York National Guard are being deployed to Erie County with high-axle vehicles to help reach stranded motorists, county officials said.",
        ],
    ),
    (
        "14:58",
        "2:58 PM EST",
        "How much snow has fallen so far?",
        [
            "The weather service’s spotter network reported 41 inches in Hamburg, 38 inches in Orchard Park and 17 inches at Buffalo Niagara International Airport as of 2 p.m.",
        ],
    ),
    (
        "14:05",
        "2:05 PM EST",
        None,
        [
            "Erie County Executive Dana Whitcombe issued a travel ban for the southern towns, saying anyone on the roads without an emergency reason could be fined.",
        ],
    ),
    (
        "13:12",
        "1:12 PM EST",
        "Airport keeps one runway open",
        [
            "Buffalo Niagara International Airport said one runway remained open, but most afternoon departures were canceled as airlines moved planes out ahead of the storm.",
        ],
    ),
]
CBS_NEW = (
    "17:53",
    "5:53 PM EST",
    "Power outages climb past 30,000",
    [
        "National Grid said more than 30,000 customers in Erie and Chautauqua counties were without power as of 5:45 p.m., mostly because of snow-laden tree limbs on lines.",
    ],
)


def cbs(pg: Page) -> str:
    nz = Noise(pg, "content__live", CBS_SITE)

    def render(hhmm: str, label: str, headline: str | None, paras: list[str]) -> str:
        h = f'<h2 class="live-update__headline">{esc(headline)}</h2>' if headline else ""
        ps = "".join(f"<p>{esc(p)}</p>" for p in paras)
        return (
            f'<article class="live-update" id="post-{hhmm.replace(":", "")}">'
            f'<p class="live-update__time"><time datetime="{stamp(hhmm, ET)}">{label}</time> {nz.ago(hhmm, ET)}</p>'
            f'{h}<div class="live-update__body">{ps}</div></article>'
        )

    posts = _live_entries(pg, CBS_ENTRIES, CBS_NEW, ET, render)
    intro = [
        "A lake-effect snowstorm dumped more than three feet of snow on parts of Erie County on Sunday, closing a 100-mile stretch of the New York State Thruway and stranding drivers overnight.",
        "The National Weather Service said snowfall rates could reach four inches an hour south of Buffalo into Monday morning.",
    ]
    menu = nz.menu(
        "sponsored",
        "video",
        "traffic",
        "weather",
        "newsletter",
        "promo",
        "related",
        "readers",
        "membership",
    )
    latest = _latest(pg, CBS_ENTRIES, CBS_NEW)
    body = f"""{nz.consent() if pg.maybe(0.4) else ""}
<header class="site-header"><a href="/" class="site-header__logo">CBS News</a>{links(["U.S.", "World", "Politics", "Entertainment", "HealthWatch", "MoneyWatch", "Crime", "Local", "Live"], "site-nav")}</header>
<main class="content"><article class="content__article content__article--live">
<div class="content__header">{nz.live_badge((latest, ET))}
<h1 class="content__title">Lake-effect snow buries Buffalo region, shutting down Thruway</h1>
<p class="content__meta-byline">By <a>Rachel Osei</a>, <a>Tom Brandt</a></p>
<p class="content__meta-time">Updated on: December 6, 2026 / {pg.F("Updated " + str(pg.minutes_since(latest, ET)) + " minutes ago")} / CBS News</p>
{nz.watching() if pg.maybe(0.7) else ""}</div>
<div class="content__body">
{"".join(f"<p>{pg.B(esc(p))}</p>" for p in intro)}
{nz.video() if pg.maybe(0.5) else ""}
<div class="live-updates">
{mix(pg, posts, menu, 3, 6)}
</div></div>
</article>
<aside class="content__sidebar">{nz.most_read()}</aside></main>
<footer class="site-footer"><p>{pg.F("Copyright ©2026 CBS Interactive Inc. All rights reserved.")}</p></footer>"""
    head = padding_css("content__x", 200) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Lake-effect snow buries Buffalo region, shutting down Thruway",
            "coverageStartTime": "2026-12-06T12:30:00-05:00",
            "dateModified": stamp(latest, ET),
        }
    )
    return document(
        pg, "Lake-effect snow buries Buffalo region - Live Updates - CBS News", head, body
    )


# ---------------------------------------------------------------------------------------------
# ABC News live: "Dec 6, 4:44 PM" cards, a "Key moments" list that reorders by popularity.

ABC_SITE = {
    "promos": [
        "Get the ABC News app for breaking news alerts and to watch ABC News Live around the clock.",
        "Start your day with Good Morning America, weekdays at 7 a.m. on ABC.",
        "Listen to Start Here, the ABC News daily podcast, on your favorite podcast app.",
    ],
    "newsletter": ["Sign up for the ABC News Daily newsletter and get the day’s top stories."],
    "membership": ["Stream ABC News Live on Hulu, Disney+ and the ABC News app, free."],
    "consent": "ABC News and The Walt Disney Company use cookies to personalize your experience and to show you relevant ads.",
    "video_head": "ABC News Live",
}

ABC_ENTRIES = [
    (
        "16:44",
        "Dec 6, 4:44 PM",
        "FAA issues ground stop for Denver-bound flights",
        [
            "The Federal Aviation Administration issued a ground stop for flights headed to Denver from airports in the western half of the country until at least 7 p.m. ET.",
        ],
    ),
    (
        "16:02",
        "Dec 6, 4:02 PM",
        "Airlines waive change fees",
        [
            "United, Southwest and Frontier said travelers booked through Denver on Sunday or Monday can change their flights without paying a fee or a fare difference.",
        ],
    ),
    (
        "15:17",
        "Dec 6, 3:17 PM",
        None,
        [
            "Fire crews have contained the leak near the fuel farm on the airport’s east side, a Denver Fire Department spokesperson told ABC News. About 2,000 gallons of jet fuel spilled, the spokesperson said.",
        ],
    ),
    (
        "14:30",
        "Dec 6, 2:30 PM",
        "Passengers describe long waits on the tarmac",
        [
            "Travelers posted photos of lines stretching across the Great Hall. “We’ve been sitting on the plane for three hours,” one passenger told ABC News from a flight that had landed from Phoenix.",
        ],
    ),
    (
        "13:48",
        "Dec 6, 1:48 PM",
        "What we know about the leak",
        [
            "The airport said a maintenance crew detected the leak during a routine inspection shortly after 11 a.m. local time. The pipeline carries jet fuel from a terminal in Commerce City.",
        ],
    ),
]
ABC_NEW = (
    "17:52",
    "Dec 6, 5:52 PM",
    "Refueling to resume overnight, airport says",
    [
        "Denver International Airport said it expects to resume refueling at about 2 a.m. local time once repairs to a damaged valve are finished.",
    ],
)


def _et_clock(pg: Page) -> str:
    minutes = 5 * 60 + 10 * pg.fetch - pg.rnd.randint(0, 4)
    return f"{minutes // 60}:{minutes % 60:02d}"


def abcnews(pg: Page) -> str:
    nz = Noise(pg, "xyz-live", ABC_SITE)

    def render(hhmm: str, label: str, headline: str | None, paras: list[str]) -> str:
        h = f'<h3 class="Post__Headline">{esc(headline)}</h3>' if headline else ""
        ps = "".join(f'<p class="Post__Text">{esc(p)}</p>' for p in paras)
        return (
            f'<div class="Post" data-testid="prism-post"><div class="Post__Meta"><span class="Post__Time">{label}</span> '
            f"{nz.ago(hhmm, ET)}</div>{h}{ps}"
            f'<div class="Post__Byline">ABC News</div></div>'
        )

    posts = _live_entries(pg, ABC_ENTRIES, ABC_NEW, ET, render)
    moments = [e for e in ([ABC_NEW] if pg.genuine else []) + ABC_ENTRIES if e[2]]
    pg.rnd.shuffle(moments)
    toc = "".join(f"<li><a href='#'>{esc(e[1])} {esc(e[2] or '')}</a></li>" for e in moments[:4])
    latest = _latest(pg, ABC_ENTRIES, ABC_NEW)
    menu = nz.menu(
        "related",
        "sponsored",
        "promo",
        "video",
        "ticker",
        "social",
        "following",
        "newsletter",
        "quote",
    )
    body = f"""{nz.consent() if pg.maybe(0.5) else ""}
<header class="Nav"><a class="Nav__Logo" href="/">ABC News</a>{links(["Video", "Live", "Shows", "Elections", "538", "Shop", "Stream on"], "Nav__Links")}</header>
<main class="Page"><div class="LiveBlog">
<div class="LiveBlog__Header">{nz.live_badge((latest, ET))}
<h1 class="LiveBlog__Title">Denver airport halts refueling as pipeline leak grounds flights</h1>
<div class="LiveBlog__Byline">By ABC News</div>
<p class="LiveBlog__Date">{pg.F(f"Last Updated: December 6, 2026, {_et_clock(pg)} PM EST")}</p>
{nz.social()}</div>
<div class="LiveBlog__Summary">
<p>{pg.B("Hundreds of flights were delayed or canceled at Denver International Airport on Sunday after a leak in the pipeline that feeds the airport’s fuel tanks forced a halt to refueling, officials said.")}</p>
<p>{pg.B("Airport officials said there was no danger to passengers, but they could not say when normal operations would resume.")}</p>
</div>
<nav class="KeyMoments"><h2>Key moments</h2><ul>{toc}</ul></nav>
<div class="LiveBlog__Posts">
{mix(pg, posts, menu, 3, 6, edges=True)}
</div></div>
<aside class="Sidebar">{nz.most_read()}</aside></main>
<footer class="Footer"><p>{pg.F("ABC News Network © 2026 ABC News Internet Ventures. All rights reserved.")}</p></footer>"""
    head = padding_css("Post__", 160) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Denver airport halts refueling as pipeline leak grounds flights",
            "dateModified": stamp(latest, ET),
            "interactionStatistic": {
                "@type": "InteractionCounter",
                "userInteractionCount": pg.rnd.randint(1000, 90000),
            },
        }
    )
    return document(pg, "Live updates: Denver airport refueling halted - ABC News", head, body)


# ---------------------------------------------------------------------------------------------
# Reuters live: "21:41 GMT" stamps, a sign-off line in every entry, a markets strip.

REUTERS_SITE = {
    "promos": [
        "Get the Reuters app for real-time market data and breaking news alerts on your phone.",
        "Listen to Reuters World News, our daily podcast, for the stories that shape the world.",
        "Follow the Reuters Energy desk on LinkedIn for the latest on oil, gas and power markets.",
    ],
    "newsletter": [
        "Sign up here for the Reuters Power Up newsletter, with the latest on energy markets.",
        "Get the Reuters Daily Briefing newsletter, with all the news you need to start your day.",
    ],
    "membership": [
        "Register for free to read unlimited Reuters articles and receive our newsletters."
    ],
    "consent": "Reuters and its partners use cookies and similar technologies to provide and improve services and to show relevant ads.",
    "video_head": "Reuters video",
}

REUTERS_ENTRIES = [
    (
        "21:41",
        "21:41 GMT",
        "Gassco says Norwegian exports to Britain cut by a third",
        [
            "Flows of Norwegian gas to Britain fell by about a third on Sunday evening after outages at two fields, data from system operator Gassco showed.",
        ],
        "Reporting by Nerijus Adomaitis; Editing by Alex Richardson",
    ),
    (
        "20:58",
        "20:58 GMT",
        "Brent futures to open higher, traders say",
        [
            "Traders expect Brent crude futures to open higher when trading resumes on Monday, with several brokers pointing to the outages as well as cold weather in northwest Europe.",
        ],
        "Reporting by Florence Tan; Editing by Clarence Fernandez",
    ),
    (
        "20:12",
        "20:12 GMT",
        None,
        [
            "Britain’s Maritime and Coastguard Agency said a rescue helicopter had airlifted an injured worker from a drilling rig east of Aberdeen. The worker was in a stable condition.",
        ],
        "Reporting by Andrew MacAskill",
    ),
    (
        "19:25",
        "19:25 GMT",
        "Equinor evacuates non-essential staff",
        [
            "Equinor said it had flown non-essential staff off three platforms in the Oseberg area and shut production at one of them as a precaution.",
        ],
        "Reporting by Gwladys Fouche",
    ),
    (
        "18:40",
        "18:40 GMT",
        "Waves of up to 14 metres forecast",
        [
            "The Norwegian Meteorological Institute issued a red warning for waves along the coast between Stad and Lindesnes, forecasting significant wave heights of up to 14 metres overnight.",
        ],
        "Reporting by Gwladys Fouche",
    ),
]
REUTERS_NEW = (
    "22:54",
    "22:54 GMT",
    "Troll field back at full capacity, Equinor says",
    [
        "Equinor said production at the Troll gas field was back at full capacity late on Sunday after a power supply problem was fixed.",
    ],
    "Reporting by Nora Buli",
)


def reuters(pg: Page) -> str:
    nz = Noise(pg, "live-blog", REUTERS_SITE)
    rows = ([REUTERS_NEW] if pg.genuine else []) + REUTERS_ENTRIES
    posts = []
    for hhmm, label, headline, paras, credit in rows:
        pg.entry(
            label,
            stamp(hhmm, GMT),
            headline,
            [*paras, credit],
            genuine=pg.genuine and hhmm == REUTERS_NEW[0],
        )
        h = (
            f'<h2 data-testid="Heading" class="live-blog-post__heading">{esc(headline)}</h2>'
            if headline
            else ""
        )
        ps = "".join(f'<p data-testid="paragraph">{esc(p)}</p>' for p in paras)
        posts.append(
            f'<div class="live-blog-post" data-testid="LiveBlogPost"><div class="live-blog-post__meta">'
            f'<time datetime="{stamp(hhmm, GMT)}">{label}</time> {nz.ago(hhmm, GMT)}</div>{h}{ps}'
            f'<p class="live-blog-post__signoff">{esc(credit)}</p></div>'
        )
    latest = rows[0][0]
    menu = nz.menu(
        "ticker", "newsletter", "sponsored", "related", "readers", "promo", "video", "membership"
    )
    body = f"""{nz.consent() if pg.maybe(0.5) else ""}
<header class="site-header"><a class="site-header__logo" href="/">Reuters</a>{links(["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations"], "site-header__nav")}
{nz.ticker()}</header>
<main id="main-content"><article class="live-blog">
<p class="live-blog__kicker"><a href="/business/energy/">Energy</a></p>
<h1 data-testid="Heading" class="live-blog__title">Live: Storm shuts North Sea platforms, cuts Norwegian gas flows</h1>
{nz.live_badge((latest, GMT))}
<div class="live-blog__summary"><p data-testid="paragraph">{pg.B("Several oil and gas platforms in the Norwegian and British sectors of the North Sea were evacuated or shut on Sunday as a storm brought waves of up to 14 metres, operators said.")}</p></div>
<div class="live-blog__posts">
{mix(pg, posts, menu, 3, 5)}
</div>
<p class="live-blog__trust">{pg.F("Our Standards: The Thomson Reuters Trust Principles.")}</p>
</article>
<aside class="live-blog__aside">{nz.most_read()}</aside></main>
<footer class="site-footer"><p>{pg.F("All quotes delayed a minimum of 15 minutes. © 2026 Reuters. All rights reserved.")}</p></footer>"""
    head = padding_css("live-blog__x", 150) + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Live: Storm shuts North Sea platforms, cuts Norwegian gas flows",
            "dateModified": stamp(latest, GMT),
        }
    )
    return document(pg, "Live: Storm shuts North Sea platforms | Reuters", head, body)


SITES = {
    "atlantic-duluth-salt": ("en", "The Atlantic", "updates", atlantic),
    "irishtimes-storm-ferries": ("en", "The Irish Times", "updates", irishtimes),
    "cbsnews-live-buffalo-snow": ("en", "CBS News", "live", cbs),
    "abcnews-live-denver-fuel": ("en", "ABC News", "live", abcnews),
    "reuters-live-northsea-storm": ("en", "Reuters", "live", reuters),
}
