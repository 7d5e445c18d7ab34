"""``monitor status``: one row per article, truthful about failures and what comes next. Pure."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from monitor._jsonio import to_jsonable
from monitor._text import for_terminal, one_line
from monitor.config import format_duration


def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    seconds = (now - when).total_seconds()
    amount = format_duration(abs(seconds), exact=False)
    return f"in {amount}" if seconds < 0 else f"{amount} ago"


def _interval(seconds: float | None) -> str:
    return format_duration(seconds, exact=False) if seconds else "-"


def _safe(value: Any) -> Any:
    if isinstance(value, str):
        return for_terminal(value)
    if isinstance(value, list):
        return [_safe(v) for v in value]
    if isinstance(value, dict):
        return {k: _safe(v) for k, v in value.items()}
    return value


def render_status(rows: Sequence[Any], *, fmt: str, now: datetime) -> str:
    if fmt == "json":
        # Titles and error messages come from fetched pages: JSON escapes C0 controls itself,
        # but C1 controls and bidi overrides would reach the terminal that prints it.
        return json.dumps(
            _safe(to_jsonable(list(rows))), indent=2, sort_keys=True, ensure_ascii=False
        )
    if not rows:
        return "No articles have been polled yet; run `monitor check` or `monitor run`."
    header = f"{'id':>4}  {'last poll':>9}  {'outcome':<12}  {'next poll':>9}  {'changed':>9}  {'errors':>6}  {'every':>5}  article"
    lines = [header]
    for row in rows:
        next_poll = "stopped" if getattr(row, "stopped", False) else _ago(row.next_poll_at, now)
        lines.append(
            f"{row.short_id:>4}  {_ago(row.last_poll_at, now):>9}  {row.last_outcome or '-'!s:<12}  "
            f"{next_poll:>9}  {_ago(row.last_change_at, now):>9}  {row.error_streak:>6}  "
            f"{_interval(row.interval_s):>5}  {one_line(row.url, 60)}"
        )
        if row.error_streak and row.last_error:
            lines.append(f"{'':>6}last error: {one_line(f'{row.last_error}', 100)}")
    return "\n".join(lines)
