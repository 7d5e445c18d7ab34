"""Extraction: the seed article, the page-style corpus (goldens + a pinned score), noise, hostile input."""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pytest
from extract_support import (
    CORPUS_URL,
    NOISE_FETCHED_AT,
    SEEDS,
    CorpusPage,
    corpus_pages,
    noise_pages,
    score_corpus,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor import _jsonio
from monitor._jsonio import stable_hash
from monitor.config import SiteRules
from monitor.errors import ExtractError
from monitor.extract import extract_article
from monitor.extract.dom import select, select_first
from monitor.extract.lines import _dateline_re, is_boilerplate_heading, is_separator, read_dateline
from monitor.extract.liveblog import _ENTRY_CANDIDATES, ENTRY_SELECTOR
from monitor.extract.metadata import _resolved
from monitor.extract.normalize import normalize_for_compare, normalize_text
from monitor.model import Article, BlockKind
from monitor.urls import normalize_url

NEW_YORK = ZoneInfo("America/New_York")
SEED_URL = "https://www.thedrive.com/the-war-zone/31680/new-details-about-strike-on-top-iranian-commander-emerge"
# The corpus score may not fall below this (raise it when extraction improves).
SCORE_FLOOR = 1.0


def _seed(number: int) -> Article:
    manifest = json.loads((SEEDS / "manifest.json").read_text("utf-8"))
    version = manifest["versions"][number - 1]
    html = (SEEDS / version["file"]).read_text("utf-8")
    return extract_article(
        html, url=SEED_URL, fetched_at=datetime.fromisoformat(version["fetched_at"])
    )


# ---------------------------------------------------------------------------------------------
# The seed article.


def test_seed_v5_extracts_as_specified() -> None:
    article = _seed(5)
    assert article.title == (
        "New Details About Strike On Top Iranian Commander Emerge As Americans Are Told To "
        "Flee Iraq (Updated)"
    )
    assert article.paragraphs[0].startswith("U.S. Secretary of State Mike Pompeo has said")
    assert article.paragraphs[-1].startswith("In the meantime, Iran and its proxies in Iraq")
    text = "\n".join(article.paragraphs)
    for furniture in ("Qasem Soleimani, at right", "Thousands of American troops", "Contact the",
                      "Joseph Trevithick", "Related", "Sign Up", "Shares"):  # fmt: skip
        assert furniture not in text
    assert [b.timestamp for b in article.blocks] == [
        datetime(2020, 1, 3, h, m, tzinfo=NEW_YORK)
        for h, m in ((15, 30), (18, 15), (18, 35), (19, 10))
    ]
    first = article.blocks[0]
    assert (first.kind, first.label, first.timestamp_raw) == (
        BlockKind.UPDATE, "UPDATE: 3:30pm EST—", "3:30pm EST",
    )  # fmt: skip
    assert first.id == "update-2020-01-03T15:30:00-05:00"
    assert first.timestamp is not None and first.timestamp.tzinfo == NEW_YORK
    assert first.paragraphs[0].startswith("President Trump has now said")
    assert [len(b.paragraphs) for b in article.blocks] == [6, 5, 1, 2]
    assert article.published == datetime(2020, 1, 3, 12, 32, tzinfo=NEW_YORK)
    assert article.modified == datetime(2020, 1, 3, 19, 13, tzinfo=NEW_YORK)
    assert article.canonical_url == SEED_URL
    assert article.is_live and article.language == "en-US"


def test_seed_history_keeps_body_and_block_ids_stable() -> None:
    versions = [_seed(n) for n in range(1, 6)]
    assert not versions[0].is_live and not versions[0].blocks
    assert all(v.paragraphs == versions[0].paragraphs for v in versions)
    for earlier, later in itertools.pairwise(versions):
        assert later.blocks[: len(earlier.blocks)] == earlier.blocks  # append-only
        assert len(later.blocks) == len(earlier.blocks) + 1


# ---------------------------------------------------------------------------------------------
# The corpus: goldens and the pinned score.


PAGES = corpus_pages()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.style}/{p.path.name}")
def test_corpus_golden(page: CorpusPage) -> None:
    article = page.extract()
    text = _jsonio.dumps(article, indent=2) + "\n"
    if os.environ.get("UPDATE_GOLDENS") == "1":
        page.golden.write_text(text, encoding="utf-8")
    assert page.golden.is_file(), "golden missing: run with UPDATE_GOLDENS=1 and review the diff"
    assert text == page.golden.read_text(encoding="utf-8")
    assert _jsonio.to_article(json.loads(text)) == article
    # The pipeline hands a UTF-8 page's fetched bytes along, so extraction need not encode it.
    from_bytes = extract_article(
        page.html, url=CORPUS_URL, fetched_at=page.fetched_at, utf8=page.html.encode("utf-8")
    )
    assert from_bytes == article


_QUERIES = (
    ENTRY_SELECTOR,
    "p",
    "title",
    "article h1, main h1",
    "time[datetime]",
    "div > p",
    "nope",
)


def test_the_shared_selector_engine_finds_what_each_page_s_own_engine_finds() -> None:
    # One engine serves every page (see ``dom.select``): page after page, query after query, it
    # must give exactly the nodes selectolax's per-page ``css`` gives, from the page or a node.
    from selectolax.lexbor import LexborHTMLParser

    for page in PAGES:
        tree = LexborHTMLParser(page.html)
        for scope, own in ((tree, tree), (tree.body, tree.body)):
            for query in _QUERIES:
                assert [n.html for n in select(scope, query)] == [n.html for n in own.css(query)]
                first, own_first = select_first(scope, query), own.css_first(query)
                assert (first and first.html) == (own_first and own_first.html)


def _entry_markup() -> list[str]:
    """Every ENTRY_SELECTOR alternative, in its own case and others, without and with a doctype
    (quirks mode matches class names ASCII case-insensitively)."""
    classes = [alt.lstrip(".") for alt in ENTRY_SELECTOR.split(", ") if alt.startswith(".")]
    elements = [f'<div class="x {c}">e</div>' for c in classes]
    elements += [f'<div class="{c.upper()}">e</div>' for c in classes]
    elements += [f'<section class="{c.title()} y">e</section>' for c in classes]
    elements += [
        '<article itemprop="liveBlogUpdate">e</article>',
        '<li itemprop="about liveBlogUpdate">e</li>',
        '<div class="block" id="block-42">e</div>',
        '<div class="BLOCK other" id="block-x">e</div>',
    ]
    return [
        doctype + f"<p>story</p>{element}"
        for element in elements
        for doctype in ("", "<!DOCTYPE html>")
    ]


def test_the_live_entry_prefilter_finds_every_element_the_entry_selector_finds() -> None:
    from selectolax.lexbor import LexborHTMLParser

    markup = _entry_markup()
    for html in [page.html for page in PAGES] + markup:
        tree = LexborHTMLParser(html)
        entries = {node.mem_id for node in select(tree, ENTRY_SELECTOR)}
        candidates = {node.mem_id for node in select(tree, _ENTRY_CANDIDATES)}
        assert entries <= candidates, html[:200]
        if html in markup and not html.startswith("<!DOCTYPE"):
            assert entries, html  # quirks mode: every case variant is an entry


def test_corpus_score_does_not_fall() -> None:
    score = score_corpus()
    assert len(score.per_style) >= 18
    assert score.noise_false_changes == 0
    assert score.ratio >= SCORE_FLOOR, score.per_style


def test_noise_only_history_hashes_identically() -> None:
    articles = [
        extract_article(html, url=CORPUS_URL, fetched_at=NOISE_FETCHED_AT) for html in noise_pages()
    ]
    assert len(articles) == 4
    assert len({stable_hash(a) for a in articles}) == 1
    article = articles[0]
    assert "Advertisement" not in " ".join(article.paragraphs)
    assert (
        article.paragraphs[0]
        == "The council’s emergency fund was approved — unanimously — on Friday."
    )
    assert [b.label for b in article.blocks] == ["UPDATE: 3:30pm EST—"]


# ---------------------------------------------------------------------------------------------
# Specific behaviours.

FETCHED = datetime(2020, 1, 3, 20, 0, tzinfo=UTC)


def _wrap(body: str, head: str = "", lang: str = "en-US") -> str:
    filler = "".join(
        f"<p>Paragraph {n} of the story is long enough to count as real article text here.</p>"
        for n in range(3)
    )
    return f'<html lang="{lang}"><head>{head}</head><body><article><h1>Headline</h1><div>{filler}{body}</div></article></body></html>'


def test_struck_text_is_removed_and_recorded() -> None:
    html = _wrap(
        '<p>The toll rose to <del datetime="2020-01-03T15:00:00Z">two</del> <s>3</s> four people.</p>'
    )
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert article.paragraphs[-1] == "The toll rose to four people."
    assert [(s.text, s.block_id, s.paragraph) for s in article.struck] == [
        ("two", None, 3), ("3", None, 3),
    ]  # fmt: skip
    assert article.struck[0].struck_at == datetime(2020, 1, 3, 15, 0, tzinfo=UTC)


def test_site_rules_select_body_headline_marker_and_zone() -> None:
    html = (
        "<html><body><h2 class='hl'>Rule headline</h2><div class='junk'><p>Junk paragraph that is"
        " very long indeed and would otherwise win the density contest easily.</p></div>"
        "<section id='txt'><p>Story text.</p><p>ADDENDUM 14:05 — More text.</p><p>Tail.</p>"
        "</section></body></html>"
    )
    rules = SiteRules(
        body="#txt", headline=".hl", marker=r"ADDENDUM (?P<stamp>\d\d:\d\d) —",
        timezone="Asia/Baghdad",
    )  # fmt: skip
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED, rules=rules)
    assert article.title == "Rule headline"
    assert article.paragraphs == ("Story text.",)
    (block,) = article.blocks
    assert block.paragraphs == ("More text.", "Tail.")
    assert block.timestamp == datetime(2020, 1, 3, 14, 5, tzinfo=ZoneInfo("Asia/Baghdad"))


def test_ambiguous_zone_stays_unresolved_with_raw_label() -> None:
    html = _wrap("<p><strong>UPDATE 10:00 AST:</strong> Officials spoke.</p>")
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    (block,) = article.blocks
    assert block.timestamp is None and block.timestamp_raw == "10:00 AST"
    assert block.id == "update-10-00-ast"
    rules = SiteRules(timezone="Asia/Baghdad")
    resolved = extract_article(html, url="https://x.test/a", fetched_at=FETCHED, rules=rules)
    assert resolved.blocks[0].timestamp == datetime(
        2020, 1, 3, 10, 0, tzinfo=ZoneInfo("Asia/Baghdad")
    )


def test_duplicate_block_ids_are_numbered_in_page_order() -> None:
    html = _wrap("<p><b>Update:</b> one.</p><p><b>Update:</b> two.</p>")
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [b.id for b in article.blocks] == ["update", "update-2"]


def test_page_without_text_raises_extract_error() -> None:
    with pytest.raises(ExtractError) as caught:
        extract_article(
            "<html><body><nav>Menu</nav></body></html>", url="https://x.test/a", fetched_at=FETCHED
        )
    assert "x.test" in str(caught.value)


def test_normalisation_helpers() -> None:
    assert normalize_text("  a\u00a0b\u200b \n c ") == "a b c"
    assert normalize_for_compare("“It’s—fine…”") == normalize_for_compare('"It\'s - fine..."')
    assert normalize_text("It’s") == "It’s"  # published quotes are kept


