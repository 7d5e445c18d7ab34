"""English-language publishers: The National (Abu Dhabi, UAE), The Namibian (Windhoek,
Namibia), The Straits Times (Singapore)."""

from __future__ import annotations

from datetime import datetime

from fx import (
    ADBLOCK,
    EPAPER,
    FUEL,
    GAME,
    HEARING,
    MYSTERY,
    NEWS,
    PAYWALL,
    PHARMACY,
    PROMO,
    READ,
    SOCIAL,
    TICKER,
    UMBRELLA,
    VIDEO,
    DateBlock,
    Texts,
    bp,
    bpa,
    gst,
    hh,
    ld,
    page,
    post,
)
from kit import Block, Ctx, Render, Site, W, ad_slot, at, e, news_article, org, weave

GST = 4
CAT = 2
SGT = 8

_SUBS = [
    "Politics",
    "Business",
    "Health",
    "Education",
    "Environment",
    "Opinion",
    "Culture",
    "Sport",
]
_FOOT = {
    "About": ["About us", "Contact us", "Advertise", "Careers", "Newsletters"],
    "Legal": ["Privacy policy", "Terms of use", "Corrections", "Cookie settings"],
}


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{e(text)}</p>'


def _embed(cls: str, text: str, who: str) -> W:
    """An embedded post from an official account: the post's text (with its rising repost count)
    and an attribution line that keeps its wording."""
    html = (
        f'<blockquote class="{cls}"><p>{e(text)}</p><p class="{cls}__by">{e(who)}</p></blockquote>'
    )
    return post(html, [text], SOCIAL, [who])


# ---------------------------------------------------------------------------------------------
# The National (Abu Dhabi, +04:00; the fetches run from 2am to 3am on Monday 7 December), Arc-like.
# Notes after paragraph 1, newest first, each a body-class paragraph with a bold full-date lead
# "Update, December 07, 2026 at 1:35 AM GST:" (zero-padded day, upper-case AM, zone); a
# "Clarification — December 06, 2026" box beside the body (after it in the markup, `<h4>` label).


