"""One article, one poll: fetch → extract → decide → store.apply.

``decide`` is pure: given what the store knows and what was just fetched, it returns a ``Plan``
(new revision or none, its changes and retractions, the next poll time). ``poll_article`` is the
thin async edge that gathers the inputs, calls ``decide`` and hands the plan to the store in one
transaction. A failure of one article becomes a Plan with outcome ERROR: it is stored and shown,
and never escapes to stop the other articles.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

import httpx

from monitor._clock import utcnow
from monitor._jsonio import stable_hash
from monitor._text import one_line
from monitor.config import ArticleConfig, Config, SiteRules
from monitor.errors import ConfigError, ExtractError, FetchError, HTTPStatusFailure, MonitorError
from monitor.fetch import HostLimiter, exact_utf8, fetch
from monitor.flicker import EDITS_REMEMBERED, same_lines
from monitor.model import (
    REMOVALS,
    SHIFTS,
    Article,
    Change,
    FailureInfo,
    LostLine,
    NotModified,
    Plan,
    PollOutcome,
    Revision,
    Snapshot,
    Validators,
)
from monitor.schedule import next_poll_at
from monitor.sitewide import differing, is_short
from monitor.store import PollState, Store

if TYPE_CHECKING:  # the classifier is imported only when an article changed (start-up cost)
    from monitor.classify import ContradictionDetector

log = logging.getLogger("monitor.poll")

# How long a finished poll may wait in the store's queue before it is written.
_COMMIT_EVERY_S = 0.5


@dataclass(frozen=True, slots=True)
class PollInputs:
    """What the store knows about one article before a poll: all of decide's prior state.

    ``previous`` (the latest revision's Article) and ``known_hashes`` are loaded only when the
    fetched content differs from the latest revision: most polls never need them.
    ``site_counts`` says, for the short paragraphs that differ from ``previous``
    (``monitor.sitewide``), how many other articles of the site showed each before this fetch
    (only those two or more did); it is read only when there are such paragraphs.
    ``gone_before`` holds the short paragraphs and blocks that came, went or moved since
    ``previous`` (``came_went_or_moved``) and are the same line as one an earlier revision of
    this article reported removed, or an edit or a move lately shifted (``monitor.flicker``):
    lines and boxes that flicker, meters that tick, notices that hop between paragraphs.
    """

    state: PollState | None
    previous: Article | None = None
    known_hashes: Mapping[str, int] = field(default_factory=dict)
    site_counts: Mapping[str, int] = field(default_factory=dict)
    gone_before: frozenset[str] = frozenset()

    @property
    def latest_number(self) -> int:
        return self.state.latest_number if self.state is not None else 0


def _plan(
    inputs: PollInputs,
    article_cfg: ArticleConfig,
    outcome: PollOutcome,
    *,
    now: datetime,
    jitter: float,
    is_live: bool,
    retry_after_s: float | None = None,
    **fields: Any,
) -> Plan:
    """A Plan for ``outcome`` with its next poll time; ``fields`` are the outcome's own data."""
    state = inputs.state
    changed = outcome in (PollOutcome.FIRST, PollOutcome.CHANGED)
    error = outcome is PollOutcome.ERROR
    timing = next_poll_at(
        now=now,
        outcome=outcome,
        cadence=article_cfg.cadence,
        previous_interval_s=state.interval_s if state else None,
        last_change_at=now if changed else (state.last_change_at if state else None),
        first_seen_at=(state.first_seen_at if state and state.first_seen_at else now),
        is_live=is_live,
        error_streak=((state.error_streak if state else 0) + 1) if error else 0,
        retry_after_s=retry_after_s,
        jitter=jitter,
    )
    return Plan(
        url=article_cfg.url,
        outcome=outcome,
        polled_at=now,
        next_poll_at=timing.next_poll_at or now,
        interval_s=timing.interval_s,
        stopped=timing.next_poll_at is None,
        **fields,
    )


def decide(
    inputs: PollInputs,
    article_cfg: ArticleConfig,
    snapshot: Snapshot,
    article: Article,
    *,
    now: datetime,
    jitter: float,
    content_hash: str | None = None,
    detector: ContradictionDetector | None = None,
) -> Plan:
    """Turn a freshly extracted article into a plan. Pure: no clock, network or database.
    ``detector`` judges walk-backs (None: the built-in ClaimDetector)."""
    content_hash = content_hash or stable_hash(article)
    state = inputs.state
    revision: Revision | None = None
    reverted_to: int | None = None
    furniture_lost: tuple[LostLine, ...] = ()
    if state is not None and state.latest_hash == content_hash:
        outcome = PollOutcome.UNCHANGED
    elif inputs.latest_number and content_hash in inputs.known_hashes:
        # A copy we have seen before (a CDN node out of sync, or a rollback): recorded as a
        # revert, never as new news, so an A/B/A/B server cannot flood the history.
        outcome = PollOutcome.REVERTED
        reverted_to = inputs.known_hashes[content_hash]
    elif inputs.previous is None:
        outcome = PollOutcome.FIRST
        revision = Revision(inputs.latest_number + 1, snapshot.fetched_at, content_hash, article)
    else:
        # Imported here: only a changed article is diffed, and a first pass never needs them
        # (importing both costs ~16 ms of start-up).
        from monitor.classify import (
            classify_changes,
            drop_comebacks,
            drop_off_topic,
            drop_rotations,
            drop_site_templates,
            find_retractions,
        )
        from monitor.diff import diff_articles

        found = diff_articles(inputs.previous, article)
        raw_changes = drop_rotations(inputs.previous, article, found)
        raw_changes = drop_off_topic(inputs.previous, article, raw_changes)
        raw_changes = drop_site_templates(raw_changes, inputs.site_counts)
        raw_changes = drop_comebacks(raw_changes, inputs.gone_before)
        if found and not raw_changes:
            # Only furniture differs: rotating teasers, widget readings, off-topic lines, site
            # templates, lines that came back after they went.
            outcome = PollOutcome.UNCHANGED
        else:
            outcome = PollOutcome.CHANGED
            changes = classify_changes(inputs.previous, article, raw_changes)
            retractions = find_retractions(inputs.previous, article, changes, detector=detector)
            revision = Revision(
                inputs.latest_number + 1,
                snapshot.fetched_at,
                content_hash,
                article,
                changes,
                retractions,
            )
            furniture_lost = lost_unreported(found, raw_changes)
    return _plan(
        inputs,
        article_cfg,
        outcome,
        now=now,
        jitter=jitter,
        is_live=article.is_live,
        revision=revision,
        reverted_to=reverted_to,
        snapshot=snapshot if revision is not None else None,
        validators=snapshot.validators,
        elapsed_ms=snapshot.elapsed_ms,
        furniture_lost=furniture_lost,
    )


def lost_unreported(found: Sequence[Change], reported: Sequence[Change]) -> tuple[LostLine, ...]:
    """The short lines ``found`` lost (removed, or replaced by an edit) that no change in
    ``reported`` says went: the furniture a new revision lost, remembered like a reported loss
    so that its coming back or going again is not news either."""
    kept = {(c.kind, c.previous_text) for c in reported}
    return lines_lost(c for c in found if (c.kind, c.previous_text) not in kept)


def lines_lost(changes: Iterable[Change]) -> tuple[LostLine, ...]:
    """The short lines ``changes`` lose: removed, or replaced by an edit or moved elsewhere
    (``Store.lost_lines`` reads the same of stored changes)."""
    lost = []
    for change in changes:
        text = change.previous_text
        if not text or not is_short(text):
            continue
        if change.kind in REMOVALS:
            lost.append(LostLine(text, replaced=False))
        elif change.kind in SHIFTS:
            lost.append(LostLine(text, replaced=True))
    return tuple(lost)


def decide_not_modified(
    inputs: PollInputs,
    article_cfg: ArticleConfig,
    result: NotModified,
    *,
    now: datetime,
    jitter: float,
) -> Plan:
    return _plan(
        inputs,
        article_cfg,
        PollOutcome.NOT_MODIFIED,
        now=now,
        jitter=jitter,
        is_live=inputs.state.is_live if inputs.state else False,
        validators=result.validators,
        elapsed_ms=result.elapsed_ms,
    )


def decide_failure(
    inputs: PollInputs,
    article_cfg: ArticleConfig,
    error: MonitorError,
    validators: Validators,
    *,
    now: datetime,
    jitter: float,
    elapsed_ms: float,
) -> Plan:
    retry_after = error.retry_after if isinstance(error, HTTPStatusFailure) else None
    failure = FailureInfo(
        kind=type(error).__name__,
        message=str(error),
        transient=error.transient,
        retry_after_s=retry_after,
    )
    return _plan(
        inputs,
        article_cfg,
        PollOutcome.ERROR,
        now=now,
        jitter=jitter,
        is_live=inputs.state.is_live if inputs.state else False,
        retry_after_s=retry_after,
        validators=validators,  # keep what we had: a failure teaches us nothing
        failure=failure,
        elapsed_ms=elapsed_ms,
    )


# ---------------------------------------------------------------------------------------------
# The edge: gather inputs, fetch, extract, decide, apply.


@dataclass
class PollContext:
    """Everything a poll needs from the outside world, built once by the daemon or `check`."""

    config: Config
    store: Store
    client: httpx.AsyncClient
    limiter: HostLimiter
    clock: Callable[[], datetime]
    rng: Callable[[], float] = field(default=random.random)
    sleep: Callable[[float], object] = field(default=asyncio.sleep)
    detector: ContradictionDetector | None = None  # see load_detector


async def poll_article(ctx: PollContext, article_cfg: ArticleConfig) -> Plan:
    """Poll one article and store the outcome. Never raises MonitorError: failures are plans."""
    url = article_cfg.url
    started = time.perf_counter()
    state = ctx.store.poll_state(url)
    inputs = PollInputs(state)
    validators = state.validators if state is not None and state.latest_number else Validators()
    try:
        result = await fetch(
            ctx.client,
            url,
            validators,
            settings=ctx.config.fetch,
            limiter=ctx.limiter,
            now=ctx.clock,
            rng=ctx.rng,
        )
        now = ctx.clock()
        if isinstance(result, NotModified):
            plan = decide_not_modified(inputs, article_cfg, result, now=now, jitter=ctx.rng())
        else:
            plan = _decide_fetched(ctx, article_cfg, inputs, result, now)
    except (FetchError, ExtractError) as error:
        elapsed = (time.perf_counter() - started) * 1000
        plan = decide_failure(
            inputs,
            article_cfg,
            error,
            validators,
            now=ctx.clock(),
            jitter=ctx.rng(),
            elapsed_ms=elapsed,
        )
    ctx.store.apply(plan)
    _log_outcome(plan, (time.perf_counter() - started) * 1000)
    return plan


def _decide_fetched(
    ctx: PollContext,
    article_cfg: ArticleConfig,
    inputs: PollInputs,
    snapshot: Snapshot,
    now: datetime,
) -> Plan:
    article, content_hash = extract_snapshot(snapshot, ctx.config.rules_for(article_cfg))
    state = inputs.state
    if state is not None and state.latest_number and state.latest_hash != content_hash:
        url = article_cfg.url
        previous = ctx.store.latest_article(url)
        inputs = PollInputs(
            state,
            previous=previous,
            known_hashes=ctx.store.known_hashes(url),
            site_counts=site_counts(ctx.store, url, previous, article, snapshot.fetched_at),
            gone_before=gone_before(ctx.store, url, previous, article, snapshot.fetched_at),
        )
    return decide(
        inputs,
        article_cfg,
        snapshot,
        article,
        now=now,
        jitter=ctx.rng(),
        content_hash=content_hash,
        detector=ctx.detector,
    )


def load_detector(config: Config) -> ContradictionDetector | None:
    """The walk-back detector ``walkbacks.detector`` names ("package.module:Class"), made with
    no arguments; None for the built-in one. Raises ConfigError when it cannot be loaded."""
    spec = config.walkback_detector
    if spec is None:
        return None
    module_name, _, attribute = spec.partition(":")
    subject = "walkbacks.detector"
    try:
        factory = getattr(importlib.import_module(module_name), attribute)
    except ImportError as exc:
        raise ConfigError(f"cannot import {module_name!r} ({exc})", subject=subject) from exc
    except AttributeError as exc:
        raise ConfigError(f"{module_name!r} has no {attribute!r}", subject=subject) from exc
    detector = factory()
    if not callable(getattr(detector, "score", None)):
        raise ConfigError(f"{spec} has no score(earlier, later) method", subject=subject)
    return cast("ContradictionDetector", detector)


def site_counts(
    store: Store, url: str, previous: Article | None, article: Article, fetched_at: datetime
) -> Mapping[str, int]:
    """What the store knows of the site's other articles about the short paragraphs that differ
    between ``previous`` and ``article``: no query when none do."""
    if previous is None:
        return {}
    texts = differing(previous, article)
    if not texts:
        return {}
    return store.site_paragraph_counts(url, texts, before=fetched_at)


def came_went_or_moved(previous: Article, article: Article) -> frozenset[str]:
    """The short paragraphs (body or block) and short blocks only one of ``previous`` and
    ``article`` shows, and the short body paragraphs both show that moved: the paragraph before
    them, among those both show, is another."""
    return frozenset(_short_texts(previous) ^ _short_texts(article)) | _moved(previous, article)


def _moved(previous: Article, article: Article) -> frozenset[str]:
    before, after = previous.paragraphs, article.paragraphs
    if before == after:
        return frozenset()
    shared = set(before) & set(after)
    was, now = _predecessor_of(before, shared), _predecessor_of(after, shared)
    return frozenset(text for text, prior in now.items() if is_short(text) and was[text] != prior)


def _predecessor_of(paragraphs: tuple[str, ...], shared: set[str]) -> dict[str, str | None]:
    """For each paragraph in ``shared``, the one of ``shared`` before it (None for the first)."""
    before: dict[str, str | None] = {}
    prior: str | None = None
    for paragraph in paragraphs:
        if paragraph in shared:
            before[paragraph] = prior
            prior = paragraph
    return before


def _short_texts(article: Article) -> set[str]:
    shown = {p for p in article.paragraphs if is_short(p)}
    for block in article.blocks:
        shown.update(p for p in (block.text, *block.paragraphs) if is_short(p))
    return shown


def gone_before(
    store: Store, url: str, previous: Article | None, article: Article, fetched_at: datetime
) -> frozenset[str]:
    """The paragraphs and blocks that came, went or moved since ``previous`` and are the same
    line as one an earlier revision reported removed, or an edit replaced or a move shifted
    within ``flicker.EDITS_REMEMBERED`` of ``fetched_at``: no query when nothing short came,
    went or moved."""
    if previous is None:
        return frozenset()
    texts = came_went_or_moved(previous, article)
    if not texts:
        return frozenset()
    return same_lines(texts, store.lost_lines(url, edited_since=fetched_at - EDITS_REMEMBERED))


def extract_snapshot(snapshot: Snapshot, rules: SiteRules | None) -> tuple[Article, str]:
    """The Article on a fetched page and its content hash (raises ExtractError)."""
    # Imported here, not at the top: a pass where every answer is a 304 never pays for them.
    from monitor.extract import extract_article

    article = extract_article(
        snapshot.html,
        url=snapshot.url,
        fetched_at=snapshot.fetched_at,
        rules=rules,
        utf8=exact_utf8(snapshot.body, snapshot.encoding),
    )
    return article, stable_hash(article)


def _log_outcome(plan: Plan, total_ms: float) -> None:
    # Transient errors are expected on a flaky site: logged at INFO, they never page anyone.
    failure = plan.failure
    level = logging.WARNING if failure is not None and not failure.transient else logging.INFO
    if not log.isEnabledFor(level):
        return  # the common case in `check`: build nothing
    fields: dict[str, object] = {
        "article": plan.url,
        "outcome": plan.outcome.value,
        "ms": round(total_ms, 1),
    }
    if plan.revision is not None:
        fields["revision"] = plan.revision.number
        fields["changes"] = len(plan.revision.changes)
        fields["retractions"] = len(plan.revision.retractions)
    if plan.reverted_to is not None:
        fields["reverted_to"] = plan.reverted_to
    if failure is not None:
        fields["error"] = failure.message
    log.log(level, "%s %s", plan.outcome.value, plan.url, extra={"fields": fields})


@dataclass(frozen=True, slots=True)
class PollSummary:
    """What a pass remembers of one poll: small, so a pass over 10,000 articles stays small."""

    url: str
    outcome: PollOutcome
    revision: int | None = None
    failure: str | None = None

    @classmethod
    def of(cls, plan: Plan) -> PollSummary:
        return cls(
            plan.url,
            plan.outcome,
            plan.revision.number if plan.revision else None,
            plan.failure.message if plan.failure else None,
        )


async def poll_all(
    ctx: PollContext,
    articles: Sequence[ArticleConfig],
    *,
    on_done: Callable[[Plan], None] | None = None,
) -> list[PollSummary]:
    """One pass over ``articles``, ``fetch.concurrency`` requests at a time (the limiter keeps
    it polite), with one worker more than that.

    A fixed pool of workers (not one task per article) bounds memory: at most ``concurrency`` + 1
    pages, articles and plans are alive at once, however many articles are configured.

    Why one more: a poll gives its fetch slot back once it has its page, and then extracts and
    decides without yielding, so at any moment one worker holds no slot. With exactly
    ``concurrency`` workers that slot stays idle; the spare worker takes it (the daemon, which
    runs each due poll as its own task, always had such spares). The freed slots are taken when
    the loop next runs, so requests go out in bursts rather than one after each extraction. In
    the benchmark, whose site runs on the same machine, that cuts what sending costs: a request
    that finds the server idle pays to wake it (~55 µs of our CPU per send, against ~7 in a
    burst); measured over 2,000-article passes, CPU per URL −7 % in a first pass and −6 %
    in a changed one (bench/RESULTS.md). Against remote sites a send costs only the local
    network stack either way, and what remains is the busier slots.
    """
    queue = iter(articles)
    summaries: list[PollSummary] = []

    async def worker() -> None:
        for article_cfg in queue:
            plan = await poll_article(ctx, article_cfg)
            summaries.append(PollSummary.of(plan))
            if on_done is not None:
                on_done(plan)

    workers = max(1, min(ctx.config.fetch.concurrency + 1, len(articles)))
    await asyncio.gather(*(worker() for _ in range(workers)))
    return summaries


async def run_check(
    config: Config, *, progress: bool = False, clock: Callable[[], datetime] | None = None
) -> str:
    """``monitor check``: one polling pass over every configured article; returns a summary."""
    from monitor.fetch import build_client

    clock = clock or utcnow
    with Store.open(config.database, keep_poll_states=False) as store:  # one poll per article
        if not config.articles:
            return (
                f"No articles configured; add one with `monitor add URL` (config: {config.path})."
            )
        store.acquire_daemon_lock()
        async with build_client(config.fetch) as client:
            limiter = HostLimiter(
                per_host=config.fetch.per_host_concurrency,
                min_delay_s=config.fetch.per_host_delay_s,
                global_limit=config.fetch.concurrency,
            )
            ctx = PollContext(
                config=config,
                store=store,
                client=client,
                limiter=limiter,
                clock=clock,
                detector=load_detector(config),
            )
            async with polls_grouped(store):
                if progress and len(config.articles) > 1:
                    plans = await _poll_with_progress(ctx, config.articles)
                else:
                    plans = await poll_all(ctx, config.articles)
        duplicates = store.same_articles()
    return summarize(plans, duplicates)


@contextlib.asynccontextmanager
async def polls_grouped(
    store: Store, *, on_written: Callable[[list[Plan]], None] | None = None
) -> AsyncIterator[None]:
    """Polls are queued and written together (``Store.grouping_polls``), on a timer and every
    few hundred; the caller may write the queue sooner (``Store.commit_grouped_polls``).

    A commit was most of what a 304 poll cost: 2,000 304s took 590 ms of CPU with one commit
    each, 450 ms grouped. The timer bounds how long a poll waits unwritten, and so how much a
    kill can lose: the polls of the last half second, fetched again next time.
    """

    async def commit_on_timer() -> None:
        while True:
            await asyncio.sleep(_COMMIT_EVERY_S)
            try:
                store.commit_grouped_polls()
            except MonitorError as error:
                log.error("%s", one_line(str(error)))

    with store.grouping_polls(on_written=on_written):
        timer = asyncio.create_task(commit_on_timer())
        try:
            yield
        finally:
            timer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await timer


async def _poll_with_progress(
    ctx: PollContext, articles: Sequence[ArticleConfig]
) -> list[PollSummary]:
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("Polling", total=len(articles))
        return await poll_all(ctx, articles, on_done=lambda _plan: bar.advance(task))


def summarize(
    plans: Sequence[PollSummary], duplicates: Sequence[tuple[str, Sequence[str]]] = ()
) -> str:
    """One line of counts, one sentence per failed article, one per story tracked twice."""
    counts: dict[str, int] = {}
    for plan in plans:
        counts[plan.outcome.value] = counts.get(plan.outcome.value, 0) + 1
    order = [o.value for o in PollOutcome]
    parts = [f"{counts[k]} {k.replace('_', ' ')}" for k in order if k in counts]
    lines = [f"Polled {len(plans)} article(s): " + ", ".join(parts) + "."]
    lines += [f"  {one_line(plan.failure)}" for plan in plans if plan.failure is not None]
    for canonical, urls in duplicates:
        lines.append(
            f"  {len(urls)} configured URLs are the same article ({one_line(canonical)}): "
            f"{', '.join(one_line(u) for u in urls)}; remove all but one with `monitor remove`."
        )
    return "\n".join(lines)
