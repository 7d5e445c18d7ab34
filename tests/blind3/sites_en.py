"""English pages: Washington Post, NPR, Bloomberg, Politico (notes), The Guardian, CNN,
Sky News (live) and Axios (plain)."""

from __future__ import annotations

from chrome import (
    ADS,
    COOKIE,
    TEASERS,
    Px,
    analytics,
    css,
    doc,
    esc,
    jsonld,
    nav,
    thousands,
    ts,
)

ET = "-05:00"
UK = "+00:00"


# ---------------------------------------------------------------------------------------------
# The Washington Post: interstitial "[headline]" links, italic correction at the bottom.


def washpost(px: Px) -> str:
    r = px.rnd
    paras = [
        "Metro’s board of directors on Sunday postponed a planned fare increase for at least six months, bowing to weeks of pressure from riders, county officials and a coalition of labor unions that said the higher prices would fall hardest on shift workers.",
        "The proposal, which would have raised the peak rail fare by 35 cents and cut service on 14 bus routes, was expected to pass easily when it was introduced in October. Instead, it became the most contested budget item in the transit agency’s recent history.",
        "“We heard you,” board chair Renata Okafor told a crowded hearing room at the agency’s headquarters in Northeast Washington. “The budget gap is real, but we are not going to close it on the backs of the people who have no other way to get to work.”",
        "The delay leaves Metro with a shortfall of roughly $118 million for the fiscal year that begins in July. Okafor said the agency would ask the District, Maryland and Virginia to cover most of it, a request that officials in Annapolis and Richmond have so far been reluctant to entertain.",
        "Riders who testified on Sunday described long commutes from Prince George’s County and the outer suburbs of Fairfax County, where bus routes on the chopping block are often the only link to a rail station.",
        "“If the 2B bus goes, I lose an hour a day,” said Marisol Vance, a home health aide from Suitland who said she has taken the same route for 11 years. “That is an hour I don’t see my kids.”",
        "Metro general manager Theo Lindqvist warned that the postponement was not a reprieve. Without new money, he said, the agency would have to revisit both the fare increase and the service cuts in the spring, possibly in a steeper form.",
        "The board is scheduled to take up a revised budget in March. A public comment period will open in January, the agency said.",
    ]
    interstitials = [
        "D.C. Council weighs free bus fares for students through 2028",
        "Metro’s new rail cars are finally arriving. Here’s when you’ll ride one.",
        "Why the Silver Line’s ridership has surprised planners",
        "Maryland’s Purple Line faces another delay",
        "How a decades-old funding formula shapes your commute",
    ]
    picks = r.sample(interstitials, 2)
    slots = sorted(r.sample(range(2, 7), 2))
    body = []
    if px.genuine:
        body.append(
            '<p class="wpds-c-cYdRxM font-copy" data-el="text" dir="null"><i><b>Update, 5:54 p.m.:</b> '
            + px.note(
                "update",
                "Update, 5:54 p.m.",
                "Maryland Gov. Daniel Ashcombe said Sunday evening that the state would consider an emergency payment to Metro but would not commit to a figure before the legislative session.",
                ts("17:54", ET),
                genuine=True,
            )
            + "</i></p>"
        )
    for i, p in enumerate(paras):
        if i in slots:
            t = picks[slots.index(i)]
            body.append(
                f'<div class="wpds-c-PJLV" data-qa="interstitial-link"><span>[</span><a href="/transportation/2026/12/0{r.randint(1, 5)}/">{px.F(t)}</a><span>]</span></div>'
            )
        cls = (
            "wpds-c-cYdRxM wpds-c-cYdRxM-dropcap font-copy" if i == 0 else "wpds-c-cYdRxM font-copy"
        )
        body.append(f'<p class="{cls}" data-el="text" dir="null">{px.B(esc(p))}</p>')
        if i == 3:
            body.append(
                f'<div class="wpds-ad" data-qa="article-body-ad"><span class="wpds-ad-label">Advertisement</span><p class="ad-copy">{px.F(r.choice(ADS["en"]))}</p></div>'
            )
    body.append(
        '<p class="wpds-c-cYdRxM font-copy" data-el="text" dir="null"><i>Correction: '
        + px.note(
            "correction",
            "Correction",
            "An earlier version of this article misstated the number of bus routes that would be cut under the proposal. It is 14, not 41.",
            None,
        )
        + "</i></p>"
    )
    comments = thousands(r.randint(900, 2400), "en")
    most = px.pick(TEASERS["en"], 5)
    mostread = "".join(
        f'<li data-qa="most-read-item"><span class="num">{k + 1}</span><a href="/story/{k}">{px.F(t)}</a></li>'
        for k, t in enumerate(most)
    )
    gift = r.randint(2, 10)
    html_body = f"""
<div id="__next"><div class="cookie-consent" role="dialog"><p>{px.F(COOKIE["en"])}</p><button>Accept all</button><button>Manage preferences</button></div>
<header class="wpds-c-header"><a class="wp-logo" href="/">The Washington Post</a><span class="tagline">{px.F("Democracy Dies in Darkness")}</span>
{nav(["Politics", "Opinions", "Style", "Investigations", "Climate", "Well+Being", "Business", "Tech", "World", "D.C., Md. & Va.", "Sports", "Weather"], "wpds-c-nav", "")}
<a class="sub" href="/subscribe">Subscribe</a><a class="signin" href="/signin">Sign in</a></header>
<main><article data-qa="main">
<div data-qa="kicker" class="kicker"><a href="/transportation/">Transportation</a></div>
<h1 data-qa="headline" class="wpds-c-headline">Metro board delays fare increase after months of rider backlash</h1>
<h2 data-qa="subheadline" class="wpds-c-subheadline">The transit agency still faces a $118 million gap and says cuts could return in the spring</h2>
<div data-qa="author-byline" class="byline">By <a href="/people/katherine-sewell/">Katherine Sewell</a> and <a href="/people/omar-bekele/">Omar Bekele</a></div>
<div data-qa="timestamp" class="timestamp"><span data-qa="display-date">December 6, 2026 at 3:12 p.m. EST</span></div>
<div class="share-bar" data-qa="share-bar"><button>Gift Article</button><button>Share</button><span data-qa="comment-count">{px.F(comments + " Comments")}</span><span class="gift-meter">{px.F(f"You have {gift} gift articles remaining this month")}</span></div>
<figure class="lead-art"><img src="/img/metro-hearing.jpg" alt=""><figcaption>Riders line up to testify at the Metro board hearing on Sunday. (Ricky Dunmore/The Washington Post)</figcaption></figure>
<div class="grid-body"><div class="article-body" data-qa="article-body">
{"".join(body)}
</div></div>
<div class="wpds-newsletter" data-qa="newsletter-signup"><p class="nl-title">{px.F("Get the Post Local newsletter: the news you need about the D.C. region, every weekday morning.")}</p><input type="email" placeholder="Email address"><button>Sign up</button></div>
<div class="author-bios"><p>{px.F("Katherine Sewell covers transportation and development in the D.C. region.")}</p><p>{px.F("Omar Bekele is a Metro reporter covering Prince George’s County.")}</p></div>
</article>
<aside class="most-read" data-qa="most-read"><h2>Most Read</h2><ol>{mostread}</ol></aside></main>
<footer class="wpds-c-footer">{nav(["About The Post", "Newsroom Policies & Standards", "Diversity and Inclusion", "Careers", "Media & Community Relations", "WP Creative Group", "Accessibility Statement", "Sitemap"], "footer-nav", "")}
<p>{px.F("© 1996-2026 The Washington Post")}</p></footer></div>"""
    head = (
        css("wpds", 60)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Metro board delays fare increase after months of rider backlash",
                "datePublished": "2026-12-06T10:41:00-05:00",
                "dateModified": "2026-12-06T17:56:00-05:00"
                if px.genuine
                else "2026-12-06T15:12:00-05:00",
                "author": [
                    {"@type": "Person", "name": "Katherine Sewell"},
                    {"@type": "Person", "name": "Omar Bekele"},
                ],
                "isAccessibleForFree": False,
            }
        )
        + analytics("washpost")
    )
    return doc(
        "en",
        "Metro board delays fare increase after months of rider backlash - The Washington Post",
        head,
        html_body,
    )