def thenational(ctx: Ctx) -> Render:
    url = "https://www.thenationalnews.com/news/uae/2026/12/07/fog-and-rain-close-e11-near-ghantoot-flights-diverted/"
    headline = "Fog and rain close E11 near Ghantoot after pile-up as flights are diverted from Zayed International"
    published = at(GST, 6, 21, 40)
    cls = "tn-body"
    body = [
        "Dense fog and heavy rain closed the Abu Dhabi-bound lanes of the E11 near Ghantoot late on Sunday after a chain collision involving at least 14 vehicles, police said.",
        "The National Centre of Meteorology issued a red alert for fog over the coastal areas of Abu Dhabi and Dubai, with visibility falling below 100 metres in places.",
        "Abu Dhabi Police said three people were taken to Al Rahba Hospital with moderate injuries and urged motorists to use the Sheikh Maktoum bin Rashid Road instead.",
        "At Zayed International Airport, six arriving flights were diverted to Al Ain and Dubai World Central while the fog was at its thickest.",
        "“We circled for forty minutes and then the captain told us we were going to Al Ain,” said Meera Suleiman, who was returning from Muscat.",
        "Etihad Airways said passengers on diverted flights would be brought to Abu Dhabi by coach and advised travellers to check the status of their flight before leaving home.",
        "Forecasters expect the fog to lift by mid-morning on Monday, although light rain may continue over the northern emirates.",
    ]

    def label(dt: datetime) -> str:
        return f"Update, December {dt.day:02d}, 2026 at {gst(dt)} GST"

    specs = [
        (
            7,
            1,
            35,
            "Abu Dhabi Police say the right-hand lanes of the E11 have been cleared of wrecked cars, but the road remains closed while tow trucks work.",
        ),
        (
            6,
            23,
            50,
            "Etihad says two more flights, from Mumbai and Cairo, are holding over the Gulf and may be diverted if visibility does not improve.",
        ),
    ]
    notes = [
        Block("update", label(at(GST, d, h, m)), at(GST, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(GST, 7, 2, 54)),
        at(GST, 7, 2, 54),
        None,
        [
            "Traffic is moving again on one lane of the E11 towards Abu Dhabi, police say, with a speed limit of 60kph in force until the fog clears."
        ],
    )
    shown = ([genuine] if ctx.n == 6 else []) + notes
    for b in shown:
        b.html = f'<p class="{cls}"><strong>{e(b.label or "")}:</strong> {e(b.paras[0])}</p>'
    clar = DateBlock(
        "clarification",
        "Clarification — December 06, 2026",
        None,
        None,
        [
            "An earlier headline referred to Abu Dhabi International Airport. The airport has been called Zayed International since its renaming."
        ],
    )
    clar.day = at(GST, 6, 0, 0).date()
    modified = shown[0].ts or published
    pl = {
        "social": "Abu Dhabi Police (@ADPoliceHQ)",
        "fuel": "Adnoc stations across the emirate",
        "unit": "fils",
        "game": "The National's Wordplay",
        "pharmacy": "The 24-hour pharmacy at Al Wahda Mall",
        "umbrella": "The umbrella rack at Al Bateen library",
        "hearing": "the Mushrif community centre",
        "brand": "The National",
    }
    tx = Texts(ctx, "en", pl)

    def stamped(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        return bp(cls, text, kind, lead=f"{word}, December {t.day:02d}, 2026 at {gst(t)} GST:")

    fuel = stamped("Fuel watch", tx.counter(FUEL, 261), FUEL, 1, 12)
    pharm = stamped("Night pharmacy", tx.counter(PHARMACY, 9), PHARMACY, 2, 9)
    tick = stamped("Breaking", tx.pool(TICKER) + ".", TICKER, 1, 15)
    social = _embed("tn-embed", tx.counter(SOCIAL, 1240), "— Abu Dhabi Police on X")
    video = bp(cls, tx.pool(VIDEO), VIDEO, lead="Watch next:")
    pay = bp(cls, tx.pool(PAYWALL), PAYWALL, lead="Premium:")
    mystery = bp(cls, tx.pool(MYSTERY), MYSTERY, lead="What is it?")
    read = bpa(cls, "More on this:", tx.pool(READ), "/news/uae/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Partner content –", tag="em")
    news = bp(cls, tx.fixed(NEWS), NEWS)
    adblock = bp(cls, tx.fixed(ADBLOCK), ADBLOCK)
    paras = [_p(cls, p) for p in body]
    nb = len(shown)
    units = paras[:1] + [b.html for b in shown] + paras[1:]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (fuel, list(range(1, 2 + nb)), 0.85),
            (pharm, list(range(1, 2 + nb)), 0.8),
            (tick, [1, 1 + nb, 4 + nb], 0.8),
            (social, [2 + nb, 4 + nb, k], 0.75),
            (video, [1, 3 + nb, k], 0.8),
            (pay, [2 + nb, 5 + nb, k], 0.75),
            (mystery, [3 + nb, k], 0.7),
            (read, [1, 2 + nb, 3 + nb], 0.8),
            (promo, [0, 5 + nb, k], 0.7),
            (news, [k - 1, k], 0.75),
            (adblock, [0, 2 + nb, k], 0.7),
        ],
    )

    def sidebox(title: str, text: str) -> str:
        return f'<div class="tn-side__item"><h4 class="tn-side__title">{e(title)}</h4><p class="{cls}">{e(text)}</p></div>'

    clar.html = sidebox(clar.label or "", clar.paras[0])

    def side(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        mark = f"{word} — December {t.day:02d}, 2026, {gst(t)}"
        return post(sidebox(mark, text), [text], kind, [mark])

    umb = side("Umbrella rack", tx.counter(UMBRELLA, 64), UMBRELLA, 1, 14)
    game = side("Wordplay", tx.counter(GAME, 3120), GAME, 1, 9)
    hearing = bp(cls, tx.fixed(HEARING), HEARING)
    aside = weave(ctx, [clar.html], [(umb, [0, 1], 0.85), (game, [0, 1], 0.8), (hearing, [1], 0.7)])
    main = f"""<div class="tn-layout">
<main class="tn-main">
<article class="tn-article">
<nav class="tn-crumbs"><a href="/news/">News</a> <a href="/news/uae/">UAE</a></nav>
<h1 class="tn-article__headline">{e(headline)}</h1>
<div class="tn-article__byline"><span class="tn-author">Salam Al Amir</span> <span class="tn-date">Dec 06, 2026</span> <span class="tn-updated">Updated: December {modified.day:02d}, 2026, {gst(modified)}</span></div>
<figure class="tn-figure"><img src="/resizer/v2/fog-e11-ghantoot.jpg?auth=4c1e" alt="" loading="lazy"><figcaption>Police at the scene of the collision near Ghantoot on Sunday night. Photo: Abu Dhabi Police</figcaption></figure>
<div class="tn-article__body">
{story}
</div>
</article>
<aside class="tn-side" aria-label="Corrections">
{aside}
</aside>
</main>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="tn",
        brand="The National",
        url=url,
        title=f"{headline} | The National",
        sections=["News", "UAE", "Gulf", "Business", "Climate", "Opinion"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 The National. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Salam Al Amir",
                    publisher=org("The National", "https://www.thenationalnews.com"),
                    lang="en",
                    section="UAE",
                )
            )
        ],
        main=main,
        body_cls="tn article-page",
        cms="arc",
    )
    return Render(html, body, [*shown, clar], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Namibian (Windhoek, +02:00; the fetches run from midnight to 1am on Monday 7 December),
# WordPress-like. A bold "Why we are reporting this:" box above the body (`editors_note`); notes
# at the end, oldest first, each an `<h3>` "Latest: Sunday, 22h15" (zero-padded "00h20" after
# midnight) + a paragraph; an italic asterisk footnote "*Clarification:" at the very end.


def namibian(ctx: Ctx) -> Render:
    url = (
        "https://www.namibian.com.na/hailstorm-floods-katutura-western-bypass-closed-at-otjomuise/"
    )
    headline = "Hailstorm floods Katutura homes, Western Bypass closed at Otjomuise"
    published = at(CAT, 6, 19, 30)
    cls = "nam-content"
    body = [
        "A violent hailstorm swept across Windhoek on Sunday evening, flooding dozens of homes in Katutura and Havana and forcing the police to close the Western Bypass at the Otjomuise interchange.",
        "The Namibia Meteorological Service said more than 60 millimetres of rain fell at the Eros Airport weather station in under two hours, the heaviest downpour in the capital this season.",
        "Residents of Okuryangava said water rushed through their corrugated-iron homes within minutes, carrying away mattresses, school uniforms and food parcels.",
        "“We put the children on the table and watched the water come in under the door,” said Selma Nangolo, a mother of four.",
        "The City of Windhoek's emergency management unit said its teams were pumping water from the Hakahana underpass and clearing storm drains blocked by hailstones.",
        "NamPower said several suburbs in the north-west of the city lost electricity after lightning struck a substation near Otjomuise.",
        "The City urged residents not to cross flooded riverbeds, as the Arebbusch and Gammams rivers were flowing strongly.",
    ]
    why = Block(
        "editors_note",
        "Why we are reporting this",
        None,
        None,
        [
            "Readers in Katutura contacted our newsroom on Sunday night asking where they could find shelter. We are updating this story as the City responds."
        ],
    )
    why.html = f'<div class="nam-why"><p class="{cls}"><strong>Why we are reporting this:</strong> {e(why.paras[0])}</p></div>'

    def label(dt: datetime) -> str:
        day = "Sunday" if dt.day == 6 else "Monday"
        return f"Latest: {day}, {hh(dt)}"

    specs = [
        (
            6,
            22,
            15,
            "The police say the Western Bypass will stay closed in both directions until the water over the road at Otjomuise has receded.",
        ),
        (
            6,
            23,
            40,
            "The City has opened the Katutura community hall and the Hakahana multipurpose centre for families whose homes were flooded.",
        ),
    ]
    notes = [
        Block("update", label(at(CAT, d, h, m)), at(CAT, d, h, m), None, [t])
        for d, h, m, t in specs
    ]
    genuine = Block(
        "update",
        label(at(CAT, 7, 0, 53)),
        at(CAT, 7, 0, 53),
        None,
        [
            "NamPower says electricity has been restored to Otjomuise and most of Okuryangava, and crews will work through the night on the remaining lines."
        ],
    )
    shown = notes + ([genuine] if ctx.n == 6 else [])

    def note(title: str, text: str) -> str:
        return f'<h3 class="nam-latest">{e(title)}</h3><p class="{cls}">{e(text)}</p>'

    for b in shown:
        b.html = note(b.label or "", b.paras[0])
    clar = Block(
        "clarification",
        "Clarification",
        None,
        None,
        [
            "Hakahana and Okuryangava are separate suburbs; an earlier version of this story treated them as one."
        ],
    )
    clar.html = f'<p class="{cls}"><em>*Clarification: {e(clar.paras[0])}</em></p>'
    modified = shown[-1].ts or published
    pl = {
        "social": "City of Windhoek (@CityofWindhoek)",
        "fuel": "Service stations in Windhoek",
        "unit": "Namibian cents",
        "game": "The Namibian's Word Hunt",
        "pharmacy": "The after-hours pharmacy at Maerua Mall",
        "umbrella": "The umbrella stand at the Wernhil bus rank",
        "hearing": "the Katutura state hospital outpatients' wing",
        "brand": "The Namibian",
    }
    tx = Texts(ctx, "en", pl, sep=" ")

    def latest(word: str, text: str, kind: str, lo: int, hi: int) -> W:
        t = ctx.ago(lo, hi)
        day = "Sunday" if t.day == 6 else "Monday"
        mark = f"{word}: {day}, {hh(t)}"
        return post(note(mark, text), [text], kind, [mark])

    pharm = latest("Pharmacy queue", tx.counter(PHARMACY, 7), PHARMACY, 1, 10)
    umb = latest("Umbrella stand", tx.counter(UMBRELLA, 48), UMBRELLA, 2, 12)
    tick = latest("Elsewhere", tx.pool(TICKER) + ".", TICKER, 1, 16)
    game = bp(cls, tx.counter(GAME, 860), GAME, lead="Word Hunt:")
    fuel = bp(cls, tx.counter(FUEL, 2143), FUEL, lead="At the pumps:")
    social = _embed("nam-embed", tx.counter(SOCIAL, 410), "— posted by the City of Windhoek")
    video = bp(cls, tx.pool(VIDEO), VIDEO, lead="Up next:")
    mystery = bp(cls, tx.pool(MYSTERY), MYSTERY, lead="Mystery object:", tag="em")
    read = bpa(cls, "ALSO ON NAMIBIAN.COM.NA:", tx.pool(READ), "/news/", READ)
    promo = bp(cls, tx.pool(PROMO), PROMO, lead="Advertorial:")
    epaper = bp(cls, tx.fixed(EPAPER), EPAPER)
    hearing = bp(cls, tx.fixed(HEARING), HEARING)
    units = [why.html] + [_p(cls, p) for p in body]
    end = len(units)
    units += [b.html for b in shown] + [clar.html]
    k = len(units)
    story = weave(
        ctx,
        units,
        [
            (pharm, list(range(end, k)), 0.85),
            (umb, list(range(end, k)), 0.8),
            (tick, [end, end + 1, k - 1], 0.8),
            (game, [2, 5, k], 0.8),
            (fuel, [3, 6, end], 0.75),
            (social, [4, 6], 0.8),
            (video, [1, 4, k], 0.75),
            (mystery, [5, k], 0.7),
            (read, [2, 3, 6], 0.8),
            (promo, [0, 4, k], 0.7),
            (epaper, [1, k], 0.7),
            (hearing, [3, end, k], 0.7),
        ],
    )
    main = f"""<div class="nam-wrap">
<main id="primary" class="nam-main">
<article class="post type-post format-standard">
<header class="entry-header">
<p class="nam-cat"><a href="/category/news/">News</a></p>
<h1 class="entry-title">{e(headline)}</h1>
<p class="entry-meta"><span class="author vcard">Ndapewoshali Shapwanale</span> <time class="entry-date published" datetime="{published.isoformat()}">6 December 2026</time></p>
</header>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/katutura-hail.jpg" alt="" loading="lazy"><figcaption>Hailstones piled up in a street in Katutura on Sunday. Photo: Henry van Rooi</figcaption></figure>
<div class="entry-content">
{story}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en",
        prefix="nam",
        brand="The Namibian",
        url=url,
        title=f"{headline} - The Namibian",
        sections=["News", "Politics", "Business", "Sport", "Opinion", "Youth"],
        subs=_SUBS,
        foot=_FOOT,
        legal="© 2026 The Namibian. All rights reserved.",
        jsonld=[
            ld(
                news_article(
                    headline=headline,
                    url=url,
                    published=published,
                    modified=modified,
                    author="Ndapewoshali Shapwanale",
                    publisher=org("The Namibian", "https://www.namibian.com.na"),
                    lang="en",
                    section="News",
                )
            )
        ],
        main=main,
        body_cls="post-template-default single single-post",
        cms="wp",
    )
    return Render(html, body, [why, *shown, clar], genuine, modified)


