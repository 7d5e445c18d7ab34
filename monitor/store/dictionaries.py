"""Same-site pages kept as zstd dictionaries, so a raw chain's first page costs little.

Every raw chain starts with a keyframe that cannot lean on an earlier page of its own article:
the first poll of every article, then every ``RAW_KEYFRAME_EVERY``-th revision. Pages of one site
share their template (head, navigation, sidebar, footer, scripts), so one stored page of the
site, used as a raw-content dictionary, packs a 25 KB keyframe into ~1.7 KB at zstd level 3 in
~0.05 ms (alone: ~6 KB; level 19 alone: 5.6 KB in 15 ms).

A dictionary is a row of ``raw_dictionaries``, never rewritten; a keyframe names it in
``snapshots.dictionary_id``, a foreign key, so a dictionary still in use cannot be deleted and a
body decodes for as long as it is kept. Compressors are cached by the dictionary's digest, not its
id: a rolled-back transaction may hand the same id to different content later.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import OrderedDict
from typing import TypeVar
from urllib.parse import urlsplit

import zstandard

from monitor.store import codec

_T = TypeVar("_T")

# A dictionary is at most this much of its page (head and tail, where the template is).
_MAX_CONTENT = 128 * 1024
_SMALLEST_DICTIONARY = 256  # a tiny page (an error page, a stub) gains nothing from one
_CACHED = 8  # compressors kept per Store; one per site in a typical config
# A keyframe that came out above this share of its page is checked against packing it alone...
_CHECK_ABOVE_SHARE = 1 / 8
# ...and if the dictionary saved less than 15% of that, the site's template has changed: the page
# becomes the site's new dictionary. (Text-heavy pages save less than template-heavy ones, ~30%
# against ~70%, so a tighter bar would replace a good dictionary at every keyframe.)
_REPLACE_ABOVE_ALONE = 0.85


def site_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


class SiteDictionaries:
    """The dictionaries of one database, with small caches of ready compressors and decompressors."""

    def __init__(self) -> None:
        self._compressors: OrderedDict[str, zstandard.ZstdCompressor] = OrderedDict()
        self._contents: OrderedDict[str, bytes] = OrderedDict()
        # Building a decompressor costs ~20 µs (~16 even without a dictionary), twice decoding
        # a keyframe with a ready one (~10 µs), and every changed poll decodes a keyframe.
        self._decompressors: OrderedDict[str, zstandard.ZstdDecompressor] = OrderedDict()

    def compress_keyframe(
        self, conn: sqlite3.Connection, url: str, body: bytes, fetched_at: str
    ) -> tuple[str, bytes, int | None]:
        """(compression, payload, dictionary id) for a page that starts a raw chain.

        ``fetched_at`` (ISO 8601) is when that page was fetched: a new dictionary made from it is
        dated by the poll, not by the wall clock, so replayed histories read consistently.
        """
        if len(body) < _SMALLEST_DICTIONARY:
            return codec.RAW_ZSTD, codec.encode_alone(body), None
        site = site_of(url)
        newest = conn.execute(
            "SELECT id, digest FROM raw_dictionaries WHERE site = ? ORDER BY id DESC LIMIT 1",
            (site,),
        ).fetchone()
        if newest is None:
            return self._with_new_dictionary(conn, site, body, fetched_at)
        dictionary_id, digest = newest
        payload = self._compressor(conn, dictionary_id, digest).compress(body)
        poor_fit = len(payload) > len(body) * _CHECK_ABOVE_SHARE
        if poor_fit and len(payload) > len(codec.encode_alone(body)) * _REPLACE_ABOVE_ALONE:
            return self._with_new_dictionary(conn, site, body, fetched_at)
        return codec.RAW_ZSTD_SITE, payload, dictionary_id

    def decode(self, conn: sqlite3.Connection, dictionary_id: int, payload: bytes) -> bytes:
        """A body packed with dictionary ``dictionary_id`` (``RAW_ZSTD_SITE``), unpacked."""
        digest = self._digest(conn, dictionary_id)
        decompressor = self._decompressors.get(digest)
        if decompressor is None:
            content = self._content(conn, dictionary_id, digest)
            decompressor = codec.decompressor_for(codec.raw_dictionary(content))
        self._remember(self._decompressors, digest, decompressor)
        return decompressor.decompress(payload)

    @staticmethod
    def _digest(conn: sqlite3.Connection, dictionary_id: int) -> str:
        row = conn.execute(
            "SELECT digest FROM raw_dictionaries WHERE id = ?", (dictionary_id,)
        ).fetchone()
        if row is None:
            raise ValueError(f"raw dictionary {dictionary_id} is missing")
        return str(row[0])

    def drop_unused(self, conn: sqlite3.Connection) -> int:
        """Delete dictionaries no body uses, except each site's newest; returns how many."""
        cursor = conn.execute(
            "DELETE FROM raw_dictionaries WHERE id NOT IN"
            " (SELECT dictionary_id FROM snapshots WHERE dictionary_id IS NOT NULL)"
            " AND id NOT IN (SELECT MAX(id) FROM raw_dictionaries GROUP BY site)"
        )
        return cursor.rowcount

    def _with_new_dictionary(
        self, conn: sqlite3.Connection, site: str, body: bytes, fetched_at: str
    ) -> tuple[str, bytes, int]:
        content = _dictionary_content(body)
        digest = hashlib.blake2b(content, digest_size=16).hexdigest()
        cursor = conn.execute(
            "INSERT INTO raw_dictionaries (site, created_at, digest, size, content)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                site,
                fetched_at,
                digest,
                len(content),
                codec.encode_alone(content),
            ),
        )
        assert cursor.lastrowid is not None
        self._remember(self._contents, digest, content)
        payload = self._compressor(conn, cursor.lastrowid, digest).compress(body)
        return codec.RAW_ZSTD_SITE, payload, cursor.lastrowid

    def _compressor(
        self, conn: sqlite3.Connection, dictionary_id: int, digest: str
    ) -> zstandard.ZstdCompressor:
        compressor = self._compressors.get(digest)
        if compressor is None:
            content = self._content(conn, dictionary_id, digest)
            compressor = codec.compressor_for(codec.raw_dictionary(content), len(content))
        self._remember(self._compressors, digest, compressor)
        return compressor

    def _content(self, conn: sqlite3.Connection, dictionary_id: int, digest: str) -> bytes:
        content = self._contents.get(digest)
        if content is None:
            row = conn.execute(
                "SELECT content FROM raw_dictionaries WHERE id = ?", (dictionary_id,)
            ).fetchone()
            if row is None:
                raise ValueError(f"raw dictionary {dictionary_id} is missing")
            content = codec.decode_alone(row[0])
        self._remember(self._contents, digest, content)
        return content

    @staticmethod
    def _remember(cache: OrderedDict[str, _T], key: str, value: _T) -> None:
        cache[key] = value
        cache.move_to_end(key)
        while len(cache) > _CACHED:
            cache.popitem(last=False)


def _dictionary_content(body: bytes) -> bytes:
    if len(body) <= _MAX_CONTENT:
        return body
    half = _MAX_CONTENT // 2
    return body[:half] + body[-half:]
