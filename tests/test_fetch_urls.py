"""``fetch._urls.http_url`` is ``httpx.URL`` exactly, on the fast path and off it."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from url_support import edge_urls

from monitor.fetch._urls import _plain_parts, http_url


def _parsed(make: object, url: str) -> object:
    try:
        return make(url)._uri_reference  # type: ignore[operator]
    except httpx.InvalidURL as error:
        return ("InvalidURL", str(error))


@settings(max_examples=1500, deadline=None)
@given(edge_urls())
def test_http_url_is_httpx_url_for_any_url(url: str) -> None:
    assert _parsed(http_url, url) == _parsed(httpx.URL, url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8631/2020/01/03/soleimani-strike",
        "https://www.example.com/live/2026/11/25/story-updated?id=123&ref=home",
        "http://example.com",
        "https://example.com:8443/a%20b/c;d=e/~user/",
    ],
)
def test_typical_article_urls_take_the_fast_path_and_behave_as_httpx_urls(url: str) -> None:
    assert _plain_parts(url) is not None
    ours, theirs = http_url(url), httpx.URL(url)
    assert ours == theirs
    assert (ours.host, ours.port, ours.raw_path, str(ours)) == (
        theirs.host,
        theirs.port,
        theirs.raw_path,
        str(theirs),
    )
    assert ours.join("../other") == theirs.join("../other")
    assert ours.copy_with(fragment=None) == theirs


@pytest.mark.parametrize(
    "url",
    [
        "HTTP://example.com/",  # httpx lowercases the scheme
        "http://Example.com/",  # and the host
        "http://user:pw@example.com/",  # user info
        "http://example.com/a/../b",  # dot segments
        "http://example.com/a b",  # quoting
        "http://example.com/#frag",
        "http://bücher.example/",  # IDNA
        "http://[::1]:8080/",
        "http://999.1.1.1/",  # httpx rejects it
    ],
)
def test_urls_httpx_would_rewrite_or_reject_take_httpxs_own_path(url: str) -> None:
    assert _plain_parts(url) is None
    assert _parsed(http_url, url) == _parsed(httpx.URL, url)
