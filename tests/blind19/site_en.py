"""English-language publishers: Limerick Leader (Ireland), The Canberra Times (Australia),
Albuquerque Journal (US)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADOPT,
    AED,
    ANGLING,
    ARCHIVE,
    BIRTHS,
    COUNCIL,
    GARDEN,
    PERSONALS,
    PHONES,
    RIDES,
    ROOTS,
    STREET,
    TREES,
    WALK,
    WINE,
    agenda,
    bl,
    bp,
    graph,
    log,
    num,
    pm,
    rides,
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
    a,
    ad_slot,
    at,
    big_footer,
    e,
    live_posting,
    mega_nav,
    news_article,
    org,
    shell,
    weave,
)

IST = 0
AEDT = 11
MST = -7

_EN_SUBS = [
    "Crime",
    "Courts",
    "Politics",
    "Education",
    "Health",
    "Business",
    "Property",
    "Farming",
    "Motoring",
    "Opinion",
    "Obituaries",
    "Community",
]


def _foot(prefix: str, brand: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            brand: [
                "About us",
                "Contact us",
                "Advertise with us",
                "Newsletters",
                "Digital edition",
            ],
            "Legal": ["Privacy", "Terms and conditions", "Accessibility", "Cookie policy"],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Limerick Leader (+00:00), custom CMS. An italic unlabelled "This story has been updated with …"
# line at the top; `<div class="update">` boxes inside the story after paragraph 3, newest first,
# each an `<h4>` "Update at <time>9.35pm</time>" + a paragraph; an italic unlabelled "An earlier
# version of this article …" at the bottom. The body has a list of closed roads and a photo.


def limerick(ctx: Ctx) -> Render:
    url = "https://www.limerickleader.ie/news/home/1204417/shannon-bursts-banks-kings-island-homes-flooded.html"
    headline = "Shannon bursts its banks at King's Island as high tide and storm surge flood homes"
    published = at(IST, 6, 18, 40)
    body = [
        "Dozens of homes on King's Island were flooded on Sunday evening when the River Shannon came over the quay walls at high tide, driven by a storm surge and three days of heavy rain.",
        "Water was knee-deep in parts of St Mary's Park by 7pm, and Limerick Fire and Rescue Service used a boat to bring an elderly couple out of their home on Island Road.",
        "Residents said the water rose faster than it did in the floods of February 2014, when more than 80 homes in the area were damaged.",
        "“We had the sandbags out since Friday, but it came in the back door like a river,” said Bridget Hogan, who has lived on Verdant Place for 41 years.",
        "The council opened a rest centre at the Salesian Secondary School on the Fernbank road, and about 30 people had registered there by 8pm.",
        "These roads are closed until further notice:",
        "Athlunkard Street from the Abbey Bridge to Sir Harry's Mall",
        "Island Road and the whole of Verdant Place",
        "Clancy's Strand between Thomond Bridge and Sarsfield Bridge",
        "Met Éireann has an orange warning for wind in place for Limerick and Clare until 6am on Monday, and the next high tide is at about 7.20am.",
        "The flood defences on the north side of King's Island, which were finished two years ago, held, the council said. The water came in over the older wall along the Abbey River.",
        "Anyone who needs help can contact the council's emergency line, which will stay open through the night.",
    ]
    top = Block(
        "update",
        None,
        None,
        None,
        [
            "This story has been updated with a statement from Limerick City and County Council and the latest tide times."
        ],
    )
    top.html = f'<p class="ll-note"><em>{e(top.paras[0])}</em></p>'
    notes = [
        Block(
            "update",
            "Update at 9.35pm",
            at(IST, 6, 21, 35),
            None,
            [
                "Soldiers from Sarsfield Barracks have arrived on King's Island with two high-clearance trucks to help move people to the rest centre."
            ],
        ),
        Block(
            "update",
            "Update at 8.10pm",
            at(IST, 6, 20, 10),
            None,
            [
                "Gardaí have asked people to stay away from the Abbey River walk and the Curragower Falls while the water is this high."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update at 10.54pm",
        at(IST, 6, 22, 54),
        None,
        [
            "The council says pumps are now clearing water from St Mary's Park and about 20 residents will be able to go home before morning."
        ],
    )
    corr = Block(
        "correction",
        None,
        None,
        None,
        [
            "An earlier version of this article said the flood defences on King's Island were finished in 2014. They were completed in 2024."
        ],
    )
    corr.html = f'<p class="ll-note"><em>{e(corr.paras[0])}</em></p>'
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def box(title: str, clock: str, ts: datetime, text: str) -> str:
        return (
            f'<div class="update"><h4 class="update__title">{e(title)} <time datetime="{ts.isoformat()}">'
            f"{e(clock)}</time></h4><p>{e(text)}</p></div>"
        )

    for b in shown:
        assert b.ts and b.label
        b.html = box("Update at", b.label.removeprefix("Update at "), b.ts, b.paras[0])
    modified = shown[0].ts or published

    t = ctx.ago(1, 9)
    no, item = agenda(
        ctx,
        [
            "the minutes of the November meeting",
            "the chief executive's report on the flood response",
            "a motion on raising the Abbey River wall",
            "the 2027 budget for the Metropolitan District",
            "the naming of the new footbridge at Mill Road",
            "free parking in the city centre for Christmas",
            "a question on the Thomondgate pumping station",
            "grants for flooded homeowners on King's Island",
            "a motion on the Northern Distributor Road",
            "the Christmas lights on O'Connell Street",
        ],
    )
    chamber = (
        f"The special meeting of Limerick City and County Council is on item {no} of 14: {item}."
    )
    council = W(
        box("Council chamber at", pm(t), t, chamber),
        [chamber],
        COUNCIL,
        [f"Council chamber at {pm(t)}"],
    )
    trees = bp(
        "",
        f"Limerick's urban forest drive has planted {num(rise(ctx, 11420, 17, 9), ',')} of its 20,000 native trees since October. Volunteers meet at Westfield Park at 10am on Saturday.",
        TREES,
        lead=f"Trees planted, {pm(ctx.ago(1, 11))}:",
    )
    street = bp(
        "",
        turn(
            ctx,
            [
                "Athlunkard Street takes its name from the Athlunkard estate upriver, whose owners paid for the street to be cut through the old Irishtown in the 1820s.",
                "Nicholas Street, the oldest street in the city, is named after St Nicholas, the patron saint of sailors, whose chapel stood near the quay.",
                "Sir Harry's Mall recalls Sir Harry Hartstonge, the Limerick MP who had the riverside walk laid out at the end of the 1700s.",
                "Verdant Place got its name in the 1930s, when the new council houses there were built around a green that has long since gone.",
                "Clancy's Strand is named after the Clancy family, whose coal yard stood by Thomond Bridge for most of the 19th century.",
                "Mary Street was called Fish Lane until 1840, after the fish sellers who worked along the Abbey River.",
            ],
            "street",
        ),
        STREET,
        lead="Street names explained:",
    )
    archive = bp(
        "",
        "“The river came over the wall at the Island Bank before dawn, and by eight o'clock there was a foot of water in half the houses of St Mary's Park,” the Leader reported on January 12, 1991.",
        ARCHIVE,
        lead="From our archive:",
    )
    roots = bp(
        "",
        turn(
            ctx,
            [
                "A reader in Boston is looking for descendants of Patrick Hartigan, a cooper who lived on Nicholas Street in the 1890s. Write to roots@limerickleader.ie.",
                "Margaret Ryan in Perth, Australia, would like to hear from relatives of the Moloneys of Park, Corbally, who emigrated in 1911.",
                "A family in Ontario is searching for the grave of Honora Culhane, who died at Barrington's Hospital in 1883.",
                "Descendants of Thomas Quilty, a boatman on the Abbey River in the 1860s, are asked to get in touch with a researcher in Leeds.",
                "A reader in Chicago wants to trace the Sheehys of Mungret Street, bakers, who are in the 1901 census.",
                "John Kiely in Cork is looking for photographs of his grandfather's forge at Thomondgate, which closed in 1952.",
            ],
            "roots",
        ),
        ROOTS,
        lead="Roots:",
    )
    phones = bl(
        "ll-list",
        "",
        [
            "Council emergency line: 061 417 833",
            "Gardaí at Henry Street: 061 212 400",
            "Uisce Éireann, water supply: 1800 278 278",
            "ESB Networks, power cuts: 1800 372 999",
            "Sandbags from the Mill Road depot: 061 557 000",
        ],
        PHONES,
    )
    hearts = bp(
        "",
        turn(
            ctx,
            [
                "Widower, 67, from Castleconnell, fond of hurling, hillwalking and the odd céilí, would like to meet a kind lady for company. Box 4417.",
                "Farmer, 49, west Limerick, non-smoker, own home, seeks a cheerful woman who likes dogs and dancing. Box 4421.",
                "Retired teacher, 71, city, loves the theatre and Sunday drives to Kilkee, would like to meet a gentleman of similar age. Box 4409.",
                "Nurse, 54, Raheen, divorced, likes walking the Shannon Fields and good coffee, hopes to meet a genuine man. Box 4432.",
                "Musician, 60, Newcastle West, plays the fiddle in a session band, seeks a lady with a sense of humour. Box 4415.",
                "Shy bachelor, 58, Abbeyfeale, handy around the house, would love someone to go to the pictures with. Box 4440.",
            ],
            "hearts",
        ),
        PERSONALS,
        lead="Hearts & Minds:",
    )

    fig = (
        '<figure class="ll-figure"><img src="/resizer/2026/12/06/kings-island-flood.jpg" alt="" loading="lazy">'
        '<figcaption class="ll-figure__caption">Flood water on Island Road on Sunday evening. Picture: Brendan Gleeson</figcaption></figure>'
    )
    roads = "".join(f"<li>{e(x)}</li>" for x in body[6:9])
    units = [top.html] + [f"<p>{e(p)}</p>" for p in body[:3]] + [b.html for b in shown]
    nn = 4 + len(shown)
    units += [f"<p>{e(p)}</p>" for p in body[3:6]] + [f'<ul class="ll-list">{roads}</ul>']
    units += [f"<p>{e(body[9])}</p>", fig] + [f"<p>{e(p)}</p>" for p in body[10:]] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (council, [4, nn - 1, nn, nn + 1], 0.9),
            (trees, list(range(1, k)), 0.8),
            (street, [2, 3, nn, nn + 2, nn + 4], 0.75),
            (archive, [1, 3, nn + 1, k - 2, k - 1], 0.65),
            (roots, [nn + 1, nn + 2, nn + 4, nn + 5, k - 1, k], 0.75),
            (phones, [nn + 4, nn + 5, k - 1], 0.8),
            (hearts, [k - 1, k], 0.7),
        ],
    )
    main = f"""<div class="ll-wrap">
