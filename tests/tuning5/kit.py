"""Page recorder, clocks and page shell for the tuning5 set.

Each publisher function in ``site_*.py`` receives a ``Sheet``. The sheet owns the fetch's random
source, ``random.Random("tuning5:<slug>:<fetch>")``, and writes the truth down while the page is
built: story paragraphs (``para``), blocks (``note``/``post``) and furniture lines (``fur``).
Story text never draws from the random source; only furniture does.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

DAY = "2026-12-06"
START = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
STEP = timedelta(minutes=10)
EST = "-05:00"
CST = "-06:00"
UTC0 = "+00:00"
CET = "+01:00"
GENUINE_FETCH = 6


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def flat(fragment: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def iso(hh: int, mm: int, offset: str) -> str:
    return f"{DAY}T{hh:02d}:{mm:02d}:00{offset}"


_LEADING = re.compile(r"^[\(\[+\-–—•»«\"“„'’]+$")


def words(text: str, n: int) -> str:
    toks = text.split()
    while toks and _LEADING.match(toks[0]):
        toks.pop(0)
    if toks and toks[0][0] in "([":
        toks[0] = toks[0][1:]
    return " ".join(toks[:n])


def num(n: int, lang: str) -> str:
    s = f"{n:,}"
    if lang in ("de", "it"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    return s


def decimal(x: float, lang: str, places: int = 2) -> str:
    s = f"{x:,.{places}f}"
    if lang == "en":
        return s
    s = s.replace(",", "_").replace(".", ",")
    return s.replace("_", "." if lang in ("de", "it") else "\u202f")


@dataclass
class Sheet:
    slug: str
    lang: str
    publisher: str
    kind: str
    fetch: int = 0
    rnd: random.Random = field(init=False)
    furniture: list[str] = field(default_factory=list)
    paras: list[str] = field(default_factory=list)
    blocks: list[dict] = field(default_factory=list)
    block_texts: list[str] = field(default_factory=list)
    fresh: dict | None = None
    fresh_text: str = ""

    def __post_init__(self) -> None:
        self.rnd = random.Random(f"tuning5:{self.slug}:{self.fetch}")

    @property
    def genuine(self) -> bool:
        return self.fetch == GENUINE_FETCH

    @property
    def clock(self) -> datetime:
        return START + STEP * self.fetch

    def since(self, stamp: str) -> int:
        """Minutes between ``stamp`` (ISO) and this fetch."""
        return int((self.clock - datetime.fromisoformat(stamp)).total_seconds() // 60)

    def chance(self, p: float) -> bool:
        return self.rnd.random() < p

    def fur(self, text: str) -> str:
        if text not in self.furniture:
            self.furniture.append(text)
        return esc(text)

    def para(self, text: str) -> str:
        self.paras.append(flat(text))
        return esc(text)

    def note(
        self, kind: str, label: str | None, text: str, when: str | None, genuine: bool = False
    ) -> str:
        body = flat(text)
        truth = {"first_words": words(body, 8), "kind": kind, "label": label, "timestamp": when}
        self._add(truth, f"{label or ''} {body}".strip(), genuine)
        return esc(text)

    def post(
        self, label: str, when: str, title: str | None, texts: list[str], genuine: bool = False
    ) -> None:
        body = " ".join(flat(t) for t in texts)
        head = flat(title) if title else ""
        truth: dict = {
            "first_words": words(f"{head} {body}".strip(), 8),
            "kind": "live_entry",
            "label": label,
            "timestamp": when,
        }
        if title:
            truth["alt_words"] = words(body, 6)
        self._add(truth, f"{label} {head} {body}", genuine)

    def _add(self, truth: dict, text: str, genuine: bool) -> None:
        if genuine:
            self.fresh, self.fresh_text = truth, text
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


def scatter(sh: Sheet, items: list[str], widgets: list, lo: int, hi: int, edges: bool) -> str:
    """``items`` in order, with ``lo``..``hi`` widgets (callables returning HTML) dropped into
    random gaps. With ``edges`` a widget may also land before the first or after the last."""
    k = min(sh.rnd.randint(lo, hi), len(widgets))
    picked = sh.rnd.sample(widgets, k)
    low, high = (0, len(items)) if edges else (1, max(1, len(items) - 1))
    gaps: dict[int, list[str]] = {}
    for w in picked:
        gaps.setdefault(sh.rnd.randint(low, high), []).append(w())
    out: list[str] = []
    for i, item in enumerate(items):
        out.extend(gaps.get(i, []))
        out.append(item)
    out.extend(gaps.get(len(items), []))
    return "\n".join(out)


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def nav(items: list[str], cls: str) -> str:
    lis = "".join(
        f'<li><a href="/{re.sub(r"[^a-z0-9]+", "-", i.lower()).strip("-")}/">{esc(i)}</a></li>'
        for i in items
    )
    return f'<nav class="{cls}"><ul>{lis}</ul></nav>'


def css(prefix: str, n: int) -> str:
    rnd = random.Random(f"tuning5:css:{prefix}")
    out = []
    for _ in range(n):
        h = "".join(rnd.choice("0123456789abcdef") for _ in range(6))
        out.append(
            f".{prefix}{h}{{padding:{rnd.randint(0, 24)}px {rnd.randint(0, 24)}px;"
            f"border-radius:{rnd.randint(0, 9)}px;line-height:{rnd.randint(12, 18) / 10};"
            f"background:#{rnd.randint(0, 0xFFFFFF):06x};"
            f"font-size:{rnd.randint(10, 30)}px;order:{rnd.randint(-3, 9)}}}"
        )
    return "<style>" + "".join(out) + "</style>"


def shell(sh: Sheet, title: str, head: str, body: str, cls: str = "") -> str:
    cfg = {
        "pub": sh.publisher,
        "pv": f"{sh.rnd.getrandbits(48):012x}",
        "ts": int(sh.clock.timestamp()) + sh.rnd.randint(0, 59),
        "consent": {"tcf": 2.2, "vendors": 812},
        "slots": ["top", "mid-1", "mid-2", "mid-3", "rail", "anchor"],
    }
    boot = (
        f"<script>window.__PAGE_CFG__={json.dumps(cfg)};"
        "(function(w,d){var t=d.createElement('script');t.defer=1;"
        "t.src='https://assets.tagmgr.invalid/p.js';d.head.appendChild(t)})(window,document);"
        "</script>"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{sh.lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{esc(title)}</title>"
        f'<meta property="og:title" content="{html.escape(title)}">'
        '<meta property="og:type" content="article">'
        f'{head}{boot}</head>\n<body class="{cls}">\n{body}\n</body></html>\n'
    )
