"""English publishers: RTÉ News (updates), ITV News (live), Star Tribune (live)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import fx
from kit import Block, Built, Ctx, attr, document, esc, iso, ld, local_dt, scatter, weave

# =============================================================================================
# RTÉ News — updates; two "UPDATE 19:40" boxes (stamp paragraph + text) on top, newest first;
# italic "Clarification:" at the bottom. Irish time = +00:00.

RTE_SLUG = "rte-limerick-barge-bridge"
RTE_OFF = 0

RTE_P = {
    "heads": [
        "Met Éireann issues frost warning for Midlands as temperatures drop",
        "Cork hospital apologises after patient records sent to wrong address",
        "Galway traders report record footfall on first December weekend",
        "Kerry farmer's hedge-cutting appeal to be heard in High Court",
        "Dublin Port container volumes fall for third month in a row",
        "Sligo town council votes to pedestrianise Grattan Street",
        "Waterford Greenway to get new lighting after safety campaign",
        "Donegal island ferry service to resume after engine repairs",
        "Teachers' union to ballot members over school building delays",
        "Wexford man wins national ploughing title at his ninth attempt",
        "Housing charity says rent arrears cases doubled in a year",
        "New cycle lane on Cork's Western Road opens two months late",
        "Kilkenny hurling legend to coach under-20 team next season",
        "Athlone swimming pool closed for repairs until spring",
        "Tipperary creamery workers accept pay deal after long talks",
        "Clare library service extends opening hours in five towns",
    ],
    "because": ["Limerick news", "transport stories", "the Shannon"],
    "breaking": [
        "Taoiseach to meet Northern party leaders in Belfast on Thursday",
        "Budget surplus for November higher than expected, figures show",
        "Two men arrested after cash-in-transit robbery in Navan",
        "Irish Rail confirms new timetable for Cork commuter line",
        "Storm names for the coming season to be announced tomorrow",
    ],
    "podcast": {
        "show": "The Stand-Up Briefing",
        "first": 318,
        "eps": [
            ("Why Ireland's bridges are getting older", 27),
            ("Inside the race to replace the Luas trams", 31),
            ("The farmers turning bogs back into wetlands", 24),
            ("Who pays when a road has to close?", 29),
            ("A week on the night shift at Shannon Airport", 35),
        ],
        "cta": [
            "New episodes every weekday at 7am on the RTÉ Radio Player.",
            "Subscribe wherever you get your podcasts so you never miss an episode.",
            "Listen on the RTÉ Radio Player or your favourite podcast app.",
        ],
    },
    "quotes": [
        (
            "You could hear the wind coming before you felt it",
            "Bridget Mulcahy, Achill Island",
            "Achill islanders count the cost after weekend gales",
        ),
        (
            "We have 40 beds and 70 people on the list",
            "Homeless services worker, Cork",
            "Winter shelters in Cork at full capacity",
        ),
        (
            "Nobody told us the bus had stopped coming",
            "Commuter in Tallaght",
            "Tallaght route cut without notice, say passengers",
        ),
        (
            "My grandfather cut turf on that bog for fifty years",
            "Séamus Kinsella, Co Offaly",
            "Offaly bog rewetting project enters final phase",
        ),
    ],
    "quiz": [
        "Quiz: Which Irish county has the longest coastline?",
        "Quiz: How well do you know this week's news?",
        "Quiz: Can you name the bridges of Limerick city?",
        "Quiz: Ten questions on Irish rivers and lakes",
    ],
    "events": [
        "The RTÉ Concert Orchestra's Christmas gala comes to University Concert Hall on 18 December, with tickets from €25.",
        "Join the RTÉ Choirs for carols at the National Concert Hall. Booking is open now.",
        "The RTÉ Young Musician of the Year final is at the Helix on 13 December. Tickets from €15.",
    ],
    "otherlang": [
        "This story is also available in Irish on RTÉ Nuacht",
        "Léigh an scéal seo as Gaeilge ar RTÉ Nuacht",
    ],
    "social": [
        (
            "Limerick Marathon",
            "@limerickmarathon",
            "Entries for next year's race open on Friday at noon. Early-bird price until the end of January!",
        ),
        (
            "Shannon Airport",
            "@ShannonAirport",
            "Our new security hall is now open. Allow extra time this week while staff settle in.",
        ),
        (
            "Munster Rugby",
            "@Munsterrugby",
            "Squad news for Saturday will be announced at 1pm tomorrow. Stay tuned.",
        ),
        (
            "Met Éireann",
            "@MetEireann",
            "Clear skies tonight means a sharp frost in places. Lows of -3 in the Midlands.",
        ),
    ],
    "lotto": [
        ("Lotto", 6, 47, "Bonus", 1, 47),
        ("EuroMillions", 5, 50, "Lucky Stars", 2, 12),
        ("Daily Million", 6, 39, "Bonus", 1, 39),
    ],
    "cur": "€",
    "city": "Limerick",
    "temps": (1, 6),
    "conditions": [
        "clear spells",
        "patchy cloud",
        "light showers",
        "frost forming",
        "dry and cold",
    ],
    "promos": [
        "Watch the Six One News live on the RTÉ Player, with Irish Sign Language on RTÉ News Channel.",
        "Get the latest headlines each evening with the RTÉ News Daily Briefing, delivered to your inbox at 6pm.",
        "You can now follow RTÉ News on WhatsApp for the biggest stories of the day.",
        "Send us your photos and videos from your area using the RTÉ News upload page.",
    ],
    "ads": [
        "Switch your home insurance in minutes and save with a new customer discount.",
        "Book your winter sun break now with flights from Shannon from €79.",
        "Free delivery on orders over €40 this Christmas. Shop the gift guide today.",
    ],
    "consent": "We and our partners use cookies and similar technologies to improve your experience, to measure audiences and to show you relevant content.",
    "listen_min": 4,
}

RTE_BODY = [
    "Limerick's Shannon Bridge has been closed to all traffic after a grain barge struck one of its piers shortly after 2pm this afternoon.",
    "The vessel, which was travelling downstream towards the docks, hit the second pier from the Clancy Strand side, according to Limerick City and County Council.",
    "Nobody was injured. The three crew members on board were brought ashore by the RNLI and checked by paramedics at the scene.",
    "Gardaí closed the bridge in both directions within minutes and set up diversions via Sarsfield Bridge and the Condell Road, causing long tailbacks through the city centre during the evening rush.",
    "The council's director of transportation, Niamh Corless, said structural engineers were on site and that the bridge would not reopen until they were satisfied it was safe.",
    "\u201cWe are not going to take any chances with a structure that carries around 20,000 vehicles a day,\u201d she said.",
    "The barge is operated by Corrib Bulk Haulage, a Galway-based company. In a statement, the firm said it was cooperating fully with the authorities and that its own inspectors were travelling to Limerick.",
    "Waterways Ireland has placed a temporary restriction on river traffic between Sarsfield Bridge and the Shannon Bridge while the vessel remains moored at the scene.",
    "Bus Éireann said city services 302, 304 and 306 were being diverted and passengers should allow extra time for their journeys.",
]

RTE_NOTES = [
    Block(
        "UPDATE 19:40",
        [
            "Council officials have confirmed that the Shannon Bridge will stay closed overnight. Divers from the Irish Coast Guard are to carry out an underwater survey of the damaged pier at first light."
        ],
        "update",
        "2026-12-07T19:40:00+00:00",
    ),
    Block(
        "UPDATE 17:15",
        [
            "Engineers have found cracking in the masonry of the second pier, the council said. The barge has been towed to a berth at Ted Russell Dock."
        ],
        "update",
        "2026-12-07T17:15:00+00:00",
    ),
]
RTE_GENUINE = Block(
    "UPDATE 22:53",
    [
        "Gardaí say the Condell Road diversion will remain in place for the morning commute. Motorists coming from Clare are being advised to use the Limerick Tunnel instead."
    ],
    "update",
    "2026-12-07T22:53:00+00:00",
)
RTE_CLAR = Block(
    "Clarification",
    [
        "This article previously described Corrib Bulk Haulage as the owner of the barge. The company operates the vessel under a charter agreement."
    ],
    "clarification",
    None,
)


def rte(fetch: int) -> Built:
    c = Ctx(RTE_SLUG, "en", fetch, RTE_OFF)
    P, k = RTE_P, "rte-"
    notes = ([RTE_GENUINE] if fetch == 6 else []) + RTE_NOTES
    modified = "2026-12-07T22:53:00+00:00" if fetch == 6 else "2026-12-07T19:40:00+00:00"
    upd_shown = "22:53" if fetch == 6 else "19:40"

    items: list[str] = []
    for n in notes:
        items.append(
            f'<div class="article-update"><p class="article-update__stamp"><strong>{esc(n.label)}</strong></p>'
            f"<p>{esc(n.body)}</p></div>"
        )
    n_notes = len(items)
    items += [f"<p>{esc(p)}</p>" for p in RTE_BODY]
    items.append(
        f'<p class="clarification"><em><strong>{RTE_CLAR.label}:</strong> {esc(RTE_CLAR.body)}</em></p>'
    )

    menu = [
        partial(fx.readnext, P=P, k=k),
        partial(fx.editor_pick, P=P, k=k),
        partial(fx.podcast, P=P, k=k),
        partial(fx.pullquote, P=P, k=k),
        partial(fx.quiz, P=P, k=k),
        partial(fx.event, P=P, k=k),
        partial(fx.social, P=P, k=k),
        partial(fx.lotto, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls=""),
        partial(fx.app_update, P=P, k=k),
    ]
    # widgets go between story paragraphs (after the notes), never inside a note box
    placed = scatter(c, len(RTE_BODY) + 1, menu, 3, 6)
    body_html = weave(items, placed, shift=n_notes + 1)
    body_html = body_html.replace('<p class="">', "<p>")

    top = []
    if c.chance(0.6):
        top.append(fx.listen(c, P, k))
    if c.chance(0.5):
        c.kind('"also available in …" language line')
        top.append(
            f'<p class="{k}otherlang"><a href="/nuacht/">{c.f(c.pick(P["otherlang"]))}</a></p>'
        )
    bottom = [fx.error_report(c, P, k)] if c.chance(0.7) else []
    if c.chance(0.5):
        bottom.append(fx.shares(c, P, k))

    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Shannon Bridge closed after grain barge strikes pier in Limerick",
            "datePublished": "2026-12-07T15:02:00+00:00",
            "dateModified": modified,
            "author": [{"@type": "Person", "name": "Ciarán Lehane"}],
            "publisher": {
                "@type": "Organization",
                "name": "RTÉ",
                "logo": {"@type": "ImageObject", "url": "https://www.rte.ie/logo.png"},
            },
            "articleSection": "Ireland",
            "inLanguage": "en-IE",
            "mainEntityOfPage": f"https://www.rte.ie/news/munster/2026/1207/{RTE_SLUG}/",
        }
    )
    head = (
        f'<meta name="description" content="{attr(RTE_BODY[0])}">\n'
        '<meta property="og:site_name" content="RTÉ">\n<meta property="og:type" content="article">\n'
        f'<meta property="article:modified_time" content="{modified}">\n<link rel="canonical" href="https://www.rte.ie/news/munster/2026/1207/{RTE_SLUG}/">\n'
        + ldj
    )
    breaking = fx.breaking_bar(c, P, k) if c.chance(0.7) else ""
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    weather = fx.weather(c, P, k)
    body = f"""<div id="rte-masthead" class="masthead">
