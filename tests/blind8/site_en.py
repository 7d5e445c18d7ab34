"""English publishers: The Seattle Times, The Herald (Glasgow) and the Belfast Telegraph."""

from __future__ import annotations

import fx
from fx import box, hhmm, n_en, one, uk_clock, us_clock
from kit import Block, Ctx, at, document, esc, maybe, scatter

# =============================================================================================
# The Seattle Times: an update box at the top (bare clock times, newest first), a correction at
# the bottom. Pacific time, -08:00.

ST_SLUG = "seattletimes-fremont-bridge-stuck-open"
ST_OFF = -8

ST_BODY = (
    "The Fremont Bridge was stuck in the raised position for most of Sunday after a gear in the drawbridge's north tower jammed as crews opened it for a passing sailboat, the Seattle Department of Transportation said.",
    "The bridge, which carries about 30,000 vehicles and several thousand cyclists on a typical weekday, went up at 9:07 a.m. and could not be lowered again, said department spokesperson Dana Whitcombe.",
    "Operators first tried to bring the leaves down with a backup motor, Whitcombe said, but the jammed gear kept the east leaf from moving more than a few inches. Mechanics were called in from the department's Ballard shop.",
    "Several King County Metro routes were sent over the Aurora and Ballard bridges instead, adding up to 25 minutes to trips. Cyclists and pedestrians were directed to the University Bridge, about a mile and a half to the east.",
    "Traffic backed up along Westlake Avenue North and North 34th Street through the late morning, and drivers reported waits of more than half an hour at the Nickerson Street approach to the Ballard Bridge.",
    "Whitcombe said the gearbox had last been inspected in September and that nothing unusual was found then. The department has been planning an overhaul of the bridge's mechanical and electrical systems, which is scheduled to begin in 2028.",
    "Boats were still able to pass through the Ship Canal during the outage, and the Coast Guard asked mariners to keep clear of the north tower while mechanics worked on the gearbox.",
    "The department said it would post updates on its social media accounts and asked drivers to avoid the area through the Monday morning commute if the repair takes longer than expected.",
)
ST_NOTES = (
    Block(
        "update",
        "12:40 p.m.",
        (
            "Mechanics have removed a cover from the north tower gearbox and found a broken tooth on one of the pinion gears, SDOT said. A replacement part is being machined at the department's shop, and the bridge is expected to stay raised until at least late afternoon.",
        ),
        at(ST_OFF, 12, 40),
    ),
    Block(
        "update",
        "10:55 a.m.",
        (
            "King County Metro spokesperson Priya Lindqvist said reroutes for the affected buses would remain in place for the rest of the day.",
        ),
        at(ST_OFF, 10, 55),
    ),
)
ST_CORR = Block(
    "correction",
    "Correction",
    (
        "An earlier version of this story gave the wrong first name for a King County Metro spokesperson. She is Priya Lindqvist.",
    ),
    None,
)
ST_NEW = Block(
    "update",
    "2:53 p.m.",
    (
        "The replacement gear has been installed and crews are testing the bridge with a series of partial lifts, SDOT said. Whitcombe said the department hopes to reopen the bridge to traffic before 5 p.m.",
    ),
    at(ST_OFF, 14, 53),
)

ST_MOST_READ = (
    "Seattle's oldest diner will close after 71 years on Aurora Avenue",
    "Sound Transit board delays vote on Ballard light-rail station sites",
    "What to know about the new parking rules in Capitol Hill",
    "Huskies hold on in overtime to beat Oregon State",
    "A Kirkland family lost their home to a fire. Their neighbors rebuilt the fence first",
    "Ferry riders face two-boat service on Bainbridge route through January",
    "How a Tacoma bakery became a holiday pilgrimage",
    "Washington's snowpack is off to a slow start. Should we worry?",
    "Seattle Public Schools weighs later start times for high schools",
)
ST_RELATED = (
    "What it takes to keep a century-old drawbridge running",
    "Seattle's drawbridges open thousands of times a year. Here's who decides when",
    "Ship Canal crossings face new limits during the holiday boat parade",
    "City budget sets aside money for the bridge maintenance backlog",
    "Cyclists push for safer detours when bridges close",
)
ST_ADS = (
    "Holiday savings on heat pumps: book a free home estimate before Dec. 31",
    "Winter tire sale: buy three and get the fourth for $1 at participating stores",
    "Emerald Sound Credit Union: 4.25% APY on 12-month certificates",
    "Give the gift of the outdoors with a year-round state parks pass",
)
ST_PROMOS = (
    "Sign up for Traffic Lab, our weekly newsletter about how the region gets around, and find it in your inbox every Thursday morning.",
    "The Seattle Times does not charge you to read this story, but our reporting relies on subscribers. Subscribe today for 25 cents a week for the first six months.",
    "Have a question about how Seattle's drawbridges work? Send it to our Traffic Lab team and we may answer it in a future story.",
)
ST_NOTICES = (
    "NOTICE OF APPLICATION: The city has received an application to divide one lot into three at 4417 Corliss Ave. N. Written comments will be accepted until Dec. 21, 2026.",
    "NOTICE OF PUBLIC HEARING: The county council will take testimony on the proposed Lake City transfer station lease at 1:30 p.m. on Jan. 12, 2027.",
    "NOTICE TO CREDITORS: In the matter of the Estate of Harold P. Vance, deceased. Claims against the estate must be presented within four months of this notice.",
    "INVITATION TO BID: Sealed bids for the Interbay Pump Station roof replacement will be received until 2 p.m. on Jan. 7, 2027.",
    "NOTICE OF TRUSTEE'S SALE: A residence at 2210 NW 61st St. will be sold at public auction on Jan. 15, 2027, at 10 a.m.",
    "SUMMONS BY PUBLICATION: Maple Ridge Condominium Association v. Unknown Heirs of Lorraine T. Abbot. You are hereby summoned to appear within 60 days.",
)
ST_RECIPES = (
    "Recipe: Smoky black-bean chili for a rainy Sunday · 50 min",
    "Recipe: Dungeness crab mac and cheese · 1 hr 10 min",
    "Recipe: Spiced apple cake with brown-butter glaze · 1 hr 25 min",
    "Recipe: Weeknight miso salmon with bok choy · 25 min",
    "Recipe: Roasted delicata squash soup with sage · 45 min",
)
ST_CLASSES = (
    "site-header",
    "site-nav",
    "weather-alert",
    "article-header",
    "article-kicker",
    "article-hed",
    "article-dek",
    "article-byline",
    "article-dateline",
    "story-updates",
    "story-updates__item",
    "article-content",
    "article-paragraph",
    "article-correction",
    "ad-slot",
    "related-links",
    "tl-bridges",
    "survey-card",
    "public-notices",
    "puzzles-promo",
    "recipes-rail",
    "most-read",
    "consent-bar",
    "site-footer",
)


