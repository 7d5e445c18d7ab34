"""Ten articles carrying update, correction, clarification or editor's notes, one publisher's
markup each (invented text)."""

from __future__ import annotations

from kit import Page, esc, head, template
from noise import Noise

ET, PT_US, CET, WET = "-05:00", "-08:00", "+01:00", "+00:00"


def ts(clock: str, zone: str) -> str:
    return f"2026-12-06T{clock}:00{zone}"


def items(p: Page, lines: list[str], li: str = "", a: str = "", href: str = "/") -> str:
    """A list of furniture links, each registered."""
    li_attr = f' class="{li}"' if li else ""
    a_attr = f' class="{a}"' if a else ""
    return "\n".join(
        f'<li{li_attr}><a{a_attr} href="{href}{i}">{p.fur(line)}</a></li>'
        for i, line in enumerate(lines, 1)
    )


def nav(labels: str, a: str = "") -> str:
    a_attr = f' class="{a}"' if a else ""
    return "".join(
        f'<li><a{a_attr} href="/{label.lower().replace(" ", "-")}">{esc(label)}</a></li>'
        for label in labels.split("|")
    )


# ---------------------------------------------------------------------------------------------
# CBS News: bold "UPDATE (4:10 p.m. ET):" paragraphs on top, italic editor's note at the bottom


@template("cbsnews-water-main", "CBS News", "en", "updates")
def cbsnews(p: Page, n: Noise, genuine: bool) -> str:
    title = "Water main break floods downtown Ridgeport, leaves 41,000 under boil-water notice"
    body = p.body(
        [
            "A 90-year-old water main ruptured beneath Commerce Street in downtown Ridgeport, Ohio, early Sunday, flooding four blocks and leaving about 41,000 residents under a boil-water notice, city officials said.",
            "Video from the scene showed cars submerged to their door handles near Fifth Avenue. Firefighters used an inflatable boat to reach two people inside a stalled delivery van; neither was hurt, the fire department said.",
            "Public Works Director Angela Murray said the break appeared to have started shortly after 5 a.m. The cast-iron pipe, laid in 1936, had been on the city's replacement list for six years.",
            '"We knew this line was tired," Murray told reporters. "We did not know it would go today."',
            "Residents east of Maumee Creek were told to boil tap water for at least one minute before drinking or cooking with it. The city opened three bottled water pickup sites, including the Lakeview Community Center on Orchard Road.",
            "Several restaurants along Commerce Street closed for the day, and a holiday parade planned for Sunday afternoon was postponed.",
            "Murray said full repairs could take until Monday and that the city would ask the state for emergency money to speed up the replacement of its remaining cast-iron mains.",
        ]
    )
    top = []
    if genuine:
        text = p.note(
            "update",
            "UPDATE (5:40 p.m. ET)",
            ts("17:40", ET),
            "Tests came back clean for neighborhoods west of Fifth Avenue, and the boil-water notice was lifted there, the city said. It remains in effect east of the creek.",
            genuine=True,
        )
        top.append(f"<p><strong>UPDATE (5:40 p.m. ET):</strong> {text}</p>")
    text = p.note(
        "update",
        "UPDATE (4:10 p.m. ET)",
        ts("16:10", ET),
        "City officials said crews had isolated the broken main and that water pressure was returning to most homes on the east side. The boil-water notice remains in effect.",
    )
    top.append(f"<p><strong>UPDATE (4:10 p.m. ET):</strong> {text}</p>")
    note = p.note(
        "editors_note",
        "Editor's note",
        None,
        "Ridgeport Water Works sponsors a CBS News community event in Ohio. The sponsorship had no role in this report.",
    )
    read_more_after = n.pick(1, 4)
    read_more = n.teasers(1)[0]
    ad_filled = n.chance(0.7)
    ad_text = n.ad()
    paras = []
    for i, para in enumerate(body):
        paras.append(f"<p>{esc(para)}</p>")
        if i == read_more_after:
            paras.append(
                f'<p class="content__related"><strong>Read more:</strong> <a href="/news/teaser-{i}/">{p.fur(read_more)}</a></p>'
            )
        if i == 3:
            slot = (
                f'<div class="ad-wrapper__body"><a href="https://ads.invalid/c">{p.fur(ad_text)}</a></div>'
                if ad_filled
                else '<div class="ad-wrapper__body" data-empty="true"></div>'
            )
            paras.append(
                f'<div class="ad-wrapper ad-wrapper--inline" id="mpu-plus-top"><span class="ad-wrapper__label">Advertisement</span>{slot}</div>'
            )
    updated = "5:42 PM EST" if genuine else "4:12 PM EST"
    modified = ts("17:42", ET) if genuine else ts("16:12", ET)
    return f"""<!DOCTYPE html>
<html lang="en">
{head(title, "A 90-year-old pipe burst under Commerce Street.", "https://www.cbsnews.invalid/news/ridgeport-ohio-water-main-break-boil-water-notice/", site="CBS News", lang_meta="en_US", published=ts("09:31", ET), modified=modified)}
<body class="content-type--article device--desktop">
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog"><div id="onetrust-policy"><p id="onetrust-policy-text">{p.fur(n.cookie())}</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div>
<header class="site-header" id="site-header"><div class="site-header__logo"><a href="/"><span class="sr-only">CBS News</span></a></div>
<nav class="site-nav"><ul class="site-nav__list">{nav("U.S.|World|Politics|Entertainment|HealthWatch|MoneyWatch|Crime|Sports|Essentials")}</ul></nav>
<a class="site-header__live" href="/live/">Watch CBS News</a></header>
<div class="ad-wrapper ad-wrapper--leaderboard"><span class="ad-wrapper__label">Advertisement</span><div id="leader-plus-top"></div></div>
<main id="main-content">
<article class="content content--article has-video" id="article-0">
<header class="content__header">
<p class="content__section"><a href="/us/">U.S.</a></p>
<h1 class="content__title">{esc(title)}</h1>
<p class="content__meta content__meta--byline"><span class="byline__author"><a href="/team/dana-whitfield/">By Dana Whitfield</a>, <a href="/team/tomas-reyes/">Tomás Reyes</a></span></p>
<p class="content__meta content__meta--timestamp"><time datetime="{modified}">{p.fur(f"Updated on: December 6, 2026 / {updated} / CBS News")}</time></p>
<figure class="embed embed--video"><div class="player" data-id="vid-51877"></div><figcaption class="embed__caption">{p.fur("Water rushes along Commerce Street in Ridgeport, Ohio, on Sunday morning.")}</figcaption></figure>
</header>
<ul class="content__share"><li><a href="#fb">Facebook</a></li><li><a href="#tw">Twitter</a></li><li><a href="#rd">Reddit</a></li><li><a href="#fl">Flipboard</a></li><li><a href="#em">Email</a></li></ul>
<section class="content__body">
{"".join(top)}
{"".join(paras)}
<p><em><strong>Editor's note:</strong> {note}</em></p>
</section>
<footer class="content__footer">
<p class="content__tags">In: <a href="/tag/flooding/">Flooding</a>, <a href="/tag/ohio/">Ohio</a></p>
<div class="content__author-bio"><p>{p.fur("Dana Whitfield is a reporter for CBS News based in Columbus, Ohio.")}</p></div>
</footer>
</article>
<aside class="component component--more" data-component="more-from">
<h2 class="component__title">More from CBS News</h2>
<ul class="component__list">{items(p, n.related(3), "item", "item__anchor", "/news/more-")}</ul>
</aside>
<aside class="component component--trending"><h2 class="component__title">Trending News</h2>
<ol class="component__list">{items(p, n.most_read(5), "item", "item__anchor", "/news/trending-")}</ol></aside>
<section class="newsletter-signup"><h3>Morning Rounds</h3><p>{p.fur(n.newsletter())}</p><form><input type="email" placeholder="Email address"><button>Sign Up</button></form></section>
</main>
<footer class="site-footer"><ul class="site-footer__links">{nav("Privacy Policy|California Notice|Do Not Sell My Personal Information|Terms of Use|About|Advertise|Closed Captioning|CBS News Store")}</ul>
<p class="site-footer__copyright">{p.fur("Copyright ©2026 CBS Interactive Inc. All rights reserved.")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Los Angeles Times: "For the record" box above the body, italic "Updated at …" line at the end


@template("latimes-reservoir", "Los Angeles Times", "en", "updates")
def latimes(p: Page, n: Noise, genuine: bool) -> str:
    title = "Foothill reservoir drops to its lowest December level in 30 years"
    body = p.body(
        [
            "The Ventana Reservoir above Altamira fell to 31% of capacity this week, its lowest level for early December since 1996, according to figures released Sunday by the Foothill Water Authority.",
            "The authority said it would ask its 14 member cities to limit outdoor watering to one day a week starting Jan. 1, a step it last took during the drought of 2015.",
            '"We are not in an emergency yet, but we are close enough to see it," said Carmen Ibarra, the authority\'s general manager.',
            "The reservoir supplies about a third of the water used by 620,000 residents of the eastern foothills. Ibarra said the rest comes from groundwater and imported supplies, both under strain.",
            "Rainfall in the watershed since October has been less than a quarter of normal, the National Weather Service said. Forecasters see no significant storm before mid-December.",
            "Some growers in the valley below the dam said they had already begun fallowing fields. \"You don't plant what you can't water,\" said Luis Ortega, who grows citrus on 40 acres near Sorrel Springs.",
            "The authority's board will vote on the restrictions at a special meeting Tuesday.",
        ]
    )
    record = p.note(
        "correction",
        "For the record",
        ts("10:40", PT_US),
        "10:40 a.m. Dec. 6, 2026: An earlier version of this article said the reservoir was at 21% of capacity. It is at 31%.",
        words="An earlier version of this article said the",
    )
    updated = p.note(
        "update",
        "Updated at 12:25 p.m. Dec. 6",
        ts("12:25", PT_US),
        "This story has been updated with comments from growers in the valley and the date of the board's vote.",
    )
    promo_after = n.pick(2, 4)
    promo = n.teasers(1)[0]
    paras = []
    for i, para in enumerate(body):
        paras.append(f"<p>{esc(para)}</p>")
        if i == promo_after:
            paras.append(
                f'<ps-promo class="promo promo-in-body" data-content-type="article"><div class="promo-content"><p class="promo-title-container"><span class="promo-label">More to Read</span> <a class="link" href="/california/story/promo">{p.fur(promo)}</a></p></div></ps-promo>'
            )
        if i == 1:
            paras.append(
                f'<div class="enhancement"><div class="google-dfp" data-ad-label="Advertisement"><span class="ad-label">Advertisement</span><a href="https://ads.invalid/la">{p.fur(n.ad())}</a></div></div>'
            )
    return f"""<!DOCTYPE html>
