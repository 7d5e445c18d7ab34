"""Untrusted text is made safe in one place for every output."""

from __future__ import annotations

from monitor._text import for_html, for_markdown, for_terminal, one_line

HOSTILE = (
    "a\x1b[31mred\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07 \x1b]0;title\x07"
    " nul\x00 c1\x9b2J bidi\u202eevil\u202c iso\u2066x\u2069 zw\u200b tab\tline\nend"
)


def test_terminal_strips_escapes_controls_and_bidi_but_keeps_layout() -> None:
    safe = for_terminal(HOSTILE)
    for bad in ("\x1b", "\x00", "\x9b", "\u202e", "\u2066", "\u200b", "\x07"):
        assert bad not in safe
    assert "red" in safe and "link" in safe and "\t" in safe and "\n" in safe


def test_one_line_flattens_and_shortens() -> None:
    assert one_line("a\n\n b\tc", 20) == "a b c"
    assert one_line("x" * 30, 10) == "x" * 9 + "…"


def test_markdown_cannot_form_links_tags_or_headings() -> None:
    text = for_markdown("# Head\n[click](javascript:alert(1)) <img src=x> *bold* al-Zaidi")
    assert "[click](" not in text and "<img" not in text
    assert text.startswith("\\# Head")
    assert "\\*bold\\*" in text
    assert "al-Zaidi" in text  # mid-line hyphens stay readable


def test_html_escapes_markup_and_quotes() -> None:
    assert for_html('<script>"x" & \x1b[2J') == "&lt;script&gt;&quot;x&quot; &amp; "
