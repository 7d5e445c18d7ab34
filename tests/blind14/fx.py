"""Clock and number formats, and the furniture builders the sites share. Most furniture here is
drawn in the markup of the story itself: the body's own paragraph class, its bold leads, its lists."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import datetime

from kit import Ctx, W, a, e, pick


def h(text: str) -> int:
    return zlib.crc32(text.encode())


def us(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def au(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def uhr(dt: datetime) -> str:
    return f"{dt.hour}.{dt.minute:02d} Uhr"


def hm(dt: datetime, sep: str = ":") -> str:
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def fr(dt: datetime) -> str:
    return f"{dt.hour} h {dt.minute:02d}"


def frh(dt: datetime) -> str:
    return f"{dt.hour}h{dt.minute:02d}"


def num(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def shares(ctx: Ctx, base: list[int]) -> list[int]:
    """Live poll percentages that drift a little on every fetch and sum to 100."""
    raw = [
        max(1, b + ctx.rng.randint(-3, 3) + ctx.n) if i == 0 else max(1, b + ctx.rng.randint(-3, 3))
        for i, b in enumerate(base)
    ]
    total = sum(raw)
    out = [round(r * 100 / total) for r in raw]
    out[-1] = 100 - sum(out[:-1])
    return out


def poll(
    ctx: Ctx,
    cls: str,
    label: str,
    question: str,
    options: list[str],
    base: list[int],
    votes: tuple[int, int],
    footer: Callable[[int, datetime], str],
    pct: str = "{opt} — {p}%",
) -> W:
    """A reader poll on the story's own subject: a question, live percentages and a vote count
    with its own clock (``footer(votes, time)``)."""
    cut = shares(ctx, base)
    rows = [pct.format(opt=opt, p=p) for opt, p in zip(options, cut, strict=True)]
    count = votes[0] + votes[1] * ctx.n + ctx.rng.randint(0, votes[1] // 3)
    foot = footer(count, ctx.ago(0, 3))
    items = "".join(
        f'<li class="{cls}__option"><span class="{cls}__bar" style="width:{p}%"></span>'
        f'<span class="{cls}__answer">{e(row)}</span></li>'
        for row, p in zip(rows, cut, strict=True)
    )
    html = (
        f'<div class="{cls}" data-poll-id="{h(question) % 9973}">'
        f'<p class="{cls}__kicker">{e(label)}</p><p class="{cls}__question">{e(question)}</p>'
        f'<ul class="{cls}__options">{items}</ul><p class="{cls}__meta">{e(foot)}</p></div>'
    )
    return W(html, [question, *rows, foot], "reader poll with live percentages")


def counter(ctx: Ctx, cls: str, base: int, step: int, fmt: str, sep: str) -> W:
    """'N people are reading this now': a figure that moves on every fetch."""
    n = base + ctx.rng.randint(-step, step) - ctx.n * step // 3
    line = fmt.format(n=num(n, sep))
    html = (
        f'<div class="{cls}" aria-live="polite"><svg class="{cls}__icon"><use href="#i-user"/></svg>'
        f'<span class="{cls}__text">{e(line)}</span></div>'
    )
    return W(html, [line], "readers-now counter")


def rotate(ctx: Ctx, pool: list[str], k: int) -> list[str]:
    return pick(ctx, pool, k)


def cams(ctx: Ctx, cls: str, title: str, cams: list[str], stamp: str, k: int, fmt) -> W:
    """Traffic or weather webcam captions, each with its own refresh clock."""
    chosen = pick(ctx, cams, k)
    lines = [stamp.format(cam=c, time=fmt(ctx.ago(0, 6))) for c in chosen]
    figs = "".join(
        f'<figure class="{cls}__cam"><img src="/cams/{h(c) % 997}.jpg?t={ctx.utc.timestamp():.0f}" '
        f'alt="" loading="lazy"><figcaption class="{cls}__caption">{e(line)}</figcaption></figure>'
        for c, line in zip(chosen, lines, strict=True)
    )
    html = f'<section class="{cls}"><h3 class="{cls}__title">{e(title)}</h3>{figs}</section>'
    return W(html, lines, "traffic or webcam captions with refresh clocks")


def link_list(cls: str, title: str, lines: list[str], kind: str, href: str = "/") -> W:
    items = "".join(
        f'<li class="{cls}__item"><a class="{cls}__link" href="{a(href)}{i + 1}">{e(line)}</a></li>'
        for i, line in enumerate(lines)
    )
    head = f'<h3 class="{cls}__title">{e(title)}</h3>' if title else ""
    return W(
        f'<aside class="{cls}">{head}<ul class="{cls}__list">{items}</ul></aside>', lines, kind
    )


def text_box(cls: str, title: str, lines: list[str], kind: str, tag: str = "aside") -> W:
    items = "".join(f'<p class="{cls}__text">{e(line)}</p>' for line in lines)
    head = f'<p class="{cls}__title">{e(title)}</p>' if title else ""
    return W(f'<{tag} class="{cls}">{head}{items}</{tag}>', lines, kind)


def bp(cls: str, text: str, kind: str, lead: str | None = None, tag: str = "strong") -> W:
    """Furniture as a paragraph in the body's own class, optionally with a bold lead
    ("Info:", "Hinweis:"). The truth line is the text after the lead."""
    lead_html = f"<{tag}>{e(lead)}</{tag}> " if lead else ""
    return W(f'<p class="{cls}">{lead_html}{e(text)}</p>', [text], kind)


def bl(cls: str, item_cls: str, items: list[str], kind: str, tag: str = "ul") -> W:
    """Furniture as a list in the body's own list style."""
    lis = "".join(
        f'<li class="{item_cls}">{e(x)}</li>' if item_cls else f"<li>{e(x)}</li>" for x in items
    )
    return W(f'<{tag} class="{cls}">{lis}</{tag}>', list(items), kind)


def one(ctx: Ctx, pool: list[str]) -> str:
    return ctx.rng.choice(pool)


def ld(obj: dict) -> dict:
    return {"@context": "https://schema.org", **obj}


def graph(*objs: dict) -> dict:
    return {"@context": "https://schema.org", "@graph": list(objs)}


def am_pm(dt: datetime) -> str:
    """'10.50pm' style (UK and Australian papers)."""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"
