"""Splitting units into body paragraphs and update blocks; resolving stamps; stable block ids.

A block starts at a unit that carries a marker — a labelled lead ("UPDATE: 3:30pm EST—",
"Correction:"), a site-rule marker, an unlabelled note sentence ("An earlier version of this
article …"), a wire advisory line, or the first unit of an update box with no label. It ends:

* at the next marker, or when its box ends (box blocks hold exactly their box);
* for blocks that sit *above* the body (prepended, newest-first pages): where
  ``monitor.extract.prepended`` finds their end (a separator line such as "Original story:",
  an <hr>, the next marker, a wire lede or a dateline line), else after one paragraph — so the
  story below is never swallowed;
* after one paragraph for correction / clarification / editor's-note blocks;
* at an <hr>; at any heading when the block began at a lead ("What we know so far" after a
  bold "UPDATE 7:10 p.m. ET:"), at a heading of the same or higher level when it began at one;
* otherwise at the end of the container (appended updates run to the end).

Not text at all: noise lines, bare stamps, dateline lines ("Published 5:10 p.m. ET | Updated
6:15 p.m. ET", see ``monitor.extract.lines``) and boilerplate sections (a "Related coverage" or
newsletter heading and the short lines under it).

Block ids (``UpdateBlock.id``), stable across revisions of one page:

1. ``f"{kind}-{timestamp.isoformat()}"`` when the stamp resolved
   ("update-2020-01-03T15:30:00-05:00");
2. else the slug of the label ("Update 2:" → "update-2"; "Editor's note:" → "editor-s-note");
3. else, for unlabelled notes, the kind ("correction", "editors-note");
4. else ``"block-" + short hash`` of the first paragraph (compare-normalised, so a quote-style
   edit keeps the id).

Collisions get "-2", "-3", … in page order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from monitor.extract.dom import Unit
from monitor.extract.lines import Dateline, is_boilerplate_heading, read_dateline
from monitor.extract.metadata import parse_datetime
from monitor.extract.normalize import is_noise_line, normalize_text, short_hash, slugify
from monitor.extract.prepended import Item, plan_prepended
from monitor.markers import (
    Marker,
    could_open_block,
    is_advisory,
    is_bare_stamp,
    match_marker,
    match_note,
    resolve_stamp,
    zone_from_name,
)
from monitor.model import BlockKind, StruckSpan, UpdateBlock

_STAMP_IN_LABEL = re.compile(r"\d")
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_LONGEST_BOILERPLATE_LINE = 200  # a link title or sign-up prompt; longer lines are story text


@dataclass(slots=True)
class RawBlock:
    kind: BlockKind
    label: str
    stamp: str | None
    paragraphs: list[str] = field(default_factory=list)
    struck: list[tuple[int, str, str | None]] = field(default_factory=list)
    fixed_time: datetime | None = None  # live entries: <time datetime>, already exact
    box: int = 0
    heading_level: int = 0
    single: bool = False
    above_body: bool = False
    until: int = 0  # a prepended block: the index of the item that ends it (0: no such plan)

    def add(self, unit: Unit, text: str | None = None) -> None:
        if unit.struck:
            index = len(self.paragraphs)
            self.struck.extend((index, s.text, s.datetime_attr) for s in unit.struck)
        body = unit.text if text is None else text
        if body:
            self.paragraphs.append(body)


@dataclass(slots=True)
class Segmented:
    paragraphs: list[str] = field(default_factory=list)
    struck: list[tuple[int, str, str | None]] = field(default_factory=list)
    blocks: list[RawBlock] = field(default_factory=list)


def unit_marker(unit: Unit, rule: re.Pattern[str] | None) -> Marker | None:
    """The marker a unit opens with, preferring the emphasised lead as the label's extent."""
    text = unit.text
    if rule is not None:
        found = rule.match(text)
        if found is not None:
            groups = found.groupdict()
            label = (groups.get("label") or found[0]).strip()
            stamp = groups.get("stamp")
            if stamp is None:
                inner = match_marker(label)
                stamp = inner.stamp if inner else None
            return Marker(BlockKind.UPDATE, label, stamp, text[found.end() :].strip())
    if unit.lead:
        lead_marker = match_marker(unit.lead)
        if lead_marker is not None:
            after = text[len(unit.lead) :] if text.startswith(unit.lead) else ""
            rest = normalize_text(f"{lead_marker.rest} {after}")
            return Marker(lead_marker.kind, lead_marker.label, lead_marker.stamp, rest)
    if not could_open_block(text):  # story prose: one pattern instead of the three below
        return None
    found_marker = match_marker(text)
    if found_marker is not None:
        return found_marker
    if unit.italic or unit.box or len(text) < 600:
        note = match_note(text)
        if note is not None:
            return note
    if is_advisory(text):
        return Marker(BlockKind.EDITORS_NOTE, "", None, text)
    return None


