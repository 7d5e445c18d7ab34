"""Seed fixtures for any test module: put ``pytest_plugins = ["seed_support"]`` at its top.

``seed`` is the immutable SeedSet (loaded once per session); ``seed_server`` is a started
SeedServer on 127.0.0.1 serving version 0, stopped when the test ends. (Loading them as a plugin
rather than importing the fixture names keeps ruff's F401/F811 quiet.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monitor.seedserver import SeedServer, SeedSet, load_seed


@pytest.fixture(scope="session")
def seed() -> SeedSet:
    return load_seed()


@pytest.fixture
def seed_server(seed: SeedSet) -> Iterator[SeedServer]:
    with SeedServer(seed) as server:
        yield server
