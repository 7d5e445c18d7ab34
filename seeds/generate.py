"""Build the seed article's five versioned HTML snapshots from soleimani-strike/source.txt.

    python seeds/generate.py              # rewrite seeds/soleimani-strike/*.html + manifest.json
    python seeds/generate.py --out DIR    # write them somewhere else (the tests compare bytes)

source.txt is the final (fifth) version of the story as plain text. Earlier versions are the same
story with fewer of its "UPDATE: h:mmpm EST—" sections, and version 1 has the headline without
" (Updated)". Pages follow notes/seedspec.md: a realistic news page with nav, sidebar, share bar,
scripts and JSON-LD around <article>. The volatile parts a real page has (share counts, "5 minutes
ago" in the sidebar) differ per version but come from the tables below, never from a clock or a
random source, so running this twice gives identical bytes. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ARTICLE = "soleimani-strike"
URL_PATH = "/the-war-zone/31680/new-details-about-strike-on-top-iranian-commander-emerge"
CANONICAL_URL = "https://www.thedrive.com" + URL_PATH
TIMEZONE = "America/New_York"
# Every date here is 2-3 January, when New York is on EST all day; a fixed offset keeps this script
# free of any tz database.
EST = timezone(timedelta(hours=-5), "EST")


def est(hour: int, minute: int, day: int = 3) -> datetime:
    return datetime(2020, 1, day, hour, minute, tzinfo=EST)


PUBLISHED_AT = est(12, 32)

UPDATED_SUFFIX = " (Updated)"
UPDATE_MARKER = re.compile(r"UPDATE: \d{1,2}:\d{2}[ap]m EST—")
IN_BODY_CAPTION_PREFIX = "Qasem Soleimani, at right, speaks"
CONTACT_LINE = "Contact the author:"
AUTHOR_EMAIL = "joe@thedrive.com"


@dataclass(frozen=True)
class Figure:
    caption: str
    credit: str


@dataclass(frozen=True)
class Update:
    marker: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Story:
    headline: str  # without " (Updated)"
    dek: str
    author: str
    lead_caption: str
    body: tuple[str | Figure, ...]
    updates: tuple[Update, ...]


@dataclass(frozen=True)
class Version:
    number: int
    file: str
    fetched_at: datetime
    modified_at: datetime  # what the CMS reports: a few minutes after the update it carries
    update_count: int
    share_count: int


VERSIONS = (
    Version(1, "01-original.html", est(13, 5), PUBLISHED_AT, update_count=0, share_count=1_208),
    Version(2, "02-update-1.html", est(15, 41), est(15, 33), update_count=1, share_count=4_377),
    Version(3, "03-update-2.html", est(18, 22), est(18, 18), update_count=2, share_count=7_912),
    Version(4, "04-update-3.html", est(18, 41), est(18, 38), update_count=3, share_count=8_640),
    Version(5, "05-update-4.html", est(19, 16), est(19, 13), update_count=4, share_count=9_785),
)

NAV_LINKS = (
    ("/news", "News"), ("/the-war-zone", "The War Zone"), ("/reviews", "Reviews"),
    ("/car-technology", "Tech"), ("/motorsports", "Motorsports"), ("/culture", "Culture"),
    ("/guides", "Guides"), ("/newsletters", "Newsletters"),
)  # fmt: skip
RELATED = (
    ("/the-war-zone/31667/everything-we-know-about-the-strike-that-killed-irans-quds-force-commander",
     "Everything We Know About The Strike That Killed Iran's Quds Force Commander"),
    ("/the-war-zone/31641/iranian-backed-militia-members-storm-u-s-embassy-compound-in-baghdad",
     "Iranian-Backed Militia Members Storm U.S. Embassy Compound In Baghdad"),
    ("/the-war-zone/31618/u-s-airstrikes-hit-kataib-hezbollah-sites-in-iraq-and-syria",
     "U.S. Airstrikes Hit Kata'ib Hezbollah Sites In Iraq And Syria"),
    ("/the-war-zone/31659/82nd-airborne-paratroopers-head-to-the-middle-east-as-crisis-grows",
     "82nd Airborne Paratroopers Head To The Middle East As Crisis Grows"),
    ("/the-war-zone/31673/heres-how-iran-could-hit-back-for-the-killing-of-qasem-soleimani",
     "Here's How Iran Could Hit Back For The Killing Of Qasem Soleimani"),
)  # fmt: skip
# "Latest" sidebar items: a story shows up once published, with a relative age as a real page has.
LATEST = (
    (est(18, 30), "/the-war-zone/31689/uss-bataan-amphibious-group-heads-east-after-exercise-is-cancelled",
     "USS Bataan Amphibious Group Heads East After Exercise Is Cancelled"),
    (est(16, 2), "/the-war-zone/31684/airlines-suspend-baghdad-flights-as-americans-are-told-to-leave-iraq",
     "Airlines Suspend Baghdad Flights As Americans Are Told To Leave Iraq"),
    (est(13, 0), "/the-war-zone/31682/c-17s-stream-across-the-atlantic-in-massive-airlift-to-the-middle-east",
     "C-17s Stream Across The Atlantic In Massive Airlift To The Middle East"),
    (est(10, 14), "/the-war-zone/31676/this-is-the-mq-9-reaper-variant-that-likely-carried-out-the-baghdad-strike",
     "This Is The MQ-9 Reaper Variant That Likely Carried Out The Baghdad Strike"),
    (est(17, 45, day=2), "/the-war-zone/31652/the-navys-newest-destroyer-just-got-its-first-live-fire-test",
     "The Navy's Newest Destroyer Just Got Its First Live-Fire Test"),
    (est(11, 30, day=2), "/the-war-zone/31644/watch-f-35s-launch-an-elephant-walk-at-hill-air-force-base",
     "Watch F-35s Launch An Elephant Walk At Hill Air Force Base"),
)  # fmt: skip
LATEST_SHOWN = 4


# ---------------------------------------------------------------------------------------------
# Parsing source.txt


def _chunks(text: str) -> list[list[str]]:
    """Runs of non-blank lines, each line stripped (the source has stray trailing spaces)."""
    chunks: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def parse_source(text: str) -> Story:
    headline_chunk, dek_chunk, byline_chunk, *rest = _chunks(text)
    headline = _single(headline_chunk, "headline").removesuffix(UPDATED_SUFFIX)
    byline, lead_caption = byline_chunk  # "byJoseph Trevithick|" then the lead photo's caption
    if not (byline.startswith("by") and byline.endswith("|")):
        raise ValueError(f"expected a byline like 'byName|', got {byline!r}")
    if _single(rest[-1], "last line") != CONTACT_LINE:
        raise ValueError(f"expected the story to end with {CONTACT_LINE!r}")

    body: list[str | Figure] = []
    updates: list[Update] = []
    for chunk in rest[:-1]:
        line = _single(chunk, "paragraph")
        if UPDATE_MARKER.fullmatch(line):
            updates.append(Update(line, ()))
        elif line.startswith(IN_BODY_CAPTION_PREFIX):
            caption, _, credit = line.rpartition(", ")  # "... in 2017., Fars News Agency"
            body.append(Figure(caption, credit))
        elif updates:
            updates[-1] = Update(updates[-1].marker, (*updates[-1].paragraphs, line))
        else:
            body.append(line)
    return Story(
        headline=headline,
        dek=_single(dek_chunk, "dek"),
        author=byline[2:-1].strip(),
        lead_caption=lead_caption,
        body=tuple(body),
        updates=tuple(updates),
    )


def _single(chunk: list[str], what: str) -> str:
    if len(chunk) != 1:
        raise ValueError(f"expected the {what} on one line, got {chunk!r}")
    return chunk[0]


# ---------------------------------------------------------------------------------------------
# Rendering


def text(value: str) -> str:
    return html.escape(value, quote=False)


def attr(value: str) -> str:
    return html.escape(value, quote=True)


def script_json(value: object) -> str:
    """JSON safe inside <script>: no '</script>' can close the element early."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def relative_age(then: datetime, now: datetime) -> str:
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 1:
        return "just now"
    for size, unit in ((24 * 60, "day"), (60, "hour"), (1, "minute")):
        if minutes >= size:
            count = minutes // size
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    raise AssertionError("unreachable")


