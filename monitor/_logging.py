"""Logging setup, called only by the CLI: one line per poll outcome, text or JSON.

Poll lines carry their data in ``record.fields`` (see pipeline._log_outcome); the text format
prints them as ``key=value`` pairs, the JSON format as one object per line for log shippers.
httpx logs every request at INFO; that stays quiet unless -vv asks for it.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from monitor._text import one_line


class TextFormatter(logging.Formatter):
    _second = -1
    _stamp = ""

    def _time(self, created: float) -> str:
        # A daemon logs many lines a second; format each second once.
        second = int(created)
        if second != self._second:
            self._second = second
            self._stamp = datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return self._stamp

    def format(self, record: logging.LogRecord) -> str:
        stamp = self._time(record.created)
        fields: dict[str, Any] | None = getattr(record, "fields", None)
        if fields:
            body = " ".join(f"{key}={_quote(value)}" for key, value in fields.items())
        else:
            body = one_line(record.getMessage())
        line = f"{stamp} {record.levelname.lower():7} {body}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        fields = getattr(record, "fields", None)
        if fields:
            data.update(fields)
        else:
            data["message"] = one_line(record.getMessage())
        if record.exc_info:
            data["traceback"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def _quote(value: object) -> str:
    if isinstance(value, (int, float)):
        return str(value)
    text = one_line(str(value))
    return json.dumps(text, ensure_ascii=False) if (" " in text or not text) else text


def setup_logging(verbosity: int = 0, fmt: str = "text") -> None:
    """verbosity: -1 quiet (warnings), 0 normal (poll lines), 1 debug, 2 debug + httpx requests."""
    level = {-1: logging.WARNING, 0: logging.INFO}.get(verbosity, logging.DEBUG)
    # Neither format prints a thread, process or source line, and a daemon logs a line per poll:
    # don't make every record look them up (the logging HOWTO's "Optimization" switches).
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    logging._srcfile = None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JSONFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    quiet = logging.DEBUG if verbosity >= 2 else logging.WARNING
    for name in ("httpx", "httpcore", "apscheduler", "hpack", "charset_normalizer"):
        logging.getLogger(name).setLevel(quiet)
