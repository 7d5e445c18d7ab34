"""English pages: ProPublica, Ars Technica (notes) and The Telegraph live."""

from __future__ import annotations

from chrome import (
    Rec,
    ab_teaser,
    author_bio,
    doc,
    esc,
    iso,
    jsonld,
    line,
    list_box,
    maybe,
    modified,
    native_ads,
    num,
    scatter,
    teaser_box,
    video_playlist,
    widget_rows,
)

CONSENT_EN = (
    "We use cookies and similar technologies to recognize your repeat visits and preferences, "
    "to measure the effectiveness of campaigns and to improve our websites."
)

# ---------------------------------------------------------------------------------------------
# ProPublica

PP_PARAS = [
    "For nine days in late November, the heat in the Erie County Prison’s east housing block did not work. Inmates wrapped themselves in extra blankets and wore socks on their hands, according to letters reviewed by ProPublica and interviews with six people held there at the time.",
    "At night, temperatures in some cells dropped to 49 degrees, according to readings that one corrections officer logged on a personal thermometer and later shared with a county commissioner. State rules require jails to keep living areas at no less than 64 degrees.",
    "The complaints did not go unwritten. Between Nov. 18 and Nov. 27, inmates filed at least 41 grievance forms about the cold, records show. Thirty-three of them were marked “resolved” without any repair being logged.",
    "“They kept telling us maintenance was coming,” said Darnell Whitcombe, 34, who was held in the block on a probation violation and has since been released. “Nobody came. You could see your breath at breakfast.”",
    "The jail’s warden, Patricia Okonjo-Reyes, declined an interview request. In a written statement, her office said a boiler valve had failed, that replacement parts were “delayed by a supplier” and that inmates were offered extra blankets throughout.",
    "But maintenance logs obtained through a [[public records request]] show that the same valve had been flagged as failing during an inspection in March, and that a purchase order for a replacement was never submitted.",
    "The problem is not unique to Erie. A 2025 review by the Pennsylvania Department of Corrections found heating deficiencies at 11 of the state’s county jails, most of them in buildings more than 40 years old.",
    "County Commissioner Lionel Strand, who represents the district that includes the prison, said he learned of the outage only when a corrections officer called him on Nov. 25. “That is eight days too late,” he said.",
    "Strand said he would ask the board to order an independent inspection of every building system at the prison before the end of the year.",
]
PP_UPDATE = "After this story was published, the Erie County sheriff’s office said it had moved 22 inmates from the east housing block to another unit while a contractor inspects the boiler."
PP_CORRECTION = "An earlier version of this story misstated the number of grievances marked resolved. It was 33, not 38."
PP_GENUINE = "The Erie County Board of Commissioners has scheduled an emergency meeting for Tuesday to discuss the heating failure, a county spokesperson said Sunday evening."
PP_RELATED = [
    (
        "How Pennsylvania’s County Jails Avoid Inspections",
        "The Loophole That Lets County Jails Skip Inspections",
    ),
    (
        "Inside the Jails Where Grievances Go to Disappear",
        "Inmates Filed Grievances. The Jails Lost Them.",
    ),
    (
        "Counties Are Cutting Jail Maintenance Budgets. Here’s What Breaks First.",
        "What Breaks First When Counties Cut Jail Maintenance",
    ),
    (
        "What Happens When a Jail Loses Heat in Winter",
        "No Heat, No Answers: Winter in a County Jail",
    ),
]
PP_PROMO = [
    "ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they’re published.",
    "We’re trying something new. Was it helpful? Tell us what you think about how we covered this story, and what we should report on next.",
    "ProPublica’s Local Reporting Network works with newsrooms across the country. Support independent reporting like this with a donation today.",
]
PP_MOST_READ = [
    "The Lenders Who Keep Rural Hospitals on Life Support",
    "A Utility Promised to Bury Its Power Lines. It Buried the Report Instead.",
    "Inside the Scramble to Rehouse Families After the Lake Effect Floods",
    "How a Charter School Network Spent Its Construction Money",
    "The Nursing Homes That Called 911 Instead of Hiring Nurses",
]


