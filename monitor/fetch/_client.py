"""The one shared AsyncClient the daemon builds: timeouts, pool size, identity, no auto-redirects."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping, Sequence
from http.cookiejar import CookieJar
from typing import Any, Protocol, runtime_checkable

import httpx

from monitor.config import FetchSettings

__all__ = ["ACCEPT", "StreamedResponse", "build_client"]

# httpx's CookieTypes, which it does not export.
_CookieTypes = httpx.Cookies | CookieJar | dict[str, str] | list[tuple[str, str]]

ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"


def build_client(
    settings: FetchSettings, *, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """Build the client ``fetch`` expects, on our aiohttp transport unless a proxy is configured.

    ``follow_redirects`` is off because ``fetch`` follows redirects itself (bounded, loop-checked,
    http/https only). The read timeout bounds the gap between two chunks; ``fetch`` adds a total
    per-attempt budget so a server dripping one byte a second cannot hold a worker.
    """
    timeout = httpx.Timeout(
        connect=settings.connect_timeout_s,
        read=settings.timeout_s,
        write=settings.timeout_s,
        pool=settings.timeout_s,
    )
    limits = httpx.Limits(
        max_connections=settings.concurrency,
        max_keepalive_connections=settings.concurrency,
    )
    headers = {
        "User-Agent": settings.user_agent,
        "Accept": ACCEPT,
        "Accept-Encoding": "gzip, deflate, br",
    }
    return MonitorClient(
        timeout=timeout,
        limits=limits,
        headers=headers,
        follow_redirects=False,
        transport=transport or _fastest_transport(limits),
    )


def _fastest_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport | None:
    """Our aiohttp transport (``_aiohttp``), or None (httpx's own, httpcore-based) behind a proxy.

    bench/bench_transport.py measures aiohttp at ~0.29 ms CPU per 200 GET against httpcore's
    1.6 ms at concurrency 10 and 4.0 ms at 50 (httpcore's pool bookkeeping grows with
    connections), and at ~0.2 ms per 304 check against 1.0 ms, with the same streaming, caps and
    errors. Pass ``transport=`` to choose.
    """
    if _proxy_configured():
        # httpx's own transport honours HTTP(S)_PROXY / ALL_PROXY / NO_PROXY per host; the
        # aiohttp one would silently go direct. Behind a proxy, correct beats fast.
        return None
    from ._aiohttp import AiohttpTransport

    return AiohttpTransport(limits=limits)


_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy")


def _proxy_configured() -> bool:
    return any(os.environ.get(name) or os.environ.get(name.upper()) for name in _PROXY_VARIABLES)


class _Headers(Protocol):
    def get(self, key: str, /) -> str | None: ...

    def __contains__(self, key: object, /) -> bool: ...


class StreamedResponse(Protocol):
    """What ``fetch`` reads of a response: ``httpx.Response``, or ``AiohttpResponse`` on the
    lean path (``MonitorClient.stream_get``)."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> _Headers: ...

    @property
    def url(self) -> httpx.URL: ...

    @property
    def is_stream_consumed(self) -> bool: ...

    @property
    def content(self) -> bytes: ...

    def aiter_raw(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...


class _SetCookieCookies(httpx.Cookies):
    """httpx's cookie store, consulted only when a response sets a cookie.

    ``httpx.Cookies.extract_cookies`` runs on every response and first wraps it for
    ``http.cookiejar`` (a ``urllib.request.Request`` that re-parses the URL, an ``email.Message``
    of every header): about a sixth of the CPU of a 304 check. Only ``Set-Cookie`` can add a
    cookie (the jar's default policy ignores the obsolete ``Set-Cookie2``), so skipping responses
    without one changes nothing else.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class MonitorClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` with a cheaper cookie store and a direct streaming GET.

    ``cookies`` is the public property httpx itself reads on every request and response, so
    overriding it (getter and setter) is enough; the base class's own store stays empty.
    """

    def __init__(
        self,
        *,
        cookies: _CookieTypes | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(transport=transport, **kwargs)
        self._cookie_store = _SetCookieCookies(cookies)
        # With a proxy in the environment httpx mounts proxy transports per URL pattern; then
        # every request goes through ``send``, which picks the right one.
        self._direct = None if _proxy_configured() else transport
        self._lean = _lean_transport(self._direct)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookie_store

    @cookies.setter
    def cookies(self, cookies: _CookieTypes) -> None:
        self._cookie_store = _SetCookieCookies(cookies)

    async def stream_get(
        self, url: httpx.URL, headers: Sequence[tuple[str, str]]
    ) -> StreamedResponse:
        """``send(build_request("GET", url, headers=headers), stream=True)``, more cheaply.

        For this client's configuration (one transport, no auth, no event hooks, redirects left
        to the caller) ``send`` adds only its auth and redirect generators and a timer around the
        body, about a sixth of the CPU of a 304 check (bench/bench_transport.py). On our aiohttp
        transport the request skips httpx's Request and Response objects too (``_aiohttp``
        says why). Either way it carries the same headers, cookies and timeouts, and cookies set
        by the response are kept.
        """
        if self._direct is None:
            return await self.send(self.build_request("GET", url, headers=headers), stream=True)
        if self._lean is not None:
            return await self._lean_get(self._lean, url, headers)
        merged = self.headers.copy()
        merged.update(headers)
        request = httpx.Request(
            "GET", url, headers=merged, extensions={"timeout": self.timeout.as_dict()}
        )
        if self._cookie_store:
            self._cookie_store.set_cookie_header(request)
        response = await self._direct.handle_async_request(request)
        response.request = request
        self._cookie_store.extract_cookies(response)
        return response

    async def _lean_get(
        self, transport: _LeanTransport, url: httpx.URL, headers: Sequence[tuple[str, str]]
    ) -> StreamedResponse:
        # The client's headers, then the caller's replacing any of the same name (httpx's merge).
        replaced = {name.lower() for name, _ in headers}
        pairs = [
            (name, value.decode("latin-1"))
            for key, value in self.headers.raw
            if (name := key.decode("latin-1")).lower() not in replaced
        ]
        pairs += headers
        if self._cookie_store:
            pairs += self._cookie_header(url)
        response = await transport.stream_get(url, pairs, self.timeout.as_dict())
        if "set-cookie" in response.headers:
            self._cookie_store.extract_cookies(response.as_httpx())
        return response

    def _cookie_header(self, url: httpx.URL) -> list[tuple[str, str]]:
        probe = httpx.Request("GET", url)
        self._cookie_store.set_cookie_header(probe)
        cookie = probe.headers.get("cookie")
        return [("Cookie", cookie)] if cookie else []


class _LeanResponse(StreamedResponse, Protocol):
    def as_httpx(self) -> httpx.Response: ...


@runtime_checkable
class _LeanTransport(Protocol):
    """A transport that can stream a GET without httpx's Request and Response (``_aiohttp``)."""

    async def stream_get(
        self, url: httpx.URL, headers: list[tuple[str, str]], timeout: Mapping[str, float | None]
    ) -> _LeanResponse: ...


def _lean_transport(transport: httpx.AsyncBaseTransport | None) -> _LeanTransport | None:
    # Recognised by what it offers, not by its class: httpx's and test transports never
    # import aiohttp.
    return transport if isinstance(transport, _LeanTransport) else None