def test_deeply_nested_page_is_bounded() -> None:
    html = "<html><body>" + "<div>" * 100_000 + "<p>deep text</p>" + "</div>" * 100_000
    html += "<p>Shallow paragraph with enough words to be the article text we extract.</p></body></html>"
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert "Shallow paragraph" in " ".join(article.paragraphs)


_HTML_BITS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='update'>",
        "</div>",
        "<strong>UPDATE: 3:30pm EST—</strong>",
        "<del>",
        "</del>",
        "<h3>Update 11:05 BST</h3>",
        "<aside>",
        "<script>",
        "</script>",
        '<script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[',
        "<time datetime='2020-13-45T99:99'>",
        "&nbsp;",
        "&#0;",
        "\x00",
        "\ud800",
        "<!--",
        "<![CDATA[",
        "Some article text that goes on for a while.",
        "<table><tr><td>",
        "<br>",
        "<hr>",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_HTML_BITS, st.text(max_size=40)), max_size=60))
@pytest.mark.timeout(60)
def test_hostile_input_yields_article_or_extract_error(bits: list[str]) -> None:
    try:
        article = extract_article("".join(bits), url="https://x.test/a", fetched_at=FETCHED)
    except ExtractError:
        return
    assert isinstance(article, Article)
    stable_hash(article)  # always serialisable


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "html",
    [
        "<p>" + "word " * 2_000_000,  # ~10 MB: cut at MAX_HTML_CHARS
        "<p>x</p>" * 200_000,
        "\x00\x01\x02binary\xff\xfe" * 10_000,
        '<script type="application/ld+json">'
        + "[" * 100_000
        + "</script><p>Some text of the page.</p>",
    ],
    ids=["enormous", "many-paragraphs", "binary", "deep-jsonld"],
)
def test_enormous_and_binary_input_is_bounded(html: str) -> None:
    try:
        article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    except ExtractError:
        return
    assert isinstance(article, Article)


