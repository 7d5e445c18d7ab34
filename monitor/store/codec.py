"""How revisions and raw pages are packed into bytes: compact, and always exactly reversible.

Two chains, both bounded by keyframes so reading one revision never walks the whole history:

* **Article text** is the canonical JSON of an Article written one value per line
  (``_jsonio.dumps(article, indent=0)``: same keys, same order, same escapes, so ``json.loads``
  gives back exactly what ``to_jsonable`` produced). A new revision is stored either whole or as a
  *line delta* against the revision before it: a list of ``[start, end, [new lines]]`` splices,
  the way an ed script works. Every paragraph and block label sits on its own line, so a
  one-paragraph update costs about one paragraph. The delta is checked by applying it before it
  is kept; if it failed to reproduce the text, or were no smaller, the text is stored whole.
* **Raw HTML** is zstd-compressed with the previous revision's page as a raw-content
  *dictionary*: consecutive versions of one article share almost all of their markup, so a
  changed page costs ~100 bytes instead of ~6 KB (30 KB page) or ~13 KB (50 KB). zlib's preset
  dictionary was measured too: as good below 32 KB, useless above it (its window is 32 KB), and
  real article pages are often larger. A page that starts a chain (a *keyframe*) is compressed
  with a page of the same site as dictionary (see ``dictionaries``): the site's template is
  shared, so a 25 KB page costs ~1.7 KB instead of ~6 KB, in ~0.05 ms.

Neither codec touches the database; ``store`` decides which revision is a keyframe.
"""

from __future__ import annotations

import difflib
import json
import zlib
from collections.abc import Sequence
from typing import Any

import zstandard

from monitor import _jsonio
from monitor.model import Article

FULL = "full"  # the whole text, zlib-compressed
DELTA = "delta"  # line splices against the previous revision, zlib-compressed

RAW_ZSTD = "zstd"  # a page compressed on its own (written before m004, and by retention)
RAW_ZSTD_CHAINED = "zstd+previous"  # a page compressed with the previous page as dictionary
RAW_ZSTD_SITE = "zstd+site"  # a page compressed with a stored same-site page as dictionary
# Compressions that need no other revision's page: where a raw chain may start.
RAW_STANDALONE = (RAW_ZSTD, RAW_ZSTD_SITE)

_TEXT_LEVEL = 9  # small inputs (deltas): the best zlib level costs microseconds
_FULL_TEXT_COMPRESSOR = zstandard.ZstdCompressor(level=3, write_content_size=True)
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# One decompressor for every frame without a dictionary: building one per call allocates its
# context afresh (reading the latest text decodes one whole text per changed poll).
_DECOMPRESSOR = zstandard.ZstdDecompressor()
# Measured on 25 KB simulator pages: level 19 saves 7% over level 3 and costs 100x the time
# (15 ms vs 0.15 ms); a site dictionary at level 3 saves 70% in 0.05 ms.
RAW_LEVEL = 3

Splice = tuple[int, int, list[str]]


# ---------------------------------------------------------------------------------------------
# Article text


def article_text(article: Article) -> str:
    """Canonical JSON with one value per line: the unit of the line delta."""
    return _jsonio.dumps_lines(article)


def article_from_text(text: str) -> Article:
    data: dict[str, Any] = json.loads(text)
    return _jsonio.to_article(data)


def _lines(text: str) -> list[str]:
    # Structural newlines only: json.dumps escapes any newline inside a string.
    return text.split("\n")


