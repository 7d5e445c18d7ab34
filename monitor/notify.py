"""Telling people what changed: one batched message per poll cycle, to apprise and/or a webhook.

What urlwatch and changedetection.io users ask of notifications, and what this module does:

* the change itself in the message, not "something changed": each ``Alert`` is one sanitised
  sentence naming the update, edit or walk-back;
* only the kinds the user picked (``notify.kinds``), never cosmetic edits;
* one message per poll cycle however many articles changed (``add`` queues, ``flush`` sends);
* a rate limit (``notify.min_interval``): a flush inside it keeps the alerts for the next one;
* never an alert storm from transient fetch errors: errors are not alerts at all, and a failed
  send is logged and reported as a ``FlushResult``, never raised into the daemon.

``alerts_from_revisions`` is pure; ``Notifier`` is the edge (network I/O, an injected clock).
apprise is optional (``pip install 'monitor[notify]'``) and imported only when configured.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from monitor import _jsonio
from monitor._text import one_line
from monitor.config import NotifySettings
from monitor.errors import ConfigError
from monitor.model import Change, ChangeKind, Retraction, Revision

log = logging.getLogger(__name__)

ALERT_KINDS = ("retraction", "update_added", "silent_edit", "title_changed", "edit")
WEBHOOK_SCHEMA_VERSION = 1
WEBHOOK_TIMEOUT_S = 10.0
APPRISE_TIMEOUT_S = 30.0  # a stuck plugin must not hold the daemon's poll cycle
MAX_QUEUED_ALERTS = 500  # while rate-limited or failing; the oldest go first past this
QUOTE_WIDTH = 160  # characters of page text quoted in one summary
TITLE_WIDTH = 120


@dataclass(frozen=True, slots=True)
class Alert:
    """One line item in a notification."""

    kind: str  # "retraction" | "update_added" | "silent_edit" | "title_changed" | "edit"
    article_url: str
    article_title: str
    summary: str  # one sentence, page text sanitised with monitor._text.one_line
    revision: int


class FlushStatus(enum.StrEnum):
    SENT = "sent"
    RATE_LIMITED = "rate_limited"  # alerts stay queued for the next allowed flush
    EMPTY = "empty"  # nothing to send (or no channel configured)
    FAILED = "failed"  # every channel failed; alerts stay queued (see Notifier.flush)


@dataclass(frozen=True, slots=True)
class FlushResult:
    status: FlushStatus
    alerts: int = 0  # sent, or still queued when rate-limited / failed
    error: str | None = None  # one sentence when a channel failed
    retry_at: datetime | None = None  # when rate-limited: the earliest next send


# ---------------------------------------------------------------------------------------------
# Pure: revisions → alerts


def alerts_from_revisions(
    url: str, title: str, revisions: Sequence[Revision], kinds: Collection[str]
) -> list[Alert]:
    """Classify each revision's changes and retractions into alerts, keeping only ``kinds``.

    A silent substantive edit is "silent_edit", an added update block "update_added", a changed
    headline "title_changed", any other substantive change "edit", every retraction
    "retraction". Cosmetic changes (``substantive=False``) never alert.
    """
    article_title = one_line(title, TITLE_WIDTH)
    article_url = one_line(url)
    alerts: list[Alert] = []
    for revision in revisions:
        items: list[tuple[str, str]] = []
        for change in revision.changes:
            kind = change_alert_kind(change)
            if kind is not None and kind in kinds:
                items.append((kind, _change_summary(kind, change)))
        if "retraction" in kinds:
            items.extend(("retraction", _retraction_summary(r)) for r in revision.retractions)
        alerts.extend(
            Alert(kind, article_url, article_title, summary, revision.number)
            for kind, summary in items
        )
    return alerts


def change_alert_kind(change: Change) -> str | None:
    """The alert kind of one change, or None for a cosmetic one."""
    if change.kind is ChangeKind.UPDATE_ADDED:
        return "silent_edit" if change.silent and change.substantive else "update_added"
    if not change.substantive:
        return None
    if change.silent:
        return "silent_edit"
    if change.kind is ChangeKind.TITLE_CHANGED:
        return "title_changed"
    return "edit"


_EDIT_VERBS = {
    ChangeKind.UPDATE_EDITED: "Update edited",
    ChangeKind.UPDATE_REMOVED: "Update removed",
    ChangeKind.UPDATE_MOVED: "Update moved",
    ChangeKind.PARAGRAPH_ADDED: "Paragraph added",
    ChangeKind.PARAGRAPH_EDITED: "Paragraph edited",
    ChangeKind.PARAGRAPH_REMOVED: "Paragraph removed",
    ChangeKind.PARAGRAPH_MOVED: "Paragraph moved",
    ChangeKind.TEXT_STRUCK: "Text struck through",
    ChangeKind.TITLE_CHANGED: "Headline changed",
    ChangeKind.UPDATE_ADDED: "Update added",
}


def _change_summary(kind: str, change: Change) -> str:
    new, old = _quote(change.text), _quote(change.previous_text)
    if kind == "update_added":
        # Labels are printed markers ("UPDATE 3:30pm EST:"); drop their trailing punctuation.
        label = one_line(change.block.label, 60).rstrip(" :—–-") if change.block else ""
        return one_line(f"New update{' ' + label if label else ''}: {new or '(no text)'}")
    if kind == "title_changed":
        return one_line(f"Headline changed from “{old}” to “{new}”.")
    verb = _EDIT_VERBS[change.kind]
    if kind == "silent_edit":
        verb = f"Silently: {verb[0].lower()}{verb[1:]}"
    if old and new:
        return one_line(f"{verb}: “{old}” → “{new}”.")
    return one_line(f"{verb}: “{new or old}”.")


def _retraction_summary(retraction: Retraction) -> str:
    claim, evidence = _quote(retraction.claim), _quote(retraction.evidence)
    if not evidence:
        return one_line(f"Walked back ({retraction.reason.value}): “{claim}”.")
    cue = one_line(retraction.cue, 40)
    return one_line(f"Walked back (cue “{cue}”): “{claim}” — now: “{evidence}”")


def _quote(text: str | None) -> str:
    return one_line(text or "", QUOTE_WIDTH)


# ---------------------------------------------------------------------------------------------
# Edge: the notifier


class Notifier:
    """Queues alerts during a poll cycle and sends them as one message per allowed flush.

    ``clock`` returns the current aware datetime (injected so tests control the rate limit).
    ``client`` is the daemon's shared httpx.AsyncClient for the webhook; without one, each
    webhook send opens a short-lived client. ``apprise_factory`` builds the apprise object
    (default ``apprise.Apprise``); it exists so an embedding program can pass its own.
    """

    def __init__(
        self,
        settings: NotifySettings,
        *,
        client: httpx.AsyncClient | None = None,
        clock: Callable[[], datetime],
        apprise_factory: Callable[[], Any] | None = None,
        last_attempt_at: datetime | None = None,
    ) -> None:
        self._settings = settings
        self._client = client
        self._clock = clock
        self._apprise = _build_apprise(settings.urls, apprise_factory) if settings.urls else None
        self._queue: dict[Alert, None] = {}  # insertion-ordered set: a re-added alert is one
        self._dropped = 0
        self._last_attempt_at = last_attempt_at  # restored from the store across restarts

    @property
    def last_attempt_at(self) -> datetime | None:
        """When a message was last tried (sent or failed): the start of the rate-limit window."""
        return self._last_attempt_at

    @property
    def enabled(self) -> bool:
        return self._apprise is not None or self._settings.webhook is not None

    @property
    def pending(self) -> int:
        return len(self._queue)

    def add(self, alerts: Iterable[Alert]) -> None:
        """Queue alerts for the current cycle (only the configured kinds; no-op if disabled)."""
        if not self.enabled:
            return
        wanted = set(self._settings.kinds)
        for alert in alerts:
            if alert.kind in wanted:
                self._queue[alert] = None
        while len(self._queue) > MAX_QUEUED_ALERTS:
            del self._queue[next(iter(self._queue))]
            self._dropped += 1

    async def flush(self, *, payload: dict[str, Any] | None = None) -> FlushResult:
        """Send everything queued as ONE message per channel, unless empty or rate-limited.

        The rate limit counts from the last attempt, successful or not, so a dead endpoint is
        not hammered every cycle. When every channel fails the alerts stay queued and go out
        with the next allowed flush; when at least one succeeds they are done (re-sending would
        duplicate them on the channel that worked) and the result still says which failed.
        """
        if not self._queue:
            return FlushResult(FlushStatus.EMPTY)
        now = self._clock()
        retry_at = self._next_allowed_at()
        if retry_at is not None and now < retry_at:
            return FlushResult(FlushStatus.RATE_LIMITED, len(self._queue), retry_at=retry_at)

        alerts, dropped = list(self._queue), self._dropped
        self._last_attempt_at = now
        outcomes: list[str | None] = []  # one per channel: None = delivered, else the error
        if self._apprise is not None:
            title, body = render_text(alerts, dropped=dropped)
            outcomes.append(await _send_apprise(self._apprise, title, body))
        if self._settings.webhook is not None:
            document = webhook_document(alerts, generated_at=now, digest=payload, dropped=dropped)
            outcomes.append(await self._send_webhook(self._settings.webhook, document))

        errors = [error for error in outcomes if error is not None]
        delivered = len(errors) < len(outcomes)
        if delivered:
            # Only what this message carried: polls keep adding alerts while it is in flight,
            # and those belong to the next cycle.
            for alert in alerts:
                self._queue.pop(alert, None)
            self._dropped -= dropped
        if errors:
            message = " ".join(errors)
            log.warning("notification failed: %s", message)
            status = FlushStatus.SENT if delivered else FlushStatus.FAILED
            return FlushResult(status, len(alerts), error=message)
        log.info("notification sent: %d alert(s)", len(alerts))
        return FlushResult(FlushStatus.SENT, len(alerts))

    def _next_allowed_at(self) -> datetime | None:
        if self._last_attempt_at is None:
            return None
        return self._last_attempt_at + timedelta(seconds=self._settings.min_interval_s)

    async def _send_webhook(self, url: str, document: dict[str, Any]) -> str | None:
        # The URL may carry a token in its path or query: name only the host in messages.
        where = f"webhook at {urlsplit(url).netloc}"
        content = _jsonio.dumps(document).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        try:
            if self._client is not None:
                response = await self._client.post(
                    url, content=content, headers=headers, timeout=WEBHOOK_TIMEOUT_S
                )
            else:
                async with httpx.AsyncClient(timeout=WEBHOOK_TIMEOUT_S) as client:
                    response = await client.post(url, content=content, headers=headers)
        except httpx.HTTPError as exc:
            return f"{where} could not be reached ({type(exc).__name__})."
        if not response.is_success:
            return f"{where} answered HTTP {response.status_code}."
        return None


async def _send_apprise(apobj: Any, title: str, body: str) -> str | None:
    try:
        if hasattr(apobj, "async_notify"):
            call = apobj.async_notify(title=title, body=body)
        else:  # older apprise: the blocking API, off the event loop
            call = asyncio.to_thread(apobj.notify, title=title, body=body)
        delivered = await asyncio.wait_for(call, APPRISE_TIMEOUT_S)
    except TimeoutError:
        return f"apprise did not finish within {APPRISE_TIMEOUT_S:.0f}s."
    # Plugins are third-party code that may raise anything; the daemon must keep polling.
    except Exception as exc:
        return f"apprise raised {type(exc).__name__}: {one_line(str(exc), 200)}."
    if not delivered:
        return "apprise could not deliver to every notify.urls target; see its log lines."
    return None


def _build_apprise(urls: Sequence[str], factory: Callable[[], Any] | None) -> Any:
    if factory is None:
        try:
            import apprise
        except ImportError:
            raise ConfigError("notify.urls needs apprise: pip install 'monitor[notify]'") from None
        factory = apprise.Apprise
    apobj = factory()
    for index, url in enumerate(urls):
        if not apobj.add(url):
            # Never echo the URL: apprise URLs carry passwords and tokens.
            raise ConfigError(
                "apprise does not recognise this URL; check its scheme against the apprise wiki",
                subject=f"notify.urls[{index}]",
            )
    return apobj


# ---------------------------------------------------------------------------------------------
# Message formats


def render_text(alerts: Sequence[Alert], *, dropped: int = 0) -> tuple[str, str]:
    """(title, body) as plain text, alerts grouped by article in the order they arrived."""
    by_article: dict[tuple[str, str], list[Alert]] = {}
    for alert in alerts:
        by_article.setdefault((alert.article_url, alert.article_title), []).append(alert)
    noun = "alert" if len(alerts) == 1 else "alerts"
    places = "article" if len(by_article) == 1 else "articles"
    title = f"monitor: {len(alerts)} {noun} in {len(by_article)} {places}"
    sections = []
    for (url, article_title), items in by_article.items():
        lines = [article_title or url, url]
        lines += [f"- [{a.kind}] {a.summary} (revision {a.revision})" for a in items]
        sections.append("\n".join(lines))
    if dropped:
        sections.append(f"({dropped} older alerts were dropped while notifications were held.)")
    return title, "\n\n".join(sections)


def webhook_document(
    alerts: Sequence[Alert],
    *,
    generated_at: datetime,
    digest: dict[str, Any] | None,
    dropped: int = 0,
) -> dict[str, Any]:
    """The JSON body POSTed to ``notify.webhook`` (schema_version 1)."""
    return {
        "schema_version": WEBHOOK_SCHEMA_VERSION,
        "generated_at": generated_at.isoformat(),
        "alerts": [_jsonio.to_jsonable(alert) for alert in alerts],
        "dropped": dropped,
        "digest": digest,
    }
