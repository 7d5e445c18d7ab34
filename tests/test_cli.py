"""The command as a new user meets it: real subprocesses, real databases."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def monitor(
    *args: str, cwd: Path | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("MONITOR_CONFIG", None)
    result = subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        capture_output=True, text=True, timeout=120, cwd=cwd or ROOT, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    if check and result.returncode != 0:
        raise AssertionError(
            f"monitor {' '.join(args)} failed ({result.returncode}):\n{result.stderr}"
        )
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = monitor("demo", "--db", str(path))
    assert "revision 5" in result.stdout
    assert "not modified" in result.stdout  # the second poll of each version is a 304
    return path


def test_demo_then_json_digest_is_the_contract(demo_db: Path) -> None:
    document = json.loads(monitor("digest", "--db", str(demo_db), "--format", "json").stdout)
    assert document["schema_version"] == 1
    (article,) = document["articles"]
    assert [r["number"] for r in article["revisions"]] == [1, 2, 3, 4, 5]
    changes = [c for r in article["revisions"] for c in r["changes"]]
    stamps = [c["block"]["timestamp"] for c in changes if c["kind"] == "update_added"]
    assert stamps == [
        "2020-01-03T15:30:00-05:00",
        "2020-01-03T18:15:00-05:00",
        "2020-01-03T18:35:00-05:00",
        "2020-01-03T19:10:00-05:00",
    ]
    titles = [c for c in changes if c["kind"] == "title_changed"]
    assert len(titles) == 1 and titles[0]["text"].endswith("(Updated)")
    assert [u["timestamp"] for u in article["updates"]] == stamps
    statuses = {u["timestamp"][11:16]: u["status"] for u in article["updates"]}
    assert statuses["18:35"] == "disputed" and statuses["19:10"] == "active"
    (link,) = [r for r in article["retractions"] if r["reason"] == "contradiction"]
    assert link["update"]["timestamp"].startswith("2020-01-03T19:10")
    assert link["target"]["timestamp"].startswith("2020-01-03T18:35")
    assert "al-Zaidi" in " ".join(link["entities"]) and "al-Jazaeri" in " ".join(link["entities"])


def test_text_digest_puts_the_walk_back_first_and_is_plain_when_piped(demo_db: Path) -> None:
    text = monitor("digest", "--db", str(demo_db)).stdout
    assert "\x1b" not in text
    assert "7:10" in text and "6:35" in text
    disputed = text.find("6:35")
    new_update = text.find("3:30")
    assert 0 <= disputed < new_update, "the retraction must come before the new updates"


def test_history_show_diff_status_retractions_feed(demo_db: Path) -> None:
    db = ["--db", str(demo_db)]
    history = monitor("history", "a1", *db).stdout
    assert len([line for line in history.splitlines() if line.strip()]) >= 5
    shown = monitor("show", "a1", "--revision", "1", *db).stdout
    assert "(Updated)" not in shown.splitlines()[0]
    assert "UPDATE" not in shown
    latest = monitor("show", "a1", *db).stdout
    assert "UPDATE: 7:10pm EST" in latest
    html = monitor("show", "a1", "--format", "html", *db).stdout
    assert "<h1" in html
    diff = monitor("diff", "a1", "1", "5", *db).stdout
    assert "(Updated)" in diff
    status = monitor("status", *db).stdout
    assert "a1" in status
    retractions = json.loads(monitor("retractions", "--format", "json", *db).stdout)
    assert any(r["reason"] == "contradiction" for r in retractions)
    feed = monitor("feed", *db).stdout
    root = ET.fromstring(feed)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) >= 5


def test_missing_config_is_one_sentence(tmp_path: Path) -> None:
    result = monitor("check", "--config", str(tmp_path / "nope.yaml"), check=False)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "nope.yaml: file not found" in lines[0]
    assert "Traceback" not in result.stderr


def test_broken_config_names_the_key(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("articles:\n  - url: https://example.com/a\n    interval: soon\n")
    result = monitor("check", "--config", str(config), check=False)
    assert result.returncode == 1
    assert "articles[0].interval: expected a duration" in result.stderr


def test_digest_of_an_empty_database_says_so(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("database: m.db\narticles: []\n")
    monitor("check", "--config", str(config))
    result = monitor("digest", "--config", str(config))
    assert "No articles have been polled yet" in result.stdout


def test_digest_of_a_missing_database_is_one_sentence(tmp_path: Path) -> None:
    result = monitor("digest", "--db", str(tmp_path / "absent.db"), check=False)
    assert result.returncode == 1
    assert "absent.db" in result.stderr and "Traceback" not in result.stderr


def test_add_and_remove_keep_comments(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "# my newsroom's list\ndatabase: m.db  # keep me\narticles:\n  - url: https://a.example/x  # first\n"
    )
    monitor("add", "https://b.example/y?utm_source=tw", "--interval", "5m", "--config", str(config))
    text = config.read_text()
    assert "# my newsroom's list" in text and "# keep me" in text and "# first" in text
    assert "https://b.example/y" in text and "5m" in text
    again = monitor("add", "https://b.example/y", "--config", str(config)).stdout
    assert "Already following" in again
    bad = monitor(
        "add", "https://c.example/z", "--interval", "soon", "--config", str(config), check=False
    )
    assert bad.returncode == 1 and "expected a duration" in bad.stderr
    monitor("remove", "https://a.example/x", "--config", str(config))
    text = config.read_text()
    assert "a.example" not in text and "# my newsroom's list" in text
    listed = monitor("list", "--config", str(config)).stdout
    assert "b.example" in listed


def test_python_dash_m_and_help() -> None:
    result = monitor("--help")
    for command in ("check", "run", "digest", "history", "demo", "status", "feed"):
        assert command in result.stdout


HOSTILE_PAGE = (
    "<html><head><title>Evil\x1b]0;pwned\x07 story</title></head><body><article>"
    "<h1>Evil \x1b[31mred\x1b[0m headline\u202e (Updated)</h1>"
    "<p>First paragraph with an OSC 8 \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 and a NUL\x00 "
    "and a C1 \x9b2J CSI, <script>alert(1)</script> &lt;b&gt; and [click](javascript:alert(1)).</p>"
    "<p>Second paragraph says the toll is 2 people.</p>"
    "{update}</article></body></html>"
)
UPDATE_BLOCK = "<p><strong>UPDATE: 3:30pm EST\u2014</strong></p><p>Now \x1b[2J the toll is 12 \u2066people\u2069.</p>"
BAD = ("\x1b", "\x9b", "\x00", "\u202e", "\u2066", "\x07")


def test_a_hostile_article_through_every_output(tmp_path: Path) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    page = {"html": HOSTILE_PAGE.format(update="")}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = page["html"].encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/evil"
        config = tmp_path / "config.yaml"
        config.write_text(
            f"database: m.db\nfetch:\n  per_host_delay: 0s\narticles:\n  - url: {url}\n"
        )
        monitor("check", "--config", str(config))
        page["html"] = HOSTILE_PAGE.format(update=UPDATE_BLOCK).replace("2 people", "3 people")
        monitor("check", "--config", str(config))
    finally:
        server.shutdown()
        server.server_close()
    cfg = ["--config", str(config)]
    outputs = {
        "digest text": monitor("digest", "--all", *cfg).stdout,
        "digest markdown": monitor("digest", "--all", "--format", "markdown", *cfg).stdout,
        "digest json": monitor("digest", "--all", "--format", "json", *cfg).stdout,
        "history": monitor("history", "a1", *cfg).stdout,
        "show": monitor("show", "a1", *cfg).stdout,
        "show html": monitor("show", "a1", "--format", "html", *cfg).stdout,
        "diff": monitor("diff", "a1", "1", "2", *cfg).stdout,
        "status": monitor("status", *cfg).stdout,
        "status json": monitor("status", "--format", "json", *cfg).stdout,
        "retractions": monitor("retractions", "--format", "markdown", *cfg).stdout,
        "feed": monitor("feed", *cfg).stdout,
        "list": monitor("list", *cfg).stdout,
    }
    for name, text in outputs.items():
        for bad in BAD:
            assert bad not in text, f"{name} let {bad!r} through"
    assert "toll is 12" in outputs["digest text"]
    assert "<script>" not in outputs["show html"] and "<script>" not in outputs["feed"]
    assert "[click](" not in outputs["digest markdown"]
    document = json.loads(outputs["digest json"])
    assert document["articles"][0]["revisions"][-1]["changes"]
    ET.fromstring(outputs["feed"])


def test_one_story_behind_two_urls_is_reported(tmp_path: Path) -> None:
    from monitor.seedserver import SeedServer, load_seed

    with SeedServer(load_seed()) as server:
        config = tmp_path / "config.yaml"
        config.write_text(
            "database: m.db\nfetch:\n  per_host_delay: 0s\narticles:\n"
            f"  - url: {server.url}\n  - url: {server.url}?view=amp\n"
        )
        summary = monitor("check", "--config", str(config)).stdout
    assert "2 configured URLs are the same article" in summary
    assert "thedrive.com/the-war-zone/31680" in summary and "monitor remove" in summary


_EXIT_PROBE = """
import atexit, sys
from monitor.cli import main

