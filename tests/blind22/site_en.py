"""English-language publishers: The Mercury (Hobart, Tasmania), The Hindu (Chennai), The Telegram
on SaltWire (St. John's, Newfoundland)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BELLS,
    FIBRE,
    LITTER,
    MEMORY,
    NEWS,
    PROMO,
    QUIZ,
    READ,
    RELATED,
    SHED,
    SPELL,
    STORY,
    SWIM,
    THANKS,
    TICKER,
    TREES,
    bl,
    bp,
    bpa,
    dotam,
    drift,
    fall,
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

AEDT = 11
IST = 5.5
NST = -3.5

_SUBS = ["Crime", "Courts", "Politics", "Health", "Business", "Environment", "Opinion", "Community"]
_FOOT = {
    "About": ["About us", "Contact us", "Advertise with us", "Newsletters", "Today's paper"],
    "Legal": ["Privacy policy", "Terms of use", "Accessibility", "Cookie settings"],
}


def _texts(ctx: Ctx, town: str, street: str, cur: str) -> dict[str, str]:
    """The English carousels, with the story's town and one of its streets."""
    return {
        SPELL: turn(
            ctx,
            [
                f"An 11-year-old from {town} went out in heat three on 'onomatopoeia' after spelling eleven words without a slip.",
                "The last two spellers in the junior heat tied on 'rhythm' and 'chrysanthemum'; the tie-break word was 'fuchsia'.",
                "A nine-year-old reached the final by spelling 'bureaucracy' and was knocked out on 'accommodate', one m short.",
                f"The {town} schools' final was won on 'conscientious', after the runner-up slipped on 'liaison'.",
            ],
            "spell",
        ),
        MEMORY: turn(
            ctx,
            [
                f"My father drove a delivery van down {street} in 1961, and he tooted at every shop he passed, writes Margaret, 83.",
                "We skated on the frozen pond behind the old school in 1958 until the headmaster rang the bell for us to come in, writes Ken.",
                f"In 1972 the whole of {street} turned out to push the milkman's float up the hill after the snow, writes Dorothy.",
                "My first job in 1966 was sweeping the floor of the picture theatre, and I saw every film for free, writes Alan.",
            ],
            "memory",
        ),
        THANKS: turn(
            ctx,
            [
                f"A big thank-you to the young man who changed my tyre on {street} in the rain last Tuesday and would not take a thing. Joan",
                "To the nurse who sat with my mum in the emergency department until I arrived: we never got your name, but thank you. Priya",
                "Thanks to the bus driver who waited for my son at the stop when he was running late for his exam. Rob and Helen",
                "To whoever handed in my wallet at the library with every card still in it: you made my week. Sam",
            ],
            "thanks",
        ),
        READ: turn(
            ctx,
            [
                "Council votes to keep free parking in the city centre over Christmas",
                "Hospital waiting lists fall for the third month in a row",
                "New ferry terminal plans go on public display next week",
                "Family bakery wins national award for its Christmas cake",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Christmas late-night shopping: {street} traders are open until 9pm every Thursday in December.",
                "Give the gift of news: a year's digital subscription is half price until 24 December.",
                f"Book your summer holiday now and save {cur} on selected packages with our travel partner.",
                "Solar panels installed in a day: ask for a free quote this week and get a battery upgrade.",
            ],
            "promo",
        ),
        TICKER: turn(
            ctx,
            [
                "Man charged over service-station robbery",
                "Netball club celebrates 50 years with a gala dinner",
                "Water restrictions lifted after weekend downpour",
                "School principal wins state award for teaching excellence",
            ],
            "ticker",
        ),
    }


# ---------------------------------------------------------------------------------------------
# The Mercury (Hobart, +11:00; the fetches fall on Monday 7 December, 9am to 10am), custom CMS.
# An italic "Editor's note:" box above the body (`editors_note`); a "Latest updates" box beside
# the body (after it in the markup), newest first, each item a full-date stamp "December 7, 2026
# — 8.40am" in its own line + a paragraph; a bold "CORRECTION" with no colon at the end of the
# story. The body has a list of closed roads.


