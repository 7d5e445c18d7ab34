"""English pages: Chicago Tribune (US), TheJournal.ie (IE), News24 (ZA)."""

from __future__ import annotations

import fx
from kit import Block, Ctx, Site, esc, place, shell, stamp

# ---------------------------------------------------------------------------------------------
# Chicago Tribune: notes at the bottom, oldest first, each a bare "Updated at" line + a paragraph


def chicago() -> Site:
    off = -6
    slug = "chicagotribune-brown-line-signal-fire-merchandise-mart"
    body = [
        "Brown and Purple Line trains stopped running through the Loop for much of Sunday after a "
        "signal cable caught fire on the elevated structure just north of the Merchandise Mart "
        "station, the Chicago Transit Authority said.",
        "About 140 passengers were led off two stalled trains along the catwalk above Wells "
        "Street, a process that took nearly an hour in temperatures just below freezing, "
        "according to the Chicago Fire Department.",
        "Fire Department spokesperson Dolores Kaczmarek said crews reached the tracks with a tower "
        "ladder from Kinzie Street and put out the fire within 15 minutes. Two riders were treated "
        "for exposure to the cold at the scene and declined to go to a hospital, she said.",
        "Ridership on the North Side lines is usually lighter on Sundays, but the shutdown came as "
        "shoppers headed downtown for the holiday window displays on State Street.",
        "“We sat there for forty minutes watching the smoke drift past the windows,” said Teodoro "
        "Villanueva, 34, who had boarded at Armitage with his two daughters. “Nobody panicked, but "
        "the kids were cold by the time we got down.”",
        "CTA President Marisol Dunleavy said the cause of the fire was under investigation. The "
        "cable run that burned was installed in 2009 and was not on the agency's list of equipment "
        "due for replacement, she said.",
        "Shuttle buses were running between the Chicago and Clark/Lake stations, and riders were "
        "told to add at least 30 minutes to their trips.",
    ]
    note = Block(
        "editors_note",
        "Editor's note",
        None,
        (
            "A Tribune photographer was a passenger on one of the stalled trains and took several "
            "of the photographs that accompany this story.",
        ),
        zone="top",
    )
    first = Block(
        "update",
        "Updated at 1:23 p.m.",
        stamp(off, 13, 23),
        (
            "CTA spokesperson Gerald Okafor said crews had begun replacing about 200 feet of "
            "damaged cable and that trains would not stop at the Merchandise Mart before evening.",
        ),
        zone="bottom",
    )
    second = Block(
        "update",
        "Updated at 3:05 p.m.",
        stamp(off, 15, 5),
        (
            "Purple Line Express trains will end at Howard for the rest of the day, the CTA said. "
            "Brown Line trains are turning back at Chicago Avenue.",
        ),
        zone="bottom",
    )
    genuine = Block(
        "update",
        "Updated at 4:52 p.m.",
        stamp(off, 16, 52),
        (
            "Brown Line service through the Loop resumed shortly before 4:45 p.m., the CTA said, "
            "though trains were running at reduced speed past the Merchandise Mart.",
        ),
        zone="bottom",
    )

    alerts = [
        (11, 2, "O'Hare cancels 140 flights ahead of overnight snow"),
        (12, 40, "Cook County treasurer extends property tax deadline by two weeks"),
        (13, 55, "Man charged in Wicker Park jewelry store robbery"),
        (14, 48, "Evanston council votes to delay plastic bag fee until spring"),
        (15, 37, "Lincoln Park Zoo closes its holiday lights early because of wind"),
        (16, 14, "Snow emergency parking ban to start at 3 a.m. Monday on arterial streets"),
        (16, 41, "Aurora police identify driver in Route 59 hit-and-run"),
    ]
    terms = [
        "Interlocking: a set of signals and switches that keeps trains on crossing or merging "
        "tracks from being routed into each other.",
        "Third rail: the powered rail beside the running rails that feeds 600 volts to CTA "
        "trains; it stays live unless crews cut the power.",
        "Catwalk: the narrow walkway built alongside elevated tracks, used by crews and, in an "
        "emergency, by passengers leaving a stalled train.",
    ]
    reviews = [
        f"‘The Nutcracker’ at the Auditorium Theatre is brisk and joyful {fx.stars(4)}",
        f"Steppenwolf's ‘Winter Harbor’ is a slow burn that pays off {fx.stars(3)}",
        f"Avondale's new Georgian bakery is worth the line in the cold {fx.stars(5)}",
        f"Lyric Opera's ‘Hansel and Gretel’ charms but runs long {fx.stars(3)}",
    ]
    delivery = [
        "Because of snow expected overnight, some Monday print editions may arrive late in Lake "
        "and McHenry counties. Subscribers can read the full edition online from 4 a.m.",
        "Home delivery customers in the northern suburbs may get Monday's paper late because of "
        "the weather. The e-edition is available to all subscribers from 4 a.m.",
    ]
    most_read = [
        "Wrigleyville bar owners sue the city over new late-night rules",
        "A Pilsen taqueria's 50-year run ends with one last Sunday",
        "Naperville man wins $1 million on a scratch-off he bought for his wife",
        "Hyde Park's historic co-op grocery is up for sale",
        "Snow totals: how much fell across the Chicago area on Saturday",
        "Suburban school district will close three buildings next fall",
        "The 12 best holiday light displays in the suburbs, ranked",
        "Why a stretch of the Chicago River turned green in December",
    ]
    ads = [
        "Heated seats installed in any car from $349. Evanston Auto Comfort.",
        "Winter gutter cleaning: book before Dec. 15 and save 20 percent.",
        "Lakeview Smile Studio: free clear-aligner consultations this week.",
        "Downtown parking from $9 a night with the SpotLot app.",
    ]

    def render(ctx: Ctx) -> str:
        now = ctx.now
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown if b.moment())  # type: ignore[type-var]
        updated = f"December 6, 2026 at {fx.us_clock(latest)} CST"

        # inserts for the body and the notes
        inserts: list[str] = []
        if ctx.chance(0.8):
            n = fx.rising(ctx, 18412, 37)
            ctx.furn(
                "petition counter (rising through the evening)",
                f"A petition asking the CTA to add late-night Brown Line trains on weekends has "
                f"{fx.num(n, 'en')} signatures.",
            )
            inserts.append(
                '<aside class="civic-petition"><p class="civic-petition__kicker">Petition</p>'
                f'<p class="civic-petition__text">A petition asking the CTA to add late-night '
                f"Brown Line trains on weekends has {fx.num(n, 'en')} signatures.</p>"
                '<a class="civic-petition__cta" href="#">Sign</a></aside>'
            )
        if ctx.chance(0.75):
            inserts.append(
                fx.para_box(
                    ctx,
                    "glossary or explainer box (full sentences in the story's vocabulary)",
                    cls="glossary-card",
                    title="Transit terms",
                    paras=ctx.some(terms, 1, 2),
                )
            )
        if ctx.chance(0.8):
            sent = [a for a in alerts if (a[0], a[1]) <= (now.hour, now.minute)][-3:]
            rows = "".join(
                f'<li><span class="alert-time">{fx.us_clock(now.replace(hour=h, minute=m))}'
                f"</span> {esc(text)}</li>"
                for h, m, text in reversed(sent)
            )
            ctx.furn("push-alert history with clock times", *(t for _, _, t in sent))
            inserts.append(
                f'<div class="alerts-rail"><p class="alerts-rail__title">Tribune alerts today</p>'
                f"<ul>{rows}</ul></div>"
            )
        if ctx.chance(0.7):
            text = ctx.one(delivery)
            ctx.furn("print-delivery notice (full sentences)", text)
            inserts.append(f'<p class="body-paragraph">{esc(text)}</p>')
        if ctx.chance(0.6):
            stamp_at = ctx.ago(4, 30)
            rates = [
                f"30-year fixed: {fx.dec(6.0 + ctx.rng.randint(5, 25) / 100, 'en', 2)}% APR",
                f"15-year fixed: {fx.dec(5.3 + ctx.rng.randint(5, 25) / 100, 'en', 2)}% APR",
                f"Rates updated {fx.us_clock(stamp_at)}",
            ]
            inserts.append(
                fx.list_box(
                    ctx,
                    "mortgage-rate table with an update time",
                    cls="rate-table",
                    title="Chicago-area mortgage rates",
                    items=rates,
                    foot="Sponsored by RateLens",
                )
            )
        inserts.append(fx.ad_slot(ctx, cls="ad-inline", label="Advertisement", copy=[ctx.one(ads)]))
        chunks = [f'<p class="body-paragraph">{esc(p)}</p>' for p in body]
        for b in site.zone(ctx.fetch, "bottom"):
            chunks.append(
                f'<p class="update-timestamp"><em>{esc(b.label or "")}</em></p>\n'
                f'<p class="body-paragraph">{esc(b.paras[0])}</p>'
            )
        body_html = place(ctx, chunks, inserts, gaps=range(1, len(chunks) + 1))

        side: list[str] = []
        if ctx.chance(0.85):
            side.append(
                fx.link_list(
                    ctx,
                    "most-read list (a rotating subset)",
                    cls="most-read",
                    title="Most Read",
                    items=ctx.shuffled(most_read, 5),
                    base="/news",
                )
            )
        if ctx.chance(0.7):
            picks = ctx.some(reviews, 2)
            side.append(
                fx.list_box(
                    ctx,
                    "reviews with star ratings",
                    cls="critics-picks",
                    title="Critics' picks",
                    items=picks,
                )
            )
        terms_html = fx.suggestions(
            ctx,
            cls="related-searches",
            title="People also search for",
            terms=ctx.some(
                [
                    "cta brown line delays",
                    "merchandise mart fire today",
                    "cta alerts purple line",
                    "chicago l train evacuation",
                    "wells street bridge closure",
                ],
                3,
                4,
            ),
            base="/search",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="privacy-banner",
                text="Your privacy choices: we and our partners use cookies to measure readership "
                "and show relevant ads. You can change your settings at any time.",
                buttons=["Accept", "Manage choices"],
            )
        top = site.zone(ctx.fetch, "top")[0]
        page = f"""<header class="site-header"><a class="site-header__logo" href="/">Chicago Tribune</a>
<nav class="site-nav"><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/entertainment">Entertainment</a> <a href="/eedition">eEdition</a></nav></header>
<main class="layout-main">
<article class="article">
<div class="article-header"><p class="article-kicker">Transportation</p>
<h1 class="article-headline">Signal cable fire halts Brown, Purple Line trains in the Loop; 140 riders walked off stalled trains</h1>
<p class="article-dek">Passengers were led along the catwalk above Wells Street in below-freezing weather</p>
<div class="byline-block"><span class="byline">By Ana Lucía Ferrante</span> <span class="pubdate">Published: December 6, 2026 at 12:15 p.m. CST</span> <span class="update-date">Updated: {updated}</span></div></div>
<figure class="lead-art"><img src="/resizer/cta-fire.jpg" alt=""><figcaption>Smoke rises from the elevated tracks near the Merchandise Mart station on Sunday. (Tribune)</figcaption></figure>
<div class="article-body">
<p class="editors-note"><em><strong>{esc(top.label or "")}:</strong> {esc(top.paras[0])}</em></p>
{body_html}
</div>
{terms_html}
</article>
<aside class="rail">{"".join(side)}</aside>
</main>
<footer class="site-footer"><p>Copyright © 2026, Chicago Tribune</p><a href="/terms">Terms of Service</a> <a href="/privacy">Privacy Policy</a></footer>
{banner}"""
        published = "2026-12-06T12:15:00-06:00"
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Signal cable fire halts Brown, Purple Line trains in the Loop",
            "datePublished": published,
            "dateModified": latest.isoformat(),
            "author": [{"@type": "Person", "name": "Ana Lucía Ferrante"}],
            "publisher": {"@type": "Organization", "name": "Chicago Tribune"},
            "inLanguage": "en-US",
        }
        return shell(
            ctx,
            lang="en-US",
            title="Signal cable fire halts Brown, Purple Line trains in the Loop – Chicago Tribune",
            canonical=f"https://www.chicagotribune.com/2026/12/06/{slug}/",
            body_class="article-page tribune",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="Chicago Tribune",
        lang="en",
        kind="updates",
        offset=off,
        body=body,
        blocks=[note, first, second],
        genuine=genuine,
        genuine_at=3,
        render=render,
        summary='italic bold-labelled "Editor\'s note:" at the **top** (`editors_note`); two notes '
        '*after* the story, **oldest first**, each a bare italic "Updated at 1:23 p.m." line + a '
        "paragraph in the body's paragraph class",
        genuine_note='"Updated at 4:52 p.m." at the very bottom (Central time, −06:00)',
    )
    return site


