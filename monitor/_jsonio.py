"""Canonical JSON, in one place: the JSON digest, the store's JSON columns and golden files.

``to_jsonable`` turns domain objects (dataclasses, enums, datetimes, tuples) into plain JSON
values; ``from_article`` / ``to_article`` round-trip an Article exactly; ``dumps`` writes sorted
keys with fixed separators so equal values always give equal bytes; ``stable_hash`` hashes that.

An Article is encoded once per fetched page: its one-value-per-line text (``dumps_lines``) gives
both its hash and, when it is a new revision, the text the store keeps. ``to_jsonable`` has a
hand-written path for it (``_article_jsonable``) beside the generic walk,
which produces exactly the same values and so keeps every stored hash and text valid;
tests/test_jsonio.py keeps the generic walk as it was and checks the two agree.
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
    return _canonical_text(to_jsonable(value), indent)


def _canonical_text(jsonable: Any, indent: int | None = None) -> str:
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(
        jsonable, sort_keys=True, ensure_ascii=False, indent=indent, separators=separators
    )


def dumps_lines(value: Any) -> str:
    """``dumps(value, indent=0)`` exactly, several times faster.

    One value per line is the unit of the store's line deltas. The standard library drops to its
    pure-Python encoder whenever ``indent`` is set; this walks the (small, known-shaped) structure
    itself and lets the C string encoder do the escaping.

    An Article's text is kept for later calls with the same object: a poll hashes the text when
    it decides, and the store encodes the same text when it writes the revision, which can be
    hundreds of polls later (the store queues grouped polls). Encoding a 30 KB article costs
    ~60 µs. Articles are immutable, and the reference each entry holds keeps the identity check
    sound.
    """
    if type(value) is not Article:
        return _encode_lines(to_jsonable(value))
    return _article_texts.text_of(value)


class _ArticleTexts:
    """The line texts of the last Articles encoded, by object identity: at most ``limit`` of
    them and ``max_chars`` of text together (a huge live blog must not pin hundreds of copies).

    The limit covers a full queue of grouped polls (256) and the polls in flight beside it;
    the oldest entries go first. An entry holds its article, so no other object can take its
    id while the entry is kept."""

    def __init__(self, limit: int, max_chars: int) -> None:
        self._limit = limit
        self._max_chars = max_chars
        self._chars = 0
        self._texts: dict[int, tuple[Article, str]] = {}

    def text_of(self, article: Article) -> str:
        key = id(article)
        texts = self._texts
        found = texts.get(key)
        if found is not None:
            return found[1]
        text = _encode_lines(_article_jsonable(article))
        if len(text) > self._max_chars:
            return text  # never kept: encoded again when the store asks
        while texts and (len(texts) >= self._limit or self._chars + len(text) > self._max_chars):
            oldest = next(iter(texts))  # insertion order: the oldest first
            self._chars -= len(texts.pop(oldest)[1])
        texts[key] = (article, text)
        self._chars += len(text)
        return text


# 300 texts of a typical 30 KB page (~12,000 characters) are ~3.5 million characters.
_article_texts = _ArticleTexts(limit=300, max_chars=8_000_000)


def _encode_lines(value: Any) -> str:
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{_quoted(k)}:{_encode_lines(value[k])}" for k in sorted(value))
        return "{\n" + ",\n".join(items) + "\n}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(_encode_lines(v) for v in value) + "\n]"
    return json.dumps(value)  # numbers, booleans, null


_encode_string = json.encoder.encode_basestring  # the C implementation when available


def _quoted(text: str) -> str:
    """``_encode_string(text)``: a JSON string without ASCII escaping.

    That encoder escapes only the quote, the backslash and control characters (below U+0020),
    and most paragraphs hold none of them. Checking for them costs ~0.5 µs for a 300-character
    paragraph against ~1.25 µs for the encoder's own two passes over it: ``isprintable`` is
    false for every control character (and for a few other characters, which then take the
    encoder's path, so the result is the same either way)."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return _encode_string(text)


# ---------------------------------------------------------------------------------------------
# Articles, by hand: what the generic walk makes of one, several times faster


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


def stable_hash(article: Article) -> str:
    """A short, stable hash of an Article's content (versioned so the scheme can change).

    Version 1 hashes the article's compact canonical JSON (``_canonical_text``) without
    ``modified``: a page whose dateModified ticks while its text stays the same has not changed
    for a reader. That text is read off the article's line text (``dumps_lines``), which the store
    needs anyway: one value per line is the compact text with a newline after each opening bracket
    and comma and before each closing one, and JSON escapes every newline inside a string, so
    dropping the top-level ``"modified":`` line and then every newline gives it exactly
    (tests/test_jsonio.py checks this against the definition, byte for byte).
    """
    return _hash_content_text(_content_text_of_lines(dumps_lines(article)))


def _content_text_of_lines(text: str) -> str:
    start = text.index(_MODIFIED_LINE)  # the top-level key: no nested object has one
    end = text.index("\n", start + 1)
    return (text[:start] + text[end:]).replace("\n", "")


_MODIFIED_LINE = '\n"modified":'


def _hash_content_text(text: str) -> str:
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16)
    return f"{HASH_VERSION}:{digest.hexdigest()}"