def _st_bridges(ctx: Ctx) -> str:
    checked = ctx.minutes_ago(1, 6)
    states = {
        "Ballard Bridge": ("down, open to traffic", "raised for a vessel, reopening shortly"),
        "University Bridge": ("down, open to traffic", "raised for a vessel, reopening shortly"),
        "Spokane Street Swing Bridge": ("closed to traffic, open to boats",),
    }
    rows = ["Fremont Bridge: raised, closed to traffic"]
    for name, options in states.items():
        weights = [0.7, 0.3] if len(options) == 2 else [1.0]
        rows.append(f"{name}: {ctx.rng.choices(options, weights=weights)[0]}")
    rows.append(f"Checked {us_clock(checked)}")
    return box(ctx, "tl-bridges", "Traffic Lab: bridge status", rows, tag="aside", head="p")


def _st_related(ctx: Ctx) -> str:
    return box(
        ctx,
        "related-links",
        "More Seattle bridge coverage",
        ctx.some(ST_RELATED, 2),
        tag="aside",
        head="h4",
        links=True,
    )


def _st_survey(ctx: Ctx) -> str:
    text = ctx.pick(
        (
            "Help us improve our local news coverage. Take our five-minute reader survey; your answers are anonymous.",
            "What should Traffic Lab look into next? Tell us in a short reader survey that takes about five minutes.",
        )
    )
    return (
        f'<div class="survey-card"><p class="survey-card__text">{ctx.f(text)}</p>'
        f'<a class="survey-card__cta" href="https://survey.example/st-{ctx.nonce(6)}">Start survey</a></div>'
    )


