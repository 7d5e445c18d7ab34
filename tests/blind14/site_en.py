"""English-language publishers: Liverpool Echo, Milwaukee Journal Sentinel, The Age."""

from __future__ import annotations

from fx import am_pm, bl, bp, graph, hm, ld, num, one, us
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
    pick,
    shell,
    weave,
)

UK = 0
MKE = -6
MEL = 11

_EN_SUBS = [
    "Crime",
    "Traffic",
    "Weather",
    "Politics",
    "Schools",
    "Health",
    "Business",
    "Property",
    "Courts",
    "Transport",
    "Opinion",
    "Obituaries",
]

# ---------------------------------------------------------------------------------------------
# Liverpool Echo (+00:00), live, newest first, <article> posts, @graph JSON-LD


def echo(ctx: Ctx) -> Render:
    url = (
        "https://www.liverpoolecho.co.uk/news/liverpool-news/live-liverpool-one-power-cut-31047712"
    )
    headline = "LIVE: Liverpool ONE power cut as shoppers evacuated from Paradise Street"
    published = at(UK, 6, 16, 5)
    body = [
        "Thousands of Christmas shoppers were led out of Liverpool ONE on Sunday afternoon after a power cut plunged shops along Paradise Street and Peter's Lane into darkness.",
        "Scottish Power says a fault at a substation beneath Chavasse Park is to blame. We will bring you the latest updates here as we get them.",
    ]
    specs = [
        (
            16,
            12,
            "Shops plunged into darkness",
            "Shoppers describe lights going out across the John Lewis end of the centre just after 4pm, with escalators stopping mid-journey.",
        ),
        (
            16,
            40,
            "Centre evacuated through Hanover Street exits",
            "Security staff are guiding people out onto Hanover Street. Merseyside Police say there are no reports of injuries.",
        ),
        (
            17,
            25,
            None,
            "Merseyrail says Liverpool Central is unaffected and trains are running normally, although the Church Street entrance has been shut as a precaution.",
        ),
        (
            18,
            30,
            "Scottish Power engineers at the substation",
            "A spokesperson said engineers had traced the fault to an 11,000-volt substation under Chavasse Park and expected repairs to take several hours.",
        ),
        (
            20,
            5,
            "Car park barriers lifted",
            "Operators of the Liverpool ONE car park have lifted the exit barriers so drivers can leave without paying, after the ticket machines lost power.",
        ),
        (
            21,
            47,
            "Most shops to stay shut on Monday morning",
            "Centre management say stores on Paradise Street and on the leisure terrace will not open before midday on Monday.",
        ),
    ]
    entries = [
        Block("live_entry", hm(at(UK, 6, h, m)), at(UK, 6, h, m), hd, [t]) for h, m, hd, t in specs
    ]
    genuine = Block(
        "live_entry",
        "22:54",
        at(UK, 6, 22, 54),
        "Power restored to Paradise Street",
        [
            "Scottish Power says supplies were switched back on at 10.50pm. Engineers will stay at the Chavasse Park substation overnight to monitor the repair."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + entries[::-1]
    for b in shown:
        hd = f'<h2 class="live-event__title">{e(b.head)}</h2>' if b.head else ""
        b.html = (
            f'<article class="live-event" id="post-{b.ts.strftime("%H%M") if b.ts else ""}">'
            f'<div class="live-event__meta"><time class="live-event__time" datetime="{b.ts.isoformat() if b.ts else ""}">{e(b.label or "")}</time>'
            f'<span class="live-event__author">Liam Thorpe</span></div>{hd}'
            f'<div class="live-event__body"><p>{e(b.paras[0])}</p></div></article>'
        )
    modified = shown[0].ts or published

    # furniture in the post markup, with its own clock
    def fake_post(title: str, text: str, kind: str, extra_cls: str = "") -> W:
        t = ctx.ago(1, 25)
        return W(
            f'<article class="live-event{extra_cls}"><div class="live-event__meta"><time class="live-event__time" datetime="{t.isoformat()}">{hm(t)}</time>'
            f'<span class="live-event__author">ECHO</span></div><h2 class="live-event__title">{e(title)}</h2>'
            f'<div class="live-event__body"><p>{e(text)}</p></div></article>',
            [title, text],
            kind,
        )

    members = 18400 + ctx.n * 37 + ctx.rng.randint(0, 30)
    whatsapp = fake_post(
        one(
            ctx,
            [
                "Get updates on WhatsApp",
                "Follow the ECHO on WhatsApp",
                "Join our WhatsApp community",
            ],
        ),
        f"More than {num(members, ',')} readers get breaking news from Liverpool city centre straight to their phone. Tap the link to join our WhatsApp community for free.",
        "share or follow on WhatsApp call",
    )
    wk = ctx.rng.choice(["Tuesday", "Wednesday"])
    bins = fake_post(
        one(ctx, ["Bin collections in L1 moved", "City centre bin collections"]),
        f"Liverpool City Council says commercial bin collections for Paradise Street, Lord Street and Church Street will now take place on {wk} morning.",
        "municipal waste-collection change",
        one(ctx, ["", " live-event--service"]),
    )
    sponsor_line = "This live blog is presented by " + one(
        ctx, ["Merseyside Home Heating", "Anfield Road Motors", "Wirral Kitchens & Bathrooms"]
    )
    sponsor = W(
        f'<p class="live-blog__sponsor">{e(sponsor_line)} · <span>Ad</span></p>',
        [sponsor_line],
        "sponsored presented-by line",
    )
    hours = [
        "Paradise Street stores are open 9am to 8pm Monday to Saturday and 10am to 5pm on Sunday until Christmas.",
        "Christmas opening hours on Lord Street and Church Street: 9am to 7pm every weekday, late night Thursday until 9pm.",
        "Peter's Lane boutiques are open 10am to 8pm every day in December, with extended hours on 23 December.",
        "Liverpool ONE Christmas opening hours: most shops 9am to 8pm, Sundays 10am to 5pm, Boxing Day from 9am.",
    ]
    open_hours = bp("", one(ctx, hours), "shop opening hours on the story's street")
    minutes = 3 + (ctx.n + ctx.rng.randint(0, 1)) // 2
    listen = bp(
        "live-blog__listen",
        f"Listen to this live blog — {minutes} min {ctx.rng.randint(5, 55)} sec, read by an AI voice",
        "listen-to-this-article audio line with duration",
    )
    recommend = bp(
        "",
        f"{num(620 + ctx.n * 41 + ctx.rng.randint(0, 20), ',')} readers recommend this live blog",
        "readers-recommend count",
    )
    topics = [
        "Liverpool ONE",
        "Paradise Street",
        "Scottish Power",
        "Power cuts",
        "Merseyrail",
        "Christmas shopping",
    ]
    tags = bp(
        "",
        "More on: " + " · ".join(pick(ctx, topics, 4)),
        "related-topic tag line or list in the body's list style",
    )

    intro = weave(
        ctx,
        [f"<p>{e(p)}</p>" for p in body],
        [(open_hours, [1, 2], 0.75), (recommend, [2], 0.6)],
    )
    units = [b.html for b in shown]
    feed = weave(
        ctx,
        units,
        [
            (whatsapp, list(range(0, len(units) + 1)), 0.85),
            (bins, list(range(1, len(units))), 0.8),
            (tags, [len(units)], 0.7),
        ],
    )
    live = live_posting(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        start=published,
        publisher=org("Liverpool Echo", "https://www.liverpoolecho.co.uk"),
        entries=shown,
        lang="en-GB",
    )
    article = news_article(
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        author="Liam Thorpe",
        publisher=org("Liverpool Echo", "https://www.liverpoolecho.co.uk"),
        lang="en-GB",
        section="Liverpool News",
    )
    main = f"""<main class="article-page">
<article class="article live-blog">
<header class="article__header"><p class="article__kicker">Liverpool News</p>
<h1 class="article__headline">{e(headline)}</h1>
<p class="article__standfirst">Paradise Street and Peter's Lane shops closed as engineers work on a substation fault</p>
<div class="article__byline"><a href="/authors/liam-thorpe/">Liam Thorpe</a> Live reporter · <time datetime="{published.isoformat()}">16:05, 6 DEC 2026</time> · Updated <time datetime="{modified.isoformat()}">{hm(modified)}, 6 DEC 2026</time></div>
<figure class="article__lead-image"><img src="/incoming/article31047712.ece/paradise-street.jpg" alt="Shoppers on Paradise Street"><figcaption>Shoppers leave Liverpool ONE after the lights went out (Image: Liverpool Echo)</figcaption></figure>
</header>
{ctx.maybe(sponsor, 0.7)}
{ctx.maybe(listen, 0.8)}
<div class="article-body live-blog__intro">
{intro}
</div>
{ad_slot("echo-ad", "Advertisement", "mpu-1")}
<div class="live-blog__feed">
{feed}
</div>
</article>
</main>"""
    html = shell(
        ctx,
        lang="en-GB",
        title=f"{headline} - Liverpool Echo",
        canonical=url,
        prefix="echo",
        body_cls="article-live theme-echo",
        jsonld=[graph(article, live)],
        nav=mega_nav(
            "echo",
            "Liverpool Echo",
            "/",
            ["News", "Liverpool FC", "Everton", "Whats On", "Property", "Jobs"],
            _EN_SUBS,
        ),
        main=main,
        footer=big_footer(
            "echo",
            {
                "Liverpool Echo": [
                    "Contact us",
                    "Advertise with us",
                    "Newsletters",
                    "Local Notices",
                ],
                "Legal": [
                    "Privacy notice",
                    "Terms and conditions",
                    "Corrections and clarifications",
                    "Cookie settings",
                ],
            },
            "© 2026 a Reach plc subsidiary",
        ),
    )
    return Render(html, body, shown, genuine, modified)


# ---------------------------------------------------------------------------------------------
# Milwaukee Journal Sentinel (-06:00), updates: "UPDATE, 3:40 p.m.:" bold leads at the top


def jsonline(ctx: Ctx) -> Render:
    url = "https://www.jsonline.com/story/news/local/milwaukee/2026/12/06/hoan-bridge-closed-steel-plate-falls-lincoln-memorial-drive/87243115007/"
    headline = "Steel plate falls from Hoan Bridge onto Lincoln Memorial Drive; bridge closed in both directions"
    published = at(MKE, 6, 12, 35)
    body = [
        "A steel plate the size of a kitchen table fell from the underside of the Hoan Bridge onto Lincoln Memorial Drive late Sunday morning, missing a passing car by a few feet and prompting state officials to close the bridge in both directions.",
        "The plate, which the Wisconsin Department of Transportation said weighs about 300 pounds, landed in the northbound lanes near the Summerfest grounds shortly after 11:15 a.m., Milwaukee police said.",
        '"It hit the road right in front of me, and the whole car shook," said Dana Kowalczyk of Bay View, who was driving to a brunch downtown. "I thought a truck had dropped something from the bridge."',
        "No one was hurt. Police closed Lincoln Memorial Drive between Michigan Street and the Hoan's north ramps while inspectors with a bucket truck examined the deck above.",
        "DOT spokesperson Mark Ebert said the plate appeared to be part of a drainage cover bolted beneath an expansion joint. Inspectors were checking similar covers along the rest of the span, he said.",
        "The closure sent traffic headed for Bay View and the south shore onto Kinnickinnic Avenue and First Street, where backups stretched for more than a mile through the early afternoon.",
        "The Hoan, which carries I-794 over the Milwaukee River harbor, was last inspected in August. It was rehabilitated in 2015 after a crack in a girder closed it for months in 2000.",
    ]
    notes = [
        Block(
            "update",
            "UPDATE, 3:40 p.m.",
            at(MKE, 6, 15, 40),
            None,
            [
                "Lincoln Memorial Drive has reopened beneath the bridge. The Hoan itself remains closed while inspectors finish checking the drainage covers."
            ],
        ),
        Block(
            "update",
            "UPDATE, 2:05 p.m.",
            at(MKE, 6, 14, 5),
            None,
            [
                "Milwaukee County Transit System says the Green Line and Route 15 buses are being detoured off the bridge onto Kinnickinnic Avenue until further notice."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "UPDATE, 4:53 p.m.",
        at(MKE, 6, 16, 53),
        None,
        [
            "The DOT says the southbound lanes of the Hoan will reopen Monday morning at 5 a.m. The northbound side will stay closed for repairs to two more loose covers."
        ],
    )
    corr = Block(
        "correction",
        "Correction",
        None,
        None,
        [
            "An earlier version of this story gave the wrong year for the girder crack that closed the bridge. It was 2000."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="gnt_ar_b_p"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    corr.html = (
        f'<p class="gnt_ar_b_p"><em><strong>Correction:</strong> {e(corr.paras[0])}</em></p>'
    )
    modified = shown[0].ts or published

    stamp = us(ctx.ago(2, 40))
    bins = bp(
        "gnt_ar_b_p",
        one(
            ctx,
            [
                f"Milwaukee DPW says Monday garbage and recycling pickup in Bay View will run one day late while Lincoln Memorial Drive traffic is detoured (updated {stamp}).",
                f"Bay View and Tippecanoe residents: DPW has moved this week's garbage and recycling collection from Monday to Tuesday. Updated {stamp}.",
                f"City garbage trucks serving the south shore will collect a day late this week, the Department of Public Works said at {stamp}.",
            ],
        ),
        "municipal waste-collection change",
        lead=one(ctx, ["Info:", "Service note:"]),
    )
    col = bp(
        "gnt_ar_b_p",
        one(
            ctx,
            [
                "Every Monday, our transportation columnist answers your questions about Milwaukee roads. This week: why expansion joints on the Hoan rattle in cold weather.",
                "Ask the Road Guy, every Monday: why does the Hoan sway in high wind, and who checks it? Send your question for this week's column.",
                "In Monday's Road Guy column: the history of the bridge to nowhere, and how the Hoan finally got its ramps in 1977.",
            ],
        ),
        "weekly column teaser",
        lead="Coming Monday:",
    )
    photo_idx = ctx.rng.randint(1, 14)
    captions = [
        "Inspectors in a bucket truck look at the underside of the bridge.",
        "Traffic backs up on Kinnickinnic Avenue near Lincoln Avenue.",
        "A Milwaukee police squad blocks Lincoln Memorial Drive at Michigan Street.",
        "The Hoan Bridge seen from the lakefront near Discovery World.",
        "A bus on the Green Line detour through Bay View.",
    ]
    gallery_line = f"Photo {photo_idx} of 14: {one(ctx, captions)}"
    gallery = W(
        f'<figure class="gnt_em_gl"><img src="/gcdn/presto/2026/12/06/PMJS/hoan-{photo_idx}.jpg" alt=""><figcaption class="gnt_em_gl_c">{e(gallery_line)}</figcaption><button class="gnt_em_gl_next">Next</button></figure>',
        [gallery_line],
        "photo-gallery counter with rotating caption",
    )
    rec = bp(
        "gnt_ar_b_p",
        f"{num(380 + ctx.n * 29 + ctx.rng.randint(0, 15), ',')} readers recommend this story",
        "readers-recommend count",
    )
    voice = one(
        ctx,
        [
            "Listen to this article, 5:42",
            "Listen to this article · 5 min 42 sec",
            "Audio version: 5:42 · AI voice",
        ],
    )
    listen = W(
        f'<div class="gnt_ar_audio"><button class="gnt_ar_audio_btn"><svg><use href="#i-play"/></svg></button><span class="gnt_ar_audio_t">{e(voice)}</span></div>',
        [voice],
        "listen-to-this-article audio line with duration",
    )
    topics = [
        "Hoan Bridge news and updates",
        "Bay View traffic and transit",
        "I-794 construction and closures",
        "MCTS routes and bus detours",
        "Lakefront and Summerfest grounds",
    ]
    tags = bl(
        "gnt_ar_b_ul",
        "gnt_ar_b_li",
        pick(ctx, topics, 3),
        "related-topic tag line or list in the body's list style",
    )

    units = (
        [b.html for b in shown] + [f'<p class="gnt_ar_b_p">{e(p)}</p>' for p in body] + [corr.html]
    )
    k = len(units)
    n_notes = len(shown)
    story = weave(
        ctx,
        units,
        [
            (bins, list(range(1, n_notes + 1)) + list(range(n_notes + 2, k - 1)), 0.9),
            (col, list(range(n_notes + 3, k)), 0.7),
            (rec, list(range(n_notes + 2, k)), 0.6),
            (tags, [k - 1, k], 0.7),
        ],
    )
    main = f"""<main class="gnt_cw">
<article class="gnt_pr" data-c-vpattr="article">
<aside class="gnt_sb gnt_sb__loc">MILWAUKEE NEWS</aside>
<h1 class="gnt_ar_hl">{e(headline)}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/2648/ellen-brandt/">Ellen Brandt</a> <span class="gnt_ar_by_org">Milwaukee Journal Sentinel</span></div>
<div class="gnt_ar_dt" aria-label="Published: {e(us(published))} CT Dec. 6, 2026 Updated: {e(us(modified))} CT Dec. 6, 2026">Published {e(us(published))} CT Dec. 6, 2026 | Updated {e(us(modified))} CT Dec. 6, 2026</div>
{ctx.maybe(listen, 0.8)}
{ctx.maybe(gallery, 0.85)}
<div class="gnt_ar_b" aria-label="Article Body">
{story}
</div>
{ad_slot("gnt_em_ad", "Advertisement", "high_impact_1")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="en",
        title=f"{headline}",
        canonical=url,
        prefix="gnt",
        body_cls="gnt_pg gnt_pg__article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Ellen Brandt",
                    publisher=org("Milwaukee Journal Sentinel", "https://www.jsonline.com"),
                    lang="en",
                    section="Local",
                )
            )
        ],
        nav=mega_nav(
            "gnt",
            "Milwaukee Journal Sentinel",
            "/",
            ["News", "Sports", "Packers", "Bucks", "Entertainment", "Opinion"],
            _EN_SUBS,
        ),
        main=main,
        footer=big_footer(
            "gnt",
            {
                "About Us": [
                    "Staff Directory",
                    "Accessibility Support",
                    "Careers",
                    "Ethical Principles",
                ],
                "Contact Us": [
                    "Help Center",
                    "Manage Account",
                    "Report a correction",
                    "Licensing and Reprints",
                ],
            },
            "© 2026 www.jsonline.com. All rights reserved.",
        ),
    )
    return Render(html, body, [*shown, corr], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Age (+11:00), updates: boxes in the story after paragraph 2, oldest first; clarification


def age(ctx: Ctx) -> Render:
    url = "https://www.theage.com.au/national/victoria/burst-water-main-floods-swanston-street-trams-diverted-20261207-p5q8kz.html"
    headline = "Burst water main floods Swanston Street, trams diverted through the CBD"
    published = at(MEL, 7, 6, 10)
    body = [
        "A burst water main has flooded Swanston Street outside the State Library, forcing Yarra Trams to divert every route that runs through the CBD's busiest tram corridor during Monday's morning peak.",
        "Water began bubbling through the bitumen near La Trobe Street just before 5am, and within half an hour was running ankle-deep along the tram tracks towards Little Lonsdale Street, witnesses said.",
        "Greater Western Water said the 750-millimetre main, laid in the 1890s, had split along a joint. Crews isolated the pipe by 6.30am, but water pressure was reduced for properties between Elizabeth and Russell streets.",
        "Yarra Trams said routes 1, 3, 5, 6, 16, 64, 67 and 72 were being diverted via William Street and St Kilda Road, with replacement buses between Melbourne University and Flinders Street.",
        '"It looked like a river coming down past the library steps," said Thao Nguyen, who runs a coffee cart at the corner of La Trobe Street. "The trams just stopped where they were."',
        "The City of Melbourne closed Swanston Street to pedestrians between La Trobe and Little Lonsdale streets while engineers checked whether the water had undermined the road surface.",
    ]
    notes = [
        Block(
            "update",
            "Updated 7.20am",
            at(MEL, 7, 7, 20),
            None,
            [
                "Yarra Trams says the diversion will remain in place for the rest of the morning peak. Passengers are asked to allow an extra 30 minutes."
            ],
        ),
        Block(
            "update",
            "Updated 8.35am",
            at(MEL, 7, 8, 35),
            None,
            [
                "Greater Western Water says normal water pressure has been restored to most city buildings, but the State Library and two nearby towers are still on reduced supply."
            ],
        ),
    ]
    genuine = Block(
        "update",
        "Updated 9.53am",
        at(MEL, 7, 9, 53),
        None,
        [
            "Engineers have found a cavity under the northbound tram tracks. Swanston Street will stay closed to trams until at least Tuesday, the City of Melbourne says."
        ],
    )
    clar = Block(
        "clarification",
        "Clarification",
        None,
        None,
        [
            "This article has been updated to make clear that the burst main belongs to Greater Western Water; Melbourne Water manages only the bulk supply network."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])
    for b in shown:
        b.html = f'<div class="update-note" data-testid="update-note"><p class="update-note__title">{e(b.label or "")}</p><p class="update-note__text">{e(b.paras[0])}</p></div>'
    clar.html = f'<p class="_3b4oZ"><em>Clarification: {e(clar.paras[0])}</em></p>'
    modified = shown[-1].ts or published

    lang_name = one(ctx, ["Simplified Chinese", "Vietnamese", "Greek", "Traditional Chinese"])
    transl = W(
        f'<div class="update-note update-note--lang" data-testid="update-note"><p class="update-note__title">{e(one(ctx, ["Read in your language", "Also available"]))}</p>'
        f'<p class="update-note__text">This article is also available in {e(lang_name)}. Our translations are updated {e(one(ctx, ["each morning", "twice a day"]))}.</p></div>',
        [f"This article is also available in {lang_name}."],
        "also-available-in-another-language notice",
    )
    dl = ctx.local
    dateline = W(
        f'<p class="_masthead-date">Melbourne, Monday, December 7 · {e(am_pm(dl))} · {ctx.rng.randint(16, 19)}°</p>',
        [f"Melbourne, Monday, December 7 · {am_pm(dl)}"],
        "moving dateline with the render time",
    )
    hours = [
        "Christmas trading hours: Melbourne Central is open 10am to 9pm today, with entry from Swanston Street closed until further notice.",
        "Christmas trading hours: Emporium Melbourne opens at 10am, QV at 9am, and the Bourke Street Mall stores stay open until 9pm this week.",
        "Christmas trading hours for Swanston Street: most shops 9am to 9pm from today until Christmas Eve, QV Village from 10am.",
    ]
    shops = bp("_3b4oZ", one(ctx, hours), "shop opening hours on the story's street")
    letters = [
        '"Every summer the same Victorian-era pipes give way under our trams. When will the state fund a proper renewal program?" – Margaret, Brunswick',
        '"The city keeps telling us the water network is sound. Mornings like this one suggest otherwise." – Tom, Carlton North',
        '"Credit to the tram drivers who kept their cool in the flood this morning." – Priya, Coburg',
    ]
    letter = bp("_3b4oZ", one(ctx, letters), "reader-letter line", lead="Letter of the day:")
    age_rec = bp(
        "_3b4oZ",
        f"{num(730 + ctx.n * 31 + ctx.rng.randint(0, 20), ',')} readers recommend this article",
        "readers-recommend count",
    )
    shares = bp(
        "_3b4oZ",
        f"Shared {num(1100 + ctx.n * 53 + ctx.rng.randint(0, 40), ',')} times. Share this article on WhatsApp with friends who travel into the city.",
        "share or follow on WhatsApp call",
    )

    units = (
        [f'<p class="_3b4oZ">{e(p)}</p>' for p in body[:2]]
        + [b.html for b in shown]
        + [f'<p class="_3b4oZ">{e(p)}</p>' for p in body[2:]]
        + [clar.html]
    )
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (transl, list(range(2, 3 + len(shown))), 0.85),
            (shops, list(range(3 + len(shown), k)), 0.8),
            (letter, list(range(4 + len(shown), k)), 0.7),
            (shares, [k], 0.6),
            (age_rec, list(range(3, k + 1)), 0.6),
        ],
    )
    main = f"""<main id="content">
{ctx.maybe(dateline, 0.9)}
<article class="_2QmbG" data-testid="article">
<header><span class="_3ZQ4c">Victoria</span><h1 class="_3_EhJ" data-testid="headline">{e(headline)}</h1>
<p class="_2ONEa">Routes through the CBD's busiest tram corridor diverted during the morning peak.</p>
<div class="_3bWzU"><span>By Josh Kellerman</span> <time datetime="{published.isoformat()}">December 7, 2026 — 6.10am</time></div>
<figure><img src="/ffximage/2026/12/07/swanston-flood.jpg" alt=""><figcaption>Water pools on Swanston Street near the State Library. Photo: Eddie Jim</figcaption></figure>
</header>
<section class="_1665V" data-testid="body-content">
{story}
</section>
{ad_slot("_ad", "Advertisement", "mrec-2")}
</article>
</main>"""
    html = shell(
        ctx,
        lang="en-AU",
        title=f"{headline}",
        canonical=url,
        prefix="age",
        body_cls="theage article",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Josh Kellerman",
                    publisher=org("The Age", "https://www.theage.com.au"),
                    lang="en-AU",
                    section="Victoria",
                )
            )
        ],
        nav=mega_nav(
            "age",
            "The Age",
            "/",
            ["Melbourne", "Victoria", "National", "World", "Business", "Culture"],
            _EN_SUBS,
        ),
        main=main,
        footer=big_footer(
            "age",
            {
                "Products & Services": [
                    "Subscription packages",
                    "Today's Paper",
                    "Crosswords",
                    "Newsletters",
                ],
                "The Age": [
                    "Contact & support",
                    "Advertise with us",
                    "Corrections",
                    "Editorial Policies",
                ],
            },
            "Copyright © 2026",
        ),
    )
    return Render(html, body, [*shown, clar], genuine, modified)


SITES = [
    Site(
        "liverpoolecho-live-liverpool-one-power-cut-paradise-street-evacuated",
        "Liverpool Echo",
        "en",
        "live",
        UK,
        echo,
    ),
    Site(
        "jsonline-milwaukee-hoan-bridge-steel-plate-lincoln-memorial-drive-closed",
        "Milwaukee Journal Sentinel",
        "en",
        "updates",
        MKE,
        jsonline,
    ),
    Site(
        "theage-melbourne-swanston-street-water-main-burst-trams-diverted",
        "The Age",
        "en",
        "updates",
        MEL,
        age,
    ),
]
