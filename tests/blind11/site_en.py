"""The English pages: The Denver Post (US), the Toronto Star (CA) and The Northern Echo (UK)."""

from __future__ import annotations

from datetime import timedelta

import fx
from kit import (
    Block,
    Ctx,
    Site,
    at,
    esc,
    ld_article,
    ld_updates,
    live,
    note,
    shell,
    shuffled,
    weave,
)

# =============================================================================================
# The Denver Post: live blog, JSON-LD LiveBlogPosting, newest first (Mountain time, -07:00)


def denverpost() -> Site:
    slug = "denverpost-live-i70-eisenhower-tunnel-closure"
    off = -7
    url = "https://www.denverpost.com/2026/12/06/i70-eisenhower-tunnel-closure-live-updates/"
    title = "LIVE: I-70 closed both ways at Eisenhower Tunnel as spinouts strand Sunday ski traffic"
    deck = "Chain of spinouts near the east portal leaves drivers stuck for hours on the way back from the mountains."
    published = at(off, 12, 34)
    intro = [
        "Interstate 70 was closed in both directions between Silverthorne and the Eisenhower-Johnson "
        "Memorial Tunnel on Sunday afternoon after a chain of spinouts in heavy snow left dozens of "
        "vehicles stuck on the approach to the bore, just as skiers began heading back to the Front Range.",
        "Colorado Department of Transportation crews and the Colorado State Patrol are working to clear "
        "the scene. This page will be updated as the situation changes.",
    ]
    entries = [
        live(
            at(off, 14, 44),
            "2:44 p.m.",
            "Tow trucks reach the stalled semis",
            "Two heavy wreckers have reached the pair of jackknifed tractor-trailers about a mile below "
            "the east portal, State Patrol Trooper Dana Ruelas said. Once the trucks are moved, plows "
            "can clear the lanes behind them.",
            author="Kelsey Marwood",
        ),
        live(
            at(off, 14, 18),
            "2:18 p.m.",
            "Loveland Pass is not a detour",
            "CDOT reminds drivers that U.S. 6 over Loveland Pass is closed to hazmat traffic and has a "
            "full chain law in effect, so it is not an option for most vehicles. Several cars have "
            "already slid off near the Arapahoe Basin entrance.",
            author="Kelsey Marwood",
        ),
        live(
            at(off, 13, 52),
            "1:52 p.m.",
            "Warming shelter opens in Silverthorne",
            "The town of Silverthorne has opened its recreation center as a warming shelter for "
            "travelers who cannot get home tonight. Red Cross volunteers are bringing cots and water.",
            author="Owen Castellanos",
        ),
        live(
            at(off, 13, 27),
            "1:27 p.m.",
            None,
            "Summit County Sheriff's Office deputies are walking the line of stopped cars on the "
            "eastbound side to check on drivers who have been waiting for more than an hour. Anyone "
            "with a medical need is asked to call 911 rather than leave their vehicle.",
            author="Owen Castellanos",
        ),
        live(
            at(off, 12, 58),
            "12:58 p.m.",
            "Eastbound traffic backed up to Dillon",
            "Eastbound traffic is at a standstill from the tunnel back to the Dillon exit, according "
            "to CDOT traffic cameras. The agency's estimate for reopening has moved from early to late "
            "afternoon.",
            author="Kelsey Marwood",
        ),
        live(
            at(off, 12, 31),
            "12:31 p.m.",
            "Spinouts close the tunnel approach",
            "A series of spinouts involving at least 14 vehicles forced CDOT to close I-70 at the "
            "Eisenhower-Johnson Memorial Tunnel shortly after noon, the agency said. No serious "
            "injuries have been reported.",
            author="Kelsey Marwood",
        ),
    ]
    genuine = live(
        at(off, 15, 53),
        "3:53 p.m.",
        "Westbound lanes reopen at the tunnel",
        "CDOT says westbound I-70 reopened at the Eisenhower Tunnel just before 3:50 p.m., with the "
        "chain law in effect for every commercial vehicle. Eastbound lanes remain closed.",
        author="Owen Castellanos",
    )

    plays = [
        (
            "DEN 10, LAC 7",
            "2nd quarter, 3:41",
            "Rookie Jalen Pruitt's 22-yard catch sets up a Denver field goal",
        ),
        (
            "DEN 10, LAC 10",
            "2nd quarter, 0:22",
            "Chargers tie it with a 48-yard kick before the half",
        ),
        (
            "DEN 10, LAC 10",
            "Halftime",
            "Broncos and Chargers level at the break; Denver defense has three sacks",
        ),
        (
            "DEN 10, LAC 10",
            "3rd quarter, 11:05",
            "Broncos open the second half with a three-and-out",
        ),
        (
            "DEN 17, LAC 10",
            "3rd quarter, 6:48",
            "Marquise Okafor breaks a 31-yard touchdown run for Denver",
        ),
        (
            "DEN 17, LAC 13",
            "3rd quarter, 1:57",
            "Chargers settle for a field goal after a goal-line stand",
        ),
        (
            "DEN 17, LAC 13",
            "4th quarter, 12:30",
            "Denver punts from midfield as the fourth quarter begins",
        ),
    ]
    asks = [
        (
            "Why does CDOT hold traffic at the tunnel on busy weekends?",
            "Metering keeps the bores from filling with stopped cars, so exhaust never builds up inside. "
            "Crews release vehicles in groups when the road ahead has room.",
        ),
        (
            "When does Denver's compost pickup reach my neighborhood?",
            "The city says every home on its trash service will have a green cart by the end of March. "
            "You can check your route in the Denver Trash and Recycling app.",
        ),
        (
            "Why are light-rail trains so slow downtown this month?",
            "RTD is replacing rail along Welton Street, so trains run at reduced speed through the work "
            "zone until Dec. 19.",
        ),
    ]
    alerts = [
        (
            at(off, 13, 12),
            "Jefferson County: Evergreen Parkway has reopened after crews cleared a downed power line.",
        ),
        (
            at(off, 14, 5),
            "Denver Water: Crews are repairing a main break at W. 38th Avenue and Tennyson Street.",
        ),
        (
            at(off, 14, 51),
            "Arapahoe County: The boil-water notice for the Dove Valley neighborhood has been lifted.",
        ),
        (
            at(off, 15, 14),
            "Aurora: The warming center at Moorhead Recreation Center is open until 10 p.m.",
        ),
        (
            at(off, 15, 33),
            "Boulder County: Lefthand Canyon Drive is closed at mile marker 6 for a rockfall.",
        ),
        (
            at(off, 15, 47),
            "Douglas County: Deputies ask drivers to avoid Crowfoot Valley Road after a crash.",
        ),
    ]
    trending = [
        "Nuggets rally past the Kings behind a 41-point night from their second-year guard",
        "Colorado's new income-tax credit: who qualifies and how to claim it",
        "A Lakewood bakery's green chile croissant has a 90-minute line",
        "Aurora approves a $38 million plan to rebuild its oldest rec center",
        "What the snowpack numbers mean for next summer's water bills",
        "Denver's 16th Street reopens for good after three years of construction",
        "Broncos mailbag: Is the offensive line finally fixed?",
        "Fort Collins brewery closes after 22 years, citing rent and tariffs",
    ]
    ads = [
        "Furnace tune-up special: $89 through Dec. 31 at Front Range Heating & Air.",
        "Holiday lights at the zoo: tickets for weeknights are still available.",
        "Refinance your home with a Colorado credit union and lock your rate today.",
    ]

    def post(block: Block, *, xref: bool = False) -> str:
        assert block.when is not None
        cls = "lb-entry lb-entry--xref" if xref else "lb-entry"
        title_html = (
            f'<h2 class="lb-entry__title">{esc(block.headline)}</h2>' if block.headline else ""
        )
        paras = "".join(f"<p>{esc(t)}</p>" for t in block.text)
        return (
            f'<article class="{cls}" id="post-{fx.hash_of(block.whole()) % 900000 + 100000}">'
            f'<div class="lb-entry__meta"><time class="lb-entry__time" datetime="{block.when.isoformat()}">'
            f"{esc(block.label or '')}</time>"
            f'<span class="lb-entry__author">By {esc(block.author or "")}</span></div>'
            f'{title_html}<div class="lb-entry__body">{paras}</div></article>'
        )

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        blocks = ([genuine] if ctx.genuine else []) + entries
        score, clock, play = plays[ctx.fetch]
        inserts: list[str] = []
        if ctx.chance(0.7):
            ctx.kind("another live blog in the entry markup, with its own clock")
            when = fx.ago(ctx, 1, 7)
            headline = ctx.furn(f"Broncos vs. Chargers live updates: {play}")
            body = ctx.furn("Follow every snap from SoFi Stadium in our game-day blog.")
            inserts.append(
                f'<article class="lb-entry lb-entry--xref"><div class="lb-entry__meta">'
                f'<time class="lb-entry__time" datetime="{when.isoformat()}">{fx.us(when)}</time>'
                f'<span class="lb-entry__author">By Post sports staff</span></div>'
                f'<h2 class="lb-entry__title"><a href="/sports/broncos-chargers-live/">{headline}</a></h2>'
                f'<div class="lb-entry__body"><p>{body}</p></div></article>'
            )
        if ctx.chance(0.8):
            ctx.kind("live score with a game clock")
            inserts.append(
                f'<div class="scorestrip"><span class="scorestrip__league">NFL</span>'
                f'<p class="scorestrip__line">{ctx.furn(f"{score} · {clock}")}</p></div>'
            )
        if ctx.chance(0.6):
            ctx.kind("betting odds with an update time")
            spread = rng.choice(["+1.5", "+2.5", "+3", "+3.5"])
            total = rng.choice(["41.5", "42", "43.5", "44.5"])
            stamp = fx.ago(ctx, 1, 4)
            inserts.append(
                '<aside class="odds"><h4>Live betting odds</h4>'
                f"<p>{ctx.furn(f'Broncos {spread} (−{rng.randint(105, 125)}) · Total {total}')}</p>"
                f"<p>{ctx.furn(f'Odds updated {fx.us(stamp)} · Provided by BetNorth')}</p>"
                f"<p>{ctx.furn('21+. Gambling problem? Call 1-800-GAMBLER.')}</p></aside>"
            )
        if ctx.chance(0.75):
            ctx.kind("snow-clearing tracker with its own time")
            stamp = fx.ago(ctx, 2, 6)
            state = "not activated" if ctx.fetch < 5 else "under review"
            inserts.append(
                '<aside class="plows"><h4>Denver snow operations</h4>'
                f"<p>{ctx.furn(f'Plows on the road: {64 + 2 * ctx.fetch + rng.randint(0, 3)}')}</p>"
                f"<p>{ctx.furn(f'Residential plowing: {state}')}</p>"
                f"<p>{ctx.furn(f'Data as of {fx.us(stamp)}')}</p></aside>"
            )
        if ctx.chance(0.75):
            ctx.kind("reader question answered (full sentences)")
            q, a = rng.choice(asks)
            inserts.append(
                '<aside class="ask"><h4>Ask the Post</h4>'
                f'<p class="ask__q">{ctx.furn(q)}</p><p class="ask__a">{ctx.furn(a)}</p>'
                f"<p>{ctx.furn('Have a question? Send it to askthepost@denverpost.com.')}</p></aside>"
            )
        shown = fx.clocked(ctx, alerts, 2)
        if shown and ctx.chance(0.7):
            ctx.kind("official alert feed with clock times")
            rows = "".join(f"<li>{ctx.furn(f'{fx.us(t)} — {text}')}</li>" for t, text in shown)
            inserts.append(
                f'<aside class="alerts"><h4>Community alerts</h4><ul>{rows}</ul></aside>'
            )
        if ctx.chance(0.65):
            ctx.kind("chart with its own 'last updated' stamp")
            stamp = fx.floor(ctx.now - timedelta(minutes=15), 30)
            inserts.append(
                '<figure class="dw-chart"><div class="dw-chart__frame"></div><figcaption>'
                f"<p>{ctx.furn('Colorado statewide snowpack compared with the 1991-2020 median')}</p>"
                f"<p>{ctx.furn(f'Chart: The Denver Post · Source: NRCS SNOTEL · Last updated Dec. 6, 2026, {fx.us(stamp)}')}</p>"
                "</figcaption></figure>"
            )
        feed = weave(rng, [post(b) for b in blocks], shuffled(rng, inserts))
        h, m = fx.left_today(ctx.now)
        offer = ""
        if ctx.chance(0.7):
            ctx.kind("subscription offer with a countdown")
            offer = (
                '<div class="paywall-offer">'
                f"<p>{ctx.furn(f'Cyber Week deal: $1 for 6 months of unlimited digital access. Ends in {h} hr {m} min.')}</p>"
                '<a class="btn" href="/subscribe/">Subscribe</a></div>'
            )
        consent = fx.consent(
            ctx,
            "privacy-notice",
            "Colorado residents: You can opt out of the sale of your personal data and of targeted "
            "advertising at any time under Your Privacy Choices.",
            ["Opt out", "Close"],
        )
        modified = blocks[0].when
        assert modified is not None
        side = fx.ranked(
            ctx, "trending", "Trending", trending, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "ad-slot", "Advertisement", ads)
        body = f"""<header class="site-header"><a class="logo" href="/">The Denver Post</a>
<nav><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/weather/">Weather</a><a href="/politics/">Politics</a><a href="/business/">Business</a><a href="/entertainment/">Things To Do</a><a href="/opinion/">Opinion</a></nav></header>
{consent}
<main class="article-wrap">
<article class="liveblog">
<header class="article-header"><p class="kicker">Transportation</p>
<h1 class="article-title">{esc(title)}</h1>
<p class="article-dek">{esc(deck)}</p>
<div class="byline">By <a href="/author/kelsey-marwood/">Kelsey Marwood</a> and <a href="/author/owen-castellanos/">Owen Castellanos</a> | The Denver Post</div>
<div class="dates">Published: December 6, 2026 at {fx.us_caps(published)} MST | Updated: December 6, 2026 at {fx.us_caps(modified)} MST</div></header>
<div class="live-intro">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
{offer}
<div class="lb-feed">
{feed}
</div>
</article>
<aside class="sidebar">{side}</aside>
</main>
<footer class="site-footer"><p>Copyright © 2026 MediaNews Group</p><nav><a href="/privacy/">Privacy Policy</a><a href="/terms/">Terms of Use</a><a href="/contact/">Contact Us</a></nav></footer>"""
        lds = [
            {
                **ld_article(
                    kind="LiveBlogPosting",
                    headline=title,
                    description=deck,
                    url=url,
                    published=published,
                    modified=modified,
                    authors=["Kelsey Marwood", "Owen Castellanos"],
                    publisher="The Denver Post",
                    home="https://www.denverpost.com/",
                    lang="en-US",
                ),
                "coverageStartTime": published.isoformat(),
                "liveBlogUpdate": ld_updates(blocks, url),
            }
        ]
        page = shell(
            ctx,
            lang="en-US",
            title=f"{title} – The Denver Post",
            description=deck,
            canonical=url,
            prefix="dp",
            jsonld=lds,
            body=body,
            edge="den",
            body_class="single single-liveblog",
        )
        return page, modified.isoformat()

    return Site(slug, "The Denver Post", "en", "live", off, intro, entries, genuine, render)


