"""Live blogs: one LIVE_ENTRY block per entry, from the HTML when it has entries, else JSON-LD.

HTML entries are recognised by schema.org microdata (``itemprop="liveBlogUpdate"``), the
Guardian's ``div.block[id^=block-]`` and the WordPress Liveblog / Easy Liveblogs classes. An
entry's time comes from its ``<time datetime>`` (or ``itemprop=datePublished`` / a
``data-sort-time`` epoch), its label from the visible clock text ("13.02 BST"). The HTML is
preferred over JSON-LD because it carries paragraphs and struck text; JSON-LD
``liveBlogUpdate`` entries are used when the page renders none (e.g. a script-built page).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo

from monitor.extract.blocks import RawBlock, is_credit_line, is_playlist
from monitor.extract.boxes import is_box
from monitor.extract.dom import (
    Node,
    flatten,
    has_ancestor_in,
    is_furniture,
    is_hidden,
    link_text_length,
    names_furniture,
    select,
    select_first,
)
from monitor.extract.metadata import LiveUpdate, parse_datetime
from monitor.extract.noise import drop_noise, is_relative_time, opens_with_pin_badge
from monitor.extract.normalize import is_noise_line, normalize_for_compare, normalize_text
from monitor.markers import is_bare_stamp
from monitor.markers.clocks import could_open_clock, match_clock_lead
from monitor.markers.stamps import clock_minutes
from monitor.model import BlockKind

ENTRY_SELECTOR = (
    '[itemprop~="liveBlogUpdate"], div.block[id^="block-"], .liveblog-entry, '
    ".elb-liveblog-post, .live-entry, .liveblog__entry, .live-blog-entry, .live-post"
)
# Every element ENTRY_SELECTOR matches, and a few more: one attribute test per alternative, so
# a page without live-blog markup (most pages) is searched in about half the time (13 against
# 26 µs on a 25 KB page), and the full selector runs only where this finds something. "live"
# is in every class above; ``i`` covers the ASCII case-insensitive class matching of a page in
# quirks mode. (tests/test_extract.py checks the superset on every corpus page and variants.)
_ENTRY_CANDIDATES = '[itemprop~="liveBlogUpdate"], [id^="block-"], [class*="live" i]'
MAX_ENTRIES = 1_000
_LONGEST_STAMP = 48
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?(?:\s+[A-Z]{2,4}\b)?", re.IGNORECASE)


def find_entries(
    tree: Node, *, declared_live: bool = False, updates: Sequence[LiveUpdate] = ()
) -> list[Node]:
    """Outermost live-blog entry elements, in page order: by the markup live-blog tools give
    them, else, on a page that says it is live (``declared_live``: its structured data or its
    headline), sibling elements that each open with a clock (see ``_clocked_siblings``), whose
    clocks the JSON-LD ``updates`` may vouch for."""
    entries: list[Node] = []
    marked = select_first(tree, _ENTRY_CANDIDATES) is not None
    if marked:
        entries = _outermost(select(tree, ENTRY_SELECTOR)) or _entries_named_live(tree)
    if not entries and (declared_live or (marked and _live_wrapper(tree))):
        # "live" in class names other tools do not use
        return _clocked_siblings(tree, _clocks_of(updates))
    return entries


def _clocks_of(updates: Sequence[LiveUpdate]) -> frozenset[int]:
    """The minutes after midnight each JSON-LD update shows, in the offset it is written in:
    the clock its entry shows on the page."""
    minutes = set()
    for update in updates:
        when = parse_datetime(update.published, None)
        if when is not None:
            minutes.add(when.hour * 60 + when.minute)
    return frozenset(minutes)


def _outermost(nodes: list[Node]) -> list[Node]:
    entries: list[Node] = []
    taken: set[int] = set()
    for node in nodes[: MAX_ENTRIES * 2]:
        if node.mem_id in taken or has_ancestor_in(node, taken) or is_furniture(node):
            continue
        taken.add(node.mem_id)
        entries.append(node)
        if len(entries) >= MAX_ENTRIES:
            break
    return entries


# A CMS's own name for one entry, behind its prefixes: "duet--article--liveblog-entry",
# "live-blog__item", "c-live-post". Plural names ("liveblog-entries") are the list around them.
_LIVE_ENTRY_CLASS = re.compile(
    r"(?:^|[-_])live[-_]*(?:blog|ticker)?[-_]*(?:entry|post|update|item|card|event)$", re.IGNORECASE
)
# A wrapper that says the page holds a live blog, where neither its JSON-LD nor its headline
# do: by its class, or by microdata.
_LIVE_WRAPPER = (
    '[class*="liveblog" i], [class*="live-blog" i], [class*="live_blog" i], '
    '[class*="liveticker" i], [class*="live-ticker" i], [class*="newsticker" i], '
    '[itemtype$="/LiveBlogPosting"]'
)


def _entries_named_live(tree: Node) -> list[Node]:
    """Entries whose class names say so under a CMS's prefixes: at least two siblings, most of
    them holding text, so that a "live-update" badge is never a live blog."""
    named = [
        node
        for node in select(tree, '[class*="live" i]')[:_MAX_SIBLING_CANDIDATES]
        if any(
            _LIVE_ENTRY_CLASS.search(token) for token in node.attributes.get("class", "").split()
        )
    ]
    entries = _outermost(named)
    parents = {e.parent.mem_id for e in entries if e.parent is not None}
    wordy = sum(1 for e in entries if len(e.text(deep=True, strip=True)) >= _ENTRY_TEXT)
    if len(entries) < 2 or 2 * wordy < len(entries) or len(parents) > len(entries) // 2:
        return []
    return entries


def _live_wrapper(tree: Node) -> bool:
    return select_first(tree, _LIVE_WRAPPER) is not None


# Live entries of CMSs with class names of their own: several sibling <article>, <section> or
# <li> elements, each opening with a clock ("15.05", "<time>4.05pm</time>") and holding text.
_SIBLING_TAGS = "article, section, li, div"
_MIN_SIBLING_ENTRIES = 3
_MAX_SIBLING_CANDIDATES = 3_000
_OPENING_TEXT_NODES = 6  # where an entry's clock sits: among its first few texts
_ENTRY_TEXT = 40  # an entry says something: a clock and a few words are not one


_LIVE_WORDS = re.compile(
    r"\blive\b|liveblog|as\s+it\s+happened|latest\s+updates|\bticker\b|liveticker|newsblog"
    r"|en\s+direct|\bdirect\b|en\s+vivo|\bdirecto\b|minuto\s+a\s+minuto|diretta|ao\s+vivo"
    r"|tempo\s+real|\+\+\+",
    re.IGNORECASE,
)


def calls_itself_live(headline: str) -> bool:
    """Whether a headline says the page is a live blog ("… – as it happened", "Liveticker",
    "in diretta"): the search for entries without live-blog markup costs a page without them,
    so it runs only on pages that say so."""
    head = headline[:300]
    lowered = head.lower()
    if not any(word in lowered for word in _LIVE_HINTS):
        return False  # most headlines: a few substring scans instead of the pattern (~20 µs)
    return _LIVE_WORDS.search(head) is not None


# A word each alternative of _LIVE_WORDS holds, in lowercase.
_LIVE_HINTS = (
    "live",
    "happened",
    "latest",
    "ticker",
    "direct",
    "vivo",
    "minuto",
    "diretta",
    "tempo",
    "+++",
)


def _clocked_siblings(tree: Node, vouched: frozenset[int] = frozenset()) -> list[Node]:
    """The clocked entries of the largest group of same-tag siblings that are nearly all
    clocked entries, when it has at least ``_MIN_SIBLING_ENTRIES`` of them and is not page
    furniture. A few odd members (an ad slot among the entries) are furniture, not text.

    Their clocks run one way, unless the page's JSON-LD vouches for most of them (``vouched``:
    the clocks of its updates; then the members it does not list are the site's own items) or
    their class names them a feed's entries: items of the site's own set among the entries, with
    clocks of their own, do not make a feed a list of something else."""
    groups: dict[tuple[int, str], list[Node]] = {}
    for node in select(tree, _SIBLING_TAGS)[:_MAX_SIBLING_CANDIDATES]:
        parent = node.parent
        if parent is not None:
            groups.setdefault((parent.mem_id, node.tag), []).append(node)
    best: list[Node] = []
    for members in groups.values():
        if len(members) < max(_MIN_SIBLING_ENTRIES, len(best) + 1):
            continue
        clocks = {m.mem_id: clock for m in members if (clock := _entry_clock(m))}
        clocked = [m for m in members if m.mem_id in clocks]
        if _a_playlist(clocked, clocks):
            continue  # a playlist's running times ("1:00", "3:43", "0:19"), not entries' clocks
        if not _in_order(clocked, clocks):
            if _vouched_for(clocked, clocks, vouched):
                clocked = _listed(clocked, clocks, vouched)
            elif not _named_feed_entries(clocked):
                continue
        # Ad slots and teasers set among the entries are short or furniture: not odd members.
        odd = sum(1 for m in members if m not in clocked and not _short(m) and not is_furniture(m))
        if (
            len(clocked) >= max(_MIN_SIBLING_ENTRIES, len(best) + 1)
            and odd <= max(1, len(members) // 4)
            and not _in_furniture(members[0])
        ):
            best = clocked
    return _with_lookalikes(tree, best)


# A ticker's or a feed's entry, behind a CMS's prefix: "fn-ticker__entry", "ticker-item".
_FEED_ENTRY_CLASS = re.compile(
    r"(?:^|[-_])(?:live|ticker|newsticker|liveticker)[-_]*(?:blog)?[-_]*(?:entry|post|update|item)$",
    re.IGNORECASE,
)


def _named_feed_entries(entries: list[Node]) -> bool:
    """Whether the entries share a class that names them entries of a ticker or a live feed."""
    shared = set(entries[0].attributes.get("class", "").split()) if entries else set()
    for entry in entries[1:]:
        shared &= set(entry.attributes.get("class", "").split())
    return any(_FEED_ENTRY_CLASS.search(token) for token in shared)


def _vouched_for(entries: list[Node], clocks: dict[int, str], vouched: frozenset[int]) -> bool:
    """Whether the JSON-LD's updates show the clocks of at least ``_MIN_SIBLING_ENTRIES`` of
    ``entries`` and of half of them."""
    if not vouched:
        return False
    shown = sum(1 for e in entries if clock_minutes(clocks[e.mem_id]) in vouched)
    return shown >= _MIN_SIBLING_ENTRIES and 2 * shown >= len(entries)


def _listed(entries: list[Node], clocks: dict[int, str], vouched: frozenset[int]) -> list[Node]:
    """The entries the JSON-LD lists, and those older than all it lists (it may hold only the
    latest): an item out of the feed's order that it does not list is the site's own."""
    oldest = min(vouched)
    return [
        e
        for e in entries
        if (minutes := clock_minutes(clocks[e.mem_id])) is not None
        and (minutes in vouched or minutes < oldest)
    ]


def _with_lookalikes(tree: Node, entries: list[Node]) -> list[Node]:
    """``entries`` and the clocked elements elsewhere on the page that share their tag and class
    (a pinned post set above the feed), in page order."""
    if not entries:
        return entries
    signature = (entries[0].tag, entries[0].attributes.get("class"))
    if not signature[1] or any((e.tag, e.attributes.get("class")) != signature for e in entries):
        return entries
    taken = {e.mem_id for e in entries}
    judged = {e.parent.mem_id for e in entries if e.parent is not None}  # the group's own
    alike = [
        node
        for node in select(tree, signature[0])[:_MAX_SIBLING_CANDIDATES]
        if node.attributes.get("class") == signature[1]
        and node.mem_id not in taken
        and (node.parent is None or node.parent.mem_id not in judged)
        and not has_ancestor_in(node, taken)
        and _entry_clock(node)
    ]
    if not alike:
        return entries
    order = {node.mem_id: index for index, node in enumerate(select(tree, signature[0]))}
    return sorted([*entries, *alike], key=lambda node: order.get(node.mem_id, 0))


_LONGEST_ODD_SIBLING = 150  # an ad slot or a promo line; a story beside the entries is longer


def _a_playlist(entries: list[Node], clocks: dict[int, str]) -> bool:
    items = []
    for entry in entries:
        clock = clocks[entry.mem_id]
        text = normalize_text(entry.text(deep=True, separator=" "))
        items.append((clock, _without_clock(text, clock)))
    return is_playlist(items)


def _in_order(entries: list[Node], clocks: dict[int, str]) -> bool:
    """Whether the entries' clocks run one way, newest or oldest first (one pinned entry may
    stand out of order among five or more). Where the clocks name their day ("Sonntag, 22:40
    Uhr" after "Samstag, 23:05 Uhr"), only the steps within a day are compared."""
    labels = [clocks[e.mem_id] for e in entries if not _pinned(e)]
    minutes = [clock_minutes(label) for label in labels]
    if len(minutes) < 3 or None in minutes:
        return True
    days = [" ".join(_DAY_WORD.findall(label.casefold())) for label in labels]
    steps = [
        (b - a) % _DAY  # type: ignore[operator]
        for (a, b), (day_a, day_b) in zip(
            itertools.pairwise(minutes), itertools.pairwise(days), strict=True
        )
        if day_a == day_b
    ]
    slack = 1 if len(minutes) >= 5 else 0
    later = sum(0 < step < _DAY // 2 for step in steps)
    earlier = sum(step > _DAY // 2 for step in steps)
    return bool(later <= slack or earlier <= slack)


_DAY = 24 * 60
# The words of a clock's label ("sonntag", "uhr"; none in "11 h 38" or "10.35am"): the same
# within a day, another across days.
_DAY_WORD = re.compile(r"[^\W\d_]{3,}")


def _pinned(entry: Node) -> bool:
    """An entry kept on top out of time order: its class or its first words say so."""
    if "pin" in (entry.attributes.get("class") or "").lower():
        return True
    return opens_with_pin_badge(normalize_text(entry.text(deep=True, separator=" ")[:40]))


def odd_siblings(entries: list[Node]) -> frozenset[int]:
    """The mem_ids of the short elements and boxes set among sibling entries that are not
    entries themselves: an ad slot, a promo, a reader counter, a weather box or a job list
    between two entries; and, anywhere among them, an item in the entries' own markup that is
    not one of them. A feed's furniture. (Other text above the first entry is the blog's intro,
    and stays.)"""
    taken = {e.mem_id for e in entries}
    markup = {(e.tag, e.attributes.get("class")) for e in entries if e.attributes.get("class")}
    odd: set[int] = set()
    parents = {e.parent.mem_id: e.parent for e in entries if e.parent is not None}
    for parent in list(parents.values())[:MAX_ENTRIES]:
        child = parent.child
        past_first = False
        while child is not None:
            if child.mem_id in taken:
                past_first = True
            elif child.tag != "-text" and (
                (past_first and (_short(child) or is_box(child)))
                or (child.tag, child.attributes.get("class")) in markup
            ):
                odd.add(child.mem_id)
            child = child.next
    return frozenset(odd)


def _short(node: Node) -> bool:
    return len(node.text(deep=True, strip=True)) <= _LONGEST_ODD_SIBLING


def _entry_clock(node: Node) -> str:
    """The visible clock of an element that is a clocked entry: it says something past its
    clock and is not a list of links; "" for any other element."""
    clock = visible_clock(node)
    if not clock:
        return ""
    text = node.text(deep=True, separator=" ")
    linked = link_text_length(node)
    return clock if len(text.strip()) >= _ENTRY_TEXT and 2 * linked < len(text) else ""


def _in_furniture(node: Node) -> bool:
    parent = node.parent
    for _ in range(200):
        if parent is None or parent.tag in ("body", "html"):
            return False
        if is_furniture(parent):
            return True
        parent = parent.parent
    return False


def visible_clock(entry: Node) -> str:
    """The clock a reader sees at the top of an entry ("15.05", "16:05 Uhr"), or "". An entry
    that shows how long ago it was posted ("il y a 5 min", "vor 12 Min.") in a <time> whose
    datetime says when has that clock ("22:40", in the offset the attribute is written in): the
    text changes on every view, the attribute stays."""
    seen = 0
    for node in entry.traverse(include_text=True, skip_empty=True):
        if not node.is_text_node:
            continue
        text = normalize_text(node.text_content or "")
        if not text:
            continue
        if could_open_clock(text):
            found = match_clock_lead(text)
            if found is not None and not found.rest:
                return found.label
        if (
            len(text) <= _LONGEST_STAMP
            and is_bare_stamp(text)
            and (_CLOCK.search(text) or clock_minutes(text) is not None)
        ):
            # a full stamp: "6 Dec 2026 16:10 GMT", "Dec 06, 2026, 9:05 AM EST", "Dimanche, 22h40"
            return text
        clock = _clock_beside_words(text)
        if clock:
            return clock
        if node.parent is not None and node.parent.tag == "time" and is_relative_time(text):
            found_clock = _ISO_CLOCK.search(node.parent.attributes.get("datetime") or "")
            if found_clock is not None:
                return f"{found_clock[1]}:{found_clock[2]}"
        seen += 1
        if seen >= _OPENING_TEXT_NODES:
            break
    return ""


_ISO_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})")
# An entry's title that ends with its clock in brackets ("Scuole chiuse lunedì (18:30)",
# "Flood gates shut (4.05pm)", "Fähre fällt aus (um 17.10 Uhr)").
_TRAILING_CLOCK = re.compile(
    r"\S\s*\(\s*(?:ore|um|à|at|h\.?)?\s*"
    r"(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?|\s*Uhr)?)\s*\)$",
    re.IGNORECASE,
)
_LONGEST_TITLE = 160
_META_PARTS = re.compile(r"\s+[·•|–—]\s+")
_LONGEST_META_LINE = 80


def _clock_beside_words(text: str) -> str:
    """The clock of a short line that says more than the clock: a title ending with it in
    brackets ("Chiuso il casello di Voltri (21:20)"), a posted line ("Posted 5:48 PM AST by
    Bernews Staff"), or a meta line ("5.40pm · Jane Smith"); else "". Most lines of a page hold
    no digit and are turned down by one search."""
    if len(text) > _LONGEST_TITLE or _DIGIT.search(text) is None:
        return ""
    trailing = _TRAILING_CLOCK.search(text)
    if trailing is not None:
        return trailing[1]
    posted = _POSTED_AT.fullmatch(text)
    if posted is not None:
        return posted["clock"]
    return _clock_in_meta_line(text)


_DIGIT = re.compile(r"\d")


def _clock_in_meta_line(text: str) -> str:
    """The clock of an entry's meta line, set off from its author or date by a dot, a bar or a
    dash ("5.40pm · Jane Smith", "Jane Smith | 17:40"), or ""."""
    if len(text) > _LONGEST_META_LINE or _META_PARTS.search(text) is None:
        return ""
    for part in _META_PARTS.split(text):
        if could_open_clock(part):
            found = match_clock_lead(part)
            if found is not None and not found.rest:
                return found.label
    return ""


# An entry's line saying when it was posted, perhaps by whom ("Posted 5:48 PM AST by Bernews
# Staff", "Pubblicato alle 18.40", "Publié à 16 h 42 par la rédaction").
_POSTED_AT = re.compile(
    r"(?:posted|published|updated|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour|pubblicato"
    r"|aggiornato|publicado|actualizado|atualizado)\s+(?:at|on|um|à|le|alle|a\s+las|às)?\s*"
    r"(?P<clock>\d{1,2}(?:[:.]|\s?h\s?)\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+Uhr)?(?:\s+[A-Z]{2,5}\b)?)"
    r"(?:\s+(?:by|von|par|di|da|por)\s+\S.{0,60})?",
    re.IGNORECASE,
)


def body_root(entries: list[Node]) -> Node | None:
    """Where a live blog's own text lives: the <article>/<main> around the entries, else the
    smallest element holding them all."""
    common = _common_ancestor(entries)
    node = common
    for _ in range(200):
        if node is None or node.tag in ("body", "html"):
            break
        if node.tag in ("article", "main"):
            return node
        node = node.parent
    return common


def feed_wrappers(entries: list[Node], root: Node) -> frozenset[int]:
    """The mem_ids of the elements between ``root`` and the entries: the feed's wrappers."""
    wrappers: set[int] = set()
    for entry in entries:
        node = entry.parent
        while node is not None and node.mem_id != root.mem_id and node.mem_id not in wrappers:
            wrappers.add(node.mem_id)
            node = node.parent
    return frozenset(wrappers)


def _common_ancestor(entries: list[Node]) -> Node | None:
    last_chain = set()
    node = entries[-1]
    for _ in range(200):
        if node is None:
            break
        last_chain.add(node.mem_id)
        node = node.parent
    candidate = entries[0].parent
    for _ in range(200):
        if candidate is None or candidate.mem_id in last_chain:
            return candidate
        candidate = candidate.parent
    return None


def entry_block(entry: Node, zone: tzinfo | None) -> RawBlock:
    when, raw, visible = _entry_time(entry, zone)
    block = RawBlock(
        kind=BlockKind.LIVE_ENTRY,
        label=visible or raw or "",
        stamp=visible or raw,
        fixed_time=when,
    )
    # Inside an entry a <header> is the entry's head (its clock and headline), not furniture,
    # unless its class or id says it is (an author "meta" line, share tools).
    heads = frozenset(
        h.mem_id for h in select(entry, "header") if not names_furniture(h) and not is_hidden(h)
    )
    for unit in drop_noise(flatten(entry, keep=heads)):
        text = unit.text
        if visible and not block.paragraphs:
            text = _without_clock(text, visible)  # "<b>10h12</b> La …", "17.42 GMT17.42 GMT"
            if _only_the_clock(text, visible):
                continue  # "Published On 6 Dec 2026 16:10 GMT 6 Dec 2026 16:10 GMT"
        if text and not (is_noise_line(text) or is_bare_stamp(text) or is_relative_time(text)):
            block.add(unit, text)
        elif unit.struck:
            block.add(unit, "")
    while (
        len(block.paragraphs) > 1
        and (is_credit_line(block.paragraphs[-1]) or _SOURCE_LINE.fullmatch(block.paragraphs[-1]))
        and all(index < len(block.paragraphs) - 1 for index, _, _ in block.struck)
    ):
        block.paragraphs.pop()  # "Quelle: dpa", "Reporting by …": who sent it, not what
    return block


# An entry's last line naming where it came from ("Quelle: ARD-Studio Stockholm").
_SOURCE_LINE = re.compile(r"(?:quellen?|sources?|fontes?|fuentes?)\s*:\s*\S.{0,60}", re.IGNORECASE)


def _without_clock(text: str, clock: str) -> str:
    """``text`` without the entry's clock at its start, however often the page repeats it (a
    <time> and a visible copy of it in one link)."""
    for _ in range(4):
        if not text.startswith(clock):
            break
        text = text[len(clock) :].lstrip(" :|–—-")
    trailing = _TRAILING_CLOCK.search(text)
    if trailing is not None and trailing[1] == clock:
        text = text[: trailing.start() + 1]  # "Scuole chiuse lunedì (18:30)": the title alone
    return text


# What a stamp line may say beside the stamp: a label a screen reader hears.
_STAMP_LABEL = re.compile(
    r"(?:published|posted|updated|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour|publicado"
    r"|actualizado|pubblicato|aggiornato|atualizado)?\s*(?:on|at|am|um|le|à|el|a\s+las|il|alle"
    r"|em|às)?\s*[:|·•-]?\s*",
    re.IGNORECASE,
)


def _only_the_clock(text: str, clock: str) -> bool:
    """Whether a line at an entry's top says nothing but its clock, perhaps twice, once behind a
    label for screen readers ("Published On 6 Dec 16:10 GMT 6 Dec 16:10 GMT")."""
    if clock not in text:
        return not text
    return _STAMP_LABEL.fullmatch(text.replace(clock, " ").strip()) is not None


def _entry_time(entry: Node, zone: tzinfo | None) -> tuple[datetime | None, str | None, str]:
    """(exact time, raw attribute value, visible clock text) for one entry."""
    time_node = select_first(entry, "time[datetime]")
    raw: str | None = None
    visible = ""
    if time_node is not None:
        raw = time_node.attributes.get("datetime")
        visible = normalize_text(time_node.text(deep=True))
    else:
        meta = select_first(entry, '[itemprop="datePublished"]')
        if meta is not None:
            raw = meta.attributes.get("content") or meta.attributes.get("datetime")
    when = parse_datetime(raw, zone)
    if when is None:
        epoch = entry.attributes.get("data-sort-time") or entry.attributes.get("data-timestamp")
        if epoch and epoch.isdigit() and len(epoch) <= 11:
            when = datetime.fromtimestamp(int(epoch), tz=UTC)
            raw = raw or epoch
    if not visible or is_relative_time(visible):
        visible = visible_clock(entry)
    if not visible:
        clock_node = select_first(entry, '[class*="time"]:not([class*="timeline"])')
        found = _CLOCK.search(clock_node.text(deep=True)) if clock_node is not None else None
        visible = normalize_text(found[0]) if found else ""
    if visible and is_noise_line(visible):
        visible = ""
    return when, raw, visible


def jsonld_blocks(updates: list[LiveUpdate], zone: tzinfo | None) -> list[RawBlock]:
    blocks = []
    for update in updates:
        when = parse_datetime(update.published, zone)
        block = RawBlock(
            kind=BlockKind.LIVE_ENTRY,
            label="" if when is not None else update.published or "",  # the clock, when known
            stamp=update.published,
            fixed_time=when,
            structured=True,
        )
        headline = normalize_text(update.headline)
        if headline:
            block.paragraphs.append(headline)
        for chunk in update.body.split("\n"):
            text = normalize_text(chunk)
            if text and text != headline:
                block.paragraphs.append(text)
        if block.paragraphs:
            blocks.append(block)
    return blocks


def merge_live(
    live: list[RawBlock], parts: list[RawBlock], updates: list[LiveUpdate], zone: tzinfo | None
) -> list[RawBlock]:
    """The live blocks and the body's blocks together. Entries the page shows with a clock only
    (clocked body units, entries without a ``<time datetime>``) are the entries its JSON-LD
    ``liveBlogUpdate`` lists (``updates``): they borrow their exact times (with the date, which
    a clock lacks) from the ones whose text they share, and the JSON-LD ones are not repeated."""
    visible = [
        b
        for b in (*live, *parts)
        if b.kind is BlockKind.LIVE_ENTRY and b.fixed_time is None and not b.structured
    ]
    if not visible:
        return [b for b in live if b.paragraphs] + parts
    structured = [b for b in live if b.structured] or jsonld_blocks(updates, zone)
    times: dict[str, datetime | None] = {}
    for block in structured:
        for text in block.paragraphs[:2]:
            times.setdefault(normalize_for_compare(text), block.fixed_time)
    for block in visible:
        block.fixed_time = next(
            (t for p in block.paragraphs[:2] if (t := times.get(normalize_for_compare(p)))),
            None,
        )
    return [b for b in live if b.paragraphs and not b.structured] + parts
