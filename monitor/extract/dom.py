"""The DOM layer: choose the text container and flatten it into ``Unit``s (paragraph-like runs).

A ``Unit`` is what a reader sees as one paragraph: the text of a <p>, a heading, a list item, or
loose text in a <div>, with struck text (<del>/<s>/<strike>) taken out and kept aside, and the
facts the block splitter needs — the emphasised lead ("<strong>UPDATE: …</strong>"), whether it
is all italic, which update box (<div class="update">, <aside class="correction">) it sits in,
and whether an <hr> preceded it.

Page furniture is skipped while walking rather than deleted first: elements by tag (script, nav,
form, figure, …), hidden elements, and elements whose class/id words name furniture (sidebar,
share, related, byline, ad, …). Update boxes are never furniture, even inside an <aside> or
<footer>. Class names are only ever used to *skip* or *group*, never to find the body, so a site
that renames its CSS classes between polls still yields the same text.

Work is bounded: the walk is iterative (no recursion), stops descending below ``MAX_DEPTH`` and
stops after ``MAX_NODES`` nodes or ``MAX_UNITS`` units. Choosing the container is in
``monitor.extract.container``; limiting nesting before the parse in ``monitor.extract.nesting``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from selectolax.lexbor import LexborCSSSelector, LexborHTMLParser

from monitor.extract.lines import is_ad_label
from monitor.extract.normalize import normalize_text
from monitor.markers import could_open_marker, match_marker, named_kind
from monitor.markers.clocks import could_open_clock, match_clock_lead
from monitor.model import BlockKind

MAX_DEPTH = 200
MAX_NODES = 300_000
MAX_UNITS = 5_000
MAX_DENSITY_PARAGRAPHS = 5_000

Node = Any  # selectolax.lexbor.LexborNode (untyped library)


# CSS queries go through one selector engine for every page. A parsed page otherwise builds its
# own on its first query, and that engine's first search allocates its working memory: ~45 µs
# of each page's extraction (a 30 KB page parses in ~100 µs). selectolax's own ``css`` calls
# are exactly ``engine.find(query, node)``; the engine keeps nothing of a page between calls,
# and its calls hold the GIL throughout, so sharing it is safe.
# (Any: selectolax's stub gives the class no annotated constructor and no find_first.)
_ENGINE: Any = LexborCSSSelector()  # type: ignore[no-untyped-call]


def select(scope: Node, query: str) -> list[Node]:
    """``scope.css(query)``, for a parsed page or one of its nodes."""
    node = scope.root if isinstance(scope, LexborHTMLParser) else scope
    if node is None:
        return []
    found: list[Node] = _ENGINE.find(query, node)
    return found


def has_ancestor_in(node: Node, ids: set[int] | frozenset[int]) -> bool:
    """Whether an element above ``node`` has one of the mem_ids ``ids``."""
    parent = node.parent
    for _ in range(200):
        if parent is None:
            return False
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def link_text_length(scope: Node) -> int:
    """How many characters of ``scope``'s text are the text of its links."""
    return sum(len(a.text(deep=True, strip=True)) for a in select(scope, "a"))


def select_first(scope: Node, query: str) -> Node | None:
    """``scope.css_first(query)``, for a parsed page or one of its nodes."""
    node = scope.root if isinstance(scope, LexborHTMLParser) else scope
    if node is None:
        return None
    found = _ENGINE.find_first(query, node)
    return found[0] if found else None


_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "nav",
        "form",
        "button",
        "select",
        "textarea",
        "input",
        "label",
        "figure",
        "figcaption",
        "picture",
        "video",
        "audio",
        "canvas",
        "object",
        "embed",
        "menu",
        "dialog",
        "head",
        "title",
        "meta",
        "link",
        "math",
        "source",
        "track",
        "map",
        "area",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "aside",
        "main",
        "header",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "center",
        "details",
        "summary",
        "address",
        "hgroup",
    ]
)
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_EMPHASIS = frozenset(["strong", "b", "em", "i"])
_ITALIC = frozenset(["em", "i"])
_STRUCK = frozenset(["del", "s", "strike"])
_CONTAINERISH = frozenset(["div", "section", "aside", "footer", "blockquote", "article"])
_GROUPING = _CONTAINERISH | frozenset(["header", "ul", "ol", "dl", "table", "details"])