def make_splices(base: Sequence[str], target: Sequence[str]) -> list[Splice]:
    # Most revisions change a few lines in a long text: match the common head and tail first,
    # so the quadratic matcher only sees the part that changed.
    head = 0
    limit = min(len(base), len(target))
    while head < limit and base[head] == target[head]:
        head += 1
    tail = 0
    while tail < limit - head and base[-1 - tail] == target[-1 - tail]:
        tail += 1
    base_mid, target_mid = base[head : len(base) - tail], target[head : len(target) - tail]
    # autojunk would treat frequent lines ("],", "{") as noise and give worse splices.
    matcher = difflib.SequenceMatcher(None, base_mid, target_mid, autojunk=False)
    return [
        (head + i1, head + i2, list(target_mid[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def apply_splices(base: Sequence[str], splices: Sequence[Splice]) -> list[str]:
    out: list[str] = []
    cursor = 0
    for start, end, lines in splices:
        if start < cursor or end < start or end > len(base):
            raise ValueError("a delta splice is out of order or out of range")
        out.extend(base[cursor:start])
        out.extend(lines)
        cursor = end
    out.extend(base[cursor:])
    return out


def encode_text(text: str, base: str | None) -> tuple[str, bytes]:
    """(storage, payload) for ``text``: a delta against ``base`` when smaller and exact."""
    if base is not None:
        base_lines, lines = _lines(base), _lines(text)
        splices = make_splices(base_lines, lines)
        delta = json.dumps(splices, ensure_ascii=False, separators=(",", ":"))
        # Compare before compressing: compressing both would double the cost of every write.
        if len(delta) < len(text) and apply_splices(base_lines, splices) == lines:
            return DELTA, _compress_delta(delta.encode("utf-8"))
    # A whole text is ~20 KB: zstd level 3 compresses it 7x faster than zlib level 9, and
    # smaller. Deltas are a few hundred bytes, where zlib's smaller framing wins.
    return FULL, _FULL_TEXT_COMPRESSOR.compress(text.encode("utf-8"))


def encode_delta(text: str, base: str) -> bytes:
    """Always a delta (however large), checked exact: for the latest revision's text."""
    base_lines, lines = _lines(base), _lines(text)
    splices = make_splices(base_lines, lines)
    if apply_splices(base_lines, splices) != lines:
        raise ValueError("a line delta failed to reproduce its text")
    delta = json.dumps(splices, ensure_ascii=False, separators=(",", ":"))
    return _compress_delta(delta.encode("utf-8"))


def _compress_delta(data: bytes) -> bytes:
    """zlib at ``_TEXT_LEVEL``, with a window and hash table sized for a few hundred bytes.

    ``zlib.compress`` sets up a 32 KB window and a 64 KB hash table for any input: for a ~550-byte
    delta that is 50 µs, twice the compressing. A window just over the input loses no match, and
    the stream is standard zlib (its header names the window), so ``zlib.decompress`` reads it.
    Measured on 300 newsim deltas: 50 → 17 µs, 356.6 → 357.9 bytes.
    """
    window_bits = max(9, min(15, (len(data) - 1).bit_length()))
    compressor = zlib.compressobj(_TEXT_LEVEL, zlib.DEFLATED, window_bits, _DELTA_MEM_LEVEL)
    return compressor.compress(data) + compressor.flush()


_DELTA_MEM_LEVEL = 6  # zlib's default 8 allocates a 64 KB hash table; 6 compresses these the same


def _decompress_text(payload: bytes) -> bytes:
    # Older rows hold zlib for every text; whole texts are zstd since: the frame magic tells.
    if payload[:4] == _ZSTD_MAGIC:
        return _DECOMPRESSOR.decompress(payload)
    return zlib.decompress(payload)


def decode_text(storage: str, payload: bytes, base: str | None) -> str:
    raw = _decompress_text(payload).decode("utf-8")
    if storage == FULL:
        return raw
    if storage != DELTA or base is None:
        raise ValueError(f"cannot decode {storage!r} text without its base revision")
    splices = [(int(s), int(e), list(lines)) for s, e, lines in json.loads(raw)]
    return "\n".join(apply_splices(_lines(base), splices))


# ---------------------------------------------------------------------------------------------
# Raw HTML


def encode_raw(body: bytes, previous: bytes) -> tuple[str, bytes]:
    """(compression, payload) for a page body chained to the previous revision's page."""
    compressor = zstandard.ZstdCompressor(
        dict_data=raw_dictionary(previous),
        compression_params=_chained_params(len(previous) + len(body)),
    )
    return RAW_ZSTD_CHAINED, compressor.compress(body)


def _chained_params(size: int) -> zstandard.ZstdCompressionParameters:
    # A chained page gets a new compressor (its dictionary is the page before it), and level 3
    # sizes its match tables for up to 128 KB of input: ~770 KB allocated and faulted in per
    # page, which in a changed poll cost more than compressing (0.13-0.29 ms against 0.10).
    # Tables with one slot per ~16 bytes of dictionary and page are enough to find the long
    # repeats a page shares with its predecessor: 2% larger payloads on newsim pages (~2 bytes
    # per revision), no page faults. The frame decodes as before (decoders ignore table sizes).
    table_log = min(_MAX_CHAINED_TABLE_LOG, max(_MIN_CHAINED_TABLE_LOG, size.bit_length() - 4))
    params = _CHAINED_PARAMS.get(table_log)
    if params is None:
        params = _CHAINED_PARAMS[table_log] = zstandard.ZstdCompressionParameters.from_level(
            RAW_LEVEL,
            hash_log=table_log,
            chain_log=table_log,
            write_content_size=True,  # decompress_content_dict_chain needs the size up front
            write_dict_id=False,  # raw-content dictionaries have no id; the row names its own
        )
    return params


_MIN_CHAINED_TABLE_LOG = 12
_MAX_CHAINED_TABLE_LOG = 17  # level 3's own, reached by 2 MB of page and dictionary
_CHAINED_PARAMS: dict[int, zstandard.ZstdCompressionParameters] = {}


def encode_alone(body: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=RAW_LEVEL).compress(body)


def decode_alone(payload: bytes) -> bytes:
    """A page compressed on its own (``RAW_ZSTD``)."""
    return _DECOMPRESSOR.decompress(payload)


def decode_chain(page: bytes, chained: Sequence[bytes]) -> bytes:
    """The last page of a raw chain: ``page`` is its start, already decoded, and each of
    ``chained`` (``RAW_ZSTD_CHAINED``) was packed against the page before it.

    A site keyframe is decoded by ``SiteDictionaries.decode``, which keeps a decompressor per
    dictionary, and handed in as ``page``.
    """
    if not chained:
        return page
    # zstd's content-dictionary chain decodes every step with one context: building a
    # decompressor per step with the page before it as dictionary cost ~19 µs a step, this
    # ~2 µs. Its first link must be a frame, so the decoded start goes in as a stored frame.
    return _DECOMPRESSOR.decompress_content_dict_chain([stored_frame(page), *chained])


_MAX_BLOCK = 128 * 1024  # RFC 8878 3.1.1.2.4: Block_Maximum_Size


def stored_frame(data: bytes) -> bytes:
    """``data`` as a zstd frame of uncompressed blocks (RFC 8878 3.1.1): a copy, no compression.

    Header: the magic number; a descriptor (0xE0: single segment, 8-byte content size, no
    dictionary id, no checksum); the content size. Each block has a 3-byte little-endian header:
    bit 0 marks the last block, bits 1-2 the type (0, raw), bits 3-23 the size.
    """
    parts = [_ZSTD_MAGIC, b"\xe0", len(data).to_bytes(8, "little")]
    starts = range(0, len(data), _MAX_BLOCK) or range(1)
    for start in starts:
        block = data[start : start + _MAX_BLOCK]
        last = start + _MAX_BLOCK >= len(data)
        parts.append((len(block) << 3 | last).to_bytes(3, "little"))
        parts.append(block)
    return b"".join(parts)


def raw_dictionary(content: bytes) -> zstandard.ZstdCompressionDict:
    # RAWCONTENT: a page itself is the dictionary, no training step.
    return zstandard.ZstdCompressionDict(content, dict_type=zstandard.DICT_TYPE_RAWCONTENT)


def compressor_for(
    dictionary: zstandard.ZstdCompressionDict, size: int
) -> zstandard.ZstdCompressor:
    """A compressor for the keyframes of a site whose template is ``dictionary`` (``size`` bytes).

    Each compression starts by copying the dictionary's match tables into its context, and at
    level 3's own table sizes (~0.75 MB) that copy cost as much as the compressing. Tables with
    one slot per 2-4 bytes of dictionary (``_chained_params`` of four times its size: 2^13 slots
    for a 27 KB page) give the same matches: callgrind, 400 first polls of newsim pages, 1.2 %
    fewer instructions in the whole pass for 1.2 % larger keyframes (1,694 against 1,674 bytes).
    """
    return zstandard.ZstdCompressor(
        dict_data=dictionary, compression_params=_chained_params(4 * size)
    )


def decompressor_for(dictionary: zstandard.ZstdCompressionDict) -> zstandard.ZstdDecompressor:
    return zstandard.ZstdDecompressor(dict_data=dictionary)