<header class="masthead__bar"><a class="masthead__logo" href="/">RTÉ</a>
<nav class="masthead__nav"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/entertainment/">Entertainment</a></li><li><a href="/business/">Business</a></li><li><a href="/lifestyle/">Lifestyle</a></li><li><a href="/culture/">Culture</a></li><li><a href="/player/">RTÉ Player</a></li><li><a href="/radio/">Radio</a></li></ul></nav>
<button class="masthead__search"><svg><use href="#i-search"/></svg></button></header>
<nav class="news-subnav"><a href="/news/ireland/">Ireland</a> <a href="/news/world/">World</a> <a href="/news/business/">Business</a> <a href="/news/politics/">Politics</a> <a href="/news/munster/">Munster</a> <a href="/news/connacht/">Connacht</a></nav>
{breaking}
</div>
<main class="main-content" id="main">
<div class="article-grid">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article-meta">
<h1 class="headline" itemprop="headline">Shannon Bridge closed after grain barge strikes pier in Limerick</h1>
<p class="byline">By <a href="/news/author/ciaran-lehane/">Ciarán Lehane</a>, Mid-West Correspondent</p>
<ul class="article-dates"><li>Published <time datetime="2026-12-07T15:02:00+00:00">Monday 7 Dec 2026 15:02</time></li><li>Updated <time datetime="{modified}">{upd_shown}</time></li></ul>
</header>
<figure class="article-lead-image"><img src="/img/shannon-bridge-barge.jpg" alt="A barge beside the pier of a road bridge"><figcaption>The barge came to rest against the second pier (Image: Press 22)</figcaption></figure>
{"".join(top)}
<section class="article-body" itemprop="articleBody">
{body_html}
</section>
{"".join(bottom)}
<div class="article-tags"><a href="/news/tags/limerick/">Limerick</a> <a href="/news/tags/transport/">Transport</a> <a href="/news/tags/river-shannon/">River Shannon</a></div>
</article>
<aside class="article-rail">
{fx.mostread(c, P, k)}
{weather}
</aside>
</div>
</main>
<footer class="site-footer"><ul><li><a href="/about/">About RTÉ</a></li><li><a href="/privacy/">Privacy notice</a></li><li><a href="/accessibility/">Accessibility</a></li><li><a href="/contact/">Contact RTÉ</a></li></ul>
<p>© RTÉ 2026</p></footer>
{consent}"""
    html = document(
        lang="en-IE",
        title="Shannon Bridge closed after grain barge strikes pier in Limerick",
        head_extra=head,
        body=body,
        c=c,
        slug=RTE_SLUG,
        prefix="rte",
        app="RTE",
        body_attrs='class="page-news"',
    )
    return Built(html, list(RTE_BODY), [*notes, RTE_CLAR], c)


# =============================================================================================
# ITV News — live; a pinned "What we know" post on top, then posts newest first stamped
# "9.43pm"; one post without a headline. UK time = +00:00.

ITV_SLUG = "itv-live-gateshead-metro-wires"
ITV_OFF = 0

ITV_P = {
    "heads": [
        "Durham pensioner reunited with wedding ring lost on the beach in 1974",
        "Sunderland shipyard site to become film studio, council confirms",
        "Northumberland coastal path partly closed after cliff fall",
        "Hartlepool school choir reaches final of national competition",
        "Teesside airport adds new winter route to Amsterdam",
        "Newcastle's Christmas market extends opening hours this week",
        "Carlisle flood defences to be raised by a metre under new plan",
        "Middlesbrough bus drivers vote to accept pay offer",
        "Police appeal after rare owl found injured near Hexham",
        "North East firms report rise in apprenticeships for third year",
        "Whitley Bay lighthouse to reopen to visitors next spring",
        "Gateshead council agrees budget for new leisure centre",
        "Darlington railway museum wins national heritage award",
        "South Shields ferry landing to be rebuilt next year",
    ],
    "because": ["North East transport", "Tyne and Wear", "travel disruption"],
    "breaking": [
        "Chancellor to set out business rates changes on Wednesday",
        "Met Office issues ice warning for much of northern England",
        "Royal Mail warns of Christmas delays in parts of the North",
        "Nurses in Scotland to vote on new pay offer",
    ],
    "otherlive": [
        (
            "Live: Darts World Championship, opening night at Alexandra Palace",
            [
                ("7.12pm", "First match under way on the main stage"),
                ("7.48pm", "Dutch debutant wins first set against the ninth seed"),
                ("8.20pm", "Crowd sings as the holder walks on for his opener"),
                ("8.55pm", "Nine-dart attempt missed on the final double"),
                ("9.31pm", "Holder through to round two after a 3-1 win"),
            ],
        ),
        (
            "Live: Westminster, MPs debate the rail ticket reforms",
            [
                ("6.40pm", "Transport minister opens the debate in the Commons"),
                ("7.05pm", "Opposition spokesperson calls the plans a fare rise by stealth"),
                ("7.52pm", "Backbenchers raise concerns about rural stations"),
                ("8.30pm", "Vote on the amendment is expected after 10pm"),
                ("9.10pm", "Speaker grants an urgent question for tomorrow"),
            ],
        ),
    ],
    "tags": [
        "#Metro",
        "#Gateshead",
        "#Newcastle",
        "#Nexus",
        "#Sunderland",
        "#TyneAndWear",
        "#Commute",
        "#NorthEast",
        "#Weather",
    ],
    "social": [
        (
            "Northumbria Police",
            "@northumbriapol",
            "Officers are at the Quayside tonight for the festive patrols. Come and say hello if you see us.",
        ),
        (
            "Tyne Bridge Fans",
            "@tynebridgefans",
            "The bridge lit up green for the charity appeal, what a sight from the Sage steps tonight.",
        ),
        (
            "Newcastle City Council",
            "@NewcastleCC",
            "Bin collections are running as normal this week. Check your day on our website.",
        ),
        (
            "Met Office",
            "@metoffice",
            "Icy stretches are likely across northern England overnight. Take care on untreated roads.",
        ),
    ],
    "onair": (
        "ITV1",
        [
            ("7.30pm", "Coronation Street"),
            ("8pm", "Emmerdale"),
            ("9pm", "The Harbour Inquiry"),
            ("10pm", "ITV News at Ten"),
            ("10.30pm", "ITV News Tyne Tees"),
            ("10.45pm", "The Late Debate"),
            ("11.40pm", "Off the Ball: Football Tonight"),
            ("12.35am", "Late Night Quiz"),
            ("2.30am", "Shop on TV"),
        ],
    ),
    "podcast": {
        "show": "The Tyne Tees Podcast",
        "first": 142,
        "eps": [
            ("The last pit village choirs", 28),
            ("Can the Metro survive another winter?", 33),
            ("Behind the scenes at the lifeboat station", 26),
            ("Who really owns the Quayside?", 31),
        ],
        "cta": [
            "Listen to new episodes every Friday on ITVX and all podcast apps.",
            "Find us on your podcast app and hit follow for new episodes.",
        ],
    },
    "lotto": [
        ("Lotto", 6, 59, "Bonus", 1, 59),
        ("Thunderball", 5, 39, "Thunderball", 1, 14),
        ("Set For Life", 5, 47, "Life Ball", 1, 10),
    ],
    "cur": "£",
    "quiz": [
        "Quiz: How well do you know the North East's bridges?",
        "Quiz: Name the stations on the Metro's yellow line",
        "Quiz: Test yourself on this week's news",
    ],
    "city": "Newcastle",
    "temps": (0, 5),
    "conditions": [
        "clear and frosty",
        "mostly cloudy",
        "chance of sleet",
        "icy patches",
        "cold and still",
    ],
    "promos": [
        "Watch ITV News Tyne Tees every weeknight at 6pm on ITV1 and ITVX, or catch up any time on the app.",
        "Get the North East's top stories straight to your phone by following ITV News Tyne Tees on WhatsApp.",
        "Do you have a story for us? Email our newsdesk and our team will be in touch.",
    ],
    "sponsored": [
        (
            "Sponsored by Northern Powergrid",
            "Is your home ready for a winter power cut?",
            "Simple steps can keep you safe and warm if the lights go out. Find out how to join our priority services register.",
        ),
        (
            "Sponsored by Visit Durham",
            "Six winter walks in the Durham Dales",
            "From frozen waterfalls to cosy pubs, here is how to spend a frosty weekend in the hills.",
        ),
        (
            "Paid partnership with Grainger Kitchens",
            "Christmas dinner for six, sorted in an hour",
            "Our chefs share a shortcut menu that takes the stress out of the big day.",
        ),
    ],
    "ads": [
        "Festive Sale now on: up to 40% off sofas with free delivery before Christmas.",
        "Compare energy tariffs in minutes and see if you could save this winter.",
    ],
    "consent": "ITV and our partners use cookies to personalise content and ads, and to analyse how our services are used.",
}

ITV_INTRO = [
    "Tyne and Wear Metro services between Gateshead and Felling have been suspended after an overhead power line came down across both tracks near Gateshead Stadium this afternoon.",
    "Nexus, which runs the network, says replacement buses are running but is warning passengers to expect long queues. Follow the latest below.",
]
ITV_PINNED = Block(
    "6.05pm",
    [
        "The line came down at about 3.20pm. No one was hurt, but around 400 passengers had to walk along the track to Felling station with staff. Nexus says repairs will take until at least the end of Tuesday."
    ],
    "live_entry",
    "2026-12-07T18:05:00+00:00",
    "What we know so far",
)
ITV_ENTRIES = [
    Block(
        "9.43pm",
        [
            "Overhead line engineers have started cutting away the damaged section of cable. Nexus says the work is being done in stages so that power can stay on elsewhere on the network."
        ],
        "live_entry",
        "2026-12-07T21:43:00+00:00",
        "Engineers begin work on the damaged gantry",
    ),
    Block(
        "8.58pm",
        [
            "A viewer in Jarrow tells us the replacement bus from Gateshead Interchange took more than an hour to arrive. Nexus has apologised and says six more buses have been added this evening."
        ],
        "live_entry",
        "2026-12-07T20:58:00+00:00",
    ),
    Block(
        "8.12pm",
        [
            "Gateshead Council says people heading to the late-night shopping event at the Metrocentre should use buses rather than the Metro until further notice."
        ],
        "live_entry",
        "2026-12-07T20:12:00+00:00",
        "Shoppers urged to leave the car at home",
    ),
    Block(
        "7.26pm",
        [
            "Nexus says an insulator on a gantry failed, but it is too early to say why. The operator's director of rail, Graham Pettigrew, said the equipment was last inspected in October.",
            "He added that a full report would be shared with the rail regulator.",
        ],
        "live_entry",
        "2026-12-07T19:26:00+00:00",
        "What caused the fault?",
    ),
    Block(
        "6.41pm",
        [
            "A shuttle service has resumed on the eastern part of the line, running every 20 minutes. There is still no service between Gateshead and Felling."
        ],
        "live_entry",
        "2026-12-07T18:41:00+00:00",
        "Trains running again between Pelaw and South Shields",
    ),
]
ITV_GENUINE = Block(
    "10.54pm",
    [
        "The operator says the line between Gateshead and Felling will stay closed all day on Tuesday. Replacement buses will run every ten minutes from 5.30am."
    ],
    "live_entry",
    "2026-12-07T22:54:00+00:00",
    "No Metro through Gateshead tomorrow, Nexus confirms",
)


def _itv_post(b: Block, pinned: bool = False) -> str:
    cls = "live-post live-post--pinned" if pinned else "live-post"
    pin = '<span class="live-post__pin">Pinned</span> ' if pinned else ""
    h = f'<h2 class="live-post__title">{esc(b.headline)}</h2>' if b.headline else ""
    paras = "".join(f"<p>{esc(p)}</p>" for p in b.paras)
    return (
        f'<div class="{cls}" id="post-{b.ts[11:16].replace(":", "")}">{pin}<span class="live-post__time">{esc(b.label)}</span>'
        f'{h}<div class="live-post__body">{paras}</div></div>'
    )


def _itv_sponsored(c: Ctx) -> str:
    c.kind("sponsored card shaped like a live entry")
    who, title, text = c.pick(ITV_P["sponsored"])
    return (
        f'<div class="live-post live-post--promoted"><span class="live-post__time">{esc(who)}</span>'
        f'<h2 class="live-post__title">{c.f(title)}</h2><div class="live-post__body"><p>{c.f(text)}</p></div></div>'
    )


def itv(fetch: int) -> Built:
    c = Ctx(ITV_SLUG, "en", fetch, ITV_OFF)
    P, k = ITV_P, "itv-"
    entries = ([ITV_GENUINE] if fetch == 6 else []) + ITV_ENTRIES
    latest = entries[0]
    modified = latest.ts

    items = [_itv_post(ITV_PINNED, True)] + [_itv_post(b) for b in entries]
    menu = [
        partial(fx.otherlive, P=P, k=k),
        partial(fx.tags, P=P, k=k),
        partial(fx.foryou, P=P, k=k),
        partial(fx.reactions, P=P, k=k),
        partial(fx.social, P=P, k=k),
        partial(fx.onair, P=P, k=k),
        partial(fx.podcast, P=P, k=k),
        partial(fx.breaking_bar, P=P, k=k),
        partial(fx.quiz, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls="itv-feed-note"),
        partial(fx.display_ad, P=P, k=k),
        _itv_sponsored,
    ]
    placed = scatter(c, len(items), menu, 4, 7)  # after any post, including the last
    feed = weave(items, placed, shift=1)
    if c.chance(0.5):
        feed = fx.newposts(c, P, k) + "\n" + feed

    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Live: Metro suspended after overhead line comes down near Gateshead",
            "datePublished": "2026-12-07T16:10:00+00:00",
            "dateModified": modified,
            "author": {"@type": "Organization", "name": "ITV News Tyne Tees"},
            "publisher": {"@type": "Organization", "name": "ITV News"},
        }
    )
    head = (
        '<meta property="og:site_name" content="ITV News">\n<meta name="twitter:card" content="summary_large_image">\n'
        f'<meta property="og:title" content="Live: Metro suspended after overhead line comes down near Gateshead">\n{ldj}'
    )
    badge = (
        '<span class="live-badge" data-pulse="1">LIVE</span>'
        if c.chance(0.5)
        else '<span class="live-badge">LIVE</span>'
    )
    rail = [fx.weather(c, P, k), fx.mostread(c, P, k, 4)]
    if c.chance(0.5):
        rail.append(fx.lotto(c, P, k))
    consent = fx.consent(c, P, k) if c.chance(0.6) else ""
    body = f"""<header class="itv-header"><a class="itv-header__logo" href="/news">ITV News</a>
