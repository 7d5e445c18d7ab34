"""Making untrusted text safe to show.

Everything that came from a fetched page is hostile until proven otherwise: it may carry ANSI/OSC
escape sequences that retitle or recolour a terminal, C0/C1 controls, bidi overrides that reorder
what the reader sees (Trojan Source), NULs. ``for_terminal`` strips all of those; Markdown, HTML
and Atom escaping live here too so every renderer uses the same rules.
"""

from __future__ import annotations

import html
import re

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte ESC sequences, and 8-bit C1 CSI/OSC.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]          # CSI
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?  # OSC ... BEL | ST
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?     # DCS, SOS, PM, APC ... ST
  | \x1b[@-Z\\-_]                    # two-byte escapes
  | \x9b[0-?]*[ -/]*[@-~]            # 8-bit CSI
  | \x9d[^\x07\x9c]*[\x07\x9c]?      # 8-bit OSC
    """,
    re.VERBOSE,
)
# C0 controls except \t and \n, DEL, C1 controls, bidi embeddings/overrides/isolates, and the
# zero-width characters that can hide text.
_UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def for_terminal(text: str) -> str:
    """Remove escape sequences, control characters and bidi overrides; keep \\n and \\t."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _UNSAFE_CHARS.sub("", text)


def one_line(text: str, width: int | None = None) -> str:
    """Terminal-safe, on one line, optionally shortened with an ellipsis."""
    flat = " ".join(for_terminal(text).split())
    if width is not None and len(flat) > width:
        return flat[: max(0, width - 1)].rstrip() + "…"
    return flat


# Characters that start Markdown syntax anywhere in a line (emphasis, code, links, images, HTML,
# tables, strikethrough) and, separately, the ones that only matter at the start of a line
# (headings, lists, quotes). Escaping "-" or "(" mid-sentence would only make names like
# "al-Zaidi" noisy in a chat window.
_MARKDOWN_INLINE = re.compile(r"([\\`*_{}\[\]<>|~!])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])", re.MULTILINE)


def for_markdown(text: str) -> str:
    """Terminal-safe and with Markdown/HTML syntax escaped, so page text cannot inject links."""
    safe = html.escape(for_terminal(text), quote=False)
    safe = _MARKDOWN_INLINE.sub(r"\\\1", safe)
    return _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), safe)


def for_html(text: str) -> str:
    """Terminal-safe and HTML/XML-escaped (also valid inside Atom text and attributes)."""
    return html.escape(for_terminal(text), quote=True)
