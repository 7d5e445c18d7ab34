"""English publishers: CBC News (notes), Manchester Evening News live, The Scotsman (notes)."""

from __future__ import annotations

from chrome import (
    Fx,
    ad,
    ago,
    appeal,
    author,
    cards,
    comments,
    consent,
    esc,
    gallery,
    most_read,
    native,
    poll,
    promo,
    readers,
    readmore,
    related,
    scatter,
    score,
    shell,
    some,
    traffic,
    video,
    weather,
)


def cbc(fx: Fx) -> str:
    """CBC News Nova Scotia: an update note set into the story, a correction at the bottom."""
    paras = [
        "A Halifax Transit ferry ran aground near the Woodside terminal on Sunday afternoon, leaving 186 passengers waiting on board for almost two hours before they were brought ashore.",
        "The MV Chebucto Light was approaching the terminal in Dartmouth shortly after 2 p.m. when it struck a shallow bank, according to a spokesperson for the municipality.",
        'Nobody was hurt, said Corinne Ablett, a communications adviser with Halifax Regional Municipality. "The crew followed procedure and kept everyone calm," she said.',
        "Passengers were moved to a second vessel, the MV Sambro Point, which came alongside at about 3:50 p.m. Several people told CBC News the wait was cold but orderly.",
        '"We could feel it shudder and then we just stopped," said Deveney Marsh, who was travelling home from a shift at a downtown restaurant.',
        "The Transportation Safety Board of Canada said it has been notified and is gathering information. It has not said whether it will launch a full investigation.",
        "Ferry service between Halifax and Woodside is suspended until further notice. The Alderney route is running on its regular Sunday schedule.",
    ]
    units = [fx.p(esc(t)) for t in paras]
    notes = []
    if fx.final:
        text = "Halifax Transit says the Woodside route will stay closed on Monday while divers inspect the hull of the Chebucto Light. Replacement buses will run every 15 minutes from the terminal."
        fx.block("update", "Update, 6:52 p.m. AT", "2026-12-06T18:52:00-04:00", text, genuine=True)
        notes.append(f"<p><strong>Update, 6:52 p.m. AT:</strong> {esc(text)}</p>")
    text = "The municipality says the Chebucto Light has been refloated on the rising tide and towed to the Dartmouth maintenance yard. Crews found no fuel leak."
    fx.block("update", "Update, 5:10 p.m. AT", "2026-12-06T17:10:00-04:00", text)
    notes.append(f"<p><strong>Update, 5:10 p.m. AT:</strong> {esc(text)}</p>")
    units[3:3] = notes
    corr = "An earlier version of this story said the ferry struck the bank at about 1 p.m. In fact, it was shortly after 2 p.m."
    fx.block("correction", "Correction", None, corr)
    inserts = some(
        fx,
        [
            lambda fx: readmore(fx, "READ MORE |", "similarLink"),
            lambda fx: (
                f'<div class="embeddedVideo"><span>WATCH |</span>{video(fx, "cbc-playlist")}</div>'
            ),
            lambda fx: ad(fx, "ad-risingstar"),
            lambda fx: promo(fx, "story-promo"),
            lambda fx: weather(fx, "Halifax", -1, "cbc-weather"),
            lambda fx: appeal(fx, "app", "cbc-app-promo"),
        ],
        2,
        5,
    )
    body = scatter(fx, units, inserts)
    top_cards = cards(fx, "Top Stories", "topStories")
    sharing = comments(fx, 38, "comments-link") if fx.chance(0.8) else ""
    bio = "Rowan Teague covers transportation and municipal affairs for CBC Nova Scotia. He has reported from Halifax since 2014."
    page = f"""<body class="cbc-story">
{consent(fx, "cbc-consent-banner")}
<header class="cbc-header"><nav><a href="/news">News</a> <a href="/news/canada/nova-scotia">Nova Scotia</a> <a href="/sports">Sports</a></nav></header>
<main class="storyWrapper">
<h1 class="detailHeadline">Halifax ferry runs aground near Woodside terminal, 186 passengers taken off</h1>
<h2 class="deck">Nobody hurt after MV Chebucto Light strikes shallow bank, municipality says</h2>
<div class="bylineDetails"><span class="authorText">Rowan Teague · CBC News</span>
<time class="timeStamp" datetime="2026-12-06T18:12:00.000Z">Posted: Dec 06, 2026 2:12 PM AT</time>
<span class="updatedTime">{ago(fx, 25, "lastUpdated")}</span></div>
<div class="socialSharing"><button>Social Sharing</button>{sharing}</div>
<figure class="leadImage"><img src="/lead/chebucto.jpg" alt=""><figcaption>The MV Chebucto Light sits off the Woodside terminal on Sunday. (Rowan Teague/CBC)</figcaption></figure>
<div class="story">
{body}
<p><em>Correction: {esc(corr)}</em></p>
</div>
{author(fx, "Rowan Teague", bio, 2100, "authorProfile")}
{related(fx, "Related Stories", "relatedLinks")}
</main>
<aside class="sidebar">{top_cards}{most_read(fx, "popular")}</aside>
<footer class="cbc-footer"><p>Audience Relations, CBC</p><p>©2026 CBC/Radio-Canada. All rights reserved.</p></footer>
</body>"""
    return shell(
        fx,
        title="Halifax ferry runs aground near Woodside terminal, 186 passengers taken off | CBC News",
        description="Nobody hurt after MV Chebucto Light strikes shallow bank, municipality says",
        url="https://www.cbc.ca/news/canada/nova-scotia/halifax-ferry-aground-woodside-1.7712044",
        ld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Halifax ferry runs aground near Woodside terminal",
            "datePublished": "2026-12-06T14:12:00-04:00",
        },
        modified=("2026-12-06T17:12:00-04:00", "2026-12-06T18:53:00-04:00"),
        body=page,
        prefix="cbc",
    )


