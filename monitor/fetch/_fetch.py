"""``fetch``: one article URL → Snapshot | NotModified, or a FetchError.

One call = up to ``1 + settings.retries`` attempts. One attempt = a limiter slot for the host,
then, inside a total timeout, a bounded redirect chain ending in a conditional GET whose body is
streamed under two caps (wire bytes and decoded bytes). Decoding to text happens afterwards, in
``decode_body``.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime

import httpx

from monitor.config import FetchSettings
from monitor.errors import (
    FetchError,
    HTTPStatusFailure,
    ResponseTooLarge,
    TooManyRedirects,
    UndecodableResponse,
    UnsupportedContent,
)
from monitor.model import NotModified, Snapshot, Validators

from ._charset import decode_body, parse_content_type
from ._client import MonitorClient, StreamedResponse
from ._coding import BodyDecoder
from ._exceptions import as_fetch_error
from ._limiter import HostLimiter
from ._retry import parse_retry_after, retry_delay

__all__ = ["fetch"]

logger = logging.getLogger("monitor.fetch")

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_AFTER_STATUSES = frozenset({429, 503})
_ACCEPTED_MEDIA = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_MAX_VALIDATOR_CHARS = 512  # an ETag is an opaque token; a megabyte of one is an attack
_PARSED_URLS_KEPT = 4096  # configured article URLs (never redirect targets); ~1 KB each
_NO_SLOT: AbstractAsyncContextManager[None] = nullcontext()  # reusable: nullcontext keeps no state


_RequestHeaders = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class _Body:
    final_url: str
    status: int
    content_type: str | None
    body: bytes
    validators: Validators


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    validators: Validators,
    *,
    settings: FetchSettings,
    limiter: HostLimiter | None = None,
    now: Callable[[], datetime],
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    rng: Callable[[], float] = random.random,
) -> Snapshot | NotModified:
    """Conditionally GET ``url``; raise only FetchError subclasses (subject = ``url``)."""
    # Parsed once here and handed down as an httpx.URL: httpx re-parses a str at every layer
    # (build_request, Request), and parsing is the largest CPU cost of a 304 poll.
    target = _http_url(url)
    headers = _conditional_headers(validators)
    attempts = 1 + max(0, settings.retries)
    for attempt in range(attempts):
        try:
            return await _attempt(client, target, url, headers, validators, settings, limiter, now)
        except FetchError as error:
            delay = retry_delay(error, attempt, attempts, rng)
            if delay is None:
                raise
            logger.debug("retrying %s in %.2fs after: %s", url, delay, error)
            await sleep(delay)
    raise AssertionError("unreachable: the last attempt either returns or raises")


async def _attempt(
    client: httpx.AsyncClient,
    target: httpx.URL,
    url: str,
    headers: _RequestHeaders,
    validators: Validators,
    settings: FetchSettings,
    limiter: HostLimiter | None,
    now: Callable[[], datetime],
) -> Snapshot | NotModified:
    slot = limiter.slot(target.host) if limiter else _NO_SLOT
    async with slot:
        started = time.perf_counter()
        try:
            async with asyncio.timeout(settings.timeout_s):
                result = await _follow(client, target, url, headers, validators, settings, now)
        except FetchError:
            raise
        except Exception as exc:  # httpx, socket and timeout errors, translated in one place
            mapped = as_fetch_error(exc, url, total_timeout_s=settings.timeout_s)
            if mapped is None:
                raise
            raise mapped from exc
        elapsed_ms = (time.perf_counter() - started) * 1000.0
    if isinstance(result, Validators):
        return NotModified(url=url, fetched_at=now(), validators=result, elapsed_ms=elapsed_ms)
    try:
        html, encoding = decode_body(result.body, result.content_type)
    except UndecodableResponse as error:
        error.subject = url
        raise
    return Snapshot(
        url=url,
        final_url=result.final_url,
        fetched_at=now(),
        status=result.status,
        body=result.body,
        html=html,
        encoding=encoding,
        content_type=result.content_type,
        validators=result.validators,
        elapsed_ms=elapsed_ms,
    )


async def _follow(
    client: httpx.AsyncClient,
    target: httpx.URL,
    url: str,
    headers: _RequestHeaders,
    validators: Validators,
    settings: FetchSettings,
    now: Callable[[], datetime],
) -> _Body | Validators:
    """GET, following at most ``max_redirects`` redirects; Validators means 304."""
    seen = {url}
    current = target
    for _hop in range(settings.max_redirects + 1):
        response = await _stream_get(client, current, headers)
        try:
            redirect = _redirect_target(response, url)
            if redirect is None:
                return await _conclude(response, url, validators, settings, now)
        finally:
            await response.aclose()  # unread (a 304, a redirect) or read: the connection goes back
        location = str(redirect)
        if location in seen:
            raise TooManyRedirects(
                "the redirects form a loop; check the URL in a browser", subject=url
            )
        seen.add(location)
        current = redirect
    raise TooManyRedirects(
        f"more than fetch.max_redirects ({settings.max_redirects}) redirects; use the final URL",
        subject=url,
    )


async def _stream_get(
    client: httpx.AsyncClient, url: httpx.URL, headers: _RequestHeaders
) -> StreamedResponse:
    if isinstance(client, MonitorClient):
        return await client.stream_get(url, headers)
    # send(stream=True) rather than the client.stream() context manager: the same request,
    # one generator-based context manager less per hop.
    return await client.send(client.build_request("GET", url, headers=headers), stream=True)


def _redirect_target(response: StreamedResponse, url: str) -> httpx.URL | None:
    if response.status_code not in _REDIRECTS:  # before any header lookup: most answers are not
        return None
    location = response.headers.get("location")
    if not location:
        return None
    try:
        target = response.url.join(location.strip())
    except httpx.InvalidURL:
        raise UnsupportedContent("the server redirected to an invalid URL", subject=url) from None
    _require_http(target, url)
    return target.copy_with(fragment=None)


async def _conclude(
    response: StreamedResponse,
    url: str,
    validators: Validators,
    settings: FetchSettings,
    now: Callable[[], datetime],
) -> _Body | Validators:
    status = response.status_code
    if status == 304:
        fresh = _validators(response)
        return Validators(
            etag=fresh.etag or validators.etag,
            last_modified=fresh.last_modified or validators.last_modified,
        )
    if not 200 <= status < 300 or status in (204, 205, 206):
        retry_after = None
        if status in _RETRY_AFTER_STATUSES:
            retry_after = parse_retry_after(response.headers.get("retry-after"), now())
        raise HTTPStatusFailure(status, subject=url, retry_after=retry_after)
    content_type = response.headers.get("content-type")
    media = parse_content_type(content_type)[0]
    if media is not None and media not in _ACCEPTED_MEDIA:
        raise UnsupportedContent(
            f"the server sent {media[:60]!r}, not an HTML page; check the URL", subject=url
        )
    body = await _read_capped(response, url, settings)
    return _Body(str(response.url), status, content_type, body, _validators(response))


async def _read_capped(response: StreamedResponse, url: str, settings: FetchSettings) -> bytes:
    """Stream the raw body, undoing Content-Encoding as it arrives, under both caps."""
    declared = (response.headers.get("content-length") or "").strip()
    if declared.isdigit() and int(declared) > settings.max_bytes:
        raise _too_large(settings.max_bytes, url)
    decoder = BodyDecoder(
        response.headers.get("content-encoding"),
        limit=settings.max_decompressed_bytes,
        subject=url,
    )
    wire_bytes = 0
    if response.is_stream_consumed:
        # A transport that hands back an already-read response (httpx.Response(content=...) in a
        # MockTransport) has no raw stream left; its bytes are still capped the same way.
        return _capped_bytes(response.content, url, settings)
    async for chunk in response.aiter_raw():
        wire_bytes += len(chunk)
        if wire_bytes > settings.max_bytes:
            raise _too_large(settings.max_bytes, url)
        decoder.feed(chunk)
    return decoder.finish()


def _capped_bytes(body: bytes, url: str, settings: FetchSettings) -> bytes:
    if len(body) > min(settings.max_bytes, settings.max_decompressed_bytes):
        raise _too_large(settings.max_bytes, url)
    return body


def _too_large(limit: int, url: str) -> ResponseTooLarge:
    return ResponseTooLarge(
        f"the response is larger than fetch.max_bytes ({limit:,} bytes); raise it if the page is genuine",
        subject=url,
    )


def _conditional_headers(validators: Validators) -> _RequestHeaders:
    """Built once per fetch, for every attempt and hop."""
    headers: list[tuple[str, str]] = []
    if validators.etag:
        headers.append(("If-None-Match", validators.etag))
    if validators.last_modified:
        headers.append(("If-Modified-Since", validators.last_modified))
    return tuple(headers)


def _validators(response: StreamedResponse) -> Validators:
    return Validators(
        etag=_clean_validator(response.headers.get("etag")),
        last_modified=_clean_validator(response.headers.get("last-modified")),
    )


def _clean_validator(value: str | None) -> str | None:
    """Keep a validator only if it is short, printable ASCII: it goes back out as a header."""
    if value is None:
        return None
    value = value.strip()
    if (
        not value
        or len(value) > _MAX_VALIDATOR_CHARS
        or not value.isascii()
        or not value.isprintable()
    ):
        return None
    return value


@functools.lru_cache(maxsize=_PARSED_URLS_KEPT)
def _http_url(url: str) -> httpx.URL:
    """``url`` parsed, or UnsupportedContent. Cached: a daemon asks for the same URLs every poll,
    and parsing is the dearest step of a 304 check. Sharing the result is safe: httpx.URL is
    immutable (``copy_with`` makes a new one).
    """
    try:
        target = httpx.URL(url)
    except httpx.InvalidURL:
        target = None
    _require_http(target, url)
    assert target is not None
    return target


def _require_http(target: httpx.URL | None, url: str) -> None:
    if target is None or target.scheme not in ("http", "https") or not target.host:
        raise UnsupportedContent(
            "only http:// and https:// URLs (and redirects to them) can be fetched", subject=url
        )
