"""Ten live blogs and tickers (EN, DE, FR, IT, ES, PT), one publisher's markup each (invented text).

Each entry is a dict holding everything printed with it (clock, headline, text, author or source
line), so a new entry added on top changes nothing else on the page. Furniture placed between
entries is anchored to an entry's id, not to a position.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kit import Page, esc, head, ld_json, template
from noise import Noise

ET, CET, WET = "-05:00", "+01:00", "+00:00"

Entry = dict[str, Any]


def ts(clock: str, zone: str) -> str:
    return f"2026-12-06T{clock}:00{zone}"


def when(entry: Entry) -> datetime:
    return datetime.fromisoformat(entry["ts"])


def items(p: Page, lines: list[str], li: str = "", a: str = "", href: str = "/") -> str:
    li_attr = f' class="{li}"' if li else ""
    a_attr = f' class="{a}"' if a else ""
    return "\n".join(
        f'<li{li_attr}><a{a_attr} href="{href}{i}">{p.fur(line)}</a></li>'
        for i, line in enumerate(lines, 1)
    )


def nav(labels: str) -> str:
    return "".join(
        f'<li><a href="/{label.lower().replace(" ", "-")}">{esc(label)}</a></li>'
        for label in labels.split("|")
    )


def declare(p: Page, entries: list[Entry]) -> None:
    for e in entries:
        p.entry(e["label"], e["ts"], e.get("headline"), e["text"], genuine=e.get("genuine", False))


def with_genuine(entries: list[Entry], new: Entry, genuine: bool) -> list[Entry]:
    return [dict(new, genuine=True), *entries] if genuine else list(entries)


def en12(clock: str) -> str:
    hour, minute = (int(x) for x in clock.split(":"))
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


def ago_en(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} min ago"
    hours = minutes // 60
    return f"{hours} hour ago" if hours == 1 else f"{hours} hours ago"


def ago_de(minutes: int) -> str:
    return f"vor {minutes} Min." if minutes < 60 else f"vor {minutes // 60} Std."


def ago_es(minutes: int) -> str:
    return f"hace {minutes} min" if minutes < 60 else f"hace {minutes // 60} h"


def ago_pt(minutes: int) -> str:
    if minutes < 60:
        return f"Há {minutes} minutos"
    hours = minutes // 60
    return "Há 1 hora" if hours == 1 else f"Há {hours} horas"


def paras(texts: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{esc(t)}</p>" for t in texts)


# ---------------------------------------------------------------------------------------------
# ABC News: obfuscated class names, full date and clock above the headline, a pinned entry, an
# author line under each entry


@template("abcnews-live-wildfire", "ABC News live updates", "en", "live")
def abcnews(p: Page, n: Noise, genuine: bool) -> str:
    title = "Canyon Ridge fire live updates: Evacuations expand as winds pick up"
    intro = p.body(
        [
            "A fast-moving wildfire in the hills above Sorrel Springs, California, has burned more than 6,000 acres and forced about 12,000 people from their homes, officials said Sunday, as gusty Santa Ana winds were expected to strengthen overnight."
        ]
    )
    pinned: Entry = {
        "id": "e1f0a2",
        "clock": "09:05",
        "headline": "What to know about the Canyon Ridge fire",
        "text": "The fire started shortly before midnight near a hiking trailhead off Canyon Ridge Road. Its cause is under investigation.",
        "more": [
            "Mandatory evacuation orders cover parts of Sorrel Springs and the unincorporated community of Vista Alta."
        ],
        "author": "ABC News' Kiara Holt",
    }
    entries: list[Entry] = [
        {
            "id": "a81c33",
            "clock": "16:48",
            "headline": "Evacuation zone expands to east side of Sorrel Springs",
            "text": "The county sheriff's office expanded mandatory evacuation orders to neighborhoods east of Highway 14, adding about 3,000 residents.",
            "more": ["An evacuation center has opened at Sorrel Springs High School."],
            "author": "ABC News' Kiara Holt",
        },
        {
            "id": "77d2e0",
            "clock": "15:55",
            "headline": "Firefighters get help from the air",
            "text": "Eight air tankers and six helicopters are now working the fire, state fire officials said, taking advantage of a lull in the wind.",
            "more": [],
            "author": "ABC News' Devon Marsh",
        },
        {
            "id": "c0b915",
            "clock": "14:20",
            "headline": "Schools in three districts will stay closed Monday",
            "text": "Superintendents in the Sorrel Springs, Vista Alta and Ridgecrest Valley districts said classes were canceled Monday because of smoke and evacuations.",
            "more": [],
            "author": "ABC News' Kiara Holt",
        },
        {
            "id": "4e6f71",
            "clock": "12:40",
            "headline": "Fire is 5% contained",
            "text": "Containment stood at 5% as of midday, officials said at a news conference. More than 900 firefighters are assigned to the blaze.",
            "more": ["Officials said two homes and several outbuildings had been destroyed."],
            "author": "ABC News' Devon Marsh",
        },
    ]
    new: Entry = {
        "id": "93ab5c",
        "clock": "17:36",
        "headline": "Red flag warning extended through Tuesday",
        "text": "The National Weather Service extended its red flag warning through Tuesday evening, forecasting gusts of up to 60 mph in the mountains.",
        "more": [],
        "author": "ABC News' Devon Marsh",
    }
    entries = with_genuine(entries, new, genuine)
    for e in [pinned, *entries]:
        e["ts"] = ts(e["clock"], ET)
        e["label"] = f"Dec 06, 2026, {en12(e['clock'])} EST"
    declare(p, [pinned, *entries])
    video_after = "77d2e0"
    ad_after = "c0b915"
    video = n.teasers(1)[0]
    ad = n.ad()

    def card(e: Entry, badge: str = "") -> str:
        b = f'<div class="{p.obf("badge")}">{badge}</div>' if badge else ""
        return f"""<div class="{p.obf("post")}" data-testid="prism-LiveBlogPost" id="post-{e["id"]}">{b}
<div class="{p.obf("stamp")}">{e["label"]}</div>
<h2 class="{p.obf("headline")}">{esc(e["headline"])}</h2>
<div class="{p.obf("text")}">{paras([e["text"], *e["more"]])}</div>
<div class="{p.obf("byline")}">{esc(e["author"])}</div>
<div class="{p.obf("share")}"><button>Share</button><button>Copy link</button></div></div>"""

    feed = [card(pinned, "Pinned")]
    for e in entries:
        feed.append(card(e))
        if e["id"] == video_after:
            feed.append(
                f'<div class="{p.obf("video")}" data-testid="prism-video"><span class="{p.obf("vlabel")}">WATCH</span><a href="/video/teaser">{p.fur(video)}</a></div>'
            )
        if e["id"] == ad_after:
            feed.append(
                f'<div class="{p.obf("ad")}" data-testid="prism-ad"><span>Advertisement</span><a href="https://ads.invalid/abc">{p.fur(ad)}</a></div>'
            )
    latest = entries[0]
    minutes = n.minutes_since(when(latest))
    return f"""<!DOCTYPE html>
