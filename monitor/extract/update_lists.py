"""Update lists in a box above or beside the story: list items that each open with a clock
("<li><b>10h12</b> La préfecture lève l'alerte</li>"), often in a sidebar the body container
leaves out. Each item is one entry; its time is the clock in the page's zone.

A list counts when at least two of its items, and all of them, open with a clock and say
something after it, and its text is not mostly links (a "latest news" ticker of other stories
is). Lists inside navigation, the page header or footer are never update lists, and lists
whose items the body or the live entries already hold are left to them. Nor is a list set
between two of the story's paragraphs: a story's own list of updates sits above or beside its
text, and a clocked list inside it is a box's (a police log, a departure board).
"""

from __future__ import annotations

import re

from monitor.extract.blocks import RawBlock, is_playlist, stamp_of_an_item
from monitor.extract.boxes import is_story_paragraph
from monitor.extract.dom import Node, Unit, has_ancestor_in, link_text_length, select
from monitor.extract.normalize import normalize_text
from monitor.markers.clocks import could_open_clock, match_clock_lead
from monitor.model import BlockKind

_MIN_ITEMS = 2
_MAX_LISTS = 1_000
_PAGE_FRAME = frozenset(["nav", "header", "footer", "menu"])


def with_update_lists(
    tree: Node,
    units: list[Unit],
    found: list[RawBlock],
    entries: frozenset[int] = frozenset(),
    story: Node | None = None,
) -> list[RawBlock]:
    """``found`` (the page's other blocks) after one LIVE_ENTRY block per item of each update
    list outside the body, in page order. A list whose items are live entries already (a live
    blog's entries in <li> elements, or ``entries``, the mem_ids of those found) adds nothing,
    and neither does one set between the paragraphs of ``story`` (the body's element)."""
    known: set[str] | None = None
    blocks: list[RawBlock] = []
    for first in select(tree, "li:first-child")[:_MAX_LISTS]:
        items = _items_if_clocked(first)
        if items and not _another_s(items, entries, story):
            if known is None:
                known = {unit.text for unit in units if unit.tag == "li"}
                known.update(text for block in found for text in block.paragraphs[:1])
            blocks.extend(_list_blocks(items, known))
    listings = select(tree, "dl")[:_MAX_LISTS]
    if listings:
        told = [text for block in found for text in block.paragraphs]
        held = {unit.text for unit in units}
        for listing in listings:
            blocks.extend(_chronology_blocks(listing, story, told, held))
    return blocks + found if blocks else found


def _chronology_blocks(
    listing: Node, story: Node | None, told: list[str], held: set[str]
) -> list[RawBlock]:
    """A description list of stamped terms, each over what happened then ("<dt>Sonntag, 6.
    Dezember, 21.40 Uhr</dt><dd>Die Polizei …</dd>"): a chronology of the story's updates, one
    block per term, when every term is a stamp with a clock and every description says
    something in its own words (not a list of links) that no block ``told`` already (a live
    feed set in a description list, found as entries) and that is not one of the body's units
    (``held``: a list inside the story's element is the body's, as a clocked <li> list is)."""
    pairs: list[tuple[str, Node]] = []
    term: str | None = None
    for child in listing.iter():
        if child.tag == "dt":
            term = normalize_text(child.text(deep=True))
        elif child.tag == "dd" and term is not None:
            pairs.append((term, child))
            term = None
    if len(pairs) < _MIN_ITEMS or _in_page_frame(listing):
        return []
    if story is not None and set_in_story(pairs[0][1], story):
        return []
    blocks = []
    for stamp, description in pairs:
        text = normalize_text(description.text(deep=True, separator=" "))
        if not (stamp_of_an_item(stamp) and text) or _mostly_links(description, text):
            return []
        if text in held or any(paragraph in text for paragraph in told):
            return []
        block = RawBlock(kind=BlockKind.UPDATE, label=stamp, stamp=stamp)
        block.paragraphs.append(text)
        blocks.append(block)
    return blocks


def _another_s(items: list[Node], entries: frozenset[int], story: Node | None) -> bool:
    """Whether a clocked list is not the story's list of updates: live entries found already,
    a box set between the story's paragraphs, or the site's alerts or news by their title."""
    return (
        not entries.isdisjoint(item.mem_id for item in items)
        or (story is not None and set_in_story(items[0], story))
        or _titled_as_the_site_s_news(items[0])
    )