def _reference_normalize(text: str) -> str:
    """normalize_text as first written: NFC, invisibles out, regex whitespace collapse."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub("[\u00ad\u200b-\u200d\u2060\ufeff]", "", text)
    return re.sub(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+", " ", text).strip()


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from(" \t\n\x1c\x85\xa0\u1680\u2003\u2028\u202f\u3000"),
            st.sampled_from("\u00ad\u200b\u200c\u200d\u2060\ufeff"),
            st.sampled_from("e\u0301\u00e9\u212b\u00c5AaZ.’—"),
            st.characters(),
        ),
        max_size=40,
    )
)
def test_normalize_text_fast_paths_agree_with_the_reference(text: str) -> None:
    assert normalize_text(text) == _reference_normalize(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from([chr(code) for code in range(128)] + [" "] * 8)))
def test_normalize_text_ascii_path_agrees_with_the_reference(text: str) -> None:
    # Every ASCII control character: the ASCII path tests whitespace itself, not printability.
    assert normalize_text(text) == _reference_normalize(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(["article", "main", "div", "section", "header"]),
                  st.integers(0, 3), st.booleans()),
        min_size=1, max_size=25,
    ),
    st.integers(0, 70),
)  # fmt: skip
def test_in_article_headlines_are_what_the_selector_finds(
    shapes: list[tuple[str, int, bool]], depth: int
) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from monitor.extract.metadata import _in_article_texts

    parts = []
    for index, (wrapper, nesting, empty) in enumerate(shapes):
        title = "" if empty else f"Headline {index}"
        inner = f"<h1>{title}</h1>"
        for _ in range(nesting + (depth if index == 0 else 0)):
            inner = f"<div>{inner}</div>"
        parts.append(f"<{wrapper}>{inner}</{wrapper}>")
    tree = LexborHTMLParser(f"<html><body>{''.join(parts)}</body></html>")
    h1s = tree.tags("h1")
    texts = [normalize_text(h.text(deep=True)) for h in h1s[:10]]
    selected = tree.css("article h1, main h1")[:10]
    assert _in_article_texts(tree, h1s, texts) == [normalize_text(h.text()) for h in selected]


# ---------------------------------------------------------------------------------------------
# Prepended blocks, sections after an update, datelines in the body.

STORY = tuple(
    f"Story paragraph {n} tells what happened, long enough to read as article text."
    for n in range(4)
)
_STORY_HTML = "".join(f"<p>{text}</p>" for text in STORY)
_TWO_PARAGRAPH_UPDATE = (
    "<p><b>UPDATE 7:10 p.m. ET:</b> First update paragraph.</p><p>Second one.</p>"
)


def _article(body: str, *, fetched_at: datetime = FETCHED) -> Article:
    html = f'<html lang="en-US"><body><article><h1>Headline</h1><div>{body}</div></article></body></html>'
    return extract_article(html, url="https://x.test/a", fetched_at=fetched_at)


@pytest.mark.parametrize(
    "separator",
    ["Original story:", "Earlier:", "Our original report follows:", "Previously:",
     "Ursprüngliche Meldung:", "Article original :", "Noticia original:"],
)  # fmt: skip
def test_prepended_update_runs_to_a_separator_line_which_is_not_text(separator: str) -> None:
    article = _article(f"{_TWO_PARAGRAPH_UPDATE}<p><em>{separator}</em></p>{_STORY_HTML}")
    (block,) = article.blocks
    assert block.paragraphs == ("First update paragraph.", "Second one.")
    assert article.paragraphs == STORY


def test_separator_lead_is_cut_from_the_story_paragraph() -> None:
    first = f"<p><strong>Original story:</strong> {STORY[0]}</p>"
    article = _article(_TWO_PARAGRAPH_UPDATE + first + _STORY_HTML.split("</p>", 1)[1])
    assert article.paragraphs == STORY
    assert len(article.blocks[0].paragraphs) == 2


@pytest.mark.parametrize(
    ("between", "lede"),
    [
        ("<hr>", STORY[0]),
        ("", "BAGHDAD (AP) — A strike near the airport hit a convoy, officials said."),
    ],
    ids=["rule", "wire-lede"],
)
def test_prepended_update_runs_to_a_rule_or_a_wire_lede(between: str, lede: str) -> None:
    story = (lede, *STORY[1:])
    article = _article(_TWO_PARAGRAPH_UPDATE + between + "".join(f"<p>{t}</p>" for t in story))
    assert article.blocks[0].paragraphs == ("First update paragraph.", "Second one.")
    assert article.paragraphs == story


def test_prepended_update_without_an_end_keeps_one_paragraph() -> None:
    article = _article(_TWO_PARAGRAPH_UPDATE + _STORY_HTML)
    assert article.blocks[0].paragraphs == ("First update paragraph.",)
    assert article.paragraphs == ("Second one.", *STORY)


@pytest.mark.parametrize(
    "below",
    ["<hr><p>A footer line under the rule.</p>",
     "<p>Correction: An earlier version of this story misstated the date.</p>"],
    ids=["rule-under-story", "appended-correction"],
)  # fmt: skip
def test_a_weak_end_below_a_short_story_does_not_swallow_it(below: str) -> None:
    article = _article(
        "<p><b>UPDATE 7:10 p.m. ET:</b> The only update paragraph.</p>" + _STORY_HTML + below
    )
    assert article.blocks[0].paragraphs == ("The only update paragraph.",)
    assert article.paragraphs[: len(STORY)] == STORY


def test_newest_first_updates_across_midnight_without_a_publication_date() -> None:
    body = (
        "<p><b>UPDATE 12:10 a.m. ET:</b> Newer.</p><p>Newer, second.</p>"
        "<p><b>UPDATE 11:50 p.m. ET:</b> Older.</p><p>Older, second.</p><hr>" + _STORY_HTML
    )
    article = _article(body, fetched_at=datetime(2020, 1, 4, 0, 30, tzinfo=NEW_YORK))
    assert [(b.paragraphs, b.timestamp) for b in article.blocks] == [
        (("Newer.", "Newer, second."), datetime(2020, 1, 4, 0, 10, tzinfo=NEW_YORK)),
        (("Older.", "Older, second."), datetime(2020, 1, 3, 23, 50, tzinfo=NEW_YORK)),
    ]
    assert article.paragraphs == STORY


def test_a_heading_ends_an_appended_update_and_related_sections_are_furniture() -> None:
    long_line = "A story paragraph after the links, long enough to be text again. " * 4
    body = (
        _STORY_HTML + _TWO_PARAGRAPH_UPDATE + "<h3>Background</h3><p>Background paragraph.</p>"
        "<h2>Related coverage</h2><p><a href='/a'>A related story</a></p><ul><li>Another</li></ul>"
        f"<h3>Read more</h3><p><a href='/b'>Link</a></p><p>{long_line}</p>"
    )
    article = _article(body)
    (block,) = article.blocks
    assert block.paragraphs == ("First update paragraph.", "Second one.")
    assert article.paragraphs == (*STORY, "Background", "Background paragraph.", long_line.strip())


@pytest.mark.parametrize(
    "line",
    ["Updated Jan. 3, 2020 6:15 p.m. ET", "Published 5:10 p.m. ET | Updated 6:15 p.m. ET",
     '<time datetime="2020-01-03T18:15:00-05:00">Last updated: January 3, 2020 at 6:15 p.m. ET</time>',
     "Updated: 3:45 PM EDT, Fri January 3, 2020", "Stand: 03.01.2020, 18:15 Uhr",
     "Publié le 3 janvier 2020 à 17h10, mis à jour à 18h15",
     "Ultimo aggiornamento: 3 gennaio 2020, 18:15", "Pubblicato il 3 gennaio 2020 alle 17:10",
     "Última atualização: 3 de janeiro de 2020, 18h15",
     # A weekday and a clock before the date, and the bar markup cut the line at.
     "Posted: Fri 6:15 PM, Jan 3, 2020 |", "Updated: Fri 6:15 PM, Jan 3, 2020"],
)  # fmt: skip
def test_dateline_lines_are_neither_text_nor_blocks(line: str) -> None:
    for body in (f'<p class="dateline">{line}</p>{_STORY_HTML}', f"{_STORY_HTML}<p>{line}</p>"):
        article = _article(body)
        assert article.paragraphs == STORY and not article.blocks


@pytest.mark.parametrize(
    "marker",
    ["<p><strong>Updated 6:15 p.m. ET</strong></p><p>Update text.</p>",
     "<h3>Updated 6:15 p.m. ET</h3><p>Update text.</p>",
     "<p>Updated 6:15 p.m. ET: Update text.</p>",
     '<div class="update"><p>Updated 6:15 p.m. ET</p><p>Update text.</p></div>'],
)  # fmt: skip
def test_update_markers_that_look_like_datelines_stay_markers(marker: str) -> None:
    article = _article(_STORY_HTML + marker)
    (block,) = article.blocks
    assert block.paragraphs == ("Update text.",)
    assert block.timestamp == datetime(2020, 1, 3, 18, 15, tzinfo=NEW_YORK)


def test_dateline_only_edits_leave_the_text_unchanged() -> None:
    pages = [p for p in PAGES if p.style == "dateline_in_body"]
    first, second = (page.extract() for page in pages[:2])
    assert first.paragraphs == second.paragraphs and not first.blocks and not second.blocks


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Original story:", True), ("Earlier:", True), ("The original story is below.", True),
     ("Earlier on Friday, police said the road was closed.", False), ("Original", False)],
)  # fmt: skip
def test_separator_lines(text: str, expected: bool) -> None:
    assert is_separator(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Related coverage", True), ("Sign up for our newsletter", True), ("Lesen Sie auch", True),
     ("What we know so far", False), ("Background", False)],
)  # fmt: skip
def test_boilerplate_headings(text: str, expected: bool) -> None:
    assert is_boilerplate_heading(text) is expected


_DATELINE_WORDS = [
    "Updated Jan. 3, 2020 6:15 p.m. ET", "Published 5:10 p.m. ET", "Last updated: 6:15 pm",
    "Zuletzt aktualisiert am 03.01.2020 um 18:15 Uhr", "Última actualización: 18:15",
    "Mis à jour le 3 janvier 2020 à 18h15", "First published on Thu 2 Jan 2020 17.10 GMT",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    lead=st.text(alphabet=" |·•([*_", max_size=4),
    word=st.sampled_from(_DATELINE_WORDS),
    case=st.sampled_from([str.upper, str.lower, str.title, str]),
    tail=st.text(alphabet=" .)]", max_size=3),
)
def test_dateline_precheck_never_rejects_a_dateline(
    lead: str, word: str, case: Any, tail: str
) -> None:
    text = lead + case(word) + tail
    if _dateline_re().fullmatch(text) is not None:
        assert read_dateline(text) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_dateline_precheck_never_rejects_a_match_on_any_text(text: str) -> None:
    if len(text) <= 160 and _dateline_re().fullmatch(text) is not None:
        assert read_dateline(text) is not None


def test_a_plain_updated_line_after_the_story_opens_an_update_but_not_above_it() -> None:
    story = " ".join(
        ["The council met on Tuesday to discuss the flood barrier and its budget."] * 3
    )
    html = (
        "<html><head><title>Flood barrier vote</title></head><body><article>"
        "<h1>Flood barrier vote</h1><div class='story'>"
        "<p>Updated 5:02 p.m. ET</p>"
        f"<p>{story}</p><p>{story.replace('Tuesday', 'Monday')}</p>"
        "<p>Updated 6:15 p.m. ET</p>"
        "<p>The council approved the barrier by seven votes to two after a long debate.</p>"
        "</div></article></body></html>"
    )
    article = extract_article(
        html, url="https://news.example/flood", fetched_at=datetime(2020, 1, 3, 23, 30, tzinfo=UTC)
    )
    assert [b.timestamp_raw for b in article.blocks] == ["6:15 p.m. ET"]
    assert article.blocks[0].paragraphs[0].startswith("The council approved")
    assert not any("Updated" in p for p in article.paragraphs)


def _flood_page(*leads: str) -> str:
    story = " ".join(["The council met on Sunday to discuss the flood barrier and its budget."] * 3)
    notes = "".join(
        f"<p><strong>{lead}</strong> The river rose another {n} centimetres at the barrier.</p>"
        for n, lead in enumerate(leads, start=10)
    )
    return (
        "<html><head><title>Flood barrier</title></head><body><article>"
        f"<h1>Flood barrier</h1><div class='story'>{notes}<p>{story}</p>"
        f"<p>{story.replace('budget', 'cost')}</p></div></article></body></html>"
    )


@pytest.mark.parametrize(
    ("leads", "labels", "timestamps"),
    [
        (
            ("Lundi 7 décembre, 1 h 15 :", "Dimanche 6 décembre, 22 h 30 :"),
            ["Lundi 7 décembre, 1 h 15", "Dimanche 6 décembre, 22 h 30"],
            ["2026-12-07T01:15:00+01:00", "2026-12-06T22:30:00+01:00"],
        ),
        (
            ("Dec. 6, 10:30 p.m. —",),
            ["Dec. 6, 10:30 p.m."],
            ["2026-12-06T22:30:00+01:00"],
        ),
    ],
)
def test_a_bold_date_and_clock_before_a_note_stamps_an_update(
    leads: tuple[str, ...], labels: list[str], timestamps: list[str]
) -> None:
    article = extract_article(
        _flood_page(*leads),
        url="https://news.example/flood",
        fetched_at=datetime(2026, 12, 7, 1, 30, tzinfo=ZoneInfo("Europe/Paris")),
        rules=SiteRules(timezone="Europe/Paris"),
    )
    assert [b.label for b in article.blocks] == labels
    assert [b.timestamp.isoformat() if b.timestamp else None for b in article.blocks] == timestamps
    assert [b.kind for b in article.blocks] == [BlockKind.UPDATE] * len(leads)
    assert all(p.startswith("The council met") for p in article.paragraphs)


@pytest.mark.parametrize("lead", ["6 décembre 2019 :", "March 3, 2020:", "Dec. 6, 10:30 p.m."])
def test_a_bold_date_alone_or_without_its_separator_is_story_text(lead: str) -> None:
    # A timeline's dates carry no clock; a stamp run into the sentence is the sentence's.
    article = extract_article(
        _flood_page(lead),
        url="https://news.example/flood",
        fetched_at=datetime(2026, 12, 7, 1, 30, tzinfo=UTC),
    )
    assert article.blocks == ()
    assert article.paragraphs[0].startswith(lead)


_HREF_PARTS = st.sampled_from(["a", ".", "..", "", "B", "x;p=1", "%41", "é"])


@settings(max_examples=800, deadline=None)
@given(
    st.sampled_from(["http://ex.com", "https://ex.com:8443", "HTTPS://Ex.com", "//ex.com", ""]),
    st.lists(_HREF_PARTS, max_size=4),
    st.sampled_from(["", "?b=2&a=1", "?utm_source=x", "#top"]),
)
def test_canonical_link_shortcut_resolves_as_urljoin_and_normalize_do(
    origin: str, segments: list[str], tail: str
) -> None:
    page = "https://news.example.com/2026/12/04/story?id=7"
    href = origin + "".join("/" + s for s in segments) + tail
    assert _resolved(page, href) == normalize_url(urljoin(page, href))


# ---------------------------------------------------------------------------------------------
# Update blocks in the forms real pages use (issue 19, item 3).


def test_credits_and_rules_end_an_update_and_are_not_its_text() -> None:
    body = (
        _STORY_HTML + "<p><b>Aggiornamento delle 16:05</b> – La strada è stata riaperta.</p>"
        "<p>___</p><p>Additional reporting by Sam Lee in Rome.</p>"
    )
    article = _article(body)
    (block,) = article.blocks
    assert block.paragraphs == ("La strada è stata riaperta.",)
    assert article.paragraphs == STORY


def test_a_box_among_live_entries_is_neither_an_update_nor_text() -> None:
    # The feed's wrapper is called "live-updates"; a job box between its entries is not an
    # update block for that.
    entry = (
        '<article class="live-update"><time datetime="2024-05-03T{utc}:00Z">{clock}</time>'
        "<p>{text}</p></article>"
    )
    entries = [
        entry.format(utc="18:05", clock="2:05 p.m.", text="Crews shut off the main at noon."),
        '<div class="st-jobs"><h4>Careers near you</h4><ul>'
        "<li>Civil engineer II – Minnesota Department of Transportation, St. Paul</li>"
        "<li>Registered nurse, night shift – Hennepin Healthcare, Minneapolis</li>"
        "<li>Snowplow driver, seasonal – Dakota County Public Works</li></ul></div>",
        entry.format(utc="17:40", clock="1:40 p.m.", text="Water is pouring into the skyway."),
    ]
    html = _wrap(f'<section class="live-updates">{"".join(entries)}</section>')
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [(b.kind, b.label) for b in article.blocks] == [
        (BlockKind.LIVE_ENTRY, "2:05 p.m."), (BlockKind.LIVE_ENTRY, "1:40 p.m."),
    ]  # fmt: skip
    assert not any("Careers" in p or "engineer" in p for p in article.paragraphs)  # a feed's box


def test_live_entries_in_list_items_are_found_once() -> None:
    entry = (
        '<li itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
        '<meta itemprop="datePublished" content="2024-05-03T{utc}:00Z"><span class="z">{clock}</span>'
        '<div itemprop="articleBody"><p>{text}</p></div></li>'
    )
    items = [("14:05", "16:05 Uhr", "Die Feuerwehr räumt zwei Straßen."),
             ("11:40", "13:40 Uhr", "Der Pegel steigt weiter an.")]  # fmt: skip
    body = "<ol>" + "".join(entry.format(utc=u, clock=c, text=t) for u, c, t in items) + "</ol>"
    html = _wrap(
        body,
        head='<meta property="article:published_time" content="2024-05-03T07:00:00+02:00">',
        lang="de",
    )
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [(b.label, b.timestamp.isoformat() if b.timestamp else None) for b in article.blocks] == [
        ("16:05 Uhr", "2024-05-03T16:05:00+02:00"), ("13:40 Uhr", "2024-05-03T13:40:00+02:00"),
    ]  # fmt: skip
    assert article.is_live


def test_an_update_list_beside_the_story_takes_the_page_s_zone() -> None:
    html = (
        '<html lang="en-US"><head><meta property="article:published_time" '
        'content="2024-11-20T07:30:00-07:00"></head><body><div class="grid">'
        f"<article><h1>Headline</h1><div>{_STORY_HTML}</div></article>"
        '<aside class="rail"><h3>Latest updates</h3><ul>'
        "<li><strong>12:45 p.m.</strong> Crews report 15 percent containment.</li>"
        "<li><strong>10:20 a.m.</strong> Route 9 is closed between Mile 12 and Mile 20.</li>"
        '</ul><ul class="more"><li><a href="/x">12:00 Another story on this site</a></li>'
        '<li><a href="/y">11:00 And one more story on this site</a></li></ul></aside></div></body></html>'
    )
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert article.paragraphs == STORY
    assert [(b.label, b.timestamp.isoformat() if b.timestamp else None) for b in article.blocks] == [
        ("12:45 p.m.", "2024-11-20T12:45:00-07:00"), ("10:20 a.m.", "2024-11-20T10:20:00-07:00"),
    ]  # fmt: skip


def test_an_alert_feed_beside_the_story_is_not_its_updates() -> None:
    # Each row names its source after the clock: another service's feed, not the story's news.
    html = (
        '<html lang="en-US"><head><meta property="article:published_time" '
        'content="2024-11-20T07:30:00-07:00"></head><body><div class="grid">'
        f"<article><h1>Headline</h1><div>{_STORY_HTML}</div></article>"
        '<aside class="alerts"><h3>Regional alerts</h3><ul>'
        "<li>12:45 · Lake County · Advisory: boil water before drinking in Eastport.</li>"
        "<li>10:20 · Pine County · Information: Route 4 reopened after the slide.</li>"
        "</ul></aside></div></body></html>"
    )
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert article.paragraphs == STORY
    assert article.blocks == ()


@pytest.mark.parametrize("title", ["Herald alerts this evening", "Ultime notizie"])
def test_a_clocked_list_under_the_site_s_news_title_is_not_the_story_s_updates(title: str) -> None:
    html = (
        '<html lang="en-US"><head><meta property="article:published_time" '
        'content="2024-11-20T07:30:00-07:00"></head><body><div class="grid">'
        f"<article><h1>Headline</h1><div>{_STORY_HTML}</div></article>"
        f'<div class="rail"><p class="rail__title">{title}</p><ul>'
        "<li><span>12:45 p.m.</span> Crews report 15 percent containment.</li>"
        "<li><span>10:20 a.m.</span> Route 9 is closed between Mile 12 and Mile 20.</li>"
        "</ul></div></div></body></html>"
    )
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert article.paragraphs == STORY
    assert article.blocks == ()


def test_stamped_updates_on_a_page_that_calls_itself_a_ticker_are_its_entries() -> None:
    entries = "".join(
        f"<p><strong>Update vom 6. Dezember, {clock} Uhr:</strong> {text}</p>"
        for clock, text in (("22.41", "Die Polizei meldet mehr als 20 Unfälle auf der A7."),
                            ("22.14", "Die Autobahn GmbH hat Streufahrzeuge angefordert."))
    )  # fmt: skip
    html = (
        '<html lang="de"><head><meta property="article:published_time" '
        'content="2026-12-06T19:30:00+01:00"></head><body><article>'
        "<h1>Glatteis auf der A7: Unfälle und Sperrungen – der Ticker</h1>"
        f"<div>{_STORY_HTML}{entries}</div></article></body></html>"
    )
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [(b.kind, b.label) for b in article.blocks] == [
        (BlockKind.LIVE_ENTRY, "Update vom 6. Dezember, 22.41 Uhr:"),
        (BlockKind.LIVE_ENTRY, "Update vom 6. Dezember, 22.14 Uhr:"),
    ]
    story = _article(_STORY_HTML + entries)  # the same notes on a story: its updates
    assert {b.kind for b in story.blocks} == {BlockKind.UPDATE}


def test_the_text_of_an_update_box_named_as_its_part_is_not_a_box_of_its_own() -> None:
    # BEM: "update-note__text" is the text element of the "update-note" box. A CSS module's
    # "Note_root__VLh7e" ends in a hash and still names a note box.
    boxes = "".join(
        f'<aside class="update-note"><p class="update-note__title">Mise à jour, {clock}</p>'
        f'<p class="update-note__text">{text}</p></aside>'
        for clock, text in (("18h20", "Les techniciens ont localisé le câble endommagé."),
                            ("20h35", "Le trafic restera interrompu jusqu'à la fin du service."))
    )  # fmt: skip
    note = (
        '<aside class="Note_root__VLh7e"><h3 class="Note_title__oHkGT">Note de la rédaction</h3>'
        "<p>Les CFF ont refusé de commenter samedi soir.</p></aside>"
    )
    article = _article(_STORY_HTML + boxes + note)
    assert [(b.kind, b.label, b.paragraphs) for b in article.blocks] == [
        (BlockKind.UPDATE, "Mise à jour, 18h20", ("Les techniciens ont localisé le câble endommagé.",)),
        (BlockKind.UPDATE, "Mise à jour, 20h35", ("Le trafic restera interrompu jusqu'à la fin du service.",)),
        (BlockKind.EDITORS_NOTE, "Note de la rédaction", ("Les CFF ont refusé de commenter samedi soir.",)),
    ]  # fmt: skip


_RUN = tuple(f"{text} Crews stayed at the scene until the evening." for text in STORY)


@pytest.mark.parametrize(
    "box",
    [
        '<div class="gift-article"><button>Gift</button><p>You have 4 gift articles left.</p></div>',
        '<div class="service-box"><h4>School closures</h4><ul><li>Oregon City: late start.</li>'
        "<li>David Douglas: buses on snow routes.</li></ul></div>",
        '<aside class="letters"><h4>Letter of the day</h4><p>Sir, — The new timetable was '
        "clearly drawn up by someone who never waited in the rain. — J. Lucey</p></aside>",
        '<blockquote class="lp-pullquote"><p>« On vit au rythme du mistral »</p><footer><cite>'
        'Un pêcheur</cite> <a href="/13599">Les derniers pointus résistent</a></footer></blockquote>',
    ],
)
def test_a_box_set_between_the_story_s_paragraphs_is_not_its_text(box: str) -> None:
    body = f"<p>{_RUN[0]}</p><p>{_RUN[1]}</p>{box}<p>{_RUN[2]}</p><p>{_RUN[3]}</p>"
    assert _article(body).paragraphs == _RUN


@pytest.mark.parametrize(
    ("where", "wrapper", "text"),
    [
        ("above", '<div class="article-intro"><p>{}</p></div>', "The lede, boxed by the CMS."),
        ("inside", '<div class="embeddedMediaCaption"><p>{}</p></div>', "A video of the rescue."),
        ("inside", '<div class="tweet"><blockquote><p>{}</p></blockquote></div>', "We got her!"),
        ("inside", '<div class="fact-box"><p>{}</p></div>', "x" * 1_200),
        (
            "inside",
            '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>{}</p>'
            "</blockquote></div>",
            "Yes this is real and yes the state spent half a million dollars on it.",
        ),
        (
            "inside",
            '<aside class="embed"><blockquote class="instagram-media"><p>{}</p></blockquote>'
            "</aside>",
            "The line outside the fire station this morning, a neighbour posted.",
        ),
    ],
)
def test_story_text_in_a_wrapper_of_its_own_stays(where: str, wrapper: str, text: str) -> None:
    # The lede above the story's first paragraph, a caption, an embedded quote, a long section
    # and a post the story quotes (in a "social" wrapper) are the story's, whatever holds them.
    boxed = wrapper.format(text)
    runs = "".join(f"<p>{t}</p>" for t in _RUN)
    first, rest = f"<p>{_RUN[0]}</p>", "".join(f"<p>{t}</p>" for t in _RUN[1:])
    body = boxed + runs if where == "above" else first + boxed + rest
    assert text in _article(body).paragraphs


_POLICE_LOG = (
    "<h4>Police log</h4><ul>"
    "<li>12:58 p.m. – Northeast 82nd Avenue: two-car crash, one driver taken to hospital</li>"
    "<li>12:48 p.m. – North Lombard Street: downed power line reported</li>"
    "<li>12:30 p.m. – Southeast Hawthorne Boulevard: shoplifting report at a grocery</li></ul>"
)


@pytest.mark.parametrize(
    "box",
    [f'<aside class="blotter">{_POLICE_LOG}</aside>', f'<div class="board">{_POLICE_LOG}</div>'],
)
def test_a_clocked_list_between_the_story_s_paragraphs_is_not_its_updates(box: str) -> None:
    # A police log, a departure board, another story's latest lines: set inside the story,
    # where a story's own list of updates sits above or beside its text.
    body = f"<p>{_RUN[0]}</p><p>{_RUN[1]}</p>{box}<p>{_RUN[2]}</p><p>{_RUN[3]}</p>"
    article = _article(body + "<p><b>UPDATE 1:40 p.m.:</b> The last riders are down.</p>")
    assert [(b.kind, b.label) for b in article.blocks] == [(BlockKind.UPDATE, "UPDATE 1:40 p.m.:")]
    assert article.paragraphs[:2] == _RUN[:2]


@pytest.mark.parametrize(
    ("title", "items"),
    [
        ("Corrections", ["A Dec. 5 story about a brewery misspelled the name of its founder.",
                         "An earlier version of a Dec. 2 story on bus fares overstated a price."]),
        ("Korrekturen", ["Im Bericht über den Haushalt (Ausgabe vom 3. Dezember) war eine Zahl falsch.",
                         "In der Meldung über das Konzert hieß es fälschlich, der Chor komme aus Ulm."]),
        ("Rectificatifs", ["L'article sur le budget du 5 décembre comportait un montant erroné.",
                           "Dans notre édition du 4 décembre, une erreur s'est glissée dans un nom.",
                           "Contrairement à ce que nous avons écrit le 3 décembre, le concert aura lieu le 19."]),
    ],
)  # fmt: skip
def test_a_corrections_column_about_other_stories_is_not_this_story_s_note(
    title: str, items: list[str]
) -> None:
    column = f'<section class="corrections-box"><h4>{title}</h4><ul>'
    column += "".join(f"<li>{item}</li>" for item in items) + "</ul></section>"
    own = "<p><i>Correction: An earlier version of this story misstated the bridge's name.</i></p>"
    article = _article(f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{column}<p>{STORY[2]}</p>{own}")
    assert [(b.kind, b.paragraphs) for b in article.blocks] == [
        (BlockKind.CORRECTION, ("An earlier version of this story misstated the bridge's name.",))
    ]


@pytest.mark.parametrize(
    "credit", ["By Jane Doe and Sam Lee", "Von Max Muster", "(dpa)", "— Ana Ruiz"]
)
def test_a_byline_under_an_update_is_not_its_text(credit: str) -> None:
    body = (
        _STORY_HTML
        + f"<p><b>UPDATE 5:40 p.m. —</b> The court will rule on Monday.</p><p>{credit}</p>"
    )
    (block,) = _article(body).blocks
    assert block.paragraphs == ("The court will rule on Monday.",)


def test_a_sentence_that_opens_like_a_byline_stays_in_the_update() -> None:
    body = (
        _STORY_HTML + "<p><b>UPDATE 5:40 p.m. —</b> The court will rule on Monday.</p>"
        "<p>By then, the road will have reopened.</p>"
    )
    (block,) = _article(body).blocks
    assert block.paragraphs == (
        "The court will rule on Monday.", "By then, the road will have reopened.",
    )  # fmt: skip


@pytest.mark.parametrize(
    "credit",
    ["pst/AFP", "Quelle: AFP, dpa", "Quelle: Rheinblatt, dpa, AFP, pst", "Source: Reuters",
     "Sam Lee contributed to this report.",
     "Reporting by Jo Park; Editing by Ann Hale"],
)  # fmt: skip
def test_credits_under_the_story_are_not_its_text(credit: str) -> None:
    assert _article(_STORY_HTML + f"<p>{credit}</p>").paragraphs == STORY


def test_a_credit_before_more_story_and_a_sourced_sentence_stay_story_text() -> None:
    sourced = "Source: the ministry said the bridge would stay closed until the summer."
    assert _article(_STORY_HTML + "<p>Quelle: Statistisches Landesamt</p>").paragraphs == (
        *STORY, "Quelle: Statistisches Landesamt",
    )  # fmt: skip
    body = f"<p>{STORY[0]}</p><p>pst/AFP</p>" + "".join(f"<p>{p}</p>" for p in STORY[1:])
    assert _article(body + f"<p>{sourced}</p>").paragraphs == (
        STORY[0], "pst/AFP", *STORY[1:], sourced,
    )  # fmt: skip


def test_a_story_beside_live_entries_in_the_same_tag_stays_the_story() -> None:
    entry = (
        '<article itemprop="liveBlogUpdate"><time datetime="2020-01-03T{hm}:00Z">{hm}</time>'
        "<p>Entry text at {hm} says what the crews are doing on the river road now.</p></article>"
    )
    html = (
        '<html lang="en-GB"><body><main><h1>Floods: live</h1>'
        f'<article class="lead-story">{_STORY_HTML}</article>'
        + "".join(entry.format(hm=hm) for hm in ("15:40", "14:05"))
        + '<article class="slot"><span>Advertisement</span></article></main></body></html>'
    )
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert article.paragraphs == STORY
    assert [b.label for b in article.blocks] == ["15:40", "14:05"]


def test_an_entry_header_named_as_furniture_stays_furniture() -> None:
    entry = (
        '<li class="upd"><header class="upd-meta"><span class="who">Pat Quinn</span>'
        '<time datetime="2020-01-03T{hm}:00Z">{hm}</time></header>'
        "<p>Entry text at {hm} says what the crews are doing on the river road now.</p></li>"
    )
    html = (
        '<html lang="en-GB"><body><main><h1>Floods: live</h1>'
        f'<div class="intro">{_STORY_HTML}</div><ul class="feed">'
        + "".join(entry.format(hm=hm) for hm in ("15:40", "14:05", "12:30"))
        + "</ul></main></body></html>"
    )
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [b.paragraphs[0][:13] for b in article.blocks] == ["Entry text at"] * 3


def _live_page(title: str, feed: str) -> str:
    return (
        f'<html lang="en"><head><title>{title}</title></head><body><main><h1>{title}</h1>'
        f"<p>What we know so far about the storm that reached the coast overnight.</p>{feed}"
        "</main></body></html>"
    )


def test_live_cards_stamped_with_a_full_date_and_time_are_entries() -> None:
    """Cards of a live page whose classes no live-blog tool uses, each stamped with a date and
    a time (first, or under the card's headline; the zone after the clock, the date last), once
    more for screen readers behind a label."""
    cards = [
        ("Published on 9 Apr 2025 11:20 BST", "9 Apr 2025 11:20 BST", "Ferry services resume",
         "The first crossing left the harbour at eleven with about forty passengers aboard."),
        ("Published on 9 Apr 2025 10:05 BST", "9 Apr 2025 10:05 BST", "Storm warning lifted",
         "Forecasters lifted the amber warning for the coast after winds eased overnight."),
        ("Published on 9 Apr 2025 09:15 BST", "9 Apr 2025 09:15 BST", "Trains cancelled",
         "All morning services on the coast line were cancelled because of fallen trees."),
    ]  # fmt: skip
    first = "".join(
        f'<li class="tl-item"><div class="card"><div class="stamp"><span class="sr">{sr}</span>'
        f'<span aria-hidden="true">{stamp}</span></div><h2>{title}</h2><div class="txt"><p>{text}'
        "</p></div></div></li>"
        for sr, stamp, title, text in cards
    )
    html = _live_page("Live: Storm hits the coast", f'<ul class="live-timeline">{first}</ul>')
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [
        (b.label, b.timestamp.isoformat() if b.timestamp else None) for b in article.blocks
    ] == [
        ("9 Apr 2025 11:20 BST", "2025-04-09T11:20:00+01:00"),
        ("9 Apr 2025 10:05 BST", "2025-04-09T10:05:00+01:00"),
        ("9 Apr 2025 09:15 BST", "2025-04-09T09:15:00+01:00"),
    ]
    assert article.blocks[0].paragraphs == (cards[0][2], cards[0][3])

    later = "".join(
        f'<article class="live-post"><h2>{title}</h2><span class="post-stamp">{clock}</span>'
        f"<p>{text}</p></article>"
        for clock, title, text in [
            (
                "4:05 p.m. ET, April 9, 2025",
                "Bridge reopens",
                "Crews cleared the last of the debris. Traffic is moving again in both directions.",
            ),
            (
                "3:40 p.m. ET, April 9, 2025",
                "Schools to open",
                "The district said classes would"
                " resume on Thursday after the buildings were inspected.",
            ),
            (
                "2:10 p.m. ET, April 9, 2025",
                "Power back",
                "Utility crews restored power to"
                " most of the 12,000 homes that lost it on Tuesday night.",
            ),
        ]
    )
    html = _live_page("Live updates: Storm", f'<div class="live-stream">{later}</div>')
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [b.timestamp.isoformat() if b.timestamp else None for b in article.blocks] == [
        "2025-04-09T16:05:00-04:00", "2025-04-09T15:40:00-04:00", "2025-04-09T14:10:00-04:00",
    ]  # fmt: skip


def _entry(classes: str, head: str, clock: str, text: str, extra: str = "") -> str:
    return (
        f'<div class="{classes}">{extra}<h2>{head}</h2><div class="by"><span>Sam Okafor</span>'
        f"{clock}</div><p>{text}</p></div>"
    )


def test_entries_named_live_under_a_cms_prefix_are_entries_whatever_their_headline() -> None:
    entries = "".join(
        _entry(
            "duet--article--liveblog-entry _1uoi5le0",
            f"Headline of entry {n}",
            f'<time datetime="2024-05-03T1{n}:05:00-04:00">May 3, 2024, {n}:05 PM EDT</time>',
            f"Entry {n} says what happened in a sentence long enough to be an entry.",
        )
        for n in (3, 2, 1)
    )
    html = _wrap(f'<div class="duet--article--liveblog">{entries}</div>')
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [(b.label, b.paragraphs[0]) for b in article.blocks] == [
        (f"May 3, 2024, {n}:05 PM EDT", f"Headline of entry {n}") for n in (3, 2, 1)
    ]
    assert article.is_live


def test_a_pinned_ticker_entry_in_a_microdata_live_blog_keeps_its_morning_clock() -> None:
    """Tickaroo-like entries (no "live" in any class) on a page that says LiveBlogPosting in
    microdata: the "Angepinnt" badge and the "Quelle: dpa" line are not the entry's text, and
    the pinned 10:05 above 16:50 is the morning on a page with a 24-hour clock."""
    clocks = [("10:05", '<div class="pin">Angepinnt</div>'), ("16:50", ""), ("14:03", "")]
    entries = "".join(
        _entry(
            "tik4-event",
            f"Eintrag um {clock}",
            f'<span class="ts">{clock}</span>',
            "Die Delegierten stimmen nun auf Papier ab, nachdem das System ausfiel.",
            extra,
        ).replace("</div></p></div>", "")
        + ""
        for clock, extra in clocks
    ).replace("</p></div>", '</p><p class="source"><em>Quelle: dpa</em></p></div>')
    html = (
        '<html lang="de"><head><meta property="article:published_time" '
        'content="2026-12-06T09:58:00+01:00"></head><body>'
        '<article itemscope itemtype="http://schema.org/LiveBlogPosting"><h1>Parteitag</h1>'
        "<p>Die Partei wählt heute in Leipzig eine neue Doppelspitze, am Nachmittag.</p>"
        f'<div class="tik4-live">{entries}</div></article></body></html>'
    )
    fetched = datetime(2026, 12, 6, 17, 30, tzinfo=UTC)
    article = extract_article(html, url="https://x.test/a", fetched_at=fetched)
    assert [(b.label, b.timestamp.isoformat() if b.timestamp else None) for b in article.blocks] == [
        ("10:05", "2026-12-06T10:05:00+01:00"), ("16:50", "2026-12-06T16:50:00+01:00"),
        ("14:03", "2026-12-06T14:03:00+01:00"),
    ]  # fmt: skip
    assert all(b.paragraphs[0].startswith("Eintrag um") for b in article.blocks)
    assert not any("Quelle" in p for b in article.blocks for p in b.paragraphs)


def test_a_correction_label_on_its_own_line_takes_the_note_under_it() -> None:
    body = (
        _STORY_HTML + "<p>Correction: Dec. 6, 2026</p><p>An earlier version of this article "
        "misstated the number of districts. It is three, not 13.</p>"
    )
    (block,) = _article(body).blocks
    assert block.kind is BlockKind.CORRECTION
    assert block.label == "Correction: Dec. 6, 2026"
    assert block.paragraphs[0].startswith("An earlier version of this article")


_LONG_PARAGRAPH = (
    "Forecasters said the wind was expected to ease after sunset, and crews would stay."
)


def test_an_update_line_over_a_correction_note_stays_two_blocks() -> None:
    html = (
        '<html lang="en-US"><head><meta property="article:published_time" '
        'content="2024-03-05T10:02:00-07:00"></head><body><article><h1>Headline</h1><div>'
        f"{_STORY_HTML}<p>{_LONG_PARAGRAPH}</p><p>Updated at 1:23 p.m.</p>"
        "<p>This story has been corrected to show "
        "that the fire started on Tuesday, not Monday.</p></div></article></body></html>"
    )
    fetched = datetime(2024, 3, 5, 22, 0, tzinfo=UTC)
    article = extract_article(html, url="https://x.test/a", fetched_at=fetched)
    kinds = [(b.kind, b.label) for b in article.blocks]
    assert kinds == [(BlockKind.UPDATE, "Updated at 1:23 p.m."), (BlockKind.CORRECTION, "")]


@pytest.mark.parametrize("badge", ["LIVE", "EN DIRECT", "Liveblog", "Member-only story"])
def test_a_badge_over_the_story_is_not_its_text(badge: str) -> None:
    article = _article(f'<span class="badge">{badge}</span>{_STORY_HTML}')
    assert article.paragraphs == STORY


def test_a_page_storing_utc_dates_resolves_stamps_in_the_zone_it_shows() -> None:
    html = (
        '<html lang="en-US"><head><meta property="article:published_time" '
        'content="2026-12-06T14:40:00+00:00"></head><body><article><h1>Headline</h1>'
        '<time datetime="2026-12-06T09:40:00-05:00">December 6, 2026</time>'
        f"<div><p><b>Update, 3:15 p.m.:</b> The advisory was extended.</p>{_STORY_HTML}</div>"
        "</article></body></html>"
    )
    fetched = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
    (block,) = extract_article(html, url="https://x.test/a", fetched_at=fetched).blocks
    assert block.timestamp is not None
    assert block.timestamp.isoformat() == "2026-12-06T15:15:00-05:00"


def test_a_donation_box_inside_the_story_is_not_its_text() -> None:
    box = (
        '<div class="wp-block-group newspack-inline-donate"><p><strong>Before you go: local '
        "reporting like this is free to read because readers chip in.</strong></p>"
        '<a class="button" href="/donate/">Give now</a></div>'
    )
    half = "".join(f"<p>{text}</p>" for text in STORY[:2])
    article = _article(half + box + _STORY_HTML[len(half) :])
    assert article.paragraphs == STORY


def test_a_bold_clock_and_title_line_runs_to_the_next_entry() -> None:
    entries = [("14:03", "Bahn meldet Ausfälle"), ("13:41", "A7 gesperrt"), ("12:15", "Glatteis")]
    body = "".join(
        f"<p><strong>{clock} Uhr – {title}</strong></p><p>Die Lage um {clock} Uhr wird von den "
        "Behörden laufend neu bewertet, heißt es.</p>"
        for clock, title in entries
    )
    html = _wrap(body, lang="de")
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [(b.label, len(b.paragraphs)) for b in article.blocks] == [
        (f"{clock} Uhr", 2) for clock, _ in entries
    ]


def test_an_update_in_the_story_does_not_end_the_update_above_it() -> None:
    """heise: the newest update above the story is one paragraph, though an older one is set
    into the story a few paragraphs on."""
    body = (
        "<p><strong>Update</strong> 06.12.2026, 16:05 Uhr: Inzwischen laufen 70 Prozent der "
        "Maschinen wieder.</p>"
        + "".join(f"<p>{text}</p>" for text in STORY[:3])
        + "<p><strong>Update</strong> 06.12.2026, 14:20 Uhr: Auch Speicher ist betroffen.</p>"
        + f"<p>{STORY[3]}</p>"
    )
    blocks = _article(body).blocks
    assert blocks[0].paragraphs == ("Inzwischen laufen 70 Prozent der Maschinen wieder.",)


def test_a_label_over_an_unlabelled_note_sentence_keeps_the_note() -> None:
    body = (
        _STORY_HTML + "<p><em>Nota: questo articolo è stato aggiornato alle 17.05 con la "
        "dichiarazione del sindaco.</em></p>"
    )
    (block,) = _article(body).blocks
    assert block.kind is BlockKind.UPDATE
    assert block.label.startswith("Nota:")


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="Tpoll"><p>Umfrage: Sollte Berlin mehr Salz streuen?</p><ul><li>Ja, '
        "unbedingt 33 %</li><li>Nein 23 %</li><li>Weiß nicht 44 %</li></ul><p>5.654 Stimmen</p></div>",
        "<p>You’ve read 17 articles in the last year</p>",
        "<p>… we have a small favour to ask. Readers’ support powers our journalism.</p>",
        "<p>Are you affected by the flooding? Share your experiences, photos and videos.</p>",
        "<p>Please turn on JavaScript to use this feature</p>",
        "<p>Mit dem PUR-Abo lesen Sie derStandard.at ohne Werbung und ohne Tracking.</p>",
        "<p>– Leggi anche: La lunga storia del MOSE, tra ritardi e inchieste</p>",
        '<div class="adv-inread"><p>Conto Zefiro a canone zero per il primo anno.</p></div>',
        "<p>Marion Leclerc · Publié le 06/12/26 à 16h05</p>",
        "<p>Pinned post</p>",
    ],
)
def test_furniture_set_into_the_story_is_not_its_text(furniture: str) -> None:
    half = "".join(f"<p>{text}</p>" for text in STORY[:2])
    article = _article(half + furniture + _STORY_HTML[len(half) :])
    assert article.paragraphs == STORY


def test_a_pinned_post_above_the_feed_is_an_entry_like_the_others() -> None:
    def entry(clock: str, title: str) -> str:
        return (
            f'<article class="dcr-2hm3x4"><div><time>{clock} GMT</time></div><h2>{title}</h2>'
            f"<p>{title} is what the reporters on the river saw at {clock} this evening.</p></article>"
        )

    feed = "".join(entry(c, f"Entry at {c}") for c in ("21.36", "20.18", "19.12"))
    html = (
        '<html lang="en-GB"><head><script type="application/ld+json">{"@type": '
        '"LiveBlogPosting", "headline": "Thames floods live", "datePublished": '
        '"2026-12-06T16:00:00+00:00"}</script></head><body><article><h1>Thames floods live</h1>'
        "<p>The barrier is closed and flood warnings are in force along the river tonight.</p>"
        f'<section class="pinned">{entry("17.05", "Welcome and summary")}</section>'
        f'<div class="feed">{feed}</div></article></body></html>'
    )
    fetched = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
    article = extract_article(html, url="https://x.test/a", fetched_at=fetched)
    assert [b.label for b in article.blocks] == ["17.05 GMT", "21.36 GMT", "20.18 GMT", "19.12 GMT"]


def test_an_update_set_into_the_story_is_one_paragraph_when_the_story_goes_on() -> None:
    """Handelsblatt, heise: "Aktualisierung, 16.20 Uhr: …" after the second paragraph, and four
    more paragraphs of the story under it."""
    story = [
        f"{text} The river authority will publish its next reading this evening." for text in STORY
    ]
    paragraphs = [f"<p>{text}</p>" for text in story]
    body = (
        "".join(paragraphs[:2])
        + "<p>Aktualisierung, 16.20 Uhr: Die Stadt hat die Prognose angehoben.</p>"
        + "".join(paragraphs[2:])
        + f"<p>{story[0]} Again.</p>"
    )
    article = _article(body)
    (block,) = article.blocks
    assert block.paragraphs == ("Die Stadt hat die Prognose angehoben.",)
    assert article.paragraphs[:4] == tuple(story)


def test_updates_appended_under_a_whole_story_keep_their_paragraphs() -> None:
    body = _STORY_HTML + "<p><b>UPDATE 7:10 p.m. ET:</b> First update paragraph.</p><p>Second.</p>"
    (block,) = _article(body).blocks
    assert block.paragraphs == ("First update paragraph.", "Second.")


def test_furniture_between_live_entries_is_not_text() -> None:
    def entry(clock: str) -> str:
        return (
            f'<article class="live-update"><p><time datetime="2026-12-06T{clock}:00-05:00">'
            f"{clock}</time></p><h2>Entry at {clock}</h2><p>What happened at {clock}, told in "
            "a sentence long enough to be an entry.</p></article>"
        )

    widgets = [
        '<p class="content__live-readers">4,437 people are reading this now</p>',
        '<div class="content__live-weather"><p>Buffalo, NY 2 °C, snow showers</p></div>',
    ]
    feed = entry("16:52") + widgets[0] + widgets[1] + entry("16:20") + entry("15:41")
    html = (
        '<html lang="en-US"><body><article><h1>Snow live</h1><p class="meta">Updated on: '
        "December 6, 2026 / Updated 28 minutes ago / CBS News</p><p>A lake-effect snowstorm "
        f'buried the region on Sunday, closing the Thruway.</p><div class="live-updates">{feed}'
        "</div></article></body></html>"
    )
    fetched = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
    article = extract_article(html, url="https://x.test/a", fetched_at=fetched)
    assert [b.kind for b in article.blocks] == [BlockKind.LIVE_ENTRY] * 3
    assert article.paragraphs == (
        "A lake-effect snowstorm buried the region on Sunday, closing the Thruway.",
    )


@pytest.mark.parametrize(
    "furniture",
    [
        '<section class="playlist"><h3>Les vidéos Sud Ouest</h3><ol><li><a href="/v/1">Un '
        'météorologue explique le vortex polaire</a> 1:08</li><li><a href="/v/2">Les Alpes '
        "sous la neige</a> 0:59</li></ol></section>",
        "<p>LCI en direct : LCI Soir</p>",
        "<p>ABC News Live</p>",
        "<p>Video di Open</p>",
        "<p>“Kindness is the language which the deaf can hear and the blind can see.” — Mark Twain</p>",
        "<p>Sie können in diesem Monat noch 4 kostenlose Artikel lesen.</p>",
        "<p>Your subscription supports independent journalism. Get unlimited access.</p>",
        '<div class="native"><span>Gesponsert</span><p>Hausbesitzer sparen mit Solarmodulen '
        "bis zu 40 Prozent Stromkosten.</p></div>",
    ],
)
def test_more_furniture_set_into_the_story_is_not_its_text(furniture: str) -> None:
    half = "".join(f"<p>{text}</p>" for text in STORY[:2])
    article = _article(half + furniture + _STORY_HTML[len(half) :])
    assert article.paragraphs == STORY


def test_a_video_playlist_is_neither_live_entries_nor_story() -> None:
    playlist = (
        '<section class="playlist"><h4>Videos</h4><ul><li><span class="dur">1:12</span> Crews '
        'race to restore power before nightfall</li><li><span class="dur">1:28</span> Residents '
        'dig out after record snowfall</li><li><span class="dur">0:10</span> Meteorologist '
        "explains the lake-effect band</li></ul></section>"
    )
    half = "".join(f"<p>{text}</p>" for text in STORY[:2])
    article = _article(half + playlist + _STORY_HTML[len(half) :])
    assert article.blocks == ()
    assert article.paragraphs == STORY


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="native"><small>In collaborazione con</small><p>I pensionati confrontano '
        "le offerte luce e risparmiano centinaia di euro.</p></div>",
        "<p>Con l'app del Mattino ricevi gli avvisi della Protezione civile in tempo reale.</p>",
        "<p>Encore 2 lectures offertes, profitez-en.</p>",
        "<p>Only 1 free stories left before the paywall.</p>",
        "<p>Aide-soignant(e) H/F – CDI – Centre hospitalier, 1 850 € brut</p>",
        "<aside><h4>Oroscopo</h4><p>Ariete: una chiacchierata stasera chiarisce tutto.</p></aside>",
        "<p>Join Ars Pro for $25 a year: an ad-free experience, full-text RSS feeds and more</p>",
        "<p>Help us do journalism. If you have worked at the jail, tell us what you saw.</p>",
        "<p>Now playing: Weekend weather forecast with our meteorologist</p>",
        '<div class="box"><h4>Info trafic</h4><ul><li>Pont Flaubert : véhicule en panne</li>'
        "<li>Quai de Paris : une voie fermée</li></ul></div>",
        "<p>Thousands of readers now support independent local journalism with a subscription.</p>",
        "<p>Article réservé aux abonnés</p>",
        "<p>Attiva le notifiche del Gazzettino per ricevere le ultime notizie da Venezia.</p>",
    ],
)
def test_still_more_furniture_set_into_the_story_is_not_its_text(furniture: str) -> None:
    half = "".join(f"<p>{text}</p>" for text in STORY[:2])
    article = _article(half + furniture + _STORY_HTML[len(half) :])
    assert article.paragraphs == STORY


_FEED_ENTRY = (
    '<div class="live-post"><span class="live-post__time">{clock}</span><h2>{title}</h2>'
    "<p>{text}</p></div>"
)
_FEED = [
    ("21:40", "Road closed at the bridge", "Police closed the river road at the bridge tonight."),
    ("21:05", "Shelters open", "Three schools have opened as shelters for evacuated families."),
    ("20:30", "Evacuation begins", "Residents of the eastern districts are leaving their homes."),
]


def _feed(*between: str) -> str:
    """A live feed of three timed entries with ``between[i]`` after the i-th entry."""
    html = ""
    for index, (clock, title, text) in enumerate(_FEED):
        html += _FEED_ENTRY.format(clock=clock, title=title, text=text)
        html += between[index] if index < len(between) else ""
    return html


@pytest.mark.parametrize(
    "box",
    [
        # another live blog's key moments, a timetable, a broadcast schedule
        '<aside class="elsewhere"><h4>Live: Cup final</h4><ol><li><time>19:12</time> '
        "<span>First goal for the visitors</span></li><li><time>19:48</time> <span>Penalty "
        "saved</span></li><li><time>20:20</time> <span>Final whistle</span></li></ol></aside>",
        '<div class="departures"><h4>Next departures</h4><ul><li>23:38 Line 6 to the harbour '
        "(+9 min)</li><li>23:40 Line 17 to the station (+6 min)</li><li>23:44 Line 4 to the "
        "hospital (+8 min)</li></ul></div>",
    ],
)
def test_a_clocked_list_beside_a_live_feed_is_not_entries(box: str) -> None:
    html = _live_page("Live: Storm hits the coast", _feed(box))
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [b.label for b in article.blocks] == ["21:40", "21:05", "20:30"]


def test_a_card_in_the_feed_s_markup_without_a_time_is_not_an_entry() -> None:
    sponsored = (
        '<div class="live-post live-post--partner"><span class="live-post__time">Paid '
        "partnership with Example Kitchens</span><h2>Christmas dinner for six, sorted</h2>"
        "<p>Our chefs share a shortcut menu for the big day.</p></div>"
    )
    html = _live_page("Live: Storm hits the coast", _feed(sponsored))
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert [b.label for b in article.blocks] == ["21:40", "21:05", "20:30"]
    assert "Christmas" not in " ".join(p for b in article.blocks for p in b.paragraphs)


def _items_feed(items: list[tuple[str, str]], *, item_class: str, head: str) -> str:
    """A live page whose entries are same-class <li> items, each a <time> and a paragraph."""
    lis = "".join(
        f'<li class="{item_class}"><time>{clock}</time><div><p>{text}</p></div></li>'
        for clock, text in items
    )
    return (
        f'<html lang="fr"><head>{head}</head><body><article><h1>Direct – Incendie à Faa\'a</h1>'
        "<p>Un important incendie s'est déclaré dimanche matin dans un entrepôt près de "
        "l'aéroport, et les pompiers sont toujours sur place.</p>"
        f'<ul class="flux">{lis}</ul></article></body></html>'
    )


_FIRE_ENTRIES = [
    ("11 h 38", "La route de ceinture restera fermée au moins jusqu'à 14 heures, selon la mairie."),
    ("10 h 50", "Les pompiers disent avoir circonscrit le feu et continuent d'arroser l'entrepôt."),
    ("10 h 05", "Les vols vers les Îles Sous-le-Vent ont été retardés d'une heure par la fumée."),
    ("9 h 15", "Selon le haut-commissariat, l'entrepôt abritait des pneus et des palettes usagés."),
    ("8 h 30", "La gendarmerie a coupé la route de ceinture dans les deux sens ce matin tôt."),
]
# The site's own items in the entries' markup, re-stamped on every request.
_SITE_ITEMS = [
    ("11 h 59", "Bornes de recharge libres à 11 h 57 : 1 sur 2 au Carrefour, 3 sur 4 à Vaima."),
    ("11 h 47", "Vie associative : le comité des fêtes annonce son marché de Noël le 19 décembre."),
    (
        "11 h 52",
        "Bruit des avions : dernier passage au-dessus de Pamatai, un A350, 81 dB à 11 h 50.",
    ),
]


def _fire_feed(head: str, item_class: str = "direct-item") -> str:
    first, second, *rest = _FIRE_ENTRIES
    mixed = [first, second, _SITE_ITEMS[0], _SITE_ITEMS[1], rest[0], _SITE_ITEMS[2], *rest[1:]]
    return _items_feed(mixed, item_class=item_class, head=head)


def test_a_feed_the_json_ld_vouches_for_keeps_its_entries_and_drops_the_site_s_items() -> None:
    """Items in the entries' own markup with clocks of their own break the feed's order; the
    page's liveBlogUpdate list still says which items are its entries."""
    updates = [
        {"@type": "BlogPosting", "datePublished": f"2026-12-06T{int(h):02d}:{m}:00-10:00",
         "articleBody": text}
        for clock, text in _FIRE_ENTRIES
        for h, m in [clock.split(" h ")]
    ]  # fmt: skip
    head = (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "LiveBlogPosting", "headline": "Direct – Incendie à Faa'a",
                      "datePublished": "2026-12-06T07:45:00-10:00", "liveBlogUpdate": updates})
        + "</script>"
    )  # fmt: skip
    fetched = datetime(2026, 12, 6, 22, 30, tzinfo=UTC)  # 12:30 in Tahiti
    article = extract_article(_fire_feed(head), url="https://x.test/a", fetched_at=fetched)
    tahiti = ZoneInfo("Pacific/Tahiti")
    assert [(b.label, b.timestamp) for b in article.blocks] == [
        (clock, datetime(2026, 12, 6, int(clock.split(" h ")[0]), int(clock[-2:]), tzinfo=tahiti))
        for clock, _ in _FIRE_ENTRIES
    ]
    text = " ".join(article.paragraphs)
    assert not any(words in text for words in ("Bornes de", "Vie associative", "Bruit des"))


