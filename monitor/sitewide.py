"""Paragraphs a site repeats across its articles: what the store learns to tell templates apart.

A site's CMS puts the same short lines into the body of many of its articles: a donation ask, a
"follow us" line, an agency credit. Such a line, or its next wording, is furniture, never news.
The store keeps a fingerprint of every short body paragraph each article has shown in a stored
revision (``recorded``), salted with the article's site so that one integer names a paragraph of
one site; a poll asks it only about the paragraphs that differ from the previous revision
(``differing``), and ``monitor.classify.drop_site_templates`` judges them.

Kept apart from ``monitor.classify`` (which imports the diff machinery) because the store
fingerprints every revision it writes. Pure: text in, integers out.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from monitor.model import Article

__all__ = ["LONGEST", "differing", "fingerprint", "is_short", "recorded", "site_of"]

# A template line (an ask, a credit, a label) fits in this many characters; longer text is story.
LONGEST = 320


def site_of(url: str) -> str:
    """The site an article belongs to: its host, lowercased, without a leading ``www.``."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def fingerprint(site: str, text: str) -> int:
    """A signed 64-bit fingerprint of ``text`` on ``site``, blind to case.

    Extracted text is already NFC with its whitespace collapsed (``Article``), so nothing more
    is folded: every revision a poll stores fingerprints its short paragraphs."""
    digest = hashlib.blake2b(f"{site}\n{text.casefold()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # fits SQLite's INTEGER


def is_short(text: str) -> bool:
    return 0 < len(text) <= LONGEST


def recorded(site: str, article: Article) -> frozenset[int]:
    """The fingerprints the store keeps for a revision of ``article``: its short body paragraphs."""
    return frozenset(fingerprint(site, text) for text in article.paragraphs if is_short(text))


def differing(old: Article, new: Article) -> frozenset[str]:
    """The short body paragraphs only one of the two revisions shows (compared as text, so most
    changed polls fingerprint nothing)."""
    before = {text for text in old.paragraphs if is_short(text)}
    after = {text for text in new.paragraphs if is_short(text)}
    return frozenset(before ^ after)