_NOISE_WORDS = frozenset(
    ["nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "rail", "related", "recirc", "recirculation", "recommended", "popular", "trending", "share", "sharing", "sharebar", "social", "newsletter", "subscribe", "subscription", "signup", "ad", "ads", "adslot", "advert", "advertisement", "advertising", "sponsor", "sponsored", "promo", "promotion", "adv", "inread", "adunit", "poll", "donate", "donation", "donations", "fundraising", "outbrain", "taboola", "comments", "comment", "disqus", "byline", "dek", "standfirst", "kicker", "caption", "credit", "credits", "contact", "author", "authors", "bio", "meta", "tags", "tag", "topics", "cookie", "consent", "modal", "popup", "toolbar", "widget", "counter", "views", "skip", "hidden", "sronly", "visuallyhidden", "print", "footer", "masthead", "photo", "photos", "gallery", "slideshow", "carousel", "lightbox", "pullquote"]
)  # fmt: skip
# The words of a class or id that name an update or correction box, in the five languages'
# class names ("update-note", "box-aggiornamento", "c-nachtrag", "ndlr").
_BOX_KINDS: dict[str, BlockKind] = {
    word: kind
    for kind, words in (
        (BlockKind.UPDATE, "update updates aktualisierung aktualisierungen maj nachtrag ergaenzung "
         "ergänzung actualisation aggiornamento aggiornamenti"),
        (BlockKind.CORRECTION, "correction corrections correctionnote korrektur korrekturhinweis "
         "richtigstellung berichtigung rectificatif erratum errata rettifica correzione"),
        (BlockKind.CLARIFICATION, "clarification klarstellung precisazione chiarimento"),
        (BlockKind.EDITORS_NOTE, "editor editors editornote editorsnote note notes addendum "
         "notice ndlr ndr redaktionshinweis transparenzhinweis"),
    )
    for word in words.split()
}  # fmt: skip
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Struck:
    text: str
    datetime_attr: str | None


class Unit(NamedTuple):
    """One paragraph-like run. A NamedTuple: immutable, and ~4x cheaper to build than a frozen
    dataclass (a 30 KB page makes a few hundred of these per extraction)."""

    text: str
    tag: str
    lead: str = ""
    italic: bool = False
    box: int = 0  # 0: not in an update box; else the box's ordinal in the page
    box_kind: BlockKind | None = None
    struck: tuple[Struck, ...] = ()
    after_rule: bool = False
    links: int = 0  # characters of ``text`` inside <a> elements (link density)
    groups: tuple[int, ...] = ()  # ordinals of the wrapping elements it sits in, outermost first

    @property
    def heading_level(self) -> int:
        return int(self.tag[1]) if self.tag in _HEADINGS else 0


def class_words(node: Node) -> frozenset[str]:
    return _words(node.attributes)


_NO_WORDS: frozenset[str] = frozenset()


def _words(attrs: dict[str, str | None]) -> frozenset[str]:
    klass, ident = attrs.get("class"), attrs.get("id")
    if not klass and not ident:
        return _NO_WORDS
    return _split_words(klass or "", ident or "")


@functools.lru_cache(maxsize=4096)
def _split_words(klass: str, ident: str) -> frozenset[str]:
    """The lowercase words of a class and an id. Cached: a page repeats its class names many
    times over, and a site's pages share them."""
    return frozenset(_WORD_SPLIT.split(f"{klass} {ident}".lower())) - {""}


def box_kind(node: Node, words: frozenset[str] | None = None) -> BlockKind | None:
    """The block kind an update/correction/note wrapper declares through its class/id, if any.
    A BEM element's class ("update-note__text") names a part of its block, and only the part's
    own name counts: the text of an update box is not a box of its own."""
    if node.tag not in _CONTAINERISH and node.tag != "p":
        return None
    attrs = node.attributes
    klass, ident = attrs.get("class") or "", attrs.get("id") or ""
    if "__" in klass or "__" in ident:
        words = _element_words(klass, ident)
    elif words is None:
        words = _words(attrs)
    return _box_kind_of(words) if words else None


@functools.lru_cache(maxsize=4096)
def _element_words(klass: str, ident: str) -> frozenset[str]:
    """``_split_words`` with each BEM name ("block__element") cut to its element. A CSS
    module's name ("Note_root__VLh7e") ends in a hash, not an element, and stays whole."""
    names = []
    for name in f"{klass} {ident}".split():
        block, _, element = name.rpartition("__")
        names.append(element if block and _BEM_ELEMENT.fullmatch(element) else name)
    return _split_words(" ".join(names), "")


_BEM_ELEMENT = re.compile(r"[a-z]{2,}(?:-[a-z]+)*(?:--[a-z0-9-]+)?")


# Parts of a box, not boxes: "article-update__label", "update-time", "correction-title".
_BOX_PARTS = frozenset(
    ["label", "title", "heading", "header", "kicker", "time", "date", "stamp", "timestamp", "icon"]
)


@functools.lru_cache(maxsize=4096)
def _box_kind_of(words: frozenset[str]) -> BlockKind | None:
    if not words.isdisjoint(_BOX_PARTS):
        return None
    if ("editor" in words and "note" in words) or "editors" in words:
        return BlockKind.EDITORS_NOTE
    for word in sorted(words):
        if word in _BOX_KINDS:
            return _BOX_KINDS[word]
    return None


def is_hidden(node: Node) -> bool:
    return _hidden(node.attributes)


def _hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style or "") is not None


