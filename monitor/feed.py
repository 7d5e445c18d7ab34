"""An Atom 1.0 feed (RFC 4287) of what changed in the watched articles. Pure: no clock, no I/O.

One entry per event a reader may want pushed to a feed reader: each retraction, each new update
block, each substantive edit (silent or not, headline included). Cosmetic edits are left out.
Entries reuse ``digest.build_digest`` over the whole history, so the feed and the digest always
agree on what counts and how it is worded.

Entry ids are ``urn:uuid:`` UUIDv5s of (feed id, article URL, revision, event), so an entry keeps
its id across regenerations and feed readers never show it twice. The document is built with
ElementTree, which escapes markup; on top of that every page string is stripped of terminal
controls (``_text.for_terminal``) and of the characters XML 1.0 forbids, so hostile text can
neither break the XML nor reach a terminal through a reader that prints it.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from monitor._text import for_html, one_line
from monitor.digest import build_digest
from monitor.digest import wording as w
from monitor.digest.build import ArticleDigest, Edit, NewUpdate, RetractionItem
from monitor.model import ArticleHistory, ChangeKind

ATOM_NS = "http://www.w3.org/2005/Atom"

# XML 1.0 Char production minus what for_terminal already removes: surrogates and U+FFFE/FFFF.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str  # what the entry id is derived from
    title: str
    updated: datetime
    url: str
    category: str
    html: str  # already escaped HTML


def render_atom(
    histories: Sequence[ArticleHistory],
    *,
    feed_id: str,
    title: str,
    generated_at: datetime,
    self_url: str | None = None,
) -> str:
    digest = build_digest(histories, since=None, generated_at=generated_at)
    entries = sorted(
        (entry for article in digest.articles for entry in _entries(article)),
        key=lambda entry: entry.updated,
        reverse=True,  # stable: equal times keep the digest's importance order
    )
    # The feed changed when its newest entry did; regenerating an unchanged feed keeps <updated>.
    updated = entries[0].updated if entries else generated_at

    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _child(feed, "id", feed_id)
    _child(feed, "title", title)
    _child(feed, "updated", _instant(updated))
    author = ET.SubElement(feed, "author")
    _child(author, "name", "monitor")
    _child(feed, "generator", "monitor")
    if self_url is not None:
        ET.SubElement(feed, "link", {"rel": "self", "href": _xml(self_url)})
    seen: set[str] = set()
    for entry in entries:
        entry_id = _entry_id(feed_id, entry.key)
        if entry_id in seen:  # two identical events in one revision: one entry says it
            continue
        seen.add(entry_id)
        element = ET.SubElement(feed, "entry")
        _child(element, "id", entry_id)
        _child(element, "title", entry.title)
        _child(element, "updated", _instant(entry.updated))
        ET.SubElement(element, "link", {"rel": "alternate", "href": _xml(entry.url)})
        ET.SubElement(element, "category", {"term": entry.category})
        _child(element, "content", entry.html, type="html")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"


def _entries(article: ArticleDigest) -> Iterator[_Entry]:
    headline = one_line(article.title, 120)
    for item in article.retractions:
        yield _retraction_entry(article, item, headline)
    for update in article.new_updates:
        yield _update_entry(article, update)
    for edit in (*article.silent_edits, *article.headline_changes, *article.edits):
        yield _edit_entry(article, edit, headline)


def _retraction_entry(article: ArticleDigest, item: RetractionItem, headline: str) -> _Entry:
    retraction = item.retraction
    verdict = w.VERDICT[retraction.reason].capitalize()
    html = f"<p><strong>{verdict}</strong> {for_html(w.span(item))}</p>"
    html += f"<p>was: <del>{for_html(retraction.claim)}</del></p>"
    if retraction.evidence:
        html += f"<p>now: <ins>{for_html(retraction.evidence)}</ins></p>"
    if reasons := w.why(item):
        html += f"<p>why: {for_html(' · '.join(reasons))}</p>"
    ends = [ref.id for ref in (retraction.target, retraction.update) if ref is not None]
    return _Entry(
        key=_key(article, item.revision.number, "retraction", retraction.reason, *ends),
        title=f"{verdict}: {w.span(item)} — {headline}",
        updated=item.revision.fetched_at,
        url=article.url,
        category="retraction",
        html=html,
    )


def _update_entry(article: ArticleDigest, update: NewUpdate) -> _Entry:
    block = update.block
    stamp = w.block_stamp(block)
    if block.timestamp is not None:
        stamp += f" ({w.resolved(block.timestamp)})"
    html = f"<p><strong>New update</strong> {for_html(stamp)}</p>"
    html += "".join(f"<p>{for_html(paragraph)}</p>" for paragraph in block.paragraphs)
    return _Entry(
        key=_key(article, update.revision.number, "update", block.id),
        title=f"New update {stamp}: {w.first_sentence(block.text, 160)}",
        updated=update.revision.fetched_at,
        url=article.url,
        category="update",
        html=html,
    )


def _edit_entry(article: ArticleDigest, edit: Edit, headline: str) -> _Entry:
    change = edit.change
    retitled = change.kind is ChangeKind.TITLE_CHANGED
    name = "Silent edit" if change.silent else "Headline changed" if retitled else "Edit"
    labels = f" ({w.labels(change)})" if change.labels else ""
    diff = "".join(
        f"<del>{for_html(chunk)}</del>"
        if op < 0
        else f"<ins>{for_html(chunk)}</ins>"
        if op > 0
        else for_html(chunk)
        for op, chunk in w.shown_diff(change.previous_text, change.text, full=True)
    )
    note = " (no note from the outlet)" if change.silent else ""
    html = f"<p><strong>{name}</strong>{for_html(note)} {for_html(w.where(change) + labels)}</p>"
    fingerprint = (change.block.id if change.block else "", change.paragraph, change.text)
    return _Entry(
        key=_key(article, edit.revision.number, change.kind, *map(str, fingerprint)),
        title=f"{name}: {one_line(change.text or '', 120)}"
        if retitled
        else f"{name} {w.where(change)} — {headline}",
        updated=edit.revision.fetched_at,
        url=article.url,
        category="silent_edit" if change.silent else "edit",
        html=f"{html}<p>{diff}</p>",
    )


def _key(article: ArticleDigest, revision: int, *parts: str) -> str:
    return "\x1f".join((article.url, str(revision), *parts))


def _entry_id(feed_id: str, key: str) -> str:
    """``uuid.uuid5`` by hand, so a lone surrogate in page text cannot make it raise."""
    name = f"{feed_id}\x1f{key}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha1(uuid.NAMESPACE_URL.bytes + name, usedforsecurity=False).digest()
    return uuid.UUID(bytes=digest[:16], version=5).urn


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _xml(text: str) -> str:
    """Safe for an XML 1.0 text node or attribute (ElementTree escapes &, <, > and quotes)."""
    return _NOT_XML.sub("", one_line(text))


def _child(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = _NOT_XML.sub("", text) if tag == "content" else _xml(text)
    return element
