"""Boxes set inside a story: widgets a CMS slots between the story's paragraphs.

A story's paragraphs are siblings: most of them are ``<p>`` children of one element, the story's
run. A CMS slots its widgets among them in wrappers of their own: a gift-article counter, an
outage map's readings, a list of school closures, a police log, a letter of the day, an appeal's
tally. Such a wrapper (a classed ``<div>``, ``<section>`` or ``<aside>`` child of the run, after
the story began) is left out of the article when it is a box of a few lines: it holds paragraphs
or list items, no media or quotation (an embed, a figure's caption), is not an update or
correction box and does not open with a marker. Its class words need not name furniture: real
boxes are called "service-box", "nameday" or "outage-map".

The wrappers of a story's own text are left alone: the story's run is chosen by its paragraphs,
so text wrapped whole in ``<div>``s has no run here, and a lede boxed above the story's first
paragraph is above where boxes are looked for.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from monitor.extract.container import Container
from monitor.extract.dom import (
    Node,
    box_kind,
    class_words,
    select,
    select_first,
    starts_with_marker,
)

# A paragraph this long is the story's: where its run is, and where boxes start.
_STORY_PARAGRAPH = 80
# A run needs this many story paragraphs before boxes are told from it.
_FEWEST_STORY_PARAGRAPHS = 3
# A box holds a few lines; a wrapper with more text than this is a section of the story.
_LONGEST_BOX = 1_000
_BOX_TAGS = frozenset(["div", "section", "aside"])
_LINES = "p, li"
_NOT_LINES = "img, picture, figure, video, audio, iframe, blockquote"


def without_boxes(container: Container) -> Container:
    """``container`` with the boxes set among its story's paragraphs skipped."""
    run = container.run or _story_run(container.node)
    if run is None:
        return container
    boxes = frozenset(box.mem_id for box in _boxes_in(run))
    return replace(container, skip=container.skip | boxes) if boxes else container


def _story_run(root: Node) -> Node | None:
    """The element inside ``root`` with the most story paragraphs as children, when it has
    enough of them."""
    parents: dict[int, Node] = {}
    counts: Counter[int] = Counter()
    for paragraph in select(root, "p"):
        parent = paragraph.parent
        if parent is not None and is_story_paragraph(paragraph):
            parents[parent.mem_id] = parent
            counts[parent.mem_id] += 1
    if not counts:
        return None
    key, most = counts.most_common(1)[0]
    return parents[key] if most >= _FEWEST_STORY_PARAGRAPHS else None


def _boxes_in(run: Node) -> list[Node]:
    """The boxes among ``run``'s children after its first story paragraph, when it has
    enough story paragraphs to be the story's run."""
    boxes: list[Node] = []
    paragraphs = 0  # counted up to the fewest a run needs: measuring more costs a text() each
    for child in run.iter():
        if child.tag == "p":
            if paragraphs < _FEWEST_STORY_PARAGRAPHS and is_story_paragraph(child):
                paragraphs += 1
        elif paragraphs and child.tag in _BOX_TAGS and is_box(child):
            boxes.append(child)
    return boxes if paragraphs >= _FEWEST_STORY_PARAGRAPHS else []


def is_story_paragraph(node: Node) -> bool:
    """A ``<p>`` long enough to be the story's text, not a box's line."""
    return node.tag == "p" and len(node.text(deep=True).strip()) >= _STORY_PARAGRAPH


def is_box(node: Node) -> bool:
    """Whether ``node`` is a box of a few lines of its own (see the module docstring)."""
    if node.tag not in _BOX_TAGS or not node.attributes.get("class"):
        return False
    if box_kind(node) is not None or any("caption" in word for word in class_words(node)):
        return False
    if len(node.text(deep=True).strip()) >= _LONGEST_BOX:
        return False
    if select_first(node, _LINES) is None or select_first(node, _NOT_LINES) is not None:
        return False
    return not starts_with_marker(node)
