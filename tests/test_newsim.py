"""The benchmark's news-site simulator (bench/newsim.py), over real HTTP on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from newsim import NewsSite  # noqa: E402

ARTICLE_BODY = re.compile(r'<div class="article-body[^"]*"[^>]*>(.*?)</div>', re.S)
HEADLINE = re.compile(r'<h1 class="headline">(.*?)</h1>', re.S)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite(20, seed=7) as running:
        yield running


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as c:
        yield c


def article_body(html: str) -> str:
    match = ARTICLE_BODY.search(html)
    assert match is not None, "every page has an article body"
    return match.group(1)


def test_pages_are_realistic_html_of_news_size(site: NewsSite, client: httpx.Client) -> None:
    for i in range(site.n):
        response = client.get(site.url(i))
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/html")
        assert 20_000 <= len(response.content) <= 35_000
        html = response.text
        assert '"@type": "NewsArticle"' in html and '"datePublished"' in html
        assert "<nav" in html and "<aside" in html and "<footer" in html
        assert 15 <= article_body(html).count("<p>") <= 30


def test_validators_answer_304_until_the_page_changes(site: NewsSite, client: httpx.Client) -> None:
    first = client.get(site.url(0))
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]
    assert client.get(site.url(0), headers={"If-None-Match": etag}).status_code == 304
    assert client.get(site.url(0), headers={"If-Modified-Since": last_modified}).status_code == 304
    assert site.not_modified == 2
    summary = site.advance_round()
    changed = summary["updated"] + summary["edited"]
    unchanged = next(i for i in range(site.n) if i not in changed)
    etags = {i: client.get(site.url(i)).headers["etag"] for i in (changed[0], unchanged)}
    site.advance_round()
    for i, old_etag in etags.items():
        status = client.get(site.url(i), headers={"If-None-Match": old_etag}).status_code
        # 304 exactly when the page is still the version that carried old_etag.
        assert (status == 304) == (old_etag == client.get(site.url(i)).headers["etag"])
        assert (status == 304) == (site.version(i) == (1 if i == changed[0] else 0))


def test_without_validators_every_answer_is_200(client: httpx.Client) -> None:
    with NewsSite(3, validators=False) as site:
        response = client.get(site.url(1))
        assert "etag" not in response.headers
        again = client.get(site.url(1), headers={"If-None-Match": "*"})
        assert again.status_code == 200
        assert site.served(1) == [0, 0]
        assert site.not_modified == 0


def test_gzip_is_sent_when_asked_and_decodes_to_the_same_page(client: httpx.Client) -> None:
    with NewsSite(3, gzip=True) as site:
        raw = client.get(site.url(2), headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in raw.headers
        with client.stream("GET", site.url(2), headers={"Accept-Encoding": "gzip"}) as zipped:
            assert zipped.headers["content-encoding"] == "gzip"
            wire = b"".join(zipped.iter_raw())
        assert len(wire) < len(raw.content) // 2
        assert gzip.decompress(wire) == raw.content


def test_a_round_appends_updates_and_edits_sentences_deterministically(
    site: NewsSite, client: httpx.Client
) -> None:
    before = {i: client.get(site.url(i)).text for i in range(site.n)}
    summary = site.advance_round()
    assert summary["round"] == 1
    assert len(summary["updated"]) == 2 and len(summary["edited"]) == 1  # 10% and 5% of 20
    assert not set(summary["updated"]) & set(summary["edited"])
    for i in range(site.n):
        after = client.get(site.url(i)).text
        if i in summary["updated"]:
            assert site.version(i) == 1
            assert article_body(after).startswith(article_body(before[i]))
            assert re.search(
                r"<p><strong>UPDATE: \d{1,2}:\d\d[ap]m EST\u2014</strong></p><p>", after
            )
            assert HEADLINE.search(after).group(1).endswith("(Updated)")  # type: ignore[union-attr]
        elif i in summary["edited"]:
            assert site.version(i) == 1
            assert article_body(after) != article_body(before[i])
            assert article_body(after).count("<p>") == article_body(before[i]).count("<p>")
        else:
            assert site.version(i) == 0 and after == before[i]
    with NewsSite(20, seed=7) as twin:
        assert twin.advance_round() == summary
        assert client.get(twin.url(summary["edited"][0])).text.replace(
            twin.base_url, ""
        ) == client.get(site.url(summary["edited"][0])).text.replace(site.base_url, "")


def test_served_logs_every_version_sent_with_200(site: NewsSite, client: httpx.Client) -> None:
    etag = client.get(site.url(5)).headers["etag"]
    for _ in range(12):  # bounded: enough rounds that article 5 very likely changes at least once
        site.advance_round()
        response = client.get(site.url(5), headers={"If-None-Match": etag})
        etag = response.headers["etag"]
    served = site.served(5)
    assert served[0] == 0 and served == sorted(set(served))
    assert served[-1] == site.version(5)
    assert site.requests == 13


def test_noise_changes_boilerplate_per_request_but_not_the_article(client: httpx.Client) -> None:
    with NewsSite(2, noise=True) as site:
        first, second = (client.get(site.url(0)).text for _ in range(2))
        assert first != second
        assert article_body(first) == article_body(second)
        assert HEADLINE.search(first).group(1) == HEADLINE.search(second).group(1)  # type: ignore[union-attr]
        assert re.search(r"Updated \d+ minutes ago", first)


def test_unknown_paths_are_404(site: NewsSite, client: httpx.Client) -> None:
    assert client.get(f"{site.base_url}/news/{site.n}/missing").status_code == 404
    assert client.get(f"{site.base_url}/elsewhere").status_code == 404


def test_runs_as_a_process_driven_through_the_control_endpoint(
    tmp_path: Path, client: httpx.Client
) -> None:
    control = tmp_path / "state.json"
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "newsim.py"), "--n", "30", "--port", "0",
         "--control-file", str(control)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        urls = client.get(f"{base_url}/_control/urls").text.split()
        assert len(urls) == 30
        assert client.get(urls[0]).status_code == 200
        summary = client.post(f"{base_url}/_control/round").json()
        assert summary["round"] == 1 and len(summary["updated"]) == 3
        state = json.loads(control.read_text())
        assert state["round"] == 1 and state["requests"] == 1 and state["served"][0] == [0]
        assert state["versions"][summary["updated"][0]] == 1
    finally:
        process.terminate()
        assert process.wait(10) == 0