def seattle(ctx: Ctx) -> str:
    notes = ([ST_NEW] if ctx.fetch == 6 else []) + list(ST_NOTES)
    newest = notes[0].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    items = []
    for b in notes:
        ctx.add(b)
        items.append(
            f'<li class="story-updates__item"><time class="story-updates__time" datetime="{b.timestamp}">'
            f'{esc(b.label or "")}</time><p class="story-updates__text">{esc(b.paras[0])}</p></li>'
        )
    updates = (
        '<section class="story-updates" aria-label="Updates to this story">'
        f'<h2 class="story-updates__hed">Updates</h2><ul class="story-updates__list">{"".join(items)}</ul></section>'
    )
    paras = [f'<p class="article-paragraph">{ctx.p(t)}</p>' for t in ST_BODY]
    ctx.add(ST_CORR)
    corr = f'<p class="article-correction"><em><strong>Correction:</strong> {esc(ST_CORR.paras[0])}</em></p>'
    inserts = [
        lambda: fx.ad(ctx, "ad-slot", "ADVERTISING", ST_ADS),
        lambda: f'<p class="article-paragraph">{ctx.f(ctx.pick(ST_PROMOS))}</p>',
        *maybe(ctx, 0.8, lambda: _st_related(ctx)),
        *maybe(ctx, 0.7, lambda: _st_bridges(ctx)),
        *maybe(ctx, 0.5, lambda: _st_survey(ctx)),
        *maybe(ctx, 0.5, lambda: fx.ad(ctx, "ad-slot", "ADVERTISING", ST_ADS, size="728x90")),
    ]
    story = scatter(ctx, paras, inserts, range(1, len(paras) + 1))

    alert = ""
    if ctx.chance(0.8):
        alert = fx.one(
            ctx,
            "div",
            "weather-alert",
            ctx.pick(
                (
                    "Wind advisory in effect for the Seattle area until 4 p.m. Sunday",
                    "Special weather statement: gusty winds near Puget Sound through this afternoon",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "consent-bar",
            "We use cookies and similar tools to run our site, understand how it is used and show you relevant advertising. You can change your choices at any time.",
            ("Accept", "Manage choices"),
        )
    rail = [
        box(
            ctx,
            "most-read",
            "Most Read Local Stories",
            ctx.some(ST_MOST_READ, 5),
            wrap="ol",
            links=True,
        )
    ]
    game = ctx.pick(("crossword", "sudoku", "word search"))
    solvers = ctx.count(2900, (40, 180))
    puzzle = {
        "crossword": f"Today's crossword has been solved by {n_en(solvers)} readers. The average time so far is {ctx.rng.randint(9, 14)} minutes.",
        "sudoku": f"Sudoku: {n_en(solvers)} readers have finished today's medium grid.",
        "word search": f"Word search: find 12 winter words. {n_en(solvers)} players so far today.",
    }[game]
    rail.append(
        f'<aside class="puzzles-promo"><h3>Puzzles &amp; Games</h3><p>{ctx.f(puzzle)}</p></aside>'
    )
    if ctx.chance(0.8):
        rail.append(
            box(
                ctx,
                "public-notices",
                "Public notices",
                ctx.some(ST_NOTICES, 2),
                foot="Browse all public notices",
            )
        )
    rail.insert(
        ctx.rng.randint(0, len(rail)),
        box(ctx, "recipes-rail", "Recipes", ctx.some(ST_RECIPES, 2), links=True),
    )
    updated = us_clock(newest).replace(".m.", "m")
    body = f"""
<header class="site-header"><a class="site-header__logo" href="/">The Seattle Times</a>
<nav class="site-nav"><ul><li><a href="/seattle-news/">Local</a></li><li><a href="/seattle-news/transportation/">Traffic Lab</a></li><li><a href="/business/">Business</a></li><li><a href="/sports/">Sports</a></li><li><a href="/entertainment/">Entertainment</a></li><li><a href="/life/">Life</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav>
<a class="site-header__subscribe" href="/subscribe/">Subscribe</a></header>
{alert}
<main id="main" class="article-page">
<article class="article" data-article-id="2026120615">
<header class="article-header">
<p class="article-kicker"><a href="/seattle-news/transportation/">Traffic Lab</a></p>
<h1 class="article-hed">Fremont Bridge stuck in the raised position, snarling Sunday traffic across the Ship Canal</h1>
<p class="article-dek">Seattle Department of Transportation crews are working to free a gear that jammed when the bridge was raised for a sailboat shortly after 9 a.m.</p>
<div class="article-byline">By <a href="/author/marisol-okafor/">Marisol Okafor</a>, Seattle Times staff reporter</div>
<div class="article-dateline"><span>Originally published December 6, 2026 at 10:12 am</span> <span>| Updated December 6, 2026 at {updated}</span></div>
</header>
<figure class="article-lead"><img src="https://images.example/st/fremont-raised.jpg" alt="" width="960" height="640"><figcaption>The Fremont Bridge remained raised Sunday afternoon as mechanics worked inside the north tower. (Ken Lambert / The Seattle Times)</figcaption></figure>
{updates}
<div class="article-content">
{story}
{corr}
</div>
<p class="article-contact">Marisol Okafor: mokafor@seattletimes.example; on X: @marisolokafor.</p>
</article>
<aside class="article-rail">{"".join(rail)}</aside>
</main>
<footer class="site-footer"><p>Copyright © 2026 The Seattle Times Company</p><ul><li><a href="/privacy/">Privacy statement</a></li><li><a href="/terms/">Terms of service</a></li><li><a href="/contact/">Contact</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="en-US",
        title="Fremont Bridge stuck in the raised position, snarling Sunday traffic | The Seattle Times",
        canonical="https://www.seattletimes.example/seattle-news/transportation/fremont-bridge-stuck-raised/",
        seed=ST_SLUG,
        classes=ST_CLASSES,
        body_class="single single-post traffic-lab",
        body=body,
        meta=[
            ("og:type", "article"),
            ("og:title", "Fremont Bridge stuck in the raised position"),
            ("article:section", "Traffic Lab"),
        ],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Fremont Bridge stuck in the raised position, snarling Sunday traffic across the Ship Canal",
                "datePublished": at(ST_OFF, 10, 12).isoformat(),
                "dateModified": ctx.modified,
                "author": [{"@type": "Person", "name": "Marisol Okafor"}],
                "publisher": {"@type": "NewsMediaOrganization", "name": "The Seattle Times"},
                "articleSection": "Traffic Lab",
            }
        ],
        cdn="https://static.seattletimes.example/wp-content/themes/st",
        var="__ST_PAGE__",
    )


# =============================================================================================
# The Herald (Glasgow): "UPDATE 4.40pm:" notes in the body's own paragraph class, mid-story
# after paragraph 4, oldest first; an "amended" line at the bottom. UK time, +00:00.

HE_SLUG = "heraldscotland-glasgow-subway-smoke-hillhead"
HE_OFF = 0

HE_BODY = (
    "The Glasgow Subway was shut down on Sunday afternoon after smoke was seen in the tunnel between Hillhead and Kelvinbridge stations, forcing dozens of passengers to walk along the track to safety.",
    "Strathclyde Partnership for Transport (SPT), which runs the network, said an Inner Circle train came to a stop in the tunnel at about 2.35pm after the driver reported a smell of burning.",
    "Eighty-six passengers were led on foot to Kelvinbridge by staff, where they were met by paramedics. The Scottish Ambulance Service said two people were checked for smoke inhalation but neither needed hospital treatment.",
    "Both the Inner and Outer Circle were suspended and all 15 stations were closed, leaving Christmas shoppers heading for Buchanan Street to find other ways into the city centre.",
    "Scottish Fire and Rescue Service sent four appliances to Hillhead and Kelvinbridge. A spokeswoman said firefighters used thermal imaging cameras in the tunnel and found no sign of fire.",
    'Passenger Mhairi Duncan, 34, from Partick, said the lights in the carriage flickered before the train stopped. "People stayed calm, but you could smell it straight away," she said. "The staff were brilliant."',
    "SPT said engineers would inspect the train and the tunnel overnight. A replacement bus service is running between Partick, Hillhead, St George's Cross and Buchanan Street.",
    "The operator apologised to passengers and said Subway tickets would be accepted on buses in the city until the end of service.",
)
HE_NOTES = (
    Block(
        "update",
        "UPDATE 4.40pm",
        (
            "SPT has confirmed that replacement buses are now running every ten minutes. The operator said it was too early to say when the Subway would reopen.",
        ),
        at(HE_OFF, 16, 40),
    ),
    Block(
        "update",
        "UPDATE 7.15pm",
        (
            "Engineers have traced the smoke to a brake unit on the second carriage of the train, SPT said. The train is being towed back to the depot at Broomloan.",
        ),
        at(HE_OFF, 19, 15),
    ),
)
HE_AMEND = Block(
    "correction",
    None,
    (
        "This article was amended on 6 December 2026 to correct the number of passengers on the train, which was 86 and not 68 as first reported.",
    ),
    "2026-12-06",
)
HE_NEW = Block(
    "update",
    "UPDATE 10.54pm",
    (
        "SPT has announced that the Subway will reopen at 6.30am on Monday. The operator said the tunnel between Hillhead and Kelvinbridge had been given the all-clear by fire officers.",
    ),
    at(HE_OFF, 22, 54),
)

HE_MOST_READ = (
    "Edinburgh hotel plans approved despite objections from residents",
    "Celtic fans told to arrive early for Sunday kick-off at Parkhead",
    "Glasgow's new low-traffic zone: what changes from January",
    "Rangers manager says squad 'will not hide' after cup exit",
    "Scotland's rail fares to rise by 3.8 per cent in spring",
    "Family-run bakery in Shawlands closes after 62 years",
    "Inverness Airport to add winter flights to Amsterdam",
    "Holyrood committee calls for review of ferry contracts",
    "Tributes paid to former Glasgow Lord Provost",
)
HE_MORE = (
    "Glasgow Subway modernisation: new trains enter service on the Outer Circle",
    "SPT confirms Subway fares freeze until 2028",
    "Why Sunday closures on the Subway are set to continue",
    "Night-time Subway trial: what passengers told us",
)
HE_ADS = (
    "Book a winter break at Loch Lomond Shores Lodge from £89 a night",
    "Thornbank Motors: 0% finance on nearly new cars this December",
    "Clyde Valley Windows: free quote on double glazing, 10-year guarantee",
    "See the Christmas lights from the water with Clydebuilt Cruises",
)
HE_PROMOS = (
    "Get the latest from Glasgow every evening: sign up for The Herald's free city newsletter and we will send you the stories people are talking about.",
    "Our journalism depends on readers like you. Subscribe to The Herald today from just £1 for the first three months.",
    "Do you have a story to tell? Contact our newsdesk in confidence by email or through the form on our website.",
)
HE_ON_THIS_DAY = (
    "On this day in 1958: fog so thick that the Clyde ferries stopped running for two days brought the riverside to a standstill.",
    "On this day in 1991: a record 41,000 people queued for the opening of a temporary ice rink in George Square.",
    "On this day in 1967: the last tramcar depot in the city was sold to a carpet warehouse for £12,000.",
    "On this day in 1983: a burst water main flooded the basement of the Mitchell Library, soaking 3,000 newspapers.",
)
HE_WHATS_ON = (
    "Carols by Candlelight, Glasgow Cathedral, 7.30pm",
    "The Snow Queen, Citizens Theatre, 7pm",
    "Winter jazz night, Òran Mór, 8pm",
    "Sunday ceilidh, Drygate, 6.30pm",
    "Late skate, George Square, until 10pm",
    "Comedy open mic, Blackfriars, 8.30pm",
)
HE_CODES = (
    "Thistle & Pine: 20% off winter coats with code WARM20",
    "Kelvin Kitchenware: free delivery on orders over £40",
    "Northlight Opticians: two pairs of glasses for £99",
    "Harbour Pet Supplies: 15% off your first order",
    "Brae Outdoor: up to 30% off walking boots this weekend",
)
HE_CLASSES = (
    "nq-header",
    "nq-nav",
    "warning-strip",
    "article-head",
    "article-standfirst",
    "article-author",
    "article-times",
    "article-body",
    "article-body-text",
    "article-more",
    "ad-container",
    "on-this-day",
    "whats-on",
    "ipso-box",
    "most-read-list",
    "puzzle-promo",
    "voucher-codes",
    "comment-count",
    "cmp-banner",
    "nq-footer",
)


def herald(ctx: Ctx) -> str:
    notes = list(HE_NOTES) + ([HE_NEW] if ctx.fetch == 6 else [])
    newest = notes[-1].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    parts = [f'<p class="article-body-text">{ctx.p(t)}</p>' for t in HE_BODY[:4]]
    for b in notes:
        ctx.add(b)
        parts.append(
            f'<p class="article-body-text"><strong>{esc(b.label or "")}:</strong> {esc(b.paras[0])}</p>'
        )
    parts += [f'<p class="article-body-text">{ctx.p(t)}</p>' for t in HE_BODY[4:]]
    ctx.add(HE_AMEND)
    parts.append(f'<p class="article-body-text"><em>{esc(HE_AMEND.paras[0])}</em></p>')
    if ctx.chance(0.6):
        ipso = (
            '<aside class="ipso-box">'
            + one(
                ctx,
                "p",
                "ipso-box__text",
                "The Herald is a member of the Independent Press Standards Organisation (IPSO), and we abide by the Editors' Code of Practice.",
            )
            + one(
                ctx,
                "p",
                "ipso-box__text",
                "If you have a complaint about the accuracy of this or any other article, please contact our readers' editor, who will look into it.",
            )
            + "</aside>"
        )
        parts.insert(len(parts) - ctx.rng.randint(0, 1), ipso)

    def more() -> str:
        return (
            f'<p class="article-body-text article-more"><strong>MORE:</strong> '
            f'<a href="/news/{ctx.rng.randint(24000000, 24999999)}">{ctx.f(ctx.pick(HE_MORE))}</a></p>'
        )

    def on_this_day() -> str:
        return (
            '<aside class="on-this-day"><h4 class="on-this-day__title">On this day</h4>'
            f"<p>{ctx.f(ctx.pick(HE_ON_THIS_DAY))}</p></aside>"
        )

    def whats_on() -> str:
        return box(ctx, "whats-on", "What's on in Glasgow tonight", ctx.some(HE_WHATS_ON, 3))

    inserts = [
        lambda: fx.ad(ctx, "ad-container", "Advertisement", HE_ADS),
        lambda: f'<p class="article-body-text">{ctx.f(ctx.pick(HE_PROMOS))}</p>',
        *maybe(ctx, 0.8, more),
        *maybe(ctx, 0.6, on_this_day),
        *maybe(ctx, 0.5, whats_on),
        *maybe(
            ctx, 0.6, lambda: fx.ad(ctx, "ad-container", "Advertisement", HE_ADS, size="300x600")
        ),
    ]
    story = scatter(ctx, parts, inserts, range(1, len(parts) + 1))

    strip = ""
    if ctx.chance(0.7):
        strip = one(
            ctx,
            "div",
            "warning-strip",
            ctx.pick(
                (
                    "Met Office yellow warning for ice: Glasgow and Strathclyde, until 10am on Monday",
                    "Met Office yellow warning for wind: western Scotland, until 6am on Monday",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "cmp-banner",
            "We value your privacy. We and our partners store and access information on your device, such as cookies, to personalise content and adverts and to measure audiences.",
            ("I Accept", "Show Purposes"),
        )
    comments = ctx.count(31, (1, 5))
    solvers = ctx.count(2650, (30, 120))
    puzzle = ctx.pick(
        (
            f"Today's Herald cryptic crossword: {n_en(solvers)} readers have completed it so far",
            f"Herald Sudoku: {n_en(solvers)} solvers today, and the fastest time is {ctx.rng.randint(3, 5)} min {ctx.rng.randint(10, 59)} sec",
        )
    )
    rail = [
        box(ctx, "most-read-list", "Most read", ctx.some(HE_MOST_READ, 5), wrap="ol", links=True),
        f'<aside class="puzzle-promo"><h3>Puzzles</h3><p>{ctx.f(puzzle)}</p></aside>',
    ]
    if ctx.chance(0.8):
        rail.insert(
            ctx.rng.randint(0, 2),
            box(
                ctx, "voucher-codes", "Discount codes", ctx.some(HE_CODES, 2), foot="See all codes"
            ),
        )
    updated = uk_clock(newest)
    body = f"""
<header class="nq-header"><a class="nq-header__logo" href="/">The Herald</a>
<nav class="nq-nav"><ul><li><a href="/news/">News</a></li><li><a href="/news/glasgow/">Glasgow</a></li><li><a href="/politics/">Politics</a></li><li><a href="/sport/">Sport</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/life_style/">Life &amp; Style</a></li><li><a href="/puzzles/">Puzzles</a></li></ul></nav></header>
{strip}
<main class="nq-main">
<article class="article" id="article-{HE_SLUG}">
<header class="article-head">
<p class="article-head__section"><a href="/news/glasgow/">Glasgow</a></p>
<h1 class="article-head__title">Glasgow Subway suspended after smoke in tunnel near Hillhead</h1>
<p class="article-standfirst">Passengers were led along the track to Kelvinbridge after a train stopped in the tunnel on Sunday afternoon.</p>
<div class="article-author">By <a href="/author/callum-rennie/">Callum Rennie</a> <span class="article-author__role">Transport Correspondent</span></div>
<div class="article-times"><span>Published: 3.18pm 6 December 2026</span> <span>Updated: {updated} 6 December 2026</span></div>
<a class="comment-count" href="#comments">{ctx.f(f"View {comments} comments")}</a>
</header>
<figure class="article-image"><img src="https://images.example/herald/hillhead.jpg" alt="" width="800" height="533"><figcaption>Hillhead Subway station was closed on Sunday afternoon (Image: Newsquest)</figcaption></figure>
<div class="article-body">
{story}
</div>
</article>
<aside class="nq-rail">{"".join(rail)}</aside>
</main>
<footer class="nq-footer"><p>© Copyright 2001-2026. This site is part of Newsquest's audited local newspaper network.</p><ul><li><a href="/contact/">Contact us</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="en-GB",
        title="Glasgow Subway suspended after smoke in tunnel near Hillhead | The Herald",
        canonical=f"https://www.heraldscotland.example/news/{HE_SLUG}/",
        seed=HE_SLUG,
        classes=HE_CLASSES,
        body_class="nq-article layout-standard",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "The Herald")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Glasgow Subway suspended after smoke in tunnel near Hillhead",
                "datePublished": at(HE_OFF, 15, 18).isoformat(),
                "dateModified": ctx.modified,
                "author": {"@type": "Person", "name": "Callum Rennie"},
                "publisher": {"@type": "Organization", "name": "The Herald"},
            }
        ],
        cdn="https://www.heraldscotland.example/resources",
        var="__nqPage",
    )


