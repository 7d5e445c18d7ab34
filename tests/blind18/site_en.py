"""English-language publishers: Winnipeg Free Press, The Courier (Dundee), Stuff (New Zealand)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    CARS,
    CHARGE,
    CROWD,
    DESK,
    FRONT,
    GOOD,
    NOISE,
    NUMBER,
    QUOTE,
    SAVE,
    WILD,
    bl,
    bp,
    drift,
    free,
    graph,
    levels,
    log,
    one,
    pm,
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
    shell,
    weave,
)

CST = -6
GMT = 0
NZDT = 13

_EN_SUBS = [
    "Crime",
    "Traffic",
    "Weather",
    "Politics",
    "Education",
    "Health",
    "Business",
    "Homes",
    "Courts",
    "Outdoors",
    "Opinion",
    "Obituaries",
]


def _legal(prefix: str, brand: str, legal: str) -> str:
    return big_footer(
        prefix,
        {
            brand: ["About us", "Contact us", "Advertise", "Newsletters", "E-edition"],
            "Legal": ["Privacy policy", "Terms of use", "Accessibility", "Cookie settings"],
        },
        legal,
    )


# ---------------------------------------------------------------------------------------------
# Winnipeg Free Press (-06:00), custom CMS, updates: an italic bold "Clarification:" at the top;
# bare "Updated at 2:50 p.m." lines after the story, each followed by one or two plain
# paragraphs, newest first. The body has a list of closed streets and is split by a photo and an
# ad.


def wfp(ctx: Ctx) -> Render:
    url = "https://www.winnipegfreepress.com/local/2026/12/06/fire-guts-vacant-exchange-district-warehouse"
    headline = (
        "Fire guts vacant Exchange District warehouse; smoke closes Main Street, Artspace evacuated"
    )
    published = at(CST, 6, 10, 20)
    body = [
        "A fire that broke out in a vacant six-storey warehouse in the Exchange District early Sunday was still burning by mid-afternoon, closing Main Street and forcing the evacuation of a neighbouring arts building.",
        "Winnipeg Fire Paramedic Service crews were called to the former Ashdown-Marlowe building on Bannatyne Avenue at about 5:40 a.m., after a passerby saw flames on the third floor, assistant chief Delphine Okafor said.",
        "Crews fought the fire from outside all morning because the floors were no longer safe to stand on. Three aerial ladders were pouring water onto the roof at midday.",
        "The city closed these streets until further notice:",
        "Main Street between William Avenue and Market Avenue",
        "Bannatyne Avenue between Main Street and Princess Street",
        "Albert Street north of Notre Dame Avenue",
        "About 40 artists and staff were moved out of the Artspace building next door, and a planetarium show at the Manitoba Museum was cancelled because of the smoke.",
        "“You could see the orange glow from the Disraeli,” said Marcel Tetrault, who drives a Winnipeg Transit bus on the No. 18 route. “By seven it was just black smoke over the whole Exchange.”",
        "Winnipeg Transit has detoured 11 bus routes around the closure, and the city asked people in the Exchange District and Point Douglas to keep their windows closed.",
        "The building, which dates to 1904, has been empty since 2019. Its owner, a numbered Manitoba company, could not be reached for comment.",
        "The cause of the fire is not yet known. Winnipeg police said the arson unit would investigate once the building is safe to enter.",
    ]
    clar = Block(
        "clarification",
        "Clarification",
        None,
        None,
        [
            "The burning Ashdown-Marlowe building is not part of the Ashdown Warehouse condominiums on Bannatyne Avenue, which were not affected by the fire."
        ],
    )
    notes = [
        Block(
            "update",
            "Updated at 2:50 p.m.",
            at(CST, 6, 14, 50),
            None,
            [
                "Fire crews say the north wall of the warehouse is leaning toward Bannatyne Avenue. An engineer will decide tonight whether that part of the building has to come down."
            ],
        ),
        Block(
            "update",
            "Updated at 1:05 p.m.",
            at(CST, 6, 13, 5),
            None,
            [
                "Main Street is now expected to stay closed through Monday morning's rush hour, the city says.",
                "Transit has added a shuttle between City Hall and the Disraeli Freeway for riders on the detoured routes.",
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Updated at 4:53 p.m.",
        at(CST, 6, 16, 53),
        None,
        [
            "Emergency demolition of the leaning north wall will start at 7 p.m., the city says. Bannatyne Avenue will stay closed until at least Tuesday."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f"<p>{e(b.label or '')}</p>\n" + "\n".join(f"<p>{e(p)}</p>" for p in b.paras)
    clar.html = f"<p><em><strong>{e(clar.label or '')}:</strong> {e(clar.paras[0])}</em></p>"
    modified = shown[0].ts or published

    def note_like(line: str, text: str, kind: str) -> W:
        return W(f"<p>{e(line)}</p>\n<p>{e(text)}</p>", [text], kind, [line])

    desk = note_like(
        f"Tip line updated at {us(ctx.ago(1, 9))}",
        f"The weekend city desk has had {rise(ctx, 23, 3, 2)} tips from readers since 6 a.m. "
        + one(ctx, ["Kiran Bhullar", "Oksana Pryshlak", "Tom Hiebert"])
        + " is on the desk until 10 p.m.; call or text 204-555-0192.",
        DESK,
    )
    charge = note_like(
        f"Charger status updated at {us(ctx.ago(1, 12))}",
        "Public EV chargers free right now: "
        + free(
            ctx,
            ctx.rng.sample(
                [
                    ("The Forks parkade", 6),
                    ("the City Hall lot", 2),
                    ("the Millennium Library parkade", 4),
                    ("the Exchange District lot on Albert Street", 2),
                    ("Polo Park", 8),
                ],
                3,
            ),
            lambda name, k, total: f"{k} of {total} at {name}",
        )
        + ".",
        CHARGE,
    )
    number = bp(
        "",
        turn(
            ctx,
            [
                "38: days since Winnipeg last had a high above freezing, the longest early-winter stretch since 2014.",
                "212: potholes city crews patched on Saturday alone, despite the cold.",
                "4,600: skaters on the river trail at The Forks last Sunday, its first weekend of the season.",
                "17: heated bus shelters installed along Portage Avenue this fall.",
                "9,800: toys collected so far in the Christmas Cheer Board's annual drive.",
                "63: per cent of Winnipeg households with outdoor lights up this year, according to a city survey.",
            ],
            "number",
        ),
        NUMBER,
        lead="Number of the day:",
    )
    front = bp(
        "",
        f"Page A1 leads with “{one(ctx, ['Exchange landmark lost', 'Blaze guts 1904 warehouse', 'A long, smoky day on Bannatyne', 'Fire leaves a hole in the Exchange'])}”, with "
        + one(
            ctx,
            [
                "the province's new daycare fees",
                "the Jets' road trip",
                "a feature on the river trail",
                "the school board's budget",
            ],
        )
        + " below the fold.",
        FRONT,
        lead=f"Monday's Free Press, as of {us(ctx.ago(2, 25))}:",
    )
    crowd = bl(
        "wfp-bullets",
        "wfp-bullets__item",
        [
            f"Transit crowding as of {us(ctx.ago(1, 6))}",
            *levels(
                ctx,
                [
                    "Route 11 Portage–Kildonan",
                    "Route 18 North Main–Corydon",
                    "Route 16 Selkirk–Osborne",
                    "Blue rapid transit line",
                    "Route 20 Academy–Watt",
                ],
                [
                    "seats available",
                    "standing room only",
                    "full, next bus in 9 min",
                    "seats available",
                ],
                3,
            ),
        ],
        CROWD,
    )
    good = bp(
        "",
        turn(
            ctx,
            [
                "A Transcona teenager who shovelled 40 driveways for free this week has been named the city's first Snow Angel of the winter.",
                "The Winnipeg Humane Society says all 14 puppies rescued from a farm near Selkirk have found homes.",
                "Volunteers at a downtown shelter served a record 1,900 hot meals on Saturday.",
                "A wedding ring lost in the snow at Assiniboine Park has been found by a man with a metal detector.",
                "The neonatal unit at St. Boniface Hospital has been given 300 hand-knitted hats.",
            ],
            "good",
        ),
        GOOD,
        lead="Good news:",
    )
    save = bp(
        "",
        turn(
            ctx,
            [
                "Turning your thermostat down 3 C overnight can cut your heating bill by up to seven per cent.",
                "Plug your block heater into a timer so it runs only two to four hours before you leave.",
                "Close the fireplace damper when it's not in use; an open flue lets out as much heat as an open window.",
                "Weatherstripping around the attic hatch is one of the cheapest ways to stop heat loss.",
                "Run the dishwasher and dryer in the evening, when the furnace is already running.",
            ],
            "save",
        ),
        SAVE,
        lead="Winter energy tip:",
    )

    fig = (
        '<figure class="wfp-figure"><img src="/images/2026/12/06/exchange-fire-aerial.jpg" alt="" loading="lazy">'
        '<figcaption class="wfp-figure__caption">Smoke rises over Bannatyne Avenue on Sunday morning. <span class="wfp-figure__credit">MIKAELA SORENSEN / FREE PRESS</span></figcaption></figure>'
    )
    ad = ad_slot("wfp-ad", "Advertisement", "wfp-inline-2")
    streets = "".join(f'<li class="wfp-bullets__item">{e(x)}</li>' for x in body[4:7])
    units = [clar.html] + [f"<p>{e(p)}</p>" for p in body[:3]] + [fig, f"<p>{e(body[3])}</p>"]
    units += [f'<ul class="wfp-bullets">{streets}</ul>']
    units += [f"<p>{e(p)}</p>" for p in body[7:9]] + [ad]
    units += [f"<p>{e(p)}</p>" for p in body[9:]] + [b.html for b in shown]
    k = len(units)
    end = k - len(shown)
    story = weave(
        ctx,
        units,
        [
            (desk, list(range(end - 1, k + 1)), 0.9),
            (charge, [*range(6, end), k], 0.8),
            (number, list(range(1, end)), 0.8),
            (front, [end, end + 1, k], 0.85),
            (crowd, [5, 6, 7, 8, 9, 10], 0.75),
            (good, [1, 2, 4, end - 1, k], 0.7),
            (save, list(range(3, k + 1)), 0.75),
        ],
    )
    main = f"""<div class="wfp-page">
