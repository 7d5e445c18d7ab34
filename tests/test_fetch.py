"""fetch against a real misbehaving server (one test per fault) and MockTransport unit tests."""

from __future__ import annotations

import codecs
import gzip
import itertools
import os
import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from email.utils import format_datetime

import aiohttp
import faultserver
import httpx
import pytest
from faultserver import ETAG, LAST_MODIFIED, LEGACY_TEXT, OK_HTML, FaultServer
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import FetchSettings
from monitor.errors import (
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPStatusFailure,
    ResponseTooLarge,
    TooManyRedirects,
    UndecodableResponse,
    UnsupportedContent,
)
from monitor.fetch import (
    HostLimiter,
    build_client,
    decode_body,
    exact_utf8,
    fetch,
    parse_retry_after,
)
from monitor.fetch._aiohttp import AiohttpTransport
from monitor.fetch._coding import BodyDecoder
from monitor.fetch._retry import BACKOFF_BASE_S, BACKOFF_CAP_S, RETRY_AFTER_IN_POLL_CAP_S
from monitor.model import NotModified, Snapshot, Validators

# The fixtures, by name (pytest finds fixtures among a module's attributes).
fault_server = faultserver.fault_server
fault_server_session = faultserver.fault_server_session

FAST = FetchSettings(
    timeout_s=0.5,
    connect_timeout_s=0.5,
    max_bytes=1_000_000,
    max_decompressed_bytes=1_000_000,
    retries=2,
    per_host_delay_s=0.0,
)
NO_VALIDATORS = Validators()


class Sleeps:
    """An injected sleep that records what fetch asked for and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture(params=["default", "httpcore"])
async def client(request: pytest.FixtureRequest) -> AsyncIterator[httpx.AsyncClient]:
    """Every real-server test runs on build_client's default transport (monitor's aiohttp one)
    and on httpx's own, so either can be the default without surprises."""
    transport = httpx.AsyncHTTPTransport() if request.param == "httpcore" else None
    async with build_client(FAST, transport=transport) as built:
        yield built


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


async def _get(
    client: httpx.AsyncClient,
    url: str,
    now: datetime,
    sleeps: Sleeps | None = None,
    validators: Validators = NO_VALIDATORS,
    fetch_settings: FetchSettings = FAST,
    rng: Callable[[], float] = lambda: 1.0,
) -> Snapshot | NotModified:
    return await fetch(
        client,
        url,
        validators,
        settings=fetch_settings,
        now=lambda: now,
        sleep=sleeps or Sleeps(),
        rng=rng,
    )


async def _snapshot(
    client: httpx.AsyncClient, url: str, now: datetime, **kwargs: object
) -> Snapshot:
    result = await _get(client, url, now, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, Snapshot)
    return result


# ---------------------------------------------------------------------------------------------
# One test per fault, against the real server


@pytest.mark.anyio
async def test_ok_page_is_a_snapshot(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    snap = await _snapshot(client, fault_server.url("/ok"), now)
    assert (snap.status, snap.html, snap.encoding) == (200, OK_HTML, "utf-8")
    assert snap.final_url == snap.url == fault_server.url("/ok")
    assert snap.fetched_at == now and snap.elapsed_ms >= 0
    sent = fault_server.last_headers["/ok"]
    assert sent["user-agent"] == FAST.user_agent
    assert sent["accept-encoding"] == "gzip, deflate, br"


@pytest.mark.anyio
async def test_silent_server_times_out_after_retries(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, sleeps: Sleeps
) -> None:
    quick = replace(FAST, timeout_s=0.2)
    with pytest.raises(FetchTimeout) as caught:
        await _get(client, fault_server.url("/timeout"), now, sleeps, fetch_settings=quick)
    assert caught.value.subject == fault_server.url("/timeout")
    assert fault_server.hits["/timeout"] == 1 + quick.retries
    assert len(sleeps.delays) == quick.retries


@pytest.mark.anyio
async def test_connection_reset_is_connection_failed(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, sleeps: Sleeps
) -> None:
    with pytest.raises(ConnectionFailed):
        await _get(client, fault_server.url("/reset"), now, sleeps)
    attempts = 1 + FAST.retries
    # aiohttp itself resends an idempotent request once after a reset (RFC 9112 §9.3.1).
    assert attempts <= fault_server.hits["/reset"] <= 2 * attempts
    assert len(sleeps.delays) == FAST.retries


@pytest.mark.anyio
async def test_refused_connection_is_connection_failed(
    client: httpx.AsyncClient, now: datetime, sleeps: Sleeps
) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ConnectionFailed):
        await _get(client, f"http://127.0.0.1:{port}/", now, sleeps)


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        (aiohttp.ServerDisconnectedError(), ConnectionFailed),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), ConnectionFailed),
        (aiohttp.ConnectionTimeoutError(), FetchTimeout),
        (aiohttp.SocketTimeoutError(), FetchTimeout),
        (aiohttp.ClientPayloadError("truncated"), ConnectionFailed),
        (aiohttp.InvalidURL("ftp://x"), UnsupportedContent),
        (TimeoutError(), FetchTimeout),
    ],
)
def test_each_aiohttp_error_becomes_the_fetch_error_that_names_it(
    cause: BaseException, expected: type[FetchError]
) -> None:
    from monitor.fetch._aiohttp import _httpx_error
    from monitor.fetch._exceptions import as_fetch_error

    assert isinstance(cause, aiohttp.ClientError | TimeoutError)
    translated = _httpx_error(cause)
    assert isinstance(translated, httpx.TransportError)
    mapped = as_fetch_error(translated, "https://example.com/", total_timeout_s=1.0)
    assert type(mapped) is expected, (cause, translated, mapped)


