"""Pages served over real HTTP on 127.0.0.1 for tests: one server class and one handler.

A test subclasses ``PageServer``, keeps the state its pages depend on (a round, a version) as
attributes and says in ``render`` what each path serves; ``serving`` runs it for the test.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar


class PageServer(ThreadingHTTPServer):
    """Serves ``render(path)`` as UTF-8 HTML, or a 404 where it gives None."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)

    def render(self, path: str) -> bytes | None:
        raise NotImplementedError

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


class _Handler(BaseHTTPRequestHandler):
    server: PageServer

    def do_GET(self) -> None:
        body = self.server.render(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


Server = TypeVar("Server", bound=PageServer)


@contextlib.contextmanager
def serving(server: Server) -> Iterator[Server]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
