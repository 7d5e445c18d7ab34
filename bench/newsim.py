"""A local news-site simulator for benchmarks and daemon tests (127.0.0.1, no third-party deps).

N invented article pages of realistic size (20–35 KB of HTML: head with JSON-LD NewsArticle, nav,
sidebar, footer, 15–30 paragraphs). Each *round* appends a timestamped UPDATE block to ~10% of the
pages and edits one sentence (a number) in ~5%, deterministically from the seed. Validators
(ETag / Last-Modified / 304), gzip and per-request boilerplate *noise* (view counter, "N minutes
ago", CSRF token, cache-busting script URLs, rotating CSS class names) are options.

Importable::

    with NewsSite(200, seed=3) as site:
        httpx.get(site.url(0))
        site.advance_round()

or a separate process, so that the server's CPU is not charged to the client being measured::

    python bench/newsim.py --n 2000 --port 0 --control-file /tmp/state.json
    # first stdout line: the base URL; then
    #   POST {base}/_control/round  -> advance one round (JSON summary)
    #   GET  {base}/_control/state  -> versions, served logs and counters (JSON)
    #   GET  {base}/_control/urls   -> the article URLs, one a line
    # the control file receives the same state JSON after start, after every round and at exit.

The server is a small asyncio HTTP/1.1 keep-alive loop in its own thread: pages are rendered to
bytes (and gzip) when they change, never per request, so it serves several thousand requests per
second on one core.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip as gzip_module
import hashlib
import json
import random
import re
import signal
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from html import escape
from pathlib import Path
from types import TracebackType
from typing import Any, Self

HOST = "127.0.0.1"
UPDATE_SHARE = 0.10  # pages that receive an appended UPDATE block each round
EDIT_SHARE = 0.05  # pages that receive a silent sentence edit each round
# The simulated clock: publication, Last-Modified and UPDATE stamps (a winter date, so "EST" is true).
SIM_EPOCH = datetime(2024, 1, 15, 13, 0, tzinfo=UTC)
ROUND_STEP = timedelta(minutes=7)
EST = timezone(timedelta(hours=-5), "EST")
_MAX_HEADER_BYTES = 64 * 1024
_KEEP_ALIVE_TIMEOUT_S = 30.0

# ---------------------------------------------------------------------------------------------
# Invented text. Varied enough that paragraphs do not repeat and diffs behave as on real prose.
# ---------------------------------------------------------------------------------------------

_PLACES = (
    "Port Halden", "the Varnell Valley", "East Corrin", "Mistral Bay", "the Oskar Plateau",
    "New Tessaly", "Lower Brackwater", "Fenwick County", "the Amberlight district", "Saltmarsh",
    "North Quillon", "the Redfern estuary", "Calloway Heights", "Dunmore", "Ivel Springs",
)  # fmt: skip
_ORGS = (
    "the regional transit authority", "the Ministry of Water", "the city council",
    "Halden Power & Light", "the coast guard", "the national weather service",
    "the state health department", "the port operator", "the teachers' union",
    "the civil aviation board", "emergency services", "the university hospital",
)  # fmt: skip
_PEOPLE = (
    "Mayor Ines Albrecht", "Governor Tomas Reyl", "spokeswoman Dana Whitcombe",
    "fire chief Marcus Oyelaran", "Dr. Priya Castellanos", "commissioner Alan Fairweather",
    "union leader Rosa Mbeki", "police captain Jonah Lindqvist", "engineer Sofia Haruka",
    "councillor Brendan Achterberg", "resident Maeve Okonkwo", "analyst Victor Szabo",
)  # fmt: skip
_EVENTS = (
    "the flooding", "the power outage", "the bridge closure", "the strike", "the wildfire",
    "the chemical leak", "the storm surge", "the rail derailment", "the water shortage",
    "the evacuation", "the landslide", "the heat wave",
)  # fmt: skip
_VERBS = (
    "said", "confirmed", "told reporters", "warned", "acknowledged", "added", "insisted",
    "wrote in a statement", "told a news conference", "said late on Monday",
)  # fmt: skip
_TEMPLATES = (
    "{person} {verb} that {n} people had been moved from homes near {place}.",
    "Crews worked through the night as {event} spread toward {place}, {org} {verb}.",
    "At least {n} households in {place} remained without service by mid-afternoon.",
    "{org} estimated the damage at ${n}.{d} million, a figure that could rise.",
    "\u201cWe are doing everything we can,\u201d {person} {verb}, declining to give a timeline.",
    "Residents of {place} described waiting {n} hours for information that never came.",
    "The response to {event} has drawn criticism from {org}, which called it slow.",
    "{person} {verb} that {n} additional crews would arrive from {place} by Tuesday.",
    "It was the {ordinal} such incident in {place} since records began {n} years ago.",
    "Officials from {org} met with community leaders in {place} for {n} minutes.",
    "According to {org}, roughly {n} percent of the affected area had been inspected.",
    "Traffic on the main road out of {place} was backed up for {n} kilometres.",
    "{person} {verb} that the cause of {event} was still under investigation.",
    "Schools in {place} will stay closed for at least {n} days, {org} {verb}.",
    "Volunteers handed out {n} meals at a shelter set up in a gymnasium in {place}.",
    "Insurers have received more than {n} claims linked to {event}, {person} {verb}.",
    "The last comparable event, in {place}, cost {org} nearly {n} million dollars.",
    "Forecasters expect conditions to ease within {n} hours, {org} {verb}.",
    "Some families in {place} said they had been told to leave with {n} minutes' notice.",
    "{person} {verb} the figures were preliminary and would be revised.",
)  # fmt: skip
_HEADLINE_TEMPLATES = (
    "{n} evacuated as {event} hits {place}",
    "{org_title} says {event} near {place} is under control",
    "What we know about {event} in {place}",
    "{place} residents brace for more after {event}",
    "Questions mount over response to {event} in {place}",
    "{event_title} leaves {n} without power across {place}",
)  # fmt: skip
_SECTIONS = ("World", "Politics", "Business", "Climate", "Science", "Local", "Health", "Travel")
_AUTHORS = ("Lena Markovic", "Samuel Osei", "Hannah Teller", "Ravi Menon", "Clara Dufresne")
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth")
_NUMBER_RE = re.compile(r"\d+")
# Inline "critical CSS", as most news sites ship in <head> (about 6 KB).
_CRITICAL_CSS = "".join(
    f".c{k}{{margin:{k % 7}px {k % 5}px;padding:{k % 3}px;color:#{(k * 2654435761) % 0xFFFFFF:06x};"
    f"font:{12 + k % 9}px/1.{k % 8} Georgia,serif}}"
    for k in range(110)
)


def _sentence(rng: random.Random) -> str:
    return rng.choice(_TEMPLATES).format(
        person=rng.choice(_PEOPLE),
        verb=rng.choice(_VERBS),
        place=rng.choice(_PLACES),
        org=rng.choice(_ORGS),
        event=rng.choice(_EVENTS),
        n=rng.randint(2, 950),
        d=rng.randint(1, 9),
        ordinal=rng.choice(_ORDINALS),
    )


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _paragraph(rng: random.Random) -> str:
    return " ".join(_capitalise(_sentence(rng)) for _ in range(rng.randint(2, 4)))


def _headline(rng: random.Random) -> str:
    org, event = rng.choice(_ORGS), rng.choice(_EVENTS)
    return _capitalise(
        rng.choice(_HEADLINE_TEMPLATES).format(
            n=rng.randint(20, 5000),
            event=event,
            event_title=_capitalise(event.removeprefix("the ")),
            place=rng.choice(_PLACES),
            org_title=_capitalise(org),
        )
    )


def _slug(headline: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:80]


def _stamp(when: datetime) -> str:
    """'3:45pm EST', the marker style of many US sites."""
    local = when.astimezone(EST)
    return f"{local.hour % 12 or 12}:{local.minute:02d}{'am' if local.hour < 12 else 'pm'} EST"


# ---------------------------------------------------------------------------------------------
# Article state and rendering
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Story:
    """The mutable editorial state of one article; rendered into a _Page when it changes."""

    index: int
    headline: str
    slug: str
    section: str
    author: str
    published: datetime
    modified: datetime
    paragraphs: list[str]
    updates: list[tuple[str, str]]  # (stamp, text), oldest first
    marked_updated: bool
    version: int = 0


@dataclass(frozen=True, slots=True)
class _Page:
    """One version of one article, ready to serve (immutable: replaced whole on change)."""

    version: int
    etag: str
    modified: datetime
    last_modified: str
    parts: tuple[str, ...]  # static text; odd positions are the names of noise slots
    body: bytes  # parts rendered with stable noise values
    body_gzip: bytes | None


def _noise_slot(name: str) -> str:
    return f"\x00{name}\x00"


_STABLE_NOISE = {
    "views": "12,408",
    "ago": "2 hours ago",
    "csrf": "0" * 32,
    "bust": "20240115",
    "cls1": "css-a1b2c3",
    "cls2": "css-d4e5f6",
    "cls3": "css-0a9b8c",
}


def _json_ld(story: _Story, base_url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.headline,
        "datePublished": story.published.isoformat(),
        "dateModified": story.modified.isoformat(),
        "author": [{"@type": "Person", "name": story.author}],
        "publisher": {"@type": "Organization", "name": "The Halden Courier"},
        "mainEntityOfPage": f"{base_url}/news/{story.index}/{story.slug}",
        "articleSection": story.section,
    }
    # "</" is escaped so invented text can never close the script element.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _nav() -> str:
    links = "".join(
        f'<li><a href="/section/{s.lower()}">{s}</a><ul class="sub">'
        + "".join(f'<li><a href="/section/{s.lower()}/{k}">{s} {k}</a></li>' for k in range(1, 6))
        + "</ul></li>"
        for s in _SECTIONS
    )
    return (
        f'<header class="site-header {_noise_slot("cls1")}"><a class="logo" href="/">'
        "The Halden Courier</a>"
        f'<nav aria-label="Main"><ul class="menu">{links}</ul></nav>'
        '<form class="search" action="/search"><input name="q" placeholder="Search">'
        "<button>Go</button></form></header>"
    )


def _sidebar(rng: random.Random) -> str:
    teasers = "".join(
        f'<li class="teaser"><a href="/news/{rng.randint(1, 99999)}/more">{escape(_headline(rng))}'
        f'</a><span class="teaser-meta">{rng.choice(_SECTIONS)} · {rng.randint(2, 59)} min read'
        "</span></li>"
        for _ in range(12)
    )
    return (
        f'<aside class="sidebar {_noise_slot("cls2")}"><section class="most-read">'
        f"<h2>Most read</h2><ol>{teasers}</ol></section>"
        f'<p class="views">{_noise_slot("views")} views</p>'
        '<section class="newsletter"><h2>Morning briefing</h2>'
        '<form method="post" action="/newsletter">'
        f'<input type="hidden" name="csrf" value="{_noise_slot("csrf")}">'
        '<input type="email" name="email" placeholder="you@example.com"><button>Sign up</button>'
        "</form></section>"
        '<div class="ad" data-slot="sidebar-1"><span>Advertisement</span></div></aside>'
    )


def _related(rng: random.Random) -> str:
    return "".join(
        f'<li><a href="/news/{rng.randint(1, 99999)}/related"><img src="/img/t{k}.jpg" alt="">'
        f"<span>{escape(_headline(rng))}</span></a><p>{escape(_sentence(rng))}</p></li>"
        for k in range(8)
    )


def _footer() -> str:
    cols = "".join(
        f'<div class="col"><h3>{s}</h3><ul>'
        + "".join(f'<li><a href="/{s.lower()}/{k}">{s} link {k}</a></li>' for k in range(1, 7))
        + "</ul></div>"
        for s in ("About", "Help", "Legal", "Follow")
    )
    return (
        f'<footer class="site-footer {_noise_slot("cls3")}">{cols}'
        "<p>&copy; 2024 The Halden Courier. All rights reserved. Invented text for benchmarks."
        "</p></footer>"
        f'<script src="/static/app.js?v={_noise_slot("bust")}" defer></script>'
    )


def _render_parts(story: _Story, base_url: str) -> tuple[str, ...]:
    rng = random.Random(story.index * 7919 + 17)  # boilerplate stable per article across versions
    headline = story.headline + (" (Updated)" if story.marked_updated else "")
    body = "".join(f"<p>{escape(p)}</p>" for p in story.paragraphs)
    updates = "".join(
        f"<p><strong>UPDATE: {stamp}\u2014</strong></p><p>{escape(text)}</p>"
        for stamp, text in story.updates
    )
    url = f"{base_url}/news/{story.index}/{story.slug}"
    html_text = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(headline)} | The Halden Courier</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="description" content="{escape(story.paragraphs[0][:150])}">'
        f'<meta property="og:title" content="{escape(headline)}">'
        f'<meta property="og:url" content="{url}"><link rel="canonical" href="{url}">'
        f'<meta name="csrf-token" content="{_noise_slot("csrf")}">'
        f'<link rel="stylesheet" href="/static/site.css?v={_noise_slot("bust")}">'
        f'<script type="application/ld+json">{_json_ld(story, base_url)}</script>'
        f"<style>{_CRITICAL_CSS}</style>"
        "<script>window.__CONFIG__={ads:true,region:'us-east',experiments:['a12','b7']};</script>"
        f"</head><body>{_nav()}"
        f'<main class="layout {_noise_slot("cls1")}"><article class="story">'
        f'<p class="kicker">{story.section}</p><h1 class="headline">{escape(headline)}</h1>'
        f'<div class="byline">By <a rel="author" href="/by/{_slug(story.author)}">{story.author}'
        f'</a> · <time datetime="{story.published.isoformat()}">'
        f'{story.published:%B %d, %Y}</time> · <span class="ago">Updated '
        f"{_noise_slot('ago')}</span></div>"
        f'<figure class="lead"><img src="/img/{story.index}.jpg" alt="Scene in '
        f'{escape(story.slug.replace("-", " "))}"><figcaption>Photo: staff</figcaption></figure>'
        f'<div class="article-body {_noise_slot("cls2")}" itemprop="articleBody">{body}{updates}'
        "</div>"
        f'<div class="share">Share: <a href="/share?u={story.index}">Email</a> '
        f'<a href="/share?u={story.index}&amp;n=x">X</a></div>'
        f'<section class="related"><h2>Related</h2><ul>{_related(rng)}</ul></section></article>'
        f"{_sidebar(rng)}</main>{_footer()}</body></html>"
    )
    return tuple(html_text.split("\x00"))


def _fill(parts: tuple[str, ...], noise: dict[str, str]) -> bytes:
    return "".join(noise[p] if k % 2 else p for k, p in enumerate(parts)).encode("utf-8")


def _render_page(story: _Story, base_url: str, *, with_gzip: bool) -> _Page:
    parts = _render_parts(story, base_url)
    body = _fill(parts, _STABLE_NOISE)
    digest = hashlib.blake2b(body, digest_size=10).hexdigest()
    return _Page(
        version=story.version,
        etag=f'"{story.index}-{story.version}-{digest}"',
        modified=story.modified,
        last_modified=format_datetime(story.modified, usegmt=True),
        parts=parts,
        body=body,
        body_gzip=gzip_module.compress(body, compresslevel=6, mtime=0) if with_gzip else None,
    )


def _new_story(index: int, seed: int) -> _Story:
    rng = random.Random(f"newsim-{seed}-{index}")
    headline = _headline(rng)
    published = SIM_EPOCH - timedelta(minutes=rng.randint(30, 600))
    return _Story(
        index=index,
        headline=headline,
        slug=_slug(headline),
        section=rng.choice(_SECTIONS),
        author=rng.choice(_AUTHORS),
        published=published,
        modified=published,
        paragraphs=[_paragraph(rng) for _ in range(rng.randint(15, 30))],
        updates=[],
        marked_updated=rng.random() < 0.2,
    )


def _edit_a_number(story: _Story, rng: random.Random) -> None:
    """A silent edit: one number in one paragraph changes (always to a different value)."""
    candidates = [k for k, p in enumerate(story.paragraphs) if _NUMBER_RE.search(p)]
    if not candidates:
        story.paragraphs[-1] += " Officials said more details would follow."
        return
    k = rng.choice(candidates)
    match = _NUMBER_RE.search(story.paragraphs[k])
    assert match is not None  # guaranteed by the candidates filter
    new_value = str(int(match.group()) + rng.randint(1, 40))
    p = story.paragraphs[k]
    story.paragraphs[k] = p[: match.start()] + new_value + p[match.end() :]


# ---------------------------------------------------------------------------------------------
# The site
# ---------------------------------------------------------------------------------------------


class NewsSite:
    """N simulated articles served on 127.0.0.1; see the module docstring."""

    def __init__(
        self,
        n: int,
        *,
        seed: int = 1,
        validators: bool = True,
        gzip: bool = False,
        noise: bool = False,
        port: int = 0,
    ) -> None:
        if n < 1:
            raise ValueError("NewsSite needs at least one article")
        self.n = n
        self.seed = seed
        self.validators = validators
        self.gzip = gzip
        self.noise = noise
        self.round = 0
        self.requests = 0  # every request, control endpoints excluded
        self.not_modified = 0  # 304 answers
        self._requested_port = port
        self._stories = [_new_story(i, seed) for i in range(n)]
        self._pages: list[_Page] = []
        self._served: list[list[int]] = [[] for _ in range(n)]
        self._lock = threading.Lock()  # serialises rounds against each other (not against serving)
        self._sock: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.StreamWriter] = set()
        self.base_url = ""

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> Self:
        # Bind before rendering: the canonical URL inside each page needs the real port.
        self._sock = socket.create_server((HOST, self._requested_port), backlog=1024)
        self.base_url = f"http://{HOST}:{self._sock.getsockname()[1]}"
        self._pages = [_render_page(s, self.base_url, with_gzip=self.gzip) for s in self._stories]
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("newsim: the server thread did not start")
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(self._shutdown)
        thread.join(10)
        self._loop = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what the harness asks ------------------------------------------------------------------

    def url(self, i: int) -> str:
        return f"{self.base_url}/news/{i}/{self._stories[i].slug}"

    def urls(self) -> list[str]:
        return [self.url(i) for i in range(self.n)]

    def version(self, i: int) -> int:
        return self._stories[i].version

    def served(self, i: int) -> list[int]:
        """The version numbers served with 200 for article i, in order (repeats included)."""
        return list(self._served[i])

    def state(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "n": self.n,
            "round": self.round,
            "requests": self.requests,
            "not_modified": self.not_modified,
            "versions": [s.version for s in self._stories],
            "served": [list(v) for v in self._served],
        }

    def advance_round(self) -> dict[str, Any]:
        """Append an UPDATE block to ~10% of pages and edit a number in ~5% (disjoint sets)."""
        with self._lock:
            self.round += 1
            now = SIM_EPOCH + self.round * ROUND_STEP
            rng = random.Random(f"newsim-{self.seed}-round-{self.round}")
            n_updates = max(1, round(self.n * UPDATE_SHARE))
            n_edits = round(self.n * EDIT_SHARE)
            chosen = rng.sample(range(self.n), min(self.n, n_updates + n_edits))
            updated, edited = sorted(chosen[:n_updates]), sorted(chosen[n_updates:])
            for i in updated:
                story = self._stories[i]
                text = " ".join(_capitalise(_sentence(rng)) for _ in range(rng.randint(2, 3)))
                story.updates.append((_stamp(now), text))
                story.marked_updated = True
            for i in edited:
                _edit_a_number(self._stories[i], rng)
            for i in updated + edited:
                story = self._stories[i]
                story.version += 1
                story.modified = now
                # One reference assignment: a request in flight sees the old page or the new one.
                self._pages[i] = _render_page(story, self.base_url, with_gzip=self.gzip)
            return {"round": self.round, "updated": updated, "edited": edited}

    # -- the HTTP server (runs in its own thread) -----------------------------------------------

    def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)

        async def open_server() -> None:
            self._server = await asyncio.start_server(
                self._handle_connection, sock=self._sock, limit=_MAX_HEADER_BYTES
            )

        loop.run_until_complete(open_server())
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._connections):
            writer.close()
        assert self._loop is not None
        self._loop.call_later(0.05, self._loop.stop)

    async def _handle_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self._connections.add(writer)
        try:
            while True:
                try:
                    head = await asyncio.wait_for(
                        reader.readuntil(b"\r\n\r\n"), _KEEP_ALIVE_TIMEOUT_S
                    )
                except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    return
                method, target, headers = _parse_head(head)
                body = b""
                length = int(headers.get("content-length", "0") or 0)
                if length:
                    body = await reader.readexactly(min(length, _MAX_HEADER_BYTES))
                status, out_headers, payload = await self._respond(method, target, headers, body)
                keep_alive = headers.get("connection", "").lower() != "close"
                writer.write(_response_bytes(status, out_headers, payload, method, keep_alive))
                await writer.drain()
                if not keep_alive:
                    return
        except (ConnectionError, ValueError):
            return
        finally:
            self._connections.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()

    async def _respond(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        path = target.split("?", 1)[0]
        if path.startswith("/_control/"):
            return await self._control(method, path)
        if method not in ("GET", "HEAD"):
            return 405, [("Allow", "GET, HEAD")], b"method not allowed\n"
        self.requests += 1
        index = _article_index(path, self.n)
        if index is None:
            return 404, [("Content-Type", "text/plain")], b"not found\n"
        page = self._pages[index]
        common = [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "max-age=0")]
        if self.validators:
            common += [("ETag", page.etag), ("Last-Modified", page.last_modified)]
            if _is_fresh(headers, page):
                self.not_modified += 1
                return 304, common, b""
        if self.gzip:
            common.append(("Vary", "Accept-Encoding"))
        self._served[index].append(page.version)
        payload = page.body if not self.noise else _fill(page.parts, self._noise_values())
        if self.gzip and "gzip" in headers.get("accept-encoding", ""):
            if self.noise:
                payload = gzip_module.compress(payload, compresslevel=1, mtime=0)
            else:
                assert page.body_gzip is not None
                payload = page.body_gzip
            common.append(("Content-Encoding", "gzip"))
        return 200, common, payload

    def _noise_values(self) -> dict[str, str]:
        rng = random.Random(self.requests)
        return {
            "views": f"{rng.randint(1000, 999999):,}",
            "ago": f"{rng.randint(1, 59)} minutes ago",
            "csrf": f"{rng.getrandbits(128):032x}",
            "bust": str(rng.getrandbits(32)),
            "cls1": f"css-{rng.getrandbits(24):06x}",
            "cls2": f"css-{rng.getrandbits(24):06x}",
            "cls3": f"css-{rng.getrandbits(24):06x}",
        }

    async def _control(self, method: str, path: str) -> tuple[int, list[tuple[str, str]], bytes]:
        json_type = [("Content-Type", "application/json")]
        if path == "/_control/round" and method == "POST":
            # Rendering ~15% of the pages takes a moment; keep the loop serving meanwhile.
            summary = await asyncio.to_thread(self.advance_round)
            return 200, json_type, json.dumps(summary).encode()
        if path == "/_control/state" and method == "GET":
            return 200, json_type, json.dumps(self.state()).encode()
        if path == "/_control/urls" and method == "GET":
            return 200, [("Content-Type", "text/plain")], "\n".join(self.urls()).encode() + b"\n"
        return 404, [("Content-Type", "text/plain")], b"unknown control endpoint\n"


def _parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return method, target, headers


_REASONS = {200: "OK", 304: "Not Modified", 404: "Not Found", 405: "Method Not Allowed"}


def _response_bytes(
    status: int, headers: list[tuple[str, str]], payload: bytes, method: str, keep_alive: bool
) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'OK')}"]
    lines += [f"{name}: {value}" for name, value in headers]
    if status != 304:
        lines.append(f"Content-Length: {len(payload)}")
    lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if method == "HEAD" or status == 304 else head + payload


def _article_index(path: str, n: int) -> int | None:
    parts = path.split("/")
    if len(parts) < 3 or parts[1] != "news" or not parts[2].isdigit():
        return None
    index = int(parts[2])
    return index if index < n else None


def _is_fresh(headers: dict[str, str], page: _Page) -> bool:
    """RFC 9110: If-None-Match wins; If-Modified-Since only when there is no If-None-Match."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or page.etag in tags
    if_modified_since = headers.get("if-modified-since")
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        return page.modified.replace(microsecond=0) <= since
    return False


# ---------------------------------------------------------------------------------------------
# Running as a process
# ---------------------------------------------------------------------------------------------


def _write_state(site: NewsSite, path: Path | None) -> None:
    if path is None:
        return
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(site.state()))
    tmp.replace(path)  # atomic: a reader never sees half a file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="number of articles")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-validators", action="store_true", help="never answer 304")
    parser.add_argument("--gzip", action="store_true", help="gzip bodies when asked")
    parser.add_argument("--noise", action="store_true", help="per-request changing boilerplate")
    parser.add_argument("--control-file", type=Path, default=None, help="state JSON written here")
    args = parser.parse_args(argv)
    site = NewsSite(
        args.n,
        seed=args.seed,
        validators=not args.no_validators,
        gzip=args.gzip,
        noise=args.noise,
        port=args.port,
    )
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    with site:
        # Each round also rewrites the control file, so a harness can read served logs any time.
        original = site.advance_round

        def advance_and_record() -> dict[str, Any]:
            summary = original()
            _write_state(site, args.control_file)
            return summary

        site.advance_round = advance_and_record  # type: ignore[method-assign]
        _write_state(site, args.control_file)
        print(site.base_url, flush=True)
        stop.wait()
        _write_state(site, args.control_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
