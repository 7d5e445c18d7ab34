"""Before parsing: the HTML tree builder is super-linear in nesting depth (100k nested <div>s
take ~30 s), so a page with many tags has its tags beyond ``MAX_DEPTH`` dropped (text kept)
first. A page with fewer than ``NESTING_CHECK_MIN_TAGS`` tags is parsed as it is."""

from __future__ import annotations

import re

from monitor.extract.dom import MAX_DEPTH

NESTING_CHECK_MIN_TAGS = 5_000
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def limit_nesting(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with open/close tags nested deeper than ``max_depth`` removed."""
    if html.count("<") < NESTING_CHECK_MIN_TAGS:
        return html
    stack: list[bool] = []  # True: this open tag was kept
    kept_depth = 0
    pieces: list[str] = []
    last = 0
    changed = False
    for found in _TAG.finditer(html):
        closing, name, self_closing = found[1], found[2].lower(), found[3]
        if name in _VOID or self_closing:
            continue
        if closing:
            if not stack:
                continue  # a stray close tag: leave it to the parser
            kept = stack.pop()
            kept_depth -= kept
        else:
            kept = kept_depth < max_depth
            kept_depth += kept
            stack.append(kept)
        if not kept:
            pieces.append(html[last : found.start()])
            last = found.end()
            changed = True
    if not changed:
        return html
    pieces.append(html[last:])
    return "".join(pieces)