def propublica(rec: Rec) -> str:
    c = "pp-{}".format
    paras = [rec.p(t) for t in PP_PARAS]
    inserts = [
        ab_teaser(rec, c, "Related Stories", PP_RELATED, 2),
        f'<p class="pp-promo">{rec.f(rec.pick(PP_PROMO)[0], "promo paragraph")}</p>',
        maybe(
            rec,
            0.5,
            lambda: (
                '<div class="pp-newsletter"><h3>The Big Story</h3><p>'
                + rec.f(
                    "Get our investigations delivered to your inbox with the Big Story newsletter.",
                    "newsletter box",
                )
                + '</p><input type="email" placeholder="you@example.com"><button>Sign Up</button></div>'
            ),
            "newsletter box",
        ),
    ]
    body = scatter(rec, paras, [i for i in inserts if i], skip_first=2)
    tip = (
        '<div class="pp-tip-box"><h3>Do You Have a Tip for ProPublica?</h3><p>'
        + rec.f(
            "Help us do journalism. If you have worked in or been held at a county jail in Pennsylvania, we want to hear from you.",
            "promo paragraph",
        )
        + "</p></div>"
    )
    notes = ""
    if rec.last:
        rec.block(
            "update",
            "Update, Dec. 6, 2026, 5:54 p.m. ET",
            iso("17:54", -5),
            PP_GENUINE,
            genuine=True,
        )
        notes += f'<p class="update-note"><em><strong>Update, Dec. 6, 2026, 5:54 p.m. ET:</strong> {esc(PP_GENUINE)}</em></p>\n'
    rec.block("update", "Update, Dec. 6, 2026, 2:15 p.m. ET", iso("14:15", -5), PP_UPDATE)
    notes += f'<p class="update-note"><em><strong>Update, Dec. 6, 2026, 2:15 p.m. ET:</strong> {esc(PP_UPDATE)}</em></p>'
    rec.block("correction", "Correction, Dec. 6, 2026", "2026-12-06", PP_CORRECTION)
    corr = f'<p class="correction"><em><strong>Correction, Dec. 6, 2026:</strong> {esc(PP_CORRECTION)}</em></p>'
    shares = line(
        rec,
        c,
        "share-count",
        f"{num(rec.rng.randint(900, 4200), 'en')} shares",
        "share count",
        "span",
    )
    bio = author_bio(
        rec,
        c,
        "Maren Lindqvist",
        "Maren Lindqvist is a reporter covering criminal justice for ProPublica’s Local Reporting Network, based in Pittsburgh.",
        "Follow · {n} followers",
        7800,
        8900,
    )
    most = list_box(rec, c, "Most Read", PP_MOST_READ, 5, "most read", shuffle_only=True)
    consent = maybe(
        rec,
        0.4,
        lambda: (
            f'<div id="pp-consent" role="dialog"><p>{rec.f(CONSENT_EN, "consent banner")}</p><button>Accept</button></div>'
        ),
        "consent banner",
    )
    head = (
        '<meta property="og:site_name" content="ProPublica">\n'
        '<meta property="article:published_time" content="2026-12-06T06:00:00-05:00">\n'
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "In Erie County, a Jail’s Heat Failed for Nine Days. Inmates’ Complaints Went Nowhere.",
                "datePublished": "2026-12-06T06:00:00-05:00",
                "dateModified": modified(rec, "14:15", "17:54", -5),
                "author": [{"@type": "Person", "name": "Maren Lindqvist"}],
                "publisher": {"@type": "Organization", "name": "ProPublica"},
            }
        )
    )
    page = f"""{consent}
<header class="pp-site-header"><a class="pp-logo" href="/">ProPublica</a>
<nav><a href="/topics">Topics</a><a href="/series">Series</a><a href="/newsletters">Newsletters</a><a href="/donate" class="pp-donate">Donate</a></nav></header>
<main id="main" class="pp-main">
<article class="story-body article-single">
<header class="story-header">
<p class="hed-kicker"><a href="/series/local-reporting-network">Local Reporting Network</a></p>
<h1 class="hed">In Erie County, a Jail’s Heat Failed for Nine Days. Inmates’ Complaints Went Nowhere.</h1>
<p class="dek">Records show dozens of grievances about freezing cells were marked “resolved” while a broken boiler valve went unreplaced.</p>
<p class="byline">by <a href="/people/maren-lindqvist">Maren Lindqvist</a>, <span class="org">Erie Times-News</span></p>
<p class="timestamp"><time datetime="2026-12-06T06:00:00-05:00">Dec. 6, 2026, 6 a.m. EST</time></p>
<div class="pp-share">{shares}<a href="/republish" class="pp-republish">Republish This Story for Free</a></div>
</header>
<figure class="lead-art"><img src="/img/erie.jpg" alt=""><figcaption>The Erie County Prison on State Street in Erie, Pennsylvania. <span class="credit">Credit: Hannah Roux for ProPublica</span></figcaption></figure>
<div class="article-body">
{notes}
{body}
{tip}
{corr}
</div>
<footer class="pp-story-footer">{bio}</footer>
</article>
<aside class="pp-rail">{most}</aside>
</main>
<footer class="pp-footer"><p>© 2026 Pro Publica Inc.</p></footer>"""
    return doc(
        rec,
        "In Erie County, a Jail’s Heat Failed for Nine Days — ProPublica",
        head,
        ' class="pp-article"',
        page,
        "pp-",
    )


