"""Clock formats and the furniture widgets shared by the publishers of the eleventh blind set.

Every widget takes the fetch context, records the lines it prints as furniture and returns its
markup; the wording comes from the publisher's module."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from kit import Ctx, esc

# ---------------------------------------------------------------------------------------------
# Clocks


def us(dt: datetime) -> str:
    """AP style: 2:44 p.m."""
    hour = dt.hour % 12 or 12
    return f"{hour}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def us_caps(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{hour}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def uk_pm(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{hour}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def hm(dt: datetime, sep: str = ":") -> str:
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def dot(dt: datetime) -> str:
    return f"{dt.hour}.{dt.minute:02d}"


def fr(dt: datetime) -> str:
    return f"{dt.hour} h {dt.minute:02d}"


def fr_tight(dt: datetime) -> str:
    return f"{dt.hour}h{dt.minute:02d}"


def floor(dt: datetime, minutes: int) -> datetime:
    return dt.replace(minute=dt.minute - dt.minute % minutes, second=0, microsecond=0)


def left_today(now: datetime) -> tuple[int, int]:
    """Hours and minutes until the next local midnight, less the minute being shown."""
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    minutes = int((midnight - now).total_seconds() // 60) - 1
    return minutes // 60, minutes % 60


def ago(ctx: Ctx, lo: int, hi: int) -> datetime:
    return ctx.now - timedelta(minutes=ctx.rng.randint(lo, hi))


# ---------------------------------------------------------------------------------------------
# Generic widgets


def consent(ctx: Ctx, cls: str, text: str, buttons: Sequence[str], p: float = 0.6) -> str:
    """A consent strip that comes and goes."""
    if not ctx.chance(p):
        return ""
    ctx.kind("consent strip")
    knobs = "".join(f'<button type="button">{esc(b)}</button>' for b in buttons)
    return f'<div class="{cls}" role="dialog"><p>{ctx.furn(text)}</p><div class="{cls}__actions">{knobs}</div></div>'


def ranked(ctx: Ctx, cls: str, title: str, items: Sequence[str], k: int, kind: str) -> str:
    """A most-read or trending list: a rotating subset in a new order."""
    ctx.kind(kind)
    chosen = ctx.pick(items, k)
    rows = "".join(
        f'<li><a href="/a/{abs(hash_of(i)) % 99991}">{ctx.furn(i)}</a></li>' for i in chosen
    )
    return f'<section class="{cls}"><h2>{esc(title)}</h2><ol>{rows}</ol></section>'


def labelled_ad(ctx: Ctx, cls: str, label: str, copies: Sequence[str]) -> str:
    ctx.kind("labelled ad")
    copy = ctx.rng.choice(list(copies))
    return (
        f'<div class="{cls}"><span class="{cls}__label">{esc(label)}</span>'
        f'<p class="{cls}__copy">{ctx.furn(copy)}</p></div>'
    )


def clocked(ctx: Ctx, items: Sequence[tuple[datetime, str]], k: int) -> list[tuple[datetime, str]]:
    """The ``k`` newest of ``items`` that are already out at this fetch, newest first."""
    out = sorted((i for i in items if i[0] <= ctx.now), key=lambda i: i[0], reverse=True)
    return out[:k]


def hash_of(text: str) -> int:
    """A stable small number for a link path (Python's hash() is salted)."""
    value = 7
    for ch in text:
        value = (value * 131 + ord(ch)) % 1_000_003
    return value
