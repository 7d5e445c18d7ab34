"""Canonical JSON, in one place: the JSON digest, the store's JSON columns and golden files.

``to_jsonable`` turns domain objects (dataclasses, enums, datetimes, tuples) into plain JSON
values; ``from_article`` / ``to_article`` round-trip an Article exactly; ``dumps`` writes sorted
keys with fixed separators so equal values always give equal bytes; ``stable_hash`` hashes that.

An Article is encoded on every fetched page (its hash) and every stored revision (its text), so it
has hand-written encoders beside the generic walk (``_article_jsonable``, ``_article_lines``,
``_content_utf8``): they write the keys in sorted order themselves and produce exactly what the
generic path does, byte for byte, which keeps every stored hash and text valid. tests/test_store.py keeps the generic walk as it was and checks the two agree.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
from datetime import datetime
from typing import Any

from monitor.model import Article, BlockKind, StruckSpan, UpdateBlock

HASH_VERSION = "1"


def to_jsonable(value: Any) -> Any:
    if type(value) is Article:  # the hot case: skip the generic walk
        return _article_jsonable(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, bytes):
        raise TypeError("bytes are not serialised to JSON")
    return value


def dumps(value: Any, *, indent: int | None = None) -> str:
    """Canonical JSON text: sorted keys, no ASCII escaping, fixed separators."""
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(
        to_jsonable(value), sort_keys=True, ensure_ascii=False, indent=indent, separators=separators
    )


def dumps_lines(value: Any) -> str:
    """``dumps(value, indent=0)`` exactly, several times faster.

    One value per line is the unit of the store's line deltas. The standard library drops to its
    pure-Python encoder whenever ``indent`` is set; this walks the (small, known-shaped) structure
    itself and lets the C string encoder do the escaping.
    """
    if type(value) is Article:
        return _article_lines(value)
    return _encode_lines(to_jsonable(value))


def _encode_lines(value: Any) -> str:
    if isinstance(value, str):
        return _encode_string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{_encode_string(k)}:{_encode_lines(value[k])}" for k in sorted(value))
        return "{\n" + ",\n".join(items) + "\n}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(_encode_lines(v) for v in value) + "\n]"
    return json.dumps(value)  # numbers, booleans, null


_encode_string = json.encoder.encode_basestring  # the C implementation when available


# ---------------------------------------------------------------------------------------------
# Articles, by hand: what the generic walk and ``dumps`` make of one, several times faster


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _article_jsonable(article: Article) -> dict[str, Any]:
    """``to_jsonable(article)`` without the generic walk: same keys, same values."""
    return {
        "title": article.title,
        "paragraphs": list(article.paragraphs),
        "blocks": [
            {
                "id": block.id,
                "kind": block.kind.value,
                "label": block.label,
                "paragraphs": list(block.paragraphs),
                "timestamp": _iso(block.timestamp),
                "timestamp_raw": block.timestamp_raw,
            }
            for block in article.blocks
        ],
        "struck": [
            {
                "text": span.text,
                "block_id": span.block_id,
                "paragraph": span.paragraph,
                "struck_at": _iso(span.struck_at),
            }
            for span in article.struck
        ],
        "published": _iso(article.published),
        "modified": _iso(article.modified),
        "canonical_url": article.canonical_url,
        "language": article.language,
        "is_live": article.is_live,
    }


def _optional(text: str | None) -> str:
    return "null" if text is None else _encode_string(text)


def _time(value: datetime | None) -> str:
    return "null" if value is None else _encode_string(value.isoformat())


def _lines_list(items: list[str]) -> str:
    """A JSON array of already-encoded items, one per line (as ``_encode_lines`` writes it)."""
    return "[\n" + ",\n".join(items) + "\n]" if items else "[]"


def _lines_object(members: list[tuple[str, str]]) -> str:
    """A JSON object from (encoded key, encoded value) pairs given in sorted key order."""
    return "{\n" + ",\n".join(f"{key}:{value}" for key, value in members) + "\n}"


def _lines_strings(values: tuple[str, ...]) -> str:
    return _lines_list([_encode_string(v) for v in values])


def _article_lines(article: Article) -> str:
    """``dumps_lines(article)`` exactly: the text the store keeps, one value per line.

    Keys are listed in sorted order, as ``sort_keys`` would put them; strings go through the same
    C escaper ``json.dumps`` uses; booleans, null and integers print as ``json.dumps`` prints them.
    """
    blocks = [
        _lines_object(
            [
                ('"id"', _encode_string(block.id)),
                ('"kind"', _encode_string(block.kind.value)),
                ('"label"', _encode_string(block.label)),
                ('"paragraphs"', _lines_strings(block.paragraphs)),
                ('"timestamp"', _time(block.timestamp)),
                ('"timestamp_raw"', _optional(block.timestamp_raw)),
            ]
        )
        for block in article.blocks
    ]
    struck = [
        _lines_object(
            [
                ('"block_id"', _optional(span.block_id)),
                ('"paragraph"', int.__repr__(span.paragraph)),
                ('"struck_at"', _time(span.struck_at)),
                ('"text"', _encode_string(span.text)),
            ]
        )
        for span in article.struck
    ]
    return _lines_object(
        [
            ('"blocks"', _lines_list(blocks)),
            ('"canonical_url"', _optional(article.canonical_url)),
            ('"is_live"', "true" if article.is_live else "false"),
            ('"language"', _optional(article.language)),
            ('"modified"', _time(article.modified)),
            ('"paragraphs"', _lines_strings(article.paragraphs)),
            ('"published"', _time(article.published)),
            ('"struck"', _lines_list(struck)),
            ('"title"', _encode_string(article.title)),
        ]
    )


# What JSON escapes in a string (ensure_ascii=False): quote, backslash, control characters. UTF-8
# never puts these bytes inside a multi-byte character, so a check on the bytes is exact.
_ESCAPED_BYTES = b'"\\' + bytes(range(0x20))


def _utf8_string(text: str) -> bytes:
    """``_encode_string(text).encode()``; most text needs no escape, and checking bytes is cheap."""
    raw = text.encode("utf-8")
    if len(raw.translate(None, _ESCAPED_BYTES)) == len(raw):
        return b'"' + raw + b'"'
    return _encode_string(text).encode("utf-8")


def _utf8_optional(text: str | None) -> bytes:
    return b"null" if text is None else _utf8_string(text)


def _utf8_time(value: datetime | None) -> bytes:
    return b"null" if value is None else _utf8_string(value.isoformat())


def _content_utf8(article: Article) -> bytes:
    """``dumps(content_of(article)).encode()`` exactly: the bytes ``stable_hash`` digests.

    Written straight to UTF-8: the hash runs on every fetched page, and escaping through the
    string encoder then encoding the result costs twice what this does.
    """
    string, optional, time = _utf8_string, _utf8_optional, _utf8_time
    blocks = b",".join(
        b'{"id":%b,"kind":%b,"label":%b,"paragraphs":[%b],"timestamp":%b,"timestamp_raw":%b}'
        % (
            string(block.id),
            string(block.kind.value),
            string(block.label),
            b",".join([string(p) for p in block.paragraphs]),
            time(block.timestamp),
            optional(block.timestamp_raw),
        )
        for block in article.blocks
    )
    struck = b",".join(
        b'{"block_id":%b,"paragraph":%b,"struck_at":%b,"text":%b}'
        % (
            optional(span.block_id),
            int.__repr__(span.paragraph).encode(),
            time(span.struck_at),
            string(span.text),
        )
        for span in article.struck
    )
    return (
        b'{"blocks":[%b],"canonical_url":%b,"is_live":%b,"language":%b,"paragraphs":[%b],'
        b'"published":%b,"struck":[%b],"title":%b}'
        % (
            blocks,
            optional(article.canonical_url),
            b"true" if article.is_live else b"false",
            optional(article.language),
            b",".join([string(p) for p in article.paragraphs]),
            time(article.published),
            struck,
            string(article.title),
        )
    )


# ---------------------------------------------------------------------------------------------
# Reading back


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def to_article(data: dict[str, Any]) -> Article:
    """Inverse of ``to_jsonable(article)``: rebuild an Article exactly."""
    return Article(
        title=data["title"],
        paragraphs=tuple(data["paragraphs"]),
        blocks=tuple(
            UpdateBlock(
                id=b["id"],
                kind=BlockKind(b["kind"]),
                label=b["label"],
                paragraphs=tuple(b["paragraphs"]),
                timestamp=_dt(b.get("timestamp")),
                timestamp_raw=b.get("timestamp_raw"),
            )
            for b in data.get("blocks", ())
        ),
        struck=tuple(
            StruckSpan(
                text=s["text"],
                block_id=s.get("block_id"),
                paragraph=s["paragraph"],
                struck_at=_dt(s.get("struck_at")),
            )
            for s in data.get("struck", ())
        ),
        published=_dt(data.get("published")),
        modified=_dt(data.get("modified")),
        canonical_url=data.get("canonical_url"),
        language=data.get("language"),
        is_live=bool(data.get("is_live", False)),
    )


def content_of(article: Article) -> dict[str, Any]:
    """The part of an Article that counts as content for change detection.

    ``modified`` is left out on purpose: a page whose dateModified ticks while its text stays the
    same has not changed for a reader.
    """
    data: dict[str, Any] = to_jsonable(article)
    data.pop("modified", None)
    return data


def stable_hash(article: Article) -> str:
    """A short, stable hash of an Article's content (versioned so the scheme can change)."""
    digest = hashlib.blake2b(_content_utf8(article), digest_size=16)
    return f"{HASH_VERSION}:{digest.hexdigest()}"
