"""``fetch``: one article URL → Snapshot | NotModified, or a FetchError.

One call = up to ``1 + settings.retries`` attempts. One attempt = a limiter slot for the host,
then, inside a total timeout, a bounded redirect chain ending in a conditional GET whose body is
streamed under two caps (wire bytes and decoded bytes). Decoding to text happens afterwards, in
``decode_body``.
"""

from __future__ import annotations

import asyncio
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
from ._coding import BodyDecoder
from ._exceptions import map_exceptions
from ._limiter import HostLimiter
from ._retry import parse_retry_after, retry_delay

__all__ = ["fetch"]

logger = logging.getLogger("monitor.fetch")

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_AFTER_STATUSES = frozenset({429, 503})
_ACCEPTED_MEDIA = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_MAX_VALIDATOR_CHARS = 512  # an ETag is an opaque token; a megabyte of one is an attack


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
    _require_http(httpx.URL(url) if _parses(url) else None, url)
    attempts = 1 + max(0, settings.retries)
    for attempt in range(attempts):
        try:
            return await _attempt(client, url, validators, settings, limiter, now)
        except FetchError as error:
            delay = retry_delay(error, attempt, attempts, rng)
            if delay is None:
                raise
            logger.debug("retrying %s in %.2fs after: %s", url, delay, error)
            await sleep(delay)
    raise AssertionError("unreachable: the last attempt either returns or raises")


async def _attempt(
    client: httpx.AsyncClient,
    url: str,
    validators: Validators,
    settings: FetchSettings,
    limiter: HostLimiter | None,
    now: Callable[[], datetime],
) -> Snapshot | NotModified:
    host = httpx.URL(url).host
    slot: AbstractAsyncContextManager[None] = limiter.slot(host) if limiter else nullcontext()
    async with slot:
        started = time.perf_counter()
        with map_exceptions(url, total_timeout_s=settings.timeout_s):
            async with asyncio.timeout(settings.timeout_s):
                result = await _follow(client, url, validators, settings, now)
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
    url: str,
    validators: Validators,
    settings: FetchSettings,
    now: Callable[[], datetime],
) -> _Body | Validators:
    """GET, following at most ``max_redirects`` redirects; Validators means 304."""
    headers = _conditional_headers(validators)
    seen = {url}
    current = url
    for _hop in range(settings.max_redirects + 1):
        async with client.stream("GET", current, headers=headers) as response:
            target = _redirect_target(response, url)
            if target is None:
                return await _conclude(response, url, validators, settings, now)
        if target in seen:
            raise TooManyRedirects(
                "the redirects form a loop; check the URL in a browser", subject=url
            )
        seen.add(target)
        current = target
    raise TooManyRedirects(
        f"more than fetch.max_redirects ({settings.max_redirects}) redirects; use the final URL",
        subject=url,
    )


def _redirect_target(response: httpx.Response, url: str) -> str | None:
    location = response.headers.get("location")
    if response.status_code not in _REDIRECTS or not location:
        return None
    try:
        target = response.url.join(location.strip())
    except httpx.InvalidURL:
        raise UnsupportedContent("the server redirected to an invalid URL", subject=url) from None
    _require_http(target, url)
    return str(target.copy_with(fragment=None))


async def _conclude(
    response: httpx.Response,
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


async def _read_capped(response: httpx.Response, url: str, settings: FetchSettings) -> bytes:
    """Stream the raw body, undoing Content-Encoding as it arrives, under both caps."""
    declared = response.headers.get("content-length", "").strip()
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


def _conditional_headers(validators: Validators) -> dict[str, str]:
    headers = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


def _validators(response: httpx.Response) -> Validators:
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


def _parses(url: str) -> bool:
    try:
        httpx.URL(url)
    except httpx.InvalidURL:
        return False
    return True


def _require_http(target: httpx.URL | None, url: str) -> None:
    if target is None or target.scheme not in ("http", "https") or not target.host:
        raise UnsupportedContent(
            "only http:// and https:// URLs (and redirects to them) can be fetched", subject=url
        )