<main class="ll-main" id="content">
<article class="ll-article" data-id="1204417">
<header class="ll-article__head">
<p class="ll-article__kicker"><a href="/news/home/">Limerick news</a></p>
<h1 class="ll-article__title">{e(headline)}</h1>
<p class="ll-article__standfirst">Rest centre opens in Corbally as soldiers help move residents; several roads closed</p>
<p class="ll-article__author">Reporter: <a href="/author/ciara-mcnamara">Ciara McNamara</a></p>
<p class="ll-article__dates">Published: <time datetime="{published.isoformat()}">6 Dec 2026 at 6.40pm</time> · Last updated: <time datetime="{modified.isoformat()}">6 Dec 2026 at {e(pm(modified))}</time></p>
</header>
<div class="ll-article__body article-body">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="en-IE",
        title=f"{headline} - Limerick Leader",
        canonical=url,
        prefix="ll",
        body_cls="ll article",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Ciara McNamara",
                    publisher=org("Limerick Leader", "https://www.limerickleader.ie"),
                    lang="en-IE",
                    section="Local News",
                ),
            }
        ],
        nav=mega_nav(
            "ll",
            "Limerick Leader",
            "/",
            ["News", "Sport", "GAA", "Business", "Lifestyle", "County"],
            _EN_SUBS,
        ),
        main=main,
        footer=_foot("ll", "Limerick Leader", "© 2026 Iconic Media Holdings. All rights reserved."),
    )
    return Render(html, body, [top, *shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Canberra Times (+11:00, Monday 7 December), custom CMS, live, newest first: `<article>`
# entries with `<time>` "8.48am" + `<h3>` (one without headline), a pinned "Key points" entry on
# top; JSON-LD `@graph` with a `WebPage` and a `LiveBlogPosting` (no `NewsArticle`).


def canberra(ctx: Ctx) -> Render:
    url = "https://www.canberratimes.com.au/story/9001187/live-stromlo-bushfire-cotter-road-closed-denman-prospect/"
    headline = "Live: Stromlo bushfire closes Cotter Road, Denman Prospect residents told to leave"
    published = at(AEDT, 7, 5, 50)
    body = [
        "A grass fire that started in pine plantation near Stromlo Forest Park before dawn has closed Cotter Road and the Tuggeranong Parkway north of Hindmarsh Drive.",
        "The ACT Emergency Services Agency has told residents of the western edge of Denman Prospect to leave now, and is warning of ember attack in Wright and Coombs. Follow our live coverage below.",
    ]
    specs = [
        (
            6,
            5,
            "Fire reported at Stromlo",
            "Triple zero callers reported smoke above the forest park at 5.32am. ESA says the fire was moving east at about three kilometres an hour in a westerly wind.",
        ),
        (
            6,
            50,
            "Cotter Road closed",
            "Police have closed Cotter Road between the Tuggeranong Parkway and the Cotter Reserve. The parkway is closed northbound from Hindmarsh Drive.",
        ),
        (
            7,
            35,
            None,
            "Two large air tankers from the Jervis Bay base are on their way, and four water-bombing helicopters are working the northern edge of the fire.",
        ),
        (
            8,
            10,
            "Schools in Molonglo closed",
            "The Education Directorate says Charles Weston School and Evelyn Scott School in Denman Prospect will not open today.",
        ),
        (
            8,
            48,
            "Fire now 240 hectares",
            "The fire has burned about 240 hectares, the ESA says. Crews are back-burning along the Uriarra Road firebreak to protect homes in Wright.",
        ),
    ]
    entries = [
        Block("live_entry", pm(at(AEDT, 7, h, m)), at(AEDT, 7, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    pinned = Block(
        "live_entry",
        "6.20am",
        at(AEDT, 7, 6, 20),
        "Key points",
        [
            "An evacuation centre is open at the Canberra Southern Cross Club in Woden. Pets can be taken to the RSPCA shelter in Weston, which is outside the warning area."
        ],
    )
    genuine = Block(
        "live_entry",
        "9.54am",
        at(AEDT, 7, 9, 54),
        "Watch and act for Coombs",
        [
            "The ESA has raised the warning for Coombs to watch and act. Residents there should get ready to leave if the wind turns north-west this afternoon."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    shown = [pinned, *feed]

    def post(label: str, ts: datetime, head: str | None, text: str, pid: str, pin: bool) -> str:
        hd = f'<h3 class="ct-live-entry__title">{e(head)}</h3>' if head else ""
        badge = '<span class="ct-live-entry__badge">Pinned</span> ' if pin else ""
        return (
            f'<article class="ct-live-entry{" ct-live-entry--pinned" if pin else ""}" id="{pid}">'
            f'<div class="ct-live-entry__meta">{badge}<time datetime="{ts.isoformat()}">{e(label)}</time></div>'
            f'{hd}<div class="ct-live-entry__body"><p>{e(text)}</p></div></article>'
        )

    for b in shown:
        assert b.ts
        b.html = post(
            b.label or "", b.ts, b.head, b.paras[0], f"e{b.ts.strftime('%H%M')}", b is pinned
        )
    modified = max(b.ts for b in shown if b.ts)

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 22)
        label = pm(t)
        return W(
            post(label, t, title, text, f"e{ctx.rng.randint(1000, 9999)}", False),
            [title, text],
            kind,
            [label],
        )

    no, item = agenda(
        ctx,
        [
            "apologies and declarations of interest",
            "the Minister for Planning's opening statement",
            "the Molonglo Valley stage 3 estate",
            "the light rail extension to Woden",
            "questions on the Stromlo bushfire buffer zones",
            "public housing in Coombs and Wright",
            "the Gungahlin town centre car park",
            "tree protection rules for new suburbs",
            "the Cotter Road duplication",
            "the committee's draft recommendations",
        ],
    )
    council = fake(
        "In the Assembly now",
        f"The planning committee's estimates hearing is on item {no} of 12: {item}.",
        COUNCIL,
    )
    pet = fake(
        "RSPCA ACT pet of the day",
        turn(
            ctx,
            [
                "Biscuit is a four-year-old kelpie cross who loves long walks and hates thunderstorms. Adoption fee $350.",
                "Mischa, a two-year-old grey tabby, is shy at first but will sit on your lap by day three. Adoption fee $150.",
                "Ranger is an eight-year-old greyhound looking for a quiet home with a soft couch. Adoption fee $200.",
                "Peanut and Popcorn are guinea pig sisters who must go home together. Adoption fee $60 for the pair.",
                "Duke, a six-year-old staffy, is great with older children and already knows sit, stay and shake. Adoption fee $300.",
                "Willow is a one-year-old ragdoll cross with a loud purr and a taste for cardboard boxes. Adoption fee $180.",
            ],
            "pet",
        ),
        ADOPT,
    )
    trees = fake(
        "Canberra's urban forest",
        f"{num(rise(ctx, 28910, 14, 8), ',')} trees planted on verges and in parks this season, toward the ACT's goal of 54,000 by 2030. Counter updated {pm(ctx.ago(1, 9))}.",
        TREES,
    )
    share = fake(
        "Car-share board",
        " ".join(
            rides(
                ctx,
                [
                    "Belconnen to Civic",
                    "Gungahlin to Parliamentary Triangle",
                    "Tuggeranong to Woden",
                    "Queanbeyan to Fyshwick",
                    "Yass to Canberra Airport",
                    "Murrumbateman to Belconnen",
                ],
                3,
                lambda t, route, seats: (
                    f"{route}, leaving {pm(t)}, {seats} seat{'s' if seats > 1 else ''}."
                ),
            )
        ),
        RIDES,
    )
    births = fake(
        "Centenary Hospital births",
        f"Babies born since midnight at the Centenary Hospital for Women and Children: {rise(ctx, 9, 1, 1)}. The latest, a boy, arrived at {pm(ctx.ago(2, 30))}.",
        BIRTHS,
    )
    wine = fake(
        "Canberra District wine of the week",
        turn(
            ctx,
            [
                "Clonakilla 2024 Shiraz Viognier, Murrumbateman: pepper and plum, $42 at the cellar door.",
                "Helm 2025 Classic Dry Riesling: lime, wet stone and a long finish, $38.",
                "Lark Hill 2023 Grüner Veltliner, Bungendore: biodynamic and crisp, $45.",
                "Mount Majura 2024 Tempranillo: cherry and spice from the slopes by the airport, $40.",
                "Four Winds 2025 Rosé, Murrumbateman: strawberries and cream, $28.",
                "Ravensworth 2024 Sangiovese: bright and savoury, $36.",
            ],
            "wine",
        ),
        WINE,
    )
    garden = bp(
        "ct-live-intro__text",
        "In the garden this week: water deeply in the early morning, mulch tomatoes before the heat comes, and clear dry leaves from gutters and away from the house.",
        GARDEN,
    )

    intro = weave(
        ctx,
        [f'<p class="ct-live-intro__text">{e(p)}</p>' for p in body],
        [(garden, [0, 1, 2], 0.8)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (council, list(range(0, n + 1)), 0.85),
            (pet, list(range(1, n + 1)), 0.8),
            (trees, [0, 1, 2, n - 1, n], 0.8),
            (share, list(range(0, n + 1)), 0.75),
            (births, list(range(0, n)), 0.85),
            (wine, list(range(2, n + 1)), 0.7),
        ],
    )
    publisher = org("The Canberra Times", "https://www.canberratimes.com.au")
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
    page = {"@type": "WebPage", "@id": url, "url": url, "name": headline}
    main = f"""<div class="ct-page">
<main class="ct-main" id="main">
<article class="ct-story ct-story--live">
<header class="ct-story__header">
<p class="ct-story__label">Live</p>
<h1 class="ct-story__headline">{e(headline)}</h1>
<p class="ct-story__standfirst">Evacuation centre open in Woden; two large air tankers called in.</p>
<p class="ct-story__byline">By Hamish Blackwood and Lucy Tran</p>
<p class="ct-story__date">Updated <time datetime="{modified.isoformat()}">{e(pm(modified))}</time> December 7 2026</p>
</header>
<div class="ct-live-intro">
{intro}
</div>
{ad_slot("ct-ad", "Advertisement", "ct-live-mrec")}
<div class="ct-live-feed" data-live="true">
{feed_html}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="en-AU",
        title=f"{headline} | The Canberra Times",
        canonical=url,
        prefix="ct",
        body_cls="ct live-page",
        jsonld=[graph(page, live)],
        nav=mega_nav(
            "ct",
            "The Canberra Times",
            "/",
            ["Local News", "Politics", "Sport", "Business", "Lifestyle", "Opinion"],
            _EN_SUBS,
        ),
        main=main,
        footer=_foot("ct", "The Canberra Times", "© 2026 Australian Community Media"),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Albuquerque Journal (-07:00), WordPress-like, live, oldest first: `<li>` items in schema.org
# microdata (`LiveBlogPosting` > `liveBlogUpdate` `BlogPosting`), a `<time>` "1:40 p.m." and the
# text, no headlines (one item with two paragraphs); the JSON-LD is only a `NewsArticle`.


def abq(ctx: Ctx) -> Render:
    url = "https://www.abqjournal.com/news/local/live-updates-bosque-fire-central-avenue-bridge-tingley-beach/article_4f19c2a8.html"
    headline = "Live updates: Bosque fire near Central Avenue bridge closes Tingley Beach, Rio Grande Boulevard"
    published = at(MST, 6, 9, 10)
    body = [
        "A fire in the Rio Grande bosque south of the Central Avenue bridge has burned through dry cottonwoods and forced the closure of Tingley Beach, the ABQ BioPark's Botanic Garden and part of Rio Grande Boulevard.",
        "Albuquerque Fire Rescue says no homes are threatened for now, but smoke is drifting over the Barelas and Old Town neighborhoods. Check back here for updates through the afternoon.",
    ]
    specs = [
        (
            9,
            20,
            [
                "Albuquerque Fire Rescue says it was called at 8:47 a.m. to smoke in the bosque just south of the Central Avenue bridge, on the east bank of the river."
            ],
        ),
        (
            10,
            5,
            [
                "Tingley Beach and the Botanic Garden are closed for the day. The BioPark says visitors with tickets will get a refund.",
                "The zoo, which is on the other side of the river, is open as usual.",
            ],
        ),
        (
            11,
            30,
            [
                "Rio Grande Boulevard is closed between Central Avenue and Mountain Road. Police are sending drivers around on 12th Street."
            ],
        ),
        (
            12,
            45,
            [
                "The fire has burned about 35 acres, AFR Chief Lorenzo Baca says. Crews from Bernalillo County and the Pueblo of Isleta are helping."
            ],
        ),
        (
            13,
            40,
            [
                "The city's environmental health department has issued a smoke advisory for Barelas, Old Town and the South Valley until 8 p.m."
            ],
        ),
        (
            14,
            35,
            [
                "A state helicopter has started dropping water on hot spots near the Atrisco Riverside drain, where the fire jumped a firebreak."
            ],
        ),
    ]
    entries = [
        Block("live_entry", us(at(MST, 6, h, m)), at(MST, 6, h, m), None, ps) for h, m, ps in specs
    ]
    genuine = Block(
        "live_entry",
        "3:53 p.m.",
        at(MST, 6, 15, 53),
        None,
        [
            "AFR says the fire is 60 percent contained and Rio Grande Boulevard will reopen at 5 p.m. Tingley Beach stays closed until Tuesday."
        ],
    )
    shown = entries + ([genuine] if ctx.n == 6 else [])

    def item(label: str, ts: datetime, paras: list[str], micro: bool) -> str:
        text = "".join(f"<p>{e(p)}</p>" for p in paras)
        if micro:
            return (
                '<li class="abqj-ticker__item" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
                f'<time class="abqj-ticker__time" itemprop="datePublished" datetime="{ts.isoformat()}">{e(label)}</time>'
                f'<div class="abqj-ticker__text" itemprop="articleBody">{text}</div></li>'
            )
        return (
            f'<li class="abqj-ticker__item"><time class="abqj-ticker__time" datetime="{ts.isoformat()}">{e(label)}</time>'
            f'<div class="abqj-ticker__text">{text}</div></li>'
        )

    for b in shown:
        assert b.ts
        b.html = item(b.label or "", b.ts, b.paras, True)
    modified = max(b.ts for b in shown if b.ts)

    def fake(text: str, kind: str) -> W:
        t = ctx.ago(1, 20)
        label = us(t)
        return W(item(label, t, [text], False), [text], kind, [label])

    no, topic = agenda(
        ctx,
        [
            "approval of the agenda",
            "public comment",
            "the fire chief's briefing on the bosque fire",
            "emergency funds for the BioPark",
            "a resolution on bosque thinning",
            "the Rail Trail contract",
            "winter shelter hours at the Gateway Center",
            "the Central Avenue streetlight project",
            "a resolution thanking Pueblo of Isleta crews",
            "adjournment",
        ],
    )
    council = fake(
        f"City Council special meeting, now on item {no} of 11: {topic}. Watch on GOV TV channel 16.",
        COUNCIL,
    )
    pet = fake(
        "Pet of the day from Albuquerque Animal Welfare: "
        + turn(
            ctx,
            [
                "Pinto, a three-year-old heeler mix who rides well in the truck and loves the ditch trails.",
                "Salsa, a one-year-old calico who talks back and wants to be the only cat.",
                "Chief, a 10-year-old Lab who walks slowly but greets everyone at the door.",
                "Luna and Sol, bonded Chihuahua sisters who need a home together.",
                "Bandit, a husky mix with one blue eye who needs a yard with a tall fence.",
                "Marigold, a shy tabby who hides under the bed for a day and then never leaves your side.",
            ],
            "pet",
        ),
        ADOPT,
    )
    share = fake(
        "Ride board: "
        + " ".join(
            rides(
                ctx,
                [
                    "Rio Rancho to Downtown",
                    "Los Lunas to UNM",
                    "Santa Fe to the Sunport",
                    "Edgewood to Uptown",
                    "Belen to Kirtland AFB",
                    "Corrales to Journal Center",
                ],
                3,
                lambda t, route, seats: (
                    f"{route}, {us(t)}{' Monday' if t.day == 7 else ''}, {seats} seat{'s' if seats > 1 else ''}."
                ),
            )
        ),
        RIDES,
    )
    births = fake(
        f"Babies born today at UNM Hospital: {rise(ctx, 11, 1, 1)}. The latest, a girl, was born at {us(ctx.ago(3, 40))}",
        BIRTHS,
    )
    fish = fake(
        "Fishing report from the Tingley ponds and the Rio Grande: "
        + "; ".join(
            log(
                ctx,
                [
                    "rainbow trout, 14 inches, on a PowerBait at the Central Pond",
                    "channel catfish, 6 pounds, below the Isleta diversion",
                    "two stocked trout at the Children's Pond",
                    "a carp, 11 pounds, off the Alameda bridge",
                    "brown trout, 12 inches, on a nymph at the San Antonio oxbow",
                    "bluegill limit at the Bosque Farms drain",
                ],
                3,
                us,
                30,
                400,
            )
        )
        + ".",
        ANGLING,
    )
    walk = bp(
        "abqj-intro",
        "Walk of the week: the Paseo del Bosque trail from the Campbell Road trailhead north to the Alameda bridge, about four miles, flat and paved, with sandhill cranes in the fields at Los Poblanos.",
        WALK,
    )
    aed = bp(
        "abqj-intro",
        "Public defibrillators near the bosque: in the lobby of the BioPark Aquarium, at the Tingley Beach boathouse and at the Old Town Plaza visitor center.",
        AED,
        lead="Did you know?",
    )

    intro = weave(
        ctx,
        [f'<p class="abqj-intro">{e(p)}</p>' for p in body],
        [(walk, [0, 1, 2], 0.75), (aed, [1, 2], 0.75)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (council, list(range(0, n + 1)), 0.85),
            (pet, list(range(1, n + 1)), 0.8),
            (share, list(range(0, n)), 0.75),
            (births, list(range(0, n + 1)), 0.8),
            (fish, [1, 2, 3, n - 1, n], 0.75),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article id="post-4f19c2a8" class="post type-post status-publish format-standard category-local">
<header class="entry-header">
<div class="abqj-kicker"><span class="abqj-live-dot"></span> Live updates</div>
<h1 class="entry-title">{e(headline)}</h1>
<p class="abqj-dek">Smoke advisory for Barelas, Old Town and the South Valley</p>
<div class="entry-meta"><span class="byline">By <a href="/users/profile/esperanza-lucero/">Esperanza Lucero</a> / Journal Staff Writer</span>
<span class="posted-on">Updated <time class="updated" datetime="{modified.isoformat()}">{e(us(modified))}</time> Sunday, December 6, 2026</span></div>
</header>
<div class="entry-content">
<div class="abqj-intro-wrap">
{intro}
</div>
{ad_slot("abqj-ad", "Advertisement", "abqj-live-box")}
<div class="abqj-live" itemscope itemtype="https://schema.org/LiveBlogPosting">
<meta itemprop="headline" content="{a(headline)}">
<meta itemprop="coverageStartTime" content="{published.isoformat()}">
<ol class="abqj-ticker">
{feed_html}
</ol>
</div>
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="en-US",
        title=f"{headline} | Albuquerque Journal",
        canonical=url,
        prefix="abqj",
        body_cls="post-template-default single single-post",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Esperanza Lucero",
                    publisher=org("Albuquerque Journal", "https://www.abqjournal.com"),
                    lang="en-US",
                    section="Local News",
                ),
            }
        ],
        nav=mega_nav(
            "abqj",
            "Albuquerque Journal",
            "/",
            ["News", "Sports", "Business", "Opinion", "Entertainment", "Obituaries"],
            _EN_SUBS,
        ),
        main=main,
        footer=_foot("abqj", "Albuquerque Journal", "© 2026 Albuquerque Journal"),
        cms="wp",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "limerickleader-shannon-bursts-banks-kings-island-homes-flooded",
        "Limerick Leader (IE)",
        "en",
        "updates",
        IST,
        limerick,
    ),
    Site(
        "canberratimes-live-stromlo-bushfire-cotter-road-closed-denman-prospect",
        "The Canberra Times (AU)",
        "en",
        "live",
        AEDT,
        canberra,
    ),
    Site(
        "abqjournal-live-bosque-fire-central-avenue-bridge-tingley-beach-closed",
        "Albuquerque Journal (US)",
        "en",
        "live",
        MST,
        abq,
    ),
]