@pytest.mark.anyio
async def test_500_retries_with_full_jitter_backoff(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, sleeps: Sleeps
) -> None:
    with pytest.raises(HTTPStatusFailure) as caught:
        await _get(client, fault_server.url("/500"), now, sleeps, rng=lambda: 0.5)
    assert caught.value.status == 500 and caught.value.transient
    expected = [0.5 * min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2**i) for i in range(FAST.retries)]
    assert sleeps.delays == expected
    assert fault_server.hits["/500"] == 1 + FAST.retries


@pytest.mark.anyio
async def test_503_short_retry_after_is_slept_through(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, sleeps: Sleeps
) -> None:
    with pytest.raises(HTTPStatusFailure) as caught:
        await _get(client, fault_server.url("/503?retry_after=3"), now, sleeps)
    assert caught.value.retry_after == 3.0
    assert sleeps.delays == [3.0] * FAST.retries


@pytest.mark.anyio
async def test_429_long_retry_after_defers_to_the_scheduler(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, sleeps: Sleeps
) -> None:
    with pytest.raises(HTTPStatusFailure) as caught:
        await _get(client, fault_server.url("/429"), now, sleeps)
    assert (caught.value.status, caught.value.retry_after) == (429, 120.0)
    assert sleeps.delays == [] and fault_server.hits["/429"] == 1
    assert "wait 120s" in str(caught.value)


@pytest.mark.anyio
async def test_429_retry_after_as_http_date(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, sleeps: Sleeps
) -> None:
    date = format_datetime(now + timedelta(minutes=5), usegmt=True)
    url = fault_server.url("/429?" + httpx.QueryParams({"retry_after": date}).__str__())
    with pytest.raises(HTTPStatusFailure) as caught:
        await _get(client, url, now, sleeps)
    assert caught.value.retry_after == 300.0


@pytest.mark.anyio
async def test_transient_outage_recovers_within_one_fetch(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, sleeps: Sleeps
) -> None:
    snap = await _snapshot(client, fault_server.url("/flaky?fail=2"), now, sleeps=sleeps)
    assert snap.html == OK_HTML
    assert fault_server.hits["/flaky"] == 3 and len(sleeps.delays) == 2


@pytest.mark.anyio
async def test_slow_drip_hits_the_total_timeout(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    # Each byte arrives well within the read timeout; only the total budget can stop this.
    drip = replace(FAST, timeout_s=0.3, retries=0)
    with pytest.raises(FetchTimeout, match=r"fetch\.timeout"):
        await _get(client, fault_server.url("/slow?interval=0.02"), now, fetch_settings=drip)


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["/big?size=2000000", "/big-chunked?size=2000000"])
async def test_oversized_body_is_rejected(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, path: str
) -> None:
    with pytest.raises(ResponseTooLarge, match=r"fetch\.max_bytes"):
        await _get(client, fault_server.url(path), now)
    assert fault_server.hits[path.partition("?")[0]] == 1  # not transient: no retry


