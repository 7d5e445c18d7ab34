"""The Atom feed: valid RFC 4287, stable entry ids, and well-formed whatever the page says."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

from digest_support import (
    CONTROLS,
    GENERATED_AT,
    every_tier_history,
    hostile_history,
    seed_history,
)

from monitor.feed import ATOM_NS, render_atom

A = f"{{{ATOM_NS}}}"
FEED_ID = "tag:monitor.example,2020:digest"


def parse(xml: str) -> ET.Element:
    return ET.fromstring(xml.encode("utf-8"))


def atom(*histories, **options) -> str:  # type: ignore[no-untyped-def]
    return render_atom(
        list(histories),
        feed_id=FEED_ID,
        title="Watched articles",
        generated_at=GENERATED_AT,
        **options,
    )


def assert_valid_atom(feed: ET.Element) -> None:
    """The RFC 4287 requirements a feed reader relies on."""
    assert feed.tag == f"{A}feed"
    for required in ("id", "title", "updated"):
        assert len(feed.findall(f"{A}{required}")) == 1, f"feed needs exactly one <{required}>"
    assert feed.find(f"{A}author/{A}name") is not None  # so entries need no author of their own
    ids = []
    for entry in feed.findall(f"{A}entry"):
        for required in ("id", "title", "updated"):
            assert len(entry.findall(f"{A}{required}")) == 1, f"entry needs one <{required}>"
        ids.append(entry.findtext(f"{A}id"))
        link = entry.find(f"{A}link")
        assert link is not None and link.get("href", "").startswith("https://")
        content = entry.find(f"{A}content")
        assert content is not None and content.get("type") == "html"
    assert len(ids) == len(set(ids)), "entry ids must be unique"


def test_seed_feed_has_one_entry_per_event_newest_first() -> None:
    feed = parse(atom(seed_history(), self_url="https://monitor.example/feed.xml"))
    assert_valid_atom(feed)
    entries = feed.findall(f"{A}entry")
    categories = [e.find(f"{A}category").get("term") for e in entries]  # type: ignore[union-attr]
    assert categories == ["retraction", "update", "update", "update", "update", "edit"]
    assert entries[0].findtext(f"{A}title", "").startswith("Disputed: 6:35pm EST → 7:10pm EST")
    updated = [e.findtext(f"{A}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)  # type: ignore[type-var]
    assert feed.findtext(f"{A}updated") == "2020-01-04T00:15:00+00:00"
    self_link = feed.find(f"{A}link[@rel='self']")
    assert self_link is not None and self_link.get("href") == "https://monitor.example/feed.xml"


def test_entry_content_is_an_html_diff() -> None:
    feed = parse(atom(every_tier_history()))
    contents = [e.findtext(f"{A}content", "") for e in feed.findall(f"{A}entry")]
    assert any("<del>Two</del><ins>At least 12</ins>" in html for html in contents)
    assert any("<del>It is very possible" in html for html in contents)
    titles = [e.findtext(f"{A}title", "") for e in feed.findall(f"{A}entry")]
    assert not any("cosmetic" in title.lower() for title in titles)
    assert len(titles) == 4  # walk-back, silent edit, new update, loud edit; cosmetics left out


def test_entry_ids_are_stable_and_scoped_to_the_feed() -> None:
    first = parse(atom(seed_history()))
    later = parse(
        render_atom(
            [seed_history()],
            feed_id=FEED_ID,
            title="Renamed",
            generated_at=GENERATED_AT + timedelta(hours=5),
        )
    )
    other = parse(
        render_atom([seed_history()], feed_id="urn:other", title="x", generated_at=GENERATED_AT)
    )

    def ids(feed: ET.Element) -> list[str | None]:
        return [e.findtext(f"{A}id") for e in feed.findall(f"{A}entry")]

    assert ids(first) == ids(later)
    assert set(ids(first)).isdisjoint(ids(other))
    assert all(entry_id and entry_id.startswith("urn:uuid:") for entry_id in ids(first))


def test_empty_feed_is_valid_and_dated_by_generation() -> None:
    feed = parse(atom())
    assert_valid_atom(feed)
    assert feed.findall(f"{A}entry") == []
    assert feed.findtext(f"{A}updated") == GENERATED_AT.isoformat()


def test_hostile_text_leaves_the_feed_well_formed_and_inert() -> None:
    xml = atom(hostile_history(), seed_history())
    for control in CONTROLS:
        assert control not in xml
    assert "<script>" not in xml  # content is escaped HTML inside escaped XML
    feed = parse(xml)  # raises on anything malformed: ]]>, &, illegal characters
    assert_valid_atom(feed)
    html = "".join(e.findtext(f"{A}content", "") for e in feed.findall(f"{A}entry"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    for control in CONTROLS:
        assert control not in html


def test_characters_illegal_in_xml_are_dropped() -> None:
    lone_surrogate = "\udcff"  # what surrogateescape decoding leaves behind
    xml = render_atom(
        [seed_history()],
        feed_id=FEED_ID + lone_surrogate,
        title=f"Title\ufffe{lone_surrogate}\x0b",
        generated_at=GENERATED_AT,
    )
    feed = parse(xml)
    assert feed.findtext(f"{A}title") == "Title"
    assert feed.findtext(f"{A}id") == FEED_ID