<html lang="en">
{head(title, "Mandatory evacuations expanded as winds strengthen.", "https://abcnews.invalid/US/live-updates/canyon-ridge-fire-live-updates/?id=128834410", site="ABC News", lang_meta="en_US", published=ts("09:05", ET))}
<body>
<div id="fusion-app">
<div class="{p.obf("consent")}"><p>{p.fur(n.cookie())}</p><button>Accept All Cookies</button><button>Cookie Settings</button></div>
<header class="{p.obf("masthead")}"><a href="/" aria-label="ABC News"></a>
<nav class="{p.obf("nav")}"><ul>{nav("Video|Live|Shows|Elections|538|Shop|Stream on")}</ul></nav></header>
<main class="{p.obf("main")}">
<div class="{p.obf("hero")}">
<span class="{p.obf("livebadge")}">LIVE</span> <span class="{p.obf("updated")}">{p.fur(f"Updated {ago_en(minutes)}")}</span>
<h1 class="{p.obf("title")}">{esc(title)}</h1>
<div class="{p.obf("lede")}">{paras(intro)}</div>
<div class="{p.obf("lastupd")}">{p.fur(f"Last Updated: December 6, 2026, {en12(latest['clock'])} EST")}</div>
</div>
<section class="{p.obf("feed")}" data-testid="prism-LiveBlog">
{"".join(feed)}
</section>
<aside class="{p.obf("top")}"><h3>Top Stories</h3><ul>{items(p, n.most_read(5), "", "", "/US/top-")}</ul></aside>
<aside class="{p.obf("latest")}"><h3>The Latest</h3><ul>{items(p, n.related(3), "", "", "/US/latest-")}</ul></aside>
</main>
<footer class="{p.obf("footer")}"><ul>{nav("Privacy Policy|Your US State Privacy Rights|Children's Online Privacy Policy|Interest-Based Ads|About Nielsen Measurement|Terms of Use|Contact Us")}</ul>
<p>{p.fur("© 2026 ABC News Internet Ventures. All rights reserved.")}</p></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# USA TODAY: key events list, entries in <article> with the <time> under the headline, an
# author per entry, LiveBlogPosting JSON-LD


@template("usatoday-live-winter-storm", "USA TODAY live", "en", "live")
def usatoday(p: Page, n: Noise, genuine: bool) -> str:
    title = "Winter storm live updates: Heavy snow snarls travel across the Great Lakes"
    intro = p.body(
        [
            "A powerful winter storm dumped more than a foot of snow on parts of Michigan and northern Ohio on Sunday, grounding hundreds of flights and shutting stretches of interstate as forecasters warned of dangerous wind chills into Monday."
        ]
    )
    entries: list[Entry] = [
        {
            "id": "lb-4412",
            "clock": "16:35",
            "headline": "Detroit airport cancels more than 400 flights",
            "text": "More than 400 departures and arrivals were canceled at Detroit Metropolitan Airport by late afternoon, according to the flight-tracking site SkyCount.",
            "more": ["Airlines said they expected most schedules to recover by Monday afternoon."],
            "author": "Jordan Pike",
        },
        {
            "id": "lb-4398",
            "clock": "15:45",
            "headline": "Interstate 75 reopens near Flint after pileup",
            "text": "A 12-mile stretch of I-75 reopened about three hours after a chain-reaction crash involving 22 vehicles, state police said. Five people were taken to hospitals with minor injuries.",
            "more": [],
            "author": "Maya Lindqvist",
        },
        {
            "id": "lb-4371",
            "clock": "14:10",
            "headline": "How much snow has fallen?",
            "text": "Preliminary totals from the National Weather Service showed 15 inches in Marquette Heights, 13 inches near Saginaw and 9 inches in Toledo.",
            "more": ["More snow is expected overnight near the lakeshore."],
            "author": "Jordan Pike",
        },
        {
            "id": "lb-4350",
            "clock": "12:55",
            "headline": "Wind chills could reach 25 below zero",
            "text": "Forecasters issued extreme cold warnings for much of northern Michigan, where wind chills Monday morning could drop to 25 degrees below zero.",
            "more": [],
            "author": "Maya Lindqvist",
        },
    ]
    for e in entries:
        e["ts"] = ts(e["clock"], ET)
        hour, minute = (int(x) for x in e["clock"].split(":"))
        e["label"] = f"Dec. 6, 2026, {(hour - 1) % 12 + 1}:{minute:02d} p.m. ET"
    declare(p, entries)
    ad_after = "lb-4398"
    promo_after = "lb-4371"
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "coverageStartTime": ts("12:00", ET),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": e["headline"],
                "datePublished": e["ts"],
                "articleBody": e["text"],
            }
            for e in entries
        ],
    }
    feed = []
    for e in entries:
        feed.append(f"""<article class="gnt_lb_e" id="{e["id"]}">
<h2 class="gnt_lb_e_h">{esc(e["headline"])}</h2>
<div class="gnt_lb_e_m"><time datetime="{e["ts"]}">{e["label"]}</time> <span class="gnt_lb_e_a">{esc(e["author"])}</span></div>
<div class="gnt_lb_e_b">{paras([e["text"], *e["more"]], "gnt_ar_b_p")}</div>
</article>""")
        if e["id"] == ad_after:
            feed.append(
                f'<aside class="gnt_em gnt_em__ad"><div class="gnt_em_ad_lbl">Advertisement</div><a href="https://ads.invalid/usat">{p.fur(n.ad())}</a></aside>'
            )
        if e["id"] == promo_after:
            feed.append(
                f'<aside class="gnt_em gnt_em__promo"><span class="gnt_em_promo_lbl">Read more</span> <a href="/story/news/teaser/">{p.fur(n.teasers(1)[0])}</a></aside>'
            )
    key_events = "".join(
        f'<li class="gnt_lb_ke_li"><a href="#{e["id"]}">{esc(e["headline"])}</a></li>'
        for e in entries
    )
    return f"""<!DOCTYPE html>
<html lang="en">
{head(title, "Hundreds of flights canceled; extreme cold warnings into Monday.", "https://www.usatoday.invalid/story/news/nation/2026/12/06/winter-storm-live-updates-great-lakes/77821452007/", site="USA TODAY", lang_meta="en_US", published=ts("12:00", ET), modified=ts("16:35", ET), extra=ld_json(ld))}
<body class="gnt_b">
<div class="gnt_cb"><p>{p.fur(n.cookie())}</p><button>Accept</button><button>Your Privacy Choices</button></div>
<header class="gnt_n"><a class="gnt_n_logo" href="/">USA TODAY</a>
<nav class="gnt_n_mn"><ul>{nav("U.S.|Politics|Sports|Entertainment|Life|Money|Travel|Opinion|Crossword")}</ul></nav>
<a class="gnt_n_sub" href="/subscribe">Subscribe</a></header>
<main class="gnt_cw">
<article class="gnt_ar">
<h1 class="gnt_ar_hl">{esc(title)}</h1>
<div class="gnt_ar_by">USA TODAY staff</div>
<div class="gnt_ar_dt" aria-label="Updated">{p.fur("Updated Dec. 6, 2026, 4:35 p.m. ET")}</div>
<div class="gnt_ar_b">{paras(intro, "gnt_ar_b_p")}</div>
<section class="gnt_lb_ke"><h2 class="gnt_lb_ke_h">Key events</h2><ul>{key_events}</ul></section>
<div class="gnt_lb">
{"".join(feed)}
</div>
</article>
<aside class="gnt_rr"><h3>Most Popular</h3><ol>{items(p, n.most_read(5), "", "", "/story/popular-")}</ol></aside>
<aside class="gnt_nl"><h3>Daily Briefing</h3><p>{p.fur(n.newsletter())}</p></aside>
<aside class="gnt_rl"><h3>More stories</h3><ul>{items(p, n.related(3), "", "", "/story/more-")}</ul></aside>
</main>
<footer class="gnt_f"><ul>{nav("Help|Terms of Service|Privacy Policy|Your Privacy Choices|Site Map|Accessibility|Our Ethical Principles")}</ul>
<p>{p.fur("© 2026 USA TODAY, a division of Gannett Satellite Information Network, LLC.")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Euronews: entries in <li>, no headlines, "18:52 CET" with a relative time beside it


@template("euronews-live-eu-summit", "Euronews live", "en", "live")
def euronews(p: Page, n: Noise, genuine: bool) -> str:
    title = "EU leaders' summit: Live coverage as budget talks drag into a second night"
    intro = p.body(
        [
            "European Union leaders are meeting in Brussels for a second day of talks on the bloc's next long-term budget, with net contributors and eastern member states still far apart on farm and cohesion funding."
        ]
    )
    entries: list[Entry] = [
        {
            "id": "4471203",
            "clock": "22:40",
            "text": "Summit chair Aurelia Venn says leaders will reconvene at 10:00 on Monday after failing to agree on the size of the agricultural envelope.",
            "author": "Clara Nieminen",
        },
        {
            "id": "4471188",
            "clock": "21:15",
            "text": "The Dutch and Swedish prime ministers left the room together for what one diplomat called 'a long coffee'. Talks continued at the level of ambassadors.",
            "author": "Clara Nieminen",
        },
        {
            "id": "4471150",
            "clock": "19:30",
            "text": "A new draft compromise circulated to delegations proposes keeping cohesion funds at current levels but delaying payments by two years, according to a document seen by Euronews.",
            "author": "Tomasz Wierzbicki",
        },
        {
            "id": "4471102",
            "clock": "17:05",
            "text": "Farmers staged a protest near the Schuman roundabout, where police estimated about 1,500 people had gathered with tractors.",
            "author": "Tomasz Wierzbicki",
        },
    ]
    for e in entries:
        e["ts"] = ts(e["clock"], CET)
        e["label"] = f"{e['clock']} CET"
    declare(p, entries)
    ad_after = "4471188"
    feed = []
    for e in entries:
        ago = p.fur(ago_en(n.minutes_since(when(e))))
        feed.append(f"""<li class="c-live-blog__post" id="post-{e["id"]}">
