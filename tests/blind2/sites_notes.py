"""Eight articles carrying update, correction or editor's notes, each in one publisher's style."""

from __future__ import annotations

from chrome import Block, Fx, Page, esc, inline

# ---------------------------------------------------------------------------------------------
# A WordPress (Newspack theme) local nonprofit newsroom, US Eastern time


def wordpress_riverbend(fx: Fx, genuine: bool) -> Page:
    slug = "wordpress-riverbend-water"
    body = [
        "A water main break under Mill Street early Sunday left roughly 6,000 households in Riverbend under a boil-water advisory, city officials said.",
        "Crews from the Riverbend Public Works Department isolated the 16-inch pipe shortly after 5 a.m., but the drop in pressure meant water in parts of the system could have been contaminated, according to a [notice posted on the city’s website](https://riverbend.invalid/notices/boil-water).",
        "“We are asking everyone in the affected zone to bring tap water to a rolling boil for at least one minute before drinking it, cooking with it or brushing their teeth,” said Dana Whitfield, the city’s utilities director.",
        "The advisory covers homes and businesses east of the Cobb River and north of Route 12, including Lakeview Elementary School, which will hold classes as usual on Monday using bottled water donated by a local grocery chain.",
        "Whitfield said the pipe was installed in 1958 and had been on the city’s replacement list for three years. The council approved $2.4 million for main replacements in its current budget, but work on Mill Street was not scheduled to begin until spring.",
        "Residents lined up at the fire station on Oak Avenue on Sunday afternoon, where volunteers handed out cases of water. “I’ve lived here 30 years and I can’t remember this happening,” said Marisol Grant, who carried two cases to her car.",
        "Samples from the affected zone will be sent to a state laboratory, and the advisory will stay in place until two rounds of tests come back clean, which usually takes 24 to 48 hours, Whitfield said.",
    ]
    update = Block(
        "update",
        "Update, 3:15 p.m.",
        "2026-12-06T15:15:00-05:00",
        "City officials lifted the advisory for homes south of Route 12 after pressure tests showed the break had not affected that part of the system. The rest of the zone remains under the advisory.",
    )
    correction = Block(
        "correction",
        "Correction",
        None,
        "An earlier version of this story gave the wrong location for the break. It occurred on Mill Street, not Miller Avenue.",
    )
    extra = Block(
        "update",
        "Update, 5:52 p.m.",
        "2026-12-06T17:52:00-05:00",
        "The first round of laboratory samples came back clean, Whitfield said Sunday evening. A second round is due Monday afternoon, and the advisory stays in place until then.",
    )
    teaser = fx.teasers(1)[0]
    related = fx.ab(2)
    most = fx.most_read(4)
    weather = fx.weather("Riverbend", 28, 39, "°F")
    donate = fx.f(
        "Our nonprofit newsroom relies on readers like you. Donate today to support local journalism."
    )
    cookie = fx.f(
        "This site uses cookies to improve your experience. By continuing, you agree to our use of cookies."
    )
    newsletter = fx.f("Get The Ledger’s morning briefing in your inbox, free, every weekday.")
    bio = fx.f("Claire Donovan covers city government and utilities for The Riverbend Ledger.")
    republish = fx.f("Republish this story for free under a Creative Commons license.")
    comments = [
        fx.f("Thanks for the quick update, we had no idea until a neighbor knocked."),
        fx.f("Does the advisory include the apartments on Cedar Court?"),
    ]
    ncomments = fx.between(2, 9)
    footer = fx.f("© 2026 The Riverbend Ledger. Proudly powered by Newspack by WordPress.")
    ad = fx.ad()
    notes = (
        (
            f'<p class="has-background has-pale-cyan-blue-background-color"><strong>{esc(extra.label or "")}:</strong> {inline(extra.text)}</p>\n'
            if genuine
            else ""
        )
        + f'<p class="has-background has-pale-cyan-blue-background-color"><strong>{esc(update.label or "")}:</strong> {inline(update.text)}</p>\n'
    )
    paras = [f"<p>{inline(p)}</p>" for p in body]
    paras.insert(
        3,
        f"""<div class="wp-block-newspack-blocks-homepage-articles is-style-borders"><article class="post-has-image"><div class="entry-wrapper"><span class="cat-links">Related</span><h3 class="entry-title"><a href="/2026/11/teaser/">{teaser}</a></h3></div></article></div>""",
    )
    if fx.chance(0.5):
        paras.insert(
            5,
            f"""<div class="wp-block-group newspack-inline-donate has-background"><p class="has-medium-font-size"><strong>{fx.f("Before you go: local reporting like this is free to read because readers chip in.")}</strong></p><a class="wp-block-button__link" href="/donate/">Give now</a></div>""",
        )
    paras.insert(
        6,
        f"""<div class="newspack_global_ad newspack_global_ad_in_article"><span class="newspack-ad-label">{fx.ad_label()}</span><div id="div-gpt-ad-1688-0"><a href="https://ads.invalid/c">{ad}</a></div></div>""",
    )
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Boil-water advisory issued for 6,000 Riverbend homes after main break – The Riverbend Ledger</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-12-06T14:40:00+00:00">
<meta property="article:modified_time" content="{"2026-12-06T22:53:00+00:00" if genuine else "2026-12-06T20:17:00+00:00"}">
<link rel="stylesheet" id="newspack-style-css" href="/wp-content/themes/newspack-theme/style.css?ver=2.3.1">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Boil-water advisory issued for 6,000 Riverbend homes after main break","datePublished":"2026-12-06T14:40:00+00:00","author":{{"@type":"Person","name":"Claire Donovan"}}}}</script>
</head>
<body class="post-template-default single single-post postid-48213 wp-embed-responsive h-nsub h-sb h-db single-featured-image-default">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="newspack-popup-container newspack-lightbox newspack-popup-overlay"><div class="newspack-popup"><div class="wp-block-jetpack-mailchimp"><p>{newsletter}</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div></div></div>
<div class="header-top-bar"><div class="wrapper"><span class="header-weather">{weather}</span><a class="donate-button" href="/donate/">Donate</a></div></div>
<header id="masthead" class="site-header hide-header-search">
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2024/02/ledger-logo.png" alt="The Riverbend Ledger"></a><p class="site-description">Nonprofit news for the Cobb River valley</p></div>
<nav id="site-navigation" class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu"><li class="menu-item"><a href="/news/">News</a></li><li class="menu-item"><a href="/government/">Government</a></li><li class="menu-item"><a href="/schools/">Schools</a></li><li class="menu-item"><a href="/business/">Business</a></li><li class="menu-item"><a href="/opinion/">Opinion</a></li><li class="menu-item"><a href="/events/">Events</a></li></ul></nav>
</header>
<div class="newspack-inline-popup"><p>{donate}</p></div>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-government tag-water entry">
<header class="entry-header">
<span class="cat-links"><a href="/category/government/">Government</a></span>
<h1 class="entry-title">Boil-water advisory issued for 6,000 Riverbend homes after main break</h1>
<div class="newspack-post-subtitle">Crews isolated a 1958 pipe under Mill Street; tests will take at least a day.</div>
<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author vcard">by <a class="url fn n" href="/author/cdonovan/">Claire Donovan</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2026-12-06T09:40:00-05:00">December 6, 2026</time><time class="updated" datetime="{"2026-12-06T17:53:00-05:00" if genuine else "2026-12-06T15:17:00-05:00"}">Updated {"December 6, 2026 5:53 pm" if genuine else "December 6, 2026 3:17 pm"}</time></span></div>
<div class="tags-links"><a href="#comments">{ncomments} Comments</a></div></div>
</header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/12/mill-street.jpg" alt=""><figcaption><span class="image-caption">Crews work on the broken main under Mill Street on Sunday morning.</span> <span class="image-credit">Photo by Luis Ortega / The Riverbend Ledger</span></figcaption></figure>
<div class="entry-content">
{notes}{chr(10).join(paras)}
<p><em>{esc(correction.label or "")}: {inline(correction.text)}</em></p>
<div class="newspack-republication-tracker"><button class="republish-button">{republish}</button></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/water/" rel="tag">water</a>, <a href="/tag/public-works/" rel="tag">public works</a></span></footer>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><ul><li class="share-facebook"><a href="#">Facebook</a></li><li class="share-x"><a href="#">X</a></li><li class="share-email"><a href="#">Email</a></li><li class="share-print"><a href="#">Print</a></li></ul></div></div>
<div class="author-bio"><div class="author-bio-text"><h2 class="accent-header"><span>Claire Donovan</span></h2><p>{bio}</p></div></div>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">{ncomments} thoughts on “Boil-water advisory issued for 6,000 Riverbend homes after main break”</h2>
<ol class="comment-list">
<li class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><b class="fn">Pat Leary</b> <time datetime="2026-12-06T11:02:00-05:00">December 6, 2026 at 11:02 am</time></footer><div class="comment-content"><p>{comments[0]}</p></div></article></li>
<li class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><b class="fn">J. Moreno</b> <time datetime="2026-12-06T12:48:00-05:00">December 6, 2026 at 12:48 pm</time></footer><div class="comment-content"><p>{comments[1]}</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a comment</h3><form class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
</div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_newspack-blocks-homepage-articles"><h2 class="widget-title">Most read</h2><ol>{"".join(f'<li><a href="/story/{i}/">{t}</a></li>' for i, t in enumerate(most))}</ol></section>
<section class="widget"><h2 class="widget-title">You might also like</h2><ul>{"".join(f'<li><a href="/related/{i}/">{t}</a></li>' for i, t in enumerate(related))}</ul></section>
</aside>
</div>
</div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><img src="/wp-content/uploads/2024/02/ledger-logo-white.png" alt="The Riverbend Ledger"></div><nav class="footer-menu"><a href="/about/">About us</a> <a href="/ethics/">Ethics policy</a> <a href="/corrections/">Corrections</a> <a href="/privacy/">Privacy</a></nav><div class="site-info"><p>{footer}</p></div></footer>
<div id="cookie-notice" class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{cookie}</span><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Accept</a></div>
</div>
</body>
</html>
"""
    return Page(
        slug,
        "The Riverbend Ledger (WordPress/Newspack)",
        "en",
        "updates",
        html,
        body,
        ([extra] if genuine else []) + [update, correction],
        fx.lines,
        extra,
    )


# ---------------------------------------------------------------------------------------------
# The New York Times


def nyt_school_week(fx: Fx, genuine: bool) -> Page:
    slug = "nyt-school-week"
    body = [
        "KINGSTON, N.Y. — For two years, the families of the Esopus Valley Central School District have planned their lives around a four-day school week. On Saturday night, after a five-hour meeting in a packed middle school cafeteria, the school board voted to end it.",
        "The 5-to-2 vote means that starting in September, the district’s 3,100 students will return to classes on Fridays, reversing an experiment that drew national attention when it began as a way to attract teachers to a rural district that struggled to fill positions.",
        "“We tried something bold, and I don’t regret that,” said Maureen Akers, the board president, who voted with the majority. “But the reading scores are telling us something, and we have to listen.”",
        "A state review released in October found that third graders in the district had fallen further behind their peers in neighboring districts in reading since the schedule took effect, though math scores had held steady.",
        "The change had also strained families. Parents who spoke at the meeting described scrambling to find child care on Fridays, and a district survey in the spring found that about a third of families paid for care they had not needed before.",
        "Teachers were more divided. The local union, which represents about 260 teachers and aides, had urged the board to keep the schedule, saying it had helped the district hire for hard-to-fill jobs in special education and science.",
        "“Half of the people in my department came here because of the four-day week,” said Owen Petrakis, a chemistry teacher at the high school. “I don’t know how many of them will stay.”",
        "Districts in at least 25 states have tried four-day weeks, most of them in the West and Midwest. Researchers who study the schedules say the effects on learning vary widely, depending on how the extra day is used and how long the remaining days are.",
        "In Esopus Valley, the board said it would ask a committee of parents and teachers to propose a schedule for the next school year by February, including whether to keep some Fridays as half days for teacher training.",
    ]
    correction = Block(
        "correction",
        "Correction: Dec. 6, 2026",
        "2026-12-06",
        "An earlier version of this article misstated the number of school districts in New York that use a four-day week. It is three, not 13.",
    )
    skip = fx.f("SKIP ADVERTISEMENT")
    newsletter = fx.f("The Morning: Make sense of the news and the world around it, every weekday.")
    more = fx.teasers(3)
    most = fx.most_read(5)
    gift = fx.f("Share full article")
    ncom = fx.comments(180, 420)
    cookie = fx.f(
        "We use cookies and similar methods to recognize visitors and remember their preferences."
    )
    corrections = fx.f("How we handle corrections")
    footer = fx.f("© 2026 The New York Times Company")
    market = fx.market("S&P 500", 6912.4)
    ads = [fx.ad(), fx.ad()]
    adbox = [
        f'<div class="css-1b7rr1w ad StoryBodyCompanionColumn" data-testid="StandardAd"><div class="css-ntbk9j" id="mid{i + 1}-wrapper"><p class="css-1kmnfh4">{fx.ad_label()}</p><div id="mid{i + 1}" class="css-1c3mu8q"><a href="https://ads.invalid/{i}">{a}</a></div><a href="#after-mid{i + 1}" class="css-1ly73wi e1xdpqjp0">{skip}</a></div></div>'
        for i, a in enumerate(ads)
    ]

    def column(chunk: list[str]) -> str:
        ps = "".join(f'<p class="css-at9mc1 evys1bk0">{inline(p)}</p>' for p in chunk)
        return f'<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-0"><div class="css-53u6y8">{ps}</div></div>'

    html = f"""<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charset="utf-8">