# ---------------------------------------------------------------------------------------------
# NPR: italic disclosure inside the body, italic "This story was updated at ..." at the bottom.


def npr(px: Px) -> str:
    r = px.rnd
    paras = [
        "RICHMOND, Va. — The Richmond Public Library will close three of its branches for at least four months after inspectors found mold behind the walls of buildings that were renovated less than a decade ago.",
        "The closures, announced Sunday, affect the Westover Hills, Broad Rock and East End branches, which together serve roughly 40,000 cardholders. Library director Anita Coleridge said the city had no choice.",
        '"We\'re not going to keep children in a building where the air quality is in question," Coleridge said in an interview. "That is the whole conversation."',
        "The problem came to light in October, when staff at the Broad Rock branch reported a musty smell in the children's room. A contractor hired by the city found moisture trapped behind vapor barriers installed during a 2018 renovation, according to a report reviewed by NPR.",
        "<em>Editor's note: The Annette Marsh Foundation, which paid for part of the 2018 renovations, is among NPR's financial supporters.</em>",
        "The other two branches were renovated by the same firm, Calloway Builders, which did not respond to requests for comment on Sunday.",
        "For many residents of the city's South Side, the library is more than a place to borrow books. The Broad Rock branch runs a daily homework club and is one of the few places in the neighborhood with free, reliable internet.",
        '"My son does his homework there every afternoon," said Denise Pruitt, who lives a few blocks away. "Where is he supposed to go now?"',
        "The city says it will run a bookmobile and extend hours at the Main Library downtown while the branches are closed. Mayor Luis Harwell said the remediation would cost about $3.2 million.",
    ]
    out = []
    for i, p in enumerate(paras):
        if p.startswith("<em>Editor"):
            out.append(
                "<p><em>Editor's note: "
                + px.note(
                    "editors_note",
                    "Editor's note",
                    "The Annette Marsh Foundation, which paid for part of the 2018 renovations, is among NPR's financial supporters.",
                    None,
                )
                + "</em></p>"
            )
            continue
        out.append(f"<p>{px.B(esc(p))}</p>")
        if i == 3:
            out.append(
                f'<aside class="ad-wrap" aria-label="advertisement"><span class="left">Sponsor Message</span><p class="sponsor">{px.F(r.choice(ADS["en"]))}</p></aside>'
            )
    out.append(
        "<p><em>"
        + px.note(
            "update",
            None,
            "This story was updated at 4:40 p.m. ET to include comments from Mayor Luis Harwell and the cost of the remediation.",
            ts("16:40", ET),
        )
        + "</em></p>"
    )
    more = px.pick(TEASERS["en"], 4)
    body = f"""
<div id="global-navigation"><a class="npr-logo" href="/">NPR</a>{nav(["News", "Culture", "Music", "Podcasts & Shows", "Search", "Newsletters", "NPR Shop"], "global-nav", "")}<a class="donate" href="/donate">Donate</a></div>
<div class="cookie-banner"><p>{px.F("NPR's sites use cookies, similar tracking and storage technologies, and information about the device you use to access our sites to enhance your viewing, listening and user experience.")}</p></div>
<main id="main-section"><article class="story">
<div class="slug-wrap"><h3 class="slug"><a href="/sections/national/">National</a></h3></div>
<div class="storytitle"><h1>Mold forces Richmond to close 3 library branches renovated less than a decade ago</h1></div>
<div class="story-meta"><div class="byline-container--block"><p class="byline__name byline__name--block"><a href="/people/dana-okoro">Dana Okoro</a></p></div>
<div class="dateblock"><time datetime="2026-12-06T16:40:00-05:00"><span class="date">Updated December 6, 2026</span><span class="time">4:40 PM ET</span></time></div>
<div class="audio-module"><button>Listen</button><span class="audio-module-duration">{px.F("Listen · 3:52")}</span><span>{px.F("3-Minute Listen")}</span><button>Playlist</button><button>Download</button><button>Embed</button></div></div>
<div class="bucketwrap image large"><img src="/img/broad-rock.jpg" alt=""><div class="credit-caption"><p>The Broad Rock branch of the Richmond Public Library on Sunday. <b class="credit">Dana Okoro/NPR</b></p></div></div>
<div id="storytext" class="storytext storylocation linkLocation">
{"".join(out)}
</div>
<div class="newsletter-acquisition"><h3>{px.F("Sign up for the Up First newsletter.")}</h3><p>{px.F("The news you need to start your day, delivered to your inbox every weekday morning.")}</p></div>
<div class="share-tools"><span>Facebook</span><span>Flipboard</span><span>Email</span></div>
<div class="tags"><a href="/tags/libraries">libraries</a><a href="/tags/virginia">Virginia</a><a href="/tags/mold">mold</a></div>
</article>
<aside id="more-stories"><h3>More Stories From NPR</h3><ul>{"".join(f"<li><a href='/x/{k}'>{px.F(t)}</a></li>" for k, t in enumerate(more))}</ul></aside>
<div class="donation-prompt"><p>{px.F("Support public service journalism and help NPR reach more people. Give now.")}</p></div>
</main>
<footer id="npr-footer">{nav(["Overview", "Diversity", "NPR Network", "Accessibility", "Ethics", "Finances", "Contact", "Help Center"], "footer-nav", "")}<p>{px.F("© 2026 npr")}</p></footer>"""
    head = (
        css("npr", 40)
        + jsonld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Mold forces Richmond to close 3 library branches renovated less than a decade ago",
                "datePublished": "2026-12-06T12:05:00-05:00",
                "dateModified": "2026-12-06T16:40:00-05:00",
                "publisher": {"@type": "Organization", "name": "NPR"},
            }
        )
        + analytics("npr")
    )
    return doc("en", "Mold forces Richmond to close 3 library branches : NPR", head, body)