def mercury(ctx: Ctx) -> Render:
    url = "https://www.themercury.com.au/news/tasmania/wild-weather-trees-down-across-hobart-sandy-bay-road-closed-derwent-ferry-cancelled/news-story/4f1c2a9e"
    headline = "Wild weather: trees down across Hobart as Sandy Bay Road closed and Derwent ferry cancelled"
    published = at(AEDT, 7, 6, 15)
    town, street = "Hobart", "Elizabeth Street"
    body = [
        "A severe cold front has torn across southern Tasmania overnight, bringing down trees across Hobart and closing Sandy Bay Road between Wrest Point and Nutgrove Beach on Monday morning.",
        "The Bureau of Meteorology recorded a gust of 126km/h at Cape Bruny just after 4am, and 98km/h on the Tasman Bridge.",
        "TasNetworks said about 14,000 homes and businesses were without power at the peak, most of them in Kingston, Taroona and the Channel.",
        "“I heard the crack and then the whole gum came down across the driveway,” said Taroona resident Liz Fenwick, whose car was crushed.",
        "Hobart City Council has closed these roads until crews can clear them:",
        "Sandy Bay Road between Wrest Point and Nutgrove Beach",
        "Pinnacle Road above The Springs",
        "Churchill Avenue at the university roundabout",
        "The Derwent ferry between Bellerive and Brooke Street Pier has been cancelled for the day, and Metro Tasmania says buses to Taroona will run late.",
        "The SES has taken more than 230 calls for help since midnight, most of them about fallen trees and damaged roofs.",
        "Another front is due on Tuesday, with a severe weather warning for damaging winds on the Central Plateau.",
    ]
    ednote = Block(
        "editors_note",
        "Editor's note",
        None,
        None,
        [
            "We have made this story free to read for everyone while the severe weather warning is in place."
        ],
    )
    ednote.html = f'<div class="tm-note"><p class="tm-text"><em><strong>Editor\'s note:</strong> {e(ednote.paras[0])}</em></p></div>'
    corr = Block(
        "correction",
        "CORRECTION",
        None,
        None,
        [
            "An earlier version of this story said Metro Tasmania had cancelled the Taroona buses. They are running, but late."
        ],
    )
    corr.html = f'<p class="tm-text"><strong>CORRECTION</strong> {e(corr.paras[0])}</p>'

    def stamp(dt: datetime) -> str:
        return f"December 7, 2026 — {pm(dt)}"

    notes = [
        Block(
            "update",
            stamp(at(AEDT, 7, 8, 40)),
            at(AEDT, 7, 8, 40),
            None,
            [
                "TasNetworks now says 9,200 customers are still without power, and crews expect to restore most of Kingston by mid-afternoon."
            ],
        ),
        Block(
            "update",
            stamp(at(AEDT, 7, 7, 25)),
            at(AEDT, 7, 7, 25),
            None,
            [
                "Pinnacle Road has been closed above The Springs after a tree came down across both lanes near the Big Bend."
            ],
        ),
    ]
    genuine = Block(
        "update",
        stamp(at(AEDT, 7, 9, 53)),
        at(AEDT, 7, 9, 53),
        None,
        [
            "Sandy Bay Road has reopened to one lane in each direction past Long Beach, police say, but the Nutgrove end stays shut."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def item(label: str, iso: str, text: str) -> str:
        return (
            f'<li class="tm-updates__item"><p class="tm-updates__stamp"><time datetime="{iso}">{e(label)}</time></p>'
            f'<p class="tm-updates__text">{e(text)}</p></li>'
        )

    for b in shown:
        assert b.label and b.ts
        b.html = item(b.label, b.ts.isoformat(), b.paras[0])
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street, "$200")

    def boxed(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(item(stamp(t), t.isoformat(), text), [text], kind, [stamp(t)])

    fibre = boxed(
        f"Fibre upgrade tracker: {num(rise(ctx, 18412, 6, 4), ',')} homes in Greater Hobart have been switched to full-fibre broadband so far.",
        FIBRE,
        1,
        9,
    )
    litter = boxed(
        f"Derwent clean-up tally: volunteers have pulled {num(rise(ctx, 2306, 3, 2), ',')} bags of rubbish from the river foreshore since September.",
        LITTER,
        2,
        14,
    )
    quiz = boxed(
        f"Pub trivia league, round {4 + ctx.n // 2}: The Quizzly Bears lead at the Hope and Anchor on {drift(ctx, 61, 3) + ctx.n * 2} points.",
        QUIZ,
        3,
        18,
    )
    memory = bp("tm-text", tx[MEMORY], MEMORY, lead="Reader's memory:")
    thanks = bp("tm-text", tx[THANKS], THANKS, lead="Thank you:")
    spell = bp("tm-text", tx[SPELL], SPELL, lead="Spelling bee:")
    shed = bp(
        "tm-text",
        "The Hobart Men's Shed in New Town is open for woodwork, repairs and a cuppa on Tuesdays and Thursdays from 9am to 1pm. All welcome.",
        SHED,
    )
    read = bpa("tm-text", "READ MORE:", tx[READ], "/news/tasmania/", READ)
    promo = bp("tm-text", tx[PROMO], PROMO, lead="SPONSORED")
    related = bl(
        "tm-list",
        "",
        [
            f"Related: {x}"
            for x in subset(
                ctx,
                [
                    "How to get ready for a storm in Tasmania",
                    "What to do when a tree falls on your property",
                    "Power outages: how to check when you will be back on",
                    "Hobart's wildest winds on record",
                    "Who to call for help during a storm",
                ],
                3,
            )
        ],
        RELATED,
    )
    news = bp(
        "tm-text",
        "Get the day's breaking news from across Tasmania delivered free to your inbox with our Mercury Morning Briefing.",
        NEWS,
    )

    units = [ednote.html] + [f'<p class="tm-text">{e(p)}</p>' for p in body[:5]]
    units += ['<ul class="tm-list">' + "".join(f"<li>{e(x)}</li>" for x in body[5:8]) + "</ul>"]
    after_list = len(units)
    units += [f'<p class="tm-text">{e(p)}</p>' for p in body[8:]] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (memory, [2, 3, 4, after_list + 1], 0.8),
            (thanks, [1, 3, k - 1, k], 0.75),
            (spell, [2, 4, after_list + 2], 0.8),
            (shed, [0, 1, k], 0.7),
            (read, [2, 3, after_list + 1, after_list + 2], 0.8),
            (promo, [4, after_list + 2, k], 0.7),
            (related, [after_list], 0.8),
            (news, [1, k - 1, k], 0.75),
        ],
    )
    box_units = [b.html for b in shown]
    box = weave(
        ctx,
        box_units,
        [
            (fibre, list(range(len(box_units) + 1)), 0.85),
            (litter, list(range(len(box_units) + 1)), 0.8),
            (quiz, [0, 1, len(box_units)], 0.8),
        ],
    )
    main = f"""<div class="tm-page">
<main class="tm-main" id="content">
<article class="tm-story" data-story-id="4f1c2a9e">
<header class="tm-story__header">
<p class="tm-story__kicker"><a href="/news/tasmania/">Tasmania</a></p>
<h1 class="tm-story__headline">{e(headline)}</h1>
<p class="tm-story__standfirst">Power out to thousands in the south as a cold front brings gusts of up to 126km/h</p>
<p class="tm-story__byline">Jessica Hawkins and Matt Denholm</p>
<p class="tm-story__date">Updated {e(pm(modified))} Monday, December 7, 2026 · First published {e(pm(published))}</p>
</header>
<figure class="tm-figure"><img src="/images/2026/12/07/sandy-bay-tree.jpg" alt="" loading="lazy"><figcaption>A fallen gum on Sandy Bay Road on Monday morning. Picture: Chris Kidd</figcaption></figure>
<div class="tm-story__layout">
<div class="tm-story__body">
{story}
</div>
<aside class="tm-updates" aria-label="Latest updates">
<h3 class="tm-updates__title">Latest updates</h3>
<ul class="tm-updates__list">
{box}
</ul>
</aside>
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-AU",
        prefix="tm",
        brand="The Mercury",
        url=url,
        title=f"{headline} | The Mercury",
        sections=["News", "Tasmania", "Sport", "Business", "Opinion", "Lifestyle"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Davies Brothers Pty Ltd.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Jessica Hawkins",
                    publisher=org("The Mercury", "https://www.themercury.com.au"),
                    lang="en-AU",
                    section="Tasmania",
                )
            )
        ],
        main=main,
        body_cls="tm article-page",
    )
    return Render(html, body, [ednote, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Hindu (Chennai, +05:30; the fetches fall on Monday 7 December, 3.30am to 4.30am), custom
# CMS. A "Clarification" box above the body, its label in an `<h5>`; `<h3>` headings "Update at
# 2.15 a.m., December 7" + a paragraph after the story, oldest first (notes on both sides of
# midnight), in the `<h3>` the story also uses for a subhead.


def hindu(ctx: Ctx) -> Render:
    url = "https://www.thehindu.com/news/cities/chennai/cyclone-marutha-chennai-subways-shut-velachery-tambaram-waterlogged/article69012345.ece"
    headline = "Cyclone Marutha: Chennai subways shut, Velachery and Tambaram waterlogged as heavy rain lashes city"
    published = at(IST, 6, 20, 10)
    town, street = "Chennai", "Anna Salai"
    body = [
        "Heavy rain brought by Cyclone Marutha lashed Chennai through Sunday night, flooding several subways and leaving low-lying parts of Velachery, Tambaram and Pallikaranai under knee-deep water.",
        "The Regional Meteorological Centre said Nungambakkam recorded 164 mm of rain in the 12 hours ending 8.30 p.m., and Meenambakkam 141 mm.",
        "The Greater Chennai Corporation closed the Ganesapuram, Duraisamy and Madley subways to traffic and deployed 420 motor pumps, a senior official said.",
        "The district Collector declared a holiday for schools and colleges in Chennai, Chengalpattu and Tiruvallur districts on Monday.",
        "“The water entered our house around 10 p.m. and we moved everything to the terrace,” said R. Selvi, a resident of Ram Nagar in Velachery.",
        "Suburban train services on the Chennai Beach-Tambaram section were running with delays, Southern Railway said, while Metro Rail services were unaffected.",
        "The cyclone is expected to cross the coast between Mamallapuram and Puducherry by Monday afternoon, according to the India Meteorological Department.",
    ]
    clar = Block(
        "clarification",
        "Clarification",
        None,
        None,
        [
            "This report has been edited to make clear that the rainfall figures are for the 12 hours ending 8.30 p.m. on Sunday, not for the whole day."
        ],
    )
    clar.html = (
        '<div class="th-notebox"><h5 class="th-notebox__title">Clarification</h5>'
        f'<p class="th-notebox__text">{e(clar.paras[0])}</p></div>'
    )

    def label(dt: datetime) -> str:
        return f"Update at {dotam(dt)}, December {dt.day}"

    notes = [
        Block(
            "update",
            label(at(IST, 6, 23, 40)),
            at(IST, 6, 23, 40),
            None,
            [
                "The Corporation has opened 38 relief centres across the city, and about 1,900 people from Pallikaranai and Semmencherry had moved into them by 11 p.m."
            ],
        ),
        Block(
            "update",
            label(at(IST, 7, 2, 15)),
            at(IST, 7, 2, 15),
            None,
            [
                "Chennai airport suspended arrivals for two hours as crosswinds picked up; four flights from Delhi and Mumbai were diverted to Bengaluru."
            ],
        ),
    ]
    genuine = Block(
        "update",
        label(at(IST, 7, 4, 24)),
        at(IST, 7, 4, 24),
        None,
        [
            "Arrivals have resumed at Chennai airport, officials said, and the first diverted flight from Bengaluru is expected around 6 a.m."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def heading(text: str) -> str:
        return f'<h3 class="th-subhead">{e(text)}</h3>'

    for b in shown:
        assert b.label
        b.html = heading(b.label) + f"\n<p>{e(b.paras[0])}</p>"
    modified = shown[-1].ts or published
    tx = _texts(ctx, town, street, "₹15,000")

    def headed(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        mark = f"{title}, update at {dotam(t)}, December {t.day}"
        return post(heading(mark) + f"\n<p>{e(text)}</p>", [text], kind, [mark])

    fibre = headed(
        "Fibre connections",
        f"BSNL and private operators have connected {num(rise(ctx, 41230, 9, 6), ',')} homes in the city to fibre broadband since April, the tracker shows.",
        FIBRE,
        1,
        10,
    )
    litter = headed(
        "Marina clean-up",
        f"Volunteers have cleared {num(rise(ctx, 6120, 7, 4), ',')} bags of plastic and debris from the Marina and Elliot's beach since the monsoon began.",
        LITTER,
        2,
        15,
    )
    t = ctx.ago(1, 20)
    ticker = bp("", tx[TICKER], TICKER, lead=f"Just in ({dotam(t)}):", tag="b")
    spell = bp("", tx[SPELL], SPELL, lead="Spelling bee:", tag="b")
    thanks = bp("", tx[THANKS], THANKS, lead="Thank you note:", tag="b")
    memories = turn(
        ctx,
        [
            "In 1964 my father took us to the Marina every Sunday evening for sundal, and the tram ran past the Presidency College, recalls S. Kamala, 82.",
            f"The cinema on {street} showed English films on Saturday mornings in 1970, and a ticket cost 60 paise, recalls V. Raghavan.",
            "During the 1976 floods we went to school in a rowing boat from Saidapet for a whole week, recalls Meenakshi Sundaram.",
            "My first job in 1968 was at the Moore Market bookshop, where I read every comic before it was sold, recalls J. Francis.",
        ],
        "memory",
    )
    memory = bp("", memories, MEMORY, lead="Madras memories:", tag="b")
    story_time = bp(
        "",
        "Story hour for children under five at the Anna Centenary Library, every Saturday and Sunday at 11 a.m.; rhymes in Tamil and English, entry free.",
        STORY,
    )
    read = bpa("", "ALSO READ |", tx[READ], "/news/cities/chennai/", READ, tag="b")
    promo = bp("", tx[PROMO], PROMO, lead="Partner content:", tag="i")
    news = bp(
        "",
        "Get the morning's top headlines from Chennai in your inbox with our free Chennai City newsletter.",
        NEWS,
    )
    units = [clar.html] + [f"<p>{e(p)}</p>" for p in body[:3]]
    units += [heading("Schools closed on Monday")] + [f"<p>{e(p)}</p>" for p in body[3:]]
    end_story = len(units)
    units += [b.html for b in shown]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fibre, list(range(end_story, k + 1)), 0.85),
            (litter, [end_story, end_story + 1, k], 0.8),
            (ticker, [1, 2, 6, k], 0.8),
            (spell, [3, 5, end_story], 0.75),
            (thanks, [2, 6, k], 0.75),
            (memory, [1, 3, 7], 0.8),
            (story_time, [4, 6, k], 0.7),
            (read, [2, 3, 5], 0.8),
            (promo, [0, 4, k], 0.7),
            (news, [6, 7, k], 0.75),
        ],
    )
    main = f"""<div class="th-container">