def _titled_as_the_site_s_news(first: Node) -> bool:
    """A list under a title that names the site's alerts or news ("Tribune alerts today",
    "Nos alertes de ce dimanche", "Ultime notizie"): other stories by the clock, not this
    story's updates."""
    title = first.parent.prev if first.parent is not None else None
    for _ in range(3):  # past the blank text between them
        if title is None or title.is_element_node:
            break
        title = title.prev
    if title is None or title.tag in ("ul", "ol", "li"):
        return False
    text = normalize_text(title.text(deep=True)[:200])
    return len(text) <= _LONGEST_TITLE and _SITE_NEWS_TITLE.search(text) is not None


_LONGEST_TITLE = 60
# The site's alerts and news by name; a title that speaks of updates or live coverage is the
# story's own ("Latest updates", "Live: …").
_SITE_NEWS_TITLE = re.compile(
    r"^(?!.*\b(?:updates?|live|aktualisierung\w*|mises?\s+à\s+jour|aggiornament\w+"
    r"|actualizaciones|atualizações)\b)"
    r".*\b(?:alerts?|breaking\s+news|top\s+stories|headlines|latest\s+news|more\s+news|news\s+in\s+brief"
    r"|eilmeldungen|push-?meldungen|nachrichten|schlagzeilen|alertes|actualités|en\s+bref"
    r"|ultime\s+notizie|notizie|in\s+breve|titulares|últimas\s+noticias)\b",
    re.IGNORECASE,
)


def _items_if_clocked(first: Node) -> list[Node]:
    """The items of the list ``first`` opens, when it opens like a clock: most lists (menus,
    links) are turned down by their first item's first characters."""
    if not could_open_clock(first.text(deep=True)[:40].strip()) or first.parent is None:
        return []
    items = [child for child in first.parent.iter() if child.tag == "li"]
    return items if len(items) >= _MIN_ITEMS else []


def _list_blocks(items: list[Node], known: set[str]) -> list[RawBlock]:
    blocks = []
    for item in items:
        text = normalize_text(item.text(deep=True))  # as the body's units join it
        if not could_open_clock(text) or text in known:
            return []
        # Spaced: a clock in a <span> before a <div> of text is not one word with it.
        lead = match_clock_lead(normalize_text(item.text(deep=True, separator=" ")))
        if lead is None or not lead.rest or lead.rest in known or _mostly_links(item, text):
            return []
        block = RawBlock(kind=BlockKind.LIVE_ENTRY, label=lead.label, stamp=lead.stamp)
        block.paragraphs.append(lead.rest)
        blocks.append(block)
    if _in_page_frame(items[0]) or is_playlist([(b.label, b.paragraphs[0]) for b in blocks]):
        return []
    if all(_FEED_ROW.match(b.paragraphs[0]) for b in blocks):
        return []
    return blocks


# A row of another service's feed: after the clock, its source set off by a dot or a bar
# ("22.48 · Kanton Schwyz · Information: …", "16:05 | Polizei Wien | …"): an alert or wire
# feed in a box, not the story's own updates, which say what happened after the clock.
_FEED_ROW = re.compile(r"[\s·•|]*[^\s·•|][^·•|]{1,40}?\s[·•|]\s")


def _mostly_links(item: Node, text: str) -> bool:
    linked = link_text_length(item)
    return 2 * linked > len(text)


def _in_page_frame(node: Node) -> bool:
    parent = node.parent
    for _ in range(200):
        if parent is None or parent.tag in ("body", "html"):
            return False
        if parent.tag in _PAGE_FRAME:
            return True
        parent = parent.parent
    return False


def set_in_story(item: Node, story: Node) -> bool:
    """Whether the list holding ``item`` sits inside ``story`` with a story paragraph above it
    and one below it. A story's own list of updates is set above or beside its text; a clocked
    list between its paragraphs is a box's: a police log, a departure board, another story's
    latest lines."""
    listing = item.parent
    if listing is None or not has_ancestor_in(listing, {story.mem_id}):
        return False  # most lists of clocks are a sidebar's or a header's: outside the story
    inside = {node.mem_id for node in listing.traverse()}
    before = after = False
    for node in story.traverse():
        if node.mem_id == listing.mem_id:
            if not before:
                return False
            after = True
            continue
        if node.mem_id not in inside and is_story_paragraph(node):
            if after:
                return True
            before = True
    return False