@pytest.mark.anyio
async def test_gzip_bomb_stops_at_the_decompressed_cap(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    with pytest.raises(ResponseTooLarge, match=r"max_decompressed_bytes"):
        await _get(client, fault_server.url("/gzip-bomb"), now)


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/brotli"])
async def test_compressed_bodies_are_decoded(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, path: str
) -> None:
    snap = await _snapshot(client, fault_server.url(path), now)
    assert snap.html == OK_HTML and snap.body == OK_HTML.encode()


@pytest.mark.anyio
async def test_declared_utf8_that_is_really_cp1252(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    snap = await _snapshot(client, fault_server.url("/wrong-charset"), now)
    assert LEGACY_TEXT in snap.html and "\ufffd" not in snap.html
    assert snap.encoding == "cp1252"


@pytest.mark.anyio
async def test_charset_from_meta_when_the_header_has_none(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    snap = await _snapshot(client, fault_server.url("/no-charset"), now)
    assert LEGACY_TEXT in snap.html and snap.encoding == "cp1252"


@pytest.mark.anyio
async def test_redirect_loop_is_detected(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    with pytest.raises(TooManyRedirects, match="loop"):
        await _get(client, fault_server.url("/redirect-loop/a"), now)
    assert fault_server.hits["/redirect-loop/a"] == 1 and fault_server.hits["/redirect-loop/b"] == 1


@pytest.mark.anyio
async def test_redirects_are_followed_and_bounded(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    snap = await _snapshot(client, fault_server.url("/redirect-chain?hops=3"), now)
    assert snap.final_url == fault_server.url("/ok") and snap.url.endswith("hops=3")
    with pytest.raises(TooManyRedirects, match="max_redirects"):
        await _get(client, fault_server.url(f"/redirect-chain?hops={FAST.max_redirects + 1}"), now)


@pytest.mark.anyio
async def test_redirect_to_ftp_is_refused(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    with pytest.raises(UnsupportedContent, match="http://"):
        await _get(client, fault_server.url("/redirect-ftp"), now)


@pytest.mark.anyio
async def test_image_is_unsupported_content(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    with pytest.raises(UnsupportedContent, match="image/png"):
        await _get(client, fault_server.url("/image"), now)


@pytest.mark.anyio
@pytest.mark.parametrize("bare", [False, True])
async def test_conditional_get_returns_not_modified(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime, bare: bool
) -> None:
    url = fault_server.url("/etag?bare=1" if bare else "/etag")
    first = await _snapshot(client, url, now)
    assert first.validators == Validators(etag=ETAG, last_modified=LAST_MODIFIED)
    second = await _get(client, url, now, validators=first.validators)
    # A 304 without validators keeps the ones we sent; one with validators carries them.
    assert second == NotModified(
        url=url, fetched_at=now, validators=first.validators, elapsed_ms=second.elapsed_ms
    )
    assert fault_server.last_headers["/etag"]["if-none-match"] == ETAG
    assert fault_server.last_headers["/etag"]["if-modified-since"] == LAST_MODIFIED


@pytest.mark.anyio
async def test_alternating_versions_are_fetched_as_served(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    pages = [await _snapshot(client, fault_server.url("/alternate"), now) for _ in range(4)]
    titles = [page.html.partition("<h1>")[2].partition("</h1>")[0] for page in pages]
    assert titles == ["Version A", "Version B", "Version A", "Version B"]


@pytest.mark.anyio
async def test_a_cookie_the_server_sets_is_sent_back(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    # On the aiohttp transport this goes through MonitorClient's lean path, which keeps the
    # cookie jar itself; both transports must behave as a browser would.
    for _ in range(2):
        await _snapshot(client, fault_server.url("/cookie"), now)
    assert fault_server.last_headers["/cookie"].get("cookie") == "session=abc"
    assert client.cookies.get("session") == "abc"


@pytest.mark.anyio
async def test_header_values_that_are_not_ascii_read_alike_on_every_transport(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    snap = await _snapshot(client, fault_server.url("/latin1-headers"), now)
    # httpx's decoding (Latin-1 for bytes that are not UTF-8), never aiohttp's surrogate escapes:
    # the content type is stored as text, and a lone surrogate cannot be.
    assert snap.content_type == "text/html; charset=utf-8; note=café"
    assert snap.validators == Validators(etag='"v1"')
    assert snap.html == OK_HTML


@pytest.mark.anyio
async def test_a_header_sent_on_two_lines_reads_as_one_list(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    # "Content-Encoding: gzip" then "Content-Encoding: br" means "gzip, br": both are undone.
    snap = await _snapshot(client, fault_server.url("/stacked-encodings"), now)
    assert snap.html == OK_HTML


@pytest.mark.anyio
async def test_limiter_serialises_requests_to_one_host(
    client: httpx.AsyncClient, fault_server: FaultServer, now: datetime
) -> None:
    import asyncio

    limiter = HostLimiter(per_host=1, min_delay_s=0.0, global_limit=4)
    results = await asyncio.gather(
        *(
            fetch(
                client,
                fault_server.url("/ok"),
                NO_VALIDATORS,
                settings=FAST,
                limiter=limiter,
                now=lambda: now,
            )
            for _ in range(5)
        )
    )
    assert all(isinstance(r, Snapshot) for r in results) and fault_server.hits["/ok"] == 5


# ---------------------------------------------------------------------------------------------
# MockTransport unit tests


def _mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.AsyncClient:
    return build_client(FAST, transport=httpx.MockTransport(handler))


def _raw(
    status: int, headers: dict[str, str] | None = None, content: bytes = b""
) -> httpx.Response:
    """A response whose body is still to be streamed, as from a network transport.

    (``httpx.Response(content=...)`` pre-reads and decodes the body, which a real transport
    never does, and which would hide what fetch's own streaming and decoding do.)
    """
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(content))


@pytest.mark.anyio
async def test_validators_are_sent_and_a_200_replaces_them(now: datetime) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _raw(200, {"ETag": '"new"'}, b"<p>hi</p>")

    async with _mock_client(handler) as mock:
        old = Validators(etag='"old"', last_modified=LAST_MODIFIED)
        snap = await _snapshot(mock, "https://example.com/a", now, validators=old)
    assert seen[0].headers["If-None-Match"] == '"old"'
    assert seen[0].headers["If-Modified-Since"] == LAST_MODIFIED
    # A new representation without Last-Modified must not inherit the old one.
    assert snap.validators == Validators(etag='"new"', last_modified=None)


@pytest.mark.anyio
async def test_hostile_validators_are_dropped(now: datetime) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _raw(200, {"ETag": "x" * 5000, "Last-Modified": "\x7fbad"}, b"ok")

    async with _mock_client(handler) as mock:
        snap = await _snapshot(mock, "https://example.com/a", now)
    assert snap.validators == Validators()


@pytest.mark.anyio
async def test_not_found_is_not_retried(now: datetime, sleeps: Sleeps) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(404)

    async with _mock_client(handler) as mock:
        with pytest.raises(HTTPStatusFailure) as caught:
            await _get(mock, "https://example.com/gone", now, sleeps)
    assert caught.value.status == 404 and not caught.value.transient
    assert len(calls) == 1 and sleeps.delays == []


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (httpx.ConnectError("refused"), ConnectionFailed),
        (httpx.ReadError("reset"), ConnectionFailed),
        (httpx.RemoteProtocolError("garbage"), ConnectionFailed),
        (httpx.ConnectTimeout("slow"), FetchTimeout),
        (httpx.ReadTimeout("slow"), FetchTimeout),
        (httpx.PoolTimeout("busy"), FetchTimeout),
        (ConnectionResetError("reset"), ConnectionFailed),
    ],
)
async def test_transport_errors_are_translated(
    now: datetime, raised: Exception, expected: type[FetchError]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    async with _mock_client(handler) as mock:
        with pytest.raises(expected) as caught:
            await _get(mock, "https://example.com/a", now)
    assert caught.value.subject == "https://example.com/a"
    assert caught.value.__cause__ is raised


@pytest.mark.anyio
async def test_content_length_over_the_cap_is_rejected_before_reading(now: datetime) -> None:
    class Exploding(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            raise AssertionError("the body must not be read")
            yield b""  # pragma: no cover

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Length": str(FAST.max_bytes + 1)}
        return httpx.Response(200, headers=headers, stream=Exploding())

    async with _mock_client(handler) as mock:
        with pytest.raises(ResponseTooLarge):
            await _get(mock, "https://example.com/a", now)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("headers", "content", "expected"),
    [
        ({"Content-Encoding": "zstd"}, b"\x28\xb5\x2f\xfd", UnsupportedContent),
        ({"Content-Encoding": "gzip"}, b"this is not gzip at all", UndecodableResponse),
        ({"Content-Encoding": "gzip"}, gzip.compress(OK_HTML.encode())[:-20], ConnectionFailed),
        ({"Content-Type": "application/pdf"}, b"%PDF-1.7", UnsupportedContent),
        ({"Content-Type": "text/html"}, os.urandom(4096), UndecodableResponse),
    ],
)
async def test_bad_bodies_raise_precise_errors(
    now: datetime, headers: dict[str, str], content: bytes, expected: type[FetchError]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _raw(200, headers, content)

    async with _mock_client(handler) as mock:
        with pytest.raises(expected) as caught:
            await _get(mock, "https://example.com/a", now)
    assert caught.value.subject == "https://example.com/a"


@pytest.mark.anyio
async def test_missing_content_type_and_stacked_encodings_are_accepted(now: datetime) -> None:
    import brotli

    body = brotli.compress(gzip.compress(OK_HTML.encode()))

    def handler(request: httpx.Request) -> httpx.Response:
        return _raw(200, {"Content-Encoding": "gzip, br"}, body)

    async with _mock_client(handler) as mock:
        snap = await _snapshot(mock, "https://example.com/a", now)
    assert snap.html == OK_HTML and snap.content_type is None


@pytest.mark.anyio
@pytest.mark.parametrize(
    "url", ["ftp://example.com/a", "file:///etc/passwd", "not a url", "https://"]
)
async def test_only_http_urls_are_fetched(now: datetime, url: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request may be sent")

    async with _mock_client(handler) as mock:
        with pytest.raises(UnsupportedContent):
            await _get(mock, url, now)


@pytest.mark.anyio
async def test_relative_redirect_sets_final_url_without_fragment(now: datetime) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/short"):
            return _raw(301, {"Location": "../story/1#top"})
        return _raw(200, {}, b"<p>story</p>")

    async with _mock_client(handler) as mock:
        snap = await _snapshot(mock, "https://example.com/x/short", now)
    assert snap.final_url == "https://example.com/story/1"


class _Unread(httpx.AsyncByteStream):
    """A response body that must never be read; it records whether it was closed."""

    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        raise AssertionError("this body must not be read")
        yield b""  # pragma: no cover - makes this an async generator

    async def aclose(self) -> None:
        self.closed = True


@pytest.mark.anyio
async def test_304_and_redirect_bodies_are_closed_unread(now: datetime) -> None:
    bodies: list[_Unread] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(_Unread())
        if request.url.path == "/moved":
            return httpx.Response(301, headers={"Location": "/a"}, stream=bodies[-1])
        return httpx.Response(304, headers={"ETag": '"v2"'}, stream=bodies[-1])

    async with _mock_client(handler) as mock:
        result = await _get(mock, "https://example.com/moved", now, validators=Validators('"v1"'))
    assert isinstance(result, NotModified) and result.validators.etag == '"v2"'
    assert len(bodies) == 2 and all(body.closed for body in bodies)  # connections go back


@pytest.mark.anyio
async def test_cookies_a_response_sets_are_sent_back(now: datetime) -> None:
    cookies_sent: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cookies_sent.append(request.headers.get("cookie"))
        if len(cookies_sent) == 1:
            return _raw(200, {"Set-Cookie": "session=abc; Path=/"}, b"<p>one</p>")
        return _raw(200, {}, b"<p>more</p>")  # no Set-Cookie: the jar keeps what it has

    async with _mock_client(handler) as mock:
        for _ in range(3):
            await _snapshot(mock, "https://example.com/a", now)
        assert mock.cookies.get("session") == "abc"
        mock.cookies = {"consent": "yes"}  # replacing the store keeps the same behaviour
        await _snapshot(mock, "https://example.com/a", now)
    assert cookies_sent == [None, "session=abc", "session=abc", "consent=yes"]


@pytest.mark.anyio
async def test_an_invalid_url_is_refused_every_time(now: datetime) -> None:
    # fetch caches parsed URLs; a refusal must not be cached as a success, nor the reverse.
    def handler(request: httpx.Request) -> httpx.Response:
        return _raw(200, {}, b"<p>ok</p>")

    async with _mock_client(handler) as mock:
        for _ in range(2):
            with pytest.raises(UnsupportedContent):
                await _get(mock, "https://exa mple.com/\x00", now)
            assert (await _snapshot(mock, "https://example.com/ok", now)).status == 200


def test_build_client_settings() -> None:
    tuned = replace(FAST, user_agent="probe/1", connect_timeout_s=3.0, timeout_s=7.0)
    built = build_client(tuned)
    assert isinstance(built, httpx.AsyncClient)
    assert type(built._transport).__name__ == "AiohttpTransport"  # the measured-faster default
    assert built.headers["User-Agent"] == "probe/1"
    assert built.headers["Accept-Encoding"] == "gzip, deflate, br"
    assert not built.follow_redirects
    assert (built.timeout.connect, built.timeout.read, built.timeout.pool) == (3.0, 7.0, 7.0)


# ---------------------------------------------------------------------------------------------
# Retry-After and backoff


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 5 ", 5.0),
        ("0", 0.0),
        ("Fri, 03 Jan 2020 20:31:00 GMT", 60.0),  # conftest's now is 20:30 UTC
        ("Fri, 03 Jan 2020 20:00:00 GMT", 0.0),  # in the past: retry now
        ("Friday, 03-Jan-20 20:32:00 GMT", 120.0),  # obsolete RFC 850 form
        ("soon", None),
        ("", None),
        ("-5", None),
        ("1.5", None),
        ("9" * 40, None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None, now: datetime) -> None:
    assert parse_retry_after(value, now) == expected


@pytest.mark.anyio
async def test_retry_after_at_the_in_poll_cap_is_slept(now: datetime, sleeps: Sleeps) -> None:
    cap = int(RETRY_AFTER_IN_POLL_CAP_S)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": str(cap)})

    async with _mock_client(handler) as mock:
        with pytest.raises(HTTPStatusFailure):
            await _get(mock, "https://example.com/a", now, sleeps)
    assert sleeps.delays == [float(cap)] * FAST.retries


# ---------------------------------------------------------------------------------------------
# decode_body

FRENCH = "L’élève a été très déçu. « C’est incroyable », a-t-il déclaré à l’hôpital — 5 €."
RUSSIAN = "Президент заявил, что переговоры продолжатся на следующей неделе."
META_1252 = b"<html><head><meta charset=windows-1252></head><body>"


@pytest.mark.parametrize(
    ("body", "content_type", "text", "encoding"),
    [
        (b"", "text/html", "", "utf-8"),
        (b"\xef\xbb\xbfBOM wins", "text/html; charset=cp1252", "BOM wins", "utf-8"),
        ("caf\u00e9".encode("utf-16-le").join([b"\xff\xfe", b""]), None, "caf\u00e9", "utf-16-le"),
        (FRENCH.encode(), "text/html; charset=UTF-8", FRENCH, "utf-8"),
        (FRENCH.encode(), None, FRENCH, "utf-8"),
        (FRENCH.encode("cp1252"), "text/html; charset=utf-8", FRENCH, "cp1252"),
        (FRENCH.encode("cp1252"), "text/html; charset=ISO-8859-1", FRENCH, "cp1252"),
        (FRENCH.encode("cp1252"), "text/html", FRENCH, "cp1252"),
        (META_1252 + FRENCH.encode("cp1252"), "text/html", META_1252.decode() + FRENCH, "cp1252"),
        (FRENCH.encode(), 'text/html; charset="latin-1"', FRENCH, "utf-8"),  # the label lies
        (RUSSIAN.encode("cp1251"), "text/html; charset=windows-1251", RUSSIAN, "cp1251"),
        (RUSSIAN.encode("cp1251"), None, RUSSIAN, "cp1251"),
        (b"a\\u0041b", "text/plain; charset=unicode_escape", "a\\u0041b", "utf-8"),  # hostile label
        (b"plain ascii", "text/html; charset=no-such-charset", "plain ascii", "utf-8"),
    ],
)
def test_decode_body(body: bytes, content_type: str | None, text: str, encoding: str) -> None:
    assert decode_body(body, content_type) == (text, encoding)


def test_decode_body_refuses_binary_noise() -> None:
    with pytest.raises(UndecodableResponse):
        decode_body(bytes(range(256)) * 16, "text/html")


@settings(max_examples=150, deadline=None)
@given(
    body=st.binary(max_size=300) | st.text(max_size=100).map(lambda t: t.encode("utf-8")),
    bom=st.booleans(),
)
def test_a_body_decoded_as_utf8_is_the_text_exactly_apart_from_a_bom(
    body: bytes, bom: bool
) -> None:
    """What lets the pipeline hand extraction the fetched bytes instead of re-encoding."""
    if bom:
        body = codecs.BOM_UTF8 + body
    try:
        text, encoding = decode_body(body, "text/html; charset=utf-8")
    except UndecodableResponse:
        return
    given_bytes = exact_utf8(body, encoding)
    if given_bytes is not None:
        assert given_bytes == text.encode("utf-8")  # never other bytes than the text's...
    if encoding == "utf-8" and not body.startswith(codecs.BOM_UTF8):
        assert given_bytes is not None  # ...and handed over whenever the page was plain UTF-8


def test_written_out_codec_tables_match_what_codecs_lookup_says() -> None:
    """The charset tables are literals (looking every label up costs start-up): still right?"""
    from monitor.fetch import _charset

    def name(label: str) -> str:
        return codecs.lookup(label).name

    assert {name(label) for label in _charset._WEB_LABELS} == _charset._WEB_CODECS
    assert {name(label): target for label, target in _charset._SUPERSET_LABELS} == (
        _charset._SUPERSETS
    )
    assert {
        name(label)
        for label in _charset._WEB_LABELS
        if label.startswith(_charset._SINGLE_BYTE_PREFIXES)
    } == _charset._SINGLE_BYTE_LEGACY


@settings(max_examples=150, deadline=None)
@given(
    body=st.binary(max_size=300),
    charset=st.sampled_from([None, "utf-8", "iso-8859-1", "shift_jis"]),
)
def test_decode_body_is_lossless_or_refuses(body: bytes, charset: str | None) -> None:
    """Whatever comes back is exactly the body in the named codec: no replacement characters."""
    content_type = f"text/html; charset={charset}" if charset else None
    try:
        text, encoding = decode_body(body, content_type)
    except UndecodableResponse:
        return
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if body.startswith(bom) and text == body[len(bom) :].decode(encoding, errors="strict"):
            return
    assert text == body.decode(encoding, errors="strict")


@settings(max_examples=50, deadline=None)
@given(payload=st.binary(max_size=4000), cuts=st.lists(st.integers(0, 4000), max_size=8))
def test_body_decoder_is_chunking_independent(payload: bytes, cuts: list[int]) -> None:
    wire = gzip.compress(payload)
    bounds = sorted({0, len(wire), *(c % (len(wire) + 1) for c in cuts)})
    decoder = BodyDecoder("gzip", limit=len(payload), subject="u")
    for start, end in itertools.pairwise(bounds):
        decoder.feed(wire[start:end])
    assert decoder.finish() == payload


def test_body_decoder_cap_is_exact() -> None:
    decoder = BodyDecoder("gzip", limit=999, subject="u")
    with pytest.raises(ResponseTooLarge):
        decoder.feed(gzip.compress(b"\0" * 1000))


# ---------------------------------------------------------------------------------------------
# HostLimiter with a fake clock


class FakeClock:
    """Virtual time: a sleeper wakes once every task is blocked and no sleeper is due earlier."""

    def __init__(self) -> None:
        self.now = 100.0
        self._wakes: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        import asyncio

        wake = self.now + max(0.0, seconds)
        self._wakes.append(wake)
        quiet = 0
        try:
            for _ in range(100_000):  # bounded: a deadlock fails the test instead of hanging
                before = len(self._wakes)
                await asyncio.sleep(0)
                quiet = quiet + 1 if len(self._wakes) == before else 0
                if quiet >= 5 and wake <= min(self._wakes):
                    break
            else:
                raise AssertionError("virtual clock never reached its wake-up time")
        finally:
            self._wakes.remove(wake)
        self.now = max(self.now, wake)


@pytest.mark.anyio
async def test_limiter_spaces_starts_and_caps_concurrency() -> None:
    import asyncio

    clock = FakeClock()
    limiter = HostLimiter(
        per_host=2, min_delay_s=1.0, global_limit=3, clock=clock, sleep=clock.sleep
    )
    starts: dict[str, list[float]] = {"a.example": [], "b.example": []}
    active: dict[str, int] = {"a.example": 0, "b.example": 0, "all": 0}
    peak: dict[str, int] = {"a.example": 0, "b.example": 0, "all": 0}

    async def request(host: str) -> None:
        async with limiter.slot(host):
            starts[host].append(clock.now)
            for key in (host, "all"):
                active[key] += 1
                peak[key] = max(peak[key], active[key])
            await clock.sleep(0.25)  # the response takes a while
            for key in (host, "all"):
                active[key] -= 1

    await asyncio.gather(*(request(h) for h in ["a.example"] * 5 + ["b.example"] * 5))
    for host in ("a.example", "b.example"):
        gaps = [b - a for a, b in zip(starts[host], starts[host][1:], strict=False)]
        assert len(starts[host]) == 5 and min(gaps) >= 1.0
        assert peak[host] <= 2
    assert peak["all"] <= 3
    assert limiter._hosts == {} or all(s.users == 0 for s in limiter._hosts.values())


@pytest.mark.anyio
async def test_limiter_does_not_delay_a_different_host() -> None:
    clock = FakeClock()
    limiter = HostLimiter(
        per_host=1, min_delay_s=60.0, global_limit=10, clock=clock, sleep=clock.sleep
    )
    async with limiter.slot("a.example"):
        pass
    async with limiter.slot("B.example"):
        assert clock.now == 100.0  # no wait: the delay is per host
    async with limiter.slot("a.example"):
        assert clock.now == 160.0


class _Gate:
    """An injected sleep that blocks until the test opens it (or the sleeper is cancelled)."""

    def __init__(self) -> None:
        import asyncio

        self.sleeping = asyncio.Event()
        self._open = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        self.sleeping.set()
        await self._open.wait()


@pytest.mark.anyio
@pytest.mark.parametrize("where", ["waiting for a slot", "in the spacing wait"])
async def test_a_cancelled_slot_releases_what_it_held(where: str) -> None:
    import asyncio

    gate = _Gate()
    clock = FakeClock()
    limiter = HostLimiter(per_host=1, min_delay_s=5.0, global_limit=1, clock=clock, sleep=gate)

    async def hold(host: str, entered: asyncio.Event, leave: asyncio.Event) -> None:
        async with limiter.slot(host):
            entered.set()
            await leave.wait()

    entered, leave = asyncio.Event(), asyncio.Event()
    if where == "waiting for a slot":
        holder = asyncio.create_task(hold("a.example", entered, leave))
        await entered.wait()
        waiter = asyncio.create_task(hold("a.example", asyncio.Event(), asyncio.Event()))
        for _ in range(10):  # bounded: let the waiter queue on the semaphore
            await asyncio.sleep(0)
        waiter.cancel()
        leave.set()
        await holder
    else:
        async with limiter.slot("a.example"):
            pass  # sets the next allowed start 5 s ahead, so the next entry sleeps
        waiter = asyncio.create_task(hold("a.example", asyncio.Event(), asyncio.Event()))
        await asyncio.wait_for(gate.sleeping.wait(), timeout=5)
        waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    # Nothing stays held: the global slot is free for another host at once.
    async with asyncio.timeout(5):
        async with limiter.slot("b.example"):
            assert all(state.users == 0 for h, state in limiter._hosts.items() if h != "b.example")


def test_a_configured_proxy_selects_the_transport_that_honours_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from monitor.fetch import build_client

    for name in (
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    direct = build_client(FetchSettings())
    assert type(direct._transport).__name__ == "AiohttpTransport"
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    proxied = build_client(FetchSettings())
    assert type(proxied._transport).__name__ != "AiohttpTransport"
    assert proxied._mounts, "httpx mounts the environment's proxy for https://"


def test_the_transports_own_tls_context_still_trusts_the_usual_cas() -> None:
    transport = AiohttpTransport(limits=httpx.Limits())
    assert transport._tls_context().cert_store_stats()["x509_ca"] > 0
