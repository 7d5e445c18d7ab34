"""Every command, option and config key is documented (the datasette/sqlite-utils habit)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from monitor import config as config_module
from monitor.cli import cli

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
CONFIG_DOC = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented_with_its_options(name: str) -> None:
    command = cli.commands[name]
    assert f"### `monitor {name}" in CLI_DOC, f"docs/cli.md lacks a section for `monitor {name}`"
    section = CLI_DOC.split(f"### `monitor {name}", 1)[1].split("\n### ", 1)[0]
    for param in command.params:
        if isinstance(param, click.Option):
            longest = max(param.opts, key=len)
            assert longest in section, f"`monitor {name}` option {longest} is not in docs/cli.md"


@pytest.mark.parametrize("name", COMMANDS)
def test_help_is_complete_with_an_example(name: str) -> None:
    command = cli.commands[name]
    assert command.help and "Example" in command.help, f"`monitor {name} --help` needs an example"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"`monitor {name}` option {param.opts} has no help text"


def test_global_options_are_documented() -> None:
    for param in cli.params:
        if isinstance(param, click.Option):
            assert max(param.opts, key=len) in CLI_DOC


def _keys_of(names: set[str]) -> list[str]:
    return sorted(names)


@pytest.mark.parametrize(
    "key",
    _keys_of(
        config_module.TOP_LEVEL_KEYS
        | config_module.ARTICLE_KEYS
        | config_module.FETCH_KEYS
        | config_module.NOTIFY_KEYS
        | config_module.RULE_KEYS
    ),
)
def test_config_key_is_documented(key: str) -> None:
    assert re.search(rf"`{re.escape(key)}`", CONFIG_DOC), (
        f"config key {key!r} missing from docs/configuration.md"
    )


def test_readme_opens_with_the_two_commands() -> None:
    blocks = re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)
    assert "monitor demo" in blocks[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert blocks[1].strip() == ci.strip(), ".ci/run must run exactly the README's test command"
