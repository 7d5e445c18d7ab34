"""English pages: The Oregonian (updates), Irish Examiner (updates), WalesOnline (live)."""

from __future__ import annotations

from datetime import datetime

import fx
from kit import Block, e, stamp


def oregonian(Site):
    pc = "paywall-p"
    off = -8
    body = [
        "PORTLAND — One of the two cabins of the Portland Aerial Tram stopped about 300 feet above Southwest Gibbs Street on Sunday morning, leaving 23 riders suspended for more than two hours.",
        "Operators noticed a fault in the haul-rope drive at 9:48 a.m. and halted both cabins, according to Oregon Health & Science University, which runs the tram with the city.",
        "Portland Fire & Rescue crews set up below the stalled cabin while a rescue car was readied at the upper terminal on Marquam Hill.",
        "Riders were moved into the rescue car in groups of six and brought up to the hospital campus. Nobody was hurt, a fire bureau spokesperson said.",
        "Among the passengers were two nurses starting their shift and a family from Beaverton who had come to see the view of Mount Hood.",
        "The tram, which opened in 2006, carries about 10,000 people on a busy weekday between the South Waterfront and the OHSU campus.",
        "Shuttle buses run between the lower terminal and the hospital every 10 minutes until further notice. The city said it would give an update on Monday.",
    ]
    blocks = [
        Block(
            "update",
            "UPDATE (1:40 p.m.)",
            [
                "Portland Fire & Rescue says the last group of riders reached the upper terminal at 1:31 p.m. and was checked by paramedics there."
            ],
            stamp("13:40", off),
        ),
        Block(
            "update",
            "UPDATE (12:25 p.m.)",
            [
                "OHSU says engineers have found a worn bearing in the drive wheel and that the rescue car will start taking riders off shortly."
            ],
            stamp("12:25", off),
        ),
        Block(
            "clarification",
            "Clarification",
            [
                "this story has been updated to make clear that the tram is owned by the City of Portland and operated by OHSU."
            ],
            None,
        ),
    ]
    genuine = Block(
        "update",
        "UPDATE (2:54 p.m.)",
        [
            "City transportation officials say the tram will stay closed at least through Tuesday while the drive wheel is rebuilt."
        ],
        stamp("14:54", off),
    )

    def note(b: Block) -> str:
        if b.kind == "clarification":
            return f'<p class="{pc}"><em><strong>{b.label}:</strong> {e(b.paras[0])}</em></p>'
        return f'<p class="{pc}"><strong>{b.label}:</strong> {e(b.paras[0])}</p>'

    inline = [
        fx.outage(
            "PGE outage map: {n} customers without power as of {t}",
            "us",
            [
                "Largest outage: Southwest Hills, crews on site",
                "Largest outage: Sellwood-Moreland, cause under investigation",
                "Largest outage: Gresham, estimated restoration 6 p.m.",
            ],
        ),
        fx.promo(
            [
                "Our reporters are at the tram terminal and the hospital campus. Sign up for breaking news alerts to get the next update on your phone.",
                "Did you ride the tram this morning or see the rescue from below? Email our metro desk and tell us what you saw.",
                "Local journalism like this is paid for by readers. Subscribe today for $1 a week for your first year.",
            ]
        ),
        fx.blotter(
            "Portland police log",
            "us",
            [
                "Northeast 82nd Avenue: two-car crash, one driver taken to hospital",
                "Southeast Hawthorne Boulevard: shoplifting report at a grocery store",
                "North Lombard Street: downed power line reported, PGE notified",
                "Old Town: man arrested after breaking shop window",
                "Southwest Barbur Boulevard: stolen car recovered in parking lot",
            ],
        ),
        fx.gift("You have {n} gift articles left to share this month.", "Gift this article"),
        fx.corrections_box(
            "Corrections",
            [
                "A Dec. 4 story about Gresham's budget gave the wrong year for the last levy vote. It was 2022.",
                "A Dec. 3 photo caption misidentified the coach of the Jesuit High School girls soccer team.",
                "A Dec. 5 story about a Hillsboro brewery misspelled the name of its founder, Dana Okafor.",
                "An earlier version of a Dec. 2 story on TriMet fares overstated the cost of a monthly pass.",
            ],
        ),
        fx.service_changes(
            "School closures and delays",
            [
                "David Douglas School District: buses on snow routes Monday morning.",
                "Oregon City School District: two-hour late start Monday for all schools.",
                "Portland Community College Sylvania campus: evening classes cancelled Sunday.",
                "Reynolds School District: no change, schools open on time.",
            ],
        ),
        fx.related(
            "READ MORE:",
            [
                "Portland Streetcar line to reopen after track repairs",
                "What happened to the OHSU parking garage plan",
                "Why the Marquam Bridge deck keeps cracking",
            ],
        ),
        fx.ad(
            "Advertisement",
            [
                "Holiday sale at Rose City Mattress: 40% off every queen set through Sunday night.",
                "Columbia Gorge Cellars: tasting room open late for the holidays, book a table online.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "Most Read",
            [
                "Trail Blazers rally late to beat the Kings in overtime",
                "Beloved Division Street bakery closes after 41 years",
                "These Oregon coast towns had the most rain this week",
                "Ducks land transfer quarterback from Arizona State",
                "Lake Oswego neighbors fight plan for 60-unit apartment building",
                "Where to see the best holiday lights in the metro area",
                "ODOT says Sunset Highway ramp work will last into spring",
                "Man sentenced for string of Pearl District burglaries",
            ],
        ),
    ]
    top = [fx.consent]
    return Site(
        slug="oregonlive-portland-aerial-tram-cabin-stalled",
        publisher="The Oregonian/OregonLive",
        lang="en",
        kind="updates",
        offset=off,
        domain="www.oregonlive.com",
        title="Portland Aerial Tram cabin stalls above South Waterfront; 23 riders brought down by rescue car",
        dek="Riders were moved into a rescue car in groups of six. Nobody was hurt.",
        byline="By Maya Castellanos, The Oregonian/OregonLive",
        published=datetime(2026, 12, 6, 10, 12),
        body=body,
        blocks=blocks,
        genuine=genuine,
        order="p0 p1 p2 b0 b1 p3 p4 p5 p6 b2",
        order6="p0 p1 p2 g b0 b1 p3 p4 p5 p6 b2",
        para=lambda t: f'<p class="{pc}">{e(t)}</p>',
        note=note,
        header_line=lambda f6: (
            f"Updated: Dec. 6, 2026, {'2:54' if f6 else '1:40'} p.m. | Published: Dec. 6, 2026, 10:12 a.m."
        ),
        inline=inline,
        side=side,
        top=top,
        pc=pc,
        nav=["News", "Portland", "Politics", "Sports", "Opinion", "Food & Drink", "Obituaries"],
        cls={"body": "entry-content", "dek": "article-dek", "meta": "article-byline"},
        modified=stamp("13:40", off),
        modified6=stamp("14:54", off),
    )


def examiner(Site):
    pc = "ctx_content"
    off = 0
    body = [
        "A 15-metre section of quay wall at Lapp's Quay in Cork city collapsed into the River Lee on Sunday afternoon, taking part of the footpath and two parked bicycles with it.",
        "Cork City Council said the collapse happened shortly after 3pm, at high tide, and that nobody was on that stretch of the quay at the time.",
        "Gardaí closed Lapp's Quay between Parnell Bridge and the City Hall junction, and buses serving Anglesea Street are being diverted.",
        "Council engineers said the wall, built in the 1840s, had been on a list for inspection after cracks were reported in October.",
        "Local councillor Siobhán Greally said residents of the nearby apartments had raised concerns about the wall for several years.",
        "A second section beside the collapsed stretch is being monitored overnight, the council said, and contractors will place stone bags along it at low tide.",
    ]
    blocks = [
        Block(
            "correction",
            "Correction",
            [
                "An earlier version of this article said the collapse happened at Albert Quay. It happened at Lapp's Quay."
            ],
            None,
        ),
        Block(
            "update",
            "Update — 6.10pm",
            [
                "Cork City Council has confirmed that the apartments at Clontarf Street will not need to be evacuated tonight."
            ],
            stamp("18:10", off),
        ),
        Block(
            "update",
            "Update — 8.35pm",
            [
                "Engineers have begun placing stone bags along the damaged stretch and expect to finish before the next high tide."
            ],
            stamp("20:35", off),
        ),
    ]
    genuine = Block(
        "update",
        "Update — 10.53pm",
        [
            "The council says Lapp's Quay will remain closed to traffic until at least Wednesday while a temporary barrier is built."
        ],
        stamp("22:53", off),
    )

    def note(b: Block) -> str:
        if b.kind == "correction":
            return f'<p class="{pc} correction"><em><strong>{b.label}:</strong> {e(b.paras[0])}</em></p>'
        return (
            f'<div class="update-box"><h3>{b.label}</h3><p class="{pc}">{e(b.paras[0])}</p></div>'
        )

    inline = [
        fx.er_waits(
            "INMO Trolley Watch",
            "Figures updated at",
            "uk",
            [
                ("Patients on trolleys at Cork University Hospital", ""),
                ("Patients on trolleys at Mercy University Hospital", ""),
            ],
        ),
        fx.promo(
            [
                "Get the Irish Examiner's morning briefing in your inbox every day at 7am. It's free, and you can unsubscribe at any time.",
                "Were you on Lapp's Quay this afternoon? Send your photos and videos to our newsdesk through WhatsApp.",
            ]
        ),
        fx.letters(
            "Letter of the day",
            [
                "Sir, — Is it too much to ask that the footpaths on Patrick Street are gritted before the shops open? — Noreen Cashman, Ballincollig.",
                "Sir, — I note the council found money for a new logo but none for the library in Blackpool. — Dermot Ahern, Mayfield.",
                "Sir, — The new bus timetable for Carrigaline was clearly drawn up by someone who has never waited in the rain. — Joan Lucey, Carrigaline.",
            ],
        ),
        fx.appeal_tally(
            "Our Christmas appeal for Cork Penny Dinners has raised €{n} from {d} readers so far.",
            48210,
            "en",
        ),
        fx.flights(
            "Cork Airport departures",
            "24",
            [
                ("EI 712", "London Heathrow"),
                ("FR 9741", "Stansted"),
                ("EI 844", "Amsterdam"),
                ("KL 1086", "Amsterdam"),
                ("FR 8812", "Lanzarote"),
                ("EI 730", "Paris CDG"),
            ],
            ["On time", "Delayed", "Boarding", "Gate open", "Estimated +20 min"],
        ),
        fx.corrections_box(
            "Clarifications and corrections",
            [
                "In an article on December 3 about the Kinsale harbour dredging, we wrongly stated the cost was €4m. It is €2.4m.",
                "A photograph on December 4 of the Mallow Christmas lights was incorrectly credited. It was taken by Denis Minihane.",
                "A report on December 5 about the Bandon bypass misstated the name of the consultant engineers.",
            ],
        ),
        fx.age_banner("This article is more than {n} hours old", datetime(2026, 12, 6, 15, 48)),
        fx.related(
            "Read More",
            [
                "Cork docklands bridge to open in spring",
                "Funding approved for River Lee flood defences",
                "Crane at Horgan's Quay site stood down in high winds",
            ],
        ),
        fx.ad(
            "Advertisement",
            [
                "Cork Opera House: Christmas panto tickets from €22, matinees added for Saturday.",
                "SuperValu Christmas Club: save a little every week and get a bonus at the till.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "Most Read in Ireland",
            [
                "Teenager's rescue at Fountainstown beach praised by Coast Guard",
                "Cork bakery named best in Munster for second year",
                "Kerry farmer wins case over boundary dispute with neighbour",
                "Dunnes Stores recalls batch of Christmas puddings",
                "Clonakilty family's home destroyed in overnight fire",
                "Hundreds attend vigil for missing Youghal fisherman",
                "Price of a pint in Cork to pass €6 in January",
            ],
        )
    ]
    return Site(
        slug="irishexaminer-cork-lapps-quay-wall-collapse",
        publisher="Irish Examiner",
        lang="en",
        kind="updates",
        offset=off,
        domain="www.irishexaminer.com",
        title="Section of quay wall at Lapp's Quay collapses into River Lee",
        dek="Council engineers say the 1840s wall had been due for an inspection after cracks were reported in October.",
        byline="Ciarán O'Donovan, Cork news reporter",
        published=datetime(2026, 12, 6, 15, 48),
        body=body,
        blocks=blocks,
        genuine=genuine,
        order="b0 p0 p1 p2 p3 p4 p5 b1 b2",
        order6="b0 p0 p1 p2 p3 p4 p5 b1 b2 g",
        para=lambda t: f'<p class="{pc}">{e(t)}</p>',
        note=note,
        header_line=lambda f6: f"Sun, 06 Dec, 2026 - 15:48 · Updated {'22:53' if f6 else '20:35'}",
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=2,
        hi_pad=1,
        pc=pc,
        nav=["News", "Sport", "Business", "Opinion", "Lifestyle", "Farming", "Property"],
        cls={"body": "ctx_content_body", "dek": "standfirst", "meta": "article-byline"},
        modified=stamp("20:35", off),
        modified6=stamp("22:53", off),
    )


def walesonline(Site):
    off = 0
    pc = "live-intro__p"
    authors = [
        "Gwen Pritchard",
        "Huw Bevan",
        "Gwen Pritchard",
        "Aled Rhys",
        "Huw Bevan",
        "Aled Rhys",
    ]
    raw = [
        (
            "21:48",
            "Second Severn Crossing now closed to high-sided vehicles",
            "National Highways says gusts of 68mph have been recorded on the Prince of Wales Bridge, and high-sided vehicles must use the M48 instead.",
        ),
        (
            "21:20",
            "Trees down on Western Avenue",
            "Two trees have come down across Western Avenue near Llandaff, and South Wales Police are asking drivers to avoid the area.",
        ),
        (
            "20:57",
            None,
            "Cardiff Bus says services on routes 61 and 62 are being diverted away from Penarth Marina because of flying debris.",
        ),
        (
            "20:31",
            "Gabalfa flyover reopens",
            "The Gabalfa flyover has reopened after barriers that blew into the road were cleared by council crews.",
        ),
        (
            "19:44",
            "Power cuts in the Vale of Glamorgan",
            "National Grid says around 2,300 homes in Barry and Dinas Powys are without power, and it hopes to reconnect most of them by midnight.",
        ),
        (
            "19:05",
            "Amber wind warning comes into force",
            "The amber warning covers the whole of south Wales until 6am on Monday, with gusts of up to 75mph expected on the coast.",
        ),
    ]
    blocks = [
        Block("live_entry", t, [x], stamp(t, off), head=h, author=a)
        for (t, h, x), a in zip(raw, authors, strict=True)
    ]
    genuine = Block(
        "live_entry",
        "22:53",
        [
            "Cardiff Council says all its schools will open as normal on Monday, but parents should check the website before setting off."
        ],
        stamp("22:53", off),
        head="Cardiff schools to open as normal",
        author="Huw Bevan",
    )

    def entry_html(b: Block) -> str:
        h = f'<h2 class="live-event__title">{e(b.head)}</h2>' if b.head else ""
        return (
            f'<div class="live-event" data-id="post-{(b.ts or "")[11:16].replace(":", "")}"><div class="live-event__meta">'
            f'<time datetime="{b.ts}">{b.label}</time><span class="live-event__author">{e(b.author or "")}</span></div>'
            f'{h}<p class="live-event__text">{e(b.paras[0])}</p></div>'
        )

    def promo_entry(head: str | None, text: str) -> str:
        h = f'<h2 class="live-event__title">{e(head)}</h2>' if head else ""
        return f'<div class="live-event live-event--promo"><div class="live-event__meta"><span>WalesOnline</span></div>{h}<p class="live-event__text">{e(text)}</p></div>'

    inline = [
        fx.er_waits(
            "Emergency department waits",
            "Last updated",
            "24",
            [
                ("University Hospital of Wales, average wait", "hr"),
                ("Royal Glamorgan Hospital, average wait", "hr"),
                ("Princess of Wales Hospital, average wait", "hr"),
            ],
        ),
        fx.promo(
            [
                "Get the biggest stories from across Wales sent straight to your inbox every morning by signing up to our free newsletter.",
                "Join our Cardiff WhatsApp community to get the latest storm updates sent straight to your phone.",
            ],
            head="Get the latest updates",
        ),
        fx.missing(
            "Police appeal",
            [
                "Gwent Police are asking for help to find Rhian Maddox, 17, from Caerphilly, who was last seen on Friday evening near Bedwas bus station.",
                "South Wales Police are appealing for information to find Tomos Kerr, 29, who has not been seen since Thursday in Pontypridd.",
            ],
        ),
        fx.service_changes(
            "Council service changes",
            [
                "Bin collections: Monday's black bag rounds in Llanishen move to Tuesday.",
                "Bin collections: green waste collections in Rumney are cancelled this week.",
                "Libraries: Canton and Grangetown libraries will open at 11am on Monday.",
                "Recycling centres: Lamby Way will stay closed until Tuesday morning.",
            ],
        ),
        fx.offline("You're offline. We'll load new posts as soon as your connection is back."),
        fx.also_live(
            "Also live",
            "24",
            [
                "Scarlets v Ospreys: Ospreys lead 17-10 at the break",
                "M4 Brynglas tunnels: westbound lane reopened",
                "Swansea Christmas parade called off",
            ],
        ),
        fx.ad(
            "Advertisement",
            [
                "Wales's biggest garden centre: free mince pie with every real Christmas tree.",
                "Save 25% on Welsh rail advance tickets booked before Friday.",
            ],
        ),
    ]
    side = [
        fx.most_read(
            "Most Read",
            [
                "Swansea restaurant named one of the UK's best new openings",
                "Man banned from driving after M4 crash near Newport",
                "The Cardiff street where house prices rose fastest this year",
                "Pub landlord ends 30-year career with one last lock-in",
                "Barry Island arcade to close after 70 years",
                "Welsh rugby star opens up about injury comeback",
                "Families angry over Merthyr school catchment change",
            ],
        )
    ]
    modified = stamp("21:48", off)
    return Site(
        slug="walesonline-live-cardiff-storm-wind-closures",
        publisher="WalesOnline",
        lang="en",
        kind="live",
        offset=off,
        domain="www.walesonline.co.uk",
        title="Live: Amber wind warning in south Wales as trees come down and bridges close",
        dek="Roads closed, trees down and power cuts across Cardiff and the Vale.",
        byline="Gwen Pritchard, Huw Bevan and Aled Rhys",
        published=datetime(2026, 12, 6, 18, 40),
        body=[
            "Strong winds are causing disruption across Cardiff, the Vale of Glamorgan and the valleys this evening, with an amber warning in force until Monday morning.",
            "Roads and bridges have been closed and thousands of homes are without power. Follow our live coverage below.",
        ],
        blocks=blocks,
        genuine=genuine,
        order="b0 b1 b2 b3 b4 b5",
        order6="g b0 b1 b2 b3 b4 b5",
        para=lambda t: f'<p class="{pc}">{e(t)}</p>',
        note=entry_html,
        header_line=lambda f6: (
            f"18:40, 6 DEC 2026 Updated {'22:53' if f6 else '21:48'}, 6 DEC 2026"
        ),
        inline=inline,
        side=side,
        top=[fx.consent],
        lo=0,
        hi_pad=1,
        entry=promo_entry,
        pc=pc,
        nav=["News", "Cardiff", "Swansea", "Sport", "Whats On", "Property", "Rugby"],
        cls={"intro": "live-intro", "feed": "live-events", "dek": "article-standfirst"},
        ld_type="LiveBlogPosting",
        ld_updates=True,
        modified=modified,
        modified6=stamp("22:53", off),
    )


def sites(Site):
    return [oregonian(Site), examiner(Site), walesonline(Site)]