# =============================================================================================
# Belfast Telegraph live: posts newest first, <time> "21:41" + author + <h2> (one without a
# headline). UK time, +00:00.

BT_SLUG = "belfasttelegraph-live-lagan-weir-flood-alert"
BT_OFF = 0

BT_INTRO = (
    "Flood defences along the River Lagan in Belfast are being reinforced on Sunday evening after a fault left one of the Lagan Weir's gates stuck, as heavy rain and a high spring tide raised fears of flooding along the river.",
    "The Department for Infrastructure has issued flood alerts for the Ormeau Embankment, Stranmillis and parts of the Gasworks, and sandbags are being handed out at three sites. Follow our live coverage below.",
)
BT_POSTS = (
    Block(
        "live_entry",
        "21:41",
        (
            "Police have closed the Ormeau Embankment between the Albert Bridge and the Ormeau Bridge as a precaution. Drivers are asked to use the Ravenhill Road instead.",
        ),
        at(BT_OFF, 21, 41),
        "Ormeau Embankment closed to traffic",
    ),
    Block(
        "live_entry",
        "21:12",
        (
            "High tide at Belfast Harbour is expected at 10.26pm, according to the Department for Infrastructure, which says the next two hours are the most critical.",
        ),
        at(BT_OFF, 21, 12),
    ),
    Block(
        "live_entry",
        "20:35",
        (
            "Engineers working on the weir say they have managed to raise the stuck gate by about half a metre using a mobile crane. DfI said the gate was still not fully operational.",
        ),
        at(BT_OFF, 20, 35),
        "Engineers manage to move jammed gate",
    ),
    Block(
        "live_entry",
        "19:48",
        (
            "There have been queues at the sandbag collection point at the Ormeau Park entrance on Park Road, where volunteers are helping residents load their cars.",
            "A second collection point has opened at the Gasworks car park on Cromac Street.",
        ),
        at(BT_OFF, 19, 48),
        "Long queues for sandbags",
    ),
    Block(
        "live_entry",
        "18:30",
        (
            "Residents in the Rosetta and Ormeau areas have been advised to move their cars away from the embankment before the evening high tide.",
        ),
        at(BT_OFF, 18, 30),
        "Residents told to move cars",
    ),
    Block(
        "live_entry",
        "17:05",
        (
            "The Department for Infrastructure says a hydraulic fault was discovered on one of the Lagan Weir's gates during a routine check on Sunday afternoon.",
        ),
        at(BT_OFF, 17, 5),
        "Fault found on weir gate",
    ),
)
BT_NEW = Block(
    "live_entry",
    "22:53",
    (
        "The high tide has passed and water levels on the Lagan are beginning to fall, DfI Rivers said. Minor flooding was reported on the towpath at Stranmillis but no homes were affected.",
    ),
    at(BT_OFF, 22, 53),
    "Tide passes without major flooding",
)
BT_AUTHORS = {
    "21:41": "Eimear Lavery",
    "21:12": "Eimear Lavery",
    "20:35": "Jonathan Mercer",
    "19:48": "Jonathan Mercer",
    "18:30": "Eimear Lavery",
    "17:05": "Jonathan Mercer",
    "22:53": "Rory Devlin",
}
BT_MOST_READ = (
    "Stormont ministers agree deal on hospital waiting lists",
    "Ulster edge Munster in thriller at Kingspan Stadium",
    "Family of missing Newry man make fresh appeal",
    "Translink to run extra trains for Christmas shoppers",
    "Lisburn pub named best in Northern Ireland",
    "Council approves plans for new Titanic Quarter hotel",
    "Belfast Zoo welcomes two red panda cubs",
    "Driver fined after 97mph on the M1 near Dungannon",
    "Primary school in Larne to close after 140 years",
)
BT_ADS = (
    "Mid-season sale at Lisburn Road Interiors: sofas from £499",
    "Winter boiler service from £69 with Greystone Heating. Book today",
    "Bangor Marina Christmas market: free entry all weekend",
    "Switch your home insurance and save up to £120 with NorthShield",
)
BT_SPONSORS = (
    "This live blog is brought to you in association with Harbourside Roofing, family-run in east Belfast since 1986.",
    "Our live coverage is supported by Lagan Valley Hearing Care, with free hearing checks in Lisburn and Belfast.",
    "This live blog is supported by Cave Hill Motors, Northern Ireland's independent car dealer of the year.",
)
BT_PICTURES = (
    "Your picture of the day: a heron on the frozen shore at Oxford Island, sent in by Ciarán Magee from Lurgan.",
    "Your picture of the day: frost on the Mourne Wall above Newcastle, sent in by Gráinne Rooney from Castlewellan.",
    "Your picture of the day: a winter sunrise over Strangford Lough, sent in by Paul Ferris from Killyleagh.",
    "Your picture of the day: the lights of the Christmas market at City Hall, sent in by Anna Wójcik from Belfast.",
)
BT_PROMOS = (
    "Download the Belfast Telegraph app to get breaking news notifications on your phone as soon as they happen.",
    "Sign up for our free morning newsletter and start your day with the biggest stories from across Northern Ireland.",
    "Belfast Telegraph subscribers get unlimited access to our journalism, puzzles and the digital edition. Subscribe from £1 for three months.",
)
BT_CLASSES = (
    "bt-header",
    "bt-nav",
    "bt-warning",
    "live-header",
    "live-intro",
    "live-feed",
    "lb-post",
    "lb-post__meta",
    "lb-post__time",
    "lb-post__author",
    "lb-post__title",
    "lb-post__body",
    "lb-refresh",
    "rivers-widget",
    "sponsor-line",
    "reader-pic",
    "bt-ad",
    "bt-most-read",
    "bt-consent",
    "bt-footer",
)


