"""Furniture widgets for blind10, per language. Each maker takes the fetch context and returns an
``Ins`` (its HTML and the furniture lines the truth lists), or None when it stays away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from kit import Ctx, Ins, e


def clock(dt: datetime, fmt: str) -> str:
    h, m = dt.hour, dt.minute
    if fmt == "us":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'p.m.' if h >= 12 else 'a.m.'}"
    if fmt == "uk":
        return f"{(h - 1) % 12 + 1}.{m:02d}{'pm' if h >= 12 else 'am'}"
    if fmt == "de":
        return f"{h}.{m:02d} Uhr"
    if fmt == "fr":
        return f"{h} h {m:02d}"
    if fmt == "it":
        return f"{h}.{m:02d}"
    return f"{h:02d}:{m:02d}"


def num(n: int, lang: str) -> str:
    s = f"{n:,}"
    return s.replace(",", {"en": ",", "de": ".", "fr": "\u202f", "it": "."}[lang])


Maker = Callable[[Ctx], Ins | None]


# ---------------------------------------------------------------------------------------------
# Old kinds, new wording


CONSENT = {
    "en": "We use cookies and similar tools to remember your choices, measure how our journalism is read and show you adverts that fit.",
    "de": "Wir und bis zu 143 Partner verwenden Cookies, um Ihnen ein passendes Angebot zu zeigen und die Nutzung unseres Portals zu messen.",
    "fr": "Avec votre accord, nos 96 partenaires et nous utilisons des traceurs pour mesurer l'audience et vous proposer des publicités adaptées.",
    "it": "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione nostri e di 211 terze parti selezionate.",
}
CONSENT_BTN = {
    "en": ("Accept all", "Manage options"),
    "de": ("Alle akzeptieren", "Einstellungen"),
    "fr": ("Tout accepter", "Paramétrer"),
    "it": ("Accetta tutto", "Personalizza"),
}


def consent(c: Ctx) -> Ins | None:
    if c.i and c.rng.random() < 0.4:
        return None
    ok, more = CONSENT_BTN[c.lang]
    text = CONSENT[c.lang]
    return Ins(
        f'<div class="cmp-layer" role="dialog"><p class="cmp-text">{e(text)}</p>'
        f"<button>{ok}</button><button>{more}</button></div>",
        [text],
    )


def most_read(title: str, heads: list[str], n: int = 5) -> Maker:
    def make(c: Ctx) -> Ins:
        chosen = c.rng.sample(heads, n)
        lis = "".join(f'<li><a href="/{k}">{e(h)}</a></li>' for k, h in enumerate(chosen))
        return Ins(f'<section class="mostread"><h2>{title}</h2><ol>{lis}</ol></section>', chosen)

    return make


def ad(label: str, copies: list[str]) -> Maker:
    def make(c: Ctx) -> Ins:
        copy = c.rng.choice(copies)
        slot = c.rng.randint(100, 999)
        return Ins(
            f'<div class="ad-slot" id="ad-{slot}" data-slot="mid-{slot}">'
            f'<span class="ad-label">{label}</span><p class="ad-copy">{e(copy)}</p></div>',
            [copy],
        )

    return make


def promo(texts: list[str], head: str | None = None) -> Maker:
    """A full-sentence appeal in the body's own paragraph class, or in the live-entry markup."""

    def make(c: Ctx) -> Ins:
        text = c.rng.choice(texts)
        if c.entry is not None and c.rng.random() < 0.6:
            return Ins(c.entry(head, text), [text])  # type: ignore[operator]
        return Ins(f'<p class="{c.pc}">{e(text)}</p>', [text])

    return make


def related(word: str, heads: list[str]) -> Maker:
    def make(c: Ctx) -> Ins:
        h = c.rng.choice(heads)
        return Ins(
            f'<p class="{c.pc} inline-rel"><strong>{word}</strong> <a href="/r">{e(h)}</a></p>', [h]
        )

    return make


# ---------------------------------------------------------------------------------------------
# New kinds