<nav class="itv-header__regions"><a href="/news/tyne-tees">Tyne Tees</a><a href="/news/border">Border</a><a href="/news/calendar">Calendar</a><a href="/news/granada">Granada</a><a href="/news/london">London</a></nav>
<nav class="itv-header__topics"><a href="/news/uk">UK</a><a href="/news/politics">Politics</a><a href="/news/world">World</a><a href="/news/weather">Weather</a></nav></header>
<main id="content" class="itv-article itv-article--live">
<div class="itv-article__header">{badge}
<h1 class="itv-article__title">Live: Metro suspended after overhead line comes down near Gateshead</h1>
<p class="itv-article__meta">ITV News Tyne Tees · <time datetime="2026-12-07T16:10:00+00:00">Monday 7 December 2026, 4.10pm</time></p></div>
<figure class="itv-article__hero"><img src="/img/metro-gantry.jpg" alt="Metro train stopped under a damaged gantry"><figcaption>Passengers were led along the track to Felling (Credit: ITV News)</figcaption></figure>
<div class="itv-article__intro">
{"".join(f"<p>{esc(p)}</p>" for p in ITV_INTRO)}
</div>
<section class="live-blog" aria-label="Live updates">
<h2 class="live-blog__heading">Latest updates</h2>
{feed}
</section>
</main>
<aside class="itv-rail">{"".join(rail)}</aside>
<footer class="itv-footer"><a href="/about">About ITV News</a> <a href="/contact">Contact us</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms and conditions</a><p>© ITV plc 2026</p></footer>
{consent}"""
    html = document(
        lang="en-GB",
        title="Live: Metro suspended after overhead line comes down near Gateshead | ITV News Tyne Tees",
        head_extra=head,
        body=body,
        c=c,
        slug=ITV_SLUG,
        prefix="itv",
        app="ITVN",
    )
    return Built(html, list(ITV_INTRO), [ITV_PINNED, *entries], c)


# =============================================================================================
# Star Tribune — live; posts newest first with <time> "3:48 p.m.", byline per post; one post
# without a headline; LiveBlogPosting with liveBlogUpdate. Minneapolis = −06:00.

ST_SLUG = "startribune-live-downtown-water-main"
ST_OFF = -360

ST_P = {
    "heads": [
        "St. Paul council delays vote on new snow emergency rules",
        "Duluth's aerial lift bridge to close for winter maintenance",
        "Minnesota farmers brace for lower soybean prices next year",
        "Rochester clinic expansion to add 900 jobs, city says",
        "Lake Street businesses mark five years of rebuilding",
        "Bloomington mall plans ice rink for holiday season",
        "Anoka County sheriff launches body camera review",
        "Metro Transit ridership climbs for sixth straight month",
        "Edina schools weigh later start times for high schoolers",
        "Minnesota lawmakers preview bonding bill priorities",
        "Stillwater lift bridge repairs finish ahead of schedule",
        "Hennepin County libraries to drop overdue fines on DVDs",
        "Winter parking bans: what to know before the first big storm",
        "St. Cloud brewery wins national award for dark lager",
    ],
    "because": ["Minneapolis news", "transportation", "downtown Minneapolis"],
    "markets": [
        ("Dow", 44180.0, "", 2),
        ("S&P 500", 6102.0, "", 2),
        ("Nasdaq", 19850.0, "", 2),
        ("Gas, Twin Cities avg.", 2.89, "/gal", 2),
        ("Bitcoin", 91200.0, "", 0),
    ],
    "fixtures": {
        "league": "NHL",
        "games": [
            ("Wild", "Jets", "7 p.m."),
            ("Blues", "Stars", "7:30 p.m."),
            ("Avalanche", "Kings", "8 p.m."),
            ("Predators", "Blackhawks", "7 p.m."),
        ],
        "table": [
            ("Jets", 38),
            ("Wild", 36),
            ("Stars", 33),
            ("Avalanche", 31),
            ("Blues", 28),
            ("Predators", 24),
        ],
    },
    "city": "Minneapolis",
    "temps": (14, 24),
    "conditions": [
        "light snow",
        "partly cloudy",
        "flurries",
        "cloudy and cold",
        "wind chill below zero",
    ],
    "products": [
        ("Heated winter gloves", "$89.99", ["$59.99", "$62.49", "$54.99"], "Amazon"),
        ("Insulated stainless tumbler", "$35", ["$24.95", "$22.40"], "Target"),
        ("Cordless snow blower, 40V", "$499", ["$379", "$399", "$349"], "Home Depot"),
    ],
    "jobs": [
        "Water distribution technician – City of Bloomington, $31.40/hr",
        "Registered nurse, night shift – Hennepin Healthcare",
        "Civil engineer II – Minnesota Department of Transportation, St. Paul",
        "Snowplow driver, seasonal – Dakota County",
        "Line cook – North Loop restaurant group, Minneapolis",
    ],
    "property": [
        "3 bd, 2 ba rambler in Richfield – $339,900",
        "Condo with skyway access, downtown Minneapolis – $285,000",
        "4 bd colonial near Lake Harriet – $749,000",
        "2 bd townhome in Eagan – $264,500",
    ],
    "author": "Maren Lindqvist",
    "countdown": [
        ("the Holiday Train's stop in St. Paul", datetime(2026, 12, 12, 17, 0)),
        ("Christmas", datetime(2026, 12, 25, 0, 0)),
    ],
    "social": [
        (
            "MnDOT",
            "@MnDOT",
            "Crews are treating roads across the metro ahead of tonight's light snow. Give plows room to work.",
        ),
        (
            "Minneapolis Parks",
            "@MplsParkBoard",
            "Outdoor rinks open this weekend if the cold holds. Check the warming house hours online.",
        ),
        (
            "Minnesota Wild",
            "@mnwild",
            "Warmups are under way. Puck drop tonight at 7 p.m. on FanDuel Sports North.",
        ),
    ],
    "comments": [
        (
            "northloopnative",
            "Every winter it's a different pipe. When does the city actually fix the system?",
        ),
        (
            "skywaywalker22",
            "Walked through City Center at noon and the smell was unreal. Hope the shops recover.",
        ),
        ("twin_cities_dad", "Credit to the crews out there in this cold, that's a tough job."),
        ("mplsresident", "My building lost pressure for about an hour but it's back now."),
    ],
    "promos": [
        "Get the day's top Minnesota stories in your inbox every morning with the Star Tribune's free Morning Headlines newsletter.",
        "Star Tribune subscribers get unlimited access to our reporting on the apps and the website. Subscribe for $1 for four weeks.",
        "Have a news tip about this story? Contact our newsroom, and you can remain anonymous.",
    ],
    "newsletter": [
        "Sign up for Talk of the Town for the best of Twin Cities food, arts and events every Thursday.",
        "Get breaking news alerts from the Star Tribune as soon as they happen.",
    ],
    "ads": [
        "Year-end clearance: 0% APR on select SUVs at Twin Cities dealers this week.",
        "Furnace tune-up for $79 when you book before Friday.",
    ],
    "consent": "We use cookies and other tracking technologies to improve your browsing experience and to analyze our traffic.",
}

ST_INTRO = [
    "A 36-inch water main broke under S. 7th Street in downtown Minneapolis late Monday morning, flooding several blocks and forcing the closure of part of the skyway system.",
    "City crews have shut off the main. Here are the latest updates.",
]
ST_ENTRIES = [
    Block(
        "3:48 p.m.",
        [
            "Building managers say the skyway link reopened at 3:30 p.m. after water in the lower level was pumped out. The link toward Target Center remains closed."
        ],
        "live_entry",
        "2026-12-07T15:48:00-06:00",
        "Skyway between Gaviidae and City Center reopens",
    ),
    Block(
        "3:05 p.m.",
        [
            "Metro Transit says buses on Nicollet Mall are back on their normal routes. Routes 5 and 14 are still detoured around 7th Street."
        ],
        "live_entry",
        "2026-12-07T15:05:00-06:00",
    ),
    Block(
        "2:20 p.m.",
        [
            "The main was installed in 1931, according to Public Works Director Dana Oyelaran. She said it was on the city's replacement list for 2028."
        ],
        "live_entry",
        "2026-12-07T14:20:00-06:00",
        "How old is the pipe?",
    ),
    Block(
        "1:34 p.m.",
        [
            "At least a dozen shops and restaurants along 7th Street closed for the day. The owner of a coffee shop said about four inches of water came under the door.",
            "\u201cWe had mops out for an hour before anyone told us what was going on,\u201d she said.",
        ],
        "live_entry",
        "2026-12-07T13:34:00-06:00",
        "Businesses close early",
    ),
    Block(
        "12:52 p.m.",
        [
            "Water pressure dropped in parts of downtown, but the city says tap water remains safe to drink. Residents who notice discolored water should run the cold tap for a few minutes."
        ],
        "live_entry",
        "2026-12-07T12:52:00-06:00",
        "No boil-water advisory needed, city says",
    ),
    Block(
        "12:15 p.m.",
        [
            "Firefighters were called at 11:40 a.m. to reports of water bubbling up through the pavement at 7th Street and Hennepin Avenue."
        ],
        "live_entry",
        "2026-12-07T12:15:00-06:00",
        "Water main break reported downtown",
    ),
]
ST_GENUINE = Block(
    "4:53 p.m.",
    [
        "Public Works crews will work overnight to replace a 20-foot section of the main. 7th Street between Hennepin and Nicollet will stay closed through Tuesday's morning commute."
    ],
    "live_entry",
    "2026-12-07T16:53:00-06:00",
    "Repairs to continue through the night",
)
ST_AUTHORS = {
    "3:48 p.m.": "Maren Lindqvist",
    "3:05 p.m.": "Tomás Aguilar",
    "2:20 p.m.": "Maren Lindqvist",
    "1:34 p.m.": "Priya Halvorsen",
    "12:52 p.m.": "Tomás Aguilar",
    "12:15 p.m.": "Maren Lindqvist",
    "4:53 p.m.": "Priya Halvorsen",
}


def _st_post(b: Block) -> str:
    h = f'<h3 class="live-update__headline">{esc(b.headline)}</h3>' if b.headline else ""
    paras = "".join(f'<p class="article-body__paragraph">{esc(p)}</p>' for p in b.paras)
    return (
        f'<article class="live-update" data-update-id="{b.ts[11:16].replace(":", "")}"><div class="live-update__meta">'
        f'<time datetime="{b.ts}">{esc(b.label)}</time> <span class="live-update__byline">By {esc(ST_AUTHORS[b.label])}</span></div>'
        f"{h}{paras}</article>"
    )


def startribune(fetch: int) -> Built:
    c = Ctx(ST_SLUG, "en", fetch, ST_OFF)
    P, k = ST_P, "st-"
    entries = ([ST_GENUINE] if fetch == 6 else []) + ST_ENTRIES
    modified = entries[0].ts
    items = [_st_post(b) for b in entries]
    menu = [
        partial(fx.markets, P=P, k=k),
        partial(fx.fixtures, P=P, k=k),
        partial(fx.affiliate, P=P, k=k),
        partial(fx.jobs, P=P, k=k),
        partial(fx.prop, P=P, k=k),
        partial(fx.comments, P=P, k=k),
        partial(fx.social, P=P, k=k),
        partial(fx.foryou, P=P, k=k),
        partial(fx.countdown, P=P, k=k),
        partial(fx.air, P=P, k=k),
        partial(fx.promo_p, P=P, k=k, pcls="article-body__paragraph"),
        partial(fx.display_ad, P=P, k=k),
    ]
    placed = scatter(c, len(items) - 1, menu, 4, 7)  # between posts only
    feed = weave(items, placed, shift=1)
    updates = [
        {
            "@type": "BlogPosting",
            "headline": b.headline or b.paras[0][:60],
            "datePublished": b.ts,
            "author": {"@type": "Person", "name": ST_AUTHORS[b.label]},
        }
        for b in entries
    ]
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Live updates: Water main break floods downtown Minneapolis, closes skyway",
            "coverageStartTime": "2026-12-07T12:15:00-06:00",
            "datePublished": "2026-12-07T12:15:00-06:00",
            "dateModified": modified,
            "liveBlogUpdate": updates,
            "publisher": {"@type": "NewsMediaOrganization", "name": "Star Tribune"},
        }
    )
    head = f'<meta property="og:site_name" content="Star Tribune">\n<meta name="news_keywords" content="Minneapolis, water main, skyway">\n{ldj}'
    top = []
    if c.chance(0.6):
        top.append(fx.meter(c, P, k))
    if c.chance(0.5):
        top.append(fx.follow(c, P, k))
    rail = [fx.weather(c, P, k), fx.mostread(c, P, k)]
    if c.chance(0.5):
        rail.append(fx.newsletter(c, P, k))
    bottom = [fx.error_report(c, P, k)] if c.chance(0.5) else []
    if c.chance(0.4):
        bottom.append(fx.app_update(c, P, k))
    consent = fx.consent(c, P, k) if c.chance(0.5) else ""
    body = f"""<div class="st-topbar"><a class="st-logo" href="/">Star Tribune</a>
