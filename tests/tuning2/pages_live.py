"""Live blogs and tickers (10 publishers: EN 3, DE 2, FR 2, IT, ES, PT).

Every per-entry attribute (id, author, source, relative time, share links, the ad slot that
follows it) is derived from the entry itself, never from its position, so a new entry on fetch 6
moves nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from chrome import (
    ad_slot,
    cookie_banner,
    figure,
    footer,
    most_read,
    nav,
    newsletter_box,
    related,
    share_bar,
    teaser,
)
from kit import AEDT, CET, ET, IST, LISBON, Classes, Page, at, attr, esc, head, key, template
from noise import Noise


@dataclass
class E:
    when: datetime
    label: str
    headline: str | None
    paras: list[str]
    author: str = ""
    embed: str = ""  # an embedded post (plain text; the template marks it up)
    embed_by: str = ""
    pinned: bool = False
    source: str = ""

    @property
    def id(self) -> str:
        return key(self.label, self.headline or self.paras[0])

    def utc(self) -> str:
        return self.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def order(entries: list[E], new: E | None) -> list[E]:
    """The page order: pinned entries first, then the newest first (a new entry goes on top of
    the unpinned ones)."""
    pinned = [e for e in entries if e.pinned]
    rest = sorted((e for e in entries if not e.pinned), key=lambda e: e.when, reverse=True)
    if new is not None:
        rest.insert(0, new)
    return pinned + rest


def anchor(noise: Noise, entries: list[E], new: E | None) -> str:
    """The entry a rotating teaser follows on this fetch: one of the entries every fetch has."""
    return noise.pick("teaser-anchor", [e.id for e in entries if e is not new and not e.pinned])


def record(page: Page, entries: list[E], new: E | None) -> None:
    for e in entries:
        page.entry(e.label, e.when, e.headline, e.paras[0], genuine=e is new)
        if e.headline:
            page.content.append(e.headline)


def paras(page: Page, e: E, p_class: str) -> str:
    return "".join(f'<p class="{p_class}">{page.t(p)}</p>\n' for p in e.paras)


def ld_live(
    title: str, url: str, start: datetime, modified: datetime, entries: list[E], publisher: str
) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "url": url,
        "coverageStartTime": start.isoformat(),
        "dateModified": modified.isoformat(),
        "publisher": {"@type": "Organization", "name": publisher},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": e.headline or e.paras[0][:80],
                "datePublished": e.when.isoformat(),
            }
            for e in entries
        ],
    }


# ---------------------------------------------------------------------------------------------
# CNBC: div entries (CSS modules), "Sun, Dec 6 2026 4:12 PM EST" above the headline, an author
# and a share menu per entry, "Key Points" on top, "Load More" at the end


@template("cnbc-live-pilots-strike", "CNBC live updates", "en", "live")
def cnbc(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("cnbc", "modules")
    title = "Skyward Airlines pilots walk off the job: Live updates"
    url = "https://www.cnbc.invalid/2026/12/06/skyward-airlines-pilots-strike-live-updates.html"

    def stamp(h: int, m: int) -> str:
        return f"Sun, Dec 6 2026 {(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'} EST"

    entries = [
        E(
            at(ET, 16, 12),
            stamp(16, 12),
            "Union says no talks are scheduled",
            [
                "The Air Line Pilots Guild said Sunday afternoon that no new negotiating sessions had been scheduled and that picket lines would stay up at all 11 of Skyward's crew bases.",
                "\u201cWe are ready to talk the minute management is ready to listen,\u201d guild president Carla Mendes told reporters outside the airline's Denver training center.",
            ],
            author="Marisa Quent",
        ),
        E(
            at(ET, 15, 5),
            stamp(15, 5),
            "Strike could cost Skyward $38 million a day, analysts say",
            [
                "Analysts at Cranmore Securities estimated that each day of the walkout would cost the airline about $38 million in lost revenue, and warned that a strike lasting into the holiday period could wipe out its fourth-quarter profit.",
            ],
            author="Devin Okafor",
        ),
        E(
            at(ET, 13, 40),
            stamp(13, 40),
            "Transportation secretary urges both sides back to the table",
            [
                "The transportation secretary said on social media that the department was monitoring the strike's impact on travelers and urged the airline and the union to resume talks.",
            ],
            author="Marisa Quent",
            embed="Stranded travelers deserve better. I urge Skyward and its pilots to get back to the table today.",
            embed_by="Transportation Secretary (@SecTransport) December 6, 2026",
        ),
        E(
            at(ET, 11, 25),
            stamp(11, 25),
            "Airline cancels nearly all flights through Tuesday",
            [
                "Skyward canceled 1,870 flights scheduled for Sunday through Tuesday, more than 95% of its schedule, according to flight-tracking data.",
                "The airline said customers could rebook without fees or request a full refund, and that it had reached agreements with two other carriers to accept its tickets.",
            ],
            author="Devin Okafor",
        ),
        E(
            at(ET, 9, 10),
            stamp(9, 10),
            "Passengers scramble to rebook",
            [
                "Long lines formed at Skyward counters in Denver, Phoenix and Charlotte early Sunday as passengers tried to find seats on other airlines.",
            ],
            author="Marisa Quent",
        ),
    ]
    new = None
    if genuine:
        new = E(
            at(ET, 17, 54),
            stamp(17, 54),
            "Skyward asks federal mediator to convene talks Monday",
            [
                "Skyward Airlines said in a statement Sunday evening that it had asked the National Mediation Board to bring both sides together on Monday morning.",
            ],
            author="Devin Okafor",
        )
    entries = order(entries, new)
    record(page, entries, new)
    ads_after = {
        "Strike could cost Skyward $38 million a day, analysts say": "mid-1",
        "Airline cancels nearly all flights through Tuesday": "mid-2",
    }
    after = anchor(noise, entries, new)

    posts = []
    for e in entries:
        embed = ""
        if e.embed:
            embed = f"""<blockquote class="twitter-tweet {c("LiveBlogPost.embed")}"><p lang="en" dir="ltr">{page.t(e.embed)}</p>&mdash; {esc(e.embed_by)}</blockquote>\n"""
        posts.append(f"""<div class="{c("LiveBlogPost.container")}" id="post-{e.id}" data-post-id="{e.id}">
  <div class="{c("LiveBlogPost.timestamp")}"><time datetime="{e.utc()}">{esc(e.label)}</time><span class="{c("LiveBlogPost.ago")}">{page.f(noise.ago(e.when, "long"))}</span></div>
  <h2 class="{c("LiveBlogPost.headline")}">{esc(e.headline or "")}</h2>
  <div class="{c("LiveBlogPost.content")}">
{paras(page, e, c("LiveBlogPost.p"))}{embed}  </div>
  <div class="{c("LiveBlogPost.footer")}"><span class="{c("LiveBlogPost.author")}">&mdash; {esc(e.author)}</span><button type="button" class="{c("LiveBlogPost.share")}" data-href="{attr(url)}#post-{e.id}">Share</button></div>
</div>
""")
        if e.headline in ads_after:
            posts.append(ad_slot(page, noise, c, ads_after[e.headline], 0.8))
        if e.id == after:
            posts.append(teaser(page, noise, c, "between-posts", "READ MORE:"))
    latest = entries[1] if entries[0].pinned else entries[0]
    key_points = [
        "Pilots at Skyward Airlines went on strike at 12:01 a.m. ET Sunday after talks over pay and scheduling broke down.",
        "The airline has canceled nearly all flights through Tuesday.",
        "Skyward is the fourth-largest U.S. carrier by passengers.",
    ]
    intro = page.intro(
        [
            "Pilots at Skyward Airlines walked off the job early Sunday, grounding most of the carrier's fleet just weeks before the holiday travel rush. Follow the latest below.",
        ]
    )
    ld = ld_live(title, url, at(ET, 7, 0), latest.when, entries, "CNBC")
    return (
        head(title, "en", "CNBC", url, title, ld, [c("LiveBlogPost.container")])
        + f"""<body>
