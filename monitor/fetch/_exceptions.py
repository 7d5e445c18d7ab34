"""The one place where foreign (httpx, asyncio, socket) exceptions become monitor FetchErrors."""

from __future__ import annotations

import httpx

from monitor.errors import ConnectionFailed, FetchError, FetchTimeout, UnsupportedContent

__all__ = ["as_fetch_error"]


def as_fetch_error(exc: BaseException, url: str, *, total_timeout_s: float) -> FetchError | None:
    """The most specific FetchError for ``exc`` (raise it ``from exc``), or None to re-raise."""
    match exc:
        case httpx.ConnectTimeout():
            return FetchTimeout("could not connect in time; the host may be down", subject=url)
        case httpx.ReadTimeout():
            return FetchTimeout(
                "the server stopped sending data; it may be overloaded", subject=url
            )
        case httpx.PoolTimeout():
            return FetchTimeout(
                "no free connection in time; lower the number of articles or raise fetch.concurrency",
                subject=url,
            )
        case httpx.TimeoutException():
            return FetchTimeout("the request timed out", subject=url)
        case TimeoutError():  # asyncio.timeout: the total per-attempt budget
            return FetchTimeout(
                f"the response took longer than fetch.timeout ({total_timeout_s:g}s) in total",
                subject=url,
            )
        case httpx.UnsupportedProtocol() | httpx.InvalidURL():
            return UnsupportedContent("the URL is not a valid http:// or https:// URL", subject=url)
        case httpx.ConnectError():
            return ConnectionFailed(
                "could not connect (refused, unreachable or DNS failure)", subject=url
            )
        case httpx.TransportError():  # read/write errors, protocol violations, proxy errors
            return ConnectionFailed("the connection failed mid-response", subject=url)
        case OSError():  # a transport that lets socket errors through
            return ConnectionFailed("the connection failed", subject=url)
    return None
