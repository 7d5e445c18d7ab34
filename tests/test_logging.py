"""One line per poll outcome, as text or JSON, with hostile values made safe."""

from __future__ import annotations

import json
import logging

import pytest

from monitor._logging import JSONFormatter, TextFormatter, setup_logging


def _record(fields: dict[str, object] | None, message: str = "changed x") -> logging.LogRecord:
    record = logging.LogRecord("monitor.poll", logging.INFO, __file__, 1, message, None, None)
    if fields is not None:
        record.fields = fields
    return record


FIELDS = {
    "article": "https://a.example/x",
    "outcome": "changed",
    "ms": 12.5,
    "error": "bad\x1b[31m one",
}


def test_text_lines_are_key_value_pairs_without_escape_sequences() -> None:
    line = TextFormatter().format(_record(FIELDS))
    assert "article=https://a.example/x outcome=changed ms=12.5" in line
    assert 'error="bad one"' in line
    assert "\x1b" not in line and "\n" not in line


def test_json_lines_are_one_object_each() -> None:
    data = json.loads(JSONFormatter().format(_record(FIELDS)))
    assert data["outcome"] == "changed" and data["ms"] == 12.5 and data["level"] == "info"
    plain = json.loads(JSONFormatter().format(_record(None, "hello\x07")))
    assert plain["message"] == "hello"


@pytest.mark.parametrize(("verbosity", "httpx_level"), [(0, logging.WARNING), (2, logging.DEBUG)])
def test_httpx_request_logs_are_quiet_unless_asked(verbosity: int, httpx_level: int) -> None:
    setup_logging(verbosity)
    assert logging.getLogger("httpx").level == httpx_level
    setup_logging(0)