# ---------------------------------------------------------------------------------------------
# Bloomberg: "(Updates with ...)" line at the end, "--With assistance from" credit.


def bloomberg(px: Px) -> str:
    r = px.rnd
    paras = [
        "Kestrel Cells Inc. is delaying construction of a $2.1 billion battery factory in New York’s Hudson Valley by at least a year, the latest sign that a slowdown in electric-vehicle demand is rippling through the supply chain.",
        "The company will push the start of production at the Kingston-area site to 2029 from 2028, Chief Executive Officer Priya Castellane said in an interview on Sunday. Kestrel will keep about 300 engineers on the project but pause hiring for production roles.",
        "“We are not walking away from New York,” Castellane said. “We are matching the build-out to what our customers are actually ordering.”",
        "Kestrel had signed supply agreements with two US automakers that have since scaled back their EV targets. The company’s shares have fallen 38% this year, giving it a market value of about $4.6 billion.",
        "The decision is a setback for state officials who offered $310 million in tax incentives to land the plant. Empire State Development said on Sunday it was reviewing the agreement, which ties the incentives to hiring milestones.",
        "“A one-year delay is a prudent move given where order books are,” said Marcus Delacroix, an analyst at Halvorsen Securities. “The risk is that a one-year delay turns into three.”",
        "Castellane said the company had enough cash to fund operations through 2028 and had no plans to raise equity. Kestrel will report fourth-quarter results in February.",
    ]
    out = []
    for i, p in enumerate(paras):
        out.append(f'<p class="paragraph_x3Kp1">{px.B(esc(p))}</p>')
        if i == 2:
            out.append(
                f'<div class="inline-newsletter_q8Zr2"><p>{px.F("Sign up for the Hyperdrive newsletter: the future of transportation, from EVs to self-driving cars.")}</p></div>'
            )
        if i == 4:
            t = r.choice(TEASERS["en"][:6])
            out.append(f'<div class="read-more_a1b2c"><p>{px.F("Read more: " + t)}</p></div>')
    out.append(
        '<p class="paragraph_x3Kp1">('
        + px.note(
            "update",
            None,
            "Updates with analyst comment in sixth paragraph.",
            None,
        )
        + ")</p>"
    )
    out.append(
        f'<p class="paragraph_x3Kp1 credit_Zq71a">{px.F("--With assistance from Dana Whitfield.")}</p>'
    )
    quotes = [
        ("KCEL", "Kestrel Cells Inc", -r.uniform(0.5, 4.0)),
        ("SPX", "S&P 500 Index", r.uniform(-1, 1)),
    ]
    qhtml = "".join(
        f'<li class="ticker_Vv2"><span>{px.F(code)}</span> <span>{esc(name)}</span> <span>{chg:+.2f}%</span></li>'
        for code, name, chg in quotes
    )
    more = px.pick(TEASERS["en"], 5)
    body = f"""
<div class="consent_Qq1"><p>{px.F("Bloomberg uses cookies and similar technologies to improve your experience and for advertising purposes.")}</p></div>
<header class="navi_H2k"><a class="logo" href="/">Bloomberg</a>{nav(["Markets", "Economics", "Industries", "Tech", "Politics", "Businessweek", "Opinion", "More"], "navi-sections_Lk2", "")}<a href="/subscriptions">Subscribe</a></header>
<main class="main_8Kz"><article class="article_Xy3">
<div class="eyebrow_Ab1"><a href="/hyperdrive">Hyperdrive</a></div>
<h1 class="headline_3Vx">EV Battery Maker Kestrel Delays $2 Billion New York Plant by a Year</h1>
<ul class="abstract_Zz9"><li>CEO says company will match build-out to customer orders</li><li>State officials are reviewing $310 million incentive deal</li></ul>
<div class="byline_Rr4">By <a href="/authors/ABC1">Nolan Prewitt</a></div>
<div class="timestamps_Tt3"><time datetime="2026-12-06T14:05:00Z">December 6, 2026 at 9:05 AM EST</time> <span>Updated on</span> <time datetime="2026-12-06T18:22:00Z">December 6, 2026 at 1:22 PM EST</time></div>
<div class="share_Ss1"><button>Save</button><button>Gift this article</button><span>{px.F("Listen · 4:31")}</span></div>
<ul class="tickers_Ab7">{qhtml}</ul>
<div class="body-content_Bc5">{"".join(out)}</div>
<div class="contact_Rr5"><p>{px.F("To contact the reporter on this story: Nolan Prewitt in New York at nprewitt@bloomberg.invalid")}</p><p>{px.F("To contact the editors responsible for this story: Jonah Kettering at jkettering@bloomberg.invalid")}</p></div>
<p class="copyright_Cc1">{px.F("©2026 Bloomberg L.P.")}</p>
</article>
<aside class="popular_P9q"><h3>Most Read</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in more)}</ol></aside></main>
<footer class="footer_F1">{nav(["Terms of Service", "Trademarks", "Privacy Policy", "Careers", "Made in NYC", "Advertise", "Ad Choices", "Help"], "footer-links_x", "")}</footer>"""
    head = (
        css("bb", 50)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "EV Battery Maker Kestrel Delays $2 Billion New York Plant by a Year",
                "datePublished": "2026-12-06T14:05:00Z",
                "dateModified": "2026-12-06T18:22:00Z",
            }
        )
        + analytics("bloomberg")
    )
    return doc(
        "en", "EV Battery Maker Kestrel Delays $2 Billion New York Plant - Bloomberg", head, body
    )


