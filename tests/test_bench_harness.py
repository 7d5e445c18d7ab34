"""The benchmark harness repeats a pass that stores something from a copy of the tool's state."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import run  # bench/ is not a package: imported from its directory


def _files(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def test_a_restored_state_is_byte_for_byte_the_one_saved(tmp_path: Path) -> None:
    tool = tmp_path / "monitor-2000"
    tool.mkdir()
    (tool / "monitor.db").write_bytes(b"before")
    (tool / "monitor.db-wal").write_bytes(b"wal before")
    (tool / "config.yaml").write_text("kept: true\n")
    before = _files(tool)
    saved = run._save_state(tool, "monitor.db*")
    # What a pass does: rewrites the database, checkpoints the WAL away, leaves a new file.
    (tool / "monitor.db").write_bytes(b"after the pass")
    (tool / "monitor.db-wal").unlink()
    (tool / "monitor.db-shm").write_bytes(b"new")
    run._restore_state(saved, tool, "monitor.db*")
    assert _files(tool) == before


def test_a_first_pass_is_repeated_from_no_state_at_all(tmp_path: Path) -> None:
    tool = tmp_path / "urlwatch-200"
    tool.mkdir()
    (tool / "urls.yaml").write_text("[]\n")
    saved = run._save_state(tool, "cache.db*")
    (tool / "cache.db").write_bytes(b"a first pass stored this")
    run._restore_state(saved, tool, "cache.db*")
    assert sorted(path.name for path in tool.iterdir()) == ["urls.yaml"]


def test_the_growth_a_b_runs_both_histories_and_reports_each_pass(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import growth_ab

    assert growth_ab.main(["--n", "20", "--runs", "1", "--no-peer"]) == 0
    out = capsys.readouterr().out
    rows = [line.split("|")[1:-1] for line in out.splitlines() if line.startswith("| monitor |")]
    assert [row[1].strip() for row in rows] == ["changed", "no change"]
    for row in rows:
        one_round, five_rounds = (float(cell.replace(",", "")) for cell in row[2:4])
        assert one_round > 0 and five_rounds > 0
