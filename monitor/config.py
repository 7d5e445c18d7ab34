"""The configuration file: ``parse_config`` (pure, precise messages) and a tiny ``load_config``.

Every message names the file, the key and the fix, e.g.
``config.yaml: articles[2].interval: expected a duration like '90s', '5m' or '2h', got 'soon'``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.errors import ConfigError
from monitor.urls import is_normal_http_url, normalize_url

DEFAULT_USER_AGENT = "monitor/0.1 (live-update article monitor; +https://pypi.org/project/monitor/)"

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h|d|w)?\s*$", re.IGNORECASE)
_DURATION_UNITS = {
    "ms": 0.001, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800,
}  # fmt: skip
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    "b": 1,
    "kb": 1000,
    "kib": 1024,
    "mb": 10**6,
    "mib": 2**20,
    "gb": 10**9,
    "gib": 2**30,
}


@dataclass(frozen=True, slots=True)
class SiteRules:
    """Per-site extraction rules, as data: CSS selectors and a marker pattern.

    Any field left None falls back to the generic extractor.
    """

    body: str | None = None  # CSS selector of the article-body container
    headline: str | None = None  # CSS selector of the headline
    marker: str | None = None  # regex a paragraph's text must match to start an update block
    remove: tuple[str, ...] = ()  # CSS selectors of elements to drop before extraction
    timezone: str | None = None  # IANA zone for stamps without a zone ("Asia/Baghdad")


@dataclass(frozen=True, slots=True)
class Cadence:
    """How often to poll one article; adaptive between ``min_interval_s`` and ``max_interval_s``."""

    interval_s: float = 300.0  # the base interval while the article is live
    min_interval_s: float = 60.0
    max_interval_s: float = 86400.0
    backoff: float = 2.0  # geometric factor applied when a poll finds no change
    stop_after_s: float | None = 30 * 86400.0  # stop polling this long after the last change
    adaptive: bool = True


@dataclass(frozen=True, slots=True)
class FetchSettings:
    timeout_s: float = 20.0  # total, per request
    connect_timeout_s: float = 10.0
    max_bytes: int = 5 * 10**6  # compressed bytes on the wire
    max_decompressed_bytes: int = 20 * 10**6
    max_redirects: int = 5
    retries: int = 2  # extra attempts on transient failures within one poll
    concurrency: int = 20  # global
    per_host_concurrency: int = 2
    per_host_delay_s: float = 1.0  # minimum delay between request starts to one host
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True, slots=True)
class NotifySettings:
    urls: tuple[str, ...] = ()  # apprise URLs
    webhook: str | None = None  # POSTed the JSON digest of what is new
    kinds: tuple[str, ...] = ("retraction", "update_added", "silent_edit", "title_changed")
    min_interval_s: float = 300.0  # rate limit: at most one message per this many seconds


@dataclass(frozen=True, slots=True)
class ArticleConfig:
    url: str
    cadence: Cadence = Cadence()
    rules: SiteRules | None = None  # the article's own rules, else the site's, else generic
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None
    database: Path
    articles: tuple[ArticleConfig, ...] = ()
    fetch: FetchSettings = FetchSettings()
    notify: NotifySettings = NotifySettings()
    sites: Mapping[str, SiteRules] = field(default_factory=dict)  # domain -> rules
    retention_revisions: int | None = None  # keep raw HTML for at most this many revisions
    walkback_detector: str | None = None  # "package.module:Class"; None: the built-in ClaimDetector

    def rules_for(self, article: ArticleConfig) -> SiteRules | None:
        """The article's own rules, else the most specific matching domain's, else None."""
        if article.rules is not None:
            return article.rules
        if not self.sites:  # the common case: no URL to parse on every changed page
            return None
        host = (urlsplit(article.url).hostname or "").lower()
        while host:
            if host in self.sites:
                return self.sites[host]
            host = host.partition(".")[2]
        return None


# ---------------------------------------------------------------------------------------------
# Value parsers: each raises ConfigError naming ``where``.


def parse_duration(value: Any, where: str, *, allow_zero: bool = False) -> float:
    """'90s', '5m', '2h', '1d', '1w' or a number of seconds -> seconds."""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, (int, float)) and (value > 0 or (allow_zero and value == 0)):
        return float(value)
    match = _DURATION.match(str(value))
    if match is None or (float(match[1]) <= 0 and not (allow_zero and float(match[1]) == 0)):
        raise ConfigError(
            f"expected a duration like '90s', '5m' or '2h', got {value!r}", subject=where
        )
    return float(match[1]) * _DURATION_UNITS[(match[2] or "s").lower()]


_DISPLAY_UNITS = (("d", 86400), ("h", 3600), ("m", 60))


def format_duration(seconds: float, *, exact: bool = True) -> str:
    """The inverse of ``parse_duration`` for display: 300 -> '5m', 90 -> '90s'.

    ``exact`` keeps the value exact (a unit only when it divides evenly); otherwise the largest
    unit that fits, rounded ('2h' for 7,500 s), for "how long ago" columns.
    """
    for unit, size in _DISPLAY_UNITS:
        if exact and seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
        if not exact and seconds >= size:
            return f"{seconds / size:.0f}{unit}"
    return f"{seconds:g}s" if exact else f"{seconds:.0f}s"


def parse_size(value: Any, where: str) -> int:
    """'5MB', '500KB', '2MiB' or a number of bytes -> bytes."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = _SIZE.match(str(value))
    if match is None or float(match[1]) <= 0:
        raise ConfigError(f"expected a size like '5MB' or '500KB', got {value!r}", subject=where)
    return int(float(match[1]) * _SIZE_UNITS[(match[2] or "b").lower()])


