"""``monitor reextract``: an article's history derived again from its raw pages, by today's code.

monitor keeps every page it stored a revision for. When extraction, diffing or classification
improve, the histories recorded before are still what the older code made of those pages:
revisions that were only noise, updates it did not see. ``plan_rebuild`` replays an article's
pages, in fetch order, through the very functions a poll uses (``decode_body``,
``extract_article``, ``decide``), as if they had been fetched today, and returns the history
they make now; it reads nothing but its arguments. The store then swaps the derived history for
it in one transaction per article (``Store.replace_history``), keeping the pages and the polls.

An article that cannot be replayed (a page no longer extracts, retention dropped pages, a page
cannot be read) is named in one sentence and left as it was; the others go on.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor._text import one_line
from monitor.classify import ContradictionDetector
from monitor.config import ArticleConfig, Config, SiteRules
from monitor.errors import ExtractError, FetchError, MonitorError
from monitor.flicker import EDITS_REMEMBERED, same_lines
from monitor.model import Article, ChangeKind, LostLine, PollOutcome, Revision, Snapshot
from monitor.pipeline import (
    PollInputs,
    came_went_or_moved,
    decide,
    extract_snapshot,
    lines_lost,
    load_detector,
    site_counts,
)
from monitor.store import PollState, Store
from monitor.store.rebuild import StoredHistory, StoredPage

__all__ = ["ArticleOutcome", "Rebuild", "plan_rebuild", "reextract", "summarize"]


@dataclass(frozen=True, slots=True)
class Rebuild:
    """The history an article's pages make now: its revisions, and the page each came from."""

    revisions: tuple[Revision, ...]
    pages: tuple[int, ...]
    lost: tuple[tuple[LostLine, ...], ...]  # the furniture each revision lost unreported


@dataclass(frozen=True, slots=True)
class ArticleOutcome:
    """What re-extraction made of one article: a report line, or why it was left as it was."""

    short_id: str
    url: str
    before: tuple[Revision, ...] = ()
    after: tuple[Revision, ...] = ()
    failure: str | None = None  # one sentence; the article was left as it was

    @property
    def changed(self) -> bool:
        return self.failure is None and _fingerprint(self.before) != _fingerprint(self.after)


# What the site's other articles showed of the paragraphs that differ between two revisions, at
# a fetch time (``pipeline.site_counts`` over the store): the site templates a poll then knew.
SiteCounts = Callable[[Article, Article, datetime], Mapping[str, int]]


def plan_rebuild(
    article_cfg: ArticleConfig,
    rules: SiteRules | None,
    pages: Iterable[tuple[StoredPage, bytes]],
    site_counts: SiteCounts | None = None,
    *,
    detector: ContradictionDetector | None = None,
) -> Rebuild:
    """The revisions ``pages`` (each with its exact bytes, in fetch order) make under the
    current code, as polls fetching them in that order would have stored them. Pure but for
    what iterating ``pages`` and ``site_counts`` read; raises ExtractError or FetchError for a
    page that no longer decodes or extracts."""
    from monitor.fetch import decode_body

    inputs = PollInputs(None)
    revisions: list[Revision] = []
    made_by: list[int] = []
    lost_by: list[tuple[LostLine, ...]] = []
    # What the store's lost_lines reads: the lines removed so far (reported or lost as
    # furniture), and those edits replaced or moves shifted.
    removed: set[str] = set()
    replaced: list[tuple[datetime, str]] = []
    for page, body in pages:
        snapshot = _snapshot(article_cfg.url, page, body, *decode_body(body, page.content_type))
        article, content_hash = extract_snapshot(snapshot, rules)
        if inputs.previous is not None:
            since = snapshot.fetched_at - EDITS_REMEMBERED
            lost = removed.union(text for when, text in replaced if when >= since)
            gone = same_lines(came_went_or_moved(inputs.previous, article), lost)
            counts = (
                site_counts(inputs.previous, article, snapshot.fetched_at)
                if site_counts is not None
                else inputs.site_counts
            )
            inputs = dataclasses.replace(inputs, site_counts=counts, gone_before=gone)
        plan = decide(
            inputs,
            article_cfg,
            snapshot,
            article,
            now=snapshot.fetched_at,
            jitter=0.0,
            content_hash=content_hash,
            detector=detector,
        )
        if plan.outcome not in (PollOutcome.FIRST, PollOutcome.CHANGED) or not plan.revision:
            continue  # unchanged or a revert: as a poll of this page would have found it
        revisions.append(plan.revision)
        made_by.append(page.page)
        lost_by.append(plan.furniture_lost)
        for line in (*lines_lost(plan.revision.changes), *plan.furniture_lost):
            if line.replaced:
                replaced.append((plan.revision.fetched_at, line.text))
            else:
                removed.add(line.text)
        inputs = PollInputs(
            PollState(
                None, None, None, None, 0, latest_number=len(revisions), latest_hash=content_hash
            ),
            previous=article,
            known_hashes={**inputs.known_hashes, content_hash: len(revisions)},
        )
    return Rebuild(tuple(revisions), tuple(made_by), tuple(lost_by))


def _snapshot(url: str, page: StoredPage, body: bytes, html: str, encoding: str) -> Snapshot:
    return Snapshot(
        url=url,
        final_url=page.final_url or url,
        fetched_at=page.fetched_at,
        status=page.status or 200,
        body=body,
        html=html,
        encoding=encoding,
        content_type=page.content_type,
        validators=page.validators,
    )


