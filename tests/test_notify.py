"""Notifications: classification (pure) and delivery to real local receivers (webhook, apprise)."""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import apprise
import httpx
import pytest
from notify_support import MEMORY_SCHEMA, WebhookReceiver

from monitor.config import NotifySettings
from monitor.errors import ConfigError
from monitor.model import (
    Article,
    BlockKind,
    BlockRef,
    Change,
    ChangeKind,
    Retraction,
    RetractionReason,
    Revision,
)
from monitor.notify import (
    ALERT_KINDS,
    Alert,
    FlushStatus,
    Notifier,
    alerts_from_revisions,
    change_alert_kind,
)

pytest_plugins = ("notify_support",)

ALL_KINDS = frozenset(ALERT_KINDS)
UPDATE_BLOCK = BlockRef(id="u2", kind=BlockKind.UPDATE, label="UPDATE 3:30pm EST:")
EARLIER_BLOCK = BlockRef(id="u1", kind=BlockKind.UPDATE, label="UPDATE 1:00pm EST:")


def revision(number: int, now: datetime, *changes: Change, retractions: int = 0) -> Revision:
    walk_backs = tuple(
        Retraction(
            reason=RetractionReason.CONTRADICTION,
            update=UPDATE_BLOCK,
            target=EARLIER_BLOCK,
            claim="Officials confirmed the dam had failed.",
            evidence="Officials now say the dam is holding, denying earlier reports.",
            cue="denying",
        )
        for _ in range(retractions)
    )
    return Revision(
        number=number,
        fetched_at=now,
        content_hash=f"1:{number:032x}",
        article=Article(title="Dam story", paragraphs=("Body.",)),
        changes=changes,
        retractions=walk_backs,
    )


def update_added(text: str = "Rescue crews reached the village.") -> Change:
    return Change(ChangeKind.UPDATE_ADDED, block=UPDATE_BLOCK, text=text)


# --------------------------------------------------------------------------------------------
# Pure classification

KIND_TABLE = [
    (update_added(), "update_added"),
    (Change(ChangeKind.PARAGRAPH_EDITED, text="12 dead", previous_text="10 dead", silent=True),
     "silent_edit"),
    (Change(ChangeKind.TITLE_CHANGED, text="Dam holds", previous_text="Dam fails"),
     "title_changed"),
    (Change(ChangeKind.TITLE_CHANGED, text="Dam holds", previous_text="Dam fails", silent=True),
     "silent_edit"),
    (Change(ChangeKind.PARAGRAPH_ADDED, text="A new paragraph."), "edit"),
    (Change(ChangeKind.UPDATE_REMOVED, block=EARLIER_BLOCK, previous_text="Old."), "edit"),
    (Change(ChangeKind.TEXT_STRUCK, text="struck words"), "edit"),
    (Change(ChangeKind.PARAGRAPH_EDITED, text="“Hi”", previous_text='"Hi"', substantive=False),
     None),
    (Change(ChangeKind.TITLE_CHANGED, text="Dam  holds", previous_text="Dam holds",
            substantive=False, silent=True), None),
]  # fmt: skip


@pytest.mark.parametrize(("change", "expected"), KIND_TABLE)
def test_change_alert_kind(change: Change, expected: str | None) -> None:
    assert change_alert_kind(change) == expected


def test_alerts_from_revisions_classifies_and_numbers(now: datetime) -> None:
    revisions = [
        revision(2, now, update_added(), Change(ChangeKind.PARAGRAPH_ADDED, text="More.")),
        revision(3, now, retractions=1),
    ]
    alerts = alerts_from_revisions("https://example.org/a", "Dam story", revisions, ALL_KINDS)
    assert [(a.kind, a.revision) for a in alerts] == [
        ("update_added", 2),
        ("edit", 2),
        ("retraction", 3),
    ]
    assert "Rescue crews reached the village." in alerts[0].summary
    assert "UPDATE 3:30pm EST:" in alerts[0].summary
    assert "denying earlier reports" in alerts[2].summary
    assert "the dam had failed" in alerts[2].summary
    assert {a.article_title for a in alerts} == {"Dam story"}


def test_alerts_from_revisions_filters_kinds(now: datetime) -> None:
    revisions = [revision(2, now, update_added(), retractions=1)]
    alerts = alerts_from_revisions("https://example.org/a", "Dam", revisions, {"retraction"})
    assert [a.kind for a in alerts] == ["retraction"]