# ---------------------------------------------------------------------------------------------
# Politico: a bare "Updated at 1:23 p.m." line after the story.


def politico(px: Px) -> str:
    r = px.rnd
    paras = [
        "HARRISBURG, Pa. — The Pennsylvania Senate passed a $1.4 billion transit funding package in a rare Sunday session, sending the bill to a House that has twice rejected similar plans this year.",
        "The 29-21 vote came after a week of closed-door negotiations between Senate Majority Leader Carl Whitmore and Gov. Elena Brandt, who had threatened to call lawmakers back through the holidays if they failed to act.",
        "The package would raise the state’s vehicle rental fee, redirect a portion of sales tax revenue to public transit and create a loan fund for rural bus systems. SEPTA, which serves the Philadelphia region, would receive about 60 percent of the new money.",
        "“Nobody got everything they wanted,” Whitmore said on the Senate floor. “That is usually how you know it is a real deal.”",
        "Republicans from western Pennsylvania, who have argued that the state’s transit spending favors Philadelphia, were split. Four of them voted for the bill after the Senate added $90 million for road and bridge repairs in rural counties.",
        "House Speaker Monique Dorsey said in a statement that her chamber would review the bill “carefully and quickly,” but stopped short of committing to a vote before the end of the year.",
        "SEPTA has warned that without new state funding it will cut service by 20 percent in February and raise base fares to $3.",
    ]
    out = []
    for i, p in enumerate(paras):
        out.append(f'<p class="story-text__paragraph">{px.B(esc(p))}</p>')
        if i == 2:
            out.append(
                f'<section class="story-text__promo"><p class="promo__kicker">{px.F("Playbook PM: The latest on the races, policy fights and power plays in Washington. Sign up.")}</p></section>'
            )
        if i == 4:
            out.append(
                f'<div class="ad ad--inline" data-ad-slot="inline-2"><p class="ad__copy">{px.F(r.choice(ADS["en"]))}</p></div>'
            )
    out.append(
        '<p class="story-text__paragraph"><em>'
        + px.note("update", "Updated at 1:23 p.m.", "", ts("13:23", ET))
        + "Updated at 1:23 p.m.</em></p>"
    )
    # the note has no text: its first words are the line itself
    px.blocks[-1]["first_words"] = "Updated at 1:23 p.m."
    px.block_texts[-1] = "Updated at 1:23 p.m."
    more = px.pick(TEASERS["en"], 4)
    body = f"""
<div class="cms-cookie"><p>{px.F("POLITICO and its partners use cookies to improve your experience, show you personalized ads and measure how you use our site.")}</p><button>Accept</button></div>
<header class="global-header"><a href="/" class="logo">POLITICO</a>{nav(["Congress", "White House", "Elections", "Legal", "States", "Playbook", "Newsletters", "Podcasts", "Pro"], "header-nav", "")}</header>
<main class="container"><article class="story-layout">
<div class="story-meta__label"><a href="/news/pennsylvania">Pennsylvania</a></div>
<h2 class="headline">Pennsylvania Senate passes transit rescue in rare Sunday vote</h2>
<p class="dek">The bill now heads to a House that has twice rejected similar plans.</p>
<div class="story-meta"><p class="story-meta__authors">By <a href="/staff/ruth-abernathy">Ruth Abernathy</a></p><p class="story-meta__timestamp"><time datetime="2026-12-06T11:02:00-05:00">12/06/2026 11:02 AM EST</time></p></div>
<div class="share-bar"><a>Link Copied</a><a>Facebook</a><a>Email</a><a>Print</a></div>
<div class="story-text">{"".join(out)}</div>
<div class="story-meta__filed"><p>Filed under: <a>Pennsylvania</a>, <a>Transit</a>, <a>SEPTA</a></p></div>
<div class="newsletter-signup"><p>{px.F("Sign up for POLITICO Pro Transportation for unparalleled policy coverage.")}</p></div>
</article>
<aside class="most-read"><h3>Most Read</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in more)}</ol></aside></main>
<footer class="global-footer">{nav(["About Us", "Advertising", "Breaking News Alerts", "Careers", "Credit Card Payments", "Digital Edition", "FAQ", "Feedback", "Headlines", "Photos", "Press", "Print Subscriptions"], "footer", "")}<p>{px.F("© 2026 POLITICO LLC")}</p></footer>"""
    head = (
        css("pol", 40)
        + jsonld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Pennsylvania Senate passes transit rescue in rare Sunday vote",
                "datePublished": "2026-12-06T11:02:00-05:00",
                "dateModified": "2026-12-06T13:23:00-05:00",
            }
        )
        + analytics("politico")
    )
    return doc(
        "en", "Pennsylvania Senate passes transit rescue in rare Sunday vote - POLITICO", head, body
    )


# ---------------------------------------------------------------------------------------------
# The Guardian live blog: DCR hashed classes, "16.42 GMT" <time>, key events, "Updated at" lines.

