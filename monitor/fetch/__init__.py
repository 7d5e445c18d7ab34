"""The HTTP edge: polite, bounded, hostile-input-proof fetching of article pages.

Public surface::

    build_client(settings, *, transport=None) -> httpx.AsyncClient
    HostLimiter(per_host=, min_delay_s=, global_limit=, clock=, sleep=).slot(host)
    fetch(client, url, validators, *, settings, limiter=None, now, sleep=, rng=)
        -> Snapshot | NotModified          raises only monitor.errors.FetchError subclasses
    decode_body(body, content_type) -> (text, encoding)
    exact_utf8(body, encoding) -> body | None   (the text's own UTF-8 bytes, when they are)
    parse_retry_after(value, now) -> seconds | None

Private modules: ``_fetch`` (attempts, redirects, caps), ``_coding`` (Content-Encoding with a
decompression cap), ``_charset`` (bytes → text), ``_retry`` (backoff, Retry-After),
``_limiter`` (politeness), ``_exceptions`` (the one place httpx errors are translated),
``_client`` (the shared AsyncClient).
"""

from __future__ import annotations

from ._charset import decode_body, exact_utf8, parse_content_type
from ._client import build_client
from ._fetch import fetch
from ._limiter import HostLimiter
from ._retry import parse_retry_after

__all__ = [
    "HostLimiter",
    "build_client",
    "decode_body",
    "exact_utf8",
    "fetch",
    "parse_content_type",
    "parse_retry_after",
]
