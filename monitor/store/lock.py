"""One daemon per database: an advisory ``flock`` on ``<db>.lock`` holding the owner's pid.

The kernel drops the lock when the process dies, however it dies, so a crashed daemon never
leaves a stale lock behind; the pid in the file is only there to name the holder in the error.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from monitor.errors import DatabaseLocked


class DaemonLock:
    def __init__(self, handle: IO[str]) -> None:
        self._handle = handle

    @classmethod
    def acquire(cls, db_path: Path) -> DaemonLock:
        # Held open on purpose: the lock lives exactly as long as this descriptor.
        handle = Path(f"{db_path}.lock").open("a+", encoding="utf-8")  # noqa: SIM115
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise DatabaseLocked(
                f"another `monitor run` (pid {holder}) is using the database; stop it first",
                subject=str(db_path),
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        return cls(handle)

    def release(self) -> None:
        self._handle.close()  # closing the descriptor releases the flock