def test_a_feed_whose_class_names_a_ticker_s_entries_is_a_feed_out_of_order_too() -> None:
    """Entries stamped by a bold clock and the author's initials, with the site's own items in
    the same markup re-stamped on every request, and no live-blog markup at all."""
    entries = [
        ("22.51 Uhr", "jlb", "Brandursache unklar", "Die Ermittler können das Haus erst am Montag betreten."),
        ("22.41 Uhr", "Red.", "FN-Automarkt", "Occasion: Subaru Outback, 2017, 112 000 km, 13 800 Franken."),
        ("22.35 Uhr", "mab", "Keine Verletzten", "Ein Sprecher der Kantonspolizei bestätigt, dass niemand verletzt wurde."),
        ("22.54 Uhr", "Red.", "Ihre Hinweise", "Heute Abend sind bei der Redaktion 28 Hinweise und Fotos eingegangen."),
        ("21.58 Uhr", "jlb", "Feuer unter Kontrolle", "Laut Feuerwehr ist der Brand unter Kontrolle, der Dachstock ist zerstört."),
        ("22.48 Uhr", "Red.", "Energiespartipp", "Den Kühlschrank auf 7 Grad stellen: Kälter muss er nicht sein."),
        ("20.30 Uhr", "mab", "Vier Häuser evakuiert", "Die Kantonspolizei hat die Bewohner von vier Häusern in Sicherheit gebracht."),
    ]  # fmt: skip
    feed = "".join(
        f'<div class="fn-ticker__entry"><div class="fn-ticker__meta"><b>{clock}</b> '
        f"<span>{initials}</span></div><h3>{title}</h3><p>{text}</p></div>"
        for clock, initials, title, text in entries
    )
    html = (
        '<html lang="de"><body><article><h1>Ticker: Grossbrand im Auquartier</h1>'
        "<p>Im Auquartier ist am Sonntagabend in einem Altstadthaus ein Feuer ausgebrochen, die "
        f'Feuerwehr ist mit einem Grossaufgebot vor Ort.</p><div class="fn-ticker">{feed}</div>'
        "</article></body></html>"
    )
    fetched = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
    article = extract_article(html, url="https://x.test/a", fetched_at=fetched)
    # Without a list to tell them apart, the site's items are entries too; the feed is found.
    assert [b.label for b in article.blocks] == [clock for clock, *_ in entries]
    assert article.blocks[0].paragraphs == (entries[0][2], entries[0][3])


