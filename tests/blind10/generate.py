"""Write tests/blind10: 12 histories of 7 fetches and the 12 fetch-0 pages with their truth.

Run with ``.venv/bin/python tests/blind10/generate.py``. Everything is deterministic: every fetch
uses ``random.Random("blind10:<slug>:<fetch>")``. Each page is checked against its own truth
before anything is written.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import site_de  # noqa: E402
import site_en  # noqa: E402
import site_fr  # noqa: E402
import site_it  # noqa: E402
from kit import FETCHES, FIRST_FETCH, Block, Ins, ctx, e, place, shell, visible_lines  # noqa: E402


@dataclass
class Site:
    slug: str
    publisher: str
    lang: str
    kind: str  # "updates" or "live"
    offset: int
    domain: str
    title: str
    dek: str
    byline: str
    published: datetime  # local
    body: list[str]
    blocks: list[Block]
    genuine: Block
    order: str  # e.g. "p0 p1 b0 b1 p2 b2"; live pages: "b0 b1 ..." (the intro is the body)
    order6: str
    para: object  # callable(text) -> html of a body paragraph
    note: object  # callable(block) -> html of a block
    header_line: object  # callable(fetch6: bool) -> str
    inline: list = field(default_factory=list)
    side: list = field(default_factory=list)
    top: list = field(default_factory=list)
    lo: int = 1
    hi_pad: int = 0  # how far past the last item inserts may land (0 = not after the last)
    entry: object = None
    pc: str = "p"
    nav: list[str] = field(default_factory=list)
    cls: dict = field(default_factory=dict)
    ld_type: str = "NewsArticle"
    ld_updates: bool = False
    modified: str = ""
    modified6: str = ""


def norm(text: str) -> str:
    q = str.maketrans(
        {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " ", "\u202f": " "}
    )
    return " ".join(unicodedata.normalize("NFC", text).translate(q).lower().split())


def head5(words: str) -> str:
    return norm(" ".join(words.split()[:5]))


def iso(dt: datetime, offset: int) -> str:
    sign = "-" if offset < 0 else "+"
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(offset):02d}:00"


def render(s: Site, i: int) -> tuple[str, list[Block], list[str]]:
    """The HTML of fetch i, its blocks in page order, and its furniture lines."""
    c = ctx(s.slug, s.lang, i, s.offset, s.pc, s.entry)
    order = (s.order6 if i == 6 else s.order).split()
    blocks: list[Block] = []
    items: list[str] = []
    for tok in order:
        if tok == "g":
            blocks.append(s.genuine)
            items.append(s.note(s.genuine))  # type: ignore[operator]
        elif tok[0] == "b":
            b = s.blocks[int(tok[1:])]
            blocks.append(b)
            items.append(s.note(b))  # type: ignore[operator]
        else:
            items.append(s.para(s.body[int(tok[1:])]))  # type: ignore[operator]
    furniture: list[str] = []

    def take(makers: list) -> list[Ins]:
        out: list[Ins] = []
        for make in makers:
            p = 0.85 if i == 0 or makers is s.side else 0.6
            if c.rng.random() < p or (i == 0 and make is s.inline[0]):
                ins = make(c)
                if ins is not None:
                    out.append(ins)
                    furniture.extend(ins.lines)
        return out

    inserts = take(s.inline)
    c.rng.shuffle(inserts)
    hi = len(items) - 1 + s.hi_pad
    placed = place(items, inserts, c.rng, s.lo, hi)
    tops = take(s.top)
    sides = take(s.side)
    c.rng.shuffle(sides)
    k = s.cls
    modified = s.modified6 if i == 6 else s.modified
    if s.kind == "live":
        intro = "".join(s.para(p) for p in s.body)  # type: ignore[operator]
        article = (
            f'<article class="{k.get("art", "article")}">'
            f'<h1 class="{k.get("h1", "headline")}">{e(s.title)}</h1>'
            f'<p class="{k.get("dek", "dek")}">{e(s.dek)}</p>'
            f'<div class="{k.get("meta", "meta")}"><span class="byline">{e(s.byline)}</span> '
            f'<span class="dateline">{e(s.header_line(i == 6))}</span></div>'  # type: ignore[operator]
            f'<div class="{k.get("intro", "live-intro")}">{intro}</div>'
            f'<div class="{k.get("feed", "live-feed")}">{"".join(placed)}</div></article>'
        )
    else:
        article = (
            f'<article class="{k.get("art", "article")}">'
            f'<h1 class="{k.get("h1", "headline")}">{e(s.title)}</h1>'
            f'<p class="{k.get("dek", "dek")}">{e(s.dek)}</p>'
            f'<div class="{k.get("meta", "meta")}"><span class="byline">{e(s.byline)}</span> '
            f'<span class="dateline">{e(s.header_line(i == 6))}</span></div>'  # type: ignore[operator]
            f'<figure class="lead"><img src="/img/{s.slug}.jpg" alt=""><figcaption>{e(FIG[s.lang])}</figcaption></figure>'
            f'<div class="{k.get("body", "article-body")}">{"".join(placed)}</div></article>'
        )
    tops_html = "".join(x.html for x in tops)
    nav = "".join(f'<li><a href="/{n.lower().replace(" ", "-")}">{e(n)}</a></li>' for n in s.nav)
    header = (
        f'<header class="site-header"><a class="logo" href="/">{e(s.publisher)}</a>'
        f'<nav><ul>{nav}</ul></nav><button aria-label="Search"><svg><use href="#i-search"/></svg></button></header>'
    )
    aside = f'<aside class="rail">{"".join(x.html for x in sides)}</aside>'
    footer = (
        f'<footer class="site-footer"><ul>{nav}</ul><p>© 2026 {e(s.publisher)}. '
        f"{e(FOOT[s.lang])}</p></footer>"
    )
    ld: dict = {
        "@context": "https://schema.org",
        "@type": s.ld_type,
        "headline": s.title,
        "description": s.dek,
        "datePublished": iso(s.published, s.offset),
        "dateModified": modified,
        "author": {"@type": "Person", "name": s.byline.split(",")[0].replace("By ", "")},
        "publisher": {"@type": "NewsMediaOrganization", "name": s.publisher},
        "mainEntityOfPage": f"https://{s.domain}/{s.slug}",
    }
    if s.ld_type == "LiveBlogPosting":
        ld["coverageStartTime"] = iso(s.published, s.offset)
        if s.ld_updates:
            ld["liveBlogUpdate"] = [
                {
                    "@type": "BlogPosting",
                    "headline": b.head or b.paras[0][:80],
                    "datePublished": b.ts,
                }
                for b in blocks
            ]
    page = shell(
        c,
        title=f"{s.title} | {s.publisher}",
        html_lang=s.lang,
        head_extra=f'<link rel="canonical" href="https://{s.domain}/{s.slug}">',
        header=header,
        main=tops_html + article,
        aside=aside,
        footer=footer,
        ld=ld,
    )
    return page, blocks, furniture


FIG = {
    "en": "Photo: staff photographer",
    "de": "Foto: Redaktion",
    "fr": "Photo : la rédaction",
    "it": "Foto: redazione",
}

FOOT = {
    "en": "All rights reserved. Terms of use, privacy notice and cookie settings.",
    "de": "Alle Rechte vorbehalten. Impressum, Datenschutz und Cookie-Einstellungen.",
    "fr": "Tous droits réservés. Mentions légales, données personnelles et cookies.",
    "it": "Tutti i diritti riservati. Note legali, privacy e preferenze cookie.",
}


def words6(text: str) -> str:
    return " ".join(text.split()[:6])


def page_truth(s: Site, blocks: list[Block], furniture: list[str]) -> dict:
    return {
        "blocks": [b.truth() for b in blocks],
        "body_first": words6(s.body[0]),
        "body_last": words6(s.body[-1]),
        "furniture": sorted(set(furniture)),
        "kind": s.kind,
        "lang": s.lang,
        "publisher": s.publisher,
    }


def fail(s: Site, msg: str) -> None:
    raise SystemExit(f"{s.slug}: {msg}")


def check(s: Site, pages: list[tuple[str, list[Block], list[str]]]) -> None:
    _html0, blocks0, furn0 = pages[0]
    story = [norm(p) for p in s.body] + [norm(b.text) for b in [*blocks0, s.genuine]]
    fw5 = []
    for b in [*blocks0, s.genuine]:
        t = b.truth()
        fw5.append(head5(t["first_words"] or ""))
        if t.get("alt_words"):
            fw5.append(head5(t["alt_words"] or ""))
        if not norm(b.text).startswith(norm(t["first_words"] or "")):
            fail(s, f"block text does not start with its first words: {b.text[:40]}")
    for key in fw5:
        hits = sum(key in x for x in story)
        if hits != 1:
            fail(s, f"first words {key!r} occur in {hits} story units")
    for i, (html, blocks, furn) in enumerate(pages):
        lines = visible_lines(html)
        nlines = [norm(x) for x in lines]
        vis = "\n".join(nlines)
        for p in s.body:
            if norm(p) not in nlines:
                fail(s, f"fetch {i}: body paragraph is not a whole line: {p[:40]}")
        for b in blocks:
            for part in [b.label, b.head, *b.paras]:
                if part and norm(part) not in vis:
                    fail(s, f"fetch {i}: block part not visible: {part[:40]}")
        for f in furn:
            if len(f) < 12:
                fail(s, f"fetch {i}: short furniture line {f!r}")
            if not any(norm(f) in x for x in nlines):
                fail(s, f"fetch {i}: furniture not within one line: {f[:50]}")
            if any(norm(f) in x for x in story):
                fail(s, f"fetch {i}: furniture inside the story: {f[:50]}")
            if any(k in norm(f) for k in fw5):
                fail(s, f"fetch {i}: first words inside furniture: {f[:50]}")
        for end in (s.body[0], s.body[-1]):
            if any(norm(end) in norm(b.text) for b in blocks):
                fail(s, "a body end sits inside a block")
        if i < 6:
            if [b.text for b in blocks] != [b.text for b in blocks0]:
                fail(s, f"fetch {i}: blocks differ")
            for key in [head5(s.genuine.truth()["first_words"] or "")] + (
                [head5(s.genuine.truth()["alt_words"] or "")] if s.genuine.head else []
            ):
                if key in vis:
                    fail(s, f"fetch {i}: genuine words visible early")
            if re.search(r'"dateModified": "([^"]+)"', html).group(1) != s.modified:  # type: ignore[union-attr]
                fail(s, f"fetch {i}: dateModified")
        else:
            if sorted(b.text for b in blocks) != sorted(
                [b.text for b in blocks0] + [s.genuine.text]
            ):
                fail(s, "fetch 6: blocks are not fetch 0's plus the genuine one")
            if norm(s.genuine.text) not in vis.replace("\n", " ") and not all(
                norm(x) in vis for x in s.genuine.paras
            ):
                fail(s, "fetch 6: genuine not visible")
            if s.modified6 == s.modified or s.modified6 not in html:
                fail(s, "fetch 6: dateModified")
        if i and sorted(set(furn)) == sorted(set(furn0)):
            fail(s, f"fetch {i}: same furniture lines as fetch 0")
    if len({p[0] for p in pages}) != len(pages):
        fail(s, "two fetches are byte-identical")
    first_local = (FIRST_FETCH + timedelta(hours=s.offset)).replace(tzinfo=None)
    for b in blocks0:
        if b.ts and len(b.ts) > 10 and datetime.fromisoformat(b.ts[:19]) > first_local:
            fail(s, f"block stamped after the first fetch: {b.ts}")
    g = s.genuine.ts or ""
    lo = (FIRST_FETCH + timedelta(minutes=50, hours=s.offset)).replace(tzinfo=None)
    hi = (FIRST_FETCH + timedelta(minutes=60, hours=s.offset)).replace(tzinfo=None)
    if not lo < datetime.fromisoformat(g[:19]) < hi:
        fail(s, f"genuine stamp {g} is not between the fifth and sixth poll")


def main() -> None:
    sites: list[Site] = []
    for mod in (site_en, site_de, site_fr, site_it):
        sites.extend(mod.sites(Site))
    assert len(sites) == 12
    out = []
    for s in sites:
        pages = [render(s, i) for i in range(FETCHES)]
        check(s, pages)
        out.append((s, pages))
    for s, pages in out:
        hist = HERE / "histories" / s.slug
        hist.mkdir(parents=True, exist_ok=True)
        for i, (html, _, _) in enumerate(pages):
            (hist / f"fetch-{i}.html").write_text(html, "utf-8")
        meta = {"genuine_block": s.genuine.truth(), "noise_fetches": 6}
        (hist / "truth.json").write_text(
            json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n", "utf-8"
        )
        (HERE / "pages").mkdir(exist_ok=True)
        (HERE / "pages" / f"{s.slug}.html").write_text(pages[0][0], "utf-8")
        truth = page_truth(s, pages[0][1], pages[0][2])
        (HERE / "pages" / f"{s.slug}.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False, sort_keys=True) + "\n", "utf-8"
        )
        size = len(pages[0][0].encode())
        print(
            f"{s.slug}: {len(truth['blocks'])} blocks, {len(truth['furniture'])} furniture lines, {size // 1024} KB"
        )


if __name__ == "__main__":
    main()
