"""The peer in the side-by-side benchmark: urlwatch 2.29 in its own virtual environment.

``install()`` creates ``bench/.peer/urlwatch`` (gitignored) with ``python -m venv`` and
``pip install urlwatch==2.29`` once; ``UrlwatchWorkdir`` writes its job list and a quiet
configuration (every reporter off) and builds the command line for one pass.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

VERSION = "2.29"
PEER_ROOT = Path(__file__).resolve().parent / ".peer" / "urlwatch"

# Every reporter off and nothing displayed: a pass only fetches, compares and stores, which is
# exactly the work `monitor check` does (minus our extraction and diffing).
QUIET_CONFIG = {
    "display": {"new": False, "error": True, "unchanged": False, "empty-diff": False},
    "report": {
        "stdout": {"enabled": False, "color": False},
        "email": {"enabled": False},
        "html": {"separate": False},
        "text": {"details": False, "footer": False, "minimal": True},
    },
    "job_defaults": {"all": {}, "url": {}},
}


@dataclass(frozen=True)
class Installed:
    python: Path
    executable: Path
    version: str


def install(root: Path = PEER_ROOT) -> Installed | str:
    """Install urlwatch into ``root`` if needed; the Installed peer, or why it could not be."""
    executable = root / "bin" / "urlwatch"
    python = root / "bin" / "python"
    if not executable.exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(root)], check=True)
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", f"urlwatch=={VERSION}"],
                check=True,
                capture_output=True,
                text=True,
                timeout=600,
            )
        except (subprocess.SubprocessError, OSError) as error:
            detail = getattr(error, "stderr", "") or str(error)
            return f"urlwatch {VERSION} could not be installed: {detail.strip()[-300:]}"
    version = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    if VERSION not in version:
        return f"expected urlwatch {VERSION} in {root}, found {version or 'nothing'}"
    return Installed(python=python, executable=executable, version=version)


@dataclass(frozen=True)
class UrlwatchWorkdir:
    """One urlwatch setup: job list, config, cache database and a private HOME."""

    root: Path

    @property
    def cache(self) -> Path:
        return self.root / "cache.db"

    def write(self, urls: list[str]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "home").mkdir(exist_ok=True)
        jobs = [{"name": f"article {k}", "url": url} for k, url in enumerate(urls)]
        (self.root / "urls.yaml").write_text(yaml.safe_dump_all(jobs))
        (self.root / "urlwatch.yaml").write_text(yaml.safe_dump(QUIET_CONFIG))
        (self.root / "hooks.py").write_text("")

    def command(self, peer: Installed) -> list[str]:
        return [
            str(peer.executable),
            "--urls", str(self.root / "urls.yaml"),
            "--config", str(self.root / "urlwatch.yaml"),
            "--hooks", str(self.root / "hooks.py"),
            "--cache", str(self.cache),
        ]  # fmt: skip

    def env(self) -> dict[str, str]:
        """A private HOME so urlwatch never reads or writes the user's own files."""
        home = str(self.root / "home")
        return {"HOME": home, "XDG_CONFIG_HOME": home, "XDG_CACHE_HOME": home, "PATH": "/usr/bin"}

    def database_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.root.glob("cache.db*"))
