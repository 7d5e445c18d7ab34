"""The terminal renderers: the digest, one article's timeline, and a diff between two revisions.

Every line is built as a ``rich.text.Text`` from terminal-safe strings (``_text.one_line``), never
from markup, so page text cannot style, retitle or hyperlink the reader's terminal. One rich
Console lays lines out for both modes: with colour it keeps the styles; without, it keeps the
``[-deleted-]{+inserted+}`` markers instead (wdiff's notation, readable in a pipe or a log).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from monitor._text import one_line
from monitor.digest import wording as w
from monitor.digest.build import ArticleDigest, Digest, Edit, NewUpdate, RetractionItem
from monitor.model import ArticleHistory, Change, ChangeKind, Revision

Line = tuple[int, Text]  # (indent, content)

_DELETED = "red strike"
_INSERTED = "green"
_ALERT = "bold red"
_NEW = "bold green"
_SILENT = "bold yellow"
_QUIET = "dim"


def render_text(digest: Digest, *, color: bool, width: int = 100, verbose: bool = False) -> str:
    if not digest.articles:
        return w.nothing_to_report(digest) + "\n"
    lines: list[Line] = []
    for index, article in enumerate(digest.articles):
        if index:
            lines.append((0, Text()))
        lines.extend(_article_lines(article, markers=not color, verbose=verbose))
    return _emit(lines, color=color, width=width)


def render_history(history: ArticleHistory) -> str:
    """One line per revision: number, fetch time, what changed, the headline then."""
    lines = [f"{one_line(history.title)}  {one_line(history.url)}"]
    for revision in history.revisions:
        counts = Counter(w.CHANGE_NAME[change.kind] for change in revision.changes)
        summary = [f"{n} {name}" for name, n in counts.items()]
        if revision.retractions:
            summary.insert(0, w.plural(len(revision.retractions), "retraction"))
        what = ", ".join(summary) or ("first version" if revision.number == 1 else "no changes")
        headline = one_line(revision.article.title, 70)
        lines.append(
            f"v{revision.number:<3} {w.utc_short(revision.fetched_at)}  {what:<40}  {headline}"
        )
    return "\n".join(line.rstrip() for line in lines) + "\n"


def render_diff(
    old: Revision, new: Revision, changes: Sequence[Change], *, color: bool, width: int
) -> str:
    """Every change between two revisions, in page terms, each with its word diff in full."""
    header = Text(
        f"v{old.number} ({w.utc_short(old.fetched_at)}) → v{new.number} "
        f"({w.utc_short(new.fetched_at)}): {w.plural(len(changes), 'change')}",
        style="bold",
    )
    lines: list[Line] = [(0, header)]
    for change in changes:
        tone = "" if change.substantive else " (cosmetic)"
        silent = " — no note from the outlet" if change.silent else ""
        place = "" if change.kind is ChangeKind.TITLE_CHANGED else f" {w.where(change)}"
        title = f"{w.CHANGE_NAME[change.kind]}{place}{tone}{silent}"
        lines.append((0, Text.assemble(("* ", "bold"), title, _labels(change))))
        lines.append((4, _diff(change.previous_text, change.text, markers=not color, full=True)))
    return _emit(lines, color=color, width=width)


# ---------------------------------------------------------------------------------------------


def _article_lines(article: ArticleDigest, *, markers: bool, verbose: bool) -> Iterator[Line]:
    yield 0, Text(one_line(article.title), style="bold")
    yield 0, Text(f"{one_line(article.url)} · {w.provenance(article)}", style=_QUIET)
    for retraction in article.retractions:
        yield from _retraction_lines(retraction)
    for edit in article.silent_edits:
        yield from _silent_lines(edit, markers=markers, verbose=verbose)
    for update in article.new_updates:
        yield from _new_update_lines(update, verbose=verbose)
    for edit in article.headline_changes:
        diff = _diff(edit.change.previous_text, edit.change.text, markers=markers, full=True)
        yield 0, Text.assemble(("# HEADLINE", "bold"), _version(edit), ": ", diff)
    for edit in article.edits:
        yield 0, Text.assemble(("* EDIT", "bold"), " ", w.where(edit.change), _labels(edit.change))
        yield 4, _edit_diff(edit, markers=markers, verbose=verbose)
    yield from _cosmetic_lines(article.cosmetic_edits, markers=markers, verbose=verbose)
    if article.first_seen and not article.has_events:
        blocks = w.plural(len(article.latest.article.blocks), "update block")
        yield 0, Text(f"· first version saved ({blocks})", style=_QUIET)


def _retraction_lines(item: RetractionItem) -> Iterator[Line]:
    retraction = item.retraction
    yield (
        0,
        Text.assemble(
            (f"! {w.VERDICT[retraction.reason]}", _ALERT), "  ", w.span(item), _version(item)
        ),
    )
    yield 4, Text(f"was: “{one_line(retraction.claim)}”")
    if retraction.evidence:
        yield 4, Text(f"now: “{one_line(retraction.evidence)}”")
    if reasons := w.why(item):
        yield 4, Text("why: " + " · ".join(reasons))


def _silent_lines(edit: Edit, *, markers: bool, verbose: bool) -> Iterator[Line]:
    yield (
        0,
        Text.assemble(
            ("~ SILENT EDIT", _SILENT),
            " (no note from the outlet) ",
            w.where(edit.change),
            _labels(edit.change),
            _version(edit),
        ),
    )
    yield 4, _edit_diff(edit, markers=markers, verbose=verbose)


def _new_update_lines(update: NewUpdate, *, verbose: bool) -> Iterator[Line]:
    block = update.block
    stamp = w.block_stamp(block)
    if block.timestamp is not None:
        stamp += f" ({w.resolved(block.timestamp)})"
    line = Text.assemble(("+ NEW UPDATE", _NEW), " ", stamp)
    if badge := w.status_badge(update.status):
        line.append(f" [{badge}]", style=_ALERT)
    if verbose:
        yield 0, line
        for paragraph in block.paragraphs:
            yield 4, Text(one_line(paragraph))
    else:
        yield 0, line.append(f": {w.first_sentence(block.text)}")


def _cosmetic_lines(edits: Sequence[Edit], *, markers: bool, verbose: bool) -> Iterator[Line]:
    if not edits:
        return
    if not verbose:
        note = f"· {w.plural(len(edits), 'cosmetic edit')} (punctuation, spelling; --verbose shows)"
        yield 0, Text(note, style=_QUIET)
        return
    for edit in edits:
        diff = _diff(edit.change.previous_text, edit.change.text, markers=markers, full=False)
        yield 0, Text.assemble(("· cosmetic ", _QUIET), w.where(edit.change), ": ", diff)


def _version(item: Edit | RetractionItem) -> Text:
    return Text(f"  v{item.revision.number}", style=_QUIET)


def _labels(change: Change) -> str:
    found = w.labels(change)
    return f" — {found}" if found else ""


def _edit_diff(edit: Edit, *, markers: bool, verbose: bool) -> Text:
    return _diff(edit.change.previous_text, edit.change.text, markers=markers, full=verbose)


def _diff(old: str | None, new: str | None, *, markers: bool, full: bool) -> Text:
    text = Text()
    for op, chunk in w.shown_diff(old, new, full=full):
        if op < 0:
            text.append(f"[-{chunk}-]" if markers else chunk, style=_DELETED)
        elif op > 0:
            text.append(f"{{+{chunk}+}}" if markers else chunk, style=_INSERTED)
        else:
            text.append(chunk)
    return text


def _emit(lines: Iterable[Line], *, color: bool, width: int) -> str:
    console = Console(
        file=io.StringIO(),
        record=True,
        width=width,
        height=25,  # with width, stops rich from asking the terminal or $LINES
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
        _environ={},  # purity: NO_COLOR, COLUMNS, TERM of the caller must not change output
    )
    for indent, text in lines:
        console.print(Padding(text, (0, 0, 0, indent), expand=False) if indent else text)
    exported = console.export_text(styles=color)
    return "\n".join(_TRAILING_SPACE.sub(r"\1", line) for line in exported.splitlines()) + "\n"


# Spaces rich leaves at a wrapped line's end, also when a style reset follows them.
_TRAILING_SPACE = re.compile(r" +((?:\x1b\[0m)?)$")