# ---------------------------------------------------------------------------------------------
# Ars Technica

ARS_PARAS = [
    "Owners of Voltaro Urbane e-bikes woke up on Saturday to find that their batteries refused to charge, a problem the company has now traced to an over-the-air firmware update pushed to its bikes late Friday night.",
    "The update, version 4.2.1, was meant to improve range estimates in cold weather. Instead, it appears to have caused the battery management system to misread cell temperatures, putting packs into a protective lockout that the bikes’ companion app cannot clear.",
    "Voltaro, a Portland, Oregon-based startup that says it has sold about 60,000 bikes in North America, confirmed the problem in a post on its [[support forum]] on Saturday afternoon. The company did not say how many bikes received the update.",
    "On Reddit and in the company’s forum, hundreds of owners reported the same symptoms: a flashing red light on the battery, a “thermal fault” code in the app, and no response to the charger. Several said they depend on the bikes to get to work.",
    "“It’s a $2,800 bike, and right now it’s a very heavy bicycle,” one owner in Minneapolis wrote. “I can’t even find out when it’ll be fixed.”",
    "Battery lockouts of this kind are a deliberate safety feature. Lithium-ion cells can be damaged, or in rare cases catch fire, if they are charged below freezing, so battery management systems refuse to charge when they believe the pack is too cold.",
    "The trouble, said Anika Bergström, an embedded systems engineer who has written about e-bike firmware, is that a bad sensor reading looks exactly like a real cold pack. “If the firmware is wrong about the temperature, the safe thing and the broken thing are the same thing,” she said.",
    "Voltaro said it is preparing a rollback but that bikes in lockout cannot download it over Bluetooth. Owners may need to bring their batteries to a dealer, the company said, although it has only 40 authorized service partners in the US.",
    "Ars has reached out to Voltaro to ask how the update passed testing, and we will update this story if we hear back.",
]
ARS_UPDATE = "A Voltaro spokesperson told Ars that about 9,000 bikes installed the update before it was pulled on Saturday morning and that the company will cover shipping for owners who cannot reach a dealer."
ARS_GENUINE = "Voltaro has released a desktop tool that clears the lockout over a USB cable, and it says a fixed firmware version will follow on Monday."
ARS_FURTHER = [
    "Your e-bike’s battery has a brain, and sometimes the brain is wrong",
    "Why lithium-ion cells hate the cold, explained",
    "Over-the-air updates keep breaking things that used to just work",
    "Right-to-repair bill would let owners fix e-bike batteries themselves",
    "The e-bike boom left a service gap, and owners are paying for it",
    "A bad OTA update bricked smart locks in 2024; what changed since?",
]
ARS_VIDEO = [
    "How NASA tests spacesuits in a vacuum chamber",
    "The engineering behind a 3D-printed rocket engine",
    "Why every keyboard switch sounds different",
    "Inside a data center’s liquid cooling loop",
    "Restoring a 1984 Macintosh, one capacitor at a time",
]
ARS_MOST_READ = [
    "Firmware update bricks thousands of Voltaro e-bike batteries",
    "Astronomers find a second moon orbiting a nearby dwarf planet",
    "Your router’s “WPA3” badge may not mean what you think",
    "The first solid-state laptop battery is shipping, with caveats",
    "A new Linux scheduler patch makes old laptops feel new",
]
ARS_ADS = [
    ("Seniors Are Ditching Their Hearing Aids for This $49 Device", "HearWell Direct"),
    ("This Is the Most Comfortable Office Chair You’ll Ever Sit In", "Brantley Seating"),
    ("The Simple Trick Homeowners Use to Cut Heating Bills", "ThermoLoop"),
    ("Engineers Are Stunned by This Pocket-Sized Power Bank", "Kraftcell"),
    ("Why Everyone in Seattle Is Switching to This Mattress", "Drift & Co."),
]


