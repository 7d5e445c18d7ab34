"""English-language publishers: The Kathmandu Post (Nepal), The Royal Gazette (Hamilton,
Bermuda), InDaily (Adelaide, South Australia)."""

from __future__ import annotations

from datetime import date, datetime

from fx import (
    CONVO,
    FOOTFALL,
    FRIDGE,
    JOKE,
    MAYOR,
    MEALS,
    NEWS,
    PROMO,
    READ,
    STAGE,
    STEPS,
    SWAP,
    TICKER,
    TOOLS,
    WISH,
    DateBlock,
    ampm,
    bp,
    bpa,
    drift,
    fall,
    ld,
    num,
    page,
    pm,
    post,
    rise,
    turn,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

NPT = 5.75
AST = -4
ACDT = 10.5

_SUBS = ["Politics", "Money", "Health", "Education", "Environment", "Opinion", "Culture", "Sport"]
_FOOT = {
    "Company": ["About us", "Contact", "Advertise", "Careers", "E-paper"],
    "Policies": ["Privacy policy", "Terms of use", "Corrections policy", "Cookie settings"],
}


def _texts(ctx: Ctx, town: str, street: str) -> dict[str, str]:
    """The English carousels, with the story's town and one of its streets."""
    return {
        JOKE: turn(
            ctx,
            [
                "Why did the scarecrow get a promotion? Because he was outstanding in his field. Sent in by Deepa, 9.",
                "What do you call a sleeping bull? A bulldozer. Thanks to Mr Okafor, who says his grandchildren groan every time.",
                f"I told my wife I'd fix the gate on {street} in a minute. That was in 1994, writes Trevor.",
                "Why don't skeletons fight each other? They don't have the guts. From Sunita and her class.",
                "What did the ocean say to the beach? Nothing, it just waved. Courtesy of Harold, 78.",
            ],
            "joke",
        ),
        WISH: turn(
            ctx,
            [
                "I would like a bike with a bell and for my grandad's knee to get better. Love, Amara, 6",
                f"Please bring my little brother a torch so he is not scared at night on {street}. Joel, 8",
                "I want a puppy but Mum says no, so can I have a toy one that barks? Isla, 5",
                "Could you give everyone at the hospital a day off at Christmas? From Leo, 7",
                "Please can it snow just once, even a little bit. Thank you. Maya, 6",
            ],
            "wish",
        ),
        READ: turn(
            ctx,
            [
                "Council budget: rates to rise by 3.9 per cent from July",
                "School leavers celebrate record exam results",
                "New hospital wing opens after two-year delay",
                "Local bakery named best in the country for its sourdough",
                "Parking fines double in the city centre from January",
            ],
            "read",
        ),
        PROMO: turn(
            ctx,
            [
                f"Late-night shopping on {street}: stores open until 9pm every Thursday until Christmas.",
                "Switch your home loan this month and get your first two repayments back.",
                "Learn to sail this summer: beginner courses start at the yacht club in January.",
                f"Every mattress 40 per cent off this weekend only at the {town} bedding warehouse.",
                "Give a digital subscription for Christmas and we will add a second one free.",
            ],
            "promo",
        ),
        TICKER: turn(
            ctx,
            [
                "Man charged after late-night hit-and-run",
                "Netball team through to national final",
                "Water restrictions eased after heavy rain",
                "Principal wins national teaching award",
                "Two rescued from capsized dinghy",
            ],
            "ticker",
        ),
    }


# ---------------------------------------------------------------------------------------------
# The Kathmandu Post (Kathmandu, +05:45; the fetches run from 3.45am to 4.45am on Monday 7
# December), custom CMS. Notes inside the story after paragraph 3, newest first, each a section
# whose first line is a full-date `<time>` "Monday, December 7, 2026, 01:40 NPT" (no update word)
# + a paragraph, on both sides of local midnight; an italic "Correction appended:" at the end.


def kathmandupost(ctx: Ctx) -> Render:
    url = "https://kathmandupost.com/valley/2026/12/07/fire-guts-kalimati-vegetable-market-kalanki-road-closed"
    headline = "Fire guts part of Kalimati vegetable market, Kalanki road closed overnight"
    published = at(NPT, 6, 21, 30)
    town, street = "Kathmandu", "New Road"
    body = [
        "A fire that broke out in the wholesale section of the Kalimati Fruits and Vegetable Market late on Sunday destroyed at least 60 stalls and forced the closure of the Kalimati-Kalanki road.",
        "The Kathmandu Metropolitan City fire brigade sent seven engines, and the Nepali Army joined the effort with two water bowsers from the Chhauni barracks.",
        "Traders said the fire started in a storage shed at the back of the market, where sacks of onions and potatoes were stacked against a wooden wall.",
        "“We lost everything we had bought for the week,” said Ram Bahadur Thapa, who has sold cauliflower at the market for 22 years.",
        "The Metropolitan Traffic Police Division diverted vehicles heading for Kalanki through Teku and Tripureshwor, and asked drivers to avoid the area until morning.",
        "Market officials said the morning auction on Monday would be held in the open yard near the main gate, and that prices of vegetables could rise for a few days.",
        "The cause of the fire is not yet known; police said an investigation would begin once the site had cooled.",
    ]

    def stamp(dt: datetime) -> str:
        return f"{dt.strftime('%A')}, December {dt.day}, 2026, {dt.hour:02d}:{dt.minute:02d} NPT"

    def section(label: str, iso: str, text: str) -> str:
        return (
            f'<section class="kp-update"><p class="kp-update__time"><time datetime="{iso}">{e(label)}</time></p>'
            f'<p class="kp-update__text">{e(text)}</p></section>'
        )

    specs = [
        (
            7,
            3,
            10,
            "Fire officials say the blaze is under control; firefighters are still dousing smouldering sacks in the storage area.",
        ),
        (
            7,
            1,
            40,
            "A second storage shed caught fire shortly after 1 am, and the brigade called in two more engines from Lalitpur.",
        ),
        (
            6,
            23,
            55,
            "Police have cordoned off the Kalimati chowk, and residents of the houses behind the market have been asked to leave.",
        ),
    ]
    notes = [
        Block("update", stamp(at(NPT, d, h, m)), at(NPT, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        stamp(at(NPT, 7, 4, 41)),
        at(NPT, 7, 4, 41),
        None,
        [
            "The Kalimati-Kalanki road has reopened to light vehicles, traffic police say, but lorries are still being sent through Teku."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        assert b.label and b.ts
        b.html = section(b.label, b.ts.isoformat(), b.paras[0])
    corr = Block(
        "correction",
        "Correction appended",
        None,
        None,
        [
            "An earlier version of this story gave the number of fire engines as five. Seven engines were sent."
        ],
    )
    corr.html = f'<p class="kp-text"><em>Correction appended: {e(corr.paras[0])}</em></p>'
    modified = shown[0].ts or published
    tx = _texts(ctx, town, street)

    def boxed(text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return post(section(stamp(t), t.isoformat(), text), [text], kind, [stamp(t)])

    steps = boxed(
        f"Walk for the Bagmati: {num(rise(ctx, 18412, 7, 4), ',')} km walked so far by participants in the charity step challenge, which ends on Friday.",
        STEPS,
        1,
        9,
    )
    meals = boxed(
        f"Teku community kitchen: {num(rise(ctx, 1240, 9, 5), ',')} plates of dal bhat served to night-shift workers and porters since 8 pm.",
        MEALS,
        2,
        12,
    )
    tick = boxed(f"Elsewhere in the valley: {tx[TICKER]}.", TICKER, 1, 15)
    fridge = boxed(
        f"Thamel community fridge: {fall(ctx, 212, 5, 3)} items left on the shelves; volunteers restock it every morning at 7.",
        FRIDGE,
        3,
        16,
    )
    t = ctx.ago(1, 8)
    footfall = bp(
        "kp-text",
        f"{drift(ctx, 212, 40)} passers-by counted in the last hour by the sensor at the Asan crossing.",
        FOOTFALL,
        lead=f"Asan footfall counter ({ampm(t)}):",
    )
    joke = bp("kp-text", tx[JOKE], JOKE, lead="Reader's joke:")
    convo = bp(
        "kp-text",
        "English-Nepali conversation café at the Patan Dhoka library, Saturdays from 2 pm to 4 pm; all levels welcome, tea on the house.",
        CONVO,
    )
    tools = bp(
        "kp-text",
        "The Jhamsikhel tool library lends drills, ladders and sewing machines free to members, Sunday to Friday from 10 am to 5 pm.",
        TOOLS,
    )
    read = bpa("kp-text", "Also Read:", tx[READ], "/valley/", READ)
    promo = bp("kp-text", tx[PROMO], PROMO, lead="Sponsored |")
    news = bp(
        "kp-text",
        "Get the Post's morning briefing in your inbox: the day's top stories from the valley and beyond, free every morning at 6.",
        NEWS,
    )
    paras = [f'<p class="kp-text">{e(p)}</p>' for p in body]
    units = paras[:3] + [b.html for b in shown] + paras[3:] + [corr.html]
    k = len(units)
    nb = len(shown)
    story = weave(
        ctx,
        units,
        [
            (steps, list(range(3, 4 + nb)), 0.85),
            (meals, list(range(3, 4 + nb)), 0.8),
            (tick, [3, 4, 3 + nb], 0.8),
            (fridge, list(range(3, 4 + nb)), 0.75),
            (footfall, [1, 2, 5 + nb, k], 0.75),
            (joke, [2, 4 + nb, k - 1], 0.8),
            (convo, [1, 6 + nb, k], 0.7),
            (tools, [2, 5 + nb, k], 0.7),
            (read, [1, 2, 4 + nb, 5 + nb], 0.8),
            (promo, [3 + nb, k - 1, k], 0.7),
            (news, [k - 1, k], 0.75),
        ],
    )
    main = f"""<div class="kp-wrapper">
<main class="kp-main">
<article class="kp-article">
<h4 class="kp-article__section"><a href="/valley">Valley</a></h4>
<h1>{e(headline)}</h1>
<span class="kp-article__sub">At least 60 stalls destroyed; traffic diverted through Teku and Tripureshwor as firefighters battle the blaze through the night.</span>
<div class="kp-article__meta"><span class="kp-author">Post Report</span>
<div class="kp-updated-time"><p>Published at : December 6, 2026</p><p>Updated at : {e(stamp(modified))}</p></div></div>
<figure class="kp-figure"><img src="/uploads/2026/12/kalimati-fire.jpg" alt="" loading="lazy"><figcaption>Firefighters at the Kalimati market on Sunday night. Post Photo: Angad Dhakal</figcaption></figure>
<section class="kp-story" id="kp-story">
{story}
</section>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="kp",
        brand="The Kathmandu Post",
        url=url,
        title=f"{headline} - The Kathmandu Post",
        sections=["National", "Valley", "Politics", "Money", "World", "Sports", "Opinion"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Kantipur Publications Pvt. Ltd.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Post Report",
                    publisher=org("The Kathmandu Post", "https://kathmandupost.com"),
                    lang="en",
                    section="Valley",
                )
            )
        ],
        main=main,
        body_cls="kp article-page",
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Royal Gazette (Hamilton, Bermuda, -04:00; the fetches run from 6pm to 7pm on Sunday 6
# December), WordPress-like. A bold "Clarification (December 6, 2026):" with a full date and no
# clock in a box above the body; `<h3>` headings with the clock first, "3.05pm update", + a
# paragraph after the story, oldest first, in the `<h3>` the story also uses for its subhead; a
# bold "Disclosure:" at the bottom (`editors_note`).


def royalgazette(ctx: Ctx) -> Render:
    url = "https://www.royalgazette.com/weather/news/article/20261206/storm-knocks-out-power-causeway-closed-ferries-cancelled/"
    headline = "Storm knocks out power to thousands as Causeway closed and ferries cancelled"
    published = at(AST, 6, 11, 45)
    town, street = "Hamilton", "Front Street"
    body = [
        "A fast-moving winter storm swept across Bermuda on Sunday, knocking out power to more than 9,000 homes and forcing the closure of the Causeway for most of the afternoon.",
        "The Bermuda Weather Service recorded sustained winds of 52 knots at the airport, with gusts of up to 68 knots on the East End just after 1pm.",
        "Belco said crews were working to restore electricity in Smith's, Devonshire and Hamilton Parish, where several poles had been brought down by falling casuarinas.",
        "“The whole roof of the shed lifted and landed in the neighbour's garden,” said Lorraine Outerbridge, who lives on Harrington Sound Road.",
        "Ferry services",
        "The Department of Marine and Ports cancelled all ferry sailings for the rest of the day, including the Dockyard and St George's routes.",
        "Police asked motorists to stay off the roads unless their journey was essential, and the Bermuda Regiment was placed on standby.",
        "The storm is expected to move away to the northeast overnight, with winds easing by Monday morning.",
    ]
    body_paras = body[:4] + body[5:]
    clar = DateBlock(
        "clarification",
        "Clarification (December 6, 2026)",
        None,
        None,
        [
            "The wind speeds in this article are sustained speeds and gusts measured in knots, not miles per hour, as an earlier headline suggested."
        ],
        day=date(2026, 12, 6),
    )
    clar.html = (
        '<div class="rg-notice"><p class="rg-text"><strong>Clarification (December 6, 2026):</strong> '
        f"{e(clar.paras[0])}</p></div>"
    )

    def label(dt: datetime) -> str:
        return f"{pm(dt)} update"

    specs = [
        (
            15,
            5,
            "The Causeway has been closed in both directions after waves began washing over the roadway near Blue Hole Park.",
        ),
        (
            16,
            40,
            "Belco now says 6,300 customers remain without power. Crews have been pulled back from the East End until the wind drops.",
        ),
    ]
    notes = [
        Block("update", label(at(AST, 6, h, m)), at(AST, 6, h, m), None, [t]) for h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(AST, 6, 18, 54)),
        at(AST, 6, 18, 54),
        None,
        [
            "The Causeway has reopened to traffic in both directions, police say, though drivers are urged to take care because of debris."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def heading(text: str) -> str:
        return f'<h3 class="rg-h3">{e(text)}</h3>'

    for b in shown:
        assert b.label
        b.html = heading(b.label) + f'\n<p class="rg-text">{e(b.paras[0])}</p>'
    disc = Block(
        "editors_note",
        "Disclosure",
        None,
        None,
        [
            "The Royal Gazette's printing press is on the same site as a Belco substation and was without power for two hours on Sunday."
        ],
    )
    disc.html = f'<p class="rg-text"><strong>Disclosure:</strong> {e(disc.paras[0])}</p>'
    modified = shown[-1].ts or published
    tx = _texts(ctx, town, street)

    def headed(title: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        mark = f"{pm(t)} {title}"
        return post(heading(mark) + f'\n<p class="rg-text">{e(text)}</p>', [text], kind, [mark])

    fridge = headed(
        "fridge count",
        f"The community fridge outside the Hamilton Seventh-day Adventist church has {fall(ctx, 146, 4, 3)} items left on its shelves; donations of milk are most needed.",
        FRIDGE,
        1,
        12,
    )
    steps = headed(
        "step challenge",
        f"Walkers in the End-to-End step challenge have logged {num(rise(ctx, 9730, 6, 4), ',')} km between them since Monday.",
        STEPS,
        2,
        14,
    )
    meals = headed(
        "meals count",
        f"Volunteers at the Salvation Army's Sunday supper in North Street have served {rise(ctx, 212, 4, 3)} hot meals so far tonight.",
        MEALS,
        3,
        16,
    )
    joke = bp("rg-text", tx[JOKE], JOKE, lead="Groaner of the day:")
    wish = bp("rg-text", tx[WISH], WISH, lead="Dear Santa:")
    swap = bp(
        "rg-text",
        "Clothes swap at the Bermuda National Library, last Saturday of every month, 9am to noon. Bring up to ten clean items and take home as many.",
        SWAP,
    )
    mayor = bp(
        "rg-text",
        "The Mayor of Hamilton will light the City Hall Christmas tree on Tuesday at 6pm and hold her open surgery at City Hall on Wednesday from 10am.",
        MAYOR,
    )
    read = bpa("rg-text", "Related story:", tx[READ], "/news/", READ)
    promo = bp("rg-text", tx[PROMO], PROMO, lead="Paid content:", tag="em")
    news = bp(
        "rg-text",
        "Sign up for the Gazette's free Daily Briefing and get Bermuda's top stories in your inbox every weekday morning.",
        NEWS,
    )
    t = ctx.ago(1, 20)
    tick = bp("rg-text", tx[TICKER], TICKER, lead=f"Breaking ({pm(t)}):")
    units = [clar.html] + [f'<p class="rg-text">{e(p)}</p>' for p in body[:4]]
    units += [heading(body[4])] + [f'<p class="rg-text">{e(p)}</p>' for p in body[5:]]
    end_story = len(units)
    units += [b.html for b in shown] + [disc.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fridge, list(range(end_story, k + 1)), 0.85),
            (steps, [end_story, end_story + 1, k - 1], 0.8),
            (meals, [end_story, end_story + 1, end_story + 2], 0.75),
            (joke, [2, 4, 6], 0.8),
            (wish, [3, 7, k], 0.75),
            (swap, [1, 5, k], 0.7),
            (mayor, [2, 6, k], 0.7),
            (read, [2, 3, 7], 0.8),
            (promo, [0, 4, k], 0.7),
            (news, [end_story - 1, k], 0.75),
            (tick, [1, 6, end_story], 0.8),
        ],
    )
    main = f"""<div id="page" class="site">
<main id="main" class="rg-main">
<article class="rg-article post-{len(url) * 7}">
<div class="rg-article__cat"><a href="/weather/">Weather</a></div>
<h1 class="rg-article__title entry-title">{e(headline)}</h1>
<div class="rg-article__meta"><span class="rg-byline">By Jonathan Bell and Sékou Hendrickson</span>
<span class="rg-date">Published Dec 6, 2026 at 11:45 am (Updated Dec 6, 2026 at {e(pm(modified).replace("pm", " pm").replace("am", " am"))})</span></div>
<figure class="rg-figure wp-caption"><img src="/wp-content/uploads/2026/12/causeway-waves.jpg" alt="" loading="lazy"><figcaption class="wp-caption-text">Waves over the Causeway on Sunday afternoon (Photograph by Akil Simmons)</figcaption></figure>
<div class="rg-article__body entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-BM",
        prefix="rg",
        brand="The Royal Gazette",
        url=url,
        title=f"{headline} | The Royal Gazette: Bermuda News",
        sections=["News", "Business", "Sport", "Lifestyle", "Opinion", "Obituaries"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 The Royal Gazette Ltd.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Jonathan Bell",
                    publisher=org("The Royal Gazette", "https://www.royalgazette.com"),
                    lang="en",
                    section="Weather",
                )
            )
        ],
        main=main,
        body_cls="rg single-post",
        cms="wp",
    )
    return Render(html, body_paras, [clar, *shown, disc], genuine, modified)


# ---------------------------------------------------------------------------------------------
# InDaily (Adelaide, +10:30; the fetches run from 8.30am to 9.30am on Monday 7 December),
# custom, live, newest first: `<article>` entries with an `<h2>` (two without), paragraphs and,
# at the END, a `<footer>` "Posted <time>8.12am</time>" (the clock comes after the text); the
# JSON-LD `@graph` holds a `WebPage`, a `LiveBlogPosting` whose `liveBlogUpdate` only references
# the entries by `@id`, and one `BlogPosting` node per entry.


def indaily(ctx: Ctx) -> Render:
    url = "https://www.indaily.com.au/news/2026/12/07/live-heatwave-blackouts-adelaide-hills-trains-cancelled"
    headline = (
        "Live: Heatwave blackouts across Adelaide Hills as trains cancelled and fire bans declared"
    )
    published = at(ACDT, 7, 5, 30)
    town, street = "Adelaide", "Rundle Mall"
    body = [
        "Thousands of homes in the Adelaide Hills are without power on Monday morning after a night of 34-degree heat, with SA Power Networks cutting supply to lower the bushfire risk.",
        "A total fire ban is in place for the Mount Lofty Ranges and the Adelaide Metropolitan district. Follow the morning's developments below.",
    ]

    def clock(dt: datetime) -> str:
        return pm(dt)

    specs = [
        (
            8,
            24,
            "Seaford line replaced by buses",
            [
                "Adelaide Metro says trains on the Seaford line are cancelled until at least midday because of a heat-related signal fault at Brighton."
            ],
        ),
        (
            7,
            55,
            None,
            [
                "SA Power Networks says 23,400 customers are now without power, most of them around Stirling, Aldgate and Mount Barker."
            ],
        ),
        (
            7,
            20,
            "Schools open, but outdoor sport called off",
            [
                "The Education Department says schools in the Hills will stay open, but all outdoor sport and excursions are cancelled today.",
                "Parents of children at Bridgewater Primary have been asked to collect them by 1pm because the school has no power.",
            ],
        ),
        (
            6,
            40,
            "Fire ban declared",
            [
                "The CFS has declared a total fire ban for the Mount Lofty Ranges, with a forecast top of 41 degrees at Mount Barker."
            ],
        ),
        (
            6,
            10,
            None,
            [
                "The temperature at Kent Town did not fall below 31 degrees overnight, the Bureau of Meteorology says, the warmest December night in eight years."
            ],
        ),
        (
            5,
            45,
            "Power cut to lower bushfire risk",
            [
                "SA Power Networks began switching off supply to about 18,000 homes in the Hills at 5am under its public safety power shutdown plan."
            ],
        ),
    ]
    entries = [
        Block("live_entry", clock(at(ACDT, 7, h, m)), at(ACDT, 7, h, m), hd, ps)
        for h, m, hd, ps in specs
    ]
    genuine = Block(
        "live_entry",
        clock(at(ACDT, 7, 9, 24)),
        at(ACDT, 7, 9, 24),
        "Power back for Stirling",
        [
            "SA Power Networks has restored supply to about 4,000 homes around Stirling and Crafers, but warns more shutdowns are possible this afternoon."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries

    def art(b_clock: str, iso: str, head: str | None, paras: list[str], anchor: str) -> str:
        hd = f'<h2 class="id-live__title">{e(head)}</h2>' if head else ""
        ps = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<article class="id-live__entry" id="{anchor}">{hd}<div class="id-live__text">{ps}</div>'
            f'<footer class="id-live__posted">Posted <time datetime="{iso}">{e(b_clock)}</time></footer></article>'
        )

    for b in shown:
        assert b.ts
        b.html = art(b.label or "", b.ts.isoformat(), b.head, b.paras, f"post-{b.ts:%H%M}")
    modified = max(b.ts for b in shown if b.ts)
    tx = _texts(ctx, town, street)

    def fake(title: str | None, text: str, kind: str, lo: int = 1, hi: int = 22) -> W:
        t = ctx.ago(lo, hi)
        lines = ([title] if title else []) + [text]
        html = art(clock(t), t.isoformat(), title, [text], f"post-{t:%H%M}x")
        return post(html, lines, kind, [f"Posted {clock(t)}"])

    acts = turn(
        ctx,
        [
            "the Norwood Primary choir, singing carols in the shade of the Rundle Mall balls",
            "a brass quartet from the Salvation Army Adelaide Congress",
            "the Elder Conservatorium string students, playing in the Adelaide Arcade entrance",
            "a ukulele group from the Unley community centre, with Christmas songs",
            "the Marryatville High School jazz band, on the Gawler Place stage",
        ],
        "stage",
    )
    stage = fake(None, f"On the Rundle Mall stage right now: {acts}.", STAGE)
    footfall = fake(
        "Rundle Mall counter",
        f"The mall's pedestrian counters logged {num(drift(ctx, 3120, 380), ',')} people in the last hour, despite the heat.",
        FOOTFALL,
    )
    steps = fake(
        "Step challenge update",
        f"Walkers in the Heart Foundation's December step challenge have covered {num(rise(ctx, 41260, 12, 6), ',')} km so far.",
        STEPS,
    )
    tick = fake("Elsewhere on InDaily", tx[TICKER], TICKER)
    promo = fake("From our sponsors", tx[PROMO], PROMO)
    units = [b.html for b in shown]
    n = len(units)
    feed = weave(
        ctx,
        units,
        [
            (stage, list(range(0, n + 1)), 0.85),
            (footfall, list(range(1, n + 1)), 0.8),
            (steps, [0, 2, 3, n], 0.8),
            (tick, [1, 3, 5, n], 0.8),
            (promo, [2, 4, n], 0.7),
        ],
    )
    read = bpa("id-live__intro-text", "Read more:", tx[READ], "/news/", READ)
    news = bp(
        "id-live__intro-text",
        "Get InDaily's free morning newsletter, with Adelaide's independent news, in your inbox at 6am every weekday.",
        NEWS,
    )
    convo = bp(
        "id-live__intro-text",
        "Conversation café for new arrivals practising English: Thursdays at 10am at the Hindmarsh library, with volunteers and free biscuits.",
        CONVO,
    )
    joke = bp("id-live__intro-text", tx[JOKE], JOKE, lead="Reader's joke:")
    wish = bp("id-live__intro-text", tx[WISH], WISH, lead="From the Santa letterbox:")
    intro = weave(
        ctx,
        [f'<p class="id-live__intro-text">{e(p)}</p>' for p in body],
        [
            (read, [0, 1, 2], 0.8),
            (news, [1, 2], 0.8),
            (convo, [0, 2], 0.7),
            (joke, [1, 2], 0.75),
            (wish, [0, 1, 2], 0.75),
        ],
    )
    publisher = org("InDaily", "https://www.indaily.com.au")
    nodes = [
        {
            "@type": "BlogPosting",
            "@id": f"{url}#post-{b.ts:%H%M}",
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "datePublished": b.ts.isoformat(),
            "articleBody": " ".join(b.paras),
        }
        for b in shown
        if b.ts
    ]
    live = {
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "headline": headline,
        "url": url,
        "inLanguage": "en-AU",
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": publisher,
        "isPartOf": {"@id": url},
        "liveBlogUpdate": [{"@id": x["@id"]} for x in nodes],
    }
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": headline}
    main = f"""<div class="id-site">
<main class="id-main">
<article class="id-article id-article--live">
<header class="id-article__header">
<span class="id-live-badge">Live</span>
<h1 class="id-article__title">{e(headline)}</h1>
<p class="id-article__byline">InDaily staff</p>
<p class="id-article__date">Updated {e(clock(modified))}, Monday December 7, 2026</p>
</header>
<div class="id-live__intro">
{intro}
</div>
{ad_slot("id-ad", "Advertisement", "id-mrec-1")}
<section class="id-live__feed">
{feed}
</section>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-AU",
        prefix="id",
        brand="InDaily",
        url=url,
        title=f"{headline} | InDaily",
        sections=["News", "Business", "Politics", "Opinion", "Arts", "Food"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 Solstice Media Pty Ltd.",
        jsonld=[{"@context": "https://schema.org", "@graph": [webpage, live, *nodes]}],
        main=main,
        body_cls="id live-article",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "kathmandupost-fire-guts-kalimati-vegetable-market-kalanki-road-closed-overnight",
        "The Kathmandu Post (NP)",
        "en",
        "updates",
        NPT,
        kathmandupost,
    ),
    Site(
        "royalgazette-storm-knocks-out-power-causeway-closed-ferries-cancelled",
        "The Royal Gazette (BM)",
        "en",
        "updates",
        AST,
        royalgazette,
    ),
    Site(
        "indaily-live-heatwave-blackouts-adelaide-hills-seaford-line-trains-cancelled",
        "InDaily (AU)",
        "en",
        "live",
        ACDT,
        indaily,
    ),
]
