"""English publishers: San Francisco Chronicle, The Philadelphia Inquirer, The Sydney Morning
Herald."""

from __future__ import annotations

from fx import au, cams, counter, hm, link_list, num, poll, text_box, us
from kit import (
    Block,
    Ctx,
    Render,
    Site,
    W,
    ad_slot,
    at,
    e,
    live_posting,
    news_article,
    org,
    pick,
    shell,
    weave,
)

# ---------------------------------------------------------------------------------------------
# San Francisco Chronicle (−08:00), updates

SF = -8


def sfchronicle(ctx: Ctx) -> Render:
    url = (
        "https://www.sfchronicle.com/sf/article/geary-sinkhole-masonic-muni-38-reroute-21240718.php"
    )
    headline = "Sinkhole opens on Geary Boulevard near Masonic, swallowing part of a lane and forcing Muni reroute"
    published = at(SF, 6, 9, 5)
    body = [
        "A sinkhole roughly 20 feet across opened in the eastbound lanes of Geary Boulevard near Masonic Avenue early Sunday, swallowing the front end of a parked delivery van and forcing Muni to reroute its 38 Geary and 38R Geary Rapid buses for the rest of the day.",
        "No one was hurt. The van's driver had stepped out to make a delivery at about 7:40 a.m. when the pavement gave way behind him, according to the San Francisco Fire Department, which closed the block between Masonic and Presidio avenues within minutes.",
        "Officials with the San Francisco Public Utilities Commission said the likely cause was a brick sewer line built in 1911 that runs about 14 feet under the roadway. Water escaping from a crack in the line appears to have washed out the soil beneath the asphalt over several weeks, said spokesperson Dana Whitcombe.",
        "Residents of the apartment buildings on the north side of the street said they had noticed a dip in the lane for about a month. “You could feel the bus lurch every time it went over it,” said Teodoro Alvarez, who has lived on the block since 2009.",
        "Muni said buses would use Anza Street between Masonic and Arguello Boulevard until further notice. Drivers were told to expect delays on Masonic, where one northbound lane was also closed to make room for crews and equipment.",
        "The utilities commission said it would inspect roughly half a mile of the same sewer line with a remote camera this week. The agency has budgeted $48 million this fiscal year to replace aging brick sewers across the city.",
    ]
    notes = [
        Block(
            "update",
            "UPDATE 1:42 p.m.",
            at(SF, 6, 13, 42),
            None,
            [
                "PG&E shut off gas service to two buildings on the north side of Geary as a precaution after crews found a gas main exposed at the edge of the hole. About 40 residents were asked to leave, and the Red Cross opened a shelter at the Richmond Recreation Center."
            ],
        ),
        Block(
            "update",
            "UPDATE 11:48 a.m.",
            at(SF, 6, 11, 48),
            None,
            [
                "A tow crew lifted the delivery van out of the hole shortly after 11 a.m. Public Works said the opening had grown to about 25 feet across once the van was removed."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "UPDATE 2:53 p.m.",
        at(SF, 6, 14, 53),
        None,
        [
            "Residents of the two evacuated buildings will not be able to return tonight, PG&E said, because the exposed gas main has to be replaced before service can be restored."
        ],
    )
    corr = Block(
        "correction",
        "Correction",
        None,
        None,
        [
            "An earlier version of this story misstated the street Muni is using for the detour. It is Anza Street, not Anza Vista Avenue."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="article--paragraph"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    corr.html = f'<p class="article--paragraph article--correction"><em><strong>Correction:</strong> {e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published

    # furniture ----------------------------------------------------------------------------
    camw = cams(
        ctx,
        "sfc-cams",
        "Traffic cameras",
        [
            "Geary Blvd at Masonic Ave",
            "Masonic Ave at Turk Blvd",
            "Anza St at Arguello Blvd",
            "Geary Blvd at Presidio Ave",
            "US-101 at Octavia Blvd",
            "Bay Bridge toll plaza",
        ],
        "{cam} — image refreshed {time}",
        2,
        us,
    )
    feed = [
        (9, 12, "2.1", "3 km NW of Berkeley"),
        (11, 40, "1.4", "5 km E of San Ramon"),
        (12, 55, "2.6", "7 km N of Gilroy"),
        (13, 31, "1.2", "4 km W of Cobb"),
        (14, 8, "1.7", "2 km SE of Pleasanton"),
        (14, 22, "1.1", "9 km SW of Ocean View"),
        (14, 47, "2.3", "6 km NE of Hollister"),
    ]
    seen = [q for q in feed if at(SF, 6, q[0], q[1]) <= ctx.ago(2, 6)][-3:][::-1]
    qlines = [f"M{m} — {p} — {us(at(SF, 6, h, mm))}" for h, mm, m, p in seen]
    qlines.append(f"USGS data, last checked {us(ctx.ago(0, 2))}")
    quake = link_list(
        "sfc-quakes", "Recent Bay Area earthquakes", qlines, "earthquake feed with clocks"
    )
    pollw = poll(
        ctx,
        "sfc-poll",
        "Reader poll",
        "Should San Francisco speed up replacing its century-old brick sewers, even if water bills go up?",
        ["Yes, even if bills go up", "No, bills are high enough", "Not sure yet"],
        [52, 33, 15],
        (1840, 97),
        lambda v, t: f"{num(v, ',')} votes so far · results as of {us(t)}",
    )
    products = [
        "Hunter Original Play rain boots, $96 at Nordstrom",
        "Anker 737 power bank, $89.99 at Amazon",
        "Patagonia Torrentshell 3L jacket, $179 at REI",
        "Ember travel mug 2, $149.95 at Target",
        "Totes auto-open umbrella, $24.99 at Walgreens",
    ]
    aff = text_box(
        "sfc-picks",
        "Chronicle Picks",
        [
            *pick(ctx, products, 2),
            "We may earn a commission when you buy through links in this box.",
        ],
        "affiliate product box with prices",
    )
    latest = [
        "Why the Great Highway closures keep getting longer",
        "Muni's new 38R schedule, explained in five charts",
        "The Sunset's sand dunes are back on the sidewalks",
        "SFPUC wants a rate hike. Here's what it would pay for",
        "Inside the tunnel that carries half the city's wastewater",
        "Van Ness bus lanes, two years on",
    ]
    bio = text_box(
        "sfc-author",
        "",
        [
            "Megan Tsai covers infrastructure and city services for the Chronicle. Email: megan.tsai@sfchronicle.com",
            *(f"Latest: {t}" for t in pick(ctx, latest, 3)),
        ],
        "author bio with rotating latest list",
    )
    policy = text_box(
        "sfc-standards",
        "",
        [
            "The Chronicle is committed to accuracy. If you see an error in our reporting, email corrections@sfchronicle.com and our standards editor will review it."
        ],
        "corrections-policy boilerplate (static)",
        tag="div",
    )
    games = [
        "Powerball, Sat. Dec. 5: 8, 17, 29, 44, 61 — Powerball 12",
        "SuperLotto Plus, Sat. Dec. 5: 3, 11, 24, 38, 45 — Mega 19",
        "Mega Millions, Fri. Dec. 4: 6, 20, 31, 52, 67 — Mega Ball 8",
        "Fantasy 5, Sat. Dec. 5: 2, 14, 19, 27, 36",
    ]
    lotto = text_box("sfc-lottery", "California Lottery", pick(ctx, games, 1), "lottery results")
    episodes = [
        ("The sewers under your street are older than your grandparents", "27:14", 1142),
        ("Can the Warriors survive another West Coast road trip?", "31:02", 1141),
        ("What happened to the Ferry Building farmers market crowds", "24:48", 1140),
        ("A new plan for Market Street, again", "29:37", 1139),
    ]
    ep = pick(ctx, episodes, 1)[0]
    pod = W(
        f'<div class="sfc-podcast"><p class="sfc-podcast__show">Fifth &amp; Mission</p>'
        f'<p class="sfc-podcast__title">{e(ep[0])}</p><p class="sfc-podcast__meta">Episode {ep[2]} · {ep[1]}</p>'
        f'<button class="sfc-podcast__play" aria-label="Play"><svg><use href="#i-play"/></svg></button></div>',
        [ep[0], f"Episode {ep[2]} · {ep[1]}"],
        "podcast player with durations",
    )
    readers = counter(
        ctx, "sfc-live-count", 1312, 140, "{n} people are reading this story right now", ","
    )

    units = (
        [f'<p class="article--paragraph">{e(p)}</p>' for p in body[:2]]
        + [b.html for b in shown]
        + [f'<p class="article--paragraph">{e(p)}</p>' for p in body[2:]]
        + [corr.html, ctx.put(policy)]
    )
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (camw, list(range(1, k - 2)), 0.85),
            (pollw, list(range(2, k - 1)), 0.7),
            (pod, list(range(1, k - 1)), 0.6),
            (readers, [1, 2, 3], 0.8),
            (aff, list(range(3, k - 1)), 0.6),
        ],
    )
    ad = ad_slot("sfc-ad", "Advertisement", f"div-gpt-ad-mid-{ctx.n % 3}")
    side = "\n".join([ctx.maybe(quake, 0.9), ad, ctx.maybe(lotto, 0.8)])
    updated = f"Updated {us(modified)}"
    main = f"""<main id="main" class="sfc-main">
<article class="article article--news" data-article-id="21240718">
<header class="article--header">
<nav class="breadcrumbs"><a href="/local/">Local</a> <a href="/sf/">San Francisco</a></nav>
<h1 class="article--headline">{e(headline)}</h1>
<p class="article--dek">Crews from Public Works and the utilities commission blame a collapsed sewer line built in 1911</p>
<div class="article--byline"><span class="byline">By <a href="/author/megan-tsai/">Megan Tsai</a></span>
<time class="article--date" datetime="{published.isoformat()}">Dec 6, 2026</time> <span class="article--updated">{e(updated)}</span></div>
<figure class="article--lead"><img src="/img/geary-sinkhole.jpg" alt=""><figcaption>A delivery van sits nose-down in the sinkhole on Geary Boulevard on Sunday morning. Photo: Lea Suzuki/The Chronicle</figcaption></figure>
</header>
<section class="article--content body-content">
{story}
</section>
<footer class="article--footer">{ctx.put(bio)}</footer>
</article>
<aside class="sfc-rail">{side}</aside>
</main>"""
    pub = org("San Francisco Chronicle", "https://www.sfchronicle.com")
    html = shell(
        ctx,
        lang="en-US",
        title=f"{headline} - San Francisco Chronicle",
        canonical=url,
        prefix="sfc",
        body_cls="hdn-article sfc-theme",
        jsonld=[
            news_article(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                author="Megan Tsai",
                publisher=pub,
                lang="en-US",
                section="Local",
            )
        ],
        nav='<header class="sfc-masthead"><a href="/" class="sfc-logo">San Francisco Chronicle</a><nav><a href="/local/">Local</a> <a href="/bayarea/">Bay Area</a> <a href="/sports/">Sports</a> <a href="/food/">Food</a></nav></header>',
        main=main,
        footer='<footer class="sfc-footer"><p>© 2026 Hearst Communications, Inc.</p><a href="/privacy">Privacy Notice</a> <a href="/terms">Terms of Use</a></footer>',
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Philadelphia Inquirer (−05:00), updates

PHL = -5


def inquirer(ctx: Ctx) -> Render:
    url = "https://www.inquirer.com/news/i95-tanker-fire-cottman-avenue-northeast-philadelphia-20261206.html"
    headline = "Tanker fire shuts I-95 in Northeast Philadelphia; residents near Cottman Avenue told to stay inside"
    published = at(PHL, 6, 13, 20)
    body = [
        "A tanker truck carrying heating oil overturned and caught fire on northbound I-95 near the Cottman Avenue exit on Sunday afternoon, closing the highway in both directions and sending a column of black smoke over Mayfair and Tacony.",
        "The driver, a 51-year-old man from Bensalem, climbed out of the cab before the flames spread and was taken to Temple University Hospital–Jeanes Campus with burns to his hands, Philadelphia Fire Department Battalion Chief Rosa Delgado said at the scene.",
        "About 8,000 gallons of fuel were on board. Firefighters used foam to keep the burning oil from reaching storm drains that empty into the Delaware River, Delgado said, and a state environmental team was on its way to check the outfalls.",
        "PennDot closed I-95 between the Academy Road and Bridge Street interchanges and sent drivers onto Frankford Avenue and State Road, where traffic backed up for more than two miles by 3 p.m.",
        "The city's Office of Emergency Management asked people living within half a mile of the interchange to keep windows closed and turn off heating systems that draw in outside air until the smoke clears.",
        "The stretch of I-95 near Cottman is in the middle of a multiyear reconstruction project, and the northbound lanes were narrowed to two through a work zone when the truck rolled over, according to PennDot.",
    ]
    ed = Block(
        "editors_note",
        "Editor's note",
        None,
        None,
        [
            "An Inquirer photographer lives near the Cottman Avenue interchange and was among the residents asked to shelter in place. She did not contribute to this report."
        ],
    )
    notes = [
        Block(
            "update",
            "Update, Dec. 6, 3:10 p.m. ET",
            at(PHL, 6, 15, 10),
            None,
            [
                "Fire officials said the flames were under control shortly after 3 p.m., though crews expected to keep spraying foam on the wreck for several more hours."
            ],
        ),
        Block(
            "update",
            "Update, Dec. 6, 4:25 p.m. ET",
            at(PHL, 6, 16, 25),
            None,
            [
                "PennDot reopened the southbound lanes of I-95 at 4:15 p.m. The northbound side will stay closed at least overnight while engineers check the heat damage to the road deck."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Update, Dec. 6, 5:54 p.m. ET",
        at(PHL, 6, 17, 54),
        None,
        [
            "The Office of Emergency Management lifted the shelter-in-place advisory for Mayfair and Tacony, saying air readings near the interchange had returned to normal levels."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<div class="inq-update-note"><p class="inq-p"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p></div>'
    ed.html = f'<p class="inq-p inq-p--note"><em><strong>Editor\'s note:</strong> {e(ed.paras[0])}</em></p>'
    modified = shown[-1].ts or published

    history = [
        "1790: Congress meets in Congress Hall at Sixth and Chestnut for the first time.",
        "1917: Philadelphia sends doctors and nurses by train to help after the Halifax explosion.",
        "1962: A blizzard strands hundreds of commuters at 30th Street Station overnight.",
        "1985: The first section of the Vine Street Expressway opens to traffic.",
    ]
    today = text_box(
        "inq-otd", "On this day in Philadelphia", pick(ctx, history, 1), "this day in history"
    )
    events = [
        ("7:00 p.m.", "Christmas Village opening weekend, LOVE Park"),
        ("7:30 p.m.", "Philadelphia Orchestra: Handel's Messiah, Marian Anderson Hall"),
        ("8:00 p.m.", "Flyers vs. Rangers, Wells Fargo Center"),
        ("8:00 p.m.", "Comedy night at the Punch Line, Fishtown"),
        ("9:00 p.m.", "Holiday light show, Franklin Square"),
    ]
    chosen = sorted(pick(ctx, events, 3))
    ev = link_list(
        "inq-events",
        "Tonight in Philly",
        [f"{t} · {what}" for t, what in chosen],
        "event calendar with clock times",
    )
    aqi = 96 + ctx.rng.randint(0, 30) - ctx.n * 4
    air = text_box(
        "inq-air",
        "Air quality",
        [
            f"Northeast Philadelphia air quality index: {aqi}, {'unhealthy for sensitive groups' if aqi > 100 else 'moderate'}",
            f"AirNow reading updated {us(ctx.ago(2, 14))}",
        ],
        "air-quality or pollen index with its own update time",
    )
    pollw = poll(
        ctx,
        "inq-poll",
        "What do you think?",
        "Should fuel tankers be kept off I-95 through the city while the highway is under construction?",
        ["Yes, send them around", "No, that just moves the risk", "Only at rush hour"],
        [47, 38, 15],
        (2210, 120),
        lambda v, t: f"{num(v, ',')} readers have voted · updated {us(t)}",
    )
    variants = [
        (
            "SEPTA's Trolley Blackout is over. Here's what changed on your route.",
            "Your trolley route changed this week. Here's what's different.",
        ),
        (
            "Why the Roosevelt Boulevard subway keeps coming back",
            "The subway under the Boulevard: a 100-year-old idea returns",
        ),
    ]
    v = variants[ctx.n % 2][ctx.rng.randint(0, 1)]
    teaser = link_list("inq-next", "Up next", [v], "A/B headline variants of other stories")
    signs = [
        "Sagittarius (Nov. 22–Dec. 21): An unexpected detour puts you in the right place. Say yes to the long way home.",
        "Capricorn (Dec. 22–Jan. 19): Someone close asks for help with a heavy job. Lift with your knees and your heart.",
        "Aquarius (Jan. 20–Feb. 18): The plan you shelved returns with better timing. Keep the windows of opportunity open.",
        "Pisces (Feb. 19–March 20): Leave early today; the usual routes will not cooperate.",
    ]
    horo = text_box("inq-horoscope", "Horoscopes", pick(ctx, signs, 1), "horoscope snippet")
    played = 3118 + ctx.n * 41 + ctx.rng.randint(0, 30)
    quiz = text_box(
        "inq-quiz",
        "News quiz",
        [
            f"How closely did you follow the news this week? {num(played, ',')} readers have taken the quiz so far."
        ],
        "news quiz teaser with a participation count",
    )
    policy = text_box(
        "inq-standards",
        "",
        [
            "The Inquirer corrects errors of fact as soon as they are brought to our attention. To request a correction, use the form at inquirer.com/corrections."
        ],
        "corrections-policy boilerplate (static)",
        tag="div",
    )
    units = (
        [ed.html]
        + [f'<p class="inq-p">{e(p)}</p>' for p in body]
        + [b.html for b in shown]
        + [ctx.put(policy)]
    )
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (air, list(range(3, k)), 0.85),
            (pollw, list(range(3, k - 1)), 0.7),
            (teaser, list(range(2, k - 1)), 0.8),
            (ev, list(range(len(body) + 1, k)), 0.6),
            (quiz, [k], 0.5),
        ],
    )
    side = "\n".join(
        [
            ctx.maybe(today, 0.9),
            ad_slot("inq-ad", "Advertisement", "inq-ad-right-1"),
            ctx.maybe(horo, 0.8),
        ]
    )
    main = f"""<main class="inq-main" role="main">
<article class="inq-article" data-arc-id="WZ3KQ7R2">
<header class="inq-article__header">
<a class="inq-kicker" href="/news/">News</a>
<h1 class="inq-headline">{e(headline)}</h1>
<div class="inq-byline">by <a href="/author/jamal-whitaker/">Jamal Whitaker</a> and <a href="/author/colleen-breen/">Colleen Breen</a></div>
<div class="inq-timestamp">Published Dec. 6, 2026, 1:20 p.m. ET · Updated {e(us(modified))} ET</div>
<figure class="inq-figure"><img src="/resizer/i95-fire.jpg" alt=""><figcaption>Smoke rises over I-95 near Cottman Avenue on Sunday. (Tyger Williams / Staff Photographer)</figcaption></figure>
</header>
<div class="inq-article__body">
{story}
</div>
</article>
<aside class="inq-rail">{side}</aside>
</main>"""
    pub = org("The Philadelphia Inquirer", "https://www.inquirer.com")
    html = shell(
        ctx,
        lang="en",
        title=f"{headline} | The Philadelphia Inquirer",
        canonical=url,
        prefix="inq",
        body_cls="inq-body arc-article",
        jsonld=[
            news_article(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                author="Jamal Whitaker",
                publisher=pub,
                lang="en",
                section="News",
            )
        ],
        nav='<nav class="inq-nav"><a href="/" class="inq-logo">The Philadelphia Inquirer</a><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a></nav>',
        main=main,
        footer='<footer class="inq-footer"><p>© 2026 The Philadelphia Inquirer, LLC</p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a></footer>',
    )
    return Render(html, body, [ed, *shown], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Sydney Morning Herald (+11:00), live; Monday morning

SYD = 11


def _smh_entries() -> list[tuple[int, int, str | None, list[str]]]:
    return [
        (
            8,
            58,
            "Minister says a full fix will take until the afternoon",
            [
                "Transport Minister Anika Sorell has told radio 2GB that technicians replaced one failed interlocking unit at Central, but a second unit is also faulty and will not be swapped before lunchtime."
            ],
        ),
        (
            8,
            31,
            "Buses replace trains between Central and Strathfield",
            [
                "Sydney Trains has started running buses between Central and Strathfield, stopping at Redfern, Burwood and Ashfield. Commuters at Strathfield report queues stretching out onto The Boulevarde."
            ],
        ),
        (
            7,
            52,
            None,
            [
                "Light rail is also crowded. Transport for NSW says extra trams are running on the L2 and L3 lines between Circular Quay and Central, every four minutes."
            ],
        ),
        (
            7,
            20,
            "Airport line trains held at Green Square",
            [
                "T8 Airport line services are being held at Green Square for up to 25 minutes. Travellers with morning flights are being told to allow at least an extra hour."
            ],
        ),
        (
            6,
            44,
            "Cause is a signal fault in the Central interlocking",
            [
                "Sydney Trains says the problem is in the signalling equipment that controls the tracks on the approach to Central from the west, and it affects the T1, T2, T3 and T8 lines."
            ],
        ),
        (
            6,
            12,
            "Good morning and welcome to our live coverage",
            [
                "Commuters are facing a difficult start to the week after a fault in the signalling around Central brought much of the network to a crawl before 6am."
            ],
        ),
    ]


def smh(ctx: Ctx) -> Render:
    url = "https://www.smh.com.au/national/nsw/sydney-trains-live-signal-failure-central-morning-peak-20261207-p5qz3k.html"
    headline = "Sydney trains live: Signal failure at Central sends Monday peak into chaos"
    published = at(SYD, 7, 6, 10)
    body = [
        "A signal failure near Central station has delayed trains across Sydney's network during the Monday morning peak, with buses replacing trains on part of the inner west line.",
        "Sydney Trains says commuters should allow plenty of extra travel time. Follow our live coverage below.",
    ]
    entries = [
        Block("live_entry", au(at(SYD, 7, h, m)), at(SYD, 7, h, m), head, paras)
        for h, m, head, paras in _smh_entries()
    ]
    genuine = Block(
        "live_entry",
        au(at(SYD, 7, 9, 53)),
        at(SYD, 7, 9, 53),
        "Second signal unit fixed early, trains resuming",
        [
            "In a welcome surprise, Sydney Trains says the second faulty unit has been replaced ahead of schedule and services on the T1 and T2 lines are starting to run through Central again."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries
    for b in shown:
        head = f'<h3 class="liveblog-post__title">{e(b.head)}</h3>' if b.head else ""
        paras = "".join(f"<p>{e(p)}</p>" for p in b.paras)
        b.html = (
            f'<section class="liveblog-post" id="post-{b.ts.strftime("%H%M") if b.ts else ""}">'
            f'<time class="liveblog-post__time" datetime="{b.ts.isoformat() if b.ts else ""}">{e(b.label or "")}</time>'
            f'{head}<div class="liveblog-post__body">{paras}</div></section>'
        )
    modified = shown[0].ts or published

    camw = cams(
        ctx,
        "smh-traffic",
        "Live Traffic cameras",
        [
            "Parramatta Road at Broadway",
            "Eddy Avenue outside Central",
            "Cahill Expressway at Circular Quay",
            "M4 at Strathfield",
            "Anzac Bridge westbound",
            "Southern Cross Drive at Mascot",
        ],
        "{cam}, refreshed {time}",
        2,
        au,
    )
    # a camera card drawn in the post markup, with its own <time>
    cam_t = ctx.ago(1, 8)
    cam_place = pick(
        ctx, ["Eddy Avenue bus stands", "Railway Square", "Strathfield bus interchange"], 1
    )[0]
    cam_line = f"Live Traffic NSW camera: {cam_place}, image taken {au(cam_t)}"
    camcard = W(
        f'<section class="liveblog-post liveblog-post--promo"><time class="liveblog-post__time" datetime="{cam_t.isoformat()}">{au(cam_t)}</time>'
        f'<div class="liveblog-post__body"><figure><img src="/cam/{cam_t.strftime("%H%M")}.jpg" alt=""><figcaption>{e(cam_line)}</figcaption></figure></div></section>',
        [cam_line],
        "traffic or webcam captions with refresh clocks",
    )
    level = pick(ctx, ["Moderate", "High", "Moderate"], 1)[0]
    pollen = text_box(
        "smh-pollen",
        "Sydney pollen count",
        [
            f"Grass pollen today: {level}. Asthma risk: Low.",
            f"AirRater data updated {au(ctx.ago(3, 25))}",
        ],
        "air-quality or pollen index with its own update time",
    )
    recipes = [
        "Adam Liaw's 20-minute miso chicken with greens",
        "Karen Martini's tomato, peach and burrata salad",
        "Helen Goh's cherry and almond slab cake",
        "RecipeTin Eats' one-pan prawn and chorizo rice",
    ]
    recipe = text_box(
        "smh-goodfood", "Good Food recipe of the day", pick(ctx, recipes, 1), "recipe of the day"
    )
    lotto = text_box(
        "smh-lotto",
        "Lotto results",
        pick(
            ctx,
            [
                "Saturday Lotto draw 4512: 4, 11, 19, 26, 33, 40; supps 7, 22",
                "Oz Lotto draw 1660: 2, 9, 15, 23, 31, 38, 44; supps 12, 41, 5",
                "Powerball draw 1540: 6, 13, 18, 27, 29, 32, 34; Powerball 9",
            ],
            1,
        ),
        "lottery results",
    )
    episodes = [
        ("Why Sydney's trains keep breaking down", "19:42"),
        ("The battle for the harbour foreshore", "22:05"),
        ("Inside the Reserve Bank's last meeting of the year", "24:11"),
    ]
    ep = pick(ctx, episodes, 1)[0]
    pod = W(
        f'<aside class="smh-podcast"><p class="smh-podcast__brand">The Morning Edition</p><p class="smh-podcast__ep">{e(ep[0])}</p>'
        f'<span class="smh-podcast__dur">{ep[1]}</span><button class="smh-podcast__play">Play</button></aside>',
        [ep[0]],
        "podcast player with durations",
    )
    variants = [
        "Sydney's most expensive street just got another record sale",
        "This Mosman street has just set another price record",
        "Why a Sydney street keeps breaking property records",
    ]
    teaser = link_list(
        "smh-readnext",
        "Read next",
        [variants[ctx.rng.randint(0, 2)]],
        "A/B headline variants of other stories",
    )
    clue = text_box(
        "smh-puzzles",
        "Today's cryptic clue",
        [
            "Train service finally back on track? Not entirely (5)"
            if ctx.n % 2
            else "Peak hour rush somewhat delayed at first (4)"
        ],
        "puzzle clue of the day",
    )
    readers = counter(
        ctx, "smh-readers", 4120, 260, "{n} readers are following this live blog", ","
    )
    units = [b.html for b in shown]
    k = len(units)
    feed = weave(
        ctx,
        units,
        [
            (camw, list(range(0, k + 1)), 0.85),
            (camcard, list(range(1, k)), 0.8),
            (pod, list(range(2, k + 1)), 0.6),
            (teaser, list(range(1, k + 1)), 0.7),
            (readers, [0, 1], 0.8),
        ],
    )
    side = "\n".join(
        [
            ctx.maybe(pollen, 0.9),
            ad_slot("smh-ad", "Advertisement", "adspot-300x250-pos1"),
            ctx.maybe(recipe, 0.7),
            ctx.maybe(lotto, 0.7),
            ctx.maybe(clue, 0.8),
        ]
    )
    main = f"""<main id="content" class="_3Oq1C">
<article class="_2g9tm liveblog" data-testid="live-article">
<header class="_1hL3b">
<span class="_2oRIs">Live</span>
<h1 class="_3lFzE" itemprop="headline">{e(headline)}</h1>
<div class="_2Fbw0">By <a href="/by/callum-ferris-p4yx1">Callum Ferris</a> and <a href="/by/priya-nand-p4yx2">Priya Nand</a></div>
<div class="_2dXnt"><time datetime="{published.isoformat()}">December 7, 2026 — 6.10am</time> · Updated {e(au(modified))}</div>
</header>
<div class="_1665V liveblog-intro">
{"".join(f'<p class="_1665V-p">{e(p)}</p>' for p in body)}
</div>
<div class="liveblog-feed" data-testid="liveblog-posts">
{feed}
</div>
</article>
<aside class="_2bGVx">{side}</aside>
</main>"""
    pub = org("The Sydney Morning Herald", "https://www.smh.com.au")
    html = shell(
        ctx,
        lang="en-AU",
        title=f"{headline}",
        canonical=url,
        prefix="smh",
        body_cls="smh-live",
        jsonld=[
            live_posting(
                headline=headline,
                url=url,
                published=published,
                modified=modified,
                start=published,
                publisher=pub,
                entries=shown,
                lang="en-AU",
            )
        ],
        nav='<header class="_1HUw6"><a href="/" class="_3tZ4O">The Sydney Morning Herald</a><nav><a href="/national/nsw">NSW</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>',
        main=main,
        footer=f'<footer class="_3QtF9"><p>Copyright © 2026 · {e("Nine Entertainment")}</p><a href="/privacy">Privacy policy</a> <a href="/{hm(published, "")}">Sitemap</a></footer>',
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "sfchronicle-geary-sinkhole-masonic-muni-38-rerouted",
        "San Francisco Chronicle",
        "en",
        "updates",
        SF,
        sfchronicle,
    ),
    Site(
        "inquirer-i95-tanker-fire-cottman-shelter-in-place",
        "The Philadelphia Inquirer",
        "en",
        "updates",
        PHL,
        inquirer,
    ),
    Site(
        "smh-live-sydney-trains-central-signal-failure",
        "The Sydney Morning Herald",
        "en",
        "live",
        SYD,
        smh,
    ),
]
