"""URL normalisation: one article behind many links is tracked once."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from url_support import edge_urls

from monitor import urls
from monitor.urls import is_normal_http_url, is_tracking_param, normalize_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            "https://WWW.Example.COM/a/b?utm_source=x&utm_medium=y#top",
            "https://www.example.com/a/b",
        ),
        (
            "https://example.com/a?b=2&a=1&fbclid=zz&gclid=1&mc_cid=3",
            "https://example.com/a?a=1&b=2",
        ),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a?id=5&id=3", "https://example.com/a?id=5&id=3"),
        ("https://example.com/a?_=1578000000&cb=9", "https://example.com/a"),
        ("https://example.com//a//b", "https://example.com/a/b"),
        ("not a url", "not a url"),
        ("https://[::1]:99999/x", "https://[::1]:99999/x"),
    ],
)
def test_normalize_url(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


def test_normalizing_twice_changes_nothing() -> None:
    once = normalize_url("https://Example.com/x?z=1&utm_campaign=a&a=2#frag")
    assert normalize_url(once) == once


def test_tracking_params() -> None:
    assert is_tracking_param("UTM_Source") and is_tracking_param("fbclid")
    assert not is_tracking_param("id") and not is_tracking_param("page")


@settings(max_examples=1500, deadline=None)
@given(edge_urls())
def test_the_already_normal_shortcut_agrees_with_the_general_path(url: str) -> None:
    assert normalize_url(url) == urls._normalize(url.strip())


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8631/the-war-zone/31680/new-details-about-strike",
        "https://www.example.com/live/2026/12/04/story-updated",
        "https://example.com:8443/a%20b/c;d=e/~user/",
    ],
)
def test_typical_article_urls_are_recognised_as_normal(url: str) -> None:
    assert is_normal_http_url(url)
    assert urls._normalize(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com",  # gains a "/"
        "https://Example.com/a",
        "http://example.com:80/a",
        "https://example.com/a?b=2&a=1",
        "https://example.com//a",
        "https://example.com/a#top",
        "https://example.com./a",
    ],
)
def test_urls_normalisation_would_change_are_not_normal(url: str) -> None:
    assert not is_normal_http_url(url)
    assert urls._normalize(url) != url
