"""httpx's transport interface over an aiohttp connection pool: what a poll spends on HTTP.

Two entry points: ``handle_async_request`` (the httpx transport interface, for any caller) and
``stream_get``, which ``MonitorClient`` uses for every GET ``fetch`` makes: it returns an
``AiohttpResponse`` that reads aiohttp's response directly, without httpx's Request and Response.

Why our own and not httpx-aiohttp's: a 304 check is mostly transport overhead, and measured on the
news simulator (bench/bench_transport.py, ``304``) the lean version below costs about 0.03 ms CPU
less per request. It differs in small, deliberate ways:

- the request line and headers go to aiohttp already decoded, with a cached ``yarl.URL`` per
  article URL (aiohttp parses a str URL again on every request);
- aiohttp keeps no cookies (a ``DummyCookieJar``): the httpx client above owns them, so they are
  neither stored twice nor matched against every request twice;
- the TLS context (httpx's: certifi plus ``SSL_CERT_FILE``/``SSL_CERT_DIR``) is built on the first
  https request, not at start-up, so a pass over http:// pages never loads a CA bundle;
- each aiohttp error becomes the httpx exception that names it (a refused connection is a
  ``ConnectError``, a connect timeout a ``ConnectTimeout``), so ``_exceptions`` can stay generic.

Only what ``fetch`` uses is supported: no proxies (``build_client`` picks httpx's own transport
when a proxy is configured), HTTP/1.1, request bodies given as bytes.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING

import aiohttp
import httpx
import yarl

if TYPE_CHECKING:
    from multidict import CIMultiDictProxy  # aiohttp's header type


__all__ = ["AiohttpResponse", "AiohttpTransport"]

_CHUNK_BYTES = 64 * 1024
_URLS_KEPT = 4096  # one per configured article URL (and the odd redirect target)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` on one lazily opened ``aiohttp.ClientSession``."""

    def __init__(self, *, limits: httpx.Limits) -> None:
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None
        self._tls: ssl.SSLContext | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._send(
            request.method,
            request.url,
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],
            request.extensions.get("timeout") or {},
            data=_body(request),
        )
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_ResponseStream(response),
            request=request,
            extensions={"http_version": b"HTTP/1.1"},  # one per response: httpx keeps the dict
        )

    async def stream_get(
        self, url: httpx.URL, headers: list[tuple[str, str]], timeout: Mapping[str, float | None]
    ) -> AiohttpResponse:
        """A streamed GET without httpx's Request and Response objects (``MonitorClient``)."""
        return AiohttpResponse(await self._send("GET", url, headers, timeout), url)

    async def _send(
        self,
        method: str,
        url: httpx.URL,
        headers: list[tuple[str, str]],
        timeout: Mapping[str, float | None],
        *,
        data: bytes | None = None,
    ) -> aiohttp.ClientResponse:
        session = self._session or self._open()
        try:
            return await session.request(
                method,
                _yarl_url(str(url)),
                headers=headers,
                data=data,
                allow_redirects=False,
                timeout=_client_timeout(
                    timeout.get("connect"), timeout.get("read"), timeout.get("pool")
                ),
                ssl=self._tls_context() if url.scheme == "https" else True,
            )
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _httpx_error(exc) from exc

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _open(self) -> aiohttp.ClientSession:
        """Opened on the first request: a ClientSession belongs to the running event loop."""
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 0,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,  # fetch undoes Content-Encoding itself, under its own caps
            # The httpx client sends these itself; aiohttp must not add its own defaults.
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding"),
        )
        return self._session

    def _tls_context(self) -> ssl.SSLContext:
        if self._tls is None:
            self._tls = httpx.create_ssl_context()
        return self._tls


