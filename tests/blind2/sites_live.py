"""Eight live blogs and tickers (EN, DE, FR, IT, ES), each in one publisher's style."""

from __future__ import annotations

from chrome import Block, Fx, Page, esc, inline


def live(
    label: str, ts: str, text: str, headline: str | None = None, more: list[str] | None = None
) -> Block:
    return Block("live_entry", label, ts, text, headline, more or [])


def _ps(block: Block, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{inline(p)}</p>" for p in [block.text, *block.more])


# ---------------------------------------------------------------------------------------------
# BBC News live page (hashed ssrcss classes), UK time


def bbc_storm(fx: Fx, genuine: bool) -> Page:
    slug = "bbc-live-storm-scotland"
    body = [
        "Storm Imogen is bringing gusts of more than 80mph to parts of western Scotland, with ferries cancelled, roads closed and thousands of homes without power.",
        "The Met Office has an amber warning for wind in force across Argyll, the Highlands and the Western Isles, with a wider yellow warning covering most of Scotland.",
        "Forecasters say the strongest winds will ease overnight, but warn of further disruption on Monday morning from fallen trees and debris.",
    ]

    def t(clock: str) -> str:
        return f"2026-12-06T{clock}:00+00:00"

    entries = [
        live(
            "15:48",
            t("15:48"),
            "Ferry operator CalMac says every sailing still scheduled for this evening has been called off, including the late crossings from Oban to Craignure and from Ullapool to Stornoway.",
            "All remaining CalMac sailings cancelled for today",
            ["The company says it will review Monday’s timetable at 06:00."],
        ),
        live(
            "15:20",
            t("15:20"),
            "Scottish and Southern Electricity Networks (SSEN) says engineers have reconnected about 9,000 properties since the morning, but around 23,000 remain without power, most of them in Argyll and Lochaber.",
            "Around 23,000 homes still without power",
        ),
        live(
            "14:52",
            t("14:52"),
            "The Met Office has extended its amber wind warning by three hours. It had been due to expire at 21:00 and will now run until midnight.",
            "Amber warning for wind extended until midnight",
        ),
        live(
            "14:31",
            t("14:31"),
            "Many of you have been sending us pictures of the conditions along the Clyde coast. Kirsty Allan took this one on the promenade at Largs earlier this afternoon.",
            "Your pictures: waves crash over the sea wall at Largs",
        ),
        live(
            "14:05",
            t("14:05"),
            "Network Rail Scotland says the line between Crianlarich and Oban is closed after a large tree came down near Dalmally. Replacement buses are not running because of conditions on the A85.",
            "Rail line to Oban closed after tree falls on track",
        ),
    ]
    extra = live(
        "22:54",
        t("22:54"),
        "CalMac says it expects to run most of Monday’s timetable, with the first Oban to Mull sailing at 07:00 subject to a final check of the forecast.",
        "CalMac plans to resume most sailings on Monday",
    )
    shown = ([extra] if genuine else []) + entries
    ago = fx.ago()
    top = fx.teasers(4)
    more = fx.ab(2)
    ad = fx.ad()
    cookie = fx.f(
        "Let us know you agree to cookies. We use cookies to give you the best online experience."
    )
    involved = fx.f("Get in touch: send us your pictures and stories of the storm.")
    external = fx.f("The BBC is not responsible for the content of external sites.")
    copyright_ = fx.f("Copyright © 2026 BBC.")
    contributors = [
        "Eilidh Munro",
        "Craig Paterson",
        "Eilidh Munro",
        "Fiona Reid",
        "Craig Paterson",
        "Eilidh Munro",
    ]

    def post(i: int, e: Block) -> str:
        return (
            f'<li class="ssrcss-1ar7ng3-StyledListItem e1u6gy4l0"><article data-testid="content-post" class="ssrcss-1ntm2qw-PostContainer e1djs0me0">'
            f'<header class="ssrcss-4ov8lb-PostHeader e1u6gy4l1"><div class="ssrcss-5o5k1k-TimestampWrapper"><span class="ssrcss-1f39n02-VisuallyHidden e16en2lz0">posted at </span><span class="ssrcss-1n0vbvp-Timestamp e1pcvg7o0">{esc(e.label or "")}</span></div>'
            f'<h3 class="ssrcss-8b6wjg-Heading e10rt3ze0"><span role="text"><span class="ssrcss-9pv1lo-PostHeadline e1wncqxw0">{esc(e.headline or "")}</span></span></h3></header>'
            f'<div class="ssrcss-8gvdm9-PostContent e1tfc9e20"><div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1">{_ps(e, "ssrcss-1q0x1qg-Paragraph e1jhz7w21")}</div></div>'
            f'<footer class="ssrcss-1a5v3ws-PostFooter"><span class="ssrcss-contributor">{contributors[i % len(contributors)]}</span><span class="ssrcss-68pt20-Text">BBC Scotland News</span><button class="ssrcss-1p6hmxa-ShareButton">Share</button></footer></article></li>'
        )

    items = [post(i, e) for i, e in enumerate(shown)]
    card = fx.teasers(1)[0]
    items.insert(
        4,
        f'<li class="ssrcss-1ar7ng3-StyledListItem"><div class="ssrcss-1f3bvyz-PromoCard" data-testid="related-promo"><span class="ssrcss-1if1g9v-PromoLabel">Related</span><a class="ssrcss-zmz0hi-PromoLink" href="/news/articles/c{fx.fetch}x"><span>{card}</span></a></div></li>',
    )
    items.insert(
        2,
        f'<li class="ssrcss-1ar7ng3-StyledListItem"><div class="ssrcss-1ocoo3l-AdSlot" data-testid="advert"><p class="ssrcss-9kqb7r-AdLabel">{fx.ad_label()}</p><div class="dotcom-ad-inner"><a href="https://ads.invalid/bbc">{ad}</a></div></div></li>',
    )
    html = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>Storm Imogen live: Ferries cancelled and thousands without power in Scotland - BBC News</title>
<meta property="og:type" content="article">
<meta name="article:modified_time" content="{"2026-12-06T22:54:31.000Z" if genuine else "2026-12-06T15:48:12.000Z"}">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"LiveBlogPosting","headline":"Storm Imogen: Ferries cancelled and thousands without power","coverageStartTime":"2026-12-06T08:00:00+00:00","coverageEndTime":"2026-12-07T00:00:00+00:00"}}</script>
</head>
<body>
<div id="bbccookies" class="bbccookies-banner"><p class="bbccookies-text">{cookie}</p><button id="bbccookies-continue-button">Yes, I agree</button><a href="/usingthebbc/cookies">No, take me to settings</a></div>
<header class="ssrcss-1wq5l5z-OrbitHeader" role="banner"><a href="https://www.bbc.invalid/" class="ssrcss-tdg3ht-BrandLink"><svg><title>BBC</title></svg></a>
<nav class="ssrcss-1xbrh8z-GlobalNavigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/iplayer">iPlayer</a></li><li><a href="/sounds">Sounds</a></li></ul></nav>
<nav class="ssrcss-d7aixc-StyledNav"><ul><li><a href="/news/scotland">Scotland</a></li><li><a href="/news/scotland/scotland_politics">Scotland Politics</a></li><li><a href="/news/scotland/scotland_business">Scotland Business</a></li></ul></nav></header>
<main id="main-content" class="ssrcss-1ocoo3l-Wrap">
<div class="ssrcss-1jw2lu6-LiveHeader">
<span class="ssrcss-1n8o9e4-LiveLabel">LIVE</span>
<h1 id="main-heading" class="ssrcss-1vi8ivt-StyledHeading">Storm Imogen: Ferries cancelled and thousands without power</h1>
<p class="ssrcss-1hvbgoo-LastUpdated">{ago}</p>
<div class="ssrcss-summary" data-testid="live-header-summary">{"".join(f'<p class="ssrcss-1q0x1qg-Paragraph">{inline(p)}</p>' for p in body)}</div>
<p class="ssrcss-1ry5qkz-Contributors"><span>Edited by Fiona Reid</span></p>
</div>
<div class="ssrcss-1wpw3rk-GetInvolved"><h2>Get involved</h2><p>{involved}</p></div>
<section class="ssrcss-r5ylr4-LiveStream" data-testid="liveblog-stream"><h2 class="ssrcss-1vi8ivt-StyledHeading">Live Reporting</h2><button class="ssrcss-pagination-new-posts">Show latest updates</button>
<ol class="ssrcss-1sxmdjd-Stream">
{chr(10).join(items)}
</ol></section>
<section class="ssrcss-1cevbp9-RelatedLinks"><h2>More on this story</h2><ul>{"".join(f'<li><a href="/news/uk-scotland-{i}">{h}</a></li>' for i, h in enumerate(more))}</ul><p class="ssrcss-ext">{external}</p></section>
<section class="ssrcss-9ehm0c-TopStories" aria-labelledby="top-stories"><h2 id="top-stories">Top stories</h2><ul>{"".join(f'<li><a href="/news/articles/c{i}">{h}</a></li>' for i, h in enumerate(top))}</ul></section>
</main>
<footer class="ssrcss-1rolh8x-FooterWrapper"><nav><a href="/terms">Terms of Use</a> <a href="/aboutthebbc">About the BBC</a> <a href="/privacy">Privacy Policy</a> <a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility Help</a> <a href="/contact">Contact the BBC</a></nav><p class="ssrcss-1oy6ld0-Copyright">{copyright_} <a href="/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></p></footer>
</body>
</html>
"""
    return Page(slug, "BBC News live", "en", "live", html, body, shown, fx.lines, extra)


# ---------------------------------------------------------------------------------------------
# The Verge live blog (Vox Media "duet" classes), US Eastern time


def verge_event(fx: Fx, genuine: bool) -> Page:
    slug = "verge-live-pixelforge"
    body = [
        "Pixelforge is holding its winter hardware event today in San Francisco, and the company is widely expected to show off the Lumen 4, its first phone with a built-in satellite messaging chip.",
        "The keynote started at 1PM ET / 10AM PT. We’re covering everything as it happens, from the phones to the rumored smart glasses, and you can follow along below.",
    ]

    def lab(clock: str) -> str:
        return f"Dec 6, 2026, {clock} EST"

    def ts(h: int, m: int) -> str:
        return f"2026-12-06T{h:02d}:{m:02d}:00-05:00"

    pinned = live(
        lab("12:58 PM"),
        ts(12, 58),
        "Our reporter Priya Raman is in the hall at Moscone West, which is about three-quarters full. The stage has a giant ring of screens that has been slowly rotating for the past twenty minutes.",
        "We’re in the room and the lights are going down",
    )
    entries = [
        live(
            lab("2:41 PM"),
            ts(14, 41),
            "Pixelforge ended the show with a one-more-thing reveal: a pair of smart glasses with a tiny display in the right lens. They ship in March.",
            "Lumen Glass smart glasses are real, and they cost $499",
            [
                "The glasses pair with any Android phone, not just Pixelforge’s own, which is a surprise."
            ],
        ),
        live(
            lab("2:10 PM"),
            ts(14, 10),
            "The base model with 256GB of storage costs $799, the same as last year’s phone. Preorders open today, and it ships December 18th.",
            "The Lumen 4 starts at $799, same as last year",
        ),
        live(
            lab("1:37 PM"),
            ts(13, 37),
            "Pixelforge says satellite messaging will be included at no cost for the first two years, after which it becomes part of its $4.99 monthly cloud plan.",
            "Satellite texting is free for the first two years",
        ),
        live(
            lab("1:12 PM"),
            ts(13, 12),
            "The phone has flat sides, a matte glass back and a camera bar that runs the full width of the device, a bit like older Pixel models.",
            "Here’s the Lumen 4, up close",
        ),
    ]
    extra = live(
        lab("5:52 PM"),
        ts(17, 52),
        "We got about ten minutes with the glasses after the keynote. The display is small but bright enough to read outdoors, and the frames weigh less than we expected.",
        "Hands-on: the Lumen Glass display is sharper than we expected",
    )
    shown = [pinned] + ([extra] if genuine else []) + entries
    key = ([extra] if genuine else []) + entries[:3]
    highlights = "".join(
        f'<li class="_1uoi5le6"><a href="#entry-{shown.index(e)}"><time class="_1uoi5le7">{esc((e.label or "").split(", ")[-1].replace(" EST", ""))}</time> {esc(e.headline or "")}</a></li>'
        for e in key
    )
    authors = [
        "Priya Raman",
        "Sam Okafor",
        "Priya Raman",
        "Dana Whitcomb",
        "Sam Okafor",
        "Priya Raman",
    ]
    ncom = fx.comments(90, 400)
    popular = fx.most_read(5)
    related = fx.teasers(2)
    ad = fx.ad()
    newsletter = fx.f(
        "Installer: your weekly guide to the best new apps, gadgets and games. Sign up."
    )
    cookie = fx.f(
        "We use cookies and other tracking technologies to improve your browsing experience and to show you personalized ads."
    )
    footer = fx.f("© 2026 Vox Media, LLC. All Rights Reserved")
    follow = fx.f(
        "Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates."
    )

    def entry(i: int, e: Block, is_pinned: bool) -> str:
        badge = (
            '<span class="duet--article--pinned-label _1xwtict9">Pinned</span>' if is_pinned else ""
        )
        iso = (e.timestamp or "").replace("-05:00", "")
        return (
            f'<div class="duet--article--liveblog-entry _1uoi5le0{" _1uoi5le1" if is_pinned else ""}" id="entry-{i}">{badge}'
            f'<h2 class="duet--article--liveblog-title _1uoi5le2 _1xwtict1">{esc(e.headline or "")}</h2>'
            f'<div class="duet--article--liveblog-byline _1uoi5le3"><span class="_1xwtict4">{authors[i % len(authors)]}</span>'
            f'<time class="duet--article--timestamp _1uoi5le4" datetime="{iso}">{esc(e.label or "")}</time></div>'
            f'<div class="duet--article--article-body-component">{_ps(e, "duet--article--dangerously-set-cms-markup _1xwtict8")}</div></div>'
        )

    items = [entry(i, e, e is pinned) for i, e in enumerate(shown)]
    items.insert(
        3,
        f'<div class="duet--ad--native-ad-slot _1a9y9b20"><span class="duet--ad--label">{fx.ad_label()}</span><div class="_1a9y9b21"><a href="https://ads.invalid/vg">{ad}</a></div></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Pixelforge Lumen 4 event live blog: all the news as it happens | The Verge</title>
<meta property="article:published_time" content="2026-12-06T17:30:00.000Z">
<meta property="article:modified_time" content="{"2026-12-06T22:52:44.000Z" if genuine else "2026-12-06T19:41:10.000Z"}">
<meta property="og:site_name" content="The Verge">
</head>
<body class="_1ozm4pn0">
<div class="duet--cta--cookie-banner"><p>{cookie}</p><button>Accept all</button><button>Manage</button></div>
<header class="duet--navigation--navigation _1h3gqf10"><a href="/" class="_1h3gqf11" aria-label="The Verge homepage"><svg></svg></a>
<nav class="_1h3gqf12"><a href="/tech">Tech</a><a href="/reviews">Reviews</a><a href="/science">Science</a><a href="/entertainment">Entertainment</a><a href="/ai-artificial-intelligence">AI</a><a href="/policy">Policy</a></nav><a class="_1h3gqf13" href="/subscribe">Subscribe</a></header>
<main id="content" class="_1ymtmqp0">
<article class="duet--article--article _1ymtmqp1">
<div class="duet--article--lede _1xwtict0">
<div class="_1xwtict2"><a href="/tech">Tech</a> / <a href="/mobile">Mobile</a> / <a href="/live-blogs">Live</a></div>
<h1 class="_1xwtict3">Pixelforge’s Lumen 4 event: all the news as it happens</h1>
<p class="duet--article--dek _1xwtict5">The phone, the glasses and whatever else Pixelforge has up its sleeve.</p>
<div class="duet--article--byline _1xwtict6">by <a href="/authors/priya-raman">Priya Raman</a> and <a href="/authors/sam-okafor">Sam Okafor</a> <time datetime="2026-12-06T17:30:00.000Z">Dec 6, 2026, 12:30 PM EST</time></div>
<div class="duet--article--share _1xwtict7"><button>Share</button><button>Gift</button><a href="#comments" class="_1xwtict10">{ncom}</a></div>
</div>
<div class="duet--article--article-body-component-container _1ymtmqp2">
{"".join(f'<div class="duet--article--article-body-component"><p class="duet--article--dangerously-set-cms-markup _1xwtict8">{inline(p)}</p></div>' for p in body)}
<nav class="duet--article--liveblog-highlights _1uoi5le5" aria-label="Key updates"><h2 class="_1xwtict9">Key updates</h2><ul>{highlights}</ul></nav>
<div class="duet--article--liveblog _1uoi5lea">
{chr(10).join(items)}
</div>
</div>
<div class="duet--article--follow _1ymtmqp3"><p>{follow}</p></div>
<div class="duet--cta--newsletter _1ymtmqp4"><p>{newsletter}</p><input type="email"><button>Subscribe</button></div>
<div class="duet--recirculation--related"><h2>More from this stream</h2><ul>{"".join(f'<li><a href="/{i}/teaser">{t}</a></li>' for i, t in enumerate(related))}</ul></div>
<section id="comments" class="_1ymtmqp5"><h2>{ncom}</h2><button>Open comments</button></section>
</article>
<aside class="duet--recirculation--most-popular"><h2>Most Popular</h2><ol>{"".join(f'<li><a href="/popular/{i}">{t}</a></li>' for i, t in enumerate(popular))}</ol></aside>
</main>
<footer class="duet--navigation--footer"><nav><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Notice</a> <a href="/cookies">Cookie Policy</a> <a href="/ethics">Ethics Statement</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "The Verge live blog", "en", "live", html, body, shown, fx.lines, extra)


# ---------------------------------------------------------------------------------------------
# tagesschau.de Liveblog (no ads: public broadcaster)


def tagesschau_island(fx: Fx, genuine: bool) -> Page:
    slug = "tagesschau-liveblog-island"
    body = [
        "Auf der isländischen Halbinsel Reykjanes ist erneut ein Vulkan ausgebrochen. Die Behörden haben den Ort Grindavík und das Thermalbad Blaue Lagune vorsorglich evakuiert.",
        "Die Lava tritt nach Angaben des isländischen Wetteramts aus einer etwa zwei Kilometer langen Spalte nördlich des Ortes aus. Der Flugverkehr in Keflavík ist bislang nicht beeinträchtigt.",
    ]

    def lab(clock: str) -> str:
        return f"06.12.2026 • {clock} Uhr"

    def ts(clock: str) -> str:
        return f"2026-12-06T{clock}:00+01:00"

    entries = [
        live(
            lab("17:05"),
            ts("17:05"),
            "Nach Angaben des Zivilschutzes ist ein Lavastrom bis auf etwa 300 Meter an den Schutzwall nördlich von Grindavík herangekommen. Bagger verstärken den Wall an zwei Stellen.",
            "Lavastrom nähert sich dem Schutzwall",
        ),
        live(
            lab("16:22"),
            ts("16:22"),
            "Lufthansa und Condor melden bislang keine Einschränkungen auf ihren Verbindungen nach Reykjavík. Die Aschewolke sei gering, hieß es vom isländischen Wetteramt.",
            "Keine Auswirkungen auf Flüge nach Deutschland",
        ),
        live(
            lab("15:40"),
            ts("15:40"),
            "Eine Leitung des Kraftwerks Svartsengi ist nach Angaben des Betreibers beschädigt worden. Rund 20.000 Menschen in Reykjanesbær müssen vorerst ohne Fernwärme auskommen.",
            "Wärmeversorgung für Teile der Halbinsel unterbrochen",
            ["Der Betreiber will eine Ersatzleitung verlegen. Das könne aber mehrere Tage dauern."],
        ),
        live(
            lab("15:02"),
            ts("15:02"),
            "Das Auswärtige Amt rät Reisenden in Island, die Anweisungen der örtlichen Behörden zu befolgen und das Gebiet um Grindavík weiträumig zu meiden.",
            "Auswärtiges Amt: Urlauber sollen Hinweise beachten",
        ),
        live(
            lab("14:18"),
            ts("14:18"),
            "Der Ausbruch begann nach Angaben des Wetteramts um 12:52 Uhr Ortszeit, nachdem am Vormittag eine Serie kleinerer Erdbeben gemessen worden war.",
            "Ausbruch begann am frühen Nachmittag",
        ),
    ]
    extra = live(
        lab("23:51"),
        ts("23:51"),
        "Der Lavastrom ist nach Angaben des Zivilschutzes am Schutzwall zum Stehen gekommen. Die Evakuierung von Grindavík bleibt bis mindestens Dienstag bestehen.",
        "Schutzwall hält dem Lavastrom stand",
    )
    shown = ([extra] if genuine else []) + entries
    ago = fx.ago()
    mehr = fx.teasers(3)
    most = fx.most_read(4)
    stand = fx.f("Stand: 06.12.2026 23:52 Uhr" if genuine else "Stand: 06.12.2026 17:08 Uhr")
    programm = fx.f(
        "Dieses Thema im Programm: Das Erste, tagesschau, 06. Dezember 2026 um 17:00 Uhr"
    )
    consent = fx.f(
        "Wir möchten Ihnen Inhalte von Drittanbietern anzeigen. Dafür benötigen wir Ihre Einwilligung."
    )
    footer = fx.f("tagesschau.de ist ein Angebot der ARD, verantwortlich ist der NDR.")
    sources = ["dpa", "AFP", "Reuters", "dpa", "AFP", "ARD-Studio Stockholm"]

    def entry(i: int, e: Block) -> str:
        return (
            f'<div class="liveblog__entry" id="liveblog-entry-{i}"><div class="liveblog__entry-meta"><span class="liveblog__datetime">{esc(e.label or "")}</span></div>'
            f'<h2 class="meldung__subhead liveblog--anchor">{esc(e.headline or "")}</h2>'
            f"{_ps(e, 'textabsatz columns twelve m-ten m-offset-one l-eight l-offset-two')}"
            f'<p class="textabsatz liveblog__source"><em>Quelle: {sources[i % len(sources)]}</em></p></div>'
        )

    items = [entry(i, e) for i, e in enumerate(shown)]
    items.insert(
        2,
        f'<div class="teaser-absatz"><div class="teaser-absatz__heading">mehr zum Thema</div><a class="teaser-absatz__link" href="/ausland/europa/teaser-{fx.fetch}.html"><span class="teaser-absatz__headline">{mehr[0]}</span></a></div>',
    )
    items.insert(
        5,
        f'<div class="teaser-absatz"><div class="teaser-absatz__heading">mehr zum Thema</div><a class="teaser-absatz__link" href="/wissen/teaser-{fx.fetch}.html"><span class="teaser-absatz__headline">{mehr[1]}</span></a></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Liveblog: ++ Vulkanausbruch auf Island – Grindavík evakuiert ++ | tagesschau.de</title>
<meta name="date" content="2026-12-06T14:15:00+01:00">
<meta property="og:type" content="article">
</head>
<body class="page--liveblog">
<div class="consent-banner"><p>{consent}</p><button>Einverstanden</button></div>
<header class="header"><a class="header__logo" href="/"><span class="hidden">tagesschau</span></a>
<nav class="header__nav"><ul><li><a href="/inland">Inland</a></li><li><a href="/ausland">Ausland</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/wissen">Wissen</a></li><li><a href="/faktenfinder">Faktenfinder</a></li><li><a href="/investigativ">Investigativ</a></li><li><a href="/wetter">Wetter</a></li></ul></nav></header>
<main class="content-wrapper">
<article class="container content-wrapper__group">
<div class="seitenkopf">
<span class="seitenkopf__label">Liveblog</span>
<h1 class="seitenkopf__headline"><span class="seitenkopf__topline">Vulkanausbruch auf Island</span><span class="seitenkopf__headline--text">++ Grindavík erneut evakuiert ++</span></h1>
<p class="metatextline">{stand}</p>
<p class="liveblog__updated">{ago}</p>
</div>
<div class="meldung__text">
{"".join(f'<p class="textabsatz columns twelve m-ten m-offset-one l-eight l-offset-two"><strong>{inline(p)}</strong></p>' if i == 0 else f'<p class="textabsatz columns twelve m-ten m-offset-one l-eight l-offset-two">{inline(p)}</p>' for i, p in enumerate(body))}
<div class="liveblog">
{chr(10).join(items)}
</div>
</div>
<div class="sendungsbezug"><p>{programm}</p></div>
<div class="teaserliste"><h3>Mehr zum Thema</h3><ul><li><a href="/ausland/europa/mehr.html">{mehr[2]}</a></li></ul></div>
<div class="social-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
</article>
<aside class="meistgelesen"><h3>Meistgelesen</h3><ol>{"".join(f'<li><a href="/meist/{i}">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="footer"><nav><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/barrierefreiheit">Barrierefreiheit</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "tagesschau.de Liveblog", "de", "live", html, body, shown, fx.lines, extra)


# ---------------------------------------------------------------------------------------------
# ZEIT ONLINE with an embedded Tickaroo ticker


def zeit_parteitag(fx: Fx, genuine: bool) -> Page:
    slug = "zeit-liveblog-parteitag"
    body = [
        "Die Grünen wählen auf ihrem Bundesparteitag in Leipzig eine neue Doppelspitze. Für die beiden Vorsitzendenposten treten drei Kandidierende an, die Abstimmung ist für den Nachmittag geplant.",
        "Außerdem wollen die rund 800 Delegierten über einen Leitantrag zur Verkehrspolitik abstimmen, um den in der Partei lange gestritten wurde. Wir berichten im Liveblog.",
    ]

    def ts(clock: str) -> str:
        return f"2026-12-06T{clock}:00+01:00"

    pinned = live(
        "10:05",
        ts("10:05"),
        "Die Wahl der Doppelspitze beginnt gegen 15 Uhr. Zuvor sprechen die scheidenden Vorsitzenden, danach wird über den Leitantrag zur Verkehrspolitik beraten.",
        "So läuft der Parteitag ab",
    )
    entries = [
        live(
            "16:50",
            ts("16:50"),
            "Mira Lenz erhielt 71,4 Prozent der Stimmen, Tarek Yilmaz 64,8 Prozent. Die dritte Bewerberin, Hanna Wolff, kam auf 31,0 Prozent und gratulierte beiden auf der Bühne.",
            "Lenz und Yilmaz sind die neuen Vorsitzenden",
        ),
        live(
            "16:28",
            ts("16:28"),
            "Die Auszählung dauert länger als geplant. Nach Angaben der Parteitagsleitung gab es Probleme mit dem elektronischen Abstimmungssystem, die Delegierten stimmen nun auf Papier ab.",
        ),
        live(
            "15:47",
            ts("15:47"),
            "In seiner Bewerbungsrede hat Tarek Yilmaz seine Partei aufgefordert, mehr auf die Sorgen von Pendlerinnen und Pendlern auf dem Land einzugehen. Er bekam langen Applaus.",
            "Yilmaz: »Wir müssen wieder zuhören«",
        ),
        live(
            "14:03",
            ts("14:03"),
            "Der Leitantrag zur Verkehrspolitik ist mit großer Mehrheit angenommen worden. Ein Änderungsantrag zum Tempolimit auf Landstraßen scheiterte knapp.",
        ),
    ]
    shown = [pinned, *entries]
    ad = fx.ad()
    teaser = fx.teasers(2)
    most = fx.most_read(5)
    ncom = fx.comments(150, 900)
    abo = fx.f("Lesen Sie ZEIT ONLINE ohne Werbung und ohne Tracking. Jetzt Pur-Abo abschließen.")
    newsletter = fx.f(
        "Was jetzt? Der Nachrichtenpodcast und Newsletter von ZEIT ONLINE, jeden Morgen."
    )
    footer = fx.f("© ZEIT ONLINE GmbH")
    ticker = fx.f("Ticker powered by Tickaroo")
    authors = ["Lena Brandt", "Jonas Keller", "Lena Brandt", "Jonas Keller", "Lena Brandt"]

    def event(i: int, e: Block, is_pinned: bool) -> str:
        head = (
            f'<div class="tik4-event__header"><h3 class="tik4-rich-text tik4-rich-text--headline">{esc(e.headline)}</h3></div>'
            if e.headline
            else ""
        )
        pin = (
            '<div class="tik4-event__pin"><span class="tik4-icon tik4-icon--pin"></span>Angepinnt</div>'
            if is_pinned
            else ""
        )
        return (
            f'<div class="tik4-event{" tik4-event--pin" if is_pinned else ""}" data-tickaroo-event-id="6751a{i}f0c">{pin}{head}'
            f'<div class="tik4-meta"><div class="tik4-meta__author"><span class="tik4-author__name">{authors[i % len(authors)]}</span></div>'
            f'<div class="tik4-meta__timestamp" title="06.12.2026, {e.label}:00"><span class="tik4-meta__ts__time">{esc(e.label or "")}</span></div></div>'
            f'<div class="tik4-event__body"><div class="tik4-content-block tik4-content-block--rich-text"><div class="tik4-rich-text">{_ps(e)}</div></div></div>'
            f'<div class="tik4-sharing"><button class="tik4-sharing__button">Teilen</button></div></div>'
        )

    events = [event(i, e, e is pinned) for i, e in enumerate(shown)]
    events.insert(
        3,
        f'<div class="tik4-event tik4-event--ad"><div class="zon-ad" data-ad-slot="ticker_1"><span class="zon-ad__label">{fx.ad_label()}</span><a href="https://ads.invalid/zo">{ad}</a></div></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Grünen-Parteitag in Leipzig: Delegierte wählen neue Doppelspitze | ZEIT ONLINE</title>
<meta name="date" content="2026-12-06T09:58:00+01:00">
<meta name="last-modified" content="2026-12-06T16:51:00+01:00">
</head>
<body class="article-page zon-liveblog">
<div class="cmp-overlay"><div class="cmp-overlay__text"><p>{abo}</p></div><button>Mit Werbung lesen</button><button>Pur-Abo</button></div>
<header class="header" data-ct-area="topnav"><a class="header__logo" href="/index" title="ZEIT ONLINE">ZEIT ONLINE</a>
<nav class="nav"><ul class="nav__list"><li><a href="/politik/index">Politik</a></li><li><a href="/gesellschaft/index">Gesellschaft</a></li><li><a href="/wirtschaft/index">Wirtschaft</a></li><li><a href="/kultur/index">Kultur</a></li><li><a href="/wissen/index">Wissen</a></li><li><a href="/digital/index">Digital</a></li></ul></nav></header>
<main class="main main--article" id="main">
<article class="article article--liveblog" itemscope itemtype="http://schema.org/LiveBlogPosting">
<header class="article-header">
<h1 class="article-heading"><span class="article-heading__kicker">Grünen-Parteitag</span><span class="article-heading__title">Delegierte wählen neue Doppelspitze</span></h1>
<div class="summary">In Leipzig stimmen die Grünen über ihre neue Parteiführung und einen Leitantrag zur Verkehrspolitik ab. Alle Entwicklungen im Liveblog.</div>
<div class="metadata"><time class="metadata__date" datetime="2026-12-06T09:58:00+01:00">6. Dezember 2026, 9:58 Uhr</time> <a class="metadata__commentcount" href="#comments">{ncom}</a></div>
</header>
<div class="article-body article-body--liveblog" itemprop="articleBody">
{"".join(f'<p class="paragraph article__item">{inline(p)}</p>' for p in body)}
<div class="article__item x-spacing"><div class="tik4 tik4--liveblog" id="tickaroo-liveblog"><div class="tik4-live">
{chr(10).join(events)}
</div><div class="tik4-load-more"><button class="tik4-load-more__button">Weitere Einträge laden</button></div><div class="tik4-by"><a href="https://www.tickaroo.invalid">{ticker}</a></div></div></div>
</div>
<aside class="article__item zon-teaser-inline"><span class="zon-teaser-inline__kicker">Mehr zum Thema</span><ul>{"".join(f'<li><a href="/politik/2026-12/teaser-{i}">{t}</a></li>' for i, t in enumerate(teaser))}</ul></aside>
<div class="newsletter-signup"><p>{newsletter}</p></div>
<section id="comments" class="comment-section"><h2 class="comment-section__headline">{ncom}</h2><a href="/zustimmung">Diskutieren Sie mit</a></section>
</article>
<aside class="sidebar"><h3>Meistgelesene Artikel</h3><ol>{"".join(f'<li><a href="/meist/{i}">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="footer"><nav><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "ZEIT ONLINE Liveblog (Tickaroo)", "de", "live", html, body, shown, fx.lines)


# ---------------------------------------------------------------------------------------------
# franceinfo direct: posts with a clock and no headline, "Ce qu'il faut savoir" intro


def franceinfo_maree(fx: Fx, genuine: bool) -> Page:
    slug = "franceinfo-direct-maree-noire"
    body = [
        "Les premières galettes de fioul ont atteint dimanche 6 décembre les plages du nord du Finistère, trois jours après l’avarie du pétrolier Nordvik Star au large d’Ouessant. Le préfet maritime de l’Atlantique a déclenché le plan Polmar-Terre.",
        "Près de 300 tonnes de fioul lourd se seraient échappées des soutes du navire, qui a été remorqué vers Brest. Les communes de Plouguerneau, Landéda et Porspoder sont les plus touchées.",
        "Les autorités demandent au public de ne pas toucher aux boulettes de pétrole et de ne pas se rendre sur les plages concernées.",
    ]

    def ts(h: int, m: int) -> str:
        return f"2026-12-06T{h:02d}:{m:02d}:00+01:00"

    entries = [
        live(
            "17h55",
            ts(17, 55),
            "**Le ministre de la Transition écologique**, attendu lundi à Brest, a annoncé la création d’une cellule d’indemnisation pour les ostréiculteurs et les pêcheurs de l’Aber Wrac’h.",
        ),
        live(
            "17h12",
            ts(17, 12),
            "« Si le fioul entre dans l’aber, c’est toute la saison qui est perdue », explique à franceinfo Yannick Le Gall, ostréiculteur à Landéda. Des barrages flottants ont été posés à l’entrée de l’estuaire.",
            "Les ostréiculteurs de Landéda très inquiets",
        ),
        live(
            "16h42",
            ts(16, 42),
            "Plus de 400 bénévoles se sont inscrits auprès de la mairie de Plouguerneau pour participer au nettoyage des plages. La préfecture rappelle qu’ils doivent être encadrés et équipés.",
        ),
        live(
            "15h30",
            ts(15, 30),
            "Le Nordvik Star est amarré depuis 15 heures au port de commerce de Brest. Des plongeurs vont inspecter sa coque pour localiser la brèche.",
            "Le pétrolier est arrivé au port de Brest",
        ),
        live(
            "14h05",
            ts(14, 5),
            "Bonjour à toutes et à tous, et bienvenue dans ce direct consacré à la pollution aux hydrocarbures sur le littoral du Finistère.",
        ),
    ]
    extra = live(
        "23h55",
        ts(23, 55),
        "**La préfecture annonce** que les opérations de nettoyage reprendront lundi à 8 heures sur six plages. Les accès resteront interdits au public jusqu’à nouvel ordre.",
    )
    shown = ([extra] if genuine else []) + entries
    ago = fx.ago()
    ad = fx.ad()
    lire = fx.teasers(1)[0]
    most = fx.most_read(5)
    cookie = fx.f(
        "Nous utilisons des cookies pour mesurer l’audience, vous proposer des contenus personnalisés et de la publicité."
    )
    app = fx.f("Retrouvez toute l’actualité en continu sur l’application franceinfo.")
    footer = fx.f("franceinfo, un service public d’information. France Télévisions 2026.")

    def post(i: int, e: Block) -> str:
        iso = e.timestamp or ""
        head = f'<h2 class="c-post__title">{esc(e.headline)}</h2>' if e.headline else ""
        return (
            f'<li class="c-post" id="post-{i}"><time class="c-post__date" datetime="{iso}">{esc(e.label or "")}</time>'
            f'<div class="c-post__content">{head}<div class="c-body">{_ps(e)}</div></div>'
            f'<div class="c-post__share"><button class="c-post__share-button">Partager</button></div></li>'
        )

    items = [post(i, e) for i, e in enumerate(shown)]
    items.insert(
        2,
        f'<li class="c-post c-post--ad"><div class="ad-unit" data-position="live_1"><span class="ad-unit__label">{fx.ad_label()}</span><a href="https://ads.invalid/fi">{ad}</a></div></li>',
    )
    items.insert(
        4,
        f'<li class="c-post c-post--related"><div class="related-link"><span class="related-link__label">À lire aussi</span> <a href="/meteo/teaser.html">{lire}</a></div></li>',
    )
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>DIRECT. Marée noire dans le Finistère : le fioul atteint les plages du nord du département</title>
<meta property="article:published_time" content="2026-12-06T14:03:00+01:00">
<meta property="article:modified_time" content="{"2026-12-06T23:55:00+01:00" if genuine else "2026-12-06T17:55:00+01:00"}">
</head>
<body class="page-live">
<div id="didomi-notice" class="didomi-popup"><p>{cookie}</p><button>Accepter</button><button>Paramétrer</button></div>
<header class="header"><a class="header__logo" href="/" title="franceinfo">franceinfo</a>
<nav class="header__nav"><a href="/politique/">Politique</a><a href="/monde/">Monde</a><a href="/societe/">Société</a><a href="/environnement/">Environnement</a><a href="/economie/">Économie</a><a href="/culture/">Culture</a><a href="/sports/">Sports</a></nav></header>
<main class="main">
<article class="c-live">
<header class="c-live__header">
<span class="c-live__label">DIRECT</span>
<h1 class="c-live__title">Marée noire dans le Finistère : le fioul atteint les plages du nord du département</h1>
<p class="c-live__updated">{ago}</p>
<div class="c-signature">franceinfo avec France 3 Bretagne · Publié le 06/12/2026 14:03</div>
</header>
<section class="c-live__essential"><h2 class="c-live__essential-title">Ce qu’il faut savoir</h2>
{"".join(f'<p class="c-live__essential-text">{inline(p)}</p>' for p in body)}
</section>
<section class="c-live__feed"><ul class="c-live__posts">
{chr(10).join(items)}
</ul><button class="c-live__more">Voir plus</button></section>
<div class="c-app-promo"><p>{app}</p></div>
</article>
<aside class="c-most-read"><h2>Les plus lus</h2><ol>{"".join(f'<li><a href="/lus/{i}.html">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="footer"><nav><a href="/mentions-legales/">Mentions légales</a> <a href="/cookies/">Gestion des cookies</a> <a href="/contact/">Contact</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "franceinfo (direct)", "fr", "live", html, body, shown, fx.lines, extra)


# ---------------------------------------------------------------------------------------------
# Ouest-France direct: headline first, dated clock line after it


def ouestfrance_incendie(fx: Fx, genuine: bool) -> Page:
    slug = "ouestfrance-direct-incendie-rennes"
    body = [
        "Un incendie s’est déclaré ce dimanche 6 décembre 2026 en fin de matinée dans une tour de quinze étages du quartier de Maurepas, à Rennes. Une centaine d’habitants ont été évacués.",
        "Le feu a pris au septième étage, dans un appartement inoccupé, selon les pompiers d’Ille-et-Vilaine. Suivez les dernières informations dans notre direct.",
    ]

    def lab(clock: str) -> str:
        return f"06/12/2026 - {clock}"

    def ts(clock: str) -> str:
        return f"2026-12-06T{clock}:00+01:00"

    entries = [
        live(
            lab("16:35"),
            ts("16:35"),
            "Le maire de quartier annonce que les habitants des étages 1 à 6 pourront rentrer chez eux à partir de 19 heures. Ceux des étages supérieurs seront relogés pour la nuit.",
            "Les habitants pourront regagner leur logement ce soir",
        ),
        live(
            lab("15:10"),
            ts("15:10"),
            "Les sapeurs-pompiers indiquent que l’incendie est éteint depuis 14 h 50. Ils procèdent désormais à la ventilation des étages enfumés.",
            "Le feu est éteint, selon les pompiers",
        ),
        live(
            lab("13:48"),
            ts("13:48"),
            "La Ville de Rennes a ouvert le gymnase de la rue de Fougères pour accueillir les habitants évacués. Des boissons chaudes et des couvertures y sont distribuées.",
            "Un gymnase ouvert pour accueillir les évacués",
        ),
        live(
            lab("12:20"),
            ts("12:20"),
            "Deux habitants du huitième étage ont été transportés au CHU de Pontchaillou, légèrement intoxiqués par les fumées, selon la préfecture.",
            "Deux personnes intoxiquées par les fumées",
        ),
    ]
    ad = fx.ad()
    lire = fx.teasers(2)
    most = fx.most_read(5)
    weather = fx.weather("Rennes", 3, 10)
    cookie = fx.f(
        "Ouest-France et ses partenaires utilisent des cookies. Vous pouvez accepter ou paramétrer vos choix à tout moment."
    )
    newsletter = fx.f(
        "Recevez chaque matin l’essentiel de l’actualité rennaise dans votre boîte mail."
    )
    footer = fx.f("© Ouest-France. Tous droits réservés.")
    abo = fx.f("Abonnez-vous à Ouest-France pour 1 € le premier mois")

    def item(i: int, e: Block) -> str:
        return (
            f'<div class="ui-direct__item" id="direct-{i}"><h3 class="ui-direct__item-title">{esc(e.headline or "")}</h3>'
            f'<p class="ui-direct__item-date"><span class="icon-clock"></span>{esc(e.label or "")}</p>'
            f'<div class="ui-direct__item-text">{_ps(e)}</div></div>'
        )

    items = [item(i, e) for i, e in enumerate(entries)]
    items.insert(
        1,
        f'<div class="ui-direct__item ui-direct__item--pub"><div class="pub-container"><span class="pub-label">{fx.ad_label()}</span><a href="https://ads.invalid/of">{ad}</a></div></div>',
    )
    items.insert(
        3,
        f'<div class="ui-direct__item ui-direct__item--lire"><p><strong>À lire aussi :</strong> <a href="/bretagne/rennes-35000/teaser-1">{lire[0]}</a></p></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>EN DIRECT. Incendie dans une tour à Rennes : une centaine d’habitants évacués</title>
<meta property="article:published_time" content="2026-12-06T12:05:00+01:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Incendie dans une tour à Rennes","datePublished":"2026-12-06T12:05:00+01:00","dateModified":"2026-12-06T16:36:00+01:00"}}</script>
</head>
<body class="page-article page-direct">
<div class="cmp-banner"><p>{cookie}</p><button>Accepter</button><button>Continuer sans accepter</button></div>
<div class="header-top"><span class="header-top__weather">{weather}</span><a class="header-top__abo" href="/abonnement/">{abo}</a></div>
<header class="header"><a class="header__logo" href="/">Ouest-France</a>
<nav class="header__menu"><a href="/bretagne/">Bretagne</a><a href="/normandie/">Normandie</a><a href="/pays-de-la-loire/">Pays de la Loire</a><a href="/france/">France</a><a href="/monde/">Monde</a><a href="/sport/">Sport</a></nav></header>
<main class="main">
<article class="article article--direct">
<div class="article__breadcrumb"><a href="/bretagne/">Bretagne</a> › <a href="/bretagne/rennes-35000/">Rennes</a></div>
<span class="ui-direct__badge">EN DIRECT</span>
<h1 class="article__title">Incendie dans une tour à Rennes : une centaine d’habitants évacués</h1>
<div class="article__byline">Ouest-France · Publié le 06/12/2026 à 12h05</div>
<div class="article__share"><button>Partager</button><button>Ajouter à mes favoris</button></div>
<div class="article__chapo">
{"".join(f"<p>{inline(p)}</p>" for p in body)}
</div>
<div class="ui-direct">
{chr(10).join(items)}
</div>
<div class="article__newsletter"><p>{newsletter}</p></div>
<section class="article__related"><h2>Sur le même sujet</h2><ul><li><a href="/bretagne/rennes-35000/teaser-2">{lire[1]}</a></li></ul></section>
</article>
<aside class="most-read"><h2>Les plus lus</h2><ol>{"".join(f'<li><a href="/lus/{i}">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="footer"><nav><a href="/mentions-legales/">Mentions légales</a> <a href="/donnees-personnelles/">Données personnelles</a> <a href="/contact/">Contact</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "Ouest-France (direct)", "fr", "live", html, body, entries, fx.lines)


# ---------------------------------------------------------------------------------------------
# La Stampa diretta, pinned entry "In evidenza"


def lastampa_deposito(fx: Fx, genuine: bool) -> Page:
    slug = "lastampa-diretta-deposito"
    body = [
        "Un incendio è divampato nella notte nel deposito di autobus GTT di via Manin, a Torino. Le fiamme hanno distrutto una ventina di mezzi e il fumo ha invaso le strade del quartiere Vanchiglia.",
        "Non ci sono feriti. Il Comune ha chiesto ai residenti di tenere le finestre chiuse in attesa dei risultati delle analisi dell’Arpa. Disagi per il trasporto pubblico in tutta la città.",
    ]

    def ts(clock: str) -> str:
        return f"2026-12-06T{clock}:00+01:00"

    pinned = live(
        "10:15",
        ts("10:15"),
        "GTT ha pubblicato l’elenco delle linee sospese o deviate: sono 14, tra cui la 16 circolare e la 68. Il servizio sostitutivo parte da corso Regina Margherita.",
        "Le linee sospese e le deviazioni",
    )
    entries = [
        live(
            "17:30",
            ts("17:30"),
            "Le prime analisi dell’Arpa Piemonte non hanno rilevato concentrazioni anomale di diossine nell’aria del quartiere. Domani sono previsti nuovi campionamenti.",
            "Arpa: nessun valore anomalo nell’aria di Vanchiglia",
        ),
        live(
            "16:20",
            ts("16:20"),
            "Il sindaco ha annunciato che il Comune chiederà alla Regione di anticipare i fondi per l’acquisto di nuovi autobus elettrici, già previsti per il 2028.",
            "Il sindaco: «Rinnoveremo la flotta più in fretta»",
        ),
        live(
            "14:05",
            ts("14:05"),
            "La procura di Torino ha aperto un fascicolo per incendio colposo. Gli investigatori stanno esaminando le immagini delle telecamere del deposito.",
            "La procura apre un fascicolo per incendio colposo",
        ),
        live(
            "11:40",
            ts("11:40"),
            "Le squadre dei vigili del fuoco hanno circoscritto le fiamme poco prima delle 11. Restano in corso le operazioni di bonifica e di raffreddamento dei mezzi.",
            "I vigili del fuoco: «Incendio sotto controllo»",
        ),
    ]
    extra = live(
        "23:56",
        ts("23:56"),
        "La polizia municipale ha riaperto al traffico via Manin. Domani il servizio GTT tornerà regolare su tutte le linee tranne la 16.",
        "Riaperta via Manin, da domani bus regolari",
    )
    shown = [pinned] + ([extra] if genuine else []) + entries
    ago = fx.ago()
    ad = fx.ad()
    leggi = fx.teasers(2)
    most = fx.most_read(5)
    weather = fx.weather("Torino", -2, 7)
    cookie = fx.f(
        "Utilizziamo cookie e tecnologie simili per finalità tecniche e, con il tuo consenso, per mostrarti pubblicità personalizzata."
    )
    abbonati = fx.f("Abbonati a La Stampa: il primo mese a 1 euro.")
    footer = fx.f("Gedi News Network S.p.A. – P.IVA 01578251009")

    def item(i: int, e: Block, is_pinned: bool) -> str:
        flag = '<span class="live-blog__pinned">In evidenza</span>' if is_pinned else ""
        return (
            f'<div class="live-blog__item{" live-blog__item--pinned" if is_pinned else ""}" id="post-{i}">{flag}'
            f'<div class="live-blog__time">{esc(e.label or "")}</div>'
            f'<h2 class="live-blog__title">{esc(e.headline or "")}</h2>'
            f'<div class="live-blog__text">{_ps(e)}</div></div>'
        )

    items = [item(i, e, e is pinned) for i, e in enumerate(shown)]
    items.insert(
        3,
        f'<div class="live-blog__item live-blog__item--adv"><div class="adv"><span class="adv__label">{fx.ad_label()}</span><a href="https://ads.invalid/ls">{ad}</a></div></div>',
    )
    items.insert(
        5,
        f'<div class="live-blog__item live-blog__item--related"><p class="leggi-anche"><span>Leggi anche</span> <a href="/torino/2026/12/05/news/teaser-1">{leggi[0]}</a></p></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Torino, incendio nel deposito GTT di via Manin: bus distrutti, disagi in tutta la città. La diretta - La Stampa</title>
<meta property="article:published_time" content="2026-12-06T08:40:00+01:00">
</head>
<body class="article-page live-page">
<div class="iubenda-cs-container"><div class="iubenda-cs-content"><p class="iubenda-banner-content">{cookie}</p><button class="iubenda-cs-accept-btn">Accetta</button></div></div>
<div class="topbar"><span class="topbar__meteo">{weather}</span><a class="topbar__abbonati" href="/abbonamenti">{abbonati}</a></div>
<header class="header"><a href="/" class="header__logo">La Stampa</a>
<nav class="header__nav"><a href="/politica">Politica</a><a href="/cronaca">Cronaca</a><a href="/torino">Torino</a><a href="/economia">Economia</a><a href="/esteri">Esteri</a><a href="/sport">Sport</a></nav></header>
<main class="main">
<article class="story story--live">
<div class="story__section"><a href="/torino">Torino</a></div>
<span class="story__live-badge">LIVE</span>
<h1 class="story__title">Incendio nel deposito GTT di via Manin: bus distrutti, disagi in tutta la città</h1>
<div class="story__meta"><span class="story__author">di Redazione Torino</span> <time class="story__date" datetime="2026-12-06T08:40:00+01:00">06 Dicembre 2026 alle 08:40</time> <span class="story__updated">{ago}</span></div>
<div class="story__share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<div class="story__text">
{"".join(f"<p>{inline(p)}</p>" for p in body)}
</div>
<div class="live-blog">
{chr(10).join(items)}
</div>
<aside class="story__related"><h3>Leggi anche</h3><ul><li><a href="/torino/teaser-2">{leggi[1]}</a></li></ul></aside>
</article>
<aside class="sidebar"><h3 class="sidebar__title">I più letti</h3><ol>{"".join(f'<li><a href="/letti/{i}">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="footer"><nav><a href="/privacy">Privacy</a> <a href="/cookie-policy">Cookie policy</a> <a href="/contatti">Contatti</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "La Stampa (diretta)", "it", "live", html, body, shown, fx.lines, extra)


# ---------------------------------------------------------------------------------------------
# RTVE directo (no ads: public broadcaster), headline first and the clock after it


def rtve_cueva(fx: Fx, genuine: bool) -> Page:
    slug = "rtve-directo-rescate-cueva"
    body = [
        "Los equipos de rescate trabajan contrarreloj para sacar a tres espeleólogos que quedaron atrapados el sábado en una cueva de Ramales de la Victoria (Cantabria), después de que una crecida del río subterráneo les cortara la salida.",
        "Los tres, dos hombres y una mujer de un club de espeleología de Bilbao, están en buen estado y han podido comunicarse con los rescatadores, según el Gobierno de Cantabria.",
    ]

    def lab(clock: str) -> str:
        return f"{clock} h"

    def ts(clock: str) -> str:
        return f"2026-12-06T{clock}:00+01:00"

    entries = [
        live(
            lab("17:45"),
            ts("17:45"),
            "Un equipo de cuatro espeleosocorristas ha alcanzado la sala donde esperan los tres atrapados. Les han llevado comida caliente, ropa seca y un teléfono de campo.",
            "Los rescatadores llegan hasta el grupo atrapado",
        ),
        live(
            lab("16:10"),
            ts("16:10"),
            "El nivel del agua en el sifón ha bajado unos 40 centímetros desde el mediodía, según la Guardia Civil, lo que podría permitir la salida en las próximas horas.",
            "El caudal del río subterráneo empieza a bajar",
        ),
        live(
            lab("14:32"),
            ts("14:32"),
            "Dos equipos especializados en rescate subterráneo de Asturias y Euskadi se han sumado al dispositivo, que ya reúne a más de 60 personas.",
            "Llegan bomberos de Asturias y del País Vasco",
        ),
        live(
            lab("12:50"),
            ts("12:50"),
            "Los espeleólogos entraron en la cueva el sábado por la mañana para una travesía de unas seis horas. La lluvia de la tarde hizo crecer el río interior y bloqueó la galería de salida.",
            "Qué sabemos del rescate hasta ahora",
        ),
    ]
    extra = live(
        lab("23:52"),
        ts("23:52"),
        "Los tres espeleólogos han salido por su propio pie pasadas las once y media de la noche. Han sido trasladados al hospital de Laredo para una revisión.",
        "Los tres espeleólogos salen de la cueva",
    )
    shown = ([extra] if genuine else []) + entries
    ago = fx.ago()
    rel = fx.teasers(3)
    most = fx.most_read(5)
    weather = fx.weather("Santander", 6, 13)
    cookie = fx.f(
        "RTVE utiliza cookies propias y de terceros para mejorar nuestros servicios y analizar la navegación."
    )
    app = fx.f("Descarga la app de RTVE Noticias y activa las alertas.")
    footer = fx.f("© Corporación de Radio y Televisión Española")

    def item(i: int, e: Block) -> str:
        return (
            f'<div class="dirEvent" id="evento-{i}"><div class="dirEvent__head"><h2 class="dirEvent__title">{esc(e.headline or "")}</h2>'
            f'<span class="dirEvent__hour">{esc(e.label or "")}</span></div>'
            f'<div class="dirEvent__text artBody">{_ps(e)}</div>'
            f'<div class="dirEvent__share"><button>Compartir</button></div></div>'
        )

    items = [item(i, e) for i, e in enumerate(shown)]
    items.insert(
        2,
        f'<div class="dirEvent dirEvent--related"><div class="relatedInline"><span class="relatedInline__label">Te puede interesar</span> <a href="/noticias/20261205/teaser-1/">{rel[0]}</a></div></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Directo | Rescate de tres espeleólogos atrapados en una cueva de Cantabria | RTVE.es</title>
<meta property="article:published_time" content="2026-12-06T12:30:00+01:00">
</head>
<body class="noticia directo">
<div class="cookiesBanner"><p>{cookie}</p><button>Aceptar</button><button>Configurar</button></div>
<header class="hd_main"><a class="logo" href="/">RTVE</a><span class="hd_weather">{weather}</span>
<nav class="mn_noticias"><a href="/noticias/espana/">España</a><a href="/noticias/mundo/">Mundo</a><a href="/noticias/economia/">Economía</a><a href="/noticias/sociedad/">Sociedad</a><a href="/noticias/cultura/">Cultura</a><a href="/noticias/deportes/">Deportes</a></nav></header>
<main class="mainContent">
<article class="art artDirecto">
<header class="artHeader">
<span class="directoLabel">Directo</span>
<h1 class="artTitle">Rescate de tres espeleólogos atrapados en una cueva de Cantabria</h1>
<div class="artSubtitle"><p>Los tres están en buen estado. La crecida del río subterráneo les cortó la salida el sábado por la tarde.</p></div>
<div class="artData"><span class="artAuthor">RTVE.es / Agencias</span> <span class="artDate">06.12.2026 | 12:30</span> <span class="artUpdated">{ago}</span></div>
<div class="artShare"><button>Facebook</button><button>X</button><button>WhatsApp</button><button>Copiar enlace</button></div>
</header>
<div class="artBody">
{"".join(f"<p>{inline(p)}</p>" for p in body)}
</div>
<div class="dirEvents">
{chr(10).join(items)}
</div>
<div class="appPromo"><p>{app}</p></div>
<section class="relacionadas"><h3>Noticias relacionadas</h3><ul>{"".join(f'<li><a href="/noticias/rel-{i}/">{t}</a></li>' for i, t in enumerate(rel[1:]))}</ul></section>
</article>
<aside class="masVisto"><h3>Lo más visto</h3><ol>{"".join(f'<li><a href="/visto/{i}/">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="ft_main"><nav><a href="/aviso-legal/">Aviso legal</a> <a href="/privacidad/">Política de privacidad</a> <a href="/cookies/">Política de cookies</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "RTVE (directo)", "es", "live", html, body, shown, fx.lines, extra)
