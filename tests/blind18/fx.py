"""Clock and number formats, and the furniture builders the sites share. Most furniture here is
drawn in the markup of the story itself: the body's own paragraph class, its bold leads, its lists,
its note markup and its live-entry markup (the sites build those last two themselves)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from kit import Ctx, W, e


def us(dt: datetime) -> str:
    """'4:53 p.m.' (North American papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def pm(dt: datetime) -> str:
    """'9.40pm' (British and New Zealand papers)."""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def uhr(dt: datetime) -> str:
    """'23.04 Uhr'."""
    return f"{dt.hour}.{dt.minute:02d} Uhr"


def hm(dt: datetime, sep: str = ":") -> str:
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def dot(dt: datetime) -> str:
    """'23.04' (Italian and Swiss papers)."""
    return f"{dt.hour}.{dt.minute:02d}"


def fr(dt: datetime) -> str:
    """'22 h 15'."""
    return f"{dt.hour} h {dt.minute:02d}"


def num(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def one(ctx: Ctx, pool: list[str]) -> str:
    return ctx.rng.choice(pool)


def turn(ctx: Ctx, pool: list[str], salt: str) -> str:
    """A carousel: one item of ``pool`` per request, a different one on each fetch (the start is
    fixed per page and ``salt``)."""
    start = random.Random(f"blind18:turn:{ctx.slug}:{salt}").randrange(len(pool))
    return pool[(start + ctx.n) % len(pool)]


def rise(ctx: Ctx, base: int, step: int, jitter: int) -> int:
    """A count that rises from fetch to fetch (tips, sightings)."""
    return base + step * ctx.n + ctx.rng.randint(0, jitter)


def drift(ctx: Ctx, base: int, spread: int) -> int:
    """A figure that wanders up and down on every fetch."""
    return base + ctx.rng.randint(-spread, spread)


def free(ctx: Ctx, places: list[tuple[str, int]], fmt: Callable[[str, int, int], str]) -> str:
    """Charging points free right now: each place with a fresh count of free points."""
    return "; ".join(fmt(name, ctx.rng.randint(0, total), total) for name, total in places)


def log(
    ctx: Ctx, pool: list[str], k: int, fmt: Callable[[datetime], str], lo: int = 6, hi: int = 95
) -> list[str]:
    """A sightings log: ``k`` items from ``pool`` with clock times before this fetch, oldest
    first."""
    picked = ctx.rng.sample(pool, k)
    stamps = sorted(ctx.ago(lo, hi) for _ in range(k))
    return [f"{fmt(t)} {x}" for t, x in zip(stamps, picked, strict=True)]


def levels(ctx: Ctx, lines: list[str], words: list[str], k: int, sep: str = ": ") -> list[str]:
    """Crowding now: ``k`` of ``lines``, each with a level drawn afresh."""
    return [f"{x}{sep}{ctx.rng.choice(words)}" for x in ctx.rng.sample(lines, k)]


def soon(ctx: Ctx, lo: int, hi: int) -> datetime:
    return ctx.local + timedelta(minutes=ctx.rng.randint(lo, hi))


def bp(cls: str, text: str, kind: str, lead: str | None = None, tag: str = "strong") -> W:
    """Furniture as a paragraph in the body's own class, optionally with a bold lead
    ("Charge points at 10.52pm:", "Ladesäulen, Stand 23.06 Uhr:"). The truth line is the text
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
CHARGE = "EV charging points free right now, with their own clock"
NUMBER = "number of the day, a different one per request"
QUOTE = "quotation of the day from a named author (fixed wording)"
GOOD = "good news of the day, a different one per request"
FRONT = "tomorrow's front page as it is being made, with its clock"
DESK = "newsroom tip desk: who is on duty and a rising count of reader tips"
MENU = "school-canteen menu for Monday (fixed wording)"
CARS = "used-car classified, a different one per request"
WILD = "wildlife sightings log with clock times"
SAVE = "energy-saving tip, a different one per request"
READING = "daily scripture reading (turns over at local midnight)"
PRESS = "press review: another paper's comment, a different one per request"
CLUBS = "club and association notices, drawn afresh per request"
CROWD = "bus and train crowding now, with a clock"
NOISE = "aircraft-noise monitor: the last flight over, with decibels and a clock"

FIXED = {QUOTE, MENU}  # kinds whose wording never changes; they only come, go and move
DAILY = {READING}  # kinds whose wording changes only when the local date turns
SWAPS = {NUMBER, GOOD, CARS, SAVE, PRESS}  # a whole different item under the same label