# ---------------------------------------------------------------------------------------------
# TheJournal.ie: live, newest first, <li> posts, @graph with the NewsArticle first


def thejournal() -> Site:
    off = 0
    slug = "thejournal-live-snow-wicklow-gap-n81-closed"
    intro = [
        "Heavy snow has closed the Wicklow Gap and several stretches of the N81 this evening, with "
        "Wicklow County Council warning motorists in the west of the county not to travel unless "
        "their journey is essential.",
        "Met Éireann's status orange snow-ice warning for Wicklow, Kildare and Carlow runs until "
        "10am tomorrow, and Dublin Bus has curtailed several routes in the south of the city. "
        "We'll bring you the latest here throughout the evening.",
    ]

    def post(h: int, m: int, headline: str | None, text: str, author: str) -> Block:
        return Block(
            "live_entry", f"{h:02d}:{m:02d}", stamp(off, h, m), (text,), headline, author=author
        )

    posts = [
        post(
            21,
            46,
            "Stranded motorists moved to Blessington community centre",
            "Gardaí say around 30 people whose cars got stuck near Hollywood on the N81 have been "
            "brought to the community centre in Blessington, where volunteers are serving hot food.",
            "Órla Kinsella",
        ),
        post(
            21,
            18,
            "Dublin Bus withdraws services to Glenasmole",
            "Routes 65 and 65B are now terminating at Tallaght because of ice on the Bohernabreena "
            "road, Dublin Bus has said. It hopes to restore them in the morning.",
            "Órla Kinsella",
        ),
        post(
            20,
            52,
            "Gritters out on Wicklow Gap road after two cars slide into ditch",
            "Council crews are gritting the R756 from Laragh towards Hollywood after two cars slid "
            "off the road near the top of the pass. Nobody was hurt.",
            "Conor Whelehan",
        ),
        post(
            20,
            31,
            None,
            "Readers in Roundwood tell us about 12cm of snow has fallen there since teatime, and it "
            "is still coming down steadily.",
            "Conor Whelehan",
        ),
        post(
            19,
            57,
            "ESB crews restoring power in west Wicklow",
            "ESB Networks says about 2,100 homes and businesses around Dunlavin and Donard lost "
            "power after lines came down under the weight of the snow.",
            "Conor Whelehan",
        ),
        post(
            19,
            24,
            "N81 closed between Blessington and Baltinglass",
            "The council has shut the N81 between Blessington and Baltinglass because of deep snow, "
            "with diversions in place via the N9.",
            "Órla Kinsella",
        ),
    ]
    genuine = post(
        22,
        53,
        "N81 reopens to single-lane traffic at Hollywood",
        "Wicklow County Council says one lane of the N81 has reopened at Hollywood behind a convoy "
        "of gritters, though drivers are asked to keep below 40km/h.",
        "Órla Kinsella",
    )
    advice = [
        (
            20,
            40,
            "Travel advice updated: Sri Lanka",
            "The Department of Foreign Affairs has updated its advice for Sri Lanka to reflect "
            "flooding in the Central Province.",
        ),
        (
            21,
            5,
            "Travel advice updated: Morocco",
            "The Department of Foreign Affairs has updated its advice for Morocco after heavy snow "
            "closed mountain passes in the High Atlas.",
        ),
        (
            22,
            12,
            "Travel advice updated: Iceland",
            "The Department of Foreign Affairs has updated its advice for Iceland following a new "
            "eruption warning on the Reykjanes peninsula.",
        ),
        (
            22,
            44,
            "Travel advice updated: Norway",
            "The Department of Foreign Affairs has updated its advice for Norway after strong winds "
            "disrupted ferries along the west coast.",
        ),
    ]
    warnings = [
        "A status yellow warning means conditions could be a risk to people in the warned area, "
        "though most people can go about their day as normal.",
        "A status orange warning is issued when conditions could significantly affect people, "
        "property or travel, and people are asked to prepare.",
        "A status red warning is rare. It means people should act to protect themselves and their "
        "property, and travel only if it is essential.",
    ]
    tally = [
        "151 people have died on Irish roads so far this year, nine fewer than at this point in "
        "2025.",
        "Six people have died on Irish roads since the start of December.",
    ]
    most_read = [
        "Limerick publican fined for serving after hours during storm",
        "Ticket prices for a Croke Park carol concert spark complaints",
        "Galway couple find 1920s love letters behind a fireplace",
        "Former Leinster prop opens a bakery in Bray",
        "Cork Airport to add three new routes to Poland next summer",
        "Quiz: How well do you know Ireland's lighthouses?",
        "Dublin's oldest chipper marks 110 years in business",
        "Kerry farmer's prize bull sells for record sum at Listowel mart",
    ]
    ads = [
        "Stay warm for less: attic insulation grants of up to €1,500 are still available.",
        "Christmas in Kilkenny: two nights B&B with dinner from €189 per person.",
        "Switch your broadband before January and get three months free.",
    ]

    def render(ctx: Ctx) -> str:
        now = ctx.now
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown)  # type: ignore[type-var]
        chunks = []
        for b in shown:
            when = b.moment()
            assert when is not None
            head = f'<h3 class="tj-feed__title">{esc(b.headline)}</h3>' if b.headline else ""
            chunks.append(
                f'<li class="tj-feed__post" id="post-{when:%H%M}">'
                f'<time class="tj-feed__time" datetime="{when.isoformat()}">{esc(b.label or "")}'
                f"</time>{head}"
                f'<div class="tj-feed__body"><p>{esc(b.paras[0])}</p></div>'
                f'<p class="tj-feed__author">{esc(b.author or "")}</p></li>'
            )
        inserts: list[str] = []
        if ctx.chance(0.75):
            done = [a for a in advice if (a[0], a[1]) <= (now.hour, now.minute)]
            h, m, head, text = done[-1] if ctx.chance(0.6) else ctx.rng.choice(done)
            ctx.furn('travel-advisory feed with an "updated" word and clock', head, text)
            inserts.append(
                f'<li class="tj-feed__post tj-feed__post--service">'
                f'<time class="tj-feed__time">{h:02d}:{m:02d}</time>'
                f'<h3 class="tj-feed__title">{esc(head)}</h3>'
                f'<div class="tj-feed__body"><p>{esc(text)}</p></div></li>'
            )
        if ctx.chance(0.7):
            inserts.append(
                '<li class="tj-feed__explainer">'
                + fx.para_box(
                    ctx,
                    "glossary or explainer box (full sentences in the story's vocabulary)",
                    cls="tj-explainer",
                    title="Explainer: what the warning colours mean",
                    paras=ctx.some(warnings, 1, 2),
                    tag="div",
                )
                + "</li>"
            )
        if ctx.chance(0.6):
            line = ctx.one(tally)
            ctx.furn("year-to-date road-death tally", line)
            inserts.append(
                f'<li class="tj-feed__aside"><p class="tj-roadsafety"><b>Road safety</b> '
                f"{esc(line)}</p></li>"
            )
        inserts.append(
            '<li class="tj-feed__ad">'
            + fx.ad_slot(ctx, cls="tj-ad", label="Advertisement", copy=[ctx.one(ads)])
            + "</li>"
        )
        feed = place(ctx, chunks, inserts)
        side = ""
        if ctx.chance(0.9):
            side = fx.link_list(
                ctx,
                "most-read list (a rotating subset)",
                cls="tj-popular",
                title="Most Read",
                items=ctx.shuffled(most_read, 5),
                base="/ie",
            )
        if ctx.chance(0.75):
            side += fx.list_box(
                ctx,
                "opinion-poll tracker with an update date",
                cls="tj-polls",
                title="Poll tracker",
                items=[
                    ctx.one(
                        [
                            "SF 24%, FF 21%, FG 19%, Independents 16%, Lab 5%, SD 5%",
                            "SF 23%, FF 22%, FG 19%, Independents 15%, Lab 6%, SD 5%",
                        ]
                    ),
                    "Average of the last five polls, updated 2 December",
                ],
            )
        terms = fx.suggestions(
            ctx,
            cls="tj-searches",
            title="People also search for",
            terms=ctx.some(
                [
                    "wicklow gap snow today",
                    "n81 road closure update",
                    "met eireann orange warning wicklow",
                    "dublin bus route changes snow",
                    "esb power cuts wicklow",
                ],
                3,
                4,
            ),
            base="/search",
        )
        banner = ""
        if ctx.chance(0.45):
            banner = fx.consent(
                ctx,
                cls="tj-consent",
                text="TheJournal.ie and our partners use cookies to keep the site free to read. "
                "Choose Agree to continue, or manage your choices.",
                buttons=["Agree", "Manage"],
            )
        page = f"""<div class="tj-topbar"><a class="tj-logo" href="/">TheJournal.ie</a>
<nav class="tj-nav"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a> <a href="/business">Business</a> <a href="/factcheck">FactCheck</a></nav></div>
<main class="tj-main">
<article class="tj-article tj-article--live">
<span class="tj-live-badge">LIVE</span>
<h1 class="tj-headline">Snow closes Wicklow Gap and N81 as orange warning stays in place</h1>
<div class="tj-meta"><span class="tj-author">Órla Kinsella &amp; Conor Whelehan</span> <span class="tj-date">Sun 6 Dec 2026 · Updated {latest:%H:%M}</span></div>
<div class="tj-live-intro">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
<ol class="tj-feed">
{feed}
</ol>
{terms}
</article>
<aside class="tj-sidebar">{side}</aside>
</main>
<footer class="tj-footer"><p>© 2026 Journal Media Ltd</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
{banner}"""
        updates = [
            {
                "@type": "BlogPosting",
                "headline": b.headline or b.paras[0][:60],
                "datePublished": b.timestamp,
                "articleBody": b.paras[0],
            }
            for b in shown
        ]
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "@id": f"https://www.thejournal.ie/{slug}#article",
                    "headline": "Snow closes Wicklow Gap and N81 as orange warning stays in place",
                    "datePublished": "2026-12-06T19:10:00+00:00",
                    "dateModified": latest.isoformat(),
                    "author": [{"@type": "Person", "name": "Órla Kinsella"}],
                    "publisher": {"@type": "Organization", "name": "TheJournal.ie"},
                },
                {
                    "@type": "LiveBlogPosting",
                    "@id": f"https://www.thejournal.ie/{slug}#live",
                    "headline": "Snow closes Wicklow Gap and N81",
                    "coverageStartTime": "2026-12-06T19:10:00+00:00",
                    "coverageEndTime": "2026-12-07T02:00:00+00:00",
                    "liveBlogUpdate": updates,
                },
            ],
        }
        return shell(
            ctx,
            lang="en-IE",
            title="Snow closes Wicklow Gap and N81 as orange warning stays in place",
            canonical=f"https://www.thejournal.ie/{slug}-6912345-Dec2026/",
            body_class="tj live",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="TheJournal.ie",
        lang="en",
        kind="live",
        offset=off,
        body=intro,
        blocks=posts,
        genuine=genuine,
        genuine_at=0,
        render=render,
        summary='6 `<li>` posts newest first, `<time>` "21:46" + `<h3>` + author (one without '
        "headline); `@graph` with the `NewsArticle` first and a `LiveBlogPosting` with "
        "`liveBlogUpdate`",
        genuine_note='a "22:53" post on top (+00:00; also in JSON-LD)',
    )
    return site