<main id="main" class="wfp-main" role="main">
<article class="wfp-article" data-article-id="20261206118">
<header class="wfp-article__header">
<div class="wfp-article__section"><a href="/local">Local</a></div>
<h1 class="wfp-article__headline">{e(headline)}</h1>
<p class="wfp-article__deck">Eleven bus routes detoured as crews pour water on the 1904 building from outside</p>
<div class="wfp-article__byline"><span class="wfp-article__author">By: <a href="/authors/dana-kowalchuk">Dana Kowalchuk</a></span>
<span class="wfp-article__posted">Posted: <time datetime="{published.isoformat()}">10:20 AM CST Sunday, Dec. 6, 2026</time></span>
<span class="wfp-article__modified">Last Modified: <time datetime="{modified.isoformat()}">{e(us(modified).replace("a.m.", "AM").replace("p.m.", "PM"))} CST</time></span></div>
</header>
<figure class="wfp-figure wfp-figure--lead"><img src="/images/2026/12/06/exchange-fire-lead.jpg" alt=""><figcaption class="wfp-figure__caption">Firefighters on Bannatyne Avenue on Sunday. <span class="wfp-figure__credit">MIKAELA SORENSEN / FREE PRESS</span></figcaption></figure>
<div class="wfp-article__body article-body">
{story}
</div>
<footer class="wfp-article__footer"><a class="wfp-article__tag" href="/tags/exchange-district">Exchange District</a> <a class="wfp-article__tag" href="/tags/fire">Fire</a></footer>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="en-CA",
        title=f"{headline} - Winnipeg Free Press",
        canonical=url,
        prefix="wfp",
        body_cls="wfp article-page",
        jsonld=[
            {
                "@context": "https://schema.org",
                **news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Dana Kowalchuk",
                    publisher=org("Winnipeg Free Press", "https://www.winnipegfreepress.com"),
                    lang="en-CA",
                    section="Local",
                ),
            }
        ],
        nav=mega_nav(
            "wfp",
            "Winnipeg Free Press",
            "/",
            ["Local", "Sports", "Business", "Opinion", "Arts & Life", "Canada"],
            _EN_SUBS,
        ),
        main=main,
        footer=_legal("wfp", "Free Press", "© 2026 Winnipeg Free Press. All Rights Reserved."),
    )
    return Render(html, body, [clar, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Courier (+00:00), WordPress, updates: bold "UPDATE 9.40pm:" leads in plain paragraphs
# inside the story after paragraph 3, newest first; an italic bold "Correction:" at the bottom.
# The body is split by a photo and an ad.


def courier(ctx: Ctx) -> Render:
    url = "https://www.thecourier.co.uk/fp/news/dundee/5412873/tay-road-bridge-closed-lorry-overturns/"
    headline = "Tay Road Bridge closed after lorry overturns in 80mph gusts"
    published = at(GMT, 6, 18, 55)
    body = [
        "The Tay Road Bridge has been closed in both directions after a lorry was blown onto its side in gusts of more than 80mph on Sunday evening.",
        "The articulated lorry overturned on the southbound carriageway about a third of the way across from Dundee at around 6.10pm, Police Scotland said.",
        "The driver, a man in his 50s, was taken to Ninewells Hospital with injuries not thought to be serious.",
        "Bridge manager Alan Strachan said the crossing had been open to cars only since 4pm, when the wind speed on the deck passed 60mph, and that the lorry should not have been on it.",
        "“The barriers were down for high-sided vehicles and there were signs at both ends,” he said. “We will be looking at how the lorry got on.”",
        "Drivers between Dundee and north-east Fife are being sent round by Perth on the M90 and A90, a detour of about 45 miles.",
        "The Met Office has a yellow warning for wind in force for Tayside and Fife until 9am on Monday.",
        "ScotRail said trains on the Tay Bridge between Dundee and Leuchars were running at reduced speed.",
    ]
    notes = [
        Block(
            "update",
            "UPDATE 9.40pm",
            at(GMT, 6, 21, 40),
            None,
            [
                "Recovery crews are waiting for the wind to drop below 50mph before they try to right the lorry. Bridge officials say that is unlikely before midnight."
            ],
        ),
        Block(
            "update",
            "UPDATE 8.15pm",
            at(GMT, 6, 20, 15),
            None,
            [
                "Stagecoach has suspended its buses between Dundee, Newport and St Andrews because of the closure."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "UPDATE 10.54pm",
        at(GMT, 6, 22, 54),
        None,
        [
            "The lorry has been winched back onto its wheels, and the northbound carriageway will reopen to cars at 11.30pm, the bridge's joint board says."
        ],
    )
    corr = Block(
        "correction",
        "Correction",
        None,
        None,
        [
            "This article originally said the lorry overturned on the northbound carriageway. It was travelling south, from Dundee towards Fife."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f"<p><strong>{e(b.label or '')}:</strong> {e(b.paras[0])}</p>"
    corr.html = f"<p><em><strong>{e(corr.label or '')}:</strong> {e(corr.paras[0])}</em></p>"
    modified = shown[0].ts or published

    desk = bp(
        "",
        f"Our night team has had {rise(ctx, 52, 4, 3)} reader tips and photos about the storm since 6pm. "
        + one(ctx, ["Ailsa Mearns", "Kieran Rennie", "Morag Doig"])
        + " is on the desk until 2am.",
        DESK,
        lead=f"Newsdesk, {pm(ctx.ago(1, 8))}:",
    )
    wild = bp(
        "",
        "Tayside beaver group sightings tonight: "
        + "; ".join(
            log(
                ctx,
                [
                    "Dighty Burn at Baldovie",
                    "Invergowrie Bay",
                    "Riverside Nature Park",
                    "the Tay Street outflow in Newport",
                    "Broughty Ferry harbour (an otter, not a beaver)",
                    "Templeton Woods pond",
                    "Balgay Park burn",
                ],
                3,
                pm,
            )
        )
        + ".",
        WILD,
        lead=f"Beaver watch, updated {pm(ctx.ago(1, 10))}:",
    )
    charge = bp(
        "",
        free(
            ctx,
            ctx.rng.sample(
                [
                    ("Greenmarket multi-storey", 12),
                    ("Riverside Drive", 4),
                    ("Newport library", 2),
                    ("Dundee railway station", 6),
                    ("Broughty Ferry Brook Street", 2),
                ],
                3,
            ),
            lambda name, k, total: f"{k} of {total} free at {name}",
        )
        + ".",
        CHARGE,
        lead=f"Charge points at {pm(ctx.ago(1, 6))}:",
    )
    front = bp(
        "",
        f"The front page leads on “{one(ctx, ['Storm shuts Tay crossing', 'Lorry blown over on bridge', 'Wind cuts Dundee off from Fife', 'Gusts of 80mph batter Tayside'])}”. Also on page one: "
        + one(
            ctx,
            [
                "the Dundee United match report",
                "NHS Tayside waiting times",
                "a V&A exhibition preview",
                "the council's school closures plan",
            ],
        )
        + ".",
        FRONT,
        lead=f"Tomorrow's Courier, as of {pm(ctx.ago(3, 30))}:",
    )
    quote = bp(
        "",
        "“Beautiful Railway Bridge of the Silv'ry Tay! Alas! I am very sorry to say” – William McGonagall, The Tay Bridge Disaster, 1880.",
        QUOTE,
        lead="Quote of the day:",
    )
    cars = bp(
        "",
        turn(
            ctx,
            [
                "2019 Ford Focus ST-Line, 31,000 miles, full service history, £12,495. Arbroath.",
                "2021 Kia Niro hybrid, 18,400 miles, one owner, £17,950. Forfar.",
                "2017 Vauxhall Corsa SE, 52,000 miles, new MOT, £6,750. Kirriemuir.",
                "2020 Nissan Qashqai N-Connecta, 27,900 miles, £15,300. Perth.",
                "2016 Land Rover Discovery Sport HSE, 71,000 miles, £14,995. Cupar.",
                "2022 Toyota Yaris Icon, 9,800 miles, £16,450. Montrose.",
                "2018 Skoda Octavia estate, 64,000 miles, tow bar, £9,995. Carnoustie.",
            ],
            "cars",
        ),
        CARS,
        lead="Courier Motors:",
    )
    save = bp(
        "",
        turn(
            ctx,
            [
                "Bleeding your radiators lets trapped air out so they heat the room faster.",
                "Drawing the curtains at dusk keeps the heat in; open them in the morning to let the sun in.",
                "A full freezer uses less energy than a half-empty one, so fill the gaps with bags of ice.",
                "Turning your boiler's flow temperature down to 60C can cut gas use without making the house colder.",
                "Switching appliances off at the wall rather than on standby can save around £45 a year.",
            ],
            "save",
        ),
        SAVE,
        lead="Energy saving tip:",
    )

    fig = (
        '<figure class="wp-block-image size-full"><img decoding="async" src="/wp-content/uploads/sites/2/2026/12/tay-road-bridge-lorry.jpg" alt="">'
        '<figcaption class="wp-element-caption">The overturned lorry on the Tay Road Bridge. Image: Kim Cessford/DC Thomson</figcaption></figure>'
    )
    ad = ad_slot("dct-ad", "Advertisement", "dct-article-mpu-2")
    units = [f"<p>{e(p)}</p>" for p in body[:3]] + [b.html for b in shown]
    nn = 3 + len(shown)
    units += [f"<p>{e(body[3])}</p>", fig] + [f"<p>{e(p)}</p>" for p in body[4:6]] + [ad]
    units += [f"<p>{e(p)}</p>" for p in body[6:]] + [corr.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (desk, list(range(2, nn + 2)), 0.9),
            (wild, list(range(1, k + 1)), 0.8),
            (charge, [3, 4, nn, nn + 3, k - 1, k], 0.85),
            (front, [3, nn, k - 1, k], 0.8),
            (quote, [2, nn + 2, k - 2, k], 0.6),
            (cars, list(range(nn + 1, k + 1)), 0.75),
            (save, [1, 4, nn, k], 0.7),
        ],
    )
    main = f"""<div id="page" class="site">
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-5412873" class="post-5412873 post type-post status-publish format-standard has-post-thumbnail category-dundee">
<header class="entry-header article-header">
<div class="article-header__breadcrumb"><a href="/fp/news/">News</a> / <a href="/fp/news/dundee/">Dundee</a></div>
<h1 class="entry-title headline">{e(headline)}</h1>
<p class="article-header__standfirst">Drivers between Dundee and Fife face a 45-mile detour by Perth.</p>
<div class="article-header__meta"><span class="byline">By <a href="/author/ailsamearns/">Ailsa Mearns</a></span>
<time class="entry-date published" datetime="{published.isoformat()}">December 6 2026, 6.55pm</time>
<span class="updated-date">Updated: <time class="updated" datetime="{modified.isoformat()}">December 6 2026, {e(pm(modified))}</time></span></div>
</header>
<figure class="featured-image"><img src="/wp-content/uploads/sites/2/2026/12/tay-road-bridge-closed.jpg" alt=""><figcaption>Police at the Dundee end of the Tay Road Bridge on Sunday evening.</figcaption></figure>
<div class="entry-content article-body">
{story}
</div>
</article>
</main>
</div>
</div>"""
    html = shell(
        ctx,
        lang="en-GB",
        title=f"{headline} - The Courier",
        canonical=url,
        prefix="dct",
        body_cls="post-template-default single single-post postid-5412873",
        jsonld=[
            graph(
                {"@type": "WebPage", "@id": url, "url": url, "name": headline},
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Ailsa Mearns",
                    publisher=org("The Courier", "https://www.thecourier.co.uk"),
                    lang="en-GB",
                    section="Dundee",
                ),
            )
        ],
        nav=mega_nav(
            "dct",
            "The Courier",
            "/",
            ["News", "Sport", "Business", "Politics", "Past Times", "Lifestyle"],
            _EN_SUBS,
        ),
        main=main,
        footer=_legal("dct", "The Courier", "© 2026 DC Thomson & Co Ltd. All rights reserved."),
        cms="wp",
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# Stuff (+13:00, Monday 7 December), Arc-like with hashed class names, live, newest first:
# <section> posts with <time> "10.48am" + <h2> (one without headline), a pinned post on top;
# @graph with the NewsArticle first and a LiveBlogPosting.


def stuff(ctx: Ctx) -> Render:
    url = "https://www.stuff.co.nz/nz-news/360912345/live-port-hills-fire-forces-evacuations-christchurch"
    headline = "Live: Port Hills fire forces evacuations in Christchurch, Dyers Pass Rd closed"
    published = at(NZDT, 7, 6, 35)
    cls = "sc-fHjqPf gbRwYd"
    body = [
        "A scrub fire on Christchurch's Port Hills has forced the evacuation of about 120 homes in Cashmere and Westmorland, and Dyers Pass Rd is closed from the Sign of the Takahē to Governors Bay.",
        "Fire and Emergency NZ has eight helicopters and more than 60 firefighters on the fire, which has burned about 90 hectares since it was reported before dawn. Follow our live updates below.",
    ]
    specs = [
        (
            6,
            40,
            "Fire reported near Victoria Park",
            "Fenz says it was called at 5.12am to a fire in scrub above Victoria Park Rd. Crews could see it spreading uphill in a northwesterly wind.",
        ),
        (
            8,
            5,
            "Helicopters arrive",
            "The first of eight helicopters with monsoon buckets began dropping water just after 8am, filling from a dam on the Cashmere Stream.",
        ),
        (
            8,
            50,
            None,
            "Christchurch City Council has closed Summit Rd between the Rapaki Track and Dyers Pass Rd, and all tracks in Victoria Park are shut.",
        ),
        (
            9,
            35,
            "No state of emergency yet",
            "The city's civil defence controller says a state of emergency is not needed for now, but residents of Hackthorne Rd should be ready to leave.",
        ),
        (
            10,
            48,
            "Schools closed",
            "Cashmere Primary and Thorrington School have told parents to keep children at home. Both schools are inside the evacuation zone.",
        ),
    ]
    entries = [
        Block("live_entry", pm(at(NZDT, 7, h, m)), at(NZDT, 7, h, m), hd, [t])
        for h, m, hd, t in specs
    ]
    pinned = Block(
        "live_entry",
        "7.30am",
        at(NZDT, 7, 7, 30),
        "Key information",
        [
            "The evacuation centre is at the Cashmere High School hall on Rose St. Pets are welcome on leads or in cages, and there is parking on Ashgrove Tce."
        ],
    )
    genuine = Block(
        "live_entry",
        "11.53am",
        at(NZDT, 7, 11, 53),
        "Westmorland residents allowed home",
        [
            "Residents of Westmorland east of Hoon Hay Rd can go home from midday, Fenz says. Cashmere residents must stay away for now."
        ],
    )
    feed = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    shown = [pinned, *feed]

    def post(label: str, ts: datetime, head: str | None, text: str, pid: str, pin: bool) -> str:
        hd = f'<h2 class="css-3o0fm2">{e(head)}</h2>' if head else ""
        badge = '<div class="css-1pinx">Pinned post</div>' if pin else ""
        return (
            f'<section class="sc-live-post css-n4k7v1{" is-pinned" if pin else ""}" id="{pid}">{badge}'
            f'<div class="css-p1q9ag"><time datetime="{ts.isoformat()}">{e(label)}</time></div>'
            f'{hd}<div class="css-hd8xu0"><p class="{cls}">{e(text)}</p></div></section>'
        )

    for b in shown:
        assert b.ts
        b.html = post(
            b.label or "", b.ts, b.head, b.paras[0], f"p-{b.ts.strftime('%H%M')}", b is pinned
        )
    modified = max(b.ts for b in shown if b.ts)

    def fake(title: str, text: str, kind: str) -> W:
        t = ctx.ago(1, 24)
        label = pm(t)
        return W(
            post(label, t, title, text, f"p-x{ctx.rng.randint(100, 999)}", False),
            [title, text],
            kind,
            [label],
        )

    crowd = fake(
        one(ctx, ["Metro buses right now", "How full are the buses?"]),
        ". ".join(
            levels(
                ctx,
                [
                    "The Orbiter",
                    "Route 1 Cashel St",
                    "Route 17 Bryndwr",
                    "Route 7 Halswell",
                    "Route 44 Shirley",
                ],
                ["seats free", "standing room only", "seats free", "full at Bus Interchange"],
                3,
            )
        )
        + f". Checked at {pm(ctx.ago(1, 9))}.",
        CROWD,
    )
    noise = fake(
        "Christchurch Airport noise monitor",
        f"Last flight over Harewood: {one(ctx, ['NZ5127 from Nelson', 'JQ225 from Auckland', 'QF135 from Sydney', 'NZ5784 from Dunedin', 'NZ518 from Wellington'])}, "
        f"{drift(ctx, 71, 6)} dB at {pm(ctx.ago(1, 7))}. Average so far today: {drift(ctx, 57, 2)} dB.",
        NOISE,
    )
    charge = fake(
        "Fast chargers free now",
        free(
            ctx,
            ctx.rng.sample(
                [
                    ("Cashmere Countdown", 2),
                    ("Barrington Mall", 2),
                    ("Tower Junction", 4),
                    ("Halswell Rd", 2),
                    ("The Tannery", 2),
                ],
                3,
            ),
            lambda name, k, total: f"{name}: {k} of {total}",
        )
        + f". Updated {pm(ctx.ago(1, 5))}.",
        CHARGE,
    )
    good = fake(
        "Good news of the day",
        turn(
            ctx,
            [
                "A Sumner surf lifeguard pulled a family of four from a rip at Taylors Mistake on Sunday, the club says.",
                "The Christchurch City Mission says its Christmas appeal has passed last year's total with three weeks to go.",
                "A kererū hit by a car in Riccarton has been released back into Riccarton Bush after six weeks in care.",
                "A Lyttelton primary school's cake stall raised $4200 for a classmate's cancer treatment.",
                "Orana Wildlife Park has welcomed its first rhino calf in eight years.",
            ],
            "good",
        ),
        GOOD,
    )
    number = fake(
        "Number of the day",
        turn(
            ctx,
            [
                "27: days in a row Christchurch has gone without measurable rain, MetService says.",
                "1140: walkers on the Rapaki Track last Saturday, according to council counters.",
                "$38 million: what the council plans to spend on cycleways over the next three years.",
                "9: new bus shelters opening on Colombo St this week.",
                "412: Christchurch homes that switched to heat pumps through a council scheme this year.",
            ],
            "number",
        ),
        NUMBER,
    )
    desk = bp(
        cls,
        f"Send us your photos and videos of the fire. Our Christchurch newsroom has had {rise(ctx, 143, 9, 6)} tips from readers this morning; "
        + one(ctx, ["Hamish Tait", "Ana Fuimaono", "Priya Raman"])
        + " is on the desk until 2pm.",
        DESK,
    )

    intro = weave(ctx, [f'<p class="{cls}">{e(p)}</p>' for p in body], [(desk, [1, 2], 0.75)])
    units = [b.html for b in shown]
    n = len(units)
    feed_html = weave(
        ctx,
        units,
        [
            (crowd, list(range(0, n + 1)), 0.85),
            (noise, list(range(1, n + 1)), 0.8),
            (charge, list(range(0, n + 1)), 0.8),
            (good, [0, 1, 2, n - 1, n], 0.75),
            (number, list(range(2, n + 1)), 0.75),
        ],
    )
    publisher = org("Stuff", "https://www.stuff.co.nz")
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Joanna Whitcombe",
        publisher=publisher,
        lang="en-NZ",
        section="NZ News",
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
    main = f"""<div id="fusion-app" class="sc-app-root">
<main class="sc-1b4mm0l-0 hZmlpu" id="main-content">
<article class="sc-1qx6bb6-0 jWqvGd" data-testid="article">
<header class="sc-1qx6bb6-1 dfwUhp">
<span class="sc-kicker css-kx2ow1">NZ News</span>
<h1 class="sc-1qx6bb6-2 kQxTrp">{e(headline)}</h1>
<p class="sc-1qx6bb6-3 intro-deck">Evacuation centre open at Cashmere High School as eight helicopters fight the fire.</p>
<div class="sc-1qx6bb6-4 byline"><span>Joanna Whitcombe</span> · <span>Last updated {e(modified.strftime("%H:%M"))}, Dec 07 2026</span></div>
</header>
<div class="sc-1qx6bb6-5 live-intro">
{intro}
</div>
{ad_slot("sc-ad", "Advertisement", "stuff-live-mrec-1")}
<div class="sc-1qx6bb6-6 live-feed" data-testid="live-feed">
{feed_html}
</div>
</article>
</main>
</div>"""
    html = shell(
        ctx,
        lang="en-NZ",
        title=f"{headline} | Stuff",
        canonical=url,
        prefix="stuff",
        body_cls="stuff-app",
        jsonld=[graph(article, live)],
        nav=mega_nav(
            "stuff",
            "Stuff",
            "/",
            ["NZ News", "World", "Politics", "Business", "Sport", "Life & Style"],
            _EN_SUBS,
        ),
        main=main,
        footer=_legal("stuff", "Stuff", "© 2026 Stuff Limited"),
        cms="arc",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "winnipegfreepress-exchange-district-warehouse-fire-main-street-closed-smoke",
        "Winnipeg Free Press (CA)",
        "en",
        "updates",
        CST,
        wfp,
    ),
    Site(
        "thecourier-tay-road-bridge-closed-lorry-overturns-80mph-gusts",
        "The Courier (Dundee, UK)",
        "en",
        "updates",
        GMT,
        courier,
    ),
    Site(
        "stuff-live-port-hills-fire-christchurch-evacuations-dyers-pass-road",
        "Stuff (NZ)",
        "en",
        "live",
        NZDT,
        stuff,
    ),
]