MEN_ENTRIES = [
    (
        "21:47",
        "Hanna Colley",
        "Mersey level starts to fall at Stockport",
        "The Environment Agency says the river gauge under the viaduct has dropped by 12 centimetres in the last hour. Officers are still advising people to stay away from the riverside paths in Lancashire Hill.",
    ),
    (
        "21:20",
        "Hanna Colley",
        None,
        "A reader in Heaton Mersey has sent in a photo of the playing fields behind Vale Road, which are now completely under water. She says the water reached the edge of the car park at about 8pm.",
    ),
    (
        "20:58",
        "Liam Pardoe",
        "Rest centre opened at Stockport Town Hall",
        "Stockport Council has opened the main hall of the town hall as a rest centre for families asked to leave their homes on Brinksway. Hot food and blankets are available, a spokesperson said.",
    ),
    (
        "20:31",
        "Liam Pardoe",
        "Trains between Stockport and Manchester disrupted",
        "Northern says services between Stockport and Manchester Piccadilly are running at reduced speed because of water near the line at Heaton Chapel. Journeys may take up to 25 minutes longer.",
    ),
    (
        "19:55",
        "Hanna Colley",
        "Brinksway residents asked to leave",
        "Greater Manchester Fire and Rescue Service has asked around 40 households on Brinksway to leave their homes as a precaution. Crews are going door to door with police.",
    ),
    (
        "19:12",
        "Hanna Colley",
        "Severe flood warning issued for the Mersey",
        "A severe flood warning, meaning danger to life, has been issued for the River Mersey at Stockport after heavy rain across the Peak District throughout the afternoon.",
    ),
]


