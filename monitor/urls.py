"""URL normalisation, so one article followed through two links is tracked once.

``normalize_url`` lowercases the scheme and host, drops default ports, the fragment, and the
query parameters that only track the reader (utm_*, fbclid, gclid, mc_cid, …) or bust caches;
the parameters left keep their values and are sorted by name (stable for repeated names), so
"?b=2&a=1" and "?a=1&b=2" are the same article.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Exact names of tracking / cache-busting parameters (compared lowercased).
_TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "mkt_tok", "_hsenc", "_hsmi",
        "hsctatracking", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "rb_clickid",
        "s_cid", "cmpid", "ncid", "ocid", "icid", "ito", "smid", "sr_share",
        "taid", "ref", "ref_src", "ref_url", "referrer", "ftag", "at_medium",
        "at_campaign", "guccounter", "guce_referrer", "guce_referrer_sig", "_ga", "_gl",
        "cb", "cachebuster", "cache_buster", "_", "nocache", "__twitter_impression",
    }
)  # fmt: skip
# Prefixes: utm_source, utm_medium, … ; pk_campaign, … (Matomo); at_* (AT Internet).
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "at_", "_hs", "oly_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_MULTI_SLASH = re.compile(r"/{2,}")
# A URL that ``normalize_url`` gives back unchanged, recognised without urllib's parser (~20 µs a
# URL; `monitor check` validates and normalises every configured URL at every start): a lowercase
# http(s) scheme and host (no empty label, no trailing dot), no user info, a port only when it is
# not the default, a non-empty path of printable ASCII without "//", and no query or fragment.
# tests/test_urls.py compares this shortcut with the general path on generated URLs.
_ALREADY_NORMAL = re.compile(
    r"(https?)://[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::([1-9][0-9]{0,4}))?/[!-\"$->@-~]*"
)


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that does not change which document is served."""
    lowered = name.lower()
    return lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """The canonical form used to recognise the same article behind different links.

    Never raises: text that is not a URL comes back stripped and otherwise unchanged.
    """
    text = url.strip()
    if is_normal_http_url(text):
        return text
    return _normalize(text)


def is_normal_http_url(text: str) -> bool:
    """True when ``text`` is an http(s) URL already in ``normalize_url``'s form (see above)."""
    match = _ALREADY_NORMAL.fullmatch(text)
    if match is None or "//" in text[len(match[1]) + 3 :]:
        return False
    port = match[2]
    return port is None or (int(port) <= 65535 and int(port) != _DEFAULT_PORTS[match[1]])


def _normalize(text: str) -> str:
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    if not scheme or not parts.netloc:
        return text
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("[") or ":" in host:
        host = f"[{host.strip('[]')}]"
    netloc = host
    if parts.username:
        userinfo = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{userinfo}@{netloc}"
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    path = _MULTI_SLASH.sub("/", parts.path) or "/"
    pairs = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(name)
    ]
    pairs.sort(key=lambda pair: pair[0])  # stable: repeated names keep their order
    return urlunsplit((scheme, netloc, path, urlencode(pairs, doseq=True), ""))