<div class="c-live-blog__post-meta"><span class="c-live-blog__time">{e["label"]}</span> <span class="c-live-blog__ago">{ago}</span></div>
<div class="c-live-blog__content">{paras([e["text"]])}</div>
<div class="c-live-blog__author">By {esc(e["author"])}</div>
</li>""")
        if e["id"] == ad_after:
            feed.append(
                f'<li class="c-live-blog__ad"><span class="c-ad__label">Advertisement</span><a href="https://ads.invalid/en">{p.fur(n.ad())}</a></li>'
            )
    return f"""<!DOCTYPE html>
<html lang="en">
{head(title, "Net contributors and eastern states remain far apart.", "https://www.euronews.invalid/my-europe/2026/12/06/eu-leaders-summit-budget-live", site="euronews", lang_meta="en_GB", published=ts("09:00", CET), modified=ts("22:40", CET))}
<body class="o-page o-page--article">
<div class="c-consent"><p>{p.fur(n.cookie())}</p><button>Agree</button><button>Learn more</button></div>
<header class="o-header"><a class="o-header__logo" href="/">euronews.</a>
<nav class="o-header__nav"><ul>{nav("Europe|World|Business|Green|Next|Health|Travel|Culture|Video")}</ul></nav>
<ul class="o-header__langs">{nav("English|Français|Deutsch|Italiano|Español|Português|Polski|Türkçe")}</ul></header>
<main class="o-main">
<article class="c-article c-article--live">
<div class="c-article__kicker">My Europe</div>
<h1 class="c-article__title">{esc(title)}</h1>
<div class="c-article__byline">By Clara Nieminen, Tomasz Wierzbicki</div>
<div class="c-article__date">Published on 06/12/2026 - 09:00 GMT+1 • {p.fur("Updated 22:40")}</div>
<div class="c-article__share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#li">LinkedIn</a><a href="#copy">Copy/paste the article link</a></div>
<div class="c-article__summary">{paras(intro)}</div>
<div class="c-live-blog"><ul class="c-live-blog__list">
{"".join(feed)}
</ul></div>
</article>
<aside class="c-most-viewed"><h2>Most viewed</h2><ol>{items(p, n.most_read(5), "", "", "/most-viewed-")}</ol></aside>
<aside class="c-related"><h2>Related</h2><ul>{items(p, n.related(3), "", "", "/related-")}</ul></aside>
<aside class="c-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="o-footer"><ul>{nav("About Euronews|Terms and conditions|Privacy policy|Cookie policy|Modify cookie settings|Contact")}</ul><p>{p.fur("Copyright © euronews 2026")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# n-tv: "+++ 18:42 +++" and the headline share one <h2>, a source line closes each entry