<div id="root">
{cookie_banner(page, noise, c)}
<div class="{c("MarketsBanner.root")}"><span>{page.f(noise.market("DOW FUT", 44120.0))}</span><span>{page.f(noise.market("S&P FUT", 6240.0))}</span></div>
{nav(page, c, "CNBC", ["Markets", "Business", "Investing", "Tech", "Politics", "Video", "Watchlist"], f'<a class="{c("Header.pro")}" href="/pro/">PRO</a>')}
<main class="{c("ArticleBody.main")}">
  <div class="{c("ArticleHeader.root")}">
    <a class="{c("ArticleHeader.eyebrow")}" href="/airlines/">AIRLINES</a>
    <span class="{c("ArticleHeader.live")}">LIVE UPDATES</span>
    <h1 class="{c("ArticleHeader.headline")}">{page.headline(title)}</h1>
    <div class="{c("ArticleHeader.time")}"><time>{page.f("Updated " + latest.label)}</time></div>
    <div class="{c("ArticleHeader.authors")}">{page.f("Marisa Quent, Devin Okafor")}</div>
    {share_bar(page, c)}
  </div>
  <div class="{c("RenderKeyPoints.keyPoints")}"><h2>Key Points</h2><ul>{"".join(f"<li>{page.f(k)}</li>" for k in key_points)}</ul></div>
  <div class="{c("ArticleBody.group")}"><p>{intro[0]}</p></div>
  {figure(page, c, "Skyward Airlines planes sit parked at Denver International Airport on Dec. 6, 2026.", "Ryan Holcomb | Bloomberg | Getty Images", "/img/skyward-parked")}
  <div class="{c("LiveBlogBody.posts")}">
{"".join(posts)}  </div>
  <button type="button" class="{c("LiveBlogBody.loadMore")}">{page.f("Load More")}</button>
  {newsletter_box(page, noise, c, "Sign up for CNBC's Evening Brief")}
  {related(page, noise, c, [("Airline stocks slide as strike fears spread", "Why investors are bracing for airline strikes"), ("What to do if your holiday flight is canceled", "Your rights when an airline cancels your flight")], "Related")}
</main>
{footer(page, c, ["Privacy Policy", "Do Not Sell My Personal Information", "Terms of Service", "Help"], "© 2026 CNBC LLC. All Rights Reserved. A Division of NBCUniversal")}
</div>
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# The Times of India: <li> entries with minified classes, the full date under the headline in a
# <span>, an embedded post, "Load more updates"


