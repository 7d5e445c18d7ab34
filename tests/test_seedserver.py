"""Real HTTP against SeedServer on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from monitor.errors import MonitorError
from monitor.seedserver import SeedServer, SeedSet, load_seed, serve_forever_advancing

pytest_plugins = ["seed_support"]  # the `seed` and `seed_server` fixtures

IDENTITY = {"Accept-Encoding": "identity"}


def get(url: str, **headers: str) -> httpx.Response:
    return httpx.get(url, headers=headers, timeout=5)


# -- loading ----------------------------------------------------------------------------------


def test_load_seed_reads_five_versions_in_fetch_order(seed: SeedSet) -> None:
    assert seed.name == "soleimani-strike"
    assert seed.timezone == "America/New_York"
    assert len(seed.versions) == 5
    times = [v.fetched_at for v in seed.versions]
    assert times == sorted(times)
    assert all(t.utcoffset() is not None for t in times)
    assert all(v.body == v.file.read_bytes() for v in seed.versions)
    assert len({v.etag for v in seed.versions}) == 5


def test_load_seed_explains_a_missing_seeds_directory(tmp_path: Path) -> None:
    with pytest.raises(MonitorError) as caught:
        load_seed(root=tmp_path / "nowhere")
    message = str(caught.value)
    assert str(tmp_path / "nowhere") in message
    assert "pip install -e ." in message


def test_load_seed_refuses_a_snapshot_that_no_longer_matches_its_hash(
    seed: SeedSet, tmp_path: Path
) -> None:
    copy = tmp_path / seed.name
    shutil.copytree(seed.versions[0].file.parent, copy)
    victim = copy / seed.versions[2].file.name
    original = victim.read_bytes()
    victim.write_bytes(original.replace(b"Mike Pompeo", b"Mike Pence"))
    assert victim.read_bytes() != original
    with pytest.raises(MonitorError) as caught:
        load_seed(root=tmp_path)
    assert victim.name in str(caught.value)


def test_load_seed_reports_a_malformed_manifest(seed: SeedSet, tmp_path: Path) -> None:
    copy = tmp_path / seed.name
    shutil.copytree(seed.versions[0].file.parent, copy)
    manifest = json.loads((copy / "manifest.json").read_text("utf-8"))
    del manifest["versions"][0]["fetched_at"]
    (copy / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(MonitorError) as caught:
        load_seed(root=tmp_path)
    assert "manifest.json" in str(caught.value)


# -- serving ----------------------------------------------------------------------------------


def test_serves_the_current_version_with_validators(seed: SeedSet, seed_server: SeedServer) -> None:
    response = get(seed_server.url, **IDENTITY)
    version = seed.versions[0]
    assert response.status_code == 200
    assert response.content == version.body
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["etag"] == version.etag
    assert response.headers["last-modified"] == version.last_modified
    assert response.headers["content-length"] == str(len(version.body))
    assert "content-encoding" not in response.headers
    assert seed_server.requests == 1


def test_head_sends_the_headers_without_a_body(seed: SeedSet, seed_server: SeedServer) -> None:
    response = httpx.head(seed_server.url, headers=IDENTITY, timeout=5)
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["content-length"] == str(len(seed.versions[0].body))
    assert response.headers["etag"] == seed.versions[0].etag


def test_matching_etag_or_date_gets_304_and_a_stale_one_gets_200(
    seed: SeedSet, seed_server: SeedServer
) -> None:
    version = seed.versions[0]
    by_etag = get(seed_server.url, **{"If-None-Match": version.etag})
    weak = get(seed_server.url, **{"If-None-Match": f'"other", W/{version.etag}'})
    by_date = get(seed_server.url, **{"If-Modified-Since": version.last_modified})
    stale = get(seed_server.url, **{"If-None-Match": seed.versions[1].etag})
    # If-None-Match wins over a date that alone would have matched.
    stale_with_date = get(
        seed_server.url,
        **{"If-None-Match": '"other"', "If-Modified-Since": version.last_modified},
    )
    assert [r.status_code for r in (by_etag, weak, by_date)] == [304, 304, 304]
    assert by_etag.content == b""
    assert by_etag.headers["etag"] == version.etag
    assert stale.status_code == 200 and stale.content == version.body
    assert stale_with_date.status_code == 200
    assert seed_server.not_modified_count == 3
    assert seed_server.requests == 5


def test_advancing_changes_body_and_etag_and_saturates(
    seed: SeedSet, seed_server: SeedServer
) -> None:
    first = get(seed_server.url)
    assert seed_server.advance() == 1
    second = get(seed_server.url, **{"If-None-Match": first.headers["etag"]})
    assert second.status_code == 200
    assert second.content == seed.versions[1].body != first.content
    assert second.headers["etag"] == seed.versions[1].etag != first.headers["etag"]

    steps = [seed_server.advance() for _ in range(len(seed.versions) + 2)]
    assert steps[-3:] == [4, 4, 4]
    assert get(seed_server.url).content == seed.versions[-1].body

    seed_server.set_version(2)
    assert seed_server.version == 2
    assert get(seed_server.url).headers["etag"] == seed.versions[2].etag
    with pytest.raises(ValueError, match="out of range"):
        seed_server.set_version(len(seed.versions))


def test_gzip_when_asked(seed: SeedSet, seed_server: SeedServer) -> None:
    with (
        httpx.Client(timeout=5) as client,
        client.stream("GET", seed_server.url, headers={"Accept-Encoding": "gzip"}) as response,
    ):
        raw = b"".join(response.iter_raw())
        assert response.headers["content-encoding"] == "gzip"
        assert "Accept-Encoding" in response.headers["vary"]
        assert response.headers["content-length"] == str(len(raw))
    assert len(raw) < len(seed.versions[0].body)
    assert gzip.decompress(raw) == seed.versions[0].body
    refused = get(seed_server.url, **{"Accept-Encoding": "gzip;q=0, identity"})
    assert "content-encoding" not in refused.headers


def test_other_paths_are_404_and_the_index_links_the_article(
    seed: SeedSet, seed_server: SeedServer
) -> None:
    for path in ("/nope", seed.url_path + "/amp", "/the-war-zone/"):
        assert get(seed_server.origin + path).status_code == 404
    index = get(seed_server.origin + "/")
    assert index.status_code == 200
    assert f'href="{seed.url_path}"' in index.text
    with_query = get(seed_server.url + "?utm_source=twitter")
    assert with_query.status_code == 200


def test_concurrent_requests_all_get_the_whole_page(seed: SeedSet, seed_server: SeedServer) -> None:
    count = 24
    with httpx.Client(timeout=10) as client, ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda _: client.get(seed_server.url), range(count)))
    assert all(r.status_code == 200 for r in responses)
    assert all(r.content == seed.versions[0].body for r in responses)
    assert seed_server.requests == count


def test_stop_closes_the_port_even_for_kept_alive_connections(seed: SeedSet) -> None:
    server = SeedServer(seed, version=3).start()
    url = server.url
    with httpx.Client(timeout=2) as client:
        assert client.get(url).content == seed.versions[3].body  # leaves a pooled connection
        server.stop()
        server.stop()  # idempotent
        with pytest.raises(httpx.TransportError):
            client.get(url)
    with pytest.raises(RuntimeError):
        _ = server.url


def test_a_busy_port_is_a_monitor_error(seed: SeedSet, seed_server: SeedServer) -> None:
    with pytest.raises(MonitorError, match="cannot listen") as caught:
        SeedServer(seed, port=seed_server.port).start()
    assert f"127.0.0.1:{seed_server.port}" in str(caught.value)


def test_version_out_of_range_is_refused_up_front(seed: SeedSet) -> None:
    with pytest.raises(ValueError, match=r"0\.\.4"):
        SeedServer(seed, version=5)


# -- advancing on a timer ---------------------------------------------------------------------


def test_serve_forever_advancing_walks_to_the_last_version(seed_server: SeedServer) -> None:
    final = serve_forever_advancing(seed_server, every_s=0.001, stop=threading.Event())
    assert final == seed_server.last_version == seed_server.version


def test_serve_forever_advancing_stops_when_asked(seed_server: SeedServer) -> None:
    stop = threading.Event()
    stop.set()
    assert serve_forever_advancing(seed_server, every_s=60, stop=stop) == 0
    assert seed_server.version == 0