def reextract(
    store: Store,
    config: Config | None,
    *,
    article_ref: str | None = None,
    dry_run: bool = False,
) -> list[ArticleOutcome]:
    """Re-extract every article with revisions (or just ``article_ref``), one transaction each.

    ``config`` supplies the site rules a poll would use (None: the generic extractor only).
    The caller holds the daemon lock, so no poll writes meanwhile."""
    rows = store.articles()
    short_ids = {row.url: row.short_id for row in rows}
    if article_ref is not None:
        urls = [store.resolve_article(article_ref)]
    else:
        urls = [row.url for row in rows if row.revisions]
    detector = load_detector(config) if config is not None else None
    return [
        _one(store, config, url, short_ids[url], dry_run=dry_run, detector=detector) for url in urls
    ]


def _one(
    store: Store,
    config: Config | None,
    url: str,
    sid: str,
    *,
    dry_run: bool,
    detector: ContradictionDetector | None,
) -> ArticleOutcome:
    try:
        stored = store.stored_history(url)
        refusal = _refusal(stored)
        if refusal is not None:
            return ArticleOutcome(sid, url, stored.revisions, failure=f"{sid}: {refusal}")
        article_cfg, rules = _rules(config, url)
        try:
            counts = functools.partial(site_counts, store, url)
            pages = store.raw_pages(stored)
            rebuild = plan_rebuild(article_cfg, rules, pages, counts, detector=detector)
        except (ExtractError, FetchError) as error:
            return ArticleOutcome(
                sid,
                url,
                stored.revisions,
                failure=(
                    f"{sid}: left as it was: its pages no longer extract"
                    f" ({one_line(error.message)})"
                ),
            )
        outcome = ArticleOutcome(sid, url, stored.revisions, rebuild.revisions)
        if outcome.changed and not dry_run:
            store.replace_history(stored, rebuild.revisions, rebuild.pages, rebuild.lost)
    except MonitorError as error:
        return ArticleOutcome(sid, url, failure=f"{sid}: left as it was: {one_line(str(error))}")
    return outcome


def _refusal(stored: StoredHistory) -> str | None:
    """Why this history cannot be derived again from its pages, if it cannot."""
    with_page = {page.revision for page in stored.pages}
    dropped = sum(1 for page in stored.pages if not page.kept)
    dropped += sum(1 for r in stored.revisions if r.number not in with_page)
    if not dropped:
        return None
    return (
        f"left as it was: {_count(dropped, 'raw page')} of its history no longer kept"
        " (`retention` in config.yaml), so it cannot be derived from its pages again"
    )


def _rules(config: Config | None, url: str) -> tuple[ArticleConfig, SiteRules | None]:
    if config is None:
        return ArticleConfig(url=url), None
    article_cfg = next((a for a in config.articles if a.url == url), ArticleConfig(url=url))
    return article_cfg, config.rules_for(article_cfg)


# ---------------------------------------------------------------------------------------------
# The report


def _fingerprint(revisions: Iterable[Revision]) -> tuple[object, ...]:
    return tuple((r.content_hash, r.fetched_at, r.changes, r.retractions) for r in revisions)


def describe(outcome: ArticleOutcome) -> str:
    """One line a reader can take in: "a3: 7 revisions → 5; 2 edits gone; 1 update found"."""
    if outcome.failure is not None:
        return outcome.failure
    before, after = outcome.before, outcome.after
    if not outcome.changed:
        return f"{outcome.short_id}: unchanged ({_count(len(after), 'revision')})"
    parts = [
        f"{_count(len(before), 'revision')} → {len(after)}"
        if len(before) != len(after)
        else f"{_count(len(after), 'revision')}, rewritten"
    ]
    for noun, old, new in (
        ("update", _updates(before), _updates(after)),
        ("edit", _edits(before), _edits(after)),
        ("walk-back", _walk_backs(before), _walk_backs(after)),
    ):
        if new > old:
            parts.append(f"{_count(new - old, noun)} found")
        elif new < old:
            parts.append(f"{_count(old - new, noun)} gone")
    return f"{outcome.short_id}: " + "; ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _updates(revisions: Sequence[Revision]) -> int:
    """Distinct update blocks the history ever showed."""
    return len({block.id for r in revisions for block in r.article.blocks})


def _edits(revisions: Sequence[Revision]) -> int:
    """Changes to text already there (not a new update block)."""
    return sum(1 for r in revisions for c in r.changes if c.kind is not ChangeKind.UPDATE_ADDED)


def _walk_backs(revisions: Sequence[Revision]) -> int:
    return sum(len(r.retractions) for r in revisions)


def summarize(outcomes: Sequence[ArticleOutcome], *, dry_run: bool) -> str:
    """One line per article, then a summary line."""
    lines = [describe(outcome) for outcome in outcomes]
    changed = sum(1 for o in outcomes if o.changed)
    failed = sum(1 for o in outcomes if o.failure is not None)
    same = len(outcomes) - changed - failed
    verb = "would change" if dry_run else "changed"
    summary = f"Re-extracted {_count(len(outcomes), 'article')}: {changed} {verb}, {same} unchanged"
    summary += f", {failed} left as they were." if failed else "."
    if dry_run:
        summary += " Dry run: nothing was written."
    return "\n".join([*lines, summary])