<title>Hudson Valley District Ends Its Four-Day School Week - The New York Times</title>
<meta data-rh="true" property="article:published_time" content="2026-12-06T10:00:14.000Z">
<meta data-rh="true" property="article:modified_time" content="2026-12-06T19:31:52.000Z">
<meta data-rh="true" name="byl" content="By Jordan Alvarez">
<meta data-rh="true" property="article:section" content="New York">
<style data-emotion="css 53u6y8 at9mc1 s99gbd">.css-53u6y8{{margin-left:20px;margin-right:20px;max-width:600px;}}.css-at9mc1{{margin-bottom:0.9375rem;font-family:nyt-imperial,georgia,serif;}}</style>
</head>
<body>
<div id="app"><div class="css-1e9zk9k NYTAppHideMasthead">
<div class="css-1o1eg8r"><div class="css-1d8a290 e1j3jvdr0"><p class="css-1bnxwmn">{cookie}</p><button class="css-1fzhd9j" data-testid="GDPR-accept">Accept</button></div></div>
<header class="css-ahe4g0 e1m0pzr40" id="site-index"><div class="css-1mdd1l4"><a data-testid="masthead-mobile-logo" href="https://www.nytimes.invalid/" class="css-nhjhh0"><span class="css-1dv1kvn">The New York Times</span></a></div>
<nav class="css-1o4vixx" data-testid="site-index"><ul class="css-ql7ox9"><li><a href="/section/world">World</a></li><li><a href="/section/us">U.S.</a></li><li><a href="/section/politics">Politics</a></li><li><a href="/section/nyregion">N.Y.</a></li><li><a href="/section/business">Business</a></li><li><a href="/section/opinion">Opinion</a></li></ul></nav>
<div class="css-10698na e1huz5gh0"><span class="css-1ehn1v6">{market}</span></div></header>
<main id="site-content"><div class="css-1e3xddp">
<article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1vkm6nb ehdk2mb0"><p class="css-c11mwf e1w6fd840"><span class="css-1g1y0ap">Supported by</span></p>
<div class="css-1kvf1ak"><h1 id="link-2e1f" class="css-1j5ig4f e1h9rw200" data-testid="headline">Hudson Valley District Ends Its Four-Day School Week</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">After two years, a school board cited falling reading scores and child care costs. Teachers warned the change could cost the district staff.</p>
<div class="css-1vk4kkj"><div class="css-1maxipu"><span class="css-1baulvz last-byline">By <a href="/by/jordan-alvarez" class="css-n8ff4n e1jsehar0">Jordan Alvarez</a></span><div class="css-1f0c6hv"><span>Reporting from Kingston, N.Y.</span></div></div>
<time class="css-1wtp2e2 e16638kd0" datetime="2026-12-06T05:00:14-05:00"><span class="css-1sbuyqj">Dec. 6, 2026</span></time></div>
<div class="css-1vhhkgn"><button class="css-1bbo3no" aria-label="Share full article">{gift}</button><a class="css-1wjybqx" href="#commentsContainer"><span class="css-fuhyg3">{ncom}</span></a></div>
</header>
<figure class="css-tuyurr e1g7ppur0"><div class="css-1xdhyk6"><img alt="A crowded cafeteria with parents holding signs." class="css-rq4mmj" src="https://static01.nyt.invalid/images/2026/12/06/schools.jpg"></div><figcaption class="css-1bbzy6y ewdxa0s0"><span class="css-jevhq9 e13ogyst0">Parents and teachers filled the middle school cafeteria for Saturday night’s vote.</span><span class="css-cnj6d5 e1z0qqy90"><span class="css-1u46b97">Credit...</span><span>Hannah Ruiz for The New York Times</span></span></figcaption></figure>
<section name="articleBody" class="meteredContent css-1r7ky0e">
{column(body[:3])}
{adbox[0]}
{column(body[3:6])}
<div class="css-1ydszdn" data-testid="inline-message"><div class="css-4sfp3i"><p class="css-1a0ymrn">{newsletter}</p><a href="/newsletters/the-morning" class="css-1p9u2x6">Sign up</a></div></div>
{column(body[6:8])}
{adbox[1]}
{column(body[8:])}
</section>
<div class="bottom-of-article"><div class="css-1ubp8k9"><div class="css-1gb49n4 etfikam0"><p class="css-13ldwoi etfikam0">{esc(correction.label or "")}</p><p class="css-wg1t4d">{inline(correction.text)}</p><p class="css-1slo9ql"><a href="/corrections">{corrections}</a></p></div>
<div class="css-1cv0kfs"><p class="css-1cgdj4y">Jordan Alvarez covers education in the Hudson Valley and the Catskills for the Metro desk.</p><p class="css-1ovqp0l">A version of this article appears in print on Dec. 7, 2026, Section MB, Page 3 of the New York edition with the headline: Four-Day School Week Ends in Hudson Valley.</p></div></div></div>
</article>
<div id="commentsContainer" class="css-1i3bgzk"><button class="css-5lb6lo">Read {ncom}</button></div>
<aside class="css-ew4tgv" aria-label="More in New York"><h2 class="css-1p3e9ea">More in New York</h2><ul>{"".join(f'<li class="css-ye6x8s"><a href="/nyregion/{i}.html"><h3 class="css-1vm5oi9">{t}</h3></a></li>' for i, t in enumerate(more))}</ul></aside>
<aside class="css-1hyfx7x" aria-label="Trending in The Times"><h2 class="css-1p3e9ea">Trending in The Times</h2><ol>{"".join(f'<li class="css-1iski2w"><a href="/trending/{i}.html">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</div></main>
<footer class="css-1p3q2mq" role="contentinfo"><nav><a href="/help">Help</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a> <a href="/subscription">Subscriptions</a></nav><p class="css-dfb7p3">{footer}</p></footer>
</div></div>
</body>
</html>
"""
    return Page(slug, "The New York Times", "en", "updates", html, body, [correction], fx.lines)


# ---------------------------------------------------------------------------------------------
# The Associated Press


def ap_wildfire(fx: Fx, genuine: bool) -> Page:
    slug = "ap-wildfire-ventura"
    body = [
        "OJAI, Calif. (AP) — A wind-driven wildfire tore through brush-covered foothills north of Ojai on Sunday, forcing about 4,000 people from their homes as gusts of up to 60 mph pushed flames toward a string of ranches and canyon communities.",
        "The Matilija Fire had burned about 9 square miles (23 square kilometers) by Sunday afternoon and was 5% contained, according to the Ventura County Fire Department. At least 14 structures were destroyed, though officials said it was too early to know how many were homes.",
        "“The wind is doing whatever it wants right now,” county Fire Chief Renata Solis said at an afternoon briefing. “We can’t put aircraft up in these gusts, so crews on the ground are holding the line where they can.”",
        "Evacuation orders covered neighborhoods along state Route 33 and the eastern edge of Meiners Oaks. Shelters opened at a high school in Ventura and at the county fairgrounds, where volunteers also took in horses and goats.",
        "Late-season fires have become more common in Southern California as autumn rains arrive later, fire scientists say. The region received less than a tenth of an inch of rain in October and November, according to the National Weather Service.",
        "Southern California Edison said it had cut power to about 11,000 customers in Ventura and Santa Barbara counties as a precaution. The utility said it would inspect its lines in the area once the wind eases.",
        "Forecasters expected the strongest gusts to weaken by Monday morning, but warned that humidity would stay in the single digits through Tuesday.",
    ]
    note = Block(
        "editors_note",
        "EDITOR’S NOTE",
        None,
        "This story has been updated to add a statement from Southern California Edison about the precautionary power shutoffs.",
    )
    correction = Block(
        "correction",
        None,
        None,
        "This story has been corrected to show that the fire began Saturday night, not early Sunday.",
    )
    related = fx.teasers(2)
    promo = fx.f("AP QUIZZES: Test your news knowledge with this week’s quiz.")
    ad = fx.ad()
    most = fx.most_read(5)
    contrib = fx.f(
        "Associated Press writers Teresa Villanueva in Los Angeles and Mark Hollis in Sacramento contributed to this report."
    )
    support = fx.f(
        "The Associated Press is an independent global news organization dedicated to factual reporting."
    )
    cookie = fx.f(
        "We use cookies to offer you a better experience. Review our privacy policy to learn more."
    )
    footer = fx.f("Copyright 2026 The Associated Press. All Rights Reserved.")
    read = fx.read_time(3)
    paras = [f"<p>{inline(p)}</p>" for p in body]
    paras.insert(
        3,
        f"""<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="PageListEnhancementGeneric"><div class="PageList-header"><div class="PageList-header-title">Related Stories</div></div><div class="PageList-items">{"".join(f'<div class="PageList-items-item"><div class="PagePromo"><div class="PagePromo-content"><div class="PagePromo-title"><a class="Link" href="/article/{i}"><span class="PagePromoContentIcons-text">{t}</span></a></div></div></div></div>' for i, t in enumerate(related))}</div></div></div></div>""",
    )
    paras.insert(
        6,
        f"""<div class="Advertisement ad-placeholder"><bsp-google-dfp-ad class="GoogleDfpAd-wrapper"><div class="GoogleDfpAd-label">{fx.ad_label().upper()}</div><div class="GoogleDfpAd"><a href="https://ads.invalid/ap">{ad}</a></div></bsp-google-dfp-ad></div>""",
    )
    html = f"""<!DOCTYPE html>
<html class="ArticlePage" lang="en">
<head>
<meta charset="UTF-8">
<title>Wind-driven wildfire forces thousands from homes near Ojai | AP News</title>
<meta property="article:published_time" content="2026-12-06T21:14:08Z">
<meta property="og:site_name" content="AP News">
<meta name="brightspot.contentId" content="0000018f-7a1b-d2c4-a9ff-fb7f2e6d0000">
</head>
<body class="Page-body">
<div class="Page-above"><bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/" aria-label="AP Logo"><svg></svg></a>
<nav class="Page-header-navigation"><ul><li><a href="/world-news">World</a></li><li><a href="/us-news">U.S.</a></li><li><a href="/politics">Politics</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li><li><a href="/business">Business</a></li><li><a href="/science">Science</a></li></ul></nav></div>
<div class="Page-header-trending"><span class="Page-header-trending-label">Trending</span>{"".join(f'<a href="/t/{i}">{t}</a>' for i, t in enumerate(most[:3]))}</div></bsp-header></div>
<main class="Page-main">
<div class="Page-content">
<div class="Page-storyBody">
<div class="Page-breadcrumbs"><a href="/us-news">U.S. News</a></div>
<h1 class="Page-headline">Wind-driven wildfire forces thousands from homes in foothills near Ojai</h1>
<div class="Page-authors"><span>By <a class="Link" href="/author/julia-brandt">JULIA BRANDT</a></span></div>
<div class="Page-dateModified"><span>Updated 1:14 PM PST, December 6, 2026</span></div>
<div class="Page-actions"><bsp-share-bar><button>Share</button><button>Copy Link copied</button><button>Email</button><button>Facebook</button><button>X</button><button>Print</button></bsp-share-bar><span class="Page-readtime">{read}</span></div>
<div class="Page-lead"><figure class="Figure"><img src="https://dims.apnews.invalid/fire.jpg" alt="Flames on a hillside at night"><figcaption class="Figure-caption"><p>Flames burn along a ridge above state Route 33 near Ojai, Calif., on Sunday, Dec. 6, 2026. (AP Photo/Daniel Ferro)</p></figcaption></figure></div>
<bsp-story-page class="RichTextStoryBody RichTextBody">
<p><em>{esc(note.label or "")}: {inline(note.text)}</em></p>
{chr(10).join(paras)}
<p>___</p>
<p>{contrib}</p>
<p><em>{inline(correction.text)}</em></p>
</bsp-story-page>
<div class="Page-below"><div class="PromoCallout"><p>{promo}</p></div><div class="Page-support"><p>{support}</p></div></div>
</div>
<aside class="Page-aside"><div class="PageList-header-title">Most Read</div><ul>{"".join(f'<li><a href="/most/{i}">{t}</a></li>' for i, t in enumerate(most))}</ul></aside>
</div>
</main>
<footer class="Page-footer"><div class="Page-footer-navigation"><a href="/about">About</a> <a href="/contact">Contact Us</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a></div><div class="Page-footer-disclaimer">{footer}</div></footer>
<div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy-text">{cookie}</div><button id="onetrust-accept-btn-handler">I Accept</button></div>
</body>
</html>
"""
    return Page(
        slug, "The Associated Press", "en", "updates", html, body, [note, correction], fx.lines
    )


# ---------------------------------------------------------------------------------------------
# DER SPIEGEL


def spiegel_stromausfall(fx: Fx, genuine: bool) -> Page:
    slug = "spiegel-stromausfall"
    body = [
        "Nach einem Brand in einem Umspannwerk im Südosten Berlins sind seit Sonntagmorgen Zehntausende Haushalte ohne Strom. Betroffen sind nach Angaben des Netzbetreibers Stromnetz Berlin vor allem die Ortsteile Johannisthal, Niederschöneweide und Teile von Adlershof.",
        "Das Feuer war gegen 6.30 Uhr in einem Transformatorraum ausgebrochen. Die Feuerwehr war mit rund 90 Einsatzkräften vor Ort, verletzt wurde niemand. Zur Brandursache konnte eine Sprecherin der Polizei zunächst nichts sagen, ein Brandstiftungsverdacht bestehe derzeit nicht.",
        "Auf den Straßen fielen Ampeln aus, mehrere Straßenbahnlinien der BVG mussten den Betrieb einstellen. Die Verkehrsbetriebe richteten einen Ersatzverkehr mit Bussen zwischen Schöneweide und dem Adlershofer Wissenschaftspark ein.",
        "Besonders betroffen sind Pflegeeinrichtungen. Zwei Heime in Johannisthal wurden über Notstromaggregate des Technischen Hilfswerks versorgt, wie ein Sprecher des Bezirksamts Treptow-Köpenick sagte. Ein Krankenhaus im Bezirk arbeitete mit eigener Notstromversorgung weiter.",
        "»Wir arbeiten mit Hochdruck daran, die Versorgung über andere Leitungen umzuschalten«, sagte eine Sprecherin von Stromnetz Berlin. Wie lange das dauere, hänge davon ab, wie stark die Schaltanlagen durch Ruß und Löschwasser beschädigt seien.",
        "Der Bezirk richtete in einer Schule an der Südostallee eine Wärmestube ein. Dort können sich Anwohnerinnen und Anwohner aufwärmen und ihre Handys laden. Die Nacht soll in Berlin frostig werden, der Wetterdienst erwartet Temperaturen bis minus vier Grad.",
    ]
    update = Block(
        "update",
        "Aktualisiert am 06.12.2026, 17.12 Uhr",
        "2026-12-06T17:12:00+01:00",
        "Nach Angaben von Stromnetz Berlin sind inzwischen wieder rund 18.000 der zunächst 41.000 betroffenen Haushalte versorgt. Die übrigen sollen im Laufe der Nacht schrittweise zugeschaltet werden.",
    )
    correction = Block(
        "correction",
        "Korrekturhinweis",
        None,
        "In einer früheren Version dieses Artikels stand, das Umspannwerk liege in Adlershof. Tatsächlich befindet sich die Anlage in Johannisthal. Wir haben die Stelle korrigiert.",
    )
    extra = Block(
        "update",
        "Aktualisiert am 06.12.2026, 23.53 Uhr",
        "2026-12-06T23:53:00+01:00",
        "Stromnetz Berlin meldet, dass alle Haushalte wieder am Netz sind. Die Wärmestube an der Südostallee schließt um Mitternacht.",
    )
    teaser = fx.teasers(1)[0]
    plus = fx.ab(1)[0]
    ad = fx.ad()
    read = fx.f(f"{fx.between(3, 4)} Min")
    ncom = fx.f(f"{fx.between(40, 260)} Beiträge")
    most = fx.most_read(5)
    cookie = fx.f(
        "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren. Sie können der Verarbeitung jederzeit widersprechen."
    )
    gift = fx.f("Artikel verschenken")
    newsletter = fx.f(
        "Die Lage am Morgen: Der Newsletter für alle, die früh wissen wollen, was wichtig wird."
    )
    footer = fx.f("© DER SPIEGEL GmbH & Co. KG")
    dpa = fx.f("svs/dpa")

    def box(block: Block) -> str:
        return f'<div class="bg-shade-lightest dark:bg-shade-darker p-16 mb-24 border-l-4 border-primary-base" data-area="update_box"><p class="font-sansUI font-bold text-s mb-8">{esc(block.label or "")}:</p><p class="font-serifUI text-l leading-loose">{inline(block.text)}</p></div>'

    rich = 'class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap"'
    blocks_html = [
        f'<div data-area="text" data-pos="{i}"><div {rich}><p>{inline(p)}</p></div></div>'
        for i, p in enumerate(body)
    ]
    blocks_html.insert(
        2,
        f'<div data-area="related_articles"><section class="lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto mb-32"><span class="font-sansUI font-bold text-s uppercase">Mehr zum Thema</span><ul><li><a href="/panorama/teaser-1" class="text-primary-darker"><span class="font-bold">{teaser}</span></a></li><li><a href="/plus/teaser-2"><span class="text-primary-base">SPIEGEL+</span> <span>{plus}</span></a></li></ul></section></div>',
    )
    blocks_html.insert(
        5,
        f'<div data-area="ad_container" class="ob-dynamic-rec-container"><div class="text-shade-dark font-sansUI text-xs uppercase">{fx.ad_label()}</div><div class="h-250"><a href="https://ads.invalid/sp">{ad}</a></div></div>',
    )
    top = (box(extra) if genuine else "") + box(update)
    modified = "2026-12-06T23:53:40+01:00" if genuine else "2026-12-06T17:13:40+01:00"
    html = f"""<!DOCTYPE html>
<html lang="de" class="dark:bg-shade-darkest">
<head>
<meta charset="utf-8">
<title>Berlin: Brand in Umspannwerk – Zehntausende Haushalte ohne Strom - DER SPIEGEL</title>
<meta name="date" content="2026-12-06T11:05:31+01:00">
<meta name="last-modified" content="{modified}">
<meta property="og:type" content="article">
<script type="application/ld+json">[{{"@context":"http://schema.org","@type":"NewsArticle","headline":"Zehntausende Haushalte ohne Strom","datePublished":"2026-12-06T11:05:31+01:00","dateModified":"{modified}"}}]</script>
</head>
<body class="bg-white dark:bg-black">
<div id="sp_message_container_1043" class="sp-message-container"><div class="message-component message-row"><p>{cookie}</p><button title="Akzeptieren und weiter">Akzeptieren und weiter</button><a href="/pur">Zum PUR-Abo</a></div></div>
<header id="Header" data-area="navigation_bar" class="relative z-40 bg-white"><div class="flex items-center"><a href="https://www.spiegel.invalid/" class="text-black" title="DER SPIEGEL"><svg><title>DER SPIEGEL</title></svg></a>
<nav class="flex"><a href="/schlagzeilen/">Schlagzeilen</a><a href="/politik/">Politik</a><a href="/ausland/">Ausland</a><a href="/panorama/">Panorama</a><a href="/sport/">Sport</a><a href="/wirtschaft/">Wirtschaft</a><a href="/wissenschaft/">Wissenschaft</a><a href="/netzwelt/">Netzwelt</a><a href="/kultur/">Kultur</a></nav></div></header>
<main id="Inhalt" class="relative">
<article aria-label="Zehntausende Haushalte ohne Strom" data-sara-article-id="a1c0e8f2-7d3b-4e51-9a6c-2b8f4d1e7c90">
<header data-area="intro" class="lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto">
<div class="font-sansUI text-primary-base text-s font-bold"><a href="/panorama/">Panorama</a> › <a href="/thema/berlin/">Berlin</a></div>
<h2 class="leading-tight"><span class="text-primary-base font-sansUI font-bold text-xl block mb-6">Brand in Umspannwerk</span><span class="align-middle">Zehntausende Haushalte in Berlin ohne Strom</span></h2>
<div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l">In Treptow-Köpenick sind seit dem Morgen Ampeln, Tram und Heizungen ausgefallen. Der Bezirk richtet eine Wärmestube ein.</div>
<div class="font-sansUI text-shade-dark text-s"><time datetime="2026-12-06 11:05:31" class="timeformat">06.12.2026, 11.05 Uhr</time> • <span>aus <a href="/panorama/">Panorama</a></span> • <span class="inline-block">{read}</span></div>
<div class="flex"><button data-area="social_bar" title="Teilen">Teilen</button><button title="{gift}">{gift}</button><a href="#comments" class="font-sansUI">{ncom}</a></div>
</header>
<section class="relative" data-area="body">
{top}
{chr(10).join(blocks_html)}
<div data-area="text"><div {rich}><p class="italic">{esc(correction.label or "")}: {inline(correction.text)}</p></div></div>
<div data-area="text"><div {rich}><p class="text-shade-dark font-sansUI text-s">{dpa}</p></div></div>
</section>
<div data-area="newsletter_box" class="lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto border border-shade-lighter p-24"><p class="font-bold">{newsletter}</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Jetzt anmelden</button></form></div>
<section id="comments" data-area="article-comments" class="lg:w-8/12 lg:mx-auto"><h3>Diskutieren Sie mit</h3><p class="font-sansUI text-s">{ncom}</p><button>Alle Beiträge anzeigen</button></section>
</article>
<aside data-area="block>topic" class="lg:w-8/12 lg:mx-auto"><h3 class="font-sansUI">Meistgelesen</h3><ol>{"".join(f'<li><a href="/meist/{i}">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer id="Footer" data-area="footer" class="bg-shade-darkest text-white"><nav><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/nutzungsbedingungen">Nutzungsbedingungen</a> <a href="/kontakt">Kontakt</a></nav><p class="text-s">{footer}</p></footer>
</body>
</html>
"""
    return Page(
        slug,
        "DER SPIEGEL",
        "de",
        "updates",
        html,
        body,
        ([extra] if genuine else []) + [update, correction],
        fx.lines,
        extra,
    )


# ---------------------------------------------------------------------------------------------
# Le Monde


def lemonde_incendie(fx: Fx, genuine: bool) -> Page:
    slug = "lemonde-incendie-entrepot"
    body = [
        "Un important incendie s’est déclaré dimanche 6 décembre, peu avant 9 heures, dans un entrepôt logistique de la zone portuaire de Gennevilliers (Hauts-de-Seine). Un épais panache de fumée noire était visible depuis une grande partie du nord de Paris et de la Seine-Saint-Denis.",
        "Selon la brigade de sapeurs-pompiers de Paris, près de 200 pompiers et une cinquantaine d’engins ont été mobilisés pour lutter contre le feu, qui a pris dans un bâtiment de 12 000 mètres carrés abritant des palettes de matériel électroménager. Aucun blessé n’était à déplorer en fin de matinée.",
        "La préfecture de police a demandé aux habitants de Gennevilliers, Villeneuve-la-Garenne et de l’Ile-Saint-Denis de rester chez eux, de fermer leurs fenêtres et de couper leur ventilation. Des mesures de la qualité de l’air ont été lancées par Airparif.",
        "« Le feu est très difficile à atteindre parce que la toiture s’est effondrée sur les stocks », a expliqué sur place le commandant des opérations de secours, le colonel Thierry Mazeau. Les pompiers ont installé des lances sur des bateaux pour puiser l’eau dans la Seine.",
        "La circulation a été coupée sur l’autoroute A86 entre Gennevilliers et Saint-Denis, et la ligne 13 du métro a été interrompue pendant une heure entre Les Courtilles et Asnières-Gennevilliers, pour permettre le passage des engins.",
        "L’entrepôt appartient à une filiale d’un groupe de logistique néerlandais, qui n’a pas souhaité s’exprimer. Une enquête a été ouverte par le parquet de Nanterre pour déterminer l’origine du sinistre.",
    ]
    update = Block(
        "update",
        "Mise à jour, dimanche 6 décembre à 18 h 05",
        "2026-12-06T18:05:00+01:00",
        "La préfecture de police annonce que l’incendie est « fixé » et lève la consigne de confinement. Les résultats des premières mesures d’Airparif ne montrent pas de pollution anormale.",
    )
    extra = Block(
        "update",
        "Mise à jour, dimanche 6 décembre à 23 h 54",
        "2026-12-06T23:54:00+01:00",
        "L’autoroute A86 a été rouverte à la circulation dans les deux sens. Les pompiers resteront sur place toute la nuit pour surveiller les fumerolles.",
    )
    inread = fx.teasers(2)
    ad = fx.ad()
    read = fx.read_time(3)
    most = fx.most_read(5)
    offer = fx.f("Offrir cet article")
    cookie = fx.f(
        "Le Monde et ses partenaires utilisent des cookies pour mesurer l’audience et vous proposer de la publicité personnalisée."
    )
    subscribe = fx.f(
        "Le Monde Mémorable : testez votre culture générale avec la rédaction du Monde."
    )
    ncom = fx.f(f"Contribuer ({fx.between(12, 90)})")
    footer = fx.f(
        "Le Monde est édité par la Société éditrice du Monde. Toute reproduction interdite."
    )
    credit = fx.f("Le Monde avec AFP")
    modified = "23h55" if genuine else "18h07"

    def upd(block: Block) -> str:
        return f'<p class="article__paragraph article__paragraph--update"><em>[<strong>{esc(block.label or "")} :</strong> {inline(block.text)}]</em></p>'

    paras = [f'<p class="article__paragraph ">{inline(p)}</p>' for p in body]
    paras.insert(
        2,
        f'<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi |</span> <a class="catcher__desc" href="/societe/article/2026/11/30/teaser_1.html">{inread[0]}</a></section>',
    )
    paras.insert(
        4,
        f'<div class="dfp__inread dfp-slot dfp__inread--rendered"><span class="dfp-slot__label">{fx.ad_label()}</span><div id="dfp-inread"><a href="https://ads.invalid/lm">{ad}</a></div></div>',
    )
    paras.insert(
        6,
        f'<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi |</span> <span class="icon__premium"></span><a class="catcher__desc" href="/planete/article/2026/12/01/teaser_2.html">{inread[1]}</a></section>',
    )
    html = f"""<!DOCTYPE html>
<html lang="fr" class="js">
<head>
<meta charset="UTF-8">
<title>Incendie dans un entrepôt à Gennevilliers : un panache de fumée visible dans tout le nord de Paris</title>
<meta property="og:article:published_time" content="2026-12-06T10:14:22+00:00">
<meta property="og:article:modified_time" content="{"2026-12-06T22:54:30+00:00" if genuine else "2026-12-06T17:07:41+00:00"}">
<meta name="description" content="Près de 200 pompiers sont mobilisés.">
</head>
<body class="article-page old-article">
<div id="cmp-banner" class="gdpr-lmd-wall"><div class="gdpr-lmd-wall__content"><p class="gdpr-lmd-wall__text">{cookie}</p><button class="gdpr-lmd-button gdpr-lmd-button--main">Accepter et continuer</button><a class="gdpr-lmd-button" href="/abonnement/">S’abonner</a></div></div>
<header class="Header"><div class="Header__content"><a class="Header__logo" href="/" title="Le Monde"><svg></svg></a><a class="Header__subscribe" href="/abonnement/">S’abonner</a></div>
<nav class="Nav"><ul class="Nav__list"><li class="Nav__item"><a href="/international/">International</a></li><li class="Nav__item"><a href="/politique/">Politique</a></li><li class="Nav__item"><a href="/societe/">Société</a></li><li class="Nav__item"><a href="/planete/">Planète</a></li><li class="Nav__item"><a href="/economie/">Économie</a></li><li class="Nav__item"><a href="/culture/">Culture</a></li></ul></nav></header>
<main id="garde" class="zone zone--article">
<section class="zone--article__header">
<ul class="breadcrumb"><li><a href="/societe/">Société</a></li><li><a href="/faits-divers/">Faits divers</a></li></ul>
<h1 class="article__title">Incendie dans un entrepôt à Gennevilliers : un panache de fumée visible dans tout le nord de Paris</h1>
<p class="article__desc">Près de 200 pompiers sont mobilisés contre le feu, qui s’est déclaré dans un bâtiment de 12 000 mètres carrés. La préfecture a demandé aux riverains de rester confinés.</p>
<div class="meta meta__publisher"><span class="meta__author">{credit}</span><span class="meta__date meta__date--header">Publié le 06 décembre 2026 à 11h14, modifié à {modified}</span><span class="meta__reading-time"><span class="icon__reading-time"></span>{read}</span></div>
<div class="meta__social"><button class="meta__social-button">Partager</button><button class="meta__social-button meta__social-button--gift">{offer}</button><a href="#comments" class="meta__social-button">{ncom}</a></div>
</section>
<section class="zone--article__content">
<article class="article__content old__article-content-single">
{upd(extra) if genuine else ""}{upd(update)}
<figure class="article__media"><img src="/img/2026/12/06/entrepot.jpg" alt=""><figcaption class="article__legend">La fumée de l’incendie vue depuis Saint-Ouen, le 6 décembre 2026. <span class="article__credit">MARC DURAND / AFP</span></figcaption></figure>
{chr(10).join(paras)}
</article>
<section class="article__siblings"><h2 class="article__siblings-title">Sur le même sujet</h2><ul>{"".join(f'<li><a href="/lecture/{i}.html">{t}</a></li>' for i, t in enumerate(most[:3]))}</ul></section>
<section class="services services--memorable"><p>{subscribe}</p></section>
<section id="comments" class="comments"><h2>Contributions</h2><p class="comments__info">Ce débat est réservé aux abonnés. <a href="/abonnement/">Abonnez-vous</a></p></section>
</section>
<aside class="aside__iso"><h3 class="aside__title">Les plus lus</h3><ol>{"".join(f'<li class="aside__item"><a href="/lus/{i}.html">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="footer"><nav class="footer__nav"><a href="/mentions-legales/">Mentions légales</a> <a href="/cgv/">Conditions générales</a> <a href="/charte-donnees/">Charte des données</a> <a href="/aide/">Aide</a></nav><p class="footer__copyright">{footer}</p></footer>
</body>
</html>
"""
    return Page(
        slug,
        "Le Monde",
        "fr",
        "updates",
        html,
        body,
        ([extra] if genuine else []) + [update],
        fx.lines,
        extra,
    )


# ---------------------------------------------------------------------------------------------
# Corriere della Sera


def corriere_neve(fx: Fx, genuine: bool) -> Page:
    slug = "corriere-a1-neve"
    body = [
        "Una nevicata più intensa del previsto ha bloccato per diverse ore la circolazione sull’autostrada A1 tra Barberino di Mugello e Roncobilaccio, nel tratto appenninico tra Firenze e Bologna. Centinaia di automobilisti sono rimasti fermi in coda nella notte tra sabato e domenica.",
        "Secondo Autostrade per l’Italia, i mezzi spazzaneve e spargisale erano già in azione dalla serata di sabato, ma alcuni mezzi pesanti si sono messi di traverso sulla carreggiata in direzione nord, impedendo il passaggio delle lame.",
        "La Protezione civile della Toscana ha distribuito acqua, coperte e bevande calde agli automobilisti rimasti bloccati. «Abbiamo raggiunto anche le auto in fondo alla coda con i volontari in motoslitta», ha spiegato il coordinatore regionale Fabrizio Lenzi.",
        "Il traffico è stato deviato sulla Variante di Valico, rimasta percorribile con catene o pneumatici invernali, e sulla statale 65 della Futa, dove però la neve ha reso difficile il transito anche alle auto.",
        "Sul versante emiliano, a Castiglione dei Pepoli sono caduti più di quaranta centimetri di neve in dodici ore. Alcune frazioni sono rimaste senza corrente elettrica per la caduta di alberi sulle linee.",
        "Per le prossime ore l’allerta gialla resta in vigore su tutto il crinale appenninico. Autostrade raccomanda di mettersi in viaggio solo se necessario e di consultare le informazioni sul traffico prima della partenza.",
    ]
    update = Block(
        "update",
        "Aggiornamento ore 16.40",
        "2026-12-06T16:40:00+01:00",
        "Il tratto tra Barberino e Roncobilaccio è stato riaperto in entrambe le direzioni. Resta l’obbligo di catene a bordo fino a lunedì mattina.",
    )
    correction = Block(
        "correction",
        "Errata corrige",
        None,
        "In una precedente versione dell’articolo si indicava che la neve era caduta a Castiglione della Pescaia. Il comune è Castiglione dei Pepoli, in provincia di Bologna.",
    )
    leggi = fx.teasers(2)
    ad = fx.ad()
    most = fx.most_read(5)
    ncom = fx.comments(20, 160)
    cookie = fx.f(
        "Questo sito utilizza cookie propri e di terze parti per migliorare la navigazione e mostrarti pubblicità in linea con le tue preferenze."
    )
    newsletter = fx.f("Iscriviti alla newsletter Il Punto: le notizie più importanti ogni mattina.")
    footer = fx.f("Copyright 2026 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati.")
    weather = fx.weather("Firenze", -1, 6)
    market = fx.market("FTSE MIB", 43120.5, ",", ".")
    paras = [f'<p class="chapter-paragraph">{inline(p)}</p>' for p in body]
    paras.insert(
        2,
        f'<div class="box-leggi-anche"><span class="box-leggi-anche__title">Leggi anche</span><ul><li><a href="/cronache/26_dicembre_05/teaser-1.shtml">{leggi[0]}</a></li><li><a href="/cronache/26_dicembre_04/teaser-2.shtml">{leggi[1]}</a></li></ul></div>',
    )
    paras.insert(
        5,
        f'<div class="adv-container adv-middle1"><span class="adv-label">{fx.ad_label()}</span><div id="rcsad_Middle1"><a href="https://ads.invalid/cds">{ad}</a></div></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Neve sull’A1, automobilisti bloccati per ore tra Barberino e Roncobilaccio - Corriere.it</title>
<meta property="article:published_time" content="2026-12-06T09:12:00+01:00">
<meta name="section" content="cronache">
</head>
<body class="type-article is-news">
<div id="privacy-cp-wall" class="cp-wall"><div class="cp-wall__text">{cookie}</div><button class="cp-wall__accept">Accetta</button><a class="cp-wall__more" href="/privacy/">Scopri di più</a></div>
<header class="header"><div class="header__top"><span class="header__weather">{weather}</span><span class="header__market">{market}</span></div>
<div class="header__brand"><a href="/" class="header__logo">Corriere della Sera</a><a class="header__abbonati" href="/abbonamenti/">Abbonati</a></div>
<nav class="header__nav"><ul><li><a href="/politica/">Politica</a></li><li><a href="/cronache/">Cronache</a></li><li><a href="/esteri/">Esteri</a></li><li><a href="/economia/">Economia</a></li><li><a href="/sport/">Sport</a></li><li><a href="/cultura/">Cultura</a></li></ul></nav></header>
<main class="main-content">
<div class="content-wrapper">
<div class="body-article">
<div class="is-section"><a href="/cronache/">Cronache</a></div>
<h1 class="title-art-hp is-xxlarge">Neve sull’A1, automobilisti bloccati per ore tra Barberino e Roncobilaccio</h1>
<h2 class="summary-art">Mezzi pesanti di traverso hanno fermato gli spazzaneve. Distribuite coperte e bevande calde. Deviazioni sulla Variante di Valico</h2>
<div class="article-infos"><p class="writer">di <span class="writer-name">Giulia Santoro</span></p><p class="is-last-update" datetime="2026-12-06T09:12:00">6 dicembre 2026 (modifica il 6 dicembre 2026 | 16:42)</p></div>
<div class="social-share"><a class="share-fb" href="#">Facebook</a><a class="share-x" href="#">X</a><a class="share-wa" href="#">WhatsApp</a><a class="share-comments" href="#commenti">{ncom}</a></div>
<div class="box-aggiornamento"><p><strong>{esc(update.label or "")}</strong> — {inline(update.text)}</p></div>
<div class="content">
<figure class="media-news"><img src="/foto/2026/12/a1-neve.jpg" alt=""><figcaption class="media-caption">Camion fermi sull’A1 all’altezza di Roncobilaccio (foto Ansa)</figcaption></figure>
{chr(10).join(paras)}
<p class="chapter-paragraph"><em>{esc(correction.label or "")}: {inline(correction.text)}</em></p>
</div>
<div class="newsletter-box"><p>{newsletter}</p><a href="/newsletter/">Iscriviti</a></div>
<section id="commenti" class="comments"><h3>Commenti</h3><p>I commenti dei lettori sono moderati. <a href="/regole/">Leggi le regole</a></p></section>
</div>
<aside class="sidebar"><div class="most-read"><h3 class="most-read__title">I più letti</h3><ol>{"".join(f'<li><a href="/letti/{i}.shtml">{t}</a></li>' for i, t in enumerate(most))}</ol></div></aside>
</div>
</main>
<footer class="footer"><p class="footer__copy">{footer}</p><p class="footer__piva">P. IVA 12086540155</p><nav><a href="/privacy/">Privacy</a> <a href="/cookie/">Cookie policy</a> <a href="/note-legali/">Note legali</a></nav></footer>
</body>
</html>
"""
    return Page(
        slug, "Corriere della Sera", "it", "updates", html, body, [update, correction], fx.lines
    )


# ---------------------------------------------------------------------------------------------
# El País


def elpais_atapuerca(fx: Fx, genuine: bool) -> Page:
    slug = "elpais-atapuerca"
    body = [
        "Un equipo de investigadores ha hallado en la sierra de Atapuerca (Burgos) un diente humano que podría tener alrededor de 1,2 millones de años, lo que lo situaría entre los restos humanos más antiguos encontrados en Europa occidental.",
        "El molar apareció el pasado verano en el nivel más profundo del yacimiento de la Sima del Elefante, pero su datación no se ha completado hasta este otoño, explicó este domingo la codirectora de las excavaciones, Elvira Montes, en una rueda de prensa en Burgos.",
        "“Es un diente pequeño, de un individuo adulto joven, y está muy bien conservado”, dijo Montes. “Nos va a permitir comparar con mucha precisión estos restos con los de otras poblaciones que vivieron en el sur de Europa en la misma época”.",
        "Los sedimentos que rodeaban el diente se han datado con dos métodos independientes, paleomagnetismo y núclidos cosmogénicos, que coinciden en situarlo en una horquilla de entre 1,1 y 1,3 millones de años, según el equipo.",
        "Junto al molar se recuperaron lascas de sílex y restos de grandes herbívoros con marcas de corte, lo que indica que aquellos grupos humanos descuartizaban animales en la entrada de la cueva.",
        "El hallazgo se presentará en detalle en una revista científica el próximo año. Mientras tanto, el diente se expondrá a partir del martes en el Museo de la Evolución Humana de Burgos.",
    ]
    update = Block(
        "update",
        "Actualización (19.10)",
        "2026-12-06T19:10:00+01:00",
        "La Fundación Atapuerca ha precisado que el diente no se expondrá el martes, sino a partir del 15 de diciembre, cuando concluya su estudio con microtomografía.",
    )
    mas = fx.teasers(2)
    ad = fx.ad()
    read = fx.read_time(3)
    most = fx.most_read(5)
    ncom = fx.comments(10, 120)
    cookie = fx.f(
        "En EL PAÍS usamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad. Puedes aceptarlas o configurarlas."
    )
    subs = fx.f("Suscríbete para seguir leyendo. Lee sin límites.")
    newsletter = fx.f("Recibe cada semana la newsletter de Materia con lo mejor de la ciencia.")
    footer = fx.f("© EDICIONES EL PAÍS S.L.")
    rules = fx.f("Normas de participación")
    paras = [f"<p>{inline(p)}</p>" for p in body]
    paras.insert(
        2,
        f'<div class="a_md_f"><span class="a_md_f_t">Más información</span><article class="c c-d c--m"><h2 class="c_t"><a href="/ciencia/2026-11-28/teaser-1.html">{mas[0]}</a></h2></article><article class="c c-d c--m"><h2 class="c_t"><a href="/ciencia/2026-11-20/teaser-2.html">{mas[1]}</a></h2></article></div>',
    )
    paras.insert(
        5,
        f'<div class="ad ad-nstd-mpu1" id="elpais_gpt-MPU1"><span class="ad_l">{fx.ad_label()}</span><a href="https://ads.invalid/ep">{ad}</a></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Hallan en Atapuerca un diente humano de hace 1,2 millones de años | Ciencia | EL PAÍS</title>
<meta property="article:published_time" content="2026-12-06T13:30:00+01:00">
<meta property="article:modified_time" content="2026-12-06T19:12:08+01:00">
<meta name="lang" content="es">
</head>
<body class="story">
<div id="didomi-host"><div class="didomi-popup-notice"><p class="didomi-notice-text">{cookie}</p><button id="didomi-notice-agree-button">Aceptar y continuar</button><button>Configurar</button></div></div>
<header class="_g _g-h"><div class="ep_h"><a class="ep_l" href="/">EL PAÍS</a><a class="ep_s" href="/suscripciones/">Suscríbete</a><a class="ep_li" href="/login/">Iniciar sesión</a></div>
<nav class="sm _df" id="sm"><a href="/internacional/">Internacional</a><a href="/opinion/">Opinión</a><a href="/espana/">España</a><a href="/economia/">Economía</a><a href="/sociedad/">Sociedad</a><a href="/ciencia/">Ciencia</a><a href="/cultura/">Cultura</a><a href="/deportes/">Deportes</a></nav></header>
<main id="main-content" class="_g _g-md">
<article class="a _g _g-lg _g-o">
<header class="a_e_txt _df">
<div class="a_k"><a class="a_k_n" href="/ciencia/">Ciencia</a> <span class="a_k_t">Paleontología</span></div>
<h1 class="a_t">Hallan en Atapuerca un diente humano de hace 1,2 millones de años</h1>
<h2 class="a_st">El molar, encontrado en la Sima del Elefante, está entre los restos humanos más antiguos de Europa occidental</h2>
</header>
<div class="a_md _df"><div class="a_md_a"><div class="a_md_a_n"><a class="a_md_a_n_a" href="/autor/lucia-beltran/">Lucía Beltrán</a></div><div class="a_md_a_l"><span>Burgos</span></div></div>
<div class="a_md_f"><span><a data-date="2026-12-06T13:30:00+01:00" href="#">06 dic 2026 - 13:30 CET</a></span><span class="a_md_rt">{read}</span></div>
<div class="a_md_sh"><button>Compartir en Whatsapp</button><button>Compartir en Facebook</button><button>Copiar enlace</button><a href="#comentarios" class="a_md_c">{ncom}</a></div></div>
<figure class="a_m a_m-h"><img src="/img/atapuerca.jpg" alt=""><figcaption class="a_m_p"><span>Vista de la Sima del Elefante, en Atapuerca, en una imagen de archivo.</span><span class="a_m_m">SANTIAGO OLMO</span></figcaption></figure>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{chr(10).join(paras)}
<p><b>{esc(update.label or "")}:</b> {inline(update.text)}</p>
</div>
<div class="a_pw"><p>{subs}</p><a href="/suscripciones/">Suscríbete</a></div>
<div class="a_nl"><p>{newsletter}</p></div>
<section id="comentarios" class="a_comm"><h3>Comentarios</h3><a href="/normas/">{rules}</a></section>
</article>
<aside class="a_aside"><h3 class="b_h_t">Lo más visto</h3><ol>{"".join(f'<li><a href="/lo-mas-visto/{i}.html">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="_g _g-f"><nav><a href="/estaticos/contacto/">Contacto</a> <a href="/estaticos/aviso-legal/">Aviso legal</a> <a href="/estaticos/politica-cookies/">Política de cookies</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(slug, "El País", "es", "updates", html, body, [update], fx.lines)


# ---------------------------------------------------------------------------------------------
# Público (Portugal), Lisbon time (UTC in December)


def publico_sismo(fx: Fx, genuine: bool) -> Page:
    slug = "publico-sismo-lisboa"
    body = [
        "Um sismo de magnitude 4,1 na escala de Richter foi sentido na manhã deste domingo em vários concelhos da Área Metropolitana de Lisboa, sem causar vítimas nem danos materiais significativos, segundo a Autoridade Nacional de Emergência e Proteção Civil.",
        "O abalo, registado às 10h37, teve epicentro a cerca de 12 quilómetros a oeste de Sintra, no mar, a uma profundidade de 18 quilómetros, indicou o Instituto Português do Mar e da Atmosfera (IPMA) num comunicado publicado no seu site.",
        "Vários leitores contaram ao PÚBLICO que sentiram os prédios a abanar durante alguns segundos em Cascais, Oeiras e Amadora. “Os copos tilintaram no armário e o cão começou a ladrar”, descreveu Rita Almeida, moradora em Carcavelos.",
        "A Proteção Civil recebeu cerca de 300 chamadas nas duas horas seguintes ao abalo, a maioria de pessoas a perguntar se devia sair de casa. Não foi necessária qualquer evacuação, disse à agência Lusa o comandante sub-regional Nuno Cardoso.",
        "Os sismos desta magnitude são relativamente frequentes ao largo da costa portuguesa, explica a sismóloga Teresa Valente, da Universidade de Lisboa. “A maioria não é sentida. Este foi-o por ser pouco profundo e relativamente próximo de zonas muito povoadas.”",
        "O IPMA recorda que, em caso de sismo, as pessoas devem proteger-se debaixo de uma mesa resistente ou junto a uma parede interior, e só sair de casa quando o abalo terminar.",
    ]
    update = Block(
        "update",
        "Actualização às 17h25",
        "2026-12-06T17:25:00+00:00",
        "O IPMA registou duas réplicas de magnitude inferior a 2,5 durante a tarde, que não foram sentidas pela população.",
    )
    correction = Block(
        "correction",
        "Correcção",
        None,
        "Uma versão anterior deste artigo indicava que o sismo tinha sido sentido no Algarve. A informação não foi confirmada pelo IPMA e foi retirada.",
    )
    extra = Block(
        "update",
        "Actualização às 22h55",
        "2026-12-06T22:55:00+00:00",
        "A Proteção Civil deu por encerrada a ocorrência ao fim da noite. Não houve registo de danos em edifícios escolares, que abrem normalmente na segunda-feira.",
    )
    leia = fx.teasers(1)[0]
    ad = fx.ad()
    read = fx.read_time(3)
    most = fx.most_read(5)
    ago = fx.ago()
    weather = fx.weather("Lisboa", 9, 15)
    market = fx.market("PSI", 7184.3, ",", ".")
    ncom = fx.comments(5, 80)
    show_cookie = fx.chance(0.5)
    cookie = (
        fx.f(
            "O PÚBLICO e os seus parceiros usam cookies para melhorar a sua experiência. Ao continuar está a aceitar a utilização de cookies."
        )
        if show_cookie
        else ""
    )
    assine = fx.f("Apoie o jornalismo de qualidade. Assine o PÚBLICO.")
    newsletter = fx.f(
        "Receba a newsletter Manhã PÚBLICO com as notícias que importam antes das 8h."
    )
    footer = fx.f("© 2026 PÚBLICO Comunicação Social SA")

    def upd(block: Block) -> str:
        return f'<div class="story__update"><p><strong>{esc(block.label or "")}:</strong> {inline(block.text)}</p></div>'

    paras = [f'<p class="story__paragraph">{inline(p)}</p>' for p in body]
    paras.insert(
        3,
        f'<aside class="story__related-inline"><span class="kicker">Leia também</span> <a href="/2026/12/01/sociedade/noticia/teaser.html">{leia}</a></aside>',
    )
    paras.insert(
        5,
        f'<div class="ad ad--mrec" data-ad-slot="story_mrec_1"><p class="ad__label">{fx.ad_label()}</p><a href="https://ads.invalid/pb">{ad}</a></div>',
    )
    html = f"""<!DOCTYPE html>
<html lang="pt-PT">
<head>
<meta charset="utf-8">
<title>Sismo de magnitude 4,1 sentido na região de Lisboa | PÚBLICO</title>
<meta property="article:published_time" content="2026-12-06T11:02:00Z">
<meta property="article:modified_time" content="{"2026-12-06T22:56:00Z" if genuine else "2026-12-06T17:26:00Z"}">
</head>
<body class="page--story">
{f'<div class="cookie-bar" id="cookie-bar"><p>{cookie}</p><button class="cookie-bar__accept">Aceitar</button></div>' if show_cookie else ""}
<div class="top-bar"><span class="top-bar__weather">{weather}</span><span class="top-bar__market">{market}</span><a href="/assinaturas" class="top-bar__subscribe">Assinar</a></div>
<header class="site-header"><a class="site-header__logo" href="/">PÚBLICO</a>
<nav class="site-nav"><ul><li><a href="/politica">Política</a></li><li><a href="/sociedade">Sociedade</a></li><li><a href="/local">Local</a></li><li><a href="/economia">Economia</a></li><li><a href="/mundo">Mundo</a></li><li><a href="/culturaipsilon">Cultura</a></li><li><a href="/desporto">Desporto</a></li></ul></nav></header>
<main class="site-main">
<article class="story" id="story-2098712">
<header class="story__header">
<div class="story__kicker"><a href="/sociedade">Sociedade</a> · <a href="/sismos">Sismos</a></div>
<h1 class="story__headline">Sismo de magnitude 4,1 sentido na região de Lisboa</h1>
<div class="story__blurb"><p>Abalo teve epicentro no mar, a oeste de Sintra. Não há registo de vítimas nem de danos.</p></div>
<div class="story__byline"><span class="byline__name">Inês Carvalho</span> <time class="dateline" datetime="2026-12-06T11:02:00Z">6 de Dezembro de 2026, 11:02</time> <span class="story__updated">{ago}</span> <span class="story__reading-time">{read}</span></div>
<ul class="story__share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">WhatsApp</a></li><li><a href="#comments">{ncom}</a></li></ul>
</header>
<div class="story__body">
{upd(extra) if genuine else ""}{upd(update)}
<figure class="story__figure"><img src="/sismo.jpg" alt=""><figcaption class="story__caption">Sismógrafo do IPMA registou o abalo às 10h37 <span class="story__credit">Rui Gaudêncio</span></figcaption></figure>
{chr(10).join(paras)}
<p class="story__paragraph"><em>{esc(correction.label or "")}: {inline(correction.text)}</em></p>
</div>
<div class="story__paywall-cta"><p>{assine}</p></div>
<div class="newsletter-promo"><p>{newsletter}</p><a href="/newsletters">Subscrever</a></div>
<section id="comments" class="comments"><h3 class="comments__title">Comentários</h3><p class="comments__count">{ncom}</p></section>
</article>
<aside class="rail"><h3 class="rail__title">Mais lidas</h3><ol>{"".join(f'<li><a href="/lidas/{i}">{t}</a></li>' for i, t in enumerate(most))}</ol></aside>
</main>
<footer class="site-footer"><nav><a href="/estatuto-editorial">Estatuto editorial</a> <a href="/ficha-tecnica">Ficha técnica</a> <a href="/privacidade">Privacidade</a></nav><p>{footer}</p></footer>
</body>
</html>
"""
    return Page(
        slug,
        "Público (Portugal)",
        "pt",
        "updates",
        html,
        body,
        ([extra] if genuine else []) + [update, correction],
        fx.lines,
        extra,
    )