<main class="th-main">
<div class="th-article" id="article">
<p class="th-section"><a href="/news/cities/chennai/">Chennai</a></p>
<h1 class="th-title">{e(headline)}</h1>
<h2 class="th-sub-text">Relief centres opened across the city; schools and colleges in three districts closed on Monday</h2>
<div class="th-author-info"><span class="th-author">The Hindu Bureau</span></div>
<div class="th-publish-time"><p>Updated - December {modified.day:02d}, 2026 {e(dotam(modified).replace(".", ":", 1).replace(" a.m.", " am").replace(" p.m.", " pm"))} IST</p><p>Published - December 06, 2026 08:10 pm IST - CHENNAI</p></div>
<figure class="th-picture"><img src="/incoming/2026/12/06/velachery-rain.jpg" alt="" loading="lazy"><figcaption>A waterlogged street in Velachery on Sunday night. Photo: B. Jothi Ramalingam</figcaption></figure>
<div class="th-articlebodycontent" id="content-body-69012345">
{story}
</div>
</div>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-IN",
        prefix="th",
        brand="The Hindu",
        url=url,
        title=f"{headline} - The Hindu",
        sections=["News", "India", "World", "Cities", "Business", "Sport", "Opinion"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 THG PUBLISHING PVT LTD.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="The Hindu Bureau",
                    publisher=org("The Hindu", "https://www.thehindu.com"),
                    lang="en-IN",
                    section="Chennai",
                )
            )
        ],
        main=main,
        body_cls="th article-page",
    )
    return Render(html, body, [clar, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Telegram on SaltWire (St. John's, -03:30; the fetches run from 6.30pm to 7.30pm on Sunday 6
# December), custom CMS, live, newest first under a pinned post: `<article>` posts whose
# `<header>` holds a full-date `<time>` "Dec. 6, 2026, 6:20 p.m. NST", an `<h2>` headline (two
# posts have none; one has two paragraphs); JSON-LD `@graph` of a `WebPage`, a `BreadcrumbList`
# and a `LiveBlogPosting`, with no `NewsArticle`.


def saltwire(ctx: Ctx) -> Render:
    url = "https://www.saltwire.com/newfoundland-labrador/news/live-blizzard-shuts-down-st-johns-outer-ring-road-closed-metrobus-off-the-roads-100981234/"
    headline = (
        "LIVE: Blizzard shuts down St. John's, Outer Ring Road closed and Metrobus off the roads"
    )
    published = at(NST, 6, 11, 50)
    town, street = "St. John's", "Water Street"
    body = [
        "A blizzard driven by a deepening low off the Avalon has shut down much of St. John's on Sunday, closing the Outer Ring Road and pulling Metrobus off its routes by early afternoon.",
        "Environment Canada is calling for another 30 to 40 centimetres of snow and gusts of up to 110 km/h overnight. We'll keep this page updated through the evening.",
    ]

    def clock(dt: datetime) -> str:
        return f"Dec. 6, 2026, {us(dt)} NST"

    pinned = Block(
        "live_entry",
        clock(at(NST, 6, 12, 0)),
        at(NST, 6, 12, 0),
        "What's closed tonight",
        [
            "City Hall, all city recreation centres, the Confederation Building and Memorial University's St. John's campus are closed; the city asks people to stay off the roads."
        ],
    )
    specs = [
        (
            13,
            15,
            "Outer Ring Road closed",
            [
                "The RNC says the Outer Ring Road is closed between Kenmount Road and Logy Bay Road after several vehicles became stuck near the Portugal Cove Road exit."
            ],
        ),
        (
            14,
            30,
            None,
            [
                "Metrobus has pulled every bus off the road until further notice. Paratransit trips booked for tonight are cancelled."
            ],
        ),
        (
            15,
            40,
            "Power flickers in the east end",
            [
                "Newfoundland Power reports about 3,400 customers without electricity around Quidi Vidi and Pleasantville.",
                "Crews are out, but the utility warns that restoration will be slow in the wind.",
            ],
        ),
        (
            16,
            45,
            "Snowclearing pulled back",
            [
                "The city has pulled its plows back to priority routes only, saying visibility on side streets is too poor for the operators."
            ],
        ),
        (
            17,
            50,
            None,
            [
                "St. John's International Airport says all remaining departures tonight are cancelled; the last arrival from Halifax landed just before 5 p.m."
            ],
        ),
        (
            18,
            20,
            "Warming centre opens",
            [
                "The Paradise Double Ice Complex is open as a warming centre for anyone who loses heat, the town of Paradise says."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(NST, 6, h, m)), at(NST, 6, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(NST, 6, 19, 24)),
        at(NST, 6, 19, 24),
        "Ambulances get plow escorts",
        [
            "Eastern Health says ambulances in St. John's are now being escorted by city plows, and asks people to call 911 only for emergencies."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def art(b_clock: str, iso: str, head: str | None, paras: list[str], pin: bool = False) -> str:
        badge = '<span class="sw-live-post__pin">Pinned</span>' if pin else ""
        hd = f'<h2 class="sw-live-post__title">{e(head)}</h2>' if head else ""
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        cls = "sw-live-post sw-live-post--pinned" if pin else "sw-live-post"
        return (
            f'<article class="{cls}">{badge}<header class="sw-live-post__meta"><time datetime="{iso}">{e(b_clock)}</time></header>'
            f'{hd}<div class="sw-live-post__body">{ps}</div></article>'
        )

    assert pinned.ts
    pinned.html = art(pinned.label or "", pinned.ts.isoformat(), pinned.head, pinned.paras, True)
    for b in feed:
        assert b.ts
        b.html = art(b.label or "", b.ts.isoformat(), b.head, b.paras)
    shown = [pinned, *feed]
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street, "$200")

    def fake(title: str, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        return post(art(clock(t), t.isoformat(), title, [text]), [title, text], kind, [clock(t)])

    trees = fake(
        "Scouts' tree lot",
        f"The 1st St. John's Scouts have {fall(ctx, 138, 3, 2)} balsam firs left on their lot at the Avalon Mall; sales resume when the plows are through.",
        TREES,
    )
    quiz = fake(
        "Trivia league standings",
        f"After round {3 + ctx.n // 2} of the George Street trivia league, Quiz Khalifa lead with {drift(ctx, 54, 2) + 2 * ctx.n} points; tonight's rounds are postponed.",
        QUIZ,
    )
    swim = fake(
        "Polar dippers",
        f"The water at Quidi Vidi Lake was {drift(ctx, 18, 4) / 10:.1f} degrees at the last reading; the New Year's dip committee says registration is still open.",
        SWIM,
    )
    fibre = fake(
        "Fibre rollout",
        f"Bell says {num(rise(ctx, 52760, 8, 5), ',')} homes in the metro area are now wired for fibre, up from 48,000 at the start of the year.",
        FIBRE,
    )
    ticker = fake("Latest from the newsroom", tx[TICKER], TICKER)
    promo = fake("Sponsored content", tx[PROMO], PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (trees, list(range(0, n + 1)), 0.8),
            (quiz, list(range(1, n + 1)), 0.8),
            (swim, [0, 2, 3, n], 0.75),
            (fibre, list(range(0, n)), 0.85),
            (ticker, [1, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    read = bpa("sw-live-intro__text", "READ MORE:", tx[READ], "/newfoundland-labrador/", READ)
    news = bp(
        "sw-live-intro__text",
        "Sign up for The Telegram's free evening newsletter and get the day's top Newfoundland stories at 6 p.m.",
        NEWS,
    )
    bells = bp(
        "sw-live-intro__text",
        "The Cathedral of St. John the Baptist is looking for new bell-ringers. Practice is Thursdays at 7:30 p.m. in the tower; no musical experience needed.",
        BELLS,
    )
    memory = bp("sw-live-intro__text", tx[MEMORY], MEMORY, lead="Remember when:")
    intro = weave(
        ctx,
        [f'<p class="sw-live-intro__text">{e(p)}</p>' for p in body],
        [(read, [0, 1, 2], 0.8), (news, [1, 2], 0.8), (bells, [0, 2], 0.7), (memory, [1, 2], 0.75)],
    )
    publisher = org("SaltWire", "https://www.saltwire.com")
    webpage = {
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": headline,
        "inLanguage": "en-CA",
        "isPartOf": {"@type": "WebSite", "name": "SaltWire", "url": "https://www.saltwire.com"},
    }
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "Newfoundland & Labrador",
                "item": "https://www.saltwire.com/newfoundland-labrador/",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": "News",
                "item": "https://www.saltwire.com/newfoundland-labrador/news/",
            },
        ],
    }
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="en-CA",
    )
    main = f"""<div class="sw-layout">
<main class="sw-main">
<article class="sw-story sw-story--live">
<header class="sw-story__header">
<p class="sw-story__label">Live</p>
<h1 class="sw-story__title">{e(headline)}</h1>
<p class="sw-story__byline">Andrew Waterman and Juanita Mercer · The Telegram</p>
<p class="sw-story__date">Last updated {e(us(modified))} NST, Dec. 6, 2026</p>
</header>
<div class="sw-live-intro">
{intro}
</div>
{ad_slot("sw-ad", "Advertisement", "sw-box-1")}
<section class="sw-live-feed" aria-label="Live updates">
{feed_html}
</section>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-CA",
        prefix="sw",
        brand="SaltWire",
        url=url,
        title=f"{headline} | SaltWire",
        sections=["News", "Newfoundland & Labrador", "Sports", "Business", "Opinion", "Lifestyle"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 SaltWire Network Inc.",
        jsonld=[graph(webpage, crumbs, live)],
        main=main,
        body_cls="sw live-article",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "themercury-wild-weather-trees-down-hobart-sandy-bay-road-closed-derwent-ferry-cancelled",
        "The Mercury (AU)",
        "en",
        "updates",
        AEDT,
        mercury,
    ),
    Site(
        "thehindu-cyclone-marutha-chennai-subways-shut-velachery-tambaram-waterlogged",
        "The Hindu (IN)",
        "en",
        "updates",
        IST,
        hindu,
    ),
    Site(
        "saltwire-live-blizzard-st-johns-outer-ring-road-closed-metrobus-off-the-roads",
        "The Telegram on SaltWire (CA)",
        "en",
        "live",
        NST,
        saltwire,
    ),
]