def compact_count(count: int) -> str:
    return f"{count / 1000:.1f}K" if count >= 1000 else str(count)


def word_count(story: Story, version: Version) -> int:
    paragraphs = [p for p in story.body if isinstance(p, str)]
    for update in story.updates[: version.update_count]:
        paragraphs.extend(update.paragraphs)
    return sum(len(p.split()) for p in paragraphs)


def headline_for(story: Story, version: Version) -> str:
    return story.headline + (UPDATED_SUFFIX if version.update_count else "")


def render_head(story: Story, version: Version) -> str:
    headline = headline_for(story, version)
    published, modified = PUBLISHED_AT.isoformat(), version.modified_at.isoformat()
    image = "https://api.thedrive.com/wp-content/uploads/2020/01/iran-soleimani-top.jpg?quality=85"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": CANONICAL_URL},
        "headline": headline,
        "description": story.dek,
        "image": [image],
        "datePublished": published,
        "dateModified": modified,
        "author": {
            "@type": "Person",
            "name": story.author,
            "url": "https://www.thedrive.com/author/joseph-trevithick",
        },
        "publisher": {
            "@type": "Organization",
            "name": "The Drive",
            "logo": {
                "@type": "ImageObject",
                "url": "https://www.thedrive.com/static/img/the-drive-logo.png",
            },
        },
        "articleSection": "The War Zone",
    }
    data_layer = {
        "pageType": "article", "articleId": 31680, "section": "the-war-zone",
        "author": story.author, "publishedAt": published, "modifiedAt": modified,
        "wordCount": word_count(story, version),
    }  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{text(headline)} | The War Zone</title>