def names_furniture(node: Node) -> bool:
    """Whether an element's class or id words name furniture ("share", "byline", "meta")."""
    return not _words(node.attributes).isdisjoint(_NOISE_WORDS)


def is_furniture(node: Node) -> bool:
    """Skip this element and everything in it (unless it is an update box)."""
    tag = node.tag
    return tag in _SKIP_TAGS or _furniture_by_attributes(node, tag, node.attributes)


_SECTIONING = frozenset(["aside", "footer", "header"])


def _furniture_by_attributes(node: Node, tag: str, attrs: dict[str, str | None]) -> bool:
    """``is_furniture`` past the tag test. An element with no attributes that is not sectioning
    is never furniture: the walk tests that itself, without a call."""
    if attrs and _hidden(attrs):
        return True
    words = _words(attrs) if attrs else _NO_WORDS
    if tag not in _SECTIONING and not words & _NOISE_WORDS:
        return False
    return (
        box_kind(node, words) is None
        and not starts_with_marker(node)
        and select_first(node, _EMBEDDED_POST) is None
    )


# A post the story quotes, embedded in a "social" or "widget" wrapper or an <aside>: the
# story's text, whatever holds it.
_EMBEDDED_POST = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed"


def _ad_label_of(node: Node) -> str:
    """The text of a furniture element that is only an ad label (``<span class="ad-label">
    Anzeige</span>``), else "": the label says its box is an ad, whatever the box's class."""
    first = node.child
    if first is None or not first.is_text_node or first.next is not None:
        return ""
    text = normalize_text(first.text_content or "")
    return text if is_ad_label(text) else ""