# =============================================================================================
# Toronto Star: notes at the top, newest first, with full dates; a dated correction (-05:00)


def thestar() -> Site:
    slug = "thestar-toronto-gardiner-concrete-falls-lake-shore"
    off = -5
    url = "https://www.thestar.com/news/gta/gardiner-expressway-concrete-falls-lake-shore.html"
    title = (
        "Gardiner Expressway closed near Spadina after slab of concrete falls onto Lake Shore Blvd."
    )
    deck = "No one was hurt, police say, but a stretch of the elevated highway will stay shut while engineers inspect the deck."
    published = at(off, 11, 48)
    body = [
        "A slab of concrete about the size of a kitchen table fell from the underside of the Gardiner "
        "Expressway onto Lake Shore Blvd. W. near Spadina Ave. on Sunday morning, forcing the city to "
        "close a section of the elevated highway in both directions.",
        "Toronto police said the piece landed in an eastbound lane of Lake Shore shortly after 10 a.m. "
        "and struck no vehicles. A cyclist who was passing told officers she heard “a crack like a "
        "gunshot” before it hit the pavement.",
        "The city's transportation services division closed the Gardiner between Jameson Ave. and York "
        "St., and Lake Shore Blvd. beneath it between Bathurst St. and Spadina, while structural "
        "engineers examine the deck.",
        "The closure comes in the middle of the multi-year rehabilitation of the expressway, which has "
        "already cut the highway to two lanes each way along parts of the route.",
        "Coun. Marisol Teixeira, whose ward includes the area, said she had asked staff for a full "
        "account of when that section was last inspected. “People need to know that what is above them "
        "is safe,” she said.",
        "Drivers heading downtown were urged to use the Don Valley Parkway or Bathurst St., and the TTC "
        "added extra service on the 509 Harbourfront streetcar.",
        "The city said it expected to give an update on the reopening on Sunday evening.",
    ]
    notes = [
        note(
            "update",
            "Updated Sunday, Dec. 6, 4:25 p.m.",
            at(off, 16, 25),
            "Engineers have found two more areas of loose concrete on the same span and will remove them "
            "overnight, the city said. The Gardiner will stay closed between Jameson Ave. and York St. "
            "until at least Monday's morning rush.",
        ),
        note(
            "update",
            "Updated Sunday, Dec. 6, 2:10 p.m.",
            at(off, 14, 10),
            "Lake Shore Blvd. W. has reopened to westbound traffic. The eastbound lanes under the "
            "Gardiner remain closed.",
        ),
    ]
    correction = note(
        "correction",
        "Correction — Dec. 6, 2026",
        at(off, 12, 0),
        "An earlier version of this story misidentified the ward represented by Coun. Marisol "
        "Teixeira. She represents Spadina-Fort York.",
        date_only=True,
    )
    genuine = note(
        "update",
        "Updated Sunday, Dec. 6, 5:52 p.m.",
        at(off, 17, 52),
        "The city says crews will start removing the loose concrete at 10 p.m. and that the eastbound "
        "Gardiner could reopen before 6 a.m. Monday if no further damage is found.",
    )
    checks = [
        (
            "Claim: A video shared on social media shows the Gardiner Expressway collapsing on Sunday.",
            "Verdict: False. The clip shows the planned demolition of an overpass in Laval in 2019. Updated 3:40 p.m.",
        ),
        (
            "Claim: Ontario is bringing back licence-plate renewal stickers in January.",
            "Verdict: False. The province says stickers remain abolished and renewals stay online. Updated 11:15 a.m.",
        ),
        (
            "Claim: The TTC will stop accepting credit cards on older buses next week.",
            "Verdict: Misleading. Only a handful of card readers are being swapped, one garage at a time. Updated 1:05 p.m.",
        ),
    ]
    recalls = [
        "Health Canada: Certain lots of Nordlys brand children's fleece pyjamas are recalled because they do not meet flammability requirements.",
        "Canadian Food Inspection Agency: Maple Crest brand smoked salmon, 200 g, is recalled because of possible Listeria contamination.",
        "Transport Canada: About 4,100 Vireo e-scooters are recalled because the folding latch can release while riding.",
    ]
    blood = [
        "O-negative: 4.2 days of supply",
        "O-positive: 5.6 days of supply",
        "B-negative: 3.1 days of supply",
        "A-negative: 4.8 days of supply",
    ]
    popular = [
        "Leafs sign veteran defenceman to one-year deal after injury to top pair",
        "Ontario's new rent rules: what tenants need to know before January",
        "The best butter tarts in the GTA, ranked by our food critic",
        "Mississauga approves its tallest tower yet, a 72-storey condo by the lake",
        "Why your hydro bill is about to change, and how to check your new rate",
        "Scarborough family's holiday light show raises $40,000 for SickKids",
        "Pearson adds U.S. preclearance lanes ahead of the holiday rush",
        "Raptors drop a tight one in Milwaukee despite a late run",
    ]
    ads = [
        "Winter tire packages installed this week from $599 at Danforth Auto Centre.",
        "Book a free hearing test at any Lakeshore Audiology clinic this month.",
        "Open a tax-free savings account online in 10 minutes. Conditions apply.",
    ]

    def note_html(block: Block) -> str:
        return (
            f'<div class="update-note"><p><strong>{esc(block.label or "")}</strong> — '
            f"{esc(block.text[0])}</p></div>"
        )

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        top = ([genuine] if ctx.genuine else []) + notes
        segments = [note_html(b) for b in top]
        segments += [f'<p class="text-block">{esc(p)}</p>' for p in body]
        segments.append(
            f'<p class="text-block correction"><em>{esc(correction.label or "")}: {esc(correction.text[0])}</em></p>'
        )
        inserts: list[str] = []
        if ctx.chance(0.75):
            ctx.kind("fact-check box about other claims, with an update time")
            claim, verdict = rng.choice(checks)
            inserts.append(
                f'<aside class="factcheck"><h4>Fact check</h4><p>{ctx.furn(claim)}</p><p>{ctx.furn(verdict)}</p></aside>'
            )
        if ctx.chance(0.7):
            ctx.kind("product recall notices (full sentences)")
            inserts.append(
                f'<aside class="recalls"><h4>Recalls and safety alerts</h4><p>{ctx.furn(rng.choice(recalls))}</p></aside>'
            )
        if ctx.chance(0.6):
            ctx.kind("blood-supply levels")
            rows = "".join(f"<li>{ctx.furn(r)}</li>" for r in ctx.pick(blood, 2))
            inserts.append(
                f'<aside class="blood"><h4>Canadian Blood Services</h4><ul>{rows}</ul>'
                f"<p>{ctx.furn('National inventory, updated Dec. 6')}</p></aside>"
            )
        if ctx.chance(0.55):
            ctx.kind("editorial cartoon caption")
            inserts.append(
                '<figure class="cartoon"><img src="/img/cartoon-1206.jpg" alt="">'
                f"<figcaption>{ctx.furn('Theo Brandt on the Gardiner: a snowman stuck in traffic checks a construction schedule that ends in 2031.')}</figcaption></figure>"
            )
        if ctx.chance(0.7):
            ctx.kind("promo or ad in the markup of the notes or entries")
            text = rng.choice(
                [
                    "Sign up for The Local Brief and get the city's top stories in your inbox every weekday morning.",
                    "Get breaking news alerts from the Star on your phone. Turn them on in the app's settings.",
                ]
            )
            inserts.append(
                f'<div class="update-note update-note--promo"><p><strong>From the Star</strong> — {ctx.furn(text)}</p></div>'
            )
        if ctx.chance(0.5):
            ctx.kind("comment-moderation notice with a reopening time")
            inserts.append(
                f'<div class="conversation-closed"><p>{ctx.furn("Conversations are paused on this story and will reopen at 9 a.m. Monday.")}</p></div>'
            )
        if ctx.chance(0.6):
            ctx.kind("promo or ad in the markup of the notes or entries")
            inserts.append(
                f'<p class="text-block">{ctx.furn("Did you see the concrete fall or do you have photos from Lake Shore? Email the city desk at citydesk@thestar.ca.")}</p>'
            )
        article_body = weave(rng, segments, shuffled(rng, inserts))
        h, m = fx.left_today(ctx.now)
        offer = ""
        if ctx.chance(0.65):
            ctx.kind("subscription offer with a countdown")
            offer = f'<div class="sub-offer"><p>{ctx.furn(f"Holiday sale: Star digital access for 99¢ a week. Sale ends in {h}h {m:02d}m.")}</p></div>'
        consent = fx.consent(
            ctx,
            "cookie-bar",
            "The Star and its partners use cookies to personalize content and ads and to analyze our "
            "traffic. You can change your choices at any time.",
            ["Accept", "Manage choices"],
        )
        modified = top[0].when
        assert modified is not None
        side = fx.ranked(
            ctx, "most-popular", "Most Popular", popular, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "ad-unit", "Advertisement", ads)
        page_body = f"""<header class="star-header"><a class="star-logo" href="/">Toronto Star</a>
<nav class="star-nav"><a href="/news/gta/">GTA</a><a href="/politics/">Politics</a><a href="/business/">Business</a><a href="/sports/">Sports</a><a href="/life/">Life</a><a href="/opinion/">Opinion</a></nav></header>
{consent}
<main>
<article class="article">
<header class="article-header"><h1 class="headline">{esc(title)}</h1><p class="article-dek">{esc(deck)}</p>
<div class="byline">By <a href="/authors/priya-sandhu/">Priya Sandhu</a> Staff Reporter</div>
<div class="article-dates">Published Dec. 6, 2026 at {fx.us(published)} | Updated Dec. 6, 2026 at {fx.us(modified)}</div></header>
<figure class="lead-image"><img src="/img/gardiner-1206.jpg" alt=""><figcaption>Police tape closes Lake Shore Blvd. W. beneath the Gardiner on Sunday. Photo: Star staff</figcaption></figure>
{offer}
<div class="article-body">
{article_body}
</div>
</article>
<aside class="rail">{side}</aside>
</main>
<footer class="star-footer"><p>© Copyright Toronto Star Newspapers Ltd. All rights reserved.</p><nav><a href="/about/">About</a><a href="/terms/">Terms</a><a href="/privacy/">Privacy</a></nav></footer>"""
        lds = [
            ld_article(
                kind="NewsArticle",
                headline=title,
                description=deck,
                url=url,
                published=published,
                modified=modified,
                authors=["Priya Sandhu"],
                publisher="Toronto Star",
                home="https://www.thestar.com/",
                lang="en-CA",
            )
        ]
        page = shell(
            ctx,
            lang="en-CA",
            title=f"{title} | The Star",
            description=deck,
            canonical=url,
            prefix="ts",
            jsonld=lds,
            body=page_body,
            edge="yyz",
            body_class="article-page",
        )
        return page, modified.isoformat()

    return Site(
        slug, "Toronto Star", "en", "updates", off, body, [*notes, correction], genuine, render
    )