def parse_url(value: Any, where: str) -> str:
    text = str(value).strip() if value is not None else ""
    if is_normal_http_url(text):  # nearly every configured URL: no parse needed
        return text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"expected an http:// or https:// URL, got {value!r}", subject=where)
    return text


def _mapping(value: Any, where: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigError(f"expected a mapping of keys to values, got {value!r}", subject=where)
    return value


def _check_keys(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise ConfigError(f"unknown key {key!r}; known keys are: {known}", subject=where)


def _positive_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"expected a whole number ≥ 0, got {value!r}", subject=where)
    return value


def parse_rules(value: Any, where: str) -> SiteRules:
    data = _mapping(value, where)
    _check_keys(data, RULE_KEYS, where)
    for key in ("body", "headline"):
        if key in data and not isinstance(data[key], str):
            raise ConfigError(
                f"expected a CSS selector string, got {data[key]!r}", subject=f"{where}.{key}"
            )
    marker = data.get("marker")
    if marker is not None:
        try:
            re.compile(str(marker))
        except re.error as exc:
            raise ConfigError(
                f"not a valid regular expression: {exc}", subject=f"{where}.marker"
            ) from None
    remove = data.get("remove", ())
    if isinstance(remove, str):
        remove = (remove,)
    if not isinstance(remove, (list, tuple)) or not all(isinstance(r, str) for r in remove):
        raise ConfigError("expected a list of CSS selectors", subject=f"{where}.remove")
    zone = data.get("timezone")
    if zone is not None:
        _check_zone(str(zone), f"{where}.timezone")
    return SiteRules(
        body=data.get("body"),
        headline=data.get("headline"),
        marker=str(marker) if marker is not None else None,
        remove=tuple(remove),
        timezone=str(zone) if zone is not None else None,
    )


def _check_zone(name: str, where: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"unknown time zone {name!r}; use an IANA name like 'America/New_York'", subject=where
        ) from None


# Every key each section accepts: the parsers check against these, and tests/test_docs.py
# checks that each one is documented.
_CADENCE_KEYS = {"interval", "min_interval", "max_interval", "backoff", "stop_after", "adaptive"}
RULE_KEYS = {"body", "headline", "marker", "remove", "timezone"}
NOTIFY_KEYS = {"urls", "webhook", "kinds", "min_interval"}
FETCH_KEYS = {
    "timeout", "connect_timeout", "max_bytes", "max_decompressed_bytes", "max_redirects",
    "retries", "concurrency", "per_host_concurrency", "per_host_delay", "user_agent",
}  # fmt: skip


def parse_cadence(data: Mapping[str, Any], where: str, base: Cadence) -> Cadence:
    cadence = base
    if "interval" in data:
        cadence = replace(cadence, interval_s=parse_duration(data["interval"], f"{where}.interval"))
    if "min_interval" in data:
        cadence = replace(
            cadence, min_interval_s=parse_duration(data["min_interval"], f"{where}.min_interval")
        )
    if "max_interval" in data:
        cadence = replace(
            cadence, max_interval_s=parse_duration(data["max_interval"], f"{where}.max_interval")
        )
    if "backoff" in data:
        factor = data["backoff"]
        if isinstance(factor, bool) or not isinstance(factor, (int, float)) or factor < 1:
            raise ConfigError(
                f"expected a number ≥ 1 such as 2, got {factor!r}", subject=f"{where}.backoff"
            )
        cadence = replace(cadence, backoff=float(factor))
    if "stop_after" in data:
        stop = data["stop_after"]
        stop_s = None if stop in (None, "never") else parse_duration(stop, f"{where}.stop_after")
        cadence = replace(cadence, stop_after_s=stop_s)
    if "adaptive" in data:
        if not isinstance(data["adaptive"], bool):
            raise ConfigError(
                f"expected true or false, got {data['adaptive']!r}", subject=f"{where}.adaptive"
            )
        cadence = replace(cadence, adaptive=data["adaptive"])
    if cadence.min_interval_s > cadence.max_interval_s:
        raise ConfigError("min_interval must not exceed max_interval", subject=where)
    return cadence


def parse_fetch(value: Any, where: str) -> FetchSettings:
    data = _mapping(value, where)
    _check_keys(data, FETCH_KEYS, where)
    changes: dict[str, Any] = {}
    for key in ("timeout", "connect_timeout", "per_host_delay"):
        if key in data:
            # A zero delay is legitimate (loopback, one's own servers); a zero timeout is not.
            zero_ok = key == "per_host_delay"
            changes[f"{key}_s"] = parse_duration(data[key], f"{where}.{key}", allow_zero=zero_ok)
    for key in ("max_bytes", "max_decompressed_bytes"):
        if key in data:
            changes[key] = parse_size(data[key], f"{where}.{key}")
    for key in ("max_redirects", "retries", "concurrency", "per_host_concurrency"):
        if key in data:
            changes[key] = _positive_int(data[key], f"{where}.{key}")
    settings = replace(FetchSettings(), **changes)
    if settings.concurrency < 1 or settings.per_host_concurrency < 1:
        raise ConfigError("concurrency limits must be at least 1", subject=where)
    if "user_agent" in data:
        if not isinstance(data["user_agent"], str) or not data["user_agent"].strip():
            raise ConfigError("expected a non-empty string", subject=f"{where}.user_agent")
        settings = replace(settings, user_agent=data["user_agent"].strip())
    return settings


def parse_notify(value: Any, where: str) -> NotifySettings:
    data = _mapping(value, where)
    _check_keys(data, NOTIFY_KEYS, where)
    urls = data.get("urls", ())
    if isinstance(urls, str):
        urls = (urls,)
    if not isinstance(urls, (list, tuple)) or not all(isinstance(u, str) for u in urls):
        raise ConfigError("expected a list of apprise URLs", subject=f"{where}.urls")
    webhook = data.get("webhook")
    if webhook is not None:
        webhook = parse_url(webhook, f"{where}.webhook")
    settings = NotifySettings(urls=tuple(urls), webhook=webhook)
    if "kinds" in data:
        allowed = {"retraction", "update_added", "silent_edit", "title_changed", "edit"}
        kinds = data["kinds"]
        if isinstance(kinds, str):
            kinds = [kinds]
        if not isinstance(kinds, (list, tuple)) or not set(kinds) <= allowed:
            raise ConfigError(
                f"expected a list from {', '.join(sorted(allowed))}, got {kinds!r}",
                subject=f"{where}.kinds",
            )
        settings = replace(settings, kinds=tuple(kinds))
    if "min_interval" in data:
        settings = replace(
            settings, min_interval_s=parse_duration(data["min_interval"], f"{where}.min_interval")
        )
    return settings


TOP_LEVEL_KEYS = {
    "database", "defaults", "fetch", "notify", "sites", "articles", "retention", "walkbacks"
}  # fmt: skip
_WALKBACK_KEYS = {"detector"}
_IMPORT_PATH = re.compile(r"[A-Za-z_][\w.]*:[A-Za-z_]\w*")
ARTICLE_KEYS = _CADENCE_KEYS | {"url", "rules", "name"}


def parse_config(data: Any, *, source: str = "config.yaml", base_dir: Path | None = None) -> Config:
    """Validate parsed YAML into a Config. Pure: no file access; paths resolve against base_dir."""
    if data is None:
        data = {}
    top = _mapping(data, source)
    _check_keys(top, TOP_LEVEL_KEYS, source)
    base_dir = base_dir or Path()

    db_value = top.get("database", "monitor.db")
    if not isinstance(db_value, str) or not db_value.strip():
        raise ConfigError(
            "expected a file path such as 'monitor.db'", subject=f"{source}: database"
        )
    database = Path(db_value).expanduser()
    if not database.is_absolute():
        database = base_dir / database

    defaults_where = f"{source}: defaults"
    defaults = _mapping(top.get("defaults"), defaults_where)
    _check_keys(defaults, _CADENCE_KEYS, defaults_where)
    base_cadence = parse_cadence(defaults, defaults_where, Cadence())

    sites: dict[str, SiteRules] = {}
    sites_where = f"{source}: sites"
    for domain, rules in _mapping(top.get("sites"), sites_where).items():
        sites[str(domain).lower()] = parse_rules(rules, f"{sites_where}.{domain}")

    articles_value = top.get("articles") or []
    if not isinstance(articles_value, list):
        raise ConfigError(
            "expected a list of articles, each with a 'url:'", subject=f"{source}: articles"
        )
    articles: list[ArticleConfig] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(articles_value):
        where = f"{source}: articles[{index}]"
        if isinstance(entry, str):
            entry = {"url": entry}
        entry = _mapping(entry, where)
        _check_keys(entry, ARTICLE_KEYS, where)
        if "url" not in entry:
            raise ConfigError("missing 'url:'; every article needs one", subject=where)
        url = parse_url(entry["url"], f"{where}.url")
        key = normalize_url(url)  # tracking parameters and fragments do not make a new article
        if key in seen:
            raise ConfigError(
                f"duplicate of articles[{seen[key]}]; remove one", subject=f"{where}.url"
            )
        seen[key] = index
        rules = parse_rules(entry["rules"], f"{where}.rules") if "rules" in entry else None
        name = entry.get("name")
        articles.append(
            ArticleConfig(
                url=url,
                cadence=parse_cadence(entry, where, base_cadence),
                rules=rules,
                name=str(name) if name is not None else None,
            )
        )

    retention = top.get("retention")
    retention_n = None
    if retention is not None:
        retention_n = _positive_int(retention, f"{source}: retention")

    walkbacks_where = f"{source}: walkbacks"
    walkbacks = _mapping(top.get("walkbacks"), walkbacks_where)
    _check_keys(walkbacks, _WALKBACK_KEYS, walkbacks_where)
    detector = walkbacks.get("detector")
    if detector is not None and (
        not isinstance(detector, str) or _IMPORT_PATH.fullmatch(detector) is None
    ):
        raise ConfigError(
            "expected an import path such as 'mypackage.nli:Detector'",
            subject=f"{walkbacks_where}.detector",
        )

    return Config(
        path=None,
        database=database,
        articles=tuple(articles),
        fetch=parse_fetch(top.get("fetch"), f"{source}: fetch"),
        notify=parse_notify(top.get("notify"), f"{source}: notify"),
        sites=sites,
        retention_revisions=retention_n,
        walkback_detector=detector,
    )


def load_config(path: Path) -> Config:
    """Read and validate a config file; every failure is one ConfigError sentence."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            "file not found; pass --config PATH or create it (see config.yaml in the project)",
            subject=str(path),
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the file ({exc})", subject=str(path)) from None
    # libyaml's C loader when present: the pure-Python one takes ~0.4 s for 2,000 articles.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader, C or Python
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError(
            f"{where}{problem}; check the indentation and quoting on that line", subject=str(path)
        ) from None
    config = parse_config(data, source=str(path), base_dir=path.parent)
    return replace(config, path=path)
