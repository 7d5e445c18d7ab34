"""Marker recognition and timestamp resolution, table-driven from tests/data/markers.yaml."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor.markers import (
    headline_is_updated,
    is_advisory,
    is_bare_stamp,
    match_marker,
    match_note,
    resolve_stamp,
)
from monitor.model import BlockKind

CASES = yaml.safe_load((Path(__file__).parent / "data" / "markers.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES["markers"], ids=lambda c: c["text"][:40])
def test_match_marker(case: dict[str, Any]) -> None:
    marker = match_marker(case["text"])
    if case["kind"] is None:
        assert marker is None
        return
    assert marker is not None
    assert marker.kind is BlockKind(case["kind"])
    assert (marker.label, marker.stamp, marker.rest) == (case["label"], case["stamp"], case["rest"])


@pytest.mark.parametrize(
    "case", CASES["resolve"], ids=lambda c: f"{c['stamp']}-{c.get('default_zone')}"
)
def test_resolve_stamp(case: dict[str, Any]) -> None:
    previous = datetime.fromisoformat(case["previous"]) if case.get("previous") else None
    result = resolve_stamp(
        case["stamp"],
        reference=datetime.fromisoformat(case["reference"]),
        default_zone=case.get("default_zone"),
        previous=previous,
        day_first=case.get("day_first"),
    )
    if case["expect"] is None:
        assert result is None
        return
    assert result is not None
    expected = datetime.fromisoformat(case["expect"])
    assert result == expected and result.utcoffset() == expected.utcoffset()
    if "zone_key" in case:
        assert getattr(result.tzinfo, "key", None) == case["zone_key"]


def test_est_written_in_summer_is_new_york_wall_time() -> None:
    # US outlets write "EST" all year; the zone rules, not the letters, decide the offset.
    result = resolve_stamp(
        "6:15pm EST",
        reference=datetime.fromisoformat("2020-07-03T12:00:00-04:00"),
        default_zone=None,
        previous=None,
    )
    assert result is not None and result.isoformat() == "2020-07-03T18:15:00-04:00"


def test_unlabelled_notes_get_their_own_kind() -> None:
    correction = match_note("An earlier version of this article misstated the toll.")
    note = match_note("This story has been updated with comments from the mayor.")
    assert correction is not None and correction.kind is BlockKind.CORRECTION
    assert note is not None and note.kind is BlockKind.EDITORS_NOTE
    assert match_note("An earlier statement from the Pentagon blamed him.") is None


@pytest.mark.parametrize(
    ("headline", "flag"),
    [
        ("New Details Emerge (Updated)", True),
        ("Storm hits coast [UPDATE 3]", True),
        ("UPDATE 2-Storm hits coast", True),
        ("Markets update: stocks fall", False),
        ("Storm hits coast", False),
    ],
)
def test_headline_flags(headline: str, flag: bool) -> None:
    assert headline_is_updated(headline) is flag


def test_advisories_and_bare_stamps() -> None:
    assert is_advisory("(Adds governor's comments in paragraph 3)")
    assert not is_advisory("(The governor spoke later.) More text")
    assert is_bare_stamp("13.02 BST") and is_bare_stamp("January 3, 2020")
    assert not is_bare_stamp("The 3 men arrived at 5pm")


def test_marker_matching_is_bounded_on_long_input() -> None:
    assert match_marker("UPDATE " + "1" * 100_000) is None or True  # returns, does not hang
    assert match_marker("x" * 1_000_000) is None
