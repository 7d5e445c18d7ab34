"""What changed between two revisions of an article.

``diff_articles(old, new)`` names the changes (blocks, then paragraphs; see ``articles``);
``word_diff(old, new)`` gives the word-level diff the digest renders as ``[-…-]{+…+}``.
Pure: no I/O, no clock.
"""

from monitor.diff.align import word_diff
from monitor.diff.articles import diff_articles

__all__ = ["diff_articles", "word_diff"]