def arstechnica(rec: Rec) -> str:
    c = "ars-{}".format
    paras = [rec.p(t) for t in ARS_PARAS]

    def further() -> str:
        (h,) = rec.pick(ARS_FURTHER)
        return (
            '<aside class="pullbox sidebar story-sidebar"><h2>Further Reading</h2>'
            f'<a href="/gadgets/{h[:20].lower().replace(" ", "-")}">{rec.f(h, "inline teaser")}</a></aside>'
        )

    inserts = [
        further(),
        further(),
        '<div class="ad ad--mid-content" data-ad="mid1"></div>',
        maybe(
            rec,
            0.5,
            lambda: (
                '<div class="ars-pro-upsell"><p>'
                + rec.f(
                    "Join Ars Pro for $25 a year: an ad-free experience, full-text RSS feeds and more.",
                    "subscription box",
                )
                + "</p></div>"
            ),
            "subscription box",
        ),
    ]
    body = scatter(rec, paras, [i for i in inserts if i], skip_first=2)
    rec.block("update", "Update 1:20 pm ET", iso("13:20", -5), ARS_UPDATE)
    notes = f"<p><strong>Update 1:20 pm ET:</strong> {esc(ARS_UPDATE)}</p>"
    if rec.last:
        rec.block("update", "Update 5:55 pm ET", iso("17:55", -5), ARS_GENUINE, genuine=True)
        notes += f"\n<p><strong>Update 5:55 pm ET:</strong> {esc(ARS_GENUINE)}</p>"
    comments = f"{num(rec.rng.randint(140, 420), 'en')} comments"
    bio = author_bio(
        rec,
        c,
        "Jonah Pell",
        "Jonah Pell is a senior reporter at Ars Technica covering transportation and energy technology. He lives in Seattle.",
        "Bluesky · {n} followers",
        21000,
        21900,
    )
    vids = video_playlist(rec, c, "Ars Video", ARS_VIDEO, 3)
    most = list_box(rec, c, "Most Read", ARS_MOST_READ, 5, "most read", shuffle_only=True)
    ads = native_ads(rec, c, "You May Like", ARS_ADS, 3, "Sponsored Links by Taboola")
    head = (
        '<meta property="article:published_time" content="2026-12-06T16:12:00+00:00">\n'
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Firmware update bricks thousands of Voltaro e-bike batteries",
                "datePublished": "2026-12-06T11:12:00-05:00",
                "dateModified": modified(rec, "13:20", "17:55", -5),
                "author": {"@type": "Person", "name": "Jonah Pell"},
            }
        )
    )
    page = f"""<header id="header" class="site-header"><a href="/" class="logo">Ars Technica</a>
<nav><a href="/gadgets/">Tech</a><a href="/science/">Science</a><a href="/tech-policy/">Policy</a><a href="/cars/">Cars</a><a href="/gaming/">Gaming &amp; Culture</a><a href="/store/">Store</a></nav></header>
<main id="main">
<article class="article-single standalone">
<header class="article-header">
<p class="post-meta-title"><a href="/cars/">Cars</a> — </p>
<h1 itemprop="headline">Firmware update bricks thousands of Voltaro e-bike batteries</h1>
<h2 itemprop="description">Company says a rollback is coming; owners say their bikes have been stuck since Friday.</h2>
<section class="post-meta"><a href="/author/jonah-pell/" rel="author">Jonah Pell</a> – <time datetime="2026-12-06T16:12:00+00:00">Dec 6, 2026 11:12 am</time> |
<a href="#comments" class="comment-count"><span>{rec.f(comments, "comment count")}</span></a></section>
</header>
<figure class="intro-image"><img src="/img/voltaro.jpg" alt=""><figcaption class="caption"><div class="caption-text">A Voltaro Urbane at a Portland bike shop.</div><div class="caption-credit">Voltaro</div></figcaption></figure>
<div class="article-content post-page" itemprop="articleBody">
{body}
{notes}
</div>
<div class="ars-author-box">{bio}</div>
{vids}
<section class="article-comments" id="comments"><a href="/civis/threads/voltaro">Reader comments</a></section>
{ads}
</article>
<aside class="sidebar">{most}</aside>
</main>
<footer class="site-footer"><p>© 2026 Condé Nast. All rights reserved.</p></footer>"""
    return doc(
        rec,
        "Firmware update bricks thousands of Voltaro e-bike batteries | Ars Technica",
        head,
        ' class="single single-post"',
        page,
        "ars-",
    )


# ---------------------------------------------------------------------------------------------
# The Telegraph live