def test_a_french_clock_is_a_24_hour_one_even_below_a_later_clock() -> None:
    """ "11 h 38" under an entry stamped "11 h 59" is the morning: only a 12-hour clock without
    a.m. or p.m. could be read as the evening."""
    from monitor.markers.stamps import resolve_stamp

    zone = "-10:00"
    earlier = datetime(2026, 12, 6, 11, 59, tzinfo=ZoneInfo("Pacific/Tahiti"))
    reference = datetime(2026, 12, 6, 7, 45, tzinfo=ZoneInfo("Pacific/Tahiti"))
    for stamp in ("11 h 38", "11h38", "11.38 Uhr", "11:38 horas"):
        when = resolve_stamp(stamp, reference=reference, default_zone=zone, previous=earlier)
        assert when is not None and (when.hour, when.minute) == (11, 38), stamp
    when = resolve_stamp("11:38", reference=reference, default_zone=zone, previous=earlier)
    assert when is not None and when.hour == 23  # an English clock may be a 12-hour one


def test_a_dated_byline_beside_the_updated_line_is_a_dateline() -> None:
    line = "Rédigé par la rédaction le Dimanche 6 Décembre 2026 à 07:45 | Dernière mise à jour : 11 h 38"
    assert read_dateline(line) is not None
    assert (
        read_dateline("By Jane Roe on Dec. 6, 2026 at 9:05 a.m. | Updated 11:38 a.m.") is not None
    )
    # A sentence beside it is no byline.
    sentence = (
        "Par ailleurs, la préfecture a fermé le pont le 6 décembre à 07:45 | Mis à jour 11 h 38"
    )
    assert read_dateline(sentence) is None


