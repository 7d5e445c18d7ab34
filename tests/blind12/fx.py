"""Clock and number formats, and the widget builders the publishers share.

Every builder takes the fetch's ``Ctx``, records the furniture kind and the lines that go into the
truth (box titles, labels and buttons are printed but not recorded), and returns HTML. The wording
comes from the publisher modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kit import Ctx, attr, esc

# ---------------------------------------------------------------------------------------------
# Clocks


def us_clock(dt: datetime) -> str:
    """4:52 p.m."""
    hour = dt.hour % 12 or 12
    return f"{hour}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def h24(dt: datetime, sep: str = ":") -> str:
    """21:46, or 21.46 with ``sep='.'``."""
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def dot(dt: datetime) -> str:
    """23.52 (German and Italian, hour not padded)."""
    return f"{dt.hour}.{dt.minute:02d}"


def qc(dt: datetime) -> str:
    """17 h 53 (Quebec)."""
    return f"{dt.hour} h {dt.minute:02d}"


def hh(dt: datetime) -> str:
    """22h47 (Suisse romande)."""
    return f"{dt.hour}h{dt.minute:02d}"


# ---------------------------------------------------------------------------------------------
# Numbers


def num(value: int, lang: str) -> str:
    """Thousands grouped the local way: 18,412 / 18.412 / 18'412 / 18 412."""
    text = f"{value:,}"
    sep = {"en": ",", "de": ".", "ch": "'", "fr": " ", "it": "."}[lang]
    return text.replace(",", sep)


def dec(value: float, lang: str, places: int = 1) -> str:
    text = f"{value:.{places}f}"
    return text if lang == "en" else text.replace(".", ",")


def rising(ctx: Ctx, base: int, step: int) -> int:
    """A counter that grows from fetch to fetch (by ``step`` give or take a third)."""
    jitter = ctx.rng.randint(0, max(1, step // 3))
    return base + ctx.fetch * step + jitter


def stars(n: int, total: int = 5) -> str:
    return "★" * n + "☆" * (total - n)


# ---------------------------------------------------------------------------------------------
# Builders


def list_box(
    ctx: Ctx,
    kind: str,
    *,
    cls: str,
    title: str | None,
    items: Sequence[str],
    tag: str = "aside",
    title_tag: str = "h3",
    ordered: bool = False,
    foot: str | None = None,
    record: Sequence[str] | None = None,
) -> str:
    """A titled list; ``record`` overrides which lines go into the truth (default: the items)."""
    ctx.furn(kind, *(items if record is None else record))
    lst = "ol" if ordered else "ul"
    head = f'<{title_tag} class="{cls}__title">{esc(title)}</{title_tag}>' if title else ""
    rows = "".join(f'<li class="{cls}__item">{esc(item)}</li>' for item in items)
    tail = f'<p class="{cls}__foot">{esc(foot)}</p>' if foot else ""
    return f'<{tag} class="{cls}">{head}<{lst} class="{cls}__list">{rows}</{lst}>{tail}</{tag}>'


def link_list(
    ctx: Ctx,
    kind: str,
    *,
    cls: str,
    title: str,
    items: Sequence[str],
    base: str,
    tag: str = "section",
    ordered: bool = True,
) -> str:
    """Headlines as links (most-read lists and the like)."""
    ctx.furn(kind, *items)
    lst = "ol" if ordered else "ul"
    rows = "".join(
        f'<li class="{cls}__item"><a href="{attr(base)}/{i}">{esc(item)}</a></li>'
        for i, item in enumerate(items, start=1)
    )
    return (
        f'<{tag} class="{cls}"><h2 class="{cls}__title">{esc(title)}</h2>'
        f'<{lst} class="{cls}__list">{rows}</{lst}></{tag}>'
    )


def para_box(
    ctx: Ctx,
    kind: str,
    *,
    cls: str,
    title: str | None,
    paras: Sequence[str],
    tag: str = "aside",
    title_tag: str = "p",
    record: Sequence[str] | None = None,
    button: str | None = None,
) -> str:
    """A titled box of full sentences."""
    ctx.furn(kind, *(paras if record is None else record))
    head = f'<{title_tag} class="{cls}__title">{esc(title)}</{title_tag}>' if title else ""
    body = "".join(f'<p class="{cls}__text">{esc(p)}</p>' for p in paras)
    btn = f'<a class="{cls}__button" href="#">{esc(button)}</a>' if button else ""
    return f'<{tag} class="{cls}">{head}{body}{btn}</{tag}>'


def ad_slot(ctx: Ctx, *, cls: str, label: str, copy: Sequence[str], size: str = "300x250") -> str:
    """A labelled ad with its rotating copy."""
    ctx.furn("labelled ad with rotating copy", *copy)
    rows = "".join(f'<p class="{cls}__copy">{esc(c)}</p>' for c in copy)
    return (
        f'<div class="{cls}" data-slot="{size}" data-pos="{ctx.rng.randint(1, 9)}">'
        f'<span class="{cls}__label">{esc(label)}</span>{rows}</div>'
    )


def consent(ctx: Ctx, *, cls: str, text: str, buttons: Sequence[str]) -> str:
    ctx.furn("consent strip that comes and goes", text)
    btns = " ".join(f'<button type="button">{esc(b)}</button>' for b in buttons)
    return f'<div class="{cls}" role="dialog"><p>{esc(text)}</p><div class="{cls}__actions">{btns}</div></div>'


def suggestions(ctx: Ctx, *, cls: str, title: str, terms: Sequence[str], base: str) -> str:
    """Search suggestions printed inline on one line, as spans and links."""
    ctx.furn('search suggestions ("people also search for")', *terms)
    links = " ".join(
        f'<a class="{cls}__term" href="{attr(base)}?q={attr(t.replace(" ", "+"))}">'
        f"<span>{esc(t)}</span></a>"
        for t in terms
    )
    return f'<div class="{cls}"><span class="{cls}__label">{esc(title)}</span> {links}</div>'