<html lang="en-US">
{head(title, "Water managers will ask cities to limit outdoor watering.", "https://www.latimes.invalid/california/story/2026-12-06/ventana-reservoir-lowest-level", site="Los Angeles Times", lang_meta="en_US", published=ts("09:05", PT_US), modified=ts("12:25", PT_US))}
<body class="page-article" data-page-type="article">
<div id="truste-consent-track" class="truste-banner"><p class="truste-message">{p.fur(n.cookie())}</p><button id="truste-consent-button">Accept</button><button id="truste-show-consent">Cookie Preferences</button></div>
<ps-header class="header"><div class="header-logo"><a href="/" aria-label="Los Angeles Times"></a></div>
<nav class="nav-menu"><ul class="nav-menu-items">{nav("California|Politics|Business|Entertainment & Arts|Climate & Environment|Food|Opinion|Sports")}</ul></nav>
<a class="header-subscribe" href="/subscribe">Subscribe</a><a class="header-login" href="/login">Log In</a></ps-header>
<main class="page-main"><div class="page-content">
<ps-article class="article">
<div class="page-article-container"><div class="page-article-main">
<div class="breadcrumb"><a href="/california">California</a></div>
<h1 class="headline">{esc(title)}</h1>
<p class="page-subheadline">Water managers will ask 14 cities to limit outdoor watering to one day a week.</p>
<div class="byline"><div class="author-name"><a href="/people/rafael-soto">Rafael Soto</a></div><div class="byline-text">Staff Writer</div></div>
<time class="published-date" datetime="{ts("09:05", PT_US)}">{p.fur("Dec. 6, 2026 9:05 AM PT")}</time>
<div class="share-toolbar"><a href="#share-facebook">Share via Facebook</a><a href="#share-x">Share via X</a><a href="#share-email">Share via Email</a><a href="#share-link">Copy Link</a></div>
<div class="listen-bar"><span>{p.fur(f"Listen to this article · {n.pick(4, 5)} min")}</span></div>
<div class="for-the-record"><h3 class="for-the-record-title">For the record:</h3><p>{record}</p></div>
<div class="rich-text-article-body"><div class="rich-text-body">
{"".join(paras)}
<p><i>Updated at 12:25 p.m. Dec. 6: {updated}</i></p>
</div></div>
<div class="newsletter-promo"><h3>Essential California</h3><p>{p.fur(n.newsletter())}</p><a class="button" href="/newsletters">Sign Me Up</a></div>
<div class="author-bio"><p>{p.fur("Rafael Soto covers water and the environment for The Times from its Riverside bureau.")}</p></div>
</div></div>
</ps-article>
<section class="more-to-read"><h2>More to Read</h2><ul>{items(p, n.related(3), "promo-item", "link", "/california/story/more-")}</ul></section>
<section class="most-read"><h2>Most Read in California</h2><ol>{items(p, n.most_read(5), "promo-item", "link", "/california/story/read-")}</ol></section>
</div></main>
<footer class="footer"><ul>{nav("About Us|Contact Us|E-Newspaper|Advertise|Terms of Service|Privacy Policy|CA Notice of Collection")}</ul>
<p class="footer-copyright">{p.fur("Copyright © 2026, Los Angeles Times | Terms of Service | Privacy Policy")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Bloomberg: "(Updates with … in fifth paragraph.)" as the first line; an italic clarification


@template("bloomberg-lithium", "Bloomberg", "en", "updates")
def bloomberg(p: Page, n: Noise, genuine: bool) -> str:
    title = "Lithium Refiner Halts Nevada Expansion as Prices Slide"
    body = p.body(
        [
            "Silverpeak Materials Inc. halted a $1.2 billion expansion of its lithium refinery in Nevada, the latest producer to pull back as prices for the battery metal extend a two-year slump.",
            "The company will keep its existing plant near Ely running at full capacity but has paused construction of a second processing line, Chief Executive Officer Marguerite Lund said in a statement Sunday.",
            "Lithium carbonate prices have fallen about 18% since September, according to a benchmark assessment, as new supply from South America and Africa outpaces demand from electric-vehicle makers.",
            "Silverpeak shares closed at $14.20 on Friday and have lost almost half their value this year.",
            '"This is a capital-discipline decision, not a vote against lithium," said Devin Rao, an analyst at Harrow Capital Markets. "They can restart in 12 months if prices recover."',
            "About 300 construction workers will be affected, the company said, though it expects to keep most of its 450 permanent staff.",
            "Nevada's Office of Economic Development said it was in talks with the company about tax credits granted for the expansion.",
        ]
    )
    upd = p.note(
        "update",
        None,
        None,
        "(Updates with analyst comment in fifth paragraph.)",
        words="Updates with analyst comment in fifth paragraph.",
    )
    clar = p.note(
        "clarification",
        "Clarification",
        None,
        "An earlier version of this story did not make clear that the price figures refer to lithium carbonate rather than lithium hydroxide.",
    )
    para = p.mod("Paragraph", "text")
    inline_after = n.pick(2, 3)
    paras = [f'<p class="{para}">{upd}</p>']
    for i, text in enumerate(body):
        paras.append(f'<p class="{para}">{esc(text)}</p>')
        if i == inline_after:
            paras.append(
                f'<div class="{p.mod("InlineNewsletter", "container")}"><p>{p.fur(n.newsletter())}</p><button>Sign Up</button></div>'
            )
        if i == 4:
            paras.append(
                f'<div class="{p.mod("Ad", "inline")}" data-ad-placement="mid"><span class="{p.mod("Ad", "label")}">Advertisement</span></div>'
            )
    tickers = [
        n.market("S&P 500 Futures", 6041.2, sep=",", dec=".", unit="%"),
        n.market("Nasdaq 100 Futures", 21204.5, sep=",", dec=".", unit="%"),
        n.market("Crude Oil", 71.42, sep=",", dec=".", unit="%"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
{head(title, "Silverpeak pauses a second processing line near Ely.", "https://www.bloomberg.invalid/news/articles/2026-12-06/lithium-refiner-halts-nevada-expansion", site="Bloomberg", lang_meta="en_US", published=ts("11:48", ET), modified=ts("15:31", ET))}
<body>
<div class="{p.mod("Consent", "banner")}"><p>{p.fur(n.cookie())}</p><button>Accept</button><button>Manage</button></div>
<header class="{p.mod("Nav", "root")}"><a class="{p.mod("Nav", "logo")}" href="/">Bloomberg</a>
<nav><ul>{nav("Markets|Economics|Industries|Tech|AI|Politics|Wealth|Pursuits|Opinion")}</ul></nav>
<a href="/subscriptions">Subscribe</a><a href="/account">Sign In</a>
<ul class="{p.mod("Ticker", "strip")}">{"".join(f"<li>{p.fur(t)}</li>" for t in tickers)}</ul></header>
<main class="{p.mod("Article", "main")}">
<article class="{p.mod("Article", "article")}">
<div class="{p.mod("Eyebrow", "root")}"><a href="/industries">Industries</a></div>
<h1 class="{p.mod("Headline", "root")}">{esc(title)}</h1>
<ul class="{p.mod("Abstract", "list")}"><li>Company keeps existing plant near Ely at full capacity</li><li>About 300 construction jobs affected by pause</li></ul>
<div class="{p.mod("Byline", "root")}"><a href="/authors/haalto">Henrik Aalto</a></div>
<div class="{p.mod("Timestamp", "root")}"><time datetime="{ts("11:48", ET)}">{p.fur("December 6, 2026 at 11:48 AM EST")}</time><span>{p.fur("Updated on December 6, 2026 at 3:31 PM EST")}</span></div>
<div class="{p.mod("Toolbar", "root")}"><button>Save</button><button>Gift this article</button><button>{p.fur(f"Listen to this article · {n.pick(3, 4)}:{n.pick(10, 59)} min")}</button></div>
<div class="{p.mod("ArticleBody", "root")} body-content">
{"".join(paras)}
<p class="{para}"><em>Clarification: {clar}</em></p>
</div>
<div class="{p.mod("Contact", "box")}"><p>{p.fur("To contact the reporter on this story: Henrik Aalto in Reno at haalto@bloomberg.invalid")}</p><p>{p.fur("To contact the editors responsible for this story: Joanna Pike at jpike@bloomberg.invalid")}</p></div>
<p class="{p.mod("Follow", "root")}">{p.fur("Follow all new stories by Henrik Aalto")}</p>
</article>
<aside class="{p.mod("MostRead", "root")}"><h2>Most Read</h2><ol>{items(p, n.most_read(5), "", "", "/news/most-read-")}</ol></aside>
<aside class="{p.mod("More", "root")}"><h2>More From Bloomberg</h2><ul>{items(p, n.related(3), "", "", "/news/more-")}</ul></aside>
</main>
<footer class="{p.mod("Footer", "root")}"><ul>{nav("Terms of Service|Do Not Sell or Share My Personal Information|Trademarks|Privacy Policy|Careers|Made in NYC|Advertise|Ad Choices|Help")}</ul>
<p>{p.fur("©2026 Bloomberg L.P. All Rights Reserved.")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Handelsblatt: custom elements; bold "Aktualisierung, 14.20 Uhr:" inside the text, italic
# "Nachtrag:" at the end


@template("handelsblatt-zoelle", "Handelsblatt", "de", "updates")
def handelsblatt(p: Page, n: Noise, genuine: bool) -> str:
    title = "Zollstreit: Maschinenbauer fürchten Einbruch im US-Geschäft"
    body = p.body(
        [
            "Die deutschen Maschinenbauer rechnen wegen der angekündigten US-Zölle auf Industriegüter mit einem deutlichen Rückgang ihres Amerikageschäfts. Der Branchenverband Maschinenbau Deutschland (VMD) erwartet für 2027 ein Minus von bis zu zwölf Prozent bei den Exporten in die Vereinigten Staaten.",
            "„Für viele Mittelständler sind die USA der wichtigste Markt außerhalb Europas“, sagte VMD-Präsidentin Katrin Oberländer am Sonntag in Frankfurt. Jedes fünfte Mitgliedsunternehmen erziele dort mehr als ein Viertel seines Umsatzes.",
            "Washington hatte am Freitag angekündigt, ab Februar Zölle von 15 Prozent auf Werkzeugmaschinen, Pumpen und Kompressoren zu erheben. Die EU-Kommission prüft Gegenmaßnahmen.",
            "Besonders betroffen wären Hersteller aus Baden-Württemberg und Nordrhein-Westfalen. Ein Sprecher des Pumpenherstellers Rheinhold in Bochum sagte, man prüfe bereits, Teile der Endmontage nach Ohio zu verlagern.",
            "Ökonomen warnen vor Folgen für die gesamte Industrie. „Der Maschinenbau ist ein Frühindikator“, sagte Lena Weißgerber vom Institut für Wirtschaftsforschung Halle-Nord. „Wenn hier die Aufträge wegbrechen, sehen wir das ein halbes Jahr später überall.“",
            "Die Bundesregierung will am Montag mit Vertretern der Branche über mögliche Hilfen beraten.",
        ]
    )
    update = p.note(
        "update",
        "Aktualisierung, 14.20 Uhr",
        ts("14:20", CET),
        "Die EU-Kommission hat inzwischen bestätigt, dass sie eine Liste mit möglichen Gegenzöllen vorbereitet. Eine Entscheidung solle noch vor Weihnachten fallen.",
    )
    late = ""
    if genuine:
        text = p.note(
            "update",
            "Aktualisierung, 23.15 Uhr",
            ts("23:15", CET),
            "Nach Angaben aus Washington sollen Ersatzteile und Wartungsleistungen von den neuen Zöllen ausgenommen werden. Der VMD sprach von einem ersten Signal der Entspannung.",
            genuine=True,
        )
        late = f'<app-storyline-paragraph class="c-storyline__paragraph"><p><strong>Aktualisierung, 23.15 Uhr:</strong> {text}</p></app-storyline-paragraph>'
    nachtrag = p.note(
        "update",
        "Nachtrag",
        None,
        "Das Bundeswirtschaftsministerium hat nach Erscheinen dieses Artikels mitgeteilt, dass das Treffen mit der Branche bereits am Montagvormittag stattfinden soll.",
    )
    teaser_after = n.pick(0, 3)
    teaser = n.teasers(1)[0]
    ad = n.ad() if n.chance(0.75) else None
    parts = [late]
    for i, text in enumerate(body):
        parts.append(
            f'<app-storyline-paragraph class="c-storyline__paragraph"><p>{esc(text)}</p></app-storyline-paragraph>'
        )
        if i == 2:
            parts.append(
                f'<app-storyline-paragraph class="c-storyline__paragraph"><p><strong>Aktualisierung, 14.20 Uhr:</strong> {update}</p></app-storyline-paragraph>'
            )
        if i == teaser_after:
            parts.append(
                f'<app-teaser-inline class="c-teaser-inline"><span class="c-teaser-inline__kicker">Mehr zum Thema:</span> <a href="/unternehmen/teaser.html">{p.fur(teaser)}</a></app-teaser-inline>'
            )
        if i == 1:
            fill = f'<a href="https://ads.invalid/hb">{p.fur(ad)}</a>' if ad else ""
            parts.append(
                f'<app-ad-slot class="c-ad-slot" data-slot="content_1"><span class="c-ad-slot__label">Anzeige</span>{fill}</app-ad-slot>'
            )
    dax = n.market("DAX", 19842.15)
    euro = n.market("Euro/Dollar", 1.0842, dec=",")
    stamp = "07.12.2026 - 00:01 Uhr" if genuine else "06.12.2026 - 14:48 Uhr"
    modified = "2026-12-07T00:01:00+01:00" if genuine else ts("14:48", CET)
    return f"""<!DOCTYPE html>
<html lang="de">
{head(title, "Der Branchenverband erwartet ein Exportminus von bis zu zwölf Prozent.", "https://www.handelsblatt.invalid/unternehmen/industrie/zollstreit-maschinenbauer/100190221.html", site="Handelsblatt", lang_meta="de_DE", published=ts("11:05", CET), modified=modified)}
<body>
<app-root>
<div class="cmp-container" id="sp_message_container"><p>{p.fur(n.cookie())}</p><button>Zustimmen</button><button>Einstellungen</button><a href="/pur">Ohne Werbung lesen: Handelsblatt PUR</a></div>
<app-header class="c-header"><a class="c-header__logo" href="/">Handelsblatt</a>
<nav class="c-header__nav"><ul>{nav("Politik|Unternehmen|Technologie|Finanzen|Karriere|Meinung|Audio|Premium")}</ul></nav>
<div class="c-ticker"><span class="c-ticker__item">{p.fur(dax)}</span><span class="c-ticker__item">{p.fur(euro)}</span></div></app-header>
<app-story-detail class="c-story">
<app-story-header class="c-story-header">
<span class="c-story-header__kicker">Zollstreit</span><span class="c-badge c-badge--premium">Premium</span>
<h1 class="c-story-header__headline">Maschinenbauer fürchten Einbruch im US-Geschäft</h1>
<p class="c-story-header__lead">Die angekündigten US-Zölle treffen vor allem den Mittelstand. Der Branchenverband rechnet mit zweistelligen Einbußen.</p>
<div class="c-story-header__meta"><span class="c-author">Julian Brenner, Sophie Kranz</span> <span class="c-date">{p.fur(stamp)}</span></div>
<app-audio-player class="c-audio"><span>{p.fur(f"Artikel anhören · {n.pick(5, 7)} Min.")}</span></app-audio-player>
</app-story-header>
<app-storyline class="c-storyline">
{"".join(parts)}
<app-storyline-paragraph class="c-storyline__paragraph"><p><em>Nachtrag: {nachtrag}</em></p></app-storyline-paragraph>
</app-storyline>
<app-story-footer class="c-story-footer"><p class="c-story-footer__source">{p.fur("Mehr: Wie sich der Mittelstand gegen Zölle wappnet")}</p>
<a class="c-comments" href="#kommentare">{p.fur(f"{n.count(23, 4)} Kommentare")}</a></app-story-footer>
</app-story-detail>
<aside class="c-most-read"><h2>Meistgelesene Artikel</h2><ol>{items(p, n.most_read(5), "", "", "/meistgelesen-")}</ol></aside>
<aside class="c-newsletter"><h2>Newsletter</h2><p>{p.fur(n.newsletter())}</p></aside>
<aside class="c-related"><h2>Mehr zum Thema</h2><ul>{items(p, n.related(3), "", "", "/thema-")}</ul></aside>
<app-footer class="c-footer"><ul>{nav("Impressum|Datenschutz|AGB|Kontakt|Mediadaten|Cookie-Einstellungen")}</ul><p>{p.fur("© Handelsblatt GmbH – Alle Rechte vorbehalten. Nutzungsrechte erwerben?")}</p></app-footer>
</app-root>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# stern: italic "Transparenzhinweis:" on top, a boxed "Nachtrag vom 6. Dezember 2026, 19.05 Uhr:"


@template("stern-pflegeheim", "stern", "de", "updates")
def stern(p: Page, n: Noise, genuine: bool) -> str:
    title = "Pflegeheim in Lüneburg: Bewohner mussten stundenlang auf Hilfe warten"
    body = p.body(
        [
            "In einem privaten Pflegeheim in Lüneburg haben Bewohnerinnen und Bewohner nach Recherchen des stern in mehreren Nächten bis zu drei Stunden auf Hilfe gewartet.",
            "Grund war nach Aussagen von vier ehemaligen Pflegekräften eine defekte Rufanlage, die seit dem Sommer immer wieder ausfiel. Die Leitung des Hauses Ilmenaublick habe davon gewusst, sagen sie.",
            "„Wir sind nachts mit Taschenlampen über die Flure gelaufen und haben an jede Tür geklopft“, sagt eine frühere Mitarbeiterin, die ihren Namen nicht in der Zeitung lesen möchte.",
            "Die Heimaufsicht des Landkreises bestätigte, dass im Oktober eine unangemeldete Prüfung stattgefunden habe. Zu den Ergebnissen wollte sie sich mit Verweis auf das laufende Verfahren nicht äußern.",
            "Angehörige berichten von Stürzen, die erst am Morgen bemerkt wurden. Eine Tochter zeigt ein Foto ihrer Mutter mit einem großen Bluterguss am Arm.",
            "Der Sozialverband in Niedersachsen fordert, dass Rufanlagen in Heimen künftig jedes Jahr technisch geprüft werden.",
        ]
    )
    hint = p.note(
        "editors_note",
        "Transparenzhinweis",
        None,
        "Die Autorin dieses Textes war bis 2024 im Förderverein des Heims aktiv. Sie hat an der Recherche mitgewirkt, den Text aber nicht allein verantwortet.",
    )
    nachtrag = p.note(
        "update",
        "Nachtrag vom 6. Dezember 2026, 19.05 Uhr",
        ts("19:05", CET),
        "Der Betreiber hat sich inzwischen zu den Vorwürfen geäußert. Man habe zwei zusätzliche Nachtkräfte eingestellt und die Rufanlage austauschen lassen.",
    )
    tx = "text-element u-richtext u-typo u-typo--article-text"
    parts = [f'<div class="{tx}"><p><em>Transparenzhinweis: {hint}</em></p></div>']
    for i, text in enumerate(body):
        parts.append(f'<div class="{tx}"><p>{esc(text)}</p></div>')
        if i == 1:
            parts.append(
                f'<div class="teaser-plaintext teaser-plaintext--inline"><span class="teaser-plaintext__kicker">Mehr zum Thema</span><a class="teaser-plaintext__link" href="/gesellschaft/teaser.html">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if i == 3:
            parts.append(
                f'<div class="ad-container ad-container--inarticle"><span class="ad-container__label">Anzeige</span><a href="https://ads.invalid/st">{p.fur(n.ad())}</a></div>'
            )
    return f"""<!DOCTYPE html>
<html lang="de">
{head(title, "Eine defekte Rufanlage, Stürze in der Nacht: Recherche aus einem Pflegeheim.", "https://www.stern.invalid/gesellschaft/pflegeheim-lueneburg-rufanlage-3518844.html", site="stern.de", lang_meta="de_DE", published=ts("06:00", CET), modified=ts("19:05", CET))}
<body class="page page--article">
<div class="consent-layer"><p>{p.fur(n.cookie())}</p><button>Akzeptieren</button><a href="/plus">Werbefrei mit stern+</a></div>
<header class="page-header"><a class="page-header__logo" href="/">stern</a>
<nav class="page-header__nav"><ul>{nav("Politik|Gesellschaft|Panorama|Kultur|Wirtschaft|Gesundheit|Digital|Reise|stern+")}</ul></nav></header>
<main class="page__content">
<article class="article article--plus">
<header class="article__header">
<div class="title"><span class="title__kicker">Pflege</span><span class="badge badge--plus">stern+</span><h1 class="title__headline">{esc(title)}</h1></div>
<div class="intro typo-intro"><p>Eine defekte Rufanlage, Stürze in der Nacht und eine Heimleitung, die schweigt: Was ehemalige Pflegekräfte berichten.</p></div>
<div class="authors"><span class="authors__name">Von Mirjam Halbach</span> <time class="authors__pubdate" datetime="{ts("06:00", CET)}">{p.fur("06.12.2026, 06:00")}</time> <span class="authors__readingtime">{p.fur(f"{n.pick(4, 6)} Min.")}</span></div>
</header>
<div class="article__body">
{"".join(parts)}
<div class="info-box info-box--update"><div class="{tx}"><p><strong>Nachtrag vom 6. Dezember 2026, 19.05 Uhr:</strong> {nachtrag}</p></div></div>
</div>
<div class="article__share"><span>Teilen</span><a href="#wa">WhatsApp</a><a href="#fb">Facebook</a><a href="#mail">E-Mail</a></div>
<div class="paywall-teaser"><p>{p.fur("Jetzt stern+ testen: vier Wochen für 1 Euro, jederzeit kündbar.")}</p></div>
</article>
<aside class="group group--related"><h2>Weitere Artikel</h2><ul>{items(p, n.related(3), "teaser", "teaser__link", "/gesellschaft/weitere-")}</ul></aside>
<aside class="group group--mostread"><h2>Meistgelesen</h2><ol>{items(p, n.most_read(5), "teaser", "teaser__link", "/meistgelesen-")}</ol></aside>
</main>
<footer class="page-footer"><ul>{nav("Impressum|Datenschutz|Kontakt|Abo|Werben|Nutzungsbasierte Online-Werbung")}</ul><p>{p.fur("© 2026 stern.de GmbH – Ein Unternehmen von RTL Deutschland")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Le Parisien: a boxed "Mise à jour du 6 décembre à 18h" on top


@template("leparisien-fuite-gaz", "Le Parisien", "fr", "updates")
def leparisien(p: Page, n: Noise, genuine: bool) -> str:
    title = "Saint-Denis : un immeuble évacué après une importante fuite de gaz"
    body = p.body(
        [
            "Un immeuble de sept étages de la rue des Tilleuls, à Saint-Denis, a été entièrement évacué dimanche matin après la découverte d'une importante fuite de gaz dans une cave.",
            "Les pompiers, alertés vers 7h40 par un habitant incommodé par l'odeur, ont établi un périmètre de sécurité de cent mètres et coupé l'alimentation en gaz du quartier.",
            "« On est sortis en pyjama, avec le chat sous le bras », raconte Samira, 41 ans, qui vit au quatrième étage depuis douze ans.",
            "Une cinquantaine de personnes ont été accueillies dans un gymnase voisin, où des bénévoles de la Croix-Rouge ont distribué des boissons chaudes.",
            "Selon les premières constatations, la fuite proviendrait d'une canalisation endommagée lors de travaux réalisés la veille par une entreprise privée. Une enquête a été ouverte.",
            "Deux habitants légèrement incommodés ont été examinés sur place par les secours, sans être transportés à l'hôpital.",
        ]
    )
    maj = p.note(
        "update",
        "Mise à jour du 6 décembre à 18h",
        ts("18:00", CET),
        "Les 64 habitants ont été autorisés à regagner leurs logements en fin d'après-midi, à l'exception de ceux du troisième étage, a indiqué la mairie.",
    )
    sec = "article-section margin_bottom_article"
    parts = []
    for i, text in enumerate(body):
        parts.append(f'<p class="paragraph text_align_left">{esc(text)}</p>')
        if i == 1:
            parts.append(
                f'<div class="inline-link"><span class="inline-link__label">À lire aussi</span><a href="/seine-saint-denis-93/teaser.php">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if i == 3:
            parts.append(
                f'<div class="pub pub_inread" data-pub="inread"><p class="pub__label">Publicité</p><a href="https://ads.invalid/lp">{p.fur(n.ad())}</a></div>'
            )
    return f"""<!DOCTYPE html>
<html lang="fr">
{head(title, "Une fuite de gaz dans une cave a provoqué l'évacuation de 64 habitants.", "https://www.leparisien.invalid/seine-saint-denis-93/saint-denis-immeuble-evacue-fuite-de-gaz-06-12-2026.php", site="Le Parisien", lang_meta="fr_FR", published=ts("10:12", CET), modified=ts("18:04", CET))}
<body class="article-page">
<div id="didomi-host"><div class="didomi-popup"><p class="didomi-popup-notice-text">{p.fur(n.cookie())}</p><button>Accepter</button><button>Refuser</button><button>Paramétrer</button></div></div>
<header class="header_main"><a class="logo" href="/">Le Parisien</a>
<nav class="menu"><ul>{nav("Île-de-France & Oise|Faits divers|Politique|Économie|Sports|Culture|Jeux|Abonnés")}</ul></nav>
<a class="btn_subscribe" href="/abonnement">Je m'abonne</a></header>
<main class="layout_main">
<article class="article">
<div class="article_header">
<p class="breadcrumb">Île-de-France & Oise › Seine-Saint-Denis</p>
<h1 class="title_xl">{esc(title)}</h1>
<p class="subheadline">Une cinquantaine de personnes ont été prises en charge dans un gymnase voisin.</p>
<div class="author_container"><span class="author">Par Inès Kerbrat</span> <span class="timestamp">{p.fur("Le 6 décembre 2026 à 10h12, modifié le 6 décembre 2026 à 18h04")}</span></div>
<div class="share_bar"><a href="#fb">Partager sur Facebook</a><a href="#x">Partager sur X</a><a href="#wa">WhatsApp</a><a href="#comments">{p.fur(f"{n.count(23, 3)} commentaires")}</a></div>
</div>
<div class="content">
<section class="{sec}"><div class="article-update"><p class="article-update__label">Mise à jour du 6 décembre à 18h</p><p class="paragraph text_align_left">{maj}</p></div></section>
<section class="{sec}">
{"".join(parts)}
</section>
</div>
<div class="article_footer"><p class="tags">Faits divers · Saint-Denis · Pompiers</p></div>
</article>
<aside class="bloc_most_read"><h2>Les plus lus</h2><ol>{items(p, n.most_read(5), "", "", "/plus-lus-")}</ol></aside>
<aside class="bloc_related"><h2>Sur le même sujet</h2><ul>{items(p, n.related(3), "", "", "/meme-sujet-")}</ul></aside>
<aside class="bloc_newsletter"><h2>Newsletter</h2><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="footer"><ul>{nav("Mentions légales|Conditions générales|Charte de confidentialité|Gestion des cookies|Contact|Publicité")}</ul><p>{p.fur("© Le Parisien - Tous droits réservés")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Sud Ouest: bold inline "MAJ 17h30 :" on top, italic "Rectificatif :" at the bottom, a naive
# datetime and no offset anywhere


@template("sudouest-crue-garonne", "Sud Ouest", "fr", "updates")
def sudouest(p: Page, n: Noise, genuine: bool) -> str:
    title = "Crue de la Garonne : la vigilance orange maintenue, sept routes coupées en Gironde"
    body = p.body(
        [
            "La Garonne continue de monter ce dimanche 6 décembre en Gironde, où la vigilance orange crues reste en vigueur sur le tronçon entre La Réole et Bordeaux.",
            "À Langon, le fleuve atteignait 8,10 mètres en milieu d'après-midi, selon le service de prévision des crues. Plusieurs caves et jardins étaient déjà inondés dans les quartiers bas de la ville.",
            "« On a monté les meubles à l'étage dès jeudi, on connaît la chanson », confie Jean-Pierre, retraité installé au bord du fleuve depuis trente ans.",
            "Au total, sept routes départementales sont coupées, et le Département recommande d'éviter tout déplacement non indispensable dans le Sud-Gironde.",
            "En 2021, la crue avait atteint 9,12 mètres à Langon, provoquant l'évacuation de plusieurs dizaines de foyers.",
            "Un point de situation est prévu lundi matin à la préfecture, à Bordeaux.",
        ]
    )
    tops = []
    if genuine:
        text = p.note(
            "update",
            "MAJ 23h20",
            ts("23:20", CET),
            "Le niveau de la Garonne a atteint 8,74 mètres à Langon à 23 heures, selon Vigicrues. Les pompiers ont procédé à une vingtaine de mises en sécurité à Barsac.",
            genuine=True,
        )
        tops.append(f"<p><strong>MAJ 23h20 :</strong> {text}</p>")
    text = p.note(
        "update",
        "MAJ 17h30",
        ts("17:30", CET),
        "La préfecture annonce la fermeture de la RD 10 entre Langon et Cadillac jusqu'à nouvel ordre. Le pic de crue est désormais attendu dans la nuit de dimanche à lundi.",
    )
    tops.append(f"<p><strong>MAJ 17h30 :</strong> {text}</p>")
    rect = p.note(
        "correction",
        "Rectificatif",
        None,
        "dans une précédente version de cet article, nous indiquions que la crue de 2021 avait atteint 10,12 mètres à Langon. Il s'agissait de 9,12 mètres.",
    )
    read_after = n.pick(1, 3)
    parts = []
    for i, text in enumerate(body):
        parts.append(f"<p>{esc(text)}</p>")
        if i == read_after:
            parts.append(
                f'<div class="article-read-also"><span>Lire aussi</span> <a href="/gironde/teaser.html">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if i == 2:
            fill = (
                f'<a href="https://ads.invalid/so">{p.fur(n.ad())}</a>'
                if n.chance(0.7)
                else '<div class="ad-placeholder"></div>'
            )
            parts.append(
                f'<div class="ad ad--inread"><p class="ad__label">Publicité</p>{fill}</div>'
            )
    weather = f"Bordeaux {n.temperature(7, 11)}°C, averses"
    return f"""<!DOCTYPE html>
<html lang="fr">
{head(title, "Le fleuve atteignait 8,10 mètres à Langon dimanche après-midi.", "https://www.sudouest.invalid/gironde/langon/crue-de-la-garonne-vigilance-orange-routes-coupees-2026120611.php", site="Sud Ouest", lang_meta="fr_FR")}
<body class="page-article">
<div class="cmp-banner"><p>{p.fur(n.cookie())}</p><button>Accepter et fermer</button><button>Personnaliser</button></div>
<header class="main-header"><a class="main-header__logo" href="/">Sud Ouest</a>
<nav class="main-header__nav"><ul>{nav("Gironde|Landes|Pyrénées-Atlantiques|Dordogne|Charente|Sport|Économie|Loisirs")}</ul></nav>
<div class="main-header__weather">{p.fur(weather)}</div>
<a class="main-header__subscribe" href="/abonnement">{p.fur("Abonnez-vous : 1 € le premier mois")}</a></header>
<main class="main-content">
<article class="article-content">
<div class="article-header">
<p class="article-header__section"><a href="/gironde/langon/">Langon</a></p>
<h1 class="article-header__title">{esc(title)}</h1>
<p class="article-header__author">Par Marion Duplantier</p>
<p class="article-header__date"><time datetime="2026-12-06 11:02:00">{p.fur("Publié le 06/12/2026 à 11h02.")}</time> {p.fur("Mis à jour à 17h34.")}</p>
<div class="article-header__share"><a href="#fb">Facebook</a><a href="#tw">Twitter</a><a href="#mail">Mail</a><a href="#com">{p.fur(f"{n.count(12, 2)} commentaires")}</a></div>
</div>
<div class="article-body">
{"".join(tops)}
{"".join(parts)}
<p><em>Rectificatif : {rect}</em></p>
</div>
<div class="article-tags"><a href="/tag/crue/">Crue</a><a href="/tag/garonne/">Garonne</a><a href="/tag/langon/">Langon</a></div>
</article>
<aside class="most-read"><h2>Les plus lus</h2><ol>{items(p, n.most_read(5), "", "", "/plus-lus-")}</ol></aside>
<aside class="related"><h2>À voir aussi</h2><ul>{items(p, n.related(3), "", "", "/a-voir-")}</ul></aside>
<aside class="newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="main-footer"><ul>{nav("Mentions légales|CGU|Données personnelles|Cookies|Contact|Publicité")}</ul><p>{p.fur("© Sud Ouest 2026 - Tous droits réservés")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# la Repubblica: "Ultim'ora" box with a clock on top, bold "Aggiornamento delle 15" inside the text,
# "© Riproduzione riservata" closing the text


@template("repubblica-treni", "la Repubblica", "it", "updates")
def repubblica(p: Page, n: Noise, genuine: bool) -> str:
    title = "Guasto alla linea elettrica, treni regionali fermi tra Bologna e Ferrara"
    body = p.body(
        [
            "Un guasto alla linea elettrica ha bloccato per gran parte della giornata i treni regionali tra Bologna e Ferrara. Il problema si è verificato poco dopo le 7 all'altezza di San Pietro in Casale.",
            "Secondo Rfi, un ramo spezzato dal vento avrebbe danneggiato la linea aerea, provocando un corto circuito. Otto treni sono rimasti fermi in aperta campagna, alcuni per oltre due ore.",
            "«Eravamo al buio, senza riscaldamento e senza informazioni», racconta Giulia, pendolare diretta a Ferrara per un turno in ospedale.",
            "Trenitalia Tper ha attivato bus sostitutivi tra Bologna Centrale e Ferrara, ma le attese alle fermate hanno superato anche i quaranta minuti.",
            "La Regione ha chiesto a Rfi una relazione dettagliata sull'accaduto. L'assessora ai trasporti ha parlato di «un disagio inaccettabile per migliaia di viaggiatori».",
            "Anche i treni dell'alta velocità hanno registrato ritardi fino a 20 minuti per la riduzione della capacità nel nodo di Bologna.",
        ]
    )
    ultim = p.note(
        "update",
        "Ultim'ora",
        ts("18:40", CET),
        "Rfi comunica che la circolazione è ripresa su un binario. I treni viaggiano con ritardi fino a 60 minuti.",
    )
    agg = p.note(
        "update",
        "Aggiornamento delle 15",
        ts("15:00", CET),
        "I tecnici hanno individuato il punto del guasto e stanno sostituendo un tratto di circa 300 metri di linea aerea.",
    )
    parts = []
    for i, text in enumerate(body):
        parts.append(f"<p>{esc(text)}</p>")
        if i == 2:
            parts.append(f"<p><b>Aggiornamento delle 15</b> – {agg}</p>")
        if i == 1:
            parts.append(
                f'<div class="story__inline-link"><span>Leggi anche</span> <a href="/bologna/cronaca/teaser/">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if i == 3:
            parts.append(
                f'<div class="adv adv--middle"><span class="adv__label">Pubblicità</span><a href="https://ads.invalid/rep">{p.fur(n.ad())}</a></div>'
            )
    return f"""<!DOCTYPE html>
<html lang="it">
{head(title, "Otto treni fermi in aperta campagna, bus sostitutivi tra Bologna e Ferrara.", "https://bologna.repubblica.invalid/cronaca/2026/12/06/news/guasto_linea_treni_bologna_ferrara-42118830/", site="la Repubblica", lang_meta="it_IT", published=ts("09:14", CET), modified=ts("18:44", CET))}
<body class="detail-article">
<div class="iubenda-cs-container"><p class="iubenda-cs-content">{p.fur(n.cookie())}</p><button>Accetta</button><button>Rifiuta</button><button>Scopri di più e personalizza</button></div>
<header class="rep-header"><a class="rep-header__logo" href="/">la Repubblica</a>
<nav class="rep-header__nav"><ul>{nav("Politica|Economia|Esteri|Cronaca|Sport|Cultura|Spettacoli|Rep:")}</ul></nav>
<a class="rep-header__subscribe" href="/abbonati/">Abbonati</a></header>
<main class="story-container">
<article class="story">
<header class="story__header">
<p class="story__kicker">Bologna</p>
<h1 class="story__title">{esc(title)}</h1>
<p class="story__summary">Un ramo spezzato dal vento ha danneggiato la linea aerea: otto convogli fermi in aperta campagna.</p>
<p class="story__author">di Lorenzo Bassi</p>
<p class="story__date"><time datetime="{ts("18:44", CET)}">{p.fur("06 Dicembre 2026 alle 18:44")}</time> <span class="story__reading-time">{p.fur(f"{n.pick(2, 3)} minuti di lettura")}</span></p>
</header>
<div class="story__ultimora"><span class="story__ultimora-label">Ultim'ora</span> <span class="story__ultimora-time">ore 18.40</span><p>{ultim}</p></div>
<div class="story__text">
{"".join(parts)}
<p class="story__copyright">{p.fur("© Riproduzione riservata")}</p>
</div>
<div class="story__tools"><a href="#share">Condividi</a><a href="#comments">{p.fur(f"{n.count(41, 5)} commenti")}</a></div>
</article>
<aside class="rep-most-read"><h2>I più letti</h2><ol>{items(p, n.most_read(5), "", "", "/piu-letti-")}</ol></aside>
<aside class="rep-related"><h2>Argomenti</h2><ul>{items(p, n.related(3), "", "", "/argomenti-")}</ul></aside>
<aside class="rep-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="rep-footer"><ul>{nav("Chi siamo|Privacy|Cookie policy|Preferenze cookie|Pubblicità|Contatti")}</ul><p>{p.fur("GEDI Periodici e Servizi S.p.A. - P.IVA 00906801006")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# El Mundo: bold "Actualización 17:45 h." on top, italic "Fe de errores:" at the end


@template("elmundo-apagon", "El Mundo", "es", "updates")
def elmundo(p: Page, n: Noise, genuine: bool) -> str:
    title = "Un apagón deja sin luz a 80.000 hogares en el sur de Madrid"
    body = p.body(
        [
            "Un apagón ha dejado este domingo sin suministro eléctrico a unos 80.000 hogares de varios municipios del sur de la Comunidad de Madrid, según la distribuidora Electra Centro.",
            "El corte comenzó a las 11:20 horas y afectó sobre todo a Getafe, Parla, Fuenlabrada y Leganés, donde varios semáforos dejaron de funcionar y se formaron atascos en las principales avenidas.",
            "La avería se produjo en la subestación de Fuenlabrada, donde un transformador sufrió un incendio que los bomberos sofocaron en menos de media hora.",
            "«Nos quedamos encerrados en el ascensor veinte minutos, hasta que llegaron los bomberos», explicó a este periódico una vecina de Parla.",
            "Metro de Madrid suspendió el servicio en cuatro estaciones de la línea 12 durante casi dos horas. Los hospitales de la zona funcionaron con grupos electrógenos.",
            "La Comunidad ha pedido a la distribuidora un informe sobre las causas del incidente.",
        ]
    )
    tops = []
    if genuine:
        text = p.note(
            "update",
            "Actualización 23:30 h.",
            ts("23:30", CET),
            "Electra Centro da por restablecido el servicio en todos los hogares. El Ayuntamiento de Getafe mantendrá abiertos los dos centros de acogida hasta mañana.",
            genuine=True,
        )
        tops.append(
            f'<p class="ue-c-article__paragraph"><strong>Actualización 23:30 h.</strong> {text}</p>'
        )
    text = p.note(
        "update",
        "Actualización 17:45 h.",
        ts("17:45", CET),
        "La compañía asegura que el suministro se ha restablecido en el 90% de los hogares afectados. Los técnicos siguen trabajando en Getafe y Parla.",
    )
    tops.append(
        f'<p class="ue-c-article__paragraph"><strong>Actualización 17:45 h.</strong> {text}</p>'
    )
    fe = p.note(
        "correction",
        "Fe de errores",
        None,
        "una versión anterior de esta noticia atribuía el apagón a una avería en la subestación de Leganés. La avería se produjo en la de Fuenlabrada.",
    )
    more_after = n.pick(1, 3)
    parts = []
    for i, text in enumerate(body):
        parts.append(f'<p class="ue-c-article__paragraph">{esc(text)}</p>')
        if i == more_after:
            parts.append(
                f'<aside class="ue-c-article__related-inline"><span class="ue-c-article__related-label">Más noticias</span><a href="/madrid/teaser.html">{p.fur(n.teasers(1)[0])}</a></aside>'
            )
        if i == 2:
            fill = f'<a href="https://ads.invalid/em">{p.fur(n.ad())}</a>' if n.chance(0.7) else ""
            parts.append(
                f'<div class="ue-c-ad ue-c-ad--inline"><span class="ue-c-ad__label">Publicidad</span>{fill}</div>'
            )
    comments = n.count(34, 6)
    changed = "23:32" if genuine else "17:48"
    return f"""<!DOCTYPE html>
<html lang="es">
{head(title, "Getafe, Parla, Fuenlabrada y Leganés, los municipios más afectados.", "https://www.elmundo.invalid/madrid/2026/12/06/apagon-sur-madrid-80000-hogares.html", site="El Mundo", lang_meta="es_ES", published=ts("12:31", CET), modified=ts(changed, CET))}
<body class="ue-l-article">
<div class="ue-c-cmp"><p>{p.fur(n.cookie())}</p><button>Aceptar y continuar</button><button>Configurar</button></div>
<header class="ue-c-main-header"><a class="ue-c-main-header__logo" href="/">El Mundo</a>
<nav class="ue-c-main-navigation"><ul>{nav("España|Internacional|Opinión|Economía|Madrid|Deportes|Cultura|Televisión")}</ul></nav>
<a class="ue-c-main-header__premium" href="/suscripciones/">Suscríbete</a></header>
<main class="ue-l-article__main">
<article class="ue-c-article">
<header class="ue-c-article__header">
<p class="ue-c-article__kicker">Madrid</p>
<h1 class="ue-c-article__headline">{esc(title)}</h1>
<p class="ue-c-article__standfirst">Getafe, Parla, Fuenlabrada y Leganés, los municipios más afectados por el corte.</p>
<div class="ue-c-article__byline"><span class="ue-c-article__byline-name">Álvaro Cienfuegos</span><span class="ue-c-article__byline-location">Madrid</span>
<time class="ue-c-article__publishdate" datetime="{ts("12:31", CET)}">{p.fur(f"Actualizado Domingo, 6 diciembre 2026 - {changed}")}</time></div>
<div class="ue-c-article__share"><a href="#fb">Compartir en Facebook</a><a href="#x">Compartir en X</a><a href="#comments">{p.fur(f"Ver {comments} comentarios")}</a></div>
</header>
<div class="ue-c-article__body">
{"".join(tops)}
{"".join(parts)}
<p class="ue-c-article__paragraph"><em>Fe de errores: {fe}</em></p>
</div>
</article>
<aside class="ue-c-most-read"><h2>Lo más leído</h2><ol>{items(p, n.most_read(5), "", "", "/mas-leido-")}</ol></aside>
<aside class="ue-c-related"><h2>Te puede interesar</h2><ul>{items(p, n.related(3), "", "", "/interesar-")}</ul></aside>
<aside class="ue-c-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="ue-c-footer"><ul>{nav("Aviso legal|Política de privacidad|Política de cookies|Configuración de privacidad|Contacto")}</ul><p>{p.fur("© 2026 Unidad Editorial Información General S.L.U.")}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Observador: bold "Última hora:" on top, italic "Atualizado às 16h20 com …" at the end


@template("observador-descarrilamento", "Observador", "pt", "updates")
def observador(p: Page, n: Noise, genuine: bool) -> str:
    title = "Descarrilamento de comboio de mercadorias corta a Linha do Norte perto de Pombal"
    body = p.body(
        [
            "Um comboio de mercadorias descarrilou na madrugada deste domingo perto de Pombal, cortando a circulação na Linha do Norte entre Coimbra e o Entroncamento.",
            "Segundo a Infraestruturas de Portugal, seis dos 22 vagões saíram dos carris pouco depois das 4h30, danificando cerca de 400 metros de via. O maquinista não ficou ferido.",
            "A CP suprimiu as ligações Alfa Pendular e Intercidades no troço afetado e organizou transbordo rodoviário entre Coimbra-B e o Entroncamento.",
            "«Estamos à espera há mais de uma hora e ninguém nos diz nada», queixava-se ao Observador Marta Sequeira, que seguia para Lisboa com dois filhos pequenos.",
            "O Gabinete de Investigação de Acidentes Ferroviários abriu um inquérito às causas do descarrilamento.",
            "Cerca de 9.000 passageiros deverão ser afetados ao longo do dia, estima a CP.",
        ]
    )
    last = p.note(
        "update",
        "Última hora",
        None,
        "A Infraestruturas de Portugal prevê reabrir uma das vias ao início da noite. Os comboios Alfa Pendular continuam suprimidos entre Coimbra e o Entroncamento.",
    )
    upd = p.note(
        "update",
        "Atualizado às 16h20",
        ts("16:20", WET),
        "Atualizado às 16h20 com a previsão de reabertura da Infraestruturas de Portugal e o número de passageiros afetados.",
    )
    parts = [f"<p><strong>Última hora:</strong> {last}</p>"]
    for i, text in enumerate(body):
        parts.append(f"<p>{esc(text)}</p>")
        if i == 2:
            parts.append(
                f'<div class="obs-read-also"><span class="obs-read-also__label">Leia também</span><a href="/2026/12/06/teaser/">{p.fur(n.teasers(1)[0])}</a></div>'
            )
        if i == 1:
            parts.append(
                f'<div class="obs-ad obs-ad--in-article"><span class="obs-ad__label">Publicidade</span><a href="https://ads.invalid/obs">{p.fur(n.ad())}</a></div>'
            )
    return f"""<!DOCTYPE html>
<html lang="pt-PT">
{head(title, "Seis vagões saíram dos carris; a CP organizou transbordo rodoviário.", "https://observador.invalid/2026/12/06/descarrilamento-comboio-mercadorias-linha-do-norte-pombal/", site="Observador", lang_meta="pt_PT", published=ts("08:52", WET), modified=ts("16:20", WET))}
<body class="single single-post">
<div class="obs-consent"><p>{p.fur(n.cookie())}</p><button>Concordo</button><button>Ver opções</button></div>
<header class="obs-header"><a class="obs-header__logo" href="/">Observador</a>
<nav class="obs-header__nav"><ul>{nav("Últimas|Política|Sociedade|Economia|Mundo|Cultura|Desporto|Opinião|Rádio")}</ul></nav>
<a class="obs-header__premium" href="/assinar/">Assinar</a></header>
<main class="obs-main">
<article class="article-content">
<header class="article-head">
<p class="article-head__kicker">Ferrovia</p>
<h1 class="article-title">{esc(title)}</h1>
<p class="article-lead">Seis vagões saíram dos carris. A CP organizou transbordo rodoviário entre Coimbra-B e o Entroncamento.</p>
<p class="article-authors">Texto de Rui Valadares</p>
<p class="article-date"><time datetime="{ts("08:52", WET)}">{p.fur("6 dez. 2026, 08:52")}</time></p>
<div class="article-share"><a href="#fb">Partilhe no Facebook</a><a href="#x">Partilhe no X</a><a href="#wa">Partilhe no WhatsApp</a><a href="#comments">{p.fur(f"{n.count(17, 3)} comentários")}</a></div>
</header>
<div class="article-body-content">
{"".join(parts)}
<p><em>{upd}</em></p>
</div>
</article>
<aside class="obs-most-read"><h2>Mais lidas</h2><ol>{items(p, n.most_read(5), "", "", "/mais-lidas-")}</ol></aside>
<aside class="obs-related"><h2>Sugestões</h2><ul>{items(p, n.related(3), "", "", "/sugestoes-")}</ul></aside>
<aside class="obs-newsletter"><p>{p.fur(n.newsletter())}</p></aside>
</main>
<footer class="obs-footer"><ul>{nav("Estatuto editorial|Ficha técnica|Termos e condições|Política de privacidade|Contactos")}</ul><p>{p.fur("© 2026 Observador On Time, S.A.")}</p></footer>
</body>
</html>
"""
