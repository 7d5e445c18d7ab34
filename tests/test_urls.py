"""URL normalisation: one article behind many links is tracked once."""

from __future__ import annotations

import pytest

from monitor.urls import is_tracking_param, normalize_url


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