@pytest.mark.parametrize(
    ("lead", "label", "stamp"),
    [
        ("<p><b>1:20 p.m. update:</b> Tow crews have reached the trucks.</p>", "1:20 p.m. update", "1:20 p.m."),
        ("<h3>2:35 p.m. update</h3><p>Tow crews have reached the trucks.</p>", "2:35 p.m. update", "2:35 p.m."),
        ("<h3>Point de situation à 17 h 05</h3><p>Tow crews have reached the trucks.</p>", "Point de situation à 17 h 05", "17 h 05"),
        ("<p><strong>7:40 p.m. update</strong> Tow crews have reached the trucks.</p>", "7:40 p.m. update", "7:40 p.m."),
    ],
)  # fmt: skip
def test_a_stamp_then_the_word_update_opens_an_update(lead: str, label: str, stamp: str) -> None:
    (block,) = _article(_STORY_HTML + lead).blocks
    assert (block.kind, block.label, block.timestamp_raw) == (BlockKind.UPDATE, label, stamp)
    assert block.paragraphs == ("Tow crews have reached the trucks.",)


def test_a_bold_clock_and_update_run_into_prose_without_a_separator_is_prose() -> None:
    body = _STORY_HTML + "<p><b>2:35 p.m. update</b> figures show the storm moved east.</p>"
    assert _article(body).blocks == ()


