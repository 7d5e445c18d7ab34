"""Undoing Content-Encoding incrementally, with a hard cap on the bytes it may produce.

A 20 KB gzip body can expand to 20 MB of zeros (a "gzip bomb"), and one network chunk can
expand a thousand-fold, so every decompress call is told how much output it may produce
(``max_length`` / ``output_buffer_limit``). No stage ever holds more than ``limit + 1`` bytes
of output from one call, whatever the input.
"""

from __future__ import annotations

import zlib
from typing import Protocol

import brotli

from monitor.errors import (
    ConnectionFailed,
    ResponseTooLarge,
    UndecodableResponse,
    UnsupportedContent,
)

__all__ = ["BodyDecoder"]


class _Stage(Protocol):
    def feed(self, data: bytes, max_length: int) -> bytes: ...
    def flush(self, max_length: int) -> bytes: ...
    @property
    def complete(self) -> bool: ...


class _Identity:
    complete = True

    def feed(self, data: bytes, max_length: int) -> bytes:
        return data[:max_length]

    def flush(self, max_length: int) -> bytes:
        return b""


class _Zlib:
    """gzip (``wbits=47`` also accepts a zlib header) or deflate, which is zlib-wrapped in
    theory and raw in the wild: like httpx, fall back to raw deflate if the header is wrong."""

    def __init__(self, wbits: int, *, raw_fallback: bool = False) -> None:
        self._wbits = wbits
        self._raw_fallback = raw_fallback
        self._fed = False
        self._obj = zlib.decompressobj(wbits)

    @property
    def complete(self) -> bool:
        return self._obj.eof

    def feed(self, data: bytes, max_length: int) -> bytes:
        first, self._fed = not self._fed, True
        try:
            out = self._obj.decompress(data, max_length)
        except zlib.error:
            if not (first and self._raw_fallback):
                raise
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._obj.decompress(data, max_length)
        # Concatenated gzip members are one valid body; each restart consumes input, so this ends.
        while self._obj.eof and self._obj.unused_data and len(out) < max_length:
            rest = self._obj.unused_data
            self._obj = zlib.decompressobj(self._wbits)
            out += self._obj.decompress(rest, max_length - len(out))
        return out

    def flush(self, max_length: int) -> bytes:
        return self._obj.flush(max_length)


class _Brotli:
    def __init__(self) -> None:
        self._obj = brotli.Decompressor()

    @property
    def complete(self) -> bool:
        return bool(self._obj.is_finished())

    def feed(self, data: bytes, max_length: int) -> bytes:
        return bytes(self._obj.process(data, output_buffer_limit=max_length))

    def flush(self, max_length: int) -> bytes:
        return b""


def _stage(coding: str) -> _Stage:
    if coding in ("gzip", "x-gzip"):
        return _Zlib(zlib.MAX_WBITS | 32)
    if coding == "deflate":
        return _Zlib(zlib.MAX_WBITS, raw_fallback=True)
    if coding == "br":
        return _Brotli()
    if coding == "identity":
        return _Identity()
    raise UnsupportedContent(
        f"the server used the content encoding {coding[:40]!r}, which monitor cannot decode"
    )


class BodyDecoder:
    """Feed raw (wire) chunks, get the decoded body; raises ResponseTooLarge past ``limit``.

    ``content_encoding`` may list several codings ("gzip, br"): they were applied in order, so
    they are undone in reverse. Every stage is held to the same cap.
    """

    def __init__(self, content_encoding: str | None, *, limit: int, subject: str) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        if len(codings) > 3:
            raise UnsupportedContent("the server stacked more than 3 content encodings")
        self._subject = subject
        self._limit = limit
        try:
            self._stages = [_stage(c) for c in reversed(codings)] or [_Identity()]
        except UnsupportedContent as err:
            err.subject = subject
            raise
        self._produced = [0] * len(self._stages)
        self._parts: list[bytes] = []

    def feed(self, chunk: bytes) -> None:
        self._parts.append(self._run(chunk, final=False))

    def finish(self) -> bytes:
        self._parts.append(self._run(b"", final=True))
        if not all(stage.complete for stage in self._stages):
            raise ConnectionFailed(
                "the compressed body ended before it was complete; the connection was probably cut",
                subject=self._subject,
            )
        return b"".join(self._parts)

    def _run(self, data: bytes, *, final: bool) -> bytes:
        for index, stage in enumerate(self._stages):
            room = self._limit - self._produced[index]
            try:
                out = stage.feed(data, room + 1) if data else b""
                if final and len(out) <= room:
                    out += stage.flush(room + 1 - len(out))
            except (zlib.error, brotli.error) as exc:
                raise UndecodableResponse(
                    "the body is not valid compressed data for its Content-Encoding",
                    subject=self._subject,
                ) from exc
            self._produced[index] += len(out)
            if self._produced[index] > self._limit:
                raise ResponseTooLarge(
                    f"the body expands to more than {self._limit:,} bytes (a decompression bomb?);"
                    " raise fetch.max_decompressed_bytes if the page is genuine",
                    subject=self._subject,
                )
            data = out
        return data
