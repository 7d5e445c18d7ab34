"""Choosing the element that holds the article text.

Readability-style: every paragraph-like element (a <p>, or a <div>/<td>/<section> with loose
text of its own) adds its text that is not inside links to its parent in full and to its
grandparent by half; the element with the highest score, weighted by what its class and id
words say, is the candidate. Siblings that carry story text of their own (a body split by
figures, ads or "read more" boxes into several runs) join it, and the candidate then becomes
their common parent with the rest skipped.

Class and id words decide nothing on their own while choosing: real sites put "ad", "sidebar",
"author" or "paywall" in the class of the very wrappers that hold the story, so such words only
weigh a candidate down. Below the chosen container they do skip furniture (``is_furniture``),
except on elements that hold most of the story's text (``Container.keep``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from monitor.extract.dom import (
    MAX_DENSITY_PARAGRAPHS,
    MAX_DEPTH,
    Node,
    Unit,
    box_kind,
    class_words,
    flatten,
    is_hidden,
    link_text_length,
    names_furniture,
    select,
    select_first,
    starts_with_marker,
)
from monitor.extract.normalize import normalize_text
from monitor.markers import match_marker, match_note, named_kind

# Text shorter than this is a label, a button or a date line, never story text of its own.
_MIN_PARAGRAPH = 25
# A sibling of another kind joins the candidate when its story text reaches this share of the
# candidate's: a second run of the story, not an author box or a teaser beside it.
_SIBLING_SHARE = 0.5
# Notes outside the story's wrapper are looked for this many levels up, among this many
# siblings a level, and are at most this long (a note, not a second story).
_NOTE_LEVELS = 3
_NOTE_SIBLINGS = 60
_LONGEST_NOTE = 2_000
_NOTE_HOLDERS = frozenset(
    ["p", "div", "section", "aside", "footer", "em", "i", "span", "blockquote"]
)
_INLINE_HOLDERS = frozenset(["em", "i", "span"])
_OUTERMOST = frozenset(["article", "main", "body"])
# Readability's reading of a paragraph beside the story: this long with this little link text,
# or shorter, without links, and ending a sentence.
_LONG_PARAGRAPH = 80
_PARAGRAPH_LINK_SHARE = 0.25
# An element holding this share of the container's story text is never furniture.
_KEEP_SHARE = 0.5

_HARD_SKIP = frozenset(
    ["script", "style", "noscript", "template", "svg", "iframe", "nav", "button", "select",
     "textarea", "head", "title", "math", "figure", "figcaption", "dialog", "menu"]
)  # fmt: skip
_NEGATIVE = frozenset(
    ["comment", "comments", "disqus", "sidebar", "rail", "related", "recirc", "recommended",
     "popular", "trending", "footer", "widget", "promo", "sponsored", "outbrain", "taboola",
     "newsletter", "share", "social", "nav", "menu", "teaser", "teasers", "more", "latest",
     "consent", "cookie", "cookies", "privacy", "gdpr"]
)  # fmt: skip
_POSITIVE = frozenset(
    ["article", "articlebody", "body", "content", "entry", "post", "story", "text", "main",
     "blog", "richtext", "prose"]
)  # fmt: skip
_MAX_WEIGHT = 1.25  # what positive class words multiply a score by; nothing weighs more
_THREADS = frozenset(["comment", "comments", "disqus", "replies", "discussion"])
_CREDIT_PARENT = frozenset(["p", "td", "th"])  # their text counts for the element around
_RUNS = frozenset(["ul", "ol", "table", "blockquote", "pre", "dl"])  # join as paragraphs do
_TEXT_HOLDERS = "p, pre, div, td, th, section, article"


@dataclass(frozen=True, slots=True)
class Container:
    """Where the article text is: ``node`` flattened without the elements in ``skip``; the
    elements in ``keep`` are story wrappers, never furniture whatever their class says.
    ``before`` and ``after`` are update or correction notes the page sets outside the story's
    wrapper (a correction in a zone below the body, an editor's note above it). ``run`` is the
    element whose paragraphs scored highest, when the choice knows it: where the story's
    paragraphs sit side by side."""

    node: Node
    skip: frozenset[int] = frozenset()
    keep: frozenset[int] = frozenset()
    before: tuple[Node, ...] = ()
    after: tuple[Node, ...] = ()
    run: Node | None = None

    def units(self) -> list[Unit]:
        """The container's text as units, in page order, notes outside it included."""
        units = [unit for note in self.before for unit in flatten(note)]
        units += flatten(self.node, skip=self.skip, keep=self.keep)
        units += [unit for note in self.after for unit in flatten(note)]
        return units


@dataclass(slots=True)
class _Tally:
    """Story text counted per element: ``score`` (parent in full, grandparent by half) and
    ``total`` (every ancestor in full), both of non-link text."""

    nodes: dict[int, Node]
    score: dict[int, float]
    total: dict[int, int]


def find_container(root: Node) -> Container | None:
    """The element holding the article text, or None when the page has no paragraph of prose."""
    tally = _tally(root)
    if not tally.score:
        return None
    best = tally.nodes[_best(tally)]
    chosen = replace(_with_siblings(best, tally), run=best)
    before, after = _notes_around(chosen.node)
    if before or after:
        return replace(chosen, before=before + chosen.before, after=chosen.after + after)
    return chosen


def _best(tally: _Tally) -> int:
    """The key of the highest weighted score. Candidates are weighed in order of raw score, and
    the search stops where even the highest weight could not lift one above the best so far."""
    page = max(tally.total.values())
    best, best_score = -1, -1.0
    for key in sorted(tally.score, key=tally.score.__getitem__, reverse=True):
        raw = tally.score[key]
        if raw * _MAX_WEIGHT <= best_score:
            break
        weighted = raw * _weight(tally.nodes[key], tally, page)
        if weighted > best_score:
            best, best_score = key, weighted
    return best


def _tally(root: Node) -> _Tally:
    tally = _Tally({}, {}, {})
    hard: dict[int, bool] = {}
    per_parent: dict[int, int] = {}
    parents: dict[int, Node] = {}
    for element in select(root, _TEXT_HOLDERS)[:MAX_DENSITY_PARAGRAPHS]:
        length = _story_length(element)
        if length == 0:
            continue
        as_paragraph = element.tag in _CREDIT_PARENT or _inline_only(element)
        parent = element.parent if as_paragraph else element
        # Asked of the element the text counts for: a page's paragraphs share a few parents.
        if parent is None or _hard_skipped(parent, hard):
            continue
        key = parent.mem_id
        per_parent[key] = per_parent.get(key, 0) + length
        parents[key] = parent
    for key, length in per_parent.items():
        if length >= _MIN_PARAGRAPH:
            _credit(parents[key], length, tally)
    return tally


def _story_length(element: Node) -> int:
    """Non-link text of a <p> (deep), or of another element's own loose text (its text nodes
    and inline children, not its block children): what a reader sees as its prose."""
    if element.tag in ("p", "li"):  # an <li> only when a list beside the story is weighed
        first = element.child
        if first is not None and first.is_text_node and first.next is None:
            plain = len((first.text_content or "").strip())  # most paragraphs: no markup inside
            return plain if plain >= _MIN_PARAGRAPH else 0
        text = element.text(deep=True, strip=True)
        if len(text) < _MIN_PARAGRAPH:
            return 0
        linked = link_text_length(element)
        return len(text) - linked
    loose = _loose_text_length(element)
    if element.tag in ("td", "th"):
        return loose  # a table's cells are short: their row is what counts, as a paragraph
    return loose if loose >= _MIN_PARAGRAPH else 0


_INLINE = frozenset(["b", "strong", "i", "em", "u", "span", "font", "small", "sup", "sub", "q",
                     "cite", "abbr", "mark", "time", "code", "br"])  # fmt: skip


_INLINE_OR_LINK = _INLINE | {"a", "img"}


def _loose_text_length(element: Node) -> int:
    length = 0
    child = element.child
    for _ in range(2_000):
        if child is None:
            break
        if child.is_text_node:
            length += len((child.text_content or "").strip())
        elif child.is_element_node and child.tag in _INLINE and not _wraps_blocks(child):
            length += len(child.text(deep=True, strip=True))
        child = child.next
    return length


def _inline_only(element: Node) -> bool:
    """An element of text and inline elements only: a paragraph in all but its tag."""
    child = element.child
    for _ in range(2_000):
        if child is None:
            return True
        if child.is_element_node and (child.tag not in _INLINE_OR_LINK or _wraps_blocks(child)):
            return False
        child = child.next
    return False


def _wraps_blocks(inline: Node) -> bool:
    """A <span> or <font> around paragraphs is a wrapper, its text theirs, not loose text."""
    return inline.tag in ("span", "font") and select_first(inline, _BLOCKS_INSIDE) is not None


_BLOCKS_INSIDE = "p, div, li, table, h1, h2, h3, h4, h5, h6, blockquote, pre"


def _hard_skipped(start: Node, memo: dict[int, bool]) -> bool:
    """Whether ``start`` or an ancestor is hidden or a tag that never holds story text."""
    chain: list[int] = []
    node = start
    verdict = False
    for _ in range(MAX_DEPTH):
        if node is None or node.tag in ("body", "html", "-document"):
            break
        key = node.mem_id
        if key in memo:
            verdict = memo[key]
            break
        chain.append(key)
        if node.tag in _HARD_SKIP or is_hidden(node):
            verdict = True
            break
        node = node.parent
    for key in chain:
        memo[key] = verdict
    return verdict


def _credit(parent: Node, length: int, tally: _Tally) -> None:
    node = parent
    for level in range(MAX_DEPTH):
        if node is None or node.tag in ("html", "-document"):
            break
        key = node.mem_id
        tally.nodes[key] = node
        tally.total[key] = tally.total.get(key, 0) + length
        if level < 2 and node.tag != "body":
            tally.score[key] = tally.score.get(key, 0.0) + length / (level + 1)
        node = node.parent


def _weight(node: Node, tally: _Tally, page: int) -> float:
    """The candidate's own class weight, halved for every furniture-like element around it (a
    comment thread, a header widget, a consent box). A wrapper holding most of the ``page``'s
    story text is not furniture, whatever its words."""
    around = 1.0
    parent = node.parent
    for _ in range(MAX_DEPTH):
        if parent is None or parent.tag in ("body", "html", "-document"):
            break
        if _furniture_like(parent, tally.total.get(parent.mem_id, 0) / page):
            around *= 0.5
        parent = parent.parent
    return _class_weight(node) * around


def _furniture_like(node: Node, share: float) -> bool:
    if node.tag in ("header", "footer", "aside"):
        return box_kind(node) is None
    words = class_words(node)
    if not words & _NEGATIVE or box_kind(node, words) is not None:
        return False
    return share < _KEEP_SHARE or bool(words & _THREADS)


def _class_weight(node: Node) -> float:
    words = class_words(node)
    if not words:
        return 1.0
    weight = 1.0
    if words & _NEGATIVE and box_kind(node, words) is None:
        weight *= 0.5
    if words & _POSITIVE:
        weight *= _MAX_WEIGHT
    return weight


def _with_siblings(best: Node, tally: _Tally) -> Container:
    """The candidate, or the wrapper where siblings with story text of their own join it (a
    body split into runs by figures, ads or boxes), with the other siblings skipped.

    Wrappers that add no story text are climbed first: a body split at a higher level (one
    <div> per run, each around the paragraphs) is joined where its runs meet."""
    node = best
    own = tally.total.get(best.mem_id, 0)
    for _ in range(MAX_DEPTH):
        parent = node.parent
        if parent is None or parent.tag in ("body", "html", "-document"):
            break
        if tally.total.get(parent.mem_id, 0) > own:
            found = _siblings(node, parent, own, tally)
            if found.kept_any or _loose_text_length(parent) >= _MIN_PARAGRAPH:
                return Container(
                    parent,
                    skip=frozenset(found.skipped),
                    keep=_kept(parent, tally),
                    before=tuple(found.notes_before),
                    after=tuple(found.notes_after),
                )
            break
        node = parent
    return Container(best, keep=_kept(best, tally))


@dataclass(slots=True)
class _Siblings:
    skipped: list[int]
    kept_any: bool
    notes_before: list[Node]  # notes inside skipped siblings ("<div><h3>For the record:</h3>…")
    notes_after: list[Node]


def _siblings(node: Node, parent: Node, own: int, tally: _Tally) -> _Siblings:
    """``node``'s siblings that stay out, whether any stays in (a run of the story, or an
    update box), and the notes inside the ones that stay out, by side."""
    found = _Siblings([], False, [], [])
    ahead = True
    sibling = parent.child
    for _ in range(2_000):
        if sibling is None:
            break
        if sibling.mem_id == node.mem_id:
            ahead = False
        elif sibling.is_element_node:
            if _joins(sibling, node, own, tally) or box_kind(sibling) is not None:
                found.kept_any = True
            else:
                found.skipped.append(sibling.mem_id)
                note = _note_in(sibling)
                if note is not None:
                    (found.notes_before if ahead else found.notes_after).append(note)
        sibling = sibling.next
    return found


def _joins(sibling: Node, node: Node, own: int, tally: _Tally) -> bool:
    if sibling.tag == "p":  # a paragraph's text is credited to its parent, not to itself
        return _story_length(sibling) >= _MIN_PARAGRAPH
    words = class_words(sibling)
    if words & _NEGATIVE:
        return False
    if sibling.tag in ("div", "span", "font", "section") and _reads_as_paragraph(sibling):
        return True
    if sibling.tag in ("ul", "ol"):  # a list in the story: items of prose, not of links
        items = select(sibling, "li")[:200]
        return sum(_story_length(item) for item in items) >= _MIN_PARAGRAPH * len(items)
    total = tally.total.get(sibling.mem_id, 0)
    if total == 0:
        return False
    if sibling.tag in _RUNS:
        return True
    same_kind = sibling.tag == node.tag and sibling.attributes.get("class") == node.attributes.get(
        "class"
    )
    return same_kind or total >= _SIBLING_SHARE * own


def _reads_as_paragraph(element: Node) -> bool:
    """An element of inline content only that reads as a paragraph of the story (a lede in a
    styled <div> before the rest): prose, with few or no links."""
    if select_first(element, _BLOCKS_INSIDE) is not None:
        return False
    text = element.text(deep=True, strip=True)
    if len(text) < _MIN_PARAGRAPH:
        return False
    linked = link_text_length(element)
    if len(text) >= _LONG_PARAGRAPH:
        return linked <= _PARAGRAPH_LINK_SHARE * len(text)
    return linked == 0 and text.endswith((".", "!", "?", "”", '"'))


def _notes_around(container: Node) -> tuple[tuple[Node, ...], tuple[Node, ...]]:
    """Notes beside the story's wrapper or beside the wrappers around it, up to the article:
    elements that open with an update or correction marker or an unlabelled note sentence.
    Beside the <article> itself, only a box titled as a note ("<aside><h4>Nota dell'editore</h4>
    <p>…</p></aside>"): its title says whose it is, where a line could be the site's."""
    before: list[Node] = []
    after: list[Node] = []
    node = container
    for _ in range(_NOTE_LEVELS):
        parent = node.parent
        if parent is None or parent.tag in ("html", "-document"):
            break
        if node.tag == "article":
            if parent.tag != "body":  # the page's own frame is no box of the story's
                _collect_notes(node, parent, before, after, titled_only=True)
            break
        if node.tag in _OUTERMOST:
            break
        _collect_notes(node, parent, before, after, titled_only=False)
        node = parent
    return tuple(before), tuple(after)


def _collect_notes(
    node: Node, parent: Node, before: list[Node], after: list[Node], *, titled_only: bool
) -> None:
    """The notes among ``node``'s siblings, each on its side of ``node``."""
    ahead = True
    sibling = parent.child
    for _ in range(_NOTE_SIBLINGS):
        if sibling is None:
            break
        if sibling.mem_id == node.mem_id:
            ahead = False
        elif sibling.is_element_node and (not titled_only or _titled_note_box(sibling)):
            note = _note_in(sibling)
            if note is not None:
                (before if ahead else after).append(note)
        sibling = sibling.next


def _titled_note_box(element: Node) -> bool:
    """A box whose first element is a title naming a note ("Editor's note", "Droit de
    réponse") over the note's text."""
    first = element.child
    while first is not None and not first.is_element_node:
        first = first.next
    if first is None or first.tag not in _TITLE_TAGS or element.tag in _PAGE_FRAME:
        return False
    if names_furniture(element):  # a sidebar's "Corrections" box of the site's other stories
        return False
    return named_kind(normalize_text(first.text(deep=True)[:60])) is not None


_TITLE_TAGS = frozenset(["h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b"])
_PAGE_FRAME = frozenset(["header", "footer", "nav", "menu"])


def _note_in(element: Node) -> Node | None:
    """The innermost first element of ``element`` that opens with a note, if it opens with one
    (the correction's paragraph, not the zone around it with the corrections policy)."""
    if element.tag not in _NOTE_HOLDERS or is_hidden(element):
        return None
    if not _opens_note(element):
        return None
    inner = element
    for _ in range(_NOTE_LEVELS * 2):
        child = inner.child
        while child is not None and not child.is_element_node:
            child = child.next
        if child is None or child.tag not in _NOTE_HOLDERS or not _opens_note(child):
            break
        if child.tag in _INLINE_HOLDERS and not _sole_content(inner, child):
            break  # "<em>Updated …</em>: The …": the note's text runs on past its lead
        if _only_a_label(child) and not _sole_content(inner, child):
            break  # "<h3>For the record:</h3><p>…</p>": the label heads the note's text
        inner = child
    return inner if len(inner.text(deep=True, strip=True)) <= _LONGEST_NOTE else None


def _sole_content(element: Node, child: Node) -> bool:
    """Whether ``child`` is all ``element`` holds, blank text aside."""
    node = element.child
    while node is not None:
        if node.mem_id != child.mem_id and (
            node.is_element_node or (node.text_content or "").strip()
        ):
            return False
        node = node.next
    return True


def _only_a_label(element: Node) -> bool:
    """A marker with no text of its own ("For the record:", "Mise à jour du 6 décembre")."""
    found = match_marker(normalize_text(element.text(deep=True)[:300]))
    return found is not None and not found.rest


def _opens_note(element: Node) -> bool:
    """Whether ``element`` opens with a marker, a title naming a note ("<h4>In eigener
    Sache</h4>") or an unlabelled note sentence."""
    head = normalize_text(element.text(deep=True)[:300])
    return bool(head) and (starts_with_marker(element, head) or match_note(head) is not None)


def _kept(container: Node, tally: _Tally) -> frozenset[int]:
    whole = tally.total.get(container.mem_id, 0)
    if whole == 0:
        return frozenset()
    floor = _KEEP_SHARE * whole
    return frozenset(key for key, total in tally.total.items() if total >= floor)
