"""Truth recorder, clock helpers and page padding for the tuning4 set.

A ``Page`` is handed to every publisher function in ``pub_*.py``. It owns the fetch's random
source, ``random.Random("tuning4:<slug>:<fetch>")``, and records the truth while the page is
written: body paragraphs (``B``), blocks (``note``/``entry``) and furniture lines (``F``).
Story content never reads the random source; only furniture does.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

DAY = "2026-12-06"
FIRST_FETCH = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
POLL = timedelta(minutes=10)
ET = "-05:00"
GMT = "+00:00"
CET = "+01:00"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def plain(fragment: str) -> str:
    """The text of an HTML fragment, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def stamp(hhmm: str, offset: str) -> str:
    hh, mm = hhmm.split(":")
    return f"{DAY}T{int(hh):02d}:{int(mm):02d}:00{offset}"


_PUNCT = re.compile(r"^[\(\[+\-–—•»«\"“„'’]+$")


def lead_words(text: str, n: int) -> str:
    """The first ``n`` words a reader sees; bare leading punctuation tokens are dropped."""
    toks = text.split()
    while toks and _PUNCT.match(toks[0]):
        toks.pop(0)
    if toks and toks[0][0] in "([":
        toks[0] = toks[0][1:]
    return " ".join(toks[:n])