class AiohttpResponse:
    """The part of ``httpx.Response`` that ``fetch`` reads, straight from aiohttp's response.

    Building an ``httpx.Request`` and ``httpx.Response`` around every aiohttp request (headers
    normalised into ``httpx.Headers`` twice each way, every lookup re-checking their encoding)
    cost about as much CPU as aiohttp itself: 0.15 → 0.12 ms per 304 check without them
    (bench/bench_transport.py ``304``). ``url`` is the request's URL: redirects are not followed
    here. Headers read as httpx reads them: aiohttp's values when all are ASCII (the only bytes
    both libraries decode alike; otherwise httpx's own decoding of the raw headers), and a header
    sent on several lines as its values joined by ", " (two Content-Encoding lines stack).
    """

    __slots__ = ("_response", "headers", "status_code", "url")

    is_stream_consumed = False  # the body is read through aiter_raw()
    content = b""

    def __init__(self, response: aiohttp.ClientResponse, url: httpx.URL) -> None:
        self._response = response
        self.status_code = response.status
        raw = response.raw_headers
        ascii_only = all(key.isascii() and value.isascii() for key, value in raw)
        self.headers: _JoinedHeaders | httpx.Headers = (
            _JoinedHeaders(response.headers) if ascii_only else httpx.Headers(raw)
        )
        self.url = url

    def aiter_raw(self) -> AsyncIterator[bytes]:
        return _chunks(self._response)

    async def aclose(self) -> None:
        _release(self._response)

    def as_httpx(self) -> httpx.Response:
        """An ``httpx.Response`` with the same status and headers, no body: for the cookie jar."""
        return httpx.Response(
            self.status_code,
            headers=self._response.raw_headers,
            request=httpx.Request("GET", self.url),
        )


class _JoinedHeaders:
    """aiohttp's case-insensitive headers, read as ``httpx.Headers.get`` reads them."""

    __slots__ = ("_headers",)

    def __init__(self, headers: CIMultiDictProxy[str]) -> None:
        self._headers = headers

    def get(self, key: str, /) -> str | None:
        values = self._headers.getall(key, None)
        if not values:
            return None
        return values[0] if len(values) == 1 else ", ".join(values)

    def __contains__(self, key: object, /) -> bool:
        return key in self._headers


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    def __aiter__(self) -> AsyncIterator[bytes]:
        return _chunks(self._response)

    async def aclose(self) -> None:
        _release(self._response)


async def _chunks(response: aiohttp.ClientResponse) -> AsyncIterator[bytes]:
    try:
        async for chunk in response.content.iter_chunked(_CHUNK_BYTES):
            yield chunk
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise _httpx_error(exc) from exc


def _release(response: aiohttp.ClientResponse) -> None:
    # A fully read (or empty: 304) body hands the connection back to the pool; one left
    # half-read (over a size cap) makes aiohttp close the connection instead.
    response.release()


def _body(request: httpx.Request) -> bytes | None:
    try:
        return request.content or None
    except httpx.RequestNotRead:
        raise NotImplementedError("streamed request bodies are not supported") from None


@functools.lru_cache(maxsize=_URLS_KEPT)
def _yarl_url(url: str) -> yarl.URL:
    # httpx has already validated and percent-encoded the URL: aiohttp must not re-encode it.
    return yarl.URL(url, encoded=True)


@functools.lru_cache(maxsize=16)
def _client_timeout(
    connect: float | None, read: float | None, pool: float | None
) -> aiohttp.ClientTimeout:
    # aiohttp's ``connect`` covers waiting for a pooled connection as well as connecting.
    return aiohttp.ClientTimeout(sock_connect=connect, sock_read=read, connect=pool)


def _httpx_error(exc: aiohttp.ClientError | TimeoutError) -> httpx.TransportError:
    """The httpx exception that means what aiohttp's ``exc`` means (raised ``from`` it).

    Written as try/except at the two call sites rather than a context manager: this runs around
    every request, and a generator-based context manager costs more than the request's parsing.
    """
    message = str(exc) or type(exc).__name__
    match exc:
        case aiohttp.ConnectionTimeoutError():
            return httpx.ConnectTimeout(message)
        case aiohttp.ServerTimeoutError():  # SocketTimeoutError and the older generic form
            return httpx.ReadTimeout(message)
        case aiohttp.ClientConnectorError():  # refused, unreachable, DNS, TLS handshake
            return httpx.ConnectError(message)
        case aiohttp.InvalidURL():
            return httpx.UnsupportedProtocol(message)
        case aiohttp.ClientPayloadError():  # truncated body, bad chunking or compression
            return httpx.ReadError(message)
        case aiohttp.ClientResponseError():  # a malformed status line or header
            return httpx.RemoteProtocolError(message)
        case aiohttp.ServerDisconnectedError():
            return httpx.RemoteProtocolError(message)
        case TimeoutError():  # a bare asyncio timeout from an older aiohttp's ``sock_read``
            return httpx.ReadTimeout(message)
    return httpx.ReadError(message)  # ClientOSError (reset) and any other transport failure