def segment(units: list[Unit], *, title: str | None, rule: re.Pattern[str] | None) -> Segmented:
    items, after_dateline = _text_items(units, title, rule)
    ends, dropped, replaced = plan_prepended(items, after_dateline)
    out = Segmented()
    current: RawBlock | None = None
    last_box = 0
    for index, (original, marker) in enumerate(items):
        if dropped and index in dropped:
            continue
        unit = replaced.get(index, original) if replaced else original
        new_box = unit.box != 0 and unit.box != last_box
        last_box = unit.box
        if current is not None and _ends(current, index, unit, marker, new_box):
            current = None
        if marker is None and new_box and unit.box_kind is not None:
            marker = Marker(unit.box_kind, "", None, unit.text)
        if marker is not None:
            current = RawBlock(
                kind=marker.kind,
                label=marker.label,
                stamp=marker.stamp,
                box=unit.box,
                heading_level=unit.heading_level,
                above_body=not out.paragraphs,
                until=ends.get(index, 0) if ends else 0,
            )
            current.single = (
                not unit.box
                and not current.until
                and (
                    marker.kind is not BlockKind.UPDATE
                    or (current.above_body and not unit.heading_level)
                )
            )
            current.add(unit, marker.rest)
            out.blocks.append(current)
            if current.single and current.paragraphs:
                current = None
            continue
        if current is not None:
            current.add(unit)
            if current.single:
                current = None
            continue
        if unit.struck:  # rare: skip building a generator for every paragraph
            paragraph = len(out.paragraphs)
            out.struck.extend((paragraph, s.text, s.datetime_attr) for s in unit.struck)
        if unit.text:
            out.paragraphs.append(unit.text)
    out.blocks = [b for b in out.blocks if b.paragraphs or b.struck]
    return out


def _text_items(
    units: list[Unit], title: str | None, rule: re.Pattern[str] | None
) -> tuple[list[Item], frozenset[int]]:
    """The units that are text, with their markers; and the indices of the items that directly
    follow a dateline line (which is left out as noise)."""
    items: list[Item] = []
    after_dateline: set[int] = set()
    boilerplate_level = 0  # inside a "Related coverage" section opened by a heading of this level
    last_text = next((i for i in range(len(units) - 1, -1, -1) if units[i].text), -1)
    story_started = False
    for index, unit in enumerate(units):
        if _is_furniture_text(unit, title):
            continue
        dateline = read_dateline(unit.text)
        if dateline is not None and _is_dateline(dateline, unit, story_started, index == last_text):
            after_dateline.add(len(items))
            continue
        marker = unit_marker(unit, rule) if unit.text else None
        if boilerplate_level:
            if not _ends_boilerplate(unit, marker, boilerplate_level):
                continue
            boilerplate_level = 0
        if marker is None and unit.tag in _HEADING_TAGS and is_boilerplate_heading(unit.text):
            boilerplate_level = unit.heading_level
            continue
        items.append((unit, marker))
        story_started = story_started or (marker is None and len(unit.text) >= _STORY_TEXT)
    return items, frozenset(after_dateline)


_STORY_TEXT = 80  # a paragraph this long is story text, not a byline, a dateline or a caption


def _is_dateline(dateline: Dateline, unit: Unit, story_started: bool, is_last: bool) -> bool:
    """A "Published …"/"Last updated …" line is always a dateline. A bare "Updated 6:15 p.m. ET"
    is one only where datelines sit, above the story or as the page's last line, and when it is
    not set off like a marker; after story text with more text following, it opens an update."""
    if dateline is Dateline.CERTAIN:
        return True
    if _set_off(unit):
        return False
    return not story_started or is_last


def _set_off(unit: Unit) -> bool:
    """Bold, a heading, or in an update box: how a marker line stands out, and a dateline
    does not."""
    return bool(unit.box or unit.heading_level) or unit.lead == unit.text


