from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import (
    Config,
    format_duration,
    load_config,
    parse_config,
    parse_duration,
    parse_size,
)
from monitor.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("5m", 300),
        ("2h", 7200),
        ("1d", 86400),
        ("1w", 604800),
        (45, 45),
        ("1.5h", 5400),
    ],
)
def test_durations(text: object, seconds: float) -> None:
    assert parse_duration(text, "x") == seconds


@pytest.mark.parametrize("bad", ["soon", "", "-5m", "0s", "5 parsecs", True])
def test_bad_durations_name_the_key_and_the_fix(bad: object) -> None:
    with pytest.raises(ConfigError) as info:
        parse_duration(bad, "config.yaml: articles[2].interval")
    message = str(info.value)
    assert message.startswith("config.yaml: articles[2].interval: expected a duration like '90s'")


def test_sizes() -> None:
    assert parse_size("5MB", "x") == 5_000_000
    assert parse_size("2MiB", "x") == 2 * 2**20
    assert parse_size(1234, "x") == 1234


def test_the_shipped_config_is_valid() -> None:
    config = load_config(ROOT / "config.yaml")
    assert isinstance(config, Config)
    assert config.database == ROOT / "monitor.db"
    assert len(config.articles) == 1
    assert config.articles[0].cadence.interval_s == 30
    assert config.articles[0].cadence.max_interval_s == 86400


def test_defaults_apply_and_articles_override() -> None:
    config = parse_config(
        {
            "defaults": {"interval": "10m", "max_interval": "6h"},
            "articles": ["https://a.example/x", {"url": "https://b.example/y", "interval": "90s"}],
        },
        base_dir=Path("/srv"),
    )
    a, b = config.articles
    assert a.cadence.interval_s == 600 and a.cadence.max_interval_s == 6 * 3600
    assert b.cadence.interval_s == 90 and b.cadence.max_interval_s == 6 * 3600
    assert config.database == Path("/srv/monitor.db")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"articles": [{"url": "ftp://x"}]},
            "config.yaml: articles[0].url: expected an http:// or https:// URL",
        ),
        ({"articles": [{"interval": "5m"}]}, "config.yaml: articles[0]: missing 'url:'"),
        (
            {"articles": [{"url": "https://a.example", "every": "5m"}]},
            "config.yaml: articles[0]: unknown key 'every'",
        ),
        ({"articles": "https://a.example"}, "config.yaml: articles: expected a list"),
        ({"databse": "x.db"}, "config.yaml: unknown key 'databse'"),
        (
            {"articles": ["https://a.example", "https://a.example"]},
            "config.yaml: articles[1].url: duplicate of articles[0]",
        ),
        (
            {"sites": {"a.example": {"marker": "("}}},
            "config.yaml: sites.a.example.marker: not a valid regular expression",
        ),
        (
            {"sites": {"a.example": {"timezone": "Mars/Olympus"}}},
            "config.yaml: sites.a.example.timezone: unknown time zone",
        ),
        (
            {"defaults": {"min_interval": "1h", "max_interval": "5m"}},
            "min_interval must not exceed max_interval",
        ),
        ({"fetch": {"max_bytes": "lots"}}, "config.yaml: fetch.max_bytes: expected a size"),
        ({"notify": {"kinds": ["everything"]}}, "config.yaml: notify.kinds: expected a list from"),
        (
            {"walkbacks": {"detector": "my detector"}},
            "config.yaml: walkbacks.detector: expected an import path such as",
        ),
        ({"walkbacks": {"detecter": "a:B"}}, "config.yaml: walkbacks: unknown key 'detecter'"),
    ],
)
def test_each_mistake_is_one_precise_sentence(data: object, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)


def test_the_same_article_behind_tracking_parameters_is_a_duplicate() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"articles": ["https://a.example/x", "https://a.example/x?utm_source=tw#top"]})
    assert "articles[1].url: duplicate of articles[0]" in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.yaml")
    assert "nope.yaml: file not found" in str(info.value)


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("database: x.db\narticles:\n  - url: https://a.example\n   interval: [5m\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}: line ")


def test_site_rules_match_the_most_specific_domain() -> None:
    config = parse_config(
        {
            "sites": {"example.com": {"body": "div.story"}, "news.example.com": {"body": "main"}},
            "articles": [
                "https://news.example.com/a",
                "https://www.example.com/b",
                "https://other.org/c",
            ],
        }
    )
    rules = [config.rules_for(a) for a in config.articles]
    assert rules[0] is not None and rules[0].body == "main"
    assert rules[1] is not None and rules[1].body == "div.story"
    assert rules[2] is None


@pytest.mark.parametrize(
    ("seconds", "exact", "shown"),
    [(300, True, "5m"), (90, True, "90s"), (7200, True, "2h"), (86400, True, "1d"),
     (7500, False, "2h"), (90, False, "2m"), (17.3, False, "17s"), (0.5, True, "0.5s")],
)  # fmt: skip
def test_format_duration_is_the_inverse_for_display(
    seconds: float, exact: bool, shown: str
) -> None:
    assert format_duration(seconds, exact=exact) == shown
    if exact:
        assert parse_duration(shown, "x") == seconds
