"""Choosing the element that holds the article text (readability-style paragraph density)."""

from __future__ import annotations

from monitor.extract.dom import (
    MAX_DENSITY_PARAGRAPHS,
    MAX_DEPTH,
    Node,
    box_kind,
    is_furniture,
    select,
    starts_with_marker,
)


def find_container(root: Node) -> Node | None:
    """The element holding the article text: most paragraph text, counted readability-style.

    A paragraph's length counts fully for its parent and half for its grandparent, unless an
    ancestor is furniture. Lengths are summed per parent first (story paragraphs share one), so
    the tree is climbed once per parent, not once per paragraph. (The sums are exact: integers
    and halves.)
    """
    per_parent: dict[int, int] = {}
    parents: dict[int, Node] = {}
    for paragraph in select(root, "p")[:MAX_DENSITY_PARAGRAPHS]:
        length = len(paragraph.text(deep=True, strip=True))
        if length < 25:
            continue
        parent = paragraph.parent
        if parent is None:
            continue
        key = parent.mem_id
        if key in per_parent:
            per_parent[key] += length
        else:
            per_parent[key] = length
            parents[key] = parent
    scores: dict[int, float] = {}
    nodes: dict[int, Node] = {}
    furniture: dict[int, bool] = {}
    for key, length in per_parent.items():  # first-seen order, as ties are broken by it
        parent = parents[key]
        if _furniture_from(parent, furniture):
            continue
        for weight, ancestor in zip((1.0, 0.5), _scored_ancestors(parent, nodes), strict=False):
            scores[ancestor] = scores.get(ancestor, 0.0) + length * weight
    if not scores:
        return None
    best = nodes[max(scores, key=lambda key: scores[key])]
    return _widen_to_boxes(best)


def _scored_ancestors(parent: Node, nodes: dict[int, Node]) -> tuple[int, ...]:
    """The mem_ids of a paragraph's parent and grandparent, below <html>; ``nodes`` maps them."""
    scored: list[int] = []
    node = parent
    for _ in range(2):
        if node is None or node.tag in ("html", "-document"):
            break
        key = node.mem_id
        scored.append(key)
        nodes[key] = node
        node = node.parent
    return tuple(scored)


def _furniture_from(start: Node, memo: dict[int, bool]) -> bool:
    """Whether ``start`` or an ancestor of it (below <body>) is furniture; ``memo`` by mem_id."""
    chain: list[int] = []
    current = start
    verdict = False
    for _ in range(MAX_DEPTH):
        if current is None or current.tag in ("body", "html", "-document"):
            break
        key = current.mem_id
        if key in memo:
            verdict = memo[key]
            break
        chain.append(key)
        if is_furniture(current):
            verdict = True
            break
        current = current.parent
    for key in chain:
        memo[key] = verdict
    return verdict


def _widen_to_boxes(container: Node) -> Node:
    """Take the parent when an update box sits beside the body container, not inside it."""
    parent = container.parent
    if parent is None or parent.tag in ("body", "html", "-document"):
        return container
    sibling = parent.child
    for _ in range(500):
        if sibling is None:
            break
        beside = sibling.is_element_node and sibling.mem_id != container.mem_id
        if beside and (
            box_kind(sibling) is not None
            or (sibling.tag in ("p", "div", "aside") and starts_with_marker(sibling))
        ):
            return parent
        sibling = sibling.next
    return container
