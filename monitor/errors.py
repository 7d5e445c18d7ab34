"""Every error monitor raises on purpose, in one tree.

* MonitorError
  + ConfigError              subject: "config.yaml: articles[2].interval"
  + FetchError               subject: the article URL; ``transient`` says whether a retry may help
    - FetchTimeout           connect/read/total timeout                      (transient)
    - ConnectionFailed       refused, reset, DNS                             (transient)
    - HTTPStatusFailure      4xx/5xx; keeps ``.status`` and ``.retry_after``  (5xx/429 transient)
    - TooManyRedirects
    - ResponseTooLarge       body over the size cap, or a decompression bomb
    - UnsupportedContent     not HTML/text, or a scheme other than http/https
    - UndecodableResponse    bytes that no charset decodes cleanly
  + ExtractError             subject: the article URL
  + StoreError               subject: the database path
    - SchemaTooNew           the database was written by a newer monitor
    - DatabaseLocked         another ``monitor run`` holds the database
  + NotFound                 an article, revision or id the user named does not exist

``str(err)`` is one sentence a person can act on: ``subject: message[: CauseType: cause]``.
Foreign exceptions (httpx, sqlite3, yaml) are translated into this tree in exactly one place per
edge module; the CLI turns any MonitorError into one line on stderr and a non-zero exit.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Root of every error monitor raises on purpose."""

    transient: bool = False

    def __init__(self, message: str, *, subject: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.subject = subject

    def __str__(self) -> str:
        parts = [self.subject, self.message]
        cause = self.__cause__
        if cause is not None and str(cause) and str(cause) not in self.message:
            parts.append(f"{type(cause).__name__}: {cause}")
        return ": ".join(part for part in parts if part)


class ConfigError(MonitorError):
    """The configuration file is missing, unreadable or has a wrong value."""


class FetchError(MonitorError):
    """An article could not be fetched."""


class FetchTimeout(FetchError):
    transient = True


class ConnectionFailed(FetchError):
    transient = True


class HTTPStatusFailure(FetchError):
    def __init__(self, status: int, *, subject: str, retry_after: float | None = None) -> None:
        hint = ""
        if retry_after is not None:
            hint = f"; the server asked us to wait {retry_after:.0f}s"
        super().__init__(f"the server answered HTTP {status}{hint}", subject=subject)
        self.status = status
        self.retry_after = retry_after
        self.transient = status >= 500 or status in (408, 425, 429)


class TooManyRedirects(FetchError):
    pass


class ResponseTooLarge(FetchError):
    pass


class UnsupportedContent(FetchError):
    pass


class UndecodableResponse(FetchError):
    pass


class ExtractError(MonitorError):
    """The page could not be turned into an Article (no text, hostile or broken beyond repair)."""


class StoreError(MonitorError):
    """The database could not be opened, migrated or written."""


class SchemaTooNew(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class NotFound(MonitorError):
    """Something the user named (an article, a revision, an id) does not exist."""