def men(fx: Fx) -> str:
    """Manchester Evening News (Reach) live blog, newest first."""
    intro = [
        "Flooding has hit parts of Stockport after the River Mersey burst its banks following a day of heavy rain across Greater Manchester.",
        "Families have been asked to leave homes near Brinksway and a rest centre has opened at the town hall. Follow our live updates below.",
    ]
    intro_html = "".join(fx.p(esc(t)) for t in intro)
    entries = []
    rows = list(MEN_ENTRIES)
    if fx.final:
        rows.insert(
            0,
            (
                "22:54",
                "Liam Pardoe",
                "Council confirms schools will open on Monday",
                "Stockport Council says all schools in the borough will open as normal on Monday, apart from Lark Hill Primary, where the playground is still flooded.",
            ),
        )
    for i, (clock, who, head, text) in enumerate(rows):
        fx.block(
            "live_entry",
            clock,
            f"2026-12-06T{clock}:00+00:00",
            text,
            headline=head,
            genuine=fx.final and i == 0,
        )
        title = f'<h2 class="entry-title">{esc(head)}</h2>' if head else ""
        entries.append(
            f'<article class="live-event-entry" id="entry-{clock.replace(":", "")}"><div class="entry-meta"><time datetime="2026-12-06T{clock}:00Z">{clock}</time>'
            f'<span class="entry-author">{esc(who)}</span></div>{title}<div class="entry-content"><p>{esc(text)}</p></div></article>'
        )
    inserts = some(
        fx,
        [
            lambda fx: readmore(fx, "READ MORE:", "read-more-links"),
            lambda fx: readmore(fx, "READ NEXT:", "read-more-links"),
            lambda fx: ad(fx, "ad-placeholder"),
            lambda fx: appeal(fx, "newsletter", "newsletter-signup"),
            lambda fx: traffic(
                fx, ["M60 J1 Stockport", "A6 Buxton Road", "M56 J3", "A560 Gatley"], "live-traffic"
            ),
            lambda fx: native(fx, "taboola-mid"),
            lambda fx: score(fx, "Stockport County", "Salford City", "League Two", "live-score"),
            lambda fx: promo(fx, "inline-promo"),
        ],
        3,
        6,
    )
    feed = scatter(fx, entries, inserts)
    badge = '<span class="live-badge">LIVE</span>' if fx.chance(0.6) else ""
    page = f"""<body class="live-event-page">
{consent(fx, "gdpr-consent")}
<header class="mast"><a href="/">Manchester Evening News</a><nav><a href="/news">News</a> <a href="/news/greater-manchester-news">Greater Manchester</a></nav></header>
<main class="article-main">
{badge}<h1 class="publication-font">Stockport flooding LIVE: Families leave homes as River Mersey bursts its banks</h1>
<div class="byline"><span>Hanna Colley</span> <span>Liam Pardoe</span> <time datetime="2026-12-06T18:50:00Z">18:50, 6 DEC 2026</time></div>
{readers(fx, 2400, "live-viewers")}
<div class="live-event-intro">{intro_html}</div>
<div class="key-events"><h3>Key Events</h3><ul><li><a href="#entry-2058">Rest centre opened at Stockport Town Hall</a></li><li><a href="#entry-1912">Severe flood warning issued for the Mersey</a></li></ul></div>
<div class="live-event-container">
{feed}
</div>
{weather(fx, "Stockport", 6, "weather-strip")}
</main>
<aside class="sidebar">{most_read(fx, "most-read-list")}{video(fx, "video-rail") if fx.chance(0.7) else ""}</aside>
<footer><p>Part of Reach plc. All rights reserved.</p></footer>
</body>"""
    return shell(
        fx,
        title="Stockport flooding LIVE: Families leave homes as River Mersey bursts its banks - Manchester Evening News",
        description="Live updates as flooding hits parts of Stockport",
        url="https://www.manchestereveningnews.co.uk/news/greater-manchester-news/live-stockport-flooding-mersey-31004112",
        ld={
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Stockport flooding LIVE",
            "datePublished": "2026-12-06T18:50:00+00:00",
            "coverageStartTime": "2026-12-06T18:50:00+00:00",
        },
        modified=("2026-12-06T21:47:00+00:00", "2026-12-06T22:54:00+00:00"),
        body=page,
        prefix="men",
    )


