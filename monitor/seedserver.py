"""A local HTTP server that replays the seed article's versions (EDGE: sockets, threads, files).

``load_seed()`` reads ``seeds/<name>/manifest.json`` and the HTML snapshots it lists, checking
each file against its pinned sha256. ``SeedServer`` serves one version at a time at the article's
URL path on 127.0.0.1, the way a real news site would: ETag and Last-Modified from the manifest,
304 for a matching If-None-Match / If-Modified-Since, gzip when asked, 404 elsewhere. Tests and
``monitor seed-server`` move it on with ``advance()``::

    with SeedServer(load_seed()) as server:
        httpx.get(server.url)        # version 0
        server.advance()             # now version 1
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import json
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

from monitor.errors import MonitorError

DEFAULT_SEEDS_ROOT = Path(__file__).resolve().parent.parent / "seeds"
HOST = "127.0.0.1"
# Idle keep-alive connections are dropped after this long, so a forgotten client cannot pin a
# handler thread for ever.
_KEEP_ALIVE_TIMEOUT_S = 10.0
# How often serve_forever() checks for shutdown(): small so stop() is quick in tests.
_POLL_INTERVAL_S = 0.05


@dataclass(frozen=True)
class SeedVersion:
    file: Path
    fetched_at: datetime
    etag: str
    last_modified: str
    body: bytes


@dataclass(frozen=True)
class SeedSet:
    name: str
    url_path: str
    timezone: str
    versions: tuple[SeedVersion, ...]


def load_seed(name: str = "soleimani-strike", root: Path | None = None) -> SeedSet:
    """Read a seed's manifest and snapshots; raise MonitorError if missing, malformed or altered."""
    directory = (root if root is not None else DEFAULT_SEEDS_ROOT) / name
    manifest_path = directory / "manifest.json"
    if not manifest_path.is_file():
        raise MonitorError(
            f"seed files not found at {directory}; "
            "install monitor from a source checkout with pip install -e ."
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        versions = tuple(_load_version(directory, entry) for entry in manifest["versions"])
        seed = SeedSet(
            name=name,
            url_path=str(manifest["url_path"]),
            timezone=str(manifest["timezone"]),
            versions=versions,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise MonitorError(
            "the seed manifest or a file it lists is unreadable; "
            "regenerate it with python seeds/generate.py",
            subject=str(manifest_path),
        ) from exc
    if not seed.versions or not seed.url_path.startswith("/"):
        raise MonitorError(
            "the seed manifest lists no versions or no url_path", subject=str(manifest_path)
        )
    return seed


def _load_version(directory: Path, entry: dict[str, Any]) -> SeedVersion:
    file = directory / str(entry["file"])
    body = file.read_bytes()
    if hashlib.sha256(body).hexdigest() != entry["sha256"]:
        raise MonitorError(
            "the file does not match the sha256 in manifest.json; "
            "restore it or regenerate with python seeds/generate.py",
            subject=str(file),
        )
    fetched_at = datetime.fromisoformat(str(entry["fetched_at"]))
    if fetched_at.tzinfo is None:
        raise ValueError(f"fetched_at of {file.name} has no UTC offset")
    return SeedVersion(
        file=file,
        fetched_at=fetched_at,
        etag=str(entry["etag"]),
        last_modified=str(entry["last_modified"]),
        body=body,
    )


class SeedServer:
    """Serves one version of a SeedSet at a time on 127.0.0.1, from a daemon thread."""

    def __init__(self, seed: SeedSet, *, port: int = 0, version: int = 0) -> None:
        self.seed = seed
        self._requested_port = port
        self._lock = threading.Lock()
        self._version = self._checked_index(version)
        self._requests = 0
        self._not_modified = 0
        # Compressed once, with a fixed mtime, so every gzip response of a version is the same bytes.
        self._gzipped = tuple(gzip.compress(v.body, mtime=0) for v in seed.versions)
        self._httpd: _SeedHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Self:
        if self._httpd is not None:
            raise RuntimeError("SeedServer is already started")
        try:
            httpd = _SeedHTTPServer((HOST, self._requested_port), _SeedHandler)
        except OSError as exc:
            raise MonitorError(
                "cannot listen there; choose another --port or 0 for any free port",
                subject=f"{HOST}:{self._requested_port}",
            ) from exc
        httpd.seed_server = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": _POLL_INTERVAL_S},
            name=f"seed-server-{httpd.server_address[1]}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and drop open keep-alive connections. Safe to call twice."""
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        httpd.shutdown()
        httpd.server_close()
        httpd.close_open_connections()
        thread.join()
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses -----------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError(
                "SeedServer is not started; call start() or use it as a context manager"
            )
        return int(self._httpd.server_address[1])

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:PORT`` with no trailing slash."""
        return f"http://{HOST}:{self.port}"

    @property
    def url(self) -> str:
        """The article's full URL."""
        return self.origin + self.seed.url_path

    # -- versions and counters -----------------------------------------------------------------

    @property
    def version(self) -> int:
        with self._lock:
            return self._version

    def set_version(self, index: int) -> None:
        checked = self._checked_index(index)
        with self._lock:
            self._version = checked

    def advance(self) -> int:
        """Move to the next version, staying on the last one; return the version now served."""
        with self._lock:
            self._version = min(self._version + 1, len(self.seed.versions) - 1)
            return self._version

    @property
    def last_version(self) -> int:
        return len(self.seed.versions) - 1

    @property
    def requests(self) -> int:
        """GET and HEAD requests received so far, on any path and whatever the answer."""
        with self._lock:
            return self._requests

    @property
    def not_modified_count(self) -> int:
        """Article requests answered 304 Not Modified."""
        with self._lock:
            return self._not_modified

    def _checked_index(self, index: int) -> int:
        if not 0 <= index < len(self.seed.versions):
            raise ValueError(
                f"version {index} is out of range; {self.seed.name} has versions "
                f"0..{len(self.seed.versions) - 1}"
            )
        return index

    # -- called by the handler thread ----------------------------------------------------------

    def _count_request(self) -> int:
        """Count a request and return the version to serve to it."""
        with self._lock:
            self._requests += 1
            return self._version

    def _count_not_modified(self) -> None:
        with self._lock:
            self._not_modified += 1


def serve_forever_advancing(server: SeedServer, every_s: float, stop: threading.Event) -> int:
    """Advance ``server`` one version every ``every_s`` seconds until the last version or until
    ``stop`` is set, whichever comes first; return the version then served."""
    if every_s <= 0:
        raise ValueError("every_s must be positive")
    while server.version < server.last_version:
        if stop.wait(every_s):
            break
        server.advance()
    return server.version


class _SeedHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    seed_server: SeedServer

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_open_connections(self) -> None:
        """Wake handler threads blocked on idle keep-alive sockets, so a stopped server is gone."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # the client may have closed it already
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up mid-response is normal for a test server; anything else is a bug in
        # the handler and should stay loud.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _SeedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real sites and httpx's pool expect
    server_version = "monitor-seedserver"
    sys_version = ""
    timeout = _KEEP_ALIVE_TIMEOUT_S
    server: _SeedHTTPServer

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests and the CLI own stderr

    def _respond(self, *, send_body: bool) -> None:
        owner = self.server.seed_server
        index = owner._count_request()
        path = urlsplit(self.path).path
        if path == owner.seed.url_path:
            self._send_article(owner, index, send_body=send_body)
        elif path in ("/", "/index.html"):
            self._send_index(owner, send_body=send_body)
        else:
            self._send_simple(
                HTTPStatus.NOT_FOUND, b"Not Found\n", "text/plain; charset=utf-8", send_body
            )

    def _send_article(self, owner: SeedServer, index: int, *, send_body: bool) -> None:
        version = owner.seed.versions[index]
        validators = {"ETag": version.etag, "Last-Modified": version.last_modified}
        if _not_modified(
            self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"), version
        ):
            owner._count_not_modified()
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self._send_headers(
                {**validators, "Vary": "Accept-Encoding", "Cache-Control": "max-age=60"}
            )
            return
        headers = {
            "Content-Type": "text/html; charset=utf-8",
            **validators,
            "Vary": "Accept-Encoding",
            "Cache-Control": "max-age=60",
        }
        body = version.body
        if _accepts_gzip(self.headers.get("Accept-Encoding", "")):
            body = owner._gzipped[index]
            headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(body))
        self.send_response(HTTPStatus.OK)
        self._send_headers(headers)
        if send_body:
            self.wfile.write(body)

    def _send_index(self, owner: SeedServer, *, send_body: bool) -> None:
        href = html.escape(owner.seed.url_path)
        page = (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Seed server</title></head>\n'
            f'<body><p><a href="{href}">{html.escape(owner.seed.name)}</a></p></body></html>\n'
        )
        self._send_simple(
            HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8", send_body
        )

    def _send_simple(
        self, status: HTTPStatus, body: bytes, content_type: str, send_body: bool
    ) -> None:
        self.send_response(status)
        self._send_headers({"Content-Type": content_type, "Content-Length": str(len(body))})
        if send_body:
            self.wfile.write(body)

    def _send_headers(self, headers: dict[str, str]) -> None:
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()


def _not_modified(
    if_none_match: str | None, if_modified_since: str | None, version: SeedVersion
) -> bool:
    """RFC 9110 §13.2.2: If-None-Match wins when present (weak comparison); else the date."""
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or version.etag.removeprefix("W/") in tags
    if if_modified_since is None:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False  # an unparseable date is ignored, as the RFC says
    if since.tzinfo is None:
        return False
    return parsedate_to_datetime(version.last_modified) <= since


def _accepts_gzip(accept_encoding: str) -> bool:
    """Whether the client takes gzip: listed (or covered by ``*``) with a q-value above 0."""
    qualities: dict[str, float] = {}
    for item in accept_encoding.split(","):
        coding, _, params = item.partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0  # a malformed q-value is not a promise to decode gzip
        qualities[coding.strip().lower()] = quality
    gzip_quality = qualities.get("gzip", qualities.get("x-gzip", qualities.get("*", 0.0)))
    return gzip_quality > 0
