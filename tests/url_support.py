"""Generated URLs near the edges of our URL fast path (urls.is_normal_http_url).

Every printable ASCII character in the path and query (each quoting rule of httpx, each character
normalize_url's shortcut refuses), a few that are not ASCII or not printable, hosts with capitals,
empty labels, trailing dots, user info, IPv4 look-alikes and IPv6, default, odd and out-of-range
ports, fragments, and surrounding whitespace.
"""

from __future__ import annotations

from hypothesis import strategies as st

_CHARS = st.sampled_from([chr(c) for c in range(0x20, 0x7F)] + ["é", "\t", "\x7f", "ß"])
_HOSTS = st.one_of(
    st.sampled_from(
        ["example.com", "127.0.0.1", "news.example.co.uk", "a-b.c", "localhost", "EXAMPLE.com"]
    ),
    st.sampled_from(["256.1.1.1", "01.2.3.4", "0.0.0.0", "1.2.3", "xn--bcher-kva.example"]),
    st.sampled_from(["example.com.", "a..b", "-x.com", "[::1]", "user:pw@example.com"]),
    st.text(st.sampled_from("abcXYZ019.-_~:@[]%"), min_size=1, max_size=12),
)
_PORTS = st.sampled_from(
    ["", "", ":80", ":443", ":8080", ":0", ":080", ":", ":65535", ":65536", ":99999", ":x"]
)
_SEGMENTS = st.one_of(st.sampled_from([".", "..", "a.b", "%41", "%zz", "", "a"]), st.text(_CHARS))


@st.composite
def edge_urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "ftp"]))
    segments = draw(st.lists(_SEGMENTS, max_size=4))
    path = "".join("/" + s for s in segments)
    query = draw(st.one_of(st.just(""), st.text(_CHARS, max_size=12).map(lambda q: "?" + q)))
    fragment = draw(st.sampled_from(["", "", "#top"]))
    space = draw(st.sampled_from(["", "", " "]))
    return f"{space}{scheme}://{draw(_HOSTS)}{draw(_PORTS)}{path}{query}{fragment}{space}"
