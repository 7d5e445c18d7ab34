"""The ``monitor`` command: a thin click layer over the library.

Commands contain no error handling of their own: ``MonitorGroup.invoke`` turns any MonitorError
into one sentence on stderr and exit status 1. Anything printed that came from a fetched page goes
through the renderers in ``digest``, which sanitise it for the terminal.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import shutil
import signal
import sys
import threading
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import click

from monitor import __version__
from monitor._clock import utcnow
from monitor._text import one_line
from monitor.config import Config, load_config, parse_duration
from monitor.errors import ConfigError, MonitorError

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

DEFAULT_CONFIG = "config.yaml"
FORMATS = click.Choice(["text", "markdown", "json"])


class MonitorGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MonitorError as exc:
            raise click.ClickException(one_line(str(exc))) from None


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_CONFIG,
        envvar="MONITOR_CONFIG",
        show_default=True,
        help="The configuration file (also $MONITOR_CONFIG).",
    )(func)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Read this database instead of the one config.yaml names.",
    )(func)


def _load(config_path: Path) -> Config:
    return load_config(config_path)


def _settle_collector() -> None:
    """Tune the cyclic garbage collector for a polling process, once start-up is done.

    What is alive now (modules, classes, functions, the config) lives as long as the process:
    ``gc.freeze()`` keeps every later full collection from scanning it again. A larger
    first-generation threshold (700 → 7,000 allocations) lets a poll's short-lived objects (a
    parsed page's paragraphs, a plan) be freed by reference counting between collections rather
    than being walked in many small ones. Both are the standard library's documented knobs; only
    the cyclic collector is affected, and unreachable objects without cycles are freed as ever.
    Measured over `monitor check` passes of 2,000 articles, three runs each (bench/RESULTS.md):
    CPU −5 % in a changed pass and −8 % with no change; a first pass moved within the noise.
    """
    gc.freeze()
    gc.set_threshold(7_000, 10, 10)


def _database(config_path: Path, db_path: Path | None) -> Path:
    if db_path is not None:
        return db_path
    return _load(config_path).database


def _open_readonly(config_path: Path, db_path: Path | None) -> Any:
    from monitor.store import Store

    return Store.open(_database(config_path, db_path), readonly=True)


def _parse_since(value: str) -> datetime:
    """'2h', '30m', '1d' (ago) or an ISO date/time (local time when it has no offset)."""
    try:
        return utcnow() - timedelta(seconds=parse_duration(value, "--since"))
    except ConfigError:
        pass
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"expected a duration like '2h' or a time like '2020-01-03T18:00', got {value!r}",
            param_hint="--since",
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()  # the user's local time
    return parsed.astimezone(UTC)


def _stdout_is_tty() -> bool:
    return sys.stdout.isatty()


def _use_color() -> bool:
    return _stdout_is_tty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _width() -> int:
    return min(shutil.get_terminal_size().columns if _stdout_is_tty() else 100, 120)


def _quiet_poll_lines() -> None:
    """One-shot commands print their own summary: per-poll log lines only with -v (the daemon,
    which has no summary, keeps them)."""
    if logging.getLogger().level >= logging.INFO:
        logging.getLogger("monitor.poll").setLevel(logging.WARNING)


def _emit(text: str) -> None:
    """Print, through a pager when it is long and stdout is a terminal."""
    if _stdout_is_tty() and text.count("\n") > shutil.get_terminal_size().lines:
        click.echo_via_pager(text)
    else:
        click.echo(text, nl=not text.endswith("\n"))


@click.group(cls=MonitorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="monitor")
@click.option(
    "-v", "--verbose", count=True, help="More log output (-vv also logs each HTTP request)."
)
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors in the log.")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Log line format; json is one object per line for log shippers.",
)
def cli(verbose: int, quiet: bool, log_format: str) -> None:
    """Follow live-updating news articles and see what changed — and what was walked back.

    \b
    Quick start:
      monitor demo                 # the seed story's five versions, end to end
      monitor check                # poll every article in config.yaml once
      monitor run                  # the daemon: poll on an adaptive schedule
      monitor digest               # what changed since you last looked
    """
    from monitor._logging import setup_logging

    setup_logging(-1 if quiet else verbose, log_format)


# ---------------------------------------------------------------------------------------------
# Polling


@cli.command()
@config_option
def check(config_path: Path) -> None:
    """Poll every configured article once, store what changed, and exit.

    \b
    Example:
      monitor check --config config.yaml
    """

    from monitor.pipeline import run_check

    _quiet_poll_lines()  # the summary below lists every failure
    config = _load(config_path)
    _settle_collector()
    try:
        summary = asyncio.run(_until_terminated(run_check(config, progress=sys.stderr.isatty())))
    except asyncio.CancelledError:
        click.echo("Stopped by SIGTERM; the polls that had finished are stored.", err=True)
        sys.exit(128 + signal.SIGTERM)
    click.echo(summary)


async def _until_terminated(work: Coroutine[Any, Any, T]) -> T:
    """``work``, cancelled by SIGTERM as Ctrl-C would cancel it, so its cleanup still runs
    (``check`` commits the polls it has grouped) instead of the process dying mid-pass."""
    task = asyncio.current_task()
    assert task is not None
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, task.cancel)
    try:
        return await work
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


@cli.command()
@config_option
def run(config_path: Path) -> None:
    """Run the daemon: poll each article on its adaptive schedule until SIGTERM or Ctrl-C.

    SIGHUP reloads the configuration. A second daemon on the same database refuses to start.

    \b
    Example:
      monitor run --config config.yaml --log-format json
    """
    from monitor.daemon import run_daemon

    config = _load(config_path)
    _settle_collector()
    sys.exit(run_daemon(config, config_path))


# ---------------------------------------------------------------------------------------------
# Reading


@cli.command()
@config_option
@db_option
@click.option(
    "--format", "fmt", type=FORMATS, default="text", show_default=True, help="Output format."
)
@click.option(
    "--since",
    "since",
    default=None,
    help="Only changes after this: '2h', '1d' or '2020-01-03T18:00'.",
)
@click.option(
    "--all", "show_all", is_flag=True, help="The whole history, ignoring the read marker."
)
@click.option("--article", "article_ref", default=None, help="Only this article (URL or short id).")
@click.option(
    "--mark-read/--no-mark-read",
    default=None,
    help="Move the read marker to now (default: only for text shown on a terminal).",
)
@click.option(
    "--verbose", "verbose_digest", is_flag=True, help="Show cosmetic edits instead of a count."
)
def digest(
    config_path: Path,
    db_path: Path | None,
    fmt: str,
    since: str | None,
    show_all: bool,
    article_ref: str | None,
    mark_read: bool | None,
    verbose_digest: bool,
) -> None:
    """Show what changed since you last looked: retractions first, then new updates, then edits.

    \b
    Examples:
      monitor digest
      monitor digest --since 2h --format markdown
      monitor digest --all --format json --db demo.db
    """
    from monitor.digest import build_digest, render_json, render_markdown, render_text
    from monitor.store import Store

    path = _database(config_path, db_path)
    with Store.open(path, readonly=True) as store:
        cutoff: datetime | None
        if show_all:
            cutoff = None
        elif since is not None:
            cutoff = _parse_since(since)
        else:
            cutoff = store.read_marker()
        url = store.resolve_article(article_ref) if article_ref else None
        histories = store.histories(since=cutoff, article=url)
    result = build_digest(histories, since=cutoff, generated_at=utcnow())
    if fmt == "json":
        output = render_json(result)
    elif fmt == "markdown":
        output = render_markdown(result)
    else:
        output = render_text(result, color=_use_color(), width=_width(), verbose=verbose_digest)
    _emit(output)
    if mark_read is None:
        mark_read = fmt == "text" and _stdout_is_tty()
    if mark_read:
        with Store.open(path) as store:
            store.set_read_marker(utcnow())


@cli.command()
@click.argument("article_ref", metavar="URL|ID")
@config_option
@db_option
def history(article_ref: str, config_path: Path, db_path: Path | None) -> None:
    """List an article's revisions: number, time, changes by kind, headline.

    \b
    Example:
      monitor history a1
    """
    from monitor.digest import render_history

    with _open_readonly(config_path, db_path) as store:
        url = store.resolve_article(article_ref)
        _emit(render_history(store.history(url)))


@cli.command()
@click.argument("article_ref", metavar="URL|ID")
@click.option(
    "--revision", "number", type=int, default=None, help="Revision number (default: the latest)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "html"]),
    default="text",
    show_default=True,
    help="Plain text, or an HTML page.",
)
@config_option
@db_option
def show(
    article_ref: str, number: int | None, fmt: str, config_path: Path, db_path: Path | None
) -> None:
    """Print an article exactly as it stood at one revision.

    \b
    Example:
      monitor show a1 --revision 3
    """
    from monitor.digest import render_article

    with _open_readonly(config_path, db_path) as store:
        url = store.resolve_article(article_ref)
        if number is None:
            number = store.revision_count(url)
        revision = store.revision(url, number)
    _emit(render_article(revision.article, fmt="html" if fmt == "html" else "text"))


@cli.command()
@click.argument("article_ref", metavar="URL|ID")
@click.argument("old", type=int)
@click.argument("new", type=int)
@config_option
@db_option
def diff(article_ref: str, old: int, new: int, config_path: Path, db_path: Path | None) -> None:
    """Compare any two revisions of an article, word by word.

    \b
    Example:
      monitor diff a1 1 5
    """
    from monitor.classify import classify_changes
    from monitor.diff import diff_articles
    from monitor.digest import render_diff

    with _open_readonly(config_path, db_path) as store:
        url = store.resolve_article(article_ref)
        before, after = store.revision(url, old), store.revision(url, new)
    changes = classify_changes(
        before.article, after.article, diff_articles(before.article, after.article)
    )
    _emit(render_diff(before, after, changes, color=_use_color(), width=_width()))


@cli.command()
@config_option
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A table, or JSON for scripts and monitoring.",
)
def status(config_path: Path, db_path: Path | None, fmt: str) -> None:
    """Per article: last poll and outcome, next poll, last change, error streak, interval.

    \b
    Example:
      monitor status
    """
    from monitor.status import render_status

    with _open_readonly(config_path, db_path) as store:
        rows = store.statuses()
    _emit(render_status(rows, fmt=fmt, now=utcnow()))


@cli.command()
@config_option
@db_option
@click.option("--article", "article_ref", default=None, help="Only this article (URL or short id).")
@click.option(
    "--format", "fmt", type=FORMATS, default="text", show_default=True, help="Output format."
)
def retractions(config_path: Path, db_path: Path | None, article_ref: str | None, fmt: str) -> None:
    """List the walk-backs found: contradictions, corrections, struck and removed text.

    \b
    Example:
      monitor retractions --format markdown
    """
    from monitor.digest import render_retractions

    with _open_readonly(config_path, db_path) as store:
        url = store.resolve_article(article_ref) if article_ref else None
        histories = store.histories(article=url)
    _emit(render_retractions(histories, fmt=fmt, color=_use_color(), width=_width()))


@cli.command()
@config_option
@db_option
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the feed to this file instead of stdout.",
)
@click.option("--article", "article_ref", default=None, help="Only this article (URL or short id).")
def feed(
    config_path: Path, db_path: Path | None, output: Path | None, article_ref: str | None
) -> None:
    """Write an Atom feed of changes for a feed reader.

    \b
    Example:
      monitor feed --output changes.atom
    """
    from monitor.feed import render_atom

    with _open_readonly(config_path, db_path) as store:
        url = store.resolve_article(article_ref) if article_ref else None
        histories = store.histories(article=url)
    feed_id = f"urn:monitor:{url or 'all'}"
    text = render_atom(
        histories, feed_id=feed_id, title="monitor: article changes", generated_at=utcnow()
    )
    if output is None:
        click.echo(text)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {output}")


# ---------------------------------------------------------------------------------------------
# Maintenance


@cli.command()
@config_option
@db_option
@click.option("--article", "article_ref", default=None, help="Only this article (URL or short id).")
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
def reextract(
    config_path: Path, db_path: Path | None, article_ref: str | None, dry_run: bool
) -> None:
    """Derive stored histories again from their raw pages with the current extractor.

    Raw pages and the poll log are kept; each article is rewritten in one transaction, and one
    that cannot be re-extracted is left as it was. Stop `monitor run` first (a --dry-run may run
    beside it).

    \b
    Example:
      monitor reextract --article a3 --dry-run
    """
    from monitor.reextract import reextract as run_reextract
    from monitor.reextract import summarize
    from monitor.store import Store

    config = _config_for_rules(config_path, db_path)
    path = db_path if db_path is not None else _database(config_path, None)
    # A dry run only reads (each article in one read transaction), so it may run beside the
    # daemon; a real one takes the daemon's lock: no poll may write while histories are rewritten.
    with Store.open(path, readonly=dry_run) as store:
        if not dry_run:
            store.acquire_daemon_lock()
        outcomes = run_reextract(store, config, article_ref=article_ref, dry_run=dry_run)
    click.echo(summarize(outcomes, dry_run=dry_run))
    if any(outcome.failure is not None for outcome in outcomes):
        sys.exit(1)


def _config_for_rules(config_path: Path, db_path: Path | None) -> Config | None:
    """The config whose site rules apply: the one named, or the default one unless ``--db``
    names the database (then only a ``--config`` given explicitly is read)."""
    source = click.get_current_context().get_parameter_source("config_path")
    if db_path is not None and source is click.core.ParameterSource.DEFAULT:
        return None
    return _load(config_path)


# ---------------------------------------------------------------------------------------------
# Managing the article list (config.yaml is the single source of truth; comments survive)


@cli.command(name="list")
@config_option
def list_articles(config_path: Path) -> None:
    """List the configured articles with their short ids.

    \b
    Example:
      monitor list
    """
    from monitor.articles import render_list

    config = _load(config_path)
    click.echo(render_list(config))


@cli.command()
@click.argument("url")
@click.option("--interval", default=None, help="Poll interval, e.g. '90s', '5m', '2h'.")
@config_option
def add(url: str, interval: str | None, config_path: Path) -> None:
    """Add an article to config.yaml (comments and layout are kept).

    \b
    Example:
      monitor add https://example.com/news/story --interval 5m
    """
    from monitor.articles import add_article

    click.echo(add_article(config_path, url, interval))


@cli.command()
@click.argument("article_ref", metavar="URL|ID")
@config_option
def remove(article_ref: str, config_path: Path) -> None:
    """Stop following an article (its stored history is kept).

    \b
    Example:
      monitor remove https://example.com/news/story
    """
    from monitor.articles import remove_article

    click.echo(remove_article(config_path, article_ref))


# ---------------------------------------------------------------------------------------------
# The seed article


@cli.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Keep the database here (default: a temporary file).",
)
def demo(db_path: Path | None) -> None:
    """Follow the seed story through its five versions over local HTTP, then print the digest.

    \b
    Example:
      monitor demo --db demo.db && monitor digest --db demo.db --all --format json
    """
    import tempfile

    from monitor.demo import describe_step, run_demo_sync
    from monitor.digest import build_digest, render_text
    from monitor.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = db_path if db_path is not None else Path(tmp) / "demo.db"
        if path.exists():
            raise click.ClickException(f"{path} already exists; pass a new --db path or delete it")
        _quiet_poll_lines()  # the step lines below say the same, for a person
        click.echo("Serving the seed article's five versions on 127.0.0.1 and polling each twice:")
        run_demo_sync(path, on_step=lambda step: click.echo("  " + describe_step(step)))
        with Store.open(path, readonly=True) as store:
            histories = store.histories()
        click.echo("")
        result = build_digest(histories, since=None, generated_at=utcnow())
        click.echo(render_text(result, color=_use_color(), width=_width()))
        if db_path is not None:
            click.echo(f"The database is at {path}; try: monitor digest --db {path} --all")


@cli.command(name="seed-server")
@click.option("--port", type=int, default=8631, show_default=True, help="Port on 127.0.0.1.")
@click.option(
    "--version",
    "start",
    type=click.IntRange(1, 5),
    default=1,
    show_default=True,
    help="The version to serve first.",
)
@click.option(
    "--advance-every", default=None, help="Move to the next version this often, e.g. '30s'."
)
def seed_server(port: int, start: int, advance_every: str | None) -> None:
    """Serve the seed article on 127.0.0.1 (the address config.yaml follows).

    \b
    Example:
      monitor seed-server --advance-every 60s &  monitor run
    """
    from monitor.seedserver import SeedServer, load_seed, serve_forever_advancing

    every = parse_duration(advance_every, "--advance-every") if advance_every else None
    stop = threading.Event()
    with SeedServer(load_seed(), port=port, version=start - 1) as server:
        click.echo(f"Serving {server.url} (version {start}); Ctrl-C to stop.")
        try:
            if every is None:
                stop.wait()
            else:
                serve_forever_advancing(server, every, stop)
                stop.wait()
        except KeyboardInterrupt:
            pass


def main() -> None:
    """The `monitor` console script."""
    cli(prog_name="monitor")