def _entry_clock_of(node: Node) -> str:
    """The clock of a furniture-classed meta line that holds a ``<time>`` ("<div
    class="entry__meta"><time>22:41 Uhr</time> · vor 19 Min.</div>"), else "": the clock
    opens a live entry; the rest of the line is furniture."""
    if node.tag not in ("div", "p", "span", "header"):
        return ""
    time = node.css_first("time")
    if time is None:
        return ""
    text = normalize_text(time.text(deep=True))
    found = match_clock_lead(text) if len(text) <= 40 and could_open_clock(text) else None
    return found.label if found is not None and not found.rest else ""


def starts_with_marker(node: Node, head: str | None = None) -> bool:
    """Whether ``node`` opens with a marker, or with a title that names a note ("<h5>Errata
    corrige</h5>" over the note's text). ``head``: the node's first 300 characters, normalised,
    when the caller has them."""
    if head is None:
        head = normalize_text(node.text(deep=True)[:300])
    if match_marker(head) is not None:
        return True
    if not could_open_marker(head):  # the title's words open the node's text too
        return False
    first = next((child for child in node.iter() if child.tag != "-text"), None)
    return first is not None and named_kind(normalize_text(first.text(deep=True)[:60])) is not None


# ---------------------------------------------------------------------------------------------
# Flattening into units.


@dataclass(slots=True)
class _Collector:
    units: list[Unit] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    leading: bool = False  # still inside the emphasised lead
    seen_text: bool = False
    all_italic: bool = True
    struck: list[Struck] = field(default_factory=list)
    struck_parts: list[str] = field(default_factory=list)
    tag: str = "p"
    after_rule: bool = False
    links: int = 0
    groups: tuple[int, ...] = ()

    def text(self, value: str, emphasis: bool, italic: bool) -> None:
        # Positional parameters: called for every text node, and keywords cost ~30% of a call.
        if not value.strip():
            # Whitespace before a unit's first text never reaches it (normalize_text trims), so
            # only whitespace after it is kept (``leading`` implies ``seen_text``).
            if self.seen_text:
                self.parts.append(value)
                if self.leading:
                    self.lead.append(value)
            return
        self.parts.append(value)
        if not self.seen_text:
            self.seen_text = True
            self.leading = emphasis
        elif self.leading and not emphasis:
            self.leading = False
        if self.leading:
            self.lead.append(value)
        self.all_italic = self.all_italic and italic

    def flush(self, box: int, kind: BlockKind | None) -> None:
        if not self.seen_text and not self.struck:
            return  # nothing collected (``parts`` and ``lead`` fill only after ``seen_text``)
        text = normalize_text("".join(self.parts))
        if (text or self.struck) and len(self.units) < MAX_UNITS:
            self.units.append(
                Unit(
                    text=text,
                    tag=self.tag,
                    lead=normalize_text("".join(self.lead)) if self.lead else "",
                    italic=self.all_italic and bool(text),
                    box=box,
                    box_kind=kind,
                    struck=tuple(self.struck),
                    after_rule=self.after_rule,
                    links=min(self.links, len(text)),
                    groups=self.groups,
                )
            )
            self.after_rule = False
        self.parts, self.lead, self.struck = [], [], []
        self.links = 0
        self.leading, self.seen_text, self.all_italic = False, False, True

    def plain(
        self,
        tag: str,
        value: str,
        emphasis: bool,
        italic: bool,
        box: int,
        kind: BlockKind | None,
        linked: bool,
    ) -> None:
        """A block element holding one text node: what ``flush``, ``text``, ``flush`` would make,
        without the bookkeeping (most story paragraphs take this path)."""
        if self.seen_text or self.struck:
            self.flush(box, kind)
        self.tag = tag
        text = normalize_text(value)
        if text and len(self.units) < MAX_UNITS:
            lead = text if emphasis else ""
            links = len(text) if linked else 0
            unit = Unit(text, tag, lead, italic, box, kind, (), self.after_rule, links, self.groups)
            self.units.append(unit)
            self.after_rule = False


