"""HTML → ``Article``: headline, body paragraphs, update blocks with resolved times, struck text.

Layers, most trusted first:

1. structured data — JSON-LD (dates, headline, LiveBlogPosting updates) and <meta>/<link> tags;
2. the page's ``SiteRules`` — body/headline selectors, elements to remove, a marker regex, the
   publisher's time zone;
3. the generic extractor — the container with the most paragraph text (readability-style
   density, on selectolax/lexbor), flattened into paragraphs, split into body and blocks by the
   markers in ``monitor.markers``.

Time zone for stamps that name none (``page_zone``): ``rules.timezone``; else the one zone the
page's other stamps name ("EST" → America/New_York); else the zone the page language suggests
whose offset equals the published datetime's (or, when that is UTC, the offset of the page's
first local <time datetime>); else that offset as a fixed zone; with no published
offset, the one zone the page's language stands for ("de", "fr-FR", "en-GB"); else None (such
stamps stay unresolved, raw text kept). The date of date-less stamps is the publication date
(JSON-LD datePublished → article:published_time → <time datetime>) else ``fetched_at``; a
date-less stamp that would then lie more than 12 hours after ``fetched_at`` is the day before.

Pure and bounded: no I/O, no clock; input beyond ``MAX_HTML_CHARS`` is cut, the DOM walk is
depth- and count-limited. Anything unexpected becomes one ``ExtractError`` sentence.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborHTMLParser

from monitor.config import SiteRules
from monitor.errors import ExtractError
from monitor.extract.blocks import RawBlock, Segmented, TimeContext, finish, segment
from monitor.extract.boxes import without_boxes
from monitor.extract.container import Container, find_container
from monitor.extract.dom import Node, flatten, select, select_first
from monitor.extract.liveblog import (
    body_root,
    calls_itself_live,
    entry_block,
    feed_wrappers,
    find_entries,
    jsonld_blocks,
    merge_live,
    odd_siblings,
)
from monitor.extract.metadata import PageMeta, parse_datetime, read_meta
from monitor.extract.nesting import NESTING_CHECK_MIN_TAGS, limit_nesting
from monitor.extract.noise import drop_noise
from monitor.extract.normalize import normalize_for_compare, normalize_text
from monitor.extract.update_lists import with_update_lists
from monitor.markers import (
    corrects_another_story,
    headline_is_updated,
    zone_from_name,
    zone_named_by,
)
from monitor.model import Article, BlockKind, StruckSpan

__all__ = ["MAX_HTML_CHARS", "extract_article", "normalize_for_compare", "normalize_text"]

MAX_HTML_CHARS = 8_000_000

_LANGUAGE_ZONES: dict[str, tuple[str, ...]] = {
    "en-us": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "en-gb": ("Europe/London",), "en-ie": ("Europe/Dublin",), "en-in": ("Asia/Kolkata",),
    "en-au": ("Australia/Sydney", "Australia/Perth"), "en-ca": ("America/Toronto",),
    "en": ("America/New_York", "Europe/London", "America/Chicago", "America/Los_Angeles"),
    "de": ("Europe/Berlin",), "fr": ("Europe/Paris",), "es": ("Europe/Madrid",),
    "es-mx": ("America/Mexico_City",), "it": ("Europe/Rome",), "nl": ("Europe/Amsterdam",),
    "pt": ("Europe/Lisbon",), "pt-br": ("America/Sao_Paulo",), "pl": ("Europe/Warsaw",),
}  # fmt: skip
_HOME_REGIONS = frozenset({("en", "gb"), ("pt", "pt"), ("de", "at"), ("de", "ch"), ("it", "ch")})
_MONTH_FIRST_REGIONS = frozenset({"", "us", "ph", "fm"})


def extract_article(
    html: str,
    *,
    url: str,
    fetched_at: datetime,
    rules: SiteRules | None = None,
    utf8: bytes | None = None,
) -> Article:
    """The article on ``html``; raises ExtractError when the page holds no article text.

    ``utf8``, when given, must be exactly ``html.encode("utf-8")`` (the fetched body of a page
    decoded as UTF-8): the parser reads bytes, and encoding a 30 KB page again costs ~20 µs.
    """
    try:
        return _extract(html, url=url, fetched_at=fetched_at, rules=rules, utf8=utf8)
    except ExtractError:
        raise
    except Exception as exc:  # the contract: an Article or one ExtractError, never a crash
        raise ExtractError(
            f"the page could not be read as an article ({type(exc).__name__})", subject=url
        ) from exc


def _extract(
    html: str, *, url: str, fetched_at: datetime, rules: SiteRules | None, utf8: bytes | None
) -> Article:
    tree = LexborHTMLParser(_parser_input(html, utf8))
    rule_zone = zone_from_name(rules.timezone) if rules and rules.timezone else None
    meta = read_meta(tree, url=url, zone=rule_zone)
    title = _rule_headline(tree, rules) or meta.headline or ""
    _apply_removals(tree, rules)
    marker_rule = re.compile(rules.marker) if rules and rules.marker else None

    # A live blog's own words (not an "(Updated)" flag, which every followed story may carry):
    # where entries without live-blog markup are looked for.
    declared_live = meta.live_blog or calls_itself_live(title)
    entries = find_entries(tree, declared_live=declared_live, updates=meta.live_updates)
    live_blocks = [entry_block(e, rule_zone) for e in entries]
    feed = bool(entries) and _timed(live_blocks)
    story: Node | None = None  # the body's element, when the body is not a live feed
    if feed:
        container = body_root(entries) or tree.body
        units = flatten(
            container,
            skip=frozenset(e.mem_id for e in entries) | odd_siblings(entries),
            keep=feed_wrappers(entries, container) if container is not None else frozenset(),
        )
    else:
        chosen = _body_container(tree, rules)
        units = chosen.units() if chosen else []
        story = chosen.node if chosen else None
        live_blocks = jsonld_blocks(meta.live_updates, rule_zone)
    live = declared_live or headline_is_updated(title)
    parts = segment(drop_noise(units), title=title or None, rule=marker_rule, live=live, feed=feed)
    merged = merge_live(live_blocks, parts.blocks, meta.live_updates, rule_zone)
    # A live feed is the page's list of updates: a clocked list beside it is a box's (a
    # timetable, a schedule, another live blog's key moments).
    raw_blocks = (
        _without_untimed_entries(merged)
        if feed
        else with_update_lists(tree, units, merged, frozenset(e.mem_id for e in entries), story)
    )
    raw_blocks = [block for block in raw_blocks if not _corrects_other_stories(block)]
    if declared_live and not feed:
        raw_blocks = _as_entries(raw_blocks)
    if not parts.paragraphs and not raw_blocks:
        raise ExtractError("no article text was found on the page", subject=url)

    context = TimeContext(
        reference=meta.published or fetched_at,
        zone=page_zone(rules, raw_blocks, meta, tree),
        day_first=_day_first(meta.language),
        latest=fetched_at,
        published=meta.published,
    )
    newest_first = bool(live_blocks) or _prepended(parts)
    blocks, block_struck = finish(raw_blocks, context, newest_first=newest_first)
    zone = zone_from_name(context.zone) if context.zone else None
    body_struck = [
        StruckSpan(text, None, index, parse_datetime(attr, zone))
        for index, text, attr in parts.struck
    ]
    return Article(
        title=title,
        paragraphs=tuple(parts.paragraphs),
        blocks=tuple(blocks),
        struck=tuple(body_struck + block_struck),
        published=meta.published,
        modified=meta.modified,
        canonical_url=meta.canonical,
        language=meta.language,
        is_live=headline_is_updated(title) or meta.live_blog or _has_entries(raw_blocks),
    )


def _as_entries(blocks: list[RawBlock]) -> list[RawBlock]:
    """On a page that says it is live, its stamped updates ("Update vom 6. Dezember, 22.41
    Uhr:", one after another) are the ticker's entries, when there are several."""
    stamped = [b for b in blocks if b.kind is BlockKind.UPDATE and b.stamp and not b.structured]
    if len(stamped) < 2:
        return blocks
    for block in stamped:
        block.kind = BlockKind.LIVE_ENTRY
    return blocks


def _corrects_other_stories(block: RawBlock) -> bool:
    """A corrections column's box set in the page ("Corrections: A Dec. 5 story about …"):
    every line names another story as the one it corrects."""
    return (
        block.kind in (BlockKind.CORRECTION, BlockKind.CLARIFICATION)
        and bool(block.paragraphs)
        and all(map(corrects_another_story, block.paragraphs))
    )


def _timed(entries: list[RawBlock]) -> bool:
    """Whether entry-like elements are a live blog: most of them carry a time. Some CMSs give
    every page block the classes or ids a live blog's entries have."""
    return 2 * sum(1 for b in entries if b.fixed_time or b.stamp) >= len(entries)


_TIMED_ENTRIES = 3  # enough entries with a time to say what an entry of this feed carries


def _without_untimed_entries(blocks: list[RawBlock]) -> list[RawBlock]:
    """``blocks`` without the feed's entries that carry no time where the others do: a card
    set in the entries' markup ("Paid partnership with …" where a clock would be) is a
    sponsor's, not the newsroom's."""
    entries = [b for b in blocks if b.kind is BlockKind.LIVE_ENTRY]
    if sum(1 for b in entries if b.fixed_time or b.stamp) < _TIMED_ENTRIES:
        return blocks
    return [b for b in blocks if b.kind is not BlockKind.LIVE_ENTRY or b.fixed_time or b.stamp]


def _has_entries(blocks: list[RawBlock]) -> bool:
    """Live entries, from live-blog markup, JSON-LD, clocks or an update list: a live story."""
    return any(block.kind is BlockKind.LIVE_ENTRY for block in blocks)


def _parser_input(html: str, utf8: bytes | None = None) -> bytes:
    """The first ``MAX_HTML_CHARS`` of ``html`` as the UTF-8 bytes lexbor parses, lone
    surrogates (undecodable input smuggled through) as "?", tags nested beyond ``MAX_DEPTH``
    dropped. ``utf8`` is ``html`` already encoded (see ``extract_article``).

    Bytes, because the parser would encode a str itself: encoding once here, where the
    surrogate check needs it anyway, saves a copy of the page and ~15% of the parse."""
    if utf8 is not None and len(html) <= MAX_HTML_CHARS:
        data = utf8
    else:
        try:
            data = html[:MAX_HTML_CHARS].encode("utf-8")
        except UnicodeEncodeError:
            data = html[:MAX_HTML_CHARS].encode("utf-8", "replace")
    if data.count(b"<") < NESTING_CHECK_MIN_TAGS:  # "<" is one byte in UTF-8: the same count
        return data
    return limit_nesting(data.decode("utf-8")).encode("utf-8")


def _rule_headline(tree: Node, rules: SiteRules | None) -> str | None:
    if rules is None or not rules.headline:
        return None
    node = select_first(tree, rules.headline)
    return normalize_text(node.text(deep=True)) or None if node is not None else None


def _apply_removals(tree: Node, rules: SiteRules | None) -> None:
    for selector in rules.remove if rules else ():
        for node in select(tree, selector)[:10_000]:
            node.decompose()


def _body_container(tree: Node, rules: SiteRules | None) -> Container | None:
    if rules is not None and rules.body:
        node = select_first(tree, rules.body)
        if node is not None:
            return without_boxes(Container(node))
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return None
    return without_boxes(find_container(root) or Container(root))


def _prepended(parts: Segmented) -> bool:
    """Newest-first pages put their stamped blocks above the story."""
    stamped = [b for b in parts.blocks if b.stamp]
    return bool(stamped) and bool(parts.paragraphs) and all(b.above_body for b in stamped)


def page_zone(
    rules: SiteRules | None, blocks: list[RawBlock], meta: PageMeta, tree: Node | None = None
) -> str | None:
    """The zone for stamps that name none; see the module docstring for the order."""
    if rules is not None and rules.timezone:
        return rules.timezone
    named = {zone_named_by(b.stamp) for b in blocks if b.stamp and b.fixed_time is None}
    named.discard(None)
    if len(named) == 1:
        return named.pop()
    published = meta.published
    if published is None or published.utcoffset() is None:
        return _home_zone(meta.language)
    offset = published.utcoffset()
    zones = _language_zones(meta.language)
    for name in zones:
        if published.astimezone(ZoneInfo(name)).utcoffset() == offset:
            return name
    if offset == timedelta(0) and zones and tree is not None:
        local = _local_zone(tree, zones)  # a CMS stores UTC; the page shows local times
        if local is not None:
            return local
    return _fixed_offset(offset)


_TIMES_LOOKED_AT = 20


def _local_zone(tree: Node, zones: tuple[str, ...]) -> str | None:
    """The zone among ``zones`` of the first <time datetime> on the page with an offset
    other than UTC's."""
    for node in select(tree, "time[datetime]")[:_TIMES_LOOKED_AT]:
        when = parse_datetime(node.attributes.get("datetime"))
        if when is None or not when.utcoffset():
            continue
        offset = when.utcoffset()
        return next((z for z in zones if when.astimezone(ZoneInfo(z)).utcoffset() == offset), None)
    return None


def _home_zone(language: str | None) -> str | None:
    """The one zone a page's language stands for, when it stands for one: "de", "fr-FR",
    "it-IT", "en-GB"; never a language spoken across zones ("en-US") or away from its home
    ("fr-CA", whose region the map does not name)."""
    if not language:
        return None
    tag = language.lower()
    primary, _, region = tag.partition("-")
    if tag in _LANGUAGE_ZONES:
        zones = _LANGUAGE_ZONES[tag]
    elif region == primary or (primary, region) in _HOME_REGIONS:
        zones = _LANGUAGE_ZONES.get(primary, ())
    else:
        return None
    return zones[0] if len(zones) == 1 else None


def _language_zones(language: str | None) -> tuple[str, ...]:
    if not language:
        return ()
    tag = language.lower()
    return _LANGUAGE_ZONES.get(tag) or _LANGUAGE_ZONES.get(tag.split("-")[0], ())


def _fixed_offset(offset: timedelta | None) -> str | None:
    if offset is None:
        return None
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _day_first(language: str | None) -> bool | None:
    if not language:
        return None
    primary, _, region = language.lower().partition("-")
    if primary == "en":
        return region not in _MONTH_FIRST_REGIONS
    return True