def test_a_heading_that_is_a_day_and_a_clock_titles_a_one_paragraph_update() -> None:
    """Charente Libre style: "<h3>Dimanche, 22 h 20</h3>" and the note, then the story goes on
    under no heading of its own."""
    story = [f"<p>{text}</p>" for text in STORY]
    body = (
        "".join(story[:2])
        + "<h3>Dimanche, 22 h 20</h3><p>La Charente a atteint 4,81 mètres à Saint-Cybard.</p>"
        + "".join(story[2:])
    )
    article = _article(body)
    (block,) = article.blocks
    assert (block.kind, block.label) == (BlockKind.UPDATE, "Dimanche, 22 h 20")
    assert block.timestamp_raw == "22 h 20"  # read on the page's day, in the page's zone
    assert block.paragraphs == ("La Charente a atteint 4,81 mètres à Saint-Cybard.",)
    assert article.paragraphs == tuple(STORY)


def test_a_heading_that_is_a_day_and_a_worded_clock_titles_an_update_too() -> None:
    body = f"<p>{STORY[0]}</p><h3>Sunday, noon</h3><p>The bridge reopened.</p><p>{STORY[1]}</p>"
    article = _article(body)
    assert [(b.label, b.paragraphs) for b in article.blocks] == [
        ("Sunday, noon", ("The bridge reopened.",))
    ]
    assert article.paragraphs == STORY[:2]


_STAMPS = ["11 h 38", "9h15", "22.35 Uhr", "10:30 horas", "4.05pm", "noon", "12:00 a.m.",
           "25:61", "Sunday, noon", "Dimanche, 22 h 20", "6. Dezember, 21.10 Uhr", ""]  # fmt: skip
_STAMP_WORDS = ["update", "UPDATE", "Point de situation à", "mise à jour", "Stand", "as of", ""]


def _stamped_page(rng: random.Random) -> str:
    """A page of the marker forms a feed or a story may mix: stamped headings and bold leads in
    either order, feed items with <time> (good and broken datetimes), dated bylines, and a
    JSON-LD list of updates some of whose dates are not dates."""
    parts = []
    for _ in range(rng.randint(1, 8)):
        stamp, word = rng.choice(_STAMPS), rng.choice(_STAMP_WORDS)
        item_class = rng.choice(["direct-item", "fn-ticker__entry", "x"])
        when = f"2026-12-06T{rng.randint(0, 30):02d}:{rng.randint(0, 70):02d}:00-10:00"
        parts.append(
            rng.choice([
                f"<h3>{stamp} {word}</h3><p>The bridge reopened to traffic today.</p>",
                f"<p><b>{stamp} {word}:</b> The road reopened at {stamp}.</p>",
                f'<li class="{item_class}"><time datetime="{when}">{stamp}</time>'
                "<div><p>An entry that says something long enough to be one.</p></div></li>",
                f"<h3>{word} {stamp}</h3>",
                f"<p>Rédigé par la rédaction le {stamp} | Dernière mise à jour : {stamp}</p>",
                f"<p>{STORY[0]}</p>",
            ])
        )  # fmt: skip
    dates = ["2026-12-06T11:38:00-10:00", "garbage", "", "2026-13-40T99:99:00Z"]
    updates = [
        {"@type": "BlogPosting", "datePublished": rng.choice(dates), "articleBody": "x"}
        for _ in range(rng.randint(0, 5))
    ]
    ld = json.dumps({"@type": "LiveBlogPosting", "liveBlogUpdate": updates})
    return (
        f'<html lang="fr"><head><script type="application/ld+json">{ld}</script></head><body>'
        f"<article><h1>Direct – Feu</h1><ul>{''.join(parts)}</ul></article></body></html>"
    )


def test_stamped_forms_in_any_mix_never_reach_the_catch_all_error() -> None:
    """Every such page gives an Article or an ExtractError that says why, never "could not be
    read as an article (…)", which only a bug raises."""
    rng = random.Random("stamped forms")
    for _ in range(300):
        try:
            extract_article(_stamped_page(rng), url="https://x.test/a", fetched_at=FETCHED)
        except ExtractError as error:
            assert "could not be read" not in str(error)