<meta name="description" content="{attr(story.dek)}">
<meta name="author" content="{attr(story.author)}">
<meta name="robots" content="max-image-preview:large">
<meta property="og:site_name" content="The Drive">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(headline)}">
<meta property="og:description" content="{attr(story.dek)}">
<meta property="og:url" content="{CANONICAL_URL}">
<meta property="og:image" content="{image}">
<meta property="article:section" content="The War Zone">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{modified}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@thewarzonewire">
<link rel="canonical" href="{CANONICAL_URL}">
<link rel="preconnect" href="https://api.thedrive.com">
<link rel="stylesheet" href="/static/css/main.4f9c2e1.css">
<link rel="stylesheet" href="/static/css/article.7b21d0a.css">
<link rel="icon" href="/static/img/favicon-32.png" sizes="32x32">
<style>
.site-header{{position:sticky;top:0;z-index:50;background:#111;color:#fff}}
.article-title{{font:700 2.4rem/1.15 "Druk Text",Georgia,serif;margin:.5rem 0}}
.dek{{font-size:1.25rem;color:#444}}.byline{{font-size:.85rem;text-transform:uppercase}}
.sidebar{{width:300px}}.share-bar{{display:flex;gap:.75rem}}.skip-link{{position:absolute;left:-9999px}}
</style>
<script type="application/ld+json">{script_json(ld)}</script>
<script>
window.dataLayer = window.dataLayer || [];
window.dataLayer.push({script_json(data_layer)});
(function (w, d, s, l, i) {{
  w[l] = w[l] || []; w[l].push({{"gtm.start": new Date().getTime(), event: "gtm.js"}});
  var f = d.getElementsByTagName(s)[0], j = d.createElement(s);
  j.async = true; j.src = "https://www.googletagmanager.com/gtm.js?id=" + i;
  f.parentNode.insertBefore(j, f);
}})(window, document, "script", "dataLayer", "GTM-K7Q2ZP4");
</script>
</head>
"""


def render_header() -> str:
    items = "\n".join(
        f'      <li class="menu-item"><a href="{href}">{label}</a></li>'
        for href, label in NAV_LINKS
    )
    return f"""<body class="single single-article section-the-war-zone">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-logo" href="/" aria-label="The Drive home">The Drive</a>
    <nav class="site-nav" aria-label="Main">
      <ul class="menu">
{items}
      </ul>
    </nav>
    <form class="site-search" action="/search" method="get" role="search">
      <label for="site-search-q" class="visually-hidden">Search</label>
      <input id="site-search-q" type="search" name="q" placeholder="Search">
    </form>
  </div>
</header>
"""


def render_article(story: Story, version: Version) -> str:
    headline = headline_for(story, version)
    body: list[str] = []
    for item in story.body:
        if isinstance(item, Figure):
            body.append(
                '<figure class="inline-image">\n'
                '<img src="https://api.thedrive.com/wp-content/uploads/2020/01/soleimani-muhandis.jpg?quality=85"'
                f' alt="{attr(item.caption)}" width="1200" height="800" loading="lazy">\n'
                f'<figcaption>{text(item.caption)} <span class="credit">{text(item.credit)}</span></figcaption>\n'
                "</figure>"
            )
        else:
            body.append(f"<p>{text(item)}</p>")
    for update in story.updates[: version.update_count]:
        body.append(f"<p><strong>{text(update.marker)}</strong></p>")
        body.extend(f"<p>{text(p)}</p>" for p in update.paragraphs)
    share_text = quote(headline, safe="")
    share_url = quote(CANONICAL_URL, safe="")
    body_html = "\n".join(body)
    return f"""<main id="main" class="site-main">
<article class="article" id="article-31680" data-article-id="31680">
<header class="article-header">
<a class="article-section" href="/the-war-zone">The War Zone</a>
<h1 class="article-title">{text(headline)}</h1>
<p class="dek">{text(story.dek)}</p>
<div class="byline">by <a class="author" href="/author/joseph-trevithick">{text(story.author)}</a> | <time datetime="{PUBLISHED_AT.isoformat()}">January 3, 2020</time></div>
</header>
<figure class="lead-image">
<img src="https://api.thedrive.com/wp-content/uploads/2020/01/iran-soleimani-top.jpg?quality=85" alt="{attr(story.lead_caption)}" width="1920" height="1080">
<figcaption>{text(story.lead_caption)}</figcaption>
</figure>
<div class="article-body">
{body_html}
</div>
<div class="author-contact">Contact the author: <a href="mailto:{AUTHOR_EMAIL}">{AUTHOR_EMAIL}</a></div>
<div class="share-bar" data-share-count="{version.share_count}">
  <span class="share-count"><strong>{compact_count(version.share_count)}</strong> Shares</span>
  <a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" rel="noopener" target="_blank">Share</a>
  <a class="share share--twitter" href="https://twitter.com/intent/tweet?url={share_url}&amp;text={share_text}&amp;via=thewarzonewire" rel="noopener" target="_blank">Tweet</a>
  <a class="share share--reddit" href="https://www.reddit.com/submit?url={share_url}&amp;title={share_text}" rel="noopener" target="_blank">Reddit</a>
  <a class="share share--email" href="mailto:?subject={share_text}&amp;body={share_url}">Email</a>
</div>
</article>
"""


def render_sidebar(version: Version) -> str:
    related = "\n".join(
        f'    <li><a href="{href}">{text(title)}</a></li>' for href, title in RELATED
    )
    published = [item for item in LATEST if item[0] <= version.fetched_at][:LATEST_SHOWN]
    latest = "\n".join(
        f'    <li><a href="{href}">{text(title)}</a> '
        f'<time class="relative-time" datetime="{at.isoformat()}">{relative_age(at, version.fetched_at)}</time></li>'
        for at, href, title in published
    )
    return f"""<aside class="sidebar">
  <section class="related">
    <h2>Related</h2>
    <ul>
{related}
    </ul>
  </section>
  <section class="latest">
    <h2>Latest From The War Zone</h2>
    <ul>
{latest}
    </ul>
  </section>
  <section class="newsletter">
    <h2>Get The War Zone In Your Inbox</h2>
    <p>Defense news and analysis from Tyler Rogoway, Joseph Trevithick and the team, every weekday.</p>
    <form class="newsletter-form" action="/newsletters/subscribe" method="post">
      <input type="hidden" name="list" value="the-war-zone">
      <label for="newsletter-email" class="visually-hidden">Email address</label>
      <input id="newsletter-email" type="email" name="email" placeholder="Email address" required>
      <button type="submit">Sign Up</button>
    </form>
  </section>
  <div class="ad-slot ad-slot--sidebar" data-ad-unit="/21700/thedrive/the-war-zone/article" data-sizes="300x250,300x600"></div>
</aside>
</main>
"""


def render_footer() -> str:
    columns = {
        "The Drive": (
            ("/about", "About Us"),
            ("/contact", "Contact"),
            ("/careers", "Careers"),
            ("/advertise", "Advertise"),
        ),
        "Sections": tuple(NAV_LINKS[:6]),
        "Legal": (
            ("/privacy-policy", "Privacy Policy"),
            ("/terms-of-use", "Terms Of Use"),
            ("/cookie-settings", "Cookie Settings"),
        ),
    }
    blocks = "\n".join(
        f'    <nav class="footer-column" aria-label="{heading}">\n      <h3>{heading}</h3>\n      <ul>\n'
        + "\n".join(f'        <li><a href="{href}">{label}</a></li>' for href, label in links)
        + "\n      </ul>\n    </nav>"
        for heading, links in columns.items()
    )
    return f"""<footer class="site-footer">
  <div class="site-footer__inner">
{blocks}
  </div>
  <p class="copyright">&copy; 2020 The Drive. All rights reserved.</p>
</footer>
<script src="/static/js/vendor.1c9e0b7.js" defer></script>
<script src="/static/js/article.9d03f4a.js" defer></script>
</body>
</html>
"""


def render_page(story: Story, version: Version) -> bytes:
    page = render_head(story, version) + render_header() + render_article(story, version)
    return (page + render_sidebar(version) + render_footer()).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Writing


def build(source: Path) -> dict[str, bytes]:
    """File name -> bytes for the five pages and manifest.json."""
    story = parse_source(source.read_text(encoding="utf-8"))
    if len(story.updates) != VERSIONS[-1].update_count:
        raise ValueError(
            f"expected {VERSIONS[-1].update_count} updates in {source}, found {len(story.updates)}"
        )
    files: dict[str, bytes] = {}
    entries = []
    for version in VERSIONS:
        page = render_page(story, version)
        digest = hashlib.sha256(page).hexdigest()
        files[version.file] = page
        entries.append(
            {
                "file": version.file,
                "fetched_at": version.fetched_at.isoformat(),
                "etag": f'"soleimani-v{version.number}-{digest[:12]}"',
                "last_modified": format_datetime(version.fetched_at.astimezone(UTC), usegmt=True),
                "sha256": digest,
            }
        )
    manifest = {"article": ARTICLE, "url_path": URL_PATH, "timezone": TIMEZONE, "versions": entries}
    files["manifest.json"] = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8"
    )
    return files


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=HERE / ARTICLE / "source.txt")
    parser.add_argument("--out", type=Path, default=HERE / ARTICLE)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in build(args.source).items():
        (args.out / name).write_bytes(data)
        print(f"{args.out / name}  {len(data):>6} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
