"""What this connection last wrote for each article, so its next revision need not read it back.

Writing revision n needs revision n-1's text (the base of the line delta) and raw page (the
dictionary the new page is packed against). Reading them back costs a base text decode plus a
delta, and a whole raw chain from its keyframe (up to 15 zstd frames, each with a dictionary to
load): most of a changed poll's time. So the store keeps what it just wrote, for a few articles.

In a new process nothing is cached, but the pipeline has just read the latest text itself
(``Store.latest_article``, to diff the fetched page against) when it stores a new revision. That
read is kept too (``remember_read``), for the one write that follows it (``take_read``): without
it a changed poll in a fresh `monitor check` decodes the same text twice.

A cached entry is only as good as the database under it. SQLite's ``PRAGMA data_version``
changes whenever *another* connection commits, so ``check`` (run inside each revision's write
transaction) drops everything after any outside write; entries are put only after our own
commit, so a rolled-back poll leaves none; and the store ``clear``s the cache whenever it
rewrites history itself (retention, removing an article). A miss just reads from the database.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from dataclasses import dataclass

from monitor.store.latest import BlockRow, LatestText

# Enough for one `monitor check` or a busy daemon's changed articles; bounded by bytes because
# pages range from 20 KB to over 1 MB.
_BUDGET_BYTES = 16 * 1024 * 1024
# Texts read for a write that has not happened yet: one per poll in flight (the pipeline's
# concurrency is 10-20); an older one's poll has failed or found nothing to store.
_READS_KEPT = 64


@dataclass(frozen=True, slots=True)
class Recent:
    """An article as of its newest revision, as this connection committed it."""

    number: int  # the revision
    latest: LatestText  # its text, and the whole revision that text is stored against
    page: int  # the article's newest page (``snapshots.page``; 0: none)
    body: bytes | None  # that page when it is this revision's; None when the revision kept none
    blocks: list[BlockRow]  # its latest_blocks rows

    @property
    def size(self) -> int:
        return len(self.body or b"") + len(self.latest.text) + len(self.latest.base_text)


class RecentWrites:
    def __init__(self, budget: int = _BUDGET_BYTES) -> None:
        self._entries: OrderedDict[int, Recent] = OrderedDict()
        self._bytes = 0
        self._budget = budget
        self._data_version: int | None = None
        self._reads: OrderedDict[int, tuple[int, LatestText]] = OrderedDict()

    def check(self, conn: sqlite3.Connection) -> None:
        """Forget everything if another connection committed since we last looked."""
        (version,) = conn.execute("PRAGMA data_version").fetchone()
        if version != self._data_version:
            self.clear()
            self._data_version = version

    def get(self, article_id: int, number: int, base: int | None) -> Recent | None:
        """The entry for revision ``number`` stored against ``base``, if it is the one we have."""
        found = self._entries.get(article_id)
        if found is None or found.number != number or found.latest.base_number != base:
            return None
        self._entries.move_to_end(article_id)
        return found

    def remember_read(self, article_id: int, number: int, latest: LatestText) -> None:
        """Keep revision ``number``'s text, just read from the database (after ``check``)."""
        self._reads[article_id] = (number, latest)
        self._reads.move_to_end(article_id)
        while len(self._reads) > _READS_KEPT:
            self._reads.popitem(last=False)

    def take_read(self, article_id: int, number: int, base: int | None) -> LatestText | None:
        """The text ``remember_read`` kept, if it is still revision ``number`` against ``base``."""
        found = self._reads.pop(article_id, None)
        if found is None or found[0] != number or found[1].base_number != base:
            return None
        return found[1]

    def put(self, article_id: int, recent: Recent) -> None:
        self.discard(article_id)
        if recent.size > self._budget:
            return
        self._entries[article_id] = recent
        self._bytes += recent.size
        while self._bytes > self._budget:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= dropped.size

    def discard(self, article_id: int) -> None:
        self._reads.pop(article_id, None)
        dropped = self._entries.pop(article_id, None)
        if dropped is not None:
            self._bytes -= dropped.size

    def clear(self) -> None:
        self._reads.clear()
        self._entries.clear()
        self._bytes = 0