GUARDIAN_ENTRIES = [
    # id, clock, headline, paras, updated-at line, key event
    (
        "b7f3a1",
        "21.36",
        "Barrier to stay closed overnight, says Environment Agency",
        [
            "The Environment Agency has confirmed that the Thames Barrier will stay closed through the next high tide at about 4am, the fourth closure in two days.",
            "Its duty manager, Gareth Omondi, said water levels at Silvertown peaked about 40cm below the level that would have overtopped the defences.",
        ],
        None,
        True,
    ),
    (
        "a91c0e",
        "21.02",
        None,
        [
            "A reader in Deptford, Ruth, has sent this picture of the river lapping at the top step of the Watergate Street stairs. She says she has lived by the river for 30 years and has “never seen it this high”.",
        ],
        None,
        False,
    ),
    (
        "9e22d4",
        "20.18",
        "Southeastern suspends trains between Greenwich and Woolwich",
        [
            "Southeastern says it has suspended services between Greenwich and Woolwich Arsenal because of flooding at Charlton, where water has reached the track bed.",
            "Replacement buses are running but the operator warns of long queues.",
        ],
        "Updated at 20.31 GMT",
        True,
    ),
    (
        "6d0b7f",
        "19.45",
        "What is the Thames Barrier and how does it work?",
        [
            "The barrier, which spans 520 metres across the river at Woolwich, has 10 steel gates that rotate up from the riverbed to hold back surge tides coming in from the North Sea.",
            "It has been closed more than 220 times since it opened in 1982.",
        ],
        None,
        False,
    ),
    (
        "4c8a13",
        "19.12",
        "Homes evacuated in Erith as river wall leaks",
        [
            "Bexley council says about 60 homes on the riverside estate in Erith have been evacuated as a precaution after water was seen seeping through a section of the river wall.",
            "A rest centre has opened at the Riverside leisure centre, the council said.",
        ],
        "Updated at 19.40 GMT",
        True,
    ),
    (
        "2b55e9",
        "18.40",
        None,
        [
            "London Fire Brigade says it has taken more than 300 calls related to flooding since midday, mostly from basements in Rotherhithe and Greenwich. Crews have carried out four rescues from vehicles.",
        ],
        None,
        False,
    ),
]


