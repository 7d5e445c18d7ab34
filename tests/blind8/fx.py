"""Widget renderers shared by the publishers, and the number and clock formats per language.

The wording of each publisher's furniture lives with the publisher (``site_*.py``); these
functions only lay it out and record every line they print as furniture."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime

from kit import Ctx, attr, esc


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


# numbers ---------------------------------------------------------------------------------------


def n_en(n: int) -> str:
    return f"{n:,}"


def n_de(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def n_fr(n: int) -> str:
    return f"{n:,}".replace(",", "\xa0")


n_it = n_de


# clocks ----------------------------------------------------------------------------------------


def us_clock(dt: datetime) -> str:
    """2:41 p.m."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def uk_clock(dt: datetime) -> str:
    """9.37pm"""
    h = dt.hour % 12 or 12
    return f"{h}.{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def hhmm(dt: datetime, sep: str = ":") -> str:
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def fr_clock(dt: datetime, spaced: bool = True) -> str:
    return f"{dt.hour} h {dt.minute:02d}" if spaced else f"{dt.hour}h{dt.minute:02d}"


# renderers -------------------------------------------------------------------------------------


def box(
    ctx: Ctx,
    cls: str,
    title: str | None,
    lines: Sequence[str],
    *,
    tag: str = "aside",
    head: str = "h3",
    wrap: str = "ul",
    item: str = "li",
    links: bool = False,
    foot: str | None = None,
) -> str:
    """A titled box of furniture lines; the title and the foot are short labels, not listed."""
    rows = []
    for text in lines:
        inner = ctx.f(text)
        if links:
            inner = f'<a href="/{slug(text)}-{ctx.rng.randint(10000, 99999)}">{inner}</a>'
        rows.append(f'<{item} class="{cls}__item">{inner}</{item}>')
    title_html = f'<{head} class="{cls}__title">{esc(title)}</{head}>' if title else ""
    foot_html = f'<p class="{cls}__foot"><a href="#">{esc(foot)}</a></p>' if foot else ""
    return (
        f'<{tag} class="{cls}">{title_html}<{wrap} class="{cls}__list">{"".join(rows)}</{wrap}>'
        f"{foot_html}</{tag}>"
    )


def one(ctx: Ctx, tag: str, cls: str, text: str, *, pre: str = "", post: str = "") -> str:
    """A single furniture line in its own element, with optional unlisted label markup."""
    return f'<{tag} class="{cls}">{pre}{ctx.f(text)}{post}</{tag}>'


def ad(ctx: Ctx, cls: str, label: str, pool: Sequence[str], *, size: str = "300x250") -> str:
    copy = ctx.pick(pool)
    return (
        f'<div class="{cls}" data-ad-slot="{slug(label)}-{ctx.rng.randint(1, 9)}" data-size="{size}">'
        f'<span class="{cls}__label">{esc(label)}</span>'
        f'<a class="{cls}__creative" href="https://ads.example/c/{ctx.nonce(10)}" rel="sponsored">'
        f"<p>{ctx.f(copy)}</p></a></div>"
    )


def consent(ctx: Ctx, cls: str, text: str, buttons: Sequence[str]) -> str:
    btns = "".join(
        f'<button class="{cls}__btn" data-choice="{slug(b)}">{esc(b)}</button>' for b in buttons
    )
    return (
        f'<div class="{cls}" role="dialog" aria-live="polite"><p class="{cls}__text">'
        f'{ctx.f(text)}</p><div class="{cls}__actions">{btns}</div></div>'
    )


def img(src: str, alt: str = "", w: int = 640, h: int = 360) -> str:
    return f'<img src="{attr(src)}" alt="{attr(alt)}" width="{w}" height="{h}" loading="lazy">'
