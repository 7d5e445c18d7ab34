"""monitor: follow live-updating news articles and tell readers what changed, and what was walked back."""

import sys

# httpx imports its own command-line client (click, rich and pygments: ~60 ms of CPU, a tenth of a
# `monitor check` start-up) whenever those happen to be installed, as they are here. monitor never
# runs it; a None entry in sys.modules makes that import fail, which httpx handles by defining a
# stub ``httpx.main`` instead.
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

from monitor.errors import MonitorError
from monitor.model import Article, Change, ChangeKind, Retraction, Revision, UpdateBlock

__version__ = "0.1.0"
__all__ = [
    "Article",
    "Change",
    "ChangeKind",
    "MonitorError",
    "Retraction",
    "Revision",
    "UpdateBlock",
    "__version__",
]
