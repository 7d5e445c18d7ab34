"""monitor: follow live-updating news articles and tell readers what changed, and what was walked back."""

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
