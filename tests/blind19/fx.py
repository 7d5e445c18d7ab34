"""Clock and number formats, and the furniture builders the sites share. Nearly all furniture here
is drawn in the markup of the story itself: the body's own paragraph class, its bold or italic
leads, its lists, its note markup and its live-entry markup (the sites build those last two
themselves, with their own clocks)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from kit import Ctx, W, e


def us(dt: datetime) -> str:
    """'3:53 p.m.' (American papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def pm(dt: datetime) -> str:
    """'9.40pm' (Irish and Australian papers)."""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def uhr(dt: datetime) -> str:
    """'23.04 Uhr'."""
    return f"{dt.hour}.{dt.minute:02d} Uhr"


def hm(dt: datetime, sep: str = ":") -> str:
    """'23:04' (or with another separator)."""
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def dot(dt: datetime) -> str:
    """'23.04' (Italian papers)."""
    return f"{dt.hour}.{dt.minute:02d}"


def fr(dt: datetime) -> str:
    """'22 h 15' (Quebec)."""
    return f"{dt.hour} h {dt.minute:02d}"


def frh(dt: datetime) -> str:
    """'22h15' (Switzerland)."""
    return f"{dt.hour}h{dt.minute:02d}"


def num(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def one(ctx: Ctx, pool: list[str]) -> str:
    return ctx.rng.choice(pool)


def turn(ctx: Ctx, pool: list[str], salt: str) -> str:
    """A carousel: one item of ``pool`` per request, a different one on each fetch (the start is
    fixed per page and ``salt``)."""
    start = random.Random(f"blind19:turn:{ctx.slug}:{salt}").randrange(len(pool))
    return pool[(start + ctx.n) % len(pool)]


def rise(ctx: Ctx, base: int, step: int, jitter: int) -> int:
    """A count that rises from fetch to fetch (births, trees planted)."""
    return base + step * ctx.n + ctx.rng.randint(0, jitter)


def drift(ctx: Ctx, base: int, spread: int) -> int:
    """A figure that wanders up and down on every fetch."""
    return base + ctx.rng.randint(-spread, spread)


def log(
    ctx: Ctx, pool: list[str], k: int, fmt: Callable[[datetime], str], lo: int = 6, hi: int = 95
) -> list[str]:
    """A log of the evening (catches, items debated): ``k`` items from ``pool`` with clock times
    before this fetch, oldest first."""
    picked = ctx.rng.sample(pool, k)
    stamps = sorted(ctx.ago(lo, hi) for _ in range(k))
    return [f"{fmt(t)} {x}" for t, x in zip(stamps, picked, strict=True)]


def soon(ctx: Ctx, lo: int, hi: int) -> datetime:
    """A time a little after this fetch, rounded to five minutes (a departure)."""
    t = ctx.local + timedelta(minutes=ctx.rng.randint(lo, hi))
    return t - timedelta(minutes=t.minute % 5, seconds=t.second)


def rides(ctx: Ctx, pool: list[str], k: int, fmt: Callable[[datetime, str, int], str]) -> list[str]:
    """A car-share board: ``k`` routes from ``pool``, each with a fresh departure time and a fresh
    number of seats, the soonest first."""
    picked = ctx.rng.sample(pool, k)
    times = sorted(soon(ctx, 25, 900) for _ in range(k))
    return [fmt(t, x, ctx.rng.randint(1, 4)) for t, x in zip(times, picked, strict=True)]


def agenda(ctx: Ctx, items: list[str]) -> tuple[int, str]:
    """A council meeting as it moves on: the number and title of the item under debate now
    (later on each fetch, with a jump now and then)."""
    i = min(len(items) - 1, 2 + ctx.n + ctx.rng.randint(0, 1))
    return i + 1, items[i]


def bp(cls: str, text: str, kind: str, lead: str | None = None, tag: str = "strong") -> W:
    """Furniture as a paragraph in the body's own class, optionally with a bold or italic lead
    ("Council chamber, 9.52pm:", "Ratssitzung, Stand 23.48 Uhr:"). The truth line is the text
    after the lead."""
    lead_html = f"<{tag}>{e(lead)}</{tag}> " if lead else ""
    attr = f' class="{cls}"' if cls else ""
    return W(f"<p{attr}>{lead_html}{e(text)}</p>", [text], kind)


def bl(cls: str, item_cls: str, items: list[str], kind: str, tag: str = "ul") -> W:
    """Furniture as a list in the body's own list style."""
    lis = "".join(
        f'<li class="{item_cls}">{e(x)}</li>' if item_cls else f"<li>{e(x)}</li>" for x in items
    )
    attr = f' class="{cls}"' if cls else ""
    return W(f"<{tag}{attr}>{lis}</{tag}>", list(items), kind)


def ld(obj: dict) -> dict:
    return {"@context": "https://schema.org", **obj}


def graph(*objs: dict) -> dict:
    return {"@context": "https://schema.org", "@graph": list(objs)}


# Furniture kinds, as --stats counts them
COUNCIL = "council meeting tracker: the agenda item under debate now, with a clock"
PERSONALS = "lonely-hearts personal ad, a different one per request"
ROOTS = "reader's family-history query, a different one per request"
ADOPT = "animal-shelter pet for adoption, a different one per request"
GARDEN = "gardening job of the week (fixed wording)"
TREES = "tree-planting drive: trees planted so far, rising, with a clock"
RIDES = "car-share board: rides offered with departure times and seats, drawn afresh"
BIRTHS = "babies born today at the maternity unit, rising, with a clock"
STREET = "the story behind a street name, a different one per request"
ARCHIVE = "from the paper's archive: its report on the same place decades ago (fixed wording)"
ANGLING = "angling report: the evening's catches with clock times, drawn afresh"
WALK = "walk of the week: a route near the story's places (fixed wording)"
AED = "public defibrillators near the story's streets (fixed wording)"
PHONES = "useful phone numbers for the emergency (fixed wording)"
WINE = "wine of the week, a different one per request"

FIXED = {GARDEN, ARCHIVE, WALK, AED, PHONES}  # wording never changes; they only come, go, move
DAILY: set[str] = set()  # none of this set's kinds turns over at local midnight
SWAPS = {PERSONALS, ROOTS, ADOPT, STREET, WINE}  # a whole different item under the same label