def _bt_post(b: Block) -> str:
    title = f'<h2 class="lb-post__title">{esc(b.headline)}</h2>' if b.headline else ""
    paras = "".join(f"<p>{esc(t)}</p>" for t in b.paras)
    label = b.label or ""
    return (
        f'<article class="lb-post" id="post-{label.replace(":", "")}">'
        f'<header class="lb-post__meta"><time class="lb-post__time" datetime="{b.timestamp}">{esc(label)}</time> '
        f'<span class="lb-post__author">{esc(BT_AUTHORS[label])}</span></header>'
        f'{title}<div class="lb-post__body">{paras}</div></article>'
    )


def _bt_rivers(ctx: Ctx) -> str:
    base = {
        "Lagan at Stranmillis": 2.31,
        "Lagan at Shaw's Bridge": 1.78,
        "Connswater at Bloomfield": 0.91,
    }
    rows = []
    for name, level in base.items():
        value = level + ctx.fetch * 0.02 + ctx.rng.uniform(-0.04, 0.05)
        trend = ctx.pick(("rising", "steady")) if ctx.fetch < 6 else ctx.pick(("falling", "steady"))
        rows.append(f"{name}: {value:.2f}m, {trend}")
    rows.append(f"Readings at {hhmm(ctx.minutes_ago(3, 9))}. Source: DfI Rivers")
    return box(ctx, "rivers-widget", "River levels", rows, head="p")