def scotsman(fx: Fx) -> str:
    """The Scotsman (National World): update notes at the top, an editor's note at the bottom."""
    paras = [
        "Edinburgh Trams services between the city centre and the airport have been suspended after a power fault at the Gogar depot on Sunday afternoon.",
        "Passengers at St Andrew Square were told shortly before 3pm that no trams would run west of Haymarket, and Lothian Buses laid on extra services on the Airlink route.",
        "A spokeswoman for Edinburgh Trams said engineers had isolated the fault to a substation that feeds the depot and the overhead line as far as Edinburgh Park.",
        '"We apologise to everyone whose journey has been disrupted on a busy weekend," she said. "Safety is our first priority and we will not restart until the system has been fully tested."',
        "Travellers heading to the airport were advised to allow an extra 30 minutes. Edinburgh Airport said no flights had been affected.",
        "The disruption comes a fortnight after a separate signalling problem closed the line to Newhaven for most of a Saturday.",
    ]
    units = [fx.p(esc(t), ' class="markup"') for t in paras]
    notes = []
    if fx.final:
        text = "Edinburgh Trams has confirmed that services will resume on the full route from the first tram on Monday morning after overnight testing."
        fx.block("update", "Update, 10.53pm", "2026-12-06T22:53:00+00:00", text, genuine=True)
        notes.append(f'<p class="markup"><strong>Update, 10.53pm:</strong> {esc(text)}</p>')
    text = "Trams are now running between Newhaven and Haymarket every ten minutes. The section to the airport remains closed."
    fx.block("update", "Update, 7.25pm", "2026-12-06T19:25:00+00:00", text)
    notes.append(f'<p class="markup"><strong>Update, 7.25pm:</strong> {esc(text)}</p>')
    disclosure = "The author of this article is a member of the Corstorphine Community Council, which has raised concerns about the depot in the past."
    fx.block("editors_note", "Editor's note", None, disclosure)
    inserts = some(
        fx,
        [
            lambda fx: (
                f'<div class="ad-wrapper"><span>Advertisement</span><span>Hide Ad</span>{ad(fx, "nw-ad")}</div>'
            ),
            lambda fx: readmore(fx, "Read more:", "related-link"),
            lambda fx: appeal(fx, "subscribe", "subs-promo"),
            lambda fx: gallery(fx, "nw-gallery"),
            lambda fx: poll(
                fx,
                "Should the tram line be extended to Granton?",
                ["Yes", "No", "Not sure"],
                "nw-poll",
            ),
            lambda fx: promo(fx, "markup"),
            lambda fx: score(fx, "Hearts", "Hibernian", "Scottish Premiership", "nw-score"),
        ],
        2,
        5,
    )
    body = scatter(fx, units, inserts)
    page = f"""<body>
{consent(fx, "qc-cmp2-ui")}
<header class="sc-masthead"><a href="/">The Scotsman</a><nav><a href="/news">News</a> <a href="/news/transport">Transport</a></nav></header>
<main>
<article class="sc-article">
<h1 class="sc-headline">Edinburgh trams to airport suspended after power fault at Gogar depot</h1>
<p class="sc-standfirst">Extra buses laid on as engineers work to isolate substation fault</p>
<div class="sc-byline"><span>By Moira Halkett</span> <span>Published 6th Dec 2026, 15:41 GMT</span>
{comments(fx, 51, "sc-comments") if fx.chance(0.7) else ""}</div>
<div class="article-content">
{"".join(notes)}
{body}
<p class="markup"><em>Editor's note: {esc(disclosure)}</em></p>
</div>
</article>
{cards(fx, "More from The Scotsman", "nw-more")}
</main>
<aside>{most_read(fx, "trending", 4)}{appeal(fx, "newsletter", "nl-box") if fx.chance(0.5) else ""}</aside>
<footer><p>© 2026 National World Publishing Ltd. All rights reserved.</p></footer>
</body>"""
    return shell(
        fx,
        title="Edinburgh trams to airport suspended after power fault at Gogar depot | The Scotsman",
        description="Extra buses laid on as engineers work to isolate substation fault",
        url="https://www.scotsman.com/news/transport/edinburgh-trams-gogar-power-fault-5112873",
        ld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Edinburgh trams to airport suspended",
            "datePublished": "2026-12-06T15:41:00+00:00",
        },
        modified=("2026-12-06T19:26:00+00:00", "2026-12-06T22:54:00+00:00"),
        body=page,
        prefix="sc",
    )


SITES = [
    ("cbc-halifax-ferry-aground", "CBC News", "en", "updates", cbc),
    ("men-live-stockport-flooding", "Manchester Evening News live", "en", "live", men),
    ("scotsman-edinburgh-trams-fault", "The Scotsman", "en", "updates", scotsman),
]