def guardian(px: Px) -> str:
    r = px.rnd
    entries = list(GUARDIAN_ENTRIES)
    if px.genuine:
        entries.insert(
            0,
            (
                "c04f88",
                "22.56",
                "Mayor thanks emergency crews as tide passes",
                [
                    "London’s mayor has thanked firefighters and Environment Agency staff after the evening high tide passed without any breach of the flood defences.",
                ],
                None,
                False,
            ),
        )
    pinned = (
        "p0a1b2",
        "17.05",
        "Welcome and summary",
        [
            "Good evening. Here is where things stand: the Thames Barrier is closed, flood warnings are in force from Putney to Gravesend and residents of riverside homes are being told to move valuables upstairs.",
        ],
    )
    key_events = "".join(
        f'<li class="dcr-1k4z0x"><a href="#block-{e[0]}"><time>{e[1]} GMT</time> <span>{esc(e[2])}</span></a></li>'
        for e in entries
        if e[5]
    )
    posts = []
    ad_after = r.choice([1, 2, 3])
    for k, (bid, clock, headline, paras, updated, _key) in enumerate(entries):
        genuine = px.genuine and k == 0
        px.entry(clock, ts(clock.replace(".", ":"), UK), headline, paras, genuine=genuine)
        h = f'<h2 class="dcr-x7u2o1">{esc(headline)}</h2>' if headline else ""
        up = f'<p class="dcr-updated-9sk">{esc(updated)}</p>' if updated else ""
        posts.append(
            f'<article id="block-{bid}" class="dcr-2hm3x4" data-gu-name="live-block">'
            f'<div class="dcr-1p0hins"><a href="?page=with:block-{bid}#block-{bid}" class="dcr-vq3b5"><time datetime="{ts(clock.replace(".", ":"), "Z").replace("+", "")}" class="dcr-kv4e1">{clock} GMT</time></a></div>'
            f'{h}<div class="dcr-blocks">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div>{up}'
            f'<div class="dcr-share"><button>Share</button></div></article>'
        )
        if k == ad_after:
            posts.append(
                f'<aside class="ad-slot-container dcr-ad"><p class="ad-slot__label">Advertisement</p><p>{px.F(r.choice(ADS["en"]))}</p></aside>'
            )
    px.entry(pinned[1], ts(pinned[1].replace(".", ":"), UK), pinned[2], pinned[3])
    pinned_html = (
        f'<section class="dcr-pinned-c5m"><p class="dcr-pinned-label">Pinned post</p>'
        f'<article id="block-{pinned[0]}" class="dcr-2hm3x4"><div class="dcr-1p0hins"><time>{pinned[1]} GMT</time></div>'
        f'<h2 class="dcr-x7u2o1">{esc(pinned[2])}</h2><div class="dcr-blocks"><p>{esc(pinned[3][0])}</p></div></article></section>'
    )
    intro = [
        "Flood warnings remain in place along the tidal Thames as a surge tide and heavy rain threaten riverside homes; Environment Agency says barrier will stay shut overnight",
    ]
    read = r.randint(12, 160)
    most = px.pick(TEASERS["en"], 5)
    callout = px.F(
        "Are you affected by the flooding? Share your experiences, photos and videos with us."
    )
    body = f"""
<div class="dcr-consent"><p>{px.F("We use cookies and similar technologies to personalise content and ads, and to analyse how our site is used.")}</p></div>
<header class="dcr-hdr"><a href="/uk" class="dcr-logo">The Guardian</a><p class="dcr-strap">{px.F("Support the Guardian: fund the free press with $5 per month")}</p>
{nav(["News", "Opinion", "Sport", "Culture", "Lifestyle", "UK", "World", "Climate crisis", "Environment", "Science", "Global development", "Football"], "dcr-pillars", "")}</header>
<main class="dcr-main"><article class="dcr-liveblog">
<div class="dcr-kicker"><span class="dcr-live">Live</span> <a href="/uk-news/london">London</a></div>
<h1 class="dcr-headline">Thames flooding: barrier closed as surge tide threatens riverside homes – live</h1>
<div class="dcr-standfirst">{"".join(f"<p>{px.B(esc(p))}</p>" for p in intro)}</div>
<div class="dcr-meta"><address>Lydia Farrant and Tom Ashworth</address><p class="dcr-dateline"><time>Sun 6 Dec 2026 21.36 GMT</time></p></div>
<div class="dcr-keyevents"><h2>Key events</h2><ul>{key_events}</ul><button>Show key events only</button><p>{px.F("Please turn on JavaScript to use this feature")}</p></div>
<figure><img src="/img/barrier.jpg" alt=""><figcaption>The Thames Barrier in the closed position on Sunday afternoon. Photograph: Sandra Mirrlees/The Guardian</figcaption></figure>
<div id="liveblog-body" class="dcr-lb-body">
{pinned_html}
<div class="dcr-feed">{"".join(posts)}</div>
</div>
<div class="dcr-callout"><p>{callout}</p><form><input name="name"><textarea></textarea></form></div>
<div class="dcr-epic"><p>{px.F(f"You’ve read {read} articles in the last year")}</p><p>{px.F("… we have a small favour to ask. Readers’ support powers our journalism.")}</p></div>
</article>
<aside class="dcr-most-viewed"><h2>Most viewed</h2><ol>{"".join(f"<li>{px.F(t)}</li>" for t in most)}</ol></aside></main>
<footer class="dcr-footer">{nav(["About us", "Contact us", "Complaints & corrections", "SecureDrop", "Work for us", "Privacy policy", "Cookie policy", "Terms & conditions", "Help"], "dcr-footer-nav", "")}
<p>{px.F("© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.")}</p></footer>"""
    updates = [
        {
            "@type": "BlogPosting",
            "headline": e[2] or e[3][0][:60],
            "datePublished": ts(e[1].replace(".", ":"), UK),
            "articleBody": " ".join(e[3]),
        }
        for e in entries
    ]
    head = (
        css("dcr", 70)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "Thames flooding: barrier closed as surge tide threatens riverside homes – live",
                "coverageStartTime": "2026-12-06T17:05:00+00:00",
                "datePublished": "2026-12-06T17:05:00+00:00",
                "dateModified": ts(entries[0][1].replace(".", ":"), UK),
                "liveBlogUpdate": updates,
            }
        )
        + analytics("guardian")
    )
    return doc(
        "en-GB",
        "Thames flooding: barrier closed as surge tide threatens riverside homes – live | London | The Guardian",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# CNN live: "What we're covering" bullets as intro, posts stamped "3:12 p.m. ET, December 6, 2026".

CNN_POSTS = [
    (
        "cm4f1",
        "4:48 p.m. ET",
        "16:48",
        "Water service restored to most of Center City, utility says",
        "From CNN’s Aaron Pell",
        [
            "The Philadelphia Water Department says pressure has returned to normal for about 80% of affected customers in Center City, though a boil-water advisory remains in effect.",
            "“Do not drink tap water without boiling it first until we tell you otherwise,” the department’s commissioner, Sheila Varga, said at a briefing.",
        ],
    ),
    (
        "cm4e9",
        "3:55 p.m. ET",
        "15:55",
        "Sinkhole on Market Street is about 30 feet wide, officials say",
        "From CNN’s Lena Brooks",
        [
            "The collapse near 13th and Market streets left a hole roughly 30 feet wide and 12 feet deep, city officials said. A parked delivery van slid partway in but no one was inside.",
        ],
    ),
    (
        "cm4d2",
        "3:10 p.m. ET",
        "15:10",
        "SEPTA reroutes trolleys and shuts part of the Market-Frankford Line",
        "From CNN’s Aaron Pell",
        [
            "SEPTA has suspended Market-Frankford Line service between 2nd Street and 15th Street stations because of water in the tunnel. Shuttle buses are running on Chestnut Street.",
            "Trolley routes that normally run through the subway-surface tunnel are being diverted, the agency said.",
        ],
    ),
    (
        "cm4c7",
        "2:31 p.m. ET",
        "14:31",
        "Mayor says main that broke was installed in 1904",
        "From CNN’s Joe Santangelo",
        [
            "Philadelphia Mayor Gregory Ames said the 48-inch main that ruptured Sunday morning was more than a century old and had been scheduled for replacement in 2028.",
            "“This is exactly the kind of pipe we have been racing to replace,” Ames said.",
        ],
    ),
    (
        "cm4b3",
        "1:47 p.m. ET",
        "13:47",
        "Water main break floods streets near City Hall",
        "From CNN’s Lena Brooks",
        [
            "A major water main broke shortly before 11 a.m. Sunday under Market Street in downtown Philadelphia, flooding several blocks and forcing the evacuation of two office buildings, city officials said.",
        ],
    ),
]


def cnn(px: Px) -> str:
    r = px.rnd
    posts = list(CNN_POSTS)
    if px.genuine:
        posts.insert(
            0,
            (
                "cm4g6",
                "5:53 p.m. ET",
                "17:53",
                "Crews expect repairs to take at least three days",
                "From CNN’s Joe Santangelo",
                [
                    "Water department crews will work through the night to isolate the broken main, but full repairs are expected to take at least three days, a department spokesperson told CNN.",
                ],
            ),
        )
    html_posts = []
    teaser_at = r.choice([1, 2, 3])
    for k, (pid, clock, hhmm, headline, byline, paras) in enumerate(posts):
        label = f"{clock}, December 6, 2026"
        px.entry(label, ts(hhmm, ET), headline, paras, genuine=px.genuine and k == 0)
        html_posts.append(
            f'<article class="live-story-post" data-post-id="{pid}" id="{pid}">'
            f'<header class="live-story-post__header"><div class="live-story-post__timestamp">{label}</div>'
            f'<h2 class="live-story-post__headline">{esc(headline)}</h2><div class="byline__names">{esc(byline)}</div></header>'
            f'<div class="live-story-post__content">{"".join(f"<p class=paragraph>{esc(p)}</p>" for p in paras)}</div>'
            f'<div class="live-story-post__share"><button>Link Copied!</button></div></article>'
        )
        if k == teaser_at:
            t = r.choice(TEASERS["en"])
            html_posts.append(
                f'<div class="related-content related-content--article"><span class="related-content__label">Related article</span><a>{px.F(t)}</a></div>'
            )
    bullets = [
        "A major water main broke under Market Street in downtown Philadelphia on Sunday morning, flooding streets near City Hall and opening a large sinkhole.",
        "Parts of Center City are under a boil-water advisory, and SEPTA has shut a section of the Market-Frankford Line.",
        "No injuries have been reported, officials said.",
    ]
    viewers = thousands(r.randint(1200, 9800), "en")
    body = f"""
<div class="cnn-cookie"><p>{px.F("We use cookies and other technologies to improve your experience, analyze traffic and serve personalized ads.")}</p></div>
<header class="header"><a class="brand-logo" href="/">CNN</a>{nav(["US", "World", "Politics", "Business", "Health", "Entertainment", "Style", "Travel", "Sports", "Science", "Climate", "Weather", "Ukraine-Russia War", "Israel-Hamas War"], "header__nav", "")}<a href="/live-tv">Watch</a><a href="/audio">Listen</a></header>
<section class="layout__wrapper"><div class="headline headline--live"><span class="live-badge">Live Updates</span>
<h1 class="headline__text">Philadelphia water main break floods Center City streets</h1></div>
<div class="headline__sub-description"><span class="byline">By <a>Lena Brooks</a>, <a>Aaron Pell</a> and <a>Joe Santangelo</a>, CNN</span>
<div class="timestamp">Updated 6:02 PM EST, Sun December 6, 2026</div></div>
<div class="live-story__counter">{px.F(f"{viewers} people are following this story")}</div>
<div class="live-story__intro"><h2>What we’re covering</h2><ul>{"".join(f"<li>{px.B(esc(b))}</li>" for b in bullets)}</ul></div>
<div class="ad-slot ad-slot--header"><p>{px.F(r.choice(ADS["en"]))}</p></div>
<div class="live-story__items">{"".join(html_posts)}</div>
<div class="live-story__more"><button>Load more</button></div>
<div class="newsletter-promo"><p>{px.F("Sign up for CNN’s 5 Things newsletter: the news you need in five minutes.")}</p></div>
<div class="zone--paid-partner"><h3>Paid Partner Content</h3><ul>{"".join(f"<li>{px.F(a)}</li>" for a in ADS["en"][1:3])}</ul></div>
</section>
<footer class="footer">{nav(["Terms of Use", "Privacy Policy", "Cookie Settings", "Ad Choices", "Accessibility & CC", "About", "Newsletters", "Transcripts"], "footer__nav", "")}<p>{px.F("© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.")}</p></footer>"""
    lbu = [
        {
            "@type": "BlogPosting",
            "headline": p[3],
            "datePublished": ts(p[2], ET),
            "articleBody": " ".join(p[5]),
            "url": f"https://www.cnn.invalid/us/live-news/philadelphia-water-main-12-06-26#{p[0]}",
        }
        for p in posts
    ]
    head = (
        css("cnn", 60)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsMediaOrganization",
                "name": "CNN",
                "url": "https://www.cnn.invalid",
            }
        )
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "US",
                        "item": "https://www.cnn.invalid/us",
                    }
                ],
            }
        )
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "Philadelphia water main break floods Center City streets",
                "coverageStartTime": "2026-12-06T13:47:00-05:00",
                "liveBlogUpdate": lbu,
            }
        )
        + analytics("cnn")
    )
    return doc(
        "en", "Live updates: Philadelphia water main break floods Center City | CNN", head, body
    )


