"""English-language publishers: The Press and Journal (Aberdeen, Scotland), Times Colonist
(Victoria, Canada), Daily Maverick (South Africa)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    BOOKBUS,
    COMMENTS,
    DRAWING,
    JABS,
    LOST,
    NEWS,
    NOMS,
    POEM,
    PROMO,
    PUNCT,
    READ,
    REPAIR,
    SURGERY,
    TRADE,
    WEATHER,
    bl,
    bp,
    bpa,
    countdown,
    drift,
    ld,
    num,
    pm,
    rise,
    share,
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
    shell,
    weave,
)

GMT = 0
PST = -8
SAST = 2

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
            brand: ["About us", "Contact us", "Advertise", "Newsletters", "E-edition"],
            "Legal": ["Privacy notice", "Terms of use", "Accessibility", "Cookie settings"],
        },
        legal,
    )


def _ago_text(h: int, m: int) -> str:
    return f"in {h} hours {m} minutes" if h else f"in {m} minutes"


# ---------------------------------------------------------------------------------------------
# The Press and Journal (+00:00), Arc-like. A boxed bold "Correction:" at the top; the notes
# come after the story, newest first, each an `<aside class="pj-update">` with an `<h2>` "Update:
# 9.42pm" and a paragraph. The body has a list of closed roads.


def pressjournal(ctx: Ctx) -> Render:
    url = "https://www.pressandjournal.co.uk/fp/news/fraserburgh/6712345/fraserburgh-fish-factory-fire-broadsea-homes-evacuated/"
    headline = (
        "Fraserburgh fish factory fire: Broadsea homes evacuated as smoke drifts over harbour"
    )
    published = at(GMT, 6, 18, 25)
    body = [
        "A fire at a fish-processing factory on Fraserburgh's Shore Street has forced dozens of families in the Broadsea area out of their homes, as thick smoke drifted over the harbour on Sunday evening.",
        "Scottish Fire and Rescue Service was called at 5.12pm, and at the height of the blaze eight appliances and a height platform from Aberdeen were at the scene.",
        "Crews said ammonia tanks used in the factory's freezer rooms were a concern, and police set up a cordon of 250 metres around the building.",
        "“You could see the flames from the Kinnaird Head lighthouse,” said Moira Buchan, who lives on Castle Street. “We were told to leave with what we could carry.”",
        "Aberdeenshire Council opened a rest centre at the Fraserburgh Community and Sports Centre on Seaview Road, where volunteers handed out soup and blankets.",
        "Police Scotland has closed these roads:",
        "Shore Street between Quarry Road and the Balaclava Pier",
        "Castle Street and the lower end of Commerce Street",
        "Harbour Road from the Fish Market to the Shore Street roundabout",
        "The harbour master said no boats would be allowed to land at the Balaclava basin until the fire service had declared the area safe.",
        "The factory, which employs about 140 people, was built in the 1970s and extended in 2019. Its owners said all staff on the late shift had been accounted for.",
        "Residents with breathing problems have been told to keep windows and doors shut and to call NHS 24 on 111 if they feel unwell.",
    ]
    corr = Block(
        "correction",
        "Correction",
        None,
        None,
        [
            "This article previously said the rest centre was at Fraserburgh Academy. It is at the Community and Sports Centre."
        ],
    )
    corr.html = (
        f'<div class="pj-correction"><p><strong>Correction:</strong> {e(corr.paras[0])}</p></div>'
    )
    notes = [
        Block(
            "update",
            "Update: 9.42pm",
            at(GMT, 6, 21, 42),
            None,
            [
                "Fire crews have the blaze under control, the service says, but they will stay at Shore Street through the night to damp down hot spots."
            ],
        ),
        Block(
            "update",
            "Update: 8.15pm",
            at(GMT, 6, 20, 15),
            None,
            [
                "Engineers from SGN have cut the gas supply to the factory and to 30 homes on Castle Street as a precaution."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update: 10.55pm",
        at(GMT, 6, 22, 55),
        None,
        [
            "Police say residents of Broadsea Road and Castle Street can go home, but the cordon on Shore Street will stay in place until Monday."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes

    def aside(title: str, text: str) -> str:
        return (
            f'<aside class="pj-update"><h2 class="pj-update__title">{e(title)}</h2>'
            f"<p>{e(text)}</p></aside>"
        )

    for b in shown:
        assert b.label
        b.html = aside(b.label, b.paras[0])
    modified = shown[0].ts or published

    t = ctx.ago(1, 9)
    mended = rise(ctx, 1846, 3, 2)
    repair_text = f"The Fraserburgh Repair Café has mended {num(mended, ',')} toasters, lamps, bikes and jackets since it opened in March, keeping about {mended * 13 // 10:,} kilos out of landfill."
    repair = W(
        aside(f"Repair café tally: {pm(t)}", repair_text),
        [repair_text],
        REPAIR,
        [f"Repair café tally: {pm(t)}"],
    )
    tw = ctx.ago(1, 12)
    temp = drift(ctx, 5, 1)
    weather_text = f"Fraserburgh now: {temp}C, feels like {temp - 4}C, wind north-west {drift(ctx, 34, 4)}mph gusting {drift(ctx, 51, 5)}mph, with showers of sleet on the coast."
    weather = W(
        aside(f"Weather: {pm(tw)}", weather_text),
        [weather_text],
        WEATHER,
        [f"Weather: {pm(tw)}"],
    )
    lost = bp(
        "",
        turn(
            ctx,
            [
                "A child's red wellington boot with a dinosaur on it, found on the Broadsea shore path. Ask at the police office on Finlaystone Terrace.",
                "A set of keys on a Fraserburgh FC keyring, handed in at the Saltoun Square library.",
                "A grey Labrador's lead and harness, found by the Kinnaird Head lighthouse car park on Saturday.",
                "Reading glasses in a tartan case, left on the number 69 bus from Peterhead.",
                "A gold wedding ring engraved “J & M 1987”, found in the sand at the Fraserburgh beach pavilion.",
                "A blue rucksack with a school jotter in it, found at the Mid Street bus stop.",
            ],
            "lost",
        ),
        LOST,
        lead="Lost and found:",
    )
    poem = bp(
        "",
        turn(
            ctx,
            [
                "“The boats come hame, the lichts burn low, / the Broch is quiet in the snow.” By Sandy Noble, Rosehearty.",
                "“Grey gulls above the Balaclava wall / keep watch for boats that do not come at all.” By Ellen Strachan, Inverallochy.",
                "“My granny's kitchen smelled of salt and smoke, / of herring, tea and every word she spoke.” By Iain Duthie, Sandhaven.",
                "“The haar came in across the bay at three / and took the lighthouse from the town and me.” By Morag West, Fraserburgh.",
                "“A winter sun, a Sunday shore, / a dog that runs for evermore.” By Callum Reid, aged 11, Kirkton.",
                "“We built the pier with stone and song; / the sea has tried to take it all along.” By Douglas Milne, Cairnbulg.",
            ],
            "poem",
        ),
        POEM,
        lead="Poet's corner:",
    )
    surgery = bp(
        "",
        "The councillors for Fraserburgh and District hold surgeries at the Town House on Saturday from 10am to noon, and the area's MSP is at the Mid Street office on Friday from 2pm to 4pm.",
        SURGERY,
        lead="Councillor surgeries:",
    )
    jabs = bl(
        "pj-list",
        "",
        [
            "Walk-in flu jabs: Fraserburgh Hospital, Tuesday 9am to 4pm",
            "Walk-in flu jabs: Peterhead Health Centre, Wednesday 1pm to 7pm",
            "Walk-in flu jabs: Mintlaw Pharmacy, Thursday 10am to 6pm",
        ],
        JABS,
    )
    read = bpa(
        "",
        "Read more:",
        turn(
            ctx,
            [
                "Peterhead prison museum to close for the winter after visitor numbers fall",
                "Strichen mother's bake sale raises £4,000 for Aberdeen children's hospital",
                "New ferry timetable for Orkney and Shetland comes in next month",
                "Banff bridge repairs delayed until spring as costs rise",
                "Aberdeen Christmas market stalls report their best weekend in years",
                "Turriff show organisers announce dates for 2027",
            ],
            "read",
        ),
        "/fp/news/",
        READ,
    )
    trade = bp(
        "",
        turn(
            ctx,
            [
                "Aberdeen are said to be ready to offer a new deal to their Icelandic midfielder before other clubs come in for him in January.",
                "Fraserburgh FC have asked about a loan for a young Dundee United striker who has not played since October.",
                "Two Championship clubs are watching Inverurie Loco Works' goalkeeper, who has kept seven clean sheets this season.",
                "Aberdeen's Swedish defender is wanted by a club in Norway, but the Dons say he is not for sale.",
                "Cove Rangers want to bring back their former captain from Peterhead on a short-term deal.",
                "Formartine United are close to signing a winger released by Ross County in the summer.",
            ],
            "trade",
        ),
        TRADE,
        lead="Transfer talk:",
    )

    roads = "".join(f"<li>{e(x)}</li>" for x in body[6:9])
    units = (
        [corr.html] + [f"<p>{e(p)}</p>" for p in body[:6]] + [f'<ul class="pj-list">{roads}</ul>']
    )
    units += [f"<p>{e(p)}</p>" for p in body[9:]]
    first_note = len(units)
    units += [b.html for b in shown]
    k = len(units)
    notes_gaps = list(range(first_note, k + 1))
    story = weave(
        ctx,
        units,
        [
            (repair, notes_gaps, 0.85),
            (weather, [1, 2, *notes_gaps], 0.85),
            (lost, [2, 3, 4, 5, 8, 9], 0.8),
            (poem, [4, 5, 6, 9, 10], 0.75),
            (surgery, [first_note - 1, first_note, k], 0.7),
            (jabs, [8, 9], 0.8),
            (read, [3, 4, 5, 8, 9, 10], 0.8),
            (trade, [1, 2, 5, 10, first_note], 0.75),
        ],
    )
    main = f"""<div class="pj-page">