# ---------------------------------------------------------------------------------------------
# The Straits Times (Singapore, +08:00; the fetches run from 6am to 7am on Monday 7 December),
# custom, live, newest first under a pinned "Key updates" entry whose text is a bullet list; the
# clock is a permalink `<a href="#post-…">` "5:55am" above an `<h2>` (two without); a standalone
# `LiveBlogPosting` whose updates carry `datePublished` in UTC ("…Z") and a `url` anchor.


def _sgam(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def straitstimes(ctx: Ctx) -> Render:
    url = "https://www.straitstimes.com/singapore/live-flash-floods-bukit-timah-dunearn-road-downtown-line-delays"
    headline = "Live: Flash floods hit Bukit Timah and Dunearn roads, Downtown Line trains delayed"
    published = at(SGT, 7, 4, 20)
    body = [
        "Torrential rain before dawn on Monday flooded stretches of Bukit Timah Road and Dunearn Road, with national water agency PUB warning of flash floods in the Upper Bukit Timah area during the morning rush.",
        "Follow our live coverage for the latest on roads, public transport and school arrangements.",
    ]
    specs = [
        (
            4,
            30,
            "Key updates",
            [
                "Flash floods at Bukit Timah Road and Dunearn Road",
                "Downtown Line trains running slower between Stevens and Beauty World",
                "Drivers advised to avoid the Adam Road junction",
            ],
            101,
        ),
        (
            5,
            55,
            "Schools open as usual, says MOE",
            [
                "The Ministry of Education says all schools will open as usual, but pupils delayed by the floods will not be marked late."
            ],
            107,
        ),
        (
            5,
            40,
            None,
            [
                "PUB says water levels in the Bukit Timah first diversion canal are at 95 per cent and its quick response teams are on standby."
            ],
            106,
        ),
        (
            5,
            20,
            "Buses diverted away from Dunearn Road",
            [
                "SBS Transit says services 66, 67, 170 and 171 are being diverted via Holland Road.",
                "Commuters should expect waits of up to 20 minutes at stops along Bukit Timah Road.",
            ],
            105,
        ),
        (
            5,
            5,
            "Downtown Line delays",
            [
                "SMRT says trains on the Downtown Line are running at reduced speed between Stevens and Beauty World as a safety precaution."
            ],
            104,
        ),
        (
            4,
            50,
            None,
            [
                "A car stalled in knee-deep water at the junction of Dunearn Road and Adam Road; the driver was helped out by passers-by."
            ],
            103,
        ),
        (
            4,
            40,
            "PUB issues flash flood warning",
            [
                "PUB warns of a high risk of flash floods in Upper Bukit Timah, Dunearn and Adam roads in the next hour."
            ],
            102,
        ),
    ]
    blocks = [
        Block("live_entry", _sgam(at(SGT, 7, h, m)), at(SGT, 7, h, m), hd, ps)
        for h, m, hd, ps, _ in specs
    ]
    ids = {id(b): s[4] for b, s in zip(blocks, specs, strict=True)}
    pinned, entries = blocks[0], blocks[1:]
    genuine = Block(
        "live_entry",
        _sgam(at(SGT, 7, 6, 54)),
        at(SGT, 7, 6, 54),
        "Dunearn Road reopens",
        [
            "The Land Transport Authority says all lanes of Dunearn Road have reopened after the water receded, though traffic remains heavy towards the city."
        ],
    )
    ids[id(genuine)] = 108
    shown = [pinned] + ([genuine] if ctx.n == 6 else []) + entries

    def entry(
        clock: str,
        anchor: str,
        head: str | None,
        paras: list[str],
        *,
        pin: bool = False,
        bullets: bool = False,
    ) -> str:
        badge = '<span class="st-live__pin">Pinned</span>' if pin else ""
        hd = f'<h2 class="st-live__headline">{e(head)}</h2>' if head else ""
        if bullets:
            text = "<ul>" + "".join(f"<li>{e(p)}</li>" for p in paras) + "</ul>"
        else:
            text = "".join(f"<p>{e(p)}</p>" for p in paras)
        return (
            f'<div class="st-live__card" id="{anchor}">{badge}<a class="st-live__time" href="#{anchor}">{e(clock)}</a>'
            f'{hd}<div class="st-live__body">{text}</div></div>'
        )

    for b in shown:
        b.html = entry(
            b.label or "",
            f"post-{ids[id(b)]}",
            b.head,
            b.paras,
            pin=b is pinned,
            bullets=b is pinned,
        )
    modified = max(b.ts for b in shown if b.ts)
    pl = {
        "social": "PUB, Singapore's National Water Agency (@PUBsingapore)",
        "fuel": "Pump prices at the major kiosks",
        "unit": "cents",
        "game": "ST's Wordle-style Jumble",
        "pharmacy": "The 24-hour clinic pharmacy at Tan Tock Seng",
        "umbrella": "The loan umbrella stand at Beauty World MRT",
        "hearing": "the Bukit Timah community club",
        "brand": "The Straits Times",
    }
    tx = Texts(ctx, "en", pl)

    def fake(title: str | None, text: str, kind: str, n: int, lo: int = 1, hi: int = 20) -> W:
        t = ctx.ago(lo, hi)
        html = entry(_sgam(t), f"promo-{n}", title, [text])
        return post(html, ([title] if title else []) + [text], kind, [_sgam(t)])

    umb = fake("Loan umbrellas", tx.counter(UMBRELLA, 57), UMBRELLA, 1)
    fuel = fake(None, tx.counter(FUEL, 285), FUEL, 2)
    game = fake("Morning puzzle", tx.counter(GAME, 2450), GAME, 3)
    tick = fake("Elsewhere in Singapore", tx.pool(TICKER), TICKER, 4)
    video = fake("Video of the morning", tx.pool(VIDEO), VIDEO, 5)
    promo = fake("Brought to you by our partner", tx.pool(PROMO), PROMO, 6)
    units = [b.html for b in shown]
    n = len(units)
    social = _embed("st-embed", tx.counter(SOCIAL, 2300), "— PUB on X")
    feed = weave(
        ctx,
        units,
        [
            (umb, list(range(0, n + 1)), 0.85),
            (fuel, list(range(1, n + 1)), 0.8),
            (game, [1, 2, 4, n], 0.8),
            (tick, [0, 1, 3, 5, n], 0.8),
            (video, [2, 3, 6], 0.75),
            (promo, [2, 4, n], 0.7),
            (social, [1, 3, 5], 0.75),
        ],
    )
    icls = "st-live__intro"
    pay = bp(icls, tx.pool(PAYWALL), PAYWALL, lead="ST Premium:")
    mystery = bp(icls, tx.pool(MYSTERY), MYSTERY, lead="Guess the object:")
    adblock = bp(icls, tx.fixed(ADBLOCK), ADBLOCK)
    read = bpa(icls, "Related:", tx.pool(READ), "/singapore/", READ)
    news = bp(icls, tx.fixed(NEWS), NEWS)
    intro = weave(
        ctx,
        [_p(icls, p) for p in body],
        [
            (pay, [0, 1, 2], 0.8),
            (mystery, [1, 2], 0.75),
            (adblock, [0, 2], 0.7),
            (read, [1, 2], 0.8),
            (news, [0, 1, 2], 0.75),
        ],
    )
    updates = [
        {
            "@type": "BlogPosting",
            "headline": b.head or " ".join(b.paras[0].split()[:10]),
            "url": f"{url}#post-{ids[id(b)]}",
            "datePublished": b.ts.astimezone(ctx.utc.tzinfo).isoformat().replace("+00:00", "Z")
            if b.ts
            else None,
            "articleBody": " ".join(b.paras),
        }
        for b in shown
    ]
    posting = {
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "headline": headline,
        "url": url,
        "inLanguage": "en-SG",
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "coverageStartTime": published.isoformat(),
        "publisher": org("The Straits Times", "https://www.straitstimes.com"),
        "liveBlogUpdate": updates,
    }
    main = f"""<div class="st-container">
<main class="st-main">
<article class="st-article st-article--live">
<header class="st-article__header">
<span class="st-live-tag">LIVE</span>
<h1 class="st-article__headline">{e(headline)}</h1>
<p class="st-article__dates">Published Dec 7, 2026, 04:20 AM · Updated {e(_sgam(modified))}</p>
</header>
<div class="st-live__lede">
{intro}
</div>
{ad_slot("st-ad", "Advertisement", "st-imu-1")}
<div class="st-live__stream">
{feed}
</div>
</article>
</main>
</div>"""
    html = page(
        ctx,
        lang="en-SG",
        prefix="st",
        brand="The Straits Times",
        url=url,
        title=f"{headline} | The Straits Times",
        sections=["Singapore", "Asia", "World", "Opinion", "Life", "Business"],
        subs=_SUBS,
        foot=_FOOT,
        legal="Copyright 2026. SPH Media Limited.",
        jsonld=[ld(posting)],
        main=main,
        body_cls="st page-live",
    )
    return Render(html, body, shown, genuine, modified)


SITES = [
    Site(
        "thenational-fog-and-rain-close-e11-near-ghantoot-pile-up-flights-diverted-zayed-international",
        "The National (AE)",
        "en",
        "updates",
        GST,
        thenational,
    ),
    Site(
        "namibian-hailstorm-floods-katutura-homes-western-bypass-closed-at-otjomuise",
        "The Namibian (NA)",
        "en",
        "updates",
        CAT,
        namibian,
    ),
    Site(
        "straitstimes-live-flash-floods-bukit-timah-dunearn-road-downtown-line-delays",
        "The Straits Times (SG)",
        "en",
        "live",
        SGT,
        straitstimes,
    ),
]