def _ends_boilerplate(unit: Unit, marker: Marker | None, level: int) -> bool:
    """Whether ``unit`` is past a boilerplate section: a heading as high as the section's, an
    <hr>, an update box or a marker, or a paragraph as long as story text."""
    heading = unit.heading_level
    return (
        bool(heading and heading <= level)
        or unit.after_rule
        or bool(unit.box)
        or marker is not None
        or len(unit.text) > _LONGEST_BOILERPLATE_LINE
    )


def _is_furniture_text(unit: Unit, title: str | None) -> bool:
    text = unit.text
    if not text:
        return not unit.struck
    if title is not None and unit.heading_level and text == title:
        return True
    # Noise lines and bare stamps are short: a story paragraph skips both patterns.
    return len(text) < 80 and (is_noise_line(text) or is_bare_stamp(text))


def _ends(block: RawBlock, index: int, unit: Unit, marker: Marker | None, new_box: bool) -> bool:
    if marker is not None or new_box:
        return True
    if block.box:
        return unit.box != block.box
    if unit.box or unit.after_rule:
        return True
    if block.until:
        return index >= block.until
    level = unit.heading_level
    if not level:
        return False
    # A heading ends a block opened by a lead ("What we know so far" after "UPDATE 7:10 p.m.:
    # …"); a block opened by a heading runs over lower-level headings inside it.
    return not block.heading_level or level <= block.heading_level


# ---------------------------------------------------------------------------------------------
# Finishing: timestamps, ids, struck spans.


@dataclass(frozen=True, slots=True)
class TimeContext:
    reference: datetime
    zone: str | None  # IANA name or "+HH:MM"
    day_first: bool | None
    latest: datetime | None = None  # when the page was fetched: no stamp is much later


def finish(
    raw: list[RawBlock], context: TimeContext, *, newest_first: bool
) -> tuple[list[UpdateBlock], list[StruckSpan]]:
    times = _resolve_all(raw, context, newest_first=newest_first)
    blocks: list[UpdateBlock] = []
    struck: list[StruckSpan] = []
    seen: dict[str, int] = {}
    zone = zone_from_name(context.zone) if context.zone else None
    for block, when in zip(raw, times, strict=True):
        block_id = _dedupe(_base_id(block, when), seen)
        blocks.append(
            UpdateBlock(
                id=block_id,
                kind=block.kind,
                label=block.label,
                paragraphs=tuple(block.paragraphs),
                timestamp=when,
                timestamp_raw=block.stamp,
            )
        )
        struck.extend(
            StruckSpan(text, block_id, index, parse_datetime(attr, zone))
            for index, text, attr in block.struck
        )
    return blocks, struck


def _resolve_all(
    raw: list[RawBlock], context: TimeContext, *, newest_first: bool
) -> list[datetime | None]:
    times: list[datetime | None] = [None] * len(raw)
    zone = zone_from_name(context.zone) if context.zone else None
    order = range(len(raw) - 1, -1, -1) if newest_first else range(len(raw))
    previous: datetime | None = None
    for index in order:
        block = raw[index]
        when = block.fixed_time
        if when is not None and zone is not None:
            when = when.astimezone(zone)  # a <time datetime> in UTC, shown in the page's zone
        elif when is None and block.stamp:
            when = resolve_stamp(
                block.stamp,
                reference=context.reference,
                default_zone=context.zone,
                previous=previous if block.kind is BlockKind.UPDATE else None,
                day_first=context.day_first,
                latest=context.latest,
            )
        times[index] = when
        if when is not None and block.kind in (BlockKind.UPDATE, BlockKind.LIVE_ENTRY):
            previous = when
    return times


def _base_id(block: RawBlock, when: datetime | None) -> str:
    if when is not None:
        return f"{block.kind}-{when.isoformat()}"
    slug = slugify(block.label)
    if slug:
        return slug
    if block.kind is not BlockKind.UPDATE and block.kind is not BlockKind.LIVE_ENTRY:
        return slugify(str(block.kind))
    first = block.paragraphs[0] if block.paragraphs else " ".join(t for _, t, _ in block.struck)
    return f"block-{short_hash(first)}"


def _dedupe(base: str, seen: dict[str, int]) -> str:
    count = seen.get(base, 0) + 1
    seen[base] = count
    return base if count == 1 else f"{base}-{count}"