# ---------------------------------------------------------------------------------------------
# News24: a marker-less "This story has been updated with …" line on top, dated notes mid-story


def news24() -> Site:
    off = 2
    slug = "news24-cape-town-lions-head-fire-signal-hill-evacuated"
    body = [
        "A fast-moving vegetation fire on the slopes of Lion's Head forced the evacuation of "
        "Signal Hill Road and several streets in upper Tamboerskloof on Sunday evening, as strong "
        "south-easterly winds pushed the flames towards the Kloof Nek traffic circle.",
        "City of Cape Town Fire and Rescue Service spokesperson Nomvula Jacobs said the fire "
        "started on the lower western slope shortly before 18:30, below the popular hiking trail "
        "to the summit.",
        "About 60 hikers who had gone up for the sunset were escorted down the eastern path by "
        "rangers, she said. No injuries had been reported by late evening.",
        "Two helicopters and a spotter plane that had been water-bombing the fire were grounded "
        "when darkness fell, leaving about 120 firefighters and volunteers on the ground.",
        "“The wind is the problem. It keeps turning and the fire keeps jumping the breaks,” said "
        "Riaan Pieterse, who lives on Kloof Nek Road and was packing his car when News24 spoke to "
        "him.",
        "Table Mountain National Park said the cause of the fire was not yet known. Kloof Nek Road "
        "remains closed between the traffic circle and Camps Bay Drive.",
    ]
    top = Block(
        "update",
        None,
        None,
        (
            "This story has been updated with comment from Table Mountain National Park and the "
            "City's disaster risk management centre.",
        ),
        zone="top",
    )
    later = Block(
        "update",
        "Updated on Sunday 6 December 2026 at 23:20",
        stamp(off, 23, 20),
        (
            "Residents of Leeuwenhof Road and upper Kloof Street may return home, disaster risk "
            "management spokesperson Anele Dlamini said, but Signal Hill Road will stay closed "
            "overnight.",
        ),
    )
    earlier = Block(
        "update",
        "Updated on Sunday 6 December 2026 at 22:15",
        stamp(off, 22, 15),
        (
            "The fire has crossed the contour path on the eastern flank, and a third helicopter "
            "has been requested for first light, the Fire and Rescue Service said.",
        ),
    )
    genuine = Block(
        "update",
        "Updated on Monday 7 December 2026 at 00:53",
        stamp(off, 0, 53, day=7),
        (
            "Firefighters have contained the front above Tamboerskloof and the evacuation order "
            "for upper Kloof Street has been lifted, the City said.",
        ),
    )
    trending = [
        "Durban beachfront hotel evacuated after a kitchen fire",
        "Springbok wing signs a two-year deal with a Japanese club",
        "Matric results: what to expect when they are released in January",
        "Gauteng man wins R12 million Lotto jackpot with birthday numbers",
        "Stellenbosch wine farm named best in the world by British magazine",
        "Petrol price expected to drop by about 40c in January",
        "Knysna residents oppose plan to fence off lagoon walkway",
    ]
    ads = [
        "Solar panels for your home from R899 a month. Get a free quote today.",
        "Book your festive getaway on the Garden Route from R1,150 a night.",
        "Braai packs from Cape Town's favourite butchery, delivered in 60 minutes.",
    ]
    reviews = [
        f"Theatre: ‘Kanna’ at the Baxter is a triumph {fx.stars(5)}",
        f"A new Woodstock bistro that gets the braai right {fx.stars(4)}",
        f"Kirstenbosch summer concerts open with a damp squib {fx.stars(2)}",
    ]
    dams = [
        ("Theewaterskloof", 81.4),
        ("Berg River", 96.2),
        ("Wemmershoek", 90.8),
        ("Voëlvlei", 79.5),
        ("Steenbras Upper", 88.1),
    ]

    def render(ctx: Ctx) -> str:
        shown = site.shown(ctx.fetch)
        latest = max(b.moment() for b in shown if b.moment())  # type: ignore[type-var]
        notes = [b for b in shown if b.zone == "main"]
        note_html = [
            f'<div class="article__update"><h4 class="article__update-title">{esc(b.label or "")}'
            f"</h4><p>{esc(b.paras[0])}</p></div>"
            for b in notes
        ]
        paras = [f"<p>{esc(p)}</p>" for p in body]
        chunks = paras[:2] + note_html + paras[2:]
        inserts: list[str] = []
        if ctx.chance(0.8):
            n = fx.rising(ctx, 7315, 21)
            line = (
                f"A petition against plans for a cable car to the top of Signal Hill has "
                f"{fx.num(n, 'en')} signatures."
            )
            ctx.furn("petition counter (rising through the evening)", line)
            inserts.append(
                f'<div class="petition-widget"><p class="petition-widget__label">Petition</p>'
                f'<p class="petition-widget__count">{esc(line)}</p></div>'
            )
        if ctx.chance(0.75):
            checked = ctx.ago(2, 12)
            rows = [
                ctx.one(
                    [
                        "No load-shedding is expected tonight.",
                        "Stage 0: no power cuts are scheduled until 16:00 on Monday.",
                    ]
                ),
                f"Eskom status checked at {fx.h24(checked)}.",
            ]
            inserts.append(
                fx.list_box(
                    ctx,
                    "load-shedding status with its own check time",
                    cls="ls-status",
                    title="Load-shedding",
                    items=rows,
                    tag="div",
                    title_tag="p",
                )
            )
        if ctx.chance(0.7):
            rows = [
                "Fire danger index for Monday: Cape Peninsula – High; Cape Winelands – Very high; "
                "Overberg – Extremely high.",
                "Issued by the SA Weather Service at 16:00 on Sunday.",
            ]
            inserts.append(
                fx.para_box(
                    ctx,
                    "fire-danger index with its issue time",
                    cls="weather-fdi",
                    title=None,
                    paras=rows,
                    tag="div",
                )
            )
        if ctx.chance(0.6):
            picked = ctx.some([f"{name}: {fx.dec(v, 'en')}%" for name, v in dams], 3, 4)
            inserts.append(
                fx.list_box(
                    ctx,
                    "dam and reservoir levels",
                    cls="dam-levels",
                    title="Western Cape dam levels",
                    items=[*picked, "Figures updated on Monday 30 November."],
                )
            )
        if ctx.chance(0.55):
            line = ctx.one(
                [
                    "Festive season road safety: 38 people have died on Western Cape roads since "
                    "1 December.",
                    "Festive season road safety: traffic officers have arrested 212 drunk drivers "
                    "in the Western Cape since 1 December.",
                ]
            )
            ctx.furn("year-to-date road-death tally", line)
            inserts.append(f'<p class="road-safety-strip">{esc(line)}</p>')
        inserts.append(fx.ad_slot(ctx, cls="ad-mpu", label="Advertisement", copy=[ctx.one(ads)]))
        body_html = place(ctx, chunks, inserts, gaps=range(1, len(chunks) + 1))
        trend = ""
        if ctx.chance(0.9):
            trend = fx.link_list(
                ctx,
                "most-read list (a rotating subset)",
                cls="trending",
                title="Trending",
                items=ctx.shuffled(trending, 4),
                base="/news24/southafrica",
            )
        if ctx.chance(0.7):
            trend += fx.list_box(
                ctx,
                "reviews with star ratings",
                cls="reviews-rail",
                title="Reviews",
                items=ctx.some(reviews, 2),
            )
        terms = fx.suggestions(
            ctx,
            cls="search-chips",
            title="People also search for",
            terms=ctx.some(
                [
                    "lions head fire today",
                    "kloof nek road closure",
                    "cape town fire update",
                    "signal hill evacuation",
                    "table mountain fire map",
                ],
                3,
                4,
            ),
            base="/search",
        )
        banner = ""
        if ctx.chance(0.5):
            banner = fx.consent(
                ctx,
                cls="cookie-bar",
                text="We use cookies to improve your experience and show adverts. Read how we "
                "process personal information under POPIA.",
                buttons=["I understand"],
            )
        topnote = site.zone(ctx.fetch, "top")[0]
        upd = latest.strftime("%-d %b %Y, %H:%M")
        page = f"""<header class="header"><a class="header__logo" href="/">News24</a>
<nav class="header__nav"><a href="/news24/southafrica">South Africa</a> <a href="/news24/world">World</a> <a href="/news24/opinions">Opinions</a> <a href="/sport">Sport</a> <a href="/fin24">Business</a></nav></header>
<main class="article-page">
<article class="article">
<h1 class="article__title">Lion's Head fire: Signal Hill Road evacuated as wind drives flames towards Kloof Nek</h1>
<p class="article__synopsis">Helicopters were grounded at dark, leaving about 120 firefighters on the mountain.</p>
<div class="article__byline"><span>Lauren Adams</span> <span class="article__date">Published 6 Dec 2026, 20:42 · Updated {upd}</span></div>
<div class="article__body">
<p class="article__italic"><em>{esc(topnote.paras[0])}</em></p>
{body_html}
</div>
{terms}
</article>
<aside class="article-page__aside">{trend}</aside>
</main>
<footer class="footer"><p>© 2026 News24</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
{banner}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Lion's Head fire: Signal Hill Road evacuated",
            "datePublished": "2026-12-06T20:42:00+02:00",
            "dateModified": latest.isoformat(),
            "author": {"@type": "Person", "name": "Lauren Adams"},
            "publisher": {"@type": "Organization", "name": "News24"},
        }
        return shell(
            ctx,
            lang="en-ZA",
            title="Lion's Head fire: Signal Hill Road evacuated | News24",
            canonical=f"https://www.news24.com/news24/southafrica/news/{slug}-20261206",
            body_class="n24",
            ld=[ld],
            body=page,
        )

    site = Site(
        slug=slug,
        publisher="News24 (ZA)",
        lang="en",
        kind="updates",
        offset=off,
        body=body,
        blocks=[top, later, earlier],
        genuine=genuine,
        genuine_at=1,
        render=render,
        summary='an italic unlabelled "This story has been updated with comment from …" line at '
        "the **top** (`update`, no label, no time); two notes *inside* the story after paragraph "
        '2, newest first, each an `<h4>` "Updated on Sunday 6 December 2026 at 23:20" + a '
        "paragraph",
        genuine_note='"Updated on Monday 7 December 2026 at 00:53" above them, still mid-story '
        "(+02:00: the fetches run from 00:00 to 01:00 on Monday)",
    )
    return site


SITES = [chicago, thejournal, news24]