<nav class="st-nav"><a href="/local">Local</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/sports">Sports</a><a href="/variety">Variety</a><a href="/opinion">Opinion</a><a href="/obituaries">Obituaries</a></nav>
<a class="st-subscribe" href="/subscribe">Subscribe</a> <a class="st-login" href="/login">Log in</a></div>
<main class="article-page article-page--live">
<header class="article-header"><span class="article-header__label">Live</span>
<h1 class="article-header__headline">Live updates: Water main break floods downtown Minneapolis, closes skyway</h1>
<p class="article-header__byline">By Maren Lindqvist, Tomás Aguilar and Priya Halvorsen</p>
<p class="article-header__dates"><time datetime="2026-12-07T12:15:00-06:00">Dec. 7, 2026, 12:15 p.m.</time></p></header>
{"".join(top)}
<figure class="article-hero"><img src="/img/7th-street-flooding.jpg" alt="Water covering a downtown street"><figcaption>Water flowed across S. 7th Street near Hennepin Avenue on Monday. (Star Tribune)</figcaption></figure>
<div class="article-body">
{"".join(f'<p class="article-body__paragraph">{esc(p)}</p>' for p in ST_INTRO)}
</div>
<section class="live-updates">
{feed}
</section>
{"".join(bottom)}
</main>
<aside class="st-rail">{"".join(rail)}</aside>
<footer class="st-footer"><p>© 2026 StarTribune. All rights reserved.</p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/contact">Contact Us</a></footer>
{consent}"""
    html = document(
        lang="en-US",
        title="Live updates: Water main break floods downtown Minneapolis, closes skyway",
        head_extra=head,
        body=body,
        c=c,
        slug=ST_SLUG,
        prefix="st",
        app="STRIB",
    )
    return Built(html, list(ST_INTRO), entries, c)


SITES = [
    (RTE_SLUG, "RTÉ News", "en", "updates", rte, RTE_GENUINE),
    (ITV_SLUG, "ITV News", "en", "live", itv, ITV_GENUINE),
    (ST_SLUG, "Star Tribune", "en", "live", startribune, ST_GENUINE),
]

_ = iso, local_dt
