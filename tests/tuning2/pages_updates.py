"""Articles with update, correction, clarification and editor's notes (10 publishers)."""

from __future__ import annotations

from chrome import (
    ad_slot,
    cookie_banner,
    figure,
    footer,
    latest,
    link,
    most_read,
    nav,
    newsletter_box,
    related,
    share_bar,
    teaser,
    weave,
)
from kit import CET, ET, LISBON, Classes, Page, at, esc, head, news_ld, template
from noise import Noise


def P(text: str) -> str:
    return f"<p>{text}</p>\n"


# ---------------------------------------------------------------------------------------------
# The Hill: bold "Update (Dec. 6):" leading the first paragraph


@template("thehill-refund-rule", "The Hill", "en", "updates")
def thehill(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("thehill", "bem")
    title = "Transportation Department delays airline refund rule after industry pushback"
    url = "https://thehill.invalid/policy/transportation/5120233-dot-delays-airline-refund-rule/"
    published = at(ET, 13, 15)
    modified = at(ET, 16, 2)
    body = page.body(
        [
            "The Transportation Department is delaying a rule that would have required airlines to refund passengers automatically within seven days when a domestic flight is delayed by more than three hours, according to a notice posted Friday.",
            "The rule, first proposed in the spring, was set to take effect on Jan. 15. The notice pushes that date back by at least 90 days while the department reviews comments from carriers, airports and travel agents.",
            "Airlines for America, the industry's largest trade group, had argued that the timeline left carriers too little time to rebuild their booking systems. In a letter to the department last month, the group said several airlines would need to replace software written in the 1990s.",
            "Consumer advocates accused the administration of caving. \u201cEvery week of delay is another week of passengers waiting months for money they are owed,\u201d said Priya Lindqvist, director of the Fair Fares Project.",
            "Sen. Harold Brandt (D-Minn.), who has pushed for stronger refund protections, said he would ask the department's inspector general to review how the decision was made.",
            "The department received more than 41,000 public comments on the proposal, most of them from individual travelers, according to an updated summary attached to the notice.",
            "Complaints about refunds made up nearly half of all air travel complaints filed with the department last year, the agency's own figures show.",
            "A department spokesperson said the agency \u201cremains committed to the rule\u201d and expects to publish a final compliance schedule in February.",
        ]
    )
    body[4] = link(body[4], "Harold Brandt", "/people/harold-brandt/")
    notes = ""
    text = page.note(
        "update",
        "Update (Dec. 6)",
        "2026-12-06",
        "The Transportation Department said Sunday afternoon that the delay will not apply to refunds for canceled flights, which airlines must still pay within seven days under an earlier rule.",
    )
    notes += f"<p><strong>Update (Dec. 6):</strong> {text}</p>\n"
    pos = noise.position("teaser", 2, 5)
    inserts = [
        (pos, teaser(page, noise, c, "inline", "RELATED:")),
        (5, ad_slot(page, noise, c, "mid-article")),
    ]
    copyright_note = "Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."
    ld = news_ld("NewsArticle", title, published, modified, "Jordan Vasquez", "The Hill")
    return (
        head(title, "en-US", "The Hill", url, title, ld, [c("article__text"), c("submitted-by")])
        + f"""<body class="{c("page--article")}">
{cookie_banner(page, noise, c)}
<div class="{c("top-bar")}"><span class="{c("top-bar__weather")}">{page.f(noise.weather("Washington", 34, 47))}</span><a href="/newsletter-signup/">Newsletters</a></div>
{nav(page, c, "The Hill", ["News", "Policy", "Business", "Opinion", "Video", "Events"])}
{ad_slot(page, noise, c, "leaderboard", 0.9)}
<main id="main" class="{c("site-main")}">
<article class="{c("article")}" id="post-5120233">
  <nav class="{c("breadcrumb")}"><a href="/policy/">Policy</a> / <a href="/policy/transportation/">Transportation</a></nav>
  <h1 class="{c("page-title")}">{page.headline(title)}</h1>
  <section class="{c("submitted-by")}">{page.f("by Jordan Vasquez - 12/06/26 1:15 PM ET")}</section>
  <div class="{c("article__share")}">{share_bar(page, c)}<a class="{c("comments-link")}" href="#comments">{page.f(noise.comments("hill", 40, 700))}</a></div>
  {figure(page, c, "Travelers wait in line at a check-in counter at Ronald Reagan Washington National Airport on Nov. 26, 2026.", "Greg Nash/The Hill", "/wp-content/uploads/2026/12/airport_line")}
  <div class="{c("article__text")} {c("entry-content")}">
{notes}{weave(body, inserts, P)}
<p class="{c("copyright")}"><em>{page.f(copyright_note)}</em></p>
  </div>
  <div class="{c("article__tags")}"><span>Tags</span> <a href="/tag/airlines/">airlines</a> <a href="/tag/transportation-department/">Transportation Department</a></div>
  {related(page, noise, c, [("Airlines brace for record holiday travel week", "Record holiday travel week tests airline staffing"), ("FAA extends staffing waiver at New York airports", "New York airports get more time on controller shortages")], "More Transportation News")}
</article>
<aside class="{c("sidebar")}">
{most_read(page, noise, c, "Most Popular")}
{newsletter_box(page, noise, c, "The Hill Morning Report")}
</aside>
</main>
{footer(page, c, ["About", "Contact", "Privacy Policy", "Terms & Conditions"], "© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Fox News: "UPDATED 4:35 PM" in bold over a line break, a credit line closing the story


@template("foxnews-barge-bridge", "Fox News", "en", "updates")
def foxnews(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("foxnews", "styled")
    title = "Barge slams into Ohio River bridge pier, shutting commuter route between two states"
    url = (
        "https://www.foxnews.invalid/us/barge-slams-ohio-river-bridge-pier-shutting-commuter-route"
    )
    body = page.body(
        [
            "A barge loaded with crushed limestone struck a support pier of the Riverview Bridge early Sunday, forcing officials to close the span that carries about 18,000 vehicles a day between Ohio and West Virginia.",
            "The collision happened around 5:40 a.m. as the towboat pushing the barge was heading downstream in heavy fog, according to the U.S. Coast Guard.",
            "No one was injured, the Coast Guard said. The towboat's crew of six was not hurt and the barge did not take on water.",
            "\u201cWe heard a boom that shook the windows,\u201d said Denise Kowalczyk, who lives two blocks from the bridge. \u201cI thought a truck had gone over the side.\u201d",
            "Drivers are being detoured to a bridge about 14 miles downstream, which local officials warned could add 40 minutes to the morning commute.",
            "The Coast Guard has closed a half-mile stretch of the river to barge traffic while divers inspect the pier. At least 11 tows were waiting on either side of the closure by Sunday afternoon.",
            "The Riverview Bridge opened in 1961 and was rated in fair condition during its last inspection in 2024, according to federal records.",
            "The towing company, Lockhart Marine Services, said in a statement that it was cooperating with investigators.",
        ]
    )
    update = page.note(
        "update",
        "UPDATED 4:35 PM",
        at(ET, 16, 35),
        "Inspectors found a crack in a second pier during an afternoon dive, and the West Virginia Division of Highways now says the bridge will stay closed at least through Wednesday.",
    )
    pos = noise.position("teaser", 1, 4)
    inserts = [
        (
            2,
            f'<p class="{c("Body.speakable")}"><strong><a href="/apps-products">{page.f("CLICK HERE TO GET THE FOX NEWS APP")}</a></strong></p>\n',
        ),
        (pos, teaser(page, noise, c, "inline", "")),
        (5, ad_slot(page, noise, c, "in-article", 0.7)),
        (
            6,
            f'<p class="{c("Body.speakable")}"><strong><a href="/us">{page.f("CLICK HERE FOR MORE US NEWS")}</a></strong></p>\n',
        ),
    ]
    wrap = lambda p: f'<p class="{c("Body.p")}">{p}</p>\n'  # noqa: E731
    ld = news_ld("NewsArticle", title, at(ET, 9, 2), at(ET, 16, 37), "Ashley Brennan", "Fox News")
    return (
        head(title, "en", "Fox News", url, title, ld, [c("Article.root"), c("Body.p")])
        + f"""<body>
<div id="__next">
{cookie_banner(page, noise, c)}
<div class="{c("Alert.bar")}"><span>{page.f(noise.ab("alert", "LIVE: Weekend team coverage of winter weather across the Midwest", "WATCH LIVE: Fox Weather tracks the first big snow of the season"))}</span></div>
{nav(page, c, "Fox News", ["U.S.", "Politics", "World", "Opinion", "Media", "Entertainment", "Sports", "Weather"])}
{ad_slot(page, noise, c, "top", 0.9)}
<main class="{c("Layout.main")}">
  <article class="{c("Article.root")}">
    <header class="{c("Article.header")}">
      <div class="{c("Article.eyebrow")}"><a href="/category/us/disasters">ACCIDENTS</a></div>
      <h1 class="{c("Article.headline")}">{page.headline(title)}</h1>
      <h2 class="{c("Article.sub")}">{page.f("Coast Guard closes a half-mile of the river while divers inspect the damaged pier")}</h2>
      <div class="{c("Article.meta")}"><span class="{c("Author.byline")}">{page.f("By Ashley Brennan Fox News")}</span> <time class="{c("Article.time")}">{page.f("Published December 6, 2026 9:02am EST")}</time></div>
      {share_bar(page, c)}
      <div class="{c("Article.comments")}"><a href="#commenting">{page.f(noise.comments("fox", 100, 2400))}</a></div>
    </header>
    {figure(page, c, "Traffic is diverted away from the Riverview Bridge after a barge strike on Sunday morning.", "(Fox News)", "/content/uploads/2026/12/riverview-bridge")}
    <div class="{c("Article.body")}">
<p class="{c("Body.p")}"><strong>UPDATED 4:35 PM</strong><br>{update}</p>
{weave(body, inserts, wrap)}<p class="{c("Body.p")}"><em>{page.f("Fox News' Megan Tolliver contributed to this report.")}</em></p>
    </div>
    <div class="{c("Author.bio")}"><p>{page.f("Ashley Brennan is a reporter for Fox News Digital. Story tips can be sent to ashley.brennan@fox.invalid.")}</p></div>
    {newsletter_box(page, noise, c, "Get the Fox News Rundown")}
  </article>
  <aside class="{c("Layout.sidebar")}">
    {most_read(page, noise, c, "Trending")}
    {ad_slot(page, noise, c, "sidebar", 0.8)}
  </aside>
</main>
{footer(page, c, ["Terms of Use", "Privacy Policy", "Closed Captioning Policy", "Help"], "This material may not be published, broadcast, rewritten, or redistributed. ©2026 FOX News Network, LLC. All rights reserved.")}
</div>
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# TIME: "Correction appended" beside the byline, an italic "Correction, Dec. 6:" at the end


@template("time-leaf-blowers", "TIME", "en", "updates")
def time_mag(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("time", "modules")
    title = "The Suburb That Went Quiet: Inside One Town's Ban on Gas Leaf Blowers"
    url = "https://time.invalid/7341182/leaf-blower-ban-ashbury/"
    body = page.body(
        [
            "On a Saturday morning in Ashbury, New Jersey, the loudest sound on Linden Avenue is a rake. That is by design.",
            "Two years ago, the borough council voted 5-2 to phase out gas-powered leaf blowers, first in summer and then year-round. The ban took full effect in April 2025, and it has turned this town of 9,000 into something of a test case for a fight playing out in hundreds of suburbs.",
            "Supporters point to noise and air quality. A commercial gas blower can emit more smog-forming pollution in an hour than a car driven several hundred miles, according to estimates by air regulators in California, which has restricted the sale of new small gas engines.",
            "Landscapers see it differently. \u201cMy guys lost a day a week at first,\u201d says Ramon Estrada, who runs a six-person crew that services about 80 Ashbury lawns. \u201cBatteries die in the cold. You need three of them per worker.\u201d",
            "Estrada says he spent close to $14,000 on battery equipment, about a third of which was covered by a county rebate. He raised his fall cleanup price by 15%.",
            "Residents, for the most part, seem to have adjusted. A borough survey this fall found that 68% of respondents supported keeping the ban, up from 54% before it started.",
            "Not everyone is persuaded. Gary Pruitt, one of the two council members who voted no, says the borough has shifted a cost onto small businesses \u201cso that people can enjoy their coffee on the porch in peace.\u201d",
            "Still, neighboring towns are watching. At least four municipalities in the county have introduced similar measures, and a statewide bill is expected to get a committee hearing early next year.",
            "On Linden Avenue, Margaret Oyelaran finished bagging the last of her oak leaves. \u201cIt takes me longer,\u201d she said. \u201cBut I can hear the birds again.\u201d",
        ]
    )
    correction = page.note(
        "correction",
        "Correction, Dec. 6",
        "2026-12-06",
        "The original version of this story misstated when Ashbury's ban took full effect. It was April 2025, not April 2024.",
    )
    pos = noise.position("teaser", 2, 6)
    inserts = [
        (3, ad_slot(page, noise, c, "inline-1", 0.8)),
        (
            pos,
            f'<div class="{c("Promo.inline")}"><p><span>{page.f("More from TIME")}</span></p><p><a href="/more">{page.f(noise.teasers("more", 1)[0])}</a></p></div>\n',
        ),
        (7, ad_slot(page, noise, c, "inline-2", 0.5)),
    ]
    wrap = lambda p: f'<p class="{c("Body.paragraph")}">{p}</p>\n'  # noqa: E731
    ld = news_ld("NewsArticle", title, at(ET, 11, 0), at(ET, 15, 20), "Nora Halvorsen", "TIME")
    return (
        head(
            title,
            "en-US",
            "TIME",
            url,
            "A New Jersey borough's ban on gas leaf blowers is a test case.",
            ld,
            [c("Body.paragraph")],
        )
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "TIME", ["Politics", "World", "Health", "Climate", "Business", "Tech", "Entertainment", "Ideas"], f'<a class="{c("Header.subscribe")}" href="/subscribe">Subscribe</a>')}
<main class="{c("Layout.main")}">
  <div class="{c("Paywall.meter")}"><p>{page.f(f"You have {noise.count('meter', 1, 3)} free articles left this month.")}</p></div>
  <article class="{c("Article.root")}">
    <div class="{c("Article.kicker")}"><a href="/section/climate/">Climate</a></div>
    <h1 class="{c("Article.headline")}">{page.headline(title)}</h1>
    <h2 class="{c("Article.dek")}">{page.f("A New Jersey borough banned gas leaf blowers. Two years later, its neighbors are deciding whether to follow.")}</h2>
    <div class="{c("Article.byline")}"><a href="/author/nora-halvorsen/">{esc("Nora Halvorsen")}</a></div>
    <div class="{c("Article.timestamp")}"><time datetime="2026-12-06T16:00:00Z">{page.f("December 6, 2026 11:00 AM EST")}</time><span class="{c("Article.correction")}">{page.f("Correction appended")}</span></div>
    {share_bar(page, c)}
    {figure(page, c, "Margaret Oyelaran rakes leaves outside her home in Ashbury, N.J., on Nov. 29, 2026.", "Bryan Anselm for TIME", "/wp-content/uploads/2026/12/ashbury-leaves")}
    <div id="article-body" class="{c("Article.body")}">
{weave(body, inserts, wrap)}<div class="{c("Article.end")}">
<p class="{c("Body.paragraph")}"><em>Correction, Dec. 6: {correction}</em></p>
</div>
<p class="{c("Article.contact")}">{page.f("Contact us at letters@time.invalid.")}</p>
    </div>
  </article>
  <section class="{c("Recirc.root")}">
    {most_read(page, noise, c, "More Must-Reads from TIME")}
  </section>
  {newsletter_box(page, noise, c, "Sign Up for TIME's Climate Newsletter")}
</main>
{footer(page, c, ["About Us", "Privacy Policy", "Your Privacy Rights", "Terms of Use"], "© 2026 TIME USA, LLC. All Rights Reserved.")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# ProPublica: a boxed "Note:" on top, a "Correction" heading over "We have corrected ..." at the end


@template("propublica-jail-phone-fees", "ProPublica", "en", "updates")
def propublica(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("propublica", "bem")
    title = "Families Paid Millions in Jail Phone Fees. The County Kept a Cut."
    url = "https://www.propublica.invalid/article/marlow-county-jail-phone-fees-commissions"
    body = page.body(
        [
            "Every Sunday evening, Teresa Banks sets aside $25 so she can talk to her son for a few minutes each day while he waits for trial in the Marlow County Jail in Ohio.",
            "The calls cost 21 cents a minute, plus a $3.95 fee each time she adds money to her account. Over the 14 months her son has been held, Banks estimates she has spent more than $1,600.",
            "What Banks did not know is that a share of that money went back to the county. Under its contract with the phone provider, Marlow County received a commission of 48% on every call, according to records obtained by ProPublica and the Marlow Ledger.",
            "From 2021 through 2025, those commissions brought the county $9.3 million. The money went into a sheriff's office fund that paid for vehicles, overtime and a new training center, budget documents show.",
            "Federal regulators capped the rates companies can charge for calls from jails in 2024, but the new limits leave room for local arrangements like Marlow's, advocates say, because fees and commissions can be built into other charges.",
            "Sheriff Dale Whitcomb defended the contract in an interview. \u201cThose dollars stay in this county and keep deputies on the road,\u201d he said. \u201cNobody is forced to make a call.\u201d",
            "Public defenders say the costs fall hardest on families with the least money. \u201cWhen a mother has to choose between a phone call and groceries, she chooses groceries, and her son stops hearing from home,\u201d said Monique Carrillo, a supervising attorney at the county's public defender's office.",
            "Three county commissioners told ProPublica they were not aware of the size of the commissions until reporters asked about them. One, Evelyn Strand, said she would propose ending them when the contract comes up for renewal in June.",
            "The phone provider, Castlegate Communications, did not respond to detailed questions.",
        ]
    )
    note = page.note(
        "editors_note",
        "Note",
        None,
        "Reporter Lena Castellanos previously worked as a paralegal at the Marlow County Public Defender's Office, which is quoted in this story. She left the office in 2022.",
    )
    correction = page.note(
        "correction",
        "Correction",
        None,
        "We have corrected the amount Marlow County received in commissions from 2021 through 2025. It was $9.3 million, not $9.8 million.",
    )
    pos = noise.position("teaser", 3, 6)
    inserts = [
        (
            1,
            f'<div class="{c("callout")}"><p>{page.f("ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they’re published.")}</p></div>\n',
        ),
        (pos, teaser(page, noise, c, "inline", "Related:")),
        (
            5,
            f'<div class="{c("donate")}"><p>{page.f(noise.ab("donate", "Support journalism that holds power to account. Donate now.", "Our reporting depends on readers like you. Make a gift today."))}</p></div>\n',
        ),
    ]
    ld = news_ld(
        "NewsArticle", title, at(ET, 6, 0), at(ET, 14, 45), "Lena Castellanos", "ProPublica"
    )
    return (
        head(title, "en", "ProPublica", url, title, ld, [c("article-body")])
        + f"""<body class="{c("single-article")}">
{cookie_banner(page, noise, c)}
{nav(page, c, "ProPublica", ["Investigations", "Local", "Data", "Newsletters", "About"], f'<a class="{c("donate-button")}" href="/donate">Donate</a>')}
<main id="main" class="{c("main")}">
<article class="{c("article")}">
  <header class="{c("article-header")}">
    <p class="{c("series")}">{page.f("Local Reporting Network")}</p>
    <h1 class="{c("hed")}">{page.headline(title)}</h1>
    <p class="{c("dek")}">{page.f("For years, an Ohio county took nearly half of what families paid for calls from its jail. Commissioners say they didn’t know.")}</p>
    <p class="{c("byline")}">{page.f("by Lena Castellanos, The Marlow Ledger")}</p>
    <p class="{c("timestamp")}"><time datetime="2026-12-06T06:00:00-05:00">{page.f("Dec. 6, 2026, 6 a.m. EST")}</time></p>
    <div class="{c("republish")}"><button type="button">{page.f("Republish This Story for Free")}</button></div>
  </header>
  <div class="{c("article-body")}">
    <aside class="{c("note-box")}"><p><strong>Note:</strong> {note}</p></aside>
    {figure(page, c, "Teresa Banks keeps a notebook of every call she has paid for since her son was jailed.", "Maddie McGarvey for ProPublica", "/images/2026/12/banks-notebook")}
{weave(body, inserts, P)}
    <aside class="{c("correction-box")}">
      <h2 class="{c("correction-title")}">Correction</h2>
      <p>{correction}</p>
    </aside>
    <div class="{c("tip-box")}"><p>{page.f("Do you have information about jail phone contracts? Contact Lena Castellanos on Signal at 614-555-0143.")}</p></div>
  </div>
  {share_bar(page, c)}
</article>
<aside class="{c("sidebar")}">
  {most_read(page, noise, c, "Most Read")}
  {newsletter_box(page, noise, c, "The Big Story")}
</aside>
</main>
{footer(page, c, ["About Us", "Jobs", "Code of Ethics", "Privacy Policy"], "© Copyright 2026 Pro Publica Inc.")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# t-online: a box with the heading "Aktualisiert um 18.32 Uhr" above the story


@template("tonline-brand-recyclinghof", "t-online", "de", "updates")
def tonline(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("tonline", "short")
    title = "Großbrand auf Recyclinghof: Rauchwolke zieht über Duisburg"
    url = "https://www.t-online.invalid/region/duisburg/id_100731842/grossbrand-auf-recyclinghof-rauchwolke-ueber-duisburg.html"
    body = page.body(
        [
            "Auf einem Recyclinghof im Duisburger Süden ist am Sonntagmittag ein Großbrand ausgebrochen. Eine dichte schwarze Rauchwolke zog über mehrere Stadtteile, die Stadt löste über die Warn-App Nina eine Warnung aus.",
            "Nach Angaben der Feuerwehr brannten gegen 12.40 Uhr mehrere Hundert Kubikmeter Kunststoff- und Elektroschrott. Zeitweise waren mehr als 130 Einsatzkräfte vor Ort.",
            "Anwohner in Hochfeld, Wanheimerort und Neudorf wurden aufgefordert, Fenster und Türen geschlossen zu halten und Lüftungs- und Klimaanlagen abzuschalten.",
            "„Wir haben den Brand inzwischen unter Kontrolle, aber das Material wird noch viele Stunden glimmen“, sagte ein Sprecher der Feuerwehr am Nachmittag.",
            "Verletzt wurde nach bisherigen Erkenntnissen niemand. Ein Mitarbeiter des Betriebs, der den Brand entdeckt hatte, wurde vorsorglich vom Rettungsdienst untersucht.",
            "Die A59 war zwischen den Anschlussstellen Duisburg-Hochfeld und Duisburg-Zentrum wegen der Sichtbehinderung rund zwei Stunden gesperrt.",
            "Der Recyclinghof war bereits im Frühjahr 2025 von einem kleineren Brand betroffen. Damals hatte die Stadt dem Betreiber zusätzliche Auflagen für die Lagerung von Akkus gemacht.",
            "Die Stadt will am Montag über die weiteren Messergebnisse informieren.",
        ]
    )
    boxes = ""
    if genuine:
        text = page.note(
            "update",
            "Aktualisiert um 23.54 Uhr",
            at(CET, 23, 54),
            "Die Polizei hat ein Ermittlungsverfahren wegen fahrlässiger Brandstiftung eingeleitet. Ein Gutachter soll am Montag klären, ob ein beschädigter Akku das Feuer ausgelöst hat.",
            genuine=True,
        )
        boxes += f'<div class="{c("UpdateBox")}"><h3 class="{c("UpdateBox.title")}">Aktualisiert um 23.54 Uhr</h3><p>{text}</p></div>\n'
    text = page.note(
        "update",
        "Aktualisiert um 18.32 Uhr",
        at(CET, 18, 32),
        "Die Feuerwehr hat die Warnung für Hochfeld und Wanheimerort am frühen Abend aufgehoben. Fenster und Türen können wieder geöffnet werden, die Messungen hätten keine erhöhten Schadstoffwerte ergeben.",
    )
    boxes += f'<div class="{c("UpdateBox")}"><h3 class="{c("UpdateBox.title")}">Aktualisiert um 18.32 Uhr</h3><p>{text}</p></div>\n'
    stamp = "06.12.2026 - 23:55 Uhr" if genuine else "06.12.2026 - 18:33 Uhr"
    pos = noise.position("teaser", 1, 5)
    inserts = [
        (pos, teaser(page, noise, c, "inline", "Mehr zum Thema:")),
        (3, ad_slot(page, noise, c, "content-1", 0.8)),
        (6, ad_slot(page, noise, c, "content-2", 0.5)),
    ]
    wrap = lambda p: f'<p class="{c("Text")}">{p}</p>\n'  # noqa: E731
    ld = news_ld(
        "NewsArticle",
        title,
        at(CET, 13, 5),
        at(CET, 23, 55) if genuine else at(CET, 18, 33),
        "Jana Wiesmann",
        "t-online",
    )
    return (
        head(title, "de-DE", "t-online", url, title, ld, [c("Text"), c("UpdateBox")])
        + f"""<body>
{cookie_banner(page, noise, c)}
<div class="{c("Topbar")}"><span>{page.f(noise.weather("Duisburg", 1, 7))}</span><span>{page.f(noise.market("DAX", 23410.0))}</span></div>
{nav(page, c, "t-online", ["Nachrichten", "Regional", "Sport", "Finanzen", "Digital", "Gesundheit", "Leben"])}
<main class="{c("Main")}">
  <nav class="{c("Breadcrumb")}"><a href="/region/">Regionales</a> &gt; <a href="/region/duisburg/">Duisburg</a></nav>
  <article class="{c("Article")}" data-id="100731842">
    <header class="{c("Article.header")}">
      <span class="{c("Kicker")}">Feuerwehreinsatz</span>
      <h1 class="{c("Headline")}">{page.headline(title)}</h1>
      <div class="{c("Meta")}"><span class="{c("Date")}">{page.f("Aktualisiert am " + stamp)}</span><span class="{c("Reading")}">{page.f(noise.reading_time(3))}</span><a href="#comments">{page.f(noise.comments("tonline", 30, 400))}</a></div>
      <div class="{c("Audio")}"><button type="button">{page.f("Artikel anhören")}</button></div>
      {share_bar(page, c)}
    </header>
    {figure(page, c, "Eine schwarze Rauchwolke steht über dem Duisburger Süden.", "Foto: Kai Brünger/dpa", "/img/duisburg-brand")}
    <p class="{c("Lead")}">{page.f("Kunststoff und Elektroschrott stehen in Flammen: Die Feuerwehr ist mit einem Großaufgebot im Einsatz.")}</p>
    <div class="{c("Body")}">
{boxes}{weave(body, inserts, wrap)}<p class="{c("Source")}">{page.f("Verwendete Quellen: Feuerwehr Duisburg, Stadt Duisburg, eigene Recherche")}</p>
    </div>
  </article>
  {latest(page, noise, c)}
  {most_read(page, noise, c, "Meistgelesen")}
  {newsletter_box(page, noise, c, "Der t-online-Tagesanbruch")}
</main>
{footer(page, c, ["Impressum", "Datenschutz", "Jugendschutz", "Kontakt"], "© Ströer Digital Publishing GmbH 2026")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Tagesspiegel: an unlabelled italic correction above the story, a bold "Ergänzung:" below it


@template("tagesspiegel-schulbau-pankow", "Tagesspiegel", "de", "updates")
def tagesspiegel(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("tagesspiegel", "emotion")
    title = "Senat stoppt Ausschreibung für drei neue Grundschulen in Pankow"
    url = "https://www.tagesspiegel.invalid/berlin/schule/senat-stoppt-ausschreibung-fur-drei-neue-grundschulen-in-pankow-14821356.html"
    body = page.body(
        [
            "Der Berliner Senat hat die Ausschreibung für drei neue Grundschulen in Pankow vorerst gestoppt. Das geht aus einem Schreiben der Senatsverwaltung für Finanzen an den Bezirk hervor, das dem Tagesspiegel vorliegt.",
            "Begründet wird der Schritt mit den Sparvorgaben für den Doppelhaushalt. Die drei Schulen in Blankenburg, Französisch Buchholz und Karow sollten ab 2028 zusammen rund 1.300 Plätze schaffen.",
            "Im Bezirk ist die Empörung groß. „Wir haben heute schon Klassen mit 29 Kindern und Container auf jedem zweiten Schulhof“, sagte Bildungsstadträtin Miriam Oberländer (Grüne).",
            "Nach der Prognose des Bezirks fehlen in Pankow bis 2030 mehr als 2.000 Grundschulplätze, vor allem in den Neubaugebieten im Norden.",
            "Die Finanzverwaltung verweist darauf, dass der Stopp keine endgültige Absage sei. Man prüfe, ob sich die Schulen günstiger in modularer Bauweise errichten ließen.",
            "Eltern haben für Dienstag eine Kundgebung vor dem Roten Rathaus angekündigt. Eine Petition gegen den Stopp hatte bis Sonntagabend mehr als 6.000 Unterschriften.",
            "Der bildungspolitische Sprecher der Opposition, Tarek Hamdi, sprach von einem „Wortbruch“. Der Senat habe den Schulbau noch im Sommer zur Priorität erklärt.",
        ]
    )
    correction = page.note(
        "correction",
        None,
        None,
        "In einer früheren Fassung dieses Textes hieß es, die Ausschreibung umfasse vier Schulen. Tatsächlich sind es drei. Wir haben den Fehler korrigiert.",
    )
    addition = page.note(
        "update",
        "Ergänzung",
        None,
        "Die Senatsverwaltung für Bildung hat am Sonntagnachmittag mitgeteilt, dass die Ausschreibung im Frühjahr in geänderter Form neu gestartet werden soll.",
    )
    pos = noise.position("teaser", 2, 5)
    inserts = [
        (1, ad_slot(page, noise, c, "inread", 0.7)),
        (pos, teaser(page, noise, c, "inline", "Mehr zum Thema")),
    ]
    wrap = lambda p: f'<p class="{c("Paragraph")}">{p}</p>\n'  # noqa: E731
    ld = news_ld(
        "NewsArticle", title, at(CET, 10, 40), at(CET, 16, 12), "Anja Perlitz", "Der Tagesspiegel"
    )
    return (
        head(title, "de", "Der Tagesspiegel", url, title, ld, [c("Paragraph")])
        + f"""<body>
{cookie_banner(page, noise, c, "Wir und unsere {n} Partner nutzen Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.")}
{nav(page, c, "Tagesspiegel", ["Berlin", "Politik", "Wirtschaft", "Kultur", "Sport", "Meinung", "Checkpoint"], f'<a class="{c("Abo")}" href="/abo">Tagesspiegel Plus</a>')}
<main class="{c("Main")}">
  <article class="{c("Article")}">
    <header class="{c("Header")}">
      <p class="{c("Kicker")}">{page.f("Sparvorgaben im Doppelhaushalt")}</p>
      <h1 class="{c("Title")}">{page.headline(title)}</h1>
      <p class="{c("Intro")}">{page.f("Blankenburg, Französisch Buchholz und Karow sollten neue Schulen bekommen. Nun liegt das Projekt auf Eis, der Bezirk ist empört.")}</p>
      <p class="{c("Byline")}">{page.f("Von Anja Perlitz")}</p>
      <time class="{c("Time")}" datetime="2026-12-06T10:40:00+01:00">{page.f("Stand: 06.12.2026, 16:12 Uhr")}</time>
      <span class="{c("Comments")}">{page.f(noise.comments("tsp", 15, 260))}</span>
    </header>
    <div class="{c("Body")}">
<p class="{c("Paragraph")}"><i>{correction}</i></p>
{figure(page, c, "In vielen Pankower Grundschulen wird schon heute in Containern unterrichtet.", "Foto: Kitty Kleist-Heinrich/Tagesspiegel", "/images/pankow-container")}
{weave(body, inserts, wrap)}<hr>
<p class="{c("Paragraph")}"><b>Ergänzung:</b> {addition}</p>
    </div>
    {share_bar(page, c)}
    <a class="{c("Home")}" href="/">{page.f("Zur Startseite")}</a>
  </article>
  {related(page, noise, c, [("Containerklassen in Pankow: Eltern ziehen vor Gericht", "Klagen gegen Containerklassen: Eltern in Pankow machen ernst"), ("Wie Berlin beim Schulbau sparen will", "Modulbau statt Massivbau: Berlins Sparplan für Schulen")], "Mehr zum Thema")}
  {most_read(page, noise, c, "Meistgelesen")}
  {newsletter_box(page, noise, c, "Checkpoint")}
</main>
{footer(page, c, ["Impressum", "Datenschutz", "AGB", "Kontakt"], "© Verlag Der Tagesspiegel GmbH 2026")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Le Point: "MAJ le 06/12 à 19h05" in bold before a dash, an italic "Précision :" at the end


@template("lepoint-panne-tgv", "Le Point", "fr", "updates")
def lepoint(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("lepoint", "bem")
    title = (
        "Panne géante sur la ligne TGV Paris-Lyon : des dizaines de milliers de voyageurs bloqués"
    )
    url = "https://www.lepoint.invalid/societe/panne-geante-sur-la-ligne-tgv-paris-lyon-06-12-2026-2614420_23.php"
    body = page.body(
        [
            "Une panne de signalisation a paralysé dimanche la ligne à grande vitesse entre Paris et Lyon, bloquant des dizaines de milliers de voyageurs en plein week-end de départs vers les stations de ski.",
            "L'incident s'est produit peu avant 10 heures près de Montbard, en Côte-d'Or, selon SNCF Réseau. Un câble endommagé a privé de signalisation un tronçon d'une quarantaine de kilomètres.",
            "Au moins 37 TGV ont été supprimés et une soixantaine d'autres ont circulé avec des retards de deux à quatre heures, certains étant détournés par la ligne classique via Dijon.",
            "Dans un train immobilisé en rase campagne, « on est restés trois heures sans information, sans chauffage à la fin », raconte Claire Ménétrier, qui rejoignait Grenoble avec ses deux enfants.",
            "La SNCF a mobilisé des agents dans les gares de Lyon-Part-Dieu et de Paris-Gare de Lyon pour distribuer de l'eau et des collations, et affrété une dizaine d'autocars.",
            "Le ministre des Transports a demandé à SNCF Réseau un rapport « sous huit jours » sur l'origine de la panne. Un acte de malveillance n'est pas exclu à ce stade, selon une source proche du dossier.",
            "Les voyageurs dont le train a été supprimé peuvent demander un remboursement ou un échange sans frais, indique l'entreprise.",
        ]
    )
    notes = ""
    if genuine:
        text = page.note(
            "update",
            "MAJ le 06/12 à 23h54",
            at(CET, 23, 54),
            "La SNCF annonce que les voyageurs des trains supprimés seront remboursés intégralement, y compris pour les billets non échangeables.",
            genuine=True,
        )
        notes += f'<p class="{c("article__paragraph")}"><strong>MAJ le 06/12 à 23h54</strong> – {text}</p>\n'
    text = page.note(
        "update",
        "MAJ le 06/12 à 19h05",
        at(CET, 19, 5),
        "Le trafic a repris progressivement vers 18 h 30 sur la ligne à grande vitesse, selon la SNCF, qui prévoit un retour à la normale lundi matin.",
    )
    notes += (
        f'<p class="{c("article__paragraph")}"><strong>MAJ le 06/12 à 19h05</strong> – {text}</p>\n'
    )
    precision = page.note(
        "clarification",
        "Précision",
        None,
        "les trains Ouigo, exploités par une filiale de la SNCF, sont également concernés par ces mesures de remboursement.",
    )
    modified = "23h55" if genuine else "19h06"
    pos = noise.position("teaser", 1, 5)
    inserts = [
        (pos, teaser(page, noise, c, "inline")),
        (2, ad_slot(page, noise, c, "pave-1", 0.8)),
        (
            5,
            f'<div class="{c("article__abo")}"><p>{page.f(noise.ab("abo", "Profitez de notre offre spéciale : 1 € le premier mois.", "Abonnez-vous pour lire Le Point sans limite dès 1 €."))}</p></div>\n',
        ),
    ]
    wrap = lambda p: f'<p class="{c("article__paragraph")}">{p}</p>\n'  # noqa: E731
    ld = news_ld(
        "NewsArticle",
        title,
        at(CET, 12, 10),
        at(CET, 23, 55) if genuine else at(CET, 19, 6),
        "Le Point.fr",
        "Le Point",
    )
    return (
        head(title, "fr-FR", "Le Point", url, title, ld, [c("article__paragraph")])
        + f"""<body class="{c("article-page")}">
{cookie_banner(page, noise, c)}
{nav(page, c, "Le Point", ["Politique", "International", "Économie", "Société", "Culture", "Sciences", "Sport"], f'<a class="{c("header__abo")}" href="/abonnement">S’abonner</a>')}
{ad_slot(page, noise, c, "banniere", 0.9)}
<main class="{c("main")}">
  <article class="{c("article")}">
    <header class="{c("article__header")}">
      <p class="{c("article__rubrique")}"><a href="/societe/">Société</a></p>
      <h1 class="{c("article__title")}">{page.headline(title)}</h1>
      <h2 class="{c("article__chapo")}">{page.f("Une panne de signalisation près de Montbard a provoqué la suppression de dizaines de TGV en plein week-end de départs.")}</h2>
      <p class="{c("article__author")}">{page.f("Par Le Point.fr")}</p>
      <p class="{c("article__date")}">{page.f(f"Publié le 06/12/2026 à 12h10, modifié le 06/12/2026 à {modified}")}</p>
      <span class="{c("article__comments")}">{page.f(noise.comments("lepoint", 10, 300))}</span>
      {share_bar(page, c)}
    </header>
    {figure(page, c, "Des voyageurs patientent en gare de Lyon, à Paris, dimanche.", "© Lucas Barioulet / AFP", "/images/2026/12/06/gare-de-lyon")}
    <div class="{c("article__content")}">
{notes}{weave(body, inserts, wrap)}<p class="{c("article__paragraph")}"><em>Précision : {precision}</em></p>
    </div>
    <div class="{c("article__tags")}"><a href="/tags/sncf">SNCF</a> <a href="/tags/tgv">TGV</a></div>
  </article>
  {latest(page, noise, c)}
  {most_read(page, noise, c, "Les plus lus")}
  {newsletter_box(page, noise, c, "La newsletter Société")}
</main>
{footer(page, c, ["Mentions légales", "Données personnelles", "Contact", "Nous rejoindre"], "© Le Point - Reproduction interdite")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# 20minutos: a box with the label "Actualizado 6 dic 2026 - 18:12" above the story, an italic
# "Nota de la redacción:" below it


@template("20minutos-incendio-getafe", "20minutos", "es", "updates")
def veinteminutos(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("20minutos", "short")
    title = "Un incendio en una nave de Getafe obliga a confinar a 3.000 vecinos"
    url = "https://www.20minutos.invalid/noticia/5514907/0/incendio-nave-getafe-confinamiento-vecinos/"
    body = page.body(
        [
            "Un incendio declarado este domingo en una nave de almacenamiento de plásticos del polígono de Los Olivos, en Getafe, ha obligado a confinar a unos 3.000 vecinos por la columna de humo, visible desde buena parte del sur de Madrid.",
            "El aviso llegó al 112 a las 11:48 horas. Hasta el lugar se desplazaron 14 dotaciones de bomberos de la Comunidad y del Ayuntamiento, que trabajaron durante horas para evitar que las llamas alcanzaran dos naves colindantes.",
            "Protección Civil pidió a los residentes de El Bercial y Los Molinos que permanecieran en sus casas con las ventanas cerradas y apagaran los sistemas de ventilación.",
            "«El humo era tan negro que parecía de noche», ha contado a este diario Rocío Galindo, vecina de la calle Ortega y Gasset.",
            "No se han registrado heridos, aunque el Summa 112 atendió a dos trabajadores por inhalación leve de humo que no precisaron traslado.",
            "La Policía Nacional ha abierto una investigación para esclarecer las causas. La nave ya había sido sancionada en 2024 por almacenar material sin las medidas de seguridad exigidas, según fuentes municipales.",
            "El Ayuntamiento ha anunciado que mantendrá cortada la calle Torres Quevedo al menos hasta el lunes.",
        ]
    )
    boxes = ""
    if genuine:
        text = page.note(
            "update",
            "Actualizado 6 dic 2026 - 23:54",
            at(CET, 23, 54),
            "Los colegios de El Bercial abrirán con normalidad el lunes, según ha anunciado el Ayuntamiento, después de que las mediciones de calidad del aire no hayan detectado niveles de riesgo.",
            genuine=True,
        )
        boxes += f'<div class="{c("update")}"><span class="{c("update-label")}">Actualizado 6 dic 2026 - 23:54</span><p class="{c("paragraph")}">{text}</p></div>\n'
    update = page.note(
        "update",
        "Actualizado 6 dic 2026 - 18:12",
        at(CET, 18, 12),
        "Los bomberos de la Comunidad de Madrid han dado por controlado el incendio y el Ayuntamiento ha levantado el confinamiento en los barrios de El Bercial y Los Molinos.",
    )
    nota = page.note(
        "editors_note",
        "Nota de la redacción",
        None,
        "Por respeto a la investigación policial, este diario no publica el nombre de la empresa propietaria de la nave.",
    )
    pos = noise.position("teaser", 1, 4)
    inserts = [
        (pos, teaser(page, noise, c, "inline")),
        (4, ad_slot(page, noise, c, "roba-1", 0.7)),
    ]
    wrap = lambda p: f'<p class="{c("paragraph")}">{p}</p>\n'  # noqa: E731
    ld = news_ld(
        "NewsArticle",
        title,
        at(CET, 12, 30),
        at(CET, 23, 55) if genuine else at(CET, 18, 14),
        "Lucía Ferrándiz",
        "20minutos",
    )
    return (
        head(title, "es-ES", "20minutos", url, title, ld, [c("paragraph"), c("update")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "20minutos", ["Nacional", "Internacional", "Deportes", "Economía", "Madrid", "Tecnología", "Gente"])}
<div class="{c("ticker")}"><span>{page.f(noise.weather("Madrid", 3, 12))}</span></div>
<main class="{c("main")}">
  <article class="{c("article")}">
    <header class="{c("article-header")}">
      <h1 class="{c("article-title")}">{page.headline(title)}</h1>
      <ul class="{c("article-intro")}">
        <li>{page.f("El humo ha obligado a cerrar ventanas en El Bercial y Los Molinos.")}</li>
        <li>{page.f("Catorce dotaciones de bomberos han trabajado durante horas en el polígono de Los Olivos.")}</li>
      </ul>
      <div class="{c("article-meta")}"><span class="{c("author")}">{page.f("Lucía Ferrándiz")}</span><span class="{c("date")}">{page.f("06.12.2026 - 12:30h")}</span><a href="#comentarios">{page.f(noise.comments("20m", 5, 180))}</a></div>
      {share_bar(page, c)}
    </header>
    {figure(page, c, "La columna de humo, vista desde la A-4 este domingo.", "Europa Press", "/assets/2026/12/06/getafe-humo")}
    <div class="{c("article-text")}">
{boxes}<div class="{c("update")}"><span class="{c("update-label")}">Actualizado 6 dic 2026 - 18:12</span><p class="{c("paragraph")}">{update}</p></div>
{weave(body, inserts, wrap)}<p class="{c("paragraph")}"><em>Nota de la redacción: {nota}</em></p>
    </div>
    <div class="{c("tags")}"><a href="/tags/lugares/getafe/">Getafe</a> <a href="/tags/temas/incendios/">Incendios</a></div>
  </article>
  {related(page, noise, c, [("El sur de Madrid suma tres incendios industriales este año", "Tres incendios en naves del sur de Madrid en lo que va de año"), ("Qué hacer si te piden confinarte en casa", "Confinamiento por humo: las recomendaciones de Protección Civil")])}
  {latest(page, noise, c)}
  {most_read(page, noise, c)}
</main>
{footer(page, c, ["Aviso legal", "Política de privacidad", "Contacto", "Publicidad"], "© 2026 20 Minutos Editora, S.L. Todos los derechos reservados.")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Il Fatto Quotidiano: an italic "Aggiornato alle 18:40." opening the first paragraph


@template("ilfatto-appalti-asl", "Il Fatto Quotidiano", "it", "updates")
def ilfatto(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("ilfatto", "bem")
    title = "Appalti all'ospedale di Pescara, la Procura indaga sei dirigenti della Asl"
    url = "https://www.ilfattoquotidiano.invalid/2026/12/06/appalti-ospedale-pescara-procura-indaga-sei-dirigenti-asl/8120433/"
    body = page.body(
        [
            "La Procura di Pescara ha iscritto nel registro degli indagati sei dirigenti della Asl per presunte irregolarità negli appalti per la ristrutturazione del pronto soccorso dell'ospedale Santo Spirito.",
            "Le ipotesi di reato sono turbativa d'asta e falso. Secondo gli inquirenti, i bandi per lavori da oltre 11 milioni di euro sarebbero stati scritti su misura per favorire due imprese della provincia.",
            "Sabato mattina la Guardia di Finanza ha perquisito gli uffici dell'azienda sanitaria e le abitazioni di alcuni indagati, sequestrando computer e documenti.",
            "«Abbiamo piena fiducia nella magistratura e collaboreremo in ogni modo», ha dichiarato il direttore generale della Asl, che non risulta tra gli indagati.",
            "I lavori al pronto soccorso, iniziati nel 2024, avrebbero dovuto concludersi la scorsa estate. Oggi il cantiere è fermo e i pazienti vengono accolti in una struttura provvisoria.",
            "Il caso arriva in consiglio regionale: le opposizioni hanno chiesto un'audizione urgente dell'assessore alla Sanità.",
        ]
    )
    update = page.note(
        "update",
        "Aggiornato alle 18:40",
        at(CET, 18, 40),
        "La Regione ha sospeso in via cautelare i due dirigenti dell'ufficio tecnico coinvolti nell'inchiesta, in attesa degli interrogatori fissati per giovedì.",
    )
    pos = noise.position("teaser", 1, 4)
    inserts = [
        (pos, teaser(page, noise, c, "inline")),
        (2, ad_slot(page, noise, c, "mpu", 0.8)),
    ]
    wrap = lambda p: f"<p>{p}</p>\n"  # noqa: E731
    ld = news_ld(
        "NewsArticle",
        title,
        at(CET, 11, 25),
        at(CET, 18, 41),
        "Marco Iannelli",
        "Il Fatto Quotidiano",
    )
    return (
        head(title, "it-IT", "Il Fatto Quotidiano", url, title, ld, [c("article__body")])
        + f"""<body class="{c("single")}">
{cookie_banner(page, noise, c)}
{nav(page, c, "Il Fatto Quotidiano", ["Politica", "Giustizia", "Economia", "Cronaca", "Mondo", "Ambiente", "Blog"], f'<a class="{c("header__sostieni")}" href="/sostenitore/">Sostienici</a>')}
<main class="{c("content")}">
  <article class="{c("article")}">
    <div class="{c("article__category")}"><a href="/cronaca/">Cronaca</a></div>
    <h1 class="{c("article__title")}">{page.headline(title)}</h1>
    <p class="{c("article__summary")}">{page.f("Perquisizioni della Guardia di Finanza negli uffici dell'azienda sanitaria: sotto la lente bandi per oltre 11 milioni")}</p>
    <div class="{c("article__meta")}"><span class="{c("article__author")}">{page.f("di Marco Iannelli")}</span> | <span class="{c("article__date")}">{page.f("6 Dicembre 2026")}</span> <a href="#commenti">{page.f(noise.comments("fatto", 20, 600))}</a></div>
    {figure(page, c, "L'ingresso del pronto soccorso dell'ospedale Santo Spirito di Pescara.", "Ansa", "/wp-content/uploads/2026/12/06/pescara-ps")}
    <section class="{c("article__body")}">
<p><em>Aggiornato alle 18:40.</em> {update}</p>
{weave(body, inserts, wrap)}
    </section>
    {share_bar(page, c)}
    <div class="{c("support")}"><p>{page.f(noise.ab("support", "Il Fatto Quotidiano non riceve finanziamenti pubblici. Sostienici con un contributo.", "Abbiamo bisogno di te: diventa sostenitore del Fatto Quotidiano."))}</p></div>
  </article>
  <aside class="{c("sidebar")}">
    {most_read(page, noise, c, "I più letti")}
    {ad_slot(page, noise, c, "sidebar", 0.8)}
  </aside>
</main>
{footer(page, c, ["Chi siamo", "Privacy", "Termini e condizioni", "Redazione"], "© 2009 - 2026 SEIF S.p.A. - C.F. e P.IVA 10460121006")}
</body>
</html>
"""
    )


# ---------------------------------------------------------------------------------------------
# Jornal de Notícias: a box headed "Atualizado em 06/12/2026 às 18h40" below the story


@template("jn-despiste-autocarro", "Jornal de Notícias", "pt", "updates")
def jn(page: Page, noise: Noise, genuine: bool) -> str:
    c = Classes("jn", "modules")
    title = "Autocarro despista-se na A4 perto de Amarante e faz 14 feridos"
    url = "https://www.jn.invalid/local/noticias/porto/amarante/autocarro-despista-se-na-a4-14-feridos-18493022.html"
    body = page.body(
        [
            "Um autocarro de passageiros despistou-se na manhã deste domingo na A4, no sentido Porto-Amarante, provocando 14 feridos, dois deles graves.",
            "O acidente ocorreu pelas 9h20, ao quilómetro 48, quando o veículo, que transportava 31 pessoas de uma excursão de Penafiel, embateu no separador central e tombou na berma.",
            'Segundo o comandante dos Bombeiros Voluntários de Amarante, o piso estava molhado e havia nevoeiro no local. "Os passageiros ajudaram-se uns aos outros a sair pelas janelas", contou.',
            "No local estiveram 62 operacionais, apoiados por 24 viaturas, incluindo duas viaturas médicas de emergência e reanimação.",
            "A autoestrada esteve cortada no sentido Porto-Amarante durante cerca de três horas, com o trânsito desviado pela estrada nacional 15.",
            "A empresa proprietária do autocarro, a Transportes Tâmega, disse em comunicado estar a colaborar com as autoridades.",
        ]
    )
    boxes = ""
    text = page.note(
        "update",
        "Atualizado em 06/12/2026 às 18h40",
        at(LISBON, 18, 40),
        "O INEM confirmou ao JN que dois dos feridos continuam em estado grave no Hospital de Santo António, no Porto. Os restantes já tiveram alta.",
    )
    boxes += f'<div class="{c("Update.box")}"><h4 class="{c("Update.title")}">Atualizado em 06/12/2026 às 18h40</h4><p>{text}</p></div>\n'
    if genuine:
        text = page.note(
            "update",
            "Atualizado em 06/12/2026 às 22h54",
            at(LISBON, 22, 54),
            "A GNR abriu um inquérito e vai ouvir o motorista na segunda-feira. O tacógrafo do autocarro foi apreendido para análise.",
            genuine=True,
        )
        boxes += f'<div class="{c("Update.box")}"><h4 class="{c("Update.title")}">Atualizado em 06/12/2026 às 22h54</h4><p>{text}</p></div>\n'
    pos = noise.position("teaser", 1, 4)
    inserts = [
        (pos, teaser(page, noise, c, "inline")),
        (2, ad_slot(page, noise, c, "inread", 0.8)),
    ]
    wrap = lambda p: f'<p class="{c("Body.p")}">{p}</p>\n'  # noqa: E731
    stamp = "22:55" if genuine else "18:41"
    ld = news_ld(
        "NewsArticle",
        title,
        at(LISBON, 10, 32),
        at(LISBON, 22, 55) if genuine else at(LISBON, 18, 41),
        "Helena Sobral",
        "Jornal de Notícias",
    )
    return (
        head(title, "pt-PT", "Jornal de Notícias", url, title, ld, [c("Body.p"), c("Update.box")])
        + f"""<body>
{cookie_banner(page, noise, c)}
{nav(page, c, "JN", ["Nacional", "Local", "Mundo", "Economia", "Desporto", "Pessoas", "Opinião"], f'<a class="{c("Header.assinar")}" href="/assinaturas">Assinar</a>')}
{ad_slot(page, noise, c, "billboard", 0.9)}
<main class="{c("Layout.main")}">
  <article class="{c("Article.root")}">
    <div class="{c("Article.section")}"><a href="/local/porto/amarante/">Amarante</a></div>
    <h1 class="{c("Article.title")}">{page.headline(title)}</h1>
    <p class="{c("Article.lead")}">{page.f("Veículo transportava 31 pessoas de uma excursão de Penafiel e tombou na berma ao quilómetro 48.")}</p>
    <div class="{c("Article.meta")}"><span>{page.f("Helena Sobral")}</span><time datetime="2026-12-06T10:32:00Z">{page.f("06 Dezembro 2026 às 10:32")}</time><span>{page.f("Atualizado às " + stamp)}</span><a href="#comentarios">{page.f(noise.comments("jn", 3, 90))}</a></div>
    {share_bar(page, c)}
    {figure(page, c, "O autocarro tombou na berma da A4, junto a Amarante.", "Foto: Leonel de Castro/Global Imagens", "/media/2026/12/06/autocarro-a4")}
    <div class="{c("Article.body")}">
{weave(body, inserts, wrap)}{boxes}    </div>
    <div class="{c("Article.tags")}"><a href="/tag/acidentes">Acidentes</a> <a href="/tag/a4">A4</a></div>
  </article>
  {latest(page, noise, c)}
  {most_read(page, noise, c, "Mais lidas")}
  {newsletter_box(page, noise, c, "Newsletter JN Direto")}
</main>
{footer(page, c, ["Estatuto Editorial", "Ficha Técnica", "Política de Privacidade", "Contactos"], "© 2026 Global Notícias - Media Group, S.A. Todos os direitos reservados.")}
</body>
</html>
"""
    )