<main class="pj-main" id="main-content">
<article class="pj-article" data-story-id="6712345">
<header class="pj-article__header">
<a class="pj-article__section" href="/fp/news/fraserburgh/">Fraserburgh</a>
<h1 class="pj-article__headline">{e(headline)}</h1>
<h2 class="pj-article__subheadline">Eight fire appliances sent to Shore Street; rest centre opens on Seaview Road</h2>
<div class="pj-article__byline">By <a href="/author/kirsty-mair/">Kirsty Mair</a></div>
<div class="pj-article__date">Updated: <time datetime="{modified.isoformat()}">December 6 2026, {e(pm(modified))}</time></div>
</header>
<figure class="pj-article__figure"><img src="/resizer/pj/fraserburgh-fire.jpg" alt="" loading="lazy"><figcaption>Smoke over Fraserburgh harbour on Sunday evening. Image: DC Thomson</figcaption></figure>
<div class="pj-article__body article-body">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="en-GB",
        title=f"{headline} | Press and Journal",
        canonical=url,
        prefix="pj",
        body_cls="pj article-page",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Kirsty Mair",
                    publisher=org("The Press and Journal", "https://www.pressandjournal.co.uk"),
                    lang="en-GB",
                    section="Fraserburgh",
                )
            )
        ],
        nav=mega_nav(
            "pj",
            "The Press and Journal",
            "/",
            ["News", "Sport", "Business", "Politics", "Past Times", "Lifestyle"],
            _EN_SUBS,
        ),
        main=main,
        footer=_foot(
            "pj", "The Press and Journal", "© 2026 DC Thomson Media. All rights reserved."
        ),
        cms="arc",
    )
    return Render(html, body, [corr, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Times Colonist (-08:00), WordPress-like. Notes inside the story after paragraph 3, oldest
# first, each a `<div class="update">` with a bold "Updated <time>Dec. 6, 11:55 a.m.</time>" line
# and a paragraph; an italic "Editor's note:" disclosure at the bottom.


def colonist(ctx: Ctx) -> Render:
    url = "https://www.timescolonist.com/local-news/malahat-highway-closed-rockslide-goldstream-drivers-stranded-10981234"
    headline = "Rockslide closes Malahat highway at Goldstream, hundreds of drivers stranded"
    published = at(PST, 6, 10, 20)
    body = [
        "A rockslide closed the Malahat section of the Trans-Canada Highway at Goldstream Provincial Park on Sunday morning, stranding hundreds of drivers on both sides of the closure.",
        "The slide came down just after 9:30 a.m. about two kilometres north of the Finlayson Arm Road intersection, covering both southbound lanes with rock and mud.",
        "No vehicles were hit, the Ministry of Transportation and Transit said, but a pickup truck swerved into the median barrier to avoid a boulder.",
        "“There was a crack like a gunshot and then the whole hillside started moving,” said Langford resident Teresa Kowalchuk, who was driving to Duncan.",
        "Geotechnical engineers are on site, and the ministry said the highway will stay closed in both directions until the slope is stable.",
        "The only other road between Victoria and the Cowichan Valley is the Pacific Marine Circle Route through Port Renfrew, a trip of more than four hours in winter.",
        "BC Ferries has added sailings on the Mill Bay–Brentwood Bay route, which normally runs nine times a day.",
        "Environment Canada is forecasting 40 millimetres of rain for the south Island overnight, and the ministry warned that more material could come down.",
    ]
    notes = [
        Block(
            "update",
            "Updated Dec. 6, 11:55 a.m.",
            at(PST, 6, 11, 55),
            None,
            [
                "Drive BC says southbound traffic is being turned around at the Malahat Summit viewpoint. Northbound drivers are being sent back at the Westshore Parkway."
            ],
        ),
        Block(
            "update",
            "Updated Dec. 6, 1:40 p.m.",
            at(PST, 6, 13, 40),
            None,
            [
                "BC Ferries says the extra Mill Bay sailings are full until 6 p.m. and is asking foot passengers to use the Swartz Bay route instead."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Updated Dec. 6, 2:54 p.m.",
        at(PST, 6, 14, 54),
        None,
        [
            "The ministry now says one northbound lane will reopen at 7 p.m. with single-lane alternating traffic, and crews will work through the night on the southbound lanes."
        ],
    )
    note = Block(
        "editors_note",
        "Editor's note",
        None,
        None,
        [
            "A Times Colonist photographer who lives on the Malahat was among the drivers held at the closure and took some of the pictures in this story."
        ],
    )
    note.html = f"<p><em><strong>Editor's note:</strong> {e(note.paras[0])}</em></p>"
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def box(stamp: str, ts: datetime, text: str, lead: str = "Updated") -> str:
        return (
            f'<div class="update"><p class="update__stamp"><strong>{e(lead)} <time datetime="{ts.isoformat()}">'
            f"{e(stamp)}</time></strong></p><p>{e(text)}</p></div>"
        )

    for b in shown:
        assert b.ts and b.label
        b.html = box(b.label.removeprefix("Updated "), b.ts, b.paras[0])
    modified = shown[-1].ts or published

    t = ctx.ago(1, 10)
    pct = share(ctx, 84, 5)
    punct_text = f"{pct} per cent of Victoria Regional Transit buses are running on time this afternoon. The 50 Langford and 61 Sooke routes are up to {drift(ctx, 22, 6)} minutes late because of the closure."
    punct = W(
        box(us(t), t, punct_text, "BC Transit on time,"),
        [punct_text],
        PUNCT,
        [f"BC Transit on time, {us(t)}"],
    )
    due = at(PST, 7, 10, 0)
    bookbus = bp(
        "",
        "Mobile library: the Greater Victoria Public Library's bookmobile is next at the Shawnigan Lake community centre on Monday at 10 a.m., "
        + countdown(ctx, due, _ago_text)
        + ".",
        BOOKBUS,
    )
    noms = bp(
        "",
        f"Nominations for the Greater Victoria Community Leadership Awards: {num(rise(ctx, 1214, 4, 3), ',')} so far. They close on Friday at 5 p.m.",
        NOMS,
    )
    trade = bp(
        "",
        turn(
            ctx,
            [
                "The Canucks are said to be shopping a depth defenceman for a third-round pick before the holiday roster freeze.",
                "Victoria Royals captain could be dealt to a contender before the WHL trade deadline, according to league sources.",
                "The Canucks have asked about a veteran centre in Anaheim who has two years left on his contract.",
                "A Western Conference team has called about the Canucks' backup goalie, but the price is said to be too high.",
                "The Royals are close to a deal for an import forward from Finland who is playing in the USHL.",
                "The Canucks' top prospect could be sent back to junior after the world championships.",
            ],
            "trade",
        ),
        TRADE,
        lead="Canucks trade talk:",
    )
    drawing = bp(
        "",
        turn(
            ctx,
            [
                "Ava, 7, of Colwood drew the orcas she saw from the Ogden Point breakwater last summer.",
                "Liam, 5, from Sooke, drew his grandpa's fishing boat with a very large salmon.",
                "Priya, 9, of Saanich sent a drawing of the Christmas lights at the legislature.",
                "Noah, 6, drew Goldstream's salmon run, with eagles in every tree.",
                "Emma, 8, of Esquimalt drew the Coho ferry in a storm, with everyone waving.",
                "Kai, 4, of Langford drew his dog Pepper digging in the snow.",
            ],
            "drawing",
        ),
        DRAWING,
        lead="Kids' gallery:",
    )
    said = f"Join the conversation: {rise(ctx, 214, 6, 4)} comments"
    comments = W(f'<p><a href="#comments">{e(said)}</a></p>', [said], COMMENTS)
    promo = bp(
        "",
        turn(
            ctx,
            [
                "Island Savings: lock in a 4.1% term deposit for 18 months before December 31.",
                "Thrifty Foods: fresh Salt Spring Island turkeys are in store now. Order yours online.",
                "Butchart Gardens Magic of Christmas: evening tickets are 20% off Monday to Thursday.",
                "Peninsula Co-op: fill up and save 10 cents a litre with your member card this week.",
                "Victoria Symphony's Messiah at the Royal Theatre: a few seats left for December 18.",
                "Harbour Air: fly Victoria to Vancouver harbour to harbour from $149.",
            ],
            "promo",
        ),
        PROMO,
        lead="Sponsored:",
    )
    surgery = bp(
        "",
        "The constituency offices of the MLAs for Langford-Highlands and Juan de Fuca-Malahat are open Monday to Thursday from 10 a.m. to 4 p.m., no appointment needed.",
        SURGERY,
        lead="MLA office hours:",
    )

    units = [f"<p>{e(p)}</p>" for p in body[:3]] + [b.html for b in shown]
    nn = len(units)
    units += [f"<p>{e(p)}</p>" for p in body[3:]] + [note.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (punct, list(range(3, nn + 1)), 0.85),
            (bookbus, [1, 2, nn + 1, nn + 2, nn + 3], 0.8),
            (noms, [2, nn, nn + 2, k - 2], 0.75),
            (trade, [1, nn + 1, nn + 3, k - 1], 0.8),
            (drawing, [nn + 2, nn + 4, k - 1], 0.75),
            (comments, [k - 1, k], 0.8),
            (promo, [1, 2, 3, nn + 1, nn + 3], 0.75),
            (surgery, [nn + 4, k - 1, k], 0.7),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="site-main">
<article id="post-10981234" class="post type-post status-publish format-standard category-local-news">
<header class="entry-header">
<div class="tc-kicker"><a href="/local-news/">Local News</a></div>
<h1 class="entry-title">{e(headline)}</h1>
<p class="tc-deck">Detour through Port Renfrew takes more than four hours; extra ferry sailings added</p>
<div class="entry-meta"><span class="byline">Andrea Whitfield, Times Colonist</span>
<span class="posted-on">Updated <time class="updated" datetime="{modified.isoformat()}">Dec. 6, 2026 {e(us(modified))}</time></span></div>
</header>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="en-CA",
        title=f"{headline} - Victoria Times Colonist",
        canonical=url,
        prefix="tc",
        body_cls="post-template-default single single-post",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Andrea Whitfield",
                    publisher=org("Times Colonist", "https://www.timescolonist.com"),
                    lang="en-CA",
                    section="Local News",
                )
            )
        ],
        nav=mega_nav(
            "tc",
            "Times Colonist",
            "/",
            ["Local News", "Islander", "Sports", "Business", "Opinion", "Obituaries"],
            _EN_SUBS,
        ),
        main=main,
        footer=_foot("tc", "Times Colonist", "© 2026 Times Colonist"),
        cms="wp",
    )
    return Render(html, body, [*shown, note], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Daily Maverick (+02:00, the fetches run past midnight into 7 December), custom CMS, live,
# newest first: `<li>` entries with a plain `<span>` "23:50" in a meta line + `<h3>` (one
# without headline); a standalone `LiveBlogPosting` with `liveBlogUpdate` and a
# `BreadcrumbList`.


def maverick(ctx: Ctx) -> Render:
    url = "https://www.dailymaverick.co.za/article/2026-12-06-live-knysna-fire-brenton-on-sea-evacuated-n2-closed/"
    headline = (
        "LIVE: Knysna fire – Brenton-on-Sea evacuated as N2 closed near the Knysna River bridge"
    )
    published = at(SAST, 6, 20, 40)
    body = [
        "A vegetation fire driven by a strong berg wind has jumped the Knysna River estuary and is burning in the fynbos above Brenton-on-Sea, where residents were told to leave on Sunday evening.",
        "The Garden Route District Municipality says the N2 is closed between the Knysna River bridge and the Belvidere turn-off, and that smoke will affect the town through the night. Follow the latest below.",
    ]
    specs = [
        (
            21,
            5,
            "Fire crosses the estuary",
            "Firefighters say embers carried by the wind set alight the slopes west of the estuary shortly before 9pm. Brenton-on-Sea and Belvidere Estate are under an evacuation order.",
        ),
        (
            21,
            40,
            "N2 closed at the Knysna River bridge",
            "SANRAL and traffic police have closed the N2 between the Knysna River bridge and the Belvidere turn-off. Traffic to George is being sent back through the town.",
        ),
        (
            22,
            30,
            None,
            "Knysna Municipality says about 300 people have registered at the evacuation centre in the Loerie Park community hall. Pets are being taken in at the SPCA on Waterfront Drive.",
        ),
        (
            23,
            15,
            "Eskom cuts power to Brenton",
            "Eskom has switched off the lines to Brenton-on-Sea and the Lake Brenton holiday resort to protect firefighters working under them.",
        ),
        (
            23,
            50,
            "Aircraft to fly at first light",
            "Working on Fire says two spotter planes and three helicopters will fly from George airport at first light if the wind allows.",
        ),
    ]
    entries = [
        Block("live_entry", f"{h:02d}:{m:02d}", at(SAST, 6, h, m), hd, [t]) for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "00:55",
        at(SAST, 7, 0, 55),
        "Wind drops over the Heads",
        [
            "The berg wind has eased to about 20km/h, the fire service says, and crews have stopped the fire's run towards the Brenton lagoon road."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]

    def item(label: str, head: str | None, text: str, pid: str) -> str:
        hd = f'<h3 class="dm-live__title">{e(head)}</h3>' if head else ""
        return (
            f'<li class="dm-live__item" id="{pid}"><div class="dm-live__meta"><span class="dm-live__time">{e(label)}</span></div>'
            f'{hd}<div class="dm-live__text"><p>{e(text)}</p></div></li>'
        )

    for b in shown:
        assert b.ts
        b.html = item(b.label or "", b.head, b.paras[0], f"update-{b.ts.strftime('%d%H%M')}")
    modified = max(b.ts for b in shown if b.ts)

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 24)
        label = f"{t.hour:02d}:{t.minute:02d}"
        return W(
            item(label, title, text, f"update-{ctx.rng.randint(1000, 9999)}"),
            [title, text],
            kind,
            [label],
        )

    weather = fake(
        "Garden Route weather",
        f"Knysna now: {drift(ctx, 24, 2)}°C, wind north-east {drift(ctx, 38, 6)}km/h, humidity {drift(ctx, 19, 3)}%. The South African Weather Service expects a cool change after 10am.",
        WEATHER,
    )
    trade = fake(
        "PSL transfer talk",
        turn(
            ctx,
            [
                "Kaizer Chiefs are said to be in talks with a Zambian striker whose contract in Lusaka ends in January.",
                "Orlando Pirates want a left-back from Cape Town City, but City are asking for R6-million.",
                "Mamelodi Sundowns could loan their young Brazilian winger to Stellenbosch FC for the rest of the season.",
                "Cape Town City are close to signing a goalkeeper released by AmaZulu.",
                "A Belgian club has asked about Stellenbosch FC's captain, who has 18 months left on his deal.",
                "Chippa United want to bring back their former coach as technical director.",
            ],
            "trade",
        ),
        TRADE,
    )
    poem = fake(
        "A poem for the night",
        turn(
            ctx,
            [
                "“The forest holds its breath tonight; / the lagoon keeps the stars in sight.” By Thandi Mokoena, Hornlee.",
                "“Smoke on the Heads, salt on the wind, / we pack the car and lock the door and pray.” By Pieter Jacobs, Rheenendal.",
                "“Old elephants walked where the fynbos burns; / the mountain waits, and the green returns.” By Nomsa Dlamini, Sedgefield.",
                "“My mother's house, my father's chair, / the smell of rain that isn't there.” By Anele Sithole, Knysna.",
                "“The ferry rocks, the oysters sleep, / the lagoon's secrets are hers to keep.” By Lindiwe Mahlangu, Leisure Isle.",
                "“Firelight on the water, orange and slow, / the river carries what it cannot know.” By Jan de Villiers, Brenton.",
            ],
            "poem",
        ),
        POEM,
    )
    noms = fake(
        "Garden Route Heroes",
        f"Readers have sent {num(rise(ctx, 612, 3, 2), ' ')} nominations for this year's Garden Route Heroes awards. Nominate a neighbour before 15 December.",
        NOMS,
    )
    repair = fake(
        "Knysna Repair Café",
        f"Items mended at the monthly Knysna Repair Café since January: {num(rise(ctx, 2318, 2, 2), ' ')}. The counter was last updated at {ctx.ago(1, 9).strftime('%H:%M')}.",
        REPAIR,
    )
    news = bp(
        "dm-live-intro",
        "Sign up for First Thing, our free morning newsletter, for the Knysna fire and the day's other news in your inbox at 6am.",
        NEWS,
    )
    jabs = bp(
        "dm-live-intro",
        "Free flu vaccines this week: walk in at the Knysna, Sedgefield and Plettenberg Bay clinics from 8am to 3.30pm, Monday to Thursday.",
        JABS,
    )
    read = bpa(
        "dm-live-intro",
        "Read more:",
        turn(
            ctx,
            [
                "Cape Town's taxi strike: what the agreement means for commuters",
                "Why the Garden Route's fire season is getting longer",
                "Eskom's winter outlook: fewer outages, higher tariffs",
                "The Karoo's new dark-sky reserve, explained",
                "Inside the race to save the Knysna seahorse",
                "George airport runway upgrade finished ahead of the holidays",
            ],
            "read",
        ),
        "/section/south-africa/",
        READ,
    )

    intro = weave(
        ctx,
        [f'<p class="dm-live-intro">{e(p)}</p>' for p in body],
        [(news, [0, 1, 2], 0.8), (jabs, [1, 2], 0.75), (read, [0, 1, 2], 0.8)],
    )
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (weather, list(range(0, n + 1)), 0.85),
            (trade, list(range(1, n + 1)), 0.8),
            (poem, [0, 1, 2, n - 1, n], 0.75),
            (noms, list(range(0, n)), 0.8),
            (repair, list(range(1, n + 1)), 0.8),
        ],
    )
    publisher = org("Daily Maverick", "https://www.dailymaverick.co.za")
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=publisher,
        entries=shown,
        lang="en-ZA",
    )
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "South Africa",
                "item": "https://www.dailymaverick.co.za/section/south-africa/",
            },
            {"@type": "ListItem", "position": 2, "name": headline},
        ],
    }
    main = f"""<div class="dm-layout">
<main class="dm-main" role="main">
<article class="dm-article dm-article--live">
<header class="dm-article__header">
<span class="dm-article__badge">Live</span>
<h1 class="dm-article__title">{e(headline)}</h1>
<p class="dm-article__summary">About 300 people at the Loerie Park evacuation centre; Eskom cuts power to Brenton-on-Sea</p>
<p class="dm-article__author">By Sipho Ndlovu and Karin Olivier</p>
<p class="dm-article__time">Last updated <time datetime="{modified.isoformat()}">{modified.day} December 2026, {modified.strftime("%H:%M")}</time></p>
</header>
<div class="dm-live-intro-wrap">
{intro}
</div>
{ad_slot("dm-ad", "Advertisement", "dm-live-inline")}
<ul class="dm-live" data-live="1">
{feed}
</ul>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="en-ZA",
        title=f"{headline} | Daily Maverick",
        canonical=url,
        prefix="dm",
        body_cls="dm live-article",
        jsonld=[ld(crumbs), ld(live)],
        nav=mega_nav(
            "dm",
            "Daily Maverick",
            "/",
            [
                "South Africa",
                "Africa",
                "World",
                "Business Maverick",
                "Opinionista",
                "Our Burning Planet",
            ],
            _EN_SUBS,
        ),
        main=main,
        footer=_foot("dm", "Daily Maverick", "© 2026 Daily Maverick. All rights reserved."),
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "pressandjournal-fraserburgh-fish-factory-fire-broadsea-homes-evacuated",
        "The Press and Journal (UK)",
        "en",
        "updates",
        GMT,
        pressjournal,
    ),
    Site(
        "timescolonist-malahat-highway-closed-rockslide-goldstream-drivers-stranded",
        "Times Colonist (CA)",
        "en",
        "updates",
        PST,
        colonist,
    ),
    Site(
        "dailymaverick-live-knysna-fire-brenton-on-sea-evacuated-n2-closed",
        "Daily Maverick (ZA)",
        "en",
        "live",
        SAST,
        maverick,
    ),
]
