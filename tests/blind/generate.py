"""Write the blind evaluation set: 20 pages with truth files and 10 noisy fetch histories.

Run ``python tests/blind/generate.py`` from the repository root. Output is deterministic (fixed
seeds), and the generated files are committed; the script is kept so that the data can be audited.
Every page imitates the markup of one real publisher; every sentence is invented.

Truth schema (``pages/<slug>.json``):
  blocks: [{kind, label, timestamp, first_words}] in page order. ``label`` is the marker as
    printed (null when the note has no marker of its own); ``timestamp`` is ISO-8601 with offset,
    a bare date when the page prints only a date, or null when it prints none.
  body_first / body_last: first words of the first and last body paragraph (outside blocks).
  furniture: lines that must not appear in any body paragraph or block.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from noise import Noise

HERE = Path(__file__).parent


@dataclass
class Truth:
    blocks: list[dict[str, str | None]] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    extra_block: dict[str, str | None] | None = None


def words(text: str, n: int = 8) -> str:
    return " ".join(text.split()[:n])


def blk(
    t: Truth,
    kind: str,
    label: str | None,
    ts: str | None,
    text: str,
    extra: bool = False,
    alt: str | None = None,
) -> str:
    entry = {"kind": kind, "label": label, "timestamp": ts, "first_words": words(text)}
    if alt is not None:
        entry["alt_words"] = words(alt, 6)
    if extra:
        t.extra_block = entry
    t.blocks.append(entry)
    return escape(text, quote=False)


def bp(t: Truth, text: str) -> str:
    """A body paragraph's text (recorded for the first/last check)."""
    t.body.append(text)
    return escape(text, quote=False)


def para(t: Truth, text: str, attrs: str = "") -> str:
    return f"<p{attrs}>{bp(t, text)}</p>"


def cont(text: str) -> str:
    """A continuation paragraph of a block (not recorded separately)."""
    return escape(text, quote=False)


def jsonld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def page(lang: str, title: str, head: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def consent(n: Noise, cls: str, buttons: tuple[str, str]) -> str:
    return (
        f'<div id="{cls}" class="{cls}" role="dialog" aria-modal="true">'
        f"<p>{n.cookie()}</p><button>{buttons[0]}</button><button>{buttons[1]}</button></div>"
    )


def ul(items: list[str], cls: str = "") -> str:
    lis = "".join(f'<li><a href="/a/{i}">{x}</a></li>' for i, x in enumerate(items))
    return f'<ul class="{cls}">{lis}</ul>'


Builder = Callable[[Noise, bool], tuple[str, Truth]]
PAGES: dict[str, tuple[str, str, str, Builder]] = {}


def register(slug: str, publisher: str, lang: str, kind: str) -> Callable[[Builder], Builder]:
    def deco(fn: Builder) -> Builder:
        PAGES[slug] = (publisher, lang, kind, fn)
        return fn

    return deco


# --------------------------------------------------------------------------- articles with notes


@register("washpost-ice-storm", "The Washington Post", "en", "updates")
def washpost(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "County opens emergency shelters as ice storm cuts power to 200,000"
    ad_label, ad = n.ad()
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2026-12-06T14:02:00.000Z",
            "dateModified": "2026-12-06T21:18:00.000Z",
            "author": [{"@type": "Person", "name": "Dana Whitcombe"}],
            "isAccessibleForFree": False,
        }
    )
    new = ""
    if extra:
        new = (
            '<p class="wpds-c-cYdRxM" data-el="text"><b>Update, 6:05 p.m.:</b> '
            + blk(
                t,
                "update",
                "Update, 6:05 p.m.",
                "2026-12-06T18:05:00-05:00",
                "Dominion Energy said crews had restored service to about 41,000 customers"
                " in Fairfax and Prince William counties.",
                extra=True,
            )
            + "</p>"
        )
    body = f"""
{consent(n, "fc-consent-root", ("Accept all", "Manage options"))}
<div class="wpds-c-ticker" data-qa="market-ticker"><span>{n.market()}</span> <span>{n.weather("Washington")}</span></div>
<header class="wpds-c-header"><nav aria-label="Sections">
<a href="/politics/">Politics</a><a href="/opinions/">Opinions</a><a href="/style/">Style</a>
<a href="/investigations/">Investigations</a><a href="/climate-environment/">Climate</a>
<a href="/weather/">Weather</a><a href="/subscribe/">{n.f("Get one year for $40")}</a></nav></header>
<main id="main-content">
<article>
<div class="wpds-c-kicker"><a href="/dc-md-va/">D.C., Md. &amp; Va.</a></div>
<h1 data-qa="headline" class="wpds-c-hEbyAe"><span>{title}</span></h1>
<div data-qa="subheadline"><h2>Officials urged residents to stay off roads as freezing rain coated trees and power lines across Northern Virginia</h2></div>
<div data-qa="author-byline"><span>By <a href="/people/dana-whitcombe/">Dana Whitcombe</a></span></div>
<div data-qa="timestamp" class="wpds-c-iKQyrV"><span>Updated December 6, 2026 at 4:18 p.m. EST</span>|<span>Published December 6, 2026 at 9:02 a.m. EST</span></div>
<div data-qa="share-bar"><button>{n.f("Gift Article")}</button><button>Share</button><span>{n.comment_count()}</span></div>
<div class="grid-body">
{new}
<div class="article-body"><p class="wpds-c-cYdRxM" data-el="text">{bp(t, "Fairfax County opened 14 emergency shelters on Saturday as an ice storm knocked out power to more than 200,000 homes and businesses across Northern Virginia, officials said.")}</p></div>
<div class="article-body"><p class="wpds-c-cYdRxM" data-el="text">{bp(t, "Freezing rain began falling before dawn and coated trees, roads and power lines with up to half an inch of ice by midday, according to the National Weather Service office in Sterling.")}</p></div>
<div class="wpds-c-ad" data-qa="article-body-ad"><span class="wpds-c-label">{ad_label}</span><div class="creative"><p>{ad}</p></div></div>
<div class="article-body"><p class="wpds-c-cYdRxM" data-el="text">{bp(t, "“We are asking everyone who can stay home to stay home,” said county emergency manager Luis Ortega at an afternoon briefing. “The trees are coming down faster than crews can clear them.”")}</p></div>
<div class="wpds-c-inline-teaser" data-qa="inline-teaser"><p><a href="/dc-md-va/2026/12/06/teaser/">{n.teaser()}</a></p></div>
<div class="article-body"><p class="wpds-c-cYdRxM" data-el="text">{bp(t, "Dominion Energy said it had brought in 1,800 line workers from five states and expected most customers to have power back by Monday night, though some rural areas could wait longer.")}</p></div>
<div class="article-body"><p class="wpds-c-cYdRxM" data-el="text">{bp(t, "Schools in Fairfax, Loudoun and Arlington announced they would stay closed on Monday. Metro said trains were running on a reduced schedule above ground.")}</p></div>
<div class="wpds-c-newsletter" data-qa="newsletter-signup"><h3>{n.f("The Morning Commute newsletter")}</h3><p>{n.f("Traffic, transit and weather for the D.C. region, every weekday morning.")}</p><button>Sign up</button></div>
<div class="article-body"><p class="wpds-c-cYdRxM" data-el="text">{bp(t, "The storm is expected to move offshore by Sunday afternoon, with temperatures rising above freezing in most of the region.")}</p></div>
<div class="article-body"><p class="wpds-c-cYdRxM" data-el="text"><i>Correction: {blk(t, "correction", "Correction", None, "An earlier version of this article misstated the number of shelters Fairfax County opened. It is 14, not 11.")}</i></p></div>
</div>
<div data-qa="article-footer"><p>{n.f("Share your thoughts on this story with our community.")}</p></div>
</article>
<aside data-qa="most-read"><h2>Most Read Local</h2>{ul(n.titles(5), "most-read")}</aside>
<section data-qa="comments"><h2>Comments</h2>{"".join(f"<div class='comment'><b>{u}</b><p>{c}</p></div>" for u, c in n.comments())}</section>
</main>
<footer class="wpds-c-footer"><p>{n.f("© 1996-2026 The Washington Post")}</p><a href="/policies/">{n.f("Policies and Standards")}</a><a href="/terms/">Terms of Service</a><a href="/privacy/">{n.f("Privacy Policy")}</a></footer>
"""
    return page("en", title, head, body), t


