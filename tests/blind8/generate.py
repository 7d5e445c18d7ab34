"""Write the eighth blind set: 12 histories of 7 fetches and the 12 fetch-0 pages with truth.

Run from anywhere: ``.venv/bin/python tests/blind8/generate.py``. Every page is checked against
its own truth before anything is written; a failed check stops the run."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import site_de
import site_en
import site_fr
import site_it
from kit import FETCHES, FIRST_FETCH, Block, Ctx, Rendered, norm, visible_lines, words

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Site:
    slug: str
    publisher: str
    lang: str
    kind: str  # "updates" or "live"
    offset: int
    build: Callable[[Ctx], str]
    genuine: Block


SITES = (
    Site(
        site_en.ST_SLUG,
        "The Seattle Times",
        "en",
        "updates",
        site_en.ST_OFF,
        site_en.seattle,
        site_en.ST_NEW,
    ),
    Site(
        site_en.HE_SLUG,
        "The Herald (Glasgow)",
        "en",
        "updates",
        site_en.HE_OFF,
        site_en.herald,
        site_en.HE_NEW,
    ),
    Site(
        site_en.BT_SLUG,
        "Belfast Telegraph",
        "en",
        "live",
        site_en.BT_OFF,
        site_en.belfast,
        site_en.BT_NEW,
    ),
    Site(
        site_de.SZ_SLUG,
        "Stuttgarter Zeitung",
        "de",
        "updates",
        site_de.CET,
        site_de.stuttgart,
        site_de.SZ_NEW,
    ),
    Site(site_de.ND_SLUG, "NDR", "de", "live", site_de.CET, site_de.ndr, site_de.ND_NEW),
    Site(
        site_de.KR_SLUG,
        "Kronen Zeitung (AT)",
        "de",
        "live",
        site_de.CET,
        site_de.krone,
        site_de.KR_NEW,
    ),
    Site(
        site_fr.DN_SLUG,
        "Dernières Nouvelles d'Alsace",
        "fr",
        "updates",
        site_fr.CET,
        site_fr.dna,
        site_fr.DN_NEW,
    ),
    Site(
        site_fr.LT_SLUG,
        "Le Temps (CH)",
        "fr",
        "updates",
        site_fr.CET,
        site_fr.letemps,
        site_fr.LT_NEW,
    ),
    Site(
        site_fr.LL_SLUG,
        "La Libre Belgique (BE)",
        "fr",
        "live",
        site_fr.CET,
        site_fr.lalibre,
        site_fr.LL_NEW,
    ),
    Site(
        site_it.LN_SLUG, "La Nazione", "it", "updates", site_it.CET, site_it.nazione, site_it.LN_NEW
    ),
    Site(site_it.AD_SLUG, "l'Adige", "it", "live", site_it.CET, site_it.adige, site_it.AD_NEW),
    Site(
        site_it.GS_SLUG,
        "Giornale di Sicilia",
        "it",
        "live",
        site_it.CET,
        site_it.sicilia,
        site_it.GS_NEW,
    ),
)


class CheckError(Exception):
    pass


def check(cond: bool, slug: str, fetch: int, what: str) -> None:
    if not cond:
        raise CheckError(f"{slug} fetch {fetch}: {what}")


def head5(text: str) -> str:
    return norm(words(text, 5))


def render(site: Site, fetch: int) -> Rendered:
    ctx = Ctx(site.slug, fetch, site.offset)
    page = site.build(ctx)
    return Rendered(page, list(ctx.body), list(ctx.blocks), list(ctx.furn), ctx.modified)


def check_fetch(site: Site, fetch: int, r: Rendered) -> None:
    slug = site.slug
    lines = [norm(x) for x in visible_lines(r.html)]
    joined = " ".join(lines)
    para_set = set(lines)
    for p in r.body:
        check(norm(p) in para_set, slug, fetch, f"body paragraph not a visible line: {p[:60]!r}")
    block_texts = [norm(f"{b.label or ''} {b.text}") for b in r.blocks]
    for b in r.blocks:
        for piece in [b.label, b.headline, *b.paras]:
            if piece:
                check(
                    any(norm(piece) in x for x in lines),
                    slug,
                    fetch,
                    f"block piece missing: {piece[:60]!r}",
                )
        check(
            norm(b.text).startswith(norm(b.first_words)),
            slug,
            fetch,
            "first words do not start the text",
        )
        check(
            norm(b.first_words) in joined,
            slug,
            fetch,
            f"first words not visible: {b.first_words!r}",
        )
        if b.alt_words:
            check(
                norm(b.alt_words) in joined, slug, fetch, f"alt words not visible: {b.alt_words!r}"
            )
    furn = {norm(x) for x in r.furn}
    for line in furn:
        check(len(line) >= 12, slug, fetch, f"furniture line too short: {line!r}")
        check(
            any(line in x for x in lines),
            slug,
            fetch,
            f"furniture not visible as one line: {line[:60]!r}",
        )
        for text in [norm(p) for p in r.body] + block_texts + [norm(site.genuine.text)]:
            check(line not in text, slug, fetch, f"furniture inside story text: {line[:60]!r}")
    ends = {words(r.body[0], 6), words(r.body[-1], 6)}
    for end in ends:
        check(
            not any(norm(end) in t for t in block_texts),
            slug,
            fetch,
            f"body end inside a block: {end!r}",
        )
    stories = [norm(p) for p in r.body] + block_texts
    for b in r.blocks:
        for key in [b.first_words, b.alt_words]:
            if not key:
                continue
            k = head5(key)
            hits = sum(k in t for t in stories)
            check(hits == 1, slug, fetch, f"key {k!r} occurs in {hits} blocks or paragraphs")
            check(not any(k in f for f in furn), slug, fetch, f"key {k!r} inside furniture")
    check(
        "dateModified" in r.html and r.modified in r.html, slug, fetch, "dateModified not printed"
    )


def check_history(site: Site, runs: list[Rendered]) -> None:
    slug = site.slug
    base = runs[0]
    for n, r in enumerate(runs):
        check_fetch(site, n, r)
        if n == 0:
            continue
        check(r.body == base.body, slug, n, "body paragraphs differ from fetch 0")
        check(set(r.furn) != set(base.furn), slug, n, "furniture lines identical to fetch 0")
        if n < FETCHES - 1:
            check(r.blocks == base.blocks, slug, n, "blocks differ from fetch 0")
            check(r.modified == base.modified, slug, n, "dateModified changed before fetch 6")
        else:
            check(r.modified != base.modified, slug, n, "dateModified unchanged on fetch 6")
            check(site.genuine in r.blocks, slug, n, "genuine block missing")
            rest = [b for b in r.blocks if b != site.genuine]
            check(
                rest == base.blocks,
                slug,
                n,
                "fetch 6 blocks are not fetch 0's plus the genuine one",
            )
            stamp = site.genuine.timestamp or ""
            check(
                "T22:5" in stamp or "T23:5" in stamp or "T14:5" in stamp, slug, n, "genuine stamp"
            )
    check(site.genuine not in base.blocks, slug, 0, "genuine block on fetch 0")
    check(len({r.html for r in runs}) == len(runs), slug, 0, "two fetches are byte-identical")
    keys = [head5(site.genuine.first_words)] + (
        [head5(site.genuine.alt_words)] if site.genuine.alt_words else []
    )
    for n, r in enumerate(runs):
        joined = " ".join(norm(x) for x in visible_lines(r.html))
        present = all(k in joined for k in keys)
        absent = not any(k in joined for k in keys)
        check(
            present if n == FETCHES - 1 else absent,
            slug,
            n,
            "genuine words visible on the wrong fetch",
        )
    for b in base.blocks:
        ts = b.timestamp
        if ts and len(ts) > 10:
            check(
                datetime.fromisoformat(ts) <= FIRST_FETCH,
                slug,
                0,
                f"block stamped after fetch 0: {ts}",
            )


def truth_page(site: Site, r: Rendered) -> dict[str, object]:
    return {
        "blocks": [b.truth() for b in r.blocks],
        "body_first": words(r.body[0], 6),
        "body_last": words(r.body[-1], 6),
        "furniture": sorted(set(r.furn)),
        "kind": site.kind,
        "lang": site.lang,
        "publisher": site.publisher,
    }


def dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    everything: list[tuple[Site, list[Rendered]]] = []
    for site in SITES:
        runs = [render(site, n) for n in range(FETCHES)]
        try:
            check_history(site, runs)
        except CheckError as err:
            print(f"CHECK FAILED: {err}", file=sys.stderr)
            return 1
        everything.append((site, runs))
    pages = HERE / "pages"
    histories = HERE / "histories"
    pages.mkdir(exist_ok=True)
    histories.mkdir(exist_ok=True)
    blocks = furniture = 0
    for site, runs in everything:
        folder = histories / site.slug
        folder.mkdir(exist_ok=True)
        for n, r in enumerate(runs):
            (folder / f"fetch-{n}.html").write_text(r.html, "utf-8")
        (folder / "truth.json").write_text(
            dump({"genuine_block": site.genuine.truth(), "noise_fetches": FETCHES - 1}), "utf-8"
        )
        (pages / f"{site.slug}.html").write_text(runs[0].html, "utf-8")
        truth = truth_page(site, runs[0])
        (pages / f"{site.slug}.json").write_text(dump(truth), "utf-8")
        blocks += len(runs[0].blocks)
        furniture += len(set(runs[0].furn))
        sizes = "/".join(f"{len(r.html.encode()) // 1024}" for r in runs)
        print(
            f"{site.slug:50s} blocks {len(runs[0].blocks):2d} furniture {len(set(runs[0].furn)):3d} KB {sizes}"
        )
    print(f"{len(everything)} pages, {blocks} truth blocks, {furniture} furniture lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