@template("toi-live-delhi-air", "The Times of India live", "en", "live")
def toi(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("toi", "short")
    title = "Delhi air pollution LIVE updates: AQI crosses 450 at several stations, primary schools shift online"
    url = "https://timesofindia.invalid/city/delhi/delhi-air-pollution-live-updates-aqi/liveblog/118203345.cms"
    entries = [
        E(
            at(IST, 19, 45),
            "Dec 6, 2026, 19:45 IST",
            "GRAP stage IV curbs to stay, says air quality panel",
            [
                "The Commission for Air Quality Management said restrictions under stage IV of the Graded Response Action Plan will remain in force at least until Tuesday, including the ban on trucks entering the city.",
            ],
        ),
        E(
            at(IST, 18, 20),
            "Dec 6, 2026, 18:20 IST",
            "Metro to run 40 extra trips on Monday",
            [
                "Delhi Metro will add 40 trips across its network on Monday to handle extra commuters as the government urged people to avoid private vehicles.",
            ],
            embed="To support clean air measures, 40 additional train trips will run on Monday across all lines. Plan your journey and travel by Metro.",
            embed_by="Delhi Metro Rail (@OfficialDMRC) December 6, 2026",
        ),
        E(
            at(IST, 16, 5),
            "Dec 6, 2026, 16:05 IST",
            "AQI at Anand Vihar touches 478",
            [
                "The monitoring station at Anand Vihar recorded an air quality index of 478 at 4 pm, the highest in the city, according to data from the Central Pollution Control Board.",
                "Doctors at AIIMS said outpatient visits for breathing complaints had risen by nearly a third over the past week.",
            ],
        ),
        E(
            at(IST, 13, 30),
            "Dec 6, 2026, 13:30 IST",
            None,
            [
                "The weather department said calm winds and a drop in temperature were trapping pollutants close to the ground, and forecast little relief before Wednesday.",
            ],
        ),
        E(
            at(IST, 11, 10),
            "Dec 6, 2026, 11:10 IST",
            "Primary schools to hold classes online till Wednesday",
            [
                "The Directorate of Education ordered all primary schools in Delhi to move classes online from Monday to Wednesday. Schools for older students may choose a hybrid model.",
            ],
        ),
    ]
    entries = order(entries, None)
    record(page, entries, None)
    ads_after = {
        "Metro to run 40 extra trips on Monday": "mrec-1",
        "Primary schools to hold classes online till Wednesday": "mrec-2",
    }
    items = []
    for e in entries:
        head_html = f'<h3 class="{c("lb-title")}">{esc(e.headline)}</h3>' if e.headline else ""
        embed = ""
        if e.embed:
            embed = f"""<div class="{c("lb-embed")}"><blockquote class="twitter-tweet"><p>{page.t(e.embed)}</p>&mdash; {esc(e.embed_by)}</blockquote></div>\n"""
        items.append(f"""<li class="{c("lb-item")}" id="lb-{e.id}">
  {head_html}
  <span class="{c("lb-time")}"><time>{esc(e.label)}</time></span>
  <div class="{c("lb-body")}">{"".join(f"<p>{page.t(p)}</p>" for p in e.paras)}</div>
  {embed}<div class="{c("lb-share")}"><a href="{attr(url)}#lb-{e.id}">Share</a></div>
</li>
""")
        if e.headline in ads_after:
            items.append(
                f'<li class="{c("lb-ad")}">{ad_slot(page, noise, c, ads_after[e.headline], 0.8)}</li>\n'
            )
    intro = page.intro(
        [
            "Delhi woke up to a thick blanket of smog on Sunday as the air quality index crossed 450 at several monitoring stations, pushing the city deeper into the severe category. Here are the latest updates.",
        ]
    )
    ld = ld_live(title, url, at(IST, 7, 0), entries[0].when, entries, "The Times of India")
    return (
        head(title, "en-IN", "The Times of India", url, title, ld, [c("lb-item")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "The Times of India", ["City", "India", "World", "Business", "Sports", "Entertainment", "Web Stories"], f'<span class="{c("hdr-weather")}">{page.f(noise.weather("New Delhi", 11, 19))}</span>')}
<div class="{c("breaking")}"><span>{page.f(noise.ab("ticker", "Sensex, Nifty futures flat ahead of RBI policy week", "Gold prices steady in Delhi bullion market"))}</span></div>
<main class="{c("main")}">
  <div class="{c("lb-header")}">
    <span class="{c("lb-live")}">LIVE</span>
    <h1 class="{c("lb-h1")}">{page.headline(title)}</h1>
    <div class="{c("lb-byline")}">{page.f("TOI City Desk")} / {page.f("Updated: " + entries[0].label)}</div>
  </div>
  <div class="{c("lb-summary")}"><p>{intro[0]}</p></div>
  {figure(page, c, "Commuters on a smog-covered road near India Gate on Sunday.", "PTI", "/photo/delhi-smog")}
  <ul class="{c("lb-list")}">
{"".join(items)}  </ul>
  <button type="button" class="{c("lb-more")}">{page.f("Load more updates")}</button>
  {related(page, noise, c, [("How to read the AQI number on your phone", "What the AQI number really means for your lungs"), ("Which air purifier should you buy?", "Air purifiers: what to look for before you buy")], "Related News")}
  {most_read(page, noise, c, "Top Stories")}
</main>
{footer(page, c, ["About us", "Privacy policy", "Terms of Use", "Newsletter"], "Copyright © 2026 Bennett, Coleman & Co. Ltd. All rights reserved.")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# ABC (Australia): <article> entries, <time datetime> in UTC printed as "4:12pm" beside the
# author, a pinned post, a "Key events" list, entries without headlines


@template("abcau-live-bushfire", "ABC News (Australia) live", "en", "live")
def abcau(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("abcau", "modules")
    title = "Live: Emergency warnings as bushfire threatens homes west of Lithgow"

    def clock(h: int, m: int) -> str:
        return f"{(h - 1) % 12 + 1}:{m:02d}{'pm' if h >= 12 else 'am'}"

    url = "https://www.abc.net.invalid/news/2026-12-06/nsw-bushfire-lithgow-live-updates/105442118"
    entries = [
        E(
            at(AEDT, 6, 30),
            clock(6, 30),
            "What you need to know",
            [
                "An emergency warning is in place for a fire burning in the Gardens of Stone area, west of Lithgow. The Rural Fire Service says residents of Ben Bullen and Cullen Bullen should leave if the path is clear.",
            ],
            author="Hamish Carrow",
            pinned=True,
        ),
        E(
            at(AEDT, 16, 12),
            clock(16, 12),
            "Emergency warning downgraded to watch and act",
            [
                "The RFS has downgraded the warning for the fire after a southerly change eased conditions on the fire ground.",
                "Crews are working to strengthen containment lines before temperatures rise again on Monday.",
            ],
            author="Priya Nandakumar",
        ),
        E(
            at(AEDT, 14, 48),
            clock(14, 48),
            "Water bombers grounded by strong winds",
            [
                "Aircraft were pulled from the fire ground early this afternoon as wind gusts reached 70 kilometres per hour, the RFS says.",
            ],
            author="Hamish Carrow",
            embed="Aircraft have been grounded due to dangerous winds. Ground crews remain on scene. Do not return to the area.",
            embed_by="NSW RFS (@NSWRFS) December 6, 2026",
        ),
        E(
            at(AEDT, 13, 5),
            clock(13, 5),
            None,
            [
                "A reminder that the Great Western Highway remains closed between Lithgow and Wallerawang. Motorists should use the Bells Line of Road instead.",
            ],
            author="Priya Nandakumar",
        ),
        E(
            at(AEDT, 11, 20),
            clock(11, 20),
            "Evacuation centre opens at Lithgow showground",
            [
                "Lithgow City Council has opened an evacuation centre at the showground on Bent Street. Pets are welcome, the council says.",
            ],
            author="Hamish Carrow",
        ),
        E(
            at(AEDT, 9, 40),
            clock(9, 40),
            "Fire jumps containment lines overnight",
            [
                "The fire, which started on Friday, crossed containment lines near Cullen Bullen overnight and has now burned through more than 4,800 hectares.",
            ],
            author="Priya Nandakumar",
        ),
    ]
    entries = order(entries, None)
    record(page, entries, None)
    arts = []
    for e in entries:
        head_html = f'<h2 class="{c("Post.title")}">{esc(e.headline)}</h2>' if e.headline else ""
        pin = f'<span class="{c("Post.pinned")}">Pinned post</span>' if e.pinned else ""
        embed = ""
        if e.embed:
            embed = f'<div class="{c("Post.embed")}"><blockquote class="twitter-tweet"><p>{page.t(e.embed)}</p>&mdash; {esc(e.embed_by)}</blockquote></div>\n'
        arts.append(f"""<article class="{c("Post.root")}" id="{e.id}" data-pinned="{str(e.pinned).lower()}">
  <header class="{c("Post.header")}">{pin}<span class="{c("Post.author")}">By {esc(e.author)}</span> <time class="{c("Post.time")}" datetime="{e.when.astimezone(UTC).isoformat().replace("+00:00", ".000Z")}">{esc(e.label)}</time></header>
  {head_html}
  <div class="{c("Post.body")}">{"".join(f'<p class="{c("Post.p")}">{page.t(p)}</p>' for p in e.paras)}</div>
  {embed}{share_bar(page, c, e.id)}</article>
""")
        if e.headline == "Water bombers grounded by strong winds":
            arts.append(teaser(page, noise, c, "between-posts", "Related:"))
    key_events = [e for e in entries if e.headline and not e.pinned][:3]
    ke = "".join(
        f'<li><a href="#{e.id}"><time>{esc(e.label)}</time> {esc(e.headline or "")}</a></li>'
        for e in key_events
    )
    intro = page.intro(
        [
            "Residents west of Lithgow in the NSW Central Tablelands have been told to leave as a bushfire burns under hot and windy conditions. Follow our live coverage for the latest.",
        ]
    )
    ld = ld_live(title, url, at(AEDT, 6, 0), entries[1].when, entries, "ABC News")
    return (
        head(title, "en-AU", "ABC News", url, title, ld, [c("Post.root")])
        + f"""<body>
{cookie_banner(page, noise, c, "We use cookies and similar technologies. We and our {n} partners use them to measure how you use our sites and improve your experience.")}
{nav(page, c, "ABC News", ["Just In", "Australia", "World", "Business", "Science", "Health", "Sport"])}
<main id="content" class="{c("Layout.main")}">
  <div class="{c("Header.root")}">
    <span class="{c("Header.live")}">Live</span>
    <h1 class="{c("Header.title")}">{page.headline(title)}</h1>
    <p class="{c("Header.byline")}">{page.f("By Hamish Carrow and Priya Nandakumar")}</p>
    <p class="{c("Header.updated")}">{page.f("Updated " + noise.ago(entries[1].when, "long"))}</p>
  </div>
  <div class="{c("Intro.root")}"><p>{intro[0]}</p></div>
  <section class="{c("KeyEvents.root")}"><h2>Key events</h2><ol>{ke}</ol></section>
  <div class="{c("Blog.posts")}">
{"".join(arts)}  </div>
  <button type="button" class="{c("Blog.showMore")}">{page.f("Show more posts")}</button>
  {most_read(page, noise, c, "Top Stories")}
</main>
{footer(page, c, ["About the ABC", "Privacy Policy", "Terms of Use", "Contact"], "© 2026 ABC. We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# RND: div entries (styled-components), "18.32 Uhr" in a <time datetime> before the headline,
# "Das Wichtigste in Kürze" on top, an author per entry, ad slots, "Mehr laden"


@template("rnd-liveblog-glatteis", "RND Liveblog", "de", "live")
def rnd(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("rnd", "styled")
    title = "Glatteis und Schnee in Niedersachsen: Alle Entwicklungen im Liveblog"
    url = "https://www.rnd.invalid/panorama/glatteis-und-schnee-in-niedersachsen-liveblog-7XQ3KJ2MPFDN5LBZ4.html"

    def uhr(h: int, m: int) -> str:
        return f"{h}.{m:02d} Uhr"

    entries = [
        E(
            at(CET, 22, 10),
            uhr(22, 10),
            "Regionalverkehr rund um Hannover läuft wieder an",
            [
                "Die S-Bahn Hannover fährt auf allen Linien wieder, allerdings nur im Stundentakt. Das teilte die Bahn am späten Abend mit.",
            ],
            author="Lena Brockmann",
        ),
        E(
            at(CET, 20, 45),
            uhr(20, 45),
            "Mehr als 200 Unfälle seit dem Morgen",
            [
                "Die Polizeidirektionen in Niedersachsen haben seit dem frühen Sonntagmorgen mehr als 200 glättebedingte Unfälle gezählt. 31 Menschen wurden verletzt, drei davon schwer.",
                "Besonders betroffen waren die Landkreise Diepholz und Nienburg, wo zeitweise mehrere Bundesstraßen gesperrt waren.",
            ],
            author="Jonas Tiedemann",
        ),
        E(
            at(CET, 18, 32),
            uhr(18, 32),
            "Schulen in drei Landkreisen bleiben am Montag geschlossen",
            [
                "In den Landkreisen Diepholz, Nienburg und Schaumburg fällt am Montag der Präsenzunterricht aus. Eine Notbetreuung wird an allen Grundschulen angeboten.",
            ],
            author="Lena Brockmann",
        ),
        E(
            at(CET, 16, 5),
            uhr(16, 5),
            "Wetterdienst verlängert Unwetterwarnung bis Montagmittag",
            [
                "Der Deutsche Wetterdienst warnt bis Montag um 12 Uhr vor Glatteis durch gefrierenden Regen. Autofahrer sollen nicht notwendige Fahrten vermeiden.",
            ],
            author="Jonas Tiedemann",
        ),
        E(
            at(CET, 13, 50),
            uhr(13, 50),
            "Flughafen Hannover: Enteisung sorgt für Verspätungen",
            [
                "Am Flughafen Hannover-Langenhagen kommt es wegen der Enteisung der Maschinen zu Verspätungen von bis zu 90 Minuten. Sechs Flüge wurden gestrichen.",
            ],
            author="Lena Brockmann",
        ),
    ]
    new = None
    if genuine:
        new = E(
            at(CET, 23, 54),
            uhr(23, 54),
            "Autobahn 7 bei Hildesheim nach Unfall gesperrt",
            [
                "Nach einem Unfall mit einem quergestellten Lastwagen ist die A7 zwischen Hildesheim und Derneburg in Richtung Kassel gesperrt. Die Bergung dauert nach Angaben der Polizei mehrere Stunden.",
            ],
            author="Jonas Tiedemann",
        )
    entries = order(entries, new)
    record(page, entries, new)
    ads_after = {
        "Mehr als 200 Unfälle seit dem Morgen": "content_1",
        "Wetterdienst verlängert Unwetterwarnung bis Montagmittag": "content_2",
    }
    after = anchor(noise, entries, new)
    posts = []
    for e in entries:
        posts.append(f"""<div class="{c("LiveEntry")}" id="eintrag-{e.id}">
  <div class="{c("LiveEntry.meta")}"><time class="{c("LiveEntry.time")}" datetime="{e.when.isoformat()}">{esc(e.label)}</time><span class="{c("LiveEntry.author")}">von {esc(e.author)}</span></div>
  <h3 class="{c("LiveEntry.title")}">{esc(e.headline or "")}</h3>
  <div class="{c("LiveEntry.text")}">
{paras(page, e, c("Text"))}  </div>
</div>
""")
        if e.headline in ads_after:
            posts.append(ad_slot(page, noise, c, ads_after[e.headline], 0.7))
        if e.id == after:
            posts.append(teaser(page, noise, c, "between-posts", "Lesen Sie auch:"))
    summary = [
        "Gefrierender Regen sorgt in weiten Teilen Niedersachsens für Glatteis.",
        "Die Polizei zählt mehr als 200 Unfälle.",
        "In drei Landkreisen fällt am Montag die Schule aus.",
    ]
    intro = page.intro(
        [
            "Gefrierender Regen hat am Sonntag in weiten Teilen Niedersachsens zu spiegelglatten Straßen geführt. Die Polizei meldet zahlreiche Unfälle, der Bahnverkehr war stundenlang eingeschränkt. Alle Entwicklungen lesen Sie hier im Liveblog.",
        ]
    )
    latest = entries[0]
    ld = ld_live(
        title, url, at(CET, 7, 30), latest.when, entries, "RND RedaktionsNetzwerk Deutschland"
    )
    return (
        head(title, "de-DE", "RND", url, title, ld, [c("LiveEntry")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "RND", ["Politik", "Wirtschaft", "Panorama", "Sport", "Gesundheit", "Digital", "Reisen"], f'<a href="/plus/">{esc("RND+")}</a>')}
{ad_slot(page, noise, c, "superbanner", 0.9)}
<main class="{c("Main")}">
  <article class="{c("Article")}">
    <header class="{c("Article.header")}">
      <span class="{c("LiveBadge")}">Liveblog</span>
      <h1 class="{c("Article.title")}">{page.headline(title)}</h1>
      <div class="{c("Article.meta")}"><span>{page.f("Lena Brockmann, Jonas Tiedemann")}</span><time>{page.f("06.12.2026, " + latest.label)}</time><span>{page.f("Aktualisiert " + noise.ago(latest.when))}</span></div>
      {share_bar(page, c)}
    </header>
    {figure(page, c, "Ein Streufahrzeug auf der B6 bei Nienburg am Sonntagmorgen.", "Quelle: Julian Stratenschulte/dpa", "/resizer/glatteis-b6")}
    <div class="{c("Article.intro")}"><p class="{c("Text")}">{intro[0]}</p></div>
    <section class="{c("Summary")}"><h2>Das Wichtigste in Kürze</h2><ul>{"".join(f"<li>{page.f(s)}</li>" for s in summary)}</ul></section>
    <div class="{c("LiveFeed")}">
{"".join(posts)}    </div>
    <button type="button" class="{c("LiveFeed.more")}">{page.f("Mehr laden")}</button>
  </article>
  {teaser(page, noise, c, "after-feed", "Auch interessant:")}
  {most_read(page, noise, c, "Meistgelesen")}
  {newsletter_box(page, noise, c, "Der Tag")}
</main>
{footer(page, c, ["Impressum", "Datenschutz", "Kontakt", "Barrierefreiheit"], "© RND RedaktionsNetzwerk Deutschland GmbH 2026")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# SRF: a ticker of <li> entries, the clock after the headline with "vor 3 Std." beside it,
# entries without headlines, a source line per entry, an embedded post (Swiss spelling)


@template("srf-ticker-lawinen", "SRF News Ticker", "de", "live")
def srf(page: Page, noise: Noise, genuine: bool) -> str:
    noise.swiss = True
    c = Classes("srf", "bem")
    title = "Lawinengefahr im Wallis: Zermatt erneut von der Aussenwelt abgeschnitten"
    url = (
        "https://www.srf.invalid/news/schweiz/lawinengefahr-im-wallis-zermatt-erneut-abgeschnitten"
    )
    entries = [
        E(
            at(CET, 21, 15),
            "21:15",
            "Bahnstrecke nach Zermatt bleibt bis Dienstag gesperrt",
            [
                "Die Matterhorn-Gotthard-Bahn stellt den Betrieb zwischen Täsch und Zermatt bis mindestens Dienstagmittag ein. Ein Shuttlebus kann wegen der Strassensperre nicht verkehren.",
            ],
            source="SDA",
        ),
        E(
            at(CET, 19, 30),
            "19:30",
            None,
            [
                "Das Institut für Schnee- und Lawinenforschung belässt die Gefahrenstufe für das Oberwallis auch für Montag bei 4, also gross. Oberhalb von 2000 Metern sind nochmals bis zu 50 Zentimeter Neuschnee möglich.",
            ],
            source="SRF Meteo",
        ),
        E(
            at(CET, 17, 50),
            "17:50",
            "Helikopter fliegen Gäste aus",
            [
                "Wer abreisen muss, kann sich für einen Helikopterflug nach Täsch anmelden. Bis am Abend wurden rund 300 Personen ausgeflogen, teilt die Gemeinde mit.",
            ],
            source="Gemeinde Zermatt",
            embed="Heute wurden rund 300 Gäste sicher nach Täsch geflogen. Danke an alle Crews für den Einsatz.",
            embed_by="Air Zermatt (@airzermatt) 6. Dezember 2026",
        ),
        E(
            at(CET, 15, 20),
            "15:20",
            None,
            [
                "Die Gemeinde ruft Gäste und Einheimische auf, die markierten Wege im Dorf nicht zu verlassen. Die Skipisten bleiben am Montag geschlossen.",
            ],
            source="SDA",
        ),
        E(
            at(CET, 12, 5),
            "12:05",
            "Strasse zwischen Täsch und Zermatt gesperrt",
            [
                "Wegen der akuten Lawinengefahr hat der Kanton die Strasse zwischen Täsch und Zermatt am Mittag gesperrt. Rund 9000 Gäste befinden sich im Dorf.",
            ],
            source="Kanton Wallis",
        ),
    ]
    entries = order(entries, None)
    record(page, entries, None)
    items = []
    for e in entries:
        head_html = (
            f'<h3 class="{c("ticker-item__title")}">{esc(e.headline)}</h3>' if e.headline else ""
        )
        embed = ""
        if e.embed:
            embed = f'<figure class="{c("ticker-item__embed")}"><blockquote class="twitter-tweet"><p>{page.t(e.embed)}</p>&mdash; {esc(e.embed_by)}</blockquote></figure>\n'
        items.append(f"""<li class="{c("ticker-item")}" id="ticker-{e.id}">
  {head_html}<div class="{c("ticker-item__meta")}"><span class="{c("ticker-item__time")}">{esc(e.label)}</span> <span class="{c("ticker-item__ago")}">{page.f(noise.ago(e.when))}</span></div>
  <div class="{c("ticker-item__body")}">{"".join(f"<p>{page.t(p)}</p>" for p in e.paras)}</div>
  {embed}<p class="{c("ticker-item__source")}">{esc("Quelle: " + e.source)}</p>
</li>
""")
    intro = page.intro(
        [
            "Wegen grosser Lawinengefahr ist Zermatt seit Sonntagmittag nur noch per Helikopter erreichbar. Rund 9000 Gäste sitzen im Dorf fest. Die neusten Entwicklungen im Ticker.",
        ]
    )
    ld = ld_live(title, url, at(CET, 11, 30), entries[0].when, entries, "SRF")
    return (
        head(title, "de-CH", "SRF", url, title, ld, [c("ticker-item")])
        + f"""<body>
{cookie_banner(page, noise, c, "Wir verwenden Cookies und ähnliche Technologien. Zusammen mit unseren {n} Partnern analysieren wir die Nutzung unserer Angebote.")}
{nav(page, c, "SRF News", ["News", "Meteo", "Sport", "Kultur", "Wissen", "Play SRF", "Audio"])}
<main class="{c("main")}">
  <article class="{c("article")}">
    <header class="{c("article__header")}">
      <p class="{c("article__kicker")}">Ticker</p>
      <h1 class="{c("article__title")}">{page.headline(title)}</h1>
      <p class="{c("article__meta")}">{page.f("Aktualisiert am " + "06.12.2026, " + entries[0].label + " Uhr")}</p>
      <div class="{c("article__weather")}">{page.f(noise.weather("Zermatt", -9, -2))}</div>
    </header>
    <div class="{c("article__lead")}"><p>{intro[0]}</p></div>
    {figure(page, c, "Verschneite Dächer in Zermatt am Sonntagnachmittag.", "Keystone / Jean-Christophe Bott", "/static/cms/images/zermatt-schnee")}
    <ul class="{c("ticker")}">
{"".join(items)}    </ul>
    <button type="button" class="{c("ticker__more")}">{page.f("Weitere Einträge laden")}</button>
    {share_bar(page, c)}
  </article>
  {related(page, noise, c, [("So entsteht ein Lawinenbulletin", "Wie das SLF die Lawinengefahr einschätzt"), ("Wenn ein Dorf tagelang abgeschnitten ist", "Eingeschneit: Was ein Bergdorf braucht")], "Mehr zum Thema")}
  {most_read(page, noise, c, "Meistgelesen")}
</main>
{footer(page, c, ["Impressum", "Datenschutz", "Kontakt", "Jobs"], "© Schweizer Radio und Fernsehen 2026")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# France 24: <article> entries, "19h05" in a <time> without datetime before the headline, a
# pinned "L'essentiel" entry, a share bar per entry, "Voir plus"


@template("france24-direct-greve-raffineries", "France 24 direct", "fr", "live")
def france24(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("france24", "short")
    title = "EN DIRECT – Grève dans les raffineries : un tiers des stations-service en rupture de carburant"
    url = "https://www.france24.invalid/fr/france/20261206-en-direct-greve-raffineries-penurie-carburant"

    def h(hh: int, mm: int) -> str:
        return f"{hh}h{mm:02d}"

    entries = [
        E(
            at(CET, 8, 0),
            h(8, 0),
            "L'essentiel",
            [
                "La grève lancée jeudi par la CGT dans les raffineries se poursuit. Selon le ministère de la Transition énergétique, environ un tiers des stations-service manquaient d'au moins un carburant dimanche.",
            ],
            pinned=True,
        ),
        E(
            at(CET, 22, 15),
            h(22, 15),
            "La CGT appelle à prolonger le mouvement jusqu'à mercredi",
            [
                "Réunis en assemblée générale, les salariés de la raffinerie de Donges ont voté la reconduction de la grève jusqu'à mercredi, a annoncé la CGT en fin de soirée.",
            ],
        ),
        E(
            at(CET, 20, 40),
            h(20, 40),
            "Le gouvernement débloque une partie des stocks stratégiques",
            [
                "Le gouvernement a autorisé le déblocage de 10 jours de stocks stratégiques de carburant pour approvisionner en priorité les régions les plus touchées.",
                "Les préfets pourront par ailleurs réserver certaines stations aux véhicules prioritaires.",
            ],
        ),
        E(
            at(CET, 18, 10),
            h(18, 10),
            "Files d'attente à Lille et à Rouen",
            [
                "Des files de plusieurs dizaines de voitures se sont formées devant les stations encore approvisionnées dans la métropole lilloise et à Rouen, selon nos correspondants.",
            ],
        ),
        E(
            at(CET, 15, 30),
            h(15, 30),
            "Quatre raffineries sur sept à l'arrêt",
            [
                "Quatre des sept raffineries de France métropolitaine sont à l'arrêt ou tournent au ralenti, selon la fédération des industries pétrolières.",
            ],
        ),
    ]
    new = None
    if genuine:
        new = E(
            at(CET, 23, 54),
            h(23, 54),
            "Réunion au ministère lundi matin",
            [
                "Syndicats et directions des groupes pétroliers sont convoqués lundi à 9 heures au ministère de la Transition énergétique, annonce le cabinet de la ministre.",
            ],
        )
    entries = order(entries, new)
    record(page, entries, new)
    ads_after = {"Files d'attente à Lille et à Rouen": "live-1"}
    after = anchor(noise, entries, new)
    arts = []
    for e in entries:
        pin = f'<span class="{c("pin")}">{esc("Épinglé")}</span>' if e.pinned else ""
        arts.append(f"""<article class="{c("live-post")}" id="{e.id}">
  <header class="{c("live-post-header")}">{pin}<time class="{c("live-post-time")}">{esc(e.label)}</time><h2 class="{c("live-post-title")}">{esc(e.headline or "")}</h2></header>
  <div class="{c("live-post-body")}">
{paras(page, e, c("t-content"))}  </div>
  {share_bar(page, c, e.id)}</article>
""")
        if e.headline in ads_after:
            arts.append(ad_slot(page, noise, c, ads_after[e.headline], 0.8))
        if e.id == after:
            arts.append(teaser(page, noise, c, "between-posts"))
    intro = page.intro(
        [
            "La pénurie de carburant s'étend dimanche au quatrième jour de grève dans les raffineries. Suivez les dernières informations en direct.",
        ]
    )
    latest = entries[1]
    ld = ld_live(title, url, at(CET, 7, 30), latest.when, entries, "France 24")
    return (
        head(title, "fr", "France 24", url, title, ld, [c("live-post")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "France 24", ["France", "Afrique", "Moyen-Orient", "Europe", "Économie", "Sports", "Émissions"], f'<a class="{c("live-tv")}" href="/fr/direct">{esc("Regarder le direct")}</a>')}
<main class="{c("main")}">
  <div class="{c("article-header")}">
    <p class="{c("article-kicker")}"><a href="/fr/france/">France</a></p>
    <h1 class="{c("article-title")}">{page.headline(title)}</h1>
    <p class="{c("article-meta")}">{page.f("Publié le : 06/12/2026 - 07:30")} <span>{page.f("Modifié le : 06/12/2026 - " + latest.label.replace("h", ":"))}</span> <span>{page.f("Mis à jour " + noise.ago(latest.when))}</span></p>
  </div>
  <div class="{c("article-chapo")}"><p>{intro[0]}</p></div>
  {figure(page, c, "Une station-service à court de gazole à Nantes, le 6 décembre 2026.", "© Loïc Venance, AFP", "/media/display/raffineries-station")}
  <div class="{c("live-list")}">
{"".join(arts)}  </div>
  <button type="button" class="{c("live-more")}">{page.f("Voir plus")}</button>
  {teaser(page, noise, c, "after-live", "Lire aussi")}
  {most_read(page, noise, c, "Les plus lus")}
  {newsletter_box(page, noise, c, "Newsletter quotidienne")}
</main>
{footer(page, c, ["Mentions légales", "Cookies", "Contact", "Qui sommes-nous ?"], "© France Médias Monde 2026")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Le Dauphiné libéré: div entries (emotion classes), the full date "06/12/2026 à 17:45" under the
# headline, entries without headlines, an Instagram embed, "Mis à jour il y a ..." on top


@template("ledauphine-direct-neige", "Le Dauphiné libéré direct", "fr", "live")
def ledauphine(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("ledauphine", "emotion")
    title = "DIRECT. Chutes de neige en Isère : routes fermées, 40 000 foyers privés d'électricité"
    url = "https://www.ledauphine.invalid/meteo/2026/12/06/direct-chutes-de-neige-en-isere-routes-fermees"

    def full(hh: int, mm: int) -> str:
        return f"06/12/2026 à {hh}:{mm:02d}"

    entries = [
        E(
            at(CET, 21, 30),
            full(21, 30),
            "Enedis : 12 000 foyers toujours privés de courant",
            [
                "En fin de soirée, Enedis indiquait que 12 000 foyers restaient privés d'électricité en Isère, principalement dans le Vercors et le Trièves. Le gestionnaire espère rétablir la majorité d'entre eux d'ici lundi midi.",
            ],
        ),
        E(
            at(CET, 19, 50),
            full(19, 50),
            None,
            [
                "Le préfet de l'Isère demande aux automobilistes de différer tous les déplacements non indispensables jusqu'à lundi matin. Les poids lourds de plus de 7,5 tonnes restent interdits sur l'A480.",
            ],
        ),
        E(
            at(CET, 17, 45),
            full(17, 45),
            "Le col du Lautaret fermé jusqu'à nouvel ordre",
            [
                "La route du col du Lautaret est fermée dans les deux sens en raison du risque d'avalanche, a annoncé le département. Les habitants de La Grave ne peuvent rejoindre Grenoble que par l'Italie.",
            ],
            embed="Le Vercors sous 60 cm de neige fraîche ce dimanche. Restez prudents sur les routes !",
            embed_by="Publication Instagram de @vercors.tourisme, 6 décembre 2026",
        ),
        E(
            at(CET, 15, 10),
            full(15, 10),
            "Transports scolaires suspendus lundi",
            [
                "Le département a annoncé la suspension de tous les transports scolaires lundi dans les secteurs de montagne. Les établissements resteront ouverts.",
            ],
        ),
        E(
            at(CET, 11, 25),
            full(11, 25),
            "Jusqu'à 60 cm de neige dans le Vercors",
            [
                "Météo-France a relevé jusqu'à 60 cm de neige fraîche à Villard-de-Lans et 35 cm à Grenoble-Saint-Geoirs depuis samedi soir.",
            ],
        ),
    ]
    entries = order(entries, None)
    record(page, entries, None)
    ads_after = {"Le col du Lautaret fermé jusqu'à nouvel ordre": "inread-live"}
    posts = []
    for e in entries:
        head_html = f'<h2 class="{c("post-title")}">{esc(e.headline)}</h2>' if e.headline else ""
        embed = ""
        if e.embed:
            embed = f"""<div class="{c("embed")}"><blockquote class="instagram-media"><p>{page.t(e.embed)}</p><p>{esc(e.embed_by)}</p><a href="https://www.instagram.invalid/p/Cx1">{page.f("Voir cette publication sur Instagram")}</a></blockquote></div>\n"""
        posts.append(f"""<div class="{c("post")}" data-id="{e.id}">
  {head_html}<div class="{c("post-date")}">{esc(e.label)}</div>
  <div class="{c("post-content")}">
{paras(page, e, c("p"))}{embed}  </div>
</div>
""")
        if e.headline in ads_after:
            posts.append(ad_slot(page, noise, c, ads_after[e.headline], 0.9))
    intro = page.intro(
        [
            "D'importantes chutes de neige touchent l'Isère depuis samedi soir. Plusieurs routes de montagne sont fermées et des dizaines de milliers de foyers ont été privés d'électricité. Suivez notre direct.",
        ]
    )
    ld = ld_live(title, url, at(CET, 8, 0), entries[0].when, entries, "Le Dauphiné libéré")
    return (
        head(title, "fr-FR", "Le Dauphiné libéré", url, title, ld, [c("post")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "Le Dauphiné libéré", ["Actualité", "Isère", "Savoie", "Hautes-Alpes", "Sports", "Météo", "Faits divers"], f'<a href="/abonnement">{esc("Je m’abonne")}</a>')}
<main class="{c("main")}">
  <div class="{c("header")}">
    <p class="{c("kicker")}">{esc("Isère")}</p>
    <h1 class="{c("title")}">{page.headline(title)}</h1>
    <p class="{c("updated")}">{page.f("Mis à jour " + noise.ago(entries[0].when, "long"))}</p>
    <p class="{c("author")}">{page.f("Par la rédaction de Grenoble")}</p>
    <span class="{c("comments")}">{page.f(noise.comments("ldl", 4, 120))}</span>
  </div>
  <div class="{c("intro")}"><p>{intro[0]}</p></div>
  {figure(page, c, "Sur l'A480 à Grenoble, dimanche matin.", "Photo Le DL /Jean-Benoît Vigny", "/images/a480-neige")}
  <div class="{c("live")}">
{"".join(posts)}  </div>
  {teaser(page, noise, c, "after-live", "À lire aussi")}
  {most_read(page, noise, c, "Les plus lus")}
</main>
{footer(page, c, ["Mentions légales", "Données personnelles", "Contact", "CGU"], "© Le Dauphiné Libéré - 2026")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Sky TG24: div entries (CSS modules), "ore 22:20" in a <time datetime> before the headline, a
# pinned "In evidenza" entry, an author per entry, "Carica altri aggiornamenti"


@template("skytg24-live-maltempo", "Sky TG24 live", "it", "live")
def skytg24(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("skytg24", "modules")
    title = "Maltempo in Liguria, allerta rossa su Genova e il Ponente: la diretta"
    url = "https://tg24.sky.invalid/cronaca/live/2026/12/06/maltempo-liguria-allerta-rossa-diretta"

    def ore(hh: int, mm: int) -> str:
        return f"ore {hh:02d}:{mm:02d}"

    entries = [
        E(
            at(CET, 9, 0),
            ore(9, 0),
            "Scuole chiuse lunedì: l'elenco dei comuni",
            [
                "Restano chiuse lunedì le scuole di ogni ordine e grado a Genova, Savona, Varazze, Arenzano e in altri 23 comuni del Ponente. L'elenco completo è pubblicato sul sito della Regione.",
            ],
            author="Redazione Sky TG24",
            pinned=True,
        ),
        E(
            at(CET, 22, 20),
            ore(22, 20),
            "Frana sulla statale del Turchino, strada chiusa",
            [
                "Una frana ha invaso la carreggiata della statale 456 del Turchino all'altezza di Mele. Non ci sono feriti, la strada è chiusa in entrambe le direzioni.",
            ],
            author="Giulia Ferraris",
        ),
        E(
            at(CET, 20, 5),
            ore(20, 5),
            "Il Bisagno supera il primo livello di guardia",
            [
                "Il torrente Bisagno ha superato il primo livello di guardia alla stazione di Passerella Firpo. Il Comune ha chiuso i sottopassi e i parcheggi lungo gli argini.",
                "La sindaca ha chiesto ai residenti dei piani bassi di salire ai piani superiori in caso di peggioramento.",
            ],
            author="Giulia Ferraris",
        ),
        E(
            at(CET, 17, 30),
            ore(17, 30),
            "Treni sospesi tra Genova e Savona",
            [
                "La circolazione ferroviaria è sospesa tra Genova Voltri e Savona per l'allagamento della linea a Cogoleto. Sono attivi bus sostitutivi.",
            ],
            author="Marco Parodi",
        ),
        E(
            at(CET, 14, 45),
            ore(14, 45),
            "Protezione civile: allerta rossa prorogata",
            [
                "La Protezione civile regionale ha prorogato l'allerta rossa per piogge diffuse e temporali fino alle 15 di lunedì su tutto il Ponente.",
            ],
            author="Marco Parodi",
        ),
    ]
    new = None
    if genuine:
        new = E(
            at(CET, 23, 54),
            ore(23, 54),
            "Evacuate venti famiglie a Sestri Ponente",
            [
                "I vigili del fuoco hanno evacuato venti famiglie da due palazzine di via Merano, a Sestri Ponente, per uno smottamento del terreno alle spalle degli edifici.",
            ],
            author="Giulia Ferraris",
        )
    entries = order(entries, new)
    record(page, entries, new)
    ads_after = {
        "Il Bisagno supera il primo livello di guardia": "live-mpu-1",
        "Treni sospesi tra Genova e Savona": "live-mpu-2",
    }
    after = anchor(noise, entries, new)
    posts = []
    for e in entries:
        badge = f'<span class="{c("LivePost.badge")}">In evidenza</span>' if e.pinned else ""
        posts.append(f"""<div class="{c("LivePost.root")}" id="post-{e.id}">
  {badge}<time class="{c("LivePost.time")}" datetime="{e.when.isoformat()}">{esc(e.label)}</time>
  <h2 class="{c("LivePost.title")}">{esc(e.headline or "")}</h2>
  <div class="{c("LivePost.text")}">
{paras(page, e, c("LivePost.p"))}  </div>
  <p class="{c("LivePost.author")}">{esc(e.author)}</p>
  {share_bar(page, c, e.id)}</div>
""")
        if e.headline in ads_after:
            posts.append(ad_slot(page, noise, c, ads_after[e.headline], 0.7))
        if e.id == after:
            posts.append(teaser(page, noise, c, "between-posts"))
    intro = page.intro(
        [
            "Piogge intense e temporali stanno colpendo la Liguria, dove è in vigore l'allerta rossa su Genova e sul Ponente. Frane, strade chiuse e treni sospesi: gli aggiornamenti in tempo reale.",
        ]
    )
    latest = entries[1]
    ld = ld_live(title, url, at(CET, 8, 30), latest.when, entries, "Sky TG24")
    return (
        head(title, "it-IT", "Sky TG24", url, title, ld, [c("LivePost.root")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "Sky TG24", ["Cronaca", "Politica", "Mondo", "Economia", "Spettacolo", "Tecnologia", "Sport"], f'<a class="{c("Header.live")}" href="/diretta">Diretta TV</a>')}
<main class="{c("Page.main")}">
  <div class="{c("Hero.root")}">
    <span class="{c("Hero.live")}">LIVE</span>
    <h1 class="{c("Hero.title")}">{page.headline(title)}</h1>
    <p class="{c("Hero.updated")}">{page.f("Aggiornato " + noise.ago(latest.when, "long"))}</p>
    <p class="{c("Hero.date")}">{page.f("06 dic 2026 - 08:30")}</p>
    {share_bar(page, c)}
  </div>
  <div class="{c("Intro.root")}"><p>{intro[0]}</p></div>
  {figure(page, c, "Il torrente Bisagno in piena a Genova, domenica pomeriggio.", "Ansa", "/content/dam/maltempo-bisagno")}
  <div class="{c("LiveBlog.list")}">
{"".join(posts)}  </div>
  <button type="button" class="{c("LiveBlog.more")}">{page.f("Carica altri aggiornamenti")}</button>
  {teaser(page, noise, c, "after-live", "Leggi anche")}
  {most_read(page, noise, c, "I più letti")}
</main>
{footer(page, c, ["Chi siamo", "Privacy", "Cookie policy", "Contatti"], "Copyright © 2026 Sky Italia - P.IVA 04619241005")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# eldiario.es: <article> entries, the clock after the headline in a <time datetime> in UTC,
# "hace 3 h" beside it, an embedded post, "Cargar más"


@template("eldiario-directo-huelga-medicos", "elDiario.es directo", "es", "live")
def eldiario(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("eldiario", "short")
    title = "Directo | Sin acuerdo en la negociación para evitar la huelga de médicos de familia en Madrid"
    url = "https://www.eldiario.invalid/madrid/directo-negociacion-huelga-medicos-familia-madrid_6_11820345.html"
    entries = [
        E(
            at(CET, 22, 5),
            "22:05",
            "Sin acuerdo tras casi diez horas de reunión",
            [
                "Sanidad y el sindicato Amyts han dado por terminada la reunión sin acuerdo. La huelga de médicos de familia comenzará el lunes a las 8:00 horas, salvo sorpresa de última hora.",
            ],
        ),
        E(
            at(CET, 20, 30),
            "20:30",
            "Sanidad ofrece 2.000 euros más al año",
            [
                "Según fuentes sindicales, la Consejería ha puesto sobre la mesa una subida de 2.000 euros anuales por médico y un máximo de 35 pacientes por día, una propuesta que Amyts considera insuficiente.",
            ],
            embed="Seguimos reunidos. La propuesta no garantiza agendas de 10 minutos por paciente. Así no.",
            embed_by="Amyts (@AMYTSmedicos) 6 de diciembre de 2026",
        ),
        E(
            at(CET, 18, 12),
            "18:12",
            "Los sindicatos mantienen la convocatoria",
            [
                "El comité de huelga ha confirmado que mantiene la convocatoria mientras continúa la negociación. Los servicios mínimos fijados por la Comunidad son del 100% en urgencias y del 55% en los centros de salud.",
            ],
        ),
        E(
            at(CET, 16, 40),
            "16:40",
            None,
            [
                "Cientos de pacientes se han concentrado a las puertas de la Consejería en apoyo a los médicos, con carteles en los que se podía leer 'Diez minutos por paciente'.",
            ],
        ),
        E(
            at(CET, 12, 15),
            "12:15",
            "Comienza la reunión en la Consejería",
            [
                "Los representantes de Amyts han llegado a la sede de la Consejería de Sanidad, en la calle Aduana, para la que se anuncia como la última reunión antes de la huelga.",
            ],
        ),
    ]
    entries = order(entries, None)
    record(page, entries, None)
    ads_after = {"Sanidad ofrece 2.000 euros más al año": "directo-1"}
    arts = []
    for e in entries:
        head_html = (
            f'<h2 class="{c("live-item-title")}">{esc(e.headline)}</h2>' if e.headline else ""
        )
        embed = ""
        if e.embed:
            embed = f'<div class="{c("live-embed")}"><blockquote class="twitter-tweet"><p>{page.t(e.embed)}</p>&mdash; {esc(e.embed_by)}</blockquote></div>\n'
        arts.append(f"""<article class="{c("live-item")}" id="{e.id}">
  {head_html}<p class="{c("live-item-time")}"><time datetime="{e.utc()}">{esc(e.label)}</time> <span class="{c("live-item-ago")}">{page.f(noise.ago(e.when))}</span></p>
  <div class="{c("live-item-body")}">
{paras(page, e, c("article-text"))}{embed}  </div>
</article>
""")
        if e.headline in ads_after:
            arts.append(ad_slot(page, noise, c, ads_after[e.headline], 0.8))
    intro = page.intro(
        [
            "La Consejería de Sanidad y el sindicato médico Amyts negocian este domingo para intentar evitar la huelga indefinida de médicos de familia convocada a partir del lunes en la Comunidad de Madrid.",
        ]
    )
    ld = ld_live(title, url, at(CET, 11, 30), entries[0].when, entries, "elDiario.es")
    return (
        head(title, "es", "elDiario.es", url, title, ld, [c("live-item")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "elDiario.es", ["Política", "Economía", "Sociedad", "Internacional", "Madrid", "Cultura", "Opinión"], f'<a class="{c("hazte-socio")}" href="/socios/">Hazte socio</a>')}
<main class="{c("main")}">
  <header class="{c("news-header")}">
    <span class="{c("live-tag")}">Directo</span>
    <h1 class="{c("title")}">{page.headline(title)}</h1>
    <p class="{c("byline")}">{page.f("Sofía Landaluce")}</p>
    <p class="{c("date")}">{page.f("6 de diciembre de 2026 11:30h")}</p>
    <p class="{c("updated")}">{page.f("Actualizado a las " + entries[0].label + "h")}</p>
    {share_bar(page, c)}
  </header>
  <div class="{c("intro")}"><p>{intro[0]}</p></div>
  <div class="{c("socios")}"><p>{page.f(noise.ab("socios", "Sin socios no hay periodismo libre. Hazte socio de elDiario.es.", "La información independiente tiene un coste. Apóyanos."))}</p></div>
  <section class="{c("live")}">
{"".join(arts)}  </section>
  <button type="button" class="{c("live-more")}">{page.f("Cargar más")}</button>
  {most_read(page, noise, c, "Lo más leído")}
</main>
{footer(page, c, ["Quiénes somos", "Aviso legal", "Política de privacidad", "Contacto"], "© Diario de Prensa Digital S.L. 2026")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# RTP Notícias: <li> entries with minified classes, "6 dezembro 2026, 18h40" before the
# headline, "Há 2 horas" beside it, an author per entry, ad slots, "Ver mais"


@template("rtp-direto-tempestade", "RTP Notícias direto", "pt", "live")
def rtp(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("rtp", "styled")
    title = "Tempestade Hugo. Acompanhe ao minuto a passagem pelo continente"
    url = "https://www.rtp.invalid/noticias/pais/tempestade-hugo-acompanhe-ao-minuto_d1688420"

    def dz(hh: int, mm: int) -> str:
        return f"6 dezembro 2026, {hh}h{mm:02d}"

    entries = [
        E(
            at(LISBON, 21, 30),
            dz(21, 30),
            "Mais de 60 mil clientes sem eletricidade",
            [
                "A E-Redes indica que mais de 60 mil clientes continuam sem eletricidade, sobretudo nos distritos de Lisboa, Leiria e Coimbra. As equipas estão no terreno desde a tarde.",
            ],
            author="Inês Carvalhal",
        ),
        E(
            at(LISBON, 19, 45),
            dz(19, 45),
            "Ponte 25 de Abril com restrições à circulação",
            [
                "A circulação de motociclos e veículos pesados na Ponte 25 de Abril está proibida devido a rajadas de vento superiores a 90 quilómetros por hora.",
            ],
            author="Tiago Mendonça",
        ),
        E(
            at(LISBON, 18, 40),
            dz(18, 40),
            "IPMA mantém aviso vermelho para a costa",
            [
                "O Instituto Português do Mar e da Atmosfera mantém o aviso vermelho para agitação marítima em toda a costa ocidental até às 6h00 de segunda-feira, com ondas que podem chegar aos 12 metros.",
            ],
            author="Inês Carvalhal",
        ),
        E(
            at(LISBON, 16, 15),
            dz(16, 15),
            "Queda de árvore fere duas pessoas em Sintra",
            [
                "Duas pessoas ficaram feridas com gravidade ligeira depois de uma árvore ter caído sobre um carro na estrada da Pena, em Sintra.",
            ],
            author="Tiago Mendonça",
        ),
        E(
            at(LISBON, 13, 0),
            dz(13, 0),
            "Proteção Civil reforça meios no litoral",
            [
                "A Autoridade Nacional de Emergência e Proteção Civil elevou o estado de prontidão para o nível vermelho nos distritos do litoral centro e pede à população que evite a orla costeira.",
            ],
            author="Inês Carvalhal",
        ),
    ]
    new = None
    if genuine:
        new = E(
            at(LISBON, 22, 54),
            dz(22, 54),
            "Escolas de Lisboa fechadas na segunda-feira",
            [
                "A Câmara Municipal de Lisboa decidiu encerrar todas as escolas do concelho na segunda-feira por precaução, anunciou o presidente da autarquia.",
            ],
            author="Tiago Mendonça",
        )
    entries = order(entries, new)
    record(page, entries, new)
    ads_after = {
        "Ponte 25 de Abril com restrições à circulação": "direto-1",
        "Queda de árvore fere duas pessoas em Sintra": "direto-2",
    }
    after = anchor(noise, entries, new)
    items = []
    for e in entries:
        items.append(f"""<li class="{c("Minuto")}" id="m-{e.id}">
  <div class="{c("Minuto.head")}"><span class="{c("Minuto.data")}">{esc(e.label)}</span> <span class="{c("Minuto.ago")}">{page.f(noise.ago(e.when, "long"))}</span></div>
  <h3 class="{c("Minuto.title")}">{esc(e.headline or "")}</h3>
  <div class="{c("Minuto.text")}">{"".join(f"<p>{page.t(p)}</p>" for p in e.paras)}</div>
  <p class="{c("Minuto.author")}">{esc(e.author)}</p>
</li>
""")
        if e.headline in ads_after:
            items.append(
                f'<li class="{c("Minuto.ad")}">{ad_slot(page, noise, c, ads_after[e.headline], 0.7)}</li>\n'
            )
        if e.id == after:
            items.append(
                f'<li class="{c("Minuto.promo")}">{teaser(page, noise, c, "between-posts")}</li>\n'
            )
    intro = page.intro(
        [
            "A tempestade Hugo está a provocar chuva forte, vento com rajadas superiores a 100 quilómetros por hora e agitação marítima em todo o continente. Acompanhe aqui as últimas informações.",
        ]
    )
    latest = entries[0]
    ld = ld_live(title, url, at(LISBON, 12, 30), latest.when, entries, "RTP")
    return (
        head(title, "pt-PT", "RTP Notícias", url, title, ld, [c("Minuto")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "RTP Notícias", ["País", "Mundo", "Política", "Economia", "Desporto", "Cultura", "Vídeos"], f'<a href="/play/direto">{esc("RTP Play")}</a>')}
<main class="{c("Main")}">
  <div class="{c("Header")}">
    <span class="{c("Header.direto")}">Em direto</span>
    <h1 class="{c("Header.title")}">{page.headline(title)}</h1>
    <p class="{c("Header.date")}">{page.f("06 Dez, 2026, 12:30")} | {page.f("atualizado " + latest.label.split(", ")[1])}</p>
    {share_bar(page, c)}
  </div>
  <div class="{c("Lead")}"><p>{intro[0]}</p></div>
  {figure(page, c, "Ondas na praia de Carcavelos este domingo.", "Foto: Tiago Petinga - Lusa", "/images/carcavelos-ondas")}
  <ul class="{c("Minutos")}">
{"".join(items)}  </ul>
  <button type="button" class="{c("Minutos.more")}">{page.f("Ver mais")}</button>
  {teaser(page, noise, c, "after-live", "Leia também")}
  {most_read(page, noise, c, "Mais vistas")}
</main>
{footer(page, c, ["Estatuto Editorial", "Privacidade", "Contactos", "Provedor"], "© RTP, Rádio e Televisão de Portugal 2026")}
</body>
</html>
"""
    )
