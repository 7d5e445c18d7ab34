"""Text normalisation: one form for storing text, a looser one for comparing it.

``normalize_text`` is applied to everything an Article holds: Unicode NFC, NBSP and other
spaces → " ", zero-width characters removed, whitespace collapsed. Quotes, dashes and case
stay as published, because a publisher switching ' to ’ is a (cosmetic) edit worth recording.

``normalize_for_compare`` additionally folds quote and dash styles, ellipses and case-insensitive
whitespace runs, so the differ can tell a cosmetic edit from a substantive one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"', "\u2039": "'",
        "\u203a": "'", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
        "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u2026": "...",
    }
)  # fmt: skip
_SPACED_DASH = re.compile(r"\s*-{1,3}\s*")

# Whole lines that are page furniture, not article text: relative times, counters, share prompts.
_NOISE_LINE = re.compile(
    r"""^(?:
        (?:updated|posted|published|edited)?\s*(?:about\s+|just\s+)?
          (?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago
      | just\s+now | moments?\s+ago
      | [\d.,]+\s*[kKmM]?\s*(?:views?|reads?|shares?|comments?|likes?|reactions?)
      | (?:share|tweet|email|print|copy\s+link|save|comments?)(?:\s+(?:this|on\s+\w+))?
      | advertisement | sponsored(?:\s+content)? | story\s+continues\s+below(?:\s+advertisement)?
      | (?:skip|scroll)\s+to\s+\w+ | read\s+more | show\s+(?:more|less)
    )[.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)


def normalize_text(text: str) -> str:
    """NFC, NBSP → space, invisible characters removed, whitespace collapsed and trimmed."""
    if text.isascii():
        # ASCII is NFC and holds no invisible character, so the result is the split-and-join
        # below; it equals ``text`` when no whitespace but single inner spaces is there (the ASCII
        # characters ``str.split()`` splits on besides " " are ``_has_ascii_break``'s). Nine
        # substring scans (memchr) cost a third of ``isprintable``, which also rejects control
        # characters that the split keeps anyway.
        if "  " not in text and text[:1] != " " != text[-1:] and not _has_ascii_break(text):
            return text
        return " ".join(text.split())
    # Already collapsed (every whitespace character but " ", and every invisible one, is
    # unprintable), so only NFC can be missing: most page text arrives like this, and these
    # tests are several times cheaper than splitting and joining a long paragraph.
    collapsed = text.isprintable() and "  " not in text and text[:1] != " " != text[-1:]
    if collapsed and unicodedata.is_normalized("NFC", text):
        return text
    if not unicodedata.is_normalized("NFC", text):  # a check is ~5x cheaper than normalising
        text = unicodedata.normalize("NFC", text)
    if _has_invisible(text):
        text = _INVISIBLE.sub("", text)
    # str.split() splits on every str.isspace() character: the regex \s set, NBSP, U+1680,
    # U+2000–U+200A, U+202F, U+205F, U+3000 — several times faster than a regex substitution.
    return " ".join(text.split())


def _has_ascii_break(text: str) -> bool:
    # An ``or`` chain: no loop or call per character kind.
    return (
        "\n" in text
        or "\t" in text
        or "\r" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x1f" in text
    )


def _has_invisible(text: str) -> bool:
    # Six substring scans beat one scan with a character-class regex by ~7x.
    return (
        "\u200b" in text
        or "\u00ad" in text
        or "\u200c" in text
        or "\u200d" in text
        or "\u2060" in text
        or "\ufeff" in text
    )


def normalize_for_compare(text: str) -> str:
    """``normalize_text`` plus folded quotes/dashes/ellipses and " - " spacing: for equality tests."""
    folded = normalize_text(text).translate(_QUOTES)
    return _SPACED_DASH.sub(" - ", folded).strip()


def is_noise_line(text: str) -> bool:
    """True for a line that is page furniture ("5 minutes ago", "9.8K Shares", "Advertisement")."""
    return len(text) < 80 and _NOISE_LINE.match(text) is not None


def slugify(text: str, *, limit: int = 60) -> str:
    """Lowercase ASCII words joined by "-" ("Editor's note:" → "editor-s-note")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def short_hash(text: str) -> str:
    """8 hex digits of a hash of the compare-normalised text (stable across cosmetic edits)."""
    return hashlib.blake2b(normalize_for_compare(text).encode("utf-8"), digest_size=4).hexdigest()
