"""Clock and number formats, and the furniture builders the sites share. Most furniture here is
drawn in the markup of the story itself: the body's own paragraph class, its bold leads, its lists,
its note markup and its live-entry markup (the sites build those last two themselves)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from kit import Ctx, W, e


def us(dt: datetime) -> str:
    """'11:20 a.m.' (North American papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def au(dt: datetime) -> str:
    """'6.54am' (Australian papers)."""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def uhr(dt: datetime) -> str:
    return f"{dt.hour}.{dt.minute:02d} Uhr"


def hm(dt: datetime, sep: str = ":") -> str:
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def dot(dt: datetime) -> str:
    """'23.04' (Italian papers)."""
    return f"{dt.hour}.{dt.minute:02d}"


def fr(dt: datetime) -> str:
    return f"{dt.hour} h {dt.minute:02d}"


def num(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def one(ctx: Ctx, pool: list[str]) -> str:
    return ctx.rng.choice(pool)


def turn(ctx: Ctx, pool: list[str], salt: str) -> str:
    """A carousel: one item of ``pool`` per request, a different one on each fetch (the start is
    fixed per page and ``salt``)."""
    start = random.Random(f"blind17:turn:{ctx.slug}:{salt}").randrange(len(pool))
    return pool[(start + ctx.n) % len(pool)]


def rise(ctx: Ctx, base: int, step: int, jitter: int) -> int:
    """A count that rises from fetch to fetch (reports, letters, votes, passers-by)."""
    return base + step * ctx.n + ctx.rng.randint(0, jitter)


def drift(ctx: Ctx, base: int, spread: int) -> int:
    """A figure that wanders up and down on every fetch."""
    return base + ctx.rng.randint(-spread, spread)


def hour_mark(ctx: Ctx) -> datetime:
    """The last full hour before this fetch (counters that refresh on the hour)."""
    return ctx.local.replace(minute=0, second=0, microsecond=0)


def soon(ctx: Ctx, lo: int, hi: int) -> datetime:
    return ctx.local + timedelta(minutes=ctx.rng.randint(lo, hi))


def ranked(ctx: Ctx, names: list[str], top: int, k: int = 3) -> list[tuple[str, int]]:
    """A vote table: ``k`` entries drawn and ranked afresh on each request, the votes rising with
    the fetch."""
    chosen = ctx.rng.sample(names, k)
    votes = [top + 9 * ctx.n + ctx.rng.randint(0, 12)]
    for _ in range(k - 1):
        votes.append(votes[-1] - ctx.rng.randint(3, 40))
    return list(zip(chosen, votes, strict=True))


def calls(ctx: Ctx, pool: list[str], k: int, fmt, lo: int = 9, hi: int = 58) -> list[str]:
    """A dispatch log: ``k`` calls from ``pool`` with clock times in the last hour, newest first."""
    picked = ctx.rng.sample(pool, k)
    stamps = sorted((ctx.ago(lo, hi) for _ in range(k)), reverse=True)
    return [f"{fmt(t)} {x}" for t, x in zip(stamps, picked, strict=True)]


def bp(cls: str, text: str, kind: str, lead: str | None = None, tag: str = "strong") -> W:
    """Furniture as a paragraph in the body's own class, optionally with a bold lead
    ("Monday closings, updated 3:41 p.m.:", "Radzähler, Stand 23 Uhr:"). The truth line is the
    text after the lead."""
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
SANTA = "Santa or St Nicholas round: where it is now, with a clock"
SAINT = "saint's or name day (turns over at local midnight)"
COURT = "court round-up, one case per request"
APPEAL = "police appeal about another case (missing person, witnesses)"
CORRX = "corrections column for other articles, one per request"
CLOSINGS = "school and office closings for tomorrow, with their own clock"
FILM = "film-shoot parking restrictions (fixed wording)"
DISPATCH = "fire and ambulance dispatch log with clock times (other calls)"
SCAM = "scam warning with a rising report count"
NOTICES = "legal and public notices, one per request"
COUNTER = "bike counters with their own time"
LIFTS = "station lift and escalator outages"
LIGHTS = "Christmas lights and crib contest with vote counts"
WARDS = "hospital wards closed to visitors, with an update time"
LETTERS = "letters-to-Santa counter (rising)"
HUNT = "hunting drives and path closures (fixed wording)"
FOODBANK = "food bank's most-needed items, one list per request"

FIXED = {FILM, HUNT}  # kinds whose wording never changes; they only come, go and move
DAILY = {SAINT}  # kinds whose wording changes only when the local date turns
SWAPS = {COURT, CORRX, NOTICES, FOODBANK}  # a whole different item under the same label
