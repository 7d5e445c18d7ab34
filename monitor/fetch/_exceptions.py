"""The one place where foreign (httpx, asyncio, socket) exceptions become monitor FetchErrors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from monitor.errors import ConnectionFailed, FetchError, FetchTimeout, UnsupportedContent

__all__ = ["map_exceptions"]


def _translate(exc: BaseException, url: str, total_timeout_s: float) -> FetchError | None:
    """The most specific FetchError for ``exc``, or None to let it propagate."""
    match exc:
        case httpx.ConnectTimeout() if _is_aiohttp_non_timeout(exc.__cause__):
            # httpx-aiohttp maps every aiohttp ClientConnectionError (refused, reset, server
            # disconnected) to ConnectTimeout; only a timeout cause makes it a real one.
            return ConnectionFailed("the connection was refused or reset", subject=url)
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


def _is_aiohttp_non_timeout(cause: BaseException | None) -> bool:
    return (
        cause is not None
        and type(cause).__module__.startswith("aiohttp")
        and not isinstance(cause, TimeoutError)
    )


@contextmanager
def map_exceptions(url: str, *, total_timeout_s: float) -> Iterator[None]:
    """Translate httpx/socket/timeout exceptions raised inside into FetchErrors, keeping the cause."""
    try:
        yield
    except FetchError:
        raise
    except Exception as exc:
        mapped = _translate(exc, url, total_timeout_s)
        if mapped is None:
            raise
        raise mapped from exc
