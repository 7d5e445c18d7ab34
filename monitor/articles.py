"""``monitor add / remove / list``: the article set lives in config.yaml, edited safely.

config.yaml stays the single source of truth for *what* is followed (the database holds only
what was seen), so the file a person edits by hand and the CLI never disagree. Edits go through
ruamel.yaml's round-trip mode so comments, order and layout survive, are validated with the same
``parse_config`` the daemon uses before anything is written, and replace the file atomically.
A running daemon picks the change up on SIGHUP.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from monitor._text import one_line
from monitor.config import (
    Config,
    format_duration,
    load_config,
    parse_config,
    parse_duration,
    parse_url,
)
from monitor.errors import ConfigError, NotFound
from monitor.urls import normalize_url


def _yaml() -> YAML:
    yaml = YAML()  # round-trip: keeps comments
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _read(path: Path) -> Any:
    if not path.exists():
        raise ConfigError(
            "file not found; create it from the project's config.yaml or pass --config PATH",
            subject=str(path),
        )
    data = _yaml().load(path.read_text(encoding="utf-8"))
    return data if data is not None else CommentedMap()


def _write(path: Path, data: Any) -> None:
    buffer = io.StringIO()
    _yaml().dump(data, buffer)
    text = buffer.getvalue()
    import yaml  # validate exactly what will be written, with the daemon's own parser

    parse_config(yaml.safe_load(text), source=str(path), base_dir=path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add_article(path: Path, url: str, interval: str | None) -> str:
    url = parse_url(url, "URL")
    if interval is not None:
        parse_duration(interval, "--interval")
    config = load_config(path)
    wanted = normalize_url(url)
    for article in config.articles:
        if normalize_url(article.url) == wanted:
            return f"Already following {one_line(article.url)}."
    data = _read(path)
    articles = data.get("articles")
    if articles is None:
        articles = CommentedSeq()
        data["articles"] = articles
    entry = CommentedMap()
    entry["url"] = url
    if interval is not None:
        entry["interval"] = interval
    articles.append(entry)
    _write(path, data)
    return (
        f"Added {one_line(url)} to {path}. A running daemon picks it up on SIGHUP (kill -HUP PID)."
    )


def _find(config: Config, ref: str) -> str:
    """A configured URL from a URL or a short id (from the database, when there is one)."""
    wanted = normalize_url(ref) if "://" in ref else None
    for article in config.articles:
        if wanted is not None and normalize_url(article.url) == wanted:
            return article.url
    if wanted is None and config.database.exists():
        from monitor.store import Store

        with Store.open(config.database, readonly=True) as store:
            url = store.resolve_article(ref)
        if any(a.url == url for a in config.articles):
            return url
    raise NotFound(f"no configured article matches {one_line(ref)!r}; see `monitor list`")


def remove_article(path: Path, ref: str) -> str:
    config = load_config(path)
    url = _find(config, ref)
    data = _read(path)
    articles = data.get("articles") or []
    for index, entry in enumerate(list(articles)):
        entry_url = entry if isinstance(entry, str) else entry.get("url")
        if entry_url == url:
            del articles[index]
            break
    _write(path, data)
    return f"Removed {one_line(url)}; its stored history is kept in {config.database}."


def render_list(config: Config) -> str:
    if not config.articles:
        return "No articles configured; add one with `monitor add URL`."
    ids: dict[str, str] = {}
    if config.database.exists():
        from monitor.store import Store

        with Store.open(config.database, readonly=True) as store:
            ids = {row.url: row.short_id for row in store.articles()}
    lines = []
    for article in config.articles:
        short = ids.get(article.url, "-")
        every = format_duration(article.cadence.interval_s)
        name = f"  {one_line(article.name)}" if article.name else ""
        lines.append(f"{short:>5}  every {every:>5}  {one_line(article.url)}{name}")
    return "\n".join(lines)
