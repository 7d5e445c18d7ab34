"""A real HTTP/1.1 server on 127.0.0.1 that misbehaves on request, for fetch and daemon tests.

It runs its own asyncio loop in a daemon thread, so sync and async tests can both use it and a
test that blocks its own loop cannot stall it. Routes are chosen by path; query parameters tune
them. Every request is counted per path (``server.hits["/flaky"]``) and its headers are kept
(``server.last_headers["/etag"]``).

Use it three ways:

* pytest: in a test module, ``import faultserver`` then ``fault_server = faultserver.fault_server``
  and ``fault_server_session = faultserver.fault_server_session`` (pytest finds fixtures among
  module attributes); take ``fault_server`` (counters reset per test; one server per session);
* Python: ``with running_fault_server() as server: server.url("/ok")``;
* a separate process (benchmarks): ``python tests/faultserver.py`` prints its base URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import struct
import sys
import threading
import zlib
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

import brotli
import pytest

# ---------------------------------------------------------------------------------------------
# Canned bodies

OK_HTML = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Storm hits coast (Updated)</title>"
    "</head><body><h1>Storm hits coast (Updated)</h1>"
    "<p>The café’s owner said “we are safe” — for now.</p>"
    "<p>UPDATE 3:30pm: Officials revised the figure to 12.</p></body></html>"
)
LEGACY_TEXT = "Le café de l’élève était fermé — « c’est incroyable », a-t-il déclaré. Prix : 5 €."
WRONG_CHARSET_HTML = f"<html><head><title>x</title></head><body><p>{LEGACY_TEXT}</p></body></html>"
META_CHARSET_HTML = (
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
    f"<title>x</title></head><body><p>{LEGACY_TEXT}</p></body></html>"
)
VERSION_A = "<html><body><h1>Version A</h1><p>First version.</p></body></html>"
VERSION_B = "<html><body><h1>Version B</h1><p>Second version.</p></body></html>"
ETAG = '"v1"'
LAST_MODIFIED = "Fri, 03 Jan 2020 20:00:00 GMT"
BOMB_EXPANDED_BYTES = 10 * 2**20  # 10 MiB of zeros; ~10 KB on the wire
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names


Handler = Callable[["FaultServer", Request, asyncio.StreamWriter, int], Awaitable[bool]]
# A handler writes a response and returns True if the connection may be kept alive.

# ---------------------------------------------------------------------------------------------
# Response helpers


async def _respond(
    writer: asyncio.StreamWriter,
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    content_type: str | None = "text/html; charset=utf-8",
) -> bool:
    head = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    all_headers = {"Content-Length": str(len(body))}
    if content_type is not None:
        all_headers["Content-Type"] = content_type
    all_headers.update(headers or {})
    head += [f"{name}: {value}" for name, value in all_headers.items()]
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
    await writer.drain()
    return True


_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 307: "Temporary Redirect", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}  # fmt: skip


def _ok(body: str = OK_HTML) -> Handler:
    async def handle(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
        return await _respond(w, 200, body.encode("utf-8"))

    return handle


def _encoded(coding: str, compress: Callable[[bytes], bytes]) -> Handler:
    async def handle(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
        return await _respond(w, 200, compress(OK_HTML.encode()), {"Content-Encoding": coding})

    return handle


def _status(code: int, default_retry_after: str | None = None) -> Handler:
    async def handle(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
        retry_after = r.query.get("retry_after", default_retry_after)
        headers = {"Retry-After": retry_after} if retry_after else {}
        return await _respond(w, code, b"<p>error</p>", headers)

    return handle


# ---------------------------------------------------------------------------------------------
# Misbehaving routes


async def _never_answer(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    await asyncio.Event().wait()  # cancelled when the server stops
    return False


async def _reset(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    sock = w.get_extra_info("socket")
    # SO_LINGER with a zero timeout turns close() into a TCP RST: "connection reset by peer".
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    w.transport.abort()
    return False


async def _slow_drip(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    interval = float(r.query.get("interval", "0.05"))
    w.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n")
    for _ in range(1000):  # ~50 s at the default pace: longer than any test's total timeout
        w.write(b"x")
        await w.drain()
        await asyncio.sleep(interval)
    return False


async def _big(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    size = int(r.query.get("size", "2000000"))
    w.write(
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {size}\r\n\r\n".encode()
    )
    await _send_filler(w, size, chunked=False)
    return True


async def _big_chunked(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    size = int(r.query.get("size", "2000000"))
    w.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")
    await _send_filler(w, size, chunked=True)
    w.write(b"0\r\n\r\n")
    await w.drain()
    return True


async def _send_filler(w: asyncio.StreamWriter, size: int, *, chunked: bool) -> None:
    block = b"<p>" + b"a" * 16377 + b"</p>\n"  # 16 KiB
    for start in range(0, size, len(block)):
        piece = block[: min(len(block), size - start)]
        w.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece)
        await w.drain()


_BOMB = gzip.compress(b"\0" * BOMB_EXPANDED_BYTES, compresslevel=9)


async def _gzip_bomb(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    return await _respond(w, 200, _BOMB, {"Content-Encoding": "gzip"})


async def _wrong_charset(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    return await _respond(w, 200, WRONG_CHARSET_HTML.encode("cp1252"))


async def _meta_charset(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    body = META_CHARSET_HTML.encode("cp1252")
    return await _respond(w, 200, body, content_type="text/html")


def _redirect(location: Callable[[Request], str]) -> Handler:
    async def handle(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
        status = int(r.query.get("status", "302"))
        return await _respond(w, status, b"", {"Location": location(r)})

    return handle


async def _redirect_chain(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    hops = int(r.query.get("hops", "3"))
    target = f"/redirect-chain?hops={hops - 1}" if hops > 0 else "/ok"
    return await _respond(w, 302, b"", {"Location": target})


async def _image(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    return await _respond(w, 200, PNG, content_type="image/png")


async def _etag(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    validators = {"ETag": ETAG, "Last-Modified": LAST_MODIFIED}
    if (
        r.headers.get("if-none-match") == ETAG
        or r.headers.get("if-modified-since") == LAST_MODIFIED
    ):
        bare = r.query.get("bare") == "1"  # a 304 that omits the validators (allowed, common)
        return await _respond(w, 304, b"", {} if bare else validators, content_type=None)
    return await _respond(w, 200, OK_HTML.encode(), validators)


async def _alternate(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    return await _respond(w, 200, (VERSION_A if hit % 2 == 1 else VERSION_B).encode())


async def _flaky(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    """503 for the first ``fail`` hits, then the ok page: a transient outage."""
    if hit <= int(r.query.get("fail", "1")):
        return await _respond(w, 503, b"<p>busy</p>")
    return await _respond(w, 200, OK_HTML.encode())


async def _cookie(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    """Sets a session cookie on the first visit; later visits should send it back."""
    headers = {} if "cookie" in r.headers else {"Set-Cookie": "session=abc; Path=/"}
    return await _respond(w, 200, OK_HTML.encode(), headers)


async def _latin1_headers(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    """Header values with a byte that is not ASCII (sent as Latin-1, as _respond writes them)."""
    headers = {"X-Note": "café", "ETag": '"v1"'}
    return await _respond(
        w, 200, OK_HTML.encode(), headers, content_type="text/html; charset=utf-8; note=café"
    )


async def _stacked_encodings(s: FaultServer, r: Request, w: asyncio.StreamWriter, hit: int) -> bool:
    """Two Content-Encoding lines (gzip applied first, then br), as some proxies send them."""
    body = brotli.compress(gzip.compress(OK_HTML.encode()))
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Encoding: gzip\r\nContent-Encoding: br\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    w.write(head.encode("latin-1") + body)
    await w.drain()
    return True


ROUTES: dict[str, Handler] = {
    "/ok": _ok(),
    "/timeout": _never_answer,
    "/reset": _reset,
    "/500": _status(500),
    "/503": _status(503, default_retry_after="1"),
    "/429": _status(429, default_retry_after="120"),
    "/flaky": _flaky,
    "/slow": _slow_drip,
    "/big": _big,
    "/big-chunked": _big_chunked,
    "/gzip-bomb": _gzip_bomb,
    "/gzip": _encoded("gzip", gzip.compress),
    "/deflate": _encoded("deflate", zlib.compress),
    "/brotli": _encoded("br", brotli.compress),
    "/wrong-charset": _wrong_charset,
    "/no-charset": _meta_charset,
    "/redirect": _redirect(lambda r: r.query.get("to", "/ok")),
    "/redirect-chain": _redirect_chain,
    "/redirect-loop/a": _redirect(lambda r: "/redirect-loop/b"),
    "/redirect-loop/b": _redirect(lambda r: "/redirect-loop/a"),
    "/redirect-ftp": _redirect(lambda r: "ftp://127.0.0.1/article.html"),
    "/image": _image,
    "/etag": _etag,
    "/alternate": _alternate,
    "/cookie": _cookie,
    "/latin1-headers": _latin1_headers,
    "/stacked-encodings": _stacked_encodings,
}

# ---------------------------------------------------------------------------------------------
# The server


class FaultServer:
    """The server; ``start()`` binds a free port on 127.0.0.1 and serves from a daemon thread."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.last_headers: dict[str, dict[str, str]] = {}
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, daemon=True, name="faultserver"
        )
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def reset(self) -> None:
        self.hits.clear()
        self.last_headers.clear()

    def start(self) -> FaultServer:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(self._bind(), self._loop).result(timeout=10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _bind(self) -> asyncio.Server:
        return await asyncio.start_server(self._connection, "127.0.0.1", 0, backlog=512)

    async def _shutdown(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)  # type: ignore[arg-type]
        try:
            for _ in range(10_000):  # keep-alive, bounded
                request = await _read_request(reader)
                if request is None or not await self._dispatch(request, writer):
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass  # stop() cancelled a connection that was never going to answer
        finally:
            self._tasks.discard(task)  # type: ignore[arg-type]
            with contextlib.suppress(Exception):
                writer.close()

    async def _dispatch(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        self.hits[request.path] += 1
        self.last_headers[request.path] = request.headers
        handler = ROUTES.get(request.path)
        if handler is None:
            return await _respond(writer, 404, b"<p>no such route</p>")
        keep_alive = await handler(self, request, writer, self.hits[request.path])
        return keep_alive and request.headers.get("connection", "").lower() != "close"


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None  # the client closed an idle keep-alive connection
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    parts = urlsplit(target)
    return Request(method, parts.path, dict(parse_qsl(parts.query)), headers)


@contextlib.contextmanager
def running_fault_server() -> Iterator[FaultServer]:
    """Start a server outside pytest; stopped on exit."""
    server = FaultServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def fault_server_session() -> Iterator[FaultServer]:
    with running_fault_server() as server:
        yield server


@pytest.fixture
def fault_server(fault_server_session: FaultServer) -> FaultServer:
    """The session's server with hit counters and recorded headers cleared for this test."""
    fault_server_session.reset()
    return fault_server_session


if __name__ == "__main__":
    # Standalone: print the base URL, serve until stdin closes (so a parent can stop us cleanly).
    with running_fault_server() as running:
        print(running.url(""), flush=True)
        sys.stdin.read()