TG_INTRO = [
    "Storm Isolde has brought gusts of up to 91mph to Cornwall, cutting power to tens of thousands of homes and closing the A30 as the strongest winds of the winter swept across the South West.",
    "The Met Office has an amber wind warning in place until midnight. Follow the latest updates below.",
]
# (clock, author, headline, paragraphs)
TG_ENTRIES = [
    (
        "21:48",
        "Josh Hartley",
        "Power cuts pass 38,000 homes",
        [
            "National Grid Electricity Distribution says 38,400 customers in Cornwall and Devon are now without power, up from 31,000 an hour ago.",
            "Engineers are being held back from some repairs until the wind drops, the company said.",
        ],
    ),
    (
        "21:31",
        "Josh Hartley",
        "Falmouth ferry slips its moorings",
        [
            "A passenger ferry broke free of its moorings in Falmouth harbour and was pushed on to a slipway, the harbour master has said. Nobody was on board.",
        ],
    ),
    (
        "21:05",
        "Amira Cole",
        "Great Western Railway suspends trains west of Exeter",
        [
            "GWR has cancelled all remaining services between Exeter St Davids and Penzance tonight because of fallen trees and debris on the line.",
            "Passengers are told not to travel and that tickets for Sunday will be accepted on Monday.",
        ],
    ),
    (
        "20:40",
        "Amira Cole",
        "Gust of 91mph recorded at Berry Head",
        [
            "The Met Office says a gust of 91mph was recorded at Berry Head in Devon at 8pm, the highest of the storm so far.",
        ],
    ),
    (
        "20:12",
        "Josh Hartley",
        "Police: stay away from seafronts",
        [
            "Devon and Cornwall Police have asked people to keep away from promenades and harbour walls after videos showed onlookers being soaked by waves in Porthleven.",
            "“A wave can knock you off your feet in a second,” said Chief Inspector Rhian Tallis.",
        ],
    ),
    (
        "19:55",
        "Amira Cole",
        "A30 closed in both directions at Temple",
        [
            "The A30 is closed between Bodmin and Launceston after a lorry overturned near Temple. National Highways says the closure is likely to last several hours.",
        ],
    ),
]
TG_GENUINE = (
    "22:54",
    "Josh Hartley",
    "Met Office lifts amber warning as Isolde moves east",
    [
        "The Met Office has lifted its amber wind warning for Cornwall and Devon, saying the strongest gusts have now passed, though a yellow warning stays in place until 6am.",
    ],
)
TG_RECOMMENDED = [
    "Why Britain’s storms are getting names earlier every year",
    "The coastal towns that could be lost to the sea by 2050",
    "How to claim compensation for a power cut",
    "Is your home insurance ready for winter storms?",
    "Cornwall’s harbour walls are crumbling. Who should pay?",
]
TG_TOP = [
    "Chancellor hints at fuel duty freeze in spring statement",
    "Six Nations: England name uncapped fly-half in squad",
    "The best Christmas markets in Britain, ranked",
    "Royal Mail warns of delays ahead of final posting dates",
    "Theatre review: a frosty but thrilling Hedda Gabler",
    "Energy price cap to fall by £38 in January",
]
TG_VIDEO = [
    "Watch: Waves batter the harbour wall at Porthleven",
    "Watch: Trampoline blown across a road in Newquay",
    "Watch: Fallen tree blocks the line near Dawlish",
    "Watch: Lifeboat crew launch in 90mph gusts",
]
TG_TRAFFIC = [
    "A30 westbound closed between Bodmin and Launceston",
    "A38 at Saltash: high-sided vehicles banned from the Tamar Bridge",
    "A39 near Wadebridge: fallen tree, one lane open",
    "M5 southbound J30 to J31: 20 minutes’ delay",
    "A386 at Meavy: road flooded, avoid the area",
]
TG_ADS = [
    ("The 10 Most Beautiful Villages in the Cotswolds", "Hidden Britain"),
    ("Doctors Reveal the Simple Habit That Helps You Sleep Through the Night", "Restwell"),
    ("Over 60? This New Retirement Plan Is Turning Heads", "Ashcombe Wealth"),
    ("Why Everyone Is Buying This Heated Throw This Winter", "Kozie Home"),
]


