"""The Markdown renderer: a digest to paste into a newsroom chat or a ticket.

Page text goes through ``_text.for_markdown`` (controls stripped, every Markdown and HTML
metacharacter backslash-escaped), so a headline cannot inject a link, an image or a raw tag.
Word diffs read as ~~deleted~~ **inserted**.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote, urlsplit

from monitor._text import for_markdown, one_line
from monitor.digest import wording as w
from monitor.digest.build import ArticleDigest, Digest, Edit, NewUpdate, RetractionItem


def render_markdown(digest: Digest) -> str:
    if not digest.articles:
        return w.nothing_to_report(digest) + "\n"
    sections = ["\n".join(_article(article)) for article in digest.articles]
    return "\n\n".join(sections) + "\n"


def _article(article: ArticleDigest) -> Iterator[str]:
    yield f"### {_link(article.title, article.url)}"
    yield ""
    yield w.provenance(article)  # our own numbers and dates: no page text to escape
    yield ""
    for retraction in article.retractions:
        yield from _retraction(retraction)
    for edit in article.silent_edits:
        yield (
            f"- **Silent edit** _(no note from the outlet)_ {_md(w.where(edit.change))}"
            f"{_labels(edit)} · v{edit.revision.number}: {_diff(edit)}"
        )
    for update in article.new_updates:
        yield _new_update(update)
    for edit in article.headline_changes:
        yield f"- **Headline** · v{edit.revision.number}: {_diff(edit, full=True)}"
    for edit in article.edits:
        yield (
            f"- **Edit** {_md(w.where(edit.change))}{_labels(edit)}"
            f" · v{edit.revision.number}: {_diff(edit)}"
        )
    if article.cosmetic_edits:
        yield f"- {w.plural(len(article.cosmetic_edits), 'cosmetic edit')} (not shown)"
    if article.first_seen and not article.has_events:
        blocks = w.plural(len(article.latest.article.blocks), "update block")
        yield f"- First version saved ({blocks})"


def _retraction(item: RetractionItem) -> Iterator[str]:
    retraction = item.retraction
    verdict = w.VERDICT[retraction.reason].capitalize()
    yield f"- **⚠ {verdict}** {_md(w.span(item))} · v{item.revision.number}"
    yield f"  - was: “{_md(retraction.claim)}”"
    if retraction.evidence:
        yield f"  - now: “{_md(retraction.evidence)}”"
    if reasons := w.why(item):
        yield f"  - why: {_md(' · '.join(reasons))}"


def _new_update(update: NewUpdate) -> str:
    block = update.block
    stamp = w.block_stamp(block)
    if block.timestamp is not None:
        stamp += f" ({w.resolved(block.timestamp)})"
    badge = w.status_badge(update.status)
    flag = f" **{badge.lower()}**" if badge else ""
    return f"- **New update** {_md(stamp)}{flag}: {_md(w.first_sentence(block.text))}"


def _labels(edit: Edit) -> str:
    found = w.labels(edit.change)
    return f" ({_md(found)})" if found else ""


def _diff(edit: Edit, *, full: bool = False) -> str:
    """``~~old~~ **new**``; chunks are already one-line and terminal-safe, so only escape them."""
    parts = []
    previous_op = 0
    for op, chunk in w.shown_diff(edit.change.previous_text, edit.change.text, full=full):
        if op == 0:
            parts.append(for_markdown(chunk))  # not _md: its one_line would eat edge spaces
        else:
            gap = " " if previous_op < 0 < op else ""  # a replacement reads "~~a~~ **b**"
            parts.append(gap + _mark(chunk, "~~" if op < 0 else "**"))
        previous_op = op
    return "".join(parts)


def _mark(chunk: str, fence: str) -> str:
    """``~~x~~`` with the chunk's edge spaces outside the fence, where Markdown needs them."""
    core = chunk.strip()
    if not core:
        return chunk
    lead = chunk[: len(chunk) - len(chunk.lstrip())]
    trail = chunk[len(chunk.rstrip()) :]
    return f"{lead}{fence}{_md(core)}{fence}{trail}"


def _md(text: str) -> str:
    return for_markdown(one_line(text))


def _link(title: str, url: str) -> str:
    """``[title](url)`` for http(s) URLs, percent-encoding anything that could end the link."""
    label = _md(title)
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return f"{label} ({_md(url)})"
    safe_url = quote(one_line(url), safe=":/?#@!$&'*+,;=%-._~")  # no ( ) < > [ ] or spaces
    return f"[{label}]({safe_url})"
