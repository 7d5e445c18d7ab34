"""Arrows point inwards: the pure core never imports I/O libraries (DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "monitor"
PURE = [
    "model", "errors", "_jsonio", "_text", "config", "markers", "extract", "diff", "classify",
    "digest", "feed", "schedule", "status", "urls", "sitewide",
]  # fmt: skip
EDGE_LIBRARIES = {"httpx", "sqlite_utils", "sqlite3", "apscheduler", "click", "asyncio", "socket"}


def _sources(name: str) -> list[Path]:
    module = PACKAGE / f"{name}.py"
    if module.exists():
        return [module]
    package = PACKAGE / name
    return sorted(package.rglob("*.py"))


def imported_roots(source: str) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("name", PURE)
def test_pure_modules_do_no_io(name: str) -> None:
    sources = _sources(name)
    assert sources, f"monitor/{name} is missing"
    for path in sources:
        found = imported_roots(path.read_text(encoding="utf-8")) & EDGE_LIBRARIES
        assert not found, f"{path.relative_to(PACKAGE.parent)} imports {sorted(found)}"


def test_no_utils_dumping_ground() -> None:
    names = {p.stem for p in PACKAGE.rglob("*.py")}
    assert not names & {"utils", "helpers", "misc", "common"}
