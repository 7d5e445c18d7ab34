"""Where prepended (newest-first, above the story) blocks end.

A page that puts its updates above the story rarely wraps them; what tells a reader where an
update stops and the story starts is what comes next:

* strong ends — a separator line ("Original story:", "Earlier:", "Ursprüngliche Meldung:"), a
  wire lede ("BAGHDAD (AP) — …"), or a dateline line (dropped as noise just before);
* weak ends — an <hr>, or the next marker (a newer update sits above an older one, so the text
  between two markers at the top belongs to the upper one).

``plan_prepended`` looks at most ``WINDOW`` units past each marker at the top of the container.
Without an end in reach a prepended block keeps one paragraph — the safe default that never
swallows the story. Weak ends are trusted only when at least as much text follows the prepended
region as it holds (an <hr> or an appended correction below a short story must not turn the
story into an update). The separator line is not text: it is dropped, or, when it is the bold
lead of the story's first paragraph, cut from it.
"""

from __future__ import annotations

from typing import NamedTuple

from monitor.extract.dom import Unit
from monitor.extract.lines import is_separator, opens_with_dateline_city
from monitor.markers import Marker
from monitor.model import BlockKind

_PREPENDED_KINDS = frozenset([BlockKind.UPDATE, BlockKind.LIVE_ENTRY])
WINDOW = 8  # units a prepended block may span; longer unwrapped updates stay one paragraph
_STACKED = 2  # paragraphs of a prepended update that the next marker ends


# A unit that is text (furniture already left out), with the marker it opens with. A plain
# tuple: every unit of every page becomes one, and a NamedTuple is ~5x dearer to build.
Item = tuple[Unit, Marker | None]


class Plan(NamedTuple):
    ends: dict[int, int]  # item index opening a prepended block → index of the item ending it
    dropped: frozenset[int]  # separator lines
    replaced: dict[int, Unit]  # story paragraphs with a separator lead cut off


NO_PLAN = Plan({}, frozenset(), {})


def plan_prepended(items: list[Item], after_dateline: frozenset[int]) -> Plan:
    """The ends of the prepended blocks at the top of ``items``; ``after_dateline``: indices of
    items that directly follow a dropped dateline line."""
    if not items or not _opens_prepended(items[0]):
        return NO_PLAN
    ends: dict[int, int] = {}
    start = 0
    strong = False
    region_end = 0
    for _ in range(len(items)):  # each round moves ``start`` forward
        stop, strong = _scan(items, start, after_dateline)
        if stop is None:
            region_end = _first_paragraph(items, start) + 1
            break
        ends[start] = stop
        region_end = stop
        if strong or not _opens_prepended(items[stop]):
            break
        start = stop
    if not strong:
        held = sum(end - begin for begin, end in ends.items())
        if len(items) - region_end < held:
            return NO_PLAN
        return Plan(ends, frozenset(), {})
    return _cut_separator(items, ends, region_end)


def _opens_prepended(item: Item) -> bool:
    """An update line at the top; a note (correction, editor's note) is one paragraph."""
    unit, marker = item
    return (
        marker is not None
        and marker.kind in _PREPENDED_KINDS
        and not marker.note
        and not unit.box
        and not unit.heading_level
    )


def _first_paragraph(items: list[Item], start: int) -> int:
    """The index of a block's first paragraph: the marker's own unit, or the next one when the
    marker stands alone on its line ("UPDATE 11:50 p.m.:" over the text)."""
    unit, marker = items[start]
    alone = marker is not None and not marker.rest and not unit.struck
    return min(start + 1, len(items) - 1) if alone else start


def _scan(items: list[Item], start: int, after_dateline: frozenset[int]) -> tuple[int | None, bool]:
    """(index of the item that ends the block opening at ``start``, whether the end is strong);
    (None, False) when no end is in reach."""
    first = _first_paragraph(items, start) + 1
    for index in range(first, min(len(items), first + WINDOW)):
        unit, marker = items[index]
        if marker is not None and marker.kind not in _PREPENDED_KINDS:
            return None, False  # a correction under the story is no newer update's top
        if marker is not None or unit.box:
            # The next marker past more than _STACKED paragraphs is an update inside the story
            # (heise's "Update …:" paragraphs), not the next of a stack above it.
            return (index, False) if index - first < _STACKED or unit.box else (None, False)
        if (
            is_separator(unit.text)
            or (unit.lead and is_separator(unit.lead))
            or opens_with_dateline_city(unit.text)
            or index in after_dateline
        ):
            return index, True
        if unit.after_rule:
            return index, False
        if unit.heading_level:
            return None, False  # a section the story opens with: leave the block one paragraph
    return None, False


def _cut_separator(items: list[Item], ends: dict[int, int], at: int) -> Plan:
    unit = items[at][0]
    if is_separator(unit.text):
        return Plan(ends, frozenset([at]), {})
    if unit.lead and is_separator(unit.lead) and unit.text.startswith(unit.lead):
        rest = unit.text[len(unit.lead) :].strip()
        return Plan(ends, frozenset(), {at: unit._replace(text=rest, lead="")})
    return Plan(ends, frozenset(), {})
