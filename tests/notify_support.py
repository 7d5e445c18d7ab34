"""Real receivers for notification tests: an HTTP webhook on 127.0.0.1 and an apprise target.

``webhook_receiver`` is a threaded ``http.server`` on a free port that records every POST (path,
headers, parsed JSON body) and answers with ``status`` (settable per test, e.g. 500).
``memory_target`` registers an apprise ``monitortest://`` schema through apprise's own custom
notification decorator, so the apprise path runs end to end without any network.

Loaded as a plugin (``pytest_plugins``) after the test module imported it, so assertion
rewriting is off on purpose: PYTEST_DONT_REWRITE (it holds fixtures, not assertions).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

MEMORY_SCHEMA = "monitortest"


@dataclass
class ReceivedPost:
    path: str
    content_type: str | None
    body: Any


@dataclass
class WebhookReceiver:
    server: ThreadingHTTPServer
    status: int = 200
    posts: list[ReceivedPost] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/hook"

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def bodies(self) -> list[Any]:
        with self.lock:
            return [post.body for post in self.posts]


def _handler_for(receiver: WebhookReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            post = ReceivedPost(self.path, self.headers.get("Content-Type"), json.loads(raw))
            with receiver.lock:
                receiver.posts.append(post)
            self.send_response(receiver.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

    return Handler


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    receiver = WebhookReceiver(server)
    server.RequestHandlerClass = _handler_for(receiver)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},  # shutdown() waits up to one poll interval
        name="webhook-receiver",
        daemon=True,
    )
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# apprise's decorator registers a schema process-wide, so register it once and record per test.
_memory_messages: list[tuple[str, str]] = []


def _register_memory_schema() -> None:
    from apprise.decorators import notify

    @notify(on=MEMORY_SCHEMA, name="monitor test target")  # type: ignore[untyped-decorator, no-untyped-call]
    def _record(body: str, title: str, notify_type: str, *args: Any, **kwargs: Any) -> bool:
        _memory_messages.append((title, body))
        return True


_register_memory_schema()


@pytest.fixture
def memory_target() -> Iterator[list[tuple[str, str]]]:
    """The (title, body) pairs apprise delivered to ``monitortest://`` during the test."""
    _memory_messages.clear()
    yield _memory_messages
    _memory_messages.clear()
