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

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from monitor.extract.dom import Unit
from monitor.extract.lines import (
    Dateline,
    is_boilerplate_heading,
    is_sign_off_promo,
    read_dateline,
)
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
    named_kind,
    resolve_stamp,
    tells_of_an_earlier_version,
    trailing_update,
    zone_from_name,
)
from monitor.markers.clocks import CLOCK_FIRST_CHARS, could_open_clock, match_clock_lead
from monitor.markers.grammar import could_hold_stamp, find_stamp, match_stamp
from monitor.markers.stamps import clock_minutes, writes_24_hour
from monitor.model import BlockKind, StruckSpan, UpdateBlock

_STAMP_IN_LABEL = re.compile(r"\d")
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_LONGEST_BOILERPLATE_LINE = 200  # a link title or sign-up prompt; longer lines are story text
_SEPARATORS = " :|–—-"
# Entries marked only by a clock ("17.00", "<b>4.05pm</b>", "<h3>Ore 17.30 – …</h3>") are a
# live blog's only when a page has several: one clock lead is as likely a figure of the story.
_MIN_CLOCK_ENTRIES = 2
_CREDIT = re.compile(
    r"""[\s(\[—–-]*(?:
        (?:additional|further)\s+reporting\s+by | reporting\s+by | (?:written|edited)\s+by
      | editing\s+by | compiled\s+by | with\s+reporting\s+(?:by|from)
      | mit\s+material\s+(?:von|der|des) | mitarbeit\s*: | mit\s+(?:dpa|afp|reuters|ap)\b
      | avec\s+(?:l['’])?(?:afp|reuters|ap)\b | (?:avec\s+)?(?:la\s+)?rédaction\s+avec
      | con\s+informaci[óo]n\s+de | con\s+(?:ansa|agenzie|efe)\b | (?:fonte|fuente)\s*:
      | com\s+(?:ag[êe]ncias|informa[çc][õo]es\s+d[aoe]s?)\b
      | our\s+standards\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A byline of names alone ("By Jane Doe and Sam Lee", "Von Max Muster", "— Ana Ruiz") or an
# agency's tag ("(dpa)", "AFP/Reuters"): a sentence that opens with "By"/"Von" goes on in lowercase.
_NAME = r"[A-ZÀ-Ý][\w'’.-]+"
_BYLINE = re.compile(
    rf"(?:[—–-]\s*|(?:by|von|par|di|por)\s+){_NAME}"
    rf"(?:,?\s+(?:(?:and|und|et|e|y)\s+)?{_NAME}){{0,5}}\.?"
    r"|\(?(?:dpa|afp|ap|reuters|ansa|efe|apa|sda|kna|epd|lusa|agi|adnkronos)"
    r"(?:\s*[/,]\s*\w+){0,3}\)?\.?",
    re.IGNORECASE,
)
_LONGEST_BYLINE = 80
_AGENCY = r"(?:dpa|afp|ap|reuters|ansa|efe|apa|sda|kna|epd|lusa|agi|adnkronos|rtr|sid|dts)"
# An agency's tag after the writer's initials ("kha/dpa", "nk/AFP"), or a source line naming
# agencies ("Quelle: dpa, AFP", "Source: Reuters"): a wire story's sign-off.
_SIGN_OFF = re.compile(
    rf"\(?[a-zäöü]{{1,4}}(?:\s*/\s*[a-zäöü]{{1,4}})*\s*/\s*{_AGENCY}\b(?:\s*/\s*\w+){{0,3}}\)?\.?"
    r"|(?:quellen?|sources?)\s*:\s*(?P<names>[\w.-]+(?:\s[\w.-]+){0,2}"
    r"(?:\s*(?:[,/;&]|\bund\b|\band\b|\bet\b)\s*[\w.-]+(?:\s[\w.-]+){0,2}){0,6})\.?",
    re.IGNORECASE,
)
_AGENCY_WORD = re.compile(rf"\b{_AGENCY}\b", re.IGNORECASE)
_CONTRIBUTED = re.compile(
    r"\bcontributed\s+(?:(?:additional\s+)?reporting|research|(?:to\s+)?(?:this|the)\s+(?:report|story|article))"
)
_RULE_TEXT = re.compile(r"[_*=~•·\-–—\s]{3,}")


_DATED_KINDS = frozenset(
    [BlockKind.UPDATE, BlockKind.CORRECTION, BlockKind.CLARIFICATION, BlockKind.EDITORS_NOTE]
)


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
    structured: bool = False  # from JSON-LD, not from the page's visible text
    group: int = 0  # the element a label-only marker opens: the block ends where it ends
    story_before: int = 0  # the story paragraphs above the block when it opened

    def add(self, unit: Unit, text: str | None = None) -> None:
        if unit.struck:
            index = len(self.paragraphs)
            self.struck.extend((index, s.text, s.datetime_attr) for s in unit.struck)
        body = unit.text if text is None else text
        if body and self.stamp is None and not self.paragraphs and self.kind in _DATED_KINDS:
            body = self._take_leading_stamp(body)
        if body:
            self.paragraphs.append(body)

    def _take_leading_stamp(self, body: str) -> str:
        """A note whose label has no stamp is dated by the stamp its text opens with ("For the
        record: | 10:40 a.m. Dec. 6, 2026: An earlier version …")."""
        if not could_hold_stamp(body[:40]):
            return body
        span = match_stamp(body, 0)
        if span is None or span[0] != 0:
            return body
        rest = body[span[1] :].lstrip()
        if not rest[:1] or rest[0] not in ":—–-":
            return body
        self.stamp = body[: span[1]].strip()
        return rest[1:].strip()


@dataclass(slots=True)
class Segmented:
    paragraphs: list[str] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)  # indexes of paragraphs that were headings
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
            if not lead_marker.rest:  # "<b>Aggiornamento delle 16:05</b> – La …": not text
                after = after.lstrip(_SEPARATORS)
            rest = normalize_text(f"{lead_marker.rest} {after}")
            kind = _kind_told(lead_marker.kind, rest)
            return Marker(kind, lead_marker.label, lead_marker.stamp, rest)
        dated = _dated_lead(unit.lead, text) or _stamp_then_update(unit.lead, text)
        if dated is not None:
            return dated
        labelled = _labelled_note(unit.lead, text)
        if labelled is not None:
            return labelled
    elif unit.heading_level:
        stamped = _stamp_then_update(text, text) if text[:1].isdigit() else _dated_heading(text)
        if stamped is not None:
            return stamped
        named = named_kind(text)
        if named is not None:  # "<h5>Clarification</h5>" over the note's text
            return Marker(named, text, None, "")
    if not could_open_block(text):  # story prose: one pattern instead of the three below
        return None
    found_marker = match_marker(text)
    if found_marker is not None:
        kind = _kind_told(found_marker.kind, found_marker.rest)
        return found_marker if kind is found_marker.kind else replace(found_marker, kind=kind)
    named = named_kind(unit.lead) if unit.lead and text.startswith(unit.lead) else None
    if named is not None and named is not BlockKind.UPDATE:
        # "<b>CORRECTION</b> An earlier version …": a note's bold name with no colon. A bold
        # "Update" with no stamp and no colon opens a paragraph of the story or of an entry.
        return Marker(named, unit.lead, None, text[len(unit.lead) :].lstrip(_SEPARATORS))
    if unit.italic or unit.box or len(text) < 600:
        note = match_note(text)
        if note is not None:
            return note
    if is_advisory(text):
        return Marker(BlockKind.EDITORS_NOTE, "", None, text)
    return None


def segment(
    units: list[Unit],
    *,
    title: str | None,
    rule: re.Pattern[str] | None,
    live: bool = True,
    feed: bool = False,
) -> Segmented:
    """Body paragraphs and blocks; ``live``: the page says it is live (see ``_single_entry``);
    ``feed``: its live entries were found apart, so clocked list items left among ``units`` are
    a box's (a timetable, a schedule, another live blog's key moments), not entries."""
    items, after_dateline, clocked = _text_items(units, title, rule, feed, live)
    ends, dropped, replaced = plan_prepended(items, after_dateline)
    units_in_group: dict[int, int] = {}  # each wrapping element's first unit (by id)
    for unit in units:
        if unit.groups:
            units_in_group.setdefault(unit.groups[-1], id(unit))
    out = Segmented()
    current: RawBlock | None = None
    last_box = 0
    credits = False  # past the end of a block, in the credits and rules under it
    group_text: dict[int, int] = {}  # a wrapping element's first paragraph in the story
    signers = _signers(items)
    for index, (original, marker) in enumerate(items):
        if dropped and index in dropped:
            continue
        if clocked and marker is None and _titles_entries(items, index):
            continue
        unit = replaced.get(index, original) if replaced else original
        new_box = unit.box != 0 and unit.box != last_box
        last_box = unit.box
        if marker is not None and marker.note and _awaits_text(current, marker.kind):
            marker = None  # "Correction: Dec. 6, 2026" over "An earlier version …": its text
        if current is None and marker is not None and index in signers:
            # "<blockquote><p>…</p><cite>aggiornamento delle 20.10 …</cite></blockquote>"
            signed = _signed_text(out, group_text.get(unit.groups[-1]))
            if signed:
                block = RawBlock(kind=marker.kind, label=marker.label, stamp=marker.stamp)
                block.paragraphs = signed
                out.blocks.append(block)
                continue
        if current is not None and _label_box_over_text(current, unit, marker):
            current.add(unit)
            current = None
            continue
        if (
            current is not None
            and marker is not None
            and _stamp_under_box_text(current, unit, marker)
        ):
            # "<div class="article-update"><p>…</p><p>Updated: Mon 7 Dec, 4.25am</p></div>"
            current.label, current.stamp = marker.label, marker.stamp
            current = None
            continue
        if current is not None and _ends(current, index, unit, marker, new_box):
            current = None
        if marker is None and new_box and unit.box_kind is not None:
            marker = _box_marker(unit, unit.box_kind)
        if marker is not None:
            current = RawBlock(
                kind=marker.kind,
                label=marker.label,
                stamp=marker.stamp,
                box=unit.box,
                heading_level=unit.heading_level,
                above_body=not any(map(_reads_as_story, out.paragraphs)),
                until=ends.get(index, 0) if ends else 0,
                group=_opened_group(units_in_group, unit, marker),
                story_before=len(out.paragraphs),
            )
            current.single = (
                _single_entry(unit, marker, live)
                if marker.kind is BlockKind.LIVE_ENTRY
                else not unit.box
                and not current.until
                and (
                    marker.kind is not BlockKind.UPDATE
                    or marker.note
                    or (current.above_body and not unit.heading_level)
                )
            )
            current.add(unit, marker.rest)
            out.blocks.append(current)
            if current.single and current.paragraphs:
                current = None
            continue
        if marker is None and not unit.box:
            closing = trailing_update(unit.text)
            if closing is not None:
                # "… ist gesperrt. (ergänzt um 21.05 Uhr)": this paragraph is that update.
                current, credits = None, False
                block = RawBlock(
                    kind=closing.kind,
                    label=closing.label,
                    stamp=closing.stamp,
                    story_before=len(out.paragraphs),
                )
                block.paragraphs.append(closing.rest)
                out.blocks.append(block)
                continue
        if (current is not None or credits) and is_credit_line(unit.text):
            current = None  # "Additional reporting by …", "___": the block's end, not its text
            credits = True
            continue
        credits = False
        if current is not None:
            current.add(unit)
            if current.single:
                current = None
            continue
        if unit.struck:  # rare: skip building a generator for every paragraph
            paragraph = len(out.paragraphs)
            out.struck.extend((paragraph, s.text, s.datetime_attr) for s in unit.struck)
        if unit.text:
            if unit.heading_level:
                out.headings.add(len(out.paragraphs))
            if unit.groups:
                group_text.setdefault(unit.groups[-1], len(out.paragraphs))
            out.paragraphs.append(unit.text)
    _return_story(out)
    _drop_trailing_credits(out)
    # A block with a stamp and no text of its own ("Updated at 1:23 p.m." after the story) is
    # still a block; an unstamped empty one is a stray label.
    out.blocks = [b for b in out.blocks if b.paragraphs or b.struck or _stamped_note(b)]
    return out


def _return_story(out: Segmented) -> None:
    """An update set into the story (heise, Handelsblatt: "Aktualisierung, 16.20 Uhr: …" after
    the second paragraph) is one paragraph when the paragraphs under it outnumber the story
    above it: what follows is the rest of the story, not the update. Updates appended under a
    whole story (the seed's) hold fewer paragraphs than the story above them and keep them."""
    moved = 0
    for block in out.blocks:
        extra = block.paragraphs[1:]
        if _took_the_whole_story(block, out):
            # "<h3>+++ Update +++</h3>" over the story: a page's story is never empty while an
            # update heading above it holds paragraphs; the update is its first one.
            out.paragraphs[0:0] = extra
            out.headings = {i + len(extra) for i in out.headings}
            out.struck = [(i + len(extra), t, d) for i, t, d in out.struck]
            del block.paragraphs[1:]
            moved += len(extra)
            continue
        if (
            block.kind is not BlockKind.UPDATE
            or block.above_body
            or block.box
            or block.struck
            or not block.story_before
        ):
            continue
        above = sum(map(_full_paragraph, out.paragraphs[: block.story_before + moved]))
        if sum(map(_full_paragraph, extra)) <= above:
            continue
        at = block.story_before + moved
        out.paragraphs[at:at] = extra
        out.headings = {i + len(extra) if i >= at else i for i in out.headings}
        out.struck = [(i + len(extra) if i >= at else i, t, d) for i, t, d in out.struck]
        del block.paragraphs[1:]
        moved += len(extra)


def _took_the_whole_story(block: RawBlock, out: Segmented) -> bool:
    """An update opened by a heading above the body that holds every paragraph of the story:
    no story paragraph is left outside it."""
    return (
        block.kind is BlockKind.UPDATE
        and block.above_body
        and bool(block.heading_level)
        and not block.box
        and not block.struck
        and len(block.paragraphs) > 1
        and not any(map(_full_paragraph, out.paragraphs))
    )


def _full_paragraph(text: str) -> bool:
    """A paragraph of a story, counted where a promo line between two must not tip a count."""
    return len(text) >= _FULL_PARAGRAPH and _reads_as_story(text)


_FULL_PARAGRAPH = 100


def _awaits_text(block: RawBlock | None, kind: BlockKind) -> bool:
    """A block opened by a label on its own line, with no text yet: a note sentence under it is
    its text when the note is of its kind ("Correction: Dec. 6, 2026" over "An earlier version
    …"), or when the label is only a name ("<h5>Clarification</h5>" over "This report has been
    edited …"). A stamped update line over a correction note ("Updated at 1:23 p.m.") is two
    notes."""
    return (
        block is not None
        and not block.paragraphs
        and not block.struck
        and bool(block.label)
        and (block.kind is kind or block.stamp is None)
    )


def _reads_as_story(paragraph: str) -> bool:
    """A sentence of the story, not a standfirst or a kicker above it (those do not end with
    a full stop): what an update above the body comes before."""
    return paragraph.rstrip(_CLOSING).endswith((".", "!", "?"))


_CLOSING = "\"'”’»)"


def _drop_trailing_credits(out: Segmented) -> None:
    """Credit lines after the story's last paragraph ("Reporting by …; Editing by …", "kha/dpa"),
    and headings over nothing, sign the story off and are not its text; the story keeps at
    least one paragraph."""
    end = len(out.paragraphs)
    while end > 1 and (is_credit_line(out.paragraphs[end - 1]) or end - 1 in out.headings):
        end -= 1  # a heading over nothing ("Key events" over links) is not the story's end
    if end < len(out.paragraphs):
        del out.paragraphs[end:]
        out.struck = [s for s in out.struck if s[0] < end]


def _single_entry(unit: Unit, marker: Marker, live: bool) -> bool:
    """Whether a clocked entry is its one line. A list item is; so is a line of a clock and
    text on a page that does not say it is live (a timeline in a story must not swallow the
    story after it). A clock on its own line, over a heading or in a line set off whole as
    one, runs to the next entry, and so
    does a ticker's "+++ 16:40 Uhr +++ Title" line, whose marks say the page is a ticker."""
    if unit.tag == "li":
        return True
    ticker = unit.text.startswith("+++")
    titled = unit.heading_level or unit.lead == unit.text  # "<b>14:03 Uhr – Title</b>": a head
    return not live and not ticker and bool(marker.rest) and not titled


_LONGEST_ENTRIES_TITLE = 60


def _titles_entries(items: list[Item], index: int) -> bool:
    """A short line over a list of clocked entries ("Latest", "Key updates"): the list's title,
    not story text."""
    unit = items[index][0]
    if index + 1 >= len(items) or len(unit.text) > _LONGEST_ENTRIES_TITLE:
        return False
    following, marker = items[index + 1]
    return (
        marker is not None
        and marker.kind is BlockKind.LIVE_ENTRY
        and following.tag == "li"
        and not unit.text.endswith((".", "!", "?", "»", "”", '"'))
    )


def _stamped_note(block: RawBlock) -> bool:
    return block.stamp is not None and block.kind is not BlockKind.LIVE_ENTRY


def _text_items(
    units: list[Unit], title: str | None, rule: re.Pattern[str] | None, feed: bool, live: bool
) -> tuple[list[Item], frozenset[int], bool]:
    """The units that are text, with their markers; the indices of the items that directly
    follow a dateline line (which is left out as noise); whether entries open with clocks.
    On a page that is not live, a clocked heading that says it is an update ("3.05pm update")
    opens an update, not an entry."""
    items: list[Item] = []
    after_dateline: set[int] = set()
    boilerplate_level = 0  # inside a "Related coverage" section opened by a heading of this level
    boilerplate_box: int | None = None  # the element that heading titles, when it is a box
    story_started = False
    clocks = _clock_markers(units, feed)
    box_kinds: dict[int, BlockKind] = {}
    for index, unit in enumerate(units):
        marker = clocks.get(index) if clocks else None
        if marker is not None and not live and unit.heading_level:
            marker = _stamp_then_update(unit.text, unit.text) or marker
        if unit.box_kind is not None:
            box_kinds[unit.box] = unit.box_kind
        if marker is None and unit.box in box_kinds and stamp_of_an_item(unit.text):
            # "December 7, 2026 — 8.40am" over its text in a box of updates: an item of its own.
            marker = Marker(box_kinds[unit.box], unit.text, unit.text, "")
        if marker is None and story_started and unit.heading_level:
            # A stamp heading after story text heads an update, where above it is a dateline.
            marker = _dated_heading(unit.text) or _stamp_heading(unit.text)
        if marker is None:
            if _is_furniture_text(unit, title):
                continue
            dateline = read_dateline(unit.text)
            if dateline is not None and _is_dateline(dateline, unit, story_started):
                after_dateline.add(len(items))
                continue
            marker = unit_marker(unit, rule) if unit.text else None
        if boilerplate_level:
            if not _ends_boilerplate(unit, marker, boilerplate_level, boilerplate_box):
                continue
            boilerplate_level = 0
        if marker is None and unit.tag in _HEADING_TAGS and is_boilerplate_heading(unit.text):
            boilerplate_level = unit.heading_level
            # A box's title ("Videos" in its <section>): the section ends with the box.
            boilerplate_box = unit.groups[-1] if unit.groups else None
            continue
        items.append((unit, marker))
        story_started = story_started or (marker is None and len(unit.text) >= _STORY_TEXT)
    return items, frozenset(after_dateline), bool(clocks)


def stamp_of_an_item(text: str) -> bool:
    """A line that is a stamp with a clock and nothing else ("December 7, 2026 — 8.40am"): the
    stamp of the item under it, in a box, a chronology or a heading after the story."""
    return (
        len(text) <= _LONGEST_ITEM_STAMP and is_bare_stamp(text) and clock_minutes(text) is not None
    )


_LONGEST_ITEM_STAMP = 60


_STORY_TEXT = 80  # a paragraph this long is story text, not a byline, a dateline or a caption


def _clock_markers(units: list[Unit], feed: bool) -> dict[int, Marker]:
    """The units that open live entries by a clock alone, by index: none when fewer than
    ``_MIN_CLOCK_ENTRIES`` do. Beside a feed found apart (``feed``), list items are not."""
    found: dict[int, Marker] = {}
    for index, unit in enumerate(units):
        if feed and unit.tag == "li":
            continue
        # The first character turns down most story lines without a call.
        first = unit.text[:1]
        if (first in CLOCK_FIRST_CHARS or first.isdigit()) and could_open_clock(unit.text):
            marker = _clock_marker(unit)
            if marker is not None:
                found[index] = marker
    lists = _clocked_lists(units, found)
    for index in _durations(lists, found) + _lists_in_story(units, lists):
        found.pop(index, None)
    return found if len(found) >= _MIN_CLOCK_ENTRIES else {}


def is_playlist(items: list[tuple[str, str]]) -> bool:
    """Whether clocked list items (clock, text) are a video playlist: every clock a running
    time ("1:12", "0:05": one digit, a colon, no a.m., "Uhr" or zone) and every text a title
    ("Crews race to restore power before nightfall")."""
    if not items:
        return False
    titles = all(_only_a_title(text) for _, text in items)
    return titles and all(_RUNNING_TIME.fullmatch(clock) for clock, _ in items)


_RUNNING_TIME = re.compile(r"\d:[0-5]\d")


def _only_a_title(text: str) -> bool:
    """A line that names something and says nothing: no sentence's end, a few words."""
    return 0 < len(text) <= _LONGEST_TITLE and not text.rstrip(_CLOSING).endswith((".", "!", "?"))


_LONGEST_TITLE = 80


def _clocked_lists(units: list[Unit], found: dict[int, Marker]) -> dict[int, list[int]]:
    """The clocked list items among ``found``, by the list that holds them, in page order."""
    lists: dict[int, list[int]] = {}
    for index in found:
        unit = units[index]
        if unit.tag == "li" and unit.groups:
            lists.setdefault(unit.groups[-1], []).append(index)
    return lists


def _durations(lists: dict[int, list[int]], found: dict[int, Marker]) -> list[int]:
    """The clocked list items of a list whose clocks keep no order, neither newest nor oldest
    first ("1:00 Anwohner berichten …", "3:43 Die Pressekonferenz …", "0:19 …"): a video
    playlist's running times, not the times of a live list's entries."""
    unordered: list[int] = []
    for members in lists.values():
        if is_playlist([(found[i].label, found[i].rest) for i in members]):
            unordered.extend(members)
            continue
        clocks = [clock_minutes(found[i].stamp or "") for i in members]
        if len(members) < 3 or None in clocks:
            continue
        steps = [(b - a) % _DAY_MINUTES for a, b in itertools.pairwise(clocks)]  # type: ignore[operator]
        falling = all(step == 0 or step > _DAY_MINUTES // 2 for step in steps)
        rising = all(step < _DAY_MINUTES // 2 for step in steps)
        if not (falling or rising):
            unordered.extend(members)
    return unordered


def _lists_in_story(units: list[Unit], lists: dict[int, list[int]]) -> list[int]:
    """The clocked list items of a list set between two of the story's paragraphs: a box's
    lines (a departure board, a police log), where the story's own list of updates is set
    above or beside its text."""
    inside: list[int] = []
    for listing, members in lists.items():
        before = any(_a_story_paragraph(unit, listing) for unit in units[: members[0]])
        if before and any(_a_story_paragraph(u, listing) for u in units[members[-1] + 1 :]):
            inside.extend(members)
    return inside


def _a_story_paragraph(unit: Unit, listing: int) -> bool:
    """A paragraph long enough to be the story's, outside the list ``listing`` (whose entries
    may hold paragraphs of their own)."""
    return unit.tag == "p" and len(unit.text) >= _STORY_TEXT and listing not in unit.groups


def _clock_marker(unit: Unit) -> Marker | None:
    """A clock on its own line or as the bold lead ("<b>4.05pm</b> …"), or opening a heading,
    a list item or a line where a separator sets it off ("17:30 | …"): an entry's time."""
    text = unit.text
    if unit.lead and unit.lead != text:
        lead = match_clock_lead(unit.lead)
        if lead is None or not text.startswith(unit.lead):
            return None
        if lead.rest and not lead.marked:
            return None  # a bold clock set off ("<b>+++ 16:40 Uhr +++ Title</b> …") heads its text
        rest = normalize_text(f"{lead.rest} {text[len(unit.lead) :].lstrip(_SEPARATORS)}")
        return Marker(BlockKind.LIVE_ENTRY, lead.label, lead.stamp, rest)
    found = match_clock_lead(text)
    if found is None:
        return None
    if found.rest and not (found.marked or unit.heading_level or unit.tag in ("li", "dt")):
        return None
    return Marker(BlockKind.LIVE_ENTRY, found.label, found.stamp, found.rest)


def _labelled_note(lead: str, text: str) -> Marker | None:
    """An emphasised label of a few words, set off by a colon, over a note sentence, whatever
    the label's words ("<b>Reader notice:</b> An earlier version of this story …", "<em>Zum
    Stand der Dinge:</em> Dieser Artikel wird fortlaufend ergänzt"): the note, under the
    newsroom's label.
    The sentence says what it is; the label only names it."""
    label = lead.strip()
    after = text[len(lead) :].lstrip() if text.startswith(lead) else ""
    if not label.endswith(":"):
        if not after.startswith(":"):
            return None
        label, after = f"{label}:", after[1:].lstrip()
    if len(label) > _LONGEST_NOTE_LABEL or len(label.split()) > _MOST_LABEL_WORDS or not after:
        return None
    sentence = after[:1].upper() + after[1:]
    note = match_note(sentence)
    return None if note is None else Marker(note.kind, label, note.stamp, after, note=True)


_LONGEST_NOTE_LABEL = 40
_MOST_LABEL_WORDS = 5


def _dated_lead(lead: str, text: str) -> Marker | None:
    """An emphasised lead that is a date with a clock and a separator, and nothing else, before
    text ("<b>Lundi 7 décembre, 1 h 15 :</b> Selon …", "<b>Dec. 6, 10:30 p.m. —</b> …"): an
    update stamped by its time alone. A clock alone opens a live entry (``_clock_markers``),
    and a date without a clock a timeline's line."""
    label = lead.rstrip(_SEPARATORS)
    rest = text[len(lead) :].strip() if text.startswith(lead) else ""
    if label == lead or not rest or not _day_and_clock(label):
        return None
    return Marker(BlockKind.UPDATE, label, label, normalize_text(rest))


def _day_and_clock(text: str) -> bool:
    """A stamp with a clock and a day or date before it, and nothing else: not a clock alone
    (perhaps after a numeric date: an entry's time) and not a date alone (a timeline's line)."""
    return (
        is_bare_stamp(text) and match_clock_lead(text) is None and clock_minutes(text) is not None
    )


# "2:35 p.m. update:", "16.20 Uhr Update –": the stamp first, then the word.
_UPDATE_AFTER_STAMP = re.compile(
    r"\s*(?:update|aktualisierung|mise\s+à\s+jour|aggiornamento|actualización)\s*(?P<sep>[:—–-])?\s*",
    re.IGNORECASE,
)


def _stamp_then_update(lead: str, text: str) -> Marker | None:
    """An emphasised lead or a heading that is a stamp and then the word "update" ("<b>1:20
    p.m. update:</b> Tow crews …", "<h3>2:35 p.m. update</h3>"): an update stamped by its time."""
    span = match_stamp(lead, 0) if lead[:1].isdigit() else None
    if span is None or span[0] != 0:
        return None
    word = _UPDATE_AFTER_STAMP.fullmatch(lead, span[1])
    if word is None or (not word["sep"] and lead != text and not _opens_a_sentence(text, lead)):
        # A bold "2:35 p.m. update" run into its sentence ("… update figures show …") is prose;
        # one a new sentence follows ("… update The bridge reopened") is the update's label.
        return None
    rest = text[len(lead) :].strip(_SEPARATORS) if text.startswith(lead) else ""
    label = lead.rstrip(_SEPARATORS)
    return Marker(BlockKind.UPDATE, label, lead[span[0] : span[1]], normalize_text(rest))


def _opens_a_sentence(text: str, lead: str) -> bool:
    """Whether what follows ``lead`` in ``text`` opens a sentence: a capital letter first."""
    after = text[len(lead) :].lstrip() if text.startswith(lead) else ""
    return after[:1].isupper()


def _kind_told(kind: BlockKind, text: str) -> BlockKind:
    """A note's kind: an editor's note that tells of a wrong earlier version ("Anm. d. Red.: In
    einer ersten Fassung hieß es …", "Editor's note: An earlier version of this story …") is a
    correction."""
    if kind is not BlockKind.EDITORS_NOTE or not text:
        return kind
    return BlockKind.CORRECTION if tells_of_an_earlier_version(text) else kind


def _dated_heading(text: str) -> Marker | None:
    """A heading that is a day and a clock and nothing else ("Dimanche, 22 h 20", "Sunday,
    9:40 p.m."): an update stamped by its time, over the one paragraph under it (without an
    update word, nothing tells where a longer one would end and the story go on). A clock
    alone opens a live entry (``_clock_markers``)."""
    if len(text) > _LONGEST_DATED_HEADING or not _day_and_clock(text):
        return None
    # The clock alone is the stamp ("22 h 20"; "Sunday, noon" has no digit): the day is the page's.
    clock = next((i for i, char in enumerate(text) if char.isdigit()), 0)
    return Marker(BlockKind.UPDATE, text, text[clock:], "", note=True)


def _stamp_heading(text: str) -> Marker | None:
    """A heading that is a stamp with a clock and nothing else, once the story has begun
    ("<h4>6. Dezember 2026 – 17:20 Uhr (Brasília-Zeit)</h4>" over a paragraph): an update, as
    ``_dated_heading``. Above the story the same line is its dateline."""
    return Marker(BlockKind.UPDATE, text, text, "", note=True) if stamp_of_an_item(text) else None


_LONGEST_DATED_HEADING = 40


def is_credit_line(text: str) -> bool:
    """A byline-like credit ("Additional reporting by …", "Mit Material von dpa"), a rule typed
    as text ("___") or the publisher's sign-off ("Follow us on Twitter", "Sign up for our
    newsletter"): where an update block ends, and not the story's text after its last paragraph."""
    if is_sign_off_promo(text):
        return True
    if len(text) > 200:
        return False
    return (
        _RULE_TEXT.fullmatch(text) is not None
        or _CREDIT.match(text) is not None
        or (len(text) <= _LONGEST_BYLINE and _is_sign_off(text))
        or (len(text) <= _LONGEST_BYLINE and _is_byline(text))
        or ("contributed" in text and _CONTRIBUTED.search(text) is not None)
    )


def _is_sign_off(text: str) -> bool:
    """Initials and an agency, or a source line that names an agency among its sources."""
    found = _SIGN_OFF.fullmatch(text)
    if found is None:
        return False
    names = found["names"]
    return names is None or _AGENCY_WORD.search(names) is not None


def _is_byline(text: str) -> bool:
    """Names alone after "By"/"Von"/"—" (each capitalised: IGNORECASE would let any word in)."""
    found = _BYLINE.fullmatch(text)
    if found is None:
        return False
    words = re.split(r"[\s,]+", text.lstrip("—–- ").rstrip("."))[1:]
    connectors = {"and", "und", "et", "e", "y"}
    return all(w[:1].isupper() or w in connectors or "/" in w for w in words if w)


def _is_dateline(dateline: Dateline, unit: Unit, story_started: bool) -> bool:
    """A "Published …"/"Last updated …" line is always a dateline. A bare "Updated 6:15 p.m. ET"
    is one only where datelines sit, above the story, and when it is not set off like a marker;
    after story text it opens an update, even as the last line (a block with a stamp and no
    text of its own is still a block)."""
    if dateline is Dateline.CERTAIN:
        return True
    if _set_off(unit):
        return False
    return not story_started


def _set_off(unit: Unit) -> bool:
    """Bold, a heading, or in an update box: how a marker line stands out, and a dateline
    does not."""
    return bool(unit.box or unit.heading_level) or unit.lead == unit.text


def _ends_boilerplate(unit: Unit, marker: Marker | None, level: int, box: int | None) -> bool:
    """Whether ``unit`` is past a boilerplate section: out of the box the section's heading
    titles, a heading as high as the section's, an <hr>, an update box or a marker, or a
    paragraph as long as story text."""
    heading = unit.heading_level
    return (
        (box is not None and box not in unit.groups)
        or bool(heading and heading <= level)
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
    # Noise lines and bare stamps are short: a story paragraph skips both patterns. A heading
    # that is a day and a clock titles an update (``_dated_heading``).
    if len(text) >= 80:
        return False
    if is_noise_line(text):
        return True
    return is_bare_stamp(text) and not (unit.heading_level and _dated_heading(text))


_LONGEST_BOX_LABEL = 48


def _stamp_under_box_text(current: RawBlock, unit: Unit, marker: Marker) -> bool:
    """Whether ``unit`` is the stamp line under the text of the box ``current`` opened without a
    label: a marker with a stamp and nothing else, in the same box, that dates the box."""
    return (
        bool(current.box)
        and unit.box == current.box
        and not current.label
        and current.stamp is None
        and bool(current.paragraphs)
        and marker.kind is current.kind
        and marker.stamp is not None
        and not marker.rest
    )


def _box_marker(unit: Unit, kind: BlockKind) -> Marker:
    """The marker of an update box: its first line when that is a label of its own ("Nota de
    la redacción", "Última actualización 18:15" over the note's text), else no label."""
    text = unit.text
    is_label = (
        len(text) <= _LONGEST_BOX_LABEL
        and not text.rstrip(_CLOSING).endswith((".", "!", "?"))
        and len(text.split()) <= 6
    )
    if not is_label:
        return Marker(kind, "", None, text)
    span = find_stamp(text)
    stamp = text[span[0] : span[1]] if span else None
    return Marker(kind, text.rstrip(" :—–-"), stamp, "")


def _opened_group(first_units: dict[int, int], unit: Unit, marker: Marker) -> int:
    """The wrapping element a marker with no text of its own opens, when the marker is that
    element's first unit ("<div><span>Actualizado 6 dic - 18:12</span><p>…</p></div>"): the
    block is that element. 0 otherwise."""
    if marker.rest or not unit.groups or marker.kind is BlockKind.LIVE_ENTRY:
        return 0
    group = unit.groups[-1]
    return group if first_units.get(group) == id(unit) else 0


def _signers(items: list[Item]) -> frozenset[int]:
    """The labels that sign the text above them in their element (see ``_signs_its_group``),
    when the page signs two notes or more that way: one label closing a wrapper alone is more
    often an "Updated at 1:23 p.m." line under the story's last paragraphs."""
    found = frozenset(
        index
        for index, (_, marker) in enumerate(items)
        if marker is not None and _signs_its_group(items, index, marker)
    )
    return found if len(found) >= _FEWEST_SIGNED_NOTES else frozenset()


_FEWEST_SIGNED_NOTES = 2


def _signs_its_group(items: list[Item], index: int, marker: Marker) -> bool:
    """Whether a label with no text of its own closes the element it sits in (a quotation's
    <cite>, a box's last line): it signs the text above it in that element."""
    unit = items[index][0]
    if marker.rest or not unit.groups or unit.heading_level:
        return False
    following = items[index + 1][0] if index + 1 < len(items) else None
    return following is None or unit.groups[-1] not in following.groups


def _signed_text(out: Segmented, start: int | None) -> list[str]:
    """The story paragraphs from ``start`` on, taken out of the story: the text a closing label
    signs, when it is a note's few paragraphs (no heading, nothing struck among them)."""
    if not start or not 0 < len(out.paragraphs) - start <= _LONGEST_SIGNED_TEXT:
        return []
    if any(i >= start for i in out.headings) or any(i >= start for i, _, _ in out.struck):
        return []
    signed = out.paragraphs[start:]
    del out.paragraphs[start:]
    return signed


_LONGEST_SIGNED_TEXT = 2  # paragraphs


def _label_box_over_text(block: RawBlock, unit: Unit, marker: Marker | None) -> bool:
    """Whether ``unit`` is the text of a box that held only its label (``<p class="maj"><b>Mise
    à jour, dimanche 6 décembre, 22 h 40</b></p>`` over a plain paragraph): the paragraph right
    under it, outside any box."""
    return (
        bool(block.box)
        and bool(block.label)
        and not block.paragraphs
        and not block.struck
        and marker is None
        and not unit.box
        and not unit.heading_level
        and not unit.after_rule
        and bool(unit.text)
    )


def _ends(block: RawBlock, index: int, unit: Unit, marker: Marker | None, new_box: bool) -> bool:
    if marker is not None or new_box:
        return True
    if block.group:
        return block.group not in unit.groups
    if block.box:
        return unit.box != block.box
    if unit.box or unit.after_rule:
        return True
    if block.until:
        return index >= block.until
    level = unit.heading_level
    if not level:
        return False
    if block.kind is BlockKind.LIVE_ENTRY and not block.paragraphs:
        return False  # a clock on its own line, then the entry's title
    # A heading ends a block opened by a lead ("What we know so far" after "UPDATE 7:10 p.m.:
    # …"); a block opened by a heading runs over lower-level headings inside it.
    return not block.heading_level or level <= block.heading_level


# ---------------------------------------------------------------------------------------------
# Finishing: timestamps, ids, struck spans.


_DAY_MINUTES = 24 * 60
# Kinds whose stamps follow one another in time (a correction note may refer to any moment).
_IN_SEQUENCE = frozenset([BlockKind.UPDATE, BlockKind.LIVE_ENTRY])


@dataclass(frozen=True, slots=True)
class TimeContext:
    reference: datetime
    zone: str | None  # IANA name or "+HH:MM"
    day_first: bool | None
    latest: datetime | None = None  # when the page was fetched: no stamp is much later
    published: datetime | None = None  # when the story was published: no update is earlier


def finish(
    raw: list[RawBlock], context: TimeContext, *, newest_first: bool
) -> tuple[list[UpdateBlock], list[StruckSpan]]:
    newest_first = newest_first or _clocks_descend(raw)
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
                kind=_kind_told(block.kind, block.paragraphs[0] if block.paragraphs else ""),
                label=block.label or _clock_label(block, when),
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


def _clocks_descend(raw: list[RawBlock]) -> bool:
    """Whether the page lists its date-less stamped blocks newest first: their clocks fall from
    the first to the last (a live blog or an update list under the headline)."""
    clocks = [
        minutes
        for block in raw
        if block.stamp and block.fixed_time is None
        if (minutes := clock_minutes(block.stamp)) is not None
    ]
    if len(clocks) < _MIN_CLOCK_ENTRIES:
        return False
    # From one clock to the next, a step back of less than half a day is a fall, so that a
    # blog running past midnight (1.15am above 11.05pm) still reads as falling.
    falls = sum((b - a) % _DAY_MINUTES > _DAY_MINUTES // 2 for a, b in itertools.pairwise(clocks))
    return 2 * falls > len(clocks) - 1


def _clock_label(block: RawBlock, when: datetime | None) -> str:
    """The clock a reader sees for an entry known only from structured data: its time in the
    page's zone ("15:05"), not the ISO string."""
    if block.kind is not BlockKind.LIVE_ENTRY or when is None:
        return ""
    return when.strftime("%H:%M")


def _resolve_all(
    raw: list[RawBlock], context: TimeContext, *, newest_first: bool
) -> list[datetime | None]:
    times: list[datetime | None] = [None] * len(raw)
    zone = zone_from_name(context.zone) if context.zone else None
    order = range(len(raw) - 1, -1, -1) if newest_first else range(len(raw))
    previous: datetime | None = None
    clock_24h = any(b.stamp and b.fixed_time is None and writes_24_hour(b.stamp) for b in raw)
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
                previous=previous if block.kind in _IN_SEQUENCE else None,
                day_first=context.day_first,
                latest=context.latest,
                clock_24h=clock_24h,
                not_before=context.published if block.kind is BlockKind.UPDATE else None,
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