# ---------------------------------------------------------------------------------------------
# Sky News live: Livecenter-style "lc-" posts, clock then optional "Breaking" tag then headline.


def skynews(px: Px) -> str:
    r = px.rnd
    posts = [
        (
            "19:58",
            True,
            "M62 reopens westbound after 11 hours",
            [
                "National Highways says the westbound carriageway between junctions 22 and 24 has reopened. The eastbound side remains shut while gritters clear abandoned lorries."
            ],
        ),
        (
            "19:20",
            False,
            "'We had a flask of tea and a packet of biscuits'",
            [
                "Driver Anwen Price told Sky News she and her partner spent seven hours stuck near Saddleworth Moor.",
                '"People were walking between cars handing out blankets. Everyone was brilliant," she said.',
            ],
        ),
        (
            "18:45",
            False,
            None,
            [
                "Greater Manchester Police say officers have checked more than 400 vehicles on the closed stretch and no one has needed hospital treatment."
            ],
        ),
        (
            "18:02",
            True,
            "Army called in to help stranded drivers",
            [
                "Soldiers from 4th Battalion The Yorkshire Regiment have been deployed with all-terrain vehicles to reach drivers trapped on the M62 near Junction 23, the Ministry of Defence says."
            ],
        ),
        (
            "17:31",
            False,
            "Rail replacement buses cancelled over Pennines",
            [
                "TransPennine Express says it has cancelled rail replacement buses between Manchester Victoria and Huddersfield because the roads are too dangerous."
            ],
        ),
    ]
    html_posts = []
    for k, (clock, breaking, headline, paras) in enumerate(posts):
        px.entry(clock, ts(clock, UK), headline, paras)
        tag = '<span class="lc-post__tag">Breaking</span>' if breaking else ""
        h = f'<h3 class="lc-post__title">{esc(headline)}</h3>' if headline else ""
        html_posts.append(
            f'<div class="lc-post lc-post--{k}" data-lc-id="{9120 + k}"><div class="lc-post__meta"><span class="lc-post__time">{clock}</span>{tag}</div>'
            f'<div class="lc-post__body">{h}{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div></div>'
        )
        if k == 1:
            html_posts.append(f'<div class="sdc-site-ad"><p>{px.F(r.choice(ADS["en"]))}</p></div>')
    keypoints = [
        "M62 closed in both directions between junctions 21 and 24 after heavy snow",
        "Hundreds of drivers stranded overnight near Saddleworth Moor",
        "Army deployed to help reach stranded vehicles",
    ]
    watch = r.choice(["Watch Sky News live", "Watch Sky News live and free"])
    body = f"""
<div class="sdc-consent"><p>{px.F("Sky and our partners use cookies to store and access personal data such as browsing data for personalised ads and content.")}</p></div>
<header class="sdc-site-header"><a href="/" class="sdc-logo">Sky News</a>{nav(["Home", "UK", "Politics", "World", "US", "Money", "Science & Tech", "Climate", "Weather", "Analysis", "Offbeat", "Programmes"], "sdc-site-header__menu", "")}<a class="sdc-watch">{esc(watch)}</a></header>
<main class="sdc-article"><div class="sdc-article-header"><span class="sdc-label">LIVE</span>
<h1 class="sdc-article-header__long-title">M62 snow latest: Hundreds stranded overnight as army called in</h1>
<p class="sdc-article-header__sub-title">{px.B(esc("Heavy snow has shut the M62 across the Pennines, leaving hundreds of drivers stranded. Follow the latest updates below."))}</p></div>
<div class="sdc-key-points"><h2>Key points</h2><ul>{"".join(f"<li><a href='#'>{esc(k)}</a></li>" for k in keypoints)}</ul></div>
<div class="sdc-share"><span>Share</span><span>Twitter</span><span>Whatsapp</span></div>
<div class="lc-feed" id="livecenter-feed">{"".join(html_posts)}</div>
<div class="sdc-newsletter"><p>{px.F("Get the Sky News Daily podcast and the Sky News breaking news alerts on your phone.")}</p></div>
<div class="sdc-most-read"><h3>Most read</h3><ol>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["en"], 4))}</ol></div>
</main>
<footer class="sdc-site-footer">{nav(["About Sky News", "About Us", "Sky Academy Studios", "Sky News Library Sales", "Site Map", "Editorial Guidelines", "Sky News Board"], "sdc-footer-nav", "")}<p>{px.F("© 2026 Sky UK")}</p></footer>"""
    head = (
        css("sdc", 50)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "WebPage",
                        "@id": "https://news.sky.invalid/story/m62-snow#webpage",
                        "name": "M62 snow latest",
                    },
                    {
                        "@type": "LiveBlogPosting",
                        "@id": "https://news.sky.invalid/story/m62-snow#live",
                        "headline": "M62 snow latest: Hundreds stranded overnight as army called in",
                        "coverageStartTime": "2026-12-06T06:10:00+00:00",
                        "datePublished": "2026-12-06T06:10:00+00:00",
                    },
                    {"@type": "Organization", "name": "Sky News"},
                ],
            }
        )
        + analytics("skynews")
    )
    return doc(
        "en-GB",
        "M62 snow latest: Hundreds stranded overnight as army called in | UK News | Sky News",
        head,
        body,
    )