def belfast(ctx: Ctx) -> str:
    posts = ([BT_NEW] if ctx.fetch == 6 else []) + list(BT_POSTS)
    newest = posts[0].when
    assert not isinstance(newest, str) and newest is not None
    ctx.modified = newest.isoformat()
    intro = "".join(f'<p class="live-intro__text">{ctx.p(t)}</p>' for t in BT_INTRO)
    parts = []
    for b in posts:
        ctx.add(b)
        parts.append(_bt_post(b))

    def promo() -> str:
        return (
            '<div class="lb-post lb-post--promo"><div class="lb-post__body">'
            f"<p>{ctx.f(ctx.pick(BT_PROMOS))}</p></div></div>"
        )

    def picture() -> str:
        return (
            '<figure class="reader-pic"><img src="https://images.example/bt/ugc.jpg" alt="" width="640" height="426">'
            f"<figcaption>{ctx.f(ctx.pick(BT_PICTURES))}</figcaption></figure>"
        )

    inserts = [
        lambda: fx.ad(ctx, "bt-ad", "Advertisement", BT_ADS),
        promo,
        *maybe(ctx, 0.8, lambda: _bt_rivers(ctx)),
        *maybe(ctx, 0.6, picture),
        *maybe(ctx, 0.5, lambda: fx.ad(ctx, "bt-ad", "Advertisement", BT_ADS, size="320x100")),
    ]
    feed = scatter(ctx, parts, inserts, range(len(parts) + 1))
    sponsor = one(ctx, "p", "sponsor-line", ctx.pick(BT_SPONSORS)) if ctx.chance(0.8) else ""
    refresh = ""
    if ctx.chance(0.85):
        refresh = (
            '<div class="lb-refresh">'
            + one(
                ctx,
                "span",
                "lb-refresh__status",
                f"Auto-refresh is on. Next update in {ctx.rng.randint(5, 59)} seconds.",
            )
            + '<button class="lb-refresh__toggle">Turn off</button></div>'
        )
    top, bottom = (sponsor, "") if ctx.chance(0.5) else ("", sponsor)
    warning = ""
    if ctx.chance(0.75):
        warning = one(
            ctx,
            "div",
            "bt-warning",
            ctx.pick(
                (
                    "Met Office yellow warning for rain: Antrim and Down, until 9am on Monday",
                    "Met Office yellow warning for wind: Northern Ireland, until 3am on Monday",
                )
            ),
        )
    banner = ""
    if ctx.chance(0.5):
        banner = fx.consent(
            ctx,
            "bt-consent",
            "We and our partners use technology such as cookies on our site to personalise content and ads, provide social media features, and analyse our traffic.",
            ("Accept", "More options"),
        )
    most = box(ctx, "bt-most-read", "Most Read", ctx.some(BT_MOST_READ, 5), wrap="ol", links=True)
    updated = hhmm(newest)
    updates_ld = [
        {
            "@type": "BlogPosting",
            "headline": b.headline or b.paras[0][:80],
            "datePublished": b.timestamp,
            "articleBody": " ".join(b.paras),
            "author": {"@type": "Person", "name": BT_AUTHORS[b.label or ""]},
        }
        for b in posts
    ]
    body = f"""
<header class="bt-header"><a class="bt-header__logo" href="/">Belfast Telegraph</a>
<nav class="bt-nav"><ul><li><a href="/news/">News</a></li><li><a href="/news/northern-ireland/">Northern Ireland</a></li><li><a href="/sport/">Sport</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/life/">Life</a></li><li><a href="/puzzles/">Puzzles</a></li></ul></nav></header>
{warning}
<main class="bt-main">
<article class="live-article">
<header class="live-header">
<span class="live-header__badge">LIVE</span>
<h1 class="live-header__title">Belfast flood alert: Lagan Weir gate stuck as spring tide approaches – live updates</h1>
<p class="live-header__byline">Eimear Lavery and Jonathan Mercer</p>
<p class="live-header__times">Sun 6 Dec 2026 at 17:02 · Last updated {updated}</p>
</header>
<div class="live-intro">{intro}</div>
{top}
{refresh}
<section class="live-feed" aria-label="Live updates">
{feed}
</section>
{bottom}
</article>
<aside class="bt-rail">{most}</aside>
</main>
<footer class="bt-footer"><p>© Belfast Telegraph</p><ul><li><a href="/contact/">Contact Us</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookie-policy/">Cookie Policy</a></li></ul></footer>
{banner}"""
    return document(
        ctx,
        lang="en-GB",
        title="Belfast flood alert: Lagan Weir gate stuck as spring tide approaches – live updates | BelfastTelegraph.co.uk",
        canonical=f"https://www.belfasttelegraph.example/news/northern-ireland/{BT_SLUG}.html",
        seed=BT_SLUG,
        classes=BT_CLASSES,
        body_class="page-live theme-bt",
        body=body,
        meta=[("og:type", "article"), ("og:site_name", "Belfast Telegraph")],
        jsonld=[
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "Belfast flood alert: Lagan Weir gate stuck as spring tide approaches – live updates",
                "datePublished": at(BT_OFF, 17, 2).isoformat(),
                "dateModified": ctx.modified,
                "coverageStartTime": at(BT_OFF, 17, 2).isoformat(),
                "liveBlogUpdate": updates_ld,
                "publisher": {"@type": "NewsMediaOrganization", "name": "Belfast Telegraph"},
            }
        ],
        cdn="https://www.belfasttelegraph.example/static",
        var="__BT_CTX",
    )