def test_hostile_page_text_is_sanitised(now: datetime) -> None:
    hostile = "Evil\x1b]0;pwned\x07 \x1b[31mred\x1b[0m\u202etxt.exe\n\nsecond\x00line " + "x" * 500
    change = Change(ChangeKind.PARAGRAPH_EDITED, text=hostile, previous_text="calm", silent=True)
    revisions = [revision(2, now, change, update_added(hostile))]
    alerts = alerts_from_revisions("https://example.org/a", hostile, revisions, ALL_KINDS)
    assert len(alerts) == 2
    for alert in alerts:
        for text in (alert.summary, alert.article_title):
            assert not any(ch in text for ch in "\x1b\x07\x00\u202e\n\r")
            assert "pwned" not in text
            assert len(text) < 400  # page text is quoted in bounded length
        assert "Evil red" in alert.summary


# --------------------------------------------------------------------------------------------
# Delivery


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(now: datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as shared:
        yield shared


def two_articles(now: datetime) -> list[Alert]:
    first = alerts_from_revisions(
        "https://example.org/dam", "Dam story", [revision(4, now, update_added())], ALL_KINDS
    )
    second = alerts_from_revisions(
        "https://example.net/fire",
        "Fire story",
        [revision(7, now, update_added("Evacuations ordered."), retractions=1)],
        ALL_KINDS,
    )
    return first + second


@pytest.mark.anyio
async def test_one_cycle_two_articles_is_one_post(
    webhook_receiver: WebhookReceiver, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    settings = NotifySettings(webhook=webhook_receiver.url)
    notifier = Notifier(settings, client=client, clock=clock)
    alerts = two_articles(clock.now)
    notifier.add(alerts[:1])
    notifier.add(alerts[1:])

    result = await notifier.flush(payload={"articles": 2})

    assert result.status is FlushStatus.SENT and result.alerts == 3 and result.error is None
    assert len(webhook_receiver.posts) == 1
    post = webhook_receiver.posts[0]
    assert post.path == "/hook" and post.content_type == "application/json"
    body = post.body
    assert body["schema_version"] == 1
    assert datetime.fromisoformat(body["generated_at"]) == clock.now
    assert body["digest"] == {"articles": 2}
    urls = {alert["article_url"] for alert in body["alerts"]}
    assert urls == {"https://example.org/dam", "https://example.net/fire"}
    assert [a["kind"] for a in body["alerts"]] == ["update_added", "update_added", "retraction"]
    assert notifier.pending == 0
    assert (await notifier.flush()).status is FlushStatus.EMPTY
    assert len(webhook_receiver.posts) == 1


@pytest.mark.anyio
async def test_kinds_setting_keeps_only_retractions(
    webhook_receiver: WebhookReceiver, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    settings = NotifySettings(webhook=webhook_receiver.url, kinds=("retraction",))
    notifier = Notifier(settings, client=client, clock=clock)
    notifier.add(two_articles(clock.now))

    result = await notifier.flush()

    assert result.status is FlushStatus.SENT and result.alerts == 1
    (body,) = webhook_receiver.bodies()
    assert [a["kind"] for a in body["alerts"]] == ["retraction"]


@pytest.mark.anyio
async def test_rate_limit_holds_alerts_for_the_next_allowed_flush(
    webhook_receiver: WebhookReceiver, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    settings = NotifySettings(webhook=webhook_receiver.url, min_interval_s=300)
    notifier = Notifier(settings, client=client, clock=clock)
    first, *later = two_articles(clock.now)
    notifier.add([first])
    assert (await notifier.flush()).status is FlushStatus.SENT

    clock.advance(60)
    notifier.add(later)
    held = await notifier.flush()
    assert held.status is FlushStatus.RATE_LIMITED
    assert held.alerts == len(later)
    assert held.retry_at == clock.now + timedelta(seconds=240)
    assert len(webhook_receiver.posts) == 1

    clock.advance(240)
    sent = await notifier.flush()
    assert sent.status is FlushStatus.SENT and sent.alerts == len(later)
    bodies = webhook_receiver.bodies()
    assert len(bodies) == 2
    assert [a["summary"] for a in bodies[1]["alerts"]] == [a.summary for a in later]


@pytest.mark.anyio
async def test_alerts_queued_while_a_message_is_in_flight_go_out_next_cycle(
    clock: FakeClock,
) -> None:
    first, *later = two_articles(clock.now)
    received: list[list[str]] = []

    async def endpoint(request: httpx.Request) -> httpx.Response:
        received.append([a["summary"] for a in json.loads(request.content)["alerts"]])
        if len(received) == 1:
            notifier.add(later)  # a poll finishing while the webhook call is awaited
        return httpx.Response(204)

    settings = NotifySettings(webhook="http://hooks.invalid/hook", min_interval_s=60)
    async with httpx.AsyncClient(transport=httpx.MockTransport(endpoint)) as client:
        notifier = Notifier(settings, client=client, clock=clock)
        notifier.add([first])
        assert (await notifier.flush()).status is FlushStatus.SENT
        assert notifier.pending == len(later), "alerts added mid-send must not be cleared"
        clock.advance(60)
        assert (await notifier.flush()).status is FlushStatus.SENT
    assert received == [[first.summary], [a.summary for a in later]]
    assert notifier.pending == 0


@pytest.mark.anyio
async def test_a_restarted_notifier_keeps_the_rate_limit_window(
    webhook_receiver: WebhookReceiver, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    settings = NotifySettings(webhook=webhook_receiver.url, min_interval_s=300)
    before_restart = clock.now - timedelta(seconds=100)
    notifier = Notifier(settings, client=client, clock=clock, last_attempt_at=before_restart)
    notifier.add(two_articles(clock.now))
    held = await notifier.flush()
    assert held.status is FlushStatus.RATE_LIMITED
    assert held.retry_at == before_restart + timedelta(seconds=300)
    assert webhook_receiver.posts == []
    clock.advance(200)
    assert (await notifier.flush()).status is FlushStatus.SENT
    assert notifier.last_attempt_at == clock.now


@pytest.mark.anyio
async def test_webhook_500_is_a_failed_result_and_alerts_wait(
    webhook_receiver: WebhookReceiver, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    webhook_receiver.status = 500
    notifier = Notifier(NotifySettings(webhook=webhook_receiver.url), client=client, clock=clock)
    notifier.add(two_articles(clock.now))

    failed = await notifier.flush()

    assert failed.status is FlushStatus.FAILED
    assert failed.error is not None and "HTTP 500" in failed.error
    assert "/hook" not in failed.error  # only the host is named: paths may carry tokens
    assert notifier.pending == 3

    webhook_receiver.status = 204
    clock.advance(NotifySettings().min_interval_s)
    retried = await notifier.flush()
    assert retried.status is FlushStatus.SENT and retried.alerts == 3
    assert len(webhook_receiver.posts) == 2


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.anyio
async def test_unreachable_webhook_without_shared_client(clock: FakeClock) -> None:
    settings = NotifySettings(webhook=f"http://127.0.0.1:{closed_port()}/hook")
    notifier = Notifier(settings, clock=clock)
    notifier.add(two_articles(clock.now))

    result = await notifier.flush()

    assert result.status is FlushStatus.FAILED
    assert result.error is not None and "could not be reached" in result.error


@pytest.mark.anyio
async def test_own_client_when_none_is_shared(
    webhook_receiver: WebhookReceiver, clock: FakeClock
) -> None:
    notifier = Notifier(NotifySettings(webhook=webhook_receiver.url), clock=clock)
    notifier.add(two_articles(clock.now))
    assert (await notifier.flush()).status is FlushStatus.SENT
    assert len(webhook_receiver.posts) == 1


@pytest.mark.anyio
async def test_apprise_json_and_memory_targets_get_one_message_each(
    webhook_receiver: WebhookReceiver,
    memory_target: list[tuple[str, str]],
    clock: FakeClock,
) -> None:
    urls = (f"json://127.0.0.1:{webhook_receiver.port}/apprise", f"{MEMORY_SCHEMA}://")
    notifier = Notifier(NotifySettings(urls=urls), clock=clock)
    notifier.add(two_articles(clock.now))

    result = await notifier.flush()

    assert result.status is FlushStatus.SENT and result.alerts == 3
    (post,) = webhook_receiver.posts
    assert post.path == "/apprise"
    [(title, body)] = memory_target
    assert post.body["title"] == title == "monitor: 3 alerts in 2 articles"
    assert post.body["message"] == body
    assert "Dam story" in body and "Fire story" in body
    assert body.count("[update_added]") == 2 and body.count("[retraction]") == 1


class BlockingOnlyApprise:
    """Real apprise behind only the blocking API, as apprise versions without async_notify."""

    def __init__(self) -> None:
        self._inner = apprise.Apprise()

    def add(self, url: str) -> bool:
        return bool(self._inner.add(url))

    def notify(self, **kwargs: Any) -> bool:
        return bool(self._inner.notify(**kwargs))


@pytest.mark.anyio
async def test_apprise_blocking_api_runs_in_a_thread(
    memory_target: list[tuple[str, str]], clock: FakeClock
) -> None:
    settings = NotifySettings(urls=(f"{MEMORY_SCHEMA}://",))
    notifier = Notifier(settings, clock=clock, apprise_factory=BlockingOnlyApprise)
    notifier.add(two_articles(clock.now))
    assert (await notifier.flush()).status is FlushStatus.SENT
    assert len(memory_target) == 1


@pytest.mark.anyio
async def test_apprise_failure_is_reported_not_raised(
    webhook_receiver: WebhookReceiver, clock: FakeClock
) -> None:
    webhook_receiver.status = 503
    urls = (f"json://127.0.0.1:{webhook_receiver.port}/apprise",)
    notifier = Notifier(NotifySettings(urls=urls), clock=clock)
    notifier.add(two_articles(clock.now))

    result = await notifier.flush()

    assert result.status is FlushStatus.FAILED
    assert result.error is not None and "apprise" in result.error
    assert notifier.pending == 3


@pytest.mark.anyio
async def test_one_channel_failing_still_counts_as_sent(
    webhook_receiver: WebhookReceiver,
    memory_target: list[tuple[str, str]],
    client: httpx.AsyncClient,
    clock: FakeClock,
) -> None:
    webhook_receiver.status = 500
    settings = NotifySettings(urls=(f"{MEMORY_SCHEMA}://",), webhook=webhook_receiver.url)
    notifier = Notifier(settings, client=client, clock=clock)
    notifier.add(two_articles(clock.now))

    result = await notifier.flush()

    assert result.status is FlushStatus.SENT
    assert result.error is not None and "HTTP 500" in result.error
    assert len(memory_target) == 1 and notifier.pending == 0


def test_apprise_missing_is_a_config_error(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    monkeypatch.setitem(sys.modules, "apprise", None)  # makes `import apprise` fail
    with pytest.raises(ConfigError) as caught:
        Notifier(NotifySettings(urls=("json://127.0.0.1/x",)), clock=clock)
    assert str(caught.value) == "notify.urls needs apprise: pip install 'monitor[notify]'"


def test_unknown_apprise_url_names_the_key_not_the_secret(clock: FakeClock) -> None:
    with pytest.raises(ConfigError) as caught:
        Notifier(NotifySettings(urls=("nosuchscheme://user:s3cret@host",)), clock=clock)
    assert str(caught.value).startswith("notify.urls[0]: ")
    assert "s3cret" not in str(caught.value)


@pytest.mark.anyio
async def test_no_channels_means_nothing_is_queued(clock: FakeClock) -> None:
    notifier = Notifier(NotifySettings(), clock=clock)
    notifier.add(two_articles(clock.now))
    assert not notifier.enabled and notifier.pending == 0
    assert (await notifier.flush()).status is FlushStatus.EMPTY


@pytest.mark.anyio
async def test_hostile_text_never_reaches_a_receiver(
    webhook_receiver: WebhookReceiver,
    memory_target: list[tuple[str, str]],
    client: httpx.AsyncClient,
    clock: FakeClock,
) -> None:
    hostile = "\x1b[2J\x1b]8;;http://evil.example\x07click\x1b]8;;\x07 \u202eevil\u202c"
    settings = NotifySettings(urls=(f"{MEMORY_SCHEMA}://",), webhook=webhook_receiver.url)
    notifier = Notifier(settings, client=client, clock=clock)
    revisions = [revision(2, clock.now, update_added(hostile))]
    notifier.add(alerts_from_revisions("https://example.org/a", hostile, revisions, ALL_KINDS))

    assert (await notifier.flush()).status is FlushStatus.SENT

    (body,) = webhook_receiver.bodies()
    delivered = [body["alerts"][0]["summary"], body["alerts"][0]["article_title"]]
    delivered += list(memory_target[0])
    for text in delivered:
        assert not any(ch in text for ch in "\x1b\x07\u202e\u202c")
        assert "evil.example" not in text
    assert "click" in body["alerts"][0]["summary"]


@pytest.mark.anyio
async def test_queue_is_bounded_and_reports_what_it_dropped(
    webhook_receiver: WebhookReceiver, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    from monitor.notify import MAX_QUEUED_ALERTS

    notifier = Notifier(NotifySettings(webhook=webhook_receiver.url), client=client, clock=clock)

    def make(n: int) -> Alert:
        return Alert("update_added", "https://example.org/a", "A", f"Update {n}.", n)

    notifier.add(make(n) for n in range(MAX_QUEUED_ALERTS + 25))
    notifier.add([make(MAX_QUEUED_ALERTS)])  # a duplicate is one alert, not two
    assert notifier.pending == MAX_QUEUED_ALERTS

    assert (await notifier.flush()).status is FlushStatus.SENT
    (body,) = webhook_receiver.bodies()
    assert body["dropped"] == 25
    assert body["alerts"][0]["revision"] == 25  # the oldest went first


def test_alert_is_a_frozen_value() -> None:
    alert = Alert("edit", "https://example.org/a", "A", "Changed.", 2)
    assert replace(alert, revision=3) != alert
    with pytest.raises(AttributeError):
        alert.revision = 4  # type: ignore[misc]
