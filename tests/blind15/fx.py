"""Clock and number formats, and the furniture builders the sites share. Most furniture here is
drawn in the markup of the story itself: the body's own paragraph class, its bold leads, its lists,
its note boxes and its live-entry markup (the sites build those last two themselves)."""

from __future__ import annotations

from datetime import datetime, timedelta

from kit import Ctx, W, e, pick


def us(dt: datetime) -> str:
    """'11:20 a.m.' (US papers)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def au(dt: datetime) -> str:
    """'7.15pm' (UK and New Zealand papers)."""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def uhr(dt: datetime) -> str:
    return f"{dt.hour}.{dt.minute:02d} Uhr"


def hm(dt: datetime, sep: str = ":") -> str:
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def fr(dt: datetime) -> str:
    return f"{dt.hour} h {dt.minute:02d}"


def num(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def one(ctx: Ctx, pool: list[str]) -> str:
    return ctx.rng.choice(pool)


def rise(ctx: Ctx, base: int, step: int, jitter: int) -> int:
    """A count that rises from fetch to fetch (a donation total, a bid, a participant count)."""
    return base + step * ctx.n + ctx.rng.randint(0, jitter)


def drift(ctx: Ctx, base: int, spread: int) -> int:
    """A figure that wanders up and down on every fetch (a wait, a rating count, a lift count)."""
    return base + ctx.rng.randint(-spread, spread)


def entrants(ctx: Ctx, base: int, step: int, jitter: int) -> int:
    """An advent-calendar entry count: it rises through the evening and starts again from a few
    dozen when the next door opens at local midnight."""
    if ctx.local.day == 6:
        return rise(ctx, base, step, jitter)
    return ctx.rng.randint(18, 60)


def door_time(ctx: Ctx) -> datetime | None:
    """The clock an advent post carries: when a new door opened at local midnight, midnight."""
    return ctx.local.replace(minute=0) if ctx.local.day != 6 and ctx.local.hour == 0 else None


def xmas(ctx: Ctx, day: int = 25) -> tuple[int, int, int]:
    """Days, hours and minutes from this fetch's local time to Christmas Day (or Eve)."""
    target = datetime(2026, 12, day, tzinfo=ctx.tz)
    left = target - ctx.local
    days = left.days
    hours, rest = divmod(left.seconds, 3600)
    return days, hours, rest // 60


def pl(n: int, one: str, many: str, zero_one: bool = False) -> str:
    """'1 hour', '2 hours' ('0 minute' in French, with ``zero_one``)."""
    return f"{n} {one if n == 1 or (zero_one and n == 0) else many}"


def soon(ctx: Ctx, lo: int, hi: int) -> datetime:
    """A clock a little after this fetch (an expected arrival)."""
    return ctx.local + timedelta(minutes=ctx.rng.randint(lo, hi))


def bp(cls: str, text: str, kind: str, lead: str | None = None, tag: str = "strong") -> W:
    """Furniture as a paragraph in the body's own class, optionally with a bold lead
    ("Job of the day:", "Notaufnahme, Stand 23:04 Uhr:"). The truth line is the text after the
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


def key_points(ctx: Ctx, cls: str, title: str, pool: list[str], k: int) -> W:
    """A live blog's "key points" box that a CMS re-orders and re-picks on every request."""
    chosen = pick(ctx, pool, k)
    items = "".join(f'<li class="{cls}__item">{e(x)}</li>' for x in chosen)
    html = (
        f'<div class="{cls}"><h2 class="{cls}__title">{e(title)}</h2>'
        f'<ul class="{cls}__list">{items}</ul></div>'
    )
    return W(html, chosen, "key-points summary box that re-orders itself")


def ld(obj: dict) -> dict:
    return {"@context": "https://schema.org", **obj}


def graph(*objs: dict) -> dict:
    return {"@context": "https://schema.org", "@graph": list(objs)}


# Furniture kinds, as --stats counts them
ER = "emergency-room wait times with their own clock"
JOBS = "job listings"
DONATE = "donation-drive counter (rising)"
COMMENT = "top reader comment with a like count"
APP = "app-download nudge with a rating count"
FLIGHTS = "airport arrivals board with clocks"
TIDES = "tide and surf report"
WORD = "word or saying of the day"
ADVENT = "advent-calendar giveaway (door turns over at local midnight)"
COUNTDOWN = "Christmas countdown"
AUCTION = "charity auction with the current bid"
LEISURE = "ski-lift or ice-rink status"
SKY = "tonight's sky (stargazing line)"
HOMES = "real-estate listings"
VOLUNTEER = "volunteer shifts still open"
RADIO = "radio now-playing line"