def tg_entry(rec: Rec, entry: tuple[str, str, str, list[str]], genuine: bool = False) -> str:
    clock, author, headline, paras = entry
    h, m = (int(x) for x in clock.split(":"))
    label = f"{(h - 1) % 12 + 1}:{m:02d}pm"
    rec.block(
        "live_entry", label, iso(clock, 0), " ".join(paras), headline=headline, genuine=genuine
    )
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return (
        f'<article class="live-post" id="post-{h}{m:02d}" data-post-id="{h * 100 + m}">'
        f'<div class="live-post__header"><time class="live-post__time" datetime="{iso(clock, 0)}">{label}</time>'
        f'<span class="live-post__author">{esc(author)}</span></div>'
        f'<h2 class="live-post__title">{esc(headline)}</h2>'
        f'<div class="live-post__body">{body}</div></article>'
    )


def telegraph(rec: Rec) -> str:
    c = "tg-{}".format
    intro = "\n".join(rec.p(t) for t in TG_INTRO)
    posts = []
    if rec.last:
        posts.append(tg_entry(rec, TG_GENUINE, genuine=True))
    posts.extend(tg_entry(rec, e) for e in TG_ENTRIES)
    inserts = [
        teaser_box(rec, c, "Recommended", TG_RECOMMENDED, 1),
        native_ads(rec, c, "Promoted stories", TG_ADS, 2, "Recommended by Outbrain"),
        video_playlist(rec, c, "Storm Isolde in pictures and video", TG_VIDEO, 2),
        maybe(
            rec,
            0.5,
            lambda: (
                '<div class="tg-subscribe"><p>'
                + rec.f(
                    "Subscribe to The Telegraph for £1 a month for three months and get unlimited access to our award-winning journalism.",
                    "subscription box",
                )
                + "</p><a href=/subscribe>Subscribe now</a></div>"
            ),
            "subscription box",
        ),
    ]
    stream = scatter(rec, posts, [i for i in inserts if i], skip_first=1)
    badge = ""
    rec.k("live badge")
    if rec.chance(0.6):
        badge = '<span class="tg-live-badge tg-live-badge--blink">Live</span>'
    readers = line(
        rec,
        c,
        "readers",
        f"{num(rec.rng.randint(1800, 3400), 'en')} people are reading this",
        "reader counter",
        "p",
    )
    meter = line(
        rec,
        c,
        "meter",
        f"You have {rec.rng.randint(1, 4)} free articles remaining this month",
        "paywall meter",
        "p",
    )
    weather = widget_rows(
        rec,
        c,
        "weather",
        "Weather",
        [
            f"Truro {rec.rng.randint(6, 9)}°C, gales and rain",
            f"Plymouth {rec.rng.randint(6, 9)}°C, gales",
        ],
        "weather",
    )
    traffic = widget_rows(rec, c, "traffic", "Travel", rec.pick(TG_TRAFFIC, 2), "traffic")
    top = list_box(rec, c, "Top stories", TG_TOP, 4, "top stories carousel", ordered=False)
    consent = maybe(
        rec,
        0.4,
        lambda: (
            f'<div class="tg-consent" role="dialog"><p>{rec.f(CONSENT_EN, "consent banner")}</p><button>Accept all</button></div>'
        ),
        "consent banner",
    )
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Storm Isolde live: Thousands without power as Cornwall hit by 91mph gusts",
            "coverageStartTime": "2026-12-06T15:00:00+00:00",
            "datePublished": "2026-12-06T15:00:00+00:00",
            "dateModified": modified(rec, "21:48", "22:54", 0),
        }
    )
    page = f"""{consent}
<header class="tg-masthead"><a href="/" class="tg-logo">The Telegraph</a><nav><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/business/">Money</a><a href="/opinion/">Opinion</a></nav></header>
<main class="tg-main">
<article class="tg-article tg-article--live">
<header class="tg-article__header">{badge}
<h1 class="tg-headline">Storm Isolde live: Thousands without power as Cornwall hit by 91mph gusts</h1>
<p class="tg-byline">By <a href="/authors/j/jh-josh-hartley/">Josh Hartley</a> and <a href="/authors/a/ac-amira-cole/">Amira Cole</a></p>
<p class="tg-date"><time datetime="2026-12-06T15:00:00+00:00">6 December 2026 3:00pm GMT</time></p>
{readers}{meter}
</header>
<div class="live-blog__intro">
{intro}
</div>
<div class="live-blog__stream">
{stream}
</div>
</article>
<aside class="tg-rail">{weather}{traffic}{top}</aside>
</main>
<footer class="tg-footer"><p>© Telegraph Media Group Limited 2026</p></footer>"""
    return doc(
        rec,
        "Storm Isolde live: Thousands without power as Cornwall hit by 91mph gusts",
        head,
        ' class="tg-live"',
        page,
        "tg-",
    )