def group(n: int, lang: str) -> str:
    s = f"{n:,}"
    if lang in ("de", "it"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", " ")
    return s


def dec(x: float, lang: str, places: int = 2) -> str:
    s = f"{x:,.{places}f}"
    if lang == "en":
        return s
    s = s.replace(",", "_").replace(".", ",")
    return s.replace("_", "." if lang in ("de", "it") else " ")


@dataclass
class Page:
    slug: str
    lang: str
    publisher: str
    kind: str  # "updates" or "live"
    fetch: int = 0
    rnd: random.Random = field(init=False)
    furniture: list[str] = field(default_factory=list)
    paras: list[str] = field(default_factory=list)
    blocks: list[dict] = field(default_factory=list)
    block_texts: list[str] = field(default_factory=list)
    genuine_truth: dict | None = None
    genuine_text: str = ""

    def __post_init__(self) -> None:
        self.rnd = random.Random(f"tuning4:{self.slug}:{self.fetch}")

    @property
    def genuine(self) -> bool:
        return self.fetch == 6

    @property
    def now(self) -> datetime:
        """When this fetch happens (UTC)."""
        return FIRST_FETCH + POLL * self.fetch

    def minutes_since(self, hhmm: str, offset: str) -> int:
        then = datetime.fromisoformat(stamp(hhmm, offset))
        return int((self.now - then).total_seconds() // 60)

    # furniture ---------------------------------------------------------------------------
    def F(self, text: str) -> str:
        if text not in self.furniture:
            self.furniture.append(text)
        return esc(text)

    def maybe(self, p: float) -> bool:
        return self.rnd.random() < p

    # body -------------------------------------------------------------------------------
    def B(self, fragment: str) -> str:
        self.paras.append(plain(fragment))
        return fragment

    # blocks -----------------------------------------------------------------------------
    def note(
        self, kind: str, label: str | None, text: str, when: str | None, genuine: bool = False
    ) -> str:
        body = plain(text)
        truth = {
            "first_words": lead_words(body, 8),
            "kind": kind,
            "label": label,
            "timestamp": when,
        }
        self._keep(truth, f"{label or ''} {body}".strip(), genuine)
        return text

    def entry(
        self,
        label: str,
        when: str,
        headline: str | None,
        paras: list[str],
        genuine: bool = False,
    ) -> None:
        body = " ".join(plain(p) for p in paras)
        title = plain(headline) if headline else ""
        truth: dict = {
            "first_words": lead_words(f"{title} {body}".strip(), 8),
            "kind": "live_entry",
            "label": label,
            "timestamp": when,
        }
        if headline:
            truth["alt_words"] = lead_words(body, 6)
        self._keep(truth, f"{label} {title} {body}", genuine)

    def _keep(self, truth: dict, text: str, genuine: bool) -> None:
        if genuine:
            self.genuine_truth, self.genuine_text = truth, text
        else:
            self.blocks.append(truth)
            self.block_texts.append(text)

    def truth(self) -> dict:
        return {
            "blocks": self.blocks,
            "body_first": " ".join(self.paras[0].split()[:6]),
            "body_last": " ".join(self.paras[-1].split()[:6]),
            "furniture": sorted(self.furniture),
            "kind": self.kind,
            "lang": self.lang,
            "publisher": self.publisher,
        }


def mix(
    pg: Page,
    items: list[str],
    menu: list,
    lo: int,
    hi: int,
    edges: bool = False,
) -> str:
    """``items`` (paragraphs or entries, in order) with ``lo``..``hi`` widgets from ``menu``
    (zero-argument callables returning HTML) dropped into random gaps between them. Which
    widgets appear, and where, changes with every fetch."""
    k = min(pg.rnd.randint(lo, hi), len(menu))
    chosen = pg.rnd.sample(menu, k)
    first, last = (0, len(items)) if edges else (1, max(1, len(items) - 1))
    gaps: dict[int, list[str]] = {}
    for widget in chosen:
        gaps.setdefault(pg.rnd.randint(first, last), []).append(widget())
    out: list[str] = []
    for i, item in enumerate(items):
        out.extend(gaps.get(i, []))
        out.append(item)
    out.extend(gaps.get(len(items), []))
    return "\n".join(out)


def moments(pg: Page, rows: list[tuple[str, str]], title: str, cls: str, k: int = 4) -> str:
    """A "key moments" list of (clock, headline) pairs in an order that changes on every fetch
    (sorted by popularity on the real sites). Navigation: neither a block nor furniture."""
    picked = pg.rnd.sample(rows, min(k, len(rows)))
    items = "".join(f'<li><a href="#"><span>{esc(c)}</span> {esc(h)}</a></li>' for c, h in picked)
    return f'<nav class="{cls}"><h2>{esc(title)}</h2><ol>{items}</ol></nav>'


def jsonld(obj: dict | list) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def links(items: list[str], cls: str) -> str:
    return (
        f'<ul class="{cls}">'
        + "".join(
            f'<li><a href="/{re.sub(r"[^a-z0-9]+", "-", i.lower()).strip("-")}">{esc(i)}</a></li>'
            for i in items
        )
        + "</ul>"
    )


def padding_css(prefix: str, n: int) -> str:
    rnd = random.Random(f"tuning4:css:{prefix}")
    rules = []
    for _ in range(n):
        h = "".join(rnd.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(7))
        rules.append(
            f".{prefix}{h}{{display:{rnd.choice(['block', 'flex', 'grid', 'inline-block'])};"
            f"gap:{rnd.randint(0, 32)}px;margin:{rnd.randint(0, 40)}px {rnd.randint(0, 12)}px;"
            f"font:{rnd.choice([400, 500, 700])} {rnd.randint(11, 28)}px/{rnd.randint(11, 17) / 10} var(--f{rnd.randint(1, 4)});"
            f"color:#{rnd.randint(0, 0xFFFFFF):06x}}}"
        )
    return "<style>" + "".join(rules) + "</style>"


def boot_script(site: str, fetch_id: str) -> str:
    cfg = {
        "site": site,
        "requestId": fetch_id,
        "tcf": {"gdprApplies": True, "vendorListVersion": 151},
        "adSlots": ["leaderboard", "inread-1", "inread-2", "inread-3", "sky", "sticky"],
        "flags": {"liveRefresh": 30, "meter": True, "abHeadline": "B"},
    }
    return (
        f"<script>window.__BOOT__={json.dumps(cfg)};"
        "(function(d){var s=d.createElement('script');s.async=true;"
        "s.src='https://static.cdn-tag.invalid/loader.js';d.head.appendChild(s)})(document);</script>"
    )


def document(pg: Page, title: str, head: str, body: str, html_attrs: str = "") -> str:
    request_id = f"{pg.rnd.getrandbits(64):016x}"
    return (
        f'<!DOCTYPE html>\n<html lang="{pg.lang}" {html_attrs}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{esc(title)}</title><meta property="og:title" content="{attr(title)}">'
        '<meta property="og:type" content="article"><link rel="icon" href="/favicon.ico">'
        f"{head}{boot_script(pg.publisher, request_id)}</head>\n<body>\n{body}\n</body></html>\n"
    )