def test_clocked_headings_that_say_update_are_updates_among_clocked_items() -> None:
    items = (
        "<h3>3.05pm update</h3><p>The causeway has been closed in both directions.</p>"
        "<h3>5.52pm step challenge</h3><p>Walkers have logged 9,734 km between them.</p>"
        "<h3>4.40pm update</h3><p>The power company now says 6,300 homes are without power.</p>"
        "<h3>5.51pm meals count</h3><p>Volunteers have served 212 hot meals so far.</p>"
    )
    article = _article(_STORY_HTML + items)
    updates = [(b.label, b.kind) for b in article.blocks if "update" in b.label]
    assert updates == [("3.05pm update", BlockKind.UPDATE), ("4.40pm update", BlockKind.UPDATE)]


def test_an_updated_line_closing_the_story_s_wrapper_does_not_take_its_paragraph() -> None:
    # One label closing a wrapper is an "Updated at" line under the story, not a signed note:
    # only a page that signs two notes or more at their foot is read that way.
    body = f"{''.join(f'<p>{t}</p>' for t in STORY[:-1])}<div><p>{STORY[-1]}</p><p>Updated at 1:23 p.m.</p></div>"
    article = _article(body)
    assert article.paragraphs == STORY
    assert all(STORY[-1] not in block.paragraphs for block in article.blocks)


def test_a_note_that_ends_at_its_stamp_leaves_the_next_paragraph_to_the_story() -> None:
    html = (
        '<html lang="fr-FR"><head><meta property="article:published_time" '
        'content="2026-12-06T18:00:00+01:00"></head><body><article><h1>Titre</h1><div>'
        "<p>Article mis à jour le 6 décembre 2026 à 22h40</p>"
        f"{''.join(f'<p>{text}</p>' for text in STORY)}</div></article></body></html>"
    )
    fetched = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
    article = extract_article(html, url="https://x.test/a", fetched_at=fetched)
    assert article.paragraphs == STORY
    assert [(b.kind, b.label) for b in article.blocks] == [
        (BlockKind.UPDATE, "Article mis à jour le 6 décembre 2026 à 22h40")
    ]


def _beside(box: str) -> Article:
    """A page whose <article> holds the story's element among its furniture (a standfirst, a
    byline, share tools), with ``box`` and a sidebar beside the article: the story's element is
    the container, and the box is not joined to it as a run of the story."""
    html = (
        '<html lang="en-US"><body><header><a href="/">Home</a></header><main><article>'
        '<h1>Headline</h1><p class="standfirst">A summary line that sits above the story.</p>'
        '<div class="byline">By <a href="/staff/ada">Ada Reporter</a></div>'
        f'<div class="story-body">{_STORY_HTML}</div>'
        f'<div class="share-tools"><a href="#">Share</a></div></article>{box}'
        '<aside class="rail"><h2>Most read</h2><ul><li><a href="/1">Another story people read '
        "today at length</a></li></ul></aside></main></body></html>"
    )
    return extract_article(html, url="https://x.test/a", fetched_at=FETCHED)


def test_a_note_titled_as_one_beside_the_article_is_the_story_s() -> None:
    box = (
        '<aside class="note-box"><h4>Editor\'s note</h4><p>Our reporter lives in one of the '
        "evacuated districts and has written from a shelter since Thursday.</p></aside>"
    )
    (block,) = _beside(box).blocks
    assert (block.kind, block.label) == (BlockKind.EDITORS_NOTE, "Editor's note")
    assert block.paragraphs[0].startswith("Our reporter lives")


@pytest.mark.parametrize(
    "box",
    [
        # The site's sidebar box of its corrections to other stories, by its class.
        '<aside class="sidebar"><h4>Corrections</h4><p>A story on Tuesday misstated the '
        "mayor's age. She is 54.</p></aside>",
        # A box beside the article that does not open with a note's title.
        '<aside class="box"><h4>Most read</h4><p>Update: the new timetable starts Monday, and '
        "buses run every ten minutes.</p></aside>",
        # The page's footer.
        "<footer><h4>Corrections</h4><p>Spotted an error? Write to the standards editor.</p>"
        "</footer>",
    ],
)
def test_a_box_beside_the_article_that_is_not_a_titled_note_adds_no_block(box: str) -> None:
    assert _beside(box).blocks == ()


def test_a_live_feed_set_in_a_description_list_is_not_counted_twice() -> None:
    entries = [
        ("2026-12-06T22:35:00+01:00", "22:35 Uhr", "Scheitel erwartet",
         "Der Scheitel der Flut wird gegen 1 Uhr erwartet, teilt der Landesbetrieb mit."),
        ("2026-12-06T21:30:00+01:00", "21:30 Uhr", "Brücke gesperrt",
         "Die Polizei hat die Brücke für Fußgänger und Radfahrer gesperrt."),
    ]  # fmt: skip
    updates = ",".join(
        f'{{"@type":"BlogPosting","headline":"{head}","articleBody":"{text}",'
        f'"datePublished":"{iso}"}}'
        for iso, _, head, text in entries
    )
    items = "".join(
        f'<dt><time datetime="{iso}">{clock}</time></dt><dd><p><strong>{head}</strong></p>'
        f"<p>{text}</p></dd>"
        for iso, clock, head, text in entries
    )
    html = (
        '<html lang="de-DE"><head><script type="application/ld+json">{"@type":"LiveBlogPosting",'
        f'"headline":"Liveticker: Sturmflut","liveBlogUpdate":[{updates}]}}</script></head><body>'
        "<main><article><h1>Liveticker: Sturmflut</h1><p>Die Sturmflut erreicht am Abend die "
        f"Küste, die Fähren fahren nicht.</p><dl>{items}</dl></article></main></body></html>"
    )
    article = extract_article(html, url="https://x.test/a", fetched_at=FETCHED)
    assert len(article.blocks) == len(entries)


def test_a_chronology_inside_the_story_s_element_is_the_body_s_text_once() -> None:
    # A clocked list inside the story is left to the body, as a clocked <li> list is: its lines
    # must not stand twice, once as paragraphs and once as update blocks.
    chronology = (
        "<dl><dt>Sunday, Dec. 6, 11:15 p.m.</dt><dd>Snowploughs reached the closed section of "
        "the pass road.</dd><dt>Sunday, Dec. 6, 9:40 p.m.</dt><dd>Police stopped all traffic "
        "onto the pass road.</dd></dl>"
    )
    article = _article(_STORY_HTML + chronology)
    texts = [*article.paragraphs, *(p for b in article.blocks for p in b.paragraphs)]
    assert len(texts) == len(set(texts))
    assert "Police stopped all traffic onto the pass road." in texts


@pytest.mark.parametrize(
    ("stamp", "label"),
    [
        ("<em>(ergänzt um 21.05 Uhr)</em>", "ergänzt um 21.05 Uhr"),
        ("(Updated 9.05pm)", "Updated 9.05pm"),
        ("<i>(mis à jour à 21 h 05)</i>", "mis à jour à 21 h 05"),
        ("(aggiornato alle 21.05)", "aggiornato alle 21.05"),
    ],
)
def test_a_paragraph_that_ends_with_its_update_stamp_is_that_update(stamp: str, label: str) -> None:
    added = "The motorway exit was closed to heavy lorries as well, the operator said."
    story = "".join(f"<p>{text}</p>" for text in STORY[:-1])
    html = (
        '<html lang="en"><head><meta property="article:published_time" '
        'content="2026-12-06T18:02:00+01:00"></head><body><article><h1>Headline</h1><div>'
        f"{story}<p>{added} {stamp}</p><p>{STORY[-1]}</p></div></article></body></html>"
    )
    fetched = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
    article = extract_article(html, url="https://x.test/a", fetched_at=fetched)
    (block,) = article.blocks
    assert (block.kind, block.label, block.paragraphs) == (BlockKind.UPDATE, label, (added,))
    assert block.timestamp is not None and (block.timestamp.hour, block.timestamp.minute) == (21, 5)
    assert article.paragraphs == STORY


@pytest.mark.parametrize(
    "stamp", ["(Stand: 22.45 Uhr)", "(gezählt um 22.54 Uhr)", "(prices at 10.45pm)", "(Updated)"]
)
def test_a_paragraph_that_ends_with_another_stamp_is_story_text(stamp: str) -> None:
    line = f"Petrol cost 1.88 a litre at the station on the high street. {stamp}"
    article = _article(f"{_STORY_HTML}<p>{line}</p>")
    assert article.blocks == ()
    assert article.paragraphs == (*STORY, line)


@pytest.mark.parametrize(
    "stamp", ["6. Dezember 2026 – 17:20 Uhr (Brasília-Zeit)", "Sunday, Dec. 6, 2026, 5:20 p.m."]
)
def test_a_dated_heading_after_the_story_heads_an_update(stamp: str) -> None:
    added = "The ring road is open again in one direction; water still covers two lanes."
    story = "".join(f"<p>{text}</p>" for text in _LONG_STORY)
    html = (
        '<html lang="en"><head><meta property="article:published_time" '
        'content="2026-12-06T14:02:00-03:00"></head><body><article><h1>Headline</h1><div>'
        f"{story}<h4>{stamp}</h4><p>{added}</p></div></article></body></html>"
    )
    fetched = datetime(2026, 12, 6, 23, 0, tzinfo=UTC)
    article = extract_article(html, url="https://x.test/a", fetched_at=fetched)
    (block,) = article.blocks
    assert (block.kind, block.label, block.paragraphs) == (BlockKind.UPDATE, stamp, (added,))
    assert block.timestamp is not None
    assert block.timestamp.isoformat().startswith("2026-12-06T17:20")
    assert article.paragraphs == _LONG_STORY


def test_a_dated_heading_above_the_story_is_no_update() -> None:
    # Above the story the same line is the article's dateline.
    story = "".join(f"<p>{text}</p>" for text in _LONG_STORY)
    html = (
        '<html lang="en"><body><article><h1>Headline</h1><h2>Sunday, Dec. 6, 2026, 5:20 p.m.</h2>'
        f"<div>{story}</div></article></body></html>"
    )
    fetched = datetime(2026, 12, 6, 23, 0, tzinfo=UTC)
    article = extract_article(html, url="https://x.test/a", fetched_at=fetched)
    assert article.blocks == ()
    assert article.paragraphs == _LONG_STORY


# Story paragraphs long enough to read as the story (``blocks._STORY_TEXT``).
_LONG_STORY = tuple(
    f"Story paragraph {n} tells what happened on the ring road, long enough to read as story text."
    for n in range(3)
)


@pytest.mark.parametrize(
    ("label", "sentence", "kind"),
    [
        ("<strong>Reader notice:</strong>", "An earlier version of this story placed the landslip at "
         "Macqueripe.", BlockKind.CORRECTION),
        ("<em>Transparence</em> :", "dans une version précédente, nous indiquions que la RN5 était "
         "coupée.", BlockKind.CORRECTION),
        ("<b>Zum Stand der Dinge:</b>", "Dieser Artikel wird fortlaufend ergänzt.", BlockKind.UPDATE),
    ],
)  # fmt: skip
def test_a_note_under_a_label_of_the_newsroom_s_own_is_a_note(
    label: str, sentence: str, kind: BlockKind
) -> None:
    article = _article(f"{_STORY_HTML}<p>{label} {sentence}</p>")
    (block,) = article.blocks
    assert block.kind is kind and block.paragraphs == (sentence,)
    assert block.label.rstrip(" :") == normalize_text(re.sub("<[^>]+>", "", label)).rstrip(" :")
    assert article.paragraphs == STORY


def test_a_labelled_story_paragraph_is_story_text() -> None:
    line = "<strong>Background:</strong> The bridge was built in 1932 and widened in 1978."
    article = _article(f"{_STORY_HTML}<p>{line}</p>")
    assert article.blocks == ()
    assert article.paragraphs[-1] == "Background: The bridge was built in 1932 and widened in 1978."
