"""An article URL as an ``httpx.URL``, without httpx's general parser when it cannot matter.

httpx parses a string in pure Python: a per-character control check, four regexes, percent
re-quoting of every component, and an ``ipaddress`` round trip for a dotted host. That is
≈0.04 ms per URL, the largest single CPU cost after start-up in a `monitor check` where every
answer is a 304 (each configured URL is parsed once per process).

Nearly every configured article URL is already in the normal form httpx would produce: a
lowercase ``http``/``https`` scheme, a lowercase ASCII host, no user info, no fragment, no dot
segments, and path and query characters httpx leaves alone. For exactly those URLs every
normalisation step of httpx is the identity, so the parsed components are the string's own
pieces. Anything else (and any httpx whose URL internals differ from what this module was
checked against) goes through ``httpx.URL(url)`` unchanged. ``tests/test_fetch_urls.py``
compares both paths on generated URLs, so an httpx upgrade that changes its normal form fails
there rather than in production.
"""

from __future__ import annotations

import re

import httpx

try:  # httpx's parsed form; a future httpx without it simply takes the general path
    from httpx._urlparse import ParseResult
except ImportError:  # pragma: no cover - depends on the installed httpx
    ParseResult = None  # type: ignore[assignment,misc]

__all__ = ["http_url"]

# Printable ASCII that httpx's quote() keeps as is: for a path, all but space " # < > ? ` { };
# for a query, all but space " # < >. '%' is kept by both ("%zz" stays "%zz" in httpx too).
_PATH = r"""/[!$-;=@-_a-z|~]*"""  # '!', '$'..';', '=', '@'..'_', 'a'..'z', '|', '~'
_QUERY = r"""[!$-;=?-~]*"""  # '!', '$'..';', '=', '?'..'~'
_PLAIN = re.compile(
    rf"(https?)://([a-z0-9._~-]+)(?::([0-9]{{1,5}}))?({_PATH})?(?:\?({_QUERY}))?",
)
_DOTTED_QUAD = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_MAX_PLAIN_LENGTH = 8192  # far below httpx's limit; longer URLs take the general path


def http_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``: the same value, built directly when ``url`` is already normal.

    Raises httpx.InvalidURL exactly as ``httpx.URL`` does (the general path raises it).
    """
    parsed = _plain_parts(url)
    if parsed is None:
        return httpx.URL(url)
    built = httpx.URL.__new__(httpx.URL)
    built._uri_reference = parsed
    return built


def _plain_parts(url: str) -> ParseResult | None:
    if ParseResult is None or len(url) > _MAX_PLAIN_LENGTH:
        return None
    match = _PLAIN.fullmatch(url)
    if match is None:
        return None
    scheme, host, port_text, path, query = match.groups()
    if _DOTTED_QUAD.fullmatch(host) and not _is_ipv4(host):
        return None  # httpx rejects it; let it say so
    port = None if port_text is None else int(port_text)
    if port == _DEFAULT_PORTS[scheme]:
        port = None
    path = path or ""
    if "/./" in f"{path}/" or "/../" in f"{path}/":
        return None  # httpx drops dot segments
    return ParseResult(scheme, "", host, port, path, query, None)


def _is_ipv4(host: str) -> bool:
    # What ipaddress.IPv4Address accepts for a dotted quad: each octet 0-255, no leading zero.
    return all(o == "0" or (o[0] != "0" and int(o) <= 255) for o in host.split("."))