# =============================================================================================
# The Northern Echo: live blog in a list, newest first (+00:00)


def northernecho() -> Site:
    slug = "northernecho-live-a1m-scotch-corner-lorry-fire"
    off = 0
    url = "https://www.thenorthernecho.co.uk/news/live-a1m-scotch-corner-lorry-fire/"
    title = "LIVE: A1(M) closed at Scotch Corner after lorry fire - all the updates"
    deck = "Long delays and diversions through Darlington and along the A66 as the carriageway is repaired."
    published = at(off, 17, 44)
    intro = [
        "The A1(M) is closed in both directions between junction 53 at Scotch Corner and junction 56 at "
        "Barton after a lorry carrying cooking oil caught fire on Sunday afternoon.",
        "National Highways has warned drivers to expect long delays and diversions through the night. "
        "Follow our live updates below.",
    ]
    entries = [
        live(
            at(off, 21, 46),
            "21:46",
            "Diversions via the A66 and A167",
            "Southbound drivers are being sent off at junction 56 and along the A167 through Darlington, "
            "while northbound traffic leaves at Scotch Corner and follows the A66 towards Teesside, "
            "National Highways said.",
        ),
        live(
            at(off, 20, 58),
            "20:58",
            "Road surface damaged by the heat",
            "Highways engineers say the heat from the fire has damaged the surface of lane one on the "
            "northbound carriageway, which will need to be relaid before it can reopen.",
        ),
        live(
            at(off, 20, 12),
            "20:12",
            None,
            "North Yorkshire Fire and Rescue Service says crews from Richmond, Darlington and "
            "Northallerton have left the scene, handing over to the highways team and a specialist "
            "clean-up contractor.",
        ),
        live(
            at(off, 19, 25),
            "19:25",
            "Driver checked over by paramedics",
            "The driver of the lorry was assessed by paramedics at the roadside and taken to James Cook "
            "University Hospital in Middlesbrough as a precaution, police said.",
        ),
        live(
            at(off, 18, 40),
            "18:40",
            "Queues back past Catterick",
            "Southbound queues stretch for more than eight miles, back past the Catterick junction, and "
            "some drivers say they have not moved for two hours.",
        ),
        live(
            at(off, 17, 52),
            "17:52",
            "Lorry fire closes motorway",
            "Emergency services were called at about 5.30pm to reports of a heavy goods vehicle on fire "
            "on the northbound carriageway just north of Scotch Corner.",
        ),
    ]
    genuine = live(
        at(off, 22, 54),
        "22:54",
        "Northbound to stay shut until morning",
        "National Highways now expects the northbound carriageway to stay closed until about 6am on "
        "Monday while the damaged lane is relaid.",
    )
    teasers = [
        (
            at(off, 19, 58),
            "Teesside Airport: evening flight from Amsterdam diverted to Newcastle in fog",
            "Passengers were taken back to Teesside by coach, the airport said.",
        ),
        (
            at(off, 20, 35),
            "Middlesbrough: man charged after stolen van chase on the Parkway",
            "He is due to appear before Teesside Magistrates' Court on Monday.",
        ),
        (
            at(off, 21, 12),
            "Darlington: Christmas lights on High Row switched off early after a fault",
            "Electricians will look at the display on Monday morning, the council said.",
        ),
    ]
    digest = [
        "Hartlepool: plans for 300 homes on the former Brierton school site were approved.",
        "Durham: the cathedral's Christmas lantern trail sold out for its final weekend.",
        "Stockton: a 24-hour pharmacy on the high street will close in January.",
        "Redcar: volunteers collected more than a tonne of litter on Coatham beach.",
        "Bishop Auckland: the Spanish Gallery had its busiest November since opening.",
    ]
    notices = [
        "Happy 90th birthday to Margaret Ellison of Aycliffe Village. With love from Brian, the children and all the grandchildren.",
        "Congratulations to Tom and Aisha Walker of Cockerton on your golden wedding anniversary, from all the family.",
        "Welcome to the world, Isla Grace Pounder, born on December 2 at Darlington Memorial Hospital, weighing 7lb 3oz.",
    ]
    works = [
        "A19 Norton to Wolviston: overnight lane closures, 8pm to 6am, until December 11.",
        "A167 Croft Road, Darlington: temporary lights for gas main work until Friday.",
        "A1(M) junction 60 northbound: exit slip closed overnight on Wednesday for resurfacing.",
        "A689 Wynyard: lane closures for drainage work, 9.30am to 3.30pm on weekdays.",
    ]
    most_read = [
        "Darlington pub named the best in the North East by CAMRA members",
        "New bus timetable for Teesside from January: the routes that change",
        "Family's tribute to 'kind and funny' grandfather, 71",
        "Sunderland fans react to late winner at the Stadium of Light",
        "Plans for a drive-thru coffee shop on the edge of Newton Aycliffe",
        "Primary school rated outstanding for the first time in 15 years",
        "Farm shop near Richmond wins national award for its pork pies",
        "Durham County Council sets out its budget for next year",
    ]
    ads = [
        "Book your Christmas Day lunch at the Blackwell Grange Hotel. Tables still available.",
        "Solar panels fitted in a day across County Durham. Ask for a free quote.",
        "Winter coats from £29 at our Darlington store this weekend only.",
    ]

    def item(block: Block) -> str:
        title_html = (
            f'<h3 class="live-feed__title">{esc(block.headline)}</h3>' if block.headline else ""
        )
        return (
            f'<li class="live-feed__item" id="post-{fx.hash_of(block.whole()) % 90000 + 10000}">'
            f'<span class="live-feed__time">{esc(block.label or "")}</span>{title_html}'
            f"{''.join(f'<p>{esc(t)}</p>' for t in block.text)}</li>"
        )

    def render(ctx: Ctx) -> tuple[str, str]:
        rng = ctx.rng
        blocks = ([genuine] if ctx.genuine else []) + entries
        inserts: list[str] = []
        out = [t for t in teasers if t[0] <= ctx.now]
        for when, headline, lead in rng.sample(out, min(len(out), rng.randint(1, 2))):
            ctx.kind("other stories' teasers in the entry markup")
            inserts.append(
                f'<li class="live-feed__item live-feed__item--related"><span class="live-feed__time">{fx.hm(when)}</span>'
                f'<h3 class="live-feed__title"><a href="/news/{fx.hash_of(headline)}/">{ctx.furn(headline)}</a></h3>'
                f"<p>{ctx.furn(lead)}</p></li>"
            )
        if ctx.chance(0.7):
            ctx.kind("AI digest of other stories with its generation time")
            stamp = fx.floor(ctx.now - timedelta(minutes=10), 30)
            rows = "".join(f"<li>{ctx.furn(r)}</li>" for r in ctx.pick(digest, 3))
            inserts.append(
                f'<li class="live-feed__aside"><div class="ai-digest"><h4>The day in 60 seconds</h4>'
                f"<p>{ctx.furn(f'Summarised with AI at {fx.uk_pm(stamp)} and checked by our newsdesk.')}</p>"
                f"<ul>{rows}</ul></div></li>"
            )
        if ctx.chance(0.6):
            ctx.kind("family announcements (full sentences)")
            inserts.append(
                f'<li class="live-feed__aside"><div class="notices"><h4>Family notices</h4><p>{ctx.furn(rng.choice(notices))}</p></div></li>'
            )
        if ctx.chance(0.6):
            ctx.kind("roadworks list")
            rows = "".join(f"<li>{ctx.furn(r)}</li>" for r in ctx.pick(works, 2))
            inserts.append(
                f'<li class="live-feed__aside"><div class="roadworks"><h4>Roadworks this week</h4><ul>{rows}</ul></div></li>'
            )
        if ctx.chance(0.5):
            ctx.kind("comment-moderation notice with a reopening time")
            inserts.append(
                f'<li class="live-feed__aside"><p class="comments-off">{ctx.furn("Comments are switched off on this live blog overnight and will reopen at 7am.")}</p></li>'
            )
        feed = weave(rng, [item(b) for b in blocks], shuffled(rng, inserts))
        h, m = fx.left_today(ctx.now)
        offer = ""
        if ctx.chance(0.6):
            ctx.kind("subscription offer with a countdown")
            offer = f'<div class="sub-banner"><p>{ctx.furn(f"Christmas offer: 3 months of unlimited access for £3. Ends in {h} hr {m} min.")}</p></div>'
        consent = fx.consent(
            ctx,
            "consent-strip",
            "Newsquest and our partners store and access information on your device, such as cookies, "
            "to personalise ads and content and to measure how the site is used.",
            ["I agree", "More options"],
        )
        modified = blocks[0].when
        assert modified is not None
        side = fx.ranked(
            ctx, "most-read", "Most Read", most_read, 5, "most-read list"
        ) + fx.labelled_ad(ctx, "advert", "Advertisement", ads)
        page_body = f"""<header class="nq-header"><a class="nq-logo" href="/">The Northern Echo</a>
<nav><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/news/darlington/">Darlington</a><a href="/news/teesside/">Teesside</a><a href="/news/durham/">Durham</a><a href="/what-s-on/">What's On</a></nav></header>
{consent}
<main class="article-page">
<article class="live-article">
<h1 class="article-headline">{esc(title)}</h1>
<p class="article-standfirst">{esc(deck)}</p>
<div class="article-meta"><span class="author">By Hannah Crossley, Trainee reporter</span><span class="date">Last updated: {fx.hm(modified)}, 6th December 2026</span></div>
<div class="live-intro">{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
{offer}
<ul class="live-feed">
{feed}
</ul>
</article>
<aside class="sidebar">{side}</aside>
</main>
<footer class="nq-footer"><p>This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.</p><p>© Copyright 2001-2026. A Newsquest Media Group Production.</p></footer>"""
        lds = [
            {
                **ld_article(
                    kind="NewsArticle",
                    headline=title,
                    description=deck,
                    url=url,
                    published=published,
                    modified=modified,
                    authors=["Hannah Crossley"],
                    publisher="The Northern Echo",
                    home="https://www.thenorthernecho.co.uk/",
                    lang="en-GB",
                ),
            }
        ]
        page = shell(
            ctx,
            lang="en-GB",
            title=f"{title} | The Northern Echo",
            description=deck,
            canonical=url,
            prefix="nq",
            jsonld=lds,
            body=page_body,
            edge="lhr",
            body_class="live-page",
        )
        return page, modified.isoformat()

    return Site(slug, "The Northern Echo", "en", "live", off, intro, entries, genuine, render)


def sites() -> list[Site]:
    return [denverpost(), thestar(), northernecho()]