def flatten(
    container: Node, *, skip: frozenset[int] = frozenset(), keep: frozenset[int] = frozenset()
) -> list[Unit]:
    """The container's text as units, in page order; ``skip`` holds mem_ids to leave out,
    ``keep`` those never to take for furniture or for update boxes by their class words (story
    wrappers: a live feed's "live-updates" section holds entries, not one update)."""
    out = _Collector()
    boxes: list[tuple[int, BlockKind]] = []  # open update boxes (ordinal, kind)
    box, kind = 0, None  # the innermost open box: (0, None) outside any
    box_count = 0
    emphasis = italic = struck = anchor = 0
    group_count = 0
    struck_time: str | None = None
    # Stack items: (node, depth) to enter, or (None, exit-code) to close an element.
    stack: list[tuple[Node | None, Any]] = [(container, 0)]
    visited = 0

    while stack and visited < MAX_NODES:
        node, info = stack.pop()
        if node is None:  # leaving an element
            tag, was_box, grouped = info
            if tag in _EMPHASIS:
                emphasis -= 1
                italic -= tag in _ITALIC
            elif tag in _STRUCK:
                struck -= 1
                if struck == 0:
                    text = normalize_text("".join(out.struck_parts))
                    if text:
                        out.struck.append(Struck(text, struck_time))
                    out.struck_parts = []
            elif tag in _BLOCK_TAGS:
                out.flush(box, kind)
                if was_box:
                    boxes.pop()
                    box, kind = boxes[-1] if boxes else (0, None)
                if grouped:
                    out.groups = out.groups[:-1]
            elif tag == "a":
                anchor -= 1
            continue
        visited += 1
        if node.is_text_node:
            value = node.text_content or ""
            if struck:
                out.struck_parts.append(value)
            else:
                out.text(value, emphasis > 0, italic > 0)
                if anchor:
                    out.links += len(value.strip())
            continue
        if not node.is_element_node or info > MAX_DEPTH:
            continue
        tag = node.tag
        attrs = node.attributes
        if info > 0 and (
            tag in _SKIP_TAGS
            or (
                (attrs or tag in _SECTIONING)
                and _furniture_by_attributes(node, tag, attrs)
                and node.mem_id not in keep
            )
        ):
            label = _ad_label_of(node) or _entry_clock_of(node)
            if label:  # an ad label opens its box for drop_noise; a clock opens a live entry
                out.plain("p", label, False, False, box, kind, False)
            continue
        if skip and node.mem_id in skip:
            continue
        if tag == "br":
            out.text(" ", emphasis > 0, italic > 0)
            continue
        if tag == "hr":
            out.flush(box, kind)
            out.after_rule = True
            continue
        first = node.child
        if (
            tag in _BLOCK_TAGS
            and not attrs
            and first is not None
            and first.is_text_node
            and first.next is None
        ):
            value = first.text_content or ""
            out.plain(tag, value, emphasis > 0, italic > 0, box, kind, anchor > 0)
            visited += 1
            continue
        was_box = grouped = False
        if tag in _BLOCK_TAGS:
            out.flush(box, kind)
            if info > 0 and tag in _GROUPING:
                group_count += 1
                out.groups = (*out.groups, group_count)
                grouped = True
            opened = box_kind(node) if info > 0 and node.mem_id not in keep else None
            if opened is not None:
                box_count += 1
                boxes.append((box_count, opened))
                box, kind = box_count, opened
                was_box = True
            out.tag = tag
        elif tag in _EMPHASIS:
            emphasis += 1
            italic += tag in _ITALIC
        elif tag in _STRUCK:
            if struck == 0:
                struck_time = attrs.get("datetime")
            struck += 1
        elif tag == "a":
            anchor += 1
        stack.append((None, (tag, was_box, grouped)))
        children: list[Node] = []
        child = first
        while child is not None and len(children) < 10_000:
            children.append(child)
            child = child.next
        stack.extend((c, info + 1) for c in reversed(children))
    out.flush(box, kind)
    return out.units
