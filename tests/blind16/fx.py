"""Clock and number formats, and the furniture builders the sites share. Most furniture here is
drawn in the markup of the story itself: the body's own paragraph class, its bold leads, its lists,
its note markup and its live-entry markup (the sites build those last two themselves)."""

from __future__ import annotations

from datetime import datetime, timedelta

from kit import FIRST_FETCH, Ctx, W, e


def us(dt: datetime) -> str:
    """'11:20 a.m.' (US papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def au(dt: datetime) -> str:
    """'7.15pm' (British and Australian papers)."""
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


def rise(ctx: Ctx, base: int, step: int, jitter: int) -> int:
    """A count that rises from fetch to fetch (registrations, outage reports, potholes)."""
    return base + step * ctx.n + ctx.rng.randint(0, jitter)


def fall(ctx: Ctx, base: int, step: int, jitter: int, floor: int = 1) -> int:
    """A count that falls from fetch to fetch (places left, seats left, shelter beds)."""
    return max(floor, base - step * ctx.n - ctx.rng.randint(0, jitter))


def drift(ctx: Ctx, base: int, spread: int) -> int:
    """A figure that wanders up and down on every fetch."""
    return base + ctx.rng.randint(-spread, spread)


def ticking(ctx: Ctx, base: int, per_second: int) -> tuple[int, datetime]:
    """A public-debt clock: the figure at this request's render time (a few seconds after the
    fetch time) and the local clock it prints."""
    late = ctx.rng.randint(1, 9)
    seconds = (ctx.utc - FIRST_FETCH).total_seconds() + late
    return base + int(seconds) * per_second + ctx.rng.randint(0, per_second - 1), ctx.local


def slot(
    ctx: Ctx, days: list[int], minutes: tuple[int, int] = (8 * 60, 16 * 60)
) -> tuple[int, int, int]:
    """The next free appointment a booking system offers on this request: a day in ``days`` and
    a clock on a ten-minute grid."""
    day = ctx.rng.choice(days)
    at = ctx.rng.randrange(minutes[0], minutes[1], 10)
    return day, at // 60, at % 60


def board(ctx: Ctx, names: list[str], top: int, k: int = 3) -> list[tuple[str, int]]:
    """A prediction-game leaderboard: ``k`` players drawn and ranked afresh on each request."""
    chosen = ctx.rng.sample(names, k)
    points = [top + ctx.rng.randint(0, 6)]
    for _ in range(k - 1):
        points.append(points[-1] - ctx.rng.randint(1, 5))
    return list(zip(chosen, points, strict=True))


def soon(ctx: Ctx, lo: int, hi: int) -> datetime:
    return ctx.local + timedelta(minutes=ctx.rng.randint(lo, hi))


def pl(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def bp(cls: str, text: str, kind: str, lead: str | None = None, tag: str = "strong") -> W:
    """Furniture as a paragraph in the body's own class, optionally with a bold lead
    ("Outages at 1:44 p.m.:", "Schuldenuhr, 23.04 Uhr:"). The truth line is the text after the
    lead."""
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
OUTAGE = "phone and internet outage reports with their own clock"
SHELTER = "cold-weather shelter beds left tonight"
TICKETS = "last tickets for a show, seats left"
RACE = "race registrations and places left"
APPOINT = "next free appointment at the citizens' office"
TRIPS = "reader trips sold by the publisher, places left"
TIPPING = "prediction-game leaderboard"
DEBT = "public-debt clock ticking with the render time"
GIFT = "gift-article allowance left this month"
POTHOLE = "pothole reports counter"
HYGIENE = "food-hygiene inspection results"
PLANNING = "planning applications this week"
BURGLARY = "police break-in radar"
POOL = "public-pool status and crowd level"
CALLOFF = "amateur-sport fixtures called off"
MUSEUM = "museum object of the day (fixed wording)"
POST = "Christmas posting deadlines (fixed wording)"
SPOTLIGHT = "local-business spotlight (fixed wording)"
AREA = "choose-your-area prompt (fixed wording)"