def blotter(title: str, fmt: str, rows: list[str], sep: str = " – ") -> Maker:
    """Police and fire log of the evening: other incidents with clock times."""

    def make(c: Ctx) -> Ins:
        k = c.rng.randint(2, 3)
        chosen = c.rng.sample(rows, k)
        mins = sorted(c.rng.sample(range(4, 95), k))
        lines = [
            f"{clock(c.now - timedelta(minutes=m), fmt)}{sep}{r}"
            for m, r in zip(mins, chosen, strict=True)
        ]
        lis = "".join(f"<li>{e(x)}</li>" for x in lines)
        return Ins(f'<aside class="blotter"><h4>{title}</h4><ul>{lis}</ul></aside>', lines)

    return make


def er_waits(title: str, stamp_word: str, fmt: str, rows: list[tuple[str, str]]) -> Maker:
    """Emergency department waiting times with the time of the reading."""

    def make(c: Ctx) -> Ins:
        at = c.now - timedelta(minutes=c.rng.randint(3, 14))
        st = f"{stamp_word} {clock(at, fmt)}"
        lines = [st]
        lis = []
        for name, unit in rows:
            val = c.rng.randint(2, 9) if unit else c.rng.randint(18, 61)
            line = f"{name}: {val} {unit}" if unit else f"{name}: {val}"
            lines.append(line)
            lis.append(f"<li>{e(line)}</li>")
        return Ins(
            f'<div class="er-box"><h4>{title}</h4><ul>{"".join(lis)}</ul><p class="er-stamp">{e(st)}</p></div>',
            lines,
        )

    return make


def outage(template: str, fmt: str, extra: list[str]) -> Maker:
    """Power-outage counter: customers (or households) without power, as of a clock time."""

    def make(c: Ctx) -> Ins:
        n = 4200 - 380 * c.i + c.rng.randint(-60, 60)
        lang = "en" if "customers" in template else ("de" if "Haushalte" in template else "fr")
        line = template.format(
            n=num(n, lang), t=clock(c.now - timedelta(minutes=c.rng.randint(2, 9)), fmt)
        )
        x = c.rng.choice(extra)
        return Ins(
            f'<div class="outage-map"><p class="om-count">{e(line)}</p><p class="om-area">{e(x)}</p></div>',
            [line, x],
        )

    return make


NAMEDAY = {
    "de": {
        6: "Namenstag haben heute alle, die Nikolaus, Niklas oder Nicole heißen.",
        7: "Namenstag haben heute alle, die Ambrosius oder Gerald heißen.",
    },
    "fr": {
        6: "Bonne fête aux Nicolas, Nicole et Colin ! Demain, nous fêterons les Ambroise.",
        7: "Bonne fête aux Ambroise ! Demain, nous fêterons l'Immaculée Conception.",
    },
    "it": {
        6: "Il santo del giorno: San Nicola di Bari, vescovo di Myra, patrono dei bambini e dei marinai.",
        7: "Il santo del giorno: Sant'Ambrogio, vescovo e dottore della Chiesa, patrono di Milano.",
    },
}


def nameday(c: Ctx) -> Ins:
    """Saint or name day of the date: it turns over at local midnight."""
    line = NAMEDAY[c.lang][c.now.day]
    return Ins(f'<div class="nameday"><p>{e(line)}</p></div>', [line])


def of_the_day(title: str, items: list[str]) -> Maker:
    """Quote, word or saying of the day (full sentence), one per day."""

    def make(c: Ctx) -> Ins:
        line = items[c.now.day % len(items)]
        return Ins(
            f'<figure class="otd"><figcaption>{title}</figcaption><blockquote>{e(line)}</blockquote></figure>',
            [line],
        )

    return make


def corrections_box(title: str, items: list[str]) -> Maker:
    """Corrections and clarifications to other stories, with their correction wording."""

    def make(c: Ctx) -> Ins:
        chosen = c.rng.sample(items, 2)
        lis = "".join(f"<li>{e(x)}</li>" for x in chosen)
        return Ins(
            f'<section class="corrections-box"><h4>{title}</h4><ul>{lis}</ul></section>', chosen
        )

    return make


def gift(template: str, button: str) -> Maker:
    def make(c: Ctx) -> Ins:
        line = template.format(n=c.rng.randint(1, 9))
        return Ins(
            f'<div class="gift-article"><button>{button}</button><p>{e(line)}</p></div>', [line]
        )

    return make