@template("ntv-liveticker-bombe", "ntv Liveticker", "de", "live")
def ntv(p: Page, n: Noise, genuine: bool) -> str:
    title = "Weltkriegsbombe in Köln-Deutz: Evakuierung läuft, Entschärfung am Abend"
    intro = p.body(
        [
            "Bei Bauarbeiten in Köln-Deutz ist eine Zehn-Zentner-Bombe aus dem Zweiten Weltkrieg gefunden worden. Rund 8000 Menschen müssen ihre Wohnungen verlassen, auch der Bahnhof Messe/Deutz ist betroffen."
        ]
    )
    entries: list[Entry] = [
        {
            "id": "t-18420",
            "clock": "18:42",
            "headline": "Entschärfung beginnt",
            "text": "Die Experten des Kampfmittelbeseitigungsdienstes haben mit der Entschärfung begonnen. Die Stadt bittet, den Sperrbereich weiterhin zu meiden.",
            "source": "Quelle: ntv.de, dpa",
        },
        {
            "id": "t-17250",
            "clock": "17:25",
            "headline": "Evakuierung fast abgeschlossen",
            "text": "Nach Angaben der Stadt haben fast alle Anwohner den Sperrbereich verlassen. In zwei Wohnungen trafen Einsatzkräfte noch Menschen an, die nicht gehen wollten.",
            "source": "Quelle: ntv.de, lkö",
        },
        {
            "id": "t-16100",
            "clock": "16:10",
            "headline": "Bahnverkehr über Deutz eingestellt",
            "text": "Die Bahn hat den Verkehr über den Bahnhof Messe/Deutz eingestellt. Fernzüge werden über den Hauptbahnhof umgeleitet, einige S-Bahnen fallen aus.",
            "source": "Quelle: ntv.de, dpa",
        },
        {
            "id": "t-14550",
            "clock": "14:55",
            "headline": "Anlaufstelle in Kalker Schule",
            "text": "Für Menschen, die nicht bei Freunden oder Verwandten unterkommen können, hat die Stadt eine Anlaufstelle in einer Schule in Kalk eingerichtet.",
            "source": "Quelle: ntv.de, rts",
        },
    ]
    for e in entries:
        e["ts"] = ts(e["clock"], CET)
        e["label"] = e["clock"]
    declare(p, entries)
    teaser_after = "t-17250"
    ad_after = "t-16100"
    feed = []
    for e in entries:
        feed.append(f"""<div class="ticker__entry" id="{e["id"]}">
<h2 class="ticker__headline"><strong>+++ {e["clock"]} +++</strong> {esc(e["headline"])} +++</h2>
{paras([e["text"]])}
<p class="ticker__source">{esc(e["source"])}</p>
</div>""")
        if e["id"] == teaser_after:
            feed.append(
                f'<div class="teaser teaser--inline"><span class="teaser__kicker">Mehr zum Thema</span><a href="/panorama/teaser-article.html">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if e["id"] == ad_after:
            feed.append(
                f'<div class="ad ad--content"><span class="ad__label">Anzeige</span><a href="https://ads.invalid/ntv">{p.fur(n.ad())}</a></div>'
            )
    return f"""<!DOCTYPE html>
<html lang="de">
{head(title, "8000 Menschen müssen ihre Wohnungen verlassen.", "https://www.n-tv.invalid/panorama/Weltkriegsbombe-in-Koeln-Deutz-Evakuierung-laeuft-article25411809.html", site="n-tv.de", lang_meta="de_DE", published=ts("13:40", CET), modified=ts("18:42", CET))}
<body class="page--article">
<div class="sp-consent"><p>{p.fur(n.cookie())}</p><button>Zustimmen</button><button>Einstellungen</button></div>
<header class="header"><a class="header__logo" href="/">ntv NACHRICHTEN</a>
<nav class="header__nav"><ul>{nav("Politik|Wirtschaft|Börse|Sport|Panorama|Wissen|Auto|Technik|Ratgeber")}</ul></nav>
<div class="header__boerse">{p.fur(n.market("DAX", 19842.15))}</div></header>
<main class="main">
<article class="article article--ticker">
<header class="article__header">
<span class="article__kicker">Liveticker</span>
<h1 class="article__headline">{esc(title)}</h1>
<span class="article__date">{p.fur("06.12.2026, 18:42 Uhr")}</span>
<div class="article__share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a><a href="#mail">E-Mail</a><a href="#print">Drucken</a></div>
</header>
<div class="article__text">
{"".join(f"<p><strong>{esc(t)}</strong></p>" for t in intro)}
<section class="ticker">
{"".join(feed)}
</section>
</div>
</article>
<aside class="teaser-block teaser-block--mostread"><h2>Meistgelesen</h2><ol>{items(p, n.most_read(5), "", "", "/meistgelesen-")}</ol></aside>
<aside class="teaser-block"><h2>Mehr zum Thema</h2><ul>{items(p, n.related(3), "", "", "/thema-")}</ul></aside>
</main>
<footer class="footer"><ul>{nav("Impressum|Datenschutz|Kontakt|Jobs|Werbung|Privatsphäre")}</ul><p>{p.fur("© n-tv Nachrichtenfernsehen GmbH")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# BILD: entries in <li>, a naive datetime, the clock and "vor N Min." above the headline


@template("bild-ticker-sturmtief", "BILD Ticker", "de", "live")
def bild(p: Page, n: Noise, genuine: bool) -> str:
    title = "Sturmtief „Jolanda“ fegt über den Norden: Bäume auf Gleisen, Fähren fallen aus"
    intro = p.body(
        [
            "Orkanböen bis 130 km/h an der Küste: Sturmtief „Jolanda“ hat am Sonntag im Norden für Chaos gesorgt. Die Bahn stellte den Fernverkehr zwischen Hamburg und Sylt ein, zahlreiche Fähren blieben im Hafen."
        ]
    )
    entries: list[Entry] = [
        {
            "id": "tk-2241",
            "clock": "22:41",
            "headline": "Fähre nach Helgoland fällt auch am Montag aus",
            "text": "Die Reederei hat alle Abfahrten für Montag gestrichen. Ersatztermine sollen am Dienstag bekanntgegeben werden.",
        },
        {
            "id": "tk-2158",
            "clock": "21:58",
            "headline": "Baum stürzt auf Auto – Fahrer unverletzt",
            "text": "In Husum ist ein Baum auf ein fahrendes Auto gestürzt. Der 54 Jahre alte Fahrer konnte sich selbst befreien, teilte die Polizei mit.",
        },
        {
            "id": "tk-2030",
            "clock": "20:30",
            "headline": "Bahn: Fernverkehr bleibt bis Montagmittag eingestellt",
            "text": "Zwischen Hamburg und Westerland fahren bis mindestens Montag, 12 Uhr, keine Fernzüge. Regionalzüge verkehren teilweise.",
        },
        {
            "id": "tk-1912",
            "clock": "19:12",
            "headline": "DWD hebt Unwetterwarnung für das Binnenland auf",
            "text": "Der Deutsche Wetterdienst hat die Unwetterwarnung für das Binnenland aufgehoben. An der Küste gilt sie weiter bis Mitternacht.",
        },
    ]
    new: Entry = {
        "id": "tk-2347",
        "clock": "23:47",
        "headline": "Sturmflut in Hamburg geringer als befürchtet",
        "text": "Der Pegel St. Pauli erreichte kurz vor Mitternacht 2,10 Meter über dem mittleren Hochwasser. Der Fischmarkt wurde dennoch überflutet.",
    }
    entries = with_genuine(entries, new, genuine)
    for e in entries:
        e["ts"] = ts(e["clock"], CET)
        e["label"] = f"{e['clock']} Uhr"
    declare(p, entries)
    teaser_after = "tk-2158"
    ad_after = "tk-2030"
    feed = []
    for e in entries:
        ago = p.fur(ago_de(n.minutes_since(when(e))))
        feed.append(f"""<li class="tk-entry" id="{e["id"]}">
<div class="tk-entry__meta"><time datetime="2026-12-06T{e["clock"]}">{e["label"]}</time> · <span class="tk-entry__ago">{ago}</span></div>
<h3 class="tk-entry__headline">{esc(e["headline"])}</h3>
<div class="tk-entry__text">{paras([e["text"]])}</div>
</li>""")
        if e["id"] == teaser_after:
            feed.append(
                f'<li class="tk-teaser"><span class="tk-teaser__kicker">Auch interessant</span> <a href="/news/inland/teaser.bild.html">{p.fur(n.teasers(1)[0])}</a></li>'
            )
        if e["id"] == ad_after:
            if n.chance(0.7):
                fill = f'<a href="https://ads.invalid/bild">{p.fur(n.ad())}</a>'
            else:
                fill = '<div class="ad-slot__placeholder"></div>'
            feed.append(
                f'<li class="ad-slot"><span class="ad-slot__label">Anzeige</span>{fill}</li>'
            )
    weather = f"Hamburg {n.temperature(4, 8)}°, Sturmböen"
    return f"""<!DOCTYPE html>
<html lang="de">
{head(title, "Orkanböen bis 130 km/h, Fernverkehr eingestellt.", "https://www.bild.invalid/news/inland/news-inland/sturmtief-jolanda-ticker-86120344.bild.html", site="BILD", lang_meta="de_DE")}
<body class="article-page">
<div class="cmp-wrapper"><p>{p.fur(n.cookie())}</p><button>Alle akzeptieren</button><a href="/bildplus">Werbefrei mit BILDplus</a></div>
<header class="page-header"><a class="page-header__logo" href="/">BILD</a>
<nav class="page-header__nav"><ul>{nav("News|Politik|Regional|Sport|Unterhaltung|Ratgeber|Auto|Digital|BILDplus")}</ul></nav>
<div class="page-header__weather">{p.fur(weather)}</div></header>
<main class="page-main">
<article class="article article--ticker">
<div class="article__kicker">Sturm-Ticker</div>
<h1 class="article__headline">{esc(title)}</h1>
<div class="article__author">Von Jens Kolbe und Svenja Marx</div>
<div class="article__date">{p.fur("06.12.2026 - 19:12 Uhr")}</div>
<div class="share-bar"><a href="#wa">WhatsApp</a><a href="#fb">Facebook</a><a href="#x">X</a><a href="#mail">E-Mail</a></div>
<div class="article-body">
{paras(intro)}
<ol class="tk-list">
{"".join(feed)}
</ol>
</div>
</article>
<aside class="mostread"><h2>Meistgelesen</h2><ol>{items(p, n.most_read(5), "", "", "/meistgelesen-")}</ol></aside>
<aside class="related"><h2>Mehr zum Thema</h2><ul>{items(p, n.related(3), "", "", "/thema-")}</ul></aside>
</main>
<footer class="page-footer"><ul>{nav("Impressum|Datenschutz|Nutzungsbedingungen|Privatsphäre|Kontakt")}</ul><p>{p.fur("© 2026 BILD GmbH – Alle Rechte vorbehalten")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# La Voix du Nord: pinned "Épinglé" entry, "Les temps forts" list, the hour under the headline,
# no <time>, "Mis à jour il y a …" in the header


@template("lavoixdunord-direct-incendie", "La Voix du Nord direct", "fr", "live")
def lavoixdunord(p: Page, n: Noise, genuine: bool) -> str:
    title = "DIRECT. Incendie dans une usine de Dunkerque : un panache de fumée visible à des kilomètres"
    intro = p.body(
        [
            "Un violent incendie s'est déclaré ce dimanche en début d'après-midi dans un entrepôt de l'usine Nordchimie, dans la zone portuaire de Dunkerque. La préfecture a demandé aux habitants de Grande-Synthe et de Saint-Pol-sur-Mer de rester chez eux."
        ]
    )
    pinned: Entry = {
        "id": "p-1405",
        "clock": "14:05",
        "headline": "Ce que l'on sait",
        "text": "L'incendie touche un entrepôt de stockage de 4 000 m² où étaient entreposés des palettes et des emballages plastiques, selon la direction de l'usine. Aucun blessé n'est à déplorer.",
        "author": "Par Julie Marchand",
    }
    entries: list[Entry] = [
        {
            "id": "p-2120",
            "clock": "21:20",
            "headline": "Le feu est circonscrit",
            "text": "Les pompiers annoncent que l'incendie est désormais circonscrit. Une centaine de sapeurs-pompiers resteront mobilisés toute la nuit.",
            "author": "Par Thomas Leroy",
        },
        {
            "id": "p-1905",
            "clock": "19:05",
            "headline": "Les mesures de la qualité de l'air rassurantes",
            "text": "Les premières mesures réalisées dans les communes voisines ne montrent pas de concentration anormale de polluants, indique la préfecture.",
            "author": "Par Julie Marchand",
        },
        {
            "id": "p-1645",
            "clock": "16:45",
            "headline": "Levée partielle du confinement",
            "text": "Le confinement est levé à Saint-Pol-sur-Mer mais reste en vigueur dans les quartiers nord de Grande-Synthe.",
            "author": "Par Thomas Leroy",
        },
        {
            "id": "p-1510",
            "clock": "15:10",
            "headline": "Confinement de deux communes",
            "text": "La préfecture du Nord demande aux habitants de Grande-Synthe et de Saint-Pol-sur-Mer de fermer portes et fenêtres et de couper les ventilations.",
            "author": "Par Julie Marchand",
        },
    ]
    new: Entry = {
        "id": "p-2325",
        "clock": "23:25",
        "headline": "Une enquête ouverte",
        "text": "Le parquet de Dunkerque a ouvert une enquête pour déterminer l'origine de l'incendie. Les premiers éléments ne privilégient aucune piste.",
        "author": "Par Thomas Leroy",
    }
    entries = with_genuine(entries, new, genuine)
    for e in [pinned, *entries]:
        e["ts"] = ts(e["clock"], CET)
        e["label"] = e["clock"].replace(":", "h")
    declare(p, [pinned, *entries])
    read_after = "p-1905"
    ad_after = "p-1645"

    def post(e: Entry, pin: bool = False) -> str:
        badge = '<span class="live__pin">Épinglé</span>' if pin else ""
        return f"""<article class="live__post{" live__post--pinned" if pin else ""}" id="{e["id"]}">{badge}
<h3 class="live__title">{esc(e["headline"])}</h3>
<p class="live__hour">{e["label"]}</p>
<div class="live__content">{paras([e["text"]])}</div>
<p class="live__author">{esc(e["author"])}</p>
</article>"""

    feed = [post(pinned, pin=True)]
    for e in entries:
        feed.append(post(e))
        if e["id"] == read_after:
            feed.append(
                f'<div class="live__readalso"><span>Lire aussi</span> <a href="/region/teaser">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if e["id"] == ad_after:
            feed.append(
                f'<div class="pub pub--live"><span class="pub__label">Publicité</span><a href="https://ads.invalid/vdn">{p.fur(n.ad())}</a></div>'
            )
    strong = "".join(
        f'<li><a href="#{e["id"]}">{e["label"]} – {esc(e["headline"])}</a></li>' for e in entries
    )
    minutes = n.minutes_since(when(entries[0]))
    hours, mins = divmod(minutes, 60)
    updated = (
        f"Mis à jour il y a {minutes} min"
        if minutes < 60
        else f"Mis à jour il y a {hours} h {mins:02d}"
    )
    weather = f"Dunkerque {n.temperature(5, 9)}°C"
    return f"""<!DOCTYPE html>
<html lang="fr">
{head(title, "Confinement à Grande-Synthe et Saint-Pol-sur-Mer.", "https://www.lavoixdunord.invalid/1618840/article/2026-12-06/direct-incendie-usine-dunkerque-panache-de-fumee", site="La Voix du Nord", lang_meta="fr_FR", published=ts("14:05", CET))}
<body class="article live">
<div class="cmp-popup"><p>{p.fur(n.cookie())}</p><button>Accepter</button><button>Continuer sans accepter</button></div>
<header class="site-header"><a class="site-header__logo" href="/">La Voix du Nord</a>
<nav class="site-header__nav"><ul>{nav("Région|Lille|Dunkerque|Calais|Boulogne|Sports|Loisirs|Services")}</ul></nav>
<span class="site-header__weather">{p.fur(weather)}</span>
<a class="site-header__abo" href="/abonnement">Je m'abonne</a></header>
<main class="site-main">
<div class="article-head">
<p class="article-head__rubrique">Dunkerque et ses environs</p>
<h1 class="article-head__title">{esc(title)}</h1>
<p class="article-head__date">Publié le 06/12/2026 à 14h05 · <span class="article-head__maj">{p.fur(updated)}</span></p>
<div class="article-head__share"><a href="#fb">Partager</a><a href="#x">Tweeter</a><a href="#comments">{p.fur(f"{n.count(31, 4)} réactions")}</a></div>
</div>
<div class="article-chapo">{paras(intro)}</div>
<div class="live">
<div class="live__strong"><h2>Les temps forts</h2><ul>{strong}</ul></div>
<div class="live__feed">
{"".join(feed)}
</div>
</div>
<aside class="bloc-plus-lus"><h2>Les plus lus</h2><ol>{items(p, n.most_read(5), "", "", "/plus-lus-")}</ol></aside>
<aside class="bloc-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
<aside class="bloc-related"><h2>Sur le même sujet</h2><ul>{items(p, n.related(3), "", "", "/meme-sujet-")}</ul></aside>
</main>
<footer class="site-footer"><ul>{nav("Mentions légales|CGU|Politique de confidentialité|Cookies|Contact|Annonces légales")}</ul><p>{p.fur("© La Voix du Nord 2026 - Tous droits réservés")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# ANSA: full date and clock as a line above the entry, some entries without a headline, a source
# line under each


@template("ansa-diretta-etna", "ANSA diretta", "it", "live")
def ansa(p: Page, n: Noise, genuine: bool) -> str:
    title = "Etna, nuova fontana di lava: chiuso l'aeroporto di Catania. La diretta"
    intro = p.body(
        [
            "Una nuova fase eruttiva dell'Etna, cominciata nella notte, ha prodotto una fontana di lava alta oltre 500 metri e una nube di cenere che ha costretto alla chiusura dell'aeroporto di Catania."
        ]
    )
    entries: list[Entry] = [
        {
            "id": "d-1835",
            "clock": "18:35",
            "headline": "Aeroporto, riapertura parziale in serata",
            "text": "La società di gestione dello scalo annuncia che dalle 21 saranno operativi gli arrivi. Le partenze restano sospese fino a domani mattina.",
        },
        {
            "id": "d-1710",
            "clock": "17:10",
            "headline": None,
            "text": "Secondo l'Ingv la fontana di lava si è esaurita intorno alle 16.50, ma l'attività stromboliana continua dal cratere di Sud-Est.",
        },
        {
            "id": "d-1520",
            "clock": "15:20",
            "headline": "Cenere su Zafferana e Milo",
            "text": "Un sottile strato di cenere vulcanica ricopre strade e auto a Zafferana Etnea e Milo. I sindaci hanno vietato la circolazione di moto e bici.",
        },
        {
            "id": "d-1305",
            "clock": "13:05",
            "headline": None,
            "text": "L'Istituto nazionale di geofisica e vulcanologia ha alzato a rosso il livello di allerta per l'aviazione. Lo scalo di Catania ha chiuso alle 12.45.",
        },
    ]
    for e in entries:
        e["ts"] = ts(e["clock"], CET)
        e["label"] = f"06 dicembre 2026, {e['clock']}"
    declare(p, entries)
    ad_after = "d-1710"
    read_after = "d-1520"
    feed = []
    for e in entries:
        h = f'<h3 class="diretta-item__title">{esc(e["headline"])}</h3>' if e["headline"] else ""
        feed.append(f"""<div class="diretta-item" id="{e["id"]}">
<p class="diretta-item__data">{e["label"]}</p>
{h}<div class="diretta-item__testo">{paras([e["text"]])}</div>
<p class="diretta-item__fonte">(ANSA)</p>
</div>""")
        if e["id"] == ad_after:
            feed.append(
                f'<div class="adv-box"><span class="adv-box__label">Pubblicità</span><a href="https://ads.invalid/ansa">{p.fur(n.ad())}</a></div>'
            )
        if e["id"] == read_after:
            feed.append(
                f'<div class="leggi-anche"><span>Leggi anche</span> <a href="/sito/notizie/teaser.html">{p.fur(n.teasers(1)[0])}</a></div>'
            )
    ultima = [
        "Manovra, via libera della commissione Bilancio",
        "Calcio, il derby finisce in parità",
        "Borsa: Milano chiude in lieve rialzo",
    ]
    return f"""<!DOCTYPE html>
<html lang="it">
{head(title, "Fontana di lava oltre i 500 metri, scalo di Catania chiuso.", "https://www.ansa.invalid/sicilia/notizie/2026/12/06/etna-nuova-fontana-di-lava-chiuso-aeroporto-catania-diretta_5b1c.html", site="ANSA.it", lang_meta="it_IT")}
<body class="pg-article">
<div class="cmp-ansa"><p>{p.fur(n.cookie())}</p><button>Accetta</button><button>Rifiuta</button></div>
<header class="header-ansa"><a class="header-ansa__logo" href="/">ANSA.it</a>
<nav class="header-ansa__nav"><ul>{nav("Cronaca|Politica|Economia|Mondo|Cultura|Tecnologia|Sport|Regioni")}</ul></nav></header>
<main class="main-ansa">
<article class="news">
<p class="news-section">Sicilia</p>
<h1 class="news-title">{esc(title)}</h1>
<p class="news-date">{p.fur("Redazione ANSA · CATANIA · 06 dicembre 2026")}</p>
<div class="news-share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a><a href="#mail">Email</a></div>
<div class="news-txt">{paras(intro)}</div>
<section class="diretta">
{"".join(feed)}
</section>
<p class="news-copyright">{p.fur("RIPRODUZIONE RISERVATA © Copyright ANSA")}</p>
</article>
<aside class="box-ultima-ora"><h2>Ultima ora</h2><ul>{items(p, ultima, "", "", "/ultima-ora-")}</ul></aside>
<aside class="box-piu-letti"><h2>I più letti</h2><ol>{items(p, n.most_read(5), "", "", "/piu-letti-")}</ol></aside>
<aside class="box-correlati"><h2>Correlati</h2><ul>{items(p, n.related(3), "", "", "/correlati-")}</ul></aside>
</main>
<footer class="footer-ansa"><ul>{nav("Chi siamo|Privacy|Cookie policy|Note legali|Pubblicità|Contatti")}</ul><p>{p.fur("© Copyright ANSA - Tutti i diritti riservati")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# La Vanguardia: <time datetime> with an offset before the headline, a pinned "Destacado" entry


@template("lavanguardia-directo-temporal", "La Vanguardia directo", "es", "live")
def lavanguardia(p: Page, n: Noise, genuine: bool) -> str:
    title = (
        "Temporal en Catalunya, en directo: lluvias torrenciales en el Maresme y cortes en la R1"
    )
    intro = p.body(
        [
            "Un temporal de lluvia y viento azota este domingo el litoral catalán. Protecció Civil ha activado la fase de alerta del plan Inuncat y Rodalies ha suspendido el servicio de la R1 entre Mataró y Blanes."
        ]
    )
    pinned: Entry = {
        "id": "lv-1230",
        "clock": "12:30",
        "headline": "Recomendaciones de Protecció Civil",
        "text": "Protecció Civil pide evitar desplazamientos por el Maresme y no cruzar rieras ni zonas inundables.",
    }
    entries: list[Entry] = [
        {
            "id": "lv-2150",
            "clock": "21:50",
            "headline": "Reabre la C-32 en sentido Barcelona",
            "text": "El Servei Català de Trànsit ha reabierto la C-32 en sentido Barcelona a la altura de Arenys de Mar, cerrada durante cinco horas por la caída de piedras.",
        },
        {
            "id": "lv-2015",
            "clock": "20:15",
            "headline": "Más de 300 avisos a los bomberos",
            "text": "Los Bombers de la Generalitat han recibido 312 avisos desde la mañana, la mayoría por árboles caídos y bajos inundados.",
        },
        {
            "id": "lv-1840",
            "clock": "18:40",
            "headline": "La R1 seguirá cortada",
            "text": "Rodalies mantendrá suspendido el servicio entre Mataró y Blanes al menos hasta mañana. Hay autobuses de sustitución cada 20 minutos.",
        },
        {
            "id": "lv-1605",
            "clock": "16:05",
            "headline": "Evacuado un cámping en Malgrat",
            "text": "Los Mossos han evacuado a 45 personas de un cámping de Malgrat de Mar por la crecida de la riera. No hay heridos.",
        },
    ]
    new: Entry = {
        "id": "lv-2335",
        "clock": "23:35",
        "headline": "La alerta del Inuncat se mantiene hasta el lunes",
        "text": "Protecció Civil ha decidido mantener la fase de alerta hasta el lunes a mediodía por la previsión de nuevas lluvias en el Maresme y la Selva.",
    }
    entries = with_genuine(entries, new, genuine)
    for e in [pinned, *entries]:
        e["ts"] = ts(e["clock"], CET)
        e["label"] = e["clock"]
    declare(p, [pinned, *entries])
    related_after = "lv-2015"
    ad_after = "lv-1840"

    def block(e: Entry, pin: bool = False) -> str:
        tag = '<span class="live-block__tag">Destacado</span>' if pin else ""
        return f"""<article class="live-block{" live-block--featured" if pin else ""}" data-id="{e["id"]}">{tag}
<time class="live-block__time" datetime="{e["ts"]}">{e["clock"]}</time>
<h2 class="live-block__title">{esc(e["headline"])}</h2>
<div class="live-block__body">{paras([e["text"]])}</div>
</article>"""

    feed = [block(pinned, pin=True)]
    for e in entries:
        feed.append(block(e))
        if e["id"] == related_after:
            feed.append(
                f'<div class="related-inline"><span>Te puede interesar</span> <a href="/local/teaser.html">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if e["id"] == ad_after:
            feed.append(
                f'<div class="ad-container"><span class="ad-label">Publicidad</span><a href="https://ads.invalid/lv">{p.fur(n.ad())}</a></div>'
            )
    return f"""<!DOCTYPE html>
<html lang="es">
{head(title, "Fase de alerta del Inuncat y la R1 cortada entre Mataró y Blanes.", "https://www.lavanguardia.invalid/local/20261206/10184427/temporal-catalunya-directo.html", site="La Vanguardia", lang_meta="es_ES", published=ts("12:30", CET))}
<body class="article-page">
<div class="cmp-lv"><p>{p.fur(n.cookie())}</p><button>Aceptar</button><button>Opciones</button></div>
<header class="lv-header"><a class="lv-header__logo" href="/">La Vanguardia</a>
<nav class="lv-header__nav"><ul>{nav("Internacional|Política|Economía|Local|Sociedad|Deportes|Cultura|Vida|Opinión")}</ul></nav>
<a class="lv-header__subscribe" href="/suscripcion">Suscríbete</a></header>
<main class="lv-main">
<article class="article-live">
<p class="article-live__section">Local · Barcelona</p>
<h1 class="article-live__title">{esc(title)}</h1>
<p class="article-live__author">Redacción</p>
<p class="article-live__date">{p.fur(f"06/12/2026 12:30 | Actualizado a 06/12/2026 {entries[0]['clock']}")}</p>
<div class="article-live__share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a><a href="#comments">{p.fur(f"{n.count(58, 6)} comentarios")}</a></div>
<div class="article-live__lead">{paras(intro)}</div>
<div class="live-blog">
{"".join(feed)}
</div>
</article>
<aside class="lv-most-read"><h2>Lo más leído</h2><ol>{items(p, n.most_read(5), "", "", "/mas-leido-")}</ol></aside>
<aside class="lv-related"><h2>Más noticias</h2><ul>{items(p, n.related(3), "", "", "/mas-noticias-")}</ul></aside>
<aside class="lv-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="lv-footer"><ul>{nav("Aviso legal|Política de privacidad|Cookies|Contacto|Publicidad")}</ul><p>{p.fur("© La Vanguardia Ediciones, S.L.U. Todos los derechos reservados.")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# ABC (Spain): "Lo último" key-event list, entries in <section>, the clock and "hace N min" under
# the headline


@template("abces-directo-taxis", "ABC directo", "es", "live")
def abces(p: Page, n: Noise, genuine: bool) -> str:
    title = "Marcha de taxistas en Madrid, en directo: cortes en la Castellana y última hora"
    intro = p.body(
        [
            "Miles de taxistas se manifiestan este domingo en Madrid contra la ampliación de licencias de vehículos con conductor. La marcha ha obligado a cortar el paseo de la Castellana entre Colón y Nuevos Ministerios."
        ]
    )
    entries: list[Entry] = [
        {
            "id": "dir-2010",
            "clock": "20:10",
            "headline": "La marcha llega a Nuevos Ministerios",
            "text": "La cabecera de la manifestación ha llegado a Nuevos Ministerios, donde los convocantes leerán un manifiesto. La Castellana se reabrirá por tramos.",
        },
        {
            "id": "dir-1925",
            "clock": "19:25",
            "headline": "Las asociaciones amenazan con una huelga indefinida",
            "text": "Los portavoces de las tres asociaciones convocantes han avisado de que, si no hay respuesta del ministerio antes de Navidad, convocarán una huelga indefinida en enero.",
        },
        {
            "id": "dir-1830",
            "clock": "18:30",
            "headline": "Unos 3.000 taxis, según la Delegación del Gobierno",
            "text": "La Delegación del Gobierno cifra en unos 3.000 los vehículos que participan en la marcha; los organizadores hablan de 6.000.",
        },
        {
            "id": "dir-1720",
            "clock": "17:20",
            "headline": "Arranca la marcha en Colón",
            "text": "Con media hora de retraso, los primeros taxis han salido de la plaza de Colón entre bocinas y pancartas.",
        },
    ]
    for e in entries:
        e["ts"] = ts(e["clock"], CET)
        e["label"] = f"{e['clock']} h."
    declare(p, entries)
    ad_after = "dir-1925"
    feed = []
    for e in entries:
        ago = p.fur(ago_es(n.minutes_since(when(e))))
        feed.append(f"""<section class="voc-directo__entrada" id="{e["id"]}">
<h3 class="voc-directo__titulo">{esc(e["headline"])}</h3>
<p class="voc-directo__meta"><span class="voc-directo__hora">{e["label"]}</span> · <span class="voc-directo__hace">{ago}</span></p>
<div class="voc-directo__texto">{paras([e["text"]])}</div>
</section>""")
        if e["id"] == ad_after:
            feed.append(
                f'<div class="voc-ad"><span class="voc-ad__label">Publicidad</span><a href="https://ads.invalid/abc">{p.fur(n.ad())}</a></div>'
            )
    key = "".join(f'<li><a href="#{e["id"]}">{esc(e["headline"])}</a></li>' for e in entries[:3])
    return f"""<!DOCTYPE html>
<html lang="es">
{head(title, "La Castellana, cortada entre Colón y Nuevos Ministerios.", "https://www.abc.invalid/espana/madrid/marcha-taxistas-madrid-directo-20261206172000-di.html", site="ABC", lang_meta="es_ES", published=ts("17:00", CET), modified=ts("20:10", CET))}
<body class="voc-body">
<div class="voc-cmp"><p>{p.fur(n.cookie())}</p><button>Aceptar</button><button>Más opciones</button></div>
<header class="voc-header"><a class="voc-header__logo" href="/">ABC</a>
<nav class="voc-header__nav"><ul>{nav("España|Internacional|Economía|Sociedad|Madrid|Sevilla|Deportes|Cultura|Opinión")}</ul></nav>
<a class="voc-header__sus" href="/suscripcion/">Suscríbete</a></header>
<main class="voc-main">
<article class="voc-article voc-article--directo">
<p class="voc-article__kicker">Madrid</p>
<h1 class="voc-article__title">{esc(title)}</h1>
<p class="voc-article__author">Laura Ferrándiz</p>
<p class="voc-article__date">{p.fur("Actualizado 06/12/2026 a las 20:10h.")}</p>
<div class="voc-article__share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#comments">{p.fur(f"{n.count(27, 4)} comentarios")}</a></div>
<div class="voc-article__lead">{paras(intro)}</div>
<div class="voc-directo__destacados"><h2>Lo último</h2><ul>{key}</ul></div>
<div class="voc-directo">
{"".join(feed)}
</div>
</article>
<aside class="voc-mas-leidas"><h2>Lo más leído</h2><ol>{items(p, n.most_read(5), "", "", "/mas-leido-")}</ol></aside>
<aside class="voc-relacionadas"><h2>Noticias relacionadas</h2><ul>{items(p, n.related(3), "", "", "/relacionadas-")}</ul></aside>
<aside class="voc-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="voc-footer"><ul>{nav("Aviso legal|Privacidad|Cookies|Contacto|Publicidad")}</ul><p>{p.fur("Copyright © DIARIO ABC, S.L.")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# SIC Notícias: entries in <li>, "20h50" and "Há 2 horas" before the headline, a source line per
# entry


@template("sicnoticias-direto-sismo", "SIC Notícias direto", "pt", "live")
def sicnoticias(p: Page, n: Noise, genuine: bool) -> str:
    title = "Sismo de magnitude 4,9 sentido em Lisboa e Setúbal: acompanhe em direto"
    intro = p.body(
        [
            "Um sismo de magnitude 4,9 foi sentido às 14h37 deste domingo em Lisboa, Setúbal e no Alentejo litoral. O epicentro localizou-se no mar, a cerca de 40 quilómetros a sudoeste de Sines, segundo o IPMA."
        ]
    )
    entries: list[Entry] = [
        {
            "id": "sic-2050",
            "clock": "20:50",
            "headline": "Proteção Civil não regista danos",
            "text": "A Autoridade Nacional de Emergência e Proteção Civil diz não ter registo de danos pessoais nem materiais significativos.",
            "source": "SIC Notícias com Lusa",
        },
        {
            "id": "sic-1915",
            "clock": "19:15",
            "headline": "Réplica de magnitude 2,8",
            "text": "O IPMA registou uma réplica de magnitude 2,8 às 18h58, que não terá sido sentida pela população.",
            "source": "SIC Notícias",
        },
        {
            "id": "sic-1740",
            "clock": "17:40",
            "headline": "Escolas abrem normalmente na segunda-feira",
            "text": "O Ministério da Educação confirmou que as escolas da região vão funcionar normalmente, depois de vistorias a 12 edifícios.",
            "source": "SIC Notícias com Lusa",
        },
        {
            "id": "sic-1505",
            "clock": "15:05",
            "headline": "Centenas de chamadas para o 112",
            "text": "O número de emergência recebeu cerca de 600 chamadas na primeira meia hora após o sismo, a maioria de pessoas assustadas.",
            "source": "SIC Notícias",
        },
    ]
    new: Entry = {
        "id": "sic-2235",
        "clock": "22:35",
        "headline": "Metro de Lisboa conclui inspeções",
        "text": "O Metropolitano de Lisboa concluiu as inspeções aos túneis e garante que a circulação decorre com normalidade.",
        "source": "SIC Notícias com Lusa",
    }
    entries = with_genuine(entries, new, genuine)
    for e in entries:
        e["ts"] = ts(e["clock"], WET)
        e["label"] = e["clock"].replace(":", "h")
    declare(p, entries)
    see_after = "sic-1915"
    ad_after = "sic-1740"
    feed = []
    for e in entries:
        ago = p.fur(ago_pt(n.minutes_since(when(e))))
        feed.append(f"""<li class="liveblog-entry" id="{e["id"]}">
<div class="liveblog-entry__time"><span class="liveblog-entry__hour">{e["label"]}</span> <span class="liveblog-entry__ago">{ago}</span></div>
<h3 class="liveblog-entry__title">{esc(e["headline"])}</h3>
<div class="liveblog-entry__body">{paras([e["text"]])}</div>
<p class="liveblog-entry__source">{esc(e["source"])}</p>
</li>""")
        if e["id"] == see_after:
            feed.append(
                f'<li class="liveblog-related"><span>Veja também</span> <a href="/pais/teaser">{p.fur(n.teasers(1)[0])}</a></li>'
            )
        if e["id"] == ad_after:
            feed.append(
                f'<li class="liveblog-ad"><span class="liveblog-ad__label">Publicidade</span><a href="https://ads.invalid/sic">{p.fur(n.ad())}</a></li>'
            )
    weather = f"Lisboa {n.temperature(12, 16)}°C"
    return f"""<!DOCTYPE html>
<html lang="pt-PT">
{head(title, "Epicentro no mar, a sudoeste de Sines.", "https://sicnoticias.invalid/pais/2026-12-06-sismo-sentido-em-lisboa-e-setubal-direto-8a1f2c", site="SIC Notícias", lang_meta="pt_PT", published=ts("14:50", WET))}
<body class="article-page live-page">
<div class="cmp-sic"><p>{p.fur(n.cookie())}</p><button>Aceitar</button><button>Definições</button></div>
<header class="sic-header"><a class="sic-header__logo" href="/">SIC Notícias</a>
<nav class="sic-header__nav"><ul>{nav("País|Mundo|Economia|Política|Desporto|Cultura|Programas|Em Direto")}</ul></nav>
<span class="sic-header__weather">{p.fur(weather)}</span></header>
<main class="sic-main">
<article class="live-article">
<p class="live-article__section">País</p>
<h1 class="live-article__title">{esc(title)}</h1>
<p class="live-article__date">{p.fur("06 dez 2026, 14:50")}</p>
<div class="live-article__share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a></div>
<div class="live-article__lead">{paras(intro)}</div>
<ul class="liveblog">
{"".join(feed)}
</ul>
</article>
<aside class="sic-mais-lidas"><h2>Mais lidas</h2><ol>{items(p, n.most_read(5), "", "", "/mais-lidas-")}</ol></aside>
<aside class="sic-relacionados"><h2>Relacionados</h2><ul>{items(p, n.related(3), "", "", "/relacionados-")}</ul></aside>
<aside class="sic-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="sic-footer"><ul>{nav("Estatuto editorial|Termos de utilização|Política de privacidade|Cookies|Contactos")}</ul><p>{p.fur("© 2026 SIC - Sociedade Independente de Comunicação")}</p></footer>
</body>
</html>
"""