atexit.register(lambda: sys.stderr.write("teardown ran"))
sys.stdout.write("x" * 1_000_000)  # still in the buffer when the command ends
sys.argv = ["monitor", "no-such-command"]
main()
"""


def test_a_command_ends_through_the_interpreter_s_normal_exit() -> None:
    # No shortcut past the interpreter's teardown: atexit handlers run, buffered output is
    # flushed whole and click's exit status is kept.
    result = subprocess.run(
        [sys.executable, "-c", _EXIT_PROBE], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 2  # click's status for an unknown command
    assert result.stdout == "x" * 1_000_000
    assert "No such command" in result.stderr
    assert result.stderr.endswith("teardown ran")


def test_sigterm_stops_check_cleanly_and_keeps_the_polls_that_finished(tmp_path: Path) -> None:
    from faultserver import running_fault_server

    with running_fault_server() as server:
        config = tmp_path / "config.yaml"
        config.write_text(
            "database: m.db\nfetch:\n  per_host_delay: 0s\n  retries: 0\n  timeout: 120s\n"
            f"articles:\n  - url: {server.url('/ok')}\n  - url: {server.url('/timeout')}\n"
        )
        env = {**os.environ, "NO_COLOR": "1"}
        check = subprocess.Popen(
            [sys.executable, "-m", "monitor", "check", "--config", str(config)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        try:
            for _ in range(600):  # bounded: 60 s; /ok's poll is committed within half a second
                time.sleep(0.1)
                if (tmp_path / "m.db").exists() and _polls(tmp_path / "m.db"):
                    break
            assert check.poll() is None  # still waiting for /timeout
            check.send_signal(signal.SIGTERM)
            _, err = check.communicate(timeout=60)
        finally:
            check.kill()
    assert check.returncode == 128 + signal.SIGTERM, err
    assert err.strip() == "Stopped by SIGTERM; the polls that had finished are stored."
    with sqlite3.connect(tmp_path / "m.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT outcome FROM polls").fetchall() == [("first",)]
        assert conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 1


def _polls(database: Path) -> int:
    with sqlite3.connect(database) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM polls").fetchone()[0])
        except sqlite3.OperationalError:  # not created yet
            return 0


STUB_DETECTOR = '''
from monitor.classify import Judgement


class YemenDetector:
    """Any later sentence about Yemen walks back what it is paired with."""

    def score(self, earlier, later):
        return Judgement(True, 0.9, "stub: Yemen", ("Yemen",)) if "Yemen" in later else None
'''


def _check_with(config: Path, pythonpath: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(pythonpath)}
    return subprocess.run(
        [sys.executable, "-m", "monitor", "check", "--config", str(config)],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_walk_back_detector_named_in_the_config_replaces_the_built_in_one(
    tmp_path: Path,
) -> None:
    from monitor.seedserver import SeedServer, load_seed

    (tmp_path / "stubdetector.py").write_text(STUB_DETECTOR)
    config = tmp_path / "config.yaml"
    with SeedServer(load_seed()) as server:
        config.write_text(
            "database: m.db\nfetch:\n  per_host_delay: 0s\n"
            "walkbacks:\n  detector: stubdetector:YemenDetector\n"
            f"articles:\n  - url: {server.url}\n"
        )
        server.set_version(server.last_version - 1)
        assert _check_with(config, tmp_path).returncode == 0
        server.set_version(server.last_version)
        assert _check_with(config, tmp_path).returncode == 0
    digest = monitor("digest", "--db", str(tmp_path / "m.db"), "--format", "json").stdout
    (article,) = json.loads(digest)["articles"]
    cues = {r["cue"] for r in article["retractions"] if r["reason"] == "contradiction"}
    assert cues == {"stub: Yemen"}  # the built-in detector's "conflicting reports" is not there


def test_a_walk_back_detector_that_cannot_be_loaded_is_one_sentence(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "database: m.db\nwalkbacks:\n  detector: nosuchmodule:Detector\n"
        "articles:\n  - url: http://127.0.0.1:9/x\n"
    )
    result = _check_with(config, tmp_path)
    assert result.returncode != 0
    assert "walkbacks.detector" in result.stderr and "nosuchmodule" in result.stderr
    assert "Traceback" not in result.stderr