def appeal_tally(template: str, base: int, lang: str) -> Maker:
    """A charity appeal's running total, rising through the evening."""

    def make(c: Ctx) -> Ins:
        total = base + 137 * c.i + c.rng.randint(0, 90)
        line = template.format(n=num(total, lang), d=num(412 + 3 * c.i + c.rng.randint(0, 2), lang))
        return Ins(
            f'<div class="appeal-tally"><p>{e(line)}</p><div class="bar" style="width:{c.rng.randint(40, 80)}%"></div></div>',
            [line],
        )

    return make


def age_banner(template: str, published: datetime) -> Maker:
    """Banner that says how old the article is, advancing with the clock."""

    def make(c: Ctx) -> Ins:
        hours = int((c.now - published).total_seconds() // 3600)
        line = template.format(n=hours)
        return Ins(f'<div class="age-warning" role="note"><p>{e(line)}</p></div>', [line])

    return make


def letters(title: str, items: list[str]) -> Maker:
    def make(c: Ctx) -> Ins:
        line = c.rng.choice(items)
        return Ins(f'<aside class="letters"><h4>{title}</h4><p>{e(line)}</p></aside>', [line])

    return make


def missing(title: str, items: list[str]) -> Maker:
    """A police appeal about a missing person (full sentences)."""

    def make(c: Ctx) -> Ins:
        line = c.rng.choice(items)
        return Ins(f'<aside class="police-appeal"><h4>{title}</h4><p>{e(line)}</p></aside>', [line])

    return make


def service_changes(title: str, items: list[str]) -> Maker:
    """Bin rounds, school closures and office hours that change (full sentences)."""

    def make(c: Ctx) -> Ins:
        chosen = c.rng.sample(items, 2)
        lis = "".join(f"<li>{e(x)}</li>" for x in chosen)
        return Ins(f'<div class="service-box"><h4>{title}</h4><ul>{lis}</ul></div>', chosen)

    return make


def flights(title: str, fmt: str, rows: list[tuple[str, str]], states: list[str]) -> Maker:
    """Airport departures with clock times around the fetch time and a rotating state."""

    def make(c: Ctx) -> Ins:
        chosen = c.rng.sample(rows, 3)
        base = c.now.replace(minute=(c.now.minute // 5) * 5)
        lines = []
        for k, (code, dest) in enumerate(chosen):
            when = base + timedelta(minutes=15 * (k + 1) + 5 * c.rng.randint(0, 2))
            lines.append(f"{clock(when, fmt)} {code} {dest} {c.rng.choice(states)}")
        lis = "".join(f"<li>{e(x)}</li>" for x in lines)
        return Ins(f'<div class="flight-board"><h4>{title}</h4><ul>{lis}</ul></div>', lines)

    return make


def offline(text: str) -> Maker:
    def make(c: Ctx) -> Ins | None:
        if c.rng.random() < 0.5:
            return None
        return Ins(
            f'<div class="toast toast--offline" aria-live="polite"><p>{e(text)}</p></div>', [text]
        )

    return make


def also_live(title: str, fmt: str, items: list[str]) -> Maker:
    """Another live blog of the site, with its latest line and clock."""

    def make(c: Ctx) -> Ins:
        text = c.rng.choice(items)
        at = clock(c.now - timedelta(minutes=c.rng.randint(1, 12)), fmt)
        line = f"{at} {text}"
        return Ins(
            f'<aside class="also-live"><span class="badge">{title}</span><p>{e(line)}</p></aside>',
            [line],
        )

    return make


def reader_map(template: str, lang: str) -> Maker:
    def make(c: Ctx) -> Ins:
        line = template.format(n=num(118 + 9 * c.i + c.rng.randint(0, 6), lang))
        return Ins(f'<div class="reader-map"><p>{e(line)}</p></div>', [line])

    return make


def classifieds(title: str, items: list[str]) -> Maker:
    def make(c: Ctx) -> Ins:
        chosen = c.rng.sample(items, 2)
        lis = "".join(f"<li>{e(x)}</li>" for x in chosen)
        return Ins(f'<div class="small-ads"><h4>{title}</h4><ul>{lis}</ul></div>', chosen)

    return make
