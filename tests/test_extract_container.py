"""Which part of a page is the article: the container choice, on markup patterns real sites use.

Each page here is invented text in the shape of a class of real pages (the public benchmark in
``test_extract_public.py`` judges the choice on real ones). Every test states what a reader of
the page would call the article and checks the extracted Article says the same.
"""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.extract import extract_article
from monitor.model import Article, BlockKind

FETCHED = datetime(2024, 3, 6, 22, 0, tzinfo=UTC)
STORY = [
    "City inspectors flagged widening cracks in the pillars of the river bridge two months "
    "before it was closed to traffic, according to records released on Tuesday.",
    "The records show that engineers recommended a full structural review in January, but the "
    "review was postponed twice while the city negotiated a contract with an outside firm.",
    "The bridge carries about forty thousand vehicles a day and is expected to remain closed "
    "until at least the end of the summer, the transportation department said.",
    "Engineers not involved in the inspections said the delay was troubling but not unusual "
    "for a city with hundreds of aging structures and a shrinking maintenance budget.",
]
CHROME_TOP = """<header class="site-header"><nav><a href="/">Home</a><a href="/metro">Metro</a>
<a href="/world">World</a></nav><div class="ticker">Markets open higher on Wall Street</div></header>"""
CHROME_BOTTOM = """<footer class="site-footer"><p>© 2024 The Daily Ledger. All rights reserved.
Read our privacy policy and terms of service before using this site.</p></footer>"""


def page(body: str, *, head: str = "", title: str = "Cracks Seen in Bridge Months Before") -> str:
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>{title}</title>{head}</head><body>{CHROME_TOP}<main><h1>{title}</h1>{body}</main>
{CHROME_BOTTOM}</body></html>"""


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def extract(html: str) -> Article:
    return extract_article(
        html, url="https://news.example.com/2024/03/05/bridge", fetched_at=FETCHED
    )


def text_of(article: Article) -> str:
    return "\n".join([*article.paragraphs, *(p for b in article.blocks for p in b.paragraphs)])


def test_furniture_words_in_the_story_wrappers_classes_do_not_hide_the_story() -> None:
    # Real wrappers: "Page-ad-margins", "ArticlePage-content paywall", "l-sidebar-fixed".
    body = f"""<div class="Page-ad-margins"><div class="ArticlePage-content paywall">
<div class="l-sidebar-fixed l-article-body-segment"><div class="RichTextBody">{paragraphs(STORY)}
</div></div></div></div><aside class="sidebar"><p>Sign up for our newsletter to get the day's
top stories delivered to your inbox every morning before work.</p></aside>"""
    article = extract(page(body))
    assert list(article.paragraphs) == STORY


def test_a_comment_thread_longer_than_the_story_is_not_the_story() -> None:
    comments = "".join(
        f'<div class="comment"><div class="comment-body"><p>Reader {n} wrote a long reply about '
        "the bridge, the city budget, the mayor and the contractors, going on for a while "
        f"about everything that went wrong since the last election in this city.</p></div></div>"
        for n in range(12)
    )
    body = f'<div class="article-body">{paragraphs(STORY)}</div><div id="comments">{comments}</div>'
    article = extract(page(body))
    assert list(article.paragraphs) == STORY


def test_a_body_split_by_ads_and_figures_into_runs_is_read_whole() -> None:
    runs = "".join(
        f'<div class="StoryBodyCompanionColumn"><div class="css-53u6y8"><p>{text}</p></div></div>'
        f'<div class="ad"><p>Advertisement</p></div><figure><img src="/{n}.jpg">'
        f"<figcaption>A caption under picture {n}</figcaption></figure>"
        for n, text in enumerate(STORY)
    )
    article = extract(page(f'<article><section name="articleBody">{runs}</section></article>'))
    assert list(article.paragraphs) == STORY


def test_paragraph_divs_and_a_lede_outside_their_wrapper_are_one_story() -> None:
    # Blogger-style: every paragraph a <div><span>, the lede before the wrapper of the rest.
    rest = "".join(f'<div><span style="font-size: small;">{t}</span></div>' for t in STORY[1:])
    body = f"""<div class="post-body"><div style="text-align: justify;"><span>{STORY[0]}<br></span>
</div><div class="reader-wrap">{rest}</div></div>"""
    article = extract(page(body))
    assert list(article.paragraphs) == STORY


def test_page_blocks_with_live_entry_ids_but_no_times_are_not_a_live_blog() -> None:
    # Drupal names every block div.block#block-…, as the Guardian names its live entries.
    blocks = "".join(
        f'<div id="block-{name}" class="block"><p>{name.title()} block of the site with a '
        "line of text long enough to count as a paragraph of prose.</p></div>"
        for name in ("search", "newsletter", "weather", "popular")
    )
    article = extract(page(f'{blocks}<div class="field-body">{paragraphs(STORY)}</div>'))
    assert list(article.paragraphs) == STORY
    assert not article.blocks


def test_a_correction_in_a_zone_below_the_body_is_a_correction_block() -> None:
    body = f"""<article><section name="articleBody"><div class="body-run">{paragraphs(STORY)}</div>
</section><div class="bottom-of-article"><div class="notes"><p><em>Correction: An earlier version
of this article misstated the number of vehicles that use the bridge each day. It is about
40,000, not 60,000.</em></p><p><em>When we learn of a mistake, we acknowledge it with a
correction.</em> <a href="/corrections">Learn more</a></p></div></div></article>"""
    article = extract(page(body))
    assert list(article.paragraphs) == STORY
    [block] = article.blocks
    assert block.kind is BlockKind.CORRECTION
    assert block.paragraphs[0].startswith("An earlier version of this article misstated")
    assert "When we learn of a mistake" not in text_of(article)


def test_an_editors_note_above_the_body_wrapper_is_kept() -> None:
    body = f"""<article><div class="note-zone"><p><strong>Editor's note:</strong> This article was
updated to include the transportation department's response.</p></div>
<div class="article-body"><div class="run">{paragraphs(STORY)}</div></div></article>"""
    article = extract(page(body))
    assert list(article.paragraphs) == STORY
    assert [b.kind for b in article.blocks] == [BlockKind.EDITORS_NOTE]


def test_an_update_note_with_an_emphasised_lead_keeps_its_text_after_the_lead() -> None:
    body = f"""<article><div class="lede-zone"><p><em>Updated March 6, 2024, 6:40 p.m. ET</em>:
The transportation department said the bridge would stay closed through the summer.</p></div>
<div class="article-body"><div class="run">{paragraphs(STORY)}</div></div></article>"""
    article = extract(page(body))
    assert list(article.paragraphs) == STORY
    [block] = article.blocks
    assert block.kind is BlockKind.UPDATE
    assert block.label == "Updated March 6, 2024, 6:40 p.m. ET"
    assert block.paragraphs == (
        "The transportation department said the bridge would stay closed through the summer.",
    )


def test_a_cms_zero_date_is_no_date() -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle",
"datePublished": "0001-01-01T00:00:00Z", "dateModified": "0001-01-01T00:00:00Z"}</script>"""
    article = extract(page(f'<div class="story">{paragraphs(STORY)}</div>', head=head))
    assert article.published is None
    assert list(article.paragraphs) == STORY