# ---------------------------------------------------------------------------------------------
# Axios (plain): smart-brevity labels inside body paragraphs, "Go deeper" links.


def axios(px: Px) -> str:
    r = px.rnd
    blocks = [
        (
            "p",
            "The MBTA will run Green Line trains every 12 minutes on weekends through March, the agency announced Sunday, after a month of winter slow zones doubled some commute times.",
        ),
        (
            "p",
            "<strong>Why it matters:</strong> The Green Line is the busiest light-rail line in the country, and riders have spent much of the fall waiting on frozen platforms.",
        ),
        (
            "p",
            "<strong>Driving the news:</strong> MBTA general manager Felicia Roan said crews had fixed 9 of the 14 slow zones flagged in November, but needed weekend shutdowns to finish the rest.",
        ),
        (
            "ul",
            [
                "The B and C branches will see bus shuttles on two weekends in January.",
                "The Union Square branch will run as normal.",
            ],
        ),
        (
            "p",
            "<strong>What they're saying:</strong> \"We know people are tired of hearing 'it's getting better,'\" Roan said. \"So we are publishing the slow-zone map every Monday.\"",
        ),
        (
            "p",
            "<strong>Between the lines:</strong> The schedule change is also a budget move: fewer weekend trips free up operators to cover weekday shortages.",
        ),
        (
            "p",
            "<strong>What's next:</strong> The MBTA board votes on the winter service plan on Dec. 17.",
        ),
    ]
    out = []
    for k, b in enumerate(blocks):
        if b[0] == "ul":
            out.append(
                '<ul class="list-disc">'
                + "".join(f"<li>{px.B(esc(li))}</li>" for li in b[1])
                + "</ul>"
            )
        else:
            out.append(f'<p class="gtm-story-paragraph">{px.B(b[1])}</p>')
        if k == 2:
            out.append(
                f'<div class="go-deeper"><p>{px.F("Go deeper: " + r.choice(TEASERS["en"][:5]))}</p></div>'
            )
        if k == 4:
            out.append(f'<div class="ad-wrapper"><p>{px.F(r.choice(ADS["en"]))}</p></div>')
    body = f"""
<div class="consent-manager"><p>{px.F(COOKIE["en"])}</p></div>
<header class="Header_header__a8Jk"><a href="/" class="Logo_logo__2kz">Axios</a>{nav(["Politics & Policy", "Economy & Business", "Tech", "Health", "World", "Local", "Sports", "Science"], "Header_nav__b1", "")}<a>Newsletters</a></header>
<div class="local-bar"><p>{px.F("Axios Boston: Local news that makes you smarter. Subscribe for free.")}</p></div>
<main class="Main_main__x2"><article class="StoryLayout_story__q1">
<h1 class="StoryHeadline_headline__k2">MBTA sets winter Green Line schedule after slow-zone mess</h1>
<div class="StoryByline_byline__l3"><span>Mira Calloway</span><time datetime="2026-12-06T14:30:00-05:00">Dec 6, 2026</time><span class="read-time">{px.F("2 min read")}</span></div>
<figure><img src="/img/greenline.jpg" alt=""><figcaption>A Green Line train at Kenmore station. Photo: Ezra Lindholm/Boston Globe via Getty Images</figcaption></figure>
<div class="gtm-story-text DraftjsBlocks_draftjs__s1">{"".join(out)}</div>
<div class="newsletter-cta"><p>{px.F("Get more local stories in your inbox with Axios Boston.")}</p></div>
<div class="StoryFooter_tags__x"><a>Boston</a><a>Transportation</a></div>
</article>
<aside class="more-stories"><h3>Axios Boston stories</h3><ul>{"".join(f"<li>{px.F(t)}</li>" for t in px.pick(TEASERS["en"], 4))}</ul></aside></main>
<footer class="Footer_footer__z">{nav(["About", "Advertise", "Careers", "Events", "Axios Pro", "Privacy Policy", "Terms", "Online Tracking Choices"], "Footer_links", "")}<p>{px.F("© 2026 Axios Media")}</p></footer>"""
    head = (
        css("ax", 40)
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "MBTA sets winter Green Line schedule after slow-zone mess",
                "datePublished": "2026-12-06T14:30:00-05:00",
            }
        )
        + analytics("axios")
    )
    return doc(
        "en", "MBTA sets winter Green Line schedule after slow-zone mess - Axios Boston", head, body
    )


SITES = {
    "washpost-metro-fares": ("en", "The Washington Post", "updates", washpost),
    "npr-richmond-libraries": ("en", "NPR", "updates", npr),
    "bloomberg-kestrel-plant": ("en", "Bloomberg", "updates", bloomberg),
    "politico-septa-vote": ("en", "POLITICO", "updates", politico),
    "guardian-live-thames": ("en", "The Guardian live", "live", guardian),
    "cnn-live-philly-water": ("en", "CNN live", "live", cnn),
    "skynews-live-m62-snow": ("en", "Sky News live", "live", skynews),
    "axios-boston-greenline": ("en", "Axios", "plain", axios),
}