@register("politico-rail-bill", "POLITICO", "en", "updates")
def politico(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Senate panel delays vote on rail safety bill after late objection"
    ad_label, ad = n.ad()
    new = ""
    if extra:
        new = (
            '<p class="story-text__paragraph"><strong>UPDATE, 7:22 p.m.:</strong> '
            + blk(
                t,
                "update",
                "UPDATE, 7:22 p.m.",
                "2026-12-06T19:22:00-05:00",
                "Committee staff said the markup had been rescheduled for Tuesday morning"
                " after the two offices reached a tentative deal.",
                extra=True,
            )
            + "</p>"
        )
    body = f"""
<div class="cms-consent">{consent(n, "onetrust-banner-sdk", ("I Accept", "Cookie Settings"))}</div>
<div class="super-header"><a href="/pro/">{n.f("POLITICO Pro: policy intelligence for professionals")}</a></div>
<header class="global-header"><nav><a href="/congress/">Congress</a><a href="/white-house/">White House</a><a href="/news/transportation/">Transportation</a><a href="/playbook/">Playbook</a><a href="/newsletters/">Newsletters</a></nav></header>
<div class="breaking-news-banner"><p><a href="/live/">{n.teaser()}</a></p></div>
<main class="container">
<div class="story-meta"><p class="story-meta__kicker"><a href="/congress/">Congress</a></p>
<h1 class="headline">{title}</h1>
<p class="dek">A single senator's hold pushed back a bipartisan measure written after last year's derailments.</p>
<p class="story-meta__authors">By <a href="/staff/omar-felder">Omar Felder</a></p>
<p class="story-meta__timestamp"><time datetime="2026-12-06T16:41:00-05:00">12/06/2026 04:41 PM EST</time><br>Updated: <time datetime="2026-12-06T17:47:00-05:00">12/06/2026 05:47 PM EST</time></p></div>
<div class="story-text">
<p class="story-text__paragraph"><em>{blk(t, "update", None, None, "This article has been updated with a statement from the Federal Railroad Administration.")}</em></p>
<p class="story-text__paragraph">{bp(t, "A Senate committee on Saturday postponed a vote on a bipartisan rail safety bill after one Republican member objected to new inspection requirements for freight cars.")}</p>
<p class="story-text__paragraph">{bp(t, "The measure, drafted after a string of derailments last year, would require wayside detectors every 15 miles on routes that carry hazardous materials and set minimum crew sizes.")}</p>
<div class="story-enhancement"><section class="newsletter-signup"><h4>{n.f("Sign up for POLITICO Playbook PM")}</h4><p>{n.f("The afternoon briefing on the day's biggest fights in Washington.")}</p></section></div>
<p class="story-text__paragraph">{bp(t, "Sen. Carla Whitfield, who chairs the panel, said she still expected the bill to reach the floor before the end of the year. “We have the votes. We just need the time,” she told reporters.")}</p>
<aside class="story-related"><h4>Related</h4>{ul(n.related(2))}</aside>
<p class="story-text__paragraph">{bp(t, "The objecting senator’s office said he wanted a cost estimate from the Congressional Budget Office before any vote. Industry groups have warned the detectors could cost more than $1 billion.")}</p>
<div class="ad-slot ad-slot--inline"><span>{ad_label}</span><p>{ad}</p></div>
<p class="story-text__paragraph">{bp(t, "Rail unions backed the measure and urged the committee to move quickly.")}</p>
<p class="story-text__paragraph"><strong>Update, 5:47 p.m.:</strong> {blk(t, "update", "Update, 5:47 p.m.", "2026-12-06T17:47:00-05:00", "The Federal Railroad Administration said in a statement that it supported the bill’s detector requirement and would offer technical help.")}</p>
{new}
<p class="story-text__paragraph story-text__paragraph--filed"><em>{n.f("Filed under: Congress, Transportation, Senate")}</em></p>
</div>
<section class="below-article"><h3>{n.f("Most read on POLITICO")}</h3>{ul(n.titles(4))}</section>
</main>
<footer><p>{n.f("© 2026 POLITICO LLC")}</p><nav><a href="/about/">About Us</a><a href="/advertising/">{n.f("Advertising with POLITICO")}</a><a href="/careers/">Careers</a></nav></footer>
"""
    return page("en", title, "", body), t


@register("independent-ferries", "The Independent", "en", "updates")
def independent(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Ferry operator suspends Channel crossings as Storm Elin batters south coast"
    ad_label, ad = n.ad()
    head = jsonld(
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2026-12-06T11:15:00+00:00",
            "dateModified": "2026-12-06T15:52:00+00:00",
            "publisher": {"@type": "Organization", "name": "The Independent"},
        }
    )
    body = f"""
<div class="sp_message_container">{consent(n, "sp_message_iframe", ("Accept", "Options"))}</div>
<header id="header"><div class="masthead"><a href="/">The Independent</a></div>
<nav><a href="/news/uk">UK</a><a href="/news/world">World</a><a href="/climate-change">Climate</a><a href="/travel">Travel</a><a href="/voices">Voices</a></nav>
<div class="support-cta"><p>{n.f("Support free-thinking journalism and subscribe to Independent Minds")}</p></div></header>
<main>
<article id="articleHeader">
<h1>{title}</h1>
<h2 class="sc-standfirst">Port of Dover advises passengers not to travel as gusts of up to 80mph are forecast</h2>
<div class="sc-author">Harriet Boyce<span>Travel Correspondent</span></div>
<div class="sc-date"><time datetime="2026-12-06T11:15:00+00:00">Saturday 06 December 2026 11:15 GMT</time></div>
<div class="sc-comments-count"><a href="#comments">{n.comment_count()}</a></div>
</article>
<div class="sc-live-widget"><p>{n.counter()}</p></div>
<div id="main" class="sc-body">
<div class="sc-update-box"><p><b>Update at 3.40pm:</b> {blk(t, "update", "Update at 3.40pm", "2026-12-06T15:40:00+00:00", "The Port of Dover said the first sailings would resume at 6am on Sunday if winds ease as forecast.")}</p></div>
<p>{bp(t, "Ferry crossings between Dover and Calais were suspended on Saturday morning as Storm Elin brought gusts of up to 80mph to the south coast of England.")}</p>
<p>{bp(t, "The operator said all sailings after 10am had been cancelled and that passengers holding tickets could travel on any crossing in the next seven days.")}</p>
<div class="inline-read-more"><p><a href="/travel/news/x">{n.teaser()}</a></p></div>
<p>{bp(t, "Queues of lorries stretched back several miles on the A20, and Kent Police put Operation Brock in place on the M20 to hold freight traffic.")}</p>
<div id="ad-inarticle-1" class="ad-slot"><div class="ad-label">{ad_label}</div><p>{ad}</p></div>
<p>{bp(t, "The Met Office issued an amber wind warning for coastal parts of Kent and Sussex until 9pm, warning of flying debris and large waves.")}</p>
<div class="newsletter-box"><p>{n.f("Sign up to Simon Calder’s free travel email for expert advice and money-saving discounts")}</p><button>Sign up</button></div>
<p>{bp(t, "Eurotunnel said its services were running, though with delays of up to two hours because of high demand.")}</p>
<p><em>{blk(t, "correction", None, "2026-12-06", "This article was amended on 6 December 2026 to correct the name of the coastal warning area.")}</em></p>
</div>
<section class="related-articles"><h3>{n.f("More about Storm Elin and UK travel")}</h3>{ul(n.related(3))}</section>
<div id="comments"><h3>Comments</h3>{"".join(f"<article class='comment'><span>{u}</span><p>{c}</p></article>" for u, c in n.comments())}</div>
</main>
<footer><p>{n.f("© 2026 Independent Digital News & Media Ltd")}</p><a href="/service/code-of-conduct">Code of conduct</a><a href="/service/contact-us">{n.f("Contact us and complaints")}</a></footer>
"""
    return page("en-GB", title, head, body), t


@register("sueddeutsche-streik", "Süddeutsche Zeitung", "de", "updates")
def sueddeutsche(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Streik bei der Münchner S-Bahn: Pendler müssen mit Ausfällen rechnen"
    ad_label, ad = n.ad()
    new = ""
    if extra:
        new = (
            '<p class="css-13wylk3" data-manual="paragraph"><b>Aktualisiert, 18.40 Uhr:</b> '
            + blk(
                t,
                "update",
                "Aktualisiert, 18.40 Uhr",
                "2026-12-06T18:40:00+01:00",
                "Die Gewerkschaft hat angekündigt, den Streik am Sonntag um 6 Uhr zu beenden.",
                extra=True,
            )
            + "</p>"
        )
    body = f"""
{consent(n, "sz-consent", ("Akzeptieren und weiter", "Zum SZ Plus-Abo"))}
<header class="sz-header"><a href="/" class="logo">Süddeutsche Zeitung</a>
<nav><a href="/politik">Politik</a><a href="/wirtschaft">Wirtschaft</a><a href="/muenchen">München</a><a href="/bayern">Bayern</a><a href="/kultur">Kultur</a><a href="/abo">{n.f("SZ Plus jetzt testen")}</a></nav>
<div class="sz-weather">{n.weather("München")}</div></header>
<main>
<article class="sz-article">
<header class="css-1r5gb7q"><h2><span class="css-1tm5due">Verkehr</span><span class="css-1bhnxuf">{title}</span></h2>
<time class="css-1r5gb7q" datetime="2026-12-06 11:02:00">6. Dezember 2026, 11:02 Uhr</time></header>
<p class="css-1psf6fh" data-manual="teaserText">Die Gewerkschaft ruft zu einem 24-stündigen Ausstand auf. Was Fahrgäste jetzt wissen müssen.</p>
<div class="sz-article-body">
{new}
<p class="css-13wylk3" data-manual="paragraph"><b>Aktualisiert, 16.05 Uhr:</b> {blk(t, "update", "Aktualisiert, 16.05 Uhr", "2026-12-06T16:05:00+01:00", "Nach Angaben der Bahn fährt auf der Stammstrecke inzwischen jeder dritte Zug.")}</p>
<p class="css-13wylk3" data-manual="paragraph"><b>Update vom 6. Dezember 2026, 14:20 Uhr:</b> {blk(t, "update", "Update vom 6. Dezember 2026, 14:20 Uhr", "2026-12-06T14:20:00+01:00", "Die Bahn hat einen Notfahrplan veröffentlicht, der ab 15 Uhr gelten soll.")}</p>
<p class="css-13wylk3" data-manual="paragraph">{bp(t, "Die Gewerkschaft der Lokführer hat ihre Mitglieder bei der Münchner S-Bahn für Samstag zu einem ganztägigen Streik aufgerufen.")}</p>
<p class="css-13wylk3" data-manual="paragraph">{bp(t, "Betroffen seien alle Linien, teilte die Bahn mit. Fahrgäste sollten nach Möglichkeit auf U-Bahn, Tram und Busse ausweichen, die von dem Ausstand nicht betroffen sind.")}</p>
<div class="sz-teaser-inline"><p><a href="/muenchen/x">{n.teaser()}</a></p></div>
<p class="css-13wylk3" data-manual="paragraph">{bp(t, "Hintergrund ist ein Tarifstreit um Arbeitszeiten und Zulagen. Die Verhandlungen waren am Donnerstag ohne Ergebnis abgebrochen worden.")}</p>
<div class="iqdcontainer" data-ad="inread"><span class="ad-label">{ad_label}</span><p>{ad}</p></div>
<h3 class="css-1ha0sx4">Was Pendler jetzt tun können</h3>
<p class="css-13wylk3" data-manual="paragraph">{bp(t, "Wer ein Ticket für Samstag gekauft hat, kann es an einem der folgenden drei Tage nutzen oder sich den Preis erstatten lassen.")}</p>
<div class="newsletter-inline"><p>{n.f("Der SZ-Newsletter zur Mobilität in München: jeden Freitag kostenlos per Mail.")}</p></div>
<p class="css-13wylk3" data-manual="paragraph">{bp(t, "Die Stadt rechnet mit vollen Straßen und empfiehlt, auf das Fahrrad umzusteigen.")}</p>
</div>
<p class="sz-author">{n.f("© SZ/dpa/infu - Rechte am Artikel können Sie hier erwerben.")}</p>
</article>
<aside class="sz-mostread"><h3>Meistgelesen</h3>{ul(n.titles(5))}</aside>
<div class="sz-comments"><h3>{n.comment_count()}</h3>{"".join(f"<div class='c'><b>{u}</b><p>{c}</p></div>" for u, c in n.comments())}</div>
</main>
<footer><p>{n.f("Süddeutsche Zeitung GmbH, Hultschiner Straße 8, 81677 München")}</p><a href="/datenschutz">Datenschutz</a><a href="/impressum">Impressum</a></footer>
"""
    return page("de", title, "", body), t


@register("faz-haushalt", "Frankfurter Allgemeine Zeitung", "de", "updates")
def faz(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Haushaltsstreit in Wiesbaden: Landtag vertagt Abstimmung"
    ad_label, ad = n.ad()
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2026-12-06T09:30:00+01:00",
            "dateModified": "2026-12-06T13:10:00+01:00",
        }
    )
    body = f"""
{consent(n, "faz-cmp", ("Zustimmen", "Einstellungen"))}
<header class="Header"><nav class="nvg"><a href="/aktuell/politik/">Politik</a><a href="/aktuell/wirtschaft/">Wirtschaft</a><a href="/aktuell/finanzen/">Finanzen</a><a href="/aktuell/rhein-main/">Rhein-Main</a><a href="/aktuell/feuilleton/">Feuilleton</a></nav>
<div class="Ticker">{n.market()} | {n.market()}</div></header>
<main>
<article class="atc">
<header class="atc-Header"><span class="atc-HeadlineEmphasisText">Hessen</span><h1 class="atc-HeadlineText">{title}</h1>
<p class="atc-IntroText">Die Koalition ringt um Kürzungen bei Kitas und Polizei. Die Opposition spricht von Chaos.</p>
<div class="atc-Meta"><span class="atc-MetaAuthor">Von Jana Lindqvist, Wiesbaden</span><time class="atc-MetaTime" datetime="2026-12-06T09:30:00+01:00">06.12.2026, 09:30</time><span>{n.f("Lesezeit: 3 Min.")}</span></div></header>
<div class="atc-Text">
<div class="atc-InfoBox"><p class="atc-TextParagraph"><strong>Anmerkung der Redaktion:</strong> {blk(t, "editors_note", "Anmerkung der Redaktion", None, "Wir haben diesen Text nach einer Stellungnahme des Finanzministeriums ergänzt.")}</p></div>
<p class="atc-TextParagraph">{bp(t, "Der hessische Landtag hat die für Freitag geplante Abstimmung über den Doppelhaushalt auf die kommende Woche verschoben.")}</p>
<p class="atc-TextParagraph">{bp(t, "Grund seien offene Fragen bei den geplanten Kürzungen im Sozialbereich, sagte ein Sprecher der Regierungsfraktionen am Samstagvormittag.")}</p>
<div class="ctn-PlaceholderContent" data-ad="mrec"><span>{ad_label}</span><p>{ad}</p></div>
<p class="atc-TextParagraph">{bp(t, "Das Finanzministerium teilte mit, der Entwurf sehe weiterhin Einsparungen von rund 480 Millionen Euro vor, die Verteilung werde aber noch beraten.")}</p>
<div class="atc-ContainerMore"><p><a href="/aktuell/rhein-main/x.html">{n.teaser()}</a></p></div>
<p class="atc-TextParagraph">{bp(t, "Die Opposition warf der Regierung vor, den Haushalt ohne ausreichende Beteiligung der Kommunen aufgestellt zu haben.")}</p>
<p class="atc-TextParagraph">{bp(t, "Die nächste Sitzung des Haushaltsausschusses ist für Mittwoch angesetzt.")}</p>
<p class="atc-TextParagraph"><em>Korrektur: {blk(t, "correction", "Korrektur", None, "In einer früheren Version dieses Artikels hieß es, die Abstimmung sei auf Januar verschoben worden.")}</em></p>
</div>
<div class="atc-Footer"><p>{n.f("Quelle: F.A.Z. Rhein-Main-Zeitung")}</p><p>{n.f("Alle Rechte vorbehalten. Frankfurter Allgemeine Zeitung GmbH.")}</p></div>
</article>
<section class="lst-Teaser"><h2>{n.f("Mehr aus Rhein-Main")}</h2>{ul(n.related(3))}</section>
<section class="Comments"><h3>{n.comment_count()}</h3></section>
</main>
<footer class="ftr"><p>{n.f("Frankfurter Allgemeine Zeitung GmbH 2026")}</p><a href="/impressum/">Impressum</a></footer>
"""
    return page("de", title, head, body), t


@register("liberation-greve", "Libération", "fr", "updates")
def liberation(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Grève des contrôleurs aériens : des centaines de vols annulés à Orly et Marseille"
    ad_label, ad = n.ad()
    new = ""
    if extra:
        new = (
            "<h3 class='article-update-title'>Mise à jour le 6 décembre 2026 à 21h15</h3>"
            "<p class='article-body-paragraph'>"
            + blk(
                t,
                "update",
                "Mise à jour le 6 décembre 2026 à 21h15",
                "2026-12-06T21:15:00+01:00",
                "Le syndicat a annoncé la levée du préavis après un accord trouvé en fin de soirée.",
                extra=True,
            )
            + "</p>"
        )
    body = f"""
{consent(n, "didomi-host", ("Accepter & Fermer", "Continuer sans accepter"))}
<header class="site-header"><a href="/" class="logo">Libération</a><nav><a href="/politique/">Politique</a><a href="/international/">International</a><a href="/economie/">Économie</a><a href="/societe/">Société</a><a href="/culture/">Culture</a></nav>
<a class="subscribe" href="/abonnement/">{n.f("Abonnez-vous : 1 € le premier mois")}</a></header>
<main>
<article>
<div class="article-header"><a class="label" href="/economie/transports/">Transports</a>
<h1>{title}</h1>
<span class="article-subheadline">La DGAC a demandé aux compagnies de réduire leurs programmes de vols de moitié samedi.</span>
<div class="article-byline">par <a href="/auteur/claire-moreau/">Claire Moreau</a></div>
<div class="article-date">publié le 6 décembre 2026 à 10h05</div></div>
<div class="article-body">
<p class="article-body-paragraph">{bp(t, "Des centaines de vols ont été annulés samedi à Orly et à Marseille-Provence en raison d’une grève des contrôleurs aériens, a indiqué la Direction générale de l’aviation civile.")}</p>
<p class="article-body-paragraph">{bp(t, "Les compagnies ont été invitées à réduire de moitié leurs programmes de vols au départ et à l’arrivée des deux aéroports jusqu’à dimanche matin.")}</p>
<div class="article-inline-related"><p><a href="/societe/x/">{n.teaser()}</a></p></div>
<p class="article-body-paragraph">{bp(t, "Le syndicat à l’origine du mouvement réclame des recrutements supplémentaires et dénonce des plannings « intenables » dans plusieurs centres de contrôle.")}</p>
<div class="pub-container" data-pub="inread"><span class="pub-label">{ad_label}</span><p>{ad}</p></div>
<p class="article-body-paragraph">{bp(t, "Le ministre des Transports a appelé à « la responsabilité de chacun » et promis de recevoir les représentants du personnel lundi.")}</p>
<div class="newsletter-block"><p>{n.f("Chaque matin, la newsletter Libé Matin vous résume l’essentiel de l’actualité.")}</p><button>Je m’inscris</button></div>
<p class="article-body-paragraph">{bp(t, "Air France a indiqué que ses vols long-courriers n’étaient pas concernés.")}</p>
<p class="article-body-paragraph"><strong>Mise à jour à 18h30 :</strong> {blk(t, "update", "Mise à jour à 18h30", "2026-12-06T18:30:00+01:00", "La DGAC demande désormais aux compagnies de réduire aussi leurs vols à Nice dimanche.")}</p>
{new}
</div>
<div class="article-footer"><p>{n.f("Cet article est réservé aux abonnés. Déjà abonné ? Se connecter")}</p></div>
</article>
<aside class="most-read"><h2>Les plus lus</h2>{ul(n.titles(5))}</aside>
</main>
<footer><p>{n.f("© Libération 2026 – Tous droits réservés")}</p><a href="/cgu/">CGU</a><a href="/mentions-legales/">{n.f("Mentions légales et contact")}</a></footer>
"""
    return page("fr", title, "", body), t


@register("ilpost-frana", "Il Post", "it", "updates")
def ilpost(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Una frana ha bloccato la statale tra Sondrio e Tirano"
    ad_label, ad = n.ad()
    new = ""
    if extra:
        new = (
            "<p><strong>Aggiornamento delle 21.30</strong> – "
            + blk(
                t,
                "update",
                "Aggiornamento delle 21.30",
                "2026-12-06T21:30:00+01:00",
                "L’ANAS ha riaperto una corsia a senso alternato regolata da un semaforo.",
                extra=True,
            )
            + "</p>"
        )
    body = f"""
{consent(n, "iubenda-cs-banner", ("Accetta", "Rifiuta"))}
<header id="site-header"><a href="/" class="logo">Il Post</a><nav><a href="/italia/">Italia</a><a href="/mondo/">Mondo</a><a href="/politica/">Politica</a><a href="/tecnologia/">Tecnologia</a><a href="/podcast/">Podcast</a></nav>
<a class="abbonati" href="/abbonati/">{n.f("Abbonati al Post e sostieni il giornalismo")}</a></header>
<main id="main">
<article class="post-article">
<header><h1 class="entry-title">{title}</h1>
<h2 class="entry-subtitle">Non ci sono feriti, ma la strada resterà chiusa almeno fino a domani mattina</h2>
<div class="entry-meta"><time datetime="2026-12-06T11:40:00+01:00">6 dicembre 2026</time></div></header>
<div id="singleBody" class="entry-content">
{new}
<p><strong>Aggiornamento delle 17.20</strong> – {blk(t, "update", "Aggiornamento delle 17.20", "2026-12-06T17:20:00+01:00", "I tecnici della provincia hanno detto che la parete è stabile e che i lavori di rimozione inizieranno stanotte.")}</p>
<p>{bp(t, "Sabato mattina una frana ha bloccato la strada statale 38 tra Sondrio e Tirano, in Valtellina, all’altezza di un tratto di circa duecento metri vicino a Chiuro.")}</p>
<p>{bp(t, "Secondo i vigili del fuoco nessuna auto è stata coinvolta: la strada era stata chiusa poco prima per precauzione dopo le piogge della notte.")}</p>
<div class="ilpost-inline-box"><p><a href="/2026/12/05/x/">{n.teaser()}</a></p></div>
<p>{bp(t, "Il traffico è stato deviato sulla viabilità secondaria e la società che gestisce la linea ferroviaria ha aggiunto alcuni treni tra le due città.")}</p>
<div class="adv-box"><span>{ad_label}</span><p>{ad}</p></div>
<p>{bp(t, "Il sindaco di Chiuro ha chiesto alla regione un piano per la messa in sicurezza dei versanti.")}</p>
<p><em>{blk(t, "update", None, "2026-12-06T19:05:00+01:00", "Questo articolo è stato aggiornato alle 19.05 con le dichiarazioni del prefetto di Sondrio.")}</em></p>
</div>
<div class="entry-tags"><p>{n.f("Mostra i commenti e partecipa alla discussione")}</p></div>
</article>
<aside class="sidebar"><h3>{n.f("I più letti di oggi sul Post")}</h3>{ul(n.titles(4))}</aside>
</main>
<footer><p>{n.f("Il Post S.r.l. – P.IVA 05953660965")}</p><a href="/privacy/">Privacy</a></footer>
"""
    return page("it", title, "", body), t


@register("substack-budget", "Substack", "en", "updates")
def substack(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "The county budget numbers don't add up (Updated)"
    body = f"""
<div class="topbar"><a class="navbar-title-link" href="/">Ledger &amp; Lamp</a><button>{n.f("Subscribe to Ledger & Lamp")}</button><a href="/account/login">Sign in</a></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{title}</h1>
<h3 class="subtitle">Three line items, one missing $4.2 million, and a lot of shrugging</h3>
<div class="post-meta"><a href="/profile/mara">Mara Quint</a><div class="pencraft">Dec 6, 2026</div><div class="post-ufi"><a>{n.f("Share this post with a friend")}</a><span>{n.comment_count()}</span></div></div></div>
<div class="available-content"><div class="body markup" dir="auto">
<p><strong>Update (Dec 6, 9:40pm ET):</strong> {blk(t, "update", "Update (Dec 6, 9:40pm ET)", "2026-12-06T21:40:00-05:00", "The county finance office replied after this went out. Their answer is below.")}</p>
<p>{bp(t, "I spent the last week reading the county’s proposed budget line by line, and one thing keeps bothering me.")}</p>
<p>{bp(t, "The road maintenance fund is listed at $18.6 million in the summary table but adds up to $14.4 million in the departmental detail.")}</p>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p>{n.f("Ledger & Lamp is a reader-supported publication. To receive new posts, consider becoming a free or paid subscriber.")}</p><button>Subscribe</button></div></div>
<p>{bp(t, "I asked the finance office about the gap on Tuesday. Nobody could explain it by the time I hit publish.")}</p>
<p>{bp(t, "That is not proof of anything, but it is the kind of question a board should answer before a vote.")}</p>
<p class="button-wrapper"><a class="button primary" href="/subscribe"><span>{n.f("Get 20% off for 1 year")}</span></a></p>
<p><em>Update: {blk(t, "update", "Update", None, "A spokesperson says the difference is a transfer to the capital fund that will be shown in an amended table.")}</em></p>
</div></div>
<div class="post-footer"><p>{n.f("Thanks for reading Ledger & Lamp! Subscribe for free to receive new posts and support my work.")}</p></div>
</article></div></div></div>
<div class="comments-section"><h4>Discussion about this post</h4>{"".join(f"<div class='comment'><a>{u}</a><p>{c}</p></div>" for u, c in n.comments())}</div>
<footer class="footer-wrap"><p>{n.f("© 2026 Mara Quint · Privacy ∙ Terms ∙ Collection notice")}</p><p>{n.f("Substack is the home for great culture")}</p></footer>
"""
    return page("en", title, "", body), t


# --------------------------------------------------------------------------- live blogs

CNN_ENTRIES = [
    (
        "21:05",
        "4:05 p.m.",
        "Governor declares state of emergency for four counties",
        "Gov. Elena Brooks signed an emergency declaration covering four coastal counties,"
        " freeing state funds for shelters and debris removal.",
    ),
    (
        "20:40",
        "3:40 p.m.",
        "Bridge to barrier island closed to all traffic",
        "State police closed the causeway to Port Hale after waves began breaking over the"
        " roadway, stranding about 300 residents who chose not to evacuate.",
    ),
    (
        "20:12",
        "3:12 p.m.",
        "More than 90,000 customers without power",
        "Outages climbed past 90,000 by mid-afternoon, according to the state’s largest utility,"
        " which said crews could not work safely until winds drop.",
    ),
    (
        "19:31",
        "2:31 p.m.",
        "Airport suspends all departures",
        "Harbor City International Airport halted departures until at least 8 p.m., the airport"
        " authority said, and urged travelers to check with airlines.",
    ),
]


@register("cnn-live-storm", "CNN live updates", "en", "live")
def cnn_live(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Live updates: Nor’easter slams the coast with flooding and hurricane-force gusts"
    entries = list(CNN_ENTRIES)
    posts = []
    if extra:
        entries.insert(
            0,
            (
                "21:37",
                "4:37 p.m.",
                "Evacuation order expanded to two more towns",
                "Officials expanded the mandatory evacuation order to Linwood and Grays Point as"
                " the storm surge forecast was raised to six feet.",
            ),
        )
    for i, (utc, clock, head, text) in enumerate(entries):
        label = f"{clock} ET, December 6, 2026"
        hh, mm = utc.split(":")
        iso = f"2026-12-06T{int(hh) - 5:02d}:{mm}:00-05:00"
        blk(t, "live_entry", label, iso, head + " " + text, alt=text, extra=extra and i == 0)
        ad = ""
        if i == 1:
            ad_label, creative = n.ad()
            ad = f'<div class="ad-feature" data-ad="live-inline"><span>{ad_label}</span><p>{creative}</p></div>'
        posts.append(
            f'<article class="live-story-post" data-post-id="cl{i}">'
            f'<header class="live-story-post__header"><h2 class="live-story-post__headline">{escape(head)}</h2>'
            f'<div class="live-story-post__byline">From CNN’s Ravi Kapoor</div>'
            f'<span class="live-story-post__timestamp" data-last-updated="2026-12-06T{utc}:00Z">{label}</span></header>'
            f'<div class="live-story-post__content"><p class="paragraph">{escape(text)}</p></div>'
            f'<div class="live-story-post__share"><a>{n.f("Link Copied!")}</a></div></article>{ad}'
        )
    head_ld = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": title,
            "coverageStartTime": "2026-12-06T13:00:00Z",
            "datePublished": "2026-12-06T13:00:00Z",
        }
    )
    body = f"""
{consent(n, "onetrust-consent-sdk", ("Accept All", "Reject All"))}
<header class="header"><nav class="header__nav"><a href="/us">US</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/weather">Weather</a><a href="/audio">Audio</a><a href="/live-tv">Watch</a></nav></header>
<div class="ad-slot-header"><span>Advertisement</span></div>
<main class="layout__main">
<div class="headline"><span class="live-badge">LIVE UPDATES</span><h1 class="headline__text">{title}</h1>
<div class="headline__footer"><div class="byline">By Ravi Kapoor, Tessa Lund and Joel Mardi, CNN</div><div class="timestamp">{n.ago()}</div></div></div>
<div class="headline__sub-description"><h2>What we’re covering</h2>
<ul><li><p>{bp(t, "A powerful nor’easter is pushing water into coastal towns from Port Hale to Grays Point, with gusts above 75 mph reported at the shore.")}</p></li>
<li><p>{bp(t, "Tens of thousands of customers have lost power, and officials are urging residents in low-lying areas to leave before high tide tonight.")}</p></li></ul></div>
<div class="live-story__counter"><p>{n.counter()}</p></div>
<div class="live-story">{"".join(posts)}</div>
<div class="related-content"><h2>{n.f("Paid Partner Content")}</h2>{ul(n.related(3))}</div>
</main>
<footer class="footer"><p>{n.f("© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.")}</p><a href="/terms">Terms of Use</a><a href="/privacy">{n.f("Privacy Policy and Ad Choices")}</a></footer>
"""
    return page("en", title, head_ld, body), t


SKY_ENTRIES = [
    (
        "15:02",
        "Minister: 'We will not be rushed'",
        "The transport secretary says the government will not be rushed into a decision on the"
        " new timetable, despite pressure from operators.",
    ),
    (
        "14:32",
        "Train operator confirms weekend cancellations",
        "Northline Rail has confirmed that around a third of its Sunday services will not run"
        " because of driver shortages.",
    ),
    (
        "13:58",
        "Passenger groups demand compensation",
        "A coalition of passenger groups has written to the regulator asking for automatic"
        " refunds for anyone delayed by more than 15 minutes.",
    ),
    (
        "13:20",
        "Welcome to our live coverage",
        "Good afternoon and welcome to Sky News' live coverage of the row over rail services"
        " in the north of England.",
    ),
]


@register("skynews-live-rail", "Sky News live", "en", "live")
def skynews(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Rail chaos latest: Northline cancels Sunday trains as row with government deepens"
    entries = list(SKY_ENTRIES)
    if extra:
        entries.insert(
            0,
            (
                "15:41",
                "Union calls emergency meeting",
                "The drivers' union says it will hold an emergency meeting on Monday to discuss"
                " the operator's latest offer.",
            ),
        )
    posts = []
    for i, (clock, head, text) in enumerate(entries):
        blk(
            t,
            "live_entry",
            clock,
            f"2026-12-06T{clock}:00+00:00",
            head + " " + text,
            alt=text,
            extra=extra and i == 0,
        )
        teaser = ""
        if i == 2:
            teaser = f'<div class="ncpost-promo"><p><a href="/story/x">{n.teaser()}</a></p></div>'
        posts.append(
            f'<div class="ncpost-container" id="post-{i}"><div class="ncpost-header">'
            f'<span class="ncpost-timestamp">{clock}</span></div>'
            f'<div class="ncpost-content"><h3 class="ncpost-title">{escape(head)}</h3>'
            f'<div class="ncpost-content-body"><p>{escape(text)}</p></div></div>'
            f'<div class="ncpost-share"><a>Share</a></div></div>{teaser}'
        )
    body = f"""
{consent(n, "sp_message_container_sky", ("Accept all", "Settings"))}
<header class="sdc-site-header"><nav><a href="/home">Home</a><a href="/uk">UK</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/watch-live">{n.f("Watch Sky News live")}</a></nav></header>
<div class="sdc-site-ticker"><p><span>BREAKING</span> {n.title()}</p></div>
<main>
<div class="sdc-article-header"><h1 class="sdc-article-header__long-title">{title}</h1>
<p class="sdc-article-header__sub-title">{bp(t, "Northline Rail says a third of Sunday services will not run, as ministers and operators trade blame over staffing in the north of England.")}</p>
<div class="sdc-article-date"><p class="sdc-article-date__date-time">Saturday 6 December 2026 13:20, UK</p></div></div>
<div class="sdc-site-key-events"><h2>Key points</h2><ul>
<li><a href="#post-1">Northline confirms a third of Sunday trains cancelled</a></li>
<li><a href="#post-2">Passenger groups call for automatic refunds</a></li>
<li><a href="#live">{n.f("Listen to the Sky News Daily podcast")}</a></li></ul></div>
<div class="ncpost-list" id="live">{"".join(posts)}</div>
<div class="sdc-article-widget"><h3>{n.f("Sky News Daily: Listen and subscribe")}</h3></div>
<section class="sdc-site-most-popular"><h3>Most popular</h3>{ul(n.titles(4))}</section>
</main>
<footer><p>{n.f("© 2026 Sky UK")}</p><a href="/terms">Terms &amp; Conditions</a><a href="/privacy">{n.f("Privacy & Cookies notice")}</a></footer>
"""
    return page("en-GB", title, "", body), t


AJ_ENTRIES = [
    (
        "16:10",
        "UN envoy says talks will continue on Monday",
        "The UN special envoy said negotiators from both sides had agreed to meet again on"
        " Monday in Geneva after a day of what he called frank discussions.",
    ),
    (
        "15:25",
        "Aid convoy reaches northern town",
        "A convoy of 22 trucks carrying food and medical supplies reached the northern town of"
        " Qaryat al-Nahr, the World Food Programme said.",
    ),
    (
        "14:40",
        "Ceasefire largely holding, monitors say",
        "Independent monitors reported only two minor violations overnight, both near the"
        " western crossing point.",
    ),
]


@register("aljazeera-live-talks", "Al Jazeera live blog", "en", "live")
def aljazeera(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Live: Ceasefire talks resume as aid convoy reaches the north"
    posts = []
    for clock, head, text in AJ_ENTRIES:
        label = f"6 Dec 2026 {clock} GMT"
        blk(t, "live_entry", label, f"2026-12-06T{clock}:00+00:00", head + " " + text, alt=text)
        posts.append(
            f'<li class="liveblog-timeline__item"><div class="card-live"><div class="card-live__content-area">'
            f'<div class="date-simple"><span class="screen-reader-text">Published On {label}</span>'
            f'<span aria-hidden="true">{label}</span></div>'
            f'<h2 class="card-live__title">{escape(head)}</h2>'
            f'<div class="wysiwyg wysiwyg--all-content"><p>{escape(text)}</p></div>'
            f'<div class="card-live__footer"><button>{n.f("Share this update")}</button></div></div></div></li>'
        )
    body = f"""
{consent(n, "onetrust-banner-aj", ("Accept all", "Cookie preferences"))}
<header class="site-header"><nav><a href="/news/">News</a><a href="/middle-east/">Middle East</a><a href="/africa/">Africa</a><a href="/features/">Features</a><a href="/economy/">Economy</a><a href="/live/">{n.f("Live Al Jazeera English")}</a></nav></header>
<main id="main-content-area">
<header class="article-header"><div class="live-badge">LIVE</div><h1>{title}</h1>
<p class="article__subhead"><em>{bp(t, "Negotiators meet for a second day in Geneva as monitors report the truce is largely holding.")}</em></p>
<div class="article-dates"><span>Published On 6 Dec 2026</span><span>{n.ago()}</span></div></header>
<div class="liveblog-key-events"><h2>Key events</h2><ul>
<li><a href="#k1">Talks to continue on Monday</a></li><li><a href="#k2">Aid convoy reaches the north</a></li></ul></div>
<div class="liveblog-summary wysiwyg"><p>{bp(t, "Here is what we know so far on the second day of talks between the government and the opposition alliance.")}</p></div>
<div class="liveblog-timeline"><ul class="liveblog-timeline__list">{"".join(posts)}</ul></div>
<div class="more-on"><h2>{n.f("More on this story from our correspondents")}</h2>{ul(n.related(3))}</div>
<div class="newsletter-widget"><p>{n.f("Sign up for Al Jazeera Week in the Middle East")}</p></div>
</main>
<footer class="site-footer"><p>{n.f("© 2026 Al Jazeera Media Network")}</p><a href="/terms">Terms and conditions</a></footer>
"""
    return page("en", title, "", body), t


ZDF_ENTRIES = [
    (
        "17:45",
        "Bundesregierung kündigt Hilfen an",
        "Die Bundesregierung will betroffenen Landwirten mit einem Sofortprogramm helfen, sagte"
        " ein Regierungssprecher am Nachmittag.",
    ),
    (
        "16:05",
        "Pegel in Passau steigt weiter",
        "Die Donau hat in Passau die Marke von 8,20 Metern überschritten. Die Stadt rechnet mit"
        " dem Höchststand in der Nacht.",
    ),
    (
        "14:30",
        "Erste Evakuierungen in Deggendorf",
        "In zwei Ortsteilen von Deggendorf müssen rund 400 Menschen ihre Häuser verlassen,"
        " teilte das Landratsamt mit.",
    ),
]


@register("zdfheute-ticker-hochwasser", "ZDFheute Liveticker", "de", "live")
def zdfheute(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Hochwasser in Bayern: Pegel steigen weiter – der Liveblog"
    entries = list(ZDF_ENTRIES)
    if extra:
        entries.insert(
            0,
            (
                "18:20",
                "Bahnstrecke Regensburg–Passau gesperrt",
                "Wegen überfluteter Gleise ist die Strecke zwischen Regensburg und Passau bis"
                " auf Weiteres gesperrt.",
            ),
        )
    posts = []
    for i, (clock, head, text) in enumerate(entries):
        iso = f"2026-12-06T{clock}:00+01:00"
        blk(
            t,
            "live_entry",
            f"{clock} Uhr",
            iso,
            head + " " + text,
            alt=text,
            extra=extra and i == 0,
        )
        promo = ""
        if i == 1:
            promo = f'<div class="zdf-teaser-inline"><p><a href="/nachrichten/x">{n.teaser()}</a></p></div>'
        posts.append(
            f'<section class="ticker-item" id="ti{i}"><div class="ticker-item-head">'
            f'<time datetime="{iso}">{clock} Uhr</time></div>'
            f"<h3>{escape(head)}</h3><p>{escape(text)}</p></section>{promo}"
        )
    body = f"""
{consent(n, "zdf-cmp-banner", ("Zustimmen", "Einstellungen"))}
<header class="zdf-header"><nav><a href="/nachrichten">Nachrichten</a><a href="/politik">Politik</a><a href="/wirtschaft">Wirtschaft</a><a href="/panorama">Panorama</a><a href="/live-tv">{n.f("ZDF live im Stream")}</a></nav></header>
<main>
<article>
<header class="article-header"><span class="label">Liveblog</span><h1>{title}</h1>
<p class="article-intro">{bp(t, "Nach tagelangem Regen treten in Niederbayern mehrere Flüsse über die Ufer. Alle Entwicklungen im Liveblog.")}</p>
<p class="article-date">{n.ago()}</p></header>
<div class="summary-box"><h2>Das Wichtigste in Kürze</h2><ul><li>Donau in Passau über 8 Meter</li><li>Evakuierungen in Deggendorf</li></ul></div>
<div class="ticker-widget"><p>{n.counter()}</p></div>
<div class="ticker">{"".join(posts)}</div>
</article>
<section class="related"><h2>{n.f("Mehr zum Hochwasser in Bayern")}</h2>{ul(n.related(3))}</section>
</main>
<footer><p>{n.f("© ZDF 2026 – Alle Rechte vorbehalten")}</p><a href="/impressum">Impressum</a></footer>
"""
    return page("de", title, "", body), t


@register("welt-liveticker-bahn", "WELT Liveticker", "de", "live")
def welt(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Wintereinbruch im Norden: Bahn stellt Fernverkehr teilweise ein"
    entries = [
        (
            "14:03",
            "Bahn meldet Ausfälle zwischen Hamburg und Berlin",
            "Wegen Schneeverwehungen fallen mehrere ICE-Verbindungen aus. Die Bahn rät, Reisen"
            " zu verschieben.",
        ),
        (
            "13:41",
            "Autobahn A7 stellenweise gesperrt",
            "Nach mehreren Unfällen ist die A7 zwischen Neumünster und Bordesholm in Richtung"
            " Norden gesperrt, meldet die Polizei.",
        ),
        (
            "12:15",
            "Wetterdienst warnt vor Glatteis",
            "Der Deutsche Wetterdienst hat für große Teile Schleswig-Holsteins eine Unwetterwarnung"
            " vor Glatteis herausgegeben.",
        ),
    ]
    ad_label, ad = n.ad()
    parts = []
    for i, (clock, head, text) in enumerate(entries):
        blk(
            t,
            "live_entry",
            f"{clock} Uhr",
            f"2026-12-06T{clock}:00+01:00",
            head + " " + text,
            alt=text,
        )
        parts.append(f"<p><strong>{clock} Uhr – {escape(head)}</strong></p><p>{escape(text)}</p>")
        if i == 0:
            parts.append(
                f'<div class="c-ad" data-qa="Ad.Inline"><span>{ad_label}</span><p>{ad}</p></div>'
            )
    body = f"""
{consent(n, "welt-cmp", ("Alle akzeptieren", "Mit WELTplus ohne Werbung lesen"))}
<header class="c-page-header"><nav><a href="/politik/">Politik</a><a href="/wirtschaft/">Wirtschaft</a><a href="/vermischtes/">Panorama</a><a href="/sport/">Sport</a><a href="/weltplus/">{n.f("WELTplus 30 Tage gratis testen")}</a></nav>
<div class="c-stock-ticker">{n.market()}</div></header>
<main>
<article class="c-article">
<div class="c-topic">Liveticker</div><h2 class="c-headline">{title}</h2>
<div class="c-summary"><p>{bp(t, "Schnee und Glätte legen im Norden Deutschlands den Verkehr lahm. Alle Entwicklungen im Liveticker.")}</p></div>
<div class="c-publish-date"><span>Veröffentlicht am 06.12.2026</span><span>{n.ago()}</span></div>
<div class="c-article-text">{"".join(parts)}</div>
<div class="c-article-footer"><p>{n.f("Hier können Sie unsere WELT-Podcasts hören")}</p></div>
</article>
<aside class="c-most-read"><h3>Meistgelesene Artikel</h3>{ul(n.titles(4))}</aside>
</main>
<footer><p>{n.f("© WELT – Ein Angebot von Axel Springer")}</p><a href="/impressum/">Impressum</a></footer>
"""
    return page("de", title, "", body), t


BFM_ENTRIES = [
    (
        "16:28",
        "Le préfet annonce la fermeture des écoles lundi",
        "Le préfet du Gard a annoncé que toutes les écoles du département resteront fermées"
        " lundi en raison des intempéries.",
    ),
    (
        "15:47",
        "Plus de 1200 interventions des pompiers",
        "Les pompiers ont réalisé plus de 1200 interventions depuis vendredi soir, dont une"
        " centaine de mises en sécurité.",
    ),
    (
        "15:02",
        "Vigilance rouge maintenue jusqu’à dimanche",
        "Météo-France maintient la vigilance rouge pluie-inondation pour le Gard et l’Hérault"
        " jusqu’à dimanche 6 heures.",
    ),
]


@register("bfmtv-direct-intemperies", "BFMTV direct", "fr", "live")
def bfmtv(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "EN DIRECT - Intempéries dans le Gard : vigilance rouge, les écoles fermées lundi"
    entries = list(BFM_ENTRIES)
    if extra:
        entries.insert(
            0,
            (
                "17:05",
                "Une route départementale emportée près d’Alès",
                "Une portion de la D904 a été emportée par la crue du Gardon, sans faire de"
                " victime selon la préfecture.",
            ),
        )
    posts = []
    for i, (clock, head, text) in enumerate(entries):
        iso = f"2026-12-06T{clock}:00+01:00"
        blk(t, "live_entry", clock, iso, head + " " + text, alt=text, extra=extra and i == 0)
        promo = ""
        if i == 0:
            promo = (
                f'<div class="content_live_promo"><p><a href="/video/x">{n.teaser()}</a></p></div>'
            )
        posts.append(
            f'<div class="content_live_block" id="live-{i}"><div class="live_block_header">'
            f'<time class="content_live_datetime" datetime="{iso}">{clock}</time></div>'
            f'<h2 class="content_live_title">{escape(head)}</h2>'
            f'<div class="content_live_post"><p>{escape(text)}</p></div></div>{promo}'
        )
    ad_label, ad = n.ad()
    body = f"""
{consent(n, "didomi-popup", ("Accepter", "Refuser"))}
<header class="header_bfm"><nav><a href="/police-justice/">Police-Justice</a><a href="/politique/">Politique</a><a href="/international/">International</a><a href="/economie/">Économie</a><a href="/en-direct/">{n.f("Regarder BFMTV en direct")}</a></nav></header>
<main>
<article class="content_article">
<div class="content_header"><span class="live_tag">EN DIRECT</span><h1 class="content_title">{title}</h1>
<p class="content_chapo">{bp(t, "Le Gard et l’Hérault sont placés en vigilance rouge pluie-inondation. Suivez la situation en direct.")}</p>
<p class="content_date">Publié le 06/12/2026 à 09:12 – <span>{n.ago()}</span></p></div>
<div class="content_live_essentiel"><h2>L’essentiel</h2><ul><li>Vigilance rouge dans deux départements</li><li>Écoles fermées lundi dans le Gard</li></ul></div>
<div class="ad_container"><span>{ad_label}</span><p>{ad}</p></div>
<div class="content_live">{"".join(posts)}</div>
</article>
<aside class="most_read"><h3>Les plus lus</h3>{ul(n.titles(4))}</aside>
</main>
<footer><p>{n.f("© BFMTV 2026 – Tous droits réservés")}</p><a href="/mentions-legales/">Mentions légales</a></footer>
"""
    return page("fr", title, "", body), t


@register("20minutes-live-salon", "20 Minutes live", "fr", "live")
def vingt(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Salon de l’agriculture régional : la visite du ministre chahutée, suivez notre live"
    entries = [
        (
            "17h42",
            "Le ministre quitte le salon sous les sifflets",
            "Après près de trois heures de visite, le ministre a quitté le parc des expositions"
            " sous les sifflets d’une centaine d’éleveurs.",
        ),
        (
            "16h15",
            "Une rencontre improvisée avec les syndicats",
            "Le ministre a accepté de recevoir une délégation de syndicats agricoles dans un stand"
            " transformé en salle de réunion.",
        ),
        (
            "15h03",
            "Bienvenue dans ce live",
            "Bonjour à toutes et à tous, et bienvenue dans ce live consacré à la visite du"
            " ministre de l’Agriculture au salon de Rennes.",
        ),
    ]
    items = []
    for clock, head, text in entries:
        hh, mm = clock.split("h")
        blk(t, "live_entry", clock, f"2026-12-06T{hh}:{mm}:00+01:00", head + " " + text, alt=text)
        items.append(
            f'<li class="live-item"><p class="live-time">{clock}</p>'
            f"<h3>{escape(head)}</h3><p>{escape(text)}</p></li>"
        )
    items.insert(
        1, f'<li class="live-item live-item--promo"><p><a href="/x">{n.teaser()}</a></p></li>'
    )
    body = f"""
{consent(n, "cmp-20min", ("Accepter", "Paramétrer"))}
<header class="c-header"><nav><a href="/actualite/">Actu</a><a href="/rennes/">Rennes</a><a href="/sport/">Sport</a><a href="/high-tech/">High-Tech</a><a href="/newsletters/">{n.f("Recevez nos newsletters gratuites")}</a></nav>
<div class="c-weather">{n.weather("Rennes")}</div></header>
<main>
<article class="c-article">
<h1 class="nodeheader-title">{title}</h1>
<p class="nodeheader-summary">{bp(t, "Le ministre de l’Agriculture est attendu ce samedi après-midi au salon régional de Rennes, dans un climat tendu.")}</p>
<div class="datetime">Publié le 06/12/26 à 15h03 — {n.ago()}</div>
<ol class="live-list">{"".join(items)}</ol>
<div class="c-comments-cta"><p>{n.comment_count()}</p><p>{n.f("Donnez votre avis sur ce live dans les commentaires")}</p></div>
</article>
<aside class="c-sidebar"><h3>{n.f("Les articles les plus lus de la journée")}</h3>{ul(n.titles(4))}</aside>
</main>
<footer><p>{n.f("© 2026 20 Minutes France SAS")}</p></footer>
"""
    return page("fr", title, "", body), t


RAI_ENTRIES = [
    (
        "16:50",
        "Il governo convoca i sindacati per lunedì",
        "Palazzo Chigi ha convocato i sindacati dei trasporti per lunedì mattina, nel tentativo"
        " di evitare un nuovo sciopero a gennaio.",
    ),
    (
        "15:10",
        "Adesione al 70 per cento nel trasporto locale",
        "Secondo i sindacati l’adesione allo sciopero nel trasporto pubblico locale ha superato"
        " il 70 per cento nelle grandi città.",
    ),
    (
        "13:35",
        "Metropolitane chiuse a Milano e Roma",
        "A Milano e a Roma le metropolitane sono rimaste chiuse per gran parte della mattinata,"
        " con lunghe code alle fermate degli autobus.",
    ),
]


@register("rainews-diretta-sciopero", "Rai News diretta", "it", "live")
def rainews(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Sciopero generale dei trasporti, la diretta: metro chiuse, treni a rilento"
    entries = list(RAI_ENTRIES)
    if extra:
        entries.insert(
            0,
            (
                "17:25",
                "Revocato lo sciopero dei traghetti per la Sardegna",
                "I sindacati dei marittimi hanno revocato lo sciopero dei collegamenti con la"
                " Sardegna previsto per domani.",
            ),
        )
    posts = []
    for i, (clock, head, text) in enumerate(entries):
        blk(
            t,
            "live_entry",
            clock,
            f"2026-12-06T{clock}:00+01:00",
            head + " " + text,
            alt=text,
            extra=extra and i == 0,
        )
        adv = ""
        if i == 1:
            ad_label, ad = n.ad()
            adv = f'<div class="banner-adv"><span>{ad_label}</span><p>{ad}</p></div>'
        posts.append(
            f'<div class="live-post"><span class="live-post__time">ore {clock}</span>'
            f'<div class="live-post__text"><p><strong>{escape(head)}</strong></p><p>{escape(text)}</p></div></div>{adv}'
        )
    body = f"""
{consent(n, "rai-cookie-banner", ("Accetta tutti", "Gestisci preferenze"))}
<header class="header"><nav><a href="/politica/">Politica</a><a href="/cronaca/">Cronaca</a><a href="/economia/">Economia</a><a href="/mondo/">Mondo</a><a href="/dirette/">{n.f("Guarda Rai News 24 in diretta")}</a></nav></header>
<main>
<article class="article">
<div class="article__header"><span class="tag-live">DIRETTA</span><h1 class="article__title">{title}</h1>
<p class="article__subtitle">{bp(t, "Giornata di sciopero generale per treni, autobus, metropolitane e traghetti. Gli aggiornamenti in tempo reale.")}</p>
<p class="article__date">6 dicembre 2026 – {n.ago()}</p></div>
<div class="live-counter"><p>{n.counter()}</p></div>
<div class="live-container">{"".join(posts)}</div>
<div class="article__related"><h3>{n.f("Leggi anche gli altri articoli sullo sciopero")}</h3>{ul(n.related(3))}</div>
</article>
</main>
<footer><p>{n.f("Rai – Radiotelevisione Italiana Spa – Sede legale Viale Mazzini, 14 – 00195 Roma")}</p></footer>
"""
    return page("it", title, "", body), t


# --------------------------------------------------------------------------- plain articles


@register("axios-chips", "Axios", "en", "plain")
def axios(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Chipmakers race to build plants in the Midwest"
    ad_label, ad = n.ad()
    body = f"""
{consent(n, "axios-consent", ("Accept", "Manage"))}
<header class="site-header"><nav><a href="/politics-policy">Politics &amp; Policy</a><a href="/technology">Technology</a><a href="/economy">Economy</a><a href="/local">Axios Local</a><a href="/newsletters">{n.f("Subscribe to Axios newsletters")}</a></nav></header>
<main>
<article>
<h1>{title}</h1>
<div class="byline">Mira Castellanos</div><time datetime="2026-12-06T10:00:00-05:00">Dec 6, 2026</time>
<div class="DraftjsBlocks_draftjs">
<p>{bp(t, "Three chipmakers announced new plants in Ohio, Indiana and Michigan this week, worth a combined $41 billion.")}</p>
<p><strong>Why it matters:</strong> {bp(t, "The plants would be the biggest manufacturing investment in the region in decades and test whether federal subsidies can rebuild a domestic supply chain.")}</p>
<p><strong>Driving the news:</strong> {bp(t, "The latest announcement came Friday, when a Korean memory maker said it would build a packaging plant outside Columbus.")}</p>
<div class="ad-wrapper"><span>{ad_label}</span><p>{ad}</p></div>
<p><strong>By the numbers:</strong> {bp(t, "The three projects promise about 9,000 permanent jobs, according to company filings.")}</p>
<p><strong>Go deeper:</strong> <a href="/x">{n.teaser()}</a></p>
<p><strong>The other side:</strong> {bp(t, "Local officials worry about water use and housing costs as thousands of construction workers arrive.")}</p>
<p><strong>What’s next:</strong> {bp(t, "Construction on the first plant is expected to begin in the spring.")}</p>
</div>
<div class="newsletter-cta"><p>{n.f("Get more news like this by signing up for Axios Pro Climate Deals")}</p></div>
</article>
<aside class="more-stories"><h3>{n.f("More stories from Axios Technology")}</h3>{ul(n.related(3))}</aside>
</main>
<footer><p>{n.f("© 2026 Axios Media Inc.")}</p><a href="/about">About Axios</a></footer>
"""
    return page("en", title, "", body), t


@register("nbcnews-bees", "NBC News", "en", "plain")
def nbcnews(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Beekeepers report record winter losses across the Southeast"
    ad_label, ad = n.ad()
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2026-12-06T08:00:00-05:00",
            "dateModified": "2026-12-06T12:30:00-05:00",
        }
    )
    body = f"""
{consent(n, "onetrust-nbc", ("Continue", "Do Not Sell My Personal Information"))}
<header class="navbar"><nav><a href="/politics">Politics</a><a href="/us-news">U.S. News</a><a href="/health">Health</a><a href="/science">Science</a><a href="/nbc-news-now">{n.f("Watch NBC News NOW live")}</a></nav></header>
<main>
<article class="article">
<header class="article-hero"><h1 class="article-hero-headline__htag">{title}</h1>
<div class="article-dek">Some apiaries lost more than half their colonies, a new survey found.</div>
<div class="article-byline">By Theo Bramwell</div>
<time datetime="2026-12-06T13:00:00.000Z">Dec. 6, 2026, 8:00 AM EST / Updated Dec. 6, 2026, 12:30 PM EST</time></header>
<div class="article-body__content">
<p>{bp(t, "Beekeepers in six Southeastern states lost an average of 48% of their colonies last winter, the highest rate since the survey began in 2007.")}</p>
<p>{bp(t, "Researchers at a regional extension program said mites, a warm autumn and a late freeze combined to weaken hives before the cold arrived.")}</p>
<div class="inline-video"><p>{n.f("Video: How a backyard hive survives the winter")}</p><span>02:14</span></div>
<p>{bp(t, "“It was the worst spring I have seen in 30 years of keeping bees,” said Ruth Abernathy, who runs 200 hives in northern Georgia.")}</p>
<div class="ad-container"><span>{ad_label}</span><p>{ad}</p></div>
<p>{bp(t, "Commercial pollination fees for crops such as blueberries have risen about 20% as growers compete for fewer healthy hives.")}</p>
<div class="inline-related"><p><a href="/science/x">{n.teaser()}</a></p></div>
<p>{bp(t, "The survey’s authors plan to publish county-level data in the spring.")}</p>
</div>
<div class="article-body__last-section"><p>{n.f("Theo Bramwell is a science reporter for NBC News.")}</p></div>
</article>
<section class="recommended"><h3>{n.f("Recommended from NBC News")}</h3>{ul(n.related(3))}</section>
</main>
<footer><p>{n.f("© 2026 NBC UNIVERSAL")}</p><a href="/privacy">Privacy policy</a></footer>
"""
    return page("en", title, head, body), t


@register("ilsole24ore-mutui", "Il Sole 24 Ore", "it", "plain")
def ilsole(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "Mutui, a novembre le richieste tornano a crescere"
    ad_label, ad = n.ad()
    body = f"""
{consent(n, "s24-consent", ("Accetta", "Rifiuta e abbonati"))}
<header class="s24-header"><nav><a href="/economia">Economia</a><a href="/finanza">Finanza</a><a href="/risparmio">Risparmio</a><a href="/norme-e-tributi">Norme e Tributi</a><a href="/abbonamenti">{n.f("Abbonati a 24+ a 1 euro al mese")}</a></nav>
<div class="s24-ticker">{n.market()} · {n.market()}</div></header>
<main>
<article class="atext">
<h1 class="atitle">{title}</h1>
<p class="asummary">Secondo l’osservatorio di settore le domande sono salite del 12 per cento su base annua.</p>
<p class="auth">di Paola Ferretti</p><time datetime="2026-12-06T10:30:00+01:00">6 dicembre 2026</time>
<div class="atext-body">
<p class="atext">{bp(t, "Le richieste di nuovi mutui sono tornate a crescere a novembre, con un aumento del 12 per cento rispetto allo stesso mese dell’anno scorso.")}</p>
<p class="atext">{bp(t, "L’importo medio richiesto è salito a 142mila euro, mentre la durata media dei finanziamenti si è allungata a 24 anni.")}</p>
<div class="s24-adv"><span>{ad_label}</span><p>{ad}</p></div>
<p class="atext">{bp(t, "A spingere la domanda è stato soprattutto il calo dei tassi fissi, scesi sotto il 3 per cento per la prima volta da due anni.")}</p>
<div class="s24-approfondimento"><p><a href="/art/x">{n.teaser()}</a></p></div>
<p class="atext">{bp(t, "Gli analisti si aspettano che la tendenza prosegua nei primi mesi del prossimo anno.")}</p>
</div>
<p class="copyright">{n.f("Riproduzione riservata ©")}</p>
</article>
<aside class="s24-most-read"><h3>{n.f("Gli articoli più letti di Risparmio")}</h3>{ul(n.titles(4))}</aside>
</main>
<footer><p>{n.f("© Copyright Il Sole 24 Ore Tutti i diritti sono riservati")}</p></footer>
"""
    return page("it", title, "", body), t


@register("ghost-blog-sourdough", "Ghost blog", "en", "plain")
def ghost(n: Noise, extra: bool) -> tuple[str, Truth]:
    t = Truth()
    title = "What a year of sourdough taught me about patience"
    body = f"""
<div class="site-wrapper">
<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Crumb Notes</a><nav class="gh-head-menu"><a href="/">Home</a><a href="/about/">About</a><a href="/tag/recipes/">Recipes</a></nav>
<div class="gh-head-actions"><a href="#/portal/signin">Sign in</a><a href="#/portal/signup">{n.f("Subscribe to Crumb Notes")}</a></div></header>
<main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/baking/">Baking</a></section>
<h1 class="article-title">{title}</h1>
<p class="article-excerpt">Twelve months, forty loaves and one very stubborn starter.</p>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Calloway</a></h4><time class="byline-meta-date" datetime="2026-12-06">Dec 6, 2026</time><span class="byline-reading-time">{n.f("6 min read")}</span></div></header>
<section class="gh-content gh-canvas">
<p>{bp(t, "A year ago I mixed flour and water in a jar and decided I would bake one loaf a week, no matter what came out of the oven.")}</p>
<p>{bp(t, "The first ten loaves were dense enough to use as doorstops. The starter smelled like nail polish remover and I nearly gave up twice.")}</p>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">{n.teaser()}</div></div>
<p>{bp(t, "What changed was not a recipe but a habit: I started writing down the room temperature every time I fed the starter.")}</p>
<p>{bp(t, "By loaf thirty I could predict, within an hour, when the dough would be ready to shape.")}</p>
<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">{n.f("Get new posts from Crumb Notes in your inbox")}</h2><button>Subscribe</button></div>
<p>{bp(t, "Next year I want to try rye, which everyone tells me is a different animal entirely.")}</p>
</section>
</article>
<section class="footer-cta"><h2>{n.f("Sign up for more like this.")}</h2></section>
<aside class="read-more-wrap"><h3>{n.f("Read more from Crumb Notes")}</h3>{ul(n.related(3))}</aside>
</main>
<footer class="site-footer"><p>{n.f("Crumb Notes © 2026 – Powered by Ghost")}</p></footer>
</div>
"""
    return page("en", title, "", body), t


# --------------------------------------------------------------------------- output

HISTORY_SLUGS = [
    "washpost-ice-storm",
    "politico-rail-bill",
    "sueddeutsche-streik",
    "liberation-greve",
    "ilpost-frana",
    "cnn-live-storm",
    "skynews-live-rail",
    "zdfheute-ticker-hochwasser",
    "bfmtv-direct-intemperies",
    "rainews-diretta-sciopero",
]
NOISE_FETCHES = 6


def truth_json(slug: str, t: Truth, furniture: list[str]) -> dict[str, object]:
    publisher, lang, kind, _ = PAGES[slug]
    return {
        "publisher": publisher,
        "lang": lang,
        "kind": kind,
        "blocks": t.blocks,
        "body_first": words(t.body[0], 6) if t.body else None,
        "body_last": words(t.body[-1], 6) if t.body else None,
        "furniture": sorted({f for f in furniture if len(f.split()) >= 3}),
    }


def main() -> None:
    pages = HERE / "pages"
    histories = HERE / "histories"
    pages.mkdir(exist_ok=True)
    histories.mkdir(exist_ok=True)
    for index, (slug, (_, lang, _, build)) in enumerate(PAGES.items()):
        n = Noise(lang, seed=1000 + index)
        html, t = build(n, False)
        (pages / f"{slug}.html").write_text(html, encoding="utf-8")
        data = truth_json(slug, t, n.lines)
        (pages / f"{slug}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
    for index, slug in enumerate(HISTORY_SLUGS):
        _, lang, _, build = PAGES[slug]
        folder = histories / slug
        folder.mkdir(exist_ok=True)
        extra_block = None
        for fetch in range(NOISE_FETCHES + 1):
            n = Noise(lang, seed=50_000 + 100 * index + fetch)
            html, t = build(n, fetch == NOISE_FETCHES)
            (folder / f"fetch-{fetch}.html").write_text(html, encoding="utf-8")
            if fetch == NOISE_FETCHES:
                extra_block = t.extra_block
        meta = {"noise_fetches": NOISE_FETCHES, "genuine_block": extra_block}
        (folder / "truth.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
