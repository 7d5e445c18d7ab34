"""Update lists in a box above or beside the story: list items that each open with a clock
("<li><b>10h12</b> La préfecture lève l'alerte</li>"), often in a sidebar the body container
leaves out. Each item is one entry; its time is the clock in the page's zone.

A list counts when at least two of its items, and all of them, open with a clock and say
something after it, and its text is not mostly links (a "latest news" ticker of other stories
is). Lists inside navigation, the page header or footer are never update lists, and lists
whose items the body already holds are left to the body's own segmentation.
"""

from __future__ import annotations

from monitor.extract.blocks import RawBlock
from monitor.extract.dom import Node, Unit, select
from monitor.extract.normalize import normalize_text
from monitor.markers.clocks import could_open_clock, match_clock_lead
from monitor.model import BlockKind

_MIN_ITEMS = 2
_MAX_LISTS = 1_000
_PAGE_FRAME = frozenset(["nav", "header", "footer", "menu"])


def update_list_blocks(tree: Node, units: list[Unit]) -> list[RawBlock]:
    """One LIVE_ENTRY block per item of each update list outside the body, in page order."""
    in_body: set[str] | None = None
    blocks: list[RawBlock] = []
    for found in select(tree, "ul, ol")[:_MAX_LISTS]:
        items = _items_if_clocked(found)
        if items:
            if in_body is None:
                in_body = {unit.text for unit in units if unit.tag == "li"}
            blocks.extend(_list_blocks(items, in_body))
    return blocks


def _items_if_clocked(found: Node) -> list[Node]:
    """The list's items when its first one opens like a clock: most lists (menus, links) are
    turned down by their first item's first characters."""
    items = [child for child in found.iter() if child.tag == "li"]
    if len(items) < _MIN_ITEMS:
        return []
    head = items[0].text(deep=True)[:40].strip()
    return items if could_open_clock(head) else []


def _list_blocks(items: list[Node], in_body: set[str]) -> list[RawBlock]:
    blocks = []
    for item in items:
        text = normalize_text(item.text(deep=True))
        if not could_open_clock(text) or text in in_body:
            return []
        lead = match_clock_lead(text)
        if lead is None or not lead.rest or _mostly_links(item, text):
            return []
        block = RawBlock(kind=BlockKind.LIVE_ENTRY, label=lead.label, stamp=lead.stamp)
        block.paragraphs.append(lead.rest)
        blocks.append(block)
    return [] if _in_page_frame(items[0]) else blocks


def _mostly_links(item: Node, text: str) -> bool:
    linked = sum(len(normalize_text(a.text(deep=True))) for a in select(item, "a"))
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
